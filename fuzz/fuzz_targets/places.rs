//! A city's places (`kith import places`): the input is split at its first NUL byte into a wards GeoJSON file and a
//! postcodes CSV file; together they are places or refused with the file, the place and the problem; nothing panics.
#![no_main]

use kith_app::import::{InputFile, PlacesFiles, read};
use kith_core::places::AuthorityCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let (wards, postcodes) = match bytes.iter().position(|b| *b == 0) {
        Some(at) => (&bytes[..at], Some(&bytes[at + 1..])),
        None => (bytes, None),
    };
    let file = |name: &str, bytes: &[u8]| InputFile { name: name.into(), bytes: bytes.to_vec() };
    let files = PlacesFiles {
        generation: "2022".into(),
        authority: AuthorityCode::parse("E08000025").expect("Birmingham's code"),
        authority_name: None,
        make_current: true,
        wards: file("wards.geojson", wards),
        postcodes: postcodes.map(|p| file("postcodes.csv", p)),
        lsoas: None,
        authorities: None,
        neighbourhoods: None,
    };
    let _ = read(&files);
});
