//! Needs: taxonomy terms, the terms below them, taxonomies, and a term's name as words.

use uuid::Uuid;

use kith_core::directory::TaxonomyTerm;

use super::{id, names, put, query, service};
use crate::{Change, DirectoryIndex};

const TAXONOMY: u128 = 500;

/// A pantry filed under "Food banks", a term below "Food", and a choir filed under nothing.
fn a_pantry_under_food_banks() -> DirectoryIndex {
    let mut index = DirectoryIndex::default();
    let term = |n: u128, name: &str, parent: Option<Uuid>| {
        Change::Term(TaxonomyTerm {
            id: id(n),
            taxonomy_id: id(TAXONOMY),
            code: name.to_lowercase(),
            name: name.into(),
            description: String::new(),
            parent_id: parent,
        })
    };
    index.apply(vec![term(501, "Food", None), term(502, "Food banks", Some(id(501)))], 1);
    let mut s = service(10, "Sparkhill pantry", "");
    s.terms = vec![id(502)];
    put(&mut index, s);
    put(&mut index, service(11, "Choir", ""));
    index
}

#[test]
fn a_term_finds_services_filed_under_the_terms_below_it() {
    let index = a_pantry_under_food_banks();
    let mut q = query("");
    q.terms = vec![id(501)];
    assert_eq!(names(&index, &q), vec!["Sparkhill pantry"]);
}

#[test]
fn a_taxonomy_finds_services_filed_under_its_terms() {
    let index = a_pantry_under_food_banks();
    let mut q = query("");
    q.taxonomy = Some(id(TAXONOMY));
    assert_eq!(names(&index, &q), vec!["Sparkhill pantry"]);
}

#[test]
fn a_terms_name_is_searchable() {
    let index = a_pantry_under_food_banks();
    assert_eq!(names(&index, &query("bank")), vec!["Sparkhill pantry"], "a term's name is searchable");
}
