//! Shared test fixture: a store built from the shipped articles in a temporary
//! directory, opened as a read session once per test binary.

use newsgraph::lexicon::Lexicon;
use newsgraph::session::Session;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A built store of the shipped articles and its session.
// Not every test binary that shares this module uses the fixture.
#[allow(dead_code)]
pub struct Shipped {
    _dir: tempfile::TempDir,
    /// The read session on it.
    pub session: Session,
}

/// The shipped-articles store, built on first use.
#[allow(dead_code)]
pub fn shipped() -> &'static Shipped {
    static F: OnceLock<Shipped> = OnceLock::new();
    F.get_or_init(|| {
        let lex = Lexicon::load(&root().join("data/lexicon")).unwrap();
        let ds = newsgraph::read_and_extract(&[root().join("data/articles")], &lex).unwrap();
        let dir = tempfile::tempdir().unwrap();
        newsgraph::store::ingest(dir.path(), &ds).unwrap();
        let session = Session::new(newsgraph::store::open_read(dir.path()).unwrap(), &lex).unwrap();
        Shipped { _dir: dir, session }
    })
}

/// Copies the shipped lexicon and the gazetteer it includes into `dest` (as
/// `dest/lexicon` and `dest/gazetteer`, so its relative includes resolve) and returns
/// the lexicon directory.
#[allow(dead_code)]
pub fn copy_lexicon(dest: &std::path::Path) -> PathBuf {
    for dir in ["lexicon", "gazetteer"] {
        std::fs::create_dir_all(dest.join(dir)).unwrap();
        for e in std::fs::read_dir(root().join("data").join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() {
                std::fs::copy(&p, dest.join(dir).join(p.file_name().unwrap())).unwrap();
            }
        }
    }
    dest.join("lexicon")
}

/// Runs `cmd` with `input` written to its standard input, and waits for its output.
#[allow(dead_code)]
pub fn with_input(cmd: &mut std::process::Command, input: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}
