//! Birmingham, the reference city, as Kith carries it in the binary: its 69 wards (2022 boundaries), its postcodes,
//! its LSOA-to-ward lookup and authorities, and neighbourhoods made from its five NHS localities and 34 coordinator
//! patches. The demo city and the tests' template database are built from these files; a real council imports its
//! own with `kith import places`.

use std::io::Read as _;

use flate2::read::GzDecoder;
use kith_core::places::AuthorityCode;

use super::import::{InputFile, PlacesFiles};
use crate::{AppError, Result};

const WARDS: &[u8] = include_bytes!("../../../../data/birmingham/birmingham_wards_2022.geojson");
const POSTCODES_GZ: &[u8] = include_bytes!("../../../../data/birmingham/birmingham_postcodes.csv.gz");
const LSOAS: &[u8] = include_bytes!("../../../../data/birmingham/lsoa21_ward22_lookup_birmingham.csv");
const LSOA_BOUNDARIES: &[u8] = include_bytes!("../../../../data/birmingham/birmingham_lsoa21.geojson");
const AUTHORITIES: &[u8] = include_bytes!("../../../../data/birmingham/local_authorities.csv");
const WARD_STATS: &[u8] = include_bytes!("../../../../data/birmingham/ward_stats_birmingham.csv");

/// Birmingham's place files as carried in the binary, with neighbourhoods made from its localities and
/// coordinator patches.
pub fn birmingham_files() -> Result<PlacesFiles> {
    let mut postcodes = Vec::new();
    GzDecoder::new(POSTCODES_GZ)
        .read_to_end(&mut postcodes)
        .map_err(|e| AppError::Internal(format!("postcodes: {e}")))?;
    Ok(PlacesFiles {
        generation: "2022".into(),
        authority: AuthorityCode::parse("E08000025").map_err(|e| AppError::Internal(e.to_string()))?,
        authority_name: Some("Birmingham".into()),
        make_current: true,
        wards: InputFile { name: "birmingham_wards_2022.geojson".into(), bytes: WARDS.to_vec() },
        postcodes: Some(InputFile { name: "birmingham_postcodes.csv".into(), bytes: postcodes }),
        lsoas: Some(InputFile { name: "lsoa21_ward22_lookup_birmingham.csv".into(), bytes: LSOAS.to_vec() }),
        lsoa_boundaries: Some(InputFile { name: "birmingham_lsoa21.geojson".into(), bytes: LSOA_BOUNDARIES.to_vec() }),
        authorities: Some(InputFile { name: "local_authorities.csv".into(), bytes: AUTHORITIES.to_vec() }),
        neighbourhoods: Some(InputFile {
            name: "neighbourhoods.csv".into(),
            bytes: neighbourhoods_csv()?.into_bytes(),
        }),
    })
}

pub(crate) struct WardStat {
    pub(crate) code: String,
    pub(crate) name: String,
    pub(crate) locality: String,
    pub(crate) population: u64,
    /// The mean Index of Multiple Deprivation 2025 score of its neighbourhoods (higher is more deprived).
    pub(crate) deprivation: f64,
}

/// Each ward's name, NHS locality, population (Census 2021) and deprivation (IMD 2025): the carried file, read once
/// a process (a fund's page and its reach read it on every request).
pub(crate) fn ward_stats() -> Result<&'static [WardStat]> {
    static STATS: std::sync::OnceLock<Vec<WardStat>> = std::sync::OnceLock::new();
    if let Some(stats) = STATS.get() {
        return Ok(stats);
    }
    let read = read_ward_stats()?;
    Ok(STATS.get_or_init(|| read))
}

fn read_ward_stats() -> Result<Vec<WardStat>> {
    let mut reader = csv::Reader::from_reader(WARD_STATS);
    let headers = reader.headers().map_err(|e| AppError::Internal(e.to_string()))?.clone();
    let at = |name: &str| {
        headers.iter().position(|h| h == name).ok_or_else(|| AppError::Internal(format!("ward stats: no {name}")))
    };
    let (code, name, locality, population, deprivation) = (
        at("ward_code")?,
        at("ward_name")?,
        at("locality")?,
        at("census21_usual_residents")?,
        at("imd2025_mean_score")?,
    );
    reader
        .records()
        .map(|r| {
            let r = r.map_err(|e| AppError::Internal(e.to_string()))?;
            Ok(WardStat {
                code: r[code].to_owned(),
                name: r[name].to_owned(),
                locality: r[locality].to_owned(),
                population: r[population].parse().unwrap_or_default(),
                deprivation: r[deprivation].parse().unwrap_or_default(),
            })
        })
        .collect()
}

/// The five NHS localities, and 34 coordinator patches made by pairing wards (in name order) within each
/// locality, as Birmingham has 34 Neighbourhood Action Coordinators.
fn neighbourhoods_csv() -> Result<String> {
    let stats = ward_stats()?;
    let mut csv = String::from("kind,name,ward_code\n");
    let mut localities: Vec<&str> = stats.iter().map(|s| s.locality.as_str()).collect();
    localities.sort_unstable();
    localities.dedup();
    for locality in &localities {
        for s in stats.iter().filter(|s| s.locality == *locality) {
            csv.push_str(&format!("Locality,{locality} Birmingham,{}\n", s.code));
        }
    }
    for (patch, wards) in patches(stats).iter().enumerate() {
        for w in wards {
            csv.push_str(&format!("Coordinator patch,Patch {:02} (demo),{}\n", patch + 1, w.code));
        }
    }
    Ok(csv)
}

/// The 34 coordinator patches: wards paired in name order within each locality.
pub(crate) fn patches(stats: &[WardStat]) -> Vec<Vec<&WardStat>> {
    const PATCHES: usize = 34;
    let mut localities: Vec<&str> = stats.iter().map(|s| s.locality.as_str()).collect();
    localities.sort_unstable();
    localities.dedup();
    let pairs: usize = localities.iter().map(|l| stats.iter().filter(|s| s.locality == *l).count() / 2).sum();
    // Wards left over from pairing stand alone while that brings the count to 34, then join the patch before.
    let mut singles = PATCHES.saturating_sub(pairs);
    let mut patches = Vec::new();
    for locality in localities {
        let mut wards: Vec<&WardStat> = stats.iter().filter(|s| s.locality == locality).collect();
        wards.sort_by(|a, b| a.name.cmp(&b.name));
        let mut chunks: Vec<Vec<&WardStat>> = wards.chunks(2).map(<[&WardStat]>::to_vec).collect();
        if chunks.len() > 1 && chunks.last().is_some_and(|c| c.len() == 1) {
            if singles > 0 {
                singles -= 1;
            } else {
                let last = chunks.pop().unwrap_or_default();
                if let Some(previous) = chunks.last_mut() {
                    previous.extend(last);
                }
            }
        }
        patches.extend(chunks);
    }
    patches
}
