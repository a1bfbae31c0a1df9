//! The directory's use cases: searching (`search`, one for every door) and reading the read model, and writing records through the store with
//! their field-level history and audit row. The read model (`kith_search::DirectoryIndex`) is built from the
//! store's change feed at start and caught up from it after every local write and by a poll every
//! `REFRESH_INTERVAL`, so a write on any instance shows on every instance within about that long.

pub mod edit;
pub mod export;
pub mod freshness;
pub mod import;
pub mod search;

use std::sync::{Arc, RwLock, RwLockReadGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};
use kith_core::directory::{BankHolidays, Location, Organisation, Service, Synonym, Taxonomy, TaxonomyTerm};
use kith_search::{Change, DirectoryIndex};
use kith_store::Store;
use kith_store::directory::{DirectoryWrite, FieldChange, RecordWrite, StoredRecord};
pub use kith_store::directory::{Draft, RecordKind};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::{Actor, App, AppError, Result};

/// How many records a catch-up reads from the store at a time.
const CATCH_UP_PAGE: i64 = 500;

/// How often each instance looks for changes made elsewhere.
pub const REFRESH_INTERVAL: Duration = Duration::from_millis(250);

/// The read model and the lock that keeps two catch-ups from racing.
pub struct ReadModel {
    index: RwLock<DirectoryIndex>,
    catching_up: tokio::sync::Mutex<()>,
}

impl ReadModel {
    pub fn new(holidays: BankHolidays) -> Self {
        // The Open Referral UK list items kept ready, since `/api/oruk/services` is the busiest answer.
        let index = DirectoryIndex::new(holidays).with_listings(Box::new(kith_standards::oruk::ListItems));
        Self { index: RwLock::new(index), catching_up: tokio::sync::Mutex::new(()) }
    }

    /// The index to read. Hold it only while answering one request.
    pub fn read(&self) -> RwLockReadGuard<'_, DirectoryIndex> {
        self.index.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Applies every change the store has committed since the index last looked.
    pub async fn catch_up(&self, store: &Arc<dyn Store>) -> Result<()> {
        let _one_at_a_time = self.catching_up.lock().await;
        let known = self.read().seq;
        let upto = store.directory_seq().await?;
        if upto <= known {
            return Ok(());
        }
        // A page at a time, so building from a large store never holds every record's JSON at once; the next page
        // is read by a task of its own while this one parses, so the store and the parsing use both cores.
        let read = |after: (i64, Uuid)| {
            let store = store.clone();
            tokio::spawn(async move { store.directory_changes_page(after, upto, CATCH_UP_PAGE).await })
        };
        let joined = |e: tokio::task::JoinError| AppError::Internal(format!("reading the directory's changes: {e}"));
        let mut parsed = Vec::new();
        let mut page = read((known, Uuid::nil())).await.map_err(joined)??;
        while let Some(last) = page.last() {
            let next = (page.len() as i64 == CATCH_UP_PAGE).then(|| read((last.change_seq, last.id)));
            for record in &page {
                parsed.push(parse(record)?);
            }
            match next {
                Some(next) => page = next.await.map_err(joined)??,
                None => break,
            }
        }
        self.index.write().unwrap_or_else(|e| e.into_inner()).apply(parsed, upto);
        Ok(())
    }
}

fn corrupt(record: &StoredRecord, e: serde_json::Error) -> AppError {
    AppError::Internal(format!("directory record {} ({}) does not read back: {e}", record.id, record.kind.as_str()))
}

/// A stored record as a change to the read model.
fn parse(record: &StoredRecord) -> Result<Change> {
    if record.deleted_at.is_some() {
        return Ok(Change::Removed(record.id));
    }
    let body = record.body.as_str();
    let e = |err| corrupt(record, err);
    Ok(match record.kind {
        RecordKind::Organisation => Change::Organisation(serde_json::from_str(body).map_err(e)?),
        RecordKind::Location => Change::Location(serde_json::from_str(body).map_err(e)?),
        RecordKind::Service => {
            let mut service: Service = serde_json::from_str(body).map_err(e)?;
            if let Some(checked) = record.checked_at {
                service.checked_at = checked;
            }
            service.shrink_to_fit();
            Change::Service { service, modified: record.updated_at }
        }
        RecordKind::Taxonomy => Change::Taxonomy(serde_json::from_str(body).map_err(e)?),
        RecordKind::TaxonomyTerm => Change::Term(serde_json::from_str(body).map_err(e)?),
        RecordKind::Synonym => Change::Synonym(serde_json::from_str(body).map_err(e)?),
    })
}

/// Keeps the read model fresh until the app is gone.
pub fn spawn_refresh(app: &Arc<App>) {
    let weak = Arc::downgrade(app);
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(REFRESH_INTERVAL).await;
            let Some(app) = weak.upgrade() else { return };
            if app.closed.load(std::sync::atomic::Ordering::Relaxed) {
                return;
            }
            if let Err(e) = app.directory.catch_up(&app.store).await {
                tracing::warn!(error = %e, "catching the directory up failed; trying again");
            }
        }
    });
}

/// Any directory record, for a write.
// Services are most of the records, so they are held unboxed (see `kith_search::Change`).
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Record {
    Organisation(Organisation),
    Location(Location),
    Service(Service),
    Taxonomy(Taxonomy),
    Term(TaxonomyTerm),
    Synonym(Synonym),
}

impl Record {
    fn id(&self) -> Uuid {
        match self {
            Record::Organisation(o) => o.id,
            Record::Location(l) => l.id,
            Record::Service(s) => s.id,
            Record::Taxonomy(t) => t.id,
            Record::Term(t) => t.id,
            Record::Synonym(s) => s.id,
        }
    }

    fn kind(&self) -> RecordKind {
        match self {
            Record::Organisation(_) => RecordKind::Organisation,
            Record::Location(_) => RecordKind::Location,
            Record::Service(_) => RecordKind::Service,
            Record::Taxonomy(_) => RecordKind::Taxonomy,
            Record::Term(_) => RecordKind::TaxonomyTerm,
            Record::Synonym(_) => RecordKind::Synonym,
        }
    }

    fn body(&self) -> Value {
        let v = match self {
            Record::Organisation(o) => serde_json::to_value(o),
            Record::Location(l) => serde_json::to_value(l),
            Record::Service(s) => serde_json::to_value(s),
            Record::Taxonomy(t) => serde_json::to_value(t),
            Record::Term(t) => serde_json::to_value(t),
            Record::Synonym(s) => serde_json::to_value(s),
        };
        v.unwrap_or(Value::Null)
    }

    fn organisation_id(&self) -> Option<Uuid> {
        match self {
            Record::Organisation(o) => Some(o.id),
            Record::Service(s) => Some(s.organisation_id),
            _ => None,
        }
    }
}

/// The fields that differ between two versions of a record, as text, for the history.
fn field_changes(record_id: Uuid, old: Option<&Value>, new: &Value) -> Vec<FieldChange> {
    let empty = serde_json::Map::new();
    let old = old.and_then(Value::as_object).unwrap_or(&empty);
    let new = new.as_object().unwrap_or(&empty);
    let text = |v: &Value| match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    };
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| {
            let (before, after) = (old.get(k).and_then(text), new.get(k).and_then(text));
            (before != after).then(|| FieldChange { record_id, field: k.clone(), old_value: before, new_value: after })
        })
        .collect()
}

/// Writes records as they are given (already validated and permitted), with their history, in one transaction,
/// then catches this instance's read model up so the writer sees their own change at once.
pub(crate) async fn write_records(app: &App, actor: &Actor, records: Vec<Record>, history: bool) -> Result<i64> {
    write(app, actor, records, history, None).await
}

/// Writes records straight to the directory from the server's command line (the tests' set-up and the
/// benchmarks; `kith import directory` goes through `import`), in `actor`'s name: no screen reaches it, and a person
/// changes records through `edit`, which checks who they are.
pub async fn write_records_from_command_line(
    app: &App,
    actor: &Actor,
    records: Vec<Record>,
    history: bool,
) -> Result<i64> {
    write_records(app, actor, records, history).await
}

/// Writes the records of an approved draft, marking it approved in the same transaction (refused if someone
/// else decided it first).
pub(crate) async fn write_records_approving(
    app: &App,
    actor: &Actor,
    records: Vec<Record>,
    draft: Option<Uuid>,
) -> Result<i64> {
    write(app, actor, records, true, draft).await
}

async fn write(app: &App, actor: &Actor, records: Vec<Record>, history: bool, approves: Option<Uuid>) -> Result<i64> {
    let at = app.now();
    let mut writes = Vec::with_capacity(records.len());
    let mut changes = Vec::new();
    for record in records {
        let body = record.body();
        if history {
            let old = app.store.directory_record(record.id()).await?;
            let old_body = old.as_ref().and_then(|o| serde_json::from_str::<Value>(&o.body).ok());
            changes.extend(field_changes(record.id(), old_body.as_ref(), &body));
        }
        let checked_at = match &record {
            Record::Service(s) => Some(s.checked_at),
            _ => None,
        };
        let name = match &record {
            Record::Organisation(o) => Some(o.name.clone()),
            _ => None,
        };
        writes.push(RecordWrite {
            id: record.id(),
            kind: record.kind(),
            organisation_id: record.organisation_id(),
            name,
            body: body.to_string(),
            checked_at,
            deleted: false,
        });
    }
    let audit = writes.first().map(|first| {
        let kinds: Vec<&str> = writes.iter().map(|w| w.kind.as_str()).collect();
        actor.entry(
            at,
            "directory.records_saved",
            first.kind.as_str(),
            first.id,
            serde_json::json!({ "records": writes.len(), "kinds": kinds }),
        )
    });
    let write = DirectoryWrite {
        at,
        actor_id: actor.user_id,
        actor: actor.label.clone(),
        records: writes,
        history: changes,
        audit,
        approves,
    };
    let seq = app.store.write_directory(&write).await?;
    app.directory.catch_up(&app.store).await?;
    Ok(seq)
}

/// A field's change as staff read it.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// A record's history, newest first.
/// Whether someone sees what only staff see of the directory: a record's history, and services hidden because
/// nobody has checked them for 18 months.
pub fn staff_view(principal: Option<&crate::accounts::Principal>) -> bool {
    principal.is_some_and(|p| p.holds(kith_core::accounts::permission::STAFF))
}

/// A record's field-level history, for staff.
pub async fn history(app: &App, principal: &crate::accounts::Principal, record_id: Uuid) -> Result<Vec<HistoryEntry>> {
    if !staff_view(Some(principal)) {
        return Err(AppError::Forbidden);
    }
    Ok(app
        .store
        .directory_history(record_id)
        .await?
        .into_iter()
        .map(|h| HistoryEntry {
            at: h.at,
            actor: h.actor,
            field: h.field,
            old_value: h.old_value,
            new_value: h.new_value,
        })
        .collect())
}

/// Emails a shortlist (written by the caller in the reader's language) to a resident or colleague. Staff only;
/// the email goes through the outbox, and the audit trail says who sent what to whom.
pub async fn email_shortlist(
    app: &App,
    principal: &crate::accounts::Principal,
    actor: &Actor,
    to: &str,
    subject: &str,
    body: &str,
    services: usize,
) -> Result<()> {
    principal.require_somewhere(kith_core::accounts::permission::STAFF)?;
    let to = kith_core::accounts::Email::parse(to)
        .map_err(|_| AppError::invalid("to", "Enter an email address like name@example.org"))?;
    if services == 0 {
        return Err(AppError::invalid("to", "Add services to the shortlist before sending it"));
    }
    let email = kith_store::outbox::OutgoingEmail::new(to.as_str(), subject, body, app.now());
    let audit = actor.entry(
        app.now(),
        "directory.shortlist_emailed",
        "email",
        email.id,
        serde_json::json!({ "to": to.as_str(), "services": services }),
    );
    app.store.enqueue_email(&email, Some(&audit)).await?;
    Ok(())
}
