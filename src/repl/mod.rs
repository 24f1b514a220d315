//! `newsgraph repl`: an interactive shell over one store, in the spirit of
//! cypher-shell and the sqlite shell.
//!
//! At a terminal it reads lines with [rustyline]: persistent history (see
//! [`history_path`]), Ctrl-R search, Tab completion of keywords, relations, verb forms,
//! entity names and meta-commands, and continuation lines for an unfinished query (see
//! [`is_incomplete`]). Without a terminal it reads one command per line, prints only
//! answers, and reports in [`Summary`] whether any command failed, so
//! `printf 'who denied what?\n' | newsgraph repl` is scriptable.
//!
//! Every line is a query in the query language (or SPARQL after `:sparql`) or a
//! meta-command (`:help` lists them). An error is shown where it happened, with a caret
//! under the query, and the session goes on.
//!
//! The parts: `commands` (the table of meta-commands behind help, completion and
//! suggestions), `shell` (the state and what each command does), `complete` (Tab
//! completion by context) and `render` (tables fitted to the terminal, expanded rows,
//! the pager).

mod commands;
mod complete;
mod render;
mod shell;
mod source;

use crate::bounds::Bounds;
use crate::lexicon::Lexicon;
use crate::report::AnswerFormat;
use crate::sparql::SparqlFormat;
use crate::store::StoreError;
use clap::ValueEnum;
pub use complete::complete;
use complete::ReplHelper;
use rustyline::config::{CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::Editor;
use shell::{Outcome, Shell};
pub use source::{Source, SourceQueryError};
use std::ffi::OsString;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// How many entries the history keeps.
const HISTORY_SIZE: usize = 1000;

/// What [`run`] needs besides the open session: where the store lives (to rebuild it
/// on `:load`), the lexicon it was built with, and where history is kept.
pub struct ReplConfig {
    /// The store directory, as given by `--store`.
    pub store_dir: PathBuf,
    /// The lexicon used to read articles on `:load` and to index names.
    pub lexicon: Lexicon,
    /// The history file; `None` keeps history for this session only.
    pub history: Option<PathBuf>,
    /// Timeout and row cap of every query (`repl --timeout`, `--max-rows`).
    pub bounds: Bounds,
}

impl ReplConfig {
    /// A configuration with the history file from the environment ([`history_path`]).
    pub fn new(store_dir: PathBuf, lexicon: Lexicon) -> Self {
        ReplConfig {
            store_dir,
            lexicon,
            history: history_path(),
            bounds: Bounds::default(),
        }
    }
}

/// Where history is kept: `$NEWSGRAPH_HISTORY` if set, else
/// `$XDG_DATA_HOME/newsgraph/history`, else `~/.local/share/newsgraph/history`; `None`
/// when none of these can be told.
pub fn history_path() -> Option<PathBuf> {
    history_path_from(|k| std::env::var_os(k))
}

fn history_path_from(env: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let set = |k: &str| env(k).filter(|v| !v.is_empty());
    if let Some(p) = set("NEWSGRAPH_HISTORY") {
        return Some(PathBuf::from(p));
    }
    // The XDG spec says a relative XDG_DATA_HOME is to be ignored.
    if let Some(dir) = set("XDG_DATA_HOME").map(PathBuf::from) {
        if dir.is_absolute() {
            return Some(dir.join("newsgraph").join("history"));
        }
    }
    set("HOME").map(|h| PathBuf::from(h).join(".local/share/newsgraph/history"))
}

/// What a REPL session did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Commands run (queries and meta-commands; blank and comment lines do not count).
    pub commands: usize,
    /// Commands that failed.
    pub failed: usize,
    /// Whether the commands came from a script (standard input not a terminal).
    pub scripted: bool,
}

impl Summary {
    /// Whether the exit status should report failure: a command of a script failed.
    /// At a terminal every error was shown as it happened, so leaving is a success.
    pub fn is_failure(&self) -> bool {
        self.scripted && self.failed > 0
    }
}

/// Why the REPL stopped before the user asked it to. Errors in commands are not among
/// them: they are shown and the session goes on.
#[derive(Debug, thiserror::Error)]
pub enum ReplError {
    /// The terminal could not be read or configured.
    #[error("line editor failed")]
    Editor(#[from] ReadlineError),
    /// Standard input could not be read.
    #[error("cannot read standard input")]
    Input(#[source] io::Error),
    /// Answers could not be written to standard output.
    #[error("cannot write to standard output")]
    Output(#[source] io::Error),
    /// After `:load` the store could not be opened again.
    #[error("cannot reopen the store after :load")]
    Reopen(#[source] StoreError),
}

/// Runs the REPL on standard input: interactively when it is a terminal, else as a
/// script (one command per line, `#` comments, no prompts and no colours).
pub fn run(source: Source, config: ReplConfig) -> Result<Summary, ReplError> {
    if io::stdin().is_terminal() {
        interactive(source, config)
    } else {
        run_script(
            source,
            config,
            &mut io::stdin().lock(),
            &mut io::stdout().lock(),
            &mut io::stderr().lock(),
        )
    }
}

/// Runs commands read from `input`, one a line, skipping blank lines and lines starting
/// with `#`. Answers go to `out`; errors, prefixed with the line number, and notes go
/// to `err`. Every line is run even after a failure.
pub fn run_script(
    source: Source,
    config: ReplConfig,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Summary, ReplError> {
    let mut shell = Shell::new(source, config, false, false);
    let mut summary = Summary {
        scripted: true,
        ..Summary::default()
    };
    let mut buf = Vec::new();
    let mut number = 0;
    loop {
        buf.clear();
        if input
            .read_until(b'\n', &mut buf)
            .map_err(ReplError::Input)?
            == 0
        {
            break;
        }
        number += 1;
        let line = match std::str::from_utf8(&buf) {
            Ok(l) => l.trim(),
            Err(e) => {
                summary.commands += 1;
                summary.failed += 1;
                writeln!(
                    err,
                    "line {number}: error: not valid UTF-8 at byte {}",
                    e.valid_up_to()
                )
                .map_err(ReplError::Output)?;
                continue;
            }
        };
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        summary.commands += 1;
        shell.error_prefix = format!("line {number}: ");
        shell.history.push(line.to_string());
        match shell.execute(line, out, err)? {
            Outcome::Done => {}
            Outcome::Failed => summary.failed += 1,
            Outcome::Quit => break,
        }
    }
    out.flush().map_err(ReplError::Output)?;
    Ok(summary)
}

/// Reads commands from the terminal with a line editor until `:quit` or Ctrl-D.
fn interactive(source: Source, config: ReplConfig) -> Result<Summary, ReplError> {
    let colour = io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb");
    let history = config.history.clone();
    let mut shell = Shell::new(source, config, true, colour);
    shell.pager = io::stdout().is_terminal();
    let editor_config = Config::builder()
        .completion_type(CompletionType::List)
        .completion_show_all_if_ambiguous(true)
        .max_history_size(HISTORY_SIZE)?
        .history_ignore_dups(true)?
        .history_ignore_space(true)
        .auto_add_history(false)
        .build();
    let mut editor: Editor<ReplHelper, FileHistory> = Editor::with_config(editor_config)?;
    editor.set_helper(Some(ReplHelper::new(shell.graph())));
    let mut stdout = io::stdout();
    let mut stderr = io::stderr();
    if let Some(path) = &history {
        match editor.load_history(path) {
            Ok(()) => {}
            Err(ReadlineError::Io(e)) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => {
                let _ = writeln!(
                    stderr,
                    "warning: cannot read history {}: {e}",
                    path.display()
                );
            }
        }
    }
    shell.history = editor.history().iter().cloned().collect();
    let mut summary = Summary::default();
    shell.banner(&mut stdout).map_err(ReplError::Output)?;
    let mut history_warned = false;
    'session: loop {
        let (raw, styled) = shell.prompt();
        let mut text = match editor.readline(&(raw.as_str(), styled.as_str())) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(e.into()),
        };
        // Continuation lines until the query is complete; Ctrl-C drops it, and so
        // does Ctrl-D, saying so.
        while is_incomplete(&text) {
            let cont = format!("{:>width$}", "...> ", width = raw.chars().count());
            match editor.readline(&cont) {
                Ok(line) => text = join_lines(&text, &line, shell.mode),
                Err(ReadlineError::Interrupted) => continue 'session,
                Err(ReadlineError::Eof) => {
                    writeln!(
                        stderr,
                        "\n(the unfinished query was discarded; Ctrl-D again leaves)"
                    )
                    .map_err(ReplError::Output)?;
                    continue 'session;
                }
                Err(e) => return Err(e.into()),
            }
        }
        if text.trim().is_empty() {
            continue;
        }
        // The whole query is one history entry, recalled as one buffer.
        editor.add_history_entry(text.as_str())?;
        shell.history.push(text.clone());
        if let Some(path) = &history {
            if let Err(e) = save_history(&mut editor, path) {
                if !history_warned {
                    let _ = writeln!(
                        stderr,
                        "warning: cannot write history {}: {e}",
                        path.display()
                    );
                    history_warned = true;
                }
            }
        }
        summary.commands += 1;
        let outcome = shell.execute(&text, &mut stdout, &mut stderr)?;
        if let Some(helper) = editor.helper_mut() {
            helper.mode = shell.mode;
            if std::mem::take(&mut shell.reloaded) {
                helper.set_names(shell.graph());
            }
        }
        match outcome {
            Outcome::Done => {}
            Outcome::Failed => summary.failed += 1,
            Outcome::Quit => return Ok(summary),
        }
    }
    // Ctrl-D leaves the cursor after the prompt.
    writeln!(stdout).map_err(ReplError::Output)?;
    Ok(summary)
}

/// Appends the new history entries to the file, creating its folder first.
fn save_history(
    editor: &mut Editor<ReplHelper, FileHistory>,
    path: &Path,
) -> Result<(), ReadlineError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    editor.append_history(path)
}

/// Whether `text` is an unfinished query that goes on on the next line: it has an odd
/// number of `"`, an unclosed bracket, or ends with `and`, `of` or `where`.
/// Meta-commands are complete on one line, except those that take a query
/// (`:sparql`, `:ask`, `:explain`, `:describe`).
///
/// ```
/// use newsgraph::repl::is_incomplete;
/// assert!(is_incomplete("?x accuses Russia and"));
/// assert!(is_incomplete("SELECT * WHERE {"));
/// assert!(!is_incomplete("who accused Russia of what?"));
/// ```
pub fn is_incomplete(text: &str) -> bool {
    let t = text.trim();
    if let Some(meta) = t.strip_prefix(':') {
        let mut parts = meta.splitn(2, char::is_whitespace);
        let cmd = parts.next().unwrap_or_default();
        let arg = parts.next().unwrap_or_default().trim();
        if arg.is_empty() || !matches!(cmd, "sparql" | "ask" | "explain" | "describe") {
            return false;
        }
    }
    let mut in_quote = false;
    let mut depth = 0i64;
    for c in t.chars() {
        match c {
            '"' => in_quote = !in_quote,
            '(' | '[' | '{' if !in_quote => depth += 1,
            ')' | ']' | '}' if !in_quote => depth -= 1,
            _ => {}
        }
    }
    if in_quote || depth > 0 {
        return true;
    }
    let last = t.rsplit(char::is_whitespace).next().unwrap_or_default();
    ["and", "of", "where"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
}

/// `pending` and the next line `line` as one query. In the query language, which
/// allows no line break inside a quoted name and reads a bare name's words joined by
/// spaces, lines are joined with a space; SPARQL keeps its line breaks (so errors
/// point at the right line) except inside an open quote.
///
/// ```
/// use newsgraph::repl::{join_lines, Mode};
/// assert_eq!(join_lines("who is \"Raja", "Jooseppi\"", Mode::Ask), "who is \"Raja Jooseppi\"");
/// assert_eq!(join_lines("SELECT * WHERE {", "?s ?p ?o }", Mode::Sparql), "SELECT * WHERE {\n?s ?p ?o }");
/// ```
pub fn join_lines(pending: &str, line: &str, mode: Mode) -> String {
    let sparql = mode == Mode::Sparql || pending.trim_start().starts_with(":sparql");
    let open_quote = !pending.matches('"').count().is_multiple_of(2);
    let sep = if sparql && !open_quote { '\n' } else { ' ' };
    format!("{pending}{sep}{line}")
}

/// Whether lines are questions in the query language or SPARQL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Questions and patterns in the query language.
    Ask,
    /// SPARQL queries.
    Sparql,
}

/// Names of every output format, answers' first.
fn format_names() -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let answer = AnswerFormat::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value);
    let sparql = SparqlFormat::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value);
    for p in answer.chain(sparql) {
        let n = p.get_name().to_string();
        if !names.contains(&n) {
            names.push(n);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incomplete_queries_continue() {
        assert!(is_incomplete("?x accuses Russia and"));
        assert!(is_incomplete("?x accuses ?y where"));
        assert!(is_incomplete("who accused Russia OF"));
        assert!(is_incomplete("who is \"Raja"));
        assert!(is_incomplete("SELECT * WHERE { ?s ?p ?o"));
        assert!(is_incomplete(":sparql SELECT * WHERE {"));
        assert!(!is_incomplete("who accused Russia of what?"));
        assert!(!is_incomplete("who is \"Raja-Jooseppi\""));
        assert!(!is_incomplete("SELECT * WHERE { ?s ?p ?o }"));
        assert!(!is_incomplete(":load my (old articles"));
        assert!(!is_incomplete(":sparql"));
        assert!(!is_incomplete("claim contains \"a { b\""));
    }

    #[test]
    fn continuation_joins_without_line_breaks_in_names() {
        assert_eq!(
            join_lines("?x accuses Russia and", "?x holds_role ?org", Mode::Ask),
            "?x accuses Russia and ?x holds_role ?org"
        );
        assert_eq!(
            join_lines("SELECT ?x WHERE { ?x ?p \"a", "b\" }", Mode::Sparql),
            "SELECT ?x WHERE { ?x ?p \"a b\" }"
        );
        assert_eq!(
            join_lines(":sparql SELECT * {", "?s ?p ?o }", Mode::Ask),
            ":sparql SELECT * {\n?s ?p ?o }"
        );
    }

    #[test]
    fn history_path_follows_the_environment() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| OsString::from(v))
            }
        };
        assert_eq!(
            history_path_from(env(&[("NEWSGRAPH_HISTORY", "/t/h"), ("HOME", "/home/u")])),
            Some(PathBuf::from("/t/h"))
        );
        assert_eq!(
            history_path_from(env(&[("XDG_DATA_HOME", "/x"), ("HOME", "/home/u")])),
            Some(PathBuf::from("/x/newsgraph/history"))
        );
        assert_eq!(
            history_path_from(env(&[("XDG_DATA_HOME", "rel"), ("HOME", "/home/u")])),
            Some(PathBuf::from("/home/u/.local/share/newsgraph/history"))
        );
        assert_eq!(history_path_from(env(&[])), None);
    }
}
