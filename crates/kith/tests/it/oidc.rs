//! Signing in with the council's identity provider: a real, certified OpenID Connect provider (`oidc-provider`
//! from npm, in `tests/oidc/`) started on loopback, and `kith serve` as its client, driven through the provider's own
//! login and consent pages as a person would.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use kith_app::accounts::{self, NewUserForm};
use kith_app::{App, Settings};
use kith_core::SystemClock;
use kith_core::accounts::Scope;
use kith_testkit::html::csrf_token;
use kith_testkit::{Backend, TestDb};

use crate::cli::Server;
use crate::on_every_backend;

const PASSWORD: &str = "correct horse battery staple";
const CLIENT_SECRET: &str = "kith-test-client-secret";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The provider, in a process of its own, stopped when dropped.
struct Provider {
    child: Child,
    issuer: String,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Provider {
    /// Starts oidc-provider for a Kith at `kith_port`, installing its pinned packages first if they are missing.
    /// `None` (the test skips) if Node.js is not installed and this is not CI.
    async fn start(kith_port: u16) -> Option<Provider> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oidc");
        if Command::new("node").arg("--version").output().is_err() {
            assert!(std::env::var("CI").is_err(), "CI needs Node.js for the OpenID Connect tests");
            eprintln!("Node.js is not installed: skipping");
            return None;
        }
        // Once for the whole run: tests start together, and two installs in one folder would trip over each other.
        static INSTALL: std::sync::Once = std::sync::Once::new();
        INSTALL.call_once(|| {
            if !dir.join("node_modules/oidc-provider").exists() {
                let installed = Command::new("npm")
                    .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                    .current_dir(&dir)
                    .status()
                    .expect("npm runs");
                assert!(installed.success(), "npm ci in tests/oidc");
            }
        });
        let port = free_port();
        let callback = format!("http://127.0.0.1:{kith_port}/sign-in/oidc/callback");
        let child = Command::new("node")
            .args(["provider.mjs", &port.to_string(), &callback, "kith", CLIENT_SECRET])
            .current_dir(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("node runs");
        let provider = Provider { child, issuer: format!("http://127.0.0.1:{port}") };
        for _ in 0..200 {
            let discovery = format!("{}/.well-known/openid-configuration", provider.issuer);
            if reqwest::get(&discovery).await.is_ok_and(|r| r.status().is_success()) {
                return Some(provider);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("oidc-provider did not start on {}", provider.issuer);
    }
}

/// A store with an administrator (password only) and an officer, made through the app.
async fn seeded(backend: Backend) -> (TestDb, uuid::Uuid) {
    let db = TestDb::fresh(backend).await;
    let store = kith_store::connect(&db.url).await.unwrap();
    let app = App::start(store.clone().into(), std::sync::Arc::new(SystemClock), Settings::default()).await.unwrap();
    let add =
        |email: &str| NewUserForm { name: format!("Test {email}"), email: email.into(), password: PASSWORD.into() };
    accounts::create_user_from_command_line(&app, &add("ada@example.org"), "administrator", Scope::City).await.unwrap();
    let officer =
        accounts::create_user_from_command_line(&app, &add("ola@example.org"), "service_officer", Scope::City)
            .await
            .unwrap();
    app.close().await;
    (db, officer)
}

async fn kith_for(db: &TestDb, port: u16, provider: &Provider) -> Server {
    let public = format!("http://127.0.0.1:{port}");
    let env = [
        ("KITH_PUBLIC_URL", public.as_str()),
        ("KITH_OIDC_ISSUER", provider.issuer.as_str()),
        ("KITH_OIDC_CLIENT_ID", "kith"),
        ("KITH_OIDC_CLIENT_SECRET", CLIENT_SECRET),
        ("KITH_OIDC_NAME", "Test City Council"),
    ];
    Server::start_on_port(&db.url, port, &["--no-worker"], &env).await
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// The value of an attribute in a tag's text.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    tag[start..].split('"').next()
}

/// From Kith's sign-in button through the provider's login and consent pages, as `login`, to the answer Kith gives
/// when the provider sends the browser back.
async fn through_the_provider(client: &reqwest::Client, kith: &Server, login: &str) -> reqwest::Response {
    let mut response = client.get(format!("{}/sign-in/oidc", kith.base)).send().await.unwrap();
    for _ in 0..20 {
        let here = response.url().clone();
        if response.status().is_redirection() {
            let location = here.join(response.headers()["location"].to_str().unwrap()).unwrap();
            let back_at_kith = location.as_str().starts_with(&format!("{}/sign-in/oidc/callback", kith.base));
            response = client.get(location).send().await.unwrap();
            if back_at_kith {
                return response;
            }
            continue;
        }
        let html = response.text().await.unwrap();
        let form = html.split("<form").nth(1).unwrap_or_else(|| panic!("a form at {here}: {html}"));
        let action = here.join(attribute(form, "action").expect("the form's action")).unwrap();
        let mut fields: Vec<(String, String)> = form
            .split("<input")
            .skip(1)
            .filter(|i| attribute(i, "type") == Some("hidden"))
            .filter_map(|i| Some((attribute(i, "name")?.to_owned(), attribute(i, "value").unwrap_or("").to_owned())))
            .collect();
        if form.contains("name=\"login\"") {
            fields.push(("login".into(), login.into()));
            fields.push(("password".into(), "any password the provider's own page takes".into()));
        }
        response = client.post(action).form(&fields).send().await.unwrap();
    }
    panic!("the provider never sent the browser back to Kith");
}

#[tokio::test]
async fn a_council_account_an_administrator_linked_signs_in_through_the_identity_provider() {
    let port = free_port();
    let Some(provider) = Provider::start(port).await else { return };
    on_every_backend(|backend| {
        let provider = &provider;
        async move {
            let (db, officer) = seeded(backend).await;
            let kith = kith_for(&db, port, provider).await;
            // An administrator links the officer's council identity on the officer's page.
            let admin = client();
            let page = admin.get(format!("{}/sign-in", kith.base)).send().await.unwrap().text().await.unwrap();
            assert!(page.contains("Sign in with Test City Council"), "the sign-in page offers the provider");
            admin
                .post(format!("{}/sign-in", kith.base))
                .form(&[
                    ("csrf_token", csrf_token(&page).as_str()),
                    ("email", "ada@example.org"),
                    ("password", PASSWORD),
                ])
                .send()
                .await
                .unwrap();
            let user_page = format!("{}/admin/users/{officer}", kith.base);
            let html = admin.get(&user_page).send().await.unwrap().text().await.unwrap();
            let linked = admin
                .post(format!("{user_page}/identity"))
                .form(&[("csrf_token", csrf_token(&html).as_str()), ("subject", "ola-at-the-council")])
                .send()
                .await
                .unwrap();
            assert_eq!(linked.status().as_u16(), 303);

            let officer_browser = client();
            let answer = through_the_provider(&officer_browser, &kith, "ola-at-the-council").await;
            assert_eq!((answer.status().as_u16(), answer.headers()["location"].to_str().unwrap()), (303, "/home"));
            let home = officer_browser.get(format!("{}/admin", kith.base)).send().await.unwrap();
            assert_eq!(home.status().as_u16(), 200);
            assert!(home.text().await.unwrap().contains("Test ola@example.org"), "signed in as the linked account");
            drop(kith);
        }
    })
    .await;
}

#[tokio::test]
async fn a_council_account_nobody_linked_gets_no_session_and_the_identifier_to_give_an_administrator() {
    let port = free_port();
    let Some(provider) = Provider::start(port).await else { return };
    let (db, _) = seeded(Backend::Sqlite).await;
    let kith = kith_for(&db, port, &provider).await;
    let browser = client();
    let answer = through_the_provider(&browser, &kith, "someone-new").await;
    assert_eq!(answer.status().as_u16(), 403);
    let html = answer.text().await.unwrap();
    assert!(html.contains("someone-new"), "the identifier to give an administrator");
    crate::web_shell::assert_no_inline_script_or_style("the unlinked page", &html);
    assert_eq!(browser.get(format!("{}/admin", kith.base)).send().await.unwrap().status().as_u16(), 303);
}

#[tokio::test]
async fn a_return_from_the_provider_that_this_browser_did_not_start_is_refused() {
    let port = free_port();
    let Some(provider) = Provider::start(port).await else { return };
    let (db, _) = seeded(Backend::Sqlite).await;
    let kith = kith_for(&db, port, &provider).await;
    // A code and state from someone else's sign-in, arriving in a browser with no trip of its own (login CSRF).
    let forged = client()
        .get(format!("{}/sign-in/oidc/callback?code=stolen-code&state=someone-elses-state", kith.base))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 422);
    // A trip of its own, but the provider's answer to another one.
    let browser = client();
    let started = browser.get(format!("{}/sign-in/oidc", kith.base)).send().await.unwrap();
    assert_eq!(started.status().as_u16(), 303);
    let mismatched = browser
        .get(format!("{}/sign-in/oidc/callback?code=stolen-code&state=someone-elses-state", kith.base))
        .send()
        .await
        .unwrap();
    assert_eq!(mismatched.status().as_u16(), 422);
    assert_eq!(browser.get(format!("{}/admin", kith.base)).send().await.unwrap().status().as_u16(), 303);
}

#[tokio::test]
async fn without_a_public_url_the_provider_is_given_the_address_kith_listens_on() {
    let port = free_port();
    let Some(provider) = Provider::start(port).await else { return };
    let (db, _) = seeded(Backend::Sqlite).await;
    let env = [
        ("KITH_OIDC_ISSUER", provider.issuer.as_str()),
        ("KITH_OIDC_CLIENT_ID", "kith"),
        ("KITH_OIDC_CLIENT_SECRET", CLIENT_SECRET),
    ];
    let kith = Server::start_on_port(&db.url, port, &["--no-worker"], &env).await;
    let started = client().get(format!("{}/sign-in/oidc", kith.base)).send().await.unwrap();
    let location = started.headers()["location"].to_str().unwrap().to_owned();
    let back = url::form_urlencoded::byte_serialize(format!("{}/sign-in/oidc/callback", kith.base).as_bytes())
        .collect::<String>();
    assert!(location.contains(&format!("redirect_uri={back}")), "{location}");
}
