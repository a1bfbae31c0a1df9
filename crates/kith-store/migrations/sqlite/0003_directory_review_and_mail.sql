-- Changes proposed by community organisations wait here for the network lead of their area. The public sees only
-- what is approved (directory_records); a draft holds the whole proposed record, so approving it publishes it as
-- it was reviewed.
CREATE TABLE directory_drafts (
    id UUID PRIMARY KEY NOT NULL,
    record_id UUID NOT NULL,
    kind TEXT NOT NULL,
    organisation_id UUID,
    body TEXT NOT NULL,
    -- The wards the record is in, comma-separated: who may review it follows from them.
    ward_codes TEXT NOT NULL,
    submitted_by UUID,
    submitted_by_label TEXT NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    -- pending, approved, returned or superseded (by a later draft of the same record).
    status TEXT NOT NULL,
    decided_by_label TEXT,
    decided_at TIMESTAMPTZ,
    reason TEXT
);
CREATE INDEX directory_drafts_status ON directory_drafts (status, submitted_at);
CREATE INDEX directory_drafts_record ON directory_drafts (record_id, submitted_at);
CREATE INDEX directory_drafts_organisation ON directory_drafts (organisation_id, submitted_at);

-- Reminders sent about a record going stale, so each is sent once for each time it was checked.
CREATE TABLE directory_reminders (
    record_id UUID NOT NULL,
    -- 6, 12 or 18 (months unchecked)
    step INTEGER NOT NULL,
    checked_at TIMESTAMPTZ NOT NULL,
    sent_at TIMESTAMPTZ NOT NULL,
    sent_to TEXT NOT NULL,
    PRIMARY KEY (record_id, step, checked_at)
);

-- The roles seeded before the directory could be reviewed gain its permissions (new cities get them by seeding).
INSERT INTO role_permissions (role_key, permission)
    SELECT key, 'directory.review' FROM roles WHERE key IN ('administrator', 'network_lead')
    ON CONFLICT DO NOTHING;
INSERT INTO role_permissions (role_key, permission)
    SELECT key, 'directory.edit' FROM roles WHERE key IN ('administrator', 'network_lead')
    ON CONFLICT DO NOTHING;
INSERT INTO role_permissions (role_key, permission)
    SELECT key, 'directory.propose' FROM roles WHERE key = 'community_member'
    ON CONFLICT DO NOTHING;

-- Email waiting to go out: written in the same transaction as what it tells of, sent by the worker, retried
-- with backoff, kept as sent.
CREATE TABLE outbox_emails (
    id UUID PRIMARY KEY NOT NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    attempts INTEGER NOT NULL,
    last_error TEXT,
    sent_at TIMESTAMPTZ
);
CREATE INDEX outbox_emails_due ON outbox_emails (sent_at, next_attempt_at);

-- Secrets every instance must share (the key that signs links in emails), made once by whichever starts first.
CREATE TABLE secrets (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
