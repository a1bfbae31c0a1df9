//! Who keeps the directory: a community organisation's members propose changes to their own organisation and
//! services, which wait for the network lead of the area; network leads and administrators approve them, send
//! them back with a reason, or edit directly. Owners confirm a record is still accurate in one step. The public
//! sees only approved records, and every published change keeps its field-level history.

use kith_core::accounts::{Email, Scope, Target, permission};
use kith_core::directory::{
    ACCESSIBILITY, CostOption, LanguageCode, Location, MAX_WRITTEN_IN, Organisation, Recurrence, Schedule, Service,
    ServiceStatus, WEEKDAYS, WrittenIn, weekday_key,
};
use kith_core::places::{Postcode, PostcodeError, WardCode};
use kith_store::directory::{Draft, DraftQuery, RecordKind};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::accounts::Principal;
use crate::directory::{Record, write_records};
use crate::places::{At, Place};
use crate::problems::Problems;
use crate::{Actor, App, AppError, Result};

/// The most types of help one service may be listed under.
const MAX_NEEDS: usize = 20;

/// A service as its form sends it: text, checked by `check_service`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ServiceForm {
    pub name: String,
    pub description: String,
    pub eligibility: String,
    pub status: String,
    /// An existing location's id, "new" for the venue fields below, or "" for no fixed place.
    pub location: String,
    pub venue_name: String,
    pub venue_address: String,
    pub venue_postcode: String,
    pub access: Vec<String>,
    pub need: Vec<String>,
    pub days: Vec<String>,
    pub opens: String,
    pub closes: String,
    pub every_weeks: String,
    pub not_on_bank_holidays: String,
    pub schedule_note: String,
    pub cost: String,
    pub cost_description: String,
    pub languages: String,
    pub minimum_age: String,
    pub maximum_age: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    /// Its name and description in one other language: added, changed, or (both left empty) taken away.
    pub written_language: String,
    pub written_name: String,
    pub written_description: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct OrganisationForm {
    pub name: String,
    pub description: String,
    pub email: String,
    pub phone: String,
    pub website: String,
}

/// What saving did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Published,
    /// Waiting for review, as this draft.
    SentForReview(Uuid),
}

fn some(text: &str) -> Option<String> {
    Some(text.trim().to_owned()).filter(|t| !t.is_empty())
}

fn time(text: &str) -> Option<chrono::NaiveTime> {
    let t = text.trim().replace('.', ":");
    chrono::NaiveTime::parse_from_str(&t, "%H:%M")
        .ok()
        .or_else(|| t.parse::<u32>().ok().filter(|h| *h < 24).and_then(|h| chrono::NaiveTime::from_hms_opt(h, 0, 0)))
}

/// The form of an existing service, to edit.
pub fn form_of(app: &App, s: &Service) -> ServiceForm {
    let index = app.directory.read();
    let location = s.locations.first().and_then(|l| index.location(*l));
    let schedule = s.schedules.first();
    let (days, every) = match schedule.map(|sc| &sc.recurrence) {
        Some(Recurrence::Weekly { days, interval }) => {
            (days.iter().map(|d| weekday_key(*d).to_owned()).collect(), interval.to_string())
        }
        Some(Recurrence::Monthly { day, .. }) => (vec![weekday_key(*day).to_owned()], "1".into()),
        _ => (vec![], "1".into()),
    };
    ServiceForm {
        name: s.name.clone(),
        description: s.description.clone(),
        eligibility: s.eligibility.clone(),
        status: if s.status == ServiceStatus::TemporarilyClosed {
            "temporarily closed".into()
        } else {
            "active".into()
        },
        location: location.as_ref().map(|l| l.id.to_string()).unwrap_or_default(),
        venue_name: String::new(),
        venue_address: String::new(),
        venue_postcode: String::new(),
        access: location.as_ref().map(|l| l.accessibility.clone()).unwrap_or_default(),
        need: s.terms.iter().map(Uuid::to_string).collect(),
        days,
        opens: schedule.map(|sc| sc.opens.format("%H:%M").to_string()).unwrap_or_default(),
        closes: schedule.map(|sc| sc.closes.format("%H:%M").to_string()).unwrap_or_default(),
        every_weeks: every,
        not_on_bank_holidays: if schedule.is_some_and(|sc| sc.not_on_bank_holidays) {
            "yes".into()
        } else {
            String::new()
        },
        schedule_note: schedule.map(|sc| sc.note.clone()).unwrap_or_default(),
        cost: s.costs.first().filter(|c| c.amount > 0.0).map(|c| format!("{:.2}", c.amount)).unwrap_or_default(),
        cost_description: s.costs.first().map(|c| c.amount_description.clone()).unwrap_or_default(),
        languages: s.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", "),
        minimum_age: s.minimum_age.map(|a| a.to_string()).unwrap_or_default(),
        maximum_age: s.maximum_age.map(|a| a.to_string()).unwrap_or_default(),
        phone: s.phone.clone().unwrap_or_default(),
        email: s.email.clone().unwrap_or_default(),
        website: s.url.clone().unwrap_or_default(),
        ..ServiceForm::default()
    }
}

/// Checks a service form; on success, the service and the new location it brings (if any). Each part is read by a
/// small parser below, and every problem is reported at once, in the form's order.
pub fn check_service(
    app: &App,
    organisation: Uuid,
    existing: Option<&Service>,
    form: &ServiceForm,
) -> std::result::Result<(Service, Option<Location>), Problems> {
    let mut problems = Problems::default();
    if form.name.trim().is_empty() {
        problems.push(("name", "Enter the name of the service".into()));
    }
    if form.description.trim().is_empty() {
        problems.push(("description", "Describe the service in a sentence or two".into()));
    }
    let (locations, mut new_location) = venue(app, form, &mut problems);
    accessibility(form, &mut problems);
    let terms = needs(app, form, &mut problems);
    let schedules = schedules(form, existing, &mut problems);
    let cost = cost(form, &mut problems);
    let languages = languages(form, &mut problems);
    let (minimum_age, maximum_age) = ages(form, &mut problems);
    let (email, website) = contact(form, &mut problems);
    let written_in = written_in(form, existing, &mut problems);
    let status = match form.status.trim() {
        "" | "active" => ServiceStatus::Active,
        "temporarily closed" => ServiceStatus::TemporarilyClosed,
        _ => {
            problems.push(("status", "Choose whether it is running".into()));
            ServiceStatus::Active
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut service = Service {
        id: existing.map_or_else(Uuid::new_v4, |e| e.id),
        organisation_id: organisation,
        name: form.name.trim().to_owned(),
        description: form.description.trim().to_owned(),
        status,
        url: website,
        email,
        phone: some(&form.phone),
        locations,
        areas: existing.map(|e| e.areas.clone()).unwrap_or_default(),
        terms,
        schedules,
        costs: cost.into_iter().collect(),
        languages,
        minimum_age,
        maximum_age,
        eligibility: form.eligibility.trim().to_owned(),
        contacts: existing.map(|e| e.contacts.clone()).unwrap_or_default(),
        funding: existing.map(|e| e.funding.clone()).unwrap_or_default(),
        assured_date: existing.and_then(|e| e.assured_date),
        // Saving the form is checking the record.
        checked_at: app.now(),
        written_in,
    };
    if let Some(l) = new_location.as_mut() {
        l.accessibility = form.access.clone();
    }
    service.locations.dedup();
    Ok((service, new_location))
}

/// Where a service is: a place from the directory's list, a new place (which must be in the city), or none.
fn venue(app: &App, form: &ServiceForm, problems: &mut Problems) -> (Vec<Uuid>, Option<Location>) {
    let places = app.places();
    let city = places.city_name().unwrap_or("the city").to_owned();
    let mut new_location = None;
    let mut locations = Vec::new();
    match form.location.trim() {
        "" => {}
        "new" => {
            if form.venue_name.trim().is_empty() {
                problems.push(("venue_name", "Enter the name of the place, like Sparkhill Community Centre".into()));
            }
            match Postcode::parse(&form.venue_postcode) {
                Err(PostcodeError::Empty) => {
                    problems.push(("venue_postcode", "Enter the postcode of the place".into()))
                }
                Err(PostcodeError::Malformed) => {
                    problems.push(("venue_postcode", "Enter a postcode like B15 2TT".into()))
                }
                Ok(p) => match places.place(At::Postcode(&p)) {
                    Place::InCity { position, ward } => {
                        let l = Location {
                            id: Uuid::new_v4(),
                            name: form.venue_name.trim().to_owned(),
                            description: String::new(),
                            address: form.venue_address.trim().to_owned(),
                            city: city.clone(),
                            postcode: Some(p),
                            position: Some(position),
                            ward: Some(ward.code.clone()),
                            accessibility: vec![],
                        };
                        locations.push(l.id);
                        new_location = Some(l);
                    }
                    Place::Outside { .. } => problems.push((
                        "venue_postcode",
                        format!("{p} is outside {city}: the directory lists places in {city}"),
                    )),
                    Place::Unknown => {
                        problems.push(("venue_postcode", format!("We do not know the postcode {p}: check it")))
                    }
                },
            }
        }
        id => match Uuid::parse_str(id).ok().filter(|id| app.directory.read().location(*id).is_some()) {
            Some(id) => locations.push(id),
            None => problems.push(("location", "Choose a place from the list".into())),
        },
    }
    (locations, new_location)
}

/// The accessibility features of a new place, from the list.
fn accessibility(form: &ServiceForm, problems: &mut Problems) {
    // Each list a form sends is checked for its length before its items: a hand-made form could repeat one a
    // hundred thousand times.
    if form.access.len() > ACCESSIBILITY.len()
        || form.access.iter().enumerate().any(|(i, a)| form.access[..i].contains(a))
        || form.access.iter().any(|a| !ACCESSIBILITY.contains(&a.as_str()))
    {
        problems.push(("access", "Choose accessibility features from the list".into()));
    }
}

/// The types of help a service gives: terms of the directory's taxonomy, each once, at most `MAX_NEEDS`.
fn needs(app: &App, form: &ServiceForm, problems: &mut Problems) -> Vec<Uuid> {
    let mut terms = Vec::new();
    if form.need.len() > MAX_NEEDS {
        problems.push(("need", format!("Choose at most {MAX_NEEDS} types of help")));
    } else {
        for n in &form.need {
            match Uuid::parse_str(n).ok().filter(|id| app.directory.read().term(*id).is_some()) {
                Some(id) if !terms.contains(&id) => terms.push(id),
                Some(_) => {}
                None => {
                    problems.push(("need", "Choose types of help from the list".into()));
                    break;
                }
            }
        }
    }
    terms
}

/// The service's schedules: the form's weekly times first, then any others the record already had.
fn schedules(form: &ServiceForm, existing: Option<&Service>, problems: &mut Problems) -> Vec<Schedule> {
    let mut days: Vec<chrono::Weekday> = Vec::new();
    if form.days.len() > WEEKDAYS.len() {
        problems.push(("days", "Choose each day once".into()));
    } else {
        for (day, _, _) in form.days.iter().filter_map(|d| WEEKDAYS.iter().find(|(_, key, _)| key == d)) {
            if !days.contains(day) {
                days.push(*day);
            }
        }
    }
    let mut schedules = existing.map(|s| s.schedules.iter().skip(1).cloned().collect::<Vec<_>>()).unwrap_or_default();
    let has_times = !form.opens.trim().is_empty() || !form.closes.trim().is_empty();
    if !days.is_empty() || has_times {
        let opens = time(&form.opens);
        let closes = time(&form.closes);
        if opens.is_none() {
            problems.push(("opens", "Enter the time it starts, like 10:00".into()));
        }
        if closes.is_none() {
            problems.push(("closes", "Enter the time it ends, like 12:00".into()));
        }
        if days.is_empty() {
            problems.push(("days", "Choose the days it runs".into()));
        }
        let interval = match form.every_weeks.trim() {
            "" | "1" => 1,
            "2" => 2,
            _ => {
                problems.push(("every_weeks", "Choose every week or every other week".into()));
                1
            }
        };
        if let (Some(opens), Some(closes)) = (opens, closes) {
            let s = Schedule {
                id: existing.and_then(|e| e.schedules.first()).map_or_else(Uuid::new_v4, |s| s.id),
                recurrence: Recurrence::Weekly { days: days.clone(), interval },
                opens,
                closes,
                valid_from: None,
                valid_to: None,
                not_on_bank_holidays: crate::problems::ticked(&form.not_on_bank_holidays),
                note: form.schedule_note.trim().to_owned(),
            };
            match s.validate() {
                Ok(()) => schedules.insert(0, s),
                Err(kith_core::directory::ScheduleError::EndsBeforeStart) => {
                    problems.push(("closes", "The time it ends must be after the time it starts".into()))
                }
                Err(kith_core::directory::ScheduleError::NoDays) => {}
                Err(e) => problems.push(("days", e.to_string())),
            }
        }
    }
    schedules
}

/// What it costs, in pounds; free when left empty.
fn cost(form: &ServiceForm, problems: &mut Problems) -> Option<CostOption> {
    match form.cost.trim().trim_start_matches('£') {
        "" | "0" | "0.00" => None,
        text => match text.parse::<f64>() {
            Ok(amount) if amount.is_finite() && amount > 0.0 && amount < 10_000.0 => Some(CostOption {
                option: "Cost".into(),
                amount,
                amount_description: form.cost_description.trim().to_owned(),
            }),
            _ => {
                problems.push(("cost", "Enter the cost in pounds, like 3.50, or leave it empty if it is free".into()));
                None
            }
        },
    }
}

/// The languages it is offered in, as ISO 639 codes, each once.
fn languages(form: &ServiceForm, problems: &mut Problems) -> Vec<LanguageCode> {
    let mut languages = Vec::new();
    for code in form.languages.split([',', ';', ' ']).map(str::trim).filter(|c| !c.is_empty()) {
        match LanguageCode::parse(code) {
            Ok(l) if !languages.contains(&l) => languages.push(l),
            Ok(_) => {}
            Err(e) => problems.push(("languages", e.to_string())),
        }
    }
    languages
}

/// Its name and description in other languages: what it had, with the form's one language added, changed or taken
/// away.
fn written_in(form: &ServiceForm, existing: Option<&Service>, problems: &mut Problems) -> Vec<WrittenIn> {
    let mut written: Vec<WrittenIn> = existing.map(|e| e.written_in.clone()).unwrap_or_default();
    let tag = form.written_language.trim();
    if tag.is_empty() {
        if !form.written_name.trim().is_empty() || !form.written_description.trim().is_empty() {
            problems.push(("written_language", "Choose the language the name and description are written in".into()));
        }
        return written;
    }
    let language = match kith_core::translations::language_with_script(tag) {
        Ok(l) if l == "en" => {
            problems.push(("written_language", "The name and description above are the English".into()));
            return written;
        }
        Ok(l) => l,
        Err(e) => {
            problems.push(("written_language", e));
            return written;
        }
    };
    let (name, description) = (form.written_name.trim(), form.written_description.trim());
    written.retain(|w| w.language != language);
    if name.is_empty() && description.is_empty() {
        return written;
    }
    if name.is_empty() {
        problems.push(("written_name", "Enter the name in that language".into()));
    } else if name.chars().count() > 200 {
        problems.push(("written_name", "The name must be 200 characters or fewer".into()));
    }
    if description.chars().count() > 5_000 {
        problems.push(("written_description", "The description must be 5,000 characters or fewer".into()));
    }
    if written.len() >= MAX_WRITTEN_IN {
        problems.push((
            "written_language",
            format!("A service can be written in at most {MAX_WRITTEN_IN} other languages"),
        ));
    }
    written.push(WrittenIn { language, name: name.to_owned(), description: description.to_owned() });
    written.sort_by(|a, b| a.language.cmp(&b.language));
    written
}

/// The youngest and oldest ages it is for, in years.
fn ages(form: &ServiceForm, problems: &mut Problems) -> (Option<u8>, Option<u8>) {
    let age = |text: &str, field: &'static str, problems: &mut Problems| match text.trim() {
        "" => None,
        t => match t.parse::<u8>() {
            Ok(a) if a <= 120 => Some(a),
            _ => {
                problems.push((field, "Enter an age in years, like 16".into()));
                None
            }
        },
    };
    let minimum_age = age(&form.minimum_age, "minimum_age", problems);
    let maximum_age = age(&form.maximum_age, "maximum_age", problems);
    if let (Some(min), Some(max)) = (minimum_age, maximum_age)
        && min > max
    {
        problems.push(("maximum_age", "The oldest age must be the same as or more than the youngest".into()));
    }
    (minimum_age, maximum_age)
}

/// Its email address and web site.
fn contact(form: &ServiceForm, problems: &mut Problems) -> (Option<String>, Option<String>) {
    let email = match some(&form.email) {
        None => None,
        Some(e) => match Email::parse(&e) {
            Ok(e) => Some(e.as_str().to_owned()),
            Err(_) => {
                problems.push(("email", "Enter an email address like name@example.org".into()));
                None
            }
        },
    };
    let website = some(&form.website);
    if website.as_ref().is_some_and(|w| !(w.starts_with("https://") || w.starts_with("http://")) || w.contains(' ')) {
        problems.push(("website", "Enter a web address that starts with https://".into()));
    }
    (email, website)
}

/// The wards a service is in: its places' and its service areas'.
pub fn wards_of(app: &App, s: &Service, extra: Option<&Location>) -> Vec<WardCode> {
    let index = app.directory.read();
    let mut wards: Vec<WardCode> = s.areas.clone();
    for l in &s.locations {
        if let Some(w) = index
            .location(*l)
            .and_then(|l| l.ward.clone())
            .or_else(|| extra.filter(|e| e.id == *l).and_then(|e| e.ward.clone()))
        {
            wards.push(w);
        }
    }
    wards.sort();
    wards.dedup();
    wards
}

fn may_on_wards(app: &App, principal: &Principal, permission: &str, wards: &[WardCode]) -> bool {
    if wards.is_empty() {
        principal.may(app, permission, Target::City)
    } else {
        principal.may(app, permission, Target::Wards(wards))
    }
}

/// The organisations someone keeps records for (their organisation-scoped roles that may propose).
pub fn organisations_kept_by(app: &App, principal: &Principal) -> Vec<Uuid> {
    let mut ids: Vec<Uuid> = principal
        .grants
        .iter()
        .filter(|g| g.permissions.contains(permission::DIRECTORY_PROPOSE))
        .filter_map(|g| match g.scope {
            Scope::Organisation(id) => Some(id),
            _ => None,
        })
        .filter(|id| app.directory.read().organisation(*id).is_some())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

fn may_propose(app: &App, principal: &Principal, organisation: Uuid) -> bool {
    principal.may(app, permission::DIRECTORY_PROPOSE, Target::Organisation(organisation))
}

/// Whether someone keeps an organisation's records: they propose for it, or edit the whole city's directory. The
/// forms for its services and its own record ask this; saving asks it again with the record's wards.
pub fn may_keep(app: &App, principal: &Principal, organisation: Uuid) -> Result<()> {
    if may_propose(app, principal, organisation) || principal.may(app, permission::DIRECTORY_EDIT, Target::City) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Whether someone may open a service's edit form: they edit where it is, or keep its organisation.
pub fn may_edit(app: &App, principal: &Principal, s: &Service) -> Result<()> {
    let wards = wards_of(app, s, None);
    if may_on_wards(app, principal, permission::DIRECTORY_EDIT, &wards) {
        return Ok(());
    }
    may_keep(app, principal, s.organisation_id)
}

/// The organisations someone keeps and whether they review others' changes, for the page that lists both; it
/// refuses someone who does neither.
pub fn keeping(app: &App, principal: &Principal) -> Result<(Vec<Uuid>, bool)> {
    let organisations = organisations_kept_by(app, principal);
    let reviewer = principal.holds(permission::DIRECTORY_REVIEW);
    if organisations.is_empty() && !reviewer {
        return Err(AppError::Forbidden);
    }
    Ok((organisations, reviewer))
}

/// Whether a reviewer's area covers a service (the whole city for a service placed nowhere).
pub fn reviews(app: &App, principal: &Principal, s: &Service) -> bool {
    may_on_wards(app, principal, permission::DIRECTORY_REVIEW, &wards_of(app, s, None))
}

fn bundle(records: &[Record]) -> String {
    let items: Vec<Value> = records
        .iter()
        .map(|r| match r {
            Record::Location(l) => json!({ "kind": "location", "record": l }),
            Record::Service(s) => json!({ "kind": "service", "record": s }),
            Record::Organisation(o) => json!({ "kind": "organisation", "record": o }),
            _ => Value::Null,
        })
        .collect();
    json!({ "records": items }).to_string()
}

/// The records a draft holds.
pub fn unbundle(draft: &Draft) -> Result<Vec<Record>> {
    let doc: Value =
        serde_json::from_str(&draft.body).map_err(|e| AppError::Internal(format!("draft {}: {e}", draft.id)))?;
    let mut records = Vec::new();
    for item in doc["records"].as_array().into_iter().flatten() {
        let body = item["record"].clone();
        let bad = |e: serde_json::Error| AppError::Internal(format!("draft {}: {e}", draft.id));
        records.push(match item["kind"].as_str() {
            Some("location") => Record::Location(serde_json::from_value(body).map_err(bad)?),
            Some("service") => Record::Service(serde_json::from_value(body).map_err(bad)?),
            Some("organisation") => Record::Organisation(serde_json::from_value(body).map_err(bad)?),
            other => return Err(AppError::Internal(format!("draft {}: a record of kind {other:?}", draft.id))),
        });
    }
    Ok(records)
}

/// A change to publish or propose: the main record, whose organisation it is, the wards it is in, and every record
/// it writes.
struct Change {
    kind: RecordKind,
    record_id: Uuid,
    organisation: Uuid,
    wards: Vec<WardCode>,
    records: Vec<Record>,
}

/// Publishes directly if the person may edit there, or else saves a draft for review.
async fn publish_or_propose(app: &App, principal: &Principal, actor: &Actor, change: Change) -> Result<Saved> {
    let Change { kind, record_id, organisation, wards, records } = change;
    if may_on_wards(app, principal, permission::DIRECTORY_EDIT, &wards) {
        write_records(app, actor, records, true).await?;
        return Ok(Saved::Published);
    }
    if !may_propose(app, principal, organisation) {
        return Err(AppError::Forbidden);
    }
    let draft = Draft {
        id: Uuid::now_v7(),
        record_id,
        kind,
        organisation_id: Some(organisation),
        body: bundle(&records),
        wards: wards.iter().map(|w| w.to_string()).collect(),
        submitted_by: actor.user_id,
        submitted_by_label: actor.label.clone(),
        submitted_at: app.now(),
        status: "pending".into(),
        decided_by_label: None,
        decided_at: None,
        reason: None,
    };
    let audit =
        actor.entry(app.now(), "directory.draft_submitted", kind.as_str(), record_id, json!({ "draft": draft.id }));
    app.store.save_draft(&draft, &audit).await?;
    Ok(Saved::SentForReview(draft.id))
}

/// Adds or changes a service of `organisation`.
pub async fn save_service(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    organisation: Uuid,
    service_id: Option<Uuid>,
    form: &ServiceForm,
) -> Result<Saved> {
    let existing = match service_id {
        Some(id) => {
            let (s, _) = app.directory.read().service(id).ok_or(AppError::NotFound)?;
            if s.organisation_id != organisation {
                return Err(AppError::NotFound);
            }
            Some((*s).clone())
        }
        None => None,
    };
    let wards_before = existing.as_ref().map(|s| wards_of(app, s, None)).unwrap_or_default();
    // Someone who may neither propose for the organisation nor edit where the service is now cannot change it; a new
    // service is judged by where it will be, when it is published or proposed.
    if existing.is_some()
        && !may_propose(app, principal, organisation)
        && !may_on_wards(app, principal, permission::DIRECTORY_EDIT, &wards_before)
    {
        return Err(AppError::Forbidden);
    }
    let (mut service, location) =
        check_service(app, organisation, existing.as_ref(), form).map_err(Problems::into_error)?;
    // Accessibility belongs to the place; a change to an existing place's features is a change to that place.
    let mut records = Vec::new();
    if let Some(l) = location.clone() {
        records.push(Record::Location(l));
    } else if let Some(id) = service.locations.first()
        && let Some(l) = app.directory.read().location(*id)
        && l.accessibility != form.access
    {
        let mut changed = (*l).clone();
        changed.accessibility = form.access.clone();
        records.push(Record::Location(changed));
    }
    let mut wards = wards_of(app, &service, location.as_ref());
    wards.extend(wards_before);
    wards.sort();
    wards.dedup();
    service.locations.dedup();
    let id = service.id;
    records.push(Record::Service(service));
    let change = Change { kind: RecordKind::Service, record_id: id, organisation, wards, records };
    publish_or_propose(app, principal, actor, change).await
}

/// The form of an organisation, to edit.
pub fn organisation_form(o: &Organisation) -> OrganisationForm {
    OrganisationForm {
        name: o.name.clone(),
        description: o.description.clone(),
        email: o.email.clone().unwrap_or_default(),
        phone: o.phone.clone().unwrap_or_default(),
        website: o.website.clone().unwrap_or_default(),
    }
}

/// Changes an organisation's own directory entry.
pub async fn save_organisation(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    id: Uuid,
    form: &OrganisationForm,
) -> Result<Saved> {
    if app.directory.read().organisation(id).is_none() {
        return Err(AppError::NotFound);
    }
    let mut problems = Problems::default();
    if form.name.trim().is_empty() {
        problems.push(("name", "Enter the organisation's name".to_owned()));
    }
    let email = match some(&form.email) {
        None => None,
        Some(e) => match Email::parse(&e) {
            Ok(e) => Some(e.as_str().to_owned()),
            Err(_) => {
                problems.push(("email", "Enter an email address like name@example.org".to_owned()));
                None
            }
        },
    };
    let website = some(&form.website);
    if website.as_ref().is_some_and(|w| !(w.starts_with("https://") || w.starts_with("http://"))) {
        problems.push(("website", "Enter a web address that starts with https://".to_owned()));
    }
    if !problems.is_empty() {
        return Err(problems.into_error());
    }
    let o = Organisation {
        id,
        name: form.name.trim().to_owned(),
        description: form.description.trim().to_owned(),
        email,
        website,
        phone: some(&form.phone),
    };
    // An organisation is not in a ward: only those who may edit city-wide publish it directly.
    let change = Change {
        kind: RecordKind::Organisation,
        record_id: id,
        organisation: id,
        wards: vec![],
        records: vec![Record::Organisation(o)],
    };
    publish_or_propose(app, principal, actor, change).await
}

/// The owner (or a reviewer) says the record is still right: it counts as checked now. No review is needed for
/// confirming what the public already sees.
pub async fn confirm_still_accurate(app: &App, principal: &Principal, actor: &Actor, service_id: Uuid) -> Result<()> {
    let (s, _) = app.directory.read().service(service_id).ok_or(AppError::NotFound)?;
    let wards = wards_of(app, &s, None);
    if !may_propose(app, principal, s.organisation_id)
        && !may_on_wards(app, principal, permission::DIRECTORY_REVIEW, &wards)
    {
        return Err(AppError::Forbidden);
    }
    confirm(app, actor, &s).await
}

/// Marks a service checked now (also used by the signed link in reminder emails).
pub(crate) async fn confirm(app: &App, actor: &Actor, s: &Service) -> Result<()> {
    let mut checked = s.clone();
    checked.checked_at = app.now();
    write_records(app, actor, vec![Record::Service(checked)], true).await?;
    Ok(())
}

fn may_review(app: &App, principal: &Principal, draft: &Draft) -> bool {
    let wards: Vec<WardCode> = draft.wards.iter().filter_map(|w| WardCode::parse(w).ok()).collect();
    may_on_wards(app, principal, permission::DIRECTORY_REVIEW, &wards)
}

/// The pending drafts this person may review, oldest first (the longest waiting at the top).
pub async fn review_queue(app: &App, principal: &Principal) -> Result<Vec<Draft>> {
    principal.require_somewhere(permission::DIRECTORY_REVIEW)?;
    let mut drafts: Vec<Draft> = app
        .store
        .drafts(&DraftQuery { status: Some("pending".into()), ..DraftQuery::default() })
        .await?
        .into_iter()
        .filter(|d| may_review(app, principal, d))
        .collect();
    drafts.reverse();
    Ok(drafts)
}

/// A draft for its reviewer.
pub async fn draft_for_review(app: &App, principal: &Principal, id: Uuid) -> Result<Draft> {
    let draft = app.store.draft(id).await?.ok_or(AppError::NotFound)?;
    if !may_review(app, principal, &draft) {
        return Err(AppError::Forbidden);
    }
    Ok(draft)
}

/// Approves a pending draft: its records are published, as submitted, with the submitter's name and the
/// reviewer's in the history.
pub async fn approve(app: &App, principal: &Principal, actor: &Actor, id: Uuid) -> Result<()> {
    let draft = draft_for_review(app, principal, id).await?;
    if draft.status != "pending" {
        return Err(AppError::Conflict("This change has already been decided".into()));
    }
    let records = unbundle(&draft)?;
    let publishing = Actor {
        user_id: actor.user_id,
        label: format!("{} (approved by {})", draft.submitted_by_label, actor.label),
        ip: actor.ip.clone(),
    };
    crate::directory::write_records_approving(app, &publishing, records, Some(draft.id)).await.map_err(
        |e| match e {
            AppError::Store(kith_store::StoreError::Conflict(_)) => {
                AppError::Conflict("This change has already been decided".into())
            }
            other => other,
        },
    )?;
    Ok(())
}

/// Sends a pending draft back to its organisation with a reason.
pub async fn send_back(app: &App, principal: &Principal, actor: &Actor, id: Uuid, reason: &str) -> Result<()> {
    let draft = draft_for_review(app, principal, id).await?;
    if reason.trim().is_empty() {
        return Err(AppError::invalid("reason", "Say what needs to change, so the organisation can put it right"));
    }
    let audit = actor.entry(
        app.now(),
        "directory.draft_returned",
        draft.kind.as_str(),
        draft.record_id,
        json!({ "draft": id }),
    );
    app.store.return_draft(id, &actor.label, app.now(), reason.trim(), &audit).await.map_err(|e| match e {
        kith_store::StoreError::Conflict(_) => AppError::Conflict("This change has already been decided".into()),
        other => other.into(),
    })
}

/// The latest draft of each record of an organisation (to show owners what is waiting or was sent back).
pub async fn drafts_of(app: &App, principal: &Principal, organisation: Uuid) -> Result<Vec<Draft>> {
    may_keep(app, principal, organisation)?;
    let mut latest: Vec<Draft> = Vec::new();
    for d in app
        .store
        .drafts(&DraftQuery { organisation_id: Some(organisation), limit: 500, ..DraftQuery::default() })
        .await?
    {
        if d.status != "superseded" && !latest.iter().any(|l| l.record_id == d.record_id) {
            latest.push(d);
        }
    }
    Ok(latest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(f: impl FnOnce(&mut ServiceForm)) -> ServiceForm {
        let mut form = ServiceForm::default();
        f(&mut form);
        form
    }

    fn reported(check: impl FnOnce(&mut Problems)) -> Problems {
        let mut problems = Problems::default();
        check(&mut problems);
        problems
    }

    #[test]
    fn a_cost_is_pounds_above_nothing_and_below_ten_thousand_and_nothing_is_free() {
        let mut problems = Problems::default();
        assert_eq!(cost(&form(|f| f.cost = "£3.50".into()), &mut problems).map(|c| c.amount), Some(3.5));
        assert_eq!(cost(&form(|f| f.cost = "0.00".into()), &mut problems), None);
        assert!(problems.is_empty());
        for bad in ["-1", "NaN", "10000", "three"] {
            assert!(!reported(|p| drop(cost(&form(|f| f.cost = bad.into()), p))).is_empty(), "{bad}");
        }
    }

    #[test]
    fn ages_are_whole_years_to_120_and_the_oldest_is_not_below_the_youngest() {
        let mut problems = Problems::default();
        let both = form(|f| (f.minimum_age, f.maximum_age) = ("16".into(), "25".into()));
        assert_eq!(ages(&both, &mut problems), (Some(16), Some(25)));
        assert!(problems.is_empty());
        let crossed = form(|f| (f.minimum_age, f.maximum_age) = ("30".into(), "18".into()));
        assert!(
            !reported(|p| {
                ages(&crossed, p);
            })
            .is_empty()
        );
        assert!(
            !reported(|p| {
                ages(&form(|f| f.minimum_age = "121".into()), p);
            })
            .is_empty()
        );
    }

    #[test]
    fn languages_are_known_codes_each_once_in_any_separator() {
        let mut problems = Problems::default();
        let read = languages(&form(|f| f.languages = "ur, pa;ur en".into()), &mut problems);
        assert_eq!(read.iter().map(|l| l.as_str()).collect::<Vec<_>>(), ["ur", "pa", "en"]);
        assert!(problems.is_empty());
        assert!(!reported(|p| drop(languages(&form(|f| f.languages = "ur, xx".into()), p))).is_empty());
    }

    #[test]
    fn times_without_days_or_days_without_times_are_each_asked_for() {
        let days_only = form(|f| f.days = vec!["monday".into()]);
        let fields = |p: Problems| match p.into_error() {
            AppError::Invalid(p) => p.into_iter().map(|(f, _)| f).collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        assert_eq!(fields(reported(|p| drop(schedules(&days_only, None, p)))), ["opens", "closes"]);
        let times_only = form(|f| (f.opens, f.closes) = ("10:00".into(), "12:00".into()));
        assert_eq!(fields(reported(|p| drop(schedules(&times_only, None, p)))), ["days"]);
    }
}
