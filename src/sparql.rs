//! SPARQL on the store for users: `newsgraph sparql` and the REPL's SPARQL mode.
//!
//! The project's prefixes are predeclared, named graphs are queried as one default
//! graph (the union of all articles plus the entity descriptions), results come in the
//! W3C formats or as a table, and updates are refused unless asked for.

use crate::rdf;
use crate::report::write_table;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
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
    /// The text is neither a query nor an update; the message gives line and column.
    #[error("SPARQL syntax error: {0}")]
    Syntax(String),
    /// An update was sent without `--update`.
    #[error("this is a SPARQL update; the store is read-only here (pass --update to change it)")]
    UpdateRefused,
    /// The query failed while running.
    #[error("SPARQL evaluation failed: {0}")]
    Evaluation(String),
    /// The output could not be written.
    #[error("cannot write the results: {0}")]
    Io(#[from] std::io::Error),
}

/// The prefixes predeclared in every query, as `PREFIX` lines (for help texts).
pub fn prefix_lines() -> String {
    rdf::PREFIXES
        .iter()
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn evaluator() -> SparqlEvaluator {
    let mut e = SparqlEvaluator::new();
    for (p, iri) in rdf::PREFIXES {
        // The prefixes are constants with valid IRIs.
        e = e.clone().with_prefix(*p, *iri).unwrap_or(e);
    }
    e
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

/// Runs a query on the store and writes the results.
pub fn execute(
    store: &Store,
    query: &str,
    format: SparqlFormat,
    out: &mut dyn Write,
) -> Result<(), SparqlError> {
    let prepared = match evaluator().parse_query(query) {
        Ok(q) => q,
        Err(e) => {
            return Err(if is_update(query) {
                SparqlError::UpdateRefused
            } else {
                SparqlError::Syntax(e.to_string())
            })
        }
    };
    let mut prepared = prepared;
    prepared.dataset_mut().set_default_graph_as_union();
    let results = prepared
        .on_store(store)
        .execute()
        .map_err(|e| SparqlError::Evaluation(e.to_string()))?;
    let eval = |e: oxigraph::sparql::QueryEvaluationError| SparqlError::Evaluation(e.to_string());
    let w3c = |f: SparqlFormat| match f {
        SparqlFormat::Json => Some(QueryResultsFormat::Json),
        SparqlFormat::Xml => Some(QueryResultsFormat::Xml),
        SparqlFormat::Csv => Some(QueryResultsFormat::Csv),
        SparqlFormat::Tsv => Some(QueryResultsFormat::Tsv),
        _ => None,
    };
    match results {
        QueryResults::Boolean(b) => match w3c(format) {
            Some(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut *out, b)?;
                writeln!(out)?;
            }
            None => writeln!(out, "{b}")?,
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match w3c(format) {
                Some(f) => {
                    let mut ser = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut *out, vars)?;
                    for s in solutions {
                        let s = s.map_err(eval)?;
                        ser.serialize(s.iter())?;
                    }
                    ser.finish()?;
                    if matches!(format, SparqlFormat::Json | SparqlFormat::Xml) {
                        writeln!(out)?;
                    }
                }
                None => {
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s.map_err(eval)?;
                        rows.push(
                            vars.iter()
                                .map(|v| s.get(v).map(short).unwrap_or_default())
                                .collect(),
                        );
                    }
                    let header: Vec<&str> = vars.iter().map(|v| v.as_str()).collect();
                    write_table(&mut &mut *out, &header, &rows, 80)?;
                    writeln!(out, "({} rows)", rows.len())?;
                }
            }
        }
        QueryResults::Graph(triples) => {
            let rdf_format = if format == SparqlFormat::Ntriples {
                RdfFormat::NTriples
            } else {
                RdfFormat::Turtle
            };
            let mut ser = RdfSerializer::from_format(rdf_format);
            for (p, iri) in rdf::PREFIXES {
                ser = ser.clone().with_prefix(*p, *iri).unwrap_or(ser);
            }
            let mut w = ser.for_writer(&mut *out);
            for t in triples {
                w.serialize_triple(&t.map_err(eval)?)?;
            }
            w.finish()?;
        }
    }
    Ok(())
}

/// Runs an update on a store opened for writing.
pub fn update(store: &Store, text: &str) -> Result<(), SparqlError> {
    let prepared = evaluator()
        .parse_update(text)
        .map_err(|e| SparqlError::Syntax(e.to_string()))?;
    prepared
        .on_store(store)
        .execute()
        .map_err(|e| SparqlError::Evaluation(e.to_string()))
}
