//! What an officer does with an application: sees the queue with each clock, asks the applicant for more
//! information (the clock pauses until they answer), and decides (award, part award or decline), always with the
//! reasons, which a declined applicant receives as written feedback. The applicant may withdraw at any time before
//! a decision.

use chrono::{DateTime, Utc};
use kith_core::calendar::WorkingDays;
use kith_core::grants::{ApplicationState, DecisionClock, Move, Pence};
use kith_store::grants::ApplicationChange;
use kith_store::outbox::OutgoingEmail;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::apply::{by_link, link};
use super::{Application, ApplicationQuery, Fund, GrantEvent, conflict, event, may_manage, may_manage_somewhere};
use crate::accounts::Principal;
use crate::problems::{Problems, text_within};
use crate::{Actor, App, AppError, Result};

/// Applications on a page of an officer's queue.
pub const QUEUE_PAGE: i64 = 50;
/// The furthest page of a queue one may ask for.
pub const MAX_QUEUE_PAGE: i64 = 10_000;

/// One application in an officer's queue, with its clock.
#[derive(Debug, Clone)]
pub struct Queued {
    pub application: Application,
    pub fund_name: String,
    /// Working days left before it is due (negative when late); `None` when the clock is paused or stopped.
    pub days_left: Option<i64>,
    pub late: bool,
}

/// A page of the applications to the funds `principal` runs that wait for someone (submitted or waiting for the
/// applicant), the longest-waiting first.
pub async fn queue(app: &App, principal: &Principal, fund: Option<Uuid>, page: i64) -> Result<(Vec<Queued>, i64)> {
    may_manage_somewhere(principal)?;
    let funds: Vec<Fund> = app
        .store
        .funds()
        .await?
        .into_iter()
        .filter(|f| fund.is_none_or(|id| id == f.id) && may_manage(app, principal, f).is_ok())
        .collect();
    if funds.is_empty() {
        return Ok((Vec::new(), 0));
    }
    let page = page.clamp(1, MAX_QUEUE_PAGE);
    let query = ApplicationQuery {
        funds: funds.iter().map(|f| f.id).collect(),
        states: vec![ApplicationState::Submitted, ApplicationState::InfoRequested],
        order: kith_store::grants::Order::Due,
        limit: QUEUE_PAGE,
        offset: (page - 1) * QUEUE_PAGE,
        ..ApplicationQuery::default()
    };
    let (found, total) = app.store.applications(&query).await?;
    let now = app.now();
    let calendar = app.working_days();
    let queued = found
        .into_iter()
        .map(|application| {
            let fund_name =
                funds.iter().find(|f| f.id == application.fund_id).map(|f| f.name.clone()).unwrap_or_default();
            let running = application.paused_at.is_none();
            let days_left = application.due_at.filter(|_| running).map(|d| calendar.days_left(now, d));
            let late = running && application.due_at.is_some_and(|d| now >= d);
            Queued { application, fund_name, days_left, late }
        })
        .collect();
    Ok((queued, total))
}

/// An application as an officer sees it, with its timeline.
pub async fn application(
    app: &App,
    principal: &Principal,
    reference: &str,
) -> Result<(Application, Fund, Vec<GrantEvent>)> {
    let a = app.store.application_by_reference(reference).await?.ok_or(AppError::NotFound)?;
    let fund = app.store.fund(a.fund_id).await?.ok_or(AppError::NotFound)?;
    may_manage(app, principal, &fund)?;
    let events = app.store.events_of(a.id).await?;
    Ok((a, fund, events))
}

/// A decision as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct DecisionForm {
    /// `award`, `part_award`, `decline` or `ask` (for more information).
    pub decision: String,
    /// For a part award: how much.
    pub amount: String,
    /// Why: required for every decision, and sent to the applicant.
    pub reasons: String,
    pub version: i32,
}

fn to_applicant(
    app: &App,
    a: &Application,
    subject: &str,
    body: &str,
    link: &str,
    now: DateTime<Utc>,
) -> Vec<OutgoingEmail> {
    let Some(person) = a.details.people.first().filter(|p| !p.email.is_empty()) else { return Vec::new() };
    let url = format!("{}{link}", app.settings.public_url.trim_end_matches('/'));
    vec![OutgoingEmail::new(
        &person.email,
        subject,
        &format!("Hello {},\n\n{body}\n\nSee your application: {url}\n", person.name),
        now,
    )]
}

/// An officer's move on an application of a fund they run: a decision with its reasons, or a question to the
/// applicant. Refused, and nothing changes, if the reasons are missing, the amount is wrong or the move is not
/// one the application's state allows.
pub async fn decide(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    reference: &str,
    form: &DecisionForm,
) -> Result<ApplicationState> {
    let old = app.store.application_by_reference(reference).await?.ok_or(AppError::NotFound)?;
    let fund = app.store.fund(old.fund_id).await?.ok_or(AppError::NotFound)?;
    may_manage(app, principal, &fund)?;
    let mut problems = Problems::default();
    let by = match form.decision.trim() {
        "award" => Some(Move::Award),
        "part_award" => Some(Move::PartAward),
        "decline" => Some(Move::Decline),
        "ask" => Some(Move::AskForInformation),
        _ => {
            problems.push(("decision", "Choose a decision".to_owned()));
            None
        }
    };
    let missing = match by {
        Some(Move::AskForInformation) => "Say what more you need from the applicant",
        _ => "Give the reasons for the decision: the applicant receives them",
    };
    let reasons = text_within(&mut problems, "reasons", &form.reasons, 5_000, Some(missing));
    let awarded = match by {
        Some(Move::Award) => Some(old.amount),
        Some(Move::PartAward) => match Pence::parse_pounds(&form.amount) {
            Ok(p) if p < old.amount => Some(p),
            Ok(_) => {
                problems.push(("amount", format!("A part award is less than the {} asked for", old.amount)));
                None
            }
            Err(e) => {
                problems.push(("amount", e.to_string()));
                None
            }
        },
        _ => None,
    };
    let Some(by) = by else { return Err(problems.into_error()) };
    problems.finish()?;
    if form.version != old.version {
        return Err(AppError::Conflict(crate::CHANGED_MEANWHILE.into()));
    }
    let state = old.state.after(by).map_err(|e| AppError::Conflict(e.to_string()))?;
    let now = app.now();
    let mut row = Application { state, updated_at: now, version: old.version + 1, ..old.clone() };
    let link = link(app, row.id).await?;
    let (subject, body) = match by {
        Move::AskForInformation => {
            row.paused_at = Some(now);
            (
                format!("{}: we need a little more from you", row.reference),
                format!(
                    "To decide on your application {} we need a little more:\n\n{reasons}\n\nAnswer on your application's page; the time we take to decide stops until you do.",
                    row.reference
                ),
            )
        }
        _ => {
            row.decided_at = Some(now);
            row.awarded = awarded;
            if awarded.is_some() {
                row.return_due_on =
                    Some(WorkingDays::local_date(now) + chrono::Duration::days(kith_core::grants::RETURN_AFTER_DAYS));
            }
            row.decision_reason = reasons.clone();
            let outcome = match (by, awarded) {
                (Move::Decline, _) => {
                    format!("We are sorry: {} has not been awarded. Why:\n\n{reasons}", row.reference)
                }
                (_, Some(a)) => {
                    format!("Good news: {} has been awarded {a} from {}.\n\n{reasons}", row.reference, fund.name)
                }
                _ => String::new(),
            };
            (format!("A decision on {}", row.reference), outcome)
        }
    };
    let emails = to_applicant(app, &row, &subject, &body, &link, now);
    let change = ApplicationChange {
        application: &row,
        event: &event(row.id, now, actor, by.as_str(), &reasons),
        audit: &actor.entry(
            now,
            &format!("grant_application.{}", by.as_str()),
            "grant_application",
            &row.reference,
            json!({ "awarded": awarded.map(|p| p.0) }),
        ),
        emails: &emails,
    };
    super::save(app, &change).await.map_err(conflict)?;
    Ok(state)
}

/// The applicant answers a request for more information through their link: the clock runs again, later by the
/// working days it waited.
pub async fn answer(app: &App, actor: &Actor, id: Uuid, sig: &str, text: &str) -> Result<DateTime<Utc>> {
    let old = by_link(app, id, sig).await?;
    let mut problems = Problems::default();
    let answer = text_within(&mut problems, "answer", text, 5_000, Some("Write your answer"));
    problems.finish()?;
    let state = old.state.after(Move::Answer).map_err(|e| AppError::Conflict(e.to_string()))?;
    let now = app.now();
    let clock = match (old.due_at, old.paused_at) {
        (Some(due_at), paused_at) => DecisionClock { due_at, paused_at }.resume(&app.working_days(), now),
        (None, _) => return Err(AppError::Internal(format!("{} waits without a clock", old.reference))),
    };
    let row = Application {
        state,
        due_at: Some(clock.due_at),
        paused_at: None,
        updated_at: now,
        version: old.version + 1,
        ..old
    };
    let change = ApplicationChange {
        application: &row,
        event: &event(row.id, now, actor, Move::Answer.as_str(), &answer),
        audit: &actor.entry(now, "grant_application.answer", "grant_application", &row.reference, json!({})),
        emails: &[],
    };
    super::save(app, &change).await.map_err(conflict)?;
    Ok(clock.due_at)
}

/// The applicant withdraws their application through their link, before a decision.
pub async fn withdraw(app: &App, actor: &Actor, id: Uuid, sig: &str) -> Result<()> {
    let old = by_link(app, id, sig).await?;
    let state = old.state.after(Move::Withdraw).map_err(|e| AppError::Conflict(e.to_string()))?;
    let now = app.now();
    let row = Application { state, updated_at: now, version: old.version + 1, ..old };
    let change = ApplicationChange {
        application: &row,
        event: &event(row.id, now, actor, Move::Withdraw.as_str(), ""),
        audit: &actor.entry(now, "grant_application.withdraw", "grant_application", &row.reference, json!({})),
        emails: &[],
    };
    super::save(app, &change).await.map_err(conflict)
}

/// The last working day a decision is due on, while its clock runs: what the applicant is told to expect.
pub fn due_on(a: &Application) -> Option<chrono::NaiveDate> {
    a.due_at.filter(|_| a.paused_at.is_none() && !a.state.is_final()).map(WorkingDays::last_day)
}
