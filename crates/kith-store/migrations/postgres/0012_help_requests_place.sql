-- Where the open requests are, so that a volunteer's list of tasks they could claim reads only the requests within
-- their reach (the box around their home) rather than every open request in the city.
CREATE INDEX help_requests_place ON help_requests (state, lat, lng);
