//! Areas: a ward or a neighbourhood (a group of wards), as the work of forums, virtual teams and the stakeholder
//! map is placed in them, and who keeps the work of an area (the forums permission, for every ward it covers).

use kith_core::accounts::{Target, permission};
use kith_core::places::WardCode;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::{App, AppError, Result};

/// A known ward, or not found.
pub fn known_ward(app: &App, code: &str) -> Result<WardCode> {
    WardCode::parse(code).ok().filter(|w| app.places().ward(w).is_some()).ok_or(AppError::NotFound)
}

/// The kinds of area a virtual team is for.
pub const AREA_KINDS: [&str; 2] = ["ward", "neighbourhood"];

/// The wards an area covers: a ward itself, or a neighbourhood's wards.
pub fn area_wards(app: &App, kind: &str, id: &str) -> Result<Vec<WardCode>> {
    let places = app.places();
    match kind {
        "ward" => Ok(vec![known_ward(app, id)?]),
        "neighbourhood" => {
            let n = Uuid::parse_str(id).ok().and_then(|id| places.neighbourhood(id)).ok_or(AppError::NotFound)?;
            Ok(n.wards.iter().filter_map(|w| WardCode::parse(w).ok()).collect())
        }
        _ => Err(AppError::NotFound),
    }
}

/// The area's name, for pages and emails.
pub fn area_name(app: &App, kind: &str, id: &str) -> String {
    let places = app.places();
    match kind {
        "ward" => WardCode::parse(id).ok().and_then(|w| places.ward(&w)).map(|w| w.name.clone()),
        _ => Uuid::parse_str(id).ok().and_then(|id| places.neighbourhood(id)).map(|n| n.name.clone()),
    }
    .unwrap_or_default()
}

/// Whether someone keeps the forums, priorities, actions and virtual teams of every ward in `wards`.
pub fn may_manage(app: &App, principal: &Principal, wards: &[WardCode]) -> Result<()> {
    principal.require(app, permission::FORUMS_MANAGE, Target::Wards(wards))
}
