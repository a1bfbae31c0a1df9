//! Where services are by place, in the three forms a distance search reads: the grid of cells of about 1.1 km
//! (each cell's slots, for a search without words), the order a build lays slots out in (by cell, row by row, so
//! a word's postings near a point fill a few runs of slots), and the regions of about 2.2 km folded into a byte
//! (carried in each posting, so most postings too far away are passed over unread). Each answers "which slots may
//! be near enough" and never "which are": the distance itself is measured by `kith_core::places::DistanceFrom`,
//! and every bound here is drawn with a metre to spare around it.

use std::ops::Range;

use kith_core::places::{LatLng, METRES_PER_DEGREE};

use crate::DirectoryIndex;
use crate::doc::Doc;

/// Grid cells of about 1.1 km north to south and 1.1 km east to west at Birmingham's latitude.
const CELL_LAT: f64 = 0.01;
const CELL_LNG: f64 = 0.016;

/// The grid cell a place is in.
pub(crate) fn cell_of(place: LatLng) -> (i32, i32) {
    ((place.lat / CELL_LAT).floor() as i32, (place.lng / CELL_LNG).floor() as i32)
}

/// A coarse cell of about 2.2 km a side, folded into one byte: its row modulo 15 and its column modulo 16, or
/// `Region::ANY` for a service with no single place. A disc smaller than the fold touches each region at most
/// once, so every region it does not touch is certainly too far; one it does touch may still be, and is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Region(u8);

const REGION_LAT: f64 = 0.02;
const REGION_LNG: f64 = 0.032;
const REGION_ROWS: i64 = 15;
const REGION_COLUMNS: i64 = 16;

impl Region {
    pub(crate) const ANY: Region = Region(u8::MAX);

    pub(crate) fn of(place: LatLng) -> Self {
        let row = (place.lat / REGION_LAT).floor() as i64;
        let column = (place.lng / REGION_LNG).floor() as i64;
        Region((row.rem_euclid(REGION_ROWS) * REGION_COLUMNS + column.rem_euclid(REGION_COLUMNS)) as u8)
    }
}

/// For one query, whether a posting's region may hold a place within the distance.
pub(crate) struct Regions([bool; 256]);

impl Regions {
    pub(crate) fn everywhere() -> Self {
        Self([true; 256])
    }

    /// The regions a disc touches (with a metre to spare), or every region if it is wider than the fold.
    pub(crate) fn near(point: LatLng, within_m: f64) -> Self {
        let (dlat, dlng) = point.degrees_around(within_m + 1.0);
        let rows = ((point.lat - dlat) / REGION_LAT).floor()..=((point.lat + dlat) / REGION_LAT).floor();
        let columns = ((point.lng - dlng) / REGION_LNG).floor()..=((point.lng + dlng) / REGION_LNG).floor();
        // Measured before any cast, so no width of disc can wrap the loops below.
        if !(rows.end() - rows.start() < (REGION_ROWS - 1) as f64
            && columns.end() - columns.start() < (REGION_COLUMNS - 1) as f64)
        {
            return Self::everywhere();
        }
        let rows = *rows.start() as i64..=*rows.end() as i64;
        let columns = *columns.start() as i64..=*columns.end() as i64;
        let mut touched = [false; 256];
        touched[usize::from(Region::ANY.0)] = true;
        for row in rows {
            for column in columns.clone() {
                let region = row.rem_euclid(REGION_ROWS) * REGION_COLUMNS + column.rem_euclid(REGION_COLUMNS);
                touched[region as usize] = true;
            }
        }
        Self(touched)
    }

    // `#[inline]`: asked of every posting, by the first filter's loop in `postings`.
    #[inline]
    pub(crate) fn may_hold(&self, region: Region) -> bool {
        self.0[usize::from(region.0)]
    }
}

/// Where services sit in slot order. A build lays a batch out by place: the services with one place and no service
/// area first, by the grid cell of that place, row by row, so that the services near a point fill a few runs of
/// slots; then the rest. `cells` holds where each cell's run begins. Every slot from `placed_end` on (the services
/// with no single place, and everything indexed since the build) is in no particular order.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    cells: Vec<((i32, i32), u32)>,
    pub(crate) placed_end: u32,
    /// The slots there were when it was laid out: those from here on were indexed since.
    pub(crate) built: u32,
}

impl Layout {
    /// Where a build puts a service with this deciding place (see `deciding_place`): by the grid cell of that place,
    /// the services with none last.
    pub(crate) fn key(place: Option<LatLng>) -> (bool, Option<(i32, i32)>) {
        let cell = place.map(cell_of);
        (cell.is_none(), cell)
    }

    /// Reads the layout off slots indexed in `key` order, given each slot's cell: the runs of equal cells, up to the
    /// first slot out of order (a service with no deciding place, or one not sorted).
    fn of(cells: impl Iterator<Item = Option<(i32, i32)>>) -> Self {
        let mut layout = Layout::default();
        for (slot, cell) in (0u32..).zip(cells) {
            layout.built = slot + 1;
            let in_order = layout.placed_end == slot
                && match (cell, layout.cells.last()) {
                    (Some(cell), Some((last, _))) if cell == *last => true,
                    (Some(cell), last) if last.is_none_or(|(last, _)| cell > *last) => {
                        layout.cells.push((cell, slot));
                        true
                    }
                    _ => false,
                };
            if in_order {
                layout.placed_end = slot + 1;
            }
        }
        layout
    }

    /// The ranges of slots that may hold a service with its one place within `within_m` metres of `point` (with a
    /// metre to spare), in order: in each row of cells the disc crosses, the run from the first cell its chord
    /// reaches to the last. Then every slot from `placed_end` to `slots`, which must all be looked at.
    pub(crate) fn ranges(&self, point: LatLng, within_m: f64, slots: u32) -> Vec<Range<u32>> {
        let mut ranges: Vec<Range<u32>> = Vec::new();
        let mut add = |range: Range<u32>| match ranges.last_mut() {
            Some(last) if last.end == range.start => last.end = range.end,
            _ if range.is_empty() => {}
            _ => ranges.push(range),
        };
        let dlat = (within_m + 1.0) / METRES_PER_DEGREE;
        let cos_lat = point.lat.to_radians().cos().max(0.01);
        let rows = ((point.lat - dlat) / CELL_LAT).floor()..=((point.lat + dlat) / CELL_LAT).floor();
        if !dlat.is_finite() || rows.end() - rows.start() > 4_096.0 {
            add(0..slots);
            return ranges;
        }
        // Where a cell's run begins: the first at or after it, or the end of the laid-out slots.
        let start_of = |cell: (i32, i32)| {
            let at = self.cells.partition_point(|(c, _)| *c < cell);
            self.cells.get(at).map_or(self.placed_end, |(_, slot)| *slot)
        };
        let (first_row, last_row) = (*rows.start() as i32, *rows.end() as i32);
        for row in first_row..=last_row {
            // The disc's widest chord in this row of cells, where the row comes nearest its centre (less a hair,
            // so that rounding at the row's edge never leaves a place out).
            let (south, north) = (f64::from(row) * CELL_LAT, f64::from(row + 1) * CELL_LAT);
            let dy = ((south - point.lat).max(point.lat - north).max(0.0) - 1e-9).max(0.0);
            let half = (dlat * dlat - dy * dy).max(0.0).sqrt() / cos_lat;
            let west = ((point.lng - half) / CELL_LNG).floor() as i32;
            let east = ((point.lng + half) / CELL_LNG).floor() as i32;
            add(start_of((row, west))..start_of((row, east.saturating_add(1))));
        }
        add(self.placed_end..slots);
        ranges
    }
}

impl DirectoryIndex {
    /// Reads the layout off the slots, once a build has indexed them in `Layout::key` order.
    pub(crate) fn lay_out(&mut self) {
        self.layout = Layout::of(self.docs.iter().map(|doc| doc.as_ref().and_then(Doc::deciding_place).map(cell_of)));
    }

    /// The slots in the grid cells that hold every place within `within_m` of `point` (with a metre to spare), in
    /// order, once each.
    pub(crate) fn grid_candidates(&self, point: LatLng, within_m: f64) -> Vec<u32> {
        let (dlat, dlng) = point.degrees_around(within_m + 1.0);
        let low = cell_of(LatLng { lat: point.lat - dlat, lng: point.lng - dlng });
        let high = cell_of(LatLng { lat: point.lat + dlat, lng: point.lng + dlng });
        let cells = i64::from(high.0 - low.0 + 1) * i64::from(high.1 - low.1 + 1);
        let mut slots = Vec::new();
        if cells > self.grid.len() as i64 {
            for list in self.grid.values() {
                slots.extend_from_slice(list);
            }
        } else {
            for a in low.0..=high.0 {
                for b in low.1..=high.1 {
                    if let Some(list) = self.grid.get(&(a, b)) {
                        slots.extend_from_slice(list);
                    }
                }
            }
        }
        slots.sort_unstable();
        slots.dedup();
        slots
    }
}
