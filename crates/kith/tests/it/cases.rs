//! Cases through the real pages on both stores: raising an enquiry routes it by its ward, the people it concerns see
//! it (and only those who need them see the resident's details), every view is audited, the state machine refuses
//! what it does not allow with a message naming the state, the clock pauses while a case waits, and bad input is
//! shown field by field with nothing saved.

use kith_core::accounts::Scope;
use kith_core::places::WardCode;
use kith_store::audit::AuditQuery;
use kith_testkit::cases::{ACOCKS_GREEN, ACOCKS_GREEN_POSTCODE, CaseFixture, LADYWOOD_POSTCODE, fixture};
use kith_testkit::directory::LADYWOOD;
use kith_testkit::html::{csrf_token, error_summary, strip_tags};
use kith_testkit::{Backend, TestApp};

use crate::on_every_backend;

pub const PASSWORD: &str = "a long enough test password";

pub async fn signed_in(kith: &TestApp, email: &str, role: &str, scope: Scope) -> reqwest::Client {
    kith.add_user(email, PASSWORD, role, scope).await;
    let client = kith.client();
    let signed = kith.sign_in(&client, email, PASSWORD).await;
    assert_eq!(signed.status().as_u16(), 303, "{email} signs in");
    client
}

pub async fn get(kith: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let r = client.get(kith.url(path)).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// Submits a form found on `page` to `action`, with its CSRF token; returns the status, the redirect and the body.
pub async fn submit(
    kith: &TestApp,
    client: &reqwest::Client,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> (u16, String, String) {
    let (_, html) = get(kith, client, page).await;
    let csrf = csrf_token(&html);
    let mut form: Vec<(&str, &str)> = vec![("csrf_token", csrf.as_str())];
    form.extend_from_slice(fields);
    let r = client.post(kith.url(action)).form(&form).send().await.unwrap();
    let location = r.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_owned();
    (r.status().as_u16(), location, r.text().await.unwrap())
}

fn ward(code: &str) -> WardCode {
    WardCode::parse(code).unwrap()
}

fn enquiry<'a>(category: &'a str, postcode: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("kind", "member_enquiry"),
        ("category", category),
        ("summary", "Bins not collected for three weeks"),
        ("description", "Mrs Okafor's street has been missed since March."),
        ("postcode", postcode),
        ("place", "Summer Lane"),
        ("resident_name", "Grace Okafor"),
        ("resident_email", "grace@example.org"),
        ("resident_phone", "0121 496 0000"),
        ("resident_address", "12 Summer Lane"),
        ("preferred_contact", "phone"),
        ("language", "en"),
    ]
}

struct Set {
    kith: TestApp,
    f: CaseFixture,
    councillor: reqwest::Client,
}

async fn setup(backend: Backend) -> Set {
    // Sessions outlast the weeks these tests move the clock through.
    let settings = kith_app::Settings { session_length: chrono::Duration::days(90), ..Default::default() };
    let kith = TestApp::start_with(backend, settings, kith_web::WebSettings::default()).await;
    let f = fixture(&kith.app).await;
    let councillor = signed_in(&kith, "cllr@example.org", "councillor", Scope::Ward(ward(LADYWOOD))).await;
    Set { kith, f, councillor }
}

async fn raise(s: &Set, fields: &[(&str, &str)]) -> String {
    let (status, location, body) =
        submit(&s.kith, &s.councillor, "/cases/new?kind=member_enquiry", "/cases/new", fields).await;
    assert_eq!(status, 303, "the case is raised: {:?}", error_summary(&body));
    location.trim_start_matches("/cases/").to_owned()
}

#[tokio::test]
async fn an_enquiry_is_routed_by_its_ward_and_seen_only_by_those_it_concerns() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let reference = raise(&s, &enquiry("waste", LADYWOOD_POSTCODE)).await;
        assert_eq!(reference, "ENQ-1");
        let case = s.kith.app.store.case_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(case.team_id, Some(s.f.ladywood_waste), "Ladywood's own rule beats the city's");
        assert_eq!(case.ward_code, LADYWOOD);

        // A Ladywood councillor cannot raise casework in Acocks Green.
        let (status, _, body) = submit(
            &s.kith,
            &s.councillor,
            "/cases/new?kind=member_enquiry",
            "/cases/new",
            &enquiry("waste", ACOCKS_GREEN_POSTCODE),
        )
        .await;
        assert_eq!(status, 422);
        assert_eq!(
            error_summary(&body),
            vec!["You can raise cases only in your own wards: Acocks Green is not one of them"]
        );

        // The team's officer works it and sees the resident.
        let officer =
            signed_in(&s.kith, "officer@example.org", "service_officer", Scope::Organisation(s.f.ladywood_waste)).await;
        let (_, queue) = get(&s.kith, &officer, "/cases").await;
        assert!(strip_tags(&queue).contains("ENQ-1"), "the team's queue lists it");
        let (status, page) = get(&s.kith, &officer, "/cases/ENQ-1").await;
        assert_eq!(status, 200);
        assert!(page.contains("Grace Okafor") && page.contains("0121 496 0000"), "the officer sees the resident");

        // A coordinator whose patch holds Ladywood sees the case but not the resident's details.
        let patch = s
            .kith
            .app
            .places()
            .neighbourhoods_of(&ward(LADYWOOD))
            .into_iter()
            .find(|n| n.kind == "Coordinator patch")
            .map(|n| n.id)
            .unwrap();
        let coordinator = signed_in(&s.kith, "nac@example.org", "coordinator", Scope::Neighbourhood(patch)).await;
        let (status, page) = get(&s.kith, &coordinator, "/cases/enq-1").await;
        assert_eq!(status, 200, "references are read forgivingly");
        assert!(
            !page.contains("Grace Okafor") && !page.contains("0121 496 0000"),
            "no personal details for the coordinator"
        );
        assert!(page.contains("shown only to the people working the case"));

        // The councillor who raised it sees it all; a councillor for another ward sees nothing.
        let (_, page) = get(&s.kith, &s.councillor, "/cases/ENQ-1").await;
        assert!(page.contains("Grace Okafor"));
        let stranger = signed_in(&s.kith, "cllr2@example.org", "councillor", Scope::Ward(ward(ACOCKS_GREEN))).await;
        let (status, _) = get(&s.kith, &stranger, "/cases/ENQ-1").await;
        assert_eq!(status, 403);
        let (_, queue) = get(&s.kith, &stranger, "/cases").await;
        assert!(!strip_tags(&queue).contains("ENQ-1"));

        // Every view, and the refusal, left an audit row saying whether personal details were shown.
        let views = s
            .kith
            .app
            .store
            .audit_events(&AuditQuery { subject_id: Some("ENQ-1".into()), limit: 100, ..Default::default() })
            .await
            .unwrap();
        let viewed: Vec<(String, bool)> = views
            .iter()
            .filter(|v| v.action == "case.viewed")
            .map(|v| (v.actor.clone(), v.detail["personal_details_shown"].as_bool().unwrap()))
            .collect();
        assert!(viewed.contains(&("officer@example.org".into(), true)), "{viewed:?}");
        assert!(viewed.contains(&("nac@example.org".into(), false)), "{viewed:?}");
        assert!(viewed.contains(&("cllr@example.org".into(), true)), "{viewed:?}");
        assert!(views.iter().any(|v| v.action == "case.view_refused" && v.actor == "cllr2@example.org"));
        assert!(views.iter().any(|v| v.action == "case.created"));
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_case_moves_through_the_state_machine_and_its_clock_pauses_while_it_waits() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let reference = raise(&s, &enquiry("housing", LADYWOOD_POSTCODE)).await;
        let officer =
            signed_in(&s.kith, "officer@example.org", "service_officer", Scope::Organisation(s.f.housing)).await;
        let page = format!("/cases/{reference}");
        let action = format!("/cases/{reference}/state");
        let version = |n: i32| n.to_string();

        // Raised Monday 2 March 2026 at 9am: acknowledge by Wednesday, resolve in 10 working days (Monday 16th).
        let case = s.kith.app.store.case_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(case.team_id, Some(s.f.housing));
        assert_eq!(case.clocks.resolve_due_at.unwrap().to_rfc3339(), "2026-03-17T00:00:00+00:00");

        // Resolving something not yet acknowledged is refused, naming the state.
        let (status, _, body) = submit(
            &s.kith,
            &officer,
            &page,
            &action,
            &[("action", "resolve"), ("version", &version(1)), ("reason", "Done")],
        )
        .await;
        assert_eq!(status, 422);
        assert_eq!(error_summary(&body), vec!["This case is new, so it cannot be resolved"]);

        let (status, _, body) = submit(
            &s.kith,
            &officer,
            &page,
            &action,
            &[("action", "acknowledge"), ("version", &version(1)), ("next_update", "")],
        )
        .await;
        assert_eq!(
            (status, error_summary(&body)),
            (422, vec!["Enter the date of the next update, like 2026-03-27".to_owned()])
        );
        let (status, _, _) = submit(
            &s.kith,
            &officer,
            &page,
            &action,
            &[("action", "acknowledge"), ("version", &version(1)), ("next_update", "2026-03-09")],
        )
        .await;
        assert_eq!(status, 303);

        // A change made from a stale page is refused rather than overwriting.
        let (status, _, body) =
            submit(&s.kith, &officer, &page, &action, &[("action", "start"), ("version", &version(1))]).await;
        assert_eq!(status, 422);
        assert!(error_summary(&body)[0].contains("changed by someone else"), "{:?}", error_summary(&body));

        // Waiting from Tuesday to the next Tuesday pauses the clock for five working days.
        s.kith.clock.advance(chrono::Duration::days(1));
        let (status, _, _) = submit(
            &s.kith,
            &officer,
            &page,
            &action,
            &[
                ("action", "wait"),
                ("version", &version(2)),
                ("waiting_on", "resident"),
                ("reason", "Photos of the damp"),
            ],
        )
        .await;
        assert_eq!(status, 303);
        assert_eq!(
            s.kith.app.store.case_by_reference(&reference).await.unwrap().unwrap().due_at,
            None,
            "a paused case is not due"
        );
        s.kith.clock.advance(chrono::Duration::days(7));
        let (status, _, _) =
            submit(&s.kith, &officer, &page, &action, &[("action", "resume"), ("version", &version(3))]).await;
        assert_eq!(status, 303);
        let case = s.kith.app.store.case_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(case.clocks.resolve_due_at.unwrap().to_rfc3339(), "2026-03-24T00:00:00+00:00");
        assert_eq!(case.due_at, case.clocks.resolve_due_at);

        // Notes: an internal one the councillor does not see, a shared one they do.
        let notes = format!("/cases/{reference}/notes");
        submit(&s.kith, &officer, &page, &notes, &[("note", "Landlord is difficult")]).await;
        submit(&s.kith, &officer, &page, &notes, &[("note", "Surveyor booked for Friday"), ("shared", "yes")]).await;
        let (_, seen) = get(&s.kith, &s.councillor, &page).await;
        assert!(seen.contains("Surveyor booked for Friday") && !seen.contains("Landlord is difficult"));
        let (_, seen) = get(&s.kith, &officer, &page).await;
        assert!(seen.contains("Landlord is difficult"));

        let (status, _, _) = submit(
            &s.kith,
            &officer,
            &page,
            &action,
            &[("action", "resolve"), ("version", &version(4)), ("reason", "Damp treated")],
        )
        .await;
        assert_eq!(status, 303);
        let (status, _, _) =
            submit(&s.kith, &officer, &page, &action, &[("action", "close"), ("version", &version(5))]).await;
        assert_eq!(status, 303);

        // The councillor cannot work the case, but a reply within five working days of closing reopens it.
        let (status, _, _) =
            submit(&s.kith, &s.councillor, &page, &action, &[("action", "start"), ("version", &version(6))]).await;
        assert_eq!(status, 403);
        s.kith.clock.advance(chrono::Duration::days(2));
        let (status, _, _) = submit(&s.kith, &s.councillor, &page, &notes, &[("note", "The damp is back")]).await;
        assert_eq!(status, 303);
        let case = s.kith.app.store.case_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(case.state, kith_core::cases::CaseState::Reopened);
        let events = s.kith.app.store.case_events(case.id).await.unwrap();
        let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["created", "acknowledge", "wait", "resume", "note", "note", "resolve", "close", "reopen"]);
        assert!(events.iter().all(|e| !e.actor.is_empty()), "every entry says who");
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_case_without_a_category_or_a_place_is_refused_field_by_field_and_nothing_is_saved() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let mut fields = enquiry("", "");
        fields.retain(|(k, _)| *k != "resident_name" && *k != "resident_email");
        fields.push(("resident_email", "not an email"));
        let (status, _, body) =
            submit(&s.kith, &s.councillor, "/cases/new?kind=member_enquiry", "/cases/new", &fields).await;
        assert_eq!(status, 422);
        assert_eq!(
            error_summary(&body),
            vec![
                "Choose a category",
                "Enter the postcode of the place, or choose its ward",
                "Enter the resident's name",
                "Enter an email address in the correct format, like name@example.com",
            ]
        );
        let (status, _, body) = submit(
            &s.kith,
            &s.councillor,
            "/cases/new?kind=member_enquiry",
            "/cases/new",
            &enquiry("waste", "CV1 1AA"),
        )
        .await;
        assert_eq!(status, 422);
        assert_eq!(error_summary(&body), vec!["We do not know the postcode CV1 1AA: check it"]);
        let (rows, total) = s
            .kith
            .app
            .store
            .queue(&kith_store::cases::QueueQuery {
                reach: kith_store::cases::Reach { everything: true, ..Default::default() },
                limit: 10,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!((rows.len(), total), (0, 0), "nothing half-saved");
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn what_no_rule_covers_waits_in_the_triage_queue_and_rules_are_checked_when_saved() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let reference = raise(&s, &enquiry("highways", LADYWOOD_POSTCODE)).await;
        let triage = signed_in(&s.kith, "triage@example.org", "triage_worker", Scope::City).await;
        let (_, queue) = get(&s.kith, &triage, "/cases?show=triage").await;
        assert!(strip_tags(&queue).contains(&reference), "unrouted: in triage");
        let officer =
            signed_in(&s.kith, "officer@example.org", "service_officer", Scope::Organisation(s.f.street_scene)).await;
        let (status, _) = get(&s.kith, &officer, "/cases?show=triage").await;
        assert_eq!(status, 403, "only triage workers see the triage queue");

        // Triage routes it by hand: a transfer to a team.
        let page = format!("/cases/{reference}");
        let team = s.f.street_scene.to_string();
        let (status, _, body) = submit(
            &s.kith,
            &triage,
            &page,
            &format!("{page}/state"),
            &[("action", "transfer"), ("team", &team), ("reason", "Potholes are Street Scene's")],
        )
        .await;
        assert_eq!(status, 303, "{:?}", error_summary(&body));
        let (_, queue) = get(&s.kith, &officer, "/cases").await;
        assert!(strip_tags(&queue).contains(&reference));

        // An administrator's rule naming an unknown person is refused when it is saved.
        let admin = signed_in(&s.kith, "admin@example.org", "administrator", Scope::City).await;
        let (status, _, body) = submit(
            &s.kith,
            &admin,
            "/admin/cases/routing",
            "/admin/cases/routing",
            &[
                ("kind", "member_enquiry"),
                ("category", "highways"),
                ("area", "city"),
                ("team", &team),
                ("owner", "nobody@example.org"),
            ],
        )
        .await;
        assert_eq!(status, 422);
        assert_eq!(error_summary(&body), vec!["No account has the email nobody@example.org"]);
        let (status, _, _) = submit(
            &s.kith,
            &admin,
            "/admin/cases/routing",
            "/admin/cases/routing",
            &[
                ("kind", "member_enquiry"),
                ("category", "highways"),
                ("area", "city"),
                ("team", &team),
                ("owner", "officer@example.org"),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let (_, rules) = get(&s.kith, &admin, "/admin/cases/routing").await;
        assert!(
            strip_tags(&rules).contains("officer@example.org") && rules.contains("routing_rule.added"),
            "the rule and its history"
        );
        let next = raise(&s, &enquiry("highways", LADYWOOD_POSTCODE)).await;
        let case = s.kith.app.store.case_by_reference(&next).await.unwrap().unwrap();
        assert_eq!(case.team_id, Some(s.f.street_scene));
        assert!(case.owner_id.is_some(), "the rule's owner owns it");
        let (status, _) = get(&s.kith, &s.councillor, "/admin/cases/routing").await;
        assert_eq!(status, 403);
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_referral_goes_with_consent_to_a_service_that_is_taking_them_and_its_outcome_back_to_the_referrer() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let d = kith_testkit::directory::fixture(&s.kith.app).await;
        let link = signed_in(&s.kith, "link@example.org", "link_worker", Scope::City).await;
        let member =
            signed_in(&s.kith, "member@example.org", "community_member", Scope::Organisation(d.organisation)).await;

        // Triage finds the food bank by need, near the resident, in Somali.
        let need = d.food.to_string();
        let (status, found) =
            get(&s.kith, &link, &format!("/cases/triage?need={need}&postcode=B11+1AA&language=so")).await;
        assert_eq!(status, 200);
        let text = strip_tags(&found);
        assert!(text.contains("Sparkbrook Food Bank") && text.contains("Taking referrals"), "{text}");
        assert!(!text.contains("Ladywood Lunch Club"));

        // The organisation says it has a waiting list; triage shows it. Then it stops taking referrals.
        let bank = d.food_bank.to_string();
        let (status, _, _) = submit(
            &s.kith,
            &member,
            "/cases/capacity",
            "/cases/capacity",
            &[("service", &bank), ("capacity", "waiting_list"), ("note", "About two weeks")],
        )
        .await;
        assert_eq!(status, 303);
        let (_, found) = get(&s.kith, &link, &format!("/cases/triage?need={need}")).await;
        assert!(strip_tags(&found).contains("Waiting list") && found.contains("About two weeks"));
        submit(
            &s.kith,
            &member,
            "/cases/capacity",
            "/cases/capacity",
            &[("service", &bank), ("capacity", "not_accepting")],
        )
        .await;
        let new = format!("/cases/new?kind=referral&service={bank}");
        let referral = |consent: &'static str| {
            let bank = bank.clone();
            move || {
                vec![
                    ("kind", "referral".to_owned()),
                    ("category", "food".to_owned()),
                    ("summary", "Needs food this week".to_owned()),
                    ("postcode", "B11 1AA".to_owned()),
                    ("service", bank.clone()),
                    ("resident_name", "Amina Hassan".to_owned()),
                    ("resident_phone", "0121 496 0999".to_owned()),
                    ("resident_address", "3 Ladypool Road".to_owned()),
                    ("preferred_contact", "phone".to_owned()),
                    ("consent", consent.to_owned()),
                    ("consent_may_share", "name and phone".to_owned()),
                    ("consent_method", "verbal".to_owned()),
                ]
            }
        };
        let fields = referral("yes")();
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, _, body) = submit(&s.kith, &link, &new, "/cases/new", &fields).await;
        assert_eq!(status, 422);
        assert_eq!(error_summary(&body), vec!["Sparkbrook Food Bank is not taking referrals at the moment"]);
        submit(
            &s.kith,
            &member,
            "/cases/capacity",
            "/cases/capacity",
            &[("service", &bank), ("capacity", "accepting")],
        )
        .await;
        let unconsented = referral("")();
        let unconsented: Vec<(&str, &str)> = unconsented.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, _, body) = submit(&s.kith, &link, &new, "/cases/new", &unconsented).await;
        assert_eq!(
            (status, error_summary(&body)),
            (422, vec!["Record that the resident agrees to the referral before making it".to_owned()])
        );
        let (status, location, _) = submit(&s.kith, &link, &new, "/cases/new", &fields).await;
        assert_eq!((status, location.as_str()), (303, "/cases/REF-1"));

        // The organisation sees the referral and what the resident agreed to share, not their address.
        let (_, queue) = get(&s.kith, &member, "/cases").await;
        assert!(strip_tags(&queue).contains("REF-1"));
        let (status, page) = get(&s.kith, &member, "/cases/REF-1").await;
        assert_eq!(status, 200);
        assert!(page.contains("Name: Amina Hassan") && page.contains("Phone: 0121 496 0999"), "the consented details");
        assert!(!page.contains("3 Ladypool Road"), "not the address, which was not agreed");
        let consents = s
            .kith
            .app
            .store
            .consents(s.kith.app.store.case_by_reference("REF-1").await.unwrap().unwrap().id)
            .await
            .unwrap();
        assert_eq!(consents.len(), 1);
        assert_eq!((consents[0].given_to.as_str(), consents[0].method.as_str()), ("Test Neighbours", "verbal"));

        // It accepts, then records the outcome; the link worker sees both and the figures count it.
        s.kith.clock.advance(chrono::Duration::days(1));
        for action in [
            vec![("action", "accept")],
            vec![("action", "record_outcome"), ("reason", "Parcel collected; debt advice booked")],
        ] {
            let (status, _, body) = submit(&s.kith, &member, "/cases/REF-1", "/cases/REF-1/state", &action).await;
            assert_eq!(status, 303, "{:?}", error_summary(&body));
        }
        let (_, page) = get(&s.kith, &link, "/cases/REF-1").await;
        assert!(
            page.contains("Parcel collected; debt advice booked") && page.contains("3 Ladypool Road"),
            "the referrer sees all"
        );
        let (_, figures) = get(&s.kith, &link, "/cases/referrals").await;
        assert!(figures.contains("Sparkbrook Food Bank"), "{}", strip_tags(&figures));
        let f = kith_app::cases::referrals::figures(&s.kith.app, &[d.food_bank]).await.unwrap()[&d.food_bank];
        assert_eq!((f.referrals, f.accepted, f.declined, f.median_days_to_respond), (1, 1, 0, Some(1)));
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_wards_service_standards_show_their_measured_performance_with_small_counts_suppressed() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let officer =
            signed_in(&s.kith, "officer@example.org", "service_officer", Scope::Organisation(s.f.housing)).await;
        let admin = signed_in(&s.kith, "admin@example.org", "administrator", Scope::City).await;
        let publish = |title: &'static str, target: &'static str, series: Option<String>| {
            let mut fields = vec![
                ("title", title.to_owned()),
                ("ward", String::new()),
                ("kind", "member_enquiry".to_owned()),
                ("measure", "resolved_within_target".to_owned()),
                ("target_percent", target.to_owned()),
                ("period", "month".to_owned()),
            ];
            if let Some(series) = series {
                fields.push(("series", series));
            }
            fields
        };
        let as_refs = |v: &Vec<(&'static str, String)>| v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
        let bad = as_refs(&publish("", "150", None));
        let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, _, body) =
            submit(&s.kith, &admin, "/admin/cases/agreements", "/admin/cases/agreements", &bad).await;
        assert_eq!(status, 422);
        assert_eq!(
            error_summary(&body),
            vec!["Enter the standard as residents will read it", "Enter the target as a percentage from 1 to 100"]
        );
        let good = as_refs(&publish("80% of member enquiries resolved within their target", "80", None));
        let good: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, _, _) = submit(&s.kith, &admin, "/admin/cases/agreements", "/admin/cases/agreements", &good).await;
        assert_eq!(status, 303);

        // Looked at before any case: the standings are kept, and forgotten when a case of the ward changes.
        let (_, page) = get(&s.kith, &s.kith.client(), &format!("/wards/{LADYWOOD}/agreements")).await;
        assert!(strip_tags(&page).contains("Too few cases yet"), "{}", strip_tags(&page));

        // Six enquiries in March: five resolved the same day, one left to go overdue.
        for i in 0..6 {
            let reference = raise(&s, &enquiry("housing", LADYWOOD_POSTCODE)).await;
            if i < 5 {
                let page = format!("/cases/{reference}");
                for action in [
                    vec![("action", "acknowledge"), ("next_update", "2026-03-03")],
                    vec![("action", "resolve"), ("reason", "Fixed")],
                ] {
                    let (status, _, _) = submit(&s.kith, &officer, &page, &format!("{page}/state"), &action).await;
                    assert_eq!(status, 303);
                }
            }
        }
        let (_, page) = get(&s.kith, &s.kith.client(), &format!("/wards/{LADYWOOD}/agreements")).await;
        let text = strip_tags(&page);
        assert!(text.contains("100% in March 2026"), "the open one is still in time, so five count: {text}");
        assert!(text.contains("Fewer than 5 cases"), "February had none");
        s.kith.clock.advance(chrono::Duration::days(18));
        let (_, page) = get(&s.kith, &s.kith.client(), &format!("/wards/{LADYWOOD}/agreements")).await;
        let text = strip_tags(&page);
        assert!(text.contains("83% in March 2026") && text.contains("Met"), "{text}");
        let (_, ward_page) = get(&s.kith, &s.kith.client(), &format!("/wards/{LADYWOOD}")).await;
        assert!(strip_tags(&ward_page).contains("83% in March 2026"), "the ward's own page shows it too");

        // A new version with a higher target supersedes the first.
        let series = s.kith.app.store.agreements().await.unwrap()[0].series.to_string();
        let next = as_refs(&publish("90% of member enquiries resolved within their target", "90", Some(series)));
        let next: Vec<(&str, &str)> = next.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, _, _) = submit(&s.kith, &admin, "/admin/cases/agreements", "/admin/cases/agreements", &next).await;
        assert_eq!(status, 303);
        let all = s.kith.app.store.agreements().await.unwrap();
        assert_eq!(
            all.iter().map(|a| (a.version, a.superseded_at.is_some())).collect::<Vec<_>>(),
            [(2, false), (1, true)]
        );
        let (_, page) = get(&s.kith, &s.kith.client(), &format!("/wards/{LADYWOOD}/agreements")).await;
        let text = strip_tags(&page);
        assert!(
            text.contains("90% of member enquiries") && text.contains("Not met") && !text.contains("80% of member"),
            "{text}"
        );
        let (_, elsewhere) = get(&s.kith, &s.kith.client(), &format!("/wards/{ACOCKS_GREEN}/agreements")).await;
        assert!(strip_tags(&elsewhere).contains("Too few cases yet"));

        // The open data: figures per ward and period, suppressed where small, nothing personal.
        let csv =
            s.kith.client().get(s.kith.url("/agreements/performance.csv")).send().await.unwrap().text().await.unwrap();
        let ladywood_march = csv.lines().find(|l| l.starts_with(LADYWOOD) && l.contains("2026-03-01")).unwrap();
        assert!(ladywood_march.ends_with(",6,5,83,false"), "{ladywood_march}");
        let acocks = csv.lines().find(|l| l.starts_with(ACOCKS_GREEN) && l.contains("2026-03-01")).unwrap();
        assert!(acocks.ends_with(",,,,"), "suppressed: {acocks}");
        assert!(!csv.contains("Okafor") && !csv.contains("0121"), "no personal data");
        let json: serde_json::Value =
            s.kith.client().get(s.kith.url("/agreements/performance.json")).send().await.unwrap().json().await.unwrap();
        assert_eq!(json.as_array().unwrap().len(), 69 * 6, "every ward, six months");
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_subject_access_request_produces_everything_held_about_a_person_and_is_itself_audited() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let reference = raise(&s, &enquiry("housing", LADYWOOD_POSTCODE)).await;
        let officer =
            signed_in(&s.kith, "officer@example.org", "service_officer", Scope::Organisation(s.f.housing)).await;
        let page = format!("/cases/{reference}");
        submit(&s.kith, &officer, &page, &format!("{page}/notes"), &[("note", "Spoke to the landlord")]).await;
        let admin = signed_in(&s.kith, "admin@example.org", "administrator", Scope::City).await;
        let (status, found) = get(&s.kith, &admin, "/admin/cases/subject-access?q=okafor").await;
        assert_eq!(status, 200);
        let resident = s.kith.app.store.case_by_reference(&reference).await.unwrap().unwrap().resident_id.unwrap();
        assert!(found.contains(&format!("/admin/cases/subject-access/{resident}")));
        let (_, short) = get(&s.kith, &admin, "/admin/cases/subject-access?q=ok").await;
        assert_eq!(
            error_summary(&short),
            vec!["Enter at least 3 letters or digits of a name, email, phone or postcode"]
        );

        let json: serde_json::Value = admin
            .get(s.kith.url(&format!("/admin/cases/subject-access/{resident}?format=json")))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(json["resident"]["name"], "Grace Okafor");
        assert_eq!(json["resident"]["phone"], "0121 496 0000");
        assert_eq!(json["cases"][0]["reference"], reference.as_str());
        let timeline: Vec<&str> =
            json["cases"][0]["timeline"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
        assert_eq!(timeline, ["created", "note"], "internal notes too");
        let audited: Vec<&str> =
            json["audit"].as_array().unwrap().iter().map(|a| a["action"].as_str().unwrap()).collect();
        assert!(audited.contains(&"case.created") && audited.contains(&"case.viewed"), "{audited:?}");
        let (status, printable) = get(&s.kith, &admin, &format!("/admin/cases/subject-access/{resident}")).await;
        assert_eq!(status, 200);
        assert!(printable.contains("Spoke to the landlord") && printable.contains("12 Summer Lane"));
        let requests = s
            .kith
            .app
            .store
            .audit_events(&AuditQuery {
                action_prefix: Some("resident.subject_access".into()),
                limit: 10,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(requests.len(), 2, "each request is audited");
        let (status, _) = get(&s.kith, &officer, &format!("/admin/cases/subject-access/{resident}")).await;
        assert_eq!(status, 403);
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_administrator_replaces_the_bank_holidays_and_due_dates_follow() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let admin = signed_in(&s.kith, "admin@example.org", "administrator", Scope::City).await;
        let (status, _, body) = submit(&s.kith, &admin, "/admin/cases/bank-holidays", "/admin/cases/bank-holidays", &[("file", "not json")]).await;
        assert_eq!(status, 422);
        assert!(error_summary(&body)[0].starts_with("The bank holidays file is not JSON"), "{:?}", error_summary(&body));
        // A made-up holiday on Tuesday 3 March 2026 pushes a two-day acknowledgement to Thursday.
        let file = r#"{"england-and-wales":{"division":"england-and-wales","events":[{"title":"Test day","date":"2026-03-03","notes":"","bunting":false}]}}"#;
        let (status, _, body) = submit(&s.kith, &admin, "/admin/cases/bank-holidays", "/admin/cases/bank-holidays", &[("file", file)]).await;
        assert_eq!(status, 200);
        assert!(strip_tags(&body).contains("replaced: 1 date."), "{}", strip_tags(&body));
        let reference = raise(&s, &enquiry("housing", LADYWOOD_POSTCODE)).await;
        let case = s.kith.app.store.case_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(case.clocks.acknowledge_due_at.unwrap().to_rfc3339(), "2026-03-06T00:00:00+00:00");
        // A restarted instance reads the replaced file from the store.
        let again = kith_app::App::start(s.kith.app.store.clone(), s.kith.clock.clone(), kith_app::Settings::default()).await.unwrap();
        assert_eq!(again.working_days().holidays().len(), 1);
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_duplicate_is_merged_into_an_open_case_and_both_timelines_say_so() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let first = raise(&s, &enquiry("waste", LADYWOOD_POSTCODE)).await;
        let second = raise(&s, &enquiry("waste", LADYWOOD_POSTCODE)).await;
        let officer =
            signed_in(&s.kith, "officer@example.org", "service_officer", Scope::Organisation(s.f.ladywood_waste)).await;
        let page = format!("/cases/{second}");
        let (status, _, body) =
            submit(&s.kith, &officer, &page, &format!("{page}/state"), &[("action", "merge"), ("merge_into", &second)])
                .await;
        assert_eq!((status, error_summary(&body)), (422, vec!["A case cannot be merged into itself".to_owned()]));
        let (status, _, _) = submit(
            &s.kith,
            &officer,
            &page,
            &format!("{page}/state"),
            &[("action", "merge"), ("merge_into", &first.to_lowercase())],
        )
        .await;
        assert_eq!(status, 303);
        let merged = s.kith.app.store.case_by_reference(&second).await.unwrap().unwrap();
        let kept = s.kith.app.store.case_by_reference(&first).await.unwrap().unwrap();
        assert_eq!(
            (merged.state, merged.merged_into, merged.due_at),
            (kith_core::cases::CaseState::Merged, Some(kept.id), None)
        );
        let notes: Vec<String> =
            s.kith.app.store.case_events(kept.id).await.unwrap().into_iter().map(|e| e.note).collect();
        assert!(notes.iter().any(|n| n.starts_with(&format!("{second} ("))), "{notes:?}");
        let (_, shown) = get(&s.kith, &officer, &page).await;
        assert!(shown.contains(&format!("href=\"/cases/{first}\"")), "the merged case links to the one it joined");
        let (status, _, body) =
            submit(&s.kith, &officer, &page, &format!("{page}/state"), &[("action", "start")]).await;
        assert_eq!(
            (status, error_summary(&body)),
            (422, vec!["This case is merged into another case, so it cannot be started".to_owned()])
        );
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_extension_further_than_two_years_ahead_or_past_2199_is_refused() {
    let s = setup(Backend::Sqlite).await;
    let reference = raise(&s, &enquiry("housing", LADYWOOD_POSTCODE)).await;
    let officer = signed_in(&s.kith, "officer@example.org", "service_officer", Scope::Organisation(s.f.housing)).await;
    let page = format!("/cases/{reference}");
    let extend = format!("{page}/extend");
    for (to, message) in [
        ("2028-03-03", "The new due date must be within two years"),
        ("+262142-12-31", "Enter the new due date, like 2026-03-27"),
        ("9999-12-31", "Enter the new due date, like 2026-03-27"),
    ] {
        let (status, _, body) =
            submit(&s.kith, &officer, &page, &extend, &[("extend_to", to), ("extend_reason", "Agreed")]).await;
        assert_eq!((status, error_summary(&body)), (422, vec![message.to_owned()]), "{to}");
    }
    let (status, _, _) =
        submit(&s.kith, &officer, &page, &extend, &[("extend_to", "2028-03-02"), ("extend_reason", "Agreed")]).await;
    assert_eq!(status, 303, "two years from the test's Monday, 2026-03-02, is still within reach");
    s.kith.stop().await;
}

#[tokio::test]
async fn an_agreed_extension_moves_the_due_date_with_its_reason_and_a_partner_records_its_reference() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let reference = raise(&s, &enquiry("housing", LADYWOOD_POSTCODE)).await;
        let officer =
            signed_in(&s.kith, "officer@example.org", "service_officer", Scope::Organisation(s.f.housing)).await;
        let page = format!("/cases/{reference}");
        let extend = format!("{page}/extend");
        let (status, _, body) = submit(
            &s.kith,
            &officer,
            &page,
            &extend,
            &[("extend_to", "2026-03-10"), ("extend_reason", "Agreed with the councillor")],
        )
        .await;
        assert_eq!(
            (status, error_summary(&body)),
            (422, vec!["The new due date must be after the current one, 2026-03-16".to_owned()])
        );
        let (status, _, body) =
            submit(&s.kith, &officer, &page, &extend, &[("extend_to", "2026-03-27"), ("extend_reason", " ")]).await;
        assert_eq!((status, error_summary(&body)), (422, vec!["Enter the reason the extension was agreed".to_owned()]));
        let (status, _, _) = submit(
            &s.kith,
            &officer,
            &page,
            &extend,
            &[("extend_to", "2026-03-27"), ("extend_reason", "Agreed with the councillor: a contractor is booked")],
        )
        .await;
        assert_eq!(status, 303);
        let case = s.kith.app.store.case_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(case.clocks.resolve_due_at.unwrap().to_rfc3339(), "2026-03-28T00:00:00+00:00");
        let events = s.kith.app.store.case_events(case.id).await.unwrap();
        let extended = events.iter().find(|e| e.action == "extended").unwrap();
        assert_eq!(extended.note, "Agreed with the councillor: a contractor is booked");

        // Pioneer Housing is a partner: it records its own reference, which the case page shows.
        let (status, _, _) = submit(
            &s.kith,
            &officer,
            &page,
            &format!("{page}/partner-reference"),
            &[("partner_reference", "PH-20931")],
        )
        .await;
        assert_eq!(status, 303);
        let (_, shown) = get(&s.kith, &officer, &page).await;
        assert!(strip_tags(&shown).contains("PH-20931"));
        let (status, _, _) =
            submit(&s.kith, &s.councillor, &page, &format!("{page}/partner-reference"), &[("partner_reference", "X")])
                .await;
        assert_eq!(status, 403, "only those working the case");
        s.kith.stop().await;
    })
    .await;
}
