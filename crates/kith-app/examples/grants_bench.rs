//! Where the 360Giving export's time goes, without HTTP: opens a store (`bench/run grants` makes one with 50,000
//! applications) and times reading the awards, reading the store's mark, serving the kept file, making the package,
//! writing it out as JSON and as CSV, and validating it, each several times.
//!
//!     cargo run --release -p kith-app --example grants_bench -- sqlite://target/bench/grants.db

use std::sync::Arc;
use std::time::Instant;

use kith_app::{App, Database, Settings};
use kith_standards::threesixtygiving as g360;

fn median(mut runs: Vec<f64>) -> f64 {
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

async fn timed<T, F: std::future::Future<Output = T>>(rounds: usize, mut f: impl FnMut() -> F) -> (f64, T) {
    let mut runs = Vec::with_capacity(rounds);
    let mut last = None;
    for _ in 0..rounds {
        let began = Instant::now();
        last = Some(f().await);
        runs.push(began.elapsed().as_secs_f64() * 1000.0);
    }
    (median(runs), last.expect("at least one round"))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args().nth(1).ok_or("give the store's URL")?;
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    let database = Database::open(&url, None).await?;
    let app: Arc<App> = App::start(database, Arc::new(kith_core::SystemClock), Settings::default()).await?;
    let publisher = kith_app::grants::publish::publisher(&app);
    let store = kith_store::connect(&url).await?;
    let (rows, _) = timed(rounds, || store.awards(1_000_000)).await;
    let (mark, _) = timed(rounds, || store.awards_mark()).await;
    let (served, _) = timed(rounds, || kith_app::grants::publish::package_json(&app)).await;
    let (read, grants) = timed(rounds, || kith_app::grants::publish::grants(&app)).await;
    let grants = grants?;
    let (package, value) = timed(rounds, || async { g360::package(&publisher, &grants) }).await;
    let (json, text) = timed(rounds, || async { g360::package_json(&publisher, &grants) }).await;
    let (csv, _) = timed(rounds, || async { g360::csv(&publisher, &grants) }).await;
    let validator = g360::Validator::new()?;
    let (validate, errors) = timed(rounds, || async { validator.validate(&value) }).await;
    let (quality, issues) = timed(rounds, || async { g360::quality(&value, chrono::Utc::now().date_naive()) }).await;
    println!(
        "{} awards; medians of {rounds} rounds: the store's rows {rows:.0} ms; the store's mark {mark:.1} ms; the JSON as served \
         while no award changes {served:.1} ms; read from the store and mapped {read:.0} ms, package {package:.0} ms, \
         JSON text written directly {json:.0} ms ({:.1} MB), CSV {csv:.0} ms, schema validation {validate:.0} ms ({} errors), \
         quality checks {quality:.0} ms ({} issues)",
        grants.len(),
        text.len() as f64 / 1e6,
        errors.len(),
        issues.len()
    );
    app.close().await;
    Ok(())
}
