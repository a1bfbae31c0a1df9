//! Keeping the directory fresh: owners are reminded by email when nobody has checked a service for 6 and for 12
//! months, with a signed link that confirms it is still accurate; at 18 months the service is hidden from the
//! public (the read model judges that at query time) and its owner is told. Each reminder is sent once for each
//! time the record was checked, and is written with its email in one transaction, so none is lost or doubled
//! however often or on however many workers the sweep runs.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::London;
use kith_core::directory::{Freshness, Service};
use kith_store::directory::Reminder;
use kith_store::outbox::OutgoingEmail;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::{Actor, App, Result, links};

const LINK_SECRET: &str = "directory-links";

fn message(service: Uuid, checked: i64) -> String {
    format!("still-accurate:{service}:{checked}")
}

/// The signed address that confirms a service is still accurate. It names the moment the record was last
/// checked, so it works once: confirming changes that moment.
pub async fn still_accurate_path(app: &App, s: &Service) -> Result<String> {
    let key = links::key(app, LINK_SECRET).await?;
    let checked = s.checked_at.timestamp();
    Ok(format!("/directory/still-accurate/{}/{checked}/{}", s.id, links::sign(&key, &message(s.id, checked))))
}

/// Why a link does not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// Not a link we made (mistyped or tampered with).
    Invalid,
    /// The record has been checked or changed since the link was sent.
    Used,
    /// The service is no longer in the directory.
    Gone,
}

/// Checks a still-accurate link; returns the service it is for.
pub async fn check_link(
    app: &App,
    service: Uuid,
    checked: i64,
    sig: &str,
) -> Result<std::result::Result<Service, LinkProblem>> {
    let key = links::key(app, LINK_SECRET).await?;
    if !links::genuine(&key, &message(service, checked), sig) {
        return Ok(Err(LinkProblem::Invalid));
    }
    let Some((s, _)) = app.directory.read().service(service) else { return Ok(Err(LinkProblem::Gone)) };
    if s.checked_at.timestamp() != checked {
        return Ok(Err(LinkProblem::Used));
    }
    Ok(Ok((*s).clone()))
}

/// Confirms through a signed link.
pub async fn confirm_by_link(
    app: &App,
    service: Uuid,
    checked: i64,
    sig: &str,
    ip: Option<String>,
) -> Result<std::result::Result<Service, LinkProblem>> {
    match check_link(app, service, checked, sig).await? {
        Ok(s) => {
            let owner = owner_address(app, &s).unwrap_or_else(|| "the owner".into());
            let actor = Actor { user_id: None, label: format!("{owner} (by the link in a reminder)"), ip };
            crate::directory::edit::confirm(app, &actor, &s).await?;
            Ok(Ok(s))
        }
        Err(problem) => Ok(Err(problem)),
    }
}

/// Who is told about a service: its organisation's email, or else the service's own.
pub fn owner_address(app: &App, s: &Service) -> Option<String> {
    let index = app.directory.read();
    index.organisation(s.organisation_id).and_then(|o| o.email.clone()).or_else(|| s.email.clone())
}

fn date(t: DateTime<Utc>) -> String {
    t.with_timezone(&London).format("%-d %B %Y").to_string()
}

fn reminder_email(app: &App, s: &Service, step: i32, link: &str, to: &str) -> OutgoingEmail {
    let base = &app.settings.public_url;
    let city = app.places().city_name().unwrap_or("the city").to_owned();
    let checked = date(s.checked_at);
    let (subject, opening) = if step >= 18 {
        (
            format!("{} is now hidden from the {city} directory", s.name),
            format!(
                "Nobody has confirmed the details of {} in the {city} community directory since {checked}, so it is now hidden from the public. It comes back as soon as someone confirms it.",
                s.name
            ),
        )
    } else {
        (
            format!("Is {} still right? Please check its directory entry", s.name),
            format!(
                "Nobody has confirmed the details of {} in the {city} community directory since {checked}. People use the directory to find what is on near them, so we ask every 6 months. At 18 months unchecked, a service is hidden.",
                s.name
            ),
        )
    };
    let body = format!(
        "Hello,\n\n{opening}\n\nIf everything is still right, confirm it here:\n{base}{link}\n\nIf something has changed, sign in and update it:\n{base}/directory/manage\n\nSee the entry as the public does:\n{base}/directory/services/{}\n\nThank you for keeping your community's directory up to date.\n",
        s.id
    );
    OutgoingEmail::new(to, &subject, &body, app.now())
}

/// What one freshness sweep did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FreshnessReport {
    pub reminders_queued: u64,
    /// Services past a step whose owner has no email address (staff see them on the stale page).
    pub owners_unreachable: u64,
}

/// Queues the reminders that are due now.
pub async fn remind_owners(app: &App) -> Result<FreshnessReport> {
    let now = app.now();
    let services = app.directory.read().all_services();
    let mut report = FreshnessReport::default();
    for (s, _) in services {
        // Only the latest step that is due: a record first seen at 13 months gets the 12-month reminder alone.
        let Some(step) = Freshness::of(s.checked_at, now).months() else { continue };
        let Some(to) = owner_address(app, &s) else {
            report.owners_unreachable += 1;
            continue;
        };
        let link = still_accurate_path(app, &s).await?;
        let email = reminder_email(app, &s, step, &link, &to);
        let reminder = Reminder { record_id: s.id, step, checked_at: s.checked_at, sent_at: now, sent_to: to };
        if app.store.remind(&reminder, &email).await? {
            report.reminders_queued += 1;
        }
    }
    Ok(report)
}

/// A service going stale, with the wards it is in and how stale it is.
pub type Stale = (std::sync::Arc<Service>, Vec<kith_core::places::WardCode>, Freshness);

/// The services going stale (ageing, stale or expired) in a reviewer's area, with their wards.
pub fn going_stale(app: &App, principal: &Principal) -> Result<Vec<Stale>> {
    principal.require_somewhere(kith_core::accounts::permission::DIRECTORY_REVIEW)?;
    let now = app.now();
    let services = app.directory.read().all_services();
    Ok(services
        .into_iter()
        .filter_map(|(s, _)| {
            let freshness = Freshness::of(s.checked_at, now);
            if freshness == Freshness::Fresh || !super::edit::reviews(app, principal, &s) {
                return None;
            }
            let wards = super::edit::wards_of(app, &s, None);
            Some((s, wards, freshness))
        })
        .collect())
}
