//! Writing a view as DOT: the facts merged into edges and notes, then the nodes
//! (grouped by type when asked), the edges, the notes and the legend.

use super::{escape, View};
use crate::graph::{FactIx, KnowledgeGraph};
use crate::model::{EntityId, EntityType, Modality, Relation};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Longest claim shown on an edge, in characters (the tooltip has all of it).
const EDGE_CLAIM: usize = 40;
/// Claims shown on one edge; the others are counted ("+2 more").
const EDGE_CLAIMS: usize = 2;
/// Width and height of a note's text, in characters and lines.
const NOTE_WIDTH: usize = 30;
const NOTE_LINES: usize = 6;
/// Outline of the focus nodes, in the legend too.
const FOCUS_COLOUR: &str = "#c0392b";

/// The claims of an edge or a note, merged by their text whatever its case, spacing
/// and closing punctuation: normalised text → (the text as first read, articles).
type Claims<'g> = BTreeMap<String, (&'g str, BTreeSet<&'g str>)>;

/// Facts with an object between the same two entities, with the same relation and
/// modality: one edge.
#[derive(Default)]
struct Edge<'g> {
    docs: BTreeSet<&'g str>,
    claims: Claims<'g>,
}

/// Facts without an object (`says`, `denies`) with the same claim: one note, drawn
/// once however many entities said it in however many articles.
#[derive(Default)]
struct Note<'g> {
    text: &'g str,
    docs: BTreeSet<&'g str>,
    /// Who said it, how, and in which articles.
    from: BTreeMap<(EntityId, &'g str, Modality), BTreeSet<&'g str>>,
}

fn edge_style(m: Modality) -> &'static str {
    match m {
        Modality::Asserted => "solid",
        Modality::Possible => "dashed",
        Modality::Negated => "dotted",
    }
}

/// Shape and fill of an entity type's nodes.
pub(super) fn style(t: EntityType) -> (&'static str, &'static str) {
    match t {
        EntityType::State => ("box", "#cfe2ff"),
        EntityType::Person => ("ellipse", "#ffe5b4"),
        EntityType::Crossing => ("hexagon", "#d4edda"),
        EntityType::Organisation => ("component", "#e2d9f3"),
        EntityType::Place => ("house", "#f0f0f0"),
    }
}

/// "1 article", "4 articles".
pub(super) fn articles(n: usize) -> String {
    if n == 1 {
        "1 article".to_string()
    } else {
        format!("{n} articles")
    }
}

/// The text a claim is merged by: lowercase, single spaces, without surrounding
/// quotes or closing punctuation.
fn claim_key(claim: &str) -> String {
    let trimmed = claim.trim().trim_matches(|c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '"' | '\'' | '“' | '”' | '‘' | '’'
        )
    });
    let words: Vec<String> = trimmed.split_whitespace().map(str::to_lowercase).collect();
    words.join(" ")
}

/// At most `n` characters of `s`, cut after a word when one ends in the second half,
/// the last one `…` when it was cut.
pub(super) fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let head: String = s.chars().take(n - 1).collect();
    let cut = match head.rfind(' ') {
        Some(i) if head[..i].chars().count() >= n / 2 => &head[..i],
        _ => &head,
    };
    let cut = cut.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
    format!("{cut}…")
}

/// `s` broken into lines of at most `width` characters at spaces, at most `lines` of
/// them; the last line ends with `…` when the text goes on.
pub(super) fn wrap(s: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let word = clip(word, width);
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    if out.len() > lines {
        out.truncate(lines);
        let last = out.last_mut().expect("lines > 0");
        *last = clip(&format!("{last} …"), width);
        if !last.ends_with('…') {
            last.push('…');
        }
    }
    out
}

/// DOT text lines joined with centred line breaks, each escaped.
fn lines(ls: &[String]) -> String {
    ls.iter().map(|l| escape(l)).collect::<Vec<_>>().join("\\n")
}

/// The claims of an edge or note, most repeated first, for a tooltip: one line
/// each, with the number of articles when there is more than one claim.
fn claim_lines(claims: &Claims<'_>) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = claims
        .values()
        .map(|(text, docs)| (text.trim().to_string(), docs.len()))
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

/// Draws the given facts and the entities they connect, as `view` says.
pub fn facts_dot(g: &KnowledgeGraph, facts: &[FactIx], view: &View) -> String {
    let mut nodes: BTreeSet<EntityId> = view
        .focus
        .iter()
        .filter(|id| g.entity(id).is_some())
        .cloned()
        .collect();
    let mut edges: BTreeMap<(EntityId, Relation, EntityId, Modality), Edge<'_>> = BTreeMap::new();
    let mut notes: BTreeMap<String, Note<'_>> = BTreeMap::new();
    for &ix in facts {
        let f = g.fact(ix);
        match f.object {
            Some(o) => {
                nodes.insert(f.subject.clone());
                nodes.insert(o.clone());
                let key = (f.subject.clone(), f.relation, o.clone(), f.modality);
                let e = edges.entry(key).or_default();
                e.docs.insert(f.doc);
                if let Some(c) = f.claim.filter(|c| !claim_key(c).is_empty()) {
                    let (_, docs) = e.claims.entry(claim_key(c)).or_insert((c, BTreeSet::new()));
                    docs.insert(f.doc);
                }
            }
            None if view.look.claims => {
                nodes.insert(f.subject.clone());
                let text = f.claim.unwrap_or_default();
                let n = notes.entry(claim_key(text)).or_default();
                if n.text.is_empty() {
                    n.text = text;
                }
                n.docs.insert(f.doc);
                n.from
                    .entry((f.subject.clone(), f.relation.as_str(), f.modality))
                    .or_default()
                    .insert(f.doc);
            }
            None => {}
        }
    }
    let etype = |id: &EntityId| g.entity(id).map_or(EntityType::Place, |e| e.etype);
    let mut out = String::new();
    let drawn_types: BTreeSet<EntityType> = nodes.iter().map(etype).collect();
    let drawn_styles: BTreeSet<Modality> = edges
        .keys()
        .map(|k| k.3)
        .chain(notes.values().flat_map(|n| n.from.keys().map(|k| k.2)))
        .collect();
    let _ = writeln!(out, "digraph newsgraph {{");
    let _ = write!(
        out,
        "  graph [charset=\"UTF-8\", rankdir=LR, pad=0.2, fontname=\"Helvetica\""
    );
    if view.concentrate {
        let _ = write!(out, ", concentrate=true");
    }
    // Title and legend under the picture, as a caption: Graphviz keeps a caption
    // clear of the drawing, but not a cluster label (in a left-to-right layout an edge
    // label can cover it), so the title cannot go above on its own.
    let legend = (view.look.legend && !nodes.is_empty()).then(|| {
        let focus = nodes.iter().any(|id| view.focus.contains(id));
        legend(&drawn_types, &drawn_styles, focus)
    });
    let _ = write!(
        out,
        ", fontsize=9, labelloc=b, labeljust=c, label=<{}>",
        caption(&view.title, legend.as_deref())
    );
    let _ = writeln!(out, "];");
    let _ = writeln!(out, "  node [style=filled, fontname=\"Helvetica\"];");
    let _ = writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=10];");
    for id in &nodes {
        node(&mut out, g, id, etype(id), view.focus.contains(id));
    }
    for (n, note) in notes.values().enumerate() {
        let mut label = wrap(note.text, NOTE_WIDTH, NOTE_LINES);
        if note.docs.len() > 1 {
            label.push(format!("— {}", articles(note.docs.len())));
        }
        let _ = writeln!(
            out,
            "  \"note:{n}\" [label=\"{}\", shape=note, fillcolor=\"#fff9c4\", fontsize=9, class=\"note\", tooltip=\"{}\"];",
            lines(&label),
            escape(&format!("“{}” ({})", note.text.trim(), articles(note.docs.len())))
        );
    }
    for ((s, r, o, m), e) in &edges {
        let claims = claim_lines(&e.claims);
        let mut label = vec![r.as_str().to_string()];
        if view.look.claims {
            for (c, _) in claims.iter().take(EDGE_CLAIMS) {
                label.push(format!("“{}”", clip(c, EDGE_CLAIM)));
            }
            if claims.len() > EDGE_CLAIMS {
                label.push(format!("+{} more", claims.len() - EDGE_CLAIMS));
            }
        }
        label.push(articles(e.docs.len()));
        let mut tip = vec![format!(
            "{} {} {}{} — {}",
            label_of(g, s),
            r.as_str(),
            label_of(g, o),
            modality_word(*m),
            articles(e.docs.len())
        )];
        for (c, n) in &claims {
            tip.push(if claims.len() > 1 {
                format!("“{c}” ({})", articles(*n))
            } else {
                format!("“{c}”")
            });
        }
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [label=\"{}\", tooltip=\"{}\", style={}{}];",
            escape(s.as_str()),
            escape(o.as_str()),
            lines(&label),
            lines(&tip),
            edge_style(*m),
            if r.is_symmetric() { ", dir=none" } else { "" }
        );
    }
    for (n, note) in notes.values().enumerate() {
        let shared = note.from.len() > 1;
        for ((s, r, m), docs) in &note.from {
            let mut label = vec![r.to_string()];
            if shared {
                label.push(articles(docs.len()));
            }
            let _ = writeln!(
                out,
                "  \"{}\" -> \"note:{n}\" [label=\"{}\", tooltip=\"{}\", style={}];",
                escape(s.as_str()),
                lines(&label),
                escape(&format!(
                    "{} {r}{} — {}",
                    label_of(g, s),
                    modality_word(*m),
                    articles(docs.len())
                )),
                edge_style(*m)
            );
        }
    }
    let _ = writeln!(out, "}}");
    out
}

/// An entity's label, or its id when the graph does not know it.
fn label_of<'a>(g: &'a KnowledgeGraph, id: &'a EntityId) -> &'a str {
    g.entity(id).map_or(id.as_str(), |e| e.label.as_str())
}

fn modality_word(m: Modality) -> &'static str {
    match m {
        Modality::Asserted => "",
        Modality::Possible => " (possible)",
        Modality::Negated => " (negated)",
    }
}

fn node(out: &mut String, g: &KnowledgeGraph, id: &EntityId, t: EntityType, focus: bool) {
    let label = label_of(g, id);
    let (shape, colour) = style(t);
    let emphasis = if focus {
        format!(", penwidth=3, color=\"{FOCUS_COLOUR}\", fontname=\"Helvetica-Bold\", class=\"{t} focus\"")
    } else {
        format!(", class=\"{t}\"")
    };
    let _ = writeln!(
        out,
        "  \"{}\" [label=\"{}\", shape={shape}, fillcolor=\"{colour}\", tooltip=\"{} ({t})\"{emphasis}];",
        escape(id.as_str()),
        escape(label),
        escape(label),
    );
}

/// Escapes text for an HTML-like Graphviz label.
fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The caption under the picture: the title, and the legend under it. One element a
/// line, so that the DOT text stays readable (Graphviz ignores the spaces between
/// elements).
fn caption(title: &str, legend: Option<&str>) -> String {
    let mut rows = format!(
        "\n    <TR><TD><FONT POINT-SIZE=\"14\">{}</FONT></TD></TR>",
        html(title)
    );
    if let Some(l) = legend {
        let _ = write!(rows, "\n    <TR><TD>{l}</TD></TR>");
    }
    format!("\n  <TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">{rows}\n  </TABLE>")
}

/// One row of small cells: a swatch per entity type drawn, then the line styles
/// drawn and the focus outline, when there is one.
fn legend(types: &BTreeSet<EntityType>, styles: &BTreeSet<Modality>, focus: bool) -> String {
    let mut cells = Vec::new();
    for t in types {
        let (_, colour) = style(*t);
        cells.push(format!(
            "<TD ID=\"legend_{t}\" BGCOLOR=\"{colour}\">{t}</TD>"
        ));
    }
    for m in styles {
        let (line, word) = match m {
            Modality::Asserted => ("——", "asserted"),
            Modality::Possible => ("- - -", "possible"),
            Modality::Negated => ("· · ·", "negated"),
        };
        cells.push(format!(
            "<TD ID=\"legend_{word}\" BORDER=\"0\">{line} {word}</TD>"
        ));
    }
    if focus {
        cells.push(format!(
            "<TD ID=\"legend_focus\" BORDER=\"2\" COLOR=\"{FOCUS_COLOUR}\">focus</TD>"
        ));
    }
    let cells: String = cells.iter().map(|c| format!("\n      {c}")).collect();
    format!("<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"3\" CELLPADDING=\"2\"><TR>{cells}\n    </TR></TABLE>")
}
