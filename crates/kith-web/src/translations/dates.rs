//! Dates and times in a language's own words: its month and day names, the order it writes a date in (its `date`
//! message), its way of saying morning and afternoon, and its digits. Fluent has no `DATETIME` built in; this is
//! it, registered on every bundle: `{ DATETIME($when) }` with an ISO date (`2026-12-07`) or local date and time
//! (`2026-12-07T18:30`), and the options `weekday: "long"`, `dateStyle: "none"` and `timeStyle: "none"`.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use kith_core::directory::weekday_key;
use kith_core::translations::Numerals;

const DAY: &str = "\u{1}D";
const MONTH: &str = "\u{1}M";
const YEAR: &str = "\u{1}Y";
const TIME: &str = "\u{1}T";

/// A language's words for dates, each from its published catalogue where it has them and from English where not.
#[derive(Debug, Clone)]
pub struct DateWords {
    months: Vec<Option<String>>,
    days: Vec<Option<String>>,
    /// The `date` message with markers where the day, month and year go.
    date: Option<String>,
    am: Option<String>,
    pm: Option<String>,
    comma: String,
    numerals: Numerals,
}

impl DateWords {
    /// The words a bundle has.
    pub(super) fn from_bundle(bundle: &FluentBundle<FluentResource>) -> Self {
        let say = |key: &str, args: Option<&FluentArgs<'_>>| {
            let pattern = bundle.get_message(key)?.value()?;
            Some(bundle.format_pattern(pattern, args, &mut vec![]).replace(['\u{2068}', '\u{2069}'], ""))
        };
        let mut date_args = FluentArgs::new();
        date_args.set("day", DAY);
        date_args.set("month", MONTH);
        date_args.set("year", YEAR);
        let mut time_args = FluentArgs::new();
        time_args.set("time", TIME);
        let tag = bundle.locales.first().map(ToString::to_string).unwrap_or_default();
        Self {
            months: (1..=12).map(|m| say(&format!("month-{m}"), None)).collect(),
            days: (0..7)
                .map(|d| say(&format!("day-{}", weekday_key(Weekday::try_from(d as u8).unwrap_or(Weekday::Mon))), None))
                .collect(),
            date: say("date", Some(&date_args)),
            am: say("time-am", Some(&time_args)),
            pm: say("time-pm", Some(&time_args)),
            comma: if ["ur", "ar", "pa-Arab"].contains(&tag.as_str()) { "، ".into() } else { ", ".into() },
            numerals: Numerals::of(&tag),
        }
    }

    /// These words, with English's where this language has none yet, writing the digits of `tag`.
    pub(super) fn or(self, english: &DateWords, tag: &str) -> Self {
        let fill = |mine: Vec<Option<String>>, theirs: &[Option<String>]| {
            mine.into_iter().zip(theirs).map(|(m, t)| m.or_else(|| t.clone())).collect()
        };
        Self {
            months: fill(self.months, &english.months),
            days: fill(self.days, &english.days),
            date: self.date.or_else(|| english.date.clone()),
            am: self.am.or_else(|| english.am.clone()),
            pm: self.pm.or_else(|| english.pm.clone()),
            comma: self.comma,
            numerals: Numerals::of(tag),
        }
    }

    /// "7 December 2026", as the language writes it.
    pub fn date(&self, d: NaiveDate) -> String {
        let month = self.months[d.month0() as usize].clone().unwrap_or_default();
        let pattern = self.date.as_deref().unwrap_or("\u{1}D \u{1}M \u{1}Y");
        pattern
            .replace(DAY, &self.numerals.digits_of(&d.day().to_string()))
            .replace(YEAR, &self.numerals.digits_of(&d.year().to_string()))
            .replace(MONTH, &month)
    }

    /// "10am", "6:30pm", as the language says it.
    pub fn time(&self, t: NaiveTime) -> String {
        let (pm, hour) = t.hour12();
        let clock = if t.minute() == 0 { hour.to_string() } else { format!("{hour}:{:02}", t.minute()) };
        let pattern = if pm { self.pm.as_deref() } else { self.am.as_deref() }.unwrap_or(TIME);
        pattern.replace(TIME, &self.numerals.digits_of(&clock))
    }

    /// "Tuesday".
    pub fn day(&self, d: Weekday) -> String {
        self.days[d.num_days_from_monday() as usize].clone().unwrap_or_default()
    }

    /// "Tuesday 7 December 2026, 6:30pm", with the parts asked for.
    pub fn when(&self, at: NaiveDateTime, weekday: bool, date: bool, time: bool) -> String {
        let mut out = String::new();
        if weekday {
            out.push_str(&self.day(at.weekday()));
        }
        if date {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&self.date(at.date()));
        }
        if time {
            if !out.is_empty() {
                out.push_str(&self.comma);
            }
            out.push_str(&self.time(at.time()));
        }
        out
    }
}

/// Reads `2026-12-07` or `2026-12-07T18:30[:00]` (a local time), and whether it had a time.
pub fn parse_when(text: &str) -> Option<(NaiveDateTime, bool)> {
    let text = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some((d.and_time(NaiveTime::MIN), false));
    }
    ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
        .map(|at| (at, true))
}

/// Fluent's `DATETIME`: a date, a time or both in the bundle's language; anything it cannot read comes back as it
/// was given.
pub(super) fn datetime<'a>(words: &DateWords, positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let Some(FluentValue::String(text)) = positional.first() else {
        return FluentValue::Error;
    };
    let Some((at, has_time)) = parse_when(text) else {
        return FluentValue::String(text.clone());
    };
    let option = |name: &str| match named.get(name) {
        Some(FluentValue::String(s)) => Some(s.to_string()),
        _ => None,
    };
    let date = option("dateStyle").is_none_or(|s| s != "none");
    let time = has_time && option("timeStyle").is_none_or(|s| s != "none");
    let weekday = option("weekday").is_some_and(|s| s == "long");
    FluentValue::String(words.when(at, weekday, date, time).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(tag: &str, text: &str) -> DateWords {
        let mut bundle = FluentBundle::new_concurrent(vec![tag.parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(FluentResource::try_new(text.to_owned()).unwrap()).unwrap();
        DateWords::from_bundle(&bundle)
    }

    const ENGLISH: &str = "month-12 = December\nday-monday = Monday\ndate = { $day } { $month } { $year }\ntime-am = { $time }am\ntime-pm = { $time }pm\n";

    #[test]
    fn a_date_is_written_in_the_language_s_order_words_and_digits() {
        let english = words("en", ENGLISH);
        let d = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(english.date(d), "7 December 2026");
        let bengali = words("bn", "month-12 = ডিসেম্বর\ndate = { $day } { $month } { $year }\n").or(&english, "bn");
        assert_eq!(bengali.date(d), "৭ ডিসেম্বর ২০২৬");
        let polish = words("pl", "month-12 = grudnia\ndate = { $day } { $month } { $year } r.\n").or(&english, "pl");
        assert_eq!(polish.date(d), "7 grudnia 2026 r.");
        let somali = words("so", "").or(&english, "so");
        assert_eq!(somali.date(d), "7 December 2026", "a language without its words borrows English's");
    }

    #[test]
    fn datetime_formats_a_local_date_and_time_with_the_parts_asked_for() {
        let english = words("en", ENGLISH);
        let mut named = FluentArgs::new();
        let when = [FluentValue::from("2026-12-07T18:30")];
        assert_eq!(datetime(&english, &when, &named), FluentValue::from("7 December 2026, 6:30pm"));
        named.set("weekday", "long");
        named.set("timeStyle", "none");
        assert_eq!(datetime(&english, &when, &named), FluentValue::from("Monday 7 December 2026"));
        let nonsense = [FluentValue::from("next Tuesday")];
        assert_eq!(datetime(&english, &nonsense, &FluentArgs::new()), FluentValue::from("next Tuesday"));
    }
}
