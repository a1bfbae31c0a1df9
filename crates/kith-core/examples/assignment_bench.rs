//! The surge benchmark of issue 21: 5,000 open requests shared among 10,000 volunteers across a city the size of
//! Birmingham, by the optimal assignment and by greedy nearest-first on the same data. Prints the medians of several
//! runs, both total distances and the work each did, how evenly each shared the work out, and checks every pair of
//! both against every gate. Where the optimal does more work than greedy, the distances are also compared on equal
//! work: the optimal assignment of just the requests greedy managed.
//!
//!     cargo run --release -p kith-core --example assignment_bench [tasks] [volunteers] [rounds]

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use chrono::NaiveDate;
use kith_core::places::LatLng;
use kith_core::volunteering::assignment::{self, Assignment};
use kith_core::volunteering::dbs::{DbsLevel, DbsRecord, Need, Workforce};
use kith_core::volunteering::matching::{self, Candidate, Rarity, Task};
use kith_core::volunteering::{Availability, Language, Skill, Skills, Urgency, VolunteerState};
use uuid::Uuid;

/// A small seeded generator (xorshift64*), so every run measures the same city.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

/// Birmingham's extent, roughly 20 km by 20 km.
fn somewhere(r: &mut Random) -> LatLng {
    LatLng { lat: 52.38 + r.unit() * 0.18, lng: -2.03 + r.unit() * 0.29 }
}

fn skills(r: &mut Random, most: usize) -> Skills {
    let mut s = Skills::EMPTY;
    for _ in 0..1 + r.below(most as u64) {
        s = s.with(Skill::ALL[r.below(Skill::ALL.len() as u64) as usize]);
    }
    s
}

/// Within about `radius_deg` of a neighbourhood's centre.
fn near_centre(r: &mut Random, radius_deg: f64) -> LatLng {
    let centre = LatLng { lat: 52.465, lng: -1.87 };
    LatLng {
        lat: centre.lat + (r.unit() - 0.5) * 2.0 * radius_deg,
        lng: centre.lng + (r.unit() - 0.5) * 2.0 * radius_deg * 1.6,
    }
}

fn city(tasks: usize, volunteers: usize, today: NaiveDate, surge: bool) -> (Vec<Task>, Vec<Candidate>) {
    let mut r = Random(0x5eed_2026);
    let urdu = Language::parse("ur").ok();
    let somali = Language::parse("so").ok();
    let pool = (0..volunteers)
        .map(|_| Candidate {
            id: Uuid::from_u128(u128::from(r.next())),
            home: somewhere(&mut r),
            travel_limit_m: [1_000.0, 2_000.0, 3_000.0, 5_000.0][r.below(4) as usize],
            skills: skills(&mut r, 5),
            languages: [urdu, somali, None, None, None][r.below(5) as usize].into_iter().collect(),
            dbs: r.chance(0.3).then(|| DbsRecord {
                level: [DbsLevel::Basic, DbsLevel::Enhanced][r.below(2) as usize],
                workforce: Workforce::Adults,
                certificate_on: today - chrono::Duration::days(200),
                update_service: false,
                status_checked_on: None,
                consent: false,
            }),
            availability: Availability::ANY,
            has_car: r.chance(0.3),
            state: VolunteerState::Ready,
            load_this_week: r.below(2) as u32,
            max_per_week: 1 + r.below(4) as u32,
            last_task_on: None,
            helps: Vec::new(),
        })
        .collect();
    let tasks = (0..tasks)
        .map(|_| Task {
            id: Uuid::from_u128(u128::from(r.next()) << 64 | u128::from(r.next())),
            // In a surge, most requests come from one neighbourhood (about 4 km across) at once.
            at: if surge && r.chance(0.8) { near_centre(&mut r, 0.02) } else { somewhere(&mut r) },
            skills: skills(&mut r, 1),
            language: if r.chance(0.1) { urdu } else { None },
            need: r.chance(0.1).then_some(Need { level: DbsLevel::Enhanced, workforce: Workforce::Adults }),
            when: Availability::ANY,
            needs_car: r.chance(0.05),
            urgency: [Urgency::Today, Urgency::ThisWeek, Urgency::Whenever][r.below(3) as usize],
            resident: None,
        })
        .collect();
    (tasks, pool)
}

fn median(mut runs: Vec<f64>) -> f64 {
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

/// Every pair passes every gate, and no volunteer is given more than their room.
fn check(name: &str, a: &Assignment, tasks: &[Task], pool: &[Candidate], today: NaiveDate) {
    let mut given = HashMap::new();
    for p in &a.pairs {
        let task = tasks.iter().find(|t| t.id == p.task).expect("a task of the batch");
        let volunteer = pool.iter().find(|v| v.id == p.volunteer).expect("a volunteer of the pool");
        assert!(matching::gates(task, volunteer, today).is_ok(), "{name}: a pair breaks a gate");
        *given.entry(p.volunteer).or_insert(0u32) += 1;
    }
    for (id, n) in given {
        let v = pool.iter().find(|v| v.id == id).expect("a volunteer");
        assert!(n <= v.room(), "{name}: a volunteer given more than their room");
    }
}

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().expect("a number"));
    let (tasks, volunteers, rounds) =
        (args.next().unwrap_or(5_000), args.next().unwrap_or(10_000), args.next().unwrap_or(5));
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).expect("a date");
    for (name, surge) in
        [("requests spread over the city", false), ("a surge: 80% of requests in one neighbourhood", true)]
    {
        let (tasks, pool) = city(tasks, volunteers, today, surge);
        measure(name, &tasks, &pool, today, rounds);
    }
}

fn measure(name: &str, tasks: &[Task], pool: &[Candidate], today: NaiveDate, rounds: usize) {
    let rarity = Rarity::of(pool);
    let mut optimal_runs = Vec::new();
    let mut greedy_runs = Vec::new();
    let (mut optimal, mut greedy) = (Assignment::default(), Assignment::default());
    for _ in 0..rounds {
        let began = Instant::now();
        optimal = assignment::assign(tasks, pool, &rarity, today).expect("within bounds");
        optimal_runs.push(began.elapsed().as_secs_f64() * 1000.0);
        let began = Instant::now();
        greedy = assignment::greedy_nearest_first(tasks, pool, &rarity, today).expect("within bounds");
        greedy_runs.push(began.elapsed().as_secs_f64() * 1000.0);
    }
    check("optimal", &optimal, tasks, pool, today);
    check("greedy", &greedy, tasks, pool, today);
    let per_task = |a: &Assignment| a.distance_m as f64 / a.pairs.len().max(1) as f64;
    println!(
        "{name}: {} tasks, {} volunteers; medians of {rounds} runs: optimal {:.0} ms, greedy nearest-first {:.0} ms",
        tasks.len(),
        pool.len(),
        median(optimal_runs),
        median(greedy_runs)
    );
    println!(
        "  optimal: {} assigned, work {}, total distance {:.1} km ({:.0} m a task); greedy: {} assigned, work {}, \
         total distance {:.1} km ({:.0} m a task); no gate broken by either",
        optimal.pairs.len(),
        optimal.work,
        optimal.distance_m as f64 / 1000.0,
        per_task(&optimal),
        greedy.pairs.len(),
        greedy.work,
        greedy.distance_m as f64 / 1000.0,
        per_task(&greedy)
    );
    println!(
        "  the optimal total distance is {:.1}% lower than greedy's ({:.1}% lower a task)",
        lower(&optimal, &greedy),
        100.0 * (1.0 - per_task(&optimal) / per_task(&greedy).max(1.0))
    );
    let (used, most) = spread(&optimal);
    let (greedy_used, greedy_most) = spread(&greedy);
    println!(
        "  work shared: optimal gives tasks to {used} volunteers, at most {most} each; greedy to {greedy_used}, at most \
         {greedy_most} each"
    );
    if optimal.work > greedy.work {
        let helped: HashSet<Uuid> = greedy.pairs.iter().map(|p| p.task).collect();
        let same: Vec<Task> = tasks.iter().filter(|t| helped.contains(&t.id)).cloned().collect();
        let equal = assignment::assign(&same, pool, &rarity, today).expect("within bounds");
        check("optimal on greedy's requests", &equal, &same, pool, today);
        println!(
            "  on equal work (only the {} requests greedy managed): optimal {} assigned, total distance {:.1} km, \
             {:.1}% lower than greedy's",
            same.len(),
            equal.pairs.len(),
            equal.distance_m as f64 / 1000.0,
            lower(&equal, &greedy)
        );
    }
}

/// How much lower `a`'s total distance is than `b`'s, in percent.
fn lower(a: &Assignment, b: &Assignment) -> f64 {
    100.0 * (1.0 - a.distance_m as f64 / b.distance_m.max(1) as f64)
}

/// How many volunteers were given tasks, and the most given to one.
fn spread(a: &Assignment) -> (usize, u32) {
    let mut given: HashMap<Uuid, u32> = HashMap::new();
    for p in &a.pairs {
        *given.entry(p.volunteer).or_default() += 1;
    }
    (given.len(), given.values().copied().max().unwrap_or(0))
}
