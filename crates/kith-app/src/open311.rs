//! Service requests from Open311 GeoReport v2 clients (FixMyStreet and others): trusted clients post with a key an
//! administrator issued (only its hash is kept); anyone may read requests back, without personal details.

use chrono::{DateTime, Duration, Utc};
use kith_core::cases::{CaseKind, CaseState};
use kith_core::places::Postcode;
use kith_standards::open311::{
    self as standard, AttributeValue, Definition, DefinitionAttribute, Posted, Request, Service, Update, UpdatePosted,
};
pub use kith_store::cases::ApiKey;
use kith_store::cases::{CaseRecord, ServiceRequestQuery};
use rand::RngCore;
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::accounts::Principal;
use crate::cases::{self, CaseForm};
use crate::{Actor, App, AppError, Result};

fn hash(key: &str) -> String {
    hex::encode(Sha256::digest(key.trim().as_bytes()))
}

/// The keys issued, revoked ones too, for their administrator.
pub async fn keys(app: &App, principal: &Principal) -> Result<Vec<ApiKey>> {
    cases::may_administer(app, principal)?;
    Ok(app.store.api_keys().await?)
}

/// Issues a key for a trusted client; the key is shown once and only its hash is kept.
pub async fn add_key(app: &App, principal: &Principal, actor: &Actor, name: &str) -> Result<(Uuid, String)> {
    cases::may_administer(app, principal)?;
    issue(app, actor, name).await
}

/// Issues a key from the server's command line (`kith open311-key add`).
pub async fn add_key_from_command_line(app: &App, name: &str) -> Result<(Uuid, String)> {
    issue(app, &Actor::command_line(), name).await
}

async fn issue(app: &App, actor: &Actor, name: &str) -> Result<(Uuid, String)> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::invalid("name", "Enter the name of the client the key is for"));
    }
    let mut bytes = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut bytes);
    let key = hex::encode(bytes);
    let id = Uuid::now_v7();
    let audit = actor.entry(app.now(), "open311_key.added", "open311_key", id, json!({ "name": name }));
    app.store.add_api_key(id, name, &hash(&key), app.now(), &audit).await?;
    Ok((id, key))
}

pub async fn revoke_key(app: &App, principal: &Principal, actor: &Actor, id: Uuid) -> Result<()> {
    cases::may_administer(app, principal)?;
    let audit = actor.entry(app.now(), "open311_key.revoked", "open311_key", id, json!({}));
    Ok(app.store.revoke_api_key(id, app.now(), &audit).await?)
}

/// An Open311 error: the HTTP status and the standard's description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub code: u16,
    pub description: String,
}

impl Refusal {
    fn new(code: u16, description: impl Into<String>) -> Self {
        Self { code, description: description.into() }
    }
}

impl From<AppError> for Refusal {
    fn from(e: AppError) -> Self {
        match e {
            AppError::Invalid(problems) => Refusal::new(
                400,
                problems.iter().map(|(field, message)| format!("{field}: {message}")).collect::<Vec<_>>().join("; "),
            ),
            AppError::NotFound => Refusal::new(404, "not found"),
            AppError::Forbidden | AppError::Unauthenticated => Refusal::new(403, "forbidden"),
            e => {
                tracing::error!(error = %e, "open311 request failed");
                Refusal::new(500, "the server could not do that")
            }
        }
    }
}

/// The categories of service request, as services.
pub async fn services(app: &App) -> Result<Vec<Service>> {
    Ok(app
        .store
        .categories()
        .await?
        .into_iter()
        .filter(|c| c.kind == CaseKind::ServiceRequest && c.active)
        .map(|c| Service {
            description: format!("{} (resolved within {} working days)", c.name, c.targets.resolve_days),
            service_code: c.code,
            service_name: c.name,
            metadata: !c.attributes.is_empty(),
            kind: "realtime",
            keywords: String::new(),
            group: "Street scene".into(),
        })
        .collect())
}

/// A service's definition: its attributes in their order, as the standard writes them.
pub async fn definition(app: &App, code: &str) -> std::result::Result<Definition, Refusal> {
    let category = cases::categories(app)
        .await?
        .into_iter()
        .find(|c| c.kind == CaseKind::ServiceRequest && c.active && c.code == code)
        .ok_or_else(|| Refusal::new(404, format!("service_code {code} is not a service")))?;
    let mut attributes: Vec<DefinitionAttribute> = category
        .attributes
        .iter()
        .map(|a| DefinitionAttribute {
            variable: true,
            code: a.code.clone(),
            datatype: a.datatype.as_str(),
            required: a.required,
            datatype_description: match a.datatype {
                kith_core::cases::Datatype::Multivaluelist => "Choose any that apply".into(),
                kith_core::cases::Datatype::Singlevaluelist => "Choose one".into(),
                _ => String::new(),
            },
            order: a.order,
            description: a.description.clone(),
            values: a
                .values
                .iter()
                .map(|(key, name)| AttributeValue { key: key.clone(), name: name.clone() })
                .collect(),
        })
        .collect();
    attributes.sort_by_key(|a| a.order);
    Ok(Definition { service_code: category.code, attributes })
}

/// A posted form as its pairs, in order (a field may come more than once, as FixMyStreet's photos do).
pub type Pairs = Vec<(String, String)>;

/// The first value of `name` in a posted form.
fn first<'a>(pairs: &'a Pairs, name: &str) -> &'a str {
    pairs.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
}

/// The most characters of a posted photo's address.
pub const MAX_MEDIA_URL: usize = 2_000;

/// A photo's address as a client posts it: empty, or an http(s) address of at most `MAX_MEDIA_URL` characters.
fn media_url(text: &str) -> std::result::Result<String, Refusal> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(String::new());
    }
    let web = text.starts_with("https://") || text.starts_with("http://");
    if !web || text.chars().count() > MAX_MEDIA_URL || text.chars().any(char::is_whitespace) {
        return Err(Refusal::new(
            400,
            format!("media_url must be an http or https address of {MAX_MEDIA_URL} characters or fewer"),
        ));
    }
    Ok(text.to_owned())
}

/// A posted request, with the standard's field names.
#[derive(Debug, Clone, Default)]
pub struct NewRequest {
    pub api_key: String,
    /// Accepted and not checked: a Kith serves one council.
    pub jurisdiction_id: String,
    pub service_code: String,
    pub lat: String,
    pub long: String,
    pub address_string: String,
    pub address_id: String,
    pub email: String,
    pub device_id: String,
    pub account_id: String,
    pub first_name: String,
    pub last_name: String,
    pub phone: String,
    pub description: String,
    pub media_url: String,
    /// The answers to the service's attributes (`attribute[code]=value`), in the order posted.
    pub attributes: Pairs,
}

impl NewRequest {
    /// Reads a posted form: the standard's fields (the first of each) and every `attribute[code]`.
    pub fn from_pairs(pairs: &Pairs) -> Self {
        let f = |name: &str| first(pairs, name).to_owned();
        Self {
            api_key: f("api_key"),
            jurisdiction_id: f("jurisdiction_id"),
            service_code: f("service_code"),
            lat: f("lat"),
            long: f("long"),
            address_string: f("address_string"),
            address_id: f("address_id"),
            email: f("email"),
            device_id: f("device_id"),
            account_id: f("account_id"),
            first_name: f("first_name"),
            last_name: f("last_name"),
            phone: f("phone"),
            description: f("description"),
            media_url: f("media_url"),
            attributes: pairs
                .iter()
                .filter_map(|(k, v)| {
                    let code = k.strip_prefix("attribute[")?.strip_suffix(']')?;
                    Some((code.to_owned(), v.clone()))
                })
                .collect(),
        }
    }
}

/// Takes a request from a trusted client: checks the key, then the request as any case is checked.
pub async fn post(app: &App, request: &NewRequest, ip: Option<String>) -> std::result::Result<Posted, Refusal> {
    let Some((_, client)) = app.store.api_key(&hash(&request.api_key)).await.map_err(AppError::from)? else {
        return Err(Refusal::new(403, "api_key is missing or not valid"));
    };
    if request.service_code.trim().is_empty() {
        return Err(Refusal::new(400, "service_code is required"));
    }
    let category = cases::categories(app)
        .await?
        .into_iter()
        .find(|c| c.kind == CaseKind::ServiceRequest && c.active && c.code == request.service_code.trim())
        .ok_or_else(|| Refusal::new(404, format!("service_code {} is not a service", request.service_code.trim())))?;
    let answers = kith_core::cases::check_answers(&category.attributes, &request.attributes).map_err(|problems| {
        Refusal::new(
            400,
            problems
                .iter()
                .map(|(code, message)| format!("attribute[{code}]: {message}"))
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    let media_url = media_url(&request.media_url)?;
    let has_point = !request.lat.trim().is_empty() || !request.long.trim().is_empty();
    let address = request.address_string.trim();
    let postcode = Postcode::parse(address).ok().map(|p| p.to_string()).or_else(|| postcode_in(address));
    if !has_point && postcode.is_none() {
        return Err(Refusal::new(400, "lat and long, or an address_string with a postcode, are required"));
    }
    let description = request.description.trim();
    let summary = description.lines().next().unwrap_or_default().chars().take(150).collect::<String>();
    let form = CaseForm {
        kind: CaseKind::ServiceRequest.as_str().into(),
        category: request.service_code.trim().into(),
        summary: if summary.trim().is_empty() { request.service_code.replace('_', " ") } else { summary },
        description: description.into(),
        latitude: request.lat.clone(),
        longitude: request.long.clone(),
        postcode: if has_point { String::new() } else { postcode.unwrap_or_default() },
        place: address.into(),
        resident_name: format!("{} {}", request.first_name.trim(), request.last_name.trim()).trim().to_owned(),
        resident_email: request.email.clone(),
        resident_phone: request.phone.clone(),
        preferred_contact: if request.email.trim().is_empty() { "none".into() } else { "email".into() },
        media_url,
        answers,
        ..CaseForm::default()
    };
    let actor = Actor { user_id: None, label: format!("open311: {client}"), ip };
    let prepared = cases::prepare(app, None, &actor, &form, kith_core::cases::CaseSource::Open311).await?;
    let reference = cases::store_new(app, prepared, &actor).await?;
    Ok(Posted {
        service_request_id: reference,
        service_notice: "Thank you: your report is with the council.".into(),
        account_id: None,
    })
}

/// A postcode somewhere in an address ("12 Summer Lane, Birmingham B19 3RL").
fn postcode_in(address: &str) -> Option<String> {
    let words: Vec<&str> = address.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    words.windows(2).rev().find_map(|w| Postcode::parse(&format!("{} {}", w[0], w[1])).ok()).map(|p| p.to_string())
}

/// Which requests to list, as the standard names the parameters.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub service_request_id: String,
    pub service_code: String,
    pub start_date: String,
    pub end_date: String,
    pub status: String,
}

fn parse_time(name: &str, text: &str) -> std::result::Result<Option<DateTime<Utc>>, Refusal> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    DateTime::parse_from_rfc3339(text.trim())
        .map(|t| Some(t.to_utc()))
        .map_err(|_| Refusal::new(400, format!("{name} must be a W3C date and time, like 2026-03-02T09:00:00Z")))
}

/// The most ids or service codes one list of requests may name.
pub const MAX_LISTED: usize = 100;

/// Lists requests: by id, or the last 90 days by default, at most 1,000.
pub async fn requests(app: &App, q: &ListQuery) -> std::result::Result<Vec<Request>, Refusal> {
    let split = |text: &str| -> Vec<String> {
        text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
    };
    let (ids, codes) = (split(&q.service_request_id), split(&q.service_code));
    if ids.len() > MAX_LISTED || codes.len() > MAX_LISTED {
        return Err(Refusal::new(
            400,
            format!("service_request_id and service_code each take at most {MAX_LISTED} values, with commas"),
        ));
    }
    let references: Vec<String> = ids
        .into_iter()
        .filter_map(|r| kith_core::cases::parse_reference(&r).map(|(k, n)| kith_core::cases::reference(k, n)))
        .collect();
    let mut query = ServiceRequestQuery {
        references: references.clone(),
        categories: codes,
        from: parse_time("start_date", &q.start_date)?,
        to: parse_time("end_date", &q.end_date)?,
        open: match q.status.trim() {
            "" => None,
            "open" => Some(true),
            "closed" => Some(false),
            _ => return Err(Refusal::new(400, "status must be open or closed")),
        },
        limit: 1_000,
    };
    if references.is_empty() && !q.service_request_id.trim().is_empty() {
        return Ok(vec![]);
    }
    if query.references.is_empty() && query.from.is_none() {
        query.from = Some(query.to.unwrap_or_else(|| app.now()) - Duration::days(90));
    }
    let cases = app.store.service_requests(&query).await.map_err(AppError::from)?;
    let teams = app.store.teams().await.map_err(AppError::from)?;
    let categories = app.store.categories().await.map_err(AppError::from)?;
    Ok(cases.iter().map(|c| request_of(c, &teams, &categories)).collect())
}

pub async fn request(app: &App, id: &str) -> std::result::Result<Vec<Request>, Refusal> {
    let found = requests(app, &ListQuery { service_request_id: id.into(), ..ListQuery::default() }).await?;
    if found.is_empty() {
        return Err(Refusal::new(404, format!("service_request_id {id} was not found")));
    }
    Ok(found)
}

fn request_of(
    c: &CaseRecord,
    teams: &[kith_store::cases::Team],
    categories: &[kith_store::cases::Category],
) -> Request {
    let open = c.state.is_open() || c.state == CaseState::Merged && c.clocks.closed_at.is_none();
    let closed =
        matches!(c.state, CaseState::Resolved | CaseState::Closed | CaseState::OutcomeRecorded | CaseState::Declined);
    Request {
        service_request_id: c.reference.clone(),
        status: if closed || !open { "closed" } else { "open" },
        status_notes: if closed { c.outcome.clone() } else { c.state.words().to_owned() },
        service_name: categories
            .iter()
            .find(|x| x.kind == c.kind && x.code == c.category)
            .map_or(c.category.clone(), |x| x.name.clone()),
        service_code: c.category.clone(),
        description: c.description.clone(),
        agency_responsible: c
            .team_id
            .and_then(|t| teams.iter().find(|x| x.organisation_id == t))
            .map(|t| t.name.clone())
            .unwrap_or_default(),
        service_notice: String::new(),
        requested_datetime: standard::datetime(c.created_at),
        updated_datetime: standard::datetime(c.updated_at),
        expected_datetime: c.clocks.resolve_due_at.map(standard::datetime),
        address: [c.place.as_str(), c.postcode.as_deref().unwrap_or_default()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", "),
        address_id: String::new(),
        zipcode: c.postcode.clone().unwrap_or_default(),
        lat: c.latitude,
        long: c.longitude,
        media_url: c.media_url.clone(),
    }
}

/// The extension's status for a case's state: what FixMyStreet shows its reporter.
pub fn status_of(state: CaseState) -> &'static str {
    match state {
        CaseState::New | CaseState::Transferred | CaseState::Reopened => "open",
        CaseState::Acknowledged => "investigating",
        CaseState::Accepted | CaseState::InProgress => "in_progress",
        CaseState::Waiting => "action_scheduled",
        CaseState::Resolved => "fixed",
        CaseState::OutcomeRecorded | CaseState::Closed => "closed",
        CaseState::Declined => "no_further_action",
        CaseState::Merged => "duplicate",
    }
}

/// The window a poll for updates asks for, as the extension names its parameters.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct UpdatesQuery {
    pub start_date: String,
    pub end_date: String,
    pub jurisdiction_id: String,
    pub api_key: String,
}

/// The longest window one poll may ask for, and the most updates one answer lists (oldest first: a client that
/// gets this many asks again from the last one's time).
pub const MAX_UPDATES_WINDOW_DAYS: i64 = 31;
pub const MAX_UPDATES: i64 = 1_000;

/// The updates to service requests in a window (by default the last 24 hours): changes of state and shared
/// notes, each under the id of its timeline entry, so a client that polls twice keeps each once.
pub async fn updates(app: &App, q: &UpdatesQuery) -> std::result::Result<Vec<Update>, Refusal> {
    let to = parse_time("end_date", &q.end_date)?.unwrap_or_else(|| app.now());
    let from = parse_time("start_date", &q.start_date)?.unwrap_or(to - Duration::hours(24));
    if from > to {
        return Err(Refusal::new(400, "start_date must be before end_date"));
    }
    if to - from > Duration::days(MAX_UPDATES_WINDOW_DAYS) {
        return Err(Refusal::new(400, format!("ask for at most {MAX_UPDATES_WINDOW_DAYS} days of updates at once")));
    }
    let found = app.store.service_request_updates(from, to, MAX_UPDATES).await.map_err(AppError::from)?;
    Ok(found
        .into_iter()
        .map(|(reference, e)| {
            let state = CaseState::parse(&e.to_state).unwrap_or(CaseState::New);
            let words = state.words();
            let description = if e.shared && !e.note.trim().is_empty() {
                e.note.clone()
            } else {
                let mut said = words.to_owned();
                if let Some(first) = said.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                said
            };
            Update {
                update_id: e.id.to_string(),
                service_request_id: reference,
                status: status_of(state),
                updated_datetime: standard::datetime(e.at),
                description,
                media_url: String::new(),
                external_status_code: state.as_str().to_owned(),
            }
        })
        .collect())
}

/// The most characters of a posted update's text, its client's id for it, and a commenter's name.
pub const MAX_UPDATE_CHARS: usize = 10_000;
pub const MAX_UPDATE_ID: usize = 100;
pub const MAX_NAME_CHARS: usize = 200;

/// The statuses a client may post with an update (the extension's, in capitals or not).
const POSTED_STATUSES: &[&str] = &[
    "open",
    "closed",
    "fixed",
    "in_progress",
    "action_scheduled",
    "investigating",
    "duplicate",
    "not_councils_responsibility",
    "no_further_action",
    "internal_referral",
    "reopen",
];

/// Takes a comment on a service request from a trusted client (a resident's update from FixMyStreet): checks the
/// key and the update, then adds it to the case's timeline, shared, with the client's own id for it. The same
/// update posted twice (a client retrying) is kept once and answered with the same id.
pub async fn post_update(app: &App, form: &Pairs, ip: Option<String>) -> std::result::Result<UpdatePosted, Refusal> {
    let Some((_, client)) = app.store.api_key(&hash(first(form, "api_key"))).await.map_err(AppError::from)? else {
        return Err(Refusal::new(403, "api_key is missing or not valid"));
    };
    let reference = first(form, "service_request_id").trim();
    if reference.is_empty() {
        return Err(Refusal::new(400, "service_request_id is required"));
    }
    let their_id = first(form, "update_id").trim();
    if their_id.is_empty() || their_id.chars().count() > MAX_UPDATE_ID {
        return Err(Refusal::new(400, format!("update_id is required, of {MAX_UPDATE_ID} characters or fewer")));
    }
    let description = first(form, "description").trim();
    let media_url = media_url(first(form, "media_url"))?;
    if description.is_empty() && media_url.is_empty() {
        return Err(Refusal::new(400, "description is required"));
    }
    if description.chars().count() > MAX_UPDATE_CHARS {
        return Err(Refusal::new(400, format!("description must be {MAX_UPDATE_CHARS} characters or fewer")));
    }
    let status = first(form, "status").trim().to_ascii_lowercase();
    if !status.is_empty() && !POSTED_STATUSES.contains(&status.as_str()) {
        return Err(Refusal::new(400, format!("status must be one of {}", POSTED_STATUSES.join(", "))));
    }
    let updated = parse_time("updated_datetime", first(form, "updated_datetime"))?;
    let name = format!("{} {}", first(form, "first_name").trim(), first(form, "last_name").trim().trim_matches('-'))
        .trim()
        .to_owned();
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Refusal::new(
            400,
            format!("first_name and last_name must be {MAX_NAME_CHARS} characters or fewer"),
        ));
    }
    let not_found = || Refusal::new(404, format!("service_request_id {reference} was not found"));
    let case = match kith_core::cases::parse_reference(reference) {
        Some((CaseKind::ServiceRequest, _)) => app.store.case_by_reference(reference).await.map_err(AppError::from)?,
        _ => None,
    }
    .filter(|c| c.redacted_at.is_none())
    .ok_or_else(not_found)?;
    let events = app.store.case_events(case.id).await.map_err(AppError::from)?;
    let same = |e: &&kith_store::cases::CaseEvent| {
        e.action == "open311_update" && e.detail["client"] == client.as_str() && e.detail["update_id"] == their_id
    };
    if let Some(kept) = events.iter().find(same) {
        return Ok(UpdatePosted { update_id: kept.id.to_string() });
    }
    let now = app.now();
    let actor = Actor { user_id: None, label: format!("open311: {client}"), ip };
    let mut note = String::new();
    if !name.is_empty() {
        note.push_str(&format!("{name}: "));
    }
    note.push_str(description);
    if !media_url.is_empty() {
        note.push_str(&format!("\nPhoto: {media_url}"));
    }
    let e = kith_store::cases::CaseEvent {
        id: Uuid::now_v7(),
        case_id: case.id,
        at: now,
        actor_id: None,
        actor: actor.label.clone(),
        action: "open311_update".into(),
        from_state: case.state.as_str().into(),
        to_state: case.state.as_str().into(),
        note,
        shared: true,
        detail: json!({
            "client": client,
            "update_id": their_id,
            "status": status,
            "media_url": media_url,
            "updated_datetime": updated.map(standard::datetime),
        }),
        to_notify: false,
    };
    let id = e.id;
    let audit = actor.entry(now, "case.open311_update", "case", &case.reference, json!({ "update_id": their_id }));
    app.store.add_case_events(&[e], &audit).await.map_err(AppError::from)?;
    Ok(UpdatePosted { update_id: id.to_string() })
}
