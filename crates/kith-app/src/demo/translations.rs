//! The demo's translations: each community language's glossary of the terms Kith uses, as the team wrote them (a
//! community translator would review them like the messages).

use crate::{App, Result};

const GLOSSARIES: &[(&str, &str)] = &[
    ("ar", include_str!("glossaries/ar.tsv")),
    ("bn", include_str!("glossaries/bn.tsv")),
    ("pa-Arab", include_str!("glossaries/pa-Arab.tsv")),
    ("pa-Guru", include_str!("glossaries/pa-Guru.tsv")),
    ("pl", include_str!("glossaries/pl.tsv")),
    ("so", include_str!("glossaries/so.tsv")),
    ("ur", include_str!("glossaries/ur.tsv")),
];

/// Seeds every language's glossary: a term, its translation and a note for translators, a line each.
pub async fn seed_glossaries(app: &App) -> Result<usize> {
    let mut seeded = 0;
    for (language, text) in GLOSSARIES {
        let terms: Vec<(String, String, String)> = text
            .lines()
            .filter_map(|line| {
                let mut parts = line.split('\t');
                let term = parts.next()?.trim();
                let translation = parts.next()?.trim();
                let note = parts.next().unwrap_or_default().trim();
                (!term.is_empty() && !translation.is_empty()).then(|| (term.into(), translation.into(), note.into()))
            })
            .collect();
        seeded += terms.len();
        crate::translations::seed_glossary(app, language, &terms).await?;
    }
    Ok(seeded)
}
