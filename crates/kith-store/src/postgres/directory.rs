//! The directory store on PostgreSQL: the portable SQL in `crate::portable::directory`.

use super::PgStore;

crate::portable::directory::impl_directory_store!(PgStore, sqlx::postgres::PgRow);
