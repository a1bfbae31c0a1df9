//! Ward forums and what comes of them: priorities residents propose and support, which a forum adopts, and the
//! actions (with sub-actions) that partners own to carry them out. Here are the rules with no I/O: the life of a
//! priority, an action's status, how progress rolls up to a priority, when an action is overdue, and the simple
//! check that holds a spam-like proposal for moderation.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Where a priority stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriorityState {
    /// Proposed, but held for a moderator to look at before anyone sees it.
    Held,
    /// Proposed and public: residents may support it.
    Proposed,
    /// Adopted by a forum: it has actions.
    Adopted,
    /// Considered by a forum and not taken up, with the reason.
    Declined,
    /// Taken down by a moderator (spam, abuse, personal details).
    Removed,
}

impl PriorityState {
    pub const ALL: [PriorityState; 5] = [
        PriorityState::Held,
        PriorityState::Proposed,
        PriorityState::Adopted,
        PriorityState::Declined,
        PriorityState::Removed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PriorityState::Held => "held",
            PriorityState::Proposed => "proposed",
            PriorityState::Adopted => "adopted",
            PriorityState::Declined => "declined",
            PriorityState::Removed => "removed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Whether the public sees it.
    pub fn public(self) -> bool {
        matches!(self, PriorityState::Proposed | PriorityState::Adopted | PriorityState::Declined)
    }

    /// Whether residents may still add their support.
    pub fn open_for_support(self) -> bool {
        self == PriorityState::Proposed
    }
}

/// What a moderator or a forum may do with a priority.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PriorityDecision {
    Publish,
    Adopt,
    Decline,
    Remove,
}

impl PriorityDecision {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "publish" => Some(Self::Publish),
            "adopt" => Some(Self::Adopt),
            "decline" => Some(Self::Decline),
            "remove" => Some(Self::Remove),
            _ => None,
        }
    }

    /// The state a decision leads to from `from`, or why it cannot be taken.
    pub fn apply(self, from: PriorityState) -> Result<PriorityState, &'static str> {
        use PriorityState::*;
        match (self, from) {
            (Self::Publish, Held) => Ok(Proposed),
            (Self::Adopt, Held | Proposed | Declined) => Ok(Adopted),
            (Self::Decline, Held | Proposed) => Ok(Declined),
            (Self::Remove, Held | Proposed | Declined) => Ok(Removed),
            (_, Adopted) => Err("This priority has been adopted: change its actions instead"),
            (_, Removed) => Err("This priority has been removed"),
            (Self::Publish, _) => Err("This priority is already public"),
            (Self::Decline, Declined) => Err("This priority has already been declined"),
        }
    }
}

/// An action's status, as its owner reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    NotStarted,
    OnTrack,
    AtRisk,
    OffTrack,
    Done,
    /// No longer being done, with a reason.
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 6] = [
        ActionStatus::NotStarted,
        ActionStatus::OnTrack,
        ActionStatus::AtRisk,
        ActionStatus::OffTrack,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "not_started",
            ActionStatus::OnTrack => "on_track",
            ActionStatus::AtRisk => "at_risk",
            ActionStatus::OffTrack => "off_track",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Whether the action is finished one way or the other (so it can no longer be overdue).
    pub fn finished(self) -> bool {
        matches!(self, ActionStatus::Done | ActionStatus::Dropped)
    }
}

/// An owner's report on an action, checked: a done action is at 100%, a dropped one says why, and progress is a
/// percentage.
pub fn check_report(status: ActionStatus, progress: i32, reason: &str) -> Result<i32, (&'static str, &'static str)> {
    if !(0..=100).contains(&progress) {
        return Err(("progress", "Progress must be a whole number from 0 to 100"));
    }
    if status == ActionStatus::Dropped && reason.trim().is_empty() {
        return Err(("reason", "Say why the action has been dropped"));
    }
    if status == ActionStatus::Done {
        return Ok(100);
    }
    if status == ActionStatus::NotStarted && progress > 0 {
        return Err(("progress", "An action that has not started has 0% progress: choose another status"));
    }
    Ok(progress)
}

/// Whether an action is overdue on `today`: past its due date and not finished.
pub fn overdue(status: ActionStatus, due_on: NaiveDate, today: NaiveDate) -> bool {
    !status.finished() && due_on < today
}

/// What the roll-up needs of an action.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Node {
    pub id: Uuid,
    pub parent: Option<Uuid>,
    pub status: ActionStatus,
    pub progress: i32,
    /// How much the action counts for beside its siblings (at least 1).
    pub weight: i32,
}

/// The progress of a priority from its actions, in percent, or `None` when it has no live actions.
///
/// An action with live sub-actions takes its progress from them (a weighted mean, applied all the way down); one
/// without takes its owner's figure; a done action counts as 100%. Dropped actions do not count at all. The
/// priority is the weighted mean of its top-level actions. Sub-actions whose parent is not among `nodes` are
/// treated as top-level, so a partial list still rolls up.
pub fn rollup(nodes: &[Node]) -> Option<f64> {
    let tree = Tree::of(nodes);
    tree.weighted(&tree.top, 0)
}

/// Each action's progress as the roll-up counts it (a dropped one keeps its owner's figure), by id.
pub fn progress_of_each(nodes: &[Node]) -> HashMap<Uuid, f64> {
    let tree = Tree::of(nodes);
    nodes.iter().map(|n| (n.id, tree.progress(n, 0))).collect()
}

/// Actions arranged under their parents.
struct Tree<'a> {
    top: Vec<&'a Node>,
    children: HashMap<Uuid, Vec<&'a Node>>,
}

impl<'a> Tree<'a> {
    fn of(nodes: &'a [Node]) -> Self {
        let known: std::collections::HashSet<Uuid> = nodes.iter().map(|n| n.id).collect();
        let mut tree = Tree { top: Vec::new(), children: HashMap::new() };
        for n in nodes {
            match n.parent.filter(|p| known.contains(p)) {
                Some(p) => tree.children.entry(p).or_default().push(n),
                None => tree.top.push(n),
            }
        }
        tree
    }

    /// An action's progress; `depth` stops a cycle in hand-edited data from recursing forever.
    fn progress(&self, n: &Node, depth: usize) -> f64 {
        let own = if n.status == ActionStatus::Done { 100.0 } else { f64::from(n.progress.clamp(0, 100)) };
        match self.children.get(&n.id) {
            Some(kids) if depth < 16 && !matches!(n.status, ActionStatus::Done | ActionStatus::Dropped) => {
                self.weighted(kids, depth + 1).unwrap_or(own)
            }
            _ => own,
        }
    }

    /// The weighted mean of the live actions' progress.
    fn weighted(&self, nodes: &[&Node], depth: usize) -> Option<f64> {
        let (mut sum, mut weights) = (0.0, 0.0);
        for n in nodes.iter().filter(|n| n.status != ActionStatus::Dropped) {
            let w = f64::from(n.weight.max(1));
            sum += self.progress(n, depth) * w;
            weights += w;
        }
        (weights > 0.0).then(|| sum / weights)
    }
}

/// Words that, in a proposal from someone without an account, mark it as likely spam.
const SPAM_WORDS: &[&str] = &[
    "viagra",
    "casino",
    "betting",
    "crypto",
    "bitcoin",
    "forex",
    "payday loan",
    "seo service",
    "backlinks",
    "porn",
    "escort",
    "cheap pills",
    "work from home",
    "click here",
    "buy now",
];

/// Why a proposal looks like spam, or nothing when it does not. A proposal that trips any of these is held for a
/// moderator rather than refused: a person may have written it.
pub fn spam_signals(
    title: &str,
    description: &str,
    seconds_to_write: Option<i64>,
    honeypot: &str,
) -> Vec<&'static str> {
    let mut why = Vec::new();
    let text = format!("{title}\n{description}").to_lowercase();
    if !honeypot.trim().is_empty() {
        why.push("a field people cannot see was filled in");
    }
    if seconds_to_write.is_some_and(|s| s < 3) {
        why.push("sent within three seconds of the form opening");
    }
    let links = text.matches("http://").count() + text.matches("https://").count() + text.matches("www.").count();
    if links > 1 || title.to_lowercase().contains("http") {
        why.push("contains links");
    }
    if SPAM_WORDS.iter().any(|w| text.contains(w)) {
        why.push("contains words often found in spam");
    }
    let letters: Vec<char> = format!("{title}{description}").chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if letters.len() >= 20 && upper * 10 > letters.len() * 7 {
        why.push("mostly capital letters");
    }
    if has_run(&text, 8) {
        why.push("a character repeated many times");
    }
    why
}

/// Whether any character repeats `n` times in a row.
fn has_run(text: &str, n: usize) -> bool {
    let mut last = None;
    let mut run = 0;
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        run = if Some(c) == last { run + 1 } else { 1 };
        last = Some(c);
        if run >= n {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(parent: Option<Uuid>, status: ActionStatus, progress: i32, weight: i32) -> Node {
        Node { id: Uuid::new_v4(), parent, status, progress, weight }
    }

    #[test]
    fn progress_is_the_weighted_mean_of_live_actions() {
        let a = node(None, ActionStatus::OnTrack, 50, 1);
        let b = node(None, ActionStatus::Done, 10, 3);
        let dropped = node(None, ActionStatus::Dropped, 0, 5);
        // (50 * 1 + 100 * 3) / 4: the dropped action does not count, and done is 100 whatever was reported.
        assert_eq!(rollup(&[a, b, dropped]), Some(87.5));
        assert_eq!(rollup(&[dropped]), None);
        assert_eq!(rollup(&[]), None);
    }

    #[test]
    fn an_action_with_sub_actions_takes_its_progress_from_them() {
        let parent = node(None, ActionStatus::OnTrack, 0, 1);
        let other = node(None, ActionStatus::OnTrack, 20, 1);
        let kids = [
            node(Some(parent.id), ActionStatus::Done, 0, 1),
            node(Some(parent.id), ActionStatus::AtRisk, 40, 1),
            node(Some(parent.id), ActionStatus::Dropped, 0, 1),
        ];
        let mut all = vec![parent, other];
        all.extend(kids);
        // The parent is (100 + 40) / 2 = 70; the priority (70 + 20) / 2 = 45.
        assert_eq!(rollup(&all), Some(45.0));
        assert_eq!(progress_of_each(&all)[&parent.id], 70.0);
        // With every sub-action dropped, the parent's own figure counts.
        let lonely = node(None, ActionStatus::OnTrack, 30, 1);
        let gone = node(Some(lonely.id), ActionStatus::Dropped, 0, 1);
        assert_eq!(rollup(&[lonely, gone]), Some(30.0));
    }

    #[test]
    fn a_cycle_in_the_data_does_not_hang() {
        let mut a = node(None, ActionStatus::OnTrack, 10, 1);
        let mut b = node(None, ActionStatus::OnTrack, 90, 1);
        a.parent = Some(b.id);
        b.parent = Some(a.id);
        // Neither is top-level, so nothing rolls up; the point is that it returns.
        assert_eq!(rollup(&[a, b]), None);
    }

    #[test]
    fn overdue_means_past_due_and_unfinished() {
        let due = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        let after = due.succ_opt().unwrap();
        assert!(!overdue(ActionStatus::OnTrack, due, due));
        assert!(overdue(ActionStatus::OnTrack, due, after));
        assert!(!overdue(ActionStatus::Done, due, after));
        assert!(!overdue(ActionStatus::Dropped, due, after));
    }

    #[test]
    fn reports_are_checked() {
        assert_eq!(check_report(ActionStatus::Done, 40, ""), Ok(100));
        assert_eq!(check_report(ActionStatus::Dropped, 40, " ").unwrap_err().0, "reason");
        assert_eq!(check_report(ActionStatus::OnTrack, 101, "").unwrap_err().0, "progress");
        assert_eq!(check_report(ActionStatus::NotStarted, 10, "").unwrap_err().0, "progress");
        assert_eq!(check_report(ActionStatus::AtRisk, 35, ""), Ok(35));
    }

    #[test]
    fn priorities_move_only_as_a_forum_allows() {
        use PriorityDecision::*;
        assert_eq!(Publish.apply(PriorityState::Held), Ok(PriorityState::Proposed));
        assert_eq!(Adopt.apply(PriorityState::Proposed), Ok(PriorityState::Adopted));
        assert_eq!(Decline.apply(PriorityState::Proposed), Ok(PriorityState::Declined));
        assert!(Remove.apply(PriorityState::Adopted).is_err());
        assert!(Publish.apply(PriorityState::Proposed).is_err());
        assert!(PriorityState::Proposed.open_for_support());
        assert!(!PriorityState::Held.public());
    }

    #[test]
    fn spam_like_proposals_are_noticed_and_ordinary_ones_are_not() {
        let fine = spam_signals(
            "Fix the street lights on Summer Lane",
            "It is very dark by the bus stop. See https://example.org/photo",
            Some(40),
            "",
        );
        assert!(fine.is_empty(), "{fine:?}");
        assert!(!spam_signals("Cheap casino bonus", "click here", Some(40), "").is_empty());
        assert!(!spam_signals("Fine", "words", Some(1), "").is_empty());
        assert!(!spam_signals("Fine", "words", Some(60), "http://bot").is_empty());
        assert!(!spam_signals("THIS IS ALL SHOUTING AT YOU", "AND MORE SHOUTING", None, "").is_empty());
        assert!(!spam_signals("Hello", "a http://x.org http://y.org", None, "").is_empty());
        assert!(!spam_signals("Hello", "!!!!!!!!!!!", None, "").is_empty());
    }
}
