-- What the 360Giving files were made from is marked by the awards' count, versions and amounts (see
-- `AwardsMark`): read on every request for the files, so from this index alone rather than from the rows.
CREATE INDEX grant_applications_published ON grant_applications (state, version, awarded_pence);
