//! A service as the index holds it, in two parts: its document (the shared record, and what the filters read of
//! it, as small numbers and bits) and its dense entry (expiry, first place, field lengths, flags), which the first
//! filters and the scoring read for every candidate before its document is needed, if ever. The dense entry must
//! stay 24 bytes (a test holds it there): a query reads one per candidate.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use kith_core::directory::{ACCESSIBILITY, LanguageCode, Service};
use kith_core::places::{DistanceFrom, LatLng};
use uuid::Uuid;

use crate::DirectoryIndex;

/// A service as the index holds it: the record, and what queries filter and rank on.
#[derive(Debug)]
pub(crate) struct Doc {
    pub(crate) service: Arc<Service>,
    pub(crate) modified: DateTime<Utc>,
    /// Its part of a list item, if the index keeps `Listings`; and its organisation's number, to find that one's
    /// part (see `DirectoryIndex::organisation_listings`).
    pub(crate) listing: Box<str>,
    pub(crate) organisation: u32,
    /// Its first location's position, held in the document (most services have one place), and any others.
    pub(crate) point: Option<LatLng>,
    pub(crate) more_points: Vec<LatLng>,
    /// The wards of its locations and its service areas, as positions in `DirectoryIndex::ward_codes`, sorted.
    pub(crate) wards: Vec<u16>,
    /// Only its service areas (a postcode search matches these without a distance).
    pub(crate) area_wards: Vec<u16>,
    pub(crate) taxonomies: Vec<Uuid>,
    pub(crate) languages: u64,
    pub(crate) accessibility: u16,
    pub(crate) free: bool,
}

impl Doc {
    pub(crate) fn deciding_place(&self) -> Option<LatLng> {
        deciding_place(self.point, !self.more_points.is_empty(), !self.area_wards.is_empty())
    }

    /// Metres from `from` to the nearest of its places, if it has any.
    #[inline]
    pub(crate) fn distance_from(&self, from: DistanceFrom) -> Option<f64> {
        let first = self.point.map(|p| from.metres_to(p));
        self.more_points
            .iter()
            .map(|p| from.metres_to(*p))
            .fold(first, |best, d| Some(best.map_or(d, |b: f64| b.min(d))))
    }
}

/// What the first filters and the scoring read, dense beside the documents: expiry, the first place and the field
/// lengths, in one 24-byte entry, so a candidate costs one read of memory before its document is needed, if ever.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hot {
    /// Seconds since the epoch.
    pub(crate) expires_at: i64,
    /// The first place (NaN without one), to within half a metre.
    pub(crate) lat: f32,
    pub(crate) lng: f32,
    /// The words in its name, terms and description.
    pub(crate) lengths: [u16; 3],
    /// `LIVE`, `MORE_PLACES` and `HAS_AREAS`, in one byte so the entry stays 24 bytes.
    pub(crate) flags: u8,
}

/// The slot's service is current (a changed or removed service's old slot is not).
pub(crate) const LIVE: u8 = 1;
/// It has other places, which only its document knows.
pub(crate) const MORE_PLACES: u8 = 2;
/// It has service areas (`DirectoryIndex::by_area` knows which).
pub(crate) const HAS_AREAS: u8 = 4;

/// How far the rounded position can be from the true one, in metres: a candidate this close to the edge of a
/// distance filter is decided on the exact position.
pub(crate) const HOT_MARGIN_M: f64 = 1.0;

// `#[inline]`: each is read once per candidate, by loops in other modules (`score`, `search`).
impl Hot {
    #[inline]
    pub(crate) fn live(self) -> bool {
        self.flags & LIVE != 0
    }

    #[inline]
    pub(crate) fn more_places(self) -> bool {
        self.flags & MORE_PLACES != 0
    }

    #[inline]
    pub(crate) fn has_areas(self) -> bool {
        self.flags & HAS_AREAS != 0
    }

    /// The first place as rounded here (see `HOT_MARGIN_M`).
    #[inline]
    pub(crate) fn point(self) -> LatLng {
        LatLng { lat: f64::from(self.lat), lng: f64::from(self.lng) }
    }
}

impl DirectoryIndex {
    /// The dense entries of these slots, read in a loop with no branch on what it reads.
    pub(crate) fn gather(&self, slots: impl Iterator<Item = u32>) -> Vec<Hot> {
        slots.map(|slot| self.hot[slot as usize]).collect()
    }
}

fn bit_of(list: &[&str], key: &str) -> Option<u32> {
    list.iter().position(|k| *k == key).and_then(|i| u32::try_from(i).ok())
}

/// A language's bit: its place in `kith_core::directory::LANGUAGES` (fewer than 64 languages).
pub(crate) fn language_bit(code: &LanguageCode) -> u64 {
    1u64 << (code.position() % 64)
}

/// Accessibility features as bits: their places in `ACCESSIBILITY` (keys not in it are left out).
pub(crate) fn accessibility_bits(keys: &[String]) -> u16 {
    keys.iter().filter_map(|k| bit_of(ACCESSIBILITY, k)).fold(0, |bits, i| bits | (1 << i))
}

/// The place a distance decides a service by alone: its one place, if it has exactly one and no service area. Such
/// a service has a `Region` in its postings and a cell in the `Layout`; any other is looked at by every distance
/// search.
pub(crate) fn deciding_place(first: Option<LatLng>, more_places: bool, has_areas: bool) -> Option<LatLng> {
    first.filter(|_| !more_places && !has_areas)
}
