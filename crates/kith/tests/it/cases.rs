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

/// Kith with the case fixture's teams and routing rules.
async fn started(backend: Backend) -> (TestApp, CaseFixture) {
    // Sessions outlast the weeks these tests move the clock through.
    let settings = kith_app::Settings { session_length: chrono::Duration::days(90), ..Default::default() };
    let kith = TestApp::start_with(backend, settings, kith_web::WebSettings::default()).await;
    let f = fixture(&kith.app, kith.store.as_ref()).await;
    (kith, f)
}

/// Kith with the case fixture and Ladywood's councillor signed in.
async fn setup(backend: Backend) -> Set {
    let (kith, f) = started(backend).await;
    let councillor = signed_in(&kith, "cllr@example.org", "councillor", Scope::Ward(ward(LADYWOOD))).await;
    Set { kith, f, councillor }
}

async fn raise(s: &Set, fields: &[(&str, &str)]) -> String {
    let (status, location, body) =
        submit(&s.kith, &s.councillor, "/cases/new?kind=member_enquiry", "/cases/new", fields).await;
    assert_eq!(status, 303, "the case is raised: {:?}", error_summary(&body));
    location.trim_start_matches("/cases/").to_owned()
}

// ----- An enquiry: where it goes and who sees it -----

/// Ladywood's councillor has raised a waste enquiry, ENQ-1 (which Ladywood's own waste team works).
async fn a_ladywood_waste_enquiry(backend: Backend) -> Set {
    let s = setup(backend).await;
    raise(&s, &enquiry("waste", LADYWOOD_POSTCODE)).await;
    s
}

async fn ladywood_waste_officer(s: &Set) -> reqwest::Client {
    signed_in(&s.kith, "officer@example.org", "service_officer", Scope::Organisation(s.f.ladywood_waste)).await
}

/// A coordinator whose patch holds Ladywood.
async fn ladywood_patch_coordinator(s: &Set) -> reqwest::Client {
    let patch = s
        .kith
        .app
        .places()
        .neighbourhoods_of(&ward(LADYWOOD))
        .into_iter()
        .find(|n| n.kind == "Coordinator patch")
        .map(|n| n.id)
        .unwrap();
    signed_in(&s.kith, "nac@example.org", "coordinator", Scope::Neighbourhood(patch)).await
}

async fn acocks_green_councillor(s: &Set) -> reqwest::Client {
    signed_in(&s.kith, "cllr2@example.org", "councillor", Scope::Ward(ward(ACOCKS_GREEN))).await
}

#[tokio::test]
async fn an_enquiry_is_routed_by_its_wards_own_rule_before_the_citys() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let reference = raise(&s, &enquiry("waste", LADYWOOD_POSTCODE)).await;
        assert_eq!(reference, "ENQ-1");
        let case = s.kith.store.case_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(case.team_id, Some(s.f.ladywood_waste), "Ladywood's own rule beats the city's");
        assert_eq!(case.ward_code, LADYWOOD);
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_councillor_cannot_raise_casework_outside_their_wards() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
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
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_teams_officer_and_the_councillor_who_raised_an_enquiry_see_the_resident() {
    on_every_backend(|backend| async move {
        let s = a_ladywood_waste_enquiry(backend).await;
        // The team's officer works it and sees the resident.
        let officer = ladywood_waste_officer(&s).await;
        let (_, queue) = get(&s.kith, &officer, "/cases").await;
        assert!(strip_tags(&queue).contains("ENQ-1"), "the team's queue lists it");
        let (status, page) = get(&s.kith, &officer, "/cases/ENQ-1").await;
        assert_eq!(status, 200);
        assert!(page.contains("Grace Okafor") && page.contains("0121 496 0000"), "the officer sees the resident");
        // The councillor who raised it sees it all.
        let (_, page) = get(&s.kith, &s.councillor, "/cases/ENQ-1").await;
        assert!(page.contains("Grace Okafor"));
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_coordinator_whose_patch_holds_the_ward_sees_the_case_but_not_the_residents_details() {
    on_every_backend(|backend| async move {
        let s = a_ladywood_waste_enquiry(backend).await;
        let coordinator = ladywood_patch_coordinator(&s).await;
        let (status, page) = get(&s.kith, &coordinator, "/cases/enq-1").await;
        assert_eq!(status, 200, "references are read forgivingly");
        assert!(
            !page.contains("Grace Okafor") && !page.contains("0121 496 0000"),
            "no personal details for the coordinator"
        );
        assert!(page.contains("shown only to the people working the case"));
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_councillor_for_another_ward_can_neither_open_the_case_nor_find_it_in_their_queue() {
    on_every_backend(|backend| async move {
        let s = a_ladywood_waste_enquiry(backend).await;
        let stranger = acocks_green_councillor(&s).await;
        let (status, _) = get(&s.kith, &stranger, "/cases/ENQ-1").await;
        assert_eq!(status, 403);
        let (_, queue) = get(&s.kith, &stranger, "/cases").await;
        assert!(!strip_tags(&queue).contains("ENQ-1"));
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn every_view_of_a_case_and_every_refusal_is_audited_saying_whether_personal_details_were_shown() {
    on_every_backend(|backend| async move {
        let s = a_ladywood_waste_enquiry(backend).await;
        // The officer, the coordinator and the councillor who raised it look at it; a councillor elsewhere tries.
        let officer = ladywood_waste_officer(&s).await;
        get(&s.kith, &officer, "/cases/ENQ-1").await;
        let coordinator = ladywood_patch_coordinator(&s).await;
        get(&s.kith, &coordinator, "/cases/enq-1").await;
        get(&s.kith, &s.councillor, "/cases/ENQ-1").await;
        let stranger = acocks_green_councillor(&s).await;
        get(&s.kith, &stranger, "/cases/ENQ-1").await;

        let views = s
            .kith
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

// ----- A case's states and its clock -----

/// Ladywood's councillor has raised a housing enquiry, which Pioneer Housing's officer works.
struct Housing {
    s: Set,
    officer: reqwest::Client,
    reference: String,
    /// The case's page.
    page: String,
}

async fn a_housing_enquiry(backend: Backend) -> Housing {
    let s = setup(backend).await;
    let reference = raise(&s, &enquiry("housing", LADYWOOD_POSTCODE)).await;
    let officer = signed_in(&s.kith, "officer@example.org", "service_officer", Scope::Organisation(s.f.housing)).await;
    let page = format!("/cases/{reference}");
    Housing { s, officer, reference, page }
}

impl Housing {
    /// `client` changes the case's state from its page; returns the status and the page's errors.
    async fn change(&self, client: &reqwest::Client, fields: &[(&str, &str)]) -> (u16, Vec<String>) {
        let (status, _, body) = submit(&self.s.kith, client, &self.page, &format!("{}/state", self.page), fields).await;
        (status, error_summary(&body))
    }

    /// The officer changes the case's state.
    async fn officer_changes(&self, fields: &[(&str, &str)]) -> (u16, Vec<String>) {
        self.change(&self.officer, fields).await
    }

    /// `client` adds a note from the case's page; returns the status.
    async fn note(&self, client: &reqwest::Client, fields: &[(&str, &str)]) -> u16 {
        submit(&self.s.kith, client, &self.page, &format!("{}/notes", self.page), fields).await.0
    }

    async fn case(&self) -> kith_store::cases::CaseRecord {
        self.s.kith.store.case_by_reference(&self.reference).await.unwrap().unwrap()
    }

    /// Runs a step the scenario took, which must be accepted.
    async fn step(&self, fields: &[(&str, &str)]) {
        let (status, errors) = self.officer_changes(fields).await;
        assert_eq!(status, 303, "{fields:?}: {errors:?}");
    }
}

const ACKNOWLEDGE: &[(&str, &str)] = &[("action", "acknowledge"), ("version", "1"), ("next_update", "2026-03-09")];
const WAIT: &[(&str, &str)] =
    &[("action", "wait"), ("version", "2"), ("waiting_on", "resident"), ("reason", "Photos of the damp")];
const RESUME: &[(&str, &str)] = &[("action", "resume"), ("version", "3")];
const INTERNAL_NOTE: &[(&str, &str)] = &[("note", "Landlord is difficult")];
const SHARED_NOTE: &[(&str, &str)] = &[("note", "Surveyor booked for Friday"), ("shared", "yes")];
const RESOLVE: &[(&str, &str)] = &[("action", "resolve"), ("version", "4"), ("reason", "Damp treated")];
const CLOSE: &[(&str, &str)] = &[("action", "close"), ("version", "5")];

/// Acknowledged on the Monday it was raised.
async fn an_acknowledged_case(backend: Backend) -> Housing {
    let h = a_housing_enquiry(backend).await;
    h.step(ACKNOWLEDGE).await;
    h
}

/// Acknowledged, then waiting on the resident from the Tuesday.
async fn a_waiting_case(backend: Backend) -> Housing {
    let h = an_acknowledged_case(backend).await;
    h.s.kith.clock.advance(chrono::Duration::days(1));
    h.step(WAIT).await;
    h
}

/// Waited from Tuesday to the next Tuesday, then resumed.
async fn a_resumed_case(backend: Backend) -> Housing {
    let h = a_waiting_case(backend).await;
    h.s.kith.clock.advance(chrono::Duration::days(7));
    h.step(RESUME).await;
    h
}

/// Resumed, then noted: internally, and shared with the councillor.
async fn a_noted_case(backend: Backend) -> Housing {
    let h = a_resumed_case(backend).await;
    assert_eq!(h.note(&h.officer, INTERNAL_NOTE).await, 303, "an internal note");
    assert_eq!(h.note(&h.officer, SHARED_NOTE).await, 303, "a shared note");
    h
}

/// Noted, then resolved and closed.
async fn a_closed_case(backend: Backend) -> Housing {
    let h = a_noted_case(backend).await;
    h.step(RESOLVE).await;
    h.step(CLOSE).await;
    h
}

/// Closed, then the councillor's reply two days later (after trying, and failing, to work it).
async fn a_reopened_case(backend: Backend) -> Housing {
    let h = a_closed_case(backend).await;
    h.change(&h.s.councillor, &[("action", "start"), ("version", "6")]).await;
    h.s.kith.clock.advance(chrono::Duration::days(2));
    assert_eq!(h.note(&h.s.councillor, &[("note", "The damp is back")]).await, 303, "the councillor replies");
    h
}

#[tokio::test]
async fn a_housing_enquiry_goes_to_the_housing_partner_due_in_ten_working_days() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let reference = raise(&s, &enquiry("housing", LADYWOOD_POSTCODE)).await;
        // Raised Monday 2 March 2026 at 9am: acknowledge by Wednesday, resolve in 10 working days (Monday 16th).
        let case = s.kith.store.case_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(case.team_id, Some(s.f.housing));
        assert_eq!(case.clocks.resolve_due_at.unwrap().to_rfc3339(), "2026-03-17T00:00:00+00:00");
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn resolving_a_case_not_yet_acknowledged_is_refused_naming_its_state() {
    on_every_backend(|backend| async move {
        let h = a_housing_enquiry(backend).await;
        let (status, errors) = h.officer_changes(&[("action", "resolve"), ("version", "1"), ("reason", "Done")]).await;
        assert_eq!(status, 422);
        assert_eq!(errors, vec!["This case is new, so it cannot be resolved"]);
        h.s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_case_is_acknowledged_with_the_date_of_its_next_update_and_not_without() {
    on_every_backend(|backend| async move {
        let h = a_housing_enquiry(backend).await;
        let refused = h.officer_changes(&[("action", "acknowledge"), ("version", "1"), ("next_update", "")]).await;
        assert_eq!(refused, (422, vec!["Enter the date of the next update, like 2026-03-27".to_owned()]));
        let (status, _) = h.officer_changes(ACKNOWLEDGE).await;
        assert_eq!(status, 303);
        h.s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_change_made_from_a_stale_page_is_refused_rather_than_overwriting() {
    on_every_backend(|backend| async move {
        let h = an_acknowledged_case(backend).await;
        let (status, errors) = h.officer_changes(&[("action", "start"), ("version", "1")]).await;
        assert_eq!(status, 422);
        assert!(errors[0].contains("changed by someone else"), "{errors:?}");
        h.s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_cases_clock_pauses_while_it_waits_and_its_due_date_moves_on_by_the_working_days_waited() {
    on_every_backend(|backend| async move {
        // Waiting from Tuesday to the next Tuesday pauses the clock for five working days.
        let h = an_acknowledged_case(backend).await;
        h.s.kith.clock.advance(chrono::Duration::days(1));
        let (status, _) = h.officer_changes(WAIT).await;
        assert_eq!(status, 303);
        assert_eq!(h.case().await.due_at, None, "a paused case is not due");
        h.s.kith.clock.advance(chrono::Duration::days(7));
        let (status, _) = h.officer_changes(RESUME).await;
        assert_eq!(status, 303);
        let case = h.case().await;
        assert_eq!(case.clocks.resolve_due_at.unwrap().to_rfc3339(), "2026-03-24T00:00:00+00:00");
        assert_eq!(case.due_at, case.clocks.resolve_due_at);
        h.s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_councillor_sees_a_cases_shared_notes_but_not_its_internal_ones() {
    on_every_backend(|backend| async move {
        let h = a_resumed_case(backend).await;
        h.note(&h.officer, INTERNAL_NOTE).await;
        h.note(&h.officer, SHARED_NOTE).await;
        let (_, seen) = get(&h.s.kith, &h.s.councillor, &h.page).await;
        assert!(seen.contains("Surveyor booked for Friday") && !seen.contains("Landlord is difficult"));
        let (_, seen) = get(&h.s.kith, &h.officer, &h.page).await;
        assert!(seen.contains("Landlord is difficult"));
        h.s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_councillor_cannot_work_a_case() {
    on_every_backend(|backend| async move {
        let h = a_closed_case(backend).await;
        let (status, _) = h.change(&h.s.councillor, &[("action", "start"), ("version", "6")]).await;
        assert_eq!(status, 403);
        h.s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_reply_within_five_working_days_of_closing_reopens_the_case() {
    on_every_backend(|backend| async move {
        let h = a_noted_case(backend).await;
        let (status, _) = h.officer_changes(RESOLVE).await;
        assert_eq!(status, 303);
        let (status, _) = h.officer_changes(CLOSE).await;
        assert_eq!(status, 303);
        h.change(&h.s.councillor, &[("action", "start"), ("version", "6")]).await;
        h.s.kith.clock.advance(chrono::Duration::days(2));
        let status = h.note(&h.s.councillor, &[("note", "The damp is back")]).await;
        assert_eq!(status, 303);
        assert_eq!(h.case().await.state, kith_core::cases::CaseState::Reopened);
        h.s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn every_step_of_a_case_is_in_its_timeline_saying_who_took_it() {
    on_every_backend(|backend| async move {
        let h = a_reopened_case(backend).await;
        let events = h.s.kith.store.case_events(h.case().await.id).await.unwrap();
        let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["created", "acknowledge", "wait", "resume", "note", "note", "resolve", "close", "reopen"]);
        assert!(events.iter().all(|e| !e.actor.is_empty()), "every entry says who");
        h.s.kith.stop().await;
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
        let case = s.kith.store.case_by_reference(&next).await.unwrap().unwrap();
        assert_eq!(case.team_id, Some(s.f.street_scene));
        assert!(case.owner_id.is_some(), "the rule's owner owns it");
        let (status, _) = get(&s.kith, &s.councillor, "/admin/cases/routing").await;
        assert_eq!(status, 403);
        s.kith.stop().await;
    })
    .await;
}

// ----- A referral to a community service -----

/// The directory's Sparkbrook Food Bank and a link worker who refers residents to it.
struct Referrals {
    kith: TestApp,
    d: kith_testkit::directory::Fixture,
    link: reqwest::Client,
    /// The food bank's id.
    bank: String,
}

async fn a_food_bank_and_a_link_worker(backend: Backend) -> Referrals {
    let (kith, _) = started(backend).await;
    let d = kith_testkit::directory::fixture(&kith.app).await;
    let link = signed_in(&kith, "link@example.org", "link_worker", Scope::City).await;
    let bank = d.food_bank.to_string();
    Referrals { kith, d, link, bank }
}

impl Referrals {
    /// A member of the food bank's organisation, signed in.
    async fn member(&self) -> reqwest::Client {
        signed_in(&self.kith, "member@example.org", "community_member", Scope::Organisation(self.d.organisation)).await
    }

    /// `member` says how the food bank is taking referrals; returns the status.
    async fn set_capacity(&self, member: &reqwest::Client, fields: &[(&str, &str)]) -> u16 {
        let mut form = vec![("service", self.bank.as_str())];
        form.extend_from_slice(fields);
        submit(&self.kith, member, "/cases/capacity", "/cases/capacity", &form).await.0
    }

    /// The link worker refers Amina Hassan to the food bank, with her consent or without (`consent` is ""); returns
    /// the status, where it sent them and the page's errors.
    async fn refer(&self, consent: &str) -> (u16, String, Vec<String>) {
        let fields = [
            ("kind", "referral"),
            ("category", "food"),
            ("summary", "Needs food this week"),
            ("postcode", "B11 1AA"),
            ("service", self.bank.as_str()),
            ("resident_name", "Amina Hassan"),
            ("resident_phone", "0121 496 0999"),
            ("resident_address", "3 Ladypool Road"),
            ("preferred_contact", "phone"),
            ("consent", consent),
            ("consent_may_share", "name and phone"),
            ("consent_method", "verbal"),
        ];
        let new = format!("/cases/new?kind=referral&service={}", self.bank);
        let (status, location, body) = submit(&self.kith, &self.link, &new, "/cases/new", &fields).await;
        (status, location, error_summary(&body))
    }
}

/// The link worker has referred Amina Hassan, with her consent, to the food bank: REF-1. Returns its member too.
async fn a_referral_made(backend: Backend) -> (Referrals, reqwest::Client) {
    let r = a_food_bank_and_a_link_worker(backend).await;
    let member = r.member().await;
    let (status, location, errors) = r.refer("yes").await;
    assert_eq!((status, location.as_str()), (303, "/cases/REF-1"), "the referral is made: {errors:?}");
    (r, member)
}

/// The referral made; a day later the food bank accepts it and records its outcome, each with the status it got.
async fn a_referral_answered(backend: Backend) -> (Referrals, reqwest::Client, Vec<(u16, Vec<String>)>) {
    let (r, member) = a_referral_made(backend).await;
    r.kith.clock.advance(chrono::Duration::days(1));
    let mut answered = Vec::new();
    for action in [
        vec![("action", "accept")],
        vec![("action", "record_outcome"), ("reason", "Parcel collected; debt advice booked")],
    ] {
        let (status, _, body) = submit(&r.kith, &member, "/cases/REF-1", "/cases/REF-1/state", &action).await;
        answered.push((status, error_summary(&body)));
    }
    (r, member, answered)
}

#[tokio::test]
async fn triage_finds_a_service_by_need_near_the_resident_in_their_language() {
    on_every_backend(|backend| async move {
        let r = a_food_bank_and_a_link_worker(backend).await;
        let need = r.d.food.to_string();
        let (status, found) =
            get(&r.kith, &r.link, &format!("/cases/triage?need={need}&postcode=B11+1AA&language=so")).await;
        assert_eq!(status, 200);
        let text = strip_tags(&found);
        assert!(text.contains("Sparkbrook Food Bank") && text.contains("Taking referrals"), "{text}");
        assert!(!text.contains("Ladywood Lunch Club"));
        r.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn triage_shows_a_services_waiting_list_as_its_organisation_gave_it() {
    on_every_backend(|backend| async move {
        let r = a_food_bank_and_a_link_worker(backend).await;
        let member = r.member().await;
        let status = r.set_capacity(&member, &[("capacity", "waiting_list"), ("note", "About two weeks")]).await;
        assert_eq!(status, 303);
        let (_, found) = get(&r.kith, &r.link, &format!("/cases/triage?need={}", r.d.food)).await;
        assert!(strip_tags(&found).contains("Waiting list") && found.contains("About two weeks"));
        r.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_referral_to_a_service_not_taking_them_is_refused() {
    on_every_backend(|backend| async move {
        let r = a_food_bank_and_a_link_worker(backend).await;
        let member = r.member().await;
        r.set_capacity(&member, &[("capacity", "not_accepting")]).await;
        let (status, _, errors) = r.refer("yes").await;
        assert_eq!(status, 422);
        assert_eq!(errors, vec!["Sparkbrook Food Bank is not taking referrals at the moment"]);
        r.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_referral_needs_the_residents_consent() {
    on_every_backend(|backend| async move {
        let r = a_food_bank_and_a_link_worker(backend).await;
        let (status, _, errors) = r.refer("").await;
        assert_eq!(
            (status, errors),
            (422, vec!["Record that the resident agrees to the referral before making it".to_owned()])
        );
        r.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_referral_with_consent_reaches_the_service_with_only_the_details_the_resident_agreed_to_share() {
    on_every_backend(|backend| async move {
        let r = a_food_bank_and_a_link_worker(backend).await;
        let member = r.member().await;
        let (status, location, _) = r.refer("yes").await;
        assert_eq!((status, location.as_str()), (303, "/cases/REF-1"));
        // The organisation sees the referral and what the resident agreed to share, not their address.
        let (_, queue) = get(&r.kith, &member, "/cases").await;
        assert!(strip_tags(&queue).contains("REF-1"));
        let (status, page) = get(&r.kith, &member, "/cases/REF-1").await;
        assert_eq!(status, 200);
        assert!(page.contains("Name: Amina Hassan") && page.contains("Phone: 0121 496 0999"), "the consented details");
        assert!(!page.contains("3 Ladypool Road"), "not the address, which was not agreed");
        let case = r.kith.store.case_by_reference("REF-1").await.unwrap().unwrap();
        let consents = r.kith.store.consents(case.id).await.unwrap();
        assert_eq!(consents.len(), 1);
        assert_eq!((consents[0].given_to.as_str(), consents[0].method.as_str()), ("Test Neighbours", "verbal"));
        r.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_services_answer_goes_back_to_the_referrer_and_into_the_referral_figures() {
    on_every_backend(|backend| async move {
        let (r, _, answered) = a_referral_answered(backend).await;
        for (status, errors) in answered {
            assert_eq!(status, 303, "{errors:?}");
        }
        let (_, page) = get(&r.kith, &r.link, "/cases/REF-1").await;
        assert!(
            page.contains("Parcel collected; debt advice booked") && page.contains("3 Ladypool Road"),
            "the referrer sees all"
        );
        let (_, figures) = get(&r.kith, &r.link, "/cases/referrals").await;
        assert!(figures.contains("Sparkbrook Food Bank"), "{}", strip_tags(&figures));
        let link_worker = r.kith.principal("link@example.org").await;
        let f = kith_app::cases::referrals::figures(&r.kith.app, &link_worker, &[r.d.food_bank]).await.unwrap()
            [&r.d.food_bank];
        assert_eq!((f.referrals, f.accepted, f.declined, f.median_days_to_respond), (1, 1, 0, Some(1)));
        r.kith.stop().await;
    })
    .await;
}

// ----- A ward's service standards -----

/// The form for a service standard for member enquiries across the city, measured monthly.
fn standard<'a>(title: &'a str, target: &'a str, series: Option<&'a str>) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("title", title),
        ("ward", ""),
        ("kind", "member_enquiry"),
        ("measure", "resolved_within_target"),
        ("target_percent", target),
        ("period", "month"),
    ];
    if let Some(series) = series {
        fields.push(("series", series));
    }
    fields
}

const EIGHTY: &str = "80% of member enquiries resolved within their target";

/// An administrator publishes a standard; returns the status and the page's errors.
async fn publish(kith: &TestApp, admin: &reqwest::Client, fields: &[(&str, &str)]) -> (u16, Vec<String>) {
    let (status, _, body) = submit(kith, admin, "/admin/cases/agreements", "/admin/cases/agreements", fields).await;
    (status, error_summary(&body))
}

/// What a resident reads on a ward's page of service standards, without its tags.
async fn standings(kith: &TestApp, ward: &str) -> String {
    let (_, page) = get(kith, &kith.client(), &format!("/wards/{ward}/agreements")).await;
    strip_tags(&page)
}

/// Ladywood's councillor, Pioneer Housing's officer and an administrator, who has published the 80% standard,
/// which a resident has looked at before any case (so its standings are kept).
struct Standards {
    s: Set,
    officer: reqwest::Client,
    admin: reqwest::Client,
}

async fn a_standard_published_and_looked_at(backend: Backend) -> Standards {
    let s = setup(backend).await;
    let officer = signed_in(&s.kith, "officer@example.org", "service_officer", Scope::Organisation(s.f.housing)).await;
    let admin = signed_in(&s.kith, "admin@example.org", "administrator", Scope::City).await;
    let (status, errors) = publish(&s.kith, &admin, &standard(EIGHTY, "80", None)).await;
    assert_eq!(status, 303, "the standard is published: {errors:?}");
    standings(&s.kith, LADYWOOD).await;
    Standards { s, officer, admin }
}

/// Six enquiries in March: five resolved the same day, one left to go overdue. Returns the status of each step.
async fn six_enquiries(st: &Standards) -> Vec<u16> {
    let mut statuses = Vec::new();
    for i in 0..6 {
        let reference = raise(&st.s, &enquiry("housing", LADYWOOD_POSTCODE)).await;
        if i < 5 {
            let page = format!("/cases/{reference}");
            for action in [
                vec![("action", "acknowledge"), ("next_update", "2026-03-03")],
                vec![("action", "resolve"), ("reason", "Fixed")],
            ] {
                statuses.push(submit(&st.s.kith, &st.officer, &page, &format!("{page}/state"), &action).await.0);
            }
        }
    }
    statuses
}

/// The six enquiries, and 18 days on, when the one left open is overdue.
async fn a_month_of_enquiries(backend: Backend) -> Standards {
    let st = a_standard_published_and_looked_at(backend).await;
    assert!(six_enquiries(&st).await.iter().all(|&s| s == 303), "the enquiries are raised and resolved");
    st.s.kith.clock.advance(chrono::Duration::days(18));
    st
}

/// An administrator publishes a new version of the standard with a higher target; returns the status.
async fn raise_the_target(st: &Standards) -> u16 {
    let series = st.s.kith.store.agreements().await.unwrap()[0].series.to_string();
    let ninety = standard("90% of member enquiries resolved within their target", "90", Some(&series));
    publish(&st.s.kith, &st.admin, &ninety).await.0
}

/// A month of enquiries, measured against the new version of the standard.
async fn a_month_against_a_higher_target(backend: Backend) -> Standards {
    let st = a_month_of_enquiries(backend).await;
    assert_eq!(raise_the_target(&st).await, 303, "the new version is published");
    st
}

#[tokio::test]
async fn a_service_standard_without_its_wording_or_with_a_target_over_100_is_refused() {
    on_every_backend(|backend| async move {
        let (kith, _) = started(backend).await;
        let admin = signed_in(&kith, "admin@example.org", "administrator", Scope::City).await;
        let (status, errors) = publish(&kith, &admin, &standard("", "150", None)).await;
        assert_eq!(status, 422);
        assert_eq!(
            errors,
            vec!["Enter the standard as residents will read it", "Enter the target as a percentage from 1 to 100"]
        );
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_published_standard_says_when_a_ward_has_too_few_cases_yet() {
    on_every_backend(|backend| async move {
        let (kith, _) = started(backend).await;
        let admin = signed_in(&kith, "admin@example.org", "administrator", Scope::City).await;
        let (status, _) = publish(&kith, &admin, &standard(EIGHTY, "80", None)).await;
        assert_eq!(status, 303);
        let text = standings(&kith, LADYWOOD).await;
        assert!(text.contains("Too few cases yet"), "{text}");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_standard_measures_the_cases_resolved_or_still_in_time_once_a_ward_has_enough() {
    on_every_backend(|backend| async move {
        // Looked at before any case: the standings are kept, and forgotten when a case of the ward changes.
        let st = a_standard_published_and_looked_at(backend).await;
        for status in six_enquiries(&st).await {
            assert_eq!(status, 303);
        }
        let text = standings(&st.s.kith, LADYWOOD).await;
        assert!(text.contains("100% in March 2026"), "the open one is still in time, so five count: {text}");
        assert!(text.contains("Fewer than 5 cases"), "February had none");
        st.s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_overdue_case_counts_against_the_standard_on_the_wards_pages() {
    on_every_backend(|backend| async move {
        let st = a_month_of_enquiries(backend).await;
        let text = standings(&st.s.kith, LADYWOOD).await;
        assert!(text.contains("83% in March 2026") && text.contains("Met"), "{text}");
        let (_, ward_page) = get(&st.s.kith, &st.s.kith.client(), &format!("/wards/{LADYWOOD}")).await;
        assert!(strip_tags(&ward_page).contains("83% in March 2026"), "the ward's own page shows it too");
        st.s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_new_version_of_a_standard_supersedes_the_first() {
    on_every_backend(|backend| async move {
        let st = a_month_of_enquiries(backend).await;
        assert_eq!(raise_the_target(&st).await, 303);
        let all = st.s.kith.store.agreements().await.unwrap();
        assert_eq!(
            all.iter().map(|a| (a.version, a.superseded_at.is_some())).collect::<Vec<_>>(),
            [(2, false), (1, true)]
        );
        let text = standings(&st.s.kith, LADYWOOD).await;
        assert!(
            text.contains("90% of member enquiries") && text.contains("Not met") && !text.contains("80% of member"),
            "{text}"
        );
        st.s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn small_counts_are_suppressed_on_a_wards_page_and_in_the_open_data_which_holds_nothing_personal() {
    on_every_backend(|backend| async move {
        let st = a_month_against_a_higher_target(backend).await;
        assert!(standings(&st.s.kith, ACOCKS_GREEN).await.contains("Too few cases yet"));
        // The open data: figures per ward and period, suppressed where small, nothing personal.
        let kith = &st.s.kith;
        let csv =
            kith.client().get(kith.url("/agreements/performance.csv")).send().await.unwrap().text().await.unwrap();
        let ladywood_march = csv.lines().find(|l| l.starts_with(LADYWOOD) && l.contains("2026-03-01")).unwrap();
        assert!(ladywood_march.ends_with(",6,5,83,false"), "{ladywood_march}");
        let acocks = csv.lines().find(|l| l.starts_with(ACOCKS_GREEN) && l.contains("2026-03-01")).unwrap();
        assert!(acocks.ends_with(",,,,"), "suppressed: {acocks}");
        assert!(!csv.contains("Okafor") && !csv.contains("0121"), "no personal data");
        let json: serde_json::Value =
            kith.client().get(kith.url("/agreements/performance.json")).send().await.unwrap().json().await.unwrap();
        assert_eq!(json.as_array().unwrap().len(), 69 * 6, "every ward, six months");
        st.s.kith.stop().await;
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
        let resident = s.kith.store.case_by_reference(&reference).await.unwrap().unwrap().resident_id.unwrap();
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
        let case = s.kith.store.case_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(case.clocks.acknowledge_due_at.unwrap().to_rfc3339(), "2026-03-06T00:00:00+00:00");
        // A restarted instance reads the replaced file from the store.
        let again = kith_app::App::start(s.kith.store.clone().into(), s.kith.clock.clone(), kith_app::Settings::default()).await.unwrap();
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
        let merged = s.kith.store.case_by_reference(&second).await.unwrap().unwrap();
        let kept = s.kith.store.case_by_reference(&first).await.unwrap().unwrap();
        assert_eq!(
            (merged.state, merged.merged_into, merged.due_at),
            (kith_core::cases::CaseState::Merged, Some(kept.id), None)
        );
        let notes: Vec<String> = s.kith.store.case_events(kept.id).await.unwrap().into_iter().map(|e| e.note).collect();
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
        let case = s.kith.store.case_by_reference(&reference).await.unwrap().unwrap();
        assert_eq!(case.clocks.resolve_due_at.unwrap().to_rfc3339(), "2026-03-28T00:00:00+00:00");
        let events = s.kith.store.case_events(case.id).await.unwrap();
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

// ----- A resident's language and channel: proxies, post and the phone -----

/// A service request about fly-tipping in Ladywood for Amina Begum, with these fields besides.
async fn a_request_for_amina(s: &Set, extra: &[(&str, &str)]) -> (u16, String) {
    let mut fields = vec![
        ("kind", "service_request"),
        ("category", "fly_tipping"),
        ("summary", "A mattress dumped behind the shops"),
        ("postcode", LADYWOOD_POSTCODE),
        ("resident_name", "Amina Begum"),
        ("resident_email", "amina@example.org"),
        ("resident_address", "3 Summer Lane"),
        ("resident_postcode", LADYWOOD_POSTCODE),
    ];
    fields.extend_from_slice(extra);
    let (status, _, body) =
        submit(&s.kith, &s.councillor, "/cases/new?kind=service_request", "/cases/new", &fields).await;
    (status, body)
}

const PROXY: &[(&str, &str)] =
    &[("proxy_name", "Yasmin Begum"), ("proxy_relationship", "daughter"), ("proxy_email", "yasmin@example.org")];

#[tokio::test]
async fn a_resident_who_named_a_proxy_is_never_written_to_directly_their_proxy_is() {
    on_every_backend(|backend| async move {
        let s = setup(backend).await;
        let mut fields = vec![("preferred_contact", "email")];
        fields.extend_from_slice(PROXY);
        fields.extend_from_slice(&[("proxy_agreed_on", "2026-03-01"), ("proxy_agreement", "Said so on the phone")]);
        let (status, body) = a_request_for_amina(&s, &fields).await;
        assert_eq!(status, 303, "{:?}", error_summary(&body));
        kith_jobs::sweep(&s.kith.app).await.unwrap();
        assert!(s.kith.store.emails_to("amina@example.org").await.unwrap().is_empty(), "not to the resident");
        let to_proxy = s.kith.store.emails_to("yasmin@example.org").await.unwrap();
        assert_eq!(to_proxy.len(), 1, "the proxy hears that the request was raised");
        assert!(to_proxy[0].subject.starts_with("REQ-1"), "{}", to_proxy[0].subject);
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_proxy_without_the_residents_recorded_agreement_is_refused_and_nothing_is_raised() {
    let s = setup(Backend::Sqlite).await;
    let (status, body) = a_request_for_amina(&s, PROXY).await;
    assert_eq!(status, 422);
    let problems = error_summary(&body);
    assert!(problems.iter().any(|p| p.starts_with("Enter the date the resident agreed")), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("Say how the resident agreed")), "{problems:?}");
    assert!(s.kith.store.case_by_reference("REQ-1").await.unwrap().is_none());
    s.kith.stop().await;
}

#[tokio::test]
async fn a_resident_who_hears_by_post_gets_a_letter_for_staff_to_print_in_their_language() {
    let s = setup(Backend::Sqlite).await;
    s.kith.add_user("admin@example.org", PASSWORD, "administrator", Scope::City).await;
    let admin = s.kith.principal("admin@example.org").await;
    kith_app::cases::notices::save_wording(
        &s.kith.app,
        &admin,
        &admin.actor(None),
        "created.ur",
        "{{ reference }}: آپ کی درخواست",
        "{{ recipient }}، آپ کی درخواست {{ reference }} درج ہو گئی ہے۔",
    )
    .await
    .unwrap();
    let fields = [("preferred_contact", "post"), ("language", "ur"), ("needs", "Large print, please")];
    let (status, body) = a_request_for_amina(&s, &fields).await;
    assert_eq!(status, 303, "{:?}", error_summary(&body));
    kith_jobs::sweep(&s.kith.app).await.unwrap();
    assert!(s.kith.store.emails_to("amina@example.org").await.unwrap().is_empty(), "post, not email");
    let letters = s.kith.store.letters(false, 10).await.unwrap();
    assert_eq!(letters.len(), 1);
    assert_eq!((letters[0].language.as_str(), letters[0].subject.as_str()), ("ur", "REQ-1: آپ کی درخواست"));
    assert!(letters[0].large_print && letters[0].address == "3 Summer Lane");
    s.kith.stop().await;
}

#[tokio::test]
async fn staff_mark_a_printed_letter_and_it_leaves_the_queue() {
    let s = setup(Backend::Sqlite).await;
    let (status, _) = a_request_for_amina(&s, &[("preferred_contact", "post")]).await;
    assert_eq!(status, 303);
    kith_jobs::sweep(&s.kith.app).await.unwrap();
    let officer = signed_in(&s.kith, "triage@example.org", "triage_worker", Scope::City).await;
    let id = s.kith.store.letters(false, 10).await.unwrap()[0].id;
    let (status, html) = get(&s.kith, &officer, &format!("/cases/letters/{id}")).await;
    assert_eq!(status, 200);
    assert!(html.contains("3 Summer Lane"), "the letter shows the address to post to");
    let (status, location, _) =
        submit(&s.kith, &officer, &format!("/cases/letters/{id}"), &format!("/cases/letters/{id}/printed"), &[]).await;
    assert_eq!((status, location.as_str()), (303, "/cases/letters"));
    assert!(s.kith.store.letters(false, 10).await.unwrap().is_empty());
    s.kith.stop().await;
}

#[tokio::test]
async fn a_request_taken_by_phone_is_recorded_as_taken_by_the_staff_member_for_the_resident() {
    let s = setup(Backend::Sqlite).await;
    let (status, _) = a_request_for_amina(&s, &[("channel", "phone")]).await;
    assert_eq!(status, 303);
    let query =
        kith_store::audit::AuditQuery { action_prefix: Some("case.created".into()), limit: 5, ..Default::default() };
    let entries = s.kith.store.audit_events(&query).await.unwrap();
    assert_eq!(entries[0].detail["channel"], "phone");
    assert_eq!(entries[0].detail["taken"], "Taken by phone by cllr@example.org for Amina Begum");
    s.kith.stop().await;
}

#[tokio::test]
async fn a_resident_s_language_may_name_its_script() {
    let s = setup(Backend::Sqlite).await;
    let (status, body) = a_request_for_amina(&s, &[("language", "pa-arab"), ("interpreter", "yes")]).await;
    assert_eq!(status, 303, "{:?}", error_summary(&body));
    let case = s.kith.store.case_by_reference("REQ-1").await.unwrap().unwrap();
    let resident = s.kith.store.resident(case.resident_id.unwrap()).await.unwrap().unwrap();
    assert_eq!((resident.language.as_str(), resident.interpreter), ("pa-Arab", true));
    let (status, body) = a_request_for_amina(&s, &[("language", "pa-Klingon")]).await;
    assert_eq!(status, 422);
    assert_eq!(error_summary(&body), vec!["\"Klingon\" is not a script we know, like Arab or Guru".to_owned()]);
    s.kith.stop().await;
}

/// The demo city's open cases as one person's reach sees them: two wards and a team, read arm by arm (each term by
/// its own index), against every open case read at once and filtered here.
async fn a_reach_read_by_its_terms(
    backend: Backend,
) -> (Vec<kith_store::cases::QueueRow>, kith_store::cases::QueueQuery, TestApp) {
    use kith_store::cases::{QueueQuery, Reach};
    let kith = TestApp::start_on(crate::demo_city(backend).await, Default::default(), Default::default()).await;
    let open: Vec<kith_core::cases::CaseState> =
        kith_core::cases::CaseState::ALL.into_iter().filter(|s| s.is_open()).collect();
    let everything = QueueQuery {
        reach: Reach { everything: true, ..Reach::default() },
        states: open.clone(),
        limit: 100_000,
        ..QueueQuery::default()
    };
    let (all, _) = kith.store.queue(&everything).await.unwrap();
    // The busiest team and the two busiest wards, so the pages below are full.
    let busiest = |keys: Vec<String>| {
        let mut counts = std::collections::BTreeMap::<String, usize>::new();
        keys.into_iter().for_each(|k| *counts.entry(k).or_default() += 1);
        let mut counts: Vec<_> = counts.into_iter().collect();
        counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        counts.into_iter().map(|(k, _)| k).collect::<Vec<_>>()
    };
    let team = busiest(all.iter().filter_map(|r| r.team_id).map(|t| t.to_string()).collect())[0].parse().unwrap();
    let wards: Vec<String> =
        busiest(all.iter().map(|r| r.ward_code.to_string()).collect()).into_iter().take(2).collect();
    let expected: Vec<_> =
        all.into_iter().filter(|r| wards.contains(&r.ward_code.to_string()) || r.team_id == Some(team)).collect();
    assert!(expected.len() > 40, "enough for four pages: {}", expected.len());
    let query = QueueQuery {
        reach: Reach { wards, teams: vec![team], ..Reach::default() },
        states: open,
        limit: 10,
        ..QueueQuery::default()
    };
    (expected, query, kith)
}

#[tokio::test]
async fn a_queue_read_term_by_term_pages_exactly_as_the_whole_reach_in_due_order() {
    on_every_backend(|backend| async move {
        let (expected, query, kith) = a_reach_read_by_its_terms(backend).await;
        let mut listed = Vec::new();
        for page in 0..4 {
            let (rows, total) =
                kith.store.queue(&kith_store::cases::QueueQuery { offset: page * 10, ..query.clone() }).await.unwrap();
            assert_eq!(total, expected.len() as i64, "page {page}'s count");
            listed.extend(rows);
        }
        let ids = |rows: &[kith_store::cases::QueueRow]| rows.iter().map(|r| r.reference.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&listed), ids(&expected[..40]));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_queue_counted_up_to_a_bound_stops_counting_there() {
    let (expected, query, kith) = a_reach_read_by_its_terms(Backend::Sqlite).await;
    let (rows, total) =
        kith.store.queue(&kith_store::cases::QueueQuery { count_up_to: Some(20), ..query.clone() }).await.unwrap();
    assert_eq!((rows.len(), total), (10, 20), "of {}", expected.len());
    kith.stop().await;
}
