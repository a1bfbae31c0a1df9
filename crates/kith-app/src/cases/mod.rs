//! Cases: raising one (placed by postcode, point or ward, routed by the rules), seeing one (every view is audited,
//! personal details only to those who need them), working one through the state machine, and the queues. The rules
//! of who sees what live here and nowhere else; the web layer only asks.

pub mod letters;
pub mod notices;
pub mod referrals;
pub mod worker;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use kith_core::accounts::{Email, Scope, Target, permission};
use kith_core::calendar::WorkingDays;
use kith_core::cases::{
    self, Capacity, CaseKind, CaseSource, CaseState, Clocks, NotAllowed, PreferredContact, RoutingRule, SlaFlag,
    Targets, Transition, WaitingOn,
};
use kith_core::directory::LanguageCode;
use kith_core::places::{LatLng, Postcode, WardCode};
use kith_store::StoreError;
use kith_store::cases::{CaseChange, NewCase, QueueQuery, Reach};
pub use kith_store::cases::{CaseEvent, CaseRecord, Category, Consent, Letter, Proxy, QueueRow, Resident, Team};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::places::{At, Place};
use crate::problems::{Problems, Reported, choice, optional, ticked};
use crate::{Actor, App, AppError, Result};

/// What someone may do with one case.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Access {
    pub read: bool,
    /// See the resident's name, contact details and address.
    pub personal: bool,
    pub work: bool,
    pub manage: bool,
    /// They raised it (or it was raised for them).
    pub raiser: bool,
    /// They work the case or manage it: they see internal notes, which are for the people doing the work.
    pub staff: bool,
    /// They see only what the resident consented to share (the organisation a referral went to).
    pub shared_only: bool,
}

/// What `principal` may do with `case`. A permission counts where its scope covers the case's ward, or the team
/// or organisation the case is with.
pub fn access(app: &App, principal: &Principal, case: &CaseRecord) -> Access {
    let me = principal.user.id;
    let raiser = case.raised_by == Some(me) || case.raised_for == Some(me);
    let covers_own = |perm: &str| {
        principal.may(app, perm, Target::Wards(std::slice::from_ref(&case.ward_code)))
            || case.team_id.is_some_and(|t| principal.may(app, perm, Target::Organisation(t)))
            || principal.may(app, perm, Target::City)
    };
    let receiving = |perm: &str| case.receiving_org.is_some_and(|o| principal.may(app, perm, Target::Organisation(o)));
    let covers = |perm: &str| covers_own(perm) || receiving(perm);
    let (work, manage) = (covers(permission::CASES_WORK), covers(permission::CASES_MANAGE));
    let personal = raiser || covers_own(permission::CASES_PERSONAL);
    Access {
        read: raiser || covers(permission::CASES_READ),
        staff: work || manage,
        personal,
        // The organisation a referral went to sees what the resident agreed to share, and no more.
        shared_only: !personal && receiving(permission::CASES_PERSONAL),
        work,
        manage,
        raiser,
    }
}

/// The cases a principal's roles reach, for queues.
pub fn reach(app: &App, principal: &Principal) -> Reach {
    let places = app.places();
    let mut reach = Reach { raised_by: Some(principal.user.id), ..Reach::default() };
    for grant in principal.grants.iter().filter(|g| g.permissions.contains(permission::CASES_READ)) {
        match &grant.scope {
            Scope::City => reach.everything = true,
            Scope::Ward(code) => reach.wards.push(code.to_string()),
            Scope::Neighbourhood(id) => {
                reach.wards.extend(places.neighbourhood(*id).map(|n| n.wards.clone()).unwrap_or_default())
            }
            Scope::Organisation(id) => {
                reach.teams.push(*id);
                reach.organisations.push(*id);
            }
            Scope::Language(_) => {}
        }
    }
    reach.wards.sort();
    reach.wards.dedup();
    reach
}

/// Categories and routing rules as a case is raised with them. Every case needs both, and they change rarely, so
/// each instance keeps them for a few seconds: a change made on this instance applies at once, one made on another
/// within `ROUTING_FRESH`.
#[derive(Default)]
pub struct RoutingCache(std::sync::RwLock<Option<(std::time::Instant, std::sync::Arc<Routing>)>>);

pub struct Routing {
    pub categories: Vec<Category>,
    pub rules: Vec<RoutingRule>,
}

pub const ROUTING_FRESH: std::time::Duration = std::time::Duration::from_secs(2);

impl RoutingCache {
    pub fn forget(&self) {
        *self.0.write().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

/// The categories and rules, from the cache while it is fresh.
pub async fn routing(app: &App) -> Result<std::sync::Arc<Routing>> {
    if let Some((at, r)) = app.routing.0.read().unwrap_or_else(|e| e.into_inner()).as_ref()
        && at.elapsed() < ROUTING_FRESH
    {
        return Ok(r.clone());
    }
    let fresh =
        std::sync::Arc::new(Routing { categories: app.store.categories().await?, rules: app.store.rules().await? });
    *app.routing.0.write().unwrap_or_else(|e| e.into_inner()) = Some((std::time::Instant::now(), fresh.clone()));
    Ok(fresh)
}

/// The form for raising a case, as the page and the JSON API send it. Every field is text, parsed here.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct CaseForm {
    pub kind: String,
    pub category: String,
    pub summary: String,
    pub description: String,
    /// Where: a postcode, a point, or a ward chosen from the list (in that order of preference).
    pub postcode: String,
    pub latitude: String,
    pub longitude: String,
    pub ward: String,
    pub place: String,
    pub resident_name: String,
    pub resident_email: String,
    pub resident_phone: String,
    pub resident_address: String,
    pub resident_postcode: String,
    pub preferred_contact: String,
    pub language: String,
    pub needs: String,
    /// `yes` when the resident needs an interpreter.
    pub interpreter: String,
    /// Someone the resident has agreed may act for them: their name, relationship, email and phone, and when and
    /// how the resident agreed.
    pub proxy_name: String,
    pub proxy_relationship: String,
    pub proxy_email: String,
    pub proxy_phone: String,
    pub proxy_agreed_on: String,
    pub proxy_agreement: String,
    /// How it came in, when staff key it: `online`, `phone` or `paper` (taken for the resident).
    pub channel: String,
    /// The councillor (an account's email) a coordinator raises an enquiry for.
    pub raised_for: String,
    /// A referral's directory service.
    pub service: String,
    /// `yes` once the resident has agreed to the referral.
    pub consent: String,
    pub consent_may_share: String,
    pub consent_method: String,
    /// A photo's address and the answers to the category's attributes, from an Open311 client (which checks them
    /// against the category first); never read from a staff form.
    #[serde(skip)]
    pub media_url: String,
    #[serde(skip)]
    pub answers: std::collections::BTreeMap<String, String>,
}

/// The resident's part of a case form, each detail checked on its own (whether a name is needed depends on the
/// kind, which `prepare` knows).
#[derive(Debug, Clone, PartialEq)]
pub struct ResidentDetails {
    pub name: String,
    pub email: Option<Email>,
    pub phone: String,
    pub address: String,
    pub postcode: Option<Postcode>,
    pub preferred_contact: PreferredContact,
    /// A language tag, with a script where the language has two (`pa-Arab`).
    pub language: String,
    pub needs: String,
    pub interpreter: bool,
    pub proxy: Option<Proxy>,
}

impl TryFrom<&CaseForm> for ResidentDetails {
    type Error = Problems;

    fn try_from(form: &CaseForm) -> std::result::Result<Self, Problems> {
        let mut problems = Problems::default();
        let email = optional(&mut problems, "resident_email", &form.resident_email, Email::parse);
        let contact = choice(
            &mut problems,
            "preferred_contact",
            &form.preferred_contact,
            PreferredContact::Email,
            "Choose how the resident likes to be contacted",
        );
        // Email is the way when none is chosen; chosen, it needs an address.
        if form.preferred_contact.trim() == PreferredContact::Email.as_str() && form.resident_email.trim().is_empty() {
            problems.push(("resident_email", "Enter the resident's email address, as they prefer email".into()));
        }
        let language =
            optional(&mut problems, "language", &form.language, kith_core::translations::language_with_script);
        let postcode = optional(&mut problems, "resident_postcode", &form.resident_postcode, Postcode::parse);
        let proxy = proxy_of(&mut problems, form);
        let details = email.and_then(|email| {
            Ok(ResidentDetails {
                name: form.resident_name.trim().to_owned(),
                email,
                phone: form.resident_phone.trim().to_owned(),
                address: form.resident_address.trim().to_owned(),
                postcode: postcode?,
                preferred_contact: contact?,
                language: language?.unwrap_or_else(|| LanguageCode::ENGLISH.as_str().to_owned()),
                needs: form.needs.trim().to_owned(),
                interpreter: form.interpreter.trim() == "yes",
                proxy: proxy?,
            })
        });
        problems.or_value(details)
    }
}

/// The proxy a form names, if it names one: a name, a way to reach them, and the resident's recorded agreement (when
/// and how). A proxy without the agreement is refused: nobody acts for a resident they did not choose.
fn proxy_of(problems: &mut Problems, form: &CaseForm) -> std::result::Result<Option<Proxy>, Reported> {
    let named = [&form.proxy_name, &form.proxy_relationship, &form.proxy_email, &form.proxy_phone]
        .iter()
        .any(|v| !v.trim().is_empty());
    if !named {
        if form.preferred_contact.trim() == PreferredContact::Proxy.as_str() {
            return Err(problems.report("proxy_name", "Enter the name of the person the resident wants us to contact"));
        }
        return Ok(None);
    }
    let mut reported = None;
    let name = form.proxy_name.trim();
    if name.is_empty() {
        reported = Some(problems.report("proxy_name", "Enter the proxy's name"));
    } else if name.chars().count() > 200 {
        reported = Some(problems.report("proxy_name", "The proxy's name must be 200 characters or fewer"));
    }
    let email = optional(problems, "proxy_email", &form.proxy_email, Email::parse);
    if form.proxy_email.trim().is_empty() && form.proxy_phone.trim().is_empty() {
        reported = Some(problems.report("proxy_email", "Enter the proxy's email address or phone number"));
    }
    let agreed_on = match form.proxy_agreed_on.trim() {
        "" => Err(problems.report(
            "proxy_agreed_on",
            "Enter the date the resident agreed to this person acting for them: a proxy needs the resident's agreement",
        )),
        text => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| problems.report("proxy_agreed_on", "Enter the date the resident agreed, like 2026-12-07")),
    };
    let agreement = form.proxy_agreement.trim();
    if agreement.is_empty() {
        reported = Some(problems.report(
            "proxy_agreement",
            "Say how the resident agreed (on the phone to you, a signed form): a proxy needs the resident's agreement",
        ));
    } else if agreement.chars().count() > 500 {
        reported = Some(problems.report("proxy_agreement", "Say how in 500 characters or fewer"));
    }
    let (email, agreed_on) = (email?, agreed_on?);
    if let Some(r) = reported {
        return Err(r);
    }
    Ok(Some(Proxy {
        name: name.to_owned(),
        relationship: form.proxy_relationship.trim().chars().take(100).collect(),
        email: email.map(|e| e.to_string()).unwrap_or_default(),
        phone: form.proxy_phone.trim().chars().take(50).collect(),
        agreed_on,
        agreement: agreement.to_owned(),
    }))
}

impl ResidentDetails {
    /// The resident's record, when the form gave a name, an email address or a phone number.
    fn resident(&self, now: DateTime<Utc>) -> Option<Resident> {
        (!self.name.is_empty() || self.email.is_some() || !self.phone.is_empty()).then(|| Resident {
            id: Uuid::now_v7(),
            name: self.name.clone(),
            email: self.email.as_ref().map(|e| e.to_string()).unwrap_or_default(),
            phone: self.phone.clone(),
            address: self.address.clone(),
            postcode: self.postcode.as_ref().map(|p| p.to_string()).unwrap_or_default(),
            preferred_contact: self.preferred_contact,
            language: self.language.clone(),
            needs: self.needs.clone(),
            interpreter: self.interpreter,
            proxy: self.proxy.clone(),
            created_at: now,
            updated_at: now,
            redacted_at: None,
        })
    }
}

/// How a resident gave their consent to a referral.
pub const CONSENT_METHODS: [&str; 2] = ["verbal", "written"];

/// A referral's record of the resident's consent: given, what may be shared, and how it was given.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferralConsent {
    pub may_share: String,
    /// One of `CONSENT_METHODS`.
    pub method: &'static str,
}

impl TryFrom<&CaseForm> for ReferralConsent {
    type Error = Problems;

    fn try_from(form: &CaseForm) -> std::result::Result<Self, Problems> {
        let mut problems = Problems::default();
        if !ticked(&form.consent) {
            let refused =
                problems.report("consent", "Record that the resident agrees to the referral before making it");
            return problems.or_value(Err(refused));
        }
        let may_share = form.consent_may_share.trim();
        if may_share.is_empty() {
            problems.push(("consent_may_share", "Enter what the resident agreed may be shared".into()));
        }
        let method = CONSENT_METHODS
            .into_iter()
            .find(|m| *m == form.consent_method.trim())
            .ok_or_else(|| problems.report("consent_method", "Choose how the resident gave consent"));
        let consent = method.map(|method| ReferralConsent { may_share: may_share.to_owned(), method });
        problems.or_value(consent)
    }
}

/// Where a case is, once placed.
struct Placed {
    ward: WardCode,
    position: Option<LatLng>,
    postcode: Option<String>,
}

fn place(app: &App, form: &CaseForm, problems: &mut Problems) -> Result<Placed, Reported> {
    let places = app.places();
    let city = places.city_name().unwrap_or("the city").to_owned();
    if !form.postcode.trim().is_empty() {
        return match Postcode::parse(&form.postcode) {
            Err(e) => Err(problems.report("postcode", e.to_string())),
            Ok(p) => match places.place(At::Postcode(&p)) {
                Place::InCity { position, ward } => {
                    Ok(Placed { ward: ward.code.clone(), position: Some(position), postcode: Some(p.to_string()) })
                }
                Place::Outside { .. } => {
                    Err(problems.report("postcode", format!("{p} is outside {city}: enter a postcode in {city}")))
                }
                Place::Unknown => {
                    Err(problems.report("postcode", format!("We do not know the postcode {p}: check it")))
                }
            },
        };
    }
    if !form.latitude.trim().is_empty() || !form.longitude.trim().is_empty() {
        let lat = form.latitude.trim().parse::<f64>();
        let lng = form.longitude.trim().parse::<f64>();
        let point = match (lat, lng) {
            (Ok(lat), Ok(lng)) => LatLng::new(lat, lng).ok(),
            _ => None,
        };
        return match point {
            None => {
                Err(problems.report("latitude", "Enter the latitude and longitude as numbers, like 52.48 and -1.90"))
            }
            Some(point) => match places.place(At::Point(point)).ward() {
                Some(ward) => Ok(Placed { ward: ward.code.clone(), position: Some(point), postcode: None }),
                None => Err(problems.report("latitude", format!("That point is outside {city}"))),
            },
        };
    }
    if !form.ward.trim().is_empty() {
        return match WardCode::parse(form.ward.trim()).ok().filter(|w| places.ward(w).is_some()) {
            Some(ward) => Ok(Placed { ward, position: None, postcode: None }),
            None => Err(problems.report("ward", "Choose a ward from the list")),
        };
    }
    Err(problems.report("postcode", "Enter the postcode of the place, or choose its ward"))
}

fn event(actor: &Actor, case_id: Uuid, at: DateTime<Utc>, action: &str, from: &str, to: &str) -> CaseEvent {
    CaseEvent {
        id: Uuid::now_v7(),
        case_id,
        at,
        actor_id: actor.user_id,
        actor: actor.label.clone(),
        action: action.into(),
        from_state: from.into(),
        to_state: to.into(),
        note: String::new(),
        shared: true,
        detail: serde_json::Value::Null,
        to_notify: true,
    }
}

/// May `principal` raise a case in `ward`? Roles held for the city or for an organisation raise anywhere; roles
/// held for wards or patches raise there.
fn may_raise_in(app: &App, principal: &Principal, ward: &WardCode) -> bool {
    principal.may(app, permission::CASES_RAISE, Target::Wards(std::slice::from_ref(ward)))
        || principal.grants.iter().any(|g| {
            g.permissions.contains(permission::CASES_RAISE) && matches!(g.scope, Scope::City | Scope::Organisation(_))
        })
}

/// Raises a case: checks the form field by field, places it, routes it and starts its clocks. Returns the new
/// case's reference.
pub async fn raise(app: &App, principal: &Principal, actor: &Actor, form: &CaseForm) -> Result<String> {
    may_raise(principal)?;
    let raised = prepare(app, Some(principal), actor, form, CaseSource::Web).await?;
    store_new(app, raised, actor).await
}

/// Whether someone may raise cases somewhere (the form and the triage page ask this before the ward is known;
/// `prepare` then asks it for the ward the case is placed in).
pub fn may_raise(principal: &Principal) -> Result<()> {
    principal.require_somewhere(permission::CASES_RAISE)
}

/// A case ready to be written: checked, placed and routed.
pub struct Prepared {
    case: CaseRecord,
    resident: Option<Resident>,
    consent: Option<Consent>,
    /// How it came in: online, or taken by staff by phone or on paper for the resident.
    channel: kith_core::channel::Channel,
}

/// Checks and places a case and routes it. `principal` is `None` for a trusted client (Open311).
pub(crate) async fn prepare(
    app: &App,
    principal: Option<&Principal>,
    actor: &Actor,
    form: &CaseForm,
    source: CaseSource,
) -> Result<Prepared> {
    let now = app.now();
    let mut problems = Problems::default();
    let kind =
        CaseKind::parse(form.kind.trim()).ok_or_else(|| problems.report("kind", "Choose what kind of case this is"));
    let routing = routing(app).await?;
    // No category is asked for until the kind is known: a kind's problem stands for both.
    let category = kind.and_then(|k| {
        routing
            .categories
            .iter()
            .find(|c| c.kind == k && c.active && c.code == form.category.trim())
            .cloned()
            .ok_or_else(|| problems.report("category", "Choose a category"))
    });
    let summary = form.summary.trim();
    if summary.is_empty() {
        problems.push(("summary", "Enter a short summary of the case".into()));
    } else if summary.chars().count() > 150 {
        problems.push(("summary", "The summary must be 150 characters or fewer".into()));
    }
    if form.description.chars().count() > 10_000 {
        problems.push(("description", "The description must be 10,000 characters or fewer".into()));
    }
    let placed = place(app, form, &mut problems);
    if let (Ok(p), Some(principal)) = (&placed, principal)
        && !may_raise_in(app, principal, &p.ward)
    {
        let ward = app.places().ward(&p.ward).map(|w| w.name.clone()).unwrap_or_default();
        problems.push(("postcode", format!("You can raise cases only in your own wards: {ward} is not one of them")));
    }
    let name = form.resident_name.trim();
    let needs_resident = matches!(kind, Ok(CaseKind::MemberEnquiry | CaseKind::Referral));
    if needs_resident && name.is_empty() {
        problems.push(("resident_name", "Enter the resident's name".into()));
    }
    let details = problems.absorb(ResidentDetails::try_from(form));
    let channel = choice(
        &mut problems,
        "channel",
        &form.channel,
        kith_core::channel::Channel::Online,
        "Choose how the case came in: online, by phone or on paper",
    );
    let mut raised_for = None;
    if !form.raised_for.trim().is_empty() {
        match app.store.user_by_email(&form.raised_for.trim().to_lowercase()).await? {
            Some(u) => raised_for = Some(u.id),
            None => problems.push(("raised_for", format!("No account has the email {}", form.raised_for.trim()))),
        }
    }
    // A referral goes to a directory service, with the resident's consent.
    let mut service = None;
    let mut consent = None;
    if kind == Ok(CaseKind::Referral) {
        let found = Uuid::parse_str(form.service.trim()).ok().and_then(|id| app.directory.read().service(id));
        match found {
            None => problems.push(("service", "Choose the service to refer the resident to".into())),
            Some((s, _)) => {
                let capacity = app.store.capacities().await?.into_iter().find(|(id, _, _)| *id == s.id);
                if let Some((_, Capacity::NotAccepting, note)) = capacity {
                    let why = if note.is_empty() { String::new() } else { format!(": {note}") };
                    problems.push(("service", format!("{} is not taking referrals at the moment{why}", s.name)));
                }
                service = Some(s);
            }
        }
        consent = Some(problems.absorb(ReferralConsent::try_from(form)));
    }
    // Each part is whole, or its problem was reported: `Reported` is the proof.
    let (Ok(kind), Ok(category), Ok(placed), Ok(details), Ok(consent), Ok(channel)) =
        (kind, category, placed, details, consent.transpose(), channel)
    else {
        return Err(problems.into_error());
    };
    problems.finish()?;

    let resident = details.resident(now);
    let calendar = app.working_days();
    let clocks = Clocks::start(now, category.targets, &calendar);
    let mut case = CaseRecord {
        id: Uuid::now_v7(),
        reference: String::new(),
        kind,
        category: category.code.clone(),
        state: CaseState::New,
        summary: summary.to_owned(),
        description: form.description.trim().to_owned(),
        ward_code: placed.ward.clone(),
        latitude: placed.position.map(|p| p.lat),
        longitude: placed.position.map(|p| p.lng),
        postcode: placed.postcode,
        place: form.place.trim().to_owned(),
        resident_id: resident.as_ref().map(|r| r.id),
        raised_by: actor.user_id,
        raised_for,
        source,
        team_id: None,
        owner_id: None,
        partner_reference: String::new(),
        service_id: service.as_ref().map(|s| s.id),
        receiving_org: service.as_ref().map(|s| s.organisation_id),
        next_update_on: None,
        due_at: clocks.next_due(CaseState::New),
        clocks,
        flag: SlaFlag::OnTime,
        escalated_at: None,
        merged_into: None,
        outcome: String::new(),
        created_at: now,
        updated_at: now,
        redacted_at: None,
        version: 1,
        media_url: form.media_url.trim().to_owned(),
        answers: form.answers.clone(),
    };
    if service.is_none() {
        let places = app.places();
        let routed = cases::route(&routing.rules, kind, &case.category, Some(&placed.ward), |n, w| {
            kith_core::accounts::NeighbourhoodWards::contains(places.as_ref(), n, w)
        });
        if let Some(rule) = routed {
            case.team_id = Some(rule.team);
            case.owner_id = rule.owner;
        }
    }
    let consent = service.as_ref().zip(consent).map(|(s, consent)| Consent {
        id: Uuid::now_v7(),
        case_id: case.id,
        resident_id: case.resident_id,
        given_to: app.directory.read().organisation(s.organisation_id).map(|o| o.name.clone()).unwrap_or_default(),
        shared: shared_with_referral(&case, resident.as_ref(), &consent.may_share),
        may_share: consent.may_share,
        method: consent.method.to_owned(),
        obtained_by: actor.user_id,
        obtained_at: now,
        withdrawn_at: None,
    });
    Ok(Prepared { case, resident, consent, channel })
}

/// What a referral passes on: the summary, and the resident's details only as far as they agreed.
fn shared_with_referral(case: &CaseRecord, resident: Option<&Resident>, may_share: &str) -> String {
    let mut shared = vec![format!("Summary: {}", case.summary)];
    if let Some(r) = resident {
        shared.push(format!("Name: {}", r.name));
        let agreed = may_share.to_lowercase();
        if agreed.contains("phone") && !r.phone.is_empty() {
            shared.push(format!("Phone: {}", r.phone));
        }
        if agreed.contains("email") && !r.email.is_empty() {
            shared.push(format!("Email: {}", r.email));
        }
        if agreed.contains("address") && !r.address.is_empty() {
            shared.push(format!("Address: {}", r.address));
        }
    }
    shared.join("\n")
}

/// Writes a prepared case with its first timeline entry and audit row; returns its reference.
pub(crate) async fn store_new(app: &App, prepared: Prepared, actor: &Actor) -> Result<String> {
    let Prepared { case, resident, consent, channel } = prepared;
    let mut created = event(actor, case.id, case.created_at, "created", "", CaseState::New.as_str());
    // Taken by phone or on paper, it says by whom and for whom, and counts like any other.
    let taken = (channel != kith_core::channel::Channel::Online).then(|| {
        let resident = resident.as_ref().map(|r| r.name.as_str()).filter(|n| !n.is_empty()).unwrap_or("the resident");
        format!("Taken {} by {} for {resident}", channel.words(), actor.label)
    });
    created.detail = json!({
        "team": case.team_id, "routed": case.team_id.is_some() || case.receiving_org.is_some(),
        "channel": channel, "taken": taken,
    });
    let audit = actor.entry(
        case.created_at,
        "case.created",
        "case",
        "",
        json!({ "kind": case.kind, "category": case.category, "ward": case.ward_code, "resident": case.resident_id,
                "channel": channel, "taken": taken }),
    );
    let reference = app
        .store
        .create_case(&NewCase {
            case: &case,
            resident: resident.as_ref(),
            consent: consent.as_ref(),
            event: &created,
            audit: &audit,
        })
        .await?;
    crate::agreements::cases_changed(app, &case.ward_code);
    Ok(reference)
}

/// A case as someone sees it: the record, its timeline (only the shared entries for someone who only raised it),
/// the resident when they may see personal details, and what they may do.
#[derive(Debug, Clone)]
pub struct CaseView {
    pub case: CaseRecord,
    pub events: Vec<CaseEvent>,
    pub resident: Option<Resident>,
    pub consents: Vec<Consent>,
    pub access: Access,
    pub team: Option<Team>,
    /// The actions the state machine allows now, by key.
    pub actions: Vec<&'static str>,
    /// The names of the accounts the case names (its owner, who raised it and for whom).
    pub names: std::collections::HashMap<Uuid, String>,
    /// The reference of the case this one was merged into.
    pub merged_into: Option<String>,
}

/// Finds a case by reference (forgivingly) or refuses; the caller's access decides the rest.
async fn find(app: &App, reference: &str) -> Result<CaseRecord> {
    let (kind, number) = cases::parse_reference(reference).ok_or(AppError::NotFound)?;
    app.store.case_by_reference(&cases::reference(kind, number)).await?.ok_or(AppError::NotFound)
}

/// Opens a case, writing an audit row for the view (with whether personal details were shown).
pub async fn view(app: &App, principal: &Principal, actor: &Actor, reference: &str) -> Result<CaseView> {
    let case = find(app, reference).await?;
    let access = access(app, principal, &case);
    if !access.read {
        // Refusals are audited too: someone looked for a case they may not see.
        app.store.record(&actor.entry(app.now(), "case.view_refused", "case", &case.reference, json!({}))).await?;
        return Err(AppError::Forbidden);
    }
    let staff = access.staff;
    let events: Vec<CaseEvent> =
        app.store.case_events(case.id).await?.into_iter().filter(|e| staff || e.shared).collect();
    let resident = match (access.personal, case.resident_id) {
        (true, Some(id)) => app.store.resident(id).await?,
        _ => None,
    };
    let consents = if access.personal || access.shared_only { app.store.consents(case.id).await? } else { vec![] };
    app.store
        .record(&actor.entry(
            app.now(),
            "case.viewed",
            "case",
            &case.reference,
            json!({
                "personal_details_shown": resident.is_some(),
                "consented_details_shown": access.shared_only && !consents.is_empty(),
                "resident": case.resident_id,
            }),
        ))
        .await?;
    let team = match case.team_id {
        Some(t) => app.store.teams().await?.into_iter().find(|x| x.organisation_id == t),
        None => None,
    };
    let actions = if access.work { allowed_actions(&case, app.now()) } else { vec![] };
    let mut names = std::collections::HashMap::new();
    for id in [case.owner_id, case.raised_by, case.raised_for].into_iter().flatten() {
        if let Some(u) = app.store.user(id).await? {
            names.insert(id, u.name);
        }
    }
    let merged_into = match case.merged_into {
        Some(id) => app.store.case_by_id(id).await?.map(|m| m.reference),
        None => None,
    };
    Ok(CaseView { case, events, resident, consents, access, team, actions, names, merged_into })
}

/// The transitions the state machine allows from the case's state, for its kind, at `now`.
pub fn allowed_actions(case: &CaseRecord, now: DateTime<Utc>) -> Vec<&'static str> {
    let probes = [
        Transition::Acknowledge { owner: Uuid::nil(), next_update: NaiveDate::MIN },
        Transition::Accept { owner: None },
        Transition::Decline { reason: String::new() },
        Transition::Start,
        Transition::Wait { on: WaitingOn::Resident, reason: String::new() },
        Transition::Resume,
        Transition::Resolve { summary: String::new() },
        Transition::RecordOutcome { outcome: String::new() },
        Transition::Close,
        Transition::Reopen { reason: String::new() },
        Transition::Transfer { team: Uuid::nil(), reason: String::new() },
        Transition::MergeInto { case: Uuid::nil() },
    ];
    let targets = Targets { acknowledge_days: 0, resolve_days: 0 };
    let calendar = WorkingDays::default();
    probes
        .iter()
        .filter(|t| cases::decide(case.kind, case.state, &case.clocks, t, now, targets, &calendar).is_ok())
        .map(Transition::key)
        .collect()
}

/// The form for changing a case's state: the action and whatever it needs.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct TransitionForm {
    pub action: String,
    /// The version of the case the person was looking at.
    pub version: i32,
    /// An owner's email (acknowledging, accepting); empty means the person acting.
    pub owner: String,
    pub next_update: String,
    pub reason: String,
    pub waiting_on: String,
    pub team: String,
    pub merge_into: String,
}

/// A date as a form gives it (2026-03-27 or 27/03/2026), in the years a record can be about: 1900 to 2199. A date
/// outside them is refused like one that does not parse, so no later walk over working days can run for centuries.
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .ok()
        .filter(|d| (1900..=2199).contains(&d.year()))
}

/// How far ahead a case's next update or an agreed new due date may be set: two years.
const FURTHEST_AHEAD_DAYS: i64 = 731;

/// Whether `date` is no more than `FURTHEST_AHEAD_DAYS` after today.
fn within_reach(app: &App, date: NaiveDate) -> bool {
    date <= WorkingDays::local_date(app.now()) + chrono::Duration::days(FURTHEST_AHEAD_DAYS)
}

fn required<'a>(text: &'a str, field: &'static str, message: &str, problems: &mut Problems) -> &'a str {
    let t = text.trim();
    if t.is_empty() {
        problems.push((field, message.to_owned()));
    }
    t
}

/// Reads a transition form into the transition it asks for, field by field.
async fn read_transition(
    app: &App,
    principal: &Principal,
    case: &CaseRecord,
    form: &TransitionForm,
) -> Result<Transition> {
    let mut problems = Problems::default();
    let transition = match form.action.as_str() {
        "acknowledge" | "accept" => {
            let owner = if form.owner.trim().is_empty() {
                Some(principal.user.id)
            } else {
                let found = app.store.user_by_email(&form.owner.trim().to_lowercase()).await?;
                if found.is_none() {
                    problems.push(("owner", format!("No account has the email {}", form.owner.trim())));
                }
                found.map(|u| u.id)
            };
            if form.action == "accept" {
                Transition::Accept { owner }
            } else {
                let next_update = parse_date(&form.next_update);
                match next_update {
                    None => problems.push(("next_update", "Enter the date of the next update, like 2026-03-27".into())),
                    Some(d) if d < WorkingDays::local_date(app.now()) => {
                        problems.push(("next_update", "The next update must be today or later".into()))
                    }
                    Some(d) if !within_reach(app, d) => {
                        problems.push(("next_update", "The next update must be within two years".into()))
                    }
                    _ => {}
                }
                Transition::Acknowledge {
                    owner: owner.unwrap_or(principal.user.id),
                    next_update: next_update.unwrap_or(NaiveDate::MIN),
                }
            }
        }
        "decline" => Transition::Decline {
            reason: required(&form.reason, "reason", "Enter why the referral is declined", &mut problems).into(),
        },
        "start" => Transition::Start,
        "wait" => {
            let on = WaitingOn::parse(&form.waiting_on);
            if on.is_none() {
                problems.push(("waiting_on", "Choose who the case is waiting on".into()));
            }
            let reason = required(&form.reason, "reason", "Enter what the case is waiting for", &mut problems);
            Transition::Wait { on: on.unwrap_or(WaitingOn::Resident), reason: reason.into() }
        }
        "resume" => Transition::Resume,
        "resolve" => Transition::Resolve {
            summary: required(&form.reason, "reason", "Enter how the case was resolved", &mut problems).into(),
        },
        "record_outcome" => Transition::RecordOutcome {
            outcome: required(&form.reason, "reason", "Enter the outcome of the referral", &mut problems).into(),
        },
        "close" => Transition::Close,
        "reopen" => Transition::Reopen {
            reason: required(&form.reason, "reason", "Enter why the case is reopened", &mut problems).into(),
        },
        "transfer" => {
            let teams = app.store.teams().await?;
            let team = Uuid::parse_str(form.team.trim()).ok().filter(|t| teams.iter().any(|x| x.organisation_id == *t));
            match team {
                None => problems.push(("team", "Choose the team to transfer the case to".into())),
                Some(t) if Some(t) == case.team_id => {
                    problems.push(("team", "The case is already with that team".into()))
                }
                _ => {}
            }
            let reason = required(&form.reason, "reason", "Enter why the case is transferred", &mut problems);
            Transition::Transfer { team: team.unwrap_or_default(), reason: reason.into() }
        }
        "merge" => {
            let other = match cases::parse_reference(&form.merge_into) {
                Some((k, n)) => app.store.case_by_reference(&cases::reference(k, n)).await?,
                None => None,
            };
            match &other {
                None => {
                    problems.push(("merge_into", "Enter the reference of the case this duplicates, like ENQ-12".into()))
                }
                Some(o) if o.id == case.id => {
                    problems.push(("merge_into", "A case cannot be merged into itself".into()))
                }
                Some(o) if !o.state.is_open() => problems.push((
                    "merge_into",
                    format!("{} is {}: merge into a case that is still open", o.reference, o.state.words()),
                )),
                _ => {}
            }
            Transition::MergeInto { case: other.map(|o| o.id).unwrap_or_default() }
        }
        _ => return Err(AppError::invalid("action", "Choose what to do with the case")),
    };
    if problems.is_empty() { Ok(transition) } else { Err(problems.into_error()) }
}

/// Changes a case's state, as the state machine allows; the clocks move with it.
pub async fn transition(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    reference: &str,
    form: &TransitionForm,
) -> Result<CaseRecord> {
    let case = find(app, reference).await?;
    let access = access(app, principal, &case);
    // A raiser may reopen what they raised within the follow-up time; everything else is the workers'.
    let raiser_reopening = access.raiser && form.action == "reopen";
    if !access.work && !raiser_reopening {
        return Err(if access.read { AppError::Forbidden } else { AppError::NotFound });
    }
    if form.version != 0 && form.version != case.version {
        return Err(AppError::Conflict(format!(
            "{} was changed by someone else while you were looking at it: check its timeline and try again",
            case.reference
        )));
    }
    let transition = read_transition(app, principal, &case, form).await?;
    apply(app, actor, case, transition).await
}

fn refused(e: NotAllowed) -> AppError {
    AppError::invalid("action", e.to_string())
}

/// Applies a checked transition and writes the case with its timeline entry.
async fn apply(app: &App, actor: &Actor, case: CaseRecord, transition: Transition) -> Result<CaseRecord> {
    let now = app.now();
    let targets = targets_of(app, &case).await?;
    let calendar = app.working_days();
    let (to, clocks) =
        cases::decide(case.kind, case.state, &case.clocks, &transition, now, targets, &calendar).map_err(refused)?;
    let mut next = case.clone();
    let mut e = event(actor, case.id, now, transition.key(), case.state.as_str(), to.as_str());
    let mut also = Vec::new();
    match &transition {
        Transition::Acknowledge { owner, next_update } => {
            next.owner_id = Some(*owner);
            next.next_update_on = Some(*next_update);
            e.detail = json!({ "owner": owner, "next_update": next_update });
        }
        Transition::Accept { owner } => {
            next.owner_id = *owner;
            e.detail = json!({ "owner": owner });
        }
        Transition::Decline { reason } => {
            next.outcome = reason.clone();
            e.note = reason.clone();
        }
        Transition::Wait { on, reason } => {
            e.note = reason.clone();
            e.detail = json!({ "waiting_on": on.as_str() });
        }
        Transition::Resolve { summary } => {
            next.outcome = summary.clone();
            e.note = summary.clone();
        }
        Transition::RecordOutcome { outcome } => {
            next.outcome = outcome.clone();
            e.note = outcome.clone();
        }
        Transition::Reopen { reason } => e.note = reason.clone(),
        Transition::Transfer { team, reason } => {
            e.detail = json!({ "from_team": case.team_id, "to_team": team });
            e.note = reason.clone();
            next.team_id = Some(*team);
            next.owner_id = None;
            next.partner_reference.clear();
        }
        Transition::MergeInto { case: into } => {
            next.merged_into = Some(*into);
            e.detail = json!({ "into": into });
            // The case it joins says so on its own timeline.
            let mut joined = event(actor, *into, now, "merged_in", "", "");
            joined.note = format!("{} ({}) was merged into this case as a duplicate", case.reference, case.summary);
            joined.shared = false;
            joined.to_notify = false;
            also.push(joined);
        }
        Transition::Start | Transition::Resume | Transition::Close => {}
    }
    next.state = to;
    next.clocks = clocks;
    set_due(&mut next);
    next.updated_at = now;
    next.version = case.version + 1;
    let audit = actor.entry(
        now,
        &format!("case.{}", transition.key()),
        "case",
        &case.reference,
        json!({ "from": case.state, "to": to }),
    );
    let mut events = vec![e];
    events.extend(also);
    app.store
        .change_case(&CaseChange { case: &next, expected_version: case.version, events: &events, audit: &audit })
        .await
        .map_err(conflict)?;
    crate::agreements::cases_changed(app, &case.ward_code);
    crate::agreements::cases_changed(app, &next.ward_code);
    Ok(next)
}

fn conflict(e: StoreError) -> AppError {
    match e {
        StoreError::Conflict(_) => AppError::Conflict(
            "The case was changed by someone else at the same moment: look at it again and retry".into(),
        ),
        e => AppError::Store(e),
    }
}

/// Keeps the due moment the queues sort by and the worker sweeps in step with the clocks; a new due moment clears
/// the worker's flag so it is judged afresh.
fn set_due(case: &mut CaseRecord) {
    let due = case.clocks.next_due(case.state);
    if due != case.due_at {
        case.due_at = due;
        case.flag = SlaFlag::OnTime;
        case.escalated_at = None;
    }
}

async fn targets_of(app: &App, case: &CaseRecord) -> Result<Targets> {
    Ok(routing(app)
        .await?
        .categories
        .iter()
        .find(|c| c.kind == case.kind && c.code == case.category)
        .map(|c| c.targets)
        .unwrap_or(Targets { acknowledge_days: 2, resolve_days: 10 }))
}

/// A note on a case: internal (staff only) or shared with the person who raised it. A reply from the raiser
/// within the follow-up time of a closed case reopens it.
pub async fn add_note(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    reference: &str,
    text: &str,
    shared: bool,
) -> Result<CaseRecord> {
    let case = find(app, reference).await?;
    let access = access(app, principal, &case);
    if !access.read {
        return Err(AppError::NotFound);
    }
    // Someone who only raised the case writes to the people working it: their notes are always shared.
    let shared = shared || !access.work;
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::invalid("note", "Enter the note"));
    }
    if text.chars().count() > 10_000 {
        return Err(AppError::invalid("note", "The note must be 10,000 characters or fewer"));
    }
    let now = app.now();
    if access.raiser
        && !access.work
        && case.state == CaseState::Closed
        && case.clocks.follow_up_until.is_some_and(|until| now < until)
    {
        let reason = format!("Reply from the person who raised it: {text}");
        return apply(app, actor, case, Transition::Reopen { reason }).await;
    }
    let mut e = event(actor, case.id, now, "note", case.state.as_str(), case.state.as_str());
    e.note = text.to_owned();
    e.shared = shared;
    e.to_notify = shared;
    let audit = actor.entry(now, "case.note", "case", &case.reference, json!({ "shared": shared }));
    app.store.add_case_events(&[e], &audit).await?;
    Ok(case)
}

/// Moves a case's resolve date, agreed with the member, with the reason recorded.
pub async fn extend(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    reference: &str,
    to: &str,
    reason: &str,
) -> Result<CaseRecord> {
    let case = find(app, reference).await?;
    if !access(app, principal, &case).work {
        return Err(AppError::Forbidden);
    }
    let Some(date) = parse_date(to) else {
        return Err(AppError::invalid("extend_to", "Enter the new due date, like 2026-03-27"));
    };
    if !within_reach(app, date) {
        return Err(AppError::invalid("extend_to", "The new due date must be within two years"));
    }
    let clocks = cases::extend(case.state, &case.clocks, date, reason).map_err(|e| match e {
        cases::ExtensionError::NoReason => AppError::invalid("extend_reason", e.to_string()),
        e => AppError::invalid("extend_to", e.to_string()),
    })?;
    let now = app.now();
    let mut next = case.clone();
    next.clocks = clocks;
    set_due(&mut next);
    next.updated_at = now;
    next.version = case.version + 1;
    let mut e = event(actor, case.id, now, "extended", case.state.as_str(), case.state.as_str());
    e.note = reason.trim().to_owned();
    e.detail = json!({ "from": case.clocks.resolve_due_at, "to": next.clocks.resolve_due_at });
    let audit = actor.entry(now, "case.extended", "case", &case.reference, e.detail.clone());
    app.store
        .change_case(&CaseChange { case: &next, expected_version: case.version, events: &[e], audit: &audit })
        .await
        .map_err(conflict)?;
    crate::agreements::cases_changed(app, &next.ward_code);
    Ok(next)
}

/// Records a partner's own reference for a case.
pub async fn set_partner_reference(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    reference: &str,
    partner_reference: &str,
) -> Result<CaseRecord> {
    let case = find(app, reference).await?;
    if !access(app, principal, &case).work {
        return Err(AppError::Forbidden);
    }
    let value = partner_reference.trim();
    if value.chars().count() > 100 {
        return Err(AppError::invalid("partner_reference", "The reference must be 100 characters or fewer"));
    }
    let now = app.now();
    let mut next = case.clone();
    next.partner_reference = value.to_owned();
    next.updated_at = now;
    next.version = case.version + 1;
    let mut e = event(actor, case.id, now, "partner_reference", case.state.as_str(), case.state.as_str());
    e.detail = json!({ "from": case.partner_reference, "to": value });
    e.shared = false;
    e.to_notify = false;
    let audit = actor.entry(now, "case.partner_reference", "case", &case.reference, e.detail.clone());
    app.store
        .change_case(&CaseChange { case: &next, expected_version: case.version, events: &[e], audit: &audit })
        .await
        .map_err(conflict)?;
    Ok(next)
}

/// A queue as someone asks for it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct QueueFilter {
    /// `open` (the default), `all`, or a state's key.
    pub state: String,
    pub kind: String,
    pub ward: String,
    pub team: String,
    /// `mine`: only cases I own; `raised`: only cases I raised; `triage`: what no rule routed.
    pub show: String,
    /// `breached` or `due_soon`.
    pub flag: String,
    pub page: u32,
    /// Only cases changed after this moment (the home's "since you last looked"; not from an address).
    #[serde(skip)]
    pub changed_since: Option<DateTime<Utc>>,
    /// Leaves out the breached (the home lists them apart; not from an address).
    #[serde(skip)]
    pub not_breached: bool,
    /// A page shorter than `QUEUE_PAGE` (the home shows a few; not from an address).
    #[serde(skip)]
    pub limit: Option<i64>,
    /// Counts only up to this many (the home says "1,000 or more"; not from an address).
    #[serde(skip)]
    pub count_up_to: Option<i64>,
}

pub const QUEUE_PAGE: i64 = 50;

/// The cases someone's roles reach, filtered, in due order.
pub async fn queue(app: &App, principal: &Principal, filter: &QueueFilter) -> Result<(Vec<QueueRow>, i64)> {
    if !principal.holds(permission::CASES_READ) && !principal.holds(permission::CASES_RAISE) {
        return Err(AppError::Forbidden);
    }
    let mut query = QueueQuery { reach: reach(app, principal), limit: QUEUE_PAGE, ..QueueQuery::default() };
    query.states = match filter.state.as_str() {
        "" | "open" => CaseState::ALL.into_iter().filter(|s| s.is_open()).collect(),
        "all" => vec![],
        other => {
            vec![CaseState::parse(other).ok_or_else(|| AppError::invalid("state", "Choose a state from the list"))?]
        }
    };
    if !filter.kind.is_empty() {
        query.kind = Some(
            CaseKind::parse(&filter.kind).ok_or_else(|| AppError::invalid("kind", "Choose a kind from the list"))?,
        );
    }
    if !filter.ward.is_empty() {
        let ward =
            WardCode::parse(&filter.ward).map_err(|_| AppError::invalid("ward", "Choose a ward from the list"))?;
        query.ward = Some(ward.to_string());
    }
    if !filter.team.is_empty() {
        query.team =
            Some(Uuid::parse_str(&filter.team).map_err(|_| AppError::invalid("team", "Choose a team from the list"))?);
    }
    match filter.show.as_str() {
        "" | "all" => {}
        "mine" => query.owner = Some(principal.user.id),
        "raised" => {
            query.reach = Reach { raised_by: Some(principal.user.id), ..Reach::default() };
        }
        "triage" => {
            principal.require_somewhere(permission::CASES_TRIAGE)?;
            query.triage = true;
        }
        _ => return Err(AppError::invalid("show", "Choose which cases to show")),
    }
    match filter.flag.as_str() {
        "" => {}
        "breached" => query.flag = Some(SlaFlag::Breached),
        "due_soon" => query.flag = Some(SlaFlag::DueSoon),
        _ => return Err(AppError::invalid("flag", "Choose breached or due soon")),
    }
    query.active_since = filter.changed_since;
    query.not_flag = filter.not_breached.then_some(SlaFlag::Breached);
    if let Some(limit) = filter.limit {
        query.limit = limit.clamp(1, QUEUE_PAGE);
    }
    query.count_up_to = filter.count_up_to.map(|most| most.max(1));
    query.offset = i64::from(filter.page.saturating_sub(1)) * QUEUE_PAGE;
    Ok(app.store.queue(&query).await?)
}

/// The categories of each kind, for forms and queues: from the routing cache, which a change here forgets.
pub async fn categories(app: &App) -> Result<Vec<Category>> {
    Ok(routing(app).await?.categories.clone())
}

/// The teams that work cases, as most staff pages and every ward's page name them: kept a minute, and forgotten
/// when one is saved here.
pub async fn teams(app: &App) -> Result<std::sync::Arc<Vec<Team>>> {
    app.teams.through(&(), async || Ok(app.store.teams().await?)).await
}

/// How long the teams are kept.
pub const TEAMS_FRESH: std::time::Duration = std::time::Duration::from_secs(60);

/// The questions the seeded service request categories ask of an Open311 client such as FixMyStreet (the
/// answers help the team bring the right vehicle or part).
fn seed_attributes(code: &str) -> Vec<kith_core::cases::Attribute> {
    use kith_core::cases::{Attribute, Datatype};
    let list = |code: &str, description: &str, required: bool, order: u32, values: &[(&str, &str)]| Attribute {
        code: code.into(),
        description: description.into(),
        datatype: Datatype::Singlevaluelist,
        required,
        order,
        values: values.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
    };
    match code {
        "fly_tipping" => vec![
            list(
                "what",
                "What has been dumped?",
                true,
                1,
                &[
                    ("household", "Household rubbish"),
                    ("builders", "Builders' rubble"),
                    ("furniture", "Furniture or mattresses"),
                    ("white_goods", "Fridges, washing machines or cookers"),
                    ("tyres", "Tyres"),
                    ("hazardous", "Something that may be dangerous (chemicals, asbestos, needles)"),
                    ("other", "Something else"),
                ],
            ),
            list(
                "size",
                "How much is there?",
                false,
                2,
                &[("bag", "A bag or two"), ("car_boot", "A car boot load"), ("van", "A van load"), ("lorry", "More")],
            ),
        ],
        "street_light" => vec![
            Attribute {
                code: "column".into(),
                description: "The number on the lamp post, if you can see one".into(),
                datatype: Datatype::String,
                required: false,
                order: 1,
                values: vec![],
            },
            list(
                "fault",
                "What is wrong with it?",
                true,
                2,
                &[
                    ("out", "It is out"),
                    ("day_burning", "It is on during the day"),
                    ("flickering", "It flickers"),
                    ("damaged", "The post or lantern is damaged"),
                ],
            ),
        ],
        "missed_bin" => vec![list(
            "bin",
            "Which bin was missed?",
            true,
            1,
            &[
                ("general", "General waste"),
                ("recycling", "Recycling"),
                ("garden", "Garden waste"),
                ("food", "Food waste"),
            ],
        )],
        _ => vec![],
    }
}

/// The case categories every city starts with, and their targets in working days.
pub fn seed_categories() -> Vec<Category> {
    let c = |kind: CaseKind, code: &str, name: &str, ack: u32, resolve: u32| Category {
        kind,
        code: code.into(),
        name: name.into(),
        targets: Targets { acknowledge_days: ack, resolve_days: resolve },
        active: true,
        attributes: seed_attributes(code),
    };
    use CaseKind::*;
    vec![
        c(MemberEnquiry, "housing", "Housing and repairs", 2, 10),
        c(MemberEnquiry, "waste", "Bins, recycling and street cleaning", 2, 10),
        c(MemberEnquiry, "highways", "Roads, pavements and parking", 2, 10),
        c(MemberEnquiry, "antisocial_behaviour", "Antisocial behaviour", 2, 10),
        c(MemberEnquiry, "social_care", "Adult and children's social care", 2, 10),
        c(MemberEnquiry, "benefits", "Council tax and benefits", 2, 10),
        c(MemberEnquiry, "other", "Something else", 2, 15),
        c(ServiceRequest, "fly_tipping", "Fly-tipping", 1, 5),
        c(ServiceRequest, "street_light", "Broken street light", 2, 10),
        c(ServiceRequest, "pothole", "Pothole or damaged pavement", 2, 15),
        c(ServiceRequest, "graffiti", "Graffiti", 2, 10),
        c(ServiceRequest, "missed_bin", "Missed bin collection", 1, 3),
        c(ServiceRequest, "dog_fouling", "Dog fouling", 2, 10),
        c(Referral, "loneliness", "Loneliness and isolation", 2, 20),
        c(Referral, "food", "Food", 1, 5),
        c(Referral, "money_and_debt", "Money and debt", 2, 15),
        c(Referral, "mental_wellbeing", "Mental wellbeing", 2, 20),
        c(Referral, "carers", "Support for carers", 2, 20),
        c(Referral, "physical_activity", "Physical activity", 2, 20),
    ]
}

/// Seeds the categories a store does not have yet (an administrator's changes to existing ones are kept), and the
/// seeded questions of a category that asks none yet (a store made before categories asked any).
pub(crate) async fn seed(app: &App) -> Result<()> {
    let existing = app.store.categories().await?;
    for c in seed_categories() {
        let category = match existing.iter().find(|e| e.kind == c.kind && e.code == c.code) {
            None => c,
            Some(e) if e.attributes.is_empty() && !c.attributes.is_empty() => {
                Category { attributes: c.attributes, ..e.clone() }
            }
            Some(_) => continue,
        };
        let audit =
            Actor::command_line().entry(app.now(), "case_category.seeded", "case_category", &category.code, json!({}));
        app.store.save_category(&category, &audit).await?;
    }
    app.routing.forget();
    Ok(())
}

/// A routing rule as the administration form sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct RuleForm {
    pub kind: String,
    /// Empty for every category of the kind.
    pub category: String,
    /// `city`, a ward code, or a neighbourhood's id.
    pub area: String,
    pub team: String,
    /// An account's email, or empty.
    pub owner: String,
}

/// Adds or changes a routing rule; an unknown owner, team or category is caught here, before it is saved.
pub async fn save_rule(
    app: &App,
    principal: &Principal,
    actor: &Actor,
    id: Option<Uuid>,
    form: &RuleForm,
) -> Result<Uuid> {
    may_administer(app, principal)?;
    let mut problems = Problems::default();
    let kind = CaseKind::parse(&form.kind);
    if kind.is_none() {
        problems.push(("kind", "Choose the kind of case".into()));
    }
    let categories = app.store.categories().await?;
    let category = form.category.trim();
    if !category.is_empty() && !categories.iter().any(|c| Some(c.kind) == kind && c.code == category) {
        problems.push(("category", "Choose a category of that kind, or any category".into()));
    }
    let places = app.places();
    let area = match form.area.trim() {
        "" | "city" => Some(cases::Area::City),
        text => WardCode::parse(text).ok().filter(|w| places.ward(w).is_some()).map(cases::Area::Ward).or_else(|| {
            Uuid::parse_str(text).ok().filter(|n| places.neighbourhood(*n).is_some()).map(cases::Area::Neighbourhood)
        }),
    };
    if area.is_none() {
        problems.push(("area", "Choose the city, a neighbourhood or a ward".into()));
    }
    let teams = app.store.teams().await?;
    let team = Uuid::parse_str(form.team.trim()).ok().filter(|t| teams.iter().any(|x| x.organisation_id == *t));
    if team.is_none() {
        problems.push(("team", "Choose the team the cases go to".into()));
    }
    let mut owner = None;
    if !form.owner.trim().is_empty() {
        match app.store.user_by_email(&form.owner.trim().to_lowercase()).await? {
            Some(u) if u.disabled_at.is_none() => owner = Some(u.id),
            Some(_) => problems.push(("owner", format!("The account {} is disabled", form.owner.trim()))),
            None => problems.push(("owner", format!("No account has the email {}", form.owner.trim()))),
        }
    }
    if !problems.is_empty() {
        return Err(problems.into_error());
    }
    let rule = RoutingRule {
        id: id.unwrap_or_else(Uuid::now_v7),
        kind: kind.unwrap_or(CaseKind::ServiceRequest),
        category: (!category.is_empty()).then(|| category.to_owned()),
        area: area.unwrap_or(cases::Area::City),
        team: team.unwrap_or_default(),
        owner,
    };
    let before = match id {
        Some(id) => app.store.rules().await?.into_iter().find(|r| r.id == id),
        None => None,
    };
    if id.is_some() && before.is_none() {
        return Err(AppError::NotFound);
    }
    let audit = actor.entry(
        app.now(),
        if before.is_some() { "routing_rule.changed" } else { "routing_rule.added" },
        "routing_rule",
        rule.id,
        json!({ "from": before, "to": rule }),
    );
    app.store.save_rule(&rule, app.now(), &audit).await.map_err(|e| match e {
        StoreError::Conflict(_) => AppError::invalid(
            "area",
            "A rule for that kind, category and area already exists: change that rule instead",
        ),
        e => AppError::Store(e),
    })?;
    app.routing.forget();
    Ok(rule.id)
}

pub async fn remove_rule(app: &App, principal: &Principal, actor: &Actor, id: Uuid) -> Result<()> {
    may_administer(app, principal)?;
    let before = app.store.rules().await?.into_iter().find(|r| r.id == id).ok_or(AppError::NotFound)?;
    let audit = actor.entry(app.now(), "routing_rule.removed", "routing_rule", id, json!({ "from": before }));
    app.store.remove_rule(id, &audit).await?;
    app.routing.forget();
    Ok(())
}

/// Who may read and change the routing rules, the notices' wording and the Open311 keys: a city-wide cases
/// administrator (routing is the whole city's, so a ward's administrator may not even read it).
pub fn may_administer(app: &App, principal: &Principal) -> Result<()> {
    principal.require(app, permission::CASES_ADMIN, Target::City)
}

/// The routing rules as their administrator sees them: each rule, the owners' emails and the last changes.
#[derive(Debug, Clone)]
pub struct RoutingRules {
    pub rules: Vec<RoutingRule>,
    /// The email of each rule's owner.
    pub owners: std::collections::HashMap<Uuid, String>,
    /// The last 20 changes, newest first.
    pub history: Vec<kith_store::AuditEntry>,
}

pub async fn routing_rules(app: &App, principal: &Principal) -> Result<RoutingRules> {
    may_administer(app, principal)?;
    let rules = app.store.rules().await?;
    let mut owners = std::collections::HashMap::new();
    for id in rules.iter().filter_map(|r| r.owner) {
        if let Some(u) = app.store.user(id).await? {
            owners.insert(id, u.email);
        }
    }
    let history = app
        .store
        .audit_events(&kith_store::audit::AuditQuery {
            action_prefix: Some("routing_rule.".into()),
            limit: 20,
            ..Default::default()
        })
        .await?;
    Ok(RoutingRules { rules, owners, history })
}

/// Makes an organisation a team that can be given cases, from the server's command line (the demo city and the
/// tests' set-up): no screen keeps teams yet.
pub async fn save_team_from_command_line(app: &App, team: &Team) -> Result<()> {
    let actor = Actor::command_line();
    let audit = actor.entry(
        app.now(),
        "case_team.saved",
        "organisation",
        team.organisation_id,
        json!({ "email": team.email, "manager": team.manager_id, "partner": team.partner }),
    );
    app.store.save_team(team, app.now(), &audit).await?;
    app.teams.forget_all();
    Ok(())
}

/// Everything Kith holds about a resident, for a subject access request: their record, their cases with every
/// timeline entry (internal ones too), the consents they gave, and the audit trail of who did what with them.
#[derive(Debug, Clone, Serialize)]
pub struct SubjectAccess {
    pub resident: Resident,
    pub cases: Vec<SubjectCase>,
    pub audit: Vec<SubjectAudit>,
    pub produced_at: DateTime<Utc>,
    pub produced_by: String,
}

/// One case as a subject access request gives it: the case, every timeline entry (internal ones too) and the
/// consents given in it.
#[derive(Debug, Clone, Serialize)]
pub struct SubjectCase {
    pub reference: String,
    pub kind: CaseKind,
    pub category: String,
    pub state: CaseState,
    pub summary: String,
    pub description: String,
    pub place: String,
    pub postcode: Option<String>,
    pub ward: WardCode,
    pub created_at: DateTime<Utc>,
    pub outcome: String,
    pub timeline: Vec<CaseEvent>,
    pub consents: Vec<Consent>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubjectAudit {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub subject: String,
}

/// Who may answer subject access requests: whoever holds that permission for the whole city.
pub fn may_answer_subject_access(app: &App, principal: &Principal) -> Result<()> {
    principal.require(app, permission::CASES_SUBJECT_ACCESS, Target::City)
}

/// Residents matching a search, for the person answering a subject access request.
pub async fn find_residents(app: &App, principal: &Principal, text: &str) -> Result<Vec<Resident>> {
    may_answer_subject_access(app, principal)?;
    let letters = text.trim().chars().count();
    if letters < 3 {
        return Err(AppError::invalid("q", "Enter at least 3 letters or digits of a name, email, phone or postcode"));
    }
    if letters > 200 {
        return Err(AppError::invalid("q", "Enter at most 200 letters or digits"));
    }
    Ok(app.store.find_residents(text, 50).await?)
}

/// Gathers everything about one resident; the request itself is audited.
pub async fn subject_access(app: &App, principal: &Principal, actor: &Actor, resident: Uuid) -> Result<SubjectAccess> {
    may_answer_subject_access(app, principal)?;
    let r = app.store.resident(resident).await?.ok_or(AppError::NotFound)?;
    let mut cases = Vec::new();
    let mut audit = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut push_audit = |rows: Vec<kith_store::AuditEntry>, audit: &mut Vec<SubjectAudit>| {
        for e in rows {
            if seen.insert(e.id) {
                audit.push(SubjectAudit { at: e.at, actor: e.actor, action: e.action, subject: e.subject_id });
            }
        }
    };
    for c in app.store.cases_of_resident(r.id).await? {
        let timeline = app.store.case_events(c.id).await?;
        let consents = app.store.consents(c.id).await?;
        let rows = app
            .store
            .audit_events(&kith_store::audit::AuditQuery {
                subject_id: Some(c.reference.clone()),
                limit: 10_000,
                ..Default::default()
            })
            .await?;
        push_audit(rows, &mut audit);
        cases.push(SubjectCase {
            reference: c.reference,
            kind: c.kind,
            category: c.category,
            state: c.state,
            summary: c.summary,
            description: c.description,
            place: c.place,
            postcode: c.postcode,
            ward: c.ward_code,
            created_at: c.created_at,
            outcome: c.outcome,
            timeline,
            consents,
        });
    }
    let about = app
        .store
        .audit_events(&kith_store::audit::AuditQuery {
            subject_id: Some(r.id.to_string()),
            limit: 10_000,
            ..Default::default()
        })
        .await?;
    push_audit(about, &mut audit);
    audit.sort_by_key(|a| a.at);
    let now = app.now();
    app.store
        .record(&actor.entry(now, "resident.subject_access", "resident", r.id, json!({ "cases": cases.len() })))
        .await?;
    Ok(SubjectAccess { resident: r, cases, audit, produced_at: now, produced_by: actor.label.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_read_in_either_form_within_the_years_a_record_can_be_about() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_date(" 2026-03-27 "), day(2026, 3, 27));
        assert_eq!(parse_date("27/03/2026"), day(2026, 3, 27));
        assert_eq!(parse_date("1900-01-01"), day(1900, 1, 1));
        assert_eq!(parse_date("2199-12-31"), day(2199, 12, 31));
        for refused in ["1899-12-31", "2200-01-01", "+262142-12-31", "9999-12-31", "-0001-01-01", "2026-02-30", ""] {
            assert_eq!(parse_date(refused), None, "{refused}");
        }
    }

    fn fields(read: std::result::Result<impl std::fmt::Debug, Problems>) -> Vec<&'static str> {
        match read {
            Ok(value) => panic!("expected problems, read {value:?}"),
            Err(problems) => match problems.into_error() {
                AppError::Invalid(p) => p.into_iter().map(|(field, _)| field).collect(),
                other => panic!("{other:?}"),
            },
        }
    }

    #[test]
    fn a_residents_details_are_read_with_every_problem_at_once_in_the_forms_order() {
        let form = CaseForm {
            resident_email: "not an address".into(),
            preferred_contact: "pigeon".into(),
            language: "klingon".into(),
            resident_postcode: "B99".into(),
            ..Default::default()
        };
        let read = ResidentDetails::try_from(&form);
        assert_eq!(fields(read), ["resident_email", "preferred_contact", "language", "resident_postcode"]);
    }

    #[test]
    fn a_resident_who_chose_email_needs_an_address_and_one_who_chose_nothing_defaults_to_email() {
        let chose = CaseForm { preferred_contact: "email".into(), ..Default::default() };
        assert_eq!(fields(ResidentDetails::try_from(&chose)), ["resident_email"]);
        let silent = CaseForm { resident_name: " Ada ".into(), language: "UR".into(), ..Default::default() };
        let read = ResidentDetails::try_from(&silent).expect("nothing to fix");
        assert_eq!(read.preferred_contact, PreferredContact::Email);
        assert_eq!(read.language.as_str(), "ur");
        assert_eq!(read.name, "Ada");
    }

    #[test]
    fn a_resident_record_is_made_only_from_a_name_an_email_or_a_phone_number() {
        let now = Utc::now();
        let nobody = ResidentDetails::try_from(&CaseForm { needs: "wheelchair".into(), ..Default::default() });
        assert_eq!(nobody.expect("valid").resident(now), None);
        let phone = CaseForm {
            resident_phone: "0121 496 0000".into(),
            resident_postcode: "b11bb".into(),
            ..Default::default()
        };
        let resident = ResidentDetails::try_from(&phone).expect("valid").resident(now).expect("a resident");
        assert_eq!(
            (resident.postcode.as_str(), resident.language.as_str(), resident.email.as_str()),
            ("B1 1BB", "en", "")
        );
    }

    #[test]
    fn a_referral_without_the_residents_consent_asks_for_that_alone() {
        let form = CaseForm { consent: "".into(), consent_method: "telepathy".into(), ..Default::default() };
        assert_eq!(fields(ReferralConsent::try_from(&form)), ["consent"]);
    }

    #[test]
    fn consent_given_needs_what_may_be_shared_and_how_it_was_given() {
        let form = CaseForm { consent: "yes".into(), consent_method: "telepathy".into(), ..Default::default() };
        assert_eq!(fields(ReferralConsent::try_from(&form)), ["consent_may_share", "consent_method"]);
        let whole = CaseForm {
            consent: "yes".into(),
            consent_may_share: " phone ".into(),
            consent_method: "written".into(),
            ..Default::default()
        };
        assert_eq!(
            ReferralConsent::try_from(&whole),
            Ok(ReferralConsent { may_share: "phone".into(), method: "written" })
        );
    }
}
