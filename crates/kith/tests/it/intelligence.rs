//! Ward intelligence: indicators imported from CSV reach wards weighted by population, profiles compare a ward with
//! the city and England, choropleths and open data files show every area, and bad files import nothing.

use kith_app::Actor;
use kith_app::intelligence::import::{IndicatorFiles, IndicatorReport, import_indicators};
use kith_app::places::import::{ImportError, InputFile};
use kith_testkit::html::strip_tags;
use kith_testkit::{Backend, TestApp};

use crate::on_every_backend;

/// Allens Cross's six LSOAs (the official 2021 lookup).
const ALLENS_CROSS: &str = "E05011119";
const ALLENS_CROSS_LSOAS: [&str; 6] = ["E01009172", "E01009173", "E01009496", "E01009497", "E01009498", "E01009499"];
const ALUM_ROCK: &str = "E05011120";

const ABOUT_HEADER: &str =
    "key,column,denominator,title,topic,kind,polarity,source,vintage,published_on,licence,boundaries";

fn about_row(key: &str, column: &str, denominator: &str, title: &str, kind: &str, polarity: &str) -> String {
    format!(
        "{key},{column},{denominator},{title},Test topic,{kind},{polarity},Test survey,2025,2025-06-01,OGL v3,LSOA 2021"
    )
}

async fn import(kith: &TestApp, values: &str, about: &[String]) -> Result<IndicatorReport, ImportError> {
    let files = IndicatorFiles {
        values: InputFile { name: "values.csv".into(), bytes: values.as_bytes().to_vec() },
        about: InputFile {
            name: "about.csv".into(),
            bytes: format!("{ABOUT_HEADER}\n{}\n", about.join("\n")).into_bytes(),
        },
        lookup: None,
    };
    import_indicators(&kith.app, &Actor::command_line(), &files).await
}

/// Allens Cross's LSOAs: five of 1,000 people with a score of 10 in decile 5, one of 5,000 with 40 in decile 1.
async fn allens_cross_by_lsoa(kith: &TestApp) {
    let mut values = String::from("lsoa21_code,people,score,decile\n");
    for (i, code) in ALLENS_CROSS_LSOAS.iter().enumerate() {
        let (people, score, decile) = if i == 5 { (5_000, 40, 1) } else { (1_000, 10, 5) };
        values.push_str(&format!("{code},{people},{score},{decile}\n"));
    }
    let about = [
        about_row("lsoa_population", "people", "", "People", "count", "neither"),
        about_row("test_score", "score", "", "Test score", "score", "high_is_bad"),
        about_row("test_decile", "decile", "", "Test deprivation", "decile", "high_is_good"),
    ];
    import(kith, &values, &about).await.unwrap();
}

/// Two wards' shares of something: Allens Cross 50 of 100, Alum Rock 3 of 100 (too few to show).
async fn two_wards_proportions(kith: &TestApp, allens_cross: (u32, u32), alum_rock: (u32, u32)) {
    let values = format!(
        "ward_code,yes,asked\n{ALLENS_CROSS},{},{}\n{ALUM_ROCK},{},{}\nE92000001,500,1000\n",
        allens_cross.0, allens_cross.1, alum_rock.0, alum_rock.1
    );
    let about = [about_row("test_share", "yes", "asked", "Share saying yes", "proportion", "high_is_good")];
    import(kith, &values, &about).await.unwrap();
}

async fn page(kith: &TestApp, path: &str) -> (u16, String) {
    let response = reqwest::get(kith.url(path)).await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn profile_text(kith: &TestApp, ward: &str) -> String {
    let (status, html) = page(kith, &format!("/wards/{ward}/profile")).await;
    assert_eq!(status, 200, "{html}");
    strip_tags(&html).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn an_lsoa_score_reaches_its_ward_weighted_by_each_lsoas_population() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        allens_cross_by_lsoa(&kith).await;
        let text = profile_text(&kith, ALLENS_CROSS).await;
        // (5 × 1,000 × 10 + 5,000 × 40) / 10,000 = 25.0; the unweighted mean of the six would be 15.0.
        assert!(text.contains("Test score Test survey, 2025 (published 9 months ago) 25.0"), "{text}");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn deprivation_is_the_share_of_a_wards_people_in_each_decile() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        allens_cross_by_lsoa(&kith).await;
        let text = profile_text(&kith, ALLENS_CROSS).await;
        // 5,000 of 10,000 people live in the LSOA in decile 1 (one LSOA in six would say 16.7%).
        assert!(text.contains("50.0% of its people live in the most deprived tenth of England"), "{text}");
        assert!(text.contains("Allens Cross 50%0%0%0%50%0%"), "{text}");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_proportion_carries_its_wilson_interval() {
    let kith = TestApp::start(Backend::Sqlite).await;
    two_wards_proportions(&kith, (50, 100), (3, 100)).await;
    let text = profile_text(&kith, ALLENS_CROSS).await;
    assert!(text.contains("50.0% 95% confidence interval: 40.4% to 59.6%"), "{text}");
    kith.stop().await;
}

#[tokio::test]
async fn a_count_under_five_is_not_shown() {
    let kith = TestApp::start(Backend::Sqlite).await;
    two_wards_proportions(&kith, (50, 100), (3, 100)).await;
    let text = profile_text(&kith, ALUM_ROCK).await;
    assert!(
        text.contains("Share saying yes Test survey, 2025 (published 9 months ago) Fewer than 5: not shown"),
        "{text}"
    );
    assert!(!text.contains("3.0%"), "{text}");
    kith.stop().await;
}

#[tokio::test]
async fn a_ward_whose_interval_overlaps_englands_is_about_the_same() {
    let kith = TestApp::start(Backend::Sqlite).await;
    two_wards_proportions(&kith, (50, 100), (3, 100)).await;
    let text = profile_text(&kith, ALLENS_CROSS).await;
    assert!(text.contains("About the same as England"), "{text}");
    kith.stop().await;
}

#[tokio::test]
async fn a_ward_clearly_above_the_city_on_a_good_measure_is_better() {
    let kith = TestApp::start(Backend::Sqlite).await;
    two_wards_proportions(&kith, (90, 100), (100, 1000)).await;
    let text = profile_text(&kith, ALLENS_CROSS).await;
    // 90% (83.8% to 94.5%) against the city's 190 of 1,100 (15.2% to 19.6%).
    assert!(text.contains("Better than the city average"), "{text}");
    kith.stop().await;
}

#[tokio::test]
async fn an_indicator_file_with_a_wrong_code_names_the_line_and_imports_nothing() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let values = format!("lsoa21_code,score\n{},4\nE01999999,5\n", ALLENS_CROSS_LSOAS[0]);
        let about = [about_row("test_score", "score", "", "Test score", "score", "high_is_bad")];
        let error = import(&kith, &values, &about).await.unwrap_err();
        assert_eq!(error.location, "line 3");
        assert!(error.problem.contains("\"E01999999\" is not an LSOA of the city's lookup"), "{error}");
        assert!(kith.store.load_indicators().await.unwrap().is_empty());
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_indicator_file_without_the_column_its_about_file_names_is_refused() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let values = format!("lsoa21_code,score\n{},4\n", ALLENS_CROSS_LSOAS[0]);
    let about = [about_row("test_rate", "rate", "", "Test rate", "score", "neither")];
    let error = import(&kith, &values, &about).await.unwrap_err();
    assert_eq!((error.file.as_str(), error.location.as_str()), ("about.csv", "line 2"));
    assert!(error.problem.contains("column \"rate\" is not in the values file"), "{error}");
    kith.stop().await;
}

#[tokio::test]
async fn a_value_that_is_not_a_number_names_its_line_and_column() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let values = format!("lsoa21_code,score\n{},4\n{},four\n", ALLENS_CROSS_LSOAS[0], ALLENS_CROSS_LSOAS[1]);
    let about = [about_row("test_score", "score", "", "Test score", "score", "neither")];
    let error = import(&kith, &values, &about).await.unwrap_err();
    assert_eq!(error.location, "line 3");
    assert_eq!(error.problem, "score: \"four\" is not a number");
    assert!(kith.store.load_indicators().await.unwrap().is_empty());
    kith.stop().await;
}

#[tokio::test]
async fn a_ward_choropleth_has_five_classes_a_legend_and_a_table_of_every_ward() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let mut values = String::from("ward_code,score\n");
    for (i, ward) in kith.app.places().wards().iter().enumerate() {
        values.push_str(&format!("{},{i}\n", ward.code));
    }
    import(&kith, &values, &[about_row("test_score", "score", "", "Test score", "score", "neither")]).await.unwrap();
    let (status, html) = page(&kith, "/intelligence/test_score/map").await;
    assert_eq!(status, 200);
    for class in 0..5 {
        let drawn = html.matches(&format!("kith-choropleth__area--c{class}\" d=")).count();
        assert!((13..=14).contains(&drawn), "class {class} has {drawn} wards");
    }
    assert_eq!(html.matches("<text class=\"kith-choropleth__label\"").count(), 69);
    assert!(strip_tags(&html).contains("0.00 to 13.0"), "the legend gives the lowest class's range");
    assert_eq!(html.matches("/profile\">").count(), 69, "the table links every ward's profile");
    kith.stop().await;
}

#[tokio::test]
async fn the_lsoa_map_draws_every_lsoa_of_the_city() {
    let kith = TestApp::start(Backend::Sqlite).await;
    allens_cross_by_lsoa(&kith).await;
    let (status, html) = page(&kith, "/intelligence/test_decile/map?level=lsoas").await;
    assert_eq!(status, 200);
    assert_eq!(html.matches("<path class=\"kith-choropleth__area").count(), 659);
    assert_eq!(html.matches("kith-choropleth__area--c0\" d=").count(), 1, "the one LSOA in decile 1 or 2");
    assert_eq!(html.matches("kith-choropleth__area--none\" d=").count(), 653, "the LSOAs without a value");
    kith.stop().await;
}

#[tokio::test]
async fn a_wards_figures_are_open_data_as_csv_json_and_geojson() {
    let kith = TestApp::start(Backend::Sqlite).await;
    allens_cross_by_lsoa(&kith).await;
    let (status, csv) = page(&kith, "/intelligence/test_score/data/wards.csv").await;
    assert_eq!(status, 200);
    assert_eq!(csv.lines().count(), 70);
    assert!(csv.contains(&format!("{ALLENS_CROSS},Allens Cross,25,,25.0")), "{csv}");
    let (_, json) = page(&kith, "/intelligence/test_score/data/wards.json").await;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["licence"], "OGL v3");
    let (_, geojson) = page(&kith, "/intelligence/test_score/data/lsoas.geojson").await;
    let geojson: serde_json::Value = serde_json::from_str(&geojson).unwrap();
    let features = geojson["features"].as_array().unwrap();
    assert_eq!(features.len(), 659);
    assert!(features.iter().all(|f| f["geometry"]["type"] == "Polygon" || f["geometry"]["type"] == "MultiPolygon"));
    kith.stop().await;
}

#[tokio::test]
async fn a_ward_page_links_to_its_profile() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let (_, html) = page(&kith, &format!("/wards/{ALLENS_CROSS}")).await;
    assert!(html.contains(&format!("href=\"/wards/{ALLENS_CROSS}/profile\"")), "{html}");
    kith.stop().await;
}

#[tokio::test]
async fn the_demo_city_profiles_a_ward_from_birminghams_own_figures() {
    let kith = TestApp::start_on(crate::demo_city(Backend::Sqlite).await, Default::default(), Default::default()).await;
    let text = profile_text(&kith, "E05011118").await;
    // Acocks Green: Census 2021, and 6 of its 15 LSOAs in the IoD 2025's most deprived decile.
    assert!(text.contains("26,155 people live here (Census 2021)"), "{text}");
    assert!(
        text.contains("Index of Multiple Deprivation 40.0% of its people live in the most deprived tenth"),
        "{text}"
    );
    // 3,265 of 26,155 residents are 65 or over.
    assert!(text.contains("12.5% 95% confidence interval: 12.1% to 12.9%"), "{text}");
    kith.stop().await;
}

/// The directory fixture (a food bank in Sparkbrook, open on Saturdays, in Somali too) and 10,000 people in every
/// ward.
async fn a_food_bank_and_people_everywhere(kith: &TestApp) {
    kith_testkit::directory::fixture(&kith.app).await;
    let mut values = String::from("ward_code,people\n");
    for ward in kith.app.places().wards() {
        values.push_str(&format!("{},10000\n", ward.code));
    }
    import(kith, &values, &[about_row("population", "people", "", "Usual residents", "count", "neither")])
        .await
        .unwrap();
}

fn food(lines: &[kith_app::intelligence::gaps::NeedLine]) -> &kith_app::intelligence::gaps::NeedLine {
    lines.iter().find(|l| l.need == "Food").expect("the food need")
}

#[tokio::test]
async fn a_food_bank_within_a_walk_counts_for_the_people_who_can_reach_it() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        a_food_bank_and_people_everywhere(&kith).await;
        let sparkbrook = kith_core::places::WardCode::parse(kith_testkit::directory::SPARKBROOK).unwrap();
        let lines = kith_app::intelligence::gaps::for_ward(&kith.app, &sparkbrook).await.unwrap();
        let line = food(&lines);
        // One service, within reach of some of Sparkbrook's 10,000 people: more than nothing, at most 0.1 per 1,000.
        assert!(line.per_1000 > 0.0 && line.per_1000 <= 0.1, "{line:?}");
        assert_eq!(line.useful_hours_per_1000, line.per_1000, "open on Saturdays");
        assert_eq!(line.other_languages_per_1000, line.per_1000, "offered in Somali");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_ward_beyond_a_walk_of_every_service_has_its_gap_said_in_words() {
    let kith = TestApp::start(Backend::Sqlite).await;
    a_food_bank_and_people_everywhere(&kith).await;
    let sutton = kith_core::places::WardCode::parse("E05011178").unwrap();
    let lines = kith_app::intelligence::gaps::for_ward(&kith.app, &sutton).await.unwrap();
    let line = food(&lines);
    assert_eq!(line.per_1000, 0.0);
    assert!(
        line.reason.starts_with("0.0 food services are within a mile's walk per 1,000 residents, against 0.0"),
        "{}",
        line.reason
    );
    kith.stop().await;
}

#[tokio::test]
async fn a_wards_assessment_pack_is_one_csv_of_its_profile_gaps_and_standards() {
    let kith = TestApp::start(Backend::Sqlite).await;
    a_food_bank_and_people_everywhere(&kith).await;
    let (status, csv) = page(&kith, &format!("/wards/{}/assessment.csv", kith_testkit::directory::SPARKBROOK)).await;
    assert_eq!(status, 200);
    let sections: Vec<&str> = csv.lines().skip(1).filter_map(|l| l.split(',').next()).collect();
    for section in ["ward", "population", "need against provision"] {
        assert!(sections.contains(&section), "{section} in {csv}");
    }
    kith.stop().await;
}

#[tokio::test]
async fn values_on_2011_lsoas_reach_the_ward_their_lookup_gives() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let files = IndicatorFiles {
            values: InputFile {
                name: "iod2019.csv".into(),
                bytes: b"lsoa11_code,decile\nE01000001,1\nE01000002,3\n".to_vec(),
            },
            about: InputFile {
                name: "about.csv".into(),
                bytes: format!(
                    "{ABOUT_HEADER}\n{}\n",
                    about_row("old_decile", "decile", "", "Old deprivation", "decile", "high_is_good")
                )
                .into_bytes(),
            },
            lookup: Some(InputFile {
                name: "lookup.csv".into(),
                bytes: format!("lsoa11_code,ward_code\nE01000001,{ALLENS_CROSS}\nE01000002,{ALLENS_CROSS}\n")
                    .into_bytes(),
            }),
        };
        import_indicators(&kith.app, &Actor::command_line(), &files).await.unwrap();
        let text = profile_text(&kith, ALLENS_CROSS).await;
        assert!(text.contains("Old deprivation 50.0% of its people live in the most deprived tenth"), "{text}");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn values_on_2011_lsoas_without_their_lookup_are_refused() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let values = "lsoa11_code,decile\nE01000001,1\n";
    let error =
        import(&kith, values, &[about_row("old_decile", "decile", "", "Old", "decile", "neither")]).await.unwrap_err();
    assert_eq!(error.problem, "values on 2011 LSOAs need the lookup from 2011 LSOAs to wards");
    kith.stop().await;
}

#[tokio::test]
async fn a_small_areas_count_under_five_is_not_published() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let values = format!("lsoa21_code,yes,asked\n{},3,40\n{},12,40\n", ALLENS_CROSS_LSOAS[0], ALLENS_CROSS_LSOAS[1]);
    import(&kith, &values, &[about_row("test_share", "yes", "asked", "Share saying yes", "proportion", "neither")])
        .await
        .unwrap();
    let (_, csv) = page(&kith, "/intelligence/test_share/data/lsoas.csv").await;
    assert!(csv.contains(&format!("{},Birmingham", ALLENS_CROSS_LSOAS[0])), "{csv}");
    let row = csv.lines().find(|l| l.starts_with(ALLENS_CROSS_LSOAS[0])).unwrap();
    assert!(row.ends_with(",,,Fewer than 5: not shown"), "{row}");
    let shown = csv.lines().find(|l| l.starts_with(ALLENS_CROSS_LSOAS[1])).unwrap();
    assert!(shown.ends_with(",0.3,40,30.0%"), "{shown}");
    kith.stop().await;
}

#[tokio::test]
async fn a_key_already_used_on_another_geography_is_refused() {
    let kith = TestApp::start(Backend::Sqlite).await;
    allens_cross_by_lsoa(&kith).await;
    let values = format!("ward_code,score\n{ALLENS_CROSS},4\n");
    let error = import(&kith, &values, &[about_row("test_score", "score", "", "Test score", "score", "neither")])
        .await
        .unwrap_err();
    assert_eq!(error.problem, "key test_score is already an indicator on lsoa; give this one a key of its own");
    kith.stop().await;
}
