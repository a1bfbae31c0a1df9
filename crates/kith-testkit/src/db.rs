//! Fresh databases for tests, copied from a template that is migrated and holds Birmingham's places.
//!
//! SQLite: the template is a file under the target directory; each test copies it (a few milliseconds).
//! PostgreSQL: the template is a database `kith_template_<fingerprint>`; each test gets
//! `CREATE DATABASE … TEMPLATE …` (a file-level copy). Templates are built once per fingerprint of the
//! migrations and shared by every test process: a file rename (SQLite) or an advisory lock (PostgreSQL) stops
//! two processes building the same one.

use std::path::PathBuf;
use std::sync::Arc;

use kith_app::{App, Settings};
use kith_core::SystemClock;
use sqlx::Connection as _;
use sqlx::postgres::PgConnection;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backends to run store tests on: SQLite always, PostgreSQL when configured (and, under CI, required).
    pub async fn all() -> Vec<Backend> {
        let mut backends = vec![Backend::Sqlite];
        if postgres_admin_url().await.is_some() {
            backends.push(Backend::Postgres);
        }
        backends
    }
}

/// The PostgreSQL server to test against, if any. Panics under `CI=true` when it is not reachable.
pub async fn postgres_admin_url() -> Option<String> {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let Ok(url) = std::env::var("KITH_TEST_DATABASE_URL") else {
        assert!(!ci, "CI=true but KITH_TEST_DATABASE_URL is not set: the PostgreSQL half of the suite must run");
        eprintln!("KITH_TEST_DATABASE_URL is not set: skipping the PostgreSQL half");
        return None;
    };
    match PgConnection::connect(&url).await {
        Ok(conn) => {
            let _ = conn.close().await;
            Some(url)
        }
        Err(e) => {
            assert!(!ci, "CI=true and PostgreSQL at KITH_TEST_DATABASE_URL is unreachable: {e}");
            eprintln!("PostgreSQL at KITH_TEST_DATABASE_URL is unreachable ({e}): skipping the PostgreSQL half");
            None
        }
    }
}

fn target_dir() -> PathBuf {
    // Integration tests run with the package as the working directory; the workspace target is two levels up.
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| manifest.join("../../target"))
        .join("kith-tests")
}

/// A database for one test, removed when dropped.
pub struct TestDb {
    pub backend: Backend,
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    /// Another handle owns the database and removes it.
    Borrowed,
    Directory(PathBuf),
    Database {
        admin: String,
        name: String,
    },
}

/// Migrates the database at `url` and imports Birmingham's places; with `copy_to`, then copies it there whole.
async fn fill(url: &str, copy_to: Option<&std::path::Path>) {
    let store = kith_store::connect(url).await.expect("the template opens");
    let app = App::start(store.clone().into(), Arc::new(SystemClock), Settings::default())
        .await
        .expect("the template migrates");
    let files = kith_app::places::birmingham::birmingham_files().expect("the carried data reads");
    kith_app::places::import::import_places(&app, &kith_app::Actor::command_line(), &files)
        .await
        .expect("the places import");
    if let Some(path) = copy_to {
        store.backup(path).await.expect("the template copies out");
    }
    app.close().await;
}

impl TestDb {
    /// A second handle on the same database, for a second instance; the first handle removes it.
    pub fn share(&self) -> Self {
        TestDb { backend: self.backend, url: self.url.clone(), cleanup: Cleanup::Borrowed }
    }

    /// An empty, unmigrated database (for tests of migration and of `kith demo`).
    pub async fn empty(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                let dir = target_dir().join(format!("db-{}", Uuid::new_v4()));
                std::fs::create_dir_all(&dir).expect("a test directory");
                let url = format!("sqlite://{}", dir.join("kith.db").display());
                TestDb { backend, url, cleanup: Cleanup::Directory(dir) }
            }
            Backend::Postgres => {
                let admin = postgres_admin_url().await.expect("PostgreSQL is configured for this test");
                let name = format!("kith_test_{}", Uuid::new_v4().simple());
                let mut conn = PgConnection::connect(&admin).await.expect("PostgreSQL answers");
                sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.expect("a test database");
                let _ = conn.close().await;
                TestDb { backend, url: database_url(&admin, &name), cleanup: Cleanup::Database { admin, name } }
            }
        }
    }

    /// A migrated database holding Birmingham's places.
    pub async fn fresh(backend: Backend) -> Self {
        let fingerprint = kith_store::migrations_fingerprint();
        match backend {
            Backend::Sqlite => {
                let template = target_dir().join(format!("template-{fingerprint}.db"));
                if !template.exists() {
                    let building = TestDb::empty(Backend::Sqlite).await;
                    let built = target_dir().join(format!("template-{}.building", Uuid::new_v4()));
                    fill(&building.url, Some(&built)).await;
                    // The copy is one self-contained file (no write-ahead log beside it), complete before it has
                    // the template's name; whoever renames first wins.
                    let _ = std::fs::rename(&built, &template);
                    let _ = std::fs::remove_file(&built);
                }
                let db = TestDb::empty(Backend::Sqlite).await;
                std::fs::copy(&template, db.url.trim_start_matches("sqlite://")).expect("the template copies");
                db
            }
            Backend::Postgres => {
                let admin = postgres_admin_url().await.expect("PostgreSQL is configured for this test");
                let template = format!("kith_template_{fingerprint}");
                let mut conn = PgConnection::connect(&admin).await.expect("PostgreSQL answers");
                sqlx::query("SELECT pg_advisory_lock(7347)").execute(&mut conn).await.expect("the template lock");
                let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
                    .bind(&template)
                    .fetch_one(&mut conn)
                    .await
                    .expect("pg_database reads");
                if !exists {
                    let building = format!("{template}_building");
                    sqlx::query(&format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"))
                        .execute(&mut conn)
                        .await
                        .expect("drop");
                    sqlx::query(&format!("CREATE DATABASE {building}")).execute(&mut conn).await.expect("create");
                    fill(&database_url(&admin, &building), None).await;
                    sqlx::query(&format!("ALTER DATABASE {building} RENAME TO {template}"))
                        .execute(&mut conn)
                        .await
                        .expect("rename");
                }
                let name = format!("kith_test_{}", Uuid::new_v4().simple());
                sqlx::query(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
                    .execute(&mut conn)
                    .await
                    .expect("a copy");
                sqlx::query("SELECT pg_advisory_unlock(7347)").execute(&mut conn).await.expect("unlock");
                let _ = conn.close().await;
                TestDb { backend, url: database_url(&admin, &name), cleanup: Cleanup::Database { admin, name } }
            }
        }
    }
}

/// The admin URL with its database replaced by `name`.
fn database_url(admin: &str, name: &str) -> String {
    let mut url = url::Url::parse(admin).expect("KITH_TEST_DATABASE_URL is a URL");
    url.set_path(&format!("/{name}"));
    url.to_string()
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::Borrowed => {}
            Cleanup::Directory(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::Database { admin, name } => {
                let (admin, name) = (admin.clone(), name.clone());
                // Drop runs inside the test's runtime, which cannot be blocked on; use a runtime of our own.
                let _ = std::thread::spawn(move || {
                    let runtime =
                        tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
                    runtime.block_on(async {
                        if let Ok(mut conn) = PgConnection::connect(&admin).await {
                            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                                .execute(&mut conn)
                                .await;
                            let _ = conn.close().await;
                        }
                    });
                })
                .join();
            }
        }
    }
}
