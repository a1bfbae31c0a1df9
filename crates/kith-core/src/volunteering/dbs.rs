//! DBS checks (the Disclosure and Barring Service): the level of a volunteer's certificate, the workforce it was
//! issued for, whether it is still taken as current, and the check a task needs. No I/O: the Update Service's
//! answer is a date recorded by a coordinator, and this module only reads it.
//!
//! A DBS certificate has no expiry date of its own; how long one is trusted is each organisation's policy. Kith's
//! house policy, in the constants below:
//!
//! - A certificate **not on the Update Service** is taken as current for [`CERTIFICATE_CURRENT_MONTHS`] (3 years)
//!   from the date it was issued.
//! - A certificate **on the Update Service** stays current after that for as long as its status was checked
//!   online within the last [`STATUS_CHECK_CURRENT_MONTHS`] (12 months), and only while the volunteer's consent
//!   to those checks is recorded. Without consent the Update Service cannot be used, and the plain 3 years apply.
//!
//! A check's workforce (children's, adults' or both) is on enhanced checks only, so it matters only when a task
//! needs an enhanced check.

use std::fmt;

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::grants::long_date;

/// How long a certificate not on the Update Service is taken as current, from its date: 3 years.
pub const CERTIFICATE_CURRENT_MONTHS: u32 = 36;

/// How recent an Update Service status check must be to keep a certificate current: 12 months.
pub const STATUS_CHECK_CURRENT_MONTHS: u32 = 12;

keyed_enum!(
    /// A DBS check's level, from the least to the most thorough; a higher level meets a need for a lower one.
    DbsLevel, "a DBS check level" {
        /// Unspent convictions only.
        Basic = "basic",
        /// Spent and unspent convictions, cautions, reprimands and warnings.
        Standard = "standard",
        /// As standard, and what local police think relevant.
        Enhanced = "enhanced",
        /// Enhanced, with a check of the barred list for the workforce: for regulated activity.
        EnhancedBarred = "enhanced_barred",
    }
);

impl DbsLevel {
    /// The level as a check is named in a sentence: "an enhanced check".
    pub fn check_words(self) -> &'static str {
        match self {
            DbsLevel::Basic => "a basic check",
            DbsLevel::Standard => "a standard check",
            DbsLevel::Enhanced => "an enhanced check",
            DbsLevel::EnhancedBarred => "an enhanced check with barred list",
        }
    }
}

keyed_enum!(
    /// Whom an enhanced check was asked for: work with children, with adults, or both.
    Workforce, "a workforce" {
        Children = "children",
        Adults = "adults",
        Both = "both",
    }
);

impl Workforce {
    /// Whether a check for this workforce does for work that `need`s one: a check for both does for either, and a
    /// need for both is met only by a check for both.
    pub fn covers(self, need: Workforce) -> bool {
        self == Workforce::Both || self == need
    }

    pub fn words(self) -> &'static str {
        match self {
            Workforce::Children => "the children's workforce",
            Workforce::Adults => "the adult workforce",
            Workforce::Both => "the children's and adult workforces",
        }
    }
}

/// The check a task needs, for safeguarding: at least this level and, for an enhanced check, this workforce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Need {
    pub level: DbsLevel,
    pub workforce: Workforce,
}

impl Need {
    /// Whether the workforce is part of the need: only enhanced checks are for a workforce.
    fn names_workforce(&self) -> bool {
        self.level >= DbsLevel::Enhanced
    }
}

/// "an enhanced check for the adult workforce"; "a basic check".
impl fmt::Display for Need {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.level.check_words())?;
        if self.names_workforce() { write!(f, " for {}", self.workforce.words()) } else { Ok(()) }
    }
}

/// A volunteer's DBS certificate, as a coordinator records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DbsRecord {
    pub level: DbsLevel,
    pub workforce: Workforce,
    /// The date printed on the certificate.
    pub certificate_on: NaiveDate,
    /// Whether the volunteer subscribes to the Update Service.
    pub update_service: bool,
    /// When a coordinator last checked the certificate's status on the Update Service and found it current.
    pub status_checked_on: Option<NaiveDate>,
    /// Whether the volunteer has agreed to their status being checked online.
    pub consent: bool,
}

/// Why a volunteer's DBS check does not do for a task, in words a coordinator reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbsRefusal {
    NoRecord {
        needed: Need,
    },
    LevelTooLow {
        needed: Need,
        has: DbsLevel,
    },
    WrongWorkforce {
        needed: Need,
        has: Workforce,
    },
    /// No longer current since `on`. `status_check_would_renew`: it is on the Update Service with consent, so a
    /// status check today would make it current again.
    Expired {
        on: NaiveDate,
        status_check_would_renew: bool,
    },
    /// On the Update Service, past its plain three years, and no consent to check it is recorded.
    NoConsent,
}

impl fmt::Display for DbsRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DbsRefusal::NoRecord { needed } => write!(f, "Needs {needed}; has no DBS check"),
            DbsRefusal::LevelTooLow { needed, has } => write!(f, "Needs {needed}; has {}", has.check_words()),
            DbsRefusal::WrongWorkforce { needed, has } => write!(f, "Needs {needed}; has one for {}", has.words()),
            DbsRefusal::Expired { on, status_check_would_renew } => {
                write!(f, "Their DBS check stopped being current on {}", long_date(*on))?;
                if *status_check_would_renew {
                    f.write_str(": a status check on the Update Service would renew it")?;
                }
                Ok(())
            }
            DbsRefusal::NoConsent => {
                f.write_str("Their DBS check is on the Update Service but no consent to check its status is recorded")
            }
        }
    }
}

impl std::error::Error for DbsRefusal {}

keyed_enum!(
    /// The reminders sent before a check stops being current, for the volunteer and their coordinator.
    Reminder, "a DBS reminder" {
        SixtyDays = "60_days",
        ThirtyDays = "30_days",
        SevenDays = "7_days",
    }
);

impl Reminder {
    /// How many days before the check stops being current this reminder goes.
    pub fn days_before(self) -> i64 {
        match self {
            Reminder::SixtyDays => 60,
            Reminder::ThirtyDays => 30,
            Reminder::SevenDays => 7,
        }
    }
}

fn months_after(date: NaiveDate, months: u32) -> NaiveDate {
    // Only past the end of the calendar (the year 262,143) is there no such date: then it never stops.
    date.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

impl DbsRecord {
    /// The first day the certificate is no longer taken as current, by the house policy (see the module's
    /// documentation). A certificate of 29 February is current to the end of 27 February three years on.
    pub fn expires_on(&self) -> NaiveDate {
        let plain = months_after(self.certificate_on, CERTIFICATE_CURRENT_MONTHS);
        match self.status_checked_on {
            Some(checked) if self.update_service && self.consent => {
                plain.max(months_after(checked, STATUS_CHECK_CURRENT_MONTHS))
            }
            _ => plain,
        }
    }

    pub fn is_current(&self, today: NaiveDate) -> bool {
        today < self.expires_on()
    }

    /// Whether this check does for a task that needs `need`, on `today`: the level first, then the workforce (for
    /// an enhanced need), then whether it is current.
    pub fn meets(&self, need: &Need, today: NaiveDate) -> Result<(), DbsRefusal> {
        if self.level < need.level {
            return Err(DbsRefusal::LevelTooLow { needed: *need, has: self.level });
        }
        if need.names_workforce() && !self.workforce.covers(need.workforce) {
            return Err(DbsRefusal::WrongWorkforce { needed: *need, has: self.workforce });
        }
        if self.is_current(today) {
            Ok(())
        } else if self.update_service && !self.consent {
            Err(DbsRefusal::NoConsent)
        } else {
            Err(DbsRefusal::Expired { on: self.expires_on(), status_check_would_renew: self.update_service })
        }
    }

    /// The reminder whose time has come on `today`, if any: the 60-day one from 60 days before the check stops
    /// being current, the 30-day one from 30, the 7-day one from 7, and none once it has stopped. The worker sends
    /// each step once; a step it missed (it was not running) is overtaken by the next, never sent late.
    pub fn reminders_due(&self, today: NaiveDate) -> Option<Reminder> {
        let days_left = (self.expires_on() - today).num_days();
        [Reminder::SevenDays, Reminder::ThirtyDays, Reminder::SixtyDays]
            .into_iter()
            .find(|r| days_left > 0 && days_left <= r.days_before())
    }
}

/// Whether a volunteer with `record` (if they have one) may do a task that needs `need` (if it needs any).
pub fn check(record: Option<&DbsRecord>, need: Option<&Need>, today: NaiveDate) -> Result<(), DbsRefusal> {
    match (need, record) {
        (None, _) => Ok(()),
        (Some(needed), None) => Err(DbsRefusal::NoRecord { needed: *needed }),
        (Some(needed), Some(record)) => record.meets(needed, today),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn record(level: DbsLevel, workforce: Workforce, certificate_on: NaiveDate) -> DbsRecord {
        DbsRecord { level, workforce, certificate_on, update_service: false, status_checked_on: None, consent: false }
    }

    fn enhanced_adults() -> Need {
        Need { level: DbsLevel::Enhanced, workforce: Workforce::Adults }
    }

    #[test]
    fn levels_are_ordered_from_basic_to_enhanced_with_barred_list() {
        use DbsLevel::*;
        assert!(Basic < Standard && Standard < Enhanced && Enhanced < EnhancedBarred);
        assert_eq!(DbsLevel::ALL, [Basic, Standard, Enhanced, EnhancedBarred]);
    }

    #[test]
    fn a_check_for_both_workforces_covers_either_and_a_need_for_both_needs_both() {
        use Workforce::*;
        assert!(Both.covers(Children) && Both.covers(Adults) && Both.covers(Both));
        assert!(Children.covers(Children));
        assert!(!Children.covers(Adults));
        assert!(!Adults.covers(Both));
    }

    #[test]
    fn a_certificate_off_the_update_service_is_current_for_three_years_from_its_date() {
        let r = record(DbsLevel::Enhanced, Workforce::Adults, date(2023, 3, 1));
        assert_eq!(r.expires_on(), date(2026, 3, 1));
        assert_eq!(r.meets(&enhanced_adults(), date(2026, 2, 28)), Ok(()));
        assert_eq!(
            r.meets(&enhanced_adults(), date(2026, 3, 1)),
            Err(DbsRefusal::Expired { on: date(2026, 3, 1), status_check_would_renew: false })
        );
    }

    #[test]
    fn a_certificate_of_a_leap_day_stops_on_the_last_day_of_february_three_years_on() {
        assert_eq!(record(DbsLevel::Basic, Workforce::Adults, date(2024, 2, 29)).expires_on(), date(2027, 2, 28));
    }

    #[test]
    fn a_certificate_on_the_update_service_is_current_for_twelve_months_from_its_last_status_check() {
        let r = DbsRecord {
            update_service: true,
            consent: true,
            status_checked_on: Some(date(2026, 1, 10)),
            ..record(DbsLevel::Enhanced, Workforce::Adults, date(2020, 6, 1))
        };
        assert_eq!(r.expires_on(), date(2027, 1, 10));
        assert_eq!(r.meets(&enhanced_adults(), date(2027, 1, 9)), Ok(()));
        assert!(r.meets(&enhanced_adults(), date(2027, 1, 10)).is_err());
    }

    #[test]
    fn an_old_status_check_never_shortens_the_plain_three_years() {
        let r = DbsRecord {
            update_service: true,
            consent: true,
            status_checked_on: Some(date(2025, 1, 1)),
            ..record(DbsLevel::Basic, Workforce::Adults, date(2025, 1, 1))
        };
        assert_eq!(r.expires_on(), date(2028, 1, 1));
    }

    #[test]
    fn without_consent_the_update_service_keeps_nothing_current_past_three_years() {
        let r = DbsRecord {
            update_service: true,
            consent: false,
            status_checked_on: Some(date(2026, 1, 10)),
            ..record(DbsLevel::Enhanced, Workforce::Adults, date(2020, 6, 1))
        };
        assert_eq!(r.meets(&enhanced_adults(), date(2026, 2, 1)), Err(DbsRefusal::NoConsent));
        assert_eq!(
            DbsRefusal::NoConsent.to_string(),
            "Their DBS check is on the Update Service but no consent to check its status is recorded"
        );
    }

    #[test]
    fn an_unchecked_certificate_on_the_update_service_says_a_status_check_would_renew_it() {
        let r = DbsRecord {
            update_service: true,
            consent: true,
            ..record(DbsLevel::Basic, Workforce::Adults, date(2020, 6, 1))
        };
        let refusal = r.meets(&Need { level: DbsLevel::Basic, workforce: Workforce::Adults }, date(2026, 1, 1));
        assert_eq!(
            refusal.unwrap_err().to_string(),
            "Their DBS check stopped being current on 1 June 2023: a status check on the Update Service would renew it"
        );
    }

    #[test]
    fn a_check_below_the_level_needed_is_refused_naming_both() {
        let r = record(DbsLevel::Basic, Workforce::Adults, date(2025, 1, 1));
        let refusal = r.meets(&enhanced_adults(), date(2025, 6, 1)).unwrap_err();
        assert_eq!(refusal, DbsRefusal::LevelTooLow { needed: enhanced_adults(), has: DbsLevel::Basic });
        assert_eq!(refusal.to_string(), "Needs an enhanced check for the adult workforce; has a basic check");
    }

    #[test]
    fn a_higher_level_meets_a_need_for_a_lower_one() {
        let r = record(DbsLevel::EnhancedBarred, Workforce::Both, date(2025, 1, 1));
        assert_eq!(
            r.meets(&Need { level: DbsLevel::Standard, workforce: Workforce::Children }, date(2025, 6, 1)),
            Ok(())
        );
    }

    #[test]
    fn an_enhanced_check_for_the_wrong_workforce_is_refused() {
        let r = record(DbsLevel::Enhanced, Workforce::Adults, date(2025, 1, 1));
        let children = Need { level: DbsLevel::Enhanced, workforce: Workforce::Children };
        let refusal = r.meets(&children, date(2025, 6, 1)).unwrap_err();
        assert_eq!(
            refusal.to_string(),
            "Needs an enhanced check for the children's workforce; has one for the adult workforce"
        );
    }

    #[test]
    fn the_workforce_does_not_matter_below_an_enhanced_need() {
        let r = record(DbsLevel::Standard, Workforce::Adults, date(2025, 1, 1));
        let standard = Need { level: DbsLevel::Standard, workforce: Workforce::Children };
        assert_eq!(r.meets(&standard, date(2025, 6, 1)), Ok(()));
        assert_eq!(standard.to_string(), "a standard check");
    }

    #[test]
    fn a_task_that_needs_a_check_refuses_a_volunteer_with_none_and_one_that_needs_none_refuses_no_one() {
        let today = date(2025, 6, 1);
        assert_eq!(
            check(None, Some(&enhanced_adults()), today),
            Err(DbsRefusal::NoRecord { needed: enhanced_adults() })
        );
        assert_eq!(
            DbsRefusal::NoRecord { needed: enhanced_adults() }.to_string(),
            "Needs an enhanced check for the adult workforce; has no DBS check"
        );
        assert_eq!(check(None, None, today), Ok(()));
        let expired = record(DbsLevel::Basic, Workforce::Adults, date(2000, 1, 1));
        assert_eq!(check(Some(&expired), None, today), Ok(()));
    }

    #[test]
    fn reminders_fall_due_sixty_thirty_and_seven_days_before_a_check_stops_being_current() {
        let r = record(DbsLevel::Basic, Workforce::Adults, date(2023, 3, 1));
        let stops = r.expires_on();
        let on = |days_before: i64| r.reminders_due(stops - chrono::Duration::days(days_before));
        assert_eq!(on(61), None);
        assert_eq!(on(60), Some(Reminder::SixtyDays));
        assert_eq!(on(31), Some(Reminder::SixtyDays));
        assert_eq!(on(30), Some(Reminder::ThirtyDays));
        assert_eq!(on(8), Some(Reminder::ThirtyDays));
        assert_eq!(on(7), Some(Reminder::SevenDays));
        assert_eq!(on(1), Some(Reminder::SevenDays));
    }

    #[test]
    fn no_reminder_is_due_once_a_check_has_stopped_being_current() {
        let r = record(DbsLevel::Basic, Workforce::Adults, date(2023, 3, 1));
        assert_eq!(r.reminders_due(r.expires_on()), None);
        assert_eq!(r.reminders_due(date(2030, 1, 1)), None);
    }

    #[test]
    fn a_certificate_dated_at_the_end_of_the_calendar_never_stops_and_nothing_panics() {
        let r = record(DbsLevel::Basic, Workforce::Adults, NaiveDate::MAX);
        assert_eq!(r.expires_on(), NaiveDate::MAX);
        assert_eq!(r.reminders_due(NaiveDate::MIN), None);
    }
}
