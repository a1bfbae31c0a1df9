//! Who is acting, and the audit rows their actions leave.

use chrono::{DateTime, Utc};
pub use kith_store::AuditEntry;
pub use kith_store::audit::AuditQuery;
use serde_json::Value;
use uuid::Uuid;

/// Whoever is doing something, with where they are doing it from.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: Option<Uuid>,
    pub label: String,
    pub ip: Option<String>,
}

impl Actor {
    pub fn user(id: Uuid, email: &str, ip: Option<String>) -> Self {
        Self { user_id: Some(id), label: email.to_owned(), ip }
    }

    pub fn anonymous(ip: Option<String>) -> Self {
        Self { user_id: None, label: "anonymous".into(), ip }
    }

    /// Someone at the command line of the server (who can already read the database).
    pub fn command_line() -> Self {
        Self { user_id: None, label: "kith (command line)".into(), ip: None }
    }

    pub fn entry(
        &self,
        at: DateTime<Utc>,
        action: &str,
        subject_kind: &str,
        subject_id: impl ToString,
        detail: Value,
    ) -> AuditEntry {
        AuditEntry {
            // Time-ordered, so events of the same instant still read back in the order they happened.
            id: Uuid::now_v7(),
            at,
            actor_id: self.user_id,
            actor: self.label.clone(),
            action: action.into(),
            subject_kind: subject_kind.into(),
            subject_id: subject_id.to_string(),
            detail,
            ip: self.ip.clone(),
        }
    }
}
