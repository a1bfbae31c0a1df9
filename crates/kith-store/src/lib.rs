//! Kith's store. Each capability has a trait here; a SQLite adapter (`sqlite`) and a PostgreSQL adapter
//! (`postgres`) implement them all, each with its own migrations. Only this crate knows SQL. Every write is one
//! transaction, and a write that changes what an administrator manages carries its audit row into that same
//! transaction, so a change and its trace land together or not at all.

// The portable SQL (`src/portable/*.rs`) is included as a module by each adapter, so one text compiles for both.
#![allow(clippy::duplicate_mod)]

pub mod accounts;
pub mod assets;
pub mod audit;
pub mod cases;
pub mod directory;
pub mod forums;
pub mod grants;
pub mod home;
pub mod intelligence;
pub mod outbox;
pub mod people;
pub mod places;
pub mod postgres;
pub mod sqlite;
pub mod timebank;
pub mod translations;
pub mod volunteering;

use std::sync::Arc;

use async_trait::async_trait;

pub use accounts::{AccountStore, IdentityLinkStore, SessionActivityStore, TwoFactorStore};
pub use assets::AssetStore;
pub use audit::{AuditEntry, AuditStore};
pub use cases::{AgreementStore, ApiKeyStore, CaseStore, RoutingStore, SettingStore};
pub use directory::DirectoryStore;
pub use forums::ForumStore;
pub use grants::GrantStore;
pub use home::HomeStore;
pub use intelligence::IntelligenceStore;
pub use outbox::OutboxStore;
pub use people::PeopleStore;
pub use places::PlacesStore;
pub use timebank::TimebankStore;
pub use translations::TranslationStore;
pub use volunteering::VolunteerStore;

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A uniqueness rule was broken: the named constraint or column says which.
    #[error("already exists: {0}")]
    Conflict(String),
    #[error("not found")]
    NotFound,
    /// The database could not be reached or answered with an error.
    #[error("database: {0}")]
    Database(#[source] sqlx::Error),
    #[error("migrating the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A stored value could not be read back (a bug or a hand-edited database).
    #[error("corrupt stored value: {0}")]
    Corrupt(String),
    #[error("{0}")]
    Unsupported(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                StoreError::Conflict(db.constraint().map(str::to_owned).unwrap_or_else(|| db.message().to_owned()))
            }
            _ => StoreError::Database(e),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Which kind of database a store is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A column as the schema comparison sees it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Column {
    pub table: String,
    pub name: String,
    pub data_type: String,
    pub not_null: bool,
}

/// Everything Kith keeps, behind one handle.
#[async_trait]
pub trait Store:
    PlacesStore
    + AccountStore
    + TwoFactorStore
    + IdentityLinkStore
    + SessionActivityStore
    + PeopleStore
    + AuditStore
    + DirectoryStore
    + OutboxStore
    + CaseStore
    + RoutingStore
    + ApiKeyStore
    + SettingStore
    + AgreementStore
    + ForumStore
    + GrantStore
    + HomeStore
    + VolunteerStore
    + TimebankStore
    + IntelligenceStore
    + AssetStore
    + TranslationStore
    + Send
    + Sync
    + 'static
{
    fn backend(&self) -> Backend;
    /// Brings the schema up to date.
    async fn migrate(&self) -> Result<()>;
    /// Answers when the database is reachable.
    async fn ping(&self) -> Result<()>;
    /// The tables and columns, with types normalised, for comparing the two backends.
    async fn columns(&self) -> Result<Vec<Column>>;
    /// Writes a consistent copy of the whole store to `path` while it serves.
    async fn backup(&self, path: &std::path::Path) -> Result<()>;
    /// Closes the connections.
    async fn close(&self);
}

/// A stored value read back into its type, or the store's complaint that it is not one.
pub(crate) fn read<T: for<'a> TryFrom<&'a str, Error = String>>(text: String) -> Result<T> {
    T::try_from(text.as_str()).map_err(StoreError::Corrupt)
}

/// A fingerprint of both backends' migrations: test templates and caches key on it, so a changed migration
/// means a fresh template.
pub fn migrations_fingerprint() -> String {
    let mut text = String::new();
    for migrator in [sqlx::migrate!("migrations/sqlite"), sqlx::migrate!("migrations/postgres")] {
        for m in migrator.iter() {
            text.push_str(&format!("{}:{:x?};", m.version, &m.checksum[..]));
        }
    }
    // FNV-1a: stable across builds and platforms, which std's hasher does not promise.
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

/// Opens the store a URL names: `sqlite://path` (created if missing) or `postgres://…`.
pub async fn connect(url: &str) -> Result<Arc<dyn Store>> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(sqlite::SqliteStore::open(url).await?))
    } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        Ok(Arc::new(postgres::PgStore::open(url).await?))
    } else {
        Err(StoreError::Unsupported(format!(
            "the database URL must start with sqlite:// or postgres:// (it starts {:?})",
            url.split(':').next().unwrap_or_default()
        )))
    }
}
