//! The pages every service needs: accessibility statement and privacy notice.

use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use minijinja::context;

use super::page;
use crate::AppState;
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::routes::Routes;

async fn accessibility(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    page(&state, &ctx, "accessibility.html", context! {})
}

async fn privacy(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    page(&state, &ctx, "privacy.html", context! {})
}

/// The JSON API's description, rendered from the same document `/api/openapi.json` serves (no scripts at all).
async fn api_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let doc = crate::api_description();
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
    let pretty = |v: &serde_json::Value| serde_json::to_string_pretty(v).unwrap_or_default();
    let operations: Vec<_> = doc["paths"]
        .as_object()
        .map(|paths| {
            paths
                .iter()
                .flat_map(|(path, item)| item.as_object().into_iter().flatten().map(move |(method, op)| (path, method, op)))
                .map(|(path, method, op)| {
                    let parameters: Vec<_> = op["parameters"]
                        .as_array()
                        .map(|ps| {
                            ps.iter()
                                .map(|p| {
                                    context! {
                                        name => text(&p["name"]), location => text(&p["in"]),
                                        required => p["required"].as_bool().unwrap_or(false),
                                        description => text(&p["description"]), schema => pretty(&p["schema"]),
                                    }
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    let responses: Vec<_> = op["responses"]
                        .as_object()
                        .map(|rs| {
                            rs.iter()
                                .map(|(status, r)| {
                                    let media: Vec<String> = r["content"]
                                        .as_object()
                                        .map(|c| c.keys().cloned().collect())
                                        .unwrap_or_default();
                                    context! { status => status, description => text(&r["description"]), media => media.join(", ") }
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    let form = &op["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"];
                    context! {
                        path => path, method => method.to_uppercase(), id => text(&op["operationId"]),
                        summary => text(&op["summary"]), form => (!form.is_null()).then(|| pretty(form)),
                        tag => op["tags"][0].as_str().unwrap_or_default(),
                        parameters => parameters, responses => responses,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let schemas: Vec<_> = doc["components"]["schemas"]
        .as_object()
        .map(|s| s.iter().map(|(name, schema)| context! { name => name, schema => pretty(schema) }).collect())
        .unwrap_or_default();
    let own = context! {
        description => text(&doc["info"]["description"]), version => text(&doc["info"]["version"]),
        operations => operations, schemas => schemas,
    };
    page(&state, &ctx, "api.html", own)
}

async fn data_sources(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    page(&state, &ctx, "data.html", context! {})
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/accessibility", get(accessibility))
        .route("/privacy", get(privacy))
        .route("/data", get(data_sources))
        .route("/api", get(api_page))
}
