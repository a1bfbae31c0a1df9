//! Ward forums and the work that comes of them. Coordinators schedule a ward's forums and record their minutes;
//! residents propose priorities without an account (a spam-like proposal is held for a moderator) and support
//! others' through an emailed link, once each; a forum adopts priorities; adopted priorities get actions and
//! sub-actions owned by partners, whose reports roll up into the priority's progress. The worker reminds owners
//! of overdue actions. A ward's page reads all this through a cache kept a few seconds.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::London;
use kith_core::accounts::{Email, Target, permission};
use kith_core::forums::{self, ActionStatus, Node, PriorityDecision, PriorityState};
use kith_core::places::WardCode;
use kith_store::StoreError;
use kith_store::forums::ActionQuery;
use kith_store::outbox::OutgoingEmail;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
pub use crate::areas::known_ward;
use crate::partners::Access;
use crate::{Actor, App, AppError, Result, links};

/// How long a ward's page may show what it read before reading again.
pub const WARD_WORK_FRESH: std::time::Duration = std::time::Duration::from_secs(5);

/// How long a link to support a priority works.
pub const SUPPORT_LINK_DAYS: i64 = 7;

/// How often an owner is reminded while an action stays overdue.
pub const REMIND_EVERY_DAYS: i64 = 7;

const SUPPORT_KEY: &str = "priority-support";
const FORM_KEY: &str = "proposal-form";

pub use kith_store::forums::{Action, ActionUpdate, Forum, Priority};

/// Whether someone keeps a ward's forums, priorities and actions: every change there asks this, and so do the
/// forms that lead to one.
pub fn may_manage(app: &App, principal: &Principal, ward: &WardCode) -> Result<()> {
    crate::areas::may_manage(app, principal, std::slice::from_ref(ward))
}

fn require_manage(app: &App, principal: &Principal, ward: &WardCode) -> Result<()> {
    may_manage(app, principal, ward)
}

/// Whether someone keeps forums in some ward (to show them the moderation page and its links).
pub fn may_manage_somewhere(principal: &Principal) -> Result<()> {
    if principal.holds(permission::FORUMS_MANAGE) { Ok(()) } else { Err(AppError::Forbidden) }
}

/// The forums of the whole city from three hours ago to four months ahead (public).
pub async fn upcoming(app: &App) -> Result<Vec<Forum>> {
    let now = app.now();
    Ok(app.store.forums_between(now - Duration::hours(3), now + Duration::days(120)).await?)
}

/// A ward's forum with the priorities it decided (public).
pub async fn forum(app: &App, ward: &WardCode, id: Uuid) -> Result<(Forum, Vec<Priority>)> {
    let forum = app.store.forum(id).await?.filter(|f| f.ward_code == ward.as_str()).ok_or(AppError::NotFound)?;
    let decided = app.store.priorities_of_forum(id).await?;
    Ok((forum, decided))
}

/// A ward's forum as its keeper edits it.
pub async fn forum_to_edit(app: &App, principal: &Principal, ward: &WardCode, id: Uuid) -> Result<Forum> {
    require_manage(app, principal, ward)?;
    app.store.forum(id).await?.filter(|f| f.ward_code == ward.as_str()).ok_or(AppError::NotFound)
}

/// An action of a priority as its keeper edits it.
pub async fn action_to_edit(app: &App, principal: &Principal, priority: Uuid, id: Uuid) -> Result<Action> {
    let action = app.store.action(id).await?.filter(|a| a.priority_id == priority).ok_or(AppError::NotFound)?;
    let p = app.store.priority(priority).await?.ok_or(AppError::NotFound)?;
    require_manage(app, principal, &ward_code(&p.ward_code)?)?;
    Ok(action)
}

/// A priority if the public may see it (not held, not removed).
pub async fn public_priority(app: &App, id: Uuid) -> Result<Option<Priority>> {
    Ok(app.store.priority(id).await?.filter(|p| p.state.public()))
}

/// How many proposals in a ward wait for a moderator, for whoever keeps the ward (zero for anyone else).
pub async fn held_count(app: &App, principal: Option<&Principal>, ward: &WardCode) -> Result<usize> {
    match principal {
        Some(p) if may_manage(app, p, ward).is_ok() => {
            Ok(app.store.held_priorities(Some(&[ward.to_string()])).await?.len())
        }
        _ => Ok(0),
    }
}

/// A ward code from the store, trusted.
fn ward_code(text: &str) -> Result<WardCode> {
    WardCode::parse(text).map_err(|_| AppError::Internal(format!("a stored ward code {text:?}")))
}

const CHANGED_MEANWHILE: &str = "Someone else changed this meanwhile. Check what it says now and try again.";

fn conflict(e: StoreError) -> AppError {
    match e {
        StoreError::Conflict(_) => AppError::Conflict(CHANGED_MEANWHILE.into()),
        e => e.into(),
    }
}

/// The version a change to a record of `version` writes. A form sends the version it was made from, so any number
/// can arrive: one with no next is not a version the record has.
fn next_version(version: i32) -> Result<i32> {
    version.checked_add(1).ok_or_else(|| AppError::Conflict(CHANGED_MEANWHILE.into()))
}

fn text_within(
    problems: &mut Vec<(&'static str, String)>,
    field: &'static str,
    value: &str,
    max: usize,
    missing: Option<&str>,
) -> String {
    let value = value.trim();
    if value.is_empty()
        && let Some(message) = missing
    {
        problems.push((field, message.to_owned()));
    } else if value.chars().count() > max {
        problems.push((field, format!("Use {max} characters or fewer")));
    }
    value.to_owned()
}

/// A time of day as people type it: "18:30", "6:30pm", "6pm".
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let t = text.trim().to_lowercase().replace('.', ":");
    if let Ok(time) = NaiveTime::parse_from_str(&t, "%H:%M") {
        return Some(time);
    }
    let (digits, pm) = match (t.strip_suffix("pm"), t.strip_suffix("am")) {
        (Some(d), _) => (d.trim(), true),
        (_, Some(d)) => (d.trim(), false),
        _ => return None,
    };
    let (h, m) = digits.split_once(':').map_or((digits, "0"), |(h, m)| (h, m));
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if !(1..=12).contains(&h) {
        return None;
    }
    NaiveTime::from_hms_opt(h % 12 + if pm { 12 } else { 0 }, m, 0)
}

/// A London wall-clock moment in UTC (the earlier one when the clocks go back).
fn london(date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    London.from_local_datetime(&date.and_time(time)).earliest().map(|t| t.with_timezone(&Utc))
}

// ----- Forums -----

/// A forum as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ForumForm {
    pub title: String,
    pub date: String,
    pub starts: String,
    pub ends: String,
    pub venue: String,
    /// A directory location's id, when the venue is one.
    pub location: String,
    pub online_url: String,
    pub agenda: String,
}

impl ForumForm {
    pub fn of(f: &Forum) -> Self {
        let local = |t: DateTime<Utc>| t.with_timezone(&London);
        Self {
            title: f.title.clone(),
            date: local(f.starts_at).format("%Y-%m-%d").to_string(),
            starts: local(f.starts_at).format("%H:%M").to_string(),
            ends: local(f.ends_at).format("%H:%M").to_string(),
            venue: f.venue.clone(),
            location: f.location_id.map(|l| l.to_string()).unwrap_or_default(),
            online_url: f.online_url.clone(),
            agenda: f.agenda.clone(),
        }
    }
}

/// Schedules a forum in `ward`, or changes forum `id` as it was at `version`.
pub async fn save_forum(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    ward: &WardCode,
    existing: Option<(Uuid, i32)>,
    form: &ForumForm,
) -> Result<Uuid> {
    require_manage(app, principal, ward)?;
    let mut problems = Vec::new();
    let ward_name = app.places().ward(ward).map(|w| w.name.clone()).unwrap_or_default();
    let mut title = text_within(&mut problems, "title", &form.title, 120, None);
    if title.is_empty() {
        title = format!("{ward_name} ward forum");
    }
    let date = crate::cases::parse_date(&form.date);
    if date.is_none() {
        problems.push(("date", "Enter the date of the forum, like 2027-03-14".to_owned()));
    }
    let starts = parse_time(&form.starts);
    if starts.is_none() {
        problems.push(("starts", "Enter the time it starts, like 18:30".to_owned()));
    }
    let ends = parse_time(&form.ends);
    if ends.is_none() {
        problems.push(("ends", "Enter the time it ends, like 20:00".to_owned()));
    } else if let (Some(s), Some(e)) = (starts, ends)
        && e <= s
    {
        problems.push(("ends", "The forum must end after it starts".to_owned()));
    }
    let location = match form.location.trim() {
        "" => None,
        id => match Uuid::parse_str(id).ok().and_then(|id| app.directory.read().location(id)) {
            Some(l) => Some(l),
            None => {
                problems.push(("location", "Choose a place from the list, or leave it blank".to_owned()));
                None
            }
        },
    };
    let mut venue = text_within(&mut problems, "venue", &form.venue, 300, None);
    if venue.is_empty()
        && let Some(l) = &location
    {
        venue = [l.name.as_str(), l.address.as_str(), l.postcode.as_ref().map_or("", |p| p.as_str())]
            .iter()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
    }
    let online_url = text_within(&mut problems, "online_url", &form.online_url, 500, None);
    if !online_url.is_empty() && !online_url.starts_with("https://") {
        problems.push(("online_url", "Enter the online link in full, starting https://".to_owned()));
    }
    if venue.is_empty() && online_url.is_empty() && location.is_none() {
        problems.push(("venue", "Enter where the forum is, or a link to join it online".to_owned()));
    }
    let agenda = text_within(&mut problems, "agenda", &form.agenda, 10_000, None);
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let (Some(date), Some(starts), Some(ends)) = (date, starts, ends) else {
        return Err(AppError::Internal("a checked forum form".into()));
    };
    let (Some(starts_at), Some(ends_at)) = (london(date, starts), london(date, ends)) else {
        return Err(AppError::invalid("starts", "That time does not exist on that day (the clocks change)"));
    };
    let now = app.now();
    let forum = match existing {
        Some((id, version)) => {
            let old = app.store.forum(id).await?.filter(|f| f.ward_code == ward.as_str()).ok_or(AppError::NotFound)?;
            Forum {
                title,
                starts_at,
                ends_at,
                venue,
                location_id: location.map(|l| l.id),
                online_url,
                agenda,
                updated_at: now,
                version: next_version(version)?,
                ..old
            }
        }
        None => Forum {
            id: Uuid::now_v7(),
            ward_code: ward.to_string(),
            title,
            starts_at,
            ends_at,
            venue,
            location_id: location.map(|l| l.id),
            online_url,
            agenda,
            minutes: String::new(),
            attendance: None,
            cancelled_at: None,
            created_at: now,
            updated_at: now,
            version: 1,
        },
    };
    let what = if existing.is_some() { "forum.changed" } else { "forum.scheduled" };
    let audit = actor.entry(now, what, "forum", forum.id, json!({ "ward": ward.as_str(), "starts_at": starts_at }));
    app.store.save_forum(&forum, &audit).await.map_err(conflict)?;
    app.ward_work.forget(ward);
    Ok(forum.id)
}

/// The minutes of a forum, its attendance, or its cancellation.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct MinutesForm {
    pub minutes: String,
    pub attendance: String,
    /// `yes` to cancel the forum, `no` to reinstate it.
    pub cancelled: String,
    pub version: i32,
}

pub async fn record_minutes(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    id: Uuid,
    form: &MinutesForm,
) -> Result<()> {
    let old = app.store.forum(id).await?.ok_or(AppError::NotFound)?;
    let ward = ward_code(&old.ward_code)?;
    require_manage(app, principal, &ward)?;
    let mut problems = Vec::new();
    let minutes = text_within(&mut problems, "minutes", &form.minutes, 50_000, None);
    let attendance = match form.attendance.trim() {
        "" => None,
        n => match n.parse::<i32>() {
            Ok(n) if (0..=100_000).contains(&n) => Some(n),
            _ => {
                problems.push(("attendance", "Enter how many people came, as a whole number".to_owned()));
                None
            }
        },
    };
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let now = app.now();
    let cancelled_at = match form.cancelled.as_str() {
        "yes" => old.cancelled_at.or(Some(now)),
        "no" => None,
        _ => old.cancelled_at,
    };
    let forum =
        Forum { minutes, attendance, cancelled_at, updated_at: now, version: next_version(form.version)?, ..old };
    let audit = actor.entry(
        now,
        "forum.minuted",
        "forum",
        id,
        json!({ "attendance": attendance, "cancelled": cancelled_at.is_some() }),
    );
    app.store.save_forum(&forum, &audit).await.map_err(conflict)?;
    app.ward_work.forget(&ward);
    Ok(())
}

/// The iCalendar feed of a ward's forums, or of every ward's, from a year ago onwards.
pub async fn calendar(app: &App, ward: Option<&WardCode>) -> Result<String> {
    let now = app.now();
    let places = app.places();
    let forums = match ward {
        Some(w) => app.store.forums_of_ward(w.as_str()).await?,
        None => app.store.forums_between(now - Duration::days(366), now + Duration::days(3660)).await?,
    };
    let from = now - Duration::days(366);
    let base = &app.settings.public_url;
    let texts: Vec<(String, String, String)> = forums
        .iter()
        .filter(|f| f.starts_at >= from)
        .map(|f| {
            let mut location = f.venue.clone();
            if !f.online_url.is_empty() {
                location = if location.is_empty() { f.online_url.clone() } else { format!("{location} (or online)") };
            }
            let description = if f.online_url.is_empty() {
                f.agenda.clone()
            } else {
                format!("Join online: {}\n\n{}", f.online_url, f.agenda)
            };
            (location, description, format!("{base}/wards/{}/forums/{}", f.ward_code, f.id))
        })
        .collect();
    let events: Vec<kith_standards::ical::Meeting> = forums
        .iter()
        .filter(|f| f.starts_at >= from)
        .zip(&texts)
        .map(|(f, (location, description, url))| kith_standards::ical::Meeting {
            uid: format!("forum-{}", f.id),
            title: &f.title,
            description,
            location,
            url,
            starts_at: f.starts_at,
            ends_at: f.ends_at,
            cancelled: f.cancelled_at.is_some(),
            changed_at: f.updated_at,
        })
        .collect();
    let city = places.city_name().unwrap_or("City").to_owned();
    let name = match ward.and_then(|w| places.ward(w)) {
        Some(w) => format!("{} ward forums", w.name),
        None => format!("{city} ward forums"),
    };
    Ok(kith_standards::ical::meetings(&name, &events, now))
}

// ----- Priorities -----

/// A resident's proposal, as the public form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ProposalForm {
    pub title: String,
    pub description: String,
    pub name: String,
    pub email: String,
    /// Hidden from people: a bot that fills it in is held.
    pub website: String,
    /// When the form was opened, signed (see `form_token`).
    pub opened: String,
}

/// A token the proposal form carries, saying when it was opened.
pub async fn form_token(app: &App) -> Result<String> {
    let key = links::key(app, FORM_KEY).await?;
    let at = app.now().timestamp();
    Ok(format!("{at}.{}", links::sign(&key, &format!("opened:{at}"))))
}

/// How long ago the form was opened, if the token is genuine.
async fn seconds_since_opened(app: &App, token: &str) -> Result<Option<i64>> {
    let key = links::key(app, FORM_KEY).await?;
    let Some((at, sig)) = token.split_once('.') else { return Ok(None) };
    let Ok(at) = at.parse::<i64>() else { return Ok(None) };
    Ok(links::genuine(&key, &format!("opened:{at}"), sig).then(|| app.now().timestamp() - at))
}

/// What became of a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proposed {
    Published(Uuid),
    /// Held for a moderator, who will look at it before anyone else sees it.
    Held(Uuid),
}

/// A resident proposes a priority for `ward`. Anything that looks like spam is held, not refused.
pub async fn propose(app: &App, ward: &WardCode, form: &ProposalForm, ip: Option<String>) -> Result<Proposed> {
    let mut problems = Vec::new();
    let title = text_within(&mut problems, "title", &form.title, 120, Some("Enter what should be a priority"));
    if !title.is_empty() && title.chars().count() < 5 {
        problems.push(("title", "Say a little more: at least 5 characters".to_owned()));
    }
    let description = text_within(&mut problems, "description", &form.description, 2_000, None);
    let name = text_within(&mut problems, "name", &form.name, 100, None);
    let email = match form.email.trim() {
        "" => String::new(),
        e => match Email::parse(e) {
            Ok(e) => e.to_string(),
            Err(e) => {
                problems.push(("email", e.to_string()));
                String::new()
            }
        },
    };
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let waited = seconds_since_opened(app, &form.opened).await?;
    let mut signals = forums::spam_signals(&title, &description, waited, &form.website);
    if waited.is_none() {
        signals.push("the form was not opened from Kith");
    }
    let held = !signals.is_empty();
    let now = app.now();
    let priority = Priority {
        id: Uuid::now_v7(),
        ward_code: ward.to_string(),
        title,
        description,
        state: if held { PriorityState::Held } else { PriorityState::Proposed },
        proposer_name: name,
        proposer_email: email,
        note: if held { format!("Held: {}", signals.join("; ")) } else { String::new() },
        supporters: 0,
        forum_id: None,
        decided_at: None,
        created_at: now,
        updated_at: now,
        version: 1,
    };
    let actor = Actor::anonymous(ip);
    let audit =
        actor.entry(now, "priority.proposed", "priority", priority.id, json!({ "held": held, "ward": ward.as_str() }));
    app.store.save_priority(&priority, Some(&audit), &[]).await?;
    app.ward_work.forget(ward);
    Ok(if held { Proposed::Held(priority.id) } else { Proposed::Published(priority.id) })
}

/// The keyed digest that stands for a supporter: one per address, and the address cannot be read back from it.
async fn supporter_of(app: &App, email: &Email) -> Result<String> {
    let key = links::key(app, SUPPORT_KEY).await?;
    Ok(links::sign(&key, &format!("supporter:{email}")))
}

fn support_message(priority: Uuid, supporter: &str, expires: i64) -> String {
    format!("support:{priority}:{supporter}:{expires}")
}

/// Emails a link that adds this person's support. A second support from the same address is refused.
pub async fn ask_to_support(app: &App, id: Uuid, email: &str, ip: Option<String>) -> Result<()> {
    let p = app.store.priority(id).await?.filter(|p| p.state.public()).ok_or(AppError::NotFound)?;
    if !p.state.open_for_support() {
        return Err(AppError::Conflict("This priority is no longer open for support.".into()));
    }
    let email = Email::parse(email).map_err(|e| AppError::invalid("email", e.to_string()))?;
    let supporter = supporter_of(app, &email).await?;
    if app.store.has_supported(id, &supporter).await? {
        return Err(AppError::Conflict(
            "You have already supported this priority. Thank you: each person's support counts once.".into(),
        ));
    }
    let now = app.now();
    let expires = (now + Duration::days(SUPPORT_LINK_DAYS)).timestamp();
    let key = links::key(app, SUPPORT_KEY).await?;
    let sig = links::sign(&key, &support_message(id, &supporter, expires));
    let link = format!("{}/priorities/{id}/support/{supporter}/{expires}/{sig}", app.settings.public_url);
    let ward = app.places().ward(&ward_code(&p.ward_code)?).map(|w| w.name.clone()).unwrap_or_default();
    let body = format!(
        "Hello,\n\nSomeone (we hope you) asked to support this priority for {ward}:\n\n  {}\n\nTo add your support, follow this link within {SUPPORT_LINK_DAYS} days and press the button on the page:\n{link}\n\nIf it was not you, ignore this email and nothing will happen. We do not keep your email address: only a code that stops the same address being counted twice.\n",
        p.title
    );
    let message = OutgoingEmail::new(email.as_str(), &format!("Confirm your support: {}", p.title), &body, now);
    let audit = Actor::anonymous(ip).entry(now, "priority.support_asked", "priority", id, json!({}));
    app.store.enqueue_email(&message, Some(&audit)).await?;
    Ok(())
}

/// What following a support link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SupportLink {
    /// Genuine and in time: the page asks the person to confirm.
    Ready(Priority),
    Counted(Priority),
    AlreadyCounted(Priority),
    /// The priority has been adopted or declined since.
    Closed(Priority),
    Expired,
    Invalid,
}

/// What a support link is, without counting anything: opening a link (as an email scanner or a link preview does)
/// changes nothing; the person confirms with a button (`confirm_support`).
pub async fn check_support(app: &App, id: Uuid, supporter: &str, expires: i64, sig: &str) -> Result<SupportLink> {
    Ok(match open_support_link(app, id, supporter, expires, sig).await? {
        Ok(p) if app.store.has_supported(id, supporter).await? => SupportLink::AlreadyCounted(p),
        Ok(p) => SupportLink::Ready(p),
        Err(refused) => refused,
    })
}

/// Counts the support a genuine link confirms, once per person.
pub async fn confirm_support(app: &App, id: Uuid, supporter: &str, expires: i64, sig: &str) -> Result<SupportLink> {
    let p = match open_support_link(app, id, supporter, expires, sig).await? {
        Ok(p) => p,
        Err(refused) => return Ok(refused),
    };
    let counted = app.store.add_support(id, supporter, app.now()).await?;
    app.ward_work.forget(&ward_code(&p.ward_code)?);
    let p = app.store.priority(id).await?.ok_or(AppError::NotFound)?;
    Ok(if counted { SupportLink::Counted(p) } else { SupportLink::AlreadyCounted(p) })
}

/// The priority a support link is for, if the link is genuine, in time and the priority still open for support;
/// otherwise what to tell the person.
async fn open_support_link(
    app: &App,
    id: Uuid,
    supporter: &str,
    expires: i64,
    sig: &str,
) -> Result<std::result::Result<Priority, SupportLink>> {
    let key = links::key(app, SUPPORT_KEY).await?;
    if !links::genuine(&key, &support_message(id, supporter, expires), sig) {
        return Ok(Err(SupportLink::Invalid));
    }
    let Some(p) = app.store.priority(id).await?.filter(|p| p.state.public()) else {
        return Ok(Err(SupportLink::Invalid));
    };
    if app.now().timestamp() > expires {
        return Ok(Err(SupportLink::Expired));
    }
    if !p.state.open_for_support() {
        return Ok(Err(SupportLink::Closed(p)));
    }
    Ok(Ok(p))
}

/// A moderator's or a forum's decision on a priority.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct DecisionForm {
    pub decision: String,
    /// The forum that decided it (adopting and declining).
    pub forum: String,
    pub note: String,
    pub version: i32,
}

pub async fn decide(app: &App, principal: &Principal, actor: &Actor, id: Uuid, form: &DecisionForm) -> Result<()> {
    let old = app.store.priority(id).await?.ok_or(AppError::NotFound)?;
    let ward = ward_code(&old.ward_code)?;
    require_manage(app, principal, &ward)?;
    let decision =
        PriorityDecision::parse(&form.decision).ok_or_else(|| AppError::invalid("decision", "Choose what to do"))?;
    let state = decision.apply(old.state).map_err(|m| AppError::Conflict(m.to_owned()))?;
    let mut problems = Vec::new();
    let note = text_within(&mut problems, "note", &form.note, 2_000, None);
    if matches!(decision, PriorityDecision::Decline | PriorityDecision::Remove) && note.is_empty() {
        problems.push(("note", "Say why, so the resident who proposed it can be told".to_owned()));
    }
    let forum = match (decision, form.forum.trim()) {
        (PriorityDecision::Adopt | PriorityDecision::Decline, "") => {
            problems.push(("forum", "Choose the forum that decided".to_owned()));
            None
        }
        (PriorityDecision::Adopt | PriorityDecision::Decline, f) => {
            match Uuid::parse_str(f).ok().map(|f| app.store.forum(f)) {
                Some(fut) => match fut.await?.filter(|f| f.ward_code == old.ward_code) {
                    Some(f) => Some(f.id),
                    None => {
                        problems.push(("forum", "Choose one of this ward's forums".to_owned()));
                        None
                    }
                },
                None => {
                    problems.push(("forum", "Choose one of this ward's forums".to_owned()));
                    None
                }
            }
        }
        _ => old.forum_id,
    };
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let now = app.now();
    let decided = matches!(decision, PriorityDecision::Adopt | PriorityDecision::Decline);
    let priority = Priority {
        state,
        note: if note.is_empty() { old.note.clone() } else { note },
        forum_id: forum,
        decided_at: if decided { Some(now) } else { old.decided_at },
        updated_at: now,
        version: next_version(form.version)?,
        ..old
    };
    let audit = actor.entry(
        now,
        &format!("priority.{}", form.decision),
        "priority",
        id,
        json!({ "from": old.state.as_str(), "to": state.as_str(), "forum": forum }),
    );
    let told = decision_email(app, &priority, decision, now);
    app.store.save_priority(&priority, Some(&audit), told.as_slice()).await.map_err(conflict)?;
    app.ward_work.forget(&ward);
    Ok(())
}

/// The email that tells the resident who proposed a priority what was decided, if they left an address.
fn decision_email(app: &App, p: &Priority, decision: PriorityDecision, now: DateTime<Utc>) -> Option<OutgoingEmail> {
    let to = p.proposer_email.trim();
    if to.is_empty() {
        return None;
    }
    let ward = WardCode::parse(&p.ward_code).ok().and_then(|w| app.places().ward(&w).map(|w| w.name.clone()));
    let ward = ward.unwrap_or_default();
    let page = format!("{}/wards/{}/priorities/{}", app.settings.public_url, p.ward_code, p.id);
    let reason = if p.note.is_empty() { String::new() } else { format!("\n\nThe reason given:\n\n  {}", p.note) };
    let (subject, what) = match decision {
        PriorityDecision::Adopt => (
            "adopted",
            format!(
                "The {ward} ward forum has adopted it as a priority. You can follow the actions agreed for it, and how far they have got, here:\n{page}"
            ),
        ),
        PriorityDecision::Decline => {
            ("not adopted", format!("The {ward} ward forum decided not to adopt it.{reason}\n\nIts page:\n{page}"))
        }
        PriorityDecision::Remove => {
            ("removed", format!("It has been removed from the {ward} ward's priorities.{reason}"))
        }
        PriorityDecision::Publish => return None,
    };
    let name =
        if p.proposer_name.trim().is_empty() { "Hello".to_owned() } else { format!("Dear {}", p.proposer_name.trim()) };
    let body = format!("{name},\n\nYou proposed this priority for {ward}:\n\n  {}\n\n{what}\n", p.title);
    Some(OutgoingEmail::new(to, &format!("Your proposal {subject}: {}", p.title), &body, now))
}

/// A priority a forum agreed from the floor, recorded by staff as adopted.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct PriorityForm {
    pub title: String,
    pub description: String,
    pub forum: String,
}

pub async fn add_adopted(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    ward: &WardCode,
    form: &PriorityForm,
) -> Result<Uuid> {
    require_manage(app, principal, ward)?;
    let mut problems = Vec::new();
    let title = text_within(&mut problems, "title", &form.title, 120, Some("Enter the priority"));
    let description = text_within(&mut problems, "description", &form.description, 2_000, None);
    let forum = match Uuid::parse_str(form.forum.trim()).ok() {
        Some(f) => app.store.forum(f).await?.filter(|f| f.ward_code == ward.as_str()),
        None => None,
    };
    if forum.is_none() {
        problems.push(("forum", "Choose the forum that adopted it".to_owned()));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let now = app.now();
    let priority = Priority {
        id: Uuid::now_v7(),
        ward_code: ward.to_string(),
        title,
        description,
        state: PriorityState::Adopted,
        proposer_name: String::new(),
        proposer_email: String::new(),
        note: String::new(),
        supporters: 0,
        forum_id: forum.map(|f| f.id),
        decided_at: Some(now),
        created_at: now,
        updated_at: now,
        version: 1,
    };
    let audit = actor.entry(now, "priority.adopt", "priority", priority.id, json!({ "forum": priority.forum_id }));
    app.store.save_priority(&priority, Some(&audit), &[]).await?;
    app.ward_work.forget(ward);
    Ok(priority.id)
}

/// The priorities waiting for a moderator in the wards this person keeps.
pub async fn held(app: &App, principal: &Principal) -> Result<Vec<Priority>> {
    may_manage_somewhere(principal)?;
    let all = app.store.held_priorities(None).await?;
    Ok(all
        .into_iter()
        .filter(|p| {
            WardCode::parse(&p.ward_code)
                .is_ok_and(|w| principal.may(app, permission::FORUMS_MANAGE, Target::Wards(&[w])))
        })
        .collect())
}

// ----- Actions -----

/// An action as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ActionForm {
    pub title: String,
    pub description: String,
    /// The action this is a sub-action of.
    pub parent: String,
    /// A virtual team member's id; or else an organisation with a named person.
    pub member: String,
    pub organisation: String,
    pub owner_name: String,
    pub owner_email: String,
    pub due: String,
    pub weight: String,
    pub version: i32,
}

impl ActionForm {
    pub fn of(a: &Action) -> Self {
        Self {
            title: a.title.clone(),
            description: a.description.clone(),
            parent: a.parent_id.map(|p| p.to_string()).unwrap_or_default(),
            member: a.owner_member.map(|m| m.to_string()).unwrap_or_default(),
            organisation: a.owner_org.to_string(),
            owner_name: a.owner_name.clone(),
            owner_email: a.owner_email.clone(),
            due: a.due_on.to_string(),
            weight: a.weight.to_string(),
            version: a.version,
        }
    }
}

/// Adds an action to an adopted priority, or changes action `id`.
pub async fn save_action(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    priority_id: Uuid,
    id: Option<Uuid>,
    form: &ActionForm,
) -> Result<Uuid> {
    let priority = app.store.priority(priority_id).await?.ok_or(AppError::NotFound)?;
    let ward = ward_code(&priority.ward_code)?;
    require_manage(app, principal, &ward)?;
    if priority.state != PriorityState::Adopted {
        return Err(AppError::Conflict("Only an adopted priority has actions: adopt it at a forum first.".into()));
    }
    let old = match id {
        Some(id) => {
            Some(app.store.action(id).await?.filter(|a| a.priority_id == priority_id).ok_or(AppError::NotFound)?)
        }
        None => None,
    };
    let mut problems = Vec::new();
    let title = text_within(&mut problems, "title", &form.title, 200, Some("Enter what will be done"));
    let description = text_within(&mut problems, "description", &form.description, 5_000, None);
    let parent = match form.parent.trim() {
        "" => None,
        p => match Uuid::parse_str(p).ok() {
            Some(p) if Some(p) != id => match app.store.action(p).await? {
                Some(a) if a.priority_id == priority_id => Some(a.id),
                _ => {
                    problems.push(("parent", "Choose one of this priority's actions".to_owned()));
                    None
                }
            },
            _ => {
                problems.push(("parent", "Choose one of this priority's actions".to_owned()));
                None
            }
        },
    };
    let owner = owner_of(app, &ward, form, &mut problems).await?;
    let due = crate::cases::parse_date(&form.due);
    if due.is_none() {
        problems.push(("due", "Enter the date it is due, like 2027-06-30".to_owned()));
    }
    let weight = match form.weight.trim() {
        "" => 1,
        w => match w.parse::<i32>() {
            Ok(w) if (1..=100).contains(&w) => w,
            _ => {
                problems
                    .push(("weight", "Enter a weight from 1 to 100 (how much it counts beside the others)".to_owned()));
                1
            }
        },
    };
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let (Some((org, member, name, email)), Some(due_on)) = (owner, due) else {
        return Err(AppError::Internal("a checked action form".into()));
    };
    let now = app.now();
    let action = match old {
        Some(old) => Action {
            parent_id: parent,
            title,
            description,
            owner_org: org,
            owner_member: member,
            owner_name: name,
            owner_email: email,
            due_on,
            weight,
            // A new due date is a new chance: remind again if it passes.
            reminded_at: if old.due_on == due_on { old.reminded_at } else { None },
            updated_at: now,
            version: next_version(form.version)?,
            ..old
        },
        None => Action {
            id: Uuid::now_v7(),
            priority_id,
            parent_id: parent,
            ward_code: ward.to_string(),
            title,
            description,
            owner_org: org,
            owner_member: member,
            owner_name: name,
            owner_email: email,
            due_on,
            status: ActionStatus::NotStarted,
            dropped_reason: String::new(),
            progress: 0,
            weight,
            reminded_at: None,
            created_at: now,
            updated_at: now,
            version: 1,
        },
    };
    let created = id.is_none();
    let update = ActionUpdate {
        id: Uuid::now_v7(),
        action_id: action.id,
        priority_id,
        at: now,
        actor_id: actor.user_id,
        actor: actor.label.clone(),
        via: "staff".into(),
        kind: if created { "created".into() } else { "changed".into() },
        status: action.status,
        progress: action.progress,
        note: if created {
            format!("Action added, owned by {}, due {}", action.owner_name, due_on.format("%-d %B %Y"))
        } else {
            format!("Action changed: owned by {}, due {}", action.owner_name, due_on.format("%-d %B %Y"))
        },
        links: Vec::new(),
    };
    let what = if created { "action.created" } else { "action.changed" };
    let audit =
        actor.entry(now, what, "action", action.id, json!({ "priority": priority_id, "owner": org, "due": due_on }));
    app.store.save_action(&action, &update, &audit).await.map_err(conflict)?;
    app.ward_work.forget(&ward);
    Ok(action.id)
}

/// The owner a form names: a member of the ward's virtual team, or an organisation and a named person.
async fn owner_of(
    app: &App,
    ward: &WardCode,
    form: &ActionForm,
    problems: &mut Vec<(&'static str, String)>,
) -> Result<Option<(Uuid, Option<Uuid>, String, String)>> {
    if let Ok(id) = Uuid::parse_str(form.member.trim()) {
        let team = crate::partners::team_of_ward(app, ward).await?;
        return Ok(match team.into_iter().find(|m| m.id == id) {
            Some(m) => Some((m.organisation_id, Some(m.id), m.name, m.email)),
            None => {
                problems.push(("member", "Choose someone in this ward's virtual team".to_owned()));
                None
            }
        });
    }
    let organisations = app.store.organisations().await?;
    let org = Uuid::parse_str(form.organisation.trim()).ok().filter(|o| organisations.iter().any(|x| x.id == *o));
    if org.is_none() {
        problems
            .push(("member", "Choose who owns the action: someone in the virtual team, or an organisation".to_owned()));
    }
    let name = form.owner_name.trim().to_owned();
    if org.is_some() && name.is_empty() {
        problems.push(("owner_name", "Enter the name of the person at that organisation who owns it".to_owned()));
    }
    let email = match Email::parse(&form.owner_email) {
        Ok(e) => e.to_string(),
        Err(e) => {
            if org.is_some() {
                problems.push(("owner_email", format!("{e}: reminders go to it")));
            }
            String::new()
        }
    };
    Ok(org.map(|o| (o, None, name, email)))
}

/// An owner's report on an action.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ReportForm {
    pub status: String,
    pub progress: String,
    pub note: String,
    /// Evidence: one link a line.
    pub links: String,
    /// Why it was dropped.
    pub reason: String,
    pub version: i32,
}

/// Who is reporting: staff who keep the ward, or a partner through their link.
pub enum Reporter<'a> {
    Staff(&'a Principal),
    Partner(&'a Access),
}

pub async fn report(app: &App, reporter: Reporter<'_>, actor: &Actor, id: Uuid, form: &ReportForm) -> Result<()> {
    let old = app.store.action(id).await?.ok_or(AppError::NotFound)?;
    let ward = ward_code(&old.ward_code)?;
    let via = match reporter {
        Reporter::Staff(principal) => {
            require_manage(app, principal, &ward)?;
            "staff"
        }
        Reporter::Partner(access) => {
            if !access.may_update(&old) {
                return Err(AppError::Forbidden);
            }
            "partner link"
        }
    };
    let mut problems = Vec::new();
    let status = ActionStatus::parse(&form.status);
    if status.is_none() {
        problems.push(("status", "Choose how the action is going".to_owned()));
    }
    let progress = form.progress.trim().trim_end_matches('%').trim();
    let progress = if progress.is_empty() { Some(old.progress) } else { progress.parse::<i32>().ok() };
    if progress.is_none() {
        problems.push(("progress", "Enter progress as a whole number from 0 to 100".to_owned()));
    }
    let note = text_within(&mut problems, "note", &form.note, 5_000, None);
    let mut evidence = Vec::new();
    for line in form.links.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !(line.starts_with("https://") || line.starts_with("http://")) || line.len() > 500 || line.contains(' ') {
            problems.push(("links", format!("{line:?} is not a web link: put one link a line, starting https://")));
            break;
        }
        evidence.push(line.to_owned());
    }
    if evidence.len() > 20 {
        problems.push(("links", "Give 20 links or fewer".to_owned()));
    }
    let reason = text_within(&mut problems, "reason", &form.reason, 1_000, None);
    let checked = match (status, progress) {
        (Some(s), Some(p)) => match forums::check_report(s, p, &reason) {
            Ok(p) => Some((s, p)),
            Err((field, message)) => {
                problems.push((field, message.to_owned()));
                None
            }
        },
        _ => None,
    };
    if note.is_empty() && evidence.is_empty() && checked.is_some_and(|(s, p)| s == old.status && p == old.progress) {
        problems.push(("note", "Say what has happened since the last update".to_owned()));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let Some((status, progress)) = checked else { return Err(AppError::Internal("a checked report".into())) };
    let now = app.now();
    let action = Action {
        status,
        progress,
        dropped_reason: if status == ActionStatus::Dropped { reason.clone() } else { String::new() },
        updated_at: now,
        version: next_version(form.version)?,
        ..old.clone()
    };
    let mut text = note;
    if status == ActionStatus::Dropped {
        text = if text.is_empty() { format!("Dropped: {reason}") } else { format!("Dropped: {reason}\n\n{text}") };
    }
    let update = ActionUpdate {
        id: Uuid::now_v7(),
        action_id: id,
        priority_id: old.priority_id,
        at: now,
        actor_id: actor.user_id,
        actor: actor.label.clone(),
        via: via.into(),
        kind: "update".into(),
        status,
        progress,
        note: text,
        links: evidence,
    };
    let audit = actor.entry(
        now,
        "action.updated",
        "action",
        id,
        json!({ "via": via, "status": status.as_str(), "progress": progress, "from_status": old.status.as_str() }),
    );
    app.store.save_action(&action, &update, &audit).await.map_err(conflict)?;
    app.ward_work.forget(&ward);
    Ok(())
}

// ----- What pages read -----

/// An action as a priority's page lists it: in tree order, with its depth and its rolled-up progress.
#[derive(Debug, Clone)]
pub struct ActionLine {
    pub action: Action,
    pub depth: usize,
    /// Its own progress, or its sub-actions' rolled up.
    pub progress: f64,
    pub overdue: bool,
    pub organisation: String,
}

/// An adopted priority with its actions and progress.
#[derive(Debug, Clone)]
pub struct PriorityWork {
    pub priority: Priority,
    pub progress: Option<f64>,
    pub actions: Vec<ActionLine>,
    pub overdue: usize,
    pub done: usize,
    pub live: usize,
}

/// Everything a ward's pages show of its forums and priorities.
#[derive(Debug, Clone)]
pub struct WardWork {
    pub forums: Vec<Forum>,
    pub next_forum: Option<Forum>,
    pub adopted: Vec<PriorityWork>,
    /// Public proposals, the most supported first.
    pub proposed: Vec<Priority>,
    pub declined: Vec<Priority>,
}

impl WardWork {
    pub fn forum(&self, id: Uuid) -> Option<&Forum> {
        self.forums.iter().find(|f| f.id == id)
    }
}

fn nodes(actions: &[Action]) -> Vec<Node> {
    actions
        .iter()
        .map(|a| Node { id: a.id, parent: a.parent_id, status: a.status, progress: a.progress, weight: a.weight })
        .collect()
}

/// A priority with its actions laid out as a tree (parents before their sub-actions, each level by due date).
pub fn arrange(
    priority: Priority,
    actions: &[Action],
    today: NaiveDate,
    organisations: &HashMap<Uuid, String>,
) -> PriorityWork {
    let ids: std::collections::HashSet<Uuid> = actions.iter().map(|a| a.id).collect();
    let mut children: HashMap<Option<Uuid>, Vec<&Action>> = HashMap::new();
    for a in actions {
        children.entry(a.parent_id.filter(|p| ids.contains(p))).or_default().push(a);
    }
    for list in children.values_mut() {
        list.sort_by_key(|a| (a.due_on, a.id));
    }
    let all = nodes(actions);
    let progress = forums::progress_of_each(&all);
    let mut lines = Vec::with_capacity(actions.len());
    let mut stack: Vec<(&Action, usize)> = children.get(&None).into_iter().flatten().rev().map(|a| (*a, 0)).collect();
    while let Some((a, depth)) = stack.pop() {
        let progress = progress.get(&a.id).copied().unwrap_or(f64::from(a.progress));
        lines.push(ActionLine {
            action: a.clone(),
            depth,
            progress,
            overdue: forums::overdue(a.status, a.due_on, today),
            organisation: organisations.get(&a.owner_org).cloned().unwrap_or_default(),
        });
        if depth < 16 {
            for c in children.get(&Some(a.id)).into_iter().flatten().rev() {
                stack.push((c, depth + 1));
            }
        }
    }
    let overdue = lines.iter().filter(|l| l.overdue).count();
    let done = actions.iter().filter(|a| a.status == ActionStatus::Done).count();
    let live = actions.iter().filter(|a| a.status != ActionStatus::Dropped).count();
    PriorityWork { priority, progress: forums::rollup(&all), actions: lines, overdue, done, live }
}

/// The names of the organisations that own these actions, by id.
async fn owners_of(app: &App, actions: &[Action]) -> Result<HashMap<Uuid, String>> {
    let ids: Vec<Uuid> = actions.iter().map(|a| a.owner_org).collect();
    Ok(app.store.organisation_names(&ids).await?)
}

/// Every organisation's name by id, for the lists a form offers.
pub async fn organisation_names(app: &App) -> Result<HashMap<Uuid, String>> {
    Ok(app.store.organisations().await?.into_iter().map(|o| (o.id, o.name)).collect())
}

fn today(app: &App) -> NaiveDate {
    app.now().with_timezone(&London).date_naive()
}

/// A ward's forums and priorities, from the cache while it is fresh.
pub async fn ward_work(app: &App, ward: &WardCode) -> Result<Arc<WardWork>> {
    app.ward_work.through(ward, || build_ward_work(app, ward)).await
}

async fn build_ward_work(app: &App, ward: &WardCode) -> Result<WardWork> {
    let now = app.now();
    let forums = app.store.forums_of_ward(ward.as_str()).await?;
    let priorities = app.store.priorities_of_ward(ward.as_str()).await?;
    let actions = app.store.actions_of_ward(ward.as_str()).await?;
    let names = owners_of(app, &actions).await?;
    let mut by_priority: HashMap<Uuid, Vec<Action>> = HashMap::new();
    for a in actions {
        by_priority.entry(a.priority_id).or_default().push(a);
    }
    let today = today(app);
    let next_forum = forums.iter().find(|f| f.ends_at > now && f.cancelled_at.is_none()).cloned();
    let mut adopted = Vec::new();
    let (mut proposed, mut declined) = (Vec::new(), Vec::new());
    for p in priorities {
        match p.state {
            PriorityState::Adopted => {
                let actions = by_priority.remove(&p.id).unwrap_or_default();
                adopted.push(arrange(p, &actions, today, &names));
            }
            PriorityState::Proposed => proposed.push(p),
            PriorityState::Declined => declined.push(p),
            PriorityState::Held | PriorityState::Removed => {}
        }
    }
    adopted.sort_by(|a, b| b.priority.decided_at.cmp(&a.priority.decided_at).then(a.priority.id.cmp(&b.priority.id)));
    Ok(WardWork { forums, next_forum, adopted, proposed, declined })
}

/// One priority with its actions and its timeline (adoption, then every action's history), for its page.
pub async fn priority_page(app: &App, id: Uuid) -> Result<(PriorityWork, Vec<ActionUpdate>, Option<Forum>)> {
    let p = app.store.priority(id).await?.filter(|p| p.state.public()).ok_or(AppError::NotFound)?;
    let actions = app.store.actions_of_priority(id).await?;
    let names = owners_of(app, &actions).await?;
    let updates = app.store.updates_of_priority(id).await?;
    let forum = match p.forum_id {
        Some(f) => app.store.forum(f).await?,
        None => None,
    };
    Ok((arrange(p, &actions, today(app), &names), updates, forum))
}

/// The filters of the staff action tracker, as its form sends them.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct TrackerFilter {
    pub ward: String,
    pub owner: String,
    pub status: String,
    pub due_from: String,
    pub due_to: String,
    /// `yes` for overdue only.
    pub overdue: String,
    pub page: String,
}

pub const TRACKER_PAGE: i64 = 50;
/// The furthest page of the tracker an address may ask for (5 million actions).
const MAX_TRACKER_PAGE: i64 = 100_000;

/// A row of the tracker.
#[derive(Debug, Clone)]
pub struct TrackerRow {
    pub action: Action,
    pub priority: String,
    pub organisation: String,
    pub overdue: bool,
}

/// Every ward's actions, for staff, filtered by owner, status and due date.
pub async fn tracker(app: &App, principal: &Principal, f: &TrackerFilter) -> Result<(Vec<TrackerRow>, i64, i64)> {
    if !principal.holds(permission::STAFF) {
        return Err(AppError::Forbidden);
    }
    let page = f.page.parse::<i64>().unwrap_or(1).clamp(1, MAX_TRACKER_PAGE);
    let today = today(app);
    let query = ActionQuery {
        wards: WardCode::parse(f.ward.trim()).ok().map(|w| vec![w.to_string()]),
        owner_org: Uuid::parse_str(f.owner.trim()).ok(),
        status: ActionStatus::parse(&f.status),
        due_from: crate::cases::parse_date(&f.due_from),
        due_to: crate::cases::parse_date(&f.due_to),
        overdue_on: (f.overdue == "yes").then_some(today),
        limit: TRACKER_PAGE,
        offset: (page - 1).saturating_mul(TRACKER_PAGE),
    };
    let (actions, total) = app.store.find_actions(&query).await?;
    let names = owners_of(app, &actions).await?;
    let mut titles: HashMap<Uuid, String> = HashMap::new();
    let mut rows = Vec::with_capacity(actions.len());
    for a in actions {
        if let std::collections::hash_map::Entry::Vacant(e) = titles.entry(a.priority_id) {
            e.insert(app.store.priority(a.priority_id).await?.map(|p| p.title).unwrap_or_default());
        }
        rows.push(TrackerRow {
            priority: titles.get(&a.priority_id).cloned().unwrap_or_default(),
            organisation: names.get(&a.owner_org).cloned().unwrap_or_default(),
            overdue: forums::overdue(a.status, a.due_on, today),
            action: a,
        });
    }
    Ok((rows, total, page))
}

// ----- The worker -----

/// Reminds owners of overdue actions: one email an owner listing all of theirs, again each week while they stay
/// overdue. Marked and queued in one transaction, so a reminder is neither lost nor doubled.
pub async fn remind_overdue(app: &App) -> Result<u64> {
    let now = app.now();
    let due = app.store.overdue_unreminded(today(app), now - Duration::days(REMIND_EVERY_DAYS), 2_000).await?;
    let mut by_owner: std::collections::BTreeMap<String, Vec<Action>> = std::collections::BTreeMap::new();
    let mut silent = Vec::new();
    for a in due {
        if a.owner_email.is_empty() {
            silent.push(a.id);
        } else {
            by_owner.entry(a.owner_email.clone()).or_default().push(a);
        }
    }
    let base = app.settings.public_url.clone();
    let places = app.places();
    let mut sent = 0;
    for (to, actions) in &by_owner {
        let mut lines = String::new();
        for a in actions {
            let ward = WardCode::parse(&a.ward_code).ok().and_then(|w| places.ward(&w)).map(|w| w.name.clone());
            lines.push_str(&format!(
                "- {} ({}), due {}: {}/wards/{}/priorities/{}\n",
                a.title,
                ward.unwrap_or_default(),
                a.due_on.format("%-d %B %Y"),
                base,
                a.ward_code,
                a.priority_id
            ));
        }
        let link = match actions.iter().find_map(|a| a.owner_member) {
            Some(member) => crate::partners::live_link(app, member).await?,
            None => None,
        };
        let how = match link {
            Some(path) => format!("Update them here (no password needed):\n{base}{path}\n"),
            None => format!("Sign in to update them:\n{base}/sign-in\n"),
        };
        let (n, s) = (actions.len(), if actions.len() == 1 { "" } else { "s" });
        let body = format!(
            "Hello {},\n\n{n} action{s} you own for your ward forum {} past {} due date and not yet done:\n\n{lines}\n{how}\nIf an action is finished, mark it done; if it will not happen, mark it dropped and say why. If the date was wrong, ask the coordinator to change it.\n",
            actions[0].owner_name,
            if n == 1 { "is" } else { "are" },
            if n == 1 { "its" } else { "their" },
        );
        let email = OutgoingEmail::new(to, &format!("{n} overdue action{s} for your ward forum"), &body, now);
        let ids: Vec<Uuid> = actions.iter().map(|a| a.id).collect();
        app.store.mark_reminded(&ids, now, &[email]).await?;
        sent += 1;
    }
    if !silent.is_empty() {
        app.store.mark_reminded(&silent, now, &[]).await?;
    }
    Ok(sent)
}
