//! The `newsgraph` command line: the edge where library errors become messages and
//! exit codes.

/// The allocator: a build spends a fifth of its time in glibc's malloc and free, mostly
/// in oxigraph's bulk loader, which allocates a vector per index key; mimalloc halves
/// that (BENCHMARKS.md). Only the binary sets it; the library leaves the choice to you.
#[global_allocator]
static ALLOCATOR: newsgraph::bounds::Counting<mimalloc::MiMalloc> =
    newsgraph::bounds::Counting(mimalloc::MiMalloc);

use anyhow::{Context, Result};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use newsgraph::graph::KnowledgeGraph;
use newsgraph::lexicon::Lexicon;
use newsgraph::query::EngineKind;
use newsgraph::report::{self, AnswerFormat, FactsFormat};
use newsgraph::session::Session;
use newsgraph::store::{self, ExportFormat, StoreError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Where articles are read from when no path is given.
pub(crate) const DEFAULT_ARTICLES: &str = "data/articles";

/// `--version`: the package version and the commit it was built from (`build.rs`).
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    include_str!(concat!(env!("OUT_DIR"), "/commit.txt")),
    ")"
);

#[derive(Parser)]
#[command(
    name = "newsgraph",
    version = VERSION,
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
pub(crate) struct Cli {
    /// Store directory [default: .newsgraph in this directory or a parent, else
    /// $XDG_DATA_HOME/newsgraph/store if it exists, else ./.newsgraph].
    #[arg(
        long = "store",
        global = true,
        env = "NEWSGRAPH_STORE",
        value_name = "DIR"
    )]
    store_arg: Option<PathBuf>,
    /// The store directory, from `--store` or found (see [`find_store`]).
    #[arg(skip)]
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
    Build(build_cmd::BuildArgs),
    /// Remove articles from the store, and the entities no other article mentions.
    #[command(after_help = "Examples:\n  \
        newsgraph remove 003_47f9d02eb29963b4\n  \
        newsgraph remove 003 004                # the articles whose ids begin so\n\n\
        Ids are the `doc` of `facts --format jsonl` and the sources of answers. An id the \
        store does not hold is an error, and then nothing is removed.")]
    Remove(build_cmd::RemoveArgs),
    /// Print every fact with its claim, modality, date, source and evidence.
    #[command(after_help = "Examples:\n  \
        newsgraph facts\n  \
        newsgraph facts --format jsonl | jq 'select(.relation == \"accuses\")'")]
    Facts {
        /// Output format.
        #[arg(long, value_enum, default_value_t = FactsFormat::Table)]
        format: FactsFormat,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Write the whole graph as RDF, or as a Graphviz picture.
    #[command(after_help = "Examples:\n  \
        newsgraph export --format turtle -o graph.ttl\n  \
        newsgraph export --format nquads | sort > graph.nq\n  \
        newsgraph export --format dot --around Storskog --depth 2 --render svg -o storskog.svg")]
    Export {
        /// An RDF format, or dot (Graphviz).
        #[arg(long, ignore_case = true, value_parser = export_formats())]
        format: ExportChoice,
        /// Output file (default: standard output).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        picture: picture::GraphPicture,
    },
    /// Run SPARQL on the store (prefixes predeclared; read-only unless --update).
    #[command(after_help = SPARQL_HELP)]
    Sparql {
        /// The query.
        #[arg(
            value_name = "QUERY",
            required_unless_present = "file",
            conflicts_with = "file"
        )]
        query: Option<String>,
        /// Read the query from a file.
        #[arg(short = 'f', long, value_name = "FILE")]
        file: Option<PathBuf>,
        /// Output format: table, json, xml, csv, tsv (SELECT/ASK); turtle, ntriples (CONSTRUCT/DESCRIBE).
        #[arg(long, value_enum, default_value_t = newsgraph::sparql::SparqlFormat::Table)]
        format: newsgraph::sparql::SparqlFormat,
        /// Allow SPARQL updates (INSERT, DELETE…); the store is opened for writing.
        #[arg(long, conflicts_with = "output")]
        update: bool,
        /// Send the query to a remote SPARQL 1.1 endpoint instead of the local store.
        #[arg(long, value_name = "URL", conflicts_with = "update")]
        endpoint: Option<String>,
        #[command(flatten)]
        output: OutputArgs,
        #[command(flatten)]
        bounds: BoundsArgs,
    },
    /// Count entities by type and facts by relation.
    #[command(after_help = "Example:\n  newsgraph stats")]
    Stats {
        /// Output format.
        #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
        format: StatsFormat,
        /// The same as --format json (kept for scripts written before --format).
        #[arg(long, hide = true, conflicts_with = "format")]
        json: bool,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Answer a question or pattern, with the sources of every row.
    #[command(after_help = ASK_HELP)]
    Ask(AskArgs),
    /// Measure extraction against gold facts: precision, recall and F1 per relation.
    #[command(after_help = "Examples:\n  \
        newsgraph eval --gold tests/gold/shipped.tsv data/articles\n  \
        newsgraph eval --gold tests/gold/train.tsv tests/dev_corpus/train --verbose\n\n\
        The graph is built in memory; the store is not touched. Gold format: TSV with\n\
        columns doc, subject, relation, object, modality, tag (core|hard); `a|b` lists\n\
        alternatives, `*` matches anything, lines starting with # are comments.")]
    Eval {
        /// Gold facts (TSV).
        #[arg(long, value_name = "FILE")]
        gold: PathBuf,
        /// Articles (default: data/articles).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// List every missed and every wrong fact.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Write a synthetic corpus with the facts it plants (for benchmarks and recall).
    #[command(after_help = "Examples:\n  \
        newsgraph gen --articles 1000 --seed 1 -o /tmp/corpus\n  \
        newsgraph eval --gold /tmp/corpus/gold.tsv /tmp/corpus\n\n\
        Writes DIR/gen_000001.txt, ... and DIR/gold.tsv; the same seed and lexicon \
        always give the same bytes.")]
    Gen {
        /// Number of articles.
        #[arg(long, default_value_t = 1000)]
        articles: usize,
        /// PRNG seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Output directory.
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
    },
    /// Serve the store over HTTP: a SPARQL endpoint, a JSON API and a web page.
    #[command(after_help = SERVE_HELP)]
    Serve(ServeArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(after_help = "Examples:\n  \
        newsgraph completions bash > ~/.local/share/bash-completion/completions/newsgraph\n  \
        newsgraph completions zsh > ~/.zfunc/_newsgraph\n  \
        newsgraph completions fish > ~/.config/fish/completions/newsgraph.fish")]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Example:\n  newsgraph man | man -l -")]
    Man,
    /// Interactive shell: questions and SPARQL with completion and history.
    #[command(after_help = "Examples:\n  \
        newsgraph repl                       # :help inside lists the commands\n  \
        printf 'who denied what?\\n:format json\\nwho may close what?\\n' | newsgraph repl\n  \
        newsgraph repl --endpoint http://127.0.0.1:7878/query   # a SPARQL 1.1 endpoint")]
    Repl {
        #[command(flatten)]
        bounds: BoundsArgs,
        /// Read a remote SPARQL 1.1 endpoint instead of the local store: questions are
        /// compiled to SPARQL, SPARQL is sent as is (prefixes expanded); the endpoint's
        /// default graph must be the union of its graphs. `:load` is refused.
        #[arg(long, value_name = "URL")]
        endpoint: Option<String>,
    },
}

const ASK_HELP: &str = "Examples:\n  \
    newsgraph ask \"who accused Russia of what?\"\n  \
    newsgraph ask \"who may close what?\" --sources\n  \
    newsgraph ask \"which states border Russia?\" --format json\n  \
    newsgraph ask \"?x closes ?c where ?c is Crossing and possible\"\n  \
    newsgraph ask \"count ?x accuses Russia\" --engine sparql --explain\n  \
    newsgraph ask -f queries/01-who-accused-russia.ng\n\n\
    Questions: who/what/which …? · who is X? · where is X? · what is X a member of? ·\n\
    how is X connected to Y?   Patterns: ?x accuses ?y of ?claim, joined with `and`,\n\
    then `where ?x is State`, `possible`, `after 2023-11-23`, `in 004`, `order by ?x`,\n\
    `limit 5`; `count` or `distinct` in front. See the README for the reference.";

#[derive(Args)]
struct AskArgs {
    /// The query.
    #[arg(
        value_name = "QUERY",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    query: Option<String>,
    /// Read the query from a file (lines starting with # are comments).
    #[arg(short = 'f', long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AnswerFormat::Table)]
    format: AnswerFormat,
    /// Show the sentence behind every row.
    #[arg(long)]
    sources: bool,
    /// Print to standard error how the query was understood: the question form, the
    /// plan and the SPARQL it compiles to.
    #[arg(long)]
    explain: bool,
    /// Evaluate natively over the graph, or as SPARQL on the store.
    #[arg(long, value_enum, default_value_t = EngineKind::Native)]
    engine: EngineKind,
    /// Ask a remote SPARQL 1.1 endpoint instead of the local store (the query is
    /// compiled to SPARQL; the endpoint's default graph must be the union of its graphs).
    #[arg(long, value_name = "URL", conflicts_with = "engine")]
    endpoint: Option<String>,
    /// Run Graphviz and write a picture of the facts behind the answer to FILE.
    #[arg(long, value_enum, requires = "output")]
    render: Option<newsgraph::dot::Render>,
    #[command(flatten)]
    picture: picture::AnswerPicture,
    /// Write the answer to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    bounds: BoundsArgs,
}

/// `-o FILE`, for the commands that write data.
#[derive(Args)]
struct OutputArgs {
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

impl OutputArgs {
    /// FILE, created now, or standard output.
    fn open(&self) -> Result<Box<dyn Write + Send>> {
        Ok(match &self.output {
            Some(p) => Box::new(io::BufWriter::new(
                std::fs::File::create(p)
                    .with_context(|| format!("cannot create {}", newsgraph::shown::path(p)))?,
            )),
            None => Box::new(io::BufWriter::new(io::stdout())),
        })
    }
}

/// `stats --format`.
#[derive(Clone, Copy, clap::ValueEnum)]
enum StatsFormat {
    /// Aligned columns.
    Table,
    /// One JSON object.
    Json,
}

/// `--timeout` and `--max-rows`, shared by `ask`, `sparql` and `serve`.
#[derive(Args, Clone, Copy)]
struct BoundsArgs {
    /// Stop a query after SECS seconds.
    #[arg(long, value_name = "SECS", default_value_t = newsgraph::bounds::DEFAULT_TIMEOUT.as_secs_f64())]
    timeout: f64,
    /// Keep at most N rows of a result and say it was cut. It also sets the query's
    /// budgets: a join may hold 40 values per row of N (at least 4,000,000) and the heap
    /// may grow by 10 KB per row of N (at least 256 MB); past them the query ends with
    /// an error and exit 2.
    #[arg(long, value_name = "N", default_value_t = newsgraph::bounds::DEFAULT_MAX_ROWS)]
    max_rows: usize,
}

impl BoundsArgs {
    fn bounds(self) -> newsgraph::bounds::Bounds {
        newsgraph::bounds::Bounds::new(self.timeout, self.max_rows)
    }
}

const SERVE_HELP: &str = "Examples:\n  \
    newsgraph serve                              # http://127.0.0.1:7878/\n  \
    curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' http://127.0.0.1:7878/sparql\n  \
    curl 'http://127.0.0.1:7878/api/ask?q=who+denied+what'\n  \
    NEWSGRAPH_TOKEN=secret newsgraph serve --update\n\n\
    Prints the address it listens on, then one log line per request on stderr.\n\
    Updates need --update and the bearer token from $NEWSGRAPH_TOKEN or --token-file.";

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR")]
    bind: String,
    /// Accept SPARQL updates from clients that send the bearer token.
    #[arg(long)]
    update: bool,
    /// Read the update token from FILE (else $NEWSGRAPH_TOKEN).
    #[arg(long, value_name = "FILE", requires = "update")]
    token_file: Option<PathBuf>,
    #[command(flatten)]
    bounds: BoundsArgs,
}

/// A failure in what the user typed: printed as is, exit code 2.
#[derive(Debug)]
pub(crate) struct UsageError(pub(crate) String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// An export format: RDF, or Graphviz DOT.
#[derive(Clone, Copy, Debug)]
enum ExportChoice {
    Rdf(ExportFormat),
    Dot,
}

/// `export --format`'s values, listed by `--help` and the completions.
fn export_formats() -> impl clap::builder::TypedValueParser<Value = ExportChoice> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    use clap::ValueEnum;
    let names = ExportFormat::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .chain([PossibleValue::new("dot").help("Graphviz")]);
    PossibleValuesParser::new(names).try_map(|s| parse_export_format(&s))
}

fn parse_export_format(s: &str) -> Result<ExportChoice, String> {
    if s.eq_ignore_ascii_case("dot") {
        return Ok(ExportChoice::Dot);
    }
    s.parse::<ExportFormat>()
        .map(ExportChoice::Rdf)
        .map_err(|e| format!("{e} (or dot)"))
}

const SPARQL_HELP: &str = "Examples:\n  \
    newsgraph sparql 'SELECT ?who ?claim WHERE { ?f rdf:subject ?who ; rdf:predicate ng:accuses ; ng:claim ?claim }'\n  \
    newsgraph sparql -f queries/sparql/01-accusations.rq --format json\n\n\
    The default graph is the union of all article graphs and the entity descriptions;\n\
    use GRAPH ?doc { … } to see which article a fact comes from.\n\n\
    Predeclared prefixes:\n  \
    ng:      https://w3id.org/newsgraph/ns#\n  \
    ent:     https://w3id.org/newsgraph/entity/\n  \
    rdf:     http://www.w3.org/1999/02/22-rdf-syntax-ns#\n  \
    rdfs:    http://www.w3.org/2000/01/rdf-schema#\n  \
    xsd:     http://www.w3.org/2001/XMLSchema#\n  \
    owl:     http://www.w3.org/2002/07/owl#\n  \
    schema:  https://schema.org/\n  \
    prov:    http://www.w3.org/ns/prov#\n  \
    skos:    http://www.w3.org/2004/02/skos/core#\n  \
    wd:      http://www.wikidata.org/entity/\n  \
    dcterms: http://purl.org/dc/terms/\n  \
    doc:     https://w3id.org/newsgraph/doc/";

fn main() -> ExitCode {
    let code = exit_code();
    if newsgraph::bounds::running_workers() > 0 {
        let _ = io::stdout().flush();
        let _ = io::stderr().flush();
        quit_now(code);
    }
    ExitCode::from(code)
}

/// Ends the process at once, without exit handlers: a query abandoned at its timeout
/// may still be running inside RocksDB on its worker thread, and RocksDB's static
/// destructors must not run under it (they abort with "pthread lock: Invalid argument").
fn quit_now(code: u8) -> ! {
    extern "C" {
        fn _exit(code: std::ffi::c_int) -> !;
    }
    // SAFETY: `_exit` ends the process and touches no Rust state; output was flushed.
    unsafe { _exit(code.into()) }
}

/// The commands that read no store.
const NO_STORE: [&str; 4] = ["eval", "gen", "completions", "man"];

/// The error for `--store` given on the command line to a command that reads no
/// store: said, rather than silently ignored (`$NEWSGRAPH_STORE` is left alone).
fn unused_store(m: &clap::ArgMatches) -> Option<String> {
    let (name, sub) = m.subcommand()?;
    let why = match name {
        "eval" => "builds its graph in memory",
        "gen" => "writes articles to a folder",
        _ if NO_STORE.contains(&name) => "prints text about the command line",
        _ => return None,
    };
    let given = [m.value_source("store_arg"), sub.value_source("store_arg")]
        .contains(&Some(clap::parser::ValueSource::CommandLine));
    given.then(|| format!("`newsgraph {name}` {why} and reads no store; leave out --store"))
}

/// Runs the command and gives the process's exit code: 0, 1 for failures, 2 for
/// errors in what the user typed.
fn exit_code() -> u8 {
    let mut command = Cli::command();
    // The lexicon's fingerprint costs a load of the lexicon: only for `--version`.
    if std::env::args_os().any(|a| a == "--version" || a == "-V") {
        if let Ok(lex) = Lexicon::embedded() {
            // clap keeps `&'static str`; this string lives as long as the process anyway.
            let version = format!("{VERSION}, built-in lexicon {}", lex.fingerprint()).leak();
            command = command.version(&*version);
        }
    }
    // Commands that read no store do not offer --store (it is global, for the others):
    // a hidden one of their own stops the global one from reaching them. (Hiding the
    // propagated one after `build()` breaks clap's parsing: `eval --help` then fails.)
    for name in NO_STORE {
        command = command.mut_subcommand(name, |s| {
            s.arg(
                clap::Arg::new("store_arg")
                    .long("store")
                    .value_name("DIR")
                    .value_parser(clap::value_parser!(PathBuf))
                    .hide(true),
            )
        });
    }
    let matches = command.get_matches();
    if let Some(e) = unused_store(&matches) {
        eprintln!("error: {e}");
        return 2;
    }
    let mut cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    cli.store = match &cli.store_arg {
        Some(dir) => dir.clone(),
        None => find_store(),
    };
    match run(&cli) {
        Ok(()) => 0,
        Err(e) => {
            // A closed pipe (`newsgraph facts | head`) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<io::Error>()
                    .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            }) {
                return 0;
            }
            if let Some(u) = e.downcast_ref::<UsageError>() {
                let u = u.to_string();
                match u.strip_prefix("error: ") {
                    Some(_) => eprintln!("{u}"),
                    None => eprintln!("error: {u}"),
                }
                return 2;
            }
            // Library errors already quote their cause; add only causes not yet said.
            let mut msg = String::new();
            for cause in e.chain() {
                let c = cause.to_string();
                if !msg.contains(&c) {
                    if !msg.is_empty() {
                        msg.push_str(": ");
                    }
                    msg.push_str(&c);
                }
            }
            eprintln!("error: {msg}");
            1
        }
    }
}

fn run(cli: &Cli) -> Result<()> {
    match &cli.command {
        Command::Build(args) => build_cmd::run_build(cli, args),
        Command::Remove(args) => build_cmd::run_remove(cli, args),
        Command::Facts { format, output } => {
            let g = load_graph(cli)?;
            let mut out = output.open()?;
            report::write_facts(&mut out, &g, *format)?;
            out.flush()?;
            Ok(())
        }
        Command::Export {
            format,
            output,
            picture,
        } => export(cli, *format, output.as_deref(), picture),
        Command::Sparql {
            query,
            file,
            format,
            update,
            endpoint,
            bounds,
            output,
        } => {
            let text = match (query, file) {
                (Some(q), _) => q.clone(),
                (None, Some(f)) => std::fs::read_to_string(f)
                    .with_context(|| format!("cannot read {}", newsgraph::shown::path(f)))?,
                (None, None) => unreachable!("clap requires a query or a file"),
            };
            let usage = |e: newsgraph::sparql::SparqlError| {
                anyhow::Error::new(UsageError(format!("error: {e}")))
            };
            if let Some(url) = endpoint {
                return remote::sparql(url, &text, *format, bounds);
            }
            if *update {
                store::with_write(&cli.store, |st| newsgraph::sparql::update(st, &text))?
                    .map_err(usage)?;
                return Ok(());
            }
            let rs = open_read(cli)?;
            let deadline = bounds.bounds().start();
            let fail = |e| match e {
                e @ newsgraph::sparql::SparqlError::TimedOut(_) => anyhow::Error::new(e),
                e => usage(e),
            };
            let cut = if newsgraph::sparql::streams(*format) {
                // Rows are written as they come, from the query's worker thread.
                let out = output.open()?;
                newsgraph::sparql::stream(rs.store(), &text, *format, &deadline, out)
                    .map_err(fail)?
            } else {
                let done =
                    newsgraph::sparql::evaluate(rs.store(), &text, &deadline).map_err(fail)?;
                newsgraph::sparql::check_results_format(&done.results, *format).map_err(fail)?;
                let mut out = output.open()?;
                newsgraph::sparql::write(&done.results, *format, &mut out)?;
                out.flush()?;
                done.cut
            };
            if cut {
                eprintln!(
                    "note: the result has more than {0} rows; these are the first {0} (--max-rows N to change)",
                    bounds.max_rows
                );
            }
            Ok(())
        }
        Command::Ask(args) => ask(cli, args),
        Command::Eval {
            gold,
            paths,
            verbose,
        } => {
            let paths = build_cmd::default_articles(paths)?;
            let gold = newsgraph::eval::read_gold(gold)?;
            let ds =
                newsgraph::read_and_extract_with(&paths, &lexicon(cli)?, &build_cmd::Warnings)?;
            let report = newsgraph::eval::evaluate(&ds, &gold);
            let mut out = io::stdout().lock();
            newsgraph::eval::write_report(&mut out, &report, *verbose)?;
            Ok(())
        }
        Command::Gen {
            articles,
            seed,
            output,
        } => {
            let w = newsgraph::gen::write_corpus(&lexicon(cli)?, output, *articles, *seed)
                .with_context(|| {
                    format!("cannot write corpus to {}", newsgraph::shown::path(output))
                })?;
            println!(
                "wrote {} articles ({} bytes) and {} gold facts to {}",
                w.articles,
                w.bytes,
                w.facts,
                newsgraph::shown::path(output)
            );
            Ok(())
        }
        Command::Completions { shell } => {
            let mut cmd = Cli::command();
            clap_complete::generate(*shell, &mut cmd, "newsgraph", &mut io::stdout().lock());
            Ok(())
        }
        Command::Man => {
            let mut out = io::stdout().lock();
            clap_mangen::Man::new(Cli::command()).render(&mut out)?;
            Ok(())
        }
        Command::Serve(args) => serve(cli, args),
        Command::Repl { bounds, endpoint } => {
            let lex = lexicon(cli)?;
            let source = match endpoint {
                Some(url) => remote::repl_source(url, &lex, bounds)?,
                None => newsgraph::repl::Source::Local(Session::new(open_read(cli)?, &lex)?),
            };
            let mut config = newsgraph::repl::ReplConfig::new(cli.store.clone(), lex);
            config.bounds = bounds.bounds();
            let summary = newsgraph::repl::run(source, config)?;
            if summary.is_failure() {
                anyhow::bail!("{} of {} commands failed", summary.failed, summary.commands);
            }
            Ok(())
        }
        Command::Stats {
            format,
            json,
            output,
        } => {
            let g = load_graph(cli)?;
            let s = g.stats();
            let mut out = output.open()?;
            if *json || matches!(format, StatsFormat::Json) {
                writeln!(out, "{}", serde_json::to_string_pretty(&s)?)?;
            } else {
                report::write_stats(&mut out, &s)?;
            }
            out.flush()?;
            Ok(())
        }
    }
}

pub(crate) fn lexicon(cli: &Cli) -> Result<Lexicon> {
    Ok(match &cli.lexicon {
        Some(dir) => Lexicon::load(dir)?,
        None if Path::new("data/lexicon/entities.toml").exists() => {
            Lexicon::load(Path::new("data/lexicon"))?
        }
        None => Lexicon::embedded()?,
    })
}

/// The progress bar of `build` on a terminal: articles/s, facts and ETA.
#[path = "cli/build_progress.rs"]
mod build_progress;

/// `build` and `remove`.
#[path = "cli/build_cmd.rs"]
mod build_cmd;

/// Flags of Graphviz pictures, and `export --format dot`.
#[path = "cli/picture.rs"]
mod picture;

/// `ask` and `export`.
#[path = "cli/query_cmd.rs"]
mod query_cmd;
use query_cmd::{ask, export};

/// `build --remote`, `ask|sparql --endpoint`.
#[path = "cli/remote.rs"]
mod remote;

/// The default store (see [`newsgraph::locate::default_store`]).
fn find_store() -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    newsgraph::locate::default_store(&cwd, env("XDG_DATA_HOME"), env("HOME"))
}

/// Opens the store for reading. Reading never creates a store, with one exception
/// for a first run: when the default store (no `--store`) does not exist yet, no build
/// of it is running or was interrupted, and this directory has `data/articles` (a
/// checkout of the project), it is built from them first, saying so. Anywhere else a
/// missing store is an error that says how to build it (exit 2).
fn open_read(cli: &Cli) -> Result<store::ReadStore> {
    match store::open_read(&cli.store) {
        Err(StoreError::Missing { .. })
            if cli.store_arg.is_none() && Path::new(DEFAULT_ARTICLES).is_dir() =>
        {
            eprintln!(
                "note: no store at {} yet; building it from {DEFAULT_ARTICLES} first",
                newsgraph::shown::path(&cli.store)
            );
            let sources = newsgraph::source::Sources::find(&[PathBuf::from(DEFAULT_ARTICLES)])?;
            let summary = build_cmd::build(cli, sources, Default::default())?;
            eprintln!("note: {summary}");
            Ok(store::open_read(&cli.store)?)
        }
        Err(e @ (StoreError::Missing { .. } | StoreError::Unfinished { .. })) => {
            Err(anyhow::Error::new(UsageError(format!("error: {e}"))))
        }
        other => Ok(other?),
    }
}

fn load_graph(cli: &Cli) -> Result<KnowledgeGraph> {
    let rs = open_read(cli)?;
    Ok(KnowledgeGraph::from_packed(store::read_packed(&rs)?))
}

/// `newsgraph serve`: opens the store once to check it (building it from the shipped
/// articles when there is none), then serves until SIGTERM or Ctrl-C.
fn serve(cli: &Cli, args: &ServeArgs) -> Result<()> {
    drop(open_read(cli)?);
    let token = if args.update {
        let token = match &args.token_file {
            Some(f) => std::fs::read_to_string(f).with_context(|| {
                format!("cannot read the token file {}", newsgraph::shown::path(f))
            })?,
            None => std::env::var("NEWSGRAPH_TOKEN").unwrap_or_default(),
        };
        let token = token.trim().to_string();
        if token.is_empty() {
            anyhow::bail!(
                "--update needs a bearer token: set NEWSGRAPH_TOKEN or pass --token-file FILE"
            );
        }
        Some(token)
    } else {
        None
    };
    let config = newsgraph::serve::Config {
        store: cli.store.clone(),
        bind: args.bind.clone(),
        bounds: args.bounds.bounds(),
        update_token: token,
    };
    newsgraph::serve::run(config, lexicon(cli)?)?;
    Ok(())
}
