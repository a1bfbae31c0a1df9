//! Server-rendered pages. Each handler parses, calls one use case and renders a template.

mod accounts;
mod admin;
mod agreements;
mod assets;
mod cases;
pub(crate) mod directory;
mod forums;
mod grants;
mod home;
mod info;
mod intelligence;
mod stakeholders;
mod translations;
mod volunteering;
pub(crate) mod wards;

use axum::http::header;
use axum::response::{IntoResponse, Response};
use minijinja::Value;
use serde::Serialize;

use crate::AppState;
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .merge(wards::routes())
        .merge(directory::routes())
        .merge(cases::routes())
        .merge(agreements::routes())
        .merge(forums::routes())
        .merge(grants::routes())
        .merge(home::routes())
        .merge(stakeholders::routes())
        .merge(volunteering::routes())
        .merge(accounts::routes())
        .merge(admin::routes())
        .merge(info::routes())
        .merge(intelligence::routes())
        .merge(assets::routes())
        .merge(translations::routes())
}

/// Renders a page template with the base context and the page's own.
pub(crate) fn page(state: &AppState, ctx: &Ctx, template: &str, own: Value) -> Result<Response, PageError> {
    Ok(html_response(rendered(state, ctx, template, own)?))
}

/// A page template's HTML, with the base context and the page's own.
pub(crate) fn rendered(state: &AppState, ctx: &Ctx, template: &str, own: Value) -> Result<String, PageError> {
    Ok(state.templates.render(template, minijinja::context! { ..own, ..ctx.base(state) })?)
}

/// A message in the visitor's language, for a page's code.
pub(crate) fn translate(state: &AppState, ctx: &Ctx, key: &str) -> String {
    state.catalogues.message(&ctx.language.tag, key, None)
}

/// A page's HTML as the response.
pub(crate) fn html_response(html: impl Into<axum::body::Body>) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html.into()).into_response()
}

/// A form's errors as the templates show them: a list for the summary, in the order of the form.
#[derive(Debug, Clone, Serialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

pub fn field_errors(problems: &[(&str, String)]) -> Vec<FieldError> {
    problems
        .iter()
        .map(|(field, message)| FieldError { field: (*field).to_owned(), message: message.clone() })
        .collect()
}

/// Problems from a use case as a form shows them: its field errors, or a conflict at the top of the form.
pub(crate) fn problems_of(e: kith_app::AppError) -> Result<Vec<(&'static str, String)>, PageError> {
    match e {
        kith_app::AppError::Invalid(p) => Ok(p),
        kith_app::AppError::Conflict(m) => Ok(vec![("", m)]),
        e => Err(e.into()),
    }
}

/// Renders a form page with its errors, as a 422 so that tools see the submission failed; with no errors, the page
/// as it first shows.
pub fn form_with_errors(
    state: &AppState,
    ctx: &Ctx,
    template: &str,
    own: Value,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    if problems.is_empty() {
        return page(state, ctx, template, own);
    }
    let own = minijinja::context! { errors => field_errors(problems), ..own };
    let mut response = page(state, ctx, template, own)?;
    *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    Ok(response)
}
