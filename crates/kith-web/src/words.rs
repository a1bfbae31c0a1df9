//! The directory in plain words, in the visitor's language: schedules ("Every Tuesday, 10am to 12pm, not on bank
//! holidays"), the next session ("Next: Tuesday 10am"), how fresh a record is ("Checked 3 months ago"),
//! distances and costs. Every phrase comes from the translation catalogue; this module only chooses and fills.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentValue};
use kith_core::directory::{CostOption, Recurrence, Schedule, months_between};

use crate::translations::Catalogues;

/// A language's phrases.
pub struct Words<'a> {
    pub catalogues: &'a Catalogues,
    pub language: &'a str,
}

impl Words<'_> {
    fn t(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.catalogues.message(self.language, key, Some(&fluent))
    }

    /// A message with a number among its words, written with `decimals` decimals, so a language can choose its
    /// plural by it and write it in its own digits.
    fn t_number(&self, key: &str, args: &[(&str, String)], name: &str, value: f64, decimals: usize) -> String {
        let mut fluent = FluentArgs::new();
        for (n, v) in args {
            fluent.set(*n, v.clone());
        }
        let options = FluentNumberOptions {
            minimum_fraction_digits: Some(decimals),
            maximum_fraction_digits: Some(decimals),
            ..FluentNumberOptions::default()
        };
        fluent.set(name, FluentValue::Number(FluentNumber::new(value, options)));
        self.catalogues.message(self.language, key, Some(&fluent))
    }

    fn n(&self, key: &str, n: i64) -> String {
        // A number the message chooses its words by, written by the bundle in the language's digits.
        let mut fluent = FluentArgs::new();
        fluent.set("n", n);
        self.catalogues.message(self.language, key, Some(&fluent))
    }

    pub fn day(&self, d: Weekday) -> String {
        self.catalogues.dates(self.language).day(d)
    }

    /// "10am", "10:30am", "12pm", in the language's words and digits.
    pub fn time(&self, t: NaiveTime) -> String {
        self.catalogues.dates(self.language).time(t)
    }

    /// "2 March 2026", in the language's order, words and digits.
    pub fn date(&self, d: NaiveDate) -> String {
        self.catalogues.dates(self.language).date(d)
    }

    /// "Tuesday", "Tuesday and Thursday", "Monday, Wednesday and Friday".
    fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => self.t("list-and", &[("first", rest.join(", ")), ("last", last.clone())]),
        }
    }

    /// A schedule in a sentence.
    pub fn schedule(&self, s: &Schedule) -> String {
        let hours = [("opens", self.time(s.opens)), ("closes", self.time(s.closes))];
        let mut text = match &s.recurrence {
            Recurrence::Weekly { days, interval } => {
                let days = self.list(&days.iter().map(|d| self.day(*d)).collect::<Vec<_>>());
                let key = match interval {
                    1 => "schedule-weekly",
                    2 => "schedule-fortnightly",
                    _ => "schedule-every-n-weeks",
                };
                let [opens, closes] = hours.clone();
                self.t_number(key, &[("days", days), opens, closes], "weeks", f64::from(*interval), 0)
            }
            Recurrence::Monthly { ordinal, day } => {
                let ordinal = self
                    .t(&format!("ordinal-{}", if *ordinal == -1 { "last".into() } else { ordinal.to_string() }), &[]);
                let [opens, closes] = hours.clone();
                self.t("schedule-monthly", &[("ordinal", ordinal), ("day", self.day(*day)), opens, closes])
            }
            Recurrence::Once { date } => {
                let [opens, closes] = hours.clone();
                self.t("schedule-once", &[("date", self.date(*date)), opens, closes])
            }
        };
        if s.not_on_bank_holidays && !matches!(s.recurrence, Recurrence::Once { .. }) {
            text.push_str(&self.t("schedule-not-bank-holidays", &[]));
        }
        if let Some(from) = s.valid_from
            && !matches!(s.recurrence, Recurrence::Once { .. })
        {
            text.push_str(&self.t("schedule-from", &[("date", self.date(from))]));
        }
        if let Some(to) = s.valid_to {
            text.push_str(&self.t("schedule-until", &[("date", self.date(to))]));
        }
        text
    }

    /// "Today 10am", "Tomorrow 6:30pm", "Saturday 10am", or a date beyond the coming week.
    pub fn next_session(&self, at: NaiveDateTime, now: NaiveDateTime) -> String {
        let days = (at.date() - now.date()).num_days();
        let time = self.time(at.time());
        match days {
            0 => self.t("next-today", &[("time", time)]),
            1 => self.t("next-tomorrow", &[("time", time)]),
            2..=6 => self.t("next-day", &[("day", self.day(at.weekday())), ("time", time)]),
            _ => self.t("next-date", &[("date", self.date(at.date())), ("time", time)]),
        }
    }

    /// "Checked today", "Checked 12 days ago", "Checked 3 months ago".
    pub fn checked(&self, checked: DateTime<Utc>, now: DateTime<Utc>) -> String {
        let months = months_between(checked, now);
        let ago = if months >= 1 {
            self.n("ago-months", i64::from(months))
        } else {
            match (now - checked).num_days().max(0) {
                0 => self.t("ago-today", &[]),
                d => self.n("ago-days", d),
            }
        };
        self.t("checked", &[("ago", ago)])
    }

    /// "0.4 miles" (people in England read distances in miles).
    pub fn distance(&self, metres: f64) -> String {
        let miles = metres / 1_609.344;
        let (value, decimals) = if miles < 0.1 {
            (0.1, 1)
        } else if miles < 10.0 {
            ((miles * 10.0).round() / 10.0, 1)
        } else {
            (miles.round(), 0)
        };
        self.t_number("distance-miles", &[], "miles", value, decimals)
    }

    /// "Free", or each way of paying: "£3.50 (Lunch: per meal, pay on the day)".
    pub fn cost(&self, costs: &[CostOption]) -> String {
        if costs.iter().all(|c| c.amount <= 0.0) {
            return self.t("cost-free", &[]);
        }
        let parts: Vec<String> = costs
            .iter()
            .map(|c| {
                let amount =
                    if c.amount.fract() == 0.0 { format!("£{:.0}", c.amount) } else { format!("£{:.2}", c.amount) };
                if c.amount_description.is_empty() { amount } else { format!("{amount} {}", c.amount_description) }
            })
            .collect();
        parts.join("; ")
    }
}

impl kith_app::directory::export::Wording for Words<'_> {
    fn schedule(&self, s: &Schedule) -> String {
        Words::schedule(self, s)
    }

    fn day(&self, d: Weekday) -> String {
        Words::day(self, d)
    }
}
