//! Builds real stores from a hand-made dataset and checks every export format with
//! independent parsers (`rapper` from raptor2-utils, Python's rdflib), determinism across
//! builds, and incremental ingest.
//!
//! Requires `rapper` (Debian/Ubuntu package `raptor2-utils`) and the Python package
//! `rdflib` (`python3-rdflib` or `pip install rdflib`); the tests fail if they are missing.

use newsgraph::model::{
    Dataset, DocMeta, Entity, EntityId, EntityType, Evidence, Fact, Modality, Relation, Section,
};
use newsgraph::store::{self, ExportFormat, IngestReport};
use oxigraph::model::Triple;
use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

fn entity(id: &str, label: &str, etype: EntityType) -> Entity {
    Entity {
        id: EntityId(id.into()),
        label: label.into(),
        etype,
        aliases: Vec::new(),
        wikidata: None,
    }
}

fn id(s: &str) -> EntityId {
    EntityId(s.into())
}

fn evidence(sentence: &str, start: usize, section: Section) -> Evidence {
    Evidence {
        sentence: sentence.into(),
        start,
        end: start + sentence.len(),
        section,
    }
}

/// Two articles about the Finnish border closure, with every kind of value.
fn corpus() -> Dataset {
    let mut finland = entity("finland", "Finland", EntityType::State);
    finland.aliases = vec!["Republic of Finland".into(), "Suomi".into()];
    finland.wikidata = Some("Q33".into());
    let mut store = entity("jonas-gahr-store", "Jonas Gahr Støre", EntityType::Person);
    store.aliases = vec!["Støre".into()];
    let mut ds = Dataset::default();
    for e in [
        finland,
        store,
        entity("antti-hakkanen", "Antti Häkkänen", EntityType::Person),
        entity("vaalimaa", "Vaalimaa", EntityType::Crossing),
        entity("yle", "Yle", EntityType::Organisation),
    ] {
        ds.entities.insert(e.id.clone(), e);
    }
    ds.docs = vec![
        DocMeta {
            id: "001_aaaa".into(),
            file: "001_aaaa.txt".into(),
            title: Some("Finland closes Vaalimaa".into()),
            publisher: Some("Yle".into()),
            published: Some("2023-11-22".into()),
            url: Some("https://yle.fi/a/1".into()),
            sha256: "a".repeat(64),
            extractor: "x1".into(),
        },
        DocMeta {
            id: "002_bbbb".into(),
            file: "002_bbbb.txt".into(),
            title: None,
            publisher: Some("The Barents Observer".into()),
            published: Some("2023-11".into()),
            url: None,
            sha256: "b".repeat(64),
            extractor: String::new(),
        },
    ];
    let closes = evidence(
        "Finland will close Vaalimaa, Yle reported.",
        0,
        Section::Body,
    );
    let quote = evidence(
        "Häkkänen said: \"they are\ninstrumentalising migrants\".",
        44,
        Section::Body,
    );
    ds.facts = vec![
        Fact {
            doc: "001_aaaa".into(),
            subject: id("finland"),
            relation: Relation::CLOSES,
            object: Some(id("vaalimaa")),
            claim: None,
            modality: Modality::Asserted,
            date: Some("2023-11-22".into()),
            attribution: Some(id("yle")),
            evidence: closes.clone(),
        },
        Fact {
            doc: "001_aaaa".into(),
            subject: id("antti-hakkanen"),
            relation: Relation::HOLDS_ROLE,
            object: Some(id("finland")),
            claim: Some("Minister of the Interior".into()),
            modality: Modality::Asserted,
            date: None,
            attribution: None,
            evidence: quote.clone(),
        },
        Fact {
            doc: "001_aaaa".into(),
            subject: id("antti-hakkanen"),
            relation: Relation::SAYS,
            object: None,
            claim: Some("they are \"instrumentalising\"\nmigrants".into()),
            modality: Modality::Possible,
            date: Some("2023-11".into()),
            attribution: None,
            evidence: quote,
        },
        Fact {
            doc: "002_bbbb".into(),
            subject: id("jonas-gahr-store"),
            relation: Relation::CLOSES,
            object: Some(id("finland")),
            claim: None,
            modality: Modality::Negated,
            date: Some("2023".into()),
            attribution: None,
            evidence: evidence(
                "Støre: Norway has not closed its border.",
                0,
                Section::Caption,
            ),
        },
        Fact {
            doc: "002_bbbb".into(),
            subject: id("finland"),
            relation: Relation::CLOSES,
            object: Some(id("vaalimaa")),
            claim: None,
            modality: Modality::Asserted,
            date: None,
            attribution: None,
            evidence: evidence("Finland closed Vaalimaa on Friday.", 42, Section::Body),
        },
    ];
    ds.normalize();
    ds
}

/// The store's export in `format`.
fn export(dir: &Path, format: ExportFormat) -> Vec<u8> {
    let read = store::open_read(dir).unwrap();
    let mut out = Vec::new();
    store::export(&read, format, &mut out).unwrap();
    out
}

fn nquads(dir: &Path) -> String {
    String::from_utf8(export(dir, ExportFormat::NQuads)).unwrap()
}

fn build(ds: &Dataset) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    store::ingest(dir.path(), ds).unwrap();
    dir
}

fn require(program: &str, args: &[&str], package: &str) {
    let ok = Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "`{program}` is required for this test: install {package}"
    );
}

/// `rapper`'s statement count for a file, failing on any error or warning.
fn rapper_count(syntax: &str, file: &Path) -> usize {
    let out = Command::new("rapper")
        .args(["-c", "-i", syntax])
        .arg(file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "rapper rejected {syntax}:\n{stderr}");
    assert!(
        !stderr.contains("Error") && !stderr.contains("Warning"),
        "{stderr}"
    );
    let count = stderr
        .split("Parsing returned ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.parse().ok());
    count.unwrap_or_else(|| panic!("no count in rapper output:\n{stderr}"))
}

const RDFLIB_COMPARE: &str = r#"
import sys, rdflib
def quads(path, fmt):
    d = rdflib.Dataset()
    d.parse(path, format=fmt)
    return {(s, p, o, g.identifier if isinstance(g, rdflib.Graph) else g) for s, p, o, g in d.quads((None, None, None, None))}
a, b = quads(sys.argv[1], 'json-ld'), quads(sys.argv[2], 'nquads')
print(len(a))
sys.exit(0 if a == b else 1)
"#;

#[test]
fn every_format_parses_with_independent_tools() {
    require(
        "rapper",
        &["--version"],
        "raptor2-utils (apt-get install raptor2-utils)",
    );
    require(
        "python3",
        &["-c", "import rdflib"],
        "rdflib (apt-get install python3-rdflib, or pip install rdflib)",
    );

    let ds = corpus();
    let dir = build(&ds);
    let read = store::open_read(dir.path()).unwrap();
    let quads: Vec<_> = read.store().iter().collect::<Result<_, _>>().unwrap();
    let triples: HashSet<Triple> = quads.iter().cloned().map(Triple::from).collect();
    drop(read);
    assert!(
        triples.len() < quads.len(),
        "the sample must repeat a triple across graphs"
    );

    let out = tempfile::tempdir().unwrap();
    for (format, syntax, expected) in [
        (ExportFormat::Turtle, "turtle", triples.len()),
        (ExportFormat::NTriples, "ntriples", triples.len()),
        (ExportFormat::RdfXml, "rdfxml", triples.len()),
        (ExportFormat::NQuads, "nquads", quads.len()),
        (ExportFormat::TriG, "trig", quads.len()),
    ] {
        let file = out.path().join(format!("export.{syntax}"));
        std::fs::write(&file, export(dir.path(), format)).unwrap();
        assert_eq!(rapper_count(syntax, &file), expected, "{format}");
    }

    let jsonld = out.path().join("export.jsonld");
    std::fs::write(&jsonld, export(dir.path(), ExportFormat::JsonLd)).unwrap();
    let result = Command::new("python3")
        .args(["-c", RDFLIB_COMPARE])
        .arg(&jsonld)
        .arg(out.path().join("export.nquads"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&result.stdout);
    assert!(
        result.status.success(),
        "rdflib reads different quads from JSON-LD and N-Quads:\n{stdout}{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert_eq!(stdout.trim().parse::<usize>().unwrap(), quads.len());
}

#[test]
fn builds_are_deterministic_and_round_trip() {
    let ds = corpus();
    let (a, b) = (build(&ds), build(&ds));
    assert_eq!(store::dataset(a.path()).unwrap(), ds);
    for format in [
        ExportFormat::NQuads,
        ExportFormat::Turtle,
        ExportFormat::TriG,
        ExportFormat::JsonLd,
    ] {
        assert_eq!(
            export(a.path(), format),
            export(b.path(), format),
            "{format}"
        );
    }
    // The export is exactly the store's quads, each once, whatever the batch size.
    let read = store::open_read(a.path()).unwrap();
    let mut dump = Vec::new();
    read.store()
        .dump_to_writer(oxigraph::io::RdfFormat::NQuads, &mut dump)
        .unwrap();
    let lines = |b: &[u8]| {
        let mut l: Vec<String> = String::from_utf8(b.to_vec())
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        l.sort();
        l
    };
    let exported = export(a.path(), ExportFormat::NQuads);
    assert_eq!(lines(&exported), lines(&dump));
    for format in [ExportFormat::NQuads, ExportFormat::Turtle] {
        let full = export(a.path(), format);
        for batch in [1, 2, 3] {
            let mut out = Vec::new();
            store::export_in_batches(&read, format, &mut out, batch).unwrap();
            assert_eq!(out, full, "{format} in batches of {batch}");
        }
    }
    // N-Triples is every distinct triple of the union, once.
    let mut distinct: Vec<String> = read
        .store()
        .iter()
        .map(|q| format!("{} .", Triple::from(q.unwrap())))
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    distinct.sort();
    assert_eq!(lines(&export(a.path(), ExportFormat::NTriples)), distinct);
    drop(read);
    let text = String::from_utf8(export(a.path(), ExportFormat::Turtle)).unwrap();
    assert!(text.contains("@prefix ng: <https://w3id.org/newsgraph/ns#>"));
    assert!(
        text.contains("\"Jonas Gahr Støre\""),
        "labels keep their diacritics"
    );
}

#[test]
fn a_triple_copied_into_another_graph_is_exported_once() {
    let ds = corpus();
    let dir = build(&ds);
    // A SPARQL update copies article 001's own triples (its IRI's, its facts') into
    // article 002's graph: the union still has each of them once.
    store::with_write(dir.path(), |st| {
        newsgraph::sparql::update(
            st,
            "INSERT { GRAPH <https://w3id.org/newsgraph/doc/002_bbbb> { ?s ?p ?o } } \
             WHERE { GRAPH <https://w3id.org/newsgraph/doc/001_aaaa> { ?s ?p ?o } }",
        )
    })
    .unwrap()
    .unwrap();
    let read = store::open_read(dir.path()).unwrap();
    let distinct: HashSet<Triple> = read
        .store()
        .iter()
        .map(|q| Triple::from(q.unwrap()))
        .collect();
    drop(read);
    let text = String::from_utf8(export(dir.path(), ExportFormat::NTriples)).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let unique: HashSet<&str> = lines.iter().copied().collect();
    assert_eq!(lines.len(), unique.len(), "a triple was written twice");
    assert_eq!(lines.len(), distinct.len());
}

#[test]
fn reingesting_changes_nothing() {
    let ds = corpus();
    let dir = build(&ds);
    let before = nquads(dir.path());
    let report = store::ingest(dir.path(), &ds).unwrap();
    assert_eq!(
        report,
        IngestReport {
            unchanged: 2,
            snapshot_reused: true,
            totals: Some(newsgraph::packed::Totals {
                documents: ds.docs.len(),
                entities: ds.entities.len(),
                facts: ds.facts.len(),
            }),
            ..IngestReport::default()
        }
    );
    assert_eq!(nquads(dir.path()), before);
}

#[test]
fn a_changed_document_replaces_its_facts() {
    let ds = corpus();
    let dir = build(&ds);

    // Article 1 is edited: the attribution to Yle and the quote are gone.
    let mut changed = ds.clone();
    changed.docs[0].sha256 = "c".repeat(64);
    changed.facts.retain(|f| f.relation != Relation::SAYS);
    for f in &mut changed.facts {
        f.attribution = None;
    }
    changed.entities.remove(&id("yle"));
    let report = store::ingest(dir.path(), &changed).unwrap();
    assert_eq!((report.added, report.replaced, report.unchanged), (0, 1, 1));
    assert_eq!(report.entities_removed, 1, "Yle is no longer mentioned");

    assert_eq!(store::dataset(dir.path()).unwrap(), changed);
    assert_eq!(nquads(dir.path()), nquads(build(&changed).path()));
}

/// The part of a dataset about one document, with the entities its facts name.
fn only(ds: &Dataset, doc: &str) -> Dataset {
    let mut part = Dataset {
        docs: ds.docs.iter().filter(|d| d.id == doc).cloned().collect(),
        facts: ds.facts_of(doc).cloned().collect(),
        ..Dataset::default()
    };
    for f in &part.facts {
        for e in [Some(&f.subject), f.object.as_ref(), f.attribution.as_ref()]
            .into_iter()
            .flatten()
        {
            part.entities.insert(e.clone(), ds.entities[e].clone());
        }
    }
    part
}

#[test]
fn incremental_builds_equal_a_fresh_build() {
    let ds = corpus();
    let (a, b) = (only(&ds, "001_aaaa"), only(&ds, "002_bbbb"));
    let whole = nquads(build(&ds).path());

    let stepwise = build(&a);
    let report = store::ingest(stepwise.path(), &b).unwrap();
    assert_eq!((report.added, report.replaced, report.unchanged), (1, 0, 0));
    assert_eq!(nquads(stepwise.path()), whole);

    let again = build(&ds);
    let report = store::ingest(again.path(), &a).unwrap();
    assert_eq!((report.added, report.replaced, report.unchanged), (0, 0, 1));
    assert_eq!(nquads(again.path()), whole);
}
