//! Cases as stored: residents, the teams cases go to, categories with their targets, routing rules, the cases
//! themselves with their timelines and consents, and what the worker sweeps. A case and its timeline entry, audit
//! row and consent are written in one transaction; a change is refused if the case changed since it was read.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use kith_core::agreements::Agreement;
use kith_core::cases::{
    Capacity, CaseKind, CaseSource, CaseState, Clocks, PreferredContact, RoutingRule, SlaFlag, Targets,
};
use kith_core::places::WardCode;
use serde_json::Value;
use uuid::Uuid;

use crate::outbox::OutgoingEmail;
use crate::{AuditEntry, Result};

/// A person cases are about, with how they like to be contacted.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Resident {
    pub id: Uuid,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    pub postcode: String,
    /// `email`, `phone`, `post` or `none`.
    pub preferred_contact: PreferredContact,
    /// An ISO 639 code, with its script where the language has two (`pa-Arab`), for interpreting and letters.
    pub language: String,
    /// Communication or access needs ("large print", "calls after 5pm").
    pub needs: String,
    /// Whether they need an interpreter.
    pub interpreter: bool,
    /// Someone the resident has agreed may act for them, who then hears everything in their place.
    pub proxy: Option<Proxy>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub redacted_at: Option<DateTime<Utc>>,
}

/// A resident's proxy: a relative, a carer or a support worker, with the resident's recorded agreement.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Proxy {
    pub name: String,
    /// "daughter", "carer", "support worker".
    pub relationship: String,
    pub email: String,
    pub phone: String,
    /// When the resident agreed.
    pub agreed_on: NaiveDate,
    /// How: "said so on the phone to …", "signed form".
    pub agreement: String,
}

/// A notice printed and posted by staff, for a resident whose channel is post.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Letter {
    pub id: Uuid,
    pub case_id: Uuid,
    pub resident_id: Option<Uuid>,
    pub addressee: String,
    pub address: String,
    pub postcode: String,
    /// The language it is written in.
    pub language: String,
    pub subject: String,
    pub body: String,
    pub large_print: bool,
    pub created_at: DateTime<Utc>,
    pub printed_at: Option<DateTime<Utc>>,
    pub printed_by: Option<Uuid>,
}

/// An organisation (a council department, a partner, a community group) that works cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub organisation_id: Uuid,
    pub name: String,
    /// The organisation's kind, as the accounts capability keeps it.
    pub kind: String,
    /// Where the team's notifications go.
    pub email: String,
    /// Who breaches are escalated to.
    pub manager_id: Option<Uuid>,
    /// A partner outside the council (records its own reference number on a case).
    pub partner: bool,
}

/// A category of a kind of case, with its targets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub kind: CaseKind,
    pub code: String,
    pub name: String,
    pub targets: Targets,
    pub active: bool,
    /// The questions a service request of this category asks (its Open311 service definition).
    pub attributes: Vec<kith_core::cases::Attribute>,
}

/// A case as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseRecord {
    pub id: Uuid,
    pub reference: String,
    pub kind: CaseKind,
    pub category: String,
    pub state: CaseState,
    pub summary: String,
    pub description: String,
    pub ward_code: WardCode,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub postcode: Option<String>,
    /// Where, in words ("outside 12 Summer Lane").
    pub place: String,
    pub resident_id: Option<Uuid>,
    pub raised_by: Option<Uuid>,
    /// The councillor a coordinator raised an enquiry for.
    pub raised_for: Option<Uuid>,
    pub source: CaseSource,
    /// `None`: waiting in the triage queue.
    pub team_id: Option<Uuid>,
    pub owner_id: Option<Uuid>,
    /// A partner's own reference for the case.
    pub partner_reference: String,
    /// A referral's directory service and the organisation that runs it.
    pub service_id: Option<Uuid>,
    pub receiving_org: Option<Uuid>,
    pub next_update_on: Option<NaiveDate>,
    pub clocks: Clocks,
    /// The next due moment while the clock runs (what queues sort by and the worker sweeps).
    pub due_at: Option<DateTime<Utc>>,
    /// As the worker last found it.
    pub flag: SlaFlag,
    pub escalated_at: Option<DateTime<Utc>>,
    pub merged_into: Option<Uuid>,
    /// The resolution, the outcome or the reason for declining.
    pub outcome: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub redacted_at: Option<DateTime<Utc>>,
    /// Bumped by every change, so two people's changes cannot overwrite each other.
    pub version: i32,
    /// The address of a photo the request came with (from an Open311 client).
    pub media_url: String,
    /// Its answers to its category's attributes, by code.
    pub answers: std::collections::BTreeMap<String, String>,
}

/// One entry in a case's timeline.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CaseEvent {
    pub id: Uuid,
    pub case_id: Uuid,
    pub at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    pub actor: String,
    /// `created`, a transition's key, `note`, `extended`, `due_soon`, `breached`, `escalated`, ...
    pub action: String,
    pub from_state: String,
    pub to_state: String,
    pub note: String,
    /// Shown to the person who raised the case, not only to staff.
    pub shared: bool,
    pub detail: Value,
    /// Whether the people involved are still to be told of it.
    pub to_notify: bool,
}

/// A resident's consent to a referral: to whom, what may be shared, how it was obtained and by whom.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Consent {
    pub id: Uuid,
    pub case_id: Uuid,
    pub resident_id: Option<Uuid>,
    pub given_to: String,
    pub may_share: String,
    /// What was in fact shared with the receiving organisation.
    pub shared: String,
    /// `verbal` or `written`.
    pub method: String,
    pub obtained_by: Option<Uuid>,
    pub obtained_at: DateTime<Utc>,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

/// A new case, with everything written alongside it.
#[derive(Debug, Clone)]
pub struct NewCase<'a> {
    /// The case; its reference is given by the store.
    pub case: &'a CaseRecord,
    /// A new resident to add, or an existing one to update.
    pub resident: Option<&'a Resident>,
    pub consent: Option<&'a Consent>,
    pub event: &'a CaseEvent,
    pub audit: &'a AuditEntry,
}

/// A new case owned, to hand to the task that writes creations together (the SQLite adapter's group commit).
#[derive(Debug, Clone)]
pub(crate) struct OwnedNewCase {
    pub case: CaseRecord,
    pub resident: Option<Resident>,
    pub consent: Option<Consent>,
    pub event: CaseEvent,
    pub audit: AuditEntry,
}

impl OwnedNewCase {
    pub fn of(new: &NewCase<'_>) -> Self {
        Self {
            case: new.case.clone(),
            resident: new.resident.cloned(),
            consent: new.consent.cloned(),
            event: new.event.clone(),
            audit: new.audit.clone(),
        }
    }

    pub fn borrowed(&self) -> NewCase<'_> {
        NewCase {
            case: &self.case,
            resident: self.resident.as_ref(),
            consent: self.consent.as_ref(),
            event: &self.event,
            audit: &self.audit,
        }
    }
}

/// A changed case: written only if it is still at `expected_version`.
#[derive(Debug, Clone)]
pub struct CaseChange<'a> {
    pub case: &'a CaseRecord,
    pub expected_version: i32,
    pub events: &'a [CaseEvent],
    pub audit: &'a AuditEntry,
}

/// Who a list of cases is for: a case is in reach if any part matches.
#[derive(Debug, Clone, Default)]
pub struct Reach {
    pub everything: bool,
    pub wards: Vec<String>,
    pub teams: Vec<Uuid>,
    /// Referrals to these organisations.
    pub organisations: Vec<Uuid>,
    pub raised_by: Option<Uuid>,
}

/// A queue: which cases, in due order.
#[derive(Debug, Clone, Default)]
pub struct QueueQuery {
    pub reach: Reach,
    pub states: Vec<CaseState>,
    pub kind: Option<CaseKind>,
    pub ward: Option<String>,
    pub team: Option<Uuid>,
    /// Only what waits in triage (no team).
    pub triage: bool,
    pub owner: Option<Uuid>,
    pub flag: Option<SlaFlag>,
    /// Leaves out cases with this flag.
    pub not_flag: Option<SlaFlag>,
    /// Only cases changed after this moment (a change of state or details, or a note on their timeline).
    pub active_since: Option<DateTime<Utc>>,
    pub limit: i64,
    pub offset: i64,
    /// Counts the matching cases only up to this many (a home's "1,000 or more"): the count's cost is bounded.
    pub count_up_to: Option<i64>,
}

/// A case as a queue lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueRow {
    pub id: Uuid,
    pub reference: String,
    pub kind: CaseKind,
    pub category: String,
    pub state: CaseState,
    pub summary: String,
    pub ward_code: WardCode,
    pub team_id: Option<Uuid>,
    pub owner_id: Option<Uuid>,
    pub due_at: Option<DateTime<Utc>>,
    pub flag: SlaFlag,
    pub created_at: DateTime<Utc>,
}

/// A case the worker found breached and not yet escalated.
#[derive(Debug, Clone, PartialEq)]
pub struct Breach {
    pub id: Uuid,
    pub reference: String,
    pub summary: String,
    pub team_id: Option<Uuid>,
    pub due_at: Option<DateTime<Utc>>,
}

/// What one SLA sweep found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SlaSweep {
    pub due_soon: u64,
    pub breached: u64,
}

/// A trusted client's key (only its hash is kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    pub id: Uuid,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Which service requests Open311 lists.
#[derive(Debug, Clone, Default)]
pub struct ServiceRequestQuery {
    pub references: Vec<String>,
    pub categories: Vec<String>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
    /// `Some(true)`: open only; `Some(false)`: closed only.
    pub open: Option<bool>,
    pub limit: i64,
}

/// A councillor's account and the wards they hold the role for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Councillor {
    pub user_id: Uuid,
    pub email: String,
    pub name: String,
    pub wards: Vec<String>,
}

/// One timeline entry with its case, for digests.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub reference: String,
    pub summary: String,
    pub state: CaseState,
    pub action: String,
    pub at: DateTime<Utc>,
}

/// A referral's figures as staff see them per service.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferralResponse {
    pub service_id: Uuid,
    pub state: CaseState,
    pub created_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
}

/// Cases counted for service standards: for one ward, kind, category and month (by the index of its start in the
/// months asked for), how many have a known outcome and how many were within target, for each measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthCount {
    pub ward_code: WardCode,
    pub kind: CaseKind,
    pub category: String,
    pub month: usize,
    pub acknowledge_counted: i64,
    pub acknowledge_within: i64,
    pub resolve_counted: i64,
    pub resolve_within: i64,
}

/// Cases: raising, changing and reading them, their residents and consents, the worker's sweeps, referrals,
/// notices, digests, retention and subject access, and the service requests Open311 reads back.
#[async_trait]
pub trait CaseStore {
    /// Adds a case and gives it the next reference of its kind, which it returns.
    async fn create_case(&self, new: &NewCase<'_>) -> Result<String>;
    /// Writes a changed case with its timeline entries; `StoreError::Conflict` if it changed meanwhile.
    async fn change_case(&self, change: &CaseChange<'_>) -> Result<()>;
    async fn case_by_reference(&self, reference: &str) -> Result<Option<CaseRecord>>;
    async fn case_by_id(&self, id: Uuid) -> Result<Option<CaseRecord>>;
    async fn case_events(&self, case_id: Uuid) -> Result<Vec<CaseEvent>>;
    /// Adds timeline entries (a note) to a case: its details stay, its `updated_at` moves to the latest entry.
    async fn add_case_events(&self, events: &[CaseEvent], audit: &AuditEntry) -> Result<()>;
    async fn queue(&self, query: &QueueQuery) -> Result<(Vec<QueueRow>, i64)>;
    async fn resident(&self, id: Uuid) -> Result<Option<Resident>>;
    async fn save_resident(&self, resident: &Resident, audit: &AuditEntry) -> Result<()>;
    async fn consents(&self, case_id: Uuid) -> Result<Vec<Consent>>;
    /// Writes many cases at once with their timelines and residents (demo data and benchmarks), giving each the
    /// next reference of its kind in order.
    async fn import_cases(&self, cases: &[CaseRecord], events: &[CaseEvent], residents: &[Resident]) -> Result<()>;
    /// Flags running cases due before `soon` as due soon, and those due by `now` as breached (with a timeline
    /// entry each); a case is flagged once per due moment.
    async fn sweep_sla(&self, now: DateTime<Utc>, soon: DateTime<Utc>) -> Result<SlaSweep>;
    /// Breached cases not yet escalated, oldest due first.
    async fn unescalated(&self, limit: i64) -> Result<Vec<Breach>>;
    /// Marks cases escalated, with their timeline entries and the email to the manager, in one transaction.
    async fn escalate(&self, ids: &[Uuid], events: &[CaseEvent], email: Option<&OutgoingEmail>) -> Result<()>;
    /// Timeline entries the people involved are still to be told of, oldest first.
    async fn events_to_notify(&self, limit: i64) -> Result<Vec<CaseEvent>>;
    /// Marks entries told, with the emails that tell them.
    async fn notified(&self, event_ids: &[Uuid], emails: &[OutgoingEmail], letters: &[Letter]) -> Result<()>;
    /// Letters waiting to be printed (or, with `printed`, every letter), oldest first, at most `limit`.
    async fn letters(&self, printed: bool, limit: i64) -> Result<Vec<Letter>>;
    async fn letter(&self, id: Uuid) -> Result<Option<Letter>>;
    /// Marks a letter printed, with its audit row; false if it was already.
    async fn letter_printed(&self, id: Uuid, by: Uuid, at: DateTime<Utc>, audit: &AuditEntry) -> Result<bool>;
    async fn set_capacity(
        &self,
        service_id: Uuid,
        capacity: Capacity,
        note: &str,
        at: DateTime<Utc>,
        audit: &AuditEntry,
    ) -> Result<()>;
    async fn capacities(&self) -> Result<Vec<(Uuid, Capacity, String)>>;
    /// Referrals to these services (all services, if empty), for their response figures.
    async fn referral_responses(&self, services: &[Uuid]) -> Result<Vec<ReferralResponse>>;
    /// Templates an administrator has changed: (event, subject, body).
    async fn notification_templates(&self) -> Result<Vec<(String, String, String)>>;
    async fn save_notification_template(
        &self,
        event: &str,
        subject: &str,
        body: &str,
        at: DateTime<Utc>,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Accounts holding the councillor role, with the wards their assignments name.
    async fn councillors(&self) -> Result<Vec<Councillor>>;
    /// Timeline entries since `since` on the cases in `reach`, newest first, at most `limit`.
    async fn recent_activity(&self, reach: &Reach, since: DateTime<Utc>, limit: i64) -> Result<Vec<Activity>>;
    /// Records a digest as sent for (user, day) with its email; false if one was already sent that day.
    async fn send_digest(&self, user_id: Uuid, day: NaiveDate, email: &OutgoingEmail) -> Result<bool>;
    /// Removes personal details from cases of `kind` closed before `closed_before`, and from their residents
    /// when none of the resident's cases is still open or closed since. Returns the cases redacted.
    async fn redact_closed(&self, kind: CaseKind, closed_before: DateTime<Utc>, now: DateTime<Utc>) -> Result<u64>;
    /// Residents whose name, email, phone or postcode contain `text`.
    async fn find_residents(&self, text: &str, limit: i64) -> Result<Vec<Resident>>;
    async fn cases_of_resident(&self, resident_id: Uuid) -> Result<Vec<CaseRecord>>;
    /// Service requests, newest first, as Open311 lists them.
    async fn service_requests(&self, query: &ServiceRequestQuery) -> Result<Vec<CaseRecord>>;
    /// The timeline entries of service requests from `from` to `to` (both included) that their reporters may see:
    /// changes of state and shared notes, not the worker's flags nor what an Open311 client posted itself. Each with
    /// its case's reference, oldest first, at most `limit`.
    async fn service_request_updates(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<(String, CaseEvent)>>;
}

/// What administrators keep for cases: the teams that work them, the categories, the routing rules and how long
/// each kind is kept.
#[async_trait]
pub trait RoutingStore {
    async fn save_team(&self, team: &Team, at: DateTime<Utc>, audit: &AuditEntry) -> Result<()>;
    async fn teams(&self) -> Result<Vec<Team>>;
    async fn save_category(&self, category: &Category, audit: &AuditEntry) -> Result<()>;
    async fn categories(&self) -> Result<Vec<Category>>;
    async fn save_rule(&self, rule: &RoutingRule, at: DateTime<Utc>, audit: &AuditEntry) -> Result<()>;
    async fn remove_rule(&self, id: Uuid, audit: &AuditEntry) -> Result<()>;
    async fn rules(&self) -> Result<Vec<RoutingRule>>;
    async fn set_retention(&self, kind: CaseKind, days: i32, audit: &AuditEntry) -> Result<()>;
    async fn retention(&self) -> Result<Vec<(CaseKind, i32)>>;
}

/// The keys Open311 clients post with (only their hashes are kept).
#[async_trait]
pub trait ApiKeyStore {
    async fn add_api_key(
        &self,
        id: Uuid,
        name: &str,
        key_hash: &str,
        at: DateTime<Utc>,
        audit: &AuditEntry,
    ) -> Result<()>;
    async fn revoke_api_key(&self, id: Uuid, at: DateTime<Utc>, audit: &AuditEntry) -> Result<()>;
    /// A key that has not been revoked: (id, name).
    async fn api_key(&self, key_hash: &str) -> Result<Option<(Uuid, String)>>;
    async fn api_keys(&self) -> Result<Vec<ApiKey>>;
}

/// Settings an administrator replaces whole (the bank holidays file).
#[async_trait]
pub trait SettingStore {
    async fn setting(&self, name: &str) -> Result<Option<String>>;
    async fn save_setting(&self, name: &str, value: &str, at: DateTime<Utc>, audit: &AuditEntry) -> Result<()>;
}

/// Neighbourhood agreements: the published service standards and the counts they are measured by.
#[async_trait]
pub trait AgreementStore {
    /// Publishes a standard; a new version of a series supersedes the one before, in the same transaction.
    async fn publish_agreement(&self, agreement: &Agreement, audit: &AuditEntry) -> Result<()>;
    /// Every version of every standard, current first, then by title.
    async fn agreements(&self) -> Result<Vec<Agreement>>;
    /// Counts for measuring standards, aggregated in the database: cases raised in a ward (or every ward, with
    /// `None`) in the months starting at `months` (ascending; the last runs to now), judged at `now`.
    async fn month_counts(
        &self,
        ward: Option<&str>,
        months: &[DateTime<Utc>],
        now: DateTime<Utc>,
    ) -> Result<Vec<MonthCount>>;
    /// How many cases were raised in a ward since `since`, by category (the case themes of a place's assessment).
    async fn category_counts(&self, ward: &str, since: DateTime<Utc>) -> Result<Vec<(String, i64)>>;
}
