//! The worker's volunteering jobs: urgent requests still without a volunteer are escalated, once, to the ward's
//! coordinators; volunteers are reminded, once, of a task offered to them and not answered; and volunteers are
//! reminded of a DBS check running out 60, 30 and 7 days before (each once).

use std::collections::BTreeMap;

use chrono::Duration;
use kith_core::people::Office;
use kith_core::volunteering::{TaskState, Urgency};
use kith_store::outbox::OutgoingEmail;
use kith_store::volunteering::RequestQuery;

use crate::{App, Result};

/// How many requests or records one sweep handles; the rest wait for the next.
const PER_SWEEP: i64 = 500;

/// How long an urgent (today) request may wait for a volunteer before its coordinators are told.
pub const URGENT_WAIT: Duration = Duration::hours(2);

/// How long a task offered may wait for the volunteer's answer before they are reminded.
pub const ANSWER_WAIT: Duration = Duration::hours(12);

/// Tells each ward's coordinators, in one email a ward, of its urgent requests still without a volunteer two hours
/// on. Returns how many emails.
pub async fn escalate_unassigned(app: &App) -> Result<u64> {
    let now = app.now();
    let waiting = app.store.unassigned_unescalated(Urgency::Today, now - URGENT_WAIT, PER_SWEEP).await?;
    if waiting.is_empty() {
        return Ok(0);
    }
    let mut by_ward: BTreeMap<String, Vec<_>> = BTreeMap::new();
    for r in &waiting {
        by_ward.entry(r.ward.to_string()).or_default().push(r);
    }
    let everyone = crate::people::everyone(app).await?;
    let base = app.settings.public_url.trim_end_matches('/').to_owned();
    let mut emails = Vec::new();
    for (ward, requests) in by_ward {
        let lines: Vec<String> = requests
            .iter()
            .map(|r| {
                format!("- {} near {}: {}/volunteering/manage/requests/{}", r.reference, r.street, base, r.reference)
            })
            .collect();
        let coordinators =
            everyone.iter().filter(|p| p.office == Office::Coordinator && p.wards.iter().any(|w| w.as_str() == ward));
        for c in coordinators.filter(|c| !c.email.is_empty()) {
            emails.push(OutgoingEmail::new(
                &c.email,
                &format!("{} urgent requests for help have no volunteer", requests.len()),
                &format!(
                    "Dear {},\n\nThese requests were asked for today and still have no volunteer after two hours:\n\n{}\n",
                    c.name,
                    lines.join("\n")
                ),
                now,
            ));
        }
    }
    let ids: Vec<_> = waiting.iter().map(|r| r.id).collect();
    app.store.mark_requests_escalated(&ids, now, &emails).await?;
    Ok(emails.len() as u64)
}

/// Reminds volunteers, once, of tasks offered to them that they have not answered for twelve hours. Returns how
/// many emails.
pub async fn remind_offers(app: &App) -> Result<u64> {
    let now = app.now();
    let query = RequestQuery { states: vec![TaskState::Offered], limit: PER_SWEEP, ..RequestQuery::default() };
    let (offered, _) = app.store.requests(&query).await?;
    let mut emails = Vec::new();
    let mut ids = Vec::new();
    for r in offered.iter().filter(|r| r.reminded_at.is_none() && r.updated_at <= now - ANSWER_WAIT) {
        ids.push(r.id);
        let Some(v) = r.volunteer_id else { continue };
        let Some(volunteer) = app.store.volunteer(v).await? else { continue };
        if volunteer.email.is_empty() {
            continue;
        }
        let link = super::link(app, v).await?;
        emails.push(OutgoingEmail::new(
            &volunteer.email,
            &format!("Can you still help? {}", r.reference),
            &format!(
                "Dear {},\n\nA task near {} was offered to you and is waiting for your answer. If you cannot take it, \
                 please decline so someone else can:\n{}{link}\n",
                volunteer.name, r.street, app.settings.public_url
            ),
            now,
        ));
    }
    app.store.mark_requests_reminded(&ids, now, &emails).await?;
    Ok(emails.len() as u64)
}

/// Reminds volunteers of a DBS check running out, 60, 30 and 7 days before, each once. Returns how many emails.
pub async fn remind_checks(app: &App) -> Result<u64> {
    let today = app.today();
    let mut sent = 0;
    for entry in app.store.dbs_reminders_due(today, PER_SWEEP).await? {
        let Some(reminder) = entry.record.reminders_due(today) else { continue };
        let days = reminder.days_before();
        if entry.reminded_days.is_some_and(|d| d <= days) {
            continue;
        }
        let Some(volunteer) = app.store.volunteer(entry.volunteer_id).await? else { continue };
        if volunteer.email.is_empty() {
            continue;
        }
        let email = OutgoingEmail::new(
            &volunteer.email,
            &format!("Your DBS check runs out in {days} days"),
            &format!(
                "Dear {},\n\nThe DBS check we hold for you is current until {}. After that you will not be offered \
                 tasks that need one. Please ask your coordinator to renew it, or to check it on the Update Service.\n",
                volunteer.name,
                entry.record.expires_on().pred_opt().unwrap_or(entry.record.expires_on()).format("%-d %B %Y")
            ),
            app.now(),
        );
        app.store.mark_dbs_reminded(entry.volunteer_id, days, &email).await?;
        sent += 1;
    }
    Ok(sent)
}
