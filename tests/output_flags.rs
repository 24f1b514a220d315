//! One output flag everywhere: `--format` (with `json` wherever the output is data),
//! `-o FILE` on every command that writes data, conflicting flags refused with a
//! message that says what fits, and `--store` refused where no store is read.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One store of the shipped articles for every test here (only read).
fn store() -> &'static Path {
    static STORE: OnceLock<tempfile::TempDir> = OnceLock::new();
    STORE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let o = ng(dir.path(), &["build", "data/articles"]);
            assert!(o.status.success(), "{}", stderr(&o));
            dir
        })
        .path()
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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(args: &[&str]) -> String {
    let o = ng(store(), args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

/// Runs a command that must be refused: exit 2, one `error:` message containing
/// every needle.
fn refused(args: &[&str], needles: &[&str]) {
    let o = ng(store(), args);
    assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    let err = stderr(&o);
    assert!(err.starts_with("error: "), "{args:?}: {err}");
    for n in needles {
        assert!(err.contains(n), "{args:?}: {n:?} not in {err}");
    }
    assert_eq!(stdout(&o), "", "{args:?}");
}

#[test]
fn json_wherever_output_is_data() {
    let stats: serde_json::Value =
        serde_json::from_str(&ok(&["stats", "--format", "json"])).unwrap();
    assert!(stats.is_object(), "{stats}");
    // The old spelling stays an alias, hidden from --help.
    assert_eq!(ok(&["stats", "--json"]), ok(&["stats", "--format", "json"]));
    assert!(!ok(&["stats", "--help"]).contains("--json"));
    refused(&["stats", "--json", "--format", "table"], &["--json"]);

    let facts: serde_json::Value =
        serde_json::from_str(&ok(&["facts", "--format", "json"])).unwrap();
    let jsonl: Vec<serde_json::Value> = ok(&["facts", "--format", "jsonl"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(facts.as_array().unwrap(), &jsonl);
    assert!(jsonl.len() > 100);
}

#[test]
fn every_command_that_writes_data_takes_an_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [&[&str]; 7] = [
        &["facts", "--format", "csv"],
        &["stats", "--format", "json"],
        &["stats"],
        &[
            "sparql",
            "SELECT ?s WHERE { ?s a ?c } ORDER BY ?s LIMIT 5",
            "--format",
            "csv",
        ],
        &["sparql", "SELECT ?s WHERE { ?s a ?c } ORDER BY ?s LIMIT 5"],
        &["ask", "who closed what?", "--format", "json"],
        &["export", "--format", "ntriples"],
    ];
    for (i, args) in cases.iter().enumerate() {
        let file = dir.path().join(format!("out{i}"));
        let printed = ok(args);
        let mut with_file = args.to_vec();
        with_file.extend(["-o", file.to_str().unwrap()]);
        assert_eq!(ok(&with_file), "", "{args:?} printed with -o");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), printed, "{args:?}");
    }
}

#[test]
fn conflicting_flags_are_errors_that_say_what_fits() {
    let png = std::env::temp_dir().join("newsgraph-never-written.png");
    let png = png.to_str().unwrap();
    refused(
        &[
            "ask",
            "who closed what?",
            "--format",
            "json",
            "--render",
            "png",
            "-o",
            png,
        ],
        &["--render", "--format json", "--format dot"],
    );
    assert!(!Path::new(png).exists());
    refused(
        &[
            "sparql",
            "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1",
            "--format",
            "turtle",
        ],
        &[
            "--format turtle does not fit a SELECT",
            "table, json, xml, csv or tsv",
        ],
    );
    refused(
        &["sparql", "ASK { ?s ?p ?o }", "--format", "ntriples"],
        &["does not fit a ASK"],
    );
    refused(
        &[
            "sparql",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1",
            "--format",
            "csv",
        ],
        &[
            "--format csv does not fit a CONSTRUCT or DESCRIBE",
            "turtle or ntriples",
        ],
    );
    refused(
        &[
            "sparql",
            "DESCRIBE <https://w3id.org/newsgraph/entity/finland>",
            "--format",
            "json",
        ],
        &["does not fit a CONSTRUCT or DESCRIBE"],
    );
    // What fits still works.
    assert!(ok(&[
        "sparql",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1",
        "--format",
        "ntriples"
    ])
    .ends_with(" .\n"));
    assert_eq!(
        ok(&["sparql", "ASK { ?s ?p ?o }", "--format", "csv"]).trim(),
        "true"
    );
}

#[test]
fn commands_that_read_no_store_do_not_offer_one() {
    let gold = root().join("tests/gold/shipped.tsv");
    refused(
        &["eval", "--gold", gold.to_str().unwrap(), "data/articles"],
        &["`newsgraph eval` builds its graph in memory and reads no store; leave out --store"],
    );
    refused(&["completions", "bash"], &["reads no store"]);
    for cmd in ["eval", "gen", "completions", "man"] {
        let help = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args([cmd, "--help"])
            .output()
            .unwrap();
        assert!(help.status.success(), "{cmd} --help: {}", stderr(&help));
        assert!(stdout(&help).contains("Usage: newsgraph"), "{cmd} --help");
        assert!(
            !stdout(&help).contains("--store"),
            "{cmd} --help offers --store"
        );
    }
    let help = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["ask", "--help"])
        .output()
        .unwrap();
    assert!(stdout(&help).contains("--store"));
    // $NEWSGRAPH_STORE, set for every command, is not an error where it is unused.
    let o = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .env("NEWSGRAPH_STORE", store())
        .args(["completions", "bash"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn export_lists_its_formats() {
    let help = ok(&["export", "--help"]);
    for f in [
        "turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml", "dot",
    ] {
        assert!(help.contains(f), "{f} not listed:\n{help}");
    }
    refused(&["export", "--format", "xml"], &["'xml'", "rdfxml"]);
    // Names are read ignoring case, as before.
    assert!(ok(&["export", "--format", "NQuads"]).ends_with(" .\n"));
}

#[test]
fn csv_and_tsv_answers_keep_their_notes_on_stderr() {
    // A search answer says it is one; CSV and TSV have no room for that line, so it goes
    // to stderr and stdout stays a clean table.
    for format in ["csv", "tsv"] {
        let o = ng(store(), &["ask", "zakharova storskog", "--format", format]);
        assert!(o.status.success(), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("note: no question form reads this"),
            "{format}: {err}"
        );
        assert!(!stdout(&o).contains("no question form"), "{format}");
        assert!(stdout(&o).contains("Maria Zakharova"), "{format}");
    }
    // A form's answer with nothing left out has no notes.
    let o = ng(store(), &["ask", "who accused Russia?", "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
}
