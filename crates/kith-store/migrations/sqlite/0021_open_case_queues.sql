-- The open cases in due order, by each way a queue reaches them: a ward, a team, an owner, or the whole city. A
-- queue's page reads each index in order and stops after the page, instead of reading every open case it may see and
-- sorting them; each index holds every column the queue filters on, so the count reads it and never the rows. The
-- condition is the store's `OPEN_STATES`, word for word (a partial index serves only a query that names it so).
CREATE INDEX cases_open_by_ward ON cases (ward_code, (due_at IS NULL), due_at, created_at, id, flag, owner_id, team_id,
    receiving_org, kind, raised_by, raised_for, updated_at, state)
    WHERE state IN ('new', 'transferred', 'acknowledged', 'accepted', 'in_progress', 'waiting', 'reopened');
CREATE INDEX cases_open_by_team ON cases (team_id, (due_at IS NULL), due_at, created_at, id, flag, owner_id, ward_code,
    receiving_org, kind, raised_by, raised_for, updated_at, state)
    WHERE state IN ('new', 'transferred', 'acknowledged', 'accepted', 'in_progress', 'waiting', 'reopened');
CREATE INDEX cases_open_by_owner ON cases (owner_id, (due_at IS NULL), due_at, created_at, id, flag, team_id, ward_code,
    receiving_org, kind, raised_by, raised_for, updated_at, state)
    WHERE owner_id IS NOT NULL
    AND state IN ('new', 'transferred', 'acknowledged', 'accepted', 'in_progress', 'waiting', 'reopened');
CREATE INDEX cases_open_by_due ON cases ((due_at IS NULL), due_at, created_at, id, flag, owner_id, team_id, ward_code,
    receiving_org, kind, raised_by, raised_for, updated_at, state)
    WHERE state IN ('new', 'transferred', 'acknowledged', 'accepted', 'in_progress', 'waiting', 'reopened');
