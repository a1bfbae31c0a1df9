//! Letters: the notices of residents whose channel is post, queued by the worker for staff to print, post and mark
//! as sent. A letter is in the resident's language where a wording exists in it, and in large print where their
//! needs say so.

use kith_core::accounts::permission;
use serde_json::json;
use uuid::Uuid;

use super::Letter;
use crate::accounts::Principal;
use crate::{App, AppError, Result};

/// The most letters a list shows.
pub const LIST_LIMIT: i64 = 500;

/// Letters waiting to be printed, oldest first (or every letter, with `printed`). They hold residents' addresses,
/// so only staff who may see residents' details read them.
pub async fn letters(app: &App, principal: &Principal, printed: bool) -> Result<Vec<Letter>> {
    principal.require_somewhere(permission::CASES_PERSONAL)?;
    Ok(app.store.letters(printed, LIST_LIMIT).await?)
}

pub async fn letter(app: &App, principal: &Principal, id: Uuid) -> Result<Letter> {
    principal.require_somewhere(permission::CASES_PERSONAL)?;
    app.store.letter(id).await?.ok_or(AppError::NotFound)
}

/// Marks a letter printed and posted; a letter already marked is a conflict.
pub async fn mark_printed(app: &App, principal: &Principal, ip: Option<String>, id: Uuid) -> Result<()> {
    let letter = letter(app, principal, id).await?;
    let now = app.now();
    let entry = principal.actor(ip).entry(now, "letter.printed", "letter", id, json!({ "case": letter.case_id }));
    if app.store.letter_printed(id, principal.user.id, now, &entry).await? {
        Ok(())
    } else {
        Err(AppError::Conflict("This letter was already marked as printed.".into()))
    }
}
