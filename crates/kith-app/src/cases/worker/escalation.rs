//! Breaches escalated: each team's manager (or, without one, the team) hears of its newly breached cases.

use std::collections::BTreeMap;

use kith_store::outbox::OutgoingEmail;

use crate::cases::notices::{self, worker_event};
use crate::{App, Result};

/// How many breached cases one escalation email lists before "and N more".
const LISTED: usize = 50;

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
                Some(m) => {
                    let delivery = crate::accounts::preferences::delivery_of(
                        app,
                        m,
                        crate::accounts::preferences::BREACH_ESCALATION,
                    );
                    if delivery.await?.at_once() { app.store.user(m).await?.map(|u| u.email) } else { None }
                }
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
