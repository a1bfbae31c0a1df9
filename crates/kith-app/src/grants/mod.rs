//! Small grants, decided in days with residents on the panel. This file owns funds and their rounds: who may run
//! a fund, the fund's form, the ward pots its budget is shared into, and what the public sees of it. Applying is
//! `apply.rs`; the moves an officer makes on an application (asking for more, deciding) are `decide.rs`;
//! panels, declarations of interest and scoring are `panel.rs`; after an award, the letter, payment and the
//! end-of-grant return are `award.rs`; publishing awards as 360Giving is `publish.rs`; the public figures of where the money
//! went and how fast are `reach.rs`;
//! the worker's job (late applications escalated) is `worker.rs`.

pub mod apply;
pub mod award;
pub mod decide;
pub mod panel;
pub mod publish;
pub mod reach;
pub mod worker;

use chrono::NaiveDate;
use kith_core::accounts::{Target, permission};
use kith_core::grants::{GroupKind, MAX_TARGET_DAYS, Pence, PotRule, Promise, WardNeed, pots};
use kith_core::places::WardCode;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::problems::{Problems, choice, text_within};
use crate::{Actor, App, AppError, Result};

pub use apply::{Applicant, ApplicationForm};
use kith_store::grants::ApplicationChange;
pub use kith_store::grants::{Application, ApplicationQuery, Criterion, Fund, GrantEvent, Round};

/// Writes a change to an application, and forgets its fund's reach here so the figures show it at once.
async fn save(app: &App, change: &ApplicationChange<'_>) -> std::result::Result<(), kith_store::StoreError> {
    app.store.save_application(change).await?;
    changed(app, change.application.fund_id);
    Ok(())
}

/// Writes a new application (its reference is the store's to give), and forgets its fund's reach here.
async fn create(app: &App, change: &ApplicationChange<'_>) -> Result<String> {
    let reference = app.store.create_application(change).await?;
    changed(app, change.application.fund_id);
    Ok(reference)
}

fn changed(app: &App, fund: Uuid) {
    app.reach.forget_where(|(f, _)| *f == fund);
}

/// At most this many criteria a fund scores against.
pub const MAX_CRITERIA: usize = 12;

/// Whether `principal` may run `fund`: the grants permission over its wards (or the city, for a city-wide fund).
pub fn may_manage(app: &App, principal: &Principal, fund: &Fund) -> Result<()> {
    may_manage_wards(app, principal, &fund.wards)
}

fn may_manage_wards(app: &App, principal: &Principal, wards: &[WardCode]) -> Result<()> {
    let target = if wards.is_empty() { Target::City } else { Target::Wards(wards) };
    principal.require(app, permission::GRANTS_MANAGE, target)
}

/// Whether `principal` runs grants anywhere (the question the grants pages ask before a fund is chosen).
pub fn may_manage_somewhere(principal: &Principal) -> Result<()> {
    principal.require_somewhere(permission::GRANTS_MANAGE)
}

/// A fund as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct FundForm {
    pub name: String,
    pub description: String,
    pub budget: String,
    pub max_award: String,
    pub fast_track_up_to: String,
    pub fast_track_days: String,
    pub standard_days: String,
    pub wards: Vec<String>,
    pub kinds: Vec<String>,
    /// One criterion a line: its name, a colon and its weight from 1 to 10 ("Need in the area: 3").
    pub criteria: String,
    pub pot_rule: String,
    pub programme_code: String,
    /// How far apart panellists' scores (out of 5) may be before moderation flags them: "1.5".
    pub disagreement: String,
}

impl FundForm {
    pub fn of(f: &Fund) -> Self {
        FundForm {
            name: f.name.clone(),
            description: f.description.clone(),
            budget: pounds(f.budget),
            max_award: pounds(f.max_award),
            fast_track_up_to: pounds(f.promise.fast_track_up_to),
            fast_track_days: f.promise.fast_track_days.to_string(),
            standard_days: f.promise.standard_days.to_string(),
            wards: f.wards.iter().map(WardCode::to_string).collect(),
            kinds: f.kinds.iter().map(|k| k.as_str().to_owned()).collect(),
            criteria: f.criteria.iter().map(|c| format!("{}: {}", c.name, c.weight)).collect::<Vec<_>>().join("\n"),
            pot_rule: f.pot_rule.as_str().to_owned(),
            programme_code: f.programme_code.clone(),
            disagreement: format!("{}.{}", f.disagreement_tenths / 10, f.disagreement_tenths % 10),
        }
    }
}

/// An amount as a form shows it: "1250.50", or "1250" for whole pounds.
fn pounds(p: Pence) -> String {
    if p.0 % 100 == 0 { (p.0 / 100).to_string() } else { format!("{}.{:02}", p.0 / 100, p.0 % 100) }
}

/// A fund's form read whole: every problem at once.
#[derive(Debug, Clone, PartialEq)]
pub struct FundCommand {
    pub name: String,
    pub description: String,
    pub budget: Pence,
    pub max_award: Pence,
    pub promise: Promise,
    pub wards: Vec<WardCode>,
    pub kinds: Vec<GroupKind>,
    pub criteria: Vec<Criterion>,
    pub pot_rule: PotRule,
    pub programme_code: String,
    pub disagreement_tenths: u32,
}

/// How far apart panellists may score before moderation flags it, by default: 1.5 out of 5.
pub const DEFAULT_DISAGREEMENT_TENTHS: u32 = 15;

/// Reads a spread of scores out of 5, to a tenth ("1.5"), or the default when blank.
fn disagreement(problems: &mut Problems, value: &str) -> u32 {
    let text = value.trim();
    if text.is_empty() {
        return DEFAULT_DISAGREEMENT_TENTHS;
    }
    let (whole, tenth) = text.split_once('.').unwrap_or((text, "0"));
    match (whole.parse::<u32>(), tenth.parse::<u32>()) {
        (Ok(w), Ok(t)) if tenth.len() == 1 && w <= 5 && w * 10 + t <= 50 => w * 10 + t,
        _ => {
            problems.push(("disagreement", "Enter how far apart scores out of 5 may be, like 1.5".to_owned()));
            DEFAULT_DISAGREEMENT_TENTHS
        }
    }
}

/// Reads an amount of money that must be given.
fn money(problems: &mut Problems, field: &'static str, value: &str, missing: &str) -> Option<Pence> {
    if value.trim().is_empty() {
        problems.push((field, missing.to_owned()));
        return None;
    }
    Pence::parse_pounds(value).map_err(|e| problems.push((field, e.to_string()))).ok()
}

/// Reads a number of working days from 1 to `MAX_TARGET_DAYS`, or `default` when blank.
fn working_days(problems: &mut Problems, field: &'static str, value: &str, default: u32) -> u32 {
    match value.trim() {
        "" => default,
        text => match text.parse::<u32>() {
            Ok(n) if (1..=MAX_TARGET_DAYS).contains(&n) => n,
            _ => {
                problems.push((field, format!("Enter a number of working days from 1 to {MAX_TARGET_DAYS}")));
                default
            }
        },
    }
}

/// Reads the criteria, a line each: "name: weight".
fn criteria(problems: &mut Problems, text: &str) -> Vec<Criterion> {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.len() > MAX_CRITERIA {
        problems.push(("criteria", format!("Give at most {MAX_CRITERIA} criteria")));
        return Vec::new();
    }
    let mut read = Vec::new();
    for line in lines {
        let (name, weight) = line.rsplit_once(':').unwrap_or((line, "1"));
        match weight.trim().parse::<u32>() {
            Ok(w) if (1..=10).contains(&w) && !name.trim().is_empty() && name.trim().chars().count() <= 120 => {
                read.push(Criterion { name: name.trim().to_owned(), weight: w })
            }
            _ => {
                problems.push(("criteria", format!("Write each criterion as its name, a colon and a weight from 1 to 10, like \"Need in the area: 3\" (not {line:?})")));
                return Vec::new();
            }
        }
    }
    if read.is_empty() {
        problems.push(("criteria", "Give at least one criterion the panel scores against".to_owned()));
    }
    read
}

impl FundCommand {
    /// Reads `form` in the city `app` serves (its wards are the city's).
    pub fn read(app: &App, form: &FundForm) -> std::result::Result<FundCommand, Problems> {
        let mut problems = Problems::default();
        let name = text_within(&mut problems, "name", &form.name, 120, Some("Enter the fund's name"));
        let description = text_within(
            &mut problems,
            "description",
            &form.description,
            5_000,
            Some("Say in plain English what the fund is for and who can apply"),
        );
        let budget = money(&mut problems, "budget", &form.budget, "Enter the fund's budget");
        let max_award = money(&mut problems, "max_award", &form.max_award, "Enter the most one award can be");
        if let (Some(b), Some(m)) = (budget, max_award)
            && m > b
        {
            problems.push(("max_award", format!("The most one award can be is at most the budget, {b}")));
        }
        let default = Promise::default();
        let fast_track_up_to = match form.fast_track_up_to.trim() {
            "" => Some(default.fast_track_up_to),
            text => Pence::parse_pounds(text).map_err(|e| problems.push(("fast_track_up_to", e.to_string()))).ok(),
        };
        let fast_track_days =
            working_days(&mut problems, "fast_track_days", &form.fast_track_days, default.fast_track_days);
        let standard_days = working_days(&mut problems, "standard_days", &form.standard_days, default.standard_days);
        let places = app.places();
        let mut wards = Vec::new();
        if form.wards.len() > places.wards().len() {
            problems.push(("wards", "Choose each ward once".to_owned()));
        } else {
            for w in &form.wards {
                match WardCode::parse(w).ok().filter(|c| places.ward(c).is_some()) {
                    Some(code) if !wards.contains(&code) => wards.push(code),
                    Some(_) => {}
                    None => {
                        problems.push(("wards", "Choose wards from the list".to_owned()));
                        break;
                    }
                }
            }
        }
        let mut kinds = Vec::new();
        if form.kinds.len() > GroupKind::ALL.len() {
            problems.push(("kinds", "Choose each kind of group once".to_owned()));
        } else {
            for k in &form.kinds {
                match GroupKind::try_from(k.as_str()) {
                    Ok(kind) if !kinds.contains(&kind) => kinds.push(kind),
                    Ok(_) => {}
                    Err(_) => {
                        problems.push(("kinds", "Choose kinds of group from the list".to_owned()));
                        break;
                    }
                }
            }
        }
        let criteria = criteria(&mut problems, &form.criteria);
        let pot_rule =
            choice(&mut problems, "pot_rule", &form.pot_rule, PotRule::None, "Choose how the budget is shared");
        if matches!(pot_rule, Ok(PotRule::Equal | PotRule::ByNeed)) && wards.len() < 2 {
            problems.push(("pot_rule", "Ward pots need at least two wards: choose the fund's wards".to_owned()));
        }
        let programme_code = form.programme_code.trim();
        if programme_code.chars().count() > 40
            || !programme_code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            problems.push(("programme_code", "Use up to 40 letters, digits, hyphens or underscores".to_owned()));
        }
        let disagreement_tenths = disagreement(&mut problems, &form.disagreement);
        let (Some(budget), Some(max_award), Some(fast_track_up_to), Ok(pot_rule)) =
            (budget, max_award, fast_track_up_to, pot_rule)
        else {
            return Err(problems);
        };
        problems.or_value(Ok(FundCommand {
            name,
            description,
            budget,
            max_award,
            promise: Promise { fast_track_up_to, fast_track_days, standard_days },
            wards,
            kinds,
            criteria,
            pot_rule,
            programme_code: programme_code.to_owned(),
            disagreement_tenths,
        }))
    }
}

/// Creates a fund owned by `principal`, or changes fund `id` as it was at `version`.
pub async fn save_fund(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    existing: Option<(Uuid, i32)>,
    form: &FundForm,
) -> Result<Uuid> {
    may_manage_somewhere(principal)?;
    let old = match existing {
        Some((id, _)) => {
            let fund = app.store.fund(id).await?.ok_or(AppError::NotFound)?;
            may_manage(app, principal, &fund)?;
            Some(fund)
        }
        None => None,
    };
    let c = FundCommand::read(app, form).map_err(Problems::into_error)?;
    // The fund's new wards must be the principal's too.
    may_manage_wards(app, principal, &c.wards)?;
    let now = app.now();
    let fund = Fund {
        id: old.as_ref().map_or_else(Uuid::now_v7, |f| f.id),
        name: c.name,
        description: c.description,
        owner_id: old.as_ref().map_or(principal.user.id, |f| f.owner_id),
        budget: c.budget,
        max_award: c.max_award,
        promise: c.promise,
        wards: c.wards,
        kinds: c.kinds,
        criteria: c.criteria,
        pot_rule: c.pot_rule,
        programme_code: c.programme_code,
        disagreement_tenths: c.disagreement_tenths,
        created_at: old.as_ref().map_or(now, |f| f.created_at),
        updated_at: now,
        version: match existing {
            Some((_, v)) => v.checked_add(1).ok_or(AppError::Conflict("The fund has changed too often".into()))?,
            None => 1,
        },
    };
    let what = if old.is_some() { "grant_fund.changed" } else { "grant_fund.created" };
    let audit = actor.entry(now, what, "grant_fund", fund.id, json!({ "name": fund.name, "budget": fund.budget.0 }));
    app.store.save_fund(&fund, &audit).await.map_err(conflict)?;
    Ok(fund.id)
}

pub(crate) use crate::changed_meanwhile as conflict;

/// An entry of an application's timeline: `actor` did `action` (a move's key, `saved`, or a payment step) at `at`.
pub(crate) fn event(
    application: Uuid,
    at: chrono::DateTime<chrono::Utc>,
    actor: &Actor,
    action: &str,
    note: &str,
) -> GrantEvent {
    GrantEvent {
        id: Uuid::now_v7(),
        application_id: application,
        at,
        actor_id: actor.user_id,
        actor: actor.label.clone(),
        action: action.to_owned(),
        note: note.to_owned(),
    }
}

/// A round as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct RoundForm {
    /// Named `round_name` on the page, which shows it beside the fund's own name.
    #[serde(rename = "round_name")]
    pub name: String,
    pub opens_on: String,
    /// Blank for a rolling round.
    pub closes_on: String,
}

/// Adds a round to a fund the principal runs.
pub async fn add_round(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    fund_id: Uuid,
    form: &RoundForm,
) -> Result<Uuid> {
    let fund = app.store.fund(fund_id).await?.ok_or(AppError::NotFound)?;
    may_manage(app, principal, &fund)?;
    let mut problems = Problems::default();
    let name =
        text_within(&mut problems, "round_name", &form.name, 120, Some("Enter the round's name, like Spring 2027"));
    let opens_on = crate::cases::parse_date(&form.opens_on);
    if opens_on.is_none() {
        problems.push(("opens_on", "Enter the date the round opens, like 2027-03-01".to_owned()));
    }
    let closes_on = match form.closes_on.trim() {
        "" => None,
        text => {
            let date = crate::cases::parse_date(text);
            if date.is_none() {
                problems.push(("closes_on", "Enter the date it closes, like 2027-03-31, or leave it blank".to_owned()));
            }
            date
        }
    };
    if let (Some(o), Some(c)) = (opens_on, closes_on)
        && c < o
    {
        problems.push(("closes_on", "The round must close on or after the day it opens".to_owned()));
    }
    let Some(opens_on) = opens_on else { return Err(problems.into_error()) };
    problems.finish()?;
    let now = app.now();
    let round = Round { id: Uuid::now_v7(), fund_id, name, opens_on, closes_on, created_at: now };
    let audit = actor.entry(now, "grant_round.added", "grant_round", round.id, json!({ "fund": fund_id }));
    app.store.save_round(&round, &audit).await?;
    Ok(round.id)
}

/// A ward's pot of a fund.
#[derive(Debug, Clone, Serialize)]
pub struct Pot {
    pub ward: WardCode,
    pub ward_name: String,
    pub amount: Pence,
}

/// How the fund's budget is shared between its wards, by its rule (none when it has one budget).
pub fn pots_of(app: &App, fund: &Fund) -> Result<Vec<Pot>> {
    if fund.pot_rule == PotRule::None || fund.wards.is_empty() {
        return Ok(Vec::new());
    }
    let stats = crate::places::birmingham::ward_stats()?;
    let needs: Vec<WardNeed> = fund
        .wards
        .iter()
        .map(|w| {
            let s = stats.iter().find(|s| s.code == w.as_str());
            WardNeed {
                ward: w.clone(),
                population: s.map_or(0, |s| u32::try_from(s.population).unwrap_or(u32::MAX)),
                deprivation: s.map_or(0.0, |s| s.deprivation),
            }
        })
        .collect();
    let places = app.places();
    Ok(pots(fund.budget, &needs, fund.pot_rule)
        .into_iter()
        .map(|(ward, amount)| Pot {
            ward_name: places.ward(&ward).map(|w| w.name.clone()).unwrap_or_default(),
            ward,
            amount,
        })
        .collect())
}

/// A fund as the public sees it: what it is for, its rounds, its pots and the rule that made them.
#[derive(Debug, Clone)]
pub struct FundPage {
    pub fund: Fund,
    pub rounds: Vec<Round>,
    /// The round open today, if any.
    pub open_round: Option<Round>,
    /// The next round to open after today, if any.
    pub next_round: Option<Round>,
    pub pots: Vec<Pot>,
}

/// Whether a round takes applications on `today`.
pub fn is_open(round: &Round, today: NaiveDate) -> bool {
    round.opens_on <= today && round.closes_on.is_none_or(|c| today <= c)
}

/// A fund's public page (funds and their rounds are public: they invite anyone to apply).
pub async fn fund_page(app: &App, id: Uuid) -> Result<FundPage> {
    let fund = app.store.fund(id).await?.ok_or(AppError::NotFound)?;
    let rounds = app.store.rounds_of(id).await?;
    let today = app.today();
    let open_round = rounds.iter().rev().find(|r| is_open(r, today)).cloned();
    let next_round = rounds.iter().find(|r| r.opens_on > today).cloned();
    let pots = pots_of(app, &fund)?;
    Ok(FundPage { fund, rounds, open_round, next_round, pots })
}

/// Every fund, with its page's facts.
pub async fn funds(app: &App) -> Result<Vec<FundPage>> {
    let mut pages = Vec::new();
    for f in app.store.funds().await? {
        pages.push(fund_page(app, f.id).await?);
    }
    Ok(pages)
}

/// A round with its fund, as the pages for applying to it show them (public: a round invites anyone to apply).
#[derive(Debug, Clone)]
pub struct RoundPage {
    pub round: Round,
    pub fund: Fund,
}

pub async fn round_page(app: &App, round: Uuid) -> Result<RoundPage> {
    let round = app.store.round(round).await?.ok_or(AppError::NotFound)?;
    let fund = app.store.fund(round.fund_id).await?.ok_or(AppError::NotFound)?;
    Ok(RoundPage { round, fund })
}

/// The funds `principal` runs.
pub async fn funds_run_by(app: &App, principal: &Principal) -> Result<Vec<Fund>> {
    may_manage_somewhere(principal)?;
    Ok(app.store.funds().await?.into_iter().filter(|f| may_manage(app, principal, f).is_ok()).collect())
}

/// A fund, with its rounds, for someone who runs it to change.
pub async fn fund_to_edit(app: &App, principal: &Principal, id: Uuid) -> Result<(Fund, Vec<Round>)> {
    let fund = app.store.fund(id).await?.ok_or(AppError::NotFound)?;
    may_manage(app, principal, &fund)?;
    let rounds = app.store.rounds_of(id).await?;
    Ok((fund, rounds))
}
