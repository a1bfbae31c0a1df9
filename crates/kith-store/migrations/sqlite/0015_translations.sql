-- Translations as work: each message of a community language with its status (draft, reviewed, approved), the
-- English it was made from (a translation of English that has changed is not shown), and who reviewed and approved
-- it. The catalogues in the repository seed it; translators work on it in Kith. A glossary of terms per language.
CREATE TABLE translations (
    language TEXT NOT NULL,
    key TEXT NOT NULL,
    text TEXT NOT NULL,
    english TEXT NOT NULL,
    status TEXT NOT NULL,
    reviewed_by UUID REFERENCES users (id),
    reviewed_at TIMESTAMPTZ,
    approved_by UUID REFERENCES users (id),
    approved_at TIMESTAMPTZ,
    updated_by UUID REFERENCES users (id),
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (language, key)
);

CREATE TABLE glossary_terms (
    language TEXT NOT NULL,
    term TEXT NOT NULL,
    translation TEXT NOT NULL,
    note TEXT NOT NULL,
    updated_by UUID REFERENCES users (id),
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (language, term)
);
