//! Security headers, the CSRF cookie and rate limits, written plainly.
//!
//! CSRF: a random token in a `SameSite=Strict` cookie that every form repeats in a hidden field (the
//! double-submit pattern); `ctx::Submitted` refuses a form whose field does not match. It needs no session, so
//! the sign-in form is covered too.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};
use kith_core::Clock;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::request::cookie;

pub const CSRF_COOKIE: &str = "kith_csrf";

/// The visitor's CSRF token, in the request's extensions. The cookie's token if the visitor has one; otherwise a
/// new one is made the first time a page asks for it, and `issue_cookie` then sends it. Requests that render no form
/// (the API, assets) make none.
#[derive(Debug, Clone, Default)]
pub struct CsrfToken {
    cookie: Option<String>,
    fresh: Arc<OnceLock<String>>,
}

impl CsrfToken {
    pub fn from_headers(headers: &HeaderMap) -> Self {
        let cookie = cookie(headers, CSRF_COOKIE)
            .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
            .map(str::to_owned);
        Self { cookie, fresh: Arc::default() }
    }

    /// The token to put in a form.
    pub fn value(&self) -> String {
        match &self.cookie {
            Some(token) => token.clone(),
            None => self.fresh.get_or_init(random_token).clone(),
        }
    }

    /// The token a submitted form must repeat: the one in the visitor's cookie.
    pub fn expected(&self) -> Option<&str> {
        self.cookie.as_deref()
    }

    /// Sends the cookie if this request made a new token.
    pub fn issue_cookie(&self, state: &AppState, response: &mut Response) {
        if let (None, Some(token)) = (&self.cookie, self.fresh.get()) {
            response.headers_mut().append(header::SET_COOKIE, set_cookie(state, CSRF_COOKIE, token, "Strict", None));
        }
    }
}

pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub use kith_app::links::same_secret;

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

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
                   connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Strict security headers on every response; a cache policy where the handler set none.
pub fn add_headers(state: &AppState, api: bool, h: &mut HeaderMap) {
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
}

/// A path on this site to send someone back to, never another site (`//host`, `/\\host`, `https://host`), and only
/// visible ASCII, so it can always stand in a `Location` header.
pub fn local_path(next: &str) -> Option<&str> {
    (next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && next.bytes().all(|b| b.is_ascii_graphic()))
    .then_some(next)
}

/// A 303 to `to`, which must be a path of ours; anything else (a path built from what was sent, that cannot stand
/// in a header) goes home instead of failing the request.
pub fn redirect(to: &str) -> Response {
    axum::response::Redirect::to(local_path(to).unwrap_or("/")).into_response()
}

/// Counts attempts per key in a sliding window, on the application's clock (so tests move time, not sleep).
/// Bounded whatever is sent: a key is kept as its SHA-256 (a 2 MB email address costs 32 bytes), a key keeps at most
/// `limit` times, and past `MAX_KEYS` keys the stale ones go and then the half least recently tried.
pub struct RateLimiter {
    limit: u32,
    window: Duration,
    attempts: Mutex<HashMap<[u8; 32], Vec<DateTime<Utc>>>>,
}

/// The limits on writes anyone can make: by the address they come from and, where a write sends an email, by the
/// address it goes to (so nobody can make Kith mail someone over and over); Open311 reports by their client's key.
pub struct PublicWrites {
    by_address: RateLimiter,
    by_email: RateLimiter,
    open311: RateLimiter,
}

impl PublicWrites {
    pub fn new(settings: &crate::WebSettings) -> Self {
        let window = settings.public_write_window;
        Self {
            by_address: RateLimiter::new(settings.public_writes, window),
            by_email: RateLimiter::new(settings.emails_per_address, window),
            open311: RateLimiter::new(settings.open311_posts, window),
        }
    }

    /// Counts a public write from `ip` (and an email to `email`); false once either is over its limit.
    pub fn allow(&self, clock: &dyn Clock, ip: Option<&str>, email: Option<&str>) -> bool {
        self.by_address.allow(clock, &[format!("ip:{}", ip.unwrap_or("unknown"))])
            && email.is_none_or(|e| self.by_email.allow(clock, &[format!("email:{}", e.trim().to_lowercase())]))
    }

    /// Counts an Open311 report made with `key`; false once over the limit.
    pub fn allow_open311(&self, clock: &dyn Clock, key: &str) -> bool {
        self.open311.allow(clock, &[key.to_owned()])
    }
}

/// The most keys a limiter keeps: about 10 MB.
const MAX_KEYS: usize = 50_000;

impl RateLimiter {
    pub fn new(limit: u32, window: Duration) -> Self {
        Self { limit, window, attempts: Mutex::new(HashMap::new()) }
    }

    /// Records an attempt for each key; false if any key is over its limit (then nothing is recorded).
    pub fn allow(&self, clock: &dyn Clock, keys: &[String]) -> bool {
        let now = clock.now();
        let keys: Vec<[u8; 32]> = keys.iter().map(|k| Sha256::digest(k.as_bytes()).into()).collect();
        let mut attempts = self.attempts.lock().unwrap_or_else(|e| e.into_inner());
        if attempts.len() >= MAX_KEYS {
            attempts.retain(|_, times| times.iter().any(|t| now - *t < self.window));
        }
        if attempts.len() >= MAX_KEYS {
            let mut latest: Vec<DateTime<Utc>> = attempts.values().filter_map(|t| t.last().copied()).collect();
            latest.sort_unstable();
            let cut = latest[latest.len() / 2];
            attempts.retain(|_, times| times.last().is_some_and(|t| *t > cut));
        }
        for key in &keys {
            let times = attempts.entry(*key).or_default();
            times.retain(|t| now - *t < self.window);
            if times.len() >= self.limit as usize {
                return false;
            }
        }
        for key in keys {
            attempts.entry(key).or_default().push(now);
        }
        true
    }

    #[cfg(test)]
    fn keys(&self) -> usize {
        self.attempts.lock().unwrap_or_else(|e| e.into_inner()).len()
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
    fn a_limiter_keeps_a_bounded_number_of_keys_however_many_are_tried() {
        let clock = ManualClock::new(Utc::now());
        let limiter = RateLimiter::new(3, Duration::minutes(5));
        for i in 0..(MAX_KEYS * 2) {
            assert!(limiter.allow(&clock, &[format!("email:{i}@example.org")]));
        }
        assert!(limiter.keys() <= MAX_KEYS, "{} keys", limiter.keys());
        let long = ["x".repeat(100_000)];
        assert!(
            (0..3).all(|_| limiter.allow(&clock, &long)) && !limiter.allow(&clock, &long),
            "a long key still counts"
        );
    }

    #[test]
    fn only_visible_paths_on_this_site_are_gone_back_to() {
        assert_eq!(local_path("/admin/users?x=1#y"), Some("/admin/users?x=1#y"));
        for elsewhere in ["//evil.example", "https://evil.example", "/\\evil.example", "/a\r\nSet-Cookie: x", "/é", ""]
        {
            assert_eq!(local_path(elsewhere), None, "{elsewhere:?}");
        }
        assert_eq!(redirect("/a\nb").headers()["location"], "/");
    }
}
