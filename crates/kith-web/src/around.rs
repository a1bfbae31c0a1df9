//! What Kith does around every request, in one pass: a request id (and, for pages, a tracing span carrying it), the
//! CSRF token, error pages in the visitor's language, security headers, metrics, and a log line for every failure.
//!
//! One middleware rather than a stack of them: each layer of a stack costs a boxed future and a poll on every
//! request, and the places API answers from memory in a few microseconds (docs/benchmarks.md).

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};
use tracing::Instrument as _;

use crate::security::{self, CsrfToken};
use crate::{AppState, errors};

pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The request's id: the one a proxy in front sent, if it is sensible, or a new one.
fn request_id(headers: &HeaderMap) -> HeaderValue {
    headers
        .get(&X_REQUEST_ID)
        .filter(|v| (1..=128).contains(&v.len()) && v.as_bytes().iter().all(|b| b.is_ascii_graphic()))
        .cloned()
        .unwrap_or_else(|| {
            let mut buffer = uuid::Uuid::encode_buffer();
            let id = uuid::Uuid::new_v4().hyphenated().encode_lower(&mut buffer);
            HeaderValue::from_str(id).expect("a UUID is a header value")
        })
}

/// Whether a response at this path could be a page (and so may need an error page in the visitor's language).
fn may_be_a_page(path: &str) -> bool {
    !(path.starts_with("/api/") || path.starts_with("/assets/") || path.starts_with("/health/"))
}

pub async fn around(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request_id(request.headers());
    request.headers_mut().insert(X_REQUEST_ID.clone(), id.clone());
    let api = request.uri().path().starts_with("/api/");
    // Pages get a span, so whatever is logged while one is made carries the request's id. The open data API answers
    // from memory and logs nothing but its failures, which are logged below with the id; a span for each of its
    // requests would cost a tenth of its throughput (docs/benchmarks.md).
    let span = if api {
        tracing::Span::none()
    } else {
        tracing::info_span!("request", request_id = id.to_str().unwrap_or_default())
    };

    let method = request.method().clone();
    let uri = request.uri().clone();
    let route = request.extensions().get::<MatchedPath>().cloned();
    // What an error page needs to speak the visitor's language, kept only where a page could be asked for.
    let for_error_page: Option<HeaderMap> = may_be_a_page(uri.path()).then(|| request.headers().clone());
    if for_error_page.is_some() {
        state.catalogues.refresh_if_due(&state.app).await;
    }
    let csrf = CsrfToken::from_headers(request.headers());
    request.extensions_mut().insert(csrf.clone());

    let mut response = next.run(request).instrument(span).await;

    if let Some(page) = errors::page_asked_for(&response) {
        response = match &for_error_page {
            Some(headers) => errors::render_page(&state, page, &uri, headers),
            None => errors::ApiError::from_page(page).into_response(),
        };
    }
    csrf.issue_cookie(&state, &mut response);
    security::add_headers(&state, api, response.headers_mut());
    if response.status().is_server_error() {
        tracing::error!(
            request_id = id.to_str().unwrap_or_default(),
            method = %method,
            path = uri.path(),
            status = response.status().as_u16(),
            "request failed"
        );
    }
    response.headers_mut().insert(X_REQUEST_ID.clone(), id);
    let route = route.as_ref().map_or("unmatched", MatchedPath::as_str);
    state.metrics.observe(&method, route, response.status().as_u16(), started.elapsed().as_secs_f64());
    response
}
