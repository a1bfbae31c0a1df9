//! Where a directory search's time goes, without HTTP: builds the read model from a store (as `kith serve` does at
//! start) and times the queries of a paths file (`bench/run directory` writes one) through the search alone and
//! through the search and its page of Open Referral UK list items together, as the API writes it.
//!
//!     cargo run --release -p kith-app --example directory_bench -- sqlite://target/bench/directory.db target/bench/directory-paths.txt

use std::sync::Arc;
use std::time::Instant;

use kith_app::places::{At, Place};
use kith_app::{App, Database, Settings};
use kith_core::SystemClock;
use kith_core::places::{Postcode, Radius};
use kith_search::{Near, Query};
use uuid::Uuid;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let url = args.next().ok_or("give the store's URL")?;
    let paths = std::fs::read_to_string(args.next().ok_or("give a paths file")?)?;
    let started = Instant::now();
    let app = App::start(Database::open(&url, None).await?, Arc::new(SystemClock), Settings::default()).await?;
    println!(
        "read model of {} services built in {:.2} s",
        app.directory.read().service_count(),
        started.elapsed().as_secs_f64()
    );
    let places = app.places();
    let queries: Vec<Query> = paths
        .lines()
        .filter_map(|line| {
            let params: std::collections::HashMap<String, String> =
                url::form_urlencoded::parse(line.split_once('?')?.1.as_bytes()).into_owned().collect();
            let postcode = Postcode::parse(params.get("postcode")?).ok()?;
            let Place::InCity { position, ward } = places.place(At::Postcode(&postcode)) else { return None };
            Some(Query {
                text: params.get("search")?.clone(),
                near: Some(Near { point: position, within_m: Radius::metres(5_000.0), ward: Some(ward.code.clone()) }),
                terms: vec![Uuid::parse_str(params.get("taxonomy_term_id")?).ok()?],
                now: app.now(),
                page: 1,
                per_page: 50,
                ..Query::default()
            })
        })
        .collect();
    let index = app.directory.read();
    type Variant = fn(&Query) -> Query;
    let variants: [(&str, Variant); 3] = [
        ("words only", |q| Query { near: None, terms: vec![], ..q.clone() }),
        ("words and need", |q| Query { near: None, ..q.clone() }),
        ("words, need and 5 km", |q| q.clone()),
    ];
    for (name, make) in variants {
        let these: Vec<Query> = queries.iter().map(make).collect();
        let began = Instant::now();
        let found: usize = these.iter().map(|q| index.search(q).total).sum();
        println!(
            "  {name}: {:.1} µs a search, {} matches a search",
            began.elapsed().as_secs_f64() * 1e6 / these.len() as f64,
            found / these.len()
        );
    }
    // The machine's other work makes single rounds vary: the fastest of several is the search's own cost.
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(7);
    let (mut searches, mut pages) = (Vec::new(), Vec::new());

    let mut bytes = 0;
    for _ in 0..rounds {
        let began = Instant::now();
        for q in &queries {
            std::hint::black_box(index.search(q));
        }
        searches.push(began.elapsed().as_secs_f64() * 1e6 / queries.len() as f64);
        let began = Instant::now();
        bytes = 0;
        for q in &queries {
            // As `/api/oruk/services` answers: the list items the read model keeps ready, copied into a page.
            let page = index.listing_page(q).ok_or("the read model keeps no list items")?;
            bytes += kith_standards::oruk::list_page_of_parts(&page.items, page.total, 1, 50).len();
        }
        pages.push(began.elapsed().as_secs_f64() * 1e6 / queries.len() as f64);
    }
    searches.sort_by(f64::total_cmp);
    pages.sort_by(f64::total_cmp);
    println!(
        "{} queries, {rounds} rounds: a search {:.1} µs (fastest; median {:.1}); with its page of JSON {:.1} µs (fastest; median {:.1}); {} KB a page",
        queries.len(),
        searches[0],
        searches[rounds / 2],
        pages[0],
        pages[rounds / 2],
        bytes / queries.len() / 1024
    );
    Ok(())
}
