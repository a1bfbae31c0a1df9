//! `/api/places`: postcodes, points and wards, with stable error codes.

use kith_testkit::TestApp;
use serde_json::Value;

use crate::on_every_backend;

async fn get(kith: &TestApp, path: &str) -> (u16, Value) {
    let response = reqwest::get(kith.url(path)).await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn postcodes_are_found_however_they_are_written() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        for written in ["B15%202TT", "b152tt", "b15%20%202tt", "%20B152TT%20"] {
            let (status, body) = get(&kith, &format!("/api/places/postcodes/{written}")).await;
            assert_eq!(status, 200, "{written}: {body}");
            assert_eq!(body["postcode"], "B15 2TT");
            assert_eq!(body["ward"]["code"], "E05011134");
            assert_eq!(body["ward"]["name"], "Edgbaston");
            assert_eq!(body["in_city"], true);
        }
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn bad_postcodes_get_a_stable_code_and_a_message_that_helps() {
    let kith = TestApp::start(kith_testkit::Backend::Sqlite).await;
    let (status, body) = get(&kith, "/api/places/postcodes/not-a-postcode").await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["code"], "invalid_postcode");
    assert!(body["error"]["message"].as_str().unwrap().contains("looks like B15 2TT"), "{body}");

    let (status, body) = get(&kith, "/api/places/postcodes/B15%209ZZ").await;
    assert_eq!(status, 404);
    assert_eq!(body["error"]["code"], "postcode_not_found");
    assert!(body["error"]["message"].as_str().unwrap().contains("Check it is right"), "{body}");

    // West Bromwich is in Sandwell, not Birmingham.
    let (status, body) = get(&kith, "/api/places/postcodes/B70%206JZ").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["in_city"], false);
    assert_eq!(body["ward"], Value::Null);
    assert_eq!(body["local_authority"]["name"], "Sandwell");
    assert!(body["message"].as_str().unwrap().contains("Contact Sandwell council"), "{body}");
    kith.stop().await;
}

#[tokio::test]
async fn a_point_is_placed_in_its_ward() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        // The Library of Birmingham, Centenary Square.
        let (status, body) = get(&kith, "/api/places/locate?lat=52.4796&lng=-1.9083").await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["ward"]["name"], "Ladywood");
        // Central London is in no ward of Birmingham.
        let (status, body) = get(&kith, "/api/places/locate?lat=51.5074&lng=-0.1278").await;
        assert_eq!(status, 404);
        assert_eq!(body["error"]["code"], "ward_not_found");
        assert!(body["error"]["message"].as_str().unwrap().contains("Birmingham"), "{body}");
        for bad in ["lat=abc&lng=1", "lat=95&lng=1", "lng=1"] {
            let (status, body) = get(&kith, &format!("/api/places/locate?{bad}")).await;
            assert_eq!((status, body["error"]["code"].as_str()), (400, Some("invalid_coordinates")), "{bad}");
        }
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn wards_are_listed_and_each_has_its_boundary_as_geojson() {
    let kith = TestApp::start(kith_testkit::Backend::Sqlite).await;
    let (status, body) = get(&kith, "/api/places/wards").await;
    assert_eq!(status, 200);
    assert_eq!(body["generation"], "2022");
    assert_eq!(body["wards"].as_array().unwrap().len(), 69);

    let (status, ward) = get(&kith, "/api/places/wards/E05011151").await;
    assert_eq!(status, 200);
    assert_eq!(ward["name"], "Ladywood");
    assert!(ward["neighbourhoods"].as_array().is_some());

    let response = reqwest::get(kith.url("/api/places/wards/E05011151?format=geojson")).await.unwrap();
    assert_eq!(response.headers()["content-type"], "application/geo+json");
    let feature: Value = response.json().await.unwrap();
    assert_eq!(feature["type"], "Feature");
    assert_eq!(feature["properties"]["code"], "E05011151");
    let features = format!(r#"{{"type":"FeatureCollection","features":[{feature}]}}"#);
    let boundary = &kith_geo::read_features(&features).unwrap()[0].boundary;
    assert!(boundary.contains([-1.9083, 52.4796]), "the boundary holds the Library of Birmingham");

    let (status, body) = get(&kith, "/api/places/wards/E05099999").await;
    assert_eq!((status, body["error"]["code"].as_str()), (404, Some("ward_not_found")));
    let (status, body) = get(&kith, "/api/places/wards?generation=1999").await;
    assert_eq!((status, body["error"]["code"].as_str()), (404, Some("generation_not_found")));
    kith.stop().await;
}
