//! A volunteering set-up for tests, made through the use cases as a volunteer, a resident and a coordinator would: a
//! volunteer in Sparkbrook who shops, and a resident's request for shopping near them, still open.

use kith_app::Actor;
use kith_app::volunteering::requests::{self, Asker, HelpForm};
use kith_app::volunteering::{self, Registrar, VolunteerForm};
use uuid::Uuid;

pub struct VolunteeringFixture {
    pub volunteer: Uuid,
    /// The volunteer's own page.
    pub volunteer_link: String,
    /// An open request near them.
    pub reference: String,
}

pub async fn fixture(app: &kith_app::App) -> VolunteeringFixture {
    let form = VolunteerForm {
        name: "Amina Volunteer".into(),
        email: "amina.volunteer@example.org".into(),
        postcode: "B11 1AB".into(),
        travel_km: "2".into(),
        skills: vec!["shopping".into()],
        languages: vec!["ur".into()],
        ..VolunteerForm::default()
    };
    let signed_up = volunteering::sign_up(app, Registrar::Online, &Actor::anonymous(None), &form)
        .await
        .expect("the fixture's volunteer signs up");
    let help = HelpForm {
        what: "Weekly shop from the list".into(),
        skills: vec!["shopping".into()],
        address: "12 Stratford Road".into(),
        postcode: "B11 1AA".into(),
        name: "Mrs Begum".into(),
        phone: "0121 496 0000".into(),
        urgency: "today".into(),
        ..HelpForm::default()
    };
    let reference =
        requests::ask(app, Asker::Online, &Actor::anonymous(None), &help).await.expect("the fixture's request is made");
    VolunteeringFixture { volunteer: signed_up.id, volunteer_link: signed_up.link, reference }
}
