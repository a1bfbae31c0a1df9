//! Assets of Community Value: nominations recorded as they reach the council (online, by phone or on paper), each
//! statutory step recorded with its date and checked against the rule set in force (`kith_core::assets::acv`), the
//! nominator and the owner told by email at each step, and the list of assets and of unsuccessful nominations
//! published, as the Localism Act asks.

use chrono::NaiveDate;
use kith_core::accounts::Email;
use kith_core::assets::acv::{AcvError, Decision, ReviewOutcome, RuleSet, Standing, Step, Steps, rule_sets};
use kith_core::channel::Channel;
use kith_core::places::WardCode;
use kith_store::outbox::OutgoingEmail;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::{By, StoredNomination, may_manage, may_manage_somewhere};
use crate::accounts::Principal;
use crate::problems::{Problems, choice, optional, text_within};
use crate::{Actor, App, AppError, Result};

/// The steps as the store keeps them.
pub(crate) fn steps_of(n: &StoredNomination) -> Steps {
    Steps {
        received_on: Some(n.received_on),
        decided: n
            .decided
            .as_ref()
            .map(|(on, d)| (*on, if d == "listed" { Decision::Listed } else { Decision::NotListed })),
        review_requested_on: n.review_requested_on,
        reviewed: n
            .reviewed
            .as_ref()
            .map(|(on, o)| (*on, if o == "removed" { ReviewOutcome::Removed } else { ReviewOutcome::Upheld })),
        disposal_notified_on: n.disposal_notified_on,
        bid_requested_on: n.bid_requested_on,
    }
}

fn with_steps(n: &StoredNomination, steps: &Steps) -> StoredNomination {
    StoredNomination {
        decided: steps.decided.map(|(on, d)| {
            (
                on,
                match d {
                    Decision::Listed => "listed".to_owned(),
                    Decision::NotListed => "not_listed".to_owned(),
                },
            )
        }),
        review_requested_on: steps.review_requested_on,
        reviewed: steps.reviewed.map(|(on, o)| {
            (
                on,
                match o {
                    ReviewOutcome::Upheld => "upheld".to_owned(),
                    ReviewOutcome::Removed => "removed".to_owned(),
                },
            )
        }),
        disposal_notified_on: steps.disposal_notified_on,
        bid_requested_on: steps.bid_requested_on,
        ..n.clone()
    }
}

fn day(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// A date from a form: given, and not after today.
fn date_field(problems: &mut Problems, field: &'static str, text: &str, today: NaiveDate) -> Option<NaiveDate> {
    match NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok() {
        None => {
            problems.push((field, "Enter the date, like 2026-03-02".into()));
            None
        }
        Some(d) if d > today => {
            problems.push((field, "The date cannot be in the future".into()));
            None
        }
        Some(d) => Some(d),
    }
}

/// A nomination as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct NominationForm {
    pub asset: String,
    pub nominator: String,
    pub nominator_email: String,
    pub owner_email: String,
    pub reasons: String,
    pub received_on: String,
    pub channel: String,
}

/// Records a nomination: sent online by a community group (received today, an email to answer required), or
/// received on the date given and keyed by someone who keeps the assets of the asset's ward.
pub async fn nominate(app: &App, by: By<'_>, actor: &Actor, form: &NominationForm) -> Result<Uuid> {
    by.may_start()?;
    let sets = rule_sets();
    let mut problems = Problems::default();
    let asset = match Uuid::parse_str(form.asset.trim()).ok() {
        Some(id) => app.store.asset(id).await?,
        None => None,
    };
    if asset.is_none() {
        problems.push(("asset", "Choose the building or land nominated".into()));
    }
    let nominator =
        text_within(&mut problems, "nominator", &form.nominator, 200, Some("Enter the community group nominating it"));
    let nominator_email = match by {
        By::Online if form.nominator_email.trim().is_empty() => {
            Err(problems.report("nominator_email", "Enter an email address, so the council can tell you its decision"))
        }
        _ => optional(&mut problems, "nominator_email", &form.nominator_email, Email::parse),
    };
    let owner_email = optional(&mut problems, "owner_email", &form.owner_email, Email::parse);
    let reasons = text_within(
        &mut problems,
        "reasons",
        &form.reasons,
        5_000,
        Some("Say how its use furthers the community's social wellbeing or interests"),
    );
    let (channel, received_on) = match by {
        By::Online => (Ok(Channel::Online), Some(app.today())),
        By::Staff(_) => (
            choice(&mut problems, "channel", &form.channel, Channel::Online, "Choose how it came in"),
            date_field(&mut problems, "received_on", &form.received_on, app.today()),
        ),
    };
    if let Some(on) = received_on
        && let Err(e) = Steps::received(&sets, on)
    {
        problems.push(("received_on", e.to_string()));
    }
    let (Some(asset), Ok(nominator_email), Ok(owner_email), Ok(channel), Some(received_on)) =
        (asset, nominator_email, owner_email, channel, received_on)
    else {
        return Err(problems.into_error());
    };
    problems.finish()?;
    by.may_act_in(app, &asset.ward_code)?;
    let at = app.now();
    let nomination = StoredNomination {
        id: Uuid::new_v4(),
        number: 0,
        asset_id: asset.id,
        nominator,
        nominator_email: nominator_email.map(|e| e.to_string()),
        owner_email: owner_email.map(|e| e.to_string()),
        reasons,
        received_on,
        decided: None,
        review_requested_on: None,
        reviewed: None,
        disposal_notified_on: None,
        bid_requested_on: None,
        expiry_warned_on: None,
        channel,
        created_at: at,
        version: 1,
    };
    let clocks = steps_of(&nomination).clocks(&sets).map_err(|e| AppError::Internal(e.to_string()))?;
    let due = clocks.decision_due.map(day).unwrap_or_default();
    let words = format!(
        "The council received a nomination of {} as an asset of community value on {}, from {}. It will decide by {due}, \
         eight weeks from the nomination.",
        asset.name,
        day(received_on),
        nomination.nominator
    );
    let emails = tell(&nomination, "Nomination received", &words, at);
    let entry = actor.entry(at, "acv.nominated", "acv_nomination", nomination.id, json!({ "asset": asset.id }));
    app.store.add_nomination(&nomination, &entry, &emails).await?;
    Ok(nomination.id)
}

/// The nominator's and the owner's emails about a step, to whichever addresses were given.
fn tell(n: &StoredNomination, subject: &str, words: &str, at: chrono::DateTime<chrono::Utc>) -> Vec<OutgoingEmail> {
    [&n.nominator_email, &n.owner_email]
        .into_iter()
        .flatten()
        .map(|to| OutgoingEmail::new(to, &format!("Asset of community value: {subject}"), words, at))
        .collect()
}

/// A step as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct StepForm {
    /// `listed`, `not_listed`, `review_requested`, `review_upheld`, `review_removed`, `sale_notified` or
    /// `bid_requested`.
    pub step: String,
    pub on: String,
    pub version: String,
}

/// The steps a form may name, with their words.
pub const STEPS: [(&str, &str); 7] = [
    ("listed", "Decided: listed"),
    ("not_listed", "Decided: not listed"),
    ("review_requested", "The owner asked for a review"),
    ("review_upheld", "Review decided: the listing stands"),
    ("review_removed", "Review decided: removed from the list"),
    ("sale_notified", "The owner gave notice of intent to sell"),
    ("bid_requested", "A community group asked to be treated as a bidder"),
];

fn step_of(key: &str, on: NaiveDate) -> Option<Step> {
    Some(match key {
        "listed" => Step::Decide(on, Decision::Listed),
        "not_listed" => Step::Decide(on, Decision::NotListed),
        "review_requested" => Step::RequestReview(on),
        "review_upheld" => Step::Review(on, ReviewOutcome::Upheld),
        "review_removed" => Step::Review(on, ReviewOutcome::Removed),
        "sale_notified" => Step::NotifyDisposal(on),
        "bid_requested" => Step::RequestToBid(on),
        _ => return None,
    })
}

/// What the nominator and owner are told of a step, with the clocks it starts.
fn step_words(
    asset: &str,
    step: Step,
    steps: &Steps,
    sets: &[RuleSet],
) -> std::result::Result<(String, String), AcvError> {
    let clocks = steps.clocks(sets)?;
    let when = |d: Option<NaiveDate>| d.map(day).unwrap_or_default();
    Ok(match step {
        Step::Decide(on, Decision::Listed) => (
            "listed".into(),
            format!(
                "On {} the council listed {asset} as an asset of community value. The listing lasts until {}. The owner \
                 may ask for a review by {}.",
                day(on),
                when(clocks.listing_ends),
                when(clocks.review_request_by)
            ),
        ),
        Step::Decide(on, Decision::NotListed) => (
            "not listed".into(),
            format!(
                "On {} the council decided not to list {asset}. It is on the published list of unsuccessful nominations.",
                day(on)
            ),
        ),
        Step::RequestReview(on) => (
            "review requested".into(),
            format!(
                "On {} the owner asked for a review of the listing of {asset}. The council decides by {}.",
                day(on),
                when(clocks.review_decision_due)
            ),
        ),
        Step::Review(on, ReviewOutcome::Upheld) => {
            ("review decided".into(), format!("On {} the review decided that the listing of {asset} stands.", day(on)))
        }
        Step::Review(on, ReviewOutcome::Removed) => {
            ("review decided".into(), format!("On {} the review removed {asset} from the list.", day(on)))
        }
        Step::NotifyDisposal(on) => (
            "notice of intent to sell".into(),
            format!(
                "On {} the owner of {asset} gave notice of intent to sell. A community group may ask to be treated as a \
                 potential bidder until {}; until then the owner may not sell. The protected period ends on {}.",
                day(on),
                when(clocks.interim_moratorium_ends),
                when(clocks.protected_period_ends)
            ),
        ),
        Step::RequestToBid(on) => (
            "request to bid".into(),
            format!(
                "On {} a community group asked to be treated as a potential bidder for {asset}. The owner may not sell \
                 until {}{}.",
                day(on),
                when(clocks.full_moratorium_ends),
                if clocks.first_refusal { ", and then the group has first refusal" } else { "" }
            ),
        ),
    })
}

/// Records a step of a nomination on the date given, for someone who keeps the asset's ward, if the rules allow it.
pub async fn record_step(app: &App, principal: &Principal, actor: &Actor, id: Uuid, form: &StepForm) -> Result<()> {
    let nomination = app.store.nomination(id).await?.ok_or(AppError::NotFound)?;
    let asset = app.store.asset(nomination.asset_id).await?.ok_or(AppError::NotFound)?;
    let ward = WardCode::parse(&asset.ward_code).map_err(|e| AppError::Internal(e.to_string()))?;
    may_manage(app, principal, Some(&ward))?;
    if form.version.trim() != nomination.version.to_string() {
        return Err(AppError::Conflict(crate::CHANGED_MEANWHILE.into()));
    }
    let sets = rule_sets();
    let mut problems = Problems::default();
    let on = date_field(&mut problems, "on", &form.on, app.today());
    let step = on.and_then(|on| step_of(form.step.trim(), on));
    if on.is_some() && step.is_none() {
        problems.push(("step", "Choose what happened".into()));
    }
    let Some(step) = step else { return Err(problems.into_error()) };
    let steps = steps_of(&nomination).record(&sets, step).map_err(|e| {
        let field = if matches!(e, AcvError::NotNow(_)) { "step" } else { "on" };
        AppError::Invalid(vec![(field, e.to_string())])
    })?;
    let (subject, words) =
        step_words(&asset.name, step, &steps, &sets).map_err(|e| AppError::Invalid(vec![("on", e.to_string())]))?;
    let at = app.now();
    let saved = StoredNomination { version: nomination.version + 1, ..with_steps(&nomination, &steps) };
    let entry = actor.entry(at, "acv.step", "acv_nomination", id, json!({ "step": form.step.trim(), "on": on }));
    app.store.update_nomination(&saved, &entry, &tell(&saved, &subject, &words, at)).await?;
    Ok(())
}

/// A nomination as lists show it: where it stands today and its clocks.
#[derive(Debug, Clone, Serialize)]
pub struct NominationLine {
    pub id: Uuid,
    pub reference: String,
    pub asset_id: Uuid,
    pub asset: String,
    pub ward_code: String,
    pub nominator: String,
    pub received_on: NaiveDate,
    pub standing: &'static str,
    pub standing_key: &'static str,
    pub decided_on: Option<NaiveDate>,
    pub decision_due: Option<NaiveDate>,
    pub listing_ends: Option<NaiveDate>,
    pub review_request_by: Option<NaiveDate>,
    pub review_decision_due: Option<NaiveDate>,
    pub interim_moratorium_ends: Option<NaiveDate>,
    pub full_moratorium_ends: Option<NaiveDate>,
    pub protected_period_ends: Option<NaiveDate>,
    /// A decision past its statutory time.
    pub overdue: bool,
    pub channel: &'static str,
    pub version: i64,
}

fn standing_words(s: Standing) -> (&'static str, &'static str) {
    match s {
        Standing::AwaitingDecision => ("awaiting_decision", "Awaiting the council's decision"),
        Standing::NotListed => ("not_listed", "Not listed"),
        Standing::Listed => ("listed", "Listed"),
        Standing::Moratorium => ("moratorium", "Listed: in a moratorium on its sale"),
        Standing::RemovedOnReview => ("removed", "Removed from the list on review"),
        Standing::Expired => ("expired", "Listing ended"),
    }
}

pub(crate) fn line(n: &StoredNomination, asset: (&str, &str), today: NaiveDate) -> Result<NominationLine> {
    let sets = rule_sets();
    let steps = steps_of(n);
    let internal = |e: AcvError| AppError::Internal(format!("ACV-{}: {e}", n.number));
    let clocks = steps.clocks(&sets).map_err(internal)?;
    let (standing_key, standing) = standing_words(steps.standing(&sets, today).map_err(internal)?);
    Ok(NominationLine {
        id: n.id,
        reference: format!("ACV-{}", n.number),
        asset_id: n.asset_id,
        asset: asset.0.to_owned(),
        ward_code: asset.1.to_owned(),
        nominator: n.nominator.clone(),
        received_on: n.received_on,
        standing,
        standing_key,
        decided_on: n.decided.as_ref().map(|d| d.0),
        decision_due: clocks.decision_due,
        listing_ends: clocks.listing_ends,
        review_request_by: clocks.review_request_by,
        review_decision_due: clocks.review_decision_due,
        interim_moratorium_ends: clocks.interim_moratorium_ends,
        full_moratorium_ends: clocks.full_moratorium_ends,
        protected_period_ends: clocks.protected_period_ends,
        overdue: n.decided.is_none() && clocks.decision_due.is_some_and(|d| d < today),
        channel: n.channel.words(),
        version: n.version,
    })
}

/// The nominations of one asset, or all, in reference order.
pub(crate) async fn lines(app: &App, asset: Option<Uuid>) -> Result<Vec<NominationLine>> {
    let names = super::names(app).await?;
    let today = app.today();
    app.store
        .nominations()
        .await?
        .iter()
        .filter(|n| asset.is_none_or(|a| a == n.asset_id))
        .map(|n| {
            let (name, ward) = names.get(&n.asset_id).map(|(a, w)| (a.as_str(), w.as_str())).unwrap_or_default();
            line(n, (name, ward), today)
        })
        .collect()
}

/// The published lists (public): assets listed (and in a moratorium), and nominations not listed.
#[derive(Debug, Clone, Serialize)]
pub struct Published {
    pub listed: Vec<NominationLine>,
    pub unsuccessful: Vec<NominationLine>,
}

pub async fn published(app: &App) -> Result<Published> {
    let all = lines(app, None).await?;
    let (listed, rest): (Vec<_>, Vec<_>) =
        all.into_iter().partition(|l| matches!(l.standing_key, "listed" | "moratorium"));
    Ok(Published { listed, unsuccessful: rest.into_iter().filter(|l| l.standing_key == "not_listed").collect() })
}

/// The nominations of the wards someone keeps the assets of.
pub async fn list(app: &App, principal: &Principal) -> Result<Vec<NominationLine>> {
    may_manage_somewhere(principal)?;
    let mut all = lines(app, None).await?;
    all.retain(|l| super::keeps_ward_of(app, principal, &l.ward_code));
    Ok(all)
}

/// One nomination with the contact details only officers see.
#[derive(Debug, Clone, Serialize)]
pub struct NominationPage {
    pub line: NominationLine,
    pub nominator_email: Option<String>,
    pub owner_email: Option<String>,
    pub reasons: String,
    pub rules: &'static str,
}

pub async fn page(app: &App, principal: &Principal, id: Uuid) -> Result<NominationPage> {
    let n = app.store.nomination(id).await?.ok_or(AppError::NotFound)?;
    let asset = app.store.asset(n.asset_id).await?.ok_or(AppError::NotFound)?;
    let ward = WardCode::parse(&asset.ward_code).map_err(|e| AppError::Internal(e.to_string()))?;
    may_manage(app, principal, Some(&ward))?;
    let sets = rule_sets();
    let rules = kith_core::assets::acv::in_force(&sets, n.received_on).map(|r| r.name).unwrap_or("");
    Ok(NominationPage {
        line: line(&n, (&asset.name, &asset.ward_code), app.today())?,
        nominator_email: n.nominator_email,
        owner_email: n.owner_email,
        reasons: n.reasons,
        rules,
    })
}

/// Adds nominations as the server (the demo's), numbered in order; their steps must be ones the rules allow.
pub async fn add_from_command_line(app: &App, nominations: &[StoredNomination]) -> Result<()> {
    let actor = Actor::command_line();
    let sets = rule_sets();
    for n in nominations {
        steps_of(n).clocks(&sets).map_err(|e| AppError::Internal(e.to_string()))?;
        let entry = actor.entry(app.now(), "acv.nominated", "acv_nomination", n.id, json!({ "asset": n.asset_id }));
        app.store.add_nomination(n, &entry, &[]).await?;
    }
    Ok(())
}
