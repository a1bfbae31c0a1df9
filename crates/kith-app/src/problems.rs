//! A form's problems, gathered all at once and in the form's order, and the proof that one was reported.
//!
//! A small parser either gives its value or reports a problem and gives a `Reported`; only `Problems::report`
//! makes one. So when every part is `Ok`, the form is whole, and when one is `Err`, there is a problem to show:
//! a use case never needs an "internal error" for a checked form that lacks a part.

use crate::AppError;

/// The problems found so far, each with the field it is about.
#[derive(Debug, Default)]
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

    /// The problems as the use case's answer.
    pub fn into_error(self) -> AppError {
        AppError::Invalid(self.0)
    }

    /// `Ok` if nothing was reported.
    pub fn finish(self) -> crate::Result<()> {
        if self.0.is_empty() { Ok(()) } else { Err(self.into_error()) }
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
}
