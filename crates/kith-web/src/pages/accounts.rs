//! Signing in and out (with the second step, a code from an authenticator app, where an account has or needs one),
//! and choosing a language.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse, Response};
use axum::routing::get;
use kith_app::AppError;
use kith_app::accounts::User;
use kith_app::accounts::{oidc, preferences, two_factor};
use minijinja::context;
use serde::Deserialize;
use uuid::Uuid;

use super::{form_with_errors, page};
use crate::AppState;
use crate::ctx::{Ctx, LANGUAGE_COOKIE, SESSION_COOKIE, Submitted, cookie};
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
        return Ok(redirect("/home").into_response());
    }
    sign_in_form(&state, &ctx, "", safe_next(q.next.as_deref()), &[])
}

/// The sign-in page, with what was typed and what is wrong with it; the council's identity provider is offered beside
/// the password where the city has one.
fn sign_in_form(
    state: &AppState,
    ctx: &Ctx,
    email: &str,
    next: Option<String>,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let oidc = state.app.settings.oidc.as_ref().map(|o| o.name.clone());
    form_with_errors(state, ctx, "sign_in.html", context! { email => email, next => next, oidc => oidc }, problems)
}

/// The cookie that carries a sign-in's state, nonce and PKCE verifier to the provider and back (signed).
const OIDC_COOKIE: &str = "kith_oidc";

/// Off to the council's identity provider.
async fn oidc_start(State(state): State<AppState>, Query(q): Query<Next>) -> Result<Response, PageError> {
    let trip = oidc::start(&state.app).await?;
    let cookie = set_cookie(&state, OIDC_COOKIE, &trip.cookie, "Lax", Some(600));
    let back =
        set_cookie(&state, OIDC_NEXT_COOKIE, safe_next(q.next.as_deref()).as_deref().unwrap_or(""), "Lax", Some(600));
    // The provider's address comes from its discovery document, which the city configured: not from the visitor.
    let location =
        HeaderValue::from_str(&trip.url).map_err(|_| PageError::Internal("the provider's address".into()))?;
    Ok((
        StatusCode::SEE_OTHER,
        AppendHeaders([(header::SET_COOKIE, cookie), (header::SET_COOKIE, back), (header::LOCATION, location)]),
    )
        .into_response())
}

/// Where to go once signed in with the provider.
const OIDC_NEXT_COOKIE: &str = "kith_oidc_next";

#[derive(Deserialize)]
struct Callback {
    #[serde(default)]
    code: String,
    #[serde(default)]
    state: String,
}

/// Back from the council's identity provider.
async fn oidc_callback(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Query(q): Query<Callback>,
) -> Result<Response, PageError> {
    let trip = cookie(&headers, OIDC_COOKIE).unwrap_or_default().to_owned();
    let next = cookie(&headers, OIDC_NEXT_COOKIE).and_then(crate::security::local_path).map(str::to_owned);
    match oidc::finish(&state.app, &trip, &q.code, &q.state, ctx.ip.clone()).await {
        Ok(oidc::Finished::Signed { token, user }) => {
            tracing::info!(user = %user.id, "signed in with the identity provider");
            Ok(signed_in(&state, &token, next.as_deref()))
        }
        Ok(oidc::Finished::Unlinked { subject }) => {
            let name = state.app.settings.oidc.as_ref().map(|o| o.name.clone());
            let mut response =
                page(&state, &ctx, "sign_in_unlinked.html", context! { subject => subject, oidc => name })?;
            *response.status_mut() = StatusCode::FORBIDDEN;
            Ok(response)
        }
        Err(AppError::Invalid(problems)) => sign_in_form(&state, &ctx, "", next, &problems),
        Err(e) => Err(e.into()),
    }
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
    let keys = [
        format!("ip:{}", ctx.ip.as_deref().unwrap_or("unknown")),
        format!("email:{}", form.email.trim().to_lowercase()),
    ];
    if !state.sign_in_limiter.allow(state.app.clock.as_ref(), &keys) {
        let message = state.catalogues.message(&ctx.language.tag, "sign-in-error-too-many", None);
        let mut response = sign_in_form(&state, &ctx, &form.email, next, &[("email", message)])?;
        *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        tracing::warn!(ip = ctx.ip.as_deref().unwrap_or("unknown"), "sign-in attempts over the limit");
        return Ok(response);
    }
    match kith_app::accounts::sign_in(&state.app, &form.email, &form.password, ctx.ip.clone()).await {
        Ok(two_factor::SignIn::Done { token, user }) => {
            tracing::info!(user = %user.id, "signed in");
            Ok(signed_in(&state, &token, next.as_deref()))
        }
        Ok(two_factor::SignIn::Code { user }) => second_step(&state, user.id, "/sign-in/code", next.as_deref()).await,
        Ok(two_factor::SignIn::SetUp { user }) => {
            second_step(&state, user.id, "/sign-in/set-up", next.as_deref()).await
        }
        Err(AppError::Invalid(problems)) => {
            // Who tried is in the audit log; the log says only that someone did, and from where.
            tracing::info!(ip = ctx.ip.as_deref().unwrap_or("unknown"), "sign-in refused");
            sign_in_form(&state, &ctx, &form.email, next, &problems)
        }
        Err(e) => Err(e.into()),
    }
}

/// The session's cookie, and the second step's cleared.
fn session_cookies(state: &AppState, token: &str) -> AppendHeaders<[(header::HeaderName, HeaderValue); 2]> {
    let session =
        set_cookie(state, SESSION_COOKIE, token, "Lax", Some(state.app.settings.session_length.num_seconds()));
    let step = set_cookie(state, STEP_COOKIE, "", "Strict", Some(0));
    AppendHeaders([(header::SET_COOKIE, session), (header::SET_COOKIE, step)])
}

/// Signed in: the session's cookie, and on to where the person was going.
fn signed_in(state: &AppState, token: &str, next: Option<&str>) -> Response {
    (session_cookies(state, token), redirect(next.unwrap_or("/home"))).into_response()
}

/// The cookie that carries the signed step token between the password and the code (no session yet).
const STEP_COOKIE: &str = "kith_second_step";

/// On to the second step: its token in a cookie, for ten minutes.
async fn second_step(state: &AppState, user: Uuid, to: &str, next: Option<&str>) -> Result<Response, PageError> {
    let token = two_factor::step_token(&state.app, user).await?;
    let cookie = set_cookie(state, STEP_COOKIE, &token, "Strict", Some(600));
    let to = match next {
        Some(next) => {
            format!("{to}?next={}", url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>())
        }
        None => to.to_owned(),
    };
    Ok(([(header::SET_COOKIE, cookie)], redirect(&to)).into_response())
}

/// The account at its second step, or back to the password (the step expired, or there was none).
async fn stepping(state: &AppState, headers: &HeaderMap) -> Result<Result<User, Response>, PageError> {
    let user = match cookie(headers, STEP_COOKIE) {
        Some(token) => two_factor::user_of_step(&state.app, token).await?,
        None => None,
    };
    Ok(user.ok_or_else(|| redirect("/sign-in")))
}

/// The account at its second step trying a code, within the limit on tries (counted like sign-ins, per account).
async fn attempting(state: &AppState, headers: &HeaderMap) -> Result<Result<User, Response>, PageError> {
    let user = stepping(state, headers).await?;
    if let Ok(user) = &user
        && !state.sign_in_limiter.allow(state.app.clock.as_ref(), &[format!("second-factor:{}", user.id)])
    {
        return Err(PageError::TooMany);
    }
    Ok(user)
}

#[derive(Deserialize)]
struct CodeForm {
    #[serde(default)]
    code: String,
    next: Option<String>,
}

async fn code_page(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Query(q): Query<Next>,
) -> Result<Response, PageError> {
    if let Err(back) = stepping(&state, &headers).await? {
        return Ok(back);
    }
    page(&state, &ctx, "sign_in_code.html", context! { next => safe_next(q.next.as_deref()) })
}

async fn enter_code(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Submitted(form): Submitted<CodeForm>,
) -> Result<Response, PageError> {
    let user = match attempting(&state, &headers).await? {
        Ok(user) => user,
        Err(back) => return Ok(back),
    };
    let next = safe_next(form.next.as_deref());
    let own = context! { next => next };
    match two_factor::complete(&state.app, &user, &form.code, ctx.ip.clone()).await {
        Ok(token) => {
            tracing::info!(user = %user.id, "signed in with a second factor");
            Ok(signed_in(&state, &token, next.as_deref()))
        }
        Err(AppError::Invalid(problems)) => form_with_errors(&state, &ctx, "sign_in_code.html", own, &problems),
        Err(e) => Err(e.into()),
    }
}

/// A QR code of the address an authenticator app reads, as SVG drawn on the server (no script, no image request).
fn qr_svg(uri: &str) -> Option<String> {
    let code = qrcode::QrCode::new(uri.as_bytes()).ok()?;
    let svg = code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(200, 200).quiet_zone(true).build();
    // The renderer's XML declaration does not belong inside an HTML page.
    Some(svg.split_once("?>").map_or(svg.clone(), |(_, rest)| rest.to_owned()))
}

async fn render_set_up(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    next: Option<String>,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let secret = two_factor::new_secret(&state.app, user).await?;
    let own = context! {
        next => next,
        secret => secret.secret,
        uri => secret.uri,
        qr => qr_svg(&secret.uri).map(minijinja::Value::from_safe_string),
    };
    form_with_errors(state, ctx, "sign_in_set_up.html", own, problems)
}

async fn set_up_page(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Query(q): Query<Next>,
) -> Result<Response, PageError> {
    match stepping(&state, &headers).await? {
        Ok(user) => render_set_up(&state, &ctx, &user, safe_next(q.next.as_deref()), &[]).await,
        Err(back) => Ok(back),
    }
}

async fn confirm_set_up(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Submitted(form): Submitted<CodeForm>,
) -> Result<Response, PageError> {
    let user = match attempting(&state, &headers).await? {
        Ok(user) => user,
        Err(back) => return Ok(back),
    };
    let next = safe_next(form.next.as_deref());
    match two_factor::confirm(&state.app, &user, &form.code, ctx.ip.clone()).await {
        Ok((token, codes)) => {
            tracing::info!(user = %user.id, "set up a second factor and signed in");
            // The recovery codes are shown this once, with a link on rather than a redirect.
            let own = context! { codes => codes, next => next.unwrap_or_else(|| "/home".into()) };
            let html = super::rendered(&state, &ctx, "sign_in_recovery_codes.html", own)?;
            Ok((session_cookies(&state, &token), super::html_response(html)).into_response())
        }
        Err(AppError::Invalid(problems)) => render_set_up(&state, &ctx, &user, next, &problems).await,
        Err(e) => Err(e.into()),
    }
}

async fn sign_out(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(_): Submitted<crate::ctx::NoFields>,
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
        .route("/sign-in/oidc", get(oidc_start))
        .route("/sign-in/oidc/callback", get(oidc_callback))
        .route("/sign-in/code", get(code_page).post(enter_code))
        .route("/sign-in/set-up", get(set_up_page).post(confirm_set_up))
        .route("/sign-out", axum::routing::post(sign_out))
        .route("/language", get(language))
        .route("/account/notifications", get(notifications_page).post(save_notifications))
}

/// How a person hears of events: one choice per event that can reach them.
async fn render_notifications(
    state: &AppState,
    ctx: &Ctx,
    form: Option<&preferences::PreferencesForm>,
    saved: bool,
    problems: &[(&'static str, String)],
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    preferences::may_choose(principal)?;
    let choices: Vec<_> = preferences::preferences(&state.app, principal)
        .await?
        .into_iter()
        .map(|c| {
            let sent = form.map(|f| match c.key {
                preferences::CASE_NEWS => f.case_news.clone(),
                _ => f.breach_escalation.clone(),
            });
            let items: Vec<_> = c
                .choices
                .iter()
                .map(|d| context! { value => d.as_str(), name => super::translate(state, ctx, &format!("notifications-{}", d.as_str())) })
                .collect();
            context! { key => c.key, delivery => sent.unwrap_or_else(|| c.delivery.as_str().to_owned()), items => items, must => c.must }
        })
        .collect();
    form_with_errors(
        state,
        ctx,
        "accounts/notifications.html",
        context! { choices => choices, saved => saved },
        problems,
    )
}

async fn notifications_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_notifications(&state, &ctx, None, false, &[]).await
}

async fn save_notifications(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<preferences::PreferencesForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    match preferences::save_preferences(&state.app, principal, &principal.actor(ctx.ip.clone()), &form).await {
        Ok(()) => render_notifications(&state, &ctx, None, true, &[]).await,
        Err(e) => render_notifications(&state, &ctx, Some(&form), false, &super::problems_of(e)?).await,
    }
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
