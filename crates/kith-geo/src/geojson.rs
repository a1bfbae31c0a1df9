//! Reading boundaries from a GeoJSON FeatureCollection of Polygons and MultiPolygons.

use serde_json::{Map, Value};

use crate::{Boundary, Point, Polygon};

/// A feature read from GeoJSON: its properties and its boundary.
#[derive(Debug, Clone)]
pub struct Feature {
    pub properties: Map<String, Value>,
    pub boundary: Boundary,
}

impl Feature {
    /// A property as text (numbers are written out), if present.
    pub fn text(&self, key: &str) -> Option<String> {
        match self.properties.get(key)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }
}

/// What is wrong with a GeoJSON file, and where.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GeoJsonError {
    #[error("not valid JSON: {0}")]
    Json(String),
    #[error("expected a FeatureCollection with a \"features\" list")]
    NotACollection,
    #[error("feature {index}: {problem}")]
    Feature { index: usize, problem: String },
}

/// Reads every feature, or says which one is wrong and why.
pub fn read_features(text: &str) -> Result<Vec<Feature>, GeoJsonError> {
    let root: Value = serde_json::from_str(text).map_err(|e| GeoJsonError::Json(e.to_string()))?;
    let features = match (&root["type"], &root["features"]) {
        (Value::String(t), Value::Array(features)) if t == "FeatureCollection" => features,
        _ => return Err(GeoJsonError::NotACollection),
    };
    features
        .iter()
        .enumerate()
        .map(|(index, f)| read_feature(f).map_err(|problem| GeoJsonError::Feature { index: index + 1, problem }))
        .collect()
}

fn read_feature(f: &Value) -> Result<Feature, String> {
    let properties = match &f["properties"] {
        Value::Object(map) => map.clone(),
        Value::Null => Map::new(),
        _ => return Err("\"properties\" is not an object".into()),
    };
    let geometry = &f["geometry"];
    let coordinates = &geometry["coordinates"];
    let polygons = match geometry["type"].as_str() {
        Some("Polygon") => vec![read_polygon(coordinates)?],
        Some("MultiPolygon") => coordinates
            .as_array()
            .ok_or("MultiPolygon coordinates are not a list")?
            .iter()
            .map(read_polygon)
            .collect::<Result<_, _>>()?,
        Some(other) => return Err(format!("geometry type {other} is not a Polygon or MultiPolygon")),
        None => return Err("no geometry".into()),
    };
    Ok(Feature { properties, boundary: Boundary { polygons } })
}

fn read_polygon(v: &Value) -> Result<Polygon, String> {
    let rings = v.as_array().ok_or("polygon coordinates are not a list of rings")?;
    if rings.is_empty() {
        return Err("polygon has no rings".into());
    }
    let rings = rings
        .iter()
        .map(|ring| {
            let points = ring.as_array().ok_or("a ring is not a list of positions")?;
            if points.len() < 4 {
                return Err(format!("a ring has {} positions; a closed ring needs at least 4", points.len()));
            }
            points.iter().map(read_point).collect::<Result<Vec<_>, _>>()
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Polygon { rings })
}

fn read_point(v: &Value) -> Result<Point, String> {
    let (lng, lat) = match v.as_array().map(Vec::as_slice) {
        Some([lng, lat, ..]) => (lng.as_f64(), lat.as_f64()),
        _ => (None, None),
    };
    match (lng, lat) {
        (Some(lng), Some(lat)) if (-180.0..=180.0).contains(&lng) && (-90.0..=90.0).contains(&lat) => Ok([lng, lat]),
        _ => Err(format!("{v} is not a longitude, latitude position")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polygons_and_multipolygons_are_read_with_their_properties() {
        let text = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"code":"A","n":7},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
            {"type":"Feature","properties":{"code":"B"},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}}
        ]}"#;
        let features = read_features(text).unwrap();
        assert_eq!(features.len(), 2);
        assert_eq!(features[0].text("code").as_deref(), Some("A"));
        assert_eq!(features[0].text("n").as_deref(), Some("7"));
        assert_eq!(features[1].boundary.polygons.len(), 2);
    }

    #[test]
    fn a_broken_feature_is_named_with_its_problem() {
        let text = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}}
        ]}"#;
        assert_eq!(
            read_features(text).unwrap_err(),
            GeoJsonError::Feature {
                index: 2,
                problem: "a ring has 3 positions; a closed ring needs at least 4".into()
            }
        );
        assert_eq!(read_features("{}").unwrap_err(), GeoJsonError::NotACollection);
        assert!(matches!(read_features("{").unwrap_err(), GeoJsonError::Json(_)));
        let point = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[0,0]}}]}"#;
        assert!(read_features(point).unwrap_err().to_string().contains("Point is not a Polygon"));
    }
}
