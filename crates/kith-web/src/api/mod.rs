//! The JSON API under `/api/`.

mod oruk;
mod places;

use crate::routes::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .nest("/places", places::routes())
        .nest("/oruk", oruk::routes())
        // The standard's root is `/api/oruk/`; nesting answers only `/api/oruk`.
        .route("/oruk/", axum::routing::get(oruk::root).layer(axum::middleware::map_response(oruk::cors)))
}
