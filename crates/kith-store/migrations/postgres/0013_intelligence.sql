-- Ward intelligence: LSOA boundaries for the small-area maps, and imported indicators with their metadata and one
-- value per area. An import replaces an indicator's values whole, in one transaction.
ALTER TABLE lsoas ADD COLUMN boundary TEXT;

CREATE TABLE indicators (
    id UUID PRIMARY KEY NOT NULL,
    key TEXT NOT NULL,
    geography TEXT NOT NULL,
    title TEXT NOT NULL,
    topic TEXT NOT NULL,
    kind TEXT NOT NULL,
    polarity TEXT NOT NULL,
    source TEXT NOT NULL,
    vintage TEXT NOT NULL,
    published_on DATE NOT NULL,
    licence TEXT NOT NULL,
    boundaries TEXT NOT NULL,
    england_value DOUBLE PRECISION,
    england_denominator DOUBLE PRECISION,
    position BIGINT NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL,
    UNIQUE (key, geography)
);

CREATE TABLE indicator_values (
    indicator_id UUID NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    area_code TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    denominator DOUBLE PRECISION,
    -- The ward a 2011 LSOA's value reaches, by the best-fit lookup imported with it (2021 LSOAs use the places').
    ward_code TEXT,
    PRIMARY KEY (indicator_id, area_code)
);
