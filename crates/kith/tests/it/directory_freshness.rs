//! Freshness, with the worker's sweep, a real SMTP server on loopback and the clock moved (never slept): owners are
//! reminded at 6 and 12 months with a signed link that confirms the record, told at 18 months that it is hidden,
//! and each reminder goes once however often the sweep runs. On both stores.

use chrono::Duration;
use kith_app::Settings;
use kith_testkit::directory::fixture;
use kith_testkit::html::strip_tags;
use kith_testkit::mail::SmtpServer;
use kith_testkit::{TestApp, TestDb};
use kith_web::WebSettings;

use crate::on_every_backend;

fn link_in(body: &str) -> String {
    body.lines().find(|l| l.contains("/directory/still-accurate/")).expect("a still-accurate link").trim().to_owned()
}

#[tokio::test]
async fn owners_are_reminded_once_per_step_and_one_link_confirms_the_record() {
    let Some(smtp) = SmtpServer::start().await else { return };
    let smtp = &smtp;
    on_every_backend(|backend| async move {
        let db = TestDb::fresh(backend).await;
        let settings = Settings {
            mail: Some(kith_app::MailSettings { smtp_url: smtp.url(), from: "Kith <kith@example.org>".into() }),
            public_url: "http://kith.example.org".into(),
            ..Settings::default()
        };
        let kith = TestApp::start_on(db, settings, WebSettings::default()).await;
        let f = fixture(&kith.app).await;
        let before = smtp.messages().len();

        // At the start the befriending line (checked 250 days ago) is past 6 months, and the knitting group
        // (600 days) past 18: its owner is told it is hidden.
        let report = kith_jobs::sweep(&kith.app).await.unwrap();
        let queued = kith.store.emails_to("group@example.org").await.unwrap();
        assert_eq!(
            (report.reminders_queued, report.emails_sent),
            (2, 2),
            "{report:?} {:?}",
            queued.iter().map(|e| &e.last_error).collect::<Vec<_>>()
        );
        let again = kith_jobs::sweep(&kith.app).await.unwrap();
        assert_eq!(again.reminders_queued, 0, "a reminder goes once");
        let mail = smtp.messages().split_off(before);
        assert_eq!(mail.len(), 2);
        let reminder =
            mail.iter().find(|m| m.subject.contains("Telephone befriending")).expect("the befriending reminder");
        assert_eq!(reminder.to, "group@example.org", "the organisation's address");
        assert_eq!(reminder.subject, "Is Telephone befriending still right? Please check its directory entry");
        assert!(reminder.body.contains("since 25 June 2025"), "{}", reminder.body);
        let link = link_in(&reminder.body);
        assert!(link.starts_with("http://kith.example.org/directory/still-accurate/"), "{link}");

        // The link works through the real pages: it shows the record and one button confirms it.
        let path = link.trim_start_matches("http://kith.example.org");
        let client = kith.client();
        let page = client.get(kith.url(path)).send().await.unwrap();
        assert_eq!(page.status().as_u16(), 200);
        let html = page.text().await.unwrap();
        assert!(strip_tags(&html).contains("Is Telephone befriending still right?"));
        let csrf = kith_testkit::html::csrf_token(&html);
        let confirmed = client.post(kith.url(path)).form(&[("csrf_token", csrf.as_str())]).send().await.unwrap();
        assert_eq!(confirmed.status().as_u16(), 200);
        assert!(strip_tags(&confirmed.text().await.unwrap()).contains("Thank you"));
        assert_eq!(kith.app.directory.read().service(f.befriending).unwrap().0.checked_at, kith.app.now());
        let used = client.get(kith.url(path)).send().await.unwrap();
        assert_eq!(used.status().as_u16(), 404, "a link works once");
        assert!(
            strip_tags(&used.text().await.unwrap()).contains("has been checked or changed since this link was sent")
        );
        let forged = client.get(kith.url(&format!("{}0", &path[..path.len() - 1]))).send().await.unwrap();
        assert_eq!(forged.status().as_u16(), 404, "a tampered link is refused");

        // Six months on the lunch club and the food bank are due; twelve months on, again; at eighteen, hidden.
        kith.clock.advance(Duration::days(183));
        let report = kith_jobs::sweep(&kith.app).await.unwrap();
        assert_eq!(report.reminders_queued, 2, "{report:?}");
        kith.clock.advance(Duration::days(183));
        assert_eq!(
            kith_jobs::sweep(&kith.app).await.unwrap().reminders_queued,
            3,
            "12 months: all three (only the latest step)"
        );
        kith.clock.advance(Duration::days(183));
        let report = kith_jobs::sweep(&kith.app).await.unwrap();
        assert_eq!(report.reminders_queued, 3, "{report:?}");
        let mail = smtp.messages().split_off(before);
        assert_eq!(mail.len(), 10);
        let hidden = mail.iter().filter(|m| m.subject.contains("is now hidden")).count();
        assert_eq!(hidden, 4, "each of the four told it is hidden at 18 months");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn email_that_cannot_be_sent_waits_in_the_outbox_and_goes_when_the_server_is_back() {
    on_every_backend(|backend| async move {
        // Nothing listens on this port: the send fails, and the email stays queued for later.
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let db = TestDb::fresh(backend).await;
        let settings = Settings {
            mail: Some(kith_app::MailSettings {
                smtp_url: format!("smtp://127.0.0.1:{closed}"),
                from: "kith@example.org".into(),
            }),
            ..Settings::default()
        };
        let kith = TestApp::start_on(db, settings, WebSettings::default()).await;
        fixture(&kith.app).await;
        let report = kith_jobs::sweep(&kith.app).await.unwrap();
        assert_eq!((report.reminders_queued, report.emails_sent, report.emails_failed), (2, 0, 2));
        let queued = kith.store.emails_to("group@example.org").await.unwrap();
        assert_eq!(queued.len(), 2);
        assert!(queued[0].sent_at.is_none() && queued[0].last_error.is_some());
        let soon = kith_jobs::sweep(&kith.app).await.unwrap();
        assert_eq!(soon.emails_failed, 0, "not retried before its backoff");
        kith.stop().await;
    })
    .await;
}
