//! The directory as open data files: Open Referral UK ndjson (one full service a line), Kith's CSV template and
//! GeoJSON points. Downloadable from `/directory/data` and written by `kith export directory`. Only what the
//! public may see goes out: approved records that someone has checked in the last 18 months; never personal data
//! beyond the contact details services publish.

use std::fmt;

use chrono::Weekday;
use kith_core::directory::{Freshness, Schedule};
use kith_standards::directory_csv::Row;
use kith_standards::oruk;
use serde_json::{Value, json};

use crate::App;

/// The formats the directory exports in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Ndjson,
    Csv,
    GeoJson,
}

impl Format {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "ndjson" | "oruk" => Some(Format::Ndjson),
            "csv" => Some(Format::Csv),
            "geojson" => Some(Format::GeoJson),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Ndjson => "application/x-ndjson",
            Format::Csv => "text/csv; charset=utf-8",
            Format::GeoJson => "application/geo+json",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Ndjson => "ndjson",
            Format::Csv => "csv",
            Format::GeoJson => "geojson",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

/// How an export puts a schedule and a day into words (the web layer's translations, in English).
pub trait Wording {
    fn schedule(&self, s: &Schedule) -> String;
    fn day(&self, d: Weekday) -> String;
}

/// The whole public directory in one format (public: anyone may download it).
pub fn export(app: &App, words: &dyn Wording, format: Format) -> String {
    let now = app.now();
    let describe = |s: &Schedule| words.schedule(s);
    let index = app.directory.read();
    let places = app.places();
    let services: Vec<_> = index
        .all_services()
        .into_iter()
        .filter(|(s, _)| Freshness::of(s.checked_at, now) != Freshness::Expired)
        .collect();
    match format {
        Format::Ndjson => {
            let mut out = String::new();
            for (s, modified) in &services {
                out.push_str(&oruk::service_full(s, *modified, &index, &describe).to_string());
                out.push('\n');
            }
            out
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            for (s, _) in &services {
                let organisation = index.organisation(s.organisation_id);
                let location = s.locations.first().and_then(|l| index.location(*l));
                let schedule = s.schedules.first();
                let days = match schedule.map(|sc| &sc.recurrence) {
                    Some(kith_core::directory::Recurrence::Weekly { days, .. }) => {
                        days.iter().map(|d| words.day(*d)).collect::<Vec<_>>().join(";")
                    }
                    _ => String::new(),
                };
                let every = match schedule.map(|sc| &sc.recurrence) {
                    Some(kith_core::directory::Recurrence::Weekly { interval, .. }) => interval.to_string(),
                    _ => String::new(),
                };
                let row = Row {
                    id: s.id.to_string(),
                    organisation: organisation.as_ref().map(|o| o.name.clone()).unwrap_or_default(),
                    organisation_email: organisation.as_ref().and_then(|o| o.email.clone()).unwrap_or_default(),
                    name: s.name.clone(),
                    description: s.description.clone(),
                    categories: s
                        .terms
                        .iter()
                        .filter_map(|t| index.term(*t))
                        .map(|t| t.name.clone())
                        .collect::<Vec<_>>()
                        .join(";"),
                    venue: location.as_ref().map(|l| l.name.clone()).unwrap_or_default(),
                    address: location.as_ref().map(|l| l.address.clone()).unwrap_or_default(),
                    postcode: location
                        .as_ref()
                        .and_then(|l| l.postcode.as_ref().map(|p| p.to_string()))
                        .unwrap_or_default(),
                    days,
                    every_weeks: every,
                    opens: schedule.map(|sc| sc.opens.format("%H:%M").to_string()).unwrap_or_default(),
                    closes: schedule.map(|sc| sc.closes.format("%H:%M").to_string()).unwrap_or_default(),
                    not_on_bank_holidays: if schedule.is_some_and(|sc| sc.not_on_bank_holidays) {
                        "yes".into()
                    } else {
                        String::new()
                    },
                    cost: s.costs.first().map(|c| format!("{:.2}", c.amount)).unwrap_or_default(),
                    cost_description: s.costs.first().map(|c| c.amount_description.clone()).unwrap_or_default(),
                    languages: s.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(";"),
                    minimum_age: s.minimum_age.map(|a| a.to_string()).unwrap_or_default(),
                    maximum_age: s.maximum_age.map(|a| a.to_string()).unwrap_or_default(),
                    eligibility: s.eligibility.clone(),
                    phone: s.phone.clone().unwrap_or_default(),
                    email: s.email.clone().unwrap_or_default(),
                    website: s.url.clone().unwrap_or_default(),
                    accessibility: location.as_ref().map(|l| l.accessibility.join(";")).unwrap_or_default(),
                    schedule_in_words: s.schedules.iter().map(|sc| words.schedule(sc)).collect::<Vec<_>>().join("; "),
                    last_checked: s.checked_at.format("%Y-%m-%d").to_string(),
                    latitude: location
                        .as_ref()
                        .and_then(|l| l.position)
                        .map(|p| format!("{:.6}", p.lat))
                        .unwrap_or_default(),
                    longitude: location
                        .as_ref()
                        .and_then(|l| l.position)
                        .map(|p| format!("{:.6}", p.lng))
                        .unwrap_or_default(),
                    ward: location
                        .as_ref()
                        .and_then(|l| l.ward.as_ref())
                        .map(|w| w.to_string())
                        .or_else(|| s.areas.first().map(|w| w.to_string()))
                        .unwrap_or_default(),
                };
                let _ = w.serialize(row);
            }
            if services.is_empty() {
                return format!("{}\n", kith_standards::directory_csv::header());
            }
            String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
        }
        Format::GeoJson => {
            let mut features = Vec::new();
            for (s, _) in &services {
                for l in s.locations.iter().filter_map(|l| index.location(*l)) {
                    let Some(at) = l.position else { continue };
                    let ward = l.ward.as_ref().and_then(|c| places.ward(c));
                    features.push(json!({
                        "type": "Feature",
                        "id": kith_core::directory::service_at_location_id(s.id, l.id),
                        "geometry": { "type": "Point", "coordinates": [at.lng, at.lat] },
                        "properties": {
                            "service_id": s.id,
                            "name": s.name,
                            "organisation": index.organisation(s.organisation_id).map(|o| o.name.clone()),
                            "location": l.name,
                            "postcode": l.postcode.as_ref().map(|p| p.to_string()),
                            "ward_code": ward.map(|w| w.code.to_string()),
                            "ward_name": ward.map(|w| w.name.clone()),
                            "categories": s.terms.iter().filter_map(|t| index.term(*t)).map(|t| t.name.clone()).collect::<Vec<_>>(),
                            "free": s.is_free(),
                            "when": s.schedules.iter().map(|sc| words.schedule(sc)).collect::<Vec<_>>(),
                            "url": format!("/directory/services/{}", s.id),
                        },
                    }));
                }
            }
            let collection: Value = json!({ "type": "FeatureCollection", "features": features });
            collection.to_string()
        }
    }
}

/// The most entries a ward's directory feed holds: the latest changed.
pub const FEED_ENTRIES: usize = 50;

/// The directory's changes in a ward as an Atom feed: the public services at its places, the latest changed first
/// (a service changed twice is one entry, dated by its latest change).
pub fn ward_feed(app: &App, ward: &kith_core::places::WardCode) -> String {
    let now = app.now();
    let index = app.directory.read();
    let places = app.places();
    let name = places.ward(ward).map_or_else(|| ward.to_string(), |w| w.name.clone());
    let base = app.settings.public_url.trim_end_matches('/').to_owned();
    let here: std::collections::HashSet<uuid::Uuid> =
        index.locations_in(ward).iter().flat_map(|l| index.services_at(l.id)).map(|s| s.id).collect();
    let mut changed: Vec<_> = index
        .all_services()
        .into_iter()
        .filter(|(s, _)| here.contains(&s.id) && Freshness::of(s.checked_at, now) != Freshness::Expired)
        .collect();
    changed.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.id.cmp(&b.0.id)));
    changed.truncate(FEED_ENTRIES);
    let entries: Vec<kith_standards::atom::Entry> = changed
        .iter()
        .map(|(s, modified)| kith_standards::atom::Entry {
            id: format!("urn:uuid:{}#{}", s.id, modified.timestamp()),
            title: s.name.clone(),
            link: format!("{base}/directory/services/{}", s.id),
            updated: *modified,
            summary: s.description.chars().take(500).collect(),
            category: String::new(),
        })
        .collect();
    let address = format!("{base}/wards/{ward}/directory.atom");
    kith_standards::atom::feed(&kith_standards::atom::Feed {
        id: &address,
        title: &format!("{name}: changes to the community directory"),
        page: &format!("{base}/wards/{ward}"),
        address: &address,
        author: places.city_name().unwrap_or("Kith"),
        entries: &entries,
        empty_since: chrono::DateTime::<chrono::Utc>::UNIX_EPOCH,
    })
}
