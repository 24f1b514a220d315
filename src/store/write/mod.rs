//! Builds and updates: the [`Sink`] a build hands its articles to, and the three ways
//! of writing them (`first_build`, `in_place`, `side_copy`; see [`write`]).

mod first_build;
mod generations;
mod in_place;
mod remove;
mod side_copy;
mod update;

pub use remove::remove;
pub use update::with_write;

use super::lock::{write_lock, DEFAULT_WAIT};
use super::read::{generation_name, stored};
use super::snapshot::{snapshot_header, SNAPSHOT_FILE};
use super::{db_err, exists, io_err, StoreError, Stored, DATA_DIR};
use crate::model::{Dataset, DocMeta, Entity, EntityId};
use crate::packed::{Builder, Packed, Totals};
use crate::rdf;
use generations::{new_generation_name, remove_stale_sides};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNode, Quad};
use oxigraph::store::{BulkLoader, StorageError, Store, Transaction};
use std::collections::{BTreeMap, HashSet};
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

/// What a build changed in the store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IngestReport {
    /// Documents that were not in the store.
    pub added: usize,
    /// Documents whose content changed, so their graph was rewritten.
    pub replaced: usize,
    /// Documents with the same SHA-256 as the stored copy, left untouched.
    pub unchanged: usize,
    /// Quads inserted (document graphs written and new entity description quads).
    pub quads_written: usize,
    /// Articles removed (`newsgraph remove`, `build --prune`).
    pub removed: usize,
    /// Entities removed because no document mentions them any more.
    pub entities_removed: usize,
    /// Whether the build changed nothing and kept the store's snapshot as it was (a
    /// no-change build of a large store costs one hash per article and no more).
    pub snapshot_reused: bool,
    /// What the store holds after the build, from its new snapshot; `None` when none
    /// could be made (a store a SPARQL update left unreadable as a dataset).
    pub totals: Option<Totals>,
}

/// Writes a dataset into the store in `dir`, creating it if needed. Documents absent
/// from `ds` are kept; a document already stored with the same SHA-256 is skipped; a
/// changed one has its graph replaced. All or nothing: on error the store is unchanged.
///
/// Fails with [`StoreError::Locked`] while any reader or other build has the store open.
pub fn ingest(dir: &Path, ds: &Dataset) -> Result<IngestReport, StoreError> {
    let mut plan = Plan::default();
    let stored = stored(dir)?;
    for d in &ds.docs {
        let (current, held) = stored
            .as_ref()
            .map_or((false, false), |st| (st.is_current(d), st.contains(&d.id)));
        plan.articles += usize::from(!current);
        plan.replacing += usize::from(!current && held);
    }
    write(dir, plan, |sink| {
        for part in rdf::doc_parts(ds) {
            if part.meta.is_some_and(|m| sink.unchanged(m)) {
                continue;
            }
            sink.put(Prepared::new(part), [])?;
        }
        for e in ds.entities.values() {
            sink.entity(e);
        }
        Ok::<_, StoreError>(())
    })
}

/// Memory oxigraph's bulk loader may use for its batches, in megabytes. Its default
/// aims at 2 GB per thread; 512 MB in all made a 100k-article build both faster and
/// half as large in memory (see BENCHMARKS.md).
const LOADER_MEMORY_MB: usize = 512;

/// Most articles a build writes in place, in one transaction. Oxigraph keeps a
/// transaction in memory, about 170 kB an article (adding 90,000 articles to a store
/// took 15.6 GB and 14 minutes), so a larger build writes a copy of the store through
/// the bulk loader instead and swaps it in (see [`write`]).
pub const IN_PLACE_MAX: usize = 1000;

/// Most bytes of article text a build writes in one transaction. A transaction holds
/// every quad it writes, in every index, in memory and searches them on each read:
/// one 7 MB article of dense facts added to a store took 2 minutes and 2.45 GB in a
/// transaction, 17 s and 0.87 GB through the bulk loader (issue 15). A few hundred
/// ordinary articles stay under it.
pub const IN_PLACE_MAX_BYTES: usize = 4 << 20;

/// [`IN_PLACE_MAX`], unless the environment variable `NEWSGRAPH_IN_PLACE_MAX` sets a
/// smaller number: the crash tests (`tests/crash.rs`) take the side-copy path with a
/// few dozen articles instead of a thousand. A larger or unreadable value is ignored.
fn in_place_max() -> usize {
    std::env::var("NEWSGRAPH_IN_PLACE_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(IN_PLACE_MAX, |n: usize| n.min(IN_PLACE_MAX))
}

/// Replaced articles whose old graphs are cleared in one transaction when a build
/// writes a copy of the store: bounds that transaction's memory.
const CLEAR_BATCH: usize = 256;

/// Where a build's quads go.
enum Target<'a> {
    /// Oxigraph's bulk loader, fed full batches from `buffer` so each batch is sorted
    /// into SST files by a background thread while extraction goes on. On a copy of an
    /// existing store, `copy` clears the graphs of replaced articles first.
    Load {
        loader: BulkLoader<'a>,
        buffer: Vec<Quad>,
        batch: usize,
        copy: Option<Copy<'a>>,
    },
    /// A small update: one transaction on the store itself.
    Update(Transaction<'a>),
}

/// The copy of a store a large update writes: graphs of replaced articles waiting to
/// be cleared, always before their new quads reach the loader.
struct Copy<'a> {
    store: &'a Store,
    pending: Vec<NamedNode>,
}

impl Copy<'_> {
    fn has_graph(&self, graph: &NamedNode) -> Result<bool, StorageError> {
        let g = GraphNameRef::NamedNode(graph.as_ref());
        Ok(self
            .store
            .quads_for_pattern(None, None, None, Some(g))
            .next()
            .transpose()?
            .is_some())
    }

    fn clear_pending(&mut self) -> Result<(), StorageError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut tx = self.store.start_transaction()?;
        for g in self.pending.drain(..) {
            tx.clear_graph(GraphNameRef::NamedNode(g.as_ref()))?;
        }
        tx.commit()
    }
}

/// Takes a build's articles one at a time (see [`write`]): their quads go to the
/// store and their facts to the new snapshot, so the build never holds the corpus.
pub struct Sink<'a> {
    dir: &'a Path,
    target: Target<'a>,
    /// SHA-256 and extractor fingerprint of each article already stored, by id.
    stored: Stored,
    snapshot: Builder<io::BufWriter<File>>,
    /// Entity descriptions from this build; the last one given wins.
    entities: BTreeMap<EntityId, Entity>,
    /// Ids of the articles written.
    written: HashSet<String>,
    report: IngestReport,
}

impl<'a> Sink<'a> {
    /// A sink writing to `target`, skipping what `stored` holds as it is.
    fn new(
        dir: &'a Path,
        target: Target<'a>,
        stored: Stored,
        snapshot: Builder<io::BufWriter<File>>,
    ) -> Self {
        Sink {
            dir,
            target,
            stored,
            snapshot,
            entities: BTreeMap::new(),
            written: HashSet::new(),
            report: IngestReport::default(),
        }
    }

    /// Whether the store holds this article as it is (same SHA-256, read by the same
    /// extractor), in which case the build leaves it alone and counts it unchanged.
    /// Asked before extraction, so an unchanged article costs one hash.
    pub fn unchanged(&mut self, meta: &DocMeta) -> bool {
        let same = self.stored.is_current(meta);
        self.report.unchanged += usize::from(same);
        same
    }

    /// The ids of the articles the store held when this write began.
    pub fn stored_ids(&self) -> impl Iterator<Item = &str> {
        self.stored.docs.keys().map(String::as_str)
    }

    /// Removes the stored article `id`: its graph, and its facts from the new
    /// snapshot; entities no article mentions any more leave the store with the
    /// write. Returns whether the store held it (nothing happens otherwise). An
    /// article this write already put is not removed.
    pub fn remove(&mut self, id: &str) -> Result<bool, StoreError> {
        if !self.stored.contains(id) || self.written.contains(id) {
            return Ok(false);
        }
        let dir = self.dir;
        // `written` is what the new snapshot and a fresh copy leave out of the old store.
        self.written.insert(id.to_string());
        self.report.removed += 1;
        let graph = rdf::doc_graph(id);
        match &mut self.target {
            Target::Update(tx) => {
                tx.clear_graph(GraphNameRef::NamedNode(graph.as_ref()))
                    .map_err(db_err(dir))?;
            }
            Target::Load { copy, .. } => {
                // A fresh database copies only graphs not in `written`; a copy clears
                // the graph before the loader's next batch.
                if let Some(c) = copy {
                    c.pending.push(graph);
                    if c.pending.len() >= CLEAR_BATCH {
                        c.clear_pending().map_err(db_err(dir))?;
                    }
                }
            }
        }
        Ok(true)
    }

    /// Records an entity description (a later one for the same id replaces it).
    pub fn entity(&mut self, e: &Entity) {
        self.entities.insert(e.id.clone(), e.clone());
    }

    /// Writes one article: its graph, replacing a stored one of the same id, its facts
    /// in the snapshot, and the descriptions of `entities`.
    pub fn put<'e>(
        &mut self,
        doc: Prepared<'_>,
        entities: impl IntoIterator<Item = &'e Entity>,
    ) -> Result<(), StoreError> {
        for e in entities {
            self.entity(e);
        }
        let dir = self.dir;
        let Prepared { part, quads } = doc;
        self.written.insert(part.id.to_string());
        self.report.quads_written += quads.len();
        let graph = part.graph();
        match &mut self.target {
            Target::Update(tx) => {
                let g = GraphNameRef::NamedNode(graph.as_ref());
                let stored = tx
                    .quads_for_pattern(None, None, None, Some(g))
                    .next()
                    .transpose()
                    .map_err(db_err(dir))?;
                if stored.is_some() {
                    tx.clear_graph(g).map_err(db_err(dir))?;
                    self.report.replaced += 1;
                } else {
                    self.report.added += 1;
                }
                tx.extend(&quads);
            }
            Target::Load {
                loader,
                buffer,
                batch,
                copy,
            } => {
                let replaced = match copy {
                    Some(c) => {
                        let stored = c.has_graph(&graph).map_err(db_err(dir))?;
                        if stored {
                            c.pending.push(graph);
                            if c.pending.len() >= CLEAR_BATCH {
                                c.clear_pending().map_err(db_err(dir))?;
                            }
                        }
                        stored
                    }
                    // A new database: replacing what the store held, if anything.
                    None => self.stored.docs.contains_key(part.id),
                };
                if replaced {
                    self.report.replaced += 1;
                } else {
                    self.report.added += 1;
                }
                buffer.extend(quads);
                // Exactly one loader batch at a time: a call with more would end in a
                // small batch of its own, and many small batches make RocksDB compact.
                while buffer.len() >= *batch {
                    if let Some(c) = copy {
                        c.clear_pending().map_err(db_err(dir))?;
                    }
                    loader
                        .load_quads(buffer.drain(..*batch))
                        .map_err(db_err(dir))?;
                }
            }
        }
        let path = dir.join(SNAPSHOT_FILE);
        self.snapshot.add_doc(&part).map_err(io_err(dir, &path))
    }
}

/// An article ready for [`Sink::put`]: its share of the dataset and its quads, which
/// a build computes on worker threads rather than on the one thread that writes.
pub struct Prepared<'a> {
    part: rdf::DocPart<'a>,
    quads: Vec<Quad>,
}

impl<'a> Prepared<'a> {
    /// Computes the article's quads.
    pub fn new(part: rdf::DocPart<'a>) -> Self {
        let quads = part.quads();
        Prepared { part, quads }
    }
}

/// Removes a build's temporary files and directories unless the build succeeded.
struct Leftovers(Vec<PathBuf>);

impl Drop for Leftovers {
    fn drop(&mut self) {
        for p in &self.0 {
            // Best effort: the build already failed with a better error to report.
            let _ = if p.is_dir() {
                fs::remove_dir_all(p)
            } else {
                fs::remove_file(p)
            };
        }
    }
}

/// What a build expects to write, from [`stored`]: [`write`] chooses how to write
/// from it. A wrong plan costs time, never correctness.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Articles to write.
    pub articles: usize,
    /// How many of them the store holds in another version.
    pub replacing: usize,
    /// Bytes of article text to write: a large article goes to the bulk loader even
    /// alone (see [`IN_PLACE_MAX_BYTES`]).
    pub bytes: usize,
    /// How long to wait for another build or update to finish; `None` for
    /// [`DEFAULT_WAIT`].
    pub wait: Option<std::time::Duration>,
}

/// Builds or updates the store in `dir`: `produce` hands the articles to the [`Sink`]
/// one at a time, asking [`Sink::unchanged`] first to skip what the store already
/// holds. All or nothing: if `produce` or the store fails, the store, its snapshot and
/// the directory are left as they were.
///
/// How it writes depends on the store and on the [`Plan`]; every way writes a new
/// database generation beside the current one (which readers may have open and which
/// is never written again) and swaps it in with one rename:
/// - no store yet: bulk-loads into a side directory, renamed into place;
/// - at most [`IN_PLACE_MAX`] articles and [`IN_PLACE_MAX_BYTES`] of text: one
///   transaction on a hard-linked copy of the store, whose memory grows with the
///   articles written, not with the store;
/// - more: the bulk loader, so memory stays bounded however much changes. When most
///   stored articles are kept, it starts from a hard-linked copy of the store where
///   replaced graphs are cleared in small transactions; when most are replaced (a
///   lexicon change re-reads every article), it starts empty and the few kept graphs
///   are copied over, since clearing costs more than loading.
///
/// Either way the new snapshot is written as the articles pass (the kept articles
/// copied from the old one) and renamed into place after the new generation.
///
/// Waits up to [`Plan::wait`] for another build or update, then fails with
/// [`StoreError::Locked`] naming it. Readers never hold it up.
pub fn write<E: From<StoreError>>(
    dir: &Path,
    plan: Plan,
    produce: impl FnOnce(&mut Sink<'_>) -> Result<(), E>,
) -> Result<IngestReport, E> {
    let created = !exists(dir, dir)?;
    fs::create_dir_all(dir).map_err(io_err(dir, dir))?;
    // A build that cannot have the lock leaves everything alone, even a directory it
    // created: another build got there first and is using it.
    let _lock = write_lock(dir, plan.wait.unwrap_or(DEFAULT_WAIT), true)?;
    let out = write_locked(dir, plan, produce);
    if out.is_err() && created {
        // Nothing was built: leave no empty store behind (still holding the lock).
        let _ = fs::remove_dir_all(dir);
    }
    out
}

/// A bulk loader with newsgraph's memory bound, and the batch size it sorts at.
///
/// The loader writes into a database no reader sees until it is renamed or swapped
/// into place, so it need not hold every batch back for one atomic ingest at the end:
/// each batch goes in as it is sorted, and RocksDB compacts while extraction goes on
/// instead of all at once after it (100k articles: 82 s -> 71 s).
fn loader(store: &Store) -> (BulkLoader<'_>, usize) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let loader = store
        .bulk_loader()
        .with_num_threads(threads)
        .with_max_memory_size_in_megabytes(LOADER_MEMORY_MB)
        .without_atomicity();
    // The loader's own batch size for this memory and thread count.
    (loader, LOADER_MEMORY_MB * 1000 / threads)
}

/// [`write`] once the exclusive lock is held: chooses how to write (see [`write`]).
fn write_locked<E: From<StoreError>>(
    dir: &Path,
    plan: Plan,
    produce: impl FnOnce(&mut Sink<'_>) -> Result<(), E>,
) -> Result<IngestReport, E> {
    remove_stale_sides(dir)?;
    let data = dir.join(DATA_DIR);
    let snap_path = dir.join(SNAPSHOT_FILE);
    let snap_err = |e: io::Error| io_err(dir, &snap_path)(e);
    let db = |e: StorageError| db_err(dir)(e);
    let generation = new_generation_name();
    let snapshot = Builder::create(&snap_path, &snapshot_header(&generation)).map_err(snap_err)?;
    let mut leftovers = Leftovers(vec![snap_path.with_extension("tmp")]);
    let new = New {
        generation: &generation,
        snapshot,
    };

    if !exists(dir, &data)? {
        return first_build::write(dir, new, &mut leftovers, produce);
    }

    // Read-only: the current generation is never written again (readers may have it
    // open), and no other writer swaps it while this one holds the lock.
    let store = Store::open_read_only(&data).map_err(db)?;
    let current = Packed::open(&snap_path, &snapshot_header(&generation_name(&data)));
    let stored = Stored::read(&store, current.as_ref()).map_err(db)?;
    let had_snapshot = current.is_some();
    let old = match current {
        Some(p) => Some(p),
        // No current snapshot (a SPARQL update removed it, or an older version
        // wrote it): the kept articles come from the quads, once, and the
        // snapshot is back after this build. Quads a SPARQL update left unreadable
        // as a dataset do not stop the build; the store just stays without one.
        None => rdf::read_dataset(&store)
            .ok()
            .map(|ds| Packed::from_dataset(&ds)),
    };
    let before = Before {
        store,
        stored,
        old,
        had_snapshot,
    };
    if plan.articles <= in_place_max() && plan.bytes <= IN_PLACE_MAX_BYTES {
        return in_place::write(dir, before, new, &mut leftovers, produce);
    }
    side_copy::write(dir, plan, before, new, &mut leftovers, produce)
}

/// The generation a build writes: its name and its snapshot, being written.
struct New<'g> {
    generation: &'g str,
    snapshot: Builder<io::BufWriter<File>>,
}

/// What an update starts from: the open store, what it holds of each article, and
/// its facts (the current snapshot, or packed from the quads when there is none).
struct Before {
    store: Store,
    stored: Stored,
    old: Option<Packed>,
    had_snapshot: bool,
}

/// Loads the last quads and commits the loader.
fn finish_load(
    mut loader: BulkLoader<'_>,
    rest: impl IntoIterator<Item = Quad>,
) -> Result<(), StorageError> {
    loader.load_quads(rest)?;
    loader.commit()
}

/// The quads of the default graph with the given subject: an entity's description.
fn description(
    tx: &Transaction<'_>,
    subject: &NamedOrBlankNode,
) -> Result<Vec<Quad>, StorageError> {
    tx.quads_for_pattern(
        Some(subject.as_ref()),
        None,
        None,
        Some(GraphNameRef::DefaultGraph),
    )
    .collect()
}

/// After an update's articles are written: replaces the descriptions of the build's
/// entities and drops entities that no article mentions any more. Returns whether the
/// store changed at all (articles or descriptions).
fn refresh_entities(
    tx: &mut Transaction<'_>,
    entities: &BTreeMap<EntityId, Entity>,
    report: &mut IngestReport,
) -> Result<bool, StorageError> {
    let mut changed = false;
    for e in entities.values() {
        let new: HashSet<Quad> = rdf::entity_quads(e).into_iter().collect();
        let old = description(tx, &rdf::entity_iri(&e.id).into())?;
        for q in old.iter().filter(|q| !new.contains(q)) {
            // A description may only shrink (an alias gone): still a change.
            changed = true;
            tx.remove(q);
        }
        for q in new.iter().filter(|q| !old.contains(q)) {
            report.quads_written += 1;
            tx.insert(q);
        }
    }

    let named = |q: &Quad| !q.graph_name.is_default_graph();
    let described: Vec<NamedOrBlankNode> = tx
        .quads_for_pattern(
            None,
            Some(oxigraph::model::vocab::rdf::TYPE),
            None,
            Some(GraphNameRef::DefaultGraph),
        )
        .map(|q| q.map(|q| q.subject))
        .collect::<Result<_, _>>()?;
    for subject in described {
        let NamedOrBlankNode::NamedNode(iri) = &subject else {
            continue;
        };
        let Some(id) = rdf::entity_id_from_iri(iri.as_str()) else {
            continue;
        };
        if entities.contains_key(&id) {
            continue;
        }
        let mentioned = tx
            .quads_for_pattern(None, None, Some(iri.as_ref().into()), None)
            .chain(tx.quads_for_pattern(Some(iri.as_ref().into()), None, None, None))
            .find(|q| q.as_ref().map_or(true, named))
            .transpose()?
            .is_some();
        if !mentioned {
            for q in description(tx, &subject)? {
                tx.remove(&q);
            }
            report.entities_removed += 1;
            changed = true;
        }
    }
    Ok(changed || report.quads_written > 0)
}
