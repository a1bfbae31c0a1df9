//! Cases: member enquiries, service requests and referrals, one workflow with three kinds. This module owns the
//! state machine (which change is allowed from which state, for which kind), the case clocks (what each change
//! does to the acknowledge and resolve due dates) and routing (which team a case goes to). It never does I/O.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::calendar::{WorkingDays, end_of};
use crate::places::WardCode;

/// Where a running case stands against its working-day clock, as the worker's sweep flags it. Written as stored
/// (`""`, `due_soon`, `breached`), so a page's `{% if case.flag %}` means "flagged".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SlaFlag {
    /// Not yet near its due moment (stored as an empty flag).
    #[default]
    OnTime,
    DueSoon,
    Breached,
}

impl SlaFlag {
    pub fn as_str(self) -> &'static str {
        match self {
            SlaFlag::OnTime => "",
            SlaFlag::DueSoon => "due_soon",
            SlaFlag::Breached => "breached",
        }
    }
}

impl Serialize for SlaFlag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl TryFrom<&str> for SlaFlag {
    type Error = String;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        [SlaFlag::OnTime, SlaFlag::DueSoon, SlaFlag::Breached]
            .into_iter()
            .find(|f| f.as_str() == text)
            .ok_or_else(|| format!("not a case's flag: {text:?}"))
    }
}

/// How a case came in: through Kith's own form, or from an Open311 client (FixMyStreet and others).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseSource {
    Web,
    Open311,
}

impl CaseSource {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseSource::Web => "web",
            CaseSource::Open311 => "open311",
        }
    }
}

impl TryFrom<&str> for CaseSource {
    type Error = String;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        [CaseSource::Web, CaseSource::Open311]
            .into_iter()
            .find(|s| s.as_str() == text)
            .ok_or_else(|| format!("not a case's source: {text:?}"))
    }
}

/// How a resident likes to be contacted about their case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PreferredContact {
    #[default]
    Email,
    Phone,
    Post,
    /// Through a named proxy (a relative, a carer, a support worker) the resident has agreed may act for them.
    Proxy,
    /// Not to be contacted.
    None,
}

impl PreferredContact {
    pub const ALL: [PreferredContact; 5] = [
        PreferredContact::Email,
        PreferredContact::Phone,
        PreferredContact::Post,
        PreferredContact::Proxy,
        PreferredContact::None,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PreferredContact::Email => "email",
            PreferredContact::Phone => "phone",
            PreferredContact::Post => "post",
            PreferredContact::Proxy => "proxy",
            PreferredContact::None => "none",
        }
    }
}

/// How a notice about a case reaches a resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeRoute {
    /// An email to the resident.
    Email,
    /// An email to the proxy they named: never to the resident directly.
    Proxy,
    /// A printed letter, queued for staff to post.
    Letter,
    /// Not told by Kith: by phone, by staff, or not at all.
    NotSent,
}

/// Where a resident's notices go. A named proxy takes them all, whatever else the resident chose: a resident who
/// acts through someone is never written to behind that person's back. Post means a letter; email needs an address.
pub fn notice_route(contact: PreferredContact, has_proxy: bool, has_email: bool, has_address: bool) -> NoticeRoute {
    if has_proxy {
        return NoticeRoute::Proxy;
    }
    match contact {
        PreferredContact::Email if has_email => NoticeRoute::Email,
        PreferredContact::Post if has_address => NoticeRoute::Letter,
        _ => NoticeRoute::NotSent,
    }
}

impl Serialize for PreferredContact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl TryFrom<&str> for PreferredContact {
    type Error = String;

    fn try_from(text: &str) -> Result<Self, Self::Error> {
        PreferredContact::ALL
            .into_iter()
            .find(|c| c.as_str() == text)
            .ok_or_else(|| format!("not a way to contact a resident: {text:?}"))
    }
}

/// The three kinds of case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseKind {
    /// Casework a councillor (or a coordinator for them) raises for a resident.
    MemberEnquiry,
    /// Something wrong at a place, reported by a resident or a coordinator.
    ServiceRequest,
    /// A resident referred to a service in the directory.
    Referral,
}

impl CaseKind {
    pub const ALL: [CaseKind; 3] = [CaseKind::MemberEnquiry, CaseKind::ServiceRequest, CaseKind::Referral];

    pub fn as_str(self) -> &'static str {
        match self {
            CaseKind::MemberEnquiry => "member_enquiry",
            CaseKind::ServiceRequest => "service_request",
            CaseKind::Referral => "referral",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The start of a case reference of this kind: ENQ-1042, REQ-88, REF-7.
    pub fn prefix(self) -> &'static str {
        match self {
            CaseKind::MemberEnquiry => "ENQ",
            CaseKind::ServiceRequest => "REQ",
            CaseKind::Referral => "REF",
        }
    }

    pub fn from_prefix(prefix: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.prefix().eq_ignore_ascii_case(prefix))
    }
}

/// Where a case is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseState {
    New,
    /// Moved to another team, which has still to acknowledge it.
    Transferred,
    Acknowledged,
    /// A referral the receiving organisation has taken on.
    Accepted,
    InProgress,
    /// Waiting on the resident or a third party: the resolve clock is paused.
    Waiting,
    Resolved,
    /// A referral whose outcome is recorded (and goes back to the referrer).
    OutcomeRecorded,
    /// A referral the receiving organisation turned down, with its reason.
    Declined,
    Closed,
    Reopened,
    /// A duplicate, folded into another case.
    Merged,
}

impl CaseState {
    pub const ALL: [CaseState; 12] = [
        CaseState::New,
        CaseState::Transferred,
        CaseState::Acknowledged,
        CaseState::Accepted,
        CaseState::InProgress,
        CaseState::Waiting,
        CaseState::Resolved,
        CaseState::OutcomeRecorded,
        CaseState::Declined,
        CaseState::Closed,
        CaseState::Reopened,
        CaseState::Merged,
    ];

    /// States in which the clock runs: someone owes the resident something.
    pub const RUNNING: [CaseState; 6] = [
        CaseState::New,
        CaseState::Transferred,
        CaseState::Acknowledged,
        CaseState::Accepted,
        CaseState::InProgress,
        CaseState::Reopened,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CaseState::New => "new",
            CaseState::Transferred => "transferred",
            CaseState::Acknowledged => "acknowledged",
            CaseState::Accepted => "accepted",
            CaseState::InProgress => "in_progress",
            CaseState::Waiting => "waiting",
            CaseState::Resolved => "resolved",
            CaseState::OutcomeRecorded => "outcome_recorded",
            CaseState::Declined => "declined",
            CaseState::Closed => "closed",
            CaseState::Reopened => "reopened",
            CaseState::Merged => "merged",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// How the state reads in a sentence ("This case is waiting").
    pub fn words(self) -> &'static str {
        match self {
            CaseState::New => "new",
            CaseState::Transferred => "transferred",
            CaseState::Acknowledged => "acknowledged",
            CaseState::Accepted => "accepted",
            CaseState::InProgress => "in progress",
            CaseState::Waiting => "waiting",
            CaseState::Resolved => "resolved",
            CaseState::OutcomeRecorded => "finished with its outcome recorded",
            CaseState::Declined => "declined",
            CaseState::Closed => "closed",
            CaseState::Reopened => "reopened",
            CaseState::Merged => "merged into another case",
        }
    }

    pub fn is_running(self) -> bool {
        Self::RUNNING.contains(&self)
    }

    /// Still being worked (running or paused).
    pub fn is_open(self) -> bool {
        self.is_running() || self == CaseState::Waiting
    }

    pub fn awaits_acknowledgement(self) -> bool {
        matches!(self, CaseState::New | CaseState::Transferred)
    }
}

/// Who a waiting case is waiting on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaitingOn {
    Resident,
    ThirdParty,
}

impl WaitingOn {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitingOn::Resident => "resident",
            WaitingOn::ThirdParty => "third_party",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "resident" => Some(WaitingOn::Resident),
            "third_party" => Some(WaitingOn::ThirdParty),
            _ => None,
        }
    }
}

/// A change of state someone asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Transition {
    /// Names the owner and the date the person who raised it will next hear.
    Acknowledge {
        owner: Uuid,
        next_update: NaiveDate,
    },
    Accept {
        owner: Option<Uuid>,
    },
    Decline {
        reason: String,
    },
    Start,
    Wait {
        on: WaitingOn,
        reason: String,
    },
    Resume,
    Resolve {
        summary: String,
    },
    RecordOutcome {
        outcome: String,
    },
    Close,
    Reopen {
        reason: String,
    },
    Transfer {
        team: Uuid,
        reason: String,
    },
    MergeInto {
        case: Uuid,
    },
}

impl Transition {
    /// The action's key, as timelines and audit rows record it.
    pub fn key(&self) -> &'static str {
        match self {
            Transition::Acknowledge { .. } => "acknowledge",
            Transition::Accept { .. } => "accept",
            Transition::Decline { .. } => "decline",
            Transition::Start => "start",
            Transition::Wait { .. } => "wait",
            Transition::Resume => "resume",
            Transition::Resolve { .. } => "resolve",
            Transition::RecordOutcome { .. } => "record_outcome",
            Transition::Close => "close",
            Transition::Reopen { .. } => "reopen",
            Transition::Transfer { .. } => "transfer",
            Transition::MergeInto { .. } => "merge",
        }
    }

    /// The action in a sentence ("cannot be acknowledged").
    fn words(&self) -> &'static str {
        match self {
            Transition::Acknowledge { .. } => "acknowledged",
            Transition::Accept { .. } => "accepted",
            Transition::Decline { .. } => "declined",
            Transition::Start => "started",
            Transition::Wait { .. } => "put on hold",
            Transition::Resume => "taken off hold",
            Transition::Resolve { .. } => "resolved",
            Transition::RecordOutcome { .. } => "given an outcome",
            Transition::Close => "closed",
            Transition::Reopen { .. } => "reopened",
            Transition::Transfer { .. } => "transferred",
            Transition::MergeInto { .. } => "merged",
        }
    }

    /// Which kinds the action belongs to: referrals are accepted and given outcomes, the others acknowledged and
    /// resolved.
    fn fits(&self, kind: CaseKind) -> bool {
        let referral = kind == CaseKind::Referral;
        match self {
            Transition::Acknowledge { .. } | Transition::Resolve { .. } => !referral,
            Transition::Accept { .. } | Transition::Decline { .. } | Transition::RecordOutcome { .. } => referral,
            _ => true,
        }
    }

    /// The state the action leads to from `from`, if the state machine allows it.
    fn target(&self, from: CaseState) -> Option<CaseState> {
        use CaseState::*;
        let from_any = |states: &[CaseState], to: CaseState| states.contains(&from).then_some(to);
        let open = [New, Transferred, Acknowledged, Accepted, InProgress, Waiting, Reopened];
        match self {
            Transition::Acknowledge { .. } => from_any(&[New, Transferred], Acknowledged),
            Transition::Accept { .. } => from_any(&[New, Transferred], Accepted),
            Transition::Decline { .. } => from_any(&[New, Transferred], Declined),
            Transition::Start => from_any(&[Acknowledged, Accepted, Reopened], InProgress),
            Transition::Wait { .. } => from_any(&[Acknowledged, Accepted, InProgress, Reopened], Waiting),
            Transition::Resume => from_any(&[Waiting], InProgress),
            Transition::Resolve { .. } => from_any(&[Acknowledged, InProgress, Waiting, Reopened], Resolved),
            Transition::RecordOutcome { .. } => from_any(&[Accepted, InProgress, Waiting, Reopened], OutcomeRecorded),
            Transition::Close => from_any(&[Resolved, OutcomeRecorded, Declined], Closed),
            Transition::Reopen { .. } => from_any(&[Resolved, OutcomeRecorded, Closed], Reopened),
            Transition::Transfer { .. } => from_any(&open, Transferred),
            Transition::MergeInto { .. } => from_any(&open, Merged),
        }
    }
}

/// A change the state machine refuses, with a message naming the state.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotAllowed {
    #[error("This case is {}, so it cannot be {}", state.words(), action)]
    FromState { state: CaseState, action: &'static str },
    #[error("A {} cannot be {}", kind_words(*kind), action)]
    ForKind { kind: CaseKind, action: &'static str },
    #[error("This case was closed on {closed}: it can only be reopened within 5 working days of closing")]
    FollowUpOver { closed: NaiveDate },
}

fn kind_words(kind: CaseKind) -> &'static str {
    match kind {
        CaseKind::MemberEnquiry => "member enquiry",
        CaseKind::ServiceRequest => "service request",
        CaseKind::Referral => "referral",
    }
}

/// How many working days a closed case stays open to follow-up: a reply in that time reopens it.
pub const FOLLOW_UP_WORKING_DAYS: u32 = 5;

/// What an Open311 attribute's answer is: GeoReport v2's datatypes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Datatype {
    String,
    Number,
    Datetime,
    Text,
    Singlevaluelist,
    Multivaluelist,
}

impl Datatype {
    pub fn as_str(self) -> &'static str {
        match self {
            Datatype::String => "string",
            Datatype::Number => "number",
            Datatype::Datetime => "datetime",
            Datatype::Text => "text",
            Datatype::Singlevaluelist => "singlevaluelist",
            Datatype::Multivaluelist => "multivaluelist",
        }
    }
}

/// A question a service request category asks (an Open311 service definition's attribute): FixMyStreet shows it
/// as a field of its report form and posts the answer as `attribute[code]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    pub code: String,
    /// The question, as the form asks it.
    pub description: String,
    pub datatype: Datatype,
    pub required: bool,
    /// Where it comes on the form (FixMyStreet sorts by it).
    pub order: u32,
    /// For the list datatypes: each choice's key and its words.
    #[serde(default)]
    pub values: Vec<(String, String)>,
}

/// The most answers a request may carry, and the longest answer (a `text` one), in characters.
pub const MAX_ANSWERS: usize = 50;
pub const MAX_ANSWER_CHARS: usize = 2_000;

/// Checks a request's answers against its category's attributes: every required one answered, each answer of its
/// datatype (a list's keys among its values), none unknown. Returns the answers kept (empty optional answers left
/// out, a multi-value list's keys joined by commas), or each problem as (code, message).
pub fn check_answers(
    attributes: &[Attribute],
    answers: &[(String, String)],
) -> Result<std::collections::BTreeMap<String, String>, Vec<(String, String)>> {
    let mut kept = std::collections::BTreeMap::new();
    let mut problems = Vec::new();
    if answers.len() > MAX_ANSWERS {
        return Err(vec![("attribute".into(), format!("at most {MAX_ANSWERS} attributes may be sent"))]);
    }
    for (code, _) in answers {
        if !attributes.iter().any(|a| &a.code == code) {
            problems.push((code.clone(), format!("{code} is not an attribute of this service")));
        }
    }
    for a in attributes {
        let given: Vec<&str> = answers
            .iter()
            .filter(|(code, _)| *code == a.code)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect();
        if given.is_empty() {
            if a.required {
                problems.push((a.code.clone(), format!("{} is required: {}", a.code, a.description)));
            }
            continue;
        }
        let joined = given.join(",");
        if joined.chars().count() > MAX_ANSWER_CHARS {
            problems.push((a.code.clone(), format!("{} must be {MAX_ANSWER_CHARS} characters or fewer", a.code)));
            continue;
        }
        let listed = |v: &str| a.values.iter().any(|(key, _)| key == v);
        let fine = match a.datatype {
            Datatype::String | Datatype::Text => given.len() == 1 || a.datatype == Datatype::Text,
            Datatype::Number => given.len() == 1 && given[0].parse::<f64>().is_ok_and(f64::is_finite),
            Datatype::Datetime => given.len() == 1 && DateTime::parse_from_rfc3339(given[0]).is_ok(),
            Datatype::Singlevaluelist => given.len() == 1 && listed(given[0]),
            Datatype::Multivaluelist => given.iter().all(|v| listed(v)),
        };
        if fine {
            kept.insert(a.code.clone(), joined);
        } else {
            let expected = match a.datatype {
                Datatype::Singlevaluelist | Datatype::Multivaluelist => {
                    format!("one of {}", a.values.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(", "))
                }
                other => format!("a {}", other.as_str()),
            };
            problems.push((a.code.clone(), format!("{} must be {expected}", a.code)));
        }
    }
    if problems.is_empty() { Ok(kept) } else { Err(problems) }
}

/// The targets a case is held to, in working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Targets {
    pub acknowledge_days: u32,
    pub resolve_days: u32,
}

/// A case's clocks: when it is due to be acknowledged and resolved, and what has happened to them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Clocks {
    pub acknowledge_due_at: Option<DateTime<Utc>>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub resolve_due_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    /// Until when a reply reopens a closed case.
    pub follow_up_until: Option<DateTime<Utc>>,
    /// Since when the clock has been paused.
    pub waiting_since: Option<DateTime<Utc>>,
}

impl Clocks {
    /// The clocks of a case arriving at `at`.
    pub fn start(at: DateTime<Utc>, targets: Targets, calendar: &WorkingDays) -> Self {
        Self {
            acknowledge_due_at: Some(calendar.due(at, targets.acknowledge_days)),
            resolve_due_at: Some(calendar.due(at, targets.resolve_days)),
            ..Self::default()
        }
    }

    /// The due moment that matters now for a case in `state`: acknowledgement first, then resolution.
    pub fn next_due(&self, state: CaseState) -> Option<DateTime<Utc>> {
        if !state.is_running() {
            return None;
        }
        if state.awaits_acknowledgement() { self.acknowledge_due_at } else { self.resolve_due_at }
    }
}

/// Decides a transition: the state it leads to and the clocks after it, or why it is not allowed.
pub fn decide(
    kind: CaseKind,
    from: CaseState,
    clocks: &Clocks,
    transition: &Transition,
    now: DateTime<Utc>,
    targets: Targets,
    calendar: &WorkingDays,
) -> Result<(CaseState, Clocks), NotAllowed> {
    if !transition.fits(kind) {
        return Err(NotAllowed::ForKind { kind, action: transition.words() });
    }
    let to = transition.target(from).ok_or(NotAllowed::FromState { state: from, action: transition.words() })?;
    if from == CaseState::Closed
        && clocks.follow_up_until.is_some_and(|until| now >= until)
        && let Some(closed) = clocks.closed_at
    {
        return Err(NotAllowed::FollowUpOver { closed: WorkingDays::local_date(closed) });
    }
    let mut c = clocks.clone();
    // Leaving a pause moves the resolve date on by the working days spent waiting.
    if from == CaseState::Waiting
        && let Some(since) = c.waiting_since.take()
        && let Some(due) = c.resolve_due_at
    {
        c.resolve_due_at = Some(calendar.extend(due, calendar.between(since, now)));
    }
    match to {
        CaseState::Acknowledged | CaseState::Accepted | CaseState::Declined if c.acknowledged_at.is_none() => {
            c.acknowledged_at = Some(now);
        }
        _ => {}
    }
    match to {
        CaseState::Waiting => c.waiting_since = Some(now),
        CaseState::Resolved | CaseState::OutcomeRecorded | CaseState::Declined => c.resolved_at = Some(now),
        CaseState::Closed => {
            c.resolved_at.get_or_insert(now);
            c.closed_at = Some(now);
            c.follow_up_until = Some(calendar.due(now, FOLLOW_UP_WORKING_DAYS));
        }
        CaseState::Reopened => {
            // A reopened case is owed a fresh resolution; its first one still counts where it was measured.
            c.resolved_at = None;
            c.closed_at = None;
            c.follow_up_until = None;
            c.resolve_due_at = Some(calendar.due(now, targets.resolve_days));
        }
        CaseState::Transferred => {
            // The new team must acknowledge it; the resident's resolve clock keeps running.
            c.acknowledged_at = None;
            c.acknowledge_due_at = Some(calendar.due(now, targets.acknowledge_days));
        }
        _ => {}
    }
    Ok((to, c))
}

/// Why an extension cannot be agreed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtensionError {
    #[error("Only an open case can have its due date extended")]
    NotOpen,
    #[error("The new due date must be after the current one, {0}")]
    NotLater(NaiveDate),
    #[error("Enter the reason the extension was agreed")]
    NoReason,
}

/// Moves the resolve date to the end of `to`, agreed with the member for `reason`.
pub fn extend(state: CaseState, clocks: &Clocks, to: NaiveDate, reason: &str) -> Result<Clocks, ExtensionError> {
    if !state.is_open() {
        return Err(ExtensionError::NotOpen);
    }
    if reason.trim().is_empty() {
        return Err(ExtensionError::NoReason);
    }
    let current = clocks.resolve_due_at.map(WorkingDays::last_day);
    if let Some(current) = current
        && to <= current
    {
        return Err(ExtensionError::NotLater(current));
    }
    let mut c = clocks.clone();
    c.resolve_due_at = Some(end_of(to));
    Ok(c)
}

/// What a routing rule covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Area {
    City,
    Neighbourhood(Uuid),
    Ward(WardCode),
}

impl Area {
    pub fn kind(&self) -> &'static str {
        match self {
            Area::City => "city",
            Area::Neighbourhood(_) => "neighbourhood",
            Area::Ward(_) => "ward",
        }
    }

    pub fn reference(&self) -> String {
        match self {
            Area::City => String::new(),
            Area::Neighbourhood(id) => id.to_string(),
            Area::Ward(code) => code.to_string(),
        }
    }

    pub fn from_parts(kind: &str, reference: &str) -> Option<Self> {
        match kind {
            "city" => Some(Area::City),
            "neighbourhood" => Uuid::parse_str(reference).ok().map(Area::Neighbourhood),
            "ward" => WardCode::parse(reference).ok().map(Area::Ward),
            _ => None,
        }
    }

    /// More specific areas win: a ward over a neighbourhood over the city.
    fn rank(&self) -> u8 {
        match self {
            Area::City => 0,
            Area::Neighbourhood(_) => 1,
            Area::Ward(_) => 2,
        }
    }
}

/// Sends cases of a kind (and optionally a category) in an area to a team, optionally to a named owner there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutingRule {
    pub id: Uuid,
    pub kind: CaseKind,
    /// `None` covers every category of the kind.
    pub category: Option<String>,
    pub area: Area,
    pub team: Uuid,
    pub owner: Option<Uuid>,
}

/// The rule a case is routed by: of the rules that cover it, the one with the most specific area, then a named
/// category over "any category". `None` sends it to the triage queue.
pub fn route<'a>(
    rules: &'a [RoutingRule],
    kind: CaseKind,
    category: &str,
    ward: Option<&WardCode>,
    neighbourhood_holds: impl Fn(Uuid, &WardCode) -> bool,
) -> Option<&'a RoutingRule> {
    rules
        .iter()
        .filter(|r| r.kind == kind)
        .filter(|r| r.category.as_deref().is_none_or(|c| c == category))
        .filter(|r| match (&r.area, ward) {
            (Area::City, _) => true,
            (Area::Ward(code), Some(w)) => code == w,
            (Area::Neighbourhood(id), Some(w)) => neighbourhood_holds(*id, w),
            _ => false,
        })
        .max_by(|a, b| {
            (a.area.rank(), a.category.is_some())
                .cmp(&(b.area.rank(), b.category.is_some()))
                // Equal rules cannot be saved; the id keeps the choice stable if a database was edited by hand.
                .then(b.id.cmp(&a.id))
        })
}

/// Whether an organisation is taking referrals now, as triage sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Capacity {
    Accepting,
    WaitingList,
    NotAccepting,
}

impl Capacity {
    pub fn as_str(self) -> &'static str {
        match self {
            Capacity::Accepting => "accepting",
            Capacity::WaitingList => "waiting_list",
            Capacity::NotAccepting => "not_accepting",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "accepting" => Some(Capacity::Accepting),
            "waiting_list" => Some(Capacity::WaitingList),
            "not_accepting" => Some(Capacity::NotAccepting),
            _ => None,
        }
    }
}

/// A case reference as people read it: the kind's prefix and a number (ENQ-1042).
pub fn reference(kind: CaseKind, number: i64) -> String {
    format!("{}-{number}", kind.prefix())
}

/// Reads a reference back into its kind and number, forgiving case and spaces.
pub fn parse_reference(text: &str) -> Option<(CaseKind, i64)> {
    let text = text.trim();
    let (prefix, number) = text.split_once('-')?;
    let kind = CaseKind::from_prefix(prefix.trim())?;
    let number = number.trim().parse::<i64>().ok().filter(|n| *n > 0)?;
    Some((kind, number))
}

#[cfg(test)]
mod tests {
    fn fly_tipping_attributes() -> Vec<Attribute> {
        vec![
            Attribute {
                code: "what".into(),
                description: "What has been dumped?".into(),
                datatype: Datatype::Singlevaluelist,
                required: true,
                order: 1,
                values: vec![("household".into(), "Household rubbish".into()), ("tyres".into(), "Tyres".into())],
            },
            Attribute {
                code: "bags".into(),
                description: "About how many bags' worth?".into(),
                datatype: Datatype::Number,
                required: false,
                order: 2,
                values: vec![],
            },
        ]
    }

    fn answers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn answers_of_the_right_datatype_are_kept_and_empty_optional_ones_left_out() {
        let kept = check_answers(&fly_tipping_attributes(), &answers(&[("what", "tyres"), ("bags", "")])).unwrap();
        assert_eq!(kept.into_iter().collect::<Vec<_>>(), vec![("what".to_owned(), "tyres".to_owned())]);
    }

    #[test]
    fn a_required_attribute_left_unanswered_is_refused() {
        let problems = check_answers(&fly_tipping_attributes(), &answers(&[("bags", "3")])).unwrap_err();
        assert_eq!(problems[0].0, "what");
    }

    #[test]
    fn a_list_answer_outside_its_values_is_refused_with_the_values_named() {
        let problems = check_answers(&fly_tipping_attributes(), &answers(&[("what", "sofa")])).unwrap_err();
        assert!(problems[0].1.contains("household, tyres"), "{problems:?}");
    }

    #[test]
    fn a_number_attribute_refuses_words() {
        let problems = check_answers(&fly_tipping_attributes(), &answers(&[("what", "tyres"), ("bags", "lots")]));
        assert_eq!(problems.unwrap_err()[0].0, "bags");
    }

    #[test]
    fn an_answer_to_no_attribute_is_refused() {
        let problems = check_answers(&fly_tipping_attributes(), &answers(&[("what", "tyres"), ("colour", "red")]));
        assert_eq!(problems.unwrap_err()[0].0, "colour");
    }

    #[test]
    fn a_flag_and_a_source_read_back_what_they_write_and_refuse_anything_else() {
        for f in [SlaFlag::OnTime, SlaFlag::DueSoon, SlaFlag::Breached] {
            assert_eq!(SlaFlag::try_from(f.as_str()), Ok(f));
        }
        for s in [CaseSource::Web, CaseSource::Open311] {
            assert_eq!(CaseSource::try_from(s.as_str()), Ok(s));
        }
        assert!(SlaFlag::try_from("late").is_err());
        assert!(CaseSource::try_from("fax").is_err());
    }

    use super::*;
    use crate::directory::BankHolidays;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const TARGETS: Targets = Targets { acknowledge_days: 2, resolve_days: 10 };

    fn calendar() -> WorkingDays {
        WorkingDays::new(BankHolidays::new([day(2026, 4, 3), day(2026, 4, 6)]))
    }

    fn step(
        kind: CaseKind,
        state: CaseState,
        clocks: &Clocks,
        t: Transition,
        now: &str,
    ) -> Result<(CaseState, Clocks), NotAllowed> {
        decide(kind, state, clocks, &t, at(now), TARGETS, &calendar())
    }

    #[test]
    fn an_enquiry_goes_from_new_to_closed_and_its_clocks_record_each_step() {
        let c = Clocks::start(at("2026-03-02T09:00:00Z"), TARGETS, &calendar());
        assert_eq!(c.acknowledge_due_at.map(WorkingDays::last_day), Some(day(2026, 3, 4)));
        assert_eq!(c.resolve_due_at.map(WorkingDays::last_day), Some(day(2026, 3, 16)));
        let owner = Uuid::new_v4();
        let ack = Transition::Acknowledge { owner, next_update: day(2026, 3, 9) };
        let (s, c) = step(CaseKind::MemberEnquiry, CaseState::New, &c, ack, "2026-03-03T10:00:00Z").unwrap();
        assert_eq!((s, c.acknowledged_at), (CaseState::Acknowledged, Some(at("2026-03-03T10:00:00Z"))));
        let (s, c) = step(CaseKind::MemberEnquiry, s, &c, Transition::Start, "2026-03-03T11:00:00Z").unwrap();
        let resolve = Transition::Resolve { summary: "Fixed".into() };
        let (s, c) = step(CaseKind::MemberEnquiry, s, &c, resolve, "2026-03-05T11:00:00Z").unwrap();
        let (s, c) = step(CaseKind::MemberEnquiry, s, &c, Transition::Close, "2026-03-06T11:00:00Z").unwrap();
        assert_eq!(s, CaseState::Closed);
        assert_eq!(c.resolved_at, Some(at("2026-03-05T11:00:00Z")));
        assert_eq!(c.follow_up_until.map(WorkingDays::last_day), Some(day(2026, 3, 13)));
    }

    #[test]
    fn waiting_pauses_the_resolve_clock_for_the_working_days_spent_waiting() {
        let c = Clocks::start(at("2026-03-02T09:00:00Z"), TARGETS, &calendar());
        let ack = Transition::Acknowledge { owner: Uuid::nil(), next_update: day(2026, 3, 9) };
        let (s, c) = step(CaseKind::MemberEnquiry, CaseState::New, &c, ack, "2026-03-02T10:00:00Z").unwrap();
        let wait = Transition::Wait { on: WaitingOn::Resident, reason: "Photos".into() };
        let (s, c) = step(CaseKind::MemberEnquiry, s, &c, wait, "2026-03-03T10:00:00Z").unwrap();
        assert_eq!(s, CaseState::Waiting);
        assert_eq!(c.next_due(s), None, "a paused case is not due");
        // Tuesday to the next Tuesday: five working days.
        let (s, c) = step(CaseKind::MemberEnquiry, s, &c, Transition::Resume, "2026-03-10T10:00:00Z").unwrap();
        assert_eq!(s, CaseState::InProgress);
        assert_eq!(c.resolve_due_at.map(WorkingDays::last_day), Some(day(2026, 3, 23)));
        assert_eq!(c.waiting_since, None);
    }

    #[test]
    fn a_transition_the_state_machine_does_not_allow_names_the_state() {
        let c = Clocks::default();
        let err = step(CaseKind::MemberEnquiry, CaseState::Closed, &c, Transition::Start, "2026-03-02T09:00:00Z")
            .unwrap_err();
        assert_eq!(err.to_string(), "This case is closed, so it cannot be started");
        let err = step(
            CaseKind::Referral,
            CaseState::New,
            &c,
            Transition::Resolve { summary: "x".into() },
            "2026-03-02T09:00:00Z",
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "A referral cannot be resolved");
        let err = step(
            CaseKind::ServiceRequest,
            CaseState::New,
            &c,
            Transition::Accept { owner: None },
            "2026-03-02T09:00:00Z",
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "A service request cannot be accepted");
    }

    #[test]
    fn a_closed_case_reopens_within_five_working_days_and_not_after() {
        let c = Clocks::start(at("2026-03-02T09:00:00Z"), TARGETS, &calendar());
        let (s, c) = step(
            CaseKind::Referral,
            CaseState::New,
            &c,
            Transition::Decline { reason: "Full".into() },
            "2026-03-02T10:00:00Z",
        )
        .unwrap();
        assert_eq!(c.acknowledged_at, Some(at("2026-03-02T10:00:00Z")), "a decline is a response");
        let (s, closed) = step(CaseKind::Referral, s, &c, Transition::Close, "2026-03-02T11:00:00Z").unwrap();
        let reopen = Transition::Reopen { reason: "Resident replied".into() };
        let (again, c) = step(CaseKind::Referral, s, &closed, reopen.clone(), "2026-03-09T16:00:00Z").unwrap();
        assert_eq!(again, CaseState::Reopened);
        assert_eq!(c.closed_at, None);
        assert_eq!(c.resolve_due_at.map(WorkingDays::last_day), Some(day(2026, 3, 23)));
        let err = step(CaseKind::Referral, s, &closed, reopen, "2026-03-10T00:00:00Z").unwrap_err();
        assert!(matches!(err, NotAllowed::FollowUpOver { .. }), "{err}");
    }

    #[test]
    fn a_transferred_case_waits_for_the_new_team_to_acknowledge_it() {
        let c = Clocks::start(at("2026-03-02T09:00:00Z"), TARGETS, &calendar());
        let ack = Transition::Acknowledge { owner: Uuid::nil(), next_update: day(2026, 3, 9) };
        let (s, c) = step(CaseKind::ServiceRequest, CaseState::New, &c, ack, "2026-03-02T10:00:00Z").unwrap();
        let transfer = Transition::Transfer { team: Uuid::new_v4(), reason: "Housing's land".into() };
        let (s, t) = step(CaseKind::ServiceRequest, s, &c, transfer, "2026-03-05T10:00:00Z").unwrap();
        assert_eq!(s, CaseState::Transferred);
        assert_eq!(t.acknowledged_at, None);
        assert_eq!(t.acknowledge_due_at.map(WorkingDays::last_day), Some(day(2026, 3, 9)));
        assert_eq!(t.resolve_due_at, c.resolve_due_at);
        assert_eq!(t.next_due(s), t.acknowledge_due_at);
    }

    #[test]
    fn an_extension_moves_the_due_date_to_a_later_day_with_a_reason() {
        let c = Clocks::start(at("2026-03-02T09:00:00Z"), TARGETS, &calendar());
        let e = extend(CaseState::InProgress, &c, day(2026, 3, 28), "Contractor booked").unwrap();
        assert_eq!(e.resolve_due_at.map(WorkingDays::last_day), Some(day(2026, 3, 28)));
        assert_eq!(
            extend(CaseState::InProgress, &c, day(2026, 3, 10), "x"),
            Err(ExtensionError::NotLater(day(2026, 3, 16)))
        );
        assert_eq!(extend(CaseState::InProgress, &c, day(2026, 3, 28), " "), Err(ExtensionError::NoReason));
        assert_eq!(extend(CaseState::Closed, &c, day(2026, 3, 28), "x"), Err(ExtensionError::NotOpen));
    }

    #[test]
    fn routing_picks_the_most_specific_rule_and_leaves_the_rest_to_triage() {
        let ladywood = WardCode::parse("E05011151").unwrap();
        let aston = WardCode::parse("E05011118").unwrap();
        let patch = Uuid::new_v4();
        let rule = |category: Option<&str>, area: Area| RoutingRule {
            id: Uuid::new_v4(),
            kind: CaseKind::ServiceRequest,
            category: category.map(str::to_owned),
            area,
            team: Uuid::new_v4(),
            owner: None,
        };
        let rules = vec![
            rule(Some("fly_tipping"), Area::City),
            rule(None, Area::Neighbourhood(patch)),
            rule(Some("fly_tipping"), Area::Ward(ladywood.clone())),
        ];
        let holds = |id: Uuid, w: &WardCode| id == patch && *w == aston;
        let picked =
            |cat: &str, ward: &WardCode| route(&rules, CaseKind::ServiceRequest, cat, Some(ward), holds).map(|r| r.id);
        assert_eq!(picked("fly_tipping", &ladywood), Some(rules[2].id));
        assert_eq!(picked("fly_tipping", &aston), Some(rules[1].id), "the patch's rule is nearer than the city's");
        assert_eq!(picked("street_lights", &ladywood), None, "nothing covers it: triage");
        assert_eq!(route(&rules, CaseKind::Referral, "fly_tipping", Some(&ladywood), holds), None);
    }

    #[test]
    fn references_read_back_forgivingly() {
        assert_eq!(reference(CaseKind::MemberEnquiry, 1042), "ENQ-1042");
        assert_eq!(parse_reference(" enq-1042 "), Some((CaseKind::MemberEnquiry, 1042)));
        assert_eq!(parse_reference("REF-0"), None);
        assert_eq!(parse_reference("XYZ-4"), None);
    }
}

#[cfg(test)]
mod notice_routes {
    use super::*;

    #[test]
    fn a_named_proxy_takes_every_notice_and_the_resident_is_never_written_to_directly() {
        for contact in PreferredContact::ALL {
            assert_eq!(notice_route(contact, true, true, true), NoticeRoute::Proxy, "{contact:?}");
        }
    }

    #[test]
    fn post_is_a_letter_and_email_needs_an_address() {
        assert_eq!(notice_route(PreferredContact::Post, false, true, true), NoticeRoute::Letter);
        assert_eq!(notice_route(PreferredContact::Post, false, true, false), NoticeRoute::NotSent);
        assert_eq!(notice_route(PreferredContact::Email, false, true, false), NoticeRoute::Email);
        assert_eq!(notice_route(PreferredContact::Email, false, false, true), NoticeRoute::NotSent);
        assert_eq!(notice_route(PreferredContact::Phone, false, true, true), NoticeRoute::NotSent);
    }
}
