//! Who keeps the directory, through the real forms on both stores: a community organisation's member proposes, the
//! network lead of the area approves or sends back with a reason, the public sees only what is approved, network
//! leads edit directly, nobody edits what is not theirs, and bad input is shown field by field.

use kith_core::accounts::Scope;
use kith_testkit::directory::{Fixture, LADYWOOD, fixture};
use kith_testkit::html::{csrf_token, error_summary, strip_tags};
use kith_testkit::{Backend, TestApp};

use crate::on_every_backend;

const PASSWORD: &str = "a long enough test password";

async fn signed_in(kith: &TestApp, email: &str, role: &str, scope: Scope) -> reqwest::Client {
    kith.add_user(email, PASSWORD, role, scope).await;
    let client = kith.client();
    let signed = kith.sign_in(&client, email, PASSWORD).await;
    assert_eq!(signed.status().as_u16(), 303, "{email} signs in");
    client
}

async fn get(kith: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let r = client.get(kith.url(path)).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// Submits a form page's form with the given fields (and its CSRF token).
async fn submit(
    kith: &TestApp,
    client: &reqwest::Client,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let (_, html) = get(kith, client, page).await;
    let csrf = csrf_token(&html);
    let mut form: Vec<(&str, &str)> = vec![("csrf_token", csrf.as_str())];
    form.extend_from_slice(fields);
    let r = client.post(kith.url(action)).form(&form).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

fn lunch_club_fields<'a>() -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", "Ladywood Lunch Club"),
        ("description", "A hot lunch, good company and a quiz."),
        ("status", "active"),
        ("location", ""),
        ("days", "tuesday"),
        ("days", "thursday"),
        ("opens", "10:00"),
        ("closes", "12:00"),
        ("every_weeks", "1"),
        ("not_on_bank_holidays", "yes"),
        ("cost", "3.50"),
        ("cost_description", "per meal"),
        ("languages", "en, ur"),
        ("minimum_age", "60"),
    ]
}

async fn names_in_search(kith: &TestApp, q: &str) -> String {
    let (_, html) = get(kith, &kith.client(), &format!("/directory?q={q}")).await;
    strip_tags(&html)
}

async fn setup(backend: Backend) -> (TestApp, Fixture, reqwest::Client, reqwest::Client) {
    let kith = TestApp::start(backend).await;
    let f = fixture(&kith.app).await;
    let member = signed_in(&kith, "member@example.org", "community_member", Scope::Organisation(f.organisation)).await;
    let ladywood = kith_core::places::WardCode::parse(LADYWOOD).unwrap();
    let lead = signed_in(&kith, "lead@example.org", "network_lead", Scope::Ward(ladywood)).await;
    (kith, f, member, lead)
}

#[tokio::test]
async fn a_members_change_waits_for_the_network_lead_and_is_public_only_once_approved() {
    on_every_backend(|backend| async move {
        let (kith, f, member, lead) = setup(backend).await;
        let edit = format!("/directory/manage/services/{}/edit", f.lunch_club);
        let mut fields = lunch_club_fields();
        fields[3] = ("location", "");
        let location = kith.app.directory.read().service(f.lunch_club).unwrap().0.locations[0].to_string();
        fields[3].1 = &location;
        fields.push(("access", "step-free"));
        fields[1] = ("description", "Now with a quiz every week.");
        let (status, html) = submit(&kith, &member, &edit, &edit, &fields).await;
        assert_eq!(status, 200, "{html}");
        assert!(strip_tags(&html).contains("Sent for review"));
        assert!(!names_in_search(&kith, "quiz").await.contains("Ladywood Lunch Club"), "not public before review");

        let (_, manage) = get(&kith, &member, "/directory/manage").await;
        assert!(strip_tags(&manage).contains("Waiting for review"));

        let (_, queue) = get(&kith, &lead, "/directory/review").await;
        let draft = queue
            .split("/directory/review/")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("a draft in the queue")
            .to_owned();
        let review = format!("/directory/review/{draft}");
        let (_, page) = get(&kith, &lead, &review).await;
        let text = strip_tags(&page);
        assert!(
            text.contains("A hot lunch and good company for older people. Now with a quiz every week."),
            "old and new side by side: {text}"
        );
        assert!(text.contains("Every Tuesday and Thursday, 10am to 12pm, not on bank holidays"));

        let (status, _) = submit(&kith, &lead, &review, &review, &[("decision", "approve")]).await;
        assert_eq!(status, 303);
        assert!(names_in_search(&kith, "quiz").await.contains("Ladywood Lunch Club"), "public once approved");
        let history = kith_app::directory::history(&kith.app, &kith.principal("lead@example.org").await, f.lunch_club)
            .await
            .unwrap();
        let description = history.iter().find(|h| h.field == "description").expect("the description's change is kept");
        assert_eq!(description.actor, "member@example.org (approved by lead@example.org)");
        assert_eq!(description.old_value.as_deref(), Some("A hot lunch and good company for older people."));

        let (_, again) = submit(&kith, &lead, &review, &review, &[("decision", "approve")]).await;
        assert!(
            strip_tags(&again).contains("This change has been decided"),
            "a decided draft cannot be approved twice"
        );
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_change_sent_back_keeps_the_public_record_and_tells_the_member_why() {
    on_every_backend(|backend| async move {
        let (kith, f, member, lead) = setup(backend).await;
        let new = format!("/directory/manage/organisations/{}/services/new", f.organisation);
        let mut fields = lunch_club_fields();
        fields[0] = ("name", "Ladywood Chess Club");
        fields[3] = ("location", "new");
        fields.extend([("venue_name", "Ladywood Library"), ("venue_postcode", "B16 8AE")]);
        let (status, html) = submit(&kith, &member, &new, &new, &fields).await;
        assert_eq!(status, 200, "{html}");
        let (_, queue) = get(&kith, &lead, "/directory/review").await;
        assert!(strip_tags(&queue).contains("Ladywood Chess Club New"), "{}", strip_tags(&queue));
        let draft = queue.split("/directory/review/").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned();
        let review = format!("/directory/review/{draft}");
        let (status, html) = submit(&kith, &lead, &review, &review, &[("decision", "return"), ("reason", "")]).await;
        assert_eq!(status, 422);
        assert_eq!(error_summary(&html), vec!["Say what needs to change, so the organisation can put it right"]);
        let (status, _) = submit(
            &kith,
            &lead,
            &review,
            &review,
            &[("decision", "return"), ("reason", "Which room? Please add it to the address.")],
        )
        .await;
        assert_eq!(status, 303);
        assert!(!names_in_search(&kith, "chess").await.contains("Ladywood Chess Club"));
        let (_, manage) = get(&kith, &member, "/directory/manage").await;
        assert!(strip_tags(&manage).contains("Which room? Please add it to the address."), "{}", strip_tags(&manage));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn network_leads_edit_directly_and_nobody_edits_what_is_not_theirs() {
    on_every_backend(|backend| async move {
        let (kith, f, _member, lead) = setup(backend).await;
        let edit = format!("/directory/manage/services/{}/edit", f.lunch_club);
        let location = kith.app.directory.read().service(f.lunch_club).unwrap().0.locations[0].to_string();
        let mut fields = lunch_club_fields();
        fields[3].1 = &location;
        fields[0] = ("name", "Ladywood Lunch and Quiz Club");
        let (status, html) = submit(&kith, &lead, &edit, &edit, &fields).await;
        assert_eq!(status, 200);
        assert!(strip_tags(&html).contains("Published"));
        assert!(names_in_search(&kith, "quiz").await.contains("Ladywood Lunch and Quiz Club"));

        // The Ladywood lead does not edit Sparkbrook; a member of another organisation edits nothing of this one.
        let (status, _) = get(&kith, &lead, &format!("/directory/manage/services/{}/edit", f.food_bank)).await;
        assert_eq!(status, 403);
        let other =
            kith_app::accounts::create_organisation_from_command_line(&kith.app, "Another group", "community group")
                .await
                .unwrap();
        let stranger = signed_in(&kith, "other@example.org", "community_member", Scope::Organisation(other)).await;
        let (status, _) = get(&kith, &stranger, &edit).await;
        assert_eq!(status, 403);
        let (status, _) = get(&kith, &stranger, "/directory/review").await;
        assert_eq!(status, 403);
        let anonymous = kith.client();
        let r = anonymous.get(kith.url("/directory/manage")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 303, "sign in first");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_service_form_says_what_to_fix_field_by_field_and_keeps_what_was_typed() {
    let (kith, f, member, _) = setup(Backend::Sqlite).await;
    let new = format!("/directory/manage/organisations/{}/services/new", f.organisation);
    let fields = vec![
        ("name", ""),
        ("description", "Chess for all"),
        ("location", "new"),
        ("venue_name", "Somewhere"),
        ("venue_postcode", "CV1 1AA"),
        ("days", "monday"),
        ("opens", "14:00"),
        ("closes", "13:00"),
        ("languages", "en, xx"),
        ("minimum_age", "60"),
        ("maximum_age", "18"),
    ];
    let (status, html) = submit(&kith, &member, &new, &new, &fields).await;
    assert_eq!(status, 422);
    let summary = error_summary(&html);
    assert_eq!(summary.len(), 5, "{summary:?}");
    assert_eq!(summary[0], "Enter the name of the service");
    assert!(summary[1].contains("outside Birmingham") || summary[1].contains("do not know"), "{summary:?}");
    assert_eq!(summary[2], "The time it ends must be after the time it starts");
    assert!(summary[3].contains("\"xx\" is not a language code"), "{summary:?}");
    assert_eq!(summary[4], "The oldest age must be the same as or more than the youngest");
    assert!(
        html.contains("value=\"Chess for all\"") || html.contains(">Chess for all</textarea>"),
        "what was typed is kept"
    );
    assert_eq!(kith.store.drafts(&Default::default()).await.unwrap().len(), 0, "nothing half-saved");
    kith.stop().await;
}

#[tokio::test]
async fn an_owner_confirms_a_record_is_still_accurate_in_one_step() {
    on_every_backend(|backend| async move {
        let (kith, f, member, _) = setup(backend).await;
        kith.clock.advance(chrono::Duration::days(200));
        kith.sign_in(&member, "member@example.org", PASSWORD).await;
        let (_, manage) = get(&kith, &member, "/directory/manage").await;
        assert!(strip_tags(&manage).contains("Checked 7 months ago"));
        let (status, _) = submit(
            &kith,
            &member,
            "/directory/manage",
            "/directory/manage/still-accurate",
            &[("service_id", &f.befriending.to_string())],
        )
        .await;
        assert_eq!(status, 303);
        let (s, _) = kith.app.directory.read().service(f.befriending).unwrap();
        assert_eq!(s.checked_at, kith.app.now(), "checked now");
        kith.stop().await;
    })
    .await;
}
