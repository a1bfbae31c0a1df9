//! The stakeholder map: the organisations in each neighbourhood (council teams, partners, community and faith
//! groups, businesses), the people in roles (councillors, coordinators, network leads, partner contacts) and the
//! partnerships between organisations. The network is measured for a coordinator: who is isolated, which groups
//! are separate, and who bridges groups that would otherwise fall apart. Measures are kept a minute, and a change
//! through this instance forgets them at once.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;
use chrono_tz::Europe::London;
use kith_core::accounts::{Target, permission};
use kith_core::network::Network;
use kith_core::places::WardCode;
use kith_store::forums::{Partnership, Profile};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::cache::Lookup;
use crate::problems::Problems;
use crate::{Actor, App, AppError, Result};

/// How long measures are kept before they are worked out again, unless a change here forgets them first: the
/// city's take both cores for most of a second, and only another instance's changes wait this long to show.
pub const NETWORK_FRESH: std::time::Duration = std::time::Duration::from_secs(300);

/// The kinds of organisation the map knows, with their names.
pub use crate::accounts::ORGANISATION_KINDS as KINDS;

/// The kinds of partnership, with what they mean.
pub const PARTNERSHIP_KINDS: &[(&str, &str)] = &[
    ("delivery", "Run something together"),
    ("funding", "One funds the other"),
    ("referral", "Refer people to each other"),
    ("premises", "Share premises"),
    ("forum", "Sit on a forum or board together"),
    ("network", "In a network or consortium together"),
];

pub fn kind_name(kind: &str) -> String {
    KINDS.iter().find(|(k, _)| *k == kind).map_or_else(|| kind.to_owned(), |(_, n)| (*n).to_owned())
}

/// An organisation in the network, with its measures.
#[derive(Debug, Clone, Serialize)]
pub struct OrgNode {
    pub id: Uuid,
    pub name: String,
    pub kind: String,
    pub ward: Option<String>,
    pub description: String,
    pub website: String,
    pub degree: usize,
    pub betweenness: f64,
    /// How many groups it holds together beyond its own (0 unless it is a cut vertex).
    pub bridging: u32,
    pub component: u32,
}

/// A network, measured.
#[derive(Debug, Clone)]
pub struct NetworkView {
    pub nodes: Vec<OrgNode>,
    /// Current partnerships between nodes, by index.
    pub edges: Vec<(usize, usize, Partnership)>,
    pub components: usize,
    /// The organisations in the largest connected group.
    pub largest: usize,
    /// Organisations with no current partnership, by name.
    pub isolated: Vec<usize>,
    /// Cut vertices, the most groups held together first.
    pub bridges: Vec<usize>,
    /// The ten with the highest betweenness.
    pub brokers: Vec<usize>,
    /// Positions for a ward's drawing (a city's is drawn by ward).
    pub layout: Vec<(f64, f64)>,
    pub millis: u128,
}

/// Whether a partnership is running on `today`.
fn current(p: &Partnership, today: NaiveDate) -> bool {
    p.ended_on.is_none_or(|end| end >= today) && p.started_on.is_none_or(|start| start <= today)
}

/// The organisations placed in a ward or working in it: its profile says so, it is on the ward's (or its
/// neighbourhood's) virtual team, or it owns an action there.
async fn ward_members(app: &App, ward: &WardCode, profiles: &HashMap<Uuid, Profile>) -> Result<HashSet<Uuid>> {
    let mut orgs: HashSet<Uuid> =
        profiles.values().filter(|p| p.ward_code.as_ref() == Some(ward)).map(|p| p.organisation_id).collect();
    orgs.extend(crate::partners::team_of_ward(app, ward).await?.iter().map(|m| m.organisation_id));
    orgs.extend(app.store.actions_of_ward(ward.as_str()).await?.iter().map(|a| a.owner_org));
    Ok(orgs)
}

/// The network of a ward, or of the whole city, measured. Measuring the city takes most of a second, so once a
/// measured network is past its time the reader who is given the refresh starts it in the background and, like
/// everyone else meanwhile, is shown the network as last measured.
pub async fn network(app: &App, ward: Option<&WardCode>) -> Result<Arc<NetworkView>> {
    let key = ward.cloned();
    match app.network.lookup(&key) {
        Lookup::Use(view) => Ok(view),
        Lookup::Refresh(old) => {
            // The measuring goes on without this reader; if the store cannot be read now, a later reader tries.
            if let Err(e) = start_measuring(app, ward).await {
                tracing::warn!(error = %e, "the stakeholder network could not be read to measure it again");
            }
            Ok(old)
        }
        Lookup::Missing => {
            // One measuring at a time: whoever comes while the network is being measured (at a server's start,
            // say) waits for that one instead of starting another.
            let _one_at_a_time = app.network_measuring.lock().await;
            if let Some(view) = app.network.get(&key) {
                return Ok(view);
            }
            Ok(start_measuring(app, ward).await?.await.map_err(|e| AppError::Internal(e.to_string()))?)
        }
    }
}

/// Measures the city's network in the background, so that a server's first visitor to the map does not wait.
pub fn spawn_measure(app: &Arc<App>) {
    let app = app.clone();
    tokio::spawn(async move {
        if let Err(e) = network(&app, None).await {
            tracing::warn!(error = %e, "the stakeholder network could not be measured");
        }
    });
}

/// Reads what the network is made of, then measures it on a thread for blocking work, where it goes on (and is
/// kept when it is done) even if nobody waits for it.
async fn start_measuring(app: &App, ward: Option<&WardCode>) -> Result<tokio::task::JoinHandle<Arc<NetworkView>>> {
    let organisations = app.store.organisations().await?;
    let profiles: HashMap<Uuid, Profile> =
        app.store.profiles().await?.into_iter().map(|p| (p.organisation_id, p)).collect();
    let partnerships = app.store.partnerships().await?;
    let within = match ward {
        Some(w) => Some(ward_members(app, w, &profiles).await?),
        None => None,
    };
    let today = app.now().with_timezone(&London).date_naive();
    let (key, cache) = (ward.cloned(), app.network.clone());
    Ok(tokio::task::spawn_blocking(move || {
        let view = measure(&organisations, &profiles, partnerships, within.as_ref(), today, key.is_some());
        tracing::info!(
            organisations = view.nodes.len(),
            partnerships = view.edges.len(),
            millis = view.millis as u64,
            "stakeholder network measured"
        );
        let view = Arc::new(view);
        cache.put(key, view.clone());
        view
    }))
}

/// The measuring itself, apart from the store, so that a benchmark can time it alone.
pub fn measure(
    organisations: &[kith_store::accounts::Organisation],
    profiles: &HashMap<Uuid, Profile>,
    partnerships: Vec<Partnership>,
    within: Option<&HashSet<Uuid>>,
    today: NaiveDate,
    lay_out: bool,
) -> NetworkView {
    let started = std::time::Instant::now();
    let mut nodes: Vec<OrgNode> = organisations
        .iter()
        .filter(|o| within.is_none_or(|w| w.contains(&o.id)))
        .map(|o| {
            let p = profiles.get(&o.id);
            OrgNode {
                id: o.id,
                name: o.name.clone(),
                kind: o.kind.clone(),
                ward: p.and_then(|p| p.ward_code.as_ref().map(|w| w.to_string())),
                description: p.map(|p| p.description.clone()).unwrap_or_default(),
                website: p.map(|p| p.website.clone()).unwrap_or_default(),
                degree: 0,
                betweenness: 0.0,
                bridging: 0,
                component: 0,
            }
        })
        .collect();
    nodes.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    let index: HashMap<Uuid, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
    let edges: Vec<(usize, usize, Partnership)> = partnerships
        .into_iter()
        .filter(|p| current(p, today))
        .filter_map(|p| Some((*index.get(&p.org_a)?, *index.get(&p.org_b)?, p)))
        .filter(|(a, b, _)| a != b)
        .collect();
    let graph = Network::new(nodes.len(), edges.iter().map(|(a, b, _)| (*a, *b)));
    let components = graph.components();
    let bridging = graph.bridging();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let betweenness = graph.betweenness(threads);
    let mut sizes: HashMap<u32, usize> = HashMap::new();
    for (i, n) in nodes.iter_mut().enumerate() {
        n.degree = graph.degree(i);
        n.betweenness = betweenness[i];
        n.bridging = bridging[i];
        n.component = components[i];
        *sizes.entry(components[i]).or_default() += 1;
    }
    let isolated: Vec<usize> = (0..nodes.len()).filter(|&i| nodes[i].degree == 0).collect();
    let mut bridges: Vec<usize> = (0..nodes.len()).filter(|&i| nodes[i].bridging > 0).collect();
    bridges.sort_by(|&a, &b| {
        nodes[b].bridging.cmp(&nodes[a].bridging).then(nodes[b].betweenness.total_cmp(&nodes[a].betweenness))
    });
    let mut brokers: Vec<usize> = (0..nodes.len()).filter(|&i| nodes[i].betweenness > 0.0).collect();
    brokers.sort_by(|&a, &b| nodes[b].betweenness.total_cmp(&nodes[a].betweenness).then(a.cmp(&b)));
    brokers.truncate(10);
    let layout = if lay_out && nodes.len() <= 400 { graph.layout(720.0, 480.0, 150) } else { Vec::new() };
    NetworkView {
        components: sizes.len(),
        largest: sizes.values().copied().max().unwrap_or(0),
        nodes,
        edges,
        isolated,
        bridges,
        brokers,
        layout,
        millis: started.elapsed().as_millis(),
    }
}

/// Two wards (by code) and how many partnerships join their organisations.
pub type WardLink = (String, String, usize);

/// The city's network drawn by ward: how many organisations each ward has, and how many partnerships join each
/// pair of wards (an organisation with no ward counts as city-wide, the empty code).
pub fn by_ward(view: &NetworkView) -> (BTreeMap<String, usize>, Vec<WardLink>) {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for n in &view.nodes {
        *counts.entry(n.ward.clone().unwrap_or_default()).or_default() += 1;
    }
    let mut links: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (a, b, _) in &view.edges {
        let (wa, wb) =
            (view.nodes[*a].ward.clone().unwrap_or_default(), view.nodes[*b].ward.clone().unwrap_or_default());
        let key = if wa <= wb { (wa, wb) } else { (wb, wa) };
        *links.entry(key).or_default() += 1;
    }
    (counts, links.into_iter().map(|((a, b), n)| (a, b, n)).collect())
}

fn may_keep_in(app: &App, principal: &Principal, ward: Option<&WardCode>) -> bool {
    match ward {
        Some(w) => principal.may(app, permission::STAKEHOLDERS_MANAGE, Target::Wards(std::slice::from_ref(w))),
        None => principal.may(app, permission::STAKEHOLDERS_MANAGE, Target::City),
    }
}

/// An organisation as the map's form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct OrganisationForm {
    pub name: String,
    pub kind: String,
    pub ward: String,
    pub description: String,
    pub website: String,
}

/// Adds an organisation to the map, or changes the profile of organisation `id`.
pub async fn save_organisation(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    id: Option<Uuid>,
    form: &OrganisationForm,
) -> Result<Uuid> {
    let mut problems = Problems::default();
    let ward = match form.ward.trim() {
        "" => None,
        w => match crate::areas::known_ward(app, w) {
            Ok(w) => Some(w),
            Err(_) => {
                problems.push(("ward", "Choose a ward, or leave it as city-wide".to_owned()));
                None
            }
        },
    };
    may_keep(Some(principal))?;
    let name = form.name.trim();
    if id.is_none() && name.is_empty() {
        problems.push(("name", "Enter the organisation's name".to_owned()));
    }
    if id.is_none() && !KINDS.iter().any(|(k, _)| *k == form.kind) {
        problems.push(("kind", "Choose what kind of organisation it is".to_owned()));
    }
    let website = form.website.trim();
    if !(website.is_empty() || website.starts_with("https://") || website.starts_with("http://")) {
        problems.push(("website", "Enter the website in full, starting https://".to_owned()));
    }
    if form.description.trim().chars().count() > 2_000 {
        problems.push(("description", "Use 2,000 characters or fewer".to_owned()));
    }
    if problems.is_empty() && !may_keep_in(app, principal, ward.as_ref()) {
        problems.push(("ward", "You keep the map in your own wards: choose one of them".to_owned()));
    }
    if !problems.is_empty() {
        return Err(problems.into_error());
    }
    let organisation_id = match id {
        Some(id) => {
            let known = app.store.organisations().await?.into_iter().any(|o| o.id == id);
            if !known {
                return Err(AppError::NotFound);
            }
            id
        }
        None => match crate::accounts::create_organisation(app, actor, name, &form.kind).await {
            Err(AppError::Conflict(_)) => {
                return Err(AppError::invalid("name", "An organisation with that name is already on the map"));
            }
            other => other?,
        },
    };
    let profile = Profile {
        organisation_id,
        ward_code: ward.clone(),
        description: form.description.trim().to_owned(),
        website: website.to_owned(),
        updated_at: app.now(),
    };
    let audit = actor.entry(
        app.now(),
        "stakeholders.profile_saved",
        "organisation",
        organisation_id,
        json!({ "ward": profile.ward_code }),
    );
    app.store.save_profile(&profile, &audit).await?;
    app.network.forget_all();
    Ok(organisation_id)
}

/// A partnership as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct PartnershipForm {
    pub org_a: String,
    pub org_b: String,
    pub kind: String,
    pub started: String,
    pub ended: String,
    pub note: String,
}

impl PartnershipForm {
    pub fn of(p: &Partnership) -> Self {
        Self {
            org_a: p.org_a.to_string(),
            org_b: p.org_b.to_string(),
            kind: p.kind.clone(),
            started: p.started_on.map(|d| d.to_string()).unwrap_or_default(),
            ended: p.ended_on.map(|d| d.to_string()).unwrap_or_default(),
            note: p.note.clone(),
        }
    }
}

/// Records a partnership, or changes partnership `id`.
pub async fn save_partnership(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    id: Option<Uuid>,
    form: &PartnershipForm,
) -> Result<Uuid> {
    let organisations = app.store.organisations().await?;
    let profiles: HashMap<Uuid, Profile> =
        app.store.profiles().await?.into_iter().map(|p| (p.organisation_id, p)).collect();
    let mut problems = Problems::default();
    let pick = |text: &str| Uuid::parse_str(text.trim()).ok().filter(|id| organisations.iter().any(|o| o.id == *id));
    let a = pick(&form.org_a).ok_or_else(|| problems.report("org_a", "Choose the first organisation"));
    let b = pick(&form.org_b).ok_or_else(|| problems.report("org_b", "Choose the organisation it works with"));
    if a.is_ok() && a == b {
        problems.push(("org_b", "Choose a different organisation: a partnership takes two".to_owned()));
    }
    if !PARTNERSHIP_KINDS.iter().any(|(k, _)| *k == form.kind) {
        problems.push(("kind", "Choose what kind of partnership it is".to_owned()));
    }
    let date = |text: &str, field: &'static str, problems: &mut Problems| match text.trim() {
        "" => None,
        t => {
            let d = crate::cases::parse_date(t);
            if d.is_none() {
                problems.push((field, "Enter a date like 2026-04-01, or leave it blank".to_owned()));
            }
            d
        }
    };
    let started = date(&form.started, "started", &mut problems);
    let ended = date(&form.ended, "ended", &mut problems);
    if let (Some(s), Some(e)) = (started, ended)
        && e < s
    {
        problems.push(("ended", "The end must be after the start".to_owned()));
    }
    if form.note.trim().chars().count() > 1_000 {
        problems.push(("note", "Use 1,000 characters or fewer".to_owned()));
    }
    // Both are whole, or their problem was reported (`Reported` is the proof).
    let (Ok(a), Ok(b)) = (a, b) else { return Err(problems.into_error()) };
    problems.finish()?;
    // Someone who keeps either organisation's ward (or the city) may record it.
    let ward_of = |o: Uuid| profiles.get(&o).and_then(|p| p.ward_code.clone());
    if !may_keep_in(app, principal, ward_of(a).as_ref()) && !may_keep_in(app, principal, ward_of(b).as_ref()) {
        return Err(AppError::Forbidden);
    }
    let now = app.now();
    let old = match id {
        Some(id) => Some(app.store.partnerships().await?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound)?),
        None => None,
    };
    let partnership = Partnership {
        id: old.as_ref().map_or_else(Uuid::now_v7, |o| o.id),
        org_a: a,
        org_b: b,
        kind: form.kind.clone(),
        started_on: started,
        ended_on: ended,
        note: form.note.trim().to_owned(),
        created_at: old.as_ref().map_or(now, |o| o.created_at),
        updated_at: now,
    };
    let audit = actor.entry(
        now,
        if old.is_some() { "stakeholders.partnership_changed" } else { "stakeholders.partnership_added" },
        "partnership",
        partnership.id,
        json!({ "org_a": a, "org_b": b, "kind": form.kind }),
    );
    app.store.save_partnership(&partnership, &audit).await?;
    app.network.forget_all();
    Ok(partnership.id)
}

pub async fn delete_partnership(app: &App, principal: &Principal, actor: &Actor, id: Uuid) -> Result<()> {
    may_keep(Some(principal))?;
    let p = app.store.partnerships().await?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound)?;
    let profiles: HashMap<Uuid, Profile> =
        app.store.profiles().await?.into_iter().map(|p| (p.organisation_id, p)).collect();
    let ward_of = |o: Uuid| profiles.get(&o).and_then(|p| p.ward_code.clone());
    if !may_keep_in(app, principal, ward_of(p.org_a).as_ref())
        && !may_keep_in(app, principal, ward_of(p.org_b).as_ref())
    {
        return Err(AppError::Forbidden);
    }
    let audit = actor.entry(
        app.now(),
        "stakeholders.partnership_removed",
        "partnership",
        id,
        json!({ "org_a": p.org_a, "org_b": p.org_b }),
    );
    app.store.delete_partnership(id, &audit).await?;
    app.network.forget_all();
    Ok(())
}

/// Someone in a role, as the map lists them.
#[derive(Debug, Clone, Serialize)]
pub struct PersonInRole {
    pub name: String,
    pub role: String,
    /// Their organisation or party.
    pub of: String,
    pub area: String,
    /// Contact details: public for councillors and coordinators, staff-only for the rest.
    pub email: String,
    pub public: bool,
}

/// The people in roles: councillors and coordinators (public), network leads and partner contacts (staff only).
/// Whether someone keeps the stakeholder map somewhere (its forms ask this; a change asks it for its wards).
pub fn may_keep(principal: Option<&Principal>) -> Result<()> {
    match principal {
        Some(p) if p.holds(permission::STAKEHOLDERS_MANAGE) => Ok(()),
        Some(_) => Err(AppError::Forbidden),
        None => Err(AppError::Unauthenticated),
    }
}

/// The people in public roles in a ward (or the city): councillors and coordinators, with their contact details
/// for staff only.
pub async fn people(app: &App, viewer: Option<&Principal>, ward: Option<&WardCode>) -> Result<Vec<PersonInRole>> {
    let staff = viewer.is_some_and(|p| p.holds(permission::STAFF));
    let places = app.places();
    let ward_names = |wards: &[WardCode]| {
        wards.iter().filter_map(|w| places.ward(w)).map(|w| w.name.clone()).collect::<Vec<_>>().join(", ")
    };
    let mut people = Vec::new();
    for r in crate::people::everyone(app).await?.iter() {
        if ward.is_some_and(|w| !r.wards.contains(w)) {
            continue;
        }
        people.push(PersonInRole {
            name: r.name.clone(),
            role: match r.office {
                kith_core::people::Office::Councillor => "Councillor".into(),
                kith_core::people::Office::Coordinator => "Neighbourhood coordinator".into(),
            },
            of: r.affiliation.clone(),
            area: ward_names(&r.wards),
            email: r.email.clone(),
            public: true,
        });
    }
    if staff {
        let names = crate::forums::organisation_names(app).await?;
        let team = match ward {
            Some(w) => crate::partners::team_of_ward(app, w).await?,
            None => app.store.members().await?,
        };
        for m in team {
            people.push(PersonInRole {
                name: m.name.clone(),
                role: if m.role.is_empty() { "Partner contact".into() } else { m.role.clone() },
                of: names.get(&m.organisation_id).cloned().unwrap_or_default(),
                area: crate::areas::area_name(app, &m.area_kind, &m.area_id),
                email: m.email.clone(),
                public: false,
            });
        }
        for u in app.store.users().await?.into_iter().filter(|u| u.disabled_at.is_none()) {
            for a in app.store.assignments_of(u.id).await?.into_iter().filter(|a| a.role_key == "network_lead") {
                let area = match a.scope_kind.as_str() {
                    "neighbourhood" => Uuid::parse_str(&a.scope_ref).ok().and_then(|id| places.neighbourhood(id)),
                    _ => None,
                };
                if let (Some(w), Some(n)) = (ward, area)
                    && !n.wards.iter().any(|x| x == w.as_str())
                {
                    continue;
                }
                people.push(PersonInRole {
                    name: u.name.clone(),
                    role: "Network lead".into(),
                    of: String::new(),
                    area: area.map(|n| n.name.clone()).unwrap_or_else(|| "The city".into()),
                    email: u.email.clone(),
                    public: false,
                });
            }
        }
    }
    people.sort_by(|a, b| a.role.cmp(&b.role).then(a.name.cmp(&b.name)));
    Ok(people)
}

/// The network as GEXF, for Gephi and other network tools.
pub fn gexf(app: &App, view: &NetworkView, title: &str) -> String {
    let places = app.places();
    let ward_name = |w: &Option<String>| {
        w.as_ref().and_then(|w| WardCode::parse(w).ok()).and_then(|w| places.ward(&w)).map(|w| w.name.clone())
    };
    let nodes: Vec<kith_standards::gexf::Node> = view
        .nodes
        .iter()
        .map(|n| kith_standards::gexf::Node {
            id: n.id.to_string(),
            label: n.name.clone(),
            kind: n.kind.clone(),
            ward: ward_name(&n.ward).unwrap_or_else(|| "City-wide".into()),
            degree: n.degree,
            betweenness: n.betweenness,
            bridging: n.bridging,
        })
        .collect();
    let edges: Vec<kith_standards::gexf::Edge> = view
        .edges
        .iter()
        .map(|(a, b, p)| kith_standards::gexf::Edge {
            id: p.id.to_string(),
            source: view.nodes[*a].id.to_string(),
            target: view.nodes[*b].id.to_string(),
            kind: p.kind.clone(),
            start: p.started_on,
            end: p.ended_on,
            note: p.note.clone(),
        })
        .collect();
    kith_standards::gexf::network(title, &nodes, &edges, app.now())
}

/// A row of the CSV export: one partnership, with both organisations named.
#[derive(Debug, Serialize)]
pub struct PartnershipRow {
    pub partnership_id: String,
    pub organisation_a: String,
    pub organisation_a_kind: String,
    pub organisation_a_ward: String,
    pub organisation_b: String,
    pub organisation_b_kind: String,
    pub organisation_b_ward: String,
    pub kind: String,
    pub started_on: String,
    pub ended_on: String,
    pub note: String,
}

/// A row of the CSV export of organisations, with their measures.
#[derive(Debug, Serialize)]
pub struct OrganisationRow {
    pub organisation_id: String,
    pub name: String,
    pub kind: String,
    pub ward: String,
    pub partnerships: usize,
    pub betweenness: String,
    pub groups_held_together: u32,
    pub isolated: bool,
}

pub fn csv_rows(app: &App, view: &NetworkView) -> (Vec<OrganisationRow>, Vec<PartnershipRow>) {
    let places = app.places();
    let ward_name = |w: &Option<String>| {
        w.as_ref()
            .and_then(|w| WardCode::parse(w).ok())
            .and_then(|w| places.ward(&w))
            .map(|w| w.name.clone())
            .unwrap_or_else(|| "City-wide".into())
    };
    let orgs = view
        .nodes
        .iter()
        .map(|n| OrganisationRow {
            organisation_id: n.id.to_string(),
            name: n.name.clone(),
            kind: n.kind.clone(),
            ward: ward_name(&n.ward),
            partnerships: n.degree,
            betweenness: format!("{:.6}", n.betweenness),
            groups_held_together: n.bridging,
            isolated: n.degree == 0,
        })
        .collect();
    let edges = view
        .edges
        .iter()
        .map(|(a, b, p)| {
            let (a, b) = (&view.nodes[*a], &view.nodes[*b]);
            PartnershipRow {
                partnership_id: p.id.to_string(),
                organisation_a: a.name.clone(),
                organisation_a_kind: a.kind.clone(),
                organisation_a_ward: ward_name(&a.ward),
                organisation_b: b.name.clone(),
                organisation_b_kind: b.kind.clone(),
                organisation_b_ward: ward_name(&b.ward),
                kind: p.kind.clone(),
                started_on: p.started_on.map(|d| d.to_string()).unwrap_or_default(),
                ended_on: p.ended_on.map(|d| d.to_string()).unwrap_or_default(),
                note: p.note.clone(),
            }
        })
        .collect();
    (orgs, edges)
}
