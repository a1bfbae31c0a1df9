//! Case pages for staff: the queues (`/cases`), raising a case (`/cases/new`), a case with its timeline and the
//! changes its state allows (`/cases/{reference}`), and the administration of routing rules, teams and targets.

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;
use kith_app::AppError;
use kith_app::cases::Team;
use kith_app::cases::referrals;
use kith_app::cases::{self, CaseForm, CaseView, QueueFilter, RuleForm, TransitionForm};
use kith_app::problems::ticked;
use kith_core::accounts::permission;
use kith_core::calendar::WorkingDays;
use kith_core::cases::{Area, CaseKind, CaseState};
use minijinja::{Value, context};
use serde::Deserialize;
use uuid::Uuid;

use super::{form_with_errors, page};
use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::routes::Routes;
use crate::security::redirect;
use crate::words::Words;

fn words<'a>(state: &'a AppState, ctx: &'a Ctx) -> Words<'a> {
    Words { catalogues: &state.catalogues, language: ctx.language.tag.as_str() }
}

fn when(state: &AppState, ctx: &Ctx, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&London);
    format!("{} {}", words(state, ctx).date(local.date_naive()), local.format("%H:%M"))
}

/// A due moment as people read it: the last working day it allows.
fn due(state: &AppState, ctx: &Ctx, at: Option<DateTime<Utc>>) -> Option<String> {
    at.map(|d| words(state, ctx).date(WorkingDays::last_day(d)))
}

fn kinds() -> Vec<Value> {
    CaseKind::ALL.iter().map(|k| context! { key => k.as_str() }).collect()
}

/// The wards as a select's options, by name.
pub(super) fn ward_choices(state: &AppState) -> Vec<Value> {
    let places = state.app.places();
    let mut wards: Vec<_> = places.wards().iter().collect();
    wards.sort_by(|a, b| a.name.cmp(&b.name));
    wards.iter().map(|w| context! { value => w.code.as_str(), name => w.name }).collect()
}

fn ward_name(state: &AppState, code: &kith_core::places::WardCode) -> String {
    state.app.places().ward(code).map_or_else(|| code.to_string(), |w| w.name.clone())
}

fn team_name(teams: &[Team], id: Option<Uuid>) -> Option<String> {
    id.and_then(|id| teams.iter().find(|t| t.organisation_id == id)).map(|t| t.name.clone())
}

fn problems_of(e: AppError) -> Result<Vec<(&'static str, String)>, PageError> {
    match e {
        AppError::Invalid(problems) => Ok(problems),
        AppError::Conflict(message) => Ok(vec![("action", message)]),
        e => Err(e.into()),
    }
}

/// The queues: what the visitor's roles reach, filtered, in due order.
async fn queue(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(filter): Query<QueueFilter>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let (rows, total, errors) = match cases::queue(&state.app, principal, &filter).await {
        Ok((rows, total)) => (rows, total, vec![]),
        Err(e) => (vec![], 0, problems_of(e)?),
    };
    let teams = cases::teams(&state.app).await?;
    let categories = cases::categories(&state.app).await?;
    let now = state.app.now();
    let calendar = state.app.working_days();
    let shown: Vec<Value> = rows
        .iter()
        .map(|r| {
            context! {
                reference => r.reference,
                summary => r.summary,
                kind => r.kind.as_str(),
                category => categories.iter().find(|c| c.kind == r.kind && c.code == r.category).map_or(r.category.clone(), |c| c.name.clone()),
                state => r.state.as_str(),
                ward => ward_name(&state, &r.ward_code),
                team => team_name(&teams, r.team_id),
                due => due(&state, &ctx, r.due_at),
                days_left => r.due_at.map(|d| calendar.days_left(now, d)),
                flag => r.flag,
            }
        })
        .collect();
    let page_number = filter.page.max(1);
    let pages = (total + cases::QUEUE_PAGE - 1) / cases::QUEUE_PAGE;
    let link = |n: u32| {
        let mut f = filter.clone();
        f.page = n;
        format!("/cases?{}", serde_html_form::to_string(&f).unwrap_or_default())
    };
    let own = context! {
        cases => shown,
        total => total,
        filter => filter,
        kinds => kinds(),
        states => CaseState::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        wards => ward_choices(&state),
        teams => teams.iter().map(|t| context! { id => t.organisation_id.to_string(), name => t.name }).collect::<Vec<_>>(),
        triage => principal.holds(permission::CASES_TRIAGE),
        may_raise => principal.holds(permission::CASES_RAISE),
        admin => principal.holds(permission::CASES_ADMIN),
        receives => !kith_app::directory::edit::organisations_kept_by(&state.app, principal).is_empty(),
        previous => (page_number > 1).then(|| link(page_number - 1)),
        next => (i64::from(page_number) < pages).then(|| link(page_number + 1)),
        page => page_number,
        pages => pages.max(1),
        errors => super::field_errors(&errors),
    };
    page(&state, &ctx, "cases/queue.html", own)
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct NewQuery {
    kind: String,
    service: String,
}

async fn render_new(
    state: &AppState,
    ctx: &Ctx,
    form: &CaseForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let categories = cases::categories(&state.app).await?;
    let service = Uuid::parse_str(&form.service).ok().and_then(|id| state.app.directory.read().service(id));
    // A kind that is not one of ours (only a hand-made request sends one) shows the choice of kinds.
    let known = CaseKind::ALL.iter().any(|k| k.as_str() == form.kind);
    let form = &CaseForm { kind: if known { form.kind.clone() } else { String::new() }, ..form.clone() };
    let own = context! {
        form => form,
        kinds => kinds(),
        category_choices => categories.iter().filter(|c| c.active && c.kind.as_str() == form.kind).map(|c| context! { value => c.code, name => c.name }).collect::<Vec<_>>(),
        ward_choices => ward_choices(state),
        service => service.map(|(s, _)| context! { id => s.id.to_string(), name => s.name }),
    };
    form_with_errors(state, ctx, "cases/new.html", own, problems)
}

async fn new_case(State(state): State<AppState>, ctx: Ctx, Query(q): Query<NewQuery>) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    cases::may_raise(principal)?;
    let form = CaseForm { kind: q.kind, service: q.service, ..CaseForm::default() };
    render_new(&state, &ctx, &form, &[]).await
}

async fn create_case(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<CaseForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    match cases::raise(&state.app, principal, &actor, &form).await {
        Ok(reference) => Ok(redirect(&format!("/cases/{reference}")).into_response()),
        Err(e) => {
            let problems = problems_of(e)?;
            render_new(&state, &ctx, &form, &problems).await
        }
    }
}

/// A case page, with `problems` from a change that was refused.
async fn render_case(
    state: &AppState,
    ctx: &Ctx,
    view: CaseView,
    problems: &[(&str, String)],
    form: &TransitionForm,
) -> Result<Response, PageError> {
    let c = &view.case;
    let teams = cases::teams(&state.app).await?;
    let categories = cases::categories(&state.app).await?;
    let now = state.app.now();
    let calendar = state.app.working_days();
    let name_of = |id: Option<Uuid>| id.and_then(|id| view.names.get(&id).cloned());
    let service = c.service_id.and_then(|id| state.app.directory.read().service(id)).map(|(s, _)| s);
    let receiving = c.receiving_org.and_then(|id| state.app.directory.read().organisation(id)).map(|o| o.name.clone());
    let merged_into = view.merged_into.clone();
    let events: Vec<Value> = view
        .events
        .iter()
        .rev()
        .map(|e| {
            context! {
                at => when(state, ctx, e.at),
                actor => e.actor,
                action => e.action,
                from => e.from_state,
                to => e.to_state,
                note => e.note,
                shared => e.shared,
                team => e.detail.get("to_team").and_then(|t| t.as_str()).and_then(|t| Uuid::parse_str(t).ok()).and_then(|t| team_name(&teams, Some(t))).unwrap_or_else(|| "another team".into()),
            }
        })
        .collect();
    let resident = view.resident.as_ref().map(|r| {
        context! {
            name => r.name, email => r.email, phone => r.phone, address => r.address, postcode => r.postcode,
            preferred_contact => r.preferred_contact, language => r.language, needs => r.needs,
            redacted => r.redacted_at.is_some(),
        }
    });
    let consents: Vec<Value> = view
        .consents
        .iter()
        .map(|k| {
            context! {
                given_to => k.given_to, may_share => k.may_share, shared => k.shared, method => k.method,
                obtained_at => when(state, ctx, k.obtained_at),
            }
        })
        .collect();
    let next_working_day = calendar.add(WorkingDays::local_date(now), 5);
    let own = context! {
        case => context! {
            reference => c.reference,
            kind => c.kind.as_str(),
            category => categories.iter().find(|x| x.kind == c.kind && x.code == c.category).map_or(c.category.clone(), |x| x.name.clone()),
            state => c.state.as_str(),
            open => c.state.is_open(),
            summary => c.summary,
            description => c.description,
            answers => {
                let asked = categories.iter().find(|x| x.kind == c.kind && x.code == c.category).map(|x| x.attributes.clone()).unwrap_or_default();
                c.answers.iter().map(|(code, answer)| {
                    let attribute = asked.iter().find(|a| &a.code == code);
                    let question = attribute.map_or(code.clone(), |a| a.description.clone());
                    let words = answer.split(',').map(|v| attribute.and_then(|a| a.values.iter().find(|(k, _)| k == v)).map_or(v.to_owned(), |(_, name)| name.clone())).collect::<Vec<_>>().join(", ");
                    context! { question => question, answer => words }
                }).collect::<Vec<_>>()
            },
            media_url => c.media_url,
            ward => ward_name(state, &c.ward_code),
            ward_code => c.ward_code,
            postcode => c.postcode,
            place => c.place,
            team => team_name(&teams, c.team_id),
            partner => view.team.as_ref().is_some_and(|t| t.partner),
            owner => name_of(c.owner_id),
            raised_by => name_of(c.raised_by),
            raised_for => name_of(c.raised_for),
            source => c.source,
            created => when(state, ctx, c.created_at),
            acknowledge_due => due(state, ctx, c.clocks.acknowledge_due_at),
            acknowledged => c.clocks.acknowledged_at.map(|t| when(state, ctx, t)),
            resolve_due => due(state, ctx, c.clocks.resolve_due_at),
            resolved => c.clocks.resolved_at.map(|t| when(state, ctx, t)),
            days_left => c.due_at.map(|d| calendar.days_left(now, d)),
            waiting_since => c.clocks.waiting_since.map(|t| when(state, ctx, t)),
            follow_up_until => c.clocks.follow_up_until.filter(|u| now < *u).map(|u| words(state, ctx).date(WorkingDays::last_day(u))),
            next_update => c.next_update_on.map(|d| words(state, ctx).date(d)),
            partner_reference => c.partner_reference,
            outcome => c.outcome,
            flag => c.flag,
            service => service.as_ref().map(|s| context! { id => s.id.to_string(), name => s.name }),
            receiving => receiving,
            merged_into => merged_into,
            version => c.version,
            redacted => c.redacted_at.is_some(),
        },
        resident => resident,
        has_resident => c.resident_id.is_some(),
        consents => consents,
        access => view.access,
        actions => view.actions,
        events => events,
        transfer_choices => teams.iter().filter(|t| Some(t.organisation_id) != c.team_id).map(|t| context! { value => t.organisation_id.to_string(), name => t.name }).collect::<Vec<_>>(),
        form => form,
        suggested_update => next_working_day.format("%Y-%m-%d").to_string(),
    };
    form_with_errors(state, ctx, "cases/case.html", own, problems)
}

async fn show_case(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let view = cases::view(&state.app, principal, &actor, &reference).await?;
    render_case(&state, &ctx, view, &[], &TransitionForm::default()).await
}

/// After a change: back to the case, or the case again with what was wrong.
async fn after_change(
    state: &AppState,
    ctx: &Ctx,
    reference: &str,
    outcome: Result<kith_app::cases::CaseRecord, AppError>,
    form: &TransitionForm,
) -> Result<Response, PageError> {
    match outcome {
        Ok(c) => Ok(redirect(&format!("/cases/{}", c.reference)).into_response()),
        Err(e) => {
            let problems = problems_of(e)?;
            let principal = ctx.signed_in()?;
            let actor = principal.actor(ctx.ip.clone());
            let view = cases::view(&state.app, principal, &actor, reference).await?;
            render_case(state, ctx, view, &problems, form).await
        }
    }
}

async fn change_state(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    Submitted(form): Submitted<TransitionForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let outcome = cases::transition(&state.app, principal, &actor, &reference, &form).await;
    after_change(&state, &ctx, &reference, outcome, &form).await
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct NoteForm {
    note: String,
    shared: String,
}

async fn add_note(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    Submitted(form): Submitted<NoteForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let outcome = cases::add_note(&state.app, principal, &actor, &reference, &form.note, ticked(&form.shared)).await;
    after_change(&state, &ctx, &reference, outcome, &TransitionForm::default()).await
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct ExtendForm {
    extend_to: String,
    extend_reason: String,
}

async fn extend(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    Submitted(form): Submitted<ExtendForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let outcome = cases::extend(&state.app, principal, &actor, &reference, &form.extend_to, &form.extend_reason).await;
    after_change(&state, &ctx, &reference, outcome, &TransitionForm::default()).await
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct PartnerReferenceForm {
    partner_reference: String,
}

async fn partner_reference(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(reference): Path<String>,
    Submitted(form): Submitted<PartnerReferenceForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let outcome =
        cases::set_partner_reference(&state.app, principal, &actor, &reference, &form.partner_reference).await;
    after_change(&state, &ctx, &reference, outcome, &TransitionForm::default()).await
}

// Referrals: triage's suggestions, organisations' capacity, and each service's figures.

async fn triage(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<referrals::TriageQuery>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    cases::may_raise(principal)?;
    let asked = !(q.need.is_empty() && q.postcode.is_empty() && q.q.is_empty() && q.language.is_empty());
    let (found, errors) = if asked {
        match referrals::suggest(&state.app, principal, &q).await {
            Ok(found) => (found, vec![]),
            Err(e) => (vec![], problems_of(e)?),
        }
    } else {
        (vec![], vec![])
    };
    let suggestions: Vec<Value> = found
        .iter()
        .map(|s| {
            context! {
                id => s.id.to_string(), name => s.name, organisation => s.organisation, description => s.description,
                distance => s.distance_m.map(|m| format!("{:.1}", m / 1609.344)),
                capacity => s.capacity.as_str(), capacity_note => s.capacity_note, figures => s.figures,
            }
        })
        .collect();
    let needs = super::directory::needs_tree(&state.app.directory.read());
    let languages: Vec<Value> =
        kith_core::directory::LANGUAGES.iter().map(|(code, name)| context! { value => *code, name => *name }).collect();
    let own = context! {
        query => q, asked => asked, suggestions => suggestions, needs => needs, language_choices => languages,
        errors => super::field_errors(&errors),
    };
    page(&state, &ctx, "cases/triage.html", own)
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct CapacityForm {
    service: String,
    capacity: String,
    note: String,
}

async fn render_capacity(state: &AppState, ctx: &Ctx, problems: &[(&str, String)]) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let organisations = kith_app::directory::edit::organisations_kept_by(&state.app, principal);
    let mut shown = Vec::new();
    for org in organisations {
        let services = referrals::capacities_of(&state.app, principal, org).await?;
        let name = state.app.directory.read().organisation(org).map(|o| o.name.clone()).unwrap_or_default();
        let services: Vec<Value> = services
            .iter()
            .map(|(id, name, c, note)| context! { id => id.to_string(), name => name, capacity => c.as_str(), note => note })
            .collect();
        shown.push(context! { name => name, services => services });
    }
    if shown.is_empty() {
        return Err(PageError::Forbidden);
    }
    let own = context! { organisations => shown };
    form_with_errors(state, ctx, "cases/capacity.html", own, problems)
}

async fn capacity(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_capacity(&state, &ctx, &[]).await
}

async fn set_capacity(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<CapacityForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let service = Uuid::parse_str(&form.service).map_err(|_| PageError::NotFound)?;
    match referrals::set_capacity(&state.app, principal, &actor, service, &form.capacity, &form.note).await {
        Ok(()) => Ok(redirect("/cases/capacity").into_response()),
        Err(e) => {
            let problems = problems_of(e)?;
            render_capacity(&state, &ctx, &problems).await
        }
    }
}

async fn referral_figures(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let figures = referrals::figures(&state.app, principal, &[]).await?;
    let index = state.app.directory.read();
    let mut rows: Vec<(String, Value)> = figures
        .iter()
        .filter_map(|(id, f)| {
            let (s, _) = index.service(*id)?;
            let organisation = index.organisation(s.organisation_id).map(|o| o.name.clone()).unwrap_or_default();
            Some((
                s.name.clone(),
                context! { id => id.to_string(), name => s.name, organisation => organisation, figures => f },
            ))
        })
        .collect();
    drop(index);
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let own = context! { services => rows.into_iter().map(|(_, v)| v).collect::<Vec<_>>() };
    page(&state, &ctx, "cases/referrals.html", own)
}

// Administration: routing rules, with their history.

fn area_label(state: &AppState, area: &Area) -> String {
    match area {
        Area::City => state.app.places().city_name().unwrap_or("The city").to_owned(),
        Area::Ward(code) => ward_name(state, code),
        Area::Neighbourhood(id) => state.app.places().neighbourhood(*id).map_or(id.to_string(), |n| n.name.clone()),
    }
}

async fn render_rules(
    state: &AppState,
    ctx: &Ctx,
    form: &RuleForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let cases::RoutingRules { rules, owners, history } = cases::routing_rules(&state.app, principal).await?;
    let teams = cases::teams(&state.app).await?;
    let categories = cases::categories(&state.app).await?;
    let shown: Vec<Value> = rules
        .iter()
        .map(|r| {
            context! {
                id => r.id.to_string(),
                kind => r.kind.as_str(),
                category => r.category.as_ref().map(|code| categories.iter().find(|c| c.kind == r.kind && &c.code == code).map_or(code.clone(), |c| c.name.clone())),
                area => area_label(state, &r.area),
                team => team_name(&teams, Some(r.team)),
                owner => r.owner.and_then(|o| owners.get(&o).cloned()),
            }
        })
        .collect();
    let places = state.app.places();
    let mut area_choices = vec![context! { value => "city", name => area_label(state, &Area::City) }];
    area_choices.extend(
        places
            .neighbourhoods()
            .iter()
            .map(|n| context! { value => n.id.to_string(), name => format!("{} ({})", n.name, n.kind) }),
    );
    area_choices.extend(ward_choices(state));
    let kind_words = |k: &str| state.catalogues.message(ctx.language.tag.as_str(), &format!("case-kind-{k}"), None);
    let history: Vec<Value> = history
        .iter()
        .map(|h| context! { at => when(state, ctx, h.at), actor => h.actor, action => h.action, detail => h.detail.to_string() })
        .collect();
    let own = context! {
        rules => shown,
        form => form,
        kind_choices => CaseKind::ALL.iter().map(|k| context! { value => k.as_str(), name => kind_words(k.as_str()) }).collect::<Vec<_>>(),
        category_choices => categories.iter().filter(|c| c.active).map(|c| context! { value => c.code, name => format!("{} ({})", c.name, kind_words(c.kind.as_str())) }).collect::<Vec<_>>(),
        area_choices => area_choices,
        team_choices => teams.iter().map(|t| context! { value => t.organisation_id.to_string(), name => t.name }).collect::<Vec<_>>(),
        history => history,
    };
    form_with_errors(state, ctx, "cases/rules.html", own, problems)
}

async fn rules(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_rules(&state, &ctx, &RuleForm::default(), &[]).await
}

async fn add_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<RuleForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    match cases::save_rule(&state.app, principal, &actor, None, &form).await {
        Ok(_) => Ok(redirect("/admin/cases/routing").into_response()),
        Err(e) => {
            let problems = problems_of(e)?;
            render_rules(&state, &ctx, &form, &problems).await
        }
    }
}

async fn remove_rule(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(_): Submitted<crate::ctx::NoFields>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    cases::remove_rule(&state.app, principal, &actor, id).await?;
    Ok(redirect("/admin/cases/routing").into_response())
}

// Letters: notices for residents whose channel is post, printed and posted by staff.

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct LettersQuery {
    printed: String,
    size: String,
}

async fn letters(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<LettersQuery>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let printed = q.printed == "yes";
    let letters = kith_app::cases::letters::letters(&state.app, principal, printed).await?;
    let shown: Vec<Value> = letters
        .iter()
        .map(|l| {
            context! {
                id => l.id.to_string(), addressee => l.addressee, postcode => l.postcode, subject => l.subject,
                language => l.language, large_print => l.large_print,
                created => l.created_at.format("%-d %B %Y").to_string(), printed => l.printed_at.is_some(),
            }
        })
        .collect();
    page(&state, &ctx, "cases/letters.html", context! { letters => shown, all => printed })
}

async fn letter(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<LettersQuery>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    let l = kith_app::cases::letters::letter(&state.app, principal, id).await?;
    let language = state.catalogues.speaking(&l.language);
    let large = match q.size.as_str() {
        "large" => true,
        "standard" => false,
        _ => l.large_print,
    };
    page(
        &state,
        &ctx,
        "cases/letter.html",
        context! {
            letter => context! {
                id => l.id.to_string(), addressee => l.addressee, address => l.address, postcode => l.postcode,
                subject => l.subject, body => l.body, language => l.language,
                dir => language.map_or("ltr", |x| x.dir.as_str()),
                date => state.catalogues.dates(language.map_or("en", |x| x.tag.as_str())).date(kith_core::calendar::WorkingDays::local_date(l.created_at)),
                printed => l.printed_at.is_some(),
            },
            large => large,
        },
    )
}

async fn letter_printed(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(_): Submitted<crate::ctx::NoFields>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    match kith_app::cases::letters::mark_printed(&state.app, principal, ctx.ip.clone(), id).await {
        Ok(()) | Err(kith_app::AppError::Conflict(_)) => Ok(redirect("/cases/letters").into_response()),
        Err(e) => Err(e.into()),
    }
}

// Administration: the wording of notices.

#[derive(Debug, Deserialize, Default, serde::Serialize)]
#[serde(default)]
struct WordingForm {
    event: String,
    /// A community language, for a new wording in it.
    language: String,
    subject: String,
    body: String,
}

async fn render_notices(
    state: &AppState,
    ctx: &Ctx,
    form: &WordingForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let wordings = kith_app::cases::notices::wordings_for(&state.app, ctx.signed_in()?).await?;
    let shown: Vec<Value> = wordings
        .iter()
        .map(|w| {
            let (subject, body) = if form.event == w.event { (form.subject.clone(), form.body.clone()) } else { (w.subject.clone(), w.body.clone()) };
            let preview = kith_app::cases::notices::render(&w.body, &kith_app::cases::notices::sample(&w.event)).unwrap_or_default();
            context! { event => w.event, base => w.base, language => w.language, subject => subject, body => body, edited => w.edited, preview => preview, failed => form.event == w.event }
        })
        .collect();
    let languages: Vec<Value> = state
        .catalogues
        .languages()
        .iter()
        .filter(|l| l.tag != crate::translations::DEFAULT_LANGUAGE)
        .map(|l| context! { value => l.tag, name => format!("{} ({})", l.name, l.tag) })
        .collect();
    let events: Vec<Value> = kith_app::cases::notices::EVENTS
        .iter()
        .map(|(e, _, _)| context! { value => *e, name => crate::pages::translate(state, ctx, &format!("notice-{e}")) })
        .collect();
    let adding = !form.language.is_empty();
    let own = context! {
        wordings => shown, notice_languages => languages, events => events,
        new => context! { event => if adding { form.event.as_str() } else { "" }, language => form.language, subject => if adding { form.subject.as_str() } else { "" }, body => if adding { form.body.as_str() } else { "" } },
    };
    form_with_errors(state, ctx, "cases/notices.html", own, problems)
}

async fn notices(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_notices(&state, &ctx, &WordingForm::default(), &[]).await
}

async fn save_notice(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<WordingForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let event = if form.language.trim().is_empty() {
        form.event.clone()
    } else {
        format!("{}.{}", form.event.trim(), form.language.trim())
    };
    match kith_app::cases::notices::save_wording(&state.app, principal, &actor, &event, &form.subject, &form.body).await
    {
        Ok(()) => Ok(redirect("/admin/cases/notices").into_response()),
        Err(e) => {
            let problems = problems_of(e)?;
            render_notices(&state, &ctx, &form, &problems).await
        }
    }
}

// Administration: Open311 clients' keys.

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct KeyForm {
    name: String,
}

async fn render_keys(
    state: &AppState,
    ctx: &Ctx,
    new_key: Option<(String, String)>,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let keys = kith_app::open311::keys(&state.app, ctx.signed_in()?).await?;
    let keys: Vec<Value> = keys
        .iter()
        .map(|k| context! { id => k.id.to_string(), name => k.name, created => when(state, ctx, k.created_at), revoked => k.revoked_at.map(|t| when(state, ctx, t)) })
        .collect();
    let own = context! {
        keys => keys,
        new_key => new_key.map(|(name, key)| context! { name => name, key => key }),
        endpoint => format!("{}/open311/v2/", state.app.settings.public_url.trim_end_matches('/')),
    };
    form_with_errors(state, ctx, "cases/open311.html", own, problems)
}

async fn keys(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_keys(&state, &ctx, None, &[]).await
}

async fn add_key(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<KeyForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    match kith_app::open311::add_key(&state.app, principal, &actor, &form.name).await {
        // The key is shown once, on this answer; only its hash is kept.
        Ok((_, key)) => render_keys(&state, &ctx, Some((form.name.trim().to_owned(), key)), &[]).await,
        Err(e) => {
            let problems = problems_of(e)?;
            render_keys(&state, &ctx, None, &problems).await
        }
    }
}

async fn revoke_key(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(_): Submitted<crate::ctx::NoFields>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    kith_app::open311::revoke_key(&state.app, principal, &actor, id).await?;
    Ok(redirect("/admin/cases/open311").into_response())
}

// Subject access requests.

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct SearchQuery {
    q: String,
}

async fn subject_access_search(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<SearchQuery>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    cases::may_answer_subject_access(&state.app, principal)?;
    let (found, errors) = if q.q.is_empty() {
        (vec![], vec![])
    } else {
        match cases::find_residents(&state.app, principal, &q.q).await {
            Ok(found) => (found, vec![]),
            Err(e) => (vec![], problems_of(e)?),
        }
    };
    let found: Vec<Value> = found
        .iter()
        .map(|r| context! { id => r.id.to_string(), name => r.name, email => r.email, postcode => r.postcode, redacted => r.redacted_at.is_some() })
        .collect();
    let own =
        context! { q => q.q, found => found, searched => !q.q.is_empty(), errors => super::field_errors(&errors) };
    page(&state, &ctx, "cases/subject_access.html", own)
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct FormatQuery {
    format: String,
}

async fn subject_access(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<FormatQuery>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    let held = cases::subject_access(&state.app, principal, &actor, id).await?;
    if q.format == "json" {
        let name = format!("attachment; filename=\"subject-access-{id}.json\"");
        let mut response = axum::Json(&held).into_response();
        if let Ok(v) = axum::http::HeaderValue::from_str(&name) {
            response.headers_mut().insert(axum::http::header::CONTENT_DISPOSITION, v);
        }
        return Ok(response);
    }
    let cases: Vec<Value> = held
        .cases
        .iter()
        .map(|c| {
            context! {
                reference => c.reference, kind => c.kind.as_str(), category => c.category, state => c.state.as_str(),
                summary => c.summary, description => c.description, place => c.place, postcode => c.postcode,
                ward => ward_name(&state, &c.ward), created => when(&state, &ctx, c.created_at), outcome => c.outcome,
                timeline => c.timeline.iter().map(|e| context! { at => when(&state, &ctx, e.at), by => e.actor, action => e.action, note => e.note, shared => e.shared }).collect::<Vec<_>>(),
                consents => c.consents.iter().map(|k| context! { given_to => k.given_to, may_share => k.may_share, shared => k.shared, method => k.method, at => when(&state, &ctx, k.obtained_at) }).collect::<Vec<_>>(),
            }
        })
        .collect();
    let r = &held.resident;
    let own = context! {
        id => id.to_string(),
        resident => context! { name => r.name, email => r.email, phone => r.phone, address => r.address, postcode => r.postcode, preferred_contact => r.preferred_contact, language => r.language, needs => r.needs, created => when(&state, &ctx, r.created_at), redacted => r.redacted_at.map(|t| when(&state, &ctx, t)) },
        cases => cases,
        audit => held.audit.iter().map(|a| context! { at => when(&state, &ctx, a.at), actor => a.actor, action => a.action, subject => a.subject }).collect::<Vec<_>>(),
        produced => when(&state, &ctx, held.produced_at),
        produced_by => held.produced_by,
    };
    page(&state, &ctx, "cases/subject_access_report.html", own)
}

// Administration: the bank holidays working days are counted with.

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct HolidaysForm {
    file: String,
}

async fn render_holidays(
    state: &AppState,
    ctx: &Ctx,
    saved: Option<usize>,
    form: &HolidaysForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let calendar = kith_app::calendar::calendar(&state.app, ctx.signed_in()?)?;
    let today = WorkingDays::local_date(state.app.now());
    let upcoming: Vec<String> = today
        .iter_days()
        .take(730)
        .filter(|d| calendar.holidays().contains(*d))
        .take(12)
        .map(|d| words(state, ctx).date(d))
        .collect();
    let own = context! { upcoming => upcoming, count => calendar.holidays().len(), saved => saved, form => context! { file => form.file } };
    form_with_errors(state, ctx, "cases/bank_holidays.html", own, problems)
}

async fn bank_holidays(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_holidays(&state, &ctx, None, &HolidaysForm::default(), &[]).await
}

async fn replace_bank_holidays(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<HolidaysForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    if form.file.trim().is_empty() {
        return render_holidays(&state, &ctx, None, &form, &[("file", "Paste the bank holidays file".to_owned())])
            .await;
    }
    match kith_app::calendar::replace_bank_holidays(&state.app, principal, &actor, form.file.as_bytes()).await {
        Ok(count) => render_holidays(&state, &ctx, Some(count), &HolidaysForm::default(), &[]).await,
        Err(AppError::Invalid(p)) => {
            let problems: Vec<(&str, String)> = p.into_iter().map(|(_, m)| ("file", m)).collect();
            render_holidays(&state, &ctx, None, &form, &problems).await
        }
        Err(e) => Err(e.into()),
    }
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/cases", get(queue))
        .route("/cases/new", get(new_case).post(create_case))
        .route("/cases/triage", get(triage))
        .route("/cases/capacity", get(capacity).post(set_capacity))
        .route("/cases/referrals", get(referral_figures))
        .route("/cases/{reference}", get(show_case))
        .route("/cases/{reference}/state", post(change_state))
        .route("/cases/{reference}/notes", post(add_note))
        .route("/cases/{reference}/extend", post(extend))
        .route("/cases/{reference}/partner-reference", post(partner_reference))
        .route("/admin/cases/routing", get(rules).post(add_rule))
        .route("/admin/cases/routing/{id}/remove", post(remove_rule))
        .route("/admin/cases/notices", get(notices).post(save_notice))
        .route("/cases/letters", get(letters))
        .route("/cases/letters/{id}", get(letter))
        .route("/cases/letters/{id}/printed", axum::routing::post(letter_printed))
        .route("/admin/cases/open311", get(keys).post(add_key))
        .route("/admin/cases/subject-access", get(subject_access_search))
        .route("/admin/cases/subject-access/{id}", get(subject_access))
        .route(
            "/admin/cases/bank-holidays",
            get(bank_holidays)
                .post(replace_bank_holidays)
                .layer(axum::extract::DefaultBodyLimit::max(crate::DOCUMENT_BODY_LIMIT)),
        )
        .route("/admin/cases/open311/{id}/revoke", post(revoke_key))
}
