//! Importing a directory: Open Referral UK records (from a file, an ndjson stream or a feed the command line pages
//! through) or rows of Kith's CSV template. Each record is checked, placed in its ward, filed under the taxonomy
//! and matched against what the directory already holds (the same id; or the same organisation at the same postcode
//! with a similar name), then everything lands in one transaction or nothing does. A bad record is reported with
//! its reason and the rest carry on.

use std::collections::{HashMap, HashSet};

use kith_core::directory::{Location, Organisation, Service, ServiceStatus, Taxonomy, TaxonomyTerm, part_id};
use kith_core::places::{Postcode, WardCode};
use kith_standards::directory_csv::Row;
use kith_standards::oruk_in::{self, ImportedService};
use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::directory::{Record, write_records};
use crate::places::{At, Place};
use crate::{Actor, App, Result};

/// What to import.
pub enum Source {
    /// Open Referral UK services, each with where it came from (a line or a page) for the report.
    Oruk(Vec<(String, Value)>),
    /// Rows of the CSV template, with their line numbers.
    Csv(Vec<(String, Row)>),
}

/// What happened to each record.
#[derive(Debug, Default, Clone, Serialize)]
pub struct ImportReport {
    pub imported: Vec<String>,
    /// Records that matched one already in the directory, which was updated: (what, the existing id).
    pub merged: Vec<(String, Uuid)>,
    /// (where, why)
    pub rejected: Vec<(String, String)>,
    pub written: bool,
}

fn words(text: &str) -> HashSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "the" | "and" | "of" | "a" | "demo"))
        .map(str::to_owned)
        .collect()
}

/// Whether two names are the same service written differently ("Lunch Club" and "The lunch club").
pub fn similar_names(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let shared = a.intersection(&b).count() as f64;
    let union = a.union(&b).count() as f64;
    shared / union >= 0.75 || a.is_subset(&b) || b.is_subset(&a)
}

fn normalise(text: &str) -> String {
    words(text).into_iter().collect::<std::collections::BTreeSet<_>>().into_iter().collect::<Vec<_>>().join(" ")
}

/// What the directory holds, to match against, kept up to date as the import adds to it.
struct Known {
    organisations: HashMap<Uuid, Organisation>,
    organisation_by_name: HashMap<String, Uuid>,
    services: HashMap<Uuid, Service>,
    locations: HashMap<Uuid, Location>,
    location_by_place: HashMap<(String, String), Uuid>,
    terms: HashMap<Uuid, TaxonomyTerm>,
    term_by_name: HashMap<String, Uuid>,
    taxonomy_by_name: HashMap<String, Uuid>,
    taxonomies: HashSet<Uuid>,
}

impl Known {
    fn load(app: &App) -> Self {
        let index = app.directory.read();
        let organisations: HashMap<Uuid, Organisation> =
            index.organisations().iter().map(|o| (o.id, (**o).clone())).collect();
        let services: HashMap<Uuid, Service> =
            index.all_services().into_iter().map(|(s, _)| (s.id, (*s).clone())).collect();
        let mut locations = HashMap::new();
        for s in services.values() {
            for l in &s.locations {
                if let Some(loc) = index.location(*l) {
                    locations.insert(*l, (*loc).clone());
                }
            }
        }
        let terms: HashMap<Uuid, TaxonomyTerm> = index.terms().iter().map(|t| (t.id, (**t).clone())).collect();
        let mut term_by_name = HashMap::new();
        for t in terms.values() {
            term_by_name.insert(t.name.to_lowercase(), t.id);
            term_by_name.insert(t.code.to_lowercase(), t.id);
        }
        Known {
            organisation_by_name: organisations.values().map(|o| (normalise(&o.name), o.id)).collect(),
            organisations,
            location_by_place: locations
                .values()
                .map(|l: &Location| {
                    ((normalise(&l.name), l.postcode.as_ref().map(|p| p.to_string()).unwrap_or_default()), l.id)
                })
                .collect(),
            locations,
            services,
            term_by_name,
            terms,
            taxonomy_by_name: index.taxonomies().iter().map(|t| (t.name.to_lowercase(), t.id)).collect(),
            taxonomies: index.taxonomies().iter().map(|t| t.id).collect(),
        }
    }

    fn postcodes_of(&self, s: &Service) -> HashSet<String> {
        s.locations
            .iter()
            .filter_map(|l| self.locations.get(l))
            .filter_map(|l| l.postcode.as_ref().map(|p| p.to_string()))
            .collect()
    }

    /// An existing service this one duplicates.
    fn duplicate_of(&self, s: &Service, postcodes: &HashSet<String>) -> Option<Uuid> {
        if self.services.contains_key(&s.id) {
            return Some(s.id);
        }
        self.services
            .values()
            .filter(|e| e.organisation_id == s.organisation_id && similar_names(&e.name, &s.name))
            .find(|e| {
                let theirs = self.postcodes_of(e);
                (theirs.is_empty() && postcodes.is_empty()) || !theirs.is_disjoint(postcodes)
            })
            .map(|e| e.id)
    }
}

fn keep_list<T: Clone>(incoming: Vec<T>, existing: &[T]) -> Vec<T> {
    if incoming.is_empty() { existing.to_vec() } else { incoming }
}

/// A record that matched one already there: what the import says wins, and what it leaves empty is kept.
fn merge(old: &Service, new: Service) -> Service {
    let keep =
        |incoming: String, existing: &String| if incoming.trim().is_empty() { existing.clone() } else { incoming };
    Service {
        id: old.id,
        organisation_id: old.organisation_id,
        name: keep(new.name, &old.name),
        description: keep(new.description, &old.description),
        status: new.status,
        url: new.url.or_else(|| old.url.clone()),
        email: new.email.or_else(|| old.email.clone()),
        phone: new.phone.or_else(|| old.phone.clone()),
        locations: keep_list(new.locations, &old.locations),
        areas: keep_list(new.areas, &old.areas),
        terms: keep_list(new.terms, &old.terms),
        schedules: keep_list(new.schedules, &old.schedules),
        costs: keep_list(new.costs, &old.costs),
        languages: keep_list(new.languages, &old.languages),
        minimum_age: new.minimum_age.or(old.minimum_age),
        maximum_age: new.maximum_age.or(old.maximum_age),
        eligibility: keep(new.eligibility, &old.eligibility),
        contacts: keep_list(new.contacts, &old.contacts),
        funding: keep_list(new.funding, &old.funding),
        assured_date: new.assured_date.or(old.assured_date),
        checked_at: new.checked_at.max(old.checked_at),
        // A feed carries the English; what the record is written in besides stays.
        written_in: old.written_in.clone(),
    }
}

/// Puts a location in its ward (and on the map, from its postcode, if it came without a position).
fn place(app: &App, mut l: Location) -> Location {
    let places = app.places();
    if let Some(postcode) = &l.postcode
        && let lookup = places.place(At::Postcode(postcode))
    {
        match lookup {
            Place::InCity { position, ward } => {
                l.position = l.position.or(Some(position));
                l.ward = Some(ward.code.clone());
            }
            Place::Outside { position, .. } => l.position = l.position.or(Some(position)),
            Place::Unknown => {}
        }
    }
    if l.ward.is_none()
        && let Some(at) = l.position
    {
        l.ward = places.place(At::Point(at)).ward().map(|w| w.code.clone());
    }
    if l.city.is_empty() {
        l.city = places.city_name().unwrap_or_default().to_owned();
    }
    l
}

struct Batch<'a> {
    app: &'a App,
    known: Known,
    records: Vec<Record>,
    report: ImportReport,
}

impl Batch<'_> {
    fn organisation(&mut self, wanted: Organisation) -> Uuid {
        if self.known.organisations.contains_key(&wanted.id) {
            return wanted.id;
        }
        if let Some(id) = self.known.organisation_by_name.get(&normalise(&wanted.name)) {
            return *id;
        }
        self.known.organisation_by_name.insert(normalise(&wanted.name), wanted.id);
        self.known.organisations.insert(wanted.id, wanted.clone());
        self.records.push(Record::Organisation(wanted.clone()));
        wanted.id
    }

    fn location(&mut self, l: Location) -> Uuid {
        let l = place(self.app, l);
        let key = (normalise(&l.name), l.postcode.as_ref().map(|p| p.to_string()).unwrap_or_default());
        if !self.known.locations.contains_key(&l.id)
            && let Some(id) = self.known.location_by_place.get(&key)
        {
            return *id;
        }
        self.known.location_by_place.insert(key, l.id);
        self.known.locations.insert(l.id, l.clone());
        self.records.push(Record::Location(l.clone()));
        l.id
    }

    /// The taxonomy a feed's term belongs to: the one with its id, or its name, or a new one.
    fn taxonomy(&mut self, id: Option<Uuid>, name: Option<&str>) -> Uuid {
        if let Some(id) = id.filter(|id| self.known.taxonomies.contains(id)) {
            return id;
        }
        let name = name.filter(|n| !n.trim().is_empty()).unwrap_or("Imported");
        if let Some(id) = self.known.taxonomy_by_name.get(&name.to_lowercase()) {
            return *id;
        }
        let id = id.unwrap_or_else(|| part_id(Uuid::nil(), &format!("taxonomy:{}", name.to_lowercase())));
        self.known.taxonomy_by_name.insert(name.to_lowercase(), id);
        self.known.taxonomies.insert(id);
        self.records.push(Record::Taxonomy(Taxonomy {
            id,
            name: name.to_owned(),
            description: "Terms brought in by an import".into(),
            uri: None,
            version: None,
        }));
        id
    }

    fn term(&mut self, mut t: TaxonomyTerm, taxonomy: Option<&str>) -> Uuid {
        if self.known.terms.contains_key(&t.id) {
            return t.id;
        }
        if let Some(id) = self.known.term_by_name.get(&t.name.to_lowercase()) {
            return *id;
        }
        let feed_taxonomy = Some(t.taxonomy_id).filter(|id| !id.is_nil());
        t.taxonomy_id = self.taxonomy(feed_taxonomy, taxonomy);
        if t.parent_id.is_some_and(|p| !self.known.terms.contains_key(&p)) {
            t.parent_id = None;
        }
        self.known.term_by_name.insert(t.name.to_lowercase(), t.id);
        self.known.terms.insert(t.id, t.clone());
        self.records.push(Record::Term(t.clone()));
        t.id
    }

    /// Files a checked service: merged into its duplicate, or new.
    fn service(&mut self, label: String, mut s: Service) {
        let postcodes = self.known.postcodes_of(&s);
        match self.known.duplicate_of(&s, &postcodes) {
            Some(existing) => {
                if let Some(old) = self.known.services.get(&existing) {
                    s = merge(old, s);
                }
                self.report.merged.push((label, existing));
            }
            None => self.report.imported.push(label),
        }
        self.known.services.insert(s.id, s.clone());
        self.records.push(Record::Service(s));
    }

    fn oruk(&mut self, label: String, record: ImportedService) {
        let mut s = record.service;
        if let Some(o) = record.organisation {
            s.organisation_id = self.organisation(o);
        } else if !self.known.organisations.contains_key(&s.organisation_id) {
            self.report.rejected.push((
                label,
                format!("organization {} is neither in the record nor in the directory", s.organisation_id),
            ));
            return;
        }
        s.locations = record.locations.into_iter().map(|l| self.location(l)).collect();
        s.terms = record.terms.into_iter().map(|(t, taxonomy)| self.term(t, taxonomy.as_deref())).collect();
        self.service(label, s);
    }

    fn csv(&mut self, label: String, row: Row) {
        let parsed = match row.parse() {
            Ok(p) => p,
            Err(e) => return self.report.rejected.push((label, e)),
        };
        let mut terms = Vec::new();
        for c in &parsed.categories {
            match self.known.term_by_name.get(&c.to_lowercase()) {
                Some(id) => terms.push(*id),
                None => {
                    return self
                        .report
                        .rejected
                        .push((label, format!("categories: {c:?} is not a term in the directory's taxonomy")));
                }
            }
        }
        let postcode = match row.postcode.trim() {
            "" => None,
            p => match Postcode::parse(p) {
                Ok(p) => Some(p),
                Err(_) => return self.report.rejected.push((label, format!("postcode {p:?} is not a UK postcode"))),
            },
        };
        if let Some(p) = &postcode
            && matches!(self.app.places().place(At::Postcode(p)), Place::Unknown)
        {
            return self.report.rejected.push((label, format!("postcode {p} is not one we know")));
        }
        let organisation = Organisation {
            id: Uuid::new_v4(),
            name: row.organisation.trim().to_owned(),
            description: String::new(),
            email: Some(row.organisation_email.trim().to_owned()).filter(|e| !e.is_empty()),
            website: None,
            phone: None,
        };
        let organisation_id = self.organisation(organisation);
        let locations = if row.venue.trim().is_empty() && postcode.is_none() {
            vec![]
        } else {
            vec![self.location(Location {
                id: Uuid::new_v4(),
                name: if row.venue.trim().is_empty() {
                    row.name.trim().to_owned()
                } else {
                    row.venue.trim().to_owned()
                },
                description: String::new(),
                address: row.address.trim().to_owned(),
                city: String::new(),
                postcode,
                position: None,
                ward: None,
                accessibility: parsed.accessibility.clone(),
            })]
        };
        let ward = WardCode::parse(row.ward.trim()).ok();
        let none = |t: &str| Some(t.trim().to_owned()).filter(|t| !t.is_empty());
        let s = Service {
            id: parsed.id.unwrap_or_else(Uuid::new_v4),
            organisation_id,
            name: row.name.trim().to_owned(),
            description: row.description.trim().to_owned(),
            status: ServiceStatus::Active,
            url: none(&row.website),
            email: none(&row.email),
            phone: none(&row.phone),
            areas: if locations.is_empty() { ward.into_iter().collect() } else { vec![] },
            locations,
            terms,
            schedules: parsed.schedule.into_iter().collect(),
            costs: parsed.cost.into_iter().collect(),
            languages: parsed.languages,
            minimum_age: parsed.minimum_age,
            maximum_age: parsed.maximum_age,
            eligibility: row.eligibility.trim().to_owned(),
            contacts: vec![],
            funding: vec![],
            assured_date: None,
            checked_at: self.app.now(),
            written_in: vec![],
        };
        self.service(label, s);
    }
}

/// Imports a directory. With `dry_run`, reports what would happen and writes nothing.
pub async fn import(app: &App, actor: &Actor, source: Source, dry_run: bool) -> Result<ImportReport> {
    app.directory.catch_up(&app.store).await?;
    let mut batch = Batch { app, known: Known::load(app), records: Vec::new(), report: ImportReport::default() };
    match source {
        Source::Oruk(values) => {
            for (label, v) in values {
                let named = format!("{label} ({})", v["name"].as_str().unwrap_or("no name"));
                match oruk_in::service(&v, app.now()) {
                    Ok(record) => batch.oruk(named, record),
                    Err(e) => batch.report.rejected.push((named, e)),
                }
            }
        }
        Source::Csv(rows) => {
            for (label, row) in rows {
                let named = format!("{label} ({})", row.name.trim());
                batch.csv(named, row);
            }
        }
    }
    let mut report = batch.report;
    if !dry_run && !batch.records.is_empty() {
        write_records(app, actor, batch.records, true).await?;
        report.written = true;
    }
    Ok(report)
}

/// Reads an ORUK document: one service, an array of them, or a page of the API (`contents`).
pub fn oruk_values(text: &str, file: &str) -> std::result::Result<Vec<(String, Value)>, String> {
    let trimmed = text.trim_start();
    if (trimmed.starts_with('{') || trimmed.starts_with('['))
        && let Ok(doc) = serde_json::from_str::<Value>(text)
    {
        {
            let items: Vec<Value> = match doc {
                Value::Array(items) => items,
                Value::Object(ref o) if o.contains_key("contents") => {
                    doc["contents"].as_array().cloned().unwrap_or_default()
                }
                other => vec![other],
            };
            return Ok(items.into_iter().enumerate().map(|(i, v)| (format!("{file} record {}", i + 1), v)).collect());
        }
    }
    // Otherwise: one record a line (ndjson). A line that is not JSON is a record that is reported, not fatal.
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let v =
                serde_json::from_str::<Value>(l).unwrap_or_else(|e| Value::String(format!("line is not JSON: {e}")));
            (format!("{file} line {}", i + 1), v)
        })
        .collect())
}

/// Reads rows of the CSV template; a malformed file is an error naming the line.
pub fn csv_rows(bytes: &[u8], file: &str) -> std::result::Result<Vec<(String, Row)>, String> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::All).from_reader(bytes);
    let mut rows = Vec::new();
    for (i, r) in reader.deserialize::<Row>().enumerate() {
        let line = i + 2;
        let row = r.map_err(|e| format!("{file} line {line}: {e}"))?;
        rows.push((format!("{file} line {line}"), row));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::similar_names;

    #[test]
    fn names_written_differently_are_the_same_service() {
        assert!(similar_names("Lunch Club", "The lunch club"));
        assert!(similar_names("Sparkhill Lunch Club", "Sparkhill lunch club (demo)"));
        assert!(!similar_names("Lunch Club", "Walking Group"));
        assert!(!similar_names("Sparkhill Lunch Club", "Sparkbrook Food Bank"));
    }
}

/// Properties of reading an import file, over any bytes: a file from outside is read or refused with the place of
/// its problem, never a panic.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::{csv_rows, oruk_values};

    proptest! {
        #[test]
        fn any_bytes_are_csv_rows_or_refused(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
            let _ = csv_rows(&bytes, "services.csv");
        }

        #[test]
        fn any_csv_shaped_text_under_the_templates_header_is_rows_or_refused(
            lines in prop::collection::vec("[a-zA-Z0-9 ;:,\\.\"-]{0,80}", 0..6),
        ) {
            let text = format!("{}{}", kith_standards::directory_csv::header(), lines.join("\n"));
            let _ = csv_rows(text.as_bytes(), "services.csv");
        }

        #[test]
        fn any_text_is_an_open_referral_document_or_refused(text in "\\PC{0,300}") {
            let _ = oruk_values(&text, "feed.json");
        }

        #[test]
        fn any_json_shaped_text_is_an_open_referral_document_or_refused(
            text in "[\\[\\]{}:,\"a-z0-9 ]{0,200}",
        ) {
            let _ = oruk_values(&text, "feed.json");
        }
    }
}
