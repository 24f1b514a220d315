//! Graphviz views of the graph: the whole graph, an entity's neighbourhood, or the
//! facts behind a query's answer.
//!
//! Nodes are shaped and coloured by entity type, edges are labelled by relation (with
//! the number of articles saying it), possible facts are dashed and negated ones
//! dotted, and a legend explains it. Facts without an object (`says`, `denies`) are
//! drawn to a note holding their claim.

use crate::graph::{FactIx, KnowledgeGraph};
use crate::model::{EntityId, EntityType, Modality};
use crate::query::Answer;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write as _;
use std::path::Path;

/// Why a picture could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum DotError {
    /// Graphviz is not installed.
    #[error("Graphviz's `dot` was not found on PATH; install it (Debian/Ubuntu: apt-get install graphviz) or write DOT with --format dot")]
    NoGraphviz,
    /// `dot` ran and failed.
    #[error("dot failed: {0}")]
    Failed(String),
}

/// Escapes a string for a double-quoted DOT ID.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn style(t: EntityType) -> (&'static str, &'static str) {
    match t {
        EntityType::State => ("box", "#cfe2ff"),
        EntityType::Person => ("ellipse", "#ffe5b4"),
        EntityType::Crossing => ("hexagon", "#d4edda"),
        EntityType::Organisation => ("component", "#e2d9f3"),
        EntityType::Place => ("house", "#f0f0f0"),
    }
}

fn edge_style(m: Modality) -> &'static str {
    match m {
        Modality::Asserted => "solid",
        Modality::Possible => "dashed",
        Modality::Negated => "dotted",
    }
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

/// Draws the given facts and the entities they connect.
pub fn facts_dot(g: &KnowledgeGraph, facts: &[FactIx], title: &str) -> String {
    let mut nodes: BTreeSet<EntityId> = BTreeSet::new();
    // Edges merged by (subject, relation, object, modality); value: documents.
    let mut edges: BTreeMap<(EntityId, &str, EntityId, Modality), BTreeSet<&str>> = BTreeMap::new();
    let mut notes: BTreeMap<(EntityId, &str, String, Modality), BTreeSet<&str>> = BTreeMap::new();
    for &ix in facts {
        let f = g.fact(ix);
        nodes.insert(f.subject.clone());
        match f.object {
            Some(o) => {
                nodes.insert(o.clone());
                edges
                    .entry((
                        f.subject.clone(),
                        f.relation.as_str(),
                        o.clone(),
                        f.modality,
                    ))
                    .or_default()
                    .insert(f.doc);
            }
            None => {
                let claim = f.claim.unwrap_or_default().to_string();
                notes
                    .entry((f.subject.clone(), f.relation.as_str(), claim, f.modality))
                    .or_default()
                    .insert(f.doc);
            }
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "digraph newsgraph {{");
    let _ = writeln!(out, "  graph [charset=\"UTF-8\", rankdir=LR, label=\"{}\", labelloc=t, fontname=\"Helvetica\"];", escape(title));
    let _ = writeln!(out, "  node [style=filled, fontname=\"Helvetica\"];");
    let _ = writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=10];");
    for id in &nodes {
        let (label, t) = g.entity(id).map_or((id.as_str(), EntityType::Place), |e| {
            (e.label.as_str(), e.etype)
        });
        let (shape, color) = style(t);
        let _ = writeln!(
            out,
            "  \"{}\" [label=\"{}\", shape={shape}, fillcolor=\"{color}\"];",
            escape(id.as_str()),
            escape(label)
        );
    }
    for ((s, r, o, m), docs) in &edges {
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [label=\"{} ({})\", style={}];",
            escape(s.as_str()),
            escape(o.as_str()),
            escape(r),
            docs.len(),
            edge_style(*m)
        );
    }
    for (n, ((s, r, claim, m), docs)) in notes.iter().enumerate() {
        let _ = writeln!(
            out,
            "  \"note{n}\" [label=\"{}\", shape=note, fillcolor=\"#fff9c4\", fontsize=9];",
            escape(&clip(claim, 60))
        );
        let _ = writeln!(
            out,
            "  \"{}\" -> \"note{n}\" [label=\"{} ({})\", style={}];",
            escape(s.as_str()),
            escape(r),
            docs.len(),
            edge_style(*m)
        );
    }
    // Legend.
    let _ = writeln!(out, "  subgraph cluster_legend {{");
    let _ = writeln!(out, "    label=\"legend\"; fontsize=10; style=rounded;");
    for t in EntityType::ALL {
        let (shape, color) = style(t);
        let _ = writeln!(
            out,
            "    \"legend_{t}\" [label=\"{t}\", shape={shape}, fillcolor=\"{color}\", fontsize=9];"
        );
    }
    let _ = writeln!(
        out,
        "    \"legend_a\" [label=\"\", shape=point]; \"legend_b\" [label=\"\", shape=point];"
    );
    let _ = writeln!(
        out,
        "    \"legend_c\" [label=\"\", shape=point]; \"legend_d\" [label=\"\", shape=point];"
    );
    let _ = writeln!(
        out,
        "    \"legend_e\" [label=\"\", shape=point]; \"legend_f\" [label=\"\", shape=point];"
    );
    let _ = writeln!(
        out,
        "    \"legend_a\" -> \"legend_b\" [label=\"asserted (articles)\", style=solid];"
    );
    let _ = writeln!(
        out,
        "    \"legend_c\" -> \"legend_d\" [label=\"possible\", style=dashed];"
    );
    let _ = writeln!(
        out,
        "    \"legend_e\" -> \"legend_f\" [label=\"negated\", style=dotted];"
    );
    let _ = writeln!(out, "  }}");
    let _ = writeln!(out, "}}");
    out
}

/// The whole graph: every fact.
pub fn graph_dot(g: &KnowledgeGraph) -> String {
    let all: Vec<FactIx> = (0..g.fact_count() as FactIx).collect();
    facts_dot(g, &all, "newsgraph")
}

/// Facts within `depth` hops of `id` (following facts with objects either way), plus
/// the object-less facts of the entities reached.
pub fn neighbourhood_dot(g: &KnowledgeGraph, id: &EntityId, depth: usize) -> String {
    let Some(start) = g.node(id) else {
        return facts_dot(g, &[], id.as_str());
    };
    let mut seen = BTreeSet::from([start]);
    let mut facts = BTreeSet::new();
    let mut queue = VecDeque::from([(start, 0)]);
    while let Some((n, d)) = queue.pop_front() {
        for &rel in g.relations() {
            for &ix in g.facts_of(n, rel) {
                if g.fact(ix).object.is_none() {
                    facts.insert(ix);
                }
            }
        }
        if d == depth {
            continue;
        }
        for (_, s, t, ix) in g.edges_of(n) {
            facts.insert(ix);
            let other = if s == n { t } else { s };
            if seen.insert(other) {
                queue.push_back((other, d + 1));
            }
        }
    }
    let label = g.entity(id).map_or(id.as_str(), |e| e.label.as_str());
    facts_dot(
        g,
        &facts.into_iter().collect::<Vec<_>>(),
        &format!("{label}, {depth} hops"),
    )
}

/// The facts behind an answer: exactly the facts its rows were matched from.
pub fn answer_dot(g: &KnowledgeGraph, a: &Answer, title: &str) -> String {
    let matched: Vec<&crate::query::Source> = a.rows.iter().flat_map(|r| &r.sources).collect();
    let facts: Vec<FactIx> = (0..g.fact_count() as FactIx)
        .filter(|&ix| {
            let f = g.fact(ix);
            matched.iter().any(|s| {
                let (rel, subj, obj) = &s.fact;
                let same_ends = |a: &EntityId, b: Option<&EntityId>| {
                    f.subject == a && (b.is_none() || f.object == b)
                };
                s.doc == f.doc
                    && s.start == f.start
                    && *rel == f.relation
                    && (same_ends(subj, obj.as_ref())
                        || (rel.is_symmetric()
                            && obj.as_ref().is_some_and(|o| same_ends(o, Some(subj)))))
            })
        })
        .collect();
    facts_dot(g, &facts, title)
}

/// Picture formats `dot` can render.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Render {
    /// Scalable vector graphics.
    Svg,
    /// Portable network graphics.
    Png,
}

/// Renders DOT text to a file with Graphviz's `dot`.
pub fn render(dot: &str, format: Render, out: &Path) -> Result<(), DotError> {
    let picture = render_bytes(dot, format)?;
    std::fs::write(out, picture)
        .map_err(|e| DotError::Failed(format!("cannot write {}: {e}", crate::shown::path(out))))
}

/// Renders DOT text with Graphviz's `dot` and returns the picture.
pub fn render_bytes(dot: &str, format: Render) -> Result<Vec<u8>, DotError> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let flag = match format {
        Render::Svg => "-Tsvg",
        Render::Png => "-Tpng",
    };
    let mut child = Command::new("dot")
        .arg(flag)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                DotError::NoGraphviz
            } else {
                DotError::Failed(e.to_string())
            }
        })?;
    // `dot` reads all of its input before it writes anything, so writing it all first
    // cannot deadlock; dropping stdin closes it.
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(dot.as_bytes())
            .map_err(|e| DotError::Failed(e.to_string()))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| DotError::Failed(e.to_string()))?;
    if !output.status.success() {
        return Err(DotError::Failed(
            String::from_utf8_lossy(&output.stderr).trim().to_string(),
        ));
    }
    Ok(output.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_quotes_and_backslashes() {
        assert_eq!(escape(r#"say "hi" \ now"#), r#"say \"hi\" \\ now"#);
        assert_eq!(escape("Støre\nHäkkänen"), "Støre Häkkänen");
    }
}
