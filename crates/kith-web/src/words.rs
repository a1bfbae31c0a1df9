//! The directory in plain words, in the visitor's language: schedules ("Every Tuesday, 10am to 12pm, not on bank
//! holidays"), the next session ("Next: Tuesday 10am"), how fresh a record is ("Checked 3 months ago"),
//! distances and costs. Every phrase comes from the translation catalogue; this module only chooses and fills.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc, Weekday};
use fluent_bundle::FluentArgs;
use kith_core::directory::{CostOption, Recurrence, Schedule, months_between, weekday_key};

use crate::i18n::Catalogues;

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

    fn n(&self, key: &str, n: i64) -> String {
        let mut fluent = FluentArgs::new();
        fluent.set("n", n);
        self.catalogues.message(self.language, key, Some(&fluent))
    }

    pub fn day(&self, d: Weekday) -> String {
        self.t(&format!("day-{}", weekday_key(d)), &[])
    }

    /// "10am", "10:30am", "12pm".
    pub fn time(&self, t: NaiveTime) -> String {
        let (pm, hour) = t.hour12();
        let key = if pm { "time-pm" } else { "time-am" };
        let clock = if t.minute() == 0 { hour.to_string() } else { format!("{hour}:{:02}", t.minute()) };
        self.t(key, &[("time", clock)])
    }

    /// "2 March 2026".
    pub fn date(&self, d: NaiveDate) -> String {
        let month = self.t(&format!("month-{}", d.month()), &[]);
        self.t("date", &[("day", d.day().to_string()), ("month", month), ("year", d.year().to_string())])
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
                self.t(key, &[("days", days), ("weeks", interval.to_string()), opens, closes])
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
        let text = if miles < 0.1 {
            "0.1".to_owned()
        } else if miles < 10.0 {
            format!("{miles:.1}")
        } else {
            format!("{miles:.0}")
        };
        self.t("distance-miles", &[("miles", text)])
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
