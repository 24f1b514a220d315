//! Opening a store for reading, and what a store holds.

use super::lock::lock;
use super::snapshot::{read_snapshot, snapshot_header, SNAPSHOT_FILE};
use super::{db_err, exists, io_err, StoreError, DATA_DIR, LOCK_FILE, PARTIAL_PREFIX};
use crate::model::{Dataset, DocMeta};
use crate::packed::Packed;
use crate::rdf;
use oxigraph::model::{NamedOrBlankNode, Term};
use oxigraph::store::{StorageError, Store};
use std::collections::HashMap;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

/// A store opened for reading. It holds a shared lock for its whole life, so no build
/// can change the data under it; any number of readers may be open at once.
pub struct ReadStore {
    // Declared before the lock so the database closes before the lock is released.
    store: Store,
    dir: PathBuf,
    _lock: File,
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
}

/// Opens the store in `dir` read-only: [`StoreError::Missing`] if nothing was ever built
/// there, [`StoreError::Busy`] while a build runs.
pub fn open_read(dir: &Path) -> Result<ReadStore, StoreError> {
    let lock_path = dir.join(LOCK_FILE);
    let file = match File::open(&lock_path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(StoreError::Missing { dir: dir.into() })
        }
        Err(e) => return Err(io_err(dir, &lock_path)(e)),
    };
    let lock = lock(dir, file, false)?;
    remove_crash_leftovers(dir);
    let data = dir.join(DATA_DIR);
    if !exists(dir, &data)? {
        return Err(StoreError::Missing { dir: dir.into() });
    }
    let store = Store::open_read_only(&data).map_err(db_err(dir))?;
    Ok(ReadStore {
        store,
        dir: dir.into(),
        _lock: lock,
    })
}

/// Removes what a killed build left: side directories and the temporary snapshot.
/// Called holding the shared lock, so no build is running, and before the database
/// opens. Best effort: a reader that cannot remove them (a read-only directory,
/// another reader removing them at the same moment) reads the store all the same,
/// and the next build removes them under its exclusive lock.
pub(crate) fn remove_crash_leftovers(dir: &Path) {
    let _ = fs::remove_file(dir.join(SNAPSHOT_FILE).with_extension("tmp"));
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(PARTIAL_PREFIX))
        {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// The state of a store on disk, cheap to read (two `stat`s): it changes when a build
/// or an update changed the store, so a long-running reader knows to load it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generation([Option<(std::time::SystemTime, u64)>; 2]);

/// The [`Generation`] of the store in `dir`: the modification times and sizes of its
/// database directory and its snapshot (both replaced or rewritten by every build).
pub fn generation(dir: &Path) -> Generation {
    let stamp = |p: PathBuf| {
        let m = fs::metadata(p).ok()?;
        Some((m.modified().ok()?, m.len()))
    };
    Generation([stamp(dir.join(DATA_DIR)), stamp(dir.join(SNAPSHOT_FILE))])
}

/// Reads the whole dataset of the store in `dir`: from its snapshot when current,
/// else from the quads (see [`rdf::read_dataset`]).
pub fn dataset(dir: &Path) -> Result<Dataset, StoreError> {
    let store = open_read(dir)?;
    read_all(&store)
}

/// The whole dataset of an open store: its snapshot when current, else the quads.
pub fn read_all(store: &ReadStore) -> Result<Dataset, StoreError> {
    if let Some(ds) = read_snapshot(store.dir()) {
        return Ok(ds);
    }
    read_quads(store)
}

/// The fact table of an open store, for a query session: the snapshot mapped as it is
/// when current (sentences stay on disk until shown), else packed from the quads.
pub fn read_packed(store: &ReadStore) -> Result<Packed, StoreError> {
    if let Some(p) = Packed::open(&store.dir().join(SNAPSHOT_FILE), &snapshot_header()) {
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
    /// SHA-256 and extractor fingerprint by document id.
    pub(crate) docs: HashMap<String, (String, String)>,
}

impl Stored {
    /// Whether the store holds this article as it is: same SHA-256, read by the same
    /// extractor (`meta.extractor` must be set).
    pub fn is_current(&self, meta: &DocMeta) -> bool {
        self.docs
            .get(&meta.id)
            .is_some_and(|(sha, ex)| *sha == meta.sha256 && *ex == meta.extractor)
    }

    /// What `store` holds, from its current snapshot when there is one: reading the
    /// hashes from the quads costs a point lookup per article and hash (seconds on a
    /// 100k-article store), the snapshot has them at hand.
    pub(crate) fn read(store: &Store, snapshot: Option<&Packed>) -> Result<Self, StorageError> {
        let docs = match snapshot {
            Some(p) => p
                .docs()
                .iter()
                .map(|d| (d.id.clone(), (d.sha256.clone(), d.extractor.clone())))
                .collect(),
            None => stored_docs(store)?,
        };
        Ok(Stored { docs })
    }

    /// Whether the store holds an article with this id, in any version.
    pub fn contains(&self, id: &str) -> bool {
        self.docs.contains_key(id)
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
            let snapshot = Packed::open(&dir.join(SNAPSHOT_FILE), &snapshot_header());
            Ok(Some(
                Stored::read(rs.store(), snapshot.as_ref()).map_err(db_err(dir))?,
            ))
        }
        Err(StoreError::Missing { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// SHA-256 and extractor fingerprint of every article in the store, by document id.
pub(crate) fn stored_docs(
    store: &Store,
) -> Result<HashMap<String, (String, String)>, StorageError> {
    let mut docs: HashMap<String, (String, String)> = HashMap::new();
    for (property, second) in [(rdf::term::SHA256, false), (rdf::term::EXTRACTOR, true)] {
        for q in store.quads_for_pattern(None, Some(property), None, None) {
            let q = q?;
            let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (&q.subject, &q.object) else {
                continue;
            };
            let Some(id) = rdf::doc_id_from_iri(s.as_str()) else {
                continue;
            };
            let entry = docs.entry(id).or_default();
            let field = if second { &mut entry.1 } else { &mut entry.0 };
            *field = l.value().to_string();
        }
    }
    Ok(docs)
}
