//! Translations as work in the product. The repository's catalogues (Fluent files, English the source) seed one
//! row per message of each community language, as a draft; community translators, each scoped to a language,
//! edit, review and approve them in Kith; the public sees only what is approved and made from the English as it is
//! now. A city using Weblate or Pontoon exports and imports the same Fluent files. A glossary per language keeps
//! terms consistent. Who may: `permission::TRANSLATE` for the language.

pub mod catalogue;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use kith_core::accounts::{Target, permission};
use kith_core::translations::{Action, Status, is_language_tag};
pub use kith_store::translations::{StoredTerm as Term, StoredTranslation as Translation};
use serde_json::json;

pub use catalogue::{Catalogue, Message};

use crate::accounts::Principal;
use crate::problems::Problems;
use crate::{Actor, App, AppError, Result, changed_meanwhile};

/// The longest glossary term and its translation or note.
pub const MAX_TERM_CHARS: usize = 200;
pub const MAX_NOTE_CHARS: usize = 1_000;

/// Offers the repository's catalogues as drafts: each message not yet stored is added, made from the English as it
/// is now; what is stored already is left alone (translators' work is never overwritten). How many were added.
pub async fn offer(app: &App, english: &Catalogue, languages: &BTreeMap<String, Catalogue>) -> Result<usize> {
    let now = app.now();
    let rows: Vec<Translation> = languages
        .iter()
        .flat_map(|(language, catalogue)| {
            catalogue.messages.iter().filter_map(move |(key, m)| {
                let english = english.messages.get(key)?;
                Some(Translation {
                    language: language.clone(),
                    key: key.clone(),
                    text: m.source.clone(),
                    english: english.source.clone(),
                    status: Status::Draft,
                    reviewed_by: None,
                    reviewed_at: None,
                    approved_by: None,
                    approved_at: None,
                    updated_by: None,
                    updated_at: now,
                })
            })
        })
        .collect();
    Ok(app.store.offer_translations(&rows).await?)
}

/// Every stored translation (what an instance publishes), or one language's.
pub async fn all(app: &App, language: Option<&str>) -> Result<Vec<Translation>> {
    Ok(app.store.translations(language).await?)
}

/// How many translations there are and when the last changed, for an instance to see it should reload.
pub async fn changed(app: &App) -> Result<(i64, Option<DateTime<Utc>>)> {
    Ok(app.store.translations_changed().await?)
}

/// Whether this person translates `language` (to show the pages and forms).
pub fn may_translate(app: &App, principal: &Principal, language: &str) -> bool {
    principal.may(app, permission::TRANSLATE, Target::Language(language))
}

/// One message as a translator sees it: the stored translation, if any.
pub async fn translation(app: &App, principal: &Principal, language: &str, key: &str) -> Result<Option<Translation>> {
    principal.require(app, permission::TRANSLATE, Target::Language(language))?;
    Ok(app.store.translation(language, key).await?)
}

/// A translator's change to one message: its text, and what they do with it (keep as a draft, mark reviewed,
/// approve). The text must be valid Fluent using only English's variables. Reviewing or approving records them as
/// the community translator who reviewed it. `seen` is the `updated_at` of the version they edited (none for a new
/// one): a change made meanwhile is a conflict.
#[allow(clippy::too_many_arguments)]
pub async fn save(
    app: &App,
    principal: &Principal,
    ip: Option<String>,
    english: &Catalogue,
    language: &str,
    key: &str,
    text: &str,
    action: Action,
    seen: Option<DateTime<Utc>>,
) -> Result<Translation> {
    principal.require(app, permission::TRANSLATE, Target::Language(language))?;
    let english_message = english.messages.get(key).ok_or(AppError::NotFound)?;
    let mut problems = Problems::default();
    let text = text.replace("\r\n", "\n");
    let message = if text.trim().is_empty() {
        problems.report("text", "Enter the translation");
        None
    } else {
        Message::parse(key, text.trim())
            .map_err(|e| problems.report("text", format!("This is not a message Kith can show: {e}")))
            .ok()
    };
    if let Some(m) = &message
        && let Err(e) = catalogue::check_message(key, m, &english_message.variables)
    {
        problems.report("text", format!("Use only the variables English uses: {e}"));
    }
    problems.finish()?;
    let message = message.ok_or(AppError::NotFound)?;
    let now = app.now();
    let previous = app.store.translation(language, key).await?;
    let (reviewed_by, reviewed_at) = if action.reviews() {
        (Some(principal.user.id), Some(now))
    } else if previous.as_ref().is_some_and(|p| p.text == message.source && p.english == english_message.source) {
        // Saving the same words again keeps who reviewed them.
        previous.as_ref().map(|p| (p.reviewed_by, p.reviewed_at)).unwrap_or_default()
    } else {
        (None, None)
    };
    let (approved_by, approved_at) =
        if action == Action::Approve { (Some(principal.user.id), Some(now)) } else { (None, None) };
    let row = Translation {
        language: language.to_owned(),
        key: key.to_owned(),
        text: message.source.clone(),
        english: english_message.source.clone(),
        status: action.status(),
        reviewed_by,
        reviewed_at,
        approved_by,
        approved_at,
        updated_by: Some(principal.user.id),
        updated_at: now,
    };
    let entry = principal.actor(ip).entry(
        now,
        "translation.saved",
        "translation",
        format!("{language}/{key}"),
        json!({ "status": row.status.as_str(), "from": previous.as_ref().map(|p| p.text.clone()), "to": row.text }),
    );
    match (seen, &previous) {
        (Some(seen), Some(_)) => app.store.save_translations(std::slice::from_ref(&row), Some(seen), &entry).await,
        (None, Some(_)) => Err(kith_store::StoreError::Conflict("translations.updated_at".into())),
        _ => app.store.save_translations(std::slice::from_ref(&row), None, &entry).await,
    }
    .map_err(changed_meanwhile)?;
    Ok(row)
}

/// The team approves its own drafts (the demo does, so its translations show): approved, but by no community
/// translator, which the coverage page says. How many were approved.
pub async fn approve_drafts_as_team(app: &App, english: &Catalogue, language: Option<&str>) -> Result<usize> {
    let now = app.now();
    let rows: Vec<Translation> = app
        .store
        .translations(language)
        .await?
        .into_iter()
        .filter(|t| t.status == Status::Draft)
        .filter_map(|t| {
            let english = english.messages.get(&t.key)?;
            Some(Translation {
                english: english.source.clone(),
                status: Status::Approved,
                approved_by: None,
                approved_at: Some(now),
                updated_by: None,
                updated_at: now,
                ..t
            })
        })
        .collect();
    if rows.is_empty() {
        return Ok(0);
    }
    let entry = Actor::command_line().entry(
        now,
        "translations.approved_by_team",
        "translations",
        language.unwrap_or("all"),
        json!({ "messages": rows.len() }),
    );
    app.store.save_translations(&rows, None, &entry).await?;
    Ok(rows.len())
}

/// Lands a catalogue file from a translation platform (Weblate, Pontoon) for one language, whole or not at all:
/// every message valid Fluent, in English, using only English's variables, else the file, the line and the
/// message. Its messages take `status` (a draft unless the city says its platform's review is enough to approve).
/// How many messages it held.
pub async fn import_from_command_line(
    app: &App,
    english: &Catalogue,
    language: &str,
    file: &str,
    text: &str,
    status: Status,
) -> Result<usize> {
    if !is_language_tag(language) || language == "en" {
        return Err(AppError::invalid("language", format!("{language:?} is not a community language tag")));
    }
    let catalogue = Catalogue::parse(file, text).map_err(|e| AppError::invalid("file", e))?;
    catalogue.check_against(english, file).map_err(|e| AppError::invalid("file", e))?;
    let now = app.now();
    let rows: Vec<Translation> = catalogue
        .messages
        .iter()
        .map(|(key, m)| Translation {
            language: language.to_owned(),
            key: key.clone(),
            text: m.source.clone(),
            english: english.messages[key].source.clone(),
            status,
            reviewed_by: None,
            reviewed_at: None,
            approved_by: None,
            approved_at: (status == Status::Approved).then_some(now),
            updated_by: None,
            updated_at: now,
        })
        .collect();
    let entry = Actor::command_line().entry(
        now,
        "translations.imported",
        "translations",
        language,
        json!({ "file": file, "messages": rows.len(), "status": status.as_str() }),
    );
    app.store.save_translations(&rows, None, &entry).await?;
    Ok(rows.len())
}

/// A language's translations as a Fluent file, for a translation platform or the repository: every message
/// translated from the English as it is now (`approved_only` for what the public sees), in key order.
pub async fn export(app: &App, english: &Catalogue, language: &str, approved_only: bool) -> Result<String> {
    let rows = app.store.translations(Some(language)).await?;
    let current = rows.iter().filter(|t| {
        english.messages.get(&t.key).is_some_and(|e| e.source == t.english)
            && (!approved_only || t.status == Status::Approved)
    });
    let mut text = format!(
        "# Kith — {language}. Exported {}; {}.\n\n",
        app.now().format("%Y-%m-%d"),
        if approved_only { "approved messages only" } else { "every current translation, whatever its status" }
    );
    text.push_str(&Catalogue::to_fluent(current.map(|t| (t.key.as_str(), t.text.as_str()))));
    Ok(text)
}

/// A language's glossary.
pub async fn glossary(app: &App, language: &str) -> Result<Vec<Term>> {
    Ok(app.store.glossary(language).await?)
}

/// Adds a term to a language's glossary, or changes its translation and note.
pub async fn save_term(
    app: &App,
    principal: &Principal,
    ip: Option<String>,
    language: &str,
    term: &str,
    translation: &str,
    note: &str,
) -> Result<Term> {
    principal.require(app, permission::TRANSLATE, Target::Language(language))?;
    let mut problems = Problems::default();
    let (term, translation, note) = (term.trim(), translation.trim(), note.trim());
    if term.is_empty() {
        problems.report("term", "Enter the English term");
    } else if term.chars().count() > MAX_TERM_CHARS {
        problems.report("term", format!("The term must be {MAX_TERM_CHARS} characters or fewer"));
    }
    if translation.is_empty() {
        problems.report("translation", "Enter its translation");
    } else if translation.chars().count() > MAX_TERM_CHARS {
        problems.report("translation", format!("The translation must be {MAX_TERM_CHARS} characters or fewer"));
    }
    if note.chars().count() > MAX_NOTE_CHARS {
        problems.report("note", format!("The note must be {MAX_NOTE_CHARS} characters or fewer"));
    }
    problems.finish()?;
    let now = app.now();
    let row = Term {
        language: language.to_owned(),
        term: term.to_owned(),
        translation: translation.to_owned(),
        note: note.to_owned(),
        updated_by: Some(principal.user.id),
        updated_at: now,
    };
    let entry = principal.actor(ip).entry(
        now,
        "glossary.term_saved",
        "glossary",
        format!("{language}/{term}"),
        json!({ "translation": row.translation, "note": row.note }),
    );
    app.store.save_term(&row, &entry).await?;
    Ok(row)
}

/// Seeds a language's glossary from the command line or the demo (terms already there are replaced).
pub async fn seed_glossary(app: &App, language: &str, terms: &[(String, String, String)]) -> Result<()> {
    let now = app.now();
    for (term, translation, note) in terms {
        let row = Term {
            language: language.to_owned(),
            term: term.clone(),
            translation: translation.clone(),
            note: note.clone(),
            updated_by: None,
            updated_at: now,
        };
        let entry = Actor::command_line().entry(
            now,
            "glossary.term_saved",
            "glossary",
            format!("{language}/{term}"),
            json!({}),
        );
        app.store.save_term(&row, &entry).await?;
    }
    Ok(())
}

/// Takes a term out of a language's glossary.
pub async fn remove_term(
    app: &App,
    principal: &Principal,
    ip: Option<String>,
    language: &str,
    term: &str,
) -> Result<()> {
    principal.require(app, permission::TRANSLATE, Target::Language(language))?;
    let entry = principal.actor(ip).entry(
        app.now(),
        "glossary.term_removed",
        "glossary",
        format!("{language}/{term}"),
        json!({}),
    );
    Ok(app.store.remove_term(language, term, &entry).await?)
}
