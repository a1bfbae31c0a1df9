//! The second factor at sign-in: a code from an authenticator app (RFC 6238, `kith_core::totp`), or one of the
//! recovery codes shown once when the app was set up. Where the city requires it (`Settings::require_two_factor`),
//! every account whose roles reach personal data must set one up at its next sign-in before it gets a session.
//!
//! Between the password and the code there is no session: the web layer holds a signed, short-lived step token
//! naming the account (`step_token`), so nothing half-signed-in can reach a page.

use chrono::Duration;
use kith_core::accounts::reaches_personal_data;
use kith_core::totp;
use kith_store::accounts::User;
use rand::RngCore;
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{grants_of, start_session};
use crate::{Actor, App, AppError, Result, links};

/// How long someone has between their password and their code.
const STEP_MINUTES: i64 = 10;
/// Recovery codes shown when the app is set up.
const RECOVERY_CODES: usize = 10;
/// The name an authenticator app shows beside the codes.
const ISSUER: &str = "Kith";

/// Where a correct password leads.
#[derive(Debug)]
pub enum SignIn {
    /// Signed in: the session's token.
    Done { token: String, user: User },
    /// The account has a second factor: ask for a code.
    Code { user: User },
    /// The account must have a second factor and has none: set one up first.
    SetUp { user: User },
}

pub(super) async fn after_password(app: &App, user: User, ip: Option<String>) -> Result<SignIn> {
    let confirmed = app.store.two_factor(user.id).await?.is_some_and(|f| f.secret.is_some());
    if confirmed {
        return Ok(SignIn::Code { user });
    }
    if app.settings.require_two_factor && reaches_personal_data(&grants_of(app, user.id).await?) {
        return Ok(SignIn::SetUp { user });
    }
    let token = start_session(app, &user, ip, "password").await?;
    Ok(SignIn::Done { token, user })
}

fn step_message(user: Uuid, expires: i64) -> String {
    format!("second-factor {user} {expires}")
}

/// A token for the step between the password and the code: the account and until when, signed.
pub async fn step_token(app: &App, user: Uuid) -> Result<String> {
    let expires = (app.now() + Duration::minutes(STEP_MINUTES)).timestamp();
    let key = links::key(app, "second-factor").await?;
    Ok(format!("{user}.{expires}.{}", links::sign(&key, &step_message(user, expires))))
}

/// The enabled account a step token names, if the token is genuine and not expired.
pub async fn user_of_step(app: &App, token: &str) -> Result<Option<User>> {
    let mut parts = token.splitn(3, '.');
    let (Some(user), Some(expires), Some(signature)) = (parts.next(), parts.next(), parts.next()) else {
        return Ok(None);
    };
    let (Ok(user), Ok(expires)) = (Uuid::parse_str(user), expires.parse::<i64>()) else { return Ok(None) };
    let key = links::key(app, "second-factor").await?;
    if expires <= app.now().timestamp() || !links::genuine(&key, &step_message(user, expires), signature) {
        return Ok(None);
    }
    Ok(app.store.user(user).await?.filter(|u| u.disabled_at.is_none()))
}

fn hash(code: &str) -> String {
    hex::encode(Sha256::digest(normal_recovery_code(code).as_bytes()))
}

/// A recovery code as typed, in the form it was hashed in: upper case, no spaces or hyphens.
fn normal_recovery_code(typed: &str) -> String {
    typed.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

const WRONG_CODE: &str = "Enter the 6-digit code from your authenticator app, or one of your recovery codes";

/// Checks the code typed at the second step and starts a session. A code is accepted once: the same code again
/// (someone who watched it typed) is refused.
pub async fn complete(app: &App, user: &User, typed: &str, ip: Option<String>) -> Result<String> {
    let now = app.now();
    let secret = app
        .store
        .two_factor(user.id)
        .await?
        .and_then(|f| f.secret)
        .and_then(|s| totp::from_base32(&s))
        .ok_or(AppError::Forbidden)?;
    let refuse = async |message: &str| -> Result<String> {
        let entry = Actor::user(user.id, &user.email, ip.clone()).entry(
            now,
            "sign_in.second_factor_failed",
            "user",
            user.id,
            json!({}),
        );
        app.store.record(&entry).await?;
        Err(AppError::invalid("code", message))
    };
    if let Some(step) = totp::matching_step(&secret, typed, now.timestamp()) {
        if app.store.use_step(user.id, step).await? {
            return start_session(app, user, ip.clone(), "authenticator").await;
        }
        return refuse("That code has been used. Wait for the next one and enter it").await;
    }
    let recovery = normal_recovery_code(typed);
    if recovery.len() == 10 && app.store.use_recovery_code(user.id, &hash(&recovery), now).await? {
        return start_session(app, user, ip.clone(), "recovery code").await;
    }
    refuse(WRONG_CODE).await
}

/// What someone setting up an authenticator app is shown: the secret to type and the address a QR code carries.
#[derive(Debug, Clone)]
pub struct NewSecret {
    /// Base32 in groups of four, as people type it.
    pub secret: String,
    pub uri: String,
}

/// The secret being set up for this account (made on first asking and kept until confirmed).
pub async fn new_secret(app: &App, user: &User) -> Result<NewSecret> {
    let existing = app.store.two_factor(user.id).await?.and_then(|f| f.pending_secret);
    let secret = match existing.and_then(|s| totp::from_base32(&s)).filter(|b| b.len() == totp::SECRET_BYTES) {
        Some(bytes) => bytes,
        None => {
            let mut bytes = vec![0u8; totp::SECRET_BYTES];
            rand::thread_rng().fill_bytes(&mut bytes);
            app.store.set_pending_secret(user.id, &totp::base32(&bytes)).await?;
            bytes
        }
    };
    let text = totp::base32(&secret);
    let grouped = text.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>();
    Ok(NewSecret { secret: grouped.join(" "), uri: totp::otpauth_uri(ISSUER, &user.email, &secret) })
}

/// Confirms the secret being set up with a code from the app; starts a session and returns its token with the
/// recovery codes, which are shown this once (only their hashes are kept).
pub async fn confirm(app: &App, user: &User, typed: &str, ip: Option<String>) -> Result<(String, Vec<String>)> {
    let now = app.now();
    let pending = app.store.two_factor(user.id).await?.and_then(|f| f.pending_secret);
    let secret = pending.as_deref().and_then(totp::from_base32).ok_or(AppError::Forbidden)?;
    let Some(step) = totp::matching_step(&secret, typed, now.timestamp()) else {
        return Err(AppError::invalid("code", "Enter the 6-digit code your authenticator app shows now"));
    };
    let codes: Vec<String> = (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 7];
            rand::thread_rng().fill_bytes(&mut bytes);
            let code = &totp::base32(&bytes)[..10];
            format!("{}-{}", &code[..5], &code[5..])
        })
        .collect();
    let hashes: Vec<String> = codes.iter().map(|c| hash(c)).collect();
    let entry =
        Actor::user(user.id, &user.email, ip.clone()).entry(now, "two_factor.enabled", "user", user.id, json!({}));
    app.store.enable_two_factor(user.id, &totp::base32(&secret), step, &hashes, now, &entry).await?;
    let token = start_session(app, user, ip, "authenticator").await?;
    Ok((token, codes))
}

/// Removes an account's second factor (a lost phone); it sets one up again at its next sign-in.
pub async fn reset(app: &App, by: &super::Principal, actor: &Actor, user_id: Uuid) -> Result<()> {
    by.require(app, kith_core::accounts::permission::MANAGE_USERS, kith_core::accounts::Target::City)?;
    app.store.user(user_id).await?.ok_or(AppError::NotFound)?;
    let entry = actor.entry(app.now(), "two_factor.reset", "user", user_id, json!({}));
    app.store.remove_two_factor(user_id, &entry).await?;
    app.store.delete_sessions_of(user_id).await?;
    app.principals.forget_all();
    Ok(())
}
