//! Changes: edits, moved locations, and the sweep of dead slots, keeping every live service and list item.

use kith_core::directory::{Organisation, Service};

use super::{Names, id, location, names, now, put, query, service, ward};
use crate::{Change, DirectoryIndex, Query};

#[test]
fn an_edited_service_is_found_by_its_new_words_and_not_its_old_ones() {
    let mut index = DirectoryIndex::default();
    put(&mut index, service(10, "Knit and natter", "Bring your needles"));
    put(&mut index, service(10, "Craft circle", "Bring your needles"));
    assert!(names(&index, &query("knit")).is_empty());
    assert_eq!(names(&index, &query("craft")), vec!["Craft circle"]);
    assert_eq!(index.service_count(), 1);
}

#[test]
fn a_location_that_moves_moves_its_services() {
    let mut index = DirectoryIndex::default();
    index.apply(vec![location(1, 52.48, -1.9, "E05011121", &[])], 1);
    let mut s = service(10, "Club", "");
    s.locations = vec![id(1)];
    put(&mut index, s);
    let mut q = query("");
    q.ward = Some(ward("E05011121"));
    assert_eq!(names(&index, &q), vec!["Club"]);
    index.apply(vec![location(1, 52.56, -1.8, "E05011130", &[])], 2);
    assert!(names(&index, &q).is_empty());
    q.ward = Some(ward("E05011130"));
    assert_eq!(names(&index, &q), vec!["Club"]);
}

#[test]
fn compaction_keeps_every_live_service_findable() {
    let mut index = DirectoryIndex::default();
    for round in ["alpha", "beta", "gamma"] {
        for n in 0..1_500u128 {
            put(&mut index, service(n, &format!("Group {n} {round}"), "weekly"));
        }
    }
    assert_eq!(index.service_count(), 1_500);
    assert!(index.docs.len() < 4_500, "dead entries were swept: {}", index.docs.len());
    assert_eq!(index.search(&query("weekly")).total, 1_500);
    assert_eq!(index.search(&query("gamma")).total, 1_500);
    assert_eq!(index.search(&query("beta")).total, 0);
}

#[test]
fn a_sweep_keeps_each_services_list_item_and_its_organisations() {
    let mut index = DirectoryIndex::default().with_listings(Box::new(Names));
    let organisation = |name: &str| {
        Change::Organisation(Organisation {
            id: id(7),
            name: name.into(),
            description: String::new(),
            email: None,
            website: None,
            phone: None,
        })
    };
    index.apply(vec![organisation("Old name")], 1);
    let services: Vec<Service> = (0..1_500u128)
        .map(|n| Service { organisation_id: id(7), ..service(n, &format!("Group {n} first"), "weekly") })
        .collect();
    index.apply(services.iter().map(|s| Change::Service { service: s.clone(), modified: now() }).collect(), 2);
    index.apply(vec![organisation("New name")], 3);
    // Every service edited once, one at a time: the dead slots are soon many enough to be swept.
    for s in &services {
        put(&mut index, Service { name: s.name.replace("first", "second"), ..s.clone() });
    }
    assert!(index.docs.len() < 3_000, "dead entries were swept: {}", index.docs.len());
    let page = index.listing_page(&Query { per_page: 2_000, ..query("weekly") }).expect("the index keeps list items");
    assert_eq!(page.total, 1_500);
    assert!(page.items.iter().all(|(item, _)| item.ends_with(" second")), "each item is the service's latest");
    assert!(page.items.iter().all(|(_, org)| *org == Some("New name")), "and its organisation's latest");
}
