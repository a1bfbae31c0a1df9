//! The order of a search's matches and the page asked for. With words or a point: by score (higher first), then
//! distance (nearer first, none last), then id, the first two packed with the slot into one integer so almost every
//! comparison is one instruction; otherwise by name, then distance, then id. Only the pages up to the one asked for
//! are put in order.

use std::cmp::Ordering;

use crate::{DirectoryIndex, Query};

/// A match: its slot, its score and its distance in metres.
pub(crate) type Match = (u32, f32, Option<f64>);

/// A hit's place in a ranked list as one integer: the score (higher first) in the top 32 bits, the distance (nearer
/// first, none last) in the next 64, and the slot in the last 32, which `order` leaves out so that equal scores
/// and distances fall to the id. Non-negative floats order as their bits do; the search makes no other kind.
#[derive(Debug, Clone, Copy)]
struct Rank(u128);

// `#[inline]`: read at every comparison of the sort.
impl Rank {
    #[inline]
    fn new(score: f32, distance: Option<f64>, slot: u32) -> Self {
        let score = if score > 0.0 { score.to_bits() } else { 0 };
        let distance = match distance {
            Some(d) if d > 0.0 => d.to_bits(),
            Some(_) => 0,
            None => u64::MAX,
        };
        Self(u128::from(!score) << 96 | u128::from(distance) << 32 | u128::from(slot))
    }

    #[inline]
    fn order(self) -> u128 {
        self.0 >> 32
    }

    #[inline]
    fn slot(self) -> u32 {
        self.0 as u32
    }

    #[inline]
    fn score(self) -> f32 {
        f32::from_bits(!((self.0 >> 96) as u32))
    }

    #[inline]
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

impl DirectoryIndex {
    /// How many matched, and the page `q` asks for, in order: `ranked` by score and distance, else by name.
    pub(crate) fn page(&self, q: &Query, mut hits: Vec<Match>, ranked: bool) -> (usize, Vec<Match>) {
        let total = hits.len();
        let per_page = q.per_page.max(1);
        let start = q.page.saturating_sub(1).saturating_mul(per_page);
        let end = start.saturating_add(per_page).min(total);
        let hits: Vec<Match> = if start >= total {
            Vec::new()
        } else if ranked {
            // Only exact ties of score and distance read the ids.
            let mut ranks: Vec<Rank> =
                hits.iter().map(|&(slot, score, distance)| Rank::new(score, distance, slot)).collect();
            sort_first(&mut ranks, end, |a, b| {
                a.order().cmp(&b.order()).then_with(|| self.ids[a.slot() as usize].cmp(&self.ids[b.slot() as usize]))
            });
            ranks.iter().map(|r| (r.slot(), r.score(), r.distance())).collect()
        } else {
            let name =
                |slot: u32| self.docs[slot as usize].as_ref().map(|d| d.service.name.as_str()).unwrap_or_default();
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
}

/// Nearer first, and a match with no distance after every one with.
fn by_distance(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}
