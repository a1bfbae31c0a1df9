//! Ward forums and the work that comes of them. Coordinators schedule a ward's forums and record their minutes;
//! residents propose priorities without an account (a spam-like proposal is held for a moderator) and support
//! others' through an emailed link, once each; a forum adopts priorities; adopted priorities get actions and
//! sub-actions owned by partners, whose reports roll up into the priority's progress. The worker reminds owners
//! of overdue actions. A ward's page reads all this through a cache kept a few seconds.
//!
//! Here: forums, their minutes and calendars, and what the pages read; `priorities`, `actions` and `worker` (the
//! overdue reminders) hold the rest.

mod actions;
mod priorities;
mod worker;

pub use actions::{ActionForm, ReportForm, Reporter, report, save_action};
pub use priorities::{
    DecisionForm, PriorityForm, ProposalForm, Proposed, SupportLink, add_adopted, ask_to_support, check_support,
    confirm_support, decide, form_token, held, propose, support_for_resident,
};
pub use worker::remind_overdue;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::London;
use kith_core::accounts::{Email, Target, permission};
use kith_core::forums::{self, ActionStatus, Node, PriorityDecision, PriorityState};
use kith_core::places::WardCode;
use kith_store::forums::ActionQuery;
use kith_store::outbox::OutgoingEmail;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
pub use crate::areas::known_ward;
use crate::partners::Access;
use crate::problems::{Problems, text_within};
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

/// Whether someone keeps forums in some ward (to show them the moderation page and its links).
pub fn may_manage_somewhere(principal: &Principal) -> Result<()> {
    principal.require_somewhere(permission::FORUMS_MANAGE)
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
    may_manage(app, principal, ward)?;
    app.store.forum(id).await?.filter(|f| f.ward_code == ward.as_str()).ok_or(AppError::NotFound)
}

/// An action of a priority as its keeper edits it.
pub async fn action_to_edit(app: &App, principal: &Principal, priority: Uuid, id: Uuid) -> Result<Action> {
    let action = app.store.action(id).await?.filter(|a| a.priority_id == priority).ok_or(AppError::NotFound)?;
    let p = app.store.priority(priority).await?.ok_or(AppError::NotFound)?;
    may_manage(app, principal, &p.ward_code)?;
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
            Ok(app.store.held_priorities(Some(std::slice::from_ref(ward))).await?.len())
        }
        _ => Ok(0),
    }
}

use crate::{CHANGED_MEANWHILE, changed_meanwhile as conflict};

/// The version a change to a record of `version` writes. A form sends the version it was made from, so any number
/// can arrive: one with no next is not a version the record has.
fn next_version(version: i32) -> Result<i32> {
    version.checked_add(1).ok_or_else(|| AppError::Conflict(CHANGED_MEANWHILE.into()))
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
    may_manage(app, principal, ward)?;
    let mut problems = Problems::default();
    let ward_name = app.places().ward(ward).map(|w| w.name.clone()).unwrap_or_default();
    let mut title = text_within(&mut problems, "title", &form.title, 120, None);
    if title.is_empty() {
        title = format!("{ward_name} ward forum");
    }
    let date = crate::cases::parse_date(&form.date)
        .ok_or_else(|| problems.report("date", "Enter the date of the forum, like 2027-03-14"));
    let starts =
        parse_time(&form.starts).ok_or_else(|| problems.report("starts", "Enter the time it starts, like 18:30"));
    let ends = parse_time(&form.ends).ok_or_else(|| problems.report("ends", "Enter the time it ends, like 20:00"));
    if let (Ok(s), Ok(e)) = (starts, ends)
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
    // Each part is whole, or its problem was reported (`Reported` is the proof).
    let (Ok(date), Ok(starts), Ok(ends)) = (date, starts, ends) else {
        return Err(problems.into_error());
    };
    problems.finish()?;
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
            ward_code: ward.clone(),
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
    let ward = old.ward_code.clone();
    may_manage(app, principal, &ward)?;
    let mut problems = Problems::default();
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
        return Err(problems.into_error());
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
    let today = app.today();
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
    Ok((arrange(p, &actions, app.today(), &names), updates, forum))
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
    principal.require_somewhere(permission::STAFF)?;
    let page = f.page.parse::<i64>().unwrap_or(1).clamp(1, MAX_TRACKER_PAGE);
    let today = app.today();
    let query = ActionQuery {
        wards: WardCode::parse(f.ward.trim()).ok().map(|w| vec![w]),
        owner_org: Uuid::parse_str(f.owner.trim()).ok(),
        status: ActionStatus::parse(&f.status),
        due_from: crate::cases::parse_date(&f.due_from),
        due_to: crate::cases::parse_date(&f.due_to),
        overdue_on: crate::problems::ticked(&f.overdue).then_some(today),
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

/// The most entries a ward's Atom feed holds: the latest.
pub const FEED_ENTRIES: usize = 50;

/// A ward's forum decisions and new priorities as an Atom feed (public: what the ward's page shows), the latest
/// first, so residents and partners can follow without an account.
pub async fn priorities_feed(app: &App, ward: &WardCode) -> Result<String> {
    let work = ward_work(app, ward).await?;
    let places = app.places();
    let name = places.ward(ward).map_or_else(|| ward.to_string(), |w| w.name.clone());
    let base = app.settings.public_url.trim_end_matches('/').to_owned();
    let forum_title = |id: Option<Uuid>| id.and_then(|id| work.forum(id)).map(|f| f.title.clone());
    let mut entries: Vec<kith_standards::atom::Entry> = work
        .adopted
        .iter()
        .map(|w| &w.priority)
        .chain(work.declined.iter())
        .chain(work.proposed.iter())
        .map(|p| {
            let (title, updated) = match (p.state, forum_title(p.forum_id)) {
                (PriorityState::Adopted, Some(f)) => (format!("Adopted at {f}: {}", p.title), p.decided_at),
                (PriorityState::Adopted, None) => (format!("Adopted: {}", p.title), p.decided_at),
                (PriorityState::Declined, Some(f)) => (format!("Declined at {f}: {}", p.title), p.decided_at),
                (PriorityState::Declined, None) => (format!("Declined: {}", p.title), p.decided_at),
                _ => (format!("Proposed: {}", p.title), Some(p.created_at)),
            };
            kith_standards::atom::Entry {
                // One entry per priority and step, so a decision is news even to a reader who saw the proposal.
                id: format!("urn:uuid:{}#{}", p.id, p.state.as_str()),
                title,
                link: format!("{base}/wards/{ward}/priorities/{}", p.id),
                updated: updated.unwrap_or(p.updated_at),
                summary: p.description.clone(),
                category: p.state.as_str().to_owned(),
            }
        })
        .collect();
    entries.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.id.cmp(&b.id)));
    entries.truncate(FEED_ENTRIES);
    let address = format!("{base}/wards/{ward}/priorities.atom");
    Ok(kith_standards::atom::feed(&kith_standards::atom::Feed {
        id: &address,
        title: &format!("{name}: ward priorities and forum decisions"),
        page: &format!("{base}/wards/{ward}/priorities"),
        address: &address,
        author: places.city_name().unwrap_or("Kith"),
        entries: &entries,
        empty_since: work.forums.iter().map(|f| f.updated_at).max().unwrap_or(DateTime::<Utc>::UNIX_EPOCH),
    }))
}
