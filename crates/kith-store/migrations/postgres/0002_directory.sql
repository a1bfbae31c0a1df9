-- The directory. Each record (an organisation's directory entry, a location, a service, a taxonomy, a term) is
-- one row holding its approved version as a JSON document of Kith's own type, with the columns the store
-- selects on pulled out beside it. A service is always read and written whole, and the search read model holds
-- the directory in memory, so the store needs no more structure than this to serve both backends the same way.

-- A counter bumped inside every transaction that changes the directory. Writers queue on its row, so the values
-- are handed out in commit order, and a reader that has seen the counter at N has seen every change up to N.
CREATE TABLE change_counters (
    name TEXT PRIMARY KEY NOT NULL,
    value BIGINT NOT NULL
);
INSERT INTO change_counters (name, value) VALUES ('directory', 0);

CREATE TABLE directory_records (
    id UUID PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    organisation_id UUID,
    body TEXT NOT NULL,
    change_seq BIGINT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    checked_at TIMESTAMPTZ,
    deleted_at TIMESTAMPTZ
);
CREATE INDEX directory_records_change_seq ON directory_records (change_seq, id);
CREATE INDEX directory_records_organisation ON directory_records (organisation_id);

-- Field by field: who changed what, from what, to what, when.
CREATE TABLE directory_history (
    id UUID PRIMARY KEY NOT NULL,
    record_id UUID NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    actor_id UUID,
    actor TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX directory_history_record ON directory_history (record_id, at);
