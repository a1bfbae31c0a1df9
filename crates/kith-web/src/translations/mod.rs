//! Translations at run time. Every user-facing string is a Fluent message in `locales/{language}/*.ftl`; English
//! is the source and always whole. A community language is a folder (its `language-name` and `language-direction`
//! say how to show it), and its messages are work in the product (`kith_app::translations`): the public sees a
//! message only once it is approved and made from the English as it is now, and English for the rest, never a
//! draft. Each instance publishes what the store holds, checking at most every `RECHECK` whether it changed (at
//! once after a change made on it).
//!
//! Numbers in messages are written the way each language writes them (its digits, decimal and grouping marks), and
//! `DATETIME($when)` — which fluent-rs does not provide — writes a date or a time in the language's own words.

pub mod dates;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use kith_app::App;
use kith_app::translations::{Catalogue, Translation};
use kith_core::translations::{Numerals, is_public};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub use dates::DateWords;

use crate::embedded;

pub const DEFAULT_LANGUAGE: &str = "en";
/// How often an instance asks the store whether the translations changed.
pub const RECHECK: Duration = Duration::from_secs(30);

/// A language Kith speaks, as the language switch shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub tag: String,
    /// The language's name in itself ("اردو").
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
}

type Bundle = FluentBundle<FluentResource>;

/// What the public is shown: a bundle per language and its words for dates.
struct Published {
    bundles: BTreeMap<String, Bundle>,
    dates: BTreeMap<String, Arc<DateWords>>,
    /// The store's count and last change when this was read.
    version: Option<(i64, Option<chrono::DateTime<chrono::Utc>>)>,
}

pub struct Catalogues {
    english: Catalogue,
    /// The repository's catalogue of each community language (what seeds the work).
    files: BTreeMap<String, Catalogue>,
    languages: Vec<Language>,
    published: RwLock<Arc<Published>>,
    checked: tokio::sync::Mutex<Option<Instant>>,
    /// Counts each publishing, so a page rendered once for many visitors is rendered again after it.
    generation: std::sync::atomic::AtomicU64,
    /// Messages the public asked for in a language and was shown in English, by language.
    fallbacks: Mutex<BTreeMap<String, BTreeSet<String>>>,
}

impl Catalogues {
    /// Reads the embedded catalogues, refusing one with a syntax error or a message whose variables English does
    /// not pass (with the file, line and message). Until `refresh` reads the store, only English is shown.
    pub fn load() -> anyhow::Result<Self> {
        let mut sources: BTreeMap<String, Vec<(&str, &str)>> = BTreeMap::new();
        for (path, text) in embedded::LOCALES {
            let (tag, _) =
                path.split_once('/').with_context(|| format!("locale file {path} is not in a language folder"))?;
            sources.entry(tag.to_owned()).or_default().push((path, text));
        }
        let mut catalogues = BTreeMap::new();
        for (tag, files) in &sources {
            let _: LanguageIdentifier =
                tag.parse().with_context(|| format!("locale folder {tag} is not a language tag"))?;
            let mut catalogue = Catalogue::default();
            for (path, text) in files {
                let one = Catalogue::parse(&format!("locales/{path}"), text).map_err(anyhow::Error::msg)?;
                catalogue.messages.extend(one.messages);
            }
            catalogues.insert(tag.clone(), catalogue);
        }
        let english = catalogues.remove(DEFAULT_LANGUAGE).context("there is no English catalogue (locales/en)")?;
        let mut languages = vec![language_of(DEFAULT_LANGUAGE, &english)?];
        for (tag, catalogue) in &catalogues {
            catalogue.check_against(&english, &format!("locales/{tag}")).map_err(anyhow::Error::msg)?;
            languages.push(language_of(tag, catalogue)?);
        }
        let catalogues_ = Self {
            english,
            files: catalogues,
            languages,
            published: RwLock::new(Arc::new(Published {
                bundles: BTreeMap::new(),
                dates: BTreeMap::new(),
                version: None,
            })),
            checked: tokio::sync::Mutex::new(None),
            generation: std::sync::atomic::AtomicU64::new(0),
            fallbacks: Mutex::new(BTreeMap::new()),
        };
        catalogues_.publish(&[], None)?;
        Ok(catalogues_)
    }

    /// English, as the repository has it.
    pub fn english(&self) -> &Catalogue {
        &self.english
    }

    /// The repository's catalogue of each community language.
    pub fn files(&self) -> &BTreeMap<String, Catalogue> {
        &self.files
    }

    /// Builds what the public sees from the stored translations: English whole, and each language's approved
    /// messages of the current English.
    fn publish(
        &self,
        rows: &[Translation],
        version: Option<(i64, Option<chrono::DateTime<chrono::Utc>>)>,
    ) -> anyhow::Result<()> {
        let mut bundles = BTreeMap::new();
        let mut dates = BTreeMap::new();
        let english_text =
            Catalogue::to_fluent(self.english.messages.iter().map(|(k, m)| (k.as_str(), m.source.as_str())));
        let english_words = Arc::new(DateWords::from_bundle(&bundle(DEFAULT_LANGUAGE, &english_text, None, false)?));
        for language in &self.languages {
            let text = if language.tag == DEFAULT_LANGUAGE {
                english_text.clone()
            } else {
                Catalogue::to_fluent(
                    rows.iter()
                        .filter(|t| t.language == language.tag)
                        .filter(|t| {
                            self.english
                                .messages
                                .get(&t.key)
                                .is_some_and(|e| is_public(t.status, &t.english, &e.source))
                        })
                        .map(|t| (t.key.as_str(), t.text.as_str())),
                )
            };
            let rtl = language.dir == "rtl";
            let plain = bundle(&language.tag, &text, None, rtl)?;
            let words = Arc::new(DateWords::from_bundle(&plain).or(&english_words, &language.tag));
            bundles.insert(language.tag.clone(), bundle(&language.tag, &text, Some(words.clone()), rtl)?);
            dates.insert(language.tag.clone(), words);
        }
        *self.published.write().expect("the published catalogues") = Arc::new(Published { bundles, dates, version });
        self.generation.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }

    /// Which publishing is showing (it moves each time the translations shown change).
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Reads the store again if `RECHECK` has passed since it was last asked (or it never was), publishing what
    /// changed. The first call also offers the repository's catalogues to the store as drafts.
    pub async fn refresh_if_due(&self, app: &App) {
        let published_once = self.published.read().expect("the published catalogues").version.is_some();
        let mut checked = if published_once {
            // A request that finds another already checking goes on with what is published.
            match self.checked.try_lock() {
                Ok(guard) => guard,
                Err(_) => return,
            }
        } else {
            self.checked.lock().await
        };
        if checked.is_some_and(|at| at.elapsed() < RECHECK) {
            return;
        }
        if let Err(e) = self.refresh(app, checked.is_none(), false).await {
            tracing::warn!(error = %e, "reading the translations failed; showing what was published before");
        }
        *checked = Some(Instant::now());
    }

    /// Reads the store now (after a change made on this instance).
    pub async fn refresh_now(&self, app: &App) -> anyhow::Result<()> {
        let mut checked = self.checked.lock().await;
        // Published again whatever the store's count and last change say: two changes can share a moment.
        self.refresh(app, checked.is_none(), true).await?;
        *checked = Some(Instant::now());
        Ok(())
    }

    /// The team approves its own translations, so they show (the demo does, and tests that read other languages):
    /// the repository's catalogues offered, every draft approved by no community translator, published at once.
    /// How many were approved.
    pub async fn approve_as_team(&self, app: &App) -> anyhow::Result<usize> {
        kith_app::translations::offer(app, &self.english, &self.files).await?;
        let approved = kith_app::translations::approve_drafts_as_team(app, &self.english, None).await?;
        self.refresh_now(app).await?;
        Ok(approved)
    }

    /// Offers the repository's catalogues the `first` time, then publishes what the store holds if it changed (or,
    /// `always`, regardless).
    async fn refresh(&self, app: &App, first: bool, always: bool) -> anyhow::Result<()> {
        if first {
            kith_app::translations::offer(app, &self.english, &self.files).await?;
        }
        let version = kith_app::translations::changed(app).await?;
        if !always && self.published.read().expect("the published catalogues").version == Some(version) {
            return Ok(());
        }
        let rows = kith_app::translations::all(app, None).await?;
        self.publish(&rows, Some(version))
    }

    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// The language Kith speaks that a tag names, itself or with a script after it (`ur`, `pa-Arab`): what a letter
    /// or a record written in it should be marked with.
    pub fn speaking(&self, tag: &str) -> Option<&Language> {
        self.languages
            .iter()
            .find(|l| l.tag == tag || tag.strip_prefix(l.tag.as_str()).is_some_and(|r| r.starts_with('-')))
    }

    pub fn language(&self, tag: &str) -> &Language {
        self.languages.iter().find(|l| l.tag == tag).unwrap_or(&self.languages[0])
    }

    /// Picks the language: an explicit choice if we speak it, else the first of the browser's preferences that
    /// we speak, else English. Punjabi without a script is read in Gurmukhi, as in India and in most of Birmingham's
    /// Punjabi schools; `pa-PK` in Shahmukhi.
    pub fn negotiate(&self, chosen: Option<&str>, accept_language: Option<&str>) -> &Language {
        let speaks = |tag: &str| self.languages.iter().find(|l| l.tag.eq_ignore_ascii_case(tag));
        let likely = |tag: &str| -> Option<&Language> {
            if let Some(language) = speaks(tag) {
                return Some(language);
            }
            let lower = tag.to_ascii_lowercase();
            let script = match lower.as_str() {
                "pa-pk" => Some("pa-Arab"),
                "pa" | "pa-in" => Some("pa-Guru"),
                _ => None,
            };
            script.and_then(speaks).or_else(|| speaks(tag.split('-').next().unwrap_or_default()))
        };
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
        preferences.into_iter().find_map(|(_, tag)| likely(tag)).unwrap_or(&self.languages[0])
    }

    /// A message in `language` as the public sees it, falling back to English (and noting that it did); a key
    /// missing everywhere comes back as itself, which the template test catches.
    pub fn message(&self, language: &str, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let published = self.published.read().expect("the published catalogues").clone();
        for tag in [language, DEFAULT_LANGUAGE] {
            let Some(bundle) = published.bundles.get(tag) else { continue };
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                if tag != language && self.english.messages.contains_key(key) {
                    self.fell_back(language, key);
                }
                let mut errors = vec![];
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        key.to_owned()
    }

    fn fell_back(&self, language: &str, key: &str) {
        let mut fallbacks = self.fallbacks.lock().expect("the fallbacks");
        // Keys come from our templates and code, so the set is bounded by the catalogue.
        if !fallbacks.get(language).is_some_and(|keys| keys.contains(key)) {
            fallbacks.entry(language.to_owned()).or_default().insert(key.to_owned());
        }
    }

    /// The messages this instance has shown in English to someone reading `language`, since it started.
    pub fn fallbacks(&self, language: &str) -> BTreeSet<String> {
        self.fallbacks.lock().expect("the fallbacks").get(language).cloned().unwrap_or_default()
    }

    /// Whether the public sees `key` in `language` (not the English fallback).
    pub fn has(&self, language: &str, key: &str) -> bool {
        self.published
            .read()
            .expect("the published catalogues")
            .bundles
            .get(language)
            .is_some_and(|b| b.has_message(key))
    }

    /// A language's words for dates and times, as published.
    pub fn dates(&self, language: &str) -> Arc<DateWords> {
        let published = self.published.read().expect("the published catalogues");
        published.dates.get(language).or_else(|| published.dates.get(DEFAULT_LANGUAGE)).cloned().expect("English dates")
    }

    /// How a language writes numbers.
    pub fn numerals(&self, language: &str) -> Numerals {
        Numerals::of(language)
    }

    /// Every message key of English.
    pub fn keys(&self) -> Vec<String> {
        self.english.messages.keys().cloned().collect()
    }
}

/// The language a catalogue says it is.
fn language_of(tag: &str, catalogue: &Catalogue) -> anyhow::Result<Language> {
    let plain = |key: &str| -> anyhow::Result<String> {
        let source = &catalogue.messages.get(key).with_context(|| format!("locales/{tag} has no {key}"))?.source;
        Ok(source.trim().to_owned())
    };
    let dir = plain("language-direction")?;
    if dir != "ltr" && dir != "rtl" {
        bail!("locales/{tag}: language-direction must be ltr or rtl");
    }
    Ok(Language { tag: tag.to_owned(), name: plain("language-name")?, dir })
}

/// A bundle of these messages. Right-to-left languages isolate each variable (Unicode FSI … PDI), so a postcode
/// or a number inside Urdu keeps its own direction; left-to-right ones need not (the marks would reach attributes).
fn bundle(tag: &str, text: &str, dates: Option<Arc<DateWords>>, rtl: bool) -> anyhow::Result<Bundle> {
    let id: LanguageIdentifier = tag.parse().with_context(|| format!("{tag} is not a language tag"))?;
    let resource =
        FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| anyhow::anyhow!("locales/{tag}: {errors:?}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(rtl);
    if tag != DEFAULT_LANGUAGE {
        bundle.set_formatter(Some(format_number));
    }
    if let Some(words) = dates {
        bundle
            .add_function("DATETIME", move |positional, named| dates::datetime(&words, positional, named))
            .map_err(|e| anyhow::anyhow!("DATETIME: {e:?}"))?;
    }
    bundle.add_resource(resource).map_err(|errors| anyhow::anyhow!("locales/{tag}: {errors:?}"))?;
    Ok(bundle)
}

/// The numerals of the bundle's language, kept by its memoizer.
struct LanguageNumerals(Numerals);

impl intl_memoizer::Memoizable for LanguageNumerals {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Self(Numerals::of(&lang.to_string())))
    }
}

/// Writes a number in a message the way the bundle's language does: its digits, decimal and grouping marks, with
/// the fraction digits the message or the code asked for (else as many as it has, up to two).
fn format_number(value: &FluentValue, memoizer: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let decimals = n
        .options
        .minimum_fraction_digits
        .or(n.options.maximum_fraction_digits)
        .unwrap_or_else(|| if n.value.fract() == 0.0 { 0 } else { 2 });
    memoizer.with_try_get::<LanguageNumerals, _, _>((), |numerals| numerals.0.format(n.value, decimals)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use kith_core::translations::Status;

    #[test]
    fn the_browser_preference_picks_a_language_we_speak() {
        let c = Catalogues::load().unwrap();
        assert_eq!(c.negotiate(None, Some("ur-PK,ur;q=0.9,en;q=0.8")).tag, "ur");
        assert_eq!(c.negotiate(None, Some("de, en;q=0.5")).tag, "en");
        assert_eq!(c.negotiate(Some("ur"), Some("en")).tag, "ur");
        assert_eq!(c.negotiate(Some("xx"), None).tag, "en");
        assert_eq!(c.language("ur").dir, "rtl");
    }

    #[test]
    fn punjabi_is_read_in_the_script_the_reader_asks_for() {
        let c = Catalogues::load().unwrap();
        assert_eq!(c.negotiate(None, Some("pa-PK")).tag, "pa-Arab");
        assert_eq!(c.negotiate(None, Some("pa")).tag, "pa-Guru");
        assert_eq!(c.negotiate(None, Some("pa-IN,en;q=0.5")).tag, "pa-Guru");
        assert_eq!(c.negotiate(Some("pa-Arab"), Some("pa")).tag, "pa-Arab");
        assert_eq!(c.language("pa-Arab").dir, "rtl");
        assert_eq!(c.language("pa-Guru").dir, "ltr");
    }

    #[test]
    fn until_the_store_is_read_only_english_is_shown() {
        let c = Catalogues::load().unwrap();
        assert_eq!(c.message("ur", "nav-wards", None), "Wards");
        assert!(!c.has("ur", "nav-wards"));
        assert!(c.fallbacks("ur").contains("nav-wards"));
    }

    #[test]
    fn only_approved_translations_of_the_current_english_are_published() {
        let c = Catalogues::load().unwrap();
        let now = chrono::Utc::now();
        let row = |key: &str, text: &str, english: &str, status: Status| Translation {
            language: "ur".into(),
            key: key.into(),
            text: text.into(),
            english: english.into(),
            status,
            reviewed_by: None,
            reviewed_at: None,
            approved_by: None,
            approved_at: None,
            updated_by: None,
            updated_at: now,
        };
        c.publish(
            &[
                row("nav-wards", "وارڈز", "Wards", Status::Approved),
                row("nav-sign-in", "سائن ان", "Sign in", Status::Reviewed),
                row("nav-sign-out", "سائن آؤٹ", "Log out", Status::Approved),
            ],
            None,
        )
        .unwrap();
        assert_eq!(c.message("ur", "nav-wards", None), "وارڈز");
        assert_eq!(c.message("ur", "nav-sign-in", None), "Sign in", "a reviewed draft is not shown");
        assert_eq!(c.message("ur", "nav-sign-out", None), "Sign out", "a translation of older English is not shown");
    }

    #[test]
    fn numbers_in_a_message_are_written_in_the_language_s_digits() {
        let c = Catalogues::load().unwrap();
        let text = "language-name = বাংলা\nlanguage-direction = ltr\nwards-lede = { $count } ওয়ার্ড\n";
        let b = bundle("bn", text, None, false).unwrap();
        let mut args = FluentArgs::new();
        args.set("count", 1234);
        let message = b.get_message("wards-lede").and_then(|m| m.value()).unwrap();
        assert_eq!(b.format_pattern(message, Some(&args), &mut vec![]), "১,২৩৪ ওয়ার্ড");
        drop(c);
    }
}
