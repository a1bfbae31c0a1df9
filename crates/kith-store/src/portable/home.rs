//! The home's SQL, which SQLite and PostgreSQL speak alike.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;
use uuid::Uuid;

use super::Adapter;
use crate::Result;
use crate::home::{HomeStore, Visit};

#[async_trait]
impl HomeStore for Adapter {
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
