//! Matching one task to volunteers: the gates a volunteer must pass to be offered a task at all, and the cost that
//! ranks those who pass, each part of it with a reason a coordinator reads. The same gates and cost decide the
//! batch assignment of a surge (`assignment`), so a volunteer the coordinator would never see offered is never
//! assigned either. No I/O.
//!
//! **Gates** (every one must pass): the volunteer is ready; they have room for another task this week; they
//! offer every skill the task needs; they speak the language it needs; their DBS check meets its need and is
//! current; they are free at a time it can be done; they have a car if it needs one; and it is within the
//! distance they travel.
//!
//! **Cost** (lower is better; whole numbers, a metre's travel costing 1):
//!
//! | part | rule |
//! |---|---|
//! | distance | [`COST_PER_METRE`] for each metre from the volunteer's home to the task |
//! | load (fairness) | [`COST_PER_TASK_THIS_WEEK`] for each task they already have this week: the work is spread |
//! | recency | [`COST_PER_RECENT_DAY`] for each day short of [`RECENT_DAYS`] since their last task: rest between tasks |
//! | continuity | minus [`CONTINUITY_BONUS`] when they already help the task's resident: the same face again |
//! | rarity | [`COST_PER_RARE_GIFT`] for each rare skill or language they have that the task does not need (at most [`RARE_GIFTS_COUNTED`]): they are kept for the work only they can do |
//!
//! A skill or language is rare when fewer than 1 in [`RARE_BELOW_ONE_IN`] ready volunteers of the pool have it
//! ([`Rarity`]).

use std::fmt;

use chrono::NaiveDate;
use uuid::Uuid;

use super::dbs::{self, DbsRecord, DbsRefusal, Need};
use super::{Availability, LANGUAGES, Language, Skill, Skills, Urgency, VolunteerState};
use crate::places::{DistanceFrom, LatLng};

/// The farthest any volunteer is asked to travel: 20 km, across a city. A limit beyond it counts as 20 km, and one
/// that is not a number, or below 0, as 0.
pub const MAX_TRAVEL_M: f64 = 20_000.0;

/// The most tasks anyone is given in a week, whatever their own maximum says: 50.
pub const MAX_TASKS_PER_WEEK: u32 = 50;

/// A metre's travel costs 1: the unit every other part of the cost is weighed in.
pub const COST_PER_METRE: i64 = 1;
/// Each task a volunteer already has this week costs as much as 300 m more travel.
pub const COST_PER_TASK_THIS_WEEK: i64 = 300;
/// A volunteer whose last task was within this many days is given time to rest.
pub const RECENT_DAYS: i64 = 14;
/// Each day short of [`RECENT_DAYS`] since their last task costs as much as 30 m: 420 m for someone who helped
/// today.
pub const COST_PER_RECENT_DAY: i64 = 30;
/// Already helping the task's resident is worth as much as being 2 km nearer.
pub const CONTINUITY_BONUS: i64 = 2_000;
/// Each rare skill or language a volunteer has that the task does not need costs as much as 1 km more travel.
pub const COST_PER_RARE_GIFT: i64 = 1_000;
/// At most this many rare gifts are counted against a volunteer.
pub const RARE_GIFTS_COUNTED: usize = 2;
/// Rare: held by fewer than 1 in this many ready volunteers.
pub const RARE_BELOW_ONE_IN: u32 = 20;
/// The most volunteers [`candidates`] lists.
pub const MAX_SHORTLIST: usize = 100;

/// A distance in whole metres, as a coordinator reads it: "350 m", "1.1 km".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Distance(u32);

impl Distance {
    /// `metres` rounded to the metre; a distance that is not a number, or too far to count, is the farthest.
    pub fn from_metres(metres: f64) -> Distance {
        if metres.is_finite() && metres < f64::from(u32::MAX) {
            Distance(metres.max(0.0).round() as u32)
        } else {
            Distance(u32::MAX)
        }
    }

    pub fn metres(self) -> u32 {
        self.0
    }
}

/// Metres below 1 km ("350 m"); kilometres to one decimal place above ("1.1 km", "2 km").
impl fmt::Display for Distance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 < 1_000 {
            return write!(f, "{} m", self.0);
        }
        let tenths = (u64::from(self.0) + 50) / 100;
        if tenths % 10 == 0 { write!(f, "{} km", tenths / 10) } else { write!(f, "{}.{} km", tenths / 10, tenths % 10) }
    }
}

/// A volunteer as matching sees them. Their home is private: it decides distances and is never shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub id: Uuid,
    pub home: LatLng,
    /// How far they will travel, in metres (see [`Candidate::travel_limit`]).
    pub travel_limit_m: f64,
    pub skills: Skills,
    pub languages: Vec<Language>,
    pub dbs: Option<DbsRecord>,
    pub availability: Availability,
    pub has_car: bool,
    pub state: VolunteerState,
    /// Tasks they have this week already.
    pub load_this_week: u32,
    /// The most tasks they want in a week.
    pub max_per_week: u32,
    pub last_task_on: Option<NaiveDate>,
    /// The residents they already help.
    pub helps: Vec<Uuid>,
}

impl Candidate {
    /// Their travel limit in metres, from 0 to [`MAX_TRAVEL_M`].
    pub fn travel_limit(&self) -> f64 {
        if self.travel_limit_m.is_nan() { 0.0 } else { self.travel_limit_m.clamp(0.0, MAX_TRAVEL_M) }
    }

    /// The most tasks they take this week: their own maximum, at most [`MAX_TASKS_PER_WEEK`].
    pub fn weekly_limit(&self) -> u32 {
        self.max_per_week.min(MAX_TASKS_PER_WEEK)
    }

    /// How many more tasks they can take this week.
    pub fn room(&self) -> u32 {
        self.weekly_limit().saturating_sub(self.load_this_week)
    }
}

/// A piece of work to be matched: what it needs, where and when.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub id: Uuid,
    pub at: LatLng,
    /// Every one of these is needed.
    pub skills: Skills,
    pub language: Option<Language>,
    /// The DBS check it needs, if any.
    pub need: Option<Need>,
    /// When it may be done.
    pub when: Availability,
    pub needs_car: bool,
    pub urgency: Urgency,
    /// The resident helped, if it is for one.
    pub resident: Option<Uuid>,
}

keyed_enum!(
    /// The gates, as a coordinator's count of who was left out groups them.
    GateKind, "a gate" {
        State = "state",
        Capacity = "capacity",
        Skills = "skills",
        Language = "language",
        Dbs = "dbs",
        Availability = "availability",
        Car = "car",
        Distance = "distance",
    }
);

impl GateKind {
    /// How the count reads: "3 not ready".
    pub fn words(self) -> &'static str {
        match self {
            GateKind::State => "not ready (paused, on standby or waiting for checks)",
            GateKind::Capacity => "no room for another task this week",
            GateKind::Skills => "without the skills needed",
            GateKind::Language => "without the language needed",
            GateKind::Dbs => "without the DBS check needed",
            GateKind::Availability => "not free when it can be done",
            GateKind::Car => "without a car",
            GateKind::Distance => "too far away",
        }
    }
}

/// A gate a volunteer did not pass for a task, in words a coordinator reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    NotReady(VolunteerState),
    Full { load: u32, limit: u32 },
    Skills { missing: Skills },
    Language { needed: Language },
    Dbs(DbsRefusal),
    NotFree,
    NoCar,
    TooFar { away: Distance, limit: Distance },
}

impl Gate {
    pub fn kind(&self) -> GateKind {
        match self {
            Gate::NotReady(_) => GateKind::State,
            Gate::Full { .. } => GateKind::Capacity,
            Gate::Skills { .. } => GateKind::Skills,
            Gate::Language { .. } => GateKind::Language,
            Gate::Dbs(_) => GateKind::Dbs,
            Gate::NotFree => GateKind::Availability,
            Gate::NoCar => GateKind::Car,
            Gate::TooFar { .. } => GateKind::Distance,
        }
    }
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for Gate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Gate::NotReady(VolunteerState::Standby) => f.write_str("On standby: not yet called on"),
            Gate::NotReady(VolunteerState::AwaitingChecks) => f.write_str("Waiting for their checks"),
            Gate::NotReady(VolunteerState::Paused) => f.write_str("Paused: not taking tasks for now"),
            Gate::NotReady(VolunteerState::Ready) => f.write_str("Ready"),
            Gate::Full { load, limit } => {
                write!(f, "Has {} this week; takes at most {limit}", plural(*load, "task", "tasks"))
            }
            Gate::Skills { missing } => write!(f, "Does not offer {missing}"),
            Gate::Language { needed } if needed.is_signed() => write!(f, "Does not use {needed}"),
            Gate::Language { needed } => write!(f, "Does not speak {needed}"),
            Gate::Dbs(refusal) => refusal.fmt(f),
            Gate::NotFree => f.write_str("Not free at any time the task can be done"),
            Gate::NoCar => f.write_str("The task needs a car; they have none"),
            Gate::TooFar { away, limit } => write!(f, "{away} away; travels up to {limit}"),
        }
    }
}

/// Checks the gates in the order a coordinator reads them, with distances measured `from` the task. `all`: every
/// gate that shuts goes into `shut`; otherwise only the first (for the assignment, which tries many pairs).
pub(crate) fn check(
    task: &Task,
    from: &DistanceFrom,
    candidate: &Candidate,
    today: NaiveDate,
    all: bool,
    shut: &mut Vec<Gate>,
) -> Distance {
    let metres = from.metres_to(candidate.home);
    let away = Distance::from_metres(metres);
    let mut gate = |g: Gate| {
        shut.push(g);
        !all
    };
    if candidate.state != VolunteerState::Ready && gate(Gate::NotReady(candidate.state)) {
        return away;
    }
    if candidate.room() == 0 && gate(Gate::Full { load: candidate.load_this_week, limit: candidate.weekly_limit() }) {
        return away;
    }
    if !candidate.skills.covers(task.skills) && gate(Gate::Skills { missing: task.skills.without(candidate.skills) }) {
        return away;
    }
    if let Some(needed) = task.language
        && !candidate.languages.iter().any(|l| l.satisfies(&needed))
        && gate(Gate::Language { needed })
    {
        return away;
    }
    if let Err(refusal) = dbs::check(candidate.dbs.as_ref(), task.need.as_ref(), today)
        && gate(Gate::Dbs(refusal))
    {
        return away;
    }
    if !candidate.availability.overlaps(task.when) && gate(Gate::NotFree) {
        return away;
    }
    if task.needs_car && !candidate.has_car && gate(Gate::NoCar) {
        return away;
    }
    let limit = candidate.travel_limit();
    if metres.is_nan() || metres > limit {
        gate(Gate::TooFar { away, limit: Distance::from_metres(limit) });
    }
    away
}

/// Whether `candidate` may be offered `task` on `today`: how far away they are, or every gate they did not pass.
pub fn gates(task: &Task, candidate: &Candidate, today: NaiveDate) -> Result<Distance, Vec<Gate>> {
    let mut shut = Vec::new();
    let away = check(task, &DistanceFrom::new(task.at), candidate, today, true, &mut shut);
    if shut.is_empty() { Ok(away) } else { Err(shut) }
}

/// How many ready volunteers of a pool have each skill and each language, to tell which are rare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rarity {
    ready: u32,
    skills: [u32; Skill::ALL.len()],
    languages: [u32; LANGUAGES.len()],
    rare_skills: Skills,
    /// Bit `i` for `LANGUAGES[i]`.
    rare_languages: u64,
}

const _: () = assert!(LANGUAGES.len() <= 64, "rare languages are one bit each of a u64");

impl Rarity {
    /// Counts the ready volunteers of `pool` with each skill and language (a language listed twice counts once).
    pub fn of(pool: &[Candidate]) -> Rarity {
        let mut ready = 0u32;
        let mut skills = [0u32; Skill::ALL.len()];
        let mut languages = [0u32; LANGUAGES.len()];
        for candidate in pool.iter().filter(|c| c.state == VolunteerState::Ready) {
            ready = ready.saturating_add(1);
            for skill in candidate.skills.iter() {
                skills[skill as usize] = skills[skill as usize].saturating_add(1);
            }
            let spoken = candidate.languages.iter().fold(0u64, |bits, l| bits | 1 << l.index());
            for (i, count) in languages.iter_mut().enumerate() {
                *count = count.saturating_add(u32::from(spoken & 1 << i != 0));
            }
        }
        let rare = |count: u32| u64::from(count) * u64::from(RARE_BELOW_ONE_IN) < u64::from(ready);
        let rare_skills = Skill::ALL.iter().copied().filter(|s| rare(skills[*s as usize])).collect();
        let rare_languages = (0..LANGUAGES.len()).filter(|i| rare(languages[*i])).fold(0, |bits, i| bits | 1 << i);
        Rarity { ready, skills, languages, rare_skills, rare_languages }
    }

    /// How many volunteers of the pool are ready.
    pub fn ready(&self) -> u32 {
        self.ready
    }

    /// How many ready volunteers offer `skill`.
    pub fn offering(&self, skill: Skill) -> u32 {
        self.skills[skill as usize]
    }

    /// How many ready volunteers speak `language` (exactly that code: `pa-Guru` is not `pa`).
    pub fn speaking(&self, language: Language) -> u32 {
        self.languages.get(language.index()).copied().unwrap_or(0)
    }

    pub fn is_rare_skill(&self, skill: Skill) -> bool {
        self.rare_skills.contains(skill)
    }

    pub fn is_rare_language(&self, language: Language) -> bool {
        self.rare_languages & 1 << language.index() != 0
    }
}

/// A volunteer's cost for a task, part by part (see the module's documentation); lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    pub distance: i64,
    pub load: i64,
    pub recency: i64,
    /// Zero or negative: a bonus.
    pub continuity: i64,
    pub rarity: i64,
}

impl Score {
    /// The whole cost: from −[`CONTINUITY_BONUS`] to about 37,000 for a volunteer who passes the gates.
    pub fn cost(&self) -> i64 {
        self.distance + self.load + self.recency + self.continuity + self.rarity
    }
}

/// A rare skill or language a volunteer has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gift {
    Skill(Skill),
    Language(Language),
}

/// Why a volunteer ranks where they do, in words a coordinator reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Away(Distance),
    TasksThisWeek(u32),
    /// Days since their last task; none when they have had none.
    LastHelped(Option<i64>),
    AlreadyHelps,
    /// They have a rare gift the task does not need, so are kept for work that does.
    KeptFor(Gift),
}

/// The first letter in lower case, unless the word is an abbreviation ("DIY").
fn in_a_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_owned(),
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Away(distance) => write!(f, "{distance} away"),
            Reason::TasksThisWeek(0) => f.write_str("no tasks yet this week"),
            Reason::TasksThisWeek(n) => write!(f, "{} this week", plural(*n, "task", "tasks")),
            Reason::LastHelped(None) => f.write_str("has not had a task yet"),
            Reason::LastHelped(Some(0)) => f.write_str("last helped today"),
            Reason::LastHelped(Some(1)) => f.write_str("last helped yesterday"),
            Reason::LastHelped(Some(days)) => write!(f, "last helped {days} days ago"),
            Reason::AlreadyHelps => f.write_str("already helps this resident"),
            Reason::KeptFor(gift) => {
                match gift {
                    Gift::Language(l) if l.is_signed() => write!(f, "signs {}", l.name())?,
                    Gift::Language(l) => write!(f, "speaks {}", l.name())?,
                    Gift::Skill(s) => write!(f, "offers {}", in_a_sentence(s.label()))?,
                }
                f.write_str(", which few volunteers do: kept for work that needs it")
            }
        }
    }
}

/// The cost of `candidate` for `task`, telling each reason to `note`.
fn price(
    task: &Task,
    candidate: &Candidate,
    away: Distance,
    rarity: &Rarity,
    today: NaiveDate,
    mut note: impl FnMut(Reason),
) -> Score {
    note(Reason::Away(away));
    let load = candidate.load_this_week.min(MAX_TASKS_PER_WEEK);
    note(Reason::TasksThisWeek(load));
    let days = candidate.last_task_on.map(|last| (today - last).num_days().max(0));
    note(Reason::LastHelped(days));
    let helps = task.resident.is_some_and(|r| candidate.helps.contains(&r));
    if helps {
        note(Reason::AlreadyHelps);
    }
    let mut gifts = 0;
    let mut keep = |gift: Gift| {
        if gifts < RARE_GIFTS_COUNTED {
            gifts += 1;
            note(Reason::KeptFor(gift));
        }
    };
    for skill in candidate.skills.without(task.skills).iter().filter(|s| rarity.is_rare_skill(*s)) {
        keep(Gift::Skill(skill));
    }
    let mut seen = 0u64;
    for language in &candidate.languages {
        let needed = task.language.is_some_and(|need| language.satisfies(&need));
        if !needed && seen & 1 << language.index() == 0 && rarity.is_rare_language(*language) {
            keep(Gift::Language(*language));
        }
        seen |= 1 << language.index();
    }
    Score {
        distance: i64::from(away.metres()) * COST_PER_METRE,
        load: i64::from(load) * COST_PER_TASK_THIS_WEEK,
        recency: days.map_or(0, |d| (RECENT_DAYS - d).max(0) * COST_PER_RECENT_DAY),
        continuity: if helps { -CONTINUITY_BONUS } else { 0 },
        rarity: gifts as i64 * COST_PER_RARE_GIFT,
    }
}

/// The cost of `candidate`, `away` from `task`: for a volunteer who passed the gates.
pub fn score(task: &Task, candidate: &Candidate, away: Distance, rarity: &Rarity, today: NaiveDate) -> Score {
    price(task, candidate, away, rarity, today, |_| ())
}

/// The cost and the reasons for it, in the order of the parts.
pub fn explain(
    task: &Task,
    candidate: &Candidate,
    away: Distance,
    rarity: &Rarity,
    today: NaiveDate,
) -> (Score, Vec<Reason>) {
    let mut reasons = Vec::new();
    let score = price(task, candidate, away, rarity, today, |r| reasons.push(r));
    (score, reasons)
}

/// A volunteer who passed every gate, with where they rank and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub volunteer: Uuid,
    pub distance: Distance,
    pub score: Score,
    pub reasons: Vec<Reason>,
}

/// The volunteers of `pool` who may be offered `task`, best first (the lowest cost; then the nearest; then by id,
/// so the order is the same every time), at most `limit` of them and never more than [`MAX_SHORTLIST`].
pub fn candidates(task: &Task, pool: &[Candidate], rarity: &Rarity, today: NaiveDate, limit: usize) -> Vec<Ranked> {
    let from = DistanceFrom::new(task.at);
    let mut shut = Vec::new();
    let mut passed: Vec<(i64, Distance, Uuid, usize)> = Vec::new();
    for (i, candidate) in pool.iter().enumerate() {
        shut.clear();
        let away = check(task, &from, candidate, today, false, &mut shut);
        if shut.is_empty() {
            passed.push((score(task, candidate, away, rarity, today).cost(), away, candidate.id, i));
        }
    }
    passed.sort_unstable();
    passed.truncate(limit.min(MAX_SHORTLIST));
    passed
        .into_iter()
        .map(|(_, distance, volunteer, i)| {
            let (score, reasons) = explain(task, &pool[i], distance, rarity, today);
            Ranked { volunteer, distance, score, reasons }
        })
        .collect()
}

/// Who was left out of a task's candidates, counted by gate.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Exclusions {
    /// Volunteers in the pool.
    pub considered: usize,
    /// Volunteers who did not pass every gate.
    pub excluded: usize,
    /// For each gate that shut on someone, how many it shut on, in the order of [`GateKind::ALL`]. A volunteer
    /// who failed several gates is counted under each.
    pub by_gate: Vec<(GateKind, usize)>,
}

/// The bands of travel limits a pool's homes are kept in, in metres: a volunteer is in the first band at or over
/// their own limit. The last is [`MAX_TRAVEL_M`], so every limit has a band.
const TRAVEL_BANDS: [f64; 6] = [1_000.0, 2_000.0, 3_000.0, 5_000.0, 10_000.0, MAX_TRAVEL_M];

/// A pool's homes in grids, one for each band of travel limits: the volunteers who could reach a task are found
/// without checking the rest, who are all too far. (With one grid, every task would look at every home within the
/// furthest anyone travels; most of those volunteers travel far less.)
pub struct PoolIndex {
    bands: Vec<Band>,
}

struct Band {
    reach: f64,
    grid: super::assignment::Grid,
    /// The pool's index of each home in the grid.
    members: Vec<u32>,
}

impl PoolIndex {
    pub fn of(pool: &[Candidate]) -> PoolIndex {
        let mut members = vec![Vec::new(); TRAVEL_BANDS.len()];
        for (i, c) in pool.iter().enumerate() {
            let band =
                TRAVEL_BANDS.iter().position(|reach| c.travel_limit() <= *reach).unwrap_or(TRAVEL_BANDS.len() - 1);
            members[band].push(i as u32);
        }
        let bands = TRAVEL_BANDS
            .iter()
            .zip(members)
            .filter(|(_, members)| !members.is_empty())
            .map(|(reach, members)| {
                let homes: Vec<LatLng> = members.iter().map(|i| pool[*i as usize].home).collect();
                Band { reach: *reach, grid: super::assignment::Grid::of(&homes), members }
            })
            .collect();
        PoolIndex { bands }
    }

    /// Calls `found` with the pool's index of every volunteer whose home could be within their band's reach of
    /// `at` (and some that are not: the caller measures).
    fn near(&self, at: LatLng, mut found: impl FnMut(usize)) {
        for band in &self.bands {
            band.grid.near(at, band.reach, |i| found(band.members[i] as usize));
        }
    }
}

/// The candidates for a task and who was left out, in one pass over the volunteers who could reach it (`index` is
/// the pool's): the same candidates as [`candidates`], and the same counts as [`exclusions`] except that a volunteer
/// beyond the reach of their band of travel limits is counted as too far alone, their other gates not looked at.
pub fn shortlist(
    task: &Task,
    pool: &[Candidate],
    index: &PoolIndex,
    rarity: &Rarity,
    today: NaiveDate,
    limit: usize,
) -> (Vec<Ranked>, Exclusions) {
    let from = DistanceFrom::new(task.at);
    let mut counts = [0usize; GateKind::ALL.len()];
    let (mut excluded, mut looked_at) = (0, 0);
    let mut shut = Vec::new();
    let mut passed: Vec<(i64, Distance, Uuid, usize)> = Vec::new();
    index.near(task.at, |i| {
        let Some(candidate) = pool.get(i) else { return };
        looked_at += 1;
        shut.clear();
        let away = check(task, &from, candidate, today, true, &mut shut);
        if shut.is_empty() {
            passed.push((score(task, candidate, away, rarity, today).cost(), away, candidate.id, i));
        } else {
            excluded += 1;
            for gate in &shut {
                counts[gate.kind() as usize] += 1;
            }
        }
    });
    let beyond = pool.len().saturating_sub(looked_at);
    excluded += beyond;
    counts[GateKind::Distance as usize] += beyond;
    passed.sort_unstable();
    passed.truncate(limit.min(MAX_SHORTLIST));
    let ranked = passed
        .into_iter()
        .map(|(_, distance, volunteer, i)| {
            let (score, reasons) = explain(task, &pool[i], distance, rarity, today);
            Ranked { volunteer, distance, score, reasons }
        })
        .collect();
    let by_gate = GateKind::ALL.iter().copied().zip(counts).filter(|(_, n)| *n > 0).collect();
    (ranked, Exclusions { considered: pool.len(), excluded, by_gate })
}

/// Counts who of `pool` may not be offered `task`, and why.
pub fn exclusions(task: &Task, pool: &[Candidate], today: NaiveDate) -> Exclusions {
    let from = DistanceFrom::new(task.at);
    let mut counts = [0usize; GateKind::ALL.len()];
    let mut excluded = 0;
    let mut shut = Vec::new();
    for candidate in pool {
        shut.clear();
        check(task, &from, candidate, today, true, &mut shut);
        excluded += usize::from(!shut.is_empty());
        for gate in &shut {
            counts[gate.kind() as usize] += 1;
        }
    }
    let by_gate = GateKind::ALL.iter().copied().zip(counts).filter(|(_, n)| *n > 0).collect();
    Exclusions { considered: pool.len(), excluded, by_gate }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::places::METRES_PER_DEGREE;
    use crate::volunteering::dbs::{DbsLevel, Workforce};

    pub(crate) fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 5, 14).unwrap()
    }

    /// A place `east` and `north` metres from a point in Birmingham.
    pub(crate) fn at(east: f64, north: f64) -> LatLng {
        let lat0: f64 = 52.48;
        LatLng {
            lat: lat0 + north / METRES_PER_DEGREE,
            lng: -1.9 + east / (METRES_PER_DEGREE * lat0.to_radians().cos()),
        }
    }

    pub(crate) fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    pub(crate) fn volunteer(n: u128, east: f64) -> Candidate {
        Candidate {
            id: id(n),
            home: at(east, 0.0),
            travel_limit_m: 5_000.0,
            skills: Skills::of(&[Skill::Shopping, Skill::Prescriptions]),
            languages: vec![Language::ENGLISH],
            dbs: None,
            availability: Availability::ANY,
            has_car: false,
            state: VolunteerState::Ready,
            load_this_week: 0,
            max_per_week: 3,
            last_task_on: None,
            helps: Vec::new(),
        }
    }

    pub(crate) fn task(n: u128) -> Task {
        Task {
            id: id(n),
            at: at(0.0, 0.0),
            skills: Skills::of(&[Skill::Shopping]),
            language: None,
            need: None,
            when: Availability::ANY,
            needs_car: false,
            urgency: Urgency::ThisWeek,
            resident: None,
        }
    }

    fn lang(code: &str) -> Language {
        Language::parse(code).unwrap()
    }

    /// Volunteers every 300 m east to 30 km, every third without the skill and every fifth paused.
    fn a_line_of_volunteers() -> Vec<Candidate> {
        (0..100u32)
            .map(|n| {
                let mut v = volunteer(u128::from(n), f64::from(n) * 300.0);
                // A limit in each band of the pool's index.
                v.travel_limit_m = [800.0, 1_500.0, 2_500.0, 4_000.0, 7_000.0, 15_000.0][n as usize % 6];
                if n % 3 == 0 {
                    v.skills = Skills::of(&[Skill::Gardening]);
                }
                if n % 5 == 0 {
                    v.state = VolunteerState::Paused;
                }
                v
            })
            .collect()
    }

    #[test]
    fn the_shortlist_from_the_grid_has_the_same_candidates_as_checking_every_volunteer() {
        let pool = a_line_of_volunteers();
        let (rarity, task) = (Rarity::of(&pool), task(1));
        let (ranked, _) = shortlist(&task, &pool, &PoolIndex::of(&pool), &rarity, today(), 50);
        assert_eq!(ranked, candidates(&task, &pool, &rarity, today(), 50));
        assert!(!ranked.is_empty());
    }

    #[test]
    fn a_volunteer_beyond_their_bands_reach_is_counted_as_too_far_alone() {
        let pool = a_line_of_volunteers();
        let (_, left_out) = shortlist(&task(1), &pool, &PoolIndex::of(&pool), &Rarity::of(&pool), today(), 50);
        let every = exclusions(&task(1), &pool, today());
        assert_eq!((left_out.considered, left_out.excluded), (every.considered, every.excluded));
        let count = |e: &Exclusions, kind| e.by_gate.iter().find(|(k, _)| *k == kind).map_or(0, |(_, n)| *n);
        assert_eq!(count(&left_out, GateKind::Distance), count(&every, GateKind::Distance));
        assert!(count(&left_out, GateKind::Skills) < count(&every, GateKind::Skills), "the far ones' skills unread");
    }

    fn shut(task: &Task, candidate: &Candidate) -> Vec<String> {
        gates(task, candidate, today()).unwrap_err().iter().map(Gate::to_string).collect()
    }

    #[test]
    fn distances_read_in_metres_below_a_kilometre_and_in_kilometres_above() {
        assert_eq!(Distance::from_metres(350.4).to_string(), "350 m");
        assert_eq!(Distance::from_metres(1_000.0).to_string(), "1 km");
        assert_eq!(Distance::from_metres(1_049.0).to_string(), "1 km");
        assert_eq!(Distance::from_metres(1_050.0).to_string(), "1.1 km");
        assert_eq!(Distance::from_metres(3_240.0).to_string(), "3.2 km");
        assert_eq!(Distance::from_metres(f64::NAN), Distance::from_metres(f64::INFINITY));
        assert_eq!(Distance::from_metres(-5.0).metres(), 0);
    }

    #[test]
    fn a_volunteer_who_passes_every_gate_is_allowed_with_their_distance() {
        let away = gates(&task(1), &volunteer(2, 1_200.0), today()).unwrap();
        assert!((1_199..=1_201).contains(&away.metres()), "{away:?}");
    }

    #[test]
    fn a_volunteer_without_a_skill_the_task_needs_is_refused_naming_it() {
        let mut t = task(1);
        t.skills = Skills::of(&[Skill::Shopping, Skill::FirstAid]);
        assert_eq!(shut(&t, &volunteer(2, 0.0)), ["Does not offer First aid"]);
    }

    #[test]
    fn a_volunteer_who_does_not_speak_the_language_needed_is_refused_naming_it() {
        let mut t = task(1);
        t.language = Some(lang("so"));
        assert_eq!(shut(&t, &volunteer(2, 0.0)), ["Does not speak Somali"]);
        t.language = Some(lang("bfi"));
        assert_eq!(shut(&t, &volunteer(2, 0.0)), ["Does not use British Sign Language"]);
    }

    #[test]
    fn a_volunteer_who_reads_the_script_needed_passes_the_language_gate() {
        let mut t = task(1);
        t.language = Some(lang("pa"));
        let mut v = volunteer(2, 0.0);
        v.languages = vec![Language::ENGLISH, lang("pa-Guru")];
        assert!(gates(&t, &v, today()).is_ok());
    }

    #[test]
    fn a_volunteer_without_the_dbs_check_needed_is_refused_with_the_check_named() {
        let mut t = task(1);
        t.need = Some(Need { level: DbsLevel::Enhanced, workforce: Workforce::Adults });
        let mut v = volunteer(2, 0.0);
        v.dbs = Some(DbsRecord {
            level: DbsLevel::Basic,
            workforce: Workforce::Adults,
            certificate_on: today(),
            update_service: false,
            status_checked_on: None,
            consent: false,
        });
        assert_eq!(shut(&t, &v), ["Needs an enhanced check for the adult workforce; has a basic check"]);
    }

    #[test]
    fn a_volunteer_beyond_their_travel_limit_is_refused_with_both_distances() {
        let mut v = volunteer(2, 3_200.0);
        v.travel_limit_m = 2_000.0;
        assert_eq!(shut(&task(1), &v), ["3.2 km away; travels up to 2 km"]);
    }

    #[test]
    fn a_travel_limit_that_is_not_a_number_is_no_travel_and_a_huge_one_is_twenty_kilometres() {
        let mut v = volunteer(2, 10.0);
        v.travel_limit_m = f64::NAN;
        assert_eq!(v.travel_limit(), 0.0);
        assert!(gates(&task(1), &v, today()).is_err());
        v.travel_limit_m = 1e300;
        assert_eq!(v.travel_limit(), MAX_TRAVEL_M);
        v.travel_limit_m = -3.0;
        assert_eq!(v.travel_limit(), 0.0);
    }

    #[test]
    fn a_position_that_is_not_a_number_is_too_far_and_nothing_panics() {
        let mut v = volunteer(2, 0.0);
        v.home = LatLng { lat: f64::NAN, lng: 0.0 };
        assert_eq!(gates(&task(1), &v, today()).unwrap_err()[0].kind(), GateKind::Distance);
    }

    #[test]
    fn a_volunteer_not_free_when_the_task_can_be_done_is_refused() {
        let mut t = task(1);
        t.when = Availability::parse("sat-morning").unwrap();
        let mut v = volunteer(2, 0.0);
        v.availability = Availability::parse("mon-morning mon-evening").unwrap();
        assert_eq!(shut(&t, &v), ["Not free at any time the task can be done"]);
    }

    #[test]
    fn a_task_that_needs_a_car_refuses_a_volunteer_without_one() {
        let mut t = task(1);
        t.needs_car = true;
        assert_eq!(shut(&t, &volunteer(2, 0.0)), ["The task needs a car; they have none"]);
    }

    #[test]
    fn only_ready_volunteers_are_offered_tasks() {
        for (state, words) in [
            (VolunteerState::Paused, "Paused: not taking tasks for now"),
            (VolunteerState::Standby, "On standby: not yet called on"),
            (VolunteerState::AwaitingChecks, "Waiting for their checks"),
        ] {
            let v = Candidate { state, ..volunteer(2, 0.0) };
            assert_eq!(shut(&task(1), &v), [words]);
        }
    }

    #[test]
    fn a_volunteer_with_their_most_tasks_this_week_is_refused() {
        let v = Candidate { load_this_week: 3, max_per_week: 3, ..volunteer(2, 0.0) };
        assert_eq!(shut(&task(1), &v), ["Has 3 tasks this week; takes at most 3"]);
        let v = Candidate { load_this_week: 50, max_per_week: u32::MAX, ..volunteer(2, 0.0) };
        assert_eq!(v.room(), 0, "no one takes more than 50 a week");
    }

    #[test]
    fn every_gate_that_shuts_is_listed_in_order() {
        let mut t = task(1);
        t.needs_car = true;
        t.skills = Skills::of(&[Skill::Driving]);
        let mut v = volunteer(2, 9_000.0);
        v.state = VolunteerState::Paused;
        let kinds: Vec<GateKind> = gates(&t, &v, today()).unwrap_err().iter().map(Gate::kind).collect();
        assert_eq!(kinds, [GateKind::State, GateKind::Skills, GateKind::Car, GateKind::Distance]);
    }

    #[test]
    fn all_else_equal_the_nearest_volunteer_ranks_first() {
        let pool = [volunteer(2, 2_000.0), volunteer(3, 500.0), volunteer(4, 1_000.0)];
        let ranked = candidates(&task(1), &pool, &Rarity::of(&pool), today(), 10);
        let order: Vec<Uuid> = ranked.iter().map(|r| r.volunteer).collect();
        assert_eq!(order, [id(3), id(4), id(2)]);
        assert_eq!(ranked[0].reasons[0].to_string(), "500 m away");
    }

    #[test]
    fn a_volunteer_who_already_helps_the_resident_ranks_above_one_a_kilometre_nearer() {
        let mut t = task(1);
        t.resident = Some(id(99));
        let mut known = volunteer(2, 1_500.0);
        known.helps = vec![id(99)];
        let pool = [volunteer(3, 500.0), known];
        let ranked = candidates(&t, &pool, &Rarity::of(&pool), today(), 10);
        assert_eq!(ranked[0].volunteer, id(2));
        assert!(ranked[0].reasons.iter().any(|r| r.to_string() == "already helps this resident"));
    }

    /// A pool of 40 ready English speakers, the first of whom also speaks Somali.
    fn pool_with_one_somali_speaker() -> Vec<Candidate> {
        let mut pool: Vec<Candidate> = (0..40).map(|n| volunteer(100 + n, 500.0)).collect();
        pool[0].languages.push(lang("so"));
        pool
    }

    #[test]
    fn a_volunteer_with_a_rare_language_the_task_does_not_need_is_kept_for_work_that_does() {
        let pool = pool_with_one_somali_speaker();
        let ranked = candidates(&task(1), &pool, &Rarity::of(&pool), today(), MAX_SHORTLIST);
        assert_eq!(ranked.last().unwrap().volunteer, id(100));
        let reasons: Vec<String> = ranked.last().unwrap().reasons.iter().map(Reason::to_string).collect();
        assert!(reasons.contains(&"speaks Somali, which few volunteers do: kept for work that needs it".to_owned()));
    }

    #[test]
    fn a_volunteer_with_a_rare_language_the_task_needs_costs_nothing_more() {
        let pool = pool_with_one_somali_speaker();
        let mut t = task(1);
        t.language = Some(lang("so"));
        let ranked = candidates(&t, &pool, &Rarity::of(&pool), today(), 10);
        assert_eq!(ranked.len(), 1);
        assert_eq!(ranked[0].score.rarity, 0);
    }

    #[test]
    fn a_skill_is_rare_when_fewer_than_one_in_twenty_ready_volunteers_offer_it() {
        let mut pool: Vec<Candidate> = (0..40).map(|n| volunteer(n, 0.0)).collect();
        pool[0].skills = pool[0].skills.with(Skill::FirstAid);
        assert!(Rarity::of(&pool).is_rare_skill(Skill::FirstAid), "1 in 40");
        pool[1].skills = pool[1].skills.with(Skill::FirstAid);
        assert!(!Rarity::of(&pool).is_rare_skill(Skill::FirstAid), "2 in 40 is 1 in 20");
        assert!(!Rarity::of(&pool).is_rare_skill(Skill::Shopping));
    }

    #[test]
    fn rarity_counts_only_ready_volunteers_and_a_language_listed_twice_once() {
        let mut pool = vec![volunteer(1, 0.0), volunteer(2, 0.0)];
        pool[0].languages = vec![lang("so"), lang("so")];
        pool[1].state = VolunteerState::Paused;
        let rarity = Rarity::of(&pool);
        assert_eq!((rarity.ready(), rarity.speaking(lang("so")), rarity.offering(Skill::Shopping)), (1, 1, 1));
    }

    #[test]
    fn rare_skills_are_named_in_a_sentence() {
        assert_eq!(
            Reason::KeptFor(Gift::Skill(Skill::FirstAid)).to_string(),
            "offers first aid, which few volunteers do: kept for work that needs it"
        );
        assert!(Reason::KeptFor(Gift::Skill(Skill::Diy)).to_string().starts_with("offers DIY"));
        assert!(Reason::KeptFor(Gift::Language(lang("bfi"))).to_string().starts_with("signs British Sign Language"));
    }

    #[test]
    fn a_volunteer_with_tasks_this_week_ranks_below_one_without() {
        let busy = Candidate { load_this_week: 2, ..volunteer(2, 500.0) };
        let pool = [busy, volunteer(3, 600.0)];
        let ranked = candidates(&task(1), &pool, &Rarity::of(&pool), today(), 10);
        assert_eq!(ranked[0].volunteer, id(3));
        assert_eq!(ranked[1].score.load, 600);
        assert!(ranked[1].reasons.contains(&Reason::TasksThisWeek(2)));
        assert_eq!(Reason::TasksThisWeek(2).to_string(), "2 tasks this week");
    }

    #[test]
    fn a_volunteer_who_helped_yesterday_ranks_below_one_who_has_rested() {
        let tired = Candidate { last_task_on: today().pred_opt(), ..volunteer(2, 500.0) };
        let rested = Candidate { last_task_on: NaiveDate::from_ymd_opt(2026, 4, 1), ..volunteer(3, 600.0) };
        let pool = [tired, rested];
        let ranked = candidates(&task(1), &pool, &Rarity::of(&pool), today(), 10);
        assert_eq!(ranked[0].volunteer, id(3));
        assert_eq!(ranked[1].score.recency, 13 * COST_PER_RECENT_DAY);
        assert_eq!(Reason::LastHelped(Some(1)).to_string(), "last helped yesterday");
    }

    #[test]
    fn the_shortlist_is_at_most_the_limit_asked_and_never_more_than_a_hundred() {
        let pool: Vec<Candidate> = (0..150).map(|n| volunteer(n, n as f64)).collect();
        let rarity = Rarity::of(&pool);
        assert_eq!(candidates(&task(1), &pool, &rarity, today(), 5).len(), 5);
        assert_eq!(candidates(&task(1), &pool, &rarity, today(), usize::MAX).len(), MAX_SHORTLIST);
        assert!(candidates(&task(1), &[], &rarity, today(), 5).is_empty());
    }

    #[test]
    fn exclusions_count_who_was_left_out_by_each_gate() {
        let far = volunteer(2, 9_000.0);
        let paused_and_far = Candidate { state: VolunteerState::Paused, ..volunteer(3, 9_000.0) };
        let pool = [volunteer(1, 0.0), far, paused_and_far];
        let left_out = exclusions(&task(1), &pool, today());
        assert_eq!(left_out.considered, 3);
        assert_eq!(left_out.excluded, 2);
        assert_eq!(left_out.by_gate, [(GateKind::State, 1), (GateKind::Distance, 2)]);
    }
}
