//! A read-through cache for pages many people read and few change (a ward's page, the stakeholder network): a
//! value is kept for a few seconds, and a change made through this instance forgets it at once. Other instances
//! see a change when their copy expires, so "a few seconds" is the promise across a cluster.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

pub struct Fresh<K, V> {
    keep: Duration,
    entries: RwLock<HashMap<K, (Instant, Arc<V>)>>,
}

impl<K: Eq + Hash + Clone, V> Fresh<K, V> {
    pub fn new(keep: Duration) -> Self {
        Self { keep, entries: RwLock::new(HashMap::new()) }
    }

    /// The value for `key` while it is fresh.
    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        entries.get(key).filter(|(at, _)| at.elapsed() < self.keep).map(|(_, v)| v.clone())
    }

    pub fn put(&self, key: K, value: Arc<V>) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        // Stale entries go whenever the map grows, so it never holds more than the keys in use.
        if entries.len() > 1_000 {
            entries.retain(|_, (at, _)| at.elapsed() < self.keep);
        }
        entries.insert(key, (Instant::now(), value));
    }

    pub fn forget(&self, key: &K) {
        self.entries.write().unwrap_or_else(|e| e.into_inner()).remove(key);
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
}
