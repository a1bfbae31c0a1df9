//! Words as the index sees them: lower-cased, split on anything that is not a letter or digit, common words
//! dropped, and stemmed with the Snowball English stemmer, so "clubs", "club" and "clubbing" meet.

use rust_stemmers::{Algorithm, Stemmer};

/// Words too common to tell services apart.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its",
    "of", "on", "or", "our", "that", "the", "their", "this", "to", "us", "was", "we", "with", "you", "your",
];

pub struct Analyzer {
    stemmer: Stemmer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self { stemmer: Stemmer::create(Algorithm::English) }
    }
}

impl Analyzer {
    /// The stems of `text`'s words, like `stems`, remembering each word's stem in `memo`: a directory's
    /// vocabulary is small beside its size, so building the index stems each distinct word once.
    pub fn stems_with(&self, text: &str, memo: &mut foldhash::HashMap<String, String>) -> Vec<String> {
        let mut out = Vec::new();
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() {
                continue;
            }
            if let Some(stem) = memo.get(word) {
                out.push(stem.clone());
                continue;
            }
            let lower = word.to_lowercase();
            if STOP_WORDS.contains(&lower.as_str()) {
                continue;
            }
            let stem = self.stemmer.stem(&lower).into_owned();
            memo.insert(word.to_owned(), stem.clone());
            out.push(stem);
        }
        out
    }

    /// The stems of `text`'s words, in order, repeats kept (term frequencies count them).
    pub fn stems(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() {
                continue;
            }
            let lower = word.to_lowercase();
            if STOP_WORDS.contains(&lower.as_str()) {
                continue;
            }
            out.push(self.stemmer.stem(&lower).into_owned());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_endings_meet_at_one_stem() {
        let a = Analyzer::default();
        assert_eq!(a.stems("Clubs"), a.stems("club"));
        assert_eq!(a.stems("walking"), a.stems("walks"));
        assert_eq!(a.stems("The lunch club for older people"), vec!["lunch", "club", "older", "peopl"]);
    }

    #[test]
    fn remembered_stems_are_the_same_stems() {
        let a = Analyzer::default();
        let mut memo = foldhash::HashMap::default();
        for text in ["Clubs for the lonely", "Walking clubs, walking groups", "The CLUBS"] {
            assert_eq!(a.stems_with(text, &mut memo), a.stems(text), "{text}");
        }
    }

    #[test]
    fn punctuation_and_case_do_not_matter() {
        let a = Analyzer::default();
        assert_eq!(a.stems("ESOL: English-for-speakers"), a.stems("esol english speakers"));
    }
}
