//! What a handler knows about the request: the visitor's language, who is signed in, the CSRF token and the
//! client's address. `Submitted<T>` reads a form only when its CSRF token matches.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use kith_app::accounts::{self, Principal};
use minijinja::Value;
use minijinja::context;
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::errors::PageError;
use crate::security::CsrfToken;
use crate::translations::Language;

pub use crate::request::{LANGUAGE_COOKIE, SESSION_COOKIE, client_ip, cookie, language_of};

pub struct Ctx {
    pub language: Language,
    pub principal: Option<Principal>,
    pub session_token: Option<String>,
    pub csrf: String,
    pub ip: Option<String>,
    pub path: String,
    /// `?print=large`: the page in large print, on screen and on paper.
    pub large_print: bool,
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let session_token = cookie(&parts.headers, SESSION_COOKIE).map(str::to_owned);
        let principal = match &session_token {
            Some(token) => accounts::principal(&state.app, token).await?,
            None => None,
        };
        Ok(Self {
            language: language_of(state, &parts.uri, &parts.headers).clone(),
            principal,
            session_token,
            csrf: parts.extensions.get::<CsrfToken>().map(CsrfToken::value).unwrap_or_default(),
            ip: client_ip(state, parts),
            path: parts.uri.path().to_owned(),
            large_print: parts
                .uri
                .query()
                .is_some_and(|q| url::form_urlencoded::parse(q.as_bytes()).any(|(k, v)| k == "print" && v == "large")),
        })
    }
}

impl Ctx {
    /// The signed-in person, or a redirect to sign in.
    pub fn signed_in(&self) -> Result<&Principal, PageError> {
        self.principal.as_ref().ok_or_else(|| PageError::SignIn(self.path.clone()))
    }

    /// What every page's template needs: the language, the visitor, the CSRF token, the city.
    pub fn base(&self, state: &AppState) -> Value {
        let user = self.principal.as_ref().map(|p| {
            context! {
                name => p.user.name,
                email => p.user.email,
                staff => p.holds(kith_core::accounts::permission::STAFF),
                cases => p.holds(kith_core::accounts::permission::CASES_READ)
                    || p.holds(kith_core::accounts::permission::CASES_RAISE),
                keeps_directory => p.holds(kith_core::accounts::permission::DIRECTORY_PROPOSE)
                    || p.holds(kith_core::accounts::permission::DIRECTORY_REVIEW),
                grants => p.holds(kith_core::accounts::permission::GRANTS_MANAGE),
                assesses => p.holds(kith_core::accounts::permission::GRANTS_ASSESS),
                coordinates => p.holds(kith_core::accounts::permission::VOLUNTEERING_COORDINATE),
            }
        });
        let places = state.app.places();
        context! {
            lang => self.language.tag,
            dir => self.language.dir,
            languages => state.catalogues.languages(),
            path => self.path,
            user => user,
            csrf_token => self.csrf,
            demo => state.app.settings.demo,
            city_name => places.city_name().unwrap_or_default(),
            errors => Vec::<()>::new(),
            large_print => self.large_print,
        }
    }
}

/// A submitted form whose CSRF token matched the visitor's.
pub struct Submitted<T>(pub T);

/// A form that carries nothing but its CSRF token: a button.
#[derive(Debug, Default, serde::Deserialize)]
pub struct NoFields {}

impl<T: DeserializeOwned + Send> FromRequest<AppState> for Submitted<T> {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let expected = request
            .extensions()
            .get::<CsrfToken>()
            .and_then(CsrfToken::expected)
            .map(str::to_owned)
            .unwrap_or_default();
        let bytes = axum::body::Bytes::from_request(request, state).await.map_err(|_| PageError::BadRequest)?;
        let sent = url::form_urlencoded::parse(&bytes).find(|(k, _)| k == "csrf_token").map(|(_, v)| v.into_owned());
        if expected.is_empty() || !sent.is_some_and(|s| crate::security::same_secret(&s, &expected)) {
            return Err(PageError::CsrfMismatch);
        }
        serde_html_form::from_bytes(&bytes).map(Submitted).map_err(|_| PageError::BadRequest)
    }
}
