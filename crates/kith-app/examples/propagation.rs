//! How long a directory write on one instance takes to show on another: two Kith applications on one PostgreSQL
//! database, as two `kith serve` instances would be, each with its own read model kept fresh from the change feed.
//! One writes a record; the other is watched until it has it. Run by `bench/run propagation`:
//!
//!     cargo run --release -p kith-app --example propagation -- postgres://postgres@127.0.0.1:5432/kith_bench_pg 50

use std::sync::Arc;
use std::time::{Duration, Instant};

use kith_app::directory::{Record, write_records_from_command_line};
use kith_app::{Actor, App, Settings};
use kith_core::SystemClock;
use kith_core::directory::Organisation;
use uuid::Uuid;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let url = args.next().ok_or("give a postgres:// URL")?;
    let writes: usize = args.next().map_or(Ok(50), |n| n.parse())?;
    let start = |url: String| async move {
        let store = kith_store::connect(&url).await?;
        Ok::<_, Box<dyn std::error::Error>>(App::start(store.into(), Arc::new(SystemClock), Settings::default()).await?)
    };
    let writer = start(url.clone()).await?;
    let reader = start(url).await?;
    let mut latencies = Vec::with_capacity(writes);
    for n in 0..writes {
        let id = Uuid::new_v4();
        let organisation = Organisation {
            id,
            name: format!("Propagation test {n}"),
            description: String::new(),
            email: None,
            website: None,
            phone: None,
        };
        let began = Instant::now();
        write_records_from_command_line(
            &writer,
            &Actor::command_line(),
            vec![Record::Organisation(organisation)],
            false,
        )
        .await?;
        let written = began.elapsed();
        while reader.directory.read().organisation(id).is_none() {
            if began.elapsed() > Duration::from_secs(10) {
                return Err("the other instance did not see the write within 10 s".into());
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        latencies.push((began.elapsed(), written));
        // Writes arrive at random moments relative to the other instance's poll.
        tokio::time::sleep(Duration::from_millis(37 + (n as u64 * 53) % 211)).await;
    }
    latencies.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| latencies[((latencies.len() as f64 - 1.0) * q).round() as usize].0;
    println!(
        "propagation over {writes} writes: median {:.0} ms, p99 {:.0} ms, max {:.0} ms (the write itself: median {:.1} ms)",
        ms(at(0.5)),
        ms(at(0.99)),
        ms(latencies.last().map_or(Duration::ZERO, |l| l.0)),
        ms({
            let mut w: Vec<Duration> = latencies.iter().map(|l| l.1).collect();
            w.sort();
            w[w.len() / 2]
        })
    );
    Ok(())
}
