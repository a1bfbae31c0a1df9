//! Applying for a grant: a short form in plain English, saved as the applicant goes and resumable from the link
//! emailed to them; the checks on submission (eligibility with every reason, possible duplicates flagged to the
//! officer, never refused); and staff entering an application taken by phone or on paper, marked with how it came
//! in and who keyed it, then treated and counted like one made online. No charity number is needed: an
//! unconstituted group applies with two unrelated named people and a bank account in its name or a fiscal host.

use chrono::{DateTime, Utc};
use kith_core::calendar::WorkingDays;
use kith_core::grants::{
    ApplicationDetails, ApplicationState, Channel, DecisionClock, GroupKind, Move, Payee, Pence, Person, Rules, Track,
    eligibility, group_key, long_date,
};
use kith_core::places::WardCode;
use kith_store::grants::ApplicationChange;
use kith_store::outbox::OutgoingEmail;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::{Application, Fund, GrantEvent, Round, conflict, event, may_manage};
use crate::accounts::Principal;
use crate::links;
use crate::problems::{Problems, optional, text_within, ticked};
use crate::{Actor, App, AppError, Result};

const LINK_KEY: &str = "grant-applications";

/// The most people an application may say it reaches (a city's population, and then some).
pub const MAX_PEOPLE_REACHED: u32 = 10_000_000;

/// An application as its form sends it: text, kept whole in a draft.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct ApplicationForm {
    pub group_name: String,
    pub group_kind: String,
    pub ward: String,
    pub charity_number: String,
    pub company_number: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    /// An unconstituted group's second named person, not related to the first.
    pub second_name: String,
    pub second_email: String,
    pub second_phone: String,
    /// `yes`: the two people are not related and do not live at the same address.
    pub unrelated: String,
    /// `account` (a bank account in the group's name) or `host` (a fiscal host).
    pub payee: String,
    pub account_name: String,
    pub host_name: String,
    pub host_email: String,
    pub project_title: String,
    pub project_summary: String,
    pub amount: String,
    pub people_reached: String,
    /// `yes`, `no` or blank (rather not say).
    pub minority_led: String,
    pub funded_before: String,
}

/// Who is applying: the applicant online, or staff keying an application taken by phone or on paper.
#[derive(Debug, Clone, Copy)]
pub enum Applicant<'a> {
    Online,
    Staff { principal: &'a Principal, channel: Channel },
}

impl Applicant<'_> {
    fn channel(&self) -> Channel {
        match self {
            Applicant::Online => Channel::Online,
            Applicant::Staff { channel, .. } => *channel,
        }
    }

    fn keyed_by(&self) -> Option<Uuid> {
        match self {
            Applicant::Online => None,
            Applicant::Staff { principal, .. } => Some(principal.user.id),
        }
    }
}

/// An application's form read whole: every problem at once.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationCommand {
    pub group_name: String,
    pub group_kind: GroupKind,
    pub ward: WardCode,
    pub amount: Pence,
    pub details: ApplicationDetails,
}

/// A yes-or-no question someone may rather not answer.
fn may_say(problems: &mut Problems, field: &'static str, value: &str) -> Option<bool> {
    match value.trim() {
        "" => None,
        "yes" => Some(true),
        "no" => Some(false),
        _ => {
            problems.push((field, "Choose yes, no, or leave it blank".to_owned()));
            None
        }
    }
}

fn email_of(problems: &mut Problems, field: &'static str, value: &str, required: Option<&str>) -> String {
    match (value.trim(), required) {
        ("", Some(message)) => {
            problems.push((field, message.to_owned()));
            String::new()
        }
        ("", None) => String::new(),
        (text, _) => match kith_core::accounts::Email::parse(text) {
            Ok(e) => e.to_string(),
            Err(e) => {
                problems.push((field, e.to_string()));
                String::new()
            }
        },
    }
}

impl ApplicationCommand {
    /// Reads `form` as it came in through `channel` (an online applicant must give an email address: their link
    /// goes there; one who phoned or wrote may have none).
    pub fn read(form: &ApplicationForm, channel: Channel) -> std::result::Result<Self, Problems> {
        let mut problems = Problems::default();
        let group_name =
            text_within(&mut problems, "group_name", &form.group_name, 120, Some("Enter your group's name"));
        let kind = match form.group_kind.trim() {
            "" => Err(problems.report("group_kind", "Choose what kind of group you are")),
            k => GroupKind::try_from(k).map_err(|_| problems.report("group_kind", "Choose what kind of group you are")),
        };
        let ward = match form.ward.trim() {
            "" => Err(problems.report("ward", "Choose the ward your project is in")),
            w => WardCode::parse(w).map_err(|_| problems.report("ward", "Choose the ward your project is in")),
        };
        let numbers = |t: &str, len: std::ops::RangeInclusive<usize>| {
            len.contains(&t.len()) && t.chars().all(|c| c.is_ascii_alphanumeric())
        };
        let charity_number = form.charity_number.trim().to_owned();
        if kind == Ok(GroupKind::Charity) && !numbers(&charity_number, 6..=8) {
            problems.push(("charity_number", "Enter your charity number, like 1234567".to_owned()));
        }
        let company_number = form.company_number.trim().to_uppercase();
        if matches!(kind, Ok(GroupKind::Company | GroupKind::CommunityInterestCompany))
            && !numbers(&company_number, 8..=8)
        {
            problems
                .push(("company_number", "Enter your company number: 8 letters and digits, like 01234567".to_owned()));
        }
        let online = channel == Channel::Online;
        let contact = Person {
            name: text_within(&mut problems, "contact_name", &form.contact_name, 120, Some("Enter your name")),
            email: email_of(
                &mut problems,
                "contact_email",
                &form.contact_email,
                online.then_some("Enter your email address: we send your link to it"),
            ),
            phone: text_within(&mut problems, "contact_phone", &form.contact_phone, 40, None),
        };
        if !online && contact.email.is_empty() && contact.phone.is_empty() {
            problems.push(("contact_phone", "Enter a phone number or an email address to reach them".to_owned()));
        }
        let mut people = vec![contact];
        if kind == Ok(GroupKind::Unconstituted) {
            let second = Person {
                name: text_within(
                    &mut problems,
                    "second_name",
                    &form.second_name,
                    120,
                    Some("Enter a second person in your group: an unconstituted group applies with two"),
                ),
                email: email_of(&mut problems, "second_email", &form.second_email, None),
                phone: text_within(&mut problems, "second_phone", &form.second_phone, 40, None),
            };
            if second.email.is_empty() && second.phone.is_empty() {
                problems.push(("second_email", "Enter an email address or phone number for the second person".into()));
            } else if !second.email.is_empty() && second.email == people[0].email {
                problems.push(("second_email", "The second person needs an email address of their own".into()));
            }
            if !ticked(&form.unrelated) {
                problems.push(("unrelated", "Confirm the two people are not related and do not live together".into()));
            }
            people.push(second);
        }
        let payee = match form.payee.trim() {
            "account" | "" if kind != Ok(GroupKind::Unconstituted) || form.payee.trim() == "account" => {
                let name = text_within(
                    &mut problems,
                    "account_name",
                    &form.account_name,
                    120,
                    Some("Enter the name on the group's bank account"),
                );
                Some(Payee::GroupAccount { account_name: name })
            }
            "host" => Some(Payee::FiscalHost {
                name: text_within(
                    &mut problems,
                    "host_name",
                    &form.host_name,
                    120,
                    Some("Enter the organisation that will receive the money for you"),
                ),
                email: email_of(&mut problems, "host_email", &form.host_email, Some("Enter the host's email address")),
            }),
            _ => {
                problems.push((
                    "payee",
                    "Choose a bank account in the group's name, or a fiscal host to receive the money".to_owned(),
                ));
                None
            }
        };
        let project_title =
            text_within(&mut problems, "project_title", &form.project_title, 120, Some("Give your project a name"));
        let project_summary = text_within(
            &mut problems,
            "project_summary",
            &form.project_summary,
            3_000,
            Some("Tell us what the money is for"),
        );
        let amount = match form.amount.trim() {
            "" => Err(problems.report("amount", "Enter how much you are asking for")),
            text => Pence::parse_pounds(text).map_err(|e| problems.report("amount", e.to_string())),
        };
        let people_reached = optional(&mut problems, "people_reached", &form.people_reached, |t| {
            t.replace(',', "")
                .parse::<u32>()
                .ok()
                .filter(|n| *n <= MAX_PEOPLE_REACHED)
                .ok_or("Enter roughly how many people, as a number, like 40")
        });
        let minority_led = may_say(&mut problems, "minority_led", &form.minority_led);
        let funded_before = may_say(&mut problems, "funded_before", &form.funded_before);
        let read = (|| {
            Ok(ApplicationCommand {
                group_name,
                group_kind: kind?,
                ward: ward?,
                amount: amount?,
                details: ApplicationDetails {
                    project_title,
                    project_summary,
                    people_reached: people_reached?,
                    people,
                    charity_number,
                    company_number,
                    payee,
                    led_by_minority_ethnic_people: minority_led,
                    funded_before,
                },
            })
        })();
        problems.or_value(read)
    }
}

fn message(id: Uuid) -> String {
    format!("grant-application:{id}")
}

/// The applicant's own address for their application: to carry on with a draft, and to see where it is.
pub async fn link(app: &App, id: Uuid) -> Result<String> {
    let key = links::key(app, LINK_KEY).await?;
    Ok(format!("/grants/applications/{id}/{}", links::sign(&key, &message(id))))
}

/// The application a link is for, if the link is genuine.
pub async fn by_link(app: &App, id: Uuid, sig: &str) -> Result<Application> {
    let key = links::key(app, LINK_KEY).await?;
    if !links::genuine(&key, &message(id), sig) {
        return Err(AppError::NotFound);
    }
    app.store.application(id).await?.ok_or(AppError::NotFound)
}

/// The fund and round an application to `round_id` is for.
async fn fund_and_round(app: &App, round_id: Uuid) -> Result<(Fund, Round)> {
    let round = app.store.round(round_id).await?.ok_or(AppError::NotFound)?;
    let fund = app.store.fund(round.fund_id).await?.ok_or(AppError::NotFound)?;
    Ok((fund, round))
}

fn public_url(app: &App, path: &str) -> String {
    format!("{}{path}", app.settings.public_url.trim_end_matches('/'))
}

/// What a draft must say before it can be kept: enough to name it and to send the link.
fn draft_problems(form: &ApplicationForm) -> Problems {
    let mut problems = Problems::default();
    text_within(&mut problems, "group_name", &form.group_name, 120, Some("Enter your group's name"));
    if WardCode::parse(&form.ward).is_err() {
        problems.push(("ward", "Choose the ward your project is in".to_owned()));
    }
    text_within(&mut problems, "contact_name", &form.contact_name, 120, Some("Enter your name"));
    email_of(
        &mut problems,
        "contact_email",
        &form.contact_email,
        Some("Enter your email address: we send your link to it"),
    );
    problems
}

/// A draft's row, from what its form says so far (the form itself is kept whole beside it).
fn draft_row(fund: &Fund, round: &Round, form: &ApplicationForm, now: DateTime<Utc>) -> Result<Application> {
    let ward =
        WardCode::parse(&form.ward).map_err(|_| AppError::invalid("ward", "Choose the ward your project is in"))?;
    Ok(Application {
        id: Uuid::now_v7(),
        reference: String::new(),
        fund_id: fund.id,
        round_id: round.id,
        state: ApplicationState::Draft,
        channel: Channel::Online,
        keyed_by: None,
        ward,
        group_name: form.group_name.trim().to_owned(),
        group_kind: GroupKind::try_from(form.group_kind.trim()).unwrap_or(GroupKind::Unconstituted),
        amount: Pence::parse_pounds(&form.amount).unwrap_or_default(),
        details: ApplicationDetails {
            people: vec![Person {
                name: form.contact_name.trim().to_owned(),
                email: form.contact_email.trim().to_lowercase(),
                phone: form.contact_phone.trim().to_owned(),
            }],
            ..ApplicationDetails::default()
        },
        draft: Some(serde_json::to_string(form).map_err(|e| AppError::Internal(e.to_string()))?),
        submitted_at: None,
        due_at: None,
        paused_at: None,
        decided_at: None,
        escalated_at: None,
        awarded: None,
        decision_reason: String::new(),
        payment: kith_core::grants::Payment::NotYet,
        payment_reference: String::new(),
        paid_at: None,
        return_due_on: None,
        return_reminded_at: None,
        duplicates: Vec::new(),
        created_at: now,
        updated_at: now,
        version: 1,
    })
}

/// What starting or keeping a draft gives back.
#[derive(Debug, Clone)]
pub struct Draft {
    pub id: Uuid,
    pub reference: String,
    /// The applicant's link (also emailed to them).
    pub link: String,
}

/// Keeps a new draft for `round` and emails the applicant their link to carry on. Anyone may start one; the round
/// need not be open yet (it is checked when the application is sent).
pub async fn start(app: &App, actor: &Actor, round_id: Uuid, form: &ApplicationForm) -> Result<Draft> {
    let (fund, round) = fund_and_round(app, round_id).await?;
    draft_problems(form).finish()?;
    let now = app.now();
    let row = draft_row(&fund, &round, form, now)?;
    let link = link(app, row.id).await?;
    let email = OutgoingEmail::new(
        &row.details.people[0].email,
        &format!("Your application to {}: {{reference}}", fund.name),
        &format!(
            "Hello {},\n\nYour application to {} for {} is saved as {{reference}}. Carry on with it, and send it when \
             you are ready, here:\n\n{}\n\nKeep this email: the link is yours alone.\n",
            row.details.people[0].name,
            fund.name,
            row.group_name,
            public_url(app, &link)
        ),
        now,
    );
    let change = ApplicationChange {
        application: &row,
        event: &event(row.id, now, actor, "saved", ""),
        audit: &actor.entry(now, "grant_application.started", "grant_application", "", json!({ "round": round.id })),
        emails: std::slice::from_ref(&email),
    };
    let reference = super::create(app, &change).await?;
    Ok(Draft { id: row.id, reference, link })
}

/// Keeps what the applicant has typed so far in their draft.
pub async fn save(app: &App, actor: &Actor, id: Uuid, sig: &str, form: &ApplicationForm) -> Result<()> {
    let old = by_link(app, id, sig).await?;
    if old.state != ApplicationState::Draft {
        return Err(AppError::Conflict("This application has been sent: it can no longer be changed here.".into()));
    }
    let (fund, round) = fund_and_round(app, old.round_id).await?;
    draft_problems(form).finish()?;
    let now = app.now();
    let row = Application {
        id: old.id,
        reference: old.reference.clone(),
        created_at: old.created_at,
        version: old.version + 1,
        ..draft_row(&fund, &round, form, now)?
    };
    let change = ApplicationChange {
        application: &row,
        event: &event(row.id, now, actor, "saved", ""),
        audit: &actor.entry(now, "grant_application.saved", "grant_application", &row.reference, json!({})),
        emails: &[],
    };
    super::save(app, &change).await.map_err(conflict)
}

/// The form a draft was left with, to carry on with it.
pub fn form_of(application: &Application) -> ApplicationForm {
    application.draft.as_deref().and_then(|d| serde_json::from_str(d).ok()).unwrap_or_default()
}

/// What sending an application gives back.
#[derive(Debug, Clone)]
pub struct Sent {
    pub id: Uuid,
    pub reference: String,
    pub track: Track,
    pub due_at: DateTime<Utc>,
    /// Possible duplicates the officer is told of.
    pub duplicates: Vec<String>,
    pub link: String,
}

/// Checks an application whole and against its fund's rules: every problem, and every reason it is not eligible
/// (with the next round's date when this one has closed), in the form's order.
async fn check(
    app: &App,
    fund: &Fund,
    round: &Round,
    form: &ApplicationForm,
    channel: Channel,
) -> Result<ApplicationCommand> {
    let mut problems = Problems::default();
    let read = problems.absorb(ApplicationCommand::read(form, channel));
    if let Ok(ward) = WardCode::parse(&form.ward)
        && app.places().ward(&ward).is_none()
    {
        problems.push(("ward", "Choose the ward your project is in".to_owned()));
    }
    if let Ok(c) = &read {
        let rounds = app.store.rounds_of(fund.id).await?;
        let today = WorkingDays::local_date(app.now());
        let rules = Rules {
            wards: &fund.wards,
            kinds: &fund.kinds,
            max_award: fund.max_award,
            opens_on: round.opens_on,
            closes_on: round.closes_on,
            next_opens_on: rounds.iter().map(|r| r.opens_on).filter(|d| *d > today).min(),
        };
        for reason in eligibility(&rules, &c.ward, c.group_kind, c.amount, today) {
            problems.push((reason.field, reason.reason));
        }
    }
    match read {
        Ok(c) if problems.is_empty() => Ok(c),
        _ => Err(problems.into_error()),
    }
}

/// The application `c` describes, sent now by `applicant`: its clock started, its possible duplicates found.
async fn sent_row(
    app: &App,
    fund: &Fund,
    round: &Round,
    base: &Application,
    c: ApplicationCommand,
    applicant: Applicant<'_>,
) -> Result<Application> {
    let now = app.now();
    let track = fund.promise.track(c.amount);
    let clock = DecisionClock::start(&app.working_days(), now, fund.promise.days(track));
    let mut row = Application {
        state: base.state.after(Move::Submit).map_err(|e| AppError::Conflict(e.to_string()))?,
        channel: applicant.channel(),
        keyed_by: applicant.keyed_by(),
        ward: c.ward,
        group_name: c.group_name,
        group_kind: c.group_kind,
        amount: c.amount,
        details: c.details,
        draft: None,
        submitted_at: Some(now),
        due_at: Some(clock.due_at),
        paused_at: None,
        updated_at: now,
        ..base.clone()
    };
    let emails: Vec<String> = row.people_key().split_whitespace().map(str::to_owned).collect();
    row.duplicates = app.store.possible_duplicates(round.id, &group_key(&row.group_name), &emails, row.id).await?;
    Ok(row)
}

fn who_decides(fund: &Fund, track: Track) -> String {
    match track {
        Track::FastTrack => {
            format!("{} decides awards of up to {} on its fast track", fund.name, fund.promise.fast_track_up_to)
        }
        Track::Standard => "a panel of residents and officers assesses it".to_owned(),
    }
}

fn confirmation(app: &App, fund: &Fund, row: &Application, link: &str, now: DateTime<Utc>) -> Option<OutgoingEmail> {
    let to = row.details.people.first().map(|p| p.email.as_str()).filter(|e| !e.is_empty())?;
    let track = fund.promise.track(row.amount);
    let due = row.due_at.map(|d| long_date(WorkingDays::last_day(d))).unwrap_or_default();
    Some(OutgoingEmail::new(
        to,
        &format!("We have your application {{reference}} to {}", fund.name),
        &format!(
            "Hello {},\n\nThank you: we have your application {{reference}} for {} from {} to {}.\n\n{}, and you \
             will hear by {due}.\n\nSee where it is at any time:\n\n{}\n",
            row.details.people[0].name,
            row.amount,
            row.group_name,
            fund.name,
            capitalised(&who_decides(fund, track)),
            public_url(app, link)
        ),
        now,
    ))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Sends the applicant's draft: checked whole and against the fund's rules; nothing changes if anything is wrong.
pub async fn submit(app: &App, actor: &Actor, id: Uuid, sig: &str, form: &ApplicationForm) -> Result<Sent> {
    let old = by_link(app, id, sig).await?;
    let (fund, round) = fund_and_round(app, old.round_id).await?;
    let c = check(app, &fund, &round, form, Channel::Online).await?;
    let row =
        Application { version: old.version + 1, ..sent_row(app, &fund, &round, &old, c, Applicant::Online).await? };
    let now = app.now();
    let link = link(app, row.id).await?;
    let emails: Vec<OutgoingEmail> = confirmation(app, &fund, &row, &link, now)
        .map(|e| OutgoingEmail {
            subject: e.subject.replace("{reference}", &row.reference),
            body: e.body.replace("{reference}", &row.reference),
            ..e
        })
        .into_iter()
        .collect();
    let change = ApplicationChange {
        application: &row,
        event: &event(row.id, now, actor, Move::Submit.as_str(), ""),
        audit: &actor.entry(
            now,
            "grant_application.submitted",
            "grant_application",
            &row.reference,
            json!({ "channel": row.channel.as_str(), "duplicates": row.duplicates }),
        ),
        emails: &emails,
    };
    super::save(app, &change).await.map_err(conflict)?;
    Ok(Sent {
        id: row.id,
        reference: row.reference.clone(),
        track: fund.promise.track(row.amount),
        due_at: row.due_at.unwrap_or(now),
        duplicates: row.duplicates,
        link,
    })
}

/// Staff enter an application taken by phone or on paper for the applicant, and send it at once: checked and
/// counted exactly like an online one, marked with how it came in and who keyed it.
pub async fn enter_for_applicant(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    round_id: Uuid,
    channel: Channel,
    form: &ApplicationForm,
) -> Result<Sent> {
    let (fund, round) = fund_and_round(app, round_id).await?;
    may_manage(app, principal, &fund)?;
    if channel == Channel::Online {
        return Err(AppError::invalid("channel", "Choose how the application came in: by phone or on paper"));
    }
    let c = check(app, &fund, &round, form, channel).await?;
    let now = app.now();
    let base = Application { draft: None, ..draft_row(&fund, &round, form, now)? };
    let row = sent_row(app, &fund, &round, &base, c, Applicant::Staff { principal, channel }).await?;
    let link = link(app, row.id).await?;
    let emails: Vec<OutgoingEmail> = confirmation(app, &fund, &row, &link, now).into_iter().collect();
    let note = format!("Taken by {} and keyed by {}", channel.as_str(), actor.label);
    let change = ApplicationChange {
        application: &row,
        event: &event(row.id, now, actor, Move::Submit.as_str(), &note),
        audit: &actor.entry(
            now,
            "grant_application.submitted",
            "grant_application",
            "",
            json!({ "channel": channel.as_str(), "duplicates": row.duplicates }),
        ),
        emails: &emails,
    };
    let reference = super::create(app, &change).await?;
    Ok(Sent {
        id: row.id,
        reference,
        track: fund.promise.track(row.amount),
        due_at: row.due_at.unwrap_or(now),
        duplicates: row.duplicates,
        link,
    })
}

/// Where an application is, as its applicant sees it: its state, who decides, by when, and its timeline.
#[derive(Debug, Clone)]
pub struct Status {
    pub application: Application,
    pub fund: Fund,
    pub round: Round,
    pub who_decides: String,
    pub events: Vec<GrantEvent>,
}

/// The applicant's view of their application, through their link.
pub async fn status(app: &App, id: Uuid, sig: &str) -> Result<Status> {
    let application = by_link(app, id, sig).await?;
    let (fund, round) = fund_and_round(app, application.round_id).await?;
    let who_decides = capitalised(&who_decides(&fund, fund.promise.track(application.amount)));
    let events = app.store.events_of(application.id).await?;
    Ok(Status { application, fund, round, who_decides, events })
}
