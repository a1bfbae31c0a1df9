-- Volunteering and mutual aid: volunteers (signed up online, or registered by a coordinator from a phone call or a
-- paper form) with their DBS records, the opportunities organisations post, and residents' requests for help with
-- each one's timeline. Addresses and phone numbers are personal data: a request's is shown only to the volunteer it
-- is assigned to, while it is open, and every showing is audited.

CREATE TABLE volunteers (
    id UUID PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    -- The home postcode and its position: private, used only to measure how far a task is.
    postcode TEXT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lng DOUBLE PRECISION NOT NULL,
    ward_code TEXT NOT NULL,
    -- How far they will travel, in metres.
    travel_m INTEGER NOT NULL,
    -- Skills as a set of bits (kith_core::volunteering::Skills); languages as space-separated codes (pa-Guru).
    skills INTEGER NOT NULL,
    languages TEXT NOT NULL,
    -- The days and parts of day they are free, as bits (kith_core::volunteering::Availability).
    availability INTEGER NOT NULL,
    has_car BOOLEAN NOT NULL,
    -- JSON array of the organisations they volunteer with (the directory's organisation ids).
    organisations TEXT NOT NULL,
    -- ready, standby (joined during a surge), awaiting_checks or paused
    state TEXT NOT NULL,
    max_per_week INTEGER NOT NULL,
    -- online, phone or paper; keyed_by is the member of staff who registered them.
    channel TEXT NOT NULL,
    keyed_by UUID REFERENCES users (id),
    last_task_on DATE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX volunteers_ward ON volunteers (ward_code, state);
CREATE INDEX volunteers_email ON volunteers (email);

-- A volunteer's Disclosure and Barring Service record (one: the latest certificate).
CREATE TABLE volunteer_dbs (
    volunteer_id UUID PRIMARY KEY NOT NULL REFERENCES volunteers (id),
    -- basic, standard, enhanced or enhanced_barred; children, adults or both
    level TEXT NOT NULL,
    workforce TEXT NOT NULL,
    certificate_on DATE NOT NULL,
    update_service BOOLEAN NOT NULL,
    status_checked_on DATE,
    -- The volunteer's consent for the organisation to check the Update Service (NULL: none given).
    consent_at TIMESTAMPTZ,
    recorded_by UUID REFERENCES users (id),
    recorded_at TIMESTAMPTZ NOT NULL,
    -- The last reminder of its expiry sent (60, 30 or 7 days before), so each is sent once.
    reminded_days INTEGER
);

-- What organisations ask volunteers for: a regular role or a one-off task, found by postcode and interest.
CREATE TABLE volunteer_opportunities (
    id UUID PRIMARY KEY NOT NULL,
    organisation_id UUID NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    -- regular or one_off
    kind TEXT NOT NULL,
    skills INTEGER NOT NULL,
    postcode TEXT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lng DOUBLE PRECISION NOT NULL,
    ward_code TEXT NOT NULL,
    starts_on DATE,
    ends_on DATE,
    created_by UUID REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX volunteer_opportunities_ward ON volunteer_opportunities (ward_code);
CREATE INDEX volunteer_opportunities_organisation ON volunteer_opportunities (organisation_id);

CREATE TABLE help_numbers (
    name TEXT PRIMARY KEY NOT NULL,
    last_number BIGINT NOT NULL
);

-- A resident's request for help: a task for one volunteer.
CREATE TABLE help_requests (
    id UUID PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    what TEXT NOT NULL,
    skills INTEGER NOT NULL,
    -- Where, as volunteers may see it before they are assigned: the street and postcode; and its position.
    street TEXT NOT NULL,
    postcode TEXT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lng DOUBLE PRECISION NOT NULL,
    ward_code TEXT NOT NULL,
    -- Personal: shown only to the assigned volunteer while the task is open, each showing audited.
    address TEXT NOT NULL,
    resident_name TEXT NOT NULL,
    resident_phone TEXT NOT NULL,
    -- The same resident across requests (made from their phone number, or name and postcode), so a volunteer who
    -- already helps them can be kept.
    resident_id UUID NOT NULL,
    -- When it is wanted (bits, as volunteers' availability) and by when.
    wanted INTEGER NOT NULL,
    needed_by DATE,
    -- today, this_week or whenever
    urgency TEXT NOT NULL,
    language TEXT,
    -- The check the task needs (NULL: none): level and workforce.
    dbs_level TEXT,
    dbs_workforce TEXT,
    needs_car BOOLEAN NOT NULL,
    -- open, offered, accepted, done or cancelled
    state TEXT NOT NULL,
    volunteer_id UUID REFERENCES volunteers (id),
    outcome TEXT NOT NULL,
    channel TEXT NOT NULL,
    keyed_by UUID REFERENCES users (id),
    -- When the coordinator was told it was urgent and still unassigned, and when its volunteer was reminded.
    escalated_at TIMESTAMPTZ,
    reminded_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX help_requests_open ON help_requests (state, ward_code, urgency);
CREATE INDEX help_requests_volunteer ON help_requests (volunteer_id, state);
CREATE INDEX help_requests_resident ON help_requests (resident_id, volunteer_id);

CREATE TABLE help_events (
    id UUID PRIMARY KEY NOT NULL,
    request_id UUID NOT NULL REFERENCES help_requests (id),
    at TIMESTAMPTZ NOT NULL,
    actor_id UUID,
    actor TEXT NOT NULL,
    -- The move (offer, accept, decline, withdraw, complete, could_not_complete, cancel), `asked` or `revealed`.
    action TEXT NOT NULL,
    volunteer_id UUID,
    note TEXT NOT NULL
);
CREATE INDEX help_events_request ON help_events (request_id, at);

-- A surge in a ward: while one is on, new volunteers there join a standby pool (and are told so) until a
-- coordinator makes them ready.
CREATE TABLE volunteer_surges (
    id UUID PRIMARY KEY NOT NULL,
    ward_code TEXT NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    started_by UUID REFERENCES users (id),
    ended_at TIMESTAMPTZ
);
CREATE INDEX volunteer_surges_ward ON volunteer_surges (ward_code, ended_at);

-- Roles that already exist gain the volunteering permissions (a new database's roles are seeded with them).
INSERT INTO role_permissions (role_key, permission)
    SELECT key, 'volunteering.coordinate' FROM roles WHERE key IN ('administrator', 'coordinator', 'network_lead');
INSERT INTO role_permissions (role_key, permission)
    SELECT key, 'volunteering.post' FROM roles WHERE key = 'community_member';
