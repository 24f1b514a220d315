//! `newsgraph build --remote URL`: extraction as in [`crate::build`], written to a
//! SPARQL 1.1 Graph Store Protocol endpoint instead of the local store. Each article
//! is one named graph, replaced with an idempotent `PUT ?graph=IRI`; the entities a
//! batch names are merged into one named graph ([`rdf::ENTITIES_GRAPH`]) with
//! `POST ?graph=IRI` before its articles are written (some stores, Virtuoso among
//! them, have no default graph to write to). With `prune`, the article graphs of
//! articles no longer among the inputs are deleted (`DELETE ?graph=IRI`) once every
//! article is written. An article graph holds its text's SHA-256 and the extractor's
//! fingerprint (`ng:sha256`, `ng:extractor`), read back with one SELECT before the
//! push, so an unchanged article is neither extracted nor sent again, and a push cut
//! short is completed by running it again.

use super::{Endpoint, RemoteError};
use crate::bounds::Deadline;
use crate::build::{self, Progress, Shard, BATCH};
use crate::extract::{self, Extracted};
use crate::lexicon::Lexicon;
use crate::rdf;
use crate::source::SourceError;
use crate::store::Stored;
use oxigraph::model::{Term, Triple};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// What a push did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PushReport {
    /// Articles found under the paths (in the shard, with `--shard`).
    pub articles: usize,
    /// Articles written (their graphs replaced).
    pub written: usize,
    /// Articles the store already held as they are, not sent.
    pub unchanged: usize,
    /// Triples sent: article graphs and entity descriptions.
    pub triples: usize,
    /// Article graphs deleted because their articles are no longer among the inputs.
    pub removed: usize,
}

/// Why a push failed.
#[derive(Debug, thiserror::Error)]
pub enum PushError {
    /// An article or manifest could not be read; nothing was sent.
    #[error(transparent)]
    Source(#[from] SourceError),
    /// The store failed part-way: these articles were not written. Running the same
    /// push again writes them (and skips the ones written).
    #[error(
        "{cause}\n{} of {} articles not written: {}\n{} written before the failure, {} unchanged; run the same command again to write the rest",
        .not_written.len(), .report.articles, list(.not_written), .report.written, .report.unchanged
    )]
    Incomplete {
        /// The articles not written, by document id.
        not_written: Vec<String>,
        /// What was done before the failure.
        report: PushReport,
        /// The failure.
        cause: Box<RemoteError>,
    },
    /// Every article was written but the store failed while deleting the graphs of
    /// articles no longer among the inputs: these are still there.
    #[error(
        "{cause}\n{} of {} articles to remove not removed: {}\nevery article was written; run the same command again to remove the rest",
        .not_removed.len(), .not_removed.len() + .report.removed, list(.not_removed)
    )]
    NotRemoved {
        /// The articles still in the store, by document id.
        not_removed: Vec<String>,
        /// What was done before the failure.
        report: PushReport,
        /// The failure.
        cause: Box<RemoteError>,
    },
}

/// Document ids, comma-separated, the first 20 and a count of the rest.
fn list(ids: &[String]) -> String {
    let mut s = ids.iter().take(20).cloned().collect::<Vec<_>>().join(", ");
    if ids.len() > 20 {
        s.push_str(&format!(" and {} more", ids.len() - 20));
    }
    s
}

/// How a push runs.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Articles read, extracted and sent at a time.
    pub batch: usize,
    /// Only this shard of the articles.
    pub shard: Option<Shard>,
    /// Delete the stored articles that are not among the inputs (not with a shard:
    /// the other shards' articles are not among its inputs).
    pub prune: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            batch: BATCH,
            shard: None,
            prune: false,
        }
    }
}

/// The SPARQL endpoint of a Graph Store Protocol URL: oxigraph's `/store` answers
/// queries at `/query`, Virtuoso's `/sparql-graph-crud` at `/sparql` (and
/// `/sparql-graph-crud-auth` at `/sparql-auth`);
/// other stores (Fuseki's dataset URL) answer both at one URL.
pub fn query_url(gsp: &str) -> String {
    let path = gsp.trim_end_matches('/');
    [
        ("/store", "/query"),
        ("/sparql-graph-crud", "/sparql"),
        ("/sparql-graph-crud-auth", "/sparql-auth"),
    ]
    .iter()
    .find_map(|(store, query)| {
        path.strip_suffix(store)
            .map(|base| format!("{base}{query}"))
    })
    .unwrap_or_else(|| gsp.to_string())
}

/// What the store holds: SHA-256, extractor and metadata of each article graph, by id.
fn stored(query: &Endpoint) -> Result<Stored, RemoteError> {
    use rdf::term;
    let q = format!(
        "SELECT ?g ?sha ?ex ?title ?publisher ?published ?url WHERE {{ GRAPH ?g {{ ?g <{}> ?sha \
         OPTIONAL {{ ?g <{}> ?ex }} OPTIONAL {{ ?g <{}> ?title }} OPTIONAL {{ ?g <{}> ?publisher }} \
         OPTIONAL {{ ?g <{}> ?published }} OPTIONAL {{ ?g <{}> ?url }} }} }}",
        term::SHA256.as_str(),
        term::EXTRACTOR.as_str(),
        term::HEADLINE.as_str(),
        term::PUBLISHER.as_str(),
        term::PUBLISHED.as_str(),
        term::URL.as_str(),
    );
    let mut docs = HashMap::new();
    for row in query.select(&q, &Deadline::none())? {
        let lit = |v: &str| match row.get(v) {
            Some(Term::Literal(l)) => Some(l.value().to_string()),
            _ => None,
        };
        if let Some(Term::NamedNode(g)) = row.get("g") {
            if let Some(id) = rdf::doc_id_from_iri(g.as_str()) {
                let meta = crate::model::DocMeta {
                    id: id.clone(),
                    sha256: lit("sha").unwrap_or_default(),
                    extractor: lit("ex").unwrap_or_default(),
                    title: lit("title"),
                    publisher: lit("publisher"),
                    published: lit("published"),
                    url: lit("url"),
                    ..Default::default()
                };
                docs.insert(id, meta);
            }
        }
    }
    Ok(Stored { docs })
}

/// Pushes the articles under `paths` to the Graph Store Protocol endpoint `gsp`,
/// reading what it holds from `query` (its SPARQL endpoint).
pub fn push(
    gsp: &Endpoint,
    query: &Endpoint,
    paths: &[PathBuf],
    lex: &Lexicon,
    progress: &dyn Progress,
    config: &Config,
) -> Result<PushReport, PushError> {
    let sources = build::sources(paths, config.shard)?;
    progress.found(sources.len());
    let mut report = PushReport {
        articles: sources.len(),
        ..PushReport::default()
    };
    let ids: Vec<String> = (0..sources.len())
        .map(|i| sources.id(i).to_string())
        .collect();
    let incomplete = |from: usize, report: &PushReport, cause| PushError::Incomplete {
        not_written: ids[from..].to_vec(),
        report: report.clone(),
        cause: Box::new(cause),
    };
    let stored = stored(query).map_err(|e| incomplete(0, &report, e))?;
    let all: Vec<usize> = (0..sources.len()).collect();
    for chunk in all.chunks(config.batch.max(1)) {
        let mut docs = Vec::with_capacity(chunk.len());
        for doc in build::read_batch(&sources, chunk, lex) {
            let doc = doc?;
            if stored.is_current(&doc.meta) {
                progress.unchanged();
                report.unchanged += 1;
            } else {
                docs.push(doc);
            }
        }
        let out: Vec<(Extracted, Vec<Triple>)> = docs
            .par_iter()
            .map(|d| {
                let x = extract::extract_doc(d, lex);
                progress.extracted(x.facts.len());
                let triples = x.part().quads().into_iter().map(Triple::from).collect();
                (x, triples)
            })
            .collect();
        // Entities first: an article graph that is there is complete, entities and all.
        let entities: BTreeMap<_, _> = out.iter().flat_map(|(x, _)| &x.entities).collect();
        let entity_triples: Vec<Triple> = entities
            .values()
            .flat_map(|e| rdf::entity_quads(e))
            .map(Triple::from)
            .collect();
        let later = &ids[chunk[0] + chunk.len()..];
        if !entity_triples.is_empty() {
            let graph = oxigraph::model::NamedNode::new_unchecked(rdf::ENTITIES_GRAPH);
            gsp.post_graph(&graph, &entity_triples).map_err(|e| {
                let mut not: Vec<String> = out.iter().map(|(x, _)| x.meta.id.clone()).collect();
                not.extend(later.iter().cloned());
                PushError::Incomplete {
                    not_written: not,
                    report: report.clone(),
                    cause: Box::new(e),
                }
            })?;
            report.triples += entity_triples.len();
        }
        let mut not = Vec::new();
        let mut cause = None;
        for ((x, triples), r) in out.iter().zip(put_all(gsp, &out)) {
            match r {
                Some(Ok(())) => {
                    report.written += 1;
                    report.triples += triples.len();
                }
                Some(Err(e)) => {
                    not.push(x.meta.id.clone());
                    cause.get_or_insert(e);
                }
                None => not.push(x.meta.id.clone()),
            }
        }
        if let Some(cause) = cause {
            not.extend(later.iter().cloned());
            return Err(PushError::Incomplete {
                not_written: not,
                report,
                cause: Box::new(cause),
            });
        }
    }
    if config.prune && config.shard.is_none() {
        prune(gsp, &stored, &ids, &mut report)?;
    }
    Ok(report)
}

/// Deletes the graphs of the stored articles that are not in `ids`, in id order.
fn prune(
    gsp: &Endpoint,
    stored: &Stored,
    ids: &[String],
    report: &mut PushReport,
) -> Result<(), PushError> {
    let keep: std::collections::HashSet<&str> = ids.iter().map(String::as_str).collect();
    let mut stale: Vec<&String> = stored
        .docs
        .keys()
        .filter(|id| !keep.contains(id.as_str()))
        .collect();
    stale.sort();
    for (i, id) in stale.iter().enumerate() {
        if let Err(e) = gsp.delete_graph(&rdf::doc_graph(id)) {
            return Err(PushError::NotRemoved {
                not_removed: stale[i..].iter().map(|s| s.to_string()).collect(),
                report: report.clone(),
                cause: Box::new(e),
            });
        }
        report.removed += 1;
    }
    Ok(())
}

/// Article graphs written at once: a store takes several PUTs in parallel, and one
/// article's round trip is mostly waiting.
const PARALLEL: usize = 4;

/// PUTs every article graph, [`PARALLEL`] at a time, in any order. What became of each,
/// in order: `None` for those not tried because another failed first (a store that
/// fails once after its retries is not asked again and again).
fn put_all(
    gsp: &Endpoint,
    out: &[(Extracted, Vec<Triple>)],
) -> Vec<Option<Result<(), RemoteError>>> {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Mutex;
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let results: Vec<Mutex<Option<Result<(), RemoteError>>>> =
        out.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..PARALLEL.min(out.len()) {
            s.spawn(|| {
                while !failed.load(Ordering::SeqCst) {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some((x, triples)) = out.get(i) else {
                        break;
                    };
                    let r = gsp.put_graph(&rdf::doc_graph(&x.meta.id), triples);
                    if r.is_err() {
                        failed.store(true, Ordering::SeqCst);
                    }
                    *results[i].lock().unwrap_or_else(|p| p.into_inner()) = Some(r);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().unwrap_or_else(|p| p.into_inner()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::query_url;

    #[test]
    fn known_stores_answer_queries_at_their_own_path() {
        let q = |u| query_url(u);
        assert_eq!(q("http://h:7878/store"), "http://h:7878/query");
        assert_eq!(q("http://h:8890/sparql-graph-crud"), "http://h:8890/sparql");
        assert_eq!(
            q("http://h:8890/sparql-graph-crud-auth/"),
            "http://h:8890/sparql-auth"
        );
        assert_eq!(q("http://h:3030/ds"), "http://h:3030/ds");
    }
}
