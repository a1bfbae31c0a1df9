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

pub mod text;

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::Arc;

use chrono::{DateTime, NaiveDateTime, NaiveTime, Utc, Weekday};
// Seeded afresh in every process, and quicker than the standard library's SipHash on the short words and ids the
// index is keyed by.
use foldhash::{HashMap, HashMapExt as _, HashSet, HashSetExt as _};
use kith_core::directory::{
    ACCESSIBILITY, BankHolidays, LanguageCode, Location, Organisation, Service, ServiceStatus, Synonym, Taxonomy,
    TaxonomyTerm, service_at_location_id,
};
use kith_core::places::{LatLng, Radius, WardCode};
use uuid::Uuid;

use text::Analyzer;

/// BM25's term-frequency saturation and length normalisation.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// How much a word counts in each field: a match in the name outranks one in the description.
const FIELD_WEIGHTS: [f32; 3] = [3.0, 2.0, 1.0];
const NAME: usize = 0;
const TERMS: usize = 1;
const DESCRIPTION: usize = 2;
/// A word matched through a synonym counts a little less than the word itself.
const SYNONYM_WEIGHT: f32 = 0.8;
/// Grid cells of about 1.1 km north to south and 1.1 km east to west at Birmingham's latitude.
const CELL_LAT: f64 = 0.01;
const CELL_LNG: f64 = 0.016;
/// The most words of a query that count (a pasted paragraph should not cost a second).
const MAX_QUERY_WORDS: usize = 12;
/// The most characters of a query that are read; the API refuses a longer one.
pub const MAX_QUERY_CHARS: usize = 200;

/// One change to apply, already parsed from the store's documents.
#[derive(Debug, Clone)]
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

#[derive(Debug, Clone, Copy)]
struct Point {
    lat: f64,
    lng: f64,
}

const METRES_PER_DEGREE: f64 = 6_371_008.8 * std::f64::consts::PI / 180.0;

impl Point {
    /// Metres between two points, by the equirectangular approximation with the cosine of this point's latitude:
    /// within 0.1% of the great circle at a city's scale, and a fraction of its cost.
    fn distance_m(self, other: Point, cos_lat: f64) -> f64 {
        let x = (other.lng - self.lng) * cos_lat;
        let y = other.lat - self.lat;
        (x * x + y * y).sqrt() * METRES_PER_DEGREE
    }

    fn cell(self) -> (i32, i32) {
        ((self.lat / CELL_LAT).floor() as i32, (self.lng / CELL_LNG).floor() as i32)
    }
}

/// A service as the index holds it: the record, and what queries filter and rank on.
#[derive(Debug)]
struct Doc {
    service: Arc<Service>,
    modified: DateTime<Utc>,
    /// Its part of a list item, if the index keeps `Listings`; and its organisation's number, to find that one's
    /// part (see `DirectoryIndex::organisation_listings`).
    listing: Box<str>,
    organisation: u32,
    /// Its first location's position, held in the document (most services have one place), and any others.
    point: Option<Point>,
    more_points: Vec<Point>,
    /// The wards of its locations and its service areas, as positions in `DirectoryIndex::ward_codes`, sorted.
    wards: Vec<u16>,
    /// Only its service areas (a postcode search matches these without a distance).
    area_wards: Vec<u16>,
    taxonomies: Vec<Uuid>,
    languages: u64,
    accessibility: u16,
    free: bool,
}

impl Doc {
    fn deciding_place(&self) -> Option<Point> {
        deciding_place(self.point, !self.more_points.is_empty(), !self.area_wards.is_empty())
    }
}

/// What the first filters and the scoring read, dense beside the documents: expiry, the first place and the field
/// lengths, in one 24-byte entry, so a candidate costs one read of memory before its document is needed, if ever.
#[derive(Debug, Clone, Copy)]
struct Hot {
    /// Seconds since the epoch.
    expires_at: i64,
    /// The first place (NaN without one), to within half a metre.
    lat: f32,
    lng: f32,
    /// The words in its name, terms and description.
    lengths: [u16; 3],
    /// `LIVE`, `MORE_PLACES` and `HAS_AREAS`, in one byte so the entry stays 24 bytes.
    flags: u8,
}

/// The slot's service is current (a changed or removed service's old slot is not).
const LIVE: u8 = 1;
/// It has other places, which only its document knows.
const MORE_PLACES: u8 = 2;
/// It has service areas (`DirectoryIndex::by_area` knows which).
const HAS_AREAS: u8 = 4;

impl Hot {
    fn live(self) -> bool {
        self.flags & LIVE != 0
    }

    fn more_places(self) -> bool {
        self.flags & MORE_PLACES != 0
    }

    fn has_areas(self) -> bool {
        self.flags & HAS_AREAS != 0
    }

    fn point(self) -> Point {
        Point { lat: f64::from(self.lat), lng: f64::from(self.lng) }
    }
}

/// Slots as bits: a need's services, tested in one step while another list is walked.
#[derive(Debug, Clone)]
struct SlotSet(Vec<u64>);

impl SlotSet {
    fn with_capacity(slots: usize) -> Self {
        Self(vec![0; slots.div_ceil(64)])
    }

    fn of(slots: &[u32], capacity: usize) -> Self {
        let mut set = Self::with_capacity(capacity);
        for &slot in slots {
            set.insert(slot);
        }
        set
    }

    /// Adds a slot, growing the set if the slot is beyond it.
    fn insert(&mut self, slot: u32) {
        let at = slot as usize / 64;
        if at >= self.0.len() {
            self.0.resize(at + 1, 0);
        }
        self.0[at] |= 1 << (slot % 64);
    }

    /// The slots in the set, in order.
    fn slots(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().enumerate().flat_map(|(at, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros();
                    rest &= rest - 1;
                    at as u32 * 64 + bit
                })
            })
        })
    }

    fn union_with(&mut self, other: &SlotSet) {
        if other.0.len() > self.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (word, theirs) in self.0.iter_mut().zip(&other.0) {
            *word |= theirs;
        }
    }

    fn contains(&self, slot: u32) -> bool {
        self.0.get(slot as usize / 64).is_some_and(|word| word & (1 << (slot % 64)) != 0)
    }
}

/// How far the rounded position can be from the true one, in metres: a candidate this close to the edge of a
/// distance filter is decided on the exact position.
const HOT_MARGIN_M: f64 = 1.0;

/// A hit's place in a ranked list as one integer: the score (higher first) in the top 32 bits, the distance (nearer
/// first, none last) in the next 64, and the slot in the last 32, which `order` leaves out so that equal scores
/// and distances fall to the id. Non-negative floats order as their bits do; the search makes no other kind.
#[derive(Debug, Clone, Copy)]
struct Rank(u128);

impl Rank {
    fn new(score: f32, distance: Option<f64>, slot: u32) -> Self {
        let score = if score > 0.0 { score.to_bits() } else { 0 };
        let distance = match distance {
            Some(d) if d > 0.0 => d.to_bits(),
            Some(_) => 0,
            None => u64::MAX,
        };
        Self(u128::from(!score) << 96 | u128::from(distance) << 32 | u128::from(slot))
    }

    fn order(self) -> u128 {
        self.0 >> 32
    }

    fn slot(self) -> u32 {
        self.0 as u32
    }

    fn score(self) -> f32 {
        f32::from_bits(!((self.0 >> 96) as u32))
    }

    fn distance(self) -> Option<f64> {
        let bits = (self.0 >> 32) as u64;
        (bits != u64::MAX).then(|| f64::from_bits(bits))
    }
}

/// Orders only the first `end` items (the pages up to the one asked for): selects them, then sorts just those.
fn sort_first<T>(items: &mut Vec<T>, end: usize, order: impl Fn(&T, &T) -> Ordering) {
    if end < items.len() {
        items.select_nth_unstable_by(end, &order);
        items.truncate(end);
    }
    items.sort_unstable_by(order);
}

/// A word in one service: eight bytes, so a posting list is cheap to walk and to hold.
#[derive(Debug, Clone, Copy)]
struct Posting {
    slot: u32,
    /// How often the word is in each field, up to 255 (BM25 has long saturated by then).
    tf: [u8; 3],
    /// The service's place as a `Region`, so a distance filter passes over most postings without reading `hot`.
    region: Region,
}

/// A coarse cell of about 2.2 km a side, folded into one byte: its row modulo 15 and its column modulo 16, or
/// `Region::ANY` for a service with no single place. A disc smaller than the fold touches each region at most
/// once, so every region it does not touch is certainly too far; one it does touch may still be, and is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Region(u8);

const REGION_LAT: f64 = 0.02;
const REGION_LNG: f64 = 0.032;
const REGION_ROWS: i64 = 15;
const REGION_COLUMNS: i64 = 16;

impl Region {
    const ANY: Region = Region(u8::MAX);

    fn of(point: Point) -> Self {
        let row = (point.lat / REGION_LAT).floor() as i64;
        let column = (point.lng / REGION_LNG).floor() as i64;
        Region((row.rem_euclid(REGION_ROWS) * REGION_COLUMNS + column.rem_euclid(REGION_COLUMNS)) as u8)
    }
}

/// For one query, whether a posting's region may hold a place within the distance.
struct Regions([bool; 256]);

impl Regions {
    fn everywhere() -> Self {
        Self([true; 256])
    }

    /// The regions a disc touches (with a metre to spare), or every region if it is wider than the fold.
    fn near(point: Point, within_m: f64) -> Self {
        let dlat = (within_m + 1.0) / METRES_PER_DEGREE;
        let dlng = dlat / point.lat.to_radians().cos().max(0.01);
        let rows = ((point.lat - dlat) / REGION_LAT).floor()..=((point.lat + dlat) / REGION_LAT).floor();
        let columns = ((point.lng - dlng) / REGION_LNG).floor()..=((point.lng + dlng) / REGION_LNG).floor();
        // Measured before any cast, so no width of disc can wrap the loops below.
        if !(rows.end() - rows.start() < (REGION_ROWS - 1) as f64
            && columns.end() - columns.start() < (REGION_COLUMNS - 1) as f64)
        {
            return Self::everywhere();
        }
        let rows = *rows.start() as i64..=*rows.end() as i64;
        let columns = *columns.start() as i64..=*columns.end() as i64;
        let mut touched = [false; 256];
        touched[usize::from(Region::ANY.0)] = true;
        for row in rows {
            for column in columns.clone() {
                let region = row.rem_euclid(REGION_ROWS) * REGION_COLUMNS + column.rem_euclid(REGION_COLUMNS);
                touched[region as usize] = true;
            }
        }
        Self(touched)
    }

    fn may_hold(&self, region: Region) -> bool {
        self.0[usize::from(region.0)]
    }
}

/// Where services sit in slot order. A build lays a batch out by place: the services with one place and no service
/// area first, by the grid cell of that place, row by row, so that the services near a point fill a few runs of
/// slots; then the rest. `cells` holds where each cell's run begins. Every slot from `placed_end` on (the services
/// with no single place, and everything indexed since the build) is in no particular order.
#[derive(Debug, Default)]
struct Layout {
    cells: Vec<((i32, i32), u32)>,
    placed_end: u32,
    /// The slots there were when it was laid out: those from here on were indexed since.
    built: u32,
}

impl Layout {
    /// Where a build puts a service with this deciding place (see `deciding_place`): by the grid cell of that place,
    /// the services with none last.
    fn key(place: Option<Point>) -> (bool, Option<(i32, i32)>) {
        let cell = place.map(Point::cell);
        (cell.is_none(), cell)
    }

    /// Reads the layout off slots indexed in `key` order, given each slot's cell: the runs of equal cells, up to the
    /// first slot out of order (a service with no deciding place, or one not sorted).
    fn of(cells: impl Iterator<Item = Option<(i32, i32)>>) -> Self {
        let mut layout = Layout::default();
        for (slot, cell) in (0u32..).zip(cells) {
            layout.built = slot + 1;
            let in_order = layout.placed_end == slot
                && match (cell, layout.cells.last()) {
                    (Some(cell), Some((last, _))) if cell == *last => true,
                    (Some(cell), last) if last.is_none_or(|(last, _)| cell > *last) => {
                        layout.cells.push((cell, slot));
                        true
                    }
                    _ => false,
                };
            if in_order {
                layout.placed_end = slot + 1;
            }
        }
        layout
    }

    /// The ranges of slots that may hold a service with its one place within `within_m` metres of `point` (with a
    /// metre to spare), in order: in each row of cells the disc crosses, the run from the first cell its chord
    /// reaches to the last. Then every slot from `placed_end` to `slots`, which must all be looked at.
    fn ranges(&self, point: Point, within_m: f64, slots: u32) -> Vec<std::ops::Range<u32>> {
        let mut ranges: Vec<std::ops::Range<u32>> = Vec::new();
        let mut add = |range: std::ops::Range<u32>| match ranges.last_mut() {
            Some(last) if last.end == range.start => last.end = range.end,
            _ if range.is_empty() => {}
            _ => ranges.push(range),
        };
        let dlat = (within_m + 1.0) / METRES_PER_DEGREE;
        let cos_lat = point.lat.to_radians().cos().max(0.01);
        let rows = ((point.lat - dlat) / CELL_LAT).floor()..=((point.lat + dlat) / CELL_LAT).floor();
        if !dlat.is_finite() || rows.end() - rows.start() > 4_096.0 {
            add(0..slots);
            return ranges;
        }
        // Where a cell's run begins: the first at or after it, or the end of the laid-out slots.
        let start_of = |cell: (i32, i32)| {
            let at = self.cells.partition_point(|(c, _)| *c < cell);
            self.cells.get(at).map_or(self.placed_end, |(_, slot)| *slot)
        };
        let (first_row, last_row) = (*rows.start() as i32, *rows.end() as i32);
        for row in first_row..=last_row {
            // The disc's widest chord in this row of cells, where the row comes nearest its centre (less a hair,
            // so that rounding at the row's edge never leaves a place out).
            let (south, north) = (f64::from(row) * CELL_LAT, f64::from(row + 1) * CELL_LAT);
            let dy = ((south - point.lat).max(point.lat - north).max(0.0) - 1e-9).max(0.0);
            let half = (dlat * dlat - dy * dy).max(0.0).sqrt() / cos_lat;
            let west = ((point.lng - half) / CELL_LNG).floor() as i32;
            let east = ((point.lng + half) / CELL_LNG).floor() as i32;
            add(start_of((row, west))..start_of((row, east.saturating_add(1))));
        }
        add(self.placed_end..slots);
        ranges
    }
}

/// The place a distance decides a service by alone: its one place, if it has exactly one and no service area. Such
/// a service has a `Region` in its postings and a cell in the `Layout`; any other is looked at by every distance
/// search.
fn deciding_place(first: Option<Point>, more_places: bool, has_areas: bool) -> Option<Point> {
    first.filter(|_| !more_places && !has_areas)
}

/// What a query rules out from a posting alone: slots outside the places it could be near, slots outside its
/// need, and regions too far from its point. Its answer is a bit, not a branch, so a posting list is filtered
/// without the processor guessing at each posting.
struct FirstFilter<'a> {
    /// The slots worth looking at, in order (see `Layout::ranges`).
    ranges: Vec<std::ops::Range<u32>>,
    need: Option<&'a SlotSet>,
    regions: Regions,
}

impl FirstFilter<'_> {
    /// 1 if the slot in this region may match, else 0.
    #[inline]
    fn passes(&self, slot: u32, region: Region) -> u64 {
        u64::from(self.need.is_none_or(|set| set.contains(slot))) & u64::from(self.regions.may_hold(region))
    }

    /// The postings that pass, in order: only those in the ranges, sixty-four at a time, their verdicts gathered
    /// into a mask first.
    fn keep(&self, postings: &[Posting]) -> Vec<Posting> {
        let mut kept = Vec::new();
        let mut rest = postings;
        for range in &self.ranges {
            rest = &rest[first_at_or_after(rest, range.start)..];
            let inside = first_at_or_after(rest, range.end);
            self.keep_from(&rest[..inside], &mut kept);
            rest = &rest[inside..];
        }
        kept
    }

    fn keep_from(&self, postings: &[Posting], kept: &mut Vec<Posting>) {
        for chunk in postings.chunks(64) {
            let mut mask = 0u64;
            for (at, p) in chunk.iter().enumerate() {
                mask |= self.passes(p.slot, p.region) << at;
            }
            while mask != 0 {
                kept.push(chunk[mask.trailing_zeros() as usize]);
                mask &= mask - 1;
            }
        }
    }
}

/// Where the first posting at or after `slot` is: past every block of 64 whose last posting is before it (a
/// stride the processor reads ahead, where a binary search would wait on each read in turn), then counted in the
/// block it is in.
fn first_at_or_after(postings: &[Posting], slot: u32) -> usize {
    let mut at = 0;
    while postings.get(at + 63).is_some_and(|p| p.slot < slot) {
        at += 64;
    }
    at + postings[at..].iter().take(64).filter(|p| p.slot < slot).count()
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

fn bit_of(list: &[&str], key: &str) -> Option<u32> {
    list.iter().position(|k| *k == key).and_then(|i| u32::try_from(i).ok())
}

/// A language's bit: its place in `kith_core::directory::LANGUAGES` (fewer than 64 languages).
fn language_bit(code: &LanguageCode) -> u64 {
    1u64 << (code.position() % 64)
}

fn accessibility_bits(keys: &[String]) -> u16 {
    keys.iter().filter_map(|k| bit_of(ACCESSIBILITY, k)).fold(0, |bits, i| bits | (1 << i))
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

    /// Applies changes in the order given (the store's change order), then catches the counter up to `seq`.
    pub fn apply(&mut self, changes: Vec<Change>, seq: i64) {
        let mut reindex: HashSet<Uuid> = HashSet::new();
        let mut terms_changed = false;
        // Services last: a batch holds each record once, and a service is indexed with the terms, locations and
        // organisation written beside it.
        let (services, others): (Vec<Change>, Vec<Change>) =
            changes.into_iter().partition(|c| matches!(c, Change::Service { .. }));
        for change in others {
            match change {
                Change::Organisation(o) => {
                    let listing = self.listings.as_ref().map(|listings| listings.organisation(&o));
                    let number = self.organisation_number(o.id);
                    self.organisation_listings[number as usize] = listing;
                    self.organisations.insert(o.id, Arc::new(o));
                }
                Change::Location(l) => {
                    if let Some(services) = self.at_location.get(&l.id) {
                        reindex.extend(services.iter().copied());
                    }
                    self.locations.insert(l.id, Arc::new(l));
                }
                Change::Taxonomy(t) => {
                    self.taxonomies.insert(t.id, Arc::new(t));
                }
                Change::Term(t) => {
                    terms_changed |= self.terms.get(&t.id).is_some_and(|old| **old != t);
                    self.terms.insert(t.id, Arc::new(t));
                }
                Change::Synonym(s) => {
                    self.synonyms.insert(s.id, s);
                    self.rebuild_synonyms();
                }
                Change::Service { .. } => {}
                Change::Removed(id) => {
                    self.remove_service(id);
                    self.organisations.remove(&id);
                    if let Some(&number) = self.organisation_numbers.get(&id) {
                        self.organisation_listings[number as usize] = None;
                    }
                    self.taxonomies.remove(&id);
                    terms_changed |= self.terms.remove(&id).is_some();
                    if let Some(services) = self.at_location.get(&id) {
                        reindex.extend(services.iter().copied());
                    }
                    self.locations.remove(&id);
                    if self.synonyms.remove(&id).is_some() {
                        self.rebuild_synonyms();
                    }
                }
            }
        }
        let services: Vec<(Arc<Service>, DateTime<Utc>)> = services
            .into_iter()
            .filter_map(|c| match c {
                Change::Service { service, modified } => Some((Arc::new(service), modified)),
                _ => None,
            })
            .collect();
        for (service, _) in &services {
            reindex.remove(&service.id);
        }
        self.add_services(services);
        if terms_changed {
            // A renamed or moved term changes the text and the ancestry of every service that has it.
            reindex.extend(self.slot_of.keys().copied());
        }
        for id in reindex {
            if let Some(&slot) = self.slot_of.get(&id)
                && let Some(doc) = &self.docs[slot as usize]
            {
                let (service, modified) = (doc.service.clone(), doc.modified);
                self.remove_service(id);
                self.add_service(service, modified);
            }
        }
        self.seq = self.seq.max(seq);
        // Swept when dead slots, or slots indexed since the build (which every distance search walks), are many.
        let dead = self.docs.len() - self.live;
        let since = self.docs.len() - self.layout.built as usize;
        if (dead > 1000 && dead > self.live / 4) || (since > 1000 && since > self.live / 4) {
            self.compact();
        }
        self.refresh_term_sets();
    }

    fn rebuild_synonyms(&mut self) {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for s in self.synonyms.values() {
            let words: Vec<String> = self.analyzer.stems(&s.word);
            let alternatives: Vec<String> = s.alternatives.iter().flat_map(|a| self.analyzer.stems(a)).collect();
            for w in words {
                let entry = map.entry(w.clone()).or_default();
                for a in &alternatives {
                    if *a != w && !entry.contains(a) {
                        entry.push(a.clone());
                    }
                }
            }
        }
        self.synonym_stems = map;
    }

    /// Every term and the terms above it.
    fn with_ancestors(&self, terms: &[Uuid]) -> Vec<Uuid> {
        let mut out: Vec<Uuid> = Vec::new();
        for &t in terms {
            let mut at = Some(t);
            let mut steps = 0;
            while let Some(id) = at {
                if out.contains(&id) || steps > 16 {
                    break;
                }
                out.push(id);
                at = self.terms.get(&id).and_then(|t| t.parent_id);
                steps += 1;
            }
        }
        out.sort_unstable();
        out
    }

    /// Indexes a batch of services in place of any earlier versions. A large batch (the build at start) has its
    /// list items written on a second thread while this one indexes, so the build waits for neither alone.
    fn add_services(&mut self, mut services: Vec<(Arc<Service>, DateTime<Utc>)>) {
        const ON_A_SECOND_THREAD: usize = 1_000;
        let build = self.docs.is_empty();
        if build {
            services.sort_by_cached_key(|(s, _)| {
                let mut positions = self.positions(s);
                Layout::key(deciding_place(positions.next(), positions.next().is_some(), !s.areas.is_empty()))
            });
        }
        let large = services.len() >= ON_A_SECOND_THREAD;
        let Some(listings) = self.listings.take_if(|_| large) else {
            for (service, modified) in services {
                self.remove_service(service.id);
                self.add_service(service, modified);
            }
            if build {
                self.lay_out();
            }
            return;
        };
        let (slots, written) = std::thread::scope(|scope| {
            let writer = scope.spawn(|| services.iter().map(|(s, modified)| listings.service(s, *modified)).collect());
            let slots: Vec<u32> = services
                .iter()
                .map(|(service, modified)| {
                    self.remove_service(service.id);
                    self.add_service(service.clone(), *modified)
                })
                .collect();
            let written: Vec<Box<str>> = writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (slots, written)
        });
        for (slot, listing) in slots.into_iter().zip(written) {
            if let Some(doc) = &mut self.docs[slot as usize] {
                doc.listing = listing;
            }
        }
        self.listings = Some(listings);
        if build {
            self.lay_out();
        }
    }

    /// The positions of a service's locations, in its order.
    fn positions<'a>(&'a self, service: &'a Service) -> impl Iterator<Item = Point> + 'a {
        service
            .locations
            .iter()
            .filter_map(|l| self.locations.get(l)?.position)
            .map(|p| Point { lat: p.lat, lng: p.lng })
    }

    /// Reads the layout off the slots, once a build has indexed them in `Layout::key` order.
    fn lay_out(&mut self) {
        self.layout =
            Layout::of(self.docs.iter().map(|doc| doc.as_ref().and_then(Doc::deciding_place).map(Point::cell)));
    }

    /// Indexes one service in a new slot (without its list item while `listings` is taken by `add_services`).
    fn add_service(&mut self, service: Arc<Service>, modified: DateTime<Utc>) -> u32 {
        let slot = u32::try_from(self.docs.len()).expect("fewer than four billion services");
        let terms = self.with_ancestors(&service.terms);
        let mut taxonomies: Vec<Uuid> = terms.iter().filter_map(|t| self.terms.get(t)).map(|t| t.taxonomy_id).collect();
        taxonomies.sort_unstable();
        taxonomies.dedup();
        let term_text: Vec<&str> =
            service.terms.iter().filter_map(|t| self.terms.get(t)).map(|t| t.name.as_str()).collect();
        let mut memo = std::mem::take(&mut self.stem_memo);
        let fields = [
            self.analyzer.stems_with(&service.name, &mut memo),
            self.analyzer.stems_with(&term_text.join(" "), &mut memo),
            self.analyzer.stems_with(&service.description, &mut memo),
        ];
        // A word seen once is as likely as not a name; keep the memo from growing without bound.
        if memo.len() > 200_000 {
            memo.clear();
        }
        self.stem_memo = memo;
        let mut tfs: HashMap<&str, [u8; 3]> = HashMap::new();
        for (f, stems) in fields.iter().enumerate() {
            for s in stems {
                let tf = tfs.entry(s.as_str()).or_default();
                tf[f] = tf[f].saturating_add(1);
            }
        }
        let lengths = fields.each_ref().map(|f| u16::try_from(f.len()).unwrap_or(u16::MAX));
        for (sum, len) in self.length_sums.iter_mut().zip(lengths) {
            *sum += u64::from(len);
        }

        let points: Vec<Point> = self.positions(&service).collect();
        let mut wards: Vec<WardCode> = service.areas.clone();
        let area_wards: Vec<u16> = service.areas.iter().map(|w| self.ward_id(w)).collect();
        let mut accessibility = 0;
        for id in &service.locations {
            self.at_location.entry(*id).or_default().insert(service.id);
            self.service_at_locations.insert(service_at_location_id(service.id, *id), (service.id, *id));
            let Some(location) = self.locations.get(id) else { continue };
            accessibility |= accessibility_bits(&location.accessibility);
            if let Some(w) = &location.ward {
                wards.push(w.clone());
            }
        }
        let mut wards: Vec<u16> = wards.iter().map(|w| self.ward_id(w)).collect();
        wards.sort_unstable();
        wards.dedup();
        let region = deciding_place(points.first().copied(), points.len() > 1, !area_wards.is_empty())
            .map_or(Region::ANY, Region::of);
        for (stem, tf) in tfs {
            // Looked up before inserting, so a word already indexed costs no allocation.
            match self.postings.get_mut(stem) {
                Some(list) => list.push(Posting { slot, tf, region }),
                None => {
                    self.postings.insert(stem.into(), vec![Posting { slot, tf, region }]);
                }
            }
        }
        let mut cells: Vec<(i32, i32)> = points.iter().map(|p| p.cell()).collect();
        cells.sort_unstable();
        cells.dedup();
        for cell in cells {
            self.grid.entry(cell).or_default().push(slot);
        }
        for w in &wards {
            self.by_ward.entry(*w).or_default().push(slot);
        }
        for t in &terms {
            self.by_term.entry(*t).or_default().push(slot);
            if let Some(set) = self.term_sets.get_mut(t) {
                set.insert(slot);
            }
        }
        for w in &area_wards {
            self.by_area.entry(*w).or_default().push(slot);
        }
        let doc = Doc {
            languages: service.languages.iter().map(language_bit).fold(0, |a, b| a | b),
            free: service.is_free(),
            area_wards,
            listing: self.listings.as_ref().map(|l| l.service(&service, modified)).unwrap_or_default(),
            organisation: self.organisation_number(service.organisation_id),
            service: service.clone(),
            modified,
            point: points.first().copied(),
            more_points: points.get(1..).map(<[Point]>::to_vec).unwrap_or_default(),
            wards,
            taxonomies,
            accessibility,
        };
        self.hot.push(Hot {
            expires_at: kith_core::directory::expires_at(service.checked_at).timestamp(),
            lat: doc.point.map_or(f32::NAN, |p| p.lat as f32),
            lng: doc.point.map_or(f32::NAN, |p| p.lng as f32),
            lengths,
            flags: LIVE
                | if doc.more_points.is_empty() { 0 } else { MORE_PLACES }
                | if doc.area_wards.is_empty() { 0 } else { HAS_AREAS },
        });
        self.ids.push(service.id);
        self.slot_of.insert(service.id, slot);
        self.docs.push(Some(doc));
        self.live += 1;
        slot
    }

    /// The organisation's number, given now if it has none yet.
    fn organisation_number(&mut self, id: Uuid) -> u32 {
        let next = u32::try_from(self.organisation_listings.len()).expect("fewer than four billion organisations");
        let number = *self.organisation_numbers.entry(id).or_insert(next);
        if number == next {
            self.organisation_listings.push(None);
        }
        number
    }

    fn ward_id(&mut self, code: &WardCode) -> u16 {
        if let Some(id) = self.ward_ids.get(code) {
            return *id;
        }
        let id = u16::try_from(self.ward_codes.len()).unwrap_or(u16::MAX);
        self.ward_codes.push(code.clone());
        self.ward_ids.insert(code.clone(), id);
        id
    }

    fn remove_service(&mut self, id: Uuid) {
        let Some(slot) = self.slot_of.remove(&id) else { return };
        if let Some(doc) = self.docs[slot as usize].take() {
            let hot = &mut self.hot[slot as usize];
            hot.flags &= !LIVE;
            for (sum, len) in self.length_sums.iter_mut().zip(hot.lengths) {
                *sum -= u64::from(len);
            }
            for l in &doc.service.locations {
                if let Some(set) = self.at_location.get_mut(l) {
                    set.remove(&id);
                }
                self.service_at_locations.remove(&service_at_location_id(id, *l));
            }
            self.live -= 1;
        }
    }

    /// Rebuilds the postings and lists without dead entries, laid out by place again, keeping the list items.
    fn compact(&mut self) {
        let mut docs: Vec<Doc> = self.docs.drain(..).flatten().collect();
        docs.sort_by_key(|d| Layout::key(d.deciding_place()));
        self.slot_of.clear();
        self.hot.clear();
        self.ids.clear();
        self.postings.clear();
        self.grid.clear();
        self.by_ward.clear();
        self.by_term.clear();
        self.term_sets.clear();
        self.by_area.clear();
        self.at_location.clear();
        self.service_at_locations.clear();
        self.live = 0;
        self.length_sums = [0; 3];
        let listings = self.listings.take();
        for doc in docs {
            let slot = self.add_service(doc.service, doc.modified);
            if let Some(new) = &mut self.docs[slot as usize] {
                new.listing = doc.listing;
            }
        }
        self.listings = listings;
        self.lay_out();
    }

    pub fn service_count(&self) -> usize {
        self.live
    }

    /// How many slots there are, live or dead.
    fn slots(&self) -> u32 {
        u32::try_from(self.docs.len()).expect("fewer than four billion services")
    }

    pub fn service(&self, id: Uuid) -> Option<(Arc<Service>, DateTime<Utc>)> {
        let slot = *self.slot_of.get(&id)?;
        self.docs[slot as usize].as_ref().map(|d| (d.service.clone(), d.modified))
    }

    /// The service and location a service-at-location identifier stands for.
    pub fn service_at_location(&self, id: Uuid) -> Option<(Uuid, Uuid)> {
        self.service_at_locations.get(&id).copied()
    }

    pub fn organisation(&self, id: Uuid) -> Option<Arc<Organisation>> {
        self.organisations.get(&id).cloned()
    }

    pub fn location(&self, id: Uuid) -> Option<Arc<Location>> {
        self.locations.get(&id).cloned()
    }

    /// The locations placed in a ward, by name.
    pub fn locations_in(&self, ward: &WardCode) -> Vec<Arc<Location>> {
        let mut all: Vec<_> = self.locations.values().filter(|l| l.ward.as_ref() == Some(ward)).cloned().collect();
        all.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        all
    }

    pub fn taxonomy(&self, id: Uuid) -> Option<Arc<Taxonomy>> {
        self.taxonomies.get(&id).cloned()
    }

    pub fn term(&self, id: Uuid) -> Option<Arc<TaxonomyTerm>> {
        self.terms.get(&id).cloned()
    }

    /// Every organisation, by name then id.
    pub fn organisations(&self) -> Vec<Arc<Organisation>> {
        let mut all: Vec<_> = self.organisations.values().cloned().collect();
        all.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        all
    }

    pub fn taxonomies(&self) -> Vec<Arc<Taxonomy>> {
        let mut all: Vec<_> = self.taxonomies.values().cloned().collect();
        all.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        all
    }

    /// Every term, by taxonomy, then top-level terms before their children, then name.
    pub fn terms(&self) -> Vec<Arc<TaxonomyTerm>> {
        let mut all: Vec<_> = self.terms.values().cloned().collect();
        all.sort_by(|a, b| {
            (a.taxonomy_id, a.parent_id.is_some(), &a.name, a.id).cmp(&(
                b.taxonomy_id,
                b.parent_id.is_some(),
                &b.name,
                b.id,
            ))
        });
        all
    }

    pub fn synonyms(&self) -> Vec<Synonym> {
        let mut all: Vec<_> = self.synonyms.values().cloned().collect();
        all.sort_by(|a, b| a.word.cmp(&b.word));
        all
    }

    /// The services an organisation runs, by name.
    pub fn services_of(&self, organisation: Uuid) -> Vec<Arc<Service>> {
        let mut all: Vec<_> = self
            .docs
            .iter()
            .flatten()
            .filter(|d| d.service.organisation_id == organisation)
            .map(|d| d.service.clone())
            .collect();
        all.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        all
    }

    /// Every live service, for exports, in id order.
    pub fn all_services(&self) -> Vec<(Arc<Service>, DateTime<Utc>)> {
        let mut all: Vec<_> = self.docs.iter().flatten().map(|d| (d.service.clone(), d.modified)).collect();
        all.sort_by_key(|(s, _)| s.id);
        all
    }

    /// The query's words, each with the stems that satisfy it (itself and its synonyms).
    fn word_groups(&self, text: &str) -> Vec<Vec<(String, f32)>> {
        let mut groups: Vec<Vec<(String, f32)>> = Vec::new();
        let text = match text.char_indices().nth(MAX_QUERY_CHARS) {
            Some((end, _)) => &text[..end],
            None => text,
        };
        for stem in self.analyzer.stems(text).into_iter().take(MAX_QUERY_WORDS) {
            if groups.iter().any(|g| g[0].0 == stem) {
                continue;
            }
            let mut group = vec![(stem.clone(), 1.0)];
            for alt in self.synonym_stems.get(&stem).into_iter().flatten() {
                group.push((alt.clone(), SYNONYM_WEIGHT));
            }
            groups.push(group);
        }
        groups
    }

    /// One word group's matches, sorted by slot: the BM25F score of each document holding any of its stems that
    /// the filters let through. `first` reads only the posting (and a need's bits, in cache); the dense entries of
    /// those it keeps are then read in one loop that waits on nothing, so the processor fetches many at once, and
    /// `fine` decides on them.
    fn group_matches(
        &self,
        group: &[(String, f32)],
        averages: [f32; 3],
        first: &FirstFilter,
        fine: &impl Fn(&Hot) -> bool,
    ) -> Vec<(u32, f32)> {
        let n = self.live.max(1) as f32;
        let mut out: Vec<(u32, f32)> = Vec::new();
        for (stem, weight) in group {
            let Some(postings) = self.postings.get(stem.as_str()) else { continue };
            let df = postings.len() as f32;
            let idf = weight * (1.0 + (n - df + 0.5) / (df + 0.5)).ln().max(0.01);
            let picked = first.keep(postings);
            let hots = self.gather(picked.iter().map(|p| p.slot));
            for (p, hot) in picked.iter().zip(&hots) {
                if !fine(hot) {
                    continue;
                }
                let mut tf = 0.0;
                for f in [NAME, TERMS, DESCRIPTION] {
                    if p.tf[f] > 0 {
                        let norm = 1.0 - B + B * f32::from(hot.lengths[f]) / averages[f];
                        tf += FIELD_WEIGHTS[f] * f32::from(p.tf[f]) / norm;
                    }
                }
                out.push((p.slot, idf * tf / (K1 + tf)));
            }
        }
        if group.len() > 1 {
            // Synonyms: postings of several stems, merged by slot with their scores added.
            out.sort_unstable_by_key(|(slot, _)| *slot);
            out.dedup_by(|later, kept| {
                let same = later.0 == kept.0;
                if same {
                    kept.1 += later.1;
                }
                same
            });
        }
        out
    }

    /// The dense entries of these slots, read in a loop with no branch on what it reads.
    fn gather(&self, slots: impl Iterator<Item = u32>) -> Vec<Hot> {
        slots.map(|slot| self.hot[slot as usize]).collect()
    }

    /// Slots matching every word group that the filters let through, with their summed scores: each group's
    /// matches are sorted by slot, so intersecting them is a merge, smallest first.
    fn text_matches(
        &self,
        groups: &[Vec<(String, f32)>],
        first: &FirstFilter,
        fine: &impl Fn(&Hot) -> bool,
    ) -> Vec<(u32, f32)> {
        let n = self.live.max(1) as f32;
        let averages = self.length_sums.map(|s| (s as f32 / n).max(1.0));
        let mut lists: Vec<Vec<(u32, f32)>> =
            groups.iter().map(|g| self.group_matches(g, averages, first, fine)).collect();
        lists.sort_by_key(Vec::len);
        let mut lists = lists.into_iter();
        let Some(mut found) = lists.next() else { return Vec::new() };
        for list in lists {
            let mut at = 0;
            found.retain_mut(|(slot, score)| {
                while at < list.len() && list[at].0 < *slot {
                    at += 1;
                }
                if at < list.len() && list[at].0 == *slot {
                    *score += list[at].1;
                    true
                } else {
                    false
                }
            });
        }
        found
    }

    /// Runs a query: candidates from the most selective source, every filter in one pass, then ranked and paged.
    pub fn search(&self, q: &Query) -> Results {
        let (total, ranked) = self.ranked(q);
        let hits = ranked
            .into_iter()
            .filter_map(|(slot, score, distance_m)| {
                self.docs[slot as usize].as_ref().map(|d| Hit {
                    service: d.service.clone(),
                    modified: d.modified,
                    score,
                    distance_m,
                })
            })
            .collect();
        Results { total, hits }
    }

    /// The page `search` finds, as the list items `with_listings` keeps ready; `None` if it keeps none.
    pub fn listing_page(&self, q: &Query) -> Option<ListingPage<'_>> {
        self.listings.as_ref()?;
        let (total, ranked) = self.ranked(q);
        let items = ranked
            .into_iter()
            .filter_map(|(slot, _, _)| self.docs[slot as usize].as_ref())
            .map(|d| (&*d.listing, self.organisation_listings[d.organisation as usize].as_deref()))
            .collect();
        Some(ListingPage { total, items })
    }

    /// How many services match, and the asked-for page of them as slots with their scores and distances.
    fn ranked(&self, q: &Query) -> (usize, Vec<(u32, f32, Option<f64>)>) {
        let groups = self.word_groups(&q.text);
        let near = q
            .near
            .as_ref()
            .map(|n| (Point { lat: n.point.lat, lng: n.point.lng }, n.within_m.map(Radius::m), n.ward.as_ref()));
        let cos_lat = near.map_or(1.0, |(p, _, _)| p.lat.to_radians().cos());
        let now = q.now.timestamp();
        // A need as a set of slots, so that whichever list gives the candidates tests it in one step.
        let need = (!q.terms.is_empty()).then(|| self.term_set(&q.terms));
        // What the dense copies alone rule out, asked of every candidate before it is scored or its document read:
        // outside the need, hidden as expired, or (for a service with one place and no service area) too far.
        let regions = match near {
            Some((point, Some(within), _)) => Regions::near(point, within),
            _ => Regions::everywhere(),
        };
        let ranges = match near {
            Some((point, Some(within), _)) => self.layout.ranges(point, within, self.slots()),
            _ => std::iter::once(0..self.slots()).collect(),
        };
        let first = FirstFilter { ranges, need: need.as_deref(), regions };
        let fine = |hot: &Hot| -> bool {
            hot.live()
                && (q.include_expired || now < hot.expires_at)
                && match near {
                    Some((point, Some(within), _)) if !hot.more_places() && !hot.has_areas() => {
                        !hot.lat.is_nan() && point.distance_m(hot.point(), cos_lat) <= within + HOT_MARGIN_M
                    }
                    _ => true,
                }
        };
        let candidates: Vec<(u32, f32)> = if !groups.is_empty() {
            self.text_matches(&groups, &first, &fine)
        } else {
            let slots: Vec<u32> = if let Some((point, Some(within), ward)) = near {
                let mut slots = self.grid_candidates(point, within);
                if let Some(w) = ward.and_then(|w| self.ward_ids.get(w)) {
                    slots.extend(self.by_ward.get(w).into_iter().flatten().copied());
                    slots.sort_unstable();
                    slots.dedup();
                }
                slots
            } else if let Some(ward) = &q.ward {
                let id = self.ward_ids.get(ward).copied().unwrap_or(u16::MAX);
                self.by_ward.get(&id).cloned().unwrap_or_default()
            } else if let Some(need) = &need {
                need.slots().collect()
            } else {
                (0..self.docs.len()).filter_map(|s| u32::try_from(s).ok()).collect()
            };
            let slots: Vec<u32> = slots.into_iter().filter(|&s| first.passes(s, Region::ANY) == 1).collect();
            let hots = self.gather(slots.iter().copied());
            slots.into_iter().zip(&hots).filter(|(_, hot)| fine(hot)).map(|(s, _)| (s, 0.0)).collect()
        };

        let language = q.language.as_ref().map(language_bit);
        let accessibility = accessibility_bits(&q.accessibility);
        // A ward the index has never seen has no services: u16::MAX matches no document.
        let ward = q.ward.as_ref().map(|w| self.ward_ids.get(w).copied().unwrap_or(u16::MAX));
        let near_ward = near.and_then(|(_, _, w)| w).map(|w| self.ward_ids.get(w).copied().unwrap_or(u16::MAX));
        let mut hits: Vec<(u32, f32, Option<f64>)> = Vec::new();
        // The usual search (words, a need, a distance) is decided from the dense copies alone; any other filter
        // reads the document.
        let needs_document = q.active_only
            || ward.is_some()
            || q.taxonomy.is_some()
            || q.organisation.is_some()
            || q.age.is_some()
            || q.minimum_age.is_some()
            || q.maximum_age.is_some()
            || q.free_only
            || language.is_some()
            || accessibility != 0
            || q.modified_after.is_some()
            || !q.days.is_empty()
            || q.from_time.is_some()
            || q.to_time.is_some()
            || q.open_at.is_some();
        // The services whose service areas include the point's ward, which match at any distance (in slot order).
        let covering = near_ward.and_then(|w| self.by_area.get(&w));
        // Every candidate has passed `fine` (live, not expired, near enough if it has one place and no service area).
        for (slot, score) in candidates {
            let hot = self.hot[slot as usize];
            // The distance from the rounded position, and whether it settles a distance filter on its own.
            let rough =
                near.and_then(|(point, _, _)| (!hot.lat.is_nan()).then(|| point.distance_m(hot.point(), cos_lat)));
            let covered = hot.has_areas() && covering.is_some_and(|list| list.binary_search(&slot).is_ok());
            if let Some((_, Some(within), _)) = near
                && !hot.more_places()
                && !covered
                && rough.is_none_or(|d| d > within + HOT_MARGIN_M)
            {
                continue;
            }
            let settled = near.is_none_or(|(_, within, _)| {
                within.is_none_or(|w| covered || rough.is_some_and(|d| d <= w - HOT_MARGIN_M))
            });
            if !needs_document && !hot.more_places() && settled {
                hits.push((slot, score, rough));
                continue;
            }
            let Some(doc) = &self.docs[slot as usize] else { continue };
            let s = &doc.service;
            if q.active_only && s.status != ServiceStatus::Active {
                continue;
            }
            if ward.is_some_and(|w| doc.wards.binary_search(&w).is_err()) {
                continue;
            }
            if q.taxonomy.is_some_and(|t| doc.taxonomies.binary_search(&t).is_err()) {
                continue;
            }
            if q.organisation.is_some_and(|o| s.organisation_id != o) {
                continue;
            }
            if let Some(age) = q.age
                && (s.minimum_age.is_some_and(|min| age < min) || s.maximum_age.is_some_and(|max| age > max))
            {
                continue;
            }
            if q.minimum_age.is_some_and(|age| s.maximum_age.is_some_and(|max| max < age))
                || q.maximum_age.is_some_and(|age| s.minimum_age.is_some_and(|min| min > age))
            {
                continue;
            }
            if q.free_only && !doc.free {
                continue;
            }
            if language.is_some_and(|bit| doc.languages & bit == 0) {
                continue;
            }
            if doc.accessibility & accessibility != accessibility {
                continue;
            }
            if q.modified_after.is_some_and(|after| doc.modified < after) {
                continue;
            }
            if !q.days.is_empty() || q.from_time.is_some() || q.to_time.is_some() {
                let fits = s.schedules.iter().any(|sc| {
                    (q.days.is_empty() || sc.weekdays().iter().any(|d| q.days.contains(d)))
                        && q.to_time.is_none_or(|to| sc.opens < to)
                        && q.from_time.is_none_or(|from| sc.closes > from)
                });
                if !fits {
                    continue;
                }
            }
            if let Some(at) = q.open_at
                && !s.schedules.iter().any(|sc| sc.is_open_at(at, &self.holidays))
            {
                continue;
            }
            let distance = near.and_then(|(point, _, _)| {
                let first = doc.point.map(|p| point.distance_m(p, cos_lat));
                doc.more_points
                    .iter()
                    .map(|p| point.distance_m(*p, cos_lat))
                    .fold(first, |best, d| Some(best.map_or(d, |b: f64| b.min(d))))
            });
            if let Some((_, Some(within), _)) = near {
                let close = distance.is_some_and(|d| d <= within);
                let covered = near_ward.is_some_and(|w| doc.area_wards.contains(&w));
                if !close && !covered {
                    continue;
                }
            }
            hits.push((slot, score, distance));
        }

        let name = |slot: u32| self.docs[slot as usize].as_ref().map(|d| d.service.name.as_str()).unwrap_or_default();
        let by_distance = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        let ranked_by_text = !groups.is_empty();
        let total = hits.len();
        let per_page = q.per_page.max(1);
        let start = q.page.saturating_sub(1).saturating_mul(per_page);
        let end = start.saturating_add(per_page).min(total);
        let hits: Vec<(u32, f32, Option<f64>)> = if start >= total {
            Vec::new()
        } else if ranked_by_text || near.is_some() {
            // By score, then distance, then id: the first two packed into one integer with the slot, so almost
            // every comparison is one instruction and only exact ties read the ids.
            let mut ranks: Vec<Rank> =
                hits.iter().map(|&(slot, score, distance)| Rank::new(score, distance, slot)).collect();
            sort_first(&mut ranks, end, |a, b| {
                a.order().cmp(&b.order()).then_with(|| self.ids[a.slot() as usize].cmp(&self.ids[b.slot() as usize]))
            });
            ranks.iter().map(|r| (r.slot(), r.score(), r.distance())).collect()
        } else {
            sort_first(&mut hits, end, |a, b| {
                name(a.0)
                    .cmp(name(b.0))
                    .then_with(|| by_distance(a.2, b.2))
                    .then_with(|| self.ids[a.0 as usize].cmp(&self.ids[b.0 as usize]))
            });
            hits
        };
        (total, hits.into_iter().skip(start).take(per_page).collect())
    }

    /// The slots filed under any of `terms` (or a term below one), as a set.
    fn term_set(&self, terms: &[Uuid]) -> Cow<'_, SlotSet> {
        if let [one] = terms
            && let Some(set) = self.term_sets.get(one)
        {
            return Cow::Borrowed(set);
        }
        let mut set = SlotSet::with_capacity(self.docs.len());
        for t in terms {
            match self.term_sets.get(t) {
                Some(bits) => set.union_with(bits),
                None => self.by_term.get(t).into_iter().flatten().for_each(|&slot| set.insert(slot)),
            }
        }
        Cow::Owned(set)
    }

    /// Keeps a set for each term at least one service in 32 is filed under, where the set is no bigger than the
    /// list: at most 32 times as many sets as terms a service has, however large the taxonomy.
    fn refresh_term_sets(&mut self) {
        let slots = self.docs.len();
        let dense = |list: &Vec<u32>| list.len() >= 64 && list.len() * 32 >= slots;
        self.term_sets.retain(|t, _| self.by_term.get(t).is_some_and(dense));
        for (t, list) in &self.by_term {
            if dense(list) && !self.term_sets.contains_key(t) {
                self.term_sets.insert(*t, SlotSet::of(list, slots));
            }
        }
    }

    fn grid_candidates(&self, point: Point, within_m: f64) -> Vec<u32> {
        let dlat = within_m / 111_195.0;
        let dlng = dlat / point.lat.to_radians().cos().max(0.01);
        let low = Point { lat: point.lat - dlat, lng: point.lng - dlng }.cell();
        let high = Point { lat: point.lat + dlat, lng: point.lng + dlng }.cell();
        let cells = i64::from(high.0 - low.0 + 1) * i64::from(high.1 - low.1 + 1);
        let mut slots = Vec::new();
        if cells > self.grid.len() as i64 {
            for list in self.grid.values() {
                slots.extend_from_slice(list);
            }
        } else {
            for a in low.0..=high.0 {
                for b in low.1..=high.1 {
                    if let Some(list) = self.grid.get(&(a, b)) {
                        slots.extend_from_slice(list);
                    }
                }
            }
        }
        slots.sort_unstable();
        slots.dedup();
        slots
    }
}

#[cfg(test)]
mod tests;
