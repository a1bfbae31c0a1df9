//! The email outbox. A use case that tells someone something writes the email into the outbox in the same
//! transaction as its change, so an email is never sent for a change that did not happen nor lost for one that did.
//! The worker (`kith-jobs`) sends what is due through SMTP and says here how each send went.

use chrono::{DateTime, Utc};
pub use kith_store::outbox::OutgoingEmail;
use uuid::Uuid;

use crate::{App, Result};

/// At most `limit` emails due to be sent now, oldest first (the worker's; no person asks this).
pub async fn due(app: &App, limit: i64) -> Result<Vec<OutgoingEmail>> {
    Ok(app.store.due_emails(app.now(), limit).await?)
}

/// The mail server took the email: it is never sent again.
pub async fn sent(app: &App, id: Uuid) -> Result<()> {
    Ok(app.store.email_sent(id, app.now()).await?)
}

/// The send failed: the email is tried again at `retry_at`.
pub async fn failed(app: &App, id: Uuid, error: &str, retry_at: DateTime<Utc>) -> Result<()> {
    Ok(app.store.email_failed(id, error, retry_at).await?)
}
