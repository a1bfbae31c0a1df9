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
const REPORT: [(&str, &str); 9] = [
    ("service_code", "fly_tipping"),
    ("attribute[what]", "furniture"),
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
            post(&kith, &[("api_key", &key), ("service_code", "pothole"), ("lat", "51.5"), ("long", "-0.12")]).await;
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
                ("attribute[what]".to_owned(), "household".to_owned()),
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

// FixMyStreet's Open311: service definitions with attributes, photos, and the service request updates extension.

/// A form as FixMyStreet's Open311 client posts it, to `path` under /open311/v2/; the status and the body.
async fn post_as_fixmystreet(kith: &TestApp, path: &str, form: &[(&str, &str)]) -> (u16, String) {
    let r = reqwest::Client::new().post(kith.url(&format!("/open311/v2/{path}"))).form(form).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

async fn text(kith: &TestApp, path: &str) -> (u16, String) {
    let r = reqwest::get(kith.url(path)).await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// The window FixMyStreet polls by default: the two hours up to now, W3C in UTC (the tests' clock stands at 09:00).
const POLL: &str = "start_date=2026-03-02T07:00:00Z&end_date=2026-03-02T11:00:00Z";

/// A resident's comment exactly as FixMyStreet posts it (its `PostServiceRequestUpdates`), with `key`.
fn comment<'a>(key: &'a str, update_id: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("jurisdiction_id", "birmingham"),
        ("api_key", key),
        ("update_id", update_id),
        ("service_request_id", "REQ-1"),
        ("updated_datetime", "2026-03-02T10:02:03+01:00"),
        ("status", "OPEN"),
        ("description", "Still there this morning, and more bags added"),
        ("first_name", "Sam"),
        ("last_name", "-"),
        ("email", "sam@example.org"),
        ("media_url", "https://www.fixmystreet.com/c/248.0.full.jpeg"),
    ]
}

#[tokio::test]
async fn the_service_list_says_which_services_ask_questions() {
    let (kith, _, _) = a_trusted_client(Backend::Sqlite).await;
    let (_, services) = json(&kith, "/open311/v2/services.json").await;
    let metadata = |code: &str| {
        services.as_array().unwrap().iter().find(|s| s["service_code"] == code).map(|s| s["metadata"].clone())
    };
    assert_eq!((metadata("fly_tipping"), metadata("pothole")), (Some(true.into()), Some(false.into())));
    kith.stop().await;
}

#[tokio::test]
async fn a_service_definition_lists_its_attributes_in_order_with_their_values() {
    on_every_backend(|backend| async move {
        let (kith, _, _) = a_trusted_client(backend).await;
        let (status, d) = json(&kith, "/open311/v2/services/fly_tipping.json").await;
        assert_eq!(status, 200, "{d}");
        assert_eq!(d["service_code"], "fly_tipping");
        let codes: Vec<&str> =
            d["attributes"].as_array().unwrap().iter().map(|a| a["code"].as_str().unwrap()).collect();
        assert_eq!(codes, ["what", "size"]);
        let what = &d["attributes"][0];
        assert_eq!((what["datatype"].as_str(), what["required"].as_bool()), (Some("singlevaluelist"), Some(true)));
        assert_eq!(what["values"][0], serde_json::json!({ "key": "household", "name": "Household rubbish" }));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_service_definition_in_xml_nests_its_attributes_as_fixmystreet_reads_them() {
    let (kith, _, _) = a_trusted_client(Backend::Sqlite).await;
    let (status, xml) = text(&kith, "/open311/v2/services/street_light.xml").await;
    assert_eq!(status, 200);
    assert!(
        xml.contains("<service_definition><service_code>street_light</service_code><attributes><attribute>"),
        "{xml}"
    );
    assert!(xml.contains("<code>fault</code><datatype>singlevaluelist</datatype><required>true</required>"), "{xml}");
    assert!(xml.contains("<order>2</order>") && xml.contains("<value><key>out</key><name>It is out</name></value>"));
    kith.stop().await;
}

#[tokio::test]
async fn a_report_without_a_required_answer_is_refused_naming_the_attribute() {
    let (kith, _, key) = a_trusted_client(Backend::Sqlite).await;
    let mut form: Vec<(&str, &str)> = REPORT.iter().filter(|(k, _)| *k != "attribute[what]").copied().collect();
    form.push(("api_key", &key));
    let (status, body) = post(&kith, &form).await;
    assert_eq!(status, 400);
    assert!(body[0]["description"].as_str().unwrap().starts_with("attribute[what]: what is required"), "{body}");
    kith.stop().await;
}

#[tokio::test]
async fn a_report_s_answers_and_photo_are_kept_on_the_case_for_staff() {
    on_every_backend(|backend| async move {
        let (kith, f, key) = a_trusted_client(backend).await;
        let mut form = REPORT.to_vec();
        form.extend([
            ("api_key", key.as_str()),
            ("attribute[size]", "van"),
            ("media_url", "https://www.fixmystreet.com/photo/1.full.jpeg"),
        ]);
        let (status, body) = post(&kith, &form).await;
        assert_eq!(status, 201, "{body}");
        let officer =
            signed_in(&kith, "officer@example.org", "service_officer", Scope::Organisation(f.street_scene)).await;
        let page = officer.get(kith.url("/cases/REQ-1")).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Furniture or mattresses") && page.contains("A van load"), "the answers in words");
        // The page escapes slashes in attributes, as its templates do everywhere.
        let page = page.replace("&#x2f;", "/");
        assert!(page.contains(r#"href="https://www.fixmystreet.com/photo/1.full.jpeg""#), "the photo");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_report_s_photo_is_read_back_with_it() {
    let (kith, _, key) = a_trusted_client(Backend::Sqlite).await;
    let mut form = REPORT.to_vec();
    form.extend([("api_key", key.as_str()), ("media_url", "https://www.fixmystreet.com/photo/1.full.jpeg")]);
    post(&kith, &form).await;
    let (_, read) = json(&kith, "/open311/v2/requests/REQ-1.json").await;
    assert_eq!(read[0]["media_url"], "https://www.fixmystreet.com/photo/1.full.jpeg");
    kith.stop().await;
}

/// A closed report's photo and answers are the reporter's own words and picture: retention clears them with its
/// other personal details.
#[tokio::test]
async fn retention_clears_a_closed_report_s_photo_and_answers() {
    on_every_backend(|backend| async move {
        let (kith, f, key) = a_trusted_client(backend).await;
        let mut form = REPORT.to_vec();
        form.extend([("api_key", key.as_str()), ("media_url", "https://www.fixmystreet.com/photo/1.full.jpeg")]);
        assert_eq!(post(&kith, &form).await.0, 201);
        let officer =
            signed_in(&kith, "officer@example.org", "service_officer", Scope::Organisation(f.street_scene)).await;
        for action in [
            vec![("action", "acknowledge"), ("next_update", "2026-03-03")],
            vec![("action", "resolve"), ("reason", "Cleared on Tuesday")],
            vec![("action", "close")],
        ] {
            assert_eq!(submit(&kith, &officer, "/cases/REQ-1", "/cases/REQ-1/state", &action).await.0, 303);
        }
        kith.clock.advance(chrono::Duration::days(731));
        assert_eq!(kith_jobs::sweep(&kith.app).await.unwrap().cases.redacted, 1);
        let case = kith.store.case_by_reference("REQ-1").await.unwrap().unwrap();
        assert_eq!((case.media_url.as_str(), case.answers.len()), ("", 0));
        let (_, read) = json(&kith, "/open311/v2/requests/REQ-1.json").await;
        assert_eq!(read[0]["media_url"], "", "{read}");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_photo_address_that_is_not_a_web_address_is_refused() {
    let (kith, _, key) = a_trusted_client(Backend::Sqlite).await;
    let mut form = REPORT.to_vec();
    form.extend([("api_key", key.as_str()), ("media_url", "javascript:alert(1)")]);
    let (status, body) = post(&kith, &form).await;
    assert_eq!(status, 400);
    assert!(body[0]["description"].as_str().unwrap().starts_with("media_url must be"), "{body}");
    kith.stop().await;
}

#[tokio::test]
async fn a_jurisdiction_id_is_accepted_when_reading_and_reporting() {
    let (kith, _, key) = a_trusted_client(Backend::Sqlite).await;
    let mut form = REPORT.to_vec();
    form.extend([("api_key", key.as_str()), ("jurisdiction_id", "birmingham")]);
    assert_eq!(post(&kith, &form).await.0, 201);
    let (status, read) = json(&kith, "/open311/v2/requests.json?jurisdiction_id=birmingham").await;
    assert_eq!((status, read.as_array().unwrap().len()), (200, 1));
    kith.stop().await;
}

#[tokio::test]
async fn a_poll_for_updates_lists_each_change_of_state_with_fixmystreet_s_status() {
    on_every_backend(|backend| async move {
        let (kith, _) = a_report_resolved(backend).await;
        let (status, updates) = json(&kith, &format!("/open311/v2/servicerequestupdates.json?{POLL}")).await;
        assert_eq!(status, 200, "{updates}");
        let seen: Vec<(&str, &str, &str)> = updates
            .as_array()
            .unwrap()
            .iter()
            .map(|u| {
                (
                    u["service_request_id"].as_str().unwrap(),
                    u["status"].as_str().unwrap(),
                    u["external_status_code"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(seen, [("REQ-1", "investigating", "acknowledged"), ("REQ-1", "fixed", "resolved")]);
        assert_eq!(updates[1]["description"], "Cleared on Tuesday");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn each_update_keeps_its_id_from_one_poll_to_the_next() {
    let (kith, _) = a_report_resolved(Backend::Sqlite).await;
    let path = format!("/open311/v2/servicerequestupdates.json?{POLL}");
    let ids = |v: Value| v.as_array().unwrap().iter().map(|u| u["update_id"].to_string()).collect::<Vec<_>>();
    let first = ids(json(&kith, &path).await.1);
    assert_eq!(first, ids(json(&kith, &path).await.1));
    assert!(first.iter().all(|id| id.len() > 2));
    kith.stop().await;
}

#[tokio::test]
async fn a_poll_in_xml_has_the_shape_fixmystreet_parses() {
    let (kith, _) = a_report_resolved(Backend::Sqlite).await;
    let (status, xml) = text(&kith, &format!("/open311/v2/servicerequestupdates.xml?api_key=&{POLL}")).await;
    assert_eq!(status, 200);
    assert!(xml.contains("<service_request_updates><request_update><update_id>"), "{xml}");
    assert!(xml.contains("<service_request_id>REQ-1</service_request_id><status>investigating</status>"), "{xml}");
    assert!(xml.contains("<updated_datetime>2026-03-02T09:00:00+00:00</updated_datetime>"), "{xml}");
    kith.stop().await;
}

#[tokio::test]
async fn a_poll_lists_a_note_shared_with_the_reporter_and_never_a_private_one() {
    let (kith, f) = a_report_in(Backend::Sqlite).await;
    let officer = signed_in(&kith, "officer@example.org", "service_officer", Scope::Organisation(f.street_scene)).await;
    let path = "/cases/REQ-1/notes";
    submit(&kith, &officer, "/cases/REQ-1", path, &[("note", "Crew booked for Thursday"), ("shared", "yes")]).await;
    submit(&kith, &officer, "/cases/REQ-1", path, &[("note", "Resident is a known complainer"), ("shared", "")]).await;
    let (_, updates) = json(&kith, &format!("/open311/v2/servicerequestupdates.json?{POLL}")).await;
    let said: Vec<&str> = updates.as_array().unwrap().iter().map(|u| u["description"].as_str().unwrap()).collect();
    assert_eq!(said, ["Crew booked for Thursday"]);
    kith.stop().await;
}

#[tokio::test]
async fn a_poll_lists_only_the_updates_inside_its_window() {
    let (kith, _) = a_report_resolved(Backend::Sqlite).await;
    let later = "start_date=2026-03-02T10:00:00Z&end_date=2026-03-02T12:00:00Z";
    let (status, updates) = json(&kith, &format!("/open311/v2/servicerequestupdates.json?{later}")).await;
    assert_eq!((status, updates.as_array().unwrap().len()), (200, 0));
    kith.stop().await;
}

/// One behaviour over several inputs: a window that is backwards, too long or not a date is refused.
#[tokio::test]
async fn a_poll_with_a_window_backwards_too_long_or_unreadable_is_refused_in_the_standards_form() {
    let (kith, _, _) = a_trusted_client(Backend::Sqlite).await;
    for query in [
        "start_date=2026-03-02T11:00:00Z&end_date=2026-03-02T07:00:00Z",
        "start_date=2026-01-01T00:00:00Z&end_date=2026-03-02T07:00:00Z",
        "start_date=yesterday",
    ] {
        let (status, body) = json(&kith, &format!("/open311/v2/servicerequestupdates.json?{query}")).await;
        assert_eq!((status, body[0]["code"].as_u64()), (400, Some(400)), "{query}: {body}");
    }
    kith.stop().await;
}

#[tokio::test]
async fn a_residents_comment_from_fixmystreet_joins_the_case_timeline_shared() {
    on_every_backend(|backend| async move {
        let (kith, f, key) = a_trusted_client(backend).await;
        report(&kith, &key).await;
        let (status, xml) = post_as_fixmystreet(&kith, "servicerequestupdates.xml", &comment(&key, "248")).await;
        assert_eq!(status, 200, "{xml}");
        assert!(xml.contains("<service_request_updates><request_update><update_id>"), "{xml}");
        let case = kith.store.case_by_reference("REQ-1").await.unwrap().unwrap();
        let events = kith.store.case_events(case.id).await.unwrap();
        let kept = events.iter().find(|e| e.action == "open311_update").expect("the comment is on the timeline");
        assert!(kept.shared && kept.note.starts_with("Sam: Still there this morning"), "{kept:?}");
        assert!(xml.contains(&format!("<update_id>{}</update_id>", kept.id)), "{xml}");
        let officer =
            signed_in(&kith, "officer@example.org", "service_officer", Scope::Organisation(f.street_scene)).await;
        let page = officer.get(kith.url("/cases/REQ-1")).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Still there this morning"), "staff see it on the case");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_same_comment_posted_twice_is_kept_once_under_one_id() {
    let (kith, _, key) = a_trusted_client(Backend::Sqlite).await;
    report(&kith, &key).await;
    let (_, first) = post_as_fixmystreet(&kith, "servicerequestupdates.xml", &comment(&key, "248")).await;
    let (_, again) = post_as_fixmystreet(&kith, "servicerequestupdates.xml", &comment(&key, "248")).await;
    assert_eq!(first, again);
    let case = kith.store.case_by_reference("REQ-1").await.unwrap().unwrap();
    let kept = kith.store.case_events(case.id).await.unwrap().iter().filter(|e| e.action == "open311_update").count();
    assert_eq!(kept, 1);
    kith.stop().await;
}

#[tokio::test]
async fn a_comment_is_not_sent_back_to_the_client_that_posted_it() {
    let (kith, _, key) = a_trusted_client(Backend::Sqlite).await;
    report(&kith, &key).await;
    post_as_fixmystreet(&kith, "servicerequestupdates.xml", &comment(&key, "248")).await;
    let (_, updates) = json(&kith, &format!("/open311/v2/servicerequestupdates.json?{POLL}")).await;
    assert_eq!(updates.as_array().unwrap().len(), 0, "{updates}");
    kith.stop().await;
}

#[tokio::test]
async fn a_comment_for_an_unknown_request_is_refused_in_the_standards_form() {
    let (kith, _, key) = a_trusted_client(Backend::Sqlite).await;
    let (status, xml) = post_as_fixmystreet(&kith, "servicerequestupdates.xml", &comment(&key, "248")).await;
    assert_eq!(status, 404);
    assert!(
        xml.contains("<errors><error><code>404</code><description>service_request_id REQ-1 was not found"),
        "{xml}"
    );
    kith.stop().await;
}

#[tokio::test]
async fn a_comment_without_a_valid_key_is_refused_in_the_standards_form() {
    let (kith, _, key) = a_trusted_client(Backend::Sqlite).await;
    report(&kith, &key).await;
    let (status, xml) = post_as_fixmystreet(&kith, "servicerequestupdates.xml", &comment("", "248")).await;
    assert_eq!(status, 403);
    assert!(xml.contains("<errors><error><code>403</code>"), "{xml}");
    kith.stop().await;
}

#[tokio::test]
async fn a_report_posted_exactly_as_fixmystreet_sends_it_is_taken() {
    let (kith, _, key) = a_trusted_client(Backend::Sqlite).await;
    let description = "title: Fly-tipping behind the garages\n\ndetail: Mattresses and a fridge\n\nurl: \
                       https://www.fixmystreet.com/report/123\n\nSubmitted via FixMyStreet\n";
    let form = [
        ("jurisdiction_id", "birmingham"),
        ("api_key", key.as_str()),
        ("service_code", "fly_tipping"),
        ("description", description),
        ("lat", "52.475425"),
        ("long", "-1.900211"),
        ("first_name", "Sam"),
        ("last_name", "Jones"),
        ("email", "sam@example.org"),
        ("media_url", "https://www.fixmystreet.com/photo/123.0.full.jpeg"),
        ("attribute[what]", "white_goods"),
        ("attribute[size]", ""),
    ];
    let (status, xml) = post_as_fixmystreet(&kith, "requests.xml", &form).await;
    assert_eq!(status, 201, "{xml}");
    assert!(xml.contains("<service_requests><request><service_request_id>REQ-1</service_request_id>"), "{xml}");
    let case = kith.store.case_by_reference("REQ-1").await.unwrap().unwrap();
    assert_eq!(case.answers.into_iter().collect::<Vec<_>>(), [("what".to_owned(), "white_goods".to_owned())]);
    kith.stop().await;
}

/// The `georeport` client from PyPI, as a council's partner would use it, reading through `script` (off the
/// runtime's thread, which serves Kith meanwhile).
async fn georeport(kith: &TestApp, script: &str) -> String {
    let program = format!(
        "from georeport import GeoReport\nc = GeoReport(root_address={root:?}, jurisdiction='birmingham', output_format='json')\n{script}",
        root = kith.url("/open311/v2")
    );
    let out =
        tokio::task::spawn_blocking(move || std::process::Command::new("python3").args(["-c", &program]).output())
            .await
            .unwrap()
            .expect("python3 runs");
    assert!(out.status.success(), "georeport: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn georeport_is_installed() -> bool {
    let found = std::process::Command::new("python3")
        .args(["-c", "import georeport"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(found || std::env::var("CI").is_err(), "CI must have georeport (pip install georeport)");
    found
}

#[tokio::test]
async fn the_georeport_client_reads_the_services_and_a_definition() {
    if !georeport_is_installed() {
        return;
    }
    let (kith, _, _) = a_trusted_client(Backend::Sqlite).await;
    let said = georeport(
        &kith,
        "s = c.get_service_list()\nd = c.get_service_definition('fly_tipping')\n\
         print(len(s), [a['code'] for a in d['attributes']])",
    )
    .await;
    assert_eq!(said, "6 ['what', 'size']");
    kith.stop().await;
}

#[tokio::test]
async fn the_georeport_client_reads_a_report_back() {
    if !georeport_is_installed() {
        return;
    }
    let (kith, _) = a_report_in(Backend::Sqlite).await;
    let said = georeport(&kith, "r = c.get_service_request('REQ-1')\nprint(r['service_code'], r['status'])").await;
    assert_eq!(said, "fly_tipping open");
    kith.stop().await;
}
