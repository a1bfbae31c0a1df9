//! Accounts and what people may do. Roles and their permissions are data kept in the store, so later
//! capabilities add roles without code changes; this module holds the rules for reading them.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::places::WardCode;

/// An email address, trimmed and lower-cased so that one person has one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("Enter an email address")]
    Empty,
    #[error("Enter an email address in the correct format, like name@example.com")]
    Malformed,
}

impl Email {
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let email = input.trim().to_lowercase();
        if email.is_empty() {
            return Err(EmailError::Empty);
        }
        let Some((local, domain)) = email.split_once('@') else {
            return Err(EmailError::Malformed);
        };
        let plausible = !local.is_empty()
            && local.len() <= 64
            && email.len() <= 254
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !email.chars().any(|c| c.is_whitespace() || c.is_control());
        if plausible { Ok(Self(email)) } else { Err(EmailError::Malformed) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password, checked against the NCSC's advice: long rather than complicated.
#[derive(Clone)]
pub struct NewPassword(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("Password must be 12 characters or more")]
    TooShort,
    #[error("Password must be 128 characters or fewer")]
    TooLong,
}

impl NewPassword {
    pub fn parse(input: &str) -> Result<Self, PasswordError> {
        match input.chars().count() {
            n if n < 12 => Err(PasswordError::TooShort),
            n if n > 128 => Err(PasswordError::TooLong),
            _ => Ok(Self(input.to_owned())),
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// Permissions named by the capabilities. A role's permissions are rows in the store; these constants are the
/// names the code checks for.
pub mod permission {
    /// Manage accounts and role assignments.
    pub const MANAGE_USERS: &str = "accounts.manage";
    /// Read the audit trail.
    pub const READ_AUDIT: &str = "audit.read";
    /// Keep the records of councillors and coordinators for the wards in scope.
    pub const MANAGE_REPRESENTATIVES: &str = "people.representatives.manage";
    /// See the staff pages at all.
    pub const STAFF: &str = "staff.access";
    /// Propose changes to an organisation's own directory records (they wait for review).
    pub const DIRECTORY_PROPOSE: &str = "directory.propose";
    /// Review proposed directory changes for the wards in scope, and see what is going stale there.
    pub const DIRECTORY_REVIEW: &str = "directory.review";
    /// Change directory records in scope directly, without review.
    pub const DIRECTORY_EDIT: &str = "directory.edit";
    /// Raise a case (an enquiry, a service request, a referral).
    pub const CASES_RAISE: &str = "cases.raise";
    /// See the cases in scope: a ward's, a patch's, a team's or those referred to an organisation.
    pub const CASES_READ: &str = "cases.read";
    /// See the personal details of the residents in the cases in scope.
    pub const CASES_PERSONAL: &str = "cases.personal";
    /// Work the cases in scope: acknowledge, update, resolve, accept or decline referrals.
    pub const CASES_WORK: &str = "cases.work";
    /// Reassign the cases of a team and agree extensions; breaches are escalated to whoever holds this.
    pub const CASES_MANAGE: &str = "cases.manage";
    /// Work the triage queue: cases no routing rule matched, and referrals to the directory.
    pub const CASES_TRIAGE: &str = "cases.triage";
    /// Keep routing rules, teams, categories, targets, notification templates, service standards and retention.
    pub const CASES_ADMIN: &str = "cases.admin";
    /// Answer subject access requests: everything held about a person.
    pub const CASES_SUBJECT_ACCESS: &str = "cases.subject_access";
    /// Schedules a ward's forums, moderates and adopts its priorities, keeps its actions and its virtual team.
    pub const FORUMS_MANAGE: &str = "forums.manage";
    /// Keeps the stakeholder map: organisations' profiles and the partnerships between them.
    pub const STAKEHOLDERS_MANAGE: &str = "stakeholders.manage";
    /// Runs grant funds in scope: funds and rounds, applications taken by phone or on paper, fast-track
    /// decisions, panels, payments and monitoring.
    pub const GRANTS_MANAGE: &str = "grants.manage";
    /// Assesses the grant applications of the rounds one is invited to, after declaring any interest.
    pub const GRANTS_ASSESS: &str = "grants.assess";
    /// Coordinates volunteering in scope: registers volunteers and records their checks, records requests for help
    /// taken by phone or on paper, matches and assigns them, runs a surge.
    pub const VOLUNTEERING_COORDINATE: &str = "volunteering.coordinate";
    /// Posts an organisation's opportunities for volunteers.
    pub const VOLUNTEERING_POST: &str = "volunteering.post";
    /// Keeps the register of community buildings in scope, works their Community Asset Transfers and records the
    /// nominations of Assets of Community Value and each statutory step.
    pub const ASSETS_MANAGE: &str = "assets.manage";
    /// Edit, review and approve Kith's words in a language (a translator holds it for their language).
    pub const TRANSLATE: &str = "translations.translate";

    /// Permissions through which someone sees people's personal data: every staff page (residents' cases, contact
    /// records, proposers' emails), the cases an organisation is referred, accounts and the audit trail. An account
    /// holding any of them signs in with a second factor where the city requires one.
    pub const REACH_PERSONAL_DATA: &[&str] =
        &[STAFF, CASES_READ, CASES_PERSONAL, CASES_SUBJECT_ACCESS, MANAGE_USERS, READ_AUDIT];
}

/// Whether any of these grants reaches personal data (`permission::REACH_PERSONAL_DATA`).
pub fn reaches_personal_data(grants: &[Grant]) -> bool {
    permission::REACH_PERSONAL_DATA.iter().any(|p| holds_anywhere(grants, p))
}

/// A role as the store keeps it: its key, name, description and permissions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub key: String,
    pub name: String,
    pub description: String,
    pub permissions: BTreeSet<String>,
}

/// The roles every city starts with. Later capabilities add more as data.
pub fn seed_roles() -> Vec<Role> {
    use permission::*;
    let role = |key: &str, name: &str, description: &str, permissions: &[&str]| Role {
        key: key.into(),
        name: name.into(),
        description: description.into(),
        permissions: permissions.iter().map(|p| (*p).to_owned()).collect(),
    };
    vec![
        role(
            "administrator",
            "Administrator",
            "Manages accounts, roles, places and the records of councillors and coordinators.",
            &[
                STAFF,
                MANAGE_USERS,
                READ_AUDIT,
                MANAGE_REPRESENTATIVES,
                DIRECTORY_REVIEW,
                DIRECTORY_EDIT,
                CASES_RAISE,
                CASES_READ,
                CASES_PERSONAL,
                CASES_WORK,
                CASES_MANAGE,
                CASES_TRIAGE,
                CASES_ADMIN,
                CASES_SUBJECT_ACCESS,
                FORUMS_MANAGE,
                STAKEHOLDERS_MANAGE,
                GRANTS_MANAGE,
                VOLUNTEERING_COORDINATE,
                ASSETS_MANAGE,
                TRANSLATE,
            ],
        ),
        role(
            "coordinator",
            "Neighbourhood coordinator",
            "The single known point of contact for a patch of wards: keeps its contact records, raises casework, runs its ward forums and their actions.",
            &[
                STAFF,
                MANAGE_REPRESENTATIVES,
                CASES_RAISE,
                CASES_READ,
                FORUMS_MANAGE,
                STAKEHOLDERS_MANAGE,
                VOLUNTEERING_COORDINATE,
            ],
        ),
        role(
            "councillor",
            "Councillor",
            "An elected member for a ward; raises casework and sees the cases in their wards.",
            &[STAFF, CASES_RAISE, CASES_READ],
        ),
        role(
            "service_officer",
            "Service officer",
            "Works a team's queue of cases.",
            &[STAFF, CASES_RAISE, CASES_READ, CASES_PERSONAL, CASES_WORK],
        ),
        role(
            "team_manager",
            "Team manager",
            "Manages a team's queue: reassigns cases, agrees extensions and is told of breaches.",
            &[STAFF, CASES_RAISE, CASES_READ, CASES_PERSONAL, CASES_WORK, CASES_MANAGE],
        ),
        role(
            "triage_worker",
            "Triage worker",
            "The single point of access: triages residents, refers them to local support and routes what no rule does.",
            &[STAFF, CASES_RAISE, CASES_READ, CASES_PERSONAL, CASES_WORK, CASES_TRIAGE],
        ),
        role(
            "social_worker",
            "Social worker",
            "Refers the people they work with to community support and follows the referrals they made.",
            &[STAFF, CASES_RAISE],
        ),
        role(
            "link_worker",
            "Link worker",
            "A social prescribing link worker: refers people to community support and follows their referrals.",
            &[STAFF, CASES_RAISE],
        ),
        role(
            "network_lead",
            "Network lead",
            "Leads a neighbourhood network scheme and reviews its directory.",
            &[STAFF, DIRECTORY_REVIEW, DIRECTORY_EDIT, STAKEHOLDERS_MANAGE, GRANTS_MANAGE, VOLUNTEERING_COORDINATE],
        ),
        role(
            "community_member",
            "Community organisation member",
            "Keeps an organisation's own records and answers the referrals made to it.",
            &[DIRECTORY_PROPOSE, CASES_READ, CASES_PERSONAL, CASES_WORK, VOLUNTEERING_POST],
        ),
        role(
            "grants_officer",
            "Grants officer",
            "Runs grant funds: rounds, applications taken by phone or on paper, fast-track decisions, panels and payments.",
            &[STAFF, GRANTS_MANAGE],
        ),
        role(
            "assets_officer",
            "Community assets officer",
            "Keeps the register of community buildings, works Community Asset Transfers and Assets of Community Value.",
            &[STAFF, ASSETS_MANAGE],
        ),
        role(
            "translator",
            "Community translator",
            "Reviews and approves Kith's words in one language, with the English beside them and the language's glossary.",
            &[TRANSLATE],
        ),
        role("panel_member", "Panel member", "Assesses grant applications on a citizen panel.", &[GRANTS_ASSESS]),
        role("volunteer", "Volunteer", "Takes part in volunteering and mutual aid.", &[]),
    ]
}

/// What a role assignment reaches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Scope {
    City,
    Ward(WardCode),
    Neighbourhood(Uuid),
    Organisation(Uuid),
    /// A language, by its tag (`ur`, `pa-Arab`): a translator's.
    Language(String),
}

impl Scope {
    pub fn kind(&self) -> &'static str {
        match self {
            Scope::City => "city",
            Scope::Ward(_) => "ward",
            Scope::Neighbourhood(_) => "neighbourhood",
            Scope::Organisation(_) => "organisation",
            Scope::Language(_) => "language",
        }
    }

    /// The scope's reference as stored: empty for the city.
    pub fn reference(&self) -> String {
        match self {
            Scope::City => String::new(),
            Scope::Ward(code) => code.to_string(),
            Scope::Neighbourhood(id) | Scope::Organisation(id) => id.to_string(),
            Scope::Language(tag) => tag.clone(),
        }
    }

    pub fn from_parts(kind: &str, reference: &str) -> Option<Self> {
        match kind {
            "city" => Some(Scope::City),
            "ward" => WardCode::parse(reference).ok().map(Scope::Ward),
            "neighbourhood" => Uuid::parse_str(reference).ok().map(Scope::Neighbourhood),
            "organisation" => Uuid::parse_str(reference).ok().map(Scope::Organisation),
            "language" => {
                crate::translations::is_language_tag(reference).then(|| Scope::Language(reference.to_owned()))
            }
            _ => None,
        }
    }
}

/// What a permission is asked for.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    /// Something of the whole city, such as the list of accounts.
    City,
    /// Something placed in these wards: every one must be in scope.
    Wards(&'a [WardCode]),
    Organisation(Uuid),
    /// Something in one language, such as its translations.
    Language(&'a str),
}

/// One role held in one scope, with the role's permissions resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub role: String,
    pub scope: Scope,
    pub permissions: BTreeSet<String>,
}

/// Tells which wards a neighbourhood holds; the places capability answers it.
pub trait NeighbourhoodWards {
    fn contains(&self, neighbourhood: Uuid, ward: &WardCode) -> bool;
}

impl Grant {
    /// Whether this grant allows `permission` on `target`.
    pub fn allows(&self, permission: &str, target: Target<'_>, places: &dyn NeighbourhoodWards) -> bool {
        if !self.permissions.contains(permission) {
            return false;
        }
        match (&self.scope, target) {
            (Scope::City, _) => true,
            (Scope::Ward(code), Target::Wards(wards)) => !wards.is_empty() && wards.iter().all(|w| w == code),
            (Scope::Neighbourhood(id), Target::Wards(wards)) => {
                !wards.is_empty() && wards.iter().all(|w| places.contains(*id, w))
            }
            (Scope::Organisation(id), Target::Organisation(org)) => *id == org,
            (Scope::Language(tag), Target::Language(language)) => tag == language,
            _ => false,
        }
    }
}

/// Whether any of `grants` allows `permission` on `target`. A target in several wards needs them all covered,
/// by one grant or by several together.
pub fn allowed(grants: &[Grant], permission: &str, target: Target<'_>, places: &dyn NeighbourhoodWards) -> bool {
    match target {
        Target::Wards(wards) if wards.len() > 1 => wards
            .iter()
            .all(|ward| grants.iter().any(|g| g.allows(permission, Target::Wards(std::slice::from_ref(ward)), places))),
        _ => grants.iter().any(|g| g.allows(permission, target, places)),
    }
}

/// Whether a grant gives `permission` anywhere at all (to decide whether to show a link to a page).
pub fn holds_anywhere(grants: &[Grant], permission: &str) -> bool {
    grants.iter().any(|g| g.permissions.contains(permission))
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Patch(Uuid, Vec<WardCode>);
    impl NeighbourhoodWards for Patch {
        fn contains(&self, id: Uuid, ward: &WardCode) -> bool {
            id == self.0 && self.1.contains(ward)
        }
    }

    fn ward(code: &str) -> WardCode {
        WardCode::parse(code).unwrap()
    }

    fn grant(role: &str, scope: Scope) -> Grant {
        let permissions = seed_roles().into_iter().find(|r| r.key == role).unwrap().permissions;
        Grant { role: role.into(), scope, permissions }
    }

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        assert_eq!(Email::parse("  Ada@Example.ORG ").unwrap().as_str(), "ada@example.org");
        assert_eq!(Email::parse(""), Err(EmailError::Empty));
        for bad in ["ada", "ada@", "@example.org", "ada@example", "ada @example.org", "a@b@c.org", "ada@.org"] {
            assert_eq!(Email::parse(bad), Err(EmailError::Malformed), "{bad}");
        }
    }

    #[test]
    fn passwords_are_long_rather_than_complicated() {
        assert_eq!(NewPassword::parse("short").unwrap_err(), PasswordError::TooShort);
        assert!(NewPassword::parse("correct horse battery").is_ok());
        assert_eq!(format!("{:?}", NewPassword::parse("correct horse battery").unwrap()), "NewPassword(…)");
    }

    #[test]
    fn a_coordinator_may_keep_records_only_in_their_patch() {
        let patch = Patch(Uuid::new_v4(), vec![ward("E05011151"), ward("E05011152")]);
        let grants = vec![grant("coordinator", Scope::Neighbourhood(patch.0))];
        let p = permission::MANAGE_REPRESENTATIVES;
        assert!(allowed(&grants, p, Target::Wards(&[ward("E05011151")]), &patch));
        assert!(allowed(&grants, p, Target::Wards(&[ward("E05011151"), ward("E05011152")]), &patch));
        assert!(!allowed(&grants, p, Target::Wards(&[ward("E05011151"), ward("E05011118")]), &patch));
        assert!(!allowed(&grants, p, Target::City, &patch));
        assert!(!allowed(&grants, permission::MANAGE_USERS, Target::City, &patch));
    }

    #[test]
    fn wards_held_by_separate_ward_grants_are_covered_together() {
        let nowhere = Patch(Uuid::nil(), vec![]);
        let grants = vec![
            grant("coordinator", Scope::Ward(ward("E05011151"))),
            grant("coordinator", Scope::Ward(ward("E05011152"))),
        ];
        let both = [ward("E05011151"), ward("E05011152")];
        assert!(allowed(&grants, permission::MANAGE_REPRESENTATIVES, Target::Wards(&both), &nowhere));
        assert!(!allowed(&grants, permission::MANAGE_REPRESENTATIVES, Target::Wards(&[]), &nowhere));
    }

    #[test]
    fn an_administrator_for_the_city_may_do_what_the_role_allows_anywhere() {
        let nowhere = Patch(Uuid::nil(), vec![]);
        let grants = vec![grant("administrator", Scope::City)];
        assert!(allowed(&grants, permission::MANAGE_USERS, Target::City, &nowhere));
        assert!(allowed(&grants, permission::MANAGE_REPRESENTATIVES, Target::Wards(&[ward("E05011118")]), &nowhere));
        assert!(!allowed(&grants, "grants.decide", Target::City, &nowhere));
    }

    #[test]
    fn scopes_round_trip_through_their_stored_parts() {
        let id = Uuid::new_v4();
        for scope in [
            Scope::City,
            Scope::Ward(ward("E05011151")),
            Scope::Neighbourhood(id),
            Scope::Organisation(id),
            Scope::Language("pa-Arab".into()),
        ] {
            assert_eq!(Scope::from_parts(scope.kind(), &scope.reference()), Some(scope.clone()));
        }
        assert_eq!(Scope::from_parts("ward", "nonsense"), None);
        assert_eq!(Scope::from_parts("language", "<script>"), None);
    }
}
