//! Volunteering and mutual aid. This file owns volunteers: signing up online or being registered by a coordinator
//! from a phone call or a paper form, the volunteer's own page (by the link emailed to them) where they pause and
//! resume, their DBS record, the surge that sends new volunteers to a standby pool, and the coordinators'
//! dashboard. Residents' requests for help are `requests.rs`; the candidates for a request and assigning it are
//! `matching.rs`; a surge's backlog assigned at once is `surge.rs`; a task's life on the volunteer's side (accept,
//! decline, the address shown and audited, done or could not) is `tasks.rs`; organisations' opportunities are
//! `opportunities.rs`; the worker's reminders and escalations are `worker.rs`.

pub mod matching;
pub mod opportunities;
pub mod requests;
pub mod surge;
pub mod tasks;
pub mod worker;

use chrono::NaiveDate;
use kith_core::accounts::{Target, permission};
use kith_core::channel::Channel;
use kith_core::places::{Postcode, WardCode};
use kith_core::volunteering::dbs::{DbsLevel, DbsRecord, Workforce};
use kith_core::volunteering::matching::MAX_TRAVEL_M;
use kith_core::volunteering::{Availability, Language, Skill, Skills, VolunteerState};
use kith_store::outbox::OutgoingEmail;
use kith_store::volunteering::{DbsEntry, VolunteerChange};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::links;
use crate::places::{At, Place};
use crate::problems::{Problems, Reported, choice, text_within, ticked};
use crate::{Actor, App, AppError, Result};

pub use kith_store::volunteering::{HelpEvent, HelpRequest, Opportunity, Volunteer, WardCounts};

const LINK_KEY: &str = "volunteers";

/// The most tasks a volunteer may take in a week (they choose fewer).
pub const MAX_PER_WEEK: u32 = kith_core::volunteering::matching::MAX_TASKS_PER_WEEK;

/// Whether `principal` coordinates volunteering in `ward`.
pub fn may_coordinate(app: &App, principal: &Principal, ward: &WardCode) -> Result<()> {
    principal.require(app, permission::VOLUNTEERING_COORDINATE, Target::Wards(std::slice::from_ref(ward)))
}

/// The wards `principal` coordinates volunteering in: every ward of the city for a city-wide role. Refused to
/// someone who coordinates nowhere.
pub fn coordinated_wards(app: &App, principal: &Principal) -> Result<Vec<WardCode>> {
    principal.require_somewhere(permission::VOLUNTEERING_COORDINATE)?;
    let places = app.places();
    let wards: Vec<WardCode> =
        places.wards().iter().map(|w| w.code.clone()).filter(|w| may_coordinate(app, principal, w).is_ok()).collect();
    if wards.is_empty() { Err(AppError::Forbidden) } else { Ok(wards) }
}

/// A volunteer as the sign-up form sends them: text, and the boxes ticked.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct VolunteerForm {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub postcode: String,
    /// How far they will travel, in kilometres.
    pub travel_km: String,
    pub skills: Vec<String>,
    pub languages: Vec<String>,
    /// Slot keys such as `mon-morning`.
    pub availability: Vec<String>,
    /// `yes` when they have a car they will use.
    pub car: String,
    /// Tasks a week, at most.
    pub per_week: String,
    /// `yes` when they would like a DBS check, to take tasks that need one.
    pub wants_check: String,
}

/// A volunteer's details, read from the form and checked: where they live found in the city.
#[derive(Debug, Clone, PartialEq)]
pub struct VolunteerDetails {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub postcode: Postcode,
    pub home: kith_core::places::LatLng,
    pub ward: WardCode,
    pub travel_m: u32,
    pub skills: Skills,
    pub languages: Vec<Language>,
    pub availability: Availability,
    pub has_car: bool,
    pub max_per_week: u32,
    pub wants_check: bool,
}

/// Where a postcode is, for a form: in the city (its position and ward), or the problem with it said plainly.
pub fn in_the_city(
    app: &App,
    problems: &mut Problems,
    field: &'static str,
    value: &str,
) -> std::result::Result<(Postcode, kith_core::places::LatLng, WardCode), Reported> {
    if value.trim().is_empty() {
        return Err(problems.report(field, "Enter a postcode"));
    }
    let postcode = Postcode::parse(value).map_err(|_| problems.report(field, "Enter a real postcode, like B1 1BB"))?;
    let places = app.places();
    match places.place(At::Postcode(&postcode)) {
        Place::InCity { position, ward } => Ok((postcode.clone(), position, ward.code.clone())),
        Place::Outside { .. } => {
            let city = places.city_name().unwrap_or("the city").to_owned();
            Err(problems.report(field, format!("{postcode} is outside {city}: Kith's volunteers work in {city}")))
        }
        Place::Unknown => Err(problems.report(field, format!("We do not know the postcode {postcode}: check it"))),
    }
}

/// The skills ticked, each a known one.
pub fn skills_of(problems: &mut Problems, field: &'static str, keys: &[String]) -> Skills {
    let mut skills = Skills::EMPTY;
    for key in keys.iter().take(Skill::ALL.len() * 2) {
        match Skill::try_from(key.trim()) {
            Ok(s) => skills = skills.with(s),
            Err(_) => {
                problems.report(field, "Choose skills from the list");
                break;
            }
        }
    }
    skills
}

/// The slots ticked (`mon-morning`, …), or every slot when none is.
pub fn availability_of(problems: &mut Problems, field: &'static str, keys: &[String]) -> Availability {
    if keys.is_empty() {
        return Availability::ANY;
    }
    match Availability::parse_keys(keys.iter().take(64).map(|k| k.trim())) {
        Ok(a) if !a.is_empty() => a,
        _ => {
            problems.report(field, "Choose days and times from the list");
            Availability::ANY
        }
    }
}

fn languages_of(problems: &mut Problems, keys: &[String]) -> Vec<Language> {
    let mut languages = Vec::new();
    for key in keys.iter().take(kith_core::volunteering::LANGUAGES.len()) {
        match Language::parse(key) {
            Ok(l) if !languages.contains(&l) => languages.push(l),
            Ok(_) => {}
            Err(_) => {
                problems.report("languages", "Choose languages from the list");
                break;
            }
        }
    }
    languages
}

/// A whole number from `min` to `max`, or `default` when blank.
fn number_within(problems: &mut Problems, field: &'static str, value: &str, min: f64, max: f64, default: f64) -> f64 {
    match value.trim() {
        "" => default,
        text => match text.parse::<f64>() {
            Ok(n) if n.is_finite() && (min..=max).contains(&n) => n,
            _ => {
                problems.report(field, format!("Enter a number from {min} to {max}"));
                default
            }
        },
    }
}

/// Reads a volunteer's form: every problem at once.
pub fn read_volunteer(app: &App, form: &VolunteerForm) -> std::result::Result<VolunteerDetails, Problems> {
    let mut p = Problems::default();
    let name = text_within(&mut p, "name", &form.name, 120, Some("Enter your name"));
    let email = text_within(&mut p, "email", &form.email, 254, None).to_lowercase();
    let phone = text_within(&mut p, "phone", &form.phone, 40, None);
    if email.is_empty() && phone.is_empty() {
        p.report("email", "Enter an email address or a phone number, so a coordinator can reach you");
    } else if !email.is_empty() && kith_core::accounts::Email::parse(&email).is_err() {
        p.report("email", "Enter an email address in the right format, like name@example.com");
    }
    let place = in_the_city(app, &mut p, "postcode", &form.postcode);
    let travel_km = number_within(&mut p, "travel_km", &form.travel_km, 0.1, MAX_TRAVEL_M / 1000.0, 2.0);
    let skills = skills_of(&mut p, "skills", &form.skills);
    let languages = languages_of(&mut p, &form.languages);
    let availability = availability_of(&mut p, "availability", &form.availability);
    let per_week = number_within(&mut p, "per_week", &form.per_week, 1.0, f64::from(MAX_PER_WEEK), 3.0);
    let details = place.map(|(postcode, home, ward)| VolunteerDetails {
        name,
        email,
        phone,
        postcode,
        home,
        ward,
        travel_m: (travel_km * 1000.0).round() as u32,
        skills,
        languages,
        availability,
        has_car: ticked(&form.car),
        max_per_week: per_week.round() as u32,
        wants_check: ticked(&form.wants_check),
    });
    p.or_value(details)
}

/// Who is signing a volunteer up: the volunteer online, or a coordinator keying a phone call or a paper form.
#[derive(Debug, Clone, Copy)]
pub enum Registrar<'a> {
    Online,
    Staff { principal: &'a Principal, channel: Channel },
}

/// What signing up gave: the volunteer, the link to their own page, and where they stand (ready, or on standby
/// because their ward is in a surge, or waiting for a check they asked for).
#[derive(Debug, Clone)]
pub struct SignedUp {
    pub id: Uuid,
    pub link: String,
    pub state: VolunteerState,
}

/// Signs a volunteer up. Online or keyed by a coordinator (marked with how it came in and who keyed it), it is the
/// same volunteer. In a ward with a surge on, they join the standby pool and are told so; one who asked for a DBS
/// check waits for it.
pub async fn sign_up(app: &App, by: Registrar<'_>, actor: &Actor, form: &VolunteerForm) -> Result<SignedUp> {
    let d = read_volunteer(app, form).map_err(Problems::into_error)?;
    let (channel, keyed_by) = match by {
        Registrar::Online => (Channel::Online, None),
        Registrar::Staff { principal, channel } => {
            may_coordinate(app, principal, &d.ward)?;
            (channel, Some(principal.user.id))
        }
    };
    if !d.email.is_empty() && app.store.volunteer_by_email(&d.email).await?.is_some() {
        return Err(AppError::Invalid(vec![(
            "email",
            "A volunteer with this email address has already signed up: use the link we emailed them".into(),
        )]));
    }
    let surging = app.store.surges().await?.contains(&d.ward);
    let state = if surging {
        VolunteerState::Standby
    } else if d.wants_check {
        VolunteerState::AwaitingChecks
    } else {
        VolunteerState::Ready
    };
    let now = app.now();
    let volunteer = Volunteer {
        id: Uuid::now_v7(),
        name: d.name,
        email: d.email,
        phone: d.phone,
        postcode: d.postcode.to_string(),
        home: d.home,
        ward: d.ward,
        travel_m: d.travel_m,
        skills: d.skills,
        languages: d.languages,
        availability: d.availability,
        has_car: d.has_car,
        organisations: Vec::new(),
        state,
        max_per_week: d.max_per_week,
        channel,
        keyed_by,
        last_task_on: None,
        created_at: now,
        updated_at: now,
        version: 1,
    };
    let link = link(app, volunteer.id).await?;
    let emails = welcome(app, &volunteer, &link);
    let audit = actor.entry(
        now,
        "volunteer.signed_up",
        "volunteer",
        volunteer.id,
        json!({ "channel": channel.as_str(), "state": state.as_str(), "ward": volunteer.ward.as_str() }),
    );
    app.store.save_volunteer(&VolunteerChange { volunteer: &volunteer, audit: &audit, emails: &emails }).await?;
    // The pool is not forgotten: a new volunteer joins the lists when it is next read (within `POOL_FRESH` and half
    // as long again), so a surge of sign-ups does not make every coordinator's list read the whole pool again.
    Ok(SignedUp { id: volunteer.id, link, state })
}

fn welcome(app: &App, v: &Volunteer, link: &str) -> Vec<OutgoingEmail> {
    if v.email.is_empty() {
        return Vec::new();
    }
    let standing = match v.state {
        VolunteerState::Standby => {
            "Many people have offered to help in your area at once, so you are on our standby list for now. A \
             coordinator will call on you when more help is needed; you need do nothing until then."
        }
        VolunteerState::AwaitingChecks => {
            "You asked for a DBS check. A coordinator will be in touch to arrange it; until it is done you will not \
             be offered tasks."
        }
        _ => "You are ready to be offered tasks near you.",
    };
    vec![OutgoingEmail::new(
        &v.email,
        "Thank you for volunteering",
        &format!(
            "Dear {},\n\nThank you for offering to help your neighbours. {standing}\n\nYour own page, where you \
             see the tasks offered to you and can pause or resume, is:\n{}{link}\n\nKeep this link to yourself.",
            v.name, app.settings.public_url
        ),
        app.now(),
    )]
}

fn message(id: Uuid) -> String {
    format!("volunteer:{id}")
}

/// The link to a volunteer's own page (they have no account: the link is their key).
pub async fn link(app: &App, id: Uuid) -> Result<String> {
    let key = links::key(app, LINK_KEY).await?;
    Ok(format!("/volunteer/{id}/{}", links::sign(&key, &message(id))))
}

/// The volunteer a link is for, if the link is genuine.
pub async fn by_link(app: &App, id: Uuid, sig: &str) -> Result<Volunteer> {
    let key = links::key(app, LINK_KEY).await?;
    if !links::genuine(&key, &message(id), sig) {
        return Err(AppError::NotFound);
    }
    app.store.volunteer(id).await?.ok_or(AppError::NotFound)
}

/// A volunteer pauses (away, ill, busy) or resumes, from their own page. Only a ready volunteer pauses, and only a
/// paused one resumes (to ready): standby and checks are a coordinator's to clear.
pub async fn pause(app: &App, volunteer: &Volunteer, actor: &Actor, paused: bool, version: i32) -> Result<()> {
    let (from, to) = if paused {
        (VolunteerState::Ready, VolunteerState::Paused)
    } else {
        (VolunteerState::Paused, VolunteerState::Ready)
    };
    if volunteer.state != from {
        return Err(AppError::Conflict(format!("You are {}, so there is nothing to change.", volunteer.state.words())));
    }
    let now = app.now();
    let changed = Volunteer { state: to, updated_at: now, version: version + 1, ..volunteer.clone() };
    let audit = actor.entry(
        now,
        "volunteer.state",
        "volunteer",
        volunteer.id,
        json!({ "from": from.as_str(), "to": to.as_str() }),
    );
    app.store
        .save_volunteer(&VolunteerChange { volunteer: &changed, audit: &audit, emails: &[] })
        .await
        .map_err(crate::changed_meanwhile)?;
    app.volunteer_pool.forget_all();
    Ok(())
}

/// A volunteer as a coordinator sees them, with their check.
#[derive(Debug, Clone)]
pub struct VolunteerView {
    pub volunteer: Volunteer,
    pub dbs: Option<DbsEntry>,
    pub dbs_current: bool,
    pub dbs_expires_on: Option<NaiveDate>,
}

/// A volunteer, for a coordinator of their ward.
pub async fn volunteer(app: &App, principal: &Principal, id: Uuid) -> Result<VolunteerView> {
    let volunteer = app.store.volunteer(id).await?.ok_or(AppError::NotFound)?;
    may_coordinate(app, principal, &volunteer.ward)?;
    let dbs = app.store.dbs_of(id).await?;
    let today = app.today();
    Ok(VolunteerView {
        dbs_current: dbs.as_ref().is_some_and(|d| d.record.is_current(today)),
        dbs_expires_on: dbs.as_ref().map(|d| d.record.expires_on()),
        volunteer,
        dbs,
    })
}

/// The most volunteers one page lists.
pub const PAGE: i64 = 50;

/// The volunteers of the wards `principal` coordinates, a page at a time; and how many there are.
pub async fn volunteers(app: &App, principal: &Principal, page: i64) -> Result<(Vec<Volunteer>, i64)> {
    let wards = coordinated_wards(app, principal)?;
    let every = wards.len() == app.places().wards().len();
    let page = page.clamp(0, 10_000);
    Ok(app.store.volunteers(if every { &[] } else { &wards }, PAGE, page * PAGE).await?)
}

/// A DBS record as a coordinator's form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct DbsForm {
    pub level: String,
    pub workforce: String,
    /// The certificate's date, `YYYY-MM-DD`.
    pub certificate_on: String,
    /// `yes` when it is on the Update Service.
    pub update_service: String,
    /// When its status was last checked on the Update Service, `YYYY-MM-DD`.
    pub status_checked_on: String,
    /// `yes` when the volunteer consents to status checks.
    pub consent: String,
}

/// A date from the form (`YYYY-MM-DD`), or `None` when blank: from 2002 (when DBS checks began) up to today.
fn date(
    problems: &mut Problems,
    field: &'static str,
    value: &str,
    today: NaiveDate,
) -> std::result::Result<Option<NaiveDate>, Reported> {
    let first = NaiveDate::from_ymd_opt(2002, 1, 1).unwrap_or(NaiveDate::MIN);
    match value.trim() {
        "" => Ok(None),
        text => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) if (first..=today).contains(&d) => Ok(Some(d)),
            Ok(_) => Err(problems.report(field, "Enter a date from 2002 (when DBS checks began) up to today")),
            Err(_) => Err(problems.report(field, "Enter a real date, like 2026-03-31")),
        },
    }
}

/// Records a volunteer's DBS check (the coordinator saw the certificate). A volunteer waiting for checks becomes
/// ready once the check is current.
pub async fn record_dbs(app: &App, principal: &Principal, actor: &Actor, id: Uuid, form: &DbsForm) -> Result<()> {
    let volunteer = app.store.volunteer(id).await?.ok_or(AppError::NotFound)?;
    may_coordinate(app, principal, &volunteer.ward)?;
    let today = app.today();
    let mut p = Problems::default();
    let level = choice(&mut p, "level", &form.level, DbsLevel::Basic, "Choose the level of the check");
    let workforce = choice(&mut p, "workforce", &form.workforce, Workforce::Adults, "Choose the workforce");
    let certificate_on = match date(&mut p, "certificate_on", &form.certificate_on, today) {
        Ok(Some(d)) => Ok(d),
        Ok(None) => Err(p.report("certificate_on", "Enter the date on the certificate")),
        Err(r) => Err(r),
    };
    let update_service = ticked(&form.update_service);
    let status_checked_on = date(&mut p, "status_checked_on", &form.status_checked_on, today);
    if matches!(status_checked_on, Ok(Some(_))) && !update_service {
        p.report("status_checked_on", "Only a certificate on the Update Service has its status checked");
    }
    let consent = ticked(&form.consent);
    let record = (|| {
        Ok(DbsRecord {
            level: level?,
            workforce: workforce?,
            certificate_on: certificate_on?,
            update_service,
            status_checked_on: status_checked_on?,
            consent,
        })
    })();
    let record = p.or_value(record).map_err(Problems::into_error)?;
    let now = app.now();
    let entry = DbsEntry {
        volunteer_id: id,
        record,
        consent_at: consent.then_some(now),
        recorded_by: Some(principal.user.id),
        recorded_at: now,
        reminded_days: None,
    };
    let audit = actor.entry(
        now,
        "volunteer.dbs_recorded",
        "volunteer",
        id,
        json!({ "level": record.level.as_str(), "workforce": record.workforce.as_str(),
                "certificate_on": record.certificate_on, "update_service": update_service }),
    );
    app.store.save_dbs(&entry, &audit).await?;
    if volunteer.state == VolunteerState::AwaitingChecks && record.is_current(today) {
        let ready =
            actor.entry(now, "volunteer.state", "volunteer", id, json!({ "from": "awaiting_checks", "to": "ready" }));
        app.store.set_volunteer_states(&[(id, VolunteerState::Ready)], &[ready]).await?;
    }
    app.volunteer_pool.forget_all();
    Ok(())
}

/// Starts a surge in a ward: new volunteers there join the standby pool until a coordinator calls them.
pub async fn start_surge(app: &App, principal: &Principal, actor: &Actor, ward: &WardCode) -> Result<()> {
    may_coordinate(app, principal, ward)?;
    let now = app.now();
    let audit = actor.entry(now, "volunteering.surge_started", "ward", ward, json!({}));
    Ok(app.store.start_surge(ward, now, Some(principal.user.id), &audit).await?)
}

/// Ends a ward's surge.
pub async fn end_surge(app: &App, principal: &Principal, actor: &Actor, ward: &WardCode) -> Result<()> {
    may_coordinate(app, principal, ward)?;
    let now = app.now();
    let audit = actor.entry(now, "volunteering.surge_ended", "ward", ward, json!({}));
    Ok(app.store.end_surge(ward, now, &audit).await?)
}

/// The most standby volunteers called on at once.
pub const MAX_CALLED: i64 = 5_000;

/// Calls on a ward's standby pool: they become ready (each audited). How many were called.
pub async fn call_standby(app: &App, principal: &Principal, actor: &Actor, ward: &WardCode) -> Result<usize> {
    may_coordinate(app, principal, ward)?;
    let (volunteers, _) = app.store.volunteers(std::slice::from_ref(ward), MAX_CALLED, 0).await?;
    let now = app.now();
    let standby: Vec<&Volunteer> = volunteers.iter().filter(|v| v.state == VolunteerState::Standby).collect();
    let changes: Vec<(Uuid, VolunteerState)> = standby.iter().map(|v| (v.id, VolunteerState::Ready)).collect();
    let audits: Vec<_> = standby
        .iter()
        .map(|v| actor.entry(now, "volunteer.state", "volunteer", v.id, json!({ "from": "standby", "to": "ready" })))
        .collect();
    app.store.set_volunteer_states(&changes, &audits).await?;
    app.volunteer_pool.forget_all();
    Ok(changes.len())
}

/// The coordinators' dashboard: per ward they coordinate, volunteers ready, on standby, waiting for checks and
/// paused, and open requests with no volunteer by urgency; and which of the wards have a surge on.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub wards: Vec<(WardCounts, String, bool)>,
    pub totals: WardCounts,
}

pub async fn dashboard(app: &App, principal: &Principal) -> Result<Dashboard> {
    let wards = coordinated_wards(app, principal)?;
    let counts = app.store.ward_counts().await?;
    let surges = app.store.surges().await?;
    let places = app.places();
    let mut totals = WardCounts { ward: "All".into(), ..WardCounts::default() };
    let mut rows = Vec::new();
    for ward in &wards {
        let c = counts
            .iter()
            .find(|c| c.ward == ward.as_str())
            .cloned()
            .unwrap_or_else(|| WardCounts { ward: ward.to_string(), ..WardCounts::default() });
        totals.ready += c.ready;
        totals.standby += c.standby;
        totals.awaiting_checks += c.awaiting_checks;
        totals.paused += c.paused;
        for (t, n) in totals.unassigned.iter_mut().zip(c.unassigned) {
            *t += n;
        }
        let name = places.ward(ward).map(|w| w.name.clone()).unwrap_or_default();
        let surging = surges.contains(ward);
        if c.ready + c.standby + c.awaiting_checks + c.paused + c.unassigned.iter().sum::<i64>() > 0 || surging {
            rows.push((c, name, surging));
        }
    }
    Ok(Dashboard { wards: rows, totals })
}
