//! How each person hears of events: at once, in the daily digest, both, or not at all, event by event, within what
//! their role must hear (a team manager is always told of breaches). A person who chose nothing has their role's
//! default, which is what Kith did before anyone chose: councillors hear of their cases at once and in the 7am
//! digest, everyone else at once.

use kith_core::accounts::permission;
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::Principal;
use crate::{Actor, App, AppError, Result};

/// How a person hears of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// An email at once.
    Now,
    /// In the daily digest at 7am.
    Digest,
    Both,
    Off,
}

impl Delivery {
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Now => "now",
            Delivery::Digest => "digest",
            Delivery::Both => "both",
            Delivery::Off => "off",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Delivery::Now, Delivery::Digest, Delivery::Both, Delivery::Off].into_iter().find(|d| d.as_str() == text)
    }

    /// Whether it sends an email at once.
    pub fn at_once(self) -> bool {
        matches!(self, Delivery::Now | Delivery::Both)
    }

    /// Whether it goes in the daily digest.
    pub fn in_digest(self) -> bool {
        matches!(self, Delivery::Digest | Delivery::Both)
    }
}

/// An event people may be emailed of, and the ways they may choose to hear of it.
#[derive(Debug, Clone, Copy)]
pub struct Notification {
    pub key: &'static str,
    pub choices: &'static [Delivery],
}

/// News on a case someone raised (or a coordinator raised for them).
pub const CASE_NEWS: &str = "case_news";
/// A team's newly breached cases, told to its manager.
pub const BREACH_ESCALATION: &str = "breach_escalation";

pub const NOTIFICATIONS: &[Notification] = &[
    Notification { key: CASE_NEWS, choices: &[Delivery::Now, Delivery::Both, Delivery::Digest, Delivery::Off] },
    Notification { key: BREACH_ESCALATION, choices: &[Delivery::Now, Delivery::Off] },
];

/// Whether an event can reach this person at all (a form shows only those).
fn applies(principal: &Principal, key: &str) -> bool {
    match key {
        CASE_NEWS => principal.holds(permission::CASES_RAISE),
        BREACH_ESCALATION => principal.holds(permission::CASES_MANAGE),
        _ => false,
    }
}

/// Whether their role must hear of it: a team manager answers for the team's breaches.
fn must_hear(principal: &Principal, key: &str) -> bool {
    key == BREACH_ESCALATION && principal.holds(permission::CASES_MANAGE)
}

fn default_for(principal: &Principal, key: &str) -> Delivery {
    let councillor = principal.grants.iter().any(|g| g.role == "councillor");
    if key == CASE_NEWS && councillor { Delivery::Both } else { Delivery::Now }
}

/// One event on a person's form: how they hear of it now, how they may, and whether their role must.
#[derive(Debug, Clone)]
pub struct Choice {
    pub key: &'static str,
    pub delivery: Delivery,
    pub choices: &'static [Delivery],
    pub must: bool,
}

/// Whether any event Kith emails can reach this person (their choices page is theirs only then).
pub fn may_choose(principal: &Principal) -> Result<()> {
    if NOTIFICATIONS.iter().any(|n| applies(principal, n.key)) { Ok(()) } else { Err(AppError::Forbidden) }
}

/// How this person hears of each event that can reach them.
pub async fn preferences(app: &App, principal: &Principal) -> Result<Vec<Choice>> {
    let stored = app.store.notification_choices(principal.user.id).await?;
    Ok(NOTIFICATIONS
        .iter()
        .filter(|n| applies(principal, n.key))
        .map(|n| {
            let chosen = stored.iter().find(|(e, _)| e == n.key).and_then(|(_, d)| Delivery::parse(d));
            let delivery = chosen.filter(|d| n.choices.contains(d)).unwrap_or_else(|| default_for(principal, n.key));
            // A choice made before the role came to require it gives way to the role.
            let delivery =
                if must_hear(principal, n.key) && delivery == Delivery::Off { Delivery::Now } else { delivery };
            Choice { key: n.key, delivery, choices: n.choices, must: must_hear(principal, n.key) }
        })
        .collect())
}

/// How the person with this account hears of `key` (for the notifier and the digest): their choice, their role's
/// default where the event is not one they choose about (a manager named on a team whose roles changed is still
/// told), or not at all once the account is closed.
pub async fn delivery_of(app: &App, user: Uuid, key: &str) -> Result<Delivery> {
    let Some(principal) = super::principal_of(app, user).await? else { return Ok(Delivery::Off) };
    let chosen = preferences(app, &principal).await?.into_iter().find(|c| c.key == key).map(|c| c.delivery);
    Ok(chosen.unwrap_or_else(|| default_for(&principal, key)))
}

/// A person's choices as their form sends them, by event.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PreferencesForm {
    pub case_news: String,
    pub breach_escalation: String,
}

/// Saves a person's choices: each one of its event's ways, none that drops what their role must hear.
pub async fn save_preferences(app: &App, principal: &Principal, actor: &Actor, form: &PreferencesForm) -> Result<()> {
    may_choose(principal)?;
    let mut problems: Vec<(&'static str, String)> = Vec::new();
    let mut chosen = Vec::new();
    for (key, value) in [(CASE_NEWS, &form.case_news), (BREACH_ESCALATION, &form.breach_escalation)] {
        let Some(n) = NOTIFICATIONS.iter().find(|n| n.key == key).filter(|n| applies(principal, n.key)) else {
            continue;
        };
        match Delivery::parse(value.trim()).filter(|d| n.choices.contains(d)) {
            None => problems.push((n.key, "Choose how you want to hear of this".into())),
            Some(Delivery::Off) if must_hear(principal, key) => problems.push((
                n.key,
                "Your role must hear of this: as a team manager you are told of your team's breached cases".into(),
            )),
            Some(d) => chosen.push((key.to_owned(), d.as_str().to_owned())),
        }
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let now = app.now();
    let audit = actor.entry(
        now,
        "notifications.chosen",
        "user",
        principal.user.id,
        json!(chosen.iter().map(|(k, v)| (k.clone(), v.clone())).collect::<std::collections::BTreeMap<_, _>>()),
    );
    app.store.save_notification_choices(principal.user.id, &chosen, now, &audit).await?;
    Ok(())
}
