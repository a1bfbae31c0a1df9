//! Priorities: residents propose them without an account (a spam-like proposal is held for a moderator) and
//! support others' through an emailed link, once each; a forum adopts or declines them; a keeper adds one a forum
//! adopted.

use super::*;

/// A resident's proposal, as the public form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ProposalForm {
    pub title: String,
    pub description: String,
    pub name: String,
    pub email: String,
    /// Hidden from people: a bot that fills it in is held.
    pub website: String,
    /// When the form was opened, signed (see `form_token`).
    pub opened: String,
}

/// A token the proposal form carries, saying when it was opened.
pub async fn form_token(app: &App) -> Result<String> {
    let key = links::key(app, FORM_KEY).await?;
    let at = app.now().timestamp();
    Ok(format!("{at}.{}", links::sign(&key, &format!("opened:{at}"))))
}

/// How long ago the form was opened, if the token is genuine.
async fn seconds_since_opened(app: &App, token: &str) -> Result<Option<i64>> {
    let key = links::key(app, FORM_KEY).await?;
    let Some((at, sig)) = token.split_once('.') else { return Ok(None) };
    let Ok(at) = at.parse::<i64>() else { return Ok(None) };
    Ok(links::genuine(&key, &format!("opened:{at}"), sig).then(|| app.now().timestamp() - at))
}

/// What became of a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proposed {
    Published(Uuid),
    /// Held for a moderator, who will look at it before anyone else sees it.
    Held(Uuid),
}

/// A resident proposes a priority for `ward`. Anything that looks like spam is held, not refused.
pub async fn propose(app: &App, ward: &WardCode, form: &ProposalForm, ip: Option<String>) -> Result<Proposed> {
    let mut problems = Problems::default();
    let title = text_within(&mut problems, "title", &form.title, 120, Some("Enter what should be a priority"));
    if !title.is_empty() && title.chars().count() < 5 {
        problems.push(("title", "Say a little more: at least 5 characters".to_owned()));
    }
    let description = text_within(&mut problems, "description", &form.description, 2_000, None);
    let name = text_within(&mut problems, "name", &form.name, 100, None);
    let email = match form.email.trim() {
        "" => String::new(),
        e => match Email::parse(e) {
            Ok(e) => e.to_string(),
            Err(e) => {
                problems.push(("email", e.to_string()));
                String::new()
            }
        },
    };
    if !problems.is_empty() {
        return Err(problems.into_error());
    }
    let waited = seconds_since_opened(app, &form.opened).await?;
    let mut signals = forums::spam_signals(&title, &description, waited, &form.website);
    if waited.is_none() {
        signals.push("the form was not opened from Kith");
    }
    let held = !signals.is_empty();
    let now = app.now();
    let priority = Priority {
        id: Uuid::now_v7(),
        ward_code: ward.clone(),
        title,
        description,
        state: if held { PriorityState::Held } else { PriorityState::Proposed },
        proposer_name: name,
        proposer_email: email,
        note: if held { format!("Held: {}", signals.join("; ")) } else { String::new() },
        supporters: 0,
        forum_id: None,
        decided_at: None,
        created_at: now,
        updated_at: now,
        version: 1,
    };
    let actor = Actor::anonymous(ip);
    let audit =
        actor.entry(now, "priority.proposed", "priority", priority.id, json!({ "held": held, "ward": ward.as_str() }));
    app.store.save_priority(&priority, Some(&audit), &[]).await?;
    app.ward_work.forget(ward);
    Ok(if held { Proposed::Held(priority.id) } else { Proposed::Published(priority.id) })
}

/// The keyed digest that stands for a supporter: one per address, and the address cannot be read back from it.
async fn supporter_of(app: &App, email: &Email) -> Result<String> {
    let key = links::key(app, SUPPORT_KEY).await?;
    Ok(links::sign(&key, &format!("supporter:{email}")))
}

fn support_message(priority: Uuid, supporter: &str, expires: i64) -> String {
    format!("support:{priority}:{supporter}:{expires}")
}

/// Emails a link that adds this person's support. A second support from the same address is refused.
pub async fn ask_to_support(app: &App, id: Uuid, email: &str, ip: Option<String>) -> Result<()> {
    let p = app.store.priority(id).await?.filter(|p| p.state.public()).ok_or(AppError::NotFound)?;
    if !p.state.open_for_support() {
        return Err(AppError::Conflict("This priority is no longer open for support.".into()));
    }
    let email = Email::parse(email).map_err(|e| AppError::invalid("email", e.to_string()))?;
    let supporter = supporter_of(app, &email).await?;
    if app.store.has_supported(id, &supporter).await? {
        return Err(AppError::Conflict(
            "You have already supported this priority. Thank you: each person's support counts once.".into(),
        ));
    }
    let now = app.now();
    let expires = (now + Duration::days(SUPPORT_LINK_DAYS)).timestamp();
    let key = links::key(app, SUPPORT_KEY).await?;
    let sig = links::sign(&key, &support_message(id, &supporter, expires));
    let link = format!("{}/priorities/{id}/support/{supporter}/{expires}/{sig}", app.settings.public_url);
    let ward = app.places().ward(&p.ward_code).map(|w| w.name.clone()).unwrap_or_default();
    let body = format!(
        "Hello,\n\nSomeone (we hope you) asked to support this priority for {ward}:\n\n  {}\n\nTo add your support, follow this link within {SUPPORT_LINK_DAYS} days and press the button on the page:\n{link}\n\nIf it was not you, ignore this email and nothing will happen. We do not keep your email address: only a code that stops the same address being counted twice.\n",
        p.title
    );
    let message = OutgoingEmail::new(email.as_str(), &format!("Confirm your support: {}", p.title), &body, now);
    let audit = Actor::anonymous(ip).entry(now, "priority.support_asked", "priority", id, json!({}));
    app.store.enqueue_email(&message, Some(&audit)).await?;
    Ok(())
}

/// A resident's support taken by staff by phone or on paper, counted at once like one confirmed online: the staff
/// member keeps the ward's forums, the resident is named, and they are known by their email address or phone number
/// (so the same person is still counted once, whichever way they came). Recorded as "taken by phone by … for …".
pub async fn support_for_resident(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    id: Uuid,
    resident: &str,
    reach: &str,
    channel: kith_core::channel::Channel,
) -> Result<bool> {
    let p = app.store.priority(id).await?.filter(|p| p.state.public()).ok_or(AppError::NotFound)?;
    may_manage(app, principal, &p.ward_code)?;
    if !p.state.open_for_support() {
        return Err(AppError::Conflict("This priority is no longer open for support.".into()));
    }
    let mut problems = Problems::default();
    let resident = text_within(&mut problems, "resident", resident, 200, Some("Enter the resident's name"));
    let reach = reach.trim();
    let who = if reach.is_empty() {
        problems.push(("reach", "Enter the resident's email address or phone number, so they are counted once".into()));
        None
    } else if reach.contains('@') {
        match Email::parse(reach) {
            Ok(e) => Some(e.to_string()),
            Err(e) => {
                problems.push(("reach", e.to_string()));
                None
            }
        }
    } else {
        let digits: String = reach.chars().filter(char::is_ascii_digit).collect();
        if !(10..=15).contains(&digits.len()) {
            problems.push(("reach", "Enter a phone number of 10 to 15 digits, or an email address".into()));
            None
        } else {
            Some(format!("tel:{digits}"))
        }
    };
    if channel == kith_core::channel::Channel::Online {
        problems.push(("channel", "Choose whether it was taken by phone or on paper".into()));
    }
    problems.finish()?;
    let who = who.ok_or(AppError::NotFound)?;
    let key = links::key(app, SUPPORT_KEY).await?;
    let supporter = links::sign(&key, &format!("supporter:{who}"));
    let now = app.now();
    let taken = format!("Taken {} by {} for {resident}", channel.words(), actor.label);
    let entry =
        actor.entry(now, "priority.support_taken", "priority", id, json!({ "channel": channel, "taken": taken }));
    let counted = app.store.add_support(id, &supporter, now, Some(&entry)).await?;
    app.ward_work.forget(&p.ward_code);
    Ok(counted)
}

/// What following a support link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SupportLink {
    /// Genuine and in time: the page asks the person to confirm.
    Ready(Priority),
    Counted(Priority),
    AlreadyCounted(Priority),
    /// The priority has been adopted or declined since.
    Closed(Priority),
    Expired,
    Invalid,
}

/// What a support link is, without counting anything: opening a link (as an email scanner or a link preview does)
/// changes nothing; the person confirms with a button (`confirm_support`).
pub async fn check_support(app: &App, id: Uuid, supporter: &str, expires: i64, sig: &str) -> Result<SupportLink> {
    Ok(match open_support_link(app, id, supporter, expires, sig).await? {
        Ok(p) if app.store.has_supported(id, supporter).await? => SupportLink::AlreadyCounted(p),
        Ok(p) => SupportLink::Ready(p),
        Err(refused) => refused,
    })
}

/// Counts the support a genuine link confirms, once per person.
pub async fn confirm_support(app: &App, id: Uuid, supporter: &str, expires: i64, sig: &str) -> Result<SupportLink> {
    let p = match open_support_link(app, id, supporter, expires, sig).await? {
        Ok(p) => p,
        Err(refused) => return Ok(refused),
    };
    let counted = app.store.add_support(id, supporter, app.now(), None).await?;
    app.ward_work.forget(&p.ward_code);
    let p = app.store.priority(id).await?.ok_or(AppError::NotFound)?;
    Ok(if counted { SupportLink::Counted(p) } else { SupportLink::AlreadyCounted(p) })
}

/// The priority a support link is for, if the link is genuine, in time and the priority still open for support;
/// otherwise what to tell the person.
async fn open_support_link(
    app: &App,
    id: Uuid,
    supporter: &str,
    expires: i64,
    sig: &str,
) -> Result<std::result::Result<Priority, SupportLink>> {
    let key = links::key(app, SUPPORT_KEY).await?;
    if !links::genuine(&key, &support_message(id, supporter, expires), sig) {
        return Ok(Err(SupportLink::Invalid));
    }
    let Some(p) = app.store.priority(id).await?.filter(|p| p.state.public()) else {
        return Ok(Err(SupportLink::Invalid));
    };
    if app.now().timestamp() > expires {
        return Ok(Err(SupportLink::Expired));
    }
    if !p.state.open_for_support() {
        return Ok(Err(SupportLink::Closed(p)));
    }
    Ok(Ok(p))
}

/// A moderator's or a forum's decision on a priority.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct DecisionForm {
    pub decision: String,
    /// The forum that decided it (adopting and declining).
    pub forum: String,
    pub note: String,
    pub version: i32,
}

pub async fn decide(app: &App, principal: &Principal, actor: &Actor, id: Uuid, form: &DecisionForm) -> Result<()> {
    let old = app.store.priority(id).await?.ok_or(AppError::NotFound)?;
    let ward = old.ward_code.clone();
    may_manage(app, principal, &ward)?;
    let decision =
        PriorityDecision::parse(&form.decision).ok_or_else(|| AppError::invalid("decision", "Choose what to do"))?;
    let state = decision.apply(old.state).map_err(|m| AppError::Conflict(m.to_owned()))?;
    let mut problems = Problems::default();
    let note = text_within(&mut problems, "note", &form.note, 2_000, None);
    if matches!(decision, PriorityDecision::Decline | PriorityDecision::Remove) && note.is_empty() {
        problems.push(("note", "Say why, so the resident who proposed it can be told".to_owned()));
    }
    let forum = match (decision, form.forum.trim()) {
        (PriorityDecision::Adopt | PriorityDecision::Decline, "") => {
            problems.push(("forum", "Choose the forum that decided".to_owned()));
            None
        }
        (PriorityDecision::Adopt | PriorityDecision::Decline, f) => {
            match Uuid::parse_str(f).ok().map(|f| app.store.forum(f)) {
                Some(fut) => match fut.await?.filter(|f| f.ward_code == old.ward_code) {
                    Some(f) => Some(f.id),
                    None => {
                        problems.push(("forum", "Choose one of this ward's forums".to_owned()));
                        None
                    }
                },
                None => {
                    problems.push(("forum", "Choose one of this ward's forums".to_owned()));
                    None
                }
            }
        }
        _ => old.forum_id,
    };
    if !problems.is_empty() {
        return Err(problems.into_error());
    }
    let now = app.now();
    let decided = matches!(decision, PriorityDecision::Adopt | PriorityDecision::Decline);
    let priority = Priority {
        state,
        note: if note.is_empty() { old.note.clone() } else { note },
        forum_id: forum,
        decided_at: if decided { Some(now) } else { old.decided_at },
        updated_at: now,
        version: next_version(form.version)?,
        ..old
    };
    let audit = actor.entry(
        now,
        &format!("priority.{}", form.decision),
        "priority",
        id,
        json!({ "from": old.state.as_str(), "to": state.as_str(), "forum": forum }),
    );
    let told = decision_email(app, &priority, decision, now);
    app.store.save_priority(&priority, Some(&audit), told.as_slice()).await.map_err(conflict)?;
    app.ward_work.forget(&ward);
    Ok(())
}

/// The email that tells the resident who proposed a priority what was decided, if they left an address.
fn decision_email(app: &App, p: &Priority, decision: PriorityDecision, now: DateTime<Utc>) -> Option<OutgoingEmail> {
    let to = p.proposer_email.trim();
    if to.is_empty() {
        return None;
    }
    let ward = app.places().ward(&p.ward_code).map(|w| w.name.clone());
    let ward = ward.unwrap_or_default();
    let page = format!("{}/wards/{}/priorities/{}", app.settings.public_url, p.ward_code, p.id);
    let reason = if p.note.is_empty() { String::new() } else { format!("\n\nThe reason given:\n\n  {}", p.note) };
    let (subject, what) = match decision {
        PriorityDecision::Adopt => (
            "adopted",
            format!(
                "The {ward} ward forum has adopted it as a priority. You can follow the actions agreed for it, and how far they have got, here:\n{page}"
            ),
        ),
        PriorityDecision::Decline => {
            ("not adopted", format!("The {ward} ward forum decided not to adopt it.{reason}\n\nIts page:\n{page}"))
        }
        PriorityDecision::Remove => {
            ("removed", format!("It has been removed from the {ward} ward's priorities.{reason}"))
        }
        PriorityDecision::Publish => return None,
    };
    let name =
        if p.proposer_name.trim().is_empty() { "Hello".to_owned() } else { format!("Dear {}", p.proposer_name.trim()) };
    let body = format!("{name},\n\nYou proposed this priority for {ward}:\n\n  {}\n\n{what}\n", p.title);
    Some(OutgoingEmail::new(to, &format!("Your proposal {subject}: {}", p.title), &body, now))
}

/// A priority a forum agreed from the floor, recorded by staff as adopted.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct PriorityForm {
    pub title: String,
    pub description: String,
    pub forum: String,
}

pub async fn add_adopted(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    ward: &WardCode,
    form: &PriorityForm,
) -> Result<Uuid> {
    may_manage(app, principal, ward)?;
    let mut problems = Problems::default();
    let title = text_within(&mut problems, "title", &form.title, 120, Some("Enter the priority"));
    let description = text_within(&mut problems, "description", &form.description, 2_000, None);
    let forum = match Uuid::parse_str(form.forum.trim()).ok() {
        Some(f) => app.store.forum(f).await?.filter(|f| f.ward_code == ward.as_str()),
        None => None,
    };
    if forum.is_none() {
        problems.push(("forum", "Choose the forum that adopted it".to_owned()));
    }
    if !problems.is_empty() {
        return Err(problems.into_error());
    }
    let now = app.now();
    let priority = Priority {
        id: Uuid::now_v7(),
        ward_code: ward.clone(),
        title,
        description,
        state: PriorityState::Adopted,
        proposer_name: String::new(),
        proposer_email: String::new(),
        note: String::new(),
        supporters: 0,
        forum_id: forum.map(|f| f.id),
        decided_at: Some(now),
        created_at: now,
        updated_at: now,
        version: 1,
    };
    let audit = actor.entry(now, "priority.adopt", "priority", priority.id, json!({ "forum": priority.forum_id }));
    app.store.save_priority(&priority, Some(&audit), &[]).await?;
    app.ward_work.forget(ward);
    Ok(priority.id)
}

/// The priorities waiting for a moderator in the wards this person keeps.
pub async fn held(app: &App, principal: &Principal) -> Result<Vec<Priority>> {
    may_manage_somewhere(principal)?;
    let all = app.store.held_priorities(None).await?;
    Ok(all
        .into_iter()
        .filter(|p| principal.may(app, permission::FORUMS_MANAGE, Target::Wards(std::slice::from_ref(&p.ward_code))))
        .collect())
}
