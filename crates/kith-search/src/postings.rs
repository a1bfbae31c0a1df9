//! Each word's postings (the slots of the services that have it, in slot order, eight bytes each), slots as bit
//! sets for needs, and the first filter, which passes over a posting list deciding from the posting alone (and a
//! need's bits) which postings are worth reading further. Nothing here reads a document or scores.

use std::borrow::Cow;
use std::ops::Range;

use uuid::Uuid;

use crate::DirectoryIndex;
use crate::layout::{Region, Regions};

/// A word in one service: eight bytes, so a posting list is cheap to walk and to hold.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Posting {
    pub(crate) slot: u32,
    /// How often the word is in each field, up to 255 (BM25 has long saturated by then).
    pub(crate) tf: [u8; 3],
    /// The service's place as a `Region`, so a distance filter passes over most postings without reading `hot`.
    pub(crate) region: Region,
}

/// Slots as bits: a need's services, tested in one step while another list is walked.
#[derive(Debug, Clone)]
pub(crate) struct SlotSet(Vec<u64>);

impl SlotSet {
    pub(crate) fn with_capacity(slots: usize) -> Self {
        Self(vec![0; slots.div_ceil(64)])
    }

    pub(crate) fn of(slots: &[u32], capacity: usize) -> Self {
        let mut set = Self::with_capacity(capacity);
        for &slot in slots {
            set.insert(slot);
        }
        set
    }

    /// Adds a slot, growing the set if the slot is beyond it.
    pub(crate) fn insert(&mut self, slot: u32) {
        let at = slot as usize / 64;
        if at >= self.0.len() {
            self.0.resize(at + 1, 0);
        }
        self.0[at] |= 1 << (slot % 64);
    }

    /// The slots in the set, in order.
    pub(crate) fn slots(&self) -> impl Iterator<Item = u32> + '_ {
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

/// What a query rules out from a posting alone: slots outside the places it could be near, slots outside its
/// need, and regions too far from its point. Its answer is a bit, not a branch, so a posting list is filtered
/// without the processor guessing at each posting.
pub(crate) struct FirstFilter<'a> {
    /// The slots worth looking at, in order (see `Layout::ranges`).
    pub(crate) ranges: Vec<Range<u32>>,
    pub(crate) need: Option<&'a SlotSet>,
    pub(crate) regions: Regions,
}

impl FirstFilter<'_> {
    /// 1 if the slot in this region may match, else 0.
    #[inline]
    pub(crate) fn passes(&self, slot: u32, region: Region) -> u64 {
        u64::from(self.need.is_none_or(|set| set.contains(slot))) & u64::from(self.regions.may_hold(region))
    }

    /// The postings that pass, in order: only those in the ranges, sixty-four at a time, their verdicts gathered
    /// into a mask first.
    pub(crate) fn keep(&self, postings: &[Posting]) -> Vec<Posting> {
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

impl DirectoryIndex {
    /// The slots filed under any of `terms` (or a term below one), as a set.
    pub(crate) fn term_set(&self, terms: &[Uuid]) -> Cow<'_, SlotSet> {
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
    pub(crate) fn refresh_term_sets(&mut self) {
        let slots = self.docs.len();
        let dense = |list: &Vec<u32>| list.len() >= 64 && list.len() * 32 >= slots;
        self.term_sets.retain(|t, _| self.by_term.get(t).is_some_and(dense));
        for (t, list) in &self.by_term {
            if dense(list) && !self.term_sets.contains_key(t) {
                self.term_sets.insert(*t, SlotSet::of(list, slots));
            }
        }
    }
}
