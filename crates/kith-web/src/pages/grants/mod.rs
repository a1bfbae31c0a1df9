//! Small grants on the web. This file: the public side of funds (`/grants`, a fund's page with its ward pots and
//! rounds) and the 360Giving files (`/grants/360giving.json`, `.csv`). Applying through the applicant's link is
//! `apply.rs`; what officers do (`/grants/manage/…`) is `manage.rs`; the panel's pages are `panel.rs`.

mod apply;
mod manage;
mod panel;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::NaiveDate;
use kith_app::grants::{self, FundPage, Round};
use minijinja::{Value, context};
use uuid::Uuid;

use super::page;
use crate::AppState;
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::routes::Routes;
use crate::words::Words;

fn words<'a>(state: &'a AppState, ctx: &'a Ctx) -> Words<'a> {
    Words { catalogues: &state.catalogues, language: ctx.language.tag.as_str() }
}

fn date(state: &AppState, ctx: &Ctx, d: NaiveDate) -> String {
    words(state, ctx).date(d)
}

fn round_value(state: &AppState, ctx: &Ctx, r: &Round) -> Value {
    context! {
        id => r.id.to_string(),
        name => r.name,
        opens => date(state, ctx, r.opens_on),
        closes => r.closes_on.map(|d| date(state, ctx, d)),
    }
}

/// A fund as its public page and the list show it.
fn fund_value(state: &AppState, ctx: &Ctx, p: &FundPage) -> Value {
    let f = &p.fund;
    let places = state.app.places();
    context! {
        id => f.id.to_string(),
        name => f.name,
        description => f.description,
        budget => f.budget.to_string(),
        max_award => f.max_award.to_string(),
        fast_track_up_to => f.promise.fast_track_up_to.to_string(),
        fast_track_days => f.promise.fast_track_days,
        standard_days => f.promise.standard_days,
        wards => f.wards.iter().filter_map(|w| places.ward(w)).map(|w| w.name.clone()).collect::<Vec<_>>(),
        kinds => f.kinds.iter().map(|k| k.words()).collect::<Vec<_>>(),
        criteria => f.criteria.iter().map(|c| context! { name => c.name, weight => c.weight }).collect::<Vec<_>>(),
        pot_rule => f.pot_rule.words(),
        pots => p.pots.iter().map(|pot| context! { ward => pot.ward_name, amount => pot.amount.to_string() }).collect::<Vec<_>>(),
        rounds => p.rounds.iter().map(|r| round_value(state, ctx, r)).collect::<Vec<_>>(),
        open_round => p.open_round.as_ref().map(|r| round_value(state, ctx, r)),
        next_round => p.next_round.as_ref().map(|r| round_value(state, ctx, r)),
    }
}

async fn index(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let funds = grants::funds(&state.app).await?;
    let own = context! { funds => funds.iter().map(|p| fund_value(&state, &ctx, p)).collect::<Vec<_>>() };
    page(&state, &ctx, "grants/index.html", own)
}

async fn fund(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, PageError> {
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    let fund = grants::fund_page(&state.app, id).await?;
    page(&state, &ctx, "grants/fund.html", context! { fund => fund_value(&state, &ctx, &fund) })
}

/// The 360Giving files: every awarded grant, made afresh on each request so an award is in them at once.
async fn open_data(State(state): State<AppState>, Path(file): Path<String>) -> Result<Response, PageError> {
    match file.as_str() {
        "360giving.json" => {
            let package = grants::publish::package(&state.app).await?;
            Ok(([(header::CONTENT_TYPE, "application/json")], package.to_string()).into_response())
        }
        "360giving.csv" => {
            let csv = grants::publish::csv(&state.app).await?;
            Ok((
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"360giving.csv\""),
                ],
                csv,
            )
                .into_response())
        }
        _ => Err(PageError::NotFound),
    }
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/grants", get(index))
        .route("/grants/funds/{id}", get(fund))
        .route("/grants/{file}", get(open_data))
        .merge(apply::routes())
        .merge(manage::routes())
        .merge(panel::routes())
}
