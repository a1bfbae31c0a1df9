//! Kith's CSV template for the directory: one row per service at its (first) place, in columns a community group
//! can fill in a spreadsheet. The same columns come out of `kith export directory --format csv`, so an export can
//! be edited and imported again. docs/api.md documents each column.

use chrono::NaiveTime;
use kith_core::directory::{ACCESSIBILITY, CostOption, LanguageCode, Recurrence, Schedule, parse_weekday};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The columns, in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Row {
    /// Leave empty for a new service; an export fills it, so a re-import updates rather than duplicates.
    pub id: String,
    pub organisation: String,
    pub organisation_email: String,
    pub name: String,
    pub description: String,
    /// Taxonomy term names or codes, separated by semicolons.
    pub categories: String,
    pub venue: String,
    pub address: String,
    pub postcode: String,
    /// Days it runs, separated by semicolons: Monday;Thursday (or Mon;Thu).
    pub days: String,
    /// 1 for every week, 2 for every other week.
    pub every_weeks: String,
    /// 10:00
    pub opens: String,
    /// 12:00
    pub closes: String,
    /// yes if it does not run on bank holidays.
    pub not_on_bank_holidays: String,
    /// In pounds; 0 or empty is free.
    pub cost: String,
    pub cost_description: String,
    /// ISO 639 codes, separated by semicolons: en;ur;pa
    pub languages: String,
    pub minimum_age: String,
    pub maximum_age: String,
    pub eligibility: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    /// Keys separated by semicolons: step-free;accessible-toilet;hearing-loop;parking;quiet-space;baby-changing;large-print
    pub accessibility: String,
    /// Filled by exports: the schedule in words, and when the record was last checked.
    pub schedule_in_words: String,
    pub last_checked: String,
    pub latitude: String,
    pub longitude: String,
    pub ward: String,
}

/// The template's header line.
pub fn header() -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.serialize(Row::default());
    let text = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
    text.lines().next().unwrap_or_default().to_owned()
}

fn list(text: &str) -> impl Iterator<Item = &str> {
    text.split([';', ',']).map(str::trim).filter(|s| !s.is_empty())
}

fn time(text: &str, column: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text.trim(), "%H:%M:%S"))
        .map_err(|_| format!("{column} {text:?} is not a time like 10:00"))
}

fn yes(text: &str) -> bool {
    matches!(text.trim().to_ascii_lowercase().as_str(), "yes" | "y" | "true" | "1")
}

/// What a row says, checked; the caller places it and files it.
#[derive(Debug, Clone)]
pub struct ParsedRow {
    pub id: Option<Uuid>,
    pub schedule: Option<Schedule>,
    pub cost: Option<CostOption>,
    pub languages: Vec<LanguageCode>,
    pub minimum_age: Option<u8>,
    pub maximum_age: Option<u8>,
    pub accessibility: Vec<String>,
    pub categories: Vec<String>,
}

impl Row {
    /// Checks every column; the first problem names the column.
    pub fn parse(&self) -> Result<ParsedRow, String> {
        if self.name.trim().is_empty() {
            return Err("name is empty".into());
        }
        if self.organisation.trim().is_empty() {
            return Err("organisation is empty".into());
        }
        let id = match self.id.trim() {
            "" => None,
            s => Some(
                Uuid::parse_str(s).map_err(|_| format!("id {s:?} is not a UUID (leave it empty for a new service)"))?,
            ),
        };
        let schedule = if self.days.trim().is_empty() && self.opens.trim().is_empty() {
            None
        } else {
            let days = list(&self.days)
                .map(|d| parse_weekday(d).ok_or_else(|| format!("days: {d:?} is not a day of the week")))
                .collect::<Result<Vec<_>, _>>()?;
            let interval = match self.every_weeks.trim() {
                "" => 1,
                n => n
                    .parse::<u8>()
                    .ok()
                    .filter(|n| (1..=4).contains(n))
                    .ok_or_else(|| format!("every_weeks {n:?} must be 1 to 4"))?,
            };
            let s = Schedule {
                id: Uuid::new_v4(),
                recurrence: Recurrence::Weekly { days, interval },
                opens: time(&self.opens, "opens")?,
                closes: time(&self.closes, "closes")?,
                valid_from: None,
                valid_to: None,
                not_on_bank_holidays: yes(&self.not_on_bank_holidays),
                note: String::new(),
            };
            s.validate().map_err(|e| format!("schedule: {e}"))?;
            Some(s)
        };
        let cost = match self.cost.trim().trim_start_matches('£') {
            "" => None,
            n => {
                let amount: f64 = n
                    .parse()
                    .ok()
                    .filter(|a: &f64| a.is_finite() && *a >= 0.0)
                    .ok_or_else(|| format!("cost {n:?} is not an amount in pounds"))?;
                (amount > 0.0).then(|| CostOption {
                    option: "Cost".into(),
                    amount,
                    amount_description: self.cost_description.trim().to_owned(),
                })
            }
        };
        let languages = list(&self.languages)
            .map(|l| LanguageCode::parse(l).map_err(|e| format!("languages: {e}")))
            .collect::<Result<_, _>>()?;
        let age = |text: &str, column: &str| match text.trim() {
            "" => Ok(None),
            n => n
                .parse::<u8>()
                .ok()
                .filter(|a| *a <= 130)
                .map(Some)
                .ok_or_else(|| format!("{column} {n:?} is not an age in years")),
        };
        let accessibility = list(&self.accessibility)
            .map(|a| {
                ACCESSIBILITY
                    .contains(&a)
                    .then(|| a.to_owned())
                    .ok_or_else(|| format!("accessibility: {a:?} is not one of {}", ACCESSIBILITY.join(", ")))
            })
            .collect::<Result<_, _>>()?;
        Ok(ParsedRow {
            id,
            schedule,
            cost,
            languages,
            minimum_age: age(&self.minimum_age, "minimum_age")?,
            maximum_age: age(&self.maximum_age, "maximum_age")?,
            accessibility,
            categories: list(&self.categories).map(str::to_owned).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::Weekday;

    use super::*;

    fn row() -> Row {
        Row {
            organisation: "Sparkhill Neighbours".into(),
            name: "Lunch club".into(),
            days: "Tuesday; thu".into(),
            opens: "10:00".into(),
            closes: "12:30".into(),
            cost: "£3.50".into(),
            languages: "en;ur".into(),
            accessibility: "step-free".into(),
            ..Row::default()
        }
    }

    #[test]
    fn a_filled_in_row_reads_into_a_schedule_a_cost_and_languages() {
        let parsed = row().parse().unwrap();
        let s = parsed.schedule.unwrap();
        assert!(
            matches!(s.recurrence, Recurrence::Weekly { ref days, interval: 1 } if days == &vec![Weekday::Tue, Weekday::Thu])
        );
        assert_eq!(parsed.cost.unwrap().amount, 3.5);
        assert_eq!(parsed.languages.len(), 2);
    }

    #[test]
    fn each_bad_column_is_named() {
        for (change, message) in [
            (Row { closes: "09:00".into(), ..row() }, "closing time"),
            (Row { days: "Someday".into(), ..row() }, "days"),
            (Row { languages: "urdu".into(), ..row() }, "languages"),
            (Row { cost: "free-ish".into(), ..row() }, "cost"),
            (Row { accessibility: "lift".into(), ..row() }, "accessibility"),
            (Row { name: " ".into(), ..row() }, "name"),
            (Row { id: "42".into(), ..row() }, "id"),
        ] {
            let e = change.parse().unwrap_err();
            assert!(e.contains(message), "{e} should mention {message}");
        }
    }

    #[test]
    fn the_header_lists_the_columns_in_order() {
        assert!(header().starts_with("id,organisation,organisation_email,name,description,categories,venue"));
    }
}

/// Properties of the CSV template's reader over any row: a file from outside is read or refused by column, never
/// a panic.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    /// Text a column might hold: anything, or the shapes its parser looks for, near and past their edges.
    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            "\\PC{0,30}",
            prop::sample::select(vec![
                "",
                "0",
                "-1",
                "1e23",
                "NaN",
                "inf",
                "255",
                "256",
                "2147483648",
                "09:00",
                "24:00",
                "23:59:60",
                "Monday;Thu",
                "mo;;tu",
                "yes",
                "no",
                "en;ur;xx",
                "B15 2TT",
                "step-free;teleport",
                "52.48",
                "-1.9",
                "999",
                "E05011151",
                "2026-02-30",
                "00000000-0000-0000-0000-000000000000",
            ])
            .prop_map(str::to_owned),
        ]
    }

    proptest! {
        #[test]
        fn any_text_in_any_column_is_read_or_refused_by_name(cells in prop::collection::vec(cell(), 29)) {
            let header = header();
            let names: Vec<&str> = header.trim().split(',').collect();
            let record: serde_json::Map<String, serde_json::Value> =
                names.iter().zip(cells).map(|(n, c)| ((*n).to_owned(), serde_json::Value::String(c))).collect();
            let row: Row = serde_json::from_value(serde_json::Value::Object(record)).expect("a row of text");
            let _ = row.parse();
        }
    }
}
