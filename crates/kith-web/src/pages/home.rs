//! A person's home (`/home`): where sign-in lands and where the "Kith" link takes someone signed in. What waits for
//! them from every capability they hold a permission in, the most urgent first, each item linking to where it is
//! acted on.

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono_tz::Europe::London;
use kith_app::home::{self, When};
use minijinja::context;

use super::form_with_errors;
use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::routes::Routes;
use crate::security::redirect;

async fn home_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render(&state, &ctx, None, &[]).await
}

/// The home, with a calendar address just made (shown once whole) or what was wrong.
async fn render(
    state: &AppState,
    ctx: &Ctx,
    made: Option<String>,
    problems: &[(&'static str, String)],
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let home = home::home(&state.app, principal).await?;
    let words = state.catalogues.dates(&ctx.language.tag);
    let when = |w: When| match w {
        When::At(at) => words.when(at.with_timezone(&London).naive_local(), false, true, true),
        When::On(day) => words.date(day),
    };
    let sections: Vec<_> = home
        .sections
        .iter()
        .map(|s| {
            let items: Vec<_> = s
                .items
                .iter()
                .map(|i| {
                    context! {
                        urgency => i.urgency.key(),
                        label => i.label,
                        title => i.title,
                        href => i.href,
                        when => i.when.map(when),
                        ward => i.ward,
                    }
                })
                .collect();
            context! { key => s.key, items => items, total => s.total, more => s.more, shown => s.items.len(), all => s.all }
        })
        .collect();
    let since = home.since.map(When::At).map(when);
    let mut calendars = Vec::new();
    for l in home::calendar_links(&state.app, principal).await?.iter().filter(|l| l.revoked_at.is_none()) {
        calendars.push(context! {
            id => l.id.to_string(),
            address => home::calendar_address(&state.app, l.id).await?,
            made => words.when(l.created_at.with_timezone(&London).naive_local(), false, true, true),
            used => l.last_used_at.map(|at| words.when(at.with_timezone(&London).naive_local(), false, true, true)),
        });
    }
    let calendar = home::may_have_calendar(principal).is_ok();
    let notifications = kith_app::accounts::preferences::may_choose(principal).is_ok();
    let own = context! {
        sections => sections, since => since, calendars => calendars, made => made, calendar => calendar,
        notifications => notifications,
    };
    form_with_errors(state, ctx, "home/home.html", own, problems)
}

async fn add_calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(_): Submitted<crate::ctx::NoFields>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    match home::add_calendar_link(&state.app, principal, &principal.actor(ctx.ip.clone())).await {
        Ok(address) => render(&state, &ctx, Some(address), &[]).await,
        Err(e) => render(&state, &ctx, None, &super::problems_of(e)?).await,
    }
}

async fn revoke_calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(_): Submitted<crate::ctx::NoFields>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = uuid::Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    home::revoke_calendar_link(&state.app, principal, &principal.actor(ctx.ip.clone()), id).await?;
    Ok(redirect("/home#calendars").into_response())
}

/// A person's calendar, fetched by their calendar app at its signed address (no session): iCalendar, or why not.
async fn calendar(
    State(state): State<AppState>,
    Path((id, file)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let id = uuid::Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    let sig = file.strip_suffix(".ics").ok_or(PageError::NotFound)?;
    match home::calendar_by_link(&state.app, id, sig).await? {
        home::Calendar::Ics(body) => Ok((
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "inline; filename=\"kith.ics\""),
                (header::CACHE_CONTROL, "private, no-store"),
            ],
            body,
        )
            .into_response()),
        home::Calendar::Revoked(at) => Ok((
            StatusCode::GONE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!(
                "This calendar link was stopped on {}. Its owner can make a new one on their home page in Kith.\n",
                at.with_timezone(&London).format("%-d %B %Y")
            ),
        )
            .into_response()),
    }
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/home", get(home_page))
        .route("/home/calendars", post(add_calendar))
        .route("/home/calendars/{id}/revoke", post(revoke_calendar))
        .route("/calendars/{id}/{file}", get(calendar))
}
