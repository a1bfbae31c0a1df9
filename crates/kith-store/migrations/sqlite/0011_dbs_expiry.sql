-- When each DBS check stops being current, as `DbsRecord::expires_on` says, kept so that the worker's reminders read
-- only the checks running out soon (through the index) rather than every check each sweep. Written by every save;
-- the checks kept before this are given theirs here: 36 months after the certificate, or 12 after an Update Service
-- status check made with consent if that is later. A date is kept as text (YYYY-MM-DD), so the later is the greater
-- text; 29 February plus whole years is 28 February, as in Rust (SQLite's date() would give 1 March).
ALTER TABLE volunteer_dbs ADD COLUMN expires_on DATE;

UPDATE volunteer_dbs SET expires_on = max(
    CASE WHEN strftime('%m-%d', certificate_on) = '02-29' THEN date(certificate_on, '-1 day', '+36 months')
         ELSE date(certificate_on, '+36 months') END,
    CASE WHEN update_service AND consent_at IS NOT NULL AND status_checked_on IS NOT NULL THEN
        CASE WHEN strftime('%m-%d', status_checked_on) = '02-29' THEN date(status_checked_on, '-1 day', '+12 months')
             ELSE date(status_checked_on, '+12 months') END
         ELSE '0000-01-01' END);

CREATE INDEX volunteer_dbs_expires ON volunteer_dbs (expires_on);
