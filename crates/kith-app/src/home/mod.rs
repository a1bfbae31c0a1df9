//! A home for each person's work: what waits for them, from every capability they hold a permission in, the most
//! urgent first. Each section is asked of the capability's own use case with the person's own permissions (so the
//! home never shows what its pages would refuse), cut to its first few items with the total and a link to the full
//! list. The home also remembers when the person last looked, to say what changed since.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use kith_core::accounts::{Scope, permission};
use kith_core::places::WardCode;
use kith_core::translations::Status;

use crate::accounts::Principal;
use crate::cases::{self, QueueFilter};
use crate::{App, Result, assets, directory, forums, grants, partners, translations, volunteering};
use kith_store::cases::QueueRow;

mod calendar;

pub use calendar::{
    Calendar, CalendarLink, MAX_CALENDAR_CASES, MAX_CALENDAR_LINKS, add_calendar_link, calendar_address,
    calendar_by_link, calendar_links, may_have_calendar, revoke_calendar_link,
};

/// How many items a section shows; its link leads to the rest.
pub const SHOWN: usize = 5;
/// A case section counts its cases up to this many and then says "1,000 or more": a city-wide queue is never counted
/// whole for a home (its full list counts it).
pub const COUNTED: i64 = 1_000;
/// The most wards whose forums and actions one home gathers (a city-wide role is pointed at the city's lists
/// instead).
pub const MAX_WARDS: usize = 24;
/// How far ahead "soon" reaches: forums, actions and links due within this many days.
pub const SOON_DAYS: i64 = 14;
/// A visit counts as looking once an hour: "since you last looked" is since the last sitting, not the last reload.
const SITTING: Duration = Duration::hours(1);

/// How urgent an item is; sections are ordered by their most urgent item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Past its due time: a breached case, an overdue action.
    Late,
    /// Due within days.
    Soon,
    /// Waiting for this person.
    Waiting,
    /// Worth knowing: a decision, a change.
    News,
}

impl Urgency {
    pub fn key(self) -> &'static str {
        match self {
            Urgency::Late => "late",
            Urgency::Soon => "soon",
            Urgency::Waiting => "waiting",
            Urgency::News => "news",
        }
    }
}

/// When an item is due or happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    At(DateTime<Utc>),
    On(NaiveDate),
}

/// One thing on the home, linking to where it is acted on.
#[derive(Debug, Clone)]
pub struct Item {
    pub urgency: Urgency,
    /// A reference or short label ("BCC-SR-000123"), shown before the title.
    pub label: String,
    pub title: String,
    pub href: String,
    pub when: Option<When>,
    /// The ward it is in, by name, where it has one.
    pub ward: String,
}

/// One kind of work: its items, how many there are in all, and where the full list is.
#[derive(Debug, Clone)]
pub struct Section {
    /// Names the section's heading (`home-section-{key}` in the messages) and its HTML id.
    pub key: &'static str,
    pub items: Vec<Item>,
    pub total: i64,
    /// Whether there may be more than `total` (a long queue is counted only up to `COUNTED`).
    pub more: bool,
    pub all: String,
}

impl Section {
    fn new(key: &'static str, all: impl Into<String>, mut items: Vec<Item>, total: i64) -> Self {
        items.truncate(SHOWN);
        Self { key, items, total, more: false, all: all.into() }
    }

    fn most_urgent(&self) -> Urgency {
        self.items.iter().map(|i| i.urgency).min().unwrap_or(Urgency::News)
    }
}

/// A person's home.
#[derive(Debug, Clone)]
pub struct Home {
    pub sections: Vec<Section>,
    /// When they last looked before this sitting, if ever.
    pub since: Option<DateTime<Utc>>,
}

/// The wards a person's roles name one by one (a ward, or a neighbourhood's wards), at most `MAX_WARDS`; a
/// city-wide role names none.
pub fn own_wards(app: &App, principal: &Principal) -> Vec<WardCode> {
    let places = app.places();
    let mut wards = BTreeSet::new();
    for grant in &principal.grants {
        match &grant.scope {
            Scope::Ward(code) => {
                wards.insert(code.clone());
            }
            Scope::Neighbourhood(id) => {
                if let Some(n) = places.neighbourhood(*id) {
                    wards.extend(n.wards.iter().filter_map(|w| WardCode::parse(w).ok()));
                }
            }
            Scope::City | Scope::Organisation(_) | Scope::Language(_) => {}
        }
    }
    wards.into_iter().take(MAX_WARDS).collect()
}

fn ward_name(app: &App, code: &WardCode) -> String {
    app.places().ward(code).map_or_else(|| code.to_string(), |w| w.name.clone())
}

/// The home of `principal` as it is now; looking at it is remembered, once a sitting.
pub async fn home(app: &App, principal: &Principal) -> Result<Home> {
    let now = app.now();
    // A sitting starts at the first look after an hour away; "since" is the start of the sitting before.
    let visit = app.store.home_seen(principal.user.id).await?;
    let new_sitting = visit.is_none_or(|v| now - v.seen_at >= SITTING);
    let since = match visit {
        Some(v) if new_sitting => Some(v.seen_at),
        Some(v) => v.previous_at,
        None => None,
    };
    let mut sections = Vec::new();
    cases_sections(app, principal, since, &mut sections).await?;
    forum_sections(app, principal, since, &mut sections).await?;
    directory_sections(app, principal, &mut sections).await?;
    grant_sections(app, principal, &mut sections).await?;
    volunteering_sections(app, principal, &mut sections).await?;
    asset_sections(app, principal, &mut sections).await?;
    translation_sections(app, principal, &mut sections).await?;
    sections.retain(|s| !s.items.is_empty());
    // Stable: within one urgency, the order above (cases, forums, directory, ...) stands.
    sections.sort_by_key(Section::most_urgent);
    if new_sitting {
        app.store.see_home(principal.user.id, now, since).await?;
    }
    Ok(Home { sections, since })
}

async fn cases_sections(
    app: &App,
    principal: &Principal,
    since: Option<DateTime<Utc>>,
    out: &mut Vec<Section>,
) -> Result<()> {
    if !principal.holds(permission::CASES_READ) && !principal.holds(permission::CASES_RAISE) {
        return Ok(());
    }
    let item = |urgency: Urgency, r: &QueueRow| Item {
        urgency,
        label: r.reference.clone(),
        title: r.summary.clone(),
        href: format!("/cases/{}", r.reference),
        // Due on the last working day its clock allows, as the queue says it.
        when: r.due_at.map(due_day),
        ward: ward_name(app, &r.ward_code),
    };
    let list = async |key: &'static str, all: &str, filter: QueueFilter, urgency: fn(&QueueRow) -> Urgency| {
        let filter = QueueFilter { limit: Some(SHOWN as i64), count_up_to: Some(COUNTED), ..filter };
        let (rows, total) = cases::queue(app, principal, &filter).await?;
        let mut section = Section::new(key, all, rows.iter().map(|r| item(urgency(r), r)).collect(), total);
        section.more = total >= COUNTED;
        Ok::<_, crate::AppError>(section)
    };
    let flagged = |r: &QueueRow| match r.flag {
        kith_core::cases::SlaFlag::Breached => Urgency::Late,
        kith_core::cases::SlaFlag::DueSoon => Urgency::Soon,
        kith_core::cases::SlaFlag::OnTime => Urgency::Waiting,
    };
    if principal.holds(permission::CASES_READ) {
        let breached = QueueFilter { flag: "breached".into(), ..QueueFilter::default() };
        out.push(list("cases-breached", "/cases?flag=breached", breached, |_| Urgency::Late).await?);
        let on_time = QueueFilter { not_breached: true, ..QueueFilter::default() };
        out.push(list("cases-open", "/cases", on_time, flagged).await?);
    }
    if principal.holds(permission::CASES_WORK) {
        let mine = QueueFilter { show: "mine".into(), ..QueueFilter::default() };
        out.push(list("cases-mine", "/cases?show=mine", mine, flagged).await?);
    }
    if principal.holds(permission::CASES_TRIAGE) {
        let triage = QueueFilter { show: "triage".into(), ..QueueFilter::default() };
        out.push(list("cases-triage", "/cases?show=triage", triage, flagged).await?);
    }
    if principal.holds(permission::CASES_RAISE) {
        let raised = QueueFilter { show: "raised".into(), ..QueueFilter::default() };
        out.push(list("cases-raised", "/cases?show=raised", raised, |_| Urgency::News).await?);
    }
    // Those who work a queue see it change in the queue; those who follow cases (a councillor, a coordinator) are
    // told what changed on them.
    if let Some(since) = since
        && principal.holds(permission::CASES_READ)
        && !principal.holds(permission::CASES_WORK)
    {
        // Open cases: a closed one's news reached its raiser as a notice, and looking through every closed case
        // would cost the home its speed.
        let changed = QueueFilter { changed_since: Some(since), ..QueueFilter::default() };
        out.push(list("cases-changed", "/cases", changed, |_| Urgency::News).await?);
    }
    Ok(())
}

async fn forum_sections(
    app: &App,
    principal: &Principal,
    since: Option<DateTime<Utc>>,
    out: &mut Vec<Section>,
) -> Result<()> {
    if !principal.holds(permission::STAFF) {
        return Ok(());
    }
    let now = app.now();
    let today = app.today();
    let soon = today + Duration::days(SOON_DAYS);
    let (mut next, mut decided, mut overdue, mut due) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut overdue_total, mut due_total) = (0, 0);
    for ward in own_wards(app, principal) {
        let work = forums::ward_work(app, &ward).await?;
        let name = ward_name(app, &ward);
        if let Some(f) = &work.next_forum {
            next.push(Item {
                urgency: if f.starts_at - now < Duration::days(SOON_DAYS) { Urgency::Soon } else { Urgency::News },
                label: String::new(),
                title: f.title.clone(),
                href: format!("/wards/{ward}/forums/{}", f.id),
                when: Some(When::At(f.starts_at)),
                ward: name.clone(),
            });
        }
        // The decisions of the latest forum that decided anything, and any decision since the person last looked.
        let decisions = || work.adopted.iter().map(|w| &w.priority).chain(work.declined.iter());
        let last = decisions().filter(|p| p.forum_id.is_some()).max_by_key(|p| p.decided_at).and_then(|p| p.forum_id);
        for p in decisions() {
            let at_last = last.is_some() && p.forum_id == last;
            let new = since.is_some_and(|s| p.decided_at.is_some_and(|d| d > s));
            if at_last || new {
                decided.push(Item {
                    urgency: Urgency::News,
                    label: p.state.as_str().to_owned(),
                    title: p.title.clone(),
                    href: format!("/wards/{ward}/priorities/{}", p.id),
                    when: p.decided_at.map(When::At),
                    ward: name.clone(),
                });
            }
        }
        for w in &work.adopted {
            for a in &w.actions {
                if a.action.status.finished() {
                    continue;
                }
                let item = |urgency| Item {
                    urgency,
                    label: a.action.owner_name.clone(),
                    title: a.action.title.clone(),
                    href: format!("/wards/{ward}/priorities/{}", w.priority.id),
                    when: Some(When::On(a.action.due_on)),
                    ward: name.clone(),
                };
                if a.overdue {
                    overdue_total += 1;
                    overdue.push(item(Urgency::Late));
                } else if a.action.due_on <= soon {
                    due_total += 1;
                    due.push(item(Urgency::Soon));
                }
            }
        }
    }
    next.sort_by_key(|i| match i.when {
        Some(When::At(at)) => at,
        _ => DateTime::<Utc>::MAX_UTC,
    });
    decided.sort_by_key(|i| std::cmp::Reverse(i.when.map(at)));
    overdue.sort_by_key(|i| i.when.map(at));
    due.sort_by_key(|i| i.when.map(at));
    let next_total = next.len() as i64;
    let decided_total = decided.len() as i64;
    out.push(Section::new("forums-next", "/forums", next, next_total));
    out.push(Section::new("actions-overdue", "/actions?overdue=yes", overdue, overdue_total));
    out.push(Section::new("actions-due", "/actions", due, due_total));
    out.push(Section::new("forums-decided", "/forums", decided, decided_total));

    if principal.holds(permission::FORUMS_MANAGE) {
        let held = forums::held(app, principal).await?;
        let total = held.len() as i64;
        let items = held
            .iter()
            .map(|p| Item {
                urgency: Urgency::Waiting,
                label: String::new(),
                title: p.title.clone(),
                href: "/priorities/moderation".into(),
                when: Some(When::At(p.created_at)),
                ward: ward_name(app, &p.ward_code),
            })
            .collect();
        out.push(Section::new("proposals-held", "/priorities/moderation", items, total));
        links_expiring(app, principal, out).await?;
    }
    Ok(())
}

/// A due moment as a day: the last working day it allows.
fn due_day(at: DateTime<Utc>) -> When {
    When::On(kith_core::calendar::WorkingDays::last_day(at))
}

fn at(when: When) -> DateTime<Utc> {
    match when {
        When::At(at) => at,
        When::On(day) => day.and_hms_opt(0, 0, 0).map_or(DateTime::<Utc>::MIN_UTC, |d| d.and_utc()),
    }
}

/// Partners' links that expire within `SOON_DAYS`, in the areas this person keeps: they are sent a new one before
/// they find theirs refused.
async fn links_expiring(app: &App, principal: &Principal, out: &mut Vec<Section>) -> Result<()> {
    let now = app.now();
    let mut areas: Vec<(&str, String)> = Vec::new();
    for grant in &principal.grants {
        if !grant.permissions.contains(permission::FORUMS_MANAGE) {
            continue;
        }
        match &grant.scope {
            Scope::Ward(code) => areas.push(("ward", code.to_string())),
            Scope::Neighbourhood(id) => {
                areas.push(("neighbourhood", id.to_string()));
                if let Some(n) = app.places().neighbourhood(*id) {
                    areas.extend(n.wards.iter().map(|w| ("ward", w.clone())));
                }
            }
            _ => {}
        }
    }
    let mut items = Vec::new();
    for (kind, id) in areas.iter().take(MAX_WARDS) {
        let team = partners::team(app, principal, kind, id).await?;
        for (member, links) in &team.members {
            let live = links.iter().filter(|l| l.revoked_at.is_none() && l.expires_at > now);
            let Some(latest) = live.max_by_key(|l| l.expires_at) else { continue };
            if latest.expires_at - now <= Duration::days(SOON_DAYS) {
                items.push(Item {
                    urgency: Urgency::Soon,
                    label: member.name.clone(),
                    title: member.role.clone(),
                    href: format!("/teams/{kind}/{id}"),
                    when: Some(When::At(latest.expires_at)),
                    ward: partners::area_name(app, kind, id),
                });
            }
        }
    }
    items.sort_by_key(|i| i.when.map(at));
    let total = items.len() as i64;
    out.push(Section::new("links-expiring", "/actions", items, total));
    Ok(())
}

async fn directory_sections(app: &App, principal: &Principal, out: &mut Vec<Section>) -> Result<()> {
    use kith_core::directory::Freshness;
    let now = app.now();
    let freshness_item = |s: &kith_core::directory::Service, freshness: Freshness| Item {
        urgency: if freshness == Freshness::Expired { Urgency::Late } else { Urgency::Soon },
        label: String::new(),
        title: s.name.clone(),
        href: format!("/directory/manage/services/{}/edit", s.id),
        when: Some(When::On(s.checked_at.date_naive())),
        ward: String::new(),
    };
    if principal.holds(permission::DIRECTORY_REVIEW) {
        let drafts = directory::edit::review_queue(app, principal).await?;
        let total = drafts.len() as i64;
        let items = drafts
            .iter()
            .map(|d| Item {
                urgency: Urgency::Waiting,
                label: d.submitted_by_label.clone(),
                title: draft_name(d),
                href: format!("/directory/review/{}", d.id),
                when: Some(When::At(d.submitted_at)),
                ward: String::new(),
            })
            .collect();
        out.push(Section::new("directory-review", "/directory/review", items, total));
        let mut stale = directory::freshness::going_stale(app, principal)?;
        stale.sort_by_key(|(s, _, _)| s.checked_at);
        let total = stale.len() as i64;
        let items = stale.iter().take(SHOWN).map(|(s, _, f)| freshness_item(s, *f)).collect();
        out.push(Section::new("directory-stale", "/directory/stale", items, total));
    }
    if principal.holds(permission::DIRECTORY_PROPOSE) {
        let (organisations, _) = directory::edit::keeping(app, principal)?;
        let mut drafts = Vec::new();
        for org in &organisations {
            drafts.extend(
                directory::edit::drafts_of(app, principal, *org)
                    .await?
                    .into_iter()
                    .filter(|d| d.status == "pending" || d.status == "returned"),
            );
        }
        let total = drafts.len() as i64;
        let items = drafts
            .iter()
            .map(|d| Item {
                urgency: if d.status == "returned" { Urgency::Waiting } else { Urgency::News },
                label: d.status.clone(),
                title: match &d.reason {
                    Some(reason) => format!("{}: {reason}", draft_name(d)),
                    None => draft_name(d),
                },
                href: "/directory/manage".into(),
                when: Some(When::At(d.decided_at.unwrap_or(d.submitted_at))),
                ward: String::new(),
            })
            .collect();
        out.push(Section::new("directory-drafts", "/directory/manage", items, total));
        let mut services: Vec<(std::sync::Arc<kith_core::directory::Service>, Freshness)> = {
            let index = app.directory.read();
            organisations
                .iter()
                .flat_map(|org| index.services_of(*org))
                .map(|s| {
                    let f = Freshness::of(s.checked_at, now);
                    (s, f)
                })
                .filter(|(_, f)| *f >= Freshness::Ageing)
                .collect()
        };
        services.sort_by_key(|(s, _)| s.checked_at);
        let total = services.len() as i64;
        let items = services.iter().map(|(s, f)| freshness_item(s, *f)).collect();
        out.push(Section::new("directory-own-stale", "/directory/manage", items, total));
    }
    Ok(())
}

/// What a draft changes, by the name of its main record.
fn draft_name(d: &kith_store::directory::Draft) -> String {
    use directory::Record;
    let records = directory::edit::unbundle(d).unwrap_or_default();
    let name = records.iter().find_map(|r| match r {
        Record::Service(s) => Some(s.name.clone()),
        _ => None,
    });
    name.or_else(|| {
        records.iter().find_map(|r| match r {
            Record::Organisation(o) => Some(o.name.clone()),
            Record::Location(l) => Some(l.name.clone()),
            _ => None,
        })
    })
    .unwrap_or_else(|| d.kind.as_str().to_owned())
}

async fn grant_sections(app: &App, principal: &Principal, out: &mut Vec<Section>) -> Result<()> {
    if principal.holds(permission::GRANTS_MANAGE) {
        let (queued, total) = grants::decide::queue(app, principal, None, 1).await?;
        let items = queued
            .iter()
            .map(|q| Item {
                urgency: if q.late {
                    Urgency::Late
                } else if q.days_left.is_some_and(|d| d <= 2) {
                    Urgency::Soon
                } else {
                    Urgency::Waiting
                },
                label: q.application.reference.clone(),
                title: q.application.details.project_title.clone(),
                href: format!("/grants/manage/applications/{}", q.application.reference),
                when: q.application.due_at.map(due_day),
                ward: q.fund_name.clone(),
            })
            .collect();
        out.push(Section::new("grants-queue", "/grants/manage", items, total));
    }
    if principal.holds(permission::GRANTS_ASSESS) {
        let mut items = Vec::new();
        let mut total = 0;
        for panel in grants::panel::panels(app, principal).await? {
            for a in panel.applications.iter().filter(|a| !a.scored) {
                total += 1;
                items.push(Item {
                    urgency: Urgency::Waiting,
                    label: a.application.reference.clone(),
                    title: a.application.details.project_title.clone(),
                    href: format!("/grants/panel/applications/{}", a.application.id),
                    when: a.application.due_at.map(due_day),
                    ward: panel.fund.name.clone(),
                });
            }
        }
        out.push(Section::new("grants-panel", "/grants/panel", items, total));
    }
    Ok(())
}

async fn volunteering_sections(app: &App, principal: &Principal, out: &mut Vec<Section>) -> Result<()> {
    use kith_core::volunteering::TaskState;
    if !principal.holds(permission::VOLUNTEERING_COORDINATE) {
        return Ok(());
    }
    let (requests, total) =
        volunteering::requests::first_of_queue(app, principal, &[TaskState::Open], 0, SHOWN as i64).await?;
    let items = requests
        .iter()
        .map(|r| Item {
            urgency: match r.urgency {
                kith_core::volunteering::Urgency::Today => Urgency::Late,
                kith_core::volunteering::Urgency::ThisWeek => Urgency::Soon,
                _ => Urgency::Waiting,
            },
            label: r.reference.clone(),
            title: r.what.clone(),
            href: format!("/volunteering/manage/requests/{}", r.reference),
            when: Some(When::At(r.created_at)),
            ward: ward_name(app, &r.ward),
        })
        .collect();
    out.push(Section::new("help-unassigned", "/volunteering/manage/requests", items, total));
    Ok(())
}

async fn asset_sections(app: &App, principal: &Principal, out: &mut Vec<Section>) -> Result<()> {
    if !principal.holds(permission::ASSETS_MANAGE) {
        return Ok(());
    }
    let today = app.today();
    let soon = today + Duration::days(SOON_DAYS);
    let due_item = |due: NaiveDate, label: &str, title: &str, href: String, ward: &str| Item {
        urgency: if due < today { Urgency::Late } else { Urgency::Soon },
        label: label.to_owned(),
        title: title.to_owned(),
        href,
        when: Some(When::On(due)),
        ward: WardCode::parse(ward).map(|w| ward_name(app, &w)).unwrap_or_default(),
    };
    let mut items: Vec<Item> = Vec::new();
    for n in assets::acv::list(app, principal).await? {
        let due = [n.decision_due, n.review_decision_due].into_iter().flatten().filter(|d| *d <= soon).min();
        if let (Some(due), None) = (due, n.decided_on.filter(|_| n.review_decision_due.is_none())) {
            items.push(due_item(
                due,
                &n.reference,
                &n.asset,
                format!("/community-assets/nominations/{}", n.id),
                &n.ward_code,
            ));
        }
    }
    for t in assets::transfers::list(app, principal).await? {
        if let Some(due) = t.due.filter(|d| *d <= soon) {
            items.push(due_item(
                due,
                &t.reference,
                &t.asset,
                format!("/community-assets/transfers/{}", t.id),
                &t.ward_code,
            ));
        }
    }
    items.sort_by_key(|i| i.when.map(at));
    let total = items.len() as i64;
    out.push(Section::new("assets-due", "/community-assets/transfers", items, total));
    Ok(())
}

async fn translation_sections(app: &App, principal: &Principal, out: &mut Vec<Section>) -> Result<()> {
    if !principal.holds(permission::TRANSLATE) {
        return Ok(());
    }
    for grant in principal.grants.iter().filter(|g| g.permissions.contains(permission::TRANSLATE)) {
        let Scope::Language(tag) = &grant.scope else { continue };
        let rows = translations::all(app, Some(tag)).await?;
        let item = |t: &translations::Translation, urgency| Item {
            urgency,
            label: tag.clone(),
            title: t.key.clone(),
            href: format!("/translations/{tag}/messages/{}", t.key),
            when: Some(When::At(t.updated_at)),
            ward: String::new(),
        };
        // Drafts and reviewed messages wait for approval; approved ones no community translator has checked (the
        // team's own) wait for a review.
        let waiting: Vec<_> = rows.iter().filter(|t| t.status != Status::Approved).collect();
        let unchecked: Vec<_> =
            rows.iter().filter(|t| t.status == Status::Approved && t.reviewed_by.is_none()).collect();
        let all = format!("/translations/{tag}");
        let items = waiting.iter().map(|t| item(t, Urgency::Waiting)).collect();
        out.push(Section::new("translations-waiting", all.clone(), items, waiting.len() as i64));
        let items = unchecked.iter().map(|t| item(t, Urgency::News)).collect();
        out.push(Section::new("translations-unchecked", all, items, unchecked.len() as i64));
    }
    Ok(())
}
