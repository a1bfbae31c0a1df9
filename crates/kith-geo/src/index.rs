//! Which boundary holds a point: an R-tree of polygon bounding boxes narrows the candidates, an even-odd test
//! decides.

use rstar::{AABB, RTree, RTreeObject};

use crate::{Boundary, Point, Polygon};

struct Entry {
    owner: usize,
    envelope: AABB<[f64; 2]>,
    polygon: Polygon,
}

impl RTreeObject for Entry {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        self.envelope
    }
}

/// An index of boundaries, each known by its position in the list it was built from.
pub struct BoundaryIndex {
    tree: RTree<Entry>,
}

impl BoundaryIndex {
    pub fn new<'a>(boundaries: impl IntoIterator<Item = &'a Boundary>) -> Self {
        let entries = boundaries
            .into_iter()
            .enumerate()
            .flat_map(|(owner, boundary)| {
                boundary.polygons.iter().map(move |polygon| {
                    let b = polygon.bbox();
                    Entry { owner, envelope: AABB::from_corners(b.min, b.max), polygon: polygon.clone() }
                })
            })
            .collect();
        Self { tree: RTree::bulk_load(entries) }
    }

    /// The position of the boundary that holds `p`, if any. Boundaries that share an edge are decided by the
    /// even-odd rule, so a point is in at most one of a set of non-overlapping boundaries.
    pub fn locate(&self, p: Point) -> Option<usize> {
        self.tree.locate_in_envelope_intersecting(&AABB::from_point(p)).find(|e| e.polygon.contains(p)).map(|e| e.owner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64) -> Boundary {
        Boundary {
            polygons: vec![Polygon { rings: vec![vec![[x, y], [x + 1.0, y], [x + 1.0, y + 1.0], [x, y + 1.0]]] }],
        }
    }

    #[test]
    fn points_are_placed_in_the_boundary_that_holds_them() {
        let shapes = [square(0.0, 0.0), square(1.0, 0.0), square(0.0, 1.0)];
        let index = BoundaryIndex::new(&shapes);
        assert_eq!(index.locate([0.5, 0.5]), Some(0));
        assert_eq!(index.locate([1.5, 0.5]), Some(1));
        assert_eq!(index.locate([0.5, 1.5]), Some(2));
        assert_eq!(index.locate([1.5, 1.5]), None);
        assert_eq!(index.locate([-3.0, 0.5]), None);
    }
}
