//! The home's SQL, which SQLite and PostgreSQL speak alike.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;
use uuid::Uuid;

use super::audit::insert as audit;
use super::{Adapter, DbRow};
use crate::home::{CalendarLink, HomeStore, Visit};
use crate::{AuditEntry, Result};

fn link(r: &DbRow) -> Result<CalendarLink> {
    Ok(CalendarLink {
        id: r.try_get("id")?,
        user_id: r.try_get("user_id")?,
        created_at: r.try_get("created_at")?,
        revoked_at: r.try_get("revoked_at")?,
        last_used_at: r.try_get("last_used_at")?,
    })
}

#[async_trait]
impl HomeStore for Adapter {
    async fn add_calendar_link(&self, l: &CalendarLink, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO calendar_links (id, user_id, created_at, revoked_at, last_used_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(l.id)
            .bind(l.user_id)
            .bind(l.created_at)
            .bind(l.revoked_at)
            .bind(l.last_used_at)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn calendar_link(&self, id: Uuid) -> Result<Option<CalendarLink>> {
        let row =
            sqlx::query("SELECT * FROM calendar_links WHERE id = $1").bind(id).fetch_optional(&self.reader).await?;
        row.as_ref().map(link).transpose()
    }

    async fn calendar_links_of(&self, user: Uuid) -> Result<Vec<CalendarLink>> {
        let rows = sqlx::query("SELECT * FROM calendar_links WHERE user_id = $1 ORDER BY created_at DESC, id")
            .bind(user)
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(link).collect()
    }

    async fn revoke_calendar_link(&self, id: Uuid, at: DateTime<Utc>, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE calendar_links SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL")
            .bind(id)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn calendar_link_used(&self, id: Uuid, at: DateTime<Utc>) -> Result<()> {
        sqlx::query("UPDATE calendar_links SET last_used_at = $2 WHERE id = $1")
            .bind(id)
            .bind(at)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn home_seen(&self, user: Uuid) -> Result<Option<Visit>> {
        let row = sqlx::query("SELECT seen_at, previous_at FROM home_visits WHERE user_id = $1")
            .bind(user)
            .fetch_optional(&self.reader)
            .await?;
        Ok(match row {
            Some(r) => Some(Visit { seen_at: r.try_get("seen_at")?, previous_at: r.try_get("previous_at")? }),
            None => None,
        })
    }

    async fn see_home(&self, user: Uuid, at: DateTime<Utc>, previous: Option<DateTime<Utc>>) -> Result<()> {
        sqlx::query(
            "INSERT INTO home_visits (user_id, seen_at, previous_at) VALUES ($1, $2, $3)
             ON CONFLICT (user_id) DO UPDATE SET seen_at = excluded.seen_at, previous_at = excluded.previous_at",
        )
        .bind(user)
        .bind(at)
        .bind(previous)
        .execute(&self.writer)
        .await?;
        Ok(())
    }
}
