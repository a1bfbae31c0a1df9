//! Security headers, the CSRF cookie and rate limits, written plainly.
//!
//! CSRF: a random token in a `SameSite=Strict` cookie that every form repeats in a hidden field (the
//! double-submit pattern); `ctx::Submitted` refuses a form whose field does not match. It needs no session, so
//! the sign-in form is covered too.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use chrono::{DateTime, Duration, Utc};
use kith_core::Clock;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::ctx::cookie;

pub const CSRF_COOKIE: &str = "kith_csrf";

/// The visitor's CSRF token, put in the request's extensions by `csrf_cookie`.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (Sha256::digest(a.as_bytes()), Sha256::digest(b.as_bytes()));
    a.iter().zip(b.iter()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A `Set-Cookie` value with Kith's settings: HttpOnly, path /, SameSite as given, Secure when served over HTTPS.
pub fn set_cookie(state: &AppState, name: &str, value: &str, same_site: &str, max_age: Option<i64>) -> HeaderValue {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite={same_site}");
    if let Some(seconds) = max_age {
        cookie.push_str(&format!("; Max-Age={seconds}"));
    }
    if state.settings.secure_cookies {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).expect("cookie values are hex or fixed words")
}

pub async fn csrf_cookie(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let existing = cookie(request.headers(), CSRF_COOKIE)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_owned);
    let token = existing.clone().unwrap_or_else(random_token);
    request.extensions_mut().insert(CsrfToken(token.clone()));
    let mut response = next.run(request).await;
    if existing.is_none()
        && response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
    {
        response.headers_mut().append(header::SET_COOKIE, set_cookie(&state, CSRF_COOKIE, &token, "Strict", None));
    }
    response
}

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
                   connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub async fn headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(self), interest-cohort=()"),
    );
    if state.settings.secure_cookies {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        // Pages can show who is signed in; let nothing shared keep them. Open data may be cached.
        let policy = if api { "public, max-age=300" } else { "no-store" };
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

/// Counts attempts per key in a sliding window, on the application's clock (so tests move time, not sleep).
pub struct RateLimiter {
    limit: u32,
    window: Duration,
    attempts: Mutex<HashMap<String, Vec<DateTime<Utc>>>>,
}

impl RateLimiter {
    pub fn new(limit: u32, window: Duration) -> Self {
        Self { limit, window, attempts: Mutex::new(HashMap::new()) }
    }

    /// Records an attempt for each key; false if any key is over its limit (then nothing is recorded).
    pub fn allow(&self, clock: &dyn Clock, keys: &[String]) -> bool {
        let now = clock.now();
        let mut attempts = self.attempts.lock().unwrap_or_else(|e| e.into_inner());
        if attempts.len() > 100_000 {
            attempts.retain(|_, times| times.iter().any(|t| now - *t < self.window));
        }
        for key in keys {
            let times = attempts.entry(key.clone()).or_default();
            times.retain(|t| now - *t < self.window);
            if times.len() >= self.limit as usize {
                return false;
            }
        }
        for key in keys {
            attempts.entry(key.clone()).or_default().push(now);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kith_core::ManualClock;

    #[test]
    fn attempts_over_the_limit_are_refused_until_the_window_passes() {
        let clock = ManualClock::new(Utc::now());
        let limiter = RateLimiter::new(3, Duration::minutes(5));
        let keys = ["ip:127.0.0.1".to_owned()];
        assert!((0..3).all(|_| limiter.allow(&clock, &keys)));
        assert!(!limiter.allow(&clock, &keys));
        assert!(limiter.allow(&clock, &["ip:10.0.0.1".to_owned()]));
        clock.advance(Duration::minutes(5));
        assert!(limiter.allow(&clock, &keys));
    }

    #[test]
    fn secrets_compare_equal_only_when_equal() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}
