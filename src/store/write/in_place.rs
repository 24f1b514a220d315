//! A small update: one transaction on a copy of the current generation (hard links,
//! nearly free), swapped in when committed. The transaction's memory grows with the
//! articles written, not with the store.

use super::generations::{link_copy, publish, side_dir};
use super::{refresh_entities, Before, Leftovers, New, Sink, Target};
use crate::packed::Packed;
use crate::store::snapshot::{finish_update_snapshot, install_snapshot, SNAPSHOT_FILE};
use crate::store::{db_err, io_err, IngestReport, StoreError, DATA_DIR};
use oxigraph::store::{StorageError, Store};
use std::io;
use std::path::Path;

/// Writes at most [`super::IN_PLACE_MAX`] articles into the store in `dir`.
pub(super) fn write<E: From<StoreError>>(
    dir: &Path,
    before: Before,
    new: New<'_>,
    leftovers: &mut Leftovers,
    produce: impl FnOnce(&mut Sink<'_>) -> Result<(), E>,
) -> Result<IngestReport, E> {
    let data = dir.join(DATA_DIR);
    let snap_path = dir.join(SNAPSHOT_FILE);
    let snap_err = |e: io::Error| io_err(dir, &snap_path)(e);
    let db = |e: StorageError| db_err(dir)(e);
    let Before {
        store: current,
        stored,
        old,
        had_snapshot,
    } = before;
    drop(current);
    let New {
        generation,
        snapshot,
    } = new;
    let partial = side_dir(dir, generation);
    leftovers.0.push(partial.clone());
    link_copy(&data, &partial).map_err(io_err(dir, &partial))?;
    // The copy closes at the end of this block, before it is swapped in.
    let (mut report, new) = {
        let store = Store::open(&partial).map_err(db)?;
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
        if !described && report.quads_written == 0 && report.removed == 0 && had_snapshot {
            // Nothing changed: the store and its snapshot stay as they are, and the
            // copy goes (the leftovers guard removes it).
            drop(tx);
            report.totals = old.as_ref().map(Packed::totals);
            report.snapshot_reused = true;
            return Ok(report);
        }
        let new = finish_update_snapshot(snapshot, &entities, old, &written).map_err(snap_err)?;
        tx.commit().map_err(db)?;
        // Durable before it is swapped in.
        store.flush().map_err(db)?;
        (report, new)
    };
    report.totals = new.as_ref().map(|n| n.totals);
    publish(dir, &partial, generation)?;
    // `partial` holds the replaced generation now: `publish` removed it, or a reader
    // still has it open.
    leftovers.0.clear();
    install_snapshot(new.as_ref());
    Ok(report)
}
