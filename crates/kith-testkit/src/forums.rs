//! A ward's forum work for tests, set up through the use cases as a coordinator would: Ladywood's virtual team with
//! a police contact, a forum the ward held, a priority adopted there and an action the police contact owns.

use kith_app::Actor;
use kith_app::accounts::Principal;
use kith_app::forums::{ActionForm, ForumForm, PriorityForm};
use kith_app::partners::MemberForm;
use kith_core::places::WardCode;
use uuid::Uuid;

use crate::directory::LADYWOOD;

pub struct ForumFixture {
    pub ward: WardCode,
    /// A forum held before the tests' clock starts.
    pub forum: Uuid,
    /// Adopted at that forum.
    pub priority: Uuid,
    /// The priority's action, owned by `member`.
    pub action: Uuid,
    /// The police's contact in Ladywood's virtual team.
    pub member: Uuid,
}

/// Sets up Ladywood's forum work as `coordinator`, who keeps Ladywood.
pub async fn fixture(app: &kith_app::App, coordinator: &Principal) -> ForumFixture {
    let actor = Actor::command_line();
    let ward = WardCode::parse(LADYWOOD).expect("a ward code");
    let member = MemberForm {
        new_organisation: "West Midlands Police (Ladywood)".into(),
        kind: "police".into(),
        name: "Sergeant Ada Khan".into(),
        email: "ada.khan@police.example.org".into(),
        role: "Neighbourhood sergeant".into(),
        ..Default::default()
    };
    let member = kith_app::partners::add_member(app, coordinator, &actor, "ward", ward.as_str(), &member)
        .await
        .expect("a member of the virtual team");
    let forum = ForumForm {
        date: "2026-02-10".into(),
        starts: "18:30".into(),
        ends: "20:00".into(),
        venue: "Ladywood Community Centre".into(),
        agenda: "1. Welcome\n2. The ward's priorities".into(),
        ..Default::default()
    };
    let forum =
        kith_app::forums::save_forum(app, coordinator, &actor, &ward, None, &forum).await.expect("a forum held");
    let priority = PriorityForm {
        title: "Safer walking routes to school".into(),
        description: "Parents asked for crossings and lighting on the way to school.".into(),
        forum: forum.to_string(),
    };
    let priority =
        kith_app::forums::add_adopted(app, coordinator, &actor, &ward, &priority).await.expect("a priority adopted");
    let action = ActionForm {
        title: "Patrol the school run for a month".into(),
        member: member.to_string(),
        due: "2026-04-30".into(),
        ..Default::default()
    };
    let action = kith_app::forums::save_action(app, coordinator, &actor, priority, None, &action)
        .await
        .expect("an action for the priority");
    ForumFixture { ward, forum, priority, action, member }
}
