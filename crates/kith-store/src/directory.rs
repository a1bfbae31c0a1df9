//! The directory as stored: records kept as documents (see migrations/*/0002_directory.sql), their field-level
//! history, the drafts waiting for review, and the change feed the search read model follows.
//!
//! Every write bumps the directory's change counter inside its own transaction and stamps the rows it writes
//! with the new value. Writers queue on the counter's row, so values are handed out in commit order and a reader
//! that has read the counter at N can read every change up to N: the feed never skips a committed change, on
//! either backend.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::{AuditEntry, Result};

/// What kind of directory record a row holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Organisation,
    Location,
    Service,
    Taxonomy,
    TaxonomyTerm,
    Synonym,
}

impl RecordKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Organisation => "organisation",
            RecordKind::Location => "location",
            RecordKind::Service => "service",
            RecordKind::Taxonomy => "taxonomy",
            RecordKind::TaxonomyTerm => "taxonomy_term",
            RecordKind::Synonym => "synonym",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Organisation, Self::Location, Self::Service, Self::Taxonomy, Self::TaxonomyTerm, Self::Synonym]
            .into_iter()
            .find(|k| k.as_str() == text)
    }
}

/// One record as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredRecord {
    pub id: Uuid,
    pub kind: RecordKind,
    pub organisation_id: Option<Uuid>,
    /// The record as JSON, in the shape of `kith_core::directory`'s types.
    pub body: String,
    pub change_seq: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub checked_at: Option<DateTime<Utc>>,
    pub deleted_at: Option<DateTime<Utc>>,
}

/// A record to write, whole. An organisation's record also names the organisation that accounts are scoped to.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordWrite {
    pub id: Uuid,
    pub kind: RecordKind,
    pub organisation_id: Option<Uuid>,
    /// For an organisation: its name, kept in the organisations table as well.
    pub name: Option<String>,
    pub body: String,
    pub checked_at: Option<DateTime<Utc>>,
    pub deleted: bool,
}

/// One field's change, for the history staff read.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    pub record_id: Uuid,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HistoryRow {
    pub record_id: Uuid,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// Writes that land together: records, their history, one audit row, and the approval of the draft they
/// publish (refused if someone else decided it first).
#[derive(Debug, Clone)]
pub struct DirectoryWrite {
    pub at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    pub actor: String,
    pub records: Vec<RecordWrite>,
    pub history: Vec<FieldChange>,
    pub audit: Option<AuditEntry>,
    pub approves: Option<Uuid>,
}

/// A proposed change to one record, waiting for (or past) review.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: Uuid,
    pub record_id: Uuid,
    pub kind: RecordKind,
    pub organisation_id: Option<Uuid>,
    /// The whole proposed record, as `StoredRecord::body`.
    pub body: String,
    pub wards: Vec<String>,
    pub submitted_by: Option<Uuid>,
    pub submitted_by_label: String,
    pub submitted_at: DateTime<Utc>,
    /// pending, approved, returned or superseded.
    pub status: String,
    pub decided_by_label: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub reason: Option<String>,
}

/// Which drafts to list.
#[derive(Debug, Clone, Default)]
pub struct DraftQuery {
    pub status: Option<String>,
    pub organisation_id: Option<Uuid>,
    pub record_id: Option<Uuid>,
    pub limit: i64,
}

/// A reminder sent about a record that nobody has checked for `step` months.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder {
    pub record_id: Uuid,
    pub step: i32,
    pub checked_at: DateTime<Utc>,
    pub sent_at: DateTime<Utc>,
    pub sent_to: String,
}

/// What has changed since a reader last looked.
#[derive(Debug, Clone, Default)]
pub struct DirectoryChanges {
    /// The counter the reader has now caught up to.
    pub seq: i64,
    /// Every record written after the reader's last value, deleted ones included, in change order.
    pub records: Vec<StoredRecord>,
}

#[async_trait]
pub trait DirectoryStore {
    /// Lands a write in one transaction; returns the change counter it was given.
    async fn write_directory(&self, write: &DirectoryWrite) -> Result<i64>;
    /// The directory's change counter: cheap, for polling.
    async fn directory_seq(&self) -> Result<i64>;
    /// Every record changed after `after` (0 for everything).
    async fn directory_changes(&self, after: i64) -> Result<DirectoryChanges>;
    /// The changes after `after` (a change number and a record id) up to `upto`, at most `limit`, in change order:
    /// a big catch-up read a page at a time.
    async fn directory_changes_page(&self, after: (i64, Uuid), upto: i64, limit: i64) -> Result<Vec<StoredRecord>>;
    async fn directory_record(&self, id: Uuid) -> Result<Option<StoredRecord>>;
    /// A record's history, newest first.
    async fn directory_history(&self, record_id: Uuid) -> Result<Vec<HistoryRow>>;
    /// Saves a draft for review; an earlier pending draft of the same record is superseded by it.
    async fn save_draft(&self, draft: &Draft, audit: &AuditEntry) -> Result<()>;
    async fn draft(&self, id: Uuid) -> Result<Option<Draft>>;
    /// Drafts, newest first.
    async fn drafts(&self, query: &DraftQuery) -> Result<Vec<Draft>>;
    /// Sends a pending draft back with a reason; `Conflict` if it is no longer pending.
    async fn return_draft(&self, id: Uuid, by: &str, at: DateTime<Utc>, reason: &str, audit: &AuditEntry)
    -> Result<()>;
}
