//! What a search returns, said as plainly as it can be: the records as last written, every service checked against
//! every part of the query in turn, then put in order and cut into pages, with nothing indexed, laid out, rounded
//! or packed. This is the specification the index is held to: `tests::against_the_specification` asks both the
//! same random queries and expects the same answers. Slow on purpose, and compiled only for tests.
//!
//! Two things it takes from the index rather than saying itself. A match's score: BM25F over counts that only the
//! index keeps (a word's count includes slots of edits not yet swept), so the specification says only that a
//! query with words scores every match above zero and one without scores none. And the distance shown: it must be
//! the nearest place's to within `HOT_MARGIN_M` (the index measures from positions rounded to half a metre when
//! that settles a search), and answers are ordered by the distance they show.

use std::cell::{Ref, RefCell};
use std::cmp::Ordering;

use chrono::{DateTime, Utc};
use foldhash::{HashMap, HashSet};
use kith_core::directory::{
    ACCESSIBILITY, BankHolidays, Location, Organisation, Service, ServiceStatus, Synonym, TaxonomyTerm, expires_at,
};
use kith_core::places::{LatLng, WardCode};
use uuid::Uuid;

use crate::score::MAX_QUERY_WORDS;
use crate::text::Analyzer;
use crate::{Change, MAX_QUERY_CHARS, Near, Query};

/// The directory as its records stand: the last version written of each, by id.
#[derive(Default)]
pub(crate) struct Directory {
    services: HashMap<Uuid, (Service, DateTime<Utc>)>,
    organisations: HashMap<Uuid, Organisation>,
    locations: HashMap<Uuid, Location>,
    terms: HashMap<Uuid, TaxonomyTerm>,
    synonyms: HashMap<Uuid, Synonym>,
    holidays: BankHolidays,
    analyzer: Analyzer,
    /// Every service joined with the records it refers to, made again after every change only to keep the test
    /// quick (a query then reads no other record).
    joined: RefCell<Option<Vec<Joined>>>,
}

/// A service and what a query reads of the records it refers to: its locations, the terms it is filed under (with
/// every term above them) and its words.
struct Joined {
    service: Service,
    modified: DateTime<Utc>,
    organisation: Option<String>,
    /// The positions of its locations that have one.
    places: Vec<LatLng>,
    /// The wards of its locations.
    location_wards: Vec<WardCode>,
    /// The accessibility features at any of its locations.
    accessibility: Vec<String>,
    filed_under: HashSet<Uuid>,
    /// The taxonomies of the terms it is filed under.
    taxonomies: Vec<Uuid>,
    /// The words of its name, of the names of the terms it is filed under (not those above them), and of its
    /// description.
    words: HashSet<String>,
}

/// A service that matches a query, and how far it is from the query's point (to its nearest place).
#[derive(Debug, Clone)]
pub(crate) struct Match {
    pub(crate) id: Uuid,
    pub(crate) name: String,
    pub(crate) organisation: Option<String>,
    pub(crate) distance_m: Option<f64>,
}

/// A match as an answer lists it: with the score the index gave it and the distance it shows.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    pub(crate) id: Uuid,
    pub(crate) name: String,
    pub(crate) score: f32,
    pub(crate) distance_m: Option<f64>,
}

impl Directory {
    /// Writes each change over the record with its id; `Removed` removes whatever record has the id.
    pub(crate) fn apply(&mut self, changes: &[Change]) {
        self.joined.take();
        for change in changes.iter().cloned() {
            match change {
                Change::Organisation(o) => _ = self.organisations.insert(o.id, o),
                Change::Location(l) => _ = self.locations.insert(l.id, l),
                Change::Service { service, modified } => _ = self.services.insert(service.id, (service, modified)),
                Change::Taxonomy(_) => {}
                Change::Term(t) => _ = self.terms.insert(t.id, t),
                Change::Synonym(s) => _ = self.synonyms.insert(s.id, s),
                Change::Removed(id) => {
                    self.services.remove(&id);
                    self.organisations.remove(&id);
                    self.locations.remove(&id);
                    self.terms.remove(&id);
                    self.synonyms.remove(&id);
                }
            }
        }
    }

    /// Every service that matches `q`, in no particular order.
    pub(crate) fn matches(&self, q: &Query) -> Vec<Match> {
        let words = self.words_of_query(&q.text);
        self.joined().iter().filter_map(|j| self.match_one(j, q, &words)).collect()
    }

    /// A service matches if it is visible and every part of the query that is given holds (checked here in the
    /// order quickest to refuse, which is no part of the specification).
    fn match_one(&self, j: &Joined, q: &Query, words: &[Vec<String>]) -> Option<Match> {
        let s = &j.service;
        let distance_m = q.near.as_ref().and_then(|near| nearest_place_m(j, near.point));
        let matches = q.near.as_ref().is_none_or(|near| near_enough(s, near, distance_m))
            // Each word, or a word a synonym gives for it.
            && words.iter().all(|word| word.iter().any(|w| j.words.contains(w)))
            // One of the needs, or a need below one of them.
            && (q.terms.is_empty() || q.terms.iter().any(|t| j.filed_under.contains(t)))
            && (q.include_expired || not_expired(s, q.now))
            && (!q.active_only || s.status == ServiceStatus::Active)
            // It serves the ward by a service area, or one of its locations is in it.
            && q.ward.as_ref().is_none_or(|w| s.areas.contains(w) || j.location_wards.contains(w))
            && q.taxonomy.is_none_or(|t| j.taxonomies.contains(&t))
            && q.organisation.is_none_or(|o| s.organisation_id == o)
            && q.age.is_none_or(|age| for_age(s, age))
            // Its age range reaches at least as low and at least as high as asked.
            && q.minimum_age.is_none_or(|age| s.maximum_age.is_none_or(|max| age <= max))
            && q.maximum_age.is_none_or(|age| s.minimum_age.is_none_or(|min| min <= age))
            && (!q.free_only || s.is_free())
            && q.language.is_none_or(|l| s.languages.contains(&l))
            && accessible(j, &q.accessibility)
            && q.modified_after.is_none_or(|after| j.modified >= after)
            && runs_when_asked(s, q)
            && q.open_at.is_none_or(|at| s.schedules.iter().any(|sc| sc.is_open_at(at, &self.holidays)));
        matches.then(|| Match { id: s.id, name: s.name.clone(), organisation: j.organisation.clone(), distance_m })
    }

    /// The words of a query that count, each with the words a synonym gives for it: from its first
    /// `MAX_QUERY_CHARS` characters, leaving out words too common to count, the first `MAX_QUERY_WORDS` (a repeat
    /// counting), each once. A synonym gives its alternatives' words for each word of its own.
    fn words_of_query(&self, text: &str) -> Vec<Vec<String>> {
        let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
        let mut words: Vec<Vec<String>> = Vec::new();
        for word in self.analyzer.stems(&text).into_iter().take(MAX_QUERY_WORDS) {
            if words.iter().any(|w| w[0] == word) {
                continue;
            }
            let alternatives = self
                .synonyms
                .values()
                .filter(|synonym| self.analyzer.stems(&synonym.word).contains(&word))
                .flat_map(|synonym| synonym.alternatives.iter().flat_map(|a| self.analyzer.stems(a)));
            words.push(std::iter::once(word.clone()).chain(alternatives).collect());
        }
        words
    }

    fn joined(&self) -> Ref<'_, [Joined]> {
        if self.joined.borrow().is_none() {
            let joined = self.services.values().map(|(s, modified)| self.join(s, *modified)).collect();
            self.joined.replace(Some(joined));
        }
        Ref::map(self.joined.borrow(), |j| j.as_deref().unwrap_or_default())
    }

    fn join(&self, s: &Service, modified: DateTime<Utc>) -> Joined {
        let locations: Vec<&Location> = s.locations.iter().filter_map(|l| self.locations.get(l)).collect();
        let filed_under = self.with_terms_above(&s.terms);
        let term_names: Vec<&str> = s.terms.iter().filter_map(|t| self.terms.get(t)).map(|t| t.name.as_str()).collect();
        Joined {
            service: s.clone(),
            modified,
            organisation: self.organisations.get(&s.organisation_id).map(|o| o.name.clone()),
            places: locations.iter().filter_map(|l| l.position).collect(),
            location_wards: locations.iter().filter_map(|l| l.ward.clone()).collect(),
            accessibility: locations.iter().flat_map(|l| l.accessibility.iter().cloned()).collect(),
            taxonomies: filed_under.iter().filter_map(|t| self.terms.get(t)).map(|t| t.taxonomy_id).collect(),
            filed_under,
            words: self
                .analyzer
                .stems(&format!("{} {} {}", s.name, term_names.join(" "), s.description))
                .into_iter()
                .collect(),
        }
    }

    /// The terms and every term above them.
    fn with_terms_above(&self, terms: &[Uuid]) -> HashSet<Uuid> {
        let mut all = HashSet::default();
        for &term in terms {
            let mut at = Some(term);
            while let Some(t) = at.filter(|t| all.insert(*t)) {
                at = self.terms.get(&t).and_then(|t| t.parent_id);
            }
        }
        all
    }
}

/// Metres from `point` to the nearest of a service's places, if it has any.
fn nearest_place_m(j: &Joined, point: LatLng) -> Option<f64> {
    j.places.iter().map(|p| point.distance_m(*p)).min_by(f64::total_cmp)
}

/// Within the radius of the point, or serving the point's ward by a service area (any service, without a radius).
fn near_enough(s: &Service, near: &Near, distance_m: Option<f64>) -> bool {
    near.within_m.is_none_or(|within| {
        distance_m.is_some_and(|d| d <= within.m()) || near.ward.as_ref().is_some_and(|w| s.areas.contains(w))
    })
}

/// Every accessibility feature asked for that Kith knows (one in `ACCESSIBILITY`) is at one of its locations.
fn accessible(j: &Joined, features: &[String]) -> bool {
    features.iter().filter(|k| ACCESSIBILITY.contains(&k.as_str())).all(|k| j.accessibility.contains(k))
}

/// Not yet unchecked for 18 months (to the second).
fn not_expired(s: &Service, now: DateTime<Utc>) -> bool {
    now.timestamp() < expires_at(s.checked_at).timestamp()
}

/// Someone of this age can go: neither too young nor too old.
fn for_age(s: &Service, age: u8) -> bool {
    s.minimum_age.is_none_or(|min| min <= age) && s.maximum_age.is_none_or(|max| age <= max)
}

/// Without days or times asked, any service; else one of its schedules runs on one of the days asked (any day if
/// none), opening before the `to` time and closing after the `from` time.
fn runs_when_asked(s: &Service, q: &Query) -> bool {
    (q.days.is_empty() && q.from_time.is_none() && q.to_time.is_none())
        || s.schedules.iter().any(|sc| {
            (q.days.is_empty() || sc.weekdays().iter().any(|d| q.days.contains(d)))
                && q.to_time.is_none_or(|to| sc.opens < to)
                && q.from_time.is_none_or(|from| sc.closes > from)
        })
}

/// Whether a query has words that count (see `Directory::words_of_query`).
pub(crate) fn has_words(directory: &Directory, q: &Query) -> bool {
    !directory.words_of_query(&q.text).is_empty()
}

/// Whether a query's answers are ranked (it has words that count, or a point) rather than listed by name.
pub(crate) fn ranked(directory: &Directory, q: &Query) -> bool {
    has_words(directory, q) || q.near.is_some()
}

/// The order answers come in. Ranked: the best score first, then the nearest, then by id. Otherwise by name, then
/// the nearest, then by id. Nearest by the distance an answer shows, one with none after every one with.
pub(crate) fn order(ranked: bool, a: &Answer, b: &Answer) -> Ordering {
    let nearest = match (a.distance_m, b.distance_m) {
        (Some(a), Some(b)) => a.total_cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    let first = if ranked { b.score.total_cmp(&a.score) } else { a.name.cmp(&b.name) };
    first.then(nearest).then(a.id.cmp(&b.id))
}

/// The page a query asks for: `per_page` answers (one at least) after the `page - 1` pages before it (page 0 is
/// the first), fewer at the end, none past it.
pub(crate) fn page<'a, T>(answers: &'a [T], q: &Query) -> &'a [T] {
    let per_page = q.per_page.max(1);
    let start = q.page.saturating_sub(1).saturating_mul(per_page);
    let rest = answers.get(start..).unwrap_or_default();
    &rest[..per_page.min(rest.len())]
}
