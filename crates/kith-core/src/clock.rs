//! Time is passed in, never read directly, so that tests and demos can move it.

use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

/// A source of the current time. Everything in Kith that needs "now" asks one of these.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

/// The real time.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until it is told to move: for tests of expiries, reminders and working days.
#[derive(Debug)]
pub struct ManualClock(Mutex<DateTime<Utc>>);

impl ManualClock {
    pub fn new(start: DateTime<Utc>) -> Self {
        Self(Mutex::new(start))
    }

    pub fn set(&self, to: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = to;
    }

    pub fn advance(&self, by: Duration) {
        let mut now = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Real time shifted to start at a chosen instant: a demo can be run "as of" a date and still tick.
#[derive(Debug, Clone, Copy)]
pub struct OffsetClock {
    offset: Duration,
}

impl OffsetClock {
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Self { offset: start - Utc::now() }
    }
}

impl Clock for OffsetClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + self.offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let start = DateTime::parse_from_rfc3339("2026-01-05T09:00:00Z").unwrap().to_utc();
        let clock = ManualClock::new(start);
        assert_eq!(clock.now(), start);
        clock.advance(Duration::days(3));
        assert_eq!(clock.now(), start + Duration::days(3));
    }

    #[test]
    fn an_offset_clock_starts_at_the_chosen_instant_and_ticks() {
        let start = DateTime::parse_from_rfc3339("2020-02-29T12:00:00Z").unwrap().to_utc();
        let clock = OffsetClock::starting_at(start);
        let first = clock.now();
        assert!((first - start).num_seconds().abs() < 5);
        assert!(clock.now() >= first);
    }
}
