//! Geometry for places: boundaries read from GeoJSON, which boundary holds a point (an R-tree over bounding
//! boxes, then an even-odd test), and maps drawn as SVG in a Web Mercator projection.
//! Knows nothing of wards or stores: callers hand it shapes with an index of their own.

mod geojson;
mod index;
mod map;

pub use geojson::{Feature, GeoJsonError, read_features};
pub use index::BoundaryIndex;
pub use map::{MapFrame, svg_path};

/// A point in WGS84 degrees, longitude first as in GeoJSON.
pub type Point = [f64; 2];

/// A polygon: an outer ring followed by any holes. Rings are closed (first point repeated last) or not; both work.
#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    pub rings: Vec<Vec<Point>>,
}

/// A boundary made of one or more polygons (an island ward is two).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Boundary {
    pub polygons: Vec<Polygon>,
}

/// A bounding box: min longitude, min latitude, max longitude, max latitude.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bbox {
    pub min: Point,
    pub max: Point,
}

impl Bbox {
    pub fn empty() -> Self {
        Self { min: [f64::INFINITY; 2], max: [f64::NEG_INFINITY; 2] }
    }

    pub fn extend(&mut self, p: Point) {
        self.min = [self.min[0].min(p[0]), self.min[1].min(p[1])];
        self.max = [self.max[0].max(p[0]), self.max[1].max(p[1])];
    }

    pub fn union(mut self, other: Bbox) -> Bbox {
        self.extend(other.min);
        self.extend(other.max);
        self
    }

    pub fn contains(&self, p: Point) -> bool {
        p[0] >= self.min[0] && p[0] <= self.max[0] && p[1] >= self.min[1] && p[1] <= self.max[1]
    }

    pub fn centre(&self) -> Point {
        [(self.min[0] + self.max[0]) / 2.0, (self.min[1] + self.max[1]) / 2.0]
    }
}

impl Polygon {
    pub fn bbox(&self) -> Bbox {
        let mut b = Bbox::empty();
        for p in self.rings.first().into_iter().flatten() {
            b.extend(*p);
        }
        b
    }

    /// Even-odd rule over all rings, so holes are outside.
    pub fn contains(&self, p: Point) -> bool {
        let mut inside = false;
        for ring in &self.rings {
            let n = ring.len();
            if n < 3 {
                continue;
            }
            let mut j = n - 1;
            for i in 0..n {
                let (a, b) = (ring[i], ring[j]);
                if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0] {
                    inside = !inside;
                }
                j = i;
            }
        }
        inside
    }
}

impl Boundary {
    pub fn bbox(&self) -> Bbox {
        self.polygons.iter().map(Polygon::bbox).fold(Bbox::empty(), Bbox::union)
    }

    pub fn contains(&self, p: Point) -> bool {
        self.polygons.iter().any(|poly| poly.bbox().contains(p) && poly.contains(p))
    }

    /// The boundary as a GeoJSON geometry object.
    pub fn to_geojson(&self) -> serde_json::Value {
        let polygon = |p: &Polygon| serde_json::json!(p.rings);
        match self.polygons.as_slice() {
            [one] => serde_json::json!({ "type": "Polygon", "coordinates": polygon(one) }),
            many => serde_json::json!({
                "type": "MultiPolygon",
                "coordinates": many.iter().map(polygon).collect::<Vec<_>>(),
            }),
        }
    }

    /// A point inside the boundary, good for a label or a "you are here": the centre of the largest polygon's
    /// bounding box if it lies inside, else the first vertex-free interior point found on its middle row.
    pub fn interior_point(&self) -> Option<Point> {
        let largest = self.polygons.iter().max_by(|a, b| area(a).total_cmp(&area(b)))?;
        let b = largest.bbox();
        let c = b.centre();
        if largest.contains(c) {
            return Some(c);
        }
        (1..64).map(|i| [b.min[0] + (b.max[0] - b.min[0]) * f64::from(i) / 64.0, c[1]]).find(|p| largest.contains(*p))
    }
}

/// The area of a polygon's outer ring in square degrees (for comparing polygons, not for reporting).
fn area(p: &Polygon) -> f64 {
    let Some(ring) = p.rings.first() else { return 0.0 };
    let mut sum = 0.0;
    for w in ring.windows(2) {
        sum += w[0][0] * w[1][1] - w[1][0] * w[0][1];
    }
    sum.abs() / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square_with_hole() -> Polygon {
        Polygon {
            rings: vec![
                vec![[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]],
                vec![[4.0, 4.0], [6.0, 4.0], [6.0, 6.0], [4.0, 6.0], [4.0, 4.0]],
            ],
        }
    }

    #[test]
    fn a_point_in_a_hole_is_outside() {
        let p = square_with_hole();
        assert!(p.contains([1.0, 1.0]));
        assert!(!p.contains([5.0, 5.0]));
        assert!(!p.contains([11.0, 5.0]));
    }

    #[test]
    fn an_interior_point_is_inside_even_for_a_concave_shape() {
        let u = Polygon {
            rings: vec![vec![
                [0.0, 0.0],
                [3.0, 0.0],
                [3.0, 3.0],
                [2.0, 3.0],
                [2.0, 1.0],
                [1.0, 1.0],
                [1.0, 3.0],
                [0.0, 3.0],
            ]],
        };
        let b = Boundary { polygons: vec![u] };
        assert!(b.contains(b.interior_point().unwrap()));
    }
}
