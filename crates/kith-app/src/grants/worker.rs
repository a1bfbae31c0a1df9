//! The worker's grants jobs: a fund's owner hears, once, of each application still waiting for a decision past its
//! due moment (a paused clock is never late); an applicant is reminded, once, when their end-of-grant return is due.

use std::collections::BTreeMap;

use kith_store::outbox::OutgoingEmail;
use uuid::Uuid;

use crate::{App, Result};

/// How many late applications one sweep handles; the rest wait for the next.
const PER_SWEEP: i64 = 500;

/// Tells each fund's owner of its newly late applications, one email a fund. Returns how many emails.
pub async fn escalate_late(app: &App) -> Result<u64> {
    let now = app.now();
    let late = app.store.late_unescalated(now, PER_SWEEP).await?;
    if late.is_empty() {
        return Ok(0);
    }
    let mut by_fund: BTreeMap<Uuid, Vec<_>> = BTreeMap::new();
    for a in late {
        by_fund.entry(a.fund_id).or_default().push(a);
    }
    let base = app.settings.public_url.trim_end_matches('/').to_owned();
    let mut emails = Vec::new();
    let mut ids = Vec::new();
    for (fund_id, applications) in by_fund {
        let Some(fund) = app.store.fund(fund_id).await? else { continue };
        ids.extend(applications.iter().map(|a| a.id));
        let Some(owner) = app.store.user(fund.owner_id).await? else { continue };
        let lines: Vec<String> = applications
            .iter()
            .map(|a| {
                format!(
                    "- {} from {} ({}): {base}/grants/manage/applications/{}",
                    a.reference, a.group_name, a.amount, a.reference
                )
            })
            .collect();
        emails.push(OutgoingEmail::new(
            &owner.email,
            &format!("{}: {} late for a decision", fund.name, applications.len()),
            &format!(
                "These applications to {} are past the time the fund promised to decide in:\n\n{}\n",
                fund.name,
                lines.join("\n")
            ),
            now,
        ));
    }
    app.store.mark_escalated(&ids, now, &emails).await?;
    Ok(emails.len() as u64)
}

/// Reminds each applicant whose end-of-grant return is due and not made, once. Returns how many emails.
pub async fn remind_returns(app: &App) -> Result<u64> {
    let now = app.now();
    let due = app.store.returns_due(kith_core::calendar::WorkingDays::local_date(now), PER_SWEEP).await?;
    let mut emails = Vec::new();
    let mut ids = Vec::new();
    for a in &due {
        ids.push(a.id);
        let Some(person) = a.details.people.first().filter(|p| !p.email.is_empty()) else { continue };
        let link = super::apply::link(app, a.id).await?;
        emails.push(OutgoingEmail::new(
            &person.email,
            &format!("{}: tell us how it went", a.reference),
            &format!(
                "Hello {},\n\nIt is time for the end-of-grant return for {} ({}): a few lines on what happened and \
                 roughly how many people took part. Fill it in here:\n\n{}{}\n\nThank you.\n",
                person.name,
                a.details.project_title,
                a.reference,
                app.settings.public_url.trim_end_matches('/'),
                link
            ),
            now,
        ));
    }
    if !ids.is_empty() {
        app.store.mark_return_reminded(&ids, now, &emails).await?;
    }
    Ok(emails.len() as u64)
}
