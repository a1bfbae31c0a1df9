//! The audit trail's SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter.

use async_trait::async_trait;
use sqlx::Row;

use super::{Adapter, DbConnection, DbRow};
use crate::audit::AuditQuery;
use crate::{AuditEntry, AuditStore, Result, StoreError};

/// Adds an audit row inside the caller's transaction.
pub(super) async fn insert(conn: &mut DbConnection, e: &AuditEntry) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_events (id, at, actor_id, actor, action, subject_kind, subject_id, detail, ip)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(e.id)
    .bind(e.at)
    .bind(e.actor_id)
    .bind(&e.actor)
    .bind(&e.action)
    .bind(&e.subject_kind)
    .bind(&e.subject_id)
    .bind(e.detail.to_string())
    .bind(&e.ip)
    .execute(conn)
    .await?;
    Ok(())
}

fn entry(r: &DbRow) -> Result<AuditEntry> {
    let detail: String = r.try_get("detail")?;
    Ok(AuditEntry {
        id: r.try_get("id")?,
        at: r.try_get("at")?,
        actor_id: r.try_get("actor_id")?,
        actor: r.try_get("actor")?,
        action: r.try_get("action")?,
        subject_kind: r.try_get("subject_kind")?,
        subject_id: r.try_get("subject_id")?,
        detail: serde_json::from_str(&detail).map_err(|e| StoreError::Corrupt(format!("audit detail: {e}")))?,
        ip: r.try_get("ip")?,
    })
}

#[async_trait]
impl AuditStore for Adapter {
    async fn record(&self, e: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        insert(&mut tx, e).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn audit_events(&self, q: &AuditQuery) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT * FROM audit_events
             WHERE ($1 IS NULL OR action LIKE $1 || '%') AND ($2 IS NULL OR subject_id = $2) AND ($3 IS NULL OR at < $3)
             ORDER BY at DESC, id DESC LIMIT $4",
        )
        .bind(&q.action_prefix)
        .bind(&q.subject_id)
        .bind(q.before)
        .bind(q.limit)
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(entry).collect()
    }
}
