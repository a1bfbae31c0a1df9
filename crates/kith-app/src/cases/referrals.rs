//! Referrals to the directory: what triage suggests for a resident (by need, place and language, with each service's
//! capacity and how it answers referrals), organisations saying whether they are taking referrals, and each
//! service's figures for staff. The referral itself is a case (see `cases`).

use std::collections::HashMap;

use kith_core::accounts::{Target, permission};
use kith_core::cases::{Capacity, CaseState};
use kith_core::directory::LanguageCode;
use kith_core::places::{Postcode, Radius};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::directory::search::{self, Query};
use crate::problems::Problems;
use crate::{Actor, App, AppError, Result};

/// What triage knows of a resident's need.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct TriageQuery {
    /// A taxonomy term's id: the need.
    pub need: String,
    pub postcode: String,
    pub language: String,
    /// Free text, as the directory's search reads it.
    pub q: String,
}

/// How a service answers referrals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Figures {
    pub referrals: usize,
    pub accepted: usize,
    pub declined: usize,
    /// Median working days from referral to an answer (accepted or declined).
    pub median_days_to_respond: Option<u32>,
}

/// A service triage may refer to.
#[derive(Debug, Clone, Serialize)]
pub struct Suggestion {
    pub id: Uuid,
    pub name: String,
    pub organisation: String,
    pub description: String,
    pub distance_m: Option<f64>,
    pub capacity: Capacity,
    pub capacity_note: String,
    pub figures: Figures,
}

/// How far triage looks for services near a resident.
const NEAR_M: f64 = 5_000.0;

/// Services for a resident's need, nearest first among the best matches, with capacity and figures.
pub async fn suggest(app: &App, principal: &Principal, q: &TriageQuery) -> Result<Vec<Suggestion>> {
    principal.require_somewhere(permission::CASES_RAISE)?;
    let mut problems = Problems::default();
    let mut query = Query { active_only: true, page: 1, per_page: 20, text: q.q.trim().to_owned(), ..Query::default() };
    if !q.need.trim().is_empty() {
        match Uuid::parse_str(q.need.trim()) {
            Ok(id) => query.terms = vec![id],
            Err(_) => problems.push(("need", "Choose a need from the list".to_owned())),
        }
    }
    if !q.postcode.trim().is_empty() {
        match Postcode::parse(&q.postcode) {
            Err(e) => problems.push(("postcode", e.to_string())),
            Ok(p) => match search::near(app, &p, Radius::metres(NEAR_M)) {
                Ok(near) if near.ward.is_some() => query.near = Some(near),
                Ok(_) => problems.push(("postcode", format!("{p} is outside the city"))),
                Err(_) => problems.push(("postcode", format!("We do not know the postcode {p}: check it"))),
            },
        }
    }
    if !q.language.trim().is_empty() {
        match LanguageCode::parse(q.language.trim()) {
            Ok(code) => query.language = Some(code),
            Err(_) => problems.push(("language", "Choose a language from the list".to_owned())),
        }
    }
    if !problems.is_empty() {
        return Err(problems.into_error());
    }
    let found = search::search(app, &query);
    let hits = {
        let index = app.directory.read();
        found
            .hits
            .into_iter()
            .map(|h| {
                let organisation =
                    index.organisation(h.service.organisation_id).map(|o| o.name.clone()).unwrap_or_default();
                (h.service, organisation, h.distance_m)
            })
            .collect::<Vec<_>>()
    };
    let ids: Vec<Uuid> = hits.iter().map(|(s, _, _)| s.id).collect();
    let capacities: HashMap<Uuid, (Capacity, String)> =
        app.store.capacities().await?.into_iter().map(|(id, c, note)| (id, (c, note))).collect();
    let figures = measure(app, &ids).await?;
    Ok(hits
        .into_iter()
        .map(|(s, organisation, distance_m)| {
            let (capacity, capacity_note) =
                capacities.get(&s.id).cloned().unwrap_or((Capacity::Accepting, String::new()));
            Suggestion {
                id: s.id,
                name: s.name.clone(),
                organisation,
                description: s.description.clone(),
                distance_m,
                capacity,
                capacity_note,
                figures: figures.get(&s.id).copied().unwrap_or_default(),
            }
        })
        .collect())
}

/// Each service's referral figures (all services with referrals, if `services` is empty), for staff and for
/// whoever reads cases: how services answer referrals is the council's working knowledge, not public.
pub async fn figures(app: &App, principal: &Principal, services: &[Uuid]) -> Result<HashMap<Uuid, Figures>> {
    if !principal.holds(permission::STAFF) && !principal.holds(permission::CASES_READ) {
        return Err(AppError::Forbidden);
    }
    measure(app, services).await
}

async fn measure(app: &App, services: &[Uuid]) -> Result<HashMap<Uuid, Figures>> {
    let calendar = app.working_days();
    let mut days: HashMap<Uuid, Vec<u32>> = HashMap::new();
    let mut out: HashMap<Uuid, Figures> = HashMap::new();
    for r in app.store.referral_responses(services).await? {
        let f = out.entry(r.service_id).or_default();
        f.referrals += 1;
        match r.state {
            CaseState::Declined => f.declined += 1,
            CaseState::New | CaseState::Transferred | CaseState::Merged => {}
            _ => f.accepted += 1,
        }
        if let Some(answered) = r.acknowledged_at {
            days.entry(r.service_id).or_default().push(calendar.between(r.created_at, answered));
        }
    }
    for (id, mut d) in days {
        d.sort_unstable();
        if let Some(f) = out.get_mut(&id) {
            f.median_days_to_respond = d.get(d.len() / 2).copied();
        }
    }
    Ok(out)
}

/// The services an organisation runs, with whether each is taking referrals.
pub async fn capacities_of(
    app: &App,
    principal: &Principal,
    organisation: Uuid,
) -> Result<Vec<(Uuid, String, Capacity, String)>> {
    may_set(app, principal, organisation)?;
    let capacities: HashMap<Uuid, (Capacity, String)> =
        app.store.capacities().await?.into_iter().map(|(id, c, note)| (id, (c, note))).collect();
    let index = app.directory.read();
    Ok(index
        .services_of(organisation)
        .iter()
        .map(|s| {
            let (c, note) = capacities.get(&s.id).cloned().unwrap_or((Capacity::Accepting, String::new()));
            (s.id, s.name.clone(), c, note)
        })
        .collect())
}

fn may_set(app: &App, principal: &Principal, organisation: Uuid) -> Result<()> {
    if principal.may(app, permission::CASES_WORK, Target::Organisation(organisation))
        || principal.may(app, permission::CASES_ADMIN, Target::City)
    {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Says whether a service is taking referrals (accepting, a waiting list, or not at the moment), with a note.
pub async fn set_capacity(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    service: Uuid,
    capacity: &str,
    note: &str,
) -> Result<()> {
    let organisation =
        app.directory.read().service(service).map(|(s, _)| s.organisation_id).ok_or(AppError::NotFound)?;
    may_set(app, principal, organisation)?;
    let capacity = Capacity::parse(capacity)
        .ok_or_else(|| AppError::invalid("capacity", "Choose whether the service is taking referrals"))?;
    if note.chars().count() > 300 {
        return Err(AppError::invalid("note", "The note must be 300 characters or fewer"));
    }
    let audit = actor.entry(
        app.now(),
        "referral_capacity.set",
        "service",
        service,
        json!({ "capacity": capacity, "note": note.trim() }),
    );
    app.store.set_capacity(service, capacity, note.trim(), app.now(), &audit).await?;
    Ok(())
}
