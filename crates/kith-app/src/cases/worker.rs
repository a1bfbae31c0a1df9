//! What the worker does for cases: flags what is due soon and what has breached, escalates breaches to each team's
//! manager, tells people of changes, sends councillors their daily digest, and removes personal details from
//! closed cases once their retention period has passed. Every step reads the time from the app's clock and is
//! safe to run twice, or on two workers at once.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveTime, TimeZone};
use chrono_tz::Europe::London;
use kith_core::calendar::{WorkingDays, end_of};
use kith_core::cases::CaseKind;
use kith_store::cases::Reach;
use kith_store::outbox::OutgoingEmail;
use serde::Serialize;

use crate::cases::notices::{self, worker_event};
use crate::{App, Result};

/// How long personal details in closed cases are kept unless an administrator sets otherwise: two years.
pub const DEFAULT_RETENTION_DAYS: i32 = 730;

/// When councillors' digests go out, London time.
pub const DIGEST_HOUR: u32 = 7;

/// How many breached cases one escalation email lists before "and N more".
const LISTED: usize = 50;

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct CaseSweep {
    pub due_soon: u64,
    pub breached: u64,
    pub escalations: u64,
    pub notices: u64,
    pub digests: u64,
    pub redacted: u64,
}

pub async fn sweep(app: &App) -> Result<CaseSweep> {
    let mut report = CaseSweep::default();
    let sla = sweep_sla(app).await?;
    report.due_soon = sla.due_soon;
    report.breached = sla.breached;
    report.escalations = escalate(app).await?;
    report.notices = notices::notify_pending(app).await?;
    report.digests = digests(app).await?;
    report.redacted = retention(app).await?;
    Ok(report)
}

/// Flags running cases due by the end of the next working day as due soon, and those past due as breached.
pub async fn sweep_sla(app: &App) -> Result<kith_store::cases::SlaSweep> {
    let now = app.now();
    let calendar = app.working_days();
    let soon = end_of(calendar.add(WorkingDays::local_date(now), 1));
    Ok(app.store.sweep_sla(now, soon).await?)
}

/// Tells each team's manager (or, without one, the team) of its newly breached cases: one email a team.
pub async fn escalate(app: &App) -> Result<u64> {
    let breaches = app.store.unescalated(5_000).await?;
    if breaches.is_empty() {
        return Ok(0);
    }
    let teams = app.store.teams().await?;
    let mut by_team: BTreeMap<Option<uuid::Uuid>, Vec<_>> = BTreeMap::new();
    for b in breaches {
        by_team.entry(b.team_id).or_default().push(b);
    }
    let now = app.now();
    let mut sent = 0;
    for (team_id, cases) in by_team {
        let team = team_id.and_then(|t| teams.iter().find(|x| x.organisation_id == t));
        let to = match team {
            Some(t) => match t.manager_id {
                Some(m) => app.store.user(m).await?.map(|u| u.email),
                None => (!t.email.is_empty()).then(|| t.email.clone()),
            },
            // Triage has no manager: its overdue cases stand out in its queue.
            None => None,
        };
        let listed: Vec<_> =
            cases.iter().take(LISTED).map(|c| (c.reference.clone(), c.summary.clone(), c.due_at)).collect();
        let email = match (&to, team) {
            (Some(to), Some(t)) => {
                let (subject, body) =
                    notices::escalation(app, &t.name, &listed, cases.len().saturating_sub(LISTED)).await?;
                Some(OutgoingEmail::new(to, &subject, &body, now))
            }
            _ => None,
        };
        let ids: Vec<uuid::Uuid> = cases.iter().map(|c| c.id).collect();
        let events: Vec<_> = cases
            .iter()
            .map(|c| {
                let mut e = worker_event(c.id, now, "escalated", "");
                e.detail = serde_json::json!({ "to": to });
                e
            })
            .collect();
        app.store.escalate(&ids, &events, email.as_ref()).await?;
        sent += u64::from(email.is_some());
    }
    Ok(sent)
}

/// Each councillor's digest of the last day's news on their cases, once a day from 7am.
pub async fn digests(app: &App) -> Result<u64> {
    let now = app.now();
    let local = now.with_timezone(&London);
    let Some(seven) = NaiveTime::from_hms_opt(DIGEST_HOUR, 0, 0) else { return Ok(0) };
    if local.time() < seven {
        return Ok(0);
    }
    let today = local.date_naive();
    let since = London
        .from_local_datetime(&(today - Duration::days(1)).and_time(seven))
        .earliest()
        .map_or(now - Duration::days(1), |t| t.to_utc());
    let mut sent = 0;
    for c in app.store.councillors().await? {
        let reach = Reach { wards: c.wards.clone(), raised_by: Some(c.user_id), ..Reach::default() };
        let activity = app.store.recent_activity(&reach, since, 100).await?;
        if activity.is_empty() {
            continue;
        }
        let mut body = format!("Good morning {},\n\nNews on your cases since 7am yesterday:\n", c.name);
        let mut seen = std::collections::HashSet::new();
        for a in &activity {
            if seen.insert(a.reference.clone()) {
                body.push_str(&format!(
                    "\n- {}: {} (now {}) {}",
                    a.reference,
                    a.summary,
                    a.state.words(),
                    notices::link(app, &a.reference)
                ));
            }
        }
        body.push_str(&format!("\n\nAll your cases: {}/cases\n", app.settings.public_url.trim_end_matches('/')));
        let subject = format!("Your cases: {} with news", seen.len());
        let email = OutgoingEmail::new(&c.email, &subject, &body, now);
        if app.store.send_digest(c.user_id, today, &email).await? {
            sent += 1;
        }
    }
    Ok(sent)
}

/// Removes personal details from cases closed longer ago than their kind's retention period.
pub async fn retention(app: &App) -> Result<u64> {
    let now = app.now();
    let set = app.store.retention().await?;
    let mut redacted = 0;
    for kind in CaseKind::ALL {
        let days = set.iter().find(|(k, _)| *k == kind).map_or(DEFAULT_RETENTION_DAYS, |(_, d)| *d);
        redacted += app.store.redact_closed(kind, now - Duration::days(i64::from(days)), now).await?;
    }
    if redacted > 0 {
        let audit = crate::Actor { user_id: None, label: "kith (worker)".into(), ip: None }.entry(
            now,
            "cases.redacted",
            "cases",
            "",
            serde_json::json!({ "cases": redacted }),
        );
        app.store.record(&audit).await?;
    }
    Ok(redacted)
}
