//! The RDF model: how a [`Dataset`] becomes quads and how quads become a `Dataset` again.
//!
//! Entities are described in the default graph; each article gets a named graph (its
//! document IRI) holding its metadata, the sentences facts were read from, and the
//! facts. An asserted fact is written twice: as a direct triple (`entity ng:closes
//! entity`) so simple SPARQL reads naturally, and as a fact node (RDF reification
//! vocabulary plus `ng:` properties) carrying claim, modality, date, attribution and
//! evidence. Possible and negated facts get only the fact node, so a direct triple is
//! always something an article asserts.
//! [`read_dataset`] is the exact inverse of [`dataset_quads`]; see `docs/vocabulary.md`.

use crate::model::{
    Dataset, DocMeta, Entity, EntityId, EntityType, Evidence, Fact, Modality, Relation, Section,
};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term,
};
use oxigraph::store::{StorageError, Store};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

/// Base of every IRI newsgraph mints.
pub const BASE: &str = "https://w3id.org/newsgraph/";
/// The newsgraph vocabulary (`ng:`): relations, fact and sentence properties.
pub const NG: &str = "https://w3id.org/newsgraph/ns#";
/// Namespace of entity IRIs (`entity/finland`).
pub const ENTITY: &str = "https://w3id.org/newsgraph/entity/";
/// The named graph a remote push merges entity descriptions into, so that every
/// triple it writes sits in a graph newsgraph owns (a local store keeps them in its
/// default graph; queries read the union of the graphs either way).
pub const ENTITIES_GRAPH: &str = "https://w3id.org/newsgraph/graph/entities";
/// Namespace of document IRIs (`doc/000_3931e607eb4e7386`), which also name the graphs.
pub const DOC: &str = "https://w3id.org/newsgraph/doc/";
/// RDF.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// RDF Schema.
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// OWL, for `owl:sameAs` links to Wikidata.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// schema.org, for entity classes and article metadata.
pub const SCHEMA: &str = "https://schema.org/";
/// PROV-O, for attribution of facts to sources.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// SKOS, for alternative labels.
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// Wikidata entities (`wd:Q33`).
pub const WD: &str = "http://www.wikidata.org/entity/";
/// Dublin Core terms, offered to query writers.
pub const DCTERMS: &str = "http://purl.org/dc/terms/";

/// Prefix name and namespace of every vocabulary above, for SPARQL prologues and
/// Turtle/TriG output.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("xsd", XSD),
    ("owl", OWL),
    ("schema", SCHEMA),
    ("prov", PROV),
    ("skos", SKOS),
    ("wd", WD),
    ("dcterms", DCTERMS),
    ("ent", ENTITY),
    ("doc", DOC),
];

/// The terms this module writes, outside `rdf:`, `rdfs:` and `xsd:`.
pub(crate) mod term {
    use oxigraph::model::NamedNodeRef as N;

    pub const FILE: N = N::new_unchecked("https://w3id.org/newsgraph/ns#file");
    pub const SHA256: N = N::new_unchecked("https://w3id.org/newsgraph/ns#sha256");
    pub const EXTRACTOR: N = N::new_unchecked("https://w3id.org/newsgraph/ns#extractor");
    pub const TEXT: N = N::new_unchecked("https://w3id.org/newsgraph/ns#text");
    pub const START: N = N::new_unchecked("https://w3id.org/newsgraph/ns#start");
    pub const END: N = N::new_unchecked("https://w3id.org/newsgraph/ns#end");
    pub const SECTION: N = N::new_unchecked("https://w3id.org/newsgraph/ns#section");
    pub const CLAIM: N = N::new_unchecked("https://w3id.org/newsgraph/ns#claim");
    pub const MODALITY: N = N::new_unchecked("https://w3id.org/newsgraph/ns#modality");
    pub const DATE: N = N::new_unchecked("https://w3id.org/newsgraph/ns#date");
    pub const EVIDENCE: N = N::new_unchecked("https://w3id.org/newsgraph/ns#evidence");
    pub const CROSSING: N = N::new_unchecked("https://w3id.org/newsgraph/ns#Crossing");
    pub const ARTICLE: N = N::new_unchecked("https://schema.org/NewsArticle");
    pub const HEADLINE: N = N::new_unchecked("https://schema.org/headline");
    pub const PUBLISHER: N = N::new_unchecked("https://schema.org/publisher");
    pub const PUBLISHED: N = N::new_unchecked("https://schema.org/datePublished");
    /// `schema:url`: where an article was published.
    pub const URL: N = N::new_unchecked("https://schema.org/url");
    pub const COUNTRY: N = N::new_unchecked("https://schema.org/Country");
    pub const PERSON: N = N::new_unchecked("https://schema.org/Person");
    pub const ORGANIZATION: N = N::new_unchecked("https://schema.org/Organization");
    pub const PLACE: N = N::new_unchecked("https://schema.org/Place");
    pub const ALT_LABEL: N = N::new_unchecked("http://www.w3.org/2004/02/skos/core#altLabel");
    pub const SAME_AS: N = N::new_unchecked("http://www.w3.org/2002/07/owl#sameAs");
    pub const ATTRIBUTED_TO: N = N::new_unchecked("http://www.w3.org/ns/prov#wasAttributedTo");
}

/// Why a store's contents could not be read back as a [`Dataset`].
#[derive(Debug, thiserror::Error)]
pub enum RdfError {
    /// The store could not be read.
    #[error("cannot read the store: {0}")]
    Storage(#[from] StorageError),
    /// A fact node lacks a property every fact has (or its evidence sentence is absent).
    #[error("<{subject}> has no <{property}>")]
    Missing {
        /// The node's IRI.
        subject: String,
        /// The missing property's IRI.
        property: &'static str,
    },
    /// A property has a value newsgraph never writes.
    #[error("<{subject}> has an invalid <{property}>: {value}")]
    Invalid {
        /// The node's IRI.
        subject: String,
        /// The property's IRI.
        property: &'static str,
        /// The offending value, in N-Triples syntax.
        value: String,
    },
}

/// Percent-encodes everything but RFC 3986 unreserved characters, so any id is a safe
/// IRI path segment and decodes back unchanged.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Inverse of [`encode`]; `None` on a malformed escape or invalid UTF-8.
fn decode(s: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(s.len());
    let mut rest = s.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = tail.get(2..)?;
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}

/// IRI of an entity: `https://w3id.org/newsgraph/entity/{id}`.
pub fn entity_iri(id: &EntityId) -> NamedNode {
    NamedNode::new_unchecked(format!("{ENTITY}{}", encode(id.as_str())))
}

/// The entity id an entity IRI names, or `None` for any other IRI.
pub fn entity_id_from_iri(iri: &str) -> Option<EntityId> {
    decode(iri.strip_prefix(ENTITY)?).map(EntityId)
}

/// IRI of a document, which also names the graph holding its facts.
pub fn doc_graph(doc: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{DOC}{}", encode(doc)))
}

/// The document id a document IRI names, or `None` for any other IRI (sentence and
/// fact IRIs included).
pub fn doc_id_from_iri(iri: &str) -> Option<String> {
    let local = iri.strip_prefix(DOC)?;
    if local.contains('/') {
        return None;
    }
    decode(local)
}

/// IRI of the sentence spanning `start..end` in a document.
pub fn sentence_iri(doc: &str, start: usize, end: usize) -> NamedNode {
    NamedNode::new_unchecked(format!("{DOC}{}/sentence/{start}-{end}", encode(doc)))
}

/// IRI of the fact node with the given key (see [`Fact::key`]) in a document.
pub fn fact_iri(doc: &str, key: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{DOC}{}/fact/{}", encode(doc), encode(key)))
}

/// The `ng:` property of a relation (`ng:holds_role`).
pub fn relation_iri(relation: Relation) -> NamedNode {
    NamedNode::new_unchecked(format!("{NG}{}", relation.as_str()))
}

/// The class an entity type is written as; distinct per type, so reading can invert it.
fn class_of(t: EntityType) -> NamedNodeRef<'static> {
    match t {
        EntityType::State => term::COUNTRY,
        EntityType::Person => term::PERSON,
        EntityType::Crossing => term::CROSSING,
        EntityType::Organisation => term::ORGANIZATION,
        EntityType::Place => term::PLACE,
    }
}

/// `ng:{name}`: modalities and sections are individuals of the vocabulary.
fn ng(name: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{NG}{name}"))
}

/// A date literal typed by its precision (`xsd:date`, `xsd:gYearMonth`, `xsd:gYear`),
/// or a plain string when it is not an ISO 8601 calendar date.
fn date_literal(date: &str) -> Literal {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let within = |s: &str, max: u8| digits(s, 2) && s.parse().is_ok_and(|v| (1..=max).contains(&v));
    let mut parts = date.split('-');
    let year = parts.next().is_some_and(|y| digits(y, 4));
    let datatype = match (year, parts.next(), parts.next(), parts.next()) {
        (true, None, _, _) => Some(xsd::G_YEAR),
        (true, Some(m), None, _) if within(m, 12) => Some(xsd::G_YEAR_MONTH),
        (true, Some(m), Some(d), None) if within(m, 12) && within(d, 31) => Some(xsd::DATE),
        _ => None,
    };
    match datatype {
        Some(dt) => Literal::new_typed_literal(date, dt),
        None => Literal::new_simple_literal(date),
    }
}

/// The default-graph description of an entity: class, label, aliases, Wikidata link.
pub fn entity_quads(e: &Entity) -> Vec<Quad> {
    let s = entity_iri(&e.id);
    let q = |p: NamedNodeRef<'_>, o: Term| Quad::new(s.clone(), p, o, GraphName::DefaultGraph);
    let mut out = vec![
        q(rdf::TYPE, class_of(e.etype).into()),
        q(rdfs::LABEL, Literal::new_simple_literal(&e.label).into()),
    ];
    out.extend(
        e.aliases
            .iter()
            .map(|a| q(term::ALT_LABEL, Literal::new_simple_literal(a).into())),
    );
    if let Some(qid) = &e.wikidata {
        let wd = NamedNode::new_unchecked(format!("{WD}{}", encode(qid)));
        out.push(q(term::SAME_AS, wd.into()));
    }
    out
}

/// One article's share of a dataset: everything that goes into its named graph.
#[derive(Debug)]
pub struct DocPart<'a> {
    /// Document id; names the graph.
    pub id: &'a str,
    /// The article's metadata; `None` only for facts of a document `Dataset::docs` lacks.
    pub meta: Option<&'a DocMeta>,
    /// The document's facts, in dataset order.
    pub facts: Vec<&'a Fact>,
}

impl DocPart<'_> {
    /// The document's IRI, which names its graph.
    pub fn graph(&self) -> NamedNode {
        doc_graph(self.id)
    }

    /// The quads of the document's graph: metadata, sentences (once each) and facts
    /// (direct triples once each; at most 8 quads per fact node).
    pub fn quads(&self) -> Vec<Quad> {
        let g = GraphName::NamedNode(self.graph());
        let q = |s: &NamedNode, p: NamedNodeRef<'_>, o: Term| Quad::new(s.clone(), p, o, g.clone());
        let lit = |v: &str| Term::from(Literal::new_simple_literal(v));
        let int = |v: usize| Term::from(Literal::new_typed_literal(v.to_string(), xsd::INTEGER));
        let mut out = Vec::with_capacity(6 + 10 * self.facts.len());

        if let Some(m) = self.meta {
            let d = self.graph();
            out.push(q(&d, rdf::TYPE, term::ARTICLE.into()));
            out.push(q(&d, term::FILE, lit(&m.file)));
            if let Some(t) = &m.title {
                out.push(q(&d, term::HEADLINE, lit(t)));
            }
            if let Some(p) = &m.publisher {
                out.push(q(&d, term::PUBLISHER, lit(p)));
            }
            if let Some(p) = &m.published {
                out.push(q(&d, term::PUBLISHED, date_literal(p).into()));
            }
            if let Some(u) = &m.url {
                out.push(q(&d, term::URL, lit(u)));
            }
            out.push(q(&d, term::SHA256, lit(&m.sha256)));
            if !m.extractor.is_empty() {
                out.push(q(&d, term::EXTRACTOR, lit(&m.extractor)));
            }
        }

        let sentences: BTreeSet<&Evidence> = self.facts.iter().map(|f| &f.evidence).collect();
        for ev in sentences {
            let s = sentence_iri(self.id, ev.start, ev.end);
            out.push(q(&s, term::TEXT, lit(&ev.sentence)));
            out.push(q(&s, term::START, int(ev.start)));
            out.push(q(&s, term::END, int(ev.end)));
            if ev.section != Section::Body {
                out.push(q(&s, term::SECTION, ng(ev.section.as_str()).into()));
            }
        }

        let mut direct = BTreeSet::new();
        let mut keys: HashMap<String, usize> = HashMap::new();
        for f in &self.facts {
            let subject = entity_iri(&f.subject);
            let predicate = relation_iri(f.relation);
            let object = f.object.as_ref().map(entity_iri);
            // Only what the article asserts gets the direct triple: a SPARQL user reading
            // `ent:norway ng:closes ent:storskog` must not be told a possibility as fact.
            if let (Some(o), Modality::Asserted) = (&object, f.modality) {
                if direct.insert((&f.subject, f.relation, f.object.as_ref())) {
                    out.push(q(&subject, predicate.as_ref(), o.clone().into()));
                }
            }
            // Distinct facts sharing a key (say, different modalities of one claim in
            // one sentence) get numbered nodes so neither overwrites the other.
            let key = f.key();
            let seen = keys.entry(key.clone()).or_default();
            *seen += 1;
            let node = match *seen {
                1 => fact_iri(self.id, &key),
                n => fact_iri(self.id, &format!("{key}~{n}")),
            };
            out.push(q(&node, rdf::SUBJECT, subject.into()));
            out.push(q(&node, rdf::PREDICATE, predicate.into()));
            if let Some(o) = object {
                out.push(q(&node, rdf::OBJECT, o.into()));
            }
            if let Some(c) = &f.claim {
                out.push(q(&node, term::CLAIM, lit(c)));
            }
            out.push(q(&node, term::MODALITY, ng(f.modality.as_str()).into()));
            if let Some(d) = &f.date {
                out.push(q(&node, term::DATE, date_literal(d).into()));
            }
            if let Some(a) = &f.attribution {
                out.push(q(&node, term::ATTRIBUTED_TO, entity_iri(a).into()));
            }
            let ev = sentence_iri(self.id, f.evidence.start, f.evidence.end);
            out.push(q(&node, term::EVIDENCE, ev.into()));
        }
        out
    }
}

/// Splits a dataset by document, in document id order. Every listed document gets a
/// part, with or without facts; facts of unlisted documents get a part without metadata.
pub fn doc_parts(ds: &Dataset) -> Vec<DocPart<'_>> {
    let mut parts: BTreeMap<&str, DocPart<'_>> = ds
        .docs
        .iter()
        .map(|m| {
            let part = DocPart {
                id: &m.id,
                meta: Some(m),
                facts: Vec::new(),
            };
            (m.id.as_str(), part)
        })
        .collect();
    for f in &ds.facts {
        parts
            .entry(&f.doc)
            .or_insert_with(|| DocPart {
                id: &f.doc,
                meta: None,
                facts: Vec::new(),
            })
            .facts
            .push(f);
    }
    parts.into_values().collect()
}

/// Every quad of a dataset: entity descriptions, then each document's graph.
pub fn dataset_quads(ds: &Dataset) -> impl Iterator<Item = Quad> + '_ {
    ds.entities
        .values()
        .flat_map(entity_quads)
        .chain(doc_parts(ds).into_iter().flat_map(|p| p.quads()))
}

mod read;
pub use read::read_dataset;

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(id: &str, label: &str, etype: EntityType) -> Entity {
        Entity {
            id: EntityId(id.into()),
            label: label.into(),
            etype,
            aliases: Vec::new(),
            wikidata: None,
        }
    }

    fn fact(doc: &str, relation: Relation, object: Option<&str>, modality: Modality) -> Fact {
        Fact {
            doc: doc.into(),
            subject: EntityId("finland".into()),
            relation,
            object: object.map(|o| EntityId(o.into())),
            claim: None,
            modality,
            date: None,
            attribution: None,
            evidence: Evidence {
                sentence: "Finland closed the border.".into(),
                start: 0,
                end: 26,
                section: Section::Body,
            },
        }
    }

    /// A dataset exercising every optional field, key collisions, an unlisted document
    /// and an entity no fact names.
    fn sample() -> Dataset {
        let mut finland = entity("finland", "Finland", EntityType::State);
        finland.aliases = vec!["Republic of Finland".into(), "Suomi".into()];
        finland.wikidata = Some("Q33".into());
        let mut ds = Dataset::default();
        for e in [
            finland,
            entity("russia", "Russia", EntityType::State),
            entity("vaalimaa", "Vaalimaa", EntityType::Crossing),
            entity("yle", "Yle", EntityType::Organisation),
            entity("unused", "Unused Place", EntityType::Place),
        ] {
            ds.entities.insert(e.id.clone(), e);
        }
        ds.docs.push(DocMeta {
            id: "a b/ä".into(),
            file: "a b ä.txt".into(),
            title: Some("Border \"closed\"\nagain".into()),
            publisher: Some("Yle".into()),
            published: Some("2023-11".into()),
            url: Some("https://example.org/a?b=c".into()),
            sha256: "00ff".into(),
            extractor: "e1".into(),
        });
        ds.docs.push(DocMeta {
            id: "empty".into(),
            file: "empty.txt".into(),
            ..DocMeta::default()
        });

        let mut full = fact(
            "a b/ä",
            Relation::CLOSES,
            Some("vaalimaa"),
            Modality::Asserted,
        );
        full.claim = Some("because of \"migrants\"".into());
        full.date = Some("2023-11-17".into());
        full.attribution = Some(EntityId("yle".into()));
        let possible = Fact {
            modality: Modality::Possible,
            ..full.clone()
        };
        let mut says = fact("a b/ä", Relation::SAYS, None, Modality::Negated);
        says.claim = Some("No comment".into());
        says.date = Some("2023-02-30".into());
        says.evidence = Evidence {
            sentence: "Caption: no comment.".into(),
            start: 30,
            end: 50,
            section: Section::Caption,
        };
        let orphan = fact(
            "orphan",
            Relation::BORDERS,
            Some("russia"),
            Modality::Asserted,
        );
        ds.facts = vec![full, possible, says, orphan];
        ds.normalize();
        ds
    }

    fn load(ds: &Dataset) -> Store {
        let store = Store::new().unwrap();
        let mut loader = store.bulk_loader();
        loader.load_quads(dataset_quads(ds)).unwrap();
        loader.commit().unwrap();
        store
    }

    #[test]
    fn ids_survive_iris() {
        for id in ["finland", "a b/ä", "100%", "x-y_z.~", ""] {
            assert_eq!(decode(&encode(id)).as_deref(), Some(id));
            assert!(NamedNode::new(entity_iri(&EntityId(id.into())).into_string()).is_ok());
            let e = entity_iri(&EntityId(id.into()));
            assert_eq!(entity_id_from_iri(e.as_str()), Some(EntityId(id.into())));
            assert_eq!(doc_id_from_iri(doc_graph(id).as_str()).as_deref(), Some(id));
        }
        assert_eq!(
            entity_iri(&EntityId("finland".into())).as_str(),
            "https://w3id.org/newsgraph/entity/finland"
        );
        assert_eq!(doc_id_from_iri(sentence_iri("d", 1, 2).as_str()), None);
        assert_eq!(doc_id_from_iri(fact_iri("d", "k").as_str()), None);
        assert_eq!(entity_id_from_iri("http://example.org/finland"), None);
        assert_eq!(decode("%zz"), None);
        assert_eq!(decode("%C3"), None);
    }

    #[test]
    fn prefixes_are_valid_namespaces() {
        for (_, ns) in PREFIXES {
            assert!(NamedNode::new(*ns).is_ok(), "{ns}");
        }
    }

    #[test]
    fn dates_are_typed_by_precision() {
        let dt = |d: &str| date_literal(d).datatype().into_owned();
        assert_eq!(dt("2023-11-22"), xsd::DATE.into_owned());
        assert_eq!(dt("2023-11"), xsd::G_YEAR_MONTH.into_owned());
        assert_eq!(dt("2023"), xsd::G_YEAR.into_owned());
        for plain in [
            "2023-13",
            "2023-11-32",
            "Nov 2023",
            "23-11-22",
            "2023-11-2x",
            "",
        ] {
            assert_eq!(dt(plain), xsd::STRING.into_owned(), "{plain}");
        }
    }

    #[test]
    fn entity_classes_invert() {
        let classes: BTreeSet<_> = EntityType::ALL.map(class_of).into_iter().collect();
        assert_eq!(classes.len(), EntityType::ALL.len());
    }

    #[test]
    fn round_trip_is_exact() {
        let ds = sample();
        assert_eq!(read_dataset(&load(&ds)).unwrap(), ds);
    }

    #[test]
    fn quads_are_deterministic_and_lean() {
        let ds = sample();
        let a: Vec<Quad> = dataset_quads(&ds).collect();
        assert_eq!(a, dataset_quads(&ds).collect::<Vec<_>>());
        let store = load(&ds);
        assert_eq!(
            store.len().unwrap(),
            a.len(),
            "no duplicate quads are generated"
        );

        // A fact with every field: 1 direct triple + 8 on its node + 3 for its sentence.
        let mut one = ds.clone();
        one.facts.truncate(1);
        one.docs.clear();
        let part = &doc_parts(&one)[0];
        assert!(part.facts[0].claim.is_some() && part.facts[0].attribution.is_some());
        assert_eq!(part.quads().len(), 9 + 3);
    }

    #[test]
    fn colliding_keys_get_distinct_nodes() {
        let ds = sample();
        let store = load(&ds);
        let nodes = store
            .quads_for_pattern(None, Some(term::MODALITY), None, None)
            .count();
        assert_eq!(nodes, ds.facts.len());
    }

    #[test]
    fn malformed_values_are_reported() {
        let store = load(&sample());
        let node = store
            .quads_for_pattern(None, Some(term::MODALITY), None, None)
            .next()
            .unwrap()
            .unwrap();
        let bad = Quad::new(
            node.subject.clone(),
            term::MODALITY,
            ng("maybe"),
            node.graph_name.clone(),
        );
        store.remove(&node).unwrap();
        store.insert(&bad).unwrap();
        let err = read_dataset(&store).unwrap_err();
        assert!(matches!(err, RdfError::Invalid { .. }), "{err}");
        store.remove(&bad).unwrap();
        let err = read_dataset(&store).unwrap_err();
        assert!(matches!(err, RdfError::Missing { .. }), "{err}");
    }
}
