//! The Open Referral UK API read the way the official validator reads a feed: the root and its version, then the
//! first, a middle and the last page of every list, and a detail record of each, every response validated against
//! the UK profile's compiled schemas (lists' items, details) and the OpenAPI `Page` schema (the envelope). On both
//! stores, over the demo city's directory; and the same searches give the same answers on both.

use std::path::PathBuf;

use kith_testkit::{Backend, TestApp};
use serde_json::{Value, json};

use crate::on_every_backend;

fn standards() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/standards/oruk")
}

fn read_json(path: PathBuf) -> Value {
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options().should_validate_formats(true).build(schema).expect("the schema compiles")
}

/// A schema from the definitions that `service_with_definitions.json` carries (taxonomy, taxonomy_term, ...).
fn definition(name: &str) -> jsonschema::Validator {
    let with = read_json(standards().join("compiled/service_with_definitions.json"));
    let schema = json!({ "definitions": with["definitions"], "$ref": format!("#/definitions/{name}") });
    validator(&schema)
}

fn page_schema() -> jsonschema::Validator {
    let openapi = read_json(standards().join("validator-openapi-v3.0-uk.json"));
    let mut page = openapi["components"]["schemas"]["Page"].clone();
    page["required"] =
        json!(["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"]);
    page["properties"]["contents"] = json!({ "type": "array" });
    validator(&page)
}

fn assert_valid(what: &str, schema: &jsonschema::Validator, value: &Value) {
    let errors: Vec<String> =
        schema.iter_errors(value).map(|e| format!("{} at {}", e, e.instance_path())).take(5).collect();
    assert!(
        errors.is_empty(),
        "{what} does not validate:\n{}\n{}",
        errors.join("\n"),
        value.to_string().chars().take(600).collect::<String>()
    );
}

async fn get(client: &reqwest::Client, kith: &TestApp, path: &str) -> Value {
    let response = client.get(kith.url(path)).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200, "{path}");
    assert_eq!(response.headers()["access-control-allow-origin"], "*", "{path}: CORS for everyone");
    response.json().await.unwrap()
}

/// Reads a list the validator's way; returns the first item of its first page.
async fn check_list(
    client: &reqwest::Client,
    kith: &TestApp,
    path: &str,
    item: &jsonschema::Validator,
    envelope: &jsonschema::Validator,
) -> Value {
    let sep = if path.contains('?') { '&' } else { '?' };
    let first = get(client, kith, &format!("{path}{sep}per_page=7")).await;
    assert_valid(&format!("{path} page 1"), envelope, &first);
    let total_pages = first["total_pages"].as_u64().unwrap() as usize;
    let total_items = first["total_items"].as_u64().unwrap() as usize;
    assert!(total_items > 0, "{path} lists something");
    assert_eq!(total_pages, total_items.div_ceil(7).max(1));
    assert_eq!(first["first_page"], true);
    let mut ends: Vec<Vec<String>> = Vec::new();
    for number in [1, total_pages.div_ceil(2), total_pages] {
        let page = get(client, kith, &format!("{path}{sep}per_page=7&page={number}")).await;
        assert_valid(&format!("{path} page {number}"), envelope, &page);
        assert_eq!(page["page_number"], number);
        assert_eq!(page["last_page"], number == total_pages);
        let contents = page["contents"].as_array().unwrap();
        assert_eq!(page["size"].as_u64().unwrap() as usize, contents.len());
        let expected = if number == total_pages { total_items - 7 * (total_pages - 1) } else { 7 };
        assert_eq!(contents.len(), expected, "{path} page {number} holds what is left");
        for c in contents {
            assert_valid(&format!("an item of {path} page {number}"), item, c);
        }
        ends.push(contents.iter().map(|c| c["id"].as_str().unwrap().to_owned()).collect());
    }
    if total_pages > 1 {
        assert!(ends[0].iter().all(|id| !ends[2].contains(id)), "{path}: the first and last pages share nothing");
    }
    first["contents"][0].clone()
}

/// The compiled schemas a feed is validated against: the envelope of every page, and each list's items and records.
struct Schemas {
    envelope: jsonschema::Validator,
    service_item: jsonschema::Validator,
    service_full: jsonschema::Validator,
    sal_item: jsonschema::Validator,
    sal_full: jsonschema::Validator,
    organisation_item: jsonschema::Validator,
    organisation_full: jsonschema::Validator,
    taxonomy: jsonschema::Validator,
    term: jsonschema::Validator,
}

impl Schemas {
    fn load() -> Self {
        let compiled = |name: &str| validator(&read_json(standards().join(format!("compiled/{name}.json"))));
        Schemas {
            envelope: page_schema(),
            service_item: compiled("service_list"),
            service_full: compiled("service"),
            sal_item: compiled("service_at_location_list"),
            sal_full: compiled("service_at_location"),
            organisation_item: compiled("organization_list"),
            organisation_full: compiled("organization"),
            taxonomy: definition("taxonomy"),
            term: definition("taxonomy_term"),
        }
    }

    /// Each list of the feed, with the schemas of its items and of its records.
    fn lists(&self) -> [(&'static str, &jsonschema::Validator, &jsonschema::Validator); 5] {
        [
            ("services", &self.service_item, &self.service_full),
            ("service_at_locations", &self.sal_item, &self.sal_full),
            ("organizations", &self.organisation_item, &self.organisation_full),
            ("taxonomies", &self.taxonomy, &self.taxonomy),
            ("taxonomy_terms", &self.term, &self.term),
        ]
    }
}

/// Reads every list the validator's way, then the record of its first item; returns the records by list.
async fn check_every_list(
    client: &reqwest::Client,
    kith: &TestApp,
    schemas: &Schemas,
) -> std::collections::HashMap<&'static str, Value> {
    let mut records = std::collections::HashMap::new();
    for (list, item, full) in schemas.lists() {
        let first = check_list(client, kith, &format!("/api/oruk/{list}"), item, &schemas.envelope).await;
        let record = get(client, kith, &format!("/api/oruk/{list}/{}", first["id"].as_str().unwrap())).await;
        assert_valid(&format!("a record of {list}"), full, &record);
        records.insert(list, record);
    }
    records
}

/// Kith on a copy of the demo city, whose directory the feed publishes.
async fn demo_directory(backend: Backend) -> TestApp {
    TestApp::start_on(crate::demo_city(backend).await, Default::default(), Default::default()).await
}

#[tokio::test]
async fn the_open_referral_uk_feed_validates_page_by_page_and_record_by_record() {
    let schemas = &Schemas::load();
    on_every_backend(|backend| async move {
        let kith = demo_directory(backend).await;
        let client = reqwest::Client::new();

        let root = get(&client, &kith, "/api/oruk/").await;
        assert_eq!(root["version"], "HSDS-UK-3.0");

        let records = check_every_list(&client, &kith, schemas).await;
        assert!(records["taxonomies"]["taxonomy_terms"].as_array().unwrap().len() > 14);

        // A service with a schedule, a location, languages and terms, so the nested parts are checked too.
        let rich = get(&client, &kith, "/api/oruk/services?search=lunch+club&per_page=1").await;
        let rich =
            get(&client, &kith, &format!("/api/oruk/services/{}", rich["contents"][0]["id"].as_str().unwrap())).await;
        assert_valid("a lunch club", &schemas.service_full, &rich);
        for part in ["schedules", "service_at_locations", "languages", "attributes", "cost_options"] {
            assert!(!rich[part].as_array().unwrap().is_empty(), "the lunch club has {part}");
        }
        assert!(rich["schedules"][0]["description"].as_str().unwrap().contains(" to "), "schedules in words");

        let full_list = get(&client, &kith, "/api/oruk/services?full=true&per_page=3").await;
        for s in full_list["contents"].as_array().unwrap() {
            assert_valid("a full service in a list", &schemas.service_full, s);
        }

        let ndjson = client.get(kith.url("/api/oruk/services?format=ndjson&search=walk")).send().await.unwrap();
        assert_eq!(ndjson.headers()["content-type"], "application/x-ndjson");
        let lines: Vec<Value> =
            ndjson.text().await.unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let paged = get(&client, &kith, "/api/oruk/services?search=walk").await;
        assert_eq!(lines.len() as u64, paged["total_items"].as_u64().unwrap(), "ndjson streams every match unpaged");
        for line in &lines {
            assert_valid("an ndjson service", &schemas.service_item, line);
        }
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn filters_narrow_the_feed_and_answer_the_same_on_both_stores() {
    let mut answers: Vec<Vec<Vec<String>>> = Vec::new();
    for backend in Backend::all().await {
        let kith = demo_directory(backend).await;
        let client = reqwest::Client::new();
        let food = get(&client, &kith, "/api/oruk/taxonomy_terms?search=food&top_only=true").await;
        let food = food["contents"][0]["id"].as_str().unwrap().to_owned();
        let mut here = Vec::new();
        for path in [
            format!("/api/oruk/services?taxonomy_term_id={food}&per_page=1000"),
            "/api/oruk/services?search=club&postcode=B12+9LP&proximity=2000&per_page=1000".to_owned(),
            "/api/oruk/service_at_locations?postcode=B16+8AB&proximity=1500&per_page=1000".to_owned(),
            "/api/oruk/services?day=SA&start_time=09:00&end_time=12:00&per_page=1000".to_owned(),
            "/api/oruk/services?minimum_age=70&maximum_age=70&search=yoga&per_page=1000".to_owned(),
            "/api/oruk/services?postcode=B12+9LP&per_page=1000".to_owned(),
        ] {
            let page = get(&client, &kith, &path).await;
            let ids: Vec<String> =
                page["contents"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_owned()).collect();
            assert!(!ids.is_empty(), "{path} finds something");
            here.push(ids);
        }
        // Within 2 km of the postcode means within 2 km: check the distances from the records themselves.
        let near =
            get(&client, &kith, "/api/oruk/service_at_locations?postcode=B16+8AB&proximity=1500&per_page=1000").await;
        for sal in near["contents"].as_array().unwrap() {
            let (lat, lng) =
                (sal["location"]["latitude"].as_f64().unwrap(), sal["location"]["longitude"].as_f64().unwrap());
            let d = kith_core::places::LatLng { lat: 52.478532, lng: -1.917946 }
                .distance_m(kith_core::places::LatLng { lat, lng });
            assert!(d <= 1_501.0, "{} is {d:.0} m away", sal["service"]["name"]);
        }
        let all = get(&client, &kith, "/api/oruk/services?per_page=1").await["total_items"].as_u64().unwrap();
        let modified = get(&client, &kith, "/api/oruk/services?modified_after=2099-01-01&per_page=1").await;
        assert_eq!(modified["total_items"], 0);
        assert!(all > 2_000, "the demo directory is served: {all}");
        kith.stop().await;
        answers.push(here);
    }
    if answers.len() == 2 {
        assert_eq!(answers[0], answers[1], "SQLite and PostgreSQL give the same answers in the same order");
    }
}

#[tokio::test]
async fn bad_parameters_get_a_400_whose_code_names_the_parameter() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let client = reqwest::Client::new();
    for (query, code) in [
        ("page=abc", "invalid_page"),
        ("page=0", "invalid_page"),
        ("per_page=-5", "invalid_per_page"),
        ("postcode=B15+2TT&proximity=-10", "invalid_proximity"),
        ("postcode=B15+2TT&proximity=far", "invalid_proximity"),
        ("proximity=100", "missing_postcode"),
        ("postcode=not+a+postcode", "invalid_postcode"),
        ("postcode=B15+9ZZ", "unknown_postcode"),
        ("taxonomy_term_id=food", "invalid_taxonomy_term_id"),
        ("day=someday", "invalid_day"),
        ("start_time=9am", "invalid_start_time"),
        ("modified_after=yesterday", "invalid_modified_after"),
        ("full=maybe", "invalid_full"),
        ("format=xml", "invalid_format"),
    ] {
        let response = client.get(kith.url(&format!("/api/oruk/services?{query}"))).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 400, "{query}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], code, "{query}: {body}");
        assert!(!body["error"]["message"].as_str().unwrap().is_empty());
    }
    let missing = client.get(kith.url(&format!("/api/oruk/services/{}", uuid::Uuid::new_v4()))).send().await.unwrap();
    assert_eq!(missing.status().as_u16(), 404);
    let body: Value = missing.json().await.unwrap();
    assert_eq!(body["error"]["code"], "service_not_found");
    kith.stop().await;
}

#[tokio::test]
async fn a_proximity_wider_than_fifty_kilometres_is_refused_at_once_and_names_the_bound() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let client = reqwest::Client::builder().timeout(std::time::Duration::from_secs(5)).build().unwrap();
    for list in ["services", "service_at_locations"] {
        for proximity in ["1e23", "-1e23", "1e7", "50000.5", "NaN", "inf", "1e309"] {
            let path = format!("/api/oruk/{list}?postcode=B1%201BA&proximity={proximity}");
            let response = client.get(kith.url(&path)).send().await.unwrap_or_else(|e| panic!("{path}: {e}"));
            assert_eq!(response.status().as_u16(), 400, "{path}");
            let body: Value = response.json().await.unwrap();
            assert_eq!(body["error"]["code"], "invalid_proximity", "{path}: {body}");
            assert!(body["error"]["message"].as_str().unwrap().contains("50000"), "{path}: {body}");
        }
        let widest = format!("/api/oruk/{list}?postcode=B1%201BA&proximity=50000");
        assert_eq!(client.get(kith.url(&widest)).send().await.unwrap().status().as_u16(), 200, "{widest}");
    }
    kith.stop().await;
}
