//! `/api/places`: postcodes, points and wards, answered from memory.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::places::{At, Place, Ward};
use kith_core::places::{LatLng, Postcode, PostcodeError, WardCode};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::AppState;
use crate::codes;
use crate::errors::ApiError;
use crate::routes::Routes;

use super::openapi::{Operation, Parameter};

#[derive(Serialize, JsonSchema)]
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

#[derive(Serialize, JsonSchema)]
struct NeighbourhoodSummary<'a> {
    id: uuid::Uuid,
    kind: &'a str,
    name: &'a str,
}

#[derive(Serialize, JsonSchema)]
struct AuthoritySummary<'a> {
    code: &'a str,
    name: &'a str,
}

/// What the API says about a postcode (serialized straight from the places in memory).
#[derive(Serialize, JsonSchema)]
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

#[derive(Serialize, JsonSchema)]
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

/// A point, in decimal degrees.
#[derive(Serialize, JsonSchema)]
struct Centre {
    latitude: f64,
    longitude: f64,
}

/// A boundary generation: a set of wards in force together.
#[derive(Serialize, JsonSchema)]
struct GenerationSummary {
    name: String,
    current: bool,
}

#[derive(Serialize, JsonSchema)]
struct WardInList {
    code: String,
    name: String,
    /// The ward's page.
    url: String,
    centre: Centre,
}

/// The wards of one boundary generation.
#[derive(Serialize, JsonSchema)]
struct WardsAnswer {
    generation: String,
    current: bool,
    generations: Vec<GenerationSummary>,
    wards: Vec<WardInList>,
}

async fn wards(State(state): State<AppState>, Query(q): Query<WardsQuery>) -> Result<Json<WardsAnswer>, ApiError> {
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
    Ok(Json(WardsAnswer {
        current: places.current_generation().is_some_and(|g| g.name == generation),
        generations: places
            .generations()
            .iter()
            .map(|g| GenerationSummary { name: g.name.clone(), current: g.is_current })
            .collect(),
        wards: wards
            .iter()
            .map(|w| WardInList {
                code: w.code.to_string(),
                name: w.name.clone(),
                url: format!("/wards/{}", w.code),
                centre: Centre { latitude: w.centre.lat, longitude: w.centre.lng },
            })
            .collect(),
        generation,
    }))
}

/// A councillor or coordinator as the public may reach them.
#[derive(Serialize, JsonSchema)]
struct Person {
    name: String,
    affiliation: String,
    email: String,
    phone: String,
}

#[derive(Serialize, JsonSchema)]
struct Neighbourhood {
    id: uuid::Uuid,
    /// Its kind: a Neighbourhood Network Scheme's locality, a coordinator's patch, ...
    kind: String,
    name: String,
}

/// A current ward with its people.
#[derive(Serialize, JsonSchema)]
struct WardAnswer {
    code: String,
    name: String,
    generation: String,
    centre: Centre,
    neighbourhoods: Vec<Neighbourhood>,
    councillors: Vec<Person>,
    coordinators: Vec<Person>,
    /// Where its boundary is, as GeoJSON.
    boundary: String,
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
            let person = |r: &kith_core::people::Representative| Person {
                name: r.name.clone(),
                affiliation: r.affiliation.clone(),
                email: r.email.clone(),
                phone: r.phone.clone(),
            };
            Ok(Json(WardAnswer {
                code: ward.code.to_string(),
                name: ward.name.clone(),
                generation: ward.generation.clone(),
                centre: Centre { latitude: ward.centre.lat, longitude: ward.centre.lng },
                neighbourhoods: places
                    .neighbourhoods_of(&code)
                    .iter()
                    .map(|n| Neighbourhood { id: n.id, kind: n.kind.clone(), name: n.name.clone() })
                    .collect(),
                councillors: people.councillors.iter().map(person).collect(),
                coordinators: people.coordinators.iter().map(person).collect(),
                boundary: format!("/api/places/wards/{code}?format=geojson"),
            })
            .into_response())
        }
        Some(other) => {
            Err(ApiError::new(codes::INVALID_FORMAT, format!("format {other:?} is not known: use json or geojson")))
        }
    }
}

/// The routes above as OpenAPI operations: their parameters, and their answers by the types they serialize.
pub(super) fn operations() -> Vec<Operation> {
    let ward_code =
        || Parameter::path("code", "A ward's GSS code, like E05011151", Parameter::pattern("^E05[0-9]{6}$"));
    vec![
        Operation::get(
            "/api/places/postcodes/{postcode}",
            "places",
            "Where a postcode is: its point, and its ward when it is in the city",
        )
        .parameter(Parameter::path(
            "postcode",
            "A UK postcode, with or without its space, like B15 2TT",
            Parameter::string(),
        ))
        .answers::<PostcodeAnswer>()
        .errors(&[codes::MISSING_POSTCODE, codes::INVALID_POSTCODE, codes::POSTCODE_NOT_FOUND]),
        Operation::get("/api/places/locate", "places", "The ward a point is in")
            .parameter(Parameter::query("lat", "Latitude in decimal degrees, -90 to 90", Parameter::number(), true))
            .parameter(Parameter::query("lng", "Longitude in decimal degrees, -180 to 180", Parameter::number(), true))
            .answers::<LocateAnswer>()
            .errors(&[codes::INVALID_COORDINATES, codes::WARD_NOT_FOUND]),
        Operation::get(
            "/api/places/wards",
            "places",
            "The wards of a boundary generation (the current one by default)",
        )
        .parameter(Parameter::query("generation", "A generation's name", Parameter::string(), false))
        .answers::<WardsAnswer>()
        .errors(&[codes::GENERATION_NOT_FOUND]),
        Operation::get(
            "/api/places/wards/{code}",
            "places",
            "A current ward: its centre, neighbourhoods, councillors and coordinators, or its boundary as GeoJSON",
        )
        .parameter(ward_code())
        .parameter(Parameter::query(
            "format",
            "json (the default) or geojson",
            Parameter::one_of(&["json", "geojson"]),
            false,
        ))
        .answers::<WardAnswer>()
        .also(
            "application/geo+json",
            serde_json::json!({ "type": "object", "description": "A GeoJSON Feature: the ward's boundary" }),
        )
        .errors(&[codes::INVALID_WARD_CODE, codes::WARD_NOT_FOUND, codes::INVALID_FORMAT]),
    ]
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/postcodes/{postcode}", get(postcode))
        .route("/locate", get(locate))
        .route("/wards", get(wards))
        .route("/wards/{code}", get(ward))
}
