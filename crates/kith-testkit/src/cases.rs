//! A small case set-up for tests: two council teams and a housing partner, with routing rules for waste (the
//! city's team, Ladywood's own team) and housing (the partner), the way an administrator would keep them.

use kith_app::Actor;
use kith_app::cases::Team;
use kith_core::cases::{Area, CaseKind, RoutingRule};
use kith_core::places::WardCode;
use kith_store::Store;
use uuid::Uuid;

use crate::directory::LADYWOOD;

/// A postcode in Ladywood, and one in Acocks Green.
pub const LADYWOOD_POSTCODE: &str = "B1 1BA";
pub const ACOCKS_GREEN: &str = "E05011118";
pub const ACOCKS_GREEN_POSTCODE: &str = "B11 2ER";

pub struct CaseFixture {
    /// Waste for the whole city.
    pub street_scene: Uuid,
    /// Waste for Ladywood only.
    pub ladywood_waste: Uuid,
    /// A housing association: a partner outside the council.
    pub housing: Uuid,
}

/// Sets up the teams and rules in the app and, for the rules no screen is needed for here, through `store`, the same
/// database's test handle.
pub async fn fixture(app: &kith_app::App, store: &dyn Store) -> CaseFixture {
    let actor = Actor::command_line();
    let team = |name: &'static str, kind: &'static str, partner: bool| async move {
        let id =
            kith_app::accounts::create_organisation_from_command_line(app, name, kind).await.expect("an organisation");
        let email = format!("{}@teams.example.org", name.to_lowercase().replace(' ', "."));
        let t = Team { organisation_id: id, name: name.into(), kind: kind.into(), email, manager_id: None, partner };
        kith_app::cases::save_team_from_command_line(app, &t).await.expect("a team");
        id
    };
    let street_scene = team("Street Scene", "council", false).await;
    let ladywood_waste = team("Ladywood Waste", "council", false).await;
    let housing = team("Pioneer Housing", "housing association", true).await;
    let ladywood = WardCode::parse(LADYWOOD).expect("a ward code");
    let rules = [
        (CaseKind::MemberEnquiry, Some("waste"), Area::City, street_scene),
        (CaseKind::MemberEnquiry, Some("waste"), Area::Ward(ladywood.clone()), ladywood_waste),
        (CaseKind::ServiceRequest, Some("fly_tipping"), Area::City, street_scene),
        (CaseKind::MemberEnquiry, Some("housing"), Area::City, housing),
    ];
    for (kind, category, area, team) in rules {
        let rule =
            RoutingRule { id: Uuid::now_v7(), kind, category: category.map(str::to_owned), area, team, owner: None };
        let audit = actor.entry(app.now(), "routing_rule.added", "routing_rule", rule.id, serde_json::json!({}));
        store.save_rule(&rule, app.now(), &audit).await.expect("a rule");
    }
    CaseFixture { street_scene, ladywood_waste, housing }
}

/// Makes `user` the manager of `team`, who is told of breaches.
pub async fn set_manager(app: &kith_app::App, team: Uuid, user: Uuid) {
    let mut t = (*kith_app::cases::teams(app).await.expect("teams"))
        .clone()
        .into_iter()
        .find(|t| t.organisation_id == team)
        .expect("the team");
    t.manager_id = Some(user);
    kith_app::cases::save_team_from_command_line(app, &t).await.expect("the team saves");
}
