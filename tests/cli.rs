//! The built binary, run as a user would: builds, exports, and every kind of bad
//! input named in the build issue (clear one-line error naming the file, non-zero
//! exit, store left exactly as it was).

mod common;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn nquads(store: &Path) -> String {
    let o = ng(store, &["export", "--format", "nquads"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut lines: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    lines.sort();
    lines.join("\n")
}

fn built() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let o = ng(&dir.path().join("s"), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("5 articles (5 new"), "{}", stdout(&o));
    // Not a terminal: no progress bar, nothing on stderr.
    assert_eq!(stderr(&o), "");
    dir
}

#[test]
fn a_build_on_a_terminal_shows_its_progress() {
    use expectrl::Expect;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    // `gen` reads no store, so it takes no --store.
    let o = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(["gen", "--articles", "4000", "--seed", "3", "-o"])
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let mut c = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    c.current_dir(root())
        .env_remove("NEWSGRAPH_STORE")
        .env("TERM", "xterm")
        .arg("--store")
        .arg(dir.path().join("s"))
        .arg("build")
        .arg(&corpus);
    let mut p = expectrl::Session::spawn(c).unwrap();
    p.set_expect_timeout(Some(std::time::Duration::from_secs(120)));
    // The bar counts articles against the total, with facts and the time left.
    for needle in ["/4000 articles", " facts", "ETA", "built "] {
        if let Err(e) = p.expect(needle) {
            panic!("expected {needle:?} from a build on a terminal: {e}");
        }
    }
    p.expect("4000 articles (4000 new, 0 replaced, 0 unchanged)")
        .unwrap();
}

#[test]
fn build_then_facts_and_stats() {
    let dir = built();
    let store = dir.path().join("s");
    let o = ng(&store, &["facts", "--format", "jsonl"]);
    assert!(o.status.success());
    let first: serde_json::Value =
        serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    for key in [
        "doc",
        "subject",
        "relation",
        "object",
        "claim",
        "modality",
        "date",
        "attribution",
        "evidence",
    ] {
        assert!(first.get(key).is_some(), "missing {key} in {first}");
    }
    for key in ["id", "label", "type"] {
        assert!(first["subject"].get(key).is_some());
    }
    for key in ["sentence", "start", "end"] {
        assert!(first["evidence"].get(key).is_some());
    }
    let o = ng(&store, &["stats"]);
    assert!(stdout(&o).contains("accuses"), "{}", stdout(&o));
    let o = ng(&store, &["facts", "--format", "csv"]);
    assert!(stdout(&o).starts_with("doc,subject,relation,object,claim"));
}

#[test]
fn builds_are_deterministic_and_idempotent() {
    let a = built();
    let b = built();
    let (sa, sb) = (a.path().join("s"), b.path().join("s"));
    let before = nquads(&sa);
    assert_eq!(before, nquads(&sb));
    let o = ng(&sa, &["build"]);
    assert!(
        stdout(&o).contains("0 new, 0 replaced, 5 unchanged"),
        "{}",
        stdout(&o)
    );
    assert_eq!(before, nquads(&sa));
}

#[test]
fn reading_a_missing_store_builds_nothing_and_says_how_to_build_it() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh");
    let how = format!("newsgraph build --store {} [ARTICLES]", fresh.display());
    for args in [
        vec!["stats"],
        vec!["ask", "who accused Russia of what?"],
        vec!["sparql", "SELECT * WHERE { ?s ?p ?o }"],
        vec!["export", "--format", "nquads"],
        vec!["facts"],
    ] {
        // In the checkout, which has data/articles: still no build of a named store.
        let o = ng(&fresh, &args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("error: there is no store in "), "{err}");
        assert!(err.contains(&how), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!fresh.exists(), "{args:?} created {}", fresh.display());
    }
}

#[test]
fn the_first_run_builds_only_the_default_store_and_only_from_a_clean_start() {
    let cwd = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let cwd = cwd.path();
    std::fs::create_dir(cwd.join("data")).unwrap();
    std::os::unix::fs::symlink(root().join("data/articles"), cwd.join("data/articles")).unwrap();
    let store = cwd.join(".newsgraph");

    // A first build was killed part-way: readers say so and build nothing.
    std::fs::create_dir_all(store.join("data.partial-12345/junk")).unwrap();
    std::fs::write(store.join("newsgraph.lock"), "").unwrap();
    let o = ng_in(cwd, home.path(), &["stats"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("first build was interrupted"), "{err}");
    assert!(err.contains("newsgraph build --store .newsgraph"), "{err}");
    assert!(!store.join("data").exists());

    // A first build is running: readers say whose and build nothing.
    std::fs::remove_dir_all(store.join("data.partial-12345")).unwrap();
    let lock = std::fs::File::open(store.join("newsgraph.lock")).unwrap();
    lock.try_lock().unwrap();
    std::fs::write(
        store.join("newsgraph.lock"),
        "pid 777, started now, command newsgraph build",
    )
    .unwrap();
    let o = ng_in(cwd, home.path(), &["stats"]);
    let err = stderr(&o);
    assert!(!o.status.success());
    assert!(
        err.contains("being built") && err.contains("pid 777"),
        "{err}"
    );
    assert!(!store.join("data").exists());
    drop(lock);

    // A clean start: the default store is built from data/articles, saying so.
    let o = ng_in(cwd, home.path(), &["stats"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("building it from data/articles"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).starts_with("5 articles"), "{}", stdout(&o));
}

/// Runs a build that must fail, and checks the message and that the store is unchanged.
#[track_caller]
fn bad_build(args: &[&str], expect_in_message: &str) {
    let dir = built();
    let store = dir.path().join("s");
    let before = nquads(&store);
    let o = ng(&store, args);
    let err = stderr(&o);
    assert!(!o.status.success(), "should fail: {args:?}");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err.contains(expect_in_message),
        "expected {expect_in_message:?} in {err:?}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err:?}");
    assert!(!err.contains("panicked"));
    assert_eq!(before, nquads(&store), "store changed after {args:?}");
}

#[test]
fn bad_inputs_are_refused_and_lose_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let p = |name: &str| tmp.path().join(name);
    let s = |path: PathBuf| path.to_string_lossy().into_owned();

    bad_build(
        &["build", &s(p("nope.txt"))],
        "nope.txt: no such file or directory",
    );

    std::fs::create_dir(p("empty-dir")).unwrap();
    std::fs::write(p("empty-dir/notes.csv"), "a,b").unwrap();
    bad_build(
        &["build", &s(p("empty-dir"))],
        "empty-dir: no articles here",
    );

    std::fs::write(p("binary.txt"), b"\x7fELF\0\0\x01").unwrap();
    bad_build(&["build", &s(p("binary.txt"))], "binary.txt: binary file");

    std::fs::write(
        p("latin1.txt"),
        b"Helsinki accuses Moscow.\nH\xe4kk\xe4nen said.",
    )
    .unwrap();
    bad_build(
        &["build", &s(p("latin1.txt"))],
        "latin1.txt: not valid UTF-8 at line 2",
    );

    std::fs::write(p("empty.txt"), "  \n").unwrap();
    bad_build(
        &["build", &s(p("empty.txt"))],
        "empty.txt: the file is empty",
    );

    let big = "Finland closes its border with Russia. ".repeat(50 * 1024 * 1024 / 39);
    std::fs::write(p("huge.txt"), big).unwrap();
    bad_build(&["build", &s(p("huge.txt"))], "huge.txt: ");

    // A good article next to a bad one: nothing is written.
    std::fs::create_dir(p("mixed")).unwrap();
    std::fs::write(
        p("mixed/good.txt"),
        "Estonia accused Russia of a hybrid attack.",
    )
    .unwrap();
    std::fs::write(p("mixed/bad.txt"), b"\xff\xfe").unwrap();
    bad_build(&["build", &s(p("mixed"))], "bad.txt: not valid UTF-8");

    // A malformed lexicon names file, line and column.
    let lex = common::copy_lexicon(&p(""));
    std::fs::write(
        lex.join("roles.toml"),
        "titles = [\"President\"\ngroups = []\n",
    )
    .unwrap();
    bad_build(&["build", "--lexicon", &s(lex.clone())], "roles.toml:2:1");
}

#[test]
fn a_reader_does_not_hold_up_a_build() {
    let dir = built();
    let store = dir.path().join("s");
    // A reader in this process holds the store, as a REPL would.
    let reader = newsgraph::store::open_read(&store).unwrap();
    let before = newsgraph::store::read_all(&reader).unwrap().docs.len();
    let one = dir.path().join("one.txt");
    std::fs::write(&one, "Estonia accused Russia of a hybrid attack.\n").unwrap();
    let o = ng(&store, &["build", one.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 new"), "{}", stdout(&o));
    // The reader keeps the version it opened; new readers see the new one.
    assert_eq!(
        newsgraph::store::read_all(&reader).unwrap().docs.len(),
        before
    );
    let o = ng(&store, &["stats"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with(&format!("{} articles", before + 1)),
        "{}",
        stdout(&o)
    );
    drop(reader);
    // Building the same again changes nothing and keeps the snapshot.
    let o = ng(&store, &["build", one.to_str().unwrap()]);
    assert!(
        stdout(&o).contains("nothing changed, snapshot reused"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn every_command_has_help_with_an_example() {
    for cmd in ["build", "facts", "export", "stats", "ask"] {
        let o = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args([cmd, "--help"])
            .output()
            .unwrap();
        assert!(o.status.success());
        assert!(
            stdout(&o).contains("Example"),
            "{cmd} --help has no example"
        );
    }
}

#[test]
fn ask_answers_and_reports_errors_with_a_caret() {
    let dir = built();
    let store = dir.path().join("s");
    let o = ng(&store, &["ask", "who accused Russia of what?"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Lauri Laanemets"), "{}", stdout(&o));
    let o = ng(&store, &["ask", "who may close what?", "--sources"]);
    assert!(stdout(&o).contains("    [000] \""), "{}", stdout(&o));
    // "why": the yes-or-no answer with its sentences, unasked, since the reason (the
    // graph keeps none) can only be in them.
    let o = ng(&store, &["ask", "why did Moscow close Storskog?"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("answer"), "{out}");
    assert!(
        out.contains("yes") && out.contains("\"security reasons,\""),
        "{out}"
    );
    assert!(out.contains("keeps no reasons"), "{out}");
    let o = ng(
        &store,
        &[
            "ask",
            "who denied what?",
            "--format",
            "json",
            "--engine",
            "sparql",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["rows"][0]["who"]["label"], "Russia");
    assert!(v["rows"][0]["sources"][0]["sentence"].is_string());
    let o = ng(&store, &["ask", "?x acuses Russia"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean accuses"));
    assert!(stderr(&o).contains("     ^^^^^^"), "{}", stderr(&o));
    // A name no list knows is an error; one the lexicon knows but no article names
    // ("Atlantis", a town the gazetteer lists) has no answers, and says why.
    let o = ng(&store, &["ask", "who closed Qwertzuiop?"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no entity \"Qwertzuiop\""),
        "{}",
        stderr(&o)
    );
    let o = ng(&store, &["ask", "who closed Atlantis?"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("no fact in this store is about “Atlantis”"),
        "{}",
        stdout(&o)
    );
    // No answers, and why: the names are there under another type.
    let o = ng(&store, &["ask", "?x accuses ?y where ?y is Person"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("no answers\n"), "{}", stdout(&o));
    assert!(stdout(&o).contains("of other types: "), "{}", stdout(&o));
    // --explain goes to stderr, so the answer on stdout stays JSON.
    let o = ng(
        &store,
        &[
            "ask",
            "--explain",
            "--format",
            "json",
            "count ?x accuses Russia",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["rows"][0]["count"].is_u64(), "{v}");
    let err = stderr(&o);
    assert!(
        err.contains("-- form\npattern") && err.contains("-- plan\n1. ?x accuses Russia"),
        "{err}"
    );
    assert!(
        err.contains("PREFIX ng: <https://w3id.org/newsgraph/ns#>")
            && err.contains("rdf:predicate ng:accuses"),
        "{err}"
    );
    // Bad dates and unknown articles are errors, not empty answers.
    let o = ng(&store, &["ask", "who closed what after 2023-11-32?"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no such date 2023-11-32: day 32 is not 1–30"),
        "{}",
        stderr(&o)
    );
    let o = ng(&store, &["ask", "?x closes ?c in 9"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no article id starts with \"9\""),
        "{}",
        stderr(&o)
    );
}

/// Runs newsgraph in `cwd` with a clean environment: no store or lexicon variables,
/// and `XDG_DATA_HOME` and `HOME` pointing at `data_home`.
fn ng_in(cwd: &Path, data_home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(cwd)
        .env_remove("NEWSGRAPH_STORE")
        .env_remove("NEWSGRAPH_LEXICON")
        .env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .args(args)
        .output()
        .expect("run newsgraph")
}

#[test]
fn outside_the_repository_a_store_is_found_or_the_message_says_how_to_build_one() {
    let dir = built();
    let store = dir.path().join("s");
    let elsewhere = tempfile::tempdir().unwrap();
    let data_home = tempfile::tempdir().unwrap();
    let cwd = elsewhere.path();
    let s = store.to_str().unwrap();

    // A store built elsewhere, named with --store.
    let o = ng_in(
        cwd,
        data_home.path(),
        &["ask", "who accused Russia of what?", "--store", s],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Lauri Laanemets"), "{}", stdout(&o));

    // No store anywhere: no build from a data/articles that is not here, but a message.
    let o = ng_in(
        cwd,
        data_home.path(),
        &["ask", "who accused Russia of what?"],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: there is no store in .newsgraph; build one with `newsgraph build --store .newsgraph [ARTICLES]`"),
        "{err}"
    );
    assert!(!cwd.join(".newsgraph").exists());
    let o = ng_in(cwd, data_home.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("error: no articles given"),
        "{}",
        stderr(&o)
    );

    // The data directory's store is the default when none is here or above.
    let xdg_store = data_home.path().join("newsgraph/store");
    let o = ng_in(
        cwd,
        data_home.path(),
        &[
            "build",
            root().join("data/articles").to_str().unwrap(),
            "--store",
            xdg_store.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = ng_in(cwd, data_home.path(), &["stats"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("5 articles"), "{}", stdout(&o));
    // And one in a parent directory wins over it.
    let sub = cwd.join("a/b");
    std::fs::create_dir_all(&sub).unwrap();
    let o = ng_in(
        cwd,
        data_home.path(),
        &[
            "build",
            root()
                .join("data/articles/000_3931e607eb4e7386.txt")
                .to_str()
                .unwrap(),
            "--store",
            ".newsgraph",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = ng_in(&sub, data_home.path(), &["stats"]);
    assert!(stdout(&o).starts_with("1 articles"), "{}", stdout(&o));
}

#[test]
fn errors_start_with_one_prefix() {
    let dir = built();
    let store = dir.path().join("s");
    for args in [
        vec!["ask", "?x acuses Russia"],
        vec!["sparql", "SELECT ?x WHERE { ?x }"],
        vec!["build", "/nonexistent/articles"],
        vec!["export", "--format", "nonsense"],
    ] {
        let o = ng(&store, &args);
        assert!(!o.status.success(), "{args:?}");
        assert!(
            stderr(&o).starts_with("error: "),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn version_completions_and_man_page() {
    let run = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        stdout(&o)
    };
    let v = run(&["--version"]);
    assert!(v.starts_with("newsgraph 0."), "{v}");
    assert!(v.contains("(commit "), "{v}");
    assert!(v.contains("lexicon "), "{v}");
    let bash = run(&["completions", "bash"]);
    for sub in [
        "build",
        "ask",
        "sparql",
        "repl",
        "export",
        "completions",
        "man",
    ] {
        assert!(bash.contains(sub), "bash completion lacks {sub}");
    }
    assert!(bash.contains("complete -F"), "{bash}");
    assert!(run(&["completions", "zsh"]).starts_with("#compdef newsgraph"));
    assert!(run(&["completions", "fish"]).contains("complete -c newsgraph"));
    let man = run(&["man"]);
    assert!(man.contains(".TH newsgraph"), "{man}");
    assert!(man.contains("repl"), "{man}");
}
