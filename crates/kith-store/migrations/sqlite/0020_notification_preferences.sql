-- How each person chooses to hear of each kind of event: at once, in the daily digest, both, or not at all (within
-- what their role must hear). A person with no row for an event has their role's default.
CREATE TABLE notification_preferences (
    user_id UUID NOT NULL REFERENCES users (id),
    event TEXT NOT NULL,
    delivery TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, event)
);
CREATE INDEX notification_preferences_event ON notification_preferences (event, delivery);
