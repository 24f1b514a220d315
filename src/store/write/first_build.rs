//! A first build: bulk-loads a new database beside the (empty) store directory and
//! renames it into place, so a crash leaves no half store.

use super::generations::{publish, side_dir};
use super::{finish_load, loader, Leftovers, New, Sink, Target};
use crate::rdf;
use crate::store::snapshot::{finish_snapshot, install_snapshot, SNAPSHOT_FILE};
use crate::store::{db_err, io_err, IngestReport, StoreError, Stored};
use oxigraph::model::Quad;
use oxigraph::store::{StorageError, Store};
use std::io;
use std::path::Path;

/// Writes the store in `dir`, which has no database yet.
pub(super) fn write<E: From<StoreError>>(
    dir: &Path,
    new: New<'_>,
    leftovers: &mut Leftovers,
    produce: impl FnOnce(&mut Sink<'_>) -> Result<(), E>,
) -> Result<IngestReport, E> {
    let New {
        generation,
        snapshot,
    } = new;
    let snap_path = dir.join(SNAPSHOT_FILE);
    let snap_err = |e: io::Error| io_err(dir, &snap_path)(e);
    let db = |e: StorageError| db_err(dir)(e);
    let partial = side_dir(dir, generation);
    leftovers.0.push(partial.clone());
    // The database closes at the end of this block, before it is renamed.
    let (mut report, snapshot, entities) = {
        let store = Store::open(&partial).map_err(db)?;
        let (loader, batch) = loader(&store);
        let target = Target::Load {
            loader,
            buffer: Vec::new(),
            batch,
            copy: None,
        };
        let mut sink = Sink::new(dir, target, Stored::default(), snapshot);
        produce(&mut sink)?;
        let Sink {
            target: Target::Load { loader, buffer, .. },
            snapshot,
            entities,
            mut report,
            ..
        } = sink
        else {
            unreachable!("a first build writes to the bulk loader")
        };
        let described: Vec<Quad> = entities.values().flat_map(rdf::entity_quads).collect();
        report.quads_written += described.len();
        finish_load(loader, buffer.into_iter().chain(described)).map_err(db)?;
        store.flush().map_err(db)?;
        // Batches sorted apart overlap, and RocksDB would otherwise leave them for
        // later: every point lookup on the new store would search a hundred
        // files (adding ten articles to a 100k store took 27.6 s, then 8.3 s
        // after this). Compacting here costs about a fifth of the build.
        store.optimize().map_err(db)?;
        (report, snapshot, entities)
    };
    let new = finish_snapshot(snapshot, &entities, None).map_err(snap_err)?;
    report.totals = Some(new.totals);
    publish(dir, &partial, generation)?;
    leftovers.0.clear();
    install_snapshot(Some(&new));
    Ok(report)
}
