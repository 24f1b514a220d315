//! Property tests of the round trips: a selection printed as a pattern parses back
//! to the same selection; every export format parses back (with oxigraph) to the
//! store's quads; a dataset written to the store reads back as the same dataset.

use newsgraph::model::{
    Dataset, DocMeta, Entity, EntityId, EntityType, Evidence, Fact, Modality, Relation, Section,
};
use newsgraph::query::ast::{
    ClaimTerm, Clause, Cond, DateOp, Name, OrderKey, Query, RelTerm, Select, Span, Term, Var,
};
use newsgraph::store::{self, ExportFormat};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Quad, Triple};
use proptest::prelude::*;
use std::collections::HashSet;

// ------------------------------------------------------------------ queries

fn var() -> impl Strategy<Value = Var> {
    "[A-Za-z0-9_]{1,6}".prop_map(|name| Var {
        name,
        span: Span::default(),
    })
}

/// Names as a quoted string holds them: anything but a quote or a line break.
fn name() -> impl Strategy<Value = Name> {
    "[^\"\r\n]{0,12}".prop_map(|text| Name {
        written: None,
        text,
        span: Span::default(),
    })
}

fn term() -> impl Strategy<Value = Term> {
    prop_oneof![var().prop_map(Term::Var), name().prop_map(Term::Name)]
}

fn relation() -> impl Strategy<Value = RelTerm> {
    prop_oneof![
        proptest::sample::select(Relation::BUILT_IN.to_vec())
            .prop_map(|r| RelTerm::Fixed(r, Span::default())),
        var().prop_map(RelTerm::Var),
    ]
}

fn clause() -> impl Strategy<Value = Clause> {
    (
        term(),
        relation(),
        proptest::option::of(term()),
        proptest::option::of(prop_oneof![
            var().prop_map(ClaimTerm::Var),
            "[^\"\r\n]{0,10}".prop_map(ClaimTerm::Contains),
        ]),
        proptest::option::of(prop_oneof![
            Just(Modality::Possible),
            Just(Modality::Negated)
        ]),
    )
        .prop_map(|(subject, relation, object, claim, modality)| Clause {
            subject,
            relation,
            object,
            claim,
            modality,
            optional: false,
        })
}

/// A real date, to the year, month or day (impossible dates are errors).
fn date() -> impl Strategy<Value = String> {
    (
        1900u32..2100,
        proptest::option::of((1u32..=12, proptest::option::of(1u32..=28))),
    )
        .prop_map(|(y, md)| match md {
            None => format!("{y}"),
            Some((m, None)) => format!("{y}-{m:02}"),
            Some((m, Some(d))) => format!("{y}-{m:02}-{d:02}"),
        })
}

fn cond() -> impl Strategy<Value = Cond> {
    let op = proptest::sample::select(vec![
        DateOp::After,
        DateOp::Before,
        DateOp::Since,
        DateOp::Until,
        DateOp::On,
    ]);
    prop_oneof![
        (
            var(),
            proptest::sample::select(EntityType::ALL.to_vec()),
            any::<bool>()
        )
            .prop_map(|(var, etype, negated)| Cond::Type {
                var,
                etype,
                negated
            }),
        (var(), term(), any::<bool>()).prop_map(|(var, term, negated)| Cond::Eq {
            var,
            term,
            negated
        }),
        proptest::sample::select(Modality::ALL.to_vec()).prop_map(Cond::Modality),
        (op, date()).prop_map(|(op, d)| Cond::Date(op, d, Span::default())),
        "[^\"\r\n]{0,10}".prop_map(Cond::ClaimContains),
    ]
}

fn select() -> impl Strategy<Value = Select> {
    let order = prop_oneof![
        var().prop_map(OrderKey::Var),
        Just(OrderKey::Date),
        Just(OrderKey::Doc),
    ];
    (
        proptest::collection::vec(clause(), 1..4),
        proptest::collection::vec(cond(), 0..4),
        proptest::collection::vec("[A-Za-z0-9_.-]{1,8}", 0..3),
        0..3u8,
        proptest::option::of((order, any::<bool>())),
        proptest::option::of(0..100_000usize),
    )
        .prop_map(|(clauses, conds, docs, projection, order, limit)| {
            let mut s = Select::new(clauses);
            s.conds = conds;
            s.doc_spans = vec![Span::default(); docs.len()];
            s.docs = docs;
            s.count = projection == 1;
            s.distinct = projection == 2;
            s.order = order;
            s.limit = limit;
            s
        })
}

/// The debug form of a query with every span taken out: the printed form is
/// another text, so its spans differ.
fn without_spans(q: &impl std::fmt::Debug) -> String {
    let text = format!("{q:?}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("Span { start: ") {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(" }").expect("a span closes") + 2;
        out.push_str("Span");
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_printed_selection_parses_back_to_itself(s in select()) {
        let text = s.to_string();
        let parsed = newsgraph::query::syntax::parse(&text)
            .map_err(|e| TestCaseError::fail(format!("{text:?} does not parse: {e}")))?;
        let Query::Select(back) = parsed else {
            return Err(TestCaseError::fail(format!("{text:?} is not a selection")));
        };
        prop_assert_eq!(without_spans(&back), without_spans(&s), "printed as {:?}", text);
        // And the print of the parse is the same text.
        prop_assert_eq!(back.to_string(), text);
    }
}

// ------------------------------------------------------------------ datasets

/// Free text for labels, claims and sentences: any printable character, quotes,
/// backslashes and line breaks included.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("(\\PC|\n|\"|\\\\){{1,{max}}}"))
        .unwrap()
        .prop_filter("not blank", |s| !s.trim().is_empty())
}

/// A dataset of one to three articles about two to four entities, keeping the
/// invariants [`Dataset`] documents.
fn dataset() -> impl Strategy<Value = Dataset> {
    let entity = (
        text(20),
        proptest::sample::select(EntityType::ALL.to_vec()),
        proptest::collection::vec(text(12), 0..3),
        proptest::option::of("Q[1-9][0-9]{0,6}"),
    );
    let doc = (
        "[a-z0-9]{1,8}",
        proptest::option::of(text(30)),
        proptest::option::of(text(20)),
        proptest::option::of(date()),
        "[0-9a-f]{64}",
        "[a-z0-9]{0,8}",
    );
    let fact = (
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        proptest::sample::select(Relation::BUILT_IN.to_vec()),
        proptest::option::of(any::<prop::sample::Index>()),
        proptest::option::of(text(30)),
        proptest::sample::select(Modality::ALL.to_vec()),
        proptest::option::of(date()),
        proptest::option::of(any::<prop::sample::Index>()),
        text(40),
        proptest::sample::select(vec![Section::Body, Section::Headline, Section::Caption]),
    );
    (
        proptest::collection::vec(entity, 2..5),
        proptest::collection::vec(doc, 1..4),
        proptest::collection::vec(fact, 1..8),
    )
        .prop_filter_map(
            "labels with distinct, non-empty ids",
            |(es, docs, facts)| {
                let mut ds = Dataset::default();
                let mut ids = Vec::new();
                for (label, etype, aliases, wikidata) in es {
                    let id = EntityId::from_label(&label);
                    if id.as_str().is_empty() || ids.contains(&id) {
                        return None;
                    }
                    ids.push(id.clone());
                    let e = Entity {
                        id: id.clone(),
                        label,
                        etype,
                        aliases,
                        wikidata,
                    };
                    ds.entities.insert(id, e);
                }
                let docs: Vec<DocMeta> = docs
                    .into_iter()
                    .enumerate()
                    .map(
                        |(i, (id, title, publisher, published, sha256, extractor))| DocMeta {
                            id: format!("d{i}_{id}"),
                            file: format!("d{i}_{id}.txt"),
                            title,
                            publisher,
                            published,
                            url: None,
                            sha256,
                            extractor,
                        },
                    )
                    .collect();
                for (i, f) in facts.into_iter().enumerate() {
                    let (
                        doc,
                        subject,
                        relation,
                        object,
                        claim,
                        modality,
                        date,
                        attribution,
                        sentence,
                        section,
                    ) = f;
                    // Spans apart, so no two facts share a key.
                    let start = i * 1000;
                    ds.facts.push(Fact {
                        doc: doc.get(&docs).id.clone(),
                        subject: subject.get(&ids).clone(),
                        relation,
                        object: object.map(|o| o.get(&ids).clone()),
                        claim,
                        modality,
                        date,
                        attribution: attribution.map(|a| a.get(&ids).clone()),
                        evidence: Evidence {
                            end: start + sentence.len(),
                            sentence,
                            start,
                            section,
                        },
                    });
                }
                ds.docs = docs;
                ds.normalize();
                Some(ds)
            },
        )
}

const FORMATS: [(ExportFormat, bool); 6] = [
    (ExportFormat::NQuads, true),
    (ExportFormat::TriG, true),
    (ExportFormat::JsonLd, true),
    (ExportFormat::Turtle, false),
    (ExportFormat::NTriples, false),
    (ExportFormat::RdfXml, false),
];

fn oxigraph_format(f: ExportFormat) -> RdfFormat {
    match f {
        ExportFormat::NQuads => RdfFormat::NQuads,
        ExportFormat::TriG => RdfFormat::TriG,
        ExportFormat::JsonLd => RdfFormat::JsonLd {
            profile: oxigraph::io::JsonLdProfileSet::empty(),
        },
        ExportFormat::Turtle => RdfFormat::Turtle,
        ExportFormat::NTriples => RdfFormat::NTriples,
        ExportFormat::RdfXml => RdfFormat::RdfXml,
    }
}

proptest! {
    // Every case builds a RocksDB store: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn stored_facts_read_back_and_every_export_parses_to_the_quads(ds in dataset()) {
        let dir = tempfile::tempdir().unwrap();
        store::ingest(dir.path(), &ds).unwrap();
        let rs = store::open_read(dir.path()).unwrap();

        // Facts -> RDF -> facts.
        let back = newsgraph::rdf::read_dataset(rs.store()).unwrap();
        prop_assert_eq!(&back, &ds);

        let quads: HashSet<Quad> = rs.store().iter().map(Result::unwrap).collect();
        let triples: HashSet<Triple> = quads.iter().map(|q| Triple::from(q.clone())).collect();
        for (format, with_graphs) in FORMATS {
            let mut out = Vec::new();
            store::export(&rs, format, &mut out).unwrap();
            let parsed: Vec<Quad> = RdfParser::from_format(oxigraph_format(format))
                .for_slice(&out)
                .collect::<Result<_, _>>()
                .map_err(|e| TestCaseError::fail(format!("{format} does not parse: {e}")))?;
            if with_graphs {
                let parsed: HashSet<Quad> = parsed.into_iter().collect();
                prop_assert!(parsed == quads, "{} differs from the store's quads", format);
            } else {
                let parsed: HashSet<Triple> = parsed.into_iter().map(Triple::from).collect();
                prop_assert!(parsed == triples, "{} differs from the store's triples", format);
            }
        }
    }
}
