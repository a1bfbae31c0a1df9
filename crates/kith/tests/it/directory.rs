//! The directory for people, over real HTTP on both stores: search with its filters and form errors, a service's
//! page in plain words, its calendar, the shortlist, freshness hiding what nobody checks, and staff history.

use chrono::Duration;
use kith_core::accounts::Scope;
use kith_testkit::directory::{Fixture, LADYWOOD, fixture};
use kith_testkit::html::{csrf_token, error_summary, strip_tags, text_of};
use kith_testkit::{Backend, TestApp};

use crate::on_every_backend;

const PASSWORD: &str = "a long enough test password";

/// The names of the results on a search page, in order.
fn result_names(html: &str) -> Vec<String> {
    html.split("<li class=\"kith-result\">").skip(1).filter_map(|item| text_of(item, "h3")).collect()
}

async fn page(kith: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(kith.url(path)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn with_fixture(backend: Backend) -> (TestApp, Fixture) {
    let kith = TestApp::start(backend).await;
    let f = fixture(&kith.app).await;
    (kith, f)
}

#[tokio::test]
async fn search_ranks_by_words_and_distance_with_stemming_and_synonyms() {
    on_every_backend(|backend| async move {
        let (kith, _) = with_fixture(backend).await;
        let client = kith.client();
        let (status, html) = page(&kith, &client, "/directory?q=lunch+clubs").await;
        assert_eq!(status, 200);
        assert_eq!(result_names(&html), vec!["Ladywood Lunch Club"], "clubs finds club");
        let (_, html) = page(&kith, &client, "/directory?q=lonely").await;
        assert_eq!(result_names(&html), vec!["Telephone befriending"], "a synonym network leads keep");
        // From Sparkbrook, the food bank there comes before the lunch club in Ladywood; the phone line that
        // serves Sparkbrook has no place, so it comes last.
        let (_, html) = page(&kith, &client, "/directory?postcode=B11+1AA").await;
        assert_eq!(result_names(&html), vec!["Sparkbrook Food Bank", "Ladywood Lunch Club", "Telephone befriending"]);
        let facts = strip_tags(&html);
        assert!(facts.contains("0.1 miles away, Sparkbrook Hall"), "{facts}");
        assert!(facts.contains("Next: Saturday 9:30am"), "the next session in words: {facts}");
        assert!(facts.contains("Checked 1 month ago"));
        let (_, html) = page(&kith, &client, "/directory?postcode=B11+1AA&within=1").await;
        assert_eq!(
            result_names(&html),
            vec!["Sparkbrook Food Bank", "Telephone befriending"],
            "a mile, or serving the ward"
        );
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn filters_for_need_day_cost_language_age_and_ward_narrow_the_results() {
    on_every_backend(|backend| async move {
        let (kith, f) = with_fixture(backend).await;
        let client = kith.client();
        let names = |path: String| {
            let (kith, client) = (&kith, &client);
            async move { result_names(&page(kith, client, &path).await.1) }
        };
        assert_eq!(
            names(format!("/directory?need={}", f.food)).await,
            vec!["Sparkbrook Food Bank"],
            "a need finds the kinds below it"
        );
        assert_eq!(names("/directory?day=saturday".into()).await, vec!["Sparkbrook Food Bank"]);
        assert_eq!(names("/directory?free=yes&q=lunch".into()).await, Vec::<String>::new());
        assert_eq!(names("/directory?language=so".into()).await, vec!["Sparkbrook Food Bank"]);
        assert_eq!(
            names("/directory?age=30&q=lunch".into()).await,
            Vec::<String>::new(),
            "the lunch club is for over-60s"
        );
        assert_eq!(names("/directory?age=70&q=lunch".into()).await, vec!["Ladywood Lunch Club"]);
        assert_eq!(
            names(format!("/directory?ward={LADYWOOD}")).await,
            vec!["Ladywood Lunch Club", "Telephone befriending"]
        );
        assert_eq!(names("/directory?access=step-free&q=food".into()).await, vec!["Sparkbrook Food Bank"]);
        // The test clock starts on a Monday at 9am in Birmingham: the befriending line opens at 2pm.
        assert_eq!(names("/directory?open_now=yes".into()).await, Vec::<String>::new());
        kith.clock.advance(Duration::hours(5));
        assert_eq!(names("/directory?open_now=yes".into()).await, vec!["Telephone befriending"]);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_bad_search_shows_the_error_summary_and_keeps_what_was_typed() {
    let (kith, _) = with_fixture(Backend::Sqlite).await;
    let client = kith.client();
    let response = client.get(kith.url("/directory?q=food&postcode=zzz&age=old&language=xx")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 422);
    let html = response.text().await.unwrap();
    assert_eq!(
        error_summary(&html),
        vec!["Enter a postcode like B15 2TT", "Enter an age in years, like 67", "Choose a language from the list"]
    );
    assert!(html.contains("value=\"food\""), "the words typed are kept");
    assert!(text_of(&html, "title").unwrap().starts_with("Error:"));
    let (status, html) = page(&kith, &client, "/directory?postcode=B15+9ZZ").await;
    assert_eq!(status, 422);
    assert_eq!(error_summary(&html), vec!["We do not know that postcode: check it and try again"]);
    kith.stop().await;
}

#[tokio::test]
async fn a_service_page_says_when_where_and_how_in_plain_words_and_offers_a_calendar() {
    on_every_backend(|backend| async move {
        let (kith, f) = with_fixture(backend).await;
        let client = kith.client();
        let (status, html) = page(&kith, &client, &format!("/directory/services/{}", f.lunch_club)).await;
        assert_eq!(status, 200);
        let text = strip_tags(&html);
        for expected in [
            "Ladywood Lunch Club",
            "Every Tuesday, 10am to 12pm, not on bank holidays",
            "Next: Tomorrow 10am",
            "Ladywood Community Centre",
            "1 Test Street",
            "Birmingham B16 8AB",
            "Step-free access",
            "£3.50 per meal",
            "English, Urdu",
            "Ages 60 and over",
            "Checked 20 days ago",
        ] {
            assert!(text.contains(expected), "{expected:?} in {text}");
        }
        let calendar =
            client.get(kith.url(&format!("/directory/services/{}/calendar", f.lunch_club))).send().await.unwrap();
        assert_eq!(calendar.status().as_u16(), 200);
        assert!(calendar.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
        let ics = calendar.text().await.unwrap();
        assert!(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU"), "{ics}");
        assert!(ics.contains("SUMMARY:Ladywood Lunch Club"));
        let (status, _) = page(&kith, &client, &format!("/directory/services/{}", uuid::Uuid::new_v4())).await;
        assert_eq!(status, 404);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_record_unchecked_for_eighteen_months_is_hidden_from_the_public_but_not_from_staff() {
    on_every_backend(|backend| async move {
        let (kith, f) = with_fixture(backend).await;
        let public = kith.client();
        let (_, html) = page(&kith, &public, "/directory?q=knitting").await;
        assert!(result_names(&html).is_empty());
        let (status, _) = page(&kith, &public, &format!("/directory/services/{}", f.old_group)).await;
        assert_eq!(status, 404);
        let api = public.get(kith.url(&format!("/api/oruk/services/{}", f.old_group))).send().await.unwrap();
        assert_eq!(api.status().as_u16(), 404, "not in the open data either");
        kith.add_user("lead@example.org", PASSWORD, "network_lead", Scope::City).await;
        let staff = kith.client();
        kith.sign_in(&staff, "lead@example.org", PASSWORD).await;
        let (status, html) = page(&kith, &staff, &format!("/directory/services/{}", f.old_group)).await;
        assert_eq!(status, 200);
        assert!(strip_tags(&html).contains("hidden from the public"));
        // Time passes: the lunch club, checked 20 days ago, expires 18 months on.
        kith.clock.advance(Duration::days(30 * 18));
        let (_, html) = page(&kith, &public, "/directory?q=lunch").await;
        assert!(result_names(&html).is_empty(), "expiry is judged at query time, by the clock");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_shortlist_needs_no_account_and_can_be_shared_and_printed() {
    let (kith, f) = with_fixture(Backend::Sqlite).await;
    let client = kith.client();
    let (_, html) = page(&kith, &client, &format!("/directory/services/{}", f.food_bank)).await;
    let csrf = csrf_token(&html);
    for id in [f.food_bank, f.lunch_club] {
        let added = client
            .post(kith.url("/directory/shortlist"))
            .form(&[("csrf_token", csrf.as_str()), ("service_id", &id.to_string()), ("next", "/directory")])
            .send()
            .await
            .unwrap();
        assert_eq!(added.status().as_u16(), 303, "back to where they were");
        assert_eq!(added.headers()["location"], "/directory");
    }
    let (_, html) = page(&kith, &client, "/directory/shortlist").await;
    let text = strip_tags(&html);
    assert!(text.contains("Sparkbrook Food Bank") && text.contains("Ladywood Lunch Club"), "{text}");
    assert!(text.contains("Every Saturday, 9:30am to 1pm"));
    let share = format!("/directory/shortlist?ids={}.{}", f.food_bank, f.lunch_club);
    assert!(html.contains(&format!("ids={}.{}", f.food_bank, f.lunch_club)), "a link to share it");
    let stranger = kith.client();
    let (_, shared) = page(&kith, &stranger, &share).await;
    assert!(strip_tags(&shared).contains("Sparkbrook Food Bank"), "the link works for anyone");
    let forged = client
        .post(kith.url("/directory/shortlist"))
        .form(&[("csrf_token", "forged"), ("service_id", &f.befriending.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 400, "a forged form is refused");
    let removed = client
        .post(kith.url("/directory/shortlist"))
        .form(&[("csrf_token", csrf.as_str()), ("service_id", &f.food_bank.to_string()), ("remove", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status().as_u16(), 303);
    let (_, html) = page(&kith, &client, "/directory/shortlist").await;
    assert!(!strip_tags(&html).contains("Sparkbrook Food Bank"));
    kith.stop().await;
}

#[tokio::test]
async fn staff_read_who_changed_which_field_from_what_to_what() {
    on_every_backend(|backend| async move {
        let (kith, f) = with_fixture(backend).await;
        let (service, _) = kith.app.directory.read().service(f.lunch_club).unwrap();
        let mut changed = (*service).clone();
        changed.name = "Ladywood Friday Lunch Club".into();
        let actor = kith_app::Actor { user_id: None, label: "lead@example.org".into(), ip: None };
        kith_app::directory::write_records_from_command_line(
            &kith.app,
            &actor,
            vec![kith_app::directory::Record::Service(changed)],
            true,
        )
        .await
        .unwrap();
        let anonymous = kith.client();
        let response =
            anonymous.get(kith.url(&format!("/directory/services/{}/history", f.lunch_club))).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 303, "sign in first");
        kith.add_user("lead@example.org", PASSWORD, "network_lead", Scope::City).await;
        let staff = kith.client();
        kith.sign_in(&staff, "lead@example.org", PASSWORD).await;
        let (status, html) = page(&kith, &staff, &format!("/directory/services/{}/history", f.lunch_club)).await;
        assert_eq!(status, 200);
        let text = strip_tags(&html);
        assert!(text.contains("lead@example.org name Ladywood Lunch Club Ladywood Friday Lunch Club"), "{text}");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn staff_email_a_shortlist_through_the_outbox_and_the_audit_says_to_whom() {
    on_every_backend(|backend| async move {
        let (kith, f) = with_fixture(backend).await;
        kith.add_user("worker@example.org", PASSWORD, "coordinator", Scope::City).await;
        let staff = kith.client();
        kith.sign_in(&staff, "worker@example.org", PASSWORD).await;
        let share = format!("/directory/shortlist?ids={}.{}", f.food_bank, f.lunch_club);
        let (status, html) = page(&kith, &staff, &share).await;
        assert_eq!(status, 200, "{html}");
        let csrf = csrf_token(&html);
        let ids = format!("{}.{}", f.food_bank, f.lunch_club);
        let bad = staff
            .post(kith.url("/directory/shortlist/email"))
            .form(&[("csrf_token", csrf.as_str()), ("ids", ids.as_str()), ("to", "not an address")])
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status().as_u16(), 422);
        assert_eq!(error_summary(&bad.text().await.unwrap()), vec!["Enter an email address like name@example.org"]);
        let sent = staff
            .post(kith.url("/directory/shortlist/email"))
            .form(&[("csrf_token", csrf.as_str()), ("ids", ids.as_str()), ("to", "Resident@Example.org")])
            .send()
            .await
            .unwrap();
        assert_eq!(sent.status().as_u16(), 303);
        let queued = kith.store.emails_to("resident@example.org").await.unwrap();
        assert_eq!(queued.len(), 1);
        assert!(
            queued[0].body.contains("1. Sparkbrook Food Bank") && queued[0].body.contains("2. Ladywood Lunch Club"),
            "{}",
            queued[0].body
        );
        assert!(queued[0].body.contains("Every Saturday, 9:30am to 1pm"));
        let audit = kith
            .store
            .audit_events(&kith_store::audit::AuditQuery {
                action_prefix: Some("directory.shortlist".into()),
                limit: 5,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(audit.len(), 1);
        assert_eq!(audit[0].actor, "worker@example.org");
        assert_eq!(audit[0].detail["to"], "resident@example.org");

        // A resident (no account) cannot send email from Kith.
        let resident = kith.client();
        let (_, html) = page(&kith, &resident, &share).await;
        assert!(
            !html.contains("shortlist&#x2f;email") && !html.contains("shortlist/email"),
            "no email form without a staff account"
        );
        let (_, search) = page(&kith, &resident, "/directory?q=food").await;
        let csrf = csrf_token(&search);
        let refused = resident
            .post(kith.url("/directory/shortlist/email"))
            .form(&[("csrf_token", csrf.as_str()), ("ids", ids.as_str()), ("to", "someone@example.org")])
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status().as_u16(), 303, "sign in first");
        assert!(kith.store.emails_to("someone@example.org").await.unwrap().is_empty());
        kith.stop().await;
    })
    .await;
}

// ----- Written in other languages -----

#[tokio::test]
async fn a_service_written_in_urdu_is_found_by_its_urdu_words() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let f = kith_testkit::directory::fixture(&kith.app).await;
    let response = kith.client().get(kith.url("/directory?q=%DA%A9%DA%BE%D8%A7%D9%86%D8%A7")).send().await.unwrap();
    let html = response.text().await.unwrap();
    assert!(html.contains(&format!("/directory/services/{}", f.lunch_club)), "کھانا finds the lunch club");
    kith.stop().await;
}

#[tokio::test]
async fn a_reader_of_urdu_sees_the_service_as_written_in_urdu_with_the_english_beside_it() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let f = kith_testkit::directory::fixture(&kith.app).await;
    let path = format!("/directory/services/{}", f.lunch_club);
    let urdu = kith.client().get(kith.url(&format!("{path}?lang=ur"))).send().await.unwrap().text().await.unwrap();
    assert!(urdu.contains("<h1 class=\"govuk-heading-xl\" lang=\"ur\" dir=\"rtl\">لیڈی وڈ لنچ کلب</h1>"));
    assert!(urdu.contains("Ladywood Lunch Club"), "the English name is beside it");
    let punjabi =
        kith.client().get(kith.url(&format!("{path}?lang=pa-Guru"))).send().await.unwrap().text().await.unwrap();
    assert!(!punjabi.contains("لیڈی وڈ لنچ کلب"), "a reader of another language gets the English");
    kith.stop().await;
}

#[tokio::test]
async fn open_referral_uk_serves_the_english_record() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let f = kith_testkit::directory::fixture(&kith.app).await;
    let body = kith
        .client()
        .get(kith.url(&format!("/api/oruk/services/{}", f.lunch_club)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(body.contains("Ladywood Lunch Club") && !body.contains("لیڈی وڈ"), "{body}");
    kith.stop().await;
}
