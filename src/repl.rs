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

use crate::bounds::Bounds;
use crate::graph::KnowledgeGraph;
use crate::lexicon::Lexicon;
use crate::query::{Answer, EngineKind, QueryError};
use crate::report::{self, AnswerFormat};
use crate::session::Session;
use crate::source::SourceError;
use crate::sparql::{self, SparqlError, SparqlFormat};
use crate::store::{self, StoreError};
use clap::ValueEnum;
use rustyline::completion::{Completer, FilenameCompleter, Pair};
use rustyline::config::{CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};
use std::ffi::OsString;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Prompt in query mode.
const ASK_PROMPT: &str = "newsgraph> ";
/// Prompt in SPARQL mode.
const SPARQL_PROMPT: &str = "sparql> ";
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
pub fn run(session: Session, config: ReplConfig) -> Result<Summary, ReplError> {
    if io::stdin().is_terminal() {
        interactive(session, config)
    } else {
        run_script(
            session,
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
    session: Session,
    config: ReplConfig,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Summary, ReplError> {
    let mut shell = Shell::new(session, config, false, false);
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
fn interactive(session: Session, config: ReplConfig) -> Result<Summary, ReplError> {
    let colour = io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var_os("TERM").is_none_or(|t| t != "dumb");
    let history = config.history.clone();
    let mut shell = Shell::new(session, config, true, colour);
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
                    "newsgraph: cannot read history {}: {e}",
                    path.display()
                );
            }
        }
    }
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
        // Continuation lines until the query is complete; Ctrl-C drops it.
        while is_incomplete(&text) {
            let cont = format!("{:>width$}", "...> ", width = raw.chars().count());
            match editor.readline(&cont) {
                Ok(line) => {
                    text.push('\n');
                    text.push_str(&line);
                }
                Err(ReadlineError::Interrupted) => continue 'session,
                Err(ReadlineError::Eof) => break 'session,
                Err(e) => return Err(e.into()),
            }
        }
        if text.trim().is_empty() {
            continue;
        }
        editor.add_history_entry(text.as_str())?;
        if let Some(path) = &history {
            if let Err(e) = save_history(&mut editor, path) {
                if !history_warned {
                    let _ = writeln!(
                        stderr,
                        "newsgraph: cannot write history {}: {e}",
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

// ------------------------------------------------------------------ the shell

/// Whether lines are questions in the query language or SPARQL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Ask,
    Sparql,
}

/// How a command ended.
enum Outcome {
    Done,
    Failed,
    Quit,
}

/// What a command did, for timing and quitting.
enum Flow {
    /// Printed an answer (timed).
    Answered,
    /// Changed a setting or printed a note.
    Done,
    /// `:quit`.
    Quit,
}

/// Why a command failed. All but [`CommandError::Output`] and [`CommandError::Reopen`]
/// are shown and the session goes on.
#[derive(Debug, thiserror::Error)]
enum CommandError {
    #[error("{0}")]
    Query(QueryError, String),
    #[error(transparent)]
    Sparql(SparqlError),
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Source(#[from] SourceError),
    #[error(transparent)]
    Build(#[from] crate::build::BuildError),
    #[error("cannot write {}: {source}", path.display())]
    File { path: PathBuf, source: io::Error },
    #[error("the store is closed")]
    Closed,
    #[error("cannot write the output")]
    Output(#[source] io::Error),
    #[error("cannot reopen the store")]
    Reopen(#[source] StoreError),
}

impl From<SparqlError> for CommandError {
    fn from(e: SparqlError) -> Self {
        match e {
            SparqlError::Io(e) => CommandError::Output(e),
            e => CommandError::Sparql(e),
        }
    }
}

impl CommandError {
    /// The message as shown: `error: …`, with the query and a caret when it has a place.
    fn render(&self) -> String {
        match self {
            CommandError::Query(e, text) => e.render(text),
            e => format!("error: {e}"),
        }
    }
}

/// The state of a REPL session: the open store and the settings.
struct Shell {
    /// `None` only while `:load` rebuilds the store.
    session: Option<Session>,
    config: ReplConfig,
    mode: Mode,
    format_name: String,
    answer_format: AnswerFormat,
    sparql_format: SparqlFormat,
    sources: bool,
    timing: bool,
    /// The last answer and the query it answered, for `:dot`.
    last: Option<(Answer, String)>,
    interactive: bool,
    colour: bool,
    /// Set when `:load` replaced the graph, so completion reloads its names.
    reloaded: bool,
    /// Put before error messages (`line 3: ` in scripts).
    error_prefix: String,
}

const HELP: &str = "\
Ask questions or patterns; end a line with `and`, `of` or `where` (or leave a quote
or bracket open) to go on on the next line. Tab completes names, relations and
keywords; Up/Down walk the history, Ctrl-R searches it; Ctrl-C clears the line,
Ctrl-D leaves.

Examples:
  who accused Russia of what?
  who may close what?
  which states border Russia?
  who is Zakharova?
  how is Laanemets connected to NATO?
  ?x closes ?c where ?c is Crossing and possible
  count ?x accuses Russia
  ?p holds_role ?org order by ?p desc limit 3

Commands:
  :help                      this text
  :sparql                    SPARQL mode (prefixes ng:, ent:, rdfs:, schema: … predeclared)
  :sparql QUERY              run one SPARQL query
  :ask                       back to questions; `:ask QUERY` asks one from SPARQL mode
  :format FORMAT             table, json, csv, tsv, markdown, dot (SPARQL also xml, turtle, ntriples)
  :sources on|off            show the sentence behind every row
  :explain QUERY             the typed query, the plan and the SPARQL it compiles to
  :describe ENTITY           the same as `who is ENTITY?`
  :timing on|off             print how long each answer took
  :dot FILE                  write the last answer's facts as Graphviz DOT
  :load PATH…                read more articles into the store
  :stats                     entities by type and facts by relation
  :quit, :exit               leave (or Ctrl-D)

SPARQL example:
  :sparql SELECT ?who ?claim WHERE { ?f rdf:subject ?who ; rdf:predicate ng:accuses ; ng:claim ?claim } LIMIT 3
";

/// Meta-commands, for completion and suggestions.
const META: &[&str] = &[
    ":help",
    ":sparql",
    ":ask",
    ":format",
    ":sources",
    ":explain",
    ":describe",
    ":timing",
    ":dot",
    ":load",
    ":stats",
    ":quit",
    ":exit",
];

impl Shell {
    fn new(session: Session, config: ReplConfig, interactive: bool, colour: bool) -> Self {
        Shell {
            session: Some(session),
            config,
            mode: Mode::Ask,
            format_name: "table".into(),
            answer_format: AnswerFormat::Table,
            sparql_format: SparqlFormat::Table,
            sources: false,
            timing: false,
            last: None,
            interactive,
            colour,
            reloaded: false,
            error_prefix: String::new(),
        }
    }

    fn session(&self) -> Result<&Session, CommandError> {
        self.session.as_ref().ok_or(CommandError::Closed)
    }

    /// The graph, for completion (empty while no session is open).
    fn graph(&self) -> Option<&KnowledgeGraph> {
        self.session.as_ref().map(Session::graph)
    }

    /// The prompt, plain and coloured.
    fn prompt(&self) -> (String, String) {
        let (name, raw) = match self.mode {
            Mode::Ask => ("newsgraph", ASK_PROMPT),
            Mode::Sparql => ("sparql", SPARQL_PROMPT),
        };
        let styled = if self.colour {
            format!("\x1b[1;36m{name}\x1b[0m> ")
        } else {
            raw.to_string()
        };
        (raw.to_string(), styled)
    }

    fn banner(&self, out: &mut dyn Write) -> io::Result<()> {
        if let Ok(s) = self.session() {
            let st = s.graph().stats();
            writeln!(
                out,
                "newsgraph {} — store {}: {} articles, {} entities, {} facts",
                env!("CARGO_PKG_VERSION"),
                self.config.store_dir.display(),
                st.documents,
                st.entities,
                st.facts
            )?;
        }
        writeln!(
            out,
            "Ask a question (who accused Russia of what?), :help for help, Ctrl-D to leave."
        )?;
        out.flush()
    }

    /// Runs one command and shows its error, if any.
    fn execute(
        &mut self,
        text: &str,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<Outcome, ReplError> {
        let started = Instant::now();
        let text = text.trim();
        let result = match text.strip_prefix(':') {
            Some(meta) => self.meta(meta, out, err),
            None => self.query(text, out),
        };
        let outcome = match result {
            Ok(Flow::Quit) => Outcome::Quit,
            Ok(Flow::Answered) => {
                if self.timing {
                    writeln!(err, "time: {:.3} s", started.elapsed().as_secs_f64())
                        .map_err(ReplError::Output)?;
                }
                Outcome::Done
            }
            Ok(Flow::Done) => Outcome::Done,
            Err(CommandError::Output(e)) => return Err(ReplError::Output(e)),
            Err(CommandError::Reopen(e)) => return Err(ReplError::Reopen(e)),
            Err(e) => {
                let mut msg = e.render();
                if self.colour {
                    if let Some(rest) = msg.strip_prefix("error:") {
                        msg = format!("\x1b[1;31merror\x1b[0m:{rest}");
                    }
                }
                writeln!(err, "{}{msg}", self.error_prefix).map_err(ReplError::Output)?;
                Outcome::Failed
            }
        };
        out.flush().map_err(ReplError::Output)?;
        err.flush().map_err(ReplError::Output)?;
        Ok(outcome)
    }

    /// A line that is no meta-command: a question, or SPARQL in SPARQL mode.
    fn query(&mut self, text: &str, out: &mut dyn Write) -> Result<Flow, CommandError> {
        match self.mode {
            Mode::Ask => self.ask(text, out),
            Mode::Sparql => self.sparql(text, out),
        }
    }

    fn ask(&mut self, text: &str, out: &mut dyn Write) -> Result<Flow, CommandError> {
        let session = self.session()?;
        let query_error = |e| CommandError::Query(e, text.to_string());
        let parsed = crate::query::syntax::parse(text).map_err(query_error)?;
        let (answer, cut) = session
            .answer(&parsed, EngineKind::Native, &self.config.bounds)
            .map_err(query_error)?;
        let mut buf = Vec::new();
        report::write_answer(
            &mut buf,
            session.graph(),
            &answer,
            self.answer_format,
            self.sources,
        )
        .map_err(CommandError::Output)?;
        if let Some(total) = cut {
            let shown = answer.rows.len();
            let _ = writeln!(
                buf,
                "(the first {shown} of {total} rows; --max-rows N to change)"
            );
        }
        out.write_all(&buf).map_err(CommandError::Output)?;
        self.last = Some((answer, text.to_string()));
        Ok(Flow::Answered)
    }

    fn sparql(&mut self, text: &str, out: &mut dyn Write) -> Result<Flow, CommandError> {
        let session = self.session()?;
        // Buffered, so a query failing half-way prints nothing but its error.
        let mut buf = Vec::new();
        let deadline = self.config.bounds.start();
        let done = sparql::evaluate(session.store().store(), text, &deadline)?;
        sparql::write(&done.results, self.sparql_format, &mut buf)?;
        if done.cut {
            let max = deadline.max_rows();
            let _ = writeln!(buf, "\n(the first {max} rows; --max-rows N to change)");
        }
        // XML results end without a newline; the prompt goes on a line of its own.
        if !buf.is_empty() && !buf.ends_with(b"\n") {
            buf.push(b'\n');
        }
        out.write_all(&buf).map_err(CommandError::Output)?;
        Ok(Flow::Answered)
    }

    /// Prints a note at the terminal; scripts stay quiet.
    fn say(&self, out: &mut dyn Write, msg: &str) -> Result<(), CommandError> {
        if self.interactive {
            writeln!(out, "{msg}").map_err(CommandError::Output)?;
        }
        Ok(())
    }

    fn meta(
        &mut self,
        line: &str,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<Flow, CommandError> {
        let (cmd, arg) = match line.split_once(char::is_whitespace) {
            Some((c, a)) => (c, a.trim()),
            None => (line, ""),
        };
        let needs = |what: &str| -> Result<(), CommandError> {
            if arg.is_empty() {
                Err(CommandError::Usage(format!(":{cmd} needs {what}")))
            } else {
                Ok(())
            }
        };
        match cmd {
            "help" | "h" | "?" => {
                out.write_all(HELP.as_bytes())
                    .map_err(CommandError::Output)?;
                Ok(Flow::Done)
            }
            "quit" | "exit" | "q" => Ok(Flow::Quit),
            "sparql" if arg.is_empty() => {
                self.mode = Mode::Sparql;
                self.say(
                    out,
                    "SPARQL mode (ng:, ent:, rdf:, rdfs:, schema: … are declared; :ask goes back)",
                )?;
                Ok(Flow::Done)
            }
            "sparql" => self.sparql(arg, out),
            "ask" if arg.is_empty() => {
                self.mode = Mode::Ask;
                self.say(out, "question mode")?;
                Ok(Flow::Done)
            }
            "ask" => self.ask(arg, out),
            "format" => self.set_format(arg, out),
            "sources" => {
                self.sources = on_off(cmd, arg, self.sources)?;
                let msg = format!("sources {}", if self.sources { "on" } else { "off" });
                self.say(out, &msg)?;
                Ok(Flow::Done)
            }
            "timing" => {
                self.timing = on_off(cmd, arg, self.timing)?;
                let msg = format!("timing {}", if self.timing { "on" } else { "off" });
                self.say(out, &msg)?;
                Ok(Flow::Done)
            }
            "explain" => {
                needs("a query, e.g. :explain who denied what?")?;
                let text = self
                    .session()?
                    .explain(arg)
                    .map_err(|e| CommandError::Query(e, arg.to_string()))?;
                out.write_all(text.as_bytes())
                    .map_err(CommandError::Output)?;
                Ok(Flow::Answered)
            }
            "describe" => {
                needs("an entity, e.g. :describe Zakharova")?;
                let q = format!("who is {}", arg.trim_end_matches('?').trim());
                self.ask(&q, out)
            }
            "dot" => {
                needs("a file name, e.g. :dot answer.dot")?;
                self.dot(Path::new(arg), out)
            }
            "load" => {
                needs("files or folders of articles, e.g. :load data/articles")?;
                self.load(arg, out, err)
            }
            "stats" => {
                let stats = self.session()?.graph().stats();
                report::write_stats(&mut &mut *out, &stats).map_err(CommandError::Output)?;
                Ok(Flow::Done)
            }
            _ => {
                let typed = format!(":{cmd}");
                let near: Vec<&str> = META
                    .iter()
                    .copied()
                    .filter(|m| crate::query::plan::edit_distance(&typed, m) <= 2)
                    .collect();
                let hint = match near.first() {
                    Some(m) => format!(" — did you mean {m}?"),
                    None => " — :help lists the commands".into(),
                };
                Err(CommandError::Usage(format!("no command {typed}{hint}")))
            }
        }
    }

    fn set_format(&mut self, arg: &str, out: &mut dyn Write) -> Result<Flow, CommandError> {
        if arg.is_empty() {
            let msg = format!("format {}", self.format_name);
            writeln!(out, "{msg}").map_err(CommandError::Output)?;
            return Ok(Flow::Done);
        }
        let answer = AnswerFormat::from_str(arg, true).ok();
        let sparql = SparqlFormat::from_str(arg, true).ok();
        if answer.is_none() && sparql.is_none() {
            return Err(CommandError::Usage(format!(
                "no format \"{arg}\" (expected {})",
                format_names().join(", ")
            )));
        }
        self.answer_format = answer.unwrap_or(AnswerFormat::Table);
        self.sparql_format = sparql.unwrap_or(SparqlFormat::Table);
        self.format_name = arg.to_ascii_lowercase();
        let msg = match (answer, sparql) {
            (None, _) => format!("format {} for SPARQL; answers as table", self.format_name),
            (_, None) => format!("format {}; SPARQL results as table", self.format_name),
            _ => format!("format {}", self.format_name),
        };
        self.say(out, &msg)?;
        Ok(Flow::Done)
    }

    fn dot(&mut self, path: &Path, out: &mut dyn Write) -> Result<Flow, CommandError> {
        let session = self.session()?;
        let Some((answer, text)) = &self.last else {
            return Err(CommandError::Usage(
                "no answer yet to draw: ask a question first".into(),
            ));
        };
        let dot = crate::dot::answer_dot(session.graph(), answer, text);
        std::fs::write(path, dot).map_err(|source| CommandError::File {
            path: path.to_owned(),
            source,
        })?;
        let msg = format!("wrote {} (the facts behind: {text})", path.display());
        self.say(out, &msg)?;
        Ok(Flow::Done)
    }

    /// `:load`: closes the store so the build can lock it, builds from the articles,
    /// and opens the store again. If the build cannot run (another process has the
    /// store open) the error is shown and the store is reopened as it was.
    fn load(
        &mut self,
        arg: &str,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<Flow, CommandError> {
        // A path with spaces is taken whole when it exists.
        let paths: Vec<PathBuf> = if Path::new(arg).exists() {
            vec![PathBuf::from(arg)]
        } else {
            arg.split_whitespace().map(PathBuf::from).collect()
        };
        let started = Instant::now();
        let dir = self.config.store_dir.clone();
        drop(self.session.take());
        let built = crate::build::build(&dir, &paths, &self.config.lexicon, &crate::build::Silent);
        let session = reopen(&dir, &self.config.lexicon).map_err(CommandError::Reopen)?;
        self.session = Some(session);
        self.last = None;
        self.reloaded = true;
        let report = built?;
        let st = self.session()?.graph().stats();
        let msg = format!(
            "loaded {} articles ({} new, {} replaced, {} unchanged) in {:.2} s; the store has {} articles, {} entities, {} facts",
            report.articles,
            report.store.added,
            report.store.replaced,
            report.store.unchanged,
            started.elapsed().as_secs_f64(),
            st.documents,
            st.entities,
            st.facts
        );
        let w: &mut dyn Write = if self.interactive { out } else { err };
        writeln!(w, "{msg}").map_err(CommandError::Output)?;
        Ok(Flow::Done)
    }
}

/// Opens the store and loads a session, waiting a little if a build holds it.
fn reopen(dir: &Path, lex: &Lexicon) -> Result<Session, StoreError> {
    let mut tries = 0;
    loop {
        match store::open_read(dir).and_then(|s| Session::new(s, lex)) {
            Err(StoreError::Busy { .. }) if tries < 50 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(100));
            }
            other => return other,
        }
    }
}

fn on_off(cmd: &str, arg: &str, current: bool) -> Result<bool, CommandError> {
    match arg.to_ascii_lowercase().as_str() {
        "on" | "yes" | "true" | "1" => Ok(true),
        "off" | "no" | "false" | "0" => Ok(false),
        "" => Ok(!current),
        _ => Err(CommandError::Usage(format!(
            ":{cmd} takes on or off, not \"{arg}\""
        ))),
    }
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

// ------------------------------------------------------------------ completion

/// Keywords of the query language, offered by Tab.
const KEYWORDS: &[&str] = &[
    "who",
    "what",
    "which",
    "where",
    "how",
    "is",
    "of",
    "and",
    "after",
    "before",
    "since",
    "until",
    "on",
    "in",
    "order by",
    "limit",
    "count",
    "distinct",
    "possible",
    "asserted",
    "negated",
    "may",
    "might",
    "could",
    "not",
    "did",
    "does",
    "connected to",
    "a member of",
    "claim contains",
    "asc",
    "desc",
    "date",
    "doc",
    "State",
    "Person",
    "Crossing",
    "Organisation",
    "Place",
    "states",
    "crossings",
    "people",
];

/// Relation names and the verb forms the grammar knows (`grammar/query.pest`).
const RELATION_WORDS: &[&str] = &[
    "accuses",
    "denies",
    "closes",
    "reopens",
    "borders",
    "holds_role",
    "member_of",
    "located_in",
    "says",
    "accused",
    "accusing",
    "accuse",
    "blamed",
    "blames",
    "blaming",
    "blame",
    "denied",
    "denying",
    "deny",
    "rejected",
    "rejects",
    "reject",
    "dismissed",
    "dismisses",
    "dismiss",
    "closed",
    "closing",
    "close",
    "shut",
    "shuts",
    "sealed",
    "seals",
    "seal",
    "reopened",
    "reopening",
    "reopen",
    "bordered",
    "bordering",
    "border",
    "holds",
    "held",
    "hold",
    "joined",
    "joins",
    "join",
    "said",
    "say",
    "told",
    "warned",
    "announced",
];

/// Words that end a bare name in the grammar: a name holding one must be quoted.
const NAME_BREAKERS: &[&str] = &[
    "of",
    "and",
    "where",
    "after",
    "before",
    "since",
    "until",
    "on",
    "in",
    "order",
    "limit",
    "what",
    "whom",
    "is",
    "are",
    "not",
    "did",
    "does",
    "do",
    "has",
    "have",
    "had",
    "will",
    "may",
    "might",
    "could",
    "would",
    "a",
    "member",
    "connected",
    "to",
    "accusations",
    "charges",
    "allegations",
    "claims",
    "asserted",
    "possible",
    "negated",
    "who",
    "which",
    "how",
    "count",
    "distinct",
];

const SPARQL_KEYWORDS: &[&str] = &[
    "SELECT",
    "DISTINCT",
    "WHERE",
    "FILTER",
    "OPTIONAL",
    "GRAPH",
    "PREFIX",
    "ASK",
    "CONSTRUCT",
    "DESCRIBE",
    "LIMIT",
    "OFFSET",
    "ORDER BY",
    "GROUP BY",
    "HAVING",
    "COUNT",
    "UNION",
    "MINUS",
    "BIND",
    "VALUES",
    "CONTAINS",
    "STRSTARTS",
    "LCASE",
    "STR",
    "LANG",
    "REGEX",
    "EXISTS",
    "NOT EXISTS",
    "ASC",
    "DESC",
    "AS",
];

const SPARQL_TERMS: &[&str] = &[
    "rdf:type",
    "rdf:subject",
    "rdf:predicate",
    "rdf:object",
    "rdfs:label",
    "skos:altLabel",
    "owl:sameAs",
    "ng:claim",
    "ng:modality",
    "ng:asserted",
    "ng:possible",
    "ng:negated",
    "ng:date",
    "ng:evidence",
    "ng:text",
    "ng:start",
    "ng:end",
    "ng:section",
    "ng:headline",
    "ng:caption",
    "ng:file",
    "ng:sha256",
    "ng:extractor",
    "ng:Crossing",
    "schema:Country",
    "schema:Person",
    "schema:Organization",
    "schema:Place",
    "schema:NewsArticle",
    "schema:headline",
    "schema:publisher",
    "schema:datePublished",
    "prov:wasAttributedTo",
];

/// A name offered for completion, with its folded form for matching.
struct Name {
    text: String,
    folded: String,
    /// Byte offsets in `folded` where a word starts.
    starts: Vec<usize>,
    quoted: bool,
}

impl Name {
    fn new(text: &str) -> Self {
        let folded = crate::text::fold(text);
        let mut starts = vec![0];
        for (i, c) in folded.char_indices() {
            if c == ' ' || c == '-' {
                starts.push(i + c.len_utf8());
            }
        }
        Name {
            text: text.to_string(),
            quoted: needs_quotes(text),
            folded,
            starts,
        }
    }

    /// 0 when the name starts with `q`, 1 when a later word does, `None` otherwise.
    fn rank(&self, q: &str) -> Option<u8> {
        let pos = self
            .starts
            .iter()
            .position(|&s| self.folded.get(s..).is_some_and(|t| t.starts_with(q)))?;
        Some(u8::from(pos > 0))
    }
}

/// Whether a name must be quoted to be read as one name: it holds a word that ends a
/// bare name, or a character a bare name cannot have.
fn needs_quotes(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        let lower = w.to_lowercase();
        NAME_BREAKERS.contains(&lower.as_str())
            || RELATION_WORDS.contains(&lower.as_str())
            || !w.chars().next().is_some_and(char::is_alphanumeric)
            || !w
                .chars()
                .all(|c| c.is_alphanumeric() || "-'’._".contains(c))
    })
}

/// What to complete at the cursor.
enum Completion {
    /// Replace from the byte offset with one of the candidates.
    Words(usize, Vec<Pair>),
    /// A file name (`:load`, `:dot`).
    Files,
}

/// The rustyline helper: completion of the REPL's words.
struct ReplHelper {
    mode: Mode,
    names: Vec<Name>,
    ids: Vec<String>,
    files: FilenameCompleter,
}

impl ReplHelper {
    fn new(graph: Option<&KnowledgeGraph>) -> Self {
        let mut h = ReplHelper {
            mode: Mode::Ask,
            names: Vec::new(),
            ids: Vec::new(),
            files: FilenameCompleter::new(),
        };
        h.set_names(graph);
        h
    }

    /// Takes the entity labels and aliases of a graph.
    fn set_names(&mut self, graph: Option<&KnowledgeGraph>) {
        let mut texts: Vec<&str> = Vec::new();
        let mut ids = Vec::new();
        for e in graph.into_iter().flat_map(KnowledgeGraph::entities) {
            texts.push(&e.label);
            texts.extend(e.aliases.iter().map(String::as_str));
            ids.push(format!("ent:{}", e.id));
        }
        texts.sort_unstable();
        texts.dedup();
        ids.sort_unstable();
        self.names = texts.into_iter().map(Name::new).collect();
        self.ids = ids;
    }

    /// Candidates for the text before the cursor.
    fn candidates(&self, line: &str, pos: usize) -> Completion {
        let before = line.get(..pos).unwrap_or(line);
        let lead = before.trim_start();
        let offset = before.len() - lead.len();
        if let Some(rest) = lead.strip_prefix(':') {
            let Some(space) = rest.find(char::is_whitespace) else {
                let typed = lead.to_ascii_lowercase();
                let c = META
                    .iter()
                    .filter(|m| m.starts_with(&typed))
                    .map(|m| pair(m, m))
                    .collect();
                return Completion::Words(offset, c);
            };
            let cmd = &rest[..space];
            let arg_start = offset + 1 + space;
            return match cmd {
                "format" => fixed_words(before, arg_start, &format_names()),
                "sources" | "timing" => fixed_words(before, arg_start, &["on", "off"]),
                "load" | "dot" => Completion::Files,
                "sparql" => self.sparql_words(before, arg_start),
                "describe" => self.query_words(before, arg_start, true),
                "explain" | "ask" => self.query_words(before, arg_start, false),
                _ => Completion::Words(pos, Vec::new()),
            };
        }
        match self.mode {
            Mode::Ask => self.query_words(before, 0, false),
            Mode::Sparql => self.sparql_words(before, 0),
        }
    }

    /// Names starting with the folded query `q`; when there are none, names with a
    /// later word starting with it (`Gahr` → `Jonas Gahr Støre`).
    fn matching_names(&self, q: &str) -> Vec<&Name> {
        let mut found: Vec<(u8, &Name)> = self
            .names
            .iter()
            .filter_map(|n| n.rank(q).map(|r| (r, n)))
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.text.cmp(&b.1.text)));
        let best = found.first().map_or(0, |f| f.0);
        found
            .into_iter()
            .take_while(|f| f.0 == best)
            .map(|(_, n)| n)
            .collect()
    }

    /// Completion in the query language, from `floor` on. `bare` says names need no
    /// quotes (after `who is`, where the rest of the line is the name).
    fn query_words(&self, before: &str, floor: usize, bare: bool) -> Completion {
        let region = &before[floor..];
        // Inside an open quote: complete the name and close the quote.
        if !region.matches('"').count().is_multiple_of(2) {
            let start = floor + region.rfind('"').map_or(0, |i| i + 1);
            let q = crate::text::fold(&before[start..]);
            let c = self
                .matching_names(&q)
                .into_iter()
                .map(|n| pair(&n.text, &format!("{}\"", n.text)))
                .collect();
            return Completion::Words(start, dedup(c));
        }
        // After `who is`, the rest of the line is the name: no quotes needed there.
        let offer = |n: &Name, start: usize| {
            let head = before[floor..start].trim_end().to_lowercase();
            let bare = bare
                || ["who is", "who was", "what is", "what was", "where is"]
                    .iter()
                    .any(|p| head.ends_with(p));
            if n.quoted && !bare {
                pair(&n.text, &format!("\"{}\"", n.text))
            } else {
                pair(&n.text, &n.text)
            }
        };
        // A name of several words: the longest span of words before the cursor that
        // some name contains.
        let mut starts = Vec::new();
        let mut s = word_start(before, floor);
        while starts.len() < 5 {
            // The previous word must be separated by white space alone.
            let prev = before[..s].trim_end();
            if prev.len() == s || prev.len() <= floor {
                break;
            }
            s = word_start(prev, floor);
            if before[s..].starts_with('?') {
                break;
            }
            starts.push(s);
        }
        for &start in starts.iter().rev() {
            let q = crate::text::fold(&before[start..]);
            let names = self.matching_names(&q);
            if !names.is_empty() {
                let c = names.into_iter().map(|n| offer(n, start)).collect();
                return Completion::Words(start, dedup(c));
            }
        }
        // One word: keywords, relations and names.
        let start = word_start(before, floor);
        let word = &before[start..];
        if word.starts_with('?') {
            return Completion::Words(start, Vec::new());
        }
        let lower = word.to_lowercase();
        let mut c: Vec<Pair> = KEYWORDS
            .iter()
            .chain(RELATION_WORDS)
            .filter(|k| k.to_lowercase().starts_with(&lower))
            .map(|k| pair(k, k))
            .collect();
        c.extend(
            self.matching_names(&crate::text::fold(word))
                .into_iter()
                .map(|n| offer(n, start)),
        );
        Completion::Words(start, dedup(c))
    }

    /// Completion of SPARQL keywords, the project's terms and entity IRIs.
    fn sparql_words(&self, before: &str, floor: usize) -> Completion {
        let start = word_start(before, floor);
        let word = &before[start..];
        if word.starts_with('?') {
            return Completion::Words(start, Vec::new());
        }
        let upper = word.to_uppercase();
        let mut c: Vec<Pair> = SPARQL_KEYWORDS
            .iter()
            .filter(|k| k.starts_with(&upper))
            .map(|k| pair(k, k))
            .collect();
        let lower = word.to_lowercase();
        let relations = crate::model::Relation::BUILT_IN.map(|r| format!("ng:{}", r.as_str()));
        c.extend(
            SPARQL_TERMS
                .iter()
                .copied()
                .chain(relations.iter().map(String::as_str))
                .chain(self.ids.iter().map(String::as_str))
                .filter(|t| t.to_lowercase().starts_with(&lower))
                .map(|t| pair(t, t)),
        );
        Completion::Words(start, dedup(c))
    }
}

fn pair(display: &str, replacement: &str) -> Pair {
    Pair {
        display: display.to_string(),
        replacement: replacement.to_string(),
    }
}

/// Drops repeated replacements, keeping the first.
fn dedup(c: Vec<Pair>) -> Vec<Pair> {
    let mut seen = std::collections::HashSet::new();
    c.into_iter()
        .filter(|p| seen.insert(p.replacement.clone()))
        .collect()
}

/// Completion of one word among fixed choices.
fn fixed_words<S: AsRef<str>>(before: &str, floor: usize, words: &[S]) -> Completion {
    let start = word_start(before, floor);
    let typed = before[start..].to_lowercase();
    let c = words
        .iter()
        .map(AsRef::as_ref)
        .filter(|w| w.starts_with(&typed))
        .map(|w| pair(w, w))
        .collect();
    Completion::Words(start, c)
}

/// Completion candidates at the end of `line`, as the REPL offers them on Tab (query
/// language, or SPARQL when `sparql`): where the replaced word starts, and (shown,
/// inserted) pairs. Meta-commands and file names are left out. For `serve`'s
/// `/api/complete`.
pub fn complete(
    graph: &KnowledgeGraph,
    line: &str,
    sparql: bool,
) -> (usize, Vec<(String, String)>) {
    if line.trim_start().starts_with(':') {
        return (line.len(), Vec::new());
    }
    let mut h = ReplHelper::new(Some(graph));
    if sparql {
        h.mode = Mode::Sparql;
    }
    match h.candidates(line, line.len()) {
        Completion::Words(start, c) => (
            start,
            c.into_iter().map(|p| (p.display, p.replacement)).collect(),
        ),
        Completion::Files => (line.len(), Vec::new()),
    }
}

/// Where the word ending at the end of `before` starts, not before `floor`.
fn word_start(before: &str, floor: usize) -> usize {
    let region = before.get(floor..).unwrap_or_default();
    region
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || "\"(){}[],;=<>!".contains(c))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        match self.candidates(line, pos) {
            Completion::Words(start, c) => Ok((start, c)),
            Completion::Files => self.files.complete(line, pos, ctx),
        }
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}

#[cfg(test)]
mod tests {
    use super::*;

    fn helper(names: &[&str]) -> ReplHelper {
        let mut h = ReplHelper::new(None);
        h.names = names.iter().map(|n| Name::new(n)).collect();
        h.ids = vec!["ent:finland".into()];
        h
    }

    fn complete(h: &ReplHelper, line: &str) -> (usize, Vec<String>) {
        match h.candidates(line, line.len()) {
            Completion::Words(start, c) => (start, c.into_iter().map(|p| p.replacement).collect()),
            Completion::Files => (usize::MAX, Vec::new()),
        }
    }

    const NAMES: &[&str] = &[
        "Maria Zakharova",
        "Zakharova",
        "Jonas Gahr Støre",
        "Finland",
        "Finnish Border Guard",
        "Storskog",
    ];

    #[test]
    fn completes_names_from_the_word_under_the_cursor() {
        let h = helper(NAMES);
        assert_eq!(complete(&h, "who is Zakh"), (7, vec!["Zakharova".into()]));
        assert_eq!(
            complete(&h, "who is Jon"),
            (7, vec!["Jonas Gahr Støre".into()])
        );
        // Case and diacritics do not matter.
        assert_eq!(complete(&h, "who is STØ").1, vec!["Storskog"]);
        // With no name starting so, a later word of a name matches.
        assert_eq!(complete(&h, "who is gahr").1, vec!["Jonas Gahr Støre"]);
        assert_eq!(
            complete(&h, "who is zakharova"),
            (7, vec!["Zakharova".into()])
        );
    }

    #[test]
    fn completes_a_name_of_several_words() {
        let h = helper(NAMES);
        assert_eq!(
            complete(&h, "how is Jonas Gahr S"),
            (7, vec!["Jonas Gahr Støre".into()])
        );
    }

    #[test]
    fn quotes_names_that_hold_keywords_except_after_who_is() {
        let h = helper(NAMES);
        assert_eq!(
            complete(&h, "?x accuses Finnish Bo").1,
            vec!["\"Finnish Border Guard\""]
        );
        assert_eq!(
            complete(&h, "who is Finnish Bo").1,
            vec!["Finnish Border Guard"]
        );
        assert_eq!(
            complete(&h, "?x accuses \"Finnish B").1,
            vec!["Finnish Border Guard\""]
        );
    }

    #[test]
    fn completes_keywords_relations_and_meta_commands() {
        let h = helper(NAMES);
        assert_eq!(
            complete(&h, "who acc").1,
            vec!["accuses", "accused", "accusing", "accuse"]
        );
        assert_eq!(complete(&h, "?x closes ?c ord").1, vec!["order by"]);
        assert_eq!(complete(&h, ":fo"), (0, vec![":format".into()]));
        assert_eq!(complete(&h, ":format js"), (8, vec!["json".into()]));
        assert_eq!(complete(&h, ":timing o").1, vec!["on", "off"]);
        assert!(complete(&h, "?x").1.is_empty());
    }

    #[test]
    fn completes_sparql() {
        let mut h = helper(NAMES);
        h.mode = Mode::Sparql;
        assert_eq!(complete(&h, "SELECT * WH").1, vec!["WHERE"]);
        assert_eq!(
            complete(&h, "?f rdf:predicate ng:acc").1,
            vec!["ng:accuses"]
        );
        assert_eq!(complete(&h, "?x ?p ent:fin").1, vec!["ent:finland"]);
        h.mode = Mode::Ask;
        assert_eq!(complete(&h, ":sparql SELECT ?x WH").1, vec!["WHERE"]);
    }

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

    #[test]
    fn names_needing_quotes() {
        assert!(!needs_quotes("Jonas Gahr Støre"));
        assert!(!needs_quotes("Raja-Jooseppi"));
        assert!(needs_quotes("Finnish Border Guard"));
        assert!(needs_quotes("Ministry of the Interior"));
        assert!(needs_quotes("AT&T"));
    }
}
