//! Applying, through pages that work on a phone and without JavaScript: a first step that keeps a draft and emails
//! its link (`/grants/rounds/{round}/apply`), then the application's own page at that link, which is the whole
//! form while it is a draft ("save and come back later", or send it) and, once sent, where it is, who decides and
//! by when, with the answer to a request for more information and withdrawal.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::Actor;
use kith_app::grants::apply::{self, ApplicationForm};
use kith_app::grants::award::{Letter, ReturnForm};
use kith_app::grants::decide;
use kith_core::calendar::WorkingDays;
use kith_core::grants::{ApplicationState, GroupKind};
use minijinja::{Value, context};
use serde::Deserialize;
use uuid::Uuid;

use super::{date, words};
use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::pages::{form_with_errors, problems_of};
use crate::routes::Routes;
use crate::security::redirect;

pub(super) fn kind_choices() -> Vec<Value> {
    GroupKind::ALL.iter().map(|k| context! { value => k.as_str(), name => k.words() }).collect()
}

/// The fund's wards as a select's options (all the city's when it funds the whole city).
pub(super) async fn ward_choices_for(state: &AppState, round: Uuid) -> Result<Vec<Value>, PageError> {
    let page = kith_app::grants::round_page(&state.app, round).await?;
    let places = state.app.places();
    let mut wards: Vec<_> = if page.fund.wards.is_empty() {
        places.wards().iter().collect()
    } else {
        page.fund.wards.iter().filter_map(|w| places.ward(w)).collect()
    };
    wards.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(wards.iter().map(|w| context! { value => w.code.as_str(), name => w.name }).collect())
}

async fn render_start(
    state: &AppState,
    ctx: &Ctx,
    round: Uuid,
    form: &ApplicationForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let about = kith_app::grants::round_page(&state.app, round).await?;
    let own = context! {
        round => context! { id => round.to_string(), name => about.round.name },
        fund => context! { id => about.fund.id.to_string(), name => about.fund.name },
        wards => ward_choices_for(state, round).await?,
        form => form,
    };
    form_with_errors(state, ctx, "grants/start.html", own, problems)
}

fn round_id(text: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(text).map_err(|_| PageError::NotFound)
}

async fn start_page(State(state): State<AppState>, ctx: Ctx, Path(round): Path<String>) -> Result<Response, PageError> {
    render_start(&state, &ctx, round_id(&round)?, &ApplicationForm::default(), &[]).await
}

async fn start(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(round): Path<String>,
    Submitted(form): Submitted<ApplicationForm>,
) -> Result<Response, PageError> {
    let round = round_id(&round)?;
    if !state.public_writes.allow(state.app.clock.as_ref(), ctx.ip.as_deref(), None) {
        return Err(PageError::TooMany);
    }
    match apply::start(&state.app, &Actor::anonymous(ctx.ip.clone()), round, &form).await {
        Ok(draft) => Ok(redirect(&draft.link).into_response()),
        Err(e) => render_start(&state, &ctx, round, &form, &problems_of(e)?).await,
    }
}

/// Where the whole form is shown: for a draft (the applicant's) or for staff keying one in (`staff_channel` set).
pub(super) struct FormPage<'a> {
    pub round: Uuid,
    /// Where the form posts.
    pub action: &'a str,
    pub staff_channel: Option<&'a str>,
    /// The draft's reference.
    pub reference: Option<&'a str>,
}

pub(super) async fn render_form(
    state: &AppState,
    ctx: &Ctx,
    at: FormPage<'_>,
    form: &ApplicationForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let FormPage { round, action, staff_channel, reference } = at;
    let about = kith_app::grants::round_page(&state.app, round).await?;
    let own = context! {
        action => action,
        reference => reference,
        staff => staff_channel.is_some(),
        channel => staff_channel.unwrap_or_default(),
        round => context! { id => round.to_string(), name => about.round.name },
        fund => context! {
            name => about.fund.name,
            max_award => about.fund.max_award.to_string(),
            fast_track_up_to => about.fund.promise.fast_track_up_to.to_string(),
            fast_track_days => about.fund.promise.fast_track_days,
        },
        wards => ward_choices_for(state, round).await?,
        kinds => kind_choices(),
        form => form,
    };
    form_with_errors(state, ctx, "grants/application.html", own, problems)
}

async fn render_status(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
    sig: &str,
    answer: &str,
    return_form: &ReturnForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let s = apply::status(&state.app, id, sig).await?;
    let a = &s.application;
    let made_return = kith_app::grants::award::return_of(&state.app, id, sig).await?;
    let short_return = a.awarded.is_some_and(|p| p <= s.fund.promise.fast_track_up_to);
    let own = context! {
        action => format!("/grants/applications/{id}/{sig}"),
        reference => a.reference,
        state => a.state.as_str(),
        state_words => a.state.words(),
        fund => s.fund.name,
        round => s.round.name,
        group => a.group_name,
        project => a.details.project_title,
        amount => a.amount.to_string(),
        awarded => a.awarded.map(|p| p.to_string()),
        reasons => a.decision_reason,
        who_decides => s.who_decides,
        due => decide::due_on(a).map(|d| date(state, ctx, d)),
        asked => a.state == ApplicationState::InfoRequested,
        question => s.events.iter().rev().find(|e| e.action == "ask").map(|e| e.note.clone()),
        may_withdraw => a.state.after(kith_core::grants::Move::Withdraw).is_ok(),
        events => s.events.iter().map(|e| context! {
            at => words(state, ctx).date(WorkingDays::local_date(e.at)),
            action => e.action,
            note => if e.action == "ask" || e.action == "answer" || a.state.is_final() { e.note.clone() } else { String::new() },
        }).collect::<Vec<_>>(),
        answer => answer,
        awarded_state => a.state.is_awarded(),
        payment => a.payment.words(),
        paid => a.paid_at.map(|t| date(state, ctx, WorkingDays::local_date(t))),
        return_due => a.return_due_on.map(|d| date(state, ctx, d)),
        return_made => made_return.is_some(),
        short_return => short_return,
        return_form => return_form,
    };
    form_with_errors(state, ctx, "grants/status.html", own, problems)
}

async fn application(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sig)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    let a = apply::by_link(&state.app, id, &sig).await?;
    if a.state == ApplicationState::Draft {
        let action = format!("/grants/applications/{id}/{sig}");
        let at = FormPage { round: a.round_id, action: &action, staff_channel: None, reference: Some(&a.reference) };
        render_form(&state, &ctx, at, &apply::form_of(&a), &[]).await
    } else {
        render_status(&state, &ctx, id, &sig, "", &ReturnForm::default(), &[]).await
    }
}

/// What the application's page sends: which button, and the form or the answer.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct ApplicationPost {
    /// `save`, `submit`, `answer`, `withdraw` or `return`.
    action: String,
    answer: String,
    /// The end-of-grant return's fields (its number of people is the form's `people_reached`).
    what_happened: String,
    spent_on: String,
    learned: String,
    #[serde(flatten)]
    form: ApplicationForm,
}

async fn act(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sig)): Path<(String, String)>,
    Submitted(post): Submitted<ApplicationPost>,
) -> Result<Response, PageError> {
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    if !state.public_writes.allow(state.app.clock.as_ref(), ctx.ip.as_deref(), None) {
        return Err(PageError::TooMany);
    }
    let actor = Actor::anonymous(ctx.ip.clone());
    let here = format!("/grants/applications/{id}/{sig}");
    let a = apply::by_link(&state.app, id, &sig).await?;
    let return_form = ReturnForm {
        what_happened: post.what_happened.clone(),
        people_reached: post.form.people_reached.clone(),
        spent_on: post.spent_on.clone(),
        learned: post.learned.clone(),
    };
    let outcome = match post.action.as_str() {
        "save" => apply::save(&state.app, &actor, id, &sig, &post.form).await.map(|_| ()),
        "submit" => apply::submit(&state.app, &actor, id, &sig, &post.form).await.map(|_| ()),
        "answer" => decide::answer(&state.app, &actor, id, &sig, &post.answer).await.map(|_| ()),
        "withdraw" => decide::withdraw(&state.app, &actor, id, &sig).await,
        "return" => kith_app::grants::award::submit_return(&state.app, &actor, id, &sig, &return_form).await,
        _ => return Err(PageError::NotFound),
    };
    match outcome {
        Ok(()) => Ok(redirect(&here).into_response()),
        Err(e) if a.state == ApplicationState::Draft => {
            let problems = problems_of(e)?;
            let at = FormPage { round: a.round_id, action: &here, staff_channel: None, reference: Some(&a.reference) };
            render_form(&state, &ctx, at, &post.form, &problems).await
        }
        Err(e) => render_status(&state, &ctx, id, &sig, &post.answer, &return_form, &problems_of(e)?).await,
    }
}

/// An award letter as its printable page shows it.
pub(super) fn letter_page(state: &AppState, ctx: &Ctx, l: &Letter) -> Result<Response, PageError> {
    let a = &l.application;
    let own = context! {
        reference => a.reference,
        date => a.decided_at.map(|t| date(state, ctx, WorkingDays::local_date(t))),
        to => a.details.people.first().map(|p| p.name.clone()),
        group => a.group_name,
        fund => l.fund.name,
        project => a.details.project_title,
        awarded => l.awarded.to_string(),
        asked => a.amount.to_string(),
        part => l.awarded < a.amount,
        reasons => a.decision_reason,
        paid_to => l.paid_to,
        short_return => l.short_return,
        return_due => a.return_due_on.map(|d| date(state, ctx, d)),
        city => state.app.places().city_name().unwrap_or_default().to_owned(),
    };
    crate::pages::page(state, ctx, "grants/letter.html", own)
}

async fn letter(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, sig)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    let l = kith_app::grants::award::letter(&state.app, id, &sig).await?;
    letter_page(&state, &ctx, &l)
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/grants/rounds/{round}/apply", get(start_page).post(start))
        .route("/grants/applications/{id}/{sig}", get(application).post(act))
        .route("/grants/applications/{id}/{sig}/letter", get(letter))
}
