-- The time bank: members (volunteers) give and receive hours through a double-entry ledger. An exchange debits the
-- member who was helped and credits the member who helped (or moves hours to or from the community pot). It is
-- posted when the other side confirms it, or at once when a coordinator records it from a paper timesheet both
-- signed: two postings that sum to zero, each balance kept within the time bank's limits. A NULL member is the
-- community pot.
CREATE TABLE timebank_exchanges (
    id UUID PRIMARY KEY NOT NULL,
    from_volunteer UUID REFERENCES volunteers (id),
    to_volunteer UUID REFERENCES volunteers (id),
    minutes BIGINT NOT NULL,
    what TEXT NOT NULL,
    on_date DATE NOT NULL,
    -- proposed (waiting for the other side to confirm), posted or declined
    state TEXT NOT NULL,
    -- The member who proposed it (the other side confirms); NULL when a coordinator recorded it.
    proposed_by UUID REFERENCES volunteers (id),
    -- online, phone or paper; keyed_by is the coordinator who recorded it.
    channel TEXT NOT NULL,
    keyed_by UUID REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    posted_at TIMESTAMPTZ
);
CREATE INDEX timebank_exchanges_from ON timebank_exchanges (from_volunteer, state);
CREATE INDEX timebank_exchanges_to ON timebank_exchanges (to_volunteer, state);

-- The ledger: two postings an exchange, one negative and one positive.
CREATE TABLE timebank_postings (
    exchange_id UUID NOT NULL REFERENCES timebank_exchanges (id),
    -- from or to
    side TEXT NOT NULL,
    volunteer_id UUID REFERENCES volunteers (id),
    minutes BIGINT NOT NULL,
    posted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (exchange_id, side)
);
CREATE INDEX timebank_postings_volunteer ON timebank_postings (volunteer_id, posted_at);

-- Each account's balance, kept with the postings in the same transaction so a limit holds under concurrent posts;
-- `community` or the member's id.
CREATE TABLE timebank_balances (
    account TEXT PRIMARY KEY NOT NULL,
    minutes BIGINT NOT NULL
);
