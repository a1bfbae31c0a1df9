//! Signing in and out, who someone is on each request, and the administration of accounts and role
//! assignments. Passwords are hashed with Argon2id on the blocking pool, never on the async threads. The second
//! factor (a code from an authenticator app, or a recovery code) is in `two_factor`.

pub mod oidc;
pub mod preferences;
pub mod two_factor;

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use kith_core::accounts::{self, Email, Grant, NewPassword, Role, Scope, Target, permission};
use kith_store::StoreError;
pub use kith_store::accounts::Organisation;
pub use kith_store::accounts::User;
use kith_store::accounts::{Assignment, Session, UserChange};
use rand::RngCore;
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::problems::Problems;
use crate::{Actor, App, AppError, Result};

/// Someone signed in, with what their roles allow.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user: User,
    pub grants: Vec<Grant>,
}

impl Principal {
    pub fn may(&self, app: &App, permission: &str, target: Target<'_>) -> bool {
        accounts::allowed(&self.grants, permission, target, app.places().as_ref())
    }

    pub fn require(&self, app: &App, permission: &str, target: Target<'_>) -> Result<()> {
        if self.may(app, permission, target) { Ok(()) } else { Err(AppError::Forbidden) }
    }

    /// Whether any role gives `permission` somewhere (to decide which links to show).
    pub fn holds(&self, permission: &str) -> bool {
        accounts::holds_anywhere(&self.grants, permission)
    }

    /// Refuses someone no role gives `permission` anywhere: the question a page asks before its target is known
    /// (the use case then asks `require` for the target).
    pub fn require_somewhere(&self, permission: &str) -> Result<()> {
        if self.holds(permission) { Ok(()) } else { Err(AppError::Forbidden) }
    }

    pub fn actor(&self, ip: Option<String>) -> Actor {
        Actor::user(self.user.id, &self.user.email, ip)
    }
}

/// A password hash to check against when no account matches, so that a wrong email takes as long as a wrong
/// password and the timing does not reveal which accounts exist.
static DECOY_HASH: LazyLock<String> = LazyLock::new(|| hash_now("decoy password for unknown accounts"));

fn hash_now(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).unwrap_or_default()
}

pub async fn hash_password(password: &NewPassword) -> Result<String> {
    let password = password.expose().to_owned();
    tokio::task::spawn_blocking(move || hash_now(&password)).await.map_err(|e| AppError::Internal(e.to_string()))
}

async fn verify_password(password: &str, hash: Option<String>) -> bool {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || {
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| DECOY_HASH.clone());
        let ok =
            PasswordHash::new(&hash).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok());
        known && ok
    })
    .await
    .unwrap_or(false)
}

fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub const WRONG_CREDENTIALS: &str = "Enter a correct email address and password";

/// Checks an email address and password. Then: a session, if the account needs no second factor; otherwise the
/// second step it needs (`two_factor`).
pub async fn sign_in(app: &App, email: &str, password: &str, ip: Option<String>) -> Result<two_factor::SignIn> {
    let mut problems = Problems::default();
    let email = match Email::parse(email) {
        Ok(email) => Some(email),
        Err(e) => {
            problems.push(("email", e.to_string()));
            None
        }
    };
    if password.is_empty() {
        problems.push(("password", "Enter your password".to_owned()));
    }
    let Some(email) = email.filter(|_| problems.is_empty()) else {
        return Err(problems.into_error());
    };
    let user = app.store.user_by_email(email.as_str()).await?;
    let hash = user.as_ref().filter(|u| u.disabled_at.is_none()).map(|u| u.password_hash.clone());
    let now = app.now();
    let (Some(user), true) = (user, verify_password(password, hash).await) else {
        let entry = Actor::anonymous(ip).entry(now, "sign_in.failed", "email", email.as_str(), json!({}));
        app.store.record(&entry).await?;
        return Err(AppError::invalid("email", WRONG_CREDENTIALS));
    };
    two_factor::after_password(app, user, ip).await
}

/// Starts a session for someone who has proved who they are; returns its token. The sign-in is audited.
async fn start_session(app: &App, user: &User, ip: Option<String>, how: &str) -> Result<String> {
    let now = app.now();
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let session = Session {
        user_id: user.id,
        created_at: now,
        expires_at: now + app.settings.session_length,
        last_seen_at: Some(now),
    };
    app.store.create_session(&token_hash(&token), &session).await?;
    let entry = Actor::user(user.id, &user.email, ip).entry(now, "sign_in", "user", user.id, json!({ "with": how }));
    app.store.record_sign_in(user.id, &entry).await?;
    Ok(token)
}

pub async fn sign_out(app: &App, token: &str) -> Result<()> {
    let hash = token_hash(token);
    app.store.delete_session(&hash).await?;
    app.principals.forget(&hash);
    Ok(())
}

/// How often a session's last use is written down: its idle timeout is measured to the minute, so a busy person's
/// requests cost a write a minute, not one each.
const TOUCH_EVERY_SECONDS: i64 = 60;

/// How long who holds a session token is kept, read: every signed-in request needs it, and reading it is three
/// queries. This instance forgets it at once when the session ends here (signing out), and forgets them all when an
/// account or its roles change here; another instance sees such a change within this time and half as long again
/// (the cache draws each value's time between the two).
pub const PRINCIPALS_FRESH: std::time::Duration = std::time::Duration::from_secs(4);

/// A session and who holds it, as read.
#[derive(Debug, Clone)]
pub struct KeptSession {
    session: Session,
    principal: Principal,
}

/// Who holds a session token, if it is live (not past its end, nor unused for longer than the idle timeout) and their
/// account is enabled. Kept for [`PRINCIPALS_FRESH`]; the session's end and idle time are checked on every use, and
/// a use that should write the session's last use down reads it all again.
pub async fn principal(app: &App, token: &str) -> Result<Option<Principal>> {
    let (hash, now) = (token_hash(token), app.now());
    let last_seen = |s: &Session| s.last_seen_at.unwrap_or(s.created_at);
    if let Some(kept) = app.principals.get(&hash)
        && kept.session.expires_at > now
        && (now - last_seen(&kept.session)).num_seconds() < TOUCH_EVERY_SECONDS
    {
        return Ok(Some(kept.principal.clone()));
    }
    let Some(mut session) = app.store.session(&hash, now).await? else {
        app.principals.forget(&hash);
        return Ok(None);
    };
    if app.settings.session_idle.is_some_and(|idle| now - last_seen(&session) >= idle) {
        app.store.delete_session(&hash).await?;
        app.principals.forget(&hash);
        return Ok(None);
    }
    if (now - last_seen(&session)).num_seconds() >= TOUCH_EVERY_SECONDS {
        app.store.touch_session(&hash, now).await?;
        session.last_seen_at = Some(now);
    }
    let Some(user) = app.store.user(session.user_id).await?.filter(|u| u.disabled_at.is_none()) else {
        app.principals.forget(&hash);
        return Ok(None);
    };
    let grants = grants_of(app, user.id).await?;
    let principal = Principal { user, grants };
    app.principals.put(hash, std::sync::Arc::new(KeptSession { session, principal: principal.clone() }));
    Ok(Some(principal))
}

/// An account with what its roles allow, for work done on its behalf from the command line (the demo).
pub async fn principal_of(app: &App, user_id: Uuid) -> Result<Option<Principal>> {
    let Some(user) = app.store.user(user_id).await?.filter(|u| u.disabled_at.is_none()) else {
        return Ok(None);
    };
    let grants = grants_of(app, user.id).await?;
    Ok(Some(Principal { user, grants }))
}

/// How long the roles are kept: they change only when Kith starts (seeded) or is migrated, so this bounds how long
/// another instance takes to see a migration's change.
pub const ROLES_FRESH: std::time::Duration = std::time::Duration::from_secs(60);

/// The roles and their permissions, read at most every `ROLES_FRESH`: every signed-in request needs them.
async fn roles_kept(app: &App) -> Result<std::sync::Arc<Vec<Role>>> {
    app.roles.through(&(), || async { Ok::<_, AppError>(app.store.roles().await?) }).await
}

async fn grants_of(app: &App, user_id: Uuid) -> Result<Vec<Grant>> {
    let roles = roles_kept(app).await?;
    let assignments = app.store.assignments_of(user_id).await?;
    Ok(assignments
        .into_iter()
        .filter_map(|a| {
            let role = roles.iter().find(|r| r.key == a.role_key)?;
            let scope = Scope::from_parts(&a.scope_kind, &a.scope_ref)?;
            Some(Grant { role: role.key.clone(), scope, permissions: role.permissions.clone() })
        })
        .collect())
}

/// A user with their role assignments, for the administration pages.
#[derive(Debug, Clone)]
pub struct UserWithRoles {
    pub user: User,
    pub assignments: Vec<Assignment>,
    /// Whether the account signs in with a second factor.
    pub two_factor: bool,
}

pub async fn list_users(app: &App, by: &Principal) -> Result<Vec<User>> {
    by.require(app, permission::MANAGE_USERS, Target::City)?;
    Ok(app.store.users().await?)
}

pub async fn user_with_roles(app: &App, by: &Principal, id: Uuid) -> Result<UserWithRoles> {
    by.require(app, permission::MANAGE_USERS, Target::City)?;
    let user = app.store.user(id).await?.ok_or(AppError::NotFound)?;
    let assignments = app.store.assignments_of(id).await?;
    let two_factor = app.store.two_factor(id).await?.is_some_and(|f| f.secret.is_some());
    Ok(UserWithRoles { user, assignments, two_factor })
}

/// The details of a new account.
#[derive(Debug, Clone, Default)]
pub struct NewUserForm {
    pub name: String,
    pub email: String,
    pub password: String,
}

async fn create(app: &App, actor: &Actor, form: &NewUserForm) -> Result<Uuid> {
    let mut problems = Problems::default();
    let name = form.name.trim();
    if name.is_empty() {
        problems.push(("name", "Enter the person's full name".to_owned()));
    }
    let email = Email::parse(&form.email).map_err(|e| problems.push(("email", e.to_string()))).ok();
    let password = NewPassword::parse(&form.password).map_err(|e| problems.push(("password", e.to_string()))).ok();
    let (Some(email), Some(password), true) = (email, password, problems.is_empty()) else {
        return Err(problems.into_error());
    };
    let now = app.now();
    let user = User {
        id: Uuid::new_v4(),
        email: email.to_string(),
        name: name.to_owned(),
        password_hash: hash_password(&password).await?,
        created_at: now,
        disabled_at: None,
        last_sign_in_at: None,
    };
    let entry = actor.entry(now, "user.created", "user", user.id, json!({ "name": user.name, "email": user.email }));
    match app.store.create_user(&user, &entry).await {
        Ok(()) => Ok(user.id),
        Err(StoreError::Conflict(_)) => {
            Err(AppError::invalid("email", "There is already an account with this email address"))
        }
        Err(e) => Err(e.into()),
    }
}

/// Who may add accounts and change them: a city-wide user administrator (the forms ask this too).
pub fn may_manage_users(app: &App, by: &Principal) -> Result<()> {
    by.require(app, permission::MANAGE_USERS, Target::City)
}

pub async fn create_user(app: &App, by: &Principal, actor: &Actor, form: &NewUserForm) -> Result<Uuid> {
    may_manage_users(app, by)?;
    create(app, actor, form).await
}

/// Creates an account from the command line of the server (`kith user add`), with one role.
pub async fn create_user_from_command_line(app: &App, form: &NewUserForm, role: &str, scope: Scope) -> Result<Uuid> {
    let actor = Actor::command_line();
    check_assignment(app, role, &scope).await?;
    let id = create(app, &actor, form).await?;
    assign(app, &actor, id, role, scope).await?;
    Ok(id)
}

/// Changes an account's name, email address, or whether it is disabled (disabling ends its sessions).
pub async fn update_user(
    app: &App,
    by: &Principal,
    actor: &Actor,
    id: Uuid,
    name: &str,
    email: &str,
    disabled: bool,
) -> Result<()> {
    by.require(app, permission::MANAGE_USERS, Target::City)?;
    if disabled && id == by.user.id {
        return Err(AppError::invalid("disabled", "You cannot disable your own account"));
    }
    let before = app.store.user(id).await?.ok_or(AppError::NotFound)?;
    let mut problems = Problems::default();
    if name.trim().is_empty() {
        problems.push(("name", "Enter the person's full name".to_owned()));
    }
    let email = Email::parse(email).map_err(|e| problems.push(("email", e.to_string()))).ok();
    let Some(email) = email.filter(|_| problems.is_empty()) else {
        return Err(problems.into_error());
    };
    let now = app.now();
    let change = UserChange {
        name: name.trim().to_owned(),
        email: email.to_string(),
        disabled_at: if disabled { before.disabled_at.or(Some(now)) } else { None },
    };
    let entry = actor.entry(
        now,
        "user.updated",
        "user",
        id,
        json!({
            "from": { "name": before.name, "email": before.email, "disabled": before.disabled_at.is_some() },
            "to": { "name": change.name, "email": change.email, "disabled": disabled },
        }),
    );
    let updated = app.store.update_user(id, &change, &entry).await;
    // A disabled account is signed out at once here (and within PRINCIPALS_FRESH elsewhere).
    app.principals.forget_all();
    match updated {
        Ok(()) => Ok(()),
        Err(StoreError::Conflict(_)) => {
            Err(AppError::invalid("email", "There is already an account with this email address"))
        }
        Err(e) => Err(e.into()),
    }
}

async fn check_assignment(app: &App, role: &str, scope: &Scope) -> Result<Role> {
    let role = app
        .store
        .roles()
        .await?
        .into_iter()
        .find(|r| r.key == role)
        .ok_or_else(|| AppError::invalid("role", "Select a role"))?;
    let places = app.places();
    let exists = match scope {
        Scope::City => true,
        Scope::Ward(code) => places.ward(code).is_some(),
        Scope::Neighbourhood(id) => places.neighbourhood(*id).is_some(),
        Scope::Organisation(id) => app.store.organisations().await?.iter().any(|o| o.id == *id),
        // The tag was checked when the scope was read; the web layer offers only the languages Kith speaks.
        Scope::Language(_) => true,
    };
    if !exists {
        return Err(AppError::invalid("scope", format!("Select a {} that exists", scope.kind())));
    }
    Ok(role)
}

async fn assign(app: &App, actor: &Actor, user_id: Uuid, role: &str, scope: Scope) -> Result<()> {
    let now = app.now();
    let assignment = Assignment {
        id: Uuid::new_v4(),
        user_id,
        role_key: role.to_owned(),
        scope_kind: scope.kind().to_owned(),
        scope_ref: scope.reference(),
        created_at: now,
    };
    let entry = actor.entry(now, "role.assigned", "user", user_id, json!({ "role": role, "scope": scope }));
    let assigned = app.store.assign_role(&assignment, &entry).await;
    app.principals.forget_all();
    match assigned {
        Ok(()) => Ok(()),
        Err(StoreError::Conflict(_)) => Err(AppError::invalid("role", "This person already has that role there")),
        Err(e) => Err(e.into()),
    }
}

pub async fn assign_role(
    app: &App,
    by: &Principal,
    actor: &Actor,
    user_id: Uuid,
    role: &str,
    scope: Scope,
) -> Result<()> {
    by.require(app, permission::MANAGE_USERS, Target::City)?;
    app.store.user(user_id).await?.ok_or(AppError::NotFound)?;
    check_assignment(app, role, &scope).await?;
    assign(app, actor, user_id, role, scope).await
}

pub async fn remove_assignment(
    app: &App,
    by: &Principal,
    actor: &Actor,
    user_id: Uuid,
    assignment_id: Uuid,
) -> Result<()> {
    by.require(app, permission::MANAGE_USERS, Target::City)?;
    let assignments = app.store.assignments_of(user_id).await?;
    let removed = assignments.iter().find(|a| a.id == assignment_id).ok_or(AppError::NotFound)?;
    let entry = actor.entry(
        app.now(),
        "role.removed",
        "user",
        user_id,
        json!({ "role": removed.role_key, "scope": { "kind": removed.scope_kind, "id": removed.scope_ref } }),
    );
    app.store.remove_assignment(assignment_id, &entry).await?;
    app.principals.forget_all();
    Ok(())
}

/// The kinds of organisation Kith knows, with their names.
pub const ORGANISATION_KINDS: &[(&str, &str)] = &[
    ("council", "Council team"),
    ("police", "Police"),
    ("fire", "Fire service"),
    ("health", "Health"),
    ("housing", "Housing provider"),
    ("community group", "Community group"),
    ("faith group", "Faith group"),
    ("voluntary organisation", "Voluntary organisation"),
    ("school", "School or college"),
    ("business", "Business"),
    ("partner", "Other partner"),
];

/// Removes the sessions that have ended (the worker's sweep; no person asks this).
pub async fn purge_expired_sessions(app: &App) -> Result<u64> {
    Ok(app.store.purge_expired_sessions(app.now()).await?)
}

pub async fn roles(app: &App) -> Result<Vec<Role>> {
    Ok(app.store.roles().await?)
}

pub async fn organisations(app: &App) -> Result<Vec<Organisation>> {
    Ok(app.store.organisations().await?)
}

/// Adds an organisation from the server's command line (the demo city and the tests' set-up); the stakeholder map
/// and virtual teams add theirs through their own use cases, which check their caller first.
pub async fn create_organisation_from_command_line(app: &App, name: &str, kind: &str) -> Result<Uuid> {
    create_organisation(app, &Actor::command_line(), name, kind).await
}

/// Adds an organisation (the people and organisations capability grows this; for now it gives assignments a
/// scope).
pub(crate) async fn create_organisation(app: &App, actor: &Actor, name: &str, kind: &str) -> Result<Uuid> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::invalid("name", "Enter the organisation's name"));
    }
    let now = app.now();
    let organisation =
        Organisation { id: Uuid::new_v4(), name: name.to_owned(), kind: kind.to_owned(), created_at: now };
    let entry = actor.entry(
        now,
        "organisation.created",
        "organisation",
        organisation.id,
        json!({ "name": name, "kind": kind }),
    );
    match app.store.create_organisation(&organisation, &entry).await {
        Ok(()) => Ok(organisation.id),
        Err(StoreError::Conflict(_)) => {
            Err(AppError::invalid("name", "There is already an organisation with this name"))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn audit_trail(
    app: &App,
    by: &Principal,
    query: &kith_store::audit::AuditQuery,
) -> Result<Vec<kith_store::AuditEntry>> {
    by.require(app, permission::READ_AUDIT, Target::City)?;
    Ok(app.store.audit_events(query).await?)
}
