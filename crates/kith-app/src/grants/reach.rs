//! Reach: where a fund's money went and how fast it was decided, for everyone to see. By ward (with the ward's
//! deprivation), by size of award and kind of group, to first-time applicants, to groups that say they are led by
//! Black, Asian and minority ethnic people (self-declared, optional, counted together, and any count under 5
//! suppressed), by how applications came in, and the working days to a decision (median and 90th percentile per
//! round, the fast track and the panel apart). The figures are public and hold no personal data.

use std::collections::BTreeMap;
use std::sync::Arc;

use kith_core::grants::{ApplicationState, Channel, GroupKind, Pence, Track};
use kith_core::places::WardCode;
use serde::Serialize;
use uuid::Uuid;

use super::{ApplicationQuery, Fund, Round};
use crate::{App, AppError, Result};

/// Counts under this are shown as "fewer than 5" (and their amounts withheld), so no small group is singled out.
pub const SUPPRESS_UNDER: u64 = 5;

/// The most applications a reach report reads.
pub const MAX_COUNTED: i64 = 500_000;

/// A count and an amount, or `None` for both when the count is suppressed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Tally {
    pub count: Option<u64>,
    pub amount_pounds: Option<f64>,
}

fn tally(count: u64, amount: Pence) -> Tally {
    if count > 0 && count < SUPPRESS_UNDER {
        Tally { count: None, amount_pounds: None }
    } else {
        Tally { count: Some(count), amount_pounds: Some(amount.as_pounds()) }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct WardReach {
    pub ward_code: String,
    pub ward_name: String,
    /// The ward's mean Index of Multiple Deprivation 2025 score (higher is more deprived).
    pub deprivation: Option<f64>,
    pub awards: u64,
    pub awarded_pounds: f64,
}

/// Working days from an application's arrival to its decision.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Speed {
    pub decided: u64,
    pub median_days: Option<u32>,
    pub p90_days: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoundSpeed {
    pub round: String,
    pub fast_track: Speed,
    pub panel: Speed,
}

/// A fund's reach, over all its rounds or one.
#[derive(Debug, Clone, Serialize)]
pub struct Reach {
    pub fund: String,
    pub round: Option<String>,
    pub applications: u64,
    pub awards: u64,
    pub awarded_pounds: f64,
    pub by_ward: Vec<WardReach>,
    /// By size of award, in bands.
    pub by_size: Vec<(String, Tally)>,
    pub by_kind: Vec<(String, Tally)>,
    /// Awards to groups that say this is their first grant from the council.
    pub first_time: Tally,
    /// Awards to groups that say they are led by Black, Asian or minority ethnic people.
    pub minority_led: Tally,
    /// Applications by how they came in: online, by phone, on paper.
    pub by_channel: Vec<(String, u64)>,
    pub speed: Vec<RoundSpeed>,
}

const BANDS: [(&str, i64); 4] =
    [("Up to £500", 50_000), ("£501 to £1,000", 100_000), ("£1,001 to £2,500", 250_000), ("Over £2,500", i64::MAX)];

/// The value at `q` (0 to 1) of sorted values, by nearest rank.
fn percentile(sorted: &[u32], q: f64) -> Option<u32> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (q * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted.get(rank.min(sorted.len()) - 1).copied()
}

fn speed(mut days: Vec<u32>) -> Speed {
    days.sort_unstable();
    Speed { decided: days.len() as u64, median_days: percentile(&days, 0.5), p90_days: percentile(&days, 0.9) }
}

/// How long a fund's reach is kept: this instance forgets it when one of the fund's applications changes (see
/// `grants::save`), others show it at most this old.
pub const REACH_FRESH: std::time::Duration = std::time::Duration::from_secs(60);

/// A fund's reach (public), over all its rounds or `round` alone, counted at most `REACH_FRESH` ago.
pub async fn reach(app: &App, fund_id: Uuid, round: Option<Uuid>) -> Result<Arc<Reach>> {
    app.reach.through(&(fund_id, round), || count(app, fund_id, round)).await
}

/// Counts a fund's reach afresh from its applications.
async fn count(app: &App, fund_id: Uuid, round: Option<Uuid>) -> Result<Reach> {
    let fund: Fund = app.store.fund(fund_id).await?.ok_or(AppError::NotFound)?;
    let rounds: Vec<Round> = app.store.rounds_of(fund_id).await?;
    let chosen = match round {
        Some(id) => Some(rounds.iter().find(|r| r.id == id).ok_or(AppError::NotFound)?.clone()),
        None => None,
    };
    let query = ApplicationQuery {
        funds: vec![fund_id],
        round,
        limit: MAX_COUNTED,
        order: kith_store::grants::Order::Any,
        ..ApplicationQuery::default()
    };
    let (all, _) = app.store.applications(&query).await?;
    let sent: Vec<_> = all.into_iter().filter(|a| a.state != ApplicationState::Draft).collect();
    let awarded: Vec<_> = sent.iter().filter(|a| a.state.is_awarded()).collect();
    let amount = |a: &&kith_store::grants::Application| a.awarded.unwrap_or_default();
    let total = Pence(awarded.iter().map(|a| amount(a).0).sum());

    let stats = crate::places::birmingham::ward_stats()?;
    let places = app.places();
    let mut wards: BTreeMap<WardCode, (u64, i64)> = BTreeMap::new();
    for a in &awarded {
        let e = wards.entry(a.ward.clone()).or_default();
        e.0 += 1;
        e.1 += amount(a).0;
    }
    let by_ward = wards
        .into_iter()
        .map(|(ward, (n, pence))| WardReach {
            ward_name: places.ward(&ward).map(|w| w.name.clone()).unwrap_or_default(),
            deprivation: stats.iter().find(|s| s.code == ward.as_str()).map(|s| s.deprivation),
            ward_code: ward.to_string(),
            awards: n,
            awarded_pounds: Pence(pence).as_pounds(),
        })
        .collect();

    let count = |pick: &dyn Fn(&&&kith_store::grants::Application) -> bool| {
        let chosen: Vec<_> = awarded.iter().filter(|a| pick(a)).collect();
        tally(chosen.len() as u64, Pence(chosen.iter().map(|a| amount(a).0).sum()))
    };
    let mut lower = 0;
    let by_size = BANDS
        .iter()
        .map(|(name, upper)| {
            let band = count(&|a| amount(a).0 > lower && amount(a).0 <= *upper);
            lower = *upper;
            ((*name).to_owned(), band)
        })
        .collect();
    let by_kind = GroupKind::ALL.iter().map(|k| (k.words().to_owned(), count(&|a| a.group_kind == *k))).collect();
    let first_time = count(&|a| a.details.funded_before == Some(false));
    let minority_led = count(&|a| a.details.led_by_minority_ethnic_people == Some(true));
    let by_channel = Channel::ALL
        .iter()
        .map(|c| (c.as_str().to_owned(), sent.iter().filter(|a| a.channel == *c).count() as u64))
        .collect();

    let calendar = app.working_days();
    let speed_rounds: Vec<&Round> = match &chosen {
        Some(r) => vec![r],
        None => rounds.iter().collect(),
    };
    let speed = speed_rounds
        .into_iter()
        .map(|r| {
            let days = |track: Track| -> Vec<u32> {
                sent.iter()
                    .filter(|a| a.round_id == r.id && fund.promise.track(a.amount) == track)
                    .filter(|a| {
                        matches!(
                            a.state,
                            ApplicationState::Awarded | ApplicationState::PartAwarded | ApplicationState::Declined
                        )
                    })
                    .filter_map(|a| Some(calendar.between(a.submitted_at?, a.decided_at?)))
                    .collect()
            };
            RoundSpeed {
                round: r.name.clone(),
                fast_track: speed(days(Track::FastTrack)),
                panel: speed(days(Track::Standard)),
            }
        })
        .collect();
    Ok(Reach {
        fund: fund.name.clone(),
        round: chosen.map(|r| r.name),
        applications: sent.len() as u64,
        awards: awarded.len() as u64,
        awarded_pounds: total.as_pounds(),
        by_ward,
        by_size,
        by_kind,
        first_time,
        minority_led,
        by_channel,
        speed,
    })
}

/// The reach as CSV rows: a figure a row (`measure`, `group`, `count`, `amount_pounds`), empty where suppressed.
pub fn csv_rows(r: &Reach) -> Vec<[String; 4]> {
    let opt = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_default();
    let money = |v: Option<f64>| v.map(|p| format!("{p:.2}")).unwrap_or_default();
    let mut rows = vec![
        ["applications".into(), String::new(), r.applications.to_string(), String::new()],
        ["awards".into(), String::new(), r.awards.to_string(), format!("{:.2}", r.awarded_pounds)],
    ];
    for w in &r.by_ward {
        rows.push([
            "ward".into(),
            format!("{} {}", w.ward_code, w.ward_name),
            w.awards.to_string(),
            format!("{:.2}", w.awarded_pounds),
        ]);
    }
    for (name, t) in &r.by_size {
        rows.push(["size".into(), name.clone(), opt(t.count), money(t.amount_pounds)]);
    }
    for (name, t) in &r.by_kind {
        rows.push(["kind_of_group".into(), name.clone(), opt(t.count), money(t.amount_pounds)]);
    }
    rows.push(["first_time".into(), String::new(), opt(r.first_time.count), money(r.first_time.amount_pounds)]);
    rows.push([
        "minority_ethnic_led".into(),
        String::new(),
        opt(r.minority_led.count),
        money(r.minority_led.amount_pounds),
    ]);
    for (channel, n) in &r.by_channel {
        rows.push(["channel".into(), channel.clone(), n.to_string(), String::new()]);
    }
    for s in &r.speed {
        for (track, sp) in [("fast_track", &s.fast_track), ("panel", &s.panel)] {
            let days = |d: Option<u32>| d.map(|n| n.to_string()).unwrap_or_default();
            rows.push([
                format!("median_working_days_{track}"),
                s.round.clone(),
                sp.decided.to_string(),
                days(sp.median_days),
            ]);
            rows.push([
                format!("p90_working_days_{track}"),
                s.round.clone(),
                sp.decided.to_string(),
                days(sp.p90_days),
            ]);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_by_nearest_rank() {
        let days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        assert_eq!((percentile(&days, 0.5), percentile(&days, 0.9)), (Some(5), Some(9)));
        assert_eq!(percentile(&[4], 0.9), Some(4));
        assert_eq!(percentile(&[], 0.5), None);
    }

    #[test]
    fn a_count_under_five_is_suppressed_with_its_amount_and_none_is_shown_as_none() {
        assert_eq!(tally(4, Pence(100)), Tally { count: None, amount_pounds: None });
        assert_eq!(tally(5, Pence(100)), Tally { count: Some(5), amount_pounds: Some(1.0) });
        assert_eq!(tally(0, Pence(0)).count, Some(0), "nothing to single out");
    }
}
