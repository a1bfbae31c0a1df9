//! The directory's SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter
//! (`sqlite` and `postgres` include this file as their module, with `Adapter`, `DbRow` and `Db` naming their own
//! types). No per-backend branches inside.

use super::{Adapter, DbRow};
use async_trait::async_trait;
use sqlx::Row;
use uuid::Uuid;

use super::audit::insert as audit;
use crate::AuditEntry;
use crate::directory::{
    DirectoryChanges, DirectoryStore, DirectoryWrite, Draft, DraftQuery, HistoryRow, RecordKind, StoredRecord,
};
use crate::{Result, StoreError};

fn record(r: &DbRow) -> Result<StoredRecord> {
    let kind: String = r.try_get("kind")?;
    Ok(StoredRecord {
        id: r.try_get("id")?,
        kind: RecordKind::parse(&kind).ok_or_else(|| StoreError::Corrupt(format!("record kind {kind:?}")))?,
        organisation_id: r.try_get("organisation_id")?,
        body: r.try_get("body")?,
        change_seq: r.try_get("change_seq")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        checked_at: r.try_get("checked_at")?,
        deleted_at: r.try_get("deleted_at")?,
    })
}

fn draft(r: &DbRow) -> Result<Draft> {
    let kind: String = r.try_get("kind")?;
    let wards: String = r.try_get("ward_codes")?;
    Ok(Draft {
        id: r.try_get("id")?,
        record_id: r.try_get("record_id")?,
        kind: RecordKind::parse(&kind).ok_or_else(|| StoreError::Corrupt(format!("draft kind {kind:?}")))?,
        organisation_id: r.try_get("organisation_id")?,
        body: r.try_get("body")?,
        wards: wards.split(',').filter(|w| !w.is_empty()).map(str::to_owned).collect(),
        submitted_by: r.try_get("submitted_by")?,
        submitted_by_label: r.try_get("submitted_by_label")?,
        submitted_at: r.try_get("submitted_at")?,
        status: r.try_get("status")?,
        decided_by_label: r.try_get("decided_by_label")?,
        decided_at: r.try_get("decided_at")?,
        reason: r.try_get("reason")?,
    })
}

#[async_trait]
impl DirectoryStore for Adapter {
    async fn write_directory(&self, write: &DirectoryWrite) -> Result<i64> {
        let mut tx = self.begin().await?;
        let seq: i64 =
            sqlx::query_scalar("UPDATE change_counters SET value = value + 1 WHERE name = 'directory' RETURNING value")
                .fetch_one(&mut *tx)
                .await?;
        for r in &write.records {
            if let Some(name) = &r.name {
                sqlx::query(
                    "INSERT INTO organisations (id, name, kind, created_at) VALUES ($1, $2, 'directory', $3)
                     ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                )
                .bind(r.id)
                .bind(name)
                .bind(write.at)
                .execute(&mut *tx)
                .await?;
            }
            let done = sqlx::query(
                "INSERT INTO directory_records
                   (id, kind, organisation_id, body, change_seq, created_at, updated_at, checked_at, deleted_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $6, $7, CASE WHEN $8 THEN $6 END)
                 ON CONFLICT (id) DO UPDATE SET organisation_id = excluded.organisation_id, body = excluded.body,
                   change_seq = excluded.change_seq, updated_at = excluded.updated_at,
                   checked_at = excluded.checked_at, deleted_at = excluded.deleted_at
                 WHERE directory_records.kind = excluded.kind",
            )
            .bind(r.id)
            .bind(r.kind.as_str())
            .bind(r.organisation_id)
            .bind(&r.body)
            .bind(seq)
            .bind(write.at)
            .bind(r.checked_at)
            .bind(r.deleted)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(StoreError::Conflict(format!("{} is already a different kind of record", r.id)));
            }
        }
        for h in &write.history {
            sqlx::query(
                "INSERT INTO directory_history (id, record_id, at, actor_id, actor, field, old_value, new_value)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(Uuid::now_v7())
            .bind(h.record_id)
            .bind(write.at)
            .bind(write.actor_id)
            .bind(&write.actor)
            .bind(&h.field)
            .bind(&h.old_value)
            .bind(&h.new_value)
            .execute(&mut *tx)
            .await?;
        }
        if let Some(entry) = &write.audit {
            audit(&mut tx, entry).await?;
        }
        if let Some(draft) = write.approves {
            let decided = sqlx::query(
                "UPDATE directory_drafts SET status = 'approved', decided_by_label = $2, decided_at = $3
                 WHERE id = $1 AND status = 'pending'",
            )
            .bind(draft)
            .bind(&write.actor)
            .bind(write.at)
            .execute(&mut *tx)
            .await?;
            if decided.rows_affected() == 0 {
                return Err(StoreError::Conflict("the draft has already been decided".into()));
            }
        }
        tx.commit().await?;
        Ok(seq)
    }

    async fn directory_seq(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT value FROM change_counters WHERE name = 'directory'")
            .fetch_one(&self.reader)
            .await?)
    }

    async fn directory_changes(&self, after: i64) -> Result<DirectoryChanges> {
        let seq = self.directory_seq().await?;
        let rows = sqlx::query(
            "SELECT * FROM directory_records WHERE change_seq > $1 AND change_seq <= $2 ORDER BY change_seq, id",
        )
        .bind(after)
        .bind(seq)
        .fetch_all(&self.reader)
        .await?;
        Ok(DirectoryChanges { seq, records: rows.iter().map(record).collect::<Result<_>>()? })
    }

    async fn directory_changes_page(&self, after: (i64, Uuid), upto: i64, limit: i64) -> Result<Vec<StoredRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM directory_records
             WHERE (change_seq, id) > ($1, $2) AND change_seq <= $3
             ORDER BY change_seq, id LIMIT $4",
        )
        .bind(after.0)
        .bind(after.1)
        .bind(upto)
        .bind(limit)
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(record).collect()
    }

    async fn directory_record(&self, id: Uuid) -> Result<Option<StoredRecord>> {
        let row =
            sqlx::query("SELECT * FROM directory_records WHERE id = $1").bind(id).fetch_optional(&self.reader).await?;
        row.as_ref().map(record).transpose()
    }

    async fn directory_history(&self, record_id: Uuid) -> Result<Vec<HistoryRow>> {
        let rows = sqlx::query("SELECT * FROM directory_history WHERE record_id = $1 ORDER BY at DESC, id DESC")
            .bind(record_id)
            .fetch_all(&self.reader)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(HistoryRow {
                    record_id: r.try_get("record_id")?,
                    at: r.try_get("at")?,
                    actor: r.try_get("actor")?,
                    field: r.try_get("field")?,
                    old_value: r.try_get("old_value")?,
                    new_value: r.try_get("new_value")?,
                })
            })
            .collect()
    }

    async fn save_draft(&self, d: &Draft, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE directory_drafts SET status = 'superseded' WHERE record_id = $1 AND status = 'pending'")
            .bind(d.record_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO directory_drafts (id, record_id, kind, organisation_id, body, ward_codes, submitted_by,
               submitted_by_label, submitted_at, status, decided_by_label, decided_at, reason)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(d.id)
        .bind(d.record_id)
        .bind(d.kind.as_str())
        .bind(d.organisation_id)
        .bind(&d.body)
        .bind(d.wards.join(","))
        .bind(d.submitted_by)
        .bind(&d.submitted_by_label)
        .bind(d.submitted_at)
        .bind(&d.status)
        .bind(&d.decided_by_label)
        .bind(d.decided_at)
        .bind(&d.reason)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn draft(&self, id: Uuid) -> Result<Option<Draft>> {
        let row =
            sqlx::query("SELECT * FROM directory_drafts WHERE id = $1").bind(id).fetch_optional(&self.reader).await?;
        row.as_ref().map(draft).transpose()
    }

    async fn drafts(&self, q: &DraftQuery) -> Result<Vec<Draft>> {
        let rows = sqlx::query(
            "SELECT * FROM directory_drafts
             WHERE ($1 IS NULL OR status = $1) AND ($2 IS NULL OR organisation_id = $2) AND ($3 IS NULL OR record_id = $3)
             ORDER BY submitted_at DESC, id DESC LIMIT $4",
        )
        .bind(&q.status)
        .bind(q.organisation_id)
        .bind(q.record_id)
        .bind(if q.limit > 0 { q.limit } else { 1000 })
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(draft).collect()
    }

    async fn return_draft(
        &self,
        id: Uuid,
        by: &str,
        at: chrono::DateTime<chrono::Utc>,
        reason: &str,
        entry: &AuditEntry,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE directory_drafts SET status = 'returned', decided_by_label = $2, decided_at = $3, reason = $4
             WHERE id = $1 AND status = 'pending'",
        )
        .bind(id)
        .bind(by)
        .bind(at)
        .bind(reason)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Conflict("the draft has already been decided".into()));
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }
}
