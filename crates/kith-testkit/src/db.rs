//! Fresh databases for tests, copied from a template that is migrated and holds Birmingham's places.
//!
//! SQLite: the template is a file under the target directory; each test copies it (a few milliseconds).
//! PostgreSQL: the template is a database `kith_template_<key>`; each test gets
//! `CREATE DATABASE … TEMPLATE …` (a file-level copy). Templates are built once per key (for places, the
//! fingerprint of the migrations) and shared by every test process: a file rename (SQLite) or an advisory lock
//! (PostgreSQL) stops two processes building the same one. Other templates, such as the demo city the binary
//! builds, are made the same way through `TestDb::copy_of`.

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

/// Migrates the database at `url` and imports Birmingham's places.
async fn fill(url: String) {
    let store = kith_store::connect(&url).await.expect("the template opens");
    let app =
        App::start(store.into(), Arc::new(SystemClock), Settings::default()).await.expect("the template migrates");
    let files = kith_app::places::birmingham::birmingham_files().expect("the carried data reads");
    kith_app::places::import::import_places(&app, &kith_app::Actor::command_line(), &files)
        .await
        .expect("the places import");
    app.close().await;
}

/// FNV-1a of `key`: a short name for a template, stable across builds and platforms.
fn short_name(key: &str) -> String {
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
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
        Self::copy_of(backend, "places", &kith_store::migrations_fingerprint(), fill).await
    }

    /// A copy of the database `build` makes from empty, given its URL. It is built once per `key` and shared by
    /// every test process, so `key` must change whenever what `build` makes does; building one removes the
    /// templates of the same `family` (lowercase letters) that other keys made.
    pub async fn copy_of<F: Future<Output = ()>>(
        backend: Backend,
        family: &str,
        key: &str,
        build: impl FnOnce(String) -> F,
    ) -> Self {
        assert!(family.chars().all(|c| c.is_ascii_lowercase()), "a template family is lowercase letters");
        let name = format!("{family}_{}", short_name(key));
        match backend {
            Backend::Sqlite => {
                let template = target_dir().join(format!("template-{name}.db"));
                if !template.exists() {
                    for old in std::fs::read_dir(target_dir()).into_iter().flatten().flatten() {
                        let file = old.file_name().to_string_lossy().into_owned();
                        if file.starts_with(&format!("template-{family}_")) && file.ends_with(".db") {
                            let _ = std::fs::remove_file(old.path());
                        }
                    }
                    let building = TestDb::empty(Backend::Sqlite).await;
                    build(building.url.clone()).await;
                    let built = target_dir().join(format!("template-{}.building", Uuid::new_v4()));
                    // The copy is one self-contained file (no write-ahead log beside it), complete before it has
                    // the template's name; whoever renames first wins.
                    let store = kith_store::connect(&building.url).await.expect("the template opens");
                    store.backup(&built).await.expect("the template copies out");
                    store.close().await;
                    let _ = std::fs::rename(&built, &template);
                    let _ = std::fs::remove_file(&built);
                }
                let db = TestDb::empty(Backend::Sqlite).await;
                std::fs::copy(&template, db.url.trim_start_matches("sqlite://")).expect("the template copies");
                db
            }
            Backend::Postgres => {
                let admin = postgres_admin_url().await.expect("PostgreSQL is configured for this test");
                let template = format!("kith_template_{name}");
                let mut conn = PgConnection::connect(&admin).await.expect("PostgreSQL answers");
                sqlx::query("SELECT pg_advisory_lock(7347)").execute(&mut conn).await.expect("the template lock");
                let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
                    .bind(&template)
                    .fetch_one(&mut conn)
                    .await
                    .expect("pg_database reads");
                if !exists {
                    let stale: Vec<String> =
                        sqlx::query_scalar("SELECT datname FROM pg_database WHERE datname LIKE $1")
                            .bind(format!("kith_template_{family}\\_%"))
                            .fetch_all(&mut conn)
                            .await
                            .expect("pg_database reads");
                    for old in stale {
                        sqlx::query(&format!("DROP DATABASE IF EXISTS {old} WITH (FORCE)"))
                            .execute(&mut conn)
                            .await
                            .expect("an old template drops");
                    }
                    let building = format!("{template}_building");
                    sqlx::query(&format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"))
                        .execute(&mut conn)
                        .await
                        .expect("drop");
                    sqlx::query(&format!("CREATE DATABASE {building}")).execute(&mut conn).await.expect("create");
                    build(database_url(&admin, &building)).await;
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
