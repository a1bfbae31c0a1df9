//! A home for each person's work: where sign-in lands, what each demo role finds waiting there, and what changed
//! since they last looked.

use chrono::Duration;
use kith_core::accounts::Scope;
use kith_core::places::WardCode;
use kith_testkit::html::strip_tags;
use kith_testkit::{Backend, TestApp};

use crate::on_every_backend;

const DEMO_PASSWORD: &str = "kith-demo-password";
const LADYWOOD: &str = "E05011151";

async fn the_demo_city() -> TestApp {
    TestApp::start_on(crate::demo_city(Backend::Sqlite).await, Default::default(), Default::default()).await
}

/// A client signed in as a demo account (`councillor` for councillor@demo.kith.example.org).
async fn demo_client(kith: &TestApp, who: &str) -> reqwest::Client {
    let client = kith.client();
    let answer = kith.sign_in(&client, &format!("{who}@demo.kith.example.org"), DEMO_PASSWORD).await;
    assert_eq!(answer.status().as_u16(), 303, "{who} signs in");
    client
}

async fn home_of(kith: &TestApp, client: &reqwest::Client) -> String {
    let answer = client.get(kith.url("/home")).send().await.expect("the home answers");
    assert_eq!(answer.status().as_u16(), 200);
    answer.text().await.expect("html")
}

/// The text of one section of a home (`cases-breached`), or `None` when the home has no such section.
fn section(html: &str, key: &str) -> Option<String> {
    let start = html.find(&format!("<section class=\"kith-home-section\" id=\"home-{key}\""))?;
    let end = html[start..].find("</section>").map_or(html.len(), |e| start + e);
    Some(strip_tags(&html[start..end]))
}

/// The section keys of a home, in the order shown.
fn sections(html: &str) -> Vec<String> {
    html.split("<section class=\"kith-home-section\" id=\"home-")
        .skip(1)
        .filter_map(|s| s.split('"').next().map(str::to_owned))
        .collect()
}

async fn demo_home(who: &str) -> String {
    let kith = the_demo_city().await;
    let client = demo_client(&kith, who).await;
    let html = home_of(&kith, &client).await;
    kith.stop().await;
    html
}

#[tokio::test]
async fn signing_in_lands_on_the_person_s_home() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.add_user("cllr@example.org", crate::cases::PASSWORD, "councillor", Scope::City).await;
    let answer = kith.sign_in(&kith.client(), "cllr@example.org", crate::cases::PASSWORD).await;
    assert_eq!((answer.status().as_u16(), answer.headers()["location"].to_str().unwrap()), (303, "/home"));
    kith.stop().await;
}

#[tokio::test]
async fn the_kith_link_leads_someone_signed_in_to_their_home_and_others_to_the_ward_finder() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.add_user("cllr@example.org", crate::cases::PASSWORD, "councillor", Scope::City).await;
    let anonymous = kith.client().get(kith.url("/wards")).send().await.unwrap().text().await.unwrap();
    assert!(anonymous.contains(r#"<a href="/" class="govuk-header__link govuk-header__link--homepage">"#));
    let client = kith.client();
    kith.sign_in(&client, "cllr@example.org", crate::cases::PASSWORD).await;
    let signed_in = client.get(kith.url("/wards")).send().await.unwrap().text().await.unwrap();
    assert!(signed_in.contains(r#"<a href="/home" class="govuk-header__link govuk-header__link--homepage">"#));
    kith.stop().await;
}

#[tokio::test]
async fn the_home_asks_someone_signed_out_to_sign_in() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let answer = kith.client().get(kith.url("/home")).send().await.unwrap();
    assert_eq!(
        (answer.status().as_u16(), answer.headers()["location"].to_str().unwrap()),
        (303, "/sign-in?next=%2Fhome")
    );
    kith.stop().await;
}

#[tokio::test]
async fn someone_with_no_roles_is_told_nothing_waits_for_them() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.add_user("volunteer@example.org", crate::cases::PASSWORD, "volunteer", Scope::City).await;
    let client = kith.client();
    kith.sign_in(&client, "volunteer@example.org", crate::cases::PASSWORD).await;
    let html = home_of(&kith, &client).await;
    assert!(html.contains(r#"id="home-nothing""#), "{html}");
    assert!(sections(&html).is_empty());
    kith.stop().await;
}

#[tokio::test]
async fn a_councillor_s_home_lists_their_ward_s_open_cases_by_due_date_and_their_own_enquiries() {
    let html = demo_home("councillor").await;
    let open = section(&html, "cases-open").expect("open cases");
    assert!(open.contains("ENQ-") && open.contains("Ladywood"), "{open}");
    let raised = section(&html, "cases-raised").expect("their own enquiries");
    assert!(raised.contains("Damp and mould"), "{raised}");
}

#[tokio::test]
async fn a_councillor_s_home_lists_their_ward_s_next_forum_and_overdue_actions() {
    let html = demo_home("councillor").await;
    assert!(section(&html, "forums-next").expect("next forum").contains("Ladywood ward forum"));
    assert!(section(&html, "actions-overdue").expect("overdue actions").contains("Late"));
}

#[tokio::test]
async fn a_councillor_s_home_shows_the_decisions_of_their_ward_s_latest_deciding_forum() {
    let html = demo_home("councillor").await;
    let decided = section(&html, "forums-decided").expect("decisions");
    assert!(decided.contains("adopted") || decided.contains("declined"), "{decided}");
}

#[tokio::test]
async fn the_most_urgent_sections_come_first() {
    let html = demo_home("coordinator").await;
    let keys = sections(&html);
    let first_late = keys.iter().position(|k| k == "cases-breached").expect("breached cases");
    let raised = keys.iter().position(|k| k == "cases-raised");
    assert_eq!(first_late, 0, "{keys:?}");
    assert!(raised.is_none_or(|r| r > first_late), "{keys:?}");
}

#[tokio::test]
async fn a_coordinator_s_home_lists_their_patch_s_breached_cases_and_overdue_actions() {
    let html = demo_home("coordinator").await;
    assert!(section(&html, "cases-breached").expect("breached").contains("Late"));
    assert!(section(&html, "actions-overdue").expect("overdue actions").contains("See all"));
}

#[tokio::test]
async fn a_service_officer_s_home_lists_their_team_s_breaches_and_queue_by_due_date() {
    let html = demo_home("officer").await;
    let breached = section(&html, "cases-breached").expect("breaches");
    assert!(breached.contains("REQ-") || breached.contains("ENQ-"), "{breached}");
    assert!(section(&html, "cases-open").is_some(), "{:?}", sections(&html));
    // Their team's work, not a ward's: no forums.
    assert!(section(&html, "forums-next").is_none());
}

#[tokio::test]
async fn a_triage_worker_s_home_lists_what_waits_for_triage() {
    let html = demo_home("triage").await;
    assert!(section(&html, "cases-triage").expect("triage queue").contains("in all"));
}

#[tokio::test]
async fn a_network_lead_s_home_lists_directory_changes_to_review_and_stale_records() {
    let html = demo_home("networklead").await;
    assert!(section(&html, "directory-review").expect("review").contains("Ladywood Women's Circle"));
    assert!(section(&html, "directory-stale").is_some());
}

#[tokio::test]
async fn a_community_member_s_home_lists_referrals_to_them_their_drafts_and_services_to_check() {
    let html = demo_home("community").await;
    assert!(section(&html, "cases-open").expect("referrals").contains("REF-"));
    assert!(section(&html, "directory-drafts").expect("drafts").contains("Ladywood Women's Circle"));
    assert!(section(&html, "directory-own-stale").is_some(), "{:?}", sections(&html));
}

#[tokio::test]
async fn a_grants_officer_s_home_lists_applications_waiting_soonest_due_first() {
    let html = demo_home("grants").await;
    assert!(section(&html, "grants-queue").expect("applications").contains("GR-"));
}

#[tokio::test]
async fn a_panel_member_s_home_lists_the_applications_they_have_not_scored() {
    let html = demo_home("panel").await;
    assert!(section(&html, "grants-panel").expect("to assess").contains("GR-"));
}

#[tokio::test]
async fn an_assets_officer_s_home_lists_the_community_building_decisions_due() {
    let html = demo_home("assets").await;
    let due = section(&html, "assets-due").expect("decisions due");
    assert!(due.contains("CAT-") || due.contains("ACV-"), "{due}");
}

#[tokio::test]
async fn a_translator_s_home_lists_approved_messages_no_community_translator_has_checked() {
    let html = demo_home("translator").await;
    let unchecked = section(&html, "translations-unchecked").expect("messages to check");
    assert!(unchecked.contains("ur"), "{unchecked}");
}

#[tokio::test]
async fn a_volunteering_coordinator_s_home_lists_requests_for_help_without_a_volunteer() {
    let kith = the_demo_city().await;
    let lead = demo_client(&kith, "networklead").await;
    let html = home_of(&kith, &lead).await;
    kith.stop().await;
    assert!(section(&html, "help-unassigned").is_some(), "{:?}", sections(&html));
}

/// A councillor of Ladywood with one case they raised there, signed in.
async fn councillor_with_a_case(backend: Backend) -> (TestApp, reqwest::Client, String) {
    let kith = TestApp::start(backend).await;
    let ladywood = WardCode::parse(LADYWOOD).unwrap();
    kith.add_user("cllr@example.org", crate::cases::PASSWORD, "councillor", Scope::Ward(ladywood)).await;
    let principal = kith.principal("cllr@example.org").await;
    let form = kith_app::cases::CaseForm {
        kind: "member_enquiry".into(),
        category: "housing".into(),
        summary: "Damp in a flat on Summer Lane".into(),
        description: "The family have asked twice.".into(),
        postcode: kith_testkit::cases::LADYWOOD_POSTCODE.into(),
        place: "Summer Lane".into(),
        resident_name: "Grace Okafor".into(),
        resident_phone: "0121 496 0000".into(),
        preferred_contact: "phone".into(),
        ..Default::default()
    };
    let reference =
        kith_app::cases::raise(&kith.app, &principal, &principal.actor(None), &form).await.expect("the case is raised");
    let client = kith.client();
    kith.sign_in(&client, "cllr@example.org", crate::cases::PASSWORD).await;
    (kith, client, reference)
}

#[tokio::test]
async fn a_home_says_what_changed_since_the_person_last_looked() {
    on_every_backend(|backend| async move {
        let (kith, client, reference) = councillor_with_a_case(backend).await;
        let first = home_of(&kith, &client).await;
        assert!(section(&first, "cases-changed").is_none(), "nothing to compare with on a first look");
        kith.clock.advance(Duration::hours(3));
        let principal = kith.principal("cllr@example.org").await;
        kith_app::cases::add_note(&kith.app, &principal, &principal.actor(None), &reference, "Chased", false)
            .await
            .expect("the note is added");
        kith.clock.advance(Duration::hours(2));
        let later = home_of(&kith, &client).await;
        assert!(later.contains("Since you last looked"), "{later}");
        assert!(section(&later, "cases-changed").expect("changed cases").contains(&reference));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn looking_again_within_the_hour_keeps_what_changed_since_the_sitting_before() {
    on_every_backend(|backend| async move {
        let (kith, client, reference) = councillor_with_a_case(backend).await;
        home_of(&kith, &client).await;
        kith.clock.advance(Duration::hours(3));
        let principal = kith.principal("cllr@example.org").await;
        kith_app::cases::add_note(&kith.app, &principal, &principal.actor(None), &reference, "Chased", false)
            .await
            .expect("the note is added");
        kith.clock.advance(Duration::hours(2));
        home_of(&kith, &client).await;
        kith.clock.advance(Duration::minutes(10));
        let reload = home_of(&kith, &client).await;
        assert!(section(&reload, "cases-changed").expect("still listed on a reload").contains(&reference));
        kith.stop().await;
    })
    .await;
}

/// Makes a calendar address on the home of a signed-in client; the path part of it (`/calendars/…`).
async fn make_calendar(kith: &TestApp, client: &reqwest::Client) -> String {
    let home = home_of(kith, client).await;
    let csrf = kith_testkit::html::csrf_token(&home);
    let answer = client.post(kith.url("/home/calendars")).form(&[("csrf_token", csrf.as_str())]).send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 200);
    let page = answer.text().await.unwrap().replace("&#x2f;", "/");
    let made =
        page.split(r#"id="calendar-made">"#).nth(1).expect("the new address is shown").split('<').next().unwrap();
    made[made.find("/calendars/").expect("a calendar address")..].to_owned()
}

async fn fetch(kith: &TestApp, path: &str) -> (u16, String) {
    let r = reqwest::get(kith.url(path)).await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

#[tokio::test]
async fn a_councillor_s_calendar_holds_their_ward_s_forums_and_their_cases_due_dates() {
    let kith = the_demo_city().await;
    let councillor = demo_client(&kith, "councillor").await;
    let path = make_calendar(&kith, &councillor).await;
    let (status, ics) = fetch(&kith, &path).await;
    assert_eq!(status, 200);
    let events = crate::ical_events(ics).await.expect("an iCalendar parser reads it");
    kith.stop().await;
    assert!(events.iter().any(|e| e.starts_with("Ladywood ward forum |")), "{events:?}");
    assert!(events.iter().any(|e| e.starts_with("ENQ-") && e.contains(" due: Housing and repairs |")), "{events:?}");
}

#[tokio::test]
async fn a_calendar_names_cases_by_reference_and_category_never_what_they_are_about() {
    let kith = the_demo_city().await;
    let councillor = demo_client(&kith, "councillor").await;
    let path = make_calendar(&kith, &councillor).await;
    let (_, ics) = fetch(&kith, &path).await;
    kith.stop().await;
    assert!(ics.contains("ENQ-") && !ics.contains("Damp and mould"), "{ics}");
}

#[tokio::test]
async fn a_stopped_calendar_address_says_it_was_stopped() {
    on_every_backend(|backend| async move {
        let (kith, client, _) = councillor_with_a_case(backend).await;
        let path = make_calendar(&kith, &client).await;
        assert_eq!(fetch(&kith, &path).await.0, 200);
        let id = path.split('/').nth(2).unwrap().to_owned();
        let csrf = kith_testkit::html::csrf_token(&home_of(&kith, &client).await);
        let stop = client
            .post(kith.url(&format!("/home/calendars/{id}/revoke")))
            .form(&[("csrf_token", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(stop.status().as_u16(), 303);
        let (status, said) = fetch(&kith, &path).await;
        assert_eq!(status, 410);
        assert!(said.starts_with("This calendar link was stopped on 2 March 2026."), "{said}");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_calendar_address_with_a_forged_signature_is_not_found() {
    let (kith, client, _) = councillor_with_a_case(Backend::Sqlite).await;
    let path = make_calendar(&kith, &client).await;
    let forged = format!("{}/{}.ics", path.rsplit_once('/').unwrap().0, "0".repeat(32));
    assert_eq!(fetch(&kith, &forged).await.0, 404);
    kith.stop().await;
}

#[tokio::test]
async fn nobody_can_stop_someone_else_s_calendar() {
    let (kith, client, _) = councillor_with_a_case(Backend::Sqlite).await;
    let path = make_calendar(&kith, &client).await;
    let id = path.split('/').nth(2).unwrap().to_owned();
    kith.add_user("other@example.org", crate::cases::PASSWORD, "councillor", Scope::City).await;
    let other = kith.client();
    kith.sign_in(&other, "other@example.org", crate::cases::PASSWORD).await;
    let csrf = kith_testkit::html::csrf_token(&home_of(&kith, &other).await);
    let stop = other
        .post(kith.url(&format!("/home/calendars/{id}/revoke")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(stop.status().as_u16(), 404);
    assert_eq!(fetch(&kith, &path).await.0, 200, "still works");
    kith.stop().await;
}

#[tokio::test]
async fn a_person_holds_at_most_five_live_calendar_addresses() {
    let (kith, client, _) = councillor_with_a_case(Backend::Sqlite).await;
    for _ in 0..kith_app::home::MAX_CALENDAR_LINKS {
        make_calendar(&kith, &client).await;
    }
    let csrf = kith_testkit::html::csrf_token(&home_of(&kith, &client).await);
    let sixth = client.post(kith.url("/home/calendars")).form(&[("csrf_token", csrf.as_str())]).send().await.unwrap();
    assert_eq!(sixth.status().as_u16(), 422);
    let summary = kith_testkit::html::error_summary(&sixth.text().await.unwrap());
    assert!(summary[0].starts_with("You have 5 calendar links already"), "{summary:?}");
    kith.stop().await;
}

#[tokio::test]
async fn a_ward_s_priorities_feed_is_atom_with_its_forum_decisions() {
    let kith = the_demo_city().await;
    let (status, xml) = fetch(&kith, &format!("/wards/{LADYWOOD}/priorities.atom")).await;
    kith.stop().await;
    assert_eq!(status, 200);
    assert!(xml.contains("<title>Adopted at Ladywood ward forum: "), "{xml}");
    crate::atom_is_valid(xml).await.expect("valid Atom");
}

#[tokio::test]
async fn a_ward_s_directory_feed_is_atom_with_the_services_at_its_places() {
    let kith = the_demo_city().await;
    let (status, xml) = fetch(&kith, &format!("/wards/{LADYWOOD}/directory.atom")).await;
    kith.stop().await;
    assert_eq!(status, 200);
    assert!(xml.matches("<entry>").count() > 0, "{xml}");
    assert!(xml.contains("/directory/services/"), "{xml}");
    crate::atom_is_valid(xml).await.expect("valid Atom");
}

#[tokio::test]
async fn a_feed_of_a_ward_that_is_not_one_is_not_found() {
    let kith = TestApp::start(Backend::Sqlite).await;
    assert_eq!(fetch(&kith, "/wards/E05999999/priorities.atom").await.0, 404);
    assert_eq!(fetch(&kith, "/wards/nonsense/directory.atom").await.0, 404);
    kith.stop().await;
}

#[tokio::test]
async fn an_administrator_s_home_answers_in_a_city_with_nothing_in_it_yet() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.add_user("ada@example.org", crate::cases::PASSWORD, "administrator", Scope::City).await;
    let principal = kith.principal("ada@example.org").await;
    let home = kith_app::home::home(&kith.app, &principal).await;
    assert!(home.is_ok(), "{:?}", home.err());
    let client = kith.client();
    kith.sign_in(&client, "ada@example.org", crate::cases::PASSWORD).await;
    let answer = client.get(kith.url("/home")).send().await.unwrap();
    let status = answer.status().as_u16();
    let _ = answer.text().await;
    kith.stop().await;
    let keys: Vec<&str> = home.unwrap().sections.iter().map(|s| s.key).collect();
    assert_eq!(status, 200, "{keys:?}");
}

#[tokio::test]
async fn a_ward_s_page_links_to_its_feeds_and_calendar() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let (status, page) = fetch(&kith, &format!("/wards/{LADYWOOD}")).await;
    kith.stop().await;
    assert_eq!(status, 200);
    let page = page.replace("&#x2f;", "/");
    for feed in ["priorities.atom", "directory.atom", "forums.ics"] {
        assert!(page.contains(&format!(r#"href="/wards/{LADYWOOD}/{feed}""#)), "{feed}");
    }
}
