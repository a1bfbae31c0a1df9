//! The JSON API under `/api/`.

pub mod openapi;
mod oruk;
mod places;

use crate::routes::Routes;

/// The description of the API, as OpenAPI 3.1.
async fn openapi_json() -> axum::response::Response {
    use axum::response::IntoResponse;
    let mut response = axum::Json(crate::api_description()).into_response();
    response
        .headers_mut()
        .insert(axum::http::header::ACCESS_CONTROL_ALLOW_ORIGIN, axum::http::HeaderValue::from_static("*"));
    response
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/openapi.json", axum::routing::get(openapi_json))
        .nest("/places", places::routes())
        .nest("/oruk", oruk::routes())
        // The standard's root is `/api/oruk/`; nesting answers only `/api/oruk`.
        .route("/oruk/", axum::routing::get(oruk::root).layer(axum::middleware::map_response(oruk::cors)))
}
