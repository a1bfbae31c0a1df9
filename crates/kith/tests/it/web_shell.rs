//! The web shell: security headers, no inline script or style, assets, what must never ship, operations
//! endpoints, error pages in the site's style, and every template rendered.

use std::path::PathBuf;

use kith_core::accounts::Scope;
use kith_testkit::html::text_of;
use kith_testkit::{Backend, TestApp};

const PASSWORD: &str = "correct horse battery staple";

pub(crate) fn assert_no_inline_script_or_style(path: &str, html: &str) {
    for (i, _) in html.match_indices("<script") {
        let tag = &html[i..i + html[i..].find('>').unwrap()];
        assert!(tag.contains(" src=\""), "{path}: inline script {tag}");
    }
    assert!(!html.contains("<style"), "{path}: inline style element");
    assert!(!html.contains(" style=\""), "{path}: inline style attribute");
    assert!(!html.contains(" onclick=") && !html.contains(" onload="), "{path}: inline event handler");
}

#[tokio::test]
async fn every_response_carries_strict_security_headers() {
    let kith = TestApp::start(Backend::Sqlite).await;
    for path in ["/", "/wards", "/nope", "/api/places/wards", "/sign-in"] {
        let response = reqwest::get(kith.url(path)).await.unwrap();
        let h = response.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && csp.contains("style-src 'self'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["x-frame-options"], "DENY");
        assert_eq!(h["referrer-policy"], "same-origin");
        assert!(h.contains_key("x-request-id"), "{path}: a request id");
    }
    kith.stop().await;
}

#[tokio::test]
async fn assets_are_fingerprinted_and_cached_for_a_year() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let html = reqwest::get(kith.url("/")).await.unwrap().text().await.unwrap();
    let css = kith_web::asset_url("kith.css").expect("the stylesheet is an asset");
    assert!(html.contains(&format!("href=\"{css}\"")), "the page links the fingerprinted stylesheet {css}");
    let response = reqwest::get(kith.url(&css)).await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["cache-control"], "public, max-age=31536000, immutable");
    let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(content_type.starts_with("text/css"), "{css} is {content_type}");
    assert_eq!(reqwest::get(kith.url("/assets/kith-000000000000.css")).await.unwrap().status().as_u16(), 404);
    kith.stop().await;
}

/// GOV.UK's fonts, crown, crest and logo are for gov.uk alone.
#[tokio::test]
async fn none_of_gov_uks_fonts_crown_crest_or_logo_ships() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let govuk_assets =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../web/node_modules/govuk-frontend/dist/govuk/assets");
    let mut forbidden = Vec::new();
    let mut stack = vec![govuk_assets.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e != "json") {
                forbidden.push(path);
            }
        }
    }
    assert!(forbidden.len() >= 10, "GOV.UK Frontend's fonts and images are there to compare with: {forbidden:?}");
    for name in kith_web::shipped_asset_names() {
        let response = reqwest::get(kith.url(&kith_web::asset_url(name).unwrap())).await.unwrap();
        assert_eq!(response.status().as_u16(), 200, "{name} is served");
        let bytes = response.bytes().await.unwrap();
        for file in &forbidden {
            let file_name = file.file_name().unwrap().to_str().unwrap();
            assert_ne!(name, file_name, "{file_name} ships");
            assert_ne!(bytes.as_ref(), std::fs::read(file).unwrap().as_slice(), "{name} is GOV.UK's {file_name}");
        }
        let text = String::from_utf8_lossy(&bytes);
        // Class names such as .govuk-logo-dot are only styles; what must not ship is a font or an image of theirs.
        for mark in ["GDS Transport", "@font-face", "govuk-crest", "govuk-icon-", ".woff", "url("] {
            assert!(!text.contains(mark), "{name} mentions {mark}");
        }
    }
    let html = reqwest::get(kith.url("/")).await.unwrap().text().await.unwrap();
    assert!(!html.contains("govuk-logo") && !html.contains("crown"), "the page has no GOV.UK logo or crown");
    let module = reqwest::get(kith.url(&kith_web::asset_url("kith.mjs").unwrap())).await.unwrap().text().await.unwrap();
    let imported = &module[module.find("./govuk-frontend.min-").unwrap() + 1..];
    let imported = &imported[..imported.find('"').unwrap()];
    assert_eq!(
        reqwest::get(kith.url(&format!("/assets{imported}"))).await.unwrap().status().as_u16(),
        200,
        "what kith.mjs imports is served"
    );
    kith.stop().await;
}

#[tokio::test]
async fn operations_can_see_liveness_readiness_and_metrics() {
    let kith = TestApp::start(Backend::Sqlite).await;
    assert_eq!(reqwest::get(kith.url("/health/live")).await.unwrap().text().await.unwrap(), "ok");
    assert_eq!(reqwest::get(kith.url("/health/ready")).await.unwrap().status().as_u16(), 200);
    reqwest::get(kith.url("/api/places/postcodes/B152TT")).await.unwrap();
    let metrics = reqwest::get(kith.url("/metrics")).await.unwrap().text().await.unwrap();
    assert!(
        metrics.contains(
            "kith_http_requests_total{method=\"GET\",route=\"/api/places/postcodes/{postcode}\",status=\"2xx\"} 1"
        ),
        "{metrics}"
    );
    assert!(metrics.contains("kith_places_wards 69"));
    assert!(metrics.contains("kith_http_request_duration_seconds_bucket"));
    kith.stop().await;
}

#[tokio::test]
async fn a_broken_store_gets_the_500_page_in_the_sites_style_and_the_server_carries_on() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.store.close().await;
    let response = reqwest::get(kith.url("/wards/E05011151")).await.unwrap();
    assert_eq!(response.status().as_u16(), 500);
    let html = response.text().await.unwrap();
    assert_eq!(text_of(&html, "h1").as_deref(), Some("Sorry, there is a problem with the service"));
    assert!(html.contains("govuk-skip-link") && html.contains("/assets/kith-"), "the error page has the site's shell");
    assert_eq!(reqwest::get(kith.url("/health/ready")).await.unwrap().status().as_u16(), 503);
    assert_eq!(
        reqwest::get(kith.url("/api/places/postcodes/B152TT")).await.unwrap().status().as_u16(),
        200,
        "places are in memory"
    );
    let missing = reqwest::get(kith.url("/no-such-page")).await.unwrap();
    assert_eq!(missing.status().as_u16(), 404);
    assert_eq!(text_of(&missing.text().await.unwrap(), "h1").as_deref(), Some("Page not found"));
}

/// Signs an administrator in on `client` and gives every page something to show: a representative, the directory
/// fixture with a change waiting for review, a case, Ladywood's forums, priorities, actions, virtual team and a
/// partner's link, and a proposal held for moderation. Returns each template with a page that renders it, and the
/// directory fixture's organisation.
async fn a_page_for_every_template(
    kith: &TestApp,
    client: &reqwest::Client,
) -> (Vec<(&'static str, String)>, uuid::Uuid) {
    let admin = kith.add_user("admin@example.org", PASSWORD, "administrator", Scope::City).await;
    let rep = kith_app::people::save_from_command_line(
        &kith.app,
        &kith_app::people::RepresentativeForm {
            name: "A Person".into(),
            office: "coordinator".into(),
            email: "a@example.org".into(),
            wards: vec!["E05011151".into()],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let directory = kith_testkit::directory::fixture(&kith.app).await;
    let draft = kith_testkit::directory::member_proposes_a_change(kith, &directory).await;
    let (befriending, _) = kith.app.directory.read().service(directory.befriending).unwrap();
    let link = kith_app::directory::freshness::still_accurate_path(&kith.app, &befriending).await.unwrap();
    kith.sign_in(client, "admin@example.org", PASSWORD).await;
    kith_testkit::cases::fixture(&kith.app, kith.store.as_ref()).await;
    let form = client.get(kith.url("/cases/new?kind=member_enquiry")).send().await.unwrap().text().await.unwrap();
    let csrf = kith_testkit::html::csrf_token(&form);
    let raised = client
        .post(kith.url("/cases/new"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("kind", "member_enquiry"),
            ("category", "waste"),
            ("summary", "Missed bins"),
            ("postcode", kith_testkit::cases::LADYWOOD_POSTCODE),
            ("resident_name", "A Resident"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(raised.status().as_u16(), 303, "a case to show");
    let enquiry = kith.store.case_by_reference("ENQ-1").await.unwrap().unwrap();
    let resident = enquiry.resident_id.unwrap();
    // A letter for a resident who hears by post, as the worker queues one.
    let letter = kith_app::cases::Letter {
        id: uuid::Uuid::now_v7(),
        case_id: enquiry.id,
        resident_id: Some(resident),
        addressee: "A Resident".into(),
        address: "1 Example Road".into(),
        postcode: "B16 8AA".into(),
        language: "ur".into(),
        subject: "ENQ-1 updated".into(),
        body: "There is news on ENQ-1.".into(),
        large_print: true,
        created_at: kith.app.now(),
        printed_at: None,
        printed_by: None,
    };
    kith.store.notified(&[], &[], std::slice::from_ref(&letter)).await.unwrap();
    // Forums, priorities, actions and a virtual team in Ladywood, and a partner's link.
    let principal = kith.principal("admin@example.org").await;
    let forums = kith_testkit::forums::fixture(&kith.app, &principal).await;
    let (ladywood, forum, priority, action) = (forums.ward, forums.forum, forums.priority, forums.action);
    let grants = kith_testkit::grants::fixture(&kith.app, &principal).await;
    let award = kith_app::grants::decide::DecisionForm {
        decision: "award".into(),
        reasons: "Meets every criterion.".into(),
        version: 2,
        ..Default::default()
    };
    kith_app::grants::decide::decide(&kith.app, &principal, &principal.actor(None), &grants.sent_reference, &award)
        .await
        .unwrap();
    let volunteering = kith_testkit::volunteering::fixture(&kith.app).await;
    let partner = kith_app::partners::invite(&kith.app, &principal, &kith_app::Actor::command_line(), forums.member)
        .await
        .unwrap();
    let organisation = kith.store.organisations().await.unwrap()[0].id;
    let held = kith_app::forums::propose(
        &kith.app,
        &ladywood,
        &kith_app::forums::ProposalForm { title: "Held for moderation".into(), ..Default::default() },
        None,
    )
    .await
    .unwrap();
    assert!(matches!(held, kith_app::forums::Proposed::Held(_)), "no form token: held");
    let (asset, transfer, nomination) = a_building_transferred_and_nominated(kith, &principal).await;
    let pages = vec![
        ("intelligence/profile.html", "/wards/E05011151/profile".to_owned()),
        ("intelligence/index.html", "/intelligence".into()),
        ("translations/index.html", "/translations".into()),
        ("cases/letters.html", "/cases/letters".into()),
        ("cases/letter.html", format!("/cases/letters/{}", letter.id)),
        ("translations/language.html", "/translations/ur".into()),
        ("translations/message.html", "/translations/ur/messages/finder-heading".into()),
        ("translations/glossary.html", "/translations/ur/glossary".into()),
        ("intelligence/assessment.html", "/wards/E05011151/assessment".into()),
        ("intelligence/map.html", "/intelligence/population/map".into()),
        ("assets/register.html", "/community-assets".into()),
        ("assets/asset.html", format!("/community-assets/{asset}")),
        ("assets/community_value.html", "/community-assets/value".into()),
        ("assets/form.html", format!("/community-assets/{asset}/edit")),
        ("assets/transfers.html", "/community-assets/transfers".into()),
        ("assets/transfer.html", format!("/community-assets/transfers/{transfer}")),
        ("assets/nominations.html", "/community-assets/nominations".into()),
        ("assets/nomination.html", format!("/community-assets/nominations/{nomination}")),
        ("assets/ask.html", format!("/community-assets/{asset}/ask/nominate")),
        ("forums/ward.html", "/wards/E05011151/forums".to_owned()),
        ("forums/city.html", "/forums".into()),
        ("forums/forum.html", format!("/wards/E05011151/forums/{forum}")),
        ("forums/forum_form.html", "/wards/E05011151/forums/new".into()),
        ("forums/team.html", "/teams/ward/E05011151".into()),
        ("forums/partner.html", partner),
        ("priorities/ward.html", "/wards/E05011151/priorities".into()),
        ("priorities/propose.html", "/wards/E05011151/priorities/propose".into()),
        ("priorities/priority.html", format!("/wards/E05011151/priorities/{priority}?report={action}")),
        ("priorities/new.html", "/wards/E05011151/priorities/new".into()),
        ("priorities/action_form.html", format!("/wards/E05011151/priorities/{priority}/actions/{action}/edit")),
        ("priorities/moderation.html", "/priorities/moderation".into()),
        ("priorities/tracker.html", "/actions?overdue=yes".into()),
        ("grants/index.html", "/grants".into()),
        ("grants/fund.html", format!("/grants/funds/{}", grants.fund)),
        ("grants/reach.html", format!("/grants/funds/{}/reach", grants.fund)),
        ("grants/start.html", format!("/grants/rounds/{}/apply", grants.round)),
        ("grants/application.html", grants.draft_link),
        ("grants/status.html", grants.sent_link),
        ("grants/manage.html", "/grants/manage".into()),
        ("grants/fund_form.html", format!("/grants/manage/funds/{}", grants.fund)),
        ("grants/review.html", format!("/grants/manage/applications/{}", grants.sent_reference)),
        ("grants/publishing.html", "/grants/manage/360giving".into()),
        ("grants/letter.html", format!("/grants/manage/applications/{}/letter", grants.sent_reference)),
        ("grants/moderation.html", format!("/grants/manage/rounds/{}/panel", grants.round)),
        ("volunteering/sign_up.html", "/volunteer".into()),
        ("volunteering/statement.html", format!("{}/timebank", volunteering.volunteer_link)),
        ("volunteering/own.html", volunteering.volunteer_link),
        ("volunteering/timebank.html", "/volunteering/manage/timebank".into()),
        ("volunteering/help.html", "/help".into()),
        ("volunteering/opportunities.html", "/volunteering?postcode=B11+1AA".into()),
        ("volunteering/opportunity_form.html", "/volunteering/opportunities/new".into()),
        ("volunteering/manage.html", "/volunteering/manage".into()),
        ("volunteering/requests.html", "/volunteering/manage/requests".into()),
        ("volunteering/request.html", format!("/volunteering/manage/requests/{}", volunteering.reference)),
        ("volunteering/volunteers.html", "/volunteering/manage/volunteers".into()),
        ("volunteering/volunteer.html", format!("/volunteering/manage/volunteers/{}", volunteering.volunteer)),
        ("stakeholders/index.html", "/stakeholders?ward=E05011151".into()),
        ("stakeholders/organisation.html", format!("/stakeholders/organisations/{organisation}")),
        ("cases/queue.html", "/cases".to_owned()),
        ("cases/new.html", "/cases/new?kind=referral".into()),
        ("cases/case.html", "/cases/ENQ-1".into()),
        ("cases/rules.html", "/admin/cases/routing".into()),
        ("cases/triage.html", format!("/cases/triage?need={}", directory.food)),
        ("cases/referrals.html", "/cases/referrals".into()),
        ("cases/notices.html", "/admin/cases/notices".into()),
        ("cases/open311.html", "/admin/cases/open311".into()),
        ("agreements/ward.html", "/wards/E05011151/agreements".into()),
        ("agreements/index.html", "/agreements".into()),
        ("agreements/admin.html", "/admin/cases/agreements".into()),
        ("cases/subject_access.html", "/admin/cases/subject-access?q=resident".into()),
        ("cases/bank_holidays.html", "/admin/cases/bank-holidays".into()),
        ("cases/subject_access_report.html", format!("/admin/cases/subject-access/{resident}")),
        ("directory/still_accurate.html", link),
        ("directory/manage.html", "/directory/manage".to_owned()),
        ("directory/service_form.html", format!("/directory/manage/services/{}/edit", directory.food_bank)),
        (
            "directory/organisation_form.html",
            format!("/directory/manage/organisations/{}/edit", directory.organisation),
        ),
        ("directory/review.html", "/directory/review".into()),
        ("directory/review_draft.html", format!("/directory/review/{draft}")),
        ("directory/stale.html", "/directory/stale".into()),
        ("directory/search.html", "/directory?q=food&view=map".to_owned()),
        ("directory/service.html", format!("/directory/services/{}", directory.lunch_club)),
        ("directory/history.html", format!("/directory/services/{}/history", directory.lunch_club)),
        ("directory/shortlist.html", "/directory/shortlist".into()),
        ("directory/data.html", "/directory/data".into()),
        ("home.html", "/".to_owned()),
        ("wards.html", "/wards".into()),
        ("ward.html", "/wards/E05011151".into()),
        ("error.html", "/nope".into()),
        ("sign_in.html", "/sign-in?lang=ur".into()),
        ("accessibility.html", "/accessibility".into()),
        ("privacy.html", "/privacy".into()),
        ("data.html", "/data".into()),
        ("api.html", "/api".into()),
        ("admin/dashboard.html", "/admin".into()),
        ("home/home.html", "/home".into()),
        ("accounts/notifications.html", "/account/notifications".into()),
        ("admin/users.html", "/admin/users".into()),
        ("admin/user_new.html", "/admin/users/new".into()),
        ("admin/user.html", format!("/admin/users/{admin}")),
        ("admin/people.html", "/admin/people".into()),
        ("admin/person.html", format!("/admin/people/{rep}")),
        ("admin/audit.html", "/admin/audit".into()),
    ];
    (pages, directory.organisation)
}

/// Ladywood's population as an indicator, and a hall in Ladywood with a transfer and a nomination: their ids.
async fn a_building_transferred_and_nominated(
    kith: &TestApp,
    officer: &kith_app::accounts::Principal,
) -> (uuid::Uuid, uuid::Uuid, uuid::Uuid) {
    use kith_app::places::import::InputFile;
    let about = "key,column,title,topic,kind,polarity,source,vintage,published_on,licence,boundaries\n\
        population,people,Usual residents,Population,count,neither,Census 2021,Census 2021,2022-11-02,OGL v3,Wards 2022\n";
    let files = kith_app::intelligence::import::IndicatorFiles {
        values: InputFile { name: "people.csv".into(), bytes: b"ward_code,people\nE05011151,25000\n".to_vec() },
        about: InputFile { name: "about.csv".into(), bytes: about.as_bytes().to_vec() },
        lookup: None,
    };
    let actor = kith_app::Actor::command_line();
    kith_app::intelligence::import::import_indicators(&kith.app, &actor, &files).await.unwrap();
    let hall = kith_app::assets::AssetForm {
        name: "Ladywood Hall".into(),
        postcode: kith_testkit::cases::LADYWOOD_POSTCODE.into(),
        ..Default::default()
    };
    let asset = kith_app::assets::save(&kith.app, officer, &actor, None, &hall).await.unwrap();
    let open = kith_app::assets::transfers::OpenForm {
        asset: asset.to_string(),
        applicant: "Ladywood Residents".into(),
        ..Default::default()
    };
    let transfer = kith_app::assets::transfers::open(&kith.app, kith_app::assets::By::Staff(officer), &actor, &open)
        .await
        .unwrap();
    let nominate = kith_app::assets::acv::NominationForm {
        asset: asset.to_string(),
        nominator: "Friends of Ladywood Hall".into(),
        reasons: "The neighbourhood's meeting place.".into(),
        received_on: "2026-02-02".into(),
        ..Default::default()
    };
    let nomination =
        kith_app::assets::acv::nominate(&kith.app, kith_app::assets::By::Staff(officer), &actor, &nominate)
            .await
            .unwrap();
    (asset, transfer, nomination)
}

/// A panel member of the grants fixture's round, signed in on a client of their own; their list and an application
/// awaiting their declaration, as they see them.
async fn a_panel_members_pages(kith: &TestApp) -> Vec<(&'static str, String)> {
    kith.add_user("panel@example.org", PASSWORD, "panel_member", Scope::City).await;
    let admin = kith.principal("admin@example.org").await;
    let round = kith_app::grants::funds(&kith.app).await.unwrap()[0].rounds[0].id;
    kith_app::grants::panel::invite(&kith.app, &admin, &admin.actor(None), round, "panel@example.org").await.unwrap();
    let member = kith.principal("panel@example.org").await;
    let listed = kith_app::grants::panel::panels(&kith.app, &member).await.unwrap();
    let application = listed[0].applications[0].application.id;
    vec![
        ("grants/panel.html", "/grants/panel".into()),
        ("grants/assess.html", format!("/grants/panel/applications/{application}")),
    ]
}

/// Renders every template through the page that uses it, with no inline script or style in any of them.
#[tokio::test]
async fn every_template_renders_without_inline_script_or_style() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let client = kith.client();
    let (mut pages, organisation) = a_page_for_every_template(&kith, &client).await;
    let panel_pages = a_panel_members_pages(&kith).await;
    let panel_templates: Vec<&str> = panel_pages.iter().map(|(t, _)| *t).collect();
    pages.extend(panel_pages);
    // A community organisation's page of whether it is taking referrals.
    kith.add_user("member@example.org", PASSWORD, "community_member", Scope::Organisation(organisation)).await;
    let member = kith.client();
    kith.sign_in(&member, "member@example.org", PASSWORD).await;
    let capacity = member.get(kith.url("/cases/capacity")).send().await.unwrap();
    assert_eq!(capacity.status().as_u16(), 200);
    assert_no_inline_script_or_style("/cases/capacity", &capacity.text().await.unwrap());
    let panel = kith.client();
    kith.sign_in(&panel, "panel@example.org", PASSWORD).await;
    // The confirmation after saving is the answer to a form, not a page of its own.
    // Answers to a form or to a link, each checked in tests/it/forums.rs.
    for (path, status) in [
        ("/partner/00000000-0000-0000-0000-000000000000/1/00", 403),
        ("/priorities/00000000-0000-0000-0000-000000000000/support/x/1/00", 410),
    ] {
        let r = client.get(kith.url(path)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), status, "{path}");
        assert_no_inline_script_or_style(path, &r.text().await.unwrap());
    }
    let mut rendered: Vec<&str> = vec![
        "base.html",
        "macros.html",
        "directory/saved.html",
        "cases/capacity.html",
        "forums/partner_refused.html",
        "priorities/support.html",
        "priorities/proposed.html",
        // The answer to asking for help, checked in tests/it/volunteering.rs.
        "volunteering/help_sent.html",
        // The answer to a group's nomination or expression of interest, checked in tests/it/assets.rs.
        "assets/asked.html",
        // The second step of signing in, checked where a test reaches it (accounts:: and oidc::).
        "sign_in_code.html",
        "sign_in_set_up.html",
        "sign_in_recovery_codes.html",
        "sign_in_unlinked.html",
    ];
    for (template, path) in &pages {
        let c = if *template == "sign_in.html" {
            kith.client()
        } else if panel_templates.contains(template) {
            panel.clone()
        } else {
            client.clone()
        };
        let response = c.get(kith.url(path)).send().await.unwrap();
        let status = response.status().as_u16();
        assert!(status == 200 || (status == 404 && *template == "error.html"), "{path}: {status}");
        let html = response.text().await.unwrap();
        assert!(html.starts_with("<!DOCTYPE html>") && html.contains("</html>"), "{path}");
        assert!(text_of(&html, "title").is_some_and(|t| !t.is_empty()), "{path}: a title");
        assert_no_inline_script_or_style(path, &html);
        rendered.push(template);
    }
    let mut all = kith_web::Templates::names();
    all.sort_unstable();
    rendered.sort_unstable();
    assert_eq!(rendered, all, "a template without a page here is not tested");
    kith.stop().await;
}
