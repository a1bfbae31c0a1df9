//! The pages every service needs: accessibility statement and privacy notice.

use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use minijinja::context;

use super::page;
use crate::AppState;
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::routes::Routes;

async fn accessibility(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    page(&state, &ctx, "accessibility.html", context! {})
}

async fn privacy(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    page(&state, &ctx, "privacy.html", context! {})
}

async fn data_sources(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    page(&state, &ctx, "data.html", context! {})
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/accessibility", get(accessibility))
        .route("/privacy", get(privacy))
        .route("/data", get(data_sources))
}
