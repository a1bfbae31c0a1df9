//! Community assets: the buildings and spaces communities use, a Community Asset Transfer's stages with the
//! working-day target the council publishes for each, and (in `acv`) the statutory clocks of Assets of Community
//! Value. No I/O.

pub mod acv;

use std::fmt;

/// What a building or space is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssetKind {
    CommunityCentre,
    Library,
    School,
    PlaceOfWorship,
    SportsAndLeisure,
    GreenSpace,
    Pub,
    Other,
}

pub const ASSET_KINDS: [AssetKind; 8] = [
    AssetKind::CommunityCentre,
    AssetKind::Library,
    AssetKind::School,
    AssetKind::PlaceOfWorship,
    AssetKind::SportsAndLeisure,
    AssetKind::GreenSpace,
    AssetKind::Pub,
    AssetKind::Other,
];

impl AssetKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AssetKind::CommunityCentre => "community_centre",
            AssetKind::Library => "library",
            AssetKind::School => "school",
            AssetKind::PlaceOfWorship => "place_of_worship",
            AssetKind::SportsAndLeisure => "sports_and_leisure",
            AssetKind::GreenSpace => "green_space",
            AssetKind::Pub => "pub",
            AssetKind::Other => "other",
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            AssetKind::CommunityCentre => "Community centre",
            AssetKind::Library => "Library",
            AssetKind::School => "School",
            AssetKind::PlaceOfWorship => "Place of worship",
            AssetKind::SportsAndLeisure => "Sports and leisure",
            AssetKind::GreenSpace => "Green space",
            AssetKind::Pub => "Pub",
            AssetKind::Other => "Other",
        }
    }
}

impl TryFrom<&str> for AssetKind {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, String> {
        ASSET_KINDS.iter().copied().find(|k| k.as_str() == s).ok_or_else(|| format!("{s:?} is not a kind of asset"))
    }
}

/// Who owns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Council,
    Other,
}

impl Owner {
    pub fn as_str(self) -> &'static str {
        match self {
            Owner::Council => "council",
            Owner::Other => "other",
        }
    }
}

impl TryFrom<&str> for Owner {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, String> {
        match s {
            "council" => Ok(Owner::Council),
            "other" => Ok(Owner::Other),
            other => Err(format!("{other:?} is not an owner: council or other")),
        }
    }
}

/// The state of the building, as last surveyed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    Good,
    Fair,
    Poor,
    Unknown,
}

impl Condition {
    pub fn as_str(self) -> &'static str {
        match self {
            Condition::Good => "good",
            Condition::Fair => "fair",
            Condition::Poor => "poor",
            Condition::Unknown => "unknown",
        }
    }
}

impl TryFrom<&str> for Condition {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, String> {
        match s {
            "good" => Ok(Condition::Good),
            "fair" => Ok(Condition::Fair),
            "poor" => Ok(Condition::Poor),
            "unknown" | "" => Ok(Condition::Unknown),
            other => Err(format!("{other:?} is not a condition: good, fair, poor or unknown")),
        }
    }
}

/// The stages of a Community Asset Transfer, in order; a transfer may also be withdrawn or refused at any stage
/// before the lease.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    ExpressionOfInterest,
    BusinessCase,
    /// Valuation and social value assessment: what the building is worth to the community, not only in money.
    Valuation,
    Decision,
    /// The lease or transfer being agreed.
    Lease,
    /// Transferred: the community's use is monitored.
    Monitoring,
    Withdrawn,
    Refused,
}

pub const STAGES: [Stage; 6] = [
    Stage::ExpressionOfInterest,
    Stage::BusinessCase,
    Stage::Valuation,
    Stage::Decision,
    Stage::Lease,
    Stage::Monitoring,
];

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::ExpressionOfInterest => "expression_of_interest",
            Stage::BusinessCase => "business_case",
            Stage::Valuation => "valuation",
            Stage::Decision => "decision",
            Stage::Lease => "lease",
            Stage::Monitoring => "monitoring",
            Stage::Withdrawn => "withdrawn",
            Stage::Refused => "refused",
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            Stage::ExpressionOfInterest => "Expression of interest",
            Stage::BusinessCase => "Business case",
            Stage::Valuation => "Valuation and social value assessment",
            Stage::Decision => "Decision",
            Stage::Lease => "Lease or transfer",
            Stage::Monitoring => "Monitoring",
            Stage::Withdrawn => "Withdrawn",
            Stage::Refused => "Refused",
        }
    }

    /// The working days the council aims to take over this stage (the published targets); `None` for a stage
    /// that has no end (monitoring) or is an end.
    pub fn target_working_days(self) -> Option<u32> {
        match self {
            Stage::ExpressionOfInterest => Some(20),
            Stage::BusinessCase => Some(40),
            Stage::Valuation => Some(30),
            Stage::Decision => Some(20),
            Stage::Lease => Some(60),
            Stage::Monitoring | Stage::Withdrawn | Stage::Refused => None,
        }
    }

    pub fn is_closed(self) -> bool {
        matches!(self, Stage::Withdrawn | Stage::Refused)
    }

    /// Whether a transfer at this stage may move to `to`: on to the next stage, withdrawn before monitoring, or
    /// refused at the decision.
    pub fn may_move_to(self, to: Stage) -> bool {
        let next = STAGES.iter().position(|s| *s == self).and_then(|i| STAGES.get(i + 1)).copied();
        match to {
            Stage::Withdrawn => !self.is_closed() && self != Stage::Monitoring,
            Stage::Refused => self == Stage::Decision,
            _ => next == Some(to),
        }
    }
}

impl TryFrom<&str> for Stage {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, String> {
        STAGES
            .iter()
            .chain(&[Stage::Withdrawn, Stage::Refused])
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("{s:?} is not a stage of a transfer"))
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.words())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transfer_moves_through_its_stages_in_order() {
        assert!(Stage::ExpressionOfInterest.may_move_to(Stage::BusinessCase));
        assert!(!Stage::ExpressionOfInterest.may_move_to(Stage::Decision));
        assert!(Stage::Lease.may_move_to(Stage::Monitoring));
        assert!(!Stage::Monitoring.may_move_to(Stage::ExpressionOfInterest));
    }

    #[test]
    fn a_transfer_is_refused_only_at_the_decision_and_withdrawn_before_monitoring() {
        assert!(Stage::Decision.may_move_to(Stage::Refused));
        assert!(!Stage::BusinessCase.may_move_to(Stage::Refused));
        assert!(Stage::Valuation.may_move_to(Stage::Withdrawn));
        assert!(!Stage::Monitoring.may_move_to(Stage::Withdrawn));
        assert!(!Stage::Refused.may_move_to(Stage::Withdrawn));
    }

    #[test]
    fn kinds_stages_and_conditions_read_back_what_they_write() {
        for k in ASSET_KINDS {
            assert_eq!(AssetKind::try_from(k.as_str()), Ok(k));
        }
        for s in STAGES.iter().chain(&[Stage::Withdrawn, Stage::Refused]) {
            assert_eq!(Stage::try_from(s.as_str()), Ok(*s));
        }
        for c in [Condition::Good, Condition::Fair, Condition::Poor, Condition::Unknown] {
            assert_eq!(Condition::try_from(c.as_str()), Ok(c));
        }
    }
}
