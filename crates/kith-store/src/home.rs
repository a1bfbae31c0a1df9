//! A person's home as stored: when they last looked at it.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::{AuditEntry, Result};

/// When someone looked at their home: the start of their latest sitting, and of the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    pub seen_at: DateTime<Utc>,
    pub previous_at: Option<DateTime<Utc>>,
}

/// A private calendar link: whose it is, and whether it still works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarLink {
    pub id: Uuid,
    pub user_id: Uuid,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
}

#[async_trait]
pub trait HomeStore: Send + Sync {
    /// Adds a calendar link, with its audit row.
    async fn add_calendar_link(&self, link: &CalendarLink, audit: &AuditEntry) -> Result<()>;
    async fn calendar_link(&self, id: Uuid) -> Result<Option<CalendarLink>>;
    /// A person's calendar links, newest first.
    async fn calendar_links_of(&self, user: Uuid) -> Result<Vec<CalendarLink>>;
    /// Revokes a link (once: a revoked link stays revoked at its first time), with its audit row.
    async fn revoke_calendar_link(&self, id: Uuid, at: DateTime<Utc>, audit: &AuditEntry) -> Result<()>;
    /// Notes that a calendar app fetched it.
    async fn calendar_link_used(&self, id: Uuid, at: DateTime<Utc>) -> Result<()>;
    /// When this person last looked at their home, if ever.
    async fn home_seen(&self, user: Uuid) -> Result<Option<Visit>>;
    /// Records that a new sitting started at `at`, the one before at `previous`.
    async fn see_home(&self, user: Uuid, at: DateTime<Utc>, previous: Option<DateTime<Utc>>) -> Result<()>;
}
