//! Community languages: what the public sees in each (approved translations of the English as it is now, English for
//! the rest), the translators' work in Kith (a draft, a review, an approval, scoped to one language), the coverage
//! page, the catalogue exported and imported, and right-to-left pages.

use kith_app::AppError;
use kith_core::accounts::Scope;
use kith_core::translations::Status;
use kith_testkit::html::{csrf_token, error_summary, lang_and_dir};
use kith_testkit::{Backend, TestApp};

use crate::on_every_backend;

const TRANSLATOR: &str = "translator@example.org";
/// Every community language Kith ships.
const LANGUAGES: &[&str] = &["ar", "bn", "pa-Arab", "pa-Guru", "pl", "so", "ur"];

async fn get(kith: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client.get(kith.url(path)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// The demo city, whose team translations `kith demo` approved.
async fn the_demo_city() -> TestApp {
    TestApp::start_on(
        crate::demo_city(Backend::Sqlite).await,
        kith_app::Settings::default(),
        kith_web::WebSettings::default(),
    )
    .await
}

/// A client signed in as a translator for `language`.
async fn translator(kith: &TestApp, language: &str) -> reqwest::Client {
    kith.add_user(TRANSLATOR, crate::cases::PASSWORD, "translator", Scope::Language(language.into())).await;
    let client = kith.client();
    kith.sign_in(&client, TRANSLATOR, crate::cases::PASSWORD).await;
    client
}

/// Sends a translator's form for one message.
async fn send(
    kith: &TestApp,
    client: &reqwest::Client,
    language: &str,
    key: &str,
    text: &str,
    action: &str,
) -> (u16, String) {
    let path = format!("/translations/{language}/messages/{key}");
    let (_, form) = get(kith, client, &path).await;
    let seen = form.split("name=\"seen\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap_or_default();
    let response = client
        .post(kith.url(&path))
        .form(&[("csrf_token", csrf_token(&form).as_str()), ("text", text), ("action", action), ("seen", seen)])
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn a_language_with_nothing_approved_shows_english_in_its_own_direction() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let (status, html) = get(&kith, &kith.client(), "/?lang=ur").await;
    assert_eq!(status, 200);
    assert_eq!(lang_and_dir(&html), ("ur".into(), "rtl".into()));
    assert!(html.contains("Find your ward"), "the repository's drafts are not shown: English is");
    assert!(!html.contains("اپنا وارڈ تلاش کریں"));
    kith.stop().await;
}

#[tokio::test]
async fn the_team_s_approved_translations_show_on_the_home_ward_directory_and_service_pages_in_every_language() {
    let kith = the_demo_city().await;
    let query =
        kith_search::Query { text: "lunch".into(), now: kith.app.now(), page: 1, per_page: 1, ..Default::default() };
    let service = kith.app.directory.read().search(&query).hits[0].service.id;
    let client = kith.client();
    for language in LANGUAGES {
        for path in [
            "/".to_owned(),
            "/?postcode=zzz".to_owned(),
            "/wards".to_owned(),
            "/wards/E05011134".to_owned(),
            "/directory?q=lunch&postcode=B15+2TT".to_owned(),
            format!("/directory/services/{service}"),
        ] {
            let sep = if path.contains('?') { '&' } else { '?' };
            let (status, html) = get(&kith, &client, &format!("{path}{sep}lang={language}")).await;
            assert!(status == 200 || status == 422, "{path} in {language}: {status}");
            assert_eq!(lang_and_dir(&html).0, *language);
        }
        let english = kith.web.catalogues.fallbacks(language);
        assert!(english.is_empty(), "{language}: shown in English: {english:?}");
    }
    kith.stop().await;
}

#[tokio::test]
async fn a_draft_is_never_shown_to_the_public() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let client = translator(&kith, "pl").await;
    let (status, _) = send(&kith, &client, "pl", "finder-heading", "Znajdź swój okręg", "save").await;
    assert_eq!(status, 303);
    let (_, html) = get(&kith, &kith.client(), "/?lang=pl").await;
    assert!(html.contains("Find your ward") && !html.contains("Znajdź swój okręg"));
    kith.stop().await;
}

#[tokio::test]
async fn a_message_a_translator_approves_is_shown_at_once_as_reviewed_by_them() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let client = translator(&kith, "pl").await;
        let (status, _) = send(&kith, &client, "pl", "finder-heading", "Znajdź swój okręg", "approve").await;
        assert_eq!(status, 303);
        let (_, html) = get(&kith, &kith.client(), "/?lang=pl").await;
        assert!(html.contains("Znajdź swój okręg"));
        let stored = kith.store.translation("pl", "finder-heading").await.unwrap().unwrap();
        assert_eq!(stored.status, Status::Approved);
        assert_eq!(stored.reviewed_by, Some(kith.principal(TRANSLATOR).await.user.id));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_translator_works_only_on_their_own_language() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let client = translator(&kith, "pl").await;
    let (status, _) = get(&kith, &client, "/translations/ur").await;
    assert_eq!(status, 403);
    let (status, _) = get(&kith, &client, "/translations/ur/messages/finder-heading").await;
    assert_eq!(status, 403);
    let (status, _) = get(&kith, &client, "/translations/pl").await;
    assert_eq!(status, 200);
    kith.stop().await;
}

#[tokio::test]
async fn a_translation_using_a_variable_english_does_not_pass_is_refused_with_the_message() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let client = translator(&kith, "pl").await;
    let (status, html) = send(&kith, &client, "pl", "wards-heading", "Okręgi w { $miasto }", "approve").await;
    assert_eq!(status, 422);
    assert_eq!(
        error_summary(&html),
        vec!["Use only the variables English uses: wards-heading uses $miasto where English uses $city".to_owned()]
    );
    assert!(kith.store.translation("pl", "wards-heading").await.unwrap().is_none_or(|t| t.status == Status::Draft));
    kith.stop().await;
}

#[tokio::test]
async fn a_translation_that_is_not_valid_fluent_is_refused_and_nothing_is_saved() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let client = translator(&kith, "pl").await;
    let before = kith.store.translation("pl", "wards-heading").await.unwrap();
    let (status, html) = send(&kith, &client, "pl", "wards-heading", "Okręgi w { $city", "approve").await;
    assert_eq!(status, 422);
    assert!(error_summary(&html)[0].starts_with("This is not a message Kith can show"), "{:?}", error_summary(&html));
    assert_eq!(kith.store.translation("pl", "wards-heading").await.unwrap(), before);
    kith.stop().await;
}

#[tokio::test]
async fn the_coverage_page_says_the_team_s_translations_are_approved_but_not_reviewed_by_a_community_translator() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.approve_team_translations().await;
    let (status, html) = get(&kith, &kith.client(), "/translations").await;
    assert_eq!(status, 200);
    for language in LANGUAGES {
        let cell = html.split(&format!("id=\"coverage-{language}-home\">")).nth(1).unwrap_or_default();
        assert!(cell.starts_with("100%"), "{language}: {}", &cell[..cell.len().min(80)]);
        assert!(cell.contains("0% reviewed"), "{language}: no community translator has reviewed it");
    }
    kith.stop().await;
}

#[tokio::test]
async fn a_translation_of_english_that_has_since_changed_is_not_shown() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.approve_team_translations().await;
    let mut row = kith.store.translation("ur", "finder-heading").await.unwrap().unwrap();
    row.english = "Find the ward you live in".into();
    let entry =
        kith_app::Actor::command_line().entry(kith.app.now(), "test", "translation", "ur", serde_json::json!({}));
    kith.store.save_translations(&[row], None, &entry).await.unwrap();
    kith.web.catalogues.refresh_now(&kith.app).await.unwrap();
    let (_, html) = get(&kith, &kith.client(), "/?lang=ur").await;
    assert!(html.contains("Find your ward"), "the heading falls back to English");
    assert!(html.contains("پوسٹ کوڈ"), "the rest stays in Urdu");
    kith.stop().await;
}

#[tokio::test]
async fn an_exported_catalogue_imports_back_and_a_broken_one_is_refused_with_its_line() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.approve_team_translations().await;
    let english = kith.web.catalogues.english();
    let exported = kith_app::translations::export(&kith.app, english, "bn", true).await.unwrap();
    let count =
        kith_app::translations::import_from_command_line(&kith.app, english, "bn", "bn.ftl", &exported, Status::Draft)
            .await
            .unwrap();
    assert!(count > 240, "{count}");
    let broken = format!("{exported}\nwards-title = {{ $oops\n");
    let refused =
        kith_app::translations::import_from_command_line(&kith.app, english, "bn", "bn.ftl", &broken, Status::Approved)
            .await;
    let lines = exported.lines().count() + 2;
    match refused {
        Err(AppError::Invalid(problems)) => {
            assert!(problems[0].1.starts_with(&format!("bn.ftl: line {lines}: wards-title")), "{problems:?}")
        }
        other => panic!("expected the file refused, got {other:?}"),
    }
    kith.stop().await;
}

#[tokio::test]
async fn numbers_and_times_are_written_in_the_reader_s_digits() {
    let kith = the_demo_city().await;
    let (_, html) = get(&kith, &kith.client(), "/directory?q=lunch&postcode=B15+2TT&lang=bn").await;
    let bengali_digits = html.chars().filter(|c| ('০'..='৯').contains(c)).count();
    assert!(bengali_digits > 5, "counts, distances and times in Bengali digits ({bengali_digits})");
    kith.stop().await;
}

#[tokio::test]
async fn a_right_to_left_page_keeps_phone_numbers_and_postcodes_left_to_right() {
    let kith = the_demo_city().await;
    for language in ["ar", "ur", "pa-Arab"] {
        let (_, html) = get(&kith, &kith.client(), &format!("/wards/E05011134?lang={language}")).await;
        assert_eq!(lang_and_dir(&html).1, "rtl", "{language}");
        assert!(html.contains("href=\"tel:") && html.contains("\" dir=\"ltr\">"), "{language}: phone numbers isolated");
    }
    let (_, html) = get(&kith, &kith.client(), "/?lang=pa-Guru").await;
    assert_eq!(lang_and_dir(&html), ("pa-Guru".into(), "ltr".into()), "Punjabi in Gurmukhi reads left to right");
    kith.stop().await;
}

#[tokio::test]
async fn a_glossary_term_a_translator_adds_is_shown_beside_the_messages_that_use_it() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let client = translator(&kith, "so").await;
    let (_, page) = get(&kith, &client, "/translations/so/glossary").await;
    let response = client
        .post(kith.url("/translations/so/glossary"))
        .form(&[
            ("csrf_token", csrf_token(&page).as_str()),
            ("term", "postcode"),
            ("translation", "koodhka boostada"),
            ("note", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303);
    let (_, html) = get(&kith, &client, "/translations/so/messages/finder-postcode-label").await;
    assert!(html.contains("koodhka boostada"), "the term is beside the message");
    kith.stop().await;
}

#[tokio::test]
async fn a_page_for_paper_comes_in_large_print_in_the_reader_s_language() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.approve_team_translations().await;
    let (status, html) = get(&kith, &kith.client(), "/wards/E05011134?lang=ur&print=large").await;
    assert_eq!(status, 200);
    assert!(html.contains("govuk-template__body kith-large-print"), "the page is in large print");
    assert!(html.contains("یہ صفحہ عام حروف میں دکھائیں"), "the way back to standard print is in Urdu");
    let (_, standard) = get(&kith, &kith.client(), "/wards/E05011134?lang=ur").await;
    assert!(!standard.contains("kith-large-print"), "the shared page is not the large-print one");
    kith.stop().await;
}

#[tokio::test]
async fn every_public_page_is_shown_whole_in_every_language() {
    let kith = the_demo_city().await;
    let query =
        kith_search::Query { text: "lunch".into(), now: kith.app.now(), page: 1, per_page: 1, ..Default::default() };
    let service = kith.app.directory.read().search(&query).hits[0].service.id;
    let edgbaston = kith_core::places::WardCode::parse("E05011134").unwrap();
    let building = kith_app::assets::register(&kith.app, Some(&edgbaston)).await.unwrap()[0].id;
    let fund = kith_app::grants::funds(&kith.app).await.unwrap()[0].fund.id;
    let mut pages: Vec<String> = [
        "/",
        "/wards",
        "/wards/E05011134",
        "/directory?q=lunch&postcode=B15+2TT",
        "/directory/shortlist",
        "/agreements",
        "/wards/E05011134/agreements",
        "/forums",
        "/wards/E05011134/forums",
        "/wards/E05011134/priorities",
        "/wards/E05011134/priorities/propose",
        "/grants",
        "/help",
        "/volunteer",
        "/volunteering?postcode=B11+1AA",
        "/community-assets?ward=E05011134",
        "/community-assets/value",
        "/stakeholders",
        "/wards/E05011134/profile",
        "/intelligence",
        "/accessibility",
        "/privacy",
        "/data",
        "/directory/data",
        "/sign-in",
        "/translations",
    ]
    .iter()
    .map(|p| (*p).to_owned())
    .collect();
    pages.extend([
        format!("/directory/services/{service}"),
        format!("/community-assets/{building}"),
        format!("/community-assets/{building}/ask/nominate"),
        format!("/grants/funds/{fund}"),
        format!("/grants/funds/{fund}/reach"),
    ]);
    let client = kith.client();
    for language in LANGUAGES {
        for path in &pages {
            let sep = if path.contains('?') { '&' } else { '?' };
            let (status, _) = get(&kith, &client, &format!("{path}{sep}lang={language}")).await;
            assert_eq!(status, 200, "{path} in {language}");
        }
        let english = kith.web.catalogues.fallbacks(language);
        assert!(english.is_empty(), "{language}: shown in English: {english:?}");
    }
    kith.stop().await;
}

#[tokio::test]
async fn a_ward_page_gives_its_forums_dates_in_the_reader_s_words() {
    let kith = the_demo_city().await;
    let english = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    // The "Next ward forum" part of the page.
    let forum_part =
        |html: &str| html.split("id=\"forum\"").nth(1).unwrap_or_default().chars().take(600).collect::<String>();
    let (_, html) = get(&kith, &kith.client(), "/wards/E05011134").await;
    assert!(english.iter().any(|m| forum_part(&html).contains(m)), "the English page has the forum's date");
    for language in ["bn", "ur", "pl"] {
        let (_, html) = get(&kith, &kith.client(), &format!("/wards/E05011134?lang={language}")).await;
        let months: Vec<&&str> = english.iter().filter(|m| forum_part(&html).contains(*m)).collect();
        assert!(months.is_empty(), "{language}: English month names {months:?}");
    }
    kith.stop().await;
}
