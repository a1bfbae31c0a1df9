//! The case store on SQLite: the portable SQL in `crate::portable::cases`.

use super::SqliteStore;

crate::portable::cases::impl_case_store!(SqliteStore, sqlx::sqlite::SqliteRow, sqlx::Sqlite);
