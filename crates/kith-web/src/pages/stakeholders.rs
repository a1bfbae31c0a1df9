//! The stakeholder map at `/stakeholders`: organisations and people in roles, the partnerships between
//! organisations, a network drawing that needs no JavaScript (an SVG: a ward's organisations laid out by their
//! partnerships, or the city's wards joined by the partnerships between them), the measures a coordinator uses,
//! and exports as CSV and GEXF.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kith_app::stakeholders::{self, KINDS, NetworkView, OrganisationForm, PARTNERSHIP_KINDS, PartnershipForm};
use kith_core::places::WardCode;
use minijinja::{Value, context};
use serde::Deserialize;
use uuid::Uuid;

use super::{form_with_errors, page, problems_of};
use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::routes::Routes;
use crate::security::redirect;

#[derive(Deserialize, Default)]
#[serde(default)]
struct MapQuery {
    ward: String,
    kind: String,
}

fn ward_in(state: &AppState, text: &str) -> Result<Option<WardCode>, PageError> {
    match text.trim() {
        "" => Ok(None),
        w => {
            let code = WardCode::parse(w).map_err(|_| PageError::NotFound)?;
            state.app.places().ward(&code).ok_or(PageError::NotFound)?;
            Ok(Some(code))
        }
    }
}

fn ward_name(state: &AppState, code: &Option<String>) -> Option<String> {
    let places = state.app.places();
    code.as_ref().and_then(|w| WardCode::parse(w).ok()).and_then(|w| places.ward(&w)).map(|w| w.name.clone())
}

fn node_value(state: &AppState, view: &NetworkView, i: usize) -> Value {
    let n = &view.nodes[i];
    context! {
        id => n.id.to_string(), name => n.name, kind => stakeholders::kind_name(&n.kind), ward => ward_name(state, &n.ward),
        degree => n.degree, bridging => n.bridging, betweenness => format!("{:.3}", n.betweenness),
    }
}

/// The drawing of a ward's network: each organisation where the layout puts it, partnerships as lines.
fn ward_drawing(view: &NetworkView) -> Value {
    let nodes: Vec<Value> = view
        .nodes
        .iter()
        .zip(&view.layout)
        .map(|(n, (x, y))| {
            let r = 5.0 + (n.degree as f64).sqrt() * 2.5;
            context! {
                id => n.id.to_string(), name => n.name, x => format!("{x:.1}"), y => format!("{y:.1}"), r => format!("{r:.1}"),
                kind => n.kind.replace(' ', "-"), bridge => n.bridging > 0, isolated => n.degree == 0,
            }
        })
        .collect();
    let lines: Vec<Value> = view
        .edges
        .iter()
        .map(|(a, b, _)| {
            let (pa, pb) = (view.layout[*a], view.layout[*b]);
            context! { x1 => format!("{:.1}", pa.0), y1 => format!("{:.1}", pa.1), x2 => format!("{:.1}", pb.0), y2 => format!("{:.1}", pb.1) }
        })
        .collect();
    context! { width => 720, height => 480, nodes => nodes, lines => lines }
}

/// The drawing of the city: wards at their centres on the city map, sized by how many organisations they have,
/// joined by lines as thick as the partnerships between them.
fn city_drawing(state: &AppState, view: &NetworkView) -> Option<Value> {
    let places = state.app.places();
    let map = places.city_map()?;
    let (counts, links) = stakeholders::by_ward(view);
    let mut at: HashMap<String, (f64, f64)> = HashMap::new();
    for w in places.wards() {
        if let Some(p) = places.on_city_map(w.centre) {
            at.insert(w.code.to_string(), p);
        }
    }
    let most = counts.values().copied().max().unwrap_or(1).max(1) as f64;
    let wards: Vec<Value> = counts
        .iter()
        .filter_map(|(code, n)| {
            let (x, y) = at.get(code)?;
            let name = ward_name(state, &Some(code.clone()));
            Some(context! { code => code, name => name, count => n, x => format!("{x:.1}"), y => format!("{y:.1}"), r => format!("{:.1}", 3.0 + (*n as f64 / most).sqrt() * 12.0) })
        })
        .collect();
    let widest = links.iter().filter(|(a, b, _)| a != b).map(|(_, _, n)| *n).max().unwrap_or(1).max(1) as f64;
    let lines: Vec<Value> = links
        .iter()
        .filter(|(a, b, _)| a != b)
        .filter_map(|(a, b, n)| {
            let (pa, pb) = (at.get(a)?, at.get(b)?);
            Some(context! { x1 => format!("{:.1}", pa.0), y1 => format!("{:.1}", pa.1), x2 => format!("{:.1}", pb.0), y2 => format!("{:.1}", pb.1), w => format!("{:.2}", 0.5 + (*n as f64 / widest) * 5.0), count => n })
        })
        .collect();
    Some(context! { map => map, wards => wards, lines => lines, city_wide => counts.get("").copied().unwrap_or(0) })
}

async fn index(State(state): State<AppState>, ctx: Ctx, Query(q): Query<MapQuery>) -> Result<Response, PageError> {
    let ward = ward_in(&state, &q.ward)?;
    let view = stakeholders::network(&state.app, ward.as_ref()).await?;
    let keeper = stakeholders::may_keep(ctx.principal.as_ref()).is_ok();
    let people = stakeholders::people(&state.app, ctx.principal.as_ref(), ward.as_ref()).await?;
    let organisations: Vec<Value> = (0..view.nodes.len())
        .filter(|&i| q.kind.is_empty() || view.nodes[i].kind == q.kind)
        .take(500)
        .map(|i| node_value(&state, &view, i))
        .collect();
    let shown = (0..view.nodes.len()).filter(|&i| q.kind.is_empty() || view.nodes[i].kind == q.kind).count();
    let partnerships: Vec<Value> = if ward.is_some() {
        view.edges
            .iter()
            .map(|(a, b, p)| {
                context! {
                    id => p.id.to_string(), a => view.nodes[*a].name, b => view.nodes[*b].name,
                    kind => PARTNERSHIP_KINDS.iter().find(|(k, _)| *k == p.kind).map_or(p.kind.as_str(), |(_, n)| n),
                    started => p.started_on.map(|d| d.format("%B %Y").to_string()), note => p.note,
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let query = ward.as_ref().map(|w| format!("?ward={w}")).unwrap_or_default();
    let own = context! {
        ward => ward.as_ref().map(|w| context! { code => w.as_str(), name => ward_name(&state, &Some(w.to_string())) }),
        query => query,
        kind => q.kind,
        kinds => KINDS.iter().map(|(k, n)| context! { value => k, name => n }).collect::<Vec<_>>(),
        wards => super::cases::ward_choices(&state),
        organisations => organisations,
        shown => shown,
        partnerships => partnerships,
        people => people,
        measures => context! {
            organisations => view.nodes.len(),
            partnerships => view.edges.len(),
            components => view.components,
            largest => view.largest,
            isolated => view.isolated.iter().take(50).map(|&i| node_value(&state, &view, i)).collect::<Vec<_>>(),
            isolated_count => view.isolated.len(),
            bridges => view.bridges.iter().take(20).map(|&i| node_value(&state, &view, i)).collect::<Vec<_>>(),
            bridges_count => view.bridges.len(),
            brokers => view.brokers.iter().map(|&i| node_value(&state, &view, i)).collect::<Vec<_>>(),
        },
        drawing => if ward.is_some() && !view.layout.is_empty() { Some(ward_drawing(&view)) } else { None },
        city => if ward.is_none() { city_drawing(&state, &view) } else { None },
        keeper => keeper,
    };
    page(&state, &ctx, "stakeholders/index.html", own)
}

async fn export(
    State(state): State<AppState>,
    Path(file): Path<String>,
    Query(q): Query<MapQuery>,
) -> Result<Response, PageError> {
    let ward = ward_in(&state, &q.ward)?;
    let view = stakeholders::network(&state.app, ward.as_ref()).await?;
    let stem = ward.as_ref().map_or_else(|| "stakeholders".to_owned(), |w| format!("stakeholders-{w}"));
    let title = match &ward {
        Some(w) => format!("Stakeholder network: {}", ward_name(&state, &Some(w.to_string())).unwrap_or_default()),
        None => format!("Stakeholder network: {}", state.app.places().city_name().unwrap_or("the city")),
    };
    let attachment = |kind: &str, name: String, body: Vec<u8>| {
        (
            [
                (header::CONTENT_TYPE, kind.to_owned()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            ],
            body,
        )
            .into_response()
    };
    let (organisations, partnerships) = stakeholders::csv_rows(&state.app, &view);
    fn csv_of<T: serde::Serialize>(rows: &[T]) -> Result<Vec<u8>, PageError> {
        let mut w = csv::Writer::from_writer(Vec::new());
        for r in rows {
            w.serialize(r).map_err(|e| PageError::Internal(e.to_string()))?;
        }
        w.into_inner().map_err(|e| PageError::Internal(e.to_string()))
    }
    match file.as_str() {
        "network.gexf" => Ok(attachment(
            "application/gexf+xml",
            format!("{stem}.gexf"),
            stakeholders::gexf(&state.app, &view, &title).into_bytes(),
        )),
        "partnerships.csv" => {
            Ok(attachment("text/csv; charset=utf-8", format!("{stem}-partnerships.csv"), csv_of(&partnerships)?))
        }
        "organisations.csv" => {
            Ok(attachment("text/csv; charset=utf-8", format!("{stem}-organisations.csv"), csv_of(&organisations)?))
        }
        _ => Err(PageError::NotFound),
    }
}

async fn render_organisation(
    state: &AppState,
    ctx: &Ctx,
    id: Option<Uuid>,
    form: &OrganisationForm,
    partnership: &PartnershipForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let view = stakeholders::network(&state.app, None).await?;
    let keeper = stakeholders::may_keep(ctx.principal.as_ref()).is_ok();
    let node = match id {
        Some(id) => Some(view.nodes.iter().position(|n| n.id == id).ok_or(PageError::NotFound)?),
        None => {
            stakeholders::may_keep(Some(ctx.signed_in()?))?;
            None
        }
    };
    let partners: Vec<Value> = match node {
        Some(i) => view
            .edges
            .iter()
            .filter(|(a, b, _)| *a == i || *b == i)
            .map(|(a, b, p)| {
                let other = if *a == i { *b } else { *a };
                context! {
                    id => p.id.to_string(), other => node_value(state, &view, other),
                    kind => PARTNERSHIP_KINDS.iter().find(|(k, _)| *k == p.kind).map_or(p.kind.as_str(), |(_, n)| n),
                    started => p.started_on.map(|d| d.format("%B %Y").to_string()), note => p.note,
                }
            })
            .collect(),
        None => Vec::new(),
    };
    let mut others: Vec<Value> = view
        .nodes
        .iter()
        .filter(|n| Some(n.id) != id)
        .map(|n| context! { value => n.id.to_string(), name => n.name })
        .collect();
    others.truncate(5_000);
    let own = context! {
        organisation => node.map(|i| context! { description => view.nodes[i].description, website => view.nodes[i].website, ..node_value(state, &view, i) }),
        form => form,
        partnership => partnership,
        partners => partners,
        keeper => keeper,
        kinds => KINDS.iter().map(|(k, n)| context! { value => k, name => n }).collect::<Vec<_>>(),
        partnership_kinds => PARTNERSHIP_KINDS.iter().map(|(k, n)| context! { value => k, name => n }).collect::<Vec<_>>(),
        wards => super::cases::ward_choices(state),
        others => others,
    };
    form_with_errors(state, ctx, "stakeholders/organisation.html", own, problems)
}

async fn organisation(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, PageError> {
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    let view = stakeholders::network(&state.app, None).await?;
    let n = view.nodes.iter().find(|n| n.id == id).ok_or(PageError::NotFound)?;
    let form = OrganisationForm {
        name: n.name.clone(),
        kind: n.kind.clone(),
        ward: n.ward.clone().unwrap_or_default(),
        description: n.description.clone(),
        website: n.website.clone(),
    };
    let partnership = PartnershipForm { org_a: id.to_string(), ..PartnershipForm::default() };
    render_organisation(&state, &ctx, Some(id), &form, &partnership, &[]).await
}

async fn new_organisation(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_organisation(&state, &ctx, None, &OrganisationForm::default(), &PartnershipForm::default(), &[]).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SaveOrganisation {
    id: String,
    #[serde(flatten)]
    form: OrganisationForm,
}

async fn save_organisation(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(f): Submitted<SaveOrganisation>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = Uuid::parse_str(&f.id).ok();
    match stakeholders::save_organisation(&state.app, principal, &principal.actor(ctx.ip.clone()), id, &f.form).await {
        Ok(id) => Ok(redirect(&format!("/stakeholders/organisations/{id}")).into_response()),
        Err(e) => render_organisation(&state, &ctx, id, &f.form, &PartnershipForm::default(), &problems_of(e)?).await,
    }
}

async fn save_partnership(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<PartnershipForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let back = Uuid::parse_str(&form.org_a).ok();
    match stakeholders::save_partnership(&state.app, principal, &principal.actor(ctx.ip.clone()), None, &form).await {
        Ok(_) => Ok(redirect(
            &back.map_or_else(|| "/stakeholders".to_owned(), |b| format!("/stakeholders/organisations/{b}")),
        )
        .into_response()),
        Err(e) => {
            let problems = problems_of(e)?;
            let view = stakeholders::network(&state.app, None).await?;
            let org = back.and_then(|b| view.nodes.iter().find(|n| n.id == b)).map(|n| OrganisationForm {
                name: n.name.clone(),
                kind: n.kind.clone(),
                ward: n.ward.clone().unwrap_or_default(),
                description: n.description.clone(),
                website: n.website.clone(),
            });
            render_organisation(
                &state,
                &ctx,
                back.filter(|_| org.is_some()),
                &org.unwrap_or_default(),
                &form,
                &problems,
            )
            .await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Back {
    back: String,
}

async fn delete_partnership(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(b): Submitted<Back>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = Uuid::parse_str(&id).map_err(|_| PageError::NotFound)?;
    stakeholders::delete_partnership(&state.app, principal, &principal.actor(ctx.ip.clone()), id).await?;
    let back = Uuid::parse_str(&b.back)
        .map_or_else(|_| "/stakeholders".to_owned(), |b| format!("/stakeholders/organisations/{b}"));
    Ok(redirect(&back).into_response())
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/stakeholders", get(index))
        .route("/stakeholders/organisations", post(save_organisation))
        .route("/stakeholders/organisations/new", get(new_organisation))
        .route("/stakeholders/organisations/{id}", get(organisation))
        .route("/stakeholders/partnerships", post(save_partnership))
        .route("/stakeholders/partnerships/{id}/delete", post(delete_partnership))
        .route("/stakeholders/{file}", get(export))
}
