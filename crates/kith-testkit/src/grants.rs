//! A grants set-up for tests, made through the use cases as an officer and an applicant would: a community fund for
//! Ladywood and Acocks Green with pots by need, a round open through March 2026 (the tests' clock starts on 2 March),
//! a draft application and one sent.

use kith_app::Actor;
use kith_app::accounts::Principal;
use kith_app::grants::apply::{self, ApplicationForm};
use kith_app::grants::{FundForm, RoundForm};
use uuid::Uuid;

use crate::directory::LADYWOOD;

pub struct GrantsFixture {
    pub fund: Uuid,
    pub round: Uuid,
    /// A draft's link (the applicant's page while it is a draft).
    pub draft_link: String,
    /// A sent application's reference and link.
    pub sent_reference: String,
    pub sent_link: String,
    /// An application over the fast-track threshold, for the panel.
    pub for_panel: Uuid,
}

/// A whole application from an unconstituted group in Ladywood for £750, paid through a fiscal host.
pub fn application() -> ApplicationForm {
    ApplicationForm {
        group_name: "Ladywood Lunch Club".into(),
        group_kind: "unconstituted".into(),
        ward: LADYWOOD.into(),
        contact_name: "Ada Lovelace".into(),
        contact_email: "ada@example.org".into(),
        second_name: "Grace Hopper".into(),
        second_email: "grace@example.org".into(),
        unrelated: "yes".into(),
        payee: "host".into(),
        host_name: "Ladywood Community Trust".into(),
        host_email: "money@trust.example.org".into(),
        project_title: "Lunch on Thursdays".into(),
        project_summary: "A hot lunch for older neighbours, cooked by volunteers.".into(),
        amount: "750".into(),
        people_reached: "40".into(),
        ..Default::default()
    }
}

/// Sets up the fund as `officer` (who runs grants for the city) and the applications.
pub async fn fixture(app: &kith_app::App, officer: &Principal) -> GrantsFixture {
    let actor = officer.actor(None);
    let form = FundForm {
        name: "Ladywood and Acocks Green Community Fund".into(),
        description: "Small grants for things residents do together.".into(),
        budget: "20,000".into(),
        max_award: "2,000".into(),
        wards: vec![LADYWOOD.into(), crate::cases::ACOCKS_GREEN.into()],
        criteria: "Need in the area: 3\nResidents lead it: 2".into(),
        pot_rule: "need".into(),
        programme_code: "community-fund".into(),
        ..Default::default()
    };
    let fund = kith_app::grants::save_fund(app, officer, &actor, None, &form).await.expect("a fund");
    let round = RoundForm { name: "March 2026".into(), opens_on: "2026-03-01".into(), closes_on: "2026-03-31".into() };
    let round = kith_app::grants::add_round(app, officer, &actor, fund, &round).await.expect("a round");
    let applicant = Actor::anonymous(None);
    let draft = ApplicationForm { group_name: "Acocks Green Walkers".into(), ..Default::default() };
    let draft = ApplicationForm {
        ward: LADYWOOD.into(),
        contact_name: "Sam".into(),
        contact_email: "sam@example.org".into(),
        ..draft
    };
    let draft_link = apply::start(app, &applicant, round, &draft).await.expect("a draft").link;
    let started = apply::start(app, &applicant, round, &application()).await.expect("a draft to send");
    let (id, sig) = split(&started.link);
    let sent = apply::submit(app, &applicant, id, &sig, &application()).await.expect("an application sent");
    let larger = ApplicationForm {
        group_name: "Ladywood Allotment Society".into(),
        contact_email: "plots@example.org".into(),
        second_email: "plots2@example.org".into(),
        project_title: "Raised beds for everyone".into(),
        amount: "1,500".into(),
        ..application()
    };
    let started = apply::start(app, &applicant, round, &larger).await.expect("a larger draft");
    let (id, sig) = split(&started.link);
    let for_panel = apply::submit(app, &applicant, id, &sig, &larger).await.expect("a larger application sent").id;
    GrantsFixture { fund, round, draft_link, sent_reference: sent.reference, sent_link: sent.link, for_panel }
}

/// An applicant's link's id and signature.
pub fn split(link: &str) -> (Uuid, String) {
    let mut parts = link.trim_start_matches("/grants/applications/").split('/');
    let id = parts.next().and_then(|id| Uuid::parse_str(id).ok()).expect("a link's id");
    (id, parts.next().expect("a link's signature").to_owned())
}
