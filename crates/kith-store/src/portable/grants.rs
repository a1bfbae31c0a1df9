//! The grants' SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter (`sqlite`
//! and `postgres` include this file as their module, with `Adapter`, `DbRow` and `Db` naming their own types).

use super::{Adapter, Db, DbRow};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use kith_core::grants::{ApplicationDetails, GroupKind, Pence, PotRule, Promise, group_key};
use kith_core::places::WardCode;
use sqlx::{QueryBuilder, Row};
use uuid::Uuid;

use super::audit::insert as audit;
use super::outbox::{insert_emails, insert_emails_for};
use crate::grants::*;
use crate::outbox::OutgoingEmail;
use crate::{AuditEntry, Result, StoreError, read};

const FUND_COLUMNS: &str = "id, name, description, owner_id, budget_pence, max_award_pence, fast_track_pence,
    fast_track_days, standard_days, wards, kinds, criteria, pot_rule, programme_code, disagreement_tenths, created_at,
    updated_at, version";
const APPLICATION_COLUMNS: &str = "id, reference, fund_id, round_id, state, channel, keyed_by, ward_code,
    group_name, group_key, people_key, group_kind, amount_pence, details, draft, submitted_at, due_at, paused_at,
    decided_at, escalated_at, awarded_pence, decision_reason, payment_state, payment_reference, paid_at, return_due_on,
    return_reminded_at, duplicates, created_at, updated_at, version";

/// A JSON column read back into its type, or the store's complaint that it is not one.
fn json<T: serde::de::DeserializeOwned>(text: String, what: &str) -> Result<T> {
    serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

/// The part of an application's details that is published: read alone, so the people named in it (and the rest)
/// are skipped, not parsed, for each of tens of thousands of awards.
#[derive(serde::Deserialize)]
struct PublishedDetails {
    #[serde(default)]
    project_title: String,
    #[serde(default)]
    project_summary: String,
    #[serde(default)]
    charity_number: String,
    #[serde(default)]
    company_number: String,
    #[serde(default)]
    payee: Option<PublishedPayee>,
}

/// A payee as `kith_core::grants::Payee` stores it, keeping only a fiscal host's name.
#[derive(serde::Deserialize)]
#[serde(tag = "to", rename_all = "snake_case")]
enum PublishedPayee {
    GroupAccount {},
    FiscalHost { name: String },
}

fn score(r: &DbRow) -> Result<Score> {
    let score: i32 = r.try_get("score")?;
    Ok(Score {
        application_id: r.try_get("application_id")?,
        user_id: r.try_get("user_id")?,
        criterion: r.try_get("criterion")?,
        score: u8::try_from(score).map_err(|_| StoreError::Corrupt(format!("a score: {score}")))?,
        comment: r.try_get("comment")?,
        scored_at: r.try_get("scored_at")?,
    })
}

fn fund(r: &DbRow) -> Result<Fund> {
    let wards: Vec<String> = json(r.try_get("wards")?, "a fund's wards")?;
    let kinds: Vec<String> = json(r.try_get("kinds")?, "a fund's kinds of group")?;
    Ok(Fund {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        description: r.try_get("description")?,
        owner_id: r.try_get("owner_id")?,
        budget: Pence(r.try_get("budget_pence")?),
        max_award: Pence(r.try_get("max_award_pence")?),
        promise: Promise {
            fast_track_up_to: Pence(r.try_get("fast_track_pence")?),
            fast_track_days: days(r.try_get("fast_track_days")?)?,
            standard_days: days(r.try_get("standard_days")?)?,
        },
        wards: wards.into_iter().map(read::<WardCode>).collect::<Result<_>>()?,
        kinds: kinds.into_iter().map(read::<GroupKind>).collect::<Result<_>>()?,
        criteria: json(r.try_get("criteria")?, "a fund's criteria")?,
        pot_rule: read::<PotRule>(r.try_get("pot_rule")?)?,
        programme_code: r.try_get("programme_code")?,
        disagreement_tenths: days(r.try_get("disagreement_tenths")?)?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        version: r.try_get("version")?,
    })
}

/// A stored count that cannot be negative.
fn days(n: i32) -> Result<u32> {
    u32::try_from(n).map_err(|_| StoreError::Corrupt(format!("a count below zero: {n}")))
}

fn round(r: &DbRow) -> Result<Round> {
    Ok(Round {
        id: r.try_get("id")?,
        fund_id: r.try_get("fund_id")?,
        name: r.try_get("name")?,
        opens_on: r.try_get("opens_on")?,
        closes_on: r.try_get("closes_on")?,
        created_at: r.try_get("created_at")?,
    })
}

fn application(r: &DbRow) -> Result<Application> {
    let details: ApplicationDetails = json(r.try_get("details")?, "an application's details")?;
    let duplicates: String = r.try_get("duplicates")?;
    Ok(Application {
        id: r.try_get("id")?,
        reference: r.try_get("reference")?,
        fund_id: r.try_get("fund_id")?,
        round_id: r.try_get("round_id")?,
        state: read(r.try_get("state")?)?,
        channel: read(r.try_get("channel")?)?,
        keyed_by: r.try_get("keyed_by")?,
        ward: read(r.try_get("ward_code")?)?,
        group_name: r.try_get("group_name")?,
        group_kind: read(r.try_get("group_kind")?)?,
        amount: Pence(r.try_get("amount_pence")?),
        details,
        draft: r.try_get("draft")?,
        submitted_at: r.try_get("submitted_at")?,
        due_at: r.try_get("due_at")?,
        paused_at: r.try_get("paused_at")?,
        decided_at: r.try_get("decided_at")?,
        escalated_at: r.try_get("escalated_at")?,
        awarded: r.try_get::<Option<i64>, _>("awarded_pence")?.map(Pence),
        decision_reason: r.try_get("decision_reason")?,
        payment: read(r.try_get("payment_state")?)?,
        payment_reference: r.try_get("payment_reference")?,
        paid_at: r.try_get("paid_at")?,
        return_due_on: r.try_get("return_due_on")?,
        return_reminded_at: r.try_get("return_reminded_at")?,
        duplicates: duplicates.split_whitespace().map(str::to_owned).collect(),
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        version: r.try_get("version")?,
    })
}

fn event(r: &DbRow) -> Result<GrantEvent> {
    Ok(GrantEvent {
        id: r.try_get("id")?,
        application_id: r.try_get("application_id")?,
        at: r.try_get("at")?,
        actor_id: r.try_get("actor_id")?,
        actor: r.try_get("actor")?,
        action: r.try_get("action")?,
        note: r.try_get("note")?,
    })
}

/// `INSERT INTO grant_applications` with `a`'s values, under `reference`.
fn insert_application(a: &Application, reference: &str) -> QueryBuilder<'static, Db> {
    let mut q: QueryBuilder<Db> = QueryBuilder::new(format!("INSERT INTO grant_applications ({APPLICATION_COLUMNS}) "));
    q.push_values([a], |mut b, a| {
        b.push_bind(a.id)
            .push_bind(reference.to_owned())
            .push_bind(a.fund_id)
            .push_bind(a.round_id)
            .push_bind(a.state.as_str())
            .push_bind(a.channel.as_str())
            .push_bind(a.keyed_by)
            .push_bind(a.ward.as_str().to_owned())
            .push_bind(a.group_name.clone())
            .push_bind(group_key(&a.group_name))
            .push_bind(a.people_key())
            .push_bind(a.group_kind.as_str())
            .push_bind(a.amount.0)
            .push_bind(to_json(&a.details))
            .push_bind(a.draft.clone())
            .push_bind(a.submitted_at)
            .push_bind(a.due_at)
            .push_bind(a.paused_at)
            .push_bind(a.decided_at)
            .push_bind(a.escalated_at)
            .push_bind(a.awarded.map(|p| p.0))
            .push_bind(a.decision_reason.clone())
            .push_bind(a.payment.as_str())
            .push_bind(a.payment_reference.clone())
            .push_bind(a.paid_at)
            .push_bind(a.return_due_on)
            .push_bind(a.return_reminded_at)
            .push_bind(a.duplicates.join(" "))
            .push_bind(a.created_at)
            .push_bind(a.updated_at)
            .push_bind(a.version);
    });
    q
}

async fn insert_event(tx: &mut sqlx::Transaction<'static, Db>, e: &GrantEvent) -> Result<()> {
    sqlx::query(
        "INSERT INTO grant_events (id, application_id, at, actor_id, actor, action, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(e.id)
    .bind(e.application_id)
    .bind(e.at)
    .bind(e.actor_id)
    .bind(&e.actor)
    .bind(&e.action)
    .bind(&e.note)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[async_trait]
impl GrantStore for Adapter {
    async fn save_fund(&self, f: &Fund, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let wards: Vec<&str> = f.wards.iter().map(WardCode::as_str).collect();
        let kinds: Vec<&str> = f.kinds.iter().map(|k| k.as_str()).collect();
        let mut q: QueryBuilder<Db> = QueryBuilder::new(format!("INSERT INTO grant_funds ({FUND_COLUMNS}) "));
        q.push_values([f], |mut b, f| {
            b.push_bind(f.id)
                .push_bind(f.name.clone())
                .push_bind(f.description.clone())
                .push_bind(f.owner_id)
                .push_bind(f.budget.0)
                .push_bind(f.max_award.0)
                .push_bind(f.promise.fast_track_up_to.0)
                .push_bind(f.promise.fast_track_days as i32)
                .push_bind(f.promise.standard_days as i32)
                .push_bind(to_json(&wards))
                .push_bind(to_json(&kinds))
                .push_bind(to_json(&f.criteria))
                .push_bind(f.pot_rule.as_str())
                .push_bind(f.programme_code.clone())
                .push_bind(f.disagreement_tenths as i32)
                .push_bind(f.created_at)
                .push_bind(f.updated_at)
                .push_bind(f.version);
        });
        q.push(" ON CONFLICT (id) DO UPDATE SET ");
        let mut set = q.separated(", ");
        for column in FUND_COLUMNS.split(',').map(str::trim).skip(1) {
            set.push(format!("{column} = excluded.{column}"));
        }
        q.push(" WHERE grant_funds.version = ").push_bind(f.version - 1);
        if q.build().execute(&mut *tx).await?.rows_affected() == 0 {
            return Err(StoreError::Conflict("grant_funds: changed by someone else meanwhile".into()));
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn funds(&self) -> Result<Vec<Fund>> {
        let sql = format!("SELECT {FUND_COLUMNS} FROM grant_funds ORDER BY name, id");
        sqlx::query(&sql).fetch_all(&self.reader).await?.iter().map(fund).collect()
    }

    async fn fund(&self, id: Uuid) -> Result<Option<Fund>> {
        let sql = format!("SELECT {FUND_COLUMNS} FROM grant_funds WHERE id = $1");
        sqlx::query(&sql).bind(id).fetch_optional(&self.reader).await?.as_ref().map(fund).transpose()
    }

    async fn save_round(&self, r: &Round, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO grant_rounds (id, fund_id, name, opens_on, closes_on, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, opens_on = excluded.opens_on,
             closes_on = excluded.closes_on",
        )
        .bind(r.id)
        .bind(r.fund_id)
        .bind(&r.name)
        .bind(r.opens_on)
        .bind(r.closes_on)
        .bind(r.created_at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn rounds_of(&self, fund_id: Uuid) -> Result<Vec<Round>> {
        sqlx::query("SELECT * FROM grant_rounds WHERE fund_id = $1 ORDER BY opens_on, id")
            .bind(fund_id)
            .fetch_all(&self.reader)
            .await?
            .iter()
            .map(round)
            .collect()
    }

    async fn round(&self, id: Uuid) -> Result<Option<Round>> {
        let row = sqlx::query("SELECT * FROM grant_rounds WHERE id = $1").bind(id).fetch_optional(&self.reader).await?;
        row.as_ref().map(round).transpose()
    }

    async fn create_application(&self, change: &ApplicationChange<'_>) -> Result<String> {
        let mut tx = self.begin().await?;
        let number: i64 = sqlx::query_scalar(
            "INSERT INTO grant_numbers (name, last_number) VALUES ('application', 1)
             ON CONFLICT (name) DO UPDATE SET last_number = grant_numbers.last_number + 1
             RETURNING last_number",
        )
        .fetch_one(&mut *tx)
        .await?;
        let reference = kith_core::grants::reference(number);
        insert_application(change.application, &reference).build().execute(&mut *tx).await?;
        insert_event(&mut tx, change.event).await?;
        let mut entry = change.audit.clone();
        entry.subject_id = reference.clone();
        audit(&mut tx, &entry).await?;
        insert_emails_for(&mut tx, change.emails, &reference).await?;
        tx.commit().await?;
        Ok(reference)
    }

    async fn save_application(&self, change: &ApplicationChange<'_>) -> Result<()> {
        let a = change.application;
        let mut tx = self.begin().await?;
        let mut q = insert_application(a, &a.reference);
        q.push(" ON CONFLICT (id) DO UPDATE SET ");
        let mut set = q.separated(", ");
        for column in APPLICATION_COLUMNS.split(',').map(str::trim).skip(2) {
            set.push(format!("{column} = excluded.{column}"));
        }
        q.push(" WHERE grant_applications.version = ").push_bind(a.version - 1);
        if q.build().execute(&mut *tx).await?.rows_affected() == 0 {
            return Err(StoreError::Conflict("grant_applications: changed by someone else meanwhile".into()));
        }
        insert_event(&mut tx, change.event).await?;
        audit(&mut tx, change.audit).await?;
        insert_emails(&mut tx, change.emails).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn application(&self, id: Uuid) -> Result<Option<Application>> {
        let sql = format!("SELECT {APPLICATION_COLUMNS} FROM grant_applications WHERE id = $1");
        sqlx::query(&sql).bind(id).fetch_optional(&self.reader).await?.as_ref().map(application).transpose()
    }

    async fn application_by_reference(&self, reference: &str) -> Result<Option<Application>> {
        let sql = format!("SELECT {APPLICATION_COLUMNS} FROM grant_applications WHERE reference = $1");
        sqlx::query(&sql).bind(reference).fetch_optional(&self.reader).await?.as_ref().map(application).transpose()
    }

    async fn applications(&self, query: &ApplicationQuery) -> Result<(Vec<Application>, i64)> {
        let mut count: QueryBuilder<Db> = QueryBuilder::new("SELECT COUNT(*) FROM grant_applications");
        application_filters(&mut count, query);
        let total: i64 = count.build_query_scalar().fetch_one(&self.reader).await?;
        // A queue over several funds or states is read one fund and state at a time, each in its index's order and
        // at most a page deep, and merged, in one query: reading them together would sort every match for a page.
        let (funds, states) = (query.funds.len().max(1), query.states.len().max(1));
        if query.order == Order::Due && funds * states > 1 {
            let wanted = query.offset.saturating_add(query.limit);
            let parts: Vec<ApplicationQuery> = (0..funds)
                .flat_map(|f| (0..states).map(move |st| (f, st)))
                .map(|(f, st)| ApplicationQuery {
                    funds: query.funds.get(f).into_iter().copied().collect(),
                    states: query.states.get(st).into_iter().copied().collect(),
                    ..query.clone()
                })
                .collect();
            let mut q: QueryBuilder<Db> = QueryBuilder::new("SELECT * FROM (");
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    q.push(" UNION ALL ");
                }
                q.push(format!("SELECT * FROM (SELECT {APPLICATION_COLUMNS} FROM grant_applications"));
                application_filters(&mut q, part);
                q.push(" ORDER BY due_at, id LIMIT ").push_bind(wanted).push(format!(") AS part{i}"));
            }
            q.push(") AS merged ORDER BY due_at, id LIMIT ").push_bind(query.limit);
            q.push(" OFFSET ").push_bind(query.offset);
            let rows = q.build().fetch_all(&self.reader).await?;
            return Ok((rows.iter().map(application).collect::<Result<_>>()?, total));
        }
        Ok((self.page_of(query).await?, total))
    }

    async fn possible_duplicates(
        &self,
        round_id: Uuid,
        key: &str,
        emails: &[String],
        except: Uuid,
    ) -> Result<Vec<String>> {
        let mut q: QueryBuilder<Db> =
            QueryBuilder::new("SELECT reference, people_key FROM grant_applications WHERE round_id = ");
        q.push_bind(round_id).push(" AND id <> ").push_bind(except);
        q.push(" AND state NOT IN ('draft', 'withdrawn') AND (group_key = ").push_bind(key.to_owned());
        for email in emails.iter().take(10) {
            q.push(" OR ' ' || people_key || ' ' LIKE ").push_bind(format!("% {} %", email.replace(['%', '_'], "")));
        }
        q.push(") ORDER BY reference LIMIT 20");
        let rows = q.build().fetch_all(&self.reader).await?;
        rows.iter().map(|r| Ok(r.try_get("reference")?)).collect()
    }

    async fn events_of(&self, application_id: Uuid) -> Result<Vec<GrantEvent>> {
        sqlx::query("SELECT * FROM grant_events WHERE application_id = $1 ORDER BY at, id")
            .bind(application_id)
            .fetch_all(&self.reader)
            .await?
            .iter()
            .map(event)
            .collect()
    }

    async fn invite_to_panel(&self, m: &PanelMember, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO grant_panel_members (round_id, user_id, invited_at) VALUES ($1, $2, $3)
             ON CONFLICT (round_id, user_id) DO NOTHING",
        )
        .bind(m.round_id)
        .bind(m.user_id)
        .bind(m.invited_at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn panel_of(&self, round_id: Uuid) -> Result<Vec<PanelMember>> {
        let rows = sqlx::query("SELECT * FROM grant_panel_members WHERE round_id = $1 ORDER BY invited_at, user_id")
            .bind(round_id)
            .fetch_all(&self.reader)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(PanelMember {
                    round_id: r.try_get("round_id")?,
                    user_id: r.try_get("user_id")?,
                    invited_at: r.try_get("invited_at")?,
                })
            })
            .collect()
    }

    async fn panels_of(&self, user: Uuid) -> Result<Vec<Uuid>> {
        let rows = sqlx::query("SELECT round_id FROM grant_panel_members WHERE user_id = $1 ORDER BY invited_at")
            .bind(user)
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(|r| Ok(r.try_get("round_id")?)).collect()
    }

    async fn declare(&self, d: &Declaration, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO grant_declarations (application_id, user_id, interest, note, suggested, declared_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(d.application_id)
        .bind(d.user_id)
        .bind(d.interest.as_str())
        .bind(&d.note)
        .bind(&d.suggested)
        .bind(d.declared_at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn declarations_of(&self, application: Uuid) -> Result<Vec<Declaration>> {
        self.declarations_for(&[application]).await
    }

    async fn declarations_for(&self, applications: &[Uuid]) -> Result<Vec<Declaration>> {
        if applications.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = QueryBuilder::new("SELECT * FROM grant_declarations WHERE application_id IN (");
        let mut ids = q.separated(", ");
        for id in applications {
            ids.push_bind(*id);
        }
        q.push(") ORDER BY declared_at");
        let rows = q.build().fetch_all(&self.reader).await?;
        rows.iter().map(declaration).collect()
    }

    async fn declarations_by(&self, user: Uuid, round_id: Uuid) -> Result<Vec<Declaration>> {
        let rows = sqlx::query(
            "SELECT d.* FROM grant_declarations d JOIN grant_applications a ON a.id = d.application_id
             WHERE d.user_id = $1 AND a.round_id = $2 ORDER BY d.declared_at",
        )
        .bind(user)
        .bind(round_id)
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(declaration).collect()
    }

    async fn save_scores(&self, application: Uuid, user: Uuid, scores: &[Score], entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM grant_scores WHERE application_id = $1 AND user_id = $2")
            .bind(application)
            .bind(user)
            .execute(&mut *tx)
            .await?;
        for s in scores {
            sqlx::query(
                "INSERT INTO grant_scores (application_id, user_id, criterion, score, comment, scored_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(application)
            .bind(user)
            .bind(&s.criterion)
            .bind(i32::from(s.score))
            .bind(&s.comment)
            .bind(s.scored_at)
            .execute(&mut *tx)
            .await?;
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn scores_of(&self, application: Uuid) -> Result<Vec<Score>> {
        self.scores_for(&[application]).await
    }

    async fn scores_for(&self, applications: &[Uuid]) -> Result<Vec<Score>> {
        if applications.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = QueryBuilder::new("SELECT * FROM grant_scores WHERE application_id IN (");
        let mut ids = q.separated(", ");
        for id in applications {
            ids.push_bind(*id);
        }
        q.push(") ORDER BY application_id, user_id, criterion");
        let rows = q.build().fetch_all(&self.reader).await?;
        rows.iter().map(score).collect()
    }

    async fn awards(&self, limit: i64) -> Result<Vec<Award>> {
        let rows = sqlx::query(
            "SELECT reference, fund_id, ward_code, group_name, group_kind, details, awarded_pence, decided_at
             FROM grant_applications WHERE state IN ('awarded', 'part_awarded')
             AND awarded_pence IS NOT NULL AND decided_at IS NOT NULL LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.reader)
        .await?;
        rows.iter()
            .map(|r| {
                let published: PublishedDetails = json(r.try_get("details")?, "an application's details")?;
                Ok(Award {
                    reference: r.try_get("reference")?,
                    fund_id: r.try_get("fund_id")?,
                    ward: read(r.try_get("ward_code")?)?,
                    group_name: r.try_get("group_name")?,
                    group_kind: read(r.try_get("group_kind")?)?,
                    title: published.project_title,
                    summary: published.project_summary,
                    charity_number: published.charity_number,
                    company_number: published.company_number,
                    fiscal_host: match published.payee {
                        Some(PublishedPayee::FiscalHost { name }) => Some(name),
                        _ => None,
                    },
                    awarded: Pence(r.try_get("awarded_pence")?),
                    decided_at: r.try_get("decided_at")?,
                })
            })
            .collect()
    }

    async fn awards_mark(&self) -> Result<AwardsMark> {
        let r = sqlx::query(
            "SELECT a.awards, a.award_versions, a.awarded_pence, f.funds, f.fund_versions
             FROM (SELECT COUNT(*) AS awards, CAST(COALESCE(SUM(version), 0) AS BIGINT) AS award_versions,
                          CAST(COALESCE(SUM(awarded_pence), 0) AS BIGINT) AS awarded_pence
                   FROM grant_applications WHERE state IN ('awarded', 'part_awarded')) a,
                  (SELECT COUNT(*) AS funds, CAST(COALESCE(SUM(version), 0) AS BIGINT) AS fund_versions
                   FROM grant_funds) f",
        )
        .fetch_one(&self.reader)
        .await?;
        Ok(AwardsMark {
            awards: r.try_get("awards")?,
            award_versions: r.try_get("award_versions")?,
            awarded_pence: r.try_get("awarded_pence")?,
            funds: r.try_get("funds")?,
            fund_versions: r.try_get("fund_versions")?,
        })
    }

    async fn scored_by(&self, user: Uuid, round_id: Uuid) -> Result<Vec<Uuid>> {
        let rows = sqlx::query(
            "SELECT DISTINCT s.application_id FROM grant_scores s JOIN grant_applications a ON a.id = s.application_id
             WHERE s.user_id = $1 AND a.round_id = $2",
        )
        .bind(user)
        .bind(round_id)
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(|r| Ok(r.try_get("application_id")?)).collect()
    }

    async fn late_unescalated(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<Application>> {
        let sql = format!(
            "SELECT {APPLICATION_COLUMNS} FROM grant_applications
             WHERE state = 'submitted' AND due_at <= $1 AND escalated_at IS NULL ORDER BY due_at, id LIMIT $2"
        );
        let rows = sqlx::query(&sql).bind(now).bind(limit).fetch_all(&self.reader).await?;
        rows.iter().map(application).collect()
    }

    async fn mark_escalated(&self, ids: &[Uuid], at: DateTime<Utc>, emails: &[OutgoingEmail]) -> Result<()> {
        self.stamp("grant_applications", "escalated_at", ids, at, emails).await
    }

    async fn save_return(&self, g: &GrantReturn, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO grant_returns (application_id, what_happened, people_reached, spent_on, learned, submitted_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(g.application_id)
        .bind(&g.what_happened)
        .bind(g.people_reached.map(|n| i32::try_from(n).unwrap_or(i32::MAX)))
        .bind(&g.spent_on)
        .bind(&g.learned)
        .bind(g.submitted_at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn return_of(&self, application: Uuid) -> Result<Option<GrantReturn>> {
        let row = sqlx::query("SELECT * FROM grant_returns WHERE application_id = $1")
            .bind(application)
            .fetch_optional(&self.reader)
            .await?;
        row.as_ref().map(grant_return).transpose()
    }

    async fn returns_due(&self, today: NaiveDate, limit: i64) -> Result<Vec<Application>> {
        let sql = format!(
            "SELECT {APPLICATION_COLUMNS} FROM grant_applications
             WHERE state IN ('awarded', 'part_awarded') AND return_due_on <= $1 AND return_reminded_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM grant_returns r WHERE r.application_id = grant_applications.id)
             ORDER BY return_due_on, id LIMIT $2"
        );
        let rows = sqlx::query(&sql).bind(today).bind(limit).fetch_all(&self.reader).await?;
        rows.iter().map(application).collect()
    }

    async fn mark_return_reminded(&self, ids: &[Uuid], at: DateTime<Utc>, emails: &[OutgoingEmail]) -> Result<()> {
        self.stamp("grant_applications", "return_reminded_at", ids, at, emails).await
    }
}

fn application_filters<'q>(q: &mut QueryBuilder<'q, Db>, f: &'q ApplicationQuery) {
    q.push(" WHERE 1 = 1");
    if !f.funds.is_empty() {
        q.push(" AND fund_id IN (");
        let mut s = q.separated(", ");
        for fund in &f.funds {
            s.push_bind(*fund);
        }
        q.push(")");
    }
    if let Some(round) = f.round {
        q.push(" AND round_id = ").push_bind(round);
    }
    if !f.states.is_empty() {
        q.push(" AND state IN (");
        let mut s = q.separated(", ");
        for state in &f.states {
            s.push_bind(state.as_str());
        }
        q.push(")");
    }
    if let Some(more) = f.more_than {
        q.push(" AND amount_pence > ").push_bind(more.0);
    }
}

impl Adapter {
    /// Stamps `column` of `table` (a moment the worker told someone of an application or a request) with `at` on
    /// the rows not yet stamped, with the emails that tell of them, in one transaction.
    pub(super) async fn stamp(
        &self,
        table: &'static str,
        column: &'static str,
        ids: &[Uuid],
        at: DateTime<Utc>,
        emails: &[OutgoingEmail],
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        for id in ids {
            sqlx::query(&format!("UPDATE {table} SET {column} = $1 WHERE id = $2 AND {column} IS NULL"))
                .bind(at)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        insert_emails(&mut tx, emails).await?;
        tx.commit().await?;
        Ok(())
    }

    /// One page of applications in the query's order.
    async fn page_of(&self, query: &ApplicationQuery) -> Result<Vec<Application>> {
        let mut q: QueryBuilder<Db> =
            QueryBuilder::new(format!("SELECT {APPLICATION_COLUMNS} FROM grant_applications"));
        application_filters(&mut q, query);
        q.push(match query.order {
            Order::Newest => " ORDER BY created_at DESC, id DESC",
            Order::Due => " ORDER BY due_at, id",
            Order::Any => "",
        });
        q.push(" LIMIT ").push_bind(query.limit).push(" OFFSET ").push_bind(query.offset);
        let rows = q.build().fetch_all(&self.reader).await?;
        rows.iter().map(application).collect()
    }
}

fn grant_return(r: &DbRow) -> Result<GrantReturn> {
    let people: Option<i32> = r.try_get("people_reached")?;
    Ok(GrantReturn {
        application_id: r.try_get("application_id")?,
        what_happened: r.try_get("what_happened")?,
        people_reached: people.map(days).transpose()?,
        spent_on: r.try_get("spent_on")?,
        learned: r.try_get("learned")?,
        submitted_at: r.try_get("submitted_at")?,
    })
}

fn declaration(r: &DbRow) -> Result<Declaration> {
    Ok(Declaration {
        application_id: r.try_get("application_id")?,
        user_id: r.try_get("user_id")?,
        interest: read(r.try_get("interest")?)?,
        note: r.try_get("note")?,
        suggested: r.try_get("suggested")?,
        declared_at: r.try_get("declared_at")?,
    })
}
