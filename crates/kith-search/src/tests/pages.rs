//! Pages: stable across requests, with ties broken by id.

use super::{put, query, service};
use crate::DirectoryIndex;

#[test]
fn pages_are_stable_with_ties_broken_by_id() {
    let mut index = DirectoryIndex::default();
    for n in (0..25u128).rev() {
        put(&mut index, service(100 + n, "Same name", "Same words"));
    }
    let mut seen = Vec::new();
    for page in 1..=3 {
        let mut q = query("same");
        q.page = page;
        q.per_page = 10;
        let r = index.search(&q);
        assert_eq!(r.total, 25);
        seen.extend(r.hits.iter().map(|h| h.service.id));
    }
    let mut sorted = seen.clone();
    sorted.sort();
    assert_eq!(seen, sorted, "equal scores come in id order across pages");
    assert_eq!(seen.len(), 25);
}
