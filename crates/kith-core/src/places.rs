//! Places: postcodes, the codes of the statistical and electoral geographies (GSS codes), positions, search radii,
//! and the one way Kith measures the distance between two positions (`DistanceFrom`).

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a postcode could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PostcodeError {
    #[error("Enter a postcode")]
    Empty,
    #[error("Enter a real postcode, like B1 1BB")]
    Malformed,
}

/// A UK postcode in its normal form: upper case, one space before the inward code (`B15 2TT`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Postcode(String);

impl Postcode {
    /// Reads a postcode written any way people write one: any case, with or without spaces.
    pub fn parse(input: &str) -> Result<Self, PostcodeError> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        if compact.is_empty() {
            return Err(PostcodeError::Empty);
        }
        if !(5..=7).contains(&compact.len()) || !compact.is_ascii() {
            return Err(PostcodeError::Malformed);
        }
        let (outward, inward) = compact.split_at(compact.len() - 3);
        if !is_inward(inward) || !(is_outward(outward) || compact == "GIR0AA") {
            return Err(PostcodeError::Malformed);
        }
        Ok(Self(format!("{outward} {inward}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The outward code, such as `B15`.
    pub fn outward(&self) -> &str {
        &self.0[..self.0.len() - 4]
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Postcode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Postcode::parse(&text).map_err(serde::de::Error::custom)
    }
}

fn is_inward(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 3 && b[0].is_ascii_digit() && b[1].is_ascii_alphabetic() && b[2].is_ascii_alphabetic()
}

/// The outward code shapes: A9, A99, AA9, AA99, A9A, AA9A.
fn is_outward(s: &str) -> bool {
    let shape: String = s
        .bytes()
        .map(|b| {
            if b.is_ascii_digit() {
                '9'
            } else if b.is_ascii_alphabetic() {
                'A'
            } else {
                '?'
            }
        })
        .collect();
    matches!(shape.as_str(), "A9" | "A99" | "AA9" | "AA99" | "A9A" | "AA9A")
}

/// Why a GSS code could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a GSS code: a letter and 8 digits, like E05011151")]
pub struct GssCodeError(pub String);

macro_rules! gss_code {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn parse(input: &str) -> Result<Self, GssCodeError> {
                let code = input.trim().to_ascii_uppercase();
                let b = code.as_bytes();
                if b.len() == 9 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit) {
                    Ok(Self(code))
                } else {
                    Err(GssCodeError(input.to_owned()))
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        /// A stored code read back (the store's complaint, when it is not one, is the message).
        impl TryFrom<&str> for $name {
            type Error = String;

            fn try_from(text: &str) -> Result<Self, Self::Error> {
                $name::parse(text).map_err(|e| e.to_string())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                $name::parse(&text).map_err(serde::de::Error::custom)
            }
        }
    };
}

gss_code!(
    /// An electoral ward's code, such as `E05011151` (Ladywood).
    WardCode
);
gss_code!(
    /// A local authority district's code, such as `E08000025` (Birmingham).
    AuthorityCode
);
gss_code!(
    /// A Lower layer Super Output Area's code, such as `E01033625`.
    LsoaCode
);

/// A position in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LatLng {
    pub lat: f64,
    pub lng: f64,
}

/// A search radius: a distance in metres that decides how many cells, rows and regions a search visits, so it is
/// checked when it is made: finite, from 0 to `Radius::MAX_M` (50 km, wider than any city). Anything that loops over
/// space takes a `Radius`, never a bare number from outside.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Radius(f64);

impl Radius {
    /// The widest search: 50 km.
    pub const MAX_M: f64 = 50_000.0;

    /// The radius of `metres`, if it is finite and from 0 to `MAX_M`.
    pub fn metres(metres: f64) -> Option<Self> {
        (metres.is_finite() && (0.0..=Self::MAX_M).contains(&metres)).then_some(Self(metres))
    }

    /// In metres, from 0 to `MAX_M`.
    pub fn m(self) -> f64 {
        self.0
    }
}

/// Why a position could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LatLngError {
    #[error("Latitude must be a number between -90 and 90")]
    Latitude,
    #[error("Longitude must be a number between -180 and 180")]
    Longitude,
}

impl LatLng {
    pub fn new(lat: f64, lng: f64) -> Result<Self, LatLngError> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(LatLngError::Latitude);
        }
        if !lng.is_finite() || !(-180.0..=180.0).contains(&lng) {
            return Err(LatLngError::Longitude);
        }
        Ok(Self { lat, lng })
    }

    /// Metres from here to `to`, as [`DistanceFrom`] measures them (from here, so with this position's latitude).
    pub fn distance_m(self, to: LatLng) -> f64 {
        DistanceFrom::new(self).metres_to(to)
    }

    /// Half the sides, in degrees of latitude and of longitude, of the box around here that holds every place
    /// within `metres` as [`DistanceFrom`] measures them (a degree of longitude is shorter by the cosine of the
    /// latitude; near the poles the box is capped at a hundred times as wide).
    pub fn degrees_around(self, metres: f64) -> (f64, f64) {
        let lat = metres / METRES_PER_DEGREE;
        (lat, lat / self.lat.to_radians().cos().max(0.01))
    }
}

/// Metres in a degree of latitude, on a sphere of the earth's mean radius (6,371,008.8 m).
pub const METRES_PER_DEGREE: f64 = 6_371_008.8 * std::f64::consts::PI / 180.0;

/// How far places are from one position: the one way Kith measures a distance, so the edge of a search's radius
/// and the distance shown beside a result are measured alike.
///
/// It is the equirectangular approximation: the differences in latitude and longitude in degrees, the longitude's
/// scaled by the cosine of the origin's latitude, taken as the sides of a right angle, on a sphere of the earth's
/// mean radius R:
///
/// ```text
/// d = R · π/180 · √((Δλ · cos φ₀)² + Δφ²)
/// ```
///
/// At a city's scale it is as good as the great circle (haversine on the same sphere): at Birmingham's latitude
/// within 0.004% for each kilometre, so 4 cm at 1 km, 1 m at 5 km, 4 m at 10 km and 100 m at a search's widest
/// radius (50 km, 0.2%); 0.005% a kilometre as far north as 58°N. The sphere itself is within 0.5% of the earth.
///
/// The cosine is worked out once, when the origin is chosen, so a search measuring thousands of places from one
/// point pays two multiplications and a square root for each. A distance is measured from the origin: measured
/// back from the other place it can differ by as much as the approximation's error.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DistanceFrom {
    origin: LatLng,
    cos_lat: f64,
}

impl DistanceFrom {
    pub fn new(origin: LatLng) -> Self {
        Self { origin, cos_lat: origin.lat.to_radians().cos() }
    }

    pub fn origin(self) -> LatLng {
        self.origin
    }

    /// Metres from the origin to `place`.
    #[inline]
    pub fn metres_to(self, place: LatLng) -> f64 {
        let x = (place.lng - self.origin.lng) * self.cos_lat;
        let y = place.lat - self.origin.lat;
        (x * x + y * y).sqrt() * METRES_PER_DEGREE
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_radius_is_finite_and_at_most_fifty_kilometres() {
        use super::Radius;
        assert_eq!(Radius::metres(0.0).map(Radius::m), Some(0.0));
        assert_eq!(Radius::metres(50_000.0).map(Radius::m), Some(50_000.0));
        for bad in [50_000.1, 1e23, -1.0, -0.1, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e308] {
            assert_eq!(Radius::metres(bad), None, "{bad}");
        }
    }

    use super::*;

    #[test]
    fn postcodes_are_normalised_whatever_their_case_and_spacing() {
        for written in ["b152tt", "B15 2TT", " b15  2tt ", "B152TT", "b 1 5 2 t t"] {
            assert_eq!(Postcode::parse(written).unwrap().as_str(), "B15 2TT", "{written}");
        }
        assert_eq!(Postcode::parse("b11ay").unwrap().as_str(), "B1 1AY");
        assert_eq!(Postcode::parse("ec1a1bb").unwrap().as_str(), "EC1A 1BB");
        assert_eq!(Postcode::parse("w1a 0ax").unwrap().as_str(), "W1A 0AX");
        assert_eq!(Postcode::parse("B15 2TT").unwrap().outward(), "B15");
    }

    #[test]
    fn things_that_are_not_postcodes_are_refused_with_a_reason() {
        assert_eq!(Postcode::parse("  "), Err(PostcodeError::Empty));
        for bad in ["B15", "hello", "B15 2T7", "12345", "BBB1 1AA", "B15 2TTT", "B1£ 2TT", "ÄB1 1AA"] {
            assert_eq!(Postcode::parse(bad), Err(PostcodeError::Malformed), "{bad}");
        }
    }

    #[test]
    fn gss_codes_are_a_letter_and_eight_digits() {
        assert_eq!(WardCode::parse(" e05011151 ").unwrap().as_str(), "E05011151");
        assert!(WardCode::parse("E0501115").is_err());
        assert!(WardCode::parse("E05O11151").is_err());
    }

    #[test]
    fn positions_must_be_on_the_earth() {
        assert!(LatLng::new(52.48, -1.89).is_ok());
        assert_eq!(LatLng::new(91.0, 0.0), Err(LatLngError::Latitude));
        assert_eq!(LatLng::new(0.0, f64::NAN), Err(LatLngError::Longitude));
    }

    #[test]
    fn distances_are_in_metres() {
        // Birmingham New Street to the University of Birmingham is about 3.7 km as the crow flies; kith-geo's
        // `distance_m` pins the same figure, being the same arithmetic.
        let new_street = LatLng { lat: 52.4778, lng: -1.8986 };
        let d = new_street.distance_m(LatLng { lat: 52.4508, lng: -1.9305 });
        assert!((d - 3_698.799_451).abs() < 1e-3, "{d}");
        assert_eq!(DistanceFrom::new(new_street).metres_to(new_street), 0.0);
        // One degree of latitude, anywhere.
        let d = LatLng { lat: 10.0, lng: 30.0 }.distance_m(LatLng { lat: 11.0, lng: 30.0 });
        assert!((d - METRES_PER_DEGREE).abs() < 1e-6, "{d}");
    }

    /// The great-circle distance on the same sphere, by the haversine formula: what `DistanceFrom` approximates.
    fn great_circle_m(a: LatLng, b: LatLng) -> f64 {
        let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
        let (dlat, dlng) = (lat2 - lat1, (b.lng - a.lng).to_radians());
        let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlng / 2.0).sin().powi(2);
        2.0 * (METRES_PER_DEGREE * 180.0 / std::f64::consts::PI) * h.sqrt().asin()
    }

    #[test]
    fn a_distance_is_the_great_circles_to_within_five_thousandths_of_a_percent_a_kilometre() {
        // Places all round a point in Birmingham, and in Scotland, at distances up to a search's widest radius.
        for origin in [LatLng { lat: 52.48, lng: -1.9 }, LatLng { lat: 58.0, lng: -3.0 }] {
            let from = DistanceFrom::new(origin);
            for step in 1..=50 {
                let km = f64::from(step);
                for bearing in (0..360).step_by(5) {
                    let bearing = f64::from(bearing).to_radians();
                    let dlat = km * 1_000.0 / METRES_PER_DEGREE * bearing.cos();
                    let dlng = km * 1_000.0 / METRES_PER_DEGREE * bearing.sin() / origin.lat.to_radians().cos();
                    let place = LatLng { lat: origin.lat + dlat, lng: origin.lng + dlng };
                    let (ours, great) = (from.metres_to(place), great_circle_m(origin, place));
                    let error = (ours - great).abs() / great;
                    assert!(error < 0.000_05 * km, "{km} km from {origin:?}: {ours} against {great}");
                }
            }
        }
    }
}

/// Properties of the parsers a visitor's text reaches, over any text, not just the examples above.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::{LatLng, Postcode, Radius};

    /// Postcodes of every shape the UK uses.
    const KNOWN: &[&str] = &["B15 2TT", "B1 1BA", "M1 1AE", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "GIR 0AA"];

    proptest! {
        #[test]
        fn any_text_is_a_postcode_or_refused_and_a_postcode_reads_back_as_itself(text in "\\PC{0,12}") {
            if let Ok(postcode) = Postcode::parse(&text) {
                prop_assert!(postcode.as_str().len() <= 8);
                prop_assert_eq!(Postcode::parse(postcode.as_str()), Ok(postcode.clone()));
            }
        }

        #[test]
        fn a_postcode_written_in_any_case_and_spacing_is_the_same_postcode(
            known in prop::sample::select(KNOWN),
            lower in prop::collection::vec(any::<bool>(), 8),
            spaces in prop::collection::vec(0usize..3, 9),
        ) {
            let mut written = String::new();
            for (i, c) in known.chars().filter(|c| *c != ' ').enumerate() {
                written.push_str(&" ".repeat(spaces[i]));
                written.push(if lower[i % 8] { c.to_ascii_lowercase() } else { c });
            }
            prop_assert_eq!(Postcode::parse(&written).map(|p| p.as_str().to_owned()), Ok((*known).to_owned()));
        }

        #[test]
        fn a_radius_is_any_finite_distance_up_to_fifty_kilometres(metres in any::<f64>()) {
            let expected = metres.is_finite() && (0.0..=Radius::MAX_M).contains(&metres);
            prop_assert_eq!(Radius::metres(metres).map(Radius::m), expected.then_some(metres));
        }

        #[test]
        fn a_position_is_any_finite_latitude_and_longitude_in_range(lat in any::<f64>(), lng in any::<f64>()) {
            let expected = lat.is_finite() && lng.is_finite() && lat.abs() <= 90.0 && lng.abs() <= 180.0;
            prop_assert_eq!(LatLng::new(lat, lng).is_ok(), expected);
        }
    }
}
