//! Kith's web layer: server-rendered pages (MiniJinja templates producing GOV.UK Frontend markup) and the JSON
//! API, over the use cases in `kith-app`. Handlers are thin: parse, call one use case, render. This crate never
//! names SQL; it knows the store only through `kith-app`.
//!
//! Errors: a handler returns `PageError` (rendered as a page in the visitor's language by the `around`
//! middleware) or `ApiError` (JSON with a stable machine `code` and a human `message`).

mod api;
mod around;
mod assets;
pub mod codes;
mod ctx;
mod embedded;
mod errors;
mod health;
mod metrics;
mod open311;
pub(crate) mod pages;
mod render;
mod request;
mod routes;
mod security;
pub mod translations;
mod words;

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware;
use kith_app::App;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;

pub use assets::{shipped_asset_names, url as asset_url};
pub use pages::directory::data as exports;
pub use render::Templates;
pub use translations::Catalogues;

/// How the web layer behaves, beyond what the use cases need.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// Mark cookies `Secure` and send HSTS: on whenever Kith is served over HTTPS.
    pub secure_cookies: bool,
    /// Take the client's address from `X-Forwarded-For` (only behind a proxy that sets it).
    pub trust_forwarded_for: bool,
    /// Sign-in attempts allowed per address and per email address in a window of `sign_in_window`.
    pub sign_in_attempts: u32,
    pub sign_in_window: chrono::Duration,
    /// How long a client may take to send a request's headers before its connection is closed (a client that
    /// sends them a byte at a time would otherwise hold a connection for ever).
    pub header_read_timeout: std::time::Duration,
    /// Public writes (proposing a priority, asking to support one, emailing a shortlist) allowed per address in a
    /// window of `public_write_window`; each email address is sent at most `emails_per_address` in the window.
    pub public_writes: u32,
    pub emails_per_address: u32,
    pub public_write_window: chrono::Duration,
    /// Open311 reports allowed per key in a window of `public_write_window`.
    pub open311_posts: u32,
}

impl Default for WebSettings {
    fn default() -> Self {
        Self {
            secure_cookies: false,
            trust_forwarded_for: false,
            sign_in_attempts: 10,
            sign_in_window: chrono::Duration::minutes(5),
            header_read_timeout: std::time::Duration::from_secs(10),
            public_writes: 20,
            emails_per_address: 3,
            public_write_window: chrono::Duration::minutes(10),
            open311_posts: 600,
        }
    }
}

/// The largest body a request may carry: a form, an Open311 request. Routes that take more (a forum's minutes, a
/// bank holidays file, for staff only) say so with their own `DefaultBodyLimit`.
pub const FORM_BODY_LIMIT: usize = 64 * 1024;
/// The largest body of the few staff routes that take documents.
pub const DOCUMENT_BODY_LIMIT: usize = 1024 * 1024;

/// What every request shares.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub app: Arc<App>,
    pub settings: WebSettings,
    pub templates: Templates,
    pub catalogues: Arc<Catalogues>,
    pub metrics: metrics::Metrics,
    pub sign_in_limiter: security::RateLimiter,
    pub public_writes: security::PublicWrites,
    /// Each ward's page as rendered for visitors not signed in (see `pages::wards`).
    pub(crate) ward_pages: pages::wards::SharedWardPages,
}

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl AppState {
    pub fn new(app: Arc<App>, settings: WebSettings) -> anyhow::Result<Self> {
        let catalogues = Arc::new(Catalogues::load()?);
        let templates = Templates::new(catalogues.clone())?;
        let sign_in_limiter = security::RateLimiter::new(settings.sign_in_attempts, settings.sign_in_window);
        let public_writes = security::PublicWrites::new(&settings);
        Ok(Self(Arc::new(Shared {
            app,
            settings,
            templates,
            catalogues,
            metrics: metrics::Metrics::default(),
            sign_in_limiter,
            public_writes,
            ward_pages: pages::wards::SharedWardPages::default(),
        })))
    }
}

/// The whole application as one router. Outermost first: compression; `around` (request id and tracing span,
/// CSRF token, error pages, security headers, metrics); panics caught as 500 pages; the routes.
pub fn router(state: AppState) -> Router {
    routes()
        .into_router()
        .fallback(errors::not_found)
        .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT))
        .layer(CatchPanicLayer::custom(errors::panic_response))
        .layer(middleware::from_fn_with_state(state.clone(), around::around))
        .layer(CompressionLayer::new())
        .with_state(state)
}

/// Every route of the application, with its path.
fn routes() -> routes::Routes {
    routes::Routes::new()
        .merge(pages::routes())
        .nest("/api", api::routes())
        .nest("/open311/v2", open311::routes())
        .merge(health::routes())
        .merge(assets::routes())
}

/// The OpenAPI description of Kith's JSON, made once: the operations under `/api/` and Open311's, gathered here
/// beside the router (so that neither module names the other).
pub fn api_description() -> &'static serde_json::Value {
    static DESCRIPTION: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    DESCRIPTION.get_or_init(|| {
        let mut operations = api::openapi::operations();
        operations.extend(open311::operations());
        api::openapi::build(operations)
    })
}

/// The path of every route the router has, as axum writes them (`/wards/{code}`): for tests that must cover every
/// address, so that a route is covered the day it is added.
pub fn route_paths() -> Vec<String> {
    routes().paths().to_vec()
}

/// Serves until `shutdown` completes, then finishes the requests in flight (the caller bounds how long that may
/// take). Each connection is HTTP/1.1 with a deadline for its request headers (`header_read_timeout`), which
/// `axum::serve` has no setting for; otherwise as `axum::serve` does it.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use axum::extract::ConnectInfo;
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt as _;

    let header_read_timeout = state.settings.header_read_timeout;
    let router = router(state);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let mut connections = tokio::task::JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) if matches!(
                    e.kind(),
                    std::io::ErrorKind::ConnectionAborted | std::io::ErrorKind::ConnectionReset
                ) => continue,
                Err(e) => {
                    // Out of file descriptors, say: wait rather than spin.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let router = router.clone();
        let mut stopped = stopped.clone();
        connections.spawn(async move {
            let service = hyper::service::service_fn(move |mut request: hyper::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(ConnectInfo(remote));
                router.clone().oneshot(request.map(axum::body::Body::new))
            });
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder.timer(TokioTimer::new()).header_read_timeout(header_read_timeout);
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            tokio::pin!(connection);
            let stop_asked = async move {
                let _ = stopped.wait_for(|s| *s).await;
            };
            tokio::select! {
                _ = connection.as_mut() => {}
                () = stop_asked => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
        });
        while connections.try_join_next().is_some() {}
    }
    drop(listener);
    let _ = stop.send(true);
    while connections.join_next().await.is_some() {}
    Ok(())
}
