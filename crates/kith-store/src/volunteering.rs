//! Volunteering and mutual aid as stored: volunteers with their DBS records, organisations' opportunities, and
//! residents' requests for help with each one's timeline. Volunteers and requests carry a version, and a change is
//! refused if the record changed since it was read (so two coordinators assigning one request at once: one wins);
//! every change lands with its audit row.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use kith_core::channel::Channel;
use kith_core::places::{LatLng, WardCode};
use kith_core::volunteering::dbs::{DbsRecord, Need};
use kith_core::volunteering::{Availability, Language, OpportunityKind, Skills, TaskState, Urgency, VolunteerState};
use uuid::Uuid;

use crate::outbox::OutgoingEmail;
use crate::{AuditEntry, Result};

/// A volunteer as stored. Their home (postcode and position), email and phone are personal data: coordinators in
/// their ward see them; matching uses the position for distance only.
#[derive(Debug, Clone, PartialEq)]
pub struct Volunteer {
    pub id: Uuid,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub postcode: String,
    pub home: LatLng,
    pub ward: WardCode,
    /// How far they will travel, in metres.
    pub travel_m: u32,
    pub skills: Skills,
    pub languages: Vec<Language>,
    pub availability: Availability,
    pub has_car: bool,
    /// The organisations they volunteer with.
    pub organisations: Vec<Uuid>,
    pub state: VolunteerState,
    pub max_per_week: u32,
    pub channel: Channel,
    pub keyed_by: Option<Uuid>,
    pub last_task_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// A volunteer's DBS record as stored: the certificate's facts and who recorded them.
#[derive(Debug, Clone, PartialEq)]
pub struct DbsEntry {
    pub volunteer_id: Uuid,
    pub record: DbsRecord,
    pub consent_at: Option<DateTime<Utc>>,
    pub recorded_by: Option<Uuid>,
    pub recorded_at: DateTime<Utc>,
    /// The last expiry reminder sent (60, 30 or 7 days before).
    pub reminded_days: Option<i64>,
}

/// A volunteer with what matching needs beyond their record: their check, their tasks this week and the residents
/// they already help.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolEntry {
    pub volunteer: Volunteer,
    pub dbs: Option<DbsRecord>,
    pub load_this_week: u32,
    pub helps: Vec<Uuid>,
}

/// An organisation's call for volunteers.
#[derive(Debug, Clone, PartialEq)]
pub struct Opportunity {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub title: String,
    pub description: String,
    pub kind: OpportunityKind,
    pub skills: Skills,
    pub postcode: String,
    pub at: LatLng,
    pub ward: WardCode,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub created_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// A resident's request for help: one task for one volunteer.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpRequest {
    pub id: Uuid,
    /// `HR-` and its number; the store gives it when the request is made.
    pub reference: String,
    pub what: String,
    pub skills: Skills,
    /// What anyone choosing may see: the street and postcode, and the position (for distance).
    pub street: String,
    pub postcode: String,
    pub at: LatLng,
    pub ward: WardCode,
    /// Personal: shown only to the assigned volunteer while the task is open, each showing audited.
    pub address: String,
    pub resident_name: String,
    pub resident_phone: String,
    /// The same resident across their requests.
    pub resident_id: Uuid,
    pub wanted: Availability,
    pub needed_by: Option<NaiveDate>,
    pub urgency: Urgency,
    pub language: Option<Language>,
    pub need: Option<Need>,
    pub needs_car: bool,
    pub state: TaskState,
    pub volunteer_id: Option<Uuid>,
    /// What the volunteer said when they finished, or why they could not.
    pub outcome: String,
    pub channel: Channel,
    pub keyed_by: Option<Uuid>,
    pub escalated_at: Option<DateTime<Utc>>,
    pub reminded_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// One entry in a request's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpEvent {
    pub id: Uuid,
    pub request_id: Uuid,
    pub at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    pub actor: String,
    /// The move's key (`offer`, `accept`, …), `asked` when it was made, or `revealed`.
    pub action: String,
    pub volunteer_id: Option<Uuid>,
    pub note: String,
}

/// A change to a volunteer: the record as it is to be (its version one more than the one read), its audit row and
/// any emails that tell of it.
pub struct VolunteerChange<'a> {
    pub volunteer: &'a Volunteer,
    pub audit: &'a AuditEntry,
    pub emails: &'a [OutgoingEmail],
}

/// A change to a request: the request as it is to be (its version one more than the one read; for a new one, 1),
/// the timeline entry, the audit row and any emails.
pub struct RequestChange<'a> {
    pub request: &'a HelpRequest,
    pub event: &'a HelpEvent,
    pub audit: &'a AuditEntry,
    pub emails: &'a [OutgoingEmail],
}

/// Which requests to list.
#[derive(Debug, Clone, Default)]
pub struct RequestQuery {
    /// Empty: every ward.
    pub wards: Vec<WardCode>,
    /// Empty: every state.
    pub states: Vec<TaskState>,
    pub volunteer: Option<Uuid>,
    /// Only those within this many metres of a place (looked for in the box around it, through the index of where
    /// requests are), nearest first instead of most urgent first.
    pub near: Option<(LatLng, f64)>,
    pub limit: i64,
    pub offset: i64,
}

/// How many of each, per ward, for the coordinators' dashboard.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WardCounts {
    pub ward: String,
    pub ready: i64,
    pub standby: i64,
    pub awaiting_checks: i64,
    pub paused: i64,
    /// Open requests with no volunteer, by urgency: today, this week, whenever.
    pub unassigned: [i64; 3],
}

#[async_trait]
pub trait VolunteerStore: Send + Sync {
    /// Adds a volunteer (version 1) or saves a change (refused as a `Conflict` if it changed meanwhile).
    async fn save_volunteer(&self, change: &VolunteerChange<'_>) -> Result<()>;
    async fn volunteer(&self, id: Uuid) -> Result<Option<Volunteer>>;
    async fn volunteer_by_email(&self, email: &str) -> Result<Option<Volunteer>>;
    /// Volunteers in `wards` (empty: all), in name order, a page at a time; and how many there are.
    async fn volunteers(&self, wards: &[WardCode], limit: i64, offset: i64) -> Result<(Vec<Volunteer>, i64)>;
    /// Every volunteer not paused with their check, their tasks since `week_from` and the residents they help: what
    /// matching reads, at most `limit`.
    async fn pool(&self, week_from: DateTime<Utc>, limit: i64) -> Result<Vec<PoolEntry>>;
    /// One volunteer as `pool` reads them (paused or not): what an assignment is checked against.
    async fn pool_entry(&self, volunteer: Uuid, week_from: DateTime<Utc>) -> Result<Option<PoolEntry>>;
    /// Records a volunteer's DBS check (replacing the one before), with its audit row.
    async fn save_dbs(&self, entry: &DbsEntry, audit: &AuditEntry) -> Result<()>;
    async fn dbs_of(&self, volunteer: Uuid) -> Result<Option<DbsEntry>>;
    /// The DBS records of volunteers not paused that are due a reminder on `today`: inside the 60, 30 or 7 days
    /// before they stop being current and not yet reminded in that window, soonest first, at most `limit`. Read
    /// through the index of their expiry, so a sweep reads only these.
    async fn dbs_reminders_due(&self, today: NaiveDate, limit: i64) -> Result<Vec<DbsEntry>>;
    /// Marks that the reminder `days` before expiry was sent, with its email.
    async fn mark_dbs_reminded(&self, volunteer: Uuid, days: i64, email: &OutgoingEmail) -> Result<()>;
    /// Makes many volunteers ready together (the end of a surge, or checks cleared), with one audit row each.
    async fn set_volunteer_states(&self, changes: &[(Uuid, VolunteerState)], audits: &[AuditEntry]) -> Result<()>;

    /// Starts a surge in `ward` (a second start while one is on does nothing), with its audit row.
    async fn start_surge(&self, ward: &WardCode, at: DateTime<Utc>, by: Option<Uuid>, audit: &AuditEntry)
    -> Result<()>;
    /// Ends the surge in `ward`, with its audit row.
    async fn end_surge(&self, ward: &WardCode, at: DateTime<Utc>, audit: &AuditEntry) -> Result<()>;
    /// The wards with a surge on.
    async fn surges(&self) -> Result<Vec<WardCode>>;

    async fn save_opportunity(&self, opportunity: &Opportunity, audit: &AuditEntry) -> Result<()>;
    async fn opportunity(&self, id: Uuid) -> Result<Option<Opportunity>>;
    /// Opportunities still current on `today` in `wards` (empty: all), newest first.
    async fn opportunities(&self, wards: &[WardCode], today: NaiveDate, limit: i64) -> Result<Vec<Opportunity>>;

    /// Writes a new request, giving it its reference.
    async fn create_request(&self, change: &RequestChange<'_>) -> Result<String>;
    /// Saves a change to a request (refused as a `Conflict` if it changed meanwhile).
    async fn save_request(&self, change: &RequestChange<'_>) -> Result<()>;
    /// Saves many changes together, each refused alone if it changed meanwhile: the ids of those saved.
    async fn save_requests(&self, changes: &[RequestChange<'_>]) -> Result<Vec<Uuid>>;
    async fn request(&self, id: Uuid) -> Result<Option<HelpRequest>>;
    async fn request_by_reference(&self, reference: &str) -> Result<Option<HelpRequest>>;
    /// Requests as asked, most urgent and oldest first; and how many match.
    async fn requests(&self, query: &RequestQuery) -> Result<(Vec<HelpRequest>, i64)>;
    async fn help_events_of(&self, request: Uuid) -> Result<Vec<HelpEvent>>;
    /// Records that a request's address was shown to its volunteer: a timeline entry and an audit row.
    async fn record_reveal(&self, event: &HelpEvent, audit: &AuditEntry) -> Result<()>;
    /// Open requests of `urgency` with no volunteer, made before `before`, whose coordinators were not told.
    async fn unassigned_unescalated(
        &self,
        urgency: Urgency,
        before: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<HelpRequest>>;
    async fn mark_requests_escalated(&self, ids: &[Uuid], at: DateTime<Utc>, emails: &[OutgoingEmail]) -> Result<()>;
    /// Marks that the volunteers of these offered requests were reminded, with the emails.
    async fn mark_requests_reminded(&self, ids: &[Uuid], at: DateTime<Utc>, emails: &[OutgoingEmail]) -> Result<()>;
    /// Volunteers by state and open unassigned requests by urgency, per ward.
    async fn ward_counts(&self) -> Result<Vec<WardCounts>>;
}
