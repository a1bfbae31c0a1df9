//! The panel's pages: a member's rounds and the applications they assess (`/grants/panel`), an application's page
//! that asks for the declaration first and then shows it with the scoring form (or, to a recused member, why they
//! cannot see it), and the officer's page of a round's panel with invitations and moderation.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kith_app::AppError;
use kith_app::grants::panel::{self, DeclarationForm, ScoreForm};
use kith_core::grants::{Interest, MAX_SCORE};
use minijinja::context;
use serde::Deserialize;
use uuid::Uuid;

use crate::AppState;
use crate::ctx::{Ctx, Submitted};
use crate::errors::PageError;
use crate::pages::{form_with_errors, page, problems_of};
use crate::routes::Routes;
use crate::security::redirect;

fn id_of(text: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(text).map_err(|_| PageError::NotFound)
}

async fn panels(State(state): State<AppState>, ctx: Ctx) -> Result<Response, PageError> {
    let rounds = panel::panels(&state.app, ctx.signed_in()?).await?;
    let own = context! {
        rounds => rounds.iter().map(|r| context! {
            fund => r.fund.name,
            round => r.round.name,
            total => r.total,
            applications => r.applications.iter().map(|a| context! {
                id => a.application.id.to_string(),
                reference => a.application.reference,
                group => a.application.group_name,
                project => a.application.details.project_title,
                amount => a.application.amount.to_string(),
                declared => a.declaration.as_ref().map(|d| d.interest.as_str()),
                scored => a.scored,
            }).collect::<Vec<_>>(),
        }).collect::<Vec<_>>(),
    };
    page(&state, &ctx, "grants/panel.html", own)
}

fn interests() -> Vec<minijinja::Value> {
    Interest::ALL.iter().map(|i| context! { value => i.as_str(), name => i.words() }).collect()
}

async fn render_assess(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
    declaration: &DeclarationForm,
    scores: &ScoreForm,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let before = panel::before_declaring(&state.app, principal, id).await?;
    let a = &before.application;
    let opened = match &before.declaration {
        Some(d) if d.interest == Interest::NoInterest => Some(panel::open(&state.app, principal, id).await?),
        _ => None,
    };
    let criteria: Vec<minijinja::Value> = before
        .fund
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mine = opened.as_ref().and_then(|o| o.scores.iter().find(|s| s.criterion == c.name));
            context! {
                name => c.name,
                weight => c.weight,
                score => scores.scores.get(i).cloned().or_else(|| mine.map(|s| s.score.to_string())).unwrap_or_default(),
                comment => scores.comments.get(i).cloned().or_else(|| mine.map(|s| s.comment.clone())).unwrap_or_default(),
                index => i,
            }
        })
        .collect();
    let own = context! {
        id => id.to_string(),
        reference => a.reference,
        fund => before.fund.name,
        group => a.group_name,
        project => a.details.project_title,
        amount => a.amount.to_string(),
        suggestions => before.suggestions,
        declared => before.declaration.as_ref().map(|d| d.interest.as_str()),
        recused => before.declaration.as_ref().is_some_and(|d| d.interest != Interest::NoInterest),
        open => opened.is_some(),
        summary => opened.as_ref().map(|o| o.application.details.project_summary.clone()),
        people_reached => opened.as_ref().and_then(|o| o.application.details.people_reached),
        interests => interests(),
        declaration => declaration,
        criteria => criteria,
        max_score => MAX_SCORE,
    };
    form_with_errors(state, ctx, "grants/assess.html", own, problems)
}

async fn assess(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, PageError> {
    render_assess(&state, &ctx, id_of(&id)?, &DeclarationForm::default(), &ScoreForm::default(), &[]).await
}

async fn declare(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(form): Submitted<DeclarationForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = id_of(&id)?;
    match panel::declare(&state.app, principal, &principal.actor(ctx.ip.clone()), id, &form).await {
        Ok(_) => Ok(redirect(&format!("/grants/panel/applications/{id}")).into_response()),
        Err(e) => render_assess(&state, &ctx, id, &form, &ScoreForm::default(), &problems_of(e)?).await,
    }
}

async fn score(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    Submitted(form): Submitted<ScoreForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let id = id_of(&id)?;
    match panel::score(&state.app, principal, &principal.actor(ctx.ip.clone()), id, &form).await {
        Ok(_) => Ok(redirect("/grants/panel").into_response()),
        Err(e) => render_assess(&state, &ctx, id, &DeclarationForm::default(), &form, &problems_of(e)?).await,
    }
}

async fn render_moderation(
    state: &AppState,
    ctx: &Ctx,
    round: Uuid,
    email: &str,
    problems: &[(&str, String)],
) -> Result<Response, PageError> {
    let panel::RoundModeration { round, fund, members, applications: moderated } =
        panel::moderation(&state.app, ctx.signed_in()?, round).await?;
    let one = |x: Option<f64>| x.map(|v| format!("{v:.1}"));
    let own = context! {
        round => context! { id => round.id.to_string(), name => round.name },
        fund => context! { id => fund.id.to_string(), name => fund.name, disagreement => format!("{:.1}", f64::from(fund.disagreement_tenths) / 10.0) },
        members => members,
        applications => moderated.iter().map(|m| context! {
            reference => m.application.reference,
            group => m.application.group_name,
            amount => m.application.amount.to_string(),
            mean => one(m.moderation.mean),
            spread => one(m.moderation.spread),
            disagree => m.moderation.disagree,
            members => m.members.iter().map(|l| context! {
                name => l.name,
                weighted => one(l.weighted),
                recused => l.recused.map(|i| i.words()),
            }).collect::<Vec<_>>(),
        }).collect::<Vec<_>>(),
        email => email,
    };
    form_with_errors(state, ctx, "grants/moderation.html", own, problems)
}

async fn moderation(State(state): State<AppState>, ctx: Ctx, Path(round): Path<String>) -> Result<Response, PageError> {
    render_moderation(&state, &ctx, id_of(&round)?, "", &[]).await
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
struct InviteForm {
    email: String,
}

async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(round): Path<String>,
    Submitted(form): Submitted<InviteForm>,
) -> Result<Response, PageError> {
    let principal = ctx.signed_in()?;
    let round = id_of(&round)?;
    match panel::invite(&state.app, principal, &principal.actor(ctx.ip.clone()), round, &form.email).await {
        Ok(_) => Ok(redirect(&format!("/grants/manage/rounds/{round}/panel")).into_response()),
        Err(AppError::Invalid(p)) => render_moderation(&state, &ctx, round, &form.email, &p).await,
        Err(e) => Err(e.into()),
    }
}

pub fn routes() -> Routes {
    Routes::new()
        .route("/grants/panel", get(panels))
        .route("/grants/panel/applications/{id}", get(assess))
        .route("/grants/panel/applications/{id}/declaration", post(declare))
        .route("/grants/panel/applications/{id}/scores", post(score))
        .route("/grants/manage/rounds/{round}/panel", get(moderation).post(invite))
}
