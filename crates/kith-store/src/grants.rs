//! Small grants as stored: funds, their rounds, applications with their decision clocks, and each application's
//! timeline. Funds and applications carry a version, and a change is refused if the record changed since it was
//! read; every change lands with its audit row.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use kith_core::grants::{
    ApplicationDetails, ApplicationState, Channel, GroupKind, Interest, Payment, Pence, PotRule, Promise,
};
use kith_core::places::WardCode;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::outbox::OutgoingEmail;
use crate::{AuditEntry, Result};

/// One thing a fund's panel scores against, and how much it counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    pub name: String,
    pub weight: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fund {
    pub id: Uuid,
    pub name: String,
    /// What it is for and who can apply, in plain English.
    pub description: String,
    pub owner_id: Uuid,
    pub budget: Pence,
    pub max_award: Pence,
    pub promise: Promise,
    /// The wards it funds (empty: the whole city).
    pub wards: Vec<WardCode>,
    /// The kinds of group it funds (empty: every kind).
    pub kinds: Vec<GroupKind>,
    pub criteria: Vec<Criterion>,
    pub pot_rule: PotRule,
    /// The 360Giving grant programme code its awards are published under.
    pub programme_code: String,
    /// How far apart panellists' weighted scores (out of 5, in tenths) may be before moderation flags them.
    pub disagreement_tenths: u32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub id: Uuid,
    pub fund_id: Uuid,
    pub name: String,
    pub opens_on: NaiveDate,
    /// Rolling when there is none.
    pub closes_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    pub id: Uuid,
    /// `GR-` and a number, given when it is first saved.
    pub reference: String,
    pub fund_id: Uuid,
    pub round_id: Uuid,
    pub state: ApplicationState,
    pub channel: Channel,
    /// The member of staff who keyed a phone or paper application.
    pub keyed_by: Option<Uuid>,
    pub ward: WardCode,
    pub group_name: String,
    pub group_kind: GroupKind,
    pub amount: Pence,
    pub details: ApplicationDetails,
    /// A draft's form as the applicant left it (JSON text), so nothing typed is lost; `None` once submitted.
    pub draft: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub due_at: Option<DateTime<Utc>>,
    pub paused_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    /// When the fund's owner was told it was late.
    pub escalated_at: Option<DateTime<Utc>>,
    pub awarded: Option<Pence>,
    pub decision_reason: String,
    pub payment: Payment,
    pub payment_reference: String,
    pub paid_at: Option<DateTime<Utc>>,
    /// When the end-of-grant return is due (set at award), and when the applicant was reminded of it.
    pub return_due_on: Option<NaiveDate>,
    pub return_reminded_at: Option<DateTime<Utc>>,
    /// References of possible duplicates found at submission.
    pub duplicates: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

impl Application {
    /// The applicants' email addresses, lower case and space-separated, as duplicates are matched.
    pub fn people_key(&self) -> String {
        let mut emails: Vec<String> =
            self.details.people.iter().map(|p| p.email.trim().to_lowercase()).filter(|e| !e.is_empty()).collect();
        emails.sort();
        emails.dedup();
        emails.join(" ")
    }
}

/// One entry of an application's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantEvent {
    pub id: Uuid,
    pub application_id: Uuid,
    pub at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    pub actor: String,
    pub action: String,
    pub note: String,
}

/// An account invited to a round's panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelMember {
    pub round_id: Uuid,
    pub user_id: Uuid,
    pub invited_at: DateTime<Utc>,
}

/// A panel member's declaration on one application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    pub application_id: Uuid,
    pub user_id: Uuid,
    pub interest: Interest,
    pub note: String,
    /// Why Kith suggested a conflict, if it did.
    pub suggested: String,
    pub declared_at: DateTime<Utc>,
}

/// A panel member's score of an application against one criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    pub application_id: Uuid,
    pub user_id: Uuid,
    pub criterion: String,
    pub score: u8,
    pub comment: String,
    pub scored_at: DateTime<Utc>,
}

/// An end-of-grant return.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantReturn {
    pub application_id: Uuid,
    pub what_happened: String,
    pub people_reached: Option<u32>,
    /// For a larger award: what the money was spent on, and what was learned.
    pub spent_on: String,
    pub learned: String,
    pub submitted_at: DateTime<Utc>,
}

/// A write of an application and everything that lands with it.
#[derive(Debug, Clone, Copy)]
pub struct ApplicationChange<'a> {
    pub application: &'a Application,
    pub event: &'a GrantEvent,
    pub audit: &'a AuditEntry,
    pub emails: &'a [OutgoingEmail],
}

/// An award as the open data needs it, read without the rest of its application.
#[derive(Debug, Clone, PartialEq)]
pub struct Award {
    pub reference: String,
    pub fund_id: Uuid,
    pub ward: WardCode,
    pub group_name: String,
    pub group_kind: GroupKind,
    /// The project's title and summary, from the application's details (the people in them are never read here).
    pub title: String,
    pub summary: String,
    pub charity_number: String,
    pub company_number: String,
    /// The fiscal host that received the money for the group, if one did.
    pub fiscal_host: Option<String>,
    pub awarded: Pence,
    pub decided_at: DateTime<Utc>,
}

/// What the published grants were made from, cheaply read: it changes whenever an award is made, changed or
/// withdrawn, or a fund is changed, so a file made at one mark is still true while the store shows the same mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AwardsMark {
    pub awards: i64,
    /// The sum of the awards' versions, which every write to one raises.
    pub award_versions: i64,
    pub awarded_pence: i64,
    pub funds: i64,
    pub fund_versions: i64,
}

/// The order applications are listed in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// The newest first.
    #[default]
    Newest,
    /// The soonest due first (a queue).
    Due,
    /// No order in particular, the cheapest to read (for reading them all).
    Any,
}

/// Which applications to list, a page at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicationQuery {
    /// Any of these funds (none: every fund).
    pub funds: Vec<Uuid>,
    pub round: Option<Uuid>,
    pub states: Vec<ApplicationState>,
    /// Only those asking for more than this (a fund's panel track).
    pub more_than: Option<Pence>,
    pub order: Order,
    pub limit: i64,
    pub offset: i64,
}

#[async_trait]
pub trait GrantStore {
    /// Creates or changes a fund (a change only over the version before).
    async fn save_fund(&self, fund: &Fund, entry: &AuditEntry) -> Result<()>;
    async fn funds(&self) -> Result<Vec<Fund>>;
    async fn fund(&self, id: Uuid) -> Result<Option<Fund>>;
    async fn save_round(&self, round: &Round, entry: &AuditEntry) -> Result<()>;
    /// A fund's rounds, the earliest first.
    async fn rounds_of(&self, fund: Uuid) -> Result<Vec<Round>>;
    async fn round(&self, id: Uuid) -> Result<Option<Round>>;
    /// Writes a new application with the next reference, its first timeline entry, its audit row and the emails
    /// it sends (each told the reference through `{reference}` in its subject and body); returns the reference.
    async fn create_application(&self, change: &ApplicationChange<'_>) -> Result<String>;
    /// Changes an application over the version before, with a timeline entry, its audit row and its emails.
    async fn save_application(&self, change: &ApplicationChange<'_>) -> Result<()>;
    async fn application(&self, id: Uuid) -> Result<Option<Application>>;
    async fn application_by_reference(&self, reference: &str) -> Result<Option<Application>>;
    /// A page of applications, the newest first, and how many match.
    async fn applications(&self, query: &ApplicationQuery) -> Result<(Vec<Application>, i64)>;
    /// References of other submitted or decided applications to the same round from the same group (by
    /// `group_key`) or naming any of the same people (by email address).
    async fn possible_duplicates(
        &self,
        round: Uuid,
        group_key: &str,
        emails: &[String],
        except: Uuid,
    ) -> Result<Vec<String>>;
    async fn events_of(&self, application: Uuid) -> Result<Vec<GrantEvent>>;
    /// Invites an account to a round's panel (again is no change).
    async fn invite_to_panel(&self, member: &PanelMember, entry: &AuditEntry) -> Result<()>;
    async fn panel_of(&self, round: Uuid) -> Result<Vec<PanelMember>>;
    /// The rounds an account sits on the panel of.
    async fn panels_of(&self, user: Uuid) -> Result<Vec<Uuid>>;
    /// Records a declaration; one per member and application, never changed (a second is refused as the
    /// store's `Conflict`).
    async fn declare(&self, declaration: &Declaration, entry: &AuditEntry) -> Result<()>;
    async fn declarations_of(&self, application: Uuid) -> Result<Vec<Declaration>>;
    /// The declarations made about several applications at once (a page of them: the caller bounds how many).
    async fn declarations_for(&self, applications: &[Uuid]) -> Result<Vec<Declaration>>;
    /// A member's declarations on the applications of a round.
    async fn declarations_by(&self, user: Uuid, round: Uuid) -> Result<Vec<Declaration>>;
    /// Replaces a member's scores of an application.
    async fn save_scores(&self, application: Uuid, user: Uuid, scores: &[Score], entry: &AuditEntry) -> Result<()>;
    async fn scores_of(&self, application: Uuid) -> Result<Vec<Score>>;
    /// The scores of several applications at once (a page of them: the caller bounds how many).
    async fn scores_for(&self, applications: &[Uuid]) -> Result<Vec<Score>>;
    /// Every award (in full or in part), at most `limit`, in no order.
    async fn awards(&self, limit: i64) -> Result<Vec<Award>>;
    /// The mark of the awards and funds as they are now (see `AwardsMark`).
    async fn awards_mark(&self) -> Result<AwardsMark>;
    /// The applications of a round `user` has scored.
    async fn scored_by(&self, user: Uuid, round: Uuid) -> Result<Vec<Uuid>>;
    /// Applications still waiting for a decision past their due moment, whose owner has not been told.
    async fn late_unescalated(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<Application>>;
    /// Marks applications as escalated at `at`, with the emails that tell of them.
    async fn mark_escalated(&self, ids: &[Uuid], at: DateTime<Utc>, emails: &[OutgoingEmail]) -> Result<()>;
    /// Records an application's end-of-grant return (once: a second is the store's `Conflict`).
    async fn save_return(&self, r: &GrantReturn, entry: &AuditEntry) -> Result<()>;
    async fn return_of(&self, application: Uuid) -> Result<Option<GrantReturn>>;
    /// Awards whose return is due by `today`, not yet made, whose applicant has not been reminded.
    async fn returns_due(&self, today: NaiveDate, limit: i64) -> Result<Vec<Application>>;
    async fn mark_return_reminded(&self, ids: &[Uuid], at: DateTime<Utc>, emails: &[OutgoingEmail]) -> Result<()>;
}
