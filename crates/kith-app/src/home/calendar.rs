//! A person's private calendar: their wards' forums and their cases' due dates, at a signed address a calendar app
//! fetches without signing in, which they can stop at once.

use chrono::{DateTime, Duration, Utc};
use kith_core::accounts::permission;
use kith_store::cases::QueueRow;

use super::own_wards;
use crate::accounts::Principal;
use crate::cases::{self, QueueFilter};
use crate::{App, Result, forums};

pub use kith_store::home::CalendarLink;

const CALENDAR_KEY: &str = "calendar-links";
/// The most live calendar links one person holds (a phone, a laptop, a shared diary...).
pub const MAX_CALENDAR_LINKS: usize = 5;
/// The most cases' due dates one calendar lists: the soonest due.
pub const MAX_CALENDAR_CASES: usize = 100;

/// A person's calendar links, newest first.
pub async fn calendar_links(app: &App, principal: &Principal) -> Result<Vec<CalendarLink>> {
    Ok(app.store.calendar_links_of(principal.user.id).await?)
}

/// The address a calendar link is fetched at, under the city's public address.
pub async fn calendar_address(app: &App, id: uuid::Uuid) -> Result<String> {
    let key = crate::links::key(app, CALENDAR_KEY).await?;
    let sig = crate::links::sign(&key, &format!("calendar:{id}"));
    Ok(format!("{}/calendars/{id}/{sig}.ics", app.settings.public_url.trim_end_matches('/')))
}

/// Whether a person has anything a calendar would hold: forums of wards their roles name, or cases.
pub fn may_have_calendar(principal: &Principal) -> Result<()> {
    let any = [permission::STAFF, permission::CASES_READ, permission::CASES_RAISE].iter().any(|p| principal.holds(p));
    if any { Ok(()) } else { Err(crate::AppError::Forbidden) }
}

/// Makes a new calendar link for this person; its address.
pub async fn add_calendar_link(app: &App, principal: &Principal, actor: &crate::Actor) -> Result<String> {
    may_have_calendar(principal)?;
    let live = calendar_links(app, principal).await?.iter().filter(|l| l.revoked_at.is_none()).count();
    if live >= MAX_CALENDAR_LINKS {
        return Err(crate::AppError::invalid(
            "calendar",
            format!("You have {MAX_CALENDAR_LINKS} calendar links already: stop one you no longer use first"),
        ));
    }
    let now = app.now();
    let link = CalendarLink {
        id: uuid::Uuid::now_v7(),
        user_id: principal.user.id,
        created_at: now,
        revoked_at: None,
        last_used_at: None,
    };
    let audit = actor.entry(now, "calendar_link.added", "calendar_link", link.id, serde_json::json!({}));
    app.store.add_calendar_link(&link, &audit).await?;
    calendar_address(app, link.id).await
}

/// Stops one of this person's own calendar links at once.
pub async fn revoke_calendar_link(
    app: &App,
    principal: &Principal,
    actor: &crate::Actor,
    id: uuid::Uuid,
) -> Result<()> {
    let link = app
        .store
        .calendar_link(id)
        .await?
        .filter(|l| l.user_id == principal.user.id)
        .ok_or(crate::AppError::NotFound)?;
    let now = app.now();
    let audit = actor.entry(now, "calendar_link.revoked", "calendar_link", link.id, serde_json::json!({}));
    app.store.revoke_calendar_link(link.id, now, &audit).await?;
    Ok(())
}

/// What a calendar link answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Calendar {
    /// The calendar, as iCalendar text.
    Ics(String),
    /// Its owner stopped it (or their account was closed) at this moment.
    Revoked(DateTime<Utc>),
}

/// The calendar a signed link names, made now with its owner's permissions as they are now.
pub async fn calendar_by_link(app: &App, id: uuid::Uuid, sig: &str) -> Result<Calendar> {
    let key = crate::links::key(app, CALENDAR_KEY).await?;
    if !crate::links::genuine(&key, &format!("calendar:{id}"), sig) {
        return Err(crate::AppError::NotFound);
    }
    let link = app.store.calendar_link(id).await?.ok_or(crate::AppError::NotFound)?;
    if let Some(at) = link.revoked_at {
        return Ok(Calendar::Revoked(at));
    }
    let Some(principal) = crate::accounts::principal_of(app, link.user_id).await? else {
        return Ok(Calendar::Revoked(link.created_at));
    };
    let now = app.now();
    if link.last_used_at.is_none_or(|at| now - at > Duration::minutes(10)) {
        app.store.calendar_link_used(link.id, now).await?;
    }
    Ok(Calendar::Ics(calendar_of(app, &principal).await?))
}

async fn calendar_of(app: &App, principal: &Principal) -> Result<String> {
    let now = app.now();
    let base = app.settings.public_url.trim_end_matches('/').to_owned();
    let mut forums = Vec::new();
    for ward in own_wards(app, principal) {
        let work = forums::ward_work(app, &ward).await?;
        forums.extend(
            work.forums
                .iter()
                .filter(|f| f.ends_at > now - Duration::days(30) && f.starts_at < now + Duration::days(366))
                .cloned(),
        );
    }
    let urls: Vec<String> = forums.iter().map(|f| format!("{base}/wards/{}/forums/{}", f.ward_code, f.id)).collect();
    let meetings: Vec<kith_standards::ical::Meeting> = forums
        .iter()
        .zip(&urls)
        .map(|(f, url)| kith_standards::ical::Meeting {
            uid: f.id.to_string(),
            title: &f.title,
            description: &f.agenda,
            location: &f.venue,
            url,
            starts_at: f.starts_at,
            ends_at: f.ends_at,
            cancelled: f.cancelled_at.is_some(),
            changed_at: f.updated_at,
        })
        .collect();
    // Cases' due dates: by reference and category, never a summary (a calendar may be synced to another company's
    // servers; what the case is about stays in Kith).
    let mut rows: Vec<QueueRow> = Vec::new();
    if principal.holds(permission::CASES_READ) || principal.holds(permission::CASES_RAISE) {
        let mut filters = vec![QueueFilter::default()];
        if principal.holds(permission::CASES_WORK) {
            filters.push(QueueFilter { show: "mine".into(), ..QueueFilter::default() });
        }
        if principal.holds(permission::CASES_RAISE) {
            filters.push(QueueFilter { show: "raised".into(), ..QueueFilter::default() });
        }
        for filter in filters {
            if let Ok((found, _)) = cases::queue(app, principal, &filter).await {
                rows.extend(found.into_iter().filter(|r| r.due_at.is_some()));
            }
        }
    }
    rows.sort_by(|a, b| a.due_at.cmp(&b.due_at).then(a.id.cmp(&b.id)));
    rows.dedup_by_key(|r| r.id);
    rows.truncate(MAX_CALENDAR_CASES);
    let categories = cases::categories(app).await?;
    let texts: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            let category = categories
                .iter()
                .find(|c| c.kind == r.kind && c.code == r.category)
                .map_or(r.category.clone(), |c| c.name.clone());
            (format!("{} due: {category}", r.reference), format!("{base}/cases/{}", r.reference))
        })
        .collect();
    let deadlines: Vec<kith_standards::ical::Deadline> = rows
        .iter()
        .zip(&texts)
        .filter_map(|(r, (title, url))| {
            Some(kith_standards::ical::Deadline {
                uid: format!("{}-due", r.id),
                title,
                url,
                on: kith_core::calendar::WorkingDays::last_day(r.due_at?),
                changed_at: r.created_at,
            })
        })
        .collect();
    let name = format!("Kith: {}", principal.user.name);
    Ok(kith_standards::ical::personal(&name, &meetings, &deadlines, now))
}
