//! The demo's volunteering: a thousand volunteers across the city (most ready, some on standby in the surge, some
//! waiting for checks, a few paused; some with DBS checks, some registered by phone or on paper), three hundred
//! open requests for help with most of them in one neighbourhood's surge, a few tasks already offered, accepted and
//! done, and opportunities posted by the demo's organisations. One volunteer is the demo volunteer, whose own page
//! the demo prints.

use chrono::{Duration, NaiveDate};
use kith_core::channel::Channel;
use kith_core::places::{DistanceFrom, LatLng, WardCode};
use kith_core::volunteering::dbs::{DbsLevel, DbsRecord, Workforce};
use kith_core::volunteering::{
    Availability, LANGUAGES, Language, OpportunityKind, Skill, Skills, TaskState, Urgency, VolunteerState,
    Vulnerability, need_for,
};
use kith_store::volunteering::{
    DbsEntry, HelpEvent, HelpRequest, Opportunity, RequestChange, Volunteer, VolunteerChange,
};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde_json::json;
use uuid::Uuid;

use crate::{Actor, App, AppError, Result};

const SEED: u64 = 1_000;

/// How many volunteers and open requests for help the demo has.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub volunteers: usize,
    pub requests: usize,
}

/// The surge: a thousand volunteers, three hundred requests.
pub const DEMO: Size = Size { volunteers: 1_000, requests: 300 };

/// The demo volunteer's email address (their own page is at the link the demo prints).
pub const DEMO_VOLUNTEER: &str = "volunteer@demo.kith.example.org";

/// What the demo's volunteering holds.
#[derive(Debug, Clone, Default)]
pub struct Generated {
    pub volunteers: usize,
    pub requests: usize,
    pub opportunities: usize,
    /// Time bank exchanges posted over the last year.
    pub exchanges: usize,
    /// The demo volunteer's own page.
    pub volunteer_link: String,
}

const FIRST: &[&str] = &[
    "Amina", "Tom", "Priya", "Kwame", "Sarah", "Bilal", "Grace", "Yusuf", "Megan", "Hassan", "Joy", "Imran", "Zainab",
    "Daniel", "Fatima", "Liam", "Aisha", "Mohammed", "Chloe", "Tariq",
];
const LAST: &[&str] =
    &["Ahmed", "Smith", "Patel", "Mensah", "Jones", "Khan", "Okafor", "Begum", "Evans", "Ali", "Brown", "Hussain"];

const ASKS: &[(&str, Skill)] = &[
    ("Weekly shop from a list, left at the door", Skill::Shopping),
    ("Collect a prescription from the chemist", Skill::Prescriptions),
    ("Deliver a food parcel from the hub", Skill::FoodParcels),
    ("A friendly phone call twice a week", Skill::WelfareCalls),
    ("Walk the dog while I am unwell", Skill::DogWalking),
    ("Help setting up a video call with family", Skill::DigitalHelp),
    ("A lift to a hospital appointment", Skill::Driving),
];

const STREETS: &[&str] = &[
    "Stratford Road",
    "Ladypool Road",
    "Coventry Road",
    "Soho Road",
    "Dudley Road",
    "Alum Rock Road",
    "High Street",
    "Church Road",
    "Station Road",
    "Victoria Road",
];

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

/// Makes the demo's volunteering. `surge` is the wards of the neighbourhood in a surge (the demo coordinator's).
pub async fn generate(
    app: &App,
    coordinator: Option<&crate::accounts::Principal>,
    surge: &[WardCode],
    organisations: &[Uuid],
    size: Size,
) -> Result<Generated> {
    let Size { volunteers, requests } = size;
    let mut rng = StdRng::seed_from_u64(SEED);
    let now = app.now();
    let today = kith_core::calendar::WorkingDays::local_date(now);
    let places = app.places();
    let actor = Actor::command_line();
    let in_surge = |w: &WardCode| surge.contains(w);
    // Postcodes by ward, to place people where they live.
    let wards: Vec<WardCode> = places.wards().iter().map(|w| w.code.clone()).collect();
    let postcodes: Vec<Vec<(String, LatLng)>> = wards
        .iter()
        .map(|w| places.postcodes_in(w).into_iter().map(|(p, at)| (p.to_owned(), at)).step_by(7).collect())
        .collect();
    let pick_place = |rng: &mut StdRng, surge_bias: f64| -> Option<(WardCode, String, LatLng)> {
        let ward_at = if !surge.is_empty() && rng.gen_bool(surge_bias) {
            let w = surge.choose(rng)?;
            wards.iter().position(|x| x == w)?
        } else {
            rng.gen_range(0..wards.len())
        };
        let (postcode, at) = postcodes.get(ward_at)?.choose(rng)?.clone();
        Some((wards[ward_at].clone(), postcode, at))
    };
    for ward in surge {
        let audit = actor.entry(now, "volunteering.surge_started", "ward", ward, json!({ "demo": true }));
        app.store.start_surge(ward, now - Duration::hours(20), coordinator.map(|c| c.user.id), &audit).await?;
    }

    let languages: Vec<Language> = LANGUAGES.iter().filter_map(|l| Language::parse(l.code).ok()).collect();
    let mut made = Vec::with_capacity(volunteers);
    let mut volunteer_link = String::new();
    for i in 0..volunteers {
        let Some((ward, postcode, home)) = pick_place(&mut rng, 0.4) else { continue };
        let name =
            format!("{} {}", FIRST.choose(&mut rng).unwrap_or(&"Alex"), LAST.choose(&mut rng).unwrap_or(&"Example"));
        let how_many = rng.gen_range(1..5);
        let skills: Skills = Skill::ALL.choose_multiple(&mut rng, how_many).copied().collect();
        let mut spoken = Vec::new();
        if rng.gen_bool(0.45) {
            // The city's community languages: Urdu, Punjabi, Bengali, Somali, Arabic and Polish most of all.
            let common = ["ur", "pa-Guru", "pa-Arab", "bn", "so", "ar", "pl", "ro"];
            let code = if rng.gen_bool(0.8) {
                *common.choose(&mut rng).unwrap_or(&"ur")
            } else {
                languages.choose(&mut rng).map(|l| l.code()).unwrap_or("ur")
            };
            spoken.extend(Language::parse(code).ok());
        }
        let mut availability = Availability::NONE;
        for slot in Availability::ANY.slots() {
            if rng.gen_bool(0.45) {
                availability = availability.with(slot);
            }
        }
        if availability.is_empty() {
            availability = Availability::ANY;
        }
        let first = i == 0;
        let state = if first {
            VolunteerState::Ready
        } else if in_surge(&ward) && rng.gen_bool(0.25) {
            VolunteerState::Standby
        } else {
            match rng.gen_range(0..20) {
                0 => VolunteerState::Paused,
                1 | 2 => VolunteerState::AwaitingChecks,
                _ => VolunteerState::Ready,
            }
        };
        let channel = match rng.gen_range(0..10) {
            0 => Channel::Phone,
            1 => Channel::Paper,
            _ => Channel::Online,
        };
        let email = if first { DEMO_VOLUNTEER.to_owned() } else { format!("volunteer{i}@example.org") };
        let joined = now - Duration::days(rng.gen_range(1..400));
        let v = Volunteer {
            id: Uuid::now_v7(),
            name: if first { "Demo Volunteer".into() } else { name },
            email,
            phone: format!("07700 9{:05}", i % 100_000),
            postcode,
            home,
            ward: ward.clone(),
            travel_m: [1_000, 1_500, 2_000, 3_000, 5_000][rng.gen_range(0..5)],
            skills: if first {
                Skills::of(&[Skill::Shopping, Skill::Prescriptions, Skill::WelfareCalls])
            } else {
                skills
            },
            languages: spoken,
            availability,
            has_car: rng.gen_bool(0.3),
            organisations: organisations.choose(&mut rng).copied().into_iter().collect(),
            state,
            max_per_week: rng.gen_range(1..6),
            channel,
            keyed_by: (channel != Channel::Online).then(|| coordinator.map(|c| c.user.id)).flatten(),
            last_task_on: rng.gen_bool(0.5).then(|| today - Duration::days(rng.gen_range(1..60))),
            created_at: joined,
            updated_at: joined,
            version: 1,
        };
        let audit = actor.entry(joined, "volunteer.signed_up", "volunteer", v.id, json!({ "demo": true }));
        app.store.save_volunteer(&VolunteerChange { volunteer: &v, audit: &audit, emails: &[] }).await?;
        if first || rng.gen_bool(0.3) {
            let level = *[DbsLevel::Basic, DbsLevel::Enhanced, DbsLevel::EnhancedBarred]
                .choose(&mut rng)
                .unwrap_or(&DbsLevel::Basic);
            let workforce = *Workforce::ALL.choose(&mut rng).unwrap_or(&Workforce::Adults);
            let update_service = rng.gen_bool(0.4);
            let certificate_on: NaiveDate = today - Duration::days(rng.gen_range(30..1_150));
            let record = DbsRecord {
                level: if first { DbsLevel::Enhanced } else { level },
                workforce: if first { Workforce::Adults } else { workforce },
                certificate_on,
                update_service,
                status_checked_on: update_service.then(|| today - Duration::days(rng.gen_range(1..300))),
                consent: update_service,
            };
            let entry = DbsEntry {
                volunteer_id: v.id,
                record,
                consent_at: update_service.then_some(joined),
                recorded_by: coordinator.map(|c| c.user.id),
                recorded_at: joined,
                reminded_days: None,
            };
            let audit = actor.entry(joined, "volunteer.dbs_recorded", "volunteer", v.id, json!({ "demo": true }));
            app.store.save_dbs(&entry, &audit).await?;
        }
        if first {
            volunteer_link = crate::volunteering::link(app, v.id).await?;
        }
        made.push(v);
    }

    let mut asked = 0;
    let ready: Vec<&Volunteer> = made.iter().filter(|v| v.state == VolunteerState::Ready).collect();
    for i in 0..requests {
        let Some((ward, postcode, at)) = pick_place(&mut rng, 0.8) else { continue };
        let (what, skill) = *ASKS.choose(&mut rng).unwrap_or(&ASKS[0]);
        let person = *[Vulnerability::Adult, Vulnerability::Adult, Vulnerability::AdultAtRisk]
            .choose(&mut rng)
            .unwrap_or(&Vulnerability::Adult);
        let in_home = matches!(skill, Skill::DigitalHelp) || rng.gen_bool(0.1);
        let urgency = *[Urgency::Today, Urgency::ThisWeek, Urgency::ThisWeek, Urgency::Whenever]
            .choose(&mut rng)
            .unwrap_or(&Urgency::ThisWeek);
        let street = STREETS.choose(&mut rng).unwrap_or(&"High Street");
        let channel = match rng.gen_range(0..6) {
            0 | 1 => Channel::Phone,
            2 => Channel::Paper,
            _ => Channel::Online,
        };
        let name =
            format!("{} {}", FIRST.choose(&mut rng).unwrap_or(&"Alex"), LAST.choose(&mut rng).unwrap_or(&"Example"));
        let created = now - Duration::minutes(rng.gen_range(5..60 * 30));
        let resident_phone = format!("0121 496 {:04}", i % 1000);
        let mut r = HelpRequest {
            id: Uuid::now_v7(),
            reference: String::new(),
            what: what.into(),
            skills: Skills::of(&[skill]),
            street: (*street).into(),
            postcode,
            at,
            ward,
            address: format!("{} {street}", rng.gen_range(1..300)),
            resident_name: name,
            resident_id: Uuid::new_v5(&Uuid::NAMESPACE_OID, resident_phone.as_bytes()),
            resident_phone,
            wanted: Availability::ANY,
            needed_by: None,
            urgency,
            language: rng
                .gen_bool(0.2)
                .then(|| Language::parse(["ur", "bn", "so", "pa-Guru"][rng.gen_range(0..4)]).ok())
                .flatten(),
            need: need_for(person, in_home),
            needs_car: skill == Skill::Driving,
            state: TaskState::Open,
            volunteer_id: None,
            outcome: String::new(),
            channel,
            keyed_by: (channel != Channel::Online).then(|| coordinator.map(|c| c.user.id)).flatten(),
            escalated_at: None,
            reminded_at: None,
            created_at: created,
            updated_at: created,
            version: 1,
        };
        // A few in each later state, with the nearest ready volunteer who offers the skill: offered, accepted, done.
        let later = if i % 10 == 0 { rng.gen_range(1..4) } else { 0 };
        if later > 0 {
            let from = DistanceFrom::new(r.at);
            if let Some(v) = ready
                .iter()
                .filter(|v| v.skills.contains(skill))
                .min_by(|a, b| from.metres_to(a.home).total_cmp(&from.metres_to(b.home)))
            {
                r.volunteer_id = Some(v.id);
                r.need = None;
                r.state = [TaskState::Offered, TaskState::Accepted, TaskState::Done][later - 1];
                if r.state == TaskState::Done {
                    r.outcome = "Done, and they were very grateful.".into();
                }
            }
        }
        let event = HelpEvent {
            id: Uuid::now_v7(),
            request_id: r.id,
            at: created,
            actor_id: r.keyed_by,
            actor: if channel == Channel::Online { "anonymous".into() } else { "coordinator (demo)".into() },
            action: "asked".into(),
            volunteer_id: None,
            note: if channel == Channel::Online { String::new() } else { format!("Taken {}", channel.words()) },
        };
        let audit = actor.entry(created, "help_request.asked", "help_request", "", json!({ "demo": true }));
        app.store
            .create_request(&RequestChange { request: &r, event: &event, audit: &audit, emails: &[] })
            .await
            .map_err(internal)?;
        asked += 1;
    }

    let mut posted = 0;
    let roles = [
        (
            "Befriending volunteer",
            "A weekly visit or call to an older neighbour who lives alone.",
            Skill::Befriending,
            OpportunityKind::Regular,
        ),
        (
            "Food hub helper",
            "Sort and pack food parcels at the community hub on Saturday mornings.",
            Skill::FoodParcels,
            OpportunityKind::Regular,
        ),
        (
            "Garden clean-up day",
            "Help clear the community garden for spring: tools and lunch provided.",
            Skill::Gardening,
            OpportunityKind::OneOff,
        ),
        (
            "Digital drop-in helper",
            "Help people with phones, tablets and online forms at the library.",
            Skill::DigitalHelp,
            OpportunityKind::Regular,
        ),
        (
            "Youth football coach",
            "Coach or referee Saturday football for young people.",
            Skill::SportsCoaching,
            OpportunityKind::Regular,
        ),
    ];
    for (n, organisation) in organisations.iter().enumerate().take(40) {
        let Some((ward, postcode, at)) = pick_place(&mut rng, 0.3) else { continue };
        let (title, description, skill, kind) = roles[n % roles.len()];
        let o = Opportunity {
            id: Uuid::now_v7(),
            organisation_id: *organisation,
            title: title.into(),
            description: description.into(),
            kind,
            skills: Skills::of(&[skill]),
            postcode,
            at,
            ward,
            starts_on: (kind == OpportunityKind::OneOff).then(|| today + Duration::days(rng.gen_range(3..40))),
            ends_on: None,
            created_by: None,
            created_at: now - Duration::days(rng.gen_range(1..60)),
            updated_at: now,
            version: 1,
        };
        let audit = actor.entry(now, "opportunity.posted", "opportunity", o.id, json!({ "demo": true }));
        app.store.save_opportunity(&o, &audit).await?;
        posted += 1;
    }
    let exchanges = time_bank(app, &mut rng, &made, coordinator).await?;
    Ok(Generated { volunteers: made.len(), requests: asked, opportunities: posted, exchanges, volunteer_link })
}

/// A year of the time bank among a hundred of the volunteers: help given and received between neighbours (most
/// confirmed online, some from paper timesheets), a few donations to the community pot, and two exchanges waiting
/// for the demo volunteer to confirm. Each is posted through the store's limits, so the ledger sums to zero.
async fn time_bank(
    app: &App,
    rng: &mut StdRng,
    made: &[Volunteer],
    coordinator: Option<&crate::accounts::Principal>,
) -> Result<usize> {
    use kith_store::timebank::{PostingLimits, StoredExchange};
    let members: Vec<&Volunteer> = made.iter().take(100).collect();
    if members.len() < 2 {
        return Ok(0);
    }
    let limits = crate::timebank::limits();
    let limits = PostingLimits {
        floor: limits.floor().as_minutes(),
        ceiling: limits.ceiling().as_minutes(),
        pot_floor: limits.pot_floor().as_minutes(),
    };
    let now = app.now();
    let actor = Actor::command_line();
    const HELP: &[&str] = &[
        "Help in the garden",
        "A lift to the shops",
        "Fixed a dripping tap",
        "Ironing",
        "Help with a phone",
        "Dog walking",
        "Homework help",
        "Cooked a meal",
        "Sewing repairs",
        "Read the post together",
    ];
    let mut posted = 0;
    for day in (1..=365).rev() {
        for _ in 0..rng.gen_range(0..3) {
            let (i, j) = (rng.gen_range(0..members.len()), rng.gen_range(0..members.len()));
            if i == j {
                continue;
            }
            let at = now - Duration::days(day) + Duration::minutes(rng.gen_range(0..600));
            let donation = rng.gen_bool(0.05);
            let channel = if rng.gen_bool(0.2) { Channel::Paper } else { Channel::Online };
            let e = StoredExchange {
                id: Uuid::now_v7(),
                from: if donation { Some(members[i].id) } else { Some(members[j].id) },
                to: if donation { None } else { Some(members[i].id) },
                minutes: [30, 45, 60, 60, 90, 120, 180][rng.gen_range(0..7)],
                what: if donation {
                    "Donated to the community pot".into()
                } else {
                    (*HELP.choose(rng).unwrap_or(&HELP[0])).into()
                },
                on: kith_core::calendar::WorkingDays::local_date(at),
                state: "new".into(),
                proposed_by: None,
                channel,
                keyed_by: (channel == Channel::Paper).then(|| coordinator.map(|c| c.user.id)).flatten(),
                created_at: at,
                posted_at: None,
            };
            let audit = actor.entry(at, "timebank.posted", "timebank_exchange", e.id, json!({ "demo": true }));
            // One that would break a limit is simply not made, as Kith would refuse it.
            if app.store.post_exchange(&e, limits, at, &audit).await.is_ok() {
                posted += 1;
            }
        }
    }
    // Two waiting for the demo volunteer (the first made) to confirm.
    for (k, other) in members.iter().skip(1).take(2).enumerate() {
        let e = StoredExchange {
            id: Uuid::now_v7(),
            from: Some(members[0].id),
            to: Some(other.id),
            minutes: 60 * (k as i64 + 1),
            what: HELP[k].into(),
            on: kith_core::calendar::WorkingDays::local_date(now) - Duration::days(k as i64 + 1),
            state: "proposed".into(),
            proposed_by: Some(other.id),
            channel: Channel::Online,
            keyed_by: None,
            created_at: now - Duration::days(1),
            posted_at: None,
        };
        let audit = actor.entry(now, "timebank.proposed", "timebank_exchange", e.id, json!({ "demo": true }));
        app.store.propose_exchange(&e, &audit, &[]).await?;
    }
    Ok(posted)
}
