//! The on-disk store: a directory holding an Oxigraph (RocksDB) database, its graph
//! snapshot and a lock file.
//!
//! Layout of a store directory `DIR`: `DIR/data/`, the current database generation;
//! `DIR/graph.snapshot`, its fact table (see `snapshot`); `DIR/newsgraph.lock`, locked
//! by the one build or update that may run at a time (writers wait for each other up
//! to `--wait` seconds). Readers never take that lock and never wait: every build and
//! update writes a new generation beside the store (`DIR/data.partial-…`) and swaps it
//! in with one rename, while readers keep the generation they opened (see `lock`).
//! A crash leaves the old generation or the new one in place, never half of one.
//!
//! Modules: `lock` (the writer lock, readers' pins), `read` (opening for reading, what a
//! store holds), `snapshot` (the fact table beside the database), `write` (builds:
//! `first_build`, `in_place`, `side_copy`; SPARQL updates; generations) and `export`.

mod export;
mod lock;
mod read;
mod snapshot;
mod write;

pub use export::{export, export_in_batches, ExportFormat};
pub use lock::DEFAULT_WAIT;
pub use read::{
    dataset, generation, open_read, read_all, read_packed, stored, Generation, ReadStore, Stored,
};
pub use snapshot::read_snapshot;
pub use write::{
    ingest, remove, with_write, write, IngestReport, Plan, Prepared, Sink, IN_PLACE_MAX,
    IN_PLACE_MAX_BYTES,
};

use crate::rdf;
use crate::shown;
use oxigraph::store::StorageError;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Name of the lock file inside a store directory.
pub(crate) const LOCK_FILE: &str = "newsgraph.lock";
/// Name of the database directory inside a store directory.
pub(crate) const DATA_DIR: &str = "data";
/// Prefix of the directory a first build loads into before renaming it to [`DATA_DIR`].
pub(crate) const PARTIAL_PREFIX: &str = "data.partial-";

/// Why the store could not be opened, built or exported. Every message names the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// There is no store in the directory yet.
    #[error(
        "there is no store in {0}; build one with `newsgraph build --store {0} [ARTICLES]`",
        shown::path(dir)
    )]
    Missing {
        /// The store directory.
        dir: PathBuf,
    },
    /// The store's first build is running: there is nothing to read yet.
    #[error(
        "store {} is being built by another newsgraph process ({holder}); try again when it finishes",
        shown::path(dir)
    )]
    Building {
        /// The store directory.
        dir: PathBuf,
        /// Who builds it, as the build described itself.
        holder: String,
    },
    /// A first build was killed part-way: nothing is stored, its side directory is.
    #[error(
        "store {0} has no database: its first build was interrupted; run `newsgraph build --store {0} [ARTICLES]` to build it",
        shown::path(dir)
    )]
    Unfinished {
        /// The store directory.
        dir: PathBuf,
    },
    /// A reader could not settle on a database generation: builds kept swapping new
    /// ones in while it opened them.
    #[error(
        "store {} changed too often while it was being opened; try again",
        shown::path(dir)
    )]
    Busy {
        /// The store directory.
        dir: PathBuf,
    },
    /// A build or an update found another one running and waited for it in vain.
    #[error(
        "store {} is being written by another newsgraph process ({holder}); waited {waited} s for it; try again when it finishes, or pass a longer --wait",
        shown::path(dir)
    )]
    Locked {
        /// The store directory.
        dir: PathBuf,
        /// Who holds the store, as it described itself.
        holder: String,
        /// How long this one waited, in seconds.
        waited: f64,
    },
    /// A file or directory of the store could not be created, read, locked or renamed.
    #[error(
        "store {}: cannot access {}: {source}",
        shown::path(dir),
        shown::path(path)
    )]
    Io {
        /// The store directory.
        dir: PathBuf,
        /// The file or directory concerned.
        path: PathBuf,
        /// The operating system's error.
        source: io::Error,
    },
    /// The database failed to read or write.
    #[error("store {}: database error: {source}", shown::path(dir))]
    Storage {
        /// The store directory.
        dir: PathBuf,
        /// Oxigraph's error.
        source: StorageError,
    },
    /// The database holds quads that do not read back as a dataset.
    #[error("store {}: {source}", shown::path(dir))]
    Rdf {
        /// The store directory.
        dir: PathBuf,
        /// What was wrong with the quads.
        source: rdf::RdfError,
    },
    /// `newsgraph remove` named an article the store does not hold.
    #[error(
        "store {} has no article {id:?}{}",
        shown::path(dir),
        near_docs(near, *count)
    )]
    UnknownDoc {
        /// The store directory.
        dir: PathBuf,
        /// The id given.
        id: String,
        /// The stored ids nearest to it, nearest first.
        near: Vec<String>,
        /// How many articles the store holds.
        count: usize,
    },
    /// `newsgraph remove` named a prefix of several stored ids.
    #[error(
        "store {}: {id:?} could be any of {}; give more of the id",
        shown::path(dir),
        matches.join(", ")
    )]
    AmbiguousDoc {
        /// The store directory.
        dir: PathBuf,
        /// The prefix given.
        id: String,
        /// The stored ids it begins.
        matches: Vec<String>,
    },
    /// The export could not be written.
    #[error(
        "store {}: cannot write the {format} export: {source}",
        shown::path(dir)
    )]
    Export {
        /// The store directory.
        dir: PathBuf,
        /// The format being written.
        format: ExportFormat,
        /// The writer's error.
        source: io::Error,
    },
}

/// The end of [`StoreError::UnknownDoc`]'s message: the nearest ids, or how to list them.
fn near_docs(near: &[String], count: usize) -> String {
    match near {
        [] => {
            format!(" (it has {count}; `newsgraph facts --format jsonl` shows their ids as `doc`)")
        }
        [one] => format!("; did you mean {one}?"),
        [first @ .., last] => format!("; did you mean {} or {last}?", first.join(", ")),
    }
}

/// Wraps an I/O error on `path` inside the store `dir`.
pub(crate) fn io_err(dir: &Path, path: &Path) -> impl FnOnce(io::Error) -> StoreError {
    let (dir, path) = (dir.to_owned(), path.to_owned());
    move |source| StoreError::Io { dir, path, source }
}

/// Wraps a database error of the store `dir`.
pub(crate) fn db_err(dir: &Path) -> impl FnOnce(StorageError) -> StoreError {
    let dir = dir.to_owned();
    move |source| StoreError::Storage { dir, source }
}

/// Whether `path` exists, as a store error.
pub(crate) fn exists(dir: &Path, path: &Path) -> Result<bool, StoreError> {
    fs::exists(path).map_err(io_err(dir, path))
}

#[cfg(test)]
mod tests {
    use super::snapshot::SNAPSHOT_FILE;
    use super::*;
    use crate::model::Dataset;
    use std::fs::File;

    fn built() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        ingest(dir.path(), &Dataset::default()).unwrap();
        dir
    }

    #[test]
    fn readers_and_builds_do_not_wait_for_each_other() {
        let dir = built();
        let first = open_read(dir.path()).unwrap();
        let second = open_read(dir.path()).unwrap();
        assert!(first.store().is_empty().unwrap() && second.store().is_empty().unwrap());
        // A write while both read: it swaps a new generation in beside theirs.
        let write = || {
            with_write(dir.path(), |_| Ok::<_, ()>(true))
                .unwrap()
                .unwrap()
        };
        assert!(write());
        let third = open_read(dir.path()).unwrap();
        assert_ne!(first.generation_name(), third.generation_name());
        assert!(first.store().is_empty().unwrap());
        // The replaced generation stays while a reader has it open, and goes after.
        assert_eq!(read::sides(dir.path()).len(), 1);
        drop((first, second, third));
        assert!(write());
        assert!(read::sides(dir.path()).is_empty());
    }

    #[test]
    fn a_writer_excludes_other_writers_but_not_readers() {
        let dir = built();
        let held = File::open(dir.path().join(LOCK_FILE)).unwrap();
        held.try_lock().unwrap();
        assert!(open_read(dir.path()).is_ok());
        let err = ingest(dir.path(), &Dataset::default()).unwrap_err();
        assert!(matches!(err, StoreError::Locked { .. }), "{err}");
        assert!(err.to_string().contains(&dir.path().display().to_string()));
        let err = with_write(dir.path(), |_| Ok::<_, ()>(true)).unwrap_err();
        assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    }

    #[test]
    fn missing_stores_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let err = open_read(&dir.path().join("nothing")).err().unwrap();
        assert!(matches!(err, StoreError::Missing { .. }), "{err}");
        fs::write(dir.path().join(LOCK_FILE), "").unwrap();
        assert!(matches!(
            open_read(dir.path()),
            Err(StoreError::Missing { .. })
        ));
    }

    #[test]
    fn a_reader_removes_what_a_killed_build_left() {
        let dir = built();
        let stale = dir.path().join(format!("{PARTIAL_PREFIX}999999"));
        fs::create_dir_all(stale.join("junk")).unwrap();
        let tmp = dir.path().join(SNAPSHOT_FILE).with_extension("tmp");
        fs::write(&tmp, "half a snapshot").unwrap();
        let rs = open_read(dir.path()).unwrap();
        assert!(rs.store().is_empty().unwrap());
        assert!(!stale.exists() && !tmp.exists());
    }

    #[test]
    fn a_killed_first_build_is_reported_not_cleaned_by_readers() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(LOCK_FILE), "").unwrap();
        let stale = dir.path().join(format!("{PARTIAL_PREFIX}999999"));
        fs::create_dir_all(stale.join("junk")).unwrap();
        let err = open_read(dir.path()).err().unwrap();
        assert!(matches!(err, StoreError::Unfinished { .. }), "{err}");
        assert!(err.to_string().contains("newsgraph build --store"), "{err}");
        assert!(stale.exists());
        // While a first build runs, readers say so.
        let held = File::open(dir.path().join(LOCK_FILE)).unwrap();
        held.try_lock().unwrap();
        fs::remove_dir_all(&stale).unwrap();
        let err = open_read(dir.path()).err().unwrap();
        assert!(matches!(err, StoreError::Building { .. }), "{err}");
    }

    #[test]
    fn a_first_build_replaces_stale_partial_stores() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(format!("{PARTIAL_PREFIX}999999"));
        fs::create_dir_all(stale.join("junk")).unwrap();
        ingest(dir.path(), &Dataset::default()).unwrap();
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names.len(), 3, "{names:?}");
        assert!(names.contains(&DATA_DIR.into()) && names.contains(&LOCK_FILE.into()));
        assert!(names.contains(&SNAPSHOT_FILE.into()));
    }

    #[test]
    fn format_names_parse_and_print() {
        use clap::ValueEnum;
        for f in ExportFormat::value_variants() {
            assert_eq!(f.to_string().parse::<ExportFormat>(), Ok(*f));
        }
        assert_eq!("JSONLD".parse(), Ok(ExportFormat::JsonLd));
        assert!("xml"
            .parse::<ExportFormat>()
            .unwrap_err()
            .contains("rdfxml"));
    }
}
