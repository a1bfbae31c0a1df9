//! Community assets' pages: the public register, each building's page and the published lists of Assets of Community
//! Value; and, for those who keep assets, the register's form, Community Asset Transfers and nominations with the
//! forms that move them on.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::assets::acv::{self, NominationForm, StepForm};
use kith_app::assets::transfers::{self, MoveForm, OpenForm};
use kith_app::assets::{self, AssetForm, By};
use kith_core::assets::{AssetKind, Condition, Owner};
use kith_core::channel::Channel;
use kith_core::directory::ACCESSIBILITY;
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

#[derive(Deserialize)]
struct RegisterQuery {
    ward: Option<String>,
}

fn id_of(text: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(text).map_err(|_| PageError::NotFound)
}

/// Whether the visitor keeps assets anywhere (to show the officers' links).
fn keeps_assets(ctx: &Ctx) -> bool {
    ctx.principal.as_ref().is_some_and(|p| assets::may_manage_somewhere(p).is_ok())
}

async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<RegisterQuery>,
) -> Result<Response, PageError> {
    let ward = match q.ward.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
        Some(w) => Some(WardCode::parse(w).map_err(|_| PageError::NotFound)?),
        None => None,
    };
    let lines = assets::register(&state.app, ward.as_ref()).await?;
    let places = state.app.places();
    let wards: Vec<Value> =
        places.wards().iter().map(|w| context! { value => w.code.as_str(), name => w.name }).collect();
    page(
        &state,
        &ctx,
        "assets/register.html",
        context! {
            assets => lines,
            wards => wards,
            ward => ward.as_ref().map(|w| w.as_str()),
            targets => transfers::targets(),
            keeps => keeps_assets(&ctx),
        },
    )
}

async fn asset(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, PageError> {
    let found = assets::asset_page(&state.app, id_of(&id)?).await?;
    page(&state, &ctx, "assets/asset.html", context! { page => found, keeps => keeps_assets(&ctx) })
}

async fn community_value(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let published = acv::published(&state.app).await?;
    page(&state, &ctx, "assets/community_value.html", context! { published => published })
}

fn choices() -> Value {
    let kinds: Vec<Value> =
        AssetKind::ALL.iter().map(|k| context! { value => k.as_str(), name => k.words() }).collect();
    let owners: Vec<Value> = Owner::ALL
        .iter()
        .map(|o| context! { value => o.as_str(), name => if *o == Owner::Council { "The council" } else { "Another owner" } })
        .collect();
    let conditions: Vec<Value> =
        Condition::ALL.iter().map(|c| context! { value => c.as_str(), name => c.as_str() }).collect();
    let accessibility: Vec<Value> = ACCESSIBILITY.iter().map(|a| context! { key => *a, name => *a }).collect();
    context! { kinds => kinds, owners => owners, conditions => conditions, accessibility => accessibility }
}

fn render_form(
    state: &AppState,
    ctx: &Ctx,
    action: &str,
    form: &AssetForm,
    places: &[(Uuid, String)],
    problems: &[(&'static str, String)],
) -> Result<Response, PageError> {
    let places: Vec<Value> =
        places.iter().map(|(id, name)| context! { value => id.to_string(), name => name }).collect();
    let own = context! {
        action => action, form => form, choices => choices(), editing => !form.version.is_empty(), places => places,
    };
    form_with_errors(state, ctx, "assets/form.html", own, problems)
}

async fn new_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    assets::may_manage_somewhere(ctx.signed_in()?)?;
    render_form(&state, &ctx, "/community-assets/new", &AssetForm::default(), &[], &[])
}

async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<AssetForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    match assets::save(&state.app, principal, &principal.actor(ctx.ip.clone()), None, &form).await {
        Ok(id) => Ok(redirect(&format!("/community-assets/{id}")).into_response()),
        Err(e) => render_form(&state, &ctx, "/community-assets/new", &form, &[], &problems_of(e)?),
    }
}

async fn edit_page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    let form = assets::edit_form(&state.app, ctx.signed_in()?, id).await?;
    let places = assets::directory_places(&state.app, id).await?;
    render_form(&state, &ctx, &format!("/community-assets/{id}/edit"), &form, &places, &[])
}

async fn edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(form): Submitted<AssetForm>,
) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    let principal = ctx.signed_in()?;
    match assets::save(&state.app, principal, &principal.actor(ctx.ip.clone()), Some(id), &form).await {
        Ok(id) => Ok(redirect(&format!("/community-assets/{id}")).into_response()),
        Err(e) => {
            let places = assets::directory_places(&state.app, id).await?;
            render_form(&state, &ctx, &format!("/community-assets/{id}/edit"), &form, &places, &problems_of(e)?)
        }
    }
}

async fn asset_options(state: &AppState) -> Result<Vec<Value>, PageError> {
    Ok(assets::register(&state.app, None)
        .await?
        .into_iter()
        .map(|a| context! { value => a.id.to_string(), name => format!("{} ({})", a.name, a.ward) })
        .collect())
}

fn channels() -> Vec<Value> {
    Channel::ALL.iter().map(|c| context! { value => c.as_str(), name => c.words() }).collect()
}

async fn render_transfers(
    state: &AppState,
    ctx: &Ctx,
    form: &OpenForm,
    problems: &[(&'static str, String)],
) -> Result<Response, PageError> {
    let list = transfers::list(&state.app, ctx.signed_in()?).await?;
    let own =
        context! { transfers => list, form => form, assets => asset_options(state).await?, channels => channels() };
    form_with_errors(state, ctx, "assets/transfers.html", own, problems)
}

async fn transfers_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_transfers(&state, &ctx, &OpenForm::default(), &[]).await
}

async fn open_transfer(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<OpenForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    match transfers::open(&state.app, By::Staff(principal), &principal.actor(ctx.ip.clone()), &form).await {
        Ok(id) => Ok(redirect(&format!("/community-assets/transfers/{id}")).into_response()),
        Err(e) => render_transfers(&state, &ctx, &form, &problems_of(e)?).await,
    }
}

async fn render_transfer(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
    form: &MoveForm,
    problems: &[(&'static str, String)],
) -> Result<Response, PageError> {
    let found = transfers::page(&state.app, ctx.signed_in()?, id).await?;
    let next: Vec<Value> = found.next.iter().map(|(k, w)| context! { value => *k, name => *w }).collect();
    let today = state.app.today().to_string();
    let own = context! { transfer => found, next => next, form => form, today => today };
    form_with_errors(state, ctx, "assets/transfer.html", own, problems)
}

async fn transfer_page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, PageError> {
    render_transfer(&state, &ctx, id_of(&id)?, &MoveForm::default(), &[]).await
}

async fn move_transfer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(form): Submitted<MoveForm>,
) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    let principal = ctx.signed_in()?;
    match transfers::move_to(&state.app, principal, &principal.actor(ctx.ip.clone()), id, &form).await {
        Ok(()) => Ok(redirect(&format!("/community-assets/transfers/{id}")).into_response()),
        Err(e) => render_transfer(&state, &ctx, id, &form, &problems_of(e)?).await,
    }
}

async fn render_nominations(
    state: &AppState,
    ctx: &Ctx,
    form: &NominationForm,
    problems: &[(&'static str, String)],
) -> Result<Response, PageError> {
    let list = acv::list(&state.app, ctx.signed_in()?).await?;
    let own =
        context! { nominations => list, form => form, assets => asset_options(state).await?, channels => channels() };
    form_with_errors(state, ctx, "assets/nominations.html", own, problems)
}

async fn nominations_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    render_nominations(&state, &ctx, &NominationForm::default(), &[]).await
}

async fn nominate(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<NominationForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    match acv::nominate(&state.app, By::Staff(principal), &principal.actor(ctx.ip.clone()), &form).await {
        Ok(id) => Ok(redirect(&format!("/community-assets/nominations/{id}")).into_response()),
        Err(e) => render_nominations(&state, &ctx, &form, &problems_of(e)?).await,
    }
}

async fn render_nomination(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
    form: &StepForm,
    problems: &[(&'static str, String)],
) -> Result<Response, PageError> {
    let found = acv::page(&state.app, ctx.signed_in()?, id).await?;
    let steps: Vec<Value> = acv::STEPS.iter().map(|(k, w)| context! { value => *k, name => *w }).collect();
    let own = context! { nomination => found, steps => steps, form => form };
    form_with_errors(state, ctx, "assets/nomination.html", own, problems)
}

async fn nomination_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    render_nomination(&state, &ctx, id_of(&id)?, &StepForm::default(), &[]).await
}

async fn record_step(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(form): Submitted<StepForm>,
) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    let principal = ctx.signed_in()?;
    match acv::record_step(&state.app, principal, &principal.actor(ctx.ip.clone()), id, &form).await {
        Ok(()) => Ok(redirect(&format!("/community-assets/nominations/{id}")).into_response()),
        Err(e) => render_nomination(&state, &ctx, id, &form, &problems_of(e)?).await,
    }
}

/// The register and the published lists as open data: `register.csv`, `register.json`, `community-value.csv`,
/// `community-value.json`.
async fn data(State(state): State<AppState>, Path(file): Path<String>) -> Result<Response, PageError> {
    fn json<T: serde::Serialize>(value: &T) -> Result<String, PageError> {
        serde_json::to_string(value).map_err(|e| PageError::Internal(e.to_string()))
    }
    fn csv_of<T: serde::Serialize>(rows: &[T]) -> Result<String, PageError> {
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        for r in rows {
            w.serialize(r).map_err(|e| PageError::Internal(e.to_string()))?;
        }
        String::from_utf8(w.into_inner().map_err(|e| PageError::Internal(e.to_string()))?)
            .map_err(|e| PageError::Internal(e.to_string()))
    }
    let (kind, body) = match file.as_str() {
        "register.csv" => ("text/csv; charset=utf-8", csv_of(&flat_register(&state).await?)?),
        "register.json" => ("application/json", json(&assets::register(&state.app, None).await?)?),
        "community-value.csv" => {
            let p = acv::published(&state.app).await?;
            ("text/csv; charset=utf-8", csv_of(&[p.listed, p.unsuccessful].concat())?)
        }
        "community-value.json" => ("application/json", json(&acv::published(&state.app).await?)?),
        _ => return Err(PageError::NotFound),
    };
    let name = format!("attachment; filename=\"{file}\"");
    Ok(([(header::CONTENT_TYPE, kind.to_owned()), (header::CONTENT_DISPOSITION, name)], body).into_response())
}

/// The register's rows with their lists joined, as a CSV holds them.
async fn flat_register(state: &AppState) -> Result<Vec<FlatAsset>, PageError> {
    Ok(assets::register(&state.app, None)
        .await?
        .into_iter()
        .map(|a| FlatAsset {
            id: a.id.to_string(),
            name: a.name,
            kind: a.kind,
            owner: a.owner,
            owner_name: a.owner_name,
            condition: a.condition,
            capacity: a.capacity,
            accessibility: a.accessibility.join("; "),
            ward_code: a.ward_code,
            ward: a.ward,
            address: a.address,
            used_by: [a.organisations.join("; "), a.used_by]
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join("; "),
        })
        .collect())
}

#[derive(serde::Serialize)]
struct FlatAsset {
    id: String,
    name: String,
    kind: &'static str,
    owner: &'static str,
    owner_name: String,
    condition: &'static str,
    capacity: Option<i64>,
    accessibility: String,
    ward_code: String,
    ward: String,
    address: String,
    used_by: String,
}

/// A community group's own forms on a building's page: `nominate` (an Asset of Community Value) and `transfer` (an
/// expression of interest in taking it on).
async fn render_public(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
    what: &str,
    form: Value,
    problems: &[(&'static str, String)],
) -> Result<Response, PageError> {
    let found = assets::asset_page(&state.app, id).await?;
    // Not `asset`: that name is the templates' function for the files Kith ships.
    let own = context! { building => found.asset, what => what, form => form };
    form_with_errors(state, ctx, "assets/ask.html", own, problems)
}

fn public_form(what: &str) -> Result<(), PageError> {
    if matches!(what, "nominate" | "transfer") { Ok(()) } else { Err(PageError::NotFound) }
}

async fn ask_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, what)): Path<(String, String)>,
) -> Result<Response, PageError> {
    public_form(&what)?;
    render_public(&state, &ctx, id_of(&id)?, &what, context! {}, &[]).await
}

#[derive(Deserialize, serde::Serialize, Default)]
#[serde(default)]
struct AskForm {
    name: String,
    email: String,
    words: String,
}

async fn ask(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, what)): Path<(String, String)>,
    Submitted(form): Submitted<AskForm>,
) -> Result<Response, PageError> {
    public_form(&what)?;
    let id = id_of(&id)?;
    // Each sends an email to the address given: limited by that address too, not only by the sender's.
    if !state.public_writes.allow(state.app.clock.as_ref(), ctx.ip.as_deref(), Some(&form.email)) {
        return Err(PageError::TooMany);
    }
    let actor = kith_app::Actor::anonymous(ctx.ip.clone());
    let done = if what == "nominate" {
        let nomination = NominationForm {
            asset: id.to_string(),
            nominator: form.name.clone(),
            nominator_email: form.email.clone(),
            reasons: form.words.clone(),
            ..Default::default()
        };
        acv::nominate(&state.app, By::Online, &actor, &nomination).await.map(|_| ())
    } else {
        let open = OpenForm {
            asset: id.to_string(),
            applicant: form.name.clone(),
            applicant_email: form.email.clone(),
            note: form.words.clone(),
            ..Default::default()
        };
        transfers::open(&state.app, By::Online, &actor, &open).await.map(|_| ())
    };
    match done {
        Ok(()) => {
            let found = assets::asset_page(&state.app, id).await?;
            page(
                &state,
                &ctx,
                "assets/asked.html",
                context! { building => found.asset, what => what, email => form.email },
            )
        }
        Err(e) => {
            // The use cases name their own fields; the public form has three.
            let problems: Vec<(&'static str, String)> = problems_of(e)?
                .into_iter()
                .map(|(field, message)| {
                    let field = match field {
                        "nominator" | "applicant" => "name",
                        "nominator_email" | "applicant_email" => "email",
                        "reasons" | "note" => "words",
                        other => other,
                    };
                    (field, message)
                })
                .collect();
            render_public(&state, &ctx, id, &what, minijinja::Value::from_serialize(&form), &problems).await
        }
    }
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/community-assets", get(register))
        .route("/community-assets/value", get(community_value))
        .route("/community-assets/data/{file}", get(data))
        .route("/community-assets/new", get(new_page).post(create))
        .route("/community-assets/{id}", get(asset))
        .route("/community-assets/{id}/edit", get(edit_page).post(edit))
        .route("/community-assets/{id}/ask/{what}", get(ask_page).post(ask))
        .route("/community-assets/transfers", get(transfers_page).post(open_transfer))
        .route("/community-assets/transfers/{id}", get(transfer_page).post(move_transfer))
        .route("/community-assets/nominations", get(nominations_page).post(nominate))
        .route("/community-assets/nominations/{id}", get(nomination_page).post(record_step))
}
