-- Open311 as FixMyStreet speaks it: the questions a service request category asks (its service definition's
-- attributes, as JSON), and a request's answers to them (JSON) and the address of its photo.
ALTER TABLE case_categories ADD COLUMN attributes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE cases ADD COLUMN media_url TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN answers TEXT NOT NULL DEFAULT '{}';
