-- Cases: residents, teams, categories and their targets, routing rules, cases and their timelines, consents,
-- referral capacity, notification templates, neighbourhood agreements, Open311 keys and councillors' digests.
-- Column types are written as PostgreSQL names them (see 0001); the two files differ only where the backends must.

CREATE TABLE residents (
    id UUID PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    preferred_contact TEXT NOT NULL,
    language TEXT NOT NULL,
    needs TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    redacted_at TIMESTAMPTZ
);
CREATE INDEX residents_email ON residents (email);
CREATE INDEX residents_postcode ON residents (postcode);

CREATE TABLE case_teams (
    organisation_id UUID PRIMARY KEY NOT NULL REFERENCES organisations (id),
    email TEXT NOT NULL,
    manager_id UUID REFERENCES users (id),
    partner BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE case_categories (
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    acknowledge_days INTEGER NOT NULL,
    resolve_days INTEGER NOT NULL,
    active BOOLEAN NOT NULL,
    PRIMARY KEY (kind, code)
);

CREATE TABLE case_kind_settings (
    kind TEXT PRIMARY KEY NOT NULL,
    retention_days INTEGER NOT NULL
);

CREATE TABLE routing_rules (
    id UUID PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    area_kind TEXT NOT NULL,
    area_ref TEXT NOT NULL,
    team_id UUID NOT NULL REFERENCES case_teams (organisation_id),
    owner_id UUID REFERENCES users (id),
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (kind, category, area_kind, area_ref)
);

CREATE TABLE case_numbers (
    kind TEXT PRIMARY KEY NOT NULL,
    last_number BIGINT NOT NULL
);

CREATE TABLE cases (
    id UUID PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    state TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    ward_code TEXT NOT NULL,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    postcode TEXT,
    place TEXT NOT NULL,
    resident_id UUID REFERENCES residents (id),
    raised_by UUID REFERENCES users (id),
    raised_for UUID REFERENCES users (id),
    source TEXT NOT NULL,
    team_id UUID REFERENCES case_teams (organisation_id),
    owner_id UUID REFERENCES users (id),
    partner_reference TEXT NOT NULL,
    service_id UUID,
    receiving_org UUID,
    next_update_on DATE,
    acknowledge_due_at TIMESTAMPTZ,
    acknowledged_at TIMESTAMPTZ,
    resolve_due_at TIMESTAMPTZ,
    resolved_at TIMESTAMPTZ,
    closed_at TIMESTAMPTZ,
    follow_up_until TIMESTAMPTZ,
    waiting_since TIMESTAMPTZ,
    due_at TIMESTAMPTZ,
    flag TEXT NOT NULL,
    escalated_at TIMESTAMPTZ,
    merged_into UUID REFERENCES cases (id),
    outcome TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    redacted_at TIMESTAMPTZ,
    version INTEGER NOT NULL
);
-- The queues: a page is chosen from these indexes alone (who may see a case, its state, kind, owner and flag are
-- all in them), and only the page's rows are read.
CREATE INDEX cases_team_queue ON cases (team_id, state, due_at, created_at, ward_code, receiving_org, raised_by,
    raised_for, kind, owner_id, flag, id);
CREATE INDEX cases_ward_queue ON cases (ward_code, state, due_at, created_at, team_id, receiving_org, raised_by,
    raised_for, kind, owner_id, flag, id);
CREATE INDEX cases_raised_by ON cases (raised_by, created_at);
CREATE INDEX cases_resident ON cases (resident_id);
CREATE INDEX cases_service ON cases (service_id) WHERE service_id IS NOT NULL;
CREATE INDEX cases_receiving ON cases (receiving_org, state, due_at) WHERE receiving_org IS NOT NULL;
CREATE INDEX cases_due ON cases (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX cases_unescalated ON cases (team_id) WHERE flag = 'breached' AND escalated_at IS NULL;
-- Covers the service standards' counts, so a ward's page reads the index and never the rows.
CREATE INDEX cases_measured ON cases (ward_code, created_at, kind, category, acknowledge_due_at, acknowledged_at,
    resolve_due_at, resolved_at, merged_into);
CREATE INDEX cases_created ON cases (created_at);
CREATE INDEX cases_closed ON cases (kind, closed_at) WHERE redacted_at IS NULL;

CREATE TABLE case_events (
    id UUID PRIMARY KEY NOT NULL,
    case_id UUID NOT NULL REFERENCES cases (id),
    at TIMESTAMPTZ NOT NULL,
    actor_id UUID,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    note TEXT NOT NULL,
    shared BOOLEAN NOT NULL,
    detail TEXT NOT NULL,
    to_notify BOOLEAN NOT NULL
);
CREATE INDEX case_events_to_notify ON case_events (at) WHERE to_notify;
CREATE INDEX case_events_case ON case_events (case_id, at);
CREATE INDEX case_events_at ON case_events (at);

CREATE TABLE consents (
    id UUID PRIMARY KEY NOT NULL,
    case_id UUID NOT NULL REFERENCES cases (id),
    resident_id UUID REFERENCES residents (id),
    given_to TEXT NOT NULL,
    may_share TEXT NOT NULL,
    shared TEXT NOT NULL,
    method TEXT NOT NULL,
    obtained_by UUID REFERENCES users (id),
    obtained_at TIMESTAMPTZ NOT NULL,
    withdrawn_at TIMESTAMPTZ
);
CREATE INDEX consents_case ON consents (case_id);
CREATE INDEX consents_resident ON consents (resident_id);

CREATE TABLE referral_capacity (
    service_id UUID PRIMARY KEY NOT NULL,
    capacity TEXT NOT NULL,
    note TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by UUID REFERENCES users (id)
);

CREATE TABLE notification_templates (
    event TEXT PRIMARY KEY NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by UUID REFERENCES users (id)
);

CREATE TABLE agreements (
    id UUID PRIMARY KEY NOT NULL,
    series UUID NOT NULL,
    version INTEGER NOT NULL,
    ward_code TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    measure TEXT NOT NULL,
    target_percent INTEGER NOT NULL,
    period TEXT NOT NULL,
    team_id UUID REFERENCES case_teams (organisation_id),
    title TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    superseded_at TIMESTAMPTZ,
    UNIQUE (series, version)
);
CREATE INDEX agreements_ward ON agreements (ward_code) WHERE superseded_at IS NULL;

CREATE TABLE open311_keys (
    id UUID PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);

CREATE TABLE digests_sent (
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    PRIMARY KEY (user_id, day)
);

-- Settings an administrator replaces as a whole (the bank holidays file).
CREATE TABLE settings (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX audit_events_subject ON audit_events (subject_kind, subject_id);

-- Roles seeded by earlier versions gain the case permissions (a fresh store is seeded after migrating, with them).
INSERT INTO role_permissions (role_key, permission)
SELECT r.key, p.permission FROM roles r JOIN (
    SELECT 'administrator' AS role_key, 'cases.raise' AS permission
    UNION ALL
    SELECT 'administrator' AS role_key, 'cases.read' AS permission
    UNION ALL
    SELECT 'administrator' AS role_key, 'cases.personal' AS permission
    UNION ALL
    SELECT 'administrator' AS role_key, 'cases.work' AS permission
    UNION ALL
    SELECT 'administrator' AS role_key, 'cases.manage' AS permission
    UNION ALL
    SELECT 'administrator' AS role_key, 'cases.triage' AS permission
    UNION ALL
    SELECT 'administrator' AS role_key, 'cases.admin' AS permission
    UNION ALL
    SELECT 'administrator' AS role_key, 'cases.subject_access' AS permission
    UNION ALL
    SELECT 'coordinator' AS role_key, 'cases.raise' AS permission
    UNION ALL
    SELECT 'coordinator' AS role_key, 'cases.read' AS permission
    UNION ALL
    SELECT 'councillor' AS role_key, 'cases.raise' AS permission
    UNION ALL
    SELECT 'councillor' AS role_key, 'cases.read' AS permission
    UNION ALL
    SELECT 'service_officer' AS role_key, 'cases.raise' AS permission
    UNION ALL
    SELECT 'service_officer' AS role_key, 'cases.read' AS permission
    UNION ALL
    SELECT 'service_officer' AS role_key, 'cases.personal' AS permission
    UNION ALL
    SELECT 'service_officer' AS role_key, 'cases.work' AS permission
    UNION ALL
    SELECT 'community_member' AS role_key, 'cases.read' AS permission
    UNION ALL
    SELECT 'community_member' AS role_key, 'cases.personal' AS permission
    UNION ALL
    SELECT 'community_member' AS role_key, 'cases.work' AS permission
) p ON p.role_key = r.key
WHERE TRUE
ON CONFLICT (role_key, permission) DO NOTHING;
