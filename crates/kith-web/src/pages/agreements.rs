//! Neighbourhood agreements in public: a ward's service standards with their measured performance
//! (`/wards/{code}/agreements`), every standard (`/agreements`) with the open data, and the administration page
//! where standards are published and versioned.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use kith_app::AppError;
use kith_app::agreements::{self, AgreementForm, Standing};
use kith_core::places::WardCode;
use minijinja::{Value, context};
use serde::Deserialize;
use uuid::Uuid;

use super::{form_with_errors, page};
use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::routes::Routes;
use crate::security::redirect;

/// A standard as the pages show it.
pub(super) fn shown(s: &Standing, teams: &[kith_app::cases::Team]) -> Value {
    let a = &s.agreement;
    context! {
        title => a.title,
        target => a.target_percent,
        measure => a.measure.as_str(),
        period => a.period.as_str(),
        city_wide => a.ward.is_none(),
        version => a.version,
        team => a.team.and_then(|t| teams.iter().find(|x| x.organisation_id == t).map(|x| x.name.clone())),
        latest => s.latest,
        trend => s.trend,
        periods => s.periods,
    }
}

async fn ward_agreements(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    let code = WardCode::parse(&code).map_err(|_| PageError::NotFound)?;
    let places = state.app.places();
    let ward = places.ward(&code).ok_or(PageError::NotFound)?;
    let teams = kith_app::cases::teams(&state.app).await?;
    let standards = agreements::for_ward(&state.app, &code).await?;
    let own = context! {
        ward => context! { code => ward.code.as_str(), name => ward.name },
        standards => standards.standings.iter().map(|s| shown(s, &teams)).collect::<Vec<_>>(),
    };
    page(&state, &ctx, "agreements/ward.html", own)
}

async fn index(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let all = agreements::all(&state.app).await?;
    let places = state.app.places();
    let current: Vec<Value> = all
        .iter()
        .filter(|a| a.superseded_at.is_none())
        .map(|a| {
            let ward = a.ward.as_ref().and_then(|w| WardCode::parse(w).ok()).and_then(|w| places.ward(&w)).map(|w| context! { code => w.code.as_str(), name => w.name });
            context! { title => a.title, target => a.target_percent, period => a.period.as_str(), ward => ward, version => a.version }
        })
        .collect();
    let wards: Vec<Value> =
        places.wards().iter().map(|w| context! { code => w.code.as_str(), name => w.name }).collect();
    page(&state, &ctx, "agreements/index.html", context! { standards => current, wards => wards })
}

/// The performance of every standard in every ward: CSV or JSON, no personal data.
async fn open_data(State(state): State<AppState>, Path(file): Path<String>) -> Result<Response, PageError> {
    let rows = agreements::open_data(&state.app).await?;
    match file.as_str() {
        "performance.json" => {
            Ok(([(header::CONTENT_TYPE, "application/json")], axum::Json(rows).into_response()).into_response())
        }
        "performance.csv" => {
            let mut w = csv::Writer::from_writer(Vec::new());
            for r in &rows {
                w.serialize(r).map_err(|e| PageError::Internal(e.to_string()))?;
            }
            let bytes = w.into_inner().map_err(|e| PageError::Internal(e.to_string()))?;
            Ok((
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"service-standards-performance.csv\""),
                ],
                bytes,
            )
                .into_response())
        }
        _ => Err(PageError::NotFound),
    }
}

async fn render_admin(
    state: &AppState,
    ctx: &Ctx,
    form: &AgreementForm,
    series: Option<Uuid>,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let all = agreements::all(&state.app).await?;
    let places = state.app.places();
    let ward_name = |w: &Option<String>| {
        w.as_ref().and_then(|w| WardCode::parse(w).ok()).and_then(|w| places.ward(&w)).map(|w| w.name.clone())
    };
    let standards: Vec<Value> = all
        .iter()
        .map(|a| {
            context! {
                series => a.series.to_string(), version => a.version, title => a.title, ward => ward_name(&a.ward),
                current => a.superseded_at.is_none(), target => a.target_percent, period => a.period.as_str(),
                kind => a.kind.as_str(), measure => a.measure.as_str(),
            }
        })
        .collect();
    let teams = kith_app::cases::teams(&state.app).await?;
    let categories = kith_app::cases::categories(&state.app).await?;
    let mut ward_choices =
        vec![context! { value => "", name => places.city_name().unwrap_or("The whole city").to_owned() }];
    ward_choices.extend(super::cases::ward_choices(state));
    let own = context! {
        standards => standards,
        form => form,
        series => series.map(|s| s.to_string()),
        ward_choices => ward_choices,
        kind_choices => kith_core::cases::CaseKind::ALL.iter().map(|k| context! { value => k.as_str(), name => state.catalogues.message(&ctx.language.tag, &format!("case-kind-{}", k.as_str()), None) }).collect::<Vec<_>>(),
        category_choices => categories.iter().map(|c| context! { value => c.code, name => c.name }).collect::<Vec<_>>(),
        team_choices => teams.iter().map(|t| context! { value => t.organisation_id.to_string(), name => t.name }).collect::<Vec<_>>(),
    };
    form_with_errors(state, ctx, "agreements/admin.html", own, problems)
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct SeriesQuery {
    series: String,
}

async fn admin(State(state): State<AppState>, ctx: Ctx, Query(q): Query<SeriesQuery>) -> Result<Response, PageError> {
    agreements::may_publish(&state.app, ctx.signed_in()?)?;
    let series = Uuid::parse_str(&q.series).ok();
    // A new version starts from the current one.
    let form = match series {
        Some(s) => {
            let all = agreements::all(&state.app).await?;
            let a = all.iter().find(|a| a.series == s && a.superseded_at.is_none()).ok_or(PageError::NotFound)?;
            AgreementForm {
                title: a.title.clone(),
                ward: a.ward.clone().unwrap_or_default(),
                kind: a.kind.as_str().into(),
                category: a.category.clone().unwrap_or_default(),
                measure: a.measure.as_str().into(),
                target_percent: a.target_percent.to_string(),
                period: a.period.as_str().into(),
                team: a.team.map(|t| t.to_string()).unwrap_or_default(),
            }
        }
        None => AgreementForm::default(),
    };
    render_admin(&state, &ctx, &form, series, &[]).await
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct PublishForm {
    series: String,
    #[serde(flatten)]
    standard: AgreementForm,
}

async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Submitted(form): Submitted<PublishForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let actor = principal.actor(ctx.ip.clone());
    let series = Uuid::parse_str(&form.series).ok();
    match agreements::publish(&state.app, principal, &actor, series, &form.standard).await {
        Ok(_) => Ok(redirect("/admin/cases/agreements").into_response()),
        Err(AppError::Invalid(problems)) => render_admin(&state, &ctx, &form.standard, series, &problems).await,
        Err(e) => Err(e.into()),
    }
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/wards/{code}/agreements", get(ward_agreements))
        .route("/agreements", get(index))
        .route("/agreements/{file}", get(open_data))
        .route("/admin/cases/agreements", get(admin).post(publish))
}
