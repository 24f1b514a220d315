//! `newsgraph repl` as a user meets it: at a real terminal (a pseudo-terminal driven
//! by expectrl: prompt, Tab completion, errors with carets and recovery, history recall,
//! continuation lines, Ctrl-C, `:quit`, the history file) and as a script on piped
//! standard input (answers only, exit status 1 when a line failed). The terminal's
//! everyday features (exit words, open quotes, tables at 80 columns, the pager,
//! `:timing`, SPARQL carets, completion by context) are in `repl_terminal.rs`.

mod common;
use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

/// Generous: the test machine may be slow and busy.
const TIMEOUT: Duration = Duration::from_secs(30);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn command(store: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    c.current_dir(root())
        .env_remove("NEWSGRAPH_STORE")
        .env_remove("NEWSGRAPH_LEXICON")
        .arg("--store")
        .arg(store);
    c
}

/// A temporary folder with a store `s` built from the shipped articles.
fn built() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let o = command(&dir.path().join("s"))
        .arg("build")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    dir
}

/// Runs `newsgraph repl` with `input` on a pipe.
fn script(store: &Path, input: &str) -> Output {
    common::with_input(
        command(store)
            .arg("repl")
            .env("NEWSGRAPH_HISTORY", store.with_extension("history")),
        input,
    )
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

type Pty = expectrl::session::OsSession;

/// Starts the REPL in a pseudo-terminal.
fn pty(store: &Path, history: &Path) -> Pty {
    let mut c = command(store);
    c.arg("repl")
        .env("NEWSGRAPH_HISTORY", history)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let mut p = expectrl::Session::spawn(c).unwrap();
    p.set_expect_timeout(Some(TIMEOUT));
    p
}

/// Waits for `needle`, failing with what was seen instead.
fn expect(p: &mut Pty, needle: &str) {
    if let Err(e) = p.expect(needle) {
        panic!("expected {needle:?} from the REPL: {e}");
    }
}

const UP: &str = "\x1b[A";
const CTRL_C: &str = "\x03";

#[test]
fn terminal_session() {
    let dir = built();
    let store = dir.path().join("s");
    let history = dir.path().join("hist/history");
    let mut p = pty(&store, &history);
    expect(&mut p, "newsgraph> ");

    // Tab completes an entity name from the word under the cursor.
    p.send("who is Zakh").unwrap();
    p.send("\t").unwrap();
    expect(&mut p, "who is Zakharova");
    p.send("\r").unwrap();
    expect(&mut p, "Maria Zakharova (Person)");
    expect(&mut p, "Russian Foreign Ministry");
    expect(&mut p, "newsgraph> ");

    // Tab completes verbs too.
    p.send("who deni").unwrap();
    p.send("\t").unwrap();
    expect(&mut p, "denied");
    // Ctrl-C clears the line: what follows is a query of its own. (Wait for the
    // empty prompt, `\r` right after it: keys sent with Ctrl-C are dropped with it.)
    p.send(CTRL_C).unwrap();
    expect(&mut p, "newsgraph> \r");

    // A query and an answer row.
    p.send("who denied what?\r").unwrap();
    expect(&mut p, "funnelling migrants");
    expect(&mut p, "newsgraph> ");

    // An error is shown in place with a caret, and the session goes on.
    p.send("?x acuses Russia\r").unwrap();
    expect(&mut p, "no relation \"acuses\"");
    expect(&mut p, "^^^^^^");
    expect(&mut p, "newsgraph> ");
    p.send("which states border Russia?\r").unwrap();
    expect(&mut p, "Finland");
    expect(&mut p, "newsgraph> ");

    // Up brings back the previous query.
    p.send(UP).unwrap();
    expect(&mut p, "which states border Russia?");
    p.send("\r").unwrap();
    expect(&mut p, "Estonia");
    expect(&mut p, "newsgraph> ");

    // A line ending in `and` continues on the next line.
    p.send("?x accuses Russia and\r").unwrap();
    expect(&mut p, "...> ");
    p.send("?x holds_role ?org\r").unwrap();
    expect(&mut p, "Lauri Laanemets");
    expect(&mut p, "newsgraph> ");

    // SPARQL mode shows in the prompt.
    p.send(":sparql\r").unwrap();
    expect(&mut p, "sparql> ");
    p.send("ASK { ?s ?p ?o }\r").unwrap();
    expect(&mut p, "true");
    p.send(":ask\r").unwrap();
    expect(&mut p, "newsgraph> ");

    p.send(":quit\r").unwrap();
    p.expect(Eof).unwrap();
    let status = p.get_process().wait().unwrap();
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "exit status {status:?}"
    );

    // The history file has the queries, the multi-line one as one entry.
    let h = std::fs::read_to_string(&history).unwrap();
    for q in [
        "who is Zakharova",
        "who denied what?",
        "?x acuses Russia",
        "which states border Russia?",
        "?x accuses Russia and ?x holds_role ?org",
        ":quit",
    ] {
        assert!(h.contains(q), "history lacks {q:?}:\n{h}");
    }
    assert!(
        !h.contains("who deni\n"),
        "a cleared line went to history:\n{h}"
    );
}

#[test]
fn history_persists_across_sessions_and_ctrl_d_exits() {
    let dir = built();
    let store = dir.path().join("s");
    let history = dir.path().join("history");
    std::fs::write(&history, "#V2\nwho may close what?\n").unwrap();
    let mut p = pty(&store, &history);
    expect(&mut p, "newsgraph> ");
    p.send(UP).unwrap();
    expect(&mut p, "who may close what?");
    p.send("\r").unwrap();
    expect(&mut p, "Raja-Jooseppi");
    expect(&mut p, "newsgraph> ");
    p.send("\x04").unwrap();
    p.expect(Eof).unwrap();
    let status = p.get_process().wait().unwrap();
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "exit status {status:?}"
    );
}

#[test]
fn piped_queries_print_answers_only() {
    let dir = built();
    let o = script(
        &dir.path().join("s"),
        "who denied what?\n:format json\nwho may close what?\n",
    );
    let out = text(&o.stdout);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(out.contains("funnelling migrants"), "{out}");
    let json_start = out.find('{').unwrap();
    let doc: serde_json::Value = serde_json::from_str(&out[json_start..]).unwrap();
    assert_eq!(doc["columns"], serde_json::json!(["who", "what"]));
    assert!(!doc["rows"].as_array().unwrap().is_empty());
    assert!(!out.contains("newsgraph>"), "{out}");
    assert!(!out.contains('\x1b'), "colours in a pipe: {out:?}");
    assert!(!out.contains(":help"), "banner in a pipe: {out}");
}

#[test]
fn a_failed_line_fails_the_script_after_running_the_rest() {
    let dir = built();
    let o = script(
        &dir.path().join("s"),
        "# accusations and denials\nwho denied what?\n\nwho acused Russia\n:nonsense\nwhich states border Russia?\n",
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(out.contains("funnelling migrants"), "{out}");
    assert!(out.contains("Finland"), "{out}");
    assert!(
        err.contains("line 4: error: no relation \"acused\" — did you mean accuses"),
        "{err}"
    );
    assert!(err.contains("  who acused Russia\n      ^"), "{err}");
    assert!(err.contains("line 5: error: no command :nonsense"), "{err}");
    assert!(err.contains("2 of 4 commands failed"), "{err}");
}

#[test]
fn meta_commands_in_a_script() {
    let dir = built();
    let store = dir.path().join("s");
    let dot = dir.path().join("answer.dot");
    let input = format!(
        ":describe Zakharova\n:explain who denied what?\n:timing on\n:sources on\nwho may close what?\n:dot {}\n:sparql SELECT (COUNT(*) AS ?n) WHERE {{ ?s a schema:Country }}\n:format csv\n:stats\n:quit\nwho denied what?\n",
        dot.display()
    );
    let o = script(&store, &input);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(o.status.success(), "{err}");
    assert!(out.contains("Maria Zakharova (Person)"), "{out}");
    assert!(out.contains("-- sparql"), "{out}");
    // --sources: the sentence under the row.
    assert!(out.contains("    [000] \""), "{out}");
    assert!(err.contains("time: "), "{err}");
    assert!(std::fs::read_to_string(&dot)
        .unwrap()
        .starts_with("digraph"));
    assert!(out.contains("\n5\n"), "{out}");
    assert!(out.contains("entity type"), "{out}");
    // Nothing after :quit runs.
    assert!(!out.contains("funnelling migrants"), "{out}");
}

#[test]
fn load_adds_articles_while_another_repl_reads() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let one = root().join("data/articles/000_3931e607eb4e7386.txt");
    let one = if one.exists() {
        one
    } else {
        std::fs::read_dir(root().join("data/articles"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|x| x == "txt"))
            .unwrap()
    };
    let o = command(&store).arg("build").arg(&one).output().unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));

    // Another REPL holds the store open: the build goes through all the same (it
    // swaps a new version in beside the one the other REPL reads).
    let mut holder = pty(&store, &dir.path().join("h1"));
    expect(&mut holder, "newsgraph> ");
    let o = script(&store, ":load data/articles\n:stats\n");
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("loaded 5 articles (4 new, 0 replaced, 1 unchanged)"),
        "{err}"
    );
    assert!(out.contains("5 articles"), "{out}");
    // The other REPL still answers, from the version it opened or the new one.
    holder.send(":stats\r").unwrap();
    expect(&mut holder, "articles");
    holder.send(":quit\r").unwrap();
    holder.expect(Eof).unwrap();
    let _ = holder.get_process().wait();

    // Alone, loading again changes nothing.
    let o = script(&store, ":load data/articles\n:stats\n");
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("loaded 5 articles (0 new, 0 replaced, 5 unchanged)"),
        "{err}"
    );
    assert!(out.contains("5 articles"), "{out}");
}
