//! The store lock: shared by readers, exclusive for a build or an update.

use super::{io_err, StoreError, LOCK_FILE};
use std::fs::{File, TryLockError};
use std::path::Path;

/// Takes the store lock without waiting: shared for readers, exclusive for a build.
pub(crate) fn lock(dir: &Path, file: File, exclusive: bool) -> Result<File, StoreError> {
    let taken = if exclusive {
        file.try_lock()
    } else {
        file.try_lock_shared()
    };
    match taken {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) if exclusive => Err(StoreError::Locked { dir: dir.into() }),
        Err(TryLockError::WouldBlock) => Err(StoreError::Busy { dir: dir.into() }),
        Err(TryLockError::Error(e)) => Err(io_err(dir, &dir.join(LOCK_FILE))(e)),
    }
}
