//! Properties of a search over any query a visitor can send: any words, any page, any radius the API lets through.

use kith_core::places::{LatLng, Radius};
use proptest::prelude::*;

use super::{query, three_services};
use crate::Near;

proptest! {
    #[test]
    fn any_words_any_page_and_any_allowed_radius_give_at_most_a_page(
        text in "\\PC{0,300}",
        page in 1usize..=1_000_000,
        per_page in 1usize..=1_000,
        within in proptest::option::of(0.0..=Radius::MAX_M),
        lat in -90.0f64..=90.0,
        lng in -180.0f64..=180.0,
    ) {
        let index = three_services();
        let mut q = query(&text);
        (q.page, q.per_page) = (page, per_page);
        q.near = Some(Near { point: LatLng { lat, lng }, within_m: within.and_then(Radius::metres), ward: None });
        let found = index.search(&q);
        prop_assert!(found.hits.len() <= per_page.min(3));
        prop_assert!(found.hits.len() <= found.total);
    }
}
