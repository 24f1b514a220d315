//! Removing articles (`newsgraph remove`): the same one-writer path as a build (the
//! writer lock, a new generation swapped in, all or nothing), with no article put.

use super::{write, IngestReport, Plan};
use crate::store::read::stored;
use crate::store::StoreError;
use std::path::Path;
use std::time::Duration;

/// Removes the articles `ids` from the store in `dir` in one write: their graphs,
/// their facts, and the entities no other article mentions. Each id is a document id
/// or a prefix of exactly one (`003`). An id the store does not hold fails the whole
/// removal with [`StoreError::UnknownDoc`] before the store is touched, so nothing is
/// removed. Waits up to `wait` for another writer.
pub fn remove(dir: &Path, ids: &[String], wait: Duration) -> Result<IngestReport, StoreError> {
    let Some(before) = stored(dir)? else {
        return Err(StoreError::Missing { dir: dir.into() });
    };
    let mut known: Vec<&str> = before.docs.keys().map(String::as_str).collect();
    known.sort_unstable();
    let mut resolved: Vec<String> = Vec::new();
    for id in ids {
        let id = resolve(dir, &known, id)?;
        if !resolved.contains(&id) {
            resolved.push(id);
        }
    }
    let plan = Plan {
        articles: resolved.len(),
        // Most of the store removed: a fresh database with the rest copied beats
        // clearing graph after graph.
        replacing: resolved.len(),
        wait: Some(wait),
        ..Plan::default()
    };
    write(dir, plan, |sink| {
        for id in &resolved {
            // Asked again under the lock: another writer may have removed it since.
            if !sink.remove(id)? {
                let known: Vec<&str> = sink.stored_ids().collect();
                return Err(unknown(dir, &known, id));
            }
        }
        Ok(())
    })
}

/// The stored id `id` names: itself, or the one stored id it is a prefix of.
fn resolve(dir: &Path, known: &[&str], id: &str) -> Result<String, StoreError> {
    if known.binary_search(&id).is_ok() {
        return Ok(id.to_string());
    }
    let prefixed: Vec<&str> = known
        .iter()
        .copied()
        .filter(|k| !id.is_empty() && k.starts_with(id))
        .collect();
    match prefixed[..] {
        [one] => Ok(one.to_string()),
        [] => Err(unknown(dir, known, id)),
        _ => Err(StoreError::AmbiguousDoc {
            dir: dir.into(),
            id: id.to_string(),
            matches: prefixed.iter().map(|s| s.to_string()).collect(),
        }),
    }
}

/// [`StoreError::UnknownDoc`] for `id`, with the stored ids nearest to it.
fn unknown(dir: &Path, known: &[&str], id: &str) -> StoreError {
    let mut near: Vec<(f64, &str)> = known
        .iter()
        .map(|k| (strsim::normalized_damerau_levenshtein(id, k), *k))
        .filter(|(score, _)| *score >= 0.5)
        .collect();
    near.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    StoreError::UnknownDoc {
        dir: dir.into(),
        id: id.to_string(),
        near: near.iter().take(3).map(|(_, k)| k.to_string()).collect(),
        count: known.len(),
    }
}
