//! The directory store on SQLite: the portable SQL in `crate::portable::directory`.

use super::SqliteStore;

crate::portable::directory::impl_directory_store!(SqliteStore, sqlx::sqlite::SqliteRow);
