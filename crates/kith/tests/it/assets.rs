//! Community assets: the register placed by postcode and kept by ward, Community Asset Transfers moved stage by
//! stage against the published working-day targets, and Assets of Community Value whose statutory clocks run by
//! the rules, with the clock moved rather than waited for.

use chrono::{Duration, NaiveDate};
use kith_app::accounts::Principal;
use kith_app::assets::acv::{self, NominationForm, StepForm};
use kith_app::assets::transfers::{self, MoveForm, OpenForm};
use kith_app::assets::{self, AssetForm, By};
use kith_app::{Actor, AppError};
use kith_core::accounts::Scope;
use kith_core::assets::Stage;
use kith_core::places::WardCode;
use kith_testkit::{Backend, TestApp};
use uuid::Uuid;

use crate::on_every_backend;

const OFFICER: &str = "assets@example.org";
const EDGBASTON: &str = "E05011134";
const LADYWOOD: &str = "E05011151";

async fn officer(kith: &TestApp, scope: Scope) -> Principal {
    kith.add_user(OFFICER, crate::cases::PASSWORD, "assets_officer", scope).await;
    kith.principal(OFFICER).await
}

fn hall_form() -> AssetForm {
    AssetForm {
        name: "Pritchatts Road Hall".into(),
        kind: "community_centre".into(),
        owner: "council".into(),
        condition: "fair".into(),
        capacity: "120".into(),
        accessibility: vec!["step-free".into(), "hearing-loop".into()],
        postcode: "B15 2TT".into(),
        used_by: "Tuesday lunch club".into(),
        ..Default::default()
    }
}

/// An officer for the whole city and a hall in Edgbaston on the register.
async fn registered(backend: Backend) -> (TestApp, Principal, Uuid) {
    let kith = TestApp::start(backend).await;
    let officer = officer(&kith, Scope::City).await;
    let id = assets::save(&kith.app, &officer, &officer.actor(None), None, &hall_form()).await.expect("a hall");
    (kith, officer, id)
}

fn problem_fields(result: kith_app::Result<impl std::fmt::Debug>) -> Vec<(&'static str, String)> {
    match result {
        Err(AppError::Invalid(p)) => p,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[tokio::test]
async fn a_building_is_placed_in_its_ward_by_its_postcode() {
    on_every_backend(|backend| async move {
        let (kith, _, id) = registered(backend).await;
        let stored = kith.store.asset(id).await.unwrap().unwrap();
        assert_eq!(stored.ward_code, EDGBASTON);
        assert_eq!(stored.accessibility, vec!["step-free", "hearing-loop"]);
        assert_eq!(stored.capacity, Some(120));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_officer_for_one_ward_cannot_add_a_building_in_another() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let officer = officer(&kith, Scope::Ward(WardCode::parse(LADYWOOD).unwrap())).await;
    let refused = assets::save(&kith.app, &officer, &officer.actor(None), None, &hall_form()).await;
    assert!(matches!(refused, Err(AppError::Forbidden)), "{refused:?}");
    kith.stop().await;
}

#[tokio::test]
async fn a_building_with_a_postcode_outside_the_city_is_refused_with_the_reason() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let officer = officer(&kith, Scope::City).await;
    let form = AssetForm { postcode: "B70 6JZ".into(), ..hall_form() };
    let problems = problem_fields(assets::save(&kith.app, &officer, &officer.actor(None), None, &form).await);
    assert_eq!(problems, vec![("postcode", "Enter a postcode in the city, like B15 2TT".to_owned())]);
    kith.stop().await;
}

#[tokio::test]
async fn the_register_shows_a_building_to_anyone_with_who_uses_it() {
    let (kith, _, id) = registered(Backend::Sqlite).await;
    let html = reqwest::get(kith.url(&format!("/community-assets/{id}"))).await.unwrap().text().await.unwrap();
    assert!(html.contains("Pritchatts Road Hall"), "{html}");
    assert!(html.contains("Tuesday lunch club"), "{html}");
    assert!(html.contains("step-free, hearing-loop"), "{html}");
    kith.stop().await;
}

async fn open_transfer(kith: &TestApp, officer: &Principal, hall: Uuid) -> Uuid {
    let form = OpenForm {
        asset: hall.to_string(),
        applicant: "Edgbaston Residents' Association".into(),
        applicant_email: "residents@example.org".into(),
        channel: "paper".into(),
        ..Default::default()
    };
    transfers::open(&kith.app, By::Staff(officer), &officer.actor(None), &form).await.expect("a transfer")
}

fn move_form(stage: Stage, on: &str, version: i64) -> MoveForm {
    MoveForm { stage: stage.as_str().into(), on: on.into(), note: String::new(), version: version.to_string() }
}

#[tokio::test]
async fn a_transfer_opens_at_its_expression_of_interest_due_in_twenty_working_days() {
    on_every_backend(|backend| async move {
        let (kith, officer, hall) = registered(backend).await;
        let id = open_transfer(&kith, &officer, hall).await;
        let (transfer, history) = kith.store.transfer(id).await.unwrap().unwrap();
        assert_eq!(transfer.stage, Stage::ExpressionOfInterest);
        // Monday 2 March 2026 and twenty working days: Monday 30 March.
        assert_eq!(transfer.stage_due, NaiveDate::from_ymd_opt(2026, 3, 30));
        assert_eq!((transfer.number, history.len()), (1, 1));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_transfer_moves_only_to_its_next_stage() {
    let (kith, officer, hall) = registered(Backend::Sqlite).await;
    let id = open_transfer(&kith, &officer, hall).await;
    let skip = move_form(Stage::Decision, "2026-03-02", 1);
    let problems = problem_fields(transfers::move_to(&kith.app, &officer, &officer.actor(None), id, &skip).await);
    assert_eq!(problems[0].0, "stage");
    assert_eq!(kith.store.transfer(id).await.unwrap().unwrap().0.stage, Stage::ExpressionOfInterest);
    kith.stop().await;
}

#[tokio::test]
async fn a_stage_dated_before_the_last_one_began_is_refused() {
    let (kith, officer, hall) = registered(Backend::Sqlite).await;
    let id = open_transfer(&kith, &officer, hall).await;
    let early = move_form(Stage::BusinessCase, "2026-03-01", 1);
    let problems = problem_fields(transfers::move_to(&kith.app, &officer, &officer.actor(None), id, &early).await);
    assert_eq!(problems, vec![("on", "The date cannot be before this stage began (2 March 2026)".to_owned())]);
    kith.stop().await;
}

#[tokio::test]
async fn moving_a_transfer_tells_the_applicant_its_stage_and_target() {
    let (kith, officer, hall) = registered(Backend::Sqlite).await;
    let id = open_transfer(&kith, &officer, hall).await;
    kith.clock.advance(Duration::days(7));
    let next = move_form(Stage::BusinessCase, "2026-03-09", 1);
    transfers::move_to(&kith.app, &officer, &officer.actor(None), id, &next).await.unwrap();
    let emails = kith.store.emails_to("residents@example.org").await.unwrap();
    assert_eq!(emails.len(), 2, "one at the expression of interest, one now");
    let last = emails.iter().find(|e| e.subject.ends_with("Business case")).expect("the move's email");
    // Forty working days from Monday 9 March, over Good Friday, Easter Monday and the May bank holiday: 7 May.
    assert!(
        last.body.contains("(CAT-1) is now at this stage: Business case. We aim to finish this stage by 7 May 2026."),
        "{}",
        last.body
    );
    kith.stop().await;
}

async fn nominated(kith: &TestApp, officer: &Principal, hall: Uuid, received_on: &str) -> kith_app::Result<Uuid> {
    let form = NominationForm {
        asset: hall.to_string(),
        nominator: "Friends of Pritchatts Road Hall".into(),
        nominator_email: "friends@example.org".into(),
        owner_email: "owner@example.org".into(),
        reasons: "The only hall nearby for the lunch club and the youth club.".into(),
        received_on: received_on.into(),
        channel: "online".into(),
    };
    acv::nominate(&kith.app, By::Staff(officer), &officer.actor(None), &form).await
}

async fn step(kith: &TestApp, officer: &Principal, id: Uuid, step: &str, on: &str) -> kith_app::Result<()> {
    let version = acv::page(&kith.app, officer, id).await.unwrap().line.version;
    let form = StepForm { step: step.into(), on: on.into(), version: version.to_string() };
    acv::record_step(&kith.app, officer, &officer.actor(None), id, &form).await
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

#[tokio::test]
async fn a_nomination_is_due_for_decision_eight_weeks_after_it_was_received() {
    on_every_backend(|backend| async move {
        let (kith, officer, hall) = registered(backend).await;
        let id = nominated(&kith, &officer, hall, "2026-02-02").await.unwrap();
        let page = acv::page(&kith.app, &officer, id).await.unwrap();
        assert_eq!(page.line.decision_due, day("2026-03-30"));
        assert_eq!(page.line.standing_key, "awaiting_decision");
        let told = kith.store.emails_to("owner@example.org").await.unwrap();
        assert!(told[0].body.contains("It will decide by 30 March 2026"), "{}", told[0].body);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_decision_dated_before_the_nomination_is_refused() {
    let (kith, officer, hall) = registered(Backend::Sqlite).await;
    let id = nominated(&kith, &officer, hall, "2026-02-02").await.unwrap();
    let problems = problem_fields(step(&kith, &officer, id, "listed", "2026-02-01").await);
    assert_eq!(problems[0].0, "on");
    assert!(problems[0].1.contains("cannot be before the nomination's receipt"), "{problems:?}");
    kith.stop().await;
}

#[tokio::test]
async fn a_nomination_dated_before_the_rules_were_in_force_is_refused() {
    let (kith, officer, hall) = registered(Backend::Sqlite).await;
    let problems = problem_fields(nominated(&kith, &officer, hall, "2012-09-20").await);
    assert_eq!(
        problems,
        vec![("received_on", "No rules for assets of community value were in force on 2012-09-20".to_owned())]
    );
    kith.stop().await;
}

/// A hall listed on 2 February 2026 whose owner gave notice of intent to sell on 2 March (today).
async fn for_sale(backend: Backend) -> (TestApp, Principal, Uuid) {
    let (kith, officer, hall) = registered(backend).await;
    let id = nominated(&kith, &officer, hall, "2026-01-05").await.unwrap();
    step(&kith, &officer, id, "listed", "2026-02-02").await.unwrap();
    step(&kith, &officer, id, "sale_notified", "2026-03-02").await.unwrap();
    (kith, officer, id)
}

#[tokio::test]
async fn a_notice_to_sell_holds_the_sale_for_six_weeks_then_lets_it_go() {
    on_every_backend(|backend| async move {
        let (kith, officer, id) = for_sale(backend).await;
        assert_eq!(acv::page(&kith.app, &officer, id).await.unwrap().line.standing_key, "moratorium");
        kith.clock.advance(Duration::weeks(6));
        let page = acv::page(&kith.app, &officer, id).await.unwrap();
        assert_eq!(page.line.standing_key, "listed");
        assert_eq!(page.line.protected_period_ends, day("2027-09-02"));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_group_asking_to_bid_in_time_holds_the_sale_six_months_from_the_notice() {
    let (kith, officer, id) = for_sale(Backend::Sqlite).await;
    kith.clock.advance(Duration::weeks(5));
    step(&kith, &officer, id, "bid_requested", "2026-04-06").await.unwrap();
    assert_eq!(acv::page(&kith.app, &officer, id).await.unwrap().line.full_moratorium_ends, day("2026-09-02"));
    kith.clock.advance(Duration::weeks(20));
    assert_eq!(acv::page(&kith.app, &officer, id).await.unwrap().line.standing_key, "moratorium");
    let told = kith.store.emails_to("friends@example.org").await.unwrap();
    assert!(told.iter().any(|e| e.body.contains("The owner may not sell until 2 September 2026")), "{told:?}");
    kith.stop().await;
}

#[tokio::test]
async fn a_request_to_bid_after_the_interim_moratorium_is_out_of_time() {
    let (kith, officer, id) = for_sale(Backend::Sqlite).await;
    kith.clock.advance(Duration::weeks(7));
    let problems = problem_fields(step(&kith, &officer, id, "bid_requested", "2026-04-13").await);
    let late = "The request to bid came on 2026-04-13, after the last day for it (2026-04-12)";
    assert_eq!(problems, vec![("on", late.to_owned())]);
    kith.stop().await;
}

#[tokio::test]
async fn the_worker_warns_once_six_months_before_a_listing_ends() {
    on_every_backend(|backend| async move {
        let (kith, officer, hall) = registered(backend).await;
        let id = nominated(&kith, &officer, hall, "2026-01-05").await.unwrap();
        step(&kith, &officer, id, "listed", "2026-02-02").await.unwrap();
        assert_eq!(kith_app::assets::worker::warn_expiring(&kith.app).await.unwrap(), 0);
        // The listing ends on 2 February 2031; the warning is due from 2 August 2030.
        kith.clock.set("2030-08-03T09:00:00Z".parse().unwrap());
        assert_eq!(kith_app::assets::worker::warn_expiring(&kith.app).await.unwrap(), 1);
        assert_eq!(kith_app::assets::worker::warn_expiring(&kith.app).await.unwrap(), 0);
        let told = kith.store.emails_to("friends@example.org").await.unwrap();
        assert!(told.iter().any(|e| e.body.contains("ends on 2 February 2031")), "{told:?}");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_published_list_names_listed_assets_and_unsuccessful_nominations() {
    let (kith, officer, hall) = registered(Backend::Sqlite).await;
    let listed = nominated(&kith, &officer, hall, "2026-01-05").await.unwrap();
    step(&kith, &officer, listed, "listed", "2026-02-02").await.unwrap();
    let form = AssetForm { name: "The Old Bell".into(), kind: "pub".into(), owner: "other".into(), ..hall_form() };
    let pub_id = assets::save(&kith.app, &officer, &Actor::command_line(), None, &form).await.unwrap();
    let refused = nominated(&kith, &officer, pub_id, "2026-01-12").await.unwrap();
    step(&kith, &officer, refused, "not_listed", "2026-02-16").await.unwrap();
    let html = reqwest::get(kith.url("/community-assets/value")).await.unwrap().text().await.unwrap();
    let (listed_part, unsuccessful_part) = html.split_once("Unsuccessful nominations").unwrap();
    assert!(listed_part.contains("Pritchatts Road Hall") && !listed_part.contains("The Old Bell"), "{html}");
    assert!(unsuccessful_part.contains("The Old Bell"), "{html}");
    kith.stop().await;
}

#[tokio::test]
async fn an_officer_for_one_ward_sees_only_its_transfers() {
    let (kith, city_officer, hall) = registered(Backend::Sqlite).await;
    open_transfer(&kith, &city_officer, hall).await;
    kith.add_user(
        "ladywood@example.org",
        crate::cases::PASSWORD,
        "assets_officer",
        Scope::Ward(WardCode::parse(LADYWOOD).unwrap()),
    )
    .await;
    let ladywood = kith.principal("ladywood@example.org").await;
    assert!(transfers::list(&kith.app, &ladywood).await.unwrap().is_empty(), "the hall is in Edgbaston");
    assert_eq!(transfers::list(&kith.app, &city_officer).await.unwrap().len(), 1);
    kith.stop().await;
}

#[tokio::test]
async fn the_register_is_open_data_as_csv_and_json() {
    let (kith, _, id) = registered(Backend::Sqlite).await;
    let csv = reqwest::get(kith.url("/community-assets/data/register.csv")).await.unwrap().text().await.unwrap();
    assert!(
        csv.starts_with(
            "id,name,kind,owner,owner_name,condition,capacity,accessibility,ward_code,ward,address,used_by"
        ),
        "{csv}"
    );
    assert!(csv.contains(&format!("{id},Pritchatts Road Hall,Community centre,The council,,fair,120,step-free; hearing-loop,{EDGBASTON},Edgbaston")), "{csv}");
    let json: serde_json::Value =
        reqwest::get(kith.url("/community-assets/data/register.json")).await.unwrap().json().await.unwrap();
    assert_eq!(json[0]["name"], "Pritchatts Road Hall");
    kith.stop().await;
}

#[tokio::test]
async fn a_building_linked_to_its_place_in_the_directory_shows_the_services_held_there() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let officer = officer(&kith, Scope::City).await;
    kith_testkit::directory::fixture(&kith.app).await;
    let form = AssetForm { postcode: kith_testkit::cases::LADYWOOD_POSTCODE.into(), ..hall_form() };
    let id = assets::save(&kith.app, &officer, &officer.actor(None), None, &form).await.unwrap();
    let places = assets::directory_places(&kith.app, id).await.unwrap();
    let (hall, _) = places.iter().find(|(_, name)| name == "Ladywood Community Centre").expect("the hall is offered");
    let linked = AssetForm { location: hall.to_string(), version: "1".into(), postcode: String::new(), ..form };
    assets::save(&kith.app, &officer, &officer.actor(None), Some(id), &linked).await.unwrap();
    let page = assets::asset_page(&kith.app, id).await.unwrap();
    assert_eq!(page.location.as_deref(), Some("Ladywood Community Centre"));
    let held: Vec<&str> = page.services.iter().map(|(_, name)| name.as_str()).collect();
    assert!(held.contains(&"Ladywood Lunch Club"), "{held:?}");
    kith.stop().await;
}

#[tokio::test]
async fn a_building_cannot_be_linked_to_a_place_the_directory_does_not_have() {
    let (kith, officer, id) = registered(Backend::Sqlite).await;
    let form =
        AssetForm { location: Uuid::new_v4().to_string(), version: "1".into(), postcode: String::new(), ..hall_form() };
    let problems = problem_fields(assets::save(&kith.app, &officer, &officer.actor(None), Some(id), &form).await);
    assert_eq!(problems, vec![("location", "Choose a place in the directory, or none".to_owned())]);
    kith.stop().await;
}

/// Sends a group's own form on the hall's page, as a browser does: the form first (its CSRF cookie), then the post.
async fn ask_online(kith: &TestApp, hall: Uuid, what: &str, email: &str) -> (u16, String) {
    let client = kith.client();
    let path = format!("/community-assets/{hall}/ask/{what}");
    let form = client.get(kith.url(&path)).send().await.unwrap().text().await.unwrap();
    let csrf = kith_testkit::html::csrf_token(&form);
    let sent = client
        .post(kith.url(&path))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Friends of Pritchatts Road Hall"),
            ("email", email),
            ("words", "The only hall nearby for the lunch club."),
        ])
        .send()
        .await
        .unwrap();
    (sent.status().as_u16(), sent.text().await.unwrap())
}

#[tokio::test]
async fn a_community_group_nominates_online_and_the_clock_starts_today() {
    on_every_backend(|backend| async move {
        let (kith, _, hall) = registered(backend).await;
        let (status, html) = ask_online(&kith, hall, "nominate", "friends@example.org").await;
        assert_eq!(status, 200, "{html}");
        assert!(html.contains("within eight weeks, at friends@example.org"), "{html}");
        let stored = kith.store.nominations().await.unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(
            (stored[0].channel.as_str(), stored[0].received_on),
            ("online", NaiveDate::from_ymd_opt(2026, 3, 2).unwrap())
        );
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_online_nomination_without_an_email_is_shown_again_with_the_reason() {
    let (kith, _, hall) = registered(Backend::Sqlite).await;
    let (status, html) = ask_online(&kith, hall, "nominate", "").await;
    assert_eq!(status, 422);
    assert!(html.contains("Enter an email address, so the council can tell you its decision"), "{html}");
    assert!(html.contains("Friends of Pritchatts Road Hall"), "what was typed is kept");
    assert!(kith.store.nominations().await.unwrap().is_empty());
    kith.stop().await;
}

#[tokio::test]
async fn a_community_organisation_asks_online_to_take_on_a_council_building() {
    let (kith, _, hall) = registered(Backend::Sqlite).await;
    let (status, html) = ask_online(&kith, hall, "transfer", "friends@example.org").await;
    assert_eq!(status, 200, "{html}");
    let transfers = kith.store.transfers().await.unwrap();
    assert_eq!((transfers[0].stage, transfers[0].channel.as_str()), (Stage::ExpressionOfInterest, "online"));
    assert_eq!(transfers[0].handler_id, None, "no officer yet");
    kith.stop().await;
}

#[tokio::test]
async fn an_officer_cannot_move_a_building_into_a_ward_they_do_not_keep() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let officer = officer(&kith, Scope::Ward(WardCode::parse(EDGBASTON).unwrap())).await;
    let id = assets::save(&kith.app, &officer, &officer.actor(None), None, &hall_form()).await.unwrap();
    let moved =
        AssetForm { postcode: kith_testkit::cases::LADYWOOD_POSTCODE.into(), version: "1".into(), ..hall_form() };
    let refused = assets::save(&kith.app, &officer, &officer.actor(None), Some(id), &moved).await;
    assert!(matches!(refused, Err(AppError::Forbidden)), "{refused:?}");
    assert_eq!(kith.store.asset(id).await.unwrap().unwrap().ward_code, EDGBASTON);
    kith.stop().await;
}

#[tokio::test]
async fn a_transfer_of_a_building_the_council_does_not_own_is_refused() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let officer = officer(&kith, Scope::City).await;
    let form = AssetForm { owner: "other".into(), ..hall_form() };
    let church = assets::save(&kith.app, &officer, &officer.actor(None), None, &form).await.unwrap();
    let (status, _) = ask_online(&kith, church, "transfer", "friends@example.org").await;
    assert_eq!(status, 422);
    assert!(kith.store.transfers().await.unwrap().is_empty());
    kith.stop().await;
}

#[tokio::test]
async fn a_transfer_opened_on_a_saturday_counts_its_working_days_from_monday() {
    let (kith, officer, hall) = registered(Backend::Sqlite).await;
    kith.clock.set("2026-03-07T10:00:00Z".parse().unwrap());
    let id = open_transfer(&kith, &officer, hall).await;
    // Monday 9 March and twenty working days, over Good Friday and Easter Monday: Wednesday 8 April.
    assert_eq!(kith.store.transfer(id).await.unwrap().unwrap().0.stage_due, NaiveDate::from_ymd_opt(2026, 4, 8));
    kith.stop().await;
}

#[tokio::test]
async fn a_transfers_history_is_in_the_order_its_stages_began_however_it_was_recorded() {
    let (kith, _, hall) = registered(Backend::Sqlite).await;
    let on = |d| NaiveDate::from_ymd_opt(2026, 1, d).unwrap();
    let moves = [(Stage::BusinessCase, on(10)), (Stage::Valuation, on(20)), (Stage::Decision, on(30))];
    transfers::add_from_command_line(&kith.app, hall, "Residents", on(2), &moves).await.unwrap();
    let id = kith.store.transfers().await.unwrap()[0].id;
    let (_, history) = kith.store.transfer(id).await.unwrap().unwrap();
    let stages: Vec<Stage> = history.iter().map(|h| h.stage).collect();
    assert_eq!(stages, vec![Stage::ExpressionOfInterest, Stage::BusinessCase, Stage::Valuation, Stage::Decision]);
    kith.stop().await;
}
