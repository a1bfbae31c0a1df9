//! Ward forums as stored: meetings, the priorities residents propose and support, the actions and updates that
//! carry adopted priorities out, each ward's or neighbourhood's virtual team with its partners' links, and the
//! stakeholder map's profiles and partnerships. Forums, priorities and actions carry a version, and a change is
//! refused if the record changed since it was read; every change lands with its audit row.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use kith_core::forums::{ActionStatus, PriorityState};
use kith_core::places::WardCode;
use uuid::Uuid;

use crate::accounts::Organisation;
use crate::outbox::OutgoingEmail;
use crate::{AuditEntry, Result};

/// A ward forum: one meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forum {
    pub id: Uuid,
    pub ward_code: WardCode,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// The venue in words.
    pub venue: String,
    /// The directory location the venue is, if it is one.
    pub location_id: Option<Uuid>,
    pub online_url: String,
    pub agenda: String,
    pub minutes: String,
    pub attendance: Option<i32>,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// 1 when new; one more than the stored version when changed.
    pub version: i32,
}

/// A ward's priority, from a resident's proposal to a forum's decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Priority {
    pub id: Uuid,
    pub ward_code: WardCode,
    pub title: String,
    pub description: String,
    pub state: PriorityState,
    /// Never published: for moderators to get in touch.
    pub proposer_name: String,
    pub proposer_email: String,
    /// Why it was held, or the moderator's or forum's reason.
    pub note: String,
    pub supporters: i32,
    /// The forum that adopted or declined it.
    pub forum_id: Option<Uuid>,
    pub decided_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// An action (or, with a parent, a sub-action) towards an adopted priority.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub id: Uuid,
    pub priority_id: Uuid,
    pub parent_id: Option<Uuid>,
    pub ward_code: WardCode,
    pub title: String,
    pub description: String,
    pub owner_org: Uuid,
    /// The virtual team member who owns it, when they are one.
    pub owner_member: Option<Uuid>,
    pub owner_name: String,
    pub owner_email: String,
    pub due_on: NaiveDate,
    pub status: ActionStatus,
    pub dropped_reason: String,
    pub progress: i32,
    pub weight: i32,
    /// When its owner was last reminded that it is overdue.
    pub reminded_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// A dated entry in an action's history: its creation, or an update with evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionUpdate {
    pub id: Uuid,
    pub action_id: Uuid,
    pub priority_id: Uuid,
    pub at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    pub actor: String,
    /// `staff` or `partner link`.
    pub via: String,
    /// `created` or `update`.
    pub kind: String,
    pub status: ActionStatus,
    pub progress: i32,
    pub note: String,
    pub links: Vec<String>,
}

/// A member of a ward's or a neighbourhood's virtual team: a named contact at a partner organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: Uuid,
    /// `ward` or `neighbourhood`.
    pub area_kind: String,
    /// A ward code or a neighbourhood's id.
    pub area_id: String,
    pub organisation_id: Uuid,
    pub name: String,
    pub email: String,
    pub phone: String,
    /// Their role, in words ("Neighbourhood policing sergeant").
    pub role: String,
    pub added_at: DateTime<Utc>,
    pub removed_at: Option<DateTime<Utc>>,
}

/// A signed link a partner follows to update their actions without an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerLink {
    pub id: Uuid,
    pub member_id: Uuid,
    pub created_by: Option<Uuid>,
    /// Who to contact about the link.
    pub contact_name: String,
    pub contact_email: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
}

/// What the stakeholder map knows of an organisation beyond its name and kind.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Profile {
    pub organisation_id: Uuid,
    pub ward_code: Option<WardCode>,
    pub description: String,
    pub website: String,
    pub updated_at: DateTime<Utc>,
}

/// Two organisations working together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partnership {
    pub id: Uuid,
    pub org_a: Uuid,
    pub org_b: Uuid,
    /// `delivery`, `funding`, `referral`, `premises`, `forum` or `network`.
    pub kind: String,
    pub started_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
    /// What they do together.
    pub note: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Which actions to list across wards.
#[derive(Debug, Clone, Default)]
pub struct ActionQuery {
    /// Only these wards; `None` for every ward.
    pub wards: Option<Vec<WardCode>>,
    pub owner_org: Option<Uuid>,
    pub status: Option<ActionStatus>,
    pub due_from: Option<NaiveDate>,
    pub due_to: Option<NaiveDate>,
    /// Only actions overdue on this day.
    pub overdue_on: Option<NaiveDate>,
    pub limit: i64,
    pub offset: i64,
}

/// Everything the demo or a benchmark writes in one go.
#[derive(Debug, Clone, Default)]
pub struct ForumBatch {
    pub forums: Vec<Forum>,
    pub priorities: Vec<Priority>,
    pub members: Vec<Member>,
    pub actions: Vec<Action>,
    pub updates: Vec<ActionUpdate>,
    pub organisations: Vec<Organisation>,
    pub profiles: Vec<Profile>,
    pub partnerships: Vec<Partnership>,
}

#[async_trait]
pub trait ForumStore {
    /// Adds a forum (version 1) or writes a change over the version before `forum.version`.
    async fn save_forum(&self, forum: &Forum, audit: &AuditEntry) -> Result<()>;
    async fn forum(&self, id: Uuid) -> Result<Option<Forum>>;
    /// A ward's forums, earliest first.
    async fn forums_of_ward(&self, ward: &str) -> Result<Vec<Forum>>;
    /// Every ward's forums starting in `[from, to)`, earliest first.
    async fn forums_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Forum>>;
    /// The ward's next forum that has not been cancelled and has not yet ended.
    async fn next_forum(&self, ward: &str, now: DateTime<Utc>) -> Result<Option<Forum>>;

    /// Adds a priority (version 1) or writes a change over the version before, with its audit row (for staff
    /// changes) and any emails (a decision told to the resident who proposed it) in the same transaction.
    async fn save_priority(
        &self,
        priority: &Priority,
        audit: Option<&AuditEntry>,
        emails: &[OutgoingEmail],
    ) -> Result<()>;
    async fn priority(&self, id: Uuid) -> Result<Option<Priority>>;
    /// A ward's priorities, in every state, the most supported first.
    async fn priorities_of_ward(&self, ward: &str) -> Result<Vec<Priority>>;
    /// Priorities waiting for a moderator, in these wards (or everywhere), oldest first.
    async fn held_priorities(&self, wards: Option<&[WardCode]>) -> Result<Vec<Priority>>;
    /// The priorities a forum decided.
    async fn priorities_of_forum(&self, forum: Uuid) -> Result<Vec<Priority>>;
    /// Records one person's support and counts it; `false` if they had already supported the priority.
    async fn add_support(
        &self,
        priority: Uuid,
        supporter: &str,
        at: DateTime<Utc>,
        audit: Option<&AuditEntry>,
    ) -> Result<bool>;
    async fn has_supported(&self, priority: Uuid, supporter: &str) -> Result<bool>;

    /// Adds an action (version 1) or writes a change over the version before, with its history entry.
    async fn save_action(&self, action: &Action, update: &ActionUpdate, audit: &AuditEntry) -> Result<()>;
    async fn action(&self, id: Uuid) -> Result<Option<Action>>;
    async fn actions_of_ward(&self, ward: &str) -> Result<Vec<Action>>;
    async fn actions_of_priority(&self, priority: Uuid) -> Result<Vec<Action>>;
    /// The names of these organisations (the owners of some actions), by id; ids not found are left out.
    async fn organisation_names(&self, ids: &[Uuid]) -> Result<std::collections::HashMap<Uuid, String>>;
    /// Actions across wards, soonest due first (ties by id), with how many match in all.
    async fn find_actions(&self, query: &ActionQuery) -> Result<(Vec<Action>, i64)>;
    /// A priority's history, oldest first.
    async fn updates_of_priority(&self, priority: Uuid) -> Result<Vec<ActionUpdate>>;
    /// Overdue actions on `today` whose owner has not been reminded since `since`.
    async fn overdue_unreminded(&self, today: NaiveDate, since: DateTime<Utc>, limit: i64) -> Result<Vec<Action>>;
    /// Marks actions as reminded, with the reminders queued in the same transaction.
    async fn mark_reminded(&self, ids: &[Uuid], at: DateTime<Utc>, emails: &[OutgoingEmail]) -> Result<()>;

    /// Adds or changes a member of a virtual team.
    async fn save_member(&self, member: &Member, audit: &AuditEntry) -> Result<()>;
    async fn member(&self, id: Uuid) -> Result<Option<Member>>;
    /// The current members of an area's virtual team.
    async fn members_of(&self, area_kind: &str, area_id: &str) -> Result<Vec<Member>>;
    /// Every current member of every virtual team.
    async fn members(&self) -> Result<Vec<Member>>;
    /// Makes a partner's link, with the invitation queued in the same transaction.
    async fn create_link(&self, link: &PartnerLink, invitation: &OutgoingEmail, audit: &AuditEntry) -> Result<()>;
    async fn link(&self, id: Uuid) -> Result<Option<PartnerLink>>;
    async fn links_of_member(&self, member: Uuid) -> Result<Vec<PartnerLink>>;
    /// The links of an area's members who are not removed, in one read (a team's page and a home).
    async fn links_of_area(&self, area_kind: &str, area_id: &str) -> Result<Vec<PartnerLink>>;
    async fn revoke_link(&self, id: Uuid, at: DateTime<Utc>, audit: &AuditEntry) -> Result<()>;
    async fn link_used(&self, id: Uuid, at: DateTime<Utc>) -> Result<()>;

    async fn save_profile(&self, profile: &Profile, audit: &AuditEntry) -> Result<()>;
    async fn profiles(&self) -> Result<Vec<Profile>>;
    /// Adds or changes a partnership.
    async fn save_partnership(&self, partnership: &Partnership, audit: &AuditEntry) -> Result<()>;
    async fn delete_partnership(&self, id: Uuid, audit: &AuditEntry) -> Result<()>;
    async fn partnerships(&self) -> Result<Vec<Partnership>>;

    /// Writes a whole batch in one transaction (the demo city and the benchmarks).
    async fn import_forums(&self, batch: &ForumBatch) -> Result<()>;
}
