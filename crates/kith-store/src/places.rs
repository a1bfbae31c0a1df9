//! Places as stored: ward generations and their boundaries, neighbourhoods, postcodes, LSOAs and local
//! authorities. They are read whole at start and served from memory, so these are bulk operations.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::{AuditEntry, Result};

/// A set of ward boundaries in force together (a city's 2018 wards, its 2022 wards).
#[derive(Debug, Clone, PartialEq)]
pub struct WardGeneration {
    pub id: Uuid,
    pub name: String,
    pub authority_code: String,
    pub authority_name: String,
    pub is_current: bool,
    pub imported_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WardRow {
    pub generation_id: Uuid,
    pub code: String,
    pub name: String,
    /// The boundary as a GeoJSON geometry.
    pub boundary: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PostcodeRow {
    pub postcode: String,
    pub latitude: f64,
    pub longitude: f64,
    pub authority_code: Option<String>,
    pub ward_code: Option<String>,
    pub lsoa_code: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LsoaRow {
    pub code: String,
    pub name: String,
    pub ward_code: Option<String>,
    /// The boundary as a GeoJSON geometry, where the import had one (for the small-area maps).
    pub boundary: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Neighbourhood {
    pub id: Uuid,
    pub kind: String,
    pub name: String,
    pub wards: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Authority {
    pub code: String,
    pub name: String,
}

/// A whole import of a city's places. What is `None` is left as it is.
#[derive(Debug, Clone, Default)]
pub struct PlacesImport {
    pub generation: String,
    pub authority_code: String,
    pub authority_name: String,
    pub make_current: bool,
    pub wards: Vec<(String, String, String)>,
    pub authorities: Vec<Authority>,
    pub postcodes: Option<Vec<PostcodeRow>>,
    pub lsoas: Option<Vec<LsoaRow>>,
    /// (kind, name, ward codes); replaces all neighbourhoods when given.
    pub neighbourhoods: Option<Vec<(String, String, Vec<String>)>>,
}

/// Everything about places, as loaded at start.
#[derive(Debug, Clone, Default)]
pub struct PlacesSnapshot {
    pub generations: Vec<WardGeneration>,
    pub wards: Vec<WardRow>,
    pub authorities: Vec<Authority>,
    pub postcodes: Vec<PostcodeRow>,
    pub lsoas: Vec<LsoaRow>,
    pub neighbourhoods: Vec<Neighbourhood>,
}

#[async_trait]
pub trait PlacesStore {
    /// Lands a whole import in one transaction, replacing the named generation's wards (and postcodes, LSOAs and
    /// neighbourhoods where given). Returns the generation's id.
    async fn import_places(&self, import: &PlacesImport, at: DateTime<Utc>, audit: &AuditEntry) -> Result<Uuid>;
    async fn load_places(&self) -> Result<PlacesSnapshot>;
}
