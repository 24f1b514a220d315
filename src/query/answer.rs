//! From solutions to answers: rows merged across articles with their sources,
//! modalities and dates; counts; yes/no answers; the articles that mention an entity;
//! and notes that say what an answer leaves out or why it is empty.

use super::ast::{self, Query};
use super::plan::{self, NameIndex, Order, PClaim, PClause, PRel, Plan, Slot};
use super::{shortest_path, Answer, Engine, QueryError, Row, Solution, Source, Tally, Value};
use crate::model::{DocMeta, EntityId, Modality};
use std::collections::{BTreeMap, BTreeSet};

/// What rows with the same shown values gather.
#[derive(Default)]
struct Acc {
    sources: BTreeSet<Source>,
    dates: BTreeSet<String>,
    order: Vec<String>,
}

fn modalities(sources: &BTreeSet<Source>) -> Vec<Modality> {
    sources
        .iter()
        .map(|s| s.modality)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Merges solutions into rows: rows with the same shown values (and, for `when`
/// questions, the same date) are one row with all their sources; then sorts (by the
/// order key, else by the values' labels) and limits.
pub fn answer(plan: &Plan, solutions: Vec<Solution>, names: &NameIndex) -> Answer {
    // Solutions found twice need no dedup of their own: sources and dates merge into
    // sets, and of the order values only the least is used.
    let mut merged: BTreeMap<(Vec<Option<Value>>, Option<String>), Acc> = BTreeMap::new();
    for s in solutions {
        let key: Vec<Option<Value>> = plan
            .columns
            .iter()
            .map(|&c| s.values.get(c).cloned().flatten())
            .collect();
        let order_val = match plan.order {
            Some((Order::Var(v), _)) if !plan.columns.contains(&v) => {
                s.values.get(v).cloned().flatten()
            }
            _ => None,
        };
        let date_key = if plan.by_date {
            s.dates.iter().min().cloned()
        } else {
            None
        };
        let entry = merged.entry((key, date_key.clone())).or_default();
        entry.sources.extend(s.sources);
        match date_key {
            Some(d) => {
                entry.dates.insert(d);
            }
            None => entry.dates.extend(s.dates),
        }
        if let Some(Value::Text(t)) | Some(Value::Entity(EntityId(t))) = order_val {
            entry.order.push(t);
        }
    }
    let columns: Vec<String> = plan.columns.iter().map(|&c| plan.vars[c].clone()).collect();
    if plan.count {
        let tally = Tally {
            rows: merged.len() as u64,
            sources: merged.into_values().flat_map(|a| a.sources).collect(),
        };
        return count_answer(plan, tally);
    }
    let display = |v: &Option<Value>| -> String {
        match v {
            Some(Value::Entity(id)) => crate::text::fold(&names.label(id)),
            Some(Value::Text(t)) => crate::text::fold(t),
            Some(Value::Relation(r)) => r.as_str().to_string(),
            Some(Value::Number(n)) => format!("{n:020}"),
            None => String::new(),
        }
    };
    struct Sortable {
        labels: Vec<String>,
        date: String,
        order: String,
        doc: String,
        row: Row,
    }
    let mut rows: Vec<Sortable> = merged
        .into_iter()
        .map(|((values, _), acc)| {
            let labels: Vec<String> = values.iter().map(display).collect();
            let doc = acc
                .sources
                .iter()
                .next()
                .map_or(String::new(), |s| s.doc.clone());
            let dates: Vec<String> = acc.dates.into_iter().collect();
            let mut order = acc.order;
            order.sort();
            Sortable {
                labels,
                date: dates.first().cloned().unwrap_or_default(),
                order: order.into_iter().next().unwrap_or_default(),
                doc,
                row: Row {
                    values,
                    modalities: modalities(&acc.sources),
                    sources: acc.sources.into_iter().collect(),
                    dates,
                },
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        a.labels
            .cmp(&b.labels)
            .then_with(|| a.date.cmp(&b.date))
            .then_with(|| a.row.values.cmp(&b.row.values))
    });
    if let Some((key, desc)) = plan.order {
        let pos = |v: usize| plan.columns.iter().position(|&c| c == v);
        rows.sort_by(|a, b| {
            let o = match key {
                Order::Var(v) => match pos(v) {
                    Some(i) => a.labels[i].cmp(&b.labels[i]),
                    None => a.order.cmp(&b.order),
                },
                Order::Date => a.date.cmp(&b.date),
                Order::Doc => a.doc.cmp(&b.doc),
            };
            if desc {
                o.reverse()
            } else {
                o
            }
        });
    }
    let mut rows: Vec<Row> = rows.into_iter().map(|r| r.row).collect();
    if let Some(n) = plan.limit {
        rows.truncate(n);
    }
    Answer {
        columns,
        rows,
        ..Answer::default()
    }
}

/// The distinct rows of a plan's shown columns (with the date, for `when` questions)
/// among `solutions`, and the facts behind them.
pub fn tally_of(plan: &Plan, solutions: Vec<Solution>) -> Tally {
    let mut keys: BTreeSet<(Vec<Option<Value>>, Option<String>)> = BTreeSet::new();
    let mut sources = BTreeSet::new();
    for s in solutions {
        let key = plan
            .columns
            .iter()
            .map(|&c| s.values.get(c).cloned().flatten())
            .collect();
        let date = plan
            .by_date
            .then(|| s.dates.iter().min().cloned())
            .flatten();
        keys.insert((key, date));
        sources.extend(s.sources);
    }
    Tally {
        rows: keys.len() as u64,
        sources,
    }
}

/// The answer of a count: one row, the number, with every fact behind it. `how many
/// times` counts facts (one sentence's statement, whichever clause orientation found
/// it) rather than rows.
fn count_answer(plan: &Plan, tally: Tally) -> Answer {
    let facts = tally
        .sources
        .iter()
        .map(|s| (&s.doc, s.start, s.end, &s.fact))
        .collect::<BTreeSet<_>>()
        .len() as u64;
    let n = if plan.count_facts { facts } else { tally.rows };
    Answer {
        columns: vec!["count".into()],
        rows: vec![Row {
            values: vec![Some(Value::Number(n))],
            modalities: modalities(&tally.sources),
            sources: tally.sources.into_iter().collect(),
            dates: Vec::new(),
        }],
        ..Answer::default()
    }
}

/// How many facts of other modalities a plan left out because the query named none:
/// "2 possible facts not shown: add `possible`".
fn left_out(p: &Plan, engine: &dyn Engine) -> Result<Vec<String>, QueryError> {
    if !p.clauses.iter().any(|c| c.defaulted) {
        return Ok(Vec::new());
    }
    let mut relaxed = p.clone();
    for c in &mut relaxed.clauses {
        if c.defaulted {
            c.modality = None;
        }
    }
    let mut by: BTreeMap<Modality, BTreeSet<(String, usize, usize)>> = BTreeMap::new();
    for src in engine.tally(&relaxed)?.sources {
        if src.modality != Modality::Asserted {
            by.entry(src.modality)
                .or_default()
                .insert((src.doc, src.start, src.end));
        }
    }
    let parts: Vec<(usize, Modality)> = by.iter().map(|(m, f)| (f.len(), *m)).collect();
    let facts = |n: usize| if n == 1 { "fact" } else { "facts" };
    Ok(match parts.as_slice() {
        [] => Vec::new(),
        [(n, m)] => vec![format!(
            "{n} {} {} not shown: add `{}`",
            m.as_str(),
            facts(*n),
            m.as_str()
        )],
        many => {
            let total: usize = many.iter().map(|(n, _)| n).sum();
            let list: Vec<String> = many
                .iter()
                .map(|(n, m)| format!("{n} {}", m.as_str()))
                .collect();
            vec![format!(
                "{} {} not shown: add `any modality` (or `possible`, `negated`)",
                list.join(" and "),
                facts(total)
            )]
        }
    })
}

/// Why a typed question found nothing although the same question without the type
/// finds something: the names exist under another type.
fn other_types(
    p: &Plan,
    engine: &dyn Engine,
    describe: &dyn Fn(&EntityId) -> Vec<String>,
) -> Result<Vec<String>, QueryError> {
    let mut notes = Vec::new();
    for (var, etype, negated) in &p.types {
        if *negated {
            continue;
        }
        let mut untyped = p.clone();
        untyped.types.retain(|(v, _, _)| v != var);
        let mut found: BTreeSet<String> = BTreeSet::new();
        for s in engine.solve(&untyped)? {
            if let Some(Some(Value::Entity(id))) = s.values.get(*var) {
                if let Some(line) = describe(id).into_iter().next() {
                    found.insert(line);
                }
            }
        }
        if !found.is_empty() {
            let list: Vec<String> = found.into_iter().take(5).collect();
            notes.push(format!(
                "no {} answers ?{}; of other types: {}",
                etype.as_str(),
                p.vars[*var],
                list.join(", ")
            ));
        }
    }
    Ok(notes)
}

/// Why a question found nothing when one of its relations has no facts at all: "no
/// article has a `condemns` fact".
fn absent_relations(p: &Plan, engine: &dyn Engine) -> Result<Vec<String>, QueryError> {
    let mut notes = Vec::new();
    for c in &p.clauses {
        let PRel::Fixed(r) = c.relation else { continue };
        let any = Plan {
            vars: vec!["s".into(), "o".into()],
            kinds: vec![super::plan::VarKind::Entity, super::plan::VarKind::Entity],
            clauses: vec![PClause {
                subject: Slot::Var(0),
                relation: PRel::Fixed(r),
                object: Some(Slot::Var(1)),
                optional: true,
                claim: None,
                contains: Vec::new(),
                modality: None,
                defaulted: false,
            }],
            columns: vec![0],
            limit: Some(1),
            ..plan::describe_plan(&EntityId(String::new()), true)
        };
        if engine.solve(&any)?.is_empty() {
            notes.push(format!(
                "no article has a `{}` fact (the lexicon knows the relation; the articles do not use it)",
                r.as_str()
            ));
        }
    }
    Ok(notes)
}

/// Why a question about a named entity found nothing: the entity has no fact of that
/// relation; say which relations it has.
fn relations_of_entities(
    p: &Plan,
    engine: &dyn Engine,
    names: &NameIndex,
) -> Result<Vec<String>, QueryError> {
    let mut notes = Vec::new();
    for c in &p.clauses {
        let (Slot::Entity(id), PRel::Fixed(r)) = (&c.subject, c.relation) else {
            continue;
        };
        let p = plan::describe_plan(id, true);
        let mut has: BTreeSet<&'static str> = BTreeSet::new();
        for s in engine.solve(&p)? {
            if let Some(Some(Value::Relation(x))) = s.values.first() {
                has.insert(x.as_str());
            }
        }
        if !has.contains(r.as_str()) {
            let list: Vec<&str> = has.into_iter().collect();
            notes.push(if list.is_empty() {
                format!("{} is the subject of no fact", names.label(id))
            } else {
                format!(
                    "{} has no `{}` facts; it has {}",
                    names.label(id),
                    r.as_str(),
                    list.join(", ")
                )
            });
        }
    }
    Ok(notes)
}

/// `did X close Y?`: yes when an article asserts it, possibly when articles only
/// say it may happen, no when they say it did not — or when nothing is known, which
/// the answer says.
fn yes_no(p: &Plan, engine: &dyn Engine) -> Result<Answer, QueryError> {
    let sources: BTreeSet<Source> = engine
        .solve(p)?
        .into_iter()
        .flat_map(|s| s.sources)
        .collect();
    let with = |m: Modality| -> Vec<Source> {
        sources
            .iter()
            .filter(|s| s.modality == m)
            .cloned()
            .collect()
    };
    let (asserted, possible, negated) = (
        with(Modality::Asserted),
        with(Modality::Possible),
        with(Modality::Negated),
    );
    let (word, sources, note) = if !asserted.is_empty() {
        // Articles, not facts: one article may say it twice.
        let said: BTreeSet<&str> = asserted.iter().map(|s| s.doc.as_str()).collect();
        let others: BTreeSet<&str> = possible
            .iter()
            .chain(&negated)
            .map(|s| s.doc.as_str())
            .filter(|d| !said.contains(d))
            .collect();
        let note = (!others.is_empty()).then(|| {
            let n = others.len();
            let (noun, verb) = if n == 1 {
                ("article", "says")
            } else {
                ("articles", "say")
            };
            format!("{n} other {noun} {verb} it only may happen or did not")
        });
        ("yes", asserted, note)
    } else if !possible.is_empty() {
        (
            "possibly",
            possible,
            Some("the articles say it may happen, not that it did".to_string()),
        )
    } else if !negated.is_empty() {
        (
            "no",
            negated,
            Some("the articles say it did not happen".to_string()),
        )
    } else {
        (
            "no",
            Vec::new(),
            Some("nothing in the articles says so".to_string()),
        )
    };
    // "how many articles report that …": the articles behind the answer.
    let (column, value) = if p.count {
        let docs: BTreeSet<&str> = sources.iter().map(|s| s.doc.as_str()).collect();
        ("articles", Value::Number(docs.len() as u64))
    } else {
        ("answer", Value::Text(word.into()))
    };
    Ok(Answer {
        columns: vec![column.into()],
        rows: vec![Row {
            values: vec![Some(value)],
            sources,
            modalities: Vec::new(),
            dates: Vec::new(),
        }],
        notes: note.into_iter().collect(),
        ..Answer::default()
    })
}

/// `which articles mention X`: each article with facts about the entity, and how many.
fn mentions(
    n: &ast::Name,
    count: bool,
    engine: &dyn Engine,
    names: &NameIndex,
) -> Result<Answer, QueryError> {
    if let Some(a) = absent_answer(names, n) {
        return Ok(a);
    }
    let id = resolve_name(names, n)?;
    let mut docs: BTreeMap<String, BTreeSet<Source>> = BTreeMap::new();
    for outgoing in [true, false] {
        let p = plan::describe_plan(&id, outgoing);
        for s in engine.solve(&p)? {
            for src in s.sources {
                docs.entry(src.doc.clone()).or_default().insert(src);
            }
        }
    }
    // The articles' titles, outlets and dates, where the store has them: which
    // article it is matters more to a reader than its file name.
    let ids: Vec<&str> = docs.keys().map(String::as_str).collect();
    let metas: BTreeMap<String, DocMeta> = engine
        .articles(&ids)?
        .into_iter()
        .map(|m| (m.id.clone(), m))
        .collect();
    type Field = fn(&DocMeta) -> &Option<String>;
    let fields: [(&str, Field); 3] = [
        ("published", |m| &m.published),
        ("publisher", |m| &m.publisher),
        ("title", |m| &m.title),
    ];
    let shown: Vec<(&str, Field)> = fields
        .into_iter()
        .filter(|(_, f)| metas.values().any(|m| f(m).is_some()))
        .collect();
    let rows: Vec<Row> = docs
        .into_iter()
        .map(|(doc, sources)| {
            let facts = sources
                .iter()
                .map(|s| (s.start, s.end, &s.fact))
                .collect::<BTreeSet<_>>()
                .len();
            let meta = metas.get(&doc);
            let mut values = vec![Some(Value::Text(
                crate::report::short_doc(&doc).to_string(),
            ))];
            values.extend(
                shown
                    .iter()
                    .map(|(_, f)| meta.and_then(|m| f(m).clone()).map(Value::Text)),
            );
            values.push(Some(Value::Number(facts as u64)));
            Row {
                values,
                sources: sources.into_iter().collect(),
                modalities: Vec::new(),
                dates: Vec::new(),
            }
        })
        .collect();
    if count {
        // One row: how many articles, with the sources of all of them.
        let n = rows.len() as u64;
        let sources = rows.into_iter().flat_map(|r: Row| r.sources).collect();
        return Ok(Answer {
            columns: vec!["articles".into()],
            rows: vec![Row {
                values: vec![Some(Value::Number(n))],
                sources,
                modalities: Vec::new(),
                dates: Vec::new(),
            }],
            ..Answer::default()
        });
    }
    let mut columns = vec!["article".to_string()];
    columns.extend(shown.iter().map(|(c, _)| c.to_string()));
    columns.push("facts".into());
    Ok(Answer {
        columns,
        rows,
        ..Answer::default()
    })
}

/// The plans that ask for all but one of the words a clause's claim must contain,
/// each with the word left out, when some clause asks for three words or more: a
/// question's paraphrase rarely repeats every word of the article ("steering migrants
/// to Finland" for "funnelling migrants to the border").
fn loosened(p: &Plan) -> Vec<(Plan, String)> {
    let mut out = Vec::new();
    for (i, c) in p.clauses.iter().enumerate() {
        let Some(PClaim::Contains(first)) = &c.claim else {
            continue;
        };
        let words: Vec<&String> = std::iter::once(first).chain(&c.contains).collect();
        if words.len() < 3 {
            continue;
        }
        for j in 0..words.len() {
            let rest: Vec<String> = words
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != j)
                .map(|(_, w)| (*w).clone())
                .collect();
            let mut q = p.clone();
            q.clauses[i].claim = Some(PClaim::Contains(rest[0].clone()));
            q.clauses[i].contains = rest[1..].to_vec();
            out.push((q, words[j].clone()));
        }
    }
    out
}

/// A note for an answer found with one claim word left out.
fn loosened_note(word: &str) -> String {
    format!("no fact's claim holds every word asked; these hold all but “{word}…”")
}

/// Answers a parsed query with an engine. `describe` supplies an entity's header lines
/// ("Maria Zakharova (Person)" first).
pub fn run(
    q: &Query,
    engine: &dyn Engine,
    names: &NameIndex,
    describe: &dyn Fn(&EntityId) -> Vec<String>,
) -> Result<Answer, QueryError> {
    match q {
        Query::Select(s) => {
            let p = plan::resolve(s, names)?;
            if p.yes_no {
                let mut a = yes_no(&p, engine)?;
                if a.rows.iter().all(|r| r.sources.is_empty()) {
                    for (q, word) in loosened(&p) {
                        let b = yes_no(&q, engine)?;
                        if b.rows.iter().any(|r| !r.sources.is_empty()) {
                            a = b;
                            a.notes.push(loosened_note(&word));
                            break;
                        }
                    }
                }
                a.notes.splice(0..0, p.notes.iter().cloned());
                // "why did …": the reason, if any, is in the sentences shown.
                if p.cite && a.rows.iter().any(|r| !r.sources.is_empty()) {
                    a.notes.push(
                        "the graph keeps no reasons: the sentences behind the answer may give them"
                            .into(),
                    );
                }
                return Ok(Answer {
                    focus: named(&p),
                    cite: p.cite,
                    ..a
                });
            }
            let mut a = if p.count {
                count_answer(&p, engine.tally(&p)?)
            } else {
                answer(&p, engine.solve(&p)?, names)
            };
            let mut loose_note = None;
            if a.rows.is_empty() && !p.count {
                for (q, word) in loosened(&p) {
                    let b = answer(&q, engine.solve(&q)?, names);
                    if !b.rows.is_empty() {
                        a = b;
                        loose_note = Some(loosened_note(&word));
                        break;
                    }
                }
            }
            a.focus = named(&p);
            a.notes = left_out(&p, engine)?;
            if a.rows.is_empty() && a.notes.is_empty() {
                a.notes = other_types(&p, engine, describe)?;
            }
            if a.rows.is_empty() && a.notes.is_empty() {
                a.notes = absent_relations(&p, engine)?;
            }
            if a.rows.is_empty() && a.notes.is_empty() {
                a.notes = relations_of_entities(&p, engine, names)?;
            }
            a.notes.splice(0..0, p.notes.iter().cloned());
            a.notes.extend(loose_note);
            Ok(a)
        }
        Query::Describe(n) => {
            if let Some(a) = absent_answer(names, n) {
                return Ok(a);
            }
            let id = resolve_name(names, n)?;
            // One table: relation, the other entity, claim. Facts where the entity is
            // the object show the relation as "← accuses": the other entity accuses it.
            let mut rows = Vec::new();
            for outgoing in [true, false] {
                let p = plan::describe_plan(&id, outgoing);
                for mut r in answer(&p, engine.solve(&p)?, names).rows {
                    if let Some(Some(Value::Relation(rel))) = r.values.first().cloned() {
                        // A symmetric fact is shown once, as the entity's own.
                        if !outgoing && rel.is_symmetric() {
                            continue;
                        }
                        let shown = if outgoing {
                            rel.as_str().to_string()
                        } else {
                            format!("← {}", rel.as_str())
                        };
                        r.values[0] = Some(Value::Text(shown));
                    }
                    rows.push(r);
                }
            }
            Ok(Answer {
                header: describe(&id),
                focus: vec![id.clone()],
                entity: Some(id),
                columns: vec!["relation".into(), "entity".into(), "claim".into()],
                rows,
                ..Answer::default()
            })
        }
        Query::Path(ta, tb) => {
            let a = term_entity(names, ta)?;
            let b = term_entity(names, tb)?;
            if a == b {
                // "how are Storskog and Borisoglebsk linked": two names the articles
                // use for one entity; saying so is the answer. A phrase read as another
                // ("the Finnish Border Guard" as Finland) says so.
                let written = |t: &ast::Term| match t {
                    ast::Term::Name(n) => n.written.clone().unwrap_or_else(|| n.text.clone()),
                    ast::Term::Var(_) => names.label(&a),
                };
                let read_as = [ta, tb]
                    .into_iter()
                    .find(|t| matches!(t, ast::Term::Name(n) if n.written.is_some()));
                let note = match read_as {
                    Some(t) => format!("{} is read as {}", written(t), names.label(&a)),
                    None if crate::text::fold(&written(ta)) == crate::text::fold(&written(tb)) => {
                        format!("{} is named twice", written(ta))
                    }
                    None => format!(
                        "{} and {} are names of one entity",
                        written(ta),
                        written(tb)
                    ),
                };
                let rows = [ta, tb]
                    .into_iter()
                    .map(|t| Row {
                        values: vec![
                            Some(Value::Text(written(t))),
                            Some(Value::Entity(a.clone())),
                        ],
                        sources: Vec::new(),
                        modalities: Vec::new(),
                        dates: Vec::new(),
                    })
                    .collect();
                return Ok(Answer {
                    columns: vec!["name".into(), "entity".into()],
                    rows,
                    notes: vec![note],
                    focus: vec![a],
                    ..Answer::default()
                });
            }
            let path = shortest_path(engine, &a, &b, 6)?;
            let mut rows = Vec::new();
            let mut notes = Vec::new();
            match path {
                Some(path) => {
                    for (from, hop) in path {
                        let (s, o) = if hop.forward {
                            (from, hop.other)
                        } else {
                            (hop.other, from)
                        };
                        rows.push(Row {
                            values: vec![
                                Some(Value::Entity(s)),
                                Some(Value::Relation(hop.relation)),
                                Some(Value::Entity(o)),
                            ],
                            modalities: vec![hop.source.modality],
                            sources: vec![hop.source],
                            dates: Vec::new(),
                        });
                    }
                }
                None => notes.push(format!(
                    "no chain of at most 6 facts joins {} and {}",
                    names.label(&a),
                    names.label(&b)
                )),
            }
            Ok(Answer {
                columns: vec!["subject".into(), "relation".into(), "object".into()],
                rows,
                notes,
                focus: vec![a, b],
                ..Answer::default()
            })
        }
        Query::Mentions(n, count) => mentions(n, *count, engine, names),
        Query::Between(a, b) => super::between::between(a, b, engine, names),
    }
}

/// The entities a plan names, in its clauses or as `?x = E`, in order, once each.
fn named(p: &Plan) -> Vec<EntityId> {
    let mut out: Vec<EntityId> = Vec::new();
    let slots = p
        .clauses
        .iter()
        .flat_map(|c| std::iter::once(&c.subject).chain(c.object.as_ref()));
    let named = slots
        .filter_map(|s| match s {
            Slot::Entity(id) => Some(id),
            Slot::Var(_) => None,
        })
        .chain(p.equals.iter().filter(|e| !e.2).map(|e| &e.1));
    for id in named {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

/// The answer about a state or place the lexicon knows but no article of the store
/// names (`who is Lithuania` in a store of Finnish stories): nothing, and why.
fn absent_answer(names: &NameIndex, n: &ast::Name) -> Option<Answer> {
    let absent = names.lookup(&n.text).is_empty() && names.absent(&n.text).is_some();
    absent.then(|| Answer {
        notes: vec![plan::absent_note(&n.text)],
        ..Answer::default()
    })
}

pub(super) fn resolve_name(names: &NameIndex, n: &ast::Name) -> Result<EntityId, QueryError> {
    names
        .lookup(&n.text)
        .first()
        .or_else(|| names.correct(&n.text))
        .cloned()
        .ok_or_else(|| QueryError::UnknownEntity {
            name: n.text.clone(),
            span: n.span,
            suggestions: names.suggest(&n.text),
        })
}

fn term_entity(names: &NameIndex, t: &ast::Term) -> Result<EntityId, QueryError> {
    match t {
        ast::Term::Name(n) => resolve_name(names, n),
        ast::Term::Var(v) => Err(QueryError::Unsupported {
            what: "a variable in `how is … connected to …`".into(),
            span: v.span,
        }),
    }
}
