//! The index held to the specification (`crate::spec`). Thousands of services across a city, with every kind of
//! place (one, two, only a service area, both, none) and every field a filter reads, some expired, some edited so
//! that older slots are dead, some removed, are asked random queries that mix words, needs, a point with or without
//! a radius and a ward, and every other filter, so that every shortcut the index takes is taken; each answer (which
//! services, how many, how far, in what order, any page of them and its list items) must be the specification's.
//! Twice: after a build laid the services out by place and a few edits were added after it, and again after so
//! many edits that the index laid itself out afresh.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use kith_core::directory::{
    ACCESSIBILITY, CostOption, LanguageCode, Location, Organisation, Recurrence, Schedule, Service, ServiceStatus,
    Synonym, TaxonomyTerm,
};
use kith_core::places::{LatLng, Radius};
use uuid::Uuid;

use super::{Names, id, now, ward};
use crate::doc::HOT_MARGIN_M;
use crate::spec::{self, Answer, Directory, Match};
use crate::{Change, DirectoryIndex, Hit, Near, Query};

#[test]
fn the_index_answers_every_query_as_the_specification_does() {
    let mut dice = Dice(0x5eed_1234_abcd_0001);
    let mut both =
        Both { index: DirectoryIndex::default().with_listings(Box::new(Names)), directory: Directory::default() };
    let mut changes: Vec<Change> = (0..6).map(|n| term(n, &format!("Need {n}"))).collect();
    changes.extend((1..=3).map(organisation));
    changes.push(Change::Synonym(Synonym { id: id(800), word: "singing".into(), alternatives: vec!["choir".into()] }));
    changes.extend((0..PLACES).map(|n| place(&mut dice, n)));
    both.apply(changes);
    let mut services: Vec<Service> = (0..3_000).map(|n| random_service(&mut dice, n)).collect();
    both.apply(
        services.iter().map(|s| Change::Service { service: s.clone(), modified: modified(&mut dice) }).collect(),
    );
    assert!(
        both.index.layout.placed_end > 1_500,
        "the build laid its services with one place out by place: {:?}",
        both.index.layout.placed_end
    );
    // Edit a few hundred, so their first slots are dead and their new ones come after everyone else's; move a few
    // places (their services are indexed again) and remove a few services.
    for n in (0..3_000).step_by(11) {
        let s = &mut services[n];
        s.name = format!("{} {}", WORDS[dice.below(10) as usize], s.name);
        both.apply(vec![Change::Service { service: s.clone(), modified: now() }]);
    }
    both.apply((0..10).map(|n| place(&mut dice, n * 37)).collect());
    both.apply((0..20).map(|n| Change::Removed(services[n * 97 + 5].id)).collect());
    assert!(both.index.docs.len() > 3_200, "the edits were added after the laid-out slots");
    let compared = same_answers(&both, &mut dice);
    assert!(compared > 2_000, "the queries found enough to compare: {compared}");
    // A need renamed (every service is indexed again), a second synonym, and most services edited again, one at a
    // time: the dead slots and those added since the build are then so many that the index sweeps and lays itself
    // out again.
    both.apply(vec![term(1, "Renamed need coffee")]);
    both.apply(vec![Change::Synonym(Synonym {
        id: id(801),
        word: "food".into(),
        alternatives: vec!["lunch".into(), "coffee".into()],
    })]);
    for n in (0..3_000).filter(|n| n % 4 != 0) {
        let s = &mut services[n];
        s.description = format!("{} {}", s.description, WORDS[dice.below(10) as usize]);
        both.apply(vec![Change::Service { service: s.clone(), modified: now() }]);
    }
    assert!(both.index.docs.len() - both.index.layout.built as usize <= 1_000, "laid out again");
    let compared = same_answers(&both, &mut dice);
    assert!(compared > 2_000, "the queries found enough to compare: {compared}");
}

/// Asks 300 random queries of the index and of the specification, and checks that every answer is the
/// specification's; returns how many matches the answers held.
fn same_answers(both: &Both, dice: &mut Dice) -> usize {
    let mut compared = 0;
    for round in 0..300 {
        let q = random_query(dice, round);
        let expected: Vec<Match> = both.directory.matches(&q);
        let all = both.index.search(&Query { page: 1, per_page: usize::MAX, ..q.clone() });

        // Which services, and how many.
        assert_eq!(all.total, expected.len(), "round {round}: how many match {q:?}");
        assert_eq!(
            sorted(all.hits.iter().map(|h| h.service.id)),
            sorted(expected.iter().map(|m| m.id)),
            "round {round}: {q:?}"
        );

        // How far each is, and that a query with words scores every match and one without scores none.
        let expected: HashMap<Uuid, &Match> = expected.iter().map(|m| (m.id, m)).collect();
        let has_words = spec::has_words(&both.directory, &q);
        for hit in &all.hits {
            let nearest = expected[&hit.service.id].distance_m;
            match (hit.distance_m, nearest) {
                (Some(shown), Some(nearest)) => assert!(
                    (shown - nearest).abs() <= HOT_MARGIN_M,
                    "round {round}: {} shown at {shown} m, its nearest place {nearest} m",
                    hit.service.name
                ),
                (shown, nearest) => assert_eq!(shown, nearest, "round {round}: {}'s distance", hit.service.name),
            }
            assert_eq!(hit.score > 0.0, has_words, "round {round}: {} scored {}", hit.service.name, hit.score);
        }

        // In order.
        let mut answers: Vec<Answer> = all.hits.iter().map(|hit| answer(hit, expected[&hit.service.id])).collect();
        answers.sort_by(|a, b| spec::order(spec::ranked(&both.directory, &q), a, b));
        let ids = |answers: &[Answer]| answers.iter().map(|a| a.id).collect::<Vec<_>>();
        assert_eq!(all.hits.iter().map(|h| h.service.id).collect::<Vec<_>>(), ids(&answers), "round {round}: order");

        // Any page of them, as hits and as list items: the third page of seven, and one at random.
        let pages = [(3, 7), (dice.below(6) as usize, 1 + dice.below(25) as usize)];
        for (page, per_page) in pages {
            let paged = Query { page, per_page, ..q.clone() };
            let wanted = spec::page(&answers, &paged);
            let found = both.index.search(&paged);
            assert_eq!(found.total, expected.len(), "round {round}: the total beside page {page} of {per_page}");
            let found: Vec<Uuid> = found.hits.iter().map(|h| h.service.id).collect();
            assert_eq!(found, ids(wanted), "round {round}: page {page} of {per_page}");
            let items = both.index.listing_page(&paged).expect("the index keeps list items");
            assert_eq!(items.total, expected.len(), "round {round}: the total beside page {page} of {per_page}");
            let items: Vec<(String, Option<String>)> =
                items.items.iter().map(|(s, o)| ((*s).to_owned(), o.map(str::to_owned))).collect();
            let wanted: Vec<(String, Option<String>)> =
                wanted.iter().map(|a| (a.name.clone(), expected[&a.id].organisation.clone())).collect();
            assert_eq!(items, wanted, "round {round}: the list items of page {page} of {per_page}");
        }
        compared += expected.len();
    }
    compared
}

/// A match as the index answered it: its name as the specification has it, its score and the distance it shows.
fn answer(hit: &Hit, expected: &Match) -> Answer {
    Answer { id: expected.id, name: expected.name.clone(), score: hit.score, distance_m: hit.distance_m }
}

fn sorted(ids: impl Iterator<Item = Uuid>) -> Vec<Uuid> {
    let mut ids: Vec<Uuid> = ids.collect();
    ids.sort();
    ids
}

/// The index and the specification's directory, given the same changes.
struct Both {
    index: DirectoryIndex,
    directory: Directory,
}

impl Both {
    fn apply(&mut self, changes: Vec<Change>) {
        self.directory.apply(&changes);
        self.index.apply(changes, 0);
    }
}

/// A small deterministic generator, so the comparison is the same on every run.
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

    fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }

    fn between(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * (self.next() % 1_000_000) as f64 / 1_000_000.0
    }
}

/// The words services are named and described with, and that queries ask for.
const WORDS: [&str; 10] =
    ["lunch", "club", "walk", "choir", "advice", "carers", "coffee", "garden", "reading", "football"];
/// The wards places are in and services serve; queries also ask for one that none is in.
const WARDS: [&str; 4] = ["E05011121", "E05011130", "E05011151", "E05011160"];
const NO_ONES_WARD: &str = "E05099999";
const LANGUAGES: [&str; 4] = ["en", "pl", "ur", "bsl"];
const DAYS: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
const PLACES: u128 = 400;

/// Terms 3 to 5 sit under terms 0 to 2, so a parent finds its children's services; even and odd terms are in two
/// taxonomies.
fn term(n: u128, name: &str) -> Change {
    Change::Term(TaxonomyTerm {
        id: id(900 + n),
        taxonomy_id: id(898 + n % 2),
        code: format!("t{n}"),
        name: name.into(),
        description: String::new(),
        parent_id: (n >= 3).then(|| id(900 + n - 3)),
    })
}

fn organisation(n: u128) -> Change {
    Change::Organisation(Organisation {
        id: id(n),
        name: format!("Organisation {n}"),
        description: String::new(),
        email: None,
        website: None,
        phone: None,
    })
}

/// A place in the city, in one of the wards; one in fifteen has no position and one in ten no ward.
fn place(dice: &mut Dice, n: u128) -> Change {
    let position =
        (!dice.one_in(15)).then(|| LatLng { lat: dice.between(52.38, 52.60), lng: dice.between(-2.03, -1.73) });
    Change::Location(Location {
        id: id(10_000 + n),
        name: format!("Hall {n}"),
        description: String::new(),
        address: String::new(),
        city: String::new(),
        postcode: None,
        position,
        ward: (!dice.one_in(10)).then(|| ward(WARDS[dice.below(4) as usize])),
        accessibility: ACCESSIBILITY.iter().filter(|_| dice.one_in(3)).map(|s| (*s).to_owned()).collect(),
    })
}

fn random_place(dice: &mut Dice) -> Uuid {
    id(10_000 + u128::from(dice.below(PLACES as u64)))
}

fn modified(dice: &mut Dice) -> DateTime<Utc> {
    now() - Duration::days(dice.below(20) as i64)
}

fn random_service(dice: &mut Dice, n: u128) -> Service {
    let name = format!("{} {}", WORDS[dice.below(10) as usize], WORDS[dice.below(10) as usize]);
    let mut s =
        Service::new(id(100_000 + n), id(1 + u128::from(dice.below(3))), &name, WORDS[dice.below(10) as usize], now());
    s.checked_at = now() - Duration::days(if dice.one_in(20) { 600 } else { dice.below(500) as i64 });
    s.terms = vec![id(900 + u128::from(dice.below(6)))];
    match dice.below(10) {
        0 => s.areas = vec![ward(WARDS[dice.below(4) as usize])],
        1 => {
            s.areas = vec![ward(WARDS[dice.below(4) as usize])];
            s.locations = vec![random_place(dice)];
        }
        2 => s.locations = vec![random_place(dice), random_place(dice)],
        3 => {}
        _ => s.locations = vec![random_place(dice)],
    }
    if dice.one_in(6) {
        s.status = ServiceStatus::Inactive;
    }
    if dice.one_in(3) {
        s.costs = vec![CostOption {
            option: "Session".into(),
            amount: dice.below(3) as f64,
            amount_description: String::new(),
        }];
    }
    s.languages = LANGUAGES.iter().filter(|_| dice.one_in(4)).map(|c| LanguageCode::parse(c).unwrap()).collect();
    s.minimum_age = dice.one_in(3).then(|| dice.below(60) as u8);
    s.maximum_age = dice.one_in(3).then(|| 20 + dice.below(80) as u8);
    s.schedules = (0..dice.below(3)).map(|_| schedule(dice)).collect();
    s
}

fn schedule(dice: &mut Dice) -> Schedule {
    let opens = 8 + dice.below(8) as u32;
    let recurrence = if dice.one_in(3) {
        Recurrence::Monthly { ordinal: 1 + dice.below(4) as i8, day: DAYS[dice.below(7) as usize] }
    } else {
        let one = DAYS[dice.below(7) as usize];
        Recurrence::Weekly {
            days: DAYS.iter().filter(|_| dice.one_in(3)).copied().chain([one]).collect(),
            interval: 1 + dice.below(2) as u8,
        }
    };
    Schedule {
        id: Uuid::nil(),
        recurrence,
        opens: NaiveTime::from_hms_opt(opens, 0, 0).unwrap(),
        closes: NaiveTime::from_hms_opt(opens + 1 + dice.below(4) as u32, 30 * dice.below(2) as u32, 0).unwrap(),
        valid_from: None,
        valid_to: None,
        not_on_bank_holidays: dice.one_in(2),
        note: String::new(),
    }
}

/// A query as the pages and the open data API ask them: mostly words, often a need and a point with a radius (from
/// a street's width to the widest allowed, more than the whole city and wider than the regions fold), and now and
/// then each other filter. Every seventh has no words and every fifth no point, so some are listed by name.
fn random_query(dice: &mut Dice, round: usize) -> Query {
    let mut q = Query { now: now(), page: 1, per_page: 20, ..Query::default() };
    if !round.is_multiple_of(7) {
        let words = 1 + u64::from(dice.one_in(4));
        q.text = (0..words).map(|_| WORDS[dice.below(10) as usize]).collect::<Vec<_>>().join(" ");
        if dice.one_in(10) {
            q.text = format!("the {} singing and food", q.text);
        }
    }
    if !dice.one_in(3) {
        q.terms = (0..1 + dice.below(2)).map(|_| id(900 + u128::from(dice.below(7)))).collect();
    }
    if !round.is_multiple_of(5) {
        let within = [Some(300.0), Some(1_500.0), Some(5_000.0), Some(12_000.0), Some(Radius::MAX_M), None];
        q.near = Some(Near {
            point: LatLng { lat: dice.between(52.40, 52.58), lng: dice.between(-2.0, -1.76) },
            within_m: within[dice.below(6) as usize].and_then(Radius::metres),
            ward: dice.one_in(3).then(|| ward(WARDS[dice.below(4) as usize])),
        });
    }
    if dice.one_in(8) {
        q.ward = Some(ward(if dice.one_in(5) { NO_ONES_WARD } else { WARDS[dice.below(4) as usize] }));
    }
    q.taxonomy = dice.one_in(10).then(|| id(898 + u128::from(dice.below(3))));
    q.organisation = dice.one_in(10).then(|| id(1 + u128::from(dice.below(4))));
    q.age = dice.one_in(8).then(|| dice.below(100) as u8);
    q.minimum_age = dice.one_in(10).then(|| dice.below(100) as u8);
    q.maximum_age = dice.one_in(10).then(|| dice.below(100) as u8);
    if dice.one_in(8) {
        q.days = vec![DAYS[dice.below(7) as usize]];
        q.from_time = dice.one_in(2).then(|| NaiveTime::from_hms_opt(9 + dice.below(8) as u32, 0, 0)).flatten();
        q.to_time = dice.one_in(2).then(|| NaiveTime::from_hms_opt(9 + dice.below(8) as u32, 0, 0)).flatten();
    }
    if dice.one_in(10) {
        let day = NaiveDate::from_ymd_opt(2026, 3, 2 + dice.below(14) as u32).unwrap();
        q.open_at = day.and_hms_opt(8 + dice.below(10) as u32, 15, 0);
    }
    q.free_only = dice.one_in(8);
    q.language = dice.one_in(8).then(|| LanguageCode::parse(LANGUAGES[dice.below(4) as usize]).unwrap());
    if dice.one_in(8) {
        q.accessibility = ACCESSIBILITY.iter().filter(|_| dice.one_in(4)).map(|s| (*s).to_owned()).collect();
        q.accessibility.push("a feature Kith does not know".into());
    }
    q.modified_after = dice.one_in(10).then(|| now() - Duration::days(dice.below(20) as i64));
    q.active_only = dice.one_in(4);
    q.include_expired = dice.one_in(5);
    q
}
