//! Neighbourhood agreements: administrators publish service standards (for a ward or the whole city, versioned),
//! and each ward's page shows every standard that applies there with its measured performance, its trend and
//! whether it is met, with small counts suppressed. The open data carries the same figures and nothing personal.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use kith_core::accounts::{Target, permission};
use kith_core::agreements::{Agreement, Measure, Performance, Period, Tally};
use kith_core::calendar::WorkingDays;
use kith_core::cases::CaseKind;
use kith_core::places::WardCode;
use kith_store::cases::MonthCount;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::cache::Lookup;
use crate::problems::Problems;
use crate::{Actor, App, AppError, Result};

/// How many periods a ward's page shows.
pub const PERIODS: usize = 6;

/// A standard as the administration form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct AgreementForm {
    pub title: String,
    /// A ward code, or empty for the whole city.
    pub ward: String,
    pub kind: String,
    pub category: String,
    pub measure: String,
    pub target_percent: String,
    pub period: String,
    pub team: String,
}

/// Who may publish standards: a city-wide cases administrator (the form asks this too).
pub fn may_publish(app: &App, principal: &Principal) -> Result<()> {
    principal.require(app, permission::CASES_ADMIN, Target::City)
}

/// Every standard published, every version (public: a standard and its history are the council's promise).
pub async fn all(app: &App) -> Result<Vec<Agreement>> {
    Ok(app.store.agreements().await?)
}

/// Publishes a standard, or a new version of `series`.
pub async fn publish(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    series: Option<Uuid>,
    form: &AgreementForm,
) -> Result<Uuid> {
    may_publish(app, principal)?;
    let mut problems = Problems::default();
    let title = form.title.trim();
    if title.is_empty() {
        problems.push(("title", "Enter the standard as residents will read it".to_owned()));
    }
    let ward = form.ward.trim();
    let ward = if ward.is_empty() {
        None
    } else {
        match WardCode::parse(ward).ok().filter(|w| app.places().ward(w).is_some()) {
            Some(w) => Some(w.to_string()),
            None => {
                problems.push(("ward", "Choose a ward, or the whole city".to_owned()));
                None
            }
        }
    };
    let kind = CaseKind::parse(&form.kind).ok_or_else(|| problems.report("kind", "Choose the kind of case"));
    let category = form.category.trim();
    let categories = app.store.categories().await?;
    if !category.is_empty() && !categories.iter().any(|c| Ok(c.kind) == kind && c.code == category) {
        problems.push(("category", "Choose a category of that kind, or every category".to_owned()));
    }
    let measure = Measure::parse(&form.measure).ok_or_else(|| problems.report("measure", "Choose what is measured"));
    let target = form
        .target_percent
        .trim()
        .trim_end_matches('%')
        .parse::<u8>()
        .ok()
        .filter(|t| (1..=100).contains(t))
        .ok_or_else(|| problems.report("target_percent", "Enter the target as a percentage from 1 to 100"));
    let period = Period::parse(&form.period).ok_or_else(|| problems.report("period", "Choose monthly or quarterly"));
    let team = if form.team.trim().is_empty() {
        None
    } else {
        let teams = app.store.teams().await?;
        let found = Uuid::parse_str(form.team.trim()).ok().filter(|t| teams.iter().any(|x| x.organisation_id == *t));
        if found.is_none() {
            problems.push(("team", "Choose the responsible team from the list".to_owned()));
        }
        found
    };
    let all = app.store.agreements().await?;
    let version = match series {
        Some(s) => match all.iter().filter(|a| a.series == s).map(|a| a.version).max() {
            Some(v) => v + 1,
            None => return Err(AppError::NotFound),
        },
        None => 1,
    };
    // Each part is whole, or its problem was reported (`Reported` is the proof).
    let (Ok(kind), Ok(measure), Ok(target_percent), Ok(period)) = (kind, measure, target, period) else {
        return Err(problems.into_error());
    };
    problems.finish()?;
    let agreement = Agreement {
        id: Uuid::now_v7(),
        series: series.unwrap_or_else(Uuid::now_v7),
        version,
        ward,
        kind,
        category: (!category.is_empty()).then(|| category.to_owned()),
        measure,
        target_percent,
        period,
        team,
        title: title.to_owned(),
        published_at: app.now(),
        superseded_at: None,
    };
    let audit = actor.entry(
        app.now(),
        "agreement.published",
        "agreement",
        agreement.series,
        json!({ "version": version, "standard": agreement }),
    );
    app.store.publish_agreement(&agreement, &audit).await?;
    app.standings.forget_all();
    Ok(agreement.series)
}

/// A standard with its performance.
#[derive(Debug, Clone, Serialize)]
pub struct Standing {
    pub agreement: Agreement,
    /// Oldest first.
    pub periods: Vec<Performance>,
    /// The latest period with figures to show.
    pub latest: Option<Performance>,
    /// `up`, `down` or `same`, between the last two periods with figures.
    pub trend: Option<&'static str>,
}

fn judged(agreement: &Agreement, tallies: &[Tally], now: DateTime<Utc>) -> Standing {
    let periods = agreement.judge(tallies, now, PERIODS);
    let shown: Vec<&Performance> = periods.iter().filter(|p| !p.suppressed).collect();
    let latest = shown.last().map(|p| (*p).clone());
    let trend = match shown.as_slice() {
        [.., a, b] => Some(match (a.percent, b.percent) {
            (Some(x), Some(y)) if y > x => "up",
            (Some(x), Some(y)) if y < x => "down",
            _ => "same",
        }),
        _ => None,
    };
    Standing { agreement: agreement.clone(), periods, latest, trend }
}

/// The months the standards' periods cover, oldest first: their first days, and the moments they start.
fn months(agreements: &[Agreement], now: DateTime<Utc>) -> (Vec<NaiveDate>, Vec<DateTime<Utc>>) {
    let earliest = agreements.iter().filter_map(|a| a.period_starts(now, PERIODS).first().copied()).min();
    let this_month = Period::Month.start_of(WorkingDays::local_date(now));
    let mut days = Vec::new();
    let mut month = earliest.unwrap_or(this_month);
    while month <= this_month {
        days.push(month);
        let Some(next) = month.checked_add_months(chrono::Months::new(1)) else { break };
        month = next;
    }
    // A month starts when the day before it ends, in London.
    let instants = days.iter().map(|d| kith_core::calendar::end_of(d.pred_opt().unwrap_or(*d))).collect();
    (days, instants)
}

/// The database's monthly counts as tallies for both measures.
fn tallies(counts: &[MonthCount], days: &[NaiveDate]) -> Vec<Tally> {
    counts
        .iter()
        .filter_map(|c| days.get(c.month).map(|day| (c, *day)))
        .flat_map(|(c, month)| {
            [
                (Measure::AcknowledgedWithinTarget, c.acknowledge_counted, c.acknowledge_within),
                (Measure::ResolvedWithinTarget, c.resolve_counted, c.resolve_within),
            ]
            .map(|(measure, counted, within)| Tally {
                month,
                measure,
                kind: c.kind,
                category: c.category.clone(),
                counted: usize::try_from(counted).unwrap_or(0),
                within: usize::try_from(within).unwrap_or(0),
            })
        })
        .collect()
}

/// The current standards that apply to a ward (its own and the city's), measured from the ward's cases.
///
/// Counting a ward's cases is the slow part of its page, so the standings are kept a minute, and forgotten when a
/// standard is published or a case of the ward changes through this instance; another instance's change shows
/// within the minute. A clock moved on (in a test, or by an administrator) measures again at once.
pub async fn for_ward(app: &App, ward: &WardCode) -> Result<Arc<Standings>> {
    let now = app.now();
    let kept = match app.standings.lookup(ward) {
        Lookup::Use(kept) => Some(kept),
        Lookup::Refresh(_) | Lookup::Missing => None,
    };
    // How far the clock moved beyond the time that passed: none, unless somebody moved it.
    let moved =
        |kept: &Standings| (now - kept.at) - chrono::Duration::from_std(kept.measured.elapsed()).unwrap_or_default();
    if let Some(kept) = kept
        && moved(&kept).abs() < chrono::Duration::seconds(60)
    {
        return Ok(kept);
    }
    let standings = Arc::new(Standings {
        at: now,
        measured: std::time::Instant::now(),
        standings: measure_ward(app, ward, now).await?,
    });
    app.standings.put(ward.clone(), standings.clone());
    Ok(standings)
}

/// How long a ward's standings are kept.
pub const STANDINGS_FRESH: std::time::Duration = std::time::Duration::from_secs(60);

/// A ward's standings, as measured at a moment.
#[derive(Debug)]
pub struct Standings {
    /// The moment on the clock, and when that was.
    pub at: DateTime<Utc>,
    measured: std::time::Instant,
    pub standings: Vec<Standing>,
}

/// Forgets the standings of a ward whose cases changed.
pub fn cases_changed(app: &App, ward: &WardCode) {
    app.standings.forget(ward);
}

async fn measure_ward(app: &App, ward: &WardCode, now: DateTime<Utc>) -> Result<Vec<Standing>> {
    let current: Vec<Agreement> = app
        .store
        .agreements()
        .await?
        .into_iter()
        .filter(|a| a.superseded_at.is_none() && a.ward.as_deref().is_none_or(|w| w == ward.as_str()))
        .collect();
    if current.is_empty() {
        return Ok(vec![]);
    }
    let (days, starts) = months(&current, now);
    let counts = app.store.month_counts(Some(ward.as_str()), &starts, now).await?;
    let tallies = tallies(&counts, &days);
    Ok(current.iter().map(|a| judged(a, &tallies, now)).collect())
}

/// One row of the open data: a standard's figures for one ward and period. No personal data.
#[derive(Debug, Clone, Serialize)]
pub struct OpenRow {
    pub ward_code: String,
    pub ward_name: String,
    pub standard: String,
    pub standard_id: Uuid,
    pub version: i32,
    pub target_percent: u8,
    pub period: String,
    pub period_start: String,
    /// `None` where fewer than 5 cases are suppressed.
    pub cases: Option<usize>,
    pub within_target: Option<usize>,
    pub percent: Option<u8>,
    pub met: Option<bool>,
}

/// Every ward's figures for every current standard that applies to it.
pub async fn open_data(app: &App) -> Result<Vec<OpenRow>> {
    let now = app.now();
    let current: Vec<Agreement> =
        app.store.agreements().await?.into_iter().filter(|a| a.superseded_at.is_none()).collect();
    if current.is_empty() {
        return Ok(vec![]);
    }
    let (days, starts) = months(&current, now);
    let counts = app.store.month_counts(None, &starts, now).await?;
    let places = app.places();
    let mut out = Vec::new();
    for ward in places.wards() {
        let here: Vec<MonthCount> = counts.iter().filter(|m| m.ward_code == ward.code.as_str()).cloned().collect();
        let here = tallies(&here, &days);
        for a in current.iter().filter(|a| a.ward.as_deref().is_none_or(|w| w == ward.code.as_str())) {
            for p in judged(a, &here, now).periods {
                out.push(OpenRow {
                    ward_code: ward.code.to_string(),
                    ward_name: ward.name.clone(),
                    standard: a.title.clone(),
                    standard_id: a.series,
                    version: a.version,
                    target_percent: a.target_percent,
                    period: p.label.clone(),
                    period_start: p.period_start.to_string(),
                    cases: (!p.suppressed).then_some(p.counted),
                    within_target: (!p.suppressed).then_some(p.within),
                    percent: p.percent,
                    met: p.met,
                });
            }
        }
    }
    Ok(out)
}
