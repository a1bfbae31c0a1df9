//! What the request itself says, before any handler: its cookies, the visitor's language and the client's
//! address. The extractors (`ctx`), the error pages (`errors`) and the security layer (`security`) all read these.

use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Uri, header};

use crate::AppState;
use crate::translations::Language;

pub const SESSION_COOKIE: &str = "kith_session";
pub const LANGUAGE_COOKIE: &str = "kith_lang";

/// A cookie's value from the request headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find_map(|(k, v)| (k == name).then_some(v))
}

/// The language chosen by `?lang=`, then the language cookie, then the browser's preference.
pub fn language_of<'a>(state: &'a AppState, uri: &Uri, headers: &HeaderMap) -> &'a Language {
    let query_choice = uri.query().and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "lang").map(|(_, v)| v.into_owned())
    });
    let chosen = query_choice.or_else(|| cookie(headers, LANGUAGE_COOKIE).map(str::to_owned));
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    state.catalogues.negotiate(chosen.as_deref(), accept)
}

/// The client's address: the socket's peer, or the first `X-Forwarded-For` hop when behind a trusted proxy (if it
/// is an address: anything else in the header is ignored).
pub fn client_ip(state: &AppState, parts: &Parts) -> Option<String> {
    if state.settings.trust_forwarded_for
        && let Some(forwarded) = parts.headers.get("x-forwarded-for").and_then(|v| v.to_str().ok())
        && let Some(Ok(ip)) = forwarded.split(',').next().map(|ip| ip.trim().parse::<std::net::IpAddr>())
    {
        return Some(ip.to_string());
    }
    parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(addr)| addr.ip().to_string())
}
