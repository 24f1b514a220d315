//! Where newsgraph looks for things nobody named: the default store.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The store's folder name, looked for in the current directory and its parents.
pub const STORE_NAME: &str = ".newsgraph";

/// The default store seen from `cwd`: `.newsgraph` there or in the nearest parent that
/// has one (shown as `.newsgraph` when it is `cwd`'s); else
/// `$XDG_DATA_HOME/newsgraph/store` (`$HOME/.local/share/newsgraph/store`) if it
/// exists; else `.newsgraph`, where `build` will make it.
pub fn default_store(
    cwd: &Path,
    xdg_data_home: Option<OsString>,
    home: Option<OsString>,
) -> PathBuf {
    for dir in cwd.ancestors() {
        let candidate = dir.join(STORE_NAME);
        if candidate.is_dir() {
            // Shown as given when it is the current directory's.
            return if dir == cwd {
                PathBuf::from(STORE_NAME)
            } else {
                candidate
            };
        }
    }
    // The XDG spec says a relative XDG_DATA_HOME is to be ignored.
    let data = xdg_data_home
        .map(PathBuf::from)
        .filter(|d| d.is_absolute())
        .or_else(|| home.map(|h| PathBuf::from(h).join(".local/share")));
    if let Some(store) = data.map(|d| d.join("newsgraph").join("store")) {
        if store.is_dir() {
            return store;
        }
    }
    PathBuf::from(STORE_NAME)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_store_is_found_here_in_a_parent_or_in_the_data_dir() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let deep = root.join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        let data = root.join("data");
        // Nothing anywhere: ./.newsgraph, where build makes it.
        assert_eq!(
            default_store(&deep, Some(data.clone().into()), None),
            PathBuf::from(STORE_NAME)
        );
        // The data directory's store, when it exists.
        std::fs::create_dir_all(data.join("newsgraph/store")).unwrap();
        assert_eq!(
            default_store(&deep, Some(data.clone().into()), None),
            data.join("newsgraph/store")
        );
        // A store in a parent wins.
        std::fs::create_dir_all(root.join("a").join(STORE_NAME)).unwrap();
        assert_eq!(
            default_store(&deep, Some(data.clone().into()), None),
            root.join("a").join(STORE_NAME)
        );
        // One here is shown as `.newsgraph`.
        std::fs::create_dir_all(deep.join(STORE_NAME)).unwrap();
        assert_eq!(
            default_store(&deep, Some(data.into()), None),
            PathBuf::from(STORE_NAME)
        );
    }
}
