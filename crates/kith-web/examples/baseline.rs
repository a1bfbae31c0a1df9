//! A do-nothing axum JSON route on the same runtime as `kith serve`: the yardstick that `bench/run` measures Kith's
//! lookups against in the same run (see docs/benchmarks.md). It answers every path, so the load generator can send
//! it the very same requests it sends Kith, and spends the same effort making them.
//!
//! ```sh
//! cargo run --release -p kith-web --example baseline -- 127.0.0.1:8091
//! ```

use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

async fn nothing() -> Json<Value> {
    Json(json!({ "ok": true }))
}

#[tokio::main]
async fn main() {
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8091".into());
    let listener = tokio::net::TcpListener::bind(&address).await.expect("the address is free");
    println!("baseline on http://{address}/");
    axum::serve(listener, Router::new().route("/", get(nothing)).fallback(nothing)).await.expect("the server runs");
}
