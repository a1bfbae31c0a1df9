//! Representatives as stored: councillors and coordinators with the wards they serve.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kith_core::people::Representative;
use uuid::Uuid;

use crate::{AuditEntry, Result};

#[async_trait]
pub trait PeopleStore {
    /// Adds or replaces a representative and their wards.
    async fn save_representative(&self, rep: &Representative, at: DateTime<Utc>, audit: &AuditEntry) -> Result<()>;
    async fn remove_representative(&self, id: Uuid, audit: &AuditEntry) -> Result<()>;
    async fn representative(&self, id: Uuid) -> Result<Option<Representative>>;
    async fn representatives(&self) -> Result<Vec<Representative>>;
}
