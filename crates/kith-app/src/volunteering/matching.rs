//! Matching that explains itself: the candidates for a request, best first with the reasons, and who was left out
//! by which gate; a coordinator assigning one (the gates checked again on the volunteer as stored, so a candidate
//! list a few seconds old can never assign past a gate); and a volunteer claiming an open task from the list near
//! them, which shows the street, never the address.
//!
//! The pool (every volunteer not paused, with their check, their tasks this week and the residents they help) is
//! read from the store at most every `POOL_FRESH` and shared, with their homes in a grid: a request's candidates are
//! looked for only among the volunteers who could reach it, and the rest are counted as too far.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Datelike, Utc};
use kith_core::volunteering::matching::{self, Candidate, Exclusions, PoolIndex, Ranked, Rarity, Task};
use kith_core::volunteering::{Move, TaskState, VolunteerState};
use kith_store::outbox::OutgoingEmail;
use kith_store::volunteering::{HelpEvent, HelpRequest, PoolEntry, RequestChange, Volunteer};
use serde_json::json;
use uuid::Uuid;

use super::may_coordinate;
use crate::accounts::Principal;
use crate::{Actor, App, AppError, Result};

/// How long the pool is kept: this instance forgets it whenever an assignment, a task or a volunteer's details or
/// standing change here. A new sign-up waits for the next read, so a surge of them does not make every list read the
/// pool again.
pub const POOL_FRESH: Duration = Duration::from_secs(5);

/// The most volunteers matching reads (a city's surge, and then some).
pub const MAX_POOL: i64 = 50_000;

/// The most candidates a coordinator is shown for one request.
pub const SHORTLIST: usize = 20;

/// The volunteers matching chooses from, as read at one moment.
pub struct Pool {
    pub candidates: Vec<Candidate>,
    /// Each candidate's name and ward, by id (for the coordinator's list).
    pub names: HashMap<Uuid, (String, String)>,
    pub rarity: Rarity,
    /// Their homes in a grid, so a request's candidates are looked for among those who could reach it.
    pub index: PoolIndex,
}

/// The start of this week (Monday, midnight UTC): tasks since then count towards a volunteer's weekly load.
pub fn week_from(now: DateTime<Utc>) -> DateTime<Utc> {
    let date = now.date_naive();
    let monday = date - chrono::Duration::days(i64::from(date.weekday().num_days_from_monday()));
    monday.and_hms_opt(0, 0, 0).map(|t| t.and_utc()).unwrap_or(now)
}

pub fn candidate(entry: PoolEntry) -> Candidate {
    let v = entry.volunteer;
    Candidate {
        id: v.id,
        home: v.home,
        travel_limit_m: f64::from(v.travel_m),
        skills: v.skills,
        languages: v.languages,
        dbs: entry.dbs,
        availability: v.availability,
        has_car: v.has_car,
        state: v.state,
        load_this_week: entry.load_this_week,
        max_per_week: v.max_per_week,
        last_task_on: v.last_task_on,
        helps: entry.helps,
    }
}

async fn read_pool(app: &App) -> Result<Pool> {
    let entries = app.store.pool(week_from(app.now()), MAX_POOL).await?;
    let mut names = HashMap::with_capacity(entries.len());
    let candidates: Vec<Candidate> = entries
        .into_iter()
        .map(|e| {
            names.insert(e.volunteer.id, (e.volunteer.name.clone(), e.volunteer.ward.to_string()));
            candidate(e)
        })
        .collect();
    let rarity = Rarity::of(&candidates);
    let index = PoolIndex::of(&candidates);
    Ok(Pool { candidates, names, rarity, index })
}

/// The pool as read at most `POOL_FRESH` ago.
pub async fn pool(app: &App) -> Result<Arc<Pool>> {
    app.volunteer_pool.through(&(), || read_pool(app)).await
}

/// A request as matching sees it.
pub fn task(r: &HelpRequest) -> Task {
    Task {
        id: r.id,
        at: r.at,
        skills: r.skills,
        language: r.language,
        need: r.need,
        when: r.wanted,
        needs_car: r.needs_car,
        urgency: r.urgency,
        resident: Some(r.resident_id),
    }
}

/// One candidate as a coordinator sees them.
#[derive(Debug, Clone)]
pub struct Shown {
    pub ranked: Ranked,
    pub name: String,
    pub ward: String,
}

/// The best candidates for a request, with the reasons, and who was left out by which gate.
#[derive(Debug, Clone)]
pub struct Shortlist {
    pub candidates: Vec<Shown>,
    pub exclusions: Exclusions,
}

/// The candidates for an open request, for a coordinator of its ward.
pub async fn candidates(app: &App, principal: &Principal, request: &HelpRequest) -> Result<Shortlist> {
    may_coordinate(app, principal, &request.ward)?;
    let pool = pool(app).await?;
    let task = task(request);
    let today = app.today();
    let (ranked, exclusions) =
        matching::shortlist(&task, &pool.candidates, &pool.index, &pool.rarity, today, SHORTLIST);
    let candidates = ranked
        .into_iter()
        .map(|ranked| {
            let (name, ward) = pool.names.get(&ranked.volunteer).cloned().unwrap_or_default();
            Shown { ranked, name, ward }
        })
        .collect();
    Ok(Shortlist { candidates, exclusions })
}

/// The volunteer as stored now, as matching sees them: what every assignment is checked against.
async fn fresh_candidate(app: &App, volunteer: Uuid) -> Result<Candidate> {
    let entry = app.store.pool_entry(volunteer, week_from(app.now())).await?.ok_or(AppError::NotFound)?;
    Ok(candidate(entry))
}

/// Refuses a volunteer who does not pass every gate for a request, saying each gate they did not pass.
async fn check_gates(app: &App, request: &HelpRequest, volunteer: Uuid) -> Result<()> {
    let candidate = fresh_candidate(app, volunteer).await?;
    matching::gates(&task(request), &candidate, app.today())
        .map(|_| ())
        .map_err(|gates| AppError::Invalid(gates.iter().map(|g| ("volunteer", format!("{g}."))).collect()))
}

/// The email that offers a task to a volunteer (the street only: the address waits until they accept).
pub(crate) fn offer_email(app: &App, v: &Volunteer, r: &HelpRequest, link: &str) -> Vec<OutgoingEmail> {
    if v.email.is_empty() {
        return Vec::new();
    }
    vec![OutgoingEmail::new(
        &v.email,
        &format!("Can you help? {} ({})", r.reference, r.street),
        &format!(
            "Dear {},\n\nA neighbour near {}, {} has asked for help: {}\nIt is {}.\n\nPlease say whether you can \
             take it on your page:\n{}{link}\n\nThe address is shown there once you accept.",
            v.name,
            r.street,
            r.postcode,
            r.what,
            r.urgency.words(),
            app.settings.public_url
        ),
        app.now(),
    )]
}

/// A coordinator offers an open request to a volunteer. The gates are checked again on the volunteer as stored; the
/// request's version makes a second coordinator assigning it at the same moment lose, and be told.
pub async fn assign(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    reference: &str,
    volunteer_id: Uuid,
    version: i32,
) -> Result<()> {
    let request = app.store.request_by_reference(reference).await?.ok_or(AppError::NotFound)?;
    may_coordinate(app, principal, &request.ward)?;
    if request.version != version {
        return Err(AppError::Conflict(crate::CHANGED_MEANWHILE.into()));
    }
    let state = request.state.after(Move::Offer).map_err(|e| AppError::Conflict(e.to_string()))?;
    check_gates(app, &request, volunteer_id).await?;
    let volunteer = app.store.volunteer(volunteer_id).await?.ok_or(AppError::NotFound)?;
    let now = app.now();
    let offered = HelpRequest {
        state,
        volunteer_id: Some(volunteer_id),
        updated_at: now,
        version: version + 1,
        ..request.clone()
    };
    let link = super::link(app, volunteer_id).await?;
    let emails = offer_email(app, &volunteer, &request, &link);
    let event = event(app, actor, &request, "offer", Some(volunteer_id), "");
    let audit = actor.entry(
        now,
        "help_request.offered",
        "help_request",
        &request.reference,
        json!({ "volunteer": volunteer_id }),
    );
    app.store
        .save_request(&RequestChange { request: &offered, event: &event, audit: &audit, emails: &emails })
        .await
        .map_err(crate::changed_meanwhile)?;
    app.volunteer_pool.forget_all();
    Ok(())
}

/// A timeline entry for a request.
pub(crate) fn event(
    app: &App,
    actor: &Actor,
    request: &HelpRequest,
    action: &str,
    volunteer: Option<Uuid>,
    note: &str,
) -> HelpEvent {
    HelpEvent {
        id: Uuid::now_v7(),
        request_id: request.id,
        at: app.now(),
        actor_id: actor.user_id,
        actor: actor.label.clone(),
        action: action.to_owned(),
        volunteer_id: volunteer,
        note: note.to_owned(),
    }
}

/// An open task a volunteer may claim: what and where (the street and postcode, never the address), how far.
#[derive(Debug, Clone)]
pub struct Claimable {
    pub request: HelpRequest,
    pub distance: matching::Distance,
}

/// The most open requests the claim list reads: those within the volunteer's reach, nearest first.
pub const MAX_CLAIMABLE_READ: i64 = 2_000;

/// The open tasks near a volunteer that they pass every gate for, nearest first (at most 20).
pub async fn claimable(app: &App, volunteer: &Volunteer) -> Result<Vec<Claimable>> {
    if volunteer.state != VolunteerState::Ready {
        return Ok(Vec::new());
    }
    let me = fresh_candidate(app, volunteer.id).await?;
    let query = kith_store::volunteering::RequestQuery {
        states: vec![TaskState::Open],
        near: Some((me.home, me.travel_limit())),
        limit: MAX_CLAIMABLE_READ,
        ..Default::default()
    };
    let (open, _) = app.store.requests(&query).await?;
    let today = app.today();
    let mut near: Vec<Claimable> = open
        .into_iter()
        .filter_map(|request| {
            let distance = matching::gates(&task(&request), &me, today).ok()?;
            Some(Claimable { request, distance })
        })
        .collect();
    near.sort_by_key(|c| c.distance);
    near.truncate(20);
    Ok(near)
}

/// A volunteer claims an open task from their list: the gates are checked on them as stored, and it is theirs,
/// accepted, at once (one who claims has said yes).
pub async fn claim(app: &App, volunteer: &Volunteer, actor: &Actor, reference: &str, version: i32) -> Result<()> {
    let request = app.store.request_by_reference(reference).await?.ok_or(AppError::NotFound)?;
    if request.version != version || request.state != TaskState::Open {
        return Err(AppError::Conflict("Someone else has taken this task meanwhile.".into()));
    }
    check_gates(app, &request, volunteer.id).await?;
    let state = TaskState::Open
        .after(Move::Offer)
        .and_then(|s| s.after(Move::Accept))
        .map_err(|e| AppError::Conflict(e.to_string()))?;
    let now = app.now();
    let claimed = HelpRequest {
        state,
        volunteer_id: Some(volunteer.id),
        updated_at: now,
        version: version + 1,
        ..request.clone()
    };
    let event = event(app, actor, &request, "claim", Some(volunteer.id), "");
    let audit = actor.entry(
        now,
        "help_request.claimed",
        "help_request",
        &request.reference,
        json!({ "volunteer": volunteer.id }),
    );
    app.store
        .save_request(&RequestChange { request: &claimed, event: &event, audit: &audit, emails: &[] })
        .await
        .map_err(|_| AppError::Conflict("Someone else has taken this task meanwhile.".into()))?;
    app.volunteer_pool.forget_all();
    Ok(())
}
