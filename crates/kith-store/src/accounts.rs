//! Accounts as stored: users, roles with their permissions, scoped role assignments, sessions, and each account's
//! second factor.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use kith_core::accounts::Role;
use uuid::Uuid;

use crate::{AuditEntry, Result};

#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub created_at: DateTime<Utc>,
    pub disabled_at: Option<DateTime<Utc>>,
    pub last_sign_in_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    pub id: Uuid,
    pub user_id: Uuid,
    pub role_key: String,
    pub scope_kind: String,
    pub scope_ref: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub user_id: Uuid,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// When it was last used (to the minute); `None` for a session made before this was kept.
    pub last_seen_at: Option<DateTime<Utc>>,
}

/// The changes an administrator may make to a user.
#[derive(Debug, Clone, PartialEq)]
pub struct UserChange {
    pub name: String,
    pub email: String,
    pub disabled_at: Option<DateTime<Utc>>,
}

/// Someone who chose a delivery for an event: who, and where to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chooser {
    pub user_id: Uuid,
    pub email: String,
    pub name: String,
}

#[async_trait]
pub trait AccountStore {
    /// A person's notification choices, as (event, delivery).
    async fn notification_choices(&self, user: Uuid) -> Result<Vec<(String, String)>>;
    /// Replaces a person's notification choices with these, with the audit row.
    async fn save_notification_choices(
        &self,
        user: Uuid,
        choices: &[(String, String)],
        at: DateTime<Utc>,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// The active accounts that chose one of `deliveries` for `event`.
    async fn users_choosing(&self, event: &str, deliveries: &[&str]) -> Result<Vec<Chooser>>;
    /// Adds roles that are missing; roles already present (perhaps changed by an administrator) are left alone.
    async fn seed_roles(&self, roles: &[Role]) -> Result<()>;
    async fn roles(&self) -> Result<Vec<Role>>;

    async fn create_user(&self, user: &User, audit: &AuditEntry) -> Result<()>;
    async fn update_user(&self, id: Uuid, change: &UserChange, audit: &AuditEntry) -> Result<()>;
    async fn set_password_hash(&self, id: Uuid, hash: &str, audit: &AuditEntry) -> Result<()>;
    async fn user(&self, id: Uuid) -> Result<Option<User>>;
    async fn user_by_email(&self, email: &str) -> Result<Option<User>>;
    async fn users(&self) -> Result<Vec<User>>;
    async fn record_sign_in(&self, id: Uuid, audit: &AuditEntry) -> Result<()>;

    async fn assign_role(&self, assignment: &Assignment, audit: &AuditEntry) -> Result<()>;
    async fn remove_assignment(&self, id: Uuid, audit: &AuditEntry) -> Result<()>;
    async fn assignments_of(&self, user_id: Uuid) -> Result<Vec<Assignment>>;

    async fn create_organisation(&self, organisation: &Organisation, audit: &AuditEntry) -> Result<()>;
    async fn organisations(&self) -> Result<Vec<Organisation>>;

    async fn create_session(&self, token_hash: &str, session: &Session) -> Result<()>;
    /// The session for a token, if it has not expired at `now`.
    async fn session(&self, token_hash: &str, now: DateTime<Utc>) -> Result<Option<Session>>;
    async fn delete_session(&self, token_hash: &str) -> Result<()>;
    /// Ends every session of a user (when they are disabled or their password changes).
    async fn delete_sessions_of(&self, user_id: Uuid) -> Result<()>;
    /// Removes sessions that expired before `now`; returns how many.
    async fn purge_expired_sessions(&self, now: DateTime<Utc>) -> Result<u64>;
}

/// When sessions are used, for their idle timeout.
#[async_trait]
pub trait SessionActivityStore {
    /// Records that the session was used at `at`.
    async fn touch_session(&self, token_hash: &str, at: DateTime<Utc>) -> Result<()>;
}

/// An account's second factor: its secret once confirmed, one being set up, and the last step a code was used for.
#[derive(Debug, Clone, PartialEq)]
pub struct TwoFactor {
    /// Base32, as the authenticator app was given it.
    pub secret: Option<String>,
    pub pending_secret: Option<String>,
    pub last_step: Option<i64>,
    pub enabled_at: Option<DateTime<Utc>>,
}

#[async_trait]
pub trait TwoFactorStore {
    async fn two_factor(&self, user_id: Uuid) -> Result<Option<TwoFactor>>;
    /// Keeps a secret being set up (shown to the person until they confirm it), replacing one already pending.
    async fn set_pending_secret(&self, user_id: Uuid, secret: &str) -> Result<()>;
    /// Makes `secret` the account's, with `step` used and these recovery codes (hashed) in place of any before.
    async fn enable_two_factor(
        &self,
        user_id: Uuid,
        secret: &str,
        step: i64,
        recovery_hashes: &[String],
        at: DateTime<Utc>,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Records `step` as used if it is later than the last one used; false for a code already used (or no factor).
    async fn use_step(&self, user_id: Uuid, step: i64) -> Result<bool>;
    /// Spends a recovery code; false if the account has no such unspent code.
    async fn use_recovery_code(&self, user_id: Uuid, code_hash: &str, at: DateTime<Utc>) -> Result<bool>;
    /// Removes the account's second factor and recovery codes (an administrator, for a lost phone).
    async fn remove_two_factor(&self, user_id: Uuid, audit: &AuditEntry) -> Result<()>;
}

/// Which account an identity provider's subject is, as an administrator linked them.
#[async_trait]
pub trait IdentityLinkStore {
    /// The account linked to `subject` at `issuer`, if any.
    async fn user_by_identity(&self, issuer: &str, subject: &str) -> Result<Option<Uuid>>;
    /// The subject an account is linked to at `issuer`, if any.
    async fn identity_of(&self, user_id: Uuid, issuer: &str) -> Result<Option<String>>;
    /// Links `subject` at `issuer` to the account, in place of any link it had there; a subject already linked to
    /// another account is a conflict.
    async fn link_identity(
        &self,
        user_id: Uuid,
        issuer: &str,
        subject: &str,
        at: DateTime<Utc>,
        audit: &AuditEntry,
    ) -> Result<()>;
    async fn unlink_identity(&self, user_id: Uuid, issuer: &str, audit: &AuditEntry) -> Result<()>;
}
