//! Kith's integration tests: the real binary, the real app on real HTTP, real SQLite files and the real
//! PostgreSQL server (when `KITH_TEST_DATABASE_URL` is set; required under `CI=true`), a real browser.
//! One test binary, so the build is shared.

mod accounts;
mod api;
mod assets;
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
mod grants;
mod home;
mod hostile;
mod house;
mod intelligence;
mod oidc;
mod open311;
mod oruk;
mod places_api;
mod store;
mod translations;
mod volunteering;
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

/// A copy of the demo city that `kith demo --no-serve` builds, as of the tests' clock, the way a newcomer builds
/// it. The binary builds it once per build of the binary and backend; each test gets its own copy.
pub async fn demo_city(backend: Backend) -> kith_testkit::TestDb {
    let binary = std::fs::metadata(cli::KITH).and_then(|m| m.modified()).expect("the kith binary is built");
    let key = format!("{binary:?}");
    kith_testkit::TestDb::copy_of(backend, "demo", &key, |url| async move {
        let out = std::process::Command::new(cli::KITH)
            .args(["demo", "--no-serve", "--now", &kith_testkit::start_of_tests().to_rfc3339()])
            .env("KITH_DATABASE_URL", &url)
            .env("KITH_LOG", "warn")
            .output()
            .expect("kith runs");
        assert!(out.status.success(), "kith demo: {}", String::from_utf8_lossy(&out.stderr));
    })
    .await
}
