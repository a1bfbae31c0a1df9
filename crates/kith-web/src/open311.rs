//! Open311 GeoReport v2 at `/open311/v2/`: `services`, `requests` (GET, and POST with a key) and `requests/{id}`,
//! each in `.json` or `.xml`, with errors in the standard's form. Reading is open to all (CORS `*`).

use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::open311::{self, ListQuery, NewRequest, Refusal};
use kith_standards::open311::{Error, XmlFields, xml};
use serde::Serialize;

use crate::AppState;
use crate::routes::Routes;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Xml,
}

/// Splits `services.json` into its name and format.
fn split(file: &str) -> Option<(&str, Format)> {
    let (name, extension) = file.rsplit_once('.')?;
    let format = match extension {
        "json" => Format::Json,
        "xml" => Format::Xml,
        _ => return None,
    };
    Some((name, format))
}

fn respond<T: Serialize + XmlFields>(
    format: Format,
    status: StatusCode,
    root: &str,
    item: &str,
    items: &[T],
) -> Response {
    let mut response = match format {
        Format::Json => (status, axum::Json(items)).into_response(),
        Format::Xml => {
            (status, [(header::CONTENT_TYPE, "text/xml; charset=utf-8")], xml(root, item, items)).into_response()
        }
    };
    response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}

fn refuse(format: Format, r: Refusal) -> Response {
    let status = StatusCode::from_u16(r.code).unwrap_or(StatusCode::BAD_REQUEST);
    respond(format, status, "errors", "error", &[Error { code: r.code, description: r.description }])
}

fn not_found(format: Format) -> Response {
    refuse(format, Refusal { code: 404, description: "no such resource".into() })
}

async fn top(State(state): State<AppState>, Path(file): Path<String>, Query(list): Query<ListQuery>) -> Response {
    let Some((name, format)) = split(&file) else { return not_found(Format::Json) };
    match name {
        "services" => match open311::services(&state.app).await {
            Ok(services) => respond(format, StatusCode::OK, "services", "service", &services),
            Err(e) => refuse(format, e.into()),
        },
        "requests" => match open311::requests(&state.app, &list).await {
            Ok(requests) => respond(format, StatusCode::OK, "service_requests", "request", &requests),
            Err(r) => refuse(format, r),
        },
        _ => not_found(format),
    }
}

async fn post_request(
    State(state): State<AppState>,
    Path(file): Path<String>,
    ctx: crate::ctx::Ctx,
    body: axum::body::Bytes,
) -> Response {
    let Some(("requests", format)) = split(&file) else { return not_found(Format::Json) };
    let request: NewRequest = match serde_html_form::from_bytes(&body) {
        Ok(r) => r,
        Err(e) => {
            return refuse(format, Refusal { code: 400, description: format!("the form could not be read: {e}") });
        }
    };
    if !state.public_writes.allow_open311(state.app.clock.as_ref(), &request.api_key) {
        return refuse(
            format,
            Refusal { code: 429, description: "too many reports with this key: wait a few minutes".into() },
        );
    }
    match open311::post(&state.app, &request, ctx.ip).await {
        Ok(posted) => respond(format, StatusCode::CREATED, "service_requests", "request", &[posted]),
        Err(r) => refuse(format, r),
    }
}

async fn one_request(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some((id, format)) = split(&file) else { return not_found(Format::Json) };
    match open311::request(&state.app, id).await {
        Ok(found) => respond(format, StatusCode::OK, "service_requests", "request", &found),
        Err(r) => refuse(format, r),
    }
}

#[derive(Serialize)]
struct Definition {
    service_code: String,
    attributes: Vec<()>,
}

impl XmlFields for Definition {
    fn fields(&self) -> Vec<(&'static str, String)> {
        vec![("service_code", self.service_code.clone()), ("attributes", String::new())]
    }
}

async fn definition(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some((code, format)) = split(&file) else { return not_found(Format::Json) };
    match open311::services(&state.app).await {
        Ok(services) if services.iter().any(|s| s.service_code == code) => respond(
            format,
            StatusCode::OK,
            "service_definitions",
            "service_definition",
            &[Definition { service_code: code.into(), attributes: vec![] }],
        ),
        Ok(_) => refuse(format, Refusal { code: 404, description: format!("service_code {code} is not a service") }),
        Err(e) => refuse(format, e.into()),
    }
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/{file}", get(top).post(post_request))
        .route("/requests/{file}", get(one_request))
        .route("/services/{file}", get(definition))
}
