//! The on-disk store: a directory holding an Oxigraph (RocksDB) database and a lock file.
//!
//! Layout of a store directory `DIR`: `DIR/newsgraph.lock`, locked shared by readers and
//! exclusively by a build, so a build never changes data under a reader and RocksDB is
//! never opened read-write twice; `DIR/data/`, the database. A first build loads into
//! `DIR/data.partial-<pid>` and renames it into place, so a crash leaves no half store;
//! later builds replace changed articles in one transaction.
//!
//! Modules: [`lock`] (taking the store lock), `read` (opening for reading, what a
//! store holds), `snapshot` (the fact table beside the database), `write` (builds:
//! `first_build`, `in_place`, `side_copy`, and SPARQL updates) and `export`.

mod export;
mod lock;
mod read;
mod snapshot;
mod write;

pub use export::{export, export_in_batches, ExportFormat};
pub use read::{
    dataset, generation, open_read, read_all, read_packed, stored, Generation, ReadStore, Stored,
};
pub use snapshot::read_snapshot;
pub use write::{ingest, with_write, write, IngestReport, Plan, Prepared, Sink, IN_PLACE_MAX};

use crate::rdf;
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
    #[error("there is no store in {}; run `newsgraph build` first", dir.display())]
    Missing {
        /// The store directory.
        dir: PathBuf,
    },
    /// A reader found the store locked by a build.
    #[error(
        "store {} is being written by another newsgraph process; try again when the build finishes",
        dir.display()
    )]
    Busy {
        /// The store directory.
        dir: PathBuf,
    },
    /// A build found the store in use by a reader or another build.
    #[error(
        "store {} is in use by another newsgraph process (a REPL or a query); close it and run the build again",
        dir.display()
    )]
    Locked {
        /// The store directory.
        dir: PathBuf,
    },
    /// A file or directory of the store could not be created, read, locked or renamed.
    #[error("store {}: cannot access {}: {source}", dir.display(), path.display())]
    Io {
        /// The store directory.
        dir: PathBuf,
        /// The file or directory concerned.
        path: PathBuf,
        /// The operating system's error.
        source: io::Error,
    },
    /// The database failed to read or write.
    #[error("store {}: database error: {source}", dir.display())]
    Storage {
        /// The store directory.
        dir: PathBuf,
        /// Oxigraph's error.
        source: StorageError,
    },
    /// The database holds quads that do not read back as a dataset.
    #[error("store {}: {source}", dir.display())]
    Rdf {
        /// The store directory.
        dir: PathBuf,
        /// What was wrong with the quads.
        source: rdf::RdfError,
    },
    /// The export could not be written.
    #[error("store {}: cannot write the {format} export: {source}", dir.display())]
    Export {
        /// The store directory.
        dir: PathBuf,
        /// The format being written.
        format: ExportFormat,
        /// The writer's error.
        source: io::Error,
    },
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
    fn readers_share_and_exclude_builds() {
        let dir = built();
        let first = open_read(dir.path()).unwrap();
        let second = open_read(dir.path()).unwrap();
        assert!(first.store().is_empty().unwrap() && second.store().is_empty().unwrap());
        let err = ingest(dir.path(), &Dataset::default()).unwrap_err();
        assert!(matches!(err, StoreError::Locked { .. }), "{err}");
        assert!(err.to_string().contains(&dir.path().display().to_string()));
        drop((first, second));
        ingest(dir.path(), &Dataset::default()).unwrap();
    }

    #[test]
    fn a_build_excludes_readers() {
        let dir = built();
        let held = File::open(dir.path().join(LOCK_FILE)).unwrap();
        held.try_lock().unwrap();
        let err = open_read(dir.path()).err().unwrap();
        assert!(matches!(err, StoreError::Busy { .. }), "{err}");
        // Another build is told the store is being written, not that a reader has it.
        let err = ingest(dir.path(), &Dataset::default()).unwrap_err();
        assert!(matches!(err, StoreError::Busy { .. }), "{err}");
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
