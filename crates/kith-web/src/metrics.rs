//! Prometheus metrics: requests by route and status class, and a latency histogram, written by hand in the text
//! exposition format (a handful of counters does not need a metrics framework).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;

use axum::http::Method;

const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0];

#[derive(Default)]
struct Series {
    count: u64,
    seconds: f64,
    buckets: [u64; BUCKETS.len()],
}

/// Series by route pattern, then by method and status class. Looking one up allocates nothing; only a route's
/// first request does.
#[derive(Default)]
pub struct Metrics {
    series: Mutex<BTreeMap<String, RouteSeries>>,
}

/// A route's series: by method and status class (a handful, so a list).
type RouteSeries = Vec<(&'static str, &'static str, Series)>;

/// A method as a label: the standard ones by name, any other as `OTHER`, so that a visitor inventing methods
/// cannot add series (each kept for good, and each scanned at every request).
fn method_label(method: &Method) -> &'static str {
    const STANDARD: [&str; 9] = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE"];
    STANDARD.into_iter().find(|name| *name == method.as_str()).unwrap_or("OTHER")
}

fn class(status: u16) -> &'static str {
    match status {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    }
}

impl Metrics {
    /// Counts a request to `route` (its pattern, not its path, so a million postcodes make one series).
    pub fn observe(&self, method: &Method, route: &str, status: u16, seconds: f64) {
        let class = class(status);
        let method = method_label(method);
        let mut series = self.series.lock().unwrap_or_else(|e| e.into_inner());
        let by_route = match series.get_mut(route) {
            Some(by_route) => by_route,
            None => series.entry(route.to_owned()).or_default(),
        };
        let at = match by_route.iter().position(|(m, c, _)| *m == method && *c == class) {
            Some(at) => at,
            None => {
                by_route.push((method, class, Series::default()));
                by_route.len() - 1
            }
        };
        let s = &mut by_route[at].2;
        s.count += 1;
        s.seconds += seconds;
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                s.buckets[i] += 1;
            }
        }
    }

    pub fn render(&self, extra: &[(&str, &str, f64)]) -> String {
        let mut out = String::new();
        out.push_str(
            "# HELP kith_http_requests_total HTTP requests answered.\n# TYPE kith_http_requests_total counter\n",
        );
        let series = self.series.lock().unwrap_or_else(|e| e.into_inner());
        let all = || series.iter().flat_map(|(route, v)| v.iter().map(move |(m, status, s)| (m, route, status, s)));
        for (method, route, status, s) in all() {
            let _ = writeln!(
                out,
                "kith_http_requests_total{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}} {}",
                s.count
            );
        }
        out.push_str("# HELP kith_http_request_duration_seconds Time to answer HTTP requests.\n# TYPE kith_http_request_duration_seconds histogram\n");
        for (method, route, status, s) in all() {
            let labels = format!("method=\"{method}\",route=\"{route}\",status=\"{status}\"");
            for (bound, n) in BUCKETS.iter().zip(s.buckets) {
                let _ = writeln!(out, "kith_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {n}");
            }
            let _ = writeln!(out, "kith_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}", s.count);
            let _ = writeln!(out, "kith_http_request_duration_seconds_sum{{{labels}}} {}", s.seconds);
            let _ = writeln!(out, "kith_http_request_duration_seconds_count{{{labels}}} {}", s.count);
        }
        for (name, help, value) in extra {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invented_methods_share_one_series() {
        let metrics = Metrics::default();
        for i in 0..100 {
            let invented = Method::from_bytes(format!("FOO{i}").as_bytes()).unwrap();
            metrics.observe(&invented, "/", 405, 0.001);
        }
        metrics.observe(&Method::GET, "/", 200, 0.001);
        let text = metrics.render(&[]);
        let counts: Vec<&str> = text.lines().filter(|l| l.starts_with("kith_http_requests_total{")).collect();
        assert_eq!(
            counts,
            [
                "kith_http_requests_total{method=\"OTHER\",route=\"/\",status=\"4xx\"} 100",
                "kith_http_requests_total{method=\"GET\",route=\"/\",status=\"2xx\"} 1"
            ]
        );
    }
}
