//! The time bank as stored: exchanges, the ledger's postings and each account's balance. Posting is one
//! transaction: both balances move within their limits (checked by the update itself, so two posts at once cannot
//! together break a limit) and two postings that sum to zero are written, or nothing is.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use kith_core::channel::Channel;
use uuid::Uuid;

use crate::outbox::OutgoingEmail;
use crate::{AuditEntry, Result};

/// An exchange as stored. `None` for a side is the community pot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredExchange {
    pub id: Uuid,
    /// Debited: the member who was helped (or who donates).
    pub from: Option<Uuid>,
    /// Credited: the member who helped (or the pot).
    pub to: Option<Uuid>,
    pub minutes: i64,
    pub what: String,
    pub on: NaiveDate,
    /// `proposed`, `posted` or `declined`.
    pub state: String,
    pub proposed_by: Option<Uuid>,
    pub channel: Channel,
    pub keyed_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub posted_at: Option<DateTime<Utc>>,
}

/// The limits a post must keep, in minutes: a member's balance from `floor` to `ceiling`, the pot's from
/// `pot_floor` (with no ceiling).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PostingLimits {
    pub floor: i64,
    pub ceiling: i64,
    pub pot_floor: i64,
}

/// One line of a member's statement: a posting and its exchange.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementLine {
    pub exchange: StoredExchange,
    /// Positive when the member was credited.
    pub minutes: i64,
    pub posted_at: DateTime<Utc>,
}

/// Hours given by the members of one ward, or of one organisation's volunteers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenBy {
    pub ward: String,
    pub organisations: Vec<Uuid>,
    pub minutes: i64,
}

#[async_trait]
pub trait TimebankStore: Send + Sync {
    /// Writes an exchange proposed by one side, waiting for the other, with its audit row and emails.
    async fn propose_exchange(&self, e: &StoredExchange, audit: &AuditEntry, emails: &[OutgoingEmail]) -> Result<()>;
    /// Posts an exchange (a proposed one, or a new one a coordinator records, which is written first): both balances
    /// move within `limits` and two postings are written, or nothing is (`Conflict` naming the account whose limit it
    /// would break, or that it is no longer waiting).
    async fn post_exchange(
        &self,
        e: &StoredExchange,
        limits: PostingLimits,
        at: DateTime<Utc>,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Marks a proposed exchange declined by the other side.
    async fn decline_exchange(&self, id: Uuid, audit: &AuditEntry) -> Result<()>;
    async fn exchange(&self, id: Uuid) -> Result<Option<StoredExchange>>;
    /// Exchanges waiting for `member` to confirm (proposed by the other side), oldest first.
    async fn waiting_for(&self, member: Uuid, limit: i64) -> Result<Vec<StoredExchange>>;
    /// An account's balance in minutes (`None`: the pot).
    async fn balance(&self, member: Option<Uuid>) -> Result<i64>;
    /// An account's postings, newest first, at most `limit`.
    async fn statement(&self, member: Option<Uuid>, limit: i64) -> Result<Vec<StatementLine>>;
    /// The sum of every posting (zero, always) and how many there are.
    async fn ledger_sum(&self) -> Result<(i64, i64)>;
    /// Minutes given (credited) since `since`, per member with their ward and organisations, at most `limit`.
    async fn given_by_member(&self, since: DateTime<Utc>, limit: i64) -> Result<Vec<GivenBy>>;
}
