//! Reading Open Referral UK: a full service record (as `/services/{id}` or `full=true` lists give it) into Kith's
//! types, with every problem named so an import can report the record and carry on with the rest.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday};
use kith_core::directory::{
    Contact, CostOption, LanguageCode, Location, Organisation, Recurrence, Schedule, Service, ServiceStatus,
    TaxonomyTerm, parse_weekday,
};
use kith_core::places::{LatLng, Postcode};
use serde_json::Value;
use uuid::Uuid;

/// A service as the feed gave it, with what it brought along.
#[derive(Debug, Clone)]
pub struct ImportedService {
    pub service: Service,
    pub organisation: Option<Organisation>,
    pub locations: Vec<Location>,
    /// Terms named by the service's attributes, with the name of their taxonomy if the feed gave one.
    pub terms: Vec<(TaxonomyTerm, Option<String>)>,
    pub last_modified: Option<DateTime<Utc>>,
}

fn text(v: &Value, key: &str) -> String {
    v[key].as_str().map(str::trim).unwrap_or_default().to_owned()
}

fn optional(v: &Value, key: &str) -> Option<String> {
    v[key].as_str().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned)
}

fn id_of(v: &Value, key: &str) -> Result<Option<Uuid>, String> {
    match v[key].as_str() {
        None | Some("") => Ok(None),
        Some(s) => Uuid::parse_str(s).map(Some).map_err(|_| format!("{key} {s:?} is not a UUID")),
    }
}

fn array<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v[key].as_array().into_iter().flatten()
}

fn age(v: &Value, key: &str) -> Result<Option<u8>, String> {
    match &v[key] {
        Value::Null => Ok(None),
        n => n
            .as_f64()
            .filter(|a| (0.0..=130.0).contains(a))
            .map(|a| Some(a as u8))
            .ok_or_else(|| format!("{key} must be an age in years, not {n}")),
    }
}

fn time(v: &Value, key: &str) -> Result<Option<NaiveTime>, String> {
    match v[key].as_str().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => NaiveTime::parse_from_str(s, "%H:%M:%S")
            .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M"))
            .map(Some)
            .map_err(|_| format!("{key} {s:?} is not a time like 10:00")),
    }
}

fn date(v: &Value, key: &str) -> Result<Option<NaiveDate>, String> {
    match v[key].as_str().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d")
            .map(Some)
            .map_err(|_| format!("{key} {s:?} is not a date like 2026-03-02")),
    }
}

/// One schedule; `None` when it says nothing Kith can run on (no times, or an unreadable rule), which is kept
/// out rather than guessed.
fn schedule(v: &Value) -> Result<Option<Schedule>, String> {
    let (Some(opens), Some(closes)) = (time(v, "opens_at")?, time(v, "closes_at")?) else { return Ok(None) };
    let byday = text(v, "byday").to_ascii_uppercase();
    let interval = v["interval"].as_f64().map_or(1, |i| i.clamp(1.0, 4.0) as u8);
    let valid_from = date(v, "valid_from")?.or(date(v, "dtstart")?);
    let valid_to = date(v, "valid_to")?;
    let recurrence = match text(v, "freq").to_ascii_uppercase().as_str() {
        "WEEKLY" => {
            let days: Vec<Weekday> = byday.split(',').filter_map(parse_weekday).collect();
            if days.is_empty() {
                return Err(format!("a weekly schedule's byday {byday:?} names no days (use MO, TU, ...)"));
            }
            Recurrence::Weekly { days, interval }
        }
        "MONTHLY" => {
            let first = byday.split(',').next().unwrap_or_default().trim();
            let split = first.len().saturating_sub(2);
            let (ordinal, day) = first.split_at(split);
            let ordinal: i8 = ordinal
                .parse()
                .map_err(|_| format!("a monthly schedule's byday {first:?} needs a week, like 1TU or -1FR"))?;
            let day = parse_weekday(day).ok_or_else(|| format!("a monthly schedule's byday {first:?} names no day"))?;
            Recurrence::Monthly { ordinal, day }
        }
        "" => match valid_from {
            Some(date) if valid_to.is_none_or(|to| to == date) => Recurrence::Once { date },
            _ => return Ok(None),
        },
        other => return Err(format!("schedule freq {other:?} is not WEEKLY or MONTHLY")),
    };
    let s = Schedule {
        id: id_of(v, "id")?.unwrap_or_else(Uuid::new_v4),
        recurrence,
        opens,
        closes,
        valid_from,
        valid_to,
        not_on_bank_holidays: text(v, "description").to_lowercase().contains("not on bank holidays")
            || text(v, "description").to_lowercase().contains("not available on public holidays"),
        note: text(v, "notes"),
    };
    s.validate().map_err(|e| format!("schedule {}: {e}", s.id))?;
    Ok(Some(s))
}

fn location(v: &Value) -> Result<Location, String> {
    let id = id_of(v, "id")?.ok_or("a location has no id")?;
    let address = v["addresses"].as_array().and_then(|a| a.first()).cloned().unwrap_or(Value::Null);
    let position = match (v["latitude"].as_f64(), v["longitude"].as_f64()) {
        (Some(lat), Some(lng)) => Some(LatLng::new(lat, lng).map_err(|e| format!("location {id}: {e}"))?),
        _ => None,
    };
    let postcode = optional(&address, "postal_code")
        .map(|p| Postcode::parse(&p).map_err(|_| format!("location {id}: {p:?} is not a UK postcode")))
        .transpose()?;
    Ok(Location {
        id,
        name: text(v, "name"),
        description: text(v, "description"),
        address: [text(&address, "address_1"), text(&address, "address_2")]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        city: text(&address, "city"),
        postcode,
        position,
        ward: None,
        accessibility: array(v, "accessibility")
            .filter_map(|a| optional(a, "description"))
            .filter(|d| kith_core::directory::ACCESSIBILITY.contains(&d.as_str()))
            .collect(),
    })
}

/// Reads one full service. `now` stands in for when it was checked if the feed does not say.
pub fn service(v: &Value, now: DateTime<Utc>) -> Result<ImportedService, String> {
    if !v.is_object() {
        return Err("a service must be a JSON object".into());
    }
    let id = id_of(v, "id")?.ok_or("the service has no id")?;
    let name = text(v, "name");
    if name.is_empty() {
        return Err("the service has no name".into());
    }
    let status = match optional(v, "status") {
        None => ServiceStatus::Active,
        Some(s) => ServiceStatus::parse(&s)
            .ok_or_else(|| format!("status {s:?} is not active, inactive, defunct or temporarily closed"))?,
    };
    let organisation = if v["organization"].is_object() {
        let o = &v["organization"];
        Some(Organisation {
            id: id_of(o, "id")?.ok_or("the organization has no id")?,
            name: text(o, "name"),
            description: text(o, "description"),
            email: optional(o, "email"),
            website: optional(o, "website"),
            phone: None,
        })
    } else {
        None
    };
    let organisation_id = id_of(v, "organization_id")?
        .or(organisation.as_ref().map(|o| o.id))
        .ok_or("the service names no organization")?;
    let mut locations = Vec::new();
    for sal in array(v, "service_at_locations") {
        if sal["location"].is_object() {
            locations.push(location(&sal["location"])?);
        }
    }
    let mut schedules = Vec::new();
    for s in array(v, "schedules") {
        schedules.extend(schedule(s)?);
    }
    let mut languages = Vec::new();
    for l in array(v, "languages") {
        let Some(code) = optional(l, "code") else { continue };
        languages.push(LanguageCode::parse(&code).map_err(|e| e.to_string())?);
    }
    let costs = array(v, "cost_options")
        .map(|c| CostOption {
            option: text(c, "option"),
            amount: c["amount"].as_f64().unwrap_or(0.0),
            amount_description: text(c, "amount_description"),
        })
        .collect();
    let terms = array(v, "attributes")
        .filter(|a| a["taxonomy_term"].is_object())
        .map(|a| {
            let t = &a["taxonomy_term"];
            let term = TaxonomyTerm {
                id: id_of(t, "id")?.or(id_of(a, "taxonomy_term_id")?).ok_or("a taxonomy term has no id")?,
                taxonomy_id: id_of(t, "taxonomy_id")?.unwrap_or_else(Uuid::nil),
                code: optional(t, "code").unwrap_or_else(|| text(t, "term")),
                name: text(t, "name"),
                description: text(t, "description"),
                parent_id: id_of(t, "parent_id")?,
            };
            Ok((term, optional(t, "taxonomy")))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let last_modified =
        optional(v, "last_modified").and_then(|t| DateTime::parse_from_rfc3339(&t).ok()).map(|t| t.to_utc());
    let service = Service {
        id,
        organisation_id,
        name,
        description: text(v, "description"),
        status,
        url: optional(v, "url"),
        email: optional(v, "email"),
        phone: None,
        locations: locations.iter().map(|l| l.id).collect(),
        areas: array(v, "service_areas")
            .filter_map(|a| optional(a, "name").or_else(|| optional(a, "extent")))
            .filter_map(|code| kith_core::places::WardCode::parse(&code).ok())
            .collect(),
        terms: terms.iter().map(|(t, _)| t.id).collect(),
        schedules,
        costs,
        languages,
        minimum_age: age(v, "minimum_age")?,
        maximum_age: age(v, "maximum_age")?,
        eligibility: String::new(),
        contacts: array(v, "contacts")
            .map(|c| Contact {
                name: text(c, "name"),
                title: text(c, "title"),
                email: optional(c, "email"),
                phone: None,
            })
            .collect(),
        funding: array(v, "funding").filter_map(|f| optional(f, "source")).collect(),
        assured_date: date(v, "assured_date")?,
        checked_at: last_modified.unwrap_or(now),
        written_in: vec![],
    };
    Ok(ImportedService { service, organisation, locations, terms, last_modified })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn sample() -> Value {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/standards/oruk/sample-feed/service_full.json");
        serde_json::from_str(&std::fs::read_to_string(path).expect("the sample feed is in shared/")).expect("JSON")
    }

    #[test]
    fn the_standards_sample_service_reads_with_its_schedule_organisation_and_terms() {
        let now = DateTime::parse_from_rfc3339("2026-03-02T09:00:00Z").unwrap().to_utc();
        let mut v = sample();
        // The sample's coordinates (100, 101) are placeholders no real place has: they are refused, so drop them.
        for sal in v["service_at_locations"].as_array_mut().unwrap() {
            sal["location"]["latitude"] = Value::Null;
            sal["location"]["longitude"] = Value::Null;
            sal["location"]["addresses"] = Value::Null;
        }
        let s = service(&v, now).unwrap();
        assert_eq!(s.service.name, "Community Counselling");
        assert_eq!(s.service.minimum_age, Some(12));
        assert_eq!(s.service.schedules.len(), 1);
        assert!(
            matches!(&s.service.schedules[0].recurrence, Recurrence::Weekly { days, .. } if days == &vec![Weekday::Thu, Weekday::Fri])
        );
        assert!(s.organisation.is_some());
        assert_eq!(s.locations.len(), 1);
        assert!(!s.terms.is_empty());
    }

    #[test]
    fn a_bad_record_is_refused_with_the_reason() {
        let now = Utc::now();
        assert_eq!(service(&serde_json::json!({"name": "x"}), now).unwrap_err(), "the service has no id");
        let v = serde_json::json!({"id": Uuid::nil(), "name": "x", "organization_id": Uuid::nil(), "minimum_age": -3});
        assert!(service(&v, now).unwrap_err().contains("minimum_age"));
        let v = serde_json::json!({"id": Uuid::nil(), "name": "x", "organization_id": Uuid::nil(),
            "schedules": [{"id": Uuid::nil(), "freq": "WEEKLY", "byday": "TU", "opens_at": "12:00", "closes_at": "10:00"}]});
        assert!(service(&v, now).unwrap_err().contains("closing time"));
        let v = serde_json::json!({"id": Uuid::nil(), "name": "x", "organization_id": Uuid::nil(), "languages": [{"code": "xx"}]});
        assert!(service(&v, now).unwrap_err().contains("language code"));
    }
}

/// Properties of the importer over any record: a feed is data from outside, so whatever it holds, a record is read
/// or refused with a reason, never a panic.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;
    use serde_json::{Map, Value};

    use super::*;

    fn any_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
            "\\PC{0,24}".prop_map(Value::String),
            prop::sample::select(vec!["", "WEEKLY", "MONTHLY", "MO,TU", "25:61", "09:00", "2026-02-30", "1e23", "-1"])
                .prop_map(|s| Value::String(s.to_owned())),
            Just(Value::String(Uuid::nil().to_string())),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect::<Map<String, Value>>())),
            ]
        })
    }

    /// Every place in a document: the pointers to each of its values.
    fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
        out.push(at.clone());
        match value {
            Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
            Value::Object(fields) => fields.iter().for_each(|(k, v)| pointers(v, format!("{at}/{k}"), out)),
            _ => {}
        }
    }

    proptest! {
        #[test]
        fn the_standards_sample_with_any_of_its_values_replaced_by_anything_is_read_or_refused(
            places in prop::collection::vec(any::<prop::sample::Index>(), 1..4),
            values in prop::collection::vec(any_json(), 3),
        ) {
            let mut record = tests::sample();
            for (place, value) in places.iter().zip(values) {
                let mut all = Vec::new();
                pointers(&record, String::new(), &mut all);
                let at = place.get(&all).clone();
                if let Some(target) = record.pointer_mut(&at) {
                    *target = value;
                }
            }
            let _ = service(&record, Utc::now());
        }

        #[test]
        fn any_document_is_read_or_refused(record in any_json()) {
            let _ = service(&record, Utc::now());
        }
    }
}
