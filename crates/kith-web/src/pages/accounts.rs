//! Signing in and out, and choosing a language.

use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::AppError;
use minijinja::context;
use serde::Deserialize;

use super::{form_with_errors, page};
use crate::AppState;
use crate::ctx::{Ctx, LANGUAGE_COOKIE, SESSION_COOKIE, Submitted};
use crate::errors::PageError;
use crate::routes::Routes;
use crate::security::redirect;
use crate::security::set_cookie;

/// Only a path on this site may be returned to after signing in, never another site.
fn safe_next(next: Option<&str>) -> Option<String> {
    next.and_then(crate::security::local_path).map(str::to_owned)
}

#[derive(Deserialize)]
struct Next {
    next: Option<String>,
}

async fn sign_in_page(State(state): State<AppState>, ctx: Ctx, Query(q): Query<Next>) -> Result<Response, PageError> {
    if ctx.principal.is_some() {
        return Ok(redirect("/admin").into_response());
    }
    page(&state, &ctx, "sign_in.html", context! { email => "", next => safe_next(q.next.as_deref()) })
}

#[derive(Deserialize)]
struct SignIn {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

async fn sign_in(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<SignIn>,
) -> Result<Response, PageError> {
    let next = safe_next(form.next.as_deref());
    let own = context! { email => form.email, next => next };
    let keys = [
        format!("ip:{}", ctx.ip.as_deref().unwrap_or("unknown")),
        format!("email:{}", form.email.trim().to_lowercase()),
    ];
    if !state.sign_in_limiter.allow(state.app.clock.as_ref(), &keys) {
        let message = state.catalogues.message(&ctx.language.tag, "sign-in-error-too-many", None);
        let mut response = form_with_errors(&state, &ctx, "sign_in.html", own, &[("email", message)])?;
        *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        tracing::warn!(ip = ctx.ip.as_deref().unwrap_or("unknown"), "sign-in attempts over the limit");
        return Ok(response);
    }
    match kith_app::accounts::sign_in(&state.app, &form.email, &form.password, ctx.ip.clone()).await {
        Ok((token, user)) => {
            tracing::info!(user = %user.id, "signed in");
            let cookie = set_cookie(
                &state,
                SESSION_COOKIE,
                &token,
                "Lax",
                Some(state.app.settings.session_length.num_seconds()),
            );
            let to = next.unwrap_or_else(|| "/admin".into());
            Ok(([(header::SET_COOKIE, cookie)], redirect(&to)).into_response())
        }
        Err(AppError::Invalid(problems)) => {
            // Who tried is in the audit log; the log says only that someone did, and from where.
            tracing::info!(ip = ctx.ip.as_deref().unwrap_or("unknown"), "sign-in refused");
            form_with_errors(&state, &ctx, "sign_in.html", own, &problems)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct Empty {}

async fn sign_out(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(_): Submitted<Empty>,
) -> Result<Response, PageError> {
    if let Some(token) = &ctx.session_token {
        kith_app::accounts::sign_out(&state.app, token).await?;
    }
    let cookie = set_cookie(&state, SESSION_COOKIE, "", "Lax", Some(0));
    Ok(([(header::SET_COOKIE, cookie)], redirect("/")).into_response())
}

#[derive(Deserialize)]
struct Switch {
    to: String,
    next: Option<String>,
}

/// Remembers a language choice in a cookie and goes back to the page it was made on.
async fn language(State(state): State<AppState>, Query(q): Query<Switch>) -> Response {
    let language = state.catalogues.negotiate(Some(&q.to), None);
    let cookie = set_cookie(&state, LANGUAGE_COOKIE, &language.tag, "Lax", Some(365 * 24 * 3600));
    let back = safe_next(q.next.as_deref()).unwrap_or_else(|| "/".into());
    ([(header::SET_COOKIE, cookie)], redirect(&back)).into_response()
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/sign-in", get(sign_in_page).post(sign_in))
        .route("/sign-out", axum::routing::post(sign_out))
        .route("/language", get(language))
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_paths_on_this_site_are_returned_to() {
        assert_eq!(safe_next(Some("/admin/users")), Some("/admin/users".into()));
        assert_eq!(safe_next(Some("//evil.example")), None);
        assert_eq!(safe_next(Some("https://evil.example")), None);
        assert_eq!(safe_next(Some("/\\evil.example")), None);
    }
}
