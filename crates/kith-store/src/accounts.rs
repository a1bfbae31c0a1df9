//! Accounts as stored: users, roles with their permissions, scoped role assignments and sessions.

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
}

/// The changes an administrator may make to a user.
#[derive(Debug, Clone, PartialEq)]
pub struct UserChange {
    pub name: String,
    pub email: String,
    pub disabled_at: Option<DateTime<Utc>>,
}

#[async_trait]
pub trait AccountStore {
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
