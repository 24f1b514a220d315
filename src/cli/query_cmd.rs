//! `newsgraph ask` and `newsgraph export`: answers and the graph, printed, written to
//! a file or drawn.

use crate::{lexicon, open_read, picture, AskArgs, Cli, ExportChoice, UsageError};
use anyhow::{Context, Result};
use newsgraph::query::{self, QueryError};
use newsgraph::report::{self, AnswerFormat};
use newsgraph::session::Session;
use newsgraph::store;
use std::io::{self, Write};
use std::path::Path;

/// Reads a query file, blanking `#` comment lines so positions in errors stay right.
fn read_query_file(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read {}", newsgraph::shown::path(path)))?;
    Ok(query::syntax::blank_comments(&text))
}

/// `newsgraph ask`.
pub fn ask(cli: &Cli, args: &AskArgs) -> Result<()> {
    let text = match (&args.query, &args.file) {
        (Some(q), _) => q.clone(),
        (None, Some(f)) => read_query_file(f)?,
        (None, None) => unreachable!("clap requires a query or a file"),
    };
    let usage = |e: QueryError| anyhow::Error::new(UsageError(e.render(&text)));
    let text = text.trim_end().to_string();
    if args.render.is_some() && !matches!(args.format, AnswerFormat::Table | AnswerFormat::Dot) {
        let name = clap::ValueEnum::to_possible_value(&args.format)
            .map_or_else(String::new, |v| v.get_name().to_string());
        return Err(anyhow::Error::new(UsageError(format!(
            "--render draws a picture of the answer's facts with Graphviz, so it does not \
             go with --format {name}; leave --format out (or use --format dot)"
        ))));
    }
    // Parse before touching the store, with the lexicon's words: a typo should not
    // wait for a build.
    let lex = lexicon(cli)?;
    let vocab = query::vocab::Vocab::new(&lex);
    // A question no form reads may still be searched for in the store.
    let parsed = match query::syntax::parse_with(&text, &vocab) {
        Err(e) if !query::searchable(&text, &e, &vocab) => return Err(usage(e)),
        parsed => parsed,
    };
    let bounds = args.bounds.bounds();
    let (index, answer) = match &args.endpoint {
        Some(url) => crate::remote::ask(&lex, url, parsed, &args.bounds)?,
        None => {
            let session = Session::new(open_read(cli)?, &lex)?;
            let answer = parsed.and_then(|p| session.answer(&p, args.engine, &bounds));
            (session.index().clone(), answer)
        }
    };
    let mut searched = false;
    let answer = answer.or_else(|e| match index.search(&text, &e) {
        Some(a) => {
            searched = true;
            Ok((a, None))
        }
        None => Err(e),
    });
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.explain {
        // On stderr, so `--format json` stays JSON.
        match index.explain(&text) {
            Ok(e) => eprint!("{e}"),
            Err(_) if searched => eprintln!(
                "form: none (no question form reads it)\nanswered by: a search of the \
                 sentences' words, each weighted by how rare it is in the store"
            ),
            Err(e) => return Err(usage(e)),
        }
    }
    let (answer, cut) = answer.map_err(|e| match e {
        QueryError::Engine(_) | QueryError::TimedOut(_) => anyhow::Error::new(e),
        e => usage(e),
    })?;
    if let Some(total) = cut {
        eprintln!(
            "note: the answer has {total} rows; these are the first {} (--max-rows N to change)",
            bounds.max_rows
        );
    }
    let g = index.graph();
    let mut buf = Vec::new();
    if args.format == AnswerFormat::Dot || args.render.is_some() {
        // Titled with the question, its entities highlighted.
        let dot = newsgraph::dot::answer_dot(g, &answer, &text, args.picture.look());
        match args.render {
            Some(r) => buf = newsgraph::dot::render_bytes(&dot, r)?,
            None => buf = dot.into_bytes(),
        }
    } else {
        report::write_answer(
            &mut buf,
            g,
            &answer,
            args.format,
            args.sources || answer.cite,
        )?;
    }
    // CSV and TSV have no place for notes; stderr keeps them in sight (a search, the
    // facts left out) without breaking the table.
    if matches!(args.format, AnswerFormat::Csv | AnswerFormat::Tsv) {
        for n in &answer.notes {
            eprintln!("note: {n}");
        }
    }
    match &args.output {
        Some(path) => std::fs::write(path, buf)
            .with_context(|| format!("cannot write {}", newsgraph::shown::path(path)))?,
        None => {
            out.write_all(&buf)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// `newsgraph export`.
pub fn export(
    cli: &Cli,
    format: ExportChoice,
    output: Option<&Path>,
    picture: &picture::GraphPicture,
) -> Result<()> {
    match format {
        ExportChoice::Rdf(f) => {
            if picture.given() {
                return Err(anyhow::Error::new(UsageError(
                    "--around, --claims, --no-legend and --render go with --format dot".into(),
                )));
            }
            let rs = open_read(cli)?;
            match output {
                Some(path) => {
                    let file = std::fs::File::create(path).with_context(|| {
                        format!("cannot create {}", newsgraph::shown::path(path))
                    })?;
                    store::export(&rs, f, io::BufWriter::new(file))?;
                }
                None => store::export(&rs, f, io::BufWriter::new(io::stdout().lock()))?,
            }
            Ok(())
        }
        ExportChoice::Dot => {
            let bytes = picture::export_dot(cli, picture)?;
            match output {
                Some(p) => std::fs::write(p, bytes)
                    .with_context(|| format!("cannot write {}", newsgraph::shown::path(p))),
                None => Ok(io::stdout().lock().write_all(&bytes)?),
            }
        }
    }
}
