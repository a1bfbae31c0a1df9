-- When each DBS check stops being current, as `DbsRecord::expires_on` says, kept so that the worker's reminders read
-- only the checks running out soon (through the index) rather than every check each sweep. Written by every save;
-- the checks kept before this are given theirs here: 36 months after the certificate, or 12 after an Update Service
-- status check made with consent if that is later (adding months keeps to the month's last day, as in Rust).
ALTER TABLE volunteer_dbs ADD COLUMN expires_on DATE;

UPDATE volunteer_dbs SET expires_on = GREATEST(
    (certificate_on + interval '36 months')::date,
    CASE WHEN update_service AND consent_at IS NOT NULL AND status_checked_on IS NOT NULL
         THEN (status_checked_on + interval '12 months')::date END);

CREATE INDEX volunteer_dbs_expires ON volunteer_dbs (expires_on);
