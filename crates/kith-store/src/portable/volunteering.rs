//! Volunteering's SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter (`sqlite`
//! and `postgres` include this file as their module, with `Adapter`, `DbRow` and `Db` naming their own types).

use super::{Adapter, Db, DbRow};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use kith_core::places::{LatLng, WardCode};
use kith_core::volunteering::dbs::{DbsRecord, Need, Reminder};
use kith_core::volunteering::{Availability, Language, Skills, Urgency, VolunteerState};
use sqlx::{QueryBuilder, Row};
use std::collections::HashMap;
use uuid::Uuid;

use super::audit::insert as audit;
use super::outbox::{insert_emails, insert_emails_for};
use crate::outbox::OutgoingEmail;
use crate::volunteering::*;
use crate::{AuditEntry, Result, StoreError, read};

const VOLUNTEER_COLUMNS: &str = "id, name, email, phone, postcode, lat, lng, ward_code, travel_m, skills, languages,
    availability, has_car, organisations, state, max_per_week, channel, keyed_by, last_task_on, created_at,
    updated_at, version";
const REQUEST_COLUMNS: &str = "id, reference, what, skills, street, postcode, lat, lng, ward_code, address,
    resident_name, resident_phone, resident_id, wanted, needed_by, urgency, language, dbs_level, dbs_workforce,
    needs_car, state, volunteer_id, outcome, channel, keyed_by, escalated_at, reminded_at, created_at, updated_at,
    version";
const OPPORTUNITY_COLUMNS: &str = "id, organisation_id, title, description, kind, skills, postcode, lat, lng,
    ward_code, starts_on, ends_on, created_by, created_at, updated_at, version";

/// A count or size the store keeps as an INTEGER, read back as the unsigned number it is.
fn count(value: i32, what: &str) -> Result<u32> {
    u32::try_from(value).map_err(|_| StoreError::Corrupt(format!("{what}: {value}")))
}

fn skills(value: i32) -> Result<Skills> {
    u32::try_from(value)
        .ok()
        .and_then(Skills::from_bits)
        .ok_or_else(|| StoreError::Corrupt(format!("a set of skills: {value}")))
}

fn availability(value: i32) -> Result<Availability> {
    u32::try_from(value)
        .ok()
        .and_then(Availability::from_bits)
        .ok_or_else(|| StoreError::Corrupt(format!("an availability: {value}")))
}

fn position(r: &DbRow) -> Result<LatLng> {
    LatLng::new(r.try_get("lat")?, r.try_get("lng")?).map_err(|e| StoreError::Corrupt(format!("a position: {e}")))
}

fn languages(text: &str) -> Result<Vec<Language>> {
    text.split_whitespace()
        .map(|code| Language::parse(code).map_err(|e| StoreError::Corrupt(format!("a language: {e}"))))
        .collect()
}

fn language_codes(languages: &[Language]) -> String {
    languages.iter().map(|l| l.code()).collect::<Vec<_>>().join(" ")
}

fn bits(value: u32) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

fn volunteer(r: &DbRow) -> Result<Volunteer> {
    let organisations: String = r.try_get("organisations")?;
    let organisations: Vec<Uuid> = serde_json::from_str(&organisations)
        .map_err(|e| StoreError::Corrupt(format!("a volunteer's organisations: {e}")))?;
    Ok(Volunteer {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        email: r.try_get("email")?,
        phone: r.try_get("phone")?,
        postcode: r.try_get("postcode")?,
        home: position(r)?,
        ward: read(r.try_get("ward_code")?)?,
        travel_m: count(r.try_get("travel_m")?, "a distance")?,
        skills: skills(r.try_get("skills")?)?,
        languages: languages(&r.try_get::<String, _>("languages")?)?,
        availability: availability(r.try_get("availability")?)?,
        has_car: r.try_get("has_car")?,
        organisations,
        state: read(r.try_get("state")?)?,
        max_per_week: count(r.try_get("max_per_week")?, "tasks a week")?,
        channel: read(r.try_get("channel")?)?,
        keyed_by: r.try_get("keyed_by")?,
        last_task_on: r.try_get("last_task_on")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        version: r.try_get("version")?,
    })
}

fn insert_volunteer(v: &Volunteer) -> QueryBuilder<'static, Db> {
    let mut q: QueryBuilder<Db> = QueryBuilder::new(format!("INSERT INTO volunteers ({VOLUNTEER_COLUMNS}) "));
    q.push_values([v], |mut b, v| {
        b.push_bind(v.id)
            .push_bind(v.name.clone())
            .push_bind(v.email.clone())
            .push_bind(v.phone.clone())
            .push_bind(v.postcode.clone())
            .push_bind(v.home.lat)
            .push_bind(v.home.lng)
            .push_bind(v.ward.as_str().to_owned())
            .push_bind(bits(v.travel_m))
            .push_bind(bits(v.skills.bits()))
            .push_bind(language_codes(&v.languages))
            .push_bind(bits(v.availability.bits()))
            .push_bind(v.has_car)
            .push_bind(serde_json::to_string(&v.organisations).unwrap_or_else(|_| "[]".into()))
            .push_bind(v.state.as_str())
            .push_bind(bits(v.max_per_week))
            .push_bind(v.channel.as_str())
            .push_bind(v.keyed_by)
            .push_bind(v.last_task_on)
            .push_bind(v.created_at)
            .push_bind(v.updated_at)
            .push_bind(v.version);
    });
    q
}

fn dbs_record(r: &DbRow) -> Result<DbsRecord> {
    let consent_at: Option<DateTime<Utc>> = r.try_get("consent_at")?;
    Ok(DbsRecord {
        level: read(r.try_get("level")?)?,
        workforce: read(r.try_get("workforce")?)?,
        certificate_on: r.try_get("certificate_on")?,
        update_service: r.try_get("update_service")?,
        status_checked_on: r.try_get("status_checked_on")?,
        consent: consent_at.is_some(),
    })
}

fn dbs_entry(r: &DbRow) -> Result<DbsEntry> {
    let reminded: Option<i32> = r.try_get("reminded_days")?;
    Ok(DbsEntry {
        volunteer_id: r.try_get("volunteer_id")?,
        record: dbs_record(r)?,
        consent_at: r.try_get("consent_at")?,
        recorded_by: r.try_get("recorded_by")?,
        recorded_at: r.try_get("recorded_at")?,
        reminded_days: reminded.map(i64::from),
    })
}

fn request(r: &DbRow) -> Result<HelpRequest> {
    let level: Option<String> = r.try_get("dbs_level")?;
    let workforce: Option<String> = r.try_get("dbs_workforce")?;
    let need = match (level, workforce) {
        (Some(level), Some(workforce)) => Some(Need { level: read(level)?, workforce: read(workforce)? }),
        _ => None,
    };
    let language: Option<String> = r.try_get("language")?;
    Ok(HelpRequest {
        id: r.try_get("id")?,
        reference: r.try_get("reference")?,
        what: r.try_get("what")?,
        skills: skills(r.try_get("skills")?)?,
        street: r.try_get("street")?,
        postcode: r.try_get("postcode")?,
        at: position(r)?,
        ward: read(r.try_get("ward_code")?)?,
        address: r.try_get("address")?,
        resident_name: r.try_get("resident_name")?,
        resident_phone: r.try_get("resident_phone")?,
        resident_id: r.try_get("resident_id")?,
        wanted: availability(r.try_get("wanted")?)?,
        needed_by: r.try_get("needed_by")?,
        urgency: read(r.try_get("urgency")?)?,
        language: language
            .map(|l| Language::parse(&l).map_err(|e| StoreError::Corrupt(format!("a language: {e}"))))
            .transpose()?,
        need,
        needs_car: r.try_get("needs_car")?,
        state: read(r.try_get("state")?)?,
        volunteer_id: r.try_get("volunteer_id")?,
        outcome: r.try_get("outcome")?,
        channel: read(r.try_get("channel")?)?,
        keyed_by: r.try_get("keyed_by")?,
        escalated_at: r.try_get("escalated_at")?,
        reminded_at: r.try_get("reminded_at")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        version: r.try_get("version")?,
    })
}

fn insert_request(h: &HelpRequest, reference: &str) -> QueryBuilder<'static, Db> {
    let mut q: QueryBuilder<Db> = QueryBuilder::new(format!("INSERT INTO help_requests ({REQUEST_COLUMNS}) "));
    q.push_values([h], |mut b, h| {
        b.push_bind(h.id)
            .push_bind(reference.to_owned())
            .push_bind(h.what.clone())
            .push_bind(bits(h.skills.bits()))
            .push_bind(h.street.clone())
            .push_bind(h.postcode.clone())
            .push_bind(h.at.lat)
            .push_bind(h.at.lng)
            .push_bind(h.ward.as_str().to_owned())
            .push_bind(h.address.clone())
            .push_bind(h.resident_name.clone())
            .push_bind(h.resident_phone.clone())
            .push_bind(h.resident_id)
            .push_bind(bits(h.wanted.bits()))
            .push_bind(h.needed_by)
            .push_bind(h.urgency.as_str())
            .push_bind(h.language.map(|l| l.code()))
            .push_bind(h.need.map(|n| n.level.as_str()))
            .push_bind(h.need.map(|n| n.workforce.as_str()))
            .push_bind(h.needs_car)
            .push_bind(h.state.as_str())
            .push_bind(h.volunteer_id)
            .push_bind(h.outcome.clone())
            .push_bind(h.channel.as_str())
            .push_bind(h.keyed_by)
            .push_bind(h.escalated_at)
            .push_bind(h.reminded_at)
            .push_bind(h.created_at)
            .push_bind(h.updated_at)
            .push_bind(h.version);
    });
    q
}

/// Saves a request over the version before it, or says it changed meanwhile.
fn upsert_request(h: &HelpRequest) -> QueryBuilder<'static, Db> {
    let mut q = insert_request(h, &h.reference);
    q.push(" ON CONFLICT (id) DO UPDATE SET ");
    let mut set = q.separated(", ");
    for column in REQUEST_COLUMNS.split(',').map(str::trim).skip(2) {
        set.push(format!("{column} = excluded.{column}"));
    }
    q.push(" WHERE help_requests.version = ").push_bind(h.version - 1);
    q
}

async fn insert_event(tx: &mut sqlx::Transaction<'static, Db>, e: &HelpEvent) -> Result<()> {
    sqlx::query(
        "INSERT INTO help_events (id, request_id, at, actor_id, actor, action, volunteer_id, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(e.id)
    .bind(e.request_id)
    .bind(e.at)
    .bind(e.actor_id)
    .bind(&e.actor)
    .bind(&e.action)
    .bind(e.volunteer_id)
    .bind(&e.note)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn opportunity(r: &DbRow) -> Result<Opportunity> {
    Ok(Opportunity {
        id: r.try_get("id")?,
        organisation_id: r.try_get("organisation_id")?,
        title: r.try_get("title")?,
        description: r.try_get("description")?,
        kind: read(r.try_get("kind")?)?,
        skills: skills(r.try_get("skills")?)?,
        postcode: r.try_get("postcode")?,
        at: position(r)?,
        ward: read(r.try_get("ward_code")?)?,
        starts_on: r.try_get("starts_on")?,
        ends_on: r.try_get("ends_on")?,
        created_by: r.try_get("created_by")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        version: r.try_get("version")?,
    })
}

fn push_wards(q: &mut QueryBuilder<'_, Db>, column: &str, wards: &[WardCode]) {
    if wards.is_empty() {
        return;
    }
    q.push(format!(" AND {column} IN ("));
    let mut list = q.separated(", ");
    for w in wards {
        list.push_bind(w.as_str().to_owned());
    }
    q.push(")");
}

impl Adapter {
    /// Volunteers with their checks, loads and the residents they help: every one not paused, or the one asked for.
    async fn pool_of(&self, one: Option<Uuid>, week_from: DateTime<Utc>, limit: i64) -> Result<Vec<PoolEntry>> {
        let sql = format!(
            "SELECT {}, d.level, d.workforce, d.certificate_on, d.update_service, d.status_checked_on, d.consent_at,
                    d.volunteer_id AS checked
             FROM volunteers v LEFT JOIN volunteer_dbs d ON d.volunteer_id = v.id
             WHERE (v.id = $1 OR ($1 IS NULL AND v.state <> 'paused')) ORDER BY v.id LIMIT $2",
            VOLUNTEER_COLUMNS.split(',').map(|c| format!("v.{}", c.trim())).collect::<Vec<_>>().join(", ")
        );
        let rows = sqlx::query(&sql).bind(one).bind(limit).fetch_all(&self.reader).await?;
        let loads = sqlx::query(&format!(
            "SELECT volunteer_id, COUNT(*) AS n FROM help_requests
             WHERE volunteer_id IS NOT NULL AND (volunteer_id = $2 OR $2 IS NULL)
               AND (state IN {HELD} OR (state = 'done' AND updated_at >= $1))
             GROUP BY volunteer_id"
        ))
        .bind(week_from)
        .bind(one)
        .fetch_all(&self.reader)
        .await?;
        let mut load: HashMap<Uuid, u32> = HashMap::new();
        for r in &loads {
            let n: i64 = r.try_get("n")?;
            load.insert(r.try_get("volunteer_id")?, u32::try_from(n).unwrap_or(u32::MAX));
        }
        let helped = sqlx::query(
            "SELECT DISTINCT volunteer_id, resident_id FROM help_requests
             WHERE volunteer_id IS NOT NULL AND (volunteer_id = $1 OR $1 IS NULL) AND state IN ('accepted', 'done')",
        )
        .bind(one)
        .fetch_all(&self.reader)
        .await?;
        let mut helps: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for r in &helped {
            helps.entry(r.try_get("volunteer_id")?).or_default().push(r.try_get("resident_id")?);
        }
        rows.iter()
            .map(|r| {
                let v = volunteer(r)?;
                let checked: Option<Uuid> = r.try_get("checked")?;
                Ok(PoolEntry {
                    dbs: checked.map(|_| dbs_record(r)).transpose()?,
                    load_this_week: load.get(&v.id).copied().unwrap_or(0),
                    helps: helps.remove(&v.id).unwrap_or_default(),
                    volunteer: v,
                })
            })
            .collect()
    }
}

/// The states a request is someone's task in: offered to them, or accepted.
const HELD: &str = "('offered', 'accepted')";

#[async_trait]
impl VolunteerStore for Adapter {
    async fn save_volunteer(&self, change: &VolunteerChange<'_>) -> Result<()> {
        let v = change.volunteer;
        let mut tx = self.begin().await?;
        let mut q = insert_volunteer(v);
        if v.version > 1 {
            q.push(" ON CONFLICT (id) DO UPDATE SET ");
            let mut set = q.separated(", ");
            for column in VOLUNTEER_COLUMNS.split(',').map(str::trim).skip(1) {
                set.push(format!("{column} = excluded.{column}"));
            }
            q.push(" WHERE volunteers.version = ").push_bind(v.version - 1);
        }
        if q.build().execute(&mut *tx).await?.rows_affected() == 0 {
            return Err(StoreError::Conflict("volunteers: changed by someone else meanwhile".into()));
        }
        audit(&mut tx, change.audit).await?;
        insert_emails(&mut tx, change.emails).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn volunteer(&self, id: Uuid) -> Result<Option<Volunteer>> {
        let sql = format!("SELECT {VOLUNTEER_COLUMNS} FROM volunteers WHERE id = $1");
        sqlx::query(&sql).bind(id).fetch_optional(&self.reader).await?.as_ref().map(volunteer).transpose()
    }

    async fn volunteer_by_email(&self, email: &str) -> Result<Option<Volunteer>> {
        let sql = format!("SELECT {VOLUNTEER_COLUMNS} FROM volunteers WHERE email = $1 ORDER BY created_at LIMIT 1");
        sqlx::query(&sql)
            .bind(email.trim().to_lowercase())
            .fetch_optional(&self.reader)
            .await?
            .as_ref()
            .map(volunteer)
            .transpose()
    }

    async fn volunteers(&self, wards: &[WardCode], limit: i64, offset: i64) -> Result<(Vec<Volunteer>, i64)> {
        let mut count: QueryBuilder<Db> = QueryBuilder::new("SELECT COUNT(*) FROM volunteers WHERE 1 = 1");
        push_wards(&mut count, "ward_code", wards);
        let total: i64 = count.build_query_scalar().fetch_one(&self.reader).await?;
        let mut q: QueryBuilder<Db> =
            QueryBuilder::new(format!("SELECT {VOLUNTEER_COLUMNS} FROM volunteers WHERE 1 = 1"));
        push_wards(&mut q, "ward_code", wards);
        q.push(" ORDER BY name, id LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(offset);
        let rows = q.build().fetch_all(&self.reader).await?;
        Ok((rows.iter().map(volunteer).collect::<Result<_>>()?, total))
    }

    async fn pool(&self, week_from: DateTime<Utc>, limit: i64) -> Result<Vec<PoolEntry>> {
        self.pool_of(None, week_from, limit).await
    }

    async fn pool_entry(&self, volunteer: Uuid, week_from: DateTime<Utc>) -> Result<Option<PoolEntry>> {
        Ok(self.pool_of(Some(volunteer), week_from, 1).await?.pop())
    }

    async fn save_dbs(&self, e: &DbsEntry, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO volunteer_dbs (volunteer_id, level, workforce, certificate_on, update_service,
                 status_checked_on, consent_at, recorded_by, recorded_at, reminded_days, expires_on)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (volunteer_id) DO UPDATE SET level = excluded.level, workforce = excluded.workforce,
                 certificate_on = excluded.certificate_on, update_service = excluded.update_service,
                 status_checked_on = excluded.status_checked_on, consent_at = excluded.consent_at,
                 recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,
                 reminded_days = excluded.reminded_days, expires_on = excluded.expires_on",
        )
        .bind(e.volunteer_id)
        .bind(e.record.level.as_str())
        .bind(e.record.workforce.as_str())
        .bind(e.record.certificate_on)
        .bind(e.record.update_service)
        .bind(e.record.status_checked_on)
        .bind(e.consent_at)
        .bind(e.recorded_by)
        .bind(e.recorded_at)
        .bind(e.reminded_days.map(|d| i32::try_from(d).unwrap_or(i32::MAX)))
        .bind(e.record.expires_on())
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn dbs_of(&self, volunteer: Uuid) -> Result<Option<DbsEntry>> {
        sqlx::query("SELECT * FROM volunteer_dbs WHERE volunteer_id = $1")
            .bind(volunteer)
            .fetch_optional(&self.reader)
            .await?
            .as_ref()
            .map(dbs_entry)
            .transpose()
    }

    async fn dbs_reminders_due(&self, today: NaiveDate, limit: i64) -> Result<Vec<DbsEntry>> {
        // A check is due the reminder of the nearest window (7, 30 or 60 days) it is inside, unless that one or a
        // nearer one was sent: one range of the index for each window.
        let [week, month, two_months] =
            [Reminder::SevenDays, Reminder::ThirtyDays, Reminder::SixtyDays].map(|r| r.days_before());
        let day = |n: i64| today + chrono::Duration::days(n);
        let days = |n: i64| i32::try_from(n).unwrap_or(i32::MAX);
        let rows = sqlx::query(
            "SELECT d.* FROM volunteer_dbs d JOIN volunteers v ON v.id = d.volunteer_id
             WHERE v.state <> 'paused' AND (
                 (d.expires_on > $1 AND d.expires_on <= $2 AND (d.reminded_days IS NULL OR d.reminded_days > $5))
                 OR (d.expires_on > $2 AND d.expires_on <= $3 AND (d.reminded_days IS NULL OR d.reminded_days > $6))
                 OR (d.expires_on > $3 AND d.expires_on <= $4 AND (d.reminded_days IS NULL OR d.reminded_days > $7)))
             ORDER BY d.expires_on, d.volunteer_id LIMIT $8",
        )
        .bind(today)
        .bind(day(week))
        .bind(day(month))
        .bind(day(two_months))
        .bind(days(week))
        .bind(days(month))
        .bind(days(two_months))
        .bind(limit)
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(dbs_entry).collect()
    }

    async fn mark_dbs_reminded(&self, volunteer: Uuid, days: i64, email: &OutgoingEmail) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE volunteer_dbs SET reminded_days = $1 WHERE volunteer_id = $2")
            .bind(i32::try_from(days).unwrap_or(i32::MAX))
            .bind(volunteer)
            .execute(&mut *tx)
            .await?;
        insert_emails(&mut tx, std::slice::from_ref(email)).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_volunteer_states(&self, changes: &[(Uuid, VolunteerState)], audits: &[AuditEntry]) -> Result<()> {
        let mut tx = self.begin().await?;
        for (id, state) in changes {
            sqlx::query("UPDATE volunteers SET state = $1, version = version + 1 WHERE id = $2")
                .bind(state.as_str())
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        for entry in audits {
            audit(&mut tx, entry).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn start_surge(
        &self,
        ward: &WardCode,
        at: DateTime<Utc>,
        by: Option<Uuid>,
        entry: &AuditEntry,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let on: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM volunteer_surges WHERE ward_code = $1 AND ended_at IS NULL")
                .bind(ward.as_str())
                .fetch_one(&mut *tx)
                .await?;
        if on == 0 {
            sqlx::query("INSERT INTO volunteer_surges (id, ward_code, started_at, started_by) VALUES ($1, $2, $3, $4)")
                .bind(Uuid::now_v7())
                .bind(ward.as_str())
                .bind(at)
                .bind(by)
                .execute(&mut *tx)
                .await?;
            audit(&mut tx, entry).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn end_surge(&self, ward: &WardCode, at: DateTime<Utc>, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE volunteer_surges SET ended_at = $1 WHERE ward_code = $2 AND ended_at IS NULL")
            .bind(at)
            .bind(ward.as_str())
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn surges(&self) -> Result<Vec<WardCode>> {
        let rows =
            sqlx::query("SELECT DISTINCT ward_code FROM volunteer_surges WHERE ended_at IS NULL ORDER BY ward_code")
                .fetch_all(&self.reader)
                .await?;
        rows.iter().map(|r| read(r.try_get("ward_code")?)).collect()
    }

    async fn save_opportunity(&self, o: &Opportunity, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let mut q: QueryBuilder<Db> =
            QueryBuilder::new(format!("INSERT INTO volunteer_opportunities ({OPPORTUNITY_COLUMNS}) "));
        q.push_values([o], |mut b, o| {
            b.push_bind(o.id)
                .push_bind(o.organisation_id)
                .push_bind(o.title.clone())
                .push_bind(o.description.clone())
                .push_bind(o.kind.as_str())
                .push_bind(bits(o.skills.bits()))
                .push_bind(o.postcode.clone())
                .push_bind(o.at.lat)
                .push_bind(o.at.lng)
                .push_bind(o.ward.as_str().to_owned())
                .push_bind(o.starts_on)
                .push_bind(o.ends_on)
                .push_bind(o.created_by)
                .push_bind(o.created_at)
                .push_bind(o.updated_at)
                .push_bind(o.version);
        });
        if o.version > 1 {
            q.push(" ON CONFLICT (id) DO UPDATE SET ");
            let mut set = q.separated(", ");
            for column in OPPORTUNITY_COLUMNS.split(',').map(str::trim).skip(1) {
                set.push(format!("{column} = excluded.{column}"));
            }
            q.push(" WHERE volunteer_opportunities.version = ").push_bind(o.version - 1);
        }
        if q.build().execute(&mut *tx).await?.rows_affected() == 0 {
            return Err(StoreError::Conflict("volunteer_opportunities: changed by someone else meanwhile".into()));
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn opportunity(&self, id: Uuid) -> Result<Option<Opportunity>> {
        let sql = format!("SELECT {OPPORTUNITY_COLUMNS} FROM volunteer_opportunities WHERE id = $1");
        sqlx::query(&sql).bind(id).fetch_optional(&self.reader).await?.as_ref().map(opportunity).transpose()
    }

    async fn opportunities(&self, wards: &[WardCode], today: NaiveDate, limit: i64) -> Result<Vec<Opportunity>> {
        let mut q: QueryBuilder<Db> = QueryBuilder::new(format!(
            "SELECT {OPPORTUNITY_COLUMNS} FROM volunteer_opportunities WHERE (ends_on IS NULL OR ends_on >= "
        ));
        q.push_bind(today).push(")");
        push_wards(&mut q, "ward_code", wards);
        q.push(" ORDER BY created_at DESC, id LIMIT ").push_bind(limit);
        let rows = q.build().fetch_all(&self.reader).await?;
        rows.iter().map(opportunity).collect()
    }

    async fn create_request(&self, change: &RequestChange<'_>) -> Result<String> {
        let mut tx = self.begin().await?;
        let number: i64 = sqlx::query_scalar(
            "INSERT INTO help_numbers (name, last_number) VALUES ('request', 1)
             ON CONFLICT (name) DO UPDATE SET last_number = help_numbers.last_number + 1
             RETURNING last_number",
        )
        .fetch_one(&mut *tx)
        .await?;
        let reference = kith_core::volunteering::reference(number);
        insert_request(change.request, &reference).build().execute(&mut *tx).await?;
        insert_event(&mut tx, change.event).await?;
        let mut entry = change.audit.clone();
        entry.subject_id = reference.clone();
        audit(&mut tx, &entry).await?;
        insert_emails_for(&mut tx, change.emails, &reference).await?;
        tx.commit().await?;
        Ok(reference)
    }

    async fn save_request(&self, change: &RequestChange<'_>) -> Result<()> {
        let mut tx = self.begin().await?;
        if upsert_request(change.request).build().execute(&mut *tx).await?.rows_affected() == 0 {
            return Err(StoreError::Conflict("help_requests: changed by someone else meanwhile".into()));
        }
        insert_event(&mut tx, change.event).await?;
        audit(&mut tx, change.audit).await?;
        insert_emails(&mut tx, change.emails).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn save_requests(&self, changes: &[RequestChange<'_>]) -> Result<Vec<Uuid>> {
        let mut tx = self.begin().await?;
        let mut saved = Vec::with_capacity(changes.len());
        for change in changes {
            if upsert_request(change.request).build().execute(&mut *tx).await?.rows_affected() == 0 {
                continue;
            }
            insert_event(&mut tx, change.event).await?;
            audit(&mut tx, change.audit).await?;
            insert_emails(&mut tx, change.emails).await?;
            saved.push(change.request.id);
        }
        tx.commit().await?;
        Ok(saved)
    }

    async fn request(&self, id: Uuid) -> Result<Option<HelpRequest>> {
        let sql = format!("SELECT {REQUEST_COLUMNS} FROM help_requests WHERE id = $1");
        sqlx::query(&sql).bind(id).fetch_optional(&self.reader).await?.as_ref().map(request).transpose()
    }

    async fn request_by_reference(&self, reference: &str) -> Result<Option<HelpRequest>> {
        let sql = format!("SELECT {REQUEST_COLUMNS} FROM help_requests WHERE reference = $1");
        sqlx::query(&sql).bind(reference).fetch_optional(&self.reader).await?.as_ref().map(request).transpose()
    }

    async fn requests(&self, query: &RequestQuery) -> Result<(Vec<HelpRequest>, i64)> {
        let filters = |q: &mut QueryBuilder<'_, Db>| {
            push_wards(q, "ward_code", &query.wards);
            if !query.states.is_empty() {
                q.push(" AND state IN (");
                let mut list = q.separated(", ");
                for s in &query.states {
                    list.push_bind(s.as_str());
                }
                q.push(")");
            }
            if let Some(v) = query.volunteer {
                q.push(" AND volunteer_id = ").push_bind(v);
            }
            if let Some((at, metres)) = query.near {
                let (lat, lng) = at.degrees_around(metres);
                q.push(" AND lat BETWEEN ").push_bind(at.lat - lat).push(" AND ").push_bind(at.lat + lat);
                q.push(" AND lng BETWEEN ").push_bind(at.lng - lng).push(" AND ").push_bind(at.lng + lng);
            }
        };
        let mut count: QueryBuilder<Db> = QueryBuilder::new("SELECT COUNT(*) FROM help_requests WHERE 1 = 1");
        filters(&mut count);
        let total: i64 = count.build_query_scalar().fetch_one(&self.reader).await?;
        let mut q: QueryBuilder<Db> =
            QueryBuilder::new(format!("SELECT {REQUEST_COLUMNS} FROM help_requests WHERE 1 = 1"));
        filters(&mut q);
        match query.near {
            // The square of an equirectangular distance, in degrees of latitude: nearest first.
            Some((at, _)) => {
                let cos = at.lat.to_radians().cos();
                q.push(" ORDER BY (lat - ").push_bind(at.lat).push(") * (lat - ").push_bind(at.lat);
                q.push(") + (lng - ").push_bind(at.lng).push(") * (lng - ").push_bind(at.lng);
                q.push(") * ").push_bind(cos * cos).push(", id");
            }
            None => {
                q.push(" ORDER BY CASE urgency WHEN 'today' THEN 0 WHEN 'this_week' THEN 1 ELSE 2 END, created_at, id");
            }
        }
        q.push(" LIMIT ").push_bind(query.limit).push(" OFFSET ").push_bind(query.offset);
        let rows = q.build().fetch_all(&self.reader).await?;
        Ok((rows.iter().map(request).collect::<Result<_>>()?, total))
    }

    async fn help_events_of(&self, request_id: Uuid) -> Result<Vec<HelpEvent>> {
        let rows = sqlx::query("SELECT * FROM help_events WHERE request_id = $1 ORDER BY at, id")
            .bind(request_id)
            .fetch_all(&self.reader)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(HelpEvent {
                    id: r.try_get("id")?,
                    request_id: r.try_get("request_id")?,
                    at: r.try_get("at")?,
                    actor_id: r.try_get("actor_id")?,
                    actor: r.try_get("actor")?,
                    action: r.try_get("action")?,
                    volunteer_id: r.try_get("volunteer_id")?,
                    note: r.try_get("note")?,
                })
            })
            .collect()
    }

    async fn record_reveal(&self, event: &HelpEvent, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        insert_event(&mut tx, event).await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn unassigned_unescalated(
        &self,
        urgency: Urgency,
        before: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<HelpRequest>> {
        let sql = format!(
            "SELECT {REQUEST_COLUMNS} FROM help_requests
             WHERE state = 'open' AND urgency = $1 AND created_at <= $2 AND escalated_at IS NULL
             ORDER BY created_at, id LIMIT $3"
        );
        let rows = sqlx::query(&sql).bind(urgency.as_str()).bind(before).bind(limit).fetch_all(&self.reader).await?;
        rows.iter().map(request).collect()
    }

    async fn mark_requests_escalated(&self, ids: &[Uuid], at: DateTime<Utc>, emails: &[OutgoingEmail]) -> Result<()> {
        self.stamp("help_requests", "escalated_at", ids, at, emails).await
    }

    async fn mark_requests_reminded(&self, ids: &[Uuid], at: DateTime<Utc>, emails: &[OutgoingEmail]) -> Result<()> {
        self.stamp("help_requests", "reminded_at", ids, at, emails).await
    }

    async fn ward_counts(&self) -> Result<Vec<WardCounts>> {
        let mut wards: std::collections::BTreeMap<String, WardCounts> = Default::default();
        let volunteers =
            sqlx::query("SELECT ward_code, state, COUNT(*) AS n FROM volunteers GROUP BY ward_code, state")
                .fetch_all(&self.reader)
                .await?;
        for r in &volunteers {
            let ward: String = r.try_get("ward_code")?;
            let n: i64 = r.try_get("n")?;
            let counts = wards.entry(ward.clone()).or_insert_with(|| WardCounts { ward, ..Default::default() });
            match read::<VolunteerState>(r.try_get("state")?)? {
                VolunteerState::Ready => counts.ready += n,
                VolunteerState::Standby => counts.standby += n,
                VolunteerState::AwaitingChecks => counts.awaiting_checks += n,
                VolunteerState::Paused => counts.paused += n,
            }
        }
        let requests = sqlx::query(
            "SELECT ward_code, urgency, COUNT(*) AS n FROM help_requests WHERE state = 'open'
             GROUP BY ward_code, urgency",
        )
        .fetch_all(&self.reader)
        .await?;
        for r in &requests {
            let ward: String = r.try_get("ward_code")?;
            let n: i64 = r.try_get("n")?;
            let counts = wards.entry(ward.clone()).or_insert_with(|| WardCounts { ward, ..Default::default() });
            let slot = match read::<Urgency>(r.try_get("urgency")?)? {
                Urgency::Today => 0,
                Urgency::ThisWeek => 1,
                Urgency::Whenever => 2,
            };
            counts.unassigned[slot] += n;
        }
        Ok(wards.into_values().collect())
    }
}
