//! Open311 GeoReport v2 as a client sees it, on both stores: the service list, a trusted client's report routed
//! like any service request, its status read back (open, then closed with the notes), JSON and XML alike, no
//! personal details in what anyone can read, and errors in the standard's form.

use kith_core::accounts::Scope;
use kith_testkit::cases::{CaseFixture, fixture};
use kith_testkit::{Backend, TestApp};
use serde_json::Value;

use crate::cases::{signed_in, submit};
use crate::on_every_backend;

async fn json(kith: &TestApp, path: &str) -> (u16, Value) {
    let r = reqwest::get(kith.url(path)).await.unwrap();
    assert_eq!(r.headers()["access-control-allow-origin"], "*", "{path}");
    (r.status().as_u16(), r.json().await.unwrap())
}

async fn post(kith: &TestApp, form: &[(&str, &str)]) -> (u16, Value) {
    let r = reqwest::Client::new().post(kith.url("/open311/v2/requests.json")).form(form).send().await.unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

/// A fly-tipping report from Sam Jones behind Summer Lane, in Ladywood, without its key.
const REPORT: [(&str, &str); 8] = [
    ("service_code", "fly_tipping"),
    ("lat", "52.475425"),
    ("long", "-1.900211"),
    ("address_string", "Behind 12 Summer Lane"),
    ("description", "Mattresses and a fridge dumped\nby the garages"),
    ("first_name", "Sam"),
    ("last_name", "Jones"),
    ("email", "sam@example.org"),
];

/// Kith with the case fixture's teams and rules, and FixMyStreet's key.
async fn a_trusted_client(backend: Backend) -> (TestApp, CaseFixture, String) {
    let kith = TestApp::start(backend).await;
    let f = fixture(&kith.app, kith.store.as_ref()).await;
    let (_, key) = kith_app::open311::add_key_from_command_line(&kith.app, "FixMyStreet").await.unwrap();
    (kith, f, key)
}

/// The trusted client posts the report with its key; returns the status and the answer.
async fn report(kith: &TestApp, key: &str) -> (u16, Value) {
    let mut good = REPORT.to_vec();
    good.push(("api_key", key));
    post(kith, &good).await
}

/// The client's report, REQ-1.
async fn a_report_in(backend: Backend) -> (TestApp, CaseFixture) {
    let (kith, f, key) = a_trusted_client(backend).await;
    let (status, body) = report(&kith, &key).await;
    assert_eq!(status, 201, "the report is saved: {body}");
    (kith, f)
}

/// The report, acknowledged and resolved by Street Scene's officer, each step with the status it got.
async fn a_report_resolved(backend: Backend) -> (TestApp, Vec<u16>) {
    let (kith, f) = a_report_in(backend).await;
    let officer = signed_in(&kith, "officer@example.org", "service_officer", Scope::Organisation(f.street_scene)).await;
    let mut statuses = Vec::new();
    for action in [
        vec![("action", "acknowledge"), ("next_update", "2026-03-03")],
        vec![("action", "resolve"), ("reason", "Cleared on Tuesday")],
    ] {
        statuses.push(submit(&kith, &officer, "/cases/REQ-1", "/cases/REQ-1/state", &action).await.0);
    }
    (kith, statuses)
}

#[tokio::test]
async fn the_service_list_names_the_services_a_client_can_report_to_in_json_and_xml() {
    on_every_backend(|backend| async move {
        let (kith, _, _) = a_trusted_client(backend).await;
        let (status, services) = json(&kith, "/open311/v2/services.json").await;
        assert_eq!(status, 200);
        let codes: Vec<&str> =
            services.as_array().unwrap().iter().map(|s| s["service_code"].as_str().unwrap()).collect();
        assert!(codes.contains(&"fly_tipping") && codes.contains(&"street_light"), "{codes:?}");
        assert_eq!(services[0]["type"], "realtime");
        let xml = reqwest::get(kith.url("/open311/v2/services.xml")).await.unwrap().text().await.unwrap();
        assert!(xml.contains("<services><service><service_code>"), "{xml}");
        kith.stop().await;
    })
    .await;
}

/// One behaviour over several inputs: what a report must have, each refusal in the standard's form.
#[tokio::test]
async fn a_report_without_a_known_key_service_or_place_in_birmingham_is_refused_in_the_standards_form() {
    on_every_backend(|backend| async move {
        let (kith, _, key) = a_trusted_client(backend).await;
        let mut wrong_key = REPORT.to_vec();
        wrong_key.push(("api_key", "not-a-key"));
        let (status, body) = post(&kith, &wrong_key).await;
        assert_eq!((status, body[0]["code"].as_u64()), (403, Some(403)), "{body}");
        let (status, body) = post(&kith, &[("api_key", &key), ("lat", "52.47"), ("long", "-1.90")]).await;
        assert_eq!((status, body[0]["description"].as_str()), (400, Some("service_code is required")));
        let (status, _) =
            post(&kith, &[("api_key", &key), ("service_code", "unicorns"), ("lat", "52.47"), ("long", "-1.90")]).await;
        assert_eq!(status, 404);
        let (status, body) = post(&kith, &[("api_key", &key), ("service_code", "fly_tipping")]).await;
        assert_eq!(status, 400, "{body}");
        let (status, body) =
            post(&kith, &[("api_key", &key), ("service_code", "fly_tipping"), ("lat", "51.5"), ("long", "-0.12")])
                .await;
        assert_eq!(status, 400);
        assert!(body[0]["description"].as_str().unwrap().contains("outside Birmingham"), "{body}");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_trusted_clients_report_becomes_a_case_routed_like_any_service_request() {
    on_every_backend(|backend| async move {
        let (kith, f, key) = a_trusted_client(backend).await;
        let (status, body) = report(&kith, &key).await;
        assert_eq!(status, 201, "{body}");
        assert_eq!(body[0]["service_request_id"], "REQ-1");
        let case = kith.store.case_by_reference("REQ-1").await.unwrap().unwrap();
        assert_eq!(
            (case.team_id, case.source.as_str(), case.summary.as_str()),
            (Some(f.street_scene), "open311", "Mattresses and a fridge dumped")
        );
        let resident = kith.store.resident(case.resident_id.unwrap()).await.unwrap().unwrap();
        assert_eq!((resident.name.as_str(), resident.email.as_str()), ("Sam Jones", "sam@example.org"));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_report_reads_back_open_with_its_team_and_dates_and_no_personal_details() {
    on_every_backend(|backend| async move {
        let (kith, _) = a_report_in(backend).await;
        let (status, read) = json(&kith, "/open311/v2/requests/REQ-1.json").await;
        assert_eq!(status, 200);
        assert_eq!(read[0]["status"], "open");
        assert_eq!(read[0]["agency_responsible"], "Street Scene");
        assert_eq!(read[0]["requested_datetime"], "2026-03-02T09:00:00+00:00");
        assert_eq!(read[0]["expected_datetime"], "2026-03-10T00:00:00+00:00");
        let text = read.to_string();
        assert!(!text.contains("Sam") && !text.contains("sam@example.org"), "no personal details: {text}");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_report_the_team_resolves_reads_back_closed_with_its_notes_in_json_and_xml() {
    on_every_backend(|backend| async move {
        let (kith, statuses) = a_report_resolved(backend).await;
        for status in statuses {
            assert_eq!(status, 303);
        }
        let (_, read) = json(&kith, "/open311/v2/requests.json?status=closed").await;
        assert_eq!(read.as_array().unwrap().len(), 1);
        assert_eq!(
            (read[0]["status"].as_str(), read[0]["status_notes"].as_str()),
            (Some("closed"), Some("Cleared on Tuesday"))
        );
        let (_, open) = json(&kith, "/open311/v2/requests.json?status=open").await;
        assert_eq!(open.as_array().unwrap().len(), 0);
        let xml = reqwest::get(kith.url("/open311/v2/requests/REQ-1.xml")).await.unwrap().text().await.unwrap();
        assert!(
            xml.contains("<status>closed</status>") && xml.contains("<service_request_id>REQ-1</service_request_id>"),
            "{xml}"
        );
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_bad_query_or_an_unknown_request_is_answered_in_the_standards_form() {
    on_every_backend(|backend| async move {
        let (kith, _) = a_report_in(backend).await;
        let (status, body) = json(&kith, "/open311/v2/requests.json?start_date=yesterday").await;
        assert_eq!((status, body[0]["code"].as_u64()), (400, Some(400)));
        let (status, _) = json(&kith, "/open311/v2/requests/REQ-99.json").await;
        assert_eq!(status, 404);
        let r = reqwest::get(kith.url("/open311/v2/requests/REQ-99.xml")).await.unwrap();
        assert_eq!(r.status().as_u16(), 404);
        assert!(r.text().await.unwrap().contains("<errors><error><code>404</code>"));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn reports_arriving_together_each_get_their_own_number_and_a_bad_one_fails_alone() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        fixture(&kith.app, kith.store.as_ref()).await;
        let (_, key) = kith_app::open311::add_key_from_command_line(&kith.app, "FixMyStreet").await.unwrap();
        let report = |n: usize| {
            vec![
                ("api_key".to_owned(), key.clone()),
                ("service_code".to_owned(), "fly_tipping".to_owned()),
                ("lat".to_owned(), "52.475425".to_owned()),
                ("long".to_owned(), "-1.900211".to_owned()),
                ("description".to_owned(), format!("Report number {n}")),
                ("email".to_owned(), format!("reporter{n}@example.org")),
            ]
        };
        let client = reqwest::Client::new();
        let (status, _) =
            post(&kith, &report(0).iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>()).await;
        assert_eq!(status, 201);
        let first = kith.store.case_by_reference("REQ-1").await.unwrap().unwrap();
        let event = kith.store.case_events(first.id).await.unwrap().remove(0);

        // Forty reports at once through HTTP and, among them, five cases straight to the store that cannot be saved
        // (the first one's id again): SQLite commits creations that queue together in one transaction.
        let audit = kith_store::AuditEntry {
            id: uuid::Uuid::new_v4(),
            at: first.created_at,
            actor_id: None,
            actor: "test".into(),
            action: "case.created".into(),
            subject_kind: "case".into(),
            subject_id: String::new(),
            detail: serde_json::json!({}),
            ip: None,
        };
        let mut posts = Vec::new();
        let mut refusals = Vec::new();
        for n in 1..=40 {
            let (client, url, form) = (client.clone(), kith.url("/open311/v2/requests.json"), report(n));
            posts.push(tokio::spawn(async move {
                let r = client.post(url).form(&form).send().await.unwrap();
                let status = r.status().as_u16();
                let body: Value = r.json().await.unwrap();
                (status, body[0]["service_request_id"].as_str().unwrap_or_default().to_owned())
            }));
            if n % 8 == 0 {
                let (store, first, event, audit) = (kith.store.clone(), first.clone(), event.clone(), audit.clone());
                refusals.push(tokio::spawn(async move {
                    let again = kith_store::cases::NewCase {
                        case: &first,
                        resident: None,
                        consent: None,
                        event: &event,
                        audit: &audit,
                    };
                    store.create_case(&again).await.map(|_| ())
                }));
            }
        }
        for r in refusals {
            let refused = r.await.unwrap();
            assert!(matches!(refused, Err(kith_store::StoreError::Conflict(_))), "{refused:?}");
        }
        let mut numbers = Vec::new();
        for p in posts {
            let (status, reference) = p.await.unwrap();
            assert_eq!(status, 201, "every good report is saved whatever else was written with it");
            numbers.push(reference.trim_start_matches("REQ-").parse::<i64>().unwrap());
            assert!(kith.store.case_by_reference(&reference).await.unwrap().is_some(), "{reference} is there");
        }
        numbers.sort_unstable();
        let expected: Vec<i64> = (2..=41).collect();
        assert_eq!(numbers, expected, "one number each, none skipped, none twice");
        kith.stop().await;
    })
    .await;
}
