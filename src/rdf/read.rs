//! Reading a store back as a [`Dataset`]: the exact inverse of
//! [`dataset_quads`](super::dataset_quads).

use super::*;

/// The subject's IRI; newsgraph never writes blank nodes.
fn subject_iri(q: &Quad) -> Option<&str> {
    match &q.subject {
        NamedOrBlankNode::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

/// The object's IRI when it is one.
fn object_iri(q: &Quad) -> Option<&str> {
    match &q.object {
        Term::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

/// The object's lexical form when it is a literal.
fn string(q: &Quad) -> Option<String> {
    match &q.object {
        Term::Literal(l) => Some(l.value().to_owned()),
        _ => None,
    }
}

/// The object's local name in the `ng:` namespace (`asserted`, `holds_role`).
fn ng_name(q: &Quad) -> Option<&str> {
    object_iri(q)?.strip_prefix(NG)
}

/// The entity the object names.
fn entity_object(q: &Quad) -> Option<EntityId> {
    entity_id_from_iri(object_iri(q)?)
}

/// The object as an `xsd:integer` byte offset.
fn offset(q: &Quad) -> Option<usize> {
    string(q)?.parse().ok()
}

/// Stores a quad's object in a node under construction; `None` if the object is not a
/// value the property can have.
type Setter<T> = fn(&mut T, &Quad) -> Option<()>;

/// The error for a quad whose object is not what its predicate requires.
fn invalid(q: &Quad, property: NamedNodeRef<'static>) -> RdfError {
    RdfError::Invalid {
        subject: q.subject.to_string(),
        property: property.as_str(),
        value: q.object.to_string(),
    }
}

/// Fills the nodes (keyed by IRI) with their properties: one predicate scan per
/// property rather than one lookup per node, so reading is linear in the store size.
fn read_props<T>(
    store: &Store,
    nodes: &mut HashMap<String, T>,
    props: &[(NamedNodeRef<'static>, Setter<T>)],
) -> Result<(), RdfError> {
    for &(property, set) in props {
        for quad in store.quads_for_pattern(None, Some(property), None, None) {
            let q = quad?;
            if let Some(node) = subject_iri(&q).and_then(|s| nodes.get_mut(s)) {
                set(node, &q).ok_or_else(|| invalid(&q, property))?;
            }
        }
    }
    Ok(())
}

/// Reads a whole dataset back from a store written with [`dataset_quads`]: documents,
/// entities (referenced by facts or not) and facts, normalised. Entity aliases come
/// back sorted and deduplicated, since RDF keeps them as a set.
pub fn read_dataset(store: &Store) -> Result<Dataset, RdfError> {
    let mut ds = Dataset {
        docs: read_docs(store)?,
        entities: read_entities(store)?,
        facts: read_facts(store)?,
    };
    ds.normalize();
    Ok(ds)
}

/// Documents: `schema:NewsArticle` nodes in the document namespace.
fn read_docs(store: &Store) -> Result<Vec<DocMeta>, RdfError> {
    let mut docs = HashMap::new();
    for quad in store.quads_for_pattern(None, Some(rdf::TYPE), Some(term::ARTICLE.into()), None) {
        let q = quad?;
        if let Some((iri, id)) = subject_iri(&q).and_then(|s| Some((s, doc_id_from_iri(s)?))) {
            docs.insert(
                iri.to_owned(),
                DocMeta {
                    id,
                    ..DocMeta::default()
                },
            );
        }
    }
    read_props(
        store,
        &mut docs,
        &[
            (term::FILE, |d, q| string(q).map(|v| d.file = v)),
            (term::HEADLINE, |d, q| string(q).map(|v| d.title = Some(v))),
            (term::PUBLISHER, |d, q| {
                string(q).map(|v| d.publisher = Some(v))
            }),
            (term::PUBLISHED, |d, q| {
                string(q).map(|v| d.published = Some(v))
            }),
            (term::URL, |d, q| string(q).map(|v| d.url = Some(v))),
            (term::SHA256, |d, q| string(q).map(|v| d.sha256 = v)),
            (term::EXTRACTOR, |d, q| string(q).map(|v| d.extractor = v)),
        ],
    )?;
    Ok(docs.into_values().collect())
}

/// Entities: default-graph nodes in the entity namespace typed with one of our classes.
fn read_entities(store: &Store) -> Result<BTreeMap<EntityId, Entity>, RdfError> {
    let mut entities = HashMap::new();
    for etype in EntityType::ALL {
        let class = Some(class_of(etype).into());
        let graph = Some(GraphNameRef::DefaultGraph);
        for quad in store.quads_for_pattern(None, Some(rdf::TYPE), class, graph) {
            let q = quad?;
            if let Some((iri, id)) = subject_iri(&q).and_then(|s| Some((s, entity_id_from_iri(s)?)))
            {
                let e = Entity {
                    id,
                    label: String::new(),
                    etype,
                    aliases: Vec::new(),
                    wikidata: None,
                };
                entities.insert(iri.to_owned(), e);
            }
        }
    }
    read_props(
        store,
        &mut entities,
        &[
            (rdfs::LABEL, |e, q| string(q).map(|v| e.label = v)),
            (term::ALT_LABEL, |e, q| string(q).map(|v| e.aliases.push(v))),
            (term::SAME_AS, |e, q| {
                let qid = object_iri(q)?.strip_prefix(WD).and_then(decode);
                qid.map(|v| e.wikidata = Some(v))
            }),
        ],
    )?;
    Ok(entities
        .into_values()
        .map(|mut e| {
            e.aliases.sort();
            e.aliases.dedup();
            (e.id.clone(), e)
        })
        .collect())
}

/// A fact node being reassembled from its properties.
struct FactParts {
    doc: String,
    subject: EntityId,
    relation: Option<Relation>,
    object: Option<EntityId>,
    claim: Option<String>,
    modality: Option<Modality>,
    date: Option<String>,
    attribution: Option<EntityId>,
    evidence: Option<String>,
}

/// Facts: nodes with an `rdf:subject` in a document graph, with their sentences.
fn read_facts(store: &Store) -> Result<Vec<Fact>, RdfError> {
    let mut sentences = HashMap::new();
    for quad in store.quads_for_pattern(None, Some(term::TEXT), None, None) {
        let q = quad?;
        if let Some(iri) = subject_iri(&q) {
            let sentence = string(&q).ok_or_else(|| invalid(&q, term::TEXT))?;
            let ev = Evidence {
                sentence,
                start: 0,
                end: 0,
                section: Section::Body,
            };
            sentences.insert(iri.to_owned(), ev);
        }
    }
    read_props(
        store,
        &mut sentences,
        &[
            (term::START, |s, q| offset(q).map(|v| s.start = v)),
            (term::END, |s, q| offset(q).map(|v| s.end = v)),
            (term::SECTION, |s, q| {
                ng_name(q).and_then(Section::parse).map(|v| s.section = v)
            }),
        ],
    )?;

    let mut facts = HashMap::new();
    for quad in store.quads_for_pattern(None, Some(rdf::SUBJECT), None, None) {
        let q = quad?;
        let GraphName::NamedNode(graph) = &q.graph_name else {
            continue;
        };
        let (Some(node), Some(doc)) = (subject_iri(&q), doc_id_from_iri(graph.as_str())) else {
            continue;
        };
        let subject = entity_object(&q).ok_or_else(|| invalid(&q, rdf::SUBJECT))?;
        let parts = FactParts {
            doc,
            subject,
            relation: None,
            object: None,
            claim: None,
            modality: None,
            date: None,
            attribution: None,
            evidence: None,
        };
        facts.insert(node.to_owned(), parts);
    }
    read_props(
        store,
        &mut facts,
        &[
            (rdf::PREDICATE, |f, q| {
                ng_name(q)
                    .and_then(Relation::parse)
                    .map(|v| f.relation = Some(v))
            }),
            (rdf::OBJECT, |f, q| {
                entity_object(q).map(|v| f.object = Some(v))
            }),
            (term::CLAIM, |f, q| string(q).map(|v| f.claim = Some(v))),
            (term::MODALITY, |f, q| {
                ng_name(q)
                    .and_then(Modality::parse)
                    .map(|v| f.modality = Some(v))
            }),
            (term::DATE, |f, q| string(q).map(|v| f.date = Some(v))),
            (term::ATTRIBUTED_TO, |f, q| {
                entity_object(q).map(|v| f.attribution = Some(v))
            }),
            (term::EVIDENCE, |f, q| {
                object_iri(q).map(|v| f.evidence = Some(v.to_owned()))
            }),
        ],
    )?;

    facts
        .into_iter()
        .map(|(node, f)| {
            let missing = |property: NamedNodeRef<'static>| RdfError::Missing {
                subject: node.clone(),
                property: property.as_str(),
            };
            let evidence = f
                .evidence
                .and_then(|iri| sentences.get(&iri).cloned())
                .ok_or_else(|| missing(term::EVIDENCE))?;
            Ok(Fact {
                doc: f.doc,
                subject: f.subject,
                relation: f.relation.ok_or_else(|| missing(rdf::PREDICATE))?,
                object: f.object,
                claim: f.claim,
                modality: f.modality.ok_or_else(|| missing(term::MODALITY))?,
                date: f.date,
                attribution: f.attribution,
                evidence,
            })
        })
        .collect()
}
