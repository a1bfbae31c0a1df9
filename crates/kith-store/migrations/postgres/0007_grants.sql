-- Small grants: funds, their rounds, applications (online, by phone or on paper) with their decision clocks, and
-- each application's timeline. An application's form beyond what is selected on is one JSON document (`details`).

CREATE TABLE grant_funds (
    id UUID PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    -- The officer who owns the fund and decides its fast-track awards.
    owner_id UUID NOT NULL REFERENCES users (id),
    budget_pence BIGINT NOT NULL,
    max_award_pence BIGINT NOT NULL,
    fast_track_pence BIGINT NOT NULL,
    fast_track_days INTEGER NOT NULL,
    standard_days INTEGER NOT NULL,
    -- JSON arrays: the wards it funds (empty: the city) and the kinds of group (empty: every kind).
    wards TEXT NOT NULL,
    kinds TEXT NOT NULL,
    -- JSON array of {name, weight}.
    criteria TEXT NOT NULL,
    -- none, equal or need
    pot_rule TEXT NOT NULL,
    -- The 360Giving grant programme code.
    programme_code TEXT NOT NULL,
    -- How far apart two panellists' weighted scores (out of 5, in tenths) may be before moderation flags it.
    disagreement_tenths INTEGER NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version INTEGER NOT NULL
);

CREATE TABLE grant_rounds (
    id UUID PRIMARY KEY NOT NULL,
    fund_id UUID NOT NULL REFERENCES grant_funds (id),
    name TEXT NOT NULL,
    opens_on DATE NOT NULL,
    -- NULL for a rolling round.
    closes_on DATE,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX grant_rounds_fund ON grant_rounds (fund_id, opens_on);

CREATE TABLE grant_numbers (
    name TEXT PRIMARY KEY NOT NULL,
    last_number BIGINT NOT NULL
);

CREATE TABLE grant_applications (
    id UUID PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    fund_id UUID NOT NULL REFERENCES grant_funds (id),
    round_id UUID NOT NULL REFERENCES grant_rounds (id),
    -- draft, submitted, info_requested, awarded, part_awarded, declined or withdrawn
    state TEXT NOT NULL,
    -- online, phone or paper; keyed_by is the member of staff who entered a phone or paper one.
    channel TEXT NOT NULL,
    keyed_by UUID REFERENCES users (id),
    ward_code TEXT NOT NULL,
    group_name TEXT NOT NULL,
    -- The name as duplicates are matched, and the applicants' email addresses, lower case, space-separated.
    group_key TEXT NOT NULL,
    people_key TEXT NOT NULL,
    group_kind TEXT NOT NULL,
    amount_pence BIGINT NOT NULL,
    details TEXT NOT NULL,
    -- A draft's form as the applicant left it (JSON), kept whole so nothing they typed is lost; NULL once sent.
    draft TEXT,
    submitted_at TIMESTAMPTZ,
    due_at TIMESTAMPTZ,
    paused_at TIMESTAMPTZ,
    decided_at TIMESTAMPTZ,
    -- When the fund's owner was told it was late (once).
    escalated_at TIMESTAMPTZ,
    awarded_pence BIGINT,
    decision_reason TEXT NOT NULL,
    -- After an award: '', requested, approved or paid; the payment's reference; when it was paid.
    payment_state TEXT NOT NULL,
    payment_reference TEXT NOT NULL,
    paid_at TIMESTAMPTZ,
    -- The end-of-grant return: when it is due, and when the applicant was reminded of it.
    return_due_on DATE,
    return_reminded_at TIMESTAMPTZ,
    -- Possible duplicates found at submission (references), for the officer: flagged, never refused.
    duplicates TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX grant_applications_round ON grant_applications (round_id, state, due_at, amount_pence);
CREATE INDEX grant_applications_fund ON grant_applications (fund_id, state, due_at);
CREATE INDEX grant_applications_group ON grant_applications (group_key);
CREATE INDEX grant_applications_due ON grant_applications (state, due_at);

CREATE TABLE grant_events (
    id UUID PRIMARY KEY NOT NULL,
    application_id UUID NOT NULL REFERENCES grant_applications (id),
    at TIMESTAMPTZ NOT NULL,
    actor_id UUID,
    actor TEXT NOT NULL,
    -- The move (submit, ask, answer, award, part_award, decline, withdraw) or `saved`.
    action TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX grant_events_application ON grant_events (application_id, at);

-- End-of-grant returns: one screen for a small award (what happened, roughly how many people), more for a larger.
CREATE TABLE grant_returns (
    application_id UUID PRIMARY KEY NOT NULL REFERENCES grant_applications (id),
    what_happened TEXT NOT NULL,
    people_reached INTEGER,
    -- For awards over the fast-track threshold: what the money was spent on, and what was learned.
    spent_on TEXT NOT NULL,
    learned TEXT NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL
);

-- The panel of a round: accounts invited to assess its applications.
CREATE TABLE grant_panel_members (
    round_id UUID NOT NULL REFERENCES grant_rounds (id),
    user_id UUID NOT NULL REFERENCES users (id),
    invited_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (round_id, user_id)
);

-- Each panel member's declaration on each application, before they may open it: none, or an interest (its kind and
-- note), and why Kith suggested one, if it did. A member with an interest is recused from that application.
CREATE TABLE grant_declarations (
    application_id UUID NOT NULL REFERENCES grant_applications (id),
    user_id UUID NOT NULL REFERENCES users (id),
    -- none, personal, organisational, financial or other
    interest TEXT NOT NULL,
    note TEXT NOT NULL,
    suggested TEXT NOT NULL,
    declared_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (application_id, user_id)
);
CREATE INDEX grant_declarations_user ON grant_declarations (user_id);

-- A panel member's score of an application against one of its fund's criteria (0 to 5), with their comment.
CREATE TABLE grant_scores (
    application_id UUID NOT NULL REFERENCES grant_applications (id),
    user_id UUID NOT NULL REFERENCES users (id),
    criterion TEXT NOT NULL,
    score INTEGER NOT NULL,
    comment TEXT NOT NULL,
    scored_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (application_id, user_id, criterion)
);
CREATE INDEX grant_scores_user ON grant_scores (user_id);

-- Roles that already exist gain the grants' permissions (a new database's roles are seeded with them).
INSERT INTO role_permissions (role_key, permission)
    SELECT key, 'grants.manage' FROM roles WHERE key IN ('administrator', 'network_lead');
INSERT INTO role_permissions (role_key, permission)
    SELECT key, 'grants.assess' FROM roles WHERE key = 'panel_member';
