//! The SQLite adapter: the default store, an embedded file that needs no set-up.
//!
//! WAL mode, one writer connection (so writes queue in the process instead of failing busy) that opens every
//! transaction with `BEGIN IMMEDIATE` (so another process's writer waits on `busy_timeout` rather than
//! deadlocking on a lock upgrade), and a pool of read-only connections that never wait on the writer.

#[path = "../portable/accounts.rs"]
mod accounts;
#[path = "../portable/assets.rs"]
mod assets;
#[path = "../portable/audit.rs"]
mod audit;
#[path = "../portable/cases.rs"]
mod cases;
mod creations;
#[path = "../portable/directory.rs"]
mod directory;
#[path = "../portable/forums.rs"]
mod forums;
#[path = "../portable/grants.rs"]
mod grants;
#[path = "../portable/home.rs"]
mod home;
#[path = "../portable/intelligence.rs"]
mod intelligence;
#[path = "../portable/outbox.rs"]
mod outbox;
#[path = "../portable/people.rs"]
mod people;
mod places;
#[path = "../portable/timebank.rs"]
mod timebank;
#[path = "../portable/translations.rs"]
mod translations;
#[path = "../portable/volunteering.rs"]
mod volunteering;

/// The names the portable SQL (`../portable/*.rs`, compiled once for each adapter) uses for this adapter's types.
type Adapter = SqliteStore;
type DbRow = sqlx::sqlite::SqliteRow;
type Db = sqlx::Sqlite;
type DbConnection = sqlx::SqliteConnection;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool, Transaction};

use crate::{Backend, Column, Result, Store};

pub struct SqliteStore {
    writer: SqlitePool,
    reader: SqlitePool,
    creations: creations::Creations,
}

impl SqliteStore {
    /// Opens (creating if need be) the database file a `sqlite://` URL names.
    pub async fn open(url: &str) -> Result<Self> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true)
            .pragma("temp_store", "memory")
            // Checkpoint the WAL every 16 MB rather than every 4: the pages a stream of small writes touches again and
            // again (index tails, counters) are copied back once per checkpoint, not once per few dozen commits.
            .pragma("wal_autocheckpoint", "4000");
        let writer = SqlitePoolOptions::new().max_connections(1).connect_with(options.clone()).await?;
        // The read pool opens lazily: the file (and its WAL) must exist first, which the writer ensures.
        let reader = SqlitePoolOptions::new()
            .max_connections(4)
            .min_connections(0)
            .connect_lazy_with(options.read_only(true).create_if_missing(false));
        let creations = creations::Creations::start(writer.clone());
        Ok(Self { writer, reader, creations })
    }

    async fn begin(&self) -> Result<Transaction<'static, sqlx::Sqlite>> {
        Ok(self.writer.begin_with("BEGIN IMMEDIATE").await?)
    }
}

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> Backend {
        Backend::Sqlite
    }

    async fn migrate(&self) -> Result<()> {
        sqlx::migrate!("migrations/sqlite").run(&self.writer).await?;
        Ok(())
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.reader).await?;
        Ok(())
    }

    async fn columns(&self) -> Result<Vec<Column>> {
        let rows = sqlx::query(
            "SELECT m.name AS table_name, c.name AS column_name, lower(c.type) AS data_type,
                    (c.\"notnull\" = 1 OR c.pk > 0) AS not_null
             FROM sqlite_schema m JOIN pragma_table_info(m.name) c
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '\\_sqlx%' ESCAPE '\\'
             ORDER BY 1, 2",
        )
        .fetch_all(&self.reader)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Column {
                    table: r.try_get("table_name")?,
                    name: r.try_get("column_name")?,
                    data_type: r.try_get("data_type")?,
                    not_null: r.try_get("not_null")?,
                })
            })
            .collect()
    }

    async fn backup(&self, path: &Path) -> Result<()> {
        let target =
            path.to_str().ok_or_else(|| crate::StoreError::Unsupported("the backup path is not UTF-8".into()))?;
        // VACUUM INTO reads one consistent snapshot, so writers carry on while it copies.
        sqlx::query("VACUUM INTO $1").bind(target).execute(&self.reader).await?;
        Ok(())
    }

    async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}
