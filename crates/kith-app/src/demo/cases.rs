//! Demo cases: the teams a city's cases go to, the routing rules, the service standards, and cases across every
//! ward raised over the last six months and worked through the real state machine (so every clock and timeline is
//! what Kith itself would have written), reproducible from a seed. The same generator makes the million cases the
//! benchmarks use.

use chrono::{DateTime, Duration, Utc};
use kith_core::calendar::WorkingDays;
use kith_core::cases::{
    self, Area, CaseKind, CaseSource, CaseState, Clocks, PreferredContact, RoutingRule, SlaFlag, Transition, WaitingOn,
};
use kith_core::places::WardCode;
use kith_store::cases::{CaseEvent, CaseRecord, Resident, Team};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::create_organisation;
use crate::{Actor, App, AppError, Result};

const SEED: u64 = 311;

/// The demo's teams: a few council departments and the partners cases go to.
pub struct DemoTeams {
    /// The demo service officer's and team manager's team.
    pub street_scene: Uuid,
    pub all: Vec<Uuid>,
}

/// Makes the demo's teams, with their routing rules and the city's service standards.
pub async fn teams_and_rules(app: &App) -> Result<DemoTeams> {
    let actor = Actor::command_line();
    let mut all = Vec::new();
    let mut team = async |name: &str, kind: &str, partner: bool| -> Result<Uuid> {
        let id = create_organisation(app, &actor, name, kind).await?;
        let email = format!(
            "{}@teams.demo.kith.example.org",
            name.to_lowercase().replace(['(', ')'], "").trim().replace(' ', ".")
        );
        let t = Team { organisation_id: id, name: name.into(), kind: kind.into(), email, manager_id: None, partner };
        crate::cases::save_team_from_command_line(app, &t).await?;
        all.push(id);
        Ok(id)
    };
    let street_scene = team("Street Scene (demo)", "council department", false).await?;
    let housing_repairs = team("Housing Repairs (demo)", "council department", false).await?;
    let highways = team("Highways (demo)", "council department", false).await?;
    let community_safety = team("Community Safety (demo)", "council department", false).await?;
    let adult_social_care = team("Adult Social Care (demo)", "council department", false).await?;
    let revenues = team("Revenues and Benefits (demo)", "council department", false).await?;
    let housing_association = team("Midland Heart Homes (demo)", "housing association", true).await?;
    let police = team("West Midlands Police, neighbourhood team (demo)", "police", true).await?;
    let _fire = team("West Midlands Fire Service (demo)", "fire service", true).await?;
    use CaseKind::*;
    let mut rules = vec![
        (MemberEnquiry, "housing", Area::City, housing_repairs),
        (MemberEnquiry, "waste", Area::City, street_scene),
        (MemberEnquiry, "highways", Area::City, highways),
        (MemberEnquiry, "antisocial_behaviour", Area::City, community_safety),
        (MemberEnquiry, "social_care", Area::City, adult_social_care),
        (MemberEnquiry, "benefits", Area::City, revenues),
        (ServiceRequest, "fly_tipping", Area::City, street_scene),
        (ServiceRequest, "missed_bin", Area::City, street_scene),
        (ServiceRequest, "graffiti", Area::City, street_scene),
        (ServiceRequest, "dog_fouling", Area::City, street_scene),
        (ServiceRequest, "street_light", Area::City, highways),
        (ServiceRequest, "pothole", Area::City, highways),
    ];
    // In one patch, housing enquiries go to the housing association that owns most homes there, and antisocial
    // behaviour to the police's neighbourhood team.
    if let Some(patch) = app.places().neighbourhoods().iter().find(|n| n.name == "Patch 01 (demo)") {
        rules.push((MemberEnquiry, "housing", Area::Neighbourhood(patch.id), housing_association));
        rules.push((MemberEnquiry, "antisocial_behaviour", Area::Neighbourhood(patch.id), police));
    }
    for (kind, category, area, team) in rules {
        let rule = RoutingRule { id: Uuid::now_v7(), kind, category: Some(category.into()), area, team, owner: None };
        let audit = actor.entry(app.now(), "routing_rule.added", "routing_rule", rule.id, json!({ "to": rule }));
        app.store.save_rule(&rule, app.now(), &audit).await?;
    }
    super::agreements::publish(app, &actor).await?;
    Ok(DemoTeams { street_scene, all })
}

const SUMMARIES: &[(&str, &[&str])] = &[
    (
        "housing",
        &[
            "Damp and mould in the back bedroom",
            "Boiler broken for a week",
            "Leaking roof over the kitchen",
            "Front door will not lock",
            "Waiting months for a transfer",
        ],
    ),
    (
        "waste",
        &[
            "Bins missed three weeks running",
            "Recycling not collected on the street",
            "Overflowing communal bins",
            "Bulky waste collection never came",
        ],
    ),
    (
        "highways",
        &[
            "Cars parked on the pavement outside the school",
            "Dropped kerb needed for a wheelchair user",
            "Broken paving slabs by the shops",
            "Speeding on a residential road",
        ],
    ),
    (
        "antisocial_behaviour",
        &[
            "Noise from a neighbouring flat every night",
            "Young people gathering in the alley",
            "Drug dealing reported near the park",
        ],
    ),
    (
        "social_care",
        &[
            "Carer visits missed for an elderly resident",
            "Assessment for home adaptations delayed",
            "Family asking about respite care",
        ],
    ),
    (
        "benefits",
        &[
            "Council tax reduction not applied",
            "Housing benefit stopped without notice",
            "Help with a council tax debt",
        ],
    ),
    ("other", &["Question about the ward's community grants", "Tree overhanging a garden"]),
    (
        "fly_tipping",
        &["Mattresses dumped by the garages", "Builders' rubble on the verge", "Bags of rubbish behind the shops"],
    ),
    ("street_light", &["Street light out on the corner", "Lamp post flickering all night"]),
    ("pothole", &["Deep pothole at the junction", "Pothole outside the bus stop"]),
    ("graffiti", &["Graffiti on the bus shelter", "Offensive graffiti on a wall"]),
    ("missed_bin", &["Green bin not emptied", "Food waste caddy missed"]),
    ("dog_fouling", &["Dog fouling on the path to the school"]),
    ("loneliness", &["Lives alone and would like company", "Recently bereaved and isolated"]),
    ("food", &["Needs food this week", "Struggling to afford meals for the children"]),
    ("money_and_debt", &["Behind on energy bills", "Worried about debts"]),
    ("mental_wellbeing", &["Low mood since losing work", "Anxious about going out"]),
    ("carers", &["Cares for a partner with dementia", "Young carer needing a break"]),
    ("physical_activity", &["Wants to get active after an operation", "Looking for a walking group"]),
];

const FIRST: &[&str] = &[
    "Amina", "Tariq", "Grace", "Wojciech", "Priya", "Mohammed", "Siobhan", "Hassan", "Mei", "Delroy", "Fatima",
    "Gurpreet", "Ayaan", "Olivia", "Kwame", "Zainab", "Tom", "Nasra", "Harpreet", "Ruth",
];
const LAST: &[&str] = &[
    "Khan", "Okafor", "Nowak", "Patel", "Begum", "Murphy", "Ali", "Chen", "Campbell", "Hussain", "Singh", "Ahmed",
    "Mensah", "Yusuf", "Jones", "Kaur", "Smith", "Farah", "Bibi", "Brown",
];
const LANGUAGES: &[&str] = &["en", "en", "en", "en", "ur", "pa", "bn", "pl", "ar", "so"];

/// What the generator wrote.
#[derive(Debug, Clone, Copy, Default)]
pub struct Generated {
    pub cases: usize,
    pub events: usize,
    pub residents: usize,
}

/// Writes `count` cases across every ward, raised over the last `days` days and worked as far as their age allows.
/// With `full_timelines` every step is an entry; without, only the first and the last (for the million-case
/// benchmark, where the timeline is not what is measured).
pub async fn generate(
    app: &App,
    count: usize,
    days: i64,
    full_timelines: bool,
    raised_by: &[Uuid],
) -> Result<Generated> {
    let mut rng = StdRng::seed_from_u64(SEED);
    let now = app.now();
    let calendar = app.working_days();
    let categories = app.store.categories().await?;
    let rules = app.store.rules().await?;
    let places = app.places();
    let wards: Vec<WardCode> = places.wards().iter().map(|w| w.code.clone()).collect();
    if wards.is_empty() {
        return Err(AppError::Internal("there are no wards to place cases in".into()));
    }
    let services: Vec<(Uuid, Uuid)> = {
        let index = app.directory.read();
        index
            .organisations()
            .iter()
            .flat_map(|o| index.services_of(o.id).into_iter().map(|s| (s.id, s.organisation_id)).collect::<Vec<_>>())
            .take(500)
            .collect()
    };
    let postcodes: Vec<Vec<(String, f64, f64)>> = wards
        .iter()
        .map(|w| places.postcodes_in(w).into_iter().take(200).map(|(p, at)| (p.to_owned(), at.lat, at.lng)).collect())
        .collect();
    let mut out = Generated::default();
    let worker = Actor { user_id: None, label: "demo data".into(), ip: None };
    let mut batch = Batch::default();
    for n in 0..count {
        let kind = match rng.gen_range(0..10) {
            0..=3 => CaseKind::MemberEnquiry,
            4..=7 => CaseKind::ServiceRequest,
            _ => CaseKind::Referral,
        };
        let choices: Vec<_> = categories.iter().filter(|c| c.kind == kind && c.active).collect();
        let Some(category) = choices.choose(&mut rng).copied() else { continue };
        let w = rng.gen_range(0..wards.len());
        let ward = &wards[w];
        let spot = postcodes[w].choose(&mut rng).cloned();
        let created = now - Duration::seconds(rng.gen_range(0..days * 86_400));
        let summary = SUMMARIES
            .iter()
            .find(|(code, _)| *code == category.code)
            .and_then(|(_, list)| list.choose(&mut rng))
            .copied()
            .unwrap_or("A resident needs help");
        let resident = (kind != CaseKind::ServiceRequest || rng.gen_bool(0.3)).then(|| {
            let name = format!(
                "{} {}",
                FIRST.choose(&mut rng).copied().unwrap_or("Sam"),
                LAST.choose(&mut rng).copied().unwrap_or("Jones")
            );
            Resident {
                id: Uuid::now_v7(),
                email: format!("{}.{n}@residents.example.org", name.to_lowercase().replace(' ', ".")),
                phone: format!("0121 496 {:04}", n % 10_000),
                address: format!("{} Example Road", rng.gen_range(1..200)),
                postcode: spot.as_ref().map(|s| s.0.clone()).unwrap_or_default(),
                preferred_contact: [
                    PreferredContact::Email,
                    PreferredContact::Phone,
                    PreferredContact::Phone,
                    PreferredContact::Post,
                ]
                .choose(&mut rng)
                .copied()
                .unwrap_or(PreferredContact::Phone),
                language: LANGUAGES.choose(&mut rng).copied().unwrap_or("en").into(),
                needs: String::new(),
                interpreter: false,
                proxy: None,
                name,
                created_at: created,
                updated_at: created,
                redacted_at: None,
            }
        });
        let (service, receiving) = match (kind, services.choose(&mut rng)) {
            (CaseKind::Referral, Some((s, o))) => (Some(*s), Some(*o)),
            _ => (None, None),
        };
        let routed = if service.is_none() {
            cases::route(&rules, kind, &category.code, Some(ward), |id, wd| {
                kith_core::accounts::NeighbourhoodWards::contains(places.as_ref(), id, wd)
            })
        } else {
            None
        };
        let clocks = Clocks::start(created, category.targets, &calendar);
        let mut case = CaseRecord {
            id: Uuid::now_v7(),
            reference: cases::reference(kind, 0),
            kind,
            category: category.code.clone(),
            state: CaseState::New,
            summary: summary.into(),
            description: String::new(),
            ward_code: ward.clone(),
            latitude: spot.as_ref().map(|s| s.1),
            longitude: spot.as_ref().map(|s| s.2),
            postcode: spot.as_ref().map(|s| s.0.clone()),
            place: String::new(),
            resident_id: resident.as_ref().map(|r| r.id),
            raised_by: raised_by.choose(&mut rng).copied(),
            raised_for: None,
            source: if kind == CaseKind::ServiceRequest && rng.gen_bool(0.3) {
                CaseSource::Open311
            } else {
                CaseSource::Web
            },
            team_id: routed.map(|r| r.team),
            owner_id: None,
            partner_reference: String::new(),
            service_id: service,
            receiving_org: receiving,
            next_update_on: None,
            due_at: clocks.next_due(CaseState::New),
            clocks,
            flag: SlaFlag::OnTime,
            escalated_at: None,
            merged_into: None,
            outcome: String::new(),
            created_at: created,
            updated_at: created,
            redacted_at: None,
            version: 1,
            media_url: String::new(),
            answers: Default::default(),
        };
        let mut events = vec![entry(&worker, &case, created, "created", "", "new")];
        work(&mut rng, &mut case, &mut events, now, category.targets, &calendar, &worker);
        if !full_timelines && events.len() > 2 {
            let last = events.pop();
            events.truncate(1);
            events.extend(last);
        }
        if case.flag == SlaFlag::OnTime && case.due_at.is_some_and(|d| d <= now) {
            case.flag = SlaFlag::Breached;
            case.escalated_at = case.due_at;
        }
        out.cases += 1;
        out.events += events.len();
        out.residents += usize::from(resident.is_some());
        batch.cases.push(case);
        batch.events.extend(events);
        batch.residents.extend(resident);
        if batch.cases.len() >= 2_000 {
            app.store.import_cases(&batch.cases, &batch.events, &batch.residents).await?;
            batch = Batch::default();
        }
    }
    if !batch.cases.is_empty() {
        app.store.import_cases(&batch.cases, &batch.events, &batch.residents).await?;
    }
    Ok(out)
}

#[derive(Default)]
struct Batch {
    cases: Vec<CaseRecord>,
    events: Vec<CaseEvent>,
    residents: Vec<Resident>,
}

fn entry(actor: &Actor, case: &CaseRecord, at: DateTime<Utc>, action: &str, from: &str, to: &str) -> CaseEvent {
    CaseEvent {
        id: Uuid::now_v7(),
        case_id: case.id,
        at,
        actor_id: actor.user_id,
        actor: actor.label.clone(),
        action: action.into(),
        from_state: from.into(),
        to_state: to.into(),
        note: String::new(),
        shared: true,
        detail: serde_json::Value::Null,
        to_notify: false,
    }
}

/// Works a case through the state machine, each step some working hours after the last, until its age runs out.
fn work(
    rng: &mut StdRng,
    case: &mut CaseRecord,
    events: &mut Vec<CaseEvent>,
    now: DateTime<Utc>,
    targets: cases::Targets,
    calendar: &WorkingDays,
    actor: &Actor,
) {
    let referral = case.kind == CaseKind::Referral;
    // Most teams meet their targets; some are late; a few never get to it.
    let pace = match rng.gen_range(0..100) {
        0..=79 => 0.5,
        80..=94 => 1.6,
        _ => 6.0,
    };
    let resolve_in =
        Duration::hours((f64::from(targets.resolve_days.max(1)) * 24.0 * 1.4 * pace * rng.gen_range(0.3..1.0)) as i64);
    let acknowledge_in =
        Duration::hours((f64::from(targets.acknowledge_days.max(1)) * 24.0 * pace * rng.gen_range(0.2..1.0)) as i64);
    let mut steps: Vec<(Duration, Transition)> = Vec::new();
    if referral {
        if rng.gen_bool(0.12) {
            steps.push((acknowledge_in, Transition::Decline { reason: "No places left this month".into() }));
            steps.push((acknowledge_in + Duration::days(1), Transition::Close));
        } else {
            steps.push((acknowledge_in, Transition::Accept { owner: None }));
            steps.push((
                resolve_in,
                Transition::RecordOutcome { outcome: "Attending weekly and settling in well".into() },
            ));
            steps.push((resolve_in + Duration::days(8), Transition::Close));
        }
    } else {
        let next_update = WorkingDays::local_date(case.created_at + acknowledge_in + Duration::days(7));
        steps.push((acknowledge_in, Transition::Acknowledge { owner: Uuid::nil(), next_update }));
        steps.push((acknowledge_in + Duration::hours(2), Transition::Start));
        if rng.gen_bool(0.2) {
            steps.push((
                acknowledge_in + Duration::hours(30),
                Transition::Wait { on: WaitingOn::ThirdParty, reason: "Waiting for a contractor".into() },
            ));
            steps.push((acknowledge_in + Duration::hours(100), Transition::Resume));
        }
        steps.push((
            resolve_in.max(acknowledge_in + Duration::hours(3)),
            Transition::Resolve { summary: "Done, and the resident told".into() },
        ));
        steps.push((resolve_in.max(acknowledge_in + Duration::hours(3)) + Duration::days(8), Transition::Close));
    }
    steps.sort_by_key(|(at, _)| *at);
    for (after, transition) in steps {
        let at = case.created_at + after;
        if at > now {
            break;
        }
        let Ok((to, clocks)) = cases::decide(case.kind, case.state, &case.clocks, &transition, at, targets, calendar)
        else {
            continue;
        };
        events.push(entry(actor, case, at, transition.key(), case.state.as_str(), to.as_str()));
        if let Transition::Acknowledge { next_update, .. } = &transition {
            case.next_update_on = Some(*next_update);
        }
        case.outcome = match &transition {
            Transition::Resolve { summary } => summary.clone(),
            Transition::RecordOutcome { outcome } => outcome.clone(),
            Transition::Decline { reason } => reason.clone(),
            _ => std::mem::take(&mut case.outcome),
        };
        case.state = to;
        case.clocks = clocks;
        case.due_at = case.clocks.next_due(to);
        case.updated_at = at;
        case.version += 1;
    }
}

/// Three enquiries the demo councillor raises in Ladywood for residents, as they would through the pages.
pub async fn councillors_cases(app: &App, principal: &crate::accounts::Principal) -> Result<()> {
    let actor = principal.actor(None);
    let enquiries = [
        (
            "housing",
            "Damp and mould in a family's flat",
            "B16 8HJ",
            "Mrs Begum has asked three times; the children have asthma.",
        ),
        ("waste", "Bins missed on Monday Street for three weeks", "B1 1BA", "Several neighbours have complained."),
        (
            "highways",
            "Dropped kerb needed for a wheelchair user",
            "B16 0AB",
            "Mr Nowak uses a wheelchair and cannot reach the bus stop.",
        ),
    ];
    for (category, summary, postcode, description) in enquiries {
        let form = crate::cases::CaseForm {
            kind: CaseKind::MemberEnquiry.as_str().into(),
            category: category.into(),
            summary: summary.into(),
            description: description.into(),
            postcode: postcode.into(),
            resident_name: "Demo Resident".into(),
            resident_phone: "0121 496 0123".into(),
            preferred_contact: PreferredContact::Phone.as_str().into(),
            ..Default::default()
        };
        match crate::cases::raise(app, principal, &actor, &form).await {
            Ok(_) => {}
            // A postcode the carried data lacks (or outside the councillor's ward) is skipped, not fatal.
            Err(AppError::Invalid(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Two referrals the demo link worker makes to the demo community group, with the residents' consent.
pub async fn referrals_to(app: &App, principal: &crate::accounts::Principal, organisation: Uuid) -> Result<()> {
    let actor = principal.actor(None);
    let service = app.directory.read().services_of(organisation).first().map(|s| s.id);
    let Some(service) = service else { return Ok(()) };
    for (name, summary) in
        [("Joyce Campbell", "Lives alone since her husband died"), ("Arjun Singh", "Would like company at lunchtimes")]
    {
        let form = crate::cases::CaseForm {
            kind: CaseKind::Referral.as_str().into(),
            category: "loneliness".into(),
            summary: summary.into(),
            postcode: "B1 1BA".into(),
            service: service.to_string(),
            resident_name: name.into(),
            resident_phone: "0121 496 0456".into(),
            preferred_contact: PreferredContact::Phone.as_str().into(),
            consent: "yes".into(),
            consent_may_share: "name and phone".into(),
            consent_method: "verbal".into(),
            ..Default::default()
        };
        crate::cases::raise(app, principal, &actor, &form).await?;
    }
    Ok(())
}
