//! The build: stages 1–5 chained for a corpus of any size. Articles are read, hashed
//! and extracted a batch at a time, in parallel, and handed to the store one by one
//! ([`store::write`]), so memory holds one batch of text, never the corpus. When the
//! store exists, a first pass hashes every article so that one the store already holds
//! unchanged is skipped, never extracted, and the store knows how many articles will
//! change before it chooses how to write them.
//!
//! [`crate::read_and_extract`] is the same pipeline without the store, for `eval` and
//! for tests that want a whole [`crate::model::Dataset`].

use crate::extract::{self, Extracted};
use crate::lexicon::Lexicon;
use crate::segment::{self, LongSentences};
use crate::source::{Document, SourceError, Sources};
use crate::store::{self, IngestReport, Plan, Prepared, StoreError};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Articles read and extracted at a time: enough to keep every core busy and the
/// bulk loader fed, few enough that a batch's text is a few megabytes.
pub const BATCH: usize = 1024;

/// One of `count` shards of a corpus (`--shard K/N`, 1-based): the articles whose
/// document id hashes to it. The hash is the first 8 bytes of the id's SHA-256, so a
/// shard holds the same articles whatever the file order or machine, and the N shards
/// of a corpus share no article and miss none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// Which shard, from 1 to `count`.
    pub index: u64,
    /// How many shards the corpus is cut into.
    pub count: u64,
}

/// Why `--shard` was not understood.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("bad shard {given:?}: {reason}; expected K/N with 1 <= K <= N, e.g. --shard 2/4")]
pub struct ShardError {
    /// What was given.
    pub given: String,
    /// What is wrong with it.
    pub reason: &'static str,
}

impl std::str::FromStr for Shard {
    type Err = ShardError;

    fn from_str(s: &str) -> Result<Self, ShardError> {
        let bad = |reason| ShardError {
            given: s.to_string(),
            reason,
        };
        let (k, n) = s.split_once('/').ok_or_else(|| bad("no '/'"))?;
        let num = |t: &str| {
            t.trim()
                .parse::<u64>()
                .map_err(|_| bad("K and N must be whole numbers"))
        };
        let (index, count) = (num(k)?, num(n)?);
        if count == 0 {
            return Err(bad("N must be at least 1"));
        }
        if index == 0 || index > count {
            return Err(bad("K must be between 1 and N"));
        }
        Ok(Shard { index, count })
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl Shard {
    /// Whether the article with this document id belongs to this shard.
    pub fn holds(&self, doc_id: &str) -> bool {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(doc_id.as_bytes());
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        u64::from_be_bytes(first) % self.count == self.index - 1
    }
}

/// Why a build failed. Either way the store is as it was before the build.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// An article or manifest could not be read.
    #[error(transparent)]
    Source(#[from] SourceError),
    /// The store could not be opened or written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What a build tells as it goes, for a progress bar. Called from worker threads.
pub trait Progress: Sync {
    /// The articles were found: `articles` of them will be looked at.
    fn found(&self, _articles: usize) {}
    /// An article was extracted, with this many facts.
    fn extracted(&self, _facts: usize) {}
    /// An article was found unchanged in the store and skipped.
    fn unchanged(&self) {}
    /// Every article is read; the store is now committing what was written.
    fn committing(&self) {}
    /// Article `file` has sentences longer than [`segment::MAX_SENTENCE_BYTES`], which
    /// were split at clause punctuation before extraction: said once per file.
    fn long_sentences(&self, _file: &Path, _long: &LongSentences) {}
}

/// The warning about an article whose long sentences were split, on one line: what
/// `build` and `eval` print for [`Progress::long_sentences`].
pub struct LongSentenceWarning<'a> {
    /// The article.
    pub file: &'a Path,
    /// What was split.
    pub long: &'a LongSentences,
}

impl std::fmt::Display for LongSentenceWarning<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let long = self.long;
        write!(
            f,
            "warning: {}:{}: {} sentence{} longer than {} bytes (the longest has {}) split at clause punctuation before extraction",
            self.file.display(),
            long.first_line,
            long.count,
            if long.count == 1 { "" } else { "s" },
            segment::MAX_SENTENCE_BYTES,
            long.longest,
        )?;
        let html = self
            .file
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| x.eq_ignore_ascii_case("html") || x.eq_ignore_ascii_case("htm"));
        if html {
            write!(
                f,
                " (the line is counted in the page's text, not its markup)"
            )?;
        }
        Ok(())
    }
}

/// A [`Progress`] that says nothing.
pub struct Silent;

impl Progress for Silent {}

/// What a build did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BuildReport {
    /// Articles found under the paths.
    pub articles: usize,
    /// Facts extracted from the articles written (unchanged ones are not read again).
    pub facts_extracted: usize,
    /// What changed in the store, and what it holds now.
    pub store: IngestReport,
}

/// Builds or updates the store in `dir` from the articles under `paths`.
///
/// All or nothing: a bad article anywhere in the corpus fails the build with the
/// error of the first bad file (in document id order) and leaves the store as it was.
pub fn build(
    dir: &Path,
    paths: &[PathBuf],
    lex: &Lexicon,
    progress: &dyn Progress,
) -> Result<BuildReport, BuildError> {
    build_in_batches(dir, paths, lex, progress, BATCH)
}

/// How a build runs beyond its articles and lexicon: `newsgraph build`'s options.
#[derive(Clone, Copy, Debug, Default)]
pub struct BuildOptions {
    /// How long to wait for another build or update of the store to finish (`--wait
    /// SECONDS`); `None` for [`store::DEFAULT_WAIT`].
    pub wait: Option<std::time::Duration>,
    /// Remove the stored articles that are not among the sources, in the same write
    /// (`--prune`).
    pub prune: bool,
    /// Only this shard of the articles (`--shard K/N`); `None`: all of them.
    pub shard: Option<Shard>,
}

/// The articles under `paths`, only those of `shard` when there is one.
pub(crate) fn sources(paths: &[PathBuf], shard: Option<Shard>) -> Result<Sources, SourceError> {
    let mut sources = Sources::find(paths)?;
    if let Some(shard) = shard {
        sources.retain(|id| shard.holds(id));
    }
    Ok(sources)
}

/// [`build`], waiting up to `wait` for another build or update of the store to finish
/// (`newsgraph build --wait SECONDS`) instead of [`store::DEFAULT_WAIT`].
pub fn build_waiting(
    dir: &Path,
    paths: &[PathBuf],
    lex: &Lexicon,
    progress: &dyn Progress,
    wait: std::time::Duration,
) -> Result<BuildReport, BuildError> {
    let options = BuildOptions {
        wait: Some(wait),
        ..BuildOptions::default()
    };
    build_sources(dir, Sources::find(paths)?, lex, progress, options)
}

/// Builds or updates the store in `dir` from `sources` (files found by
/// [`Sources::find`], or an article given as bytes), as `options` say.
pub fn build_sources(
    dir: &Path,
    sources: Sources,
    lex: &Lexicon,
    progress: &dyn Progress,
    options: BuildOptions,
) -> Result<BuildReport, BuildError> {
    build_with(dir, sources, lex, progress, BATCH, options)
}

/// [`build`] with `batch` articles read at a time; the store written does not depend
/// on it.
#[doc(hidden)]
pub fn build_in_batches(
    dir: &Path,
    paths: &[PathBuf],
    lex: &Lexicon,
    progress: &dyn Progress,
    batch: usize,
) -> Result<BuildReport, BuildError> {
    let sources = Sources::find(paths)?;
    build_with(dir, sources, lex, progress, batch, BuildOptions::default())
}

/// [`build_sources`] with `batch` articles read at a time.
fn build_with(
    dir: &Path,
    sources: Sources,
    lex: &Lexicon,
    progress: &dyn Progress,
    batch: usize,
    options: BuildOptions,
) -> Result<BuildReport, BuildError> {
    let mut sources = sources;
    if let Some(shard) = options.shard {
        sources.retain(|id| shard.holds(id));
    }
    progress.found(sources.len());
    let batch = batch.max(1);
    let all: Vec<usize> = (0..sources.len()).collect();
    // With a store already built, hash every article first (the hashes only, nothing
    // extracted) to find the ones it lacks or holds in another version: then only
    // those are read again, and the store knows how many will be written. Every bad
    // file is found here, before the store is taken.
    let mut plan = Plan {
        wait: options.wait,
        ..Plan::default()
    };
    let ids: HashSet<&str> = (0..sources.len()).map(|i| sources.id(i)).collect();
    let (todo, skipped) = match store::stored(dir)? {
        None => (all, 0),
        Some(stored) => {
            let mut todo = Vec::new();
            for chunk in all.chunks(batch) {
                for (&i, doc) in chunk.iter().zip(read_batch(&sources, chunk, lex)) {
                    let doc = doc?;
                    if stored.is_current(&doc.meta) {
                        progress.unchanged();
                    } else {
                        plan.replacing += usize::from(stored.contains(&doc.meta.id));
                        plan.bytes += doc.text.len();
                        todo.push(i);
                    }
                }
            }
            if options.prune {
                // Removing is replacing with nothing, for how the store is written.
                let gone = stored.ids().filter(|id| !ids.contains(id)).count();
                plan.articles += gone;
                plan.replacing += gone;
            }
            let skipped = sources.len() - todo.len();
            (todo, skipped)
        }
    };
    plan.articles += todo.len();
    let mut facts_extracted = 0;
    let mut report = store::write(dir, plan, |sink| {
        if options.prune {
            // Under the store's lock: what it holds now, not what the first pass saw.
            let gone: Vec<String> = sink
                .stored_ids()
                .filter(|id| !ids.contains(id))
                .map(str::to_owned)
                .collect();
            for id in gone {
                sink.remove(&id)?;
            }
        }
        for chunk in todo.chunks(batch) {
            let mut docs = Vec::with_capacity(chunk.len());
            for (&i, doc) in chunk.iter().zip(read_batch(&sources, chunk, lex)) {
                let doc = doc?;
                // Asked again under the store's lock: another build may have run since.
                if sink.unchanged(&doc.meta) {
                    progress.unchanged();
                } else {
                    docs.push((i, doc));
                }
            }
            let out: Vec<Extracted> = docs
                .par_iter()
                .map(|(i, d)| {
                    if let Some(long) = segment::long_sentences(&d.text, &lex.boilerplate, &d.hints)
                    {
                        progress.long_sentences(sources.path(*i), &long);
                    }
                    let x = extract::extract_doc(d, lex);
                    progress.extracted(x.facts.len());
                    x
                })
                .collect();
            drop(docs);
            let prepared: Vec<Prepared<'_>> =
                out.par_iter().map(|x| Prepared::new(x.part())).collect();
            for (x, doc) in out.iter().zip(prepared) {
                facts_extracted += x.facts.len();
                sink.put(doc, x.entities.values())?;
            }
        }
        progress.committing();
        Ok::<_, BuildError>(())
    })?;
    report.unchanged += skipped;
    Ok(BuildReport {
        articles: sources.len(),
        facts_extracted,
        store: report,
    })
}

/// Reads articles `ids` on all cores, stamped with the extractor that will read them.
/// Results come in the order of `ids`, so the first error the caller meets is the
/// first bad file in order, whatever thread read it.
pub(crate) fn read_batch(
    sources: &Sources,
    ids: &[usize],
    lex: &Lexicon,
) -> Vec<Result<Document, SourceError>> {
    ids.par_iter()
        .map(|&i| {
            let mut doc = sources.read(i)?;
            doc.meta.extractor = lex.fingerprint().to_string();
            Ok(doc)
        })
        .collect()
}
