//! Telling people about their cases. Each timeline entry that should be told is marked in the same transaction
//! that wrote it; the worker turns marked entries into emails and clears the marks in one transaction, so nothing
//! is lost or told twice. Emails come from templates an administrator can edit, rendered in a sandbox: no access
//! to anything but the values given, a fuel limit so a template cannot run away, and a size limit on what it
//! produces. A template that fails falls back to Kith's own, so a bad edit never stops a notice.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use kith_core::calendar::WorkingDays;
use kith_core::cases::{CaseKind, NoticeRoute, notice_route};
use kith_store::cases::{CaseEvent, CaseRecord, Letter, Resident};
use kith_store::outbox::OutgoingEmail;
use minijinja::{Environment, UndefinedBehavior, Value, context};
use serde::Serialize;
use serde_json::json;

use crate::accounts::Principal;
use crate::problems::Problems;
use crate::{Actor, App, AppError, Result};

/// The notices an administrator can word, with Kith's own wording.
pub const EVENTS: [(&str, &str, &str); 5] = [
    (
        "created",
        "{{ reference }}: {{ summary }}",
        "Case {{ reference }} has been raised: {{ summary }}.\n\nKind: {{ kind }}\nCategory: {{ category }}\nWard: {{ ward }}\n{% if team %}It is with {{ team }}.{% else %}It is waiting in the triage queue.{% endif %}\n{% if due %}It should be acknowledged by the end of {{ due }}.{% endif %}\n\n{{ link }}\n",
    ),
    (
        "acknowledged",
        "{{ reference }} acknowledged",
        "{{ reference }} ({{ summary }}) has been acknowledged{% if team %} by {{ team }}{% endif %}.\n{% if next_update %}You will hear more by the end of {{ next_update }}.{% endif %}\n{% if due %}It is due to be resolved by the end of {{ due }}.{% endif %}\n\n{{ link }}\n",
    ),
    (
        "updated",
        "{{ reference }} updated",
        "There is news on {{ reference }} ({{ summary }}): {{ event }}.\n{% if note %}\n{{ note }}\n{% endif %}\nIt is now {{ state }}.\n\n{{ link }}\n",
    ),
    (
        "breached",
        "{{ count }} case{% if count != 1 %}s{% endif %} overdue at {{ team }}",
        "These cases at {{ team }} have passed their target:\n{% for c in cases %}\n- {{ c.reference }}: {{ c.summary }} (due by the end of {{ c.due }}) {{ c.link }}{% endfor %}\n{% if more %}\n... and {{ more }} more.{% endif %}\n",
    ),
    (
        "closed",
        "{{ reference }} {{ state }}",
        "{{ reference }} ({{ summary }}) is {{ state }}.\n{% if note %}\n{{ note }}\n{% endif %}\n{% if follow_up %}If this is not right, reply on the case by the end of {{ follow_up }} and it will be reopened.{% endif %}\n\n{{ link }}\n",
    ),
];

const FUEL: u64 = 50_000;
const MAX_OUTPUT: usize = 20_000;

/// One template pair, as used. A wording in another language is keyed `{event}.{language}` (`created.ur`).
#[derive(Debug, Clone, Serialize)]
pub struct Wording {
    pub event: String,
    /// The notice it words (`created`), and the language it is in (empty for English).
    pub base: String,
    pub language: String,
    pub subject: String,
    pub body: String,
    /// Whether an administrator changed it.
    pub edited: bool,
}

/// Every notice's wording as its administrator sees it.
pub async fn wordings_for(app: &App, principal: &Principal) -> Result<Vec<Wording>> {
    super::may_administer(app, principal)?;
    wordings(app).await
}

/// Every notice's wording: an administrator's where there is one, else Kith's.
pub(crate) async fn wordings(app: &App) -> Result<Vec<Wording>> {
    let stored = app.store.notification_templates().await?;
    let edited: HashMap<String, (String, String)> =
        stored.iter().map(|(e, s, b)| (e.clone(), (s.clone(), b.clone()))).collect();
    let mut out: Vec<Wording> = EVENTS
        .iter()
        .map(|(event, subject, body)| {
            let (subject, body, edited) = match edited.get(*event) {
                Some((s, b)) => (s.clone(), b.clone(), true),
                None => ((*subject).to_owned(), (*body).to_owned(), false),
            };
            Wording { event: (*event).into(), base: (*event).into(), language: String::new(), subject, body, edited }
        })
        .collect();
    // Wordings in other languages, after English's, by notice and language.
    let mut translated: Vec<Wording> = stored
        .into_iter()
        .filter_map(|(event, subject, body)| {
            let (base, language) = event.split_once('.')?;
            EVENTS.iter().any(|(e, _, _)| *e == base).then(|| Wording {
                event: event.clone(),
                base: base.to_owned(),
                language: language.to_owned(),
                subject,
                body,
                edited: true,
            })
        })
        .collect();
    translated.sort_by(|a, b| (&a.base, &a.language).cmp(&(&b.base, &b.language)));
    out.extend(translated);
    Ok(out)
}

fn sandbox() -> Environment<'static> {
    let mut env = Environment::empty();
    env.set_fuel(Some(FUEL));
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_recursion_limit(20);
    // Plain-text email: nothing is escaped, and nothing may be included or imported (there is no loader).
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env
}

/// Whether a template multiplies anywhere in its tags: `'x' * 1000000000` makes a string a gigabyte long in one
/// step, which no fuel limit counts, and a notice has nothing to multiply.
fn multiplies(template: &str) -> bool {
    let mut rest = template;
    while let Some(open) = rest.find(['{']) {
        let after = &rest[open + 1..];
        let close = match after.chars().next() {
            Some('{') => "}}",
            Some('%') => "%}",
            _ => {
                rest = after;
                continue;
            }
        };
        let end = after.find(close).unwrap_or(after.len());
        if after[..end].contains('*') {
            return true;
        }
        rest = &after[end..];
    }
    false
}

/// Renders one template in the sandbox.
pub fn render(template: &str, values: &Value) -> std::result::Result<String, String> {
    if template.len() > MAX_OUTPUT {
        return Err(format!("the template is over {MAX_OUTPUT} characters long"));
    }
    if multiplies(template) {
        return Err("a notice cannot multiply (*): write the text out".into());
    }
    let env = sandbox();
    let out = env.render_str(template, values.clone()).map_err(|e| e.to_string())?;
    if out.len() > MAX_OUTPUT {
        return Err(format!("the text is over {MAX_OUTPUT} characters long"));
    }
    Ok(out)
}

/// What a template is shown with when an administrator saves or previews it.
pub fn sample(event: &str) -> Value {
    let case = json!({ "reference": "REQ-42", "summary": "Fly-tipping behind the shops", "due": "Friday 6 March 2026",
                       "link": "https://kith.example.org/cases/REQ-42" });
    context! {
        recipient => "Sam Jones", reference => "REQ-42", summary => "Fly-tipping behind the shops",
        kind => "Service request", category => "Fly-tipping", ward => "Ladywood", state => "in progress",
        team => "Street Scene", due => "Friday 6 March 2026", next_update => "Monday 9 March 2026",
        follow_up => "Friday 13 March 2026", event => "work started", note => "A crew is booked for Thursday.",
        link => "https://kith.example.org/cases/REQ-42",
        cases => if event == "breached" { vec![case] } else { vec![] }, count => 1, more => 0,
    }
}

/// Checks and saves an administrator's wording: it must render with the sample values, within the limits.
pub async fn save_wording(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    event: &str,
    subject: &str,
    body: &str,
) -> Result<()> {
    super::may_administer(app, principal)?;
    let (base, language) = event.split_once('.').unwrap_or((event, ""));
    if !EVENTS.iter().any(|(e, _, _)| *e == base) {
        return Err(AppError::NotFound);
    }
    if !language.is_empty() && (!kith_core::translations::is_language_tag(language) || language == "en") {
        return Err(AppError::invalid("language", "Choose a language other than English"));
    }
    let mut problems = Problems::default();
    let values = sample(event);
    if subject.trim().is_empty() {
        problems.push(("subject", "Enter the subject".to_owned()));
    } else if let Err(e) = render(subject, &values) {
        problems.push(("subject", format!("The subject does not work: {e}")));
    }
    if body.trim().is_empty() {
        problems.push(("body", "Enter the text of the email".to_owned()));
    } else if let Err(e) = render(body, &values) {
        problems.push(("body", format!("The text does not work: {e}")));
    }
    if !problems.is_empty() {
        return Err(problems.into_error());
    }
    let audit = actor.entry(app.now(), "notification_template.saved", "notification_template", event, json!({}));
    app.store.save_notification_template(event, subject.trim(), body, app.now(), &audit).await?;
    Ok(())
}

/// Renders a notice in `language` where there is a wording in it (its script's, else the language's), else with
/// the administrator's English wording, falling back to Kith's if theirs fails. The language it is in comes back.
fn compose_in(wordings: &[Wording], event: &str, language: &str, values: &Value) -> (String, String, String) {
    let primary = language.split('-').next().unwrap_or_default();
    for tag in [language, primary] {
        if tag.is_empty() || tag == "en" {
            continue;
        }
        if let Some(w) = wordings.iter().find(|w| w.base == event && w.language == tag)
            && let (Ok(subject), Ok(body)) = (render(&w.subject, values), render(&w.body, values))
        {
            return (subject.lines().next().unwrap_or_default().trim().to_owned(), body, tag.to_owned());
        }
    }
    let (subject, body) = compose(wordings, event, values);
    (subject, body, "en".to_owned())
}

/// Renders a notice with the administrator's wording, falling back to Kith's if theirs fails.
fn compose(wordings: &[Wording], event: &str, values: &Value) -> (String, String) {
    let own = EVENTS.iter().find(|(e, _, _)| *e == event);
    let chosen = wordings.iter().find(|w| w.event == event);
    let attempt = |subject: &str, body: &str| -> std::result::Result<(String, String), String> {
        let subject = render(subject, values)?.lines().next().unwrap_or_default().trim().to_owned();
        Ok((subject, render(body, values)?))
    };
    if let Some(w) = chosen
        && let Ok(done) = attempt(&w.subject, &w.body)
    {
        return done;
    }
    if let Some(w) = chosen
        && w.edited
    {
        tracing::warn!(event, "an edited notification template failed; Kith's own wording was used");
    }
    own.and_then(|(_, s, b)| attempt(s, b).ok()).unwrap_or_else(|| (event.to_owned(), String::new()))
}

/// Which notice a timeline entry gives, if any.
fn notice_for(action: &str) -> Option<&'static str> {
    match action {
        "created" => Some("created"),
        "acknowledge" | "accept" => Some("acknowledged"),
        "resolve" | "record_outcome" | "decline" | "close" => Some("closed"),
        "start" | "wait" | "resume" | "reopen" | "transfer" | "merge" | "note" | "extended" | "breached" => {
            Some("updated")
        }
        _ => None,
    }
}

fn event_words(action: &str) -> &'static str {
    match action {
        "start" => "work has started",
        "wait" => "it is on hold",
        "resume" => "work has restarted",
        "reopen" => "it has been reopened",
        "transfer" => "it has moved to another team",
        "merge" => "it has been merged with another case about the same thing",
        "note" => "a new note",
        "extended" => "its due date has moved, as agreed",
        "breached" => "it has passed its target date, and the team's manager has been told",
        _ => "it has changed",
    }
}

pub fn link(app: &App, reference: &str) -> String {
    format!("{}/cases/{reference}", app.settings.public_url.trim_end_matches('/'))
}

fn day(at: Option<DateTime<Utc>>) -> Option<String> {
    at.map(|d| WorkingDays::last_day(d).format("%A %-d %B %Y").to_string())
}

/// Turns timeline entries waiting to be told into emails. Returns how many emails were queued.
pub(crate) async fn notify_pending(app: &App) -> Result<u64> {
    let pending = app.store.events_to_notify(200).await?;
    if pending.is_empty() {
        return Ok(0);
    }
    let wordings = wordings(app).await?;
    let teams = app.store.teams().await?;
    let categories = app.store.categories().await?;
    let mut emails = Vec::new();
    let mut letters = Vec::new();
    let mut cases: HashMap<uuid::Uuid, Option<CaseRecord>> = HashMap::new();
    for e in &pending {
        if let std::collections::hash_map::Entry::Vacant(slot) = cases.entry(e.case_id) {
            slot.insert(app.store.case_by_id(e.case_id).await?);
        }
        let Some(Some(case)) = cases.get(&e.case_id) else { continue };
        let Some(notice) = notice_for(&e.action) else { continue };
        if !e.shared {
            continue;
        }
        let team = case.team_id.and_then(|t| teams.iter().find(|x| x.organisation_id == t));
        let category = categories
            .iter()
            .find(|c| c.kind == case.kind && c.code == case.category)
            .map_or(case.category.clone(), |c| c.name.clone());
        let ward = app.places().ward(&case.ward_code).map(|w| w.name.clone()).unwrap_or_default();
        // (address, name, whether they can open the case's page, the language to write in)
        let mut recipients: Vec<(String, String, bool, String)> = Vec::new();
        let mut post: Option<Resident> = None;
        for id in [case.raised_by, case.raised_for].into_iter().flatten() {
            if Some(id) == e.actor_id {
                continue;
            }
            // Staff hear of their cases as they chose: at once, or only in the morning's digest.
            let delivery = crate::accounts::preferences::delivery_of(app, id, crate::accounts::preferences::CASE_NEWS);
            if delivery.await?.at_once()
                && let Some(u) = app.store.user(id).await?
            {
                recipients.push((u.email, u.name, true, String::new()));
            }
        }
        if case.kind == CaseKind::ServiceRequest
            && let Some(rid) = case.resident_id
            && let Some(r) = app.store.resident(rid).await?
            && r.redacted_at.is_none()
        {
            // A resident has no account: they hear the news and the reference, not a link to a staff page. A proxy
            // hears it in the resident's place; post is a letter for staff to print.
            let route =
                notice_route(r.preferred_contact, r.proxy.is_some(), !r.email.is_empty(), !r.address.is_empty());
            match route {
                NoticeRoute::Email => recipients.push((r.email.clone(), r.name.clone(), false, r.language.clone())),
                NoticeRoute::Proxy => {
                    if let Some(p) = r.proxy.as_ref().filter(|p| !p.email.is_empty()) {
                        recipients.push((p.email.clone(), p.name.clone(), false, r.language.clone()));
                    }
                }
                NoticeRoute::Letter => post = Some(r),
                NoticeRoute::NotSent => {}
            }
        }
        // New work arriving at a team (or a receiving organisation) is told to the team's address.
        if e.action == "created" || e.action == "transfer" {
            if let Some(t) = team
                && !t.email.is_empty()
            {
                recipients.push((t.email.clone(), t.name.clone(), true, String::new()));
            }
            if case.kind == CaseKind::Referral
                && let Some(org) = case.receiving_org.and_then(|o| app.directory.read().organisation(o))
                && let Some(email) = org.email.clone().filter(|m| !m.is_empty())
            {
                recipients.push((email, org.name.clone(), true, String::new()));
            }
        }
        recipients.sort();
        recipients.dedup_by(|a, b| a.0 == b.0);
        let due = if case.state.awaits_acknowledgement() {
            day(case.clocks.acknowledge_due_at)
        } else {
            day(case.clocks.resolve_due_at)
        };
        let values_for = |name: &str, may_open: bool| {
            context! {
                recipient => name, reference => case.reference, summary => case.summary,
                kind => kind_name(case.kind), category => category, ward => ward,
                state => case.state.words(), team => team.map(|t| t.name.clone()),
                due => due, next_update => case.next_update_on.map(|d| d.format("%A %-d %B %Y").to_string()),
                follow_up => day(case.clocks.follow_up_until),
                event => event_words(&e.action), note => e.note,
                link => if may_open { link(app, &case.reference) } else { String::new() },
                cases => Vec::<Value>::new(), count => 0, more => 0,
            }
        };
        for (to, name, may_open, language) in recipients {
            let (subject, body, _) = compose_in(&wordings, notice, &language, &values_for(&name, may_open));
            emails.push(OutgoingEmail::new(&to, &subject, &body, app.now()));
        }
        if let Some(r) = post {
            let (subject, body, language) = compose_in(&wordings, notice, &r.language, &values_for(&r.name, false));
            letters.push(Letter {
                id: uuid::Uuid::now_v7(),
                case_id: case.id,
                resident_id: Some(r.id),
                addressee: r.name.clone(),
                address: r.address.clone(),
                postcode: r.postcode.clone(),
                language,
                subject,
                body,
                large_print: r.needs.to_lowercase().contains("large print"),
                created_at: app.now(),
                printed_at: None,
                printed_by: None,
            });
        }
    }
    let ids: Vec<uuid::Uuid> = pending.iter().map(|e| e.id).collect();
    let queued = (emails.len() + letters.len()) as u64;
    app.store.notified(&ids, &emails, &letters).await?;
    Ok(queued)
}

fn kind_name(kind: CaseKind) -> &'static str {
    match kind {
        CaseKind::MemberEnquiry => "Member enquiry",
        CaseKind::ServiceRequest => "Service request",
        CaseKind::Referral => "Referral",
    }
}

/// The escalation email for a team's breached cases.
pub(crate) async fn escalation(
    app: &App,
    team: &str,
    cases: &[(String, String, Option<DateTime<Utc>>)],
    more: usize,
) -> Result<(String, String)> {
    let wordings = wordings(app).await?;
    let listed: Vec<Value> = cases
        .iter()
        .map(|(reference, summary, due)| {
            context! { reference => reference, summary => summary, due => day(*due), link => link(app, reference) }
        })
        .collect();
    let values = context! {
        recipient => "", reference => "", summary => "", kind => "", category => "", ward => "", state => "",
        team => team, due => "", next_update => "", follow_up => "", event => "", note => "", link => "",
        cases => listed, count => cases.len() + more, more => more,
    };
    Ok(compose(&wordings, "breached", &values))
}

/// A notice entry for an event the worker makes (an escalation).
pub fn worker_event(case_id: uuid::Uuid, at: DateTime<Utc>, action: &str, state: &str) -> CaseEvent {
    CaseEvent {
        id: uuid::Uuid::now_v7(),
        case_id,
        at,
        actor_id: None,
        actor: "kith (worker)".into(),
        action: action.into(),
        from_state: state.into(),
        to_state: state.into(),
        note: String::new(),
        shared: false,
        detail: serde_json::Value::Null,
        to_notify: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_that_would_make_a_huge_text_in_one_step_is_refused_before_it_runs() {
        let values = sample("acknowledged");
        for runaway in ["{{ 'x' * 100000000 }}", "{% set a = 'x' * 9 %}{{ a }}", "{{ 2 ** 64 }}"] {
            assert!(render(runaway, &values).is_err(), "{runaway}");
        }
        assert!(render(&"x".repeat(MAX_OUTPUT + 1), &values).is_err(), "a template longer than a notice may be");
        assert_eq!(
            render("Dear {{ recipient }}, * marks {{ reference }}", &values).unwrap(),
            "Dear Sam Jones, * marks REQ-42"
        );
    }
}
