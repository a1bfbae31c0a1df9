//! The records the index holds, by id and in lists, for pages, the API's single records and exports; each list
//! sorted as it says. Nothing here searches.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use kith_core::directory::{Location, Organisation, Service, Synonym, Taxonomy, TaxonomyTerm};
use kith_core::places::WardCode;
use uuid::Uuid;

use crate::DirectoryIndex;

impl DirectoryIndex {
    pub fn service_count(&self) -> usize {
        self.live
    }

    pub fn service(&self, id: Uuid) -> Option<(Arc<Service>, DateTime<Utc>)> {
        let slot = *self.slot_of.get(&id)?;
        self.docs[slot as usize].as_ref().map(|d| (d.service.clone(), d.modified))
    }

    /// The service and location a service-at-location identifier stands for.
    pub fn service_at_location(&self, id: Uuid) -> Option<(Uuid, Uuid)> {
        self.service_at_locations.get(&id).copied()
    }

    pub fn organisation(&self, id: Uuid) -> Option<Arc<Organisation>> {
        self.organisations.get(&id).cloned()
    }

    pub fn location(&self, id: Uuid) -> Option<Arc<Location>> {
        self.locations.get(&id).cloned()
    }

    /// The locations placed in a ward, by name.
    pub fn locations_in(&self, ward: &WardCode) -> Vec<Arc<Location>> {
        let mut all: Vec<_> = self.locations.values().filter(|l| l.ward.as_ref() == Some(ward)).cloned().collect();
        all.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        all
    }

    pub fn taxonomy(&self, id: Uuid) -> Option<Arc<Taxonomy>> {
        self.taxonomies.get(&id).cloned()
    }

    pub fn term(&self, id: Uuid) -> Option<Arc<TaxonomyTerm>> {
        self.terms.get(&id).cloned()
    }

    /// Every organisation, by name then id.
    pub fn organisations(&self) -> Vec<Arc<Organisation>> {
        let mut all: Vec<_> = self.organisations.values().cloned().collect();
        all.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        all
    }

    pub fn taxonomies(&self) -> Vec<Arc<Taxonomy>> {
        let mut all: Vec<_> = self.taxonomies.values().cloned().collect();
        all.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        all
    }

    /// Every term, by taxonomy, then top-level terms before their children, then name.
    pub fn terms(&self) -> Vec<Arc<TaxonomyTerm>> {
        let mut all: Vec<_> = self.terms.values().cloned().collect();
        all.sort_by(|a, b| {
            (a.taxonomy_id, a.parent_id.is_some(), &a.name, a.id).cmp(&(
                b.taxonomy_id,
                b.parent_id.is_some(),
                &b.name,
                b.id,
            ))
        });
        all
    }

    /// Every synonym, by word.
    pub fn synonyms(&self) -> Vec<Synonym> {
        let mut all: Vec<_> = self.synonyms.values().cloned().collect();
        all.sort_by(|a, b| a.word.cmp(&b.word));
        all
    }

    /// The services an organisation runs, by name.
    pub fn services_of(&self, organisation: Uuid) -> Vec<Arc<Service>> {
        let mut all: Vec<_> = self
            .docs
            .iter()
            .flatten()
            .filter(|d| d.service.organisation_id == organisation)
            .map(|d| d.service.clone())
            .collect();
        all.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        all
    }

    /// The live services held at a location, by name.
    pub fn services_at(&self, location: Uuid) -> Vec<Arc<Service>> {
        let mut held: Vec<Arc<Service>> = self
            .docs
            .iter()
            .flatten()
            .filter(|d| d.service.locations.contains(&location))
            .map(|d| d.service.clone())
            .collect();
        held.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        held
    }

    /// Every live service, for exports, in id order.
    pub fn all_services(&self) -> Vec<(Arc<Service>, DateTime<Utc>)> {
        let mut all: Vec<_> = self.docs.iter().flatten().map(|d| (d.service.clone(), d.modified)).collect();
        all.sort_by_key(|(s, _)| s.id);
        all
    }
}
