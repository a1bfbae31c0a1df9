//! Actions: an adopted priority's actions and sub-actions, owned by partners, and the reports on them (by staff
//! or through a partner's signed link) that roll up into the priority's progress.

use super::*;
use crate::problems::Reported;

/// An action as its form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ActionForm {
    pub title: String,
    pub description: String,
    /// The action this is a sub-action of.
    pub parent: String,
    /// A virtual team member's id; or else an organisation with a named person.
    pub member: String,
    pub organisation: String,
    pub owner_name: String,
    pub owner_email: String,
    pub due: String,
    pub weight: String,
    pub version: i32,
}

impl ActionForm {
    pub fn of(a: &Action) -> Self {
        Self {
            title: a.title.clone(),
            description: a.description.clone(),
            parent: a.parent_id.map(|p| p.to_string()).unwrap_or_default(),
            member: a.owner_member.map(|m| m.to_string()).unwrap_or_default(),
            organisation: a.owner_org.to_string(),
            owner_name: a.owner_name.clone(),
            owner_email: a.owner_email.clone(),
            due: a.due_on.to_string(),
            weight: a.weight.to_string(),
            version: a.version,
        }
    }
}

/// Adds an action to an adopted priority, or changes action `id`.
pub async fn save_action(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    priority_id: Uuid,
    id: Option<Uuid>,
    form: &ActionForm,
) -> Result<Uuid> {
    let priority = app.store.priority(priority_id).await?.ok_or(AppError::NotFound)?;
    let ward = priority.ward_code.clone();
    may_manage(app, principal, &ward)?;
    if priority.state != PriorityState::Adopted {
        return Err(AppError::Conflict("Only an adopted priority has actions: adopt it at a forum first.".into()));
    }
    let old = match id {
        Some(id) => {
            Some(app.store.action(id).await?.filter(|a| a.priority_id == priority_id).ok_or(AppError::NotFound)?)
        }
        None => None,
    };
    let mut problems = Problems::default();
    let title = text_within(&mut problems, "title", &form.title, 200, Some("Enter what will be done"));
    let description = text_within(&mut problems, "description", &form.description, 5_000, None);
    let parent = match form.parent.trim() {
        "" => None,
        p => match Uuid::parse_str(p).ok() {
            Some(p) if Some(p) != id => match app.store.action(p).await? {
                Some(a) if a.priority_id == priority_id => Some(a.id),
                _ => {
                    problems.push(("parent", "Choose one of this priority's actions".to_owned()));
                    None
                }
            },
            _ => {
                problems.push(("parent", "Choose one of this priority's actions".to_owned()));
                None
            }
        },
    };
    let owner = owner_of(app, &ward, form, &mut problems).await?;
    let due = crate::cases::parse_date(&form.due)
        .ok_or_else(|| problems.report("due", "Enter the date it is due, like 2027-06-30"));
    let weight = match form.weight.trim() {
        "" => 1,
        w => match w.parse::<i32>() {
            Ok(w) if (1..=100).contains(&w) => w,
            _ => {
                problems
                    .push(("weight", "Enter a weight from 1 to 100 (how much it counts beside the others)".to_owned()));
                1
            }
        },
    };
    // Each part is whole, or its problem was reported (`Reported` is the proof).
    let (Ok((org, member, name, email)), Ok(due_on)) = (owner, due) else {
        return Err(problems.into_error());
    };
    problems.finish()?;
    let now = app.now();
    let action = match old {
        Some(old) => Action {
            parent_id: parent,
            title,
            description,
            owner_org: org,
            owner_member: member,
            owner_name: name,
            owner_email: email,
            due_on,
            weight,
            // A new due date is a new chance: remind again if it passes.
            reminded_at: if old.due_on == due_on { old.reminded_at } else { None },
            updated_at: now,
            version: next_version(form.version)?,
            ..old
        },
        None => Action {
            id: Uuid::now_v7(),
            priority_id,
            parent_id: parent,
            ward_code: ward.clone(),
            title,
            description,
            owner_org: org,
            owner_member: member,
            owner_name: name,
            owner_email: email,
            due_on,
            status: ActionStatus::NotStarted,
            dropped_reason: String::new(),
            progress: 0,
            weight,
            reminded_at: None,
            created_at: now,
            updated_at: now,
            version: 1,
        },
    };
    let created = id.is_none();
    let update = ActionUpdate {
        id: Uuid::now_v7(),
        action_id: action.id,
        priority_id,
        at: now,
        actor_id: actor.user_id,
        actor: actor.label.clone(),
        via: "staff".into(),
        kind: if created { "created".into() } else { "changed".into() },
        status: action.status,
        progress: action.progress,
        note: if created {
            format!("Action added, owned by {}, due {}", action.owner_name, due_on.format("%-d %B %Y"))
        } else {
            format!("Action changed: owned by {}, due {}", action.owner_name, due_on.format("%-d %B %Y"))
        },
        links: Vec::new(),
    };
    let what = if created { "action.created" } else { "action.changed" };
    let audit =
        actor.entry(now, what, "action", action.id, json!({ "priority": priority_id, "owner": org, "due": due_on }));
    app.store.save_action(&action, &update, &audit).await.map_err(conflict)?;
    app.ward_work.forget(&ward);
    Ok(action.id)
}

/// The owner a form names: a member of the ward's virtual team, or an organisation and a named person.
async fn owner_of(
    app: &App,
    ward: &WardCode,
    form: &ActionForm,
    problems: &mut Problems,
) -> Result<Result<(Uuid, Option<Uuid>, String, String), Reported>> {
    if let Ok(id) = Uuid::parse_str(form.member.trim()) {
        let team = crate::partners::team_of_ward(app, ward).await?;
        return Ok(match team.into_iter().find(|m| m.id == id) {
            Some(m) => Ok((m.organisation_id, Some(m.id), m.name, m.email)),
            None => Err(problems.report("member", "Choose someone in this ward's virtual team")),
        });
    }
    let organisations = app.store.organisations().await?;
    let org =
        Uuid::parse_str(form.organisation.trim()).ok().filter(|o| organisations.iter().any(|x| x.id == *o)).ok_or_else(
            || problems.report("member", "Choose who owns the action: someone in the virtual team, or an organisation"),
        );
    let name = form.owner_name.trim().to_owned();
    if org.is_ok() && name.is_empty() {
        problems.push(("owner_name", "Enter the name of the person at that organisation who owns it".to_owned()));
    }
    let email = match Email::parse(&form.owner_email) {
        Ok(e) => e.to_string(),
        Err(e) => {
            if org.is_ok() {
                problems.push(("owner_email", format!("{e}: reminders go to it")));
            }
            String::new()
        }
    };
    Ok(org.map(|o| (o, None, name, email)))
}

/// An owner's report on an action.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ReportForm {
    pub status: String,
    pub progress: String,
    pub note: String,
    /// Evidence: one link a line.
    pub links: String,
    /// Why it was dropped.
    pub reason: String,
    pub version: i32,
}

/// Who is reporting: staff who keep the ward, or a partner through their link.
pub enum Reporter<'a> {
    Staff(&'a Principal),
    Partner(&'a Access),
}

pub async fn report(app: &App, reporter: Reporter<'_>, actor: &Actor, id: Uuid, form: &ReportForm) -> Result<()> {
    let old = app.store.action(id).await?.ok_or(AppError::NotFound)?;
    let ward = old.ward_code.clone();
    let via = match reporter {
        Reporter::Staff(principal) => {
            may_manage(app, principal, &ward)?;
            "staff"
        }
        Reporter::Partner(access) => {
            if !access.may_update(&old) {
                return Err(AppError::Forbidden);
            }
            "partner link"
        }
    };
    let mut problems = Problems::default();
    let status =
        ActionStatus::parse(&form.status).ok_or_else(|| problems.report("status", "Choose how the action is going"));
    let progress = form.progress.trim().trim_end_matches('%').trim();
    let progress = if progress.is_empty() { Some(old.progress) } else { progress.parse::<i32>().ok() }
        .ok_or_else(|| problems.report("progress", "Enter progress as a whole number from 0 to 100"));
    let note = text_within(&mut problems, "note", &form.note, 5_000, None);
    let mut evidence = Vec::new();
    for line in form.links.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !(line.starts_with("https://") || line.starts_with("http://")) || line.len() > 500 || line.contains(' ') {
            problems.push(("links", format!("{line:?} is not a web link: put one link a line, starting https://")));
            break;
        }
        evidence.push(line.to_owned());
    }
    if evidence.len() > 20 {
        problems.push(("links", "Give 20 links or fewer".to_owned()));
    }
    let reason = text_within(&mut problems, "reason", &form.reason, 1_000, None);
    let checked = status.and_then(|s| progress.map(|p| (s, p))).and_then(|(s, p)| {
        forums::check_report(s, p, &reason).map(|p| (s, p)).map_err(|(field, message)| problems.report(field, message))
    });
    if note.is_empty() && evidence.is_empty() && checked.is_ok_and(|(s, p)| s == old.status && p == old.progress) {
        problems.push(("note", "Say what has happened since the last update".to_owned()));
    }
    // Whole, or its problem was reported (`Reported` is the proof).
    let Ok((status, progress)) = checked else { return Err(problems.into_error()) };
    problems.finish()?;
    let now = app.now();
    let action = Action {
        status,
        progress,
        dropped_reason: if status == ActionStatus::Dropped { reason.clone() } else { String::new() },
        updated_at: now,
        version: next_version(form.version)?,
        ..old.clone()
    };
    let mut text = note;
    if status == ActionStatus::Dropped {
        text = if text.is_empty() { format!("Dropped: {reason}") } else { format!("Dropped: {reason}\n\n{text}") };
    }
    let update = ActionUpdate {
        id: Uuid::now_v7(),
        action_id: id,
        priority_id: old.priority_id,
        at: now,
        actor_id: actor.user_id,
        actor: actor.label.clone(),
        via: via.into(),
        kind: "update".into(),
        status,
        progress,
        note: text,
        links: evidence,
    };
    let audit = actor.entry(
        now,
        "action.updated",
        "action",
        id,
        json!({ "via": via, "status": status.as_str(), "progress": progress, "from_status": old.status.as_str() }),
    );
    app.store.save_action(&action, &update, &audit).await.map_err(conflict)?;
    app.ward_work.forget(&ward);
    Ok(())
}
