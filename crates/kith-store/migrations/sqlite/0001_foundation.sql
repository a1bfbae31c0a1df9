-- Foundation: places, accounts, roles, sessions, audit, organisations and representatives.
-- Column types are written as PostgreSQL names them so the two schemas can be compared; SQLite reads them by
-- affinity (UUID and TIMESTAMPTZ as NUMERIC, which keeps blobs and ISO-8601 text as they are).

CREATE TABLE ward_generations (
    id UUID PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    authority_code TEXT NOT NULL,
    authority_name TEXT NOT NULL,
    is_current BOOLEAN NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE wards (
    generation_id UUID NOT NULL REFERENCES ward_generations (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    boundary TEXT NOT NULL,
    PRIMARY KEY (generation_id, code)
);

CREATE TABLE local_authorities (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
);

CREATE TABLE postcodes (
    postcode TEXT PRIMARY KEY NOT NULL,
    latitude DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    authority_code TEXT,
    ward_code TEXT,
    lsoa_code TEXT
);

CREATE TABLE lsoas (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    ward_code TEXT
);

CREATE TABLE neighbourhoods (
    id UUID PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (kind, name)
);

CREATE TABLE neighbourhood_wards (
    neighbourhood_id UUID NOT NULL REFERENCES neighbourhoods (id) ON DELETE CASCADE,
    ward_code TEXT NOT NULL,
    PRIMARY KEY (neighbourhood_id, ward_code)
);

CREATE TABLE organisations (
    id UUID PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE users (
    id UUID PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    disabled_at TIMESTAMPTZ,
    last_sign_in_at TIMESTAMPTZ
);

CREATE TABLE roles (
    key TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE role_permissions (
    role_key TEXT NOT NULL REFERENCES roles (key) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role_key, permission)
);

CREATE TABLE role_assignments (
    id UUID PRIMARY KEY NOT NULL,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_key TEXT NOT NULL REFERENCES roles (key),
    scope_kind TEXT NOT NULL,
    scope_ref TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (user_id, role_key, scope_kind, scope_ref)
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

CREATE TABLE audit_events (
    id UUID PRIMARY KEY NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    actor_id UUID,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    detail TEXT NOT NULL,
    ip TEXT
);
CREATE INDEX audit_events_at ON audit_events (at);

CREATE TABLE representatives (
    id UUID PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    office TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE representative_wards (
    representative_id UUID NOT NULL REFERENCES representatives (id) ON DELETE CASCADE,
    ward_code TEXT NOT NULL,
    PRIMARY KEY (representative_id, ward_code)
);
CREATE INDEX representative_wards_ward ON representative_wards (ward_code);
