//! Councillors' and coordinators' SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kith_core::people::{Office, Representative};
use kith_core::places::WardCode;
use sqlx::Row;
use uuid::Uuid;

use super::Adapter;
use super::audit::insert as audit;
use crate::{AuditEntry, PeopleStore, Result, StoreError};

impl Adapter {
    async fn read_representatives(&self, id: Option<Uuid>) -> Result<Vec<Representative>> {
        let rows = sqlx::query("SELECT * FROM representatives WHERE ($1 IS NULL OR id = $1) ORDER BY office, name")
            .bind(id)
            .fetch_all(&self.reader)
            .await?;
        let wards = sqlx::query("SELECT representative_id, ward_code FROM representative_wards WHERE ($1 IS NULL OR representative_id = $1) ORDER BY ward_code")
            .bind(id)
            .fetch_all(&self.reader)
            .await?;
        rows.iter()
            .map(|r| {
                let id: Uuid = r.try_get("id")?;
                let office: String = r.try_get("office")?;
                let wards = wards
                    .iter()
                    .filter(|w| w.try_get::<Uuid, _>("representative_id").is_ok_and(|rid| rid == id))
                    .map(|w| {
                        let code: &str = w.try_get("ward_code")?;
                        WardCode::parse(code).map_err(|e| StoreError::Corrupt(e.to_string()))
                    })
                    .collect::<Result<_>>()?;
                Ok(Representative {
                    id,
                    name: r.try_get("name")?,
                    office: Office::parse(&office).ok_or_else(|| StoreError::Corrupt(format!("office {office:?}")))?,
                    affiliation: r.try_get("affiliation")?,
                    email: r.try_get("email")?,
                    phone: r.try_get("phone")?,
                    wards,
                })
            })
            .collect()
    }
}

#[async_trait]
impl PeopleStore for Adapter {
    async fn save_representative(&self, rep: &Representative, at: DateTime<Utc>, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO representatives (id, name, office, affiliation, email, phone, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (id) DO UPDATE SET name = $2, office = $3, affiliation = $4, email = $5, phone = $6, updated_at = $7",
        )
        .bind(rep.id)
        .bind(&rep.name)
        .bind(rep.office.as_str())
        .bind(&rep.affiliation)
        .bind(&rep.email)
        .bind(&rep.phone)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM representative_wards WHERE representative_id = $1")
            .bind(rep.id)
            .execute(&mut *tx)
            .await?;
        for ward in &rep.wards {
            sqlx::query("INSERT INTO representative_wards (representative_id, ward_code) VALUES ($1, $2)")
                .bind(rep.id)
                .bind(ward.as_str())
                .execute(&mut *tx)
                .await?;
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn remove_representative(&self, id: Uuid, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("DELETE FROM representatives WHERE id = $1").bind(id).execute(&mut *tx).await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn representative(&self, id: Uuid) -> Result<Option<Representative>> {
        Ok(self.read_representatives(Some(id)).await?.pop())
    }

    async fn representatives(&self) -> Result<Vec<Representative>> {
        self.read_representatives(None).await
    }
}
