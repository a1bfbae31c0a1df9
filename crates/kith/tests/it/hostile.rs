//! Nothing a visitor sends can hurt the service. Every route the router has (`kith_web::route_paths`, so a route is
//! covered the day it is added) is sent extreme values: in each segment of its path, in each parameter it reads, and
//! in every parameter at once, by GET and by POST, signed in as a city-wide administrator so that staff routes parse
//! what they are sent, of the real binary in a process of its own. Each answer must be a normal page, a redirect or a 4xx, within seconds; afterwards the
//! service still answers `/health/live` at once. On both stores.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use std::sync::Arc;

use kith_app::accounts::{self, NewUserForm};
use kith_app::{App, Settings};
use kith_core::SystemClock;
use kith_core::accounts::Scope;
use kith_testkit::directory::{Fixture, LADYWOOD};
use kith_testkit::{Backend, TestDb};

use crate::cli::Server;
use crate::on_every_backend;

const VOLUNTEER_FORM: &[&str] = &[
    "name",
    "email",
    "phone",
    "postcode",
    "travel_km",
    "skills",
    "languages",
    "availability",
    "car",
    "per_week",
    "wants_check",
];
const HELP_FORM: &[&str] = &[
    "what",
    "skills",
    "address",
    "street",
    "postcode",
    "name",
    "phone",
    "when",
    "needed_by",
    "urgency",
    "language",
    "person",
    "in_home",
    "needs_car",
    "level",
    "workforce",
];
const PASSWORD: &str = "correct horse battery staple";

/// The longest any one answer may take, in a debug build on a busy two-core machine.
const SLOWEST: Duration = Duration::from_secs(5);
/// Requests in flight at once.
const AT_ONCE: usize = 6;
/// Failures enough to stop sweeping and report.
const ENOUGH_FAILURES: usize = 30;

/// The values sent, each already encoded for a query string, a form body or a path segment.
fn hostile_values() -> Vec<String> {
    let plain = [
        "1e23",
        "-1e23",
        "1e308",
        "NaN",
        "inf",
        "9223372036854775808",
        "-9223372036854775808",
        "2147483647",
        "0",
        "-1",
        "",
        "9999-12-31",
        "+262142-12-31",
    ];
    let mut values: Vec<String> = plain.iter().map(|v| encode(v)).collect();
    // Paths that would lead elsewhere or break a header if a redirect took them.
    values.push(encode("/\r\nSet-Cookie: stolen=1"));
    values.push(encode("//evil.example/"));
    values.push(encode(&"x".repeat(10_000)));
    // Invalid UTF-8 once decoded.
    values.push("%C3%28%FF%FE".to_owned());
    // A UUID that names nothing.
    values.push(uuid::Uuid::new_v4().to_string());
    values
}

/// A value cut short for a report.
fn shown(value: &str) -> String {
    match value.char_indices().nth(60) {
        Some((at, _)) => format!("{}… ({} bytes)", &value[..at], value.len()),
        None => value.to_owned(),
    }
}

fn encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// A grant application's form, as the applicant's page and the staff's entry page post it.
const GRANT_APPLICATION_FORM: &[&str] = &[
    "action",
    "answer",
    "channel",
    "group_name",
    "group_kind",
    "ward",
    "charity_number",
    "company_number",
    "contact_name",
    "contact_email",
    "contact_phone",
    "second_name",
    "second_email",
    "second_phone",
    "unrelated",
    "payee",
    "account_name",
    "host_name",
    "host_email",
    "project_title",
    "project_summary",
    "amount",
    "people_reached",
    "minority_led",
    "funded_before",
    "what_happened",
    "spent_on",
    "learned",
];

/// A community building's form.
const ASSET_FORM: &[&str] = &[
    "name",
    "kind",
    "owner",
    "owner_name",
    "condition",
    "capacity",
    "accessibility",
    "postcode",
    "address",
    "used_by",
    "location",
    "version",
];

/// A grant fund's form.
const GRANT_FUND_FORM: &[&str] = &[
    "version",
    "name",
    "description",
    "budget",
    "max_award",
    "fast_track_up_to",
    "fast_track_days",
    "standard_days",
    "wards",
    "kinds",
    "criteria",
    "pot_rule",
    "programme_code",
    "disagreement",
];

/// The parameters each route reads, by GET and by POST. A route missing here fails the test: list what it reads
/// (or nothing) when adding it.
const PARAMETERS: &[(&str, &[&str], &[&str])] = &[
    ("/", &["postcode"], &[]),
    ("/wards", &[], &[]),
    ("/wards/{code}", &[], &[]),
    ("/wards/{code}/profile", &[], &[]),
    ("/wards/{code}/assessment", &[], &[]),
    ("/wards/{code}/assessment.csv", &[], &[]),
    ("/intelligence", &[], &[]),
    ("/translations", &[], &[]),
    ("/translations/{language}", &["status", "page", "q", "from"], &[]),
    ("/translations/{language}/messages/{key}", &[], &["text", "action", "seen"]),
    ("/translations/{language}/glossary", &[], &["term", "translation", "note"]),
    ("/translations/{language}/glossary/remove", &[], &["term"]),
    ("/translations/{language}/export/{file}", &["approved"], &[]),
    ("/community-assets", &["ward"], &[]),
    ("/community-assets/value", &[], &[]),
    ("/community-assets/data/{file}", &[], &[]),
    ("/community-assets/new", &[], ASSET_FORM),
    ("/community-assets/{id}", &[], &[]),
    ("/community-assets/{id}/ask/{what}", &[], &["name", "email", "words"]),
    ("/community-assets/{id}/edit", &[], ASSET_FORM),
    ("/community-assets/transfers", &[], &["asset", "applicant", "applicant_email", "channel", "note"]),
    ("/community-assets/transfers/{id}", &[], &["stage", "on", "note", "version"]),
    (
        "/community-assets/nominations",
        &[],
        &["asset", "nominator", "nominator_email", "owner_email", "reasons", "received_on", "channel"],
    ),
    ("/community-assets/nominations/{id}", &[], &["step", "on", "version"]),
    ("/intelligence/{key}/map", &["level"], &[]),
    ("/intelligence/{key}/data/{file}", &[], &[]),
    (
        "/directory",
        &[
            "q", "postcode", "within", "ward", "need", "age", "day", "open_now", "free", "language", "access", "view",
            "page",
        ],
        &[],
    ),
    ("/directory/services/{id}", &[], &[]),
    ("/directory/services/{id}/calendar", &[], &[]),
    ("/directory/services/{id}/history", &[], &[]),
    ("/directory/shortlist", &["ids", "sent"], &["service_id", "remove", "next"]),
    ("/directory/shortlist/email", &[], &["to", "ids"]),
    ("/directory/data", &[], &[]),
    ("/directory/data/directory.ndjson", &[], &[]),
    ("/directory/data/directory.csv", &[], &[]),
    ("/directory/data/directory.geojson", &[], &[]),
    ("/directory/manage", &[], &[]),
    ("/directory/review", &[], &[]),
    ("/directory/stale", &["ward"], &[]),
    ("/directory/manage/organisations/{org}/services/new", &[], SERVICE_FORM),
    ("/directory/manage/services/{id}/edit", &[], SERVICE_FORM),
    (
        "/directory/manage/organisations/{org}/edit",
        &[],
        &["name", "description", "email", "phone", "website", "version"],
    ),
    ("/directory/manage/still-accurate", &[], &["service_id"]),
    ("/directory/review/{draft}", &[], &["decision", "reason"]),
    ("/directory/still-accurate/{service}/{checked}/{sig}", &[], &[]),
    ("/cases", &["state", "kind", "ward", "team", "show", "flag", "page"], &[]),
    (
        "/cases/new",
        &["kind", "service"],
        &[
            "kind",
            "category",
            "summary",
            "description",
            "postcode",
            "latitude",
            "longitude",
            "ward",
            "place",
            "resident_name",
            "resident_email",
            "resident_phone",
            "resident_address",
            "resident_postcode",
            "preferred_contact",
            "language",
            "needs",
            "interpreter",
            "proxy_name",
            "proxy_relationship",
            "proxy_email",
            "proxy_phone",
            "proxy_agreed_on",
            "proxy_agreement",
            "channel",
            "raised_for",
            "service",
            "consent",
            "consent_may_share",
            "consent_method",
        ],
    ),
    ("/cases/letters", &["printed"], &[]),
    ("/cases/letters/{id}", &["size"], &[]),
    ("/cases/letters/{id}/printed", &[], &[]),
    ("/cases/triage", &["need", "postcode", "language", "q"], &[]),
    ("/cases/capacity", &[], &["service", "capacity", "note"]),
    ("/cases/referrals", &[], &[]),
    ("/cases/{reference}", &[], &[]),
    (
        "/cases/{reference}/state",
        &[],
        &["action", "version", "owner", "next_update", "reason", "waiting_on", "team", "merge_into"],
    ),
    ("/cases/{reference}/notes", &[], &["note", "shared"]),
    ("/cases/{reference}/extend", &[], &["extend_to", "extend_reason"]),
    ("/cases/{reference}/partner-reference", &[], &["partner_reference"]),
    ("/admin/cases/routing", &[], &["kind", "category", "area", "team", "owner"]),
    ("/admin/cases/routing/{id}/remove", &[], &[]),
    ("/admin/cases/notices", &["event"], &["event", "language", "subject", "body"]),
    ("/admin/cases/open311", &[], &["name"]),
    ("/admin/cases/open311/{id}/revoke", &[], &[]),
    ("/admin/cases/subject-access", &["q"], &[]),
    ("/admin/cases/subject-access/{id}", &["format"], &[]),
    ("/admin/cases/bank-holidays", &[], &["file"]),
    (
        "/admin/cases/agreements",
        &["series"],
        &["series", "title", "ward", "kind", "category", "measure", "target_percent", "period", "team"],
    ),
    ("/agreements", &[], &[]),
    ("/agreements/{file}", &[], &[]),
    ("/wards/{code}/agreements", &[], &[]),
    ("/grants", &[], &[]),
    ("/grants/{file}", &[], &[]),
    ("/grants/funds/{id}", &[], &[]),
    ("/grants/funds/{id}/reach", &["round"], &[]),
    ("/grants/funds/{id}/reach/{file}", &["round"], &[]),
    ("/grants/rounds/{round}/apply", &[], &["group_name", "ward", "contact_name", "contact_email"]),
    ("/grants/applications/{id}/{sig}", &[], GRANT_APPLICATION_FORM),
    ("/grants/applications/{id}/{sig}/letter", &[], &[]),
    ("/grants/manage/applications/{reference}/letter", &[], &[]),
    ("/grants/manage/applications/{reference}/payment", &[], &["step", "payment_reference", "version"]),
    ("/grants/manage", &["fund", "page"], &[]),
    ("/grants/manage/360giving", &[], &[]),
    ("/grants/manage/funds/new", &[], GRANT_FUND_FORM),
    ("/grants/manage/funds/{id}", &[], GRANT_FUND_FORM),
    ("/grants/manage/funds/{id}/rounds", &[], &["round_name", "opens_on", "closes_on"]),
    ("/grants/manage/rounds/{round}/enter", &[], GRANT_APPLICATION_FORM),
    ("/grants/manage/applications/{reference}", &[], &["decision", "amount", "reasons", "version"]),
    ("/grants/manage/rounds/{round}/panel", &[], &["email"]),
    ("/grants/panel", &[], &[]),
    ("/grants/panel/applications/{id}", &[], &[]),
    ("/grants/panel/applications/{id}/declaration", &[], &["interest", "note"]),
    ("/grants/panel/applications/{id}/scores", &[], &["scores", "comments"]),
    ("/volunteer", &[], VOLUNTEER_FORM),
    (
        "/volunteer/{id}/{sig}",
        &[],
        &["action", "reference", "note", "version", "exchange_id", "other", "direction", "hours", "what", "on"],
    ),
    ("/volunteer/{id}/{sig}/timebank", &[], &[]),
    ("/volunteering/manage/timebank", &[], &["helper", "helped", "hours", "what", "on"]),
    ("/help", &[], HELP_FORM),
    ("/volunteering", &["postcode", "skill"], &[]),
    (
        "/volunteering/opportunities/new",
        &[],
        &["organisation", "title", "description", "kind", "skills", "postcode", "starts_on", "ends_on"],
    ),
    ("/volunteering/manage", &[], &[]),
    ("/volunteering/manage/surge", &[], &["ward", "action"]),
    ("/volunteering/manage/backlog", &[], &[]),
    ("/volunteering/manage/requests", &["state", "page"], &[]),
    ("/volunteering/manage/requests/new/{channel}", &[], HELP_FORM),
    ("/volunteering/manage/requests/{reference}", &[], &["action", "volunteer", "reason", "version"]),
    ("/volunteering/manage/volunteers", &["page"], &[]),
    ("/volunteering/manage/volunteers/new/{channel}", &[], VOLUNTEER_FORM),
    (
        "/volunteering/manage/volunteers/{id}",
        &[],
        &["level", "workforce", "certificate_on", "update_service", "status_checked_on", "consent"],
    ),
    ("/forums", &[], &[]),
    ("/forums.ics", &[], &[]),
    (
        "/wards/{code}/forums",
        &[],
        &["id", "version", "title", "date", "starts", "ends", "venue", "location", "online_url", "agenda"],
    ),
    ("/wards/{code}/forums.ics", &[], &[]),
    ("/wards/{code}/forums/new", &[], &[]),
    ("/wards/{code}/forums/{id}", &[], &[]),
    ("/wards/{code}/forums/{id}/edit", &[], &[]),
    ("/wards/{code}/forums/{id}/minutes", &[], &["minutes", "attendance", "cancelled", "version"]),
    ("/wards/{code}/priorities", &[], &["title", "description", "forum"]),
    ("/wards/{code}/priorities/new", &[], &[]),
    (
        "/wards/{code}/priorities/propose",
        &["title", "description"],
        &["title", "description", "name", "email", "website", "opened"],
    ),
    ("/wards/{code}/priorities/{id}", &["report"], &[]),
    ("/wards/{code}/priorities/{id}/support", &[], &["email"]),
    ("/wards/{code}/priorities/{id}/support-taken", &[], &["resident", "reach", "channel"]),
    ("/wards/{code}/priorities/{id}/decision", &[], &["decision", "forum", "note", "version"]),
    (
        "/wards/{code}/priorities/{id}/actions",
        &[],
        &[
            "id",
            "title",
            "description",
            "parent",
            "member",
            "organisation",
            "owner_name",
            "owner_email",
            "due",
            "weight",
            "version",
        ],
    ),
    ("/wards/{code}/priorities/{id}/actions/new", &[], &[]),
    ("/wards/{code}/priorities/{id}/actions/{action}/edit", &[], &[]),
    ("/wards/{code}/priorities/{id}/actions/{action}/report", &[], REPORT_FORM),
    ("/priorities/moderation", &[], &[]),
    ("/priorities/{id}/support/{supporter}/{expires}/{sig}", &[], &[]),
    ("/actions", &["ward", "owner", "status", "due_from", "due_to", "overdue", "page"], &[]),
    ("/teams/{kind}/{area}", &[], &["organisation", "new_organisation", "kind", "name", "email", "phone", "role"]),
    ("/teams/{kind}/{area}/members/{id}", &[], &["action", "link"]),
    ("/partner/{id}/{expires}/{sig}", &[], &[]),
    ("/partner/{id}/{expires}/{sig}/actions/{action}", &[], REPORT_FORM),
    ("/stakeholders", &["ward", "kind"], &[]),
    ("/stakeholders/{file}", &["ward", "kind"], &[]),
    ("/stakeholders/organisations", &[], &["id", "name", "kind", "ward", "description", "website", "version"]),
    ("/stakeholders/organisations/new", &[], &[]),
    ("/stakeholders/organisations/{id}", &[], &[]),
    ("/stakeholders/partnerships", &[], &["org_a", "org_b", "kind", "started", "ended", "note"]),
    ("/stakeholders/partnerships/{id}/delete", &[], &["back"]),
    ("/sign-in", &["next"], &["email", "password", "next"]),
    ("/sign-in/oidc", &["next"], &[]),
    ("/sign-in/oidc/callback", &["code", "state"], &[]),
    ("/sign-in/code", &["next"], &["code", "next"]),
    ("/sign-in/set-up", &["next"], &["code", "next"]),
    ("/sign-out", &[], &[]),
    ("/language", &["to", "next"], &[]),
    ("/admin", &[], &[]),
    ("/home", &[], &[]),
    ("/home/calendars", &[], &[]),
    ("/account/notifications", &[], &["case_news", "breach_escalation"]),
    ("/home/calendars/{id}/revoke", &[], &[]),
    ("/calendars/{id}/{file}", &[], &[]),
    ("/wards/{code}/priorities.atom", &[], &[]),
    ("/wards/{code}/directory.atom", &[], &[]),
    ("/api", &[], &[]),
    ("/api/openapi.json", &[], &[]),
    ("/admin/users", &[], &[]),
    ("/admin/users/new", &[], &["name", "email", "password"]),
    ("/admin/users/{id}", &[], &["name", "email", "disabled"]),
    ("/admin/users/{id}/roles", &[], &["role", "scope_kind", "ward", "neighbourhood", "organisation"]),
    ("/admin/users/{id}/roles/{assignment}/remove", &[], &[]),
    ("/admin/users/{id}/two-factor/reset", &[], &[]),
    ("/admin/users/{id}/identity", &[], &["subject"]),
    ("/admin/people", &[], &[]),
    ("/admin/people/new", &[], PERSON_FORM),
    ("/admin/people/{id}", &[], PERSON_FORM),
    ("/admin/people/{id}/remove", &[], &[]),
    ("/admin/audit", &[], &[]),
    ("/accessibility", &[], &[]),
    ("/privacy", &[], &[]),
    ("/data", &[], &[]),
    ("/health/live", &[], &[]),
    ("/health/ready", &[], &[]),
    ("/metrics", &[], &[]),
    ("/favicon.ico", &[], &[]),
    ("/assets/{file}", &[], &[]),
    ("/api/places/postcodes/{postcode}", &[], &[]),
    ("/api/places/locate", &["lat", "lng"], &[]),
    ("/api/places/wards", &["generation"], &[]),
    ("/api/places/wards/{code}", &["format"], &[]),
    ("/api/oruk", &[], &[]),
    ("/api/oruk/", &[], &[]),
    ("/api/oruk/services", SERVICE_SEARCH, &[]),
    ("/api/oruk/service_at_locations", SERVICE_SEARCH, &[]),
    ("/api/oruk/services/{id}", &[], &[]),
    ("/api/oruk/service_at_locations/{id}", &[], &[]),
    ("/api/oruk/organizations", &["page", "per_page", "search", "full", "full_service", "format"], &[]),
    ("/api/oruk/organizations/{id}", &["full_service"], &[]),
    ("/api/oruk/taxonomies", &["page", "per_page", "search", "format"], &[]),
    ("/api/oruk/taxonomies/{id}", &[], &[]),
    (
        "/api/oruk/taxonomy_terms",
        &["page", "per_page", "taxonomy_id", "parent_id", "top_only", "search", "format"],
        &[],
    ),
    ("/api/oruk/taxonomy_terms/{id}", &[], &[]),
    (
        "/open311/v2/{file}",
        &["service_request_id", "service_code", "start_date", "end_date", "status", "jurisdiction_id"],
        &[
            "api_key",
            "jurisdiction_id",
            "service_code",
            "attribute[what]",
            "update_id",
            "service_request_id",
            "updated_datetime",
            "status",
            "lat",
            "long",
            "address_string",
            "address_id",
            "email",
            "device_id",
            "account_id",
            "first_name",
            "last_name",
            "phone",
            "description",
            "media_url",
        ],
    ),
    ("/open311/v2/requests/{file}", &[], &[]),
    ("/open311/v2/services/{file}", &[], &[]),
];

const SERVICE_FORM: &[&str] = &[
    "name",
    "description",
    "eligibility",
    "status",
    "location",
    "venue_name",
    "venue_address",
    "venue_postcode",
    "access",
    "need",
    "days",
    "opens",
    "closes",
    "every_weeks",
    "not_on_bank_holidays",
    "schedule_note",
    "cost",
    "cost_description",
    "languages",
    "minimum_age",
    "maximum_age",
    "phone",
    "email",
    "website",
    "written_language",
    "written_name",
    "written_description",
    "version",
];

const SERVICE_SEARCH: &[&str] = &[
    "page",
    "per_page",
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "minimum_age",
    "maximum_age",
    "day",
    "start_time",
    "end_time",
    "modified_after",
    "postcode",
    "proximity",
    "minimal",
    "full",
    "format",
];

const REPORT_FORM: &[&str] = &["status", "progress", "note", "links", "reason", "version"];
const PERSON_FORM: &[&str] = &["name", "office", "affiliation", "email", "phone", "wards"];

/// A value for a parameter that its route would take, so that a hostile value in one parameter meets valid ones
/// in the others and reaches the deepest parsing (a distance, say, is only measured from a known postcode).
fn valid(name: &str, f: &Fixture) -> String {
    let value = match name {
        "postcode" | "venue_postcode" | "resident_postcode" => "B1 1BA".to_owned(),
        "within" => "1".into(),
        "proximity" => "1000".into(),
        "page" | "version" | "every_weeks" | "weight" => "1".into(),
        "per_page" => "10".into(),
        "ward" | "area" => LADYWOOD.into(),
        "q" | "search" => "lunch".into(),
        "need" | "taxonomy_term_id" | "needs" => f.food.to_string(),
        "taxonomy_id" => f.taxonomy.to_string(),
        "organization_id" | "organisation" | "org_a" | "org_b" => f.organisation.to_string(),
        "service" | "service_id" | "ids" => f.lunch_club.to_string(),
        "age" | "minimum_age" => "30".into(),
        "maximum_age" => "90".into(),
        "day" | "days" => "monday".into(),
        "start_time" | "opens" | "starts" => "09:00".into(),
        "end_time" | "closes" | "ends" => "17:00".into(),
        "modified_after" | "started" | "due_from" => "2026-01-01".into(),
        "start_date" => "2026-01-01T00:00:00Z".into(),
        "end_date" => "2026-12-31T00:00:00Z".into(),
        "date" | "due" | "extend_to" | "next_update" | "ended" | "due_to" => "2026-04-01".into(),
        "lat" | "latitude" => "52.48".into(),
        "lng" | "long" | "longitude" => "-1.9".into(),
        "email" | "to" | "resident_email" | "owner_email" => "someone@example.org".into(),
        "website" | "online_url" | "link" | "links" | "media_url" => "https://example.org/".into(),
        "next" | "back" => "/".into(),
        "progress" | "target_percent" | "capacity" => "50".into(),
        "format" => "json".into(),
        "minimal" | "full" | "full_service" | "top_only" => "false".into(),
        "language" | "languages" | "lang" => "en".into(),
        "access" => "step-free".into(),
        "view" => "map".into(),
        "parent_id" => f.food.to_string(),
        "service_request_id" => "1".into(),
        "status" => "open".into(),
        "free" | "open_now" => "yes".into(),
        _ => "Words".into(),
    };
    encode(&value)
}

/// A value for a segment of a path that leads somewhere real where the fixture has something there.
fn valid_segment(path: &str, name: &str, f: &Fixture, case: &str) -> String {
    let id = |id: uuid::Uuid| id.to_string();
    match name {
        "code" if path.starts_with("/open311") => "1.json".into(),
        "code" => LADYWOOD.into(),
        "area" => LADYWOOD.into(),
        "kind" => "ward".into(),
        "org" => id(f.organisation),
        "postcode" => "B1%201BA".into(),
        "reference" => case.to_owned(),
        "expires" | "checked" => "4102444800".into(),
        "sig" => "00".into(),
        "file" if path.starts_with("/open311/v2/services") => "x.json".into(),
        "file" if path.starts_with("/open311/v2/requests") => "1.json".into(),
        "file" if path.starts_with("/open311") => "requests.json".into(),
        "file" if path.starts_with("/assets") => {
            kith_web::shipped_asset_names().first().map(|s| s.to_string()).unwrap_or_default()
        }
        "file" if path.starts_with("/stakeholders") => "stakeholders.csv".into(),
        "file" if path.starts_with("/intelligence") => "wards.csv".into(),
        "file" if path.starts_with("/community-assets") => "register.csv".into(),
        "key" if path.starts_with("/translations") => "finder-heading".into(),
        "key" => "population".into(),
        "language" => "ur".into(),
        "file" if path.starts_with("/translations") => "main.ftl".into(),
        "file" if path.starts_with("/calendars") => format!("{}.ics", "0".repeat(32)),
        "what" => "nominate".into(),
        "file" => "agreements.csv".into(),
        "id" if path.starts_with("/directory/services") || path.starts_with("/api/oruk/services") => id(f.lunch_club),
        "id" if path.starts_with("/api/oruk/organizations") => id(f.organisation),
        "id" if path.starts_with("/api/oruk/taxonomies") => id(f.taxonomy),
        "id" if path.starts_with("/api/oruk/taxonomy_terms") => id(f.food),
        "service" => id(f.lunch_club),
        _ => id(uuid::Uuid::new_v4()),
    }
}

/// The names of a path's segments in braces, in order.
fn segments(path: &str) -> Vec<&str> {
    path.split('/').filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}'))).collect()
}

/// The path with a valid value in each segment (see `valid_segment`).
fn valid_path(path: &str, f: &Fixture, case: &str) -> String {
    let values: Vec<String> = segments(path).iter().map(|n| valid_segment(path, n, f, case)).collect();
    fill(path, &values)
}

/// A valid value for each of these parameters, as a query string or form body.
fn valid_pairs(names: &[&str], f: &Fixture) -> String {
    names.iter().map(|n| format!("{n}={}", valid(n, f))).collect::<Vec<_>>().join("&")
}

fn fill(path: &str, values: &[String]) -> String {
    let mut filled = String::new();
    let mut values = values.iter();
    for (i, part) in path.split('/').enumerate() {
        if i > 0 {
            filled.push('/');
        }
        if part.starts_with('{') {
            filled.push_str(values.next().map(String::as_str).unwrap_or_default());
        } else {
            filled.push_str(part);
        }
    }
    filled
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Method {
    Get,
    Post,
}

/// One request of the sweep: a method, a path (filled and encoded) and the parameters as encoded pairs.
struct Probe {
    /// What is hostile in it, for the report.
    subject: String,
    method: Method,
    path: String,
    pairs: String,
}

/// Every request of the sweep for one route.
fn probes(
    path: &str,
    get: &[&str],
    post: &[&str],
    f: &Fixture,
    case: &str,
    values: &[String],
    csrf: &str,
) -> Vec<Probe> {
    let names = segments(path);
    let baseline: Vec<String> = names.iter().map(|n| valid_segment(path, n, f, case)).collect();
    let mut probes = Vec::new();
    let token = format!("csrf_token={csrf}");
    let form = |pairs: String| if pairs.is_empty() { token.clone() } else { format!("{token}&{pairs}") };
    for method in [Method::Get, Method::Post] {
        let (own, with_token): (&[&str], bool) = match method {
            Method::Get => (get, false),
            Method::Post => (post, true),
        };
        let wrap = |pairs: String| if with_token { form(pairs) } else { pairs };
        let with_hostile = |except: Option<&str>, hostile: &str| -> String {
            own.iter()
                .map(|n| format!("{n}={}", if Some(*n) == except { hostile.to_owned() } else { valid(n, f) }))
                .collect::<Vec<_>>()
                .join("&")
        };
        let filled = fill(path, &baseline);
        for value in values {
            // Each segment of the path in turn.
            for i in 0..names.len() {
                let mut segments = baseline.clone();
                segments[i] = value.clone();
                let subject = format!("{{{}}}={}", names[i], shown(value));
                probes.push(Probe {
                    subject,
                    method,
                    path: fill(path, &segments),
                    pairs: wrap(with_hostile(None, "")),
                });
            }
            // Each parameter in turn, the others valid.
            for name in own {
                let subject = format!("{name}={}", shown(value));
                probes.push(Probe {
                    subject,
                    method,
                    path: filled.clone(),
                    pairs: wrap(with_hostile(Some(name), value)),
                });
            }
            // Every parameter at once, and one it does not read (unless that makes an address longer than a client
            // sends: each parameter has had the longest value on its own).
            let all = own.iter().chain(&["unexpected"]).map(|n| format!("{n}={value}")).collect::<Vec<_>>().join("&");
            if method == Method::Post || all.len() <= 32_768 {
                let subject = format!("every parameter={}", shown(value));
                probes.push(Probe { subject, method, path: filled.clone(), pairs: wrap(all) });
            }
        }
    }
    probes
}

/// What went wrong with one probe, if anything.
async fn send(client: reqwest::Client, base: String, probe: Probe) -> Option<String> {
    let started = Instant::now();
    let request = match probe.method {
        Method::Get if probe.pairs.is_empty() => client.get(format!("{base}{}", probe.path)),
        Method::Get => client.get(format!("{base}{}?{}", probe.path, probe.pairs)),
        Method::Post => client
            .post(format!("{base}{}", probe.path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(probe.pairs.clone()),
    };
    let what = format!("{:?} {} with {}", probe.method, shown(&probe.path), probe.subject);
    match request.send().await {
        Err(e) => Some(format!("no answer ({}): {what}", e.without_url())),
        Ok(response) => {
            let status = response.status();
            let _ = response.bytes().await;
            let took = started.elapsed();
            if status.is_server_error() {
                Some(format!("{status}: {what}"))
            } else if took > SLOWEST {
                Some(format!("took {took:?}: {what}"))
            } else {
                None
            }
        }
    }
}

/// The database with the directory's and the cases' fixtures, an administrator and a case they raised, written
/// through the app on the system clock (as the served binary runs). The fixtures' ids and the case's reference lead
/// the sweep's valid values to real records.
async fn seeded(backend: Backend) -> (TestDb, Fixture, String) {
    let db = TestDb::fresh(backend).await;
    let store = kith_store::connect(&db.url).await.expect("the test database opens");
    let app =
        App::start(store.clone().into(), Arc::new(SystemClock), Settings::default()).await.expect("the app starts");
    let fixture = kith_testkit::directory::fixture(&app).await;
    kith_testkit::cases::fixture(&app, store.as_ref()).await;
    let form = NewUserForm { name: "Ada".into(), email: "ada@example.org".into(), password: PASSWORD.into() };
    let ada = accounts::create_user_from_command_line(&app, &form, "administrator", Scope::City)
        .await
        .expect("an administrator");
    let principal = accounts::principal_of(&app, ada).await.unwrap().expect("her principal");
    let case = kith_app::cases::CaseForm {
        kind: "member_enquiry".into(),
        category: "waste".into(),
        summary: "Bins not collected for three weeks".into(),
        postcode: "B1 1BA".into(),
        resident_name: "Grace Okafor".into(),
        preferred_contact: "phone".into(),
        resident_phone: "0121 496 0000".into(),
        ..Default::default()
    };
    let reference =
        kith_app::cases::raise(&app, &principal, &principal.actor(None), &case).await.expect("a case is raised");
    app.close().await;
    (db, fixture, reference)
}

async fn sign_in_as_administrator(base: &str) -> (reqwest::Client, String) {
    // A new connection for every request: a server may close a kept-alive connection after refusing a request
    // whose body it did not read, and a request sent on it at that moment would fail for that alone.
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(SLOWEST * 2)
        .build()
        .unwrap();
    let page = client.get(format!("{base}/sign-in")).send().await.unwrap().text().await.unwrap();
    let token = kith_testkit::html::csrf_token(&page);
    let response = client
        .post(format!("{base}/sign-in"))
        .form(&[("csrf_token", token.as_str()), ("email", "ada@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303, "the administrator signs in");
    let page = client.get(format!("{base}/admin")).send().await.unwrap().text().await.unwrap();
    (client, kith_testkit::html::csrf_token(&page))
}

#[test]
fn every_route_lists_the_parameters_it_reads() {
    let routed: BTreeSet<String> = kith_web::route_paths().into_iter().collect();
    let listed: BTreeSet<String> = PARAMETERS.iter().map(|(path, _, _)| (*path).to_owned()).collect();
    assert_eq!(
        routed.difference(&listed).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "routes the hostile-input test does not know the parameters of"
    );
    assert_eq!(listed.difference(&routed).collect::<Vec<_>>(), Vec::<&String>::new(), "listed but not routed");
}

/// Sweeps the real binary, `kith serve`, in a process of its own: a request that never finishes cannot stop the
/// test from reporting it, and the process is killed at the end whatever state it is in.
#[tokio::test]
async fn no_route_answers_extreme_values_with_a_server_error_or_slowly_and_the_service_stays_live() {
    on_every_backend(|backend| async move {
        let (db, fixture, reference) = seeded(backend).await;
        // Limits high enough that every probe reaches the parsing behind them (the limits have tests of their own).
        let limits = [("KITH_SIGN_IN_ATTEMPTS", "1000000"), ("KITH_PUBLIC_WRITES", "1000000"), ("KITH_LOG", "error")];
        let server = Server::start_with(&db.url, &["--no-worker"], None, &limits).await;
        let base = server.base.clone();
        let (client, csrf) = sign_in_as_administrator(&base).await;
        let values = hostile_values();
        let mut failures = Vec::new();
        let mut shallow = Vec::new();
        let mut sent = 0usize;
        let started = Instant::now();
        for path in kith_web::route_paths() {
            let Some((_, get, post)) = PARAMETERS.iter().find(|(p, _, _)| *p == path) else { continue };
            // Signing out would leave the rest of the sweep outside the staff routes.
            if path == "/sign-out" {
                continue;
            }
            // A service that has stopped answering would make every later probe wait its whole timeout.
            if failures.len() >= ENOUGH_FAILURES {
                break;
            }
            // How deep the valid values reach: a route whose valid request is refused only shows how its
            // parameters are checked, not what they do. Listed, for whoever improves the values.
            let (filled, pairs) = (valid_path(&path, &fixture, &reference), valid_pairs(get, &fixture));
            let status = client.get(format!("{base}{filled}?{pairs}")).send().await.map(|r| r.status());
            if !status.as_ref().is_ok_and(|s| s.is_success() || s.is_redirection() || *s == 405) {
                shallow.push(format!("{path}: {status:?}"));
            }
            let mut running = tokio::task::JoinSet::new();
            for probe in probes(&path, get, post, &fixture, &reference, &values, &csrf) {
                if running.len() >= AT_ONCE
                    && let Some(Ok(Some(failure))) = running.join_next().await
                {
                    failures.push(failure);
                }
                if failures.len() >= ENOUGH_FAILURES {
                    break;
                }
                sent += 1;
                running.spawn(send(client.clone(), base.clone(), probe));
            }
            while let Some(result) = running.join_next().await {
                if let Ok(Some(failure)) = result {
                    failures.push(failure);
                }
            }
        }
        eprintln!("{backend:?}: {sent} hostile requests in {:.1} s", started.elapsed().as_secs_f64());
        eprintln!(
            "routes whose valid GET is refused (their parameters are checked, not used):\n{}",
            shallow.join("\n")
        );
        let live = Instant::now();
        let answer = client.get(format!("{base}/health/live")).send().await;
        if !answer.is_ok_and(|a| a.status().is_success()) || live.elapsed() > Duration::from_secs(1) {
            failures.push(format!("/health/live did not answer at once afterwards ({:?})", live.elapsed()));
        }
        assert!(failures.is_empty(), "{} of {sent} failed:\n{}", failures.len(), failures.join("\n"));
        drop(server);
    })
    .await;
}

#[tokio::test]
async fn a_form_body_over_64_kib_is_refused_before_it_is_read() {
    let kith = kith_testkit::TestApp::start(Backend::Sqlite).await;
    let client = kith.client();
    let page = client.get(kith.url("/sign-in")).send().await.unwrap().text().await.unwrap();
    let token = kith_testkit::html::csrf_token(&page);
    let sign_in = |email: String| {
        client.post(kith.url("/sign-in")).form(&[
            ("csrf_token", token.clone()),
            ("email", email),
            ("password", "x".into()),
        ])
    };
    let small = sign_in("someone@example.org".into()).send().await.unwrap();
    assert_eq!(small.status().as_u16(), 422, "a small form is read (and the sign-in refused)");
    let large = sign_in("x".repeat(kith_web::FORM_BODY_LIMIT)).send().await.unwrap();
    assert_eq!(large.status().as_u16(), 400);
    kith.stop().await;
}

/// Kith with small limits on public writes, so a test reaches them in a few requests.
async fn with_small_limits() -> kith_testkit::TestApp {
    let web = kith_web::WebSettings {
        public_writes: 2,
        emails_per_address: 1,
        open311_posts: 2,
        ..kith_web::WebSettings::default()
    };
    kith_testkit::TestApp::start_with(Backend::Sqlite, Settings::default(), web).await
}

#[tokio::test]
async fn proposals_from_one_address_past_its_limit_are_refused_until_the_window_passes() {
    let kith = with_small_limits().await;
    let resident = kith.client();
    let propose = format!("/wards/{LADYWOOD}/priorities/propose");
    let proposal = [("title", "Better lighting on the canal path"), ("description", "It is dark after 4pm")];
    let mut statuses = Vec::new();
    for _ in 0..3 {
        statuses.push(crate::cases::submit(&kith, &resident, &propose, &propose, &proposal).await.0);
    }
    assert_eq!(statuses, [200, 200, 429]);
    assert_eq!(kith.store.priorities_of_ward(LADYWOOD).await.unwrap().len(), 2, "the refused one is not kept");
    kith.clock.advance(chrono::Duration::minutes(10));
    assert_eq!(crate::cases::submit(&kith, &resident, &propose, &propose, &proposal).await.0, 200);
    kith.stop().await;
}

#[tokio::test]
async fn asking_to_support_mails_one_address_no_more_than_its_limit() {
    let kith = with_small_limits().await;
    let resident = kith.client();
    let propose = format!("/wards/{LADYWOOD}/priorities/propose");
    let (_, page) = crate::cases::get(&kith, &resident, &propose).await;
    let opened = page.split("name=\"opened\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    kith.clock.advance(chrono::Duration::seconds(30));
    let proposal = [
        ("title", "Better lighting on the canal path"),
        ("description", "It is dark after 4pm"),
        ("name", "Rosa Park"),
        ("email", "rosa@example.org"),
        ("opened", opened.as_str()),
    ];
    let (status, _, html) = crate::cases::submit(&kith, &resident, &propose, &propose, &proposal).await;
    assert!(status == 200 && html.contains("now on the ward"), "published");
    let priority = kith.store.priorities_of_ward(LADYWOOD).await.unwrap().remove(0);
    let priority_page = format!("/wards/{LADYWOOD}/priorities/{}", priority.id);
    let support = format!("{priority_page}/support");
    let ask = || crate::cases::submit(&kith, &resident, &priority_page, &support, &[("email", "ada@example.org")]);
    assert_eq!(ask().await.0, 200);
    assert_eq!(ask().await.0, 429);
    assert_eq!(kith.store.emails_to("ada@example.org").await.unwrap().len(), 1, "one email, not two");
    kith.stop().await;
}

#[tokio::test]
async fn open311_reports_with_one_key_past_its_limit_are_refused_with_a_429() {
    let kith = with_small_limits().await;
    let client = reqwest::Client::new();
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let response = client
            .post(kith.url("/open311/v2/requests.json"))
            .form(&[("api_key", "a-key-of-a-client"), ("service_code", "fly_tipping")])
            .send()
            .await
            .unwrap();
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [403, 403, 429], "counted before the key is even checked");
    kith.stop().await;
}

/// Every state change by a form must carry the form's CSRF token: each route a POST reaches is sent one without it,
/// by a signed-in administrator (whose cookies a forged form would carry), and none may be carried out.
#[tokio::test]
async fn no_post_is_carried_out_without_its_forms_csrf_token() {
    let kith = kith_testkit::TestApp::start(Backend::Sqlite).await;
    let fixture = kith_testkit::directory::fixture(&kith.app).await;
    // No case here: a reference that names none.
    let reference = String::from("ENQ-1");
    kith.add_user("ada@example.org", PASSWORD, "administrator", kith_core::accounts::Scope::City).await;
    let client = kith.client();
    kith.sign_in(&client, "ada@example.org", PASSWORD).await;
    let mut carried_out = Vec::new();
    for path in kith_web::route_paths() {
        // Open311 clients post with a key, not a form of ours, and sign-in's second steps and the provider's return
        // have their own signed tokens; every other POST is a form.
        if path.starts_with("/open311/") || path.starts_with("/sign-in/oidc") {
            continue;
        }
        let post = PARAMETERS.iter().find(|(p, _, _)| *p == path).map(|(_, _, post)| *post).unwrap_or_default();
        let body = valid_pairs(post, &fixture);
        let response = client
            .post(kith.url(&valid_path(&path, &fixture, &reference)))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        let status = response.status();
        // Refused as an expired form (400), or not a route that takes a POST (405), or not signed in (303 to sign in).
        let refused = status == 400
            || status == 405
            || (status == 303 && response.headers()["location"].to_str().unwrap().starts_with("/sign-in"));
        if !refused {
            carried_out.push(format!("{path}: {status}"));
        }
    }
    assert!(carried_out.is_empty(), "carried out without a CSRF token:\n{}", carried_out.join("\n"));
    kith.stop().await;
}

/// Whether a response sends the visitor to sign in.
fn to_sign_in(response: &reqwest::Response) -> bool {
    response.status() == 303
        && response.headers().get("location").and_then(|l| l.to_str().ok()).is_some_and(|l| l.starts_with("/sign-in"))
}

/// An account whose roles give it nothing may reach nothing an anonymous visitor may not: wherever a visitor is sent
/// to sign in, such an account is refused, on every route the router has, by GET and by a POST carrying its form's
/// CSRF token. (So every staff route checks a permission, not merely that someone is signed in.)
#[tokio::test]
async fn an_account_without_permissions_reaches_nothing_a_visitor_is_sent_to_sign_in_for() {
    let kith = kith_testkit::TestApp::start(Backend::Sqlite).await;
    let fixture = kith_testkit::directory::fixture(&kith.app).await;
    let reference = String::from("ENQ-1");
    kith.add_user("vol@example.org", PASSWORD, "volunteer", kith_core::accounts::Scope::City).await;
    let (visitor, volunteer) = (kith.client(), kith.client());
    kith.sign_in(&volunteer, "vol@example.org", PASSWORD).await;
    let token =
        |html: &str| html.split("name=\"csrf_token\" value=\"").nth(1).map(|t| t.split('"').next().unwrap().to_owned());
    let visitor_token = token(&visitor.get(kith.url("/sign-in")).send().await.unwrap().text().await.unwrap()).unwrap();
    let volunteer_token = token(&volunteer.get(kith.url("/")).send().await.unwrap().text().await.unwrap()).unwrap();
    let mut reached = Vec::new();
    for path in kith_web::route_paths() {
        // Signing out ends the test's session; `/admin` and `/home` are a signed-in person's own pages (their roles
        // and their work, as their permissions give: none for this account).
        if path == "/sign-out" || path == "/admin" || path == "/home" {
            continue;
        }
        let url = kith.url(&valid_path(&path, &fixture, &reference));
        let (get, post) =
            PARAMETERS.iter().find(|(p, _, _)| *p == path).map(|(_, get, post)| (*get, *post)).unwrap_or_default();
        let (query, form) = (valid_pairs(get, &fixture), valid_pairs(post, &fixture));
        let as_visitor = visitor.get(format!("{url}?{query}")).send().await.unwrap();
        let as_volunteer = volunteer.get(format!("{url}?{query}")).send().await.unwrap();
        let refused = |r: &reqwest::Response, codes: &[u16]| to_sign_in(r) || codes.contains(&r.status().as_u16());
        if to_sign_in(&as_visitor) && !refused(&as_volunteer, &[403, 404]) {
            reached.push(format!("GET {path}: {}", as_volunteer.status()));
        }
        let post_as = |client: &reqwest::Client, token: &str| {
            client
                .post(url.clone())
                .header("content-type", "application/x-www-form-urlencoded")
                .body(format!("csrf_token={token}&{form}"))
                .send()
        };
        let as_visitor = post_as(&visitor, &visitor_token).await.unwrap();
        let as_volunteer = post_as(&volunteer, &volunteer_token).await.unwrap();
        if to_sign_in(&as_visitor) && !refused(&as_volunteer, &[400, 403, 404, 405, 422, 429]) {
            reached.push(format!("POST {path}: {}", as_volunteer.status()));
        }
    }
    assert!(reached.is_empty(), "reached without a permission:\n{}", reached.join("\n"));
    kith.stop().await;
}

#[tokio::test]
async fn a_client_that_sends_its_headers_too_slowly_is_disconnected() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let web = kith_web::WebSettings {
        header_read_timeout: std::time::Duration::from_secs(1),
        ..kith_web::WebSettings::default()
    };
    let kith = kith_testkit::TestApp::start_with(Backend::Sqlite, Settings::default(), web).await;
    let mut slow = tokio::net::TcpStream::connect(kith.address).await.unwrap();
    // The start of a request, and then nothing more: one byte at a time, a client could hold a connection for ever.
    slow.write_all(b"GET / HTTP/1.1\r\nHost: kith\r\nX-Slow: ").await.unwrap();
    let started = Instant::now();
    let mut answer = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(10), slow.read_to_end(&mut answer)).await;
    assert!(closed.is_ok(), "the connection is closed, not held");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "within a few seconds of the deadline: {:?}",
        started.elapsed()
    );
    let live = reqwest::get(kith.url("/health/live")).await.unwrap();
    assert!(live.status().is_success(), "and everyone else is still served");
    kith.stop().await;
}
