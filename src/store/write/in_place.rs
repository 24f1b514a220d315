//! A small update: one transaction on the store itself, whose memory grows with the
//! articles written, not with the store.

use super::{refresh_entities, Before, Leftovers, Sink, Target};
use crate::packed::{Builder, Packed};
use crate::store::snapshot::{
    finish_update_snapshot, install_snapshot, remove_snapshot, SNAPSHOT_FILE,
};
use crate::store::{db_err, io_err, IngestReport, StoreError};
use oxigraph::store::StorageError;
use std::fs::File;
use std::io;
use std::path::Path;

/// Writes at most [`super::IN_PLACE_MAX`] articles into the store in `dir`.
pub(super) fn write<E: From<StoreError>>(
    dir: &Path,
    before: Before,
    snapshot: Builder<io::BufWriter<File>>,
    leftovers: &mut Leftovers,
    produce: impl FnOnce(&mut Sink<'_>) -> Result<(), E>,
) -> Result<IngestReport, E> {
    let snap_path = dir.join(SNAPSHOT_FILE);
    let snap_err = |e: io::Error| io_err(dir, &snap_path)(e);
    let db = |e: StorageError| db_err(dir)(e);
    let Before {
        store,
        stored,
        old,
        had_snapshot,
    } = before;
    let target = Target::Update(store.start_transaction().map_err(db)?);
    let mut sink = Sink::new(dir, target, stored, snapshot);
    produce(&mut sink)?;
    let Sink {
        target: Target::Update(mut tx),
        snapshot,
        entities,
        written,
        mut report,
        ..
    } = sink
    else {
        unreachable!("a small update writes to a transaction")
    };
    let described = refresh_entities(&mut tx, &entities, &mut report).map_err(db)?;
    if !described && report.quads_written == 0 && had_snapshot {
        // Nothing changed: the current snapshot stays (a no-op rebuild of a large
        // store costs one hash per article and nothing more).
        tx.commit().map_err(db)?;
        report.totals = old.as_ref().map(Packed::totals);
        return Ok(report);
    }
    let new = finish_update_snapshot(snapshot, &entities, old, &written).map_err(snap_err)?;
    report.totals = new.as_ref().map(|n| n.totals);
    // The old snapshot goes before the commit and the new one comes after it, so
    // no snapshot ever describes another state than the store's.
    remove_snapshot(dir)?;
    tx.commit().map_err(db)?;
    leftovers.0.clear();
    // Durable before the snapshot says so: a snapshot that outlived a lost
    // write-ahead log would make later builds skip articles the store lacks.
    store.flush().map_err(db)?;
    install_snapshot(new.as_ref());
    Ok(report)
}
