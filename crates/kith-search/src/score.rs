//! Text relevance: a query's words (each with the synonyms that also satisfy it) and BM25F over a service's name,
//! terms and description, summed over the words. A service must match every word; how well it matches orders the
//! results (see `page`). Scores only what the first filters and the dense entry's checks let through.

use crate::doc::Hot;
use crate::postings::FirstFilter;
use crate::{DirectoryIndex, MAX_QUERY_CHARS};

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
/// The most words of a query that count (a pasted paragraph should not cost a second).
pub(crate) const MAX_QUERY_WORDS: usize = 12;

impl DirectoryIndex {
    /// The query's words, each with the stems that satisfy it (itself and its synonyms).
    pub(crate) fn word_groups(&self, text: &str) -> Vec<Vec<(String, f32)>> {
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

    /// Slots matching every word group that the filters let through, with their summed scores: each group's
    /// matches are sorted by slot, so intersecting them is a merge, smallest first.
    pub(crate) fn text_matches(
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
}
