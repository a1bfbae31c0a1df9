//! The case store on SQLite: the portable SQL in `crate::portable::cases`.

use super::SqliteStore;

crate::portable::cases::impl_case_store!(SqliteStore, sqlx::sqlite::SqliteRow, sqlx::Sqlite);

impl SqliteStore {
    /// Handed to the task that commits creations together (see `super::creations`).
    async fn create_case_now(&self, new: &crate::cases::NewCase<'_>) -> crate::Result<String> {
        self.creations.create(new).await
    }
}
