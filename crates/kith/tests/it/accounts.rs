//! Signing in and out, sessions, roles and their scopes, administration and its audit trail.

use chrono::Duration;
use kith_core::accounts::Scope;
use kith_store::audit::AuditQuery;
use kith_testkit::html::{csrf_token, error_summary, text_of};
use kith_testkit::{Backend, TestApp};

use crate::on_every_backend;

const PASSWORD: &str = "correct horse battery staple";

async fn audit(kith: &TestApp, prefix: &str) -> Vec<kith_store::AuditEntry> {
    kith.store
        .audit_events(&AuditQuery { action_prefix: Some(prefix.into()), limit: 100, ..Default::default() })
        .await
        .unwrap()
}

#[tokio::test]
async fn a_wrong_password_is_refused_without_saying_whether_the_account_exists() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        kith.add_user("ada@example.org", PASSWORD, "administrator", Scope::City).await;
        let mut pages = Vec::new();
        for (email, password) in [("ada@example.org", "wrong password!"), ("nobody@example.org", PASSWORD)] {
            let response = kith.sign_in(&kith.client(), email, password).await;
            assert_eq!(response.status().as_u16(), 422);
            assert!(
                response
                    .headers()
                    .get_all("set-cookie")
                    .iter()
                    .all(|c| !c.to_str().unwrap().starts_with("kith_session="))
            );
            pages.push(error_summary(&response.text().await.unwrap()));
        }
        assert_eq!(pages[0], vec!["Enter a correct email address and password".to_owned()]);
        assert_eq!(pages[0], pages[1], "an unknown account looks the same as a wrong password");
        let failed = audit(&kith, "sign_in.failed").await;
        assert_eq!(failed.len(), 2);
        assert!(failed.iter().all(|e| e.ip.as_deref() == Some("127.0.0.1")));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn signing_in_starts_a_session_that_signing_out_or_time_ends() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        kith.add_user("ada@example.org", PASSWORD, "administrator", Scope::City).await;
        let client = kith.client();
        let response = kith.sign_in(&client, "ADA@example.org ", PASSWORD).await;
        assert_eq!(response.status().as_u16(), 303);
        let cookie = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|c| c.to_str().unwrap().to_owned())
            .find(|c| c.starts_with("kith_session="))
            .unwrap();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
        let admin = client.get(kith.url("/admin")).send().await.unwrap();
        assert_eq!(admin.status().as_u16(), 200);
        assert!(admin.text().await.unwrap().contains("Signed in as Test administrator"));
        assert_eq!(audit(&kith, "sign_in").await.iter().filter(|e| e.action == "sign_in").count(), 1);

        // Twelve hours later the session has expired.
        kith.clock.advance(Duration::hours(12));
        let later = client.get(kith.url("/admin")).send().await.unwrap();
        assert_eq!(later.status().as_u16(), 303);
        assert_eq!(later.headers()["location"], "/sign-in?next=%2Fadmin");

        kith.sign_in(&client, "ada@example.org", PASSWORD).await;
        let page = client.get(kith.url("/admin")).send().await.unwrap().text().await.unwrap();
        let out = client.post(kith.url("/sign-out")).form(&[("csrf_token", csrf_token(&page))]).send().await.unwrap();
        assert_eq!(out.status().as_u16(), 303);
        assert_eq!(client.get(kith.url("/admin")).send().await.unwrap().status().as_u16(), 303, "signed out");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_form_without_its_csrf_token_is_refused() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.add_user("ada@example.org", PASSWORD, "administrator", Scope::City).await;
    let client = kith.client();
    client.get(kith.url("/sign-in")).send().await.unwrap();
    for token in ["", "0000000000000000000000000000000000000000000000000000000000000000"] {
        let response = client
            .post(kith.url("/sign-in"))
            .form(&[("csrf_token", token), ("email", "ada@example.org"), ("password", PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 400);
        assert_eq!(text_of(&response.text().await.unwrap(), "h1").as_deref(), Some("The form has expired"));
    }
    assert!(audit(&kith, "sign_in").await.is_empty(), "nothing was tried");
    kith.stop().await;
}

#[tokio::test]
async fn too_many_sign_in_attempts_are_slowed_down() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.add_user("ada@example.org", PASSWORD, "administrator", Scope::City).await;
    let client = kith.client();
    for _ in 0..10 {
        assert_eq!(kith.sign_in(&client, "ada@example.org", "wrong password!").await.status().as_u16(), 422);
    }
    let refused = kith.sign_in(&client, "ada@example.org", PASSWORD).await;
    assert_eq!(refused.status().as_u16(), 429);
    assert!(error_summary(&refused.text().await.unwrap())[0].starts_with("You have tried to sign in too many times"));
    kith.clock.advance(Duration::minutes(5));
    assert_eq!(kith.sign_in(&client, "ada@example.org", PASSWORD).await.status().as_u16(), 303);
    kith.stop().await;
}

#[tokio::test]
async fn only_administrators_manage_accounts() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.add_user("cllr@example.org", PASSWORD, "councillor", Scope::City).await;
    let anonymous = kith.client().get(kith.url("/admin/users")).send().await.unwrap();
    assert_eq!(anonymous.headers()["location"], "/sign-in?next=%2Fadmin%2Fusers");
    let client = kith.client();
    kith.sign_in(&client, "cllr@example.org", PASSWORD).await;
    let forbidden = client.get(kith.url("/admin/users")).send().await.unwrap();
    assert_eq!(forbidden.status().as_u16(), 403);
    assert_eq!(text_of(&forbidden.text().await.unwrap(), "h1").as_deref(), Some("You cannot see this page"));
    kith.stop().await;
}

#[tokio::test]
async fn an_administrator_adds_an_account_gives_it_a_scoped_role_and_every_step_is_audited() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        kith.add_user("admin@example.org", PASSWORD, "administrator", Scope::City).await;
        let client = kith.client();
        kith.sign_in(&client, "admin@example.org", PASSWORD).await;
        let form = client.get(kith.url("/admin/users/new")).send().await.unwrap().text().await.unwrap();
        let csrf = csrf_token(&form);

        let refused = client
            .post(kith.url("/admin/users/new"))
            .form(&[("csrf_token", csrf.as_str()), ("name", ""), ("email", "nope"), ("password", "short")])
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status().as_u16(), 422);
        assert_eq!(
            error_summary(&refused.text().await.unwrap()),
            vec![
                "Enter the person's full name",
                "Enter an email address in the correct format, like name@example.com",
                "Password must be 12 characters or more"
            ]
        );

        let created = client
            .post(kith.url("/admin/users/new"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("name", "Cora Ordinator"),
                ("email", "cora@example.org"),
                ("password", PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(created.status().as_u16(), 303);
        let user_page = created.headers()["location"].to_str().unwrap().to_owned();
        let patch = kith.app.places().neighbourhoods().iter().find(|n| n.kind == "Coordinator patch").unwrap().clone();
        let added = client
            .post(kith.url(&format!("{user_page}/roles")))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("role", "coordinator"),
                ("scope_kind", "neighbourhood"),
                ("neighbourhood", &patch.id.to_string()),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(added.status().as_u16(), 303);
        let page = client.get(kith.url(&user_page)).send().await.unwrap().text().await.unwrap();
        assert!(
            page.contains("Neighbourhood coordinator") && page.contains(&patch.name),
            "the role shows with its scope"
        );

        let missing_scope = client
            .post(kith.url(&format!("{user_page}/roles")))
            .form(&[("csrf_token", csrf.as_str()), ("role", "councillor"), ("scope_kind", "ward"), ("ward", "")])
            .send()
            .await
            .unwrap();
        assert_eq!(missing_scope.status().as_u16(), 422);

        let actions: Vec<String> =
            audit(&kith, "").await.into_iter().filter(|e| e.actor == "admin@example.org").map(|e| e.action).collect();
        assert_eq!(actions, vec!["role.assigned", "user.created", "sign_in"], "newest first");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_disabled_account_is_signed_out_and_cannot_sign_in() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.add_user("admin@example.org", PASSWORD, "administrator", Scope::City).await;
    let victim = kith.add_user("leaver@example.org", PASSWORD, "councillor", Scope::City).await;
    let leaver = kith.client();
    kith.sign_in(&leaver, "leaver@example.org", PASSWORD).await;
    assert_eq!(leaver.get(kith.url("/admin")).send().await.unwrap().status().as_u16(), 200);

    let admin = kith.client();
    kith.sign_in(&admin, "admin@example.org", PASSWORD).await;
    let page = admin.get(kith.url(&format!("/admin/users/{victim}"))).send().await.unwrap().text().await.unwrap();
    let done = admin
        .post(kith.url(&format!("/admin/users/{victim}")))
        .form(&[
            ("csrf_token", csrf_token(&page).as_str()),
            ("name", "Leaver"),
            ("email", "leaver@example.org"),
            ("disabled", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status().as_u16(), 303);
    assert_eq!(leaver.get(kith.url("/admin")).send().await.unwrap().status().as_u16(), 303, "their session ended");
    assert_eq!(kith.sign_in(&kith.client(), "leaver@example.org", PASSWORD).await.status().as_u16(), 422);
    let updated = audit(&kith, "user.updated").await;
    assert_eq!(updated[0].detail["to"]["disabled"], true);
    assert_eq!(updated[0].detail["from"]["disabled"], false);
    kith.stop().await;
}

#[tokio::test]
async fn a_coordinator_keeps_the_contact_records_of_their_own_patch_only() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let places = kith.app.places();
        let patch = places.neighbourhoods().iter().find(|n| n.kind == "Coordinator patch").unwrap().clone();
        let outside =
            places.wards().iter().find(|w| !patch.wards.contains(&w.code.to_string())).unwrap().code.to_string();
        kith.add_user("cora@example.org", PASSWORD, "coordinator", Scope::Neighbourhood(patch.id)).await;
        let client = kith.client();
        kith.sign_in(&client, "cora@example.org", PASSWORD).await;
        let form = client.get(kith.url("/admin/people/new")).send().await.unwrap().text().await.unwrap();
        let csrf = csrf_token(&form);
        let submit = |ward: String| {
            let client = client.clone();
            let url = kith.url("/admin/people/new");
            let csrf = csrf.clone();
            async move {
                client
                    .post(url)
                    .form(&[
                        ("csrf_token", csrf.as_str()),
                        ("name", "New Councillor"),
                        ("office", "councillor"),
                        ("email", "new@example.org"),
                        ("wards", ward.as_str()),
                    ])
                    .send()
                    .await
                    .unwrap()
            }
        };
        let refused = submit(outside).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert_eq!(error_summary(&refused.text().await.unwrap()), vec!["You can only choose wards you look after"]);
        assert_eq!(submit(patch.wards[0].clone()).await.status().as_u16(), 303);
        let listed = client.get(kith.url("/admin/people")).send().await.unwrap().text().await.unwrap();
        assert!(listed.contains("New Councillor"));
        assert_eq!(
            client.get(kith.url("/admin/users")).send().await.unwrap().status().as_u16(),
            403,
            "but not accounts"
        );
        kith.stop().await;
    })
    .await;
}

/// Kith as a city runs it: accounts that reach personal data need a second factor.
async fn requiring_two_factor(backend: Backend) -> TestApp {
    let settings = kith_app::Settings { require_two_factor: true, ..kith_app::Settings::default() };
    TestApp::start_with(backend, settings, kith_web::WebSettings::default()).await
}

/// The 6-digit code an authenticator app shows now for this secret.
fn code_now(kith: &TestApp, secret: &[u8]) -> String {
    format!("{:06}", kith_core::totp::code_at(secret, kith_core::Clock::now(kith.clock.as_ref()).timestamp()))
}

/// Posts a form from `page` (its CSRF token) to `action`.
async fn post_from(
    kith: &TestApp,
    client: &reqwest::Client,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let html = client.get(kith.url(page)).send().await.unwrap().text().await.unwrap();
    let mut form = vec![("csrf_token", csrf_token(&html))];
    form.extend(fields.iter().map(|(k, v)| (*k, (*v).to_owned())));
    client.post(kith.url(action)).form(&form).send().await.unwrap()
}

/// Signs in with a password, sets up an authenticator app at the step it leads to, and returns the app's secret and
/// the recovery codes shown.
async fn set_up_two_factor(kith: &TestApp, client: &reqwest::Client, email: &str) -> (Vec<u8>, Vec<String>) {
    let response = kith.sign_in(client, email, PASSWORD).await;
    assert_eq!(response.headers()["location"], "/sign-in/set-up", "a password alone leads to setting up");
    let page = client.get(kith.url("/sign-in/set-up")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("<svg") && page.contains("href=\"otpauth:"), "a QR code and an app link");
    crate::web_shell::assert_no_inline_script_or_style("/sign-in/set-up", &page);
    let shown = page.split("class=\"kith-secret\">").nth(1).unwrap().split('<').next().unwrap();
    let secret = kith_core::totp::from_base32(shown).expect("the key is base32");
    let done =
        post_from(kith, client, "/sign-in/set-up", "/sign-in/set-up", &[("code", &code_now(kith, &secret))]).await;
    assert_eq!(done.status().as_u16(), 200);
    let html = done.text().await.unwrap();
    crate::web_shell::assert_no_inline_script_or_style("the recovery codes", &html);
    let codes: Vec<String> =
        html.split("<li><code>").skip(1).map(|c| c.split('<').next().unwrap().to_owned()).collect();
    (secret, codes)
}

#[tokio::test]
async fn an_account_reaching_personal_data_sets_up_an_authenticator_before_it_gets_a_session() {
    on_every_backend(|backend| async move {
        let kith = requiring_two_factor(backend).await;
        kith.add_user("ada@example.org", PASSWORD, "administrator", Scope::City).await;
        let client = kith.client();
        let response = kith.sign_in(&client, "ada@example.org", PASSWORD).await;
        assert_eq!(response.headers()["location"], "/sign-in/set-up");
        assert!(
            !response.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap().starts_with("kith_session=")),
            "no session after the password alone"
        );
        assert_eq!(client.get(kith.url("/admin")).send().await.unwrap().status().as_u16(), 303, "not signed in");
        let wrong = post_from(&kith, &client, "/sign-in/set-up", "/sign-in/set-up", &[("code", "000000")]).await;
        assert_eq!(wrong.status().as_u16(), 422);
        kith.sign_in(&client, "ada@example.org", PASSWORD).await;
        let (_, codes) = {
            let page = client.get(kith.url("/sign-in/set-up")).send().await.unwrap().text().await.unwrap();
            let shown = page.split("class=\"kith-secret\">").nth(1).unwrap().split('<').next().unwrap();
            let secret = kith_core::totp::from_base32(shown).unwrap();
            let code = code_now(&kith, &secret);
            let done = post_from(&kith, &client, "/sign-in/set-up", "/sign-in/set-up", &[("code", &code)]).await;
            assert_eq!(done.status().as_u16(), 200);
            let html = done.text().await.unwrap();
            assert!(html.contains("shown only once"), "{html}");
            (secret, html.split("<li><code>").skip(1).count())
        };
        assert_eq!(codes, 10, "ten recovery codes");
        assert_eq!(client.get(kith.url("/admin")).send().await.unwrap().status().as_u16(), 200, "signed in");
        assert_eq!(audit(&kith, "two_factor.enabled").await.len(), 1);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn each_sign_in_asks_for_a_code_and_accepts_each_code_once() {
    let kith = requiring_two_factor(Backend::Sqlite).await;
    kith.add_user("ada@example.org", PASSWORD, "administrator", Scope::City).await;
    let (secret, _) = set_up_two_factor(&kith, &kith.client(), "ada@example.org").await;
    let client = kith.client();
    let response = kith.sign_in(&client, "ada@example.org", PASSWORD).await;
    assert_eq!(response.headers()["location"], "/sign-in/code");
    let page = client.get(kith.url("/sign-in/code")).send().await.unwrap().text().await.unwrap();
    crate::web_shell::assert_no_inline_script_or_style("/sign-in/code", &page);
    let replayed =
        post_from(&kith, &client, "/sign-in/code", "/sign-in/code", &[("code", &code_now(&kith, &secret))]).await;
    assert_eq!(replayed.status().as_u16(), 422, "the code used to set up is spent");
    assert!(error_summary(&replayed.text().await.unwrap())[0].contains("has been used"));
    kith.clock.advance(Duration::seconds(30));
    let code = code_now(&kith, &secret);
    let accepted = post_from(&kith, &client, "/sign-in/code", "/sign-in/code", &[("code", &code)]).await;
    assert_eq!((accepted.status().as_u16(), accepted.headers()["location"].to_str().unwrap()), (303, "/home"));
    assert_eq!(client.get(kith.url("/home")).send().await.unwrap().status().as_u16(), 200);
    let other = kith.client();
    kith.sign_in(&other, "ada@example.org", PASSWORD).await;
    let again = post_from(&kith, &other, "/sign-in/code", "/sign-in/code", &[("code", &code)]).await;
    assert_eq!(again.status().as_u16(), 422, "nor twice by someone who watched it typed");
    kith.stop().await;
}

#[tokio::test]
async fn a_recovery_code_signs_in_once() {
    let kith = requiring_two_factor(Backend::Sqlite).await;
    kith.add_user("ada@example.org", PASSWORD, "administrator", Scope::City).await;
    let (_, codes) = set_up_two_factor(&kith, &kith.client(), "ada@example.org").await;
    let recovery = codes[3].to_lowercase().replace('-', " ");
    let mut statuses = Vec::new();
    for _ in 0..2 {
        let client = kith.client();
        kith.sign_in(&client, "ada@example.org", PASSWORD).await;
        statuses
            .push(post_from(&kith, &client, "/sign-in/code", "/sign-in/code", &[("code", &recovery)]).await.status());
    }
    assert_eq!(statuses, [303, 422]);
    kith.stop().await;
}

#[tokio::test]
async fn the_step_between_password_and_code_lasts_ten_minutes() {
    let kith = requiring_two_factor(Backend::Sqlite).await;
    kith.add_user("ada@example.org", PASSWORD, "administrator", Scope::City).await;
    let client = kith.client();
    kith.sign_in(&client, "ada@example.org", PASSWORD).await;
    assert_eq!(client.get(kith.url("/sign-in/set-up")).send().await.unwrap().status().as_u16(), 200);
    kith.clock.advance(Duration::minutes(10));
    let expired = client.get(kith.url("/sign-in/set-up")).send().await.unwrap();
    assert_eq!((expired.status().as_u16(), expired.headers()["location"].to_str().unwrap()), (303, "/sign-in"));
    kith.stop().await;
}

#[tokio::test]
async fn an_account_that_reaches_no_personal_data_signs_in_with_its_password() {
    let kith = requiring_two_factor(Backend::Sqlite).await;
    kith.add_user("vol@example.org", PASSWORD, "volunteer", Scope::City).await;
    let response = kith.sign_in(&kith.client(), "vol@example.org", PASSWORD).await;
    assert_eq!(response.headers()["location"], "/home");
    kith.stop().await;
}

#[tokio::test]
async fn an_administrator_resets_a_lost_phone_and_the_account_sets_up_again() {
    let kith = requiring_two_factor(Backend::Sqlite).await;
    let admin = kith.client();
    kith.add_user("ada@example.org", PASSWORD, "administrator", Scope::City).await;
    set_up_two_factor(&kith, &admin, "ada@example.org").await;
    let officer = kith.add_user("ola@example.org", PASSWORD, "service_officer", Scope::City).await;
    set_up_two_factor(&kith, &kith.client(), "ola@example.org").await;
    let page = format!("/admin/users/{officer}");
    assert!(admin.get(kith.url(&page)).send().await.unwrap().text().await.unwrap().contains("Reset security codes"));
    let reset = post_from(&kith, &admin, &page, &format!("{page}/two-factor/reset"), &[]).await;
    assert_eq!(reset.status().as_u16(), 303);
    let response = kith.sign_in(&kith.client(), "ola@example.org", PASSWORD).await;
    assert_eq!(response.headers()["location"], "/sign-in/set-up");
    assert_eq!(audit(&kith, "two_factor.reset").await.len(), 1);
    kith.stop().await;
}

#[tokio::test]
async fn a_session_left_unused_for_its_idle_time_ends_and_one_in_use_lasts_to_its_end() {
    let settings = kith_app::Settings { session_idle: Some(Duration::minutes(30)), ..kith_app::Settings::default() };
    let kith = TestApp::start_with(Backend::Sqlite, settings, kith_web::WebSettings::default()).await;
    kith.add_user("ada@example.org", PASSWORD, "administrator", Scope::City).await;
    let (busy, idle) = (kith.client(), kith.client());
    kith.sign_in(&busy, "ada@example.org", PASSWORD).await;
    kith.sign_in(&idle, "ada@example.org", PASSWORD).await;
    let status = |client: &reqwest::Client| {
        let request = client.get(kith.url("/admin")).send();
        async move { request.await.unwrap().status().as_u16() }
    };
    // Used every 20 minutes for 11 hours: it lasts.
    for _ in 0..33 {
        kith.clock.advance(Duration::minutes(20));
        assert_eq!(status(&busy).await, 200, "a session in use lasts");
    }
    assert_eq!(status(&idle).await, 303, "the one left alone ended after 30 minutes");
    kith.clock.advance(Duration::minutes(61));
    assert_eq!(status(&busy).await, 303, "and even one in use ends at its end, 12 hours on");
    kith.stop().await;
}

#[tokio::test]
async fn behind_https_every_cookie_is_secure_http_only_and_same_site() {
    let web = kith_web::WebSettings { secure_cookies: true, ..kith_web::WebSettings::default() };
    let kith = TestApp::start_with(Backend::Sqlite, kith_app::Settings::default(), web).await;
    kith.add_user("ada@example.org", PASSWORD, "administrator", Scope::City).await;
    let response = kith.sign_in(&kith.client(), "ada@example.org", PASSWORD).await;
    let cookies: Vec<String> =
        response.headers().get_all("set-cookie").iter().map(|c| c.to_str().unwrap().to_owned()).collect();
    assert!(cookies.iter().any(|c| c.starts_with("kith_session=")), "{cookies:?}");
    for cookie in &cookies {
        assert!(cookie.contains("; Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite="), "{cookie}");
    }
    kith.stop().await;
}

#[tokio::test]
async fn a_wards_administrator_reads_none_of_the_citys_case_settings_it_may_not_change() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let ward = kith_core::places::WardCode::parse("E05011151").unwrap();
    kith.add_user("ward@example.org", PASSWORD, "administrator", Scope::Ward(ward)).await;
    let client = kith.client();
    kith.sign_in(&client, "ward@example.org", PASSWORD).await;
    for page in ["/admin/cases/routing", "/admin/cases/notices", "/admin/cases/open311", "/admin/cases/bank-holidays"] {
        assert_eq!(client.get(kith.url(page)).send().await.unwrap().status().as_u16(), 403, "{page}");
    }
    kith.stop().await;
}
