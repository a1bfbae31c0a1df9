//! The stakeholder network as a graph: organisations are nodes, partnerships undirected edges. The measures a
//! coordinator uses: who is isolated (no partnership at all), which separate groups exist (connected
//! components), who bridges groups that would otherwise fall apart (cut vertices, found by Tarjan's method), and
//! who sits on the most shortest paths between others (betweenness, by Brandes' algorithm). And a layout for
//! drawing a network as an SVG on the server, so the picture needs no JavaScript.

use std::collections::VecDeque;

/// An undirected graph over nodes `0..n`, without self-loops or repeated edges, held as one array of
/// neighbours with an offset for each node (compressed sparse rows), so walking it reads memory in order.
#[derive(Debug, Clone)]
pub struct Network {
    /// Node `v`'s neighbours are `neighbours[offsets[v]..offsets[v + 1]]`, in increasing order.
    offsets: Vec<u32>,
    neighbours: Vec<u32>,
}

impl Default for Network {
    fn default() -> Self {
        Self { offsets: vec![0], neighbours: Vec::new() }
    }
}

impl Network {
    /// A graph of `n` nodes with `edges`; loops and repeats are dropped, and ends out of range ignored.
    pub fn new(n: usize, edges: impl IntoIterator<Item = (usize, usize)>) -> Self {
        let mut adjacent = vec![Vec::new(); n];
        for (a, b) in edges {
            if a != b && a < n && b < n {
                adjacent[a].push(b as u32);
                adjacent[b].push(a as u32);
            }
        }
        let mut offsets = Vec::with_capacity(n + 1);
        let mut neighbours = Vec::new();
        offsets.push(0);
        for list in &mut adjacent {
            list.sort_unstable();
            list.dedup();
            neighbours.extend_from_slice(list);
            offsets.push(neighbours.len() as u32);
        }
        Self { offsets, neighbours }
    }

    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn edge_count(&self) -> usize {
        self.neighbours.len() / 2
    }

    pub fn neighbours(&self, node: usize) -> &[u32] {
        &self.neighbours[self.offsets[node] as usize..self.offsets[node + 1] as usize]
    }

    pub fn degree(&self, node: usize) -> usize {
        (self.offsets[node + 1] - self.offsets[node]) as usize
    }

    /// The component each node is in, numbered from 0 in order of each component's first node.
    pub fn components(&self) -> Vec<u32> {
        let mut component = vec![u32::MAX; self.len()];
        let mut next = 0;
        let mut queue = VecDeque::new();
        for start in 0..self.len() {
            if component[start] != u32::MAX {
                continue;
            }
            component[start] = next;
            queue.push_back(start as u32);
            while let Some(v) = queue.pop_front() {
                for &w in self.neighbours(v as usize) {
                    if component[w as usize] == u32::MAX {
                        component[w as usize] = next;
                        queue.push_back(w);
                    }
                }
            }
            next += 1;
        }
        component
    }

    /// For each node, how many separate pieces its component would fall into without it, beyond the one it
    /// leaves: 0 for most nodes, 1 or more for a node that bridges otherwise separate groups (a cut vertex).
    /// Tarjan's low-link method, iterative so that a long chain cannot overflow the stack.
    pub fn bridging(&self) -> Vec<u32> {
        let n = self.len();
        let mut order = vec![u32::MAX; n];
        let mut low = vec![0u32; n];
        let mut splits = vec![0u32; n];
        let mut counter = 0u32;
        // (node, parent, index of the next neighbour to look at)
        let mut stack: Vec<(u32, u32, usize)> = Vec::new();
        for root in 0..n {
            if order[root] != u32::MAX {
                continue;
            }
            order[root] = counter;
            low[root] = counter;
            counter += 1;
            let mut root_children = 0;
            stack.push((root as u32, u32::MAX, 0));
            while let Some(&mut (v, parent, ref mut next)) = stack.last_mut() {
                let vi = v as usize;
                if let Some(&w) = self.neighbours(vi).get(*next) {
                    *next += 1;
                    let wi = w as usize;
                    if order[wi] == u32::MAX {
                        order[wi] = counter;
                        low[wi] = counter;
                        counter += 1;
                        stack.push((w, v, 0));
                    } else if w != parent {
                        low[vi] = low[vi].min(order[wi]);
                    }
                } else {
                    stack.pop();
                    if parent == u32::MAX {
                        continue;
                    }
                    let pi = parent as usize;
                    low[pi] = low[pi].min(low[vi]);
                    if pi == root {
                        root_children += 1;
                    } else if low[vi] >= order[pi] {
                        splits[pi] += 1;
                    }
                }
            }
            splits[root] = root_children.max(1) - 1;
        }
        splits
    }

    /// Betweenness centrality, normalised to 0..=1: the share of shortest paths between other pairs of nodes that
    /// pass through each node. Brandes' algorithm, O(nodes × edges), with the sources shared between `threads`.
    pub fn betweenness(&self, threads: usize) -> Vec<f64> {
        let n = self.len();
        if n < 3 {
            return vec![0.0; n];
        }
        let threads = threads.clamp(1, 16).min(n);
        let totals: Vec<Vec<f64>> = std::thread::scope(|scope| {
            let workers: Vec<_> =
                (0..threads).map(|t| scope.spawn(move || self.brandes((t..n).step_by(threads)))).collect();
            workers.into_iter().map(|w| w.join().expect("a betweenness worker")).collect()
        });
        // Each undirected pair is counted from both ends; then scaled by the number of pairs.
        let scale = 1.0 / ((n - 1) * (n - 2)) as f64;
        (0..n).map(|v| totals.iter().map(|t| t[v]).sum::<f64>() * scale).collect()
    }

    /// The dependencies of every node on the shortest paths from each of `sources`, summed.
    ///
    /// From each source a breadth-first walk counts the shortest paths to every node and notes, node by node in
    /// the order they are reached, the neighbours one step farther (its successors on shortest paths, kept side
    /// by side). Walking back in reverse order, a node's dependency is then a sum over its successors' run of
    /// that list, each successor's share computed once when it is finished, so the way back has no tests.
    fn brandes(&self, sources: impl Iterator<Item = usize>) -> Vec<f64> {
        let n = self.len();
        let mut centrality = vec![0.0; n];
        let mut paths = vec![0.0f64; n];
        let mut distance = vec![u32::MAX; n];
        // (1 + dependency) / paths of each finished node: what each predecessor adds per path of its own.
        let mut share = vec![0.0f64; n];
        // Nodes in the order reached; the walk's queue is the part not yet expanded.
        let mut order: Vec<u32> = Vec::with_capacity(n);
        // Where each reached node's successors end in `successors` (they start where the previous node's end).
        let mut ends: Vec<u32> = Vec::with_capacity(n);
        let mut successors: Vec<u32> = Vec::with_capacity(self.neighbours.len());
        for s in sources {
            for &v in &order {
                paths[v as usize] = 0.0;
                distance[v as usize] = u32::MAX;
            }
            order.clear();
            ends.clear();
            successors.clear();
            paths[s] = 1.0;
            distance[s] = 0;
            order.push(s as u32);
            let mut next = 0;
            while let Some(&v) = order.get(next) {
                next += 1;
                let (dv, pv) = (distance[v as usize], paths[v as usize]);
                for &w in self.neighbours(v as usize) {
                    let wi = w as usize;
                    if distance[wi] == u32::MAX {
                        distance[wi] = dv + 1;
                        order.push(w);
                    }
                    if distance[wi] == dv + 1 {
                        paths[wi] += pv;
                        successors.push(w);
                    }
                }
                ends.push(successors.len() as u32);
            }
            // Back from the farthest; the source (first reached) depends on nobody and is not counted.
            for i in (1..order.len()).rev() {
                let v = order[i] as usize;
                let through: f64 =
                    successors[ends[i - 1] as usize..ends[i] as usize].iter().map(|&w| share[w as usize]).sum();
                let dependency = paths[v] * through;
                centrality[v] += dependency;
                share[v] = (1.0 + dependency) / paths[v];
            }
        }
        centrality
    }

    /// Positions for drawing, inside `width` × `height` with a margin: a force-directed layout
    /// (Fruchterman and Reingold) from a deterministic start, so the same network always draws the same way.
    /// Meant for a ward's network (tens to hundreds of nodes): it costs O(nodes²) for each of `rounds`.
    pub fn layout(&self, width: f64, height: f64, rounds: usize) -> Vec<(f64, f64)> {
        let n = self.len();
        if n == 0 {
            return Vec::new();
        }
        let margin = 24.0;
        let (w, h) = ((width - 2.0 * margin).max(1.0), (height - 2.0 * margin).max(1.0));
        let k = ((w * h) / n as f64).sqrt();
        // Start on a golden-angle spiral: spread out, and the same every time.
        let mut at: Vec<(f64, f64)> = (0..n)
            .map(|i| {
                let r = (i as f64 + 0.5).sqrt() / (n as f64).sqrt() * 0.5;
                let a = i as f64 * 2.399_963_229_728_653;
                (w / 2.0 + r * w * a.cos(), h / 2.0 + r * h * a.sin())
            })
            .collect();
        let mut push = vec![(0.0f64, 0.0f64); n];
        let mut temperature = w.min(h) / 10.0;
        for _ in 0..rounds {
            push.iter_mut().for_each(|p| *p = (0.0, 0.0));
            for i in 0..n {
                for j in (i + 1)..n {
                    let (dx, dy) = (at[i].0 - at[j].0, at[i].1 - at[j].1);
                    let d2 = (dx * dx + dy * dy).max(0.01);
                    let f = k * k / d2;
                    push[i].0 += dx * f;
                    push[i].1 += dy * f;
                    push[j].0 -= dx * f;
                    push[j].1 -= dy * f;
                }
            }
            for i in 0..n {
                for &j in self.neighbours(i) {
                    let j = j as usize;
                    if j <= i {
                        continue;
                    }
                    let (dx, dy) = (at[i].0 - at[j].0, at[i].1 - at[j].1);
                    let d = (dx * dx + dy * dy).sqrt().max(0.1);
                    let f = d / k;
                    push[i].0 -= dx * f;
                    push[i].1 -= dy * f;
                    push[j].0 += dx * f;
                    push[j].1 += dy * f;
                }
            }
            // A gentle pull to the middle keeps separate pieces on the page.
            for i in 0..n {
                push[i].0 += (w / 2.0 - at[i].0) * 0.05 * k / w.max(h) * n as f64;
                push[i].1 += (h / 2.0 - at[i].1) * 0.05 * k / w.max(h) * n as f64;
                let len = (push[i].0 * push[i].0 + push[i].1 * push[i].1).sqrt().max(0.001);
                let step = len.min(temperature);
                at[i].0 = (at[i].0 + push[i].0 / len * step).clamp(0.0, w);
                at[i].1 = (at[i].1 + push[i].1 / len * step).clamp(0.0, h);
            }
            temperature *= 0.95;
        }
        at.into_iter().map(|(x, y)| (x + margin, y + margin)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two triangles joined through node 6: 0-1-2 and 3-4-5, with 2-6 and 6-3; node 7 alone.
    fn bowtie() -> Network {
        Network::new(8, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 6), (6, 3), (1, 0), (4, 4)])
    }

    #[test]
    fn repeats_and_loops_are_dropped() {
        let g = bowtie();
        assert_eq!(g.edge_count(), 8);
        assert_eq!(g.degree(0), 2);
        assert_eq!(g.degree(7), 0);
    }

    #[test]
    fn components_and_isolated_nodes() {
        let c = bowtie().components();
        assert!(c[..7].iter().all(|&x| x == c[0]));
        assert_ne!(c[7], c[0]);
    }

    #[test]
    fn the_nodes_that_hold_groups_together_are_found() {
        let b = bowtie().bridging();
        // 2, 6 and 3 each split the bow-tie in two; nobody else does.
        assert_eq!(b, vec![0, 0, 1, 1, 0, 0, 1, 0]);
        // A star's hub splits it into as many pieces as it has leaves.
        assert_eq!(Network::new(4, [(0, 1), (0, 2), (0, 3)]).bridging(), vec![2, 0, 0, 0]);
        // A cycle has no cut vertex.
        assert_eq!(Network::new(4, [(0, 1), (1, 2), (2, 3), (3, 0)]).bridging(), vec![0; 4]);
    }

    #[test]
    fn a_long_chain_does_not_overflow_the_stack() {
        let n = 200_000;
        let g = Network::new(n, (1..n).map(|i| (i - 1, i)));
        let b = g.bridging();
        assert_eq!(b[0], 0);
        assert_eq!(b[n - 1], 0);
        assert!(b[1..n - 1].iter().all(|&x| x == 1));
    }

    #[test]
    fn betweenness_matches_the_textbook() {
        // A path 0-1-2: node 1 is on the only path between 0 and 2, the only other pair.
        let path = Network::new(3, [(0, 1), (1, 2)]).betweenness(2);
        assert_eq!(path, vec![0.0, 1.0, 0.0]);
        // A star of five: the hub is on every path between leaves.
        let star = Network::new(5, [(0, 1), (0, 2), (0, 3), (0, 4)]).betweenness(1);
        assert!((star[0] - 1.0).abs() < 1e-12);
        assert!(star[1..].iter().all(|&x| x == 0.0));
        // A square: each node carries half of the path between its two neighbours.
        let square = Network::new(4, [(0, 1), (1, 2), (2, 3), (3, 0)]).betweenness(3);
        for x in square {
            assert!((x - 1.0 / 6.0).abs() < 1e-12, "{x}");
        }
        // The bridge of the bow-tie carries more than the triangles' far corners.
        let b = bowtie().betweenness(2);
        assert!(b[6] > b[0] && b[2] > b[0]);
    }

    #[test]
    fn betweenness_agrees_with_counting_every_shortest_path() {
        // A scrambled graph of 40 nodes with hubs, a tail and an isolated node, against the definition: for each
        // ordered pair (s, t), the share of its shortest paths through v, from all-pairs distances and path counts.
        let n = 40;
        let mut seed = 7u64;
        let mut next = move |m: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % m
        };
        let mut edges: Vec<(usize, usize)> = (0..70).map(|_| (next(36), next(36))).collect();
        edges.extend((0..30).map(|i| (i, 36 + i % 2)));
        edges.extend([(35, 38)]);
        let graph = Network::new(n, edges);
        let mut distance = vec![vec![u32::MAX; n]; n];
        let mut count = vec![vec![0.0f64; n]; n];
        for s in 0..n {
            distance[s][s] = 0;
            count[s][s] = 1.0;
            let mut frontier = vec![s];
            while !frontier.is_empty() {
                let mut reached = Vec::new();
                for &v in &frontier {
                    for &w in graph.neighbours(v) {
                        let w = w as usize;
                        if distance[s][w] == u32::MAX {
                            distance[s][w] = distance[s][v] + 1;
                            reached.push(w);
                        }
                        if distance[s][w] == distance[s][v] + 1 {
                            count[s][w] += count[s][v];
                        }
                    }
                }
                frontier = reached;
            }
        }
        let fast = graph.betweenness(3);
        for v in 0..n {
            let mut through = 0.0;
            for s in (0..n).filter(|&s| s != v) {
                for t in (0..n).filter(|&t| t != v && t != s) {
                    let (sv, vt, st) = (distance[s][v], distance[v][t], distance[s][t]);
                    if st != u32::MAX && sv != u32::MAX && vt != u32::MAX && sv + vt == st {
                        through += count[s][v] * count[v][t] / count[s][t];
                    }
                }
            }
            let expected = through / ((n - 1) * (n - 2)) as f64;
            assert!((fast[v] - expected).abs() < 1e-12, "node {v}: {} against {expected}", fast[v]);
        }
        assert!(fast.iter().any(|&b| b > 0.05), "the graph has brokers");
        assert_eq!(fast[39], 0.0, "the isolated node");
    }

    #[test]
    fn layouts_stay_on_the_page_and_repeat() {
        let g = bowtie();
        let first = g.layout(400.0, 300.0, 100);
        assert_eq!(first, g.layout(400.0, 300.0, 100));
        for (x, y) in &first {
            assert!((0.0..=400.0).contains(x) && (0.0..=300.0).contains(y));
        }
        // Partners end up nearer each other than the isolated node is to anyone on average.
        let d = |a: usize, b: usize| ((first[a].0 - first[b].0).powi(2) + (first[a].1 - first[b].1).powi(2)).sqrt();
        assert!(d(0, 1) < d(0, 5));
    }
}
