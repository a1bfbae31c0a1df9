//! The forums' SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter
//! (`sqlite` and `postgres` include this file as their module, with `Adapter`, `DbRow` and `Db` naming their own
//! types). No per-backend branches inside.

use super::{Adapter, Db, DbRow};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use kith_core::forums::{ActionStatus, PriorityState};
use kith_core::places::WardCode;
use sqlx::{QueryBuilder, Row};
use uuid::Uuid;

use super::audit::insert as audit;
use super::outbox::insert_emails;
use crate::forums::*;
use crate::outbox::OutgoingEmail;
use crate::{AuditEntry, Result, StoreError, read};

const FORUM_COLUMNS: &str = "id, ward_code, title, starts_at, ends_at, venue, location_id, online_url, agenda,
    minutes, attendance, cancelled_at, created_at, updated_at, version";
const PRIORITY_COLUMNS: &str = "id, ward_code, title, description, state, proposer_name, proposer_email, note,
    supporters, forum_id, decided_at, created_at, updated_at, version";
const ACTION_COLUMNS: &str = "id, priority_id, parent_id, ward_code, title, description, owner_org,
    owner_member, owner_name, owner_email, due_on, status, dropped_reason, progress, weight, reminded_at,
    created_at, updated_at, version";
const UPDATE_COLUMNS: &str =
    "id, action_id, priority_id, at, actor_id, actor, via, kind, status, progress, note, links";
const MEMBER_COLUMNS: &str = "id, area_kind, area_id, organisation_id, name, email, phone, role, added_at, removed_at";
const PARTNERSHIP_COLUMNS: &str = "id, org_a, org_b, kind, started_on, ended_on, note, created_at, updated_at";

type Values<'a, 'b> = sqlx::query_builder::Separated<'a, 'b, Db, &'static str>;

fn forum(r: &DbRow) -> Result<Forum> {
    Ok(Forum {
        id: r.try_get("id")?,
        ward_code: read(r.try_get("ward_code")?)?,
        title: r.try_get("title")?,
        starts_at: r.try_get("starts_at")?,
        ends_at: r.try_get("ends_at")?,
        venue: r.try_get("venue")?,
        location_id: r.try_get("location_id")?,
        online_url: r.try_get("online_url")?,
        agenda: r.try_get("agenda")?,
        minutes: r.try_get("minutes")?,
        attendance: r.try_get("attendance")?,
        cancelled_at: r.try_get("cancelled_at")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        version: r.try_get("version")?,
    })
}

fn push_forum(mut b: Values<'_, '_>, f: &Forum) {
    b.push_bind(f.id)
        .push_bind(f.ward_code.as_str().to_owned())
        .push_bind(f.title.clone())
        .push_bind(f.starts_at)
        .push_bind(f.ends_at)
        .push_bind(f.venue.clone())
        .push_bind(f.location_id)
        .push_bind(f.online_url.clone())
        .push_bind(f.agenda.clone())
        .push_bind(f.minutes.clone())
        .push_bind(f.attendance)
        .push_bind(f.cancelled_at)
        .push_bind(f.created_at)
        .push_bind(f.updated_at)
        .push_bind(f.version);
}

fn priority(r: &DbRow) -> Result<Priority> {
    let state: String = r.try_get("state")?;
    Ok(Priority {
        id: r.try_get("id")?,
        ward_code: read(r.try_get("ward_code")?)?,
        title: r.try_get("title")?,
        description: r.try_get("description")?,
        state: PriorityState::parse(&state).ok_or_else(|| StoreError::Corrupt(format!("priority state {state:?}")))?,
        proposer_name: r.try_get("proposer_name")?,
        proposer_email: r.try_get("proposer_email")?,
        note: r.try_get("note")?,
        supporters: r.try_get("supporters")?,
        forum_id: r.try_get("forum_id")?,
        decided_at: r.try_get("decided_at")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        version: r.try_get("version")?,
    })
}

fn push_priority(mut b: Values<'_, '_>, p: &Priority) {
    b.push_bind(p.id)
        .push_bind(p.ward_code.as_str().to_owned())
        .push_bind(p.title.clone())
        .push_bind(p.description.clone())
        .push_bind(p.state.as_str())
        .push_bind(p.proposer_name.clone())
        .push_bind(p.proposer_email.clone())
        .push_bind(p.note.clone())
        .push_bind(p.supporters)
        .push_bind(p.forum_id)
        .push_bind(p.decided_at)
        .push_bind(p.created_at)
        .push_bind(p.updated_at)
        .push_bind(p.version);
}

fn status_of(text: &str) -> Result<ActionStatus> {
    ActionStatus::parse(text).ok_or_else(|| StoreError::Corrupt(format!("action status {text:?}")))
}

fn action(r: &DbRow) -> Result<Action> {
    Ok(Action {
        id: r.try_get("id")?,
        priority_id: r.try_get("priority_id")?,
        parent_id: r.try_get("parent_id")?,
        ward_code: read(r.try_get("ward_code")?)?,
        title: r.try_get("title")?,
        description: r.try_get("description")?,
        owner_org: r.try_get("owner_org")?,
        owner_member: r.try_get("owner_member")?,
        owner_name: r.try_get("owner_name")?,
        owner_email: r.try_get("owner_email")?,
        due_on: r.try_get("due_on")?,
        status: status_of(r.try_get("status")?)?,
        dropped_reason: r.try_get("dropped_reason")?,
        progress: r.try_get("progress")?,
        weight: r.try_get("weight")?,
        reminded_at: r.try_get("reminded_at")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        version: r.try_get("version")?,
    })
}

fn push_action(mut b: Values<'_, '_>, a: &Action) {
    b.push_bind(a.id)
        .push_bind(a.priority_id)
        .push_bind(a.parent_id)
        .push_bind(a.ward_code.as_str().to_owned())
        .push_bind(a.title.clone())
        .push_bind(a.description.clone())
        .push_bind(a.owner_org)
        .push_bind(a.owner_member)
        .push_bind(a.owner_name.clone())
        .push_bind(a.owner_email.clone())
        .push_bind(a.due_on)
        .push_bind(a.status.as_str())
        .push_bind(a.dropped_reason.clone())
        .push_bind(a.progress)
        .push_bind(a.weight)
        .push_bind(a.reminded_at)
        .push_bind(a.created_at)
        .push_bind(a.updated_at)
        .push_bind(a.version);
}

fn update(r: &DbRow) -> Result<ActionUpdate> {
    let links: String = r.try_get("links")?;
    Ok(ActionUpdate {
        id: r.try_get("id")?,
        action_id: r.try_get("action_id")?,
        priority_id: r.try_get("priority_id")?,
        at: r.try_get("at")?,
        actor_id: r.try_get("actor_id")?,
        actor: r.try_get("actor")?,
        via: r.try_get("via")?,
        kind: r.try_get("kind")?,
        status: status_of(r.try_get("status")?)?,
        progress: r.try_get("progress")?,
        note: r.try_get("note")?,
        links: links.lines().filter(|l| !l.is_empty()).map(str::to_owned).collect(),
    })
}

fn push_update(mut b: Values<'_, '_>, u: &ActionUpdate) {
    b.push_bind(u.id)
        .push_bind(u.action_id)
        .push_bind(u.priority_id)
        .push_bind(u.at)
        .push_bind(u.actor_id)
        .push_bind(u.actor.clone())
        .push_bind(u.via.clone())
        .push_bind(u.kind.clone())
        .push_bind(u.status.as_str())
        .push_bind(u.progress)
        .push_bind(u.note.clone())
        .push_bind(u.links.join("\n"));
}

fn member(r: &DbRow) -> Result<Member> {
    Ok(Member {
        id: r.try_get("id")?,
        area_kind: r.try_get("area_kind")?,
        area_id: r.try_get("area_id")?,
        organisation_id: r.try_get("organisation_id")?,
        name: r.try_get("name")?,
        email: r.try_get("email")?,
        phone: r.try_get("phone")?,
        role: r.try_get("role")?,
        added_at: r.try_get("added_at")?,
        removed_at: r.try_get("removed_at")?,
    })
}

fn push_member(mut b: Values<'_, '_>, m: &Member) {
    b.push_bind(m.id)
        .push_bind(m.area_kind.clone())
        .push_bind(m.area_id.clone())
        .push_bind(m.organisation_id)
        .push_bind(m.name.clone())
        .push_bind(m.email.clone())
        .push_bind(m.phone.clone())
        .push_bind(m.role.clone())
        .push_bind(m.added_at)
        .push_bind(m.removed_at);
}

fn link(r: &DbRow) -> Result<PartnerLink> {
    Ok(PartnerLink {
        id: r.try_get("id")?,
        member_id: r.try_get("member_id")?,
        created_by: r.try_get("created_by")?,
        contact_name: r.try_get("contact_name")?,
        contact_email: r.try_get("contact_email")?,
        created_at: r.try_get("created_at")?,
        expires_at: r.try_get("expires_at")?,
        revoked_at: r.try_get("revoked_at")?,
        last_used_at: r.try_get("last_used_at")?,
    })
}

fn partnership(r: &DbRow) -> Result<Partnership> {
    Ok(Partnership {
        id: r.try_get("id")?,
        org_a: r.try_get("org_a")?,
        org_b: r.try_get("org_b")?,
        kind: r.try_get("kind")?,
        started_on: r.try_get("started_on")?,
        ended_on: r.try_get("ended_on")?,
        note: r.try_get("note")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

fn push_partnership(mut b: Values<'_, '_>, p: &Partnership) {
    b.push_bind(p.id)
        .push_bind(p.org_a)
        .push_bind(p.org_b)
        .push_bind(p.kind.clone())
        .push_bind(p.started_on)
        .push_bind(p.ended_on)
        .push_bind(p.note.clone())
        .push_bind(p.created_at)
        .push_bind(p.updated_at);
}

fn push_profile(mut b: Values<'_, '_>, p: &Profile) {
    b.push_bind(p.organisation_id)
        .push_bind(p.ward_code.as_ref().map(|w| w.as_str().to_owned()))
        .push_bind(p.description.clone())
        .push_bind(p.website.clone())
        .push_bind(p.updated_at);
}

/// `INSERT INTO table (columns) VALUES …` for `rows`; with `upsert`, a row already there is overwritten
/// whole, and with `version` only over that stored version.
fn insert<'a, T: 'a>(
    table: &str,
    columns: &str,
    rows: impl IntoIterator<Item = &'a T>,
    push: fn(Values<'_, '_>, &T),
    upsert: bool,
    version: Option<i32>,
) -> QueryBuilder<'static, Db> {
    let mut q: QueryBuilder<Db> = QueryBuilder::new(format!("INSERT INTO {table} ({columns}) "));
    q.push_values(rows, |b, row| push(b, row));
    if upsert {
        let key = columns.split(',').next().unwrap_or("id").trim();
        q.push(format!(" ON CONFLICT ({key}) DO UPDATE SET "));
        let mut set = q.separated(", ");
        for column in columns.split(',').map(str::trim).skip(1) {
            set.push(format!("{column} = excluded.{column}"));
        }
        if let Some(v) = version {
            q.push(format!(" WHERE {table}.version = ")).push_bind(v);
        }
    }
    q
}

/// Writes a versioned row: new at version 1, else only over the version before.
async fn versioned<T>(
    tx: &mut sqlx::Transaction<'static, Db>,
    table: &str,
    columns: &str,
    row: &T,
    version: i32,
    push: fn(Values<'_, '_>, &T),
) -> Result<()> {
    let changed = insert(table, columns, [row], push, true, Some(version - 1)).build().execute(&mut **tx).await?;
    if changed.rows_affected() == 0 {
        return Err(StoreError::Conflict(format!("{table}: changed by someone else meanwhile")));
    }
    Ok(())
}

async fn bulk<T>(
    tx: &mut sqlx::Transaction<'static, Db>,
    table: &str,
    columns: &str,
    rows: &[T],
    push: fn(Values<'_, '_>, &T),
) -> Result<()> {
    // In batches, well inside SQLite's limit on bound values.
    let per = (30_000 / columns.split(',').count()).max(1);
    for chunk in rows.chunks(per) {
        insert(table, columns, chunk, push, false, None).build().execute(&mut **tx).await?;
    }
    Ok(())
}

#[async_trait]
impl ForumStore for Adapter {
    async fn save_forum(&self, f: &Forum, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        versioned(&mut tx, "forums", FORUM_COLUMNS, f, f.version, push_forum).await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn forum(&self, id: Uuid) -> Result<Option<Forum>> {
        let row = sqlx::query(&format!("SELECT {FORUM_COLUMNS} FROM forums WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.reader)
            .await?;
        row.as_ref().map(forum).transpose()
    }

    async fn forums_of_ward(&self, ward: &str) -> Result<Vec<Forum>> {
        let sql = format!("SELECT {FORUM_COLUMNS} FROM forums WHERE ward_code = $1 ORDER BY starts_at, id");
        sqlx::query(&sql).bind(ward).fetch_all(&self.reader).await?.iter().map(forum).collect()
    }

    async fn forums_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Forum>> {
        let sql = format!(
            "SELECT {FORUM_COLUMNS} FROM forums WHERE starts_at >= $1 AND starts_at < $2 ORDER BY starts_at, id"
        );
        sqlx::query(&sql).bind(from).bind(to).fetch_all(&self.reader).await?.iter().map(forum).collect()
    }

    async fn next_forum(&self, ward: &str, now: DateTime<Utc>) -> Result<Option<Forum>> {
        let sql = format!(
            "SELECT {FORUM_COLUMNS} FROM forums WHERE ward_code = $1 AND ends_at > $2 AND cancelled_at IS NULL
             ORDER BY starts_at, id LIMIT 1"
        );
        let row = sqlx::query(&sql).bind(ward).bind(now).fetch_optional(&self.reader).await?;
        row.as_ref().map(forum).transpose()
    }

    async fn save_priority(&self, p: &Priority, entry: Option<&AuditEntry>, emails: &[OutgoingEmail]) -> Result<()> {
        let mut tx = self.begin().await?;
        versioned(&mut tx, "priorities", PRIORITY_COLUMNS, p, p.version, push_priority).await?;
        if let Some(entry) = entry {
            audit(&mut tx, entry).await?;
        }
        insert_emails(&mut tx, emails).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn priority(&self, id: Uuid) -> Result<Option<Priority>> {
        let row = sqlx::query(&format!("SELECT {PRIORITY_COLUMNS} FROM priorities WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.reader)
            .await?;
        row.as_ref().map(priority).transpose()
    }

    async fn priorities_of_ward(&self, ward: &str) -> Result<Vec<Priority>> {
        let sql = format!(
            "SELECT {PRIORITY_COLUMNS} FROM priorities WHERE ward_code = $1
             ORDER BY supporters DESC, created_at, id"
        );
        sqlx::query(&sql).bind(ward).fetch_all(&self.reader).await?.iter().map(priority).collect()
    }

    async fn held_priorities(&self, wards: Option<&[WardCode]>) -> Result<Vec<Priority>> {
        let mut q: QueryBuilder<Db> =
            QueryBuilder::new(format!("SELECT {PRIORITY_COLUMNS} FROM priorities WHERE state = 'held'"));
        if let Some(wards) = wards {
            q.push(" AND ward_code IN (");
            let mut s = q.separated(", ");
            s.push_bind("");
            for w in wards {
                s.push_bind(w.as_str().to_owned());
            }
            q.push(")");
        }
        q.push(" ORDER BY created_at, id");
        q.build().fetch_all(&self.reader).await?.iter().map(priority).collect()
    }

    async fn priorities_of_forum(&self, forum: Uuid) -> Result<Vec<Priority>> {
        let sql = format!("SELECT {PRIORITY_COLUMNS} FROM priorities WHERE forum_id = $1 ORDER BY decided_at, id");
        sqlx::query(&sql).bind(forum).fetch_all(&self.reader).await?.iter().map(priority).collect()
    }

    async fn add_support(
        &self,
        priority: Uuid,
        supporter: &str,
        at: DateTime<Utc>,
        entry: Option<&AuditEntry>,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let added = sqlx::query(
            "INSERT INTO priority_supports (priority_id, supporter, at) VALUES ($1, $2, $3)
             ON CONFLICT (priority_id, supporter) DO NOTHING",
        )
        .bind(priority)
        .bind(supporter)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        if added.rows_affected() == 0 {
            return Ok(false);
        }
        let counted =
            sqlx::query("UPDATE priorities SET supporters = supporters + 1, version = version + 1 WHERE id = $1")
                .bind(priority)
                .execute(&mut *tx)
                .await?;
        if counted.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        if let Some(entry) = entry {
            audit(&mut tx, entry).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    async fn has_supported(&self, priority: Uuid, supporter: &str) -> Result<bool> {
        let row = sqlx::query("SELECT 1 FROM priority_supports WHERE priority_id = $1 AND supporter = $2")
            .bind(priority)
            .bind(supporter)
            .fetch_optional(&self.reader)
            .await?;
        Ok(row.is_some())
    }

    async fn save_action(&self, a: &Action, u: &ActionUpdate, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        versioned(&mut tx, "actions", ACTION_COLUMNS, a, a.version, push_action).await?;
        bulk(&mut tx, "action_updates", UPDATE_COLUMNS, std::slice::from_ref(u), push_update).await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn action(&self, id: Uuid) -> Result<Option<Action>> {
        let row = sqlx::query(&format!("SELECT {ACTION_COLUMNS} FROM actions WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.reader)
            .await?;
        row.as_ref().map(action).transpose()
    }

    async fn actions_of_ward(&self, ward: &str) -> Result<Vec<Action>> {
        let sql = format!("SELECT {ACTION_COLUMNS} FROM actions WHERE ward_code = $1 ORDER BY due_on, id");
        sqlx::query(&sql).bind(ward).fetch_all(&self.reader).await?.iter().map(action).collect()
    }

    async fn actions_of_priority(&self, priority: Uuid) -> Result<Vec<Action>> {
        let sql = format!("SELECT {ACTION_COLUMNS} FROM actions WHERE priority_id = $1 ORDER BY due_on, id");
        sqlx::query(&sql).bind(priority).fetch_all(&self.reader).await?.iter().map(action).collect()
    }

    async fn organisation_names(&self, ids: &[Uuid]) -> Result<std::collections::HashMap<Uuid, String>> {
        let mut ids = ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        let mut names = std::collections::HashMap::with_capacity(ids.len());
        // In pieces well inside either database's limit on bound values.
        for piece in ids.chunks(500) {
            let mut q: QueryBuilder<Db> = QueryBuilder::new("SELECT id, name FROM organisations WHERE id IN (");
            let mut list = q.separated(", ");
            for id in piece {
                list.push_bind(*id);
            }
            q.push(")");
            for r in q.build().fetch_all(&self.reader).await? {
                names.insert(r.try_get("id")?, r.try_get("name")?);
            }
        }
        Ok(names)
    }

    async fn find_actions(&self, query: &ActionQuery) -> Result<(Vec<Action>, i64)> {
        fn filters<'q>(q: &mut QueryBuilder<'q, Db>, f: &'q ActionQuery) {
            if let Some(wards) = &f.wards {
                q.push(" AND ward_code IN (");
                let mut s = q.separated(", ");
                s.push_bind("");
                for w in wards {
                    s.push_bind(w.as_str());
                }
                q.push(")");
            }
            if let Some(org) = f.owner_org {
                q.push(" AND owner_org = ").push_bind(org);
            }
            if let Some(status) = f.status {
                q.push(" AND status = ").push_bind(status.as_str());
            }
            if let Some(from) = f.due_from {
                q.push(" AND due_on >= ").push_bind(from);
            }
            if let Some(to) = f.due_to {
                q.push(" AND due_on <= ").push_bind(to);
            }
            if let Some(today) = f.overdue_on {
                q.push(" AND due_on < ").push_bind(today);
                q.push(" AND status NOT IN ('done', 'dropped')");
            }
        }
        let mut count: QueryBuilder<Db> = QueryBuilder::new("SELECT COUNT(*) FROM actions WHERE TRUE");
        filters(&mut count, query);
        let total: i64 = count.build().fetch_one(&self.reader).await?.try_get(0)?;
        let mut q: QueryBuilder<Db> = QueryBuilder::new(format!("SELECT {ACTION_COLUMNS} FROM actions WHERE TRUE"));
        filters(&mut q, query);
        q.push(" ORDER BY due_on, id LIMIT ").push_bind(query.limit.max(1));
        q.push(" OFFSET ").push_bind(query.offset.max(0));
        let rows = q.build().fetch_all(&self.reader).await?;
        Ok((rows.iter().map(action).collect::<Result<_>>()?, total))
    }

    async fn updates_of_priority(&self, priority: Uuid) -> Result<Vec<ActionUpdate>> {
        let sql = format!("SELECT {UPDATE_COLUMNS} FROM action_updates WHERE priority_id = $1 ORDER BY at, id");
        sqlx::query(&sql).bind(priority).fetch_all(&self.reader).await?.iter().map(update).collect()
    }

    async fn overdue_unreminded(&self, today: NaiveDate, since: DateTime<Utc>, limit: i64) -> Result<Vec<Action>> {
        let sql = format!(
            "SELECT {ACTION_COLUMNS} FROM actions WHERE due_on < $1 AND status NOT IN ('done', 'dropped')
             AND (reminded_at IS NULL OR reminded_at <= $2) ORDER BY owner_email, due_on, id LIMIT $3"
        );
        let rows = sqlx::query(&sql).bind(today).bind(since).bind(limit).fetch_all(&self.writer).await?;
        rows.iter().map(action).collect()
    }

    async fn mark_reminded(&self, ids: &[Uuid], at: DateTime<Utc>, emails: &[OutgoingEmail]) -> Result<()> {
        let mut tx = self.begin().await?;
        for chunk in ids.chunks(500) {
            let mut q: QueryBuilder<Db> = QueryBuilder::new("UPDATE actions SET reminded_at = ");
            q.push_bind(at).push(" WHERE id IN (");
            let mut s = q.separated(", ");
            for id in chunk {
                s.push_bind(*id);
            }
            q.push(")");
            q.build().execute(&mut *tx).await?;
        }
        insert_emails(&mut tx, emails).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn save_member(&self, m: &Member, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        insert("virtual_team_members", MEMBER_COLUMNS, [m], push_member, true, None).build().execute(&mut *tx).await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn member(&self, id: Uuid) -> Result<Option<Member>> {
        let row = sqlx::query(&format!("SELECT {MEMBER_COLUMNS} FROM virtual_team_members WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.reader)
            .await?;
        row.as_ref().map(member).transpose()
    }

    async fn members_of(&self, area_kind: &str, area_id: &str) -> Result<Vec<Member>> {
        let sql = format!(
            "SELECT {MEMBER_COLUMNS} FROM virtual_team_members
             WHERE area_kind = $1 AND area_id = $2 AND removed_at IS NULL ORDER BY name, id"
        );
        let rows = sqlx::query(&sql).bind(area_kind).bind(area_id).fetch_all(&self.reader).await?;
        rows.iter().map(member).collect()
    }

    async fn members(&self) -> Result<Vec<Member>> {
        let sql =
            format!("SELECT {MEMBER_COLUMNS} FROM virtual_team_members WHERE removed_at IS NULL ORDER BY name, id");
        sqlx::query(&sql).fetch_all(&self.reader).await?.iter().map(member).collect()
    }

    async fn create_link(&self, l: &PartnerLink, invitation: &OutgoingEmail, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO partner_links (id, member_id, created_by, contact_name, contact_email, created_at,
             expires_at, revoked_at, last_used_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(l.id)
        .bind(l.member_id)
        .bind(l.created_by)
        .bind(&l.contact_name)
        .bind(&l.contact_email)
        .bind(l.created_at)
        .bind(l.expires_at)
        .bind(l.revoked_at)
        .bind(l.last_used_at)
        .execute(&mut *tx)
        .await?;
        insert_emails(&mut tx, std::slice::from_ref(invitation)).await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn link(&self, id: Uuid) -> Result<Option<PartnerLink>> {
        let row =
            sqlx::query("SELECT * FROM partner_links WHERE id = $1").bind(id).fetch_optional(&self.reader).await?;
        row.as_ref().map(link).transpose()
    }

    async fn links_of_member(&self, member: Uuid) -> Result<Vec<PartnerLink>> {
        let rows = sqlx::query("SELECT * FROM partner_links WHERE member_id = $1 ORDER BY created_at, id")
            .bind(member)
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(link).collect()
    }

    async fn links_of_area(&self, area_kind: &str, area_id: &str) -> Result<Vec<PartnerLink>> {
        let rows = sqlx::query(
            "SELECT l.* FROM partner_links l JOIN virtual_team_members m ON m.id = l.member_id
             WHERE m.area_kind = $1 AND m.area_id = $2 AND m.removed_at IS NULL ORDER BY l.created_at, l.id",
        )
        .bind(area_kind)
        .bind(area_id)
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(link).collect()
    }

    async fn revoke_link(&self, id: Uuid, at: DateTime<Utc>, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE partner_links SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL")
            .bind(id)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn link_used(&self, id: Uuid, at: DateTime<Utc>) -> Result<()> {
        sqlx::query("UPDATE partner_links SET last_used_at = $2 WHERE id = $1")
            .bind(id)
            .bind(at)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn save_profile(&self, p: &Profile, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        insert(
            "organisation_profiles",
            "organisation_id, ward_code, description, website, updated_at",
            [p],
            push_profile,
            true,
            None,
        )
        .build()
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn profiles(&self) -> Result<Vec<Profile>> {
        let rows = sqlx::query("SELECT * FROM organisation_profiles").fetch_all(&self.reader).await?;
        rows.iter()
            .map(|r| {
                Ok(Profile {
                    organisation_id: r.try_get("organisation_id")?,
                    ward_code: r.try_get::<Option<String>, _>("ward_code")?.map(read).transpose()?,
                    description: r.try_get("description")?,
                    website: r.try_get("website")?,
                    updated_at: r.try_get("updated_at")?,
                })
            })
            .collect()
    }

    async fn save_partnership(&self, p: &Partnership, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        insert("partnerships", PARTNERSHIP_COLUMNS, [p], push_partnership, true, None)
            .build()
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn delete_partnership(&self, id: Uuid, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("DELETE FROM partnerships WHERE id = $1").bind(id).execute(&mut *tx).await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn partnerships(&self) -> Result<Vec<Partnership>> {
        let sql = format!("SELECT {PARTNERSHIP_COLUMNS} FROM partnerships ORDER BY created_at, id");
        sqlx::query(&sql).fetch_all(&self.reader).await?.iter().map(partnership).collect()
    }

    async fn import_forums(&self, b: &ForumBatch) -> Result<()> {
        fn push_organisation(mut v: Values<'_, '_>, o: &crate::accounts::Organisation) {
            v.push_bind(o.id).push_bind(o.name.clone()).push_bind(o.kind.clone()).push_bind(o.created_at);
        }
        let mut tx = self.begin().await?;
        bulk(&mut tx, "organisations", "id, name, kind, created_at", &b.organisations, push_organisation).await?;
        bulk(
            &mut tx,
            "organisation_profiles",
            "organisation_id, ward_code, description, website, updated_at",
            &b.profiles,
            push_profile,
        )
        .await?;
        bulk(&mut tx, "partnerships", PARTNERSHIP_COLUMNS, &b.partnerships, push_partnership).await?;
        bulk(&mut tx, "forums", FORUM_COLUMNS, &b.forums, push_forum).await?;
        bulk(&mut tx, "priorities", PRIORITY_COLUMNS, &b.priorities, push_priority).await?;
        bulk(&mut tx, "virtual_team_members", MEMBER_COLUMNS, &b.members, push_member).await?;
        // Parents before their sub-actions, level by level, for the foreign key.
        let mut written = std::collections::HashSet::new();
        let mut left: Vec<&Action> = b.actions.iter().collect();
        while !left.is_empty() {
            let (ready, rest): (Vec<&Action>, Vec<&Action>) =
                left.into_iter().partition(|a| a.parent_id.is_none_or(|p| written.contains(&p)));
            if ready.is_empty() {
                return Err(StoreError::Corrupt("actions whose parents are not in the batch".into()));
            }
            let level: Vec<Action> = ready.into_iter().cloned().collect();
            bulk(&mut tx, "actions", ACTION_COLUMNS, &level, push_action).await?;
            written.extend(level.iter().map(|a| a.id));
            left = rest;
        }
        bulk(&mut tx, "action_updates", UPDATE_COLUMNS, &b.updates, push_update).await?;
        tx.commit().await?;
        Ok(())
    }
}
