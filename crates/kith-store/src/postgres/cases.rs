//! The case store on PostgreSQL: the portable SQL in `crate::portable::cases`.

use super::PgStore;

crate::portable::cases::impl_case_store!(PgStore, sqlx::postgres::PgRow, sqlx::Postgres);
