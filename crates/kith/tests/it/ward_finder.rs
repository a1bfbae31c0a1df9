//! The public ward finder: postcode to ward page, the ward index and the ward pages, in English and Urdu.

use kith_app::people::RepresentativeForm;
use kith_testkit::html::{error_summary, lang_and_dir, text_of};
use kith_testkit::{Backend, TestApp};

use crate::on_every_backend;

async fn page(kith: &TestApp, path: &str) -> (u16, String) {
    let response = kith.client().get(kith.url(path)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn a_resident_types_a_postcode_and_lands_on_their_ward() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let response = kith.client().get(kith.url("/?postcode=b15+2tt")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(response.headers()["location"], "/wards/E05011134");
    let (status, html) = page(&kith, "/wards/E05011134").await;
    assert_eq!(status, 200);
    assert_eq!(text_of(&html, "h1").as_deref(), Some("Edgbaston"));
    assert!(html.contains("<svg class=\"kith-map\""), "the ward's map is drawn on the server");
    kith.stop().await;
}

#[tokio::test]
async fn postcode_mistakes_are_explained_on_the_form() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let cases = [
        ("", "Enter a postcode"),
        ("hello", "Enter a real postcode, like B15 2TT"),
        ("B15+9ZZ", "We could not find B15 9ZZ. Check the postcode and try again"),
        ("b70+6jz", "B70 6JZ is not in Birmingham. It is in Sandwell: contact Sandwell council"),
    ];
    for (entered, message) in cases {
        let (status, html) = page(&kith, &format!("/?postcode={entered}")).await;
        assert_eq!(status, 422, "{entered}");
        let summary = error_summary(&html);
        assert_eq!(summary.len(), 1, "{entered}: {summary:?}");
        assert!(summary[0].starts_with(message), "{entered}: {summary:?}");
        assert!(html.contains("href=\"#postcode\""), "the summary links to the field");
        assert!(html.contains("govuk-input--error"), "the field is marked");
        assert!(text_of(&html, "title").unwrap().starts_with("Error:"), "the title says there is an error");
    }
    kith.stop().await;
}

#[tokio::test]
async fn the_ward_page_names_its_councillors_its_coordinator_and_its_neighbourhood() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let add = |name: &str, office: &str, wards: &[&str]| RepresentativeForm {
            name: name.into(),
            office: office.into(),
            affiliation: "Test Party".into(),
            email: format!("{}@example.org", name.to_lowercase().replace(' ', ".")),
            phone: "0121 496 0000".into(),
            wards: wards.iter().map(|w| (*w).to_owned()).collect(),
        };
        for form in [
            add("Cllr One", "councillor", &["E05011151"]),
            add("Cllr Two", "councillor", &["E05011151"]),
            add("Cora Ordinator", "coordinator", &["E05011151", "E05011155"]),
            add("Elsewhere Person", "councillor", &["E05011118"]),
        ] {
            kith_app::people::save_from_command_line(&kith.app, &form).await.unwrap();
        }
        let (status, html) = page(&kith, "/wards/E05011151").await;
        assert_eq!(status, 200);
        assert_eq!(text_of(&html, "h1").as_deref(), Some("Ladywood"));
        assert!(html.contains("Cllr One") && html.contains("Cllr Two"));
        assert!(!html.contains("Elsewhere Person"));
        let contact = &html[html.find("Your point of contact").unwrap()..html.find("Councillors").unwrap()];
        assert!(contact.contains("Cora Ordinator") && contact.contains("cora.ordinator@example.org"), "{contact}");
        assert!(html.contains("West Birmingham"), "its locality is shown");

        // Visitors who are not signed in share one rendering of the page; a change shows at once all the same.
        kith_app::people::save_from_command_line(&kith.app, &add("Cllr Three", "councillor", &["E05011151"]))
            .await
            .unwrap();
        let (_, html) = page(&kith, "/wards/E05011151").await;
        assert!(html.contains("Cllr Three"), "a new councillor is on the page at once");
        assert!(!html.contains("Sign out") && !html.contains("csrf_token"), "the shared copy is nobody's");
        // Someone signed in gets a page of their own, with their header, though the ward's parts are the same.
        let officer =
            crate::cases::signed_in(&kith, "officer@example.org", "coordinator", kith_core::accounts::Scope::City)
                .await;
        let (_, own) = crate::cases::get(&kith, &officer, "/wards/E05011151").await;
        let token = kith_testkit::html::csrf_token(&own);
        assert!(own.contains("Sign out") && own.contains("Cllr Three") && !token.is_empty());
        let (_, again) = page(&kith, "/wards/E05011151").await;
        assert!(!again.contains(&token) && !again.contains("Sign out"), "nor does it leak into the shared copy");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_ward_may_have_at_most_three_councillors() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let form = |n: usize| RepresentativeForm {
        name: format!("Councillor {n}"),
        office: "councillor".into(),
        email: format!("c{n}@example.org"),
        wards: vec!["E05011151".into()],
        ..Default::default()
    };
    for n in 0..3 {
        kith_app::people::save_from_command_line(&kith.app, &form(n)).await.unwrap();
    }
    match kith_app::people::save_from_command_line(&kith.app, &form(3)).await {
        Err(kith_app::AppError::Invalid(problems)) => {
            assert_eq!(problems, vec![("wards", "Ladywood already has 3 councillors".to_owned())])
        }
        other => panic!("a fourth councillor was not refused: {other:?}"),
    }
    kith.stop().await;
}

#[tokio::test]
async fn the_index_lists_every_ward_as_text_and_on_a_map_that_links_to_each() {
    let kith = TestApp::start(Backend::Sqlite).await;
    let (status, html) = page(&kith, "/wards").await;
    assert_eq!(status, 200);
    let map = &html[html.find("<svg").unwrap()..html.find("</svg>").unwrap()];
    let list = &html[html.find("List of wards").unwrap()..];
    for ward in kith.app.places().wards() {
        let link = format!("href=\"/wards/{}\"", ward.code);
        assert!(map.contains(&link), "the map links to {}", ward.name);
        assert!(list.contains(&link), "the list links to {}", ward.name);
    }
    assert_eq!(map.matches("<path").count(), 69);
    kith.stop().await;
}

#[tokio::test]
async fn the_ward_finder_speaks_urdu_right_to_left_and_remembers_the_choice() {
    let kith = TestApp::start(Backend::Sqlite).await;
    kith.approve_team_translations().await;
    let (_, html) = page(&kith, "/?lang=ur").await;
    assert_eq!(lang_and_dir(&html), ("ur".into(), "rtl".into()));
    assert!(html.contains("اپنا وارڈ تلاش کریں"), "the heading is in Urdu");
    let (status, html) = page(&kith, "/?lang=ur&postcode=zzz").await;
    assert_eq!(status, 422);
    assert_eq!(
        error_summary(&html),
        vec![
            "درست پوسٹ کوڈ درج کریں، جیسے B15 2TT: پہلے حروف اور نمبر، پھر ایک خالی جگہ، پھر ایک نمبر اور دو حروف"
                .to_owned()
        ]
    );
    // The browser's own preference is honoured too, and a choice is remembered in a cookie.
    let response =
        kith.client().get(kith.url("/wards")).header("accept-language", "ur-PK, en;q=0.5").send().await.unwrap();
    assert_eq!(lang_and_dir(&response.text().await.unwrap()).1, "rtl");
    let client = kith.client();
    let switched = client.get(kith.url("/language?to=ur&next=/wards")).send().await.unwrap();
    assert_eq!(switched.headers()["location"], "/wards");
    let html = client.get(kith.url("/sign-in")).send().await.unwrap().text().await.unwrap();
    assert_eq!(lang_and_dir(&html), ("ur".into(), "rtl".into()));
    assert!(html.contains("سائن ان کریں"), "the chosen language follows the resident to the next page");
    kith.stop().await;
}
