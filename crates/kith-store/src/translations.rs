//! Translations as stored: one row per message of a community language, with its status and the English it was
//! made from, and a glossary of terms per language. English itself is never stored: the repository's catalogue is
//! its only source.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kith_core::translations::Status;
use uuid::Uuid;

use crate::{AuditEntry, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTranslation {
    pub language: String,
    pub key: String,
    /// The message's Fluent source after `key =` (a pattern, perhaps over several lines).
    pub text: String,
    /// The English message's source it was made from.
    pub english: String,
    pub status: Status,
    pub reviewed_by: Option<Uuid>,
    pub reviewed_at: Option<DateTime<Utc>>,
    pub approved_by: Option<Uuid>,
    pub approved_at: Option<DateTime<Utc>>,
    pub updated_by: Option<Uuid>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTerm {
    pub language: String,
    pub term: String,
    pub translation: String,
    pub note: String,
    pub updated_by: Option<Uuid>,
    pub updated_at: DateTime<Utc>,
}

#[async_trait]
pub trait TranslationStore: Send + Sync {
    /// Every translation of one language, or of all languages, by language and key.
    async fn translations(&self, language: Option<&str>) -> Result<Vec<StoredTranslation>>;
    /// One translation.
    async fn translation(&self, language: &str, key: &str) -> Result<Option<StoredTranslation>>;
    /// Adds the rows not yet stored and leaves the others as they are (the repository's catalogues seeding the
    /// work); how many were added.
    async fn offer_translations(&self, rows: &[StoredTranslation]) -> Result<usize>;
    /// Writes these rows, adding or replacing, with one audit row, in one transaction. With `expected`, a row is
    /// replaced only if its `updated_at` is still that (someone else's change in between is a conflict).
    async fn save_translations(
        &self,
        rows: &[StoredTranslation],
        expected: Option<DateTime<Utc>>,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// How many translations there are and when the last changed: an instance reloads what it shows when this moves.
    async fn translations_changed(&self) -> Result<(i64, Option<DateTime<Utc>>)>;
    /// A language's glossary, by term.
    async fn glossary(&self, language: &str) -> Result<Vec<StoredTerm>>;
    /// Adds or replaces a term, with its audit row.
    async fn save_term(&self, term: &StoredTerm, audit: &AuditEntry) -> Result<()>;
    /// Removes a term, with its audit row.
    async fn remove_term(&self, language: &str, term: &str, audit: &AuditEntry) -> Result<()>;
}
