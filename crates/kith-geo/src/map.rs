//! Maps drawn as SVG on the server, in the Web Mercator projection (conformal, so shapes look right at city
//! scale), with Douglas-Peucker simplification to the resolution of the drawing so pages stay small.

use std::fmt::Write as _;

use crate::{Bbox, Boundary, Point};

/// Places projected points in an SVG drawing of a given width, with a margin.
#[derive(Debug, Clone, Copy)]
pub struct MapFrame {
    origin: Point,
    scale: f64,
    pub width: f64,
    pub height: f64,
}

fn mercator(p: Point) -> Point {
    let x = p[0].to_radians();
    let y = (std::f64::consts::FRAC_PI_4 + p[1].to_radians() / 2.0).tan().ln();
    [x, y]
}

impl MapFrame {
    /// A frame that fits `bbox` into a drawing `width` units wide, with `margin` units on every side.
    pub fn fit(bbox: Bbox, width: f64, margin: f64) -> Self {
        let (lo, hi) = (mercator(bbox.min), mercator(bbox.max));
        let span_x = (hi[0] - lo[0]).max(1e-9);
        let span_y = (hi[1] - lo[1]).max(1e-9);
        let scale = (width - 2.0 * margin) / span_x;
        let height = (span_y * scale + 2.0 * margin).ceil();
        Self { origin: [lo[0] - margin / scale, hi[1] + margin / scale], scale, width, height }
    }

    /// A point's position in the drawing: x to the right, y down.
    pub fn project(&self, p: Point) -> Point {
        let m = mercator(p);
        [(m[0] - self.origin[0]) * self.scale, (self.origin[1] - m[1]) * self.scale]
    }

    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", self.width, self.height)
    }
}

/// The SVG path data of a boundary in a frame, simplified to `tolerance` drawing units.
pub fn svg_path(boundary: &Boundary, frame: &MapFrame, tolerance: f64) -> String {
    let mut d = String::new();
    for polygon in &boundary.polygons {
        for ring in &polygon.rings {
            let projected: Vec<Point> = ring.iter().map(|p| frame.project(*p)).collect();
            let kept = simplify(&projected, tolerance);
            if kept.len() < 3 {
                continue;
            }
            for (i, p) in kept.iter().enumerate() {
                let _ = write!(d, "{}{:.1} {:.1}", if i == 0 { "M" } else { "L" }, p[0], p[1]);
            }
            d.push('Z');
        }
    }
    d
}

/// Douglas-Peucker over a ring, keeping its first and last points.
fn simplify(points: &[Point], tolerance: f64) -> Vec<Point> {
    if points.len() < 4 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (mut furthest, mut worst) = (first, 0.0);
        for i in first + 1..last {
            let d = distance_to_segment(points[i], points[first], points[last]);
            if d > worst {
                (furthest, worst) = (i, d);
            }
        }
        if worst > tolerance {
            keep[furthest] = true;
            stack.push((first, furthest));
            stack.push((furthest, last));
        }
    }
    points.iter().zip(keep).filter_map(|(p, k)| k.then_some(*p)).collect()
}

fn distance_to_segment(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0) };
    let (cx, cy) = (a[0] + t * dx, a[1] + t * dy);
    ((p[0] - cx).powi(2) + (p[1] - cy).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Polygon;

    #[test]
    fn north_is_up_and_the_drawing_fits_its_width() {
        let bbox = Bbox { min: [-2.0, 52.3], max: [-1.7, 52.6] };
        let frame = MapFrame::fit(bbox, 600.0, 10.0);
        let [x0, y0] = frame.project([-2.0, 52.6]);
        let [x1, y1] = frame.project([-1.7, 52.3]);
        assert!((x0 - 10.0).abs() < 1e-6 && (y0 - 10.0).abs() < 1e-6, "{x0} {y0}");
        assert!((x1 - 590.0).abs() < 1e-6, "{x1}");
        // In Web Mercator a degree of latitude at 52° is longer than a degree of longitude, by about 1/cos(52°).
        let ratio = (y1 - y0) / (x1 - x0);
        assert!((1.55..1.70).contains(&ratio), "{ratio}");
        assert!((frame.height - (y1 + 10.0)).abs() <= 1.0);
    }

    #[test]
    fn simplification_drops_points_that_do_not_show() {
        let mut ring: Vec<Point> =
            (0..=100).map(|i| [f64::from(i) / 100.0 * 0.1 - 1.9, 52.5 + 1e-7 * f64::from(i % 2)]).collect();
        ring.extend([[-1.8, 52.6], [-1.9, 52.6], [-1.9, 52.5]]);
        let boundary = Boundary { polygons: vec![Polygon { rings: vec![ring] }] };
        let frame = MapFrame::fit(boundary.bbox(), 400.0, 0.0);
        let d = svg_path(&boundary, &frame, 0.5);
        assert_eq!(d.matches('L').count(), 4, "{d}");
        assert!(d.starts_with('M') && d.ends_with('Z'));
    }
}
