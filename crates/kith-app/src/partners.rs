//! Virtual teams: the partner organisations and named contacts who carry out a ward's or a neighbourhood's
//! actions (police, fire service, housing providers, community groups). A coordinator invites a contact by
//! email; the contact follows a signed link to update the actions their organisation owns there, without an
//! account. A link expires, can be revoked at once (it names its row, which is checked every time), and every
//! update through it is audited in the contact's name.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Europe::London;
use kith_core::accounts::Email;
use kith_core::places::WardCode;
use kith_store::forums::{Action, ActionQuery};
pub use kith_store::forums::{Member, PartnerLink};
use kith_store::outbox::OutgoingEmail;
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
pub use crate::areas::{AREA_KINDS, area_name, area_wards};
use crate::problems::Problems;
use crate::{Actor, App, AppError, Result, links};

/// How long a partner's link works.
pub const LINK_DAYS: i64 = 90;

const LINK_KEY: &str = "partner-links";

fn require_area(app: &App, principal: &Principal, kind: &str, id: &str) -> Result<Vec<WardCode>> {
    let wards = area_wards(app, kind, id)?;
    crate::areas::may_manage(app, principal, &wards)?;
    Ok(wards)
}

/// An area's virtual team as its keeper sees it: the wards it covers, and each member with the links they have
/// been sent, oldest first.
#[derive(Debug, Clone)]
pub struct Team {
    pub wards: Vec<WardCode>,
    pub members: Vec<(Member, Vec<PartnerLink>)>,
}

pub async fn team(app: &App, principal: &Principal, kind: &str, id: &str) -> Result<Team> {
    let wards = require_area(app, principal, kind, id)?;
    // Every member's links in one read, not one read a member.
    let mut links: std::collections::HashMap<Uuid, Vec<_>> = std::collections::HashMap::new();
    for l in app.store.links_of_area(kind, id).await? {
        links.entry(l.member_id).or_default().push(l);
    }
    let members = app
        .store
        .members_of(kind, id)
        .await?
        .into_iter()
        .map(|m| {
            let theirs = links.remove(&m.id).unwrap_or_default();
            (m, theirs)
        })
        .collect();
    Ok(Team { wards, members })
}

/// Who can own a ward's actions, for the ward's keeper choosing an owner.
pub async fn owners_for(app: &App, principal: &Principal, ward: &WardCode) -> Result<Vec<Member>> {
    crate::areas::may_manage(app, principal, std::slice::from_ref(ward))?;
    team_of_ward(app, ward).await
}

/// Who can own a ward's actions: its own virtual team and the teams of the neighbourhoods it is in.
pub(crate) async fn team_of_ward(app: &App, ward: &WardCode) -> Result<Vec<Member>> {
    let mut team = app.store.members_of("ward", ward.as_str()).await?;
    for n in app.places().neighbourhoods_of(ward) {
        team.extend(app.store.members_of("neighbourhood", &n.id.to_string()).await?);
    }
    Ok(team)
}

/// A member as the form sends them: an organisation already known, or a new one with its kind.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct MemberForm {
    pub organisation: String,
    pub new_organisation: String,
    pub kind: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub role: String,
}

pub async fn add_member(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    area_kind: &str,
    area_id: &str,
    form: &MemberForm,
) -> Result<Uuid> {
    require_area(app, principal, area_kind, area_id)?;
    let mut problems = Problems::default();
    let organisations = app.store.organisations().await?;
    let known = Uuid::parse_str(form.organisation.trim()).ok().filter(|id| organisations.iter().any(|o| o.id == *id));
    let new_name = form.new_organisation.trim();
    if known.is_none() && new_name.is_empty() {
        problems.push(("organisation", "Choose the organisation, or enter a new one".to_owned()));
    }
    let kind = form.kind.trim();
    if known.is_none() && !new_name.is_empty() && !crate::accounts::ORGANISATION_KINDS.iter().any(|(k, _)| *k == kind) {
        problems.push(("kind", "Choose what kind of organisation it is".to_owned()));
    }
    let name = form.name.trim();
    if name.is_empty() {
        problems.push(("name", "Enter the name of the contact".to_owned()));
    }
    let email = match Email::parse(&form.email) {
        Ok(e) => Some(e),
        Err(e) => {
            problems.push(("email", e.to_string()));
            None
        }
    };
    if form.role.trim().chars().count() > 200 || form.phone.trim().chars().count() > 40 {
        problems.push(("role", "Keep the role to 200 characters and the phone number to 40".to_owned()));
    }
    if !problems.is_empty() {
        return Err(problems.into_error());
    }
    let organisation_id = match known {
        Some(id) => id,
        None => match organisations.iter().find(|o| o.name.eq_ignore_ascii_case(new_name)) {
            Some(o) => o.id,
            None => crate::accounts::create_organisation(app, actor, new_name, kind).await?,
        },
    };
    let now = app.now();
    let member = Member {
        id: Uuid::now_v7(),
        area_kind: area_kind.to_owned(),
        area_id: area_id.to_owned(),
        organisation_id,
        name: name.to_owned(),
        email: email.map(|e| e.to_string()).unwrap_or_default(),
        phone: form.phone.trim().to_owned(),
        role: form.role.trim().to_owned(),
        added_at: now,
        removed_at: None,
    };
    let audit = actor.entry(
        now,
        "virtual_team.member_added",
        "virtual_team_member",
        member.id,
        json!({ "area": area_kind, "area_id": area_id, "organisation": organisation_id }),
    );
    app.store.save_member(&member, &audit).await?;
    forget_wards(app, area_kind, area_id);
    Ok(member.id)
}

fn forget_wards(app: &App, kind: &str, id: &str) {
    for w in area_wards(app, kind, id).unwrap_or_default() {
        app.ward_work.forget(&w);
    }
    app.network.forget_all();
}

/// Takes someone off a virtual team; their links stop working at once.
pub async fn remove_member(app: &App, principal: &Principal, actor: &Actor, id: Uuid) -> Result<()> {
    let m = app.store.member(id).await?.filter(|m| m.removed_at.is_none()).ok_or(AppError::NotFound)?;
    require_area(app, principal, &m.area_kind, &m.area_id)?;
    let now = app.now();
    let audit = actor.entry(now, "virtual_team.member_removed", "virtual_team_member", id, json!({}));
    app.store.save_member(&Member { removed_at: Some(now), ..m.clone() }, &audit).await?;
    forget_wards(app, &m.area_kind, &m.area_id);
    Ok(())
}

fn message(id: Uuid, expires: i64) -> String {
    format!("partner:{id}:{expires}")
}

async fn path_of(app: &App, link: &PartnerLink) -> Result<String> {
    let key = links::key(app, LINK_KEY).await?;
    let expires = link.expires_at.timestamp();
    Ok(format!("/partner/{}/{expires}/{}", link.id, links::sign(&key, &message(link.id, expires))))
}

/// The path of a member's newest link that still works, for reminders.
pub(crate) async fn live_link(app: &App, member: Uuid) -> Result<Option<String>> {
    let now = app.now();
    let links = app.store.links_of_member(member).await?;
    match links.iter().rev().find(|l| l.revoked_at.is_none() && l.expires_at > now) {
        Some(l) => Ok(Some(path_of(app, l).await?)),
        None => Ok(None),
    }
}

fn date(t: DateTime<Utc>) -> String {
    t.with_timezone(&London).format("%-d %B %Y").to_string()
}

/// Invites a member by email with a new link; returns the link's path.
pub async fn invite(app: &App, principal: &Principal, actor: &Actor, member_id: Uuid) -> Result<String> {
    let m = app.store.member(member_id).await?.filter(|m| m.removed_at.is_none()).ok_or(AppError::NotFound)?;
    require_area(app, principal, &m.area_kind, &m.area_id)?;
    let now = app.now();
    let link = PartnerLink {
        id: Uuid::now_v7(),
        member_id,
        created_by: Some(principal.user.id),
        contact_name: principal.user.name.clone(),
        contact_email: principal.user.email.clone(),
        created_at: now,
        expires_at: now + Duration::days(LINK_DAYS),
        revoked_at: None,
        last_used_at: None,
    };
    let path = path_of(app, &link).await?;
    let area = area_name(app, &m.area_kind, &m.area_id);
    let body = format!(
        "Hello {},\n\n{} has added you to the virtual team for {area}: the partners who carry out the priorities agreed at its ward forums.\n\nThis link lets you see and update the actions your organisation owns there, without a password:\n{}{path}\n\nIt works until {}. Keep it to yourself: anyone with it can update your actions. If you lose it or it stops working, ask {} ({}) for a new one.\n",
        m.name,
        link.contact_name,
        app.settings.public_url,
        date(link.expires_at),
        link.contact_name,
        link.contact_email
    );
    let email = OutgoingEmail::new(&m.email, &format!("Your link to update actions for {area}"), &body, now);
    let audit = actor.entry(
        now,
        "partner_link.created",
        "partner_link",
        link.id,
        json!({ "member": member_id, "expires_at": link.expires_at }),
    );
    app.store.create_link(&link, &email, &audit).await?;
    Ok(path)
}

pub async fn revoke(app: &App, principal: &Principal, actor: &Actor, link_id: Uuid) -> Result<()> {
    let link = app.store.link(link_id).await?.ok_or(AppError::NotFound)?;
    let m = app.store.member(link.member_id).await?.ok_or(AppError::NotFound)?;
    require_area(app, principal, &m.area_kind, &m.area_id)?;
    let audit = actor.entry(app.now(), "partner_link.revoked", "partner_link", link_id, json!({ "member": m.id }));
    match app.store.revoke_link(link_id, app.now(), &audit).await {
        Err(kith_store::StoreError::NotFound) => Err(AppError::Conflict("That link was already withdrawn.".into())),
        other => Ok(other?),
    }
}

/// Why a partner's link does not open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Not a link Kith made: mistyped, cut short or tampered with.
    Invalid,
    Expired {
        on: String,
        contact: String,
        email: String,
    },
    Revoked {
        on: String,
        contact: String,
        email: String,
    },
    /// The person has left the virtual team.
    Removed {
        contact: String,
        email: String,
    },
}

/// What a working link gives: the member, their organisation, and the wards whose actions they may update.
#[derive(Debug, Clone)]
pub struct Access {
    pub link: PartnerLink,
    pub member: Member,
    pub organisation: String,
    pub area: String,
    pub wards: Vec<WardCode>,
}

impl Access {
    /// A partner may update the actions their organisation owns in their team's area.
    pub fn may_update(&self, a: &Action) -> bool {
        a.owner_org == self.member.organisation_id && self.wards.contains(&a.ward_code)
    }

    pub fn actor(&self, ip: Option<String>) -> Actor {
        Actor {
            user_id: None,
            label: format!("{} <{}>, {} (partner link)", self.member.name, self.member.email, self.organisation),
            ip,
        }
    }
}

/// Opens a partner's link: checks its signature, then that it is still live.
pub async fn open(app: &App, id: Uuid, expires: i64, sig: &str) -> Result<std::result::Result<Access, Refused>> {
    let key = links::key(app, LINK_KEY).await?;
    if !links::genuine(&key, &message(id, expires), sig) {
        return Ok(Err(Refused::Invalid));
    }
    let Some(link) = app.store.link(id).await?.filter(|l| l.expires_at.timestamp() == expires) else {
        return Ok(Err(Refused::Invalid));
    };
    let (contact, email) = (link.contact_name.clone(), link.contact_email.clone());
    if let Some(at) = link.revoked_at {
        return Ok(Err(Refused::Revoked { on: date(at), contact, email }));
    }
    if link.expires_at <= app.now() {
        return Ok(Err(Refused::Expired { on: date(link.expires_at), contact, email }));
    }
    let Some(member) = app.store.member(link.member_id).await?.filter(|m| m.removed_at.is_none()) else {
        return Ok(Err(Refused::Removed { contact, email }));
    };
    let organisation = app
        .store
        .organisations()
        .await?
        .into_iter()
        .find(|o| o.id == member.organisation_id)
        .map(|o| o.name)
        .unwrap_or_default();
    let wards = area_wards(app, &member.area_kind, &member.area_id)?;
    let area = area_name(app, &member.area_kind, &member.area_id);
    app.store.link_used(id, app.now()).await?;
    Ok(Ok(Access { link, member, organisation, area, wards }))
}

/// The actions a partner's link may update, soonest due first.
pub async fn actions_of(app: &App, access: &Access) -> Result<Vec<Action>> {
    let query = ActionQuery {
        wards: Some(access.wards.clone()),
        owner_org: Some(access.member.organisation_id),
        limit: 1_000,
        ..ActionQuery::default()
    };
    Ok(app.store.find_actions(&query).await?.0)
}
