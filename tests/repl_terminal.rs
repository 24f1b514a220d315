//! The REPL's everyday features at a real terminal: the binary runs in a
//! pseudo-terminal (expectrl) of a set size, keys are sent as a user types them, and
//! what the screen shows is read back. Piped runs check what must not happen without
//! a terminal (the pager).

mod common;
use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect, Regex};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;
use unicode_width::UnicodeWidthStr;

/// Generous: the test machine may be slow and busy.
const TIMEOUT: Duration = Duration::from_secs(30);

const PROMPT: &str = "newsgraph> ";
const CTRL_D: &str = "\x04";
const CTRL_C: &str = "\x03";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn command(store: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    c.current_dir(root())
        .env_remove("NEWSGRAPH_STORE")
        .env_remove("NEWSGRAPH_LEXICON")
        .env_remove("PAGER")
        .arg("--store")
        .arg(store);
    c
}

/// One store of the shipped articles for every test here (they only read it), built
/// afresh under cargo's temporary folder for integration tests.
fn store() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("repl_terminal_store");
        let _ = std::fs::remove_dir_all(&dir);
        let o = command(&dir).arg("build").output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        dir
    })
}

type Pty = expectrl::session::OsSession;

/// Starts the REPL in a pseudo-terminal of `cols` × `rows`, with `env` set.
fn pty_sized(cols: u16, rows: u16, env: &[(&str, &str)]) -> Pty {
    // A history file of its own, beside the store (cargo's folder for test files).
    static SESSIONS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = SESSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let history = store().with_file_name(format!("repl_terminal_history_{n}"));
    let _ = std::fs::remove_file(&history);
    let mut c = command(store());
    c.arg("repl")
        .env("NEWSGRAPH_HISTORY", &history)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    for (k, v) in env {
        c.env(k, v);
    }
    let mut p = expectrl::Session::spawn(c).unwrap();
    p.get_process_mut().set_window_size(cols, rows).unwrap();
    p.set_expect_timeout(Some(TIMEOUT));
    expect(&mut p, PROMPT);
    p
}

fn pty() -> Pty {
    pty_sized(80, 24, &[])
}

/// Waits for `needle` and returns what came before it, failing with what was seen.
fn expect(p: &mut Pty, needle: &str) -> String {
    match p.expect(needle) {
        Ok(c) => String::from_utf8_lossy(c.before()).into_owned(),
        Err(e) => panic!("expected {needle:?} from the REPL: {e}"),
    }
}

/// The screen text without escape sequences and carriage returns.
fn plain(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                // CSI: ESC [ params final-byte.
                if chars.peek() == Some(&'[') {
                    chars.next();
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Leaves with Ctrl-D at an empty prompt and checks the exit status is 0.
fn leave(mut p: Pty) {
    p.send(CTRL_D).unwrap();
    exits_cleanly(p);
}

fn exits_cleanly(mut p: Pty) {
    p.expect(Eof).unwrap();
    let status = p.get_process().wait().unwrap();
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "exit status {status:?}"
    );
}

#[test]
fn an_open_quote_continues_on_the_next_line() {
    let mut p = pty();
    p.send("?x accuses ?y where claim contains \"hybrid\r")
        .unwrap();
    expect(&mut p, "...> ");
    // The line break inside the quote is read as a space, which the grammar allows
    // (a `\n` in a string would be a syntax error).
    p.send("attack\"\r").unwrap();
    let out = plain(&expect(&mut p, PROMPT));
    assert!(!out.contains("error"), "{out}");
    assert!(out.contains("Lauri Laanemets"), "{out}");
    // The whole query is one history entry: Up brings it back on one line.
    p.send("\x1b[A").unwrap();
    expect(&mut p, "claim contains \"hybrid attack\"");
    p.send(CTRL_C).unwrap();
    expect(&mut p, PROMPT);
    leave(p);
}

#[test]
fn exit_words_leave() {
    for word in ["exit", "quit", "\\q", ".quit", ":q"] {
        let mut p = pty();
        p.send(format!("{word}\r")).unwrap();
        exits_cleanly(p);
    }
}

#[test]
fn ctrl_d_at_the_continuation_prompt_discards_the_query_and_says_so() {
    let mut p = pty();
    p.send("?x accuses Russia and\r").unwrap();
    expect(&mut p, "...> ");
    p.send(CTRL_D).unwrap();
    expect(&mut p, "the unfinished query was discarded");
    expect(&mut p, PROMPT);
    // The session goes on: a query still runs, then Ctrl-D leaves.
    p.send("which states border Russia?\r").unwrap();
    expect(&mut p, "Finland");
    expect(&mut p, PROMPT);
    leave(p);
}

#[test]
fn tables_fit_80_columns() {
    let mut p = pty_sized(80, 100, &[]);
    p.send("who accused Russia of what?\r").unwrap();
    let out = plain(&expect(&mut p, PROMPT));
    assert!(out.contains("sources"), "{out}");
    assert!(out.contains('…'), "no claim was cut: {out}");
    assert!(out.contains(" rows)"), "no row count: {out}");
    for line in out.lines() {
        assert!(
            line.width() <= 80,
            "{} columns: {line:?}\n{out}",
            line.width()
        );
    }
    // Expanded mode shows the claim whole.
    p.send(":expanded on\r").unwrap();
    expect(&mut p, PROMPT);
    p.send("who accused Russia of what?\r").unwrap();
    let out = plain(&expect(&mut p, PROMPT));
    assert!(out.contains("-[ RECORD 1 ]"), "{out}");
    assert!(!out.contains('…'), "{out}");
    leave(p);
}

#[test]
fn a_tall_answer_goes_through_the_pager_only_at_a_terminal() {
    let pager = [("PAGER", "sed 's/^/PAGED: /'")];
    let mut p = pty_sized(120, 10, &pager);
    p.send(":entities\r").unwrap();
    let out = plain(&expect(&mut p, PROMPT));
    assert!(out.contains("PAGED: entity"), "{out}");
    // A short answer is printed as is.
    p.send(":types\r").unwrap();
    let out = plain(&expect(&mut p, PROMPT));
    assert!(out.contains("Crossing"), "{out}");
    assert!(!out.contains("PAGED"), "{out}");
    leave(p);

    // Standard output a pipe: never the pager.
    let o = common::with_input(
        command(store())
            .arg("repl")
            .env("PAGER", "sed 's/^/PAGED: /'")
            .env("LINES", "5"),
        ":entities\n",
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("Storskog"), "{out}");
    assert!(!out.contains("PAGED"), "{out}");
}

#[test]
fn timing_prints_milliseconds_and_rows() {
    let mut p = pty();
    p.send(":timing on\r").unwrap();
    expect(&mut p, PROMPT);
    p.send("who denied what?\r").unwrap();
    let c = p
        .expect(Regex(r"time: ([0-9]+\.[0-9]+) ms, ([0-9]+) rows?"))
        .unwrap();
    let ms: f64 = String::from_utf8_lossy(c.get(1).unwrap()).parse().unwrap();
    let rows: usize = String::from_utf8_lossy(c.get(2).unwrap()).parse().unwrap();
    assert!(ms > 0.0, "{ms} ms");
    assert!(rows > 0);
    expect(&mut p, PROMPT);
    leave(p);
}

#[test]
fn sparql_errors_point_at_the_place() {
    let mut p = pty();
    p.send(":sparql SELECT ?x WHERE { ?x ?p ?o } LIMIT x\r")
        .unwrap();
    let c = p
        .expect(Regex(r"SPARQL syntax error at line 1, column ([0-9]+)"))
        .unwrap();
    let column: usize = String::from_utf8_lossy(c.get(1).unwrap()).parse().unwrap();
    let out = plain(&expect(&mut p, PROMPT));
    // No parser dump of character ranges.
    assert!(!out.contains("..="), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    let query = lines
        .iter()
        .position(|l| *l == "  SELECT ?x WHERE { ?x ?p ?o } LIMIT x")
        .unwrap_or_else(|| panic!("no query line: {out}"));
    let caret = lines[query + 1];
    assert_eq!(caret.trim(), "^", "{out}");
    assert_eq!(caret.find('^').unwrap(), 2 + column - 1, "{out}");
    assert_eq!(&lines[query][caret.find('^').unwrap()..], "x", "{out}");
    leave(p);
}

#[test]
fn tab_after_is_offers_types() {
    let mut p = pty();
    // With types only, `St` has one completion: the line becomes `… is State`.
    p.send("?x closes ?c where ?c is St").unwrap();
    p.send("\t").unwrap();
    expect(&mut p, "?c is State");
    p.send(CTRL_C).unwrap();
    expect(&mut p, PROMPT);
    // After `which`, plural type nouns only: `st` is `states` (not State, Storskog…).
    p.send("which st").unwrap();
    p.send("\t").unwrap();
    expect(&mut p, "which states");
    p.send(CTRL_C).unwrap();
    expect(&mut p, PROMPT);
    leave(p);
}

#[test]
fn help_tells_about_one_command() {
    let mut p = pty();
    p.send(":help timing\r").unwrap();
    let out = plain(&expect(&mut p, PROMPT));
    assert!(out.contains(":timing [on|off]"), "{out}");
    assert!(out.contains("ms"), "{out}");
    assert!(!out.contains(":sparql"), "the whole help instead: {out}");
    p.send(":timng on\r").unwrap();
    expect(&mut p, "did you mean :timing?");
    expect(&mut p, PROMPT);
    leave(p);
}

#[test]
fn output_once_read_and_history() {
    let dir = tempfile::tempdir().unwrap();
    let once = dir.path().join("once.csv");
    let script = dir.path().join("script.ng");
    std::fs::write(&script, "# two queries\nwho denied what?\n:relations\n").unwrap();
    let mut p = pty();
    p.send(":format csv\r").unwrap();
    expect(&mut p, PROMPT);
    p.send(format!(":once {}\r", once.display())).unwrap();
    expect(&mut p, PROMPT);
    p.send("which states border Russia?\r").unwrap();
    expect(&mut p, "wrote");
    expect(&mut p, PROMPT);
    let csv = std::fs::read_to_string(&once).unwrap();
    assert!(csv.contains("Finland"), "{csv}");
    p.send(":format table\r").unwrap();
    expect(&mut p, PROMPT);
    p.send(format!(":read {}\r", script.display())).unwrap();
    expect(&mut p, "funnelling migrants");
    expect(&mut p, "accuses");
    expect(&mut p, PROMPT);
    p.send(":history\r").unwrap();
    let out = plain(&expect(&mut p, PROMPT));
    assert!(out.contains("which states border Russia?"), "{out}");
    leave(p);
}
