//! Need against provision: how many services for each need are within reach of where a ward's people live, per
//! 1,000 residents, and the gaps where need is high and provision low. No I/O.
//!
//! People live at their LSOA's centre, weighted by its population; a service is within reach of an LSOA when one
//! of its places is within the reach (walking distance). A ward's provision for a need is the sum, over the
//! services of that need, of the share of the ward's people within reach of each, per 1,000 of them: a service
//! every resident can walk to counts one, one that half can reach counts a half. Services are put in a grid of
//! cells as wide as the reach, so each LSOA looks only at the nine cells around it.

use std::collections::HashMap;

use crate::places::{DistanceFrom, LatLng, Radius};

/// Where a ward's people live: an LSOA's centre and its population.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Home {
    pub ward: usize,
    pub people: f64,
    pub at: LatLng,
}

/// A place a service of one need is offered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Offer {
    /// The service, so that one with several places is counted once for an LSOA (for each of its needs).
    pub service: u32,
    pub need: usize,
    pub at: LatLng,
    /// Open in the evening (from 17:00) or at the weekend: useful to people who work or study in the day.
    pub useful_hours: bool,
    /// Offered in a language besides English.
    pub other_languages: bool,
}

/// A ward's provision for one need, per 1,000 residents.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Provision {
    pub per_1000: f64,
    pub useful_hours_per_1000: f64,
    pub other_languages_per_1000: f64,
}

/// Every ward's provision for every need: `[ward][need]`.
pub fn provision(homes: &[Home], wards: usize, offers: &[Offer], needs: usize, reach: Radius) -> Vec<Vec<Provision>> {
    let mut out = vec![vec![Provision::default(); needs]; wards];
    let Some(first) = homes.first() else { return out };
    let reach_m = reach.m().max(1.0);
    let (cell_lat, cell_lng) = first.at.degrees_around(reach_m);
    let cell = |at: LatLng| ((at.lat / cell_lat).floor() as i64, (at.lng / cell_lng).floor() as i64);
    let mut grid: HashMap<(i64, i64), Vec<u32>> = HashMap::new();
    for (i, o) in offers.iter().enumerate() {
        if o.need < needs {
            grid.entry(cell(o.at)).or_default().push(i as u32);
        }
    }
    let mut people = vec![0.0; wards];
    for h in homes.iter().filter(|h| h.ward < wards) {
        people[h.ward] += h.people;
    }
    // For each LSOA, the services of each need within reach (each once, whatever its places).
    let mut seen: HashMap<(u32, usize), (bool, bool)> = HashMap::new();
    for h in homes.iter().filter(|h| h.ward < wards && h.people > 0.0) {
        seen.clear();
        let from = DistanceFrom::new(h.at);
        let (row, col) = cell(h.at);
        for dr in -1..=1 {
            for dc in -1..=1 {
                let Some(inside) = grid.get(&(row + dr, col + dc)) else { continue };
                for &i in inside {
                    let o = &offers[i as usize];
                    if from.metres_to(o.at) <= reach_m {
                        let entry = seen.entry((o.service, o.need)).or_insert((false, false));
                        entry.0 |= o.useful_hours;
                        entry.1 |= o.other_languages;
                    }
                }
            }
        }
        let share = h.people / people[h.ward];
        let per = 1_000.0 / people[h.ward];
        for (&(_, need), &(useful, languages)) in &seen {
            let p = &mut out[h.ward][need];
            p.per_1000 += share * per;
            if useful {
                p.useful_hours_per_1000 += share * per;
            }
            if languages {
                p.other_languages_per_1000 += share * per;
            }
        }
    }
    out
}

/// How far a value stands from the others, in standard deviations (0 when they are all alike).
pub fn standardised(values: &[f64]) -> Vec<f64> {
    let n = values.len() as f64;
    if values.is_empty() {
        return Vec::new();
    }
    let mean = values.iter().sum::<f64>() / n;
    let sd = (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n).sqrt();
    values.iter().map(|v| if sd > 0.0 { (v - mean) / sd } else { 0.0 }).collect()
}

/// The share of `values` at or below `value`, as a whole percentage: where a ward stands among the city's.
pub fn percentile_of(value: f64, values: &[f64]) -> u32 {
    if values.is_empty() {
        return 0;
    }
    let below = values.iter().filter(|v| **v <= value).count();
    ((below as f64 / values.len() as f64) * 100.0).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lng: f64) -> LatLng {
        LatLng::new(lat, lng).unwrap()
    }

    fn offer(service: u32, need: usize, place: LatLng) -> Offer {
        Offer { service, need, at: place, useful_hours: false, other_languages: false }
    }

    #[test]
    fn a_service_within_reach_of_everyone_counts_one_per_the_wards_thousands() {
        let homes = [Home { ward: 0, people: 2_000.0, at: at(52.48, -1.9) }];
        let offers = [offer(1, 0, at(52.481, -1.9))];
        let p = provision(&homes, 1, &offers, 1, Radius::metres(1_600.0).unwrap());
        assert!((p[0][0].per_1000 - 0.5).abs() < 1e-9, "{:?}", p[0][0]);
    }

    #[test]
    fn a_service_only_half_the_people_can_reach_counts_half() {
        let homes = [
            Home { ward: 0, people: 1_000.0, at: at(52.48, -1.9) },
            Home { ward: 0, people: 1_000.0, at: at(52.60, -1.9) },
        ];
        let offers = [offer(1, 0, at(52.48, -1.9))];
        let p = provision(&homes, 1, &offers, 1, Radius::metres(1_600.0).unwrap());
        assert!((p[0][0].per_1000 - 0.25).abs() < 1e-9, "{:?}", p[0][0]);
    }

    #[test]
    fn a_service_with_two_places_in_reach_is_counted_once() {
        let homes = [Home { ward: 0, people: 1_000.0, at: at(52.48, -1.9) }];
        let offers = [offer(7, 0, at(52.481, -1.9)), offer(7, 0, at(52.479, -1.9))];
        let p = provision(&homes, 1, &offers, 1, Radius::metres(1_600.0).unwrap());
        assert!((p[0][0].per_1000 - 1.0).abs() < 1e-9, "{:?}", p[0][0]);
    }

    #[test]
    fn a_service_for_two_needs_counts_for_each() {
        let homes = [Home { ward: 0, people: 1_000.0, at: at(52.48, -1.9) }];
        let offers = [offer(7, 0, at(52.481, -1.9)), offer(7, 1, at(52.481, -1.9))];
        let p = provision(&homes, 1, &offers, 2, Radius::metres(1_600.0).unwrap());
        assert_eq!((p[0][0].per_1000, p[0][1].per_1000), (1.0, 1.0));
    }

    #[test]
    fn a_service_beyond_the_reach_is_not_counted_even_in_the_next_cell() {
        let homes = [Home { ward: 0, people: 1_000.0, at: at(52.48, -1.9) }];
        // 2 km north: in a neighbouring cell, beyond 1.6 km.
        let offers = [offer(1, 0, at(52.498, -1.9))];
        let p = provision(&homes, 1, &offers, 1, Radius::metres(1_600.0).unwrap());
        assert_eq!(p[0][0].per_1000, 0.0);
    }

    #[test]
    fn standardising_centres_on_the_mean() {
        let z = standardised(&[1.0, 2.0, 3.0]);
        assert!((z[1]).abs() < 1e-12 && z[0] < 0.0 && z[2] > 0.0);
        assert_eq!(standardised(&[4.0, 4.0]), vec![0.0, 0.0]);
        assert_eq!(percentile_of(2.0, &[1.0, 2.0, 3.0, 4.0]), 50);
    }
}
