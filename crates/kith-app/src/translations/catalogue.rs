//! A Fluent catalogue read as messages: each message's source (what follows `key =`, perhaps over several lines),
//! the line it starts on and the variables it uses. Reading one checks it whole: a syntax error, a term (Kith's
//! catalogues use none) or a message of the same key twice is refused with the file, the line and the message.

use std::collections::{BTreeMap, BTreeSet};

/// The variables a message (its value and attributes) refers to.
pub type Variables = BTreeSet<String>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// What follows `key = `: a pattern, with any further lines as the file had them.
    pub source: String,
    pub line: usize,
    pub variables: Variables,
}

/// One language's messages, by key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    pub messages: BTreeMap<String, Message>,
}

/// The longest catalogue file read (Kith's English is about 150 KB).
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// The longest message.
pub const MAX_MESSAGE_CHARS: usize = 4_000;

impl Catalogue {
    /// Reads a catalogue's text; `file` names it in complaints.
    pub fn parse(file: &str, text: &str) -> Result<Catalogue, String> {
        if text.len() > MAX_FILE_BYTES {
            return Err(format!("{file}: the file is over {} MB", MAX_FILE_BYTES / 1024 / 1024));
        }
        let mut messages = BTreeMap::new();
        for (line, key, source) in entries(text) {
            let Some(key) = key else {
                return Err(format!("{file}: line {line}: {source}"));
            };
            let message = Message::parse(&key, &source).map_err(|e| format!("{file}: line {line}: {e}"))?;
            if messages.insert(key.clone(), Message { line, ..message }).is_some() {
                return Err(format!("{file}: line {line}: {key} is there twice"));
            }
        }
        Ok(Catalogue { messages })
    }

    /// The Fluent text of these messages, in key order.
    pub fn to_fluent<'a>(messages: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
        let mut out = String::new();
        for (key, source) in messages {
            out.push_str(key);
            out.push_str(" = ");
            out.push_str(source);
            out.push('\n');
        }
        out
    }

    /// Refuses a translation of these English messages that has a message English lacks or uses a variable
    /// English's does not pass (the page would give it nothing). A translation may use fewer: a language without
    /// plurals need not mention the count English chooses its plural by.
    pub fn check_against(&self, english: &Catalogue, file: &str) -> Result<(), String> {
        let mut by_line: Vec<(&String, &Message)> = self.messages.iter().collect();
        by_line.sort_by_key(|(_, m)| m.line);
        for (key, message) in by_line {
            let Some(theirs) = english.messages.get(key) else {
                return Err(format!("{file}: line {}: {key} is not a message in English", message.line));
            };
            check_message(key, message, &theirs.variables)
                .map_err(|e| format!("{file}: line {}: {e}", message.line))?;
        }
        Ok(())
    }
}

impl Message {
    /// One message's source read and checked: its syntax, its length, the variables it uses.
    pub fn parse(key: &str, source: &str) -> Result<Message, String> {
        use fluent_syntax::ast;
        if source.chars().count() > MAX_MESSAGE_CHARS {
            return Err(format!("{key} is over {MAX_MESSAGE_CHARS} characters"));
        }
        if source.trim().is_empty() {
            return Err(format!("{key} is empty"));
        }
        let text = format!("{key} = {source}\n");
        let resource = fluent_syntax::parser::parse(text.as_str())
            .map_err(|(_, errors)| format!("{key} is not valid Fluent: {}", describe(&errors)))?;
        let [ast::Entry::Message(m)] = resource.body.as_slice() else {
            return Err(format!("{key} is not one message"));
        };
        if m.id.name != key {
            return Err(format!("{key} is not one message"));
        }
        let mut variables = Variables::new();
        if let Some(value) = &m.value {
            pattern(value, &mut variables);
        }
        for attribute in &m.attributes {
            pattern(&attribute.value, &mut variables);
        }
        Ok(Message { source: source.trim_end().to_owned(), line: 1, variables })
    }
}

/// Refuses a message that uses a variable English's does not.
pub fn check_message(key: &str, message: &Message, english: &Variables) -> Result<(), String> {
    if message.variables.is_subset(english) {
        return Ok(());
    }
    let list = |v: &Variables| {
        if v.is_empty() { "none".to_owned() } else { v.iter().map(|n| format!("${n}")).collect::<Vec<_>>().join(", ") }
    };
    Err(format!("{key} uses {} where English uses {}", list(&message.variables), list(english)))
}

fn describe(errors: &[fluent_syntax::parser::ParserError]) -> String {
    errors.first().map(|e| format!("{:?}", e.kind)).unwrap_or_default()
}

fn pattern(p: &fluent_syntax::ast::Pattern<&str>, out: &mut Variables) {
    for element in &p.elements {
        if let fluent_syntax::ast::PatternElement::Placeable { expression } = element {
            expression_of(expression, out);
        }
    }
}

fn expression_of(e: &fluent_syntax::ast::Expression<&str>, out: &mut Variables) {
    match e {
        fluent_syntax::ast::Expression::Inline(inline) => inline_of(inline, out),
        fluent_syntax::ast::Expression::Select { selector, variants } => {
            inline_of(selector, out);
            for v in variants {
                pattern(&v.value, out);
            }
        }
    }
}

fn inline_of(i: &fluent_syntax::ast::InlineExpression<&str>, out: &mut Variables) {
    use fluent_syntax::ast::InlineExpression;
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_of(a, out);
            }
            for a in &arguments.named {
                inline_of(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_of(expression, out),
        _ => {}
    }
}

/// The entries of a catalogue's text: for each, the line it starts on and its key with its source, or no key and
/// why the line is not a message. Comments and blank lines between messages are skipped.
fn entries(text: &str) -> Vec<(usize, Option<String>, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut n = 0;
    while n < lines.len() {
        let line = lines[n];
        let trimmed = line.trim();
        if trimmed.is_empty() || line.starts_with('#') {
            n += 1;
            continue;
        }
        let start = n + 1;
        let key_end = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(line.len());
        let key = &line[..key_end];
        let rest = line[key_end..].trim_start();
        if line.starts_with('-') {
            out.push((start, None, "terms (-name = …) are not used in Kith's catalogues".to_owned()));
            return out;
        }
        if key.is_empty() || !key.starts_with(|c: char| c.is_ascii_alphabetic()) || !rest.starts_with('=') {
            out.push((start, None, format!("expected a message (key = text), found {:?}", truncate(trimmed))));
            return out;
        }
        let mut source = rest[1..].trim_start().to_owned();
        n += 1;
        // Continuation lines are indented, or close a select with `}` at the margin; a blank line belongs to the
        // message only if one follows.
        let mut pending_blank = 0;
        while n < lines.len() {
            let next = lines[n];
            if next.trim().is_empty() {
                pending_blank += 1;
                n += 1;
                continue;
            }
            if next.starts_with(' ') || next.starts_with('\t') || next.starts_with('}') {
                for _ in 0..pending_blank {
                    source.push('\n');
                }
                pending_blank = 0;
                source.push('\n');
                source.push_str(next);
                n += 1;
            } else {
                break;
            }
        }
        out.push((start, Some(key.to_owned()), source));
    }
    out
}

fn truncate(s: &str) -> String {
    s.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "# Kith\n\ngreeting = Hello { $name }\ncount = { $n ->\n    [one] one thing\n   *[other] { $n } things\n} here\n\nplain = Plain\n    .title = A title\n";

    #[test]
    fn a_catalogue_reads_as_messages_with_their_lines_sources_and_variables() {
        let c = Catalogue::parse("en/main.ftl", ENGLISH).unwrap();
        assert_eq!(c.messages.len(), 3);
        let count = &c.messages["count"];
        assert_eq!(count.line, 4);
        assert_eq!(count.source, "{ $n ->\n    [one] one thing\n   *[other] { $n } things\n} here");
        assert_eq!(count.variables, Variables::from(["n".to_owned()]));
        assert_eq!(c.messages["plain"].source, "Plain\n    .title = A title");
        let round = Catalogue::to_fluent(c.messages.iter().map(|(k, m)| (k.as_str(), m.source.as_str())));
        assert_eq!(Catalogue::parse("again", &round).unwrap().messages.len(), 3);
    }

    #[test]
    fn a_syntax_error_is_refused_with_the_file_and_line() {
        let error = Catalogue::parse("ur/main.ftl", "greeting = Salaam\n\nbroken = { $name\n").unwrap_err();
        assert!(error.starts_with("ur/main.ftl: line 3: broken is not valid Fluent"), "{error}");
        let error = Catalogue::parse("ur/main.ftl", "greeting = Salaam\nthis is not a message\n").unwrap_err();
        assert!(error.starts_with("ur/main.ftl: line 2: expected a message"), "{error}");
        let error = Catalogue::parse("ur/main.ftl", "a = 1\na = 2\n").unwrap_err();
        assert_eq!(error, "ur/main.ftl: line 2: a is there twice");
    }

    #[test]
    fn a_translation_using_a_variable_english_does_not_pass_is_refused_with_its_line() {
        let english = Catalogue::parse("en", ENGLISH).unwrap();
        let good = Catalogue::parse("ur/main.ftl", "greeting = Salaam { $name }\ncount = cheezen\n").unwrap();
        assert_eq!(good.check_against(&english, "ur/main.ftl"), Ok(()));
        let bad = Catalogue::parse("ur/main.ftl", "# a comment\ngreeting = Salaam { $nam }\n").unwrap();
        assert_eq!(
            bad.check_against(&english, "ur/main.ftl"),
            Err("ur/main.ftl: line 2: greeting uses $nam where English uses $name".to_owned())
        );
        let extra = Catalogue::parse("ur/main.ftl", "farewell = Khuda hafiz\n").unwrap();
        assert_eq!(
            extra.check_against(&english, "ur/main.ftl"),
            Err("ur/main.ftl: line 1: farewell is not a message in English".to_owned())
        );
    }
}
