//! Applying the store's changes: records kept by id, each service indexed in a new slot (its document, dense entry,
//! postings, grid cells and lists) with its old slot marked dead, the services of a moved location or a renamed
//! term indexed again, and the sweep that rebuilds everything without dead slots, laid out by place afresh. The
//! only part of the crate that changes the index.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use foldhash::{HashMap, HashMapExt as _, HashSet, HashSetExt as _};
use kith_core::directory::{Service, service_at_location_id};
use kith_core::places::{LatLng, WardCode};
use uuid::Uuid;

use crate::doc::deciding_place;
use crate::doc::{Doc, HAS_AREAS, Hot, LIVE, MORE_PLACES, accessibility_bits, language_bit};
use crate::layout::{Layout, Region, cell_of};
use crate::postings::Posting;
use crate::{Change, DirectoryIndex};

impl DirectoryIndex {
    /// Applies changes in the order given (the store's change order), then catches the counter up to `seq`.
    pub fn apply(&mut self, changes: Vec<Change>, seq: i64) {
        let mut reindex: HashSet<Uuid> = HashSet::new();
        let mut terms_changed = false;
        // Services last: a batch holds each record once, and a service is indexed with the terms, locations and
        // organisation written beside it.
        let (services, others): (Vec<Change>, Vec<Change>) =
            changes.into_iter().partition(|c| matches!(c, Change::Service { .. }));
        for change in others {
            match change {
                Change::Organisation(o) => {
                    let listing = self.listings.as_ref().map(|listings| listings.organisation(&o));
                    let number = self.organisation_number(o.id);
                    self.organisation_listings[number as usize] = listing;
                    self.organisations.insert(o.id, Arc::new(o));
                }
                Change::Location(l) => {
                    if let Some(services) = self.at_location.get(&l.id) {
                        reindex.extend(services.iter().copied());
                    }
                    self.locations.insert(l.id, Arc::new(l));
                }
                Change::Taxonomy(t) => {
                    self.taxonomies.insert(t.id, Arc::new(t));
                }
                Change::Term(t) => {
                    terms_changed |= self.terms.get(&t.id).is_some_and(|old| **old != t);
                    self.terms.insert(t.id, Arc::new(t));
                }
                Change::Synonym(s) => {
                    self.synonyms.insert(s.id, s);
                    self.rebuild_synonyms();
                }
                Change::Service { .. } => {}
                Change::Removed(id) => {
                    self.remove_service(id);
                    self.organisations.remove(&id);
                    if let Some(&number) = self.organisation_numbers.get(&id) {
                        self.organisation_listings[number as usize] = None;
                    }
                    self.taxonomies.remove(&id);
                    terms_changed |= self.terms.remove(&id).is_some();
                    if let Some(services) = self.at_location.get(&id) {
                        reindex.extend(services.iter().copied());
                    }
                    self.locations.remove(&id);
                    if self.synonyms.remove(&id).is_some() {
                        self.rebuild_synonyms();
                    }
                }
            }
        }
        let services: Vec<(Arc<Service>, DateTime<Utc>)> = services
            .into_iter()
            .filter_map(|c| match c {
                Change::Service { service, modified } => Some((Arc::new(service), modified)),
                _ => None,
            })
            .collect();
        for (service, _) in &services {
            reindex.remove(&service.id);
        }
        self.add_services(services);
        if terms_changed {
            // A renamed or moved term changes the text and the ancestry of every service that has it.
            reindex.extend(self.slot_of.keys().copied());
        }
        for id in reindex {
            if let Some(&slot) = self.slot_of.get(&id)
                && let Some(doc) = &self.docs[slot as usize]
            {
                let (service, modified) = (doc.service.clone(), doc.modified);
                self.remove_service(id);
                self.add_service(service, modified);
            }
        }
        self.seq = self.seq.max(seq);
        // Swept when dead slots, or slots indexed since the build (which every distance search walks), are many.
        let dead = self.docs.len() - self.live;
        let since = self.docs.len() - self.layout.built as usize;
        if (dead > 1000 && dead > self.live / 4) || (since > 1000 && since > self.live / 4) {
            self.compact();
        }
        self.refresh_term_sets();
    }

    fn rebuild_synonyms(&mut self) {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for s in self.synonyms.values() {
            let words: Vec<String> = self.analyzer.stems(&s.word);
            let alternatives: Vec<String> = s.alternatives.iter().flat_map(|a| self.analyzer.stems(a)).collect();
            for w in words {
                let entry = map.entry(w.clone()).or_default();
                for a in &alternatives {
                    if *a != w && !entry.contains(a) {
                        entry.push(a.clone());
                    }
                }
            }
        }
        self.synonym_stems = map;
    }

    /// Every term and the terms above it.
    fn with_ancestors(&self, terms: &[Uuid]) -> Vec<Uuid> {
        let mut out: Vec<Uuid> = Vec::new();
        for &t in terms {
            let mut at = Some(t);
            let mut steps = 0;
            while let Some(id) = at {
                if out.contains(&id) || steps > 16 {
                    break;
                }
                out.push(id);
                at = self.terms.get(&id).and_then(|t| t.parent_id);
                steps += 1;
            }
        }
        out.sort_unstable();
        out
    }

    /// Indexes a batch of services in place of any earlier versions. A large batch (the build at start) has its
    /// list items written on a second thread while this one indexes, so the build waits for neither alone.
    fn add_services(&mut self, mut services: Vec<(Arc<Service>, DateTime<Utc>)>) {
        const ON_A_SECOND_THREAD: usize = 1_000;
        let build = self.docs.is_empty();
        if build {
            services.sort_by_cached_key(|(s, _)| {
                let mut positions = self.positions(s);
                Layout::key(deciding_place(positions.next(), positions.next().is_some(), !s.areas.is_empty()))
            });
        }
        let large = services.len() >= ON_A_SECOND_THREAD;
        let Some(listings) = self.listings.take_if(|_| large) else {
            for (service, modified) in services {
                self.remove_service(service.id);
                self.add_service(service, modified);
            }
            if build {
                self.lay_out();
            }
            return;
        };
        let (slots, written) = std::thread::scope(|scope| {
            let writer = scope.spawn(|| services.iter().map(|(s, modified)| listings.service(s, *modified)).collect());
            let slots: Vec<u32> = services
                .iter()
                .map(|(service, modified)| {
                    self.remove_service(service.id);
                    self.add_service(service.clone(), *modified)
                })
                .collect();
            let written: Vec<Box<str>> = writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (slots, written)
        });
        for (slot, listing) in slots.into_iter().zip(written) {
            if let Some(doc) = &mut self.docs[slot as usize] {
                doc.listing = listing;
            }
        }
        self.listings = Some(listings);
        if build {
            self.lay_out();
        }
    }

    /// The positions of a service's locations, in its order.
    fn positions<'a>(&'a self, service: &'a Service) -> impl Iterator<Item = LatLng> + 'a {
        service.locations.iter().filter_map(|l| self.locations.get(l)?.position)
    }

    /// Indexes one service in a new slot (without its list item while `listings` is taken by `add_services`).
    fn add_service(&mut self, service: Arc<Service>, modified: DateTime<Utc>) -> u32 {
        let slot = u32::try_from(self.docs.len()).expect("fewer than four billion services");
        let terms = self.with_ancestors(&service.terms);
        let mut taxonomies: Vec<Uuid> = terms.iter().filter_map(|t| self.terms.get(t)).map(|t| t.taxonomy_id).collect();
        taxonomies.sort_unstable();
        taxonomies.dedup();
        let term_text: Vec<&str> =
            service.terms.iter().filter_map(|t| self.terms.get(t)).map(|t| t.name.as_str()).collect();
        let mut memo = std::mem::take(&mut self.stem_memo);
        // Its name and description in other languages are searched with the English, so a search in Urdu finds
        // what is written in Urdu.
        let mut names = service.name.clone();
        let mut descriptions = service.description.clone();
        for w in &service.written_in {
            names.push(' ');
            names.push_str(&w.name);
            descriptions.push(' ');
            descriptions.push_str(&w.description);
        }
        let fields = [
            self.analyzer.stems_with(&names, &mut memo),
            self.analyzer.stems_with(&term_text.join(" "), &mut memo),
            self.analyzer.stems_with(&descriptions, &mut memo),
        ];
        // A word seen once is as likely as not a name; keep the memo from growing without bound.
        if memo.len() > 200_000 {
            memo.clear();
        }
        self.stem_memo = memo;
        let mut tfs: HashMap<&str, [u8; 3]> = HashMap::new();
        for (f, stems) in fields.iter().enumerate() {
            for s in stems {
                let tf = tfs.entry(s.as_str()).or_default();
                tf[f] = tf[f].saturating_add(1);
            }
        }
        let lengths = fields.each_ref().map(|f| u16::try_from(f.len()).unwrap_or(u16::MAX));
        for (sum, len) in self.length_sums.iter_mut().zip(lengths) {
            *sum += u64::from(len);
        }

        let points: Vec<LatLng> = self.positions(&service).collect();
        let mut wards: Vec<WardCode> = service.areas.clone();
        let area_wards: Vec<u16> = service.areas.iter().map(|w| self.ward_id(w)).collect();
        let mut accessibility = 0;
        for id in &service.locations {
            self.at_location.entry(*id).or_default().insert(service.id);
            self.service_at_locations.insert(service_at_location_id(service.id, *id), (service.id, *id));
            let Some(location) = self.locations.get(id) else { continue };
            accessibility |= accessibility_bits(&location.accessibility);
            if let Some(w) = &location.ward {
                wards.push(w.clone());
            }
        }
        let mut wards: Vec<u16> = wards.iter().map(|w| self.ward_id(w)).collect();
        wards.sort_unstable();
        wards.dedup();
        let region = deciding_place(points.first().copied(), points.len() > 1, !area_wards.is_empty())
            .map_or(Region::ANY, Region::of);
        for (stem, tf) in tfs {
            // Looked up before inserting, so a word already indexed costs no allocation.
            match self.postings.get_mut(stem) {
                Some(list) => list.push(Posting { slot, tf, region }),
                None => {
                    self.postings.insert(stem.into(), vec![Posting { slot, tf, region }]);
                }
            }
        }
        let mut cells: Vec<(i32, i32)> = points.iter().map(|p| cell_of(*p)).collect();
        cells.sort_unstable();
        cells.dedup();
        for cell in cells {
            self.grid.entry(cell).or_default().push(slot);
        }
        for w in &wards {
            self.by_ward.entry(*w).or_default().push(slot);
        }
        for t in &terms {
            self.by_term.entry(*t).or_default().push(slot);
            if let Some(set) = self.term_sets.get_mut(t) {
                set.insert(slot);
            }
        }
        for w in &area_wards {
            self.by_area.entry(*w).or_default().push(slot);
        }
        let doc = Doc {
            languages: service.languages.iter().map(language_bit).fold(0, |a, b| a | b),
            free: service.is_free(),
            area_wards,
            listing: self.listings.as_ref().map(|l| l.service(&service, modified)).unwrap_or_default(),
            organisation: self.organisation_number(service.organisation_id),
            service: service.clone(),
            modified,
            point: points.first().copied(),
            more_points: points.get(1..).map(<[LatLng]>::to_vec).unwrap_or_default(),
            wards,
            taxonomies,
            accessibility,
        };
        self.hot.push(Hot {
            expires_at: kith_core::directory::expires_at(service.checked_at).timestamp(),
            lat: doc.point.map_or(f32::NAN, |p| p.lat as f32),
            lng: doc.point.map_or(f32::NAN, |p| p.lng as f32),
            lengths,
            flags: LIVE
                | if doc.more_points.is_empty() { 0 } else { MORE_PLACES }
                | if doc.area_wards.is_empty() { 0 } else { HAS_AREAS },
        });
        self.ids.push(service.id);
        self.slot_of.insert(service.id, slot);
        self.docs.push(Some(doc));
        self.live += 1;
        slot
    }

    /// The organisation's number, given now if it has none yet.
    fn organisation_number(&mut self, id: Uuid) -> u32 {
        let next = u32::try_from(self.organisation_listings.len()).expect("fewer than four billion organisations");
        let number = *self.organisation_numbers.entry(id).or_insert(next);
        if number == next {
            self.organisation_listings.push(None);
        }
        number
    }

    /// The ward's number, given now if it has none yet.
    fn ward_id(&mut self, code: &WardCode) -> u16 {
        if let Some(id) = self.ward_ids.get(code) {
            return *id;
        }
        let id = u16::try_from(self.ward_codes.len()).unwrap_or(u16::MAX);
        self.ward_codes.push(code.clone());
        self.ward_ids.insert(code.clone(), id);
        id
    }

    fn remove_service(&mut self, id: Uuid) {
        let Some(slot) = self.slot_of.remove(&id) else { return };
        if let Some(doc) = self.docs[slot as usize].take() {
            let hot = &mut self.hot[slot as usize];
            hot.flags &= !LIVE;
            for (sum, len) in self.length_sums.iter_mut().zip(hot.lengths) {
                *sum -= u64::from(len);
            }
            for l in &doc.service.locations {
                if let Some(set) = self.at_location.get_mut(l) {
                    set.remove(&id);
                }
                self.service_at_locations.remove(&service_at_location_id(id, *l));
            }
            self.live -= 1;
        }
    }

    /// Rebuilds the postings and lists without dead entries, laid out by place again, keeping the list items.
    fn compact(&mut self) {
        let mut docs: Vec<Doc> = self.docs.drain(..).flatten().collect();
        docs.sort_by_key(|d| Layout::key(d.deciding_place()));
        self.slot_of.clear();
        self.hot.clear();
        self.ids.clear();
        self.postings.clear();
        self.grid.clear();
        self.by_ward.clear();
        self.by_term.clear();
        self.term_sets.clear();
        self.by_area.clear();
        self.at_location.clear();
        self.service_at_locations.clear();
        self.live = 0;
        self.length_sums = [0; 3];
        let listings = self.listings.take();
        for doc in docs {
            let slot = self.add_service(doc.service, doc.modified);
            if let Some(new) = &mut self.docs[slot as usize] {
                new.listing = doc.listing;
            }
        }
        self.listings = listings;
        self.lay_out();
    }
}
