//! The worker's grants job: a fund's owner hears, once, of each application still waiting for a decision past its
//! due moment (a paused clock is never late).

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
