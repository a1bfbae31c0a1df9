//! Ward intelligence's public pages: a ward's profile, the list of indicators, an indicator's choropleth across
//! wards or LSOAs (SVG drawn here, with a legend and the table beside it) and its open data files.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::intelligence::{self, Level};
use kith_core::places::WardCode;
use minijinja::context;
use serde::Deserialize;

use super::page;
use crate::AppState;
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::routes::Routes;

async fn profile(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, PageError> {
    let ward = WardCode::parse(&code).map_err(|_| PageError::NotFound)?;
    let profile = intelligence::profile(&state.app, &ward).await?;
    let needs = intelligence::gaps::for_ward(&state.app, &ward).await?;
    page(&state, &ctx, "intelligence/profile.html", context! { profile => profile, needs => needs })
}

/// The place strategic assessment pack: a printable page, or (`assessment.csv`) one CSV.
async fn assessment(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, PageError> {
    let ward = WardCode::parse(&code).map_err(|_| PageError::NotFound)?;
    let pack = intelligence::assessment::assessment(&state.app, &ward).await?;
    page(&state, &ctx, "intelligence/assessment.html", context! { pack => pack })
}

async fn assessment_csv(State(state): State<AppState>, Path(code): Path<String>) -> Result<Response, PageError> {
    let ward = WardCode::parse(&code).map_err(|_| PageError::NotFound)?;
    let csv = intelligence::assessment::csv(&state.app, &ward).await?;
    let name = format!("attachment; filename=\"{ward}-assessment.csv\"");
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, name)], csv)
        .into_response())
}

async fn index(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let indicators = intelligence::list(&state.app).await?;
    page(&state, &ctx, "intelligence/index.html", context! { indicators => indicators })
}

#[derive(Deserialize)]
struct MapQuery {
    level: Option<String>,
}

fn level(asked: Option<&str>) -> Result<Level, PageError> {
    Level::try_from(asked.unwrap_or_default()).map_err(|_| PageError::NotFound)
}

async fn map(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
    Query(query): Query<MapQuery>,
) -> Result<Response, PageError> {
    let level = level(query.level.as_deref())?;
    let map = intelligence::choropleth(&state.app, &key, level).await?;
    let other = match level {
        Level::Wards => Level::Lsoas,
        Level::Lsoas => Level::Wards,
    };
    let other_shown = intelligence::figures(&state.app, &key, other).await.is_ok();
    page(&state, &ctx, "intelligence/map.html", context! { map => map, other => other_shown.then_some(other) })
}

/// `wards.csv`, `lsoas.json`, `wards.geojson`, …: an indicator's figures as open data.
async fn data(State(state): State<AppState>, Path((key, file)): Path<(String, String)>) -> Result<Response, PageError> {
    let (stem, format) = file.rsplit_once('.').ok_or(PageError::NotFound)?;
    let level = level(Some(stem))?;
    let name = format!("attachment; filename=\"{key}-{stem}.{format}\"");
    let app = &state.app;
    let (kind, body) = match format {
        "csv" => ("text/csv; charset=utf-8", intelligence::csv(app, &key, level).await?),
        "json" => {
            let figures = intelligence::figures(app, &key, level).await?;
            ("application/json", serde_json::to_string(&figures).map_err(|e| PageError::Internal(e.to_string()))?)
        }
        "geojson" => ("application/geo+json", intelligence::geojson(app, &key, level).await?.to_string()),
        _ => return Err(PageError::NotFound),
    };
    Ok(([(header::CONTENT_TYPE, kind.to_owned()), (header::CONTENT_DISPOSITION, name)], body).into_response())
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/wards/{code}/profile", get(profile))
        .route("/wards/{code}/assessment", get(assessment))
        .route("/wards/{code}/assessment.csv", get(assessment_csv))
        .route("/intelligence", get(index))
        .route("/intelligence/{key}/map", get(map))
        .route("/intelligence/{key}/data/{file}", get(data))
}
