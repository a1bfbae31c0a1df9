//! The demo's small grants: a fast-track community fund for the whole city and a larger themed fund with ward pots
//! by need, each with a past round (decided, paid, some returns in) and a current one (applications in every state,
//! phone and paper ones among them); a panel of a resident and an officer on the themed fund's current round, with
//! declarations (one recusal) and scores. Past applications are written with their history back-dated, so the
//! reach figures have time to decision to show.

use chrono::{DateTime, Duration, Utc};
use kith_core::calendar::WorkingDays;
use kith_core::grants::{
    ApplicationDetails, ApplicationState, Channel, GroupKind, Interest, Payee, Payment, Pence, Person,
    RETURN_AFTER_DAYS, Track,
};
use kith_core::places::WardCode;
use kith_store::grants::{Application, ApplicationChange, Declaration, GrantEvent, GrantReturn, PanelMember, Score};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::grants::apply::ApplicationForm;
use crate::grants::{FundForm, RoundForm};
use crate::{Actor, App, AppError, Result};

const SEED: u64 = 360;

/// What the demo's grants hold.
#[derive(Debug, Clone, Default)]
pub struct Generated {
    pub funds: usize,
    pub applications: usize,
    pub awards: usize,
}

const GROUPS: &[(&str, &str)] = &[
    ("Lunch Club", "A hot lunch each week for older neighbours, cooked by volunteers."),
    ("Walking Group", "Weekly walks in the park for people who want to get active together."),
    ("Community Garden", "Raised beds and tools so neighbours can grow food together."),
    ("Youth Football", "Free football sessions for young people on Saturday mornings."),
    ("Women's Sewing Circle", "A sewing and chat group, with materials for beginners."),
    ("Tenants' Association", "A summer fun day for everyone on the estate."),
    ("Homework Club", "A quiet place with helpers for children to do their homework after school."),
    ("Men's Shed", "A workshop where older men share skills and company."),
    ("Food Pantry", "Fresh food for families who are struggling, shared each week."),
    ("Bhangra Dance", "Dance classes for all ages, with a show at the end of the term."),
    ("Litter Pickers", "Pickers, bags and gloves for monthly clean-ups of the streets."),
    ("Parent and Toddler Group", "A weekly stay-and-play with songs and stories."),
    ("Somali Elders' Coffee Morning", "A weekly coffee morning for older Somali neighbours."),
    ("Chess Club", "Boards and a weekly club for all ages at the library."),
];

const FIRST: &[&str] =
    &["Amina", "Tom", "Priya", "Kwame", "Sarah", "Bilal", "Grace", "Yusuf", "Megan", "Hassan", "Joy", "Imran"];
const LAST: &[&str] =
    &["Ahmed", "Smith", "Patel", "Mensah", "Jones", "Khan", "Okafor", "Begum", "Evans", "Ali", "Brown"];

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

fn person(rng: &mut StdRng, n: usize) -> Person {
    let (first, last) = (FIRST.choose(rng).copied().unwrap_or("Sam"), LAST.choose(rng).copied().unwrap_or("Lee"));
    Person {
        name: format!("{first} {last}"),
        email: format!("{}.{}{n}@applicants.example.org", first.to_lowercase(), last.to_lowercase()),
        phone: format!("0121 496 {:04}", n % 10_000),
    }
}

/// A fund set up through the use case, by the demo's officer.
async fn fund(app: &App, officer: &Principal, form: FundForm) -> Result<Uuid> {
    crate::grants::save_fund(app, officer, &officer.actor(None), None, &form).await
}

async fn round(
    app: &App,
    officer: &Principal,
    fund: Uuid,
    name: &str,
    opens: DateTime<Utc>,
    closes: Option<DateTime<Utc>>,
) -> Result<Uuid> {
    let day = |t: DateTime<Utc>| WorkingDays::local_date(t).format("%Y-%m-%d").to_string();
    let form = RoundForm { name: name.into(), opens_on: day(opens), closes_on: closes.map(day).unwrap_or_default() };
    crate::grants::add_round(app, officer, &officer.actor(None), fund, &form).await
}

/// One demo application, written with its history at the times given.
struct Made<'a> {
    fund: &'a kith_store::grants::Fund,
    round: Uuid,
    ward: WardCode,
    n: usize,
    channel: Channel,
    state: ApplicationState,
    amount: Pence,
    submitted_at: Option<DateTime<Utc>>,
    decided_at: Option<DateTime<Utc>>,
}

async fn write(app: &App, rng: &mut StdRng, officer: &Principal, m: Made<'_>) -> Result<Application> {
    let (name, summary) = GROUPS[m.n % GROUPS.len()];
    let ward_name = app.places().ward(&m.ward).map(|w| w.name.clone()).unwrap_or_default();
    let group_name = format!("{ward_name} {name}");
    let kind = *[GroupKind::Unconstituted, GroupKind::Unconstituted, GroupKind::Constituted, GroupKind::Charity]
        .choose(rng)
        .unwrap_or(&GroupKind::Unconstituted);
    let host = kind == GroupKind::Unconstituted && rng.gen_bool(0.5);
    let mut people = vec![person(rng, m.n)];
    if kind == GroupKind::Unconstituted {
        people.push(person(rng, m.n + 5_000));
    }
    if m.channel != Channel::Online && rng.gen_bool(0.5) {
        people[0].email = String::new();
    }
    let details = ApplicationDetails {
        project_title: name.to_owned(),
        project_summary: summary.to_owned(),
        people_reached: Some(rng.gen_range(10..200)),
        people,
        charity_number: if kind == GroupKind::Charity { format!("{}", 1_100_000 + m.n) } else { String::new() },
        company_number: String::new(),
        payee: Some(if host {
            Payee::FiscalHost { name: format!("{ward_name} Community Trust"), email: "money@trust.example.org".into() }
        } else {
            Payee::GroupAccount { account_name: group_name.clone() }
        }),
        led_by_minority_ethnic_people: [Some(true), Some(false), None].choose(rng).copied().flatten(),
        funded_before: [Some(true), Some(false), Some(false), None].choose(rng).copied().flatten(),
    };
    let now = app.now();
    let created = m.submitted_at.unwrap_or(now) - Duration::days(rng.gen_range(0..4));
    let calendar = app.working_days();
    let track = m.fund.promise.track(m.amount);
    let due_at = m.submitted_at.map(|at| calendar.due(at, m.fund.promise.days(track)));
    let awarded = match m.state {
        ApplicationState::Awarded => Some(m.amount),
        ApplicationState::PartAwarded => Some(Pence(m.amount.0 * 3 / 4 / 100 * 100)),
        _ => None,
    };
    let draft = (m.state == ApplicationState::Draft).then(|| {
        let form = ApplicationForm {
            group_name: group_name.clone(),
            ward: m.ward.to_string(),
            contact_name: details.people[0].name.clone(),
            contact_email: details.people[0].email.clone(),
            project_title: name.to_owned(),
            ..ApplicationForm::default()
        };
        serde_json::to_string(&form).unwrap_or_default()
    });
    let paid = awarded.is_some() && m.decided_at.is_some_and(|d| now - d > Duration::days(14));
    let a = Application {
        id: Uuid::now_v7(),
        reference: String::new(),
        fund_id: m.fund.id,
        round_id: m.round,
        state: m.state,
        channel: m.channel,
        keyed_by: (m.channel != Channel::Online).then_some(officer.user.id),
        ward: m.ward,
        group_name,
        group_kind: kind,
        amount: m.amount,
        details,
        draft,
        submitted_at: m.submitted_at,
        due_at,
        paused_at: (m.state == ApplicationState::InfoRequested).then(|| now - Duration::days(2)),
        decided_at: m.decided_at,
        escalated_at: None,
        awarded,
        decision_reason: match m.state {
            ApplicationState::Awarded => "A clear need, run by residents, good value.".into(),
            ApplicationState::PartAwarded => {
                "Funded for the core activity; the trip is outside what the fund pays for.".into()
            }
            ApplicationState::Declined => {
                "The fund does not pay for equipment the group keeps for itself; try the Healthy Neighbourhoods Fund."
                    .into()
            }
            _ => String::new(),
        },
        payment: if paid {
            Payment::Paid
        } else if awarded.is_some() {
            Payment::Requested
        } else {
            Payment::NotYet
        },
        payment_reference: if paid { format!("FIN-DEMO-{:05}", m.n) } else { String::new() },
        paid_at: if paid { m.decided_at.map(|d| d + Duration::days(7)) } else { None },
        return_due_on: awarded
            .and(m.decided_at)
            .map(|d| WorkingDays::local_date(d) + Duration::days(RETURN_AFTER_DAYS)),
        return_reminded_at: None,
        duplicates: Vec::new(),
        created_at: created,
        updated_at: m.decided_at.or(m.submitted_at).unwrap_or(created),
        version: 1,
    };
    let actor = if m.channel == Channel::Online { Actor::anonymous(None) } else { officer.actor(None) };
    let event = GrantEvent {
        id: Uuid::now_v7(),
        application_id: a.id,
        at: m.submitted_at.unwrap_or(created),
        actor_id: actor.user_id,
        actor: actor.label.clone(),
        action: if m.state == ApplicationState::Draft { "saved".into() } else { "submit".into() },
        note: if m.channel == Channel::Online { String::new() } else { format!("Taken by {}", m.channel.as_str()) },
    };
    let audit = actor.entry(event.at, "grant_application.submitted", "grant_application", "", json!({ "demo": true }));
    let reference = app
        .store
        .create_application(&ApplicationChange { application: &a, event: &event, audit: &audit, emails: &[] })
        .await?;
    Ok(Application { reference, ..a })
}

/// How many applications the demo's past rounds hold, both funds together (`kith demo --grant-applications`).
pub const DEMO_PAST_APPLICATIONS: usize = 72;

/// Makes the demo's grants, run by `officer`, with `panel` (a resident and an officer) on the themed fund's panel;
/// the themed fund is for `lead_wards` (a network lead's locality) when given. `in_past_rounds` applications are
/// shared between the funds' past rounds, and a tenth as many (at least ten a fund) are in their current rounds.
pub async fn generate(
    app: &App,
    officer: &Principal,
    panel: &[Principal],
    lead_wards: &[WardCode],
    in_past_rounds: usize,
) -> Result<Generated> {
    let mut rng = StdRng::seed_from_u64(SEED);
    let now = app.now();
    let places = app.places();
    let mut wards: Vec<WardCode> = places.wards().iter().map(|w| w.code.clone()).collect();
    wards.sort();
    let themed_wards: Vec<WardCode> = if lead_wards.len() >= 2 {
        lead_wards.iter().take(8).cloned().collect()
    } else {
        wards.iter().step_by(11).take(6).cloned().collect()
    };
    let community = fund(app, officer, FundForm {
        name: "Neighbourhood Community Fund (demo)".into(),
        description: "Up to £1,000 for things residents do together, anywhere in Birmingham, decided within five working days. Groups without a constitution are welcome.".into(),
        budget: "120,000".into(),
        max_award: "1,000".into(),
        criteria: "Need in the area: 3\nResidents lead it: 2\nValue for money: 1".into(),
        programme_code: "community-fund".into(),
        ..FundForm::default()
    })
    .await?;
    let themed = fund(app, officer, FundForm {
        name: "Healthy Neighbourhoods Fund (demo)".into(),
        description: "Up to £5,000 for activities that help people be active, eat well and feel less alone. Each ward has a pot, shared by need. Awards over £1,000 are assessed by a panel of residents and officers.".into(),
        budget: "60,000".into(),
        max_award: "5,000".into(),
        wards: themed_wards.iter().map(WardCode::to_string).collect(),
        criteria: "Health need in the area: 3\nReaches people who are isolated: 2\nResidents lead it: 2\nValue for money: 1".into(),
        pot_rule: "need".into(),
        programme_code: "healthy-neighbourhoods".into(),
        ..FundForm::default()
    })
    .await?;
    let mut generated = Generated { funds: 2, ..Generated::default() };
    let mut n = 0;
    for (fund_id, area) in [(community, wards.clone()), (themed, themed_wards.clone())] {
        let fund = app.store.fund(fund_id).await?.ok_or_else(|| internal("the demo fund"))?;
        let past =
            round(app, officer, fund_id, "Autumn 2026", now - Duration::days(120), Some(now - Duration::days(60)))
                .await?;
        let current =
            round(app, officer, fund_id, "Winter 2026–27", now - Duration::days(20), Some(now + Duration::days(40)))
                .await?;
        // The past round: decided, most paid.
        for _ in 0..in_past_rounds.div_ceil(2) {
            n += 1;
            let submitted = now - Duration::days(rng.gen_range(62..118));
            let amount = Pence::pounds(rng.gen_range(2..=fund.max_award.0 / 5_000) * 50);
            let track = fund.promise.track(amount);
            let days = match track {
                Track::FastTrack => rng.gen_range(1..7),
                Track::Standard => rng.gen_range(12..40),
            };
            let decided = Some(submitted + Duration::days(days));
            let state = *[
                ApplicationState::Awarded,
                ApplicationState::Awarded,
                ApplicationState::Awarded,
                ApplicationState::Awarded,
                ApplicationState::PartAwarded,
                ApplicationState::Declined,
                ApplicationState::Withdrawn,
            ]
            .choose(&mut rng)
            .unwrap_or(&ApplicationState::Awarded);
            let channel =
                *[Channel::Online, Channel::Online, Channel::Online, Channel::Online, Channel::Phone, Channel::Paper]
                    .choose(&mut rng)
                    .unwrap_or(&Channel::Online);
            let ward = area.choose(&mut rng).cloned().ok_or_else(|| internal("a ward"))?;
            let decided = if state == ApplicationState::Withdrawn { None } else { decided };
            let a = write(
                app,
                &mut rng,
                officer,
                Made {
                    fund: &fund,
                    round: past,
                    ward,
                    n,
                    channel,
                    state,
                    amount,
                    submitted_at: Some(submitted),
                    decided_at: decided,
                },
            )
            .await?;
            generated.applications += 1;
            if a.state.is_awarded() {
                generated.awards += 1;
                if rng.gen_bool(0.3) {
                    let r = GrantReturn {
                        application_id: a.id,
                        what_happened: format!("{} went ahead as planned, every week.", a.details.project_title),
                        people_reached: a.details.people_reached,
                        spent_on: if track == Track::Standard {
                            "Hall hire, materials and refreshments.".into()
                        } else {
                            String::new()
                        },
                        learned: if track == Track::Standard {
                            "More people came when we started earlier in the evening.".into()
                        } else {
                            String::new()
                        },
                        submitted_at: now - Duration::days(rng.gen_range(1..20)),
                    };
                    let audit = Actor::anonymous(None).entry(
                        r.submitted_at,
                        "grant_return.submitted",
                        "grant_application",
                        &a.reference,
                        json!({ "demo": true }),
                    );
                    app.store.save_return(&r, &audit).await?;
                }
            }
        }
        // The current round: every state, clocks running.
        let states = [
            ApplicationState::Draft,
            ApplicationState::Draft,
            ApplicationState::Submitted,
            ApplicationState::Submitted,
            ApplicationState::Submitted,
            ApplicationState::Submitted,
            ApplicationState::InfoRequested,
            ApplicationState::Awarded,
            ApplicationState::Declined,
            ApplicationState::Withdrawn,
        ];
        let mut for_panel = Vec::new();
        for i in 0..(in_past_rounds / 20).max(states.len()) {
            let state = states[i % states.len()];
            n += 1;
            let submitted = (state != ApplicationState::Draft).then(|| now - Duration::days(rng.gen_range(1..12)));
            let amount = if fund_id == themed && i % 2 == 0 {
                Pence::pounds(rng.gen_range(3..=9) * 500)
            } else {
                Pence::pounds(rng.gen_range(2..=20) * 50)
            };
            let decided = (state.is_final() && state != ApplicationState::Withdrawn).then(|| now - Duration::days(1));
            let channel = match i {
                3 => Channel::Phone,
                5 => Channel::Paper,
                _ => Channel::Online,
            };
            let ward = area.choose(&mut rng).cloned().ok_or_else(|| internal("a ward"))?;
            let a = write(
                app,
                &mut rng,
                officer,
                Made {
                    fund: &fund,
                    round: current,
                    ward,
                    n,
                    channel,
                    state,
                    amount,
                    submitted_at: submitted,
                    decided_at: decided,
                },
            )
            .await?;
            generated.applications += 1;
            generated.awards += usize::from(a.state.is_awarded());
            if fund_id == themed
                && state == ApplicationState::Submitted
                && fund.promise.track(amount) == Track::Standard
                && for_panel.len() < 20
            {
                for_panel.push(a);
            }
        }
        if fund_id == themed {
            panel_work(app, &mut rng, &fund, current, panel, &for_panel).await?;
        }
    }
    Ok(generated)
}

/// The themed fund's panel: both members invited; the resident declares no interest on all but one application
/// (a recusal: their neighbour's group) and scores the rest; the officer scores them all, disagreeing on one.
async fn panel_work(
    app: &App,
    rng: &mut StdRng,
    fund: &kith_store::grants::Fund,
    round: Uuid,
    panel: &[Principal],
    applications: &[Application],
) -> Result<()> {
    let now = app.now();
    for member in panel {
        let m = PanelMember { round_id: round, user_id: member.user.id, invited_at: now - Duration::days(10) };
        let audit = Actor::command_line().entry(
            m.invited_at,
            "grant_panel.invited",
            "grant_round",
            round,
            json!({ "user": m.user_id }),
        );
        app.store.invite_to_panel(&m, &audit).await?;
    }
    for (p, member) in panel.iter().enumerate() {
        for (i, a) in applications.iter().enumerate() {
            let recused = p == 0 && i == 0;
            let d = Declaration {
                application_id: a.id,
                user_id: member.user.id,
                interest: if recused { Interest::Personal } else { Interest::NoInterest },
                note: if recused { "The group's organiser is my neighbour.".into() } else { String::new() },
                suggested: String::new(),
                declared_at: now - Duration::days(3),
            };
            let what = if recused { "grant_panel.recused" } else { "grant_panel.declared_none" };
            let audit = member.actor(None).entry(
                d.declared_at,
                what,
                "grant_application",
                &a.reference,
                json!({ "demo": true }),
            );
            app.store.declare(&d, &audit).await?;
            if recused {
                continue;
            }
            let scores: Vec<Score> = fund
                .criteria
                .iter()
                .map(|c| Score {
                    application_id: a.id,
                    user_id: member.user.id,
                    criterion: c.name.clone(),
                    // The officer marks the second application far lower than the resident: moderation flags it.
                    score: if p == 1 && i == 1 { 1 } else { rng.gen_range(3..=5) },
                    comment: "Clear plan; residents are leading it.".into(),
                    scored_at: now - Duration::days(2),
                })
                .collect();
            let audit = member.actor(None).entry(
                now - Duration::days(2),
                "grant_panel.scored",
                "grant_application",
                &a.reference,
                json!({ "demo": true }),
            );
            app.store.save_scores(a.id, member.user.id, &scores, &audit).await?;
        }
    }
    Ok(())
}
