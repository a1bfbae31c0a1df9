//! Volunteering on the web. This file: the public side, which works on a phone and without JavaScript: signing up
//! (`/volunteer`), the volunteer's own page at the link emailed to them (`/volunteer/{id}/{sig}`: pause and resume,
//! tasks offered and accepted, the address shown on asking, done or could not, and open tasks near them to claim),
//! asking for help (`/help`) and organisations' opportunities (`/volunteering`). What coordinators do
//! (`/volunteering/manage/…`) is `manage.rs`.

mod manage;

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::Actor;
use kith_app::volunteering::requests::{self, Asker, HelpForm};
use kith_app::volunteering::tasks::{self, Answer};
use kith_app::volunteering::{self as vol, Registrar, VolunteerForm};
use kith_core::places::Postcode;
use kith_core::volunteering::dbs::{DbsLevel, Workforce};
use kith_core::volunteering::{
    LANGUAGES, OpportunityKind, PartOfDay, Skill, TaskState, Urgency, VolunteerState, Vulnerability,
};
use minijinja::{Value, context};
use serde::Deserialize;
use uuid::Uuid;

use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::pages::{form_with_errors, page, problems_of};
use crate::routes::Routes;
use crate::security::redirect;

pub(super) fn skill_items() -> Vec<Value> {
    Skill::ALL.iter().map(|s| context! { key => s.as_str(), name => s.label() }).collect()
}

pub(super) fn language_items() -> Vec<Value> {
    LANGUAGES
        .iter()
        .filter(|l| l.code != "en")
        .map(|l| context! { key => l.code, value => l.code, name => l.name })
        .collect()
}

const DAYS: [(&str, &str); 7] = [
    ("mon", "Monday"),
    ("tue", "Tuesday"),
    ("wed", "Wednesday"),
    ("thu", "Thursday"),
    ("fri", "Friday"),
    ("sat", "Saturday"),
    ("sun", "Sunday"),
];

/// Every slot of the week as checkbox items (`mon-morning`, "Monday morning").
pub(super) fn slot_items() -> Vec<Value> {
    DAYS.iter()
        .flat_map(|(day, name)| {
            PartOfDay::ALL.iter().map(move |part| {
                context! { key => format!("{day}-{}", part.as_str()), name => format!("{name} {}", part.as_str()) }
            })
        })
        .collect()
}

pub(super) fn urgency_items() -> Vec<Value> {
    Urgency::ALL.iter().map(|u| context! { value => u.as_str(), name => u.words() }).collect()
}

pub(super) fn person_items() -> Vec<Value> {
    Vulnerability::ALL.iter().map(|p| context! { value => p.as_str(), name => p.words() }).collect()
}

pub(super) fn level_items() -> Vec<Value> {
    DbsLevel::ALL.iter().map(|l| context! { value => l.as_str(), name => l.check_words() }).collect()
}

pub(super) fn workforce_items() -> Vec<Value> {
    Workforce::ALL.iter().map(|w| context! { value => w.as_str(), name => w.words() }).collect()
}

// ---- Signing up ----

pub(super) fn render_sign_up(
    state: &AppState,
    ctx: &Ctx,
    action: &str,
    staff: bool,
    form: &VolunteerForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let own = context! {
        action => action,
        staff => staff,
        skills => skill_items(),
        language_choices => language_items(),
        slots => slot_items(),
        form => form,
    };
    form_with_errors(state, ctx, "volunteering/sign_up.html", own, problems)
}

async fn sign_up_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_sign_up(&state, &ctx, "/volunteer", false, &VolunteerForm::default(), &[])
}

async fn sign_up(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<VolunteerForm>,
) -> Result<Response, PageError> {
    if !state.public_writes.allow(state.app.clock.as_ref(), ctx.ip.as_deref(), None) {
        return Err(PageError::TooMany);
    }
    match vol::sign_up(&state.app, Registrar::Online, &Actor::anonymous(ctx.ip.clone()), &form).await {
        Ok(s) => Ok(redirect(&s.link).into_response()),
        Err(e) => render_sign_up(&state, &ctx, "/volunteer", false, &form, &problems_of(e)?),
    }
}

// ---- The volunteer's own page ----

fn id_of(text: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(text).map_err(|_| PageError::NotFound)
}

fn task_line(r: &vol::HelpRequest) -> Value {
    context! {
        reference => r.reference,
        what => r.what,
        street => r.street,
        postcode => r.postcode,
        urgency => r.urgency.words(),
        state => r.state.as_str(),
        version => r.version,
        needed_by => r.needed_by.map(|d| d.format("%-d %B %Y").to_string()),
    }
}

/// An exchange as a member reads it: with whom, which way, how long, what and when.
fn exchange_line(
    e: &kith_app::timebank::StoredExchange,
    me: Uuid,
    names: &std::collections::BTreeMap<Uuid, String>,
) -> Value {
    let credited = e.to == Some(me);
    let other = if credited { e.from } else { e.to };
    context! {
        id => e.id.to_string(),
        other => other.map_or_else(|| "the community pot".to_owned(), |o| names.get(&o).cloned().unwrap_or_default()),
        credited => credited,
        hours => kith_core::timebank::Hours::from_minutes(e.minutes).to_string(),
        what => e.what,
        on => e.on.format("%-d %B %Y").to_string(),
        channel => e.channel.words(),
    }
}

async fn render_own(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
    sig: &str,
    shown: Option<(&str, tasks::Contact)>,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    render_own_with(state, ctx, id, sig, shown, &kith_app::timebank::ExchangeForm::default(), problems).await
}

async fn render_own_with(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
    sig: &str,
    shown: Option<(&str, tasks::Contact)>,
    exchange_form: &kith_app::timebank::ExchangeForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let v = vol::by_link(&state.app, id, sig).await?;
    let own_tasks = tasks::own(&state.app, &v).await?;
    let near = vol::matching::claimable(&state.app, &v).await?;
    let bank = kith_app::timebank::statement(&state.app, &v).await?;
    let own = context! {
        action => format!("/volunteer/{id}/{sig}"),
        name => v.name,
        state => v.state.as_str(),
        state_words => v.state.words(),
        version => v.version,
        ready => v.state == VolunteerState::Ready,
        paused => v.state == VolunteerState::Paused,
        offered => own_tasks.iter().filter(|r| r.state == TaskState::Offered).map(task_line).collect::<Vec<_>>(),
        accepted => own_tasks.iter().filter(|r| r.state == TaskState::Accepted).map(task_line).collect::<Vec<_>>(),
        near => near.iter().map(|c| context! { distance => c.distance.to_string(), ..task_line(&c.request) }).collect::<Vec<_>>(),
        shown => shown.map(|(reference, c)| context! {
            reference => reference, address => c.address, postcode => c.postcode, name => c.name, phone => c.phone,
        }),
        balance => bank.balance.to_string(),
        waiting => bank.waiting.iter().map(|e| exchange_line(e, v.id, &bank.names)).collect::<Vec<_>>(),
        exchange => exchange_form,
    };
    form_with_errors(state, ctx, "volunteering/own.html", own, problems)
}

async fn own_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sig)): Path<(String, String)>,
) -> Result<Response, PageError> {
    render_own(&state, &ctx, id_of(&id)?, &sig, None, &[]).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct OwnForm {
    /// `pause`, `resume`, `accept`, `decline`, `done`, `could_not`, `claim` or `address`; for the time bank,
    /// `exchange`, `confirm`, `refuse` or `donate`.
    action: String,
    reference: String,
    note: String,
    version: i32,
    /// The time bank's forms.
    exchange_id: String,
    other: String,
    direction: String,
    hours: String,
    what: String,
    on: String,
}

impl OwnForm {
    fn exchange(&self) -> kith_app::timebank::ExchangeForm {
        kith_app::timebank::ExchangeForm {
            other: self.other.clone(),
            direction: self.direction.clone(),
            hours: self.hours.clone(),
            what: self.what.clone(),
            on: self.on.clone(),
        }
    }
}

async fn own_post(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sig)): Path<(String, String)>,
    Submitted(form): Submitted<OwnForm>,
) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    let v = vol::by_link(&state.app, id, &sig).await?;
    let actor = Actor::anonymous(ctx.ip.clone());
    let back = format!("/volunteer/{id}/{sig}");
    let app = &state.app;
    let timebank = kith_app::timebank::ExchangeForm::default();
    let done = match form.action.as_str() {
        "exchange" => match kith_app::timebank::propose(app, &v, &actor, &form.exchange()).await {
            Ok(_) => Ok(()),
            Err(e) => {
                return render_own_with(&state, &ctx, id, &sig, None, &form.exchange(), &problems_of(e)?).await;
            }
        },
        "confirm" | "refuse" => match Uuid::parse_str(form.exchange_id.trim()) {
            Ok(exchange) => kith_app::timebank::answer(app, &v, &actor, exchange, form.action == "confirm").await,
            Err(_) => return Err(PageError::NotFound),
        },
        "donate" => kith_app::timebank::donate(app, &v, &actor, &form.hours).await,
        "pause" | "resume" => vol::pause(app, &v, &actor, form.action == "pause", form.version).await,
        "claim" => vol::matching::claim(app, &v, &actor, &form.reference, form.version).await,
        "address" => match tasks::reveal(app, &v, &actor, &form.reference).await {
            Ok(contact) => return render_own(&state, &ctx, id, &sig, Some((&form.reference, contact)), &[]).await,
            Err(e) => Err(e),
        },
        other => match Answer::parse(other) {
            Some(answer) => {
                tasks::answer(app, &v, &actor, &form.reference, answer, &form.note, form.version).await.map(|_| ())
            }
            None => return Err(PageError::BadRequest),
        },
    };
    match done {
        Ok(()) => Ok(redirect(&back).into_response()),
        Err(e) => render_own_with(&state, &ctx, id, &sig, None, &timebank, &problems_of(e)?).await,
    }
}

/// A member's time bank statement: every posting, newest first, with the balance after each.
async fn statement(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sig)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    let v = vol::by_link(&state.app, id, &sig).await?;
    let bank = kith_app::timebank::statement(&state.app, &v).await?;
    let mut after = bank.balance.as_minutes();
    let lines: Vec<Value> = bank
        .lines
        .iter()
        .map(|l| {
            let line = context! {
                balance => kith_core::timebank::Hours::from_minutes(after).to_string(),
                ..exchange_line(&l.exchange, v.id, &bank.names)
            };
            after -= l.minutes;
            line
        })
        .collect();
    let own = context! { name => v.name, back => format!("/volunteer/{id}/{sig}"), balance => bank.balance.to_string(), lines => lines };
    page(&state, &ctx, "volunteering/statement.html", own)
}

// ---- Asking for help ----

pub(super) fn render_help(
    state: &AppState,
    ctx: &Ctx,
    action: &str,
    staff: bool,
    form: &HelpForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let own = context! {
        action => action,
        staff => staff,
        skills => skill_items(),
        language_choices => language_items(),
        slots => slot_items(),
        urgencies => urgency_items(),
        people => person_items(),
        levels => level_items(),
        workforces => workforce_items(),
        form => form,
    };
    form_with_errors(state, ctx, "volunteering/help.html", own, problems)
}

async fn help_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_help(&state, &ctx, "/help", false, &HelpForm::default(), &[])
}

async fn help(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<HelpForm>,
) -> Result<Response, PageError> {
    if !state.public_writes.allow(state.app.clock.as_ref(), ctx.ip.as_deref(), None) {
        return Err(PageError::TooMany);
    }
    match requests::ask(&state.app, Asker::Online, &Actor::anonymous(ctx.ip.clone()), &form).await {
        Ok(reference) => page(&state, &ctx, "volunteering/help_sent.html", context! { reference => reference }),
        Err(e) => render_help(&state, &ctx, "/help", false, &form, &problems_of(e)?),
    }
}

// ---- Opportunities ----

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct FindQuery {
    postcode: String,
    skill: String,
}

async fn opportunities(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<FindQuery>,
) -> Result<Response, PageError> {
    let mut problems = Vec::new();
    let near = match q.postcode.trim() {
        "" => None,
        text => match Postcode::parse(text).ok().and_then(|p| {
            match state.app.places().place(kith_app::places::At::Postcode(&p)) {
                kith_app::places::Place::InCity { position, .. }
                | kith_app::places::Place::Outside { position, .. } => Some(position),
                kith_app::places::Place::Unknown => None,
            }
        }) {
            Some(at) => Some(at),
            None => {
                problems.push(("postcode", "We do not know that postcode: check it".to_owned()));
                None
            }
        },
    };
    let skill = Skill::try_from(q.skill.trim()).ok();
    let found = kith_app::volunteering::opportunities::find(&state.app, near, skill).await?;
    let items: Vec<Value> = found
        .iter()
        .map(|f| {
            let o = &f.opportunity;
            context! {
                title => o.title,
                description => o.description,
                organisation => f.organisation,
                kind => o.kind.words(),
                postcode => o.postcode,
                skills => o.skills.to_string(),
                distance => f.distance_m.map(|m| kith_core::volunteering::matching::Distance::from_metres(m).to_string()),
                starts_on => o.starts_on.map(|d| state.catalogues.dates(&ctx.language.tag).date(d)),
            }
        })
        .collect();
    let skills: Vec<Value> = Skill::ALL.iter().map(|s| context! { value => s.as_str(), name => s.label() }).collect();
    let own = context! {
        opportunities => items,
        postcode => q.postcode.trim(),
        skill => q.skill.trim(),
        skills => skills,
        kinds => OpportunityKind::ALL.iter().map(|k| k.words()).collect::<Vec<_>>(),
    };
    form_with_errors(&state, &ctx, "volunteering/opportunities.html", own, &problems)
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/volunteer", get(sign_up_page).post(sign_up))
        .route("/volunteer/{id}/{sig}", get(own_page).post(own_post))
        .route("/volunteer/{id}/{sig}/timebank", get(statement))
        .route("/help", get(help_page).post(help))
        .route("/volunteering", get(opportunities))
        .merge(manage::routes())
}
