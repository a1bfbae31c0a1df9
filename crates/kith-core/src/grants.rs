//! Small grants: money in pence, the kinds of group that apply, how an application came in, its states and the
//! moves between them as one table, the decision clock on the working-day calendar, who is eligible, and how a
//! fund's budget is shared into ward pots. No I/O.
//!
//! A fund decides small awards on a **fast track**: up to its threshold (by default £1,000) within a target number
//! of working days (by default 5); larger ones go to a panel within the standard target. The clock starts when an
//! application is submitted (the day it arrives is day 0, as the cases count) and pauses only while the applicant
//! is asked for more information.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::WorkingDays;
use crate::places::WardCode;

/// An amount of money in pence. Budgets and awards are whole pence; no float ever holds money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Pence(pub i64);

/// The most any one amount may be: £10 million, far above any small grants fund, so sums of thousands of them
/// cannot overflow.
pub const MAX_AMOUNT: Pence = Pence(1_000_000_000);

/// Why an amount could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("Enter an amount in pounds, like 750 or 1,250.50")]
    NotAnAmount,
    #[error("Enter an amount more than £0")]
    NotPositive,
    #[error("Enter an amount of at most £10,000,000")]
    TooLarge,
}

impl Pence {
    pub const fn pounds(pounds: i64) -> Pence {
        Pence(pounds * 100)
    }

    /// Reads pounds as people write them: "750", "£1,250.50", "1250.5". At most two decimal places.
    pub fn parse_pounds(text: &str) -> Result<Pence, MoneyError> {
        let text = text.trim().trim_start_matches('£').replace(',', "");
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let digits = |s: &str| !s.is_empty() && s.len() <= 10 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || !(fraction.is_empty() || (fraction.len() <= 2 && digits(fraction))) {
            return Err(MoneyError::NotAnAmount);
        }
        let whole: i64 = whole.parse().map_err(|_| MoneyError::NotAnAmount)?;
        let pence: i64 = format!("{fraction:0<2}").parse().map_err(|_| MoneyError::NotAnAmount)?;
        let amount = Pence(whole * 100 + pence);
        if amount.0 <= 0 {
            Err(MoneyError::NotPositive)
        } else if amount > MAX_AMOUNT {
            Err(MoneyError::TooLarge)
        } else {
            Ok(amount)
        }
    }

    /// Pounds as a number for open data (250.5 for £250.50).
    pub fn as_pounds(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

/// "£1,250" or "£1,250.50".
impl fmt::Display for Pence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let (pounds, pence) = (self.0.unsigned_abs() / 100, self.0.unsigned_abs() % 100);
        let digits = pounds.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        if pence == 0 { write!(f, "{sign}£{grouped}") } else { write!(f, "{sign}£{grouped}.{pence:02}") }
    }
}

keyed_enum!(
    /// The kinds of group that apply. Many are small, new and unconstituted: they need no charity number.
    GroupKind, "a kind of group" {
        /// A group of residents with no constitution: two unrelated named people apply for it.
        Unconstituted = "unconstituted",
        /// A group with a constitution or set of rules, not registered.
        Constituted = "constituted",
        Charity = "charity",
        CommunityInterestCompany = "cic",
        /// A company limited by guarantee (most charitable companies and social enterprises).
        Company = "company",
    }
);

impl GroupKind {
    /// How the kind reads on a form and a page.
    pub fn words(self) -> &'static str {
        match self {
            GroupKind::Unconstituted => "Unconstituted group (no constitution)",
            GroupKind::Constituted => "Constituted group, not registered",
            GroupKind::Charity => "Registered charity",
            GroupKind::CommunityInterestCompany => "Community interest company",
            GroupKind::Company => "Company limited by guarantee",
        }
    }
}

/// How an application came in. Staff key phone and paper ones for the applicant; each is treated and counted exactly
/// like an online one.
pub use crate::channel::Channel;

keyed_enum!(
    /// Where an application is.
    ApplicationState, "an application's state" {
        /// Being filled in; saved as the applicant goes and resumable from their link.
        Draft = "draft",
        /// Submitted and eligible checks done: waiting for a decision, its clock running.
        Submitted = "submitted",
        /// The applicant has been asked for more information: the clock is paused.
        InfoRequested = "info_requested",
        Awarded = "awarded",
        /// Awarded less than was asked for, with the reason.
        PartAwarded = "part_awarded",
        Declined = "declined",
        Withdrawn = "withdrawn",
    }
);

impl ApplicationState {
    /// How the state reads in a sentence ("Your application is submitted").
    pub fn words(self) -> &'static str {
        match self {
            ApplicationState::Draft => "not yet sent",
            ApplicationState::Submitted => "waiting for a decision",
            ApplicationState::InfoRequested => "waiting for more information from you",
            ApplicationState::Awarded => "awarded",
            ApplicationState::PartAwarded => "partly awarded",
            ApplicationState::Declined => "not awarded",
            ApplicationState::Withdrawn => "withdrawn",
        }
    }

    /// A decision has been made (or the applicant withdrew): nothing more happens to it but payment.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            ApplicationState::Awarded
                | ApplicationState::PartAwarded
                | ApplicationState::Declined
                | ApplicationState::Withdrawn
        )
    }

    pub fn is_awarded(self) -> bool {
        matches!(self, ApplicationState::Awarded | ApplicationState::PartAwarded)
    }
}

keyed_enum!(
    /// What someone asks to happen to an application.
    Move, "a move of an application" {
        Submit = "submit",
        AskForInformation = "ask",
        Answer = "answer",
        Award = "award",
        PartAward = "part_award",
        Decline = "decline",
        Withdraw = "withdraw",
    }
);

impl Move {
    /// The move as a sentence ends: "cannot be sent".
    pub fn words(self) -> &'static str {
        match self {
            Move::Submit => "sent",
            Move::AskForInformation => "asked for more information",
            Move::Answer => "answered",
            Move::Award => "awarded",
            Move::PartAward => "partly awarded",
            Move::Decline => "declined",
            Move::Withdraw => "withdrawn",
        }
    }
}

/// Every move an application may make: from a state, by a move, to a state. Nothing else is allowed.
pub const MOVES: &[(ApplicationState, Move, ApplicationState)] = {
    use ApplicationState::*;
    &[
        (Draft, Move::Submit, Submitted),
        (Submitted, Move::AskForInformation, InfoRequested),
        (InfoRequested, Move::Answer, Submitted),
        (Submitted, Move::Award, Awarded),
        (Submitted, Move::PartAward, PartAwarded),
        (Submitted, Move::Decline, Declined),
        (Draft, Move::Withdraw, Withdrawn),
        (Submitted, Move::Withdraw, Withdrawn),
        (InfoRequested, Move::Withdraw, Withdrawn),
    ]
};

/// A move the table does not allow from where the application is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("An application that is {} cannot be {}", .from.words(), .by.words())]
pub struct NotAllowed {
    pub from: ApplicationState,
    pub by: Move,
}

impl ApplicationState {
    /// Where `by` takes an application from here, if the table allows it.
    pub fn after(self, by: Move) -> Result<ApplicationState, NotAllowed> {
        MOVES
            .iter()
            .find(|(from, m, _)| *from == self && *m == by)
            .map(|(_, _, to)| *to)
            .ok_or(NotAllowed { from: self, by })
    }
}

/// Which way a fund decides an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Track {
    /// Up to the fund's threshold: an officer decides within the fast-track target.
    FastTrack,
    /// Above it: a panel with residents assesses it within the standard target.
    Standard,
}

/// What a fund promises: the fast-track threshold and the working days each track takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Promise {
    pub fast_track_up_to: Pence,
    pub fast_track_days: u32,
    pub standard_days: u32,
}

impl Default for Promise {
    /// £1,000 decided within 5 working days; larger awards within 30 (six weeks, half the national benchmark).
    fn default() -> Self {
        Promise { fast_track_up_to: Pence::pounds(1_000), fast_track_days: 5, standard_days: 30 }
    }
}

/// The longest target a fund may set, in working days (a year).
pub const MAX_TARGET_DAYS: u32 = 260;

impl Promise {
    pub fn track(&self, asked: Pence) -> Track {
        if asked <= self.fast_track_up_to { Track::FastTrack } else { Track::Standard }
    }

    pub fn days(&self, track: Track) -> u32 {
        match track {
            Track::FastTrack => self.fast_track_days,
            Track::Standard => self.standard_days,
        }
    }
}

/// An application's decision clock: when it is due, and since when it has been paused, if it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionClock {
    pub due_at: DateTime<Utc>,
    pub paused_at: Option<DateTime<Utc>>,
}

impl DecisionClock {
    /// Starts when an application is submitted at `at`: due by the end of the `days`th working day after.
    pub fn start(calendar: &WorkingDays, at: DateTime<Utc>, days: u32) -> Self {
        DecisionClock { due_at: calendar.due(at, days), paused_at: None }
    }

    /// Paused while the applicant is asked for more information.
    pub fn pause(self, at: DateTime<Utc>) -> Self {
        DecisionClock { paused_at: self.paused_at.or(Some(at)), ..self }
    }

    /// Runs again: due later by the working days it was paused.
    pub fn resume(self, calendar: &WorkingDays, at: DateTime<Utc>) -> Self {
        match self.paused_at {
            Some(since) => {
                DecisionClock { due_at: calendar.extend(self.due_at, calendar.between(since, at)), paused_at: None }
            }
            None => self,
        }
    }

    /// Late: not paused, and past its due moment.
    pub fn is_late(&self, now: DateTime<Utc>) -> bool {
        self.paused_at.is_none() && now >= self.due_at
    }
}

/// Why an application is not eligible, with the field it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ineligible {
    pub field: &'static str,
    pub reason: String,
}

/// What a fund and its round accept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules<'a> {
    /// The wards it funds (empty: the whole city).
    pub wards: &'a [WardCode],
    /// The kinds of group it funds (empty: every kind).
    pub kinds: &'a [GroupKind],
    pub max_award: Pence,
    pub opens_on: NaiveDate,
    /// Rolling when there is none.
    pub closes_on: Option<NaiveDate>,
    /// When the fund's next round opens, to tell someone who applies to a closed one.
    pub next_opens_on: Option<NaiveDate>,
}

/// Checks an application against the rules on `today`: every reason it is not eligible, in the form's order.
pub fn eligibility(
    rules: &Rules<'_>,
    ward: &WardCode,
    kind: GroupKind,
    asked: Pence,
    today: NaiveDate,
) -> Vec<Ineligible> {
    let mut reasons = Vec::new();
    let mut not = |field, reason: String| reasons.push(Ineligible { field, reason });
    if !rules.wards.is_empty() && !rules.wards.contains(ward) {
        not("ward", "This fund is for groups working in other wards".to_owned());
    }
    if !rules.kinds.is_empty() && !rules.kinds.contains(&kind) {
        let kinds: Vec<&str> = rules.kinds.iter().map(|k| k.words()).collect();
        not("group_kind", format!("This fund is for these kinds of group: {}", kinds.join("; ")));
    }
    if asked > rules.max_award {
        not("amount", format!("The most this fund awards is {}", rules.max_award));
    }
    let next =
        rules.next_opens_on.filter(|d| *d > today).map(|d| format!(" The next round opens on {}.", long_date(d)));
    if today < rules.opens_on {
        not("round", format!("This round opens on {}.", long_date(rules.opens_on)));
    } else if let Some(closed) = rules.closes_on.filter(|c| today > *c) {
        let next = next.unwrap_or_else(|| " No next round has been set yet.".to_owned());
        not("round", format!("This round closed on {}.{next}", long_date(closed)));
    }
    reasons
}

/// "14 March 2027".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// How a fund shares its budget between wards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PotRule {
    /// One budget for the whole fund.
    None,
    /// The same for every ward.
    Equal,
    /// By need: each ward's share is its population times a deprivation factor (its mean Index of Multiple
    /// Deprivation score over the city's mean across the fund's wards).
    ByNeed,
}

impl PotRule {
    pub const ALL: [PotRule; 3] = [PotRule::None, PotRule::Equal, PotRule::ByNeed];

    pub fn as_str(self) -> &'static str {
        match self {
            PotRule::None => "none",
            PotRule::Equal => "equal",
            PotRule::ByNeed => "need",
        }
    }

    /// The rule as a fund's page shows it.
    pub fn words(self) -> &'static str {
        match self {
            PotRule::None => "One budget for the whole fund.",
            PotRule::Equal => "The budget is shared equally between the wards.",
            PotRule::ByNeed => {
                "The budget is shared between the wards by need: each ward's share is its population times a \
                 deprivation factor, the ward's mean Index of Multiple Deprivation 2025 score divided by the mean \
                 of the fund's wards. A ward twice as deprived as the average gets twice as much per person."
            }
        }
    }
}

impl TryFrom<&str> for PotRule {
    type Error = String;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        Self::ALL.into_iter().find(|r| r.as_str() == text).ok_or_else(|| format!("not a pot rule: {text:?}"))
    }
}

/// What the pots need to know of a ward.
#[derive(Debug, Clone, PartialEq)]
pub struct WardNeed {
    pub ward: WardCode,
    pub population: u32,
    /// The mean IMD score of the ward's neighbourhoods (higher is more deprived).
    pub deprivation: f64,
}

/// Shares `budget` between `wards` by `rule`, to the penny: the shares add up to the budget exactly (the pennies a
/// division leaves go to the wards with the largest remainders, ties to the first listed).
pub fn pots(budget: Pence, wards: &[WardNeed], rule: PotRule) -> Vec<(WardCode, Pence)> {
    if wards.is_empty() || rule == PotRule::None {
        return Vec::new();
    }
    let mean = wards.iter().map(|w| w.deprivation.max(0.0)).sum::<f64>() / wards.len() as f64;
    let weight = |w: &WardNeed| match rule {
        PotRule::ByNeed if mean > 0.0 => f64::from(w.population) * (w.deprivation.max(0.0) / mean),
        PotRule::ByNeed => f64::from(w.population),
        _ => 1.0,
    };
    let mut weights: Vec<f64> = wards.iter().map(weight).collect();
    if weights.iter().sum::<f64>() <= 0.0 {
        // No ward's population is known: equal shares.
        weights = vec![1.0; wards.len()];
    }
    let total: f64 = weights.iter().sum();
    let exact: Vec<f64> = weights.iter().map(|w| budget.0 as f64 * w / total).collect();
    let mut shares: Vec<i64> = exact.iter().map(|e| e.floor() as i64).collect();
    // Fewer pennies are left than there are wards (each share lost less than one), so this loop is short.
    let mut left = budget.0 - shares.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..wards.len()).collect();
    order.sort_by(|a, b| (exact[*b] - exact[*b].floor()).total_cmp(&(exact[*a] - exact[*a].floor())).then(a.cmp(b)));
    for i in order.into_iter().cycle() {
        if left <= 0 {
            break;
        }
        shares[i] += 1;
        left -= 1;
    }
    wards.iter().zip(shares).map(|(w, p)| (w.ward.clone(), Pence(p))).collect()
}

keyed_enum!(
    /// Where an award's payment is: requested from finance, approved, then paid with its reference.
    Payment, "a payment's state" {
        NotYet = "",
        Requested = "requested",
        Approved = "approved",
        Paid = "paid",
    }
);

impl Payment {
    /// The step after this one, if any.
    pub fn next(self) -> Option<Payment> {
        match self {
            Payment::NotYet => Some(Payment::Requested),
            Payment::Requested => Some(Payment::Approved),
            Payment::Approved => Some(Payment::Paid),
            Payment::Paid => None,
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            Payment::NotYet => "not yet requested",
            Payment::Requested => "requested",
            Payment::Approved => "approved",
            Payment::Paid => "paid",
        }
    }
}

/// How long after an award its end-of-grant return is due.
pub const RETURN_AFTER_DAYS: i64 = 182;

keyed_enum!(
    /// What a panel member declares about an application before they may open it.
    Interest, "a kind of interest" {
        /// No interest: they may assess it.
        NoInterest = "none",
        Personal = "personal",
        /// Through an organisation they belong to or work with.
        Organisational = "organisational",
        Financial = "financial",
        Other = "other",
    }
);

impl Interest {
    pub fn words(self) -> &'static str {
        match self {
            Interest::NoInterest => "No interest",
            Interest::Personal => "A personal interest (family, friends, neighbours)",
            Interest::Organisational => "Through an organisation I belong to or work with",
            Interest::Financial => "A financial interest",
            Interest::Other => "Another interest",
        }
    }
}

/// The most a panel member scores an application against one criterion (from 0).
pub const MAX_SCORE: u8 = 5;

/// One member's scores weighed by the criteria's weights, out of `MAX_SCORE`; `None` until every criterion is
/// scored.
pub fn weighted(criteria: &[(String, u32)], scores: &[(String, u8)]) -> Option<f64> {
    let total: u32 = criteria.iter().map(|(_, w)| *w).sum();
    if total == 0 {
        return None;
    }
    let mut sum = 0.0;
    for (name, weight) in criteria {
        let score = scores.iter().find(|(c, _)| c == name)?.1;
        sum += f64::from(score.min(MAX_SCORE)) * f64::from(*weight);
    }
    Some(sum / f64::from(total))
}

/// What moderation shows of an application's scores: how many scored, their mean, how far apart they are, and
/// whether that is further than the fund allows.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Moderation {
    pub members: usize,
    pub mean: Option<f64>,
    pub spread: Option<f64>,
    pub disagree: bool,
}

/// Moderates the members' weighted scores; `disagreement` is the spread (out of `MAX_SCORE`) beyond which they
/// disagree.
pub fn moderate(scores: &[f64], disagreement: f64) -> Moderation {
    if scores.is_empty() {
        return Moderation { members: 0, mean: None, spread: None, disagree: false };
    }
    let mean = scores.iter().sum::<f64>() / scores.len() as f64;
    let (low, high) = scores.iter().fold((f64::MAX, f64::MIN), |(l, h), s| (l.min(*s), h.max(*s)));
    let spread = high - low;
    Moderation { members: scores.len(), mean: Some(mean), spread: Some(spread), disagree: spread > disagreement }
}

/// A named person who applies for a group (an unconstituted group gives two, not related to each other).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub email: String,
    pub phone: String,
}

/// Who the money is paid to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "to", rename_all = "snake_case")]
pub enum Payee {
    /// A bank account in the group's own name.
    GroupAccount { account_name: String },
    /// Another organisation that receives the money for the group and answers for it.
    FiscalHost { name: String, email: String },
}

/// What an application says beyond what the store selects on: the project, the people, the payee and what the
/// group chose to tell about itself. Kept as one document.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ApplicationDetails {
    pub project_title: String,
    /// What the money is for, in the applicant's words.
    pub project_summary: String,
    /// Roughly how many people it will reach.
    pub people_reached: Option<u32>,
    pub people: Vec<Person>,
    pub charity_number: String,
    pub company_number: String,
    pub payee: Option<Payee>,
    /// Self-declared and optional: whether the group is led by Black, Asian or minority ethnic people.
    pub led_by_minority_ethnic_people: Option<bool>,
    /// Self-declared and optional: whether the group has had a grant from the council before.
    pub funded_before: Option<bool>,
}

/// A group's name as duplicates are matched: lower case, letters and digits only, common words dropped.
pub fn group_key(name: &str) -> String {
    let lower = name.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !["the", "group", "association", "club", "of", "and", "ltd", "cic"].contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// An application's reference: `GR-` and its number.
pub fn reference(number: i64) -> String {
    format!("GR-{number}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ward(code: &str) -> WardCode {
        WardCode::parse(code).unwrap()
    }

    #[test]
    fn pounds_are_read_as_people_write_them_and_shown_with_commas() {
        assert_eq!(Pence::parse_pounds("£1,250.50"), Ok(Pence(125_050)));
        assert_eq!(Pence::parse_pounds(" 750 "), Ok(Pence(75_000)));
        assert_eq!(Pence::parse_pounds("250.5"), Ok(Pence(25_050)));
        assert_eq!(Pence(125_050).to_string(), "£1,250.50");
        assert_eq!(Pence::pounds(1_000_000).to_string(), "£1,000,000");
        assert_eq!(Pence(5).to_string(), "£0.05");
        for bad in ["", "£", "ten", "1.234", "1e3", "-5", "1..2", "12345678901"] {
            assert_eq!(Pence::parse_pounds(bad), Err(MoneyError::NotAnAmount), "{bad}");
        }
        assert_eq!(Pence::parse_pounds("0"), Err(MoneyError::NotPositive));
        assert_eq!(Pence::parse_pounds("10000001"), Err(MoneyError::TooLarge));
    }

    #[test]
    fn the_table_allows_each_move_only_from_its_states() {
        use ApplicationState::*;
        assert_eq!(Draft.after(Move::Submit), Ok(Submitted));
        assert_eq!(Submitted.after(Move::AskForInformation), Ok(InfoRequested));
        assert_eq!(InfoRequested.after(Move::Answer), Ok(Submitted));
        assert_eq!(Submitted.after(Move::PartAward), Ok(PartAwarded));
        assert!(Draft.after(Move::Award).is_err(), "a draft is never decided");
        assert!(InfoRequested.after(Move::Award).is_err(), "not while waiting for the applicant");
        for done in [Awarded, PartAwarded, Declined, Withdrawn] {
            assert!(done.is_final());
            for m in Move::ALL {
                assert!(done.after(*m).is_err(), "{done:?} by {m:?}");
            }
        }
    }

    #[test]
    fn awards_up_to_the_threshold_take_the_fast_track() {
        let promise = Promise::default();
        assert_eq!(promise.track(Pence::pounds(1_000)), Track::FastTrack);
        assert_eq!(promise.track(Pence(100_001)), Track::Standard);
        assert_eq!(promise.days(Track::FastTrack), 5);
    }

    #[test]
    fn the_clock_pauses_while_the_applicant_is_asked_and_moves_the_due_date_by_the_working_days_paused() {
        let calendar = WorkingDays::default();
        let monday = DateTime::parse_from_rfc3339("2026-03-02T09:00:00Z").unwrap().to_utc();
        let clock = DecisionClock::start(&calendar, monday, 5);
        // Day 0 is Monday; the fifth working day after is the next Monday; due at the start of Tuesday.
        assert_eq!(WorkingDays::last_day(clock.due_at).to_string(), "2026-03-09");
        let asked = clock.pause(monday + chrono::Duration::days(1));
        assert!(!asked.is_late(monday + chrono::Duration::days(30)), "a paused clock is never late");
        let answered = asked.resume(&calendar, monday + chrono::Duration::days(3));
        assert_eq!(WorkingDays::last_day(answered.due_at).to_string(), "2026-03-11");
        assert!(answered.is_late(answered.due_at));
    }

    fn rules<'a>(wards: &'a [WardCode], kinds: &'a [GroupKind]) -> Rules<'a> {
        Rules {
            wards,
            kinds,
            max_award: Pence::pounds(1_000),
            opens_on: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            closes_on: NaiveDate::from_ymd_opt(2026, 3, 31),
            next_opens_on: NaiveDate::from_ymd_opt(2026, 6, 1),
        }
    }

    #[test]
    fn an_eligible_application_has_no_reasons_and_an_ineligible_one_has_each_with_its_field() {
        let wards = [ward("E05011151")];
        let kinds = [GroupKind::Unconstituted, GroupKind::Constituted];
        let march = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        let ok = eligibility(&rules(&wards, &kinds), &wards[0], GroupKind::Unconstituted, Pence::pounds(1_000), march);
        assert_eq!(ok, vec![]);
        let bad = eligibility(&rules(&wards, &kinds), &ward("E05011118"), GroupKind::Charity, Pence(100_001), march);
        let fields: Vec<_> = bad.iter().map(|r| r.field).collect();
        assert_eq!(fields, ["ward", "group_kind", "amount"]);
        assert_eq!(bad[2].reason, "The most this fund awards is £1,000");
    }

    #[test]
    fn applying_after_a_round_closes_says_when_the_next_opens() {
        let april = NaiveDate::from_ymd_opt(2026, 4, 2).unwrap();
        let late = eligibility(&rules(&[], &[]), &ward("E05011151"), GroupKind::Charity, Pence(100), april);
        assert_eq!(late[0].reason, "This round closed on 31 March 2026. The next round opens on 1 June 2026.");
        let early = NaiveDate::from_ymd_opt(2026, 2, 2).unwrap();
        let soon = eligibility(&rules(&[], &[]), &ward("E05011151"), GroupKind::Charity, Pence(100), early);
        assert_eq!(soon[0].reason, "This round opens on 1 March 2026.");
    }

    #[test]
    fn pots_by_need_follow_population_times_deprivation_and_add_up_to_the_budget() {
        let need = |code: &str, population, deprivation| WardNeed { ward: ward(code), population, deprivation };
        let wards = [need("E05011151", 10_000, 40.0), need("E05011118", 10_000, 20.0), need("E05011119", 5_000, 40.0)];
        let shares = pots(Pence::pounds(10_000), &wards, PotRule::ByNeed);
        let amounts: Vec<i64> = shares.iter().map(|(_, p)| p.0).collect();
        // Weights 10,000 × 1.2, 10,000 × 0.6 and 5,000 × 1.2: 12,000, 6,000 and 6,000.
        assert_eq!(amounts, [500_000, 250_000, 250_000]);
        let odd = pots(Pence(100), &wards, PotRule::Equal);
        assert_eq!(odd.iter().map(|(_, p)| p.0).sum::<i64>(), 100, "to the penny");
        assert_eq!(odd.iter().map(|(_, p)| p.0).collect::<Vec<_>>(), [34, 33, 33]);
        assert!(pots(Pence(100), &wards, PotRule::None).is_empty());
    }

    #[test]
    fn a_groups_name_matches_however_it_is_written() {
        assert_eq!(group_key("The Ladywood Lunch Club"), group_key("ladywood lunch-club  "));
        assert_eq!(group_key("Friends of Summerfield Park Group"), "friends summerfield park");
        assert_ne!(group_key("Ladywood Lunch Club"), group_key("Ladywood Walking Club"));
    }

    #[test]
    fn a_members_score_is_weighted_and_waits_for_every_criterion() {
        let criteria = vec![("Need".to_owned(), 3), ("Residents lead it".to_owned(), 1)];
        assert_eq!(weighted(&criteria, &[("Need".into(), 5), ("Residents lead it".into(), 1)]), Some(4.0));
        assert_eq!(weighted(&criteria, &[("Need".into(), 5)]), None, "not until every criterion is scored");
    }

    #[test]
    fn moderation_flags_members_further_apart_than_the_fund_allows() {
        let close = moderate(&[3.0, 3.5, 4.0], 1.5);
        assert_eq!((close.members, close.mean, close.spread, close.disagree), (3, Some(3.5), Some(1.0), false));
        assert!(moderate(&[1.0, 4.0], 1.5).disagree);
        assert_eq!(moderate(&[], 1.5).mean, None);
    }
}
