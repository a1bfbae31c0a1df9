//! The directory: what each neighbourhood offers, in the shape of Open Referral UK (HSDS 3.0, UK profile).
//!
//! An organisation runs services; a service happens at locations on schedules, costs something or nothing, is
//! for some ages and in some languages, and is classified by taxonomy terms. This module holds those values and
//! the rules about them (when a schedule next runs, whether a service is open, how stale its record is). It does
//! no I/O and knows nothing of how the standard's JSON is spelled: mapping to and from the wire format is the job
//! of the layers that speak it.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::places::{LatLng, Postcode, WardCode};

/// Whether a service is running, as the standard's `status` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceStatus {
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed,
}

impl ServiceStatus {
    /// The standard's spelling.
    pub fn as_oruk(self) -> &'static str {
        match self {
            ServiceStatus::Active => "active",
            ServiceStatus::Inactive => "inactive",
            ServiceStatus::Defunct => "defunct",
            ServiceStatus::TemporarilyClosed => "temporarily closed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().replace('_', " ").as_str() {
            "active" => Some(ServiceStatus::Active),
            "inactive" => Some(ServiceStatus::Inactive),
            "defunct" => Some(ServiceStatus::Defunct),
            "temporarily closed" => Some(ServiceStatus::TemporarilyClosed),
            _ => None,
        }
    }
}

/// An ISO 639 language code: the two-letter 639-1 code where one exists (`ur`, `pa`, `bn`), else the three-letter
/// 639-2/3 code. Only codes Kith knows a name for are accepted, so a typing slip is caught where it is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct LanguageCode(&'static str);

/// The languages most spoken in England's cities, by ISO 639 code, with their English names.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("ar", "Arabic"),
    ("bn", "Bengali"),
    ("bg", "Bulgarian"),
    ("zh", "Chinese"),
    ("yue", "Cantonese"),
    ("cmn", "Mandarin"),
    ("cy", "Welsh"),
    ("fa", "Persian"),
    ("fr", "French"),
    ("gu", "Gujarati"),
    ("hi", "Hindi"),
    ("it", "Italian"),
    ("ku", "Kurdish"),
    ("lt", "Lithuanian"),
    ("ml", "Malayalam"),
    ("pa", "Punjabi"),
    ("pl", "Polish"),
    ("ps", "Pashto"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("so", "Somali"),
    ("es", "Spanish"),
    ("sw", "Swahili"),
    ("ta", "Tamil"),
    ("ti", "Tigrinya"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("vi", "Vietnamese"),
    ("yo", "Yoruba"),
    ("ig", "Igbo"),
    ("am", "Amharic"),
    ("sq", "Albanian"),
    ("bsl", "British Sign Language"),
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a language code we know: use an ISO 639 code, like ur for Urdu or pl for Polish")]
pub struct LanguageCodeError(pub String);

impl LanguageCode {
    pub const ENGLISH: LanguageCode = LanguageCode("en");

    pub fn parse(input: &str) -> Result<Self, LanguageCodeError> {
        let code = input.trim().to_ascii_lowercase();
        // The code points into the table, so a service's languages cost no allocations.
        LANGUAGES
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(c, _)| Self(c))
            .ok_or_else(|| LanguageCodeError(input.trim().to_owned()))
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }

    /// Where the code stands in [`LANGUAGES`].
    pub fn position(&self) -> usize {
        LANGUAGES.iter().position(|(c, _)| *c == self.0).unwrap_or(0)
    }

    /// The language's name in English.
    pub fn english_name(&self) -> &'static str {
        LANGUAGES.iter().find(|(c, _)| *c == self.0).map_or("", |(_, name)| name)
    }
}

impl<'de> Deserialize<'de> for LanguageCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        LanguageCode::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The days of the week: the key forms and files use for each, and iCalendar's two-letter code.
pub const WEEKDAYS: [(Weekday, &str, &str); 7] = [
    (Weekday::Mon, "monday", "MO"),
    (Weekday::Tue, "tuesday", "TU"),
    (Weekday::Wed, "wednesday", "WE"),
    (Weekday::Thu, "thursday", "TH"),
    (Weekday::Fri, "friday", "FR"),
    (Weekday::Sat, "saturday", "SA"),
    (Weekday::Sun, "sunday", "SU"),
];

/// A day's key: `monday`.
pub fn weekday_key(d: Weekday) -> &'static str {
    WEEKDAYS[d.num_days_from_monday() as usize].1
}

/// A day's iCalendar code: `MO`.
pub fn weekday_code(d: Weekday) -> &'static str {
    WEEKDAYS[d.num_days_from_monday() as usize].2
}

/// A day as people and files write it, in any case: `MO`, `Mon`, `Monday`, `Mondays`, `tu`.
pub fn parse_weekday(text: &str) -> Option<Weekday> {
    let t = text.trim().to_ascii_lowercase();
    let t = t.strip_suffix("days").map(|stem| format!("{stem}day")).unwrap_or(t);
    (t.len() >= 2)
        .then(|| WEEKDAYS.iter().find(|(_, key, _)| key.starts_with(t.as_str())).map(|(d, _, _)| *d))
        .flatten()
}

/// Features that make a place usable, as keys the search filters on (and the templates name).
pub const ACCESSIBILITY: &[&str] =
    &["step-free", "accessible-toilet", "hearing-loop", "parking", "quiet-space", "baby-changing", "large-print"];

/// A set of taxonomy terms: a vocabulary of needs, with a hierarchy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Taxonomy {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub uri: Option<String>,
    pub version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaxonomyTerm {
    pub id: Uuid,
    pub taxonomy_id: Uuid,
    pub code: String,
    pub name: String,
    pub description: String,
    pub parent_id: Option<Uuid>,
}

/// The directory's view of an organisation: who runs services, and how to reach them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub email: Option<String>,
    pub website: Option<String>,
    pub phone: Option<String>,
}

/// A place where services happen: a community centre, a library, a GP surgery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    /// Street address lines, without the town and postcode.
    pub address: String,
    pub city: String,
    pub postcode: Option<Postcode>,
    pub position: Option<LatLng>,
    pub ward: Option<WardCode>,
    /// Keys from [`ACCESSIBILITY`].
    pub accessibility: Vec<String>,
}

/// One way of paying: "Adults", £3 a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostOption {
    pub option: String,
    /// In pounds; zero is free.
    pub amount: f64,
    pub amount_description: String,
}

/// A person or desk to contact about a service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub title: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// How a schedule repeats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "freq", rename_all = "snake_case")]
pub enum Recurrence {
    /// On these days of every `interval`th week, counted from the schedule's start.
    Weekly { days: Vec<Weekday>, interval: u8 },
    /// On the `ordinal`th `day` of every month (1 to 4, or -1 for the last).
    Monthly { ordinal: i8, day: Weekday },
    /// Once, on this date: an event.
    Once { date: NaiveDate },
}

/// When a service runs: a rule, the hours, the dates it holds between, and whether bank holidays are off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub id: Uuid,
    pub recurrence: Recurrence,
    pub opens: NaiveTime,
    pub closes: NaiveTime,
    /// The first date it runs (and, for every-other-week rules, the week it counts from).
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
    pub not_on_bank_holidays: bool,
    /// Anything else people should know ("term time only", "ring first").
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("The closing time must be after the opening time")]
    EndsBeforeStart,
    #[error("The last date must be on or after the first date")]
    DatesReversed,
    #[error("Choose at least one day of the week")]
    NoDays,
    #[error("Repeat every 1 to 4 weeks")]
    Interval,
    #[error("Choose the first, second, third, fourth or last week of the month")]
    Ordinal,
}

/// The days on which nothing runs that says so: England and Wales bank holidays, as GOV.UK publishes them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BankHolidays(BTreeSet<NaiveDate>);

impl BankHolidays {
    pub fn new(dates: impl IntoIterator<Item = NaiveDate>) -> Self {
        Self(dates.into_iter().collect())
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.0.contains(&date)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The Monday of the week `date` falls in.
fn week_start(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

/// The `ordinal`th `day` of the month `date` falls in (-1 for the last), if there is one.
fn nth_weekday_of_month(date: NaiveDate, ordinal: i8, day: Weekday) -> Option<NaiveDate> {
    if ordinal == -1 {
        let next_month = if date.month() == 12 {
            NaiveDate::from_ymd_opt(date.year() + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(date.year(), date.month() + 1, 1)?
        };
        let last = next_month.pred_opt()?;
        let back = (7 + last.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
        return Some(last - Duration::days(i64::from(back)));
    }
    let ordinal = u8::try_from(ordinal).ok().filter(|o| (1..=5).contains(o))?;
    NaiveDate::from_weekday_of_month_opt(date.year(), date.month(), day, ordinal)
}

impl Schedule {
    /// Checks the rule makes sense: it closes after it opens, its dates are in order, it names its days.
    pub fn validate(&self) -> Result<(), ScheduleError> {
        if self.closes <= self.opens {
            return Err(ScheduleError::EndsBeforeStart);
        }
        if let (Some(from), Some(to)) = (self.valid_from, self.valid_to)
            && to < from
        {
            return Err(ScheduleError::DatesReversed);
        }
        match &self.recurrence {
            Recurrence::Weekly { days, .. } if days.is_empty() => Err(ScheduleError::NoDays),
            Recurrence::Weekly { interval, .. } if !(1..=4).contains(interval) => Err(ScheduleError::Interval),
            Recurrence::Monthly { ordinal, .. } if !matches!(ordinal, 1..=4 | -1) => Err(ScheduleError::Ordinal),
            _ => Ok(()),
        }
    }

    /// Whether a session happens on `date` (a date in local time).
    pub fn runs_on(&self, date: NaiveDate, holidays: &BankHolidays) -> bool {
        if self.valid_from.is_some_and(|from| date < from) || self.valid_to.is_some_and(|to| date > to) {
            return false;
        }
        if self.not_on_bank_holidays && holidays.contains(date) {
            return false;
        }
        match &self.recurrence {
            Recurrence::Weekly { days, interval } => {
                if !days.contains(&date.weekday()) {
                    return false;
                }
                if *interval <= 1 {
                    return true;
                }
                // Without a first date, weeks count from a fixed Monday, so "every other week" is still one
                // definite set of weeks.
                let epoch = NaiveDate::from_ymd_opt(2001, 1, 1).unwrap_or_default();
                let anchor = week_start(self.valid_from.unwrap_or(epoch));
                let weeks = (week_start(date) - anchor).num_weeks();
                weeks.rem_euclid(i64::from(*interval)) == 0
            }
            Recurrence::Monthly { ordinal, day } => nth_weekday_of_month(date, *ordinal, *day) == Some(date),
            Recurrence::Once { date: once } => *once == date,
        }
    }

    /// Whether a session is under way at `at` (local time).
    pub fn is_open_at(&self, at: NaiveDateTime, holidays: &BankHolidays) -> bool {
        let time = at.time();
        time >= self.opens && time < self.closes && self.runs_on(at.date(), holidays)
    }

    /// The start of the next session that has not yet ended at `after` (local time), looking a year ahead.
    pub fn next_session(&self, after: NaiveDateTime, holidays: &BankHolidays) -> Option<NaiveDateTime> {
        let mut date = after.date();
        if after.time() >= self.closes {
            date = date.succ_opt()?;
        }
        if let Some(from) = self.valid_from
            && date < from
        {
            date = from;
        }
        let horizon = date + Duration::days(400);
        while date <= horizon {
            if self.valid_to.is_some_and(|to| date > to) {
                return None;
            }
            if self.runs_on(date, holidays) {
                return Some(date.and_time(self.opens));
            }
            date = date.succ_opt()?;
        }
        None
    }

    /// The days of the week it can run on (every day of a monthly rule's weekday; the date's for an event).
    pub fn weekdays(&self) -> Vec<Weekday> {
        match &self.recurrence {
            Recurrence::Weekly { days, .. } => days.clone(),
            Recurrence::Monthly { day, .. } => vec![*day],
            Recurrence::Once { date } => vec![date.weekday()],
        }
    }
}

/// A service's name and description as written in another language (what the record is written in, where
/// `languages` says what the service is delivered in). Open Referral UK gets the English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrittenIn {
    /// A language tag: a code Kith knows, with a script where it has two (`pa-Arab`).
    pub language: String,
    pub name: String,
    pub description: String,
}

/// The most languages a record may be written in besides English.
pub const MAX_WRITTEN_IN: usize = 12;

/// A community activity, group or support, as the directory holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub name: String,
    pub description: String,
    pub status: ServiceStatus,
    pub url: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Where it happens.
    pub locations: Vec<Uuid>,
    /// The wards it serves beyond its locations (a phone line for the whole city lists them all).
    pub areas: Vec<WardCode>,
    pub terms: Vec<Uuid>,
    pub schedules: Vec<Schedule>,
    /// No options means it is free.
    pub costs: Vec<CostOption>,
    pub languages: Vec<LanguageCode>,
    pub minimum_age: Option<u8>,
    pub maximum_age: Option<u8>,
    /// Who it is for, in words ("Carers of people with dementia").
    pub eligibility: String,
    pub contacts: Vec<Contact>,
    /// Who pays for it ("National Lottery Community Fund"), as the standard's `funding.source`.
    pub funding: Vec<String>,
    /// When the council or network last assured its quality, if ever.
    pub assured_date: Option<NaiveDate>,
    /// When someone last confirmed the record is accurate.
    pub checked_at: DateTime<Utc>,
    /// Its name and description in other languages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub written_in: Vec<WrittenIn>,
}

impl Service {
    /// Its name and description as written in `language`, or in that language with no script named (a reader of
    /// `pa-Guru` is not given `pa-Arab`), if they are.
    pub fn written(&self, language: &str) -> Option<&WrittenIn> {
        let primary = language.split('-').next().unwrap_or_default();
        self.written_in
            .iter()
            .find(|w| w.language == language)
            .or_else(|| self.written_in.iter().find(|w| w.language == primary))
    }

    /// A service with only its identity, name and description: active, free, placed nowhere, filed under nothing,
    /// and checked at `checked_at`. The rest is for whoever makes it to fill in.
    pub fn new(id: Uuid, organisation_id: Uuid, name: &str, description: &str, checked_at: DateTime<Utc>) -> Self {
        Self {
            id,
            organisation_id,
            name: name.into(),
            description: description.into(),
            status: ServiceStatus::Active,
            url: None,
            email: None,
            phone: None,
            locations: vec![],
            areas: vec![],
            terms: vec![],
            schedules: vec![],
            costs: vec![],
            languages: vec![],
            written_in: vec![],
            minimum_age: None,
            maximum_age: None,
            eligibility: String::new(),
            contacts: vec![],
            funding: vec![],
            assured_date: None,
            checked_at,
        }
    }

    /// Gives back what its lists hold spare. A list read from JSON grows as it goes, so one schedule or one contact
    /// holds room for four; a read model of many services keeps that slack for as long as it runs
    /// (docs/benchmarks.md: a fifth of the directory's memory).
    pub fn shrink_to_fit(&mut self) {
        self.locations.shrink_to_fit();
        self.areas.shrink_to_fit();
        self.terms.shrink_to_fit();
        self.schedules.shrink_to_fit();
        for schedule in &mut self.schedules {
            if let Recurrence::Weekly { days, .. } = &mut schedule.recurrence {
                days.shrink_to_fit();
            }
        }
        self.costs.shrink_to_fit();
        self.languages.shrink_to_fit();
        self.contacts.shrink_to_fit();
        self.funding.shrink_to_fit();
    }

    pub fn is_free(&self) -> bool {
        self.costs.iter().all(|c| c.amount <= 0.0)
    }
}

/// The identifier of a service's record at one of its locations (the standard's `service_at_location`): derived
/// from the two, so it is stable without being stored.
pub fn service_at_location_id(service: Uuid, location: Uuid) -> Uuid {
    Uuid::new_v5(&service, location.as_bytes())
}

/// The identifier of a part of a record that Kith does not keep an identifier for (a language, a cost option, a
/// contact): derived from the record and what the part is, so it is stable from one feed to the next.
pub fn part_id(record: Uuid, part: &str) -> Uuid {
    Uuid::new_v5(&record, part.as_bytes())
}

/// A word people search with and the words the directory uses for it: "lonely" finds befriending. Network
/// leads keep these; search treats each alternative as if the person had typed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Synonym {
    pub id: Uuid,
    pub word: String,
    pub alternatives: Vec<String>,
}

/// How long since a record was checked, in the steps the directory acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Freshness {
    /// Checked in the last 6 months.
    Fresh,
    /// 6 months or more: the owner is reminded.
    Ageing,
    /// 12 months or more: reminded again.
    Stale,
    /// 18 months or more: hidden from the public until someone checks it.
    Expired,
}

/// When a record checked at `checked_at` is hidden from the public: 18 calendar months on.
pub fn expires_at(checked_at: DateTime<Utc>) -> DateTime<Utc> {
    checked_at.checked_add_months(chrono::Months::new(18)).unwrap_or(DateTime::<Utc>::MAX_UTC)
}

impl Freshness {
    /// Steps at the same date 6, 12 and 18 calendar months on (the month's last day when it is shorter).
    pub fn of(checked_at: DateTime<Utc>, now: DateTime<Utc>) -> Self {
        let after =
            |months| checked_at.checked_add_months(chrono::Months::new(months)).unwrap_or(DateTime::<Utc>::MAX_UTC);
        if now >= after(18) {
            Freshness::Expired
        } else if now >= after(12) {
            Freshness::Stale
        } else if now >= after(6) {
            Freshness::Ageing
        } else {
            Freshness::Fresh
        }
    }

    /// The reminder step this is, in months unchecked.
    pub fn months(self) -> Option<i32> {
        match self {
            Freshness::Fresh => None,
            Freshness::Ageing => Some(6),
            Freshness::Stale => Some(12),
            Freshness::Expired => Some(18),
        }
    }
}

/// Whole calendar months from `from` to `to` (0 if `to` is earlier).
pub fn months_between(from: DateTime<Utc>, to: DateTime<Utc>) -> u32 {
    if to <= from {
        return 0;
    }
    let (a, b) = (from.date_naive(), to.date_naive());
    let mut months = (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32;
    if (b.day(), to.time()) < (a.day(), from.time()) {
        months -= 1;
    }
    u32::try_from(months.max(0)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn weekly(days: &[Weekday], interval: u8) -> Schedule {
        Schedule {
            id: Uuid::nil(),
            recurrence: Recurrence::Weekly { days: days.to_vec(), interval },
            opens: time(10, 0),
            closes: time(12, 0),
            valid_from: None,
            valid_to: None,
            not_on_bank_holidays: false,
            note: String::new(),
        }
    }

    #[test]
    fn a_service_gives_back_its_lists_spare_room_and_keeps_what_they_hold() {
        // As a list read from JSON is: room for four, one used.
        fn roomy<T>(item: T) -> Vec<T> {
            let mut list = Vec::with_capacity(4);
            list.push(item);
            list
        }
        let mut s = Service::new(Uuid::nil(), Uuid::nil(), "Lunch club", "Hot meals", DateTime::UNIX_EPOCH);
        s.locations = roomy(Uuid::nil());
        s.terms = roomy(Uuid::nil());
        let mut schedule = weekly(&[], 1);
        schedule.recurrence = Recurrence::Weekly { days: roomy(Weekday::Tue), interval: 1 };
        s.schedules = roomy(schedule);
        s.costs = roomy(CostOption { option: "Adults".into(), amount: 3.0, amount_description: String::new() });
        s.contacts = roomy(Contact { name: "Sam".into(), title: String::new(), email: None, phone: None });
        s.funding = roomy("Lottery".into());
        let before = s.clone();
        s.shrink_to_fit();
        assert_eq!(s, before);
        let Recurrence::Weekly { days, .. } = &s.schedules[0].recurrence else { unreachable!() };
        for (capacity, len) in [
            (s.locations.capacity(), s.locations.len()),
            (s.terms.capacity(), s.terms.len()),
            (s.schedules.capacity(), s.schedules.len()),
            (days.capacity(), days.len()),
            (s.costs.capacity(), s.costs.len()),
            (s.contacts.capacity(), s.contacts.len()),
            (s.funding.capacity(), s.funding.len()),
        ] {
            assert_eq!(capacity, len);
        }
    }

    fn holidays() -> BankHolidays {
        // Easter Monday and the early May bank holiday, 2026.
        BankHolidays::new([date("2026-04-06"), date("2026-05-04")])
    }

    #[test]
    fn a_weekly_session_is_open_during_its_hours_on_its_days_only() {
        let s = weekly(&[Weekday::Tue], 1);
        assert!(s.is_open_at(at("2026-03-03 10:00"), &holidays()), "Tuesday at opening time");
        assert!(s.is_open_at(at("2026-03-03 11:59"), &holidays()));
        assert!(!s.is_open_at(at("2026-03-03 12:00"), &holidays()), "closed at closing time");
        assert!(!s.is_open_at(at("2026-03-04 10:30"), &holidays()), "not on a Wednesday");
    }

    #[test]
    fn the_next_session_is_today_until_it_ends_then_next_week() {
        let s = weekly(&[Weekday::Tue], 1);
        assert_eq!(s.next_session(at("2026-03-02 09:00"), &holidays()), Some(at("2026-03-03 10:00")));
        assert_eq!(s.next_session(at("2026-03-03 11:00"), &holidays()), Some(at("2026-03-03 10:00")), "under way");
        assert_eq!(s.next_session(at("2026-03-03 12:00"), &holidays()), Some(at("2026-03-10 10:00")));
    }

    #[test]
    fn a_session_that_skips_bank_holidays_moves_to_the_next_week() {
        let mut s = weekly(&[Weekday::Mon], 1);
        s.not_on_bank_holidays = true;
        assert!(!s.runs_on(date("2026-04-06"), &holidays()), "Easter Monday");
        assert_eq!(s.next_session(at("2026-04-01 09:00"), &holidays()), Some(at("2026-04-13 10:00")));
        s.not_on_bank_holidays = false;
        assert!(s.runs_on(date("2026-04-06"), &holidays()));
    }

    #[test]
    fn every_other_week_counts_from_the_first_date() {
        let mut s = weekly(&[Weekday::Thu], 2);
        s.valid_from = Some(date("2026-03-05"));
        assert!(s.runs_on(date("2026-03-05"), &holidays()));
        assert!(!s.runs_on(date("2026-03-12"), &holidays()));
        assert!(s.runs_on(date("2026-03-19"), &holidays()));
        assert!(!s.runs_on(date("2026-02-19"), &holidays()), "not before it starts");
    }

    #[test]
    fn every_other_week_without_a_first_date_alternates_from_a_fixed_week() {
        let s = weekly(&[Weekday::Thu], 2);
        let runs: Vec<bool> = (0..4).map(|w| s.runs_on(date("2026-03-05") + Duration::weeks(w), &holidays())).collect();
        assert_eq!(runs.iter().filter(|r| **r).count(), 2, "{runs:?}");
        assert_ne!(runs[0], runs[1]);
        assert!(s.next_session(at("2026-03-02 09:00"), &holidays()).is_some());
    }

    #[test]
    fn monthly_rules_find_the_first_and_the_last_weekday() {
        let mut s = weekly(&[], 1);
        s.recurrence = Recurrence::Monthly { ordinal: 1, day: Weekday::Tue };
        assert!(s.runs_on(date("2026-03-03"), &holidays()));
        assert!(!s.runs_on(date("2026-03-10"), &holidays()));
        assert_eq!(s.next_session(at("2026-03-04 09:00"), &holidays()), Some(at("2026-04-07 10:00")));
        s.recurrence = Recurrence::Monthly { ordinal: -1, day: Weekday::Fri };
        assert!(s.runs_on(date("2026-03-27"), &holidays()));
        assert!(s.runs_on(date("2026-12-25"), &holidays()), "December's last Friday");
        assert!(!s.runs_on(date("2026-03-20"), &holidays()));
    }

    #[test]
    fn an_event_happens_once_and_then_has_no_next_session() {
        let mut s = weekly(&[], 1);
        s.recurrence = Recurrence::Once { date: date("2026-03-14") };
        assert_eq!(s.next_session(at("2026-03-01 09:00"), &holidays()), Some(at("2026-03-14 10:00")));
        assert_eq!(s.next_session(at("2026-03-14 13:00"), &holidays()), None);
    }

    #[test]
    fn a_schedule_that_has_ended_has_no_next_session() {
        let mut s = weekly(&[Weekday::Tue], 1);
        s.valid_to = Some(date("2026-03-10"));
        assert_eq!(s.next_session(at("2026-03-09 09:00"), &holidays()), Some(at("2026-03-10 10:00")));
        assert_eq!(s.next_session(at("2026-03-11 09:00"), &holidays()), None);
    }

    #[test]
    fn bad_schedules_are_refused_with_a_reason() {
        let mut s = weekly(&[Weekday::Tue], 1);
        s.closes = time(9, 0);
        assert_eq!(s.validate(), Err(ScheduleError::EndsBeforeStart));
        let mut s = weekly(&[], 1);
        assert_eq!(s.validate(), Err(ScheduleError::NoDays));
        s = weekly(&[Weekday::Tue], 1);
        s.valid_from = Some(date("2026-03-10"));
        s.valid_to = Some(date("2026-03-01"));
        assert_eq!(s.validate(), Err(ScheduleError::DatesReversed));
        assert!(weekly(&[Weekday::Tue], 1).validate().is_ok());
    }

    #[test]
    fn days_read_as_people_and_files_write_them() {
        for text in ["MO", "mon", "Monday", "mondays", " MONDAY "] {
            assert_eq!(parse_weekday(text), Some(Weekday::Mon), "{text}");
        }
        assert_eq!(parse_weekday("tu"), Some(Weekday::Tue));
        assert_eq!(parse_weekday("Thursdays"), Some(Weekday::Thu));
        for text in ["", "s", "someday", "mx"] {
            assert_eq!(parse_weekday(text), None, "{text}");
        }
        assert_eq!((weekday_key(Weekday::Sat), weekday_code(Weekday::Sat)), ("saturday", "SA"));
    }

    #[test]
    fn language_codes_are_iso_639_and_named() {
        assert_eq!(LanguageCode::parse(" UR ").unwrap().english_name(), "Urdu");
        assert_eq!(LanguageCode::parse("so").unwrap().english_name(), "Somali");
        assert!(LanguageCode::parse("urdu").is_err());
        assert!(LanguageCode::parse("xx").is_err());
    }

    #[test]
    fn freshness_steps_at_six_twelve_and_eighteen_months() {
        let checked = DateTime::parse_from_rfc3339("2025-01-15T12:00:00Z").unwrap().to_utc();
        let after = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        assert_eq!(Freshness::of(checked, after("2025-07-15T11:00:00Z")), Freshness::Fresh);
        assert_eq!(Freshness::of(checked, after("2025-07-15T12:00:00Z")), Freshness::Ageing);
        assert_eq!(Freshness::of(checked, after("2026-01-15T12:00:00Z")), Freshness::Stale);
        assert_eq!(Freshness::of(checked, after("2026-07-14T12:00:00Z")), Freshness::Stale);
        assert_eq!(Freshness::of(checked, after("2026-07-15T12:00:00Z")), Freshness::Expired);
    }
}

/// Properties of the parsers a visitor's text reaches, over any text.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::{LanguageCode, WEEKDAYS, parse_weekday};

    proptest! {
        #[test]
        fn any_text_is_a_day_or_refused_and_every_way_of_writing_a_day_is_that_day(
            text in "\\PC{0,16}",
            day in 0usize..7,
            length in 2usize..10,
            upper in any::<bool>(),
        ) {
            let _ = parse_weekday(&text);
            let (weekday, key, _) = WEEKDAYS[day];
            let prefix: String = key.chars().take(length).collect();
            let written = if upper { prefix.to_ascii_uppercase() } else { prefix };
            prop_assert_eq!(parse_weekday(&written), Some(weekday), "{}", written);
        }

        #[test]
        fn any_text_is_a_language_code_or_refused_and_a_code_reads_back_as_itself(text in "\\PC{0,12}") {
            if let Ok(code) = LanguageCode::parse(&text) {
                prop_assert_eq!(LanguageCode::parse(code.as_str()), Ok(code));
            }
        }
    }
}
