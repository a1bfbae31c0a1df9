//! Benchmarks of placing points in wards, run by `bench/run` (see docs/benchmarks.md):
//!
//! ```sh
//! cargo run --release -p kith-app --example places_bench -- pip [ROUNDS]
//! cargo run --release -p kith-app --example places_bench -- agreement [POSTCODES.csv[.gz]]
//! ```
//!
//! `pip` times point-in-polygon lookups on this one thread over the 69 wards: at every Birmingham postcode's
//! position (all inside a ward), and at points scattered uniformly over the city's bounding box (about a third
//! outside every ward). `agreement` places every Birmingham postcode by its coordinates and compares the ward with
//! the one recorded in the file.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::io::Read as _;
use std::time::Instant;

use kith_core::places::{DistanceFrom, LatLng};
use kith_geo::{Bbox, Boundary, BoundaryIndex, Point};
use rand::{Rng as _, SeedableRng as _};

const WARDS: &str = include_str!("../../../data/birmingham/birmingham_wards_2022.geojson");
const POSTCODES_GZ: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/birmingham/birmingham_postcodes.csv.gz");
const BIRMINGHAM: &str = "E08000025";

struct Ward {
    code: String,
    name: String,
    boundary: Boundary,
}

fn wards() -> Vec<Ward> {
    kith_geo::read_features(WARDS)
        .expect("the wards file reads")
        .into_iter()
        .map(|f| Ward {
            code: f.text("WD22CD").expect("a ward code"),
            name: f.text("WD22NM").expect("a ward name"),
            boundary: f.boundary,
        })
        .collect()
}

struct PostcodeRecord {
    postcode: String,
    position: Point,
    ward_code: String,
    quality: String,
}

/// Birmingham's postcodes (`lad_code` E08000025) from a CSV, gzipped or not.
fn postcodes(path: &str) -> Vec<PostcodeRecord> {
    let raw = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text = if path.ends_with(".gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(raw.as_slice()).read_to_end(&mut out).expect("the file unzips");
        out
    } else {
        raw
    };
    let mut reader = csv::Reader::from_reader(text.as_slice());
    let headers = reader.headers().expect("a header row").clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    let (postcode, lat, lng, lad, ward, quality) =
        (at("postcode"), at("latitude"), at("longitude"), at("lad_code"), at("ward_code"), at("positional_quality"));
    reader
        .records()
        .map(|r| r.expect("a CSV row"))
        .filter(|r| &r[lad] == BIRMINGHAM)
        .filter_map(|r| {
            let position = [r[lng].parse().ok()?, r[lat].parse().ok()?];
            Some(PostcodeRecord {
                postcode: r[postcode].to_owned(),
                position,
                ward_code: r[ward].to_owned(),
                quality: r[quality].to_owned(),
            })
        })
        .collect()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Lookups per second over `points`, the median of `rounds` passes, and how many found a ward.
fn time_lookups(index: &BoundaryIndex, points: &[Point], rounds: usize) -> (f64, Vec<f64>, usize) {
    let mut rates = Vec::new();
    let mut found = 0;
    for _ in 0..rounds {
        let started = Instant::now();
        found = points.iter().filter(|p| black_box(index.locate(**p)).is_some()).count();
        rates.push(points.len() as f64 / started.elapsed().as_secs_f64());
    }
    (median(rates.clone()), rates, found)
}

fn pip(rounds: usize) {
    let wards = wards();
    let index = BoundaryIndex::new(wards.iter().map(|w| &w.boundary));
    let mut rng = rand::rngs::StdRng::seed_from_u64(69);

    // Every postcode position, repeated and shuffled to 2 million lookups.
    let positions: Vec<Point> = postcodes(POSTCODES_GZ).iter().map(|p| p.position).collect();
    let at_postcodes: Vec<Point> = (0..2_000_000).map(|_| positions[rng.gen_range(0..positions.len())]).collect();

    let bbox = wards.iter().fold(Bbox::empty(), |b, w| b.union(w.boundary.bbox()));
    let scattered: Vec<Point> = (0..2_000_000)
        .map(|_| [rng.gen_range(bbox.min[0]..bbox.max[0]), rng.gen_range(bbox.min[1]..bbox.max[1])])
        .collect();

    println!("point-in-polygon over {} wards, one thread, {} rounds of 2,000,000 lookups", wards.len(), rounds);
    for (what, points) in [("at postcode positions", &at_postcodes), ("scattered over the bounding box", &scattered)] {
        let (rate, rates, found) = time_lookups(&index, points, rounds);
        let rates: Vec<String> = rates.iter().map(|r| format!("{:.2}M", r / 1e6)).collect();
        println!(
            "  {what}: median {:.2}M lookups/s (runs: {}); {:.1}% in a ward",
            rate / 1e6,
            rates.join(", "),
            100.0 * found as f64 / points.len() as f64
        );
    }
}

fn agreement(path: &str) {
    let wards = wards();
    let index = BoundaryIndex::new(wards.iter().map(|w| &w.boundary));
    let records = postcodes(path);
    let mut disagree = Vec::new();
    let mut outside = Vec::new();
    for record in &records {
        match index.locate(record.position) {
            Some(i) if wards[i].code == record.ward_code => {}
            Some(i) => disagree.push((record, &wards[i])),
            None => outside.push(record),
        }
    }
    let agree = records.len() - disagree.len() - outside.len();
    println!(
        "{} Birmingham postcodes: {} agree ({:.3}%), {} placed in another ward, {} placed in no ward",
        records.len(),
        agree,
        100.0 * agree as f64 / records.len() as f64,
        disagree.len(),
        outside.len()
    );
    let mut by_quality: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for record in &records {
        by_quality.entry(&record.quality).or_default().0 += 1;
    }
    for (record, _) in &disagree {
        by_quality.entry(&record.quality).or_default().1 += 1;
    }
    println!(
        "by the file's positional_quality (Code-Point: 10 within the building of a matched address .. 50 estimated, 60 sector mean): postcodes, disagreeing"
    );
    for (quality, (all, bad)) in by_quality {
        println!("  {quality}: {all}, {bad}");
    }
    let name_of = |code: &str| wards.iter().find(|w| w.code == code).map_or("?", |w| w.name.as_str()).to_owned();
    for (record, placed) in disagree.iter().take(40) {
        let recorded = &wards[wards.iter().position(|w| w.code == record.ward_code).unwrap_or(0)];
        let distance = nearest_edge_m(&recorded.boundary, record.position);
        println!(
            "  {}: file says {} ({}), boundary says {} ({}); quality {}; {:.0} m from {}'s boundary",
            record.postcode,
            name_of(&record.ward_code),
            record.ward_code,
            placed.name,
            placed.code,
            record.quality,
            distance,
            recorded.name
        );
    }
    for record in outside.iter().take(10) {
        println!("  {}: in no ward at {:?} (file says {})", record.postcode, record.position, record.ward_code);
    }
}

/// The distance from `p` to the nearest edge of `boundary`, in metres (approximate: the nearest vertex of a
/// densely drawn boundary).
fn nearest_edge_m(boundary: &Boundary, p: Point) -> f64 {
    let from = DistanceFrom::new(LatLng { lat: p[1], lng: p[0] });
    boundary
        .polygons
        .iter()
        .flat_map(|polygon| polygon.rings.iter().flatten())
        .map(|v| from.metres_to(LatLng { lat: v[1], lng: v[0] }))
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("pip") => pip(args.get(1).and_then(|n| n.parse().ok()).unwrap_or(7)),
        Some("agreement") => agreement(args.get(1).map_or(POSTCODES_GZ, String::as_str)),
        _ => eprintln!("usage: places_bench pip [ROUNDS] | agreement [POSTCODES.csv[.gz]]"),
    }
}
