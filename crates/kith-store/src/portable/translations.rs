//! Translations' SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter.

use super::{Adapter, DbRow};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::audit::insert as audit;
use crate::translations::*;
use crate::{AuditEntry, Result, StoreError, read};

fn translation(r: &DbRow) -> Result<StoredTranslation> {
    Ok(StoredTranslation {
        language: r.try_get("language")?,
        key: r.try_get("key")?,
        text: r.try_get("text")?,
        english: r.try_get("english")?,
        status: read(r.try_get("status")?)?,
        reviewed_by: r.try_get("reviewed_by")?,
        reviewed_at: r.try_get("reviewed_at")?,
        approved_by: r.try_get("approved_by")?,
        approved_at: r.try_get("approved_at")?,
        updated_by: r.try_get("updated_by")?,
        updated_at: r.try_get("updated_at")?,
    })
}

fn term(r: &DbRow) -> Result<StoredTerm> {
    Ok(StoredTerm {
        language: r.try_get("language")?,
        term: r.try_get("term")?,
        translation: r.try_get("translation")?,
        note: r.try_get("note")?,
        updated_by: r.try_get("updated_by")?,
        updated_at: r.try_get("updated_at")?,
    })
}

const UPSERT: &str = "INSERT INTO translations (language, key, text, english, status, reviewed_by, reviewed_at,
         approved_by, approved_at, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

fn bind_all<'q>(
    query: sqlx::query::Query<'q, super::Db, <super::Db as sqlx::Database>::Arguments<'q>>,
    t: &'q StoredTranslation,
) -> sqlx::query::Query<'q, super::Db, <super::Db as sqlx::Database>::Arguments<'q>> {
    query
        .bind(&t.language)
        .bind(&t.key)
        .bind(&t.text)
        .bind(&t.english)
        .bind(t.status.as_str())
        .bind(t.reviewed_by)
        .bind(t.reviewed_at)
        .bind(t.approved_by)
        .bind(t.approved_at)
        .bind(t.updated_by)
        .bind(t.updated_at)
}

#[async_trait]
impl TranslationStore for Adapter {
    async fn translations(&self, language: Option<&str>) -> Result<Vec<StoredTranslation>> {
        let rows = match language {
            Some(language) => {
                sqlx::query("SELECT * FROM translations WHERE language = $1 ORDER BY key")
                    .bind(language)
                    .fetch_all(&self.reader)
                    .await?
            }
            None => sqlx::query("SELECT * FROM translations ORDER BY language, key").fetch_all(&self.reader).await?,
        };
        rows.iter().map(translation).collect()
    }

    async fn translation(&self, language: &str, key: &str) -> Result<Option<StoredTranslation>> {
        sqlx::query("SELECT * FROM translations WHERE language = $1 AND key = $2")
            .bind(language)
            .bind(key)
            .fetch_optional(&self.reader)
            .await?
            .as_ref()
            .map(translation)
            .transpose()
    }

    async fn offer_translations(&self, rows: &[StoredTranslation]) -> Result<usize> {
        let mut tx = self.begin().await?;
        let mut added = 0;
        let statement = format!("{UPSERT} ON CONFLICT (language, key) DO NOTHING");
        for t in rows {
            added += bind_all(sqlx::query(&statement), t).execute(&mut *tx).await?.rows_affected() as usize;
        }
        tx.commit().await?;
        Ok(added)
    }

    async fn save_translations(
        &self,
        rows: &[StoredTranslation],
        expected: Option<DateTime<Utc>>,
        entry: &AuditEntry,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        for t in rows {
            if let Some(expected) = expected {
                let current: Option<DateTime<Utc>> =
                    sqlx::query_scalar("SELECT updated_at FROM translations WHERE language = $1 AND key = $2")
                        .bind(&t.language)
                        .bind(&t.key)
                        .fetch_optional(&mut *tx)
                        .await?;
                if current.is_some_and(|c| c != expected) {
                    return Err(StoreError::Conflict("translations.updated_at".into()));
                }
            }
            let statement = format!(
                "{UPSERT} ON CONFLICT (language, key) DO UPDATE SET text = excluded.text, english = excluded.english,
                     status = excluded.status, reviewed_by = excluded.reviewed_by,
                     reviewed_at = excluded.reviewed_at, approved_by = excluded.approved_by,
                     approved_at = excluded.approved_at, updated_by = excluded.updated_by,
                     updated_at = excluded.updated_at"
            );
            bind_all(sqlx::query(&statement), t).execute(&mut *tx).await?;
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn translations_changed(&self) -> Result<(i64, Option<DateTime<Utc>>)> {
        let row = sqlx::query("SELECT COUNT(*) AS n, MAX(updated_at) AS at FROM translations")
            .fetch_one(&self.reader)
            .await?;
        Ok((row.try_get("n")?, row.try_get("at")?))
    }

    async fn glossary(&self, language: &str) -> Result<Vec<StoredTerm>> {
        let rows = sqlx::query("SELECT * FROM glossary_terms WHERE language = $1 ORDER BY lower(term)")
            .bind(language)
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(term).collect()
    }

    async fn save_term(&self, t: &StoredTerm, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO glossary_terms (language, term, translation, note, updated_by, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (language, term) DO UPDATE SET translation = excluded.translation, note = excluded.note,
                 updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        )
        .bind(&t.language)
        .bind(&t.term)
        .bind(&t.translation)
        .bind(&t.note)
        .bind(t.updated_by)
        .bind(t.updated_at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn remove_term(&self, language: &str, term: &str, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let removed = sqlx::query("DELETE FROM glossary_terms WHERE language = $1 AND term = $2")
            .bind(language)
            .bind(term)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if removed == 0 {
            return Err(StoreError::NotFound);
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }
}
