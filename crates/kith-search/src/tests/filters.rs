//! The filters a document answers: schedules, cost, language, age, accessibility, and freshness.

use chrono::{Duration, NaiveDate, NaiveTime, Weekday};
use kith_core::directory::{CostOption, LanguageCode};

use super::{id, location, names, now, put, query, service, tuesday_mornings};
use crate::{DirectoryIndex, Query};

/// A group that meets on Tuesdays from 10 to 12, and a service with no schedule.
fn a_tuesday_group() -> DirectoryIndex {
    let mut index = DirectoryIndex::default();
    let mut tuesday = service(10, "Tuesday group", "");
    tuesday.schedules = vec![tuesday_mornings()];
    put(&mut index, tuesday);
    put(&mut index, service(11, "No schedule", ""));
    index
}

#[test]
fn open_now_finds_the_services_in_session_at_that_moment() {
    let index = a_tuesday_group();
    let mut q = query("");
    q.open_at = Some(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap().and_hms_opt(10, 30, 0).unwrap());
    assert_eq!(names(&index, &q), vec!["Tuesday group"]);
    q.open_at = Some(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap().and_hms_opt(13, 0, 0).unwrap());
    assert!(names(&index, &q).is_empty());
}

#[test]
fn a_day_filter_finds_the_services_that_run_that_day() {
    let index = a_tuesday_group();
    let mut q = query("");
    q.days = vec![Weekday::Sat];
    assert!(names(&index, &q).is_empty());
    q.days = vec![Weekday::Tue];
    q.from_time = NaiveTime::from_hms_opt(11, 0, 0);
    assert_eq!(names(&index, &q), vec!["Tuesday group"]);
}

#[test]
fn a_from_time_leaves_out_the_services_closed_by_then() {
    let index = a_tuesday_group();
    let mut q = query("");
    q.days = vec![Weekday::Tue];
    q.from_time = NaiveTime::from_hms_opt(12, 0, 0);
    assert!(names(&index, &q).is_empty(), "it has closed by noon");
}

/// Yoga for £3 in Polish at a step-free hall with a hearing loop, and free chair yoga for over-60s.
fn two_yoga_classes() -> DirectoryIndex {
    let mut index = DirectoryIndex::default();
    index.apply(vec![location(1, 52.48, -1.9, "E05011121", &["step-free", "hearing-loop"])], 1);
    let mut paid = service(10, "Paid yoga", "");
    paid.costs = vec![CostOption { option: "Session".into(), amount: 3.0, amount_description: String::new() }];
    paid.languages = vec![LanguageCode::parse("pl").unwrap()];
    paid.locations = vec![id(1)];
    let mut free = service(11, "Free chair yoga", "");
    free.minimum_age = Some(60);
    put(&mut index, paid);
    put(&mut index, free);
    index
}

#[test]
fn free_only_leaves_out_services_that_cost() {
    let mut q = query("yoga");
    q.free_only = true;
    assert_eq!(names(&two_yoga_classes(), &q), vec!["Free chair yoga"]);
}

#[test]
fn a_language_filter_finds_services_in_that_language() {
    let mut q = query("yoga");
    q.language = Some(LanguageCode::parse("pl").unwrap());
    assert_eq!(names(&two_yoga_classes(), &q), vec!["Paid yoga"]);
}

#[test]
fn an_age_filter_leaves_out_services_for_other_ages() {
    let mut q = query("yoga");
    q.age = Some(30);
    assert_eq!(names(&two_yoga_classes(), &q), vec!["Paid yoga"]);
}

#[test]
fn an_accessibility_filter_needs_every_feature_asked_for() {
    let index = two_yoga_classes();
    let mut q = query("yoga");
    q.accessibility = vec!["step-free".into()];
    assert_eq!(names(&index, &q), vec!["Paid yoga"]);
    q.accessibility = vec!["step-free".into(), "parking".into()];
    assert!(names(&index, &q).is_empty());
}

#[test]
fn a_service_unchecked_for_eighteen_months_is_hidden_unless_asked_for() {
    let mut index = DirectoryIndex::default();
    let mut old = service(10, "Old group", "");
    old.checked_at = now() - Duration::days(560);
    put(&mut index, old);
    assert!(names(&index, &query("group")).is_empty());
    let q = Query { include_expired: true, ..query("group") };
    assert_eq!(names(&index, &q), vec!["Old group"]);
}
