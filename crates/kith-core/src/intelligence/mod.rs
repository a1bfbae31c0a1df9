//! Ward intelligence: the figures a ward's profile shows, each with how sure it is. No I/O.
//!
//! A proportion (so many of so many people) carries a Wilson score interval, and a rate (a count of events in a
//! population) carries Byar's approximation to the Poisson interval: the methods of the Public Health England
//! technical guidance that public health analysts (and Fingertips) use, at 95 %. A figure counted from fewer than
//! [`SUPPRESS_BELOW`] people or events is not shown at all, nor its interval, so that no figure points at a person.
//! Two figures are told apart only when their intervals do not overlap: otherwise they are "about the same"; told
//! apart, they are better or worse where the indicator says which way is good.

use crate::agreements;

pub mod indicators;
pub mod provision;

/// The standard normal quantile for a two-sided 95 % interval.
pub const Z_95: f64 = 1.959_963_984_540_054;

/// Counts below this are suppressed: the same threshold as the wards' other published figures.
pub const SUPPRESS_BELOW: u64 = agreements::SUPPRESS_BELOW as u64;

/// The most people or events a figure may count: more than England's population a hundred times over, so that any
/// real count fits and the arithmetic stays exact in a `f64`.
pub const MAX_COUNT: u64 = 10_000_000_000;

/// The range a figure's true value is within, at 95 %.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// A figure and its interval, in the figure's own unit (a proportion from 0 to 1, or a rate per so many people).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    pub value: f64,
    pub interval: Interval,
}

/// A figure as it may be published.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    Shown(Estimate),
    /// Counted from fewer than [`SUPPRESS_BELOW`]: shown as suppressed, never as a number.
    Suppressed,
}

/// Why a figure cannot be worked out from what was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FigureError {
    #[error("A proportion needs at least one person counted")]
    NobodyCounted,
    #[error("A proportion cannot count more people than there are")]
    MoreThanAll,
    #[error("A count can be at most 10,000,000,000")]
    TooLarge,
    #[error("A rate needs a population greater than nothing")]
    NoPopulation,
    #[error("A rate is per a number of people greater than nothing")]
    NoUnit,
}

/// `x` of `n` people, with its Wilson score interval.
pub fn proportion(x: u64, n: u64) -> Result<Figure, FigureError> {
    if n > MAX_COUNT {
        return Err(FigureError::TooLarge);
    }
    if n == 0 {
        return Err(FigureError::NobodyCounted);
    }
    if x > n {
        return Err(FigureError::MoreThanAll);
    }
    if x < SUPPRESS_BELOW {
        return Ok(Figure::Suppressed);
    }
    let (x, n, z) = (x as f64, n as f64, Z_95);
    let p = x / n;
    let centre = 2.0 * x + z * z;
    let spread = z * (z * z + 4.0 * x * (1.0 - p)).sqrt();
    let under = 2.0 * (n + z * z);
    let interval = Interval { low: ((centre - spread) / under).max(0.0), high: ((centre + spread) / under).min(1.0) };
    Ok(Figure::Shown(Estimate { value: p, interval }))
}

/// `count` events in a `population`, as a rate `per` so many people (1,000, or 100,000), with Byar's interval.
pub fn rate(count: u64, population: f64, per: f64) -> Result<Figure, FigureError> {
    if count > MAX_COUNT {
        return Err(FigureError::TooLarge);
    }
    if !(population.is_finite() && population > 0.0) {
        return Err(FigureError::NoPopulation);
    }
    if !(per.is_finite() && per > 0.0) {
        return Err(FigureError::NoUnit);
    }
    if count < SUPPRESS_BELOW {
        return Ok(Figure::Suppressed);
    }
    let (low, high) = byar(count);
    let scale = per / population;
    Ok(Figure::Shown(Estimate {
        value: count as f64 * scale,
        interval: Interval { low: low * scale, high: high * scale },
    }))
}

/// Byar's 95 % interval for a Poisson count `o`.
fn byar(o: u64) -> (f64, f64) {
    let z = Z_95;
    let low = if o == 0 {
        0.0
    } else {
        let o = o as f64;
        o * (1.0 - 1.0 / (9.0 * o) - z / (3.0 * o.sqrt())).powi(3)
    };
    let o = o as f64 + 1.0;
    let high = o * (1.0 - 1.0 / (9.0 * o) + z / (3.0 * o.sqrt())).powi(3);
    (low, high)
}

/// How a figure stands against another (a ward's against the city's, or England's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Higher,
    Lower,
    /// Their intervals overlap: the difference may be chance.
    AboutTheSame,
}

impl Comparison {
    /// How the figure stands, told by its intervals against `other`'s.
    pub fn of(figure: &Interval, other: &Interval) -> Comparison {
        if figure.low > other.high {
            Comparison::Higher
        } else if figure.high < other.low {
            Comparison::Lower
        } else {
            Comparison::AboutTheSame
        }
    }

    /// The plain-English line a profile shows beside a figure, against `what` ("the city average"), said as better
    /// or worse when the indicator's `polarity` says which way is good.
    pub fn words(self, polarity: Polarity, what: &str) -> String {
        match (self, polarity) {
            (Comparison::AboutTheSame, _) => format!("About the same as {what}"),
            (Comparison::Higher, Polarity::HighIsGood) | (Comparison::Lower, Polarity::HighIsBad) => {
                format!("Better than {what}")
            }
            (Comparison::Higher, Polarity::HighIsBad) | (Comparison::Lower, Polarity::HighIsGood) => {
                format!("Worse than {what}")
            }
            (Comparison::Higher, Polarity::Neither) => format!("Higher than {what}"),
            (Comparison::Lower, Polarity::Neither) => format!("Lower than {what}"),
        }
    }
}

keyed_enum!(
    /// Which way is good for an indicator, as its metadata says: a higher employment rate is better, a higher rate
    /// of emergency admissions worse, and a larger share of people under 16 neither.
    Polarity, "a polarity (high_is_good, high_is_bad or neither)" {
        HighIsGood = "high_is_good",
        HighIsBad = "high_is_bad",
        Neither = "neither",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(figure: Result<Figure, FigureError>) -> Estimate {
        match figure {
            Ok(Figure::Shown(e)) => e,
            other => panic!("expected a figure, got {other:?}"),
        }
    }

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-6, "{a} is not {b}");
    }

    #[test]
    fn a_proportion_carries_the_wilson_score_interval() {
        let half = shown(proportion(50, 100));
        close(half.value, 0.5);
        close(half.interval.low, 0.403_831_530);
        close(half.interval.high, 0.596_168_470);
        let few = shown(proportion(5, 200));
        close(few.interval.low, 0.010_724_720);
        close(few.interval.high, 0.057_178_340);
    }

    #[test]
    fn the_wilson_interval_of_everyone_reaches_one_and_never_past_it() {
        let all = shown(proportion(10, 10));
        close(all.interval.low, 0.722_467_200);
        assert_eq!(all.interval.high, 1.0);
    }

    #[test]
    fn a_rate_carries_byars_interval_scaled_to_its_unit() {
        // 10 events in 2,000 people: 5 per 1,000, between 2.39 and 9.20.
        let r = shown(rate(10, 2_000.0, 1_000.0));
        close(r.value, 5.0);
        close(r.interval.low, 4.787_449_914 / 2.0);
        close(r.interval.high, 18.391_458_606 / 2.0);
        let many = shown(rate(120, 100_000.0, 100_000.0));
        close(many.interval.low, 99.490_231_606);
        close(many.interval.high, 143.491_660_454);
    }

    #[test]
    fn a_figure_counted_from_fewer_than_five_is_suppressed_with_its_interval() {
        assert_eq!(proportion(4, 100), Ok(Figure::Suppressed));
        assert_eq!(rate(4, 2_000.0, 1_000.0), Ok(Figure::Suppressed));
        assert_eq!(rate(0, 2_000.0, 1_000.0), Ok(Figure::Suppressed));
        assert!(matches!(proportion(5, 100), Ok(Figure::Shown(_))));
    }

    #[test]
    fn impossible_figures_are_refused_with_the_reason() {
        assert_eq!(proportion(1, 0), Err(FigureError::NobodyCounted));
        assert_eq!(proportion(11, 10), Err(FigureError::MoreThanAll));
        assert_eq!(proportion(5, MAX_COUNT + 1), Err(FigureError::TooLarge));
        assert_eq!(rate(MAX_COUNT + 1, 1.0, 1.0), Err(FigureError::TooLarge));
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(rate(10, bad, 1_000.0), Err(FigureError::NoPopulation));
            assert_eq!(rate(10, 1_000.0, bad), Err(FigureError::NoUnit));
        }
    }

    #[test]
    fn byars_lower_bound_for_no_events_is_nothing() {
        let (low, high) = byar(0);
        assert_eq!(low, 0.0);
        close(high, 3.668_011_832);
    }

    #[test]
    fn figures_are_told_apart_only_when_their_intervals_do_not_overlap() {
        let city = shown(proportion(500, 1_000)).interval;
        let higher = shown(proportion(70, 100)).interval;
        let lower = shown(proportion(30, 100)).interval;
        let near = shown(proportion(55, 100)).interval;
        assert_eq!(Comparison::of(&higher, &city), Comparison::Higher);
        assert_eq!(Comparison::of(&lower, &city), Comparison::Lower);
        assert_eq!(Comparison::of(&near, &city), Comparison::AboutTheSame);
    }

    #[test]
    fn the_line_says_better_or_worse_when_the_indicator_says_which_way_is_good() {
        let city = "the city average";
        assert_eq!(Comparison::AboutTheSame.words(Polarity::HighIsBad, city), "About the same as the city average");
        assert_eq!(Comparison::Higher.words(Polarity::HighIsGood, city), "Better than the city average");
        assert_eq!(Comparison::Higher.words(Polarity::HighIsBad, city), "Worse than the city average");
        assert_eq!(Comparison::Lower.words(Polarity::HighIsBad, city), "Better than the city average");
        assert_eq!(Comparison::Lower.words(Polarity::HighIsGood, city), "Worse than the city average");
        assert_eq!(Comparison::Higher.words(Polarity::Neither, city), "Higher than the city average");
        assert_eq!(Comparison::Lower.words(Polarity::Neither, city), "Lower than the city average");
    }
}
