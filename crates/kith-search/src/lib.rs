//! The directory's search read model: every approved record in memory, with a text index (BM25F over a
//! service's name, its taxonomy terms and its description, stemmed, with the synonyms network leads keep), a grid
//! over location positions, and lists by ward and by term, so one query answers text, distance, place, need, age,
//! day and time, cost, language and accessibility in one pass.
//!
//! It is built from the store's change feed and kept fresh by applying later changes in place: a changed
//! record's old entry is marked dead and a new one appended, so posting lists stay in slot order and a write
//! costs what that one record costs. Dead entries are swept out by a rebuild once they are a quarter of the
//! index. This crate does no I/O and knows nothing of the store or of HTTP; the same index serves pages and the
//! Open Referral UK API, on either backend, so results are the same whichever store a city uses.
//!
//! This file holds what callers see: the changes it applies, the query, the answers, and the index's fields. The
//! rest, by concern:
//! - `build`: applying changes: indexing a service in a new slot, retiring its old one, the sweep;
//! - `doc`: a service as the index holds it: its document, and the dense entry read before the document;
//! - `layout`: where services are by place: grid cells, the order of slots a build lays out by cell, regions;
//! - `postings`: each word's postings, slot sets for needs, and the first filter over both;
//! - `score`: a query's words and synonyms, and BM25F;
//! - `search`: running a query: candidates, then every filter, then each match's distance;
//! - `page`: the order of the matches and the page asked for;
//! - `records`: the records themselves, by id and in lists, for pages and exports;
//! - `text`: words as the index sees them.
//!
//! What a search returns is written plainly, checking every service in turn, in `spec` (tests only); a randomised
//! test asks the index and the specification the same queries and expects the same answers.

mod build;
mod doc;
mod layout;
mod page;
mod postings;
mod records;
mod score;
mod search;
pub mod text;

#[cfg(test)]
mod spec;
#[cfg(test)]
mod tests;

use std::sync::Arc;

use chrono::{DateTime, NaiveDateTime, NaiveTime, Utc, Weekday};
// Seeded afresh in every process, and quicker than the standard library's SipHash on the short words and ids the
// index is keyed by.
use foldhash::{HashMap, HashMapExt as _, HashSet};
use kith_core::directory::{
    BankHolidays, LanguageCode, Location, Organisation, Service, Synonym, Taxonomy, TaxonomyTerm,
};
use kith_core::places::{LatLng, Radius, WardCode};
use uuid::Uuid;

use doc::{Doc, Hot};
use layout::Layout;
use postings::{Posting, SlotSet};
use text::Analyzer;

/// The most characters of a query that are read; the API refuses a longer one.
pub const MAX_QUERY_CHARS: usize = 200;

/// One change to apply, already parsed from the store's documents. Most changes are services, so they are held
/// unboxed: boxing the common variant would cost an allocation per service to save space on the rare ones.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
pub enum Change {
    Organisation(Organisation),
    Location(Location),
    Service {
        service: Service,
        modified: DateTime<Utc>,
    },
    Taxonomy(Taxonomy),
    Term(TaxonomyTerm),
    Synonym(Synonym),
    /// Whatever record has this id is gone.
    Removed(Uuid),
}

/// A service found, with how well it matched and how far it is.
#[derive(Debug, Clone)]
pub struct Hit {
    pub service: Arc<Service>,
    pub modified: DateTime<Utc>,
    pub score: f32,
    /// From the query's point to the nearest of its locations, in metres.
    pub distance_m: Option<f64>,
}

/// One page of services, and how many there are in all.
#[derive(Debug, Clone)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// Text kept ready beside each record for the answer written most often (a page of the Open Referral UK list):
/// written once when a record is indexed rather than at every request, so a page is copied from one block per
/// service instead of gathered from the record's scattered fields. The index knows nothing of the format.
pub trait Listings: Send + Sync {
    /// A service's own part of a list item.
    fn service(&self, service: &Service, modified: DateTime<Utc>) -> Box<str>;
    /// Its organisation's part, shared by every service it runs.
    fn organisation(&self, organisation: &Organisation) -> Box<str>;
}

/// One page as the `Listings` wrote it: each service's part and its organisation's (if the index has it).
#[derive(Debug)]
pub struct ListingPage<'a> {
    pub total: usize,
    pub items: Vec<(&'a str, Option<&'a str>)>,
}

/// Where to search from.
#[derive(Debug, Clone)]
pub struct Near {
    pub point: LatLng,
    /// Only services with a location this close (or, if `ward` is given, serving that ward). A `Radius` is at most
    /// 50 km, so the rows, cells and regions a search visits are bounded whatever a visitor asks.
    pub within_m: Option<Radius>,
    /// The ward of the point: a service whose service area covers it matches at any distance.
    pub ward: Option<WardCode>,
}

/// What to look for. Everything given must hold; an empty query lists every visible service.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub text: String,
    pub near: Option<Near>,
    pub ward: Option<WardCode>,
    /// Any of these terms (or a term below one of them).
    pub terms: Vec<Uuid>,
    pub taxonomy: Option<Uuid>,
    pub organisation: Option<Uuid>,
    /// Someone of this age can go.
    pub age: Option<u8>,
    /// The service's age range reaches at least this low and this high (the Open Referral UK filters).
    pub minimum_age: Option<u8>,
    pub maximum_age: Option<u8>,
    /// It runs on one of these days, between these times if given.
    pub days: Vec<Weekday>,
    pub from_time: Option<NaiveTime>,
    pub to_time: Option<NaiveTime>,
    /// It is open at this local time.
    pub open_at: Option<NaiveDateTime>,
    pub free_only: bool,
    pub language: Option<LanguageCode>,
    /// Keys from `ACCESSIBILITY` that one of its locations has, all of them.
    pub accessibility: Vec<String>,
    pub modified_after: Option<DateTime<Utc>>,
    /// Only active services (people's search); the open data publishes every status.
    pub active_only: bool,
    /// Include services unchecked for 18 months (hidden from the public).
    pub include_expired: bool,
    /// The time the query is asked, for freshness.
    pub now: DateTime<Utc>,
    /// 1-based.
    pub page: usize,
    pub per_page: usize,
}

/// The whole directory in memory.
pub struct DirectoryIndex {
    analyzer: Analyzer,
    holidays: BankHolidays,
    /// The store's change counter this index has caught up to.
    pub seq: i64,
    organisations: HashMap<Uuid, Arc<Organisation>>,
    listings: Option<Box<dyn Listings>>,
    /// Each organisation's part of a list item, by a number given to the organisation when first seen: a page's
    /// items find their organisations' parts by one read each, not a hash lookup.
    organisation_listings: Vec<Option<Box<str>>>,
    organisation_numbers: HashMap<Uuid, u32>,
    locations: HashMap<Uuid, Arc<Location>>,
    taxonomies: HashMap<Uuid, Arc<Taxonomy>>,
    terms: HashMap<Uuid, Arc<TaxonomyTerm>>,
    synonyms: HashMap<Uuid, Synonym>,
    /// Stem to the stems it also finds.
    synonym_stems: HashMap<String, Vec<String>>,
    docs: Vec<Option<Doc>>,
    hot: Vec<Hot>,
    layout: Layout,
    /// Each slot's service id, for breaking ties without reading documents.
    ids: Vec<Uuid>,
    slot_of: HashMap<Uuid, u32>,
    /// Every ward code any document names, so documents hold small numbers instead of strings.
    ward_codes: Vec<WardCode>,
    ward_ids: HashMap<WardCode, u16>,
    live: usize,
    length_sums: [u64; 3],
    postings: HashMap<Box<str>, Vec<Posting>>,
    grid: HashMap<(i32, i32), Vec<u32>>,
    by_ward: HashMap<u16, Vec<u32>>,
    by_term: HashMap<Uuid, Vec<u32>>,
    /// The terms that many services are filed under, as sets too, so a query with one of them reads its set
    /// instead of building one (see `refresh_term_sets`).
    term_sets: HashMap<Uuid, SlotSet>,
    /// The slots whose service areas include each ward.
    by_area: HashMap<u16, Vec<u32>>,
    /// Services by location, so a moved location moves its services.
    at_location: HashMap<Uuid, HashSet<Uuid>>,
    /// Each word's stem, remembered while indexing.
    stem_memo: HashMap<String, String>,
    /// The standard's service-at-location identifiers, to the service and the location.
    service_at_locations: HashMap<Uuid, (Uuid, Uuid)>,
}

impl Default for DirectoryIndex {
    fn default() -> Self {
        Self::new(BankHolidays::default())
    }
}

impl DirectoryIndex {
    pub fn new(holidays: BankHolidays) -> Self {
        Self {
            analyzer: Analyzer::default(),
            holidays,
            seq: 0,
            organisations: HashMap::new(),
            listings: None,
            organisation_listings: Vec::new(),
            organisation_numbers: HashMap::new(),
            locations: HashMap::new(),
            taxonomies: HashMap::new(),
            terms: HashMap::new(),
            synonyms: HashMap::new(),
            synonym_stems: HashMap::new(),
            docs: Vec::new(),
            hot: Vec::new(),
            layout: Layout::default(),
            ids: Vec::new(),
            slot_of: HashMap::new(),
            ward_codes: Vec::new(),
            ward_ids: HashMap::new(),
            live: 0,
            length_sums: [0; 3],
            postings: HashMap::new(),
            grid: HashMap::new(),
            by_ward: HashMap::new(),
            by_term: HashMap::new(),
            term_sets: HashMap::new(),
            by_area: HashMap::new(),
            at_location: HashMap::new(),
            service_at_locations: HashMap::new(),
            stem_memo: HashMap::new(),
        }
    }

    /// Keeps each record's part of a list item ready, as `listings` writes it (see `listing_page`). Set before the
    /// first change is applied.
    pub fn with_listings(mut self, listings: Box<dyn Listings>) -> Self {
        self.listings = Some(listings);
        self
    }

    pub fn holidays(&self) -> &BankHolidays {
        &self.holidays
    }

    /// How many slots there are, live or dead.
    fn slots(&self) -> u32 {
        u32::try_from(self.docs.len()).expect("fewer than four billion services")
    }
}
