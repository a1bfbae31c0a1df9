//! Community assets' SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter.

use super::{Adapter, Db, DbRow};
use async_trait::async_trait;
use sqlx::Row;
use uuid::Uuid;

use super::audit::insert as audit;
use super::outbox::insert_emails;
use crate::assets::*;
use crate::outbox::OutgoingEmail;
use crate::{AuditEntry, Result, StoreError, read};

type Tx = sqlx::Transaction<'static, Db>;

fn changed_meanwhile() -> StoreError {
    StoreError::Conflict("Someone else changed this meanwhile.".into())
}

fn asset(r: &DbRow, organisations: Vec<Uuid>) -> Result<StoredAsset> {
    let accessibility: String = r.try_get("accessibility")?;
    let lat: Option<f64> = r.try_get("lat")?;
    let lng: Option<f64> = r.try_get("lng")?;
    Ok(StoredAsset {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        kind: read(r.try_get("kind")?)?,
        owner: read(r.try_get("owner")?)?,
        owner_name: r.try_get("owner_name")?,
        condition: read(r.try_get("condition")?)?,
        capacity: r.try_get("capacity")?,
        accessibility: accessibility.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
        ward_code: r.try_get("ward_code")?,
        address: r.try_get("address")?,
        position: lat.zip(lng),
        location_id: r.try_get("location_id")?,
        used_by: r.try_get("used_by")?,
        organisations,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        version: r.try_get("version")?,
    })
}

fn transfer(r: &DbRow) -> Result<StoredTransfer> {
    Ok(StoredTransfer {
        id: r.try_get("id")?,
        number: r.try_get("number")?,
        asset_id: r.try_get("asset_id")?,
        applicant: r.try_get("applicant")?,
        applicant_email: r.try_get("applicant_email")?,
        organisation_id: r.try_get("organisation_id")?,
        stage: read(r.try_get("stage")?)?,
        stage_since: r.try_get("stage_since")?,
        stage_due: r.try_get("stage_due")?,
        handler_id: r.try_get("handler_id")?,
        channel: read(r.try_get("channel")?)?,
        created_at: r.try_get("created_at")?,
        version: r.try_get("version")?,
    })
}

fn nomination(r: &DbRow) -> Result<StoredNomination> {
    let dated = |date: &str, what: &str| -> Result<Option<(chrono::NaiveDate, String)>> {
        let on: Option<chrono::NaiveDate> = r.try_get(date)?;
        let what: Option<String> = r.try_get(what)?;
        Ok(on.zip(what))
    };
    Ok(StoredNomination {
        id: r.try_get("id")?,
        number: r.try_get("number")?,
        asset_id: r.try_get("asset_id")?,
        nominator: r.try_get("nominator")?,
        nominator_email: r.try_get("nominator_email")?,
        owner_email: r.try_get("owner_email")?,
        reasons: r.try_get("reasons")?,
        received_on: r.try_get("received_on")?,
        decided: dated("decided_on", "decision")?,
        review_requested_on: r.try_get("review_requested_on")?,
        reviewed: dated("reviewed_on", "review_outcome")?,
        disposal_notified_on: r.try_get("disposal_notified_on")?,
        bid_requested_on: r.try_get("bid_requested_on")?,
        expiry_warned_on: r.try_get("expiry_warned_on")?,
        channel: read(r.try_get("channel")?)?,
        created_at: r.try_get("created_at")?,
        version: r.try_get("version")?,
    })
}

async fn insert_stage(tx: &mut Tx, transfer_id: Uuid, e: &StageEntry) -> Result<()> {
    sqlx::query(
        "INSERT INTO asset_transfer_stages (id, transfer_id, stage, entered_on, due_on, note, by_user, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(e.id)
    .bind(transfer_id)
    .bind(e.stage.as_str())
    .bind(e.entered_on)
    .bind(e.due_on)
    .bind(&e.note)
    .bind(e.by_user)
    .bind(e.recorded_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The next number of a kind of reference (`CAT`, `ACV`), from the counter cases' references use too: an upsert
/// that two writers at once cannot both read the same number from.
async fn next_number(tx: &mut Tx, kind: &str) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO case_numbers (kind, last_number) VALUES ($1, 1)
         ON CONFLICT (kind) DO UPDATE SET last_number = case_numbers.last_number + 1
         RETURNING last_number",
    )
    .bind(kind)
    .fetch_one(&mut **tx)
    .await?)
}

const NOMINATION_COLUMNS: &str = "id, number, asset_id, nominator, nominator_email, owner_email, reasons, received_on,
    decided_on, decision, review_requested_on, reviewed_on, review_outcome, disposal_notified_on, bid_requested_on,
    expiry_warned_on, channel, created_at, version";

#[async_trait]
impl AssetStore for Adapter {
    async fn save_asset(&self, a: &StoredAsset, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = if a.version == 1 {
            sqlx::query(
                "INSERT INTO community_assets (id, name, kind, owner, owner_name, condition, capacity, accessibility,
                     ward_code, address, lat, lng, location_id, used_by, created_at, updated_at, version)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
            )
        } else {
            sqlx::query(
                "UPDATE community_assets SET name = $2, kind = $3, owner = $4, owner_name = $5, condition = $6,
                     capacity = $7, accessibility = $8, ward_code = $9, address = $10, lat = $11, lng = $12,
                     location_id = $13, used_by = $14, created_at = $15, updated_at = $16, version = $17
                 WHERE id = $1 AND version = $17 - 1",
            )
        }
        .bind(a.id)
        .bind(&a.name)
        .bind(a.kind.as_str())
        .bind(a.owner.as_str())
        .bind(&a.owner_name)
        .bind(a.condition.as_str())
        .bind(a.capacity)
        .bind(a.accessibility.join(","))
        .bind(&a.ward_code)
        .bind(&a.address)
        .bind(a.position.map(|p| p.0))
        .bind(a.position.map(|p| p.1))
        .bind(a.location_id)
        .bind(&a.used_by)
        .bind(a.created_at)
        .bind(a.updated_at)
        .bind(a.version)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(changed_meanwhile());
        }
        sqlx::query("DELETE FROM community_asset_users WHERE asset_id = $1").bind(a.id).execute(&mut *tx).await?;
        for organisation in &a.organisations {
            sqlx::query("INSERT INTO community_asset_users (asset_id, organisation_id) VALUES ($1, $2)")
                .bind(a.id)
                .bind(organisation)
                .execute(&mut *tx)
                .await?;
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn assets(&self) -> Result<Vec<StoredAsset>> {
        let users =
            sqlx::query("SELECT asset_id, organisation_id FROM community_asset_users").fetch_all(&self.reader).await?;
        let mut by_asset: std::collections::HashMap<Uuid, Vec<Uuid>> = std::collections::HashMap::new();
        for r in users {
            by_asset.entry(r.try_get("asset_id")?).or_default().push(r.try_get("organisation_id")?);
        }
        sqlx::query("SELECT * FROM community_assets ORDER BY ward_code, name, id")
            .fetch_all(&self.reader)
            .await?
            .iter()
            .map(|r| {
                let id: Uuid = r.try_get("id")?;
                asset(r, by_asset.remove(&id).unwrap_or_default())
            })
            .collect()
    }

    async fn asset(&self, id: Uuid) -> Result<Option<StoredAsset>> {
        let Some(row) =
            sqlx::query("SELECT * FROM community_assets WHERE id = $1").bind(id).fetch_optional(&self.reader).await?
        else {
            return Ok(None);
        };
        let organisations = sqlx::query("SELECT organisation_id FROM community_asset_users WHERE asset_id = $1")
            .bind(id)
            .fetch_all(&self.reader)
            .await?
            .iter()
            .map(|r| r.try_get("organisation_id"))
            .collect::<std::result::Result<Vec<Uuid>, _>>()?;
        asset(&row, organisations).map(Some)
    }

    async fn open_transfer(
        &self,
        t: &StoredTransfer,
        first: &StageEntry,
        entry: &AuditEntry,
        emails: &[OutgoingEmail],
    ) -> Result<i64> {
        let mut tx = self.begin().await?;
        let number = next_number(&mut tx, "CAT").await?;
        sqlx::query(
            "INSERT INTO asset_transfers (id, number, asset_id, applicant, applicant_email, organisation_id, stage,
                 stage_since, stage_due, handler_id, channel, created_at, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1)",
        )
        .bind(t.id)
        .bind(number)
        .bind(t.asset_id)
        .bind(&t.applicant)
        .bind(&t.applicant_email)
        .bind(t.organisation_id)
        .bind(t.stage.as_str())
        .bind(t.stage_since)
        .bind(t.stage_due)
        .bind(t.handler_id)
        .bind(t.channel.as_str())
        .bind(t.created_at)
        .execute(&mut *tx)
        .await?;
        insert_stage(&mut tx, t.id, first).await?;
        audit(&mut tx, entry).await?;
        insert_emails(&mut tx, emails).await?;
        tx.commit().await?;
        Ok(number)
    }

    async fn move_transfer(
        &self,
        t: &StoredTransfer,
        entry_row: &StageEntry,
        entry: &AuditEntry,
        emails: &[OutgoingEmail],
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE asset_transfers SET stage = $2, stage_since = $3, stage_due = $4, handler_id = $5, version = $6
             WHERE id = $1 AND version = $6 - 1",
        )
        .bind(t.id)
        .bind(t.stage.as_str())
        .bind(t.stage_since)
        .bind(t.stage_due)
        .bind(t.handler_id)
        .bind(t.version)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(changed_meanwhile());
        }
        insert_stage(&mut tx, t.id, entry_row).await?;
        audit(&mut tx, entry).await?;
        insert_emails(&mut tx, emails).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn transfers(&self) -> Result<Vec<StoredTransfer>> {
        sqlx::query("SELECT * FROM asset_transfers ORDER BY number")
            .fetch_all(&self.reader)
            .await?
            .iter()
            .map(transfer)
            .collect()
    }

    async fn transfer(&self, id: Uuid) -> Result<Option<(StoredTransfer, Vec<StageEntry>)>> {
        let Some(row) =
            sqlx::query("SELECT * FROM asset_transfers WHERE id = $1").bind(id).fetch_optional(&self.reader).await?
        else {
            return Ok(None);
        };
        let stages = sqlx::query(
            "SELECT * FROM asset_transfer_stages WHERE transfer_id = $1 ORDER BY entered_on, recorded_at, id",
        )
        .bind(id)
        .fetch_all(&self.reader)
        .await?
        .iter()
        .map(|r| {
            Ok(StageEntry {
                id: r.try_get("id")?,
                stage: read(r.try_get("stage")?)?,
                entered_on: r.try_get("entered_on")?,
                due_on: r.try_get("due_on")?,
                note: r.try_get("note")?,
                by_user: r.try_get("by_user")?,
                recorded_at: r.try_get("recorded_at")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        Ok(Some((transfer(&row)?, stages)))
    }

    async fn add_nomination(&self, n: &StoredNomination, entry: &AuditEntry, emails: &[OutgoingEmail]) -> Result<i64> {
        let mut tx = self.begin().await?;
        let number = next_number(&mut tx, "ACV").await?;
        let numbered = StoredNomination { number, version: 1, ..n.clone() };
        bind_nomination(
            sqlx::query(&format!(
                "INSERT INTO acv_nominations ({NOMINATION_COLUMNS})
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)"
            )),
            &numbered,
        )
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        insert_emails(&mut tx, emails).await?;
        tx.commit().await?;
        Ok(number)
    }

    async fn update_nomination(
        &self,
        n: &StoredNomination,
        entry: &AuditEntry,
        emails: &[OutgoingEmail],
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = bind_nomination(
            sqlx::query(
                "UPDATE acv_nominations SET number = $2, asset_id = $3, nominator = $4, nominator_email = $5,
                     owner_email = $6, reasons = $7, received_on = $8, decided_on = $9, decision = $10,
                     review_requested_on = $11, reviewed_on = $12, review_outcome = $13, disposal_notified_on = $14,
                     bid_requested_on = $15, expiry_warned_on = $16, channel = $17, created_at = $18, version = $19
                 WHERE id = $1 AND version = $19 - 1",
            ),
            n,
        )
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(changed_meanwhile());
        }
        audit(&mut tx, entry).await?;
        insert_emails(&mut tx, emails).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn nomination(&self, id: Uuid) -> Result<Option<StoredNomination>> {
        sqlx::query(&format!("SELECT {NOMINATION_COLUMNS} FROM acv_nominations WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.reader)
            .await?
            .as_ref()
            .map(nomination)
            .transpose()
    }

    async fn nominations(&self) -> Result<Vec<StoredNomination>> {
        sqlx::query(&format!("SELECT {NOMINATION_COLUMNS} FROM acv_nominations ORDER BY number"))
            .fetch_all(&self.reader)
            .await?
            .iter()
            .map(nomination)
            .collect()
    }
}

type Query<'q> = sqlx::query::Query<'q, Db, <Db as sqlx::Database>::Arguments<'q>>;

fn bind_nomination<'q>(query: Query<'q>, n: &'q StoredNomination) -> Query<'q> {
    query
        .bind(n.id)
        .bind(n.number)
        .bind(n.asset_id)
        .bind(&n.nominator)
        .bind(&n.nominator_email)
        .bind(&n.owner_email)
        .bind(&n.reasons)
        .bind(n.received_on)
        .bind(n.decided.as_ref().map(|d| d.0))
        .bind(n.decided.as_ref().map(|d| d.1.as_str()))
        .bind(n.review_requested_on)
        .bind(n.reviewed.as_ref().map(|d| d.0))
        .bind(n.reviewed.as_ref().map(|d| d.1.as_str()))
        .bind(n.disposal_notified_on)
        .bind(n.bid_requested_on)
        .bind(n.expiry_warned_on)
        .bind(n.channel.as_str())
        .bind(n.created_at)
        .bind(n.version)
}
