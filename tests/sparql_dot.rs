//! SPARQL through oxigraph (`queries/sparql/*.rq` with expected results) and Graphviz
//! output checked by Graphviz's own `dot`.

mod common;

use common::{root, shipped as fixture};
use newsgraph::dot::Look;
use newsgraph::sparql::{execute, SparqlError, SparqlFormat};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn run(text: &str, format: SparqlFormat) -> Result<String, SparqlError> {
    let mut out = Vec::new();
    execute(fixture().session.store().store(), text, format, &mut out)?;
    Ok(String::from_utf8(out).unwrap())
}

#[test]
fn example_sparql_queries_match_their_expected_results() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let dir = root().join("queries/sparql");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    files.sort();
    assert!(files.len() >= 4);
    let mut failures = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let graph = text
            .lines()
            .any(|l| l.trim_start().starts_with("CONSTRUCT"));
        let got = if graph {
            // Triples come in no particular order: compare them sorted.
            let mut lines: Vec<String> = run(&text, SparqlFormat::Ntriples)
                .unwrap()
                .lines()
                .map(str::to_string)
                .collect();
            lines.sort();
            lines.join("\n") + "\n"
        } else {
            run(&text, SparqlFormat::Table).unwrap()
        };
        let out = f.with_extension("out");
        if update {
            std::fs::write(&out, &got).unwrap();
        } else if std::fs::read_to_string(&out).unwrap_or_default() != got {
            failures.push(format!("{}:\n{got}", f.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn sparql_result_formats_and_errors() {
    let q = "SELECT ?s WHERE { ?s ng:borders ent:russia }";
    let json: serde_json::Value =
        serde_json::from_str(&run(q, SparqlFormat::Json).unwrap()).unwrap();
    assert_eq!(json["head"]["vars"][0], "s");
    assert!(run(q, SparqlFormat::Xml).unwrap().contains("<sparql"));
    assert!(run(q, SparqlFormat::Csv).unwrap().starts_with("s\r\n"));
    assert!(run(q, SparqlFormat::Tsv).unwrap().starts_with("?s\n"));
    // Updates are refused on a read-only session.
    let e = run("INSERT DATA { ent:a ng:b ent:c }", SparqlFormat::Table).unwrap_err();
    assert!(matches!(e, SparqlError::UpdateRefused), "{e}");
    // Syntax errors give line and column.
    let e = run("SELECT ?s WHERE {\n  ?s ?p }", SparqlFormat::Table)
        .unwrap_err()
        .to_string();
    assert!(e.contains("at line 2, column "), "{e}");
    assert!(!e.contains("..="), "parser character ranges: {e}");
}

#[test]
fn a_triple_several_articles_hold_is_written_once() {
    // Storskog lies in Norway by two articles' facts: the union default graph sees
    // the triple twice, the result graph holds it once, in every graph format.
    let q = "DESCRIBE ent:storskog";
    let nt = run(q, SparqlFormat::Ntriples).unwrap();
    let located: Vec<&str> = nt.lines().filter(|l| l.contains("#located_in>")).collect();
    assert_eq!(located.len(), 1, "{nt}");
    let mut lines: Vec<&str> = nt.lines().collect();
    let n = lines.len();
    lines.sort();
    lines.dedup();
    assert_eq!(lines.len(), n, "{nt}");
    let ttl = run(q, SparqlFormat::Turtle).unwrap();
    assert!(!ttl.contains("ent:norway , ent:norway"), "{ttl}");
    assert!(ttl.contains("ng:located_in ent:norway"), "{ttl}");
}

/// Runs `dot -Tsvg` on a DOT text; fails the test if Graphviz rejects it.
fn dot_accepts(dot: &str) {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
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
        "dot rejected:\n{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        dot
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
}

#[test]
fn every_dot_output_is_accepted_by_graphviz() {
    let s = &fixture().session;
    let g = s.graph();
    let whole = newsgraph::dot::graph_dot(g, Look::GRAPH);
    assert!(whole.contains("Jonas Gahr Støre") && whole.contains("Antti Häkkänen"));
    dot_accepts(&whole);
    let storskog = s.names().lookup("Storskog")[0].clone();
    let around = newsgraph::dot::neighbourhood_dot(g, &storskog, 2, Look::GRAPH);
    assert!(around.contains("\"storskog\""));
    dot_accepts(&around);
    let a = s
        .ask(
            "who accused Russia of what?",
            newsgraph::query::EngineKind::Native,
        )
        .unwrap();
    let answer = newsgraph::dot::answer_dot(g, &a, "who accused \"Russia\" of what?", Look::ANSWER);
    assert!(answer.contains("accuses"), "{answer}");
    assert!(
        !answer.contains("holds_role"),
        "only the facts behind the answer"
    );
    assert!(
        answer.contains("who accused &quot;Russia&quot; of what?"),
        "quotes in the title are escaped"
    );
    dot_accepts(&answer);
    let a = s
        .ask("who may close what?", newsgraph::query::EngineKind::Sparql)
        .unwrap();
    let possible = newsgraph::dot::answer_dot(g, &a, "possible closures", Look::ANSWER);
    assert!(possible.contains("style=dashed"));
    dot_accepts(&possible);
}
