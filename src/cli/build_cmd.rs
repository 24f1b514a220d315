//! `newsgraph build` and `newsgraph remove`: what goes into the store and what leaves
//! it, through the store's one writer path.

use crate::{lexicon, Cli, UsageError, DEFAULT_ARTICLES};
use anyhow::Result;
use clap::Args;
use newsgraph::build::{BuildOptions, BuildReport};
use newsgraph::source::{ArticleMeta, InputFormat, Sources, MAX_FILE_BYTES};
use std::io::{self, IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// `newsgraph build`'s arguments.
#[derive(Args)]
pub struct BuildArgs {
    /// Article files or folders (default: data/articles); `-` reads one article from
    /// standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// How long to wait for another build or update of the store to finish before
    /// giving up. Readers never hold a build up: they keep reading the version they
    /// opened while the build swaps a new one in.
    #[arg(long, value_name = "SECONDS", default_value_t = newsgraph::store::DEFAULT_WAIT.as_secs_f64(), value_parser = parse_wait)]
    wait: f64,
    /// Remove the stored articles that are not among these inputs, in the same write
    /// (with --remote: their graphs are deleted once every article is written).
    #[arg(long, conflicts_with = "shard")]
    prune: bool,
    /// Only the articles of shard K of N (1 <= K <= N), chosen by a hash of each
    /// document id: N machines building shards 1/N … N/N cover the corpus once.
    #[arg(long, value_name = "K/N")]
    shard: Option<newsgraph::build::Shard>,
    /// Push to a SPARQL 1.1 Graph Store Protocol endpoint instead of the local store:
    /// one named graph per article (PUT), entities merged into one graph of their own;
    /// unchanged articles are skipped. Credentials: $NEWSGRAPH_REMOTE_USER and
    /// $NEWSGRAPH_REMOTE_PASSWORD, or $NEWSGRAPH_REMOTE_TOKEN, or ~/.netrc.
    #[arg(long, value_name = "URL", conflicts_with_all = ["title", "date", "publisher", "url"])]
    remote: Option<String>,
    /// With --remote: the store's SPARQL query endpoint [default: URL with a final
    /// /store replaced by /query, /sparql-graph-crud by /sparql, else URL].
    #[arg(long, value_name = "URL", requires = "remote")]
    remote_query: Option<String>,
    /// With `-`: how to read standard input.
    #[arg(long, value_enum, value_name = "FORMAT")]
    input_format: Option<InputFormat>,
    /// The article's headline (one article only; with `-`, its slug is the id).
    #[arg(long, value_name = "TEXT")]
    title: Option<String>,
    /// The article's publication date (one article only).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<String>,
    /// The article's publisher (one article only).
    #[arg(long, value_name = "NAME")]
    publisher: Option<String>,
    /// Where the article was published (one article only).
    #[arg(long, value_name = "URL")]
    url: Option<String>,
}

impl BuildArgs {
    /// The metadata given on the command line, if any.
    fn meta(&self) -> Option<ArticleMeta> {
        let meta = ArticleMeta {
            title: self.title.clone(),
            publisher: self.publisher.clone(),
            published: self.date.clone(),
            url: self.url.clone(),
        };
        (meta != ArticleMeta::default()).then_some(meta)
    }
}

/// Parses `--wait SECONDS`: a finite, non-negative number of seconds.
fn parse_wait(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(w) if w.is_finite() && (0.0..=86_400.0).contains(&w) => Ok(w),
        _ => Err(format!(
            "expected a number of seconds from 0 to 86400, not {s:?}"
        )),
    }
}

/// Parses `--date`: a day of the calendar (or a month, or a year).
fn parse_date(s: &str) -> Result<String, String> {
    newsgraph::source::check_date(s).map(|()| s.to_string())
}

/// `newsgraph remove`'s arguments.
#[derive(Args)]
pub struct RemoveArgs {
    /// Document ids, as `facts` and the sources of answers show them (a prefix such
    /// as `003` names the one article whose id begins with it).
    #[arg(value_name = "DOC", required = true)]
    docs: Vec<String>,
    /// How long to wait for another build or update of the store to finish.
    #[arg(long, value_name = "SECONDS", default_value_t = newsgraph::store::DEFAULT_WAIT.as_secs_f64(), value_parser = parse_wait)]
    wait: f64,
}

fn usage(msg: String) -> anyhow::Error {
    anyhow::Error::new(UsageError(msg))
}

/// `newsgraph build`: prints the one-line summary.
pub fn run_build(cli: &Cli, args: &BuildArgs) -> Result<()> {
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    if stdin && args.paths.len() > 1 {
        return Err(usage(
            "`-` (an article on standard input) must be the only PATH".into(),
        ));
    }
    if args.input_format.is_some() && !stdin {
        return Err(usage(
            "--input-format goes with `-` (standard input); a file's extension gives its format"
                .into(),
        ));
    }
    if let Some(url) = &args.remote {
        if stdin {
            return Err(usage(
                "--remote pushes article files or folders; `-` (standard input) is for local builds"
                    .into(),
            ));
        }
        let paths = default_articles(&args.paths)?;
        let line = crate::remote::push(
            &lexicon(cli)?,
            &paths,
            url,
            args.remote_query.as_deref(),
            args.shard,
            args.prune,
        )?;
        println!("{line}");
        return Ok(());
    }
    let meta = args.meta();
    let sources = if stdin {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .take(MAX_FILE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)?;
        let format = args.input_format.unwrap_or_default();
        Sources::from_bytes(bytes, format, meta.unwrap_or_default())
    } else {
        let paths = default_articles(&args.paths)?;
        let sources = Sources::find(&paths)?;
        match meta {
            None => sources,
            Some(meta) => {
                let one = paths.len() == 1 && !paths[0].is_dir();
                let named = paths
                    .iter()
                    .map(|p| newsgraph::shown::path(p).to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                if !one {
                    return Err(usage(format!(
                        "--title, --date, --publisher and --url describe one article: \
                         give one file (or `-`), not {named}"
                    )));
                }
                sources.with_meta(&meta).expect("one file is one article")
            }
        }
    };
    let options = BuildOptions {
        wait: Some(Duration::from_secs_f64(args.wait)),
        prune: args.prune,
        shard: args.shard,
    };
    println!("{}", build(cli, sources, options)?);
    Ok(())
}

/// The paths given, or `data/articles` when none were and it exists here.
pub fn default_articles(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    if !paths.is_empty() {
        return Ok(paths.to_vec());
    }
    if !Path::new(DEFAULT_ARTICLES).is_dir() {
        anyhow::bail!(
            "no articles given, and no {DEFAULT_ARTICLES} here to read by default; \
             name files or folders of articles, e.g. `newsgraph build my/articles`"
        );
    }
    Ok(vec![PathBuf::from(DEFAULT_ARTICLES)])
}

/// Builds or updates the store; returns the one-line summary.
pub fn build(cli: &Cli, sources: Sources, options: BuildOptions) -> Result<String> {
    let started = Instant::now();
    let lex = lexicon(cli)?;
    let report = if io::stderr().is_terminal() {
        let bar = crate::build_progress::Bar::new();
        let report = newsgraph::build::build_sources(&cli.store, sources, &lex, &bar, options);
        bar.finish();
        report?
    } else {
        newsgraph::build::build_sources(&cli.store, sources, &lex, &Warnings, options)?
    };
    let mut line = build_summary(&cli.store, &report, started.elapsed().as_secs_f64());
    if let Some(shard) = options.shard {
        line.push_str(&format!(" (shard {shard})"));
    }
    Ok(line)
}

/// A build's progress off a terminal: its warnings only, on stderr.
pub struct Warnings;

impl newsgraph::build::Progress for Warnings {
    fn long_sentences(&self, file: &Path, long: &newsgraph::segment::LongSentences) {
        eprintln!("{}", newsgraph::build::LongSentenceWarning { file, long });
    }
}

/// What the store holds after a write: "; the store has N articles, …".
fn holds(report: &newsgraph::store::IngestReport) -> String {
    match report.totals {
        Some(t) => format!(
            "; the store has {} articles, {} entities, {} facts",
            t.documents, t.entities, t.facts
        ),
        None => String::new(),
    }
}

/// The line `build` prints: what this build did, then what the store holds.
fn build_summary(store: &Path, r: &BuildReport, secs: f64) -> String {
    let s = &r.store;
    let reused = if s.snapshot_reused {
        "; nothing changed, snapshot reused"
    } else {
        ""
    };
    let removed = match s.removed {
        0 => String::new(),
        n => format!(", {n} removed"),
    };
    format!(
        "built {}: {} articles ({} new, {} replaced, {} unchanged{removed}) in {secs:.2} s{}{reused}",
        newsgraph::shown::path(store),
        r.articles,
        s.added,
        s.replaced,
        s.unchanged,
        holds(s),
    )
}

/// `newsgraph remove`: removes the articles, or nothing when one is unknown (exit 2).
pub fn run_remove(cli: &Cli, args: &RemoveArgs) -> Result<()> {
    use newsgraph::store::StoreError;
    let wait = Duration::from_secs_f64(args.wait);
    let report = match newsgraph::store::remove(&cli.store, &args.docs, wait) {
        Err(
            e @ (StoreError::UnknownDoc { .. }
            | StoreError::AmbiguousDoc { .. }
            | StoreError::Missing { .. }),
        ) => return Err(usage(e.to_string())),
        other => other?,
    };
    let entities = match report.entities_removed {
        0 => String::new(),
        1 => " and 1 entity no other article mentions".to_string(),
        n => format!(" and {n} entities no other article mentions"),
    };
    println!(
        "removed {} article{}{entities} from {}{}",
        report.removed,
        if report.removed == 1 { "" } else { "s" },
        newsgraph::shown::path(&cli.store),
        holds(&report),
    );
    Ok(())
}
