//! Sharing out a surge's tasks among the volunteers at once. No I/O.
//!
//! **What is best.** First, as much work done as can be: a task left without a volunteer costs its urgency's
//! weight ([`Urgency::weight`](super::Urgency::weight)) times a penalty larger than the cost of any whole
//! assignment, so no saving in travel ever leaves a task undone that could be done. Because the sets of tasks that
//! can be done together form a matroid (a transversal one, over the volunteers' places this week), the best of
//! them is the one a greedy choice by weight would pick: only the order of the weights matters, so no task is left
//! undone for a less urgent one and as many tasks are done as can be. Then, among the ways of doing that much
//! work, the one of least total cost: each pair's cost from `matching` (distance, load, recency, continuity,
//! rarity), with the load rising as the batch gives a volunteer more (the second task given to someone costs
//! [`COST_PER_TASK_THIS_WEEK`] more than the first, as if the first were already this week's).
//!
//! Only pairs that pass every gate of `matching` are considered, and no volunteer is given more tasks than they
//! have room for this week.
//!
//! **How.** The pairs are found with a grid: the tasks are bucketed into cells of about 1 km, and each volunteer
//! looks only at the cells within their travel limit, so a city of 5,000 tasks and 10,000 volunteers costs a few
//! million distance checks rather than fifty million. The best assignment is then a minimum-cost flow (tasks to
//! volunteers to a sink, each volunteer's places as edges of rising cost, and each task's own edge straight to the
//! sink at its penalty), found by the primal-dual method in phases. Each phase searches back from the sink
//! (Dijkstra's algorithm on costs made non-negative by node potentials) until a quarter of the tasks still to be
//! routed are reached, and lowers each node's potential by its distance to the sink; then every task reached has
//! a path of reduced cost 0, and a depth-first search routes as many of them as it can along such paths.
//! Every step keeps every residual cost non-negative, so each routed task's path is a shortest one and the flow
//! stays the cheapest for what it has routed. The costs are whole numbers, so the answer is exactly optimal. On a
//! tie, a task already given keeps its volunteer, and the tasks are tried the most urgent first, then as given, so
//! of two equal requests that cannot both be done the earlier one is.
//!
//! **Cost of the work.** Finding the pairs is O(V·c + P) for V volunteers who each scan c cells, and P pairs
//! found; each phase is O(P log N) at most, and routes at least one task, and a city needs few: six when the requests are spread, a few hundred
//! when most of them crowd one neighbourhood and the paths that route them run out through its volunteers to the
//! nearest free ones beyond.
//! Everything is bounded: at most [`MAX_TASKS`] tasks, [`MAX_VOLUNTEERS`] volunteers and [`MAX_PAIRS`] pairs.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use chrono::NaiveDate;
use uuid::Uuid;

use super::VolunteerState;
use super::matching::{self, COST_PER_TASK_THIS_WEEK, Candidate, Distance, Rarity, Task};
use crate::places::{DistanceFrom, LatLng, METRES_PER_DEGREE};

/// The most tasks shared out at once: 20,000.
pub const MAX_TASKS: usize = 20_000;
/// The most volunteers a batch considers: 50,000.
pub const MAX_VOLUNTEERS: usize = 50_000;
/// The most task and volunteer pairs a batch weighs: 5 million (12 bytes each, so 60 MB, and 80 MB more while they
/// are found). A city's surge has a few hundred for each task; more means travel limits far wider than a
/// neighbourhood's, and the batch should be shared out one area at a time.
pub const MAX_PAIRS: usize = 5_000_000;

/// The side of a cell of the grid the pairs are found with, in metres.
const CELL_M: f64 = 1_000.0;
/// The most cells the grid has; for tasks spread wider than a 256 km square, the cells grow.
const MAX_CELLS: usize = 1 << 16;

/// Each phase of the flow searches until this fraction of the tasks still waiting (a quarter) are reached, and
/// routes those. Searching for all of them would reach the tasks furthest from a free volunteer every time, and
/// through them most of a surge's pairs, when only a few can be routed before the paths change; searching for one
/// would make a phase for each task. On the benchmark's surge, a quarter took 1.4 s, all 2.2 s.
const PRICED_AT_ONCE: usize = 4;

/// No pair, no task: an index that is none.
const NONE: u32 = u32::MAX;

/// Why a batch could not be shared out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssignmentError {
    #[error("At most 20,000 tasks can be shared out at once; there are {0}")]
    TooManyTasks(usize),
    #[error("At most 50,000 volunteers can be considered at once; there are {0}")]
    TooManyVolunteers(usize),
    #[error("More than 5 million task and volunteer pairs are possible: share out one area at a time")]
    TooManyPairs,
}

/// A task given to a volunteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub task: Uuid,
    pub volunteer: Uuid,
    pub distance: Distance,
    /// The pair's cost from `matching`, with the load of the tasks this batch gave the volunteer before it (in the
    /// order of the tasks given).
    pub cost: i64,
}

/// A batch shared out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assignment {
    /// In the order of the tasks given.
    pub pairs: Vec<Pair>,
    /// The tasks no volunteer could be found for, in the order given.
    pub unassigned: Vec<Uuid>,
    /// The work done: the sum of the assigned tasks' urgency weights.
    pub work: u64,
    /// The total distance of the pairs, in metres.
    pub distance_m: u64,
    /// The total cost of the pairs.
    pub cost: i64,
}

/// The pairs the gates allow, grouped by task: task `i`'s are `offsets[i]..offsets[i + 1]`.
struct Pairs {
    offsets: Vec<usize>,
    volunteer: Vec<u32>,
    cost: Vec<i32>,
    metres: Vec<u32>,
}

impl Pairs {
    fn of(&self, task: usize) -> std::ops::Range<usize> {
        self.offsets[task]..self.offsets[task + 1]
    }
}

/// Places (tasks, or volunteers' homes) bucketed by where they are, in cells of about [`CELL_M`] on a side.
pub(crate) struct Grid {
    south: f64,
    west: f64,
    cell_lat: f64,
    cell_lng: f64,
    rows: usize,
    cols: usize,
    /// The smallest cosine of a place's latitude: a degree of longitude is at least this many degrees of
    /// latitude's length at every place, so a reach in longitude is never underestimated.
    cos_min: f64,
    /// Cell `c`'s places are `places[starts[c]..starts[c + 1]]` (their indices in the slice the grid was made of).
    starts: Vec<u32>,
    places: Vec<u32>,
}

fn on_earth(p: LatLng) -> bool {
    LatLng::new(p.lat, p.lng).is_ok()
}

impl Grid {
    pub(crate) fn of(places: &[LatLng]) -> Grid {
        let (mut south, mut north, mut west, mut east) = (90.0f64, -90.0f64, 180.0f64, -180.0f64);
        let mut cos_min = 1.0f64;
        for p in places.iter().copied().filter(|p| on_earth(*p)) {
            (south, north, west, east) = (south.min(p.lat), north.max(p.lat), west.min(p.lng), east.max(p.lng));
            cos_min = cos_min.min(p.lat.to_radians().cos());
        }
        let empty = south > north;
        let middle = if empty { 0.0 } else { (south + north) / 2.0 };
        let mut cell_lat = CELL_M / METRES_PER_DEGREE;
        let mut cell_lng = CELL_M / (METRES_PER_DEGREE * middle.to_radians().cos().max(0.01));
        let span = |from: f64, to: f64, cell: f64| if empty { 0 } else { ((to - from) / cell).floor() as usize + 1 };
        let (mut rows, mut cols) = (span(south, north, cell_lat), span(west, east, cell_lng));
        while rows.saturating_mul(cols) > MAX_CELLS {
            cell_lat *= 2.0;
            cell_lng *= 2.0;
            (rows, cols) = (span(south, north, cell_lat), span(west, east, cell_lng));
        }
        let mut grid = Grid {
            south,
            west,
            cell_lat,
            cell_lng,
            rows,
            cols,
            cos_min,
            starts: vec![0; rows * cols + 1],
            places: Vec::new(),
        };
        let cells: Vec<Option<usize>> = places.iter().map(|p| grid.cell(*p)).collect();
        for cell in cells.iter().flatten() {
            grid.starts[cell + 1] += 1;
        }
        for c in 0..rows * cols {
            grid.starts[c + 1] += grid.starts[c];
        }
        let mut next = grid.starts.clone();
        grid.places = vec![0; grid.starts[rows * cols] as usize];
        for (i, cell) in cells.iter().enumerate() {
            if let Some(c) = cell {
                grid.places[next[*c] as usize] = i as u32;
                next[*c] += 1;
            }
        }
        grid
    }

    fn cell(&self, p: LatLng) -> Option<usize> {
        if !on_earth(p) || self.rows == 0 {
            return None;
        }
        let row = (((p.lat - self.south) / self.cell_lat).floor() as usize).min(self.rows - 1);
        let col = (((p.lng - self.west) / self.cell_lng).floor() as usize).min(self.cols - 1);
        Some(row * self.cols + col)
    }

    /// Calls `found` with every place in a cell that could be within `reach` metres of `home` (and some that are
    /// not: the caller measures).
    pub(crate) fn near(&self, home: LatLng, reach: f64, mut found: impl FnMut(usize)) {
        if self.rows == 0 {
            return;
        }
        let dlat = reach / METRES_PER_DEGREE;
        let dlng = reach / (METRES_PER_DEGREE * self.cos_min);
        // Clamped as floats before they become indices, so a reach over the poles scans the grid's width.
        let range = |low: f64, high: f64, origin: f64, cell: f64, count: usize| {
            let first = ((low - origin) / cell).floor().max(0.0);
            let last = ((high - origin) / cell).floor().min((count - 1) as f64);
            (first <= last).then_some((first as usize, last as usize))
        };
        let Some((r0, r1)) = range(home.lat - dlat, home.lat + dlat, self.south, self.cell_lat, self.rows) else {
            return;
        };
        let Some((c0, c1)) = range(home.lng - dlng, home.lng + dlng, self.west, self.cell_lng, self.cols) else {
            return;
        };
        for row in r0..=r1 {
            let cells = row * self.cols + c0..=row * self.cols + c1;
            let places = self.starts[*cells.start()] as usize..self.starts[*cells.end() + 1] as usize;
            for &place in &self.places[places] {
                found(place as usize);
            }
        }
    }
}

/// Every pair of a task and a volunteer that passes the gates, with its cost.
fn allowed(tasks: &[Task], pool: &[Candidate], rarity: &Rarity, today: NaiveDate) -> Result<Pairs, AssignmentError> {
    if tasks.len() > MAX_TASKS {
        return Err(AssignmentError::TooManyTasks(tasks.len()));
    }
    if pool.len() > MAX_VOLUNTEERS {
        return Err(AssignmentError::TooManyVolunteers(pool.len()));
    }
    let grid = Grid::of(&tasks.iter().map(|t| t.at).collect::<Vec<_>>());
    let from: Vec<DistanceFrom> = tasks.iter().map(|t| DistanceFrom::new(t.at)).collect();
    // (task, volunteer, cost, metres), found volunteer by volunteer.
    let mut found: Vec<(u32, u32, i32, u32)> = Vec::new();
    let mut shut = Vec::new();
    let mut too_many = false;
    for (j, candidate) in pool.iter().enumerate() {
        if candidate.state != VolunteerState::Ready || candidate.room() == 0 || !on_earth(candidate.home) {
            continue;
        }
        let reach = candidate.travel_limit();
        grid.near(candidate.home, reach, |i| {
            let metres = from[i].metres_to(candidate.home);
            if too_many || metres.is_nan() || metres > reach {
                return;
            }
            shut.clear();
            let away = matching::check(&tasks[i], &from[i], candidate, today, false, &mut shut);
            if !shut.is_empty() {
                return;
            }
            if found.len() >= MAX_PAIRS {
                too_many = true;
                return;
            }
            let cost = matching::score(&tasks[i], candidate, away, rarity, today).cost();
            let cost = cost.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
            found.push((i as u32, j as u32, cost, away.metres()));
        });
        if too_many {
            return Err(AssignmentError::TooManyPairs);
        }
    }
    let mut offsets = vec![0usize; tasks.len() + 1];
    for (task, ..) in &found {
        offsets[*task as usize + 1] += 1;
    }
    for i in 0..tasks.len() {
        offsets[i + 1] += offsets[i];
    }
    let mut next = offsets.clone();
    let mut pairs =
        Pairs { offsets, volunteer: vec![0; found.len()], cost: vec![0; found.len()], metres: vec![0; found.len()] };
    for (task, volunteer, cost, metres) in found {
        let at = next[task as usize];
        next[task as usize] += 1;
        (pairs.volunteer[at], pairs.cost[at], pairs.metres[at]) = (volunteer, cost, metres);
    }
    Ok(pairs)
}

/// The tasks in the order they are shared out: the most urgent first, then as given.
fn by_urgency(tasks: &[Task]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..tasks.len()).collect();
    order.sort_by_key(|i| Reverse(tasks[*i].urgency.weight()));
    order
}

/// The result from which pair each task was given (or none), with the load of a volunteer's earlier tasks in the
/// batch added to each pair's cost, in the order of the tasks.
fn settle(tasks: &[Task], pool: &[Candidate], pairs: &Pairs, given: &[u32]) -> Assignment {
    let mut held = vec![0i64; pool.len()];
    let mut result = Assignment::default();
    for (task, pair) in tasks.iter().zip(given) {
        if *pair == NONE {
            result.unassigned.push(task.id);
            continue;
        }
        let at = *pair as usize;
        let volunteer = pairs.volunteer[at] as usize;
        let cost = i64::from(pairs.cost[at]) + held[volunteer] * COST_PER_TASK_THIS_WEEK;
        held[volunteer] += 1;
        let distance = Distance::from_metres(f64::from(pairs.metres[at]));
        result.pairs.push(Pair { task: task.id, volunteer: pool[volunteer].id, distance, cost });
        result.work += u64::from(task.urgency.weight());
        result.distance_m += u64::from(pairs.metres[at]);
        result.cost += cost;
    }
    result
}

/// The best assignment of `tasks` to the volunteers of `pool` on `today` (see the module's documentation), with
/// `rarity` the pool's, as [`Rarity::of`] counts it.
pub fn assign(
    tasks: &[Task],
    pool: &[Candidate],
    rarity: &Rarity,
    today: NaiveDate,
) -> Result<Assignment, AssignmentError> {
    let pairs = allowed(tasks, pool, rarity, today)?;
    let mut flow = Flow::new(tasks, pool, &pairs, penalties(tasks, &pairs));
    flow.solve(&by_urgency(tasks));
    Ok(settle(tasks, pool, &pairs, &flow.given))
}

/// What leaving each task undone costs: its urgency's weight times more than the spread of the costs of any two
/// assignments (each task's pair cost within the pairs' range, and the rising load at most
/// [`COST_PER_TASK_THIS_WEEK`] for each pair of tasks), so no saving ever leaves work undone that could be done.
fn penalties(tasks: &[Task], pairs: &Pairs) -> Vec<i64> {
    let n = tasks.len() as i64;
    let (low, high) = pairs.cost.iter().fold((0i64, 0i64), |(l, h), c| (l.min(i64::from(*c)), h.max(i64::from(*c))));
    let unit = n * (high - low) + COST_PER_TASK_THIS_WEEK * n * (n - 1).max(0) / 2 + 1;
    tasks.iter().map(|t| i64::from(t.urgency.weight()) * unit).collect()
}

/// The baseline the best assignment is measured against: each task in turn (the most urgent first, then as
/// given) takes the nearest volunteer it is allowed who still has room.
pub fn greedy_nearest_first(
    tasks: &[Task],
    pool: &[Candidate],
    rarity: &Rarity,
    today: NaiveDate,
) -> Result<Assignment, AssignmentError> {
    let pairs = allowed(tasks, pool, rarity, today)?;
    let mut room: Vec<u32> = pool.iter().map(Candidate::room).collect();
    let mut given = vec![NONE; tasks.len()];
    for task in by_urgency(tasks) {
        let nearest = pairs
            .of(task)
            .filter(|at| room[pairs.volunteer[*at] as usize] > 0)
            .min_by_key(|at| (pairs.metres[*at], pairs.cost[*at], pairs.volunteer[*at]));
        if let Some(at) = nearest {
            room[pairs.volunteer[at] as usize] -= 1;
            given[task] = at as u32;
        }
    }
    Ok(settle(tasks, pool, &pairs, &given))
}

/// The minimum-cost flow. Nodes are the tasks (`0..n`), then the volunteers (`n..n + m`), then the sink. Each task
/// not yet routed has one unit to send to the sink. The residual edges are not stored: they are read from the
/// pairs and from who holds what.
///
/// - task → volunteer, for each of the task's pairs but the one it holds: the pair's cost;
/// - volunteer → task, for each task the volunteer holds: minus the pair's cost (giving the task up);
/// - volunteer → sink, while the volunteer has room: the cost of their next place in the batch;
/// - task → sink, while the task is not left undone: the task's penalty (leaving it undone).
///
/// Every residual edge's cost plus its tail's potential minus its head's (its *reduced* cost) is at least 0, so no
/// cycle of the residual graph costs less than nothing: the flow is the cheapest for the units it has routed.
struct Flow<'a> {
    pairs: &'a Pairs,
    /// The pairs by volunteer, read together as the search goes back through a volunteer: volunteer `v`'s are
    /// `into[into_starts[v]..into_starts[v + 1]]`.
    into_starts: Vec<usize>,
    into: Vec<InEdge>,
    tasks: usize,
    /// For each task, the pair it is given by, or `NONE`.
    given: Vec<u32>,
    /// The tasks not yet routed to the sink.
    waits: Vec<bool>,
    /// For each volunteer, the tasks they hold.
    holding: Vec<Vec<u32>>,
    room: Vec<u32>,
    penalty: Vec<i64>,
    potential: Vec<i64>,
}

/// A pair as a volunteer's edge in from its task.
#[derive(Clone, Copy, Default)]
struct InEdge {
    pair: u32,
    task: u32,
    cost: i32,
}

/// One phase's working state, kept between phases and reset only where a phase reached.
struct Phase {
    /// Each node's reduced distance to the sink, as far as the search went.
    to_sink: Vec<i64>,
    settled: Vec<bool>,
    reached: Vec<u32>,
    heap: BinaryHeap<Reverse<(i64, u32)>>,
    /// For each node, the next of its edges to try in this phase: the ones before it led nowhere, or were used.
    next_edge: Vec<u32>,
    /// The nodes from which no path was found in this phase, and those on the path being looked for.
    dead: Vec<bool>,
    on_path: Vec<bool>,
    /// The nodes entered in this phase, to reset.
    entered: Vec<u32>,
    /// The path being looked for: each node with the pair it was reached by.
    stack: Vec<(u32, u32)>,
}

impl Phase {
    fn new(nodes: usize) -> Phase {
        Phase {
            to_sink: vec![i64::MAX; nodes],
            settled: vec![false; nodes],
            reached: Vec::new(),
            heap: BinaryHeap::new(),
            next_edge: vec![0; nodes],
            dead: vec![false; nodes],
            on_path: vec![false; nodes],
            entered: Vec::new(),
            stack: Vec::new(),
        }
    }

    fn relax(&mut self, node: usize, distance: i64) {
        if distance < self.to_sink[node] {
            if self.to_sink[node] == i64::MAX {
                self.reached.push(node as u32);
            }
            self.to_sink[node] = distance;
            self.heap.push(Reverse((distance, node as u32)));
        }
    }

    /// Whether a path may go on through `node`.
    fn open(&self, node: usize) -> bool {
        !self.dead[node] && !self.on_path[node]
    }

    fn enter(&mut self, node: usize, by_pair: u32) {
        self.on_path[node] = true;
        self.entered.push(node as u32);
        self.stack.push((node as u32, by_pair));
    }

    /// Leaves the path just used: its nodes may be on another.
    fn leave(&mut self) {
        for (node, _) in self.stack.drain(..) {
            self.on_path[node as usize] = false;
        }
    }

    fn reset(&mut self) {
        for node in self.reached.drain(..) {
            (self.to_sink[node as usize], self.settled[node as usize]) = (i64::MAX, false);
        }
        for node in self.entered.drain(..) {
            let node = node as usize;
            (self.next_edge[node], self.dead[node], self.on_path[node]) = (0, false, false);
        }
        self.heap.clear();
        self.stack.clear();
    }
}

impl<'a> Flow<'a> {
    fn new(tasks: &[Task], pool: &[Candidate], pairs: &'a Pairs, penalty: Vec<i64>) -> Flow<'a> {
        // A task's potential makes its pairs' costs non-negative (a volunteer who already helps the resident can
        // cost less than nothing); the volunteers' and the sink's start at 0.
        let mut potential = vec![0i64; tasks.len() + pool.len() + 1];
        for (i, p) in potential.iter_mut().enumerate().take(tasks.len()) {
            *p = pairs.of(i).map(|at| -i64::from(pairs.cost[at])).max().unwrap_or(0).max(0);
        }
        let mut into_starts = vec![0usize; pool.len() + 1];
        for v in &pairs.volunteer {
            into_starts[*v as usize + 1] += 1;
        }
        for v in 0..pool.len() {
            into_starts[v + 1] += into_starts[v];
        }
        let mut next = into_starts.clone();
        let mut into = vec![InEdge::default(); pairs.volunteer.len()];
        for task in 0..tasks.len() {
            for at in pairs.of(task) {
                let v = pairs.volunteer[at] as usize;
                into[next[v]] = InEdge { pair: at as u32, task: task as u32, cost: pairs.cost[at] };
                next[v] += 1;
            }
        }
        Flow {
            pairs,
            into_starts,
            into,
            tasks: tasks.len(),
            given: vec![NONE; tasks.len()],
            // A task no volunteer may take is left undone from the start.
            waits: (0..tasks.len()).map(|t| !pairs.of(t).is_empty()).collect(),
            holding: vec![Vec::new(); pool.len()],
            room: pool.iter().map(Candidate::room).collect(),
            penalty,
            potential,
        }
    }

    fn sink(&self) -> usize {
        self.potential.len() - 1
    }

    /// The cost of a volunteer's next place in the batch: the load of the tasks it already gave them.
    fn next_place(&self, volunteer: usize) -> i64 {
        self.holding[volunteer].len() as i64 * COST_PER_TASK_THIS_WEEK
    }

    fn has_room(&self, volunteer: usize) -> bool {
        (self.holding[volunteer].len() as u32) < self.room[volunteer]
    }

    fn reduced(&self, cost: i64, from: usize, to: usize) -> i64 {
        let reduced = cost + self.potential[from] - self.potential[to];
        debug_assert!(reduced >= 0, "a residual edge's reduced cost is never negative");
        reduced
    }

    /// Routes every task, phase by phase, until none waits; in each phase the tasks are tried in `order`.
    fn solve(&mut self, order: &[usize]) {
        let mut phase = Phase::new(self.potential.len());
        let mut waiting: Vec<usize> = order.iter().copied().filter(|t| self.waits[*t]).collect();
        while !waiting.is_empty() {
            self.price(&mut phase, waiting.len().div_ceil(PRICED_AT_ONCE));
            // A task the search did not reach has no path of reduced cost 0 yet: it waits for the next phase.
            waiting.retain(|task| !phase.settled[*task] || !self.route(*task, &mut phase));
            phase.reset();
        }
    }

    /// Finds each node's shortest reduced distance to the sink, searching back from the sink (Dijkstra's
    /// algorithm on the reversed residual edges) until `waiting` of the waiting tasks are settled, at a distance
    /// `d` at most; then lowers each node's potential by its distance, or by `d` if it was further. Every reduced
    /// cost stays non-negative, and every settled waiting task then has a path to the sink on which every reduced
    /// cost is 0.
    fn price(&mut self, phase: &mut Phase, mut waiting: usize) {
        let (n, sink) = (self.tasks, self.sink());
        phase.relax(sink, 0);
        let mut last = 0;
        while let Some(Reverse((d, u))) = phase.heap.pop() {
            let u = u as usize;
            if phase.settled[u] || d > phase.to_sink[u] {
                continue;
            }
            phase.settled[u] = true;
            last = d;
            if u == sink {
                for v in 0..self.room.len() {
                    if self.has_room(v) {
                        phase.relax(n + v, d + self.reduced(self.next_place(v), n + v, sink));
                    }
                }
                for t in 0..n {
                    if self.waits[t] || self.given[t] != NONE {
                        phase.relax(t, d + self.reduced(self.penalty[t], t, sink));
                    }
                }
            } else if u < n {
                if self.waits[u] {
                    waiting -= 1;
                    if waiting == 0 {
                        break;
                    }
                }
                if self.given[u] != NONE {
                    let at = self.given[u] as usize;
                    let v = n + self.pairs.volunteer[at] as usize;
                    phase.relax(v, d + self.reduced(-i64::from(self.pairs.cost[at]), v, u));
                }
            } else {
                for edge in &self.into[self.into_starts[u - n]..self.into_starts[u - n + 1]] {
                    let task = edge.task as usize;
                    if !phase.settled[task] && self.given[task] != edge.pair {
                        phase.relax(task, d + self.reduced(i64::from(edge.cost), task, u));
                    }
                }
            }
        }
        for (node, potential) in self.potential.iter_mut().enumerate() {
            *potential -= phase.to_sink[node].min(last);
        }
    }

    /// Looks for a path of reduced cost 0 from a waiting task to the sink, and sends the task's unit along it. Says
    /// whether it did. A node from which no path was found, and an edge that led nowhere or was used, are not
    /// tried again in the phase, so a phase's searches together look at each edge about once.
    fn route(&mut self, source: usize, phase: &mut Phase) -> bool {
        let (n, sink) = (self.tasks, self.sink());
        phase.stack.clear();
        phase.enter(source, NONE);
        while let Some(&(node, _)) = phase.stack.last() {
            let node = node as usize;
            let edge = phase.next_edge[node] as usize;
            phase.next_edge[node] += 1;
            if node < n {
                // Leaving the task undone is tried first: on a tie, a task already given keeps its volunteer.
                if edge == 0 {
                    if self.reduced(self.penalty[node], node, sink) == 0 {
                        self.augment(&phase.stack);
                        phase.leave();
                        return true;
                    }
                    continue;
                }
                let pairs = self.pairs.of(node);
                if edge <= pairs.len() {
                    let at = pairs.start + edge - 1;
                    let v = n + self.pairs.volunteer[at] as usize;
                    if at as u32 != self.given[node]
                        && phase.open(v)
                        && self.reduced(i64::from(self.pairs.cost[at]), node, v) == 0
                    {
                        phase.enter(v, at as u32);
                    }
                    continue;
                }
            } else {
                let volunteer = node - n;
                if edge == 0 {
                    if self.has_room(volunteer) && self.reduced(self.next_place(volunteer), node, sink) == 0 {
                        self.augment(&phase.stack);
                        phase.leave();
                        return true;
                    }
                    continue;
                }
                if let Some(&held) = self.holding[volunteer].get(edge - 1) {
                    let held = held as usize;
                    let at = self.given[held] as usize;
                    if phase.open(held) && self.reduced(-i64::from(self.pairs.cost[at]), node, held) == 0 {
                        phase.enter(held, NONE);
                    }
                    continue;
                }
            }
            phase.stack.pop();
            (phase.on_path[node], phase.dead[node]) = (false, true);
        }
        false
    }

    /// Sends a unit along the path found: each task on it takes the volunteer after it (or, if it is the last,
    /// is left undone), and each volunteer gives up the task after it (or, if it is the last, takes one more).
    fn augment(&mut self, path: &[(u32, u32)]) {
        let n = self.tasks;
        let source = path[0].0 as usize;
        self.waits[source] = false;
        for (i, &(node, _)) in path.iter().enumerate() {
            let node = node as usize;
            let next = path.get(i + 1).map(|(next, by)| (*next as usize, *by));
            if node < n {
                match next {
                    Some((volunteer, by)) => {
                        self.given[node] = by;
                        self.holding[volunteer - n].push(node as u32);
                    }
                    None => self.given[node] = NONE,
                }
            } else if let Some((task, _)) = next {
                let holding = &mut self.holding[node - n];
                if let Some(p) = holding.iter().position(|t| *t as usize == task) {
                    holding.swap_remove(p);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use proptest::prelude::*;

    use super::*;
    use crate::volunteering::dbs::{DbsLevel, DbsRecord, Need, Workforce};
    use crate::volunteering::matching::tests::{at, id, task, today, volunteer};
    use crate::volunteering::{Availability, Language, Skill, Skills, Urgency};

    /// A small, seeded generator of numbers (SplitMix64), so the instances are the same on every run.
    struct Seeded(u64);

    impl Seeded {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n.max(1)
        }

        fn chance(&mut self, percent: u64) -> bool {
            self.below(100) < percent
        }

        fn between(&mut self, low: f64, high: f64) -> f64 {
            low + (high - low) * (self.next() >> 11) as f64 / (1u64 << 53) as f64
        }

        fn slots(&mut self, count: usize) -> Availability {
            let mut bits = 0u32;
            for _ in 0..count {
                bits |= 1 << self.below(21);
            }
            Availability::from_bits(bits).unwrap()
        }
    }

    /// How a generated city is made.
    struct City {
        side_m: f64,
        travel: (f64, f64),
        /// Out of 100: the chance a volunteer offers each skill.
        skill_percent: u64,
        /// Whether volunteers and tasks differ in everything but place (or only in place, so cost is distance).
        varied: bool,
        max_per_week: u32,
    }

    fn city(shape: &City, tasks: usize, volunteers: usize, seed: u64) -> (Vec<Task>, Vec<Candidate>) {
        let mut rng = Seeded(seed);
        let spoken: Vec<Language> =
            ["ur", "pa-Guru", "bn", "so", "ar", "pl"].map(|c| Language::parse(c).unwrap()).into();
        let half = shape.side_m / 2.0;
        let residents = 1 + tasks as u64 / 3;
        let pool = (0..volunteers)
            .map(|j| {
                let mut v = volunteer(1_000_000 + j as u128, 0.0);
                v.home = at(rng.between(-half, half), rng.between(-half, half));
                v.travel_limit_m = rng.between(shape.travel.0, shape.travel.1);
                v.max_per_week = shape.max_per_week;
                if shape.varied {
                    v.skills = Skill::ALL.iter().copied().filter(|_| rng.chance(shape.skill_percent)).collect();
                    if rng.chance(20) {
                        v.languages.push(spoken[rng.below(spoken.len() as u64) as usize]);
                    }
                    if rng.chance(30) {
                        v.dbs = Some(DbsRecord {
                            level: DbsLevel::ALL[rng.below(4) as usize],
                            workforce: Workforce::ALL[rng.below(3) as usize],
                            certificate_on: today() - chrono::Duration::days(rng.below(1_400) as i64),
                            update_service: rng.chance(50),
                            status_checked_on: None,
                            consent: rng.chance(50),
                        });
                    }
                    v.availability = rng.slots(8);
                    v.has_car = rng.chance(40);
                    v.state = if rng.chance(90) { VolunteerState::Ready } else { VolunteerState::Paused };
                    v.max_per_week = 1 + rng.below(u64::from(shape.max_per_week)) as u32;
                    v.load_this_week = rng.below(u64::from(v.max_per_week)) as u32;
                    v.last_task_on = rng.chance(50).then(|| today() - chrono::Duration::days(rng.below(30) as i64));
                    v.helps = (0..rng.below(3)).map(|_| id(500_000 + u128::from(rng.below(residents)))).collect();
                }
                v
            })
            .collect();
        let tasks = (0..tasks)
            .map(|i| {
                let mut t = task(i as u128);
                t.at = at(rng.between(-half, half), rng.between(-half, half));
                t.urgency = Urgency::ALL[rng.below(3) as usize];
                if shape.varied {
                    t.skills = Skills::of(&[Skill::ALL[rng.below(Skill::ALL.len() as u64) as usize]]);
                    t.language = rng.chance(10).then(|| spoken[rng.below(spoken.len() as u64) as usize]);
                    t.need = rng.chance(10).then_some(Need { level: DbsLevel::Enhanced, workforce: Workforce::Adults });
                    t.when = rng.slots(6);
                    t.needs_car = rng.chance(10);
                    t.resident = rng.chance(30).then(|| id(500_000 + u128::from(rng.below(residents))));
                }
                t
            })
            .collect();
        (tasks, pool)
    }

    /// Every task appears once, every pair passes the gates, and no volunteer is given more than their room.
    fn assert_valid(result: &Assignment, tasks: &[Task], pool: &[Candidate]) {
        let tasks_by_id: HashMap<Uuid, &Task> = tasks.iter().map(|t| (t.id, t)).collect();
        let pool_by_id: HashMap<Uuid, &Candidate> = pool.iter().map(|c| (c.id, c)).collect();
        assert_eq!(result.pairs.len() + result.unassigned.len(), tasks.len());
        let mut given: HashMap<Uuid, u32> = HashMap::new();
        for pair in &result.pairs {
            let (t, v) = (tasks_by_id[&pair.task], pool_by_id[&pair.volunteer]);
            assert_eq!(matching::gates(t, v, today()), Ok(pair.distance), "{pair:?}");
            *given.entry(pair.volunteer).or_default() += 1;
        }
        for (volunteer, count) in given {
            assert!(count <= pool_by_id[&volunteer].room(), "{volunteer} was given {count}");
        }
        let mut seen: Vec<Uuid> =
            result.pairs.iter().map(|p| p.task).chain(result.unassigned.iter().copied()).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), tasks.len());
    }

    /// The best (work, cost) by trying every choice, remembered by how many places of each volunteer are used.
    fn brute_force(tasks: &[Task], pool: &[Candidate], rarity: &Rarity) -> (u64, i64) {
        let options: Vec<Vec<(usize, i64)>> = tasks
            .iter()
            .map(|t| {
                pool.iter()
                    .enumerate()
                    .filter_map(|(j, c)| {
                        let away = matching::gates(t, c, today()).ok()?;
                        Some((j, matching::score(t, c, away, rarity, today()).cost()))
                    })
                    .collect()
            })
            .collect();
        let room: Vec<u32> = pool.iter().map(Candidate::room).collect();
        let mut memo = HashMap::new();
        best_from(0, &mut vec![0; pool.len()], tasks, &options, &room, &mut memo)
    }

    fn best_from(
        i: usize,
        used: &mut Vec<u32>,
        tasks: &[Task],
        options: &[Vec<(usize, i64)>],
        room: &[u32],
        memo: &mut HashMap<(usize, Vec<u32>), (u64, i64)>,
    ) -> (u64, i64) {
        if i == tasks.len() {
            return (0, 0);
        }
        if let Some(known) = memo.get(&(i, used.clone())) {
            return *known;
        }
        let mut best = best_from(i + 1, used, tasks, options, room, memo);
        for &(j, cost) in &options[i] {
            if used[j] < room[j] {
                let place = i64::from(used[j]) * COST_PER_TASK_THIS_WEEK;
                used[j] += 1;
                let (work, rest) = best_from(i + 1, used, tasks, options, room, memo);
                used[j] -= 1;
                let this = (work + u64::from(tasks[i].urgency.weight()), rest + cost + place);
                if (this.0, Reverse(this.1)) > (best.0, Reverse(best.1)) {
                    best = this;
                }
            }
        }
        memo.insert((i, used.clone()), best);
        best
    }

    /// A small instance: up to 8 tasks and 8 volunteers in a 3 km square, varied in everything, with 40 ready
    /// volunteers who have no room this week, so that a skill or language of the 8 can be rare.
    fn small(tasks: usize, volunteers: usize, seed: u64) -> (Vec<Task>, Vec<Candidate>, Rarity) {
        let shape =
            City { side_m: 3_000.0, travel: (500.0, 3_000.0), skill_percent: 50, varied: true, max_per_week: 3 };
        let (mut tasks, pool) = city(&shape, tasks, volunteers, seed);
        let mut rng = Seeded(seed ^ 0xABCD);
        for t in &mut tasks {
            t.skills = Skills::of(&[[Skill::Shopping, Skill::Driving, Skill::FirstAid][rng.below(3) as usize]]);
        }
        let full = (0..40).map(|n| Candidate { load_this_week: 3, ..volunteer(9_000 + n, 0.0) });
        let rarity = Rarity::of(&pool.iter().cloned().chain(full).collect::<Vec<_>>());
        (tasks, pool, rarity)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn the_assignment_is_the_brute_force_optimum_breaks_no_gate_and_beats_greedy(
            tasks in 0usize..=8,
            volunteers in 0usize..=8,
            seed in any::<u64>(),
        ) {
            let (tasks, pool, rarity) = small(tasks, volunteers, seed);
            let best = assign(&tasks, &pool, &rarity, today()).unwrap();
            assert_valid(&best, &tasks, &pool);
            prop_assert_eq!((best.work, best.cost), brute_force(&tasks, &pool, &rarity));
            let greedy = greedy_nearest_first(&tasks, &pool, &rarity, today()).unwrap();
            assert_valid(&greedy, &tasks, &pool);
            prop_assert!((best.work, Reverse(best.cost)) >= (greedy.work, Reverse(greedy.cost)));
        }
    }

    #[test]
    fn a_task_is_given_to_the_nearest_volunteer_when_nothing_else_differs() {
        let pool = [volunteer(2, 2_000.0), volunteer(3, 400.0)];
        let result = assign(&[task(1)], &pool, &Rarity::of(&pool), today()).unwrap();
        assert_eq!(result.pairs.len(), 1);
        assert_eq!((result.pairs[0].task, result.pairs[0].volunteer), (id(1), id(3)));
        assert!((399..=401).contains(&result.distance_m));
    }

    #[test]
    fn two_tasks_that_both_want_the_nearer_volunteer_are_shared_for_the_least_travel() {
        // Greedy gives task 1 the volunteer 100 m east, leaving task 2 (1 km east) the one 500 m west: 1.6 km in
        // all. The best gives task 1 the one 500 m west and task 2 the one 900 m from it: 1.4 km.
        let mut near_one = volunteer(10, 100.0);
        near_one.max_per_week = 1;
        let mut other = volunteer(11, -500.0);
        other.max_per_week = 1;
        let mut t2 = task(2);
        t2.at = at(1_000.0, 0.0);
        other.travel_limit_m = 5_000.0;
        let tasks = [task(1), t2];
        let pool = [near_one, other];
        let rarity = Rarity::of(&pool);
        let best = assign(&tasks, &pool, &rarity, today()).unwrap();
        let greedy = greedy_nearest_first(&tasks, &pool, &rarity, today()).unwrap();
        assert_eq!(best.unassigned.len(), 0);
        assert!(best.distance_m < greedy.distance_m, "{} against {}", best.distance_m, greedy.distance_m);
    }

    #[test]
    fn an_urgent_task_takes_the_only_volunteer_before_a_task_that_can_wait() {
        let mut only = volunteer(10, 0.0);
        only.max_per_week = 1;
        let mut later = task(1);
        later.urgency = Urgency::Whenever;
        let mut today_task = task(2);
        today_task.urgency = Urgency::Today;
        today_task.at = at(3_000.0, 0.0);
        let result = assign(&[later, today_task], &[only.clone()], &Rarity::of(&[only]), today()).unwrap();
        assert_eq!(result.pairs[0].task, id(2));
        assert_eq!(result.unassigned, [id(1)]);
    }

    #[test]
    fn more_tasks_are_done_even_when_that_costs_more_travel() {
        // Volunteer 10 is nearest to both tasks; only if task 1 goes to the far volunteer 11 can both be done.
        let mut near = volunteer(10, 0.0);
        near.max_per_week = 1;
        let mut far = volunteer(11, 4_000.0);
        far.max_per_week = 1;
        let mut t2 = task(2);
        t2.skills = Skills::of(&[Skill::Prescriptions]);
        far.skills = Skills::of(&[Skill::Shopping]);
        let tasks = [task(1), t2];
        let pool = [near, far];
        let result = assign(&tasks, &pool, &Rarity::of(&pool), today()).unwrap();
        assert!(result.unassigned.is_empty());
        assert_eq!(result.work, 4);
    }

    #[test]
    fn a_volunteer_with_room_for_two_is_given_two_and_the_second_costs_a_load_more() {
        let mut two = volunteer(10, 100.0);
        two.max_per_week = 2;
        let pool = [two];
        let result = assign(&[task(1), task(2), task(3)], &pool, &Rarity::of(&pool), today()).unwrap();
        assert_eq!(result.pairs.len(), 2);
        assert_eq!(result.unassigned, [id(3)]);
        assert_eq!(result.pairs[1].cost - result.pairs[0].cost, COST_PER_TASK_THIS_WEEK);
    }

    #[test]
    fn no_tasks_or_no_volunteers_is_an_empty_assignment() {
        let pool = [volunteer(10, 0.0)];
        let rarity = Rarity::of(&pool);
        assert_eq!(assign(&[], &pool, &rarity, today()).unwrap(), Assignment::default());
        let alone = assign(&[task(1)], &[], &rarity, today()).unwrap();
        assert_eq!((alone.pairs.len(), alone.unassigned.clone()), (0, vec![id(1)]));
    }

    #[test]
    fn tasks_and_volunteers_at_positions_that_are_not_numbers_are_left_out_and_nothing_panics() {
        let mut lost = task(1);
        lost.at = LatLng { lat: f64::NAN, lng: f64::INFINITY };
        let mut nowhere = volunteer(10, 0.0);
        nowhere.home = LatLng { lat: 200.0, lng: 0.0 };
        let pool = [nowhere, volunteer(11, 10.0)];
        let result = assign(&[lost, task(2)], &pool, &Rarity::of(&pool), today()).unwrap();
        assert_eq!(result.unassigned, [id(1)]);
        assert_eq!(result.pairs[0].volunteer, id(11));
    }

    #[test]
    fn tasks_far_apart_across_the_world_are_still_matched_with_whoever_is_near_them() {
        let mut sydney = task(1);
        sydney.at = LatLng { lat: -33.87, lng: 151.21 };
        let mut there = volunteer(10, 0.0);
        there.home = LatLng { lat: -33.871, lng: 151.211 };
        let pool = [volunteer(11, 300.0), there];
        let result = assign(&[task(2), sydney], &pool, &Rarity::of(&pool), today()).unwrap();
        assert!(result.unassigned.is_empty());
        assert_eq!(result.pairs[1].volunteer, id(10));
    }

    #[test]
    fn more_tasks_or_volunteers_than_a_batch_takes_are_refused() {
        let tasks = vec![task(1); MAX_TASKS + 1];
        let rarity = Rarity::of(&[]);
        assert_eq!(assign(&tasks, &[], &rarity, today()), Err(AssignmentError::TooManyTasks(MAX_TASKS + 1)));
        let pool = vec![volunteer(2, 0.0); MAX_VOLUNTEERS + 1];
        assert_eq!(
            greedy_nearest_first(&[task(1)], &pool, &rarity, today()),
            Err(AssignmentError::TooManyVolunteers(MAX_VOLUNTEERS + 1))
        );
    }

    #[test]
    fn in_a_seeded_town_of_500_tasks_and_1000_volunteers_the_best_travels_no_further_than_greedy() {
        let shape =
            City { side_m: 8_000.0, travel: (1_000.0, 3_000.0), skill_percent: 100, varied: false, max_per_week: 1 };
        let (tasks, pool) = city(&shape, 500, 1_000, 21);
        let rarity = Rarity::of(&pool);
        let best = assign(&tasks, &pool, &rarity, today()).unwrap();
        let greedy = greedy_nearest_first(&tasks, &pool, &rarity, today()).unwrap();
        assert_valid(&best, &tasks, &pool);
        assert_valid(&greedy, &tasks, &pool);
        assert!(best.unassigned.len() <= greedy.unassigned.len());
        assert!(best.unassigned.is_empty(), "this town has room for everyone");
        assert_eq!(best.cost, best.distance_m as i64, "cost is distance alone here");
        assert!(best.distance_m <= greedy.distance_m, "{} against {}", best.distance_m, greedy.distance_m);
    }

    #[test]
    fn in_a_seeded_varied_city_the_best_does_as_much_work_as_greedy_or_more_and_for_less() {
        let shape =
            City { side_m: 10_000.0, travel: (1_000.0, 4_000.0), skill_percent: 30, varied: true, max_per_week: 3 };
        let (tasks, pool) = city(&shape, 400, 600, 7);
        let rarity = Rarity::of(&pool);
        let best = assign(&tasks, &pool, &rarity, today()).unwrap();
        let greedy = greedy_nearest_first(&tasks, &pool, &rarity, today()).unwrap();
        assert_valid(&best, &tasks, &pool);
        assert!((best.work, Reverse(best.cost)) >= (greedy.work, Reverse(greedy.cost)));
    }
}
