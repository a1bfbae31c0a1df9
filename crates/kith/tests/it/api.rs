//! Kith's JSON API as its OpenAPI 3.1 description says: the description covers every route under `/api/` and
//! nothing else, and every Open311 route by its JSON addresses; its error codes are the registry's, the `/api` page
//! shows it, and schemathesis (from PyPI) finds no server error and no answer outside its schema, against the
//! description and against the Open Referral UK feed with the official validator's OpenAPI.

use std::collections::BTreeSet;
use std::path::PathBuf;

use kith_testkit::{Backend, TestApp};
use serde_json::Value;

async fn description(kith: &TestApp) -> Value {
    let r = reqwest::get(kith.url("/api/openapi.json")).await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    r.json().await.unwrap()
}

#[tokio::test]
async fn the_description_covers_every_route_under_api_and_nothing_else() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let doc = description(&kith).await;
    let described: BTreeSet<String> =
        doc["paths"].as_object().unwrap().keys().filter(|p| p.starts_with("/api/")).cloned().collect();
    let routed: BTreeSet<String> = kith_web::route_paths().into_iter().filter(|p| p.starts_with("/api/")).collect();
    assert_eq!(described, routed);
    assert_eq!(doc["openapi"], "3.1.0");
    kith.stop().await;
}

/// Open311's routes take a file name (`services.json`, `services.xml`): each route is described by its JSON
/// addresses, and each address described is one the router serves.
#[tokio::test]
async fn the_description_covers_every_open311_route_by_its_json_addresses() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let doc = description(&kith).await;
    let described: Vec<String> =
        doc["paths"].as_object().unwrap().keys().filter(|p| p.starts_with("/open311/")).cloned().collect();
    assert!(described.iter().all(|p| p.ends_with(".json")), "{described:?}");
    // An address's route: its last segment is the route's `{file}`.
    let as_routed: BTreeSet<String> =
        described.iter().map(|p| format!("{}/{{file}}", p.rsplit_once('/').unwrap().0)).collect();
    let routed: BTreeSet<String> = kith_web::route_paths().into_iter().filter(|p| p.starts_with("/open311/")).collect();
    assert_eq!(as_routed, routed);
    let posts: BTreeSet<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, item)| item.get("post").is_some())
        .map(|(p, _)| p.as_str())
        .collect();
    assert_eq!(posts, BTreeSet::from(["/open311/v2/requests.json", "/open311/v2/servicerequestupdates.json"]));
    kith.stop().await;
}

#[tokio::test]
async fn open311_errors_are_described_in_the_standard_s_own_form() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let doc = description(&kith).await;
    let missing = &doc["paths"]["/open311/v2/requests/{service_request_id}.json"]["get"]["responses"]["404"];
    let schema = missing["content"]["application/json"]["schema"]["$ref"].as_str().unwrap();
    let name = schema.rsplit('/').next().unwrap();
    let error = &doc["components"]["schemas"][name];
    assert_eq!(error["type"], "array", "{error}");
    let answer = reqwest::get(kith.url("/open311/v2/requests/REQ-999999.json")).await.unwrap();
    assert_eq!(answer.status().as_u16(), 404);
    let body: Value = answer.json().await.unwrap();
    assert!(body[0]["code"].is_u64() && body[0]["description"].is_string(), "{body}");
    kith.stop().await;
}

#[tokio::test]
async fn the_error_schema_lists_every_stable_error_code() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let doc = description(&kith).await;
    let listed: Vec<&str> = doc["components"]["schemas"]["ErrorCode"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let registry: Vec<&str> = kith_web::codes::ALL.iter().map(|c| c.code).collect();
    assert_eq!(listed, registry);
    kith.stop().await;
}

#[tokio::test]
async fn an_answer_s_schema_is_made_from_the_type_the_route_serializes() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let doc = description(&kith).await;
    let ward = &doc["components"]["schemas"]["WardAnswer"];
    let required: Vec<&str> = ward["required"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert!(required.contains(&"councillors") && required.contains(&"boundary"), "{ward}");
    let answer = reqwest::get(kith.url("/api/places/wards/E05011151")).await.unwrap().json::<Value>().await.unwrap();
    let keys: BTreeSet<&str> = answer.as_object().unwrap().keys().map(String::as_str).collect();
    let properties: BTreeSet<&str> = ward["properties"].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, properties);
    kith.stop().await;
}

#[tokio::test]
async fn the_api_page_shows_every_address_of_the_description_without_scripts() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let doc = description(&kith).await;
    let page = reqwest::get(kith.url("/api")).await.unwrap().text().await.unwrap().replace("&#x2f;", "/");
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            let shown = format!("{} {path}</code>", method.to_uppercase());
            assert!(page.contains(&shown), "{shown} is on the page");
        }
    }
    assert!(!page.contains("<script src=\"http"), "no third-party scripts");
    kith.stop().await;
}

fn schemathesis_is_installed() -> bool {
    let found = std::process::Command::new("st").arg("--version").output().is_ok_and(|o| o.status.success());
    assert!(found || std::env::var("CI").is_err(), "CI must have schemathesis (pip install schemathesis)");
    found
}

/// Runs schemathesis on `schema` (an address or a file) against `base`, off the runtime's thread (which serves
/// Kith meanwhile); its report if it found anything.
async fn schemathesis(schema: String, base: String) -> Result<(), String> {
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new("st")
            .args(["run", &schema, "--url", &base])
            .args(["--checks", "not_a_server_error,response_schema_conformance"])
            .args(["--max-examples", "20", "--seed", "24", "--no-color", "--request-timeout", "10"])
            .args(["--phases", "examples,coverage,fuzzing"])
            .env("SCHEMATHESIS_HOOKS", "")
            // Its cache of what failed is kept with the build, not in the source tree.
            .current_dir(env!("CARGO_TARGET_TMPDIR"))
            .output()
    })
    .await
    .unwrap()
    .expect("schemathesis runs");
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }
}

#[tokio::test]
async fn schemathesis_finds_no_server_error_and_no_answer_outside_the_description() {
    if !schemathesis_is_installed() {
        return;
    }
    let kith = TestApp::start_on(crate::demo_city(Backend::Sqlite).await, Default::default(), Default::default()).await;
    let found = schemathesis(kith.url("/api/openapi.json"), kith.url("")).await;
    kith.stop().await;
    if let Err(report) = found {
        panic!("schemathesis: {report}");
    }
}

/// The official validator's OpenAPI for the UK profile, with its references to the schemas online replaced by the
/// copies in ../shared/standards/oruk (the tests run offline), written to a file of the test's own.
fn oruk_description() -> PathBuf {
    let standards = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/standards/oruk");
    let text =
        std::fs::read_to_string(standards.join("validator-openapi-v3.0-uk.json")).expect("the validator's OpenAPI");
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    let compiled = standards.join("compiled");
    let definitions: Value =
        serde_json::from_str(&std::fs::read_to_string(compiled.join("service_with_definitions.json")).unwrap())
            .unwrap();
    // `item`: whether the reference is to one item of a list (the `items` of a page's `contents`).
    fn local(value: &mut Value, compiled: &std::path::Path, definitions: &Value, item: bool) {
        match value {
            Value::Object(o) => {
                if let Some(Value::String(r)) = o.get("$ref")
                    && r.starts_with("http")
                {
                    let file = r.rsplit('/').next().unwrap_or_default().to_owned();
                    let name = file.trim_end_matches(".json");
                    // A record: its compiled schema, or the definition the full service schema carries. The root's
                    // details: what the validator reads of them.
                    let record = |name: &str| match std::fs::read_to_string(compiled.join(format!("{name}.json"))) {
                        Ok(text) => serde_json::from_str(&text).unwrap(),
                        Err(_) if name == "api_details" => {
                            serde_json::json!({ "type": "object", "required": ["version"] })
                        }
                        Err(_) => definitions["definitions"][name].clone(),
                    };
                    // A list named as a whole answer is a page (the document's `Page`) of the list's lighter records;
                    // named as the items of a page's contents, it is one of them.
                    let schema = match name.strip_suffix("_list").filter(|_| !item) {
                        Some(item) => {
                            let items = match record(name) {
                                Value::Null => record(item),
                                found => found,
                            };
                            serde_json::json!({ "allOf": [
                                { "$ref": "#/components/schemas/Page" },
                                { "type": "object", "required": ["contents"], "properties": {
                                    "contents": { "type": "array", "items": items } } },
                            ] })
                        }
                        None => record(name),
                    };
                    *value = if schema.is_null() { serde_json::json!({ "type": "object" }) } else { schema };
                    return;
                }
                for (key, v) in o.iter_mut() {
                    local(v, compiled, definitions, key == "items");
                }
            }
            Value::Array(values) => values.iter_mut().for_each(|v| local(v, compiled, definitions, item)),
            _ => {}
        }
    }
    local(&mut doc, &compiled, &definitions, false);
    // The validator's document says `"openapi": "3.0"`, which tools read as no version at all: it is 3.0.3's form.
    doc["openapi"] = "3.0.3".into();
    // Its `minimal` asks for "just service 'id' and 'modified_date'", which its own list schema then refuses (a
    // listed service needs a name and a status): the two cannot both hold, so `minimal` is left out of the run.
    if let Some(parameters) = doc["paths"]["/services"]["get"]["parameters"].as_array_mut() {
        parameters.retain(|p| p["$ref"] != "#/components/parameters/minimal");
    }
    let path = std::env::temp_dir().join(format!("kith-oruk-openapi-{}.json", std::process::id()));
    std::fs::write(&path, serde_json::to_string(&doc).unwrap()).unwrap();
    path
}

#[tokio::test]
async fn schemathesis_finds_the_open_referral_feed_as_the_official_validator_describes_it() {
    if !schemathesis_is_installed() {
        return;
    }
    let kith = TestApp::start_on(crate::demo_city(Backend::Sqlite).await, Default::default(), Default::default()).await;
    let schema = oruk_description();
    let found = schemathesis(schema.to_string_lossy().into_owned(), kith.url("/api/oruk")).await;
    kith.stop().await;
    if let Err(report) = found {
        panic!("schemathesis: {report}");
    }
}
