//! The demo city's directory: Birmingham's real GP practices, libraries and schools (open data carried in the
//! binary) as locations, community venues in every ward, and over two thousand community services run by
//! made-up groups, filed under a taxonomy of needs. Generated from a fixed seed, so every run gives the same
//! directory.

use chrono::{Duration, NaiveDate, NaiveTime, Weekday};
use kith_core::directory::{
    Contact, CostOption, LanguageCode, Location, Organisation, Recurrence, Schedule, Service, ServiceStatus, Synonym,
    Taxonomy, TaxonomyTerm, WEEKDAYS, part_id,
};
use kith_core::places::{LatLng, Postcode, WardCode};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use crate::directory::{Record, write_records};
use crate::places::At;
use crate::{Actor, App, AppError, Result};

const GP_PRACTICES: &[u8] = include_bytes!("../../../../data/birmingham/places_gp_practices_birmingham.csv");
pub(crate) const LIBRARIES: &[u8] = include_bytes!("../../../../data/birmingham/places_libraries_birmingham.csv");
pub(crate) const SCHOOLS: &[u8] = include_bytes!("../../../../data/birmingham/places_schools_birmingham.csv");
const SEED: u64 = 2026;

/// The namespace the demo's identifiers are derived in, so the same record has the same id every run.
pub(crate) fn demo_id(what: &str) -> Uuid {
    part_id(Uuid::from_u128(0x6b69_7468_0000_4000_8000_0000_6465_6d6f), what)
}

/// The taxonomy of needs: each top-level need and the kinds of help under it.
const NEEDS: &[(&str, &str, &[&str])] = &[
    ("loneliness", "Loneliness and isolation", &["Befriending", "Social groups", "Lunch clubs"]),
    ("food", "Food", &["Food banks and pantries", "Community meals", "Cooking skills"]),
    ("money", "Money and debt", &["Debt advice", "Benefits advice", "Energy and bills"]),
    ("wellbeing", "Mental wellbeing", &["Peer support", "Talking and listening", "Mindfulness and relaxation"]),
    ("activity", "Physical activity", &["Walking groups", "Sport", "Dance and movement", "Exercise classes"]),
    ("learning", "Learning and skills", &["English (ESOL)", "Jobs and employment", "Adult learning"]),
    ("carers", "Carers", &["Carers' support groups", "Respite and breaks"]),
    ("families", "Families", &["Parent and toddler", "Youth clubs", "Holiday activities"]),
    ("older", "Older people", &["Older people's clubs", "Day opportunities"]),
    ("disability", "Disability", &["Disability support", "Inclusive activities"]),
    ("housing", "Housing", &["Housing advice", "Homelessness support"]),
    ("digital", "Digital inclusion", &["Digital skills", "Devices and data"]),
    ("faith", "Faith and culture", &["Faith groups", "Cultural groups", "Community celebrations"]),
    ("advice", "Advice", &["General advice", "Legal advice", "Immigration advice"]),
];

/// A kind of service: its name (with `{place}` for the area or venue), what it is, what it is filed under, who
/// it is for, what it costs and when it usually runs.
struct Kind {
    name: &'static str,
    description: &'static str,
    terms: &'static [&'static str],
    ages: (Option<u8>, Option<u8>),
    cost: Option<(&'static str, f64, &'static str)>,
    days: &'static [Weekday],
    hours: (u32, u32),
    venue: Venue,
}

#[derive(Clone, Copy, PartialEq)]
enum Venue {
    Community,
    Library,
    School,
    Surgery,
    Faith,
    Park,
}

use Venue::{Community, Faith, Library, Park, School, Surgery};
use Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};

const KINDS: &[Kind] = &[
    Kind {
        name: "{place} Lunch Club",
        description: "A hot two-course lunch and good company, every week. Come on your own or bring a friend; we can help with transport if getting here is hard.",
        terms: &["Lunch clubs", "Older people's clubs"],
        ages: (Some(55), None),
        cost: Some(("Lunch", 3.5, "per meal, pay on the day")),
        days: &[Tue, Thu],
        hours: (11, 14),
        venue: Community,
    },
    Kind {
        name: "{place} Telephone Befriending",
        description: "A friendly weekly phone call from a trained volunteer for anyone who feels lonely or cut off. No forms: ring us or ask someone to refer you.",
        terms: &["Befriending"],
        ages: (Some(18), None),
        cost: None,
        days: &[Mon, Wed, Fri],
        hours: (10, 16),
        venue: Community,
    },
    Kind {
        name: "{place} Coffee Morning",
        description: "Drop in for a cuppa, cake and a chat. A relaxed way to meet neighbours and find out what else is going on locally.",
        terms: &["Social groups"],
        ages: (None, None),
        cost: Some(("Donation", 1.0, "suggested donation")),
        days: &[Wed],
        hours: (10, 12),
        venue: Faith,
    },
    Kind {
        name: "{place} Food Pantry",
        description: "Choose your own shopping from our pantry for a small weekly membership. Fresh fruit and vegetables, tins, toiletries and nappies. No referral needed.",
        terms: &["Food banks and pantries"],
        ages: (None, None),
        cost: Some(("Weekly membership", 4.0, "for about £20 of food")),
        days: &[Thu],
        hours: (13, 16),
        venue: Faith,
    },
    Kind {
        name: "{place} Food Bank",
        description: "Emergency food parcels for three days, with a friendly welcome and help with what caused the crisis. Bring a voucher from an advice agency, your GP or a support worker, or come and we will help you get one.",
        terms: &["Food banks and pantries"],
        ages: (None, None),
        cost: None,
        days: &[Mon, Fri],
        hours: (10, 13),
        venue: Faith,
    },
    Kind {
        name: "{place} Community Kitchen",
        description: "A free hot meal for anyone, cooked by local volunteers from surplus food. Everyone eats together; children welcome with an adult.",
        terms: &["Community meals"],
        ages: (None, None),
        cost: None,
        days: &[Wed],
        hours: (17, 19),
        venue: Community,
    },
    Kind {
        name: "Cook and Eat at {place}",
        description: "Learn to cook healthy meals on a budget in six friendly sessions, then take home what you made and the recipes.",
        terms: &["Cooking skills", "Community meals"],
        ages: (Some(16), None),
        cost: None,
        days: &[Tue],
        hours: (13, 15),
        venue: Community,
    },
    Kind {
        name: "{place} Money Advice Drop-in",
        description: "Free, confidential advice on debts, bills and budgeting from a qualified adviser. Bring any letters you are worried about.",
        terms: &["Debt advice", "Energy and bills"],
        ages: (Some(18), None),
        cost: None,
        days: &[Mon],
        hours: (10, 13),
        venue: Library,
    },
    Kind {
        name: "Benefits Help at {place}",
        description: "Help to check what you are entitled to, fill in forms for Universal Credit, PIP and Pension Credit, and challenge decisions.",
        terms: &["Benefits advice", "General advice"],
        ages: (Some(16), None),
        cost: None,
        days: &[Thu],
        hours: (10, 15),
        venue: Library,
    },
    Kind {
        name: "{place} Warm Space",
        description: "A warm, welcoming room with hot drinks, free wifi and phone charging through the colder months. Stay as long as you like.",
        terms: &["Energy and bills", "Social groups"],
        ages: (None, None),
        cost: None,
        days: &[Mon, Tue, Wed, Thu, Fri],
        hours: (10, 16),
        venue: Library,
    },
    Kind {
        name: "{place} Peer Support Group",
        description: "A safe space to talk with others who understand what it is like to live with anxiety or low mood, led by people with lived experience.",
        terms: &["Peer support"],
        ages: (Some(18), None),
        cost: None,
        days: &[Wed],
        hours: (18, 20),
        venue: Community,
    },
    Kind {
        name: "{place} Listening Service",
        description: "Someone to talk to in confidence. Book a 50-minute session with a trained volunteer listener, in person or by phone.",
        terms: &["Talking and listening"],
        ages: (Some(16), None),
        cost: None,
        days: &[Tue, Thu],
        hours: (10, 17),
        venue: Surgery,
    },
    Kind {
        name: "Mindfulness at {place}",
        description: "Gentle guided relaxation and breathing for stress and sleep. No experience needed; chairs and mats provided.",
        terms: &["Mindfulness and relaxation"],
        ages: (Some(16), None),
        cost: Some(("Session", 2.0, "per session, free for carers")),
        days: &[Mon],
        hours: (18, 19),
        venue: Library,
    },
    Kind {
        name: "{place} Health Walk",
        description: "A free, friendly led walk of about an hour at an easy pace, finishing with a cuppa. Good for getting active after illness.",
        terms: &["Walking groups"],
        ages: (None, None),
        cost: None,
        days: &[Tue, Sat],
        hours: (10, 11),
        venue: Park,
    },
    Kind {
        name: "{place} Walking Football",
        description: "Football at walking pace for over-50s: no running, no slide tackles, lots of laughs. All abilities welcome.",
        terms: &["Sport", "Older people's clubs"],
        ages: (Some(50), None),
        cost: Some(("Session", 3.0, "per session")),
        days: &[Fri],
        hours: (11, 12),
        venue: School,
    },
    Kind {
        name: "Chair Yoga at {place}",
        description: "Yoga done seated or standing with a chair for support: good for balance, joints and breathing.",
        terms: &["Exercise classes"],
        ages: (Some(50), None),
        cost: Some(("Class", 2.5, "per class")),
        days: &[Wed],
        hours: (14, 15),
        venue: Community,
    },
    Kind {
        name: "{place} Women's Swim and Fitness",
        description: "Women-only exercise sessions with female instructors, in a private space. Beginners very welcome.",
        terms: &["Exercise classes", "Sport"],
        ages: (Some(16), None),
        cost: Some(("Session", 2.0, "per session")),
        days: &[Sun],
        hours: (9, 11),
        venue: School,
    },
    Kind {
        name: "{place} Bhangra Fitness",
        description: "High-energy dance workout to bhangra beats. Go at your own pace; all ages and abilities.",
        terms: &["Dance and movement"],
        ages: (Some(12), None),
        cost: Some(("Class", 3.0, "per class")),
        days: &[Mon],
        hours: (19, 20),
        venue: Community,
    },
    Kind {
        name: "{place} ESOL Conversation Club",
        description: "Practise speaking English in a relaxed group, with volunteers who help with everyday English: shops, the doctor, school.",
        terms: &["English (ESOL)"],
        ages: (Some(16), None),
        cost: None,
        days: &[Tue, Thu],
        hours: (13, 15),
        venue: Library,
    },
    Kind {
        name: "{place} Job Club",
        description: "Help with CVs, applications and interview practice, and computers to search for jobs. Drop in or book one-to-one time.",
        terms: &["Jobs and employment", "Digital skills"],
        ages: (Some(16), None),
        cost: None,
        days: &[Wed],
        hours: (10, 13),
        venue: Library,
    },
    Kind {
        name: "{place} Family Learning",
        description: "Free short courses for parents and carers: maths and English to help your child, first aid, and confidence building.",
        terms: &["Adult learning", "Parent and toddler"],
        ages: (Some(16), None),
        cost: None,
        days: &[Mon],
        hours: (9, 11),
        venue: School,
    },
    Kind {
        name: "{place} Carers' Group",
        description: "Meet other unpaid carers for support, information and a break. Guest speakers on benefits, respite and looking after yourself.",
        terms: &["Carers' support groups"],
        ages: (Some(18), None),
        cost: None,
        days: &[Thu],
        hours: (13, 15),
        venue: Community,
    },
    Kind {
        name: "{place} Dementia Cafe",
        description: "A relaxed cafe for people living with dementia and those who care for them, with music, activities and advice.",
        terms: &["Carers' support groups", "Day opportunities"],
        ages: (None, None),
        cost: None,
        days: &[Fri],
        hours: (10, 12),
        venue: Faith,
    },
    Kind {
        name: "{place} Stay and Play",
        description: "Play, songs and stories for babies and toddlers with their parents and carers. Tea and toast for grown-ups.",
        terms: &["Parent and toddler"],
        ages: (None, Some(4)),
        cost: Some(("Family", 1.0, "per family")),
        days: &[Tue],
        hours: (9, 11),
        venue: Faith,
    },
    Kind {
        name: "{place} Youth Club",
        description: "A safe place to hang out with friends: games, sport, music and trips, with youth workers to talk to.",
        terms: &["Youth clubs"],
        ages: (Some(11), Some(18)),
        cost: None,
        days: &[Mon, Wed],
        hours: (18, 21),
        venue: Community,
    },
    Kind {
        name: "{place} Holiday Activities and Food",
        description: "Free activities and a healthy lunch in the school holidays for children who get free school meals.",
        terms: &["Holiday activities", "Community meals"],
        ages: (Some(5), Some(16)),
        cost: None,
        days: &[Mon, Tue, Wed, Thu],
        hours: (10, 14),
        venue: School,
    },
    Kind {
        name: "{place} Over-60s Social",
        description: "Bingo, quizzes, outings and a good natter every week. New faces always welcome.",
        terms: &["Older people's clubs", "Social groups"],
        ages: (Some(60), None),
        cost: Some(("Session", 2.0, "including tea and biscuits")),
        days: &[Mon],
        hours: (13, 16),
        venue: Faith,
    },
    Kind {
        name: "{place} Inclusive Arts",
        description: "Art sessions for adults with learning disabilities or autism, with support workers welcome.",
        terms: &["Inclusive activities", "Disability support"],
        ages: (Some(18), None),
        cost: None,
        days: &[Thu],
        hours: (10, 12),
        venue: Community,
    },
    Kind {
        name: "{place} Disability Advice",
        description: "Advice on blue badges, adaptations, benefits and your rights, from an adviser who is disabled themselves.",
        terms: &["Disability support", "General advice"],
        ages: (Some(16), None),
        cost: None,
        days: &[Wed],
        hours: (10, 13),
        venue: Library,
    },
    Kind {
        name: "{place} Housing Advice Surgery",
        description: "Worried about losing your home, repairs, or rent arrears? Free advice from housing specialists, no appointment needed.",
        terms: &["Housing advice"],
        ages: (Some(16), None),
        cost: None,
        days: &[Tue],
        hours: (14, 17),
        venue: Library,
    },
    Kind {
        name: "{place} Street Outreach",
        description: "Hot food, sleeping bags, health checks and a route off the streets for people sleeping rough.",
        terms: &["Homelessness support", "Community meals"],
        ages: (Some(18), None),
        cost: None,
        days: &[Sun, Wed],
        hours: (19, 21),
        venue: Faith,
    },
    Kind {
        name: "{place} Digital Drop-in",
        description: "Help with phones, tablets, email and getting online, one to one at your own pace. Bring your own device or borrow one.",
        terms: &["Digital skills"],
        ages: (None, None),
        cost: None,
        days: &[Fri],
        hours: (10, 12),
        venue: Library,
    },
    Kind {
        name: "{place} Device Lending",
        description: "Borrow a tablet with free data for up to three months, with help to get started.",
        terms: &["Devices and data"],
        ages: (Some(18), None),
        cost: None,
        days: &[Wed],
        hours: (14, 16),
        venue: Library,
    },
    Kind {
        name: "{place} Women's Circle",
        description: "A friendly group for women to meet, share skills and support one another, with a creche.",
        terms: &["Cultural groups", "Social groups"],
        ages: (Some(16), None),
        cost: None,
        days: &[Thu],
        hours: (10, 12),
        venue: Faith,
    },
    Kind {
        name: "{place} Langar and Community Meal",
        description: "A free vegetarian meal for everyone, whatever their faith, served by volunteers from the gurdwara.",
        terms: &["Faith groups", "Community meals"],
        ages: (None, None),
        cost: None,
        days: &[Sun],
        hours: (12, 15),
        venue: Faith,
    },
    Kind {
        name: "{place} Community Iftar and Eid Celebration",
        description: "Neighbours of every faith and none are invited to share food and celebrate together.",
        terms: &["Community celebrations", "Faith groups"],
        ages: (None, None),
        cost: None,
        days: &[Sat],
        hours: (17, 20),
        venue: Faith,
    },
    Kind {
        name: "{place} Advice Centre",
        description: "Free advice on anything: benefits, debt, housing, work, family and consumer problems. Interpreters available.",
        terms: &["General advice", "Benefits advice", "Debt advice"],
        ages: (Some(16), None),
        cost: None,
        days: &[Mon, Wed],
        hours: (9, 13),
        venue: Community,
    },
    Kind {
        name: "{place} Immigration Advice Clinic",
        description: "Free regulated advice on visas, settlement, the EU Settlement Scheme and asylum, by appointment or drop-in.",
        terms: &["Immigration advice", "Legal advice"],
        ages: (Some(16), None),
        cost: None,
        days: &[Fri],
        hours: (10, 13),
        venue: Community,
    },
    Kind {
        name: "{place} Social Prescribing",
        description: "A link worker at your surgery helps you find local activities and support for what matters to you. Ask at reception.",
        terms: &["Talking and listening", "Social groups"],
        ages: (Some(18), None),
        cost: None,
        days: &[Tue, Thu],
        hours: (9, 17),
        venue: Surgery,
    },
    Kind {
        name: "{place} Repair Cafe",
        description: "Bring broken things (clothes, toasters, bikes) and fix them with volunteer menders over a cup of tea.",
        terms: &["Social groups", "Adult learning"],
        ages: (None, None),
        cost: Some(("Donation", 0.0, "free, donations welcome")),
        days: &[Sat],
        hours: (10, 13),
        venue: Community,
    },
];

/// The community languages of Birmingham, with how often a demo service offers each beside English.
const COMMUNITY_LANGUAGES: &[(&str, u32)] =
    &[("ur", 22), ("pa", 16), ("bn", 10), ("pl", 8), ("ar", 9), ("so", 7), ("ro", 3), ("ps", 2), ("ku", 2), ("zh", 2)];

const GROUP_WORDS: &[&str] = &[
    "Neighbours",
    "Community Association",
    "Together",
    "Friends",
    "Action Group",
    "Community Trust",
    "Network",
    "Hub",
    "Collective",
    "Residents' Association",
    "Welcome Project",
    "Community Partnership",
];
const SAINTS: &[&str] = &["Mary", "John", "Peter", "Paul", "Michael", "Luke", "Margaret", "Anne", "Andrew", "Chad"];

struct Row {
    name: String,
    address: String,
    postcode: Option<String>,
    position: LatLng,
    ward: String,
    phone: Option<String>,
    hours: Vec<(Weekday, NaiveTime, NaiveTime)>,
}

pub(crate) fn read_csv(
    bytes: &[u8],
    file: &str,
    mut each: impl FnMut(&csv::StringRecord, &dyn Fn(&str) -> usize),
) -> Result<()> {
    let mut reader = csv::Reader::from_reader(bytes);
    let headers = reader.headers().map_err(|e| AppError::Internal(format!("{file}: {e}")))?.clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap_or(usize::MAX);
    for record in reader.records() {
        let record = record.map_err(|e| AppError::Internal(format!("{file}: {e}")))?;
        each(&record, &at);
    }
    Ok(())
}

pub(crate) fn field<'a>(r: &'a csv::StringRecord, at: &dyn Fn(&str) -> usize, name: &str) -> &'a str {
    r.get(at(name)).unwrap_or_default().trim()
}

pub(crate) fn position(r: &csv::StringRecord, at: &dyn Fn(&str) -> usize) -> Option<LatLng> {
    LatLng::new(field(r, at, "latitude").parse().ok()?, field(r, at, "longitude").parse().ok()?).ok()
}

/// "ACOCKS GREEN MEDICAL CENTRE" as "Acocks Green Medical Centre".
fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            let mut chars = lower.chars();
            match chars.next() {
                Some(first) if !matches!(lower.as_str(), "and" | "of" | "the") => {
                    first.to_uppercase().chain(chars).collect()
                }
                _ => lower,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn staffed_hours(text: &str) -> Option<(NaiveTime, NaiveTime)> {
    let (open, close) = text.split_once('-')?;
    Some((NaiveTime::parse_from_str(open, "%H:%M").ok()?, NaiveTime::parse_from_str(close, "%H:%M").ok()?))
}

fn real_places() -> Result<(Vec<Row>, Vec<Row>, Vec<Row>)> {
    let mut surgeries = Vec::new();
    read_csv(GP_PRACTICES, "places_gp_practices_birmingham.csv", |r, at| {
        if let Some(p) = position(r, at) {
            surgeries.push(Row {
                name: title_case(field(r, at, "name")),
                address: field(r, at, "address").trim_end_matches(", Birmingham").to_owned(),
                postcode: Some(field(r, at, "postcode").to_owned()),
                position: p,
                ward: field(r, at, "ward_code").to_owned(),
                phone: Some(field(r, at, "telephone").to_owned()).filter(|t| !t.is_empty()),
                hours: vec![],
            });
        }
    })?;
    let mut libraries = Vec::new();
    read_csv(LIBRARIES, "places_libraries_birmingham.csv", |r, at| {
        if !field(r, at, "year_closed").is_empty() {
            return;
        }
        let Some(p) = position(r, at) else { return };
        let hours = WEEKDAYS
            .iter()
            .filter_map(|(w, d, _)| staffed_hours(field(r, at, &format!("{d}_staffed_hours"))).map(|(o, c)| (*w, o, c)))
            .collect();
        libraries.push(Row {
            name: field(r, at, "name").to_owned(),
            address: field(r, at, "address_1").to_owned(),
            postcode: Some(field(r, at, "postcode").to_owned()),
            position: p,
            ward: field(r, at, "ward_code").to_owned(),
            phone: None,
            hours,
        });
    })?;
    let mut schools = Vec::new();
    read_csv(SCHOOLS, "places_schools_birmingham.csv", |r, at| {
        if let Some(p) = position(r, at) {
            schools.push(Row {
                name: field(r, at, "name").to_owned(),
                address: String::new(),
                postcode: None,
                position: p,
                ward: field(r, at, "ward_code_from_polygon").to_owned(),
                phone: None,
                hours: vec![],
            });
        }
    })?;
    Ok((surgeries, libraries, schools))
}

fn location_of(app: &App, id: Uuid, row: &Row, description: &str, accessibility: Vec<String>) -> Location {
    let ward = WardCode::parse(&row.ward)
        .ok()
        .or_else(|| app.places().place(At::Point(row.position)).ward().map(|w| w.code.clone()));
    Location {
        id,
        name: row.name.clone(),
        description: description.to_owned(),
        address: row.address.clone(),
        city: "Birmingham".into(),
        postcode: row.postcode.as_deref().and_then(|p| Postcode::parse(p).ok()),
        position: Some(row.position),
        ward,
        accessibility,
    }
}

pub(crate) fn some_accessibility(rng: &mut StdRng) -> Vec<String> {
    let mut features = Vec::new();
    for (key, chance) in [
        ("step-free", 0.7),
        ("accessible-toilet", 0.6),
        ("hearing-loop", 0.3),
        ("parking", 0.4),
        ("quiet-space", 0.25),
        ("baby-changing", 0.35),
        ("large-print", 0.15),
    ] {
        if rng.gen_bool(chance) {
            features.push(key.to_owned());
        }
    }
    features
}

/// What the demo directory holds.
#[derive(Debug, Clone, Copy)]
pub struct DemoDirectory {
    pub organisations: usize,
    pub locations: usize,
    pub services: usize,
}

/// Adds the demo directory. `group` is the demo community organisation, whose account edits its records.
pub async fn build(app: &App, group: Uuid) -> Result<DemoDirectory> {
    build_sized(app, group, DEMO_SERVICES_PER_WARD * 69).await
}

/// How many community services the demo gives each ward (besides the libraries' own).
pub const DEMO_SERVICES_PER_WARD: usize = 31;

/// Adds a demo directory of about `services` community services (for benchmarks: `kith demo --services 100000`).
pub async fn build_sized(app: &App, group: Uuid, services: usize) -> Result<DemoDirectory> {
    let per_ward = services.div_ceil(69).max(1);
    let mut rng = StdRng::seed_from_u64(SEED);
    let now = app.now();
    let places = app.places();
    let mut records: Vec<Record> = Vec::new();

    let taxonomy = Taxonomy {
        id: demo_id("taxonomy"),
        name: "Community needs".into(),
        description: "What people come to community activities and support for, as Kith's demo directory files them."
            .into(),
        uri: None,
        version: Some("1".into()),
    };
    records.push(Record::Taxonomy(taxonomy.clone()));
    let mut term_ids: Vec<(&str, Uuid, Uuid)> = Vec::new();
    for (code, name, children) in NEEDS {
        let parent = demo_id(&format!("term:{code}"));
        records.push(Record::Term(TaxonomyTerm {
            id: parent,
            taxonomy_id: taxonomy.id,
            code: (*code).into(),
            name: (*name).into(),
            description: format!("Services that help with {}.", name.to_lowercase()),
            parent_id: None,
        }));
        for child in *children {
            let id = demo_id(&format!("term:{code}:{child}"));
            records.push(Record::Term(TaxonomyTerm {
                id,
                taxonomy_id: taxonomy.id,
                code: format!("{code}.{}", child.to_lowercase().replace([' ', '\'', '(', ')'], "-")),
                name: (*child).into(),
                description: format!("{child}: part of {}.", name.to_lowercase()),
                parent_id: Some(parent),
            }));
            term_ids.push((child, id, parent));
        }
    }
    for (word, alternatives) in [
        ("lonely", &["befriending", "loneliness", "isolation", "social"][..]),
        ("isolated", &["befriending", "loneliness", "isolation"][..]),
        ("skint", &["money", "debt", "benefits"][..]),
        ("depressed", &["wellbeing", "peer", "listening"][..]),
        ("anxious", &["wellbeing", "peer", "mindfulness"][..]),
        ("english", &["esol"][..]),
        ("hungry", &["food", "meal", "pantry"][..]),
        ("computer", &["digital", "device", "online"][..]),
        ("toddler", &["baby", "play"][..]),
        ("exercise", &["fitness", "yoga", "walk", "sport"][..]),
    ] {
        records.push(Record::Synonym(Synonym {
            id: demo_id(&format!("synonym:{word}")),
            word: word.into(),
            alternatives: alternatives.iter().map(|a| (*a).to_owned()).collect(),
        }));
    }

    let (surgeries, libraries, schools) = real_places()?;
    let mut venues: Vec<(Venue, Uuid, String, String)> = Vec::new(); // kind, id, short name, ward
    let mut add_venue = |records: &mut Vec<Record>, venue: Venue, id: Uuid, short: String, location: Location| {
        venues.push((venue, id, short, location.ward.as_ref().map(|w| w.to_string()).unwrap_or_default()));
        records.push(Record::Location(location));
    };
    for row in &surgeries {
        let id = demo_id(&format!("gp:{}", row.name));
        let l = location_of(app, id, row, "GP practice", vec!["step-free".into(), "accessible-toilet".into()]);
        add_venue(&mut records, Surgery, id, row.name.clone(), l);
    }
    let mut library_hours = Vec::new();
    for row in &libraries {
        let id = demo_id(&format!("library:{}", row.name));
        let access = vec!["step-free".into(), "accessible-toilet".into(), "hearing-loop".into(), "large-print".into()];
        let l = location_of(app, id, row, "Public library", access);
        library_hours.push((id, row));
        add_venue(&mut records, Library, id, row.name.trim_end_matches(" Library").to_owned(), l);
    }
    for row in &schools {
        let id = demo_id(&format!("school:{}", row.name));
        let l = location_of(app, id, row, "School: community use of its hall and grounds out of hours", vec![]);
        add_venue(&mut records, School, id, row.name.clone(), l);
    }

    // Community venues in every ward, placed at one of the ward's postcodes.
    for ward in places.wards() {
        let postcodes = places.postcodes_in(&ward.code);
        if postcodes.is_empty() {
            continue;
        }
        let saint = SAINTS.choose(&mut rng).copied().unwrap_or("Mary");
        let halls = [
            (
                Community,
                format!("{} Community Centre", ward.name),
                "Community centre with a main hall, kitchen and meeting rooms",
            ),
            (Faith, format!("St {saint}'s Church Hall, {}", ward.name), "Church hall, open to all"),
            (Faith, format!("{} Mosque Community Rooms", ward.name), "Mosque community rooms, open to all"),
            (Faith, format!("{} Gurdwara Hall", ward.name), "Gurdwara hall, open to all"),
            (Community, format!("{} Neighbourhood Office", ward.name), "Neighbourhood office and meeting room"),
            (Park, format!("{} Park (meet at the main gate)", ward.name), "Local park"),
        ];
        for (kind, name, description) in halls {
            let (postcode, at) = postcodes[rng.gen_range(0..postcodes.len())];
            let id = demo_id(&format!("venue:{name}"));
            let row = Row {
                name: name.clone(),
                address: format!("{} Road", ward.name.split([' ', '&']).next().unwrap_or("High")),
                postcode: Some(postcode.to_owned()),
                position: at,
                ward: ward.code.to_string(),
                phone: None,
                hours: vec![],
            };
            let access = if kind == Park { vec![] } else { some_accessibility(&mut rng) };
            let l = location_of(app, id, &row, description, access);
            add_venue(&mut records, kind, id, ward.name.clone(), l);
        }
    }

    // Organisations: the demo group, the library service, and community groups in every ward.
    let mut organisations = vec![Organisation {
        id: group,
        name: "Ladywood Lunch Club (demo)".into(),
        description: "A volunteer-run lunch club and friendship group in Ladywood.".into(),
        email: Some("hello@ladywood-lunch.example.org".into()),
        website: None,
        phone: Some("0121 496 0700".into()),
    }];
    let libraries_org = demo_id("org:libraries");
    organisations.push(Organisation {
        id: libraries_org,
        name: "Birmingham Libraries (demo)".into(),
        description: "The city's public library service.".into(),
        email: Some("libraries@example.org".into()),
        website: None,
        phone: Some("0121 496 0100".into()),
    });
    let ladywood = WardCode::parse("E05011151").map_err(|e| AppError::Internal(e.to_string()))?;
    let mut groups_by_ward: Vec<(String, Vec<Uuid>)> = Vec::new();
    for ward in places.wards() {
        let mut ids = Vec::new();
        let mut words: Vec<&str> = GROUP_WORDS.to_vec();
        words.shuffle(&mut rng);
        for word in words.iter().take(5) {
            let name = format!("{} {word} (demo)", ward.name);
            let id = demo_id(&format!("org:{name}"));
            let slug: String = name.to_lowercase().chars().filter(char::is_ascii_alphanumeric).take(24).collect();
            organisations.push(Organisation {
                id,
                name,
                description: format!("A community group run by and for people in {}.", ward.name),
                email: Some(format!("hello@{slug}.example.org")),
                website: rng.gen_bool(0.4).then(|| format!("https://{slug}.example.org")),
                phone: Some(format!("0121 496 {:04}", rng.gen_range(0..1000))),
            });
            ids.push(id);
        }
        if ward.code == ladywood {
            ids.push(group);
        }
        groups_by_ward.push((ward.code.to_string(), ids));
    }

    // Services: every library's opening hours, then about thirty community services in each ward.
    let mut services: Vec<Service> = Vec::new();
    for (id, row) in &library_hours {
        let schedules = row
            .hours
            .iter()
            .map(|(day, opens, closes)| Schedule {
                id: demo_id(&format!("schedule:{id}:{day}")),
                recurrence: Recurrence::Weekly { days: vec![*day], interval: 1 },
                opens: *opens,
                closes: *closes,
                valid_from: None,
                valid_to: None,
                not_on_bank_holidays: true,
                note: String::new(),
            })
            .collect();
        services.push(Service {
            id: demo_id(&format!("service:library:{id}")),
            organisation_id: libraries_org,
            name: row.name.clone(),
            description: "Borrow books, e-books and audiobooks, use free computers and wifi, print and scan, and join free activities for all ages.".into(),
            status: ServiceStatus::Active,
            url: None,
            email: None,
            phone: row.phone.clone(),
            locations: vec![*id],
            areas: vec![],
            terms: term_ids.iter().filter(|(n, _, _)| matches!(*n, "Digital skills" | "Adult learning")).map(|t| t.1).collect(),
            schedules,
            costs: vec![],
            languages: vec![LanguageCode::parse("en").map_err(|e| AppError::Internal(e.to_string()))?],
            minimum_age: None,
            maximum_age: None,
            eligibility: "Everyone".into(),
            contacts: vec![],
            funding: vec!["Birmingham City Council (demo)".into()],
            assured_date: None,
            checked_at: now - Duration::days(rng.gen_range(5..120)),
            written_in: vec![],
        });
    }
    let english = LanguageCode::parse("en").map_err(|e| AppError::Internal(e.to_string()))?;
    for (ward_code, groups) in &groups_by_ward {
        let here: Vec<&(Venue, Uuid, String, String)> = venues.iter().filter(|v| v.3 == *ward_code).collect();
        let ward_name =
            WardCode::parse(ward_code).ok().and_then(|c| places.ward(&c).map(|w| w.name.clone())).unwrap_or_default();
        let mut kinds: Vec<&Kind> = KINDS.iter().collect();
        kinds.shuffle(&mut rng);
        for (n, kind) in kinds.iter().cycle().take(per_ward).enumerate() {
            let candidates: Vec<_> = here.iter().filter(|v| v.0 == kind.venue).collect();
            let venue = candidates
                .choose(&mut rng)
                .copied()
                .or_else(|| here.iter().filter(|v| v.0 == Community).collect::<Vec<_>>().first().copied())
                .copied();
            let place = match venue {
                Some((Library | Community | Park, _, short, _)) => short.clone(),
                _ => ward_name.clone(),
            };
            let organisation = if *ward_code == ladywood.as_str() && n < 2 {
                group
            } else {
                groups.choose(&mut rng).copied().unwrap_or(group)
            };
            let id = demo_id(&format!("service:{ward_code}:{n}"));
            let mut terms: Vec<Uuid> =
                kind.terms.iter().filter_map(|t| term_ids.iter().find(|(name, _, _)| name == t)).map(|t| t.1).collect();
            terms.dedup();
            let (start, end) = kind.hours;
            let shift = rng.gen_range(0..2u32);
            let day_count = rng.gen_range(1..=kind.days.len());
            let mut days: Vec<Weekday> = kind.days.to_vec();
            days.shuffle(&mut rng);
            days.truncate(day_count);
            days.sort_by_key(Weekday::num_days_from_monday);
            let recurrence = match rng.gen_range(0..10) {
                0 => Recurrence::Monthly { ordinal: [1, 2, 3, -1][rng.gen_range(0..4)], day: days[0] },
                1 => Recurrence::Weekly { days: days.clone(), interval: 2 },
                _ => Recurrence::Weekly { days: days.clone(), interval: 1 },
            };
            let opens = NaiveTime::from_hms_opt((start + shift).min(20), if rng.gen_bool(0.3) { 30 } else { 0 }, 0);
            let closes = NaiveTime::from_hms_opt((end + shift).min(23), 0, 0);
            let (Some(opens), Some(closes)) = (opens, closes) else { continue };
            let note = match rng.gen_range(0..8) {
                0 => "Term time only".to_owned(),
                1 => "Please ring first if it is your first visit".to_owned(),
                _ => String::new(),
            };
            let mut languages = vec![english];
            for (code, percent) in COMMUNITY_LANGUAGES {
                if rng.gen_range(0..100) < *percent
                    && let Ok(l) = LanguageCode::parse(code)
                {
                    languages.push(l);
                }
            }
            if rng.gen_range(0..40) == 0
                && let Ok(bsl) = LanguageCode::parse("bsl")
            {
                languages.push(bsl);
            }
            let costs = kind
                .cost
                .map(|(option, amount, described)| CostOption {
                    option: option.into(),
                    amount,
                    amount_description: described.into(),
                })
                .into_iter()
                .collect();
            // Most records were checked recently; a few are going stale, and a handful have expired.
            let age_days = match rng.gen_range(0..100) {
                0..=69 => rng.gen_range(1..180),
                70..=89 => rng.gen_range(180..365),
                90..=97 => rng.gen_range(365..540),
                _ => rng.gen_range(550..700),
            };
            let contact_name = format!(
                "{} {}",
                ["Aisha", "Tomasz", "Grace", "Imran", "Siobhan", "Kwame", "Priya", "Daniel"][rng.gen_range(0..8)],
                ["Example", "Sample", "Demo", "Specimen"][rng.gen_range(0..4)]
            );
            services.push(Service {
                id,
                organisation_id: organisation,
                name: if n < KINDS.len() {
                    kind.name.replace("{place}", &place)
                } else {
                    format!("{} ({})", kind.name.replace("{place}", &place), n / KINDS.len() + 1)
                },
                description: kind.description.into(),
                status: if rng.gen_range(0..60) == 0 {
                    ServiceStatus::TemporarilyClosed
                } else {
                    ServiceStatus::Active
                },
                url: None,
                email: Some(format!("info+{}@example.org", n)),
                phone: Some(format!("0121 496 {:04}", rng.gen_range(0..1000))),
                locations: venue.map(|v| vec![v.1]).unwrap_or_default(),
                areas: if kind.name.contains("Telephone") {
                    WardCode::parse(ward_code).into_iter().collect()
                } else {
                    vec![]
                },
                terms,
                schedules: vec![Schedule {
                    id: demo_id(&format!("schedule:{id}")),
                    recurrence,
                    opens,
                    closes,
                    valid_from: (rng.gen_range(0..10) == 0).then(|| NaiveDate::from_ymd_opt(2026, 1, 5)).flatten(),
                    valid_to: None,
                    not_on_bank_holidays: rng.gen_bool(0.6),
                    note,
                }],
                costs,
                languages,
                minimum_age: kind.ages.0,
                maximum_age: kind.ages.1,
                eligibility: match kind.ages {
                    (Some(min), None) => format!("Anyone aged {min} or over"),
                    (Some(min), Some(max)) => format!("Young people aged {min} to {max}"),
                    (None, Some(max)) => format!("Children up to {max} with a parent or carer"),
                    (None, None) => "Everyone".into(),
                },
                contacts: vec![Contact { name: contact_name, title: "Organiser".into(), email: None, phone: None }],
                funding: if rng.gen_bool(0.3) { vec!["Neighbourhood small grants (demo)".into()] } else { vec![] },
                assured_date: None,
                checked_at: now - Duration::days(age_days),
                written_in: vec![],
            });
        }
    }

    let summary = DemoDirectory {
        organisations: organisations.len(),
        locations: venues_count(&records),
        services: services.len(),
    };
    records.extend(organisations.into_iter().map(Record::Organisation));
    let proposed = services.iter().find(|s| s.organisation_id == group).cloned();
    records.extend(services.into_iter().map(Record::Service));
    write_records(app, &Actor::command_line(), records, false).await?;

    // The demo group has a change waiting for review, so the review queue has something in it.
    if let Some(mut s) = proposed {
        s.description = format!("{} From March we also run a monthly trip out.", s.description);
        let wards: Vec<String> =
            crate::directory::edit::wards_of(app, &s, None).iter().map(|w| w.to_string()).collect();
        let draft = kith_store::directory::Draft {
            id: demo_id("draft:1"),
            record_id: s.id,
            kind: kith_store::directory::RecordKind::Service,
            organisation_id: Some(group),
            body: serde_json::json!({ "records": [{ "kind": "service", "record": s }] }).to_string(),
            wards,
            submitted_by: None,
            submitted_by_label: "community@demo.kith.example.org".into(),
            submitted_at: now - Duration::days(2),
            status: "pending".into(),
            decided_by_label: None,
            decided_at: None,
            reason: None,
        };
        let audit = Actor::command_line().entry(
            now,
            "directory.draft_submitted",
            "service",
            s.id,
            serde_json::json!({ "draft": draft.id }),
        );
        app.store.save_draft(&draft, &audit).await?;
    }
    Ok(summary)
}

fn venues_count(records: &[Record]) -> usize {
    records.iter().filter(|r| matches!(r, Record::Location(_))).count()
}
