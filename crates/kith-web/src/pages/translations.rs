//! Translations' pages: the public coverage of each language, page by page; and, for a language's translators,
//! its messages with the English beside them, the form that edits, reviews and approves one, the glossary, and the
//! catalogue exported as a Fluent file for Weblate or Pontoon.

use std::collections::{BTreeMap, BTreeSet};

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kith_app::translations::{self as use_cases, Translation};
use kith_core::translations::{Action, Coverage, Status};
use minijinja::{Value, context};
use serde::Deserialize;

use super::{form_with_errors, page, problems_of};
use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::embedded;
use crate::errors::PageError;
use crate::routes::Routes;
use crate::security::redirect;
use crate::translations::{DEFAULT_LANGUAGE, Language};

/// The pages the public reads, as the coverage page counts them: the templates each is made of and the prefixes of
/// the messages its code says. The shell (header, footer, error pages) is part of every page.
const PAGES: &[(&str, &[&str], &[&str])] = &[
    ("shell", &["base.html", "macros.html", "error.html"], &["error-"]),
    ("home", &["home.html"], &["finder-"]),
    ("wards", &["wards.html"], &[]),
    ("ward", &["ward.html"], &["agreements-trend-"]),
    ("directory", &["directory/search.html"], &["directory-error-", "access-"]),
    ("service", &["directory/service.html"], &[]),
    (
        "dates",
        &[],
        &[
            "day-",
            "month-",
            "time-",
            "schedule-",
            "next-",
            "ago-",
            "ordinal-",
            "date",
            "checked",
            "distance-",
            "cost-",
            "list-",
        ],
    ),
    ("shortlist", &["directory/shortlist.html", "directory/saved.html"], &[]),
    (
        "forums",
        &[
            "forums/city.html",
            "forums/ward.html",
            "forums/forum.html",
            "priorities/ward.html",
            "priorities/priority.html",
            "priorities/propose.html",
            "priorities/proposed.html",
            "priorities/support.html",
            "priorities/tracker.html",
        ],
        &[],
    ),
    ("standards", &["agreements/index.html", "agreements/ward.html"], &[]),
    ("grants", &["grants/index.html", "grants/fund.html", "grants/start.html", "grants/status.html"], &[]),
    ("help", &["volunteering/help.html", "volunteering/help_sent.html", "volunteering/opportunities.html"], &[]),
    ("assets", &["assets/register.html", "assets/asset.html", "assets/ask.html", "assets/asked.html"], &[]),
];

/// The most messages one page of a translator's list shows.
const PER_PAGE: usize = 50;

/// The message keys a template's text asks for by name.
fn keys_in(template: &str) -> BTreeSet<String> {
    let Some((_, source)) = embedded::TEMPLATES.iter().find(|(name, _)| *name == template) else {
        return BTreeSet::new();
    };
    let mut keys = BTreeSet::new();
    for quote in ["t(\"", "t('"] {
        for (at, _) in source.match_indices(quote) {
            let rest = &source[at + quote.len()..];
            let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(rest.len());
            let closing = &rest[end..];
            if end > 0 && (closing.starts_with('"') || closing.starts_with('\'')) {
                keys.insert(rest[..end].to_owned());
            }
        }
    }
    keys
}

/// Each public page's messages, by the page's key.
fn page_keys(state: &AppState) -> Vec<(&'static str, BTreeSet<String>)> {
    let english = state.catalogues.english();
    PAGES
        .iter()
        .map(|(name, templates, prefixes)| {
            let mut keys: BTreeSet<String> = templates.iter().flat_map(|t| keys_in(t)).collect();
            keys.extend(english.messages.keys().filter(|k| prefixes.iter().any(|p| k.starts_with(p))).cloned());
            keys.retain(|k| english.messages.contains_key(k));
            (*name, keys)
        })
        .collect()
}

/// Where one message of a language stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standing {
    Approved,
    Waiting,
    Stale,
    Missing,
}

fn standing(english: &str, row: Option<&Translation>) -> Standing {
    match row {
        None => Standing::Missing,
        Some(t) if t.english != english => Standing::Stale,
        Some(t) if t.status == Status::Approved => Standing::Approved,
        Some(_) => Standing::Waiting,
    }
}

fn coverage(state: &AppState, keys: &BTreeSet<String>, rows: &BTreeMap<&str, &Translation>) -> Coverage {
    let english = state.catalogues.english();
    let mut c = Coverage { messages: keys.len(), ..Coverage::default() };
    for key in keys {
        let Some(e) = english.messages.get(key) else { continue };
        let row = rows.get(key.as_str()).copied();
        match standing(&e.source, row) {
            Standing::Approved => c.approved += 1,
            Standing::Waiting => c.waiting += 1,
            Standing::Stale => c.stale += 1,
            Standing::Missing => c.missing += 1,
        }
        if row.is_some_and(|t| t.english == e.source && t.reviewed_by.is_some()) {
            c.reviewed_by_translator += 1;
        }
    }
    c
}

fn community_languages(state: &AppState) -> Vec<Language> {
    state.catalogues.languages().iter().filter(|l| l.tag != DEFAULT_LANGUAGE).cloned().collect()
}

/// A community language Kith speaks, from the address.
fn language_named(state: &AppState, tag: &str) -> Result<Language, PageError> {
    community_languages(state).into_iter().find(|l| l.tag == tag).ok_or(PageError::NotFound)
}

fn coverage_value(c: &Coverage) -> Value {
    context! {
        messages => c.messages, approved => c.approved, reviewed => c.reviewed_by_translator, waiting => c.waiting,
        stale => c.stale, missing => c.missing, approved_percent => c.approved_percent(),
        reviewed_percent => c.reviewed_percent(),
    }
}

/// The public coverage page: per language, how much of each page is approved and how much a community translator
/// has reviewed, and how many messages were shown in English for want of a translation.
async fn index(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let rows = use_cases::all(&state.app, None).await?;
    let pages = page_keys(&state);
    let everything: BTreeSet<String> = state.catalogues.keys().into_iter().collect();
    let languages: Vec<Value> = community_languages(&state)
        .into_iter()
        .map(|l| {
            let mine: BTreeMap<&str, &Translation> =
                rows.iter().filter(|t| t.language == l.tag).map(|t| (t.key.as_str(), t)).collect();
            let all = coverage(&state, &everything, &mine);
            context! {
                tag => l.tag, name => l.name, dir => l.dir,
                all => coverage_value(&all),
                pages => pages.iter().map(|(page, keys)| context! { page => *page, coverage => coverage_value(&coverage(&state, keys, &mine)) }).collect::<Vec<_>>(),
                shown_in_english => state.catalogues.fallbacks(&l.tag),
                translates => ctx.principal.as_ref().is_some_and(|p| use_cases::may_translate(&state.app, p, &l.tag)),
            }
        })
        .collect();
    page(
        &state,
        &ctx,
        "translations/index.html",
        context! { languages => languages, pages => pages.iter().map(|(p, _)| *p).collect::<Vec<_>>() },
    )
}

#[derive(Deserialize, Default)]
struct ListQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    from: String,
}

/// A translator's list of a language's messages, each with its English and where it stands, filtered by where it
/// stands, by page or by words in either language.
async fn language(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(tag): Path<String>,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let language = language_named(&state, &tag)?;
    if !use_cases::may_translate(&state.app, principal, &language.tag) {
        return Err(PageError::Forbidden);
    }
    let rows = use_cases::all(&state.app, Some(&language.tag)).await?;
    let by_key: BTreeMap<&str, &Translation> = rows.iter().map(|t| (t.key.as_str(), t)).collect();
    let pages = page_keys(&state);
    let in_page = pages.iter().find(|(p, _)| *p == q.page).map(|(_, keys)| keys);
    let needle = q.q.trim().to_lowercase();
    let needle: String = needle.chars().take(100).collect();
    let english = state.catalogues.english();
    let wanted = |s: Standing| match q.status.as_str() {
        "approved" => s == Standing::Approved,
        "waiting" => s == Standing::Waiting,
        "stale" => s == Standing::Stale,
        "missing" => s == Standing::Missing,
        "todo" | "" => s != Standing::Approved,
        _ => true,
    };
    let matching: Vec<Value> = english
        .messages
        .iter()
        .filter(|(key, _)| in_page.is_none_or(|keys| keys.contains(*key)))
        .filter_map(|(key, e)| {
            let row = by_key.get(key.as_str()).copied();
            let s = standing(&e.source, row);
            if !wanted(s) {
                return None;
            }
            if !needle.is_empty()
                && !key.contains(&needle)
                && !e.source.to_lowercase().contains(&needle)
                && !row.is_some_and(|t| t.text.to_lowercase().contains(&needle))
            {
                return None;
            }
            Some(context! {
                key => key, english => e.source, text => row.map(|t| t.text.clone()),
                standing => standing_key(s, row),
            })
        })
        .collect();
    let from = q.from.parse::<usize>().unwrap_or(0).min(matching.len());
    let shown: Vec<Value> = matching.iter().skip(from).take(PER_PAGE).cloned().collect();
    page(
        &state,
        &ctx,
        "translations/language.html",
        context! {
            language => language, messages => shown, total => matching.len(), from => from,
            next => (from + PER_PAGE < matching.len()).then_some(from + PER_PAGE),
            previous => (from > 0).then(|| from.saturating_sub(PER_PAGE)),
            status => q.status, page_key => q.page, q => q.q,
            pages => pages.iter().map(|(p, _)| *p).collect::<Vec<_>>(),
        },
    )
}

fn standing_key(s: Standing, row: Option<&Translation>) -> &'static str {
    match s {
        Standing::Approved => "approved",
        Standing::Stale => "stale",
        Standing::Missing => "missing",
        Standing::Waiting if row.is_some_and(|t| t.status == Status::Reviewed) => "reviewed",
        Standing::Waiting => "draft",
    }
}

#[derive(Deserialize, Default)]
struct MessageForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    seen: String,
}

async fn message_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((tag, key)): Path<(String, String)>,
) -> Result<Response, PageError> {
    render_message(&state, &ctx, &tag, &key, None, &[]).await
}

async fn render_message(
    state: &AppState,
    ctx: &Ctx,
    tag: &str,
    key: &str,
    form: Option<&MessageForm>,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let language = language_named(state, tag)?;
    let english = state.catalogues.english().messages.get(key).ok_or(PageError::NotFound)?;
    let row = use_cases::translation(&state.app, principal, &language.tag, key).await?;
    let glossary = use_cases::glossary(&state.app, &language.tag).await?;
    let lower = english.source.to_lowercase();
    let terms: Vec<Value> = glossary
        .iter()
        .filter(|t| lower.contains(&t.term.to_lowercase()))
        .map(|t| context! { term => t.term, translation => t.translation, note => t.note })
        .collect();
    let s = standing(&english.source, row.as_ref());
    let text = form.map(|f| f.text.clone()).or_else(|| row.as_ref().map(|t| t.text.clone())).unwrap_or_default();
    let seen = form
        .map(|f| f.seen.clone())
        .unwrap_or_else(|| row.as_ref().map(|t| t.updated_at.to_rfc3339()).unwrap_or_default());
    form_with_errors(
        state,
        ctx,
        "translations/message.html",
        context! {
            language => language, key => key, english => english.source,
            variables => english.variables.iter().map(|v| format!("{{ ${v} }}")).collect::<Vec<_>>(),
            text => text, seen => seen, standing => standing_key(s, row.as_ref()),
            reviewed => row.as_ref().is_some_and(|t| t.reviewed_by.is_some()),
            terms => terms,
        },
        problems,
    )
}

async fn save_message(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((tag, key)): Path<(String, String)>,
    Submitted(form): Submitted<MessageForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let language = language_named(&state, &tag)?;
    let action = match form.action.as_str() {
        "review" => Action::Review,
        "approve" => Action::Approve,
        _ => Action::Save,
    };
    let seen = chrono::DateTime::parse_from_rfc3339(form.seen.trim()).ok().map(|t| t.to_utc());
    let saved = use_cases::save(
        &state.app,
        principal,
        ctx.ip.clone(),
        state.catalogues.english(),
        &language.tag,
        &key,
        &form.text,
        action,
        seen,
    )
    .await;
    match saved {
        Ok(_) => {
            state.catalogues.refresh_now(&state.app).await.map_err(|e| PageError::Internal(e.to_string()))?;
            Ok(redirect(&format!("/translations/{}?saved={key}", language.tag)))
        }
        Err(e) => {
            let problems = problems_of(e)?;
            render_message(&state, &ctx, &tag, &key, Some(&form), &problems).await
        }
    }
}

#[derive(Deserialize, Default)]
struct TermForm {
    #[serde(default)]
    term: String,
    #[serde(default)]
    translation: String,
    #[serde(default)]
    note: String,
}

async fn glossary_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(tag): Path<String>,
) -> Result<Response, PageError> {
    render_glossary(&state, &ctx, &tag, &TermForm::default(), &[]).await
}

async fn render_glossary(
    state: &AppState,
    ctx: &Ctx,
    tag: &str,
    form: &TermForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let language = language_named(state, tag)?;
    let translates = ctx.principal.as_ref().is_some_and(|p| use_cases::may_translate(&state.app, p, &language.tag));
    let terms = use_cases::glossary(&state.app, &language.tag).await?;
    form_with_errors(
        state,
        ctx,
        "translations/glossary.html",
        context! {
            language => language, translates => translates,
            terms => terms.iter().map(|t| context! { term => t.term, translation => t.translation, note => t.note }).collect::<Vec<_>>(),
            form => context! { term => form.term, translation => form.translation, note => form.note },
        },
        problems,
    )
}

async fn save_term(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(tag): Path<String>,
    Submitted(form): Submitted<TermForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let language = language_named(&state, &tag)?;
    match use_cases::save_term(
        &state.app,
        principal,
        ctx.ip.clone(),
        &language.tag,
        &form.term,
        &form.translation,
        &form.note,
    )
    .await
    {
        Ok(_) => Ok(redirect(&format!("/translations/{}/glossary", language.tag))),
        Err(e) => {
            let problems = problems_of(e)?;
            render_glossary(&state, &ctx, &tag, &form, &problems).await
        }
    }
}

#[derive(Deserialize)]
struct RemoveForm {
    term: String,
}

async fn remove_term(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(tag): Path<String>,
    Submitted(form): Submitted<RemoveForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let language = language_named(&state, &tag)?;
    use_cases::remove_term(&state.app, principal, ctx.ip.clone(), &language.tag, &form.term).await?;
    Ok(redirect(&format!("/translations/{}/glossary", language.tag)))
}

#[derive(Deserialize, Default)]
struct ExportQuery {
    #[serde(default)]
    approved: String,
}

/// A language's catalogue as a Fluent file, for a translation platform or the repository.
async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(file): Path<(String, String)>,
    Query(q): Query<ExportQuery>,
) -> Result<Response, PageError> {
    let (tag, name) = file;
    if name != "main.ftl" {
        return Err(PageError::NotFound);
    }
    let principal = ctx.signed_in()?;
    let language = language_named(&state, &tag)?;
    if !use_cases::may_translate(&state.app, principal, &language.tag) {
        return Err(PageError::Forbidden);
    }
    let text = use_cases::export(&state.app, state.catalogues.english(), &language.tag, q.approved == "yes").await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}.ftl\"", language.tag)),
        ],
        text,
    )
        .into_response())
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/translations", get(index))
        .route("/translations/{language}", get(language))
        .route("/translations/{language}/messages/{key}", get(message_page).post(save_message))
        .route("/translations/{language}/glossary", get(glossary_page).post(save_term))
        .route("/translations/{language}/glossary/remove", post(remove_term))
        .route("/translations/{language}/export/{file}", get(export))
}
