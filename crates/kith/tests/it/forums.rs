//! Ward forums on both stores, one behaviour a test: a coordinator schedules a forum (bad input first) and it reaches
//! the ward's calendar feed; residents propose priorities without an account (a spam-like one is held, an ordinary
//! one is public) and support one through the emailed link, once; the forum adopts it; actions and a sub-action get
//! owners from the virtual team; a partner's link updates their action (audited) and rolls progress up to the
//! priority and the ward's page; a revoked or expired link explains itself; the worker reminds owners of overdue
//! actions once a week; and the stakeholder map measures and exports the network.
//!
//! Each test brings Ladywood to the state it needs through the same pages the scenario used (the set-up helpers
//! below, in the order a forum's work goes), then checks one thing.

use chrono::Duration;
use kith_core::accounts::Scope;
use kith_core::places::WardCode;
use kith_testkit::TestApp;
use kith_testkit::html::error_summary;
use uuid::Uuid;

use crate::cases::{get, signed_in, submit};
use crate::on_every_backend;

const LADYWOOD: &str = "E05011151";

/// The first link in the newest email (the store lists them newest first) to `to` whose path starts with `prefix`, made absolute on this server.
async fn emailed_link(kith: &TestApp, to: &str, prefix: &str) -> String {
    let emails = kith.store.emails_to(to).await.unwrap();
    let body = &emails.first().unwrap_or_else(|| panic!("an email to {to}")).body;
    let link =
        body.split_whitespace().find(|w| w.contains(prefix)).unwrap_or_else(|| panic!("a link {prefix} in {body}"));
    kith.url(&link[link.find(prefix).unwrap()..])
}

fn forums() -> String {
    format!("/wards/{LADYWOOD}/forums")
}

fn propose_page() -> String {
    format!("/wards/{LADYWOOD}/priorities/propose")
}

fn priority_page(priority: Uuid) -> String {
    format!("/wards/{LADYWOOD}/priorities/{priority}")
}

fn team() -> String {
    format!("/teams/ward/{LADYWOOD}")
}

fn member_page(member: Uuid) -> String {
    format!("{}/members/{member}", team())
}

// ----- Set-up: the steps of a forum's work, each through the real pages -----

async fn coordinator_of_ladywood(kith: &TestApp) -> reqwest::Client {
    signed_in(kith, "coord@example.org", "coordinator", Scope::Ward(WardCode::parse(LADYWOOD).unwrap())).await
}

/// Submits a forum a week away at the community centre; returns the status and where it sent the coordinator.
async fn schedule_forum(kith: &TestApp, coordinator: &reqwest::Client) -> (u16, String) {
    let date = (kith.app.now().date_naive() + Duration::days(7)).to_string();
    let forums = forums();
    let (status, location, _) = submit(
        kith,
        coordinator,
        &format!("{forums}/new"),
        &forums,
        &[
            ("date", &date),
            ("starts", "6:30pm"),
            ("ends", "20:00"),
            ("venue", "Ladywood Community Centre"),
            ("agenda", "Street lighting"),
        ],
    )
    .await;
    (status, location)
}

/// A forum a week away; returns its id.
async fn forum_scheduled(kith: &TestApp, coordinator: &reqwest::Client) -> String {
    let (status, location) = schedule_forum(kith, coordinator).await;
    assert_eq!(status, 303, "the forum is scheduled");
    location.rsplit('/').next().unwrap().to_owned()
}

/// A resident proposes something spam-like, from a form Kith did not give them; returns the status and the page.
async fn propose_spam(kith: &TestApp, resident: &reqwest::Client) -> (u16, String) {
    let propose = propose_page();
    let (status, _, html) =
        submit(kith, resident, &propose, &propose, &[("title", "Cheap casino bonus click here"), ("opened", "")]).await;
    (status, html)
}

/// Rosa proposes better lighting from a form she opened 30 seconds before; returns the status and the page.
async fn propose_lighting(kith: &TestApp, resident: &reqwest::Client) -> (u16, String) {
    let propose = propose_page();
    let (_, page) = get(kith, resident, &propose).await;
    let opened = page.split("name=\"opened\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    kith.clock.advance(Duration::seconds(30));
    let (status, _, html) = submit(
        kith,
        resident,
        &propose,
        &propose,
        &[
            ("title", "Better lighting on the canal path"),
            ("description", "It is dark after 4pm"),
            ("name", "Rosa Park"),
            ("email", "rosa@example.org"),
            ("opened", &opened),
        ],
    )
    .await;
    (status, html)
}

/// The ward's priority whose title contains `words`.
async fn priority_titled(kith: &TestApp, words: &str) -> kith_store::forums::Priority {
    let all = kith.store.priorities_of_ward(LADYWOOD).await.unwrap();
    all.into_iter().find(|p| p.title.contains(words)).unwrap_or_else(|| panic!("a priority about {words}"))
}

/// Rosa's lighting priority, published; returns its id.
async fn lighting_published(kith: &TestApp, resident: &reqwest::Client) -> Uuid {
    let (status, html) = propose_lighting(kith, resident).await;
    assert!(status == 200 && html.contains("now on the ward"), "the priority is published: {status}");
    priority_titled(kith, "lighting").await.id
}

/// Someone asks to support the priority from `email`; returns the status and the page.
async fn ask_to_support(kith: &TestApp, resident: &reqwest::Client, priority: Uuid, email: &str) -> (u16, String) {
    let page = priority_page(priority);
    let (status, _, html) = submit(kith, resident, &page, &format!("{page}/support"), &[("email", email)]).await;
    (status, html)
}

/// The link emailed to Ada when she asks to support the priority.
async fn support_link(kith: &TestApp, resident: &reqwest::Client, priority: Uuid) -> String {
    let (status, _) = ask_to_support(kith, resident, priority, "Ada@Example.org").await;
    assert_eq!(status, 200, "support is asked for");
    emailed_link(kith, "ada@example.org", "/priorities/").await
}

/// The path of a support link, which its page's button posts to.
fn support_path(link: &str) -> &str {
    &link[link.find("/priorities/").unwrap()..]
}

/// Presses the support page's button; returns the status and the page.
async fn confirm_support(kith: &TestApp, resident: &reqwest::Client, link: &str) -> (u16, String) {
    let path = support_path(link);
    let (status, _, html) = submit(kith, resident, path, path, &[]).await;
    (status, html)
}

async fn supporters(kith: &TestApp, priority: Uuid) -> i32 {
    kith.store.priority(priority).await.unwrap().unwrap().supporters
}

/// The coordinator records the forum's decision on the priority; returns the status and the page.
async fn decide(
    kith: &TestApp,
    coordinator: &reqwest::Client,
    forum: &str,
    priority: Uuid,
    decision: &str,
) -> (u16, String) {
    let page = priority_page(priority);
    let version = kith.store.priority(priority).await.unwrap().unwrap().version.to_string();
    let (status, _, html) = submit(
        kith,
        coordinator,
        &page,
        &format!("{page}/decision"),
        &[("decision", decision), ("forum", forum), ("version", &version)],
    )
    .await;
    (status, html)
}

/// Ladywood's coordinator signed in, a forum scheduled and Rosa's priority published.
struct Proposed {
    kith: TestApp,
    coordinator: reqwest::Client,
    resident: reqwest::Client,
    forum: String,
    priority: Uuid,
}

async fn a_forum_and_a_published_priority(backend: kith_testkit::Backend) -> Proposed {
    let kith = TestApp::start(backend).await;
    let coordinator = coordinator_of_ladywood(&kith).await;
    let forum = forum_scheduled(&kith, &coordinator).await;
    let resident = kith.client();
    let priority = lighting_published(&kith, &resident).await;
    Proposed { kith, coordinator, resident, forum, priority }
}

async fn an_adopted_priority(backend: kith_testkit::Backend) -> Proposed {
    let s = a_forum_and_a_published_priority(backend).await;
    let (status, _) = decide(&s.kith, &s.coordinator, &s.forum, s.priority, "adopt").await;
    assert_eq!(status, 303, "the priority is adopted");
    s
}

/// Adds Sgt Begum of the police to Ladywood's virtual team; returns the status.
async fn add_police_contact(kith: &TestApp, coordinator: &reqwest::Client) -> u16 {
    let team = team();
    let (status, _, _) = submit(
        kith,
        coordinator,
        &team,
        &team,
        &[
            ("new_organisation", "West Midlands Police"),
            ("kind", "police"),
            ("name", "Sgt Amina Begum"),
            ("email", "amina@police.example.org"),
            ("role", "Neighbourhood sergeant"),
        ],
    )
    .await;
    status
}

/// The newest member of Ladywood's virtual team.
async fn newest_member(kith: &TestApp) -> Uuid {
    kith.store.members_of("ward", LADYWOOD).await.unwrap().pop().expect("a member of the team").id
}

/// Submits the new action form of the priority; returns the status and the page.
async fn add_action(
    kith: &TestApp,
    coordinator: &reqwest::Client,
    priority: Uuid,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let page = priority_page(priority);
    let (status, _, html) =
        submit(kith, coordinator, &format!("{page}/actions/new"), &format!("{page}/actions"), fields).await;
    (status, html)
}

/// The priority's action with this title.
async fn action_titled(kith: &TestApp, priority: Uuid, title: &str) -> Uuid {
    let actions = kith.store.actions_of_priority(priority).await.unwrap();
    actions.into_iter().find(|a| a.title == title).unwrap_or_else(|| panic!("an action {title}")).id
}

/// The scenario's actions, each added with the status it got: the police contact's survey of the towpath and its
/// sub-action, reporting the broken lights, and the council's lamps. Returns the statuses and the police contact.
async fn add_the_actions(kith: &TestApp, coordinator: &reqwest::Client, priority: Uuid) -> ([u16; 4], Uuid) {
    let added = add_police_contact(kith, coordinator).await;
    let member = newest_member(kith).await.to_string();
    let due = (kith.app.now().date_naive() + Duration::days(30)).to_string();
    let (survey, _) = add_action(
        kith,
        coordinator,
        priority,
        &[("title", "Survey the towpath at night"), ("member", &member), ("due", &due), ("weight", "1")],
    )
    .await;
    let parent = kith.store.actions_of_priority(priority).await.unwrap().pop().expect("the survey").id.to_string();
    let (sub, _) = add_action(
        kith,
        coordinator,
        priority,
        &[("title", "Report broken lights"), ("parent", &parent), ("member", &member), ("due", &due)],
    )
    .await;
    let council =
        kith_app::accounts::create_organisation_from_command_line(&kith.app, "Street Lighting PFI", "council")
            .await
            .unwrap();
    let (lamps, _) = add_action(
        kith,
        coordinator,
        priority,
        &[
            ("title", "Replace the lamps"),
            ("organisation", &council.to_string()),
            ("owner_name", "Tom Walsh"),
            ("owner_email", "tom@council.example.org"),
            ("due", &due),
        ],
    )
    .await;
    ([added, survey, sub, lamps], member.parse().unwrap())
}

/// Invites a member of the team to their partner's link; returns the status.
async fn invite(kith: &TestApp, coordinator: &reqwest::Client, member: Uuid) -> u16 {
    let (status, _, _) = submit(kith, coordinator, &team(), &member_page(member), &[("action", "invite")]).await;
    status
}

/// The partner's link as emailed to Sgt Begum.
async fn partner_link(kith: &TestApp) -> String {
    emailed_link(kith, "amina@police.example.org", "/partner/").await
}

/// Ladywood's coordinator signed in, Sgt Begum on the virtual team, invited, and her link opened once.
struct Invited {
    kith: TestApp,
    coordinator: reqwest::Client,
    member: Uuid,
    /// The partner's browser.
    partner: reqwest::Client,
    link: String,
}

async fn a_partner_invited(backend: kith_testkit::Backend) -> Invited {
    let kith = TestApp::start(backend).await;
    let coordinator = coordinator_of_ladywood(&kith).await;
    assert_eq!(add_police_contact(&kith, &coordinator).await, 303, "the police contact is added");
    let member = newest_member(&kith).await;
    assert_eq!(invite(&kith, &coordinator, member).await, 303, "the police contact is invited");
    let link = partner_link(&kith).await;
    let partner = kith.client();
    let opened = partner.get(&link).send().await.unwrap().status().as_u16();
    assert_eq!(opened, 200, "the partner's link opens");
    Invited { kith, coordinator, member, partner, link }
}

/// The adopted priority with its three actions; the police contact invited and reading their link.
struct Partnered {
    kith: TestApp,
    resident: reqwest::Client,
    priority: Uuid,
    /// The partner's browser.
    partner: reqwest::Client,
    /// The path of the partner's link.
    path: String,
}

async fn the_actions_and_a_partners_link(backend: kith_testkit::Backend) -> Partnered {
    let Proposed { kith, coordinator, resident, priority, .. } = an_adopted_priority(backend).await;
    let (added, member) = add_the_actions(&kith, &coordinator, priority).await;
    assert_eq!(added, [303; 4], "the police contact and the actions are added");
    assert_eq!(invite(&kith, &coordinator, member).await, 303, "the police contact is invited");
    let link = partner_link(&kith).await;
    let path = link.trim_start_matches(&kith.url("")).to_owned();
    let partner = kith.client();
    Partnered { kith, resident, priority, partner, path }
}

/// The partner reports on one of the priority's actions through their link; returns the status and the page.
async fn report(p: &Partnered, title: &str, fields: &[(&str, &str)]) -> (u16, String) {
    let action = action_titled(&p.kith, p.priority, title).await;
    let (status, _, html) = submit(&p.kith, &p.partner, &p.path, &format!("{}/actions/{action}", p.path), fields).await;
    (status, html)
}

const DONE_WITH_EVIDENCE: &[(&str, &str)] = &[
    ("status", "done"),
    ("note", "All reported to the PFI"),
    ("links", "https://example.org/photos"),
    ("version", "1"),
];

/// The partner has reported the broken lights, the sub-action, done, with a note and a link to evidence.
async fn the_sub_action_done_by_the_partner(backend: kith_testkit::Backend) -> Partnered {
    let p = the_actions_and_a_partners_link(backend).await;
    let (status, _) = report(&p, "Report broken lights", DONE_WITH_EVIDENCE).await;
    assert_eq!(status, 303, "the partner reports the sub-action done");
    p
}

/// A month on from the partner's report: the survey and the lamps, due in 30 days, are overdue.
async fn a_month_on(backend: kith_testkit::Backend) -> Partnered {
    let p = the_sub_action_done_by_the_partner(backend).await;
    p.kith.clock.advance(Duration::days(32));
    p
}

// ----- Scheduling a forum -----

#[tokio::test]
async fn a_forum_with_a_bad_date_or_times_is_explained_and_nothing_is_saved() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let coordinator = coordinator_of_ladywood(&kith).await;
        let forums = forums();
        let (status, _, html) = submit(
            &kith,
            &coordinator,
            &format!("{forums}/new"),
            &forums,
            &[("date", "someday"), ("starts", "25:00"), ("ends", "18:00")],
        )
        .await;
        assert_eq!(status, 422);
        let errors = error_summary(&html);
        assert!(errors.iter().any(|e| e.contains("date of the forum")), "{errors:?}");
        assert!(kith.store.forums_of_ward(LADYWOOD).await.unwrap().is_empty());
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_scheduled_forum_is_in_the_wards_and_the_citys_calendar_feeds() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let coordinator = coordinator_of_ladywood(&kith).await;
        let (status, location) = schedule_forum(&kith, &coordinator).await;
        assert_eq!(status, 303, "scheduled");
        let forum_id = location.rsplit('/').next().unwrap().to_owned();
        let ics = reqwest::get(kith.url(&format!("{}.ics", forums()))).await.unwrap().text().await.unwrap();
        assert!(
            ics.contains("SUMMARY:Ladywood ward forum") && ics.contains("LOCATION:Ladywood Community Centre"),
            "{ics}"
        );
        let city = reqwest::get(kith.url("/forums.ics")).await.unwrap().text().await.unwrap();
        assert!(city.contains(&format!("UID:forum-{forum_id}@kith")));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_coordinator_of_another_ward_may_not_schedule_its_forums() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let elsewhere =
            signed_in(&kith, "other@example.org", "coordinator", Scope::Ward(WardCode::parse("E05011118").unwrap()))
                .await;
        let (status, _) = get(&kith, &elsewhere, &format!("{}/new", forums())).await;
        assert_eq!(status, 403);
        kith.stop().await;
    })
    .await;
}

// ----- Residents' proposals, without an account -----

#[tokio::test]
async fn a_spam_like_proposal_is_held_for_a_coordinator_and_an_ordinary_one_is_published_for_all_to_see() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let resident = kith.client();
        let (status, html) = propose_spam(&kith, &resident).await;
        assert_eq!(status, 200);
        assert!(html.contains("A coordinator will look at it"), "held");
        let (status, html) = propose_lighting(&kith, &resident).await;
        assert_eq!(status, 200);
        assert!(html.contains("now on the ward"), "published");
        assert_eq!(priority_titled(&kith, "casino").await.state.as_str(), "held");
        let (_, public) = get(&kith, &resident, &format!("/wards/{LADYWOOD}/priorities")).await;
        assert!(public.contains("Better lighting") && !public.contains("casino"), "the public sees only what passed");
        kith.stop().await;
    })
    .await;
}

// ----- Support, through an emailed link -----

#[tokio::test]
async fn a_support_link_counts_nothing_until_the_supporter_confirms_on_its_page() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let resident = kith.client();
        let priority = lighting_published(&kith, &resident).await;
        let (status, _) = ask_to_support(&kith, &resident, priority, "Ada@Example.org").await;
        assert_eq!(status, 200);
        let link = emailed_link(&kith, "ada@example.org", "/priorities/").await;
        // Opening the link (as a mail scanner would) counts nothing: the page asks, and a button confirms.
        let asked = reqwest::get(&link).await.unwrap().text().await.unwrap();
        assert!(asked.contains("Add my support") && asked.contains("Better lighting"), "{asked}");
        assert_eq!(supporters(&kith, priority).await, 0);
        let (status, counted) = confirm_support(&kith, &resident, &link).await;
        assert_eq!(status, 200);
        assert!(counted.contains("Your support for"), "{counted}");
        assert_eq!(supporters(&kith, priority).await, 1);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_supporter_counts_once_however_often_they_confirm_open_the_link_or_ask_again() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let resident = kith.client();
        let priority = lighting_published(&kith, &resident).await;
        let link = support_link(&kith, &resident, priority).await;
        confirm_support(&kith, &resident, &link).await;
        let (_, form_page) = get(&kith, &resident, &priority_page(priority)).await;
        let token = kith_testkit::html::csrf_token(&form_page);
        let again =
            resident.post(kith.url(support_path(&link))).form(&[("csrf_token", token.as_str())]).send().await.unwrap();
        let again = again.text().await.unwrap();
        assert!(again.contains("already counted"), "a second confirmation counts nothing");
        let opened_again = reqwest::get(&link).await.unwrap().text().await.unwrap();
        assert!(opened_again.contains("already counted") && !opened_again.contains("Add my support"));
        let (_, html) = ask_to_support(&kith, &resident, priority, "ada@example.org").await;
        assert!(html.contains("already supported this priority"), "a second support is refused politely");
        assert_eq!(supporters(&kith, priority).await, 1);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_tampered_support_link_is_gone() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let resident = kith.client();
        let priority = lighting_published(&kith, &resident).await;
        let link = support_link(&kith, &resident, priority).await;
        confirm_support(&kith, &resident, &link).await;
        let last = if link.ends_with('0') { '1' } else { '0' };
        let tampered = format!("{}{last}", &link[..link.len() - 1]);
        assert_eq!(reqwest::get(&tampered).await.unwrap().status().as_u16(), 410);
        kith.stop().await;
    })
    .await;
}

// ----- The forum's decision -----

#[tokio::test]
async fn declining_a_priority_needs_a_reason() {
    on_every_backend(|backend| async move {
        let s = a_forum_and_a_published_priority(backend).await;
        let (status, html) = decide(&s.kith, &s.coordinator, &s.forum, s.priority, "decline").await;
        assert_eq!(status, 422);
        assert!(error_summary(&html).iter().any(|e| e.contains("Say why")));
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_adopted_priority_is_in_the_forums_record_and_its_proposer_is_told_once() {
    on_every_backend(|backend| async move {
        let s = a_forum_and_a_published_priority(backend).await;
        let (status, _) = decide(&s.kith, &s.coordinator, &s.forum, s.priority, "adopt").await;
        let told = s.kith.store.emails_to("rosa@example.org").await.unwrap();
        assert_eq!(told.len(), 1, "the resident who proposed it is told, once");
        assert!(
            told[0].subject.contains("adopted")
                && told[0].body.contains("Dear Rosa Park")
                && told[0].body.contains(&priority_page(s.priority)),
            "{}",
            told[0].body
        );
        assert_eq!(status, 303);
        let (_, forum_page) = get(&s.kith, &s.resident, &format!("{}/{}", forums(), s.forum)).await;
        assert!(forum_page.contains("Better lighting on the canal path"), "the adoption is in the forum's record");
        s.kith.stop().await;
    })
    .await;
}

// ----- Actions and their owners -----

#[tokio::test]
async fn an_action_without_a_title_or_a_due_date_is_refused() {
    on_every_backend(|backend| async move {
        let s = an_adopted_priority(backend).await;
        let (status, html) = add_action(&s.kith, &s.coordinator, s.priority, &[("title", ""), ("due", "soon")]).await;
        assert_eq!(status, 422, "{}", error_summary(&html).join("; "));
        s.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn actions_and_sub_actions_are_owned_by_the_virtual_team_or_an_organisation() {
    on_every_backend(|backend| async move {
        let s = an_adopted_priority(backend).await;
        let (statuses, _) = add_the_actions(&s.kith, &s.coordinator, s.priority).await;
        let [added, survey, sub, lamps] = statuses;
        assert_eq!(added, 303, "the police contact joins the virtual team");
        assert_eq!(survey, 303, "the police contact's survey");
        assert_eq!(sub, 303, "the survey's sub-action");
        assert_eq!(lamps, 303, "the council's action");
        s.kith.stop().await;
    })
    .await;
}

// ----- The partner's link -----

#[tokio::test]
async fn a_partners_link_shows_and_updates_only_their_organisations_actions() {
    on_every_backend(|backend| async move {
        let Proposed { kith, coordinator, resident, priority, .. } = an_adopted_priority(backend).await;
        let (added, member) = add_the_actions(&kith, &coordinator, priority).await;
        assert_eq!(added, [303; 4], "the police contact and the actions are added");
        let status = invite(&kith, &coordinator, member).await;
        assert_eq!(status, 303);
        let link = partner_link(&kith).await;
        let (partner, path) = (kith.client(), link.trim_start_matches(&kith.url("")).to_owned());
        let p = Partnered { kith, resident, priority, partner, path };
        let page = p.partner.get(&link).send().await.unwrap().text().await.unwrap();
        assert!(
            page.contains("Survey the towpath")
                && page.contains("Report broken lights")
                && !page.contains("Replace the lamps"),
            "only their own"
        );
        let (status, _) = report(&p, "Report broken lights", DONE_WITH_EVIDENCE).await;
        assert_eq!(status, 303, "their own action");
        // A partner may not update another organisation's action through their link.
        let (status, _) = report(&p, "Replace the lamps", &[("status", "done"), ("version", "1")]).await;
        assert_eq!(status, 403);
        p.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_partner_dropping_an_action_must_say_why() {
    on_every_backend(|backend| async move {
        let p = the_actions_and_a_partners_link(backend).await;
        let (status, html) =
            report(&p, "Report broken lights", &[("status", "dropped"), ("progress", "10"), ("version", "1")]).await;
        assert_eq!(status, 422, "a dropped action needs a reason");
        assert!(error_summary(&html).iter().any(|e| e.contains("Say why")));
        p.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_partners_update_is_audited_in_their_name_and_its_evidence_linked_on_the_prioritys_timeline() {
    on_every_backend(|backend| async move {
        let p = the_actions_and_a_partners_link(backend).await;
        let (status, _) = report(&p, "Report broken lights", DONE_WITH_EVIDENCE).await;
        assert_eq!(status, 303);
        let audit = p
            .kith
            .store
            .audit_events(&kith_store::audit::AuditQuery {
                action_prefix: Some("action.".into()),
                limit: 100,
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(
            audit.iter().any(|e| e.action == "action.updated"
                && e.actor.contains("Sgt Amina Begum")
                && e.actor.contains("partner link")),
            "audited in the partner's name"
        );
        let (_, timeline) = get(&p.kith, &p.resident, &priority_page(p.priority)).await;
        assert!(
            timeline.contains("All reported to the PFI")
                && timeline.contains("href=\"https:&#x2f;&#x2f;example.org&#x2f;photos\""),
            "the evidence is linked"
        );
        p.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_done_sub_action_rolls_progress_up_to_the_priority_and_the_wards_page() {
    on_every_backend(|backend| async move {
        let p = the_sub_action_done_by_the_partner(backend).await;
        // The survey's only sub-action is done, so the survey is 100%; the lamps are at 0: the priority is at 50%.
        let work = kith_app::forums::ward_work(&p.kith.app, &WardCode::parse(LADYWOOD).unwrap()).await.unwrap();
        let w = work.adopted.iter().find(|w| w.priority.id == p.priority).unwrap();
        assert_eq!(w.progress, Some(50.0));
        let (_, ward_page) = get(&p.kith, &p.resident, &format!("/wards/{LADYWOOD}")).await;
        assert!(
            ward_page.contains("Better lighting on the canal path") && ward_page.contains("50% done"),
            "the ward's page shows progress"
        );
        p.kith.stop().await;
    })
    .await;
}

// ----- Overdue actions -----

#[tokio::test]
async fn owners_of_overdue_actions_are_reminded_once_a_week_while_they_stay_overdue() {
    on_every_backend(|backend| async move {
        let p = a_month_on(backend).await;
        assert_eq!(
            kith_app::forums::remind_overdue(&p.kith.app).await.unwrap(),
            2,
            "the police contact and the council officer"
        );
        assert_eq!(kith_app::forums::remind_overdue(&p.kith.app).await.unwrap(), 0, "not twice");
        let reminder = p.kith.store.emails_to("tom@council.example.org").await.unwrap();
        assert!(reminder.first().unwrap().body.contains("Replace the lamps"));
        p.kith.clock.advance(Duration::days(7));
        assert_eq!(kith_app::forums::remind_overdue(&p.kith.app).await.unwrap(), 2, "a week on, reminded again");
        p.kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_tracker_lists_the_overdue_actions_that_are_not_done() {
    on_every_backend(|backend| async move {
        let p = a_month_on(backend).await;
        // A month on, the coordinator signs in again.
        let coordinator = p.kith.client();
        p.kith.sign_in(&coordinator, "coord@example.org", crate::cases::PASSWORD).await;
        let (status, overdue) = get(&p.kith, &coordinator, "/actions?overdue=yes").await;
        assert_eq!(status, 200, "{overdue}");
        assert!(
            overdue.contains("Replace the lamps")
                && overdue.contains("Survey the towpath")
                && !overdue.contains("Report broken lights")
        );
        p.kith.stop().await;
    })
    .await;
}

// ----- A partner's link withdrawn or expired -----

/// Withdraws the member's link; returns the status.
async fn revoke(i: &Invited) -> u16 {
    let link = i.kith.store.links_of_member(i.member).await.unwrap().pop().unwrap();
    let (status, _, _) = submit(
        &i.kith,
        &i.coordinator,
        &team(),
        &member_page(i.member),
        &[("action", "revoke"), ("link", &link.id.to_string())],
    )
    .await;
    status
}

#[tokio::test]
async fn a_withdrawn_or_expired_partner_link_explains_itself() {
    on_every_backend(|backend| async move {
        let i = a_partner_invited(backend).await;
        assert_eq!(revoke(&i).await, 303);
        let refused = i.partner.get(&i.link).send().await.unwrap();
        assert_eq!(refused.status().as_u16(), 403);
        let text = refused.text().await.unwrap();
        assert!(text.contains("withdrawn") && text.contains("coord@example.org"), "{text}");
        invite(&i.kith, &i.coordinator, i.member).await;
        let fresh = partner_link(&i.kith).await;
        assert_eq!(i.partner.get(&fresh).send().await.unwrap().status().as_u16(), 200);
        i.kith.clock.advance(Duration::days(kith_app::partners::LINK_DAYS + 1));
        let expired = i.partner.get(&fresh).send().await.unwrap().text().await.unwrap();
        assert!(expired.contains("This link has expired"), "{expired}");
        i.kith.stop().await;
    })
    .await;
}

// ----- The stakeholder map -----

const NEW_ORGANISATION: &str = "/stakeholders/organisations/new";

const ORGANISATIONS: [(&str, &str); 4] = [
    ("Ladywood Mosque", "faith group"),
    ("Ladywood Lunch Club", "community group"),
    ("Ladywood Youth Club", "community group"),
    ("Summer Lane Traders", "business"),
];

/// Submits the new organisation form; returns the status, where it sent the keeper and the page.
async fn add_organisation(kith: &TestApp, keeper: &reqwest::Client, fields: &[(&str, &str)]) -> (u16, String, String) {
    submit(kith, keeper, NEW_ORGANISATION, "/stakeholders/organisations", fields).await
}

/// Submits a partnership from the first organisation's page; returns the status and the page.
async fn add_partnership(kith: &TestApp, keeper: &reqwest::Client, fields: &[(&str, &str)]) -> (u16, String) {
    let page = format!("/stakeholders/organisations/{}", fields[0].1);
    let (status, _, html) = submit(kith, keeper, &page, "/stakeholders/partnerships", fields).await;
    (status, html)
}

/// Ladywood's map as its keeper draws it: a mosque, a lunch club, a youth club and the traders, each added with
/// the status it got. Returns the statuses and their ids.
async fn add_the_organisations(kith: &TestApp, keeper: &reqwest::Client) -> (Vec<u16>, Vec<String>) {
    let mut statuses = Vec::new();
    let mut ids = Vec::new();
    for (name, kind) in ORGANISATIONS {
        let (status, location, _) =
            add_organisation(kith, keeper, &[("name", name), ("kind", kind), ("ward", LADYWOOD)]).await;
        statuses.push(status);
        ids.push(location.rsplit('/').next().unwrap().to_owned());
    }
    (statuses, ids)
}

/// Mosque - Lunch Club - Youth Club: the lunch club bridges the other two; the traders work alone. Returns the
/// statuses the two partnerships got.
async fn add_the_partnerships(kith: &TestApp, keeper: &reqwest::Client, ids: &[String]) -> Vec<u16> {
    let mut statuses = Vec::new();
    for (a, b) in [(0, 1), (1, 2)] {
        let fields = [("org_a", ids[a].as_str()), ("org_b", &ids[b]), ("kind", "premises"), ("started", "2025-09-01")];
        statuses.push(add_partnership(kith, keeper, &fields).await.0);
    }
    statuses
}

/// Ladywood's map drawn by its keeper: the four organisations and the two partnerships.
async fn a_mapped_ward(backend: kith_testkit::Backend) -> TestApp {
    let kith = TestApp::start(backend).await;
    let keeper = coordinator_of_ladywood(&kith).await;
    let (added, ids) = add_the_organisations(&kith, &keeper).await;
    assert_eq!(added, [303; 4], "the organisations are added");
    assert_eq!(add_the_partnerships(&kith, &keeper, &ids).await, [303; 2], "the partnerships are added");
    kith
}

#[tokio::test]
async fn an_organisation_without_a_name_or_a_kind_is_refused_field_by_field() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let keeper = coordinator_of_ladywood(&kith).await;
        let (status, _, html) = add_organisation(&kith, &keeper, &[("name", ""), ("kind", "")]).await;
        assert_eq!(status, 422);
        assert_eq!(error_summary(&html).len(), 2);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_partnership_takes_two_organisations() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let keeper = coordinator_of_ladywood(&kith).await;
        let (_, ids) = add_the_organisations(&kith, &keeper).await;
        let (status, html) =
            add_partnership(&kith, &keeper, &[("org_a", &ids[0]), ("org_b", &ids[0]), ("kind", "premises")]).await;
        assert_eq!(status, 422, "a partnership takes two");
        assert!(error_summary(&html).iter().any(|e| e.contains("takes two")));
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_stakeholder_map_finds_who_works_alone_and_who_bridges_groups() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let keeper = coordinator_of_ladywood(&kith).await;
        let (added, ids) = add_the_organisations(&kith, &keeper).await;
        for (status, (name, _)) in added.iter().zip(ORGANISATIONS) {
            assert_eq!(*status, 303, "{name}");
        }
        for status in add_the_partnerships(&kith, &keeper, &ids).await {
            assert_eq!(status, 303);
        }
        let view = kith_app::stakeholders::network(&kith.app, Some(&WardCode::parse(LADYWOOD).unwrap())).await.unwrap();
        let name = |i: usize| view.nodes[i].name.clone();
        assert_eq!(view.isolated.iter().map(|&i| name(i)).collect::<Vec<_>>(), ["Summer Lane Traders"]);
        assert_eq!(view.bridges.iter().map(|&i| name(i)).collect::<Vec<_>>(), ["Ladywood Lunch Club"]);
        assert_eq!(view.components, 2);
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_stakeholder_map_is_drawn_without_javascript_and_exported_for_other_tools() {
    on_every_backend(|backend| async move {
        let kith = a_mapped_ward(backend).await;
        let (status, html) = get(&kith, &reqwest::Client::new(), &format!("/stakeholders?ward={LADYWOOD}")).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("<svg class=\"kith-network\"") && html.contains("kith-network__node--bridge"),
            "a drawing without JavaScript"
        );
        let gexf = reqwest::get(kith.url(&format!("/stakeholders/network.gexf?ward={LADYWOOD}")))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(gexf.matches("<node ").count(), 4);
        assert_eq!(gexf.matches("<edge ").count(), 2);
        assert!(gexf.contains("start=\"2025-09-01\""));
        let csv = reqwest::get(kith.url("/stakeholders/organisations.csv")).await.unwrap().text().await.unwrap();
        assert!(csv.lines().any(|l| l.contains("Ladywood Lunch Club") && l.ends_with(",1,false")), "{csv}");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn someone_without_the_permission_is_sent_to_sign_in_before_changing_the_stakeholder_map() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let resident = kith.client();
        let (status, _) = get(&kith, &resident, NEW_ORGANISATION).await;
        assert_eq!(status, 303, "sent to sign in");
        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn support_taken_by_phone_counts_at_once_and_says_who_took_it_for_whom() {
    let s = a_forum_and_a_published_priority(kith_testkit::Backend::Sqlite).await;
    let page = priority_page(s.priority);
    let fields = [("resident", "Dorothy Hughes"), ("reach", "0121 496 0123"), ("channel", "phone")];
    let (status, _, _) = submit(&s.kith, &s.coordinator, &page, &format!("{page}/support-taken"), &fields).await;
    assert_eq!(status, 303);
    assert_eq!(supporters(&s.kith, s.priority).await, 1);
    let query = kith_store::audit::AuditQuery {
        action_prefix: Some("priority.support_taken".into()),
        limit: 5,
        ..Default::default()
    };
    let entries = s.kith.store.audit_events(&query).await.unwrap();
    assert!(
        entries[0].detail["taken"]
            .as_str()
            .is_some_and(|t| t.starts_with("Taken by phone by ") && t.ends_with(" for Dorothy Hughes"))
    );
    // The same person again, however written, counts once.
    let again = [("resident", "Dorothy Hughes"), ("reach", "01214960123"), ("channel", "paper")];
    submit(&s.kith, &s.coordinator, &page, &format!("{page}/support-taken"), &again).await;
    assert_eq!(supporters(&s.kith, s.priority).await, 1);
    s.kith.stop().await;
}

#[tokio::test]
async fn only_staff_who_keep_the_wards_forums_take_support_for_a_resident() {
    let s = a_forum_and_a_published_priority(kith_testkit::Backend::Sqlite).await;
    let page = priority_page(s.priority);
    let fields = [("resident", "Dorothy Hughes"), ("reach", "0121 496 0123"), ("channel", "phone")];
    let (status, _, _) = submit(&s.kith, &s.resident, &page, &format!("{page}/support-taken"), &fields).await;
    assert!(status == 303 || status == 403, "{status}");
    assert_eq!(supporters(&s.kith, s.priority).await, 0, "a visitor who is not signed in adds nothing");
    s.kith.stop().await;
}
