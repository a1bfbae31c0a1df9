//! Every code a JSON API answers an error with, in one registry: a stable code, its HTTP status and what it means.
//! `docs/api.md` lists the same table, and a test keeps the two the same. One naming scheme:
//!
//! - `invalid_<parameter>`: 400, the value is malformed or out of its documented range;
//! - `missing_<parameter>`: 400, a value that is needed is absent;
//! - `unknown_<parameter>`: 400, a well-formed value that names nothing Kith knows;
//! - `<record>_not_found`: 404, the record the path names is not there (or not public);
//! - `not_found`, `bad_request`, `forbidden`, `too_many_requests`, `internal`: what any address can answer.
//!
//! Open311 answers in its own standard's form (`<errors>`, with the HTTP status as the code) and is not listed here.

use axum::http::StatusCode;

/// A public error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub code: &'static str,
    pub status: StatusCode,
    /// What the code means, as docs/api.md says it.
    pub means: &'static str,
}

const fn code(code: &'static str, status: StatusCode, means: &'static str) -> Code {
    Code { code, status, means }
}

pub const NOT_FOUND: Code = code("not_found", StatusCode::NOT_FOUND, "there is nothing at this address");
pub const BAD_REQUEST: Code = code("bad_request", StatusCode::BAD_REQUEST, "the request could not be understood");
pub const FORBIDDEN: Code = code("forbidden", StatusCode::FORBIDDEN, "the caller may not do this");
pub const TOO_MANY_REQUESTS: Code =
    code("too_many_requests", StatusCode::TOO_MANY_REQUESTS, "too many requests from one address: wait a few minutes");
pub const INTERNAL: Code =
    code("internal", StatusCode::INTERNAL_SERVER_ERROR, "the service failed; the failure is logged");
pub const MISSING_POSTCODE: Code = code(
    "missing_postcode",
    StatusCode::BAD_REQUEST,
    "a postcode is needed (empty, or a distance asked for without one)",
);
pub const INVALID_POSTCODE: Code = code("invalid_postcode", StatusCode::BAD_REQUEST, "not shaped like a UK postcode");
pub const UNKNOWN_POSTCODE: Code = code(
    "unknown_postcode",
    StatusCode::BAD_REQUEST,
    "a well-formed postcode, given to search by, that Kith does not know",
);
pub const POSTCODE_NOT_FOUND: Code = code(
    "postcode_not_found",
    StatusCode::NOT_FOUND,
    "a well-formed postcode, looked up, that Kith does not know (new, retired, or mistyped)",
);
pub const INVALID_COORDINATES: Code =
    code("invalid_coordinates", StatusCode::BAD_REQUEST, "`lat` or `lng` is missing, not a number, or out of range");
pub const WARD_NOT_FOUND: Code =
    code("ward_not_found", StatusCode::NOT_FOUND, "no current ward has that code, or the point is in none of them");
pub const INVALID_WARD_CODE: Code =
    code("invalid_ward_code", StatusCode::BAD_REQUEST, "not a GSS ward code (E05 and six digits)");
pub const GENERATION_NOT_FOUND: Code =
    code("generation_not_found", StatusCode::NOT_FOUND, "no boundary generation has that name");
pub const INVALID_PAGE: Code = code("invalid_page", StatusCode::BAD_REQUEST, "not a whole number from 1 to 1,000,000");
pub const INVALID_PER_PAGE: Code =
    code("invalid_per_page", StatusCode::BAD_REQUEST, "not a whole number from 1 to 1,000");
pub const INVALID_PROXIMITY: Code =
    code("invalid_proximity", StatusCode::BAD_REQUEST, "not a number of metres from 0 to 50,000");
pub const INVALID_SEARCH: Code = code("invalid_search", StatusCode::BAD_REQUEST, "longer than 200 characters");
pub const INVALID_FORMAT: Code = code(
    "invalid_format",
    StatusCode::BAD_REQUEST,
    "not one of the formats the address offers (`json`, `ndjson`, `geojson`)",
);
pub const INVALID_ID: Code = code("invalid_id", StatusCode::BAD_REQUEST, "the id in the path is not a UUID");
pub const INVALID_TAXONOMY_TERM_ID: Code = code("invalid_taxonomy_term_id", StatusCode::BAD_REQUEST, "not a UUID");
pub const INVALID_TAXONOMY_ID: Code = code("invalid_taxonomy_id", StatusCode::BAD_REQUEST, "not a UUID");
pub const INVALID_ORGANIZATION_ID: Code = code("invalid_organization_id", StatusCode::BAD_REQUEST, "not a UUID");
pub const INVALID_PARENT_ID: Code = code("invalid_parent_id", StatusCode::BAD_REQUEST, "not a UUID");
pub const INVALID_DAY: Code = code("invalid_day", StatusCode::BAD_REQUEST, "not a day of the week");
pub const INVALID_START_TIME: Code = code("invalid_start_time", StatusCode::BAD_REQUEST, "not a time like 09:30");
pub const INVALID_END_TIME: Code = code("invalid_end_time", StatusCode::BAD_REQUEST, "not a time like 17:00");
pub const INVALID_MODIFIED_AFTER: Code =
    code("invalid_modified_after", StatusCode::BAD_REQUEST, "not a date or an RFC 3339 time");
pub const INVALID_MINIMUM_AGE: Code = code("invalid_minimum_age", StatusCode::BAD_REQUEST, "not an age from 0 to 130");
pub const INVALID_MAXIMUM_AGE: Code = code("invalid_maximum_age", StatusCode::BAD_REQUEST, "not an age from 0 to 130");
pub const INVALID_FULL: Code = code("invalid_full", StatusCode::BAD_REQUEST, "not `true` or `false`");
pub const INVALID_MINIMAL: Code = code("invalid_minimal", StatusCode::BAD_REQUEST, "not `true` or `false`");
pub const INVALID_FULL_SERVICE: Code = code("invalid_full_service", StatusCode::BAD_REQUEST, "not `true` or `false`");
pub const INVALID_TOP_ONLY: Code = code("invalid_top_only", StatusCode::BAD_REQUEST, "not `true` or `false`");
pub const SERVICE_NOT_FOUND: Code = code("service_not_found", StatusCode::NOT_FOUND, "no such service (or not public)");
pub const SERVICE_AT_LOCATION_NOT_FOUND: Code =
    code("service_at_location_not_found", StatusCode::NOT_FOUND, "no such service at a location (or not public)");
pub const ORGANIZATION_NOT_FOUND: Code = code("organization_not_found", StatusCode::NOT_FOUND, "no such organization");
pub const TAXONOMY_NOT_FOUND: Code = code("taxonomy_not_found", StatusCode::NOT_FOUND, "no such taxonomy");
pub const TAXONOMY_TERM_NOT_FOUND: Code =
    code("taxonomy_term_not_found", StatusCode::NOT_FOUND, "no such taxonomy term");

/// Every code, in the order docs/api.md lists them.
pub const ALL: &[Code] = &[
    NOT_FOUND,
    BAD_REQUEST,
    FORBIDDEN,
    TOO_MANY_REQUESTS,
    INTERNAL,
    MISSING_POSTCODE,
    INVALID_POSTCODE,
    UNKNOWN_POSTCODE,
    POSTCODE_NOT_FOUND,
    INVALID_COORDINATES,
    WARD_NOT_FOUND,
    INVALID_WARD_CODE,
    GENERATION_NOT_FOUND,
    INVALID_PAGE,
    INVALID_PER_PAGE,
    INVALID_PROXIMITY,
    INVALID_SEARCH,
    INVALID_FORMAT,
    INVALID_ID,
    INVALID_TAXONOMY_TERM_ID,
    INVALID_TAXONOMY_ID,
    INVALID_ORGANIZATION_ID,
    INVALID_PARENT_ID,
    INVALID_DAY,
    INVALID_START_TIME,
    INVALID_END_TIME,
    INVALID_MODIFIED_AFTER,
    INVALID_MINIMUM_AGE,
    INVALID_MAXIMUM_AGE,
    INVALID_FULL,
    INVALID_MINIMAL,
    INVALID_FULL_SERVICE,
    INVALID_TOP_ONLY,
    SERVICE_NOT_FOUND,
    SERVICE_AT_LOCATION_NOT_FOUND,
    ORGANIZATION_NOT_FOUND,
    TAXONOMY_NOT_FOUND,
    TAXONOMY_TERM_NOT_FOUND,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_follows_the_naming_scheme_and_is_unique() {
        let general = ["not_found", "bad_request", "forbidden", "too_many_requests", "internal"];
        for c in ALL {
            let fits = general.contains(&c.code)
                || (c.status == StatusCode::BAD_REQUEST
                    && ["invalid_", "missing_", "unknown_"].iter().any(|p| c.code.starts_with(p)))
                || (c.status == StatusCode::NOT_FOUND && c.code.ends_with("_not_found"));
            assert!(fits, "{} ({}) does not follow the scheme", c.code, c.status);
            assert_eq!(ALL.iter().filter(|o| o.code == c.code).count(), 1, "{} twice", c.code);
        }
    }

    #[test]
    fn docs_api_lists_every_code_with_its_status() {
        let docs = include_str!("../../../docs/api.md");
        for c in ALL {
            let row = format!("| {} | `{}` |", c.status.as_u16(), c.code);
            assert!(docs.contains(&row), "docs/api.md has no row {row:?}");
        }
    }
}
