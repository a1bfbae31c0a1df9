//! Indicators: what an imported column means, and how small areas' values reach a ward and the city. No I/O.
//!
//! Every summary weights by people, never by areas: a ward's score is the mean of its LSOAs' scores weighted by
//! their populations, a proportion is the people counted over the people asked, and deprivation is the share of the
//! population living in each national decile (an average of ranks or deciles means nothing, so none is taken).

use chrono::NaiveDate;

use super::{Figure, FigureError, proportion, rate};

/// What an indicator's numbers are, which decides how they are summed up and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A number of people or things: summed.
    Count,
    /// So many of so many people: the value is the numerator, the denominator is given beside it.
    Proportion,
    /// So many events in so many people, per `per` people.
    Rate { per: u32 },
    /// A score or any measure of an area (the IoD's scores): a population-weighted mean.
    Score,
    /// A national decile, 1 the most deprived tenth: shown as the share of people in each decile.
    Decile,
    /// A national rank: shown for small areas only, never summed.
    Rank,
}

/// The units a rate may be per.
pub const RATE_UNITS: [u32; 3] = [1_000, 10_000, 100_000];

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Proportion => "proportion",
            Kind::Rate { per: 1_000 } => "rate_per_1000",
            Kind::Rate { per: 10_000 } => "rate_per_10000",
            Kind::Rate { .. } => "rate_per_100000",
            Kind::Score => "score",
            Kind::Decile => "decile",
            Kind::Rank => "rank",
        }
    }

    /// Whether the value has a denominator beside it.
    pub fn needs_denominator(self) -> bool {
        matches!(self, Kind::Proportion | Kind::Rate { .. })
    }
}

impl TryFrom<&str> for Kind {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, String> {
        Ok(match s {
            "count" => Kind::Count,
            "proportion" => Kind::Proportion,
            "rate_per_1000" => Kind::Rate { per: 1_000 },
            "rate_per_10000" => Kind::Rate { per: 10_000 },
            "rate_per_100000" => Kind::Rate { per: 100_000 },
            "score" => Kind::Score,
            "decile" => Kind::Decile,
            "rank" => Kind::Rank,
            other => {
                return Err(format!(
                    "{other:?} is not a kind of indicator: say count, proportion, rate_per_1000, rate_per_10000, \
                     rate_per_100000, score, decile or rank"
                ));
            }
        })
    }
}

keyed_enum!(
    /// The areas an indicator's file gives values for: lower layer super output areas (2021), reaching wards
    /// through the official best-fit lookup the places hold; 2011 LSOAs, through a best-fit lookup imported with
    /// them; or wards.
    Geography, "a geography (lsoa, lsoa2011 or ward)" {
        Lsoa = "lsoa",
        Lsoa2011 = "lsoa2011",
        Ward = "ward",
    }
);

/// One area's value, with its denominator (for a proportion or a rate) and the people living there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Part {
    pub value: f64,
    pub denominator: Option<f64>,
    pub population: f64,
}

/// Deciles 1 to 10: the share of people living in each.
pub type DecileShares = [f64; 10];

/// An indicator summed up over some areas (a ward's LSOAs, or the whole city).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Summary {
    /// A proportion or a rate, with its interval (or suppressed).
    Figure(Figure),
    /// A count, or a population-weighted mean score: no interval.
    Value(f64),
    Deciles(DecileShares),
    /// Ranks are not summed.
    NotSummed,
}

/// Sums up `parts` as `kind` says: `None` when there are none. Where nobody's population is known (all are 0),
/// every area counts the same.
pub fn summarise(kind: Kind, parts: &[Part]) -> Option<Result<Summary, FigureError>> {
    if parts.is_empty() {
        return None;
    }
    let known = parts.iter().any(|p| p.population > 0.0);
    let weight = |p: &Part| if known { p.population } else { 1.0 };
    let people: f64 = parts.iter().map(weight).sum();
    let counted = |f: &dyn Fn(&Part) -> f64| -> f64 { parts.iter().map(f).sum() };
    Some(Ok(match kind {
        Kind::Count => Summary::Value(counted(&|p| p.value)),
        Kind::Proportion => {
            let (x, n) = (counted(&|p| p.value), counted(&|p| p.denominator.unwrap_or(0.0)));
            return Some(proportion(whole(x), whole(n)).map(Summary::Figure));
        }
        Kind::Rate { per } => {
            let (x, n) = (counted(&|p| p.value), counted(&|p| p.denominator.unwrap_or(0.0)));
            return Some(rate(whole(x), n, f64::from(per)).map(Summary::Figure));
        }
        Kind::Score => Summary::Value(counted(&|p| p.value * weight(p)) / people),
        Kind::Decile => {
            let mut shares = [0.0; 10];
            for p in parts {
                if let Some(decile) = decile_of(p.value) {
                    shares[decile - 1] += weight(p) / people;
                }
            }
            Summary::Deciles(shares)
        }
        Kind::Rank => Summary::NotSummed,
    }))
}

/// A count as the whole number it stands for (imported counts are checked to be whole and in range).
fn whole(x: f64) -> u64 {
    x.round().clamp(0.0, u64::MAX as f64) as u64
}

/// A decile value as 1 to 10, if it is one.
pub fn decile_of(value: f64) -> Option<usize> {
    (value.fract() == 0.0 && (1.0..=10.0).contains(&value)).then_some(value as usize)
}

/// Checks one imported value against what its kind allows, saying what is wrong.
pub fn check_value(kind: Kind, value: f64, denominator: Option<f64>) -> Result<(), String> {
    if !value.is_finite() {
        return Err("is not a number".into());
    }
    let count = |x: f64, what: &str| {
        if x < 0.0 || x.fract() != 0.0 || x > super::MAX_COUNT as f64 {
            Err(format!("{what} {x} is not a whole number from 0 to 10,000,000,000"))
        } else {
            Ok(())
        }
    };
    match kind {
        Kind::Count => count(value, "the count"),
        Kind::Proportion | Kind::Rate { .. } => {
            count(value, "the count")?;
            let Some(n) = denominator else { return Err("has no denominator beside it".into()) };
            count(n, "the denominator")?;
            if n == 0.0 {
                return Err("has a denominator of 0".into());
            }
            if kind == Kind::Proportion && value > n {
                return Err(format!("counts {value} of only {n}"));
            }
            Ok(())
        }
        Kind::Decile => decile_of(value).map(|_| ()).ok_or_else(|| format!("{value} is not a decile from 1 to 10")),
        Kind::Rank if value < 1.0 || value.fract() != 0.0 => Err(format!("{value} is not a rank (1 or more)")),
        Kind::Score | Kind::Rank => Ok(()),
    }
}

/// How old a figure is, in words: "published 3 months ago", from its publication date.
pub fn age_words(published: NaiveDate, today: NaiveDate) -> String {
    let months = (today.year_month() - published.year_month()).max(0);
    match months {
        0 => "published this month".into(),
        1 => "published last month".into(),
        2..=23 => format!("published {months} months ago"),
        _ => format!("published {} years ago", months / 12),
    }
}

trait YearMonth {
    fn year_month(&self) -> i64;
}

impl YearMonth for NaiveDate {
    fn year_month(&self) -> i64 {
        use chrono::Datelike;
        i64::from(self.year()) * 12 + i64::from(self.month0())
    }
}

/// The number of classes a choropleth has.
pub const CLASSES: usize = 5;

/// Where a choropleth's classes break: up to [`CLASSES`] classes by quantile (each holding about as many areas),
/// fewer when the values are fewer. `upper[i]` is the highest value in class `i`.
#[derive(Debug, Clone, PartialEq)]
pub struct Classes {
    pub upper: Vec<f64>,
    pub lowest: f64,
}

impl Classes {
    /// Quantile classes of `values` (NaN ignored). `None` when there is no value.
    pub fn of(values: &[f64]) -> Option<Classes> {
        let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
        if sorted.is_empty() {
            return None;
        }
        sorted.sort_by(f64::total_cmp);
        let mut upper: Vec<f64> = (1..=CLASSES).map(|i| sorted[(i * sorted.len()).div_ceil(CLASSES) - 1]).collect();
        upper.dedup();
        Some(Classes { upper, lowest: sorted[0] })
    }

    /// Classes by decile pairs (1–2, 3–4, …, 9–10) for a map of deciles.
    pub fn of_deciles() -> Classes {
        Classes { upper: vec![2.0, 4.0, 6.0, 8.0, 10.0], lowest: 1.0 }
    }

    /// The class (0 is the lowest) a value falls in.
    pub fn class_of(&self, value: f64) -> usize {
        self.upper.iter().position(|&u| value <= u).unwrap_or(self.upper.len() - 1)
    }

    /// Each class's range, lowest first.
    pub fn ranges(&self) -> Vec<(f64, f64)> {
        let mut from = self.lowest;
        self.upper
            .iter()
            .map(|&to| {
                let range = (from, to);
                from = to;
                range
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(value: f64, population: f64) -> Part {
        Part { value, denominator: None, population }
    }

    #[test]
    fn a_score_reaches_a_ward_weighted_by_each_areas_people() {
        let parts = [part(10.0, 3_000.0), part(40.0, 1_000.0)];
        assert_eq!(summarise(Kind::Score, &parts), Some(Ok(Summary::Value(17.5))));
    }

    #[test]
    fn deprivation_is_the_share_of_people_in_each_decile() {
        let parts = [part(1.0, 1_500.0), part(1.0, 500.0), part(4.0, 2_000.0)];
        let Some(Ok(Summary::Deciles(shares))) = summarise(Kind::Decile, &parts) else { panic!() };
        assert_eq!(shares[0], 0.5);
        assert_eq!(shares[3], 0.5);
        assert_eq!(shares.iter().sum::<f64>(), 1.0);
    }

    #[test]
    fn a_proportion_adds_numerators_and_denominators_before_dividing() {
        let parts = [
            Part { value: 10.0, denominator: Some(100.0), population: 0.0 },
            Part { value: 90.0, denominator: Some(100.0), population: 0.0 },
        ];
        let Some(Ok(Summary::Figure(Figure::Shown(e)))) = summarise(Kind::Proportion, &parts) else { panic!() };
        assert_eq!(e.value, 0.5);
        assert!(e.interval.low < 0.5 && e.interval.high > 0.5);
    }

    #[test]
    fn ranks_are_never_summed() {
        assert_eq!(summarise(Kind::Rank, &[part(3.0, 10.0)]), Some(Ok(Summary::NotSummed)));
    }

    #[test]
    fn nothing_to_sum_is_no_summary() {
        assert_eq!(summarise(Kind::Score, &[]), None);
    }

    #[test]
    fn without_populations_every_area_counts_the_same() {
        let parts = [part(10.0, 0.0), part(40.0, 0.0)];
        assert_eq!(summarise(Kind::Score, &parts), Some(Ok(Summary::Value(25.0))));
    }

    #[test]
    fn values_outside_their_kind_are_refused_with_the_reason() {
        assert!(check_value(Kind::Decile, 11.0, None).unwrap_err().contains("not a decile"));
        assert!(check_value(Kind::Proportion, 5.0, None).unwrap_err().contains("no denominator"));
        assert!(check_value(Kind::Proportion, 5.0, Some(4.0)).unwrap_err().contains("of only"));
        assert!(check_value(Kind::Count, 1.5, None).unwrap_err().contains("whole number"));
        assert!(check_value(Kind::Score, f64::NAN, None).is_err());
        assert!(check_value(Kind::Score, -3.2, None).is_ok());
    }

    #[test]
    fn quantile_classes_hold_about_as_many_areas_each() {
        let values: Vec<f64> = (1..=10).map(f64::from).collect();
        let classes = Classes::of(&values).unwrap();
        assert_eq!(classes.upper, vec![2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(classes.class_of(1.0), 0);
        assert_eq!(classes.class_of(7.0), 3);
        assert_eq!(classes.ranges()[0], (1.0, 2.0));
    }

    #[test]
    fn few_distinct_values_make_fewer_classes() {
        let classes = Classes::of(&[3.0, 3.0, 3.0, 5.0]).unwrap();
        assert_eq!(classes.upper, vec![3.0, 5.0]);
    }

    #[test]
    fn a_figures_age_is_said_in_months_then_years() {
        let on = |y, m| NaiveDate::from_ymd_opt(y, m, 1).unwrap();
        assert_eq!(age_words(on(2026, 12), on(2026, 12)), "published this month");
        assert_eq!(age_words(on(2025, 10), on(2026, 12)), "published 14 months ago");
        assert_eq!(age_words(on(2019, 9), on(2026, 12)), "published 7 years ago");
    }

    #[test]
    fn kinds_read_back_what_they_write() {
        for kind in [Kind::Count, Kind::Proportion, Kind::Rate { per: 100_000 }, Kind::Score, Kind::Decile, Kind::Rank]
        {
            assert_eq!(Kind::try_from(kind.as_str()), Ok(kind));
        }
    }
}
