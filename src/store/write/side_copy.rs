//! A large update: a new database written beside the store and swapped in
//! atomically at the end, so memory stays bounded however many articles change.

use super::generations::{link_copy, publish, side_dir};
use super::{
    finish_load, loader, refresh_entities, Before, Copy, Leftovers, New, Plan, Sink, Target,
};
use crate::rdf;
use crate::store::snapshot::{finish_update_snapshot, install_snapshot, SNAPSHOT_FILE};
use crate::store::{db_err, io_err, IngestReport, StoreError, DATA_DIR};
use oxigraph::model::{GraphName, NamedOrBlankNode};
use oxigraph::store::{StorageError, Store};
use std::io;
use std::path::Path;

/// Writes more than [`super::IN_PLACE_MAX`] articles into a copy of the store in `dir`.
pub(super) fn write<E: From<StoreError>>(
    dir: &Path,
    plan: Plan,
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
        store, stored, old, ..
    } = before;
    let New {
        generation,
        snapshot,
    } = new;
    let partial = side_dir(dir, generation);
    leftovers.0.push(partial.clone());
    let kept = stored.len().saturating_sub(plan.replacing);
    let fresh = plan.replacing > kept;
    if !fresh {
        link_copy(&data, &partial).map_err(io_err(dir, &partial))?;
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
    publish(dir, &partial, generation)?;
    // `partial` holds the replaced generation now: `publish` removed it, or a reader
    // still has it open.
    leftovers.0.clear();
    install_snapshot(new.as_ref());
    Ok(report)
}
