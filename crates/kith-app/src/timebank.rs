//! The time bank: members (volunteers) give and receive hours. One member records an exchange on their own page and
//! the other confirms it on theirs, or a coordinator records one from a paper timesheet both signed; either way it is
//! posted as a double entry that sums to zero, refused whole if it would take either balance outside the time
//! bank's limits (`kith_core::timebank`: from −10 h to +50 h a member; the community pot never below zero). Members
//! donate hours to the pot. Statements per member; hours given roll up per ward and organisation.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use kith_core::channel::Channel;
use kith_core::timebank::{Account, Balances, Exchange, Hours, LedgerError, Limits, MAX_WHAT_CHARS, check};
use kith_store::outbox::OutgoingEmail;
use kith_store::timebank::PostingLimits;
pub use kith_store::timebank::{StatementLine, StoredExchange};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::problems::{Problems, text_within};
use crate::volunteering::{Volunteer, may_coordinate};
use crate::{Actor, App, AppError, Result};

/// The city's time bank's limits: the defaults of `kith_core::timebank::Limits` (a city that wants others sets them
/// here when a setting is made for it).
pub fn limits() -> Limits {
    Limits::default()
}

fn posting_limits(l: &Limits) -> PostingLimits {
    PostingLimits {
        floor: l.floor().as_minutes(),
        ceiling: l.ceiling().as_minutes(),
        pot_floor: l.pot_floor().as_minutes(),
    }
}

/// An exchange as a member's form sends it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct ExchangeForm {
    /// The other member's email address.
    pub other: String,
    /// `gave` (I helped them) or `received` (they helped me).
    pub direction: String,
    /// How long, such as `1:30`, `1.5 h` or `45 min`.
    pub hours: String,
    pub what: String,
    /// The day, `YYYY-MM-DD` (blank: today).
    pub on: String,
}

/// An exchange from a paper timesheet, as a coordinator's form sends it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct TimesheetForm {
    /// The email address of the member who helped.
    pub helper: String,
    /// The email address of the member who was helped, or `community` for the pot.
    pub helped: String,
    pub hours: String,
    pub what: String,
    pub on: String,
}

/// The most days back an exchange may be dated (a year's timesheets).
pub const MAX_DAYS_BACK: i64 = 366;

fn read_time(
    p: &mut Problems,
    hours: &str,
    what: &str,
    on: &str,
    today: NaiveDate,
) -> (Option<Hours>, String, Option<NaiveDate>) {
    let time = match Hours::parse(hours) {
        Ok(h) if h.as_minutes() > 0 && h <= kith_core::timebank::MAX_EXCHANGE => Some(h),
        Ok(_) => {
            p.report("hours", "Enter a time from 1 minute to 24 hours");
            None
        }
        Err(_) => {
            p.report("hours", "Enter how long, like 1:30 or 45 min");
            None
        }
    };
    let what = text_within(p, "what", what, MAX_WHAT_CHARS, Some("Say what the help was"));
    let on = match on.trim() {
        "" => Some(today),
        text => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) if d <= today && (today - d).num_days() <= MAX_DAYS_BACK => Some(d),
            Ok(_) => {
                p.report("on", format!("Enter a day from today back to {MAX_DAYS_BACK} days ago"));
                None
            }
            Err(_) => {
                p.report("on", "Enter a real date, like 2026-03-31");
                None
            }
        },
    };
    (time, what, on)
}

async fn member_by_email(app: &App, p: &mut Problems, field: &'static str, email: &str) -> Result<Option<Volunteer>> {
    let email = email.trim().to_lowercase();
    if email.is_empty() {
        p.report(field, "Enter the other member's email address");
        return Ok(None);
    }
    let found = app.store.volunteer_by_email(&email).await?;
    if found.is_none() {
        p.report(field, "No member has that email address");
    }
    Ok(found)
}

/// Why a post was refused, in words: the account and the limit.
fn refusal(e: LedgerError) -> AppError {
    AppError::Invalid(vec![("hours", e.to_string())])
}

/// Checks an exchange against the balances as they are now, for a clear message before the store enforces it.
async fn fits(app: &App, e: &Exchange) -> Result<()> {
    let member = |a: Account| match a {
        Account::Member(id) => Some(id),
        Account::Community => None,
    };
    let before = Balances {
        from: Hours::from_minutes(app.store.balance(member(e.from)).await?),
        to: Hours::from_minutes(app.store.balance(member(e.to)).await?),
    };
    check(before, e, &limits()).map_err(refusal)
}

fn side(member: Option<Uuid>) -> Account {
    member.map_or(Account::Community, Account::Member)
}

fn as_exchange(s: &StoredExchange) -> Exchange {
    Exchange {
        from: side(s.from),
        to: side(s.to),
        time: Hours::from_minutes(s.minutes),
        what: s.what.clone(),
        on: s.on,
    }
}

/// Posts an exchange, refusing it whole with the limit it would break.
async fn post(app: &App, s: &StoredExchange, audit: &kith_store::AuditEntry) -> Result<()> {
    fits(app, &as_exchange(s)).await?;
    app.store.post_exchange(s, posting_limits(&limits()), app.now(), audit).await.map_err(|e| match e {
        kith_store::StoreError::Conflict(m) if m.starts_with("from:") || m.starts_with("to:") => {
            AppError::Invalid(vec![(
                "hours",
                "Another exchange was posted meanwhile and this one would now take a balance past its limit.".into(),
            )])
        }
        e => crate::changed_meanwhile(e),
    })
}

/// A member records an exchange with another member on their own page; the other is emailed to confirm it.
pub async fn propose(app: &App, me: &Volunteer, actor: &Actor, form: &ExchangeForm) -> Result<Uuid> {
    let mut p = Problems::default();
    let other = member_by_email(app, &mut p, "other", &form.other).await?;
    if other.as_ref().is_some_and(|o| o.id == me.id) {
        p.report("other", "Enter someone else's email address");
    }
    let gave = match form.direction.trim() {
        "gave" => Some(true),
        "received" => Some(false),
        _ => {
            p.report("direction", "Say whether you helped them or they helped you");
            None
        }
    };
    let (time, what, on) = read_time(&mut p, &form.hours, &form.what, &form.on, app.today());
    p.finish()?;
    let (Some(other), Some(gave), Some(time), Some(on)) = (other, gave, time, on) else {
        return Err(AppError::Internal("a whole exchange form without its parts".into()));
    };
    let (from, to) = if gave { (other.id, me.id) } else { (me.id, other.id) };
    let now = app.now();
    let s = StoredExchange {
        id: Uuid::now_v7(),
        from: Some(from),
        to: Some(to),
        minutes: time.as_minutes(),
        what,
        on,
        state: "proposed".into(),
        proposed_by: Some(me.id),
        channel: Channel::Online,
        keyed_by: None,
        created_at: now,
        posted_at: None,
    };
    fits(app, &as_exchange(&s)).await?;
    let link = crate::volunteering::link(app, other.id).await?;
    let emails = if other.email.is_empty() {
        Vec::new()
    } else {
        vec![OutgoingEmail::new(
            &other.email,
            "Please confirm time bank hours",
            &format!(
                "Dear {},\n\n{} has recorded {} for \"{}\" on {}. Please confirm it (or say it is wrong) on your page:\n{}{link}\n",
                other.name,
                me.name,
                time,
                s.what,
                on.format("%-d %B %Y"),
                app.settings.public_url
            ),
            now,
        )]
    };
    let audit = actor.entry(now, "timebank.proposed", "timebank_exchange", s.id, json!({ "minutes": s.minutes }));
    app.store.propose_exchange(&s, &audit, &emails).await?;
    Ok(s.id)
}

/// The other side confirms (posted) or declines an exchange waiting for them.
pub async fn answer(app: &App, me: &Volunteer, actor: &Actor, id: Uuid, confirm: bool) -> Result<()> {
    let s = app.store.exchange(id).await?.ok_or(AppError::NotFound)?;
    let mine = s.from == Some(me.id) || s.to == Some(me.id);
    if !mine || s.proposed_by == Some(me.id) || s.state != "proposed" {
        return Err(AppError::NotFound);
    }
    let now = app.now();
    if confirm {
        let audit = actor.entry(now, "timebank.posted", "timebank_exchange", s.id, json!({ "minutes": s.minutes }));
        post(app, &s, &audit).await
    } else {
        let audit = actor.entry(now, "timebank.declined", "timebank_exchange", s.id, json!({}));
        app.store.decline_exchange(s.id, &audit).await.map_err(crate::changed_meanwhile)
    }
}

/// A member gives hours they have earned to the community pot (posted at once: nobody else is affected), never more
/// than their balance.
pub async fn donate(app: &App, me: &Volunteer, actor: &Actor, hours: &str) -> Result<()> {
    let mut p = Problems::default();
    let (time, _, _) = read_time(&mut p, hours, "donation", "", app.today());
    p.finish()?;
    let Some(time) = time else { return Err(AppError::Internal("a whole donation without its time".into())) };
    let balance = Hours::from_minutes(app.store.balance(Some(me.id)).await?);
    if balance < time {
        return Err(AppError::Invalid(vec![(
            "hours",
            format!("You can give only hours you have earned: your balance is {balance}"),
        )]));
    }
    let now = app.now();
    let e = Exchange::donation(me.id, time, app.today());
    let s = StoredExchange {
        id: Uuid::now_v7(),
        from: Some(me.id),
        to: None,
        minutes: time.as_minutes(),
        what: e.what,
        on: e.on,
        state: "new".into(),
        proposed_by: Some(me.id),
        channel: Channel::Online,
        keyed_by: None,
        created_at: now,
        posted_at: None,
    };
    let audit = actor.entry(now, "timebank.donated", "timebank_exchange", s.id, json!({ "minutes": s.minutes }));
    post(app, &s, &audit).await
}

/// A coordinator records an exchange from a paper timesheet both members signed: posted at once, marked as taken on
/// paper and by whom.
pub async fn record_timesheet(app: &App, principal: &Principal, actor: &Actor, form: &TimesheetForm) -> Result<Uuid> {
    let mut p = Problems::default();
    let helper = member_by_email(app, &mut p, "helper", &form.helper).await?;
    let helped = if form.helped.trim().eq_ignore_ascii_case("community") {
        None
    } else {
        match member_by_email(app, &mut p, "helped", &form.helped).await? {
            Some(v) => Some(v),
            None => return Err(p.into_error()),
        }
    };
    let (time, what, on) = read_time(&mut p, &form.hours, &form.what, &form.on, app.today());
    p.finish()?;
    let (Some(helper), Some(time), Some(on)) = (helper, time, on) else {
        return Err(AppError::Internal("a whole timesheet without its parts".into()));
    };
    may_coordinate(app, principal, &helper.ward)?;
    if let Some(h) = &helped {
        may_coordinate(app, principal, &h.ward)?;
    }
    let now = app.now();
    let s = StoredExchange {
        id: Uuid::now_v7(),
        from: helped.as_ref().map(|h| h.id),
        to: Some(helper.id),
        minutes: time.as_minutes(),
        what,
        on,
        state: "new".into(),
        proposed_by: None,
        channel: Channel::Paper,
        keyed_by: Some(principal.user.id),
        created_at: now,
        posted_at: None,
    };
    let audit = actor.entry(
        now,
        "timebank.recorded",
        "timebank_exchange",
        s.id,
        json!({ "minutes": s.minutes, "channel": "paper" }),
    );
    post(app, &s, &audit).await?;
    Ok(s.id)
}

/// The most lines a statement shows.
pub const STATEMENT_LINES: i64 = 200;

/// A member's time bank: their balance, what waits for them to confirm, and their statement (newest first).
#[derive(Debug, Clone)]
pub struct Statement {
    pub balance: Hours,
    pub waiting: Vec<StoredExchange>,
    pub lines: Vec<StatementLine>,
    /// The other member of each line and waiting exchange, by id.
    pub names: BTreeMap<Uuid, String>,
}

pub async fn statement(app: &App, me: &Volunteer) -> Result<Statement> {
    let balance = Hours::from_minutes(app.store.balance(Some(me.id)).await?);
    let waiting = app.store.waiting_for(me.id, 50).await?;
    let lines = app.store.statement(Some(me.id), STATEMENT_LINES).await?;
    let mut others: Vec<Uuid> = Vec::new();
    for e in waiting.iter().chain(lines.iter().map(|l| &l.exchange)) {
        others.extend([e.from, e.to].into_iter().flatten().filter(|id| *id != me.id));
    }
    others.sort_unstable();
    others.dedup();
    let mut names = BTreeMap::new();
    for id in others {
        names.insert(id, app.store.volunteer(id).await?.map(|v| v.name).unwrap_or_default());
    }
    Ok(Statement { balance, waiting, lines, names })
}

/// Hours given in the last year, per ward and per organisation, with the pot's balance and the ledger's sum.
#[derive(Debug, Clone)]
pub struct Rollup {
    pub by_ward: Vec<(String, Hours)>,
    pub by_organisation: Vec<(String, Hours)>,
    pub pot: Hours,
    /// The sum of every posting (zero: the ledger balances) and how many postings there are.
    pub ledger: (i64, i64),
}

/// The most members the roll-up reads.
pub const MAX_MEMBERS: i64 = 50_000;

pub async fn rollup(app: &App, principal: &Principal) -> Result<Rollup> {
    crate::volunteering::coordinated_wards(app, principal)?;
    let given = app.store.given_by_member(app.now() - Duration::days(365), MAX_MEMBERS).await?;
    let mut wards: BTreeMap<String, i64> = BTreeMap::new();
    let mut organisations: BTreeMap<Uuid, i64> = BTreeMap::new();
    for g in &given {
        *wards.entry(g.ward.clone()).or_default() += g.minutes;
        for o in &g.organisations {
            *organisations.entry(*o).or_default() += g.minutes;
        }
    }
    let places = app.places();
    let mut by_ward: Vec<(String, Hours)> = wards
        .into_iter()
        .map(|(code, m)| {
            let name = kith_core::places::WardCode::parse(&code)
                .ok()
                .and_then(|c| places.ward(&c).map(|w| w.name.clone()))
                .unwrap_or(code);
            (name, Hours::from_minutes(m))
        })
        .collect();
    by_ward.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let ids: Vec<Uuid> = organisations.keys().copied().collect();
    let names = app.store.organisation_names(&ids).await?;
    let mut by_organisation: Vec<(String, Hours)> = organisations
        .into_iter()
        .map(|(id, m)| (names.get(&id).cloned().unwrap_or_default(), Hours::from_minutes(m)))
        .collect();
    by_organisation.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Ok(Rollup {
        by_ward,
        by_organisation,
        pot: Hours::from_minutes(app.store.balance(None).await?),
        ledger: app.store.ledger_sum().await?,
    })
}
