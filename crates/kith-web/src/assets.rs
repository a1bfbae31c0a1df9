//! Static assets, embedded in the binary at build time and served under fingerprinted names
//! (`/assets/kith-1a2b3c4d5e6f.css`), so they can be cached for a year and never go stale.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::embedded::ASSETS;
use crate::routes::Routes;

fn fingerprinted(name: &str, fingerprint: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}-{fingerprint}.{ext}"),
        None => format!("{name}-{fingerprint}"),
    }
}

/// The address of an asset by its plain name.
pub fn url(name: &str) -> Option<String> {
    ASSETS.iter().find(|(n, ..)| *n == name).map(|(n, fp, ..)| format!("/assets/{}", fingerprinted(n, fp)))
}

/// The plain names of every asset that ships.
pub fn shipped_asset_names() -> Vec<&'static str> {
    ASSETS.iter().map(|(name, ..)| *name).collect()
}

async fn serve(Path(file): Path<String>) -> Response {
    let Some((_, _, content_type, bytes)) = ASSETS.iter().find(|(n, fp, ..)| fingerprinted(n, fp) == file) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable")),
        ],
        *bytes,
    )
        .into_response()
}

/// The favicon is asked for at its well-known address by browsers that ignore the link in the page.
async fn favicon() -> Response {
    match url("kith-icon.svg") {
        Some(to) => (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, to)]).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

pub fn routes() -> Routes {
    Routes::new().route("/assets/{file}", get(serve)).route("/favicon.ico", get(favicon))
}
