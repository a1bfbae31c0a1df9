//! The directory for people: search (`/directory`, as a list or a map), a service's page, its sessions as an
//! iCalendar file, and the shortlist a social worker prints or shares with a resident. Nothing here needs an
//! account; staff also see a record's history.
//!
//! Here: searching and a service's page; `manage` holds what organisations and reviewers keep, `data` the open data
//! files.

pub mod data;
mod manage;

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Datelike, NaiveDateTime, Utc};
use chrono_tz::Europe::London;
use kith_app::directory::search;
use kith_app::problems::ticked;
use kith_core::directory::{ACCESSIBILITY, Freshness, LANGUAGES, LanguageCode, Service, ServiceStatus, WEEKDAYS};
use kith_core::places::{Postcode, PostcodeError, Radius, WardCode};
use kith_search::{DirectoryIndex, Near, Query};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{form_with_errors, page};
use crate::AppState;
use crate::ctx::{Ctx, Submitted, cookie};
use crate::errors::PageError;
use crate::routes::Routes;
use crate::security::redirect;
use crate::words::Words;

const PER_PAGE: usize = 20;
const MAP_PER_PAGE: usize = 100;
const SHORTLIST_COOKIE: &str = "kith_shortlist";
const SHORTLIST_MAX: usize = 30;
/// The widest distance the search form takes, in miles (within `Radius::MAX_M`).
const MAX_WITHIN_MILES: f64 = 30.0;
const METRES_PER_MILE: f64 = 1_609.344;

/// The search form, as the address carries it (so a search can be bookmarked and shared).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
struct SearchForm {
    q: String,
    postcode: String,
    within: String,
    ward: String,
    need: String,
    age: String,
    day: Vec<String>,
    open_now: String,
    free: String,
    language: String,
    access: Vec<String>,
    view: String,
    page: String,
}

fn local_now(now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&London).naive_local()
}

fn words<'a>(state: &'a AppState, ctx: &'a Ctx) -> Words<'a> {
    Words { catalogues: &state.catalogues, language: ctx.language.tag.as_str() }
}

/// What a result shows: enough to choose, without opening the page.
pub(super) fn summary(
    state: &AppState,
    ctx: &Ctx,
    index: &DirectoryIndex,
    s: &Service,
    distance_m: Option<f64>,
) -> Value {
    let w = words(state, ctx);
    let now = state.app.now();
    let local = local_now(now);
    let next = s
        .schedules
        .iter()
        .filter_map(|sc| sc.next_session(local, index.holidays()))
        .min()
        .map(|at| w.next_session(at, local));
    let location = s.locations.first().and_then(|l| index.location(*l));
    let places = state.app.places();
    let ward = location.as_ref().and_then(|l| l.ward.as_ref()).and_then(|c| places.ward(c)).map(|w| w.name.clone());
    context! {
        id => s.id.to_string(),
        name => s.name,
        organisation => index.organisation(s.organisation_id).map(|o| o.name.clone()),
        summary => short(&s.description, 160),
        distance => distance_m.map(|d| w.distance(d)),
        next => next,
        cost => w.cost(&s.costs),
        free => s.is_free(),
        checked => w.checked(s.checked_at, now),
        stale => Freshness::of(s.checked_at, now) >= Freshness::Stale,
        closed => s.status == ServiceStatus::TemporarilyClosed,
        location => location.map(|l| l.name.clone()),
        ward => ward,
        languages => s.languages.iter().filter(|l| l.as_str() != "en").map(|l| l.english_name()).collect::<Vec<_>>(),
    }
}

/// The first sentence or so of a description, cut at a word.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', '.', ';', ':']))
}

/// The taxonomy of needs as the forms offer it: each top-level need with the kinds of help under it.
pub(super) fn needs_tree(index: &DirectoryIndex) -> Vec<Value> {
    let terms = index.terms();
    terms
        .iter()
        .filter(|t| t.parent_id.is_none())
        .map(|top| {
            let children: Vec<Value> = terms
                .iter()
                .filter(|c| c.parent_id == Some(top.id))
                .map(|c| context! { id => c.id.to_string(), name => c.name })
                .collect();
            context! { id => top.id.to_string(), name => top.name, children => children }
        })
        .collect()
}

/// The days and accessibility features, with their names in the visitor's language, for checkboxes.
pub(super) fn day_and_access_choices(state: &AppState, ctx: &Ctx) -> (Vec<Value>, Vec<Value>) {
    let t = |key: &str| state.catalogues.message(&ctx.language.tag, key, None);
    (
        WEEKDAYS.iter().map(|(_, key, _)| context! { key => *key, name => t(&format!("day-{key}")) }).collect(),
        ACCESSIBILITY.iter().map(|key| context! { key => *key, name => t(&format!("access-{key}")) }).collect(),
    )
}

fn options(state: &AppState, ctx: &Ctx, index: &DirectoryIndex) -> Value {
    let places = state.app.places();
    let (days, access) = day_and_access_choices(state, ctx);
    context! {
        wards => places.wards().iter().map(|w| context! { code => w.code.as_str(), name => w.name }).collect::<Vec<_>>(),
        needs => needs_tree(index),
        languages => LANGUAGES.iter().map(|(code, name)| context! { code => *code, name => *name }).collect::<Vec<_>>(),
        days => days,
        access => access,
    }
}

/// Turns the form into a query, or says what is wrong with it, field by field.
fn query_of(
    state: &AppState,
    ctx: &Ctx,
    form: &SearchForm,
    per_page: usize,
) -> Result<Query, Vec<(&'static str, String)>> {
    let t = |key: &str| state.catalogues.message(&ctx.language.tag, key, None);
    let mut problems: Vec<(&'static str, String)> = Vec::new();
    let now = state.app.now();
    let mut q = Query { text: form.q.clone(), now, per_page, page: 1, active_only: false, ..Query::default() };
    q.page = form.page.trim().parse::<usize>().ok().filter(|p| *p >= 1).unwrap_or(1);
    let postcode = form.postcode.trim();
    if !postcode.is_empty() {
        match Postcode::parse(postcode) {
            Err(PostcodeError::Empty) => {}
            Err(PostcodeError::Malformed) => problems.push(("postcode", t("directory-error-postcode-malformed"))),
            Ok(p) => match search::near(&state.app, &p, None) {
                Ok(near) => q.near = Some(near),
                Err(_) => problems.push(("postcode", t("directory-error-postcode-unknown"))),
            },
        }
    }
    if !form.within.is_empty() {
        match form.within.parse::<f64>() {
            // Up to 30 miles: the widest radius a search may have is 50 km.
            Ok(miles) if miles > 0.0 && miles <= MAX_WITHIN_MILES => match q.near.as_mut() {
                Some(near) => near.within_m = Radius::metres(miles * METRES_PER_MILE),
                None if postcode.is_empty() => problems.push(("postcode", t("directory-error-within-needs-postcode"))),
                None => {}
            },
            _ => problems.push(("within", t("directory-error-within"))),
        }
    }
    if !form.ward.is_empty() {
        match WardCode::parse(&form.ward).ok().filter(|c| state.app.places().ward(c).is_some()) {
            Some(code) => q.ward = Some(code),
            None => problems.push(("ward", t("directory-error-ward"))),
        }
    }
    if !form.need.is_empty() {
        match Uuid::parse_str(&form.need) {
            Ok(id) => q.terms = vec![id],
            Err(_) => problems.push(("need", t("directory-error-need"))),
        }
    }
    if !form.age.trim().is_empty() {
        match form.age.trim().parse::<u8>() {
            Ok(age) if age <= 120 => q.age = Some(age),
            _ => problems.push(("age", t("directory-error-age"))),
        }
    }
    // At most the seven days, each once: a hand-made address could repeat one thousands of times.
    for d in &form.day {
        match WEEKDAYS.iter().find(|(_, key, _)| key == d) {
            Some((day, _, _)) if q.days.contains(day) => {}
            Some((day, _, _)) => q.days.push(*day),
            None => {
                problems.push(("day", t("directory-error-day")));
                break;
            }
        }
    }
    if ticked(&form.open_now) {
        q.open_at = Some(local_now(now));
    }
    q.free_only = ticked(&form.free);
    if !form.language.is_empty() {
        match LanguageCode::parse(&form.language) {
            Ok(l) => q.language = Some(l),
            Err(_) => problems.push(("language", t("directory-error-language"))),
        }
    }
    for a in &form.access {
        if !ACCESSIBILITY.contains(&a.as_str()) {
            problems.push(("access", t("directory-error-access")));
            break;
        }
        if !q.accessibility.contains(a) {
            q.accessibility.push(a.clone());
        }
    }
    if problems.is_empty() { Ok(q) } else { Err(problems) }
}

/// The address of another page of the same search.
fn page_link(form: &SearchForm, page: usize) -> String {
    let mut with_page =
        serde_html_form::to_string(SearchForm { page: page.to_string(), ..form.clone() }).unwrap_or_default();
    with_page = with_page.split('&').filter(|pair| !pair.ends_with('=')).collect::<Vec<_>>().join("&");
    format!("/directory?{with_page}")
}

fn shortlist_ids(headers: &HeaderMap) -> Vec<Uuid> {
    cookie(headers, SHORTLIST_COOKIE)
        .unwrap_or_default()
        .split('.')
        .filter_map(|id| Uuid::parse_str(id).ok())
        .take(SHORTLIST_MAX)
        .collect()
}

async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let form: SearchForm = serde_html_form::from_str(raw.as_deref().unwrap_or_default()).unwrap_or_default();
    let map_view = form.view == "map";
    let shortlisted: Vec<String> = shortlist_ids(&headers).iter().map(Uuid::to_string).collect();
    let query = match query_of(&state, &ctx, &form, if map_view { MAP_PER_PAGE } else { PER_PAGE }) {
        Ok(q) => q,
        Err(problems) => {
            let choices = options(&state, &ctx, &state.app.directory.read());
            let own = context! {
                form => &form, options => choices, results => Vec::<Value>::new(), total => 0, searched => false,
                page => 1, total_pages => 1, previous => None::<String>, next => None::<String>, pages => Vec::<Value>::new(),
                shortlisted => shortlisted, map => None::<Value>, list_link => "", map_link => "", here => "/directory",
            };
            return form_with_errors(&state, &ctx, "directory/search.html", own, &problems);
        }
    };
    let found = search::search(&state.app, &query);
    let index = state.app.directory.read();
    let choices = options(&state, &ctx, &index);
    let results: Vec<Value> =
        found.hits.iter().map(|h| summary(&state, &ctx, &index, &h.service, h.distance_m)).collect();
    let total_pages = found.total.div_ceil(query.per_page).max(1);
    let pages: Vec<Value> = pagination(query.page, total_pages)
        .into_iter()
        .map(|p| match p {
            Some(n) => {
                context! { number => n, href => page_link(&form, n), current => n == query.page, ellipsis => false }
            }
            None => context! { number => 0, href => "", current => false, ellipsis => true },
        })
        .collect();
    let map = map_view.then(|| result_map(&state, &index, &found.hits, query.near.as_ref()));
    let list_link = page_link(&SearchForm { view: String::new(), ..form.clone() }, 1);
    let map_link = page_link(&SearchForm { view: "map".into(), ..form.clone() }, 1);
    let searched = raw.as_deref().is_some_and(|r| !r.is_empty());
    let own = context! {
        form => &form,
        options => choices,
        results => results,
        total => found.total,
        searched => searched,
        page => query.page,
        total_pages => total_pages,
        previous => (query.page > 1).then(|| page_link(&form, query.page - 1)),
        next => (query.page < total_pages).then(|| page_link(&form, query.page + 1)),
        pages => pages,
        shortlisted => shortlisted,
        map => map,
        list_link => list_link,
        map_link => map_link,
        here => format!("/directory?{}", raw.unwrap_or_default()),
    };
    drop(index);
    page(&state, &ctx, "directory/search.html", own)
}

/// Page numbers to show: the first, the last, and those around the current one, with gaps as `None`.
fn pagination(current: usize, total: usize) -> Vec<Option<usize>> {
    let mut out = Vec::new();
    for n in 1..=total {
        if n == 1 || n == total || n.abs_diff(current) <= 1 {
            out.push(Some(n));
        } else if out.last().is_some_and(Option::is_some) {
            out.push(None);
        }
    }
    if total <= 1 { Vec::new() } else { out }
}

/// The city map with a numbered marker for each result on the page, drawn on the server.
fn result_map(state: &AppState, index: &DirectoryIndex, hits: &[kith_search::Hit], near: Option<&Near>) -> Value {
    let places = state.app.places();
    let markers: Vec<Value> = hits
        .iter()
        .enumerate()
        .filter_map(|(i, h)| {
            let at = h.service.locations.iter().filter_map(|l| index.location(*l)).find_map(|l| l.position)?;
            let (x, y) = places.on_city_map(at)?;
            Some(context! { n => i + 1, x => format!("{x:.1}"), y => format!("{y:.1}"), id => h.service.id.to_string(), name => h.service.name })
        })
        .collect();
    let you = near
        .and_then(|n| places.on_city_map(n.point))
        .map(|(x, y)| context! { x => format!("{x:.1}"), y => format!("{y:.1}") });
    context! { city => places.city_map(), markers => markers, you => you }
}

/// A service's page.
async fn service_page(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    let staff = kith_app::directory::staff_view(ctx.principal.as_ref());
    let index = state.app.directory.read();
    let (s, _) = index.service(id).ok_or(PageError::NotFound)?;
    let now = state.app.now();
    if Freshness::of(s.checked_at, now) == Freshness::Expired && !staff {
        return Err(PageError::NotFound);
    }
    let w = words(&state, &ctx);
    let t = |key: &str| state.catalogues.message(&ctx.language.tag, key, None);
    let places = state.app.places();
    let local = local_now(now);
    let locations: Vec<Value> = s
        .locations
        .iter()
        .filter_map(|l| index.location(*l))
        .map(|l| {
            let ward = l.ward.as_ref().and_then(|c| places.ward(c));
            context! {
                name => l.name,
                address => l.address,
                city => l.city,
                postcode => l.postcode.as_ref().map(|p| p.to_string()),
                ward => ward.map(|w| context! { code => w.code.as_str(), name => w.name }),
                accessibility => l.accessibility.iter().map(|a| t(&format!("access-{a}"))).collect::<Vec<_>>(),
                latitude => l.position.map(|p| format!("{:.5}", p.lat)),
                longitude => l.position.map(|p| format!("{:.5}", p.lng)),
            }
        })
        .collect();
    let schedules: Vec<Value> = s
        .schedules
        .iter()
        .map(|sc| context! { text => w.schedule(sc), note => sc.note, next => sc.next_session(local, index.holidays()).map(|at| w.next_session(at, local)) })
        .collect();
    let terms: Vec<Value> = s
        .terms
        .iter()
        .filter_map(|t| index.term(*t))
        .map(|t| context! { id => t.id.to_string(), name => t.name })
        .collect();
    let areas: Vec<Value> = s
        .areas
        .iter()
        .filter_map(|c| places.ward(c))
        .map(|w| context! { code => w.code.as_str(), name => w.name })
        .collect();
    let organisation = index.organisation(s.organisation_id);
    let shortlisted = shortlist_ids(&headers).contains(&s.id);
    // Written in the reader's language, the record is shown in it, with the English beside it.
    let written = s.written(&ctx.language.tag).map(|w| {
        let dir = state.catalogues.speaking(&w.language).map_or("ltr", |l| l.dir.as_str());
        context! { language => w.language, dir => dir, name => w.name, description => w.description }
    });
    let own = context! {
        service => context! {
            id => s.id.to_string(),
            name => s.name,
            description => s.description,
            written => written,
            eligibility => s.eligibility,
            minimum_age => s.minimum_age,
            maximum_age => s.maximum_age,
            url => s.url,
            email => s.email,
            phone => s.phone,
            cost => w.cost(&s.costs),
            costs => s.costs.iter().map(|c| context! { option => c.option, text => w.cost(std::slice::from_ref(c)) }).collect::<Vec<_>>(),
            free => s.is_free(),
            languages => s.languages.iter().map(|l| l.english_name()).collect::<Vec<_>>(),
            contacts => s.contacts.iter().map(|c| context! { name => c.name, title => c.title, email => c.email, phone => c.phone }).collect::<Vec<_>>(),
            funding => s.funding,
            checked => w.checked(s.checked_at, now),
            stale => Freshness::of(s.checked_at, now) >= Freshness::Stale,
            expired => Freshness::of(s.checked_at, now) == Freshness::Expired,
            closed => s.status == ServiceStatus::TemporarilyClosed,
            assured => s.assured_date.map(|d| w.date(d)),
        },
        organisation => organisation.map(|o| context! { name => o.name, description => o.description, email => o.email, phone => o.phone, website => o.website }),
        locations => locations,
        schedules => schedules,
        terms => terms,
        areas => areas,
        shortlisted => shortlisted,
        staff => staff,
    };
    drop(index);
    page(&state, &ctx, "directory/service.html", own)
}

/// The service's sessions as an iCalendar file.
async fn calendar(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, PageError> {
    let id = Uuid::parse_str(id.trim_end_matches(".ics")).map_err(|_| PageError::NotFound)?;
    let index = state.app.directory.read();
    let (s, _) = index.service(id).ok_or(PageError::NotFound)?;
    let location = s
        .locations
        .first()
        .and_then(|l| index.location(*l))
        .map(|l| {
            [l.name.as_str(), l.address.as_str(), l.postcode.as_ref().map_or("", |p| p.as_str())]
                .iter()
                .filter(|p| !p.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default();
    let url = format!("/directory/services/{}", s.id);
    let service = kith_standards::ical::CalendarService {
        id: s.id.to_string(),
        name: &s.name,
        description: &s.description,
        location: &location,
        url: &url,
        schedules: &s.schedules,
    };
    let ics = kith_standards::ical::calendar(&service, index.holidays(), state.app.now());
    let filename = format!("attachment; filename=\"{}.ics\"", s.id);
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8")),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&filename).unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        ics,
    )
        .into_response())
}

/// A record's field-level history, for staff.
async fn history(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    let entries = kith_app::directory::history(&state.app, principal, id).await?;
    let name = state.app.directory.read().service(id).map(|(s, _)| s.name.clone()).ok_or(PageError::NotFound)?;
    let rows: Vec<Value> = entries
        .iter()
        .map(|e| {
            let at = e.at.with_timezone(&London);
            context! {
                at => format!("{} {}", words(&state, &ctx).date(at.date_naive()), at.format("%H:%M")),
                actor => e.actor, field => e.field, old_value => e.old_value, new_value => e.new_value,
            }
        })
        .collect();
    page(&state, &ctx, "directory/history.html", context! { id => id.to_string(), name => name, entries => rows })
}

#[derive(Deserialize)]
struct ShortlistChange {
    service_id: String,
    #[serde(default)]
    remove: String,
    #[serde(default)]
    next: String,
}

/// Adds a service to (or takes it off) the visitor's shortlist, kept in a cookie: no account needed.
async fn change_shortlist(
    State(state): State<AppState>,
    headers: HeaderMap,
    Submitted(change): Submitted<ShortlistChange>,
) -> Result<Response, PageError> {
    let id = Uuid::parse_str(&change.service_id).map_err(|_| PageError::BadRequest)?;
    let mut ids = shortlist_ids(&headers);
    ids.retain(|i| *i != id);
    if change.remove.is_empty() {
        if state.app.directory.read().service(id).is_none() {
            return Err(PageError::NotFound);
        }
        ids.push(id);
        if ids.len() > SHORTLIST_MAX {
            ids.remove(0);
        }
    }
    let value = ids.iter().map(Uuid::to_string).collect::<Vec<_>>().join(".");
    let secure = if state.settings.secure_cookies { "; Secure" } else { "" };
    let cookie = format!("{SHORTLIST_COOKIE}={value}; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax{secure}");
    // Only our own pages are places to go back to.
    let next = crate::security::local_path(&change.next).unwrap_or("/directory/shortlist");
    let mut response = redirect(next);
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(response)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ShortlistView {
    ids: String,
    sent: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ShortlistEmail {
    to: String,
    ids: String,
}

/// The shortlist as an email: each service with when, where and how to get in touch, and the link to it.
fn shortlist_text(state: &AppState, ctx: &Ctx, services: &[Arc<Service>]) -> (String, String) {
    let w = words(state, ctx);
    let t = |key: &str| state.catalogues.message(&ctx.language.tag, key, None);
    let index = state.app.directory.read();
    let base = &state.app.settings.public_url;
    let city = state.app.places().city_name().unwrap_or_default().to_owned();
    let mut body = format!("{}\n\n", t("shortlist-email-intro"));
    for (n, s) in services.iter().enumerate() {
        body.push_str(&format!("{}. {}\n", n + 1, s.name));
        for sc in &s.schedules {
            body.push_str(&format!("   {}\n", w.schedule(sc)));
        }
        if let Some(l) = s.locations.first().and_then(|l| index.location(*l)) {
            let postcode = l.postcode.as_ref().map(|p| format!(", {p}")).unwrap_or_default();
            body.push_str(&format!(
                "   {}{}{postcode}\n",
                l.name,
                if l.address.is_empty() { String::new() } else { format!(", {}", l.address) }
            ));
        }
        if let Some(phone) = &s.phone {
            body.push_str(&format!("   {}: {phone}\n", t("contact-phone")));
        }
        body.push_str(&format!("   {}\n   {base}/directory/services/{}\n\n", w.cost(&s.costs), s.id));
    }
    let ids = services.iter().map(|s| s.id.to_string()).collect::<Vec<_>>().join(".");
    body.push_str(&format!("{}\n{base}/directory/shortlist?ids={ids}\n", t("shortlist-email-link")));
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("city", city);
    (state.catalogues.message(&ctx.language.tag, "shortlist-email-subject", Some(&args)), body)
}

/// Emails the shortlist (staff): to a resident who would rather have it by email than on paper.
async fn email_shortlist(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<ShortlistEmail>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?.clone();
    if !state.public_writes.allow(state.app.clock.as_ref(), ctx.ip.as_deref(), Some(&form.to)) {
        return Err(PageError::TooMany);
    }
    let services: Vec<Arc<Service>> = {
        let index = state.app.directory.read();
        form.ids
            .split('.')
            .filter_map(|i| Uuid::parse_str(i).ok())
            .take(SHORTLIST_MAX)
            .filter_map(|id| index.service(id).map(|(s, _)| s))
            .collect()
    };
    let (subject, body) = shortlist_text(&state, &ctx, &services);
    let actor = principal.actor(ctx.ip.clone());
    match kith_app::directory::email_shortlist(
        &state.app,
        &principal,
        &actor,
        &form.to,
        &subject,
        &body,
        services.len(),
    )
    .await
    {
        Ok(()) => Ok(redirect(&format!("/directory/shortlist?ids={}&sent=yes", form.ids)).into_response()),
        Err(kith_app::AppError::Invalid(problems)) => {
            let share = format!("/directory/shortlist?ids={}", form.ids);
            let own = context! { items => Vec::<Value>::new(), shared => true, share => share, printed => "", year => 0, sent => false, to => form.to, ids => form.ids };
            form_with_errors(&state, &ctx, "directory/shortlist.html", own, &problems)
        }
        Err(e) => Err(e.into()),
    }
}

/// The shortlist: the visitor's own, or one shared as a link (`?ids=`), laid out to print.
async fn shortlist(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let view: ShortlistView = serde_html_form::from_str(raw.as_deref().unwrap_or_default()).unwrap_or_default();
    let shared = !view.ids.is_empty();
    let ids: Vec<Uuid> = if shared {
        view.ids.split('.').filter_map(|i| Uuid::parse_str(i).ok()).take(SHORTLIST_MAX).collect()
    } else {
        shortlist_ids(&headers)
    };
    let index = state.app.directory.read();
    let w = words(&state, &ctx);
    let now = state.app.now();
    let local = local_now(now);
    let services: Vec<Arc<Service>> = ids.iter().filter_map(|id| index.service(*id).map(|(s, _)| s)).collect();
    let items: Vec<Value> = services
        .iter()
        .map(|s| {
            let location = s.locations.first().and_then(|l| index.location(*l));
            context! {
                id => s.id.to_string(),
                name => s.name,
                description => s.description,
                schedules => s.schedules.iter().map(|sc| w.schedule(sc)).collect::<Vec<_>>(),
                next => s.schedules.iter().filter_map(|sc| sc.next_session(local, index.holidays())).min().map(|at| w.next_session(at, local)),
                cost => w.cost(&s.costs),
                phone => s.phone,
                email => s.email,
                location => location.map(|l| context! { name => l.name, address => l.address, postcode => l.postcode.as_ref().map(|p| p.to_string()) }),
            }
        })
        .collect();
    let share =
        format!("/directory/shortlist?ids={}", services.iter().map(|s| s.id.to_string()).collect::<Vec<_>>().join("."));
    let printed = w.date(local.date());
    drop(index);
    let ids = services.iter().map(|s| s.id.to_string()).collect::<Vec<_>>().join(".");
    let own = context! {
        items => items, shared => shared, share => share, printed => printed, year => local.year(),
        sent => ticked(&view.sent), to => "", ids => ids,
    };
    page(&state, &ctx, "directory/shortlist.html", own)
}

pub fn routes() -> Routes {
    Routes::new()
        .merge(manage::routes())
        .merge(data::routes())
        .route("/directory", get(search))
        .route("/directory/services/{id}", get(service_page))
        .route("/directory/services/{id}/calendar", get(calendar))
        .route("/directory/services/{id}/history", get(history))
        .route("/directory/shortlist", get(shortlist).post(change_shortlist))
        .route("/directory/shortlist/email", axum::routing::post(email_shortlist))
}
