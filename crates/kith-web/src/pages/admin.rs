//! Administration: accounts and their role assignments, the records of councillors and coordinators, and the
//! audit trail. Every change goes through a use case that checks permission and writes an audit row.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kith_app::accounts::{self as accounts, NewUserForm};
use kith_app::audit::AuditQuery;
use kith_app::people::{self, RepresentativeForm};
use kith_app::{AppError, Places};
use kith_core::accounts::{Scope, permission};
use kith_core::places::WardCode;
use minijinja::{Value, context};
use serde::Deserialize;
use uuid::Uuid;

use super::{form_with_errors, page};
use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::routes::Routes;
use crate::security::redirect;

fn ward_options(places: &Places) -> Vec<Value> {
    places.wards().iter().map(|w| context! { code => w.code.as_str(), name => w.name }).collect()
}

fn scope_label(places: &Places, organisations: &[accounts::Organisation], kind: &str, reference: &str) -> String {
    match kind {
        "ward" => WardCode::parse(reference)
            .ok()
            .and_then(|c| places.ward(&c).map(|w| w.name.clone()))
            .unwrap_or_else(|| reference.into()),
        "neighbourhood" => Uuid::parse_str(reference)
            .ok()
            .and_then(|id| places.neighbourhood(id))
            .map_or_else(|| reference.into(), |n| n.name.clone()),
        "organisation" => Uuid::parse_str(reference)
            .ok()
            .and_then(|id| organisations.iter().find(|o| o.id == id))
            .map_or_else(|| reference.into(), |o| o.name.clone()),
        _ => String::new(),
    }
}

async fn dashboard(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let may = context! {
        users => principal.holds(permission::MANAGE_USERS),
        people => principal.holds(permission::MANAGE_REPRESENTATIVES),
        audit => principal.holds(permission::READ_AUDIT),
        cases => principal.holds(permission::CASES_ADMIN),
        subject_access => principal.holds(permission::CASES_SUBJECT_ACCESS),
    };
    let places = state.app.places();
    let organisations = accounts::organisations(&state.app).await?;
    let roles = accounts::roles(&state.app).await?;
    let grants: Vec<_> = principal
        .grants
        .iter()
        .map(|g| {
            let role = roles.iter().find(|r| r.key == g.role).map_or(g.role.clone(), |r| r.name.clone());
            context! { role => role, scope_kind => g.scope.kind(), scope => scope_label(&places, &organisations, g.scope.kind(), &g.scope.reference()) }
        })
        .collect();
    page(&state, &ctx, "admin/dashboard.html", context! { may => may, grants => grants })
}

async fn users(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let users = accounts::list_users(&state.app, principal).await?;
    let users: Vec<_> = users
        .iter()
        .map(|u| context! { id => u.id.to_string(), name => u.name, email => u.email, disabled => u.disabled_at.is_some(), last_sign_in => u.last_sign_in_at.map(|t| t.format("%-d %B %Y").to_string()) })
        .collect();
    page(&state, &ctx, "admin/users.html", context! { users => users })
}

async fn new_user_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    accounts::may_manage_users(&state.app, ctx.signed_in()?)?;
    page(&state, &ctx, "admin/user_new.html", context! { name => "", email => "" })
}

#[derive(Deserialize)]
struct NewUser {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

async fn create_user(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<NewUser>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let new = NewUserForm { name: form.name.clone(), email: form.email.clone(), password: form.password };
    match accounts::create_user(&state.app, principal, &principal.actor(ctx.ip.clone()), &new).await {
        Ok(id) => Ok(redirect(&format!("/admin/users/{id}")).into_response()),
        Err(AppError::Invalid(problems)) => form_with_errors(
            &state,
            &ctx,
            "admin/user_new.html",
            context! { name => form.name, email => form.email },
            &problems,
        ),
        Err(e) => Err(e.into()),
    }
}

async fn user_context(state: &AppState, ctx: &Ctx, id: Uuid) -> Result<Value, PageError> {
    let principal = ctx.signed_in()?;
    let found = accounts::user_with_roles(&state.app, principal, id).await?;
    let places = state.app.places();
    let organisations = accounts::organisations(&state.app).await?;
    let roles = accounts::roles(&state.app).await?;
    let assignments: Vec<_> = found
        .assignments
        .iter()
        .map(|a| {
            let role = roles.iter().find(|r| r.key == a.role_key).map_or(a.role_key.clone(), |r| r.name.clone());
            context! { id => a.id.to_string(), role => role, scope_kind => a.scope_kind, scope => scope_label(&places, &organisations, &a.scope_kind, &a.scope_ref) }
        })
        .collect();
    let neighbourhoods: Vec<_> = places
        .neighbourhoods()
        .iter()
        .map(|n| context! { id => n.id.to_string(), name => n.name, kind => n.kind })
        .collect();
    let organisations: Vec<_> =
        organisations.iter().map(|o| context! { id => o.id.to_string(), name => o.name }).collect();
    Ok(context! {
        person => context! { id => found.user.id.to_string(), name => found.user.name, email => found.user.email, disabled => found.user.disabled_at.is_some(), two_factor => found.two_factor, identity => accounts::oidc::linked(&state.app, id).await? },
        oidc => state.app.settings.oidc.is_some(),
        assignments => assignments,
        roles => roles,
        wards => ward_options(&places),
        neighbourhoods => neighbourhoods,
        organisations => organisations,
        role_form => context! { role => "", scope_kind => "", ward => "", neighbourhood => "", organisation => "" },
    })
}

async fn user_page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<Uuid>) -> Result<Response, PageError> {
    let own = user_context(&state, &ctx, id).await?;
    page(&state, &ctx, "admin/user.html", own)
}

#[derive(Deserialize)]
struct UserDetails {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    disabled: Option<String>,
}

async fn update_user(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Submitted(form): Submitted<UserDetails>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    match accounts::update_user(&state.app, principal, &actor, id, &form.name, &form.email, form.disabled.is_some())
        .await
    {
        Ok(()) => Ok(redirect(&format!("/admin/users/{id}")).into_response()),
        Err(AppError::Invalid(problems)) => {
            let own = user_context(&state, &ctx, id).await?;
            let own = context! { person => context! { id => id.to_string(), name => form.name, email => form.email, disabled => form.disabled.is_some() }, ..own };
            form_with_errors(&state, &ctx, "admin/user.html", own, &problems)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct RoleForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    scope_kind: String,
    #[serde(default)]
    ward: String,
    #[serde(default)]
    neighbourhood: String,
    #[serde(default)]
    organisation: String,
}

async fn add_role(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Submitted(form): Submitted<RoleForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let reference = match form.scope_kind.as_str() {
        "ward" => form.ward.as_str(),
        "neighbourhood" => form.neighbourhood.as_str(),
        "organisation" => form.organisation.as_str(),
        _ => "",
    };
    let result = match Scope::from_parts(&form.scope_kind, reference) {
        Some(scope) => {
            accounts::assign_role(&state.app, principal, &principal.actor(ctx.ip.clone()), id, &form.role, scope).await
        }
        None if form.scope_kind.is_empty() => Err(AppError::invalid("scope_kind", "Select where this role applies")),
        None => Err(AppError::invalid(
            if form.scope_kind == "ward" { "ward" } else { "scope_kind" },
            format!("Select a {}", form.scope_kind),
        )),
    };
    match result {
        Ok(()) => Ok(redirect(&format!("/admin/users/{id}")).into_response()),
        Err(AppError::Invalid(problems)) => {
            let own = user_context(&state, &ctx, id).await?;
            let own = context! {
                role_form => context! { role => form.role, scope_kind => form.scope_kind, ward => form.ward, neighbourhood => form.neighbourhood, organisation => form.organisation },
                ..own
            };
            form_with_errors(&state, &ctx, "admin/user.html", own, &problems)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct Confirm {}

async fn remove_role(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, assignment)): Path<(Uuid, Uuid)>,
    Submitted(_): Submitted<Confirm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    accounts::remove_assignment(&state.app, principal, &principal.actor(ctx.ip.clone()), id, assignment).await?;
    Ok(redirect(&format!("/admin/users/{id}")).into_response())
}

/// Removes an account's second factor (a lost phone): it sets up a new one at its next sign-in.
async fn reset_two_factor(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Submitted(_): Submitted<Confirm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    accounts::two_factor::reset(&state.app, principal, &principal.actor(ctx.ip.clone()), id).await?;
    Ok(redirect(&format!("/admin/users/{id}")).into_response())
}

#[derive(Deserialize)]
struct IdentityForm {
    #[serde(default)]
    subject: String,
}

/// Links the person's account at the council's identity provider to this Kith account (or unlinks it).
async fn link_identity(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Submitted(form): Submitted<IdentityForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    match accounts::oidc::link(&state.app, principal, &actor, id, &form.subject).await {
        Ok(()) => Ok(redirect(&format!("/admin/users/{id}")).into_response()),
        Err(e) => {
            let problems = super::problems_of(e)?;
            let own = user_context(&state, &ctx, id).await?;
            form_with_errors(&state, &ctx, "admin/user.html", own, &problems)
        }
    }
}

async fn representatives(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let list = people::list(&state.app, principal).await?;
    let places = state.app.places();
    let list: Vec<_> = list
        .iter()
        .map(|r| {
            let wards: Vec<&str> = r.wards.iter().filter_map(|c| places.ward(c)).map(|w| w.name.as_str()).collect();
            context! { id => r.id.to_string(), name => r.name, office => r.office.as_str(), wards => wards.join(", ") }
        })
        .collect();
    page(&state, &ctx, "admin/people.html", context! { people => list })
}

fn representative_context(state: &AppState, id: Option<Uuid>, form: &RepresentativeForm) -> Value {
    context! {
        id => id.map(|i| i.to_string()),
        form => context! { name => form.name, office => form.office, affiliation => form.affiliation, email => form.email, phone => form.phone, wards => form.wards },
        wards => ward_options(&state.app.places()),
    }
}

async fn new_representative_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    people::may_keep_somewhere(ctx.signed_in()?)?;
    page(&state, &ctx, "admin/person.html", representative_context(&state, None, &RepresentativeForm::default()))
}

#[derive(Deserialize)]
struct PersonForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    office: String,
    #[serde(default)]
    affiliation: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    wards: Vec<String>,
}

impl From<PersonForm> for RepresentativeForm {
    fn from(f: PersonForm) -> Self {
        RepresentativeForm {
            name: f.name,
            office: f.office,
            affiliation: f.affiliation,
            email: f.email,
            phone: f.phone,
            wards: f.wards,
        }
    }
}

async fn save_representative(
    state: AppState,
    ctx: Ctx,
    id: Option<Uuid>,
    form: PersonForm,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let form = RepresentativeForm::from(form);
    match people::save(&state.app, principal, &principal.actor(ctx.ip.clone()), id, &form).await {
        Ok(_) => Ok(redirect("/admin/people").into_response()),
        Err(AppError::Invalid(problems)) => {
            form_with_errors(&state, &ctx, "admin/person.html", representative_context(&state, id, &form), &problems)
        }
        Err(e) => Err(e.into()),
    }
}

async fn create_representative(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<PersonForm>,
) -> Result<Response, PageError> {
    save_representative(state, ctx, None, form).await
}

async fn representative_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let r = people::get(&state.app, principal, id).await?;
    let form = RepresentativeForm {
        name: r.name,
        office: r.office.as_str().into(),
        affiliation: r.affiliation,
        email: r.email,
        phone: r.phone,
        wards: r.wards.iter().map(|w| w.to_string()).collect(),
    };
    page(&state, &ctx, "admin/person.html", representative_context(&state, Some(id), &form))
}

async fn update_representative(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Submitted(form): Submitted<PersonForm>,
) -> Result<Response, PageError> {
    save_representative(state, ctx, Some(id), form).await
}

async fn remove_representative(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    Submitted(_): Submitted<Confirm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    people::remove(&state.app, principal, &principal.actor(ctx.ip.clone()), id).await?;
    Ok(redirect("/admin/people").into_response())
}

async fn audit(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let events = accounts::audit_trail(&state.app, principal, &AuditQuery { limit: 200, ..Default::default() }).await?;
    let events: Vec<_> = events
        .iter()
        .map(|e| {
            context! {
                at => e.at.with_timezone(&chrono_tz::Europe::London).format("%-d %b %Y %H:%M:%S").to_string(),
                actor => e.actor, action => e.action, subject => format!("{} {}", e.subject_kind, e.subject_id),
                detail => if e.detail.as_object().is_some_and(|o| o.is_empty()) { String::new() } else { e.detail.to_string() },
                ip => e.ip,
            }
        })
        .collect();
    page(&state, &ctx, "admin/audit.html", context! { events => events })
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/admin", get(dashboard))
        .route("/admin/users", get(users))
        .route("/admin/users/new", get(new_user_page).post(create_user))
        .route("/admin/users/{id}", get(user_page).post(update_user))
        .route("/admin/users/{id}/roles", post(add_role))
        .route("/admin/users/{id}/roles/{assignment}/remove", post(remove_role))
        .route("/admin/users/{id}/two-factor/reset", post(reset_two_factor))
        .route("/admin/users/{id}/identity", post(link_identity))
        .route("/admin/people", get(representatives))
        .route("/admin/people/new", get(new_representative_page).post(create_representative))
        .route("/admin/people/{id}", get(representative_page).post(update_representative))
        .route("/admin/people/{id}/remove", post(remove_representative))
        .route("/admin/audit", get(audit))
}
