-- Ward forums, the priorities residents propose and support, the actions that carry adopted priorities out,
-- virtual teams with their partners' links, and the stakeholder map (organisations' profiles and partnerships).

CREATE TABLE forums (
    id UUID PRIMARY KEY NOT NULL,
    ward_code TEXT NOT NULL,
    title TEXT NOT NULL,
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at TIMESTAMPTZ NOT NULL,
    -- The venue in words; location_id when it is one of the directory's locations.
    venue TEXT NOT NULL,
    location_id UUID,
    online_url TEXT NOT NULL,
    agenda TEXT NOT NULL,
    minutes TEXT NOT NULL,
    -- NULL until the meeting has happened and someone has counted.
    attendance INTEGER,
    cancelled_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX forums_ward ON forums (ward_code, starts_at);
CREATE INDEX forums_starts ON forums (starts_at);

CREATE TABLE priorities (
    id UUID PRIMARY KEY NOT NULL,
    ward_code TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    -- held, proposed, adopted, declined or removed
    state TEXT NOT NULL,
    -- Who proposed it: kept for moderators and never published.
    proposer_name TEXT NOT NULL,
    proposer_email TEXT NOT NULL,
    -- Why the spam check held it, or a moderator's or forum's reason.
    note TEXT NOT NULL,
    supporters INTEGER NOT NULL,
    forum_id UUID REFERENCES forums (id),
    decided_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX priorities_ward ON priorities (ward_code, state);
CREATE INDEX priorities_forum ON priorities (forum_id);

-- One support per person per priority: the person is a keyed digest of their email address, never the address.
CREATE TABLE priority_supports (
    priority_id UUID NOT NULL REFERENCES priorities (id),
    supporter TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (priority_id, supporter)
);

CREATE TABLE virtual_team_members (
    id UUID PRIMARY KEY NOT NULL,
    -- ward (a ward code) or neighbourhood (a neighbourhood's id)
    area_kind TEXT NOT NULL,
    area_id TEXT NOT NULL,
    organisation_id UUID NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    role TEXT NOT NULL,
    added_at TIMESTAMPTZ NOT NULL,
    removed_at TIMESTAMPTZ
);
CREATE INDEX virtual_team_members_area ON virtual_team_members (area_kind, area_id);

CREATE TABLE actions (
    id UUID PRIMARY KEY NOT NULL,
    priority_id UUID NOT NULL REFERENCES priorities (id),
    parent_id UUID REFERENCES actions (id),
    ward_code TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    owner_org UUID NOT NULL REFERENCES organisations (id),
    owner_member UUID REFERENCES virtual_team_members (id),
    owner_name TEXT NOT NULL,
    owner_email TEXT NOT NULL,
    due_on DATE NOT NULL,
    status TEXT NOT NULL,
    dropped_reason TEXT NOT NULL,
    progress INTEGER NOT NULL,
    weight INTEGER NOT NULL,
    reminded_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX actions_priority ON actions (priority_id);
CREATE INDEX actions_ward ON actions (ward_code, due_on);
CREATE INDEX actions_owner ON actions (owner_org, due_on);
CREATE INDEX actions_due ON actions (due_on);

-- Dated updates with evidence: the action's history and, with the adoptions, its priority's timeline.
CREATE TABLE action_updates (
    id UUID PRIMARY KEY NOT NULL,
    action_id UUID NOT NULL REFERENCES actions (id),
    priority_id UUID NOT NULL REFERENCES priorities (id),
    at TIMESTAMPTZ NOT NULL,
    actor_id UUID,
    actor TEXT NOT NULL,
    -- staff, or partner link
    via TEXT NOT NULL,
    -- created or update
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    progress INTEGER NOT NULL,
    note TEXT NOT NULL,
    -- Evidence links, one a line.
    links TEXT NOT NULL
);
CREATE INDEX action_updates_action ON action_updates (action_id, at);
CREATE INDEX action_updates_priority ON action_updates (priority_id, at);

-- A partner's link: signed, expiring and revocable. The link names its row, so revoking takes effect at once.
CREATE TABLE partner_links (
    id UUID PRIMARY KEY NOT NULL,
    member_id UUID NOT NULL REFERENCES virtual_team_members (id),
    created_by UUID REFERENCES users (id),
    -- Who to contact about the link, as it was when it was made.
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ
);
CREATE INDEX partner_links_member ON partner_links (member_id);

-- The stakeholder map's view of an organisation.
CREATE TABLE organisation_profiles (
    organisation_id UUID PRIMARY KEY NOT NULL REFERENCES organisations (id),
    ward_code TEXT,
    description TEXT NOT NULL,
    website TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX organisation_profiles_ward ON organisation_profiles (ward_code);

CREATE TABLE partnerships (
    id UUID PRIMARY KEY NOT NULL,
    org_a UUID NOT NULL REFERENCES organisations (id),
    org_b UUID NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL,
    started_on DATE,
    ended_on DATE,
    note TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX partnerships_a ON partnerships (org_a);
CREATE INDEX partnerships_b ON partnerships (org_b);

INSERT INTO role_permissions (role_key, permission)
SELECT r.key, p.permission FROM roles r JOIN (
    SELECT 'administrator' AS role_key, 'forums.manage' AS permission
    UNION ALL
    SELECT 'administrator' AS role_key, 'stakeholders.manage' AS permission
    UNION ALL
    SELECT 'coordinator' AS role_key, 'forums.manage' AS permission
    UNION ALL
    SELECT 'coordinator' AS role_key, 'stakeholders.manage' AS permission
    UNION ALL
    SELECT 'network_lead' AS role_key, 'stakeholders.manage' AS permission
) p ON p.role_key = r.key
WHERE TRUE
ON CONFLICT (role_key, permission) DO NOTHING;
