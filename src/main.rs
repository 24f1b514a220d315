//! The `newsgraph` command line: the edge where library errors become messages and
//! exit codes.

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use newsgraph::graph::KnowledgeGraph;
use newsgraph::lexicon::Lexicon;
use newsgraph::report::{self, FactsFormat};
use newsgraph::store::{self, ExportFormat, StoreError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Where articles are read from when no path is given.
const DEFAULT_ARTICLES: &str = "data/articles";

#[derive(Parser)]
#[command(
    name = "newsgraph",
    version,
    about = "Turn news articles into a knowledge graph you can question",
    long_about = "Turn news articles into a knowledge graph you can question.\n\n\
        newsgraph reads articles (text, Markdown, HTML), extracts who accused, denied, closed \
        or said what, with the sentence behind every fact, and keeps the graph in an \
        on-disk RDF store (oxigraph).",
    after_help = "Examples:\n  \
        newsgraph build                      # build ./.newsgraph from data/articles\n  \
        newsgraph facts --format jsonl       # every fact with its evidence\n  \
        newsgraph export --format turtle -o graph.ttl\n  \
        newsgraph stats"
)]
struct Cli {
    /// Store directory.
    #[arg(
        long,
        global = true,
        env = "NEWSGRAPH_STORE",
        default_value = ".newsgraph",
        value_name = "DIR"
    )]
    store: PathBuf,
    /// Lexicon directory (default: ./data/lexicon if present, else the built-in copy).
    #[arg(long, global = true, env = "NEWSGRAPH_LEXICON", value_name = "DIR")]
    lexicon: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles, extract facts and write them to the store.
    #[command(after_help = "Examples:\n  \
        newsgraph build                         # data/articles into ./.newsgraph\n  \
        newsgraph build my/articles extra.html --store /tmp/graph\n\n\
        Articles already in the store are replaced when their text changed and skipped \
        when it did not; the build either completes or leaves the store as it was.")]
    Build(BuildArgs),
    /// Print every fact with its claim, modality, date, source and evidence.
    #[command(after_help = "Examples:\n  \
        newsgraph facts\n  \
        newsgraph facts --format jsonl | jq 'select(.relation == \"accuses\")'")]
    Facts {
        /// Output format.
        #[arg(long, value_enum, default_value_t = FactsFormat::Table)]
        format: FactsFormat,
    },
    /// Write the whole graph as RDF.
    #[command(after_help = "Examples:\n  \
        newsgraph export --format turtle -o graph.ttl\n  \
        newsgraph export --format nquads | sort > graph.nq")]
    Export {
        /// RDF format: turtle, ntriples, nquads, trig, jsonld or rdfxml.
        #[arg(long, value_parser = parse_export_format)]
        format: ExportFormat,
        /// Output file (default: standard output).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Count entities by type and facts by relation.
    #[command(after_help = "Example:\n  newsgraph stats")]
    Stats {
        /// Print JSON instead of tables.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
struct BuildArgs {
    /// Article files or folders (default: data/articles).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
}

fn parse_export_format(s: &str) -> Result<ExportFormat, String> {
    s.parse::<ExportFormat>().map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A closed pipe (`newsgraph facts | head`) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<io::Error>()
                    .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsgraph: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> Result<()> {
    match &cli.command {
        Command::Build(args) => {
            let paths = if args.paths.is_empty() {
                vec![PathBuf::from(DEFAULT_ARTICLES)]
            } else {
                args.paths.clone()
            };
            println!("{}", build(cli, &paths)?);
            Ok(())
        }
        Command::Facts { format } => {
            let g = load_graph(cli)?;
            let mut out = io::BufWriter::new(io::stdout().lock());
            report::write_facts(&mut out, &g, *format)?;
            out.flush()?;
            Ok(())
        }
        Command::Export { format, output } => {
            let rs = open_read(cli)?;
            match output {
                Some(path) => {
                    let file = std::fs::File::create(path)
                        .with_context(|| format!("cannot create {}", path.display()))?;
                    store::export(&rs, *format, io::BufWriter::new(file))?;
                }
                None => store::export(&rs, *format, io::BufWriter::new(io::stdout().lock()))?,
            }
            Ok(())
        }
        Command::Stats { json } => {
            let g = load_graph(cli)?;
            let s = g.stats();
            let mut out = io::stdout().lock();
            if *json {
                writeln!(out, "{}", serde_json::to_string_pretty(&s)?)?;
            } else {
                report::write_stats(&mut out, &s)?;
            }
            Ok(())
        }
    }
}

fn lexicon(cli: &Cli) -> Result<Lexicon> {
    Ok(match &cli.lexicon {
        Some(dir) => Lexicon::load(dir)?,
        None if Path::new("data/lexicon/entities.toml").exists() => {
            Lexicon::load(Path::new("data/lexicon"))?
        }
        None => Lexicon::embedded()?,
    })
}

/// Builds or updates the store; returns the one-line summary.
fn build(cli: &Cli, paths: &[PathBuf]) -> Result<String> {
    let started = Instant::now();
    let lex = lexicon(cli)?;
    let ds = newsgraph::read_and_extract(paths, &lex)?;
    let report = store::ingest(&cli.store, &ds)?;
    let secs = started.elapsed().as_secs_f64();
    Ok(format!(
        "built {}: {} articles ({} new, {} replaced, {} unchanged), {} entities, {} facts in {:.2} s",
        cli.store.display(),
        ds.docs.len(),
        report.added,
        report.replaced,
        report.unchanged,
        ds.entities.len(),
        ds.facts.len(),
        secs
    ))
}

/// Opens the store for reading, building it from the shipped articles first when
/// there is none yet (and saying so on stderr).
fn open_read(cli: &Cli) -> Result<store::ReadStore> {
    match store::open_read(&cli.store) {
        Err(StoreError::Missing { .. }) => {
            eprintln!(
                "newsgraph: no store at {} yet; building it from {DEFAULT_ARTICLES} first",
                cli.store.display()
            );
            eprintln!(
                "newsgraph: {}",
                build(cli, &[PathBuf::from(DEFAULT_ARTICLES)])?
            );
            Ok(store::open_read(&cli.store)?)
        }
        other => Ok(other?),
    }
}

fn load_graph(cli: &Cli) -> Result<KnowledgeGraph> {
    let rs = open_read(cli)?;
    let ds = newsgraph::rdf::read_dataset(rs.store())
        .with_context(|| format!("store {}", cli.store.display()))?;
    Ok(KnowledgeGraph::from_dataset(ds))
}
