//! Records the git commit the binary is built from, for `newsgraph --version`, and a
//! digest of the sources that turn an article into quads, for the extractor's
//! fingerprint.
//!
//! The commit goes to `$OUT_DIR/commit.txt`, which only `main.rs` includes, so a new
//! commit relinks the binary without recompiling the library. Outside a git checkout
//! (a source tarball, a crate) it says `unknown`.
//!
//! The digest goes to `$OUT_DIR/reader.txt`, which the lexicon folds into its
//! fingerprint: a store built by one extractor re-reads its articles when another
//! extractor builds it again, even between two releases with the same version number.
//! It changes only when those sources change, and then the library is recompiled anyway.

use std::path::{Path, PathBuf};
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!s.is_empty()).then_some(s)
}

/// The sources whose change can change what an article becomes: reading the file,
/// sentences, the lexicon loader, the extractor, the model and its RDF.
const READER_SOURCES: &[&str] = &[
    "src/source",
    "src/segment.rs",
    "src/text.rs",
    "src/lexicon",
    "src/extract",
    "src/model.rs",
    "src/rdf",
];

/// Every `.rs` file under `path` (or `path` itself), but not unit tests (`tests/`
/// directories, `tests.rs`), which change no output.
fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if name == "tests" || name == "tests.rs" {
        return;
    }
    if path.is_dir() {
        if let Ok(entries) = std::fs::read_dir(path) {
            for e in entries.flatten() {
                rust_files(&e.path(), out);
            }
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

/// FNV-1a over the files' relative paths (with `/`) and text (with `\n` line ends),
/// sorted, and Cargo.lock (the crates that parse HTML and fold text read articles
/// too): a change detector, not a cryptographic digest (no dependency for the build
/// script), the same on every checkout of one commit.
fn reader_digest() -> String {
    let mut files = Vec::new();
    for p in READER_SOURCES {
        println!("cargo:rerun-if-changed={p}");
        rust_files(Path::new(p), &mut files);
    }
    println!("cargo:rerun-if-changed=Cargo.lock");
    files.push(PathBuf::from("Cargo.lock"));
    files.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    for f in &files {
        let name: Vec<String> = f.iter().map(|c| c.to_string_lossy().into_owned()).collect();
        eat(name.join("/").as_bytes());
        eat(&[0]);
        let text = std::fs::read_to_string(f).unwrap_or_default();
        eat(text.replace("\r\n", "\n").as_bytes());
        eat(&[0]);
    }
    format!("{h:016x}")
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let reader = reader_digest();
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
    std::fs::write(out.join("reader.txt"), reader).expect("OUT_DIR is writable");
}
