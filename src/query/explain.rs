//! `--explain`: how a query was understood, for people. The question form recognised,
//! the resolved plan as text, and the SPARQL the SPARQL engine runs for it, printed
//! with the project's prefixes and indented.

use super::ast::{DateOp, Query};
use super::plan::{self, NameIndex, Order, PClaim, PRel, Plan, Slot};
use super::QueryError;
use crate::rdf;
use std::fmt::Write as _;

/// The explanation of a parsed query: form, plan, SPARQL.
pub fn explain(q: &Query, names: &NameIndex) -> Result<String, QueryError> {
    let mut out = String::new();
    match q {
        Query::Select(s) => {
            let p = plan::resolve(s, names)?;
            let form = s.form.as_deref().unwrap_or("pattern");
            let _ = writeln!(out, "-- form\n{form}");
            let _ = writeln!(out, "-- plan\n{}", plan_text(&p, names));
            let mut run = p.clone();
            if run.yes_no {
                // A yes/no question runs as a selection of the facts behind it.
                run.yes_no = false;
            }
            let _ = writeln!(
                out,
                "-- sparql\n{}",
                pretty_sparql(&super::sparql::compile(&run).to_string())
            );
            if p.clauses.iter().any(|c| c.defaulted) {
                let _ = writeln!(
                    out,
                    "-- the same query runs again with any modality, to count what was left out"
                );
            }
        }
        Query::Describe(n) => {
            let _ = writeln!(
                out,
                "-- form\nwho is X\n-- plan\nevery fact with {} as subject or object",
                n.text
            );
        }
        Query::Path(a, b) => {
            let t = |t: &super::ast::Term| match t {
                super::ast::Term::Name(n) => n.text.clone(),
                super::ast::Term::Var(v) => format!("?{}", v.name),
            };
            let _ = writeln!(
                out,
                "-- form\nhow are A and B connected\n-- plan\nshortest chain of facts between {} and {}, at most 6 hops, breadth first",
                t(a),
                t(b)
            );
        }
        Query::Mentions(n, count) => {
            let _ = writeln!(
                out,
                "-- form\n{} articles mention X\n-- plan\nthe articles of every fact with {} as subject or object{}",
                if *count { "how many" } else { "which" },
                n.text,
                if *count { ", counted" } else { "" }
            );
        }
        Query::Between(a, b) => {
            let _ = writeln!(
                out,
                "-- form\nwhich crossings are between X and Y\n-- plan\nthe crossings located_in {a} that a fact ties to {b} in an article where they share a border (or located_in {b} too), the same the other way, and the two states' border crossings as one",
                a = a.text,
                b = b.text
            );
        }
    }
    Ok(out)
}

fn slot(p: &Plan, s: &Slot, names: &NameIndex) -> String {
    match s {
        Slot::Var(v) => format!("?{}", p.vars[*v]),
        Slot::Entity(id) => names.label(id),
    }
}

/// A plan in words, one line per clause and condition.
pub fn plan_text(p: &Plan, names: &NameIndex) -> String {
    let mut out = Vec::new();
    for (i, c) in p.clauses.iter().enumerate() {
        let mut line = format!("{}. {}", i + 1, slot(p, &c.subject, names));
        match c.relation {
            PRel::Fixed(r) => line.push_str(&format!(" {}", r.as_str())),
            PRel::Var(v) => line.push_str(&format!(" ?{}", p.vars[v])),
        }
        if let Some(o) = &c.object {
            line.push_str(&format!(" {}", slot(p, o, names)));
            if c.optional {
                line.push_str(" (if any)");
            }
        }
        match &c.claim {
            Some(PClaim::Var(v)) => line.push_str(&format!(" of ?{}", p.vars[*v])),
            Some(PClaim::Contains(t)) => line.push_str(&format!(" of a claim containing {t:?}")),
            None => {}
        }
        for t in &c.contains {
            line.push_str(&format!(", claim contains {t:?}"));
        }
        match (c.modality, c.defaulted) {
            (Some(m), true) => line.push_str(&format!(", {} (no modality asked)", m.as_str())),
            (Some(m), false) => line.push_str(&format!(", {}", m.as_str())),
            (None, _) => line.push_str(", any modality"),
        }
        out.push(line);
    }
    for (v, t, negated) in &p.types {
        out.push(format!(
            "where ?{} is {}{}",
            p.vars[*v],
            if *negated { "not " } else { "" },
            t.as_str()
        ));
    }
    for (v, id, negated) in &p.equals {
        out.push(format!(
            "where ?{} {} {}",
            p.vars[*v],
            if *negated { "!=" } else { "=" },
            names.label(id)
        ));
    }
    for (op, d) in &p.filter.dates {
        let op = match op {
            DateOp::After => "after",
            DateOp::Before => "before",
            DateOp::Since => "since",
            DateOp::Until => "until",
            DateOp::On => "on",
        };
        out.push(format!("dated {op} {d}"));
    }
    if let Some(a) = &p.filter.attributed {
        out.push(format!("attributed to {}", names.label(a)));
    }
    if !p.filter.docs.is_empty() {
        out.push(format!("in articles {}", p.filter.docs.join(", ")));
    }
    let shown: Vec<String> = p
        .columns
        .iter()
        .map(|&c| format!("?{}", p.vars[c]))
        .collect();
    let what = if p.yes_no {
        "answer yes, possibly or no".to_string()
    } else if p.count {
        format!(
            "count {}",
            if p.count_facts {
                "facts"
            } else {
                "distinct rows"
            }
        )
    } else if shown.is_empty() {
        "show the facts".to_string()
    } else {
        format!("show {}", shown.join(" "))
    };
    let mut tail = what;
    if p.by_date {
        tail.push_str(", one row per date");
    }
    if let Some((o, desc)) = p.order {
        let key = match o {
            Order::Var(v) => format!("?{}", p.vars[v]),
            Order::Date => "date".into(),
            Order::Doc => "doc".into(),
        };
        tail.push_str(&format!(
            ", order by {key}{}",
            if desc { " desc" } else { "" }
        ));
    }
    if let Some(n) = p.limit {
        tail.push_str(&format!(", limit {n}"));
    }
    out.push(tail);
    out.join("\n")
}

/// SPARQL as spargebra prints it, with the project's prefixes declared and used, and
/// one triple per line.
pub fn pretty_sparql(q: &str) -> String {
    let mut used = Vec::new();
    let mut text = String::with_capacity(q.len());
    // IRIs to prefixed names where the local part is a plain name.
    let mut rest = q;
    while let Some(i) = rest.find('<') {
        text.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let Some(j) = after.find('>') else {
            text.push_str(&rest[i..]);
            rest = "";
            break;
        };
        let iri = &after[..j];
        let short = rdf::PREFIXES.iter().find_map(|(p, base)| {
            let local = iri.strip_prefix(base)?;
            let plain = !local.is_empty()
                && local
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
                && !local.starts_with('-');
            plain.then(|| (p, format!("{p}:{local}")))
        });
        match short {
            Some((p, s)) => {
                if !used.contains(p) {
                    used.push(*p);
                }
                text.push_str(&s);
            }
            None => {
                text.push('<');
                text.push_str(iri);
                text.push('>');
            }
        }
        rest = &after[j + 1..];
    }
    text.push_str(rest);
    let mut out = String::new();
    for (p, base) in rdf::PREFIXES {
        if used.contains(p) {
            let _ = writeln!(out, "PREFIX {p}: <{base}>");
        }
    }
    // Indent by braces, a triple per line; never inside string literals.
    let mut depth = 0usize;
    let mut in_str = false;
    let mut prev = ' ';
    let newline = |out: &mut String, depth: usize| {
        while out.ends_with(' ') {
            out.pop();
        }
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    let chars: Vec<char> = text.chars().collect();
    for (k, &c) in chars.iter().enumerate() {
        if c == '"' && prev != '\\' {
            in_str = !in_str;
        }
        if in_str {
            out.push(c);
        } else {
            match c {
                '{' => {
                    out.push('{');
                    depth += 1;
                    newline(&mut out, depth);
                }
                '}' => {
                    depth = depth.saturating_sub(1);
                    newline(&mut out, depth);
                    out.push('}');
                    newline(&mut out, depth);
                }
                // spargebra ends each triple with " ." and starts the next at once.
                '.' if prev == ' ' && chars.get(k + 1).is_none_or(|n| !n.is_ascii_digit()) => {
                    out.push('.');
                    newline(&mut out, depth);
                }
                // The spaces the line breaks replace.
                ' ' if out.ends_with([' ', '\n']) => {}
                _ => out.push(c),
            }
        }
        prev = c;
    }
    out.lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparql_gets_prefixes_and_lines() {
        let q = "SELECT ?x WHERE { GRAPH ?g { ?f <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?x .?f <https://w3id.org/newsgraph/ns#claim> \"a . b { c\" . } }";
        let p = pretty_sparql(q);
        assert!(
            p.contains("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"),
            "{p}"
        );
        assert!(
            p.contains("PREFIX ng: <https://w3id.org/newsgraph/ns#>"),
            "{p}"
        );
        assert!(p.contains("\n    ?f rdf:subject ?x .\n"), "{p}");
        assert!(p.contains("\"a . b { c\""), "{p}");
    }
}
