//! The audit trail: who did what, to what, when and from where. Rows are only ever added.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde_json::Value;
use uuid::Uuid;

use crate::Result;

/// One audited event.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    /// Who acted, as people read it: an email address, "kith (command line)" or "anonymous".
    pub actor: String,
    /// What happened, such as `user.created` or `sign_in.failed`.
    pub action: String,
    pub subject_kind: String,
    pub subject_id: String,
    /// The particulars, such as the fields changed from and to. Never a password.
    pub detail: Value,
    pub ip: Option<String>,
}

/// Which audit rows to read, newest first.
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    pub action_prefix: Option<String>,
    pub subject_id: Option<String>,
    pub before: Option<DateTime<Utc>>,
    pub limit: i64,
}

#[async_trait]
pub trait AuditStore {
    /// Records an event that is not part of another write (a sign-in, a failed sign-in).
    async fn record(&self, entry: &AuditEntry) -> Result<()>;
    async fn audit_events(&self, query: &AuditQuery) -> Result<Vec<AuditEntry>>;
}
