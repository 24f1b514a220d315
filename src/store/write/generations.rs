//! Database generations: every build and update writes a new database beside the
//! store's (a first build from nothing, later ones from a hard-linked copy of the
//! current one), then swaps it in with one rename. A reader keeps the generation it
//! opened; the replaced one is removed once no reader has it open.

use crate::store::lock::{remove_if_unused, READERS_FILE};
use crate::store::read::{sides, GENERATION_FILE};
use crate::store::{io_err, StoreError, DATA_DIR, PARTIAL_PREFIX};
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// A name no other generation of any store has had: process, time and a counter.
pub(crate) fn new_generation_name() -> String {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let n = COUNT.fetch_add(1, Ordering::Relaxed);
    format!("g{nanos:x}-{}-{n}", std::process::id())
}

/// A new side directory for this writer's database: unique, since a replaced
/// generation that a reader still has open keeps its side name until it is removed.
pub(crate) fn side_dir(dir: &Path, generation: &str) -> PathBuf {
    dir.join(format!("{PARTIAL_PREFIX}{generation}"))
}

/// Removes the side directories no one uses: what a killed build left, and replaced
/// generations whose readers have all closed. Called holding the writer lock.
pub(crate) fn remove_stale_sides(dir: &Path) -> Result<(), StoreError> {
    for side in sides(dir) {
        remove_if_unused(&side).map_err(io_err(dir, &side))?;
    }
    Ok(())
}

/// Copies the database generation `from` (closed, never written again) to `to`: its
/// table files hard-linked (they are immutable), the small rest copied, newsgraph's own
/// files and RocksDB's lock and logs left out. As cheap as RocksDB's checkpoint, without
/// opening the database for writing while readers have it open.
pub(crate) fn link_copy(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(text) = name.to_str() else { continue };
        let skip = text == "LOCK"
            || text.starts_with("LOG")
            || text == READERS_FILE
            || text == GENERATION_FILE;
        if skip || !entry.file_type()?.is_file() {
            continue;
        }
        let target = to.join(&name);
        let linked = (text.ends_with(".sst") || text.ends_with(".blob"))
            && fs::hard_link(entry.path(), &target).is_ok();
        if !linked {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Makes the finished, closed database at `new` the store's current generation: names
/// it, gives it its readers file, and swaps it in for the current one (renames it into
/// place for a first build). The replaced generation is removed unless a reader still
/// has it open; then it stays aside until a later writer or reader finds it unused.
pub(crate) fn publish(dir: &Path, new: &Path, generation: &str) -> Result<(), StoreError> {
    let name = new.join(GENERATION_FILE);
    fs::write(&name, generation).map_err(io_err(dir, &name))?;
    let readers = new.join(READERS_FILE);
    File::create(&readers).map_err(io_err(dir, &readers))?;
    // Durable before it is named: a crash must not leave a named but empty generation.
    File::open(&name)
        .and_then(|f| f.sync_all())
        .map_err(io_err(dir, &name))?;
    let data = dir.join(DATA_DIR);
    if !fs::exists(&data).map_err(io_err(dir, &data))? {
        return fs::rename(new, &data).map_err(io_err(dir, &data));
    }
    swap(dir, &data, new)?;
    // Best effort: an old generation left behind costs disk, not correctness.
    let _ = remove_if_unused(new);
    Ok(())
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
