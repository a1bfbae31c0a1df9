//! The case store on PostgreSQL: the portable SQL in `crate::portable::cases`.

use super::PgStore;

crate::portable::cases::impl_case_store!(PgStore, sqlx::postgres::PgRow, sqlx::Postgres);

impl PgStore {
    /// PostgreSQL takes many writers at once: each creation is its own transaction.
    async fn create_case_now(&self, new: &crate::cases::NewCase<'_>) -> crate::Result<String> {
        let mut tx = self.begin().await?;
        let reference = create_in(&mut tx, new).await?;
        tx.commit().await?;
        Ok(reference)
    }
}
