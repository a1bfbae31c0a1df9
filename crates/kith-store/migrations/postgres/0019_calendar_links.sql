-- A person's private calendar links: each a signed address of their own forums and cases' due dates for a calendar
-- app, revoked at once when they say so (the address names its row, which is checked on every fetch).
CREATE TABLE calendar_links (
    id UUID PRIMARY KEY NOT NULL,
    user_id UUID NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ
);
CREATE INDEX calendar_links_user ON calendar_links (user_id, created_at);
