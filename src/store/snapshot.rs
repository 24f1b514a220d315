//! The graph snapshot beside the database: the whole fact table in compact form.

use super::read::generation_name;
use super::{io_err, StoreError, DATA_DIR};
use crate::model::{Dataset, Entity, EntityId};
use crate::packed::{Builder, Finished, Packed};
use std::collections::{BTreeMap, HashSet};
use std::fs::{self, File};
use std::io;
use std::path::Path;

/// File beside the database holding the whole fact table in a compact binary form
/// ([`crate::packed`]), so a query session starts without decoding every quad.
/// Written under the exclusive lock with each successful build; absent whenever it
/// might be stale.
pub(crate) const SNAPSHOT_FILE: &str = "graph.snapshot";

/// Header of a snapshot: format, program version and the database generation it
/// describes; any other snapshot is ignored (a build swapped in another generation,
/// or a SPARQL update changed the store, since it was written).
pub(crate) fn snapshot_header(generation: &str) -> String {
    let version = env!("CARGO_PKG_VERSION");
    match generation {
        "" => format!("newsgraph-snapshot 5 {version}\n"),
        g => format!("newsgraph-snapshot 5 {version} {g}\n"),
    }
}

/// The dataset stored in the store in `dir`, from its snapshot, when there is a
/// current one (of the generation `DIR/data` holds now). Callers fall back to
/// [`crate::rdf::read_dataset`].
pub fn read_snapshot(dir: &Path) -> Option<Dataset> {
    read_snapshot_of(dir, &generation_name(&dir.join(DATA_DIR)))
}

/// The dataset from the snapshot in `dir` if it describes the database generation
/// `generation`.
pub(crate) fn read_snapshot_of(dir: &Path, generation: &str) -> Option<Dataset> {
    Packed::open(&dir.join(SNAPSHOT_FILE), &snapshot_header(generation)).map(|p| p.to_dataset())
}

pub(crate) fn remove_snapshot(dir: &Path) -> Result<(), StoreError> {
    let path = dir.join(SNAPSHOT_FILE);
    match fs::remove_file(&path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io_err(dir, &path)(e)),
        _ => Ok(()),
    }
}

/// Puts a finished snapshot in place once the store it describes is committed. The
/// build has succeeded by then: if the rename fails, the snapshot stays absent and
/// readers use the quads, rather than the build reporting a failure it did not have.
pub(crate) fn install_snapshot(new: Option<&Finished>) {
    if let Some(new) = new {
        if fs::rename(&new.tmp, &new.path).is_err() {
            let _ = fs::remove_file(&new.tmp);
        }
    }
}

/// Completes a build's snapshot under its temporary name: this build's entity
/// descriptions, and for an update the articles it kept from the old snapshot (all
/// but those `written`).
pub(crate) fn finish_snapshot(
    mut snapshot: Builder<io::BufWriter<File>>,
    entities: &BTreeMap<EntityId, Entity>,
    kept: Option<(&Packed, &HashSet<String>)>,
) -> io::Result<Finished> {
    for e in entities.values() {
        snapshot.set_entity(e);
    }
    if let Some((old, written)) = kept {
        snapshot.add_kept(old, |id| written.contains(id))?;
    }
    snapshot.finish_file()
}

/// [`finish_snapshot`] for an update, which keeps what it did not rewrite of the old
/// snapshot; `None`, and no file left, when there is no old one to keep from.
pub(crate) fn finish_update_snapshot(
    snapshot: Builder<io::BufWriter<File>>,
    entities: &BTreeMap<EntityId, Entity>,
    old: Option<Packed>,
    written: &HashSet<String>,
) -> io::Result<Option<Finished>> {
    let Some(old) = old else {
        let tmp = snapshot.temporary_path().map(Path::to_owned);
        drop(snapshot);
        if let Some(tmp) = tmp {
            let _ = fs::remove_file(tmp);
        }
        return Ok(None);
    };
    finish_snapshot(snapshot, entities, Some((&old, written))).map(Some)
}
