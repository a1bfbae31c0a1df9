//! Ward forums end to end on both stores: a coordinator schedules a forum (bad input first) and it reaches the
//! ward's calendar feed; residents propose priorities without an account (a spam-like one is held, an ordinary one
//! is public) and support one through the emailed link, once; the forum adopts it; actions and a sub-action get
//! owners from the virtual team; a partner's link updates their action (audited) and rolls progress up to the
//! priority and the ward's page; a revoked or expired link explains itself; the worker reminds owners of overdue
//! actions once a week; and the stakeholder map measures and exports the network.

use chrono::Duration;
use kith_core::accounts::Scope;
use kith_core::places::WardCode;
use kith_testkit::TestApp;
use kith_testkit::html::error_summary;

use crate::cases::{get, signed_in, submit};
use crate::on_every_backend;

const LADYWOOD: &str = "E05011151";

/// The first link in the newest email (the store lists them newest first) to `to` whose path starts with `prefix`, made absolute on this server.
async fn emailed_link(kith: &TestApp, to: &str, prefix: &str) -> String {
    let emails = kith.app.store.emails_to(to).await.unwrap();
    let body = &emails.first().unwrap_or_else(|| panic!("an email to {to}")).body;
    let link =
        body.split_whitespace().find(|w| w.contains(prefix)).unwrap_or_else(|| panic!("a link {prefix} in {body}"));
    kith.url(&link[link.find(prefix).unwrap()..])
}

#[tokio::test]
async fn a_ward_forum_turns_residents_priorities_into_tracked_actions() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let ward = WardCode::parse(LADYWOOD).unwrap();
        let coordinator = signed_in(&kith, "coord@example.org", "coordinator", Scope::Ward(ward.clone())).await;
        let forums = format!("/wards/{LADYWOOD}/forums");

        // Scheduling: bad input is explained and nothing is saved; then a forum a week away.
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
        assert!(kith.app.store.forums_of_ward(LADYWOOD).await.unwrap().is_empty());
        let date = (kith.app.now().date_naive() + Duration::days(7)).to_string();
        let (status, location, _) = submit(
            &kith,
            &coordinator,
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
        assert_eq!(status, 303, "scheduled");
        let forum_id = location.rsplit('/').next().unwrap().to_owned();
        let ics = reqwest::get(kith.url(&format!("{forums}.ics"))).await.unwrap().text().await.unwrap();
        assert!(
            ics.contains("SUMMARY:Ladywood ward forum") && ics.contains("LOCATION:Ladywood Community Centre"),
            "{ics}"
        );
        let city = reqwest::get(kith.url("/forums.ics")).await.unwrap().text().await.unwrap();
        assert!(city.contains(&format!("UID:forum-{forum_id}@kith")));
        // Someone from another ward may not schedule here.
        let elsewhere =
            signed_in(&kith, "other@example.org", "coordinator", Scope::Ward(WardCode::parse("E05011118").unwrap()))
                .await;
        let (status, _) = get(&kith, &elsewhere, &format!("{forums}/new")).await;
        assert_eq!(status, 403);

        // Residents propose without an account: a spam-like proposal is held, an ordinary one is public.
        let resident = kith.client();
        let propose = format!("/wards/{LADYWOOD}/priorities/propose");
        let (status, _, html) =
            submit(&kith, &resident, &propose, &propose, &[("title", "Cheap casino bonus click here"), ("opened", "")])
                .await;
        assert_eq!(status, 200);
        assert!(html.contains("A coordinator will look at it"), "held");
        let (_, page) = get(&kith, &resident, &propose).await;
        let opened = page.split("name=\"opened\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        kith.clock.advance(Duration::seconds(30));
        let (status, _, html) = submit(
            &kith,
            &resident,
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
        assert_eq!(status, 200);
        assert!(html.contains("now on the ward"), "published");
        let all = kith.app.store.priorities_of_ward(LADYWOOD).await.unwrap();
        let held = all.iter().find(|p| p.title.contains("casino")).unwrap();
        let lighting = all.iter().find(|p| p.title.contains("lighting")).unwrap().clone();
        assert_eq!(held.state.as_str(), "held");
        let (_, public) = get(&kith, &resident, &format!("/wards/{LADYWOOD}/priorities")).await;
        assert!(public.contains("Better lighting") && !public.contains("casino"), "the public sees only what passed");

        // Support: an emailed link counts once; asking again is refused politely.
        let priority_page = format!("/wards/{LADYWOOD}/priorities/{}", lighting.id);
        let support = format!("{priority_page}/support");
        let (status, _, _) = submit(&kith, &resident, &priority_page, &support, &[("email", "Ada@Example.org")]).await;
        assert_eq!(status, 200);
        let link = emailed_link(&kith, "ada@example.org", "/priorities/").await;
        // Opening the link (as a mail scanner would) counts nothing: the page asks, and a button confirms.
        let asked = reqwest::get(&link).await.unwrap().text().await.unwrap();
        assert!(asked.contains("Add my support") && asked.contains("Better lighting"), "{asked}");
        assert_eq!(kith.app.store.priority(lighting.id).await.unwrap().unwrap().supporters, 0);
        let path = &link[link.find("/priorities/").unwrap()..];
        let (status, _, counted) = submit(&kith, &resident, path, path, &[]).await;
        assert_eq!(status, 200);
        assert!(counted.contains("Your support for"), "{counted}");
        let (_, form_page) = get(&kith, &resident, &priority_page).await;
        let token = kith_testkit::html::csrf_token(&form_page);
        let again = resident.post(kith.url(path)).form(&[("csrf_token", token.as_str())]).send().await.unwrap();
        let again = again.text().await.unwrap();
        assert!(again.contains("already counted"), "a second confirmation counts nothing");
        let opened_again = reqwest::get(&link).await.unwrap().text().await.unwrap();
        assert!(opened_again.contains("already counted") && !opened_again.contains("Add my support"));
        let (_, _, html) = submit(&kith, &resident, &priority_page, &support, &[("email", "ada@example.org")]).await;
        assert!(html.contains("already supported this priority"), "a second support is refused politely");
        assert_eq!(kith.app.store.priority(lighting.id).await.unwrap().unwrap().supporters, 1);
        let last = if link.ends_with('0') { '1' } else { '0' };
        let tampered = format!("{}{last}", &link[..link.len() - 1]);
        assert_eq!(reqwest::get(&tampered).await.unwrap().status().as_u16(), 410);

        // The forum adopts it; a decline needs a reason.
        let decision = format!("{priority_page}/decision");
        let version = kith.app.store.priority(lighting.id).await.unwrap().unwrap().version.to_string();
        let (status, _, html) = submit(
            &kith,
            &coordinator,
            &priority_page,
            &decision,
            &[("decision", "decline"), ("forum", &forum_id), ("version", &version)],
        )
        .await;
        assert_eq!(status, 422);
        assert!(error_summary(&html).iter().any(|e| e.contains("Say why")));
        let (status, _, _) = submit(
            &kith,
            &coordinator,
            &priority_page,
            &decision,
            &[("decision", "adopt"), ("forum", &forum_id), ("version", &version)],
        )
        .await;
        let told = kith.app.store.emails_to("rosa@example.org").await.unwrap();
        assert_eq!(told.len(), 1, "the resident who proposed it is told, once");
        assert!(
            told[0].subject.contains("adopted")
                && told[0].body.contains("Dear Rosa Park")
                && told[0].body.contains(&format!("/wards/{LADYWOOD}/priorities/{}", lighting.id)),
            "{}",
            told[0].body
        );
        assert_eq!(status, 303);
        let (_, forum_page) = get(&kith, &resident, &format!("{forums}/{forum_id}")).await;
        assert!(forum_page.contains("Better lighting on the canal path"), "the adoption is in the forum's record");

        // The virtual team: a police contact, invited by email.
        let team = format!("/teams/ward/{LADYWOOD}");
        let (status, _, _) = submit(
            &kith,
            &coordinator,
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
        assert_eq!(status, 303);
        let member = kith.app.store.members_of("ward", LADYWOOD).await.unwrap().pop().unwrap();

        // Actions: one owned by the police contact, with a sub-action, and one by the council.
        let new_action = format!("{priority_page}/actions/new");
        let actions = format!("{priority_page}/actions");
        let due = (kith.app.now().date_naive() + Duration::days(30)).to_string();
        let (status, _, html) =
            submit(&kith, &coordinator, &new_action, &actions, &[("title", ""), ("due", "soon")]).await;
        assert_eq!(status, 422, "{}", error_summary(&html).join("; "));
        let (status, _, _) = submit(
            &kith,
            &coordinator,
            &new_action,
            &actions,
            &[
                ("title", "Survey the towpath at night"),
                ("member", &member.id.to_string()),
                ("due", &due),
                ("weight", "1"),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let survey = kith.app.store.actions_of_priority(lighting.id).await.unwrap().pop().unwrap();
        let (status, _, _) = submit(
            &kith,
            &coordinator,
            &new_action,
            &actions,
            &[
                ("title", "Report broken lights"),
                ("parent", &survey.id.to_string()),
                ("member", &member.id.to_string()),
                ("due", &due),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let council = kith_app::accounts::create_organisation(
            &kith.app,
            &kith_app::Actor::command_line(),
            "Street Lighting PFI",
            "council",
        )
        .await
        .unwrap();
        let (status, _, _) = submit(
            &kith,
            &coordinator,
            &new_action,
            &actions,
            &[
                ("title", "Replace the lamps"),
                ("organisation", &council.to_string()),
                ("owner_name", "Tom Walsh"),
                ("owner_email", "tom@council.example.org"),
                ("due", &due),
            ],
        )
        .await;
        assert_eq!(status, 303);

        // The partner's link: their organisation's actions only, updates audited, progress rolled up.
        let member_action = format!("{team}/members/{}", member.id);
        let (status, _, _) = submit(&kith, &coordinator, &team, &member_action, &[("action", "invite")]).await;
        assert_eq!(status, 303);
        let partner_link = emailed_link(&kith, "amina@police.example.org", "/partner/").await;
        let partner = kith.client();
        let page = partner.get(&partner_link).send().await.unwrap().text().await.unwrap();
        assert!(
            page.contains("Survey the towpath")
                && page.contains("Report broken lights")
                && !page.contains("Replace the lamps"),
            "only their own"
        );
        let sub = kith
            .app
            .store
            .actions_of_priority(lighting.id)
            .await
            .unwrap()
            .into_iter()
            .find(|a| a.title == "Report broken lights")
            .unwrap();
        let path = partner_link.trim_start_matches(&kith.url(""));
        let report = format!("{path}/actions/{}", sub.id);
        let (status, _, html) =
            submit(&kith, &partner, path, &report, &[("status", "dropped"), ("progress", "10"), ("version", "1")])
                .await;
        assert_eq!(status, 422, "a dropped action needs a reason");
        assert!(error_summary(&html).iter().any(|e| e.contains("Say why")));
        let (status, _, _) = submit(
            &kith,
            &partner,
            path,
            &report,
            &[
                ("status", "done"),
                ("note", "All reported to the PFI"),
                ("links", "https://example.org/photos"),
                ("version", "1"),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let audit = kith
            .app
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
        // The survey's only sub-action is done, so the survey is 100%; the lamps are at 0: the priority is at 50%.
        let work = kith_app::forums::ward_work(&kith.app, &ward).await.unwrap();
        let p = work.adopted.iter().find(|w| w.priority.id == lighting.id).unwrap();
        assert_eq!(p.progress, Some(50.0));
        let (_, ward_page) = get(&kith, &resident, &format!("/wards/{LADYWOOD}")).await;
        assert!(
            ward_page.contains("Better lighting on the canal path") && ward_page.contains("50% done"),
            "the ward's page shows progress"
        );
        let (_, timeline) = get(&kith, &resident, &priority_page).await;
        assert!(
            timeline.contains("All reported to the PFI")
                && timeline.contains("href=\"https:&#x2f;&#x2f;example.org&#x2f;photos\""),
            "the evidence is linked"
        );
        // A partner may not update another organisation's action through their link.
        let lamps = kith
            .app
            .store
            .actions_of_priority(lighting.id)
            .await
            .unwrap()
            .into_iter()
            .find(|a| a.title == "Replace the lamps")
            .unwrap();
        let (status, _, _) = submit(
            &kith,
            &partner,
            path,
            &format!("{path}/actions/{}", lamps.id),
            &[("status", "done"), ("version", "1")],
        )
        .await;
        assert_eq!(status, 403);

        // Overdue actions: their owners are reminded once, and again a week later if still overdue.
        kith.clock.advance(Duration::days(32));
        // A month on, the coordinator signs in again.
        let coordinator = kith.client();
        kith.sign_in(&coordinator, "coord@example.org", crate::cases::PASSWORD).await;
        assert_eq!(
            kith_app::forums::remind_overdue(&kith.app).await.unwrap(),
            2,
            "the police contact and the council officer"
        );
        assert_eq!(kith_app::forums::remind_overdue(&kith.app).await.unwrap(), 0, "not twice");
        let reminder = kith.app.store.emails_to("tom@council.example.org").await.unwrap();
        assert!(reminder.first().unwrap().body.contains("Replace the lamps"));
        let (status, overdue) = get(&kith, &coordinator, "/actions?overdue=yes").await;
        assert_eq!(status, 200, "{overdue}");
        assert!(
            overdue.contains("Replace the lamps")
                && overdue.contains("Survey the towpath")
                && !overdue.contains("Report broken lights")
        );
        kith.clock.advance(Duration::days(7));
        assert_eq!(kith_app::forums::remind_overdue(&kith.app).await.unwrap(), 2, "a week on, reminded again");
        let coordinator = kith.client();
        kith.sign_in(&coordinator, "coord@example.org", crate::cases::PASSWORD).await;

        // A revoked link explains itself and who to contact; so does an expired one.
        let link_row = kith.app.store.links_of_member(member.id).await.unwrap().pop().unwrap();
        let (status, _, _) = submit(
            &kith,
            &coordinator,
            &team,
            &member_action,
            &[("action", "revoke"), ("link", &link_row.id.to_string())],
        )
        .await;
        assert_eq!(status, 303);
        let refused = partner.get(&partner_link).send().await.unwrap();
        assert_eq!(refused.status().as_u16(), 403);
        let text = refused.text().await.unwrap();
        assert!(text.contains("withdrawn") && text.contains("coord@example.org"), "{text}");
        submit(&kith, &coordinator, &team, &member_action, &[("action", "invite")]).await;
        let fresh = emailed_link(&kith, "amina@police.example.org", "/partner/").await;
        assert_eq!(partner.get(&fresh).send().await.unwrap().status().as_u16(), 200);
        kith.clock.advance(Duration::days(kith_app::partners::LINK_DAYS + 1));
        let expired = partner.get(&fresh).send().await.unwrap().text().await.unwrap();
        assert!(expired.contains("This link has expired"), "{expired}");

        kith.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_stakeholder_map_finds_who_works_alone_and_who_bridges_groups() {
    on_every_backend(|backend| async move {
        let kith = TestApp::start(backend).await;
        let ward = WardCode::parse(LADYWOOD).unwrap();
        let keeper = signed_in(&kith, "coord@example.org", "coordinator", Scope::Ward(ward.clone())).await;
        let new = "/stakeholders/organisations/new";
        let (status, _, html) =
            submit(&kith, &keeper, new, "/stakeholders/organisations", &[("name", ""), ("kind", "")]).await;
        assert_eq!(status, 422);
        assert_eq!(error_summary(&html).len(), 2);
        let mut ids = Vec::new();
        for (name, kind) in [
            ("Ladywood Mosque", "faith group"),
            ("Ladywood Lunch Club", "community group"),
            ("Ladywood Youth Club", "community group"),
            ("Summer Lane Traders", "business"),
        ] {
            let (status, location, _) = submit(
                &kith,
                &keeper,
                new,
                "/stakeholders/organisations",
                &[("name", name), ("kind", kind), ("ward", LADYWOOD)],
            )
            .await;
            assert_eq!(status, 303, "{name}");
            ids.push(location.rsplit('/').next().unwrap().to_owned());
        }
        // Mosque - Lunch Club - Youth Club: the lunch club bridges the other two; the traders work alone.
        for (a, b) in [(0, 1), (1, 2)] {
            let page = format!("/stakeholders/organisations/{}", ids[a]);
            let (status, _, _) = submit(
                &kith,
                &keeper,
                &page,
                "/stakeholders/partnerships",
                &[("org_a", &ids[a]), ("org_b", &ids[b]), ("kind", "premises"), ("started", "2025-09-01")],
            )
            .await;
            assert_eq!(status, 303);
        }
        let page = format!("/stakeholders/organisations/{}", ids[0]);
        let (status, _, html) = submit(
            &kith,
            &keeper,
            &page,
            "/stakeholders/partnerships",
            &[("org_a", &ids[0]), ("org_b", &ids[0]), ("kind", "premises")],
        )
        .await;
        assert_eq!(status, 422, "a partnership takes two");
        assert!(error_summary(&html).iter().any(|e| e.contains("takes two")));

        let view = kith_app::stakeholders::network(&kith.app, Some(&ward)).await.unwrap();
        let name = |i: usize| view.nodes[i].name.clone();
        assert_eq!(view.isolated.iter().map(|&i| name(i)).collect::<Vec<_>>(), ["Summer Lane Traders"]);
        assert_eq!(view.bridges.iter().map(|&i| name(i)).collect::<Vec<_>>(), ["Ladywood Lunch Club"]);
        assert_eq!(view.components, 2);
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
        // Someone without the permission may not change the map.
        let resident = kith.client();
        let (status, _) = get(&kith, &resident, new).await;
        assert_eq!(status, 303, "sent to sign in");
        kith.stop().await;
    })
    .await;
}
