//! SPARQL updates the user asked for: run on a copy of the current generation and
//! swapped in only when they succeed and may have changed something, so a failed or
//! empty update leaves the store and its snapshot exactly as they were.

use super::generations::{link_copy, new_generation_name, publish, remove_stale_sides, side_dir};
use super::Leftovers;
use crate::store::lock::{write_lock, DEFAULT_WAIT};
use crate::store::snapshot::remove_snapshot;
use crate::store::{db_err, exists, io_err, StoreError, DATA_DIR};
use oxigraph::store::Store;
use std::path::Path;

/// Runs `f` on a writable copy of the store in `dir`, holding the writer lock (waiting
/// up to [`DEFAULT_WAIT`] for another writer): for SPARQL updates. `f` says whether it
/// may have changed the store; only then is the copy swapped in (and the snapshot,
/// which no longer describes it, removed). On `Err` or `Ok(false)` nothing changes.
/// [`StoreError::Missing`] if nothing was built yet.
pub fn with_write<E>(
    dir: &Path,
    f: impl FnOnce(&Store) -> Result<bool, E>,
) -> Result<Result<bool, E>, StoreError> {
    let _lock = write_lock(dir, DEFAULT_WAIT, false)?;
    let data = dir.join(DATA_DIR);
    if !exists(dir, &data)? {
        return Err(StoreError::Missing { dir: dir.into() });
    }
    remove_stale_sides(dir)?;
    let generation = new_generation_name();
    let copy = side_dir(dir, &generation);
    let mut leftovers = Leftovers(vec![copy.clone()]);
    link_copy(&data, &copy).map_err(io_err(dir, &copy))?;
    let out = {
        let store = Store::open(&copy).map_err(db_err(dir))?;
        let out = f(&store);
        if matches!(out, Ok(true)) {
            store.flush().map_err(db_err(dir))?;
        }
        out
    };
    if matches!(out, Ok(true)) {
        publish(dir, &copy, &generation)?;
        // The replaced generation is at `copy` now: `publish` removed it, or a reader
        // still has it open.
        leftovers.0.clear();
        // Stale from now on (its header names the old generation): removed so that no
        // one is misled by its presence.
        remove_snapshot(dir)?;
    }
    Ok(out)
}
