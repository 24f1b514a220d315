//! newsgraph: turns news articles into a knowledge graph you can question.
//!
//! Data flows one way through one module per stage (see `ARCHITECTURE.md`):
//!
//! | stage | module | produces |
//! |---|---|---|
//! | read | [`source`] | [`source::Document`] (checked UTF-8 text + [`model::DocMeta`]) |
//! | segment | [`segment`] | [`segment::Sentence`]s, furniture dropped |
//! | extract | [`extract`] (with [`lexicon`]) | [`model::Fact`]s in a [`model::Dataset`] |
//! | store | [`rdf`], [`store`] | quads in oxigraph's on-disk store; RDF exports |
//! | build | [`build`] | stages 1–5 streamed a batch at a time into the store |
//! | graph | [`graph`] | [`graph::KnowledgeGraph`] (petgraph) |
//! | print | [`report`] | tables, JSON lines, CSV |

pub mod bounds;
pub mod build;
pub mod dot;
pub mod eval;
pub mod extract;
#[doc(hidden)]
pub mod fuzzing;
pub mod gen;
pub mod graph;
pub mod lexicon;
pub mod locate;
pub mod model;
pub mod packed;
pub mod query;
pub mod rdf;
pub mod remote;
pub mod repl;
pub mod report;
pub mod segment;
pub mod serve;
pub mod session;
pub mod shown;
pub mod source;
pub mod sparql;
pub mod store;
pub mod text;

use std::path::PathBuf;

/// Reads the articles named by `paths` and extracts their facts: the whole pipeline
/// up to the store, touching nothing on disk but the articles.
pub fn read_and_extract(
    paths: &[PathBuf],
    lex: &lexicon::Lexicon,
) -> Result<model::Dataset, source::SourceError> {
    read_and_extract_with(paths, lex, &build::Silent)
}

/// [`read_and_extract`], telling `progress` which articles have sentences too long
/// to extract whole (see [`segment::MAX_SENTENCE_BYTES`]).
pub fn read_and_extract_with(
    paths: &[PathBuf],
    lex: &lexicon::Lexicon,
    progress: &dyn build::Progress,
) -> Result<model::Dataset, source::SourceError> {
    let sources = source::Sources::find(paths)?;
    let docs = (0..sources.len())
        .map(|i| sources.read(i))
        .collect::<Result<Vec<_>, _>>()?;
    for (i, d) in docs.iter().enumerate() {
        if let Some(long) = segment::long_sentences(&d.text, &lex.boilerplate, &d.hints) {
            progress.long_sentences(sources.path(i), &long);
        }
    }
    Ok(extract::extract_all(&docs, lex))
}
