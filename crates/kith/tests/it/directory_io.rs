//! Directory data in and out: exports (ndjson, CSV, GeoJSON) that import into another city unchanged, de-duplication
//! against what is there, a report per record, and the `kith import directory` and `kith export directory` commands.

use std::process::{Command, Stdio};

use kith_app::directory::import::{Source, csv_rows, import, oruk_values};
use kith_testkit::directory::fixture;
use kith_testkit::{Backend, TestApp, TestDb};
use serde_json::Value;

use crate::on_every_backend;

const KITH: &str = env!("CARGO_BIN_EXE_kith");

fn names(app: &kith_app::App) -> Vec<String> {
    let mut names: Vec<String> = app.directory.read().all_services().iter().map(|(s, _)| s.name.clone()).collect();
    names.sort();
    names
}

#[tokio::test]
async fn an_export_imports_into_another_city_unchanged_and_a_second_import_only_merges() {
    on_every_backend(|backend| async move {
        let from = TestApp::start(backend).await;
        fixture(&from.app).await;
        let ndjson = reqwest::get(from.url("/directory/data/directory.ndjson")).await.unwrap().text().await.unwrap();
        assert_eq!(ndjson.lines().count(), 3, "the three services the public may see (not the expired one)");

        let to = TestApp::start(backend).await;
        let source = Source::Oruk(oruk_values(&ndjson, "export.ndjson").unwrap());
        let report = import(&to.app, &kith_app::Actor::command_line(), source, false).await.unwrap();
        assert_eq!((report.imported.len(), report.merged.len(), report.rejected.len()), (3, 0, 0), "{report:?}");
        assert_eq!(
            names(&to.app),
            names(&from.app).into_iter().filter(|n| n != "Old knitting group").collect::<Vec<_>>()
        );
        {
            let index = to.app.directory.read();
            let (bank, _) = index.all_services().into_iter().find(|(s, _)| s.name == "Sparkbrook Food Bank").unwrap();
            let hall = index.location(bank.locations[0]).unwrap();
            assert_eq!(hall.ward.as_ref().map(|w| w.as_str()), Some("E05011170"), "placed in its ward again");
            assert_eq!(index.term(bank.terms[0]).unwrap().name, "Food banks");
            assert_eq!(bank.schedules[0].opens.to_string(), "09:30:00");
        }

        let again = Source::Oruk(oruk_values(&ndjson, "export.ndjson").unwrap());
        let report = import(&to.app, &kith_app::Actor::command_line(), again, false).await.unwrap();
        assert_eq!((report.imported.len(), report.merged.len()), (0, 3), "the same records are matched, not doubled");
        assert_eq!(to.app.directory.read().service_count(), 3);
        from.stop().await;
        to.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_spreadsheet_of_services_is_checked_row_by_row_and_matched_against_what_is_there() {
    let kith = TestApp::start(Backend::Sqlite).await;
    fixture(&kith.app).await;
    let header = kith_standards_header();
    let csv = format!(
        "{header}\n\
         ,Sparkhill Welcome Project,hello@example.org,Sparkhill Walking Group,Gentle walks,Food,Sparkhill Park,Stratford Road,B11 1AA,Wednesday,1,10:00,11:00,yes,,,en;ur,,,,0121 496 0999,,,step-free,,,,,\n\
         ,Sparkhill Welcome Project,,Bad language group,,,,,B11 1AA,Monday,1,10:00,11:00,,,,urdu,,,,,,,,,,,,\n\
         ,Test Neighbours,,The Sparkbrook food bank,Updated words,,Sparkbrook Hall,,B11 1AA,Saturday,1,09:30,13:00,,,,en,,,,,,,,,,,,\n\
         ,Test Neighbours,,Somewhere unknown,,,,,B15 9ZZ,,,,,,,,,,,,,,,,,,,,\n"
    );
    let rows = csv_rows(csv.as_bytes(), "services.csv").unwrap();
    let before = kith.app.directory.read().service_count();
    let report = import(&kith.app, &kith_app::Actor::command_line(), Source::Csv(rows), false).await.unwrap();
    assert_eq!(report.imported, vec!["services.csv line 2 (Sparkhill Walking Group)"]);
    assert_eq!(report.merged.len(), 1, "the food bank under a slightly different name: {report:?}");
    assert_eq!(report.rejected.len(), 2);
    assert!(
        report.rejected[0].0.contains("line 3") && report.rejected[0].1.contains("languages"),
        "{:?}",
        report.rejected
    );
    assert!(
        report.rejected[1].0.contains("line 5") && report.rejected[1].1.contains("B15 9ZZ"),
        "{:?}",
        report.rejected
    );
    assert_eq!(kith.app.directory.read().service_count(), before + 1);
    {
        let index = kith.app.directory.read();
        let (walk, _) = index.all_services().into_iter().find(|(s, _)| s.name == "Sparkhill Walking Group").unwrap();
        assert_eq!(index.location(walk.locations[0]).unwrap().ward.as_ref().unwrap().as_str(), "E05011170");
    }

    let broken = format!("{header}\n,too,few,columns\n");
    let error = csv_rows(broken.as_bytes(), "broken.csv").unwrap_err();
    assert!(error.contains("broken.csv line 2"), "{error}");
    kith.stop().await;
}

fn kith_standards_header() -> String {
    // The header the data page documents, read from the site's own download of an empty directory.
    "id,organisation,organisation_email,name,description,categories,venue,address,postcode,days,every_weeks,opens,closes,not_on_bank_holidays,cost,cost_description,languages,minimum_age,maximum_age,eligibility,phone,email,website,accessibility,schedule_in_words,last_checked,latitude,longitude,ward".to_owned()
}

#[tokio::test]
async fn the_csv_download_has_the_documented_columns_and_the_geojson_is_points() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let empty = reqwest::get(kith.url("/directory/data/directory.csv")).await.unwrap().text().await.unwrap();
    assert_eq!(empty.trim(), kith_standards_header(), "an empty directory still gives the template");
    fixture(&kith.app).await;
    let csv = reqwest::get(kith.url("/directory/data/directory.csv")).await.unwrap().text().await.unwrap();
    assert!(csv.starts_with(&kith_standards_header()));
    assert!(csv.contains("Every Saturday, 9:30am to 1pm"));
    let geojson: Value =
        reqwest::get(kith.url("/directory/data/directory.geojson")).await.unwrap().json().await.unwrap();
    assert_eq!(geojson["type"], "FeatureCollection");
    let features = geojson["features"].as_array().unwrap();
    assert_eq!(features.len(), 2, "two services with places (the phone line has none)");
    assert_eq!(features[0]["geometry"]["type"], "Point");
    kith.stop().await;
}

// The feed is served by this test's own runtime while the command runs: give it threads to answer on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_line_pages_through_a_feed_and_exports_what_it_holds() {
    let from = TestApp::start(Backend::Sqlite).await;
    fixture(&from.app).await;
    let db = TestDb::fresh(Backend::Sqlite).await;
    let run = |args: &[&str]| {
        Command::new(KITH)
            .args(args)
            .env("KITH_DATABASE_URL", &db.url)
            .env("KITH_LOG", "warn")
            .env("KITH_LOG_FORMAT", "text")
            .stdin(Stdio::null())
            .output()
            .expect("kith runs")
    };
    let dry = run(&["import", "directory", "--url", &from.url("/api/oruk"), "--dry-run"]);
    assert!(dry.status.success(), "{}", String::from_utf8_lossy(&dry.stderr));
    assert!(
        String::from_utf8_lossy(&dry.stdout).contains("Dry run, nothing written: 3 new, 0 merged"),
        "{}",
        String::from_utf8_lossy(&dry.stdout)
    );
    let done = run(&["import", "directory", "--url", &from.url("/api/oruk")]);
    assert!(
        String::from_utf8_lossy(&done.stdout).contains("Imported: 3 new, 0 merged into what was there, 0 rejected.")
    );
    let exported = run(&["export", "directory", "--format", "csv"]);
    assert!(exported.status.success());
    let csv = String::from_utf8_lossy(&exported.stdout);
    assert_eq!(csv.lines().count(), 4, "a header and three services: {csv}");
    assert!(csv.contains("Ladywood Lunch Club"));
    let bad = run(&["export", "directory", "--format", "xml"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("choose ndjson, csv or geojson"));
    let missing = run(&["import", "directory", "--file", "/nonexistent/services.json"]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/services.json"));
    from.stop().await;
}
