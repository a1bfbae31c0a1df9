-- A resident's language and channel as data: whether they need an interpreter, and a named proxy (a relative, a
-- carer, a support worker) with the date and the way the resident agreed to them. The language column holds a tag
-- with its script where the language has two (`pa-Arab`). Letters are notices printed and posted by staff, for
-- residents whose channel is post.
ALTER TABLE residents ADD COLUMN interpreter BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE residents ADD COLUMN proxy_name TEXT NOT NULL DEFAULT '';
ALTER TABLE residents ADD COLUMN proxy_relationship TEXT NOT NULL DEFAULT '';
ALTER TABLE residents ADD COLUMN proxy_email TEXT NOT NULL DEFAULT '';
ALTER TABLE residents ADD COLUMN proxy_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE residents ADD COLUMN proxy_agreed_on DATE;
ALTER TABLE residents ADD COLUMN proxy_agreement TEXT NOT NULL DEFAULT '';

CREATE TABLE letters (
    id UUID PRIMARY KEY NOT NULL,
    case_id UUID NOT NULL REFERENCES cases (id),
    resident_id UUID REFERENCES residents (id),
    addressee TEXT NOT NULL,
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    large_print BOOLEAN NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    printed_at TIMESTAMPTZ,
    printed_by UUID REFERENCES users (id)
);
CREATE INDEX letters_waiting ON letters (printed_at, created_at);
