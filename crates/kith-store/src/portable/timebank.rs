//! The time bank's SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter.

use super::{Adapter, Db, DbRow};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;
use uuid::Uuid;

use super::audit::insert as audit;
use super::outbox::insert_emails;
use crate::outbox::OutgoingEmail;
use crate::timebank::*;
use crate::{AuditEntry, Result, StoreError, read};

const COLUMNS: &str = "id, from_volunteer, to_volunteer, minutes, what, on_date, state, proposed_by, channel, keyed_by,
    created_at, posted_at";

/// The key of an account's balance: `community` or the member's id.
fn account(member: Option<Uuid>) -> String {
    member.map_or_else(|| "community".to_owned(), |id| id.to_string())
}

fn exchange(r: &DbRow) -> Result<StoredExchange> {
    Ok(StoredExchange {
        id: r.try_get("id")?,
        from: r.try_get("from_volunteer")?,
        to: r.try_get("to_volunteer")?,
        minutes: r.try_get("minutes")?,
        what: r.try_get("what")?,
        on: r.try_get("on_date")?,
        state: r.try_get("state")?,
        proposed_by: r.try_get("proposed_by")?,
        channel: read(r.try_get("channel")?)?,
        keyed_by: r.try_get("keyed_by")?,
        created_at: r.try_get("created_at")?,
        posted_at: r.try_get("posted_at")?,
    })
}

async fn insert(tx: &mut sqlx::Transaction<'static, Db>, e: &StoredExchange) -> Result<()> {
    sqlx::query(&format!(
        "INSERT INTO timebank_exchanges ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
    ))
    .bind(e.id)
    .bind(e.from)
    .bind(e.to)
    .bind(e.minutes)
    .bind(&e.what)
    .bind(e.on)
    .bind(&e.state)
    .bind(e.proposed_by)
    .bind(e.channel.as_str())
    .bind(e.keyed_by)
    .bind(e.created_at)
    .bind(e.posted_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Moves an account's balance by `minutes`, only if it stays from `floor` to `ceiling`: whether it did.
async fn moved(
    tx: &mut sqlx::Transaction<'static, Db>,
    member: Option<Uuid>,
    minutes: i64,
    floor: i64,
    ceiling: i64,
) -> Result<bool> {
    let key = account(member);
    sqlx::query("INSERT INTO timebank_balances (account, minutes) VALUES ($1, 0) ON CONFLICT (account) DO NOTHING")
        .bind(&key)
        .execute(&mut **tx)
        .await?;
    let done = sqlx::query(
        "UPDATE timebank_balances SET minutes = minutes + $1
         WHERE account = $2 AND minutes + $1 >= $3 AND minutes + $1 <= $4",
    )
    .bind(minutes)
    .bind(&key)
    .bind(floor)
    .bind(ceiling)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[async_trait]
impl TimebankStore for Adapter {
    async fn propose_exchange(&self, e: &StoredExchange, entry: &AuditEntry, emails: &[OutgoingEmail]) -> Result<()> {
        let mut tx = self.begin().await?;
        insert(&mut tx, e).await?;
        audit(&mut tx, entry).await?;
        insert_emails(&mut tx, emails).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn post_exchange(
        &self,
        e: &StoredExchange,
        limits: PostingLimits,
        at: DateTime<Utc>,
        entry: &AuditEntry,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let posted = StoredExchange { state: "posted".into(), posted_at: Some(at), ..e.clone() };
        if e.state == "proposed" {
            let changed = sqlx::query(
                "UPDATE timebank_exchanges SET state = 'posted', posted_at = $1 WHERE id = $2 AND state = 'proposed'",
            )
            .bind(at)
            .bind(e.id)
            .execute(&mut *tx)
            .await?;
            if changed.rows_affected() == 0 {
                return Err(StoreError::Conflict("This exchange is no longer waiting to be confirmed.".into()));
            }
        } else {
            insert(&mut tx, &posted).await?;
        }
        let limits_of = |member: Option<Uuid>| match member {
            Some(_) => (limits.floor, limits.ceiling),
            None => (limits.pot_floor, i64::MAX),
        };
        let (floor, ceiling) = limits_of(e.from);
        if !moved(&mut tx, e.from, -e.minutes, floor, ceiling).await? {
            return Err(StoreError::Conflict(format!("from:{}", account(e.from))));
        }
        let (floor, ceiling) = limits_of(e.to);
        if !moved(&mut tx, e.to, e.minutes, floor, ceiling).await? {
            return Err(StoreError::Conflict(format!("to:{}", account(e.to))));
        }
        for (side, member, minutes) in [("from", e.from, -e.minutes), ("to", e.to, e.minutes)] {
            sqlx::query(
                "INSERT INTO timebank_postings (exchange_id, side, volunteer_id, minutes, posted_at)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(e.id)
            .bind(side)
            .bind(member)
            .bind(minutes)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn decline_exchange(&self, id: Uuid, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let changed =
            sqlx::query("UPDATE timebank_exchanges SET state = 'declined' WHERE id = $1 AND state = 'proposed'")
                .bind(id)
                .execute(&mut *tx)
                .await?;
        if changed.rows_affected() == 0 {
            return Err(StoreError::Conflict("This exchange is no longer waiting to be confirmed.".into()));
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn exchange(&self, id: Uuid) -> Result<Option<StoredExchange>> {
        let sql = format!("SELECT {COLUMNS} FROM timebank_exchanges WHERE id = $1");
        sqlx::query(&sql).bind(id).fetch_optional(&self.reader).await?.as_ref().map(exchange).transpose()
    }

    async fn waiting_for(&self, member: Uuid, limit: i64) -> Result<Vec<StoredExchange>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM timebank_exchanges WHERE state = 'proposed'
               AND (from_volunteer = $1 OR to_volunteer = $1) AND (proposed_by IS NULL OR proposed_by <> $1)
             ORDER BY created_at, id LIMIT $2"
        );
        let rows = sqlx::query(&sql).bind(member).bind(limit).fetch_all(&self.reader).await?;
        rows.iter().map(exchange).collect()
    }

    async fn balance(&self, member: Option<Uuid>) -> Result<i64> {
        let found: Option<i64> = sqlx::query_scalar("SELECT minutes FROM timebank_balances WHERE account = $1")
            .bind(account(member))
            .fetch_optional(&self.reader)
            .await?;
        Ok(found.unwrap_or(0))
    }

    async fn statement(&self, member: Option<Uuid>, limit: i64) -> Result<Vec<StatementLine>> {
        let columns: String = COLUMNS.split(',').map(|c| format!("e.{}", c.trim())).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "SELECT {columns}, p.minutes AS moved, p.posted_at AS moved_at FROM timebank_postings p
             JOIN timebank_exchanges e ON e.id = p.exchange_id
             WHERE (p.volunteer_id = $1 OR ($1 IS NULL AND p.volunteer_id IS NULL))
             ORDER BY p.posted_at DESC, e.id DESC LIMIT $2"
        );
        let rows = sqlx::query(&sql).bind(member).bind(limit).fetch_all(&self.reader).await?;
        rows.iter()
            .map(|r| {
                Ok(StatementLine {
                    exchange: exchange(r)?,
                    minutes: r.try_get("moved")?,
                    posted_at: r.try_get("moved_at")?,
                })
            })
            .collect()
    }

    async fn ledger_sum(&self) -> Result<(i64, i64)> {
        let r = sqlx::query(
            "SELECT CAST(COALESCE(SUM(minutes), 0) AS BIGINT) AS total, COUNT(*) AS postings FROM timebank_postings",
        )
        .fetch_one(&self.reader)
        .await?;
        Ok((r.try_get("total")?, r.try_get("postings")?))
    }

    async fn given_by_member(&self, since: DateTime<Utc>, limit: i64) -> Result<Vec<GivenBy>> {
        let rows = sqlx::query(
            "SELECT v.ward_code, v.organisations, CAST(SUM(p.minutes) AS BIGINT) AS given
             FROM timebank_postings p JOIN volunteers v ON v.id = p.volunteer_id
             WHERE p.minutes > 0 AND p.posted_at >= $1
             GROUP BY v.id, v.ward_code, v.organisations ORDER BY v.id LIMIT $2",
        )
        .bind(since)
        .bind(limit)
        .fetch_all(&self.reader)
        .await?;
        rows.iter()
            .map(|r| {
                let organisations: String = r.try_get("organisations")?;
                Ok(GivenBy {
                    ward: r.try_get("ward_code")?,
                    organisations: serde_json::from_str(&organisations)
                        .map_err(|e| StoreError::Corrupt(format!("a volunteer's organisations: {e}")))?,
                    minutes: r.try_get("given")?,
                })
            })
            .collect()
    }
}
