//! Ward intelligence as stored: indicators with their metadata and a value per area. They are few (tens of
//! indicators, hundreds of areas) and read whole into memory, so these are bulk operations.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use kith_core::intelligence::Polarity;
use kith_core::intelligence::indicators::{Geography, Kind};
use uuid::Uuid;

use crate::{AuditEntry, Result};

/// An indicator's metadata as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredIndicator {
    pub id: Uuid,
    /// Names it in addresses and files: `imd2025_income_score`.
    pub key: String,
    pub geography: Geography,
    pub title: String,
    /// Groups indicators on a profile: "Deprivation", "Population".
    pub topic: String,
    pub kind: Kind,
    pub polarity: Polarity,
    pub source: String,
    pub vintage: String,
    pub published_on: NaiveDate,
    pub licence: String,
    /// The boundaries the values are for: "LSOA 2021", "Wards 2022".
    pub boundaries: String,
    /// England's value (and denominator) where the file gives it.
    pub england: Option<(f64, Option<f64>)>,
    /// Its place among the indicators of its file.
    pub position: i64,
    pub imported_at: DateTime<Utc>,
}

/// One area's value of an indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredValue {
    pub area_code: String,
    pub value: f64,
    pub denominator: Option<f64>,
    /// For a 2011 LSOA, the ward the lookup imported with it puts it in.
    pub ward_code: Option<String>,
}

#[async_trait]
pub trait IntelligenceStore: Send + Sync {
    /// Lands indicators and their values in one transaction, replacing any indicator of the same key and geography
    /// (and all its values).
    async fn import_indicators(
        &self,
        indicators: &[(StoredIndicator, Vec<StoredValue>)],
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Every indicator with its values, in topic and file order.
    async fn load_indicators(&self) -> Result<Vec<(StoredIndicator, Vec<StoredValue>)>>;
}
