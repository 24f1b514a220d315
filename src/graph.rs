//! The knowledge graph in memory: entities are nodes and facts are edges of a petgraph
//! graph, with one node per canonical entity however many mentions or articles name
//! it. Facts without an object (`says`, most `denies`) hang off their subject node.
//!
//! Built from a [`Dataset`], either fresh from extraction or read back from the store.

use crate::model::{Dataset, DocMeta, Entity, EntityId, EntityType, Relation};
use crate::packed::{FactRef, Packed};
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, HashMap};

/// Index of a fact in the graph's fact table.
pub type FactIx = u32;

/// Entities, facts and their graph.
#[derive(Debug, Default)]
pub struct KnowledgeGraph {
    /// Node `i` is entity `i` of the fact table.
    graph: DiGraph<Entity, FactIx>,
    nodes: HashMap<EntityId, NodeIndex>,
    facts: Packed,
    /// Facts of each node as subject, by relation, including those without an object;
    /// at [`slot`]`(node, relation)`.
    by_subject: Vec<Vec<FactIx>>,
    /// Facts of each node as object, by relation, at [`slot`]`(node, relation)`.
    by_object: Vec<Vec<FactIx>>,
    /// Facts of each relation, at the relation's position in `relations`.
    by_relation: Vec<Vec<FactIx>>,
    /// The relations indexed: the built-in ones, then any other the facts use, sorted.
    relations: Vec<Relation>,
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
        Self::from_packed(Packed::from_dataset(&ds))
    }

    /// Builds the graph over a fact table: one node per entity, one edge per fact with
    /// an object, and the indexes. Only integers are touched, so this is linear in the
    /// facts with a small constant (no string hashing or copying per fact).
    pub fn from_packed(facts: Packed) -> Self {
        let mut relations = Relation::BUILT_IN.to_vec();
        let mut more: Vec<Relation> = (0..facts.len())
            .map(|i| facts.relation(i))
            .filter(|r| !Relation::BUILT_IN.contains(r))
            .collect();
        more.sort();
        more.dedup();
        relations.extend(more);
        let slots = facts.entities().len() * relations.len();
        let mut g = KnowledgeGraph {
            graph: DiGraph::with_capacity(facts.entities().len(), facts.len()),
            by_subject: vec![Vec::new(); slots],
            by_object: vec![Vec::new(); slots],
            by_relation: vec![Vec::new(); relations.len()],
            relations,
            ..Default::default()
        };
        for e in facts.entities() {
            let n = g.graph.add_node(e.clone());
            g.nodes.insert(e.id.clone(), n);
        }
        for i in 0..facts.len() {
            let ix = i as FactIx;
            let r = g.relation_ix(facts.relation(i)).unwrap_or_default();
            let (s, o) = facts.ends(i);
            let s = NodeIndex::new(s);
            if let Some(o) = o.map(NodeIndex::new) {
                g.graph.add_edge(s, o, ix);
                let at = g.slot(o, r);
                g.by_object[at].push(ix);
            }
            let at = g.slot(s, r);
            g.by_subject[at].push(ix);
            g.by_relation[r].push(ix);
        }
        g.facts = facts;
        g
    }

    /// Position of a relation in the indexes: the built-in relations first (a compare
    /// of the name pointer and length), then the others.
    fn relation_ix(&self, relation: Relation) -> Option<usize> {
        self.relations.iter().position(|r| *r == relation)
    }

    /// Position of a node's facts with a relation in the per-node indexes: plain vectors
    /// rather than hash maps, because building them is most of loading a large graph.
    fn slot(&self, n: NodeIndex, r: usize) -> usize {
        n.index() * self.relations.len() + r
    }

    /// The relations the graph indexes: the built-in ones and any other its facts use.
    pub fn relations(&self) -> &[Relation] {
        &self.relations
    }

    /// The underlying petgraph graph (edge weights are fact indexes).
    pub fn graph(&self) -> &DiGraph<Entity, FactIx> {
        &self.graph
    }

    /// Number of facts.
    pub fn fact_count(&self) -> usize {
        self.facts.len()
    }

    /// All facts, in order.
    pub fn facts(&self) -> impl ExactSizeIterator<Item = FactRef<'_>> + '_ {
        (0..self.facts.len()).map(|i| self.facts.fact(i))
    }

    /// One fact.
    pub fn fact(&self, ix: FactIx) -> FactRef<'_> {
        self.facts.fact(ix as usize)
    }

    /// The fact table.
    pub fn table(&self) -> &Packed {
        &self.facts
    }

    /// The articles.
    pub fn docs(&self) -> &[DocMeta] {
        self.facts.docs()
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
        self.relation_ix(relation)
            .and_then(|r| self.by_relation.get(r))
            .map_or(&[], Vec::as_slice)
    }

    /// Facts whose subject is `n` and whose relation is `relation`.
    pub fn facts_of(&self, n: NodeIndex, relation: Relation) -> &[FactIx] {
        self.relation_ix(relation)
            .and_then(|r| self.by_subject.get(self.slot(n, r)))
            .map_or(&[], Vec::as_slice)
    }

    /// Facts whose object is `n` and whose relation is `relation`.
    pub fn facts_to(&self, n: NodeIndex, relation: Relation) -> &[FactIx] {
        self.relation_ix(relation)
            .and_then(|r| self.by_object.get(self.slot(n, r)))
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
        let by_relation = self
            .relations
            .iter()
            .map(|r| (r.as_str().to_string(), self.facts_with(*r).len()))
            .collect();
        Stats {
            documents: self.docs().len(),
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
    use crate::model::{Evidence, Fact, Modality};

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
                fact("a", "finland", Relation::ACCUSES, Some("russia")),
                fact("b", "finland", Relation::ACCUSES, Some("russia")),
                fact("b", "russia", Relation::DENIES, None),
            ],
        };
        let g = KnowledgeGraph::from_dataset(ds);
        assert_eq!(g.graph().node_count(), 2);
        assert_eq!(g.graph().edge_count(), 2);
        let fi = g.node(&EntityId("finland".into())).unwrap();
        assert_eq!(g.facts_of(fi, Relation::ACCUSES).len(), 2);
        let s = g.stats();
        assert_eq!(s.by_relation["denies"], 1);
        assert_eq!(s.by_type["State"], 2);
    }
}
