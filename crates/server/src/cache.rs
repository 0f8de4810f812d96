//! Search results kept for repeated queries (a newsroom searches the same names all day).
//!
//! Entries are valid for one generation of the store. A generation ends when any pooled read
//! connection sees that someone committed since it last looked (SQLite's `PRAGMA data_version`,
//! which also sees writes by other processes, such as `stemmata ingest --db` run beside the
//! server); the cache is then emptied. A result is stored only if no commit was noticed while it
//! was computed, so an answer from before a write is never served after it. Bounded by entry
//! count; the oldest entry goes first.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use stemmata_store::{Page, SearchFilter, SearchResults};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Key {
    pub text: String,
    pub filter: SearchFilter,
    pub offset: usize,
    pub limit: usize,
}

impl Key {
    pub fn new(text: &str, filter: &SearchFilter, page: Page) -> Self {
        Key { text: text.to_string(), filter: filter.clone(), offset: page.offset, limit: page.limit }
    }
}

#[derive(Default)]
struct Inner {
    generation: u64,
    map: HashMap<Key, Arc<SearchResults>>,
    order: VecDeque<Key>,
}

pub(crate) struct SearchCache {
    capacity: usize,
    inner: Mutex<Inner>,
}

impl SearchCache {
    pub fn new(capacity: usize) -> Self {
        SearchCache { capacity, inner: Mutex::new(Inner::default()) }
    }

    /// The store changed: drop every entry and start a new generation.
    pub fn invalidate(&self) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.generation += 1;
            inner.map.clear();
            inner.order.clear();
        }
    }

    /// The current generation, to pass back to [`SearchCache::insert`].
    pub fn generation(&self) -> u64 {
        self.inner.lock().map(|i| i.generation).unwrap_or(u64::MAX)
    }

    pub fn get(&self, key: &Key) -> Option<Arc<SearchResults>> {
        self.inner.lock().ok()?.map.get(key).cloned()
    }

    /// Keeps `value` if the store has not changed since `generation` was read.
    pub fn insert(&self, key: Key, value: Arc<SearchResults>, generation: u64) {
        if self.capacity == 0 {
            return;
        }
        let Ok(mut inner) = self.inner.lock() else { return };
        if inner.generation != generation || inner.map.contains_key(&key) {
            return;
        }
        while inner.order.len() >= self.capacity {
            if let Some(old) = inner.order.pop_front() {
                inner.map.remove(&old);
            }
        }
        inner.order.push_back(key.clone());
        inner.map.insert(key, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results(total: usize) -> Arc<SearchResults> {
        Arc::new(SearchResults { query: String::new(), total, total_is_lower_bound: false, ranked_within: None, hits: vec![] })
    }

    fn key(text: &str) -> Key {
        Key::new(text, &SearchFilter::default(), Page { offset: 0, limit: 20 })
    }

    #[test]
    fn keeps_the_newest_entries_up_to_capacity() {
        let cache = SearchCache::new(2);
        let g = cache.generation();
        for (i, q) in ["a", "b", "c"].iter().enumerate() {
            cache.insert(key(q), results(i), g);
        }
        assert!(cache.get(&key("a")).is_none());
        assert_eq!(cache.get(&key("b")).unwrap().total, 1);
        assert_eq!(cache.get(&key("c")).unwrap().total, 2);
    }

    #[test]
    fn a_result_computed_before_a_change_is_not_kept_after_it() {
        let cache = SearchCache::new(8);
        let g = cache.generation();
        cache.insert(key("a"), results(1), g);
        cache.invalidate();
        assert!(cache.get(&key("a")).is_none());
        cache.insert(key("b"), results(1), g); // started before the change
        assert!(cache.get(&key("b")).is_none());
        cache.insert(key("b"), results(2), cache.generation());
        assert_eq!(cache.get(&key("b")).unwrap().total, 2);
    }

    #[test]
    fn different_filters_and_pages_are_different_entries() {
        let cache = SearchCache::new(8);
        let g = cache.generation();
        cache.insert(key("a"), results(1), g);
        let german = SearchFilter { language: Some("de".into()), ..Default::default() };
        assert!(cache.get(&Key::new("a", &german, Page { offset: 0, limit: 20 })).is_none());
        assert!(cache.get(&Key::new("a", &SearchFilter::default(), Page { offset: 20, limit: 20 })).is_none());
        assert!(cache.get(&key("a")).is_some());
    }

    #[test]
    fn capacity_zero_keeps_nothing() {
        let cache = SearchCache::new(0);
        cache.insert(key("a"), results(1), cache.generation());
        assert!(cache.get(&key("a")).is_none());
    }
}
