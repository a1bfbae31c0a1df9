//! The JSON API under `/api/`.

mod places;

use axum::Router;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().nest("/places", places::routes())
}
