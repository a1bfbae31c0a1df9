//! Email waiting to go out, and the secrets every instance shares. An email is written in the same transaction as
//! whatever it tells of, so a reminder recorded is a reminder sent, however the worker or the mail server fails;
//! the worker sends what is due and retries failures with backoff.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::Result;
use crate::directory::Reminder;

/// One email, as queued.
#[derive(Debug, Clone, PartialEq)]
pub struct OutgoingEmail {
    pub id: Uuid,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
}

impl OutgoingEmail {
    pub fn new(to: &str, subject: &str, body: &str, at: DateTime<Utc>) -> Self {
        Self {
            id: Uuid::now_v7(),
            to: to.to_owned(),
            subject: subject.to_owned(),
            body: body.to_owned(),
            created_at: at,
            attempts: 0,
            last_error: None,
            sent_at: None,
        }
    }
}

#[async_trait]
pub trait OutboxStore {
    /// Queues an email on its own (with the audit row of what asked for it).
    async fn enqueue_email(&self, email: &OutgoingEmail, audit: Option<&crate::AuditEntry>) -> Result<()>;
    /// Records a reminder and queues its email together; false (and nothing queued) if that reminder was sent
    /// before.
    async fn remind(&self, reminder: &Reminder, email: &OutgoingEmail) -> Result<bool>;
    /// Emails due to be sent (or retried) at `now`, oldest first.
    async fn due_emails(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<OutgoingEmail>>;
    async fn email_sent(&self, id: Uuid, at: DateTime<Utc>) -> Result<()>;
    /// A failed attempt, to try again at `retry_at`.
    async fn email_failed(&self, id: Uuid, error: &str, retry_at: DateTime<Utc>) -> Result<()>;
    /// Every email to an address, newest first (for tests and support).
    async fn emails_to(&self, to: &str) -> Result<Vec<OutgoingEmail>>;
    /// The secret called `name`, made from `fresh` if there is none yet (the first instance's wins).
    async fn secret(&self, name: &str, fresh: &str) -> Result<String>;
}
