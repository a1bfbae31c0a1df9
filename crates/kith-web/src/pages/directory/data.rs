//! The directory's open data files for download (written by `kith_app::directory::export`), and the page that
//! describes them.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::directory::export::{self, Format};

use crate::AppState;
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::routes::Routes;
use crate::words::Words;

/// The whole public directory in one format, its schedules in English.
pub fn export(state: &AppState, format: Format) -> String {
    export::export(&state.app, &Words { catalogues: &state.catalogues, language: "en" }, format)
}

async fn download(state: &AppState, format: Format) -> Response {
    let body = export(state, format);
    let disposition = format!("attachment; filename=\"directory.{}\"", format.extension());
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(format.content_type())),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
            ),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*")),
        ],
        body,
    )
        .into_response()
}

async fn data_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let count = state.app.directory.read().service_count();
    crate::pages::page(
        &state,
        &ctx,
        "directory/data.html",
        minijinja::context! { count => count, csv_header => kith_standards::directory_csv::header() },
    )
}

pub(crate) fn routes() -> Routes {
    Routes::new()
        .route("/directory/data", get(data_page))
        .route(
            "/directory/data/directory.ndjson",
            get(|State(s): State<AppState>| async move { download(&s, Format::Ndjson).await }),
        )
        .route(
            "/directory/data/directory.csv",
            get(|State(s): State<AppState>| async move { download(&s, Format::Csv).await }),
        )
        .route(
            "/directory/data/directory.geojson",
            get(|State(s): State<AppState>| async move { download(&s, Format::GeoJson).await }),
        )
}

/// The same files for `kith export directory`: the translations are loaded, no web state is built.
pub fn export_for_command_line(app: &kith_app::App, format: Format) -> anyhow::Result<String> {
    let catalogues = crate::translations::Catalogues::load()?;
    Ok(export::export(app, &Words { catalogues: &catalogues, language: "en" }, format))
}
