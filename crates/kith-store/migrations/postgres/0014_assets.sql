-- Community assets: the register of buildings and spaces, Community Asset Transfers with their stage history, and
-- nominations of Assets of Community Value with the date of each statutory step.
CREATE TABLE community_assets (
    id UUID PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    owner TEXT NOT NULL,
    owner_name TEXT NOT NULL,
    condition TEXT NOT NULL,
    capacity BIGINT,
    accessibility TEXT NOT NULL,
    ward_code TEXT NOT NULL,
    address TEXT NOT NULL,
    lat DOUBLE PRECISION,
    lng DOUBLE PRECISION,
    location_id UUID,
    used_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX community_assets_ward ON community_assets (ward_code, name);

CREATE TABLE community_asset_users (
    asset_id UUID NOT NULL REFERENCES community_assets (id) ON DELETE CASCADE,
    organisation_id UUID NOT NULL,
    PRIMARY KEY (asset_id, organisation_id)
);

CREATE TABLE asset_transfers (
    id UUID PRIMARY KEY NOT NULL,
    number BIGINT NOT NULL UNIQUE,
    asset_id UUID NOT NULL REFERENCES community_assets (id),
    applicant TEXT NOT NULL,
    applicant_email TEXT,
    organisation_id UUID,
    stage TEXT NOT NULL,
    stage_since DATE NOT NULL,
    stage_due DATE,
    handler_id UUID,
    channel TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE asset_transfer_stages (
    id UUID PRIMARY KEY NOT NULL,
    transfer_id UUID NOT NULL REFERENCES asset_transfers (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    entered_on DATE NOT NULL,
    due_on DATE,
    note TEXT NOT NULL,
    by_user UUID,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX asset_transfer_stages_transfer ON asset_transfer_stages (transfer_id, recorded_at);

CREATE TABLE acv_nominations (
    id UUID PRIMARY KEY NOT NULL,
    number BIGINT NOT NULL UNIQUE,
    asset_id UUID NOT NULL REFERENCES community_assets (id),
    nominator TEXT NOT NULL,
    nominator_email TEXT,
    owner_email TEXT,
    reasons TEXT NOT NULL,
    received_on DATE NOT NULL,
    decided_on DATE,
    decision TEXT,
    review_requested_on DATE,
    reviewed_on DATE,
    review_outcome TEXT,
    disposal_notified_on DATE,
    bid_requested_on DATE,
    expiry_warned_on DATE,
    channel TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    version BIGINT NOT NULL
);
