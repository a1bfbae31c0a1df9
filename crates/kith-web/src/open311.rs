//! Open311 GeoReport v2 at `/open311/v2/`: `services`, `services/{code}` (a service's definition),
//! `requests` (GET, and POST with a key) and `requests/{id}`, and the service request updates extension that
//! FixMyStreet speaks (`servicerequestupdates`: GET to poll, POST with a key for a resident's comment), each in
//! `.json` or `.xml`, with errors in the standard's form. Reading is open to all (CORS `*`). Its JSON addresses are
//! described in Kith's OpenAPI document (`operations`).

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::open311::{self, ListQuery, NewRequest, Pairs, Refusal, UpdatesQuery};
use kith_standards::open311::{Error, XmlFields, definition_xml, xml};
use serde::Serialize;
use serde_json::json;

use crate::AppState;
use crate::api::openapi::{Operation, Parameter};
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

/// The JSON addresses, as operations of Kith's OpenAPI document (each answers XML at the same address ending `.xml`).
pub fn operations() -> Vec<Operation> {
    use kith_standards::open311::{Definition, Error, Posted, Request, Service, Update, UpdatePosted};
    let text = |description: &str| json!({ "type": "string", "description": description });
    let jurisdiction = || {
        Parameter::query("jurisdiction_id", "Accepted and ignored: Kith serves one city", Parameter::string(), false)
    };
    let time = |name, description| Parameter::query(name, description, Parameter::string(), false);
    let errors = |statuses: &[(u16, &'static str)]| {
        let mut all = statuses.to_vec();
        all.extend([(500, "The server could not do it (logged)")]);
        all
    };
    let bad = (400, "A parameter or field is not valid: the description says which");
    let key = (403, "api_key is missing or not valid");
    let missing = (404, "No such service or service request");
    let too_many = (429, "Too many posts with this key: wait a few minutes");
    let request_form = json!({
        "type": "object",
        "required": ["api_key", "service_code"],
        "properties": {
            "api_key": text("The key the council gave this client"),
            "jurisdiction_id": text("Accepted and ignored"),
            "service_code": text("A service's code, from services.json"),
            "lat": text("Latitude (WGS84), with long; or give address_string"),
            "long": text("Longitude (WGS84)"),
            "address_string": text("Where, in words (a postcode in it places the request)"),
            "address_id": text("The client's own id for the address"),
            "email": text("The reporter's email, for news of the request"),
            "device_id": text("The reporter's device"),
            "account_id": text("The reporter's account with the client"),
            "first_name": text("The reporter's first name"),
            "last_name": text("The reporter's last name"),
            "phone": text("The reporter's phone number"),
            "description": text("What the problem is"),
            "media_url": text("A photo's address (http or https, at most 2,000 characters)"),
        },
        "patternProperties": { "^attribute\\[.+\\]$": text("The answer to the service definition's attribute in brackets") },
    });
    let update_form = json!({
        "type": "object",
        "required": ["api_key", "service_request_id", "update_id", "description", "status"],
        "properties": {
            "api_key": text("The key the council gave this client"),
            "jurisdiction_id": text("Accepted and ignored"),
            "service_request_id": text("The service request's id (its reference)"),
            "update_id": text("The client's own id for this update: the same id again is kept once"),
            "updated_datetime": text("When it was written (W3C date and time)"),
            "status": text("OPEN, CLOSED, FIXED, ... as the extension lists them: kept with the comment; staff decide what happens"),
            "description": text("The resident's comment"),
            "media_url": text("A photo's address (http or https)"),
            "first_name": text("The commenter's first name"),
            "last_name": text("The commenter's last name"),
            "email": text("The commenter's email"),
            "account_id": text("The commenter's account with the client"),
        },
    });
    vec![
        Operation::get(
            "/open311/v2/services.json",
            "open311",
            "The services one can report: the categories of service request",
        )
        .parameter(jurisdiction())
        .answers::<Vec<Service>>()
        .standard_errors::<Vec<Error>>(&errors(&[])),
        Operation::get(
            "/open311/v2/services/{service_code}.json",
            "open311",
            "A service's definition: the questions a request of it answers",
        )
        .parameter(Parameter::path("service_code", "A service's code, from services.json", Parameter::string()))
        .parameter(jurisdiction())
        .answers::<Definition>()
        .standard_errors::<Vec<Error>>(&errors(&[missing])),
        Operation::get(
            "/open311/v2/requests.json",
            "open311",
            "Service requests, newest first: at most 1,000, by default those of the last 90 days",
        )
        .parameter(Parameter::query(
            "service_request_id",
            "Ids, separated by commas (at most 100): only these",
            Parameter::string(),
            false,
        ))
        .parameter(Parameter::query(
            "service_code",
            "Only requests of these services (codes separated by commas, at most 100)",
            Parameter::string(),
            false,
        ))
        .parameter(time("start_date", "Only requests made at or after this (W3C date and time)"))
        .parameter(time("end_date", "Only requests made before this (W3C date and time)"))
        .parameter(Parameter::query("status", "open or closed", Parameter::string(), false))
        .parameter(jurisdiction())
        .answers::<Vec<Request>>()
        .standard_errors::<Vec<Error>>(&errors(&[bad])),
        Operation::post("/open311/v2/requests.json", "open311", "Reports a service request, with a key", request_form)
            .creates()
            .answers::<Vec<Posted>>()
            .standard_errors::<Vec<Error>>(&errors(&[bad, key, too_many])),
        Operation::get("/open311/v2/requests/{service_request_id}.json", "open311", "One service request")
            .parameter(Parameter::path("service_request_id", "The request's id (its reference)", Parameter::string()))
            .parameter(jurisdiction())
            .answers::<Vec<Request>>()
            .standard_errors::<Vec<Error>>(&errors(&[missing])),
        Operation::get(
            "/open311/v2/servicerequestupdates.json",
            "open311",
            "Changes of state and shared notes on service requests, oldest first (at most 1,000)",
        )
        .parameter(time("start_date", "From this moment (W3C date and time; by default a day before end_date)"))
        .parameter(time(
            "end_date",
            "Up to this moment (W3C date and time; by default now); at most 31 days after start_date",
        ))
        .parameter(Parameter::query("api_key", "Accepted: the updates are open to all", Parameter::string(), false))
        .parameter(jurisdiction())
        .answers::<Vec<Update>>()
        .standard_errors::<Vec<Error>>(&errors(&[bad])),
        Operation::post(
            "/open311/v2/servicerequestupdates.json",
            "open311",
            "Adds a resident's comment to a service request's timeline, with a key",
            update_form,
        )
        .answers::<Vec<UpdatePosted>>()
        .standard_errors::<Vec<Error>>(&errors(&[bad, key, missing, too_many])),
    ]
}
