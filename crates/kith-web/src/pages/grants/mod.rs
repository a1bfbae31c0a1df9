//! Small grants on the web. This file: the public side of funds (`/grants`, a fund's page with its ward pots and
//! rounds) and the 360Giving files (`/grants/360giving.json`, `.csv`). Applying through the applicant's link is
//! `apply.rs`; what officers do (`/grants/manage/…`) is `manage.rs`; the panel's pages are `panel.rs`.

mod apply;
mod manage;
mod panel;

use axum::extract::{Path, Query, State};
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

/// The 360Giving files: every awarded grant, remade when an award or a fund changes, so an award is in them at once.
async fn open_data(State(state): State<AppState>, Path(file): Path<String>) -> Result<Response, PageError> {
    match file.as_str() {
        "360giving.json" => {
            let package = grants::publish::package_json(&state.app).await?;
            Ok(([(header::CONTENT_TYPE, "application/json")], shared(package)).into_response())
        }
        "360giving.csv" => {
            let csv = grants::publish::csv(&state.app).await?;
            Ok((
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"360giving.csv\""),
                ],
                shared(csv),
            )
                .into_response())
        }
        _ => Err(PageError::NotFound),
    }
}

/// A file the app keeps, sent without copying it (the 360Giving files run to tens of megabytes).
fn shared(text: std::sync::Arc<str>) -> axum::body::Body {
    struct Text(std::sync::Arc<str>);
    impl AsRef<[u8]> for Text {
        fn as_ref(&self) -> &[u8] {
            self.0.as_bytes()
        }
    }
    axum::body::Body::from(axum::body::Bytes::from_owner(Text(text)))
}

#[derive(Debug, serde::Deserialize, Default)]
#[serde(default)]
struct RoundQuery {
    round: String,
}

async fn reach_of(
    state: &AppState,
    id: &str,
    q: &RoundQuery,
) -> Result<std::sync::Arc<grants::reach::Reach>, PageError> {
    let id = Uuid::parse_str(id).map_err(|_| PageError::NotFound)?;
    let round = match q.round.trim() {
        "" => None,
        r => Some(Uuid::parse_str(r).map_err(|_| PageError::NotFound)?),
    };
    Ok(grants::reach::reach(&state.app, id, round).await?)
}

/// A fund's reach: where the money went and how fast it was decided.
async fn reach(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Query(q): Query<RoundQuery>,
) -> Result<Response, PageError> {
    let r = reach_of(&state, &id, &q).await?;
    let fund = grants::fund_page(&state.app, Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?).await?;
    let money = |p: Option<f64>| p.map(|v| kith_core::grants::Pence((v * 100.0).round() as i64).to_string());
    let tally = |t: &grants::reach::Tally| context! { count => t.count, amount => money(t.amount_pounds) };
    let own = context! {
        fund => context! { id => id, name => r.fund },
        round => r.round,
        rounds => fund.rounds.iter().map(|x| context! { id => x.id.to_string(), name => x.name }).collect::<Vec<_>>(),
        query => q.round.trim(),
        applications => r.applications,
        awards => r.awards,
        awarded => money(Some(r.awarded_pounds)),
        by_ward => r.by_ward.iter().map(|w| context! { name => w.ward_name, deprivation => w.deprivation.map(|d| format!("{d:.1}")), awards => w.awards, amount => money(Some(w.awarded_pounds)) }).collect::<Vec<_>>(),
        by_size => r.by_size.iter().map(|(n, t)| context! { name => n, tally => tally(t) }).collect::<Vec<_>>(),
        by_kind => r.by_kind.iter().map(|(n, t)| context! { name => n, tally => tally(t) }).collect::<Vec<_>>(),
        first_time => tally(&r.first_time),
        minority_led => tally(&r.minority_led),
        by_channel => r.by_channel.iter().map(|(c, n)| context! { channel => c, count => n }).collect::<Vec<_>>(),
        speed => r.speed.iter().map(|s| context! {
            round => s.round,
            fast => context! { decided => s.fast_track.decided, median => s.fast_track.median_days, p90 => s.fast_track.p90_days },
            panel => context! { decided => s.panel.decided, median => s.panel.median_days, p90 => s.panel.p90_days },
        }).collect::<Vec<_>>(),
    };
    page(&state, &ctx, "grants/reach.html", own)
}

/// The reach as open data: `reach.json` or `reach.csv`.
async fn reach_data(
    State(state): State<AppState>,
    Path((id, file)): Path<(String, String)>,
    Query(q): Query<RoundQuery>,
) -> Result<Response, PageError> {
    let r = reach_of(&state, &id, &q).await?;
    match file.as_str() {
        "reach.json" => Ok(axum::Json(&*r).into_response()),
        "reach.csv" => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(["measure", "group", "count", "amount_pounds_or_days"])
                .map_err(|e| PageError::Internal(e.to_string()))?;
            for row in grants::reach::csv_rows(&r) {
                w.write_record(&row).map_err(|e| PageError::Internal(e.to_string()))?;
            }
            let bytes = w.into_inner().map_err(|e| PageError::Internal(e.to_string()))?;
            Ok((
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"reach.csv\""),
                ],
                bytes,
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
        .route("/grants/funds/{id}/reach", get(reach))
        .route("/grants/funds/{id}/reach/{file}", get(reach_data))
        .route("/grants/{file}", get(open_data))
        .merge(apply::routes())
        .merge(manage::routes())
        .merge(panel::routes())
}
