//! A read session on a store: the store opened read-only, its graph in memory and the
//! name index, shared by `ask`, the REPL and `sparql` so they answer the same way.

use crate::graph::KnowledgeGraph;
use crate::lexicon::Lexicon;
use crate::model::EntityId;
use crate::query::{self, ast::Query, plan::NameIndex, Answer, EngineKind, QueryError};
use crate::store::{ReadStore, StoreError};
use std::fmt::Write as _;

/// An open store with everything needed to answer queries.
pub struct Session {
    store: ReadStore,
    graph: KnowledgeGraph,
    names: NameIndex,
}

impl Session {
    /// Loads the graph of an open store and indexes its names, with the lexicon's
    /// metonyms (`the Kremlin`) for the entities present.
    pub fn new(store: ReadStore, lex: &Lexicon) -> Result<Self, StoreError> {
        let graph = KnowledgeGraph::from_packed(crate::store::read_packed(&store)?);
        let names = NameIndex::new(
            graph.entities(),
            lex.names().map(|(n, id)| (n.to_string(), id.clone())),
        );
        Ok(Session {
            store,
            graph,
            names,
        })
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
        let parsed = query::syntax::parse(text)?;
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

    /// The typed query, the resolved plan and the SPARQL it compiles to.
    pub fn explain(&self, text: &str) -> Result<String, QueryError> {
        let parsed = query::syntax::parse(text)?;
        let mut out = String::new();
        let _ = writeln!(out, "-- query\n{parsed:#?}");
        if let Query::Select(s) = &parsed {
            let plan = query::plan::resolve(s, &self.names)?;
            let _ = writeln!(out, "-- plan\n{plan:#?}");
            let _ = writeln!(out, "-- sparql\n{}", query::sparql::compile(&plan));
        }
        Ok(out)
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
