//! Need against provision (public): for each ward and each need in the directory's taxonomy (its top-level terms),
//! the services within a walk of where the ward's people live, per 1,000 residents, with how many of them open in
//! the evening or at the weekend and how many are offered in a language besides English; set against the
//! indicator that measures that need, the gaps ranked with the reason in words.
//!
//! A gap's score is how far the ward's need stands above the city's wards (in standard deviations) plus how far
//! its provision stands below theirs; a need no indicator measures is ranked by provision alone. The whole city is
//! worked out at once and kept [`GAPS_FRESH`].

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use chrono::{Datelike, NaiveTime, Weekday};
use kith_core::directory::{Recurrence, Service};
use kith_core::intelligence::provision::{Home, Offer, percentile_of, provision, standardised};
use kith_core::places::{Radius, WardCode};
use serde::Serialize;
use uuid::Uuid;

use super::{headline, intelligence, summary_text};
use crate::{App, AppError, Result};

/// A walk: a mile, about twenty minutes.
pub const REACH_METRES: f64 = 1_600.0;

/// How long the gaps are kept before they are worked out again.
pub const GAPS_FRESH: Duration = Duration::from_secs(60);

/// Which indicator measures each need, by the need's code in the taxonomy: Kith's default pairing for the
/// reference taxonomy and Birmingham's indicators. A need not named here is ranked by its provision alone.
pub const NEED_INDICATORS: &[(&str, &str)] = &[
    ("loneliness", "age_65_plus"),
    ("food", "iod2025_income_decile"),
    ("money", "iod2025_income_decile"),
    ("advice", "iod2025_income_decile"),
    ("wellbeing", "iod2025_health_decile"),
    ("activity", "iod2025_health_decile"),
    ("carers", "iod2025_health_decile"),
    ("disability", "iod2025_health_decile"),
    ("learning", "iod2025_education_decile"),
    ("digital", "iod2025_education_decile"),
    ("families", "age_0_15"),
    ("older", "age_65_plus"),
    ("housing", "iod2025_housing_and_services_decile"),
];

/// One need in one ward.
#[derive(Debug, Clone, Serialize)]
pub struct NeedLine {
    pub need_id: Uuid,
    pub need: String,
    /// Services within reach per 1,000 residents.
    pub per_1000: f64,
    pub useful_hours_per_1000: f64,
    pub other_languages_per_1000: f64,
    pub city_per_1000: f64,
    pub indicator: Option<String>,
    pub indicator_key: Option<String>,
    pub indicator_value: Option<String>,
    /// The share of wards whose need is no higher.
    pub need_percentile: Option<u32>,
    pub provision_percentile: u32,
    pub score: f64,
    /// 1 is the ward's biggest gap.
    pub rank: usize,
    pub reason: String,
}

/// Every ward's needs, biggest gap first.
#[derive(Debug, Default)]
pub struct Gaps {
    pub wards: HashMap<WardCode, Vec<NeedLine>>,
    pub services: usize,
}

/// The city's gaps, from the cache while they are fresh (public).
pub async fn gaps(app: &App) -> Result<Arc<Gaps>> {
    app.gaps.through(&(), || async { compute(app).await }).await
}

/// Whether a service runs in the evening (closing after 17:00) or at the weekend.
fn useful_hours(s: &Service) -> bool {
    let evening = NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default();
    s.schedules.iter().any(|sch| {
        let weekend = |d: &Weekday| matches!(d, Weekday::Sat | Weekday::Sun);
        sch.closes > evening
            || match &sch.recurrence {
                Recurrence::Weekly { days, .. } => days.iter().any(weekend),
                Recurrence::Monthly { day, .. } => weekend(day),
                Recurrence::Once { date } => weekend(&date.weekday()),
            }
    })
}

/// Works out every ward's provision and gaps now.
pub async fn compute(app: &App) -> Result<Gaps> {
    let intelligence = intelligence(app).await?;
    let places = app.places();
    let ward_at: HashMap<&WardCode, usize> = places.wards().iter().enumerate().map(|(i, w)| (&w.code, i)).collect();
    let homes: Vec<Home> = places
        .lsoas()
        .iter()
        .zip(places.lsoa_centres())
        .filter_map(|(l, at)| {
            let ward = *ward_at.get(l.ward.as_ref()?)?;
            Some(Home { ward, people: intelligence.lsoa_people.get(&l.code).copied().unwrap_or(1.0), at: (*at)? })
        })
        .collect();
    let (needs, offers, services) = {
        let index = app.directory.read();
        let terms = index.terms();
        let parent: HashMap<Uuid, Option<Uuid>> = terms.iter().map(|t| (t.id, t.parent_id)).collect();
        let mut needs: Vec<(Uuid, String, String)> =
            terms.iter().filter(|t| t.parent_id.is_none()).map(|t| (t.id, t.name.clone(), t.code.clone())).collect();
        needs.sort_by(|a, b| a.1.cmp(&b.1));
        let need_at: HashMap<Uuid, usize> = needs.iter().enumerate().map(|(i, n)| (n.0, i)).collect();
        // A term's need is its root, found by walking up (a taxonomy is a few levels deep; the walk stops at 16).
        let root = |mut id: Uuid| {
            for _ in 0..16 {
                match parent.get(&id) {
                    Some(Some(up)) => id = *up,
                    _ => break,
                }
            }
            need_at.get(&id).copied()
        };
        let mut offers = Vec::new();
        let all = index.all_services();
        for (n, (service, _)) in all.iter().enumerate() {
            let mut roots: Vec<usize> = service.terms.iter().filter_map(|t| root(*t)).collect();
            roots.sort_unstable();
            roots.dedup();
            if roots.is_empty() {
                continue;
            }
            let useful = useful_hours(service);
            let languages = service.languages.iter().any(|l| l.as_str() != "en");
            for location in &service.locations {
                let Some(at) = index.location(*location).and_then(|l| l.position) else { continue };
                for need in &roots {
                    offers.push(Offer {
                        service: n as u32,
                        need: *need,
                        at,
                        useful_hours: useful,
                        other_languages: languages,
                    });
                }
            }
        }
        (needs, offers, all.len())
    };
    let reach = Radius::metres(REACH_METRES).ok_or_else(|| AppError::Internal("the reach is a radius".into()))?;
    let wards = places.wards();
    let table = provision(&homes, wards.len(), &offers, needs.len(), reach);
    let people: Vec<f64> =
        wards.iter().map(|w| intelligence.ward_population.get(&w.code).copied().unwrap_or(0.0)).collect();
    let total_people: f64 = people.iter().sum();

    let mut lines: Vec<Vec<NeedLine>> = vec![Vec::new(); wards.len()];
    for (n, (need_id, name, code)) in needs.iter().enumerate() {
        let per: Vec<f64> = table.iter().map(|row| row[n].per_1000).collect();
        let city = if total_people > 0.0 {
            per.iter().zip(&people).map(|(p, w)| p * w).sum::<f64>() / total_people
        } else {
            per.iter().sum::<f64>() / per.len().max(1) as f64
        };
        let indicator =
            NEED_INDICATORS.iter().find(|(c, _)| c == code).and_then(|(_, key)| intelligence.indicator(key));
        let need_values: Option<Vec<f64>> = indicator
            .map(|i| wards.iter().map(|w| i.wards.get(&w.code).and_then(headline).unwrap_or(f64::NAN)).collect());
        let z_provision = standardised(&per);
        // Standardised over the wards whose need is known; a ward without it is ranked by provision alone.
        let known: Vec<f64> = need_values.iter().flatten().copied().filter(|v| !v.is_nan()).collect();
        let z_need = need_values.as_ref().map(|v| {
            let z_known = standardised(&known);
            let mut next = z_known.iter();
            v.iter().map(|x| if x.is_nan() { 0.0 } else { *next.next().unwrap_or(&0.0) }).collect::<Vec<f64>>()
        });
        for (w, ward) in wards.iter().enumerate() {
            let need_value = need_values.as_ref().map(|v| v[w]).filter(|v| !v.is_nan());
            let need_percentile = need_value.map(|v| percentile_of(v, &known));
            let provision_percentile = percentile_of(per[w], &per);
            let score = z_need.as_ref().map_or(0.0, |z| z[w]) - z_provision[w];
            let indicator_value = indicator.and_then(|i| i.wards.get(&ward.code).map(|s| summary_text(i.meta.kind, s)));
            let reason = reason(
                name,
                per[w],
                city,
                indicator.map(|i| i.meta.title.as_str()),
                need_percentile,
                indicator_value.as_deref(),
            );
            lines[w].push(NeedLine {
                need_id: *need_id,
                need: name.clone(),
                per_1000: per[w],
                useful_hours_per_1000: table[w][n].useful_hours_per_1000,
                other_languages_per_1000: table[w][n].other_languages_per_1000,
                city_per_1000: city,
                indicator: indicator.map(|i| i.meta.title.clone()),
                indicator_key: indicator.map(|i| i.meta.key.clone()),
                indicator_value,
                need_percentile,
                provision_percentile,
                score,
                rank: 0,
                reason,
            });
        }
    }
    let mut by_ward = HashMap::new();
    for (w, mut ward_lines) in lines.into_iter().enumerate() {
        ward_lines.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.need.cmp(&b.need)));
        for (i, l) in ward_lines.iter_mut().enumerate() {
            l.rank = i + 1;
        }
        by_ward.insert(wards[w].code.clone(), ward_lines);
    }
    Ok(Gaps { wards: by_ward, services })
}

/// The gap in words: the need where it is measured, and what is within reach against the city.
fn reason(
    need: &str,
    per: f64,
    city: f64,
    indicator: Option<&str>,
    percentile: Option<u32>,
    value: Option<&str>,
) -> String {
    let reach = format!(
        "{per:.1} {} services are within a mile's walk per 1,000 residents, against {city:.1} across the city",
        need.to_lowercase()
    );
    match (indicator, percentile, value) {
        (Some(title), Some(p), Some(v)) => {
            format!("{title} is at or above {p}% of the city's wards here ({v}); {reach}.")
        }
        _ => format!("{reach}."),
    }
}

/// A ward's needs, biggest gap first (public).
pub async fn for_ward(app: &App, ward: &WardCode) -> Result<Vec<NeedLine>> {
    Ok(gaps(app).await?.wards.get(ward).cloned().unwrap_or_default())
}
