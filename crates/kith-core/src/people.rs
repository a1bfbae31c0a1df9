//! The public faces of a ward: its councillors and its neighbourhood coordinator, as records an administrator
//! keeps (not accounts: a councillor need not sign in to be listed).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::places::WardCode;

/// The office a representative holds for their wards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Office {
    Councillor,
    Coordinator,
}

impl Office {
    pub fn as_str(self) -> &'static str {
        match self {
            Office::Councillor => "councillor",
            Office::Coordinator => "coordinator",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "councillor" => Some(Office::Councillor),
            "coordinator" => Some(Office::Coordinator),
            _ => None,
        }
    }
}

/// A ward has at most this many councillors (Birmingham elects one or two; other cities up to three).
pub const MAX_COUNCILLORS_PER_WARD: usize = 3;

/// A councillor or coordinator and the wards they serve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Representative {
    pub id: Uuid,
    pub name: String,
    pub office: Office,
    /// A party for a councillor; a team or job title for a coordinator.
    pub affiliation: String,
    pub email: String,
    pub phone: String,
    pub wards: Vec<WardCode>,
}
