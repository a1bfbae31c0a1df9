//! Service requests from Open311 GeoReport v2 clients (FixMyStreet and others): trusted clients post with a key an
//! administrator issued (only its hash is kept); anyone may read requests back, without personal details.

use chrono::{DateTime, Duration, Utc};
use kith_core::cases::{CaseKind, CaseState};
use kith_core::places::Postcode;
use kith_standards::open311::{self as standard, Posted, Request, Service};
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
            metadata: false,
            kind: "realtime",
            keywords: String::new(),
            group: "Street scene".into(),
        })
        .collect())
}

/// A posted request, with the standard's field names.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct NewRequest {
    pub api_key: String,
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
}

/// Takes a request from a trusted client: checks the key, then the request as any case is checked.
pub async fn post(app: &App, request: &NewRequest, ip: Option<String>) -> std::result::Result<Posted, Refusal> {
    let Some((_, client)) = app.store.api_key(&hash(&request.api_key)).await.map_err(AppError::from)? else {
        return Err(Refusal::new(403, "api_key is missing or not valid"));
    };
    if request.service_code.trim().is_empty() {
        return Err(Refusal::new(400, "service_code is required"));
    }
    let known = app
        .store
        .categories()
        .await
        .map_err(AppError::from)?
        .into_iter()
        .any(|c| c.kind == CaseKind::ServiceRequest && c.active && c.code == request.service_code.trim());
    if !known {
        return Err(Refusal::new(404, format!("service_code {} is not a service", request.service_code.trim())));
    }
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
        media_url: String::new(),
    }
}
