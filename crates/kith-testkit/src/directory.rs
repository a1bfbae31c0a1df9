//! A small directory whose every fact a test can name: one taxonomy of two terms, three places in two wards, and
//! four services with known schedules, costs, languages and ages. Written through the real use case.

use chrono::{Duration, NaiveTime, Weekday};
use kith_app::App;
use kith_app::directory::{Record, write_records_from_command_line};
use kith_core::directory::{
    CostOption, LanguageCode, Location, Organisation, Recurrence, Schedule, Service, Synonym, Taxonomy, TaxonomyTerm,
};
use kith_core::places::{LatLng, Postcode, WardCode};
use uuid::Uuid;

/// The ids of what the fixture wrote.
pub struct Fixture {
    pub organisation: Uuid,
    pub taxonomy: Uuid,
    pub food: Uuid,
    pub food_banks: Uuid,
    pub lunch_club: Uuid,
    pub food_bank: Uuid,
    pub befriending: Uuid,
    pub old_group: Uuid,
    pub sparkbrook_hall: Uuid,
}

pub const LADYWOOD: &str = "E05011151";
pub const SPARKBROOK: &str = "E05011170";

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("a time")
}

pub fn weekly(days: &[Weekday], opens: NaiveTime, closes: NaiveTime, not_on_bank_holidays: bool) -> Schedule {
    Schedule {
        id: Uuid::new_v4(),
        recurrence: Recurrence::Weekly { days: days.to_vec(), interval: 1 },
        opens,
        closes,
        valid_from: None,
        valid_to: None,
        not_on_bank_holidays,
        note: String::new(),
    }
}

/// A service with nothing set but its name, organisation, description, an email and a phone.
pub fn service(organisation: Uuid, name: &str, description: &str, checked: chrono::DateTime<chrono::Utc>) -> Service {
    Service {
        email: Some("hello@example.org".into()),
        phone: Some("0121 496 0123".into()),
        ..Service::new(Uuid::new_v4(), organisation, name, description, checked)
    }
}

fn place(id: Uuid, name: &str, postcode: &str, lat: f64, lng: f64, ward: &str) -> Location {
    Location {
        id,
        name: name.into(),
        description: String::new(),
        address: "1 Test Street".into(),
        city: "Birmingham".into(),
        postcode: Postcode::parse(postcode).ok(),
        position: Some(LatLng { lat, lng }),
        ward: WardCode::parse(ward).ok(),
        accessibility: vec!["step-free".into()],
    }
}

/// Writes the fixture directory.
pub async fn fixture(app: &App) -> Fixture {
    let now = app.now();
    let organisation = Uuid::new_v4();
    let taxonomy = Uuid::new_v4();
    let (food, food_banks) = (Uuid::new_v4(), Uuid::new_v4());
    let (ladywood_hall, sparkbrook_hall) = (Uuid::new_v4(), Uuid::new_v4());
    let term = |id, name: &str, parent| TaxonomyTerm {
        id,
        taxonomy_id: taxonomy,
        code: name.to_lowercase().replace(' ', "-"),
        name: name.into(),
        description: format!("{name} services"),
        parent_id: parent,
    };

    let mut lunch = service(
        organisation,
        "Ladywood Lunch Club",
        "A hot lunch and good company for older people.",
        now - Duration::days(20),
    );
    lunch.locations = vec![ladywood_hall];
    lunch.schedules = vec![weekly(&[Weekday::Tue], time(10, 0), time(12, 0), true)];
    lunch.costs = vec![CostOption { option: "Lunch".into(), amount: 3.5, amount_description: "per meal".into() }];
    lunch.languages = vec![LanguageCode::parse("en").expect("en"), LanguageCode::parse("ur").expect("ur")];
    lunch.minimum_age = Some(60);
    lunch.written_in = vec![kith_core::directory::WrittenIn {
        language: "ur".into(),
        name: "لیڈی وڈ لنچ کلب".into(),
        description: "بزرگوں کے لیے گرم کھانا اور اچھی صحبت۔".into(),
    }];

    let mut bank = service(
        organisation,
        "Sparkbrook Food Bank",
        "Emergency food parcels, with help for what caused the crisis.",
        now - Duration::days(40),
    );
    bank.locations = vec![sparkbrook_hall];
    bank.terms = vec![food_banks];
    bank.schedules = vec![weekly(&[Weekday::Sat], time(9, 30), time(13, 0), false)];
    bank.languages = vec![LanguageCode::parse("en").expect("en"), LanguageCode::parse("so").expect("so")];

    let mut befriending = service(
        organisation,
        "Telephone befriending",
        "A weekly call from a volunteer for anyone who feels cut off.",
        now - Duration::days(250),
    );
    befriending.areas = vec![WardCode::parse(LADYWOOD).expect("a ward"), WardCode::parse(SPARKBROOK).expect("a ward")];
    befriending.schedules = vec![weekly(&[Weekday::Mon, Weekday::Wed], time(14, 0), time(16, 0), true)];

    let mut old =
        service(organisation, "Old knitting group", "Nobody has checked this for years.", now - Duration::days(600));
    old.locations = vec![ladywood_hall];

    let fixture = Fixture {
        organisation,
        taxonomy,
        food,
        food_banks,
        lunch_club: lunch.id,
        food_bank: bank.id,
        befriending: befriending.id,
        old_group: old.id,
        sparkbrook_hall,
    };
    let records = vec![
        Record::Taxonomy(Taxonomy {
            id: taxonomy,
            name: "Needs".into(),
            description: "Test needs".into(),
            uri: None,
            version: None,
        }),
        Record::Term(term(food, "Food", None)),
        Record::Term(term(food_banks, "Food banks", Some(food))),
        Record::Synonym(Synonym {
            id: Uuid::new_v4(),
            word: "lonely".into(),
            alternatives: vec!["befriending".into()],
        }),
        Record::Organisation(Organisation {
            id: organisation,
            name: "Test Neighbours".into(),
            description: "A test community group".into(),
            email: Some("group@example.org".into()),
            website: None,
            phone: None,
        }),
        // Ladywood's hall is near the city centre; Sparkbrook's about 3 km south-east.
        Record::Location(place(ladywood_hall, "Ladywood Community Centre", "B16 8AB", 52.478532, -1.917946, LADYWOOD)),
        Record::Location(place(sparkbrook_hall, "Sparkbrook Hall", "B11 1AA", 52.459512, -1.871386, SPARKBROOK)),
        Record::Service(lunch),
        Record::Service(bank),
        Record::Service(befriending),
        Record::Service(old),
    ];
    write_records_from_command_line(app, &kith_app::Actor::command_line(), records, true)
        .await
        .expect("the fixture directory is written");
    fixture
}

/// A community member of the fixture's organisation proposes a change to the lunch club through the real form;
/// returns the id of the draft now waiting for review.
pub async fn member_proposes_a_change(kith: &crate::TestApp, f: &Fixture) -> Uuid {
    let email = format!("member-{}@example.org", Uuid::new_v4().simple());
    let password = "a long enough member password";
    kith.add_user(&email, password, "community_member", kith_core::accounts::Scope::Organisation(f.organisation)).await;
    let client = kith.client();
    kith.sign_in(&client, &email, password).await;
    let edit = kith.url(&format!("/directory/manage/services/{}/edit", f.lunch_club));
    let page = client.get(&edit).send().await.expect("the form").text().await.expect("html");
    let csrf = crate::html::csrf_token(&page);
    let location = kith.app.directory.read().service(f.lunch_club).expect("the lunch club").0.locations[0].to_string();
    let response = client
        .post(&edit)
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Ladywood Lunch Club"),
            ("description", "A hot lunch, good company and now a quiz."),
            ("location", location.as_str()),
            ("access", "step-free"),
            ("days", "tuesday"),
            ("opens", "10:00"),
            ("closes", "12:00"),
            ("languages", "en, ur"),
        ])
        .send()
        .await
        .expect("the form submits");
    assert_eq!(response.status().as_u16(), 200, "the change is sent for review");
    let drafts = kith.store.drafts(&Default::default()).await.expect("drafts");
    drafts.iter().find(|d| d.record_id == f.lunch_club && d.status == "pending").expect("a pending draft").id
}
