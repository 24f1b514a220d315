//! A large update: a new database written beside the store and swapped in
//! atomically at the end, so memory stays bounded however many articles change.

use super::{finish_load, loader, refresh_entities, Before, Copy, Leftovers, Plan, Sink, Target};
use crate::packed::Builder;
use crate::rdf;
use crate::store::snapshot::{
    finish_update_snapshot, install_snapshot, remove_snapshot, SNAPSHOT_FILE,
};
use crate::store::{db_err, io_err, IngestReport, StoreError, DATA_DIR, PARTIAL_PREFIX};
use oxigraph::model::{GraphName, NamedOrBlankNode};
use oxigraph::store::{StorageError, Store};
use std::fs::{self, File};
use std::io;
use std::path::Path;

/// Writes more than [`super::IN_PLACE_MAX`] articles into a copy of the store in `dir`.
pub(super) fn write<E: From<StoreError>>(
    dir: &Path,
    plan: Plan,
    before: Before,
    snapshot: Builder<io::BufWriter<File>>,
    leftovers: &mut Leftovers,
    produce: impl FnOnce(&mut Sink<'_>) -> Result<(), E>,
) -> Result<IngestReport, E> {
    let data = dir.join(DATA_DIR);
    let snap_path = dir.join(SNAPSHOT_FILE);
    let snap_err = |e: io::Error| io_err(dir, &snap_path)(e);
    let db = |e: StorageError| db_err(dir)(e);
    let Before {
        store, stored, old, ..
    } = before;
    let partial = super::side_dir(dir);
    leftovers.0.push(partial.clone());
    let kept = stored.len().saturating_sub(plan.replacing);
    let fresh = plan.replacing > kept;
    if !fresh {
        store.backup(&partial).map_err(db)?;
    }
    let (mut report, snapshot, entities, written) = {
        let new_db = Store::open(&partial).map_err(db)?;
        let (loader, batch) = loader(&new_db);
        let target = Target::Load {
            loader,
            buffer: Vec::new(),
            batch,
            copy: (!fresh).then_some(Copy {
                store: &new_db,
                pending: Vec::new(),
            }),
        };
        let mut sink = Sink::new(dir, target, stored, snapshot);
        produce(&mut sink)?;
        let Sink {
            target:
                Target::Load {
                    mut loader,
                    mut buffer,
                    copy,
                    ..
                },
            snapshot,
            entities,
            written,
            mut report,
            ..
        } = sink
        else {
            unreachable!("a large update writes to the bulk loader")
        };
        if let Some(mut c) = copy {
            c.clear_pending().map_err(db)?;
        } else {
            // Started empty: bring over the articles not rewritten, and the default
            // graph (entity descriptions, refreshed below like any update's).
            let mut keep = vec![GraphName::DefaultGraph];
            for g in store.named_graphs() {
                let g = g.map_err(db)?;
                let written_here = match &g {
                    NamedOrBlankNode::NamedNode(n) => {
                        rdf::doc_id_from_iri(n.as_str()).is_some_and(|id| written.contains(&id))
                    }
                    NamedOrBlankNode::BlankNode(_) => false,
                };
                if !written_here {
                    keep.push(g.into());
                }
            }
            for g in &keep {
                for q in store.quads_for_pattern(None, None, None, Some(g.as_ref())) {
                    buffer.push(q.map_err(db)?);
                    if buffer.len() >= batch {
                        loader.load_quads(buffer.drain(..batch)).map_err(db)?;
                    }
                }
            }
        }
        finish_load(loader, buffer).map_err(db)?;
        let mut tx = new_db.start_transaction().map_err(db)?;
        refresh_entities(&mut tx, &entities, &mut report).map_err(db)?;
        tx.commit().map_err(db)?;
        new_db.flush().map_err(db)?;
        new_db.optimize().map_err(db)?;
        (report, snapshot, entities, written)
    };
    drop(store);
    let new = finish_update_snapshot(snapshot, &entities, old, &written).map_err(snap_err)?;
    report.totals = new.as_ref().map(|n| n.totals);
    remove_snapshot(dir)?;
    swap(dir, &data, &partial)?;
    // `partial` now holds the old database: the leftovers guard removes it, and a
    // crash before that leaves it for the next build's `remove_stale_sides`.
    leftovers.0.retain(|p| *p == partial);
    install_snapshot(new.as_ref());
    Ok(report)
}

/// Puts the database at `new` in place of the one at `data`, leaving the old one at
/// `new`. On Linux one `renameat2(RENAME_EXCHANGE)`, so `data` always names a
/// complete database; where that is not available, two renames through an aside
/// directory that a crash leaves for [`remove_stale_sides`], with a moment where
/// `data` names none (a failed second rename puts the old database back).
fn swap(dir: &Path, data: &Path, new: &Path) -> Result<(), StoreError> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{renameat_with, RenameFlags, CWD};
        match renameat_with(CWD, new, CWD, data, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(()),
            // Filesystems without the flag: fall through to two renames.
            Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => {}
            Err(e) => return Err(io_err(dir, data)(e.into())),
        }
    }
    let aside = dir.join(format!("{PARTIAL_PREFIX}{}-old", std::process::id()));
    fs::rename(data, &aside).map_err(io_err(dir, data))?;
    if let Err(e) = fs::rename(new, data) {
        let _ = fs::rename(&aside, data);
        return Err(io_err(dir, data)(e));
    }
    fs::rename(&aside, new).map_err(io_err(dir, new))
}
