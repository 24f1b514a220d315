//! SPARQL on the store for users: `newsgraph sparql` and the REPL's SPARQL mode.
//!
//! The project's prefixes are predeclared, named graphs are queried as one default
//! graph (the union of all articles plus the entity descriptions), results come in the
//! W3C formats or as a table, and updates are refused unless asked for.

use crate::bounds::{Deadline, TimedOut};
use crate::rdf;
use crate::report::write_table;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Term, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    PreparedSparqlQuery, QueryEvaluationError, QueryResults, QuerySolution, SparqlEvaluator,
    Variable,
};
use oxigraph::store::Store;
use std::io::Write;

/// Output formats of `newsgraph sparql`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum SparqlFormat {
    /// Aligned columns with prefixed names (SELECT, ASK); Turtle for graphs.
    Table,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL Query Results XML.
    Xml,
    /// SPARQL 1.1 Query Results CSV.
    Csv,
    /// SPARQL 1.1 Query Results TSV.
    Tsv,
    /// Turtle (CONSTRUCT and DESCRIBE).
    Turtle,
    /// N-Triples (CONSTRUCT and DESCRIBE).
    Ntriples,
}

/// Why a SPARQL request failed.
#[derive(Debug, thiserror::Error)]
pub enum SparqlError {
    /// The text is neither a query nor an update: where (1-based line and column, in
    /// characters) when the parser said, and what it expected there.
    #[error("SPARQL syntax error{}: {message}", position.map_or(String::new(), |(l, c)| format!(" at line {l}, column {c}")))]
    Syntax {
        /// What the parser expected, or its message.
        message: String,
        /// Line and column of the error, both from 1.
        position: Option<(usize, usize)>,
    },
    /// The text is longer than [`MAX_SPARQL_BYTES`]: refused before parsing.
    #[error("SPARQL text of {len} bytes is too long (limit {limit} bytes)")]
    TooLong {
        /// Its length in bytes.
        len: usize,
        /// The limit.
        limit: usize,
    },
    /// Brackets nest deeper than [`MAX_SPARQL_DEPTH`] (`{{{{…`, `((((…`): refused before
    /// parsing, since the parser recurses once per level and would run out of stack.
    #[error("SPARQL brackets nest {depth} deep at line {line}, column {column}; at most {limit} levels are allowed")]
    TooDeep {
        /// The depth reached when the limit was passed.
        depth: usize,
        /// The limit.
        limit: usize,
        /// Line of the bracket past the limit, from 1.
        line: usize,
        /// Column of that bracket in characters, from 1.
        column: usize,
    },
    /// The output format asked for does not fit the query's results (`--format
    /// turtle` on a SELECT): the query is not run.
    #[error("--format {format} does not fit a {form}: {form} results come as {fits}")]
    FormatMismatch {
        /// The format asked for.
        format: &'static str,
        /// SELECT, ASK, or CONSTRUCT/DESCRIBE.
        form: &'static str,
        /// The formats that fit it.
        fits: &'static str,
    },
    /// An update was sent without `--update`.
    #[error("this is a SPARQL update; the store is read-only here (pass --update to change it)")]
    UpdateRefused,
    /// The query failed while running.
    #[error("SPARQL evaluation failed: {0}")]
    Evaluation(String),
    /// The query ran out of time (`--timeout`).
    #[error(transparent)]
    TimedOut(#[from] TimedOut),
    /// The query's heap grew past its memory budget (an `ORDER BY` over a cross
    /// product sorts everything before its first row).
    #[error(transparent)]
    OutOfMemory(crate::bounds::Stopped),
    /// The output could not be written.
    #[error("cannot write the results: {0}")]
    Io(#[from] std::io::Error),
}

/// The longest SPARQL text accepted (query or update), in bytes: 1 MiB.
pub const MAX_SPARQL_BYTES: usize = 1 << 20;

/// The deepest nesting of `{`, `(` and `[` accepted. The parser recurses for each level
/// (about 2 KB of stack a level), so 4,000 braces overflowed even the main thread's
/// 8 MB stack; 256 levels stay far below the 2 MB of a worker thread.
pub const MAX_SPARQL_DEPTH: usize = 256;

/// Checks length and bracket nesting before the parser sees the text. Brackets inside
/// strings, IRIs (`<…>`, told from `<` the operator by having no space or `<>"{}|^`\`
/// before the `>`) and `#` comments are not counted.
pub fn check_shape(text: &str) -> Result<(), SparqlError> {
    if text.len() > MAX_SPARQL_BYTES {
        return Err(SparqlError::TooLong {
            len: text.len(),
            limit: MAX_SPARQL_BYTES,
        });
    }
    let b = text.as_bytes();
    let (mut i, mut depth) = (0, 0usize);
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'"' | b'\'') => {
                let long = b[i..].starts_with(&[q, q, q]);
                i += if long { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if long && b[i..].starts_with(&[q, q, q]) {
                        i += 2;
                        break;
                    }
                    if !long && (b[i] == q || b[i] == b'\n') {
                        break;
                    }
                    i += 1;
                }
            }
            b'<' => {
                let end = b[i + 1..]
                    .iter()
                    .position(|&c| c <= b' ' || b"<>\"{}|^`\\".contains(&c));
                if let Some(n) = end.filter(|&n| b[i + 1 + n] == b'>') {
                    i += n + 1;
                }
            }
            b'{' | b'(' | b'[' => {
                depth += 1;
                if depth > MAX_SPARQL_DEPTH {
                    let before = &text[..i];
                    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
                    return Err(SparqlError::TooDeep {
                        depth,
                        limit: MAX_SPARQL_DEPTH,
                        line: before.matches('\n').count() + 1,
                        column: before[line_start..].chars().count() + 1,
                    });
                }
            }
            b'}' | b')' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

impl From<crate::bounds::Stopped> for SparqlError {
    fn from(s: crate::bounds::Stopped) -> Self {
        match s {
            crate::bounds::Stopped::TimedOut(t) => SparqlError::TimedOut(t),
            memory => SparqlError::OutOfMemory(memory),
        }
    }
}

/// The prefixes predeclared in every query, as `PREFIX` lines (for help texts).
pub fn prefix_lines() -> String {
    rdf::PREFIXES
        .iter()
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A syntax error from the parser's message on `query` (`error at 1:8: expected one
/// of "(", …`): the position, and the expected tokens without the character ranges
/// and classes that mean nothing to a reader.
fn syntax_error(msg: &str, query: &str) -> SparqlError {
    let Some(rest) = msg.strip_prefix("error at ") else {
        return SparqlError::Syntax {
            message: msg.to_string(),
            position: None,
        };
    };
    let (pos, what) = rest.split_once(": ").unwrap_or((rest, ""));
    let position: Option<(usize, usize)> = pos
        .split_once(':')
        .and_then(|(l, c)| Some((l.parse().ok()?, c.parse().ok()?)));
    let mut tokens: Vec<String> = what
        .strip_prefix("expected one of ")
        .or_else(|| what.strip_prefix("expected "))
        .unwrap_or_default()
        .split(", ")
        .filter(|t| !t.is_empty() && !t.contains("..=") && !t.starts_with(['[', '\'']))
        .map(|t| t.trim_matches('"').to_string())
        .filter(|t| !t.is_empty())
        .collect();
    tokens.dedup();
    let expected = match tokens.len() {
        0 => String::new(),
        1 => format!("expected {}", tokens[0]),
        n if n > 8 => format!("expected one of {}, …", tokens[..8].join(", ")),
        _ => format!("expected one of {}", tokens.join(", ")),
    };
    // Past the last character: the query stops too early.
    let at_end = position.is_some_and(|(l, c)| {
        let lines: Vec<&str> = query.trim_end().lines().collect();
        l >= lines.len() && lines.last().is_none_or(|last| c > last.chars().count())
    });
    let message = match (at_end, expected.is_empty()) {
        (true, true) => "unexpected end of the query".to_string(),
        (true, false) => format!("unexpected end of the query ({expected})"),
        (false, true) => "unexpected text".to_string(),
        (false, false) => expected,
    };
    // One line, whatever the parser's message held.
    let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
    SparqlError::Syntax { message, position }
}

fn evaluator() -> SparqlEvaluator {
    let mut e = SparqlEvaluator::new();
    for (p, iri) in rdf::PREFIXES {
        // The prefixes are constants with valid IRIs.
        e = e.clone().with_prefix(*p, *iri).unwrap_or(e);
    }
    e
}

/// A query as sent to a remote endpoint: parsed with the project's prefixes and
/// printed back from spargebra's algebra with full IRIs, so any store reads it the
/// same way. Errors are those of a local query.
pub fn expand(query: &str) -> Result<String, SparqlError> {
    check_shape(query)?;
    let mut parser = spargebra::SparqlParser::new();
    for (p, iri) in rdf::PREFIXES {
        // The prefixes are constants with valid IRIs.
        parser = parser.clone().with_prefix(*p, *iri).unwrap_or(parser);
    }
    match parser.parse_query(query) {
        Ok(q) => Ok(q.to_string()),
        Err(_) if is_update(query) => Err(SparqlError::UpdateRefused),
        Err(e) => Err(syntax_error(&e.to_string(), query)),
    }
}

/// Whether `text` parses as a SPARQL update (to tell updates from broken queries).
pub fn is_update(text: &str) -> bool {
    evaluator().parse_update(text).is_ok()
}

/// A term as shown in a table: prefixed IRI, or the literal's value.
fn short(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            rdf::PREFIXES
                .iter()
                .filter(|(_, ns)| iri.starts_with(ns) && !iri[ns.len()..].contains(['/', '#']))
                .max_by_key(|(_, ns)| ns.len())
                .map_or_else(
                    || format!("<{iri}>"),
                    |(p, ns)| format!("{p}:{}", &iri[ns.len()..]),
                )
        }
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// Writes a table of results: the header and the rows, already shortened to prefixed
/// names and literal values.
pub type TableWriter<'a> =
    dyn FnMut(&mut dyn Write, &[String], &[Vec<String>]) -> std::io::Result<()> + 'a;

/// The results of a query, held in memory up to the row cap.
pub enum Results {
    /// ASK.
    Boolean(bool),
    /// SELECT: the variables and the rows kept.
    Solutions {
        /// The projected variables, in order.
        variables: Vec<Variable>,
        /// The rows, at most the cap.
        rows: Vec<QuerySolution>,
    },
    /// CONSTRUCT and DESCRIBE: the triples kept.
    Graph(Vec<Triple>),
}

impl Results {
    /// How many rows there are: solutions, triples, or 1 for a boolean.
    pub fn len(&self) -> usize {
        match self {
            Results::Boolean(_) => 1,
            Results::Solutions { rows, .. } => rows.len(),
            Results::Graph(triples) => triples.len(),
        }
    }

    /// Whether there are no solutions or triples (a boolean is one row).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What a bounded query gave: its results and whether rows past the cap were dropped.
pub struct Bounded {
    /// The results.
    pub results: Results,
    /// Whether there were more rows (or triples) than the cap; only the first are kept.
    pub cut: bool,
}

impl Bounded {
    /// Results fetched whole (from a remote endpoint) cut to their first `max` rows.
    pub fn capped(mut results: Results, max: usize) -> Self {
        let cut = results.len() > max;
        match &mut results {
            Results::Solutions { rows, .. } => rows.truncate(max),
            Results::Graph(triples) => triples.truncate(max),
            Results::Boolean(_) => {}
        }
        Bounded { results, cut }
    }
}

/// How results are written on the wire: a W3C results format for SELECT and ASK, an
/// RDF format for CONSTRUCT and DESCRIBE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wire {
    /// For SELECT and ASK.
    pub results: QueryResultsFormat,
    /// For CONSTRUCT and DESCRIBE.
    pub graph: RdfFormat,
}

/// Parses a query with the project's prefixes and the union default graph, to be
/// stopped at `deadline`; an update sent as a query is told apart from a broken query,
/// and a syntax error says where.
fn parse(query: &str, deadline: &Deadline) -> Result<PreparedSparqlQuery, SparqlError> {
    check_shape(query)?;
    match evaluator()
        .with_cancellation_token(deadline.token())
        .parse_query(query)
    {
        Ok(mut q) => {
            q.dataset_mut().set_default_graph_as_union();
            Ok(q)
        }
        Err(e) => Err(if is_update(query) {
            SparqlError::UpdateRefused
        } else {
            syntax_error(&e.to_string(), query)
        }),
    }
}

/// Runs a query on the store within `deadline`: stops with [`SparqlError::TimedOut`]
/// when the time is up, and keeps at most [`Deadline::max_rows`] rows.
pub fn evaluate(store: &Store, query: &str, deadline: &Deadline) -> Result<Bounded, SparqlError> {
    let prepared = parse(query, deadline)?;
    let (store, d) = (store.clone(), deadline.clone());
    deadline.run(move || evaluate_prepared(&store, prepared, &d))?
}

mod format;
pub use format::{
    check_format, check_results_format, drop_unused_prefixes, streams, write, write_wire,
    write_with,
};

/// Runs a query on the store within `deadline` and writes each row to `out` as it
/// comes, in a [streaming](streams) `format`, at most [`Deadline::max_rows`] rows.
/// Returns whether rows past the cap were left out. Rows already written stay written
/// when the query is stopped later.
pub fn stream(
    store: &Store,
    query: &str,
    format: SparqlFormat,
    deadline: &Deadline,
    out: Box<dyn Write + Send>,
) -> Result<bool, SparqlError> {
    let prepared = parse(query, deadline)?;
    let (store, d) = (store.clone(), deadline.clone());
    deadline.run(move || stream_prepared(&store, prepared, format, &d, out))?
}

fn stream_prepared(
    store: &Store,
    prepared: PreparedSparqlQuery,
    format: SparqlFormat,
    deadline: &Deadline,
    mut out: Box<dyn Write + Send>,
) -> Result<bool, SparqlError> {
    let eval = |e: QueryEvaluationError| evaluation_error(deadline, e);
    let results_format = match format {
        SparqlFormat::Xml => QueryResultsFormat::Xml,
        SparqlFormat::Csv => QueryResultsFormat::Csv,
        SparqlFormat::Tsv => QueryResultsFormat::Tsv,
        _ => QueryResultsFormat::Json,
    };
    let max = deadline.max_rows();
    let mut cut = false;
    let results = prepared.on_store(store).execute().map_err(eval)?;
    // Before anything is written: a format that does not fit is an error, not a
    // silent switch to another one.
    check_format(
        format,
        matches!(results, QueryResults::Graph(_)),
        matches!(results, QueryResults::Boolean(_)),
    )?;
    match results {
        QueryResults::Boolean(b) => {
            QueryResultsSerializer::from_format(results_format)
                .serialize_boolean_to_writer(&mut out, b)?;
            writeln!(out)?;
        }
        QueryResults::Solutions(mut solutions) => {
            let variables = solutions.variables().to_vec();
            let mut ser = QueryResultsSerializer::from_format(results_format)
                .serialize_solutions_to_writer(&mut out, variables)?;
            for row in solutions.by_ref().take(max) {
                deadline.check()?;
                ser.serialize(row.map_err(eval)?.iter())?;
            }
            cut = solutions.next().transpose().map_err(eval)?.is_some();
            ser.finish()?;
            if matches!(
                results_format,
                QueryResultsFormat::Json | QueryResultsFormat::Xml
            ) {
                writeln!(out)?;
            }
        }
        QueryResults::Graph(mut triples) if format != SparqlFormat::Ntriples => {
            // Turtle, as `write` gives it for graphs in a results format.
            let kept = triples
                .by_ref()
                .take(max)
                .map(|t| {
                    deadline.check()?;
                    t.map_err(eval)
                })
                .collect::<Result<Vec<_>, SparqlError>>()?;
            let kept = distinct(kept);
            cut = triples.next().transpose().map_err(eval)?.is_some();
            let wire = Wire {
                results: results_format,
                graph: RdfFormat::Turtle,
            };
            write_wire(&Results::Graph(kept), wire, &mut out)?;
        }
        QueryResults::Graph(mut triples) => {
            let mut w = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut out);
            let mut seen = std::collections::HashSet::new();
            for t in triples.by_ref().take(max) {
                deadline.check()?;
                let t = t.map_err(eval)?;
                if seen.insert(t.clone()) {
                    w.serialize_triple(&t)?;
                }
            }
            cut = triples.next().transpose().map_err(eval)?.is_some();
            w.finish()?;
        }
    }
    out.flush()?;
    Ok(cut)
}

/// A graph is a set: a triple that several named graphs hold (the union default
/// graph of a DESCRIBE or CONSTRUCT) is written once, where it first came.
fn distinct(triples: Vec<Triple>) -> Vec<Triple> {
    let mut seen = std::collections::HashSet::with_capacity(triples.len());
    triples
        .into_iter()
        .filter(|t| seen.insert(t.clone()))
        .collect()
}

fn evaluation_error(deadline: &Deadline, e: QueryEvaluationError) -> SparqlError {
    match e {
        QueryEvaluationError::Cancelled => SparqlError::TimedOut(deadline.timed_out()),
        e => SparqlError::Evaluation(e.to_string()),
    }
}

fn evaluate_prepared(
    store: &Store,
    prepared: PreparedSparqlQuery,
    deadline: &Deadline,
) -> Result<Bounded, SparqlError> {
    let eval = |e: QueryEvaluationError| evaluation_error(deadline, e);
    // Rows are taken while time is left; the caller has given up on us otherwise.
    fn live<T>(d: &Deadline, r: Result<T, QueryEvaluationError>) -> Result<T, SparqlError> {
        d.check()?;
        r.map_err(|e| evaluation_error(d, e))
    }
    let max = deadline.max_rows();
    let results = prepared.on_store(store).execute().map_err(eval)?;
    Ok(match results {
        QueryResults::Boolean(b) => Bounded {
            results: Results::Boolean(b),
            cut: false,
        },
        QueryResults::Solutions(mut solutions) => {
            let variables = solutions.variables().to_vec();
            let rows = solutions
                .by_ref()
                .take(max)
                .map(|r| live(deadline, r))
                .collect::<Result<_, _>>()?;
            // One more row means the result was cut; evaluation stops here.
            let cut = solutions.next().transpose().map_err(eval)?.is_some();
            Bounded {
                results: Results::Solutions { variables, rows },
                cut,
            }
        }
        QueryResults::Graph(mut triples) => {
            let kept = triples
                .by_ref()
                .take(max)
                .map(|r| live(deadline, r))
                .collect::<Result<Vec<_>, _>>()?;
            let cut = triples.next().transpose().map_err(eval)?.is_some();
            Bounded {
                results: Results::Graph(distinct(kept)),
                cut,
            }
        }
    })
}

/// Runs a query on the store, without bounds, and writes the results.
pub fn execute(
    store: &Store,
    query: &str,
    format: SparqlFormat,
    out: &mut dyn Write,
) -> Result<(), SparqlError> {
    let done = evaluate(store, query, &Deadline::none())?;
    write(&done.results, format, out)
}

/// Runs a SPARQL update on `store`. Returns whether it may have changed the store:
/// `false` when it holds only `LOAD SILENT` operations, which never load anything
/// here (newsgraph reads no network and no files from a query) and so do nothing.
pub fn update(store: &Store, text: &str) -> Result<bool, SparqlError> {
    check_shape(text)?;
    let prepared = evaluator()
        .parse_update(text)
        .map_err(|e| syntax_error(&e.to_string(), text))?;
    if !may_change(text) {
        return Ok(false);
    }
    prepared
        .on_store(store)
        .execute()
        .map_err(|e| SparqlError::Evaluation(e.to_string()))?;
    Ok(true)
}

/// Whether the update `text` (already known to parse) has an operation other than
/// `LOAD SILENT`.
fn may_change(text: &str) -> bool {
    use spargebra::GraphUpdateOperation;
    let mut parser = spargebra::SparqlParser::new();
    for (p, iri) in rdf::PREFIXES {
        parser = parser.clone().with_prefix(*p, *iri).unwrap_or(parser);
    }
    match parser.parse_update(text) {
        Ok(u) => !u
            .operations
            .iter()
            .all(|op| matches!(op, GraphUpdateOperation::Load { silent: true, .. })),
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax(query: &str) -> (String, Option<(usize, usize)>) {
        match execute(
            &Store::new().unwrap(),
            query,
            SparqlFormat::Table,
            &mut Vec::new(),
        ) {
            Err(SparqlError::Syntax { message, position }) => (message, position),
            other => panic!("not a syntax error: {other:?}"),
        }
    }

    #[test]
    fn syntax_errors_say_where_and_what_without_character_ranges() {
        let (msg, pos) = syntax("SELECT ?x WHERE { ?x ?p }");
        assert_eq!(pos, Some((1, 26)));
        assert!(msg.starts_with("unexpected end of the query"), "{msg}");
        assert!(!msg.contains("..="), "{msg}");
        let (msg, pos) = syntax("SELEC ?x WHERE { ?x ?p ?o }");
        assert_eq!(pos.map(|p| p.0), Some(1));
        assert!(msg.starts_with("expected"), "{msg}");
        let (_, pos) = syntax("SELECT ?x\nWHERE { ?x ?p ?o . FILTER(?x = ) }");
        assert_eq!(pos.map(|p| p.0), Some(2));
    }

    #[test]
    fn nesting_is_counted_outside_strings_iris_and_comments() {
        let deep = |n: usize| format!("SELECT * {{ FILTER({}1) }}", "(".repeat(n));
        assert!(check_shape(&deep(254)).is_ok());
        match check_shape(&deep(255)) {
            Err(SparqlError::TooDeep {
                depth: 257,
                line: 1,
                column,
                ..
            }) => assert_eq!(column, 18 + 255),
            other => panic!("{other:?}"),
        }
        let hidden = format!(
            "SELECT * {{ ?s ?p \"{0}\" , '''{0}''' , <http://x/{0}> . # {0}\n FILTER(?s < ?p) }}",
            "(".repeat(300)
        );
        assert!(check_shape(&hidden).is_ok(), "{:?}", check_shape(&hidden));
        // An escaped quote does not end a string.
        let escaped = format!("ASK {{ ?s ?p \"\\\"{}\" }}", "{".repeat(300));
        assert!(check_shape(&escaped).is_ok(), "{escaped}");
        assert!(matches!(
            check_shape(&"#".repeat(MAX_SPARQL_BYTES + 1)),
            Err(SparqlError::TooLong { .. })
        ));
    }

    #[test]
    fn construct_keeps_only_the_prefixes_it_uses() {
        let t = "@prefix ng: <n#> .\n@prefix ent: <e/> .\nent:a a ent:b .\n";
        assert_eq!(
            drop_unused_prefixes(t),
            "@prefix ent: <e/> .\nent:a a ent:b .\n"
        );
    }
}
