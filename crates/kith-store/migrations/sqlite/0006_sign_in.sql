-- Signing in. A second factor (RFC 6238): each account's secret once confirmed, the one being set up, and the last time step
-- a code was accepted for (so no code is accepted twice); recovery codes as SHA-256 hashes, each spent once.
CREATE TABLE two_factor (
    user_id UUID PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    secret TEXT,
    pending_secret TEXT,
    last_step BIGINT,
    enabled_at TIMESTAMPTZ
);

CREATE TABLE recovery_codes (
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TIMESTAMPTZ,
    PRIMARY KEY (user_id, code_hash)
);

-- Sign-in with the council's identity provider (OpenID Connect): which Kith account an issuer's subject (`sub`) is,
-- as an administrator linked them. One account per subject, one subject per account and issuer.
CREATE TABLE identity_links (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    linked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (issuer, subject),
    UNIQUE (issuer, user_id)
);

-- When a session was last used, so that one left alone for too long ends (an idle timeout beside the absolute one).
-- Empty for sessions made before: they count from when they were made.
ALTER TABLE sessions ADD COLUMN last_seen_at TIMESTAMPTZ;
