//! The worker's job here: reminding owners of overdue actions, once a week while they stay overdue.

use super::*;

/// Reminds owners of overdue actions: one email an owner listing all of theirs, again each week while they stay
/// overdue. Marked and queued in one transaction, so a reminder is neither lost nor doubled.
pub async fn remind_overdue(app: &App) -> Result<u64> {
    let now = app.now();
    let due = app.store.overdue_unreminded(app.today(), now - Duration::days(REMIND_EVERY_DAYS), 2_000).await?;
    let mut by_owner: std::collections::BTreeMap<String, Vec<Action>> = std::collections::BTreeMap::new();
    let mut silent = Vec::new();
    for a in due {
        if a.owner_email.is_empty() {
            silent.push(a.id);
        } else {
            by_owner.entry(a.owner_email.clone()).or_default().push(a);
        }
    }
    let base = app.settings.public_url.clone();
    let places = app.places();
    let mut sent = 0;
    for (to, actions) in &by_owner {
        let mut lines = String::new();
        for a in actions {
            let ward = places.ward(&a.ward_code).map(|w| w.name.clone());
            lines.push_str(&format!(
                "- {} ({}), due {}: {}/wards/{}/priorities/{}\n",
                a.title,
                ward.unwrap_or_default(),
                a.due_on.format("%-d %B %Y"),
                base,
                a.ward_code,
                a.priority_id
            ));
        }
        let link = match actions.iter().find_map(|a| a.owner_member) {
            Some(member) => crate::partners::live_link(app, member).await?,
            None => None,
        };
        let how = match link {
            Some(path) => format!("Update them here (no password needed):\n{base}{path}\n"),
            None => format!("Sign in to update them:\n{base}/sign-in\n"),
        };
        let (n, s) = (actions.len(), if actions.len() == 1 { "" } else { "s" });
        let body = format!(
            "Hello {},\n\n{n} action{s} you own for your ward forum {} past {} due date and not yet done:\n\n{lines}\n{how}\nIf an action is finished, mark it done; if it will not happen, mark it dropped and say why. If the date was wrong, ask the coordinator to change it.\n",
            actions[0].owner_name,
            if n == 1 { "is" } else { "are" },
            if n == 1 { "its" } else { "their" },
        );
        let email = OutgoingEmail::new(to, &format!("{n} overdue action{s} for your ward forum"), &body, now);
        let ids: Vec<Uuid> = actions.iter().map(|a| a.id).collect();
        app.store.mark_reminded(&ids, now, &[email]).await?;
        sent += 1;
    }
    if !silent.is_empty() {
        app.store.mark_reminded(&silent, now, &[]).await?;
    }
    Ok(sent)
}
