//! The PostgreSQL adapter, for a city that outgrows one machine: several stateless `kith` instances share it.
//! Reads may go to a replica (`KITH_DATABASE_REPLICA_URL`); writes go to the primary.

#[path = "../portable/accounts.rs"]
mod accounts;
#[path = "../portable/assets.rs"]
mod assets;
#[path = "../portable/audit.rs"]
mod audit;
#[path = "../portable/cases.rs"]
mod cases;
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
type Adapter = PgStore;
type DbRow = sqlx::postgres::PgRow;
type Db = sqlx::Postgres;
type DbConnection = sqlx::PgConnection;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Row, Transaction};

use crate::{Backend, Column, Result, Store, StoreError};

pub struct PgStore {
    writer: PgPool,
    reader: PgPool,
}

impl PgStore {
    pub async fn open(url: &str) -> Result<Self> {
        Self::open_with_replica(url, None).await
    }

    /// Opens the primary, and a replica for reads if one is named.
    pub async fn open_with_replica(url: &str, replica: Option<&str>) -> Result<Self> {
        let pool = |url: &str| -> Result<PgPool> {
            let options = PgConnectOptions::from_str(url)?.application_name("kith");
            Ok(PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect_lazy_with(options))
        };
        let writer = pool(url)?;
        // Fail now, with the server's own message, rather than at the first request.
        sqlx::query("SELECT 1").execute(&writer).await?;
        let reader = match replica {
            Some(replica) => pool(replica)?,
            None => writer.clone(),
        };
        Ok(Self { writer, reader })
    }

    async fn begin(&self) -> Result<Transaction<'static, sqlx::Postgres>> {
        Ok(self.writer.begin().await?)
    }
}

#[async_trait]
impl Store for PgStore {
    fn backend(&self) -> Backend {
        Backend::Postgres
    }

    async fn migrate(&self) -> Result<()> {
        sqlx::migrate!("migrations/postgres").run(&self.writer).await?;
        Ok(())
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.reader).await?;
        Ok(())
    }

    async fn columns(&self) -> Result<Vec<Column>> {
        let rows = sqlx::query(
            "SELECT c.table_name::text AS table_name, c.column_name::text AS column_name,
                    CASE c.data_type WHEN 'timestamp with time zone' THEN 'timestamptz' ELSE c.data_type::text END AS data_type,
                    c.is_nullable = 'NO' AS not_null
             FROM information_schema.columns c
             JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name NOT LIKE '\\_sqlx%'
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

    async fn backup(&self, _path: &Path) -> Result<()> {
        Err(StoreError::Unsupported(
            "kith backup copies the SQLite store; back up PostgreSQL with pg_dump or your provider's snapshots".into(),
        ))
    }

    async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}

impl PgStore {
    /// PostgreSQL takes many writers at once: each creation is its own transaction.
    async fn create_case_now(&self, new: &crate::cases::NewCase<'_>) -> crate::Result<String> {
        let mut tx = self.begin().await?;
        let reference = cases::create_in(&mut tx, new).await?;
        tx.commit().await?;
        Ok(reference)
    }
}
