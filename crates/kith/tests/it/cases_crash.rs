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

/// Clients creating cases through the Open311 API as fast as they can, with the references they were given.
struct Creating {
    acknowledged: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    clients: Vec<tokio::task::JoinHandle<()>>,
}

impl Creating {
    /// Starts `clients` clients creating cases on the server at `base` with the API key `key`.
    fn start(base: &str, key: &str, clients: usize) -> Self {
        let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let clients = (0..clients)
            .map(|client| {
                let (base, key, acknowledged, stop) =
                    (base.to_owned(), key.to_owned(), acknowledged.clone(), stop.clone());
                tokio::spawn(async move {
                    let http = reqwest::Client::builder().timeout(Duration::from_secs(5)).build().unwrap();
                    let mut n = 0;
                    while !stop.load(Ordering::Relaxed) {
                        n += 1;
                        let description = format!("Crash test report {client}-{n}");
                        let form = [
                            ("api_key", key.as_str()),
                            ("service_code", "fly_tipping"),
                            ("attribute[what]", "household"),
                            ("lat", "52.475425"),
                            ("long", "-1.900211"),
                            ("description", description.as_str()),
                        ];
                        let Ok(response) =
                            http.post(format!("{base}/open311/v2/requests.json")).form(&form).send().await
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
                })
            })
            .collect();
        Creating { acknowledged, stop, clients }
    }

    /// How many creations have been acknowledged so far.
    fn acknowledged(&self) -> usize {
        self.acknowledged.lock().unwrap().len()
    }

    /// Waits (at most 30 seconds) until `n` creations have been acknowledged.
    async fn until(&self, n: usize) {
        for _ in 0..600 {
            if self.acknowledged() >= n {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Stops the clients; returns every reference they were given.
    async fn stop(self) -> Vec<String> {
        self.stop.store(true, Ordering::Relaxed);
        for c in self.clients {
            c.await.unwrap();
        }
        self.acknowledged.lock().unwrap().clone()
    }
}

#[tokio::test]
async fn every_case_whose_creation_was_acknowledged_survives_kill_9_during_sustained_creation() {
    on_every_backend(|backend| async move {
        let db = TestDb::fresh(backend).await;
        let store = kith_store::connect(&db.url).await.unwrap();
        let app = App::start(store.clone().into(), Arc::new(SystemClock), Settings::default()).await.unwrap();
        let (_, key) = kith_app::open311::add_key_from_command_line(&app, "crash test").await.unwrap();
        app.close().await;

        let mut server = Server::start(&db.url, &["--no-worker"]).await;
        let creating = Creating::start(&server.base, &key, 8);
        // Sustained creation, then the kill in the middle of it.
        creating.until(300).await;
        tokio::time::sleep(Duration::from_millis(150)).await;
        server.child.kill().expect("kill -9");
        server.child.wait().unwrap();
        let at_kill = creating.acknowledged();
        let acknowledged = creating.stop().await;
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
