//! Working days in England and Wales: Monday to Friday, not a bank holiday, counted in Europe/London. Service
//! standards are promised in working days, so every case clock is measured with this calendar.
//!
//! The convention councils publish: the day something arrives is day 0 (a Saturday, Sunday or bank holiday arrival
//! counts as arriving on the next working day), and "within N working days" means by the end of the Nth working day
//! after it. A due moment is the start of the following day in London, so "breached" is simply `now >= due`.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Europe::London;

use crate::directory::BankHolidays;

/// The working-day calendar: weekends and the bank holidays it is given.
#[derive(Debug, Clone, Default)]
pub struct WorkingDays {
    holidays: BankHolidays,
}

impl WorkingDays {
    pub fn new(holidays: BankHolidays) -> Self {
        Self { holidays }
    }

    pub fn holidays(&self) -> &BankHolidays {
        &self.holidays
    }

    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !self.holidays.contains(date)
    }

    /// The London date of an instant.
    pub fn local_date(at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&London).date_naive()
    }

    /// The working day something arriving at `at` counts from: its own day, or the next working day.
    pub fn day_zero(&self, at: DateTime<Utc>) -> NaiveDate {
        let mut date = Self::local_date(at);
        while !self.is_working_day(date) {
            let Some(next) = date.succ_opt() else { break };
            date = next;
        }
        date
    }

    /// The working day `n` working days after `date` (`date` itself when `n` is 0).
    pub fn add(&self, date: NaiveDate, n: u32) -> NaiveDate {
        let mut date = date;
        let mut left = n;
        while left > 0 {
            // The last date there is ends the count: nothing after it can be a working day.
            let Some(next) = date.succ_opt() else { break };
            date = next;
            if self.is_working_day(date) {
                left -= 1;
            }
        }
        date
    }

    /// The moment a target of `n` working days from an arrival at `at` runs out: the start of the day after the
    /// last working day, in London.
    pub fn due(&self, at: DateTime<Utc>, n: u32) -> DateTime<Utc> {
        end_of(self.add(self.day_zero(at), n))
    }

    /// The last working day a due moment allows (for saying "by the end of Tuesday 3 March").
    pub fn last_day(due: DateTime<Utc>) -> NaiveDate {
        Self::local_date(due - Duration::seconds(1))
    }

    /// Moves a due moment on by `n` working days (a pause or an agreed extension).
    pub fn extend(&self, due: DateTime<Utc>, n: u32) -> DateTime<Utc> {
        end_of(self.add(Self::last_day(due), n))
    }

    /// How many working days were spent between two instants: the working days after `from`'s London date, up to
    /// and including `to`'s. A pause that starts and ends on the same day costs nothing.
    pub fn between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> u32 {
        self.between_dates(Self::local_date(from), Self::local_date(to))
    }

    /// The working days after `from`, up to and including `to`.
    fn between_dates(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        from.iter_days().skip(1).take_while(|d| *d <= to).filter(|d| self.is_working_day(*d)).count() as u32
    }

    /// Working days from `at` until `due` runs out: 0 on its last day, negative once it has passed.
    pub fn days_left(&self, at: DateTime<Utc>, due: DateTime<Utc>) -> i64 {
        let (today, last) = (Self::local_date(at), Self::last_day(due));
        if at < due {
            i64::from(self.between_dates(today, last))
        } else {
            -i64::from(self.between_dates(last, today).max(1))
        }
    }
}

/// The moment `date` ends in London (the start of the next day), as UTC.
pub fn end_of(date: NaiveDate) -> DateTime<Utc> {
    let next = date.succ_opt().unwrap_or(date);
    let midnight = next.and_hms_opt(0, 0, 0).unwrap_or_default();
    // Midnight always exists in London (the clocks change at 1am and 2am), so this is never ambiguous.
    London.from_local_datetime(&midnight).earliest().map_or_else(|| midnight.and_utc(), |t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn calendar() -> WorkingDays {
        // Good Friday and Easter Monday 2026.
        WorkingDays::new(BankHolidays::new([day(2026, 4, 3), day(2026, 4, 6)]))
    }

    #[test]
    fn counting_past_the_last_date_there_is_stops_there_even_if_it_is_a_holiday() {
        let calendar = WorkingDays::new(BankHolidays::new([NaiveDate::MAX]));
        assert_eq!(calendar.add(NaiveDate::MAX - Duration::days(3), 10), NaiveDate::MAX);
    }

    #[test]
    fn two_working_days_from_a_monday_morning_run_to_the_end_of_wednesday() {
        let due = calendar().due(at("2026-03-02T09:00:00Z"), 2);
        assert_eq!(due, at("2026-03-05T00:00:00Z"));
        assert_eq!(WorkingDays::last_day(due), day(2026, 3, 4));
    }

    #[test]
    fn something_arriving_at_the_weekend_counts_from_monday() {
        assert_eq!(calendar().due(at("2026-03-07T15:00:00Z"), 1), at("2026-03-11T00:00:00Z"));
        assert_eq!(calendar().day_zero(at("2026-03-08T23:30:00Z")), day(2026, 3, 9));
    }

    #[test]
    fn bank_holidays_are_not_working_days() {
        // Thursday 2 April 2026 plus two working days skips Good Friday, the weekend and Easter Monday.
        assert_eq!(WorkingDays::last_day(calendar().due(at("2026-04-02T10:00:00Z"), 2)), day(2026, 4, 8));
    }

    #[test]
    fn days_are_london_days_in_summer_time() {
        // 23:30 UTC on Friday 3 July is 00:30 on Saturday in London: it arrives at the weekend.
        assert_eq!(calendar().day_zero(at("2026-07-03T23:30:00Z")), day(2026, 7, 6));
        // The due moment is London midnight, 23:00 UTC in summer.
        assert_eq!(calendar().due(at("2026-07-06T09:00:00Z"), 0), at("2026-07-06T23:00:00Z"));
    }

    #[test]
    fn a_pause_costs_the_working_days_it_covers() {
        let c = calendar();
        assert_eq!(c.between(at("2026-03-02T09:00:00Z"), at("2026-03-02T17:00:00Z")), 0);
        assert_eq!(c.between(at("2026-03-06T09:00:00Z"), at("2026-03-09T09:00:00Z")), 1, "Friday to Monday");
        let due = c.due(at("2026-03-02T09:00:00Z"), 10);
        assert_eq!(WorkingDays::last_day(c.extend(due, 3)), day(2026, 3, 19));
    }

    #[test]
    fn days_left_count_down_to_zero_on_the_last_day_and_then_below() {
        let c = calendar();
        let due = c.due(at("2026-03-02T09:00:00Z"), 2);
        assert_eq!(c.days_left(at("2026-03-02T10:00:00Z"), due), 2);
        assert_eq!(c.days_left(at("2026-03-04T10:00:00Z"), due), 0);
        assert_eq!(c.days_left(at("2026-03-05T10:00:00Z"), due), -1);
    }
}
