//! Ward intelligence's SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter.

use super::{Adapter, DbRow};
use async_trait::async_trait;
use sqlx::Row;
use uuid::Uuid;

use super::audit::insert as audit;
use crate::intelligence::*;
use crate::{AuditEntry, Result, read};

fn indicator(r: &DbRow) -> Result<StoredIndicator> {
    let england: Option<f64> = r.try_get("england_value")?;
    Ok(StoredIndicator {
        id: r.try_get("id")?,
        key: r.try_get("key")?,
        geography: read(r.try_get("geography")?)?,
        title: r.try_get("title")?,
        topic: r.try_get("topic")?,
        kind: read(r.try_get("kind")?)?,
        polarity: read(r.try_get("polarity")?)?,
        source: r.try_get("source")?,
        vintage: r.try_get("vintage")?,
        published_on: r.try_get("published_on")?,
        licence: r.try_get("licence")?,
        boundaries: r.try_get("boundaries")?,
        england: england.map(|v| r.try_get("england_denominator").map(|d| (v, d))).transpose()?,
        position: r.try_get("position")?,
        imported_at: r.try_get("imported_at")?,
    })
}

#[async_trait]
impl IntelligenceStore for Adapter {
    async fn import_indicators(
        &self,
        indicators: &[(StoredIndicator, Vec<StoredValue>)],
        entry: &AuditEntry,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        for (i, values) in indicators {
            sqlx::query("DELETE FROM indicators WHERE key = $1 AND geography = $2")
                .bind(&i.key)
                .bind(i.geography.as_str())
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO indicators (id, key, geography, title, topic, kind, polarity, source, vintage,
                     published_on, licence, boundaries, england_value, england_denominator, position, imported_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
            )
            .bind(i.id)
            .bind(&i.key)
            .bind(i.geography.as_str())
            .bind(&i.title)
            .bind(&i.topic)
            .bind(i.kind.as_str())
            .bind(i.polarity.as_str())
            .bind(&i.source)
            .bind(&i.vintage)
            .bind(i.published_on)
            .bind(&i.licence)
            .bind(&i.boundaries)
            .bind(i.england.map(|e| e.0))
            .bind(i.england.and_then(|e| e.1))
            .bind(i.position)
            .bind(i.imported_at)
            .execute(&mut *tx)
            .await?;
            // A few hundred rows a statement keeps within both backends' limits on bound parameters.
            for chunk in values.chunks(200) {
                let mut insert: sqlx::QueryBuilder<'_, super::Db> = sqlx::QueryBuilder::new(
                    "INSERT INTO indicator_values (indicator_id, area_code, value, denominator, ward_code) ",
                );
                insert.push_values(chunk, |mut row, v| {
                    row.push_bind(i.id)
                        .push_bind(&v.area_code)
                        .push_bind(v.value)
                        .push_bind(v.denominator)
                        .push_bind(&v.ward_code);
                });
                insert.build().execute(&mut *tx).await?;
            }
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn load_indicators(&self) -> Result<Vec<(StoredIndicator, Vec<StoredValue>)>> {
        let rows =
            sqlx::query("SELECT * FROM indicators ORDER BY topic, position, key").fetch_all(&self.reader).await?;
        let mut indicators: Vec<(StoredIndicator, Vec<StoredValue>)> =
            rows.iter().map(|r| Ok((indicator(r)?, Vec::new()))).collect::<Result<_>>()?;
        let at: std::collections::HashMap<Uuid, usize> =
            indicators.iter().enumerate().map(|(n, (i, _))| (i.id, n)).collect();
        let values = sqlx::query("SELECT * FROM indicator_values ORDER BY indicator_id, area_code")
            .fetch_all(&self.reader)
            .await?;
        for r in values {
            let id: Uuid = r.try_get("indicator_id")?;
            if let Some(&n) = at.get(&id) {
                indicators[n].1.push(StoredValue {
                    area_code: r.try_get("area_code")?,
                    value: r.try_get("value")?,
                    denominator: r.try_get("denominator")?,
                    ward_code: r.try_get("ward_code")?,
                });
            }
        }
        Ok(indicators)
    }
}
