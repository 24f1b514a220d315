//! Printing facts and counts for people and for programs: aligned tables, JSON lines
//! and CSV. Only presentation lives here; every value comes from the graph.

use crate::graph::{KnowledgeGraph, Stats};
use crate::model::{EntityId, Modality};
use crate::packed::FactRef;
use crate::query::{Answer, Row, Source, Value as Cell};
use serde_json::{json, Value};
use std::io::{self, Write};

/// Output formats of `newsgraph facts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FactsFormat {
    /// Aligned columns for reading.
    Table,
    /// One JSON object per line.
    Jsonl,
    /// One JSON array of the objects `jsonl` gives.
    Json,
    /// Comma-separated values with a header.
    Csv,
}

/// An entity as JSON: `{"id","label","type"}`.
pub fn entity_json(g: &KnowledgeGraph, id: &EntityId) -> Value {
    match g.entity(id) {
        Some(e) => json!({"id": e.id, "label": e.label, "type": e.etype.as_str()}),
        None => json!({"id": id, "label": id.as_str(), "type": null}),
    }
}

/// A fact as JSON, with entities expanded and its evidence.
pub fn fact_json(g: &KnowledgeGraph, f: FactRef<'_>) -> Value {
    json!({
        "doc": f.doc,
        "subject": entity_json(g, f.subject),
        "relation": f.relation.as_str(),
        "object": f.object.map(|o| entity_json(g, o)),
        "claim": f.claim,
        "modality": f.modality.as_str(),
        "date": f.date,
        "attribution": f.attribution.map(|a| entity_json(g, a)),
        "evidence": {
            "sentence": f.sentence(),
            "start": f.start,
            "end": f.end,
            "section": f.section.as_str(),
        },
    })
}

/// A label for display.
pub fn label<'a>(g: &'a KnowledgeGraph, id: &'a EntityId) -> &'a str {
    g.entity(id).map_or(id.as_str(), |e| e.label.as_str())
}

/// The short form of a document id shown in tables: the part before the first `_`
/// when the rest is a hash (`000_3931e607eb4e7386` → `000`), else the whole id.
pub fn short_doc(doc: &str) -> &str {
    match doc.split_once('_') {
        Some((head, rest))
            if !head.is_empty()
                && rest.len() >= 8
                && rest.chars().all(|c| c.is_ascii_hexdigit()) =>
        {
            head
        }
        _ => doc,
    }
}

/// Writes rows as an aligned table; columns wider than `max` are cut with `…`.
pub fn write_table(
    out: &mut impl Write,
    header: &[&str],
    rows: &[Vec<String>],
    max: usize,
) -> io::Result<()> {
    let cut = |s: &str| -> String {
        let s = s.replace(['\n', '\r', '\t'], " ");
        if s.chars().count() > max {
            let mut t: String = s.chars().take(max - 1).collect();
            t.push('…');
            t
        } else {
            s
        }
    };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cut(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &cells {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, r: &[String]| -> io::Result<()> {
        let mut s = String::new();
        for (i, (c, w)) in r.iter().zip(&widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < r.len() {
                s.extend(std::iter::repeat_n(' ', w - c.chars().count()));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    let h: Vec<String> = header.iter().map(|s| s.to_string()).collect();
    line(out, &h)?;
    let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    line(out, &rule)?;
    for r in &cells {
        line(out, r)?;
    }
    Ok(())
}

/// Quotes a CSV field when it needs it (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Prints every fact in the chosen format.
pub fn write_facts(
    out: &mut impl Write,
    g: &KnowledgeGraph,
    format: FactsFormat,
) -> io::Result<()> {
    match format {
        FactsFormat::Jsonl => {
            for f in g.facts() {
                writeln!(out, "{}", fact_json(g, f))?;
            }
        }
        FactsFormat::Json => {
            // Fact by fact, so the array is never held whole in memory.
            let mut sep = "[";
            for f in g.facts() {
                write!(out, "{sep}\n  {}", fact_json(g, f))?;
                sep = ",";
            }
            writeln!(out, "{}", if sep == "[" { "[]" } else { "\n]" })?;
        }
        FactsFormat::Csv => {
            writeln!(out, "doc,subject,relation,object,claim,modality,date,attribution,sentence,start,end,section")?;
            for f in g.facts() {
                let (start, end) = (f.start.to_string(), f.end.to_string());
                let row = [
                    f.doc,
                    label(g, f.subject),
                    f.relation.as_str(),
                    f.object.map(|o| label(g, o)).unwrap_or_default(),
                    f.claim.unwrap_or_default(),
                    f.modality.as_str(),
                    f.date.unwrap_or_default(),
                    f.attribution.map(|a| label(g, a)).unwrap_or_default(),
                    f.sentence(),
                    &start,
                    &end,
                    f.section.as_str(),
                ];
                let row: Vec<String> = row.iter().map(|c| csv_field(c)).collect();
                writeln!(out, "{}", row.join(","))?;
            }
        }
        FactsFormat::Table => {
            let rows: Vec<Vec<String>> = g
                .facts()
                .map(|f| {
                    vec![
                        short_doc(f.doc).to_string(),
                        label(g, f.subject).to_string(),
                        f.relation.as_str().to_string(),
                        f.object.map_or(String::new(), |o| label(g, o).to_string()),
                        f.modality.as_str().to_string(),
                        f.date.unwrap_or_default().to_string(),
                        f.claim.unwrap_or_default().to_string(),
                    ]
                })
                .collect();
            write_table(
                out,
                &[
                    "doc", "subject", "relation", "object", "modality", "date", "claim",
                ],
                &rows,
                60,
            )?;
        }
    }
    Ok(())
}

/// Prints counts by entity type and relation.
pub fn write_stats(out: &mut impl Write, s: &Stats) -> io::Result<()> {
    writeln!(
        out,
        "{} articles, {} entities, {} facts",
        s.documents, s.entities, s.facts
    )?;
    writeln!(out)?;
    let rows: Vec<Vec<String>> = s
        .by_type
        .iter()
        .map(|(k, v)| vec![k.clone(), v.to_string()])
        .collect();
    write_table(out, &["entity type", "count"], &rows, 40)?;
    writeln!(out)?;
    let rows: Vec<Vec<String>> = s
        .by_relation
        .iter()
        .map(|(k, v)| vec![k.clone(), v.to_string()])
        .collect();
    write_table(out, &["relation", "count"], &rows, 40)
}

/// Output formats of `newsgraph ask`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AnswerFormat {
    /// Aligned columns with a compact sources column.
    Table,
    /// `{"columns": [...], "rows": [{..., "sources": [...]}]}`.
    Json,
    /// Comma-separated values.
    Csv,
    /// Tab-separated values.
    Tsv,
    /// A Markdown table.
    Markdown,
    /// Graphviz DOT of the facts behind the answer.
    Dot,
}

fn cell_text(g: &KnowledgeGraph, c: &Option<Cell>) -> String {
    match c {
        Some(Cell::Entity(id)) => label(g, id).to_string(),
        Some(Cell::Text(t)) => t.clone(),
        Some(Cell::Relation(r)) => r.as_str().to_string(),
        Some(Cell::Number(n)) => n.to_string(),
        None => String::new(),
    }
}

fn cell_json(g: &KnowledgeGraph, c: &Option<Cell>) -> Value {
    match c {
        Some(Cell::Entity(id)) => entity_json(g, id),
        Some(Cell::Text(t)) => json!(t),
        Some(Cell::Relation(r)) => json!(r.as_str()),
        Some(Cell::Number(n)) => json!(n),
        None => Value::Null,
    }
}

/// The compact sources column: short document ids, each once (`000, 001`).
fn doc_list(r: &Row) -> String {
    let mut docs: Vec<&str> = r.sources.iter().map(|s| short_doc(&s.doc)).collect();
    docs.sort_unstable();
    docs.dedup();
    docs.join(", ")
}

/// The sentences behind a row, each once (one sentence may state several facts).
fn sentences(r: &Row) -> Vec<&Source> {
    let mut seen = std::collections::BTreeSet::new();
    r.sources
        .iter()
        .filter(|s| seen.insert((&s.doc, s.start, s.end)))
        .collect()
}

/// Column names and cells of an answer as text: its columns, then modality and date
/// when any row needs them, then sources.
pub fn answer_table(g: &KnowledgeGraph, a: &Answer) -> (Vec<String>, Vec<Vec<String>>) {
    let (modality, dates) = (a.shows_modality(), a.shows_dates());
    let mut header = a.columns.clone();
    if modality {
        header.push("modality".into());
    }
    if dates {
        header.push("date".into());
    }
    header.push("sources".into());
    let rows = a
        .rows
        .iter()
        .map(|r| {
            let mut cells: Vec<String> = r.values.iter().map(|v| cell_text(g, v)).collect();
            if modality {
                let m: Vec<&str> = r.modalities.iter().map(|m| m.as_str()).collect();
                cells.push(m.join(", "));
            }
            if dates {
                cells.push(r.dates.join(", "));
            }
            cells.push(doc_list(r));
            cells
        })
        .collect();
    (header, rows)
}

/// `who is X` as structured JSON: the entity with its other names, roles,
/// memberships, location, and every fact about it.
fn entity_doc(g: &KnowledgeGraph, id: &crate::model::EntityId, a: &Answer) -> Value {
    let e = g.entity(id);
    let mut roles = Vec::new();
    let mut members = Vec::new();
    let mut located = Vec::new();
    let mut facts = Vec::new();
    for r in &a.rows {
        let rel = cell_text(g, &r.values[0]);
        let other = r.values.get(1).map_or(Value::Null, |v| cell_json(g, v));
        let claim = r.values.get(2).cloned().flatten();
        let claim = claim.as_ref().map(|c| cell_text(g, &Some(c.clone())));
        let asserted = r.modalities.iter().all(|m| *m == Modality::Asserted);
        match rel.as_str() {
            "holds_role" if asserted => roles.push(json!({"title": claim, "of": other})),
            "member_of" if asserted => members.push(other.clone()),
            "located_in" if asserted => located.push(other.clone()),
            _ => {}
        }
        let (relation, direction) = match rel.strip_prefix("← ") {
            Some(r) => (r.to_string(), "incoming"),
            None => (rel.clone(), "outgoing"),
        };
        facts.push(json!({
            "relation": relation,
            "direction": direction,
            "entity": other,
            "claim": claim,
            "modality": r.modalities.iter().map(|m| m.as_str()).collect::<Vec<_>>(),
            "dates": r.dates,
            "sources": sentences(r),
        }));
    }
    json!({
        "id": id,
        "label": e.map(|e| e.label.as_str()),
        "type": e.map(|e| e.etype.as_str()),
        "aliases": e.map(|e| e.aliases.clone()).unwrap_or_default(),
        "wikidata": e.and_then(|e| e.wikidata.clone()),
        "roles": roles,
        "member_of": members,
        "located_in": located,
        "facts": facts,
    })
}

/// Prints an answer. With `sources`, the sentences behind each row are shown too
/// (below each table row, or as a column in CSV, TSV and Markdown).
pub fn write_answer(
    out: &mut impl Write,
    g: &KnowledgeGraph,
    a: &Answer,
    format: AnswerFormat,
    sources: bool,
) -> io::Result<()> {
    let cite = |s: &Source| format!("[{}] \"{}\"", short_doc(&s.doc), s.sentence);
    match format {
        AnswerFormat::Dot => write!(
            out,
            "{}",
            crate::dot::answer_dot(g, a, "answer", crate::dot::Look::ANSWER)
        )?,
        AnswerFormat::Json => {
            if let Some(id) = &a.entity {
                let mut doc = json!({"entity": entity_doc(g, id, a)});
                if !a.notes.is_empty() {
                    doc["notes"] = json!(a.notes);
                }
                writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
                return Ok(());
            }
            let rows: Vec<Value> = a
                .rows
                .iter()
                .map(|r| {
                    let mut o = serde_json::Map::new();
                    for (c, v) in a.columns.iter().zip(&r.values) {
                        o.insert(c.clone(), cell_json(g, v));
                    }
                    if !r.modalities.is_empty() {
                        let m: Vec<&str> = r.modalities.iter().map(|m| m.as_str()).collect();
                        o.insert("modality".into(), json!(m));
                    }
                    if !r.dates.is_empty() {
                        o.insert("dates".into(), json!(r.dates));
                    }
                    o.insert("sources".into(), json!(sentences(r)));
                    Value::Object(o)
                })
                .collect();
            let mut doc = json!({"columns": a.columns, "rows": rows});
            if !a.notes.is_empty() {
                doc["notes"] = json!(a.notes);
            }
            writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        }
        AnswerFormat::Csv | AnswerFormat::Tsv => {
            let csv = format == AnswerFormat::Csv;
            let sep = if csv { "," } else { "\t" };
            let field = |s: &str| {
                if csv {
                    csv_field(s)
                } else {
                    s.replace(['\t', '\n'], " ")
                }
            };
            let (mut header, rows) = answer_table(g, a);
            if sources {
                header.push("sentences".into());
            }
            let header: Vec<String> = header.iter().map(|h| field(h)).collect();
            writeln!(out, "{}", header.join(sep))?;
            for (r, cells) in a.rows.iter().zip(rows) {
                let mut cells: Vec<String> = cells.iter().map(|c| field(c)).collect();
                if sources {
                    let s: Vec<String> = sentences(r).into_iter().map(cite).collect();
                    cells.push(field(&s.join(if csv { "\n" } else { " | " })));
                }
                writeln!(out, "{}", cells.join(sep))?;
            }
        }
        AnswerFormat::Markdown => {
            for h in &a.header {
                writeln!(out, "{h}  ")?;
            }
            let esc = |s: &str| s.replace('|', "\\|").replace('\n', " ");
            let (mut header, rows) = answer_table(g, a);
            if sources {
                header.push("sentences".into());
            }
            writeln!(out, "| {} |", header.join(" | "))?;
            writeln!(out, "|{}", "---|".repeat(header.len()))?;
            for (r, cells) in a.rows.iter().zip(rows) {
                let mut cells: Vec<String> = cells.iter().map(|c| esc(c)).collect();
                if sources {
                    let s: Vec<String> = sentences(r).into_iter().map(|s| esc(&cite(s))).collect();
                    cells.push(s.join("<br>"));
                }
                writeln!(out, "| {} |", cells.join(" | "))?;
            }
            for n in &a.notes {
                writeln!(out, "\n{n}")?;
            }
        }
        AnswerFormat::Table => {
            for h in &a.header {
                writeln!(out, "{h}")?;
            }
            if !a.header.is_empty() {
                writeln!(out)?;
            }
            if a.rows.is_empty() {
                writeln!(out, "no answers")?;
            } else {
                let (header, rows) = answer_table(g, a);
                let header: Vec<&str> = header.iter().map(String::as_str).collect();
                if !sources {
                    write_table(out, &header, &rows, 70)?;
                } else {
                    // With sources, print each row followed by its sentences.
                    let mut buf = Vec::new();
                    write_table(&mut buf, &header, &rows, 70)?;
                    let text = String::from_utf8_lossy(&buf);
                    let mut lines = text.lines();
                    for l in lines.by_ref().take(2) {
                        writeln!(out, "{l}")?;
                    }
                    for (r, l) in a.rows.iter().zip(lines) {
                        writeln!(out, "{l}")?;
                        for s in sentences(r) {
                            writeln!(out, "    {}", cite(s))?;
                        }
                    }
                }
            }
            for n in &a.notes {
                writeln!(out, "{n}")?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_doc_ids() {
        assert_eq!(short_doc("000_3931e607eb4e7386"), "000");
        assert_eq!(short_doc("my_article"), "my_article");
        assert_eq!(short_doc("plain"), "plain");
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("a"), "a");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
    }
}
