//! Assets of Community Value: a nomination's statutory clocks, counted by the rule set in force when each clock
//! starts. The law changes (the Community Right to Buy is to replace the right to bid), so the rules are data: a
//! rule set has the dates it is in force and its periods, and a date no rule set covers starts no clock.
//!
//! Under the Localism Act 2011 and the Assets of Community Value (England) Regulations 2012 (in force from
//! 21 September 2012): the council decides a nomination within 8 weeks of receiving it; a listing lasts 5 years;
//! the owner may ask for a review within 8 weeks of being told of the listing, decided within 8 weeks of asking;
//! on the owner's notice of intent to sell, a 6-week interim moratorium, a full moratorium of 6 months from the
//! notice if a community group asks to bid within the interim, and a protected period of 18 months from the notice.

use chrono::{Months, NaiveDate, TimeDelta};

/// A statutory period, counted from a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Weeks(u32),
    Months(u32),
}

impl Period {
    /// The day the period ends, counted from `from` (a month from 31 January is 28 or 29 February).
    pub fn after(self, from: NaiveDate) -> NaiveDate {
        match self {
            Period::Weeks(w) => from + TimeDelta::weeks(i64::from(w)),
            Period::Months(m) => from.checked_add_months(Months::new(m)).unwrap_or(NaiveDate::MAX),
        }
    }

    /// The day the period ends, counted back from `to`.
    pub fn before(self, to: NaiveDate) -> NaiveDate {
        match self {
            Period::Weeks(w) => to - TimeDelta::weeks(i64::from(w)),
            Period::Months(m) => to.checked_sub_months(Months::new(m)).unwrap_or(NaiveDate::MIN),
        }
    }

    pub fn words(self) -> String {
        match self {
            Period::Weeks(1) => "1 week".into(),
            Period::Weeks(w) => format!("{w} weeks"),
            Period::Months(12) => "1 year".into(),
            Period::Months(m) if m % 12 == 0 => format!("{} years", m / 12),
            Period::Months(1) => "1 month".into(),
            Period::Months(m) => format!("{m} months"),
        }
    }
}

/// The periods of one version of the law, and the dates it is in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSet {
    pub key: &'static str,
    pub name: &'static str,
    /// In force from this day; `None` while it is not yet commenced (no clock runs under it).
    pub in_force_from: Option<NaiveDate>,
    /// In force until the day before this.
    pub in_force_until: Option<NaiveDate>,
    /// The council's decision on a nomination, from its receipt.
    pub decision: Period,
    /// How long a listing lasts, from the listing.
    pub listing: Period,
    /// The owner's request for a review, from the listing.
    pub review_request: Period,
    /// The decision on a review, from the request.
    pub review_decision: Period,
    /// From the owner's notice of intent to sell: the interim moratorium, within which a group may ask to bid.
    pub interim_moratorium: Period,
    /// The full moratorium, from the notice, when a group asked to bid.
    pub full_moratorium: Period,
    /// The protected period, from the notice, within which no second moratorium can start.
    pub protected_period: Period,
    /// Whether a community group has first refusal at the end of a full moratorium (the Community Right to Buy).
    pub first_refusal: bool,
}

/// The rule sets Kith knows, oldest first.
pub fn rule_sets() -> Vec<RuleSet> {
    vec![
        RuleSet {
            key: "localism-act-2011",
            name: "Localism Act 2011: the community right to bid",
            in_force_from: NaiveDate::from_ymd_opt(2012, 9, 21),
            in_force_until: None,
            decision: Period::Weeks(8),
            listing: Period::Months(60),
            review_request: Period::Weeks(8),
            review_decision: Period::Weeks(8),
            interim_moratorium: Period::Weeks(6),
            full_moratorium: Period::Months(6),
            protected_period: Period::Months(18),
            first_refusal: false,
        },
        // The English Devolution and Community Empowerment Bill replaces the right to bid with a right to buy: a
        // longer moratorium and first refusal. Not yet commenced: when it is, its date is set here and the 2011
        // rules end the day before, and every clock started from then on runs by it.
        RuleSet {
            key: "community-right-to-buy",
            name: "Community Right to Buy (English Devolution and Community Empowerment Bill, not yet in force)",
            in_force_from: None,
            in_force_until: None,
            decision: Period::Weeks(8),
            listing: Period::Months(60),
            review_request: Period::Weeks(8),
            review_decision: Period::Weeks(8),
            interim_moratorium: Period::Weeks(6),
            full_moratorium: Period::Months(12),
            protected_period: Period::Months(18),
            first_refusal: true,
        },
    ]
}

impl RuleSet {
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        self.in_force_from.is_some_and(|from| from <= day) && self.in_force_until.is_none_or(|until| day < until)
    }
}

/// The rule set in force on `day`, from `sets`.
pub fn in_force(sets: &[RuleSet], day: NaiveDate) -> Result<&RuleSet, AcvError> {
    sets.iter().find(|s| s.in_force_on(day)).ok_or(AcvError::NoRulesOn(day))
}

/// Why a step of a nomination cannot be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AcvError {
    #[error("No rules for assets of community value were in force on {0}")]
    NoRulesOn(NaiveDate),
    #[error("The {what} date ({on}) cannot be before the {earlier} ({before})")]
    Before { what: &'static str, on: NaiveDate, earlier: &'static str, before: NaiveDate },
    #[error("The {what} came on {on}, after the last day for it ({by})")]
    OutOfTime { what: &'static str, on: NaiveDate, by: NaiveDate },
    #[error("{0}")]
    NotNow(&'static str),
}

/// How the council decided a nomination.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Listed,
    /// Not listed: it goes on the published list of unsuccessful nominations.
    NotListed,
}

/// How a review ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewOutcome {
    Upheld,
    /// Removed from the list.
    Removed,
}

/// What has happened to a nomination, each step with its date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Steps {
    pub received_on: Option<NaiveDate>,
    pub decided: Option<(NaiveDate, Decision)>,
    pub review_requested_on: Option<NaiveDate>,
    pub reviewed: Option<(NaiveDate, ReviewOutcome)>,
    /// The owner's notice of intent to sell.
    pub disposal_notified_on: Option<NaiveDate>,
    /// A community group's written request to be treated as a potential bidder.
    pub bid_requested_on: Option<NaiveDate>,
}

/// A step to record, with its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Decide(NaiveDate, Decision),
    RequestReview(NaiveDate),
    Review(NaiveDate, ReviewOutcome),
    NotifyDisposal(NaiveDate),
    RequestToBid(NaiveDate),
}

/// Where a nomination stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    AwaitingDecision,
    NotListed,
    Listed,
    /// In an interim or full moratorium: the owner may not sell (but to a community group).
    Moratorium,
    RemovedOnReview,
    Expired,
}

/// Every clock of a nomination: the days its deadlines and periods end, each under the rule set in force when it
/// started.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clocks {
    pub decision_due: Option<NaiveDate>,
    pub listing_ends: Option<NaiveDate>,
    pub review_request_by: Option<NaiveDate>,
    pub review_decision_due: Option<NaiveDate>,
    pub interim_moratorium_ends: Option<NaiveDate>,
    pub full_moratorium_ends: Option<NaiveDate>,
    pub protected_period_ends: Option<NaiveDate>,
    pub first_refusal: bool,
}

/// When the council warns before a listing ends, so that it can be nominated again and decided in time.
pub const RENEWAL_WARNING: Period = Period::Months(6);

impl Steps {
    /// A nomination received on `on`, if rules were in force then.
    pub fn received(sets: &[RuleSet], on: NaiveDate) -> Result<Steps, AcvError> {
        in_force(sets, on)?;
        Ok(Steps { received_on: Some(on), ..Steps::default() })
    }

    fn removed(&self) -> bool {
        matches!(self.reviewed, Some((_, ReviewOutcome::Removed)))
    }

    fn listed_on(&self) -> Option<NaiveDate> {
        match self.decided {
            Some((on, Decision::Listed)) => Some(on),
            _ => None,
        }
    }

    /// The clocks as the steps so far start them.
    pub fn clocks(&self, sets: &[RuleSet]) -> Result<Clocks, AcvError> {
        let mut clocks = Clocks::default();
        if let Some(received) = self.received_on {
            clocks.decision_due = Some(in_force(sets, received)?.decision.after(received));
        }
        if let Some(listed) = self.listed_on() {
            let rules = in_force(sets, listed)?;
            clocks.listing_ends = Some(rules.listing.after(listed));
            clocks.review_request_by = Some(rules.review_request.after(listed));
        }
        if let Some(asked) = self.review_requested_on {
            clocks.review_decision_due = Some(in_force(sets, asked)?.review_decision.after(asked));
        }
        if let Some(notice) = self.disposal_notified_on {
            let rules = in_force(sets, notice)?;
            clocks.interim_moratorium_ends = Some(rules.interim_moratorium.after(notice));
            clocks.protected_period_ends = Some(rules.protected_period.after(notice));
            if self.bid_requested_on.is_some() {
                clocks.full_moratorium_ends = Some(rules.full_moratorium.after(notice));
                clocks.first_refusal = rules.first_refusal;
            }
        }
        Ok(clocks)
    }

    /// Where the nomination stands on `today`.
    pub fn standing(&self, sets: &[RuleSet], today: NaiveDate) -> Result<Standing, AcvError> {
        let clocks = self.clocks(sets)?;
        Ok(match (self.decided, self.reviewed) {
            (None, _) => Standing::AwaitingDecision,
            (Some((_, Decision::NotListed)), _) => Standing::NotListed,
            (_, Some((_, ReviewOutcome::Removed))) => Standing::RemovedOnReview,
            _ if clocks.listing_ends.is_some_and(|ends| today >= ends) => Standing::Expired,
            _ if clocks.full_moratorium_ends.or(clocks.interim_moratorium_ends).is_some_and(|ends| today < ends) => {
                Standing::Moratorium
            }
            _ => Standing::Listed,
        })
    }

    /// The steps with `step` recorded, or why it cannot be: out of order, before what it follows, out of its
    /// statutory time, or on a day no rules cover.
    pub fn record(&self, sets: &[RuleSet], step: Step) -> Result<Steps, AcvError> {
        let received = self.received_on.ok_or(AcvError::NotNow("A nomination must be received first"))?;
        let clocks = self.clocks(sets)?;
        let not_before = |what, on: NaiveDate, earlier, before: NaiveDate| {
            if on < before { Err(AcvError::Before { what, on, earlier, before }) } else { Ok(()) }
        };
        let mut next = self.clone();
        match step {
            Step::Decide(on, decision) => {
                if self.decided.is_some() {
                    return Err(AcvError::NotNow("This nomination has already been decided"));
                }
                not_before("decision", on, "nomination's receipt", received)?;
                in_force(sets, on)?;
                next.decided = Some((on, decision));
            }
            Step::RequestReview(on) => {
                let listed =
                    self.listed_on().ok_or(AcvError::NotNow("Only a listed asset's owner can ask for a review"))?;
                if self.review_requested_on.is_some() {
                    return Err(AcvError::NotNow("A review has already been asked for"));
                }
                not_before("review request", on, "listing", listed)?;
                let by = clocks.review_request_by.unwrap_or(listed);
                if on > by {
                    return Err(AcvError::OutOfTime { what: "request for a review", on, by });
                }
                next.review_requested_on = Some(on);
            }
            Step::Review(on, outcome) => {
                let asked = self.review_requested_on.ok_or(AcvError::NotNow("No review was asked for"))?;
                if self.reviewed.is_some() {
                    return Err(AcvError::NotNow("The review has already been decided"));
                }
                not_before("review decision", on, "request for the review", asked)?;
                next.reviewed = Some((on, outcome));
            }
            Step::NotifyDisposal(_) | Step::RequestToBid(_) if self.removed() => {
                return Err(AcvError::NotNow("It was removed from the list on review: its sale is not restricted"));
            }
            Step::NotifyDisposal(on) => {
                let listed = self.listed_on().ok_or(AcvError::NotNow("Only a listed asset's sale is notified"))?;
                not_before("notice of intent to sell", on, "listing", listed)?;
                if let Some(ends) = clocks.listing_ends.filter(|ends| on >= *ends) {
                    let by = ends.pred_opt().unwrap_or(ends);
                    return Err(AcvError::OutOfTime { what: "notice of intent to sell", on, by });
                }
                if let Some(protected) = clocks.protected_period_ends.filter(|ends| on < *ends) {
                    return Err(AcvError::Before {
                        what: "second notice of intent to sell",
                        on,
                        earlier: "end of the first notice's protected period",
                        before: protected,
                    });
                }
                in_force(sets, on)?;
                next.disposal_notified_on = Some(on);
                next.bid_requested_on = None;
            }
            Step::RequestToBid(on) => {
                let notice = self.disposal_notified_on.ok_or(AcvError::NotNow("The owner has not notified a sale"))?;
                if self.bid_requested_on.is_some() {
                    return Err(AcvError::NotNow("A community group has already asked to bid"));
                }
                not_before("request to bid", on, "notice of intent to sell", notice)?;
                // Within the interim moratorium: up to the day before it ends.
                let ends = clocks.interim_moratorium_ends.unwrap_or(notice);
                if on >= ends {
                    let by = ends.pred_opt().unwrap_or(ends);
                    return Err(AcvError::OutOfTime { what: "request to bid", on, by });
                }
                next.bid_requested_on = Some(on);
            }
        }
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn listed_on(on: NaiveDate) -> Steps {
        let sets = rule_sets();
        Steps::received(&sets, on - TimeDelta::weeks(4))
            .unwrap()
            .record(&sets, Step::Decide(on, Decision::Listed))
            .unwrap()
    }

    #[test]
    fn a_nomination_is_decided_within_eight_weeks_of_receipt() {
        let steps = Steps::received(&rule_sets(), day(2026, 1, 5)).unwrap();
        assert_eq!(steps.clocks(&rule_sets()).unwrap().decision_due, Some(day(2026, 3, 2)));
    }

    #[test]
    fn a_listing_lasts_five_years_and_a_review_is_asked_within_eight_weeks() {
        let clocks = listed_on(day(2024, 2, 29)).clocks(&rule_sets()).unwrap();
        assert_eq!(clocks.listing_ends, Some(day(2029, 2, 28)));
        assert_eq!(clocks.review_request_by, Some(day(2024, 4, 25)));
    }

    #[test]
    fn a_review_is_decided_within_eight_weeks_of_the_request() {
        let sets = rule_sets();
        let steps = listed_on(day(2026, 1, 5)).record(&sets, Step::RequestReview(day(2026, 2, 2))).unwrap();
        assert_eq!(steps.clocks(&sets).unwrap().review_decision_due, Some(day(2026, 3, 30)));
    }

    #[test]
    fn a_review_asked_for_after_eight_weeks_is_out_of_time() {
        let sets = rule_sets();
        let late = listed_on(day(2026, 1, 5)).record(&sets, Step::RequestReview(day(2026, 3, 3)));
        assert_eq!(
            late,
            Err(AcvError::OutOfTime { what: "request for a review", on: day(2026, 3, 3), by: day(2026, 3, 2) })
        );
    }

    #[test]
    fn a_notice_to_sell_starts_six_weeks_interim_and_eighteen_months_protected() {
        let sets = rule_sets();
        let steps = listed_on(day(2025, 1, 6)).record(&sets, Step::NotifyDisposal(day(2026, 1, 5))).unwrap();
        let clocks = steps.clocks(&sets).unwrap();
        assert_eq!(clocks.interim_moratorium_ends, Some(day(2026, 2, 16)));
        assert_eq!(clocks.full_moratorium_ends, None);
        assert_eq!(clocks.protected_period_ends, Some(day(2027, 7, 5)));
        assert_eq!(steps.standing(&sets, day(2026, 2, 15)), Ok(Standing::Moratorium));
        assert_eq!(steps.standing(&sets, day(2026, 2, 16)), Ok(Standing::Listed));
    }

    #[test]
    fn a_request_to_bid_in_the_interim_makes_six_months_from_the_notice() {
        let sets = rule_sets();
        let steps = listed_on(day(2025, 1, 6))
            .record(&sets, Step::NotifyDisposal(day(2026, 1, 5)))
            .unwrap()
            .record(&sets, Step::RequestToBid(day(2026, 2, 1)))
            .unwrap();
        assert_eq!(steps.clocks(&sets).unwrap().full_moratorium_ends, Some(day(2026, 7, 5)));
        assert_eq!(steps.standing(&sets, day(2026, 7, 4)), Ok(Standing::Moratorium));
        assert_eq!(steps.standing(&sets, day(2026, 7, 5)), Ok(Standing::Listed));
    }

    #[test]
    fn a_request_to_bid_after_the_interim_is_out_of_time() {
        let sets = rule_sets();
        let noticed = listed_on(day(2025, 1, 6)).record(&sets, Step::NotifyDisposal(day(2026, 1, 5))).unwrap();
        assert!(matches!(noticed.record(&sets, Step::RequestToBid(day(2026, 2, 16))), Err(AcvError::OutOfTime { .. })));
    }

    #[test]
    fn no_second_moratorium_starts_within_the_protected_period() {
        let sets = rule_sets();
        let noticed = listed_on(day(2025, 1, 6)).record(&sets, Step::NotifyDisposal(day(2026, 1, 5))).unwrap();
        assert!(noticed.record(&sets, Step::NotifyDisposal(day(2027, 7, 4))).is_err());
        assert!(noticed.record(&sets, Step::NotifyDisposal(day(2027, 7, 5))).is_ok());
    }

    #[test]
    fn a_decision_dated_before_the_nomination_is_refused() {
        let sets = rule_sets();
        let steps = Steps::received(&sets, day(2026, 1, 5)).unwrap();
        assert!(matches!(
            steps.record(&sets, Step::Decide(day(2026, 1, 4), Decision::Listed)),
            Err(AcvError::Before { .. })
        ));
    }

    #[test]
    fn no_clock_runs_on_a_day_before_the_rules_were_in_force() {
        assert_eq!(Steps::received(&rule_sets(), day(2012, 9, 20)), Err(AcvError::NoRulesOn(day(2012, 9, 20))));
    }

    #[test]
    fn an_asset_removed_on_review_has_no_moratorium_to_start() {
        let sets = rule_sets();
        let removed = listed_on(day(2026, 1, 5))
            .record(&sets, Step::RequestReview(day(2026, 1, 12)))
            .unwrap()
            .record(&sets, Step::Review(day(2026, 2, 2), ReviewOutcome::Removed))
            .unwrap();
        assert!(matches!(removed.record(&sets, Step::NotifyDisposal(day(2026, 3, 2))), Err(AcvError::NotNow(_))));
    }

    #[test]
    fn a_listing_expires_after_five_years() {
        let steps = listed_on(day(2021, 3, 1));
        assert_eq!(steps.standing(&rule_sets(), day(2026, 2, 28)), Ok(Standing::Listed));
        assert_eq!(steps.standing(&rule_sets(), day(2026, 3, 1)), Ok(Standing::Expired));
    }

    #[test]
    fn clocks_started_after_a_new_rule_set_commences_run_by_it() {
        let mut sets = rule_sets();
        sets[0].in_force_until = Some(day(2027, 1, 1));
        sets[1].in_force_from = Some(day(2027, 1, 1));
        let steps = listed_on(day(2026, 6, 1))
            .record(&sets, Step::NotifyDisposal(day(2027, 2, 1)))
            .unwrap()
            .record(&sets, Step::RequestToBid(day(2027, 2, 8)))
            .unwrap();
        let clocks = steps.clocks(&sets).unwrap();
        assert_eq!(clocks.full_moratorium_ends, Some(day(2028, 2, 1)), "twelve months under the right to buy");
        assert!(clocks.first_refusal);
        assert_eq!(clocks.listing_ends, Some(day(2031, 6, 1)), "the listing keeps the rules it started under");
    }
}
