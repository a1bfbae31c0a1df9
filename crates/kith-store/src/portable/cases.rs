//! The cases' SQL, which SQLite and PostgreSQL speak alike: one text, compiled once for each adapter
//! (`sqlite` and `postgres` include this file as their module, with `Adapter`, `DbRow` and `Db` naming their own
//! types). No per-backend branches inside.

use super::{Adapter, Db, DbRow};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kith_core::cases::{Area, Capacity, CaseKind, CaseState, Clocks, RoutingRule, SlaFlag, Targets};
use sqlx::{QueryBuilder, Row};
use uuid::Uuid;

use super::audit::insert as audit;
use super::outbox::insert_emails;
use crate::cases::*;
use crate::outbox::OutgoingEmail;
use crate::{AuditEntry, Result, StoreError, read};

const CASE_COLUMNS: &str = "id, reference, kind, category, state, summary, description, ward_code, latitude,
    longitude, postcode, place, resident_id, raised_by, raised_for, source, team_id, owner_id,
    partner_reference, service_id, receiving_org, next_update_on, acknowledge_due_at, acknowledged_at,
    resolve_due_at, resolved_at, closed_at, follow_up_until, waiting_since, due_at, flag, escalated_at,
    merged_into, outcome, created_at, updated_at, redacted_at, version, media_url, answers";

fn kind_of(text: &str) -> Result<CaseKind> {
    CaseKind::parse(text).ok_or_else(|| StoreError::Corrupt(format!("case kind {text:?}")))
}

fn state_of(text: &str) -> Result<CaseState> {
    CaseState::parse(text).ok_or_else(|| StoreError::Corrupt(format!("case state {text:?}")))
}

fn case(r: &DbRow) -> Result<CaseRecord> {
    Ok(CaseRecord {
        id: r.try_get("id")?,
        reference: r.try_get("reference")?,
        kind: kind_of(r.try_get("kind")?)?,
        category: r.try_get("category")?,
        state: state_of(r.try_get("state")?)?,
        summary: r.try_get("summary")?,
        description: r.try_get("description")?,
        ward_code: read(r.try_get("ward_code")?)?,
        latitude: r.try_get("latitude")?,
        longitude: r.try_get("longitude")?,
        postcode: r.try_get("postcode")?,
        place: r.try_get("place")?,
        resident_id: r.try_get("resident_id")?,
        raised_by: r.try_get("raised_by")?,
        raised_for: r.try_get("raised_for")?,
        source: read(r.try_get("source")?)?,
        team_id: r.try_get("team_id")?,
        owner_id: r.try_get("owner_id")?,
        partner_reference: r.try_get("partner_reference")?,
        service_id: r.try_get("service_id")?,
        receiving_org: r.try_get("receiving_org")?,
        next_update_on: r.try_get("next_update_on")?,
        clocks: Clocks {
            acknowledge_due_at: r.try_get("acknowledge_due_at")?,
            acknowledged_at: r.try_get("acknowledged_at")?,
            resolve_due_at: r.try_get("resolve_due_at")?,
            resolved_at: r.try_get("resolved_at")?,
            closed_at: r.try_get("closed_at")?,
            follow_up_until: r.try_get("follow_up_until")?,
            waiting_since: r.try_get("waiting_since")?,
        },
        due_at: r.try_get("due_at")?,
        flag: read(r.try_get("flag")?)?,
        escalated_at: r.try_get("escalated_at")?,
        merged_into: r.try_get("merged_into")?,
        outcome: r.try_get("outcome")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        redacted_at: r.try_get("redacted_at")?,
        version: r.try_get("version")?,
        media_url: r.try_get("media_url")?,
        answers: json_of(r.try_get("answers")?)?,
    })
}

fn json_of<T: serde::de::DeserializeOwned>(text: String) -> Result<T> {
    serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(format!("stored JSON {text:?}: {e}")))
}

fn json_text<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn event(r: &DbRow) -> Result<CaseEvent> {
    let detail: String = r.try_get("detail")?;
    Ok(CaseEvent {
        id: r.try_get("id")?,
        case_id: r.try_get("case_id")?,
        at: r.try_get("at")?,
        actor_id: r.try_get("actor_id")?,
        actor: r.try_get("actor")?,
        action: r.try_get("action")?,
        from_state: r.try_get("from_state")?,
        to_state: r.try_get("to_state")?,
        note: r.try_get("note")?,
        shared: r.try_get("shared")?,
        detail: serde_json::from_str(&detail).map_err(|e| StoreError::Corrupt(format!("event detail: {e}")))?,
        to_notify: r.try_get("to_notify")?,
    })
}

fn resident(r: &DbRow) -> Result<Resident> {
    Ok(Resident {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        email: r.try_get("email")?,
        phone: r.try_get("phone")?,
        address: r.try_get("address")?,
        postcode: r.try_get("postcode")?,
        preferred_contact: read(r.try_get("preferred_contact")?)?,
        language: r.try_get("language")?,
        needs: r.try_get("needs")?,
        interpreter: r.try_get("interpreter")?,
        proxy: {
            let name: String = r.try_get("proxy_name")?;
            let agreed_on: Option<chrono::NaiveDate> = r.try_get("proxy_agreed_on")?;
            match agreed_on {
                Some(agreed_on) if !name.is_empty() => Some(Proxy {
                    name,
                    relationship: r.try_get("proxy_relationship")?,
                    email: r.try_get("proxy_email")?,
                    phone: r.try_get("proxy_phone")?,
                    agreed_on,
                    agreement: r.try_get("proxy_agreement")?,
                }),
                _ => None,
            }
        },
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        redacted_at: r.try_get("redacted_at")?,
    })
}

fn letter(r: &DbRow) -> Result<Letter> {
    Ok(Letter {
        id: r.try_get("id")?,
        case_id: r.try_get("case_id")?,
        resident_id: r.try_get("resident_id")?,
        addressee: r.try_get("addressee")?,
        address: r.try_get("address")?,
        postcode: r.try_get("postcode")?,
        language: r.try_get("language")?,
        subject: r.try_get("subject")?,
        body: r.try_get("body")?,
        large_print: r.try_get("large_print")?,
        created_at: r.try_get("created_at")?,
        printed_at: r.try_get("printed_at")?,
        printed_by: r.try_get("printed_by")?,
    })
}

fn consent(r: &DbRow) -> Result<Consent> {
    Ok(Consent {
        id: r.try_get("id")?,
        case_id: r.try_get("case_id")?,
        resident_id: r.try_get("resident_id")?,
        given_to: r.try_get("given_to")?,
        may_share: r.try_get("may_share")?,
        shared: r.try_get("shared")?,
        method: r.try_get("method")?,
        obtained_by: r.try_get("obtained_by")?,
        obtained_at: r.try_get("obtained_at")?,
        withdrawn_at: r.try_get("withdrawn_at")?,
    })
}

/// Pushes a case's values as one row, in `CASE_COLUMNS` order: the one list that creating, importing and
/// changing a case all write.
fn push_case(mut b: sqlx::query_builder::Separated<'_, '_, Db, &'static str>, c: &CaseRecord) {
    b.push_bind(c.id)
        .push_bind(c.reference.clone())
        .push_bind(c.kind.as_str())
        .push_bind(c.category.clone())
        .push_bind(c.state.as_str())
        .push_bind(c.summary.clone())
        .push_bind(c.description.clone())
        .push_bind(c.ward_code.as_str().to_owned())
        .push_bind(c.latitude)
        .push_bind(c.longitude)
        .push_bind(c.postcode.clone())
        .push_bind(c.place.clone())
        .push_bind(c.resident_id)
        .push_bind(c.raised_by)
        .push_bind(c.raised_for)
        .push_bind(c.source.as_str())
        .push_bind(c.team_id)
        .push_bind(c.owner_id)
        .push_bind(c.partner_reference.clone())
        .push_bind(c.service_id)
        .push_bind(c.receiving_org)
        .push_bind(c.next_update_on)
        .push_bind(c.clocks.acknowledge_due_at)
        .push_bind(c.clocks.acknowledged_at)
        .push_bind(c.clocks.resolve_due_at)
        .push_bind(c.clocks.resolved_at)
        .push_bind(c.clocks.closed_at)
        .push_bind(c.clocks.follow_up_until)
        .push_bind(c.clocks.waiting_since)
        .push_bind(c.due_at)
        .push_bind(c.flag.as_str())
        .push_bind(c.escalated_at)
        .push_bind(c.merged_into)
        .push_bind(c.outcome.clone())
        .push_bind(c.created_at)
        .push_bind(c.updated_at)
        .push_bind(c.redacted_at)
        .push_bind(c.version)
        .push_bind(c.media_url.clone())
        .push_bind(json_text(&c.answers));
}

/// Writes a new case inside `tx`: its reference (the next number of its kind), the resident, the case, any
/// consent, its first timeline entry and its audit row. The store's `create_case_now` commits it, alone or
/// with others.
pub(super) async fn create_in(tx: &mut sqlx::Transaction<'static, Db>, new: &NewCase<'_>) -> Result<String> {
    let number: i64 = sqlx::query_scalar(
        "INSERT INTO case_numbers (kind, last_number) VALUES ($1, 1)
         ON CONFLICT (kind) DO UPDATE SET last_number = case_numbers.last_number + 1
         RETURNING last_number",
    )
    .bind(new.case.kind.as_str())
    .fetch_one(&mut **tx)
    .await?;
    let reference = kith_core::cases::reference(new.case.kind, number);
    if let Some(p) = new.resident {
        upsert_resident(tx, p).await?;
    }
    let mut c = new.case.clone();
    c.reference = reference.clone();
    insert_cases([&c]).build().execute(&mut **tx).await?;
    if let Some(k) = new.consent {
        sqlx::query(
            "INSERT INTO consents (id, case_id, resident_id, given_to, may_share, shared, method,
             obtained_by, obtained_at, withdrawn_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(k.id)
        .bind(k.case_id)
        .bind(k.resident_id)
        .bind(&k.given_to)
        .bind(&k.may_share)
        .bind(&k.shared)
        .bind(&k.method)
        .bind(k.obtained_by)
        .bind(k.obtained_at)
        .bind(k.withdrawn_at)
        .execute(&mut **tx)
        .await?;
    }
    insert_events(tx, std::slice::from_ref(new.event)).await?;
    let mut entry = new.audit.clone();
    entry.subject_id = reference.clone();
    audit(tx, &entry).await?;
    Ok(reference)
}

/// `INSERT INTO cases (…) VALUES (…), …` for `cases`.
fn insert_cases<'a>(cases: impl IntoIterator<Item = &'a CaseRecord>) -> QueryBuilder<'static, Db> {
    let mut q: QueryBuilder<Db> = QueryBuilder::new(format!("INSERT INTO cases ({CASE_COLUMNS}) "));
    q.push_values(cases, push_case);
    q
}

async fn insert_events(tx: &mut sqlx::Transaction<'static, Db>, events: &[CaseEvent]) -> Result<()> {
    // In batches, well inside SQLite's limit on bound values.
    for chunk in events.chunks(500) {
        let mut q: QueryBuilder<Db> = QueryBuilder::new(
            "INSERT INTO case_events (id, case_id, at, actor_id, actor, action, from_state, to_state, note,
             shared, detail, to_notify) ",
        );
        q.push_values(chunk, |mut b, e| {
            b.push_bind(e.id)
                .push_bind(e.case_id)
                .push_bind(e.at)
                .push_bind(e.actor_id)
                .push_bind(e.actor.clone())
                .push_bind(e.action.clone())
                .push_bind(e.from_state.clone())
                .push_bind(e.to_state.clone())
                .push_bind(e.note.clone())
                .push_bind(e.shared)
                .push_bind(e.detail.to_string())
                .push_bind(e.to_notify);
        });
        q.build().execute(&mut **tx).await?;
    }
    Ok(())
}

async fn upsert_resident(tx: &mut sqlx::Transaction<'static, Db>, p: &Resident) -> Result<()> {
    sqlx::query(
        "INSERT INTO residents (id, name, email, phone, address, postcode, preferred_contact, language, needs,
         created_at, updated_at, redacted_at, interpreter, proxy_name, proxy_relationship, proxy_email, proxy_phone,
         proxy_agreed_on, proxy_agreement)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, phone = excluded.phone,
         address = excluded.address, postcode = excluded.postcode,
         preferred_contact = excluded.preferred_contact, language = excluded.language, needs = excluded.needs,
         updated_at = excluded.updated_at, redacted_at = excluded.redacted_at, interpreter = excluded.interpreter,
         proxy_name = excluded.proxy_name, proxy_relationship = excluded.proxy_relationship,
         proxy_email = excluded.proxy_email, proxy_phone = excluded.proxy_phone,
         proxy_agreed_on = excluded.proxy_agreed_on, proxy_agreement = excluded.proxy_agreement",
    )
    .bind(p.id)
    .bind(&p.name)
    .bind(&p.email)
    .bind(&p.phone)
    .bind(&p.address)
    .bind(&p.postcode)
    .bind(p.preferred_contact.as_str())
    .bind(&p.language)
    .bind(&p.needs)
    .bind(p.created_at)
    .bind(p.updated_at)
    .bind(p.redacted_at)
    .bind(p.interpreter)
    .bind(p.proxy.as_ref().map_or("", |x| x.name.as_str()))
    .bind(p.proxy.as_ref().map_or("", |x| x.relationship.as_str()))
    .bind(p.proxy.as_ref().map_or("", |x| x.email.as_str()))
    .bind(p.proxy.as_ref().map_or("", |x| x.phone.as_str()))
    .bind(p.proxy.as_ref().map(|x| x.agreed_on))
    .bind(p.proxy.as_ref().map_or("", |x| x.agreement.as_str()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The open states, word for word as the `WHERE` of the open-case indexes (migration 0021): SQLite reads a partial
/// index only for a query that names its condition exactly, so a queue of open cases says it in these words.
pub(crate) const OPEN_STATES: &str =
    "state IN ('new', 'transferred', 'acknowledged', 'accepted', 'in_progress', 'waiting', 'reopened')";

/// What waits in triage (no team, and no receiving organisation), as `cases_open_triage` names it.
const TRIAGE: &str = "coalesce(team_id, receiving_org) IS NULL";

/// The whole city: every case is placed in a ward. A city-wide queue says so, as `cases_open_by_flag` does, so that
/// only a city-wide queue is read by that index (a queue of the cases someone raised would otherwise be). Not
/// `IS NOT NULL`, which SQLite drops from a query on a `NOT NULL` column before it looks for a partial index.
const CITY: &str = "ward_code <> ''";

/// A flag as an SQL literal, not a bound value: SQLite compares a bound value with the literal of a partial index's
/// condition (`cases_unescalated`: `flag = 'breached'`), and then prepares the statement again each time the value
/// is bound (a fifth of a home's work, by callgrind). The flags are Kith's own words, never a visitor's.
fn flag_sql(flag: SlaFlag) -> String {
    format!("'{}'", flag.as_str())
}

/// The order every queue lists cases in: by due time, the undated last.
const DUE_ORDER: &str = " ORDER BY (due_at IS NULL), due_at, created_at, id";

/// A queue's reach and filters, after a `WHERE TRUE`.
fn push_queue_filters<'q>(q: &mut QueryBuilder<'q, Db>, query: &'q QueueQuery) {
    push_reach(q, &query.reach);
    push_filters(q, query, true);
}

/// Who may see a case, as one condition (after a `WHERE TRUE`).
fn push_reach<'q>(q: &mut QueryBuilder<'q, Db>, r: &'q Reach) {
    if r.everything {
        return;
    }
    // The reach's terms joined by OR with nothing before them: SQLite then reads each term by its own index and
    // joins the rows (a leading `FALSE OR` made it scan the whole table instead).
    let mut first = true;
    let mut or = |q: &mut QueryBuilder<'q, Db>| {
        q.push(if std::mem::take(&mut first) { " AND (" } else { " OR " });
    };
    if !r.wards.is_empty() {
        or(q);
        q.push("ward_code IN (");
        let mut s = q.separated(", ");
        for w in &r.wards {
            s.push_bind(w.as_str());
        }
        q.push(")");
    }
    if !r.teams.is_empty() {
        or(q);
        q.push("team_id IN (");
        let mut s = q.separated(", ");
        for t in &r.teams {
            s.push_bind(*t);
        }
        q.push(")");
    }
    if !r.organisations.is_empty() {
        or(q);
        q.push("receiving_org IN (");
        let mut s = q.separated(", ");
        for o in &r.organisations {
            s.push_bind(*o);
        }
        q.push(")");
    }
    if let Some(me) = r.raised_by {
        or(q);
        q.push("raised_by = ").push_bind(me).push(" OR raised_for = ").push_bind(me);
    }
    q.push(if first { " AND FALSE" } else { ")" });
}

/// A queue's filters other than its reach; its flags too unless an arm names its own.
fn push_filters<'q>(q: &mut QueryBuilder<'q, Db>, query: &'q QueueQuery, flags: bool) {
    let every_open = CaseState::ALL.into_iter().filter(|s| s.is_open()).all(|s| query.states.contains(&s));
    if every_open && query.states.iter().all(|s| s.is_open()) {
        q.push(" AND ").push(OPEN_STATES);
    } else if !query.states.is_empty() {
        q.push(" AND state IN (");
        let mut s = q.separated(", ");
        for state in &query.states {
            s.push_bind(state.as_str());
        }
        q.push(")");
    }
    if let Some(kind) = query.kind {
        q.push(" AND kind = ").push_bind(kind.as_str());
    }
    if let Some(ward) = &query.ward {
        q.push(" AND ward_code = ").push_bind(ward.as_str());
    }
    if let Some(team) = query.team {
        q.push(" AND team_id = ").push_bind(team);
    }
    if query.triage {
        // Word for word as `cases_open_triage`'s condition, so the triage queue is read by it.
        q.push(" AND ").push(TRIAGE);
    }
    if let Some(owner) = query.owner {
        q.push(" AND owner_id = ").push_bind(owner);
    }
    if flags && let Some(flag) = query.flag {
        q.push(format!(" AND flag = {}", flag_sql(flag)));
    }
    if flags && let Some(flag) = query.not_flag {
        q.push(format!(" AND flag <> {}", flag_sql(flag)));
    }
    if let Some(since) = query.active_since {
        q.push(" AND updated_at > ").push_bind(since);
    }
}

/// One way into a queue that an index reads in due order: a term of the reach, the whole city, or the whole reach
/// where the person's own cases or the triage queue lead.
#[derive(Debug, Clone, Copy)]
enum Way<'q> {
    Ward(&'q str),
    Team(Uuid),
    Organisation(Uuid),
    RaisedBy(Uuid),
    RaisedFor(Uuid),
    City,
    Reach,
}

/// A way in, for one flag or all: each is read by an index in due order (a ward's breached cases by the ward and
/// flag, say), so a page never sorts more than the arms' first cases.
#[derive(Debug, Clone, Copy)]
struct Arm<'q> {
    way: Way<'q>,
    flag: Option<SlaFlag>,
}

/// The most ways a queue is read by; a reach of more terms is read whole.
const MAX_WAYS: usize = 16;

/// The arms of a queue: a page is the first of what each arm's index gives in due order, so no arm reads all its
/// cases to sort them. (The reach as one `OR` is read by every term's index at once and sorted whole.)
fn arms(query: &QueueQuery) -> Vec<Arm<'_>> {
    let r = &query.reach;
    let ways = if query.owner.is_some() || query.triage {
        vec![Way::Reach]
    } else if r.everything {
        vec![Way::City]
    } else {
        let mut ways: Vec<Way> = r.wards.iter().map(|w| Way::Ward(w)).collect();
        ways.extend(r.teams.iter().map(|t| Way::Team(*t)));
        ways.extend(r.organisations.iter().map(|o| Way::Organisation(*o)));
        if let Some(me) = r.raised_by {
            ways.extend([Way::RaisedBy(me), Way::RaisedFor(me)]);
        }
        if ways.len() > MAX_WAYS { vec![Way::Reach] } else { ways }
    };
    let flags: Vec<Option<SlaFlag>> = match (query.flag, query.not_flag) {
        (Some(flag), _) => vec![Some(flag)],
        (None, Some(not)) => {
            [SlaFlag::OnTime, SlaFlag::DueSoon, SlaFlag::Breached].into_iter().filter(|f| *f != not).map(Some).collect()
        }
        (None, None) => vec![None],
    };
    ways.iter().flat_map(|way| flags.iter().map(|flag| Arm { way: *way, flag: *flag })).collect()
}

/// One arm's cases (`columns` of each), filtered; the caller orders and limits them.
fn push_arm<'q>(q: &mut QueryBuilder<'q, Db>, query: &'q QueueQuery, arm: Arm<'q>, columns: &str) {
    q.push(format!("SELECT {columns} FROM cases WHERE "));
    match arm.way {
        Way::Ward(w) => {
            q.push("ward_code = ").push_bind(w);
        }
        Way::Team(t) => {
            q.push("team_id = ").push_bind(t);
        }
        Way::Organisation(o) => {
            q.push("receiving_org = ").push_bind(o);
        }
        Way::RaisedBy(me) => {
            q.push("raised_by = ").push_bind(me);
        }
        Way::RaisedFor(me) => {
            q.push("raised_for = ").push_bind(me);
        }
        Way::City => {
            q.push(CITY);
        }
        Way::Reach => {
            q.push("TRUE");
            push_reach(q, &query.reach);
        }
    }
    push_filters(q, query, false);
    if let Some(flag) = arm.flag {
        q.push(format!(" AND flag = {}", flag_sql(flag)));
    }
}

#[async_trait]
impl CaseStore for Adapter {
    async fn create_case(&self, new: &NewCase<'_>) -> Result<String> {
        self.create_case_now(new).await
    }

    async fn import_cases(&self, cases: &[CaseRecord], events: &[CaseEvent], residents: &[Resident]) -> Result<()> {
        let mut tx = self.begin().await?;
        for chunk in residents.chunks(1_000) {
            let mut q: QueryBuilder<Db> = QueryBuilder::new(
                "INSERT INTO residents (id, name, email, phone, address, postcode, preferred_contact, language,
                 needs, created_at, updated_at, redacted_at) ",
            );
            q.push_values(chunk, |mut b, p| {
                b.push_bind(p.id)
                    .push_bind(p.name.clone())
                    .push_bind(p.email.clone())
                    .push_bind(p.phone.clone())
                    .push_bind(p.address.clone())
                    .push_bind(p.postcode.clone())
                    .push_bind(p.preferred_contact.as_str())
                    .push_bind(p.language.clone())
                    .push_bind(p.needs.clone())
                    .push_bind(p.created_at)
                    .push_bind(p.updated_at)
                    .push_bind(p.redacted_at);
            });
            q.build().execute(&mut *tx).await?;
        }
        let mut numbered = cases.to_vec();
        for kind in CaseKind::ALL {
            let count = numbered.iter().filter(|c| c.kind == kind).count() as i64;
            if count == 0 {
                continue;
            }
            let last: i64 = sqlx::query_scalar(
                "INSERT INTO case_numbers (kind, last_number) VALUES ($1, $2)
                 ON CONFLICT (kind) DO UPDATE SET last_number = case_numbers.last_number + $2
                 RETURNING last_number",
            )
            .bind(kind.as_str())
            .bind(count)
            .fetch_one(&mut *tx)
            .await?;
            for (next, c) in (last - count + 1..).zip(numbered.iter_mut().filter(|c| c.kind == kind)) {
                c.reference = kith_core::cases::reference(kind, next);
            }
        }
        for chunk in numbered.chunks(500) {
            insert_cases(chunk).build().execute(&mut *tx).await?;
        }
        insert_events(&mut tx, events).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn change_case(&self, change: &CaseChange<'_>) -> Result<()> {
        let mut tx = self.begin().await?;
        // The same row written whole, only over the version the change was made from.
        let mut q = insert_cases([change.case]);
        q.push(" ON CONFLICT (id) DO UPDATE SET ");
        let mut set = q.separated(", ");
        for column in CASE_COLUMNS.split(',').map(str::trim).filter(|c| *c != "id") {
            set.push(format!("{column} = excluded.{column}"));
        }
        q.push(" WHERE cases.version = ").push_bind(change.expected_version);
        let changed = q.build().execute(&mut *tx).await?;
        if changed.rows_affected() == 0 {
            return Err(StoreError::Conflict("the case was changed by someone else meanwhile".into()));
        }
        insert_events(&mut tx, change.events).await?;
        audit(&mut tx, change.audit).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn case_by_reference(&self, reference: &str) -> Result<Option<CaseRecord>> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM cases WHERE reference = $1");
        let row = sqlx::query(&sql).bind(reference).fetch_optional(&self.reader).await?;
        row.as_ref().map(case).transpose()
    }

    async fn case_by_id(&self, id: Uuid) -> Result<Option<CaseRecord>> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM cases WHERE id = $1");
        let row = sqlx::query(&sql).bind(id).fetch_optional(&self.reader).await?;
        row.as_ref().map(case).transpose()
    }

    async fn case_events(&self, case_id: Uuid) -> Result<Vec<CaseEvent>> {
        let rows = sqlx::query("SELECT * FROM case_events WHERE case_id = $1 ORDER BY at, id")
            .bind(case_id)
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(event).collect()
    }

    async fn add_case_events(&self, events: &[CaseEvent], entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        insert_events(&mut tx, events).await?;
        // A note is news on the case: it is changed when its timeline last grew (its version stays, as nobody's
        // form of it is out of date).
        for e in events {
            sqlx::query("UPDATE cases SET updated_at = $2 WHERE id = $1 AND updated_at < $2")
                .bind(e.case_id)
                .bind(e.at)
                .execute(&mut *tx)
                .await?;
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn queue(&self, query: &QueueQuery) -> Result<(Vec<QueueRow>, i64)> {
        let arms = arms(query);
        if arms.is_empty() {
            return Ok((Vec::new(), 0));
        }
        // The page's ids first, from the queue indexes alone; then only those rows are read.
        let mut q: QueryBuilder<Db> = QueryBuilder::new(
            "SELECT id, reference, kind, category, state, summary, ward_code, team_id, owner_id, due_at, flag,
             created_at FROM cases WHERE id IN (",
        );
        if let [arm] = arms[..] {
            push_arm(&mut q, query, arm, "id");
            q.push(DUE_ORDER).push(" LIMIT ").push_bind(query.limit).push(" OFFSET ").push_bind(query.offset);
        } else {
            // Each arm's first cases up to the page's end; the page is the first of all of them.
            q.push("SELECT id FROM (");
            for (i, arm) in arms.iter().enumerate() {
                if i > 0 {
                    q.push(" UNION ");
                }
                q.push("SELECT id, due_at, created_at FROM (");
                push_arm(&mut q, query, *arm, "id, due_at, created_at");
                q.push(DUE_ORDER).push(" LIMIT ").push_bind(query.offset.saturating_add(query.limit));
                q.push(format!(") AS arm{i}"));
            }
            q.push(") AS arms").push(DUE_ORDER).push(" LIMIT ").push_bind(query.limit);
            q.push(" OFFSET ").push_bind(query.offset);
        }
        q.push(")").push(DUE_ORDER);
        let rows = q.build().fetch_all(&self.reader).await?;
        let rows = rows
            .iter()
            .map(|r| {
                Ok(QueueRow {
                    id: r.try_get("id")?,
                    reference: r.try_get("reference")?,
                    kind: kind_of(r.try_get("kind")?)?,
                    category: r.try_get("category")?,
                    state: state_of(r.try_get("state")?)?,
                    summary: r.try_get("summary")?,
                    ward_code: read(r.try_get("ward_code")?)?,
                    team_id: r.try_get("team_id")?,
                    owner_id: r.try_get("owner_id")?,
                    due_at: r.try_get("due_at")?,
                    flag: read(r.try_get("flag")?)?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        // A first page that is not full holds them all: counted only when there may be more.
        let total = if query.offset == 0 && (rows.len() as i64) < query.limit {
            rows.len() as i64
        } else {
            // Counted arm by arm too, each by its own index; counted up to a bound, each arm stops there (if none
            // reaches it, the union is whole).
            let mut count: QueryBuilder<Db> = QueryBuilder::new("SELECT COUNT(*) FROM (");
            for (i, arm) in arms.iter().enumerate() {
                if i > 0 {
                    count.push(" UNION ");
                }
                count.push("SELECT id FROM (");
                push_arm(&mut count, query, *arm, "id");
                if let Some(most) = query.count_up_to {
                    count.push(" LIMIT ").push_bind(most);
                }
                count.push(format!(") AS arm{i}"));
            }
            count.push(") AS matching");
            let counted: i64 = count.build_query_scalar().fetch_one(&self.reader).await?;
            query.count_up_to.map_or(counted, |most| counted.min(most))
        };
        Ok((rows, total))
    }

    async fn resident(&self, id: Uuid) -> Result<Option<Resident>> {
        let row = sqlx::query("SELECT * FROM residents WHERE id = $1").bind(id).fetch_optional(&self.reader).await?;
        row.as_ref().map(resident).transpose()
    }

    async fn save_resident(&self, p: &Resident, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        upsert_resident(&mut tx, p).await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn consents(&self, case_id: Uuid) -> Result<Vec<Consent>> {
        let rows = sqlx::query("SELECT * FROM consents WHERE case_id = $1 ORDER BY obtained_at")
            .bind(case_id)
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(consent).collect()
    }

    async fn sweep_sla(&self, now: DateTime<Utc>, soon: DateTime<Utc>) -> Result<SlaSweep> {
        let mut tx = self.begin().await?;
        let breached: Vec<(Uuid, String)> = sqlx::query_as(
            "UPDATE cases SET flag = 'breached', version = version + 1
             WHERE due_at IS NOT NULL AND due_at <= $1 AND flag <> 'breached' RETURNING id, state",
        )
        .bind(now)
        .fetch_all(&mut *tx)
        .await?;
        let due_soon = sqlx::query(
            "UPDATE cases SET flag = 'due_soon', version = version + 1
             WHERE due_at IS NOT NULL AND due_at > $1 AND due_at <= $2 AND flag = ''",
        )
        .bind(now)
        .bind(soon)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let events: Vec<CaseEvent> = breached
            .iter()
            .map(|(id, state)| CaseEvent {
                id: Uuid::now_v7(),
                case_id: *id,
                at: now,
                actor_id: None,
                actor: "kith (worker)".into(),
                action: "breached".into(),
                from_state: state.clone(),
                to_state: state.clone(),
                note: String::new(),
                // The person who raised it is told it is overdue; the escalation tells the team's manager.
                shared: true,
                detail: serde_json::Value::Null,
                to_notify: true,
            })
            .collect();
        insert_events(&mut tx, &events).await?;
        tx.commit().await?;
        Ok(SlaSweep { due_soon, breached: breached.len() as u64 })
    }

    async fn unescalated(&self, limit: i64) -> Result<Vec<Breach>> {
        let rows = sqlx::query(
            "SELECT id, reference, summary, team_id, due_at FROM cases
             WHERE flag = 'breached' AND escalated_at IS NULL ORDER BY due_at, id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.reader)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Breach {
                    id: r.try_get("id")?,
                    reference: r.try_get("reference")?,
                    summary: r.try_get("summary")?,
                    team_id: r.try_get("team_id")?,
                    due_at: r.try_get("due_at")?,
                })
            })
            .collect()
    }

    async fn escalate(&self, ids: &[Uuid], events: &[CaseEvent], email: Option<&OutgoingEmail>) -> Result<()> {
        let mut tx = self.begin().await?;
        let at = events.first().map(|e| e.at).unwrap_or_else(Utc::now);
        for chunk in ids.chunks(500) {
            let mut q: QueryBuilder<Db> = QueryBuilder::new("UPDATE cases SET escalated_at = ");
            q.push_bind(at).push(" WHERE escalated_at IS NULL AND id IN (");
            let mut s = q.separated(", ");
            for id in chunk {
                s.push_bind(*id);
            }
            q.push(")");
            q.build().execute(&mut *tx).await?;
        }
        insert_events(&mut tx, events).await?;
        if let Some(email) = email {
            insert_emails(&mut tx, std::slice::from_ref(email)).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn events_to_notify(&self, limit: i64) -> Result<Vec<CaseEvent>> {
        let rows = sqlx::query("SELECT * FROM case_events WHERE to_notify ORDER BY at, id LIMIT $1")
            .bind(limit)
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(event).collect()
    }

    async fn notified(&self, event_ids: &[Uuid], emails: &[OutgoingEmail], letters: &[Letter]) -> Result<()> {
        let mut tx = self.begin().await?;
        for chunk in event_ids.chunks(500) {
            let mut q: QueryBuilder<Db> = QueryBuilder::new("UPDATE case_events SET to_notify = FALSE WHERE id IN (");
            let mut s = q.separated(", ");
            for id in chunk {
                s.push_bind(*id);
            }
            q.push(")");
            q.build().execute(&mut *tx).await?;
        }
        insert_emails(&mut tx, emails).await?;
        for l in letters {
            sqlx::query(
                "INSERT INTO letters (id, case_id, resident_id, addressee, address, postcode, language, subject, body,
                     large_print, created_at, printed_at, printed_by)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            )
            .bind(l.id)
            .bind(l.case_id)
            .bind(l.resident_id)
            .bind(&l.addressee)
            .bind(&l.address)
            .bind(&l.postcode)
            .bind(&l.language)
            .bind(&l.subject)
            .bind(&l.body)
            .bind(l.large_print)
            .bind(l.created_at)
            .bind(l.printed_at)
            .bind(l.printed_by)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn letters(&self, printed: bool, limit: i64) -> Result<Vec<Letter>> {
        let sql = if printed {
            "SELECT * FROM letters ORDER BY created_at, id LIMIT $1"
        } else {
            "SELECT * FROM letters WHERE printed_at IS NULL ORDER BY created_at, id LIMIT $1"
        };
        let rows = sqlx::query(sql).bind(limit).fetch_all(&self.reader).await?;
        rows.iter().map(letter).collect()
    }

    async fn letter(&self, id: Uuid) -> Result<Option<Letter>> {
        sqlx::query("SELECT * FROM letters WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.reader)
            .await?
            .as_ref()
            .map(letter)
            .transpose()
    }

    async fn letter_printed(&self, id: Uuid, by: Uuid, at: DateTime<Utc>, entry: &AuditEntry) -> Result<bool> {
        let mut tx = self.begin().await?;
        let done =
            sqlx::query("UPDATE letters SET printed_at = $2, printed_by = $3 WHERE id = $1 AND printed_at IS NULL")
                .bind(id)
                .bind(at)
                .bind(by)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if done == 0 {
            return Ok(false);
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn set_capacity(
        &self,
        service_id: Uuid,
        capacity: Capacity,
        note: &str,
        at: DateTime<Utc>,
        entry: &AuditEntry,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO referral_capacity (service_id, capacity, note, updated_at, updated_by)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (service_id) DO UPDATE SET capacity = excluded.capacity, note = excluded.note,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        )
        .bind(service_id)
        .bind(capacity.as_str())
        .bind(note)
        .bind(at)
        .bind(entry.actor_id)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn capacities(&self) -> Result<Vec<(Uuid, Capacity, String)>> {
        let rows =
            sqlx::query("SELECT service_id, capacity, note FROM referral_capacity").fetch_all(&self.reader).await?;
        rows.iter()
            .map(|r| {
                let text: String = r.try_get("capacity")?;
                let capacity =
                    Capacity::parse(&text).ok_or_else(|| StoreError::Corrupt(format!("capacity {text:?}")))?;
                Ok((r.try_get("service_id")?, capacity, r.try_get("note")?))
            })
            .collect()
    }

    async fn referral_responses(&self, services: &[Uuid]) -> Result<Vec<ReferralResponse>> {
        let mut q: QueryBuilder<Db> = QueryBuilder::new(
            "SELECT service_id, state, created_at, acknowledged_at FROM cases
             WHERE kind = 'referral' AND service_id IS NOT NULL",
        );
        if !services.is_empty() {
            q.push(" AND service_id IN (");
            let mut s = q.separated(", ");
            for id in services {
                s.push_bind(*id);
            }
            q.push(")");
        }
        let rows = q.build().fetch_all(&self.reader).await?;
        rows.iter()
            .map(|r| {
                Ok(ReferralResponse {
                    service_id: r.try_get("service_id")?,
                    state: state_of(r.try_get("state")?)?,
                    created_at: r.try_get("created_at")?,
                    acknowledged_at: r.try_get("acknowledged_at")?,
                })
            })
            .collect()
    }

    async fn notification_templates(&self) -> Result<Vec<(String, String, String)>> {
        Ok(sqlx::query_as("SELECT event, subject, body FROM notification_templates ORDER BY event")
            .fetch_all(&self.reader)
            .await?)
    }

    async fn save_notification_template(
        &self,
        event: &str,
        subject: &str,
        body: &str,
        at: DateTime<Utc>,
        entry: &AuditEntry,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO notification_templates (event, subject, body, updated_at, updated_by)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (event) DO UPDATE SET subject = excluded.subject, body = excluded.body,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        )
        .bind(event)
        .bind(subject)
        .bind(body)
        .bind(at)
        .bind(entry.actor_id)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn councillors(&self) -> Result<Vec<Councillor>> {
        let rows: Vec<(Uuid, String, String, String, String)> = sqlx::query_as(
            "SELECT u.id, u.email, u.name, a.scope_kind, a.scope_ref FROM role_assignments a
             JOIN users u ON u.id = a.user_id
             WHERE a.role_key = 'councillor' AND u.disabled_at IS NULL ORDER BY u.id",
        )
        .fetch_all(&self.reader)
        .await?;
        let mut out: Vec<Councillor> = Vec::new();
        for (id, email, name, kind, reference) in rows {
            if out.last().is_none_or(|c| c.user_id != id) {
                out.push(Councillor { user_id: id, email, name, wards: vec![] });
            }
            if kind == "ward"
                && let Some(c) = out.last_mut()
            {
                c.wards.push(reference);
            }
        }
        Ok(out)
    }

    async fn recent_activity(&self, reach: &Reach, since: DateTime<Utc>, limit: i64) -> Result<Vec<Activity>> {
        let query = QueueQuery { reach: reach.clone(), ..QueueQuery::default() };
        let mut q: QueryBuilder<Db> = QueryBuilder::new(
            "SELECT c.reference, c.summary, c.state, e.action, e.at FROM case_events e
             JOIN cases c ON c.id = e.case_id WHERE e.shared AND e.at >= ",
        );
        q.push_bind(since);
        q.push(" AND e.case_id IN (SELECT id FROM cases WHERE TRUE");
        push_queue_filters(&mut q, &query);
        q.push(") ORDER BY e.at DESC, e.id DESC LIMIT ").push_bind(limit);
        let rows = q.build().fetch_all(&self.reader).await?;
        rows.iter()
            .map(|r| {
                Ok(Activity {
                    reference: r.try_get("reference")?,
                    summary: r.try_get("summary")?,
                    state: state_of(r.try_get("state")?)?,
                    action: r.try_get("action")?,
                    at: r.try_get("at")?,
                })
            })
            .collect()
    }

    async fn send_digest(&self, user_id: Uuid, day: chrono::NaiveDate, email: &OutgoingEmail) -> Result<bool> {
        let mut tx = self.begin().await?;
        let added = sqlx::query(
            "INSERT INTO digests_sent (user_id, day) VALUES ($1, $2) ON CONFLICT (user_id, day) DO NOTHING",
        )
        .bind(user_id)
        .bind(day)
        .execute(&mut *tx)
        .await?;
        if added.rows_affected() == 0 {
            return Ok(false);
        }
        insert_emails(&mut tx, std::slice::from_ref(email)).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn redact_closed(&self, kind: CaseKind, closed_before: DateTime<Utc>, now: DateTime<Utc>) -> Result<u64> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE residents SET name = 'Redacted', email = '', phone = '', address = '', postcode = '',
             needs = '', proxy_name = '', proxy_relationship = '', proxy_email = '', proxy_phone = '',
             proxy_agreement = '', redacted_at = $3
             WHERE redacted_at IS NULL
             AND id IN (SELECT resident_id FROM cases WHERE kind = $1 AND closed_at < $2 AND redacted_at IS NULL)
             AND NOT EXISTS (SELECT 1 FROM cases o WHERE o.resident_id = residents.id
                             AND (o.closed_at IS NULL OR o.closed_at >= $2))",
        )
        .bind(kind.as_str())
        .bind(closed_before)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE consents SET may_share = '', shared = '' WHERE case_id IN
             (SELECT id FROM cases WHERE kind = $1 AND closed_at < $2 AND redacted_at IS NULL)",
        )
        .bind(kind.as_str())
        .bind(closed_before)
        .execute(&mut *tx)
        .await?;
        let redacted = sqlx::query(
            "UPDATE cases SET description = '', place = '', media_url = '', answers = '{}', redacted_at = $3, version = version + 1
             WHERE kind = $1 AND closed_at < $2 AND redacted_at IS NULL",
        )
        .bind(kind.as_str())
        .bind(closed_before)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(redacted)
    }

    async fn find_residents(&self, text: &str, limit: i64) -> Result<Vec<Resident>> {
        let pattern = format!("%{}%", text.trim().to_lowercase().replace(['%', '_'], ""));
        let rows = sqlx::query(
            "SELECT * FROM residents WHERE LOWER(name) LIKE $1 OR email LIKE $1 OR LOWER(phone) LIKE $1
             OR LOWER(postcode) LIKE $1 ORDER BY name, id LIMIT $2",
        )
        .bind(pattern)
        .bind(limit)
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(resident).collect()
    }

    async fn cases_of_resident(&self, resident_id: Uuid) -> Result<Vec<CaseRecord>> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM cases WHERE resident_id = $1 ORDER BY created_at");
        let rows = sqlx::query(&sql).bind(resident_id).fetch_all(&self.reader).await?;
        rows.iter().map(case).collect()
    }

    async fn service_request_updates(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<(String, CaseEvent)>> {
        let rows = sqlx::query(
            "SELECT c.reference, e.* FROM case_events e JOIN cases c ON c.id = e.case_id
             WHERE e.at >= $1 AND e.at <= $2 AND c.kind = 'service_request' AND c.redacted_at IS NULL
             AND e.action NOT IN ('created', 'open311_update') AND (e.shared OR e.from_state <> e.to_state)
             ORDER BY e.at, e.id LIMIT $3",
        )
        .bind(from)
        .bind(to)
        .bind(limit)
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(|r| Ok((r.try_get("reference")?, event(r)?))).collect()
    }

    async fn service_requests(&self, query: &ServiceRequestQuery) -> Result<Vec<CaseRecord>> {
        let mut q: QueryBuilder<Db> = QueryBuilder::new(format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE kind = 'service_request' AND merged_into IS NULL"
        ));
        if !query.references.is_empty() {
            q.push(" AND reference IN (");
            let mut s = q.separated(", ");
            for r in &query.references {
                s.push_bind(r.as_str());
            }
            q.push(")");
        }
        if !query.categories.is_empty() {
            q.push(" AND category IN (");
            let mut s = q.separated(", ");
            for c in &query.categories {
                s.push_bind(c.as_str());
            }
            q.push(")");
        }
        if let Some(from) = query.from {
            q.push(" AND created_at >= ").push_bind(from);
        }
        if let Some(to) = query.to {
            q.push(" AND created_at <= ").push_bind(to);
        }
        match query.open {
            Some(true) => {
                q.push(" AND closed_at IS NULL AND resolved_at IS NULL");
            }
            Some(false) => {
                q.push(" AND (closed_at IS NOT NULL OR resolved_at IS NOT NULL)");
            }
            None => {}
        }
        q.push(" ORDER BY created_at DESC, id DESC LIMIT ").push_bind(query.limit);
        let rows = q.build().fetch_all(&self.reader).await?;
        rows.iter().map(case).collect()
    }
}

#[async_trait]
impl RoutingStore for Adapter {
    async fn save_team(&self, team: &Team, at: DateTime<Utc>, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO case_teams (organisation_id, email, manager_id, partner, updated_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (organisation_id) DO UPDATE SET email = excluded.email,
             manager_id = excluded.manager_id, partner = excluded.partner, updated_at = excluded.updated_at",
        )
        .bind(team.organisation_id)
        .bind(&team.email)
        .bind(team.manager_id)
        .bind(team.partner)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn teams(&self) -> Result<Vec<Team>> {
        // The few teams first, then their organisations: left to itself SQLite walks every organisation
        // in name order (thousands, with the stakeholder map) to find the handful that are teams.
        let rows = sqlx::query(
            "SELECT t.organisation_id, o.name, o.kind, t.email, t.manager_id, t.partner
             FROM case_teams t CROSS JOIN organisations o WHERE o.id = t.organisation_id ORDER BY o.name",
        )
        .fetch_all(&self.reader)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Team {
                    organisation_id: r.try_get("organisation_id")?,
                    name: r.try_get("name")?,
                    kind: r.try_get("kind")?,
                    email: r.try_get("email")?,
                    manager_id: r.try_get("manager_id")?,
                    partner: r.try_get("partner")?,
                })
            })
            .collect()
    }

    async fn save_category(&self, c: &Category, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO case_categories (kind, code, name, acknowledge_days, resolve_days, active, attributes)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (kind, code) DO UPDATE SET name = excluded.name,
             acknowledge_days = excluded.acknowledge_days, resolve_days = excluded.resolve_days,
             active = excluded.active, attributes = excluded.attributes",
        )
        .bind(c.kind.as_str())
        .bind(&c.code)
        .bind(&c.name)
        .bind(c.targets.acknowledge_days as i32)
        .bind(c.targets.resolve_days as i32)
        .bind(c.active)
        .bind(json_text(&c.attributes))
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn categories(&self) -> Result<Vec<Category>> {
        let rows = sqlx::query(
            "SELECT kind, code, name, acknowledge_days, resolve_days, active, attributes FROM case_categories
             ORDER BY kind, name",
        )
        .fetch_all(&self.reader)
        .await?;
        rows.iter()
            .map(|r| {
                let ack: i32 = r.try_get("acknowledge_days")?;
                let resolve: i32 = r.try_get("resolve_days")?;
                Ok(Category {
                    kind: kind_of(r.try_get("kind")?)?,
                    code: r.try_get("code")?,
                    name: r.try_get("name")?,
                    targets: Targets { acknowledge_days: ack.max(0) as u32, resolve_days: resolve.max(0) as u32 },
                    active: r.try_get("active")?,
                    attributes: json_of(r.try_get("attributes")?)?,
                })
            })
            .collect()
    }

    async fn save_rule(&self, rule: &RoutingRule, at: DateTime<Utc>, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO routing_rules (id, kind, category, area_kind, area_ref, team_id, owner_id, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, category = excluded.category,
             area_kind = excluded.area_kind, area_ref = excluded.area_ref, team_id = excluded.team_id,
             owner_id = excluded.owner_id, updated_at = excluded.updated_at",
        )
        .bind(rule.id)
        .bind(rule.kind.as_str())
        .bind(rule.category.clone().unwrap_or_default())
        .bind(rule.area.kind())
        .bind(rule.area.reference())
        .bind(rule.team)
        .bind(rule.owner)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn remove_rule(&self, id: Uuid, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let gone = sqlx::query("DELETE FROM routing_rules WHERE id = $1").bind(id).execute(&mut *tx).await?;
        if gone.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn rules(&self) -> Result<Vec<RoutingRule>> {
        let rows = sqlx::query(
            "SELECT id, kind, category, area_kind, area_ref, team_id, owner_id FROM routing_rules
             ORDER BY kind, category, area_kind, area_ref",
        )
        .fetch_all(&self.reader)
        .await?;
        rows.iter()
            .map(|r| {
                let category: String = r.try_get("category")?;
                let (area_kind, area_ref): (String, String) = (r.try_get("area_kind")?, r.try_get("area_ref")?);
                Ok(RoutingRule {
                    id: r.try_get("id")?,
                    kind: kind_of(r.try_get("kind")?)?,
                    category: (!category.is_empty()).then_some(category),
                    area: Area::from_parts(&area_kind, &area_ref)
                        .ok_or_else(|| StoreError::Corrupt(format!("rule area {area_kind}:{area_ref}")))?,
                    team: r.try_get("team_id")?,
                    owner: r.try_get("owner_id")?,
                })
            })
            .collect()
    }

    async fn set_retention(&self, kind: CaseKind, days: i32, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO case_kind_settings (kind, retention_days) VALUES ($1, $2)
             ON CONFLICT (kind) DO UPDATE SET retention_days = excluded.retention_days",
        )
        .bind(kind.as_str())
        .bind(days)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn retention(&self) -> Result<Vec<(CaseKind, i32)>> {
        let rows = sqlx::query("SELECT kind, retention_days FROM case_kind_settings ORDER BY kind")
            .fetch_all(&self.reader)
            .await?;
        rows.iter().map(|r| Ok((kind_of(r.try_get("kind")?)?, r.try_get("retention_days")?))).collect()
    }
}

#[async_trait]
impl ApiKeyStore for Adapter {
    async fn add_api_key(
        &self,
        id: Uuid,
        name: &str,
        key_hash: &str,
        at: DateTime<Utc>,
        entry: &AuditEntry,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO open311_keys (id, name, key_hash, created_at) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(name)
            .bind(key_hash)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn revoke_api_key(&self, id: Uuid, at: DateTime<Utc>, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE open311_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL")
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

    async fn api_key(&self, key_hash: &str) -> Result<Option<(Uuid, String)>> {
        Ok(sqlx::query_as("SELECT id, name FROM open311_keys WHERE key_hash = $1 AND revoked_at IS NULL")
            .bind(key_hash)
            .fetch_optional(&self.reader)
            .await?)
    }

    async fn api_keys(&self) -> Result<Vec<ApiKey>> {
        let rows = sqlx::query("SELECT id, name, created_at, revoked_at FROM open311_keys ORDER BY created_at")
            .fetch_all(&self.reader)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(ApiKey {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                    revoked_at: r.try_get("revoked_at")?,
                })
            })
            .collect()
    }
}

#[async_trait]
impl SettingStore for Adapter {
    async fn setting(&self, name: &str) -> Result<Option<String>> {
        Ok(sqlx::query_scalar("SELECT value FROM settings WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.reader)
            .await?)
    }

    async fn save_setting(&self, name: &str, value: &str, at: DateTime<Utc>, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO settings (name, value, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(name)
        .bind(value)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }
}

#[async_trait]
impl AgreementStore for Adapter {
    async fn publish_agreement(&self, a: &kith_core::agreements::Agreement, entry: &AuditEntry) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE agreements SET superseded_at = $2 WHERE series = $1 AND superseded_at IS NULL")
            .bind(a.series)
            .bind(a.published_at)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO agreements (id, series, version, ward_code, kind, category, measure, target_percent,
             period, team_id, title, published_at, superseded_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, NULL)",
        )
        .bind(a.id)
        .bind(a.series)
        .bind(a.version)
        .bind(a.ward.clone().unwrap_or_default())
        .bind(a.kind.as_str())
        .bind(a.category.clone().unwrap_or_default())
        .bind(a.measure.as_str())
        .bind(i32::from(a.target_percent))
        .bind(a.period.as_str())
        .bind(a.team)
        .bind(&a.title)
        .bind(a.published_at)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn agreements(&self) -> Result<Vec<kith_core::agreements::Agreement>> {
        use kith_core::agreements::{Agreement, Measure, Period};
        let rows = sqlx::query("SELECT * FROM agreements ORDER BY (superseded_at IS NOT NULL), title, version DESC")
            .fetch_all(&self.reader)
            .await?;
        rows.iter()
            .map(|r| {
                let ward: String = r.try_get("ward_code")?;
                let category: String = r.try_get("category")?;
                let measure: String = r.try_get("measure")?;
                let period: String = r.try_get("period")?;
                let target: i32 = r.try_get("target_percent")?;
                Ok(Agreement {
                    id: r.try_get("id")?,
                    series: r.try_get("series")?,
                    version: r.try_get("version")?,
                    ward: (!ward.is_empty()).then_some(ward),
                    kind: kind_of(r.try_get("kind")?)?,
                    category: (!category.is_empty()).then_some(category),
                    measure: Measure::parse(&measure)
                        .ok_or_else(|| StoreError::Corrupt(format!("measure {measure:?}")))?,
                    target_percent: u8::try_from(target.clamp(0, 100)).unwrap_or(100),
                    period: Period::parse(&period).ok_or_else(|| StoreError::Corrupt(format!("period {period:?}")))?,
                    team: r.try_get("team_id")?,
                    title: r.try_get("title")?,
                    published_at: r.try_get("published_at")?,
                    superseded_at: r.try_get("superseded_at")?,
                })
            })
            .collect()
    }

    async fn category_counts(&self, ward: &str, since: DateTime<Utc>) -> Result<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT category, COUNT(*) AS n FROM cases WHERE merged_into IS NULL AND ward_code = $1 AND created_at >= $2
             GROUP BY category ORDER BY n DESC, category",
        )
        .bind(ward)
        .bind(since)
        .fetch_all(&self.reader)
        .await?;
        rows.iter().map(|r| Ok((r.try_get("category")?, r.try_get("n")?))).collect()
    }

    async fn month_counts(
        &self,
        ward: Option<&str>,
        months: &[DateTime<Utc>],
        now: DateTime<Utc>,
    ) -> Result<Vec<MonthCount>> {
        let Some(first) = months.first() else { return Ok(vec![]) };
        let mut q: QueryBuilder<Db> = QueryBuilder::new("SELECT ward_code, kind, category, CASE");
        for (i, start) in months.iter().enumerate().rev() {
            q.push(" WHEN created_at >= ").push_bind(*start).push(format!(" THEN {i}"));
        }
        q.push(" ELSE -1 END AS month, ");
        // A case counts once its outcome is known: done, or past due without being done.
        q.push(
            "SUM(CASE WHEN acknowledge_due_at IS NOT NULL AND (acknowledged_at IS NOT NULL OR acknowledge_due_at <= ",
        )
        .push_bind(now)
        .push(") THEN 1 ELSE 0 END) AS ack_counted, ");
        q.push("SUM(CASE WHEN acknowledged_at IS NOT NULL AND acknowledged_at < acknowledge_due_at THEN 1 ELSE 0 END) AS ack_within, ");
        q.push("SUM(CASE WHEN resolve_due_at IS NOT NULL AND (resolved_at IS NOT NULL OR resolve_due_at <= ")
            .push_bind(now)
            .push(") THEN 1 ELSE 0 END) AS res_counted, ");
        q.push(
            "SUM(CASE WHEN resolved_at IS NOT NULL AND resolved_at < resolve_due_at THEN 1 ELSE 0 END) AS res_within ",
        );
        q.push("FROM cases WHERE merged_into IS NULL AND created_at >= ").push_bind(*first);
        if let Some(ward) = ward {
            q.push(" AND ward_code = ").push_bind(ward);
        }
        q.push(" GROUP BY ward_code, kind, category, month");
        let rows = q.build().fetch_all(&self.reader).await?;
        rows.iter()
            .map(|r| {
                let month: i64 =
                    r.try_get::<i64, _>("month").or_else(|_| r.try_get::<i32, _>("month").map(i64::from))?;
                let int = |name: &str| -> Result<i64> { Ok(r.try_get::<Option<i64>, _>(name)?.unwrap_or(0)) };
                Ok(MonthCount {
                    ward_code: read(r.try_get("ward_code")?)?,
                    kind: kind_of(r.try_get("kind")?)?,
                    category: r.try_get("category")?,
                    month: usize::try_from(month).unwrap_or(usize::MAX),
                    acknowledge_counted: int("ack_counted")?,
                    acknowledge_within: int("ack_within")?,
                    resolve_counted: int("res_counted")?,
                    resolve_within: int("res_within")?,
                })
            })
            .filter(|m| m.as_ref().map_or(true, |m| m.month != usize::MAX))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::{CITY, OPEN_STATES, TRIAGE};
    use kith_core::cases::CaseState;

    #[test]
    fn the_open_states_in_sql_are_the_open_states() {
        let named: Vec<&str> = OPEN_STATES
            .trim_start_matches("state IN (")
            .trim_end_matches(')')
            .split(", ")
            .map(|s| s.trim_matches('\''))
            .collect();
        let open: Vec<&str> = CaseState::ALL.into_iter().filter(|s| s.is_open()).map(CaseState::as_str).collect();
        assert_eq!(named.len(), open.len());
        assert!(open.iter().all(|s| named.contains(s)), "{named:?} against {open:?}");
    }

    #[test]
    fn the_open_case_indexes_name_the_open_states_word_for_word() {
        for migration in [
            include_str!("../../migrations/sqlite/0021_open_case_queues.sql"),
            include_str!("../../migrations/postgres/0021_open_case_queues.sql"),
        ] {
            assert_eq!(migration.matches(OPEN_STATES).count(), 6, "each of the six indexes");
            assert!(migration.contains(&format!("WHERE {TRIAGE}")), "the triage index");
            assert!(migration.contains(&format!("WHERE {CITY}")), "the flag index");
        }
    }
}
