//! Ward forums in public and for the people who run them: each ward's forums with their agenda and minutes and
//! iCalendar feeds; priorities residents propose and support; adopted priorities with their actions, progress
//! and timeline; the staff action tracker; virtual teams; and the page a partner's link opens.

use crate::translations::DateWords;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;
use kith_app::AppError;
use kith_app::forums::{
    self, ActionForm, DecisionForm, ForumForm, MinutesForm, PriorityForm, PriorityWork, ProposalForm, Proposed,
    ReportForm, SupportLink, TrackerFilter, WardWork,
};
use kith_app::forums::{Action, ActionUpdate, Forum, Priority};
use kith_app::partners::{self, MemberForm, Refused};
use kith_core::forums::{ActionStatus, PriorityState};
use kith_core::places::WardCode;
use minijinja::{Value, context};
use serde::Deserialize;
use uuid::Uuid;

use super::{form_with_errors, page, problems_of};
use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::routes::Routes;
use crate::security::redirect;

fn ward_of(state: &AppState, code: &str) -> Result<(WardCode, String), PageError> {
    let code = WardCode::parse(code).map_err(|_| PageError::NotFound)?;
    let name = state.app.places().ward(&code).ok_or(PageError::NotFound)?.name.clone();
    Ok((code, name))
}

fn id_of(text: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(text).map_err(|_| PageError::NotFound)
}

/// "Monday 7 June 2027, 6:30pm", in the visitor's language.
fn when(w: &DateWords, t: DateTime<Utc>) -> String {
    w.when(t.with_timezone(&London).naive_local(), true, true, true)
}

/// "7 June 2027", in the visitor's language.
fn day(w: &DateWords, t: DateTime<Utc>) -> String {
    w.date(t.with_timezone(&London).date_naive())
}

/// The visitor's words for dates.
fn words_for(state: &AppState, ctx: &Ctx) -> std::sync::Arc<DateWords> {
    state.catalogues.dates(&ctx.language.tag)
}

/// Whether the visitor runs this ward's forums.
fn keeps(state: &AppState, ctx: &Ctx, ward: &WardCode) -> bool {
    ctx.principal.as_ref().is_some_and(|p| forums::may_manage(&state.app, p, ward).is_ok())
}

pub(super) fn forum_value(f: &Forum, now: DateTime<Utc>, dw: &DateWords) -> Value {
    context! {
        id => f.id.to_string(),
        ward => f.ward_code,
        title => f.title,
        when => when(dw, f.starts_at),
        until => dw.time(f.ends_at.with_timezone(&London).time()),
        date => day(dw, f.starts_at),
        venue => f.venue,
        location => f.location_id.map(|l| l.to_string()),
        online_url => f.online_url,
        agenda => f.agenda,
        minutes => f.minutes,
        attendance => f.attendance,
        cancelled => f.cancelled_at.is_some(),
        past => f.ends_at <= now,
        version => f.version,
    }
}

fn status_name(state: &AppState, ctx: &Ctx, s: ActionStatus) -> String {
    state.catalogues.message(&ctx.language.tag, &format!("action-status-{}", s.as_str()), None)
}

fn percent(p: Option<f64>) -> Option<i64> {
    p.map(|p| p.round() as i64)
}

fn action_value(
    state: &AppState,
    ctx: &Ctx,
    a: &Action,
    depth: usize,
    progress: f64,
    overdue: bool,
    org: &str,
) -> Value {
    context! {
        id => a.id.to_string(),
        priority => a.priority_id.to_string(),
        ward => a.ward_code,
        title => a.title,
        description => a.description,
        depth => depth,
        owner => a.owner_name,
        organisation => org,
        due => words_for(state, ctx).date(a.due_on),
        status => a.status.as_str(),
        status_name => status_name(state, ctx, a.status),
        reason => a.dropped_reason,
        progress => progress.round() as i64,
        overdue => overdue,
        version => a.version,
    }
}

pub(super) fn priority_value(state: &AppState, ctx: &Ctx, w: &PriorityWork) -> Value {
    let actions: Vec<Value> = w
        .actions
        .iter()
        .map(|l| action_value(state, ctx, &l.action, l.depth, l.progress, l.overdue, &l.organisation))
        .collect();
    context! { actions => actions, ..priority_summary(w, &words_for(state, ctx)) }
}

/// A priority without its actions, as a ward's page lists it: its progress and how many actions are done.
pub(super) fn priority_summary(w: &PriorityWork, dw: &DateWords) -> Value {
    context! {
        id => w.priority.id.to_string(),
        title => w.priority.title,
        description => w.priority.description,
        progress => percent(w.progress),
        overdue => w.overdue,
        done => w.done,
        live => w.live,
        adopted_on => w.priority.decided_at.map(|t| day(dw, t)),
        supporters => w.priority.supporters,
    }
}

fn proposal_value(p: &Priority, dw: &DateWords) -> Value {
    context! {
        id => p.id.to_string(),
        title => p.title,
        description => p.description,
        state => p.state.as_str(),
        supporters => p.supporters,
        note => p.note,
        proposed_on => day(dw, p.created_at),
        decided_on => p.decided_at.map(|t| day(dw, t)),
        version => p.version,
    }
}

// ----- Forums -----

async fn ward_forums(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, PageError> {
    let dw = words_for(&state, &ctx);
    let (ward, name) = ward_of(&state, &code)?;
    let work = forums::ward_work(&state.app, &ward).await?;
    let now = state.app.now();
    let (past, upcoming): (Vec<&Forum>, Vec<&Forum>) = work.forums.iter().partition(|f| f.ends_at <= now);
    let own = context! {
        ward => context! { code => ward.as_str(), name => name },
        upcoming => upcoming.iter().map(|f| forum_value(f, now, &dw)).collect::<Vec<_>>(),
        past => past.iter().rev().map(|f| forum_value(f, now, &dw)).collect::<Vec<_>>(),
        keeps => keeps(&state, &ctx, &ward),
    };
    page(&state, &ctx, "forums/ward.html", own)
}

async fn city_forums(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let dw = words_for(&state, &ctx);
    let now = state.app.now();
    let forums = forums::upcoming(&state.app).await?;
    let places = state.app.places();
    let list: Vec<Value> = forums
        .iter()
        .filter(|f| f.ends_at > now)
        .map(|f| {
            let ward = places.ward(&f.ward_code).map(|w| w.name.clone());
            context! { ward_name => ward, ..forum_value(f, now, &dw) }
        })
        .collect();
    page(&state, &ctx, "forums/city.html", context! { forums => list })
}

fn calendar_response(name: &str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{name}.ics\"")),
        ],
        body,
    )
        .into_response()
}

async fn ward_calendar(State(state): State<AppState>, Path(code): Path<String>) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    Ok(calendar_response(&format!("forums-{ward}"), forums::calendar(&state.app, Some(&ward)).await?))
}

/// An Atom feed, as its media type; anyone may follow it from anywhere.
pub(crate) fn atom_response(body: String) -> Response {
    ([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"), (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")], body)
        .into_response()
}

async fn priorities_feed(State(state): State<AppState>, Path(code): Path<String>) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    Ok(atom_response(forums::priorities_feed(&state.app, &ward).await?))
}

async fn directory_feed(State(state): State<AppState>, Path(code): Path<String>) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    Ok(atom_response(kith_app::directory::export::ward_feed(&state.app, &ward)))
}

async fn city_calendar(State(state): State<AppState>) -> Result<Response, PageError> {
    Ok(calendar_response("forums", forums::calendar(&state.app, None).await?))
}

async fn forum_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    render_forum(&state, &ctx, &code, id_of(&id)?, None, &[]).await
}

async fn render_forum(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    id: Uuid,
    minutes: Option<&MinutesForm>,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let dw = words_for(state, ctx);
    let (ward, name) = ward_of(state, code)?;
    let (forum, decided) = forums::forum(&state.app, &ward, id).await?;
    let work = forums::ward_work(&state.app, &ward).await?;
    let now = state.app.now();
    let minutes = minutes.cloned().unwrap_or_else(|| MinutesForm {
        minutes: forum.minutes.clone(),
        attendance: forum.attendance.map(|a| a.to_string()).unwrap_or_default(),
        cancelled: String::new(),
        version: forum.version,
    });
    let location = forum.location_id.and_then(|l| state.app.directory.read().location(l));
    let own = context! {
        ward => context! { code => ward.as_str(), name => name },
        forum => forum_value(&forum, now, &dw),
        place => location.map(|l| context! { name => l.name, address => l.address, postcode => l.postcode.as_ref().map(|p| p.to_string()) }),
        adopted => decided.iter().filter(|p| p.state == PriorityState::Adopted).map(|p| proposal_value(p, &dw)).collect::<Vec<_>>(),
        declined => decided.iter().filter(|p| p.state == PriorityState::Declined).map(|p| proposal_value(p, &dw)).collect::<Vec<_>>(),
        open => work.proposed.iter().map(|p| proposal_value(p, &dw)).collect::<Vec<_>>(),
        keeps => keeps(state, ctx, &ward),
        form => minutes,
    };
    form_with_errors(state, ctx, "forums/forum.html", own, problems)
}

async fn render_forum_form(
    state: &AppState,
    ctx: &Ctx,
    ward: &WardCode,
    existing: Option<(Uuid, i32)>,
    form: &ForumForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    forums::may_manage(&state.app, ctx.signed_in()?, ward)?;
    let name = state.app.places().ward(ward).map(|w| w.name.clone()).unwrap_or_default();
    let index = state.app.directory.read();
    let mut venues: Vec<Value> = index
        .locations_in(ward)
        .iter()
        .map(|l| context! { value => l.id.to_string(), name => format!("{} ({})", l.name, l.address) })
        .collect();
    venues.sort_by_key(|v| v.get_attr("name").map(|n| n.to_string()).unwrap_or_default());
    let own = context! {
        ward => context! { code => ward.as_str(), name => name },
        form => form,
        id => existing.map(|(id, _)| id.to_string()),
        version => existing.map_or(0, |(_, v)| v),
        venues => venues,
    };
    form_with_errors(state, ctx, "forums/forum_form.html", own, problems)
}

async fn new_forum(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    render_forum_form(
        &state,
        &ctx,
        &ward,
        None,
        &ForumForm { starts: "18:30".into(), ends: "20:00".into(), ..ForumForm::default() },
        &[],
    )
    .await
}

async fn edit_forum(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    let forum = forums::forum_to_edit(&state.app, ctx.signed_in()?, &ward, id_of(&id)?).await?;
    render_forum_form(&state, &ctx, &ward, Some((forum.id, forum.version)), &ForumForm::of(&forum), &[]).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SaveForum {
    id: String,
    version: i32,
    #[serde(flatten)]
    form: ForumForm,
}

async fn save_forum(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Submitted(f): Submitted<SaveForum>,
) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    let principal = ctx.signed_in()?;
    let existing = Uuid::parse_str(&f.id).ok().map(|id| (id, f.version));
    match forums::save_forum(&state.app, principal, &principal.actor(ctx.ip.clone()), &ward, existing, &f.form).await {
        Ok(id) => Ok(redirect(&format!("/wards/{ward}/forums/{id}")).into_response()),
        Err(e) => render_forum_form(&state, &ctx, &ward, existing, &f.form, &problems_of(e)?).await,
    }
}

async fn save_minutes(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, String)>,
    Submitted(form): Submitted<MinutesForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = id_of(&id)?;
    match forums::record_minutes(&state.app, principal, &principal.actor(ctx.ip.clone()), id, &form).await {
        Ok(()) => Ok(redirect(&format!("/wards/{code}/forums/{id}")).into_response()),
        Err(e) => render_forum(&state, &ctx, &code, id, Some(&form), &problems_of(e)?).await,
    }
}

// ----- Priorities -----

async fn ward_priorities(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    let dw = words_for(&state, &ctx);
    let (ward, name) = ward_of(&state, &code)?;
    let work: std::sync::Arc<WardWork> = forums::ward_work(&state.app, &ward).await?;
    let held = forums::held_count(&state.app, ctx.principal.as_ref(), &ward).await?;
    let own = context! {
        ward => context! { code => ward.as_str(), name => name },
        adopted => work.adopted.iter().map(|w| priority_value(&state, &ctx, w)).collect::<Vec<_>>(),
        proposed => work.proposed.iter().map(|p| proposal_value(p, &dw)).collect::<Vec<_>>(),
        declined => work.declined.iter().map(|p| proposal_value(p, &dw)).collect::<Vec<_>>(),
        keeps => keeps(&state, &ctx, &ward),
        held => held,
        forums => work.forums.iter().rev().map(|f| context! { value => f.id.to_string(), name => format!("{} ({})", f.title, day(&dw, f.starts_at)) }).collect::<Vec<_>>(),
    };
    page(&state, &ctx, "priorities/ward.html", own)
}

async fn render_proposal(
    state: &AppState,
    ctx: &Ctx,
    ward: &WardCode,
    form: &ProposalForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let name = state.app.places().ward(ward).map(|w| w.name.clone()).unwrap_or_default();
    let opened = if form.opened.is_empty() { forums::form_token(&state.app).await? } else { form.opened.clone() };
    let own = context! { ward => context! { code => ward.as_str(), name => name }, form => form, opened => opened };
    form_with_errors(state, ctx, "priorities/propose.html", own, problems)
}

/// A proposal started from elsewhere (a gap on a ward's profile): its title and description, cut to a form's
/// lengths.
#[derive(Deserialize)]
struct Prefill {
    title: Option<String>,
    description: Option<String>,
}

async fn propose_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Query(prefill): Query<Prefill>,
) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    let cut = |text: Option<String>, max: usize| text.unwrap_or_default().chars().take(max).collect::<String>();
    let form = ProposalForm {
        title: cut(prefill.title, 200),
        description: cut(prefill.description, 2_000),
        ..ProposalForm::default()
    };
    render_proposal(&state, &ctx, &ward, &form, &[]).await
}

async fn propose(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Submitted(form): Submitted<ProposalForm>,
) -> Result<Response, PageError> {
    let (ward, name) = ward_of(&state, &code)?;
    if !state.public_writes.allow(state.app.clock.as_ref(), ctx.ip.as_deref(), None) {
        return Err(PageError::TooMany);
    }
    match forums::propose(&state.app, &ward, &form, ctx.ip.clone()).await {
        Ok(outcome) => {
            let (held, id) = match outcome {
                Proposed::Published(id) => (false, id),
                Proposed::Held(id) => (true, id),
            };
            let own = context! {
                ward => context! { code => ward.as_str(), name => name },
                held => held,
                id => id.to_string(),
                title => form.title.trim(),
            };
            page(&state, &ctx, "priorities/proposed.html", own)
        }
        Err(e) => render_proposal(&state, &ctx, &ward, &form, &problems_of(e)?).await,
    }
}

fn update_value(
    state: &AppState,
    ctx: &Ctx,
    u: &ActionUpdate,
    titles: &std::collections::HashMap<Uuid, String>,
) -> Value {
    let dw = words_for(state, ctx);
    // A partner's own words name them; staff are shown by role, not by their email address.
    let by =
        if u.via == "partner link" { u.actor.split(" <").next().unwrap_or_default().to_owned() } else { String::new() };
    let none: Option<String> = None;
    context! {
        at => when(&dw, u.at),
        forum => none,
        action => titles.get(&u.action_id),
        kind => u.kind,
        via => u.via,
        by => by,
        status => u.status.as_str(),
        status_name => status_name(state, ctx, u.status),
        progress => u.progress,
        note => u.note,
        links => u.links,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PriorityQuery {
    report: String,
}

async fn priority_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, String)>,
    Query(q): Query<PriorityQuery>,
) -> Result<Response, PageError> {
    render_priority(&state, &ctx, &code, id_of(&id)?, Uuid::parse_str(&q.report).ok(), None, None, &[]).await
}

#[allow(clippy::too_many_arguments)]
async fn render_priority(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    id: Uuid,
    reporting: Option<Uuid>,
    report: Option<&ReportForm>,
    decision: Option<&DecisionForm>,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let dw = words_for(state, ctx);
    let (ward, name) = ward_of(state, code)?;
    let (work, updates, forum) = forums::priority_page(&state.app, id).await?;
    if work.priority.ward_code != ward.as_str() {
        return Err(PageError::NotFound);
    }
    let titles: std::collections::HashMap<Uuid, String> =
        work.actions.iter().map(|l| (l.action.id, l.action.title.clone())).collect();
    let mut timeline: Vec<Value> = Vec::new();
    if let (Some(at), Some(f)) = (work.priority.decided_at, &forum) {
        let none: Option<String> = None;
        timeline.push(context! { at => when(&dw, at), kind => work.priority.state.as_str(), forum => f.title, forum_id => f.id.to_string(), action => none, by => none });
    }
    timeline.extend(updates.iter().map(|u| update_value(state, ctx, u, &titles)));
    let now = state.app.now();
    let keeps = keeps(state, ctx, &ward);
    let reporting_action = reporting.and_then(|r| work.actions.iter().find(|l| l.action.id == r));
    let report = report.cloned().or_else(|| {
        reporting_action.map(|l| ReportForm {
            status: l.action.status.as_str().into(),
            progress: l.action.progress.to_string(),
            version: l.action.version,
            ..ReportForm::default()
        })
    });
    let ward_work = forums::ward_work(&state.app, &ward).await?;
    let own = context! {
        ward => context! { code => ward.as_str(), name => name },
        priority => priority_value(state, ctx, &work),
        proposal => proposal_value(&work.priority, &dw),
        forum => forum.as_ref().map(|f| forum_value(f, now, &dw)),
        timeline => timeline,
        keeps => keeps,
        reporting => reporting_action.map(|l| l.action.id.to_string()),
        report => report,
        decision => decision.cloned().unwrap_or_else(|| DecisionForm { version: work.priority.version, ..DecisionForm::default() }),
        statuses => ActionStatus::ALL.iter().map(|s| context! { value => s.as_str(), name => status_name(state, ctx, *s) }).collect::<Vec<_>>(),
        forums => ward_work.forums.iter().rev().map(|f| context! { value => f.id.to_string(), name => format!("{} ({})", f.title, day(&dw, f.starts_at)) }).collect::<Vec<_>>(),
    };
    form_with_errors(state, ctx, "priorities/priority.html", own, problems)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SupportForm {
    email: String,
}

async fn ask_support(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, String)>,
    Submitted(form): Submitted<SupportForm>,
) -> Result<Response, PageError> {
    let (ward, name) = ward_of(&state, &code)?;
    let id = id_of(&id)?;
    if !state.public_writes.allow(state.app.clock.as_ref(), ctx.ip.as_deref(), Some(&form.email)) {
        return Err(PageError::TooMany);
    }
    match forums::ask_to_support(&state.app, id, &form.email, ctx.ip.clone()).await {
        Ok(()) => {
            let own = context! { ward => context! { code => ward.as_str(), name => name }, outcome => "sent", id => id.to_string() };
            page(&state, &ctx, "priorities/support.html", own)
        }
        Err(AppError::Conflict(m)) => {
            let own = context! { ward => context! { code => ward.as_str(), name => name }, outcome => "already", message => m, id => id.to_string() };
            page(&state, &ctx, "priorities/support.html", own)
        }
        Err(e) => render_priority(&state, &ctx, &code, id, None, None, None, &problems_of(e)?).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct TakenSupportForm {
    resident: String,
    reach: String,
    channel: String,
}

/// Staff add a resident's support taken by phone or on paper.
async fn support_taken(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, String)>,
    Submitted(form): Submitted<TakenSupportForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = id_of(&id)?;
    let channel =
        kith_core::channel::Channel::try_from(form.channel.trim()).unwrap_or(kith_core::channel::Channel::Online);
    let actor = principal.actor(ctx.ip.clone());
    match forums::support_for_resident(&state.app, principal, &actor, id, &form.resident, &form.reach, channel).await {
        Ok(_) => Ok(redirect(&format!("/wards/{code}/priorities/{id}")).into_response()),
        Err(e) => render_priority(&state, &ctx, &code, id, None, None, None, &problems_of(e)?).await,
    }
}

/// The signed link in a support email: what the priority is, and one button to add the support (opening the link
/// alone counts nothing, so a mail scanner following it does not support anything).
async fn support_link(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, supporter, expires, sig)): Path<(String, String, i64, String)>,
) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    let outcome = forums::check_support(&state.app, id, &supporter, expires, &sig).await?;
    support_page(&state, &ctx, id, outcome)
}

async fn support_confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, supporter, expires, sig)): Path<(String, String, i64, String)>,
    Submitted(_): Submitted<crate::ctx::NoFields>,
) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    let outcome = forums::confirm_support(&state.app, id, &supporter, expires, &sig).await?;
    support_page(&state, &ctx, id, outcome)
}

fn support_page(state: &AppState, ctx: &Ctx, id: Uuid, outcome: SupportLink) -> Result<Response, PageError> {
    let places = state.app.places();
    let ward_of_priority =
        |p: &Priority| places.ward(&p.ward_code).map(|w| context! { code => w.code.as_str(), name => w.name });
    let (word, priority) = match &outcome {
        SupportLink::Ready(p) => ("ready", Some(p)),
        SupportLink::Counted(p) => ("counted", Some(p)),
        SupportLink::AlreadyCounted(p) => ("already", Some(p)),
        SupportLink::Closed(p) => ("closed", Some(p)),
        SupportLink::Expired => ("expired", None),
        SupportLink::Invalid => ("invalid", None),
    };
    let own = context! {
        outcome => word,
        message => Option::<String>::None,
        id => id.to_string(),
        ward => priority.and_then(ward_of_priority),
        title => priority.map(|p| p.title.clone()),
        description => priority.map(|p| p.description.clone()),
        supporters => priority.map(|p| p.supporters),
    };
    let mut response = page(state, ctx, "priorities/support.html", own)?;
    if matches!(outcome, SupportLink::Invalid | SupportLink::Expired) {
        *response.status_mut() = axum::http::StatusCode::GONE;
    }
    Ok(response)
}

async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, String)>,
    Submitted(form): Submitted<DecisionForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = id_of(&id)?;
    match forums::decide(&state.app, principal, &principal.actor(ctx.ip.clone()), id, &form).await {
        Ok(()) if form.decision == "remove" => Ok(redirect("/priorities/moderation").into_response()),
        Ok(()) => Ok(redirect(&format!("/wards/{code}/priorities/{id}")).into_response()),
        Err(e) => {
            let problems = problems_of(e)?;
            // A removed or held priority is not public: its moderator works from the moderation page.
            match forums::public_priority(&state.app, id).await? {
                Some(_) => render_priority(&state, &ctx, &code, id, None, None, Some(&form), &problems).await,
                _ => render_moderation(&state, &ctx, &problems).await,
            }
        }
    }
}

async fn render_moderation(state: &AppState, ctx: &Ctx, problems: &[(&str, String)]) -> Result<Response, PageError> {
    let dw = words_for(state, ctx);
    let held = forums::held(&state.app, ctx.signed_in()?).await?;
    let places = state.app.places();
    let list: Vec<Value> = held
        .iter()
        .map(|p| {
            let ward = places.ward(&p.ward_code).map(|w| w.name.clone());
            context! { ward_code => p.ward_code, ward_name => ward, proposer => p.proposer_name, email => p.proposer_email, ..proposal_value(p, &dw) }
        })
        .collect();
    form_with_errors(state, ctx, "priorities/moderation.html", context! { held => list }, problems)
}

async fn moderation(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_moderation(&state, &ctx, &[]).await
}

async fn render_new_priority(
    state: &AppState,
    ctx: &Ctx,
    ward: &WardCode,
    form: &PriorityForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let dw = words_for(state, ctx);
    forums::may_manage(&state.app, ctx.signed_in()?, ward)?;
    let work = forums::ward_work(&state.app, ward).await?;
    let name = state.app.places().ward(ward).map(|w| w.name.clone()).unwrap_or_default();
    let own = context! {
        ward => context! { code => ward.as_str(), name => name },
        form => form,
        forums => work.forums.iter().rev().map(|f| context! { value => f.id.to_string(), name => format!("{} ({})", f.title, day(&dw, f.starts_at)) }).collect::<Vec<_>>(),
    };
    form_with_errors(state, ctx, "priorities/new.html", own, problems)
}

async fn new_priority(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    render_new_priority(&state, &ctx, &ward, &PriorityForm::default(), &[]).await
}

async fn add_priority(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Submitted(form): Submitted<PriorityForm>,
) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    let principal = ctx.signed_in()?;
    match forums::add_adopted(&state.app, principal, &principal.actor(ctx.ip.clone()), &ward, &form).await {
        Ok(id) => Ok(redirect(&format!("/wards/{ward}/priorities/{id}")).into_response()),
        Err(e) => render_new_priority(&state, &ctx, &ward, &form, &problems_of(e)?).await,
    }
}

// ----- Actions -----

async fn render_action_form(
    state: &AppState,
    ctx: &Ctx,
    ward: &WardCode,
    priority: Uuid,
    id: Option<Uuid>,
    form: &ActionForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let team = partners::owners_for(&state.app, principal, ward).await?;
    let (work, _, _) = forums::priority_page(&state.app, priority).await?;
    if work.priority.ward_code != ward.as_str() {
        return Err(PageError::NotFound);
    }
    let names = forums::organisation_names(&state.app).await?;
    let mut organisations: Vec<Value> =
        names.iter().map(|(id, n)| context! { value => id.to_string(), name => n }).collect();
    organisations.sort_by_key(|v| v.get_attr("name").map(|n| n.to_string()).unwrap_or_default());
    let name = state.app.places().ward(ward).map(|w| w.name.clone()).unwrap_or_default();
    let own = context! {
        ward => context! { code => ward.as_str(), name => name },
        priority => context! { id => priority.to_string(), title => work.priority.title },
        id => id.map(|i| i.to_string()),
        form => form,
        parents => work.actions.iter().filter(|l| Some(l.action.id) != id).map(|l| context! { value => l.action.id.to_string(), name => format!("{}{}", "— ".repeat(l.depth), l.action.title) }).collect::<Vec<_>>(),
        members => team.iter().map(|m| context! { value => m.id.to_string(), name => format!("{} ({}{})", m.name, names.get(&m.organisation_id).cloned().unwrap_or_default(), if m.role.is_empty() { String::new() } else { format!(", {}", m.role) }) }).collect::<Vec<_>>(),
        organisations => organisations,
    };
    form_with_errors(state, ctx, "priorities/action_form.html", own, problems)
}

async fn new_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, priority)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    render_action_form(
        &state,
        &ctx,
        &ward,
        id_of(&priority)?,
        None,
        &ActionForm { weight: "1".into(), ..ActionForm::default() },
        &[],
    )
    .await
}

async fn edit_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, priority, id)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    let action = forums::action_to_edit(&state.app, ctx.signed_in()?, id_of(&priority)?, id_of(&id)?).await?;
    render_action_form(&state, &ctx, &ward, action.priority_id, Some(action.id), &ActionForm::of(&action), &[]).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SaveAction {
    id: String,
    #[serde(flatten)]
    form: ActionForm,
}

async fn save_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, priority)): Path<(String, String)>,
    Submitted(f): Submitted<SaveAction>,
) -> Result<Response, PageError> {
    let (ward, _) = ward_of(&state, &code)?;
    let principal = ctx.signed_in()?;
    let priority = id_of(&priority)?;
    let id = Uuid::parse_str(&f.id).ok();
    match forums::save_action(&state.app, principal, &principal.actor(ctx.ip.clone()), priority, id, &f.form).await {
        Ok(_) => Ok(redirect(&format!("/wards/{ward}/priorities/{priority}")).into_response()),
        Err(e) => render_action_form(&state, &ctx, &ward, priority, id, &f.form, &problems_of(e)?).await,
    }
}

async fn report_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, priority, id)): Path<(String, String, String)>,
    Submitted(form): Submitted<ReportForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let (priority, id) = (id_of(&priority)?, id_of(&id)?);
    let reporter = forums::Reporter::Staff(principal);
    match forums::report(&state.app, reporter, &principal.actor(ctx.ip.clone()), id, &form).await {
        Ok(()) => Ok(redirect(&format!("/wards/{code}/priorities/{priority}#action-{id}")).into_response()),
        Err(e) => render_priority(&state, &ctx, &code, priority, Some(id), Some(&form), None, &problems_of(e)?).await,
    }
}

async fn tracker(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(filter): Query<TrackerFilter>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let (rows, total, page_number) = forums::tracker(&state.app, principal, &filter).await?;
    let places = state.app.places();
    let list: Vec<Value> = rows
        .iter()
        .map(|r| {
            let ward = places.ward(&r.action.ward_code).map(|w| w.name.clone());
            context! { ward_name => ward, priority_title => r.priority, ..action_value(&state, &ctx, &r.action, 0, f64::from(r.action.progress), r.overdue, &r.organisation) }
        })
        .collect();
    let names = forums::organisation_names(&state.app).await?;
    let mut owners: Vec<Value> = names.iter().map(|(id, n)| context! { value => id.to_string(), name => n }).collect();
    owners.sort_by_key(|v| v.get_attr("name").map(|n| n.to_string()).unwrap_or_default());
    let pages = (total + forums::TRACKER_PAGE - 1) / forums::TRACKER_PAGE;
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("ward", &filter.ward),
        ("owner", &filter.owner),
        ("status", &filter.status),
        ("due_from", &filter.due_from),
        ("due_to", &filter.due_to),
        ("overdue", &filter.overdue),
    ] {
        if !v.is_empty() {
            query.append_pair(k, v);
        }
    }
    let own = context! {
        rows => list,
        total => total,
        page => page_number,
        pages => pages,
        query => query.finish(),
        filter => filter,
        owners => owners,
        wards => super::cases::ward_choices(&state),
        statuses => ActionStatus::ALL.iter().map(|s| context! { value => s.as_str(), name => status_name(&state, &ctx, *s) }).collect::<Vec<_>>(),
    };
    page(&state, &ctx, "priorities/tracker.html", own)
}

// ----- Virtual teams -----

async fn render_team(
    state: &AppState,
    ctx: &Ctx,
    kind: &str,
    area: &str,
    form: &MemberForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let dw = words_for(state, ctx);
    let partners::Team { wards, members } = partners::team(&state.app, ctx.signed_in()?, kind, area).await?;
    let names = forums::organisation_names(&state.app).await?;
    let now = state.app.now();
    let mut list = Vec::new();
    for (m, links) in &members {
        let links: Vec<Value> = links
            .iter()
            .rev()
            .map(|l| {
                context! {
                    id => l.id.to_string(),
                    made => day(&dw, l.created_at),
                    expires => day(&dw, l.expires_at),
                    live => l.revoked_at.is_none() && l.expires_at > now,
                    revoked => l.revoked_at.map(|t| day(&dw, t)),
                    used => l.last_used_at.map(|t| day(&dw, t)),
                }
            })
            .collect();
        list.push(context! {
            id => m.id.to_string(), name => m.name, email => m.email, phone => m.phone, role => m.role,
            organisation => names.get(&m.organisation_id), links => links,
        });
    }
    let mut organisations: Vec<Value> =
        names.iter().map(|(id, n)| context! { value => id.to_string(), name => n }).collect();
    organisations.sort_by_key(|v| v.get_attr("name").map(|n| n.to_string()).unwrap_or_default());
    let own = context! {
        kind => kind,
        area => area,
        area_name => partners::area_name(&state.app, kind, area),
        wards => wards.iter().filter_map(|w| state.app.places().ward(w).map(|x| context! { code => w.as_str(), name => x.name })).collect::<Vec<_>>(),
        members => list,
        form => form,
        organisations => organisations,
        kinds => kith_app::stakeholders::KINDS.iter().map(|(k, n)| context! { value => k, name => n }).collect::<Vec<_>>(),
    };
    form_with_errors(state, ctx, "forums/team.html", own, problems)
}

async fn team(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((kind, area)): Path<(String, String)>,
) -> Result<Response, PageError> {
    render_team(&state, &ctx, &kind, &area, &MemberForm::default(), &[]).await
}

async fn add_member(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((kind, area)): Path<(String, String)>,
    Submitted(form): Submitted<MemberForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    match partners::add_member(&state.app, principal, &principal.actor(ctx.ip.clone()), &kind, &area, &form).await {
        Ok(_) => Ok(redirect(&format!("/teams/{kind}/{area}")).into_response()),
        Err(e) => render_team(&state, &ctx, &kind, &area, &form, &problems_of(e)?).await,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MemberAction {
    action: String,
    link: String,
}

async fn member_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((kind, area, id)): Path<(String, String, String)>,
    Submitted(form): Submitted<MemberAction>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let id = id_of(&id)?;
    let done = match form.action.as_str() {
        "invite" => partners::invite(&state.app, principal, &actor, id).await.map(|_| ()),
        "remove" => partners::remove_member(&state.app, principal, &actor, id).await,
        "revoke" => partners::revoke(&state.app, principal, &actor, id_of(&form.link)?).await,
        _ => Err(AppError::invalid("action", "Choose what to do")),
    };
    match done {
        Ok(()) => Ok(redirect(&format!("/teams/{kind}/{area}")).into_response()),
        Err(e) => render_team(&state, &ctx, &kind, &area, &MemberForm::default(), &problems_of(e)?).await,
    }
}

// ----- A partner's link -----

async fn render_partner(
    state: &AppState,
    ctx: &Ctx,
    link: (&str, i64, &str),
    reported: Option<(Uuid, &ReportForm)>,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let dw = words_for(state, ctx);
    let id = id_of(link.0)?;
    let access = match partners::open(&state.app, id, link.1, link.2).await? {
        Ok(access) => access,
        Err(refused) => {
            let (why, on, contact, email) = match refused {
                Refused::Invalid => ("invalid", None, None, None),
                Refused::Expired { on, contact, email } => ("expired", Some(on), Some(contact), Some(email)),
                Refused::Revoked { on, contact, email } => ("revoked", Some(on), Some(contact), Some(email)),
                Refused::Removed { contact, email } => ("removed", None, Some(contact), Some(email)),
            };
            let mut response = page(
                state,
                ctx,
                "forums/partner_refused.html",
                context! { why => why, on => on, contact => contact, email => email },
            )?;
            *response.status_mut() = axum::http::StatusCode::FORBIDDEN;
            return Ok(response);
        }
    };
    let actions = partners::actions_of(&state.app, &access).await?;
    let today = state.app.now().with_timezone(&London).date_naive();
    let places = state.app.places();
    let list: Vec<Value> = actions
        .iter()
        .map(|a| {
            let form = match reported {
                Some((rid, f)) if rid == a.id => f.clone(),
                _ => ReportForm { status: a.status.as_str().into(), progress: a.progress.to_string(), version: a.version, ..ReportForm::default() },
            };
            let ward = places.ward(&a.ward_code).map(|w| w.name.clone());
            context! {
                form => form,
                ward_name => ward,
                errors_here => reported.is_some_and(|(rid, _)| rid == a.id),
                ..action_value(state, ctx, a, 0, f64::from(a.progress), kith_core::forums::overdue(a.status, a.due_on, today), &access.organisation)
            }
        })
        .collect();
    let own = context! {
        base => format!("/partner/{}/{}/{}", link.0, link.1, link.2),
        member => context! { name => access.member.name, organisation => access.organisation, area => access.area },
        expires => day(&dw, access.link.expires_at),
        contact => context! { name => access.link.contact_name, email => access.link.contact_email },
        actions => list,
        statuses => ActionStatus::ALL.iter().map(|s| context! { value => s.as_str(), name => status_name(state, ctx, *s) }).collect::<Vec<_>>(),
    };
    form_with_errors(state, ctx, "forums/partner.html", own, problems)
}

async fn partner_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, expires, sig)): Path<(String, i64, String)>,
) -> Result<Response, PageError> {
    render_partner(&state, &ctx, (&id, expires, &sig), None, &[]).await
}

async fn partner_report(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, expires, sig, action)): Path<(String, i64, String, String)>,
    Submitted(form): Submitted<ReportForm>,
) -> Result<Response, PageError> {
    let action = id_of(&action)?;
    let access = match partners::open(&state.app, id_of(&id)?, expires, &sig).await? {
        Ok(access) => access,
        Err(_) => return render_partner(&state, &ctx, (&id, expires, &sig), None, &[]).await,
    };
    let actor = access.actor(ctx.ip.clone());
    match forums::report(&state.app, forums::Reporter::Partner(&access), &actor, action, &form).await {
        Ok(()) => Ok(redirect(&format!("/partner/{id}/{expires}/{sig}#action-{action}")).into_response()),
        Err(e) => {
            let problems = problems_of(e)?;
            render_partner(&state, &ctx, (&id, expires, &sig), Some((action, &form)), &problems).await
        }
    }
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/forums", get(city_forums))
        .route("/forums.ics", get(city_calendar))
        .route("/wards/{code}/forums", get(ward_forums).post(save_forum))
        .route("/wards/{code}/forums.ics", get(ward_calendar))
        .route("/wards/{code}/forums/new", get(new_forum))
        .route("/wards/{code}/forums/{id}", get(forum_page))
        .route("/wards/{code}/forums/{id}/edit", get(edit_forum))
        .route(
            "/wards/{code}/forums/{id}/minutes",
            post(save_minutes).layer(axum::extract::DefaultBodyLimit::max(crate::DOCUMENT_BODY_LIMIT)),
        )
        .route("/wards/{code}/priorities", get(ward_priorities).post(add_priority))
        .route("/wards/{code}/priorities.atom", get(priorities_feed))
        .route("/wards/{code}/directory.atom", get(directory_feed))
        .route("/wards/{code}/priorities/new", get(new_priority))
        .route("/wards/{code}/priorities/propose", get(propose_page).post(propose))
        .route("/wards/{code}/priorities/{id}", get(priority_page))
        .route("/wards/{code}/priorities/{id}/support", post(ask_support))
        .route("/wards/{code}/priorities/{id}/support-taken", post(support_taken))
        .route("/wards/{code}/priorities/{id}/decision", post(decide))
        .route("/wards/{code}/priorities/{id}/actions", post(save_action))
        .route("/wards/{code}/priorities/{id}/actions/new", get(new_action))
        .route("/wards/{code}/priorities/{id}/actions/{action}/edit", get(edit_action))
        .route("/wards/{code}/priorities/{id}/actions/{action}/report", post(report_action))
        .route("/priorities/moderation", get(moderation))
        .route("/priorities/{id}/support/{supporter}/{expires}/{sig}", get(support_link).post(support_confirm))
        .route("/actions", get(tracker))
        .route("/teams/{kind}/{area}", get(team).post(add_member))
        .route("/teams/{kind}/{area}/members/{id}", post(member_action))
        .route("/partner/{id}/{expires}/{sig}", get(partner_page))
        .route("/partner/{id}/{expires}/{sig}/actions/{action}", post(partner_report))
}
