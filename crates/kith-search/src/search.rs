//! Running a query, in four steps: the candidates, from the most selective source (the words' postings, else the
//! grid, a ward's list, a need's set or every slot), each through the first filter (posting and need) and the
//! dense entry's checks (live, not expired, near enough by its one place); then every other filter, deciding from
//! the dense entry where that settles the distance and no filter needs the document; then each match's distance;
//! then the order and the page (`page`). Reads the index and never changes it.

use kith_core::directory::{BankHolidays, ServiceStatus};
use kith_core::places::{DistanceFrom, Radius, WardCode};

use crate::doc::{Doc, HOT_MARGIN_M, Hot, accessibility_bits, language_bit};
use crate::layout::{Region, Regions};
use crate::page::Match;
use crate::postings::{FirstFilter, SlotSet};
use crate::{DirectoryIndex, Hit, ListingPage, Near, Query, Results};

impl DirectoryIndex {
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
    fn ranked(&self, q: &Query) -> (usize, Vec<Match>) {
        let groups = self.word_groups(&q.text);
        let near = q.near.as_ref().map(Around::of);
        // A need as a set of slots, so that whichever list gives the candidates tests it in one step.
        let need = (!q.terms.is_empty()).then(|| self.term_set(&q.terms));
        let first = self.first_filter(near, need.as_deref());
        let fine = fine(q, near);
        let candidates = if !groups.is_empty() {
            self.text_matches(&groups, &first, &fine)
        } else {
            self.listed(q, near, need.as_deref(), &first, &fine)
        };
        let hits = self.matches(q, near, candidates);
        self.page(q, hits, !groups.is_empty() || near.is_some())
    }

    /// What a posting alone can rule out for this query (see `FirstFilter`): with a radius, the runs of slots and
    /// the regions its disc crosses.
    fn first_filter<'a>(&self, near: Option<Around>, need: Option<&'a SlotSet>) -> FirstFilter<'a> {
        let regions = match near {
            Some(Around { from, within: Some(within), .. }) => Regions::near(from.origin(), within),
            _ => Regions::everywhere(),
        };
        let ranges = match near {
            Some(Around { from, within: Some(within), .. }) => self.layout.ranges(from.origin(), within, self.slots()),
            _ => std::iter::once(0..self.slots()).collect(),
        };
        FirstFilter { ranges, need, regions }
    }

    /// The candidates of a query without words, from the most selective list it names: the grid cells its disc
    /// covers (and its ward's services), its ward, its need, or else every slot; each through the first filter and
    /// the dense entry's checks.
    fn listed(
        &self,
        q: &Query,
        near: Option<Around>,
        need: Option<&SlotSet>,
        first: &FirstFilter,
        fine: &impl Fn(&Hot) -> bool,
    ) -> Vec<(u32, f32)> {
        let slots: Vec<u32> = if let Some(Around { from, within: Some(within), ward }) = near {
            let mut slots = self.grid_candidates(from.origin(), within);
            if let Some(w) = ward.and_then(|w| self.ward_ids.get(w)) {
                slots.extend(self.by_ward.get(w).into_iter().flatten().copied());
                slots.sort_unstable();
                slots.dedup();
            }
            slots
        } else if let Some(ward) = &q.ward {
            self.by_ward.get(&self.ward_number(ward)).cloned().unwrap_or_default()
        } else if let Some(need) = need {
            need.slots().collect()
        } else {
            (0..self.docs.len()).filter_map(|s| u32::try_from(s).ok()).collect()
        };
        let slots: Vec<u32> = slots.into_iter().filter(|&s| first.passes(s, Region::ANY) == 1).collect();
        let hots = self.gather(slots.iter().copied());
        slots.into_iter().zip(&hots).filter(|(_, hot)| fine(hot)).map(|(s, _)| (s, 0.0)).collect()
    }

    /// The candidates every other filter lets through, each with its score and its distance. The usual search
    /// (words, a need, a distance) is decided from the dense entry alone: the distance from its rounded place
    /// settles the radius unless it is within `HOT_MARGIN_M` of the edge, and no other filter is asked. Any other
    /// reads the document, and measures from its exact places.
    fn matches(&self, q: &Query, near: Option<Around>, candidates: Vec<(u32, f32)>) -> Vec<Match> {
        let filters = DocumentFilters::of(self, q);
        let needs_document = filters.any();
        let near_ward = near.and_then(|n| n.ward).map(|w| self.ward_number(w));
        // The services whose service areas include the point's ward, which match at any distance (in slot order).
        let covering = near_ward.and_then(|w| self.by_area.get(&w));
        let mut hits: Vec<Match> = Vec::new();
        // Every candidate has passed `fine` (live, not expired, near enough if it has one place and no service area).
        for (slot, score) in candidates {
            let hot = self.hot[slot as usize];
            // The distance from the rounded position, and whether it settles a distance filter on its own.
            let rough = near.and_then(|n| (!hot.lat.is_nan()).then(|| n.from.metres_to(hot.point())));
            let covered = hot.has_areas() && covering.is_some_and(|list| list.binary_search(&slot).is_ok());
            if let Some(Around { within: Some(within), .. }) = near
                && !hot.more_places()
                && !covered
                && rough.is_none_or(|d| d > within + HOT_MARGIN_M)
            {
                continue;
            }
            let settled =
                near.is_none_or(|n| n.within.is_none_or(|w| covered || rough.is_some_and(|d| d <= w - HOT_MARGIN_M)));
            if !needs_document && !hot.more_places() && settled {
                hits.push((slot, score, rough));
                continue;
            }
            let Some(doc) = &self.docs[slot as usize] else { continue };
            if !filters.admit(doc) {
                continue;
            }
            let distance = near.and_then(|n| doc.distance_from(n.from));
            if let Some(Around { within: Some(within), .. }) = near {
                let close = distance.is_some_and(|d| d <= within);
                let covered = near_ward.is_some_and(|w| doc.area_wards.contains(&w));
                if !close && !covered {
                    continue;
                }
            }
            hits.push((slot, score, distance));
        }
        hits
    }

    /// A ward's number in the index; for a ward the index has never seen, `u16::MAX`, which no document holds.
    fn ward_number(&self, ward: &WardCode) -> u16 {
        self.ward_ids.get(ward).copied().unwrap_or(u16::MAX)
    }
}

/// The query's point as the search reads it: distances measured from it, its radius, and its ward.
#[derive(Clone, Copy)]
struct Around<'q> {
    from: DistanceFrom,
    within: Option<f64>,
    ward: Option<&'q WardCode>,
}

impl<'q> Around<'q> {
    fn of(near: &'q Near) -> Self {
        Self { from: DistanceFrom::new(near.point), within: near.within_m.map(Radius::m), ward: near.ward.as_ref() }
    }
}

/// What the dense entry alone rules out, asked of every candidate before it is scored or its document read: a dead
/// slot, a service hidden as expired, or (for one with one place and no service area) one too far.
fn fine(q: &Query, near: Option<Around>) -> impl Fn(&Hot) -> bool {
    let now = q.now.timestamp();
    let include_expired = q.include_expired;
    move |hot: &Hot| -> bool {
        hot.live()
            && (include_expired || now < hot.expires_at)
            && match near {
                Some(Around { from, within: Some(within), .. }) if !hot.more_places() && !hot.has_areas() => {
                    !hot.lat.is_nan() && from.metres_to(hot.point()) <= within + HOT_MARGIN_M
                }
                _ => true,
            }
    }
}

/// The filters only a document can answer, resolved against the index once a query: a ward as its number, a
/// language and accessibility features as bits.
struct DocumentFilters<'a> {
    q: &'a Query,
    holidays: &'a BankHolidays,
    /// A ward the index has never seen has no services: u16::MAX matches no document.
    ward: Option<u16>,
    language: Option<u64>,
    accessibility: u16,
}

impl<'a> DocumentFilters<'a> {
    fn of(index: &'a DirectoryIndex, q: &'a Query) -> Self {
        Self {
            q,
            holidays: &index.holidays,
            ward: q.ward.as_ref().map(|w| index.ward_number(w)),
            language: q.language.as_ref().map(language_bit),
            accessibility: accessibility_bits(&q.accessibility),
        }
    }

    /// Whether the query asks any of them.
    fn any(&self) -> bool {
        let q = self.q;
        q.active_only
            || self.ward.is_some()
            || q.taxonomy.is_some()
            || q.organisation.is_some()
            || q.age.is_some()
            || q.minimum_age.is_some()
            || q.maximum_age.is_some()
            || q.free_only
            || self.language.is_some()
            || self.accessibility != 0
            || q.modified_after.is_some()
            || !q.days.is_empty()
            || q.from_time.is_some()
            || q.to_time.is_some()
            || q.open_at.is_some()
    }

    /// Whether the service passes every one of them.
    #[inline]
    fn admit(&self, doc: &Doc) -> bool {
        let (q, s) = (self.q, &doc.service);
        if q.active_only && s.status != ServiceStatus::Active {
            return false;
        }
        if self.ward.is_some_and(|w| doc.wards.binary_search(&w).is_err()) {
            return false;
        }
        if q.taxonomy.is_some_and(|t| doc.taxonomies.binary_search(&t).is_err()) {
            return false;
        }
        if q.organisation.is_some_and(|o| s.organisation_id != o) {
            return false;
        }
        if let Some(age) = q.age
            && (s.minimum_age.is_some_and(|min| age < min) || s.maximum_age.is_some_and(|max| age > max))
        {
            return false;
        }
        if q.minimum_age.is_some_and(|age| s.maximum_age.is_some_and(|max| max < age))
            || q.maximum_age.is_some_and(|age| s.minimum_age.is_some_and(|min| min > age))
        {
            return false;
        }
        if q.free_only && !doc.free {
            return false;
        }
        if self.language.is_some_and(|bit| doc.languages & bit == 0) {
            return false;
        }
        if doc.accessibility & self.accessibility != self.accessibility {
            return false;
        }
        if q.modified_after.is_some_and(|after| doc.modified < after) {
            return false;
        }
        if !q.days.is_empty() || q.from_time.is_some() || q.to_time.is_some() {
            let fits = s.schedules.iter().any(|sc| {
                (q.days.is_empty() || sc.weekdays().iter().any(|d| q.days.contains(d)))
                    && q.to_time.is_none_or(|to| sc.opens < to)
                    && q.from_time.is_none_or(|from| sc.closes > from)
            });
            if !fits {
                return false;
            }
        }
        if let Some(at) = q.open_at
            && !s.schedules.iter().any(|sc| sc.is_open_at(at, self.holidays))
        {
            return false;
        }
        true
    }
}
