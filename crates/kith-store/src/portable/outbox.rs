//! The outbox's SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter
//! (`sqlite` and `postgres` include this file as their module, with `Adapter`, `DbRow` and `Db` naming their own
//! types). No per-backend branches inside.

use super::{Adapter, Db, DbRow};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;
use uuid::Uuid;

use super::audit::insert as audit;
use crate::directory::Reminder;
use crate::outbox::{OutboxStore, OutgoingEmail};
use crate::{AuditEntry, Result};

fn email(r: &DbRow) -> Result<OutgoingEmail> {
    Ok(OutgoingEmail {
        id: r.try_get("id")?,
        to: r.try_get("to_address")?,
        subject: r.try_get("subject")?,
        body: r.try_get("body")?,
        created_at: r.try_get("created_at")?,
        attempts: r.try_get("attempts")?,
        last_error: r.try_get("last_error")?,
        sent_at: r.try_get("sent_at")?,
    })
}

const INSERT_EMAIL: &str =
    "INSERT INTO outbox_emails (id, to_address, subject, body, created_at, next_attempt_at, attempts)
     VALUES ($1, $2, $3, $4, $5, $5, 0)";

/// Queues emails written before their record had its reference (a new application's, a new request's), with
/// `{reference}` in their subject and body filled in, inside the caller's transaction.
pub(super) async fn insert_emails_for(
    tx: &mut sqlx::Transaction<'static, Db>,
    emails: &[OutgoingEmail],
    reference: &str,
) -> Result<()> {
    let filled: Vec<OutgoingEmail> = emails
        .iter()
        .map(|e| OutgoingEmail {
            subject: e.subject.replace("{reference}", reference),
            body: e.body.replace("{reference}", reference),
            ..e.clone()
        })
        .collect();
    insert_emails(tx, &filled).await
}

/// Queues emails inside the caller's transaction, so they land with the change that sends them.
pub(super) async fn insert_emails(tx: &mut sqlx::Transaction<'static, Db>, emails: &[OutgoingEmail]) -> Result<()> {
    for e in emails {
        sqlx::query(INSERT_EMAIL)
            .bind(e.id)
            .bind(&e.to)
            .bind(&e.subject)
            .bind(&e.body)
            .bind(e.created_at)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

#[async_trait]
impl OutboxStore for Adapter {
    async fn enqueue_email(&self, e: &OutgoingEmail, entry: Option<&AuditEntry>) -> Result<()> {
        let mut tx = self.begin().await?;
        insert_emails(&mut tx, std::slice::from_ref(e)).await?;
        if let Some(entry) = entry {
            audit(&mut tx, entry).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn remind(&self, r: &Reminder, e: &OutgoingEmail) -> Result<bool> {
        let mut tx = self.begin().await?;
        let added = sqlx::query(
            "INSERT INTO directory_reminders (record_id, step, checked_at, sent_at, sent_to) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (record_id, step, checked_at) DO NOTHING",
        )
        .bind(r.record_id)
        .bind(r.step)
        .bind(r.checked_at)
        .bind(r.sent_at)
        .bind(&r.sent_to)
        .execute(&mut *tx)
        .await?;
        if added.rows_affected() == 0 {
            return Ok(false);
        }
        sqlx::query(INSERT_EMAIL)
            .bind(e.id)
            .bind(&e.to)
            .bind(&e.subject)
            .bind(&e.body)
            .bind(e.created_at)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn due_emails(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<OutgoingEmail>> {
        let rows = sqlx::query(
            "SELECT * FROM outbox_emails WHERE sent_at IS NULL AND next_attempt_at <= $1 ORDER BY created_at, id LIMIT $2",
        )
        .bind(now)
        .bind(limit)
        .fetch_all(&self.writer)
        .await?;
        rows.iter().map(email).collect()
    }

    async fn email_sent(&self, id: Uuid, at: DateTime<Utc>) -> Result<()> {
        sqlx::query("UPDATE outbox_emails SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1")
            .bind(id)
            .bind(at)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn email_failed(&self, id: Uuid, error: &str, retry_at: DateTime<Utc>) -> Result<()> {
        sqlx::query(
            "UPDATE outbox_emails SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3 WHERE id = $1",
        )
        .bind(id)
        .bind(error)
        .bind(retry_at)
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    async fn emails_to(&self, to: &str) -> Result<Vec<OutgoingEmail>> {
        let rows = sqlx::query("SELECT * FROM outbox_emails WHERE to_address = $1 ORDER BY created_at DESC, id DESC")
            .bind(to)
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(email).collect()
    }

    async fn secret(&self, name: &str, fresh: &str) -> Result<String> {
        sqlx::query("INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
            .bind(name)
            .bind(fresh)
            .execute(&self.writer)
            .await?;
        Ok(sqlx::query_scalar("SELECT value FROM secrets WHERE name = $1").bind(name).fetch_one(&self.writer).await?)
    }
}
