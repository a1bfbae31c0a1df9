//! Residents' requests for help: asked online by the resident (or someone for them), or recorded by a coordinator
//! from a phone call or a paper form, marked as such and treated exactly alike. What, where (the street and
//! postcode for choosing; the address itself is personal data), when, how urgent, the language needed, and the
//! safeguarding the task needs, from who it is for and whether the volunteer goes into the home (a coordinator may
//! ask for more, never less). A request outside the city is told so.

use chrono::NaiveDate;
use kith_core::channel::Channel;
use kith_core::volunteering::dbs::{DbsLevel, Need, Workforce};
use kith_core::volunteering::{Language, Move, TaskState, Urgency, Vulnerability, need_for};
use kith_store::volunteering::{HelpEvent, HelpRequest, RequestChange, RequestQuery};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::matching::event;
use super::{availability_of, coordinated_wards, in_the_city, may_coordinate, skills_of};
use crate::accounts::Principal;
use crate::problems::{Problems, choice, optional, text_within, ticked};
use crate::{Actor, App, AppError, Result};

/// A request for help as its form sends it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct HelpForm {
    /// What help is needed, in the resident's words.
    pub what: String,
    pub skills: Vec<String>,
    /// The house number and street (the first line of the address): personal.
    pub address: String,
    /// The street alone, as volunteers choosing may see it.
    pub street: String,
    pub postcode: String,
    pub name: String,
    pub phone: String,
    /// Slot keys (`mon-morning`, …) when it can be done; none ticked: any time.
    pub when: Vec<String>,
    /// `YYYY-MM-DD`, if there is a day it is needed by.
    pub needed_by: String,
    pub urgency: String,
    pub language: String,
    /// `adult`, `adult_at_risk` or `child`.
    pub person: String,
    /// `yes` when the volunteer goes into the home.
    pub in_home: String,
    /// `yes` when it needs a car.
    pub needs_car: String,
    /// A coordinator's call for a higher check than the rule gives (blank: the rule's).
    pub level: String,
    pub workforce: String,
}

/// A request read and checked.
#[derive(Debug, Clone)]
struct Asked {
    what: String,
    skills: kith_core::volunteering::Skills,
    address: String,
    street: String,
    postcode: String,
    at: kith_core::places::LatLng,
    ward: kith_core::places::WardCode,
    name: String,
    phone: String,
    when: kith_core::volunteering::Availability,
    needed_by: Option<NaiveDate>,
    urgency: Urgency,
    language: Option<Language>,
    need: Option<Need>,
    needs_car: bool,
}

/// The most days ahead a request may be needed by.
pub const MAX_DAYS_AHEAD: i64 = 366;

fn read(app: &App, form: &HelpForm, staff: bool) -> std::result::Result<Asked, Problems> {
    let mut p = Problems::default();
    let what = text_within(&mut p, "what", &form.what, 1_000, Some("Say what help is needed"));
    let skills = skills_of(&mut p, "skills", &form.skills);
    let address = text_within(&mut p, "address", &form.address, 200, Some("Enter the house number and street"));
    let mut street = text_within(&mut p, "street", &form.street, 120, None);
    if street.is_empty() && !address.is_empty() {
        // The street is the address without its house number, unless a coordinator gave it.
        street = street_of(&address);
        if street.is_empty() {
            p.report("address", "Enter the street as well as the house number");
        }
    }
    let place = in_the_city(app, &mut p, "postcode", &form.postcode);
    let name = text_within(&mut p, "name", &form.name, 120, Some("Enter the name of the person to help"));
    let phone = text_within(&mut p, "phone", &form.phone, 40, Some("Enter a phone number the volunteer can call"));
    let when = availability_of(&mut p, "when", &form.when);
    let today = app.today();
    let needed_by =
        optional(&mut p, "needed_by", &form.needed_by, |text| match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) if d >= today && (d - today).num_days() <= MAX_DAYS_AHEAD => Ok(d),
            Ok(_) => Err(format!("Enter a date from today to {MAX_DAYS_AHEAD} days ahead")),
            Err(_) => Err("Enter a real date, like 2026-03-31".to_owned()),
        });
    let urgency = choice(&mut p, "urgency", &form.urgency, Urgency::ThisWeek, "Choose how soon help is needed");
    let language = optional(&mut p, "language", &form.language, |text| {
        Language::parse(text).map_err(|_| "Choose a language from the list".to_owned())
    });
    let person = choice(&mut p, "person", &form.person, Vulnerability::Adult, "Choose who the help is for");
    let in_home = ticked(&form.in_home);
    let asked_for = if staff {
        match (form.level.trim(), form.workforce.trim()) {
            ("", _) => Ok(None),
            (level, workforce) => {
                let level = DbsLevel::try_from(level).map_err(|_| p.report("level", "Choose a level of check"));
                let workforce = match workforce {
                    "" => Ok(Workforce::Adults),
                    w => Workforce::try_from(w).map_err(|_| p.report("workforce", "Choose a workforce")),
                };
                level.and_then(|level| Ok(Some(Need { level, workforce: workforce? })))
            }
        }
    } else {
        Ok(None)
    };
    let need = person.and_then(|person| {
        let rule = need_for(person, in_home);
        let asked: Option<Need> = asked_for?;
        Ok(match (rule, asked) {
            (Some(rule), Some(asked)) if asked.level >= rule.level => Some(Need {
                level: asked.level,
                workforce: if rule.workforce == asked.workforce { rule.workforce } else { Workforce::Both },
            }),
            (Some(rule), _) => Some(rule),
            (None, asked) => asked,
        })
    });
    let asked = (|| {
        let (postcode, at, ward) = place?;
        Ok(Asked {
            what,
            skills,
            address,
            street,
            postcode: postcode.to_string(),
            at,
            ward,
            name,
            phone,
            when,
            needed_by: needed_by?,
            urgency: urgency?,
            language: language?,
            need: need?,
            needs_car: ticked(&form.needs_car),
        })
    })();
    p.or_value(asked)
}

/// The street of an address's first line, as volunteers choosing may see it: what follows its last comma (so a flat
/// or a house's name goes), without the house number or numbers before it ("Flat 3, 12a Stratford Road" and
/// "Rose Cottage, Stratford Road" are both "Stratford Road").
pub fn street_of(address: &str) -> String {
    let last = address.rsplit(',').next().unwrap_or(address);
    let words: Vec<&str> = last.split_whitespace().collect();
    let first_word = words.iter().position(|w| !w.starts_with(|c: char| c.is_ascii_digit())).unwrap_or(words.len());
    words[first_word..].join(" ")
}

/// The same resident across their requests: from their phone number's digits (or, without one, their name and
/// postcode), so a volunteer who already helps them can be kept on.
fn resident_id(phone: &str, name: &str, postcode: &str) -> Uuid {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let key = if digits.len() >= 6 {
        format!("phone:{digits}")
    } else {
        format!("name:{}:{}", name.trim().to_lowercase(), postcode.to_uppercase().replace(' ', ""))
    };
    Uuid::new_v5(&Uuid::NAMESPACE_OID, key.as_bytes())
}

/// Who is asking: the resident online, or a coordinator recording a phone call or a paper form.
#[derive(Debug, Clone, Copy)]
pub enum Asker<'a> {
    Online,
    Staff { principal: &'a Principal, channel: Channel },
}

/// A request made: its reference.
pub async fn ask(app: &App, by: Asker<'_>, actor: &Actor, form: &HelpForm) -> Result<String> {
    let staff = matches!(by, Asker::Staff { .. });
    let a = read(app, form, staff).map_err(Problems::into_error)?;
    let (channel, keyed_by) = match by {
        Asker::Online => (Channel::Online, None),
        Asker::Staff { principal, channel } => {
            may_coordinate(app, principal, &a.ward)?;
            (channel, Some(principal.user.id))
        }
    };
    let now = app.now();
    let request = HelpRequest {
        id: Uuid::now_v7(),
        reference: String::new(),
        resident_id: resident_id(&a.phone, &a.name, &a.postcode),
        what: a.what,
        skills: a.skills,
        street: a.street,
        postcode: a.postcode,
        at: a.at,
        ward: a.ward,
        address: a.address,
        resident_name: a.name,
        resident_phone: a.phone,
        wanted: a.when,
        needed_by: a.needed_by,
        urgency: a.urgency,
        language: a.language,
        need: a.need,
        needs_car: a.needs_car,
        state: TaskState::Open,
        volunteer_id: None,
        outcome: String::new(),
        channel,
        keyed_by,
        escalated_at: None,
        reminded_at: None,
        created_at: now,
        updated_at: now,
        version: 1,
    };
    let note = if channel == Channel::Online { String::new() } else { format!("Taken {}", channel.words()) };
    let event = event(app, actor, &request, "asked", None, &note);
    let audit = actor.entry(
        now,
        "help_request.asked",
        "help_request",
        "",
        json!({ "channel": channel.as_str(), "ward": request.ward.as_str(), "urgency": request.urgency.as_str() }),
    );
    Ok(app
        .store
        .create_request(&RequestChange { request: &request, event: &event, audit: &audit, emails: &[] })
        .await?)
}

/// The most requests one page of the queue lists.
pub const PAGE: i64 = 50;

/// The requests of the wards `principal` coordinates in `states` (none: every state), most urgent and oldest
/// first, a page at a time; and how many there are.
pub async fn queue(
    app: &App,
    principal: &Principal,
    states: &[TaskState],
    page: i64,
) -> Result<(Vec<HelpRequest>, i64)> {
    first_of_queue(app, principal, states, page, PAGE).await
}

/// A page of `size` requests (at most `PAGE`; the home shows a few) of the coordinator's queue.
pub async fn first_of_queue(
    app: &App,
    principal: &Principal,
    states: &[TaskState],
    page: i64,
    size: i64,
) -> Result<(Vec<HelpRequest>, i64)> {
    let wards = coordinated_wards(app, principal)?;
    let every = wards.len() == app.places().wards().len();
    let query = RequestQuery {
        wards: if every { Vec::new() } else { wards },
        states: states.to_vec(),
        volunteer: None,
        near: None,
        limit: size.clamp(1, PAGE),
        offset: page.clamp(0, 10_000) * size.clamp(1, PAGE),
    };
    Ok(app.store.requests(&query).await?)
}

/// A request as a coordinator sees it: with its timeline and its volunteer's name.
#[derive(Debug, Clone)]
pub struct RequestView {
    pub request: HelpRequest,
    pub events: Vec<HelpEvent>,
    pub volunteer: Option<String>,
}

/// A request, for a coordinator of its ward.
pub async fn request(app: &App, principal: &Principal, reference: &str) -> Result<RequestView> {
    let request = app.store.request_by_reference(reference).await?.ok_or(AppError::NotFound)?;
    may_coordinate(app, principal, &request.ward)?;
    let events = app.store.help_events_of(request.id).await?;
    let volunteer = match request.volunteer_id {
        Some(id) => app.store.volunteer(id).await?.map(|v| v.name),
        None => None,
    };
    Ok(RequestView { request, events, volunteer })
}

/// A coordinator cancels a request (the resident no longer needs help), with the reason.
pub async fn cancel(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    reference: &str,
    reason: &str,
    version: i32,
) -> Result<()> {
    let r = app.store.request_by_reference(reference).await?.ok_or(AppError::NotFound)?;
    may_coordinate(app, principal, &r.ward)?;
    let mut p = Problems::default();
    let reason = text_within(&mut p, "reason", reason, 500, Some("Say why it is cancelled"));
    p.finish()?;
    let state = r.state.after(Move::Cancel).map_err(|e| AppError::Conflict(e.to_string()))?;
    let now = app.now();
    let cancelled = HelpRequest { state, outcome: reason.clone(), updated_at: now, version: version + 1, ..r.clone() };
    let event = event(app, actor, &r, "cancel", r.volunteer_id, &reason);
    let audit = actor.entry(now, "help_request.cancelled", "help_request", &r.reference, json!({ "reason": reason }));
    app.store
        .save_request(&RequestChange { request: &cancelled, event: &event, audit: &audit, emails: &[] })
        .await
        .map_err(crate::changed_meanwhile)?;
    app.volunteer_pool.forget_all();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::street_of;

    #[test]
    fn the_street_shown_before_a_task_is_taken_has_no_house_number_flat_or_house_name() {
        assert_eq!(street_of("12 Stratford Road"), "Stratford Road");
        assert_eq!(street_of("12a Ashton Road"), "Ashton Road");
        assert_eq!(street_of("Flat 3, 12-14 Stratford Road"), "Stratford Road");
        assert_eq!(street_of("Rose Cottage, Church Lane"), "Church Lane");
        assert_eq!(street_of("12"), "");
    }
}
