//! Volunteering and mutual aid: signing up (online, by a coordinator from a call, into standby during a surge),
//! requests for help, matching through the gates with its reasons, assigning (one coordinator wins), the task's
//! life with the address shown only to its volunteer and audited, the backlog assigned at once, and the worker.

use kith_app::Actor;
use kith_app::volunteering::requests::{self, Asker, HelpForm};
use kith_app::volunteering::tasks::{self, Answer};
use kith_app::volunteering::{self as vol, DbsForm, Registrar, VolunteerForm};
use kith_core::accounts::Scope;
use kith_core::channel::Channel;
use kith_core::places::WardCode;
use kith_core::volunteering::{TaskState, VolunteerState};
use kith_store::audit::AuditQuery;
use kith_testkit::{Backend, TestApp};
use uuid::Uuid;

use crate::on_every_backend;

const COORDINATOR: &str = "coordinator@volunteering.example.org";
const SPARKBROOK: &str = "E05011170";

/// A running Kith with a coordinator for the whole city.
async fn coordinated(backend: Backend) -> TestApp {
    let kith = TestApp::start(backend).await;
    kith.add_user(COORDINATOR, crate::cases::PASSWORD, "coordinator", Scope::City).await;
    kith
}

/// A volunteer in Sparkbrook who shops and speaks Urdu, free any time, travelling up to 2 km.
fn volunteer_form(name: &str, email: &str, postcode: &str) -> VolunteerForm {
    VolunteerForm {
        name: name.into(),
        email: email.into(),
        postcode: postcode.into(),
        travel_km: "2".into(),
        skills: vec!["shopping".into(), "befriending".into()],
        languages: vec!["ur".into()],
        per_week: "3".into(),
        ..VolunteerForm::default()
    }
}

async fn signed_up(kith: &TestApp, name: &str, email: &str, postcode: &str) -> vol::SignedUp {
    vol::sign_up(&kith.app, Registrar::Online, &Actor::anonymous(None), &volunteer_form(name, email, postcode))
        .await
        .expect("signed up")
}

/// Shopping for an adult in Sparkbrook, left at the door: no check needed.
fn help_form() -> HelpForm {
    HelpForm {
        what: "Weekly shop from the list".into(),
        skills: vec!["shopping".into()],
        address: "12 Stratford Road".into(),
        postcode: "B11 1AA".into(),
        name: "Mrs Begum".into(),
        phone: "0121 496 0000".into(),
        urgency: "today".into(),
        ..HelpForm::default()
    }
}

async fn asked(kith: &TestApp, form: &HelpForm) -> String {
    requests::ask(&kith.app, Asker::Online, &Actor::anonymous(None), form).await.expect("asked")
}

fn fields(e: kith_app::AppError) -> Vec<&'static str> {
    match e {
        kith_app::AppError::Invalid(problems) => problems.into_iter().map(|(f, _)| f).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

fn messages(e: kith_app::AppError) -> Vec<String> {
    match e {
        kith_app::AppError::Invalid(problems) => problems.into_iter().map(|(_, m)| m).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

fn the_link(link: &str) -> (Uuid, String) {
    let parts: Vec<&str> = link.trim_start_matches("/volunteer/").split('/').collect();
    (Uuid::parse_str(parts[0]).unwrap(), parts[1].to_owned())
}

async fn volunteer_of(kith: &TestApp, s: &vol::SignedUp) -> vol::Volunteer {
    let (id, sig) = the_link(&s.link);
    vol::by_link(&kith.app, id, &sig).await.expect("the volunteer's link works")
}

async fn request_of(kith: &TestApp, reference: &str) -> vol::HelpRequest {
    kith.store.request_by_reference(reference).await.unwrap().expect("the request")
}

/// `reference` offered by the coordinator to `volunteer`.
async fn offered(kith: &TestApp, reference: &str, volunteer: Uuid) {
    let c = kith.principal(COORDINATOR).await;
    let version = request_of(kith, reference).await.version;
    vol::matching::assign(&kith.app, &c, &c.actor(None), reference, volunteer, version).await.expect("assigned");
}

/// `reference` offered to the volunteer and accepted by them.
async fn accepted(kith: &TestApp, reference: &str, s: &vol::SignedUp) -> vol::Volunteer {
    offered(kith, reference, s.id).await;
    let v = volunteer_of(kith, s).await;
    let version = request_of(kith, reference).await.version;
    tasks::answer(&kith.app, &v, &Actor::anonymous(None), reference, Answer::Accept, "", version).await.unwrap();
    v
}

#[tokio::test]
async fn a_volunteer_who_signs_up_online_is_ready_and_emailed_the_link_to_their_own_page() {
    let kith = coordinated(Backend::Sqlite).await;
    let s = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    assert_eq!(s.state, VolunteerState::Ready);
    let v = volunteer_of(&kith, &s).await;
    assert_eq!((v.ward.as_str(), v.channel), (SPARKBROOK, Channel::Online));
    let emails = kith.store.due_emails(kith.app.now(), 10).await.unwrap();
    assert!(emails.iter().any(|e| e.to == "amina@example.org" && e.body.contains(&s.link)));
    kith.stop().await;
}

#[tokio::test]
async fn a_sign_up_from_outside_the_city_says_so_field_by_field_and_nothing_is_kept() {
    let kith = coordinated(Backend::Sqlite).await;
    let form = VolunteerForm { travel_km: "500".into(), ..volunteer_form("Amina", "amina@example.org", "B14 4LJ") };
    let e = vol::sign_up(&kith.app, Registrar::Online, &Actor::anonymous(None), &form).await.unwrap_err();
    let said = messages(e);
    assert!(said[0].contains("outside Birmingham"), "{said:?}");
    assert!(said.iter().any(|m| m.contains("from 0.1 to 20")), "{said:?}");
    assert!(kith.store.volunteer_by_email("amina@example.org").await.unwrap().is_none());
    kith.stop().await;
}

#[tokio::test]
async fn a_coordinator_registers_a_volunteer_from_a_phone_call_marked_as_taken_by_phone() {
    let kith = coordinated(Backend::Sqlite).await;
    let c = kith.principal(COORDINATOR).await;
    let by = Registrar::Staff { principal: &c, channel: Channel::Phone };
    let form =
        VolunteerForm { email: String::new(), phone: "07700 900123".into(), ..volunteer_form("Bilal", "", "B11 1AD") };
    let s = vol::sign_up(&kith.app, by, &c.actor(None), &form).await.unwrap();
    let v = kith.store.volunteer(s.id).await.unwrap().unwrap();
    assert_eq!((v.channel, v.keyed_by, v.state), (Channel::Phone, Some(c.user.id), VolunteerState::Ready));
    kith.stop().await;
}

#[tokio::test]
async fn during_a_surge_new_volunteers_join_the_standby_pool_and_are_told_so() {
    let kith = coordinated(Backend::Sqlite).await;
    let c = kith.principal(COORDINATOR).await;
    let sparkbrook = WardCode::parse(SPARKBROOK).unwrap();
    vol::start_surge(&kith.app, &c, &c.actor(None), &sparkbrook).await.unwrap();
    let s = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    assert_eq!(s.state, VolunteerState::Standby);
    let emails = kith.store.due_emails(kith.app.now(), 10).await.unwrap();
    assert!(emails.iter().any(|e| e.to == "amina@example.org" && e.body.contains("standby")));
    assert_eq!(vol::call_standby(&kith.app, &c, &c.actor(None), &sparkbrook).await.unwrap(), 1);
    assert_eq!(volunteer_of(&kith, &s).await.state, VolunteerState::Ready);
    kith.stop().await;
}

#[tokio::test]
async fn a_request_for_help_outside_the_city_is_told_so_and_nothing_is_kept() {
    let kith = coordinated(Backend::Sqlite).await;
    let form = HelpForm { postcode: "B14 4LJ".into(), ..help_form() };
    let e = requests::ask(&kith.app, Asker::Online, &Actor::anonymous(None), &form).await.unwrap_err();
    assert_eq!(fields(e), ["postcode"]);
    let c = kith.principal(COORDINATOR).await;
    assert_eq!(requests::queue(&kith.app, &c, &[], 0).await.unwrap().1, 0);
    kith.stop().await;
}

#[tokio::test]
async fn a_home_visit_to_an_adult_at_risk_needs_an_enhanced_adult_check_and_a_volunteer_without_one_is_refused_with_the_reason()
 {
    let kith = coordinated(Backend::Sqlite).await;
    let s = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    let visit = HelpForm { person: "adult_at_risk".into(), in_home: "yes".into(), ..help_form() };
    let reference = asked(&kith, &visit).await;
    let c = kith.principal(COORDINATOR).await;
    let version = request_of(&kith, &reference).await.version;
    let e = vol::matching::assign(&kith.app, &c, &c.actor(None), &reference, s.id, version).await.unwrap_err();
    assert_eq!(messages(e), ["Needs an enhanced check for the adult workforce; has no DBS check."]);
    assert_eq!(request_of(&kith, &reference).await.state, TaskState::Open, "nothing changed");
    kith.stop().await;
}

#[tokio::test]
async fn a_recorded_enhanced_check_lets_the_same_volunteer_be_assigned_the_home_visit() {
    let kith = coordinated(Backend::Sqlite).await;
    let s = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    let c = kith.principal(COORDINATOR).await;
    let check = DbsForm {
        level: "enhanced".into(),
        workforce: "adults".into(),
        certificate_on: "2025-06-01".into(),
        ..DbsForm::default()
    };
    vol::record_dbs(&kith.app, &c, &c.actor(None), s.id, &check).await.unwrap();
    let visit = HelpForm { person: "adult_at_risk".into(), in_home: "yes".into(), ..help_form() };
    let reference = asked(&kith, &visit).await;
    offered(&kith, &reference, s.id).await;
    assert_eq!(request_of(&kith, &reference).await.state, TaskState::Offered);
    kith.stop().await;
}

#[tokio::test]
async fn candidates_come_nearest_first_with_their_reasons_and_the_rest_are_counted_by_the_gate_that_left_them_out() {
    let kith = coordinated(Backend::Sqlite).await;
    let near = signed_up(&kith, "Near", "near@example.org", "B11 1AB").await;
    let farther = signed_up(&kith, "Farther", "farther@example.org", "B11 1AJ").await;
    let no_shopping =
        VolunteerForm { skills: vec!["gardening".into()], ..volunteer_form("Gardener", "g@example.org", "B11 1AD") };
    vol::sign_up(&kith.app, Registrar::Online, &Actor::anonymous(None), &no_shopping).await.unwrap();
    let reference = asked(&kith, &help_form()).await;
    let c = kith.principal(COORDINATOR).await;
    let request = request_of(&kith, &reference).await;
    let list = vol::matching::candidates(&kith.app, &c, &request).await.unwrap();
    let ids: Vec<Uuid> = list.candidates.iter().map(|s| s.ranked.volunteer).collect();
    assert_eq!(ids, [near.id, farther.id]);
    assert!(
        list.candidates[0].ranked.reasons.iter().any(|r| r.to_string().contains(" away")),
        "{:?}",
        list.candidates[0].ranked.reasons
    );
    let by_skills = list.exclusions.by_gate.iter().find(|(g, _)| g.as_str() == "skills").map(|(_, n)| *n);
    assert_eq!(by_skills, Some(1));
    kith.stop().await;
}

#[tokio::test]
async fn a_paused_volunteer_is_never_a_candidate_until_they_resume() {
    let kith = coordinated(Backend::Sqlite).await;
    let s = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    let v = volunteer_of(&kith, &s).await;
    vol::pause(&kith.app, &v, &Actor::anonymous(None), true, v.version).await.unwrap();
    let reference = asked(&kith, &help_form()).await;
    let c = kith.principal(COORDINATOR).await;
    let request = request_of(&kith, &reference).await;
    assert!(vol::matching::candidates(&kith.app, &c, &request).await.unwrap().candidates.is_empty());
    let v = volunteer_of(&kith, &s).await;
    vol::pause(&kith.app, &v, &Actor::anonymous(None), false, v.version).await.unwrap();
    assert_eq!(vol::matching::candidates(&kith.app, &c, &request).await.unwrap().candidates.len(), 1);
    kith.stop().await;
}

#[tokio::test]
async fn two_coordinators_assigning_one_request_at_once_one_wins_and_the_other_is_told() {
    on_every_backend(|backend| async move {
        let kith = coordinated(backend).await;
        let first = signed_up(&kith, "First", "first@example.org", "B11 1AB").await;
        let second = signed_up(&kith, "Second", "second@example.org", "B11 1AD").await;
        let reference = asked(&kith, &help_form()).await;
        let c = kith.principal(COORDINATOR).await;
        let version = request_of(&kith, &reference).await.version;
        let actor = c.actor(None);
        let (a, b) = tokio::join!(
            vol::matching::assign(&kith.app, &c, &actor, &reference, first.id, version),
            vol::matching::assign(&kith.app, &c, &actor, &reference, second.id, version),
        );
        assert_eq!([a.is_ok(), b.is_ok()].iter().filter(|ok| **ok).count(), 1, "{a:?} {b:?}");
        let lost = if a.is_err() { a } else { b };
        assert!(matches!(lost, Err(kith_app::AppError::Conflict(_))), "{lost:?}");
        let r = request_of(&kith, &reference).await;
        assert_eq!(r.state, TaskState::Offered);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_address_is_shown_only_to_the_assigned_volunteer_once_accepted_and_every_showing_is_audited() {
    on_every_backend(|backend| async move {
        let kith = coordinated(backend).await;
        let s = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
        let other = signed_up(&kith, "Other", "other@example.org", "B11 1AD").await;
        let reference = asked(&kith, &help_form()).await;
        offered(&kith, &reference, s.id).await;
        let v = volunteer_of(&kith, &s).await;
        let anyone = Actor::anonymous(None);
        let before = tasks::reveal(&kith.app, &v, &anyone, &reference).await;
        assert!(matches!(before, Err(kith_app::AppError::Conflict(_))), "not before accepting");
        let not_theirs = tasks::reveal(&kith.app, &volunteer_of(&kith, &other).await, &anyone, &reference).await;
        assert!(matches!(not_theirs, Err(kith_app::AppError::NotFound)));
        let version = request_of(&kith, &reference).await.version;
        tasks::answer(&kith.app, &v, &anyone, &reference, Answer::Accept, "", version).await.unwrap();
        let contact = tasks::reveal(&kith.app, &v, &anyone, &reference).await.unwrap();
        assert_eq!((contact.address.as_str(), contact.phone.as_str()), ("12 Stratford Road", "0121 496 0000"));
        tasks::reveal(&kith.app, &v, &anyone, &reference).await.unwrap();
        let query = AuditQuery {
            action_prefix: Some("help_request.address_revealed".into()),
            subject_id: Some(reference.clone()),
            limit: 10,
            ..AuditQuery::default()
        };
        assert_eq!(kith.store.audit_events(&query).await.unwrap().len(), 2, "each showing audited");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn once_done_the_address_is_no_longer_shown() {
    let kith = coordinated(Backend::Sqlite).await;
    let s = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    let reference = asked(&kith, &help_form()).await;
    let v = accepted(&kith, &reference, &s).await;
    let version = request_of(&kith, &reference).await.version;
    tasks::answer(&kith.app, &v, &Actor::anonymous(None), &reference, Answer::Done, "Shopping left", version)
        .await
        .unwrap();
    let after = tasks::reveal(&kith.app, &v, &Actor::anonymous(None), &reference).await;
    assert!(matches!(after, Err(kith_app::AppError::NotFound) | Err(kith_app::AppError::Conflict(_))), "{after:?}");
    kith.stop().await;
}

#[tokio::test]
async fn a_task_that_could_not_be_done_needs_the_reason_and_goes_back_to_the_queue_for_someone_else() {
    let kith = coordinated(Backend::Sqlite).await;
    let s = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    let reference = asked(&kith, &help_form()).await;
    let v = accepted(&kith, &reference, &s).await;
    let version = request_of(&kith, &reference).await.version;
    let anyone = Actor::anonymous(None);
    let e = tasks::answer(&kith.app, &v, &anyone, &reference, Answer::CouldNot, " ", version).await.unwrap_err();
    assert_eq!(fields(e), ["note"]);
    tasks::answer(&kith.app, &v, &anyone, &reference, Answer::CouldNot, "Nobody answered the door", version)
        .await
        .unwrap();
    let r = request_of(&kith, &reference).await;
    assert_eq!((r.state, r.volunteer_id, r.outcome.as_str()), (TaskState::Open, None, "Nobody answered the door"));
    kith.stop().await;
}

#[tokio::test]
async fn a_volunteer_claims_an_open_task_from_their_list_which_shows_the_street_and_never_the_address() {
    let kith = coordinated(Backend::Sqlite).await;
    let s = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    let reference = asked(&kith, &help_form()).await;
    let v = volunteer_of(&kith, &s).await;
    let near = vol::matching::claimable(&kith.app, &v).await.unwrap();
    assert_eq!(near.len(), 1);
    assert_eq!(near[0].request.street, "Stratford Road");
    let version = near[0].request.version;
    vol::matching::claim(&kith.app, &v, &Actor::anonymous(None), &reference, version).await.unwrap();
    let r = request_of(&kith, &reference).await;
    assert_eq!((r.state, r.volunteer_id), (TaskState::Accepted, Some(s.id)));
    kith.stop().await;
}

#[tokio::test]
async fn a_volunteers_claim_list_holds_the_open_requests_within_their_reach_nearest_first() {
    on_every_backend(|backend| async move {
        let kith = coordinated(backend).await;
        // Amina, at B11 1AB, travels 2 km.
        let s = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
        let at = |postcode: &str, road: &str| HelpForm {
            postcode: postcode.into(),
            address: format!("3 {road}"),
            ..help_form()
        };
        let farther = asked(&kith, &at("B12 9PW", "Clifton Road")).await; // 1.5 km
        let beyond = asked(&kith, &at("B8 1QJ", "Alum Rock Road")).await; // 4 km
        let nearest = asked(&kith, &at("B11 1AA", "Stratford Road")).await; // 400 m
        let v = volunteer_of(&kith, &s).await;
        let listed: Vec<String> =
            vol::matching::claimable(&kith.app, &v).await.unwrap().into_iter().map(|c| c.request.reference).collect();
        assert_eq!(listed, [nearest, farther], "not {beyond}, 4 km away");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_backlog_is_offered_at_once_without_breaking_a_gate() {
    on_every_backend(|backend| async move {
        let kith = coordinated(backend).await;
        let shopper = signed_up(&kith, "Shopper", "shopper@example.org", "B11 1AB").await;
        let gardener = VolunteerForm {
            skills: vec!["gardening".into()],
            ..volunteer_form("Gardener", "g@example.org", "B11 1AD")
        };
        vol::sign_up(&kith.app, Registrar::Online, &Actor::anonymous(None), &gardener).await.unwrap();
        let shop = asked(&kith, &help_form()).await;
        let garden = asked(&kith, &HelpForm { skills: vec!["gardening".into()], ..help_form() }).await;
        let visit =
            asked(&kith, &HelpForm { person: "adult_at_risk".into(), in_home: "yes".into(), ..help_form() }).await;
        let c = kith.principal(COORDINATOR).await;
        let done = vol::surge::assign_backlog(&kith.app, &c, &c.actor(None)).await.unwrap();
        assert_eq!((done.open, done.offered, done.unassigned), (3, 2, 1), "the visit needs a check nobody has");
        assert_eq!(request_of(&kith, &shop).await.volunteer_id, Some(shopper.id));
        assert_eq!(request_of(&kith, &garden).await.state, TaskState::Offered);
        assert_eq!(request_of(&kith, &visit).await.state, TaskState::Open);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_urgent_request_without_a_volunteer_after_two_hours_is_escalated_to_the_wards_coordinator_once() {
    let kith = coordinated(Backend::Sqlite).await;
    let c = kith.principal(COORDINATOR).await;
    let form = kith_app::people::RepresentativeForm {
        name: "Sam Coordinator".into(),
        office: "coordinator".into(),
        affiliation: "Neighbourhood Action Coordinator".into(),
        email: "sam@example.org".into(),
        phone: String::new(),
        wards: vec![SPARKBROOK.into()],
    };
    kith_app::people::save(&kith.app, &c, &c.actor(None), None, &form).await.unwrap();
    let reference = asked(&kith, &help_form()).await;
    kith.clock.advance(chrono::Duration::hours(3));
    assert_eq!(vol::worker::escalate_unassigned(&kith.app).await.unwrap(), 1);
    assert_eq!(vol::worker::escalate_unassigned(&kith.app).await.unwrap(), 0, "once");
    let emails = kith.store.due_emails(kith.app.now(), 20).await.unwrap();
    assert!(emails.iter().any(|e| e.to == "sam@example.org" && e.body.contains(&reference)));
    kith.stop().await;
}

/// Amina, with a basic check recorded that is not on the Update Service: current for three years from 2023-04-20, so
/// until 2026-04-19. The tests' clock starts on 2 March 2026, 49 days before: the 60-day reminder is due.
async fn a_check_running_out(kith: &TestApp) {
    let s = signed_up(kith, "Amina", "amina@example.org", "B11 1AB").await;
    let c = kith.principal(COORDINATOR).await;
    let check = DbsForm {
        level: "basic".into(),
        workforce: "adults".into(),
        certificate_on: "2023-04-20".into(),
        ..DbsForm::default()
    };
    vol::record_dbs(&kith.app, &c, &c.actor(None), s.id, &check).await.unwrap();
}

#[tokio::test]
async fn a_volunteer_is_reminded_once_sixty_days_before_their_check_runs_out() {
    on_every_backend(|backend| async move {
        let kith = coordinated(backend).await;
        a_check_running_out(&kith).await;
        assert_eq!(vol::worker::remind_checks(&kith.app).await.unwrap(), 1);
        assert_eq!(vol::worker::remind_checks(&kith.app).await.unwrap(), 0, "once");
        let emails = kith.store.due_emails(kith.app.now(), 20).await.unwrap();
        assert!(emails.iter().any(|e| e.to == "amina@example.org" && e.subject.contains("runs out in 60 days")));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_thirty_day_reminder_follows_the_sixty_day_one_when_its_window_opens() {
    let kith = coordinated(Backend::Sqlite).await;
    a_check_running_out(&kith).await;
    assert_eq!(vol::worker::remind_checks(&kith.app).await.unwrap(), 1, "the 60-day one");
    kith.clock.advance(chrono::Duration::days(18));
    assert_eq!(vol::worker::remind_checks(&kith.app).await.unwrap(), 0, "31 days left: nothing new");
    kith.clock.advance(chrono::Duration::days(1));
    assert_eq!(vol::worker::remind_checks(&kith.app).await.unwrap(), 1, "30 days left");
    assert_eq!(vol::worker::remind_checks(&kith.app).await.unwrap(), 0, "once");
    let emails = kith.store.due_emails(kith.app.now(), 20).await.unwrap();
    assert!(emails.iter().any(|e| e.subject.contains("runs out in 30 days")), "{emails:?}");
    kith.stop().await;
}

#[tokio::test]
async fn a_volunteer_waiting_for_checks_is_made_ready_when_a_current_check_is_recorded() {
    let kith = coordinated(Backend::Sqlite).await;
    let form = VolunteerForm { wants_check: "yes".into(), ..volunteer_form("Amina", "amina@example.org", "B11 1AB") };
    let s = vol::sign_up(&kith.app, Registrar::Online, &Actor::anonymous(None), &form).await.unwrap();
    assert_eq!(s.state, VolunteerState::AwaitingChecks);
    let c = kith.principal(COORDINATOR).await;
    let check = DbsForm {
        level: "enhanced".into(),
        workforce: "both".into(),
        certificate_on: "2026-01-10".into(),
        ..DbsForm::default()
    };
    vol::record_dbs(&kith.app, &c, &c.actor(None), s.id, &check).await.unwrap();
    assert_eq!(volunteer_of(&kith, &s).await.state, VolunteerState::Ready);
    kith.stop().await;
}

#[tokio::test]
async fn the_dashboard_counts_volunteers_by_state_and_unassigned_requests_by_urgency_per_ward() {
    let kith = coordinated(Backend::Sqlite).await;
    signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    let waiting =
        VolunteerForm { wants_check: "yes".into(), ..volunteer_form("Bilal", "bilal@example.org", "B11 1AD") };
    vol::sign_up(&kith.app, Registrar::Online, &Actor::anonymous(None), &waiting).await.unwrap();
    asked(&kith, &help_form()).await;
    let c = kith.principal(COORDINATOR).await;
    let d = vol::dashboard(&kith.app, &c).await.unwrap();
    let (row, _, _) = d.wards.iter().find(|(w, _, _)| w.ward == SPARKBROOK).expect("Sparkbrook");
    assert_eq!((row.ready, row.awaiting_checks, row.unassigned), (1, 1, [1, 0, 0]));
    kith.stop().await;
}

async fn post_form(kith: &TestApp, client: &reqwest::Client, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let page = client.get(kith.url(path)).send().await.unwrap().text().await.unwrap();
    let csrf = kith_testkit::html::csrf_token(&page);
    let mut body = vec![("csrf_token", csrf.as_str())];
    body.extend_from_slice(fields);
    client.post(kith.url(path)).form(&body).send().await.unwrap()
}

#[tokio::test]
async fn asking_for_help_on_the_page_without_a_phone_number_shows_the_error_and_keeps_what_was_typed() {
    let kith = coordinated(Backend::Sqlite).await;
    let client = kith.client();
    let fields =
        [("what", "A weekly shop"), ("address", "12 Stratford Road"), ("postcode", "B11 1AA"), ("name", "Mrs Begum")];
    let answer = post_form(&kith, &client, "/help", &fields).await;
    assert_eq!(answer.status().as_u16(), 422);
    let html = answer.text().await.unwrap();
    assert_eq!(kith_testkit::html::error_summary(&html), ["Enter a phone number the volunteer can call"]);
    assert!(html.contains("value=\"12 Stratford Road\""), "kept");
    kith.stop().await;
}

#[tokio::test]
async fn asking_for_help_on_the_page_gives_the_reference() {
    let kith = coordinated(Backend::Sqlite).await;
    let client = kith.client();
    let fields = [
        ("what", "A weekly shop"),
        ("skills", "shopping"),
        ("address", "12 Stratford Road"),
        ("postcode", "B11 1AA"),
        ("name", "Mrs Begum"),
        ("phone", "0121 496 0000"),
        ("urgency", "this_week"),
        ("when", "mon-morning"),
        ("when", "tue-morning"),
    ];
    let answer = post_form(&kith, &client, "/help", &fields).await;
    assert_eq!(answer.status().as_u16(), 200);
    assert!(answer.text().await.unwrap().contains("HR-1"));
    let r = request_of(&kith, "HR-1").await;
    assert_eq!(r.wanted.len(), 2, "two slots ticked");
    kith.stop().await;
}

#[tokio::test]
async fn a_volunteer_accepts_on_their_page_and_sees_the_address_only_when_they_ask() {
    let kith = coordinated(Backend::Sqlite).await;
    let s = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    let reference = asked(&kith, &help_form()).await;
    offered(&kith, &reference, s.id).await;
    let client = kith.client();
    let page = client.get(kith.url(&s.link)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Stratford Road") && !page.contains("12 Stratford Road"), "the street, not the address");
    let version = request_of(&kith, &reference).await.version.to_string();
    let accepted =
        post_form(&kith, &client, &s.link, &[("action", "accept"), ("reference", &reference), ("version", &version)])
            .await;
    assert_eq!(accepted.status().as_u16(), 303);
    let shown = post_form(&kith, &client, &s.link, &[("action", "address"), ("reference", &reference)]).await;
    assert!(shown.text().await.unwrap().contains("12 Stratford Road"));
    kith.stop().await;
}

// ---- The time bank ----

use kith_app::timebank::{self as bank, ExchangeForm, TimesheetForm};

fn gave(other: &str, hours: &str) -> ExchangeForm {
    ExchangeForm {
        other: other.into(),
        direction: "gave".into(),
        hours: hours.into(),
        what: "Helped with the garden".into(),
        on: String::new(),
    }
}

#[tokio::test]
async fn hours_are_posted_only_when_the_other_member_confirms_and_the_ledger_sums_to_zero() {
    on_every_backend(|backend| async move {
        let kith = coordinated(backend).await;
        let amina = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
        let bilal = signed_up(&kith, "Bilal", "bilal@example.org", "B11 1AD").await;
        let anyone = Actor::anonymous(None);
        let a = volunteer_of(&kith, &amina).await;
        let id = bank::propose(&kith.app, &a, &anyone, &gave("bilal@example.org", "1:30")).await.unwrap();
        assert_eq!(kith.store.balance(Some(amina.id)).await.unwrap(), 0, "not before Bilal confirms");
        let b = volunteer_of(&kith, &bilal).await;
        bank::answer(&kith.app, &b, &anyone, id, true).await.unwrap();
        assert_eq!(kith.store.balance(Some(amina.id)).await.unwrap(), 90);
        assert_eq!(kith.store.balance(Some(bilal.id)).await.unwrap(), -90);
        assert_eq!(kith.store.ledger_sum().await.unwrap(), (0, 2), "two postings summing to zero");
        kith.stop().await;
    })
    .await;
}

/// A coordinator's paper timesheet: Amina helped Bilal for `hours`.
fn amina_helped_bilal(hours: &str) -> TimesheetForm {
    TimesheetForm {
        helper: "amina@example.org".into(),
        helped: "bilal@example.org".into(),
        hours: hours.into(),
        what: "Lifts to the clinic".into(),
        on: String::new(),
    }
}

#[tokio::test]
async fn an_exchange_that_would_take_a_member_below_the_floor_is_refused_whole() {
    let kith = coordinated(Backend::Sqlite).await;
    let amina = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    signed_up(&kith, "Bilal", "bilal@example.org", "B11 1AD").await;
    let c = kith.principal(COORDINATOR).await;
    bank::record_timesheet(&kith.app, &c, &c.actor(None), &amina_helped_bilal("9:00")).await.unwrap();
    let e = bank::record_timesheet(&kith.app, &c, &c.actor(None), &amina_helped_bilal("2:00")).await.unwrap_err();
    assert_eq!(fields(e), ["hours"], "Bilal would be 11 hours below nothing; the floor is 10");
    assert_eq!(kith.store.balance(Some(amina.id)).await.unwrap(), 9 * 60, "nothing of the second was posted");
    assert_eq!(kith.store.ledger_sum().await.unwrap(), (0, 2));
    kith.stop().await;
}

#[tokio::test]
async fn two_exchanges_posted_at_once_that_together_would_break_the_floor_post_one_and_refuse_the_other_whole() {
    on_every_backend(|backend| async move {
        let kith = coordinated(backend).await;
        let amina = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
        let bilal = signed_up(&kith, "Bilal", "bilal@example.org", "B11 1AD").await;
        let c = kith.principal(COORDINATOR).await;
        let sheet = amina_helped_bilal("6:00");
        let actor = c.actor(None);
        let (first, second) = tokio::join!(
            bank::record_timesheet(&kith.app, &c, &actor, &sheet),
            bank::record_timesheet(&kith.app, &c, &actor, &sheet)
        );
        let refused: Vec<_> = [first, second].into_iter().filter_map(Result::err).collect();
        assert_eq!(refused.len(), 1, "each alone keeps Bilal above the floor of 10 hours; both would not");
        assert_eq!(fields(refused.into_iter().next().unwrap()), ["hours"]);
        assert_eq!(kith.store.balance(Some(bilal.id)).await.unwrap(), -6 * 60);
        assert_eq!(kith.store.balance(Some(amina.id)).await.unwrap(), 6 * 60);
        assert_eq!(kith.store.ledger_sum().await.unwrap(), (0, 2), "one exchange's two postings, nothing of the other");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_coordinator_records_a_paper_timesheet_posted_at_once_and_marked_as_on_paper() {
    let kith = coordinated(Backend::Sqlite).await;
    let amina = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    let c = kith.principal(COORDINATOR).await;
    let to_the_pot = TimesheetForm {
        helper: "amina@example.org".into(),
        helped: "community".into(),
        hours: "2".into(),
        what: "Litter pick for everyone".into(),
        on: String::new(),
    };
    let e = bank::record_timesheet(&kith.app, &c, &c.actor(None), &to_the_pot).await.unwrap_err();
    assert_eq!(fields(e), ["hours"], "the pot holds nothing yet, and never goes below zero");
    let donation = bank::donate(&kith.app, &volunteer_of(&kith, &amina).await, &Actor::anonymous(None), "1").await;
    assert!(matches!(donation, Err(kith_app::AppError::Invalid(_))), "Amina has nothing to give yet");
    let bilal = signed_up(&kith, "Bilal", "bilal@example.org", "B11 1AD").await;
    let sheet = TimesheetForm { helped: "bilal@example.org".into(), ..to_the_pot };
    let id = bank::record_timesheet(&kith.app, &c, &c.actor(None), &sheet).await.unwrap();
    let stored = kith.store.exchange(id).await.unwrap().unwrap();
    assert_eq!((stored.state.as_str(), stored.channel, stored.keyed_by), ("posted", Channel::Paper, Some(c.user.id)));
    assert_eq!(kith.store.balance(Some(bilal.id)).await.unwrap(), -120);
    kith.stop().await;
}

#[tokio::test]
async fn a_member_donates_earned_hours_to_the_community_pot_and_their_statement_shows_both_lines() {
    let kith = coordinated(Backend::Sqlite).await;
    let amina = signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    signed_up(&kith, "Bilal", "bilal@example.org", "B11 1AD").await;
    let c = kith.principal(COORDINATOR).await;
    let sheet = amina_helped_bilal("3");
    bank::record_timesheet(&kith.app, &c, &c.actor(None), &sheet).await.unwrap();
    let a = volunteer_of(&kith, &amina).await;
    bank::donate(&kith.app, &a, &Actor::anonymous(None), "1").await.unwrap();
    assert_eq!(kith.store.balance(None).await.unwrap(), 60, "the pot");
    let statement = bank::statement(&kith.app, &a).await.unwrap();
    assert_eq!(statement.balance.as_minutes(), 120);
    let moved: Vec<i64> = statement.lines.iter().map(|l| l.minutes).collect();
    assert_eq!(moved, [-60, 180], "newest first");
    kith.stop().await;
}

#[tokio::test]
async fn hours_given_roll_up_by_the_helpers_ward() {
    let kith = coordinated(Backend::Sqlite).await;
    signed_up(&kith, "Amina", "amina@example.org", "B11 1AB").await;
    signed_up(&kith, "Bilal", "bilal@example.org", "B1 1AY").await;
    let c = kith.principal(COORDINATOR).await;
    let sheet = amina_helped_bilal("2:30");
    bank::record_timesheet(&kith.app, &c, &c.actor(None), &sheet).await.unwrap();
    let r = bank::rollup(&kith.app, &c).await.unwrap();
    assert_eq!(r.by_ward.len(), 1, "only the helper's ward gave hours");
    assert!(r.by_ward[0].0.starts_with("Sparkbrook"), "{:?}", r.by_ward);
    assert_eq!(r.by_ward[0].1.as_minutes(), 150);
    kith.stop().await;
}
