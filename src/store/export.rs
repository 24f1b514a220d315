//! RDF export of a whole store, sorted so the same data always gives the same bytes.

use super::{db_err, ReadStore, StoreError};
use crate::rdf::{self, PREFIXES};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad};
use oxigraph::store::{StorageError, Store};
use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;

/// The RDF syntaxes `newsgraph export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Turtle: triples only (the union of all graphs), with prefixes.
    #[value(name = "turtle")]
    Turtle,
    /// N-Triples: triples only (the union of all graphs), one per line.
    #[value(name = "ntriples")]
    NTriples,
    /// N-Quads: every quad with its graph, one per line.
    #[value(name = "nquads")]
    NQuads,
    /// TriG: every graph, with prefixes.
    #[value(name = "trig")]
    TriG,
    /// JSON-LD: every graph, as expanded node objects.
    #[value(name = "jsonld")]
    JsonLd,
    /// RDF/XML: triples only (the union of all graphs).
    #[value(name = "rdfxml")]
    RdfXml,
}

impl ExportFormat {
    /// The Oxigraph serialiser format.
    fn rdf_format(self) -> RdfFormat {
        match self {
            ExportFormat::Turtle => RdfFormat::Turtle,
            ExportFormat::NTriples => RdfFormat::NTriples,
            ExportFormat::NQuads => RdfFormat::NQuads,
            ExportFormat::TriG => RdfFormat::TriG,
            ExportFormat::JsonLd => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
            ExportFormat::RdfXml => RdfFormat::RdfXml,
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use clap::ValueEnum;
        match self.to_possible_value() {
            Some(v) => f.write_str(v.get_name()),
            None => Ok(()),
        }
    }
}

impl FromStr for ExportFormat {
    type Err = String;

    /// Parses a format name (`turtle`, `ntriples`, `nquads`, `trig`, `jsonld`, `rdfxml`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        <Self as clap::ValueEnum>::from_str(s, true).map_err(|_| {
            format!(
                "unknown format {s:?}; expected turtle, ntriples, nquads, trig, jsonld or rdfxml"
            )
        })
    }
}

/// Graphs decoded at once by [`export`]: enough to keep every core busy, few enough
/// that memory stays bounded whatever the store size.
const EXPORT_BATCH: usize = 512;

/// The sort key of a quad's triple: N-Triples terms separated by tabs (which never occur
/// in IRIs, and are escaped in literals), so keys order by subject, predicate, object.
fn triple_key(q: &Quad) -> String {
    format!("{}\t{}\t{}", q.subject, q.predicate, q.object)
}

/// The article graph a quad's subject belongs to: the article's IRI for the article
/// itself and for its sentences and facts (`…/doc/{doc}/…`), `None` for anything else.
fn home_graph(q: &Quad) -> Option<NamedNode> {
    let NamedOrBlankNode::NamedNode(s) = &q.subject else {
        return None;
    };
    let local = s.as_str().strip_prefix(rdf::DOC)?;
    let doc = local.split('/').next().filter(|d| !d.is_empty())?;
    Some(NamedNode::new_unchecked(format!("{}{doc}", rdf::DOC)))
}

/// The quads of one graph, sorted by [`triple_key`].
fn sorted_graph(store: &Store, graph: &GraphName) -> Result<Vec<Quad>, StorageError> {
    let mut quads = store
        .quads_for_pattern(None, None, None, Some(graph.as_ref()))
        .collect::<Result<Vec<_>, _>>()?;
    quads.sort_by_cached_key(triple_key);
    Ok(quads)
}

/// Writes the whole store in `format`, sorted by graph, subject, predicate and object so
/// the same data always gives the same bytes. Triple-only formats get the union of all
/// graphs, without duplicates: each article's own triples article by article, then
/// the triples about entities, sorted.
///
/// Dataset formats are written graph by graph: graphs are decoded from RocksDB in
/// batches, in parallel (decoding each term's string is most of the cost, as in
/// oxigraph's own `dump_to_writer`), each sorted on its own, and streamed out in order.
pub fn export(store: &ReadStore, format: ExportFormat, out: impl Write) -> Result<(), StoreError> {
    export_in_batches(store, format, out, EXPORT_BATCH)
}

/// [`export`], decoding `batch` graphs at a time; the output does not depend on `batch`.
#[doc(hidden)]
pub fn export_in_batches(
    store: &ReadStore,
    format: ExportFormat,
    out: impl Write,
    batch: usize,
) -> Result<(), StoreError> {
    use rayon::prelude::*;
    let batch = batch.max(1);
    let dir = store.dir();
    let db = store.store();
    let export_err = |source| StoreError::Export {
        dir: dir.into(),
        format,
        source,
    };
    let mut serializer = RdfSerializer::from_format(format.rdf_format());
    for (name, iri) in PREFIXES {
        serializer = serializer
            .with_prefix(*name, *iri)
            .map_err(|e| export_err(io::Error::other(e)))?;
    }
    let mut writer = serializer.for_writer(out);

    let mut graphs: Vec<(String, GraphName)> = db
        .named_graphs()
        .map(|g| {
            g.map(|g| {
                let g = GraphName::from(g);
                (g.to_string(), g)
            })
        })
        .collect::<Result<_, _>>()
        .map_err(db_err(dir))?;
    graphs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    graphs.insert(0, (String::new(), GraphName::DefaultGraph));

    if format.rdf_format().supports_datasets() {
        for batch in graphs.chunks(batch) {
            let decoded: Vec<Vec<Quad>> = batch
                .par_iter()
                .map(|(_, g)| sorted_graph(db, g))
                .collect::<Result<_, _>>()
                .map_err(db_err(dir))?;
            for q in decoded.iter().flatten() {
                writer.serialize_quad(q).map_err(export_err)?;
            }
        }
    } else {
        // The union of all graphs, each triple once, without holding the store: a
        // triple about an article's own nodes (its IRI, sentences and facts, all
        // named under the article's IRI) lives in that article's graph only, so it
        // streams out graph by graph; the rest (entity descriptions, direct triples
        // between entities, which many articles repeat) is kept, deduplicated, and
        // written sorted at the end. Sorting all 8 million triples of a 100k-article
        // store took 6.3 GB.
        let mut shared: BTreeMap<String, Quad> = BTreeMap::new();
        for batch in graphs.chunks(batch) {
            let decoded: Vec<Vec<Quad>> = batch
                .par_iter()
                .map(|(_, g)| sorted_graph(db, g))
                .collect::<Result<_, _>>()
                .map_err(db_err(dir))?;
            for ((_, g), quads) in batch.iter().zip(decoded) {
                for mut q in quads {
                    let own = home_graph(&q).is_some_and(|h| GraphName::NamedNode(h) == *g);
                    q.graph_name = GraphName::DefaultGraph;
                    if own {
                        writer.serialize_quad(&q).map_err(export_err)?;
                    } else {
                        shared.insert(triple_key(&q), q);
                    }
                }
            }
        }
        for q in shared.values() {
            // A triple about an article's node copied into another graph (only a
            // SPARQL update does that) was already written with its own graph.
            if let Some(home) = home_graph(q) {
                let there = oxigraph::model::QuadRef::new(
                    q.subject.as_ref(),
                    q.predicate.as_ref(),
                    q.object.as_ref(),
                    GraphNameRef::NamedNode(home.as_ref()),
                );
                if db.contains(there).map_err(db_err(dir))? {
                    continue;
                }
            }
            writer.serialize_quad(q).map_err(export_err)?;
        }
    }
    writer
        .finish()
        .map_err(export_err)?
        .flush()
        .map_err(export_err)
}
