//! In a real browser (Debian's headless Chromium): every page passes axe-core's WCAG 2.2 A and AA rules on a phone
//! and on a desktop, with its error states; the page reflows to 320 CSS pixels without scrolling sideways; a
//! resident finds their ward with the keyboard alone; Urdu pages run right to left; our script runs under the CSP.
//!
//! One test function, so the browser tests run one after another whatever the test harness's parallelism.

use std::path::PathBuf;

use kith_app::Settings;
use kith_testkit::browser::{Browser, keys};
use kith_testkit::{Backend, TestApp};
use kith_web::WebSettings;

const ADMIN: &str = "admin@browser.kith.example.org";
const PASSWORD: &str = "a long enough browser password";

/// Pages anyone can see, with their error states.
const PUBLIC_PAGES: &[&str] = &[
    "/",
    "/?postcode=zzz",
    "/?postcode=B66+1AA",
    "/?postcode=B15+9ZZ",
    "/wards",
    "/wards/E05011134",
    "/accessibility",
    "/privacy",
    "/data",
    "/api",
    "/sign-in",
    "/no-such-page",
    "/wards/E05999999",
    "/?lang=ur",
    "/wards/E05011134?lang=ur",
    "/translations",
    "/directory",
    "/directory?q=lunch+club&postcode=B12+9LP",
    "/directory?q=food&view=map",
    "/directory?postcode=zzz&age=old",
    "/directory/shortlist",
    "/directory/data",
    "/agreements",
    "/wards/E05011134/agreements",
    "/forums",
    "/wards/E05011134/forums",
    "/wards/E05011134/priorities",
    "/wards/E05011134/priorities/propose",
    "/stakeholders",
    "/stakeholders?ward=E05011134",
    "/wards/E05011134/profile",
    "/wards/E05011134/assessment",
    "/intelligence",
    "/intelligence/iod2025_imd_decile/map",
    "/intelligence/age_65_plus/map",
    "/community-assets?ward=E05011134",
    "/community-assets/value",
];

/// Pages for staff, seen by an administrator.
const ADMIN_PAGES: &[&str] =
    &["/home", "/admin", "/admin/users", "/admin/users/new", "/admin/people", "/admin/people/new", "/admin/audit"];

fn axe_source() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../web/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (the web build installs axe-core)", path.display()))
}

/// Whether the browser is installed; under `CI=true` it must be.
fn browser_installed() -> bool {
    let found = std::process::Command::new("chromedriver").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true but chromedriver is not installed");
        eprintln!("skipping the browser tests: install Debian's chromium and chromium-driver to run them");
    }
    found
}

#[tokio::test]
async fn in_a_real_browser() {
    if !browser_installed() {
        return;
    }
    let kith = TestApp::start_on(
        crate::demo_city(Backend::Sqlite).await,
        Settings { demo: true, ..Settings::default() },
        WebSettings::default(),
    )
    .await;
    kith.add_user(ADMIN, PASSWORD, "administrator", kith_core::accounts::Scope::City).await;
    let axe = axe_source();
    let browser = Browser::start(375, 800).await.expect("Chromium starts");

    every_page_is_accessible_on_a_phone_and_a_desktop(&kith, &browser, &axe).await;
    a_resident_finds_their_ward_with_the_keyboard_alone(&kith, &browser).await;
    a_form_submitted_empty_says_what_to_fix_and_passes_axe(&kith, &browser, &axe).await;
    urdu_reads_right_to_left(&kith, &browser).await;
    every_language_is_accessible_on_a_phone_and_a_desktop(&kith, &browser, &axe).await;
    arabic_reads_right_to_left_with_the_keyboard_alone(&kith, &browser).await;
    staff_pages_are_accessible(&kith, &browser, &axe).await;

    browser.quit().await;
    kith.stop().await;
}

async fn check(browser: &Browser, axe: &str, what: &str, failures: &mut Vec<String>) {
    for violation in browser.axe_violations(axe).await.unwrap() {
        failures.push(format!("{what}: {violation}"));
    }
}

/// The demo's grants as the public and applicants see them: the funds, a fund's page, its reach, the first step of
/// applying, and an applicant's own page while a draft (the whole form) and once sent.
async fn grants_public_pages(kith: &TestApp) -> Vec<String> {
    let funds = kith_app::grants::funds(&kith.app).await.unwrap();
    let themed = funds.iter().find(|f| !f.pots.is_empty()).expect("the demo's themed fund");
    let round = themed.open_round.as_ref().expect("an open round").id;
    let mut pages = vec![
        "/grants".to_owned(),
        format!("/grants/funds/{}", themed.fund.id),
        format!("/grants/funds/{}/reach", themed.fund.id),
        format!("/grants/rounds/{round}/apply"),
    ];
    for state in [kith_core::grants::ApplicationState::Draft, kith_core::grants::ApplicationState::Submitted] {
        let query = kith_store::grants::ApplicationQuery { states: vec![state], limit: 1, ..Default::default() };
        let (found, _) = kith.store.applications(&query).await.unwrap();
        pages.push(kith_app::grants::apply::link(&kith.app, found[0].id).await.unwrap());
    }
    pages
}

/// The demo's volunteering as the public and volunteers see it: signing up, asking for help, the opportunities near
/// a postcode, and the demo volunteer's own page.
async fn volunteering_public_pages(kith: &TestApp) -> Vec<String> {
    let volunteer = kith
        .store
        // The demo volunteer, as `kith demo` prints them.
        .volunteer_by_email("volunteer@demo.kith.example.org")
        .await
        .unwrap()
        .expect("the demo volunteer");
    vec![
        "/volunteer".to_owned(),
        "/help".to_owned(),
        "/volunteering?postcode=B11+1AA".to_owned(),
        kith_app::volunteering::link(&kith.app, volunteer.id).await.unwrap(),
        format!("{}/timebank", kith_app::volunteering::link(&kith.app, volunteer.id).await.unwrap()),
    ]
}

/// The first lunch club the demo's directory finds.
fn a_lunch_club(kith: &TestApp) -> uuid::Uuid {
    let query = kith_search::Query {
        text: "lunch club".into(),
        now: kith.app.now(),
        page: 1,
        per_page: 1,
        ..Default::default()
    };
    kith.app.directory.read().search(&query).hits[0].service.id
}

async fn every_page_is_accessible_on_a_phone_and_a_desktop(kith: &TestApp, browser: &Browser, axe: &str) {
    let mut failures = Vec::new();
    let mut paths: Vec<String> = PUBLIC_PAGES.iter().map(|p| (*p).to_owned()).collect();
    let service = a_lunch_club(kith);
    paths.push(format!("/directory/services/{service}"));
    let (found, _) = kith.app.directory.read().service(service).unwrap();
    let link = kith_app::directory::freshness::still_accurate_path(&kith.app, &found).await.unwrap();
    paths.push(link.clone());
    paths.push(format!("{}0", &link[..link.len() - 1]));
    paths.extend(grants_public_pages(kith).await);
    paths.extend(volunteering_public_pages(kith).await);
    let edgbaston = kith_core::places::WardCode::parse("E05011134").unwrap();
    let building = kith_app::assets::register(&kith.app, Some(&edgbaston)).await.unwrap()[0].id;
    paths.push(format!("/community-assets/{building}"));
    paths.push(format!("/community-assets/{building}/ask/nominate"));
    for (width, height) in [(375, 800), (1280, 900)] {
        browser.resize(width, height).await.unwrap();
        for path in &paths {
            browser.goto(&kith.url(path)).await.unwrap();
            check(browser, axe, &format!("{path} at {width}px"), &mut failures).await;
        }
    }

    // WCAG 1.4.10: at 320 CSS pixels wide nothing makes the page scroll sideways.
    browser.resize(320, 800).await.unwrap();
    for path in &paths {
        browser.goto(&kith.url(path)).await.unwrap();
        let overflow = browser.eval(OVERFLOW).await.unwrap();
        if !overflow.is_null() {
            failures.push(format!("{path} at 320px scrolls sideways: {overflow}"));
        }
    }
    assert!(failures.is_empty(), "accessibility failures:\n{}", failures.join("\n"));

    // Our module ran (it marks the body), so the CSP allows what the pages need and no more.
    let enhanced = browser.eval("return document.body.classList.contains('govuk-frontend-supported');").await.unwrap();
    assert_eq!(enhanced.as_bool(), Some(true), "kith.mjs runs under the content security policy");
}

/// Null if the page fits its width, else by how much it does not and the elements that stick out furthest.
const OVERFLOW: &str = r#"
    const width = document.documentElement.clientWidth;
    const by = document.documentElement.scrollWidth - width;
    if (by <= 0) return null;
    const out = [...document.querySelectorAll('body *')]
        .filter(el => el.getBoundingClientRect().right > width + 0.5 || el.getBoundingClientRect().left < -0.5)
        .filter(el => ![...el.children].some(c => c.getBoundingClientRect().right > width + 0.5))
        .slice(0, 3)
        .map(el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''));
    return by + 'px, by ' + out.join(', ');
"#;

async fn a_resident_finds_their_ward_with_the_keyboard_alone(kith: &TestApp, browser: &Browser) {
    browser.resize(375, 800).await.unwrap();
    browser.goto(&kith.url("/")).await.unwrap();

    // The first Tab reaches the skip link, and following it puts focus on the main content.
    let presses = browser.tab_to("el.classList.contains('govuk-skip-link')", 1).await.unwrap();
    assert_eq!(presses, 1, "the skip link is the first thing on the page");
    browser.press(keys::ENTER).await.unwrap();
    let focused = browser.eval("return document.activeElement.id;").await.unwrap();
    assert_eq!(focused.as_str(), Some("main-content"), "the skip link moves focus to the main content");

    browser.tab_to("el.id === 'postcode'", 5).await.unwrap();
    let outline = browser.eval("return getComputedStyle(document.activeElement).outlineStyle;").await.unwrap();
    assert_ne!(outline.as_str(), Some("none"), "the focused postcode box shows its focus");
    browser.press("b15 2tt").await.unwrap();
    browser.press(keys::ENTER).await.unwrap();
    wait_for_url(browser, "/wards/E05011134").await;
    let heading = browser.eval("return document.querySelector('h1').textContent.trim();").await.unwrap();
    assert_eq!(heading.as_str(), Some("Edgbaston"));

    // On the ward page, the neighbouring wards on the map are reachable by keyboard and named.
    let presses = browser.tab_to("el.closest('svg') !== null", 60).await.unwrap();
    let name = browser.eval("return document.activeElement.getAttribute('aria-label');").await.unwrap();
    assert!(name.as_str().is_some_and(|n| !n.is_empty()), "a map link has a name (after {presses} presses)");
}

async fn a_form_submitted_empty_says_what_to_fix_and_passes_axe(kith: &TestApp, browser: &Browser, axe: &str) {
    let mut failures = Vec::new();
    for (page, first_field) in [("/", "postcode"), ("/sign-in", "email")] {
        browser.goto(&kith.url(page)).await.unwrap();
        browser.tab_to(&format!("el.id === '{first_field}'"), 30).await.unwrap();
        browser.press(keys::ENTER).await.unwrap();
        // GOV.UK's error summary takes focus when the page loads with errors.
        for _ in 0..50 {
            let summary = browser
                .eval("return document.activeElement && document.activeElement.classList.contains('govuk-error-summary');")
                .await
                .unwrap();
            if summary.as_bool() == Some(true) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let focused = browser.eval("return document.activeElement.className;").await.unwrap();
        assert!(
            focused.as_str().is_some_and(|c| c.contains("govuk-error-summary")),
            "{page} submitted empty: the error summary takes focus, not {focused}"
        );
        let link = browser
            .eval("return document.querySelector('.govuk-error-summary a').getAttribute('href');")
            .await
            .unwrap();
        assert_eq!(link.as_str(), Some(format!("#{first_field}").as_str()), "{page}: the summary links to the field");
        check(browser, axe, &format!("{page} submitted empty"), &mut failures).await;
    }
    assert!(failures.is_empty(), "accessibility failures:\n{}", failures.join("\n"));
}

async fn urdu_reads_right_to_left(kith: &TestApp, browser: &Browser) {
    browser.goto(&kith.url("/?lang=ur")).await.unwrap();
    let direction = browser.eval("return getComputedStyle(document.body).direction;").await.unwrap();
    assert_eq!(direction.as_str(), Some("rtl"));
    let lang = browser.eval("return document.documentElement.lang;").await.unwrap();
    assert_eq!(lang.as_str(), Some("ur"));
    // The chosen language follows the resident to the ward page.
    browser.tab_to("el.id === 'postcode'", 20).await.unwrap();
    browser.press("B15 2TT").await.unwrap();
    browser.press(keys::ENTER).await.unwrap();
    wait_for_url(browser, "/wards/E05011134").await;
    let lang = browser.eval("return document.documentElement.lang;").await.unwrap();
    assert_eq!(lang.as_str(), Some("ur"), "the ward page is in Urdu too");
}

/// Every community language Kith ships.
const LANGUAGES: &[&str] = &["ar", "bn", "pa-Arab", "pa-Guru", "pl", "so", "ur"];

/// Every public page in the right-to-left languages (Arabic and Urdu) on a phone, and the translated pages (home,
/// ward, directory search, a service) in every community language on a phone and a desktop.
async fn every_language_is_accessible_on_a_phone_and_a_desktop(kith: &TestApp, browser: &Browser, axe: &str) {
    let mut failures = Vec::new();
    let service = a_lunch_club(kith);
    let translated = [
        "/".to_owned(),
        "/wards/E05011134".to_owned(),
        "/directory?q=lunch+club&postcode=B12+9LP".to_owned(),
        format!("/directory/services/{service}"),
    ];
    let mut public: Vec<String> =
        PUBLIC_PAGES.iter().filter(|p| !p.contains("lang=")).map(|p| (*p).to_owned()).collect();
    public.extend(translated.iter().cloned());
    let with_language = |path: &str, language: &str| {
        let sep = if path.contains('?') { '&' } else { '?' };
        format!("{path}{sep}lang={language}")
    };
    browser.resize(375, 800).await.unwrap();
    for language in LANGUAGES {
        // CI checks every public page in the right-to-left languages; `KITH_AXE_EVERY_LANGUAGE=1` checks them in
        // every language (about seven minutes more).
        let every = std::env::var("KITH_AXE_EVERY_LANGUAGE").is_ok_and(|v| v == "1");
        let pages = if every || ["ar", "ur"].contains(language) { &public[..] } else { &translated[..] };
        for path in pages {
            let path = with_language(path, language);
            browser.goto(&kith.url(&path)).await.unwrap();
            check(browser, axe, &format!("{path} at 375px"), &mut failures).await;
        }
    }
    browser.resize(1280, 900).await.unwrap();
    for language in LANGUAGES {
        for path in &translated {
            let path = with_language(path, language);
            browser.goto(&kith.url(&path)).await.unwrap();
            check(browser, axe, &format!("{path} at 1280px"), &mut failures).await;
        }
    }
    assert!(failures.is_empty(), "accessibility failures:\n{}", failures.join("\n"));
}

/// In Arabic the page runs right to left, and a resident finds their ward with the keyboard alone.
async fn arabic_reads_right_to_left_with_the_keyboard_alone(kith: &TestApp, browser: &Browser) {
    browser.resize(375, 800).await.unwrap();
    browser.goto(&kith.url("/?lang=ar")).await.unwrap();
    let direction = browser.eval("return getComputedStyle(document.body).direction;").await.unwrap();
    assert_eq!(direction.as_str(), Some("rtl"));
    browser.tab_to("el.id === 'postcode'", 20).await.unwrap();
    browser.press("B15 2TT").await.unwrap();
    browser.press(keys::ENTER).await.unwrap();
    wait_for_url(browser, "/wards/E05011134").await;
    let lang = browser.eval("return document.documentElement.lang;").await.unwrap();
    assert_eq!(lang.as_str(), Some("ar"), "the ward page is in Arabic too");
    let heading = browser
        .eval("return document.querySelector('.govuk-caption-l, .govuk-caption-xl')?.textContent || '';")
        .await
        .unwrap();
    assert!(heading.as_str().is_some_and(|h| !h.contains("Ward in")), "the ward page's words are Arabic: {heading:?}");
}

async fn staff_pages_are_accessible(kith: &TestApp, browser: &Browser, axe: &str) {
    browser.resize(1280, 900).await.unwrap();
    browser.goto(&kith.url("/sign-in?lang=en")).await.unwrap();
    browser.tab_to("el.id === 'email'", 30).await.unwrap();
    browser.press(ADMIN).await.unwrap();
    browser.press(keys::TAB).await.unwrap();
    browser.press(PASSWORD).await.unwrap();
    browser.press(keys::ENTER).await.unwrap();
    wait_for_url(browser, "/home").await;

    let mut failures = Vec::new();
    let mut pages: Vec<String> = ADMIN_PAGES.iter().map(|p| p.to_string()).collect();
    let drafts = kith.store.drafts(&Default::default()).await.unwrap();
    let draft = drafts.iter().find(|d| d.status == "pending").expect("the demo has a change waiting for review");
    pages.extend([
        "/directory/manage".to_owned(),
        "/directory/review".to_owned(),
        format!("/directory/review/{}", draft.id),
        "/directory/stale".to_owned(),
        format!("/directory/manage/services/{}/edit", draft.record_id),
        format!("/directory/manage/organisations/{}/edit", draft.organisation_id.unwrap()),
        "/cases".to_owned(),
        "/cases?show=triage&flag=breached".to_owned(),
        "/cases/new".to_owned(),
        "/cases/new?kind=member_enquiry".to_owned(),
        "/cases/new?kind=referral".to_owned(),
        "/cases/ENQ-1".to_owned(),
        "/cases/REF-1".to_owned(),
        "/cases/triage?postcode=B16+0AB".to_owned(),
        "/cases/referrals".to_owned(),
        "/admin/cases/routing".to_owned(),
        "/admin/cases/agreements".to_owned(),
        "/admin/cases/notices".to_owned(),
        "/admin/cases/open311".to_owned(),
        "/admin/cases/bank-holidays".to_owned(),
        "/admin/cases/subject-access?q=khan".to_owned(),
        "/actions".to_owned(),
        "/actions?overdue=yes".to_owned(),
        "/priorities/moderation".to_owned(),
        "/teams/ward/E05011134".to_owned(),
        "/wards/E05011134/forums/new".to_owned(),
        "/stakeholders/organisations/new".to_owned(),
        "/grants/manage".to_owned(),
        "/grants/manage/funds/new".to_owned(),
        "/grants/manage/360giving".to_owned(),
    ]);
    let funds = kith_app::grants::funds(&kith.app).await.unwrap();
    let themed = funds.iter().find(|f| !f.pots.is_empty()).expect("the demo's themed fund");
    let round = themed.open_round.as_ref().expect("an open round").id;
    let (awarded, _) = kith
        .store
        .applications(&kith_store::grants::ApplicationQuery {
            states: vec![kith_core::grants::ApplicationState::Awarded],
            limit: 1,
            ..Default::default()
        })
        .await
        .unwrap();
    pages.extend([
        format!("/grants/manage/funds/{}", themed.fund.id),
        format!("/grants/manage/rounds/{round}/panel"),
        format!("/grants/manage/rounds/{round}/enter"),
        format!("/grants/manage/applications/{}", awarded[0].reference),
        format!("/grants/manage/applications/{}/letter", awarded[0].reference),
    ]);
    let (open, _) = kith
        .store
        .requests(&kith_store::volunteering::RequestQuery {
            states: vec![kith_core::volunteering::TaskState::Open],
            limit: 1,
            ..Default::default()
        })
        .await
        .unwrap();
    let (volunteers, _) = kith.store.volunteers(&[], 1, 0).await.unwrap();
    pages.extend([
        "/volunteering/manage".to_owned(),
        "/volunteering/manage/requests".to_owned(),
        "/volunteering/manage/requests/new/phone".to_owned(),
        "/volunteering/manage/volunteers".to_owned(),
        "/volunteering/manage/volunteers/new/paper".to_owned(),
        "/volunteering/opportunities/new".to_owned(),
        "/volunteering/manage/timebank".to_owned(),
        format!("/volunteering/manage/requests/{}", open[0].reference),
        format!("/volunteering/manage/volunteers/{}", volunteers[0].id),
    ]);
    // A person's page and an account's page, found by following the first link on each list.
    for (list, prefix) in [
        ("/admin/people", "/admin/people/"),
        ("/admin/users", "/admin/users/"),
        ("/wards/E05011134/priorities", "/wards/E05011134/priorities/0"),
        ("/wards/E05011134/forums", "/wards/E05011134/forums/0"),
        ("/stakeholders?ward=E05011134", "/stakeholders/organisations/0"),
    ] {
        browser.goto(&kith.url(list)).await.unwrap();
        let href = browser
            .eval(&format!(
                "const a = [...document.querySelectorAll('main a')].find(a => a.getAttribute('href').startsWith('{prefix}') && !a.getAttribute('href').endsWith('/new')); return a && a.getAttribute('href');"
            ))
            .await
            .unwrap();
        pages.push(href.as_str().unwrap_or_else(|| panic!("{list} links to an entry")).to_owned());
    }
    for width in [375, 1280] {
        browser.resize(width, 900).await.unwrap();
        for path in &pages {
            browser.goto(&kith.url(path)).await.unwrap();
            check(browser, axe, &format!("{path} at {width}px"), &mut failures).await;
        }
    }
    assert!(failures.is_empty(), "accessibility failures:\n{}", failures.join("\n"));
}

async fn wait_for_url(browser: &Browser, ending: &str) {
    let mut url = String::new();
    for _ in 0..50 {
        url = browser.current_url().await.unwrap();
        if url.split('?').next().is_some_and(|u| u.ends_with(ending)) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("expected to arrive at {ending}, but the browser is at {url}");
}
