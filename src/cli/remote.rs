//! The command line's remote verbs: `build --remote` (push to a Graph Store Protocol
//! endpoint) and `ask|sparql|repl --endpoint` (queries on a SPARQL 1.1 endpoint).

use super::build_cmd::Warnings;
use super::{BoundsArgs, UsageError};
use anyhow::Result;
use newsgraph::lexicon::Lexicon;
use newsgraph::query::ast::Query;
use newsgraph::query::{Answer, QueryError};
use newsgraph::remote::{self, Endpoint};
use newsgraph::session::Index;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// An endpoint from a URL the user typed: a bad URL is a usage error (exit 2).
pub(super) fn endpoint(url: &str) -> Result<Endpoint> {
    Endpoint::new(url).map_err(|e| anyhow::Error::new(UsageError(format!("error: {e}"))))
}

/// `build --remote URL`: pushes the articles and returns the summary line.
pub(super) fn push(
    lex: &Lexicon,
    paths: &[PathBuf],
    url: &str,
    query_url: Option<&str>,
    shard: Option<newsgraph::build::Shard>,
    prune: bool,
) -> Result<String> {
    let started = Instant::now();
    let gsp = endpoint(url)?;
    let query = match query_url {
        Some(q) => endpoint(q)?,
        None => gsp.at(&remote::push::query_url(url)),
    };
    let config = remote::push::Config {
        shard,
        prune,
        ..Default::default()
    };
    let r = remote::push(&gsp, &query, paths, lex, &Warnings, &config)?;
    let removed = match r.removed {
        0 => String::new(),
        n => format!(", {n} removed"),
    };
    let mut line = format!(
        "pushed to {url}: {} articles ({} written, {} unchanged{removed}), {} triples in {:.2} s",
        r.articles,
        r.written,
        r.unchanged,
        r.triples,
        started.elapsed().as_secs_f64()
    );
    if let Some(shard) = shard {
        line.push_str(&format!(" (shard {shard})"));
    }
    Ok(line)
}

/// An answer and, when rows were dropped at the cap, how many there were; or why not.
pub(super) type Answered = Result<(Answer, Option<usize>), QueryError>;

/// `ask --endpoint URL`: the store's names and articles read from the endpoint, the
/// query compiled to SPARQL and run there. The answer's errors are the caller's to
/// draw, as a local answer's are.
pub(super) fn ask(
    lex: &Lexicon,
    url: &str,
    parsed: Result<Query, QueryError>,
    bounds: &BoundsArgs,
) -> Result<(Arc<Index>, Answered)> {
    let ep = endpoint(url)?;
    let graph = remote::index(&ep, &bounds.bounds().start())?;
    let index = Arc::new(Index::from_graph(graph, lex));
    let answer = parsed.and_then(|p| index.answer_remote(&ep, &p, &bounds.bounds()));
    Ok((index, answer))
}

/// `repl --endpoint URL`: the shell's source, with the endpoint's names and articles.
pub(super) fn repl_source(
    url: &str,
    lex: &Lexicon,
    bounds: &BoundsArgs,
) -> Result<newsgraph::repl::Source> {
    let ep = endpoint(url)?;
    Ok(newsgraph::repl::Source::remote(
        ep,
        lex,
        &bounds.bounds().start(),
    )?)
}

/// `sparql --endpoint URL`: the query (prefixes expanded) sent to the endpoint, its
/// results printed as a local query's are.
pub(super) fn sparql(
    url: &str,
    text: &str,
    format: newsgraph::sparql::SparqlFormat,
    bounds: &BoundsArgs,
) -> Result<()> {
    let ep = endpoint(url)?;
    let query = newsgraph::sparql::expand(text)
        .map_err(|e| anyhow::Error::new(UsageError(format!("error: {e}"))))?;
    let results = ep.query(&query, &bounds.bounds().start())?;
    let newsgraph::sparql::Bounded { results, cut } =
        newsgraph::sparql::Bounded::capped(results, bounds.max_rows);
    let mut out = io::BufWriter::new(io::stdout().lock());
    newsgraph::sparql::write(&results, format, &mut out)?;
    out.flush()?;
    if cut {
        eprintln!(
            "note: the result has more than {0} rows; these are the first {0} (--max-rows N to change)",
            bounds.max_rows
        );
    }
    Ok(())
}
