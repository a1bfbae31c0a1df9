//! Community assets: the buildings and spaces communities use, a Community Asset Transfer's stages with the
//! working-day target the council publishes for each, and (in `acv`) the statutory clocks of Assets of Community
//! Value. No I/O.

pub mod acv;

use std::fmt;

keyed_enum!(
    /// What a building or space is for.
    AssetKind, "a kind of asset" {
        CommunityCentre = "community_centre",
        Library = "library",
        School = "school",
        PlaceOfWorship = "place_of_worship",
        SportsAndLeisure = "sports_and_leisure",
        GreenSpace = "green_space",
        Pub = "pub",
        Other = "other",
    }
);

impl AssetKind {
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

keyed_enum!(
    /// Who owns it.
    Owner, "an owner (council or other)" {
        Council = "council",
        Other = "other",
    }
);

keyed_enum!(
    /// The state of the building, as last surveyed.
    Condition, "a condition (good, fair, poor or unknown)" {
        Good = "good",
        Fair = "fair",
        Poor = "poor",
        Unknown = "unknown",
    }
);

keyed_enum!(
    /// The stages of a Community Asset Transfer, in order; a transfer may also be withdrawn or refused at any stage
    /// before the lease.
    Stage, "a stage of a transfer" {
        ExpressionOfInterest = "expression_of_interest",
        BusinessCase = "business_case",
        /// Valuation and social value assessment: what the building is worth to the community, not only in money.
        Valuation = "valuation",
        Decision = "decision",
        /// The lease or transfer being agreed.
        Lease = "lease",
        /// Transferred: the community's use is monitored.
        Monitoring = "monitoring",
        Withdrawn = "withdrawn",
        Refused = "refused",
    }
);

pub const STAGES: [Stage; 6] = [
    Stage::ExpressionOfInterest,
    Stage::BusinessCase,
    Stage::Valuation,
    Stage::Decision,
    Stage::Lease,
    Stage::Monitoring,
];

impl Stage {
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
        for k in AssetKind::ALL {
            assert_eq!(AssetKind::try_from(k.as_str()), Ok(*k));
        }
        for s in Stage::ALL {
            assert_eq!(Stage::try_from(s.as_str()), Ok(*s));
        }
    }
}
