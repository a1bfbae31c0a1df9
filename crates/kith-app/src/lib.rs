//! Kith's use cases. The web layer and the command line call these and nothing below them: each use case checks
//! who may do it, does it through the store in one transaction with its audit row, and keeps the in-memory read
//! models (places) fresh.

pub mod accounts;
pub mod agreements;
pub mod areas;
pub mod assets;
pub mod audit;
pub mod cache;
pub mod calendar;
pub mod cases;
pub mod database;
pub mod demo;
pub mod directory;
pub mod forums;
pub mod grants;
pub mod home;
pub mod intelligence;
pub mod links;
pub mod open311;
pub mod outbox;
pub mod partners;
pub mod people;
pub mod places;
pub mod problems;
pub mod stakeholders;
pub mod timebank;
pub mod translations;
pub mod volunteering;

use std::sync::{Arc, RwLock};

use chrono::Duration;
use kith_core::Clock;
use kith_core::calendar::WorkingDays;
use kith_store::{Store, StoreError};

pub use audit::Actor;
pub use database::Database;
pub use places::Places;

/// What a use case can answer besides success. The web layer maps each to a page or a JSON error.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The input was wrong; the message per field says how, in the order of the form.
    #[error("invalid input")]
    Invalid(Vec<(&'static str, String)>),
    #[error("you need to sign in")]
    Unauthenticated,
    #[error("you do not have permission to do that")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Store(StoreError),
    #[error("{0}")]
    Internal(String),
}

/// What a form is told when the record it was made from changed before it was sent.
pub(crate) const CHANGED_MEANWHILE: &str = "Someone else changed this meanwhile. Check what it says now and try again.";

/// A versioned write the store refused because the record changed meanwhile, as the form's answer; any other store
/// error as it is.
pub(crate) fn changed_meanwhile(e: StoreError) -> AppError {
    match e {
        StoreError::Conflict(_) => AppError::Conflict(CHANGED_MEANWHILE.into()),
        e => e.into(),
    }
}

/// What the store did not find is not there: a 404, not a failure of the service.
impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            e => AppError::Store(e),
        }
    }
}

impl AppError {
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        AppError::Invalid(vec![(field, message.into())])
    }
}

pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// Settings the use cases need.
#[derive(Debug, Clone)]
pub struct Settings {
    /// How long a session lasts after sign-in.
    pub session_length: Duration,
    /// How long a session may go unused before it ends; `None`, only at its end (tests move the clock by days). The
    /// `kith` binary sets an hour unless configured.
    pub session_idle: Option<Duration>,
    /// Whether this is a demo city (shown on every page).
    pub demo: bool,
    /// The address people reach Kith at, for links in emails.
    pub public_url: String,
    /// Where email goes out; without it, email is queued and not sent.
    pub mail: Option<MailSettings>,
    /// Accounts whose roles reach personal data must sign in with a second factor (a code from an authenticator
    /// app). Off here, for tests and embedding; the `kith` binary turns it on outside the demo.
    pub require_two_factor: bool,
    /// The council's identity provider, if staff may sign in with it (OpenID Connect).
    pub oidc: Option<accounts::oidc::OidcSettings>,
}

/// An SMTP server to send email through.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// `smtp://host:port`
    pub smtp_url: String,
    pub from: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            session_length: Duration::hours(12),
            session_idle: None,
            demo: false,
            public_url: "http://127.0.0.1:8080".into(),
            mail: None,
            require_two_factor: false,
            oidc: None,
        }
    }
}

/// The application: the store, the clock and the read models, shared by every request.
pub struct App {
    /// Private: every read and write goes through a use case, which checks the caller.
    pub(crate) store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub settings: Settings,
    places: RwLock<Arc<Places>>,
    /// The directory's search read model.
    pub directory: directory::ReadModel,
    /// Working days, from the bank holidays file an administrator keeps.
    working_days: RwLock<Arc<WorkingDays>>,
    /// Case categories and routing rules, read at most every few seconds (see `cases::routing`).
    pub(crate) routing: cases::RoutingCache,
    /// Each ward's forums and priorities, kept a few seconds (see `forums::ward_work`).
    pub(crate) ward_work: cache::Fresh<kith_core::places::WardCode, forums::WardWork>,
    /// The roles and their permissions (see `accounts::grants_of`).
    pub(crate) roles: cache::Fresh<(), Vec<kith_core::accounts::Role>>,
    /// Who holds each session token, as last read (see `accounts::principal`).
    pub(crate) principals: cache::Fresh<String, accounts::KeptSession>,
    /// The teams that work cases (see `cases::teams`).
    pub(crate) teams: cache::Fresh<(), Vec<kith_store::cases::Team>>,
    /// Every councillor and coordinator (see `people::everyone`).
    pub(crate) representatives: cache::Fresh<(), Vec<kith_core::people::Representative>>,
    /// Each ward's service standards, measured (see `agreements::for_ward`).
    pub(crate) standings: cache::Fresh<kith_core::places::WardCode, agreements::Standings>,
    /// Held while a network nobody has yet is measured.
    pub(crate) network_measuring: tokio::sync::Mutex<()>,
    /// The stakeholder network of the city (`None`) and of each ward, measured.
    pub(crate) network: Arc<cache::Fresh<Option<kith_core::places::WardCode>, stakeholders::NetworkView>>,
    /// Each fund's reach, over all its rounds (`None`) or one (see `grants::reach`).
    pub(crate) reach: cache::Fresh<(uuid::Uuid, Option<uuid::Uuid>), grants::reach::Reach>,
    /// The indicators, summed up (see `intelligence::intelligence`).
    pub(crate) intelligence: cache::Fresh<(), intelligence::Intelligence>,
    /// Every ward's need against provision (see `intelligence::gaps`).
    pub(crate) gaps: cache::Fresh<(), intelligence::gaps::Gaps>,
    /// The volunteers matching chooses from (see `volunteering::matching`).
    pub(crate) volunteer_pool: cache::Fresh<(), volunteering::matching::Pool>,
    /// The 360Giving files as last made, and the store's mark they were made at (see `grants::publish`).
    pub(crate) publication: tokio::sync::Mutex<Option<Arc<grants::publish::Publication>>>,
    /// The identity provider as discovered (see `accounts::oidc`).
    pub(crate) oidc: accounts::oidc::Discovered,
    /// Set by `close`: the directory's refresh stops rather than poll a closed pool.
    pub(crate) closed: std::sync::atomic::AtomicBool,
}

impl App {
    /// Brings the store's schema up to date, seeds the roles and loads the places into memory.
    pub async fn start(database: Database, clock: Arc<dyn Clock>, settings: Settings) -> Result<Arc<Self>> {
        let store = database.store;
        store.migrate().await?;
        store.seed_roles(&kith_core::accounts::seed_roles()).await?;
        let places = Places::load(store.as_ref()).await?;
        // One calendar for both: the one an administrator saved, else the one Kith carries.
        let holidays = calendar::saved_bank_holidays(store.as_ref()).await?;
        let directory = directory::ReadModel::new(holidays.clone());
        let started = std::time::Instant::now();
        directory.catch_up(&store).await?;
        tracing::info!(
            services = directory.read().service_count(),
            millis = started.elapsed().as_millis() as u64,
            "directory read model built"
        );
        let working_days = RwLock::new(Arc::new(WorkingDays::new(holidays)));
        let app = Arc::new(Self {
            store,
            clock,
            settings,
            places: RwLock::new(Arc::new(places)),
            directory,
            working_days,
            routing: cases::RoutingCache::default(),
            ward_work: cache::Fresh::new(forums::WARD_WORK_FRESH),
            roles: cache::Fresh::new(accounts::ROLES_FRESH),
            principals: cache::Fresh::new(accounts::PRINCIPALS_FRESH),
            teams: cache::Fresh::new(cases::TEAMS_FRESH),
            representatives: cache::Fresh::new(people::REPRESENTATIVES_FRESH),
            standings: cache::Fresh::new(agreements::STANDINGS_FRESH),
            network_measuring: tokio::sync::Mutex::new(()),
            reach: cache::Fresh::new(grants::reach::REACH_FRESH),
            volunteer_pool: cache::Fresh::new(volunteering::matching::POOL_FRESH),
            intelligence: cache::Fresh::new(intelligence::INTELLIGENCE_FRESH),
            gaps: cache::Fresh::new(intelligence::gaps::GAPS_FRESH),
            publication: tokio::sync::Mutex::new(None),
            oidc: accounts::oidc::Discovered::default(),
            closed: std::sync::atomic::AtomicBool::new(false),
            network: Arc::new(cache::Fresh::new(stakeholders::NETWORK_FRESH)),
        });
        cases::seed(&app).await?;
        directory::spawn_refresh(&app);
        Ok(app)
    }

    /// The places as they are now. Cheap: a shared pointer, never a query.
    pub fn places(&self) -> Arc<Places> {
        self.places.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Reloads the places from the store (after an import).
    pub async fn reload_places(&self) -> Result<()> {
        let fresh = Arc::new(Places::load(self.store.as_ref()).await?);
        *self.places.write().unwrap_or_else(|e| e.into_inner()) = fresh;
        Ok(())
    }

    /// The working-day calendar cases are measured by. Cheap: a shared pointer.
    pub fn working_days(&self) -> Arc<WorkingDays> {
        self.working_days.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub(crate) fn set_working_days(&self, calendar: WorkingDays) {
        *self.working_days.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(calendar);
    }

    /// Answers when the database is reachable (the health check).
    pub async fn ping(&self) -> Result<()> {
        Ok(self.store.ping().await?)
    }

    /// Closes the database's connections (at shutdown).
    pub async fn close(&self) {
        self.closed.store(true, std::sync::atomic::Ordering::Relaxed);
        self.store.close().await;
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// The day it is where the city is.
    pub fn today(&self) -> chrono::NaiveDate {
        WorkingDays::local_date(self.now())
    }
}
