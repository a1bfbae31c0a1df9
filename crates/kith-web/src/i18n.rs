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
        let english: BTreeMap<String, Variables> = embedded::LOCALES
            .iter()
            .filter(|(path, _)| path.starts_with(&format!("{DEFAULT_LANGUAGE}/")))
            .flat_map(|(_, text)| variables_of(text).into_iter().map(|(key, (_, vars))| (key, vars)))
            .collect();
        for (path, text) in
            embedded::LOCALES.iter().filter(|(path, _)| !path.starts_with(&format!("{DEFAULT_LANGUAGE}/")))
        {
            check_variables(&english, path, text).map_err(anyhow::Error::msg)?;
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

/// The variables a message (its value and attributes) refers to.
type Variables = std::collections::BTreeSet<String>;

/// Each message of a catalogue's text, with the line it starts on and the variables it uses.
fn variables_of(text: &str) -> BTreeMap<String, (usize, Variables)> {
    use fluent_syntax::ast;
    fn pattern(p: &ast::Pattern<&str>, out: &mut Variables) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_of(expression, out);
            }
        }
    }
    fn expression_of(e: &ast::Expression<&str>, out: &mut Variables) {
        match e {
            ast::Expression::Inline(inline) => inline_of(inline, out),
            ast::Expression::Select { selector, variants } => {
                inline_of(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn inline_of(i: &ast::InlineExpression<&str>, out: &mut Variables) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_of(a, out);
                }
                for a in &arguments.named {
                    inline_of(&a.value, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => expression_of(expression, out),
            _ => {}
        }
    }
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let line_of = |key: &str| {
        text.lines().position(|l| l.split_once(" =").is_some_and(|(k, _)| k.trim_end() == key)).map_or(0, |i| i + 1)
    };
    let mut found = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = Variables::new();
            if let Some(value) = &m.value {
                pattern(value, &mut vars);
            }
            for attribute in &m.attributes {
                pattern(&attribute.value, &mut vars);
            }
            found.insert(m.id.name.to_owned(), (line_of(m.id.name), vars));
        }
    }
    found
}

/// Refuses a translation whose message uses a variable English's does not (the page would be given nothing for it):
/// the file, the line, the message and the difference. A translation may use fewer: a language without plurals
/// need not mention the count English chooses its plural by.
fn check_variables(english: &BTreeMap<String, Variables>, path: &str, text: &str) -> Result<(), String> {
    for (key, (line, vars)) in variables_of(text) {
        let Some(theirs) = english.get(&key) else { continue };
        if !vars.is_subset(theirs) {
            let list = |v: &Variables| {
                if v.is_empty() {
                    "none".to_owned()
                } else {
                    v.iter().map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
                }
            };
            return Err(format!(
                "locales/{path}: line {line}: {key} uses {} where English uses {}",
                list(&vars),
                list(theirs)
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_using_a_variable_english_does_not_pass_is_refused_with_its_line() {
        let english =
            variables_of("greeting = Hello { $name }\ncount = { $n ->\n    [one] one\n   *[other] { $n } things\n}\n")
                .into_iter()
                .map(|(k, (_, v))| (k, v))
                .collect();
        let good = "greeting = Salaam { $name }\ncount = cheezen\n";
        assert_eq!(check_variables(&english, "ur/main.ftl", good), Ok(()));
        let bad = "# a comment\ngreeting = Salaam { $nam }\n";
        assert_eq!(
            check_variables(&english, "ur/main.ftl", bad),
            Err("locales/ur/main.ftl: line 2: greeting uses $nam where English uses $name".to_owned())
        );
    }

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
