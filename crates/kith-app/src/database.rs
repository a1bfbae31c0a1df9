//! The database Kith keeps its records in, as the binary and the tests hold it: opened from a URL, migrated, backed
//! up, closed, and handed to `App::start`. Only `kith-app` can call the store behind it; everything else goes through
//! the use cases.

use std::sync::Arc;

use kith_store::Store;

use crate::Result;

/// An open database: SQLite or PostgreSQL.
#[derive(Clone)]
pub struct Database {
    pub(crate) store: Arc<dyn Store>,
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database").field("backend", &self.store.backend()).finish()
    }
}

impl From<Arc<dyn Store>> for Database {
    /// A store opened by its own crate (the tests inspect what the use cases wrote through one).
    fn from(store: Arc<dyn Store>) -> Self {
        Self { store }
    }
}

impl Database {
    /// Opens the database a URL names: `sqlite://path` (created if missing) or `postgres://…`, with reads of the
    /// directory's change feed sent to `replica` if one is named (PostgreSQL only).
    pub async fn open(url: &str, replica: Option<&str>) -> Result<Self> {
        let store = match replica {
            Some(replica) if url.starts_with("postgres") => {
                Arc::new(kith_store::postgres::PgStore::open_with_replica(url, Some(replica)).await?) as Arc<dyn Store>
            }
            _ => kith_store::connect(url).await?,
        };
        Ok(Self { store })
    }

    /// Brings the schema up to date.
    pub async fn migrate(&self) -> Result<()> {
        Ok(self.store.migrate().await?)
    }

    /// Writes a consistent copy of the whole database to `path` while it serves (SQLite).
    pub async fn backup(&self, path: &std::path::Path) -> Result<()> {
        Ok(self.store.backup(path).await?)
    }

    /// Answers when the database is reachable.
    pub async fn ping(&self) -> Result<()> {
        Ok(self.store.ping().await?)
    }

    /// Closes the connections.
    pub async fn close(&self) {
        self.store.close().await;
    }
}
