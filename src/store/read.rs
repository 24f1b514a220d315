//! Opening a store for reading, and what a store holds.
//!
//! A reader never waits for a build and never writes the store: it opens the database
//! generation that `DIR/data` names when it starts, pins it (see [`super::lock`]) and
//! reads it until it closes, whatever builds swap in meanwhile.

use super::lock::{self, pin, remove_if_unused, unless_writing, writer_running};
use super::snapshot::{read_snapshot_of, snapshot_header, SNAPSHOT_FILE};
use super::{db_err, io_err, StoreError, DATA_DIR, PARTIAL_PREFIX};
use crate::model::{Dataset, DocMeta};
use crate::packed::Packed;
use crate::rdf;
use oxigraph::model::{NamedOrBlankNode, Term};
use oxigraph::store::{StorageError, Store};
use std::collections::HashMap;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// File inside a database generation holding its name, which the snapshot written
/// with it repeats in its header: a snapshot of another generation is never used.
pub(crate) const GENERATION_FILE: &str = "newsgraph-generation";

/// How many times a reader looks for the current generation again when a build swapped
/// one in while it was opening the previous one (each swap is one rename).
const OPEN_TRIES: usize = 200;

/// A store opened for reading: one database generation, pinned for the reader's whole
/// life, so builds swap new ones in beside it without waiting for it and nothing removes
/// it while it is open. Any number of readers may be open at once.
pub struct ReadStore {
    // Declared first so the database closes before the pin is released.
    store: Store,
    dir: PathBuf,
    generation: String,
    _pin: Option<File>,
    // The open generation directory: the database is opened through it, so a swap
    // that renames it does not move it under the reader.
    _gen_dir: File,
}

impl ReadStore {
    /// The database, for SPARQL queries and quad scans.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The store directory, for messages.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The name of the database generation this reader has open ("" for a store an
    /// older version built).
    pub fn generation_name(&self) -> &str {
        &self.generation
    }
}

/// A path naming the directory `dir` is open as, whatever it is renamed to later:
/// `/proc/self/fd/N` on Linux; elsewhere the path it was opened by.
fn through(fd: &File, path: &Path) -> PathBuf {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let _ = path;
        PathBuf::from(format!("/proc/self/fd/{}", fd.as_raw_fd()))
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = fd;
        path.to_owned()
    }
}

/// The generation name recorded in the database directory `gen` ("" when none).
pub(crate) fn generation_name(gen: &Path) -> String {
    fs::read_to_string(gen.join(GENERATION_FILE))
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// Whether `a` and `b` are the same file or directory.
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        a.modified().ok() == b.modified().ok()
    }
}

/// Opens the store in `dir` read-only, never waiting for a build and never writing
/// it. Fails with [`StoreError::Missing`] if nothing was built there,
/// [`StoreError::Building`] while its first build runs, [`StoreError::Unfinished`]
/// when a first build was killed part-way.
pub fn open_read(dir: &Path) -> Result<ReadStore, StoreError> {
    let data = dir.join(DATA_DIR);
    for _ in 0..OPEN_TRIES {
        let gen_dir = match File::open(&data) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(no_database(dir)),
            Err(e) => return Err(io_err(dir, &data)(e)),
        };
        let path = through(&gen_dir, &data);
        let pinned = match pin(&path) {
            Ok(p) => p,
            // A writer is removing this generation: a newer one is in place by now.
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(5));
                continue;
            }
            Err(e) => return Err(io_err(dir, &data)(e)),
        };
        // Swapped out between opening and pinning: read the newer one instead.
        let now = fs::metadata(&data).map_err(io_err(dir, &data))?;
        let opened = gen_dir.metadata().map_err(io_err(dir, &data))?;
        if !same_file(&now, &opened) {
            continue;
        }
        remove_crash_leftovers(dir);
        let store = Store::open_read_only(&path).map_err(db_err(dir))?;
        return Ok(ReadStore {
            store,
            dir: dir.into(),
            generation: generation_name(&path),
            _pin: pinned,
            _gen_dir: gen_dir,
        });
    }
    Err(StoreError::Busy { dir: dir.into() })
}

/// Why the store in `dir` has no database: never built, being built, or a first
/// build that was killed (its side directory is still there).
fn no_database(dir: &Path) -> StoreError {
    if writer_running(dir) {
        return StoreError::Building {
            dir: dir.into(),
            holder: lock::holder(dir),
        };
    }
    if !sides(dir).is_empty() {
        return StoreError::Unfinished { dir: dir.into() };
    }
    StoreError::Missing { dir: dir.into() }
}

/// The side directories in `dir`: databases being written, or left by a killed build,
/// or replaced generations a reader still had open.
pub(crate) fn sides(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.starts_with(PARTIAL_PREFIX))
        })
        .map(|e| e.path())
        .collect()
}

/// Removes what a killed build left beside a complete store (side directories, the
/// temporary snapshot) and replaced generations no reader has open any more. Only
/// while no writer runs; best effort: a reader that cannot remove them (a read-only
/// directory, another reader removing them at the same moment) reads all the same,
/// and the next build removes them.
pub(crate) fn remove_crash_leftovers(dir: &Path) {
    let tmp = dir.join(SNAPSHOT_FILE).with_extension("tmp");
    let sides = sides(dir);
    if sides.is_empty() && !tmp.exists() {
        return;
    }
    unless_writing(dir, || {
        let _ = fs::remove_file(&tmp);
        for side in &sides {
            let _ = remove_if_unused(side);
        }
    });
}

/// The state of a store on disk, cheap to read: it changes when a build or an update
/// changed the store, so a long-running reader knows to load it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generation(String, Option<(std::time::SystemTime, u64)>);

/// The [`Generation`] of the store in `dir`: the name of its current database
/// generation (every build and update writes a new one) and its snapshot's stamp.
pub fn generation(dir: &Path) -> Generation {
    let stamp = |p: PathBuf| {
        let m = fs::metadata(p).ok()?;
        Some((m.modified().ok()?, m.len()))
    };
    Generation(
        generation_name(&dir.join(DATA_DIR)),
        stamp(dir.join(SNAPSHOT_FILE)),
    )
}

/// Reads the whole dataset of the store in `dir`: from its snapshot when current,
/// else from the quads (see [`rdf::read_dataset`]).
pub fn dataset(dir: &Path) -> Result<Dataset, StoreError> {
    let store = open_read(dir)?;
    read_all(&store)
}

/// The whole dataset of an open store: its snapshot when current, else the quads.
pub fn read_all(store: &ReadStore) -> Result<Dataset, StoreError> {
    if let Some(ds) = read_snapshot_of(store.dir(), store.generation_name()) {
        return Ok(ds);
    }
    read_quads(store)
}

/// The fact table of an open store, for a query session: the snapshot mapped as it is
/// when current (sentences stay on disk until shown), else packed from the quads.
pub fn read_packed(store: &ReadStore) -> Result<Packed, StoreError> {
    let header = snapshot_header(store.generation_name());
    if let Some(p) = Packed::open(&store.dir().join(SNAPSHOT_FILE), &header) {
        return Ok(p);
    }
    Ok(Packed::from_dataset(&read_quads(store)?))
}

fn read_quads(store: &ReadStore) -> Result<Dataset, StoreError> {
    rdf::read_dataset(store.store()).map_err(|source| StoreError::Rdf {
        dir: store.dir().into(),
        source,
    })
}

/// What a store holds of each article, to tell which a build can skip.
#[derive(Debug, Default)]
pub struct Stored {
    /// The metadata of each article (SHA-256, extractor fingerprint, title, publisher,
    /// date, URL) by document id.
    pub(crate) docs: HashMap<String, DocMeta>,
}

impl Stored {
    /// Whether the store holds this article as it is: same SHA-256, read by the same
    /// extractor (`meta.extractor` must be set), with the same title, publisher, date
    /// and URL (a manifest or `build FILE --title …` may change those alone).
    pub fn is_current(&self, meta: &DocMeta) -> bool {
        self.docs.get(&meta.id).is_some_and(|d| {
            d.sha256 == meta.sha256
                && d.extractor == meta.extractor
                && (&d.title, &d.publisher, &d.published, &d.url)
                    == (&meta.title, &meta.publisher, &meta.published, &meta.url)
        })
    }

    /// What `store` holds, from its current snapshot when there is one: reading the
    /// hashes from the quads costs a point lookup per article and hash (seconds on a
    /// 100k-article store), the snapshot has them at hand.
    pub(crate) fn read(store: &Store, snapshot: Option<&Packed>) -> Result<Self, StorageError> {
        let docs = match snapshot {
            Some(p) => p.docs().iter().map(|d| (d.id.clone(), d.clone())).collect(),
            None => stored_docs(store)?,
        };
        Ok(Stored { docs })
    }

    /// Whether the store holds an article with this id, in any version.
    pub fn contains(&self, id: &str) -> bool {
        self.docs.contains_key(id)
    }

    /// The ids of the articles stored.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.docs.keys().map(String::as_str)
    }

    /// Number of articles stored.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether no article is stored.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
}

/// What the store in `dir` holds of each article, read through a shared lock; `None`
/// when nothing was built there yet. A build asks before it takes the store, to read
/// only the articles it will write.
pub fn stored(dir: &Path) -> Result<Option<Stored>, StoreError> {
    match open_read(dir) {
        Ok(rs) => {
            let header = snapshot_header(rs.generation_name());
            let snapshot = Packed::open(&dir.join(SNAPSHOT_FILE), &header);
            Ok(Some(
                Stored::read(rs.store(), snapshot.as_ref()).map_err(db_err(dir))?,
            ))
        }
        // The build takes the writer lock next, and finds out then.
        Err(
            StoreError::Missing { .. }
            | StoreError::Unfinished { .. }
            | StoreError::Building { .. },
        ) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The metadata of every article in the store (from its quads), by document id.
pub(crate) fn stored_docs(store: &Store) -> Result<HashMap<String, DocMeta>, StorageError> {
    type Set = fn(&mut DocMeta, String);
    let properties: [(_, Set); 6] = [
        (rdf::term::SHA256, |d, v| d.sha256 = v),
        (rdf::term::EXTRACTOR, |d, v| d.extractor = v),
        (rdf::term::HEADLINE, |d, v| d.title = Some(v)),
        (rdf::term::PUBLISHER, |d, v| d.publisher = Some(v)),
        (rdf::term::PUBLISHED, |d, v| d.published = Some(v)),
        (rdf::term::URL, |d, v| d.url = Some(v)),
    ];
    let mut docs: HashMap<String, DocMeta> = HashMap::new();
    for (property, set) in properties {
        for q in store.quads_for_pattern(None, Some(property), None, None) {
            let q = q?;
            let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (&q.subject, &q.object) else {
                continue;
            };
            let Some(id) = rdf::doc_id_from_iri(s.as_str()) else {
                continue;
            };
            let entry = docs.entry(id.clone()).or_insert_with(|| DocMeta {
                id,
                ..DocMeta::default()
            });
            set(entry, l.value().to_string());
        }
    }
    Ok(docs)
}
