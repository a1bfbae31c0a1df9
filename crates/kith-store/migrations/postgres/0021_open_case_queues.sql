-- The open cases in due order, by each way a queue reaches them: a ward or a team (by flag first, for the home's
-- "breached" and "not yet late"), an owner, the triage queue, or the whole city (by flag, and not). A queue's page
-- reads each index in order and stops after the page, instead of reading every open case it may see and sorting
-- them; each index holds every column a queue filters on, so a count reads it and never the rows. The conditions are
-- the store's `OPEN_STATES`, `TRIAGE` and `CITY`, word for word (SQLite reads a partial index only for a query that
-- names its condition so; `CITY`, true of every case (each is in a ward), keeps the flag index to city-wide queues,
-- as a queue of the cases someone raised would otherwise be read by it).
CREATE INDEX cases_open_by_ward ON cases (ward_code, flag, (due_at IS NULL), due_at, created_at, id, owner_id, team_id,
    receiving_org, kind, raised_by, raised_for, updated_at, state)
    WHERE state IN ('new', 'transferred', 'acknowledged', 'accepted', 'in_progress', 'waiting', 'reopened');
CREATE INDEX cases_open_by_team ON cases (team_id, flag, (due_at IS NULL), due_at, created_at, id, owner_id, ward_code,
    receiving_org, kind, raised_by, raised_for, updated_at, state)
    WHERE state IN ('new', 'transferred', 'acknowledged', 'accepted', 'in_progress', 'waiting', 'reopened');
CREATE INDEX cases_open_by_owner ON cases (owner_id, (due_at IS NULL), due_at, created_at, id, flag, team_id, ward_code,
    receiving_org, kind, raised_by, raised_for, updated_at, state)
    WHERE owner_id IS NOT NULL
    AND state IN ('new', 'transferred', 'acknowledged', 'accepted', 'in_progress', 'waiting', 'reopened');
CREATE INDEX cases_open_by_due ON cases ((due_at IS NULL), due_at, created_at, id, flag, owner_id, team_id, ward_code,
    receiving_org, kind, raised_by, raised_for, updated_at, state)
    WHERE state IN ('new', 'transferred', 'acknowledged', 'accepted', 'in_progress', 'waiting', 'reopened');
CREATE INDEX cases_open_by_flag ON cases (flag, (due_at IS NULL), due_at, created_at, id, owner_id, team_id, ward_code,
    receiving_org, kind, raised_by, raised_for, updated_at, state)
    WHERE ward_code <> ''
    AND state IN ('new', 'transferred', 'acknowledged', 'accepted', 'in_progress', 'waiting', 'reopened');
CREATE INDEX cases_open_triage ON cases ((due_at IS NULL), due_at, created_at, id, flag, owner_id, ward_code, kind,
    raised_by, raised_for, updated_at, state, team_id, receiving_org)
    WHERE coalesce(team_id, receiving_org) IS NULL
    AND state IN ('new', 'transferred', 'acknowledged', 'accepted', 'in_progress', 'waiting', 'reopened');
