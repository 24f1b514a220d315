//! The streaming build (`newsgraph::build`): it writes the same store as extracting
//! everything first, whatever its batch size; it skips unchanged articles without
//! reading them again; and a bad article anywhere, even batches after the first,
//! leaves the store, its snapshot and the directory as they were.

mod common;
use newsgraph::build::{self, BuildReport, Silent};
use newsgraph::lexicon::Lexicon;
use newsgraph::store::{self, ExportFormat};
use std::path::{Path, PathBuf};

fn lexicon() -> Lexicon {
    Lexicon::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/lexicon")).unwrap()
}

/// `n` generated articles (seed `seed`) in `dir`, without the gold file.
fn corpus(lex: &Lexicon, dir: &Path, n: usize, seed: u64) -> PathBuf {
    newsgraph::gen::write_corpus(lex, dir, n, seed).unwrap();
    std::fs::remove_file(dir.join("gold.tsv")).unwrap();
    dir.to_path_buf()
}

/// Renames every file in `dir` with a prefix, so a second generated corpus has ids of
/// its own.
fn prefix_all(dir: &Path, prefix: &str) {
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for p in files {
        let to = p.with_file_name(format!(
            "{prefix}{}",
            p.file_name().unwrap().to_string_lossy()
        ));
        std::fs::rename(&p, to).unwrap();
    }
}

/// The names in a directory, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn nquads(store: &Path) -> Vec<u8> {
    let rs = store::open_read(store).unwrap();
    let mut out = Vec::new();
    store::export(&rs, ExportFormat::NQuads, &mut out).unwrap();
    out
}

/// The snapshot agrees with the quads, and returns the store's dataset.
#[track_caller]
fn consistent(store: &Path) -> newsgraph::model::Dataset {
    let snap = store::read_snapshot(store).expect("a snapshot after a build");
    let rs = store::open_read(store).unwrap();
    let quads = newsgraph::rdf::read_dataset(rs.store()).unwrap();
    assert_eq!(snap, quads, "snapshot and quads disagree");
    snap
}

fn build_in(store: &Path, paths: &[PathBuf], lex: &Lexicon, batch: usize) -> BuildReport {
    build::build_in_batches(store, paths, lex, &Silent, batch).unwrap()
}

#[test]
fn streaming_writes_what_extracting_everything_first_writes() {
    let lex = lexicon();
    let tmp = tempfile::tempdir().unwrap();
    // Enough quads (about 80 an article) for oxigraph's bulk loader to take several
    // batches, so batches sorted by different threads must merge into one store.
    let articles = corpus(&lex, &tmp.path().join("corpus"), 3500, 7);

    let whole = tmp.path().join("whole");
    let ds = newsgraph::read_and_extract(std::slice::from_ref(&articles), &lex).unwrap();
    store::ingest(&whole, &ds).unwrap();

    let streamed = tmp.path().join("streamed");
    let r = build_in(&streamed, std::slice::from_ref(&articles), &lex, 97);
    assert_eq!(r.articles, 3500);
    assert_eq!(
        (r.store.added, r.store.replaced, r.store.unchanged),
        (3500, 0, 0)
    );
    assert_eq!(r.facts_extracted, ds.facts.len());
    assert_eq!(r.store.totals.unwrap().facts, ds.facts.len());
    assert_eq!(r.store.totals.unwrap().entities, ds.entities.len());
    assert!(
        r.store.quads_written > 256_000,
        "{} quads",
        r.store.quads_written
    );

    assert_eq!(nquads(&streamed), nquads(&whole));
    assert_eq!(consistent(&streamed), ds);
    assert_eq!(consistent(&whole), ds);
}

#[test]
fn adding_articles_reads_only_the_new_ones() {
    let lex = lexicon();
    let tmp = tempfile::tempdir().unwrap();
    let first = corpus(&lex, &tmp.path().join("first"), 300, 1);
    let store_dir = tmp.path().join("s");
    let r = build_in(&store_dir, std::slice::from_ref(&first), &lex, 64);
    assert_eq!(r.store.added, 300);

    // Ten more articles, in a folder of their own (another seed, other names).
    let more = corpus(&lex, &tmp.path().join("more"), 10, 2);
    prefix_all(&more, "new_");
    let extracted_alone = newsgraph::read_and_extract(std::slice::from_ref(&more), &lex)
        .unwrap()
        .facts
        .len();

    // Building both folders reads only the ten new ones.
    let r = build_in(&store_dir, &[first.clone(), more.clone()], &lex, 64);
    assert_eq!(r.articles, 310);
    assert_eq!(
        (r.store.added, r.store.replaced, r.store.unchanged),
        (10, 0, 300)
    );
    assert_eq!(r.facts_extracted, extracted_alone);
    let stepwise = consistent(&store_dir);
    assert_eq!(stepwise.docs.len(), 310);

    // The same as building all 310 at once.
    let at_once = tmp.path().join("at-once");
    build_in(&at_once, &[first.clone(), more.clone()], &lex, 1024);
    assert_eq!(nquads(&store_dir), nquads(&at_once));

    // Building again changes nothing and reads nothing.
    let before = nquads(&store_dir);
    let r = build_in(&store_dir, &[first, more], &lex, 64);
    assert_eq!(
        (r.store.added, r.store.replaced, r.store.unchanged),
        (0, 0, 310)
    );
    assert_eq!((r.facts_extracted, r.store.quads_written), (0, 0));
    assert_eq!(r.store.totals.unwrap().documents, 310);
    assert_eq!(nquads(&store_dir), before);
    assert_eq!(consistent(&store_dir), stepwise);
}

#[test]
fn a_bad_article_batches_later_loses_nothing() {
    let lex = lexicon();
    let tmp = tempfile::tempdir().unwrap();
    let articles = corpus(&lex, &tmp.path().join("corpus"), 200, 3);
    // Sorted by id, `zz_bad` comes last: every batch before it is read and written.
    std::fs::write(
        articles.join("zz_bad.txt"),
        b"Finland closed Vaalimaa.\n\xff",
    )
    .unwrap();

    // A first build: no store is left behind.
    let fresh = tmp.path().join("fresh");
    let err = build::build_in_batches(&fresh, std::slice::from_ref(&articles), &lex, &Silent, 16)
        .unwrap_err();
    assert!(
        err.to_string().contains("zz_bad.txt: not valid UTF-8"),
        "{err}"
    );
    assert!(
        !fresh.exists(),
        "a failed first build left {}",
        fresh.display()
    );

    // An update: store and snapshot exactly as they were, no temporary file left.
    let good = tmp.path().join("good");
    corpus(&lex, &good, 5, 4);
    let built = tmp.path().join("built");
    build_in(&built, &[good], &lex, 16);
    let before = nquads(&built);
    let snapshot = std::fs::read(built.join("graph.snapshot")).unwrap();
    let before_listing = listing(&built);
    let err = build::build_in_batches(&built, &[articles], &lex, &Silent, 16).unwrap_err();
    assert!(err.to_string().contains("zz_bad.txt"), "{err}");
    assert_eq!(nquads(&built), before);
    assert_eq!(
        std::fs::read(built.join("graph.snapshot")).unwrap(),
        snapshot
    );
    assert_eq!(listing(&built), before_listing);
}

#[test]
fn a_build_after_a_sparql_update_brings_the_snapshot_back() {
    let lex = lexicon();
    let tmp = tempfile::tempdir().unwrap();
    let articles = corpus(&lex, &tmp.path().join("corpus"), 40, 5);
    let dir = tmp.path().join("s");
    build_in(&dir, std::slice::from_ref(&articles), &lex, 16);
    store::with_write(&dir, |st| {
        newsgraph::sparql::update(
            st,
            "DELETE WHERE { ?s <https://w3id.org/newsgraph/ns#closes> ?o }",
        )
    })
    .unwrap()
    .unwrap();
    assert!(store::read_snapshot(&dir).is_none());
    // One new article: the kept ones come from the quads, and the snapshot is back.
    let one = tmp.path().join("one");
    std::fs::create_dir(&one).unwrap();
    std::fs::write(
        one.join("extra.txt"),
        "Estonia accused Russia of a hybrid attack.\n",
    )
    .unwrap();
    let r = build_in(&dir, &[one], &lex, 16);
    assert_eq!(r.store.added, 1);
    assert_eq!(consistent(&dir).docs.len(), 41);
}

#[test]
fn a_large_update_writes_a_copy_and_swaps_it_in() {
    let lex = lexicon();
    let tmp = tempfile::tempdir().unwrap();
    let corpus_dir = corpus(&lex, &tmp.path().join("corpus"), 60, 8);
    let dir = tmp.path().join("s");
    build_in(&dir, std::slice::from_ref(&corpus_dir), &lex, 64);

    // More new articles than one transaction takes, and two changed ones.
    let more = corpus(&lex, &tmp.path().join("more"), store::IN_PLACE_MAX + 100, 9);
    prefix_all(&more, "more_");
    for name in &listing(&corpus_dir)[..2] {
        let text = "Latvia accused Belarus of a hybrid attack.\n";
        std::fs::write(corpus_dir.join(name), text).unwrap();
    }

    let paths = [corpus_dir.clone(), more.clone()];
    let r = build_in(&dir, &paths, &lex, 64);
    assert_eq!(
        (r.store.added, r.store.replaced, r.store.unchanged),
        (store::IN_PLACE_MAX + 100, 2, 58)
    );
    // Only the database, its lock and its snapshot are left: no copy, no old store.
    assert_eq!(listing(&dir), ["data", "graph.snapshot", "newsgraph.lock"]);

    let fresh = tmp.path().join("fresh");
    build_in(&fresh, &paths, &lex, 1024);
    assert_eq!(nquads(&dir), nquads(&fresh));
    assert_eq!(consistent(&dir), consistent(&fresh));
}

/// A copy of the lexicon with one more alias: another fingerprint, so every article
/// it reads is read again.
fn changed_lexicon(tmp: &Path) -> Lexicon {
    let lex_dir = common::copy_lexicon(tmp);
    let entities = lex_dir.join("entities.toml");
    let text = std::fs::read_to_string(&entities).unwrap();
    let edited = text.replacen(
        "aliases = [\"Republic of Finland\", \"Suomi\"]",
        "aliases = [\"Republic of Finland\", \"Suomi\", \"Finnland\"]",
        1,
    );
    assert_ne!(
        edited, text,
        "the lexicon no longer has the line this test edits"
    );
    std::fs::write(&entities, edited).unwrap();
    Lexicon::load(&lex_dir).unwrap()
}

#[test]
fn a_lexicon_change_rewrites_into_a_new_database() {
    let lex = lexicon();
    let tmp = tempfile::tempdir().unwrap();
    let n = store::IN_PLACE_MAX + 50;
    let reread = corpus(&lex, &tmp.path().join("reread"), n, 10);
    let kept = tmp.path().join("kept");
    std::fs::create_dir(&kept).unwrap();
    std::fs::write(
        kept.join("kept_a.txt"),
        "Finland closed Vaalimaa on Monday.\n",
    )
    .unwrap();
    std::fs::write(
        kept.join("kept_b.txt"),
        "Estonia accused Russia of a hybrid attack.\n",
    )
    .unwrap();
    let lex2 = changed_lexicon(&tmp.path().join("lex2"));
    assert_ne!(lex.fingerprint(), lex2.fingerprint());

    // Most stored articles are read again with the new lexicon, two are kept.
    let dir = tmp.path().join("s");
    build_in(&dir, &[kept.clone(), reread.clone()], &lex, 256);
    let r = build_in(&dir, std::slice::from_ref(&reread), &lex2, 256);
    assert_eq!(
        (r.store.added, r.store.replaced, r.store.unchanged),
        (0, n, 0)
    );
    assert_eq!(r.store.totals.unwrap().documents, n + 2);

    // The same store as the kept articles read with the old lexicon, then the rest
    // added with the new one (which takes the copy-of-the-store path).
    let reference = tmp.path().join("reference");
    build_in(&reference, std::slice::from_ref(&kept), &lex, 256);
    let r = build_in(&reference, std::slice::from_ref(&reread), &lex2, 256);
    assert_eq!((r.store.added, r.store.replaced), (n, 0));
    assert_eq!(nquads(&dir), nquads(&reference));
    assert_eq!(consistent(&dir), consistent(&reference));
}

#[test]
fn a_description_that_only_shrinks_reaches_the_snapshot() {
    let lex = lexicon();
    let tmp = tempfile::tempdir().unwrap();
    let articles = corpus(&lex, &tmp.path().join("corpus"), 20, 11);
    let ds = newsgraph::read_and_extract(std::slice::from_ref(&articles), &lex).unwrap();
    let dir = tmp.path().join("s");
    store::ingest(&dir, &ds).unwrap();
    // Every article unchanged, one entity with an alias fewer.
    let mut fewer = ds.clone();
    let e = fewer
        .entities
        .values_mut()
        .find(|e| !e.aliases.is_empty())
        .expect("an entity with aliases");
    e.aliases.pop();
    let r = store::ingest(&dir, &fewer).unwrap();
    assert_eq!((r.added, r.replaced, r.unchanged), (0, 0, 20));
    assert_eq!(consistent(&dir), fewer);
}

#[test]
fn a_store_an_update_left_unreadable_still_builds() {
    let lex = lexicon();
    let tmp = tempfile::tempdir().unwrap();
    let articles = corpus(&lex, &tmp.path().join("corpus"), 10, 12);
    let dir = tmp.path().join("s");
    build_in(&dir, std::slice::from_ref(&articles), &lex, 16);
    // A fact node without a modality: the quads no longer read back as a dataset.
    store::with_write(&dir, |st| {
        newsgraph::sparql::update(
            st,
            "INSERT DATA { GRAPH <https://w3id.org/newsgraph/doc/gen_000000> { \
             <https://w3id.org/newsgraph/doc/gen_000000/fact/odd> \
             <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> \
             <https://w3id.org/newsgraph/entity/finland> ; \
             <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> \
             <https://w3id.org/newsgraph/ns#closes> } }",
        )
    })
    .unwrap()
    .unwrap();
    let one = tmp.path().join("one");
    std::fs::create_dir(&one).unwrap();
    std::fs::write(
        one.join("extra.txt"),
        "Estonia accused Russia of a hybrid attack.\n",
    )
    .unwrap();
    let r = build_in(&dir, &[one], &lex, 16);
    assert_eq!(r.store.added, 1);
    assert_eq!(r.store.totals, None, "no snapshot could be made");
    assert!(store::read_snapshot(&dir).is_none());
    assert_eq!(listing(&dir), ["data", "newsgraph.lock"]);
}
