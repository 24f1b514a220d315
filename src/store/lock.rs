//! Who may touch a store at once: writers exclude each other through the store's lock
//! file; readers never take it, but pin the database generation they read.
//!
//! A build or an update never changes a database a reader may have open: it writes a
//! new one beside it and swaps it in (see `write`). A reader pins the generation it
//! opened by holding a shared lock on the generation's own readers file, so a writer
//! removes a replaced generation only once no reader has it open.

use super::{io_err, StoreError, LOCK_FILE};
use crate::shown::shown;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

/// How long a build or an update waits for another writer by default (`build --wait`).
pub const DEFAULT_WAIT: Duration = Duration::from_secs(10);

/// How often a waiting writer tries the lock again.
const POLL: Duration = Duration::from_millis(20);

/// File inside every database generation, locked shared by each reader that has the
/// generation open and exclusively by a writer about to remove it.
pub(crate) const READERS_FILE: &str = "newsgraph-readers.lock";

/// The writer lock of the store in `dir`, taken exclusively: waits up to `wait` for
/// another build or update to finish, then fails with [`StoreError::Locked`] naming it.
/// The lock file (created when `create`) then says who holds it, for that message.
pub(crate) fn write_lock(dir: &Path, wait: Duration, create: bool) -> Result<File, StoreError> {
    let path = dir.join(LOCK_FILE);
    let mut file = match OpenOptions::new()
        .read(true)
        .write(true)
        .create(create)
        .truncate(false)
        .open(&path)
    {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(StoreError::Missing { dir: dir.into() })
        }
        Err(e) => return Err(io_err(dir, &path)(e)),
    };
    let started = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(TryLockError::WouldBlock) if started.elapsed() < wait => std::thread::sleep(POLL),
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    dir: dir.into(),
                    holder: holder(dir),
                    waited: wait.as_secs_f64(),
                })
            }
            Err(TryLockError::Error(e)) => return Err(io_err(dir, &path)(e)),
        }
    }
    // Best effort: the description only serves another writer's error message.
    let _ = describe_self(&mut file);
    Ok(file)
}

/// Writes who this process is into the lock file it holds.
fn describe_self(file: &mut File) -> io::Result<()> {
    let command: Vec<String> = std::env::args().collect();
    let text = format!(
        "pid {}, started {}, command {}",
        std::process::id(),
        httpdate::fmt_http_date(SystemTime::now()),
        shown(&command.join(" ")),
    );
    file.set_len(0)?;
    file.rewind()?;
    file.write_all(text.as_bytes())?;
    file.flush()
}

/// Who holds the writer lock of the store in `dir`, as the holder described itself
/// (one line, control characters escaped); "unknown" when it did not.
pub(crate) fn holder(dir: &Path) -> String {
    let mut text = String::new();
    let read = File::open(dir.join(LOCK_FILE)).and_then(|mut f| f.read_to_string(&mut text));
    match read {
        Ok(_) if !text.trim().is_empty() => shown(text.trim()),
        _ => "unknown".into(),
    }
}

/// Whether a build or an update holds the store's writer lock right now.
pub(crate) fn writer_running(dir: &Path) -> bool {
    let Ok(file) = File::open(dir.join(LOCK_FILE)) else {
        return false;
    };
    matches!(file.try_lock_shared(), Err(TryLockError::WouldBlock))
}

/// Runs `f` while no writer can start (a shared hold on the writer lock), or does
/// nothing when a writer runs: for a reader that tidies what a killed build left.
pub(crate) fn unless_writing(dir: &Path, f: impl FnOnce()) {
    let Ok(file) = File::open(dir.join(LOCK_FILE)) else {
        return;
    };
    if file.try_lock_shared().is_ok() {
        f();
    }
}

/// Removes the database generation (or half-written side directory) at `side` unless a
/// reader has it open. Returns whether it is gone. Called with the writer lock held or
/// in [`unless_writing`], so no writer is creating it.
pub(crate) fn remove_if_unused(side: &Path) -> io::Result<bool> {
    let readers = side.join(READERS_FILE);
    match OpenOptions::new().read(true).write(true).open(&readers) {
        Ok(file) => match file.try_lock() {
            Ok(()) => {
                // Unlinked first, under the lock: a reader that locks it afterwards
                // sees no link left and looks for the current generation again.
                fs::remove_file(&readers)?;
            }
            Err(TryLockError::WouldBlock) => return Ok(false),
            Err(TryLockError::Error(e)) => return Err(e),
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    match fs::remove_dir_all(side) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(true),
    }
}

/// A reader's pin on the generation at `gen` (a path to the open directory): the
/// shared lock on its readers file, or `None` when the generation has none and none
/// can be made (a store an older version built, on a read-only filesystem).
/// `Err(WouldBlock)` while a writer is removing the generation.
pub(crate) fn pin(gen: &Path) -> io::Result<Option<File>> {
    let path = gen.join(READERS_FILE);
    let file = match File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            match OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
            {
                Ok(f) => f,
                Err(_) => return Ok(None),
            }
        }
        Err(e) => return Err(e),
    };
    match file.try_lock_shared() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => return Err(io::ErrorKind::WouldBlock.into()),
        Err(TryLockError::Error(e)) => return Err(e),
    }
    if unlinked(&file)? {
        return Err(io::ErrorKind::WouldBlock.into());
    }
    Ok(Some(file))
}

/// Whether `file` was removed after it was opened (a writer removed its generation).
fn unlinked(file: &File) -> io::Result<bool> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Ok(file.metadata()?.nlink() == 0)
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        Ok(false)
    }
}
