use chrono::{Duration, NaiveDate, NaiveTime, TimeZone};
use kith_core::directory::{CostOption, Recurrence, Schedule};

use super::*;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn ward(code: &str) -> WardCode {
    WardCode::parse(code).unwrap()
}

fn location(n: u128, lat: f64, lng: f64, ward_code: &str, accessibility: &[&str]) -> Change {
    Change::Location(Location {
        id: id(n),
        name: format!("Hall {n}"),
        description: String::new(),
        address: "1 High Street".into(),
        city: "Birmingham".into(),
        postcode: None,
        position: Some(LatLng { lat, lng }),
        ward: Some(ward(ward_code)),
        accessibility: accessibility.iter().map(|s| (*s).to_owned()).collect(),
    })
}

fn service(n: u128, name: &str, description: &str) -> Service {
    Service {
        id: id(n),
        organisation_id: id(1),
        name: name.into(),
        description: description.into(),
        status: ServiceStatus::Active,
        url: None,
        email: None,
        phone: None,
        locations: vec![],
        areas: vec![],
        terms: vec![],
        schedules: vec![],
        costs: vec![],
        languages: vec![],
        minimum_age: None,
        maximum_age: None,
        eligibility: String::new(),
        contacts: vec![],
        funding: vec![],
        assured_date: None,
        checked_at: now() - Duration::days(30),
    }
}

fn tuesday_mornings() -> Schedule {
    Schedule {
        id: Uuid::nil(),
        recurrence: Recurrence::Weekly { days: vec![Weekday::Tue], interval: 1 },
        opens: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        closes: NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
        valid_from: None,
        valid_to: None,
        not_on_bank_holidays: false,
        note: String::new(),
    }
}

fn put(index: &mut DirectoryIndex, s: Service) {
    index.apply(vec![Change::Service { service: s, modified: now() }], 0);
}

fn query(text: &str) -> Query {
    Query { text: text.into(), now: now(), page: 1, per_page: 20, ..Query::default() }
}

fn names(index: &DirectoryIndex, q: &Query) -> Vec<String> {
    index.search(q).hits.iter().map(|h| h.service.name.clone()).collect()
}

#[test]
fn plural_queries_find_singular_names_and_a_name_match_outranks_a_description_match() {
    let mut index = DirectoryIndex::default();
    put(&mut index, service(10, "Sparkhill Community Centre", "Home of a weekly lunch club and a walking group"));
    put(&mut index, service(11, "Friday Lunch Club", "Hot meals for older people"));
    put(&mut index, service(12, "Chess in the library", "Quiet games"));
    assert_eq!(names(&index, &query("lunch clubs")), vec!["Friday Lunch Club", "Sparkhill Community Centre"]);
    assert!(names(&index, &query("swimming")).is_empty());
}

#[test]
fn every_word_of_a_query_must_match_somewhere() {
    let mut index = DirectoryIndex::default();
    put(&mut index, service(10, "Walking group", "Gentle walks in the park"));
    put(&mut index, service(11, "Walking football", "For over 50s"));
    assert_eq!(names(&index, &query("walking football")), vec!["Walking football"]);
}

#[test]
fn synonyms_that_network_leads_keep_widen_a_search() {
    let mut index = DirectoryIndex::default();
    put(&mut index, service(10, "Telephone befriending", "A weekly call from a volunteer"));
    assert!(names(&index, &query("lonely")).is_empty());
    let synonym = Synonym { id: id(99), word: "lonely".into(), alternatives: vec!["befriending".into()] };
    index.apply(vec![Change::Synonym(synonym)], 1);
    assert_eq!(names(&index, &query("lonely")), vec!["Telephone befriending"]);
    index.apply(vec![Change::Removed(id(99))], 2);
    assert!(names(&index, &query("lonely")).is_empty(), "a removed synonym stops widening");
}

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
fn distance_filters_and_orders_and_service_areas_cover_a_postcode_at_any_distance() {
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
    let mut q = query("");
    q.near = Some(Near { point: LatLng { lat: 52.4801, lng: -1.9 }, within_m: Some(2_000.0), ward: None });
    let found = index.search(&q);
    assert_eq!(found.hits.iter().map(|h| h.service.name.as_str()).collect::<Vec<_>>(), vec!["Near", "Middle"]);
    let d = found.hits[1].distance_m.unwrap();
    assert!((d - 1_101.0).abs() < 10.0, "about 1.1 km: {d}");
    q.near.as_mut().unwrap().ward = Some(ward("E05011121"));
    assert_eq!(names(&index, &q), vec!["Near", "Middle", "Phone line"], "the service area covers the ward");
    q.near = None;
    q.ward = Some(ward("E05011130"));
    assert_eq!(names(&index, &q), vec!["Far"]);
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
fn a_term_finds_services_filed_under_the_terms_below_it() {
    let mut index = DirectoryIndex::default();
    let taxonomy = id(500);
    let term = |n: u128, name: &str, parent: Option<Uuid>| {
        Change::Term(TaxonomyTerm {
            id: id(n),
            taxonomy_id: taxonomy,
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
    let mut q = query("");
    q.terms = vec![id(501)];
    assert_eq!(names(&index, &q), vec!["Sparkhill pantry"]);
    q.terms = vec![];
    q.taxonomy = Some(taxonomy);
    assert_eq!(names(&index, &q), vec!["Sparkhill pantry"]);
    assert_eq!(names(&index, &query("bank")), vec!["Sparkhill pantry"], "a term's name is searchable");
}

#[test]
fn open_now_and_day_filters_read_the_schedules() {
    let mut index = DirectoryIndex::default();
    let mut tuesday = service(10, "Tuesday group", "");
    tuesday.schedules = vec![tuesday_mornings()];
    put(&mut index, tuesday);
    put(&mut index, service(11, "No schedule", ""));
    let mut q = query("");
    q.open_at = Some(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap().and_hms_opt(10, 30, 0).unwrap());
    assert_eq!(names(&index, &q), vec!["Tuesday group"]);
    q.open_at = Some(NaiveDate::from_ymd_opt(2026, 3, 3).unwrap().and_hms_opt(13, 0, 0).unwrap());
    assert!(names(&index, &q).is_empty());
    let mut q = query("");
    q.days = vec![Weekday::Sat];
    assert!(names(&index, &q).is_empty());
    q.days = vec![Weekday::Tue];
    q.from_time = NaiveTime::from_hms_opt(11, 0, 0);
    assert_eq!(names(&index, &q), vec!["Tuesday group"]);
    q.from_time = NaiveTime::from_hms_opt(12, 0, 0);
    assert!(names(&index, &q).is_empty(), "it has closed by noon");
}

#[test]
fn cost_language_age_and_accessibility_filter() {
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
    let mut q = query("yoga");
    q.free_only = true;
    assert_eq!(names(&index, &q), vec!["Free chair yoga"]);
    let mut q = query("yoga");
    q.language = Some(LanguageCode::parse("pl").unwrap());
    assert_eq!(names(&index, &q), vec!["Paid yoga"]);
    let mut q = query("yoga");
    q.age = Some(30);
    assert_eq!(names(&index, &q), vec!["Paid yoga"]);
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
    let mut q = query("group");
    q.include_expired = true;
    assert_eq!(names(&index, &q), vec!["Old group"]);
}

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
