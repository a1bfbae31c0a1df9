//! The outbox store on SQLite: the portable SQL in `crate::portable::outbox`.

use super::SqliteStore;

crate::portable::outbox::impl_outbox_store!(SqliteStore, sqlx::sqlite::SqliteRow, sqlx::Sqlite);
