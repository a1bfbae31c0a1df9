//! A read-through cache for what many people read and few change (a ward's forums, its standards, the councillors,
//! the stakeholder network): a change made through this instance forgets a value at once; other instances see it
//! when their copy is next refreshed, so the cache's time is the promise across a cluster.
//!
//! A value is fresh for the cache's time and up to half as long again (drawn at random for each value, so that
//! values made at once are not remade at once). Past that, the first reader is given the refresh and everyone else
//! goes on reading the old value until the new one is put, so a busy page never has a crowd of readers rebuilding
//! it, and only one reader in many waits for a rebuild. A stale value is served for at most ten times the cache's
//! time; a refresh that never finishes (its reader went away) is handed to another reader after the cache's time.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

pub struct Fresh<K, V> {
    keep: Duration,
    entries: RwLock<HashMap<K, Entry<V>>>,
}

struct Entry<V> {
    at: Instant,
    /// Between the cache's time and half as long again, drawn for each value, so that values put together (every
    /// ward's, at a server's start) are not all rebuilt together ever after.
    fresh_for: Duration,
    value: Arc<V>,
    /// When a reader was given the refresh, until the new value is put.
    refreshing: Option<Instant>,
}

/// What the cache holds for a key.
pub enum Lookup<V> {
    /// Fresh, or stale while somebody else refreshes it: use it.
    Use(Arc<V>),
    /// Stale and now this reader's to refresh: use the old value and put a new one (see `stakeholders::network`).
    Refresh(Arc<V>),
    /// Nothing worth showing: load it and put it.
    Missing,
}

impl<K: Eq + Hash + Clone, V> Fresh<K, V> {
    pub fn new(keep: Duration) -> Self {
        Self { keep, entries: RwLock::new(HashMap::new()) }
    }

    /// The value for `key` while it is fresh.
    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        self.get_at(key, Instant::now())
    }

    fn get_at(&self, key: &K, now: Instant) -> Option<Arc<V>> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        entries.get(key).filter(|e| now.saturating_duration_since(e.at) < e.fresh_for).map(|e| e.value.clone())
    }

    /// The value for `key`, and whether this reader is to refresh it.
    pub fn lookup(&self, key: &K) -> Lookup<V> {
        self.lookup_at(key, Instant::now())
    }

    fn lookup_at(&self, key: &K, now: Instant) -> Lookup<V> {
        if let Some(value) = self.get_at(key, now) {
            return Lookup::Use(value);
        }
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        let Some(entry) = entries.get_mut(key) else { return Lookup::Missing };
        let age = now.saturating_duration_since(entry.at);
        if age < entry.fresh_for {
            return Lookup::Use(entry.value.clone());
        }
        if age >= self.keep * 10 {
            return Lookup::Missing;
        }
        match entry.refreshing {
            Some(since) if now.saturating_duration_since(since) < self.keep => Lookup::Use(entry.value.clone()),
            _ => {
                entry.refreshing = Some(now);
                Lookup::Refresh(entry.value.clone())
            }
        }
    }

    /// The value for `key`: from the cache, or from `load` when it is missing or this reader's to refresh.
    pub async fn through<E, F, L>(&self, key: &K, load: L) -> Result<Arc<V>, E>
    where
        L: FnOnce() -> F,
        F: Future<Output = Result<V, E>>,
    {
        match self.lookup(key) {
            Lookup::Use(value) => Ok(value),
            Lookup::Refresh(_) | Lookup::Missing => {
                let value = Arc::new(load().await?);
                self.put(key.clone(), value.clone());
                Ok(value)
            }
        }
    }

    pub fn put(&self, key: K, value: Arc<V>) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        // Entries too old to serve go whenever the map grows, so it never holds more than the keys in use.
        if entries.len() > 1_000 {
            let gone = self.keep * 10;
            entries.retain(|_, e| e.at.elapsed() < gone);
        }
        let fresh_for = self.keep.mul_f64(1.0 + rand::random::<f64>() / 2.0);
        entries.insert(key, Entry { at: Instant::now(), fresh_for, value, refreshing: None });
    }

    pub fn forget(&self, key: &K) {
        self.entries.write().unwrap_or_else(|e| e.into_inner()).remove(key);
    }

    /// Forgets every value whose key `matches`.
    pub fn forget_where(&self, matches: impl Fn(&K) -> bool) {
        self.entries.write().unwrap_or_else(|e| e.into_inner()).retain(|k, _| !matches(k));
    }

    pub fn forget_all(&self) {
        self.entries.write().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_kept_until_they_expire_or_are_forgotten() {
        let cache = Fresh::new(Duration::from_secs(60));
        cache.put("a", Arc::new(1));
        assert_eq!(cache.get(&"a").as_deref(), Some(&1));
        cache.forget(&"a");
        assert_eq!(cache.get(&"a"), None);
        let brief = Fresh::new(Duration::ZERO);
        brief.put("a", Arc::new(1));
        assert_eq!(brief.get(&"a"), None);
    }

    #[test]
    fn one_reader_refreshes_a_stale_value_while_the_rest_read_it() {
        let cache = Fresh::new(Duration::from_secs(5));
        let start = Instant::now();
        assert!(matches!(cache.lookup_at(&"ward", start), Lookup::Missing));
        cache.put("ward", Arc::new(1));
        let put = Instant::now();
        assert!(matches!(cache.lookup_at(&"ward", put + Duration::from_secs(4)), Lookup::Use(v) if *v == 1));
        // Past its time (at most half as long again): the first reader refreshes, the rest read the old value.
        let late = put + Duration::from_secs(8);
        assert!(matches!(cache.lookup_at(&"ward", late), Lookup::Refresh(v) if *v == 1));
        assert!(matches!(cache.lookup_at(&"ward", late), Lookup::Use(v) if *v == 1));
        // A refresh that never came back is handed on after the fresh time.
        let later = late + Duration::from_secs(5);
        assert!(matches!(cache.lookup_at(&"ward", later), Lookup::Refresh(_)));
        assert!(matches!(cache.lookup_at(&"ward", later), Lookup::Use(_)));
        // Far too old to show at all.
        assert!(matches!(cache.lookup_at(&"ward", put + Duration::from_secs(50)), Lookup::Missing));
        // A new value ends the refresh.
        cache.put("ward", Arc::new(2));
        assert!(matches!(cache.lookup(&"ward"), Lookup::Use(v) if *v == 2));
    }
}
