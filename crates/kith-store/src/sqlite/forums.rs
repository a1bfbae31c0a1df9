//! The forum store on SQLite: the portable SQL in `crate::portable::forums`.

use super::SqliteStore;

crate::portable::forums::impl_forum_store!(SqliteStore, sqlx::sqlite::SqliteRow, sqlx::Sqlite);
