//! Writing SPARQL results: the W3C results formats, RDF for graphs, and the table.

use super::*;

impl SparqlFormat {
    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            SparqlFormat::Table => "table",
            SparqlFormat::Json => "json",
            SparqlFormat::Xml => "xml",
            SparqlFormat::Csv => "csv",
            SparqlFormat::Tsv => "tsv",
            SparqlFormat::Turtle => "turtle",
            SparqlFormat::Ntriples => "ntriples",
        }
    }
}

/// Checks that `format` fits results of this kind (`graph`: CONSTRUCT or DESCRIBE;
/// else SELECT or ASK, `boolean` for ASK): results formats for solutions, RDF formats
/// for graphs; the table fits all.
pub fn check_format(format: SparqlFormat, graph: bool, boolean: bool) -> Result<(), SparqlError> {
    use SparqlFormat::*;
    let fits = match format {
        Table => true,
        Json | Xml | Csv | Tsv => !graph,
        Turtle | Ntriples => graph,
    };
    if fits {
        return Ok(());
    }
    let (form, fits) = match (graph, boolean) {
        (true, _) => (
            "CONSTRUCT or DESCRIBE",
            "table (Turtle), turtle or ntriples",
        ),
        (false, true) => ("ASK", "table, json, xml, csv or tsv"),
        (false, false) => ("SELECT", "table, json, xml, csv or tsv"),
    };
    Err(SparqlError::FormatMismatch {
        format: format.name(),
        form,
        fits,
    })
}

/// [`check_format`] for finished results.
pub fn check_results_format(results: &Results, format: SparqlFormat) -> Result<(), SparqlError> {
    check_format(
        format,
        matches!(results, Results::Graph(_)),
        matches!(results, Results::Boolean(_)),
    )
}

/// Whether `format` writes rows as they come: all but the table (its columns are as
/// wide as the widest cell) and Turtle (it declares only the prefixes its triples use).
pub fn streams(format: SparqlFormat) -> bool {
    !matches!(format, SparqlFormat::Table | SparqlFormat::Turtle)
}

/// Writes results in a W3C results format (SELECT, ASK) or an RDF format (CONSTRUCT,
/// DESCRIBE), whichever fits the results. Turtle declares only the prefixes it uses.
pub fn write_wire(results: &Results, wire: Wire, out: &mut dyn Write) -> Result<(), SparqlError> {
    match results {
        Results::Boolean(b) => {
            QueryResultsSerializer::from_format(wire.results)
                .serialize_boolean_to_writer(&mut *out, *b)?;
        }
        Results::Solutions { variables, rows } => {
            let mut ser = QueryResultsSerializer::from_format(wire.results)
                .serialize_solutions_to_writer(&mut *out, variables.clone())?;
            for s in rows {
                ser.serialize(s.iter())?;
            }
            ser.finish()?;
        }
        Results::Graph(triples) => {
            let mut ser = RdfSerializer::from_format(wire.graph);
            for (p, iri) in rdf::PREFIXES {
                ser = ser.clone().with_prefix(*p, *iri).unwrap_or(ser);
            }
            let mut buf = Vec::new();
            let mut w = ser.for_writer(&mut buf);
            for t in triples {
                w.serialize_triple(t)?;
            }
            w.finish()?;
            if wire.graph == RdfFormat::Turtle {
                out.write_all(drop_unused_prefixes(&String::from_utf8_lossy(&buf)).as_bytes())?;
            } else {
                out.write_all(&buf)?;
            }
        }
    }
    Ok(())
}

/// The plain table of `newsgraph sparql`: aligned columns, then the row count.
fn plain_table(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    write_table(&mut &mut *out, &header, rows, 80)?;
    writeln!(out, "({} rows)", rows.len())
}

/// Writes results as `newsgraph sparql --format` asks: W3C formats followed by a
/// newline, or a plain table with a row count.
pub fn write(
    results: &Results,
    format: SparqlFormat,
    out: &mut dyn Write,
) -> Result<(), SparqlError> {
    write_with(results, format, out, &mut plain_table)
}

/// Writes results as [`write`] does, tables through `table` (the REPL's own).
pub fn write_with(
    results: &Results,
    format: SparqlFormat,
    out: &mut dyn Write,
    table: &mut TableWriter<'_>,
) -> Result<(), SparqlError> {
    let w3c = match format {
        SparqlFormat::Json => Some(QueryResultsFormat::Json),
        SparqlFormat::Xml => Some(QueryResultsFormat::Xml),
        SparqlFormat::Csv => Some(QueryResultsFormat::Csv),
        SparqlFormat::Tsv => Some(QueryResultsFormat::Tsv),
        _ => None,
    };
    let graph = if format == SparqlFormat::Ntriples {
        RdfFormat::NTriples
    } else {
        RdfFormat::Turtle
    };
    match (results, w3c) {
        (Results::Graph(_), _) | (_, Some(_)) => {
            let wire = Wire {
                results: w3c.unwrap_or(QueryResultsFormat::Json),
                graph,
            };
            write_wire(results, wire, out)?;
            let w3c_text = matches!(results, Results::Boolean(_))
                || matches!(format, SparqlFormat::Json | SparqlFormat::Xml);
            if !matches!(results, Results::Graph(_)) && w3c_text {
                writeln!(out)?;
            }
        }
        (Results::Boolean(b), None) => writeln!(out, "{b}")?,
        (Results::Solutions { variables, rows }, None) => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|s| {
                    variables
                        .iter()
                        .map(|v| s.get(v).map(short).unwrap_or_default())
                        .collect()
                })
                .collect();
            let header: Vec<String> = variables.iter().map(|v| v.as_str().to_string()).collect();
            table(out, &header, &cells)?;
        }
    }
    Ok(())
}

/// Turtle without the `@prefix` lines whose prefix the triples do not use: every
/// prefix is declared to the serializer, but a CONSTRUCT seldom needs all twelve.
pub fn drop_unused_prefixes(turtle: &str) -> String {
    let (prefixes, body): (Vec<&str>, Vec<&str>) =
        turtle.lines().partition(|l| l.starts_with("@prefix "));
    let body = body.join("\n");
    let mut out = String::new();
    for p in prefixes {
        let name = p["@prefix ".len()..].split(':').next().unwrap_or_default();
        if body.contains(&format!("{name}:")) {
            out.push_str(p);
            out.push('\n');
        }
    }
    out.push_str(&body);
    if !body.is_empty() {
        out.push('\n');
    }
    out
}
