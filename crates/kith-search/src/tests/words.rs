//! Words: stemming, every word must match, name over description, synonyms.

use kith_core::directory::Synonym;

use super::{id, names, put, query, service, three_services};
use crate::{Change, DirectoryIndex};

#[test]
fn plural_queries_find_singular_names_and_a_name_match_outranks_a_description_match() {
    let index = three_services();
    assert_eq!(names(&index, &query("lunch clubs")), vec!["Friday Lunch Club", "Sparkhill Community Centre"]);
}

#[test]
fn a_word_no_service_has_finds_nothing() {
    let index = three_services();
    assert!(names(&index, &query("swimming")).is_empty());
}

#[test]
fn every_word_of_a_query_must_match_somewhere() {
    let mut index = DirectoryIndex::default();
    put(&mut index, service(10, "Walking group", "Gentle walks in the park"));
    put(&mut index, service(11, "Walking football", "For over 50s"));
    assert_eq!(names(&index, &query("walking football")), vec!["Walking football"]);
}

/// A befriending service, and a synonym that finds it for "lonely" when applied.
fn befriending() -> (DirectoryIndex, Change) {
    let mut index = DirectoryIndex::default();
    put(&mut index, service(10, "Telephone befriending", "A weekly call from a volunteer"));
    let synonym = Synonym { id: id(99), word: "lonely".into(), alternatives: vec!["befriending".into()] };
    (index, Change::Synonym(synonym))
}

#[test]
fn synonyms_that_network_leads_keep_widen_a_search() {
    let (mut index, synonym) = befriending();
    assert!(names(&index, &query("lonely")).is_empty());
    index.apply(vec![synonym], 1);
    assert_eq!(names(&index, &query("lonely")), vec!["Telephone befriending"]);
}

#[test]
fn a_removed_synonym_stops_widening_a_search() {
    let (mut index, synonym) = befriending();
    index.apply(vec![synonym], 1);
    index.apply(vec![Change::Removed(id(99))], 2);
    assert!(names(&index, &query("lonely")).is_empty(), "a removed synonym stops widening");
}
