//! A read session on a store: the store opened read-only, its graph in memory and the
//! name index, shared by `ask`, the REPL and `sparql` so they answer the same way.

use crate::graph::KnowledgeGraph;
use crate::lexicon::Lexicon;
use crate::model::EntityId;
use crate::query::{
    self, ast::Query, plan::NameIndex, vocab::Vocab, Answer, EngineKind, QueryError,
};
use crate::store::{ReadStore, StoreError};

/// An open store with everything needed to answer queries.
pub struct Session {
    store: ReadStore,
    graph: KnowledgeGraph,
    names: NameIndex,
    vocab: Vocab,
}

impl Session {
    /// Loads the graph of an open store and indexes its names, with the lexicon's
    /// metonyms (`the Kremlin`) for the entities present.
    pub fn new(store: ReadStore, lex: &Lexicon) -> Result<Self, StoreError> {
        let graph = KnowledgeGraph::from_packed(crate::store::read_packed(&store)?);
        let names = NameIndex::new(
            graph.entities(),
            lex.names().map(|(n, id)| (n.to_string(), id.clone())),
        )
        .with_docs(graph.docs().iter().map(|d| d.id.clone()));
        Ok(Session {
            store,
            graph,
            names,
            vocab: Vocab::new(lex),
        })
    }

    /// The words of the query language, from the lexicon.
    pub fn vocab(&self) -> &Vocab {
        &self.vocab
    }

    /// Completion candidates for the REPL: keywords, relation names and verb forms,
    /// type nouns, and the labels of the store's entities, sorted.
    pub fn completions(&self) -> Vec<String> {
        let mut out = self.vocab.completions();
        out.extend(self.names.labels().map(str::to_string));
        out.sort();
        out.dedup();
        out
    }

    /// Parses a query with this store's vocabulary.
    pub fn parse(&self, text: &str) -> Result<Query, QueryError> {
        query::syntax::parse_with(text, &self.vocab)
    }

    /// The graph.
    pub fn graph(&self) -> &KnowledgeGraph {
        &self.graph
    }

    /// The store.
    pub fn store(&self) -> &ReadStore {
        &self.store
    }

    /// Names of entities, for resolution and completion.
    pub fn names(&self) -> &NameIndex {
        &self.names
    }

    /// Gives the store back (to close it before a build).
    pub fn into_store(self) -> ReadStore {
        self.store
    }

    /// Answers a query with an engine.
    pub fn ask(&self, text: &str, engine: EngineKind) -> Result<Answer, QueryError> {
        let parsed = self.parse(text)?;
        self.run(&parsed, engine)
    }

    /// Answers a parsed query.
    pub fn run(&self, parsed: &Query, engine: EngineKind) -> Result<Answer, QueryError> {
        let native = query::native::Native::new(&self.graph);
        let sparql = query::sparql::Sparql::new(self.store.store());
        let engine: &dyn query::Engine = match engine {
            EngineKind::Native => &native,
            EngineKind::Sparql => &sparql,
        };
        query::run(parsed, engine, &self.names, &|id| self.describe(id))
    }

    /// How a query is understood: the question form, the plan in words and the
    /// SPARQL it compiles to.
    pub fn explain(&self, text: &str) -> Result<String, QueryError> {
        query::explain::explain(&self.parse(text)?, &self.names)
    }

    /// Header lines describing an entity: label, type, other names, Wikidata.
    pub fn describe(&self, id: &EntityId) -> Vec<String> {
        let Some(e) = self.graph.entity(id) else {
            return Vec::new();
        };
        let mut lines = vec![format!("{} ({})", e.label, e.etype)];
        if !e.aliases.is_empty() {
            lines.push(format!("also: {}", e.aliases.join(", ")));
        }
        if let Some(q) = &e.wikidata {
            lines.push(format!("wikidata: {q}"));
        }
        lines
    }
}
