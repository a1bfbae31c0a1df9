//! A form's problems, gathered all at once and in the form's order, the proof that one was reported, and the small
//! parsers that forms are read with.
//!
//! A small parser either gives its value or reports a problem and gives a `Reported`; only `Problems::report`
//! makes one. So when every part is `Ok`, the form is whole, and when one is `Err`, there is a problem to show:
//! a use case never needs an "internal error" for a checked form that lacks a part. A command read from a form
//! (`TryFrom<&Form>`) gives every problem at once as its error; a use case that reads several absorbs them.

use std::fmt::Display;

use crate::AppError;

/// The problems found so far, each with the field it is about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(Vec<(&'static str, String)>);

/// Proof that a problem was reported (only `Problems::report` makes one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reported(());

impl Problems {
    /// Records a problem with `field`, and gives the proof of it.
    pub fn report(&mut self, field: &'static str, message: impl Into<String>) -> Reported {
        self.0.push((field, message.into()));
        Reported(())
    }

    /// Records a problem (for a check that yields no value).
    pub fn push(&mut self, (field, message): (&'static str, String)) {
        self.report(field, message);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds the problems of a command read from part of a form, giving its value or the proof they were reported.
    pub fn absorb<T>(&mut self, read: Result<T, Problems>) -> Result<T, Reported> {
        read.map_err(|problems| {
            self.0.extend(problems.0);
            Reported(())
        })
    }

    /// `value` when nothing was reported, or else these problems: how a command's `TryFrom` ends.
    pub fn or_value<T>(self, value: Result<T, Reported>) -> Result<T, Problems> {
        match value {
            Ok(value) if self.0.is_empty() => Ok(value),
            _ => Err(self),
        }
    }

    /// The problems as the use case's answer.
    pub fn into_error(self) -> AppError {
        AppError::Invalid(self.0)
    }

    /// `Ok` if nothing was reported.
    pub fn finish(self) -> crate::Result<()> {
        if self.0.is_empty() { Ok(()) } else { Err(self.into_error()) }
    }
}

/// A checkbox: ticked when the form sends `yes`.
pub fn ticked(value: &str) -> bool {
    value.trim() == "yes"
}

/// Trimmed text of at most `max` characters; with `missing`, required, and that is the message when it is blank.
pub fn text_within(
    problems: &mut Problems,
    field: &'static str,
    value: &str,
    max: usize,
    missing: Option<&str>,
) -> String {
    let value = value.trim();
    if value.is_empty()
        && let Some(message) = missing
    {
        problems.push((field, message.to_owned()));
    } else if value.chars().count() > max {
        problems.push((field, format!("Use {max} characters or fewer")));
    }
    value.to_owned()
}

/// A value that may be left blank: `None` when it is, or else what `parse` makes of it; its error is the message.
pub fn optional<T, E: Display>(
    problems: &mut Problems,
    field: &'static str,
    value: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<Option<T>, Reported> {
    match value.trim() {
        "" => Ok(None),
        text => parse(text).map(Some).map_err(|e| problems.report(field, e.to_string())),
    }
}

/// One of a few choices (a type read `TryFrom<&str>`), or `default` when left blank.
pub fn choice<T: for<'a> TryFrom<&'a str>>(
    problems: &mut Problems,
    field: &'static str,
    value: &str,
    default: T,
    message: &str,
) -> Result<T, Reported> {
    match value.trim() {
        "" => Ok(default),
        text => T::try_from(text).map_err(|_| problems.report(field, message)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_is_kept_in_order_and_makes_the_form_invalid() {
        let mut problems = Problems::default();
        assert!(problems.is_empty());
        let _: Reported = problems.report("summary", "Enter a summary");
        problems.push(("postcode", "Enter a postcode".into()));
        match problems.finish() {
            Err(AppError::Invalid(p)) => {
                assert_eq!(p, vec![("summary", "Enter a summary".into()), ("postcode", "Enter a postcode".into())])
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn no_report_is_no_problem() {
        assert!(Problems::default().finish().is_ok());
    }

    #[test]
    fn a_parts_problems_are_absorbed_after_those_found_before() {
        let mut problems = Problems::default();
        problems.push(("summary", "Enter a summary".into()));
        let mut part = Problems::default();
        part.push(("resident_email", "Enter an email address".into()));
        assert_eq!(problems.absorb::<()>(Err(part)), Err(Reported(())));
        assert_eq!(problems.absorb(Ok(7)), Ok(7));
        assert_eq!(problems.0.iter().map(|(f, _)| *f).collect::<Vec<_>>(), ["summary", "resident_email"]);
    }

    #[test]
    fn a_value_with_problems_beside_it_is_not_given() {
        let mut problems = Problems::default();
        problems.push(("language", "Not a language".into()));
        assert!(problems.or_value(Ok(1)).is_err());
        assert_eq!(Problems::default().or_value(Ok(1)).ok(), Some(1));
    }

    #[test]
    fn only_yes_ticks_a_checkbox() {
        assert!(ticked("yes") && ticked(" yes "));
        assert!(!ticked("") && !ticked("no") && !ticked("on") && !ticked("YES!"));
    }

    #[test]
    fn text_over_its_limit_or_missing_when_required_is_a_problem_and_blank_optional_text_is_not() {
        let mut problems = Problems::default();
        assert_eq!(text_within(&mut problems, "title", "  Lighting  ", 10, Some("Enter a title")), "Lighting");
        assert_eq!(text_within(&mut problems, "note", "", 10, None), "");
        assert!(problems.is_empty());
        text_within(&mut problems, "title", " ", 10, Some("Enter a title"));
        text_within(&mut problems, "note", "eleven char", 10, None);
        assert_eq!(problems.0, vec![("title", "Enter a title".into()), ("note", "Use 10 characters or fewer".into())]);
    }

    #[test]
    fn a_blank_optional_value_is_none_and_a_bad_one_reports_the_parsers_message() {
        let mut problems = Problems::default();
        let number = |t: &str| t.parse::<u8>().map_err(|_| format!("{t:?} is not a number"));
        assert_eq!(optional(&mut problems, "age", "  ", number), Ok(None));
        assert_eq!(optional(&mut problems, "age", "42", number), Ok(Some(42)));
        assert!(optional(&mut problems, "age", "x", number).is_err());
        assert_eq!(problems.0, vec![("age", "\"x\" is not a number".into())]);
    }

    #[test]
    fn a_blank_choice_is_the_default_and_an_unknown_one_is_a_problem() {
        let mut problems = Problems::default();
        let contact =
            |v| choice(&mut Problems::default(), "contact", v, kith_core::cases::PreferredContact::Email, "x");
        assert_eq!(contact(""), Ok(kith_core::cases::PreferredContact::Email));
        assert_eq!(contact("post"), Ok(kith_core::cases::PreferredContact::Post));
        let unknown = choice(&mut problems, "contact", "pigeon", kith_core::cases::PreferredContact::Email, "Choose");
        assert!(unknown.is_err());
        assert_eq!(problems.0, vec![("contact", "Choose".into())]);
    }
}
