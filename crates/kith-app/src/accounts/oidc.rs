//! Signing in with the council's identity provider over OpenID Connect: the authorisation code flow with PKCE,
//! the provider found by discovery (`/.well-known/openid-configuration`), its ID token checked against its published
//! keys (signature, issuer, audience, expiry, nonce). The provider says who someone is (its `sub`); Kith decides what
//! they may do: an administrator links that subject to a Kith account, and the account's roles apply. A subject
//! nobody has linked gets no session.
//!
//! Between leaving for the provider and coming back, the state, nonce and PKCE verifier travel in a signed cookie
//! that lasts ten minutes, so no instance needs to remember them and any instance can finish the sign-in.

use std::time::Duration as StdDuration;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Duration;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{DecodingKey, Validation, decode, decode_header};
use kith_store::accounts::User;
use rand::RngCore;
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use tokio::sync::RwLock;
use uuid::Uuid;

use super::start_session;
use crate::{Actor, App, AppError, Result, links};

/// The identity provider Kith is a client of.
#[derive(Debug, Clone)]
pub struct OidcSettings {
    /// The issuer's address, as its discovery document names it.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// The provider's name as people know it, on the sign-in button ("Birmingham City Council").
    pub name: String,
}

/// How long someone has at the provider before coming back.
const TRIP_MINUTES: i64 = 10;

/// What discovery found, kept for the life of the process (the keys are fetched again when a token names a key
/// they do not have: the provider has rotated them).
#[derive(Default)]
pub struct Discovered(RwLock<Option<Provider>>);

#[derive(Debug, Clone, Deserialize)]
struct Metadata {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    jwks_uri: String,
}

#[derive(Clone)]
struct Provider {
    metadata: Metadata,
    keys: JwkSet,
}

fn client() -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(StdDuration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| AppError::Internal(format!("an HTTP client: {e}")))
}

fn unreachable(what: &str, e: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("the identity provider's {what}: {e}"))
}

async fn fetch_json<T: serde::de::DeserializeOwned>(url: &str, what: &str) -> Result<T> {
    let response = client()?.get(url).send().await.map_err(|e| unreachable(what, e))?;
    if !response.status().is_success() {
        return Err(unreachable(what, response.status()));
    }
    response.json::<T>().await.map_err(|e| unreachable(what, e))
}

fn settings(app: &App) -> Result<&OidcSettings> {
    app.settings.oidc.as_ref().ok_or(AppError::NotFound)
}

async fn provider(app: &App, fresh_keys: bool) -> Result<Provider> {
    if !fresh_keys && let Some(p) = app.oidc.0.read().await.clone() {
        return Ok(p);
    }
    let s = settings(app)?;
    let url = format!("{}/.well-known/openid-configuration", s.issuer.trim_end_matches('/'));
    let metadata: Metadata = fetch_json(&url, "discovery document").await?;
    if metadata.issuer.trim_end_matches('/') != s.issuer.trim_end_matches('/') {
        return Err(unreachable("discovery document", format!("names another issuer, {}", metadata.issuer)));
    }
    let keys: JwkSet = fetch_json(&metadata.jwks_uri, "keys").await?;
    let p = Provider { metadata, keys };
    *app.oidc.0.write().await = Some(p.clone());
    Ok(p)
}

fn random() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Where to send someone to sign in at the provider, and the cookie to set for their way back.
#[derive(Debug, Clone)]
pub struct Trip {
    pub url: String,
    pub cookie: String,
}

fn trip_message(state: &str, nonce: &str, verifier: &str, expires: i64) -> String {
    format!("oidc {state} {nonce} {verifier} {expires}")
}

pub fn redirect_uri(app: &App) -> String {
    format!("{}/sign-in/oidc/callback", app.settings.public_url.trim_end_matches('/'))
}

/// Starts a sign-in at the provider.
pub async fn start(app: &App) -> Result<Trip> {
    let s = settings(app)?;
    let p = provider(app, false).await?;
    let (state, nonce, verifier) = (random(), random(), random());
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    let expires = (app.now() + Duration::minutes(TRIP_MINUTES)).timestamp();
    let key = links::key(app, "oidc").await?;
    let signature = links::sign(&key, &trip_message(&state, &nonce, &verifier, expires));
    let mut url =
        url::Url::parse(&p.metadata.authorization_endpoint).map_err(|e| unreachable("authorization endpoint", e))?;
    url.query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", &s.client_id)
        .append_pair("redirect_uri", &redirect_uri(app))
        .append_pair("scope", "openid email")
        .append_pair("state", &state)
        .append_pair("nonce", &nonce)
        .append_pair("code_challenge", &challenge)
        .append_pair("code_challenge_method", "S256");
    Ok(Trip { url: url.into(), cookie: format!("{state}.{nonce}.{verifier}.{expires}.{signature}") })
}

/// How a sign-in at the provider ended.
#[derive(Debug)]
pub enum Finished {
    Signed {
        token: String,
        user: User,
    },
    /// The provider knows them; no Kith account is linked to them. `subject` is for them to give an administrator.
    Unlinked {
        subject: String,
    },
}

#[derive(Deserialize)]
struct Tokens {
    id_token: String,
}

#[derive(Deserialize)]
struct Claims {
    sub: String,
    nonce: Option<String>,
}

const REFUSED: &str = "The sign-in with your council account did not complete. Start again.";

/// Finishes a sign-in: `cookie` from `start`, and the `code` and `state` the provider sent back.
pub async fn finish(app: &App, cookie: &str, code: &str, state: &str, ip: Option<String>) -> Result<Finished> {
    let s = settings(app)?;
    let refused = || AppError::invalid("oidc", REFUSED);
    let parts: Vec<&str> = cookie.split('.').collect();
    let [sent_state, nonce, verifier, expires, signature] = parts[..] else { return Err(refused()) };
    let expires: i64 = expires.parse().map_err(|_| refused())?;
    let key = links::key(app, "oidc").await?;
    if expires <= app.now().timestamp()
        || !links::genuine(&key, &trip_message(sent_state, nonce, verifier, expires), signature)
        || !links::same_secret(sent_state, state)
        || code.is_empty()
        || code.len() > 2_048
    {
        return Err(refused());
    }
    let p = provider(app, false).await?;
    let form = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("grant_type", "authorization_code")
        .append_pair("code", code)
        .append_pair("redirect_uri", &redirect_uri(app))
        .append_pair("code_verifier", verifier)
        .finish();
    let response = client()?
        .post(&p.metadata.token_endpoint)
        .basic_auth(&s.client_id, Some(&s.client_secret))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form)
        .send()
        .await
        .map_err(|e| unreachable("token endpoint", e))?;
    if !response.status().is_success() {
        tracing::warn!(status = %response.status(), "the identity provider refused the code");
        return Err(refused());
    }
    let tokens: Tokens = response.json().await.map_err(|e| unreachable("token endpoint", e))?;
    let claims = verified(app, &p, &tokens.id_token).await?;
    if claims.nonce.as_deref() != Some(nonce) {
        return Err(refused());
    }
    let issuer = p.metadata.issuer.clone();
    let Some(user_id) = app.store.user_by_identity(&issuer, &claims.sub).await? else {
        let entry = Actor::anonymous(ip).entry(
            app.now(),
            "sign_in.identity_unlinked",
            "identity",
            &claims.sub,
            json!({ "issuer": issuer }),
        );
        app.store.record(&entry).await?;
        return Ok(Finished::Unlinked { subject: claims.sub });
    };
    let user = app.store.user(user_id).await?.filter(|u| u.disabled_at.is_none()).ok_or(AppError::Forbidden)?;
    let token = start_session(app, &user, ip, "identity provider").await?;
    Ok(Finished::Signed { token, user })
}

/// The ID token's claims, once its signature, issuer, audience and expiry are checked.
async fn verified(app: &App, p: &Provider, id_token: &str) -> Result<Claims> {
    let s = settings(app)?;
    let header = decode_header(id_token).map_err(|_| AppError::invalid("oidc", REFUSED))?;
    let find = |keys: &JwkSet| header.kid.as_deref().and_then(|kid| keys.find(kid)).cloned();
    let jwk = match find(&p.keys) {
        Some(jwk) => jwk,
        None => find(&provider(app, true).await?.keys).ok_or_else(|| AppError::invalid("oidc", REFUSED))?,
    };
    let key = DecodingKey::from_jwk(&jwk).map_err(|e| unreachable("keys", e))?;
    let mut validation = Validation::new(header.alg);
    validation.set_issuer(&[p.metadata.issuer.as_str()]);
    validation.set_audience(&[s.client_id.as_str()]);
    validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
    let data = decode::<Claims>(id_token, &key, &validation).map_err(|e| {
        tracing::warn!(error = %e, "an ID token was refused");
        AppError::invalid("oidc", REFUSED)
    })?;
    Ok(data.claims)
}

/// Links an identity provider's subject to an account (what the provider calls `sub`), or removes the link when
/// `subject` is empty.
pub async fn link(app: &App, by: &super::Principal, actor: &Actor, user_id: Uuid, subject: &str) -> Result<()> {
    by.require(app, kith_core::accounts::permission::MANAGE_USERS, kith_core::accounts::Target::City)?;
    let s = settings(app)?;
    app.store.user(user_id).await?.ok_or(AppError::NotFound)?;
    let subject = subject.trim();
    if subject.chars().count() > 255 {
        return Err(AppError::invalid("subject", "Enter the identifier as the council's sign-in service gives it"));
    }
    let now = app.now();
    if subject.is_empty() {
        let entry = actor.entry(now, "identity.unlinked", "user", user_id, json!({ "issuer": s.issuer }));
        return Ok(app.store.unlink_identity(user_id, &s.issuer, &entry).await?);
    }
    let entry = actor.entry(now, "identity.linked", "user", user_id, json!({ "issuer": s.issuer, "subject": subject }));
    app.store.link_identity(user_id, &s.issuer, subject, now, &entry).await.map_err(|e| match e {
        kith_store::StoreError::Conflict(_) => {
            AppError::invalid("subject", "That identifier is already linked to another account")
        }
        e => e.into(),
    })
}

/// The subject an account is linked to, if the city uses an identity provider.
pub async fn linked(app: &App, user_id: Uuid) -> Result<Option<String>> {
    match &app.settings.oidc {
        Some(s) => Ok(app.store.identity_of(user_id, &s.issuer).await?),
        None => Ok(None),
    }
}
