//! Places: a distance filters and orders, a service area covers the point's ward, a ward filter.

use kith_core::places::{LatLng, Radius};

use super::{id, location, names, put, query, service, ward};
use crate::{DirectoryIndex, Near, Query};

/// Services 10 m, 1.1 km and 10 km from a point in ward E05011121, and a phone line serving that ward from nowhere.
fn near_middle_far_and_a_phone_line() -> DirectoryIndex {
    let mut index = DirectoryIndex::default();
    index.apply(
        vec![
            location(1, 52.4800, -1.9000, "E05011121", &[]),
            location(2, 52.4900, -1.9000, "E05011121", &[]),
            location(3, 52.5600, -1.8000, "E05011130", &[]),
        ],
        1,
    );
    let mut near = service(10, "Near", "");
    near.locations = vec![id(1)];
    let mut middle = service(11, "Middle", "");
    middle.locations = vec![id(2)];
    let mut far = service(12, "Far", "");
    far.locations = vec![id(3)];
    let mut phone_line = service(13, "Phone line", "");
    phone_line.areas = vec![ward("E05011121")];
    for s in [far, middle, near, phone_line] {
        put(&mut index, s);
    }
    index
}

fn within_two_kilometres() -> Query {
    let mut q = query("");
    q.near = Some(Near { point: LatLng { lat: 52.4801, lng: -1.9 }, within_m: Radius::metres(2_000.0), ward: None });
    q
}

#[test]
fn a_distance_keeps_the_services_within_it_nearest_first() {
    let index = near_middle_far_and_a_phone_line();
    let found = index.search(&within_two_kilometres());
    assert_eq!(found.hits.iter().map(|h| h.service.name.as_str()).collect::<Vec<_>>(), vec!["Near", "Middle"]);
}

#[test]
fn each_service_found_shows_its_distance_from_the_point() {
    let index = near_middle_far_and_a_phone_line();
    let found = index.search(&within_two_kilometres());
    let d = found.hits[1].distance_m.unwrap();
    assert!((d - 1_101.0).abs() < 10.0, "about 1.1 km: {d}");
}

#[test]
fn a_service_area_covers_the_points_ward_at_any_distance() {
    let index = near_middle_far_and_a_phone_line();
    let mut q = within_two_kilometres();
    q.near.as_mut().unwrap().ward = Some(ward("E05011121"));
    assert_eq!(names(&index, &q), vec!["Near", "Middle", "Phone line"], "the service area covers the ward");
}

#[test]
fn a_ward_filter_finds_the_services_placed_in_the_ward() {
    let index = near_middle_far_and_a_phone_line();
    let mut q = query("");
    q.ward = Some(ward("E05011130"));
    assert_eq!(names(&index, &q), vec!["Far"]);
}
