//! Open311 GeoReport v2 at `/open311/v2/`: `services`, `services/{code}` (a service's definition),
//! `requests` (GET, and POST with a key) and `requests/{id}`, and the service request updates extension that
//! FixMyStreet speaks (`servicerequestupdates`: GET to poll, POST with a key for a resident's comment), each in
//! `.json` or `.xml`, with errors in the standard's form. Reading is open to all (CORS `*`).

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::open311::{self, ListQuery, NewRequest, Pairs, Refusal, UpdatesQuery};
use kith_standards::open311::{Error, XmlFields, definition_xml, xml};
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

/// A query string as the standard's parameters: unknown ones are ignored, as the standard lets clients send more.
fn query<T: serde::de::DeserializeOwned + Default>(raw: Option<&str>) -> Result<T, Refusal> {
    serde_html_form::from_str(raw.unwrap_or_default())
        .map_err(|e| Refusal { code: 400, description: format!("the query could not be read: {e}") })
}

async fn top(State(state): State<AppState>, Path(file): Path<String>, RawQuery(raw): RawQuery) -> Response {
    let Some((name, format)) = split(&file) else { return not_found(Format::Json) };
    match name {
        "servicerequestupdates" => {
            let q: UpdatesQuery = match query(raw.as_deref()) {
                Ok(q) => q,
                Err(r) => return refuse(format, r),
            };
            match open311::updates(&state.app, &q).await {
                Ok(updates) => respond(format, StatusCode::OK, "service_request_updates", "request_update", &updates),
                Err(r) => refuse(format, r),
            }
        }
        "services" => match open311::services(&state.app).await {
            Ok(services) => respond(format, StatusCode::OK, "services", "service", &services),
            Err(e) => refuse(format, e.into()),
        },
        "requests" => {
            let list: ListQuery = match query(raw.as_deref()) {
                Ok(q) => q,
                Err(r) => return refuse(format, r),
            };
            match open311::requests(&state.app, &list).await {
                Ok(requests) => respond(format, StatusCode::OK, "service_requests", "request", &requests),
                Err(r) => refuse(format, r),
            }
        }
        _ => not_found(format),
    }
}

async fn post_request(
    State(state): State<AppState>,
    Path(file): Path<String>,
    ctx: crate::ctx::Ctx,
    body: axum::body::Bytes,
) -> Response {
    let Some((name, format)) = split(&file) else { return not_found(Format::Json) };
    if name != "requests" && name != "servicerequestupdates" {
        return not_found(format);
    }
    let pairs: Pairs = match serde_html_form::from_bytes(&body) {
        Ok(pairs) => pairs,
        Err(e) => {
            return refuse(format, Refusal { code: 400, description: format!("the form could not be read: {e}") });
        }
    };
    let key = pairs.iter().find(|(k, _)| k == "api_key").map_or("", |(_, v)| v.as_str());
    if !state.public_writes.allow_open311(state.app.clock.as_ref(), key) {
        return refuse(
            format,
            Refusal { code: 429, description: "too many reports with this key: wait a few minutes".into() },
        );
    }
    if name == "servicerequestupdates" {
        return match open311::post_update(&state.app, &pairs, ctx.ip).await {
            Ok(posted) => respond(format, StatusCode::OK, "service_request_updates", "request_update", &[posted]),
            Err(r) => refuse(format, r),
        };
    }
    match open311::post(&state.app, &NewRequest::from_pairs(&pairs), ctx.ip).await {
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

/// A service's definition: JSON as one object, XML with its attributes nested.
async fn definition(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some((code, format)) = split(&file) else { return not_found(Format::Json) };
    match open311::definition(&state.app, code).await {
        Ok(d) => {
            let mut response = match format {
                Format::Json => axum::Json(d).into_response(),
                Format::Xml => {
                    ([(header::CONTENT_TYPE, "text/xml; charset=utf-8")], definition_xml(&d)).into_response()
                }
            };
            response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
            response
        }
        Err(r) => refuse(format, r),
    }
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/{file}", get(top).post(post_request))
        .route("/requests/{file}", get(one_request))
        .route("/services/{file}", get(definition))
}
