//! Neighbourhood agreements: the service standards published for a ward or the whole city ("85% of member
//! enquiries resolved within 10 working days"), and how a standard is measured from cases. Counts under 5 are
//! suppressed, so that no figure points at a person.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::calendar::WorkingDays;
use crate::cases::CaseKind;

/// Below this many cases a period's figures are not shown.
pub const SUPPRESS_BELOW: usize = 5;

/// What a standard measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    AcknowledgedWithinTarget,
    ResolvedWithinTarget,
}

impl Measure {
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::AcknowledgedWithinTarget => "acknowledged_within_target",
            Measure::ResolvedWithinTarget => "resolved_within_target",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "acknowledged_within_target" => Some(Measure::AcknowledgedWithinTarget),
            "resolved_within_target" => Some(Measure::ResolvedWithinTarget),
            _ => None,
        }
    }
}

/// The periods a standard is reported over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Month,
    Quarter,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Month => "month",
            Period::Quarter => "quarter",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "month" => Some(Period::Month),
            "quarter" => Some(Period::Quarter),
            _ => None,
        }
    }

    /// The first day of the period `date` is in.
    pub fn start_of(self, date: NaiveDate) -> NaiveDate {
        let month = match self {
            Period::Month => date.month(),
            Period::Quarter => (date.month() - 1) / 3 * 3 + 1,
        };
        NaiveDate::from_ymd_opt(date.year(), month, 1).unwrap_or(date)
    }

    /// The first day of the period before the one starting on `start`.
    pub fn previous(self, start: NaiveDate) -> NaiveDate {
        let back = match self {
            Period::Month => 1,
            Period::Quarter => 3,
        };
        start.checked_sub_months(chrono::Months::new(back)).unwrap_or(start)
    }

    /// A period as people read it: "March 2026", "January to March 2026".
    pub fn label(self, start: NaiveDate) -> String {
        match self {
            Period::Month => start.format("%B %Y").to_string(),
            Period::Quarter => {
                let end = start.checked_add_months(chrono::Months::new(2)).unwrap_or(start);
                format!("{} to {}", start.format("%B"), end.format("%B %Y"))
            }
        }
    }
}

/// A published standard, one version of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub id: Uuid,
    /// What versions of the same standard share.
    pub series: Uuid,
    pub version: i32,
    /// `None` for the whole city.
    pub ward: Option<String>,
    pub kind: CaseKind,
    /// `None` for every category of the kind.
    pub category: Option<String>,
    pub measure: Measure,
    pub target_percent: u8,
    pub period: Period,
    /// The team responsible for meeting it.
    pub team: Option<Uuid>,
    pub title: String,
    pub published_at: DateTime<Utc>,
    pub superseded_at: Option<DateTime<Utc>>,
}

/// One case as a measure sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample<'a> {
    pub kind: CaseKind,
    pub category: &'a str,
    pub created_at: DateTime<Utc>,
    pub due_at: Option<DateTime<Utc>>,
    pub done_at: Option<DateTime<Utc>>,
}

/// A period's performance. `percent` and `met` are `None` when the count is suppressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Performance {
    pub period_start: NaiveDate,
    pub label: String,
    /// Cases whose outcome is known: done, or past due without being done.
    pub counted: usize,
    pub within: usize,
    pub suppressed: bool,
    pub percent: Option<u8>,
    pub met: Option<bool>,
}

impl Agreement {
    pub fn covers(&self, kind: CaseKind, category: &str) -> bool {
        self.kind == kind && self.category.as_deref().is_none_or(|c| c == category)
    }

    /// The first days of the periods shown: the `periods` periods up to the one holding `now`, oldest first.
    pub fn period_starts(&self, now: DateTime<Utc>, periods: usize) -> Vec<NaiveDate> {
        let mut starts = Vec::with_capacity(periods);
        let mut start = self.period.start_of(WorkingDays::local_date(now));
        for _ in 0..periods {
            starts.push(start);
            start = self.period.previous(start);
        }
        starts.reverse();
        starts
    }

    /// Performance over the `periods` periods up to the one holding `now`, oldest first, from monthly tallies.
    pub fn judge(&self, tallies: &[Tally], now: DateTime<Utc>, periods: usize) -> Vec<Performance> {
        let starts = self.period_starts(now, periods);
        let mut counts = vec![(0usize, 0usize); starts.len()];
        for t in tallies.iter().filter(|t| t.measure == self.measure && self.covers(t.kind, &t.category)) {
            let Some(i) = starts.iter().rposition(|start| *start <= t.month) else { continue };
            counts[i].0 += t.counted;
            counts[i].1 += t.within;
        }
        starts
            .iter()
            .zip(counts)
            .map(|(start, (counted, within))| {
                let suppressed = counted < SUPPRESS_BELOW;
                let percent = (!suppressed).then(|| ((within * 100 + counted / 2) / counted) as u8);
                Performance {
                    period_start: *start,
                    label: self.period.label(*start),
                    counted,
                    within,
                    suppressed,
                    percent,
                    met: percent.map(|p| p >= self.target_percent),
                }
            })
            .collect()
    }

    /// Performance from single cases (what the store's monthly counts add up to).
    pub fn measure(&self, samples: &[Sample<'_>], now: DateTime<Utc>, periods: usize) -> Vec<Performance> {
        self.judge(&tally(self.measure, samples, now), now, periods)
    }
}

/// Cases of one kind and category raised in one month, as one measure judges them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// The first day of the month.
    pub month: NaiveDate,
    pub measure: Measure,
    pub kind: CaseKind,
    pub category: String,
    /// Cases whose outcome is known: done, or past due without being done.
    pub counted: usize,
    pub within: usize,
}

/// Adds single cases up into monthly tallies: a case counts in the month it was raised in, once its outcome is known;
/// cases still within time wait.
pub fn tally(measure: Measure, samples: &[Sample<'_>], now: DateTime<Utc>) -> Vec<Tally> {
    let mut out: Vec<Tally> = Vec::new();
    for s in samples {
        let Some(due) = s.due_at else { continue };
        let within = match s.done_at {
            Some(done) => done < due,
            None if now >= due => false,
            None => continue,
        };
        let month = Period::Month.start_of(WorkingDays::local_date(s.created_at));
        match out.iter_mut().find(|t| t.month == month && t.kind == s.kind && t.category == s.category) {
            Some(t) => {
                t.counted += 1;
                t.within += usize::from(within);
            }
            None => out.push(Tally {
                month,
                measure,
                kind: s.kind,
                category: s.category.to_owned(),
                counted: 1,
                within: usize::from(within),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn standard() -> Agreement {
        Agreement {
            id: Uuid::nil(),
            series: Uuid::nil(),
            version: 1,
            ward: None,
            kind: CaseKind::MemberEnquiry,
            category: None,
            measure: Measure::ResolvedWithinTarget,
            target_percent: 80,
            period: Period::Month,
            team: None,
            title: "80% of member enquiries resolved within 10 working days".into(),
            published_at: at("2026-01-01T00:00:00Z"),
            superseded_at: None,
        }
    }

    fn sample(created: &str, due: &str, done: Option<&str>) -> Sample<'static> {
        Sample {
            kind: CaseKind::MemberEnquiry,
            category: "waste",
            created_at: at(created),
            due_at: Some(at(due)),
            done_at: done.map(at),
        }
    }

    #[test]
    fn a_period_with_fewer_than_five_known_outcomes_is_suppressed() {
        let samples: Vec<_> = (0..4)
            .map(|_| sample("2026-03-02T09:00:00Z", "2026-03-17T00:00:00Z", Some("2026-03-05T09:00:00Z")))
            .collect();
        let p = standard().measure(&samples, at("2026-03-31T12:00:00Z"), 1);
        assert_eq!((p[0].counted, p[0].suppressed, p[0].percent, p[0].met), (4, true, None, None));
    }

    #[test]
    fn late_and_overdue_cases_count_against_and_cases_still_in_time_wait() {
        let mut samples = vec![
            sample("2026-03-02T09:00:00Z", "2026-03-17T00:00:00Z", Some("2026-03-05T09:00:00Z")),
            sample("2026-03-02T09:00:00Z", "2026-03-17T00:00:00Z", Some("2026-03-06T09:00:00Z")),
            sample("2026-03-03T09:00:00Z", "2026-03-18T00:00:00Z", Some("2026-03-10T09:00:00Z")),
            sample("2026-03-04T09:00:00Z", "2026-03-19T00:00:00Z", Some("2026-03-20T09:00:00Z")),
            sample("2026-03-05T09:00:00Z", "2026-03-20T00:00:00Z", None),
            // Raised late in March, not yet due: it waits.
            sample("2026-03-30T09:00:00Z", "2026-04-14T00:00:00Z", None),
        ];
        samples.push(sample("2026-02-10T09:00:00Z", "2026-02-25T00:00:00Z", Some("2026-02-11T09:00:00Z")));
        let p = standard().measure(&samples, at("2026-03-31T12:00:00Z"), 2);
        assert_eq!(p[0].label, "February 2026");
        assert_eq!((p[0].counted, p[0].suppressed), (1, true));
        assert_eq!(p[1].label, "March 2026");
        assert_eq!((p[1].counted, p[1].within, p[1].percent, p[1].met), (5, 3, Some(60), Some(false)));
    }

    #[test]
    fn quarters_start_in_january_april_july_and_october() {
        let d = NaiveDate::from_ymd_opt(2026, 5, 17).unwrap();
        assert_eq!(Period::Quarter.start_of(d), NaiveDate::from_ymd_opt(2026, 4, 1).unwrap());
        assert_eq!(
            Period::Quarter.previous(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()),
            NaiveDate::from_ymd_opt(2025, 10, 1).unwrap()
        );
        assert_eq!(Period::Quarter.label(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()), "April to June 2026");
    }
}
