//! Operations: liveness, readiness and Prometheus metrics.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;

use crate::AppState;
use crate::routes::Routes;

async fn live() -> &'static str {
    "ok"
}

/// Ready when the store answers and the places are loaded.
async fn ready(State(state): State<AppState>) -> impl IntoResponse {
    match state.app.ping().await {
        Ok(()) if !state.app.places().wards().is_empty() => (StatusCode::OK, "ready".to_owned()),
        Ok(()) => (StatusCode::SERVICE_UNAVAILABLE, "no places loaded: run kith import places".to_owned()),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, format!("store unavailable: {e}")),
    }
}

async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let places = state.app.places();
    let body = state.metrics.render(&[
        ("kith_places_wards", "Wards of the current generation in memory.", places.wards().len() as f64),
        ("kith_places_postcodes", "Postcodes in memory.", places.postcode_count() as f64),
    ]);
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], body)
}

pub fn routes() -> Routes {
    Routes::new().route("/health/live", get(live)).route("/health/ready", get(ready)).route("/metrics", get(metrics))
}
