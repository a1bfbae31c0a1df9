//! A person's home as stored: when they last looked at it.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::Result;

/// When someone looked at their home: the start of their latest sitting, and of the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    pub seen_at: DateTime<Utc>,
    pub previous_at: Option<DateTime<Utc>>,
}

#[async_trait]
pub trait HomeStore: Send + Sync {
    /// When this person last looked at their home, if ever.
    async fn home_seen(&self, user: Uuid) -> Result<Option<Visit>>;
    /// Records that a new sitting started at `at`, the one before at `previous`.
    async fn see_home(&self, user: Uuid, at: DateTime<Utc>, previous: Option<DateTime<Utc>>) -> Result<()>;
}
