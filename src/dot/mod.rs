//! Graphviz views of the graph: the whole graph, an entity's neighbourhood, or the
//! facts behind a query's answer.
//!
//! Nodes are shaped and coloured by entity type, the focus (the `--around` entity, the
//! entities a question names) has a bold red outline, edges are labelled by relation
//! and the number of articles saying it ("4 articles"), possible facts are dashed and
//! negated ones dotted, and a one-row legend in the bottom right corner lists the types
//! and styles drawn. Claims are short edge labels and full SVG tooltips; facts without
//! an object (`says`, `denies`) are drawn to a note holding their claim, one note per
//! claim however many articles repeat it.

mod write;

use crate::graph::{FactIx, KnowledgeGraph};
use crate::model::EntityId;
use crate::query::Answer;
use std::collections::{BTreeSet, VecDeque};
pub use write::facts_dot;

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

/// How a picture looks, as the user chose: what it shows besides the facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    /// A one-row legend of the entity types and line styles drawn, in the bottom
    /// right corner.
    pub legend: bool,
    /// Claims: a short claim on each edge (the SVG tooltip has them all), and a note
    /// for each fact without an object (`says`, `denies`).
    pub claims: bool,
}

impl Look {
    /// An answer's facts: with their claims, since the question often asks for them.
    pub const ANSWER: Look = Look {
        legend: true,
        claims: true,
    };
    /// The whole graph or a neighbourhood: claims only in tooltips, no notes.
    pub const GRAPH: Look = Look {
        legend: true,
        claims: false,
    };
}

/// Everything a picture is drawn from besides its facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    /// Shown at the top.
    pub title: String,
    /// Entities drawn with a bold outline: the `--around` entity, or those a question
    /// names.
    pub focus: Vec<EntityId>,
    /// Legend and claims.
    pub look: Look,
    /// Let Graphviz merge edges that run side by side (for large pictures).
    pub concentrate: bool,
}

/// The whole graph, its parallel edges merged; claims only when `look` asks.
pub fn graph_dot(g: &KnowledgeGraph, look: Look) -> String {
    let all: Vec<FactIx> = (0..g.fact_count() as FactIx).collect();
    let view = View {
        title: "newsgraph".into(),
        focus: Vec::new(),
        look,
        concentrate: true,
    };
    facts_dot(g, &all, &view)
}

/// Facts within `depth` hops of `id` (following facts with objects either way), with
/// `id` highlighted. With claims, the object-less facts (`says`, `denies`) of the
/// entities less than `depth` hops away are drawn too: their note is one more hop.
pub fn neighbourhood_dot(g: &KnowledgeGraph, id: &EntityId, depth: usize, look: Look) -> String {
    let label = g.entity(id).map_or(id.as_str(), |e| e.label.as_str());
    let view = View {
        title: format!(
            "{label}, {depth} {}",
            if depth == 1 { "hop" } else { "hops" }
        ),
        focus: vec![id.clone()],
        look,
        concentrate: false,
    };
    let Some(start) = g.node(id) else {
        return facts_dot(g, &[], &view);
    };
    let mut seen = BTreeSet::from([start]);
    let mut facts = BTreeSet::new();
    let mut queue = VecDeque::from([(start, 0)]);
    while let Some((n, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        if look.claims {
            for &rel in g.relations() {
                for &ix in g.facts_of(n, rel) {
                    if g.fact(ix).object.is_none() {
                        facts.insert(ix);
                    }
                }
            }
        }
        for (_, s, t, ix) in g.edges_of(n) {
            facts.insert(ix);
            let other = if s == n { t } else { s };
            if seen.insert(other) {
                queue.push_back((other, d + 1));
            }
        }
    }
    facts_dot(g, &facts.into_iter().collect::<Vec<_>>(), &view)
}

/// The facts behind an answer: exactly the facts its rows were matched from, with the
/// entities the question names highlighted.
pub fn answer_dot(g: &KnowledgeGraph, a: &Answer, title: &str, look: Look) -> String {
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
    let view = View {
        title: title.to_string(),
        focus: a.focus.clone(),
        look,
        concentrate: false,
    };
    facts_dot(g, &facts, &view)
}

/// Picture formats `dot` can render.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Render {
    /// Scalable vector graphics.
    Svg,
    /// Portable network graphics.
    Png,
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

    #[test]
    fn claims_are_cut_after_a_word_and_notes_wrapped_whole() {
        use super::write::{articles, clip, wrap};
        assert_eq!(clip("short", 40), "short");
        assert_eq!(
            clip("helping migrants cross into Finland, such as instances", 40),
            "helping migrants cross into Finland…"
        );
        // One long word is cut where it must.
        assert_eq!(clip("Borisoglebsk-Storskog", 10), "Borisogle…");
        assert_eq!(
            wrap("the border closure could increase tensions", 20, 6),
            ["the border closure", "could increase", "tensions"]
        );
        assert_eq!(wrap("a b c d e f", 3, 2), ["a b", "c…"]);
        assert_eq!(
            (articles(1), articles(4)),
            ("1 article".into(), "4 articles".into())
        );
    }
}
