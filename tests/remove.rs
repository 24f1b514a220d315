//! Articles in and out of the store from the command line: `build -`, `build FILE
//! --title …`, `remove DOC…`, `build --prune`, and files that differ only by their
//! extension. Each removal must leave exactly what a fresh build of the articles
//! that remain gives (sorted N-Quads, byte for byte), and each refused command the
//! store exactly as it was.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `newsgraph --store STORE ARGS…` in the repository, with `input` on stdin.
fn ng_in(store: &Path, args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(root())
        .env_remove("NEWSGRAPH_STORE")
        .env_remove("NEWSGRAPH_LEXICON")
        .arg("--store")
        .arg(store)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run newsgraph");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn ng(store: &Path, args: &[&str]) -> Output {
    ng_in(store, args, b"")
}

/// [`ng`] with every write taking the side-copy path (a new database loaded beside
/// the store), as a removal of more than `store::IN_PLACE_MAX` articles does.
fn ng_side_copy(store: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(root())
        .env_remove("NEWSGRAPH_STORE")
        .env_remove("NEWSGRAPH_LEXICON")
        .env("NEWSGRAPH_IN_PLACE_MAX", "0")
        .arg("--store")
        .arg(store)
        .args(args)
        .output()
        .expect("run newsgraph")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    stdout(&o)
}

/// The store's N-Quads, sorted.
fn nquads(store: &Path) -> String {
    let out = ok(ng(store, &["export", "--format", "nquads"]));
    let mut lines: Vec<&str> = out.lines().collect();
    lines.sort_unstable();
    lines.join("\n")
}

/// Every file of the store directory with its bytes (RocksDB's info logs aside, which
/// any opening may append to).
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if p.is_dir() {
                todo.push(p);
            } else if !name.starts_with("LOG") {
                out.insert(
                    p.strip_prefix(dir).unwrap().to_owned(),
                    std::fs::read(&p).unwrap(),
                );
            }
        }
    }
    out
}

/// The shipped articles but `skip`, with the manifest, in a new folder.
fn articles_without(dir: &Path, skip: &str) -> PathBuf {
    let to = dir.join(format!("without-{skip}"));
    std::fs::create_dir_all(&to).unwrap();
    for e in std::fs::read_dir(root().join("data/articles")).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with(skip) {
            std::fs::copy(&p, to.join(&name)).unwrap();
        }
    }
    to
}

const GONE: &str = "002_dead42a78e48e8cf";

/// Sorted N-Quads of a fresh build of the shipped articles but [`GONE`].
fn fresh_without(dir: &Path) -> String {
    let four = articles_without(dir, GONE);
    let store = dir.join("fresh");
    ok(ng(&store, &["build", &four.to_string_lossy()]));
    nquads(&store)
}

#[test]
fn removing_an_article_leaves_what_a_build_without_it_gives() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    ok(ng(&store, &["build", "data/articles"]));
    let before = nquads(&store);
    assert!(before.contains(&format!("/doc/{GONE}>")));

    let out = ok(ng(&store, &["remove", GONE]));
    assert!(
        out.starts_with("removed 1 article") && out.contains("the store has 4 articles"),
        "{out}"
    );
    let after = nquads(&store);
    // Its named graph and its facts are gone…
    assert!(!after.contains(&format!("/doc/{GONE}")), "{after}");
    let facts = ok(ng(&store, &["facts", "--format", "jsonl"]));
    assert!(!facts.contains(GONE) && !facts.is_empty());
    // …and the store is what a fresh build of the other four gives, entities included.
    assert_eq!(after, fresh_without(dir.path()));

    // Building the article again brings it back as it was.
    ok(ng(&store, &["build", "data/articles"]));
    assert_eq!(nquads(&store), before);
}

#[test]
fn large_removals_through_a_new_database_leave_the_same_store() {
    let dir = tempfile::tempdir().unwrap();
    // Most articles kept: a hard-linked copy with the graph cleared.
    let store = dir.path().join("s");
    ok(ng(&store, &["build", "data/articles"]));
    let out = ok(ng_side_copy(&store, &["remove", GONE]));
    assert!(out.contains("the store has 4 articles"), "{out}");
    assert_eq!(nquads(&store), fresh_without(dir.path()));
    // Most articles removed: a fresh database with the one kept graph copied over.
    let store = dir.path().join("t");
    ok(ng(&store, &["build", "data/articles"]));
    let out = ok(ng_side_copy(
        &store,
        &["remove", "000", "001", "003", "004"],
    ));
    assert!(
        out.contains("removed 4 articles") && out.contains("the store has 1 articles"),
        "{out}"
    );
    let only = dir.path().join("only");
    ok(ng(&only, &["build", &format!("data/articles/{GONE}.txt")]));
    assert_eq!(nquads(&store), nquads(&only));
    // A query after it reads the new snapshot: only the kept article's facts.
    let facts = ok(ng(&store, &["facts", "--format", "jsonl"]));
    assert!(facts.lines().all(|l| l.contains(GONE)) && !facts.is_empty());
}

#[test]
fn a_prefix_names_one_article() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    ok(ng(&store, &["build", "data/articles"]));
    let out = ok(ng(&store, &["remove", "002"]));
    assert!(out.contains("removed 1 article"), "{out}");
    assert_eq!(nquads(&store), fresh_without(dir.path()));
    // A prefix of several is refused, naming them.
    let o = ng(&store, &["remove", "00"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("could be any of 000_3931e607eb4e7386"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_unknown_id_removes_nothing_and_suggests_the_nearest() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    ok(ng(&store, &["build", "data/articles"]));
    let before = tree(&store);
    // One known id and one typo: neither is removed.
    let o = ng(
        &store,
        &["remove", "001_3de8135fa8f919f3", "003_47f9d02eb29963b5"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: store ")
            && err.contains(
                "has no article \"003_47f9d02eb29963b5\"; did you mean 003_47f9d02eb29963b4"
            ),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(before == tree(&store), "the store changed");
    // An id like none says how to list them.
    let o = ng(&store, &["remove", "zzz"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("it has 5"), "{}", stderr(&o));
    assert!(before == tree(&store), "the store changed");
}

#[test]
fn prune_removes_what_is_no_longer_given_in_the_same_write() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    ok(ng(&store, &["build", "data/articles"]));
    let four = articles_without(dir.path(), GONE);
    // Without --prune the article stays.
    let out = ok(ng(&store, &["build", &four.to_string_lossy()]));
    assert!(
        out.contains("4 unchanged)") && out.contains("5 articles,"),
        "{out}"
    );
    let out = ok(ng(&store, &["build", "--prune", &four.to_string_lossy()]));
    assert!(
        out.contains("(0 new, 0 replaced, 4 unchanged, 1 removed)"),
        "{out}"
    );
    assert!(out.contains("the store has 4 articles"), "{out}");
    assert_eq!(nquads(&store), fresh_without(dir.path()));
}

#[test]
fn an_article_from_stdin_gets_a_deterministic_id_and_its_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let text = std::fs::read(root().join("data/articles/002_dead42a78e48e8cf.txt")).unwrap();
    let out = ok(ng_in(
        &store,
        &[
            "build",
            "-",
            "--title",
            "Norway may close Storskog",
            "--date",
            "2023-11-22",
            "--publisher",
            "NRK",
            "--url",
            "https://example.org/a",
        ],
        &text,
    ));
    assert!(out.contains("1 articles (1 new"), "{out}");
    let quads = nquads(&store);
    let doc = "<https://w3id.org/newsgraph/doc/norway-may-close-storskog>";
    for needle in [
        format!("{doc} <https://schema.org/headline> \"Norway may close Storskog\" {doc} ."),
        format!("{doc} <https://schema.org/publisher> \"NRK\" {doc} ."),
        format!("{doc} <https://schema.org/datePublished> \"2023-11-22\"^^<http://www.w3.org/2001/XMLSchema#date> {doc} ."),
        format!("{doc} <https://schema.org/url> \"https://example.org/a\" {doc} ."),
    ] {
        assert!(quads.contains(&needle), "{needle} not in\n{quads}");
    }
    // No title: the id is the content's hash, the same every time.
    let other = dir.path().join("t");
    ok(ng_in(
        &other,
        &["build", "-", "--input-format", "md"],
        b"# Finland closes Vaalimaa\n\nFinland closed Vaalimaa on Friday.\n",
    ));
    let first = nquads(&other);
    assert!(first.contains("/doc/"), "{first}");
    let again = dir.path().join("u");
    ok(ng_in(
        &again,
        &["build", "-", "--input-format", "md"],
        b"# Finland closes Vaalimaa\n\nFinland closed Vaalimaa on Friday.\n",
    ));
    assert_eq!(first, nquads(&again));
    // The Markdown was read as Markdown: the headline is marked.
    assert!(
        first.contains(
            "<https://w3id.org/newsgraph/ns#section> <https://w3id.org/newsgraph/ns#headline>"
        ),
        "{first}"
    );
}

#[test]
fn metadata_on_the_command_line_overrides_and_updates_the_stored_article() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let file = "data/articles/004_0935c68e9fdc0445.txt";
    ok(ng(&store, &["build", file]));
    let out = ok(ng(
        &store,
        &["build", file, "--title", "A new title", "--date", "2024-01"],
    ));
    // Same text, new metadata: the article is written again.
    assert!(out.contains("(0 new, 1 replaced, 0 unchanged)"), "{out}");
    let quads = nquads(&store);
    assert!(quads.contains("\"A new title\""), "{quads}");
    assert!(
        quads.contains("\"2024-01\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"),
        "{quads}"
    );
}

#[test]
fn bad_metadata_and_misplaced_flags_are_refused_before_the_store_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    ok(ng(&store, &["build", "data/articles"]));
    let before = tree(&store);
    let file = "data/articles/004_0935c68e9fdc0445.txt";
    let cases: [(&[&str], &str); 5] = [
        (&["build", file, "--date", "2023-11-31"], "2023-11-31"),
        (
            &["build", file, "--date", "22/11/2023"],
            "expected YYYY-MM-DD",
        ),
        (
            &["build", "data/articles", "--title", "T"],
            "describe one article",
        ),
        (
            &["build", file, "--input-format", "md"],
            "--input-format goes with `-`",
        ),
        (&["build", "-", file], "must be the only PATH"),
    ];
    for (args, needle) in cases {
        let o = ng(&store, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(needle), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).starts_with("error: "), "{}", stderr(&o));
        assert!(before == tree(&store), "the store changed after {args:?}");
    }
    let o = ng(&store, &["build", file, "--date", "2023-11-31"]);
    assert!(
        stderr(&o).contains("day 31 is not 1–30 in 2023-11"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn files_differing_only_by_extension_are_two_articles() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(
        corpus.join("a.md"),
        "# Finland closes Vaalimaa\n\nFinland closed Vaalimaa.\n",
    )
    .unwrap();
    std::fs::write(
        corpus.join("a.html"),
        "<h1>Norway may close Storskog</h1><p>Norway may close Storskog.</p>",
    )
    .unwrap();
    std::fs::write(corpus.join("b.txt"), "Estonia closed Narva.\n").unwrap();
    let store = dir.path().join("s");
    let out = ok(ng(&store, &["build", &corpus.to_string_lossy()]));
    assert!(out.contains("3 articles (3 new"), "{out}");
    let quads = nquads(&store);
    for id in ["a.html", "a.md", "b"] {
        let graph = format!("<https://w3id.org/newsgraph/doc/{id}> .");
        assert!(quads.contains(&graph), "no graph {id}:\n{quads}");
    }
    // The ids are the same on every build, and each file is its own article.
    let out = ok(ng(&store, &["build", &corpus.to_string_lossy()]));
    assert!(out.contains("3 unchanged"), "{out}");
    let out = ok(ng(&store, &["remove", "a.md"]));
    assert!(out.contains("the store has 2 articles"), "{out}");
}
