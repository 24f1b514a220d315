//! The knowledge graph in memory: entities are nodes and facts are edges of a petgraph
//! graph, with one node per canonical entity however many mentions or articles name
//! it. Facts without an object (`says`, most `denies`) hang off their subject node.
//!
//! Built from a [`Dataset`], either fresh from extraction or read back from the store.

use crate::model::{Dataset, DocMeta, Entity, EntityId, EntityType, Fact, Relation};
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, HashMap};

/// Index of a fact in [`KnowledgeGraph::facts`].
pub type FactIx = u32;

/// Entities, facts and their graph.
#[derive(Debug, Default)]
pub struct KnowledgeGraph {
    graph: DiGraph<Entity, FactIx>,
    nodes: HashMap<EntityId, NodeIndex>,
    facts: Vec<Fact>,
    docs: Vec<DocMeta>,
    /// Facts of each node as subject, by relation, including those without an object.
    by_subject: HashMap<(NodeIndex, Relation), Vec<FactIx>>,
    /// Facts of each node as object, by relation.
    by_object: HashMap<(NodeIndex, Relation), Vec<FactIx>>,
    /// Facts of each relation.
    by_relation: BTreeMap<Relation, Vec<FactIx>>,
}

/// Counts shown by `newsgraph stats`.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Articles.
    pub documents: usize,
    /// Entities (nodes).
    pub entities: usize,
    /// Facts (edges and object-less facts).
    pub facts: usize,
    /// Entities by type.
    pub by_type: BTreeMap<String, usize>,
    /// Facts by relation.
    pub by_relation: BTreeMap<String, usize>,
}

impl KnowledgeGraph {
    /// Builds the graph of a dataset.
    pub fn from_dataset(ds: Dataset) -> Self {
        let mut g = KnowledgeGraph {
            graph: DiGraph::with_capacity(ds.entities.len(), ds.facts.len()),
            docs: ds.docs,
            ..Default::default()
        };
        for (id, e) in ds.entities {
            let n = g.graph.add_node(e);
            g.nodes.insert(id, n);
        }
        for (i, f) in ds.facts.into_iter().enumerate() {
            let ix = i as FactIx;
            let Some(&s) = g.nodes.get(&f.subject) else {
                continue;
            };
            if let Some(&o) = f.object.as_ref().and_then(|o| g.nodes.get(o)) {
                g.graph.add_edge(s, o, ix);
                g.by_object.entry((o, f.relation)).or_default().push(ix);
            }
            g.by_subject.entry((s, f.relation)).or_default().push(ix);
            g.by_relation.entry(f.relation).or_default().push(ix);
            g.facts.push(f);
        }
        g
    }

    /// The underlying petgraph graph (edge weights index [`Self::facts`]).
    pub fn graph(&self) -> &DiGraph<Entity, FactIx> {
        &self.graph
    }

    /// All facts.
    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    /// One fact.
    pub fn fact(&self, ix: FactIx) -> &Fact {
        &self.facts[ix as usize]
    }

    /// The articles.
    pub fn docs(&self) -> &[DocMeta] {
        &self.docs
    }

    /// Node of an entity.
    pub fn node(&self, id: &EntityId) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }

    /// Entity of a node.
    pub fn entity_at(&self, n: NodeIndex) -> &Entity {
        &self.graph[n]
    }

    /// Entity by id.
    pub fn entity(&self, id: &EntityId) -> Option<&Entity> {
        self.node(id).map(|n| &self.graph[n])
    }

    /// All entities.
    pub fn entities(&self) -> impl Iterator<Item = &Entity> {
        self.graph.node_weights()
    }

    /// Facts with this relation.
    pub fn facts_with(&self, relation: Relation) -> &[FactIx] {
        self.by_relation.get(&relation).map_or(&[], Vec::as_slice)
    }

    /// Facts whose subject is `n` and whose relation is `relation`.
    pub fn facts_of(&self, n: NodeIndex, relation: Relation) -> &[FactIx] {
        self.by_subject
            .get(&(n, relation))
            .map_or(&[], Vec::as_slice)
    }

    /// Facts whose object is `n` and whose relation is `relation`.
    pub fn facts_to(&self, n: NodeIndex, relation: Relation) -> &[FactIx] {
        self.by_object
            .get(&(n, relation))
            .map_or(&[], Vec::as_slice)
    }

    /// Edges (facts with an object) touching `n`, both directions.
    pub fn edges_of(
        &self,
        n: NodeIndex,
    ) -> impl Iterator<Item = (EdgeIndex, NodeIndex, NodeIndex, FactIx)> + '_ {
        self.graph
            .edges_directed(n, petgraph::Direction::Outgoing)
            .chain(self.graph.edges_directed(n, petgraph::Direction::Incoming))
            .map(|e| (e.id(), e.source(), e.target(), *e.weight()))
    }

    /// Counts by entity type and relation.
    pub fn stats(&self) -> Stats {
        let mut by_type: BTreeMap<String, usize> = EntityType::ALL
            .iter()
            .map(|t| (t.as_str().to_string(), 0))
            .collect();
        for e in self.graph.node_weights() {
            *by_type.entry(e.etype.as_str().to_string()).or_default() += 1;
        }
        let by_relation = Relation::ALL
            .iter()
            .map(|r| (r.as_str().to_string(), self.facts_with(*r).len()))
            .collect();
        Stats {
            documents: self.docs.len(),
            entities: self.graph.node_count(),
            facts: self.facts.len(),
            by_type,
            by_relation,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Modality};

    fn entity(id: &str, t: EntityType) -> (EntityId, Entity) {
        let e = Entity {
            id: EntityId(id.into()),
            label: id.into(),
            etype: t,
            aliases: vec![],
            wikidata: None,
        };
        (e.id.clone(), e)
    }

    fn fact(doc: &str, s: &str, r: Relation, o: Option<&str>) -> Fact {
        Fact {
            doc: doc.into(),
            subject: EntityId(s.into()),
            relation: r,
            object: o.map(|o| EntityId(o.into())),
            claim: None,
            modality: Modality::Asserted,
            date: None,
            attribution: None,
            evidence: Evidence {
                sentence: "s".into(),
                start: 0,
                end: 1,
                section: Default::default(),
            },
        }
    }

    #[test]
    fn one_node_per_entity_across_articles() {
        let ds = Dataset {
            docs: vec![],
            entities: [
                entity("finland", EntityType::State),
                entity("russia", EntityType::State),
            ]
            .into_iter()
            .collect(),
            facts: vec![
                fact("a", "finland", Relation::Accuses, Some("russia")),
                fact("b", "finland", Relation::Accuses, Some("russia")),
                fact("b", "russia", Relation::Denies, None),
            ],
        };
        let g = KnowledgeGraph::from_dataset(ds);
        assert_eq!(g.graph().node_count(), 2);
        assert_eq!(g.graph().edge_count(), 2);
        let fi = g.node(&EntityId("finland".into())).unwrap();
        assert_eq!(g.facts_of(fi, Relation::Accuses).len(), 2);
        let s = g.stats();
        assert_eq!(s.by_relation["denies"], 1);
        assert_eq!(s.by_type["State"], 2);
    }
}
