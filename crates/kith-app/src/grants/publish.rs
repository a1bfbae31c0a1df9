//! Awarded grants published as 360Giving 1.4.3 the moment they are awarded: the files are made from the store on
//! each request, so an award is in them as soon as it is decided. Personal data never: the recipient is the group
//! (or, through a fiscal host, the host, as 360Giving's regranting guidance asks), never a person, and no contact
//! details are published. Grants to individuals are never made here, so none can be published.

use kith_core::calendar::WorkingDays;
use kith_core::grants::{GroupKind, group_key};
use kith_standards::threesixtygiving::{self as g360, Grant, Issue, Publisher, Recipient};

use std::sync::{Arc, OnceLock};

use kith_store::grants::{Award, AwardsMark};

use super::Fund;
use crate::accounts::Principal;
use crate::places::Places;
use crate::{App, Result};

/// The most grants one file holds (far more than any city's small grants in a decade); the export is bounded.
pub const MAX_PUBLISHED: i64 = 500_000;

/// Organisation identifiers (org-id.guide's `GB-LAE` register) of the councils whose ONS codes Kith knows.
const COUNCILS: &[(&str, &str, &str)] = &[("E08000025", "BIR", "Birmingham City Council")];

/// Who publishes: the council of the city the places describe, under a 360Giving prefix made from its name.
pub fn publisher(app: &App) -> Publisher {
    let places = app.places();
    let generation = places.current_generation();
    let city_code = generation.map(|g| g.authority_code.clone()).unwrap_or_default();
    let city_name = places.city_name().unwrap_or("the city").to_owned();
    let slug: String = city_name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let prefix = format!("360G-kith-{slug}");
    let (funder_id, funder_name) = match COUNCILS.iter().find(|(code, _, _)| *code == city_code) {
        Some((_, lae, name)) => (format!("GB-LAE-{lae}"), (*name).to_owned()),
        None => (format!("{prefix}-org-council"), format!("{city_name} Council")),
    };
    Publisher { prefix, funder_id, funder_name, city_code, city_name }
}

/// A slug for an organisation identifier under the publisher's prefix.
fn key(name: &str) -> String {
    group_key(name).replace(' ', "-")
}

/// One award as a 360Giving grant.
fn grant(places: &Places, fund: &Fund, a: Award) -> Grant {
    let (recipient, recipient_name, description) = match (&a.fiscal_host, a.group_kind) {
        (Some(host), _) => (
            Recipient::Unregistered { key: key(host) },
            host.clone(),
            format!("{} (For {}, through its fiscal host.)", a.summary, a.group_name),
        ),
        (None, GroupKind::Charity) => (Recipient::Charity { number: a.charity_number }, a.group_name, a.summary),
        (None, GroupKind::Company | GroupKind::CommunityInterestCompany) => {
            (Recipient::Company { number: a.company_number }, a.group_name, a.summary)
        }
        (None, _) => (Recipient::Unregistered { key: key(&a.group_name) }, a.group_name, a.summary),
    };
    let ward_name = places.ward(&a.ward).map(|w| w.name.clone()).unwrap_or_default();
    Grant {
        reference: a.reference,
        title: a.title,
        description,
        amount_pence: a.awarded.0,
        award_date: WorkingDays::local_date(a.decided_at),
        recipient,
        recipient_name,
        ward: Some((a.ward.to_string(), ward_name)),
        programme: (
            if fund.programme_code.is_empty() { fund.id.to_string() } else { fund.programme_code.clone() },
            fund.name.clone(),
        ),
        from_open_call: true,
        via_fiscal_host: a.fiscal_host.is_some(),
        planned_start: None,
        planned_end: None,
    }
}

/// Every awarded grant, as 360Giving grants, in the order they were awarded.
pub async fn grants(app: &App) -> Result<Vec<Grant>> {
    let funds = app.store.funds().await?;
    let awarded = app.store.awards(MAX_PUBLISHED).await?;
    let places = app.places();
    let mut grants: Vec<Grant> = awarded
        .into_iter()
        .filter_map(|a| funds.iter().find(|f| f.id == a.fund_id).map(|f| grant(&places, f, a)))
        .collect();
    grants.sort_by(|a, b| a.award_date.cmp(&b.award_date).then_with(|| a.reference.cmp(&b.reference)));
    Ok(grants)
}

/// The published grants as made at one mark of the store, and the files made from them (each the first time it is
/// asked for). While the store shows the same mark they are still true, so the files are served as they are.
pub struct Publication {
    mark: AwardsMark,
    grants: Vec<Grant>,
    json: OnceLock<Arc<str>>,
    csv: OnceLock<Arc<str>>,
}

/// The grants as published now: the ones made at the store's present mark, or made afresh when an award or a fund
/// has changed since (the first request after an award makes them; the others wait for it rather than make them
/// too). Every instance of Kith checks the store's mark, so all of them publish an award as soon as it is made.
async fn publication(app: &App) -> Result<Arc<Publication>> {
    let mut held = app.publication.lock().await;
    let mark = app.store.awards_mark().await?;
    if let Some(p) = held.as_ref().filter(|p| p.mark == mark) {
        return Ok(p.clone());
    }
    let made = Arc::new(Publication { mark, grants: grants(app).await?, json: OnceLock::new(), csv: OnceLock::new() });
    *held = Some(made.clone());
    Ok(made)
}

/// The 360Giving JSON package of every awarded grant, as text (public).
pub async fn package_json(app: &App) -> Result<Arc<str>> {
    let p = publication(app).await?;
    Ok(p.json.get_or_init(|| g360::package_json(&publisher(app), &p.grants).into()).clone())
}

/// The same grants as 360Giving's CSV (public).
pub async fn csv(app: &App) -> Result<Arc<str>> {
    let p = publication(app).await?;
    Ok(p.csv.get_or_init(|| g360::csv(&publisher(app), &p.grants).into()).clone())
}

/// What checking the published file found: how many grants, the schema's errors and the data-quality issues.
#[derive(Debug, Clone)]
pub struct Validation {
    pub grants: usize,
    pub schema_errors: Vec<String>,
    pub issues: Vec<Issue>,
}

/// Validates the published file against the 360Giving schemas (format checking on) and the data-quality checks,
/// for someone who runs grants.
pub async fn validate(app: &App, principal: &Principal) -> Result<Validation> {
    super::may_manage_somewhere(principal)?;
    let grants = &publication(app).await?.grants;
    let package = g360::package(&publisher(app), grants);
    let validator = g360::Validator::new().map_err(crate::AppError::Internal)?;
    let schema_errors = if grants.is_empty() { Vec::new() } else { validator.validate(&package) };
    let issues = g360::quality(&package, WorkingDays::local_date(app.now()));
    Ok(Validation { grants: grants.len(), schema_errors, issues })
}
