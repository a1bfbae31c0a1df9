use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;
use uuid::Uuid;

use super::PgStore;
use crate::places::{
    Authority, LsoaRow, Neighbourhood, PlacesImport, PlacesSnapshot, PostcodeRow, WardGeneration, WardRow,
};
use crate::{AuditEntry, PlacesStore, Result};

#[async_trait]
impl PlacesStore for PgStore {
    async fn import_places(&self, import: &PlacesImport, at: DateTime<Utc>, audit: &AuditEntry) -> Result<Uuid> {
        let mut tx = self.begin().await?;
        let existing: Option<Uuid> = sqlx::query_scalar("SELECT id FROM ward_generations WHERE name = $1")
            .bind(&import.generation)
            .fetch_optional(&mut *tx)
            .await?;
        let id = existing.unwrap_or_else(Uuid::new_v4);
        if import.make_current {
            sqlx::query("UPDATE ward_generations SET is_current = FALSE").execute(&mut *tx).await?;
        }
        sqlx::query(
            "INSERT INTO ward_generations (id, name, authority_code, authority_name, is_current, imported_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET authority_code = $3, authority_name = $4,
                 is_current = (ward_generations.is_current OR $5), imported_at = $6",
        )
        .bind(id)
        .bind(&import.generation)
        .bind(&import.authority_code)
        .bind(&import.authority_name)
        .bind(import.make_current)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM wards WHERE generation_id = $1").bind(id).execute(&mut *tx).await?;
        for (code, name, boundary) in &import.wards {
            sqlx::query("INSERT INTO wards (generation_id, code, name, boundary) VALUES ($1, $2, $3, $4)")
                .bind(id)
                .bind(code)
                .bind(name)
                .bind(boundary)
                .execute(&mut *tx)
                .await?;
        }
        for a in &import.authorities {
            sqlx::query(
                "INSERT INTO local_authorities (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = $2",
            )
            .bind(&a.code)
            .bind(&a.name)
            .execute(&mut *tx)
            .await?;
        }
        if let Some(postcodes) = &import.postcodes {
            // One statement for the whole list: a round trip per postcode would take seconds.
            sqlx::query("DELETE FROM postcodes").execute(&mut *tx).await?;
            let column = |f: fn(&PostcodeRow) -> Option<String>| postcodes.iter().map(f).collect::<Vec<_>>();
            sqlx::query(
                "INSERT INTO postcodes (postcode, latitude, longitude, authority_code, ward_code, lsoa_code)
                 SELECT * FROM UNNEST($1::text[], $2::float8[], $3::float8[], $4::text[], $5::text[], $6::text[])",
            )
            .bind(postcodes.iter().map(|p| p.postcode.clone()).collect::<Vec<_>>())
            .bind(postcodes.iter().map(|p| p.latitude).collect::<Vec<_>>())
            .bind(postcodes.iter().map(|p| p.longitude).collect::<Vec<_>>())
            .bind(column(|p| p.authority_code.clone()))
            .bind(column(|p| p.ward_code.clone()))
            .bind(column(|p| p.lsoa_code.clone()))
            .execute(&mut *tx)
            .await?;
        }
        if let Some(lsoas) = &import.lsoas {
            sqlx::query("DELETE FROM lsoas").execute(&mut *tx).await?;
            for l in lsoas {
                sqlx::query("INSERT INTO lsoas (code, name, ward_code, boundary) VALUES ($1, $2, $3, $4)")
                    .bind(&l.code)
                    .bind(&l.name)
                    .bind(&l.ward_code)
                    .bind(&l.boundary)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        if let Some(neighbourhoods) = &import.neighbourhoods {
            sqlx::query("DELETE FROM neighbourhoods").execute(&mut *tx).await?;
            for (kind, name, wards) in neighbourhoods {
                let nid = Uuid::new_v4();
                sqlx::query("INSERT INTO neighbourhoods (id, kind, name) VALUES ($1, $2, $3)")
                    .bind(nid)
                    .bind(kind)
                    .bind(name)
                    .execute(&mut *tx)
                    .await?;
                for ward in wards {
                    sqlx::query("INSERT INTO neighbourhood_wards (neighbourhood_id, ward_code) VALUES ($1, $2)")
                        .bind(nid)
                        .bind(ward)
                        .execute(&mut *tx)
                        .await?;
                }
            }
        }
        super::audit::insert(&mut tx, audit).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn load_places(&self) -> Result<PlacesSnapshot> {
        let mut snapshot = PlacesSnapshot::default();
        for r in
            sqlx::query("SELECT * FROM ward_generations ORDER BY imported_at, name").fetch_all(&self.reader).await?
        {
            snapshot.generations.push(WardGeneration {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                authority_code: r.try_get("authority_code")?,
                authority_name: r.try_get("authority_name")?,
                is_current: r.try_get("is_current")?,
                imported_at: r.try_get("imported_at")?,
            });
        }
        for r in sqlx::query("SELECT * FROM wards ORDER BY name").fetch_all(&self.reader).await? {
            snapshot.wards.push(WardRow {
                generation_id: r.try_get("generation_id")?,
                code: r.try_get("code")?,
                name: r.try_get("name")?,
                boundary: r.try_get("boundary")?,
            });
        }
        for r in sqlx::query("SELECT * FROM local_authorities ORDER BY code").fetch_all(&self.reader).await? {
            snapshot.authorities.push(Authority { code: r.try_get("code")?, name: r.try_get("name")? });
        }
        for r in sqlx::query("SELECT * FROM postcodes").fetch_all(&self.reader).await? {
            snapshot.postcodes.push(PostcodeRow {
                postcode: r.try_get("postcode")?,
                latitude: r.try_get("latitude")?,
                longitude: r.try_get("longitude")?,
                authority_code: r.try_get("authority_code")?,
                ward_code: r.try_get("ward_code")?,
                lsoa_code: r.try_get("lsoa_code")?,
            });
        }
        for r in sqlx::query("SELECT * FROM lsoas ORDER BY code").fetch_all(&self.reader).await? {
            snapshot.lsoas.push(LsoaRow {
                code: r.try_get("code")?,
                name: r.try_get("name")?,
                ward_code: r.try_get("ward_code")?,
                boundary: r.try_get("boundary")?,
            });
        }
        let members = sqlx::query("SELECT neighbourhood_id, ward_code FROM neighbourhood_wards ORDER BY ward_code")
            .fetch_all(&self.reader)
            .await?;
        for r in sqlx::query("SELECT * FROM neighbourhoods ORDER BY kind, name").fetch_all(&self.reader).await? {
            let id: Uuid = r.try_get("id")?;
            let wards = members
                .iter()
                .filter(|m| m.try_get::<Uuid, _>("neighbourhood_id").is_ok_and(|n| n == id))
                .map(|m| m.try_get("ward_code"))
                .collect::<Result<_, _>>()?;
            snapshot.neighbourhoods.push(Neighbourhood {
                id,
                kind: r.try_get("kind")?,
                name: r.try_get("name")?,
                wards,
            });
        }
        Ok(snapshot)
    }
}
