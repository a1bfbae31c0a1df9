//! Errors as people and programs see them. Pages: a handler's `PageError` becomes a marker on the response,
//! and the `around` middleware renders the page in the visitor's language (so 404, 403 and 500 pages look
//! like every other page). API: `ApiError` is JSON `{"error": {"code", "message"}}` whose `code` is stable for
//! programs to match on and whose `message` is for people.

use crate::codes;
use axum::Json;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use kith_app::AppError;
use minijinja::context;
use serde_json::json;

use crate::AppState;
use crate::request::language_of;
use crate::security::redirect;

#[derive(Debug)]
pub enum PageError {
    NotFound,
    Forbidden,
    /// Not signed in: go to sign in, then come back here.
    SignIn(String),
    BadRequest,
    CsrfMismatch,
    /// Over a rate limit: a 429.
    TooMany,
    Internal(String),
}

impl From<AppError> for PageError {
    fn from(e: AppError) -> Self {
        match e {
            AppError::NotFound => PageError::NotFound,
            AppError::Forbidden => PageError::Forbidden,
            AppError::Unauthenticated => PageError::SignIn("/".into()),
            AppError::Invalid(_) | AppError::Conflict(_) => PageError::BadRequest,
            AppError::Store(e) => PageError::Internal(format!("store: {e}")),
            AppError::Internal(e) => PageError::Internal(e),
        }
    }
}

impl From<minijinja::Error> for PageError {
    fn from(e: minijinja::Error) -> Self {
        PageError::Internal(format!("template: {e:#}"))
    }
}

/// The marker the `around` middleware turns into a page.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage {
    status: StatusCode,
    kind: &'static str,
}

fn marker(status: StatusCode, kind: &'static str) -> Response {
    let mut response = status.into_response();
    response.extensions_mut().insert(ErrorPage { status, kind });
    response
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match self {
            PageError::SignIn(back) => {
                let to = format!(
                    "/sign-in?next={}",
                    url::form_urlencoded::byte_serialize(back.as_bytes()).collect::<String>()
                );
                redirect(&to).into_response()
            }
            PageError::NotFound => marker(StatusCode::NOT_FOUND, "not-found"),
            PageError::Forbidden => marker(StatusCode::FORBIDDEN, "forbidden"),
            PageError::BadRequest => marker(StatusCode::BAD_REQUEST, "bad-request"),
            PageError::CsrfMismatch => marker(StatusCode::BAD_REQUEST, "form-expired"),
            PageError::TooMany => marker(StatusCode::TOO_MANY_REQUESTS, "too-many"),
            PageError::Internal(cause) => {
                tracing::error!(%cause, "request failed");
                marker(StatusCode::INTERNAL_SERVER_ERROR, "server-error")
            }
        }
    }
}

pub async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        ApiError::new(crate::codes::NOT_FOUND, "There is nothing at this address").into_response()
    } else {
        PageError::NotFound.into_response()
    }
}

/// The error page a handler asked for, if it did (as a marker on its response).
pub fn page_asked_for(response: &Response) -> Option<ErrorPage> {
    response.extensions().get::<ErrorPage>().copied()
}

/// Renders an error page in the visitor's language, in the site's shell.
pub fn render_page(state: &AppState, page: ErrorPage, uri: &Uri, headers: &HeaderMap) -> Response {
    let language = language_of(state, uri, headers);
    let places = state.app.places();
    let context = context! {
        lang => language.tag,
        dir => language.dir,
        languages => state.catalogues.languages(),
        path => uri.path(),
        user => None::<()>,
        csrf_token => "",
        demo => state.app.settings.demo,
        city_name => places.city_name().unwrap_or_default(),
        errors => Vec::<()>::new(),
        large_print => false,
        kind => page.kind,
        status => page.status.as_u16(),
    };
    match state.templates.render("error.html", context) {
        Ok(html) => (page.status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response(),
        Err(e) => {
            tracing::error!(error = %format!("{e:#}"), "rendering the error page failed");
            (page.status, "Sorry, there is a problem with the service.").into_response()
        }
    }
}

/// A panic in a handler becomes the 500 page (the process carries on serving).
pub fn panic_response(cause: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let cause =
        cause.downcast_ref::<String>().cloned().or_else(|| cause.downcast_ref::<&str>().map(|s| (*s).to_owned()));
    tracing::error!(cause = cause.unwrap_or_default(), "handler panicked");
    let mut response = marker(StatusCode::INTERNAL_SERVER_ERROR, "server-error");
    response.headers_mut().insert(header::CONTENT_TYPE, "text/html; charset=utf-8".parse().expect("static header"));
    response
}

/// A JSON API error: a code from the registry (`codes`) and a message for people.
#[derive(Debug)]
pub struct ApiError {
    pub code: codes::Code,
    pub message: String,
}

impl ApiError {
    pub fn new(code: codes::Code, message: impl Into<String>) -> Self {
        Self { code, message: message.into() }
    }

    /// The JSON form of an error a page would have shown (a panic under `/api/`, say).
    pub fn from_page(page: ErrorPage) -> Self {
        let code = match page.status {
            StatusCode::NOT_FOUND => codes::NOT_FOUND,
            StatusCode::BAD_REQUEST => codes::BAD_REQUEST,
            StatusCode::FORBIDDEN => codes::FORBIDDEN,
            StatusCode::TOO_MANY_REQUESTS => codes::TOO_MANY_REQUESTS,
            _ => codes::INTERNAL,
        };
        let message = match page.status {
            StatusCode::NOT_FOUND => "There is nothing at this address",
            StatusCode::BAD_REQUEST => "The request could not be understood",
            StatusCode::FORBIDDEN => "You do not have permission to do this",
            StatusCode::TOO_MANY_REQUESTS => "Too many requests: wait a few minutes",
            _ => "Sorry, there is a problem with the service. It has been logged.",
        };
        Self::new(code, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({ "error": { "code": self.code.code, "message": self.message } });
        (self.code.status, Json(body)).into_response()
    }
}
