//! Community Asset Transfers: a community organisation's application to take on a building, worked stage by stage
//! (expression of interest, business case, valuation and social value assessment, decision, lease or transfer,
//! monitoring) by an officer who keeps the assets of its ward. Each stage is due a number of working days after it
//! starts, the target the council publishes (`targets`); the applicant is told by email at each stage when they
//! gave an address. Applications come online, by phone or on paper, and are counted alike.

use chrono::NaiveDate;
use kith_core::accounts::Email;
use kith_core::assets::{STAGES, Stage};
use kith_core::channel::Channel;
use kith_core::places::WardCode;
use kith_store::outbox::OutgoingEmail;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::{By, StageEntry, StoredTransfer, may_manage, may_manage_somewhere};
use crate::accounts::Principal;
use crate::problems::{Problems, choice, optional, text_within};
use crate::{Actor, App, AppError, Result};

/// A stage's published target.
#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub stage: &'static str,
    pub working_days: Option<u32>,
}

/// The working-day targets the council publishes for each stage (public).
pub fn targets() -> Vec<Target> {
    STAGES.iter().map(|s| Target { stage: s.words(), working_days: s.target_working_days() }).collect()
}

/// The last day a stage entered on `on` is due, by the working-day calendar: a stage entered on a weekend or a bank
/// holiday counts from the next working day, as cases' clocks do.
fn due(app: &App, stage: Stage, on: NaiveDate) -> Option<NaiveDate> {
    let days = stage.target_working_days()?;
    let calendar = app.working_days();
    let start = if calendar.is_working_day(on) { on } else { calendar.add(on, 1) };
    Some(calendar.add(start, days))
}

/// A transfer as its opening form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct OpenForm {
    pub asset: String,
    pub applicant: String,
    pub applicant_email: String,
    pub channel: String,
    pub note: String,
}

/// Opens a transfer at its expression of interest, dated today: sent online by a community organisation (with an
/// email to answer), or keyed by someone who keeps the asset's ward from a call or a letter.
pub async fn open(app: &App, by: By<'_>, actor: &Actor, form: &OpenForm) -> Result<Uuid> {
    by.may_start()?;
    let mut problems = Problems::default();
    let asset = match Uuid::parse_str(form.asset.trim()).ok() {
        Some(id) => app.store.asset(id).await?,
        None => None,
    };
    if asset.is_none() {
        problems.push(("asset", "Choose the building".into()));
    }
    let applicant = text_within(&mut problems, "applicant", &form.applicant, 200, Some("Enter who is applying"));
    let email = match by {
        By::Online if form.applicant_email.trim().is_empty() => {
            Err(problems.report("applicant_email", "Enter an email address, so the council can tell you each step"))
        }
        _ => optional(&mut problems, "applicant_email", &form.applicant_email, Email::parse),
    };
    let channel = match by {
        By::Online => Ok(Channel::Online),
        By::Staff(_) => choice(&mut problems, "channel", &form.channel, Channel::Online, "Choose how it came in"),
    };
    let note = text_within(&mut problems, "note", &form.note, 2_000, None);
    let (Some(asset), Ok(email), Ok(channel)) = (asset, email, channel) else { return Err(problems.into_error()) };
    problems.finish()?;
    by.may_act_in(app, &asset.ward_code)?;
    if asset.owner != kith_core::assets::Owner::Council {
        return Err(AppError::Invalid(vec![(
            "asset",
            "Only the council's buildings can be transferred by the council".into(),
        )]));
    }
    let at = app.now();
    let today = app.today();
    let stage = Stage::ExpressionOfInterest;
    let transfer = StoredTransfer {
        id: Uuid::new_v4(),
        number: 0,
        asset_id: asset.id,
        applicant,
        applicant_email: email.map(|e| e.to_string()),
        organisation_id: None,
        stage,
        stage_since: today,
        stage_due: due(app, stage, today),
        handler_id: by.handler(),
        channel,
        created_at: at,
        version: 1,
    };
    let first = StageEntry {
        id: Uuid::new_v4(),
        stage,
        entered_on: today,
        due_on: transfer.stage_due,
        note,
        by_user: by.handler(),
        recorded_at: at,
    };
    let emails = notice(&transfer, &asset.name, at);
    let entry = actor.entry(at, "transfer.opened", "asset_transfer", transfer.id, json!({ "asset": asset.id }));
    app.store.open_transfer(&transfer, &first, &entry, &emails).await?;
    Ok(transfer.id)
}

/// The applicant's email about the stage their transfer is at, if they gave an address.
fn notice(t: &StoredTransfer, asset: &str, at: chrono::DateTime<chrono::Utc>) -> Vec<OutgoingEmail> {
    let Some(to) = &t.applicant_email else { return Vec::new() };
    let due =
        t.stage_due.map(|d| format!(" We aim to finish this stage by {}.", d.format("%-d %B %Y"))).unwrap_or_default();
    // A transfer being opened has no number yet: the store gives it one in the same transaction.
    let reference = if t.number > 0 { format!(" (CAT-{})", t.number) } else { String::new() };
    let body = format!(
        "Your application to take on {asset}{reference} is now at this stage: {}.{due}\n\nWrite back to this address \
         with any question.",
        t.stage.words()
    );
    vec![OutgoingEmail::new(to, &format!("Community asset transfer: {}", t.stage.words()), &body, at)]
}

/// A move as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct MoveForm {
    pub stage: String,
    pub on: String,
    pub note: String,
    pub version: String,
}

/// Moves a transfer to its next stage (or withdraws or refuses it) on the date given, which is neither before the
/// stage it leaves began nor after today.
pub async fn move_to(app: &App, principal: &Principal, actor: &Actor, id: Uuid, form: &MoveForm) -> Result<()> {
    let (transfer, _) = app.store.transfer(id).await?.ok_or(AppError::NotFound)?;
    let asset = app.store.asset(transfer.asset_id).await?.ok_or(AppError::NotFound)?;
    let ward = WardCode::parse(&asset.ward_code).map_err(|e| AppError::Internal(e.to_string()))?;
    may_manage(app, principal, Some(&ward))?;
    let mut problems = Problems::default();
    let stage = Stage::try_from(form.stage.trim()).ok().filter(|s| transfer.stage.may_move_to(*s));
    if stage.is_none() {
        problems.push(("stage", format!("Choose a stage this transfer can move to from {}", transfer.stage.words())));
    }
    let today = app.today();
    let on = NaiveDate::parse_from_str(form.on.trim(), "%Y-%m-%d").ok();
    match on {
        None => problems.push(("on", "Enter the date, like 2026-03-02".into())),
        Some(d) if d < transfer.stage_since => problems.push((
            "on",
            format!("The date cannot be before this stage began ({})", transfer.stage_since.format("%-d %B %Y")),
        )),
        Some(d) if d > today => problems.push(("on", "The date cannot be in the future".into())),
        Some(_) => {}
    }
    let note = text_within(&mut problems, "note", &form.note, 2_000, None);
    if form.version.trim() != transfer.version.to_string() {
        return Err(AppError::Conflict(crate::CHANGED_MEANWHILE.into()));
    }
    let (Some(stage), Some(on)) = (stage, on) else { return Err(problems.into_error()) };
    problems.finish()?;
    let at = app.now();
    let moved = StoredTransfer {
        stage,
        stage_since: on,
        stage_due: due(app, stage, on),
        handler_id: Some(principal.user.id),
        version: transfer.version + 1,
        ..transfer.clone()
    };
    let entry_row = StageEntry {
        id: Uuid::new_v4(),
        stage,
        entered_on: on,
        due_on: moved.stage_due,
        note,
        by_user: Some(principal.user.id),
        recorded_at: at,
    };
    let entry = actor.entry(
        at,
        "transfer.moved",
        "asset_transfer",
        id,
        json!({ "from": transfer.stage.as_str(), "to": stage.as_str() }),
    );
    app.store.move_transfer(&moved, &entry_row, &entry, &notice(&moved, &asset.name, at)).await?;
    Ok(())
}

/// A transfer in a list: what the public may see of it (no applicant's email), and whether its stage is overdue.
#[derive(Debug, Clone, Serialize)]
pub struct TransferLine {
    pub id: Uuid,
    pub reference: String,
    pub asset_id: Uuid,
    pub asset: String,
    pub ward_code: String,
    pub applicant: String,
    pub stage: &'static str,
    pub stage_key: &'static str,
    pub since: NaiveDate,
    pub due: Option<NaiveDate>,
    pub overdue: bool,
    pub channel: &'static str,
}

/// The transfers of one asset, or all of them, in reference order.
pub(crate) async fn lines(app: &App, asset: Option<Uuid>) -> Result<Vec<TransferLine>> {
    let names = super::names(app).await?;
    let today = app.today();
    Ok(app
        .store
        .transfers()
        .await?
        .into_iter()
        .filter(|t| asset.is_none_or(|a| a == t.asset_id))
        .map(|t| TransferLine {
            id: t.id,
            reference: format!("CAT-{}", t.number),
            asset_id: t.asset_id,
            asset: names.get(&t.asset_id).map(|n| n.0.clone()).unwrap_or_default(),
            ward_code: names.get(&t.asset_id).map(|n| n.1.clone()).unwrap_or_default(),
            applicant: t.applicant,
            stage: t.stage.words(),
            stage_key: t.stage.as_str(),
            since: t.stage_since,
            due: t.stage_due,
            overdue: t.stage_due.is_some_and(|d| d < today),
            channel: t.channel.words(),
        })
        .collect())
}

/// The transfers of the wards someone keeps the assets of (the officer's list, overdue stages marked).
pub async fn list(app: &App, principal: &Principal) -> Result<Vec<TransferLine>> {
    may_manage_somewhere(principal)?;
    let mut all = lines(app, None).await?;
    all.retain(|l| super::keeps_ward_of(app, principal, &l.ward_code));
    Ok(all)
}

/// A transfer with its history, for someone who keeps its ward's assets.
#[derive(Debug, Clone, Serialize)]
pub struct TransferPage {
    pub line: TransferLine,
    pub applicant_email: Option<String>,
    pub version: i64,
    pub history: Vec<HistoryLine>,
    /// The stages it may move to: (key, words).
    pub next: Vec<(&'static str, &'static str)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoryLine {
    pub stage: &'static str,
    pub entered_on: NaiveDate,
    pub due_on: Option<NaiveDate>,
    pub note: String,
}

pub async fn page(app: &App, principal: &Principal, id: Uuid) -> Result<TransferPage> {
    let (transfer, history) = app.store.transfer(id).await?.ok_or(AppError::NotFound)?;
    let asset = app.store.asset(transfer.asset_id).await?.ok_or(AppError::NotFound)?;
    let ward = WardCode::parse(&asset.ward_code).map_err(|e| AppError::Internal(e.to_string()))?;
    may_manage(app, principal, Some(&ward))?;
    let line = lines(app, Some(asset.id)).await?.into_iter().find(|l| l.id == id).ok_or(AppError::NotFound)?;
    let next = Stage::ALL.iter().filter(|s| transfer.stage.may_move_to(**s)).map(|s| (s.as_str(), s.words())).collect();
    Ok(TransferPage {
        line,
        applicant_email: transfer.applicant_email,
        version: transfer.version,
        history: history
            .into_iter()
            .map(|h| HistoryLine { stage: h.stage.words(), entered_on: h.entered_on, due_on: h.due_on, note: h.note })
            .collect(),
        next,
    })
}

/// Opens a transfer as the server (the demo's) on `opened`, and moves it through `moves` with their dates.
pub async fn add_from_command_line(
    app: &App,
    asset: Uuid,
    applicant: &str,
    opened: NaiveDate,
    moves: &[(Stage, NaiveDate)],
) -> Result<()> {
    let actor = Actor::command_line();
    let at = app.now();
    let stage = Stage::ExpressionOfInterest;
    let mut transfer = StoredTransfer {
        id: Uuid::new_v4(),
        number: 0,
        asset_id: asset,
        applicant: applicant.to_owned(),
        applicant_email: None,
        organisation_id: None,
        stage,
        stage_since: opened,
        stage_due: due(app, stage, opened),
        handler_id: None,
        channel: Channel::Paper,
        created_at: at,
        version: 1,
    };
    let entry_of = |stage: Stage, on: NaiveDate, due_on: Option<NaiveDate>| StageEntry {
        id: Uuid::new_v4(),
        stage,
        entered_on: on,
        due_on,
        note: String::new(),
        by_user: None,
        recorded_at: at,
    };
    let audit = actor.entry(at, "transfer.opened", "asset_transfer", transfer.id, json!({ "asset": asset }));
    app.store.open_transfer(&transfer, &entry_of(stage, opened, transfer.stage_due), &audit, &[]).await?;
    for (stage, on) in moves {
        if !transfer.stage.may_move_to(*stage) {
            return Err(AppError::Internal(format!("a transfer cannot move from {} to {}", transfer.stage, stage)));
        }
        transfer = StoredTransfer {
            stage: *stage,
            stage_since: *on,
            stage_due: due(app, *stage, *on),
            version: transfer.version + 1,
            ..transfer
        };
        let audit = actor.entry(at, "transfer.moved", "asset_transfer", transfer.id, json!({ "to": stage.as_str() }));
        app.store.move_transfer(&transfer, &entry_of(*stage, *on, transfer.stage_due), &audit, &[]).await?;
    }
    Ok(())
}
