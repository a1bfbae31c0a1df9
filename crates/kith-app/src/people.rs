//! The records of councillors and coordinators: the public see them on ward pages; administrators (city-wide)
//! and coordinators (for their own patch) keep them.

use std::sync::Arc;

use kith_core::accounts::{Email, Target, permission};
use kith_core::people::{MAX_COUNCILLORS_PER_WARD, Office, Representative};
use kith_core::places::WardCode;
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::problems::Problems;
use crate::{Actor, App, AppError, Result};

/// A ward's people, as its page shows them.
#[derive(Debug, Clone, Default)]
pub struct WardPeople {
    pub councillors: Vec<Representative>,
    pub coordinators: Vec<Representative>,
}

pub async fn for_ward(app: &App, ward: &WardCode) -> Result<WardPeople> {
    Ok(of_ward(&everyone(app).await?, ward))
}

/// A ward's representatives, from everyone's.
pub fn of_ward(everyone: &[Representative], ward: &WardCode) -> WardPeople {
    let mut people = WardPeople::default();
    for rep in everyone {
        if rep.wards.contains(ward) {
            match rep.office {
                Office::Councillor => people.councillors.push(rep.clone()),
                Office::Coordinator => people.coordinators.push(rep.clone()),
            }
        }
    }
    people
}

/// Every representative, as every ward's page shows some: kept a minute (they change a few times a year), and
/// forgotten when one is saved or removed here.
pub async fn everyone(app: &App) -> Result<Arc<Vec<Representative>>> {
    app.representatives.through(&(), async || Ok(app.store.representatives().await?)).await
}

/// How long the representatives are kept.
pub const REPRESENTATIVES_FRESH: std::time::Duration = std::time::Duration::from_secs(60);

/// Whether someone keeps the records of councillors and coordinators somewhere (the list and the new-record form
/// ask this; a change asks it for the record's wards).
pub fn may_keep_somewhere(by: &Principal) -> Result<()> {
    by.require_somewhere(permission::MANAGE_REPRESENTATIVES)
}

/// The records this person may keep.
pub async fn list(app: &App, by: &Principal) -> Result<Vec<Representative>> {
    may_keep_somewhere(by)?;
    let all = app.store.representatives().await?;
    Ok(all.into_iter().filter(|r| by.may(app, permission::MANAGE_REPRESENTATIVES, Target::Wards(&r.wards))).collect())
}

pub async fn get(app: &App, by: &Principal, id: Uuid) -> Result<Representative> {
    let rep = app.store.representative(id).await?.ok_or(AppError::NotFound)?;
    by.require(app, permission::MANAGE_REPRESENTATIVES, Target::Wards(&rep.wards))?;
    Ok(rep)
}

/// A representative as entered in the form.
#[derive(Debug, Clone, Default)]
pub struct RepresentativeForm {
    pub name: String,
    pub office: String,
    pub affiliation: String,
    pub email: String,
    pub phone: String,
    pub wards: Vec<String>,
}

async fn check(app: &App, id: Uuid, form: &RepresentativeForm) -> Result<Representative> {
    let mut problems = Problems::default();
    let name = form.name.trim();
    if name.is_empty() {
        problems.push(("name", "Enter their name".to_owned()));
    }
    let office = Office::parse(&form.office);
    if office.is_none() {
        problems.push(("office", "Select whether they are a councillor or a coordinator".to_owned()));
    }
    let email = form.email.trim();
    if !email.is_empty()
        && let Err(e) = Email::parse(email)
    {
        problems.push(("email", e.to_string()));
    }
    let phone = form.phone.trim();
    if !phone.chars().all(|c| c.is_ascii_digit() || " +()-".contains(c))
        || phone.chars().filter(char::is_ascii_digit).count() > 15
    {
        problems.push(("phone", "Enter a telephone number, like 0121 303 1111".to_owned()));
    }
    if email.is_empty() && phone.is_empty() {
        problems
            .push(("email", "Enter an email address or a telephone number, so residents can get in touch".to_owned()));
    }
    let places = app.places();
    let mut wards = Vec::new();
    for code in &form.wards {
        match WardCode::parse(code).ok().filter(|c| places.ward(c).is_some()) {
            Some(code) if !wards.contains(&code) => wards.push(code),
            Some(_) => {}
            None => problems.push(("wards", format!("{code:?} is not one of the city's wards"))),
        }
    }
    if wards.is_empty() && form.wards.is_empty() {
        problems.push(("wards", "Select at least one ward".to_owned()));
    }
    if office == Some(Office::Councillor) {
        let others = app.store.representatives().await?;
        for ward in &wards {
            let count = others
                .iter()
                .filter(|r| r.id != id && r.office == Office::Councillor && r.wards.contains(ward))
                .count();
            if count >= MAX_COUNCILLORS_PER_WARD {
                let name = places.ward(ward).map_or(ward.as_str(), |w| w.name.as_str());
                problems.push(("wards", format!("{name} already has {MAX_COUNCILLORS_PER_WARD} councillors")));
            }
        }
    }
    let Some(office) = office.filter(|_| problems.is_empty()) else {
        return Err(problems.into_error());
    };
    Ok(Representative {
        id,
        name: name.to_owned(),
        office,
        affiliation: form.affiliation.trim().to_owned(),
        email: email.to_lowercase(),
        phone: phone.to_owned(),
        wards,
    })
}

/// Adds (`id` of `None`) or changes a representative. Changing one needs permission over their wards before and
/// after the change.
pub async fn save(
    app: &App,
    by: &Principal,
    actor: &Actor,
    id: Option<Uuid>,
    form: &RepresentativeForm,
) -> Result<Uuid> {
    let before = match id {
        Some(id) => Some(get(app, by, id).await?),
        None => None,
    };
    let rep = check(app, id.unwrap_or_else(Uuid::new_v4), form).await?;
    if !by.may(app, permission::MANAGE_REPRESENTATIVES, Target::Wards(&rep.wards)) {
        return Err(AppError::invalid("wards", "You can only choose wards you look after"));
    }
    write(app, actor, before, rep).await
}

/// Adds a representative without a signed-in person (the demo and the command line).
pub async fn save_from_command_line(app: &App, form: &RepresentativeForm) -> Result<Uuid> {
    let rep = check(app, Uuid::new_v4(), form).await?;
    write(app, &Actor::command_line(), None, rep).await
}

async fn write(app: &App, actor: &Actor, before: Option<Representative>, rep: Representative) -> Result<Uuid> {
    let now = app.now();
    let action = if before.is_some() { "representative.updated" } else { "representative.created" };
    let entry = actor.entry(now, action, "representative", rep.id, json!({ "from": before, "to": rep }));
    app.store.save_representative(&rep, now, &entry).await?;
    app.representatives.forget_all();
    Ok(rep.id)
}

pub async fn remove(app: &App, by: &Principal, actor: &Actor, id: Uuid) -> Result<()> {
    let rep = get(app, by, id).await?;
    let entry = actor.entry(app.now(), "representative.removed", "representative", id, json!({ "from": rep }));
    app.store.remove_representative(id, &entry).await?;
    app.representatives.forget_all();
    Ok(())
}
