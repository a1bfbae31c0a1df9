//! Test support: the real application on 127.0.0.1:0, on SQLite or PostgreSQL, with a fresh database per test
//! made by copying a template that is migrated and holds Birmingham's places (built once per run and shared
//! between test processes). No part of Kith is mocked; the clock is a `ManualClock` the test moves.
//!
//! PostgreSQL tests run when `KITH_TEST_DATABASE_URL` names a server (the README's test command sets it). With
//! `CI=true` an unreachable server fails the test instead of skipping it.

pub mod browser;
pub mod cases;
pub mod db;
pub mod directory;
pub mod forums;
pub mod grants;
pub mod html;
pub mod mail;
pub mod volunteering;

use std::net::SocketAddr;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use kith_app::{App, Settings};
use kith_core::ManualClock;
use kith_web::{AppState, WebSettings};
use tokio::sync::oneshot;

pub use db::{Backend, TestDb};

/// A moment to start every test's clock at: a Monday morning in Birmingham.
pub fn start_of_tests() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-02T09:00:00Z").expect("a valid time").to_utc()
}

/// A running Kith.
pub struct TestApp {
    pub address: SocketAddr,
    pub app: Arc<App>,
    /// The same database the app writes, opened by the tests to check what the use cases wrote (the app's own
    /// handle is private to it).
    pub store: Arc<dyn kith_store::Store>,
    pub clock: Arc<ManualClock>,
    pub db: TestDb,
    /// What the web layer shares, for tests that change what it publishes.
    pub web: AppState,
    stop: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
}

impl TestApp {
    /// Starts Kith on a fresh database of `backend` with default settings.
    pub async fn start(backend: Backend) -> Self {
        Self::start_with(backend, Settings::default(), WebSettings::default()).await
    }

    pub async fn start_with(backend: Backend, settings: Settings, web: WebSettings) -> Self {
        let db = TestDb::fresh(backend).await;
        Self::start_on(db, settings, web).await
    }

    /// Starts Kith on an existing test database (two instances can share one).
    pub async fn start_on(db: TestDb, settings: Settings, web: WebSettings) -> Self {
        let clock = Arc::new(ManualClock::new(start_of_tests()));
        let store = kith_store::connect(&db.url).await.expect("the test database opens");
        let app = App::start(store.clone().into(), clock.clone(), settings).await.expect("the app starts");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let address = listener.local_addr().expect("an address");
        let state = AppState::new(app.clone(), web).expect("the web state builds");
        let shared = state.clone();
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            kith_web::serve(listener, state, async move {
                let _ = stopped.await;
            })
            .await
            .expect("the server runs");
        });
        Self { address, app, store, clock, db, web: shared, stop: Some(stop), server: Some(server) }
    }

    /// Approves the team's own translations, as the demo does, and publishes them at once.
    pub async fn approve_team_translations(&self) {
        self.web.catalogues.approve_as_team(&self.app).await.expect("the team's translations are approved");
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }

    /// A client that keeps cookies and does not follow redirects (so tests see them).
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a client")
    }

    /// Stops the server gracefully and closes the store.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.await;
        }
        self.app.close().await;
    }

    /// Adds an account with one role, as the command line does. Returns its id.
    pub async fn add_user(
        &self,
        email: &str,
        password: &str,
        role: &str,
        scope: kith_core::accounts::Scope,
    ) -> uuid::Uuid {
        let form = kith_app::accounts::NewUserForm {
            name: format!("Test {role}"),
            email: email.into(),
            password: password.into(),
        };
        kith_app::accounts::create_user_from_command_line(&self.app, &form, role, scope)
            .await
            .expect("the account is added")
    }

    /// Who the account with `email` is to the use cases: its roles and where they hold (for a test that calls a
    /// use case directly, as a handler would after sign-in).
    pub async fn principal(&self, email: &str) -> kith_app::accounts::Principal {
        let user = self.store.user_by_email(email).await.expect("the store answers").expect("the account");
        kith_app::accounts::principal_of(&self.app, user.id).await.expect("the app answers").expect("the principal")
    }

    /// Signs in through the real sign-in form; returns the response to the form's submission.
    pub async fn sign_in(&self, client: &reqwest::Client, email: &str, password: &str) -> reqwest::Response {
        let page = client.get(self.url("/sign-in")).send().await.expect("the sign-in page").text().await.expect("html");
        let csrf = html::csrf_token(&page);
        client
            .post(self.url("/sign-in"))
            .form(&[("csrf_token", csrf.as_str()), ("email", email), ("password", password)])
            .send()
            .await
            .expect("the sign-in form answers")
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
