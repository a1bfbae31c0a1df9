//! Panels with residents, and conflicts of interest as data. An officer invites accounts holding the panel member
//! role to a round's panel. Before a member may open an application they declare, for that application, no
//! interest or an interest (its kind and a note); Kith suggests likely conflicts from what it already knows (the
//! member is one of the people named, belongs to the applicant, or belongs to an organisation the stakeholder map
//! shows in partnership with it) and asks the member to confirm or explain. A member with an interest is recused:
//! they cannot see or score that application. Every declaration, recusal and score is audited. Members score
//! against the fund's weighted criteria with comments; moderation shows each application's scores, their spread
//! and where members disagree by more than the fund allows.

use std::collections::HashMap;

use kith_core::accounts::{Scope, permission};
use kith_core::grants::{ApplicationState, Interest, MAX_SCORE, Moderation, group_key, moderate, weighted};
use kith_store::grants::{Declaration, PanelMember, Score};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::{Application, Fund, Round, may_manage};
use crate::accounts::Principal;
use crate::problems::{Problems, text_within};
use crate::{Actor, App, AppError, Result};

/// An officer invites an account, by its email address, to a round's panel. The account must hold the panel
/// member role (an administrator gives it, to residents and officers alike).
pub async fn invite(app: &App, principal: &Principal, actor: &Actor, round_id: Uuid, email: &str) -> Result<Uuid> {
    let (round, fund) = round_and_fund(app, round_id).await?;
    may_manage(app, principal, &fund)?;
    let email = email.trim().to_lowercase();
    let Some(user) = app.store.user_by_email(&email).await? else {
        return Err(AppError::invalid("email", format!("No account has the email {email}")));
    };
    let assesses =
        crate::accounts::principal_of(app, user.id).await?.is_some_and(|p| p.holds(permission::GRANTS_ASSESS));
    if !assesses {
        return Err(AppError::invalid(
            "email",
            "That account is not a panel member yet: an administrator gives it the panel member role first",
        ));
    }
    let now = app.now();
    let member = PanelMember { round_id: round.id, user_id: user.id, invited_at: now };
    let audit = actor.entry(now, "grant_panel.invited", "grant_round", round.id, json!({ "user": user.id }));
    app.store.invite_to_panel(&member, &audit).await?;
    Ok(user.id)
}

async fn round_and_fund(app: &App, round_id: Uuid) -> Result<(Round, Fund)> {
    let round = app.store.round(round_id).await?.ok_or(AppError::NotFound)?;
    let fund = app.store.fund(round.fund_id).await?.ok_or(AppError::NotFound)?;
    Ok((round, fund))
}

/// Whether `principal` sits on the panel of `round`.
async fn on_panel(app: &App, principal: &Principal, round: Uuid) -> Result<()> {
    principal.require_somewhere(permission::GRANTS_ASSESS)?;
    if app.store.panel_of(round).await?.iter().any(|m| m.user_id == principal.user.id) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// An application as a panel member sees it in their list: whether they have declared, been recused or scored.
#[derive(Debug, Clone)]
pub struct ToAssess {
    pub application: Application,
    pub declaration: Option<Declaration>,
    pub scored: bool,
}

/// A round a member sits on the panel of, with the applications it assesses (those on the standard track waiting
/// for a decision).
#[derive(Debug, Clone)]
pub struct PanelRound {
    pub round: Round,
    pub fund: Fund,
    pub applications: Vec<ToAssess>,
    /// How many the round has on the panel track, waiting (the list shows the first `PANEL_PAGE`).
    pub total: i64,
}

/// The panels `principal` sits on, each with the first `PANEL_PAGE` of its applications, the soonest due first.
pub async fn panels(app: &App, principal: &Principal) -> Result<Vec<PanelRound>> {
    principal.require_somewhere(permission::GRANTS_ASSESS)?;
    let mut panels = Vec::new();
    for round_id in app.store.panels_of(principal.user.id).await? {
        let (round, fund) = round_and_fund(app, round_id).await?;
        let declarations = app.store.declarations_by(principal.user.id, round.id).await?;
        let scored = app.store.scored_by(principal.user.id, round.id).await?;
        let (found, total) = to_assess(app, &fund, round.id, PANEL_PAGE).await?;
        let applications = found
            .into_iter()
            .map(|application| ToAssess {
                declaration: declarations.iter().find(|d| d.application_id == application.id).cloned(),
                scored: scored.contains(&application.id),
                application,
            })
            .collect();
        panels.push(PanelRound { round, fund, applications, total });
    }
    Ok(panels)
}

/// The most applications one round's panel list shows at once; and the most moderation reads.
pub const PANEL_PAGE: i64 = 25;
pub const MAX_MODERATED: i64 = 500;

/// A round's applications on the panel track (asking more than the fast track's threshold) that wait for a
/// decision, the soonest due first, and how many there are.
async fn to_assess(app: &App, fund: &Fund, round: Uuid, limit: i64) -> Result<(Vec<Application>, i64)> {
    // The round alone (it is the fund's): the store reads it by the round's index.
    let query = super::ApplicationQuery {
        round: Some(round),
        states: vec![ApplicationState::Submitted, ApplicationState::InfoRequested],
        more_than: Some(fund.promise.fast_track_up_to),
        order: kith_store::grants::Order::Due,
        limit,
        ..super::ApplicationQuery::default()
    };
    Ok(app.store.applications(&query).await?)
}

/// Likely conflicts between `principal` and `application`, from what Kith knows: each as a sentence for the member
/// to confirm or explain.
pub async fn suggested_conflicts(app: &App, principal: &Principal, application: &Application) -> Result<Vec<String>> {
    let mut found = Vec::new();
    let me = &principal.user;
    for p in &application.details.people {
        let same_email = !p.email.is_empty() && p.email.eq_ignore_ascii_case(&me.email);
        let same_name = !p.name.trim().is_empty() && p.name.trim().eq_ignore_ascii_case(me.name.trim());
        if same_email || same_name {
            found.push(format!("You are named in this application ({}).", p.name));
        }
    }
    let mine: Vec<Uuid> = principal
        .grants
        .iter()
        .filter_map(|g| match g.scope {
            Scope::Organisation(id) => Some(id),
            _ => None,
        })
        .collect();
    if mine.is_empty() {
        return Ok(found);
    }
    let organisations = app.store.organisations().await?;
    let names: HashMap<Uuid, &str> = organisations.iter().map(|o| (o.id, o.name.as_str())).collect();
    let applicant = group_key(&application.group_name);
    let is_applicant = |id: &Uuid| names.get(id).is_some_and(|n| group_key(n) == applicant);
    for org in &mine {
        if is_applicant(org) {
            found.push(format!("You belong to {}, the applicant.", names.get(org).unwrap_or(&"")));
        }
    }
    for p in app.store.partnerships().await?.iter().filter(|p| p.ended_on.is_none()) {
        for (own, other) in [(p.org_a, p.org_b), (p.org_b, p.org_a)] {
            if mine.contains(&own) && is_applicant(&other) {
                found.push(format!(
                    "{} works with {} ({} partnership on the stakeholder map).",
                    names.get(&own).unwrap_or(&""),
                    names.get(&other).unwrap_or(&""),
                    p.kind
                ));
            }
        }
    }
    Ok(found)
}

/// A declaration as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct DeclarationForm {
    /// `none`, `personal`, `organisational`, `financial` or `other`.
    pub interest: String,
    pub note: String,
}

/// What a member sees before declaring: the application's group and project only, and Kith's suggestions.
#[derive(Debug, Clone)]
pub struct BeforeDeclaring {
    pub application: Application,
    pub fund: Fund,
    pub suggestions: Vec<String>,
    pub declaration: Option<Declaration>,
}

async fn application_on_panel(app: &App, principal: &Principal, id: Uuid) -> Result<(Application, Fund)> {
    let a = app.store.application(id).await?.ok_or(AppError::NotFound)?;
    on_panel(app, principal, a.round_id).await?;
    let fund = app.store.fund(a.fund_id).await?.ok_or(AppError::NotFound)?;
    Ok((a, fund))
}

/// What a panel member sees of an application before (or instead of) opening it.
pub async fn before_declaring(app: &App, principal: &Principal, id: Uuid) -> Result<BeforeDeclaring> {
    let (application, fund) = application_on_panel(app, principal, id).await?;
    let suggestions = suggested_conflicts(app, principal, &application).await?;
    let declaration = app.store.declarations_of(id).await?.into_iter().find(|d| d.user_id == principal.user.id);
    Ok(BeforeDeclaring { application, fund, suggestions, declaration })
}

/// Records a member's declaration on an application: once, audited. Declaring no interest where Kith suggested a
/// conflict needs an explanation.
pub async fn declare(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    id: Uuid,
    form: &DeclarationForm,
) -> Result<Interest> {
    let (application, _) = application_on_panel(app, principal, id).await?;
    let suggestions = suggested_conflicts(app, principal, &application).await?;
    let mut problems = Problems::default();
    let interest = Interest::try_from(form.interest.trim())
        .map_err(|_| problems.report("interest", "Choose whether you have an interest in this application"));
    let missing = match interest {
        Ok(Interest::NoInterest) if !suggestions.is_empty() => {
            Some("Kith found a possible conflict: explain why it is not one, or declare the interest")
        }
        Ok(Interest::NoInterest) | Err(_) => None,
        Ok(_) => Some("Say what the interest is"),
    };
    let note = text_within(&mut problems, "note", &form.note, 2_000, missing);
    let Ok(interest) = interest else { return Err(problems.into_error()) };
    problems.finish()?;
    let now = app.now();
    let declaration = Declaration {
        application_id: id,
        user_id: principal.user.id,
        interest,
        note,
        suggested: suggestions.join(" "),
        declared_at: now,
    };
    let what = if interest == Interest::NoInterest { "grant_panel.declared_none" } else { "grant_panel.recused" };
    let audit = actor.entry(
        now,
        what,
        "grant_application",
        &application.reference,
        json!({ "interest": interest.as_str(), "suggested": !suggestions.is_empty() }),
    );
    app.store.declare(&declaration, &audit).await.map_err(|e| match e {
        kith_store::StoreError::Conflict(_) => {
            AppError::Conflict("You have already declared on this application: a declaration is not changed.".into())
        }
        e => e.into(),
    })?;
    Ok(interest)
}

/// An application a member may assess: declared with no interest.
#[derive(Debug, Clone)]
pub struct Assessing {
    pub application: Application,
    pub fund: Fund,
    /// The member's own scores so far.
    pub scores: Vec<Score>,
}

/// Opens an application for a member: refused, with the reason, until they declare, and for good once they
/// declare an interest.
pub async fn open(app: &App, principal: &Principal, id: Uuid) -> Result<Assessing> {
    let (application, fund) = application_on_panel(app, principal, id).await?;
    let declared = app.store.declarations_of(id).await?.into_iter().find(|d| d.user_id == principal.user.id);
    match declared.map(|d| d.interest) {
        None => {
            Err(AppError::Conflict("Declare whether you have an interest before you open this application.".into()))
        }
        Some(Interest::NoInterest) => {
            let scores =
                app.store.scores_of(id).await?.into_iter().filter(|s| s.user_id == principal.user.id).collect();
            Ok(Assessing { application, fund, scores })
        }
        Some(_) => Err(AppError::Conflict(
            "You declared an interest in this application, so you cannot see or score it.".into(),
        )),
    }
}

/// A member's scores as their form sends them: for each of the fund's criteria, in order, a score and a comment.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ScoreForm {
    pub scores: Vec<String>,
    pub comments: Vec<String>,
}

/// Records a member's scores of an application they may assess (replacing earlier ones), every criterion scored.
pub async fn score(app: &App, principal: &Principal, actor: &Actor, id: Uuid, form: &ScoreForm) -> Result<f64> {
    let opened = open(app, principal, id).await?;
    let criteria = &opened.fund.criteria;
    let mut problems = Problems::default();
    if form.scores.len() != criteria.len() || form.comments.len() > criteria.len() {
        return Err(AppError::invalid("scores", "Score every criterion once"));
    }
    let now = app.now();
    let mut scores = Vec::new();
    for (i, c) in criteria.iter().enumerate() {
        let comment = form.comments.get(i).map(|c| c.trim()).unwrap_or_default();
        if comment.chars().count() > 2_000 {
            problems.push(("comments", format!("Keep each comment to 2,000 characters ({})", c.name)));
        }
        match form.scores[i].trim().parse::<u8>() {
            Ok(s) if s <= MAX_SCORE => scores.push(Score {
                application_id: id,
                user_id: principal.user.id,
                criterion: c.name.clone(),
                score: s,
                comment: comment.to_owned(),
                scored_at: now,
            }),
            _ => problems.push(("scores", format!("Score {} from 0 to {MAX_SCORE}", c.name))),
        }
    }
    problems.finish()?;
    let weights: Vec<(String, u32)> = criteria.iter().map(|c| (c.name.clone(), c.weight)).collect();
    let given: Vec<(String, u8)> = scores.iter().map(|s| (s.criterion.clone(), s.score)).collect();
    let total = weighted(&weights, &given).ok_or_else(|| AppError::invalid("scores", "Score every criterion"))?;
    let audit = actor.entry(
        now,
        "grant_panel.scored",
        "grant_application",
        &opened.application.reference,
        json!({ "weighted": total }),
    );
    app.store.save_scores(id, principal.user.id, &scores, &audit).await?;
    Ok(total)
}

/// One member's line in moderation.
#[derive(Debug, Clone)]
pub struct MemberLine {
    pub name: String,
    /// Their weighted score out of 5, once every criterion is scored.
    pub weighted: Option<f64>,
    /// Recused: the interest they declared.
    pub recused: Option<Interest>,
    pub comments: Vec<(String, u8, String)>,
}

/// An application in moderation.
#[derive(Debug, Clone)]
pub struct Moderated {
    pub application: Application,
    pub members: Vec<MemberLine>,
    pub moderation: Moderation,
}

/// A round's panel and its scores.
#[derive(Debug, Clone)]
pub struct RoundModeration {
    pub round: Round,
    pub fund: Fund,
    /// The members' names, in the order they were invited.
    pub members: Vec<String>,
    pub applications: Vec<Moderated>,
}

/// The panel and its scores for a round, for the officer who runs its fund: each application's members' weighted
/// scores, their mean and spread, and where they disagree by more than the fund allows.
pub async fn moderation(app: &App, principal: &Principal, round_id: Uuid) -> Result<RoundModeration> {
    let (round, fund) = round_and_fund(app, round_id).await?;
    may_manage(app, principal, &fund)?;
    let panel = app.store.panel_of(round.id).await?;
    let mut names = HashMap::new();
    for m in &panel {
        if let Some(u) = app.store.user(m.user_id).await? {
            names.insert(m.user_id, u.name);
        }
    }
    let weights: Vec<(String, u32)> = fund.criteria.iter().map(|c| (c.name.clone(), c.weight)).collect();
    let mut moderated = Vec::new();
    let applications = to_assess(app, &fund, round.id, MAX_MODERATED).await?.0;
    let ids: Vec<Uuid> = applications.iter().map(|a| a.id).collect();
    let scores = app.store.scores_for(&ids).await?;
    let declarations = app.store.declarations_for(&ids).await?;
    let mut scored: HashMap<Uuid, Vec<&Score>> = HashMap::new();
    for s in &scores {
        scored.entry(s.application_id).or_default().push(s);
    }
    let mut declared: HashMap<Uuid, Vec<&Declaration>> = HashMap::new();
    for d in &declarations {
        declared.entry(d.application_id).or_default().push(d);
    }
    for application in applications {
        let scores = scored.remove(&application.id).unwrap_or_default();
        let declarations = declared.remove(&application.id).unwrap_or_default();
        let members: Vec<MemberLine> = panel
            .iter()
            .map(|m| {
                let mine: Vec<&Score> = scores.iter().copied().filter(|s| s.user_id == m.user_id).collect();
                let given: Vec<(String, u8)> = mine.iter().map(|s| (s.criterion.clone(), s.score)).collect();
                MemberLine {
                    name: names.get(&m.user_id).cloned().unwrap_or_default(),
                    weighted: weighted(&weights, &given),
                    recused: declarations
                        .iter()
                        .find(|d| d.user_id == m.user_id && d.interest != Interest::NoInterest)
                        .map(|d| d.interest),
                    comments: mine.iter().map(|s| (s.criterion.clone(), s.score, s.comment.clone())).collect(),
                }
            })
            .collect();
        let totals: Vec<f64> = members.iter().filter_map(|m| m.weighted).collect();
        let moderation = moderate(&totals, f64::from(fund.disagreement_tenths) / 10.0);
        moderated.push(Moderated { application, members, moderation });
    }
    let members = panel.iter().map(|m| names.get(&m.user_id).cloned().unwrap_or_default()).collect();
    Ok(RoundModeration { round, fund, members, applications: moderated })
}
