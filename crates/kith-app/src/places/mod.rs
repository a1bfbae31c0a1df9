//! Places in memory: the current wards with an R-tree over their boundaries, every postcode, the neighbourhoods
//! and the maps drawn from them. Loaded whole from the store at start, so a lookup never waits on the database.
//! `import` lands a city's place files; `birmingham` holds the reference city's, carried in the binary.

pub mod birmingham;
pub mod import;

use std::collections::HashMap;

use kith_core::accounts::NeighbourhoodWards;
use kith_core::places::{LatLng, Postcode, WardCode};
use kith_geo::{Bbox, Boundary, BoundaryIndex, MapFrame, svg_path};
use kith_store::Store;
use kith_store::places::{Authority, Neighbourhood, WardGeneration};
use serde::Serialize;
use uuid::Uuid;

use crate::{AppError, Result};

/// A ward of the current generation, with the maps drawn for it.
#[derive(Debug, Clone)]
pub struct Ward {
    pub code: WardCode,
    pub name: String,
    pub generation: String,
    pub boundary: Boundary,
    pub centre: LatLng,
}

/// A small area (an LSOA) of the city, with the ward the official best-fit lookup puts it in.
#[derive(Debug, Clone)]
pub struct Lsoa {
    pub code: String,
    pub name: String,
    pub ward: Option<WardCode>,
}

/// A map ready to draw: the drawing's size and one path per area in it (wards, or LSOAs on a small-area map).
#[derive(Debug, Clone, Serialize)]
pub struct Map {
    pub view_box: String,
    pub width: f64,
    pub height: f64,
    pub wards: Vec<MapWard>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MapWard {
    pub code: String,
    pub name: String,
    pub path: String,
    /// Whether this is the ward the map is about (a ward map shows its neighbours for context).
    pub this: bool,
}

#[derive(Debug, Clone, Copy)]
struct PostcodeEntry {
    lat: f64,
    lng: f64,
    authority: Option<u16>,
    ward: Option<u16>,
}

/// Where something is, as a resident or a client says it: a postcode, or a point.
#[derive(Debug, Clone, Copy)]
pub enum At<'a> {
    Postcode(&'a Postcode),
    Point(LatLng),
}

/// What a postcode or a point tells us: the one answer every part of Kith places things by (`Places::place`).
#[derive(Debug, Clone, Copy)]
pub enum Place<'a> {
    /// In one of the city's wards.
    InCity { position: LatLng, ward: &'a Ward },
    /// A real postcode or a point outside the city's wards, with its council where we know it.
    Outside { position: LatLng, authority: Option<&'a Authority> },
    /// Not a postcode we know: mistyped, new, or no longer used.
    Unknown,
}

impl<'a> Place<'a> {
    /// The city's ward it is in, if it is in one.
    pub fn ward(&self) -> Option<&'a Ward> {
        match self {
            Place::InCity { ward, .. } => Some(ward),
            _ => None,
        }
    }
}

/// Everything about places, in memory.
#[derive(Debug, Default)]
pub struct Places {
    generations: Vec<WardGeneration>,
    /// The current generation's wards, in name order.
    wards: Vec<Ward>,
    ward_positions: HashMap<WardCode, usize>,
    index: Option<IndexHolder>,
    authorities: Vec<Authority>,
    postcodes: HashMap<Box<str>, PostcodeEntry>,
    neighbourhoods: Vec<Neighbourhood>,
    /// For each current ward (by position), the neighbourhoods it belongs to (by position).
    ward_neighbourhoods: Vec<Vec<usize>>,
    /// The wards of generations that are not current, by generation name.
    other_generations: HashMap<String, Vec<Ward>>,
    city_map: Option<Map>,
    city_frame: Option<MapFrame>,
    ward_maps: Vec<Map>,
    /// The LSOAs in code order, and their boundaries as stored (GeoJSON), read only when the map is first drawn.
    lsoas: Vec<Lsoa>,
    lsoa_boundaries: Vec<Option<String>>,
    lsoa_map: std::sync::OnceLock<Option<Map>>,
    lsoa_centres: std::sync::OnceLock<Vec<Option<LatLng>>>,
}

struct IndexHolder(BoundaryIndex);

impl std::fmt::Debug for IndexHolder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BoundaryIndex")
    }
}

const CITY_MAP_WIDTH: f64 = 800.0;
const WARD_MAP_WIDTH: f64 = 600.0;

/// A boundary as stored (a GeoJSON geometry), read back.
fn stored_boundary(geometry: &str) -> std::result::Result<Boundary, kith_geo::GeoJsonError> {
    let features = format!(r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","geometry":{geometry}}}]}}"#);
    let mut read = kith_geo::read_features(&features)?;
    Ok(read.remove(0).boundary)
}

fn read_wards(rows: &[kith_store::places::WardRow], generation: &WardGeneration) -> Result<Vec<Ward>> {
    rows.iter()
        .filter(|w| w.generation_id == generation.id)
        .map(|w| {
            let boundary = stored_boundary(&w.boundary)
                .map_err(|e| AppError::Internal(format!("stored boundary of ward {}: {e}", w.code)))?;
            let centre = boundary.interior_point().unwrap_or_else(|| boundary.bbox().centre());
            Ok(Ward {
                code: WardCode::parse(&w.code).map_err(|e| AppError::Internal(e.to_string()))?,
                name: w.name.clone(),
                generation: generation.name.clone(),
                boundary,
                centre: LatLng { lat: centre[1], lng: centre[0] },
            })
        })
        .collect()
}

impl Places {
    pub async fn load(store: &dyn Store) -> Result<Self> {
        let snapshot = store.load_places().await?;
        let mut places =
            Places { authorities: snapshot.authorities, neighbourhoods: snapshot.neighbourhoods, ..Default::default() };
        for generation in &snapshot.generations {
            let wards = read_wards(&snapshot.wards, generation)?;
            if generation.is_current {
                places.wards = wards;
            } else {
                places.other_generations.insert(generation.name.clone(), wards);
            }
        }
        places.generations = snapshot.generations;
        places.wards.sort_by(|a, b| a.name.cmp(&b.name));
        places.ward_positions = places.wards.iter().enumerate().map(|(i, w)| (w.code.clone(), i)).collect();
        places.index = Some(IndexHolder(BoundaryIndex::new(places.wards.iter().map(|w| &w.boundary))));
        places.ward_neighbourhoods = places
            .wards
            .iter()
            .map(|ward| {
                let of_ward = |n: &&Neighbourhood| n.wards.iter().any(|w| w == ward.code.as_str());
                places.neighbourhoods.iter().enumerate().filter(|(_, n)| of_ward(n)).map(|(i, _)| i).collect()
            })
            .collect();

        let authority_positions: HashMap<&str, u16> =
            places.authorities.iter().enumerate().map(|(i, a)| (a.code.as_str(), i as u16)).collect();
        places.postcodes.reserve(snapshot.postcodes.len());
        for p in &snapshot.postcodes {
            let ward = p
                .ward_code
                .as_deref()
                .and_then(|c| WardCode::parse(c).ok())
                .and_then(|c| places.ward_positions.get(&c).copied());
            places.postcodes.insert(
                p.postcode.as_str().into(),
                PostcodeEntry {
                    lat: p.latitude,
                    lng: p.longitude,
                    authority: p.authority_code.as_deref().and_then(|c| authority_positions.get(c).copied()),
                    ward: ward.map(|w| w as u16),
                },
            );
        }
        for l in snapshot.lsoas {
            let ward = l.ward_code.as_deref().and_then(|c| WardCode::parse(c).ok());
            places.lsoas.push(Lsoa { code: l.code, name: l.name, ward });
            places.lsoa_boundaries.push(l.boundary);
        }
        places.draw_maps();
        Ok(places)
    }

    /// The city's LSOAs, in code order.
    pub fn lsoas(&self) -> &[Lsoa] {
        &self.lsoas
    }

    /// Each LSOA's centre (a point inside its boundary), in the order of [`Places::lsoas`]; worked out on first use.
    pub fn lsoa_centres(&self) -> &[Option<LatLng>] {
        self.lsoa_centres.get_or_init(|| {
            self.lsoa_boundaries
                .iter()
                .map(|b| {
                    let boundary = stored_boundary(b.as_deref()?).ok()?;
                    let p = boundary.interior_point().unwrap_or_else(|| boundary.bbox().centre());
                    LatLng::new(p[1], p[0]).ok()
                })
                .collect()
        })
    }

    /// The LSOAs with their boundaries as stored (a GeoJSON geometry), where they have one.
    pub fn lsoa_geometries(&self) -> impl Iterator<Item = (&Lsoa, Option<&str>)> {
        self.lsoas.iter().zip(self.lsoa_boundaries.iter().map(Option::as_deref))
    }

    /// The city map of its LSOAs (each path's `code` an LSOA's), drawn on first use in the city map's frame;
    /// `None` when no LSOA has a boundary.
    pub fn lsoa_map(&self) -> Option<&Map> {
        self.lsoa_map
            .get_or_init(|| {
                let frame = self.city_frame.as_ref()?;
                let wards: Vec<MapWard> = self
                    .lsoas
                    .iter()
                    .zip(&self.lsoa_boundaries)
                    .filter_map(|(l, b)| {
                        let boundary = stored_boundary(b.as_deref()?).ok()?;
                        let path = svg_path(&boundary, frame, 0.4);
                        Some(MapWard { code: l.code.clone(), name: l.name.clone(), path, this: false })
                    })
                    .collect();
                (!wards.is_empty()).then(|| Map {
                    view_box: frame.view_box(),
                    width: frame.width,
                    height: frame.height,
                    wards,
                })
            })
            .as_ref()
    }

    fn draw_maps(&mut self) {
        if self.wards.is_empty() {
            return;
        }
        let city = self.wards.iter().map(|w| w.boundary.bbox()).fold(Bbox::empty(), Bbox::union);
        let frame = MapFrame::fit(city, CITY_MAP_WIDTH, 8.0);
        self.city_map = Some(self.draw(&frame, 0.6, |_| true, None));
        self.city_frame = Some(frame);
        self.ward_maps = (0..self.wards.len())
            .map(|i| {
                let b = self.wards[i].boundary.bbox();
                let pad = [(b.max[0] - b.min[0]) * 0.12, (b.max[1] - b.min[1]) * 0.12];
                let view =
                    Bbox { min: [b.min[0] - pad[0], b.min[1] - pad[1]], max: [b.max[0] + pad[0], b.max[1] + pad[1]] };
                let frame = MapFrame::fit(view, WARD_MAP_WIDTH, 0.0);
                let near = |w: &Ward| {
                    let wb = w.boundary.bbox();
                    wb.min[0] <= view.max[0]
                        && wb.max[0] >= view.min[0]
                        && wb.min[1] <= view.max[1]
                        && wb.max[1] >= view.min[1]
                };
                self.draw(&frame, 0.5, near, Some(i))
            })
            .collect();
    }

    fn draw(&self, frame: &MapFrame, tolerance: f64, include: impl Fn(&Ward) -> bool, this: Option<usize>) -> Map {
        let mut wards: Vec<MapWard> = self
            .wards
            .iter()
            .enumerate()
            .filter(|(_, w)| include(w))
            .map(|(i, w)| MapWard {
                code: w.code.to_string(),
                name: w.name.clone(),
                path: svg_path(&w.boundary, frame, tolerance),
                this: Some(i) == this,
            })
            .collect();
        // The ward the map is about is drawn last, so its outline is on top.
        wards.sort_by_key(|w| w.this);
        Map { view_box: frame.view_box(), width: frame.width, height: frame.height, wards }
    }

    /// The current wards, in name order.
    pub fn wards(&self) -> &[Ward] {
        &self.wards
    }

    pub fn ward(&self, code: &WardCode) -> Option<&Ward> {
        self.ward_positions.get(code).map(|&i| &self.wards[i])
    }

    /// The wards of a named generation, current or not.
    pub fn generation_wards(&self, generation: &str) -> Option<&[Ward]> {
        if self.current_generation().is_some_and(|g| g.name == generation) {
            return Some(&self.wards);
        }
        self.other_generations.get(generation).map(Vec::as_slice)
    }

    pub fn generations(&self) -> &[WardGeneration] {
        &self.generations
    }

    pub fn current_generation(&self) -> Option<&WardGeneration> {
        self.generations.iter().find(|g| g.is_current)
    }

    /// The city's own council, from the current ward generation.
    pub fn city_name(&self) -> Option<&str> {
        self.current_generation().map(|g| g.authority_name.as_str())
    }

    /// Where a point falls on the city map's drawing (x to the right, y down), if there is a map.
    pub fn on_city_map(&self, at: LatLng) -> Option<(f64, f64)> {
        let p = self.city_frame.as_ref()?.project([at.lng, at.lat]);
        Some((p[0], p[1]))
    }

    pub fn city_map(&self) -> Option<&Map> {
        self.city_map.as_ref()
    }

    pub fn ward_map(&self, code: &WardCode) -> Option<&Map> {
        self.ward_positions.get(code).and_then(|&i| self.ward_maps.get(i))
    }

    /// The postcodes of a current ward with their positions, in postcode order.
    pub fn postcodes_in(&self, code: &WardCode) -> Vec<(&str, LatLng)> {
        let Some(&position) = self.ward_positions.get(code) else { return Vec::new() };
        let mut found: Vec<(&str, LatLng)> = self
            .postcodes
            .iter()
            .filter(|(_, e)| e.ward.is_some_and(|w| usize::from(w) == position))
            .map(|(p, e)| (&**p, LatLng { lat: e.lat, lng: e.lng }))
            .collect();
        found.sort_unstable_by(|a, b| a.0.cmp(b.0));
        found
    }

    pub fn postcode_count(&self) -> usize {
        self.postcodes.len()
    }

    /// Where a postcode or a point is: in which of the city's wards, or outside the city (and in which council's
    /// area, for a postcode), or nowhere Kith knows. A postcode is looked up; a point is found in the wards'
    /// boundaries.
    pub fn place(&self, at: At<'_>) -> Place<'_> {
        match at {
            At::Postcode(postcode) => {
                let Some(entry) = self.postcodes.get(postcode.as_str()) else {
                    return Place::Unknown;
                };
                let position = LatLng { lat: entry.lat, lng: entry.lng };
                match entry.ward {
                    Some(w) => Place::InCity { position, ward: &self.wards[usize::from(w)] },
                    None => Place::Outside {
                        position,
                        authority: entry.authority.map(|a| &self.authorities[usize::from(a)]),
                    },
                }
            }
            At::Point(position) => {
                let ward = self.index.as_ref().and_then(|index| index.0.locate([position.lng, position.lat]));
                match ward {
                    Some(i) => Place::InCity { position, ward: &self.wards[i] },
                    None => Place::Outside { position, authority: None },
                }
            }
        }
    }

    pub fn neighbourhoods(&self) -> &[Neighbourhood] {
        &self.neighbourhoods
    }

    pub fn neighbourhood(&self, id: Uuid) -> Option<&Neighbourhood> {
        self.neighbourhoods.iter().find(|n| n.id == id)
    }

    /// The neighbourhoods a ward belongs to (a locality, a coordinator's patch...).
    pub fn neighbourhoods_of(&self, ward: &WardCode) -> Vec<&Neighbourhood> {
        match self.ward_positions.get(ward) {
            Some(&at) => self.ward_neighbourhoods[at].iter().map(|&i| &self.neighbourhoods[i]).collect(),
            None => Vec::new(),
        }
    }
}

impl NeighbourhoodWards for Places {
    fn contains(&self, neighbourhood: Uuid, ward: &WardCode) -> bool {
        self.neighbourhood(neighbourhood).is_some_and(|n| n.wards.iter().any(|w| w == ward.as_str()))
    }
}
