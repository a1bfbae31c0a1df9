//! `/api/places`: postcodes, points and wards, answered from memory.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::places::{At, Place, Ward};
use kith_core::places::{LatLng, Postcode, PostcodeError, WardCode};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::AppState;
use crate::codes;
use crate::errors::ApiError;
use crate::routes::Routes;

#[derive(Serialize)]
struct WardSummary<'a> {
    code: &'a str,
    name: &'a str,
    url: String,
}

impl<'a> WardSummary<'a> {
    fn of(ward: &'a Ward) -> Self {
        Self { code: ward.code.as_str(), name: &ward.name, url: format!("/wards/{}", ward.code) }
    }
}

#[derive(Serialize)]
struct NeighbourhoodSummary<'a> {
    id: uuid::Uuid,
    kind: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct AuthoritySummary<'a> {
    code: &'a str,
    name: &'a str,
}

/// What the API says about a postcode (serialized straight from the places in memory).
#[derive(Serialize)]
struct PostcodeAnswer<'a> {
    postcode: &'a str,
    latitude: f64,
    longitude: f64,
    in_city: bool,
    ward: Option<WardSummary<'a>>,
    local_authority: Option<AuthoritySummary<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    neighbourhoods: Option<Vec<NeighbourhoodSummary<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
}

async fn postcode(State(state): State<AppState>, Path(text): Path<String>) -> Result<Response, ApiError> {
    let postcode = Postcode::parse(&text).map_err(|e| match e {
        PostcodeError::Empty => ApiError::new(codes::MISSING_POSTCODE, "Enter a postcode"),
        PostcodeError::Malformed => ApiError::new(codes::INVALID_POSTCODE,
            format!("{text:?} is not a postcode: a postcode looks like B15 2TT, an area and district then a space and a digit and two letters"),
        ),
    })?;
    let places = state.app.places();
    let answer = match places.place(At::Postcode(&postcode)) {
        Place::InCity { position, ward } => PostcodeAnswer {
            postcode: postcode.as_str(),
            latitude: position.lat,
            longitude: position.lng,
            in_city: true,
            ward: Some(WardSummary::of(ward)),
            local_authority: places
                .current_generation()
                .map(|g| AuthoritySummary { code: &g.authority_code, name: &g.authority_name }),
            neighbourhoods: Some(
                places
                    .neighbourhoods_of(&ward.code)
                    .into_iter()
                    .map(|n| NeighbourhoodSummary { id: n.id, kind: &n.kind, name: &n.name })
                    .collect(),
            ),
            message: None,
        },
        Place::Outside { position, authority } => {
            let city = places.city_name().unwrap_or("the city");
            PostcodeAnswer {
                postcode: postcode.as_str(),
                latitude: position.lat,
                longitude: position.lng,
                in_city: false,
                ward: None,
                local_authority: authority.map(|a| AuthoritySummary { code: &a.code, name: &a.name }),
                neighbourhoods: None,
                message: Some(match authority {
                    Some(a) => format!("{postcode} is not in {city}: it is in {}. Contact {} council.", a.name, a.name),
                    None => format!("{postcode} is not in {city}."),
                }),
            }
        }
        Place::Unknown => {
            return Err(ApiError::new(
                codes::POSTCODE_NOT_FOUND,
                format!(
                    "We do not know the postcode {postcode}. Check it is right: it may be new or no longer in use."
                ),
            ));
        }
    };
    Ok(Json(answer).into_response())
}

#[derive(Deserialize)]
struct LocateQuery {
    lat: Option<String>,
    lng: Option<String>,
}

#[derive(Serialize)]
struct LocateAnswer<'a> {
    latitude: f64,
    longitude: f64,
    ward: WardSummary<'a>,
}

async fn locate(State(state): State<AppState>, Query(q): Query<LocateQuery>) -> Result<Response, ApiError> {
    let number = |v: &Option<String>, name: &str| -> Result<f64, ApiError> {
        v.as_deref().and_then(|s| s.trim().parse::<f64>().ok()).ok_or_else(|| {
            ApiError::new(
                codes::INVALID_COORDINATES,
                format!("{name} must be a number in decimal degrees, like lat=52.48&lng=-1.89"),
            )
        })
    };
    let at = LatLng::new(number(&q.lat, "lat")?, number(&q.lng, "lng")?)
        .map_err(|e| ApiError::new(codes::INVALID_COORDINATES, e.to_string()))?;
    let places = state.app.places();
    match places.place(At::Point(at)).ward() {
        Some(ward) => {
            Ok(Json(LocateAnswer { latitude: at.lat, longitude: at.lng, ward: WardSummary::of(ward) }).into_response())
        }
        None => Err(ApiError::new(
            codes::WARD_NOT_FOUND,
            format!("That point is not in any of {}'s wards", places.city_name().unwrap_or("the city")),
        )),
    }
}

#[derive(Deserialize)]
struct WardsQuery {
    generation: Option<String>,
}

async fn wards(State(state): State<AppState>, Query(q): Query<WardsQuery>) -> Result<Json<Value>, ApiError> {
    let places = state.app.places();
    let generation = match q.generation {
        Some(name) => name,
        None => places.current_generation().map(|g| g.name.clone()).unwrap_or_default(),
    };
    let wards = places.generation_wards(&generation).ok_or_else(|| {
        let known: Vec<&str> = places.generations().iter().map(|g| g.name.as_str()).collect();
        ApiError::new(
            codes::GENERATION_NOT_FOUND,
            format!("There is no ward generation {generation:?}; there are: {}", known.join(", ")),
        )
    })?;
    Ok(Json(json!({
        "generation": generation,
        "current": places.current_generation().is_some_and(|g| g.name == generation),
        "generations": places.generations().iter().map(|g| json!({ "name": g.name, "current": g.is_current })).collect::<Vec<_>>(),
        "wards": wards.iter().map(|w| json!({
            "code": w.code, "name": w.name, "url": format!("/wards/{}", w.code),
            "centre": { "latitude": w.centre.lat, "longitude": w.centre.lng },
        })).collect::<Vec<_>>(),
    })))
}

#[derive(Deserialize)]
struct WardQuery {
    format: Option<String>,
}

async fn ward(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<WardQuery>,
) -> Result<Response, ApiError> {
    let code = WardCode::parse(&code).map_err(|e| ApiError::new(codes::INVALID_WARD_CODE, e.to_string()))?;
    let places = state.app.places();
    let ward = places
        .ward(&code)
        .ok_or_else(|| ApiError::new(codes::WARD_NOT_FOUND, format!("There is no current ward {code}")))?;
    let properties = json!({ "code": ward.code, "name": ward.name, "generation": ward.generation });
    match q.format.as_deref() {
        Some("geojson") => {
            let feature =
                json!({ "type": "Feature", "properties": properties, "geometry": ward.boundary.to_geojson() });
            Ok(([(header::CONTENT_TYPE, "application/geo+json")], feature.to_string()).into_response())
        }
        None | Some("json") => {
            let people = kith_app::people::for_ward(&state.app, &code)
                .await
                .map_err(|e| ApiError::new(codes::INTERNAL, e.to_string()))?;
            let person = |r: &kith_core::people::Representative| json!({ "name": r.name, "affiliation": r.affiliation, "email": r.email, "phone": r.phone });
            Ok(Json(json!({
                "code": ward.code,
                "name": ward.name,
                "generation": ward.generation,
                "centre": { "latitude": ward.centre.lat, "longitude": ward.centre.lng },
                "neighbourhoods": places.neighbourhoods_of(&code).iter().map(|n| json!({ "id": n.id, "kind": n.kind, "name": n.name })).collect::<Vec<_>>(),
                "councillors": people.councillors.iter().map(person).collect::<Vec<_>>(),
                "coordinators": people.coordinators.iter().map(person).collect::<Vec<_>>(),
                "boundary": format!("/api/places/wards/{code}?format=geojson"),
            }))
            .into_response())
        }
        Some(other) => {
            Err(ApiError::new(codes::INVALID_FORMAT, format!("format {other:?} is not known: use json or geojson")))
        }
    }
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/postcodes/{postcode}", get(postcode))
        .route("/locate", get(locate))
        .route("/wards", get(wards))
        .route("/wards/{code}", get(ward))
}
