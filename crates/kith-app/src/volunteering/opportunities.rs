//! Organisations' opportunities for volunteers: regular roles and one-off tasks, posted by the organisation's own
//! members (or a coordinator for them), found by anyone by postcode and interest.

use chrono::NaiveDate;
use kith_core::accounts::{Target, permission};
use kith_core::places::{DistanceFrom, LatLng};
use kith_core::volunteering::{OpportunityKind, Skill, Skills};
use kith_store::volunteering::Opportunity;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::{in_the_city, skills_of};
use crate::accounts::Principal;
use crate::problems::{Problems, choice, optional, text_within};
use crate::{Actor, App, AppError, Result};

/// An opportunity as its form sends it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct OpportunityForm {
    pub organisation: String,
    pub title: String,
    pub description: String,
    pub kind: String,
    pub skills: Vec<String>,
    pub postcode: String,
    pub starts_on: String,
    pub ends_on: String,
}

/// Whether `principal` may post for `organisation`: one of its members, or a coordinator of volunteering.
pub fn may_post(app: &App, principal: &Principal, organisation: Uuid) -> Result<()> {
    if principal.may(app, permission::VOLUNTEERING_POST, Target::Organisation(organisation))
        || principal.holds(permission::VOLUNTEERING_COORDINATE)
    {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The organisations `principal` may post for, by name: every one for a coordinator, else those they belong to.
pub async fn organisations_for(app: &App, principal: &Principal) -> Result<Vec<(Uuid, String)>> {
    let mut found: Vec<(Uuid, String)> = if principal.holds(permission::VOLUNTEERING_COORDINATE) {
        app.store.organisations().await?.into_iter().map(|o| (o.id, o.name)).collect()
    } else {
        let mine: Vec<Uuid> = principal
            .grants
            .iter()
            .filter_map(|g| match g.scope {
                kith_core::accounts::Scope::Organisation(id) => Some(id),
                _ => None,
            })
            .filter(|id| may_post(app, principal, *id).is_ok())
            .collect();
        app.store.organisation_names(&mine).await?.into_iter().collect()
    };
    if found.is_empty() {
        return Err(AppError::Forbidden);
    }
    found.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(found)
}

fn a_date(text: &str) -> std::result::Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| "Enter a real date, like 2026-03-31".to_owned())
}

/// Posts an opportunity for an organisation.
pub async fn post(app: &App, principal: &Principal, actor: &Actor, form: &OpportunityForm) -> Result<Uuid> {
    let mut p = Problems::default();
    let organisation = match Uuid::parse_str(form.organisation.trim()) {
        Ok(id) if app.store.organisation_names(&[id]).await?.contains_key(&id) => Ok(id),
        _ => Err(p.report("organisation", "Choose the organisation")),
    };
    if let Ok(id) = organisation {
        may_post(app, principal, id)?;
    }
    let title = text_within(&mut p, "title", &form.title, 120, Some("Enter a title"));
    let description = text_within(&mut p, "description", &form.description, 2_000, Some("Say what volunteers do"));
    let kind = choice(&mut p, "kind", &form.kind, OpportunityKind::Regular, "Choose a regular role or a one-off task");
    let skills = skills_of(&mut p, "skills", &form.skills);
    let place = in_the_city(app, &mut p, "postcode", &form.postcode);
    let starts_on = optional(&mut p, "starts_on", &form.starts_on, a_date);
    let ends_on = optional(&mut p, "ends_on", &form.ends_on, a_date);
    if let (Ok(Some(s)), Ok(Some(e))) = (&starts_on, &ends_on)
        && e < s
    {
        p.report("ends_on", "The end must be on or after the start");
    }
    let now = app.now();
    let opportunity = (|| {
        let (postcode, at, ward) = place?;
        Ok(Opportunity {
            id: Uuid::now_v7(),
            organisation_id: organisation?,
            title,
            description,
            kind: kind?,
            skills,
            postcode: postcode.to_string(),
            at,
            ward,
            starts_on: starts_on?,
            ends_on: ends_on?,
            created_by: Some(principal.user.id),
            created_at: now,
            updated_at: now,
            version: 1,
        })
    })();
    let opportunity = p.or_value(opportunity).map_err(Problems::into_error)?;
    let audit = actor.entry(
        now,
        "opportunity.posted",
        "opportunity",
        opportunity.id,
        json!({ "organisation": opportunity.organisation_id, "title": opportunity.title }),
    );
    app.store.save_opportunity(&opportunity, &audit).await?;
    Ok(opportunity.id)
}

/// The most opportunities read for a search.
pub const MAX_READ: i64 = 2_000;

/// An opportunity found, with its organisation's name and how far it is.
#[derive(Debug, Clone)]
pub struct Found {
    pub opportunity: Opportunity,
    pub organisation: String,
    pub distance_m: Option<f64>,
}

/// Current opportunities (public): near a position first when one is given, those offering `skill` alone when one
/// is asked for; at most 50.
pub async fn find(app: &App, near: Option<LatLng>, skill: Option<Skill>) -> Result<Vec<Found>> {
    let all = app.store.opportunities(&[], app.today(), MAX_READ).await?;
    let from = near.map(DistanceFrom::new);
    let chosen: Vec<Opportunity> = all.into_iter().filter(|o| skill.is_none_or(|s| o.skills.contains(s))).collect();
    let ids: Vec<Uuid> = chosen.iter().map(|o| o.organisation_id).collect();
    let names = app.store.organisation_names(&ids).await?;
    let mut found: Vec<Found> = chosen
        .into_iter()
        .map(|o| Found {
            distance_m: from.map(|f| f.metres_to(o.at)),
            organisation: names.get(&o.organisation_id).cloned().unwrap_or_default(),
            opportunity: o,
        })
        .collect();
    if from.is_some() {
        found.sort_by(|a, b| a.distance_m.unwrap_or(f64::MAX).total_cmp(&b.distance_m.unwrap_or(f64::MAX)));
    }
    found.truncate(50);
    Ok(found)
}

/// Every skill, for the search's filter.
pub fn skills() -> Skills {
    Skill::ALL.iter().copied().collect()
}
