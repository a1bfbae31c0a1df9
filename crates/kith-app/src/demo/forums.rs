//! The demo city's ward forums and stakeholders: in every ward a year of forums (every two months, with
//! agendas, minutes and attendance for those past), priorities proposed, supported and adopted, actions and
//! sub-actions owned by a virtual team of partners with dated updates; and a believable network of the city's
//! organisations (council teams, police, fire, health, housing, community and faith groups, schools,
//! businesses) with the partnerships between them. The benchmarks size it up with `generate`.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;
use kith_core::forums::{ActionStatus, PriorityState};
use kith_core::places::WardCode;
use kith_store::accounts::Organisation;
use kith_store::forums::{Action, ActionUpdate, Forum, ForumBatch, Member, Partnership, Priority, Profile};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use crate::{App, Result};

/// How big a demo to make.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    /// Forums a ward held in the year before now, evenly spaced (and two more to come).
    pub forums_per_ward: usize,
    pub priorities_per_ward: usize,
    pub actions_per_priority: usize,
    /// Organisations of the city's own, beyond the partners every ward shares.
    pub organisations_per_ward: usize,
    /// Partnerships for each organisation, on average.
    pub partnerships_per_organisation: usize,
}

/// The demo's size: modest, so the demo builds in seconds.
pub const DEMO: Size = Size {
    forums_per_ward: 6,
    priorities_per_ward: 4,
    actions_per_priority: 4,
    organisations_per_ward: 6,
    partnerships_per_organisation: 2,
};

const PRIORITIES: &[(&str, &str)] = &[
    ("Cleaner streets and fewer fly-tips", "Fly-tipping in back alleys and around the shops keeps coming back."),
    ("Safer crossing outside the primary school", "Traffic is fast at drop-off and pick-up times."),
    ("More for young people in the evenings", "There is nowhere for teenagers to go after school."),
    ("Tackle loneliness among older residents", "Many older people live alone and rarely see anyone."),
    ("Better lighting on the canal path", "The towpath is dark and people avoid it after 4pm in winter."),
    ("Stop speeding on residential roads", "Cars use our streets as a rat run."),
    ("Help with the cost of living", "Families need to know where to get help with food and bills."),
    ("A greener high street", "Planters, trees and somewhere to sit."),
    ("Reduce anti-social behaviour in the park", "Groups gather in the evenings and residents feel unsafe."),
    ("Fix damp and mould in social housing", "Several blocks have the same problems reported again and again."),
];

const ACTIONS: &[&str] = &[
    "Walkabout with residents to map the problem spots",
    "Put in a request for new bins and signs",
    "Run a community clean-up day",
    "Share figures at the next forum",
    "Apply for a small grant to fund the work",
    "Hold a drop-in session at the library",
    "Speed survey with the community speedwatch group",
    "Agree a joint patrol plan",
    "Letters to every household on the affected roads",
    "Set up a befriending rota with local volunteers",
];

const PARTNERS: &[(&str, &str, &str)] = &[
    ("West Midlands Police (demo)", "police", "Neighbourhood policing sergeant"),
    ("West Midlands Fire Service (demo)", "fire", "Community safety officer"),
    ("Pioneer Housing Association (demo)", "housing", "Neighbourhood housing officer"),
    ("Birmingham and Solihull NHS (demo)", "health", "Social prescribing lead"),
    ("Birmingham City Council Street Scene (demo)", "council", "Area street scene manager"),
];

const OWN_KINDS: &[(&str, &[&str])] = &[
    ("community group", &["Residents' Association", "Lunch Club", "Walking Group", "Youth Club", "Gardeners"]),
    ("faith group", &["Mosque", "Gurdwara", "Parish Church", "Pentecostal Church", "Mandir"]),
    ("school", &["Primary School", "Academy", "Nursery"]),
    ("business", &["Traders' Association", "Pharmacy", "Community Café"]),
    ("voluntary organisation", &["Advice Centre", "Food Bank", "Carers' Network"]),
];

const FIRST: &[&str] = &["Amina", "Tom", "Grace", "Imran", "Priya", "Kwame", "Sarah", "Jas", "Megan", "Tariq"];
const LAST: &[&str] = &["Begum", "Walsh", "Okafor", "Hussain", "Patel", "Mensah", "Evans", "Singh", "Clarke", "Ali"];

fn london(date: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    London.with_ymd_and_hms(date.year(), date.month(), date.day(), hour, minute, 0).earliest().map_or_else(
        || Utc.from_utc_datetime(&date.and_hms_opt(hour, minute, 0).unwrap_or_default()),
        |t| t.with_timezone(&Utc),
    )
}

/// What `generate` made, for the tests and benchmarks that use it.
#[derive(Debug, Clone, Default)]
pub struct Generated {
    pub forums: usize,
    pub priorities: usize,
    pub actions: usize,
    pub organisations: usize,
    pub partnerships: usize,
}

/// Makes the demo's forums, priorities, actions, virtual teams and stakeholder network for `wards` (all wards
/// when empty), at `size`, written in one batch.
pub async fn generate(app: &App, wards: &[kith_core::places::WardCode], size: Size, seed: u64) -> Result<Generated> {
    let mut rng = StdRng::seed_from_u64(seed);
    let now = app.now();
    let today = now.with_timezone(&London).date_naive();
    let places = app.places();
    let chosen: Vec<_> = if wards.is_empty() {
        places.wards().iter().map(|w| (w.code.clone(), w.name.clone())).collect()
    } else {
        wards.iter().filter_map(|c| places.ward(c)).map(|w| (w.code.clone(), w.name.clone())).collect()
    };
    let mut batch = ForumBatch::default();
    let existing = app.store.organisations().await?;
    let mut by_name: HashMap<String, Uuid> = existing.iter().map(|o| (o.name.clone(), o.id)).collect();
    let mut organisation =
        |batch: &mut ForumBatch, name: &str, kind: &str, ward: Option<WardCode>, fresh: bool| -> Uuid {
            // A name already taken is the same organisation, or (for the ward's own) one more of its kind.
            let mut name = name.to_owned();
            if let Some(id) = by_name.get(&name) {
                if !fresh {
                    return *id;
                }
                let mut n = 2;
                while by_name.contains_key(&format!("{name} {n}")) {
                    n += 1;
                }
                name = format!("{name} {n}");
            }
            let id = Uuid::now_v7();
            batch.organisations.push(Organisation { id, name: name.clone(), kind: kind.to_owned(), created_at: now });
            batch.profiles.push(Profile {
                organisation_id: id,
                ward_code: ward,
                description: String::new(),
                website: String::new(),
                updated_at: now,
            });
            by_name.insert(name, id);
            id
        };
    let partners: Vec<(Uuid, &str)> =
        PARTNERS.iter().map(|(name, kind, role)| (organisation(&mut batch, name, kind, None, false), *role)).collect();
    let mut locals: Vec<(Uuid, String)> = Vec::new();
    for (code, ward_name) in &chosen {
        // The ward's own organisations.
        let mut own = Vec::new();
        for i in 0..size.organisations_per_ward {
            let (kind, names) = OWN_KINDS[i % OWN_KINDS.len()];
            let suffix = names[(i / OWN_KINDS.len() + rng.gen_range(0..names.len())) % names.len()];
            let id = organisation(&mut batch, &format!("{ward_name} {suffix} (demo)"), kind, Some(code.clone()), true);
            own.push(id);
            locals.push((id, code.to_string()));
        }
        // The virtual team: each partner's named contact, and a local group's.
        let mut team = Vec::new();
        let contacts: Vec<(Uuid, String)> = partners
            .iter()
            .map(|(id, role)| (*id, (*role).to_owned()))
            .chain(own.iter().take(1).map(|id| (*id, "Chair".to_owned())))
            .collect();
        for (org, role) in contacts {
            let (first, last) =
                (FIRST.choose(&mut rng).copied().unwrap_or("Sam"), LAST.choose(&mut rng).copied().unwrap_or("Lee"));
            let member = Member {
                id: Uuid::now_v7(),
                area_kind: "ward".into(),
                area_id: code.to_string(),
                organisation_id: org,
                name: format!("{first} {last}"),
                email: format!(
                    "{}.{}.{}@partners.example.org",
                    first.to_lowercase(),
                    last.to_lowercase(),
                    code.as_str().to_lowercase()
                ),
                phone: String::new(),
                role,
                added_at: now - Duration::days(400),
                removed_at: None,
            };
            team.push(member.clone());
            batch.members.push(member);
        }
        // A year of forums, evenly spaced, and two to come.
        let mut held = Vec::new();
        let every = 365 / size.forums_per_ward.max(1) as i64;
        for k in 0..size.forums_per_ward + 2 {
            let back = (size.forums_per_ward as i64 - k as i64) * every - every / 2;
            let date = today - Duration::days(back);
            let starts_at = london(date, 18, 30);
            let past = starts_at < now;
            let forum = Forum {
                id: Uuid::now_v7(),
                ward_code: code.clone(),
                title: format!("{ward_name} ward forum"),
                starts_at,
                ends_at: starts_at + Duration::minutes(90),
                venue: format!("{ward_name} Community Centre"),
                location_id: None,
                online_url: if k % 2 == 0 { "https://meet.example.org/kith-demo".into() } else { String::new() },
                agenda: "1. Welcome and introductions\n2. Updates from the police and partners\n3. Progress on the ward's priorities\n4. New proposals from residents\n5. Any other business".into(),
                minutes: if past { format!("{} residents, both ward councillors and partners attended. Partners reported on each priority; residents raised new concerns, which were added as proposals.", 12 + k * 3) } else { String::new() },
                attendance: past.then_some(12 + k as i32 * 3),
                cancelled_at: None,
                created_at: starts_at - Duration::days(40),
                updated_at: if past { starts_at + Duration::days(3) } else { starts_at - Duration::days(40) },
                version: 1,
            };
            if past {
                held.push(forum.clone());
            }
            batch.forums.push(forum);
        }
        // Priorities: most adopted at past forums, a couple still proposed.
        let mut picks: Vec<usize> = (0..PRIORITIES.len()).collect();
        picks.shuffle(&mut rng);
        for (n, index) in (0..size.priorities_per_ward + 2).map(|n| (n, picks[n % picks.len()])) {
            let (title, why) = PRIORITIES[index];
            let title = if n >= PRIORITIES.len() {
                format!("{title} ({})", n / PRIORITIES.len() + 1)
            } else {
                title.to_owned()
            };
            let adopted = n < size.priorities_per_ward && !held.is_empty();
            let forum = adopted.then(|| held[n % held.len()].clone());
            let created =
                forum.as_ref().map_or(now - Duration::days(rng.gen_range(3..40)), |f| f.starts_at - Duration::days(20));
            let priority = Priority {
                id: Uuid::now_v7(),
                ward_code: code.clone(),
                title,
                description: why.into(),
                state: if adopted { PriorityState::Adopted } else { PriorityState::Proposed },
                proposer_name: FIRST.choose(&mut rng).copied().unwrap_or("Sam").into(),
                proposer_email: String::new(),
                note: String::new(),
                supporters: rng.gen_range(3..60),
                forum_id: forum.as_ref().map(|f| f.id),
                decided_at: forum.as_ref().map(|f| f.starts_at + Duration::hours(1)),
                created_at: created,
                updated_at: created,
                version: 1,
            };
            if let Some(forum) = &forum {
                actions_for(&mut batch, &mut rng, &priority, forum, &team, size.actions_per_priority, now, today);
            }
            batch.priorities.push(priority);
        }
    }
    // Partnerships: partners with local groups, and local groups with their neighbours and across the city.
    let everyone: Vec<Uuid> = locals.iter().map(|(id, _)| *id).collect();
    let mut pairs = std::collections::HashSet::new();
    let target = locals.len() * size.partnerships_per_organisation;
    let kinds = ["delivery", "referral", "premises", "forum", "network", "funding"];
    let mut tries = 0;
    while pairs.len() < target && tries < target * 20 && everyone.len() > 1 {
        tries += 1;
        let (a, ward) = &locals[rng.gen_range(0..locals.len())];
        let b = match rng.gen_range(0..10) {
            // Mostly with someone in the same ward, sometimes a city-wide partner, now and then across the city.
            0..=5 => {
                let same: Vec<&(Uuid, String)> = locals.iter().filter(|(_, w)| w == ward).collect();
                same[rng.gen_range(0..same.len())].0
            }
            6..=7 => partners[rng.gen_range(0..partners.len())].0,
            _ => everyone[rng.gen_range(0..everyone.len())],
        };
        // A few organisations in each ward are left on their own, as in life.
        if *a == b || rng.gen_range(0..20) == 0 {
            continue;
        }
        let key = if *a < b { (*a, b) } else { (b, *a) };
        if !pairs.insert(key) {
            continue;
        }
        let started = today - Duration::days(rng.gen_range(30..1500));
        batch.partnerships.push(Partnership {
            id: Uuid::now_v7(),
            org_a: key.0,
            org_b: key.1,
            kind: kinds[rng.gen_range(0..kinds.len())].into(),
            started_on: Some(started),
            ended_on: None,
            note: String::new(),
            created_at: now,
            updated_at: now,
        });
    }
    let made = Generated {
        forums: batch.forums.len(),
        priorities: batch.priorities.len(),
        actions: batch.actions.len(),
        organisations: batch.organisations.len(),
        partnerships: batch.partnerships.len(),
    };
    app.store.import_forums(&batch).await?;
    app.ward_work.forget_all();
    app.network.forget_all();
    Ok(made)
}

#[allow(clippy::too_many_arguments)]
fn actions_for(
    batch: &mut ForumBatch,
    rng: &mut StdRng,
    priority: &Priority,
    forum: &Forum,
    team: &[Member],
    count: usize,
    now: DateTime<Utc>,
    today: NaiveDate,
) {
    let adopted = forum.starts_at;
    for i in 0..count {
        let owner = &team[rng.gen_range(0..team.len())];
        let due_on = adopted.with_timezone(&London).date_naive() + Duration::days(rng.gen_range(30..300));
        let age = (now - adopted).num_days().max(1);
        let status = if due_on < today {
            *[
                ActionStatus::Done,
                ActionStatus::Done,
                ActionStatus::OffTrack,
                ActionStatus::AtRisk,
                ActionStatus::Dropped,
            ]
            .choose(rng)
            .unwrap_or(&ActionStatus::Done)
        } else {
            *[ActionStatus::OnTrack, ActionStatus::OnTrack, ActionStatus::NotStarted, ActionStatus::AtRisk]
                .choose(rng)
                .unwrap_or(&ActionStatus::OnTrack)
        };
        let progress = match status {
            ActionStatus::Done => 100,
            ActionStatus::NotStarted => 0,
            _ => rng.gen_range(10..90),
        };
        // Every third action is split into sub-actions under the one before it.
        let parent = (i % 3 == 2).then(|| batch.actions.last().map(|a: &Action| a.id)).flatten().filter(|_| i > 0);
        let action = Action {
            id: Uuid::now_v7(),
            priority_id: priority.id,
            parent_id: parent,
            ward_code: priority.ward_code.clone(),
            title: ACTIONS[rng.gen_range(0..ACTIONS.len())].into(),
            description: String::new(),
            owner_org: owner.organisation_id,
            owner_member: Some(owner.id),
            owner_name: owner.name.clone(),
            owner_email: owner.email.clone(),
            due_on,
            status,
            dropped_reason: if status == ActionStatus::Dropped {
                "Another partner already covers this".into()
            } else {
                String::new()
            },
            progress,
            weight: 1,
            reminded_at: None,
            created_at: adopted + Duration::days(1),
            updated_at: adopted + Duration::days(age / 2),
            version: 1,
        };
        let created = ActionUpdate {
            id: Uuid::now_v7(),
            action_id: action.id,
            priority_id: priority.id,
            at: action.created_at,
            actor_id: None,
            actor: "demo".into(),
            via: "staff".into(),
            kind: "created".into(),
            status: ActionStatus::NotStarted,
            progress: 0,
            note: format!("Action added, owned by {}", owner.name),
            links: Vec::new(),
        };
        let update = (status != ActionStatus::NotStarted).then(|| ActionUpdate {
            id: Uuid::now_v7(),
            at: action.updated_at,
            actor: format!("{} (partner link)", owner.name),
            via: "partner link".into(),
            kind: "update".into(),
            status,
            progress,
            note: match status {
                ActionStatus::Done => "Finished: reported back at the forum.".into(),
                ActionStatus::Dropped => "Dropped: another partner already covers this.".into(),
                ActionStatus::OffTrack => "Delayed: waiting for a contractor.".into(),
                _ => "Under way; next update at the forum.".into(),
            },
            ..created.clone()
        });
        batch.updates.push(created);
        batch.updates.extend(update);
        batch.actions.push(action);
    }
}
