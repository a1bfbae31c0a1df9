//! What officers do with grants (`/grants/manage/…`): the queue of applications with their clocks, a fund's form
//! and its rounds, keying in an application taken by phone or on paper, an application with its decision, and the
//! 360Giving file's validation.

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kith_app::grants::decide::{self, DecisionForm};
use kith_app::grants::{self, FundForm, RoundForm};
use kith_core::calendar::WorkingDays;
use kith_core::grants::{Channel, GroupKind};
use minijinja::context;
use serde::Deserialize;
use uuid::Uuid;

use super::apply::{FormPage, render_form};
use super::{date, words};
use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::pages::{form_with_errors, page, problems_of};
use crate::routes::Routes;
use crate::security::redirect;

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct QueueQuery {
    fund: String,
    page: String,
}

async fn queue(State(state): State<AppState>, ctx: Ctx, Query(q): Query<QueueQuery>) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let funds = grants::funds_run_by(&state.app, principal).await?;
    let fund = Uuid::parse_str(q.fund.trim()).ok();
    let page_number = q.page.trim().parse::<i64>().unwrap_or(1);
    let (queued, total) = decide::queue(&state.app, principal, fund, page_number).await?;
    let own = context! {
        funds => funds.iter().map(|f| context! { id => f.id.to_string(), name => f.name }).collect::<Vec<_>>(),
        total => total,
        applications => queued.iter().map(|q| {
            let a = &q.application;
            context! {
                reference => a.reference,
                fund => q.fund_name,
                group => a.group_name,
                amount => a.amount.to_string(),
                channel => a.channel.as_str(),
                state => a.state.as_str(),
                due => a.due_at.map(|d| date(&state, &ctx, WorkingDays::last_day(d))),
                days_left => q.days_left,
                late => q.late,
                duplicates => a.duplicates,
            }
        }).collect::<Vec<_>>(),
    };
    page(&state, &ctx, "grants/manage.html", own)
}

async fn render_fund(
    state: &AppState,
    ctx: &Ctx,
    fund: Option<(Uuid, i32)>,
    form: &FundForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let rounds = match fund {
        Some((id, _)) => grants::fund_to_edit(&state.app, principal, id).await?.1,
        None => Vec::new(),
    };
    let places = state.app.places();
    let mut wards: Vec<_> = places.wards().iter().collect();
    wards.sort_by(|a, b| a.name.cmp(&b.name));
    let own = context! {
        id => fund.map(|(id, _)| id.to_string()),
        version => fund.map(|(_, v)| v),
        form => form,
        wards => wards.iter().map(|w| context! { key => w.code.as_str(), name => w.name }).collect::<Vec<_>>(),
        kinds => GroupKind::ALL.iter().map(|k| context! { key => k.as_str(), name => k.words() }).collect::<Vec<_>>(),
        pot_rules => kith_core::grants::PotRule::ALL.iter().map(|r| context! { value => r.as_str(), name => r.words() }).collect::<Vec<_>>(),
        rounds => rounds.iter().map(|r| context! {
            id => r.id.to_string(),
            name => r.name,
            opens => date(state, ctx, r.opens_on),
            closes => r.closes_on.map(|d| date(state, ctx, d)),
        }).collect::<Vec<_>>(),
        round_form => RoundForm::default(),
    };
    form_with_errors(state, ctx, "grants/fund_form.html", own, problems)
}

async fn new_fund(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    grants::may_manage_somewhere(ctx.signed_in()?)?;
    let form = FundForm {
        criteria: "Need in the area: 3\nResidents lead it: 2\nValue for money: 1".into(),
        ..FundForm::default()
    };
    render_fund(&state, &ctx, None, &form, &[]).await
}

async fn edit_fund(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, PageError> {
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    let (fund, _) = grants::fund_to_edit(&state.app, ctx.signed_in()?, id).await?;
    render_fund(&state, &ctx, Some((id, fund.version)), &FundForm::of(&fund), &[]).await
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct FundPost {
    version: i32,
    #[serde(flatten)]
    form: FundForm,
}

async fn save_fund(
    State(state): State<AppState>,
    ctx: Ctx,
    id: Option<Path<String>>,
    Submitted(post): Submitted<FundPost>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let existing = match id {
        Some(Path(id)) => Some((Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?, post.version)),
        None => None,
    };
    match grants::save_fund(&state.app, principal, &principal.actor(ctx.ip.clone()), existing, &post.form).await {
        Ok(id) => Ok(redirect(&format!("/grants/manage/funds/{id}")).into_response()),
        Err(e) => render_fund(&state, &ctx, existing, &post.form, &problems_of(e)?).await,
    }
}

async fn add_round(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(form): Submitted<RoundForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    match grants::add_round(&state.app, principal, &principal.actor(ctx.ip.clone()), id, &form).await {
        Ok(_) => Ok(redirect(&format!("/grants/manage/funds/{id}")).into_response()),
        Err(e) => {
            let problems = problems_of(e)?;
            let (fund, _) = grants::fund_to_edit(&state.app, principal, id).await?;
            render_fund(&state, &ctx, Some((id, fund.version)), &FundForm::of(&fund), &problems).await
        }
    }
}

fn channel_of(text: &str) -> Option<Channel> {
    Channel::try_from(text).ok().filter(|c| *c != Channel::Online)
}

async fn enter_page(State(state): State<AppState>, ctx: Ctx, Path(round): Path<String>) -> Result<Response, PageError> {
    let round = Uuid::parse_str(&round).map_err(|_| PageError::NotFound)?;
    let about = grants::round_page(&state.app, round).await?;
    grants::may_manage(&state.app, ctx.signed_in()?, &about.fund)?;
    let action = format!("/grants/manage/rounds/{round}/enter");
    let at = FormPage { round, action: &action, staff_channel: Some("phone"), reference: None };
    render_form(&state, &ctx, at, &Default::default(), &[]).await
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct EnterPost {
    channel: String,
    #[serde(flatten)]
    form: kith_app::grants::ApplicationForm,
}

async fn enter(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(round): Path<String>,
    Submitted(post): Submitted<EnterPost>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let round = Uuid::parse_str(&round).map_err(|_| PageError::NotFound)?;
    let action = format!("/grants/manage/rounds/{round}/enter");
    let Some(channel) = channel_of(&post.channel) else {
        let problems = [("channel", "Choose how the application came in: by phone or on paper".to_owned())];
        let at = FormPage { round, action: &action, staff_channel: Some(""), reference: None };
        return render_form(&state, &ctx, at, &post.form, &problems).await;
    };
    let actor = principal.actor(ctx.ip.clone());
    match grants::apply::enter_for_applicant(&state.app, principal, &actor, round, channel, &post.form).await {
        Ok(sent) => Ok(redirect(&format!("/grants/manage/applications/{}", sent.reference)).into_response()),
        Err(e) => {
            let problems = problems_of(e)?;
            let at = FormPage { round, action: &action, staff_channel: Some(channel.as_str()), reference: None };
            render_form(&state, &ctx, at, &post.form, &problems).await
        }
    }
}

async fn render_review(
    state: &AppState,
    ctx: &Ctx,
    reference: &str,
    form: &DecisionForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let (a, fund, events) = decide::application(&state.app, ctx.signed_in()?, reference).await?;
    let places = state.app.places();
    let d = &a.details;
    let own = context! {
        reference => a.reference,
        fund => context! { id => fund.id.to_string(), name => fund.name },
        state => a.state.as_str(),
        state_words => a.state.words(),
        channel => a.channel.as_str(),
        group => a.group_name,
        kind => a.group_kind.words(),
        ward => places.ward(&a.ward).map(|w| w.name.clone()),
        amount => a.amount.to_string(),
        track => if fund.promise.track(a.amount) == kith_core::grants::Track::FastTrack { "fast" } else { "standard" },
        due => a.due_at.map(|due| date(state, ctx, WorkingDays::last_day(due))),
        paused => a.paused_at.is_some(),
        project => d.project_title,
        summary => d.project_summary,
        people_reached => d.people_reached,
        people => d.people.iter().map(|p| context! { name => p.name, email => p.email, phone => p.phone }).collect::<Vec<_>>(),
        payee => match &d.payee {
            Some(kith_core::grants::Payee::GroupAccount { account_name }) => format!("Bank account: {account_name}"),
            Some(kith_core::grants::Payee::FiscalHost { name, email }) => format!("Fiscal host: {name} ({email})"),
            None => String::new(),
        },
        charity_number => d.charity_number,
        company_number => d.company_number,
        duplicates => a.duplicates,
        awarded => a.awarded.map(|p| p.to_string()),
        reasons => a.decision_reason,
        open => !a.state.is_final(),
        awarded_state => a.state.is_awarded(),
        payment => a.payment.words(),
        next_payment => a.payment.next().map(|p| context! { value => p.as_str(), words => p.words() }),
        payment_reference => a.payment_reference,
        paid_to => kith_app::grants::award::paid_to(&a),
        version => a.version,
        events => events.iter().map(|e| context! {
            at => words(state, ctx).date(WorkingDays::local_date(e.at)),
            by => e.actor,
            action => e.action,
            note => e.note,
        }).collect::<Vec<_>>(),
        form => form,
    };
    form_with_errors(state, ctx, "grants/review.html", own, problems)
}

async fn review(State(state): State<AppState>, ctx: Ctx, Path(reference): Path<String>) -> Result<Response, PageError> {
    render_review(&state, &ctx, &reference, &DecisionForm::default(), &[]).await
}

async fn decide_on(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    Submitted(form): Submitted<DecisionForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    match decide::decide(&state.app, principal, &principal.actor(ctx.ip.clone()), &reference, &form).await {
        Ok(_) => Ok(redirect(&format!("/grants/manage/applications/{reference}")).into_response()),
        Err(e) => render_review(&state, &ctx, &reference, &form, &problems_of(e)?).await,
    }
}

async fn letter(State(state): State<AppState>, ctx: Ctx, Path(reference): Path<String>) -> Result<Response, PageError> {
    let l = kith_app::grants::award::letter_for_officer(&state.app, ctx.signed_in()?, &reference).await?;
    super::apply::letter_page(&state, &ctx, &l)
}

async fn payment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    Submitted(form): Submitted<kith_app::grants::award::PaymentForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    match kith_app::grants::award::record_payment(&state.app, principal, &actor, &reference, &form).await {
        Ok(_) => Ok(redirect(&format!("/grants/manage/applications/{reference}")).into_response()),
        Err(e) => render_review(&state, &ctx, &reference, &DecisionForm::default(), &problems_of(e)?).await,
    }
}

async fn publishing(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let report = grants::publish::validate(&state.app, ctx.signed_in()?).await?;
    let own = context! {
        grants => report.grants,
        schema_errors => report.schema_errors,
        issues => report.issues.iter().map(|i| context! { grant => i.grant_id, check => i.check, message => i.message }).collect::<Vec<_>>(),
    };
    page(&state, &ctx, "grants/publishing.html", own)
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/grants/manage", get(queue))
        .route("/grants/manage/funds/new", get(new_fund).post(save_fund))
        .route("/grants/manage/funds/{id}", get(edit_fund).post(save_fund))
        .route("/grants/manage/funds/{id}/rounds", post(add_round))
        .route("/grants/manage/rounds/{round}/enter", get(enter_page).post(enter))
        .route("/grants/manage/applications/{reference}", get(review).post(decide_on))
        .route("/grants/manage/applications/{reference}/letter", get(letter))
        .route("/grants/manage/applications/{reference}/payment", post(payment))
        .route("/grants/manage/360giving", get(publishing))
}
