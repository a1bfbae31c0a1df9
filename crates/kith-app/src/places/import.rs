//! `kith import places`: reads a city's ward boundaries (GeoJSON), its postcodes (CSV), an LSOA-to-ward lookup
//! (CSV), local authority names (CSV) and neighbourhoods (CSV), checks every record, and lands them whole or not
//! at all. The column and property names of the ONS and Code-Point files are recognised, so the files of any city
//! work as published.

use std::collections::{HashMap, HashSet};

use kith_core::places::{AuthorityCode, LsoaCode, Postcode, WardCode};
use kith_geo::{Boundary, BoundaryIndex};
use kith_store::places::{Authority, LsoaRow, PlacesImport, PostcodeRow};
use serde::Serialize;
use serde_json::json;

use crate::{Actor, App};

/// A named input file and its contents.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What to import.
#[derive(Debug, Clone)]
pub struct PlacesFiles {
    /// The name of this set of boundaries, such as "2022".
    pub generation: String,
    pub authority: AuthorityCode,
    /// The council's name; if absent it is read from the wards file's `LADnnNM` property or the authorities file.
    pub authority_name: Option<String>,
    pub make_current: bool,
    pub wards: InputFile,
    pub postcodes: Option<InputFile>,
    pub lsoas: Option<InputFile>,
    /// The LSOAs' boundaries (GeoJSON, `LSOA21CD` or `code`), for the small-area maps; needs `lsoas`.
    pub lsoa_boundaries: Option<InputFile>,
    pub authorities: Option<InputFile>,
    pub neighbourhoods: Option<InputFile>,
}

/// What an import did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct ImportReport {
    pub wards: usize,
    pub postcodes_in_city: usize,
    pub postcodes_outside_city: usize,
    /// In-city postcodes whose recorded ward was not one of the imported wards, placed by their coordinates.
    pub postcodes_placed_by_position: usize,
    pub lsoas: usize,
    pub neighbourhoods: usize,
}

/// Why an import was refused: the file, where in it, and what is wrong. Nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {location}: {problem}. Nothing was imported.")]
pub struct ImportError {
    pub file: String,
    pub location: String,
    pub problem: String,
}

pub(crate) fn refuse(file: &InputFile, location: impl Into<String>, problem: impl Into<String>) -> ImportError {
    ImportError { file: file.name.clone(), location: location.into(), problem: problem.into() }
}

/// Reads and checks every file, then lands them in one transaction and reloads the places.
pub async fn import_places(app: &App, actor: &Actor, files: &PlacesFiles) -> Result<ImportReport, ImportError> {
    let (import, report) = read(files)?;
    let at = app.now();
    let entry = actor.entry(at, "places.imported", "ward_generation", &files.generation, json!(report));
    let store_error = |e: kith_store::StoreError| ImportError {
        file: files.wards.name.clone(),
        location: "saving".into(),
        problem: e.to_string(),
    };
    app.store.import_places(&import, at, &entry).await.map_err(store_error)?;
    app.reload_places().await.map_err(|e| ImportError {
        file: files.wards.name.clone(),
        location: "loading".into(),
        problem: e.to_string(),
    })?;
    Ok(report)
}

/// Reads the files into an import without touching the store.
pub fn read(files: &PlacesFiles) -> Result<(PlacesImport, ImportReport), ImportError> {
    let mut report = ImportReport::default();
    let (wards, lad_name) = read_wards(&files.wards)?;
    report.wards = wards.len();
    let ward_codes: HashMap<&str, usize> = wards.iter().enumerate().map(|(i, (c, _, _))| (c.as_str(), i)).collect();

    let mut authorities = match &files.authorities {
        Some(file) => read_authorities(file)?,
        None => Vec::new(),
    };
    let authority_name = files
        .authority_name
        .clone()
        .or(lad_name)
        .or_else(|| authorities.iter().find(|a| a.code == files.authority.as_str()).map(|a| a.name.clone()))
        .unwrap_or_else(|| files.authority.to_string());
    if !authorities.iter().any(|a| a.code == files.authority.as_str()) {
        authorities.push(Authority { code: files.authority.to_string(), name: authority_name.clone() });
    }

    let postcodes = match &files.postcodes {
        Some(file) => {
            let boundaries: Vec<&Boundary> = wards.iter().map(|(_, _, b)| b).collect();
            let index = BoundaryIndex::new(boundaries.iter().copied());
            let rows = read_postcodes(file, files.authority.as_str(), &ward_codes, &index, &wards, &mut report)?;
            Some(rows)
        }
        None => None,
    };
    let mut lsoas = files.lsoas.as_ref().map(|f| read_lsoas(f, &ward_codes)).transpose()?;
    if let Some(file) = &files.lsoa_boundaries {
        let Some(lsoas) = lsoas.as_mut() else {
            return Err(refuse(file, "the file", "LSOA boundaries need the LSOA-to-ward lookup beside them"));
        };
        add_lsoa_boundaries(file, lsoas)?;
    }
    report.lsoas = lsoas.as_ref().map_or(0, Vec::len);
    let neighbourhoods = files.neighbourhoods.as_ref().map(|f| read_neighbourhoods(f, &ward_codes)).transpose()?;
    report.neighbourhoods = neighbourhoods.as_ref().map_or(0, Vec::len);

    let import = PlacesImport {
        generation: files.generation.clone(),
        authority_code: files.authority.to_string(),
        authority_name,
        make_current: files.make_current,
        wards: wards
            .into_iter()
            .map(|(code, name, boundary)| (code, name, boundary.to_geojson().to_string()))
            .collect(),
        authorities,
        postcodes,
        lsoas,
        neighbourhoods,
    };
    Ok((import, report))
}

/// A property whose name is one of `exact`, or has the ONS shape `prefix` + two digits + `suffix` (WD22CD).
fn ons_key<'a>(keys: impl Iterator<Item = &'a String>, exact: &[&str], prefix: &str, suffix: &str) -> Option<String> {
    let keys: Vec<&String> = keys.collect();
    keys.iter()
        .find(|k| exact.iter().any(|e| k.eq_ignore_ascii_case(e)))
        .or_else(|| {
            keys.iter().find(|k| {
                let k = k.to_ascii_uppercase();
                k.len() == prefix.len() + 2 + suffix.len()
                    && k.starts_with(prefix)
                    && k.ends_with(suffix)
                    && k[prefix.len()..prefix.len() + 2].bytes().all(|b| b.is_ascii_digit())
            })
        })
        .map(|k| (*k).clone())
}

type WardRecord = (String, String, Boundary);

/// A GeoJSON file's features, or the feature and the problem that stopped reading it.
fn features_of(file: &InputFile) -> Result<Vec<kith_geo::Feature>, ImportError> {
    let text =
        std::str::from_utf8(&file.bytes).map_err(|e| refuse(file, "the file", format!("not UTF-8 text ({e})")))?;
    kith_geo::read_features(text).map_err(|e| match e {
        kith_geo::GeoJsonError::Feature { index, problem } => refuse(file, format!("feature {index}"), problem),
        other => refuse(file, "the file", other.to_string()),
    })
}

fn read_wards(file: &InputFile) -> Result<(Vec<WardRecord>, Option<String>), ImportError> {
    let features = features_of(file)?;
    if features.is_empty() {
        return Err(refuse(file, "the file", "there are no ward features"));
    }
    let mut seen = HashSet::new();
    let mut lad_name = None;
    let mut wards = Vec::with_capacity(features.len());
    for (i, f) in features.into_iter().enumerate() {
        let at = format!("feature {}", i + 1);
        let code_key = ons_key(f.properties.keys(), &["code", "ward_code"], "WD", "CD")
            .ok_or_else(|| refuse(file, &at, "no ward code property (such as WD22CD or code)"))?;
        let name_key = ons_key(f.properties.keys(), &["name", "ward_name"], "WD", "NM")
            .ok_or_else(|| refuse(file, &at, "no ward name property (such as WD22NM or name)"))?;
        let code_text = f.text(&code_key).unwrap_or_default();
        let code = WardCode::parse(&code_text).map_err(|e| refuse(file, &at, e.to_string()))?;
        let name = f.text(&name_key).unwrap_or_default().trim().to_owned();
        if name.is_empty() {
            return Err(refuse(file, &at, format!("ward {code} has no name")));
        }
        if !seen.insert(code.clone()) {
            return Err(refuse(file, &at, format!("ward {code} appears twice")));
        }
        if lad_name.is_none() {
            lad_name = ons_key(f.properties.keys(), &[], "LAD", "NM").and_then(|k| f.text(&k));
        }
        wards.push((code.to_string(), name, f.boundary));
    }
    Ok((wards, lad_name))
}

/// Gives each LSOA of the lookup its boundary from `file`; a boundary for an LSOA the lookup lacks is refused.
fn add_lsoa_boundaries(file: &InputFile, lsoas: &mut [LsoaRow]) -> Result<(), ImportError> {
    let features = features_of(file)?;
    let at: HashMap<String, usize> = lsoas.iter().enumerate().map(|(i, l)| (l.code.clone(), i)).collect();
    for (i, f) in features.into_iter().enumerate() {
        let place = format!("feature {}", i + 1);
        let code_key = ons_key(f.properties.keys(), &["code", "lsoa_code"], "LSOA", "CD")
            .ok_or_else(|| refuse(file, &place, "no LSOA code property (such as LSOA21CD or code)"))?;
        let code = f.text(&code_key).unwrap_or_default();
        LsoaCode::parse(&code).map_err(|e| refuse(file, &place, e.to_string()))?;
        let n = *at.get(&code).ok_or_else(|| refuse(file, &place, format!("LSOA {code} is not in the lookup")))?;
        if lsoas[n].boundary.is_some() {
            return Err(refuse(file, &place, format!("LSOA {code} appears twice")));
        }
        lsoas[n].boundary = Some(f.boundary.to_geojson().to_string());
    }
    Ok(())
}

/// Reads a CSV file's header and records, naming the line of any problem.
pub(crate) fn csv_records(
    file: &InputFile,
) -> Result<(csv::StringRecord, Vec<(usize, csv::StringRecord)>), ImportError> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(file.bytes.as_slice());
    let headers =
        reader.headers().map_err(|e| refuse(file, "line 1", format!("cannot read the header ({e})")))?.clone();
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = record.map_err(|e| refuse(file, format!("line {line}"), csv_problem(&e)))?;
        rows.push((line, record));
    }
    Ok((headers, rows))
}

fn csv_problem(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("has {len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "is not UTF-8 text".into(),
        _ => e.to_string(),
    }
}

fn column(
    file: &InputFile,
    headers: &csv::StringRecord,
    exact: &[&str],
    prefix: &str,
    suffix: &str,
) -> Result<usize, ImportError> {
    let names: Vec<String> = headers.iter().map(str::to_owned).collect();
    let key = ons_key(names.iter(), exact, prefix, suffix)
        .ok_or_else(|| refuse(file, "line 1", format!("no {} column", exact.first().copied().unwrap_or(prefix))))?;
    Ok(names.iter().position(|n| *n == key).unwrap_or_default())
}

fn optional_column(headers: &csv::StringRecord, exact: &[&str], prefix: &str, suffix: &str) -> Option<usize> {
    let names: Vec<String> = headers.iter().map(str::to_owned).collect();
    ons_key(names.iter(), exact, prefix, suffix).and_then(|key| names.iter().position(|n| *n == key))
}

fn number(
    file: &InputFile,
    line: usize,
    what: &str,
    text: &str,
    range: std::ops::RangeInclusive<f64>,
) -> Result<f64, ImportError> {
    match text.trim().parse::<f64>() {
        Ok(v) if range.contains(&v) => Ok(v),
        _ => Err(refuse(
            file,
            format!("line {line}"),
            format!("{what} {text:?} is not a number from {} to {}", range.start(), range.end()),
        )),
    }
}

fn read_postcodes(
    file: &InputFile,
    city: &str,
    ward_codes: &HashMap<&str, usize>,
    index: &BoundaryIndex,
    wards: &[WardRecord],
    report: &mut ImportReport,
) -> Result<Vec<PostcodeRow>, ImportError> {
    let (headers, records) = csv_records(file)?;
    let postcode_at = column(file, &headers, &["postcode", "pcds", "pcd"], "", "")?;
    let lat_at = column(file, &headers, &["latitude", "lat"], "", "")?;
    let lng_at = column(file, &headers, &["longitude", "long", "lng"], "", "")?;
    let lad_at = optional_column(&headers, &["lad_code", "authority_code", "oslaua"], "LAD", "CD");
    let ward_at = optional_column(&headers, &["ward_code", "osward"], "WD", "CD");
    let lsoa_at =
        optional_column(&headers, &["lsoa_code", "lsoa21_code", "lsoa11_code", "lsoa21", "lsoa11"], "LSOA", "CD");

    let mut seen = HashSet::with_capacity(records.len());
    let mut rows = Vec::with_capacity(records.len());
    for (line, r) in records {
        let at = || format!("line {line}");
        let field = |i: usize| r.get(i).unwrap_or_default().trim();
        let postcode = Postcode::parse(field(postcode_at))
            .map_err(|e| refuse(file, at(), format!("{:?}: {e}", field(postcode_at))))?;
        if !seen.insert(postcode.clone()) {
            return Err(refuse(file, at(), format!("postcode {postcode} appears twice")));
        }
        let latitude = number(file, line, "latitude", field(lat_at), -90.0..=90.0)?;
        let longitude = number(file, line, "longitude", field(lng_at), -180.0..=180.0)?;
        let authority = lad_at.map(field).filter(|s| !s.is_empty());
        if let Some(code) = authority {
            AuthorityCode::parse(code).map_err(|e| refuse(file, at(), e.to_string()))?;
        }
        let lsoa_code = lsoa_at.map(field).filter(|s| !s.is_empty());
        if let Some(code) = lsoa_code {
            LsoaCode::parse(code).map_err(|e| refuse(file, at(), e.to_string()))?;
        }
        // The recorded ward where it is one of the city's; otherwise, for a postcode of this council or of
        // none recorded, the ward that holds its position.
        let recorded = ward_at.map(field).filter(|c| ward_codes.contains_key(c));
        let in_city = authority.is_none_or(|a| a == city);
        let ward_code = match recorded {
            Some(code) if in_city => Some(code.to_owned()),
            _ if in_city => {
                let placed = index.locate([longitude, latitude]).map(|i| wards[i].0.clone());
                if placed.is_some() {
                    report.postcodes_placed_by_position += 1;
                }
                placed
            }
            _ => None,
        };
        if ward_code.is_some() {
            report.postcodes_in_city += 1;
        } else {
            report.postcodes_outside_city += 1;
        }
        rows.push(PostcodeRow {
            postcode: postcode.to_string(),
            latitude,
            longitude,
            authority_code: authority.map(str::to_owned),
            ward_code,
            lsoa_code: lsoa_code.map(str::to_owned),
        });
    }
    Ok(rows)
}

fn read_lsoas(file: &InputFile, ward_codes: &HashMap<&str, usize>) -> Result<Vec<LsoaRow>, ImportError> {
    let (headers, records) = csv_records(file)?;
    let code_at = column(file, &headers, &["lsoa_code"], "LSOA", "CD")?;
    let name_at = column(file, &headers, &["lsoa_name"], "LSOA", "NM")?;
    let ward_at = column(file, &headers, &["ward_code"], "WD", "CD")?;
    let mut seen = HashSet::new();
    records
        .into_iter()
        .map(|(line, r)| {
            let field = |i: usize| r.get(i).unwrap_or_default().trim();
            let code =
                LsoaCode::parse(field(code_at)).map_err(|e| refuse(file, format!("line {line}"), e.to_string()))?;
            if !seen.insert(code.clone()) {
                return Err(refuse(file, format!("line {line}"), format!("LSOA {code} appears twice")));
            }
            let ward = field(ward_at);
            Ok(LsoaRow {
                code: code.to_string(),
                name: field(name_at).to_owned(),
                ward_code: ward_codes.contains_key(ward).then(|| ward.to_owned()),
                boundary: None,
            })
        })
        .collect()
}

fn read_authorities(file: &InputFile) -> Result<Vec<Authority>, ImportError> {
    let (headers, records) = csv_records(file)?;
    let code_at = column(file, &headers, &["code", "lad_code"], "LAD", "CD")?;
    let name_at = column(file, &headers, &["name", "lad_name"], "LAD", "NM")?;
    records
        .into_iter()
        .map(|(line, r)| {
            let code = AuthorityCode::parse(r.get(code_at).unwrap_or_default())
                .map_err(|e| refuse(file, format!("line {line}"), e.to_string()))?;
            let name = r.get(name_at).unwrap_or_default().trim().to_owned();
            if name.is_empty() {
                return Err(refuse(file, format!("line {line}"), "the name is empty"));
            }
            Ok(Authority { code: code.to_string(), name })
        })
        .collect()
}

type NeighbourhoodRecord = (String, String, Vec<String>);

/// Neighbourhoods as rows of `kind,name,ward_code`: one row per ward in each neighbourhood.
fn read_neighbourhoods(
    file: &InputFile,
    ward_codes: &HashMap<&str, usize>,
) -> Result<Vec<NeighbourhoodRecord>, ImportError> {
    let (headers, records) = csv_records(file)?;
    let kind_at = column(file, &headers, &["kind"], "", "")?;
    let name_at = column(file, &headers, &["name", "neighbourhood"], "", "")?;
    let ward_at = column(file, &headers, &["ward_code"], "WD", "CD")?;
    let mut grouped: Vec<NeighbourhoodRecord> = Vec::new();
    for (line, r) in records {
        let field = |i: usize| r.get(i).unwrap_or_default().trim().to_owned();
        let (kind, name, ward) = (field(kind_at), field(name_at), field(ward_at));
        if kind.is_empty() || name.is_empty() {
            return Err(refuse(file, format!("line {line}"), "kind and name must both be given"));
        }
        if !ward_codes.contains_key(ward.as_str()) {
            return Err(refuse(file, format!("line {line}"), format!("{ward:?} is not one of the imported wards")));
        }
        match grouped.iter_mut().find(|(k, n, _)| *k == kind && *n == name) {
            Some((_, _, wards)) if !wards.contains(&ward) => wards.push(ward),
            Some(_) => {}
            None => grouped.push((kind, name, vec![ward])),
        }
    }
    Ok(grouped)
}
