//! The outbox store on PostgreSQL: the portable SQL in `crate::portable::outbox`.

use super::PgStore;

crate::portable::outbox::impl_outbox_store!(PgStore, sqlx::postgres::PgRow, sqlx::Postgres);
