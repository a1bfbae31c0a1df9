//! `/api/oruk/`: the Open Referral UK 3.0 API, to the standard: the root with its `version`, paged lists in the
//! `Page` envelope, detail records, `format=ndjson`, CORS for everyone and no key. Answered from the directory's
//! read model, so it never waits on the database. A bad parameter is a 400 whose code names it.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use kith_app::directory::search;
use kith_core::directory::Schedule;
use kith_core::places::{Postcode, Radius};
use kith_search::{DirectoryIndex, Query};
use kith_standards::oruk;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::AppState;
use crate::codes;
use crate::errors::ApiError;
use crate::routes::Routes;
use crate::words::Words;

use super::openapi::{Operation, Parameter};

const DEFAULT_PER_PAGE: usize = 50;
const MAX_PER_PAGE: usize = 1_000;

/// The query string, read by hand so each bad parameter gets its own message.
struct Params(HashMap<String, String>);

fn bad(code: codes::Code, message: impl Into<String>) -> ApiError {
    ApiError::new(code, message)
}

fn truthy(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Some(true),
        "false" | "0" | "no" | "" => Some(false),
        _ => None,
    }
}

impl Params {
    fn parse(raw: Option<&str>) -> Self {
        Self(url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes()).into_owned().collect())
    }

    fn text(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(|s| s.trim()).filter(|s| !s.is_empty())
    }

    fn flag(&self, name: &str, code: codes::Code) -> Result<bool, ApiError> {
        match self.0.get(name) {
            None => Ok(false),
            Some(v) => truthy(v.trim()).ok_or_else(|| bad(code, format!("{name} must be true or false, not {v:?}"))),
        }
    }

    fn uuid(&self, name: &str, code: codes::Code) -> Result<Option<Uuid>, ApiError> {
        self.text(name)
            .map(|v| {
                Uuid::parse_str(v).map_err(|_| {
                    bad(code, format!("{name} must be a UUID, like 3f7b145d-84af-42d7-8fae-eaca714b02b2, not {v:?}"))
                })
            })
            .transpose()
    }

    fn whole(&self, name: &str, code: codes::Code, min: usize, max: usize) -> Result<Option<usize>, ApiError> {
        self.text(name)
            .map(|v| {
                v.parse::<usize>()
                    .ok()
                    .filter(|n| (min..=max).contains(n))
                    .ok_or_else(|| bad(code, format!("{name} must be a whole number from {min} to {max}, not {v:?}")))
            })
            .transpose()
    }

    fn paging(&self) -> Result<(usize, usize), ApiError> {
        let page = self.whole("page", codes::INVALID_PAGE, 1, 1_000_000)?.unwrap_or(1);
        let per_page = self.whole("per_page", codes::INVALID_PER_PAGE, 1, MAX_PER_PAGE)?.unwrap_or(DEFAULT_PER_PAGE);
        Ok((page, per_page))
    }

    fn time(&self, name: &str, code: codes::Code) -> Result<Option<NaiveTime>, ApiError> {
        self.text(name)
            .map(|v| {
                NaiveTime::parse_from_str(v, "%H:%M")
                    .or_else(|_| NaiveTime::parse_from_str(v, "%H:%M:%S"))
                    .map_err(|_| bad(code, format!("{name} must be a time like 09:30, not {v:?}")))
            })
            .transpose()
    }

    /// The words to search for: at most `MAX_QUERY_CHARS` characters.
    fn search(&self) -> Result<Option<&str>, ApiError> {
        match self.text("search") {
            Some(text) if text.chars().nth(kith_search::MAX_QUERY_CHARS).is_some() => Err(bad(
                codes::INVALID_SEARCH,
                format!("search must be at most {} characters", kith_search::MAX_QUERY_CHARS),
            )),
            text => Ok(text),
        }
    }

    fn ndjson(&self) -> Result<bool, ApiError> {
        match self.text("format") {
            None | Some("json") => Ok(false),
            Some("ndjson") => Ok(true),
            Some(other) => Err(bad(codes::INVALID_FORMAT, format!("format must be json or ndjson, not {other:?}"))),
        }
    }
}

/// The services filters the standard defines, plus `postcode` and `proximity` (documented as an extension on
/// `/services`: a service matches when one of its locations is that close, or its service area covers the postcode).
fn service_query(state: &AppState, p: &Params) -> Result<Query, ApiError> {
    let (page, per_page) = p.paging()?;
    let mut q = Query {
        text: p.search()?.unwrap_or_default().to_owned(),
        page,
        per_page,
        now: state.app.now(),
        ..Query::default()
    };
    if let Some(term) = p.uuid("taxonomy_term_id", codes::INVALID_TAXONOMY_TERM_ID)? {
        q.terms = vec![term];
    }
    q.taxonomy = p.uuid("taxonomy_id", codes::INVALID_TAXONOMY_ID)?;
    q.organisation = p.uuid("organization_id", codes::INVALID_ORGANIZATION_ID)?;
    q.minimum_age = p.whole("minimum_age", codes::INVALID_MINIMUM_AGE, 0, 130)?.map(|n| n as u8);
    q.maximum_age = p.whole("maximum_age", codes::INVALID_MAXIMUM_AGE, 0, 130)?.map(|n| n as u8);
    if let Some(days) = p.text("day") {
        // Each day once, so the list is at most seven long whatever is sent.
        for d in days.split(',') {
            let day = kith_core::directory::parse_weekday(d).ok_or_else(|| {
                bad(
                    codes::INVALID_DAY,
                    format!("day must be a day of the week like MO or monday (or several, with commas), not {d:?}"),
                )
            })?;
            if !q.days.contains(&day) {
                q.days.push(day);
            }
        }
    }
    q.from_time = p.time("start_time", codes::INVALID_START_TIME)?;
    q.to_time = p.time("end_time", codes::INVALID_END_TIME)?;
    if let Some(text) = p.text("modified_after") {
        let at = DateTime::parse_from_rfc3339(text)
            .map(|t| t.to_utc())
            .or_else(|_| NaiveDate::parse_from_str(text, "%Y-%m-%d").map(|d| d.and_time(NaiveTime::MIN).and_utc()))
            .map_err(|_| {
                bad(
                    codes::INVALID_MODIFIED_AFTER,
                    format!("modified_after must be a date or date-time like 2026-03-01T09:00:00Z, not {text:?}"),
                )
            })?;
        q.modified_after = Some(at);
    }
    let proximity = p
        .text("proximity")
        .map(|v| {
            v.parse::<f64>().ok().and_then(Radius::metres).ok_or_else(|| {
                bad(
                    codes::INVALID_PROXIMITY,
                    format!("proximity must be a distance in metres from 0 to {}, not {v:?}", Radius::MAX_M),
                )
            })
        })
        .transpose()?;
    match (p.text("postcode"), proximity) {
        (Some(text), proximity) => {
            let postcode = Postcode::parse(text).map_err(|_| {
                bad(codes::INVALID_POSTCODE, format!("postcode must be a UK postcode like B15 2TT, not {text:?}"))
            })?;
            let near = search::near(&state.app, &postcode, proximity).map_err(|_| {
                bad(codes::UNKNOWN_POSTCODE, format!("postcode {postcode} is not one we know: check it"))
            })?;
            if proximity.is_none() {
                // A postcode alone asks which services cover it: those in its ward or serving it.
                q.ward = near.ward.clone();
            }
            q.near = Some(near);
        }
        (None, Some(_)) => {
            return Err(bad(codes::MISSING_POSTCODE, "proximity needs a postcode to measure from"));
        }
        (None, None) => {}
    }
    Ok(q)
}

fn json_response(value: &impl serde::Serialize) -> Response {
    Json(value).into_response()
}

fn ndjson_response(lines: impl Iterator<Item = Value>) -> Response {
    let mut body = String::new();
    for line in lines {
        body.push_str(&line.to_string());
        body.push('\n');
    }
    ([(header::CONTENT_TYPE, "application/x-ndjson")], body).into_response()
}

fn describe_in_english(state: &AppState) -> impl Fn(&Schedule) -> String + '_ {
    move |s: &Schedule| Words { catalogues: &state.catalogues, language: "en" }.schedule(s)
}

pub(super) async fn root() -> Response {
    json_response(&json!({
        "version": oruk::VERSION,
        "profile": oruk::PROFILE,
        "openapi_url": oruk::OPENAPI_URL,
    }))
}

async fn services(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(raw.as_deref());
    let mut q = service_query(&state, &p)?;
    let (minimal, full, ndjson) =
        (p.flag("minimal", codes::INVALID_MINIMAL)?, p.flag("full", codes::INVALID_FULL)?, p.ndjson()?);
    let describe = describe_in_english(&state);
    if ndjson {
        q.page = 1;
        q.per_page = usize::MAX;
    }
    let found = (ndjson || minimal || full).then(|| search::search(&state.app, &q));
    let index = state.app.directory.read();
    let item = |s: &kith_core::directory::Service, modified: DateTime<Utc>| {
        if minimal {
            oruk::service_minimal(s, modified)
        } else if full {
            oruk::service_full(s, modified, &index, &describe)
        } else {
            oruk::service_item(s, modified, &index)
        }
    };
    match found {
        Some(found) if ndjson => Ok(ndjson_response(found.hits.iter().map(|h| item(&h.service, h.modified)))),
        Some(found) => {
            let contents: Vec<Value> = found.hits.iter().map(|h| item(&h.service, h.modified)).collect();
            Ok(json_response(&oruk::Page::new(contents, found.total, q.page, q.per_page)))
        }
        None => {
            // The usual list: copied from the list items the read model keeps ready, without building values
            // first. The app's read model always keeps them (kith_app::directory::ReadModel).
            let page = index
                .listing_page(&q)
                .ok_or_else(|| ApiError::new(codes::INTERNAL, "The directory keeps no list items"))?;
            let body = oruk::list_page_of_parts(&page.items, page.total, q.page, q.per_page);
            Ok(([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response())
        }
    }
}

async fn service(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let id = Uuid::parse_str(&id).map_err(|_| bad(codes::INVALID_ID, format!("{id:?} is not a UUID")))?;
    let describe = describe_in_english(&state);
    let index = state.app.directory.read();
    let (s, modified) = visible(&state, &index, id)
        .ok_or_else(|| ApiError::new(codes::SERVICE_NOT_FOUND, "There is no service with that id"))?;
    Ok(json_response(&oruk::service_full(&s, modified, &index, &describe)))
}

/// A service the public may see: approved (it is in the index) and not expired.
fn visible(
    state: &AppState,
    index: &DirectoryIndex,
    id: Uuid,
) -> Option<(std::sync::Arc<kith_core::directory::Service>, DateTime<Utc>)> {
    index.service(id).filter(|(s, _)| {
        kith_core::directory::Freshness::of(s.checked_at, state.app.now()) != kith_core::directory::Freshness::Expired
    })
}

async fn service_at_locations(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(raw.as_deref());
    let mut q = service_query(&state, &p)?;
    let (full, ndjson) = (p.flag("full", codes::INVALID_FULL)?, p.ndjson()?);
    let (page, per_page) = (q.page, q.per_page);
    q.page = 1;
    q.per_page = usize::MAX;
    let describe = describe_in_english(&state);
    let found = search::search(&state.app, &q);
    let index = state.app.directory.read();
    let near = q.near.as_ref().and_then(|n| n.within_m.map(|m| (n.point, m.m())));
    let mut pairs = Vec::new();
    for h in &found.hits {
        for l in h.service.locations.iter().filter_map(|l| index.location(*l)) {
            let close = match (near, l.position) {
                (Some((point, within)), Some(at)) => point.distance_m(at) <= within,
                (Some(_), None) => false,
                (None, _) => true,
            };
            if close {
                pairs.push((h, l));
            }
        }
    }
    let item = |(h, l): &(&kith_search::Hit, std::sync::Arc<kith_core::directory::Location>)| {
        oruk::service_at_location(&h.service, h.modified, l, &index, full, &describe)
    };
    if ndjson {
        return Ok(ndjson_response(pairs.iter().map(item)));
    }
    let total = pairs.len();
    let contents: Vec<Value> =
        pairs.iter().skip((page - 1).saturating_mul(per_page)).take(per_page).map(item).collect();
    Ok(json_response(&oruk::Page::new(contents, total, page, per_page)))
}

async fn service_at_location(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let id = Uuid::parse_str(&id).map_err(|_| bad(codes::INVALID_ID, format!("{id:?} is not a UUID")))?;
    let describe = describe_in_english(&state);
    let index = state.app.directory.read();
    let (service_id, location_id) = index.service_at_location(id).ok_or_else(|| {
        ApiError::new(codes::SERVICE_AT_LOCATION_NOT_FOUND, "There is no service at location with that id")
    })?;
    let (s, modified) = visible(&state, &index, service_id).ok_or_else(|| {
        ApiError::new(codes::SERVICE_AT_LOCATION_NOT_FOUND, "There is no service at location with that id")
    })?;
    let l = index.location(location_id).ok_or_else(|| {
        ApiError::new(codes::SERVICE_AT_LOCATION_NOT_FOUND, "There is no service at location with that id")
    })?;
    Ok(json_response(&oruk::service_at_location(&s, modified, &l, &index, true, &describe)))
}

/// Whether a record's name or description holds the words searched for (any case), as a test made once per list.
fn search_filter(p: &Params) -> Result<impl Fn(&str, &str) -> bool, ApiError> {
    let search = p.search()?.map(str::to_lowercase);
    Ok(move |name: &str, description: &str| {
        search.as_deref().is_none_or(|s| name.to_lowercase().contains(s) || description.to_lowercase().contains(s))
    })
}

fn paged(p: &Params, items: Vec<Value>) -> Result<Response, ApiError> {
    if p.ndjson()? {
        return Ok(ndjson_response(items.into_iter()));
    }
    let (page, per_page) = p.paging()?;
    let total = items.len();
    let contents: Vec<Value> = items.into_iter().skip((page - 1).saturating_mul(per_page)).take(per_page).collect();
    Ok(json_response(&oruk::Page::new(contents, total, page, per_page)))
}

async fn organisations(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(raw.as_deref());
    p.paging()?;
    let (full, full_service) =
        (p.flag("full", codes::INVALID_FULL)?, p.flag("full_service", codes::INVALID_FULL_SERVICE)?);
    let matches = search_filter(&p)?;
    let describe = describe_in_english(&state);
    let index = state.app.directory.read();
    let items = index
        .organisations()
        .iter()
        .filter(|o| matches(&o.name, &o.description))
        .map(|o| {
            if full || full_service {
                oruk::organisation_full(o, &index, full_service, &describe)
            } else {
                oruk::organisation(o)
            }
        })
        .collect();
    paged(&p, items)
}

async fn organisation(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::parse(raw.as_deref());
    let id = Uuid::parse_str(&id).map_err(|_| bad(codes::INVALID_ID, format!("{id:?} is not a UUID")))?;
    let full_service = p.flag("full_service", codes::INVALID_FULL_SERVICE)?;
    let describe = describe_in_english(&state);
    let index = state.app.directory.read();
    let o = index
        .organisation(id)
        .ok_or_else(|| ApiError::new(codes::ORGANIZATION_NOT_FOUND, "There is no organization with that id"))?;
    Ok(json_response(&oruk::organisation_full(&o, &index, full_service, &describe)))
}

async fn taxonomies(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(raw.as_deref());
    p.paging()?;
    let matches = search_filter(&p)?;
    let index = state.app.directory.read();
    let items = index
        .taxonomies()
        .iter()
        .filter(|t| matches(&t.name, &t.description))
        .map(|t| oruk::taxonomy(t, &index, false))
        .collect();
    paged(&p, items)
}

async fn taxonomy(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let id = Uuid::parse_str(&id).map_err(|_| bad(codes::INVALID_ID, format!("{id:?} is not a UUID")))?;
    let index = state.app.directory.read();
    let t = index
        .taxonomy(id)
        .ok_or_else(|| ApiError::new(codes::TAXONOMY_NOT_FOUND, "There is no taxonomy with that id"))?;
    Ok(json_response(&oruk::taxonomy(&t, &index, true)))
}

async fn taxonomy_terms(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let p = Params::parse(raw.as_deref());
    p.paging()?;
    let taxonomy = p.uuid("taxonomy_id", codes::INVALID_TAXONOMY_ID)?;
    let parent = p.uuid("parent_id", codes::INVALID_PARENT_ID)?;
    let top_only = p.flag("top_only", codes::INVALID_TOP_ONLY)?;
    let matches = search_filter(&p)?;
    let index = state.app.directory.read();
    let items = index
        .terms()
        .iter()
        .filter(|t| taxonomy.is_none_or(|id| t.taxonomy_id == id))
        .filter(|t| parent.is_none_or(|id| t.parent_id == Some(id)))
        .filter(|t| !top_only || t.parent_id.is_none())
        .filter(|t| matches(&t.name, &t.description))
        .map(|t| oruk::term(t, &index))
        .collect();
    paged(&p, items)
}

async fn taxonomy_term(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let id = Uuid::parse_str(&id).map_err(|_| bad(codes::INVALID_ID, format!("{id:?} is not a UUID")))?;
    let index = state.app.directory.read();
    let t = index
        .term(id)
        .ok_or_else(|| ApiError::new(codes::TAXONOMY_TERM_NOT_FOUND, "There is no taxonomy term with that id"))?;
    Ok(json_response(&oruk::term(&t, &index)))
}

/// Everyone may read the open data from any site.
/// The routes above as OpenAPI operations. Their records are the standard's, which its own OpenAPI description
/// (in the official validator) checks; here each is an object, in the standard's `Page` envelope for the lists.
pub(super) fn operations() -> Vec<Operation> {
    let record = |what: &str| serde_json::json!({ "type": "object", "description": format!("{what}, as Open Referral UK 3.0 defines it") });
    let page = |what: &str| {
        serde_json::json!({
            "type": "object",
            "description": format!("A page of {what}: the standard's Page envelope"),
            "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
            "properties": {
                "total_items": { "type": "integer", "minimum": 0 },
                "total_pages": { "type": "integer", "minimum": 0 },
                "page_number": { "type": "integer", "minimum": 1 },
                "size": { "type": "integer", "minimum": 0 },
                "first_page": { "type": "boolean" },
                "last_page": { "type": "boolean" },
                "empty": { "type": "boolean" },
                "contents": { "type": "array", "items": { "type": "object" } },
            },
        })
    };
    let ndjson = || serde_json::json!({ "type": "string", "description": "One record per line (format=ndjson)" });
    let id = |what: &'static str| Parameter::path("id", what, Parameter::uuid());
    let paging = |op: Operation| {
        op.parameter(Parameter::query("page", "The page, from 1", Parameter::whole(1, 1_000_000), false))
            .parameter(Parameter::query(
                "per_page",
                "Records a page, 1 to 1,000 (default 50)",
                Parameter::whole(1, MAX_PER_PAGE as u64),
                false,
            ))
            .parameter(Parameter::query(
                "search",
                "Words to look for, at most 200 characters",
                Parameter::string(),
                false,
            ))
            .parameter(Parameter::query(
                "format",
                "json (the default) or ndjson",
                Parameter::one_of(&["json", "ndjson"]),
                false,
            ))
            .errors(&[codes::INVALID_PAGE, codes::INVALID_PER_PAGE, codes::INVALID_SEARCH, codes::INVALID_FORMAT])
    };
    let filters = |op: Operation| {
        paging(op)
            .parameter(Parameter::query("taxonomy_term_id", "Only services with this term", Parameter::uuid(), false))
            .parameter(Parameter::query(
                "taxonomy_id",
                "Only services with a term of this taxonomy",
                Parameter::uuid(),
                false,
            ))
            .parameter(Parameter::query(
                "organization_id",
                "Only this organisation's services",
                Parameter::uuid(),
                false,
            ))
            .parameter(Parameter::query(
                "minimum_age",
                "Only services for people this old or older",
                Parameter::whole(0, 130),
                false,
            ))
            .parameter(Parameter::query(
                "maximum_age",
                "Only services for people this old or younger",
                Parameter::whole(0, 130),
                false,
            ))
            .parameter(Parameter::query(
                "day",
                "Open on these days (MO, TU, ..., with commas)",
                Parameter::string(),
                false,
            ))
            .parameter(Parameter::query(
                "start_time",
                "Open from this time (09:30)",
                Parameter::pattern("^[0-9]{2}:[0-9]{2}$"),
                false,
            ))
            .parameter(Parameter::query(
                "end_time",
                "Open until this time (17:00)",
                Parameter::pattern("^[0-9]{2}:[0-9]{2}$"),
                false,
            ))
            .parameter(Parameter::query(
                "modified_after",
                "Changed after this date or date-time",
                Parameter::string(),
                false,
            ))
            .parameter(Parameter::query("postcode", "Near or covering this postcode", Parameter::string(), false))
            .parameter(Parameter::query(
                "proximity",
                "Within this many metres of the postcode, 0 to 50,000",
                Parameter::number(),
                false,
            ))
            .parameter(Parameter::query(
                "full",
                "Whole records rather than the list's lighter ones",
                Parameter::boolean(),
                false,
            ))
            .errors(&[
                codes::INVALID_TAXONOMY_TERM_ID,
                codes::INVALID_TAXONOMY_ID,
                codes::INVALID_ORGANIZATION_ID,
                codes::INVALID_MINIMUM_AGE,
                codes::INVALID_MAXIMUM_AGE,
                codes::INVALID_DAY,
                codes::INVALID_START_TIME,
                codes::INVALID_END_TIME,
                codes::INVALID_MODIFIED_AFTER,
                codes::INVALID_POSTCODE,
                codes::UNKNOWN_POSTCODE,
                codes::MISSING_POSTCODE,
                codes::INVALID_PROXIMITY,
                codes::INVALID_FULL,
            ])
    };
    let root = |path| {
        Operation::get(path, "oruk", "The feed's root: the standard's version and profile").also(
            "application/json",
            serde_json::json!({ "type": "object", "required": ["version"], "properties": { "version": { "type": "string" } } }),
        )
    };
    vec![
        root("/api/oruk"),
        root("/api/oruk/"),
        filters(Operation::get("/api/oruk/services", "oruk", "Services, filtered"))
            .parameter(Parameter::query("minimal", "The fewest fields", Parameter::boolean(), false))
            .errors(&[codes::INVALID_MINIMAL])
            .also("application/json", page("services"))
            .also("application/x-ndjson", ndjson()),
        Operation::get("/api/oruk/services/{id}", "oruk", "One service, whole")
            .parameter(id("The service's id"))
            .also("application/json", record("A service"))
            .errors(&[codes::INVALID_ID, codes::SERVICE_NOT_FOUND]),
        filters(Operation::get("/api/oruk/service_at_locations", "oruk", "Services at their locations, filtered"))
            .also("application/json", page("services at locations"))
            .also("application/x-ndjson", ndjson()),
        Operation::get("/api/oruk/service_at_locations/{id}", "oruk", "One service at one location")
            .parameter(id("The service at location's id"))
            .also("application/json", record("A service at a location"))
            .errors(&[codes::INVALID_ID, codes::SERVICE_AT_LOCATION_NOT_FOUND]),
        paging(Operation::get("/api/oruk/organizations", "oruk", "Organisations"))
            .parameter(Parameter::query("full", "Whole records", Parameter::boolean(), false))
            .parameter(Parameter::query("full_service", "With their services whole", Parameter::boolean(), false))
            .errors(&[codes::INVALID_FULL, codes::INVALID_FULL_SERVICE])
            .also("application/json", page("organisations"))
            .also("application/x-ndjson", ndjson()),
        Operation::get("/api/oruk/organizations/{id}", "oruk", "One organisation, with its services")
            .parameter(id("The organisation's id"))
            .parameter(Parameter::query("full_service", "With its services whole", Parameter::boolean(), false))
            .also("application/json", record("An organisation"))
            .errors(&[codes::INVALID_ID, codes::INVALID_FULL_SERVICE, codes::ORGANIZATION_NOT_FOUND]),
        paging(Operation::get("/api/oruk/taxonomies", "oruk", "Taxonomies"))
            .also("application/json", page("taxonomies"))
            .also("application/x-ndjson", ndjson()),
        Operation::get("/api/oruk/taxonomies/{id}", "oruk", "One taxonomy")
            .parameter(id("The taxonomy's id"))
            .also("application/json", record("A taxonomy"))
            .errors(&[codes::INVALID_ID, codes::TAXONOMY_NOT_FOUND]),
        paging(Operation::get("/api/oruk/taxonomy_terms", "oruk", "Taxonomy terms, filtered"))
            .parameter(Parameter::query("taxonomy_id", "Only this taxonomy's terms", Parameter::uuid(), false))
            .parameter(Parameter::query("parent_id", "Only this term's children", Parameter::uuid(), false))
            .parameter(Parameter::query("top_only", "Only terms without a parent", Parameter::boolean(), false))
            .errors(&[codes::INVALID_TAXONOMY_ID, codes::INVALID_PARENT_ID, codes::INVALID_TOP_ONLY])
            .also("application/json", page("taxonomy terms"))
            .also("application/x-ndjson", ndjson()),
        Operation::get("/api/oruk/taxonomy_terms/{id}", "oruk", "One taxonomy term")
            .parameter(id("The term's id"))
            .also("application/json", record("A taxonomy term"))
            .errors(&[codes::INVALID_ID, codes::TAXONOMY_TERM_NOT_FOUND]),
    ]
}

pub(super) async fn cors(mut response: Response) -> Response {
    response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    if response.status() == StatusCode::OK && !response.headers().contains_key(header::CACHE_CONTROL) {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
    }
    response
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/", get(root))
        .route("/services", get(services))
        .route("/services/{id}", get(service))
        .route("/service_at_locations", get(service_at_locations))
        .route("/service_at_locations/{id}", get(service_at_location))
        .route("/organizations", get(organisations))
        .route("/organizations/{id}", get(organisation))
        .route("/taxonomies", get(taxonomies))
        .route("/taxonomies/{id}", get(taxonomy))
        .route("/taxonomy_terms", get(taxonomy_terms))
        .route("/taxonomy_terms/{id}", get(taxonomy_term))
        .layer(axum::middleware::map_response(cors))
}
