//! Community assets as stored: the register, Community Asset Transfers with their stage history, and nominations
//! of Assets of Community Value with each step's date. Every change is one transaction with its audit row and the
//! emails it sends; a change made from an out-of-date copy (its `version` moved on) is refused as a conflict.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use kith_core::assets::{AssetKind, Condition, Owner, Stage};
use kith_core::channel::Channel;
use uuid::Uuid;

use crate::outbox::OutgoingEmail;
use crate::{AuditEntry, Result};

#[derive(Debug, Clone, PartialEq)]
pub struct StoredAsset {
    pub id: Uuid,
    pub name: String,
    pub kind: AssetKind,
    pub owner: Owner,
    pub owner_name: String,
    pub condition: Condition,
    pub capacity: Option<i64>,
    /// Keys of `kith_core::directory::ACCESSIBILITY`.
    pub accessibility: Vec<String>,
    pub ward_code: String,
    pub address: String,
    pub position: Option<(f64, f64)>,
    /// The directory location it is, if it is one.
    pub location_id: Option<Uuid>,
    /// Who uses it, in words (groups that are not organisations in Kith).
    pub used_by: String,
    /// The organisations in Kith that use it.
    pub organisations: Vec<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTransfer {
    pub id: Uuid,
    /// Its reference is `CAT-{number}`.
    pub number: i64,
    pub asset_id: Uuid,
    pub applicant: String,
    pub applicant_email: Option<String>,
    pub organisation_id: Option<Uuid>,
    pub stage: Stage,
    pub stage_since: NaiveDate,
    /// The published target's last day for this stage.
    pub stage_due: Option<NaiveDate>,
    pub handler_id: Option<Uuid>,
    pub channel: Channel,
    pub created_at: DateTime<Utc>,
    pub version: i64,
}

/// One stage a transfer entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageEntry {
    pub id: Uuid,
    pub stage: Stage,
    pub entered_on: NaiveDate,
    pub due_on: Option<NaiveDate>,
    pub note: String,
    pub by_user: Option<Uuid>,
    pub recorded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredNomination {
    pub id: Uuid,
    /// Its reference is `ACV-{number}`.
    pub number: i64,
    pub asset_id: Uuid,
    pub nominator: String,
    pub nominator_email: Option<String>,
    pub owner_email: Option<String>,
    pub reasons: String,
    pub received_on: NaiveDate,
    /// `listed` or `not_listed`.
    pub decided: Option<(NaiveDate, String)>,
    pub review_requested_on: Option<NaiveDate>,
    /// `upheld` or `removed`.
    pub reviewed: Option<(NaiveDate, String)>,
    pub disposal_notified_on: Option<NaiveDate>,
    pub bid_requested_on: Option<NaiveDate>,
    /// When the owner and nominator were warned that the listing ends soon.
    pub expiry_warned_on: Option<NaiveDate>,
    pub channel: Channel,
    pub created_at: DateTime<Utc>,
    pub version: i64,
}

#[async_trait]
pub trait AssetStore: Send + Sync {
    /// Adds an asset, or changes it if its stored version is `asset.version - 1`.
    async fn save_asset(&self, asset: &StoredAsset, audit: &AuditEntry) -> Result<()>;
    /// Every asset, by ward and name.
    async fn assets(&self) -> Result<Vec<StoredAsset>>;
    async fn asset(&self, id: Uuid) -> Result<Option<StoredAsset>>;

    /// Opens a transfer with its first stage, numbering it; returns the number.
    async fn open_transfer(
        &self,
        transfer: &StoredTransfer,
        first: &StageEntry,
        audit: &AuditEntry,
        emails: &[OutgoingEmail],
    ) -> Result<i64>;
    /// Moves a transfer to `entry`'s stage if it is still at `transfer.version - 1`.
    async fn move_transfer(
        &self,
        transfer: &StoredTransfer,
        entry: &StageEntry,
        audit: &AuditEntry,
        emails: &[OutgoingEmail],
    ) -> Result<()>;
    async fn transfers(&self) -> Result<Vec<StoredTransfer>>;
    async fn transfer(&self, id: Uuid) -> Result<Option<(StoredTransfer, Vec<StageEntry>)>>;

    /// Records a nomination received, numbering it; returns the number.
    async fn add_nomination(
        &self,
        nomination: &StoredNomination,
        audit: &AuditEntry,
        emails: &[OutgoingEmail],
    ) -> Result<i64>;
    /// Saves a nomination's steps if it is still at `nomination.version - 1`.
    async fn update_nomination(
        &self,
        nomination: &StoredNomination,
        audit: &AuditEntry,
        emails: &[OutgoingEmail],
    ) -> Result<()>;
    async fn nominations(&self) -> Result<Vec<StoredNomination>>;
    async fn nomination(&self, id: Uuid) -> Result<Option<StoredNomination>>;
}
