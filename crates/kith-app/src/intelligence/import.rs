//! `kith import indicators`: a file of values by area (LSOA or ward, as its code column's header says) and a file
//! about them (one row per indicator: the column it is in, its title, topic, kind, polarity, source, vintage,
//! publication date, licence and boundaries), checked whole and landed in one transaction or not at all. A wrong
//! code, a missing column or a value that is not a number names the file, the line and the problem.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use kith_core::intelligence::Polarity;
use kith_core::intelligence::indicators::{Geography, Kind, check_value};
use kith_store::intelligence::{StoredIndicator, StoredValue};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use crate::places::import::{ImportError, InputFile, csv_records as records, refuse};
use crate::{Actor, App};

/// England's code: a row with it gives England's value of each indicator, to compare against.
pub const ENGLAND: &str = "E92000001";

/// The most indicators one import may bring, and the longest key and title.
pub const MAX_INDICATORS: usize = 500;
const MAX_KEY: usize = 60;
const MAX_TEXT: usize = 300;

/// What to import: the values, the file about them, and for values on 2011 LSOAs the best-fit lookup from those
/// to the city's wards (`lsoa11_code`/`LSOA11CD` and `ward_code`/`WDnnCD`).
#[derive(Debug, Clone)]
pub struct IndicatorFiles {
    pub values: InputFile,
    pub about: InputFile,
    pub lookup: Option<InputFile>,
}

/// What an import did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct IndicatorReport {
    pub indicators: usize,
    pub areas: usize,
    pub values: usize,
}

/// Reads and checks both files, then lands every indicator in one transaction and forgets the profiles made before.
pub async fn import_indicators(
    app: &App,
    actor: &Actor,
    files: &IndicatorFiles,
) -> Result<IndicatorReport, ImportError> {
    let at = app.now();
    let places = app.places();
    let areas = Areas {
        lsoas: places.lsoas().iter().map(|l| l.code.as_str()).collect(),
        wards: places.wards().iter().map(|w| w.code.as_str()).collect(),
    };
    let indicators = read(files, &areas, at)?;
    // A key names one indicator everywhere (its map, its files, the need it measures): not two geographies.
    let held = super::intelligence(app).await.map_err(|e| refuse(&files.values, "reading", e.to_string()))?;
    for (i, _) in &indicators {
        if let Some(other) = held.indicator(&i.key).filter(|o| o.meta.geography != i.geography) {
            return Err(refuse(
                &files.about,
                "the file",
                format!(
                    "key {} is already an indicator on {}; give this one a key of its own",
                    i.key,
                    other.meta.geography.as_str()
                ),
            ));
        }
    }
    let report = IndicatorReport {
        indicators: indicators.len(),
        areas: indicators
            .iter()
            .flat_map(|(_, v)| v.iter().map(|v| v.area_code.as_str()))
            .collect::<HashSet<_>>()
            .len(),
        values: indicators.iter().map(|(_, v)| v.len()).sum(),
    };
    let keys: Vec<&str> = indicators.iter().map(|(i, _)| i.key.as_str()).collect();
    let entry = actor.entry(
        at,
        "indicators.imported",
        "indicators",
        files.values.name.as_str(),
        json!({
            "keys": keys, "values": report.values,
        }),
    );
    app.store
        .import_indicators(&indicators, &entry)
        .await
        .map_err(|e| refuse(&files.values, "saving", e.to_string()))?;
    app.intelligence.forget_all();
    app.gaps.forget_all();
    Ok(report)
}

/// The areas a city has, that a file's codes must name.
pub struct Areas<'a> {
    pub lsoas: HashSet<&'a str>,
    pub wards: HashSet<&'a str>,
}

/// One row of the file about the indicators.
struct About {
    key: String,
    column: usize,
    denominator: Option<usize>,
    title: String,
    topic: String,
    kind: Kind,
    polarity: Polarity,
    source: String,
    vintage: String,
    published_on: NaiveDate,
    licence: String,
    boundaries: String,
}

/// Reads both files into indicators without touching the store.
pub fn read(
    files: &IndicatorFiles,
    areas: &Areas<'_>,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<(StoredIndicator, Vec<StoredValue>)>, ImportError> {
    let (headers, rows) = records(&files.values)?;
    let (code_at, geography) = code_column(&files.values, &headers)?;
    let abouts = read_about(&files.about, &headers, geography)?;
    let lookup = match (geography, &files.lookup) {
        (Geography::Lsoa2011, Some(file)) => read_lookup(file, &areas.wards)?,
        (Geography::Lsoa2011, None) => {
            return Err(refuse(
                &files.values,
                "line 1",
                "values on 2011 LSOAs need the lookup from 2011 LSOAs to wards",
            ));
        }
        _ => HashMap::new(),
    };
    let lookup_codes: HashSet<&str> = lookup.keys().map(String::as_str).collect();
    let known = match geography {
        Geography::Lsoa => &areas.lsoas,
        Geography::Lsoa2011 => &lookup_codes,
        Geography::Ward => &areas.wards,
    };
    let mut values: Vec<Vec<StoredValue>> = vec![Vec::new(); abouts.len()];
    let mut england: Vec<Option<(f64, Option<f64>)>> = vec![None; abouts.len()];
    let mut seen = HashSet::new();
    for (line, record) in &rows {
        let place = format!("line {line}");
        let code = record.get(code_at).unwrap_or_default().trim();
        if code != ENGLAND && !known.contains(code) {
            let what = match geography {
                Geography::Lsoa => "an LSOA of the city's lookup",
                Geography::Lsoa2011 => "a 2011 LSOA of the lookup given",
                Geography::Ward => "a ward of the city",
            };
            return Err(refuse(&files.values, place, format!("{code:?} is not {what} (nor England, {ENGLAND})")));
        }
        if !seen.insert(code) {
            return Err(refuse(&files.values, place, format!("{code} appears twice")));
        }
        for (n, about) in abouts.iter().enumerate() {
            let number = |at: usize| -> Result<Option<f64>, ImportError> {
                let text = record.get(at).unwrap_or_default().trim();
                if text.is_empty() {
                    return Ok(None);
                }
                text.replace(',', "")
                    .parse::<f64>()
                    .map(Some)
                    .map_err(|_| refuse(&files.values, &place, format!("{}: {text:?} is not a number", &headers[at])))
            };
            let Some(value) = number(about.column)? else { continue };
            let denominator = about.denominator.map(number).transpose()?.flatten();
            check_value(about.kind, value, denominator)
                .map_err(|p| refuse(&files.values, &place, format!("{}: {value} {p}", &headers[about.column])))?;
            if code == ENGLAND {
                england[n] = Some((value, denominator));
            } else {
                let ward_code = lookup.get(code).cloned();
                values[n].push(StoredValue { area_code: code.to_owned(), value, denominator, ward_code });
            }
        }
    }
    Ok(abouts
        .into_iter()
        .zip(values)
        .zip(england)
        .enumerate()
        .map(|(position, ((a, values), england))| {
            let indicator = StoredIndicator {
                id: Uuid::new_v4(),
                key: a.key,
                geography,
                title: a.title,
                topic: a.topic,
                kind: a.kind,
                polarity: a.polarity,
                source: a.source,
                vintage: a.vintage,
                published_on: a.published_on,
                licence: a.licence,
                boundaries: a.boundaries,
                england,
                position: position as i64,
                imported_at: at,
            };
            (indicator, values)
        })
        .collect())
}

/// The column of area codes and the geography its header names: an LSOA code (`lsoa21_code`, `LSOA21CD`) or a
/// ward's (`ward_code`, `WD22CD`).
fn code_column(file: &InputFile, headers: &csv::StringRecord) -> Result<(usize, Geography), ImportError> {
    let ons = |h: &str, prefix: &str| {
        let h = h.to_ascii_uppercase();
        h.len() == prefix.len() + 4
            && h.starts_with(prefix)
            && h.ends_with("CD")
            && h[prefix.len()..prefix.len() + 2].bytes().all(|b| b.is_ascii_digit())
    };
    for (i, h) in headers.iter().enumerate() {
        let lower = h.trim().to_ascii_lowercase();
        if matches!(lower.as_str(), "lsoa_code" | "lsoa21_code" | "lsoa11_code") || ons(h.trim(), "LSOA") {
            let vintage = if lower.contains("11") { Geography::Lsoa2011 } else { Geography::Lsoa };
            return Ok((i, vintage));
        }
        if lower == "ward_code" || ons(h.trim(), "WD") {
            return Ok((i, Geography::Ward));
        }
    }
    Err(refuse(
        file,
        "line 1",
        "no column of area codes (such as lsoa21_code, LSOA21CD, lsoa11_code, ward_code or WD22CD)",
    ))
}

/// The best-fit lookup from 2011 LSOAs to the city's wards: code to ward, each ward one of the city's.
fn read_lookup(file: &InputFile, wards: &HashSet<&str>) -> Result<HashMap<String, String>, ImportError> {
    let (headers, rows) = records(file)?;
    let at = |names: &[&str], prefix: &str| {
        headers.iter().position(|h| {
            let h = h.trim();
            names.iter().any(|n| h.eq_ignore_ascii_case(n))
                || (h.len() == prefix.len() + 4 && h.to_ascii_uppercase().starts_with(prefix) && h.ends_with("CD"))
        })
    };
    let code_at = at(&["lsoa11_code"], "LSOA11").ok_or_else(|| refuse(file, "line 1", "no lsoa11_code column"))?;
    let ward_at = at(&["ward_code"], "WD").ok_or_else(|| refuse(file, "line 1", "no ward_code column"))?;
    let mut lookup = HashMap::new();
    for (line, record) in &rows {
        let code = record.get(code_at).unwrap_or_default().trim();
        let ward = record.get(ward_at).unwrap_or_default().trim();
        kith_core::places::LsoaCode::parse(code).map_err(|e| refuse(file, format!("line {line}"), e.to_string()))?;
        if !wards.contains(ward) {
            return Err(refuse(file, format!("line {line}"), format!("{ward:?} is not a ward of the city")));
        }
        if lookup.insert(code.to_owned(), ward.to_owned()).is_some() {
            return Err(refuse(file, format!("line {line}"), format!("{code} appears twice")));
        }
    }
    Ok(lookup)
}

/// The columns the file about the indicators must have, and the two it may.
const ABOUT_COLUMNS: [&str; 11] = [
    "key",
    "column",
    "title",
    "topic",
    "kind",
    "source",
    "vintage",
    "published_on",
    "licence",
    "boundaries",
    "polarity",
];

fn read_about(
    file: &InputFile,
    value_headers: &csv::StringRecord,
    geography: Geography,
) -> Result<Vec<About>, ImportError> {
    let (headers, rows) = records(file)?;
    let at = |name: &str| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let mut columns = HashMap::new();
    for name in ABOUT_COLUMNS {
        let i = at(name).ok_or_else(|| refuse(file, "line 1", format!("no {name} column")))?;
        columns.insert(name, i);
    }
    let denominator_at = at("denominator");
    if rows.is_empty() {
        return Err(refuse(file, "the file", "it describes no indicators"));
    }
    if rows.len() > MAX_INDICATORS {
        return Err(refuse(
            file,
            "the file",
            format!("it describes {} indicators; at most {MAX_INDICATORS}", rows.len()),
        ));
    }
    let value_column = |name: &str| value_headers.iter().position(|h| h.trim() == name);
    let mut keys = HashSet::new();
    rows.iter()
        .map(|(line, record)| {
            let place = format!("line {line}");
            let field = |name: &str| record.get(columns[name]).unwrap_or_default().trim().to_owned();
            let text = |name: &str, max: usize| {
                let value = field(name);
                if value.is_empty() || value.chars().count() > max {
                    Err(refuse(file, &place, format!("{name} must be given, in at most {max} characters")))
                } else {
                    Ok(value)
                }
            };
            let key = text("key", MAX_KEY)?;
            if !key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
                return Err(refuse(file, &place, format!("key {key:?} may hold only a-z, 0-9 and _")));
            }
            if !keys.insert(key.clone()) {
                return Err(refuse(file, &place, format!("key {key} appears twice")));
            }
            let column_name = text("column", MAX_TEXT)?;
            let column = value_column(&column_name).ok_or_else(|| {
                refuse(file, &place, format!("column {column_name:?} is not in {}", "the values file"))
            })?;
            let kind = Kind::try_from(field("kind").as_str()).map_err(|e| refuse(file, &place, e))?;
            let denominator = match denominator_at.map(|i| record.get(i).unwrap_or_default().trim()) {
                Some(name) if !name.is_empty() => Some(value_column(name).ok_or_else(|| {
                    refuse(file, &place, format!("denominator column {name:?} is not in the values file"))
                })?),
                _ => None,
            };
            if kind.needs_denominator() && denominator.is_none() {
                return Err(refuse(file, &place, format!("a {} needs a denominator column", kind.as_str())));
            }
            if kind == Kind::Rank && geography != Geography::Lsoa {
                return Err(refuse(file, &place, "ranks are shown on the map of 2021 LSOAs only; give them on those"));
            }
            let published = text("published_on", 10)?;
            let published_on = NaiveDate::parse_from_str(&published, "%Y-%m-%d")
                .ok()
                .filter(|d| (1900..2200).contains(&chrono::Datelike::year(d)))
                .ok_or_else(|| {
                    refuse(file, &place, format!("published_on {published:?} is not a date (YYYY-MM-DD)"))
                })?;
            Ok(About {
                key,
                column,
                denominator,
                title: text("title", MAX_TEXT)?,
                topic: text("topic", 100)?,
                kind,
                polarity: match field("polarity").as_str() {
                    "" => Polarity::Neither,
                    text => Polarity::try_from(text).map_err(|e| refuse(file, &place, e))?,
                },
                source: text("source", MAX_TEXT)?,
                vintage: text("vintage", 100)?,
                published_on,
                licence: text("licence", MAX_TEXT)?,
                boundaries: text("boundaries", 100)?,
            })
        })
        .collect()
}
