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
