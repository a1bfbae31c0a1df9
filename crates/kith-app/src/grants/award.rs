//! After an award: the award letter (emailed at the decision, and printable from the applicant's page and the
//! officer's), the payment's steps (requested, approved, paid with its reference; to the fiscal host where there
//! is one), and proportionate monitoring: a one-screen end-of-grant return for an award up to the fast-track
//! threshold (what happened, roughly how many people), a little more for a larger one, which the worker reminds
//! the applicant of when it is due.

use kith_core::grants::{Payee, Payment, Pence};
use kith_store::grants::{ApplicationChange, GrantReturn};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::apply::{MAX_PEOPLE_REACHED, by_link};
use super::{Application, Fund, conflict, event, may_manage};
use crate::accounts::Principal;
use crate::problems::{Problems, optional, text_within};
use crate::{Actor, App, AppError, Result};

/// A payment step as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct PaymentForm {
    /// `requested`, `approved` or `paid`: the next step.
    pub step: String,
    /// For `paid`: the payment's reference in the council's finance system.
    pub payment_reference: String,
    pub version: i32,
}

/// Who the money goes to: the fiscal host where there is one, else the group's account.
pub fn paid_to(a: &Application) -> String {
    match &a.details.payee {
        Some(Payee::FiscalHost { name, .. }) => format!("{name} (fiscal host for {})", a.group_name),
        Some(Payee::GroupAccount { account_name }) => account_name.clone(),
        None => a.group_name.clone(),
    }
}

/// Moves an award's payment on one step, in order; paying needs the payment's reference.
pub async fn record_payment(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    reference: &str,
    form: &PaymentForm,
) -> Result<Payment> {
    let old = app.store.application_by_reference(reference).await?.ok_or(AppError::NotFound)?;
    let fund = app.store.fund(old.fund_id).await?.ok_or(AppError::NotFound)?;
    may_manage(app, principal, &fund)?;
    if !old.state.is_awarded() {
        return Err(AppError::Conflict("Only an award is paid.".into()));
    }
    let step = Payment::try_from(form.step.trim()).ok().filter(|s| Some(*s) == old.payment.next());
    let Some(step) = step else {
        let next = old.payment.next().map_or("nothing: it is paid", |n| n.words());
        return Err(AppError::invalid("step", format!("The next step is {next}")));
    };
    let mut problems = Problems::default();
    let payment_reference = text_within(
        &mut problems,
        "payment_reference",
        &form.payment_reference,
        60,
        (step == Payment::Paid).then_some("Enter the payment's reference from the finance system"),
    );
    problems.finish()?;
    if form.version != old.version {
        return Err(AppError::Conflict(crate::CHANGED_MEANWHILE.into()));
    }
    let now = app.now();
    let row = Application {
        payment: step,
        payment_reference: if step == Payment::Paid {
            payment_reference.clone()
        } else {
            old.payment_reference.clone()
        },
        paid_at: if step == Payment::Paid { Some(now) } else { old.paid_at },
        updated_at: now,
        version: old.version + 1,
        ..old
    };
    let note =
        if step == Payment::Paid { format!("{} to {}", payment_reference, paid_to(&row)) } else { String::new() };
    let event = event(row.id, now, actor, &format!("payment_{}", step.as_str()), &note);
    let audit = actor.entry(
        now,
        &format!("grant_payment.{}", step.as_str()),
        "grant_application",
        &row.reference,
        json!({ "reference": row.payment_reference }),
    );
    super::save(app, &ApplicationChange { application: &row, event: &event, audit: &audit, emails: &[] })
        .await
        .map_err(conflict)?;
    Ok(step)
}

/// What an award letter says.
#[derive(Debug, Clone)]
pub struct Letter {
    pub application: Application,
    pub fund: Fund,
    pub awarded: Pence,
    pub paid_to: String,
    /// Whether the return is the one-screen one.
    pub short_return: bool,
}

fn letter_of(application: Application, fund: Fund) -> Result<Letter> {
    let awarded = application.awarded.filter(|_| application.state.is_awarded()).ok_or(AppError::NotFound)?;
    let short_return = awarded <= fund.promise.fast_track_up_to;
    Ok(Letter { paid_to: paid_to(&application), application, fund, awarded, short_return })
}

/// The award letter, through the applicant's link.
pub async fn letter(app: &App, id: Uuid, sig: &str) -> Result<Letter> {
    let a = by_link(app, id, sig).await?;
    let fund = app.store.fund(a.fund_id).await?.ok_or(AppError::NotFound)?;
    letter_of(a, fund)
}

/// The award letter, for an officer of the fund (to print and post to an applicant who is not online).
pub async fn letter_for_officer(app: &App, principal: &Principal, reference: &str) -> Result<Letter> {
    let a = app.store.application_by_reference(reference).await?.ok_or(AppError::NotFound)?;
    let fund = app.store.fund(a.fund_id).await?.ok_or(AppError::NotFound)?;
    may_manage(app, principal, &fund)?;
    letter_of(a, fund)
}

/// An end-of-grant return as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ReturnForm {
    pub what_happened: String,
    pub people_reached: String,
    pub spent_on: String,
    pub learned: String,
}

/// Records the applicant's end-of-grant return through their link: once, after an award; a larger award's asks a
/// little more.
pub async fn submit_return(app: &App, actor: &Actor, id: Uuid, sig: &str, form: &ReturnForm) -> Result<()> {
    let a = by_link(app, id, sig).await?;
    let fund = app.store.fund(a.fund_id).await?.ok_or(AppError::NotFound)?;
    let letter = letter_of(a, fund)?;
    let mut problems = Problems::default();
    let what_happened =
        text_within(&mut problems, "what_happened", &form.what_happened, 3_000, Some("Tell us what happened"));
    let people_reached = optional(&mut problems, "people_reached", &form.people_reached, |t| {
        t.replace(',', "")
            .parse::<u32>()
            .ok()
            .filter(|n| *n <= MAX_PEOPLE_REACHED)
            .ok_or("Enter roughly how many people, as a number")
    });
    let more = (!letter.short_return).then_some(());
    let spent_on = text_within(
        &mut problems,
        "spent_on",
        &form.spent_on,
        3_000,
        more.map(|_| "Tell us what the money was spent on"),
    );
    let learned = text_within(&mut problems, "learned", &form.learned, 3_000, more.map(|_| "Tell us what you learned"));
    let Ok(people_reached) = people_reached else { return Err(problems.into_error()) };
    problems.finish()?;
    let now = app.now();
    let r = GrantReturn { application_id: id, what_happened, people_reached, spent_on, learned, submitted_at: now };
    let audit =
        actor.entry(now, "grant_return.submitted", "grant_application", &letter.application.reference, json!({}));
    app.store.save_return(&r, &audit).await.map_err(|e| match e {
        kith_store::StoreError::Conflict(_) => AppError::Conflict("Your return is already in: thank you.".into()),
        e => e.into(),
    })
}

/// The return made for an application, if any (through the applicant's link).
pub async fn return_of(app: &App, id: Uuid, sig: &str) -> Result<Option<GrantReturn>> {
    let a = by_link(app, id, sig).await?;
    Ok(app.store.return_of(a.id).await?)
}
