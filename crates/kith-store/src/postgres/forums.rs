//! The forum store on PostgreSQL: the portable SQL in `crate::portable::forums`.

use super::PgStore;

crate::portable::forums::impl_forum_store!(PgStore, sqlx::postgres::PgRow, sqlx::Postgres);
