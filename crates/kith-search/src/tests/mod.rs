//! What a search finds, one behaviour a test, by concern; the randomised comparison with the specification
//! (`crate::spec`) in `against_the_specification`; and properties over any query a visitor can send. The helpers
//! below make the records the tests share.

mod against_the_specification;
mod changes;
mod filters;
mod needs;
mod pages;
mod places;
mod properties;
mod words;

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc, Weekday};
use kith_core::directory::{Location, Organisation, Recurrence, Schedule, Service};
use kith_core::places::{LatLng, WardCode};
use uuid::Uuid;

use crate::{Change, DirectoryIndex, Listings, Query};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn ward(code: &str) -> WardCode {
    WardCode::parse(code).unwrap()
}

fn location(n: u128, lat: f64, lng: f64, ward_code: &str, accessibility: &[&str]) -> Change {
    Change::Location(Location {
        id: id(n),
        name: format!("Hall {n}"),
        description: String::new(),
        address: "1 High Street".into(),
        city: "Birmingham".into(),
        postcode: None,
        position: Some(LatLng { lat, lng }),
        ward: Some(ward(ward_code)),
        accessibility: accessibility.iter().map(|s| (*s).to_owned()).collect(),
    })
}

fn service(n: u128, name: &str, description: &str) -> Service {
    Service::new(id(n), id(1), name, description, now() - Duration::days(30))
}

fn tuesday_mornings() -> Schedule {
    Schedule {
        id: Uuid::nil(),
        recurrence: Recurrence::Weekly { days: vec![Weekday::Tue], interval: 1 },
        opens: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        closes: NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
        valid_from: None,
        valid_to: None,
        not_on_bank_holidays: false,
        note: String::new(),
    }
}

fn put(index: &mut DirectoryIndex, s: Service) {
    index.apply(vec![Change::Service { service: s, modified: now() }], 0);
}

fn query(text: &str) -> Query {
    Query { text: text.into(), now: now(), page: 1, per_page: 20, ..Query::default() }
}

fn names(index: &DirectoryIndex, q: &Query) -> Vec<String> {
    index.search(q).hits.iter().map(|h| h.service.name.clone()).collect()
}

/// A community centre that mentions a lunch club, a lunch club, and a chess group.
fn three_services() -> DirectoryIndex {
    let mut index = DirectoryIndex::default();
    put(&mut index, service(10, "Sparkhill Community Centre", "Home of a weekly lunch club and a walking group"));
    put(&mut index, service(11, "Friday Lunch Club", "Hot meals for older people"));
    put(&mut index, service(12, "Chess in the library", "Quiet games"));
    index
}

/// List items that are just the record's name, to see which version of a record a page was written from.
struct Names;

impl Listings for Names {
    fn service(&self, service: &Service, _: DateTime<Utc>) -> Box<str> {
        service.name.as_str().into()
    }

    fn organisation(&self, organisation: &Organisation) -> Box<str> {
        organisation.name.as_str().into()
    }
}

#[test]
fn the_dense_entries_a_query_walks_stay_small() {
    // A query reads one entry per candidate; at 24 bytes, two or three share a cache line.
    assert_eq!(std::mem::size_of::<crate::doc::Hot>(), 24);
    assert_eq!(std::mem::size_of::<crate::postings::Posting>(), 8);
}
