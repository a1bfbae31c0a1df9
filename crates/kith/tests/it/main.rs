//! Kith's integration tests: the real binary, the real app on real HTTP, real SQLite files and the real
//! PostgreSQL server (when `KITH_TEST_DATABASE_URL` is set; required under `CI=true`), a real browser.
//! One test binary, so the build is shared.

mod accounts;
mod browser;
mod cases;
mod cases_crash;
mod cases_worker;
mod cli;
mod directory;
mod directory_freshness;
mod directory_io;
mod directory_review;
mod directory_store;
mod forums;
mod hostile;
mod house;
mod oidc;
mod open311;
mod oruk;
mod places_api;
mod store;
mod ward_finder;
mod web_shell;

use kith_testkit::Backend;

/// Runs `test` once per backend, naming the backend if it fails.
pub async fn on_every_backend<F, Fut>(test: F)
where
    F: Fn(Backend) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for backend in Backend::all().await {
        eprintln!("-- on {backend:?}");
        test(backend).await;
    }
}
