//! The demo city: Birmingham's real places (carried in the binary), with neighbourhoods, councillors,
//! coordinators and accounts that are visibly made up. Generated from a fixed seed, so every run gives the same
//! city.

mod agreements;
pub mod assets;
pub mod cases;
pub mod directory;
pub mod forums;
pub mod grants;
pub mod translations;
pub mod volunteering;

use kith_core::accounts::Scope;
use kith_core::places::WardCode;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use uuid::Uuid;

use crate::accounts::{NewUserForm, create_organisation, create_user_from_command_line};
use crate::people::{RepresentativeForm, save_from_command_line};
use crate::places::birmingham::{WardStat, birmingham_files, patches, ward_stats};
use crate::places::import::{ImportReport, import_places};
use crate::{Actor, App, AppError, Result};

/// The password of every demo account (printed by `kith demo`).
pub const DEMO_PASSWORD: &str = "kith-demo-password";
const SEED: u64 = 2018;

const FIRST_NAMES: &[&str] = &[
    "Aisha", "Tomasz", "Grace", "Imran", "Siobhan", "Kwame", "Priya", "Daniel", "Fatima", "Hamza", "Chloe", "Bilal",
    "Marcia", "Jaspreet", "Olu", "Nadia", "Declan", "Yusuf", "Amara", "Ravi", "Ewa", "Samuel", "Zainab", "Liam",
    "Shabana", "Tariq", "Hannah", "Nkechi", "Omar", "Gurpreet", "Ifeoma", "Connor", "Leila", "Mohammed", "Sophie",
];
const SURNAMES: &[&str] =
    &["Example", "Sample", "Placeholder", "Specimen", "Testwell", "Demo", "Mockford", "Fictional", "Madeup", "Notreal"];
const PARTIES: &[&str] =
    &["Red Demo Party", "Blue Demo Party", "Yellow Demo Party", "Green Demo Party", "Independent (demo)"];

fn demo_name(rng: &mut StdRng) -> String {
    format!(
        "{} {}",
        FIRST_NAMES.choose(rng).copied().unwrap_or("Alex"),
        SURNAMES.choose(rng).copied().unwrap_or("Example")
    )
}

/// A telephone number in Ofcom's range for drama in Birmingham (0121 496 0000 to 0999), so no one is called.
fn demo_phone(n: usize) -> String {
    format!("0121 496 {:04}", n % 1000)
}

/// A demo account: its email address, the role it holds, and where.
pub struct DemoAccount {
    pub email: String,
    pub role: String,
    pub scope: String,
}

/// What `kith demo` made.
pub struct DemoCity {
    pub places: ImportReport,
    pub assets: assets::DemoAssets,
    pub councillors: usize,
    pub coordinators: usize,
    pub accounts: Vec<DemoAccount>,
    pub directory: directory::DemoDirectory,
    pub cases: cases::Generated,
    pub forums: forums::Generated,
    pub grants: grants::Generated,
    pub volunteering: volunteering::Generated,
}

/// Fills an empty store with the demo city.
pub async fn build(app: &App) -> Result<DemoCity> {
    build_sized(
        app,
        directory::DEMO_SERVICES_PER_WARD * 69,
        DEMO_CASES,
        forums::DEMO,
        grants::DEMO_PAST_APPLICATIONS,
        volunteering::DEMO,
    )
    .await
}

/// How many cases the demo city has, raised over the last six months.
pub const DEMO_CASES: usize = 3_000;

/// The demo city with a directory of about `services` community services and `cases` cases.
pub async fn build_sized(
    app: &App,
    services: usize,
    cases: usize,
    forums: forums::Size,
    grant_applications: usize,
    helping: volunteering::Size,
) -> Result<DemoCity> {
    let files = birmingham_files()?;
    let places =
        import_places(app, &Actor::command_line(), &files).await.map_err(|e| AppError::Internal(e.to_string()))?;
    for files in crate::intelligence::birmingham::files() {
        crate::intelligence::import::import_indicators(app, &Actor::command_line(), &files)
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    let mut rng = StdRng::seed_from_u64(SEED);
    let stats = ward_stats()?;

    // Birmingham has 101 councillors for 69 wards: the 32 most populous wards elect two.
    let mut by_population: Vec<&WardStat> = stats.iter().collect();
    by_population.sort_by(|a, b| b.population.cmp(&a.population).then(a.code.cmp(&b.code)));
    let mut councillors = 0;
    for (i, ward) in by_population.iter().enumerate() {
        for _ in 0..if i < 32 { 2 } else { 1 } {
            councillors += 1;
            let name = demo_name(&mut rng);
            let form = RepresentativeForm {
                email: format!("cllr.{}@example.org", name.to_lowercase().replace(' ', ".")),
                name,
                office: "councillor".into(),
                affiliation: PARTIES.choose(&mut rng).copied().unwrap_or_default().into(),
                phone: demo_phone(councillors),
                wards: vec![ward.code.clone()],
            };
            save_from_command_line(app, &form).await?;
        }
    }

    let patches = patches(stats);
    for (i, patch) in patches.iter().enumerate() {
        let name = demo_name(&mut rng);
        let form = RepresentativeForm {
            email: format!("{}@example.org", name.to_lowercase().replace(' ', ".")),
            name,
            office: "coordinator".into(),
            affiliation: "Neighbourhood Action Coordinators (demo)".into(),
            phone: demo_phone(500 + i),
            wards: patch.iter().map(|w| w.code.clone()).collect(),
        };
        save_from_command_line(app, &form).await?;
    }

    let council = create_organisation(app, &Actor::command_line(), "Birmingham City Council (demo)", "council").await?;
    let teams = cases::teams_and_rules(app).await?;
    let group =
        create_organisation(app, &Actor::command_line(), "Ladywood Lunch Club (demo)", "community group").await?;
    let ladywood = WardCode::parse("E05011151").map_err(|e| AppError::Internal(e.to_string()))?;
    let places_now = app.places();
    let first_patch = places_now.neighbourhoods().iter().find(|n| n.name == "Patch 01 (demo)").map(|n| n.id);
    // The demo network lead leads the locality of the demo community group (Ladywood), so the change the group has
    // waiting is in their review queue.
    let first_locality = places_now
        .neighbourhoods()
        .iter()
        .find(|n| n.kind == "Locality" && n.wards.iter().any(|w| w == ladywood.as_str()))
        .or_else(|| places_now.neighbourhoods().iter().find(|n| n.kind == "Locality"))
        .map(|n| n.id);
    let roles: Vec<(&str, &str, Scope)> = vec![
        ("admin", "administrator", Scope::City),
        ("coordinator", "coordinator", first_patch.map_or(Scope::City, Scope::Neighbourhood)),
        ("councillor", "councillor", Scope::Ward(ladywood.clone())),
        ("officer", "service_officer", Scope::Organisation(teams.street_scene)),
        ("manager", "team_manager", Scope::Organisation(teams.street_scene)),
        ("triage", "triage_worker", Scope::City),
        ("linkworker", "link_worker", Scope::City),
        ("networklead", "network_lead", first_locality.map_or(Scope::City, Scope::Neighbourhood)),
        ("community", "community_member", Scope::Organisation(group)),
        ("grants", "grants_officer", Scope::City),
        ("panel", "panel_member", Scope::City),
        ("panelofficer", "panel_member", Scope::City),
        ("assets", "assets_officer", Scope::City),
        ("translator", "translator", Scope::Language("ur".into())),
        ("volunteer", "volunteer", Scope::Ward(ladywood)),
    ];
    let mut accounts = Vec::new();
    let mut ids = Vec::new();
    for (who, role, scope) in roles {
        let email = format!("{who}@demo.kith.example.org");
        let form = NewUserForm {
            name: format!("Demo {}", role.replace('_', " ")),
            email: email.clone(),
            password: DEMO_PASSWORD.into(),
        };
        let label = match &scope {
            Scope::City => "all of Birmingham".to_owned(),
            Scope::Ward(code) => places_now.ward(code).map_or(code.to_string(), |w| w.name.clone()),
            Scope::Neighbourhood(id) => places_now.neighbourhood(*id).map_or(id.to_string(), |n| n.name.clone()),
            Scope::Language(tag) => format!("the {tag} translations"),
            Scope::Organisation(id) => {
                if *id == council {
                    "Birmingham City Council (demo)".into()
                } else if *id == teams.street_scene {
                    "Street Scene (demo)".into()
                } else {
                    "Ladywood Lunch Club (demo)".into()
                }
            }
        };
        let id = create_user_from_command_line(app, &form, role, scope).await?;
        ids.push((who, id));
        accounts.push(DemoAccount { email, role: role.into(), scope: label });
    }
    let id_of = |who: &str| ids.iter().find(|(w, _)| *w == who).map(|(_, id)| *id);
    if let Some(manager) = id_of("manager")
        && let Some(mut t) = app.store.teams().await?.into_iter().find(|t| t.organisation_id == teams.street_scene)
    {
        t.manager_id = Some(manager);
        crate::cases::save_team_from_command_line(app, &t).await?;
    }
    let directory = directory::build_sized(app, group, services).await?;
    let generated = cases::generate(app, cases, 180, cases <= 100_000, &[]).await?;
    // A few cases the demo councillor raised in Ladywood through the real use case, so their queue has their own.
    if let Some(councillor) = id_of("councillor")
        && let Some(principal) = crate::accounts::principal_of(app, councillor).await?
    {
        cases::councillors_cases(app, &principal).await?;
    }
    if let Some(link) = id_of("linkworker")
        && let Some(principal) = crate::accounts::principal_of(app, link).await?
    {
        cases::referrals_to(app, &principal, group).await?;
    }
    let forums = forums::generate(app, &[], forums, SEED).await?;
    let principal = |who: &str| {
        let id = id_of(who);
        async move {
            match id {
                Some(id) => crate::accounts::principal_of(app, id).await,
                None => Ok(None),
            }
        }
    };
    let grants = match principal("grants").await? {
        Some(officer) => {
            let mut panel = Vec::new();
            for who in ["panel", "panelofficer"] {
                panel.extend(principal(who).await?);
            }
            // The themed fund is the demo network lead's locality's, so they run it too.
            let lead_wards: Vec<WardCode> = first_locality
                .and_then(|id| places_now.neighbourhood(id))
                .map(|n| n.wards.iter().filter_map(|w| WardCode::parse(w).ok()).collect())
                .unwrap_or_default();
            grants::generate(app, &officer, &panel, &lead_wards, grant_applications).await?
        }
        None => grants::Generated::default(),
    };
    let coordinator = principal("coordinator").await?;
    let surge: Vec<WardCode> = first_patch
        .and_then(|id| places_now.neighbourhood(id))
        .map(|n| n.wards.iter().filter_map(|w| WardCode::parse(w).ok()).collect())
        .unwrap_or_default();
    let mut organisations: Vec<Uuid> = app
        .store
        .organisations()
        .await?
        .into_iter()
        .filter(|o| o.id != council && o.id != teams.street_scene)
        .map(|o| o.id)
        .collect();
    organisations.sort();
    let volunteering = volunteering::generate(app, coordinator.as_ref(), &surge, &organisations, helping).await?;
    let assets = assets::generate(app).await?;
    Ok(DemoCity {
        assets,
        places,
        volunteering,
        councillors,
        coordinators: patches.len(),
        accounts,
        directory,
        cases: generated,
        forums,
        grants,
    })
}
