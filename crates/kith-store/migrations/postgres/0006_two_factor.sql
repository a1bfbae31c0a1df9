-- Two-factor sign-in (RFC 6238): each account's secret once confirmed, the one being set up, and the last time step
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
