//! Graphviz pictures, checked by structure: every DOT text is parsed by Graphviz's own
//! `dot -Tjson0` (which also proves it valid), and the legend, the focus, the edge
//! labels, the claims and the notes are read from the parsed graph.

mod common;

use common::shipped as fixture;
use newsgraph::dot::{answer_dot, facts_dot, graph_dot, neighbourhood_dot, Look, View};
use newsgraph::graph::KnowledgeGraph;
use newsgraph::model::{
    Dataset, DocMeta, Entity, EntityId, EntityType, Evidence, Fact, Modality, Relation,
};
use newsgraph::query::EngineKind;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::process::{Command, Stdio};

/// Runs Graphviz's `dot` with `flag` on a DOT text; fails the test if it rejects it.
fn graphviz(dot: &str, flag: &str) -> String {
    let mut child = Command::new("dot")
        .arg(flag)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Graphviz's `dot` is needed for this test: apt-get install graphviz");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot {flag} rejected:\n{}\n{dot}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A picture as Graphviz read it.
struct Drawn {
    graph: Value,
}

impl Drawn {
    fn parse(dot: &str) -> Drawn {
        let graph = serde_json::from_str(&graphviz(dot, "-Tjson0")).unwrap();
        Drawn { graph }
    }

    fn attr<'a>(v: &'a Value, name: &str) -> &'a str {
        v[name].as_str().unwrap_or("")
    }

    /// Every node, notes included.
    fn nodes(&self) -> Vec<&Value> {
        let objects = self.graph["objects"].as_array();
        objects.into_iter().flatten().collect()
    }

    /// The entity nodes (not notes): name → node.
    fn entities(&self) -> BTreeMap<&str, &Value> {
        self.nodes()
            .into_iter()
            .filter(|n| Self::attr(n, "shape") != "note")
            .map(|n| (Self::attr(n, "name"), n))
            .collect()
    }

    fn notes(&self) -> Vec<&Value> {
        self.nodes()
            .into_iter()
            .filter(|n| Self::attr(n, "shape") == "note")
            .collect()
    }

    /// Every edge: (tail name, head name, edge).
    fn edges(&self) -> Vec<(&str, &str, &Value)> {
        let nodes = self.nodes();
        let name = |e: &Value, end: &str| {
            let gvid = e[end].as_u64().unwrap();
            let n = nodes.iter().find(|n| n["_gvid"].as_u64() == Some(gvid));
            Self::attr(n.unwrap(), "name")
        };
        let edges = self.graph["edges"].as_array();
        edges
            .into_iter()
            .flatten()
            .map(|e| (name(e, "tail"), name(e, "head"), e))
            .collect()
    }

    /// The legend's entries (`State`, `possible`, `focus`…), from the caption's cell ids.
    fn legend(&self) -> BTreeSet<String> {
        let caption = Self::attr(&self.graph, "label");
        caption
            .split("ID=\"legend_")
            .skip(1)
            .map(|s| s[..s.find('"').unwrap()].to_string())
            .collect()
    }

    /// The entity types of the nodes drawn, from their `class`.
    fn types(&self) -> BTreeSet<String> {
        self.entities()
            .values()
            .map(|n| {
                Self::attr(n, "class")
                    .split(' ')
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect()
    }

    /// Names of the nodes drawn with a thick outline.
    fn bold(&self) -> BTreeSet<&str> {
        self.entities()
            .into_iter()
            .filter(|(_, n)| Self::attr(n, "penwidth") == "3")
            .map(|(name, _)| name)
            .collect()
    }
}

fn type_names() -> BTreeSet<String> {
    EntityType::ALL.iter().map(|t| t.to_string()).collect()
}

fn accusations() -> String {
    let s = &fixture().session;
    let a = s
        .ask("who accused Russia of what?", EngineKind::Native)
        .unwrap();
    answer_dot(s.graph(), &a, "who accused Russia of what?", Look::ANSWER)
}

fn storskog(depth: usize, look: Look) -> String {
    let s = &fixture().session;
    let id = s.names().lookup("Storskog")[0].clone();
    neighbourhood_dot(s.graph(), &id, depth, look)
}

fn russia(look: Look) -> String {
    let s = &fixture().session;
    let id = s.names().lookup("Russia")[0].clone();
    neighbourhood_dot(s.graph(), &id, 1, look)
}

#[test]
fn the_legend_lists_exactly_the_types_drawn() {
    let g = fixture().session.graph();
    let cases = [
        ("answer", accusations()),
        ("around", storskog(1, Look::GRAPH)),
        ("whole", graph_dot(g, Look::GRAPH)),
    ];
    for (what, dot) in &cases {
        let d = Drawn::parse(dot);
        let types = d.types();
        assert!(!types.is_empty(), "{what}: nothing drawn");
        let legend: BTreeSet<String> = d.legend().intersection(&type_names()).cloned().collect();
        assert_eq!(
            legend, types,
            "{what}: the legend's types are the drawn ones"
        );
    }
    // Storskog's neighbourhood has no person: the legend does not list one.
    let around = Drawn::parse(&storskog(1, Look::GRAPH));
    assert!(!around.legend().contains("Person"), "{:?}", around.legend());
    // Line styles: only those drawn. The accusations are all asserted.
    let answer = Drawn::parse(&accusations());
    assert!(answer.legend().contains("asserted"));
    assert!(!answer.legend().contains("possible") && !answer.legend().contains("negated"));
    let whole = Drawn::parse(&graph_dot(g, Look::GRAPH));
    let styles: BTreeSet<&str> = whole
        .edges()
        .iter()
        .map(|(_, _, e)| Drawn::attr(e, "style"))
        .collect();
    assert_eq!(
        whole.legend().contains("possible"),
        styles.contains("dashed"),
        "{styles:?}"
    );
    // The legend is a caption under the picture, not a box among the nodes.
    assert_eq!(Drawn::attr(&whole.graph, "labelloc"), "b");
    assert!(whole
        .nodes()
        .iter()
        .all(|n| !Drawn::attr(n, "name").contains("legend")));
    // --no-legend: no legend, the title stays.
    let bare = Drawn::parse(&graph_dot(
        g,
        Look {
            legend: false,
            ..Look::GRAPH
        },
    ));
    assert!(bare.legend().is_empty());
    assert!(Drawn::attr(&bare.graph, "label").contains("newsgraph"));
}

#[test]
fn the_focus_is_highlighted_and_nothing_else() {
    let around = Drawn::parse(&storskog(2, Look::GRAPH));
    assert_eq!(around.bold(), BTreeSet::from(["storskog"]));
    let node = around.entities()["storskog"];
    assert_eq!(Drawn::attr(node, "class"), "Crossing focus");
    assert!(around.legend().contains("focus"));
    // The entity a question is about: Russia, not the accusers.
    let answer = Drawn::parse(&accusations());
    assert_eq!(answer.bold(), BTreeSet::from(["russia"]));
    assert!(answer.entities().len() > 3);
    // `who is X`: X.
    let s = &fixture().session;
    let a = s.ask("who is Zakharova?", EngineKind::Native).unwrap();
    let who = Drawn::parse(&answer_dot(
        s.graph(),
        &a,
        "who is Zakharova?",
        Look::ANSWER,
    ));
    assert_eq!(who.bold(), BTreeSet::from(["maria-zakharova"]));
    // The whole graph has no focus, and its legend says none.
    let whole = Drawn::parse(&graph_dot(s.graph(), Look::GRAPH));
    assert!(whole.bold().is_empty());
    assert!(!whole.legend().contains("focus"));
}

#[test]
fn edge_labels_say_how_many_articles() {
    let s = &fixture().session;
    let g = s.graph();
    for dot in [
        graph_dot(g, Look::GRAPH),
        accusations(),
        russia(Look::ANSWER),
    ] {
        let d = Drawn::parse(&dot);
        let mut checked = 0;
        for (tail, head, e) in d.edges() {
            let label = Drawn::attr(e, "label");
            assert!(!label.contains('('), "no bare counts: {label}");
            let lines: Vec<&str> = label.split("\\n").collect();
            if !d.entities().contains_key(head) {
                continue; // a note: its count is checked with the notes
            }
            let last = lines.last().unwrap();
            let n: usize = last
                .strip_suffix(" articles")
                .or_else(|| last.strip_suffix(" article"))
                .unwrap_or_else(|| panic!("no article count: {label}"))
                .parse()
                .unwrap();
            assert_eq!(*last == format!("{n} article"), n == 1, "{label}");
            // The count is the number of articles with such a fact.
            let relation = lines[0];
            let modality = match Drawn::attr(e, "style") {
                "dashed" => Modality::Possible,
                "dotted" => Modality::Negated,
                _ => Modality::Asserted,
            };
            let docs: BTreeSet<&str> = g
                .facts()
                .filter(|f| {
                    f.relation.as_str() == relation
                        && f.modality == modality
                        && f.subject.as_str() == tail
                        && f.object.map(|o| o.as_str()) == Some(head)
                })
                .map(|f| f.doc)
                .collect();
            assert_eq!(docs.len(), n, "{tail} {label} {head}");
            checked += 1;
        }
        assert!(checked > 0);
    }
}

#[test]
fn claims_are_short_labels_in_dot_and_whole_tooltips_in_svg() {
    let s = &fixture().session;
    let g = s.graph();
    let dot = accusations();
    let d = Drawn::parse(&dot);
    let mut claims_seen = 0;
    for (tail, head, e) in d.edges() {
        let claims: BTreeSet<&str> = g
            .facts()
            .filter(|f| {
                f.relation.as_str() == "accuses"
                    && f.subject.as_str() == tail
                    && f.object.map(|o| o.as_str()) == Some(head)
            })
            .filter_map(|f| f.claim)
            .collect();
        let tooltip = Drawn::attr(e, "tooltip");
        for c in &claims {
            assert!(tooltip.contains(c.trim()), "{c} in the tooltip: {tooltip}");
            claims_seen += 1;
        }
        let label = Drawn::attr(e, "label");
        for line in label.split("\\n").filter(|l| l.starts_with('“')) {
            // The quotes around a claim of at most 40 characters.
            assert!(line.chars().count() <= 42, "a long label: {line}");
        }
        assert!(label.contains('“'), "the claim is on the edge: {label}");
    }
    assert!(claims_seen >= 5, "{claims_seen}");
    // In SVG the tooltip is a title without a link.
    let svg = graphviz(&dot, "-Tsvg");
    assert!(
        svg.contains("xlink:title=\"Finland accuses Russia"),
        "{svg}"
    );
    assert!(
        svg.contains("orchestrating the migration flow in retaliation for Finland joining NATO")
    );
    assert!(!svg.contains("xlink:href") && !dot.contains("URL"));
    // The whole graph has no claims on its edges by default, only in the tooltips.
    let whole = Drawn::parse(&graph_dot(g, Look::GRAPH));
    let accuses: Vec<_> = whole
        .edges()
        .into_iter()
        .filter(|(_, _, e)| Drawn::attr(e, "label").starts_with("accuses"))
        .collect();
    assert!(!accuses.is_empty());
    for (_, _, e) in accuses {
        assert!(!Drawn::attr(e, "label").contains('“'));
        assert!(Drawn::attr(e, "tooltip").contains('“'));
    }
}

#[test]
fn notes_are_drawn_only_when_asked_and_whole() {
    let g = fixture().session.graph();
    // The whole graph: no notes, parallel edges merged.
    let whole = Drawn::parse(&graph_dot(g, Look::GRAPH));
    assert!(whole.notes().is_empty());
    assert_eq!(Drawn::attr(&whole.graph, "concentrate"), "true");
    // Around Russia: its denials only with claims.
    assert!(Drawn::parse(&russia(Look::GRAPH)).notes().is_empty());
    let with = Drawn::parse(&russia(Look::ANSWER));
    assert!(with.notes().len() >= 3, "{}", with.notes().len());
    // Notes are never cut: the shipped claims fit whole.
    for n in with.notes() {
        let label = Drawn::attr(n, "label");
        assert!(!label.contains('…'), "{label}");
        // The same words (the claim's own spaces may be non-breaking ones).
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let tooltip = words(Drawn::attr(n, "tooltip"));
        let text = words(&label.replace("\\n", " "));
        assert!(tooltip.contains(&text), "{text} / {tooltip}");
    }
    // Storskog at depth 1 reaches Russia, but not Russia's denials: a note is one hop
    // further from Storskog than Russia is.
    let stor = Drawn::parse(&storskog(1, Look::ANSWER));
    assert!(stor.entities().contains_key("russia"));
    assert!(stor.notes().is_empty());
    assert!(!Drawn::parse(&storskog(2, Look::ANSWER)).notes().is_empty());
}

/// A graph of the given facts, each read from its own sentence.
fn graph_of(facts: &[(&str, &str, &str, Option<&str>, &str)]) -> KnowledgeGraph {
    let mut ds = Dataset::default();
    let entity = |id: &str, etype| Entity {
        id: EntityId(id.into()),
        label: id.to_uppercase(),
        etype,
        aliases: Vec::new(),
        wikidata: None,
    };
    for (i, &(doc, subject, relation, object, claim)) in facts.iter().enumerate() {
        ds.docs.push(DocMeta {
            id: doc.into(),
            file: format!("{doc}.txt"),
            ..DocMeta::default()
        });
        for id in std::iter::once(subject).chain(object) {
            ds.entities
                .insert(EntityId(id.into()), entity(id, EntityType::State));
        }
        ds.facts.push(Fact {
            doc: doc.into(),
            subject: EntityId(subject.into()),
            relation: Relation::parse(relation).unwrap(),
            object: object.map(|o| EntityId(o.into())),
            claim: Some(claim.into()),
            modality: Modality::Asserted,
            date: None,
            attribution: None,
            evidence: Evidence {
                sentence: claim.into(),
                start: i * 100,
                end: i * 100 + 50,
                section: Default::default(),
            },
        });
    }
    ds.normalize();
    KnowledgeGraph::from_dataset(ds)
}

#[test]
fn a_quote_repeated_by_several_articles_is_one_note_with_its_count() {
    let g = graph_of(&[
        ("a", "russia", "denies", None, "it is funnelling migrants"),
        ("b", "russia", "denies", None, "It is funnelling  migrants."),
        ("c", "kremlin", "denies", None, "it is funnelling migrants"),
        ("c", "russia", "says", None, "the border is closed"),
        (
            "a",
            "finland",
            "accuses",
            Some("russia"),
            "funnelling migrants",
        ),
        (
            "b",
            "finland",
            "accuses",
            Some("russia"),
            "Funnelling migrants.",
        ),
        ("c", "finland", "accuses", Some("russia"), "a hybrid attack"),
    ]);
    let all: Vec<u32> = (0..g.fact_count() as u32).collect();
    let view = View {
        title: "duplicates".into(),
        focus: Vec::new(),
        look: Look::ANSWER,
        concentrate: false,
    };
    let d = Drawn::parse(&facts_dot(&g, &all, &view));
    let notes: Vec<&str> = d.notes().iter().map(|n| Drawn::attr(n, "label")).collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    let funnelling = notes.iter().find(|l| l.contains("funnelling")).unwrap();
    assert!(funnelling.ends_with("— 3 articles"), "{funnelling}");
    assert!(!notes
        .iter()
        .any(|l| l.contains("border") && l.contains("article")));
    // Both speakers point at the one note, each edge with its own count.
    let to_note: Vec<(&str, &str)> = d
        .edges()
        .into_iter()
        .filter(|(_, h, _)| !d.entities().contains_key(h))
        .map(|(t, _, e)| (t, Drawn::attr(e, "label")))
        .collect();
    assert!(
        to_note.contains(&("russia", "denies\\n2 articles")),
        "{to_note:?}"
    );
    assert!(
        to_note.contains(&("kremlin", "denies\\n1 article")),
        "{to_note:?}"
    );
    assert!(to_note.contains(&("russia", "says")), "{to_note:?}");
    // The accusation edge: one claim for the two spellings, and the other claim.
    let (_, _, e) = d
        .edges()
        .into_iter()
        .find(|(t, _, _)| *t == "finland")
        .unwrap();
    assert_eq!(
        Drawn::attr(e, "label"),
        "accuses\\n“funnelling migrants”\\n“a hybrid attack”\\n3 articles"
    );
}

/// Runs the built binary on `store` (built from the shipped articles on first use).
fn ng(store: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(common::root())
        .env_remove("NEWSGRAPH_STORE")
        .env_remove("NEWSGRAPH_LEXICON")
        .arg("--store")
        .arg(store)
        .args(args)
        .output()
        .expect("run newsgraph")
}

#[test]
fn the_command_line_draws_with_its_flags() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    assert!(ng(&store, &["build"]).status.success());
    let dot = |args: &[&str]| {
        let o = ng(&store, args);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        Drawn::parse(&String::from_utf8(o.stdout).unwrap())
    };
    let around = &["export", "--format", "dot", "--around", "Storskog"];
    let d = dot(around);
    assert_eq!(d.bold(), BTreeSet::from(["storskog"]));
    assert!(!d.legend().is_empty());
    assert!(dot(&[around.as_slice(), &["--no-legend"]].concat())
        .legend()
        .is_empty());
    let russia = &["export", "--format", "dot", "--around", "Russia"];
    assert!(dot(russia).notes().is_empty());
    for flag in ["--claims", "--notes"] {
        assert!(!dot(&[russia.as_slice(), &[flag]].concat())
            .notes()
            .is_empty());
    }
    // An answer's picture is titled with the question, its entity highlighted.
    let q = "who accused Russia of what?";
    let a = dot(&["ask", q, "--format", "dot"]);
    assert!(Drawn::attr(&a.graph, "label").contains(q));
    assert_eq!(a.bold(), BTreeSet::from(["russia"]));
    let svg = dir.path().join("a.svg");
    let o = ng(
        &store,
        &["ask", q, "--render", "svg", "-o", svg.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let svg = std::fs::read_to_string(svg).unwrap();
    assert!(svg.contains("<svg") && svg.contains("xlink:title=\"Finland accuses Russia"));
    // Flags that do not apply are errors, not ignored.
    let o = ng(&store, &["export", "--format", "turtle", "--claims"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("go with --format dot"));
    let png = dir.path().join("a.png");
    let o = ng(
        &store,
        &[
            "ask",
            q,
            "--format",
            "json",
            "--render",
            "png",
            "-o",
            png.to_str().unwrap(),
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("--render draws a picture"));
    assert!(!png.exists());
}
