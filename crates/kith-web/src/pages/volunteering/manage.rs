//! What coordinators do (`/volunteering/manage/…`): the dashboard per ward with surges and the backlog assigned at
//! once, the queue of requests, a request with its candidates (each with the reasons) and the assignment, recording
//! a request or registering a volunteer from a phone call or a paper form, and a volunteer with their DBS record.

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kith_app::volunteering::opportunities::OpportunityForm;
use kith_app::volunteering::requests::{self, Asker, HelpForm};
use kith_app::volunteering::{self as vol, DbsForm, Registrar, VolunteerForm};
use kith_core::channel::Channel;
use kith_core::places::WardCode;
use kith_core::volunteering::{OpportunityKind, TaskState};
use minijinja::{Value, context};
use serde::Deserialize;
use uuid::Uuid;

use super::{render_help, render_sign_up, skill_items};
use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::pages::{form_with_errors, page, problems_of};
use crate::routes::Routes;
use crate::security::redirect;

fn staff_channel(text: &str) -> Result<Channel, PageError> {
    Channel::try_from(text).ok().filter(|c| *c != Channel::Online).ok_or(PageError::NotFound)
}

fn when(at: chrono::DateTime<chrono::Utc>) -> String {
    kith_core::calendar::WorkingDays::local_date(at).format("%-d %B %Y").to_string()
}

// ---- The dashboard ----

async fn dashboard(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_dashboard(&state, &ctx, None).await
}

async fn render_dashboard(
    state: &AppState,
    ctx: &Ctx,
    backlog: Option<vol::surge::Backlog>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let d = vol::dashboard(&state.app, principal).await?;
    let (open, total) = requests::queue(&state.app, principal, &[TaskState::Open], 0).await?;
    let row = |c: &vol::WardCounts| {
        context! {
            ready => c.ready, standby => c.standby, awaiting_checks => c.awaiting_checks, paused => c.paused,
            today => c.unassigned[0], this_week => c.unassigned[1], whenever => c.unassigned[2],
        }
    };
    let wards: Vec<Value> = d
        .wards
        .iter()
        .map(|(c, name, surging)| context! { code => c.ward, name => name, surging => surging, ..row(c) })
        .collect();
    let own = context! {
        wards => wards,
        totals => row(&d.totals),
        open => open.iter().map(request_line).collect::<Vec<_>>(),
        open_total => total,
        backlog => backlog.map(|b| context! {
            open => b.open, offered => b.offered, unassigned => b.unassigned,
            changed_meanwhile => b.changed_meanwhile, km => format!("{:.1}", b.distance_m as f64 / 1000.0),
        }),
    };
    page(state, ctx, "volunteering/manage.html", own)
}

fn request_line(r: &vol::HelpRequest) -> Value {
    context! {
        reference => r.reference,
        what => r.what,
        street => r.street,
        postcode => r.postcode,
        urgency => r.urgency.as_str(),
        urgency_words => r.urgency.words(),
        state => r.state.as_str(),
        state_words => r.state.words(),
        channel => r.channel.words(),
        asked => when(r.created_at),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct SurgeForm {
    ward: String,
    /// `start`, `end` or `call` (the standby pool made ready).
    action: String,
}

async fn surge(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<SurgeForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let ward = WardCode::parse(form.ward.trim()).map_err(|_| PageError::BadRequest)?;
    let actor = principal.actor(ctx.ip.clone());
    match form.action.as_str() {
        "start" => vol::start_surge(&state.app, principal, &actor, &ward).await?,
        "end" => vol::end_surge(&state.app, principal, &actor, &ward).await?,
        "call" => {
            vol::call_standby(&state.app, principal, &actor, &ward).await?;
        }
        _ => return Err(PageError::BadRequest),
    }
    Ok(redirect("/volunteering/manage").into_response())
}

async fn backlog(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(_): Submitted<crate::ctx::NoFields>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let done = vol::surge::assign_backlog(&state.app, principal, &principal.actor(ctx.ip.clone())).await?;
    render_dashboard(&state, &ctx, Some(done)).await
}

// ---- Requests ----

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct QueueQuery {
    state: String,
    page: i64,
}

async fn queue(State(state): State<AppState>, ctx: Ctx, Query(q): Query<QueueQuery>) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let states: Vec<TaskState> = TaskState::try_from(q.state.trim()).ok().into_iter().collect();
    let page_number = q.page.clamp(0, 10_000);
    let (found, total) = requests::queue(&state.app, principal, &states, page_number).await?;
    let own = context! {
        requests => found.iter().map(request_line).collect::<Vec<_>>(),
        total => total,
        state => q.state.trim(),
        states => TaskState::ALL.iter().map(|s| context! { value => s.as_str(), name => s.words() }).collect::<Vec<_>>(),
        page => page_number,
        more => (page_number + 1) * requests::PAGE < total,
    };
    page(&state, &ctx, "volunteering/requests.html", own)
}

async fn record_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(channel): Path<String>,
) -> Result<Response, PageError> {
    ctx.signed_in()?;
    staff_channel(&channel)?;
    render_help(&state, &ctx, &format!("/volunteering/manage/requests/new/{channel}"), true, &HelpForm::default(), &[])
}

async fn record(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(channel): Path<String>,
    Submitted(form): Submitted<HelpForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let by = Asker::Staff { principal, channel: staff_channel(&channel)? };
    match requests::ask(&state.app, by, &principal.actor(ctx.ip.clone()), &form).await {
        Ok(reference) => Ok(redirect(&format!("/volunteering/manage/requests/{reference}")).into_response()),
        Err(e) => {
            let action = format!("/volunteering/manage/requests/new/{channel}");
            render_help(&state, &ctx, &action, true, &form, &problems_of(e)?)
        }
    }
}

async fn render_request(
    state: &AppState,
    ctx: &Ctx,
    reference: &str,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let requests::RequestView { request: r, events, volunteer } =
        requests::request(&state.app, principal, reference).await?;
    let shortlist = if r.state == TaskState::Open {
        Some(vol::matching::candidates(&state.app, principal, &r).await?)
    } else {
        None
    };
    let own = context! {
        version => r.version,
        volunteer => volunteer,
        need => r.need.map(|n| format!("{} for {}", n.level.check_words(), n.workforce.words())),
        language => r.language.map(|l| l.name()),
        skills => r.skills.to_string(),
        needs_car => r.needs_car,
        address => r.address,
        name => r.resident_name,
        phone => r.resident_phone,
        outcome => r.outcome,
        may_cancel => !r.state.is_final(),
        candidates => shortlist.as_ref().map(|s| s.candidates.iter().map(|c| context! {
            id => c.ranked.volunteer.to_string(),
            name => c.name,
            distance => c.ranked.distance.to_string(),
            reasons => c.ranked.reasons.iter().map(ToString::to_string).collect::<Vec<_>>(),
        }).collect::<Vec<_>>()),
        excluded => shortlist.as_ref().map(|s| s.exclusions.by_gate.iter().map(|(g, n)| context! {
            gate => g.words(), count => n,
        }).collect::<Vec<_>>()),
        considered => shortlist.as_ref().map(|s| s.exclusions.considered),
        events => events.iter().map(|e| context! {
            at => e.at.format("%-d %b %Y %H:%M").to_string(), action => e.action, actor => e.actor, note => e.note,
        }).collect::<Vec<_>>(),
        ..request_line(&r)
    };
    form_with_errors(state, ctx, "volunteering/request.html", own, problems)
}

async fn request_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<Response, PageError> {
    render_request(&state, &ctx, &reference, &[]).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RequestForm {
    /// `assign` or `cancel`.
    action: String,
    volunteer: String,
    reason: String,
    version: i32,
}

async fn request_post(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    Submitted(form): Submitted<RequestForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let app = &state.app;
    let done = match form.action.as_str() {
        "assign" => match Uuid::parse_str(form.volunteer.trim()) {
            Ok(v) => vol::matching::assign(app, principal, &actor, &reference, v, form.version).await,
            Err(_) => Err(kith_app::AppError::invalid("volunteer", "Choose a volunteer")),
        },
        "cancel" => requests::cancel(app, principal, &actor, &reference, &form.reason, form.version).await,
        _ => return Err(PageError::BadRequest),
    };
    match done {
        Ok(()) => Ok(redirect(&format!("/volunteering/manage/requests/{reference}")).into_response()),
        Err(e) => render_request(&state, &ctx, &reference, &problems_of(e)?).await,
    }
}

// ---- Volunteers ----

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PageQuery {
    page: i64,
}

async fn volunteers(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<PageQuery>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let page_number = q.page.clamp(0, 10_000);
    let (found, total) = vol::volunteers(&state.app, principal, page_number).await?;
    let places = state.app.places();
    let own = context! {
        volunteers => found.iter().map(|v| context! {
            id => v.id.to_string(),
            name => v.name,
            ward => places.ward(&v.ward).map(|w| w.name.clone()).unwrap_or_default(),
            state => v.state.as_str(),
            state_words => v.state.words(),
            skills => v.skills.to_string(),
            channel => v.channel.words(),
        }).collect::<Vec<_>>(),
        total => total,
        page => page_number,
        more => (page_number + 1) * vol::PAGE < total,
    };
    page(&state, &ctx, "volunteering/volunteers.html", own)
}

async fn register_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(channel): Path<String>,
) -> Result<Response, PageError> {
    ctx.signed_in()?;
    staff_channel(&channel)?;
    let action = format!("/volunteering/manage/volunteers/new/{channel}");
    render_sign_up(&state, &ctx, &action, true, &VolunteerForm::default(), &[])
}

async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(channel): Path<String>,
    Submitted(form): Submitted<VolunteerForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let by = Registrar::Staff { principal, channel: staff_channel(&channel)? };
    match vol::sign_up(&state.app, by, &principal.actor(ctx.ip.clone()), &form).await {
        Ok(s) => Ok(redirect(&format!("/volunteering/manage/volunteers/{}", s.id)).into_response()),
        Err(e) => {
            let action = format!("/volunteering/manage/volunteers/new/{channel}");
            render_sign_up(&state, &ctx, &action, true, &form, &problems_of(e)?)
        }
    }
}

async fn render_volunteer(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
    form: &DbsForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let v = vol::volunteer(&state.app, principal, id).await?;
    let places = state.app.places();
    let p = &v.volunteer;
    let own = context! {
        id => id.to_string(),
        name => p.name,
        email => p.email,
        phone => p.phone,
        postcode => p.postcode,
        ward => places.ward(&p.ward).map(|w| w.name.clone()).unwrap_or_default(),
        state_words => p.state.words(),
        skills => p.skills.to_string(),
        spoken => p.languages.iter().map(|l| l.name()).collect::<Vec<_>>().join(", "),
        travel => kith_core::volunteering::matching::Distance::from_metres(f64::from(p.travel_m)).to_string(),
        per_week => p.max_per_week,
        has_car => p.has_car,
        channel => p.channel.words(),
        dbs => v.dbs.as_ref().map(|d| context! {
            level => d.record.level.check_words(),
            workforce => d.record.workforce.words(),
            certificate_on => d.record.certificate_on.format("%-d %B %Y").to_string(),
            update_service => d.record.update_service,
            consent => d.record.consent,
        }),
        dbs_current => v.dbs_current,
        dbs_expires_on => v.dbs_expires_on.map(|d| d.format("%-d %B %Y").to_string()),
        levels => super::level_items(),
        workforces => super::workforce_items(),
        form => form,
    };
    form_with_errors(state, ctx, "volunteering/volunteer.html", own, problems)
}

async fn volunteer_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    render_volunteer(&state, &ctx, id, &DbsForm::default(), &[]).await
}

async fn record_dbs(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(form): Submitted<DbsForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    match vol::record_dbs(&state.app, principal, &principal.actor(ctx.ip.clone()), id, &form).await {
        Ok(()) => Ok(redirect(&format!("/volunteering/manage/volunteers/{id}")).into_response()),
        Err(e) => render_volunteer(&state, &ctx, id, &form, &problems_of(e)?).await,
    }
}

// ---- The time bank ----

async fn render_timebank(
    state: &AppState,
    ctx: &Ctx,
    form: &kith_app::timebank::TimesheetForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let r = kith_app::timebank::rollup(&state.app, principal).await?;
    let line =
        |(name, hours): &(String, kith_core::timebank::Hours)| context! { name => name, hours => hours.to_string() };
    let own = context! {
        by_ward => r.by_ward.iter().map(line).collect::<Vec<_>>(),
        by_organisation => r.by_organisation.iter().take(30).map(line).collect::<Vec<_>>(),
        pot => r.pot.to_string(),
        ledger_sum => r.ledger.0,
        postings => r.ledger.1,
        form => form,
    };
    form_with_errors(state, ctx, "volunteering/timebank.html", own, problems)
}

async fn timebank_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_timebank(&state, &ctx, &kith_app::timebank::TimesheetForm::default(), &[]).await
}

async fn timebank_record(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<kith_app::timebank::TimesheetForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    match kith_app::timebank::record_timesheet(&state.app, principal, &principal.actor(ctx.ip.clone()), &form).await {
        Ok(_) => Ok(redirect("/volunteering/manage/timebank").into_response()),
        Err(e) => render_timebank(&state, &ctx, &form, &problems_of(e)?).await,
    }
}

// ---- Opportunities ----

async fn render_post(
    state: &AppState,
    ctx: &Ctx,
    form: &OpportunityForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let organisations = vol::opportunities::organisations_for(&state.app, principal).await?;
    let own = context! {
        organisations => organisations.iter().map(|(id, name)| context! { value => id.to_string(), name => name }).collect::<Vec<_>>(),
        kinds => OpportunityKind::ALL.iter().map(|k| context! { value => k.as_str(), name => k.words() }).collect::<Vec<_>>(),
        skills => skill_items(),
        form => form,
    };
    form_with_errors(state, ctx, "volunteering/opportunity_form.html", own, problems)
}

async fn post_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_post(&state, &ctx, &OpportunityForm::default(), &[]).await
}

async fn post_opportunity(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<OpportunityForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    match vol::opportunities::post(&state.app, principal, &principal.actor(ctx.ip.clone()), &form).await {
        Ok(_) => Ok(redirect("/volunteering").into_response()),
        Err(e) => render_post(&state, &ctx, &form, &problems_of(e)?).await,
    }
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/volunteering/manage", get(dashboard))
        .route("/volunteering/manage/surge", post(surge))
        .route("/volunteering/manage/backlog", post(backlog))
        .route("/volunteering/manage/requests", get(queue))
        .route("/volunteering/manage/requests/new/{channel}", get(record_page).post(record))
        .route("/volunteering/manage/requests/{reference}", get(request_page).post(request_post))
        .route("/volunteering/manage/volunteers", get(volunteers))
        .route("/volunteering/manage/volunteers/new/{channel}", get(register_page).post(register))
        .route("/volunteering/manage/volunteers/{id}", get(volunteer_page).post(record_dbs))
        .route("/volunteering/manage/timebank", get(timebank_page).post(timebank_record))
        .route("/volunteering/opportunities/new", get(post_page).post(post_opportunity))
}
