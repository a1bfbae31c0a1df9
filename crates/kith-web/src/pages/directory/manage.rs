//! Keeping the directory: a community organisation's own entries (`/directory/manage`), the service and
//! organisation forms, the review queue of network leads (`/directory/review`) and the page of what is going stale
//! by area (`/directory/stale`).

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono_tz::Europe::London;
use kith_app::AppError;
use kith_app::directory::Record;
use kith_app::directory::edit::{self as edit, OrganisationForm, Saved, ServiceForm};
use kith_core::directory::{Freshness, Service};
use kith_core::places::WardCode;
use minijinja::{Value, context};
use serde::Deserialize;
use uuid::Uuid;

use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::pages::{form_with_errors, page};
use crate::routes::Routes;
use crate::security::redirect;
use crate::words::Words;

fn words<'a>(state: &'a AppState, ctx: &'a Ctx) -> Words<'a> {
    Words { catalogues: &state.catalogues, language: ctx.language.tag.as_str() }
}

fn when(state: &AppState, ctx: &Ctx, at: chrono::DateTime<chrono::Utc>) -> String {
    let local = at.with_timezone(&London);
    format!("{} {}", words(state, ctx).date(local.date_naive()), local.format("%H:%M"))
}

fn id(text: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(text).map_err(|_| PageError::NotFound)
}

fn forbidden(e: AppError) -> PageError {
    PageError::from(e)
}

/// The choices the service form offers: places the organisation already uses, the types of help, the days.
fn form_options(state: &AppState, ctx: &Ctx, organisation: Uuid) -> Value {
    let index = state.app.directory.read();
    let (days, access) = super::day_and_access_choices(state, ctx);
    let mut places: Vec<(String, String)> = index
        .services_of(organisation)
        .iter()
        .flat_map(|s| s.locations.clone())
        .filter_map(|l| index.location(l))
        .map(|l| {
            (
                l.id.to_string(),
                format!("{}{}", l.name, l.postcode.as_ref().map(|p| format!(", {p}")).unwrap_or_default()),
            )
        })
        .collect();
    places.sort_by(|a, b| a.1.cmp(&b.1));
    places.dedup();
    context! {
        places => places.into_iter().map(|(id, name)| context! { id => id, name => name }).collect::<Vec<_>>(),
        needs => super::needs_tree(&index),
        days => days,
        access => access,
    }
}

/// An organisation's entries, and what is waiting for review or was sent back.
async fn manage(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let (organisations, reviewer) = edit::keeping(&state.app, principal)?;
    let now = state.app.now();
    let mut shown = Vec::new();
    for org in organisations {
        let drafts = edit::drafts_of(&state.app, principal, org).await?;
        let index = state.app.directory.read();
        let Some(o) = index.organisation(org) else { continue };
        let services: Vec<Value> = index
            .services_of(org)
            .iter()
            .map(|s| {
                let draft = drafts.iter().find(|d| d.record_id == s.id);
                context! {
                    id => s.id.to_string(),
                    name => s.name,
                    checked => words(&state, &ctx).checked(s.checked_at, now),
                    stale => Freshness::of(s.checked_at, now) >= Freshness::Ageing,
                    expired => Freshness::of(s.checked_at, now) == Freshness::Expired,
                    draft => draft.map(|d| context! { status => d.status, reason => d.reason, at => when(&state, &ctx, d.submitted_at) }),
                }
            })
            .collect();
        let proposed: Vec<Value> = drafts
            .iter()
            .filter(|d| d.status != "approved" && index.service(d.record_id).is_none() && d.kind == kith_app::directory::RecordKind::Service)
            .map(|d| {
                let name = edit::unbundle(d).ok().and_then(|rs| rs.into_iter().find_map(|r| match r {
                    Record::Service(s) => Some(s.name),
                    _ => None,
                }));
                context! { name => name, status => d.status, reason => d.reason, at => when(&state, &ctx, d.submitted_at) }
            })
            .collect();
        let own_draft =
            drafts.iter().find(|d| d.record_id == org).map(|d| context! { status => d.status, reason => d.reason });
        shown.push(context! { id => org.to_string(), name => o.name, services => services, proposed => proposed, draft => own_draft });
    }
    page(&state, &ctx, "directory/manage.html", context! { organisations => shown, reviewer => reviewer })
}

fn render_service_form(
    state: &AppState,
    ctx: &Ctx,
    organisation: Uuid,
    service: Option<&Service>,
    form: &ServiceForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let name = state.app.directory.read().organisation(organisation).map(|o| o.name.clone()).unwrap_or_default();
    let action = match service {
        Some(s) => format!("/directory/manage/services/{}/edit", s.id),
        None => format!("/directory/manage/organisations/{organisation}/services/new"),
    };
    let own = context! {
        form => form,
        options => form_options(state, ctx, organisation),
        organisation => name,
        action => action,
        editing => service.is_some(),
        written => service.map(|s| s.written_in.iter().map(|w| context! { language => w.language, name => w.name }).collect::<Vec<_>>()).unwrap_or_default(),
    };
    form_with_errors(state, ctx, "directory/service_form.html", own, problems)
}

async fn new_service(State(state): State<AppState>, ctx: Ctx, Path(org): Path<String>) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let org = id(&org)?;
    if state.app.directory.read().organisation(org).is_none() {
        return Err(PageError::NotFound);
    }
    edit::may_keep(&state.app, principal, org)?;
    let form = ServiceForm {
        location: "new".into(),
        every_weeks: "1".into(),
        languages: "en".into(),
        ..ServiceForm::default()
    };
    render_service_form(&state, &ctx, org, None, &form, &[])
}

fn saved_page(
    state: &AppState,
    ctx: &Ctx,
    saved: Saved,
    name: &str,
    link: Option<String>,
) -> Result<Response, PageError> {
    page(
        state,
        ctx,
        "directory/saved.html",
        context! { published => saved == Saved::Published, name => name, link => link },
    )
}

async fn create_service(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    Submitted(form): Submitted<ServiceForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?.clone();
    let org = id(&org)?;
    match edit::save_service(&state.app, &principal, &principal.actor(ctx.ip.clone()), org, None, &form).await {
        Ok(saved) => saved_page(&state, &ctx, saved, form.name.trim(), None),
        Err(AppError::Invalid(problems)) => render_service_form(&state, &ctx, org, None, &form, &problems),
        Err(e) => Err(forbidden(e)),
    }
}

async fn edit_service(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(service): Path<String>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let (s, _) = state.app.directory.read().service(id(&service)?).ok_or(PageError::NotFound)?;
    edit::may_edit(&state.app, principal, &s)?;
    let form = edit::form_of(&state.app, &s);
    render_service_form(&state, &ctx, s.organisation_id, Some(&s), &form, &[])
}

async fn update_service(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(service): Path<String>,
    Submitted(form): Submitted<ServiceForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?.clone();
    let (s, _) = state.app.directory.read().service(id(&service)?).ok_or(PageError::NotFound)?;
    match edit::save_service(
        &state.app,
        &principal,
        &principal.actor(ctx.ip.clone()),
        s.organisation_id,
        Some(s.id),
        &form,
    )
    .await
    {
        Ok(saved) => saved_page(&state, &ctx, saved, form.name.trim(), Some(format!("/directory/services/{}", s.id))),
        Err(AppError::Invalid(problems)) => {
            render_service_form(&state, &ctx, s.organisation_id, Some(&s), &form, &problems)
        }
        Err(e) => Err(forbidden(e)),
    }
}

async fn edit_organisation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let o = state.app.directory.read().organisation(id(&org)?).ok_or(PageError::NotFound)?;
    edit::may_keep(&state.app, principal, o.id)?;
    page(
        &state,
        &ctx,
        "directory/organisation_form.html",
        context! { form => edit::organisation_form(&o), id => o.id.to_string() },
    )
}

async fn update_organisation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(org): Path<String>,
    Submitted(form): Submitted<OrganisationForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?.clone();
    let org = id(&org)?;
    match edit::save_organisation(&state.app, &principal, &principal.actor(ctx.ip.clone()), org, &form).await {
        Ok(saved) => saved_page(&state, &ctx, saved, form.name.trim(), None),
        Err(AppError::Invalid(problems)) => form_with_errors(
            &state,
            &ctx,
            "directory/organisation_form.html",
            context! { form => &form, id => org.to_string() },
            &problems,
        ),
        Err(e) => Err(forbidden(e)),
    }
}

#[derive(Deserialize)]
struct Confirm {
    service_id: String,
}

async fn still_accurate(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<Confirm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?.clone();
    let service = id(&form.service_id)?;
    edit::confirm_still_accurate(&state.app, &principal, &principal.actor(ctx.ip.clone()), service).await?;
    Ok(redirect("/directory/manage").into_response())
}

/// The review queue.
async fn review(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let drafts = edit::review_queue(&state.app, principal).await?;
    let places = state.app.places();
    let index = state.app.directory.read();
    let rows: Vec<Value> = drafts
        .iter()
        .map(|d| {
            let name = edit::unbundle(d).ok().and_then(|rs| rs.into_iter().rev().find_map(|r| match r {
                Record::Service(s) => Some(s.name),
                Record::Organisation(o) => Some(o.name),
                _ => None,
            }));
            context! {
                id => d.id.to_string(),
                name => name,
                organisation => d.organisation_id.and_then(|o| index.organisation(o)).map(|o| o.name.clone()),
                new => index.service(d.record_id).is_none() && index.organisation(d.record_id).is_none(),
                wards => d.wards.iter().filter_map(|w| WardCode::parse(w).ok()).filter_map(|w| places.ward(&w).map(|w| w.name.clone())).collect::<Vec<_>>(),
                by => d.submitted_by_label,
                at => when(&state, &ctx, d.submitted_at),
            }
        })
        .collect();
    drop(index);
    page(&state, &ctx, "directory/review.html", context! { drafts => rows })
}

/// A service or organisation as rows of what people would read, to compare two versions.
fn readable(state: &AppState, ctx: &Ctx, records: &[Record]) -> Vec<(String, String)> {
    let t = |key: &str| state.catalogues.message(&ctx.language.tag, key, None);
    let w = words(state, ctx);
    let index = state.app.directory.read();
    let mut rows = Vec::new();
    for r in records {
        match r {
            Record::Service(s) => {
                let place = |l: &Uuid| {
                    records
                        .iter()
                        .find_map(|r| match r {
                            Record::Location(loc) if loc.id == *l => Some(loc.clone()),
                            _ => None,
                        })
                        .or_else(|| index.location(*l).map(|l| (*l).clone()))
                };
                let places: Vec<String> = s
                    .locations
                    .iter()
                    .filter_map(place)
                    .map(|l| {
                        format!("{}, {} {}", l.name, l.address, l.postcode.map(|p| p.to_string()).unwrap_or_default())
                            .trim()
                            .to_owned()
                    })
                    .collect();
                let access: Vec<String> = s
                    .locations
                    .iter()
                    .filter_map(place)
                    .flat_map(|l| l.accessibility)
                    .map(|a| t(&format!("access-{a}")))
                    .collect();
                rows.extend([
                    (t("form-service-name"), s.name.clone()),
                    (t("form-service-description"), s.description.clone()),
                    (t("form-service-eligibility"), s.eligibility.clone()),
                    (t("form-service-status"), s.status.as_oruk().to_owned()),
                    (t("form-service-where"), places.join("; ")),
                    (t("form-service-access"), access.join(", ")),
                    (
                        t("form-service-need"),
                        s.terms
                            .iter()
                            .filter_map(|t| index.term(*t))
                            .map(|t| t.name.clone())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                    (
                        t("form-service-when"),
                        s.schedules.iter().map(|sc| w.schedule(sc)).collect::<Vec<_>>().join("; "),
                    ),
                    (t("form-service-cost"), w.cost(&s.costs)),
                    (
                        t("form-service-languages"),
                        s.languages.iter().map(|l| l.english_name()).collect::<Vec<_>>().join(", "),
                    ),
                    (
                        t("form-service-ages"),
                        format!(
                            "{} – {}",
                            s.minimum_age.map(|a| a.to_string()).unwrap_or_default(),
                            s.maximum_age.map(|a| a.to_string()).unwrap_or_default()
                        ),
                    ),
                    (t("form-service-phone"), s.phone.clone().unwrap_or_default()),
                    (t("form-service-email"), s.email.clone().unwrap_or_default()),
                    (t("form-service-website"), s.url.clone().unwrap_or_default()),
                ]);
            }
            Record::Organisation(o) => rows.extend([
                (t("form-organisation-name"), o.name.clone()),
                (t("form-organisation-description"), o.description.clone()),
                (t("form-organisation-email"), o.email.clone().unwrap_or_default()),
                (t("form-organisation-phone"), o.phone.clone().unwrap_or_default()),
                (t("form-organisation-website"), o.website.clone().unwrap_or_default()),
            ]),
            _ => {}
        }
    }
    rows
}

async fn review_draft(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(draft): Path<String>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let draft = edit::draft_for_review(&state.app, principal, id(&draft)?).await?;
    render_review(&state, &ctx, &draft, &[])
}

fn render_review(
    state: &AppState,
    ctx: &Ctx,
    draft: &kith_app::directory::Draft,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let proposed = edit::unbundle(draft)?;
    let current: Vec<Record> = {
        let index = state.app.directory.read();
        match index.service(draft.record_id) {
            Some((s, _)) => vec![Record::Service((*s).clone())],
            None => index
                .organisation(draft.record_id)
                .map(|o| vec![Record::Organisation((*o).clone())])
                .unwrap_or_default(),
        }
    };
    let before = readable(state, ctx, &current);
    let after = readable(state, ctx, &proposed);
    let rows: Vec<Value> = after
        .iter()
        .map(|(label, value)| {
            let old = before.iter().find(|(l, _)| l == label).map(|(_, v)| v.clone());
            context! { label => label, old => old.clone(), new => value, changed => old.as_deref() != Some(value.as_str()) }
        })
        .collect();
    let own = context! {
        id => draft.id.to_string(),
        status => draft.status,
        new => current.is_empty(),
        by => draft.submitted_by_label,
        at => when(state, ctx, draft.submitted_at),
        rows => rows,
        reason => draft.reason,
    };
    form_with_errors(state, ctx, "directory/review_draft.html", own, problems)
}

#[derive(Deserialize)]
struct Decision {
    decision: String,
    #[serde(default)]
    reason: String,
}

async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(draft): Path<String>,
    Submitted(form): Submitted<Decision>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?.clone();
    let draft_id = id(&draft)?;
    let actor = principal.actor(ctx.ip.clone());
    let t = |key: &str| state.catalogues.message(&ctx.language.tag, key, None);
    let outcome = match form.decision.as_str() {
        "approve" => edit::approve(&state.app, &principal, &actor, draft_id).await,
        "return" => edit::send_back(&state.app, &principal, &actor, draft_id, &form.reason).await,
        _ => Err(AppError::invalid("decision", t("review-error-decision"))),
    };
    match outcome {
        Ok(()) => Ok(redirect("/directory/review").into_response()),
        Err(AppError::Invalid(problems)) => {
            let draft = edit::draft_for_review(&state.app, &principal, draft_id).await?;
            render_review(&state, &ctx, &draft, &problems)
        }
        Err(AppError::Conflict(message)) => {
            let draft = edit::draft_for_review(&state.app, &principal, draft_id).await?;
            render_review(&state, &ctx, &draft, &[("decision", message)])
        }
        Err(e) => Err(forbidden(e)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StaleFilter {
    ward: String,
}

/// What is going stale, by ward, in the reviewer's area.
async fn stale(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(filter): Query<StaleFilter>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let services = kith_app::directory::freshness::going_stale(&state.app, principal)?;
    let now = state.app.now();
    let places = state.app.places();
    let mut by_ward: Vec<(String, String, Vec<Value>, [usize; 3])> = Vec::new();
    for (s, wards, freshness) in services {
        let (code, name) = wards
            .first()
            .and_then(|w| places.ward(w))
            .map_or((String::new(), t_city(&state, &ctx)), |w| (w.code.to_string(), w.name.clone()));
        if !filter.ward.is_empty() && filter.ward != code {
            continue;
        }
        let step = match freshness {
            Freshness::Ageing => 0,
            Freshness::Stale => 1,
            _ => 2,
        };
        let item = context! {
            id => s.id.to_string(),
            name => s.name,
            organisation => state.app.directory.read().organisation(s.organisation_id).map(|o| o.name.clone()),
            checked => words(&state, &ctx).checked(s.checked_at, now),
            step => step,
            checked_at => s.checked_at.to_rfc3339(),
        };
        match by_ward.iter_mut().find(|(c, ..)| *c == code) {
            Some(entry) => {
                entry.2.push(item);
                entry.3[step] += 1;
            }
            None => {
                let mut counts = [0; 3];
                counts[step] = 1;
                by_ward.push((code, name, vec![item], counts));
            }
        }
    }
    by_ward.sort_by(|a, b| (b.3[2], b.3[1], &a.1).cmp(&(a.3[2], a.3[1], &b.1)));
    let wards: Vec<Value> = by_ward
        .into_iter()
        .map(|(code, name, mut items, counts)| {
            items.sort_by_key(|i| i.get_attr("checked_at").ok().map(|v| v.to_string()).unwrap_or_default());
            context! { code => code, name => name, services => items, ageing => counts[0], stale => counts[1], expired => counts[2] }
        })
        .collect();
    page(&state, &ctx, "directory/stale.html", context! { wards => wards, ward => filter.ward })
}

fn t_city(state: &AppState, ctx: &Ctx) -> String {
    state.catalogues.message(&ctx.language.tag, "stale-city-wide", None)
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/directory/manage", get(manage))
        .route("/directory/manage/organisations/{org}/services/new", get(new_service).post(create_service))
        .route("/directory/manage/organisations/{org}/edit", get(edit_organisation).post(update_organisation))
        .route("/directory/manage/services/{id}/edit", get(edit_service).post(update_service))
        .route("/directory/manage/still-accurate", post(still_accurate))
        .route("/directory/review", get(review))
        .route("/directory/review/{draft}", get(review_draft).post(decide))
        .route("/directory/stale", get(stale))
        .route(
            "/directory/still-accurate/{service}/{checked}/{sig}",
            get(still_accurate_link).post(still_accurate_confirm),
        )
}

/// The signed link in a reminder: what the record says, and one button to confirm it.
async fn still_accurate_link(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((service, checked, sig)): Path<(String, i64, String)>,
) -> Result<Response, PageError> {
    let service = id(&service)?;
    let outcome = kith_app::directory::freshness::check_link(&state.app, service, checked, &sig).await?;
    link_page(&state, &ctx, outcome, false)
}

async fn still_accurate_confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((service, checked, sig)): Path<(String, i64, String)>,
    Submitted(_): Submitted<crate::ctx::NoFields>,
) -> Result<Response, PageError> {
    let service = id(&service)?;
    let outcome =
        kith_app::directory::freshness::confirm_by_link(&state.app, service, checked, &sig, ctx.ip.clone()).await?;
    link_page(&state, &ctx, outcome, true)
}

fn link_page(
    state: &AppState,
    ctx: &Ctx,
    outcome: Result<Service, kith_app::directory::freshness::LinkProblem>,
    done: bool,
) -> Result<Response, PageError> {
    use kith_app::directory::freshness::LinkProblem;
    let w = words(state, ctx);
    let own = match &outcome {
        Ok(s) => {
            let index = state.app.directory.read();
            context! {
                problem => "",
                done => done,
                service => context! {
                    id => s.id.to_string(),
                    name => s.name,
                    description => s.description,
                    when => s.schedules.iter().map(|sc| w.schedule(sc)).collect::<Vec<_>>(),
                    place => s.locations.first().and_then(|l| index.location(*l)).map(|l| format!("{}, {}", l.name, l.postcode.as_ref().map(|p| p.to_string()).unwrap_or_default())),
                    cost => w.cost(&s.costs),
                    phone => s.phone,
                    email => s.email,
                },
            }
        }
        Err(problem) => context! {
            problem => match problem { LinkProblem::Invalid => "invalid", LinkProblem::Used => "used", LinkProblem::Gone => "gone" },
            done => false,
            service => None::<Value>,
        },
    };
    let mut response = page(state, ctx, "directory/still_accurate.html", own)?;
    if outcome.is_err() {
        *response.status_mut() = if matches!(outcome, Err(LinkProblem::Gone)) {
            axum::http::StatusCode::GONE
        } else {
            axum::http::StatusCode::NOT_FOUND
        };
    }
    Ok(response)
}
