//! Small grants: funds and their ward pots, applying online (a draft resumable from its link), the checks on
//! submission, staff keying phone and paper applications, the decision clock and the officer's decisions.

use kith_app::Actor;
use kith_app::grants::apply::{self, ApplicationForm};
use kith_app::grants::decide::{self, DecisionForm};
use kith_app::grants::{FundForm, RoundForm};
use kith_core::accounts::Scope;
use kith_core::calendar::WorkingDays;
use kith_core::grants::{ApplicationState, Channel, Track};
use kith_core::places::WardCode;
use kith_testkit::{Backend, TestApp};
use uuid::Uuid;

use crate::on_every_backend;

const OFFICER: &str = "officer@grants.example.org";
const LADYWOOD: &str = "E05011151";
const ACOCKS_GREEN: &str = "E05011118";
const SPARKBROOK: &str = "E05011170";

/// A running Kith with a grants officer, a fast-track community fund for three wards with pots by need, and a
/// round open through March 2026 (the tests' clock starts on 2 March) with the next opening on 1 June.
struct Funded {
    kith: TestApp,
    fund: Uuid,
    round: Uuid,
}

fn fund_form() -> FundForm {
    FundForm {
        name: "Ladywood and Friends Community Fund".into(),
        description: "Small grants for things residents do together.".into(),
        budget: "30,000".into(),
        max_award: "2,000".into(),
        wards: vec![LADYWOOD.into(), ACOCKS_GREEN.into(), SPARKBROOK.into()],
        criteria: "Need in the area: 3\nResidents lead it: 2".into(),
        pot_rule: "need".into(),
        programme_code: "community-fund".into(),
        ..Default::default()
    }
}

async fn funded(backend: Backend) -> Funded {
    let kith = TestApp::start(backend).await;
    kith.add_user(OFFICER, crate::cases::PASSWORD, "grants_officer", Scope::City).await;
    let officer = kith.principal(OFFICER).await;
    let actor = officer.actor(None);
    let fund = kith_app::grants::save_fund(&kith.app, &officer, &actor, None, &fund_form()).await.expect("a fund");
    let round = RoundForm { name: "March 2026".into(), opens_on: "2026-03-01".into(), closes_on: "2026-03-31".into() };
    let round = kith_app::grants::add_round(&kith.app, &officer, &actor, fund, &round).await.expect("a round");
    let next = RoundForm { name: "Summer 2026".into(), opens_on: "2026-06-01".into(), closes_on: "2026-06-30".into() };
    kith_app::grants::add_round(&kith.app, &officer, &actor, fund, &next).await.expect("the next round");
    Funded { kith, fund, round }
}

/// A whole application from an unconstituted group in Ladywood for £750, paid through a fiscal host.
fn whole_form() -> ApplicationForm {
    kith_testkit::grants::application()
}

fn the_link(link: &str) -> (Uuid, String) {
    let parts: Vec<&str> = link.trim_start_matches("/grants/applications/").split('/').collect();
    (Uuid::parse_str(parts[0]).unwrap(), parts[1].to_owned())
}

/// Starts a draft with `form` and sends it; the result of sending.
async fn apply_online(f: &Funded, form: &ApplicationForm) -> kith_app::Result<apply::Sent> {
    let actor = Actor::anonymous(None);
    let draft = apply::start(&f.kith.app, &actor, f.round, form).await?;
    let (id, sig) = the_link(&draft.link);
    apply::submit(&f.kith.app, &actor, id, &sig, form).await
}

fn fields(e: kith_app::AppError) -> Vec<&'static str> {
    match e {
        kith_app::AppError::Invalid(p) => p.into_iter().map(|(f, _)| f).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

fn messages(e: kith_app::AppError) -> Vec<String> {
    match e {
        kith_app::AppError::Invalid(p) => p.into_iter().map(|(_, m)| m).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[tokio::test]
async fn a_fund_with_a_bad_form_is_explained_field_by_field_and_nothing_is_saved() {
    let f = funded(Backend::Sqlite).await;
    let officer = f.kith.principal(OFFICER).await;
    let bad = FundForm {
        budget: "lots".into(),
        max_award: "40,000".into(),
        wards: vec!["E05999999".into()],
        criteria: "Need: eleven".into(),
        ..fund_form()
    };
    let e = kith_app::grants::save_fund(&f.kith.app, &officer, &officer.actor(None), None, &bad).await.unwrap_err();
    assert_eq!(fields(e), ["budget", "wards", "criteria", "pot_rule"]);
    assert_eq!(kith_app::grants::funds(&f.kith.app).await.unwrap().len(), 1, "only the set-up's fund");
    f.kith.stop().await;
}

#[tokio::test]
async fn ward_pots_by_need_share_the_whole_budget_and_give_more_to_the_more_deprived_ward_per_person() {
    let f = funded(Backend::Sqlite).await;
    let page = kith_app::grants::fund_page(&f.kith.app, f.fund).await.unwrap();
    let total: i64 = page.pots.iter().map(|p| p.amount.0).sum();
    assert_eq!(total, 3_000_000, "to the penny");
    assert_eq!(page.open_round.map(|r| r.name), Some("March 2026".to_owned()));
    assert_eq!(page.next_round.map(|r| r.name), Some("Summer 2026".to_owned()));
    let pot = |code: &str| page.pots.iter().find(|p| p.ward.as_str() == code).unwrap().amount.0 as f64;
    // Sparkbrook and Balsall Heath East is among the city's most deprived wards; Acocks Green much less so. Per
    // resident (Census 2021 populations from the ward data), Sparkbrook's pot is larger.
    let stats = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/birmingham/ward_stats_birmingham.csv"
    ))
    .unwrap();
    let population = |code: &str| -> f64 {
        let row = stats.lines().find(|l| l.starts_with(code)).unwrap();
        row.split(',').nth(10).unwrap().parse().unwrap()
    };
    assert!(pot(SPARKBROOK) / population(SPARKBROOK) > pot(ACOCKS_GREEN) / population(ACOCKS_GREEN));
    f.kith.stop().await;
}

#[tokio::test]
async fn a_draft_is_kept_with_what_was_typed_and_its_link_is_emailed_to_the_applicant() {
    let f = funded(Backend::Sqlite).await;
    let half = ApplicationForm { amount: "about 700?".into(), project_title: "Lunch".into(), ..whole_form() };
    let draft = apply::start(&f.kith.app, &Actor::anonymous(None), f.round, &half).await.unwrap();
    let (id, sig) = the_link(&draft.link);
    let status = apply::status(&f.kith.app, id, &sig).await.unwrap();
    assert_eq!(status.application.state, ApplicationState::Draft);
    assert_eq!(apply::form_of(&status.application), half, "nothing typed is lost, even what cannot be read yet");
    let emails = f.kith.store.due_emails(f.kith.app.now(), 10).await.unwrap();
    let email = emails.iter().find(|e| e.to == "ada@example.org").expect("the applicant's email");
    assert!(email.subject.contains(&draft.reference), "{}", email.subject);
    assert!(email.body.contains(&draft.link), "the link to carry on: {}", email.body);
    f.kith.stop().await;
}

#[tokio::test]
async fn a_tampered_link_finds_nothing() {
    let f = funded(Backend::Sqlite).await;
    let draft = apply::start(&f.kith.app, &Actor::anonymous(None), f.round, &whole_form()).await.unwrap();
    let (id, _) = the_link(&draft.link);
    let e = apply::status(&f.kith.app, id, "00000000000000000000000000000000").await.unwrap_err();
    assert!(matches!(e, kith_app::AppError::NotFound), "{e:?}");
    f.kith.stop().await;
}

#[tokio::test]
async fn a_small_application_sent_online_is_on_the_fast_track_due_in_five_working_days() {
    on_every_backend(|backend| async move {
        let f = funded(backend).await;
        let sent = apply_online(&f, &whole_form()).await.unwrap();
        assert_eq!(sent.track, Track::FastTrack);
        // Sent on Monday 2 March: day 0; the fifth working day after is Monday 9 March.
        assert_eq!(WorkingDays::last_day(sent.due_at).to_string(), "2026-03-09");
        let stored = f.kith.store.application_by_reference(&sent.reference).await.unwrap().unwrap();
        assert_eq!(
            (stored.state, stored.channel, stored.keyed_by),
            (ApplicationState::Submitted, Channel::Online, None)
        );
        assert_eq!(stored.details.people.len(), 2);
        assert_eq!(stored.draft, None, "the form is read into the record once sent");
        f.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_amount_over_the_maximum_names_the_maximum_and_the_draft_stays_a_draft() {
    let f = funded(Backend::Sqlite).await;
    let form = ApplicationForm { amount: "2,500".into(), ..whole_form() };
    let actor = Actor::anonymous(None);
    let draft = apply::start(&f.kith.app, &actor, f.round, &form).await.unwrap();
    let (id, sig) = the_link(&draft.link);
    let e = apply::submit(&f.kith.app, &actor, id, &sig, &form).await.unwrap_err();
    assert_eq!(messages(e), ["The most this fund awards is £2,000"]);
    assert_eq!(apply::status(&f.kith.app, id, &sig).await.unwrap().application.state, ApplicationState::Draft);
    f.kith.stop().await;
}

#[tokio::test]
async fn applying_after_the_round_has_closed_says_when_the_next_one_opens() {
    let f = funded(Backend::Sqlite).await;
    f.kith.clock.advance(chrono::Duration::days(40));
    let e = apply_online(&f, &whole_form()).await.unwrap_err();
    assert_eq!(messages(e), ["This round closed on 31 March 2026. The next round opens on 1 June 2026."]);
    f.kith.stop().await;
}

#[tokio::test]
async fn a_group_outside_the_funds_wards_or_kinds_is_told_why() {
    let f = funded(Backend::Sqlite).await;
    let elsewhere = ApplicationForm { ward: "E05011119".into(), ..whole_form() };
    assert_eq!(fields(apply_online(&f, &elsewhere).await.unwrap_err()), ["ward"]);
    f.kith.stop().await;
}

#[tokio::test]
async fn an_unconstituted_group_applies_without_a_charity_number_but_with_two_unrelated_people_and_a_payee() {
    let f = funded(Backend::Sqlite).await;
    let alone = ApplicationForm {
        second_name: String::new(),
        second_email: String::new(),
        unrelated: String::new(),
        payee: String::new(),
        ..whole_form()
    };
    assert_eq!(
        fields(apply_online(&f, &alone).await.unwrap_err()),
        ["second_name", "second_email", "unrelated", "payee"]
    );
    let account =
        ApplicationForm { payee: "account".into(), account_name: "Ladywood Lunch Club".into(), ..whole_form() };
    assert!(apply_online(&f, &account).await.is_ok(), "a bank account in the group's name will do");
    f.kith.stop().await;
}

#[tokio::test]
async fn a_second_application_from_the_same_group_is_flagged_to_the_officer_not_refused() {
    let f = funded(Backend::Sqlite).await;
    let first = apply_online(&f, &whole_form()).await.unwrap();
    let again = ApplicationForm {
        group_name: "The Ladywood Lunch-Club".into(),
        contact_email: "someone.else@example.org".into(),
        second_email: "another@example.org".into(),
        ..whole_form()
    };
    let second = apply_online(&f, &again).await.unwrap();
    assert_eq!(second.duplicates, vec![first.reference.clone()]);
    let same_person = ApplicationForm { group_name: "Ladywood Knitters".into(), ..whole_form() };
    let third = apply_online(&f, &same_person).await.unwrap();
    assert_eq!(third.duplicates, vec![first.reference], "the same people as the first, by their email");
    f.kith.stop().await;
}

#[tokio::test]
async fn staff_key_a_phone_application_marked_as_such_and_it_is_queued_like_an_online_one() {
    on_every_backend(|backend| async move {
        let f = funded(backend).await;
        let officer = f.kith.principal(OFFICER).await;
        let by_phone =
            ApplicationForm { contact_email: String::new(), contact_phone: "0121 496 0000".into(), ..whole_form() };
        let sent =
            apply::enter_for_applicant(&f.kith.app, &officer, &officer.actor(None), f.round, Channel::Phone, &by_phone)
                .await
                .unwrap();
        let online = apply_online(
            &f,
            &ApplicationForm {
                group_name: "Acocks Green Walkers".into(),
                ward: ACOCKS_GREEN.into(),
                contact_email: "walk@example.org".into(),
                second_email: "w2@example.org".into(),
                ..whole_form()
            },
        )
        .await
        .unwrap();
        let stored = f.kith.store.application_by_reference(&sent.reference).await.unwrap().unwrap();
        assert_eq!((stored.channel, stored.keyed_by), (Channel::Phone, Some(officer.user.id)));
        assert_eq!(stored.due_at, Some(sent.due_at));
        let (queue, total) = decide::queue(&f.kith.app, &officer, None, 1).await.unwrap();
        assert_eq!(total, 2);
        let references: Vec<_> = queue.iter().map(|q| q.application.reference.clone()).collect();
        assert!(references.contains(&sent.reference) && references.contains(&online.reference));
        f.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn asking_for_more_pauses_the_clock_and_the_answer_moves_the_due_date_by_the_days_waited() {
    let f = funded(Backend::Sqlite).await;
    let officer = f.kith.principal(OFFICER).await;
    let sent = apply_online(&f, &whole_form()).await.unwrap();
    let ask = DecisionForm {
        decision: "ask".into(),
        reasons: "Who cooks, and where?".into(),
        version: 2,
        ..Default::default()
    };
    f.kith.clock.advance(chrono::Duration::days(1));
    let state = decide::decide(&f.kith.app, &officer, &officer.actor(None), &sent.reference, &ask).await.unwrap();
    assert_eq!(state, ApplicationState::InfoRequested);
    let (queue, _) = decide::queue(&f.kith.app, &officer, None, 1).await.unwrap();
    assert_eq!(queue[0].days_left, None, "a paused clock counts no days");
    f.kith.clock.advance(chrono::Duration::days(2));
    let (id, sig) = the_link(&sent.link);
    let due = decide::answer(&f.kith.app, &Actor::anonymous(None), id, &sig, "Volunteers, at the church hall.")
        .await
        .unwrap();
    // Asked on Tuesday, answered on Thursday: two working days later than Monday 9 March.
    assert_eq!(WorkingDays::last_day(due).to_string(), "2026-03-11");
    f.kith.stop().await;
}

#[tokio::test]
async fn a_decision_without_reasons_or_a_part_award_not_less_than_asked_is_refused_and_nothing_changes() {
    let f = funded(Backend::Sqlite).await;
    let officer = f.kith.principal(OFFICER).await;
    let sent = apply_online(&f, &whole_form()).await.unwrap();
    let silent = DecisionForm { decision: "decline".into(), version: 2, ..Default::default() };
    let e = decide::decide(&f.kith.app, &officer, &officer.actor(None), &sent.reference, &silent).await.unwrap_err();
    assert_eq!(fields(e), ["reasons"]);
    let more = DecisionForm { decision: "part_award".into(), amount: "800".into(), reasons: "Fine".into(), version: 2 };
    let e = decide::decide(&f.kith.app, &officer, &officer.actor(None), &sent.reference, &more).await.unwrap_err();
    assert_eq!(messages(e), ["A part award is less than the £750 asked for"]);
    let stored = f.kith.store.application_by_reference(&sent.reference).await.unwrap().unwrap();
    assert_eq!((stored.state, stored.version), (ApplicationState::Submitted, 2));
    f.kith.stop().await;
}

#[tokio::test]
async fn a_declined_applicant_is_sent_the_reasons_and_a_part_award_records_the_amount() {
    let f = funded(Backend::Sqlite).await;
    let officer = f.kith.principal(OFFICER).await;
    let sent = apply_online(&f, &whole_form()).await.unwrap();
    let decline = DecisionForm {
        decision: "decline".into(),
        reasons: "The hall is not accessible.".into(),
        version: 2,
        ..Default::default()
    };
    decide::decide(&f.kith.app, &officer, &officer.actor(None), &sent.reference, &decline).await.unwrap();
    let emails = f.kith.store.due_emails(f.kith.app.now(), 20).await.unwrap();
    assert!(emails.iter().any(|e| e.to == "ada@example.org" && e.body.contains("The hall is not accessible.")));
    let other = ApplicationForm {
        group_name: "Sparkbrook Gardeners".into(),
        ward: SPARKBROOK.into(),
        contact_email: "g@example.org".into(),
        second_email: "g2@example.org".into(),
        ..whole_form()
    };
    let second = apply_online(&f, &other).await.unwrap();
    let part = DecisionForm {
        decision: "part_award".into(),
        amount: "500".into(),
        reasons: "For the food.".into(),
        version: 2,
    };
    decide::decide(&f.kith.app, &officer, &officer.actor(None), &second.reference, &part).await.unwrap();
    let stored = f.kith.store.application_by_reference(&second.reference).await.unwrap().unwrap();
    assert_eq!((stored.state, stored.awarded.map(|p| p.0)), (ApplicationState::PartAwarded, Some(50_000)));
    f.kith.stop().await;
}

#[tokio::test]
async fn only_someone_running_the_fund_sees_its_queue_and_decides() {
    let f = funded(Backend::Sqlite).await;
    let sent = apply_online(&f, &whole_form()).await.unwrap();
    f.kith.add_user("coordinator@example.org", crate::cases::PASSWORD, "coordinator", Scope::City).await;
    let coordinator = f.kith.principal("coordinator@example.org").await;
    assert!(matches!(decide::queue(&f.kith.app, &coordinator, None, 1).await, Err(kith_app::AppError::Forbidden)));
    let ladywood = WardCode::parse(LADYWOOD).unwrap();
    f.kith.add_user("lead@example.org", crate::cases::PASSWORD, "network_lead", Scope::Ward(ladywood)).await;
    let lead = f.kith.principal("lead@example.org").await;
    let award = DecisionForm { decision: "award".into(), reasons: "Yes".into(), version: 2, ..Default::default() };
    let e = decide::decide(&f.kith.app, &lead, &lead.actor(None), &sent.reference, &award).await.unwrap_err();
    assert!(matches!(e, kith_app::AppError::Forbidden), "a ward's lead does not run a three-ward fund: {e:?}");
    f.kith.stop().await;
}

/// Posts `fields` to `path` with the CSRF token of the form at `form_page`.
async fn post_form(
    kith: &TestApp,
    client: &reqwest::Client,
    form_page: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let page = client.get(kith.url(form_page)).send().await.unwrap().text().await.unwrap();
    let csrf = kith_testkit::html::csrf_token(&page);
    let mut body = vec![("csrf_token", csrf.as_str())];
    body.extend_from_slice(fields);
    client.post(kith.url(path)).form(&body).send().await.unwrap()
}

#[tokio::test]
async fn an_applicant_starts_on_the_page_and_is_taken_to_their_own_link_showing_what_they_typed() {
    let f = funded(Backend::Sqlite).await;
    let client = f.kith.client();
    let start = format!("/grants/rounds/{}/apply", f.round);
    let fields = [
        ("group_name", "Ladywood Lunch Club"),
        ("ward", LADYWOOD),
        ("contact_name", "Ada"),
        ("contact_email", "ada@example.org"),
    ];
    let started = post_form(&f.kith, &client, &start, &start, &fields).await;
    assert_eq!(started.status().as_u16(), 303);
    let link = started.headers()["location"].to_str().unwrap().to_owned();
    assert!(link.starts_with("/grants/applications/"), "{link}");
    let page = f.kith.client().get(f.kith.url(&link)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("value=\"Ladywood Lunch Club\""), "the form carries on from what was typed");
    f.kith.stop().await;
}

#[tokio::test]
async fn sending_too_much_shows_the_error_summary_naming_the_maximum_and_keeps_what_was_typed() {
    let f = funded(Backend::Sqlite).await;
    let draft = apply::start(&f.kith.app, &Actor::anonymous(None), f.round, &whole_form()).await.unwrap();
    let client = f.kith.client();
    let form = ApplicationForm { amount: "2,500".into(), ..whole_form() };
    let mut fields: Vec<(String, String)> =
        serde_json::from_value::<std::collections::BTreeMap<String, String>>(serde_json::to_value(&form).unwrap())
            .unwrap()
            .into_iter()
            .collect();
    fields.push(("action".into(), "submit".into()));
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let answer = post_form(&f.kith, &client, &draft.link, &draft.link, &borrowed).await;
    assert_eq!(answer.status().as_u16(), 422);
    let html = answer.text().await.unwrap();
    assert_eq!(kith_testkit::html::error_summary(&html), ["The most this fund awards is £2,000"]);
    assert!(html.contains("value=\"2,500\"") && html.contains("A hot lunch for older neighbours"), "kept");
    f.kith.stop().await;
}

#[tokio::test]
async fn an_officer_recording_a_decision_without_reasons_is_shown_the_error_and_nothing_is_decided() {
    let f = funded(Backend::Sqlite).await;
    let sent = apply_online(&f, &whole_form()).await.unwrap();
    let client = f.kith.client();
    f.kith.sign_in(&client, OFFICER, crate::cases::PASSWORD).await;
    let path = format!("/grants/manage/applications/{}", sent.reference);
    let answer = post_form(&f.kith, &client, &path, &path, &[("decision", "award"), ("version", "2")]).await;
    assert_eq!(answer.status().as_u16(), 422);
    let summary = kith_testkit::html::error_summary(&answer.text().await.unwrap());
    assert_eq!(summary, ["Give the reasons for the decision: the applicant receives them"]);
    let stored = f.kith.store.application_by_reference(&sent.reference).await.unwrap().unwrap();
    assert_eq!(stored.state, ApplicationState::Submitted);
    f.kith.stop().await;
}

/// Two applications awarded through the officer's page: one paid to the group, one through a fiscal host.
async fn two_awarded(f: &Funded) -> reqwest::Client {
    let to_group =
        ApplicationForm { payee: "account".into(), account_name: "Ladywood Lunch Club".into(), ..whole_form() };
    let through_host = ApplicationForm {
        group_name: "Acocks Green Walkers".into(),
        ward: ACOCKS_GREEN.into(),
        contact_email: "walk@example.org".into(),
        second_email: "w2@example.org".into(),
        project_title: "Walks for health".into(),
        ..whole_form()
    };
    let client = f.kith.client();
    f.kith.sign_in(&client, OFFICER, crate::cases::PASSWORD).await;
    for form in [to_group, through_host] {
        let sent = apply_online(f, &form).await.unwrap();
        let path = format!("/grants/manage/applications/{}", sent.reference);
        let fields = [("decision", "award"), ("reasons", "Meets every criterion."), ("version", "2")];
        assert_eq!(post_form(&f.kith, &client, &path, &path, &fields).await.status().as_u16(), 303);
    }
    client
}

#[tokio::test]
async fn awarded_grants_are_published_at_once_as_360giving_that_validates_with_format_checking() {
    on_every_backend(|backend| async move {
        let f = funded(backend).await;
        two_awarded(&f).await;
        let json: serde_json::Value =
            reqwest::get(f.kith.url("/grants/360giving.json")).await.unwrap().json().await.unwrap();
        let grants = json["grants"].as_array().unwrap();
        assert_eq!(grants.len(), 2);
        // Each grant against the standard's own grant schema, read from the shared standards, formats checked.
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/standards/360giving/360-giving-schema.json");
        let mut schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        // Declared under a non-canonical URI; it is draft 2020-12.
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema".into();
        let validator = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
        for grant in grants {
            let errors: Vec<String> = validator.iter_errors(grant).map(|e| e.to_string()).collect();
            assert_eq!(errors, Vec::<String>::new(), "{grant}");
        }
        assert!(grants.iter().all(|g| g["id"].as_str().unwrap().starts_with("360G-kith-birmingham-GR-")));
        assert_eq!(grants.iter().filter(|g| g["regrantType"] == "FRG050").count(), 1, "the one through a host");
        assert!(grants.iter().all(|g| g["beneficiaryLocation"][0]["geoCodeType"] == "WD"));
        let text = json.to_string();
        assert!(!text.contains("ada@example.org") && !text.contains("Ada Lovelace"), "no personal data");
        f.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_award_made_after_the_file_was_served_is_in_the_file_at_the_next_request() {
    let f = funded(Backend::Sqlite).await;
    two_awarded(&f).await;
    let count = || async {
        let json: serde_json::Value =
            reqwest::get(f.kith.url("/grants/360giving.json")).await.unwrap().json().await.unwrap();
        json["grants"].as_array().unwrap().len()
    };
    assert_eq!(count().await, 2);
    let third = ApplicationForm {
        group_name: "Soho Road Gardeners".into(),
        contact_email: "garden@example.org".into(),
        second_email: "g2@example.org".into(),
        ..whole_form()
    };
    awarded(&f, &third).await;
    assert_eq!(count().await, 3, "the kept file is remade once an award is made");
    f.kith.stop().await;
}

#[tokio::test]
async fn the_csv_of_awarded_grants_has_a_row_each_under_360givings_column_titles() {
    let f = funded(Backend::Sqlite).await;
    two_awarded(&f).await;
    let csv = reqwest::get(f.kith.url("/grants/360giving.csv")).await.unwrap().text().await.unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("Identifier,Title,Description,Currency,Amount Awarded,Award Date"));
    assert_eq!(lines.count(), 2);
    f.kith.stop().await;
}

#[tokio::test]
async fn the_publishing_page_shows_the_file_valid_to_an_officer_and_is_refused_to_the_public() {
    let f = funded(Backend::Sqlite).await;
    let client = two_awarded(&f).await;
    let page = client.get(f.kith.url("/grants/manage/360giving")).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("2 grants awarded are published") && html.contains(">Valid<"), "{html}");
    let public = f.kith.client().get(f.kith.url("/grants/manage/360giving")).send().await.unwrap();
    assert_ne!(public.status().as_u16(), 200);
    f.kith.stop().await;
}

const MEMBER: &str = "resident.panellist@example.org";

/// The set-up fund, an application on the panel track (over the £1,000 fast track) and a resident panellist
/// invited to the round; the application's id.
async fn on_the_panel(f: &Funded, member_scope: Scope) -> Uuid {
    f.kith.add_user(MEMBER, crate::cases::PASSWORD, "panel_member", member_scope).await;
    let officer = f.kith.principal(OFFICER).await;
    kith_app::grants::panel::invite(&f.kith.app, &officer, &officer.actor(None), f.round, MEMBER).await.unwrap();
    let larger = ApplicationForm { amount: "1,500".into(), ..whole_form() };
    let sent = apply_online(f, &larger).await.unwrap();
    assert_eq!(sent.track, Track::Standard);
    sent.id
}

fn declaring(interest: &str, note: &str) -> kith_app::grants::panel::DeclarationForm {
    kith_app::grants::panel::DeclarationForm { interest: interest.into(), note: note.into() }
}

#[tokio::test]
async fn a_panel_member_cannot_open_an_application_before_declaring_and_is_told_why() {
    let f = funded(Backend::Sqlite).await;
    let id = on_the_panel(&f, Scope::City).await;
    let member = f.kith.principal(MEMBER).await;
    let e = kith_app::grants::panel::open(&f.kith.app, &member, id).await.unwrap_err();
    assert_eq!(e.to_string(), "Declare whether you have an interest before you open this application.");
    f.kith.stop().await;
}

#[tokio::test]
async fn a_member_of_the_applicant_organisation_is_told_of_the_likely_conflict_and_must_explain_declaring_none() {
    let f = funded(Backend::Sqlite).await;
    let club = kith_app::accounts::create_organisation_from_command_line(
        &f.kith.app,
        "Ladywood Lunch Club",
        "community group",
    )
    .await
    .unwrap();
    let id = on_the_panel(&f, Scope::Organisation(club)).await;
    let member = f.kith.principal(MEMBER).await;
    let before = kith_app::grants::panel::before_declaring(&f.kith.app, &member, id).await.unwrap();
    assert_eq!(before.suggestions, ["You belong to Ladywood Lunch Club, the applicant."]);
    let actor = member.actor(None);
    let e =
        kith_app::grants::panel::declare(&f.kith.app, &member, &actor, id, &declaring("none", "")).await.unwrap_err();
    assert_eq!(fields(e), ["note"]);
    f.kith.stop().await;
}

#[tokio::test]
async fn a_member_who_declares_an_interest_is_recused_for_good_and_the_recusal_is_audited() {
    on_every_backend(|backend| async move {
        let f = funded(backend).await;
        let id = on_the_panel(&f, Scope::City).await;
        let member = f.kith.principal(MEMBER).await;
        let actor = member.actor(None);
        let form = declaring("personal", "My neighbour runs the club.");
        kith_app::grants::panel::declare(&f.kith.app, &member, &actor, id, &form).await.unwrap();
        let e = kith_app::grants::panel::open(&f.kith.app, &member, id).await.unwrap_err();
        assert_eq!(e.to_string(), "You declared an interest in this application, so you cannot see or score it.");
        let again = kith_app::grants::panel::declare(&f.kith.app, &member, &actor, id, &declaring("none", "")).await;
        assert!(matches!(again, Err(kith_app::AppError::Conflict(_))), "a declaration is not changed");
        let audit = kith_app::audit::AuditQuery {
            action_prefix: Some("grant_panel.recused".into()),
            limit: 10,
            ..Default::default()
        };
        let found = f.kith.store.audit_events(&audit).await.unwrap();
        assert_eq!(found.len(), 1);
        f.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn scores_are_weighted_by_the_criteria_and_moderation_flags_members_who_disagree() {
    let f = funded(Backend::Sqlite).await;
    let id = on_the_panel(&f, Scope::City).await;
    f.kith.add_user("officer.panellist@example.org", crate::cases::PASSWORD, "panel_member", Scope::City).await;
    let officer = f.kith.principal(OFFICER).await;
    kith_app::grants::panel::invite(
        &f.kith.app,
        &officer,
        &officer.actor(None),
        f.round,
        "officer.panellist@example.org",
    )
    .await
    .unwrap();
    // Criteria: need (weight 3) and residents lead it (weight 2).
    for (email, scores, expected) in [(MEMBER, ["5", "5"], 5.0), ("officer.panellist@example.org", ["1", "4"], 2.2)] {
        let member = f.kith.principal(email).await;
        let actor = member.actor(None);
        kith_app::grants::panel::declare(&f.kith.app, &member, &actor, id, &declaring("none", "")).await.unwrap();
        let form = kith_app::grants::panel::ScoreForm { scores: scores.map(String::from).to_vec(), comments: vec![] };
        let total = kith_app::grants::panel::score(&f.kith.app, &member, &actor, id, &form).await.unwrap();
        assert!((total - expected).abs() < 1e-9, "{email}: {total}");
    }
    let round = kith_app::grants::panel::moderation(&f.kith.app, &officer, f.round).await.unwrap();
    let moderated = &round.applications[0].moderation;
    assert_eq!((moderated.members, moderated.disagree), (2, true), "2.8 apart, more than the 1.5 allowed");
    f.kith.stop().await;
}

#[tokio::test]
async fn only_accounts_with_the_panel_member_role_are_invited_and_only_invited_members_see_the_round() {
    let f = funded(Backend::Sqlite).await;
    let id = on_the_panel(&f, Scope::City).await;
    let officer = f.kith.principal(OFFICER).await;
    f.kith.add_user("councillor@example.org", crate::cases::PASSWORD, "councillor", Scope::City).await;
    let e =
        kith_app::grants::panel::invite(&f.kith.app, &officer, &officer.actor(None), f.round, "councillor@example.org")
            .await
            .unwrap_err();
    assert_eq!(fields(e), ["email"]);
    f.kith.add_user("other.panellist@example.org", crate::cases::PASSWORD, "panel_member", Scope::City).await;
    let uninvited = f.kith.principal("other.panellist@example.org").await;
    assert!(kith_app::grants::panel::panels(&f.kith.app, &uninvited).await.unwrap().is_empty());
    let refused = kith_app::grants::panel::before_declaring(&f.kith.app, &uninvited, id).await;
    assert!(matches!(refused, Err(kith_app::AppError::Forbidden)));
    f.kith.stop().await;
}

#[tokio::test]
async fn a_late_application_is_escalated_to_the_funds_owner_once() {
    let f = funded(Backend::Sqlite).await;
    let sent = apply_online(&f, &whole_form()).await.unwrap();
    f.kith.clock.advance(chrono::Duration::days(8));
    assert_eq!(kith_app::grants::worker::escalate_late(&f.kith.app).await.unwrap(), 1);
    assert_eq!(kith_app::grants::worker::escalate_late(&f.kith.app).await.unwrap(), 0, "once");
    let emails = f.kith.store.due_emails(f.kith.app.now(), 50).await.unwrap();
    let told = emails.iter().find(|e| e.to == OFFICER).expect("the owner is told");
    assert!(told.body.contains(&sent.reference), "{}", told.body);
    f.kith.stop().await;
}

/// An application sent and awarded in full by the officer; what sending it gave.
async fn awarded(f: &Funded, form: &ApplicationForm) -> apply::Sent {
    let sent = apply_online(f, form).await.unwrap();
    let officer = f.kith.principal(OFFICER).await;
    let award = DecisionForm { decision: "award".into(), reasons: "Yes.".into(), version: 2, ..Default::default() };
    decide::decide(&f.kith.app, &officer, &officer.actor(None), &sent.reference, &award).await.unwrap();
    sent
}

fn payment_step(step: &str, reference: &str, version: i32) -> kith_app::grants::award::PaymentForm {
    kith_app::grants::award::PaymentForm { step: step.into(), payment_reference: reference.into(), version }
}

#[tokio::test]
async fn an_awards_payment_goes_requested_approved_paid_in_order_and_paying_needs_its_reference() {
    let f = funded(Backend::Sqlite).await;
    let sent = awarded(&f, &whole_form()).await;
    let officer = f.kith.principal(OFFICER).await;
    let actor = officer.actor(None);
    let (app, reference) = (&f.kith.app, sent.reference.as_str());
    let pay = async |form| kith_app::grants::award::record_payment(app, &officer, &actor, reference, &form).await;
    let e = pay(payment_step("paid", "FIN-1", 3)).await.unwrap_err();
    assert_eq!(messages(e), ["The next step is requested"]);
    pay(payment_step("requested", "", 3)).await.unwrap();
    pay(payment_step("approved", "", 4)).await.unwrap();
    assert_eq!(fields(pay(payment_step("paid", "", 5)).await.unwrap_err()), ["payment_reference"]);
    pay(payment_step("paid", "FIN-2026-0042", 5)).await.unwrap();
    let stored = f.kith.store.application_by_reference(&sent.reference).await.unwrap().unwrap();
    assert_eq!((stored.payment.as_str(), stored.payment_reference.as_str()), ("paid", "FIN-2026-0042"));
    let events = f.kith.store.events_of(stored.id).await.unwrap();
    let paid = events.iter().find(|e| e.action == "payment_paid").unwrap();
    assert!(paid.note.contains("Ladywood Community Trust (fiscal host for Ladywood Lunch Club)"), "{}", paid.note);
    f.kith.stop().await;
}

#[tokio::test]
async fn the_award_letter_prints_from_the_applicants_link_naming_who_is_paid_and_the_return_due() {
    let f = funded(Backend::Sqlite).await;
    let sent = awarded(&f, &whole_form()).await;
    let page = f.kith.client().get(f.kith.url(&format!("{}/letter", sent.link))).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("has awarded Ladywood Lunch Club £750 for Lunch on Thursdays"), "{html}");
    assert!(html.contains("paid to Ladywood Community Trust (fiscal host for Ladywood Lunch Club)"));
    // Awarded on 2 March 2026; the return is due 182 days later.
    assert!(html.contains("by 31 August 2026"), "the one-screen return and its date");
    f.kith.stop().await;
}

#[tokio::test]
async fn a_small_awards_return_is_one_screen_and_a_larger_ones_asks_what_was_spent_and_learned() {
    let f = funded(Backend::Sqlite).await;
    let small = awarded(&f, &whole_form()).await;
    let larger_form = ApplicationForm {
        group_name: "Sparkbrook Gardeners".into(),
        ward: SPARKBROOK.into(),
        contact_email: "g@example.org".into(),
        second_email: "g2@example.org".into(),
        amount: "1,500".into(),
        ..whole_form()
    };
    let larger = awarded(&f, &larger_form).await;
    let brief = kith_app::grants::award::ReturnForm {
        what_happened: "Lunches every Thursday.".into(),
        people_reached: "35".into(),
        ..Default::default()
    };
    let actor = Actor::anonymous(None);
    let (id, sig) = the_link(&small.link);
    kith_app::grants::award::submit_return(&f.kith.app, &actor, id, &sig, &brief).await.unwrap();
    assert_eq!(f.kith.store.return_of(id).await.unwrap().unwrap().people_reached, Some(35));
    let (id, sig) = the_link(&larger.link);
    let e = kith_app::grants::award::submit_return(&f.kith.app, &actor, id, &sig, &brief).await.unwrap_err();
    assert_eq!(fields(e), ["spent_on", "learned"]);
    f.kith.stop().await;
}

#[tokio::test]
async fn the_worker_reminds_an_applicant_once_when_their_return_is_due_and_not_after_it_is_made() {
    let f = funded(Backend::Sqlite).await;
    let first = awarded(&f, &whole_form()).await;
    let other = ApplicationForm {
        group_name: "Acocks Green Walkers".into(),
        ward: ACOCKS_GREEN.into(),
        contact_email: "walk@example.org".into(),
        second_email: "w2@example.org".into(),
        ..whole_form()
    };
    let second = awarded(&f, &other).await;
    let (id, sig) = the_link(&second.link);
    let done = kith_app::grants::award::ReturnForm { what_happened: "Walks.".into(), ..Default::default() };
    kith_app::grants::award::submit_return(&f.kith.app, &Actor::anonymous(None), id, &sig, &done).await.unwrap();
    assert_eq!(kith_app::grants::worker::remind_returns(&f.kith.app).await.unwrap(), 0, "not yet due");
    f.kith.clock.advance(chrono::Duration::days(183));
    assert_eq!(kith_app::grants::worker::remind_returns(&f.kith.app).await.unwrap(), 1, "the one not made");
    assert_eq!(kith_app::grants::worker::remind_returns(&f.kith.app).await.unwrap(), 0, "once");
    let emails = f.kith.store.due_emails(f.kith.app.now(), 50).await.unwrap();
    assert!(emails.iter().any(|e| e.to == "ada@example.org" && e.subject.contains(&first.reference)));
    f.kith.stop().await;
}

#[tokio::test]
async fn reach_counts_awards_by_ward_and_suppresses_a_self_declared_group_under_five() {
    let f = funded(Backend::Sqlite).await;
    for (i, ward) in [LADYWOOD, LADYWOOD, ACOCKS_GREEN].into_iter().enumerate() {
        let form = ApplicationForm {
            group_name: format!("Group {i}"),
            ward: ward.into(),
            contact_email: format!("c{i}@example.org"),
            second_email: format!("s{i}@example.org"),
            minority_led: "yes".into(),
            funded_before: "no".into(),
            ..whole_form()
        };
        awarded(&f, &form).await;
    }
    let reach = kith_app::grants::reach::reach(&f.kith.app, f.fund, None).await.unwrap();
    assert_eq!((reach.applications, reach.awards, reach.awarded_pounds), (3, 3, 2250.0));
    let ladywood = reach.by_ward.iter().find(|w| w.ward_code == LADYWOOD).unwrap();
    assert_eq!((ladywood.awards, ladywood.awarded_pounds), (2, 1500.0));
    assert!(ladywood.deprivation.is_some(), "with the ward's deprivation from the data");
    assert_eq!(reach.minority_led.count, None, "three is under five: suppressed");
    assert_eq!(reach.by_channel.iter().find(|(c, _)| c == "online").map(|(_, n)| *n), Some(3));
    f.kith.stop().await;
}

#[tokio::test]
async fn reach_already_shown_counts_an_award_made_since() {
    let f = funded(Backend::Sqlite).await;
    let form = |i: usize| ApplicationForm {
        group_name: format!("Group {i}"),
        contact_email: format!("c{i}@example.org"),
        second_email: format!("s{i}@example.org"),
        ..whole_form()
    };
    awarded(&f, &form(0)).await;
    let before = kith_app::grants::reach::reach(&f.kith.app, f.fund, None).await.unwrap();
    awarded(&f, &form(1)).await;
    let after = kith_app::grants::reach::reach(&f.kith.app, f.fund, None).await.unwrap();
    assert_eq!((before.awards, after.awards), (1, 2));
    f.kith.stop().await;
}

#[tokio::test]
async fn time_to_decision_is_the_median_and_90th_percentile_in_working_days_per_round_and_track() {
    let f = funded(Backend::Sqlite).await;
    let officer = f.kith.principal(OFFICER).await;
    let mut references = Vec::new();
    for i in 0..3 {
        let form = ApplicationForm {
            group_name: format!("Group {i}"),
            contact_email: format!("c{i}@example.org"),
            second_email: format!("s{i}@example.org"),
            ..whole_form()
        };
        references.push(apply_online(&f, &form).await.unwrap().reference);
    }
    // Sent on Monday 2 March; decided after 1, 2 and 4 working days.
    for (reference, days) in references.iter().zip([1, 1, 2]) {
        f.kith.clock.advance(chrono::Duration::days(days));
        let award = DecisionForm { decision: "award".into(), reasons: "Yes.".into(), version: 2, ..Default::default() };
        decide::decide(&f.kith.app, &officer, &officer.actor(None), reference, &award).await.unwrap();
    }
    let reach = kith_app::grants::reach::reach(&f.kith.app, f.fund, Some(f.round)).await.unwrap();
    let fast = &reach.speed[0].fast_track;
    assert_eq!((fast.decided, fast.median_days, fast.p90_days), (3, Some(2), Some(4)));
    assert_eq!(reach.speed[0].panel.decided, 0, "the panel's decisions are counted apart");
    let csv = reqwest::get(f.kith.url(&format!("/grants/funds/{}/reach/reach.csv", f.fund)))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(csv.contains("median_working_days_fast_track,March 2026,3,2"), "{csv}");
    f.kith.stop().await;
}

/// Kith on a copy of the demo city.
async fn demo() -> TestApp {
    TestApp::start_on(crate::demo_city(Backend::Sqlite).await, Default::default(), Default::default()).await
}

#[tokio::test]
async fn the_demo_citys_awards_publish_as_360giving_valid_with_no_data_quality_issue() {
    let kith = demo().await;
    let officer = kith.principal("grants@demo.kith.example.org").await;
    let report = kith_app::grants::publish::validate(&kith.app, &officer).await.unwrap();
    assert!(report.grants > 20, "{} grants", report.grants);
    assert_eq!(report.schema_errors, Vec::<String>::new());
    let issues: Vec<_> = report.issues.iter().map(|i| format!("{}: {}", i.grant_id, i.message)).collect();
    assert_eq!(issues, Vec::<String>::new());
    kith.stop().await;
}

#[tokio::test]
async fn in_the_demo_the_network_lead_runs_the_themed_fund_and_the_resident_panellist_has_declared_one_recusal() {
    let kith = demo().await;
    let lead = kith.principal("networklead@demo.kith.example.org").await;
    let funds = kith_app::grants::funds_run_by(&kith.app, &lead).await.unwrap();
    assert_eq!(funds.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["Healthy Neighbourhoods Fund (demo)"]);
    let resident = kith.principal("panel@demo.kith.example.org").await;
    let panels = kith_app::grants::panel::panels(&kith.app, &resident).await.unwrap();
    let declared: Vec<_> = panels[0].applications.iter().filter_map(|a| a.declaration.as_ref()).collect();
    assert_eq!(declared.iter().filter(|d| d.interest != kith_core::grants::Interest::NoInterest).count(), 1);
    assert!(panels[0].applications.iter().any(|a| a.scored));
    kith.stop().await;
}
