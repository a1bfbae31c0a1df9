//! Translations. Every user-facing string is a Fluent message in `locales/{language}/*.ftl`; adding a community
//! language is adding a folder (its `language-name` and `language-direction` messages say how to show it).
//! Missing messages fall back to English.

use std::collections::BTreeMap;

use anyhow::{Context as _, bail};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::embedded;

pub const DEFAULT_LANGUAGE: &str = "en";

/// A language Kith speaks, as the language switch shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub tag: String,
    /// The language's name in itself ("اردو").
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
}

pub struct Catalogues {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    languages: Vec<Language>,
}

impl Catalogues {
    pub fn load() -> anyhow::Result<Self> {
        let mut sources: BTreeMap<String, String> = BTreeMap::new();
        for (path, text) in embedded::LOCALES {
            let (tag, _) =
                path.split_once('/').with_context(|| format!("locale file {path} is not in a language folder"))?;
            sources.entry(tag.to_owned()).or_default().push_str(text);
            sources.entry(tag.to_owned()).or_default().push('\n');
        }
        let mut bundles = BTreeMap::new();
        let mut languages = Vec::new();
        for (tag, text) in sources {
            let id: LanguageIdentifier =
                tag.parse().with_context(|| format!("locale folder {tag} is not a language tag"))?;
            let resource =
                FluentResource::try_new(text).map_err(|(_, errors)| anyhow::anyhow!("locales/{tag}: {errors:?}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks would end up inside HTML attributes and URLs; templates set `dir` instead.
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).map_err(|errors| anyhow::anyhow!("locales/{tag}: {errors:?}"))?;
            let plain = |key: &str| -> anyhow::Result<String> {
                let message = bundle
                    .get_message(key)
                    .and_then(|m| m.value())
                    .with_context(|| format!("locales/{tag} has no {key}"))?;
                Ok(bundle.format_pattern(message, None, &mut vec![]).into_owned())
            };
            let dir = plain("language-direction")?;
            if dir != "ltr" && dir != "rtl" {
                bail!("locales/{tag}: language-direction must be ltr or rtl");
            }
            languages.push(Language { tag: tag.clone(), name: plain("language-name")?, dir });
            bundles.insert(tag, bundle);
        }
        if !bundles.contains_key(DEFAULT_LANGUAGE) {
            bail!("there is no English catalogue (locales/en)");
        }
        // English first, then the others in the order of their tags.
        languages.sort_by_key(|l| (l.tag != DEFAULT_LANGUAGE, l.tag.clone()));
        Ok(Self { bundles, languages })
    }

    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn language(&self, tag: &str) -> &Language {
        self.languages.iter().find(|l| l.tag == tag).unwrap_or(&self.languages[0])
    }

    /// Picks the language: an explicit choice if we speak it, else the first of the browser's preferences that
    /// we speak, else English.
    pub fn negotiate(&self, chosen: Option<&str>, accept_language: Option<&str>) -> &Language {
        let speaks = |tag: &str| self.languages.iter().find(|l| l.tag.eq_ignore_ascii_case(tag));
        if let Some(language) = chosen.and_then(speaks) {
            return language;
        }
        // The first twenty preferences are plenty: a header of thousands is not sorted.
        let mut preferences: Vec<(f32, &str)> = accept_language
            .unwrap_or_default()
            .split(',')
            .take(20)
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let q = pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse().ok()).unwrap_or(1.0);
                Some((q, tag))
            })
            .collect();
        preferences.sort_by(|a, b| b.0.total_cmp(&a.0));
        preferences
            .into_iter()
            .find_map(|(_, tag)| speaks(tag).or_else(|| speaks(tag.split('-').next().unwrap_or_default())))
            .unwrap_or(&self.languages[0])
    }

    /// A message in `language`, falling back to English; a key missing everywhere comes back as itself, which the
    /// template test catches.
    pub fn message(&self, language: &str, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        for tag in [language, DEFAULT_LANGUAGE] {
            let Some(bundle) = self.bundles.get(tag) else { continue };
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        key.to_owned()
    }

    /// Whether a language has its own translation of `key` (not the English fallback).
    pub fn has(&self, language: &str, key: &str) -> bool {
        self.bundles.get(language).is_some_and(|b| b.has_message(key))
    }

    /// Every message key of a language.
    pub fn keys(&self, language: &str) -> Vec<String> {
        embedded::LOCALES
            .iter()
            .filter(|(p, _)| p.starts_with(&format!("{language}/")))
            .flat_map(|(_, text)| text.lines())
            .filter_map(|line| {
                let (key, _) = line.split_once(" =")?;
                let key = key.trim_end();
                (!key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')).then(|| key.to_owned())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_preference_picks_a_language_we_speak() {
        let c = Catalogues::load().unwrap();
        assert_eq!(c.negotiate(None, Some("ur-PK,ur;q=0.9,en;q=0.8")).tag, "ur");
        assert_eq!(c.negotiate(None, Some("pl, en;q=0.5")).tag, "en");
        assert_eq!(c.negotiate(Some("ur"), Some("en")).tag, "ur");
        assert_eq!(c.negotiate(Some("xx"), None).tag, "en");
        assert_eq!(c.language("ur").dir, "rtl");
    }

    #[test]
    fn english_is_complete_and_other_languages_only_translate_what_english_has() {
        let c = Catalogues::load().unwrap();
        let english = c.keys("en");
        assert!(english.len() > 50, "{}", english.len());
        for language in c.languages() {
            for key in c.keys(&language.tag) {
                assert!(english.contains(&key), "locales/{}: {key} is not in English", language.tag);
            }
        }
    }
}
