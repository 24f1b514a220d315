//! Records the git commit the binary is built from, for `newsgraph --version`.
//!
//! The commit goes to `$OUT_DIR/commit.txt`, which only `main.rs` includes, so a new
//! commit relinks the binary without recompiling the library. Outside a git checkout
//! (a source tarball, a crate) it says `unknown`.

use std::path::PathBuf;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!s.is_empty()).then_some(s)
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let commit = git(&["rev-parse", "--short", "HEAD"]).unwrap_or_else(|| "unknown".into());
    // Rerun when HEAD moves: HEAD itself (a checkout), the branch it names (a commit)
    // and packed-refs. Worktrees keep HEAD apart from the shared refs.
    if let Some(git_dir) = git(&["rev-parse", "--git-dir"]).map(PathBuf::from) {
        let head = git_dir.join("HEAD");
        println!("cargo:rerun-if-changed={}", head.display());
        let common = git(&["rev-parse", "--git-common-dir"])
            .map(PathBuf::from)
            .unwrap_or(git_dir);
        if let Some(branch) = std::fs::read_to_string(&head)
            .ok()
            .and_then(|h| h.strip_prefix("ref: ").map(|r| r.trim().to_string()))
        {
            let r = common.join(branch);
            if r.exists() {
                println!("cargo:rerun-if-changed={}", r.display());
            }
        }
        let packed = common.join("packed-refs");
        if packed.exists() {
            println!("cargo:rerun-if-changed={}", packed.display());
        }
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("commit.txt"), commit).expect("OUT_DIR is writable");
}
