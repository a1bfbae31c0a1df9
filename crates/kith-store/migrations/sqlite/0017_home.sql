-- A home for each person's work: when each person last looked at it (the start of their latest sitting, and of the
-- one before), so it can say what changed since.
CREATE TABLE home_visits (
    user_id UUID PRIMARY KEY NOT NULL REFERENCES users (id),
    seen_at TIMESTAMPTZ NOT NULL,
    previous_at TIMESTAMPTZ
);

-- The cases a coordinator raised for a councillor are theirs too: their home and their queue find them by this.
CREATE INDEX cases_raised_for ON cases (raised_for, created_at) WHERE raised_for IS NOT NULL;

-- What changed on a ward's open cases since someone last looked: by ward, state and when each last changed.
CREATE INDEX cases_ward_changed ON cases (ward_code, state, updated_at);
