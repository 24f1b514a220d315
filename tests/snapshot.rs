//! The graph snapshot beside the store always says what the store says: after a first
//! build, after incremental builds that add, keep and replace articles, and it is gone
//! after a SPARQL update.

use newsgraph::lexicon::Lexicon;
use newsgraph::model::Dataset;
use newsgraph::store;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn extract(paths: &[PathBuf]) -> Dataset {
    let lex = Lexicon::load(&root().join("data/lexicon")).unwrap();
    newsgraph::read_and_extract(paths, &lex).unwrap()
}

fn from_quads(dir: &Path) -> Dataset {
    let rs = store::open_read(dir).unwrap();
    newsgraph::rdf::read_dataset(rs.store()).unwrap()
}

#[track_caller]
fn agree(dir: &Path) {
    let snap = store::read_snapshot(dir).expect("a snapshot after a build");
    assert_eq!(snap, from_quads(dir));
}

#[test]
fn snapshot_follows_every_build() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("s");
    let articles = root().join("data/articles");
    let file = |n: &str| articles.join(n);
    // A first build of two articles, then the rest, then all again.
    store::ingest(
        &dir,
        &extract(&[
            file("000_3931e607eb4e7386.txt"),
            file("001_3de8135fa8f919f3.txt"),
        ]),
    )
    .unwrap();
    agree(&dir);
    store::ingest(&dir, &extract(std::slice::from_ref(&articles))).unwrap();
    agree(&dir);
    store::ingest(&dir, &extract(std::slice::from_ref(&articles))).unwrap();
    agree(&dir);
    // A changed article replaces its facts, in the store and in the snapshot.
    let edited = tmp.path().join("edited");
    std::fs::create_dir(&edited).unwrap();
    std::fs::write(
        edited.join("002_dead42a78e48e8cf.txt"),
        "Norway accused Russia of sending migrants.\n",
    )
    .unwrap();
    store::ingest(&dir, &extract(&[edited])).unwrap();
    agree(&dir);
    // A whole-store build from scratch gives the same snapshot as the same corpus
    // built step by step would from its quads.
    let fresh = tmp.path().join("fresh");
    store::ingest(&fresh, &extract(&[articles])).unwrap();
    assert_eq!(store::read_snapshot(&fresh).unwrap(), from_quads(&fresh));

    // A SPARQL update removes the snapshot; reads fall back to the quads.
    store::with_write(&dir, |st| {
        newsgraph::sparql::update(
            st,
            "DELETE WHERE { ?s <https://w3id.org/newsgraph/ns#borders> ?o }",
        )
    })
    .unwrap()
    .unwrap();
    assert!(store::read_snapshot(&dir).is_none());
    let ds = store::dataset(&dir).unwrap();
    assert_eq!(ds, from_quads(&dir));
}

/// The store's N-Quads, sorted.
fn nquads(dir: &Path) -> Vec<String> {
    let rs = store::open_read(dir).unwrap();
    let mut out = Vec::new();
    store::export(&rs, store::ExportFormat::NQuads, &mut out).unwrap();
    let mut lines: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    lines.sort();
    lines
}

#[test]
fn a_failed_or_empty_update_keeps_the_store_and_its_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("s");
    let ds = extract(&[root().join("data/articles")]);
    store::ingest(&dir, &ds).unwrap();
    let snap = dir.join("graph.snapshot");
    let bytes = std::fs::read(&snap).unwrap();
    let modified = std::fs::metadata(&snap).unwrap().modified().unwrap();
    let quads = nquads(&dir);
    let unchanged = |what: &str| {
        assert_eq!(
            std::fs::read(&snap).unwrap(),
            bytes,
            "{what}: snapshot bytes"
        );
        let now = std::fs::metadata(&snap).unwrap().modified().unwrap();
        assert_eq!(now, modified, "{what}: snapshot rewritten");
        assert_eq!(nquads(&dir), quads, "{what}: quads");
        agree(&dir);
    };

    let update = |text: &str| store::with_write(&dir, |st| newsgraph::sparql::update(st, text));
    let err = update("DELETE WHERE { ?s ?p ").unwrap().unwrap_err();
    assert!(
        matches!(err, newsgraph::sparql::SparqlError::Syntax { .. }),
        "{err}"
    );
    unchanged("a syntax error");
    let err = update("LOAD <file:///nonexistent/x.ttl>")
        .unwrap()
        .unwrap_err();
    assert!(!err.to_string().is_empty());
    unchanged("a LOAD error");
    assert!(!update("LOAD SILENT <file:///nonexistent/x.ttl>")
        .unwrap()
        .unwrap());
    unchanged("LOAD SILENT of a missing file");
    // An update half done when it fails: none of it stays.
    let err = update(
        "DELETE WHERE { ?s <https://w3id.org/newsgraph/ns#accuses> ?o } ; \
         LOAD <file:///nonexistent/x.ttl>",
    )
    .unwrap()
    .unwrap_err();
    assert!(!err.to_string().is_empty());
    unchanged("an update failing after its first operation");
    // Refused: an update where a query was expected, and `--update` on the binary
    // with a syntax error.
    for args in [
        vec!["sparql", "DELETE WHERE { ?s ?p ?o }"],
        vec!["sparql", "--update", "DELETE WHERE { ?s ?p "],
    ] {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .arg("--store")
            .arg(&dir)
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        unchanged(&format!("{args:?}"));
    }

    // The next build of the same articles changes nothing and says it reused the
    // snapshot (rather than rebuilding it from the quads).
    let r = store::ingest(&dir, &ds).unwrap();
    assert!(r.snapshot_reused, "{r:?}");
    unchanged("a no-change build");
}
