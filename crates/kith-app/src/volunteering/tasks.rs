//! A task's life on the volunteer's side, from their own page: accept or decline what is offered, see the
//! resident's address and phone once accepted (only they, only while the task is open, and every showing audited),
//! then done (with a note) or could not complete (with the reason, and the request goes back to the queue).

use kith_core::volunteering::{Move, TaskState};
use kith_store::volunteering::{HelpRequest, RequestChange, RequestQuery, Volunteer};
use serde_json::json;

use super::matching::event;
use crate::problems::{Problems, text_within};
use crate::{Actor, App, AppError, Result};

/// The most tasks a volunteer's page lists.
pub const MAX_OWN: i64 = 100;

/// The tasks offered to a volunteer or accepted by them, most urgent first.
pub async fn own(app: &App, volunteer: &Volunteer) -> Result<Vec<HelpRequest>> {
    let query = RequestQuery {
        states: vec![TaskState::Offered, TaskState::Accepted],
        volunteer: Some(volunteer.id),
        limit: MAX_OWN,
        ..RequestQuery::default()
    };
    Ok(app.store.requests(&query).await?.0)
}

/// A volunteer's own task, by reference: refused (not found) for anyone else's.
async fn mine(app: &App, volunteer: &Volunteer, reference: &str) -> Result<HelpRequest> {
    let r = app.store.request_by_reference(reference).await?.ok_or(AppError::NotFound)?;
    if r.volunteer_id != Some(volunteer.id) {
        return Err(AppError::NotFound);
    }
    Ok(r)
}

/// What a volunteer does with a task, as their page's form sends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Accept,
    Decline,
    Done,
    CouldNot,
}

impl Answer {
    pub fn parse(text: &str) -> Option<Answer> {
        match text {
            "accept" => Some(Answer::Accept),
            "decline" => Some(Answer::Decline),
            "done" => Some(Answer::Done),
            "could_not" => Some(Answer::CouldNot),
            _ => None,
        }
    }

    fn to_move(self) -> Move {
        match self {
            Answer::Accept => Move::Accept,
            Answer::Decline => Move::Decline,
            Answer::Done => Move::Complete,
            Answer::CouldNot => Move::CouldNotComplete,
        }
    }
}

/// A volunteer answers a task of theirs. Declining or not completing puts it back in the queue for someone else
/// (could not complete needs the reason; done takes a note).
pub async fn answer(
    app: &App,
    volunteer: &Volunteer,
    actor: &Actor,
    reference: &str,
    answer: Answer,
    note: &str,
    version: i32,
) -> Result<TaskState> {
    let r = mine(app, volunteer, reference).await?;
    let mut p = Problems::default();
    let missing = (answer == Answer::CouldNot).then_some("Say why it could not be done, so a coordinator can help");
    let note = text_within(&mut p, "note", note, 1_000, missing);
    p.finish()?;
    let by = answer.to_move();
    let state = r.state.after(by).map_err(|e| AppError::Conflict(e.to_string()))?;
    let now = app.now();
    let back_in_queue = state == TaskState::Open;
    let changed = HelpRequest {
        state,
        volunteer_id: if back_in_queue { None } else { r.volunteer_id },
        outcome: if note.is_empty() { r.outcome.clone() } else { note.clone() },
        escalated_at: if back_in_queue { None } else { r.escalated_at },
        reminded_at: if back_in_queue { None } else { r.reminded_at },
        updated_at: now,
        version: version + 1,
        ..r.clone()
    };
    let event = event(app, actor, &r, by.as_str(), Some(volunteer.id), &note);
    let audit = actor.entry(
        now,
        &format!("help_request.{}", by.as_str()),
        "help_request",
        &r.reference,
        json!({ "volunteer": volunteer.id, "note": note }),
    );
    app.store
        .save_request(&RequestChange { request: &changed, event: &event, audit: &audit, emails: &[] })
        .await
        .map_err(crate::changed_meanwhile)?;
    if state == TaskState::Done {
        let v = Volunteer {
            last_task_on: Some(app.today()),
            updated_at: now,
            version: volunteer.version + 1,
            ..volunteer.clone()
        };
        let touched =
            actor.entry(now, "volunteer.task_done", "volunteer", volunteer.id, json!({ "request": r.reference }));
        // The day of their last task feeds fairness; a change to the volunteer meanwhile only loses this date.
        let _ = app
            .store
            .save_volunteer(&kith_store::volunteering::VolunteerChange { volunteer: &v, audit: &touched, emails: &[] })
            .await;
    }
    app.volunteer_pool.forget_all();
    Ok(state)
}

/// Who to visit and how to reach them: personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub address: String,
    pub postcode: String,
    pub name: String,
    pub phone: String,
}

/// Shows a volunteer the address and phone number of a task they have accepted, and audits the showing. Refused
/// for a task that is not theirs, or not accepted, or no longer open.
pub async fn reveal(app: &App, volunteer: &Volunteer, actor: &Actor, reference: &str) -> Result<Contact> {
    let r = mine(app, volunteer, reference).await?;
    if r.state != TaskState::Accepted {
        return Err(AppError::Conflict(match r.state {
            TaskState::Offered => "Accept the task first: the address is shown once you have.".into(),
            _ => "The task is no longer open, so its address is no longer shown.".into(),
        }));
    }
    let now = app.now();
    let event = event(app, actor, &r, "revealed", Some(volunteer.id), "");
    let audit = actor.entry(
        now,
        "help_request.address_revealed",
        "help_request",
        &r.reference,
        json!({ "volunteer": volunteer.id }),
    );
    app.store.record_reveal(&event, &audit).await?;
    Ok(Contact { address: r.address, postcode: r.postcode, name: r.resident_name, phone: r.resident_phone })
}
