//! Ward intelligence without HTTP: opens a store (`bench/run intelligence` makes a demo city with 100,000 services)
//! and times summing up the indicators and working out need against provision for every ward and every need, each
//! several times.
//!
//!     cargo run --release -p kith-app --example intelligence_bench -- sqlite://target/bench/intelligence.db

use std::sync::Arc;
use std::time::Instant;

use kith_app::{App, Database, Settings};

fn median(mut runs: Vec<f64>) -> f64 {
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args().nth(1).ok_or("give the store's URL")?;
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    let database = Database::open(&url, None).await?;
    let app: Arc<App> = App::start(database, Arc::new(kith_core::SystemClock), Settings::default()).await?;
    // The LSOAs' centres are worked out once a process, at the first use; time that apart.
    let began = Instant::now();
    let centres = app.places().lsoa_centres().iter().flatten().count();
    let first = began.elapsed().as_secs_f64() * 1000.0;
    let mut runs = Vec::with_capacity(rounds);
    let mut last = None;
    for _ in 0..rounds {
        let began = Instant::now();
        last = Some(kith_app::intelligence::gaps::compute(&app).await?);
        runs.push(began.elapsed().as_secs_f64() * 1000.0);
    }
    let gaps = last.ok_or("at least one round")?;
    let needs = gaps.wards.values().next().map_or(0, Vec::len);
    println!(
        "need against provision for {} wards and {needs} needs over {} services and {centres} LSOAs: median {:.0} ms \
         (runs {}); the LSOAs' centres, once a process: {first:.0} ms",
        gaps.wards.len(),
        gaps.services,
        median(runs.clone()),
        runs.iter().map(|r| format!("{r:.0}")).collect::<Vec<_>>().join(", ")
    );
    app.close().await;
    Ok(())
}
