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
    Service::new(id(n), id(1), name, description, now() - Duration::days(30))
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
    q.near = Some(Near { point: LatLng { lat: 52.4801, lng: -1.9 }, within_m: Radius::metres(2_000.0), ward: None });
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

/// List items that are just the record's name, to see which version of a record a page was written from.
struct Names;

impl Listings for Names {
    fn service(&self, service: &Service, _: DateTime<Utc>) -> Box<str> {
        service.name.as_str().into()
    }

    fn organisation(&self, organisation: &Organisation) -> Box<str> {
        organisation.name.as_str().into()
    }
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

/// A small deterministic generator, so the comparison below is the same on every run.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn between(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * (self.next() % 1_000_000) as f64 / 1_000_000.0
    }
}

/// The words and wards of the randomised comparison below.
const WORDS: [&str; 10] =
    ["lunch", "club", "walk", "choir", "advice", "carers", "coffee", "garden", "reading", "football"];
const WARDS: [&str; 4] = ["E05011121", "E05011130", "E05011151", "E05011160"];

#[test]
fn words_needs_and_distance_together_find_exactly_what_checking_every_service_finds() {
    // Thousands of services across a city (some with two places, some with only a service area, some with both,
    // some expired, some edited so older slots are dead), searched by a word, a need and a distance as the open
    // data API is, with every shortcut the index takes; each answer is compared with one that checks every
    // service plainly. Twice: after a build laid them out by place and a few edits were added after it, and again
    // after so many edits that the index laid itself out afresh.
    let mut dice = Dice(0x5eed_1234_abcd_0001);
    let mut index = DirectoryIndex::default();
    let mut changes = Vec::new();
    for t in 0..6u128 {
        changes.push(Change::Term(TaxonomyTerm {
            id: id(900 + t),
            taxonomy_id: id(899),
            code: format!("t{t}"),
            name: format!("Need {t}"),
            description: String::new(),
            // Terms 3 to 5 sit under terms 0 to 2, so a parent finds its children's services.
            parent_id: (t >= 3).then(|| id(900 + t - 3)),
        }));
    }
    let mut places = Vec::new();
    for n in 0..400u128 {
        let (lat, lng) = (dice.between(52.38, 52.60), dice.between(-2.03, -1.73));
        places.push((id(10_000 + n), lat, lng));
        changes.push(location(10_000 + n, lat, lng, WARDS[(n % 4) as usize], &[]));
    }
    index.apply(changes, 1);
    let mut services = Vec::new();
    let mut batch = Vec::new();
    for n in 0..3_000u128 {
        let name = format!("{} {}", WORDS[dice.below(10) as usize], WORDS[dice.below(10) as usize]);
        let mut s = service(100_000 + n, &name, WORDS[dice.below(10) as usize]);
        s.terms = vec![id(900 + u128::from(dice.below(6)))];
        match dice.below(10) {
            0 => s.areas = vec![ward(WARDS[dice.below(4) as usize])],
            1 => {
                s.areas = vec![ward(WARDS[dice.below(4) as usize])];
                s.locations = vec![places[dice.below(400) as usize].0];
            }
            2 => s.locations = vec![places[dice.below(400) as usize].0, places[dice.below(400) as usize].0],
            3 => {}
            _ => s.locations = vec![places[dice.below(400) as usize].0],
        }
        if dice.below(20) == 0 {
            s.checked_at = now() - Duration::days(600);
        }
        services.push(s.clone());
        batch.push(Change::Service { service: s, modified: now() });
    }
    index.apply(batch, 2);
    assert!(
        index.layout.placed_end > 1_500,
        "the build laid its services with one place out by place: {:?}",
        index.layout.placed_end
    );
    // Edit a few hundred, so their first slots are dead and their new ones come after everyone else's.
    for n in (0..3_000).step_by(11) {
        let s = &mut services[n];
        s.name = format!("{} {}", WORDS[dice.below(10) as usize], s.name);
        put(&mut index, s.clone());
    }
    assert!(index.docs.len() > 3_200, "the edits were added after the laid-out slots");
    let compared = same_as_checking_every_service(&index, &services, &places, &mut dice);
    assert!(compared > 2_000, "the queries found enough to compare: {compared}");
    // Edit most of them again, one at a time: the dead slots and those added since the build are then so many that
    // the index sweeps and lays itself out again.
    for n in (0..3_000).filter(|n| n % 4 != 0) {
        let s = &mut services[n];
        s.description = format!("{} {}", s.description, WORDS[dice.below(10) as usize]);
        put(&mut index, s.clone());
    }
    assert!(index.docs.len() - index.layout.built as usize <= 1_000, "laid out again");
    let compared = same_as_checking_every_service(&index, &services, &places, &mut dice);
    assert!(compared > 2_000, "the queries found enough to compare: {compared}");
}

/// Asks 300 random queries of words, a need and a distance, and checks each answer against every service checked
/// plainly; returns how many services the answers held.
fn same_as_checking_every_service(
    index: &DirectoryIndex,
    services: &[Service],
    places: &[(Uuid, f64, f64)],
    dice: &mut Dice,
) -> usize {
    let analyzer = text::Analyzer::default();
    let position = |l: Uuid| places.iter().find(|p| p.0 == l).map(|p| Point { lat: p.1, lng: p.2 });
    let children = |t: Uuid| -> Vec<Uuid> {
        let n = t.as_u128() - 900;
        if n < 3 { vec![t, id(903 + n)] } else { vec![t] }
    };
    let stems: Vec<Vec<String>> =
        services.iter().map(|s| analyzer.stems(&format!("{} {}", s.name, s.description))).collect();
    let mut compared = 0;
    for round in 0..300 {
        let word = WORDS[dice.below(10) as usize];
        let term = id(900 + u128::from(dice.below(6)));
        let point = Point { lat: dice.between(52.40, 52.58), lng: dice.between(-2.0, -1.76) };
        // From a street's width to the widest radius allowed, more than the whole city (wider than the regions fold).
        let within = [300.0, 1_500.0, 5_000.0, 12_000.0, Radius::MAX_M][round % 5];
        let near_ward = (round % 3 == 0).then(|| ward(WARDS[dice.below(4) as usize]));
        let mut q = query(word);
        q.terms = vec![term];
        q.near = Some(Near {
            point: LatLng { lat: point.lat, lng: point.lng },
            within_m: Radius::metres(within),
            ward: near_ward.clone(),
        });
        q.per_page = 10_000;
        let cos_lat = point.lat.to_radians().cos();
        let stem = &analyzer.stems(word)[0];
        let mut expected: Vec<Uuid> = services
            .iter()
            .zip(&stems)
            .filter(|(_, stems)| stems.contains(stem))
            .map(|(s, _)| s)
            .filter(|s| s.terms.iter().any(|t| children(term).contains(t)))
            .filter(|s| now() < kith_core::directory::expires_at(s.checked_at))
            .filter(|s| {
                let close =
                    s.locations.iter().filter_map(|l| position(*l)).any(|p| point.distance_m(p, cos_lat) <= within);
                let covered = near_ward.as_ref().is_some_and(|w| s.areas.contains(w));
                close || covered
            })
            .map(|s| s.id)
            .collect();
        expected.sort();
        let hits = index.search(&q).hits;
        // Ranked by score, then nearer first, then by id; and a page is that order's slice.
        for pair in hits.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let key = |h: &crate::Hit| (std::cmp::Reverse(h.score), h.distance_m.unwrap_or(f64::INFINITY));
            let ordered = match key(a).partial_cmp(&key(b)) {
                Some(std::cmp::Ordering::Equal) => a.service.id < b.service.id,
                other => other == Some(std::cmp::Ordering::Less),
            };
            assert!(ordered, "round {round}: {a:?} before {b:?}");
        }
        let page = index.search(&Query { page: 3, per_page: 7, ..q.clone() }).hits;
        let slice: Vec<Uuid> = hits.iter().skip(14).take(7).map(|h| h.service.id).collect();
        assert_eq!(page.iter().map(|h| h.service.id).collect::<Vec<_>>(), slice, "round {round}: the third page");
        let mut found: Vec<Uuid> = hits.iter().map(|h| h.service.id).collect();
        found.sort();
        assert_eq!(
            found, expected,
            "round {round}: {word}, term {term}, {within} m from {point:?}, ward {near_ward:?}"
        );
        compared += expected.len();
    }
    compared
}

#[test]
fn the_dense_entries_a_query_walks_stay_small() {
    // A query reads one entry per candidate; at 24 bytes, two or three share a cache line.
    assert_eq!(std::mem::size_of::<Hot>(), 24);
    assert_eq!(std::mem::size_of::<Posting>(), 8);
}

/// Properties of a search over any query a visitor can send: any words, any page, any radius the API lets through.
mod properties {
    use proptest::prelude::*;

    use super::*;

    fn small_index() -> DirectoryIndex {
        let mut index = DirectoryIndex::default();
        put(&mut index, service(10, "Sparkhill Community Centre", "Home of a weekly lunch club and a walking group"));
        put(&mut index, service(11, "Friday Lunch Club", "Hot meals for older people"));
        put(&mut index, service(12, "Chess in the library", "Quiet games"));
        index
    }

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
            let index = small_index();
            let mut q = query(&text);
            (q.page, q.per_page) = (page, per_page);
            q.near = Some(Near { point: LatLng { lat, lng }, within_m: within.and_then(Radius::metres), ward: None });
            let found = index.search(&q);
            prop_assert!(found.hits.len() <= per_page.min(3));
            prop_assert!(found.hits.len() <= found.total);
        }
    }
}
