//! Shared by the development examples (`mod common;`): the configuration they run with.

use serde_json::Value;
use stemmata_cluster::Config;

/// [`Config::default`] patched by the JSON object in `CLUSTER_CONFIG`, when it is set.
pub fn config_from_env() -> Config {
    config(std::env::var("CLUSTER_CONFIG").ok().as_deref())
}

/// [`Config::default`] with `patch` (a JSON object) merged in: objects key by key, so
/// `{"features":{"title_weight":2.0}}` changes that one field and keeps the other features;
/// any other value replaces what was there.
pub fn config(patch: Option<&str>) -> Config {
    let mut cfg = serde_json::to_value(Config::default()).expect("config serializes");
    if let Some(patch) = patch {
        let patch: Value = serde_json::from_str(patch).expect("config patch is JSON");
        merge(&mut cfg, &patch);
    }
    serde_json::from_value(cfg).expect("valid config")
}

fn merge(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                merge(b.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
        (b, p) => *b = p.clone(),
    }
}

/// With `CLUSTER_EMBEDDINGS=SUFFIX`, the vectors in the file `path` + SUFFIX beside a labelled
/// set: one JSON vector per article, file order (e.g. from the embed example on each article's
/// title and lead).
#[allow(dead_code)]
pub fn embeddings_from_env(path: &str) -> Option<Vec<Vec<f32>>> {
    let suffix = std::env::var("CLUSTER_EMBEDDINGS").ok()?;
    let text = std::fs::read_to_string(format!("{path}{suffix}")).ok()?;
    text.lines().map(|l| serde_json::from_str(l).ok()).collect()
}
