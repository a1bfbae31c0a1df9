//! Ward intelligence: imported indicators summed up for each ward and the city, a ward's profile against the city
//! and England, choropleth maps and the open data files. All public: the figures are about areas, never people.
//!
//! The indicators are read whole into memory (tens of indicators over hundreds of areas) and summed up once, kept
//! [`INTELLIGENCE_FRESH`]; an import on this instance forgets them at once. LSOA values reach a ward through the
//! official best-fit lookup the places hold, weighted by each LSOA's population: the indicator `lsoa_population` where
//! one is imported, otherwise each ward's population (`population`, on wards) shared equally among its LSOAs, which
//! the profile says. `import` reads the files; `birmingham` holds the reference city's.

pub mod assessment;
pub mod birmingham;
pub mod gaps;
pub mod import;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use kith_core::intelligence::indicators::{CLASSES, Classes, Geography, Kind, Part, Summary, age_words, summarise};
use kith_core::intelligence::{Comparison, Estimate, Figure, Interval, Polarity};
use kith_core::places::WardCode;
use serde::Serialize;

pub use kith_store::intelligence::{StoredIndicator, StoredValue};

use crate::places::Places;
use crate::{App, AppError, Result};

/// How long the summed-up indicators are kept before they are read again (an import elsewhere shows by then).
pub const INTELLIGENCE_FRESH: Duration = Duration::from_secs(60);

/// The indicator whose values weight LSOAs, and the one that gives a ward's population.
pub const LSOA_POPULATION: &str = "lsoa_population";
pub const POPULATION: &str = "population";

/// Where the LSOAs' weights came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Weights {
    /// The imported `lsoa_population`.
    Imported,
    /// Each ward's population shared equally among its LSOAs.
    EqualShares,
    /// No population at all: every LSOA counts the same.
    Unweighted,
}

/// An indicator with its values and its summaries for each ward, the city and England.
#[derive(Debug)]
pub struct Indicator {
    pub meta: StoredIndicator,
    /// By area code: the value and its denominator.
    pub values: HashMap<String, (f64, Option<f64>)>,
    pub wards: HashMap<WardCode, Summary>,
    pub city: Option<Summary>,
    pub england: Option<Summary>,
}

/// Every indicator, summed up.
#[derive(Debug)]
pub struct Intelligence {
    pub indicators: Vec<Indicator>,
    by_key: HashMap<String, usize>,
    pub weights: Weights,
    /// Each LSOA's population, as weighted (see [`Weights`]).
    pub lsoa_people: HashMap<String, f64>,
    /// Each ward's population, as its profile shows it.
    pub ward_population: HashMap<WardCode, f64>,
}

impl Intelligence {
    pub fn indicator(&self, key: &str) -> Option<&Indicator> {
        self.by_key.get(key).map(|&i| &self.indicators[i])
    }

    /// Sums up `stored` over the places' wards and LSOAs.
    pub fn build(stored: Vec<(StoredIndicator, Vec<StoredValue>)>, places: &Places) -> Intelligence {
        let of = |key: &str, geography: Geography| {
            stored.iter().find(|(i, _)| i.key == key && i.geography == geography).map(|(_, v)| v)
        };
        let lsoa_ward: HashMap<&str, &WardCode> =
            places.lsoas().iter().filter_map(|l| Some((l.code.as_str(), l.ward.as_ref()?))).collect();
        let mut ward_population: HashMap<WardCode, f64> = of(POPULATION, Geography::Ward)
            .map(|values| values.iter().filter_map(|v| Some((WardCode::parse(&v.area_code).ok()?, v.value))).collect())
            .unwrap_or_default();
        let (lsoa_weight, weights): (HashMap<String, f64>, Weights) = match of(LSOA_POPULATION, Geography::Lsoa) {
            Some(values) => (values.iter().map(|v| (v.area_code.clone(), v.value)).collect(), Weights::Imported),
            None if !ward_population.is_empty() => {
                let mut per_ward: HashMap<&WardCode, usize> = HashMap::new();
                for ward in lsoa_ward.values() {
                    *per_ward.entry(ward).or_default() += 1;
                }
                let shares = lsoa_ward
                    .iter()
                    .map(|(code, ward)| {
                        let people = ward_population.get(*ward).copied().unwrap_or(0.0);
                        ((*code).to_owned(), people / per_ward[ward] as f64)
                    })
                    .collect();
                (shares, Weights::EqualShares)
            }
            None => (lsoa_ward.keys().map(|c| ((*c).to_owned(), 1.0)).collect(), Weights::Unweighted),
        };
        if ward_population.is_empty() && weights == Weights::Imported {
            for (code, people) in &lsoa_weight {
                if let Some(ward) = lsoa_ward.get(code.as_str()) {
                    *ward_population.entry((*ward).clone()).or_default() += people;
                }
            }
        }

        let mut indicators = Vec::with_capacity(stored.len());
        for (meta, values) in stored {
            let mut parts: HashMap<WardCode, Vec<Part>> = HashMap::new();
            let mut lsoa11_per_ward: HashMap<WardCode, usize> = HashMap::new();
            for ward in values.iter().filter_map(|v| WardCode::parse(v.ward_code.as_deref()?).ok()) {
                *lsoa11_per_ward.entry(ward).or_default() += 1;
            }
            for v in &values {
                let (ward, population) = match meta.geography {
                    Geography::Lsoa => match lsoa_ward.get(v.area_code.as_str()) {
                        Some(ward) => ((*ward).clone(), lsoa_weight.get(&v.area_code).copied().unwrap_or(0.0)),
                        None => continue,
                    },
                    // A 2011 LSOA reaches the ward its lookup gave, weighted by an equal share of the ward's
                    // people among its 2011 LSOAs in the file.
                    Geography::Lsoa2011 => match v.ward_code.as_deref().map(WardCode::parse) {
                        Some(Ok(ward)) => {
                            let people = ward_population.get(&ward).copied().unwrap_or(0.0);
                            let count = *lsoa11_per_ward.get(&ward).unwrap_or(&1) as f64;
                            (ward, people / count)
                        }
                        _ => continue,
                    },
                    Geography::Ward => match WardCode::parse(&v.area_code) {
                        Ok(ward) => {
                            let people = ward_population.get(&ward).copied().unwrap_or(0.0);
                            (ward, people)
                        }
                        Err(_) => continue,
                    },
                };
                parts.entry(ward).or_default().push(Part { value: v.value, denominator: v.denominator, population });
            }
            let wards = parts
                .iter()
                .filter_map(|(ward, parts)| Some((ward.clone(), summarise(meta.kind, parts)?.ok()?)))
                .collect();
            let all: Vec<Part> = parts.into_values().flatten().collect();
            let city = summarise(meta.kind, &all).and_then(|s| s.ok());
            let england = match (meta.kind, meta.england) {
                (Kind::Decile, _) => Some(Summary::Deciles([0.1; 10])),
                (kind, Some((value, denominator))) => {
                    summarise(kind, &[Part { value, denominator, population: 1.0 }]).and_then(|s| s.ok())
                }
                (_, None) => None,
            };
            let values = values.into_iter().map(|v| (v.area_code, (v.value, v.denominator))).collect();
            indicators.push(Indicator { meta, values, wards, city, england });
        }
        let by_key = indicators.iter().enumerate().map(|(i, ind)| (ind.meta.key.clone(), i)).collect();
        Intelligence { indicators, by_key, weights, lsoa_people: lsoa_weight, ward_population }
    }
}

/// The indicators, summed up (public).
pub async fn intelligence(app: &App) -> Result<Arc<Intelligence>> {
    app.intelligence
        .through(&(), || async {
            let stored = app.store.load_indicators().await?;
            Ok::<_, AppError>(Intelligence::build(stored, &app.places()))
        })
        .await
}

/// A number as a profile shows it in `kind`'s unit.
pub fn show(kind: Kind, value: f64) -> String {
    match kind {
        Kind::Proportion => format!("{:.1}%", value * 100.0),
        Kind::Rate { per } => format!("{value:.1} per {}", grouped(f64::from(per))),
        Kind::Count => grouped(value),
        Kind::Decile | Kind::Rank => format!("{value:.0}"),
        Kind::Score if value.abs() < 10.0 => format!("{value:.2}"),
        Kind::Score => format!("{value:.1}"),
    }
}

/// A number short enough to write on a map: a proportion or a share as a percentage, a rate without its unit.
fn short(kind: Kind, value: f64) -> String {
    match kind {
        Kind::Proportion | Kind::Decile => format!("{:.0}%", value * 100.0),
        Kind::Rate { .. } => format!("{value:.1}"),
        other => show(other, value),
    }
}

/// A whole number with thousands separated: 1,144,903.
pub fn grouped(value: f64) -> String {
    let digits = format!("{:.0}", value.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if value < -0.5 { format!("-{out}") } else { out }
}

/// A summary as one number for maps and comparisons: a proportion or rate's value, a score, and for deprivation
/// the share of people in the most deprived tenth of England.
pub fn headline(summary: &Summary) -> Option<f64> {
    match summary {
        Summary::Figure(Figure::Shown(e)) => Some(e.value),
        Summary::Value(v) => Some(*v),
        Summary::Deciles(shares) => Some(shares[0]),
        Summary::Figure(Figure::Suppressed) | Summary::NotSummed => None,
    }
}

fn interval_of(summary: &Summary) -> Option<Interval> {
    match summary {
        Summary::Figure(Figure::Shown(Estimate { interval, .. })) => Some(*interval),
        Summary::Value(v) => Some(Interval { low: *v, high: *v }),
        Summary::Deciles(shares) => Some(Interval { low: shares[0], high: shares[0] }),
        _ => None,
    }
}

/// The summary as text, with its unit; deprivation as the share in the most deprived tenth.
pub fn summary_text(kind: Kind, summary: &Summary) -> String {
    match summary {
        Summary::Figure(Figure::Suppressed) => "Fewer than 5: not shown".into(),
        Summary::NotSummed => "Not summed (a rank)".into(),
        Summary::Deciles(shares) => format!("{:.1}% in the most deprived tenth", shares[0] * 100.0),
        other => headline(other).map(|v| show(kind, v)).unwrap_or_default(),
    }
}

/// One indicator on a ward's profile.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileLine {
    pub key: String,
    pub title: String,
    pub value: String,
    /// "21.0% to 25.9%", for a proportion or a rate shown.
    pub interval: Option<String>,
    pub city: Option<String>,
    pub england: Option<String>,
    /// "Higher than the city average", "About the same as England".
    pub against_city: Option<String>,
    pub against_england: Option<String>,
    pub source: String,
    pub vintage: String,
    pub licence: String,
    pub age: String,
    pub geography: &'static str,
}

/// One deprivation domain on a ward's profile: the share of people in each national decile.
#[derive(Debug, Clone, Serialize)]
pub struct DomainLine {
    pub key: String,
    pub title: String,
    /// Percentages, decile 1 (most deprived) first.
    pub ward: Vec<f64>,
    pub city: Vec<f64>,
    /// Where each decile's bar starts and how wide it is, out of 100.
    pub bars: Vec<(f64, f64)>,
    pub most_deprived: String,
    pub against_city: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Topic {
    pub name: String,
    pub lines: Vec<ProfileLine>,
}

/// A ward's profile: its population, deprivation by domain, and every other indicator against the city and England.
#[derive(Debug, Clone, Serialize)]
pub struct WardProfile {
    pub code: String,
    pub name: String,
    pub population: Option<String>,
    /// Where the population comes from: the population indicator's vintage ("Census 2021").
    pub population_source: Option<String>,
    pub weights: Weights,
    pub deprivation: Vec<DomainLine>,
    pub topics: Vec<Topic>,
    /// The sources and licences the figures carry, each once.
    pub sources: Vec<(String, String)>,
}

/// A ward's profile (public).
pub async fn profile(app: &App, ward: &WardCode) -> Result<WardProfile> {
    let places = app.places();
    let w = places.ward(ward).ok_or(AppError::NotFound)?;
    let intelligence = intelligence(app).await?;
    let today = app.today();
    let mut deprivation = Vec::new();
    let mut topics: Vec<Topic> = Vec::new();
    let mut sources: Vec<(String, String)> = Vec::new();
    for indicator in &intelligence.indicators {
        let meta = &indicator.meta;
        let Some(summary) = indicator.wards.get(ward) else { continue };
        if !sources.iter().any(|(s, _)| *s == meta.source) {
            sources.push((meta.source.clone(), meta.licence.clone()));
        }
        if let (Summary::Deciles(shares), Some(Summary::Deciles(city))) = (summary, &indicator.city) {
            let mut from = 0.0;
            let bars = shares
                .iter()
                .map(|s| {
                    let bar = (from, s * 100.0);
                    from += s * 100.0;
                    bar
                })
                .collect();
            deprivation.push(DomainLine {
                key: meta.key.clone(),
                title: meta.title.clone(),
                ward: shares.iter().map(|s| s * 100.0).collect(),
                city: city.iter().map(|s| s * 100.0).collect(),
                bars,
                most_deprived: format!("{:.1}%", shares[0] * 100.0),
                against_city: Comparison::of(
                    &Interval { low: shares[0], high: shares[0] },
                    &Interval { low: city[0], high: city[0] },
                )
                .words(Polarity::Neither, "the city")
                .replace("Higher than", "More of its people in the most deprived tenth than")
                .replace("Lower than", "Fewer of its people in the most deprived tenth than"),
            });
            continue;
        }
        if meta.kind == Kind::Rank || meta.key == LSOA_POPULATION {
            continue;
        }
        // Better or worse only where intervals tell the difference from chance; a score has none, so it is said
        // to be higher or lower.
        let polarity = if matches!(summary, Summary::Figure(_)) { meta.polarity } else { Polarity::Neither };
        let against = |other: &Option<Summary>, what: &str| {
            // A count is not compared: the city's is the sum of its wards'.
            if meta.kind == Kind::Count {
                return None;
            }
            let (mine, theirs) = (interval_of(summary)?, interval_of(other.as_ref()?)?);
            Some(Comparison::of(&mine, &theirs).words(polarity, what))
        };
        let interval = match summary {
            Summary::Figure(Figure::Shown(e)) => {
                Some(format!("{} to {}", show(meta.kind, e.interval.low), show(meta.kind, e.interval.high)))
            }
            _ => None,
        };
        let line = ProfileLine {
            key: meta.key.clone(),
            title: meta.title.clone(),
            value: summary_text(meta.kind, summary),
            interval,
            city: indicator.city.as_ref().map(|s| summary_text(meta.kind, s)),
            england: indicator.england.as_ref().map(|s| summary_text(meta.kind, s)),
            against_city: against(&indicator.city, "the city average"),
            against_england: against(&indicator.england, "England"),
            source: meta.source.clone(),
            vintage: meta.vintage.clone(),
            licence: meta.licence.clone(),
            age: age_words(meta.published_on, today),
            geography: meta.geography.as_str(),
        };
        match topics.iter_mut().find(|t| t.name == meta.topic) {
            Some(topic) => topic.lines.push(line),
            None => topics.push(Topic { name: meta.topic.clone(), lines: vec![line] }),
        }
    }
    Ok(WardProfile {
        code: w.code.to_string(),
        name: w.name.clone(),
        population: intelligence.ward_population.get(ward).map(|p| grouped(*p)),
        population_source: [POPULATION, LSOA_POPULATION]
            .iter()
            .find_map(|key| intelligence.indicator(key))
            .map(|i| i.meta.vintage.clone()),
        weights: intelligence.weights,
        deprivation,
        topics,
        sources,
    })
}

/// The areas a map or a data file is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Wards,
    Lsoas,
}

impl TryFrom<&str> for Level {
    type Error = String;
    fn try_from(s: &str) -> std::result::Result<Self, String> {
        match s {
            "wards" | "" => Ok(Level::Wards),
            "lsoas" => Ok(Level::Lsoas),
            other => Err(format!("{other:?} is not a level: wards or lsoas")),
        }
    }
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Wards => "wards",
            Level::Lsoas => "lsoas",
        }
    }
}

/// One area's figure on a map or in a data file.
#[derive(Debug, Clone, Serialize)]
pub struct AreaFigure {
    pub code: String,
    pub name: String,
    /// The number mapped (a proportion as a fraction; deprivation as the share in the most deprived tenth).
    pub value: Option<f64>,
    pub denominator: Option<f64>,
    pub text: String,
    /// The value alone, short enough to write on a map ("40.0%").
    pub short: String,
    /// Its class on the map, 0 the lowest.
    pub class: Option<usize>,
}

/// An indicator's figures for every area of a level, as a map and the open data files show them.
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    pub key: String,
    pub title: String,
    pub topic: String,
    pub kind: &'static str,
    pub polarity: &'static str,
    pub level: Level,
    /// What the mapped number is, in words.
    pub measure: String,
    pub source: String,
    pub vintage: String,
    pub published_on: String,
    pub licence: String,
    pub boundaries: String,
    pub areas: Vec<AreaFigure>,
    /// Each class's range as text and how many areas it holds.
    pub legend: Vec<(String, usize)>,
}

/// Whether an indicator can be shown at a level: ranks only on LSOAs, ward values never on LSOAs.
fn shown_at(meta: &StoredIndicator, level: Level) -> bool {
    match level {
        Level::Wards => meta.kind != Kind::Rank,
        Level::Lsoas => meta.geography == Geography::Lsoa,
    }
}

/// An indicator's figures for each ward or LSOA (public); not found for a level it cannot be shown at.
pub async fn figures(app: &App, key: &str, level: Level) -> Result<Figures> {
    let intelligence = intelligence(app).await?;
    let indicator = intelligence.indicator(key).ok_or(AppError::NotFound)?;
    let meta = &indicator.meta;
    if !shown_at(meta, level) {
        return Err(AppError::NotFound);
    }
    let places = app.places();
    let mut areas: Vec<AreaFigure> = match level {
        Level::Wards => places
            .wards()
            .iter()
            .map(|w| {
                let summary = indicator.wards.get(&w.code);
                AreaFigure {
                    code: w.code.to_string(),
                    name: w.name.clone(),
                    value: summary.and_then(headline),
                    denominator: None,
                    text: summary.map_or_else(|| "No value".into(), |s| summary_text(meta.kind, s)),
                    short: summary.and_then(headline).map(|v| short(meta.kind, v)).unwrap_or_default(),
                    class: None,
                }
            })
            .collect(),
        Level::Lsoas => places
            .lsoas()
            .iter()
            .map(|l| {
                // A count of people or events under five is not shown for a small area either, nor its denominator.
                let counted = matches!(meta.kind, Kind::Count | Kind::Proportion | Kind::Rate { .. });
                let raw = indicator.values.get(&l.code).copied();
                let suppressed =
                    counted && raw.is_some_and(|(v, _)| v < kith_core::intelligence::SUPPRESS_BELOW as f64);
                if suppressed {
                    return AreaFigure {
                        code: l.code.clone(),
                        name: l.name.clone(),
                        value: None,
                        denominator: None,
                        text: "Fewer than 5: not shown".into(),
                        short: String::new(),
                        class: None,
                    };
                }
                let value = raw;
                let mapped = value.map(|(v, d)| match (meta.kind, d) {
                    (Kind::Proportion, Some(d)) => v / d,
                    (Kind::Rate { per }, Some(d)) => v / d * f64::from(per),
                    _ => v,
                });
                AreaFigure {
                    code: l.code.clone(),
                    name: l.name.clone(),
                    value: mapped,
                    denominator: value.and_then(|(_, d)| d),
                    text: mapped.map_or_else(|| "No value".into(), |v| show(meta.kind, v)),
                    // An LSOA's decile is the decile itself, not a share.
                    short: mapped
                        .map(|v| if meta.kind == Kind::Decile { show(meta.kind, v) } else { short(meta.kind, v) })
                        .unwrap_or_default(),
                    class: None,
                }
            })
            .collect(),
    };
    let decile_map = meta.kind == Kind::Decile && level == Level::Lsoas;
    let classes = if decile_map {
        Some(Classes::of_deciles())
    } else {
        Classes::of(&areas.iter().filter_map(|a| a.value).collect::<Vec<_>>())
    };
    let mut legend = Vec::new();
    if let Some(classes) = &classes {
        for area in &mut areas {
            area.class = area.value.map(|v| classes.class_of(v));
        }
        let unit = |v: f64| match (meta.kind, level) {
            (Kind::Decile, Level::Wards) => format!("{:.1}%", v * 100.0),
            (Kind::Decile, Level::Lsoas) => format!("{v:.0}"),
            _ => show(meta.kind, v),
        };
        for (i, (low, high)) in classes.ranges().into_iter().enumerate() {
            let count = areas.iter().filter(|a| a.class == Some(i)).count();
            let range = if decile_map {
                format!("Deciles {low:.0} to {high:.0}")
            } else {
                format!("{} to {}", unit(low), unit(high))
            };
            legend.push((range, count));
        }
    }
    debug_assert!(legend.len() <= CLASSES);
    let measure = match (meta.kind, level) {
        (Kind::Decile, Level::Wards) => "Share of people living in the most deprived tenth of England".to_owned(),
        (Kind::Decile, Level::Lsoas) => "National decile (1 is the most deprived tenth)".to_owned(),
        _ => meta.title.clone(),
    };
    Ok(Figures {
        key: meta.key.clone(),
        title: meta.title.clone(),
        topic: meta.topic.clone(),
        kind: meta.kind.as_str(),
        polarity: meta.polarity.as_str(),
        level,
        measure,
        source: meta.source.clone(),
        vintage: meta.vintage.clone(),
        published_on: meta.published_on.to_string(),
        licence: meta.licence.clone(),
        boundaries: match level {
            Level::Wards => "Wards 2022".to_owned(),
            Level::Lsoas => meta.boundaries.clone(),
        },
        areas,
        legend,
    })
}

/// One indicator in the list of them.
#[derive(Debug, Clone, Serialize)]
pub struct Listed {
    pub key: String,
    pub title: String,
    pub topic: String,
    pub geography: &'static str,
    pub on_wards: bool,
    pub on_lsoas: bool,
    pub source: String,
    pub vintage: String,
    pub licence: String,
}

/// Every indicator, in topic order (public).
pub async fn list(app: &App) -> Result<Vec<Listed>> {
    let intelligence = intelligence(app).await?;
    Ok(intelligence
        .indicators
        .iter()
        .map(|i| Listed {
            key: i.meta.key.clone(),
            title: i.meta.title.clone(),
            topic: i.meta.topic.clone(),
            geography: i.meta.geography.as_str(),
            on_wards: shown_at(&i.meta, Level::Wards),
            on_lsoas: shown_at(&i.meta, Level::Lsoas),
            source: i.meta.source.clone(),
            vintage: i.meta.vintage.clone(),
            licence: i.meta.licence.clone(),
        })
        .collect())
}

/// An area drawn on a choropleth.
#[derive(Debug, Clone, Serialize)]
pub struct MapArea {
    pub code: String,
    pub name: String,
    pub path: String,
    pub class: Option<usize>,
    pub text: String,
    pub short: String,
    /// Where its value is written on the map (wards only: LSOAs are too small to label).
    pub label: Option<(f64, f64)>,
}

/// A choropleth of an indicator: the drawing's frame, each area's path and class, and the figures beside it.
#[derive(Debug, Clone, Serialize)]
pub struct Choropleth {
    pub view_box: String,
    pub areas: Vec<MapArea>,
    pub figures: Figures,
}

/// An indicator's choropleth across wards or LSOAs (public), drawn in the city map's frame.
pub async fn choropleth(app: &App, key: &str, level: Level) -> Result<Choropleth> {
    let figures = figures(app, key, level).await?;
    let places = app.places();
    let map = match level {
        Level::Wards => places.city_map(),
        Level::Lsoas => places.lsoa_map(),
    }
    .ok_or(AppError::NotFound)?;
    let by_code: HashMap<&str, &AreaFigure> = figures.areas.iter().map(|a| (a.code.as_str(), a)).collect();
    let areas = map
        .wards
        .iter()
        .map(|drawn| {
            let figure = by_code.get(drawn.code.as_str());
            let label = match level {
                Level::Wards => WardCode::parse(&drawn.code)
                    .ok()
                    .and_then(|c| places.ward(&c))
                    .and_then(|w| places.on_city_map(w.centre))
                    .filter(|_| figure.is_some_and(|f| f.value.is_some())),
                Level::Lsoas => None,
            };
            MapArea {
                code: drawn.code.clone(),
                name: drawn.name.clone(),
                path: drawn.path.clone(),
                class: figure.and_then(|f| f.class),
                text: figure.map_or_else(|| "No value".into(), |f| f.text.clone()),
                short: figure.map(|f| f.short.clone()).unwrap_or_default(),
                label,
            }
        })
        .collect();
    Ok(Choropleth { view_box: map.view_box.clone(), areas, figures })
}

/// An indicator's figures as GeoJSON (public): a feature per area with its boundary, value and text.
pub async fn geojson(app: &App, key: &str, level: Level) -> Result<serde_json::Value> {
    let figures = figures(app, key, level).await?;
    let places = app.places();
    let geometries: HashMap<String, serde_json::Value> = match level {
        Level::Wards => places.wards().iter().map(|w| (w.code.to_string(), w.boundary.to_geojson())).collect(),
        Level::Lsoas => places
            .lsoa_geometries()
            .filter_map(|(l, g)| Some((l.code.clone(), serde_json::from_str(g?).ok()?)))
            .collect(),
    };
    let features: Vec<serde_json::Value> = figures
        .areas
        .iter()
        .map(|a| {
            serde_json::json!({
                "type": "Feature",
                "properties": { "code": a.code, "name": a.name, "value": a.value, "denominator": a.denominator, "text": a.text },
                "geometry": geometries.get(&a.code),
            })
        })
        .collect();
    Ok(serde_json::json!({
        "type": "FeatureCollection",
        "name": figures.key,
        "title": figures.title,
        "measure": figures.measure,
        "source": figures.source,
        "vintage": figures.vintage,
        "licence": figures.licence,
        "boundaries": figures.boundaries,
        "features": features,
    }))
}

/// An indicator's figures as CSV (public): code, name, value, denominator and the value as text, with the
/// source and licence in the file's name and in the JSON beside it.
pub async fn csv(app: &App, key: &str, level: Level) -> Result<String> {
    let figures = figures(app, key, level).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let internal = |e: csv::Error| AppError::Internal(e.to_string());
    out.write_record(["code", "name", "value", "denominator", "text"]).map_err(internal)?;
    for a in &figures.areas {
        let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        out.write_record([&a.code, &a.name, &number(a.value), &number(a.denominator), &a.text]).map_err(internal)?;
    }
    String::from_utf8(out.into_inner().map_err(|e| AppError::Internal(e.to_string()))?)
        .map_err(|e| AppError::Internal(e.to_string()))
}
