//! Surge mode: a coordinator assigns a whole backlog at once. The open requests of their wards are shared among the
//! ready volunteers by an optimal assignment (`kith_core::volunteering::assignment`: the most urgent work done,
//! then the least total cost, over only the pairs every gate allows), each pair offered to its volunteer and told
//! by email. Requests a coordinator assigned by hand meanwhile keep their volunteer: those pairs are skipped and
//! counted.

use std::collections::{HashMap, HashSet};

use kith_core::volunteering::assignment::{self, AssignmentError, MAX_TASKS};
use kith_core::volunteering::matching::Task;
use kith_core::volunteering::{Move, TaskState};
use kith_store::volunteering::{HelpRequest, RequestChange, RequestQuery};
use serde_json::json;
use uuid::Uuid;

use super::coordinated_wards;
use super::matching::{event, offer_email, pool, task};
use crate::accounts::Principal;
use crate::{Actor, App, AppError, Result};

/// What assigning a backlog did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Backlog {
    /// Open requests considered.
    pub open: usize,
    /// Offered to a volunteer now.
    pub offered: usize,
    /// Open requests no volunteer passes every gate for (or none had room left).
    pub unassigned: usize,
    /// Offered by someone else between reading and saving: left as they were.
    pub changed_meanwhile: usize,
    /// The total distance of the pairs offered, in metres.
    pub distance_m: u64,
}

/// Assigns the open requests of the wards `principal` coordinates (at most `MAX_TASKS`, most urgent and oldest
/// first) to the ready volunteers, optimally, and offers each its volunteer.
pub async fn assign_backlog(app: &App, principal: &Principal, actor: &Actor) -> Result<Backlog> {
    let wards = coordinated_wards(app, principal)?;
    let every = wards.len() == app.places().wards().len();
    let query = RequestQuery {
        wards: if every { Vec::new() } else { wards },
        states: vec![TaskState::Open],
        volunteer: None,
        near: None,
        limit: MAX_TASKS as i64,
        offset: 0,
    };
    let (open, _) = app.store.requests(&query).await?;
    let pool = pool(app).await?;
    let tasks: Vec<Task> = open.iter().map(task).collect();
    let today = app.today();
    let result = assignment::assign(&tasks, &pool.candidates, &pool.rarity, today)
        .map_err(|e: AssignmentError| AppError::Conflict(e.to_string()))?;
    let by_id: HashMap<Uuid, &HelpRequest> = open.iter().map(|r| (r.id, r)).collect();
    let now = app.now();
    let mut offered = Vec::with_capacity(result.pairs.len());
    let mut events = Vec::with_capacity(result.pairs.len());
    let mut audits = Vec::with_capacity(result.pairs.len());
    let mut emails = Vec::with_capacity(result.pairs.len());
    for pair in &result.pairs {
        let Some(r) = by_id.get(&pair.task) else { continue };
        let Ok(state) = r.state.after(Move::Offer) else { continue };
        offered.push(HelpRequest {
            state,
            volunteer_id: Some(pair.volunteer),
            updated_at: now,
            version: r.version + 1,
            ..(*r).clone()
        });
        events.push(event(app, actor, r, "offer", Some(pair.volunteer), "Assigned with the backlog"));
        audits.push(actor.entry(
            now,
            "help_request.offered",
            "help_request",
            &r.reference,
            json!({ "volunteer": pair.volunteer, "batch": true, "metres": pair.distance.metres() }),
        ));
        let volunteer = app.store.volunteer(pair.volunteer).await?;
        let link = super::link(app, pair.volunteer).await?;
        emails.push(volunteer.map(|v| offer_email(app, &v, r, &link)).unwrap_or_default());
    }
    let changes: Vec<RequestChange<'_>> = offered
        .iter()
        .zip(&events)
        .zip(&audits)
        .zip(&emails)
        .map(|(((request, event), audit), emails)| RequestChange { request, event, audit, emails })
        .collect();
    let saved: HashSet<Uuid> = app.store.save_requests(&changes).await?.into_iter().collect();
    app.volunteer_pool.forget_all();
    let distance_m =
        result.pairs.iter().filter(|p| saved.contains(&p.task)).map(|p| u64::from(p.distance.metres())).sum();
    Ok(Backlog {
        open: open.len(),
        offered: saved.len(),
        unassigned: result.unassigned.len(),
        changed_meanwhile: changes.len() - saved.len(),
        distance_m,
    })
}
