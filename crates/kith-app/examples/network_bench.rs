//! Where the stakeholder network's time goes, without HTTP: reads the city's organisations and partnerships from a
//! store (`bench/run forums` makes one) and times the measuring alone, and each measure on its own, several times.
//!
//!     cargo run --release -p kith-app --example network_bench -- sqlite://target/bench/forums.db

use std::collections::HashMap;
use std::time::Instant;

use kith_core::network::Network;

fn median(mut runs: Vec<f64>) -> f64 {
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

fn timed<T>(rounds: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut runs = Vec::with_capacity(rounds);
    let mut last = None;
    for _ in 0..rounds {
        let began = Instant::now();
        last = Some(f());
        runs.push(began.elapsed().as_secs_f64() * 1000.0);
    }
    (median(runs), last.expect("at least one round"))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::args().nth(1).ok_or("give the store's URL")?;
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    let store = kith_store::connect(&url).await?;
    let organisations = store.organisations().await?;
    let profiles: HashMap<_, _> = store.profiles().await?.into_iter().map(|p| (p.organisation_id, p)).collect();
    let partnerships = store.partnerships().await?;
    let today = chrono::Utc::now().date_naive();
    println!("{} organisations, {} partnerships; medians of {rounds} rounds", organisations.len(), partnerships.len());

    let (whole, view) = timed(rounds, || {
        kith_app::stakeholders::measure(&organisations, &profiles, partnerships.clone(), None, today, false)
    });
    println!(
        "  measure, as the page does: {whole:.1} ms ({} components, {} isolated)",
        view.components,
        view.isolated.len()
    );

    let index: HashMap<_, _> = organisations.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
    let edges: Vec<(usize, usize)> =
        partnerships.iter().filter_map(|p| Some((index[&p.org_a], *index.get(&p.org_b)?))).collect();
    let (build, graph) = timed(rounds, || Network::new(organisations.len(), edges.iter().copied()));
    println!("  the graph: {build:.2} ms ({} nodes, {} edges)", graph.len(), graph.edge_count());
    let (components, _) = timed(rounds, || graph.components());
    println!("  components: {components:.2} ms");
    let (bridging, _) = timed(rounds, || graph.bridging());
    println!("  cut vertices: {bridging:.2} ms");
    for threads in [1, 2] {
        let (between, _) = timed(rounds, || graph.betweenness(threads));
        println!("  betweenness on {threads} thread(s): {between:.1} ms");
    }
    Ok(())
}
