//! Bounded queries (issue 14 §3): `sparql` and `ask` stop at `--timeout` with a clear
//! message and a non-zero exit while other processes keep reading the store, and a
//! result over `--max-rows` gives its first rows and says it was cut.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn ng(store: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(root())
        .env_remove("NEWSGRAPH_STORE")
        .env_remove("NEWSGRAPH_LEXICON")
        .arg("--store")
        .arg(store)
        .args(args)
        .output()
        .expect("run newsgraph")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A store of generated articles (more facts than the shipped five).
fn generated() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let store = dir.path().join("store");
    // `gen` reads no store, so it takes no --store.
    let o = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["gen", "--articles", "200", "-o", corpus.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = ng(&store, &["build", corpus.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    (dir, store)
}

/// Every quad with every quad with every quad: far more than a second's work.
const CROSS: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

#[test]
fn a_cross_product_stops_at_the_timeout_while_others_read_the_store() {
    let (_dir, store) = generated();
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(root())
        .arg("--store")
        .arg(&store)
        .args(["sparql", CROSS, "--timeout", "1"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Meanwhile another process reads the same store.
    let other = ng(&store, &["ask", "who denied what?", "--format", "csv"]);
    assert!(other.status.success(), "{}", text(&other.stderr));
    let o = child.wait_with_output().unwrap();
    let took = started.elapsed();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    assert_eq!(
        text(&o.stderr).trim(),
        "error: the query was stopped after the 1-second timeout (--timeout SECS to allow more)"
    );
    assert_eq!(text(&o.stdout), "");
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

#[test]
fn ask_stops_at_the_timeout_or_refuses_a_runaway_join() {
    let (_dir, store) = generated();
    let pattern = "?a ?r ?b and ?c ?s ?d and ?e ?t ?f";
    // Out of time (exit 1), or refused by the row budget (exit 2: change the query).
    let stopped = |o: &Output| {
        let err = text(&o.stderr);
        match o.status.code() {
            Some(1) => err.contains("stopped after the 1-second timeout"),
            Some(2) => err.contains("this query would produce more than"),
            _ => false,
        }
    };
    let o = ng(
        &store,
        &["ask", pattern, "--engine", "sparql", "--timeout", "1"],
    );
    assert!(stopped(&o), "{:?} {}", o.status, text(&o.stderr));
    let o = ng(&store, &["ask", pattern, "--timeout", "1"]);
    assert!(stopped(&o), "{:?} {}", o.status, text(&o.stderr));
}

#[test]
fn results_over_the_cap_give_the_first_rows_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let o = ng(&store, &["build"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = ng(
        &store,
        &[
            "sparql",
            "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s",
            "--format",
            "csv",
            "--max-rows",
            "5",
        ],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout).lines().count(), 6, "{}", text(&o.stdout));
    assert_eq!(
        text(&o.stderr).trim(),
        "note: the result has more than 5 rows; these are the first 5 (--max-rows N to change)"
    );
    let o = ng(
        &store,
        &[
            "ask",
            "which states border Russia?",
            "--format",
            "csv",
            "--max-rows",
            "1",
        ],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout).lines().count(), 2, "{}", text(&o.stdout));
    assert!(
        text(&o.stderr).contains("rows; these are the first 1 (--max-rows N to change)"),
        "{}",
        text(&o.stderr)
    );
    // Under the cap nothing is said.
    let o = ng(&store, &["ask", "which states border Russia?"]);
    assert!(o.status.success());
    assert_eq!(text(&o.stderr), "");
}

#[test]
fn the_repl_stops_a_runaway_query_and_goes_on() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    assert!(ng(&store, &["build"]).status.success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(root())
        .arg("--store")
        .arg(&store)
        .args(["repl", "--timeout", "1"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let script = format!(":sparql {CROSS}\nwho denied what?\n");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let started = Instant::now();
    let o = child.wait_with_output().unwrap();
    assert!(started.elapsed() < Duration::from_secs(20));
    // One line of the script failed; the next was answered.
    assert_eq!(o.status.code(), Some(1));
    let all = format!("{}{}", text(&o.stdout), text(&o.stderr));
    assert!(
        all.contains("the query was stopped after the 1-second timeout"),
        "{all}"
    );
    assert!(text(&o.stdout).contains("Russia"), "{all}");
}
