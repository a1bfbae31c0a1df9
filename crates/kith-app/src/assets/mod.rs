//! Community assets: the register of buildings and spaces communities use (public), kept by those with
//! `assets.manage` for the ward; `transfers` runs Community Asset Transfers stage by stage against the council's
//! published targets; `acv` records nominations of Assets of Community Value and their statutory steps; `worker`
//! warns before a listing ends.

pub mod acv;
pub mod transfers;
pub mod worker;

use kith_core::accounts::{Target, permission};
use kith_core::assets::{AssetKind, Condition, Owner};
use kith_core::directory::ACCESSIBILITY;
use kith_core::places::{Postcode, WardCode};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

pub use kith_store::assets::{StageEntry, StoredAsset, StoredNomination, StoredTransfer};

use crate::accounts::Principal;
use crate::places::{At, Place};
use crate::problems::{Problems, choice, optional, text_within};
use crate::{Actor, App, AppError, Result};

/// The most people a building's capacity may say.
pub const MAX_CAPACITY: i64 = 100_000;

/// Whether `principal` keeps the assets of `ward` (or, with no ward, of the whole city).
pub fn may_manage(app: &App, principal: &Principal, ward: Option<&WardCode>) -> Result<()> {
    let target = match ward {
        Some(w) => Target::Wards(std::slice::from_ref(w)),
        None => Target::City,
    };
    principal.require(app, permission::ASSETS_MANAGE, target)
}

/// Who is acting on a public journey: a community group itself, online, or an officer for them, by phone or from
/// paper (recorded as such, and counted alike).
#[derive(Debug, Clone, Copy)]
pub enum By<'a> {
    Online,
    Staff(&'a Principal),
}

impl By<'_> {
    /// Refuses a member of staff who keeps no assets; the public may always start.
    fn may_start(self) -> Result<()> {
        match self {
            By::Online => Ok(()),
            By::Staff(p) => may_manage_somewhere(p),
        }
    }

    /// Refuses a member of staff who does not keep the assets of `ward`.
    fn may_act_in(self, app: &App, ward: &str) -> Result<()> {
        match self {
            By::Online => Ok(()),
            By::Staff(p) => {
                let ward = WardCode::parse(ward).map_err(|e| AppError::Internal(e.to_string()))?;
                may_manage(app, p, Some(&ward))
            }
        }
    }

    fn handler(self) -> Option<Uuid> {
        match self {
            By::Online => None,
            By::Staff(p) => Some(p.user.id),
        }
    }
}

/// Whether `principal` keeps the assets of the ward whose code this is.
pub(crate) fn keeps_ward_of(app: &App, principal: &Principal, ward: &str) -> bool {
    WardCode::parse(ward).is_ok_and(|w| may_manage(app, principal, Some(&w)).is_ok())
}

/// Whether `principal` keeps assets anywhere (the question the staff pages ask first).
pub fn may_manage_somewhere(principal: &Principal) -> Result<()> {
    principal.require_somewhere(permission::ASSETS_MANAGE)
}

/// An asset as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct AssetForm {
    pub name: String,
    pub kind: String,
    pub owner: String,
    pub owner_name: String,
    pub condition: String,
    pub capacity: String,
    pub accessibility: Vec<String>,
    pub postcode: String,
    pub address: String,
    pub used_by: String,
    /// The directory location it is (its id), or blank.
    pub location: String,
    pub version: String,
}

impl AssetForm {
    pub fn of(a: &StoredAsset) -> AssetForm {
        AssetForm {
            name: a.name.clone(),
            kind: a.kind.as_str().into(),
            owner: a.owner.as_str().into(),
            owner_name: a.owner_name.clone(),
            condition: a.condition.as_str().into(),
            capacity: a.capacity.map(|c| c.to_string()).unwrap_or_default(),
            accessibility: a.accessibility.clone(),
            postcode: String::new(),
            address: a.address.clone(),
            used_by: a.used_by.clone(),
            location: a.location_id.map(|l| l.to_string()).unwrap_or_default(),
            version: a.version.to_string(),
        }
    }
}

/// What a checked asset form says, placed in its ward.
struct AssetCommand {
    name: String,
    kind: AssetKind,
    owner: Owner,
    owner_name: String,
    condition: Condition,
    capacity: Option<i64>,
    accessibility: Vec<String>,
    /// The ward and position, from the postcode; `None` when the postcode was left blank (an edit keeps its place).
    place: Option<(WardCode, (f64, f64))>,
    address: String,
    used_by: String,
    location: Option<Uuid>,
}

fn read_form(app: &App, form: &AssetForm, needs_place: bool) -> std::result::Result<AssetCommand, Problems> {
    let mut problems = Problems::default();
    let name = text_within(&mut problems, "name", &form.name, 200, Some("Enter the building's name"));
    let kind = choice(&mut problems, "kind", &form.kind, AssetKind::CommunityCentre, "Choose what it is");
    let owner = choice(&mut problems, "owner", &form.owner, Owner::Council, "Choose who owns it");
    let owner_name = text_within(&mut problems, "owner_name", &form.owner_name, 200, None);
    let condition = choice(&mut problems, "condition", &form.condition, Condition::Unknown, "Choose its condition");
    let capacity = optional(&mut problems, "capacity", &form.capacity, |t| {
        t.parse::<i64>()
            .ok()
            .filter(|c| (1..=MAX_CAPACITY).contains(c))
            .ok_or("Enter how many people it holds, as a number from 1 to 100,000")
    });
    let accessibility: Vec<String> =
        ACCESSIBILITY.iter().filter(|k| form.accessibility.iter().any(|a| a == *k)).map(|k| (*k).to_owned()).collect();
    if form.accessibility.len() > ACCESSIBILITY.len() || accessibility.len() != form.accessibility.len() {
        problems.push(("accessibility", "Choose from the features listed".into()));
    }
    let places = app.places();
    let place = match form.postcode.trim() {
        "" if needs_place => {
            problems.push(("postcode", "Enter the building's postcode, so that it is placed in its ward".into()));
            None
        }
        "" => None,
        text => match Postcode::parse(text).ok().map(|p| places.place(At::Postcode(&p))) {
            Some(Place::InCity { position, ward }) => Some((ward.code.clone(), (position.lat, position.lng))),
            _ => {
                problems.push(("postcode", "Enter a postcode in the city, like B15 2TT".into()));
                None
            }
        },
    };
    let address = text_within(&mut problems, "address", &form.address, 300, None);
    let used_by = text_within(&mut problems, "used_by", &form.used_by, 2_000, None);
    let location = match form.location.trim() {
        "" => None,
        text => {
            let found = Uuid::parse_str(text).ok().filter(|id| app.directory.read().location(*id).is_some());
            if found.is_none() {
                problems.push(("location", "Choose a place in the directory, or none".into()));
            }
            found
        }
    };
    let (kind, owner, condition, capacity) = match (kind, owner, condition, capacity) {
        (Ok(k), Ok(o), Ok(c), Ok(cap)) if problems.is_empty() => (k, o, c, cap),
        _ => return Err(problems),
    };
    Ok(AssetCommand {
        name,
        kind,
        owner,
        owner_name,
        condition,
        capacity,
        accessibility,
        place,
        address,
        used_by,
        location,
    })
}

/// Adds an asset to the register (`id` `None`) or changes one, for someone who keeps the assets of its ward.
pub async fn save(app: &App, principal: &Principal, actor: &Actor, id: Option<Uuid>, form: &AssetForm) -> Result<Uuid> {
    may_manage_somewhere(principal)?;
    let existing = match id {
        Some(id) => Some(app.store.asset(id).await?.ok_or(AppError::NotFound)?),
        None => None,
    };
    let command = read_form(app, form, existing.is_none()).map_err(Problems::into_error)?;
    let at = app.now();
    let asset = match existing {
        Some(old) => {
            if form.version.trim() != old.version.to_string() {
                return Err(AppError::Conflict(crate::CHANGED_MEANWHILE.into()));
            }
            let ward = WardCode::parse(&old.ward_code).map_err(|e| AppError::Internal(e.to_string()))?;
            may_manage(app, principal, Some(&ward))?;
            let (ward_code, position) = match &command.place {
                Some((w, p)) => {
                    // Moving it to another ward needs that ward's keeping too.
                    may_manage(app, principal, Some(w))?;
                    (w.to_string(), Some(*p))
                }
                None => (old.ward_code.clone(), old.position),
            };
            StoredAsset { ward_code, position, updated_at: at, version: old.version + 1, ..fill(old, &command) }
        }
        None => {
            let (ward, position) = command.place.clone().ok_or(AppError::Internal("placed above".into()))?;
            may_manage(app, principal, Some(&ward))?;
            let blank = StoredAsset {
                id: Uuid::new_v4(),
                name: String::new(),
                kind: command.kind,
                owner: command.owner,
                owner_name: String::new(),
                condition: command.condition,
                capacity: None,
                accessibility: Vec::new(),
                ward_code: ward.to_string(),
                address: String::new(),
                position: Some(position),
                location_id: None,
                used_by: String::new(),
                organisations: Vec::new(),
                created_at: at,
                updated_at: at,
                version: 1,
            };
            fill(blank, &command)
        }
    };
    let entry = actor.entry(at, "asset.saved", "community_asset", asset.id, json!({ "name": asset.name }));
    app.store.save_asset(&asset, &entry).await?;
    Ok(asset.id)
}

fn fill(asset: StoredAsset, c: &AssetCommand) -> StoredAsset {
    StoredAsset {
        name: c.name.clone(),
        kind: c.kind,
        owner: c.owner,
        owner_name: c.owner_name.clone(),
        condition: c.condition,
        capacity: c.capacity,
        accessibility: c.accessibility.clone(),
        address: c.address.clone(),
        used_by: c.used_by.clone(),
        location_id: c.location,
        ..asset
    }
}

/// Adds assets as the server (the demo's register), each with its audit row.
pub async fn add_from_command_line(app: &App, assets: &[StoredAsset]) -> Result<()> {
    let actor = Actor::command_line();
    for asset in assets {
        let entry = actor.entry(app.now(), "asset.saved", "community_asset", asset.id, json!({ "name": asset.name }));
        app.store.save_asset(asset, &entry).await?;
    }
    Ok(())
}

/// An asset as the register shows it.
#[derive(Debug, Clone, Serialize)]
pub struct AssetLine {
    pub id: Uuid,
    pub name: String,
    pub kind: &'static str,
    pub owner: &'static str,
    pub owner_name: String,
    pub condition: &'static str,
    pub capacity: Option<i64>,
    pub accessibility: Vec<String>,
    pub ward_code: String,
    pub ward: String,
    pub address: String,
    pub used_by: String,
    pub organisations: Vec<String>,
    pub version: i64,
}

fn line(app: &App, a: &StoredAsset, names: &std::collections::HashMap<Uuid, String>) -> AssetLine {
    let ward = WardCode::parse(&a.ward_code)
        .ok()
        .and_then(|c| app.places().ward(&c).map(|w| w.name.clone()))
        .unwrap_or_else(|| a.ward_code.clone());
    AssetLine {
        id: a.id,
        name: a.name.clone(),
        kind: a.kind.words(),
        owner: match a.owner {
            Owner::Council => "The council",
            Owner::Other => "Another owner",
        },
        owner_name: a.owner_name.clone(),
        condition: a.condition.as_str(),
        capacity: a.capacity,
        accessibility: a.accessibility.clone(),
        ward_code: a.ward_code.clone(),
        ward,
        address: a.address.clone(),
        used_by: a.used_by.clone(),
        organisations: a.organisations.iter().filter_map(|o| names.get(o).cloned()).collect(),
        version: a.version,
    }
}

async fn organisation_names(app: &App) -> Result<std::collections::HashMap<Uuid, String>> {
    Ok(app.store.organisations().await?.into_iter().map(|o| (o.id, o.name)).collect())
}

/// The register (public): every building and space, or a ward's, in ward and name order.
pub async fn register(app: &App, ward: Option<&WardCode>) -> Result<Vec<AssetLine>> {
    let names = organisation_names(app).await?;
    let mut lines = Vec::new();
    for a in app.store.assets().await? {
        if ward.is_none_or(|w| w.as_str() == a.ward_code) {
            lines.push(line(app, &a, &names));
        }
    }
    Ok(lines)
}

/// One asset with the directory's services held there, its transfers and nominations as the public may see them.
#[derive(Debug, Clone, Serialize)]
pub struct AssetPage {
    pub asset: AssetLine,
    /// The directory location it is, and the services held there: (id, name).
    pub location: Option<String>,
    pub services: Vec<(Uuid, String)>,
    pub transfers: Vec<transfers::TransferLine>,
    pub nominations: Vec<acv::NominationLine>,
}

/// An asset's page (public).
pub async fn asset_page(app: &App, id: Uuid) -> Result<AssetPage> {
    let asset = app.store.asset(id).await?.ok_or(AppError::NotFound)?;
    let names = organisation_names(app).await?;
    let transfers = transfers::lines(app, Some(id)).await?;
    let nominations = acv::lines(app, Some(id)).await?;
    let (location, services) = match asset.location_id {
        Some(at) => {
            let index = app.directory.read();
            let held = index.services_at(at).iter().map(|s| (s.id, s.name.clone())).collect();
            (index.location(at).map(|l| l.name.clone()), held)
        }
        None => (None, Vec::new()),
    };
    Ok(AssetPage { asset: line(app, &asset, &names), location, services, transfers, nominations })
}

/// An asset's form as stored, for someone who keeps its ward's assets.
pub async fn edit_form(app: &App, principal: &Principal, id: Uuid) -> Result<AssetForm> {
    let asset = app.store.asset(id).await?.ok_or(AppError::NotFound)?;
    let ward = WardCode::parse(&asset.ward_code).map_err(|e| AppError::Internal(e.to_string()))?;
    may_manage(app, principal, Some(&ward))?;
    Ok(AssetForm::of(&asset))
}

/// The directory's places in an asset's ward, for its form to choose from: (id, name).
pub async fn directory_places(app: &App, id: Uuid) -> Result<Vec<(Uuid, String)>> {
    let asset = app.store.asset(id).await?.ok_or(AppError::NotFound)?;
    let ward = WardCode::parse(&asset.ward_code).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(app.directory.read().locations_in(&ward).iter().map(|l| (l.id, l.name.clone())).collect())
}

/// The name of an asset, for lists that name them.
pub(crate) async fn names(app: &App) -> Result<std::collections::HashMap<Uuid, (String, String)>> {
    Ok(app.store.assets().await?.into_iter().map(|a| (a.id, (a.name, a.ward_code))).collect())
}
