//! The REPL's state and its commands: queries, SPARQL and the meta-commands of
//! [`commands::COMMANDS`], with answers routed to the screen, a pager or a file.

use super::commands::{self, EXIT_WORDS};
use super::source::{Source, SourceQueryError};
use super::{render, Mode, ReplConfig, ReplError};
use crate::graph::KnowledgeGraph;
use crate::query::{Answer, QueryError};
use crate::remote::RemoteError;
use crate::report::{self, AnswerFormat};
use crate::session::Session;
use crate::source::SourceError;
use crate::sparql::{self, SparqlError, SparqlFormat};
use crate::store::{self, StoreError};
use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod settings;

/// How deep `:read` may nest (a file that reads itself stops here).
const MAX_READ_DEPTH: usize = 8;

/// How a command ended.
pub(super) enum Outcome {
    Done,
    Failed,
    Quit,
}

/// What a command did, for timing and quitting.
enum Flow {
    /// Printed an answer of so many rows (timed).
    Answered(usize),
    /// Changed a setting or printed a note.
    Done,
    /// `:quit` or an exit word.
    Quit,
}

/// Why a command failed. All but [`CommandError::Output`] and [`CommandError::Reopen`]
/// are shown and the session goes on.
#[derive(Debug, thiserror::Error)]
enum CommandError {
    #[error("{0}")]
    Query(QueryError, String),
    #[error("{0}")]
    Sparql(SparqlError, String),
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Source(#[from] SourceError),
    #[error(transparent)]
    Build(#[from] crate::build::BuildError),
    #[error("cannot write {}: {source}", crate::shown::path(path))]
    File { path: PathBuf, source: io::Error },
    #[error("cannot read {}: {source}", crate::shown::path(path))]
    Read { path: PathBuf, source: io::Error },
    #[error(transparent)]
    Remote(#[from] RemoteError),
    #[error("the store is closed")]
    Closed,
    #[error("cannot write the output")]
    Output(#[source] io::Error),
    #[error("cannot reopen the store")]
    Reopen(#[source] StoreError),
}

impl CommandError {
    /// A SPARQL error on `text`; a failed write is an output error.
    fn sparql(e: SparqlError, text: &str) -> Self {
        match e {
            SparqlError::Io(e) => CommandError::Output(e),
            e => CommandError::Sparql(e, text.to_string()),
        }
    }

    /// The message as shown: `error: …`, with the query and a caret when it has a place.
    fn render(&self) -> String {
        match self {
            CommandError::Query(e, text) => e.render(text),
            CommandError::Sparql(
                e @ SparqlError::Syntax {
                    position: Some((line, column)),
                    ..
                },
                text,
            ) => {
                let shown = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
                let before: String = shown.chars().take(column.saturating_sub(1)).collect();
                format!(
                    "error: {e}\n  {shown}\n  {}^",
                    " ".repeat(render::width(&before))
                )
            }
            e => format!("error: {e}"),
        }
    }
}

/// The state of a REPL session: the open store and the settings.
pub(super) struct Shell {
    /// `None` only while `:load` rebuilds the store.
    source: Option<Source>,
    config: ReplConfig,
    pub(super) mode: Mode,
    format_name: String,
    answer_format: AnswerFormat,
    sparql_format: SparqlFormat,
    sources: bool,
    timing: bool,
    expanded: bool,
    /// `:width N`; `None` follows the terminal.
    width: Option<usize>,
    /// `:output FILE`: where answers go until `:output` alone.
    output: Option<(PathBuf, std::fs::File)>,
    /// `:once FILE`: where the next answer goes.
    once: Option<PathBuf>,
    /// The last answer and the query it answered, for `:dot`.
    last: Option<(Answer, String)>,
    /// Commands of this session (and earlier ones, at a terminal), for `:history`.
    pub(super) history: Vec<String>,
    /// `@prefix` lines of Turtle already shown, so CONSTRUCT results do not repeat them.
    prefixes_shown: HashSet<String>,
    interactive: bool,
    /// Whether answers taller than the screen go through the pager: standard output
    /// is a terminal.
    pub(super) pager: bool,
    colour: bool,
    /// Set when `:load` replaced the graph, so completion reloads its names.
    pub(super) reloaded: bool,
    /// Put before error messages (`line 3: ` in scripts).
    pub(super) error_prefix: String,
    /// How deep in `:read` files the shell is.
    read_depth: usize,
}

impl Shell {
    pub(super) fn new(source: Source, config: ReplConfig, interactive: bool, colour: bool) -> Self {
        Shell {
            source: Some(source),
            config,
            mode: Mode::Ask,
            format_name: "table".into(),
            answer_format: AnswerFormat::Table,
            sparql_format: SparqlFormat::Table,
            sources: false,
            timing: false,
            expanded: false,
            width: None,
            output: None,
            once: None,
            last: None,
            history: Vec::new(),
            prefixes_shown: HashSet::new(),
            interactive,
            pager: false,
            colour,
            reloaded: false,
            error_prefix: String::new(),
            read_depth: 0,
        }
    }

    fn source(&self) -> Result<&Source, CommandError> {
        self.source.as_ref().ok_or(CommandError::Closed)
    }

    /// The graph, for completion (empty while no session is open).
    pub(super) fn graph(&self) -> Option<&KnowledgeGraph> {
        self.source.as_ref().map(Source::graph)
    }

    /// The prompt, plain and coloured.
    pub(super) fn prompt(&self) -> (String, String) {
        let name = match self.mode {
            Mode::Ask => "newsgraph",
            Mode::Sparql => "sparql",
        };
        let styled = if self.colour {
            format!("\x1b[1;36m{name}\x1b[0m> ")
        } else {
            format!("{name}> ")
        };
        (format!("{name}> "), styled)
    }

    pub(super) fn banner(&self, out: &mut dyn Write) -> io::Result<()> {
        if let Ok(s) = self.source() {
            let place = match s.url() {
                Some(url) => format!("endpoint {url}"),
                None => format!("store {}", self.config.store_dir.display()),
            };
            let version = env!("CARGO_PKG_VERSION");
            match s.stats(&self.config.bounds.start()) {
                Ok(st) => writeln!(
                    out,
                    "newsgraph {version} — {place}: {} articles, {} entities, {} facts",
                    st.documents, st.entities, st.facts
                )?,
                Err(e) => writeln!(out, "newsgraph {version} — {place} (cannot count: {e})")?,
            }
        }
        writeln!(
            out,
            "Ask a question (who accused Russia of what?), :help for help, Ctrl-D to leave."
        )?;
        out.flush()
    }

    /// The width tables are fitted to: `:width`, else the terminal's at a terminal,
    /// else no limit (scripts get whole cells).
    fn table_width(&self) -> usize {
        self.width
            .or_else(|| {
                self.interactive
                    .then(render::terminal_size)
                    .flatten()
                    .map(|(w, _)| w)
            })
            .unwrap_or(usize::MAX)
    }

    /// Runs one command and shows its error, if any.
    pub(super) fn execute(
        &mut self,
        text: &str,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<Outcome, ReplError> {
        let started = Instant::now();
        let text = text.trim();
        let result = if EXIT_WORDS.contains(&text.to_ascii_lowercase().as_str()) {
            Ok(Flow::Quit)
        } else {
            match text.strip_prefix(':') {
                Some(meta) => self.meta(meta, out, err),
                None => self.query(text, out),
            }
        };
        let outcome = match result {
            Ok(Flow::Quit) => Outcome::Quit,
            Ok(Flow::Answered(rows)) => {
                if self.timing {
                    let ms = started.elapsed().as_secs_f64() * 1000.0;
                    let unit = if rows == 1 { "row" } else { "rows" };
                    writeln!(err, "time: {ms:.3} ms, {rows} {unit}").map_err(ReplError::Output)?;
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

    /// Sends an answer where answers go: `:once` or `:output` file, the pager when it
    /// is taller than the screen, or `out`.
    fn emit(&mut self, buf: &[u8], out: &mut dyn Write) -> Result<(), CommandError> {
        if let Some(path) = self.once.take() {
            std::fs::write(&path, buf).map_err(|source| CommandError::File {
                path: path.clone(),
                source,
            })?;
            let msg = format!("wrote {}", path.display());
            return self.say(out, &msg);
        }
        if let Some((path, file)) = &mut self.output {
            return file.write_all(buf).map_err(|source| CommandError::File {
                path: path.clone(),
                source,
            });
        }
        if self.pager {
            let tall = render::terminal_size().is_some_and(|(_, rows)| {
                buf.iter().filter(|&&b| b == b'\n').count() >= rows.saturating_sub(1)
            });
            if tall {
                out.flush().map_err(CommandError::Output)?;
                if render::pager_command().is_some_and(|cmd| render::page(&cmd, buf)) {
                    return Ok(());
                }
            }
        }
        out.write_all(buf).map_err(CommandError::Output)
    }

    /// Writes a table of `header` and `rows` fitted to the width, or as blocks when
    /// expanded, followed by the row count.
    fn table(
        &self,
        buf: &mut dyn Write,
        header: &[String],
        rows: &[Vec<String>],
        sources: Option<&[Vec<String>]>,
    ) -> io::Result<()> {
        let width = self.table_width();
        if rows.is_empty() {
            return writeln!(buf, "no answers");
        }
        if self.expanded {
            render::write_expanded(buf, header, rows, width)?;
        } else {
            let mut table = Vec::new();
            render::write_table(&mut table, header, rows, width)?;
            let text = String::from_utf8_lossy(&table);
            let mut lines = text.lines();
            for l in lines.by_ref().take(2) {
                writeln!(buf, "{l}")?;
            }
            for (i, l) in lines.enumerate() {
                writeln!(buf, "{l}")?;
                // With sources, each row is followed by its sentences.
                for s in sources.and_then(|s| s.get(i)).into_iter().flatten() {
                    for (j, part) in render::wrap(s, width.saturating_sub(4)).iter().enumerate() {
                        let indent = if j == 0 { "    " } else { "      " };
                        writeln!(buf, "{indent}{part}")?;
                    }
                }
            }
        }
        let unit = if rows.len() == 1 { "row" } else { "rows" };
        writeln!(buf, "({} {unit})", rows.len())
    }

    fn ask(&mut self, text: &str, out: &mut dyn Write) -> Result<Flow, CommandError> {
        let source = self.source()?;
        let query_error = |e| CommandError::Query(e, text.to_string());
        let index = source.index();
        // A question no form reads is answered by a search of the sentences' words.
        let (answer, cut) = index
            .parse(text)
            .and_then(|parsed| source.answer(&parsed, &self.config.bounds))
            .or_else(|e| index.search(text, &e).map(|a| (a, None)).ok_or(e))
            .map_err(query_error)?;
        let g = source.graph();
        let mut buf = Vec::new();
        if self.answer_format == AnswerFormat::Table {
            for h in &answer.header {
                writeln!(buf, "{h}").map_err(CommandError::Output)?;
            }
            if !answer.header.is_empty() {
                writeln!(buf).map_err(CommandError::Output)?;
            }
            let (header, rows) = report::answer_table(g, &answer);
            let sources: Vec<Vec<String>> = answer
                .rows
                .iter()
                .map(|r| {
                    r.sources
                        .iter()
                        .map(|s| format!("[{}] \"{}\"", report::short_doc(&s.doc), s.sentence))
                        .collect()
                })
                .collect();
            let sources = (self.sources || answer.cite).then_some(sources.as_slice());
            self.table(&mut buf, &header, &rows, sources)
                .map_err(CommandError::Output)?;
        } else {
            report::write_answer(
                &mut buf,
                g,
                &answer,
                self.answer_format,
                self.sources || answer.cite,
            )
            .map_err(CommandError::Output)?;
        }
        if let Some(total) = cut {
            let shown = answer.rows.len();
            writeln!(
                buf,
                "(the first {shown} of {total} rows; --max-rows N to change)"
            )
            .map_err(CommandError::Output)?;
        }
        let rows = answer.rows.len();
        self.emit(&buf, out)?;
        self.last = Some((answer, text.to_string()));
        Ok(Flow::Answered(rows))
    }

    fn sparql(&mut self, text: &str, out: &mut dyn Write) -> Result<Flow, CommandError> {
        let source = self.source()?;
        // Buffered, so a query failing half-way prints nothing but its error.
        let mut buf = Vec::new();
        let mut table = |w: &mut dyn Write, header: &[String], rows: &[Vec<String>]| {
            self.table(w, header, rows, None)
        };
        let deadline = self.config.bounds.start();
        let done = source.sparql(text, &deadline).map_err(|e| match e {
            SourceQueryError::Sparql(e) => CommandError::sparql(e, text),
            SourceQueryError::Remote(e) => CommandError::Remote(e),
        })?;
        sparql::write_with(&done.results, self.sparql_format, &mut buf, &mut table)
            .map_err(|e| CommandError::sparql(e, text))?;
        if done.cut {
            let max = deadline.max_rows();
            writeln!(buf, "\n(the first {max} rows; --max-rows N to change)")
                .map_err(CommandError::Output)?;
        }
        let rows = done.results.len();
        // Prefixes already shown in this session are not repeated.
        let shown = &mut self.prefixes_shown;
        let mut kept = Vec::with_capacity(buf.len());
        for line in buf.split_inclusive(|&b| b == b'\n') {
            if line.starts_with(b"@prefix ") {
                let key = String::from_utf8_lossy(line).trim_end().to_string();
                if !shown.insert(key) {
                    continue;
                }
            }
            kept.extend_from_slice(line);
        }
        // XML results end without a newline; the prompt goes on a line of its own.
        if !kept.is_empty() && !kept.ends_with(b"\n") {
            kept.push(b'\n');
        }
        self.emit(&kept, out)?;
        Ok(Flow::Answered(rows))
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
        let (typed, arg) = match line.split_once(char::is_whitespace) {
            Some((c, a)) => (c, a.trim()),
            None => (line, ""),
        };
        let Some(cmd) = commands::lookup(typed) else {
            let hint = match commands::suggest(typed) {
                Some(m) => format!(" — did you mean :{m}?"),
                None => " — :help lists the commands".into(),
            };
            return Err(CommandError::Usage(format!("no command :{typed}{hint}")));
        };
        let needs = |what: &str| -> Result<(), CommandError> {
            if arg.is_empty() {
                Err(CommandError::Usage(format!(
                    ":{} needs {what} (:help {} tells more)",
                    cmd.name, cmd.name
                )))
            } else {
                Ok(())
            }
        };
        let write = |out: &mut dyn Write, text: &str| -> Result<Flow, CommandError> {
            out.write_all(text.as_bytes())
                .map_err(CommandError::Output)?;
            Ok(Flow::Done)
        };
        match cmd.name {
            "help" if arg.is_empty() => write(out, &commands::help()),
            "help" => match commands::help_for(arg) {
                Some(text) => write(out, &text),
                None => Err(CommandError::Usage(format!(
                    "no command :{} — :help lists the commands",
                    arg.trim_start_matches(':')
                ))),
            },
            "quit" => Ok(Flow::Quit),
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
                let mut v = self.sources;
                let flow = self.switch("sources", arg, &mut v, out);
                self.sources = v;
                flow
            }
            "timing" => {
                let mut v = self.timing;
                let flow = self.switch("timing", arg, &mut v, out);
                self.timing = v;
                flow
            }
            "expanded" => {
                let mut v = self.expanded;
                let flow = self.switch("expanded", arg, &mut v, out);
                self.expanded = v;
                flow
            }
            "width" => self.set_width(arg, out),
            "explain" => {
                needs("a query, e.g. :explain who denied what?")?;
                let text = self
                    .source()?
                    .index()
                    .explain(arg)
                    .map_err(|e| CommandError::Query(e, arg.to_string()))?;
                self.emit(text.as_bytes(), out)?;
                Ok(Flow::Done)
            }
            "describe" => {
                needs("an entity, e.g. :describe Zakharova")?;
                let q = format!("who is {}", arg.trim_end_matches('?').trim());
                self.ask(&q, out)
            }
            "relations" | "types" => {
                let st = self.source()?.stats(&self.config.bounds.start())?;
                let (head, map) = if cmd.name == "relations" {
                    ("relation", st.by_relation)
                } else {
                    ("entity type", st.by_type)
                };
                let rows: Vec<Vec<String>> = map
                    .into_iter()
                    .map(|(k, v)| vec![k, v.to_string()])
                    .collect();
                let mut buf = Vec::new();
                let header = [head.to_string(), "count".to_string()];
                self.table(&mut buf, &header, &rows, None)
                    .map_err(CommandError::Output)?;
                self.emit(&buf, out)?;
                Ok(Flow::Answered(rows.len()))
            }
            "entities" => self.entities(arg, out),
            "stats" => {
                let stats = self.source()?.stats(&self.config.bounds.start())?;
                let mut buf = Vec::new();
                report::write_stats(&mut buf, &stats).map_err(CommandError::Output)?;
                self.emit(&buf, out)?;
                Ok(Flow::Done)
            }
            "show" => {
                let text = self.settings();
                write(out, &text)
            }
            "output" => self.set_output(arg, out),
            "once" => {
                needs("a file name, e.g. :once answer.csv")?;
                self.once = Some(PathBuf::from(arg));
                Ok(Flow::Done)
            }
            "dot" => {
                needs("a file name, e.g. :dot answer.dot")?;
                self.dot(Path::new(arg), out)
            }
            "read" => {
                needs("a file name, e.g. :read queries.txt")?;
                self.read(Path::new(arg), out, err)
            }
            "load" => {
                needs("files or folders of articles, e.g. :load data/articles")?;
                self.load(arg, out, err)
            }
            "history" => {
                let mut buf = String::new();
                for (i, h) in self.history.iter().enumerate() {
                    let h = h.replace('\n', "\n      ");
                    buf.push_str(&format!("{:>5} {h}\n", i + 1));
                }
                self.emit(buf.as_bytes(), out)?;
                Ok(Flow::Done)
            }
            other => Err(CommandError::Usage(format!(
                "the command :{other} is listed but not implemented"
            ))),
        }
    }

    fn dot(&mut self, path: &Path, out: &mut dyn Write) -> Result<Flow, CommandError> {
        let source = self.source()?;
        let Some((answer, text)) = &self.last else {
            return Err(CommandError::Usage(
                "no answer yet to draw: ask a question first".into(),
            ));
        };
        let dot = crate::dot::answer_dot(source.graph(), answer, text, crate::dot::Look::ANSWER);
        std::fs::write(path, dot).map_err(|source| CommandError::File {
            path: path.to_owned(),
            source,
        })?;
        let msg = format!("wrote {} (the facts behind: {text})", path.display());
        self.say(out, &msg)?;
        Ok(Flow::Done)
    }

    /// `:read FILE`: runs its lines as commands, errors prefixed with the file and line.
    /// Fails when any line failed.
    fn read(
        &mut self,
        path: &Path,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<Flow, CommandError> {
        if self.read_depth >= MAX_READ_DEPTH {
            return Err(CommandError::Usage(format!(
                ":read nested more than {MAX_READ_DEPTH} deep (does {} read itself?)",
                crate::shown::path(path)
            )));
        }
        let text = std::fs::read_to_string(path).map_err(|source| CommandError::Read {
            path: path.to_owned(),
            source,
        })?;
        let saved = std::mem::take(&mut self.error_prefix);
        self.read_depth += 1;
        let mut failed = 0;
        let mut quit = false;
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            self.error_prefix = format!("{saved}{}:{}: ", crate::shown::path(path), i + 1);
            match self.execute(line, out, err) {
                Ok(Outcome::Done) => {}
                Ok(Outcome::Failed) => failed += 1,
                Ok(Outcome::Quit) => {
                    quit = true;
                    break;
                }
                Err(ReplError::Output(e)) => {
                    self.read_depth -= 1;
                    self.error_prefix = saved;
                    return Err(CommandError::Output(e));
                }
                Err(ReplError::Reopen(e)) => {
                    self.read_depth -= 1;
                    self.error_prefix = saved;
                    return Err(CommandError::Reopen(e));
                }
                Err(_) => failed += 1,
            }
        }
        self.read_depth -= 1;
        self.error_prefix = saved;
        if failed > 0 {
            return Err(CommandError::Usage(format!(
                "{failed} commands of {} failed",
                crate::shown::path(path)
            )));
        }
        Ok(if quit { Flow::Quit } else { Flow::Done })
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
        if let Some(url) = self.source()?.url() {
            return Err(CommandError::Usage(format!(
                ":load builds the local store, and this shell reads {url}; push articles \
                 there with newsgraph build --remote URL, or leave and start newsgraph repl \
                 without --endpoint"
            )));
        }
        // A path with spaces is taken whole when it exists.
        let paths: Vec<PathBuf> = if Path::new(arg).exists() {
            vec![PathBuf::from(arg)]
        } else {
            arg.split_whitespace().map(PathBuf::from).collect()
        };
        let started = Instant::now();
        let dir = self.config.store_dir.clone();
        drop(self.source.take());
        let built = crate::build::build(&dir, &paths, &self.config.lexicon, &crate::build::Silent);
        let session = reopen(&dir, &self.config.lexicon).map_err(CommandError::Reopen)?;
        self.source = Some(Source::Local(session));
        self.last = None;
        self.reloaded = true;
        let report = built?;
        let st = self.source()?.graph().stats();
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
fn reopen(dir: &Path, lex: &crate::lexicon::Lexicon) -> Result<Session, StoreError> {
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
