//! The demo's community buildings: Birmingham's real open libraries and schools, and two generated community
//! buildings in each ward; Community Asset Transfers at every stage; nominations of Assets of Community Value in
//! every standing, dated from today so that each clock is running.

use chrono::{Months, NaiveDate, TimeDelta};
use kith_core::assets::acv::rule_sets;
use kith_core::assets::{AssetKind, Condition, Owner, STAGES, Stage};
use kith_core::channel::Channel;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::directory::{LIBRARIES, SCHOOLS, demo_id, field, position, read_csv, some_accessibility};
use crate::assets::{StoredAsset, StoredNomination, acv, transfers};
use crate::{App, Result};

const SEED: u64 = 2022;

/// What the demo register holds.
#[derive(Debug, Clone, Copy, Default)]
pub struct DemoAssets {
    pub assets: usize,
    pub transfers: usize,
    pub nominations: usize,
}

fn asset(
    app: &App,
    name: &str,
    kind: AssetKind,
    owner: (Owner, &str),
    ward: &str,
    at: Option<(f64, f64)>,
) -> StoredAsset {
    let now = app.now();
    StoredAsset {
        id: demo_id(&format!("asset:{name}:{ward}")),
        name: name.to_owned(),
        kind,
        owner: owner.0,
        owner_name: owner.1.to_owned(),
        condition: Condition::Unknown,
        capacity: None,
        accessibility: Vec::new(),
        ward_code: ward.to_owned(),
        address: String::new(),
        position: at,
        location_id: None,
        used_by: String::new(),
        organisations: Vec::new(),
        created_at: now,
        updated_at: now,
        version: 1,
    }
}

/// The register, the transfers and the nominations.
pub async fn generate(app: &App) -> Result<DemoAssets> {
    let mut rng = StdRng::seed_from_u64(SEED);
    let council = (Owner::Council, "Birmingham City Council");
    let mut register = Vec::new();
    read_csv(LIBRARIES, "places_libraries_birmingham.csv", |r, at| {
        let ward = field(r, at, "ward_code");
        if !field(r, at, "year_closed").is_empty() || ward.is_empty() {
            return;
        }
        let name = field(r, at, "name");
        let owner = if field(r, at, "library_type") == "CRL" { (Owner::Other, "Community-run") } else { council };
        let p = position(r, at).map(|p| (p.lat, p.lng));
        let mut a = asset(app, name, AssetKind::Library, owner, ward, p);
        a.address = format!("{}, {}", field(r, at, "address_1"), field(r, at, "postcode"));
        a.location_id = Some(demo_id(&format!("library:{name}")));
        a.used_by = "Library users, reading groups and homework clubs".into();
        register.push(a);
    })?;
    read_csv(SCHOOLS, "places_schools_birmingham.csv", |r, at| {
        let ward = field(r, at, "ward_code_from_polygon");
        if ward.is_empty() {
            return;
        }
        let owner = match field(r, at, "type_group") {
            "Local authority maintained schools" | "Special schools" => council,
            "Academies" | "Free Schools" | "Free schools" => (Owner::Other, "Academy trust"),
            _ => (Owner::Other, "The school's proprietor"),
        };
        let name = field(r, at, "name");
        let mut a = asset(app, name, AssetKind::School, owner, ward, position(r, at).map(|p| (p.lat, p.lng)));
        a.capacity = field(r, at, "pupils").parse::<f64>().ok().map(|p| p.round() as i64).filter(|p| *p > 0);
        a.location_id = Some(demo_id(&format!("school:{name}")));
        register.push(a);
    })?;
    for a in &mut register {
        a.condition = [Condition::Good, Condition::Fair, Condition::Poor][rng.gen_range(0..3)];
        a.accessibility = some_accessibility(&mut rng);
    }
    let places = app.places();
    let mut centres = Vec::new();
    for ward in places.wards() {
        let centre = Some((ward.centre.lat, ward.centre.lng));
        let code = ward.code.as_str();
        let mut hall = asset(
            app,
            &format!("{} Community Centre (demo)", ward.name),
            AssetKind::CommunityCentre,
            council,
            code,
            centre,
        );
        hall.capacity = Some(rng.gen_range(4..30) * 10);
        hall.used_by = "Lunch club, youth club, slimming group, mosque and church groups' events".into();
        let mut church = asset(
            app,
            &format!("{} Neighbourhood Hall (demo)", ward.name),
            AssetKind::PlaceOfWorship,
            (Owner::Other, "A parish church (demo)"),
            code,
            centre,
        );
        church.capacity = Some(rng.gen_range(3..15) * 10);
        for a in [&mut hall, &mut church] {
            a.condition = [Condition::Good, Condition::Fair, Condition::Poor, Condition::Unknown][rng.gen_range(0..4)];
            a.accessibility = some_accessibility(&mut rng);
        }
        centres.push(hall);
        register.push(church);
    }
    register.extend(centres.iter().cloned());
    crate::assets::add_from_command_line(app, &register).await?;

    // A transfer at each stage, and one withdrawn and one refused, of the first council community centres.
    let today = app.today();
    let mut transfer_count = 0;
    let ends = [Stage::Withdrawn, Stage::Refused];
    for (i, stage) in STAGES.iter().chain(&ends).enumerate() {
        let Some(hall) = centres.get(i) else { break };
        let path: Vec<Stage> = match stage {
            Stage::Withdrawn => vec![Stage::BusinessCase, Stage::Withdrawn],
            Stage::Refused => vec![Stage::BusinessCase, Stage::Valuation, Stage::Decision, Stage::Refused],
            s => STAGES.iter().copied().skip(1).take_while(|x| x <= s).collect(),
        };
        let opened = today - TimeDelta::days(30 * (path.len() as i64 + 1));
        let moves: Vec<(Stage, NaiveDate)> =
            path.iter().enumerate().map(|(n, s)| (*s, opened + TimeDelta::days(30 * (n as i64 + 1)))).collect();
        let applicant =
            format!("{} Residents' Association (demo)", hall.name.trim_end_matches(" Community Centre (demo)"));
        transfers::add_from_command_line(app, hall.id, &applicant, opened, &moves).await?;
        transfer_count += 1;
    }

    // Nominations in every standing, of the generated halls of the next wards.
    let halls: Vec<&StoredAsset> = register.iter().filter(|a| a.kind == AssetKind::PlaceOfWorship).collect();
    let ago = |days: i64| today - TimeDelta::days(days);
    let years_ago = |years: u32| today.checked_sub_months(Months::new(12 * years)).unwrap_or(today);
    let listed = |on: NaiveDate| Some((on, "listed".to_owned()));
    let shapes: Vec<(NaiveDate, StoredNominationSteps)> = vec![
        (ago(10), StoredNominationSteps::default()),
        (ago(100), StoredNominationSteps { decided: Some((ago(50), "not_listed".into())), ..Default::default() }),
        (ago(200), StoredNominationSteps { decided: listed(ago(150)), ..Default::default() }),
        (
            ago(70),
            StoredNominationSteps { decided: listed(ago(30)), review_requested_on: Some(ago(5)), ..Default::default() },
        ),
        (
            ago(300),
            StoredNominationSteps {
                decided: listed(ago(250)),
                review_requested_on: Some(ago(220)),
                reviewed: Some((ago(180), "removed".into())),
                ..Default::default()
            },
        ),
        (
            ago(400),
            StoredNominationSteps {
                decided: listed(ago(350)),
                disposal_notified_on: Some(ago(14)),
                ..Default::default()
            },
        ),
        (
            ago(500),
            StoredNominationSteps {
                decided: listed(ago(450)),
                disposal_notified_on: Some(ago(60)),
                bid_requested_on: Some(ago(40)),
                ..Default::default()
            },
        ),
        (
            years_ago(5) - TimeDelta::days(10),
            StoredNominationSteps { decided: listed(years_ago(5) + TimeDelta::days(90)), ..Default::default() },
        ),
        (
            years_ago(6),
            StoredNominationSteps { decided: listed(years_ago(6) + TimeDelta::days(40)), ..Default::default() },
        ),
    ];
    let sets = rule_sets();
    let mut nominations = Vec::new();
    for ((received_on, s), hall) in shapes.into_iter().zip(halls.iter().skip(3)) {
        let n = StoredNomination {
            id: demo_id(&format!("acv:{}", hall.id)),
            number: 0,
            asset_id: hall.id,
            nominator: format!("Friends of {} (demo)", hall.name.trim_end_matches(" (demo)")),
            nominator_email: None,
            owner_email: None,
            reasons: "A meeting place for the neighbourhood's groups, the only one with a hall this size nearby."
                .into(),
            received_on,
            decided: s.decided,
            review_requested_on: s.review_requested_on,
            reviewed: s.reviewed,
            disposal_notified_on: s.disposal_notified_on,
            bid_requested_on: s.bid_requested_on,
            expiry_warned_on: None,
            channel: if nominations.len() % 3 == 1 { Channel::Paper } else { Channel::Online },
            created_at: app.now(),
            version: 1,
        };
        acv::steps_of(&n).clocks(&sets).map_err(|e| crate::AppError::Internal(e.to_string()))?;
        nominations.push(n);
    }
    acv::add_from_command_line(app, &nominations).await?;
    Ok(DemoAssets { assets: register.len(), transfers: transfer_count, nominations: nominations.len() })
}

/// A nomination's steps as the store keeps them, for writing the demo's shapes briefly.
#[derive(Default)]
struct StoredNominationSteps {
    decided: Option<(NaiveDate, String)>,
    review_requested_on: Option<NaiveDate>,
    reviewed: Option<(NaiveDate, String)>,
    disposal_notified_on: Option<NaiveDate>,
    bid_requested_on: Option<NaiveDate>,
}
