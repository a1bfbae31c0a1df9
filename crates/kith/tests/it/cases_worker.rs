//! The worker's part in cases, with the clock moved (never slept) and a real SMTP server on loopback: cases due soon
//! and breached are flagged, breaches are escalated to the team's manager once, the people involved are told of
//! changes in the administrator's wording (a broken template is refused, and cannot stop a notice), councillors get
//! one digest a day, and personal details go once a closed case's retention period has passed. On both stores.

use chrono::Duration;
use kith_app::Settings;
use kith_core::accounts::Scope;
use kith_core::places::WardCode;
use kith_testkit::cases::{LADYWOOD_POSTCODE, fixture, set_manager};
use kith_testkit::directory::LADYWOOD;
use kith_testkit::html::error_summary;
use kith_testkit::mail::SmtpServer;
use kith_testkit::{Backend, TestApp, TestDb};
use kith_web::WebSettings;

use crate::cases::{signed_in, submit};
use crate::on_every_backend;

fn enquiry(category: &str) -> Vec<(&str, &str)> {
    vec![
        ("kind", "member_enquiry"),
        ("category", category),
        ("summary", "Damp in the back bedroom"),
        ("postcode", LADYWOOD_POSTCODE),
        ("resident_name", "Grace Okafor"),
        ("resident_phone", "0121 496 0000"),
        ("preferred_contact", "phone"),
    ]
}

fn settings(smtp: Option<&SmtpServer>) -> Settings {
    Settings {
        mail: smtp.map(|s| kith_app::MailSettings { smtp_url: s.url(), from: "Kith <kith@example.org>".into() }),
        public_url: "http://kith.example.org".into(),
        session_length: Duration::days(900),
        ..Settings::default()
    }
}

/// The mail apart from councillors' daily digests (which have a test of their own).
fn notices(mail: Vec<kith_testkit::mail::ReceivedEmail>) -> Vec<kith_testkit::mail::ReceivedEmail> {
    mail.into_iter().filter(|m| !m.subject.starts_with("Your cases:")).collect()
}

/// Pioneer Housing with a manager, who is told of breaches; Ladywood's councillor and the team's officer signed in.
struct Escalations {
    kith: TestApp,
    councillor: reqwest::Client,
    officer: reqwest::Client,
}

/// The team, its manager and the two signed in, on `backend`, with mail going to `smtp`.
async fn a_team_with_a_manager(backend: Backend, smtp: &SmtpServer) -> Escalations {
    let kith = TestApp::start_on(TestDb::fresh(backend).await, settings(Some(smtp)), WebSettings::default()).await;
    let f = fixture(&kith.app, kith.store.as_ref()).await;
    let manager = kith
        .add_user("manager@example.org", "a long enough test password", "team_manager", Scope::Organisation(f.housing))
        .await;
    set_manager(&kith.app, f.housing, manager).await;
    let councillor =
        signed_in(&kith, "cllr@example.org", "councillor", Scope::Ward(WardCode::parse(LADYWOOD).unwrap())).await;
    let officer = signed_in(&kith, "officer@example.org", "service_officer", Scope::Organisation(f.housing)).await;
    Escalations { kith, councillor, officer }
}

impl Escalations {
    /// The councillor raises ENQ-1, about damp; returns the status.
    async fn raise(&self) -> u16 {
        submit(&self.kith, &self.councillor, "/cases/new?kind=member_enquiry", "/cases/new", &enquiry("housing"))
            .await
            .0
    }

    /// The officer acknowledges ENQ-1; returns the status.
    async fn acknowledge(&self) -> u16 {
        let fields = [("action", "acknowledge"), ("next_update", "2026-03-09")];
        submit(&self.kith, &self.officer, "/cases/ENQ-1", "/cases/ENQ-1/state", &fields).await.0
    }

    async fn sweep(&self) -> kith_jobs::SweepReport {
        kith_jobs::sweep(&self.kith.app).await.unwrap()
    }
}

/// ENQ-1 raised on the Monday and swept (its team told), then swept again on the Tuesday (due soon).
async fn an_enquiry_due_soon(backend: Backend, smtp: &SmtpServer) -> Escalations {
    let e = a_team_with_a_manager(backend, smtp).await;
    assert_eq!(e.raise().await, 303, "the enquiry is raised");
    e.sweep().await;
    e.kith.clock.advance(Duration::days(1));
    e.sweep().await;
    e
}

/// Due soon, then acknowledged, and the acknowledgement swept (the councillor told).
async fn an_acknowledged_enquiry(backend: Backend, smtp: &SmtpServer) -> Escalations {
    let e = an_enquiry_due_soon(backend, smtp).await;
    assert_eq!(e.acknowledge().await, 303, "the enquiry is acknowledged");
    e.sweep().await;
    e
}

#[tokio::test]
async fn the_team_hears_of_new_work_and_the_councillor_who_raised_it_does_not() {
    let Some(smtp) = SmtpServer::start().await else { return };
    let smtp = &smtp;
    on_every_backend(|backend| async move {
        let e = a_team_with_a_manager(backend, smtp).await;
        let before = smtp.messages().len();
        assert_eq!(e.raise().await, 303);
        let report = e.sweep().await;
        assert_eq!(report.cases.notices, 1, "the team hears of new work; the councillor raised it themselves");
        let mail = notices(smtp.messages().split_off(before));
        assert_eq!(mail.len(), 1);
        assert_eq!(mail[0].to, "pioneer.housing@teams.example.org");
        assert_eq!(mail[0].subject, "ENQ-1: Damp in the back bedroom");
        assert!(mail[0].body.contains("acknowledged by the end of Wednesday 4 March 2026"), "{}", mail[0].body);
        assert!(mail[0].body.contains("http://kith.example.org/cases/ENQ-1"));
        e.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_case_to_be_acknowledged_by_the_end_of_tomorrow_is_flagged_due_soon() {
    let Some(smtp) = SmtpServer::start().await else { return };
    let smtp = &smtp;
    on_every_backend(|backend| async move {
        let e = a_team_with_a_manager(backend, smtp).await;
        e.raise().await;
        e.sweep().await;
        // A day on, the acknowledgement is due by the end of tomorrow: due soon.
        e.kith.clock.advance(Duration::days(1));
        let report = e.sweep().await;
        assert_eq!((report.cases.due_soon, report.cases.breached), (1, 0));
        e.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_case_due_soon_is_judged_afresh_by_its_new_due_date_once_acknowledged() {
    let Some(smtp) = SmtpServer::start().await else { return };
    let smtp = &smtp;
    on_every_backend(|backend| async move {
        let e = an_enquiry_due_soon(backend, smtp).await;
        assert_eq!(e.acknowledge().await, 303);
        let case = e.kith.store.case_by_reference("ENQ-1").await.unwrap().unwrap();
        assert_eq!(case.flag.as_str(), "", "a new due date is judged afresh");
        e.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_councillor_who_raised_a_case_hears_when_it_is_acknowledged_and_when_to_expect_more() {
    let Some(smtp) = SmtpServer::start().await else { return };
    let smtp = &smtp;
    on_every_backend(|backend| async move {
        let e = an_enquiry_due_soon(backend, smtp).await;
        e.acknowledge().await;
        let before = smtp.messages().len();
        e.sweep().await;
        let mail = notices(smtp.messages().split_off(before));
        assert_eq!(
            mail.iter().map(|m| (m.to.as_str(), m.subject.as_str())).collect::<Vec<_>>(),
            [("cllr@example.org", "ENQ-1 acknowledged")]
        );
        assert!(mail[0].body.contains("You will hear more by the end of Monday 9 March 2026"), "{}", mail[0].body);
        e.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_case_past_its_resolve_date_is_flagged_breached_and_escalated_to_the_teams_manager_once() {
    let Some(smtp) = SmtpServer::start().await else { return };
    let smtp = &smtp;
    on_every_backend(|backend| async move {
        let e = an_acknowledged_enquiry(backend, smtp).await;
        // Past the resolve date (Monday 16 March), the case is breached and the manager told, once.
        e.kith.clock.advance(Duration::days(14));
        let before = smtp.messages().len();
        let report = e.sweep().await;
        assert_eq!((report.cases.breached, report.cases.escalations), (1, 1));
        let again = e.sweep().await;
        assert_eq!((again.cases.breached, again.cases.escalations), (0, 0), "flagged and escalated once");
        let mail = smtp.messages().split_off(before);
        let escalation = mail.iter().find(|m| m.to == "manager@example.org").expect("the manager is told");
        assert_eq!(escalation.subject, "1 case overdue at Pioneer Housing");
        assert!(
            escalation.body.contains("ENQ-1: Damp in the back bedroom (due by the end of Monday 16 March 2026)"),
            "{}",
            escalation.body
        );
        let case = e.kith.store.case_by_reference("ENQ-1").await.unwrap().unwrap();
        assert_eq!(case.flag.as_str(), "breached");
        let actions: Vec<String> =
            e.kith.store.case_events(case.id).await.unwrap().into_iter().map(|e| e.action).collect();
        assert!(actions.ends_with(&["breached".to_owned(), "escalated".to_owned()]), "{actions:?}");
        let (_, queue) = crate::cases::get(&e.kith, &e.officer, "/cases?flag=breached").await;
        assert!(queue.contains("ENQ-1"), "the queue shows what is overdue");
        e.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_administrators_wording_is_checked_when_saved_and_used_for_notices() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start_on(TestDb::fresh(backend).await, settings(None), WebSettings::default()).await;
        let f = fixture(&kith.app, kith.store.as_ref()).await;
        kith.add_user("admin@example.org", "correct horse battery staple", "administrator", Scope::City).await;
        let admin = kith.principal("admin@example.org").await;
        let actor = admin.actor(None);
        let broken =
            kith_app::cases::notices::save_wording(&kith.app, &admin, &actor, "acknowledged", "{{ reference", "x")
                .await;
        assert!(matches!(broken, Err(kith_app::AppError::Invalid(ref p)) if p[0].0 == "subject"), "{broken:?}");
        let runaway = kith_app::cases::notices::save_wording(
            &kith.app,
            &admin,
            &actor,
            "acknowledged",
            "Hello",
            "{% for i in range(1000) %}{% for j in range(1000) %}x{% endfor %}{% endfor %}",
        )
        .await;
        assert!(
            matches!(runaway, Err(kith_app::AppError::Invalid(ref p)) if p[0].0 == "body"),
            "a template cannot run away: {runaway:?}"
        );
        let unknown =
            kith_app::cases::notices::save_wording(&kith.app, &admin, &actor, "acknowledged", "Hi", "{{ password }}")
                .await;
        assert!(unknown.is_err(), "only the values given can be used");
        kith_app::cases::notices::save_wording(
            &kith.app,
            &admin,
            &actor,
            "acknowledged",
            "Your case {{ reference }} is with {{ team }}",
            "Dear {{ recipient }}, {{ team }} has it.",
        )
        .await
        .unwrap();

        let councillor =
            signed_in(&kith, "cllr@example.org", "councillor", Scope::Ward(WardCode::parse(LADYWOOD).unwrap())).await;
        let officer = signed_in(&kith, "officer@example.org", "service_officer", Scope::Organisation(f.housing)).await;
        submit(&kith, &councillor, "/cases/new?kind=member_enquiry", "/cases/new", &enquiry("housing")).await;
        submit(
            &kith,
            &officer,
            "/cases/ENQ-1",
            "/cases/ENQ-1/state",
            &[("action", "acknowledge"), ("next_update", "2026-03-09")],
        )
        .await;
        kith_jobs::sweep(&kith.app).await.unwrap();
        let mail: Vec<_> = kith
            .store
            .emails_to("cllr@example.org")
            .await
            .unwrap()
            .into_iter()
            .filter(|m| !m.subject.starts_with("Your cases:"))
            .collect();
        assert_eq!(mail.len(), 1);
        assert_eq!(mail[0].subject, "Your case ENQ-1 is with Pioneer Housing");
        assert_eq!(mail[0].body, "Dear Test councillor, Pioneer Housing has it.");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn councillors_get_one_digest_a_day_and_closed_cases_lose_personal_details_after_retention() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start_on(TestDb::fresh(backend).await, settings(None), WebSettings::default()).await;
        let f = fixture(&kith.app, kith.store.as_ref()).await;
        let councillor =
            signed_in(&kith, "cllr@example.org", "councillor", Scope::Ward(WardCode::parse(LADYWOOD).unwrap())).await;
        let officer = signed_in(&kith, "officer@example.org", "service_officer", Scope::Organisation(f.housing)).await;
        submit(&kith, &councillor, "/cases/new?kind=member_enquiry", "/cases/new", &enquiry("housing")).await;
        submit(
            &kith,
            &officer,
            "/cases/ENQ-1",
            "/cases/ENQ-1/state",
            &[("action", "acknowledge"), ("next_update", "2026-03-09")],
        )
        .await;

        // The clock starts at 9am: the day's digest goes at the first sweep after 7am, and only once.
        let report = kith_jobs::sweep(&kith.app).await.unwrap();
        assert_eq!(report.cases.digests, 1);
        assert_eq!(kith_jobs::sweep(&kith.app).await.unwrap().cases.digests, 0);
        let digest = kith
            .store
            .emails_to("cllr@example.org")
            .await
            .unwrap()
            .into_iter()
            .find(|m| m.subject.starts_with("Your cases"))
            .unwrap();
        assert_eq!(digest.subject, "Your cases: 1 with news");
        assert!(digest.body.contains("ENQ-1: Damp in the back bedroom (now acknowledged)"), "{}", digest.body);

        for action in [vec![("action", "resolve"), ("reason", "Damp treated")], vec![("action", "close")]] {
            let (status, _, _) = submit(&kith, &officer, "/cases/ENQ-1", "/cases/ENQ-1/state", &action).await;
            assert_eq!(status, 303);
        }
        let case = kith.store.case_by_reference("ENQ-1").await.unwrap().unwrap();
        let resident = case.resident_id.unwrap();
        kith.clock.advance(Duration::days(729));
        assert_eq!(kith_jobs::sweep(&kith.app).await.unwrap().cases.redacted, 0, "kept for two years");
        kith.clock.advance(Duration::days(2));
        assert_eq!(kith_jobs::sweep(&kith.app).await.unwrap().cases.redacted, 1);
        let r = kith.store.resident(resident).await.unwrap().unwrap();
        assert_eq!((r.name.as_str(), r.phone.as_str(), r.redacted_at.is_some()), ("Redacted", "", true));
        let (_, page) = crate::cases::get(&kith, &officer, "/cases/ENQ-1").await;
        assert!(!page.contains("Grace Okafor") && page.contains("removed under the retention rules"));
        assert_eq!(kith_jobs::sweep(&kith.app).await.unwrap().cases.redacted, 0, "once");
        kith.stop().await;
    })
    .await;
}

/// A signed-in person chooses how to hear of their cases' news (`case_news`) and of breaches; the status.
async fn choose(kith: &TestApp, client: &reqwest::Client, fields: &[(&str, &str)]) -> (u16, String) {
    let (status, _, html) = submit(kith, client, "/account/notifications", "/account/notifications", fields).await;
    (status, html)
}

#[tokio::test]
async fn someone_who_chose_the_digest_alone_is_not_emailed_at_once_of_their_cases_news() {
    let Some(smtp) = SmtpServer::start().await else { return };
    let smtp = &smtp;
    on_every_backend(|backend| async move {
        let e = an_enquiry_due_soon(backend, smtp).await;
        assert_eq!(choose(&e.kith, &e.councillor, &[("case_news", "digest")]).await.0, 200);
        e.acknowledge().await;
        let before = smtp.messages().len();
        e.sweep().await;
        let mail = notices(smtp.messages().split_off(before));
        assert!(
            mail.iter().all(|m| m.to != "cllr@example.org"),
            "{:?}",
            mail.iter().map(|m| &m.subject).collect::<Vec<_>>()
        );
        e.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn someone_who_chose_the_digest_alone_finds_their_cases_news_in_it() {
    let kith = TestApp::start_on(TestDb::fresh(Backend::Sqlite).await, settings(None), WebSettings::default()).await;
    let f = fixture(&kith.app, kith.store.as_ref()).await;
    let link = signed_in(&kith, "link@example.org", "link_worker", Scope::City).await;
    let officer = signed_in(&kith, "officer@example.org", "service_officer", Scope::Organisation(f.housing)).await;
    assert_eq!(choose(&kith, &link, &[("case_news", "digest")]).await.0, 200);
    submit(&kith, &link, "/cases/new?kind=member_enquiry", "/cases/new", &enquiry("housing")).await;
    let fields = [("action", "acknowledge"), ("next_update", "2026-03-09")];
    submit(&kith, &officer, "/cases/ENQ-1", "/cases/ENQ-1/state", &fields).await;
    kith_jobs::sweep(&kith.app).await.unwrap();
    let mail = kith.store.emails_to("link@example.org").await.unwrap();
    let subjects: Vec<&str> = mail.iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(subjects, ["Your cases: 1 with news"]);
    kith.stop().await;
}

#[tokio::test]
async fn a_councillor_who_chose_to_hear_at_once_gets_no_digest() {
    let kith = TestApp::start_on(TestDb::fresh(Backend::Sqlite).await, settings(None), WebSettings::default()).await;
    let f = fixture(&kith.app, kith.store.as_ref()).await;
    let councillor =
        signed_in(&kith, "cllr@example.org", "councillor", Scope::Ward(WardCode::parse(LADYWOOD).unwrap())).await;
    let officer = signed_in(&kith, "officer@example.org", "service_officer", Scope::Organisation(f.housing)).await;
    assert_eq!(choose(&kith, &councillor, &[("case_news", "now")]).await.0, 200);
    submit(&kith, &councillor, "/cases/new?kind=member_enquiry", "/cases/new", &enquiry("housing")).await;
    let fields = [("action", "acknowledge"), ("next_update", "2026-03-09")];
    submit(&kith, &officer, "/cases/ENQ-1", "/cases/ENQ-1/state", &fields).await;
    assert_eq!(kith_jobs::sweep(&kith.app).await.unwrap().cases.digests, 0);
    let subjects: Vec<String> =
        kith.store.emails_to("cllr@example.org").await.unwrap().into_iter().map(|m| m.subject).collect();
    assert_eq!(subjects, ["ENQ-1 acknowledged"]);
    kith.stop().await;
}

#[tokio::test]
async fn a_team_manager_cannot_choose_not_to_hear_of_breaches() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let f = fixture(&kith.app, kith.store.as_ref()).await;
        let manager = signed_in(&kith, "manager@example.org", "team_manager", Scope::Organisation(f.housing)).await;
        let (status, page) = choose(&kith, &manager, &[("case_news", "now"), ("breach_escalation", "off")]).await;
        assert_eq!(status, 422);
        assert!(error_summary(&page).first().is_some_and(|e| e.starts_with("Your role must hear of this")), "{page}");
        let principal = kith.principal("manager@example.org").await;
        let kept = kith_app::accounts::preferences::preferences(&kith.app, &principal).await.unwrap();
        assert!(kept.iter().all(|c| c.delivery.as_str() == "now"), "nothing was saved");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_person_s_choices_are_kept_and_shown_on_their_form() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let link = signed_in(&kith, "link@example.org", "link_worker", Scope::City).await;
    assert_eq!(choose(&kith, &link, &[("case_news", "off")]).await.0, 200);
    let page = link.get(kith.url("/account/notifications")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(r#"name="case_news" type="radio" value="off" checked"#), "{page}");
    assert!(!page.contains("breach_escalation"), "a link worker is never told of breaches");
    kith.stop().await;
}
