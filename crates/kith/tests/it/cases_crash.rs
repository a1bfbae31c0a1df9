//! Nothing acknowledged is lost: `kill -9` the real server while clients are creating cases through the API as fast
//! as they can, restart it, and every case whose creation was answered with its reference is there. On both stores.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use kith_app::{App, Settings};
use kith_core::SystemClock;
use kith_testkit::TestDb;

use crate::cli::Server;
use crate::on_every_backend;

#[tokio::test]
async fn every_case_whose_creation_was_acknowledged_survives_kill_9_during_sustained_creation() {
    on_every_backend(|backend| async move {
        let db = TestDb::fresh(backend).await;
        let store = kith_store::connect(&db.url).await.unwrap();
        let app = App::start(store.clone().into(), Arc::new(SystemClock), Settings::default()).await.unwrap();
        let (_, key) = kith_app::open311::add_key_from_command_line(&app, "crash test").await.unwrap();
        app.close().await;

        let mut server = Server::start(&db.url, &["--no-worker"]).await;
        let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let mut clients = Vec::new();
        for client in 0..8 {
            let (base, key, acknowledged, stop) =
                (server.base.clone(), key.clone(), acknowledged.clone(), stop.clone());
            clients.push(tokio::spawn(async move {
                let http = reqwest::Client::builder().timeout(Duration::from_secs(5)).build().unwrap();
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    n += 1;
                    let description = format!("Crash test report {client}-{n}");
                    let form = [
                        ("api_key", key.as_str()),
                        ("service_code", "fly_tipping"),
                        ("lat", "52.475425"),
                        ("long", "-1.900211"),
                        ("description", description.as_str()),
                    ];
                    let Ok(response) = http.post(format!("{base}/open311/v2/requests.json")).form(&form).send().await
                    else {
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        continue;
                    };
                    if response.status().as_u16() == 201
                        && let Ok(body) = response.json::<serde_json::Value>().await
                        && let Some(id) = body[0]["service_request_id"].as_str()
                    {
                        acknowledged.lock().unwrap().push(id.to_owned());
                    }
                }
            }));
        }
        // Sustained creation, then the kill in the middle of it.
        for _ in 0..600 {
            if acknowledged.lock().unwrap().len() >= 300 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
        server.child.kill().expect("kill -9");
        server.child.wait().unwrap();
        let at_kill = acknowledged.lock().unwrap().len();
        stop.store(true, Ordering::Relaxed);
        for c in clients {
            c.await.unwrap();
        }
        let acknowledged = acknowledged.lock().unwrap().clone();
        assert!(at_kill >= 300, "creation was sustained before the kill: {at_kill}");

        let server = Server::start(&db.url, &["--no-worker"]).await;
        let http = reqwest::Client::new();
        let mut missing = Vec::new();
        for id in &acknowledged {
            let r = http.get(format!("{}/open311/v2/requests/{id}.json", server.base)).send().await.unwrap();
            if r.status().as_u16() != 200 {
                missing.push(id.clone());
            }
        }
        assert!(
            missing.is_empty(),
            "{} of {} acknowledged cases are missing: {missing:?}",
            missing.len(),
            acknowledged.len()
        );
        let mut unique = acknowledged.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), acknowledged.len(), "no reference was given twice");
        drop(server);
    })
    .await;
}
