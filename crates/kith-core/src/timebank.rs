//! The time bank: members help each other and are paid in time, an hour of anyone's help worth an hour of
//! anyone else's. This module owns the rules of an exchange, the limits on balances and the ledger that folds
//! exchanges into balances. No I/O.
//!
//! The ledger is double entry. Every exchange is two movements written together, one taking time from an account
//! and one giving the same time to another, so the balances of all the accounts always add up to zero: time is
//! neither made nor lost, only passed on. **Who pays:** the account that receives help pays for it. The member who
//! was helped is debited (the exchange's `from`) and the member who gave the help is credited (its `to`).
//!
//! Besides the members there is the **community pot**. Members may donate time they have earned to it, and the
//! time bank may pay from it for help given to someone who cannot give time back. The pot has its own floor (by
//! default 0: it gives only what it was given) and no ceiling.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// An amount of time in whole minutes: an exchange's length, or a balance (which may be below zero). Shown in
/// hours and minutes: "1 h 30 min".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Hours(i64);

/// Why a time could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("Enter a time, like 1:30, 1.5 h or 45 min")]
    Empty,
    #[error("Enter a time like 1:30, 1.5 h or 45 min")]
    NotATime,
}

/// The longest time text read: enough for "999 hours 59 minutes" and some spaces.
const MAX_TIME_TEXT: usize = 32;

impl Hours {
    pub const ZERO: Hours = Hours(0);

    pub const fn from_minutes(minutes: i64) -> Hours {
        Hours(minutes)
    }

    pub const fn from_hours(hours: i64) -> Hours {
        Hours(hours * 60)
    }

    pub fn as_minutes(self) -> i64 {
        self.0
    }

    /// Reads a time as people write one: "1:30", "1.5" or "1.5 h" (hours, to whole minutes: 1.25 is 75 minutes,
    /// 1.33 is refused), "45 min", "2 hours", "1 h 30 min", "1h30". A bare number is hours. Never below zero.
    pub fn parse(text: &str) -> Result<Hours, HoursError> {
        let text = text.trim().to_ascii_lowercase();
        if text.is_empty() {
            return Err(HoursError::Empty);
        }
        if text.len() > MAX_TIME_TEXT || !text.is_ascii() {
            return Err(HoursError::NotATime);
        }
        if let Some((hours, minutes)) = text.split_once(':') {
            let minutes = minutes.trim();
            if minutes.len() != 2 {
                return Err(HoursError::NotATime);
            }
            let minutes = in_minutes(minutes, 1)?;
            return if minutes < 60 {
                Ok(Hours(in_minutes(hours.trim(), 60)? + minutes))
            } else {
                Err(HoursError::NotATime)
            };
        }
        let mut total = 0;
        let mut rest = text.as_str();
        let mut last_unit = None;
        while !rest.trim_start().is_empty() {
            rest = rest.trim_start();
            let digits = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
            let (number, after) = rest.split_at(digits);
            let after = after.trim_start();
            let letters = after.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(after.len());
            let (unit, after) = after.split_at(letters);
            let per = match (unit, last_unit) {
                ("h" | "hr" | "hrs" | "hour" | "hours", None) => 60,
                ("m" | "min" | "mins" | "minute" | "minutes", None | Some(60)) => 1,
                // "1h30": minutes after hours; "1.5": a bare number is hours.
                ("", Some(60)) => 1,
                ("", None) if after.trim().is_empty() => 60,
                _ => return Err(HoursError::NotATime),
            };
            total += in_minutes(number, per)?;
            last_unit = Some(per);
            rest = after;
        }
        Ok(Hours(total))
    }
}

/// A number of hours (`per` 60) or minutes (`per` 1) in minutes: at most 5 digits whole, and as a decimal only if
/// it comes to whole minutes.
fn in_minutes(number: &str, per: i64) -> Result<i64, HoursError> {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |s: &str, most: usize| s.len() <= most && s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits(whole, 5) || !digits(fraction, 2) {
        return Err(HoursError::NotATime);
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| HoursError::NotATime)? };
    let hundredths: i64 = format!("{fraction:0<2}").parse().map_err(|_| HoursError::NotATime)?;
    if hundredths * per % 100 != 0 {
        return Err(HoursError::NotATime);
    }
    Ok(whole * per + hundredths * per / 100)
}

/// "1 h 30 min", "2 h", "45 min", "0 min", "-1 h 30 min".
impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let (hours, minutes) = (self.0.unsigned_abs() / 60, self.0.unsigned_abs() % 60);
        match (hours, minutes) {
            (0, m) => write!(f, "{sign}{m} min"),
            (h, 0) => write!(f, "{sign}{h} h"),
            (h, m) => write!(f, "{sign}{h} h {m} min"),
        }
    }
}

/// The longest one exchange may be: 24 hours. Longer help is recorded as several exchanges, one a day.
pub const MAX_EXCHANGE: Hours = Hours::from_hours(24);

/// The widest any limit may be: 1,000 hours either side of zero.
pub const MAX_LIMIT: Hours = Hours::from_hours(1_000);

/// The longest description of an exchange, in characters.
pub const MAX_WHAT_CHARS: usize = 200;

/// An account in the time bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Account {
    /// The community pot: what members donate, for help to those who cannot give time back.
    Community,
    Member(Uuid),
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Account::Community => f.write_str("the community pot"),
            Account::Member(id) => write!(f, "member {id}"),
        }
    }
}

/// Time passed from one account to another for help given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exchange {
    /// The account that pays, debited: the member who received the help (or the pot paying for it, or a member
    /// donating).
    pub from: Account,
    /// The account paid, credited: the member who gave the help (or the pot receiving a donation).
    pub to: Account,
    pub time: Hours,
    /// What the help was, in the members' words.
    pub what: String,
    pub on: NaiveDate,
}

/// One side of an exchange: time taken from (negative) or given to (positive) an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Movement {
    pub account: Account,
    pub minutes: i64,
}

impl Exchange {
    /// A member gives `time` they have earned to the community pot.
    pub fn donation(member: Uuid, time: Hours, on: NaiveDate) -> Exchange {
        Exchange {
            from: Account::Member(member),
            to: Account::Community,
            time,
            what: "Donated to the community pot".to_owned(),
            on,
        }
    }

    /// The two movements, which sum to zero: the payer debited, the one paid credited.
    pub fn movements(&self) -> [Movement; 2] {
        [Movement { account: self.from, minutes: -self.time.0 }, Movement { account: self.to, minutes: self.time.0 }]
    }
}

/// Why limits could not be set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LimitsError {
    #[error("The lowest balance a member may have must be from -1,000 h to 0")]
    Floor,
    #[error("The highest balance a member may have must be more than 0 and at most 1,000 h")]
    Ceiling,
    #[error("The lowest balance the community pot may have must be from -1,000 h to 0")]
    PotFloor,
}

/// How far a time bank lets balances go: a member's from `floor` (how much they may owe) to `ceiling` (how much
/// they may hold, so time keeps moving), and the community pot's down to `pot_floor` (with no ceiling).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    floor: Hours,
    ceiling: Hours,
    pot_floor: Hours,
}

impl Default for Limits {
    /// A member may owe up to 10 hours and hold up to 50; the pot gives only what it was given.
    fn default() -> Self {
        Limits { floor: Hours::from_hours(-10), ceiling: Hours::from_hours(50), pot_floor: Hours::ZERO }
    }
}

impl Limits {
    /// Limits within [`MAX_LIMIT`] of zero: floors at or below zero, the ceiling above it.
    pub fn new(floor: Hours, ceiling: Hours, pot_floor: Hours) -> Result<Limits, LimitsError> {
        let below = |h: Hours| (-MAX_LIMIT.0..=0).contains(&h.0);
        if !below(floor) {
            return Err(LimitsError::Floor);
        }
        if !(1..=MAX_LIMIT.0).contains(&ceiling.0) {
            return Err(LimitsError::Ceiling);
        }
        if !below(pot_floor) {
            return Err(LimitsError::PotFloor);
        }
        Ok(Limits { floor, ceiling, pot_floor })
    }

    pub fn floor(&self) -> Hours {
        self.floor
    }

    pub fn ceiling(&self) -> Hours {
        self.ceiling
    }

    pub fn pot_floor(&self) -> Hours {
        self.pot_floor
    }

    fn floor_of(&self, account: Account) -> Hours {
        match account {
            Account::Community => self.pot_floor,
            Account::Member(_) => self.floor,
        }
    }

    fn ceiling_of(&self, account: Account) -> Option<Hours> {
        match account {
            Account::Community => None,
            Account::Member(_) => Some(self.ceiling),
        }
    }
}

/// Why an exchange was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    #[error("Enter a time of at least 1 minute")]
    NotPositive,
    #[error("One exchange can be at most 24 h: record longer help as one exchange a day")]
    TooLong,
    #[error("Time is exchanged between two different accounts")]
    SameAccount,
    #[error("Say what the help was")]
    NothingSaid,
    #[error("Say what the help was in at most 200 characters")]
    SaidTooMuch,
    #[error("This would take {account} to {would_be}, below the lowest balance allowed, {floor}")]
    BelowFloor { account: Account, would_be: Hours, floor: Hours },
    #[error("This would take {account} to {would_be}, above the highest balance allowed, {ceiling}")]
    AboveCeiling { account: Account, would_be: Hours, ceiling: Hours },
    #[error("A balance this large cannot be recorded")]
    Overflow,
}

/// The balances of an exchange's two accounts before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Balances {
    pub from: Hours,
    pub to: Hours,
}

/// The rules of an exchange on its own: at least a minute and at most [`MAX_EXCHANGE`], between two accounts,
/// saying what it was for.
fn check_exchange(exchange: &Exchange) -> Result<(), LedgerError> {
    if exchange.time.0 <= 0 {
        return Err(LedgerError::NotPositive);
    }
    if exchange.time > MAX_EXCHANGE {
        return Err(LedgerError::TooLong);
    }
    if exchange.from == exchange.to {
        return Err(LedgerError::SameAccount);
    }
    let what = exchange.what.trim();
    if what.is_empty() {
        return Err(LedgerError::NothingSaid);
    }
    if what.chars().count() > MAX_WHAT_CHARS {
        return Err(LedgerError::SaidTooMuch);
    }
    Ok(())
}

/// Whether `exchange` may be posted when its accounts stand at `before`: its own rules, then that the payer stays
/// at or above their floor and the one paid at or below their ceiling. A balance already outside the limits (they
/// were narrowed since) may still move back towards them: a member below the floor may earn, and one above the
/// ceiling may spend.
pub fn check(before: Balances, exchange: &Exchange, limits: &Limits) -> Result<(), LedgerError> {
    check_exchange(exchange)?;
    let paid = before.from.0.checked_sub(exchange.time.0).ok_or(LedgerError::Overflow)?;
    let floor = limits.floor_of(exchange.from);
    if paid < floor.0 {
        return Err(LedgerError::BelowFloor { account: exchange.from, would_be: Hours(paid), floor });
    }
    let earned = before.to.0.checked_add(exchange.time.0).ok_or(LedgerError::Overflow)?;
    if let Some(ceiling) = limits.ceiling_of(exchange.to)
        && earned > ceiling.0
    {
        return Err(LedgerError::AboveCeiling { account: exchange.to, would_be: Hours(earned), ceiling });
    }
    Ok(())
}

/// The balances that exchanges add up to, kept in memory: every account's time, summing to zero.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ledger {
    balances: BTreeMap<Account, i64>,
    exchanges: u64,
}

impl Ledger {
    pub fn new() -> Ledger {
        Ledger::default()
    }

    /// An account's balance; zero for one that has never exchanged.
    pub fn balance(&self, account: Account) -> Hours {
        Hours(self.balances.get(&account).copied().unwrap_or(0))
    }

    /// Every account that has exchanged, with its balance, the community pot first.
    pub fn balances(&self) -> impl Iterator<Item = (Account, Hours)> + '_ {
        self.balances.iter().map(|(account, minutes)| (*account, Hours(*minutes)))
    }

    /// How many exchanges have been posted.
    pub fn exchanges(&self) -> u64 {
        self.exchanges
    }

    /// The sum of every balance: always zero, since each exchange's two movements cancel.
    pub fn sum(&self) -> i128 {
        self.balances.values().map(|m| i128::from(*m)).sum()
    }

    /// Posts `exchange` if [`check`] allows it under `limits`: both movements, or neither.
    pub fn post(&mut self, exchange: &Exchange, limits: &Limits) -> Result<(), LedgerError> {
        let before = Balances { from: self.balance(exchange.from), to: self.balance(exchange.to) };
        check(before, exchange, limits)?;
        self.apply(exchange)
    }

    /// The balances a history adds up to. Each exchange is held to its own rules, but not to today's limits: it
    /// was allowed under the limits of its day. Refused with the position of the first exchange that breaks one.
    pub fn replay<'a>(history: impl IntoIterator<Item = &'a Exchange>) -> Result<Ledger, (usize, LedgerError)> {
        let mut ledger = Ledger::new();
        for (i, exchange) in history.into_iter().enumerate() {
            check_exchange(exchange).and_then(|()| ledger.apply(exchange)).map_err(|e| (i, e))?;
        }
        Ok(ledger)
    }

    fn apply(&mut self, exchange: &Exchange) -> Result<(), LedgerError> {
        let [paid, earned] = exchange.movements();
        let from = self.balance(paid.account).0.checked_add(paid.minutes).ok_or(LedgerError::Overflow)?;
        let to = self.balance(earned.account).0.checked_add(earned.minutes).ok_or(LedgerError::Overflow)?;
        self.balances.insert(paid.account, from);
        self.balances.insert(earned.account, to);
        self.exchanges += 1;
        debug_assert_eq!(self.sum(), 0, "the two movements of every exchange cancel");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn member(n: u128) -> Account {
        Account::Member(Uuid::from_u128(n))
    }

    fn on() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 5, 14).unwrap()
    }

    fn exchange(from: Account, to: Account, minutes: i64) -> Exchange {
        Exchange { from, to, time: Hours::from_minutes(minutes), what: "Shopping".to_owned(), on: on() }
    }

    fn at(from: i64, to: i64) -> Balances {
        Balances { from: Hours::from_minutes(from), to: Hours::from_minutes(to) }
    }

    #[test]
    fn times_are_shown_in_hours_and_minutes() {
        assert_eq!(Hours::from_minutes(90).to_string(), "1 h 30 min");
        assert_eq!(Hours::from_hours(2).to_string(), "2 h");
        assert_eq!(Hours::from_minutes(45).to_string(), "45 min");
        assert_eq!(Hours::ZERO.to_string(), "0 min");
        assert_eq!(Hours::from_minutes(-90).to_string(), "-1 h 30 min");
        assert_eq!(Hours::from_minutes(i64::MIN).to_string().chars().next(), Some('-'));
    }

    #[test]
    fn times_are_read_as_people_write_them() {
        for (written, minutes) in [
            ("1:30", 90),
            ("0:05", 5),
            ("1.5", 90),
            ("1.25 h", 75),
            (".5", 30),
            ("2", 120),
            ("2 hours", 120),
            ("45 min", 45),
            ("45m", 45),
            ("1 h 30 min", 90),
            ("1h30", 90),
            (" 1 HR 15 MINS ", 75),
        ] {
            assert_eq!(Hours::parse(written), Ok(Hours::from_minutes(minutes)), "{written}");
        }
    }

    #[test]
    fn things_that_are_not_times_are_refused() {
        assert_eq!(Hours::parse(" "), Err(HoursError::Empty));
        for bad in [
            "1:5",
            "1:60",
            "-1",
            "1.33",
            "1.5 min",
            "h",
            "30 min 1 h",
            "ten",
            "1 day",
            "1:30:00",
            "123456",
            "1..5",
            "é",
        ] {
            assert_eq!(Hours::parse(bad), Err(HoursError::NotATime), "{bad}");
        }
    }

    #[test]
    fn an_exchange_is_two_movements_that_sum_to_zero_the_one_helped_paying() {
        let [paid, earned] = exchange(member(1), member(2), 60).movements();
        assert_eq!(paid, Movement { account: member(1), minutes: -60 });
        assert_eq!(earned, Movement { account: member(2), minutes: 60 });
    }

    #[test]
    fn an_exchange_of_no_time_or_less_is_refused() {
        let limits = Limits::default();
        assert_eq!(check(at(0, 0), &exchange(member(1), member(2), 0), &limits), Err(LedgerError::NotPositive));
        assert_eq!(check(at(0, 0), &exchange(member(1), member(2), -30), &limits), Err(LedgerError::NotPositive));
    }

    #[test]
    fn an_exchange_longer_than_a_day_is_refused() {
        let limits = Limits::default();
        let rich = at(30 * 60, 0);
        assert_eq!(check(rich, &exchange(member(1), member(2), 24 * 60), &limits), Ok(()));
        assert_eq!(check(rich, &exchange(member(1), member(2), 24 * 60 + 1), &limits), Err(LedgerError::TooLong));
    }

    #[test]
    fn a_member_cannot_exchange_time_with_themselves() {
        assert_eq!(
            check(at(0, 0), &exchange(member(1), member(1), 30), &Limits::default()),
            Err(LedgerError::SameAccount)
        );
    }

    #[test]
    fn an_exchange_must_say_what_the_help_was_briefly() {
        let mut e = exchange(member(1), member(2), 30);
        e.what = "   ".to_owned();
        assert_eq!(check(at(0, 0), &e, &Limits::default()), Err(LedgerError::NothingSaid));
        e.what = "x".repeat(MAX_WHAT_CHARS + 1);
        assert_eq!(check(at(0, 0), &e, &Limits::default()), Err(LedgerError::SaidTooMuch));
    }

    #[test]
    fn paying_below_the_floor_is_refused_naming_the_account_and_the_balance() {
        let refused = check(at(-9 * 60, 0), &exchange(member(1), member(2), 90), &Limits::default()).unwrap_err();
        assert_eq!(
            refused,
            LedgerError::BelowFloor {
                account: member(1),
                would_be: Hours::from_minutes(-630),
                floor: Hours::from_hours(-10)
            }
        );
        assert!(refused.to_string().ends_with("to -10 h 30 min, below the lowest balance allowed, -10 h"), "{refused}");
        assert_eq!(check(at(-9 * 60, 0), &exchange(member(1), member(2), 60), &Limits::default()), Ok(()));
    }

    #[test]
    fn being_paid_above_the_ceiling_is_refused() {
        let refused = check(at(0, 49 * 60 + 30), &exchange(member(1), member(2), 60), &Limits::default());
        assert_eq!(
            refused,
            Err(LedgerError::AboveCeiling {
                account: member(2),
                would_be: Hours::from_minutes(50 * 60 + 30),
                ceiling: Hours::from_hours(50)
            })
        );
    }

    #[test]
    fn a_member_below_a_narrowed_floor_may_still_earn_and_one_above_the_ceiling_spend() {
        let limits = Limits::default();
        assert_eq!(check(at(0, -20 * 60), &exchange(member(1), member(2), 60), &limits), Ok(()));
        assert_eq!(check(at(80 * 60, 0), &exchange(member(1), member(2), 60), &limits), Ok(()));
    }

    #[test]
    fn the_community_pot_gives_only_what_it_was_given_by_default() {
        let limits = Limits::default();
        let refused = check(at(30, 0), &exchange(Account::Community, member(2), 60), &limits).unwrap_err();
        assert!(matches!(refused, LedgerError::BelowFloor { account: Account::Community, .. }));
        assert_eq!(check(at(60, 0), &exchange(Account::Community, member(2), 60), &limits), Ok(()));
    }

    #[test]
    fn the_community_pot_has_no_ceiling() {
        let donation = Exchange::donation(Uuid::from_u128(1), Hours::from_hours(2), on());
        assert_eq!(check(at(10 * 60, 900 * 60), &donation, &Limits::default()), Ok(()));
    }

    #[test]
    fn a_pot_may_be_allowed_to_lend_before_it_is_given() {
        let limits = Limits::new(Hours::from_hours(-10), Hours::from_hours(50), Hours::from_hours(-20)).unwrap();
        assert_eq!(check(at(0, 0), &exchange(Account::Community, member(2), 60), &limits), Ok(()));
    }

    #[test]
    fn limits_must_lie_either_side_of_zero_within_a_thousand_hours() {
        let (floor, ceiling) = (Hours::from_hours(-10), Hours::from_hours(50));
        assert_eq!(Limits::new(Hours::from_hours(1), ceiling, Hours::ZERO), Err(LimitsError::Floor));
        assert_eq!(Limits::new(Hours::from_hours(-1_001), ceiling, Hours::ZERO), Err(LimitsError::Floor));
        assert_eq!(Limits::new(floor, Hours::ZERO, Hours::ZERO), Err(LimitsError::Ceiling));
        assert_eq!(Limits::new(floor, Hours::from_hours(1_001), Hours::ZERO), Err(LimitsError::Ceiling));
        assert_eq!(Limits::new(floor, ceiling, Hours::from_minutes(1)), Err(LimitsError::PotFloor));
        assert_eq!(Limits::new(floor, ceiling, Hours::ZERO), Ok(Limits::default()));
    }

    #[test]
    fn balances_near_the_end_of_the_numbers_are_refused_not_wrapped() {
        let e = exchange(member(1), member(2), 60);
        assert_eq!(check(at(i64::MIN, 0), &e, &Limits::default()), Err(LedgerError::Overflow));
        assert_eq!(check(at(0, i64::MAX), &e, &Limits::default()), Err(LedgerError::Overflow));
    }

    #[test]
    fn posting_an_exchange_moves_time_from_the_one_helped_to_the_helper() {
        let mut ledger = Ledger::new();
        ledger.post(&exchange(member(1), member(2), 90), &Limits::default()).unwrap();
        assert_eq!(ledger.balance(member(1)), Hours::from_minutes(-90));
        assert_eq!(ledger.balance(member(2)), Hours::from_minutes(90));
        assert_eq!((ledger.sum(), ledger.exchanges()), (0, 1));
    }

    #[test]
    fn a_refused_exchange_changes_no_balance() {
        let mut ledger = Ledger::new();
        let refused = ledger.post(&exchange(member(1), member(2), 11 * 60), &Limits::default());
        assert!(refused.is_err());
        assert_eq!(ledger, Ledger::new());
    }

    #[test]
    fn a_donation_moves_a_members_time_into_the_community_pot() {
        let mut ledger = Ledger::new();
        let limits = Limits::default();
        ledger.post(&exchange(member(1), member(2), 120), &limits).unwrap();
        ledger.post(&Exchange::donation(Uuid::from_u128(2), Hours::from_hours(1), on()), &limits).unwrap();
        assert_eq!(ledger.balance(member(2)), Hours::from_hours(1));
        assert_eq!(ledger.balance(Account::Community), Hours::from_hours(1));
        assert_eq!(ledger.balances().next(), Some((Account::Community, Hours::from_hours(1))));
        assert_eq!(ledger.sum(), 0);
    }

    #[test]
    fn a_history_is_replayed_under_its_own_rules_but_not_todays_limits() {
        let history = [exchange(member(1), member(2), 24 * 60), exchange(member(1), member(3), 24 * 60)];
        let ledger = Ledger::replay(&history).unwrap();
        assert_eq!(ledger.balance(member(1)), Hours::from_hours(-48), "past today's floor, allowed in its day");
        let broken = [exchange(member(1), member(2), 60), exchange(member(2), member(2), 60)];
        assert_eq!(Ledger::replay(&broken), Err((1, LedgerError::SameAccount)));
    }

    proptest! {
        #[test]
        fn whatever_is_posted_the_balances_sum_to_zero_and_stay_within_the_limits(
            exchanges in prop::collection::vec((0u128..5, 0u128..5, -60i64..1_600), 0..120),
        ) {
            let account = |n: u128| if n == 0 { Account::Community } else { member(n) };
            let limits = Limits::default();
            let mut ledger = Ledger::new();
            for (from, to, minutes) in exchanges {
                let _ = ledger.post(&exchange(account(from), account(to), minutes), &limits);
                prop_assert_eq!(ledger.sum(), 0);
            }
            for (account, balance) in ledger.balances() {
                prop_assert!(balance >= limits.floor_of(account));
                prop_assert!(limits.ceiling_of(account).is_none_or(|ceiling| balance <= ceiling));
            }
        }
    }
}
