//! Parsing: query text → pest parse tree (grammar in `grammar/query.pest`) → typed
//! [`ast::Query`]. Questions are rewritten into the same clauses patterns use, so
//! everything after this module sees one language.

use super::ast::*;
use super::vocab::Vocab;
use super::{forms, QueryError};
use crate::model::{EntityType, Modality};

use pest::iterators::Pair;
use pest::Parser;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/query.pest"]
struct QueryParser;

/// Longest query accepted, in bytes. Queries are typed by people; anything longer is
/// refused before parsing so no input can make the parser work for long.
pub const MAX_QUERY_BYTES: usize = 4096;

/// Most clauses in one pattern query.
pub const MAX_CLAUSES: usize = 16;

/// Blanks `#` comment lines of a query file with spaces, so positions in error
/// messages still point into the file as written.
pub fn blank_comments(text: &str) -> String {
    text.split('\n')
        .map(|l| {
            if l.trim_start().starts_with('#') {
                " ".repeat(l.len())
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `text` reads as one bare name in a pattern: the grammar's `bare_name`
/// takes all of it (no word that ends a name, no character a name cannot have). The
/// REPL quotes the names it completes when this is false, so it asks the grammar
/// rather than keeping a copy of its keyword list.
///
/// ```
/// use newsgraph::query::syntax::is_bare_name;
/// assert!(is_bare_name("Jonas Gahr Store"));
/// assert!(!is_bare_name("Isle of Man"));
/// assert!(!is_bare_name("Raja-Jooseppi crossing \"A\""));
/// ```
pub fn is_bare_name(text: &str) -> bool {
    QueryParser::parse(Rule::bare_name, text)
        .ok()
        .and_then(|mut pairs| pairs.next())
        .is_some_and(|p| p.as_span().end() == text.len())
}

/// Whether `word` (folded) is one of the grammar's keywords, the words that end a
/// bare name. The question forms end names there too (and at a few words of their
/// own), so the list lives in the grammar only.
///
/// ```
/// use newsgraph::query::syntax::is_keyword;
/// assert!(is_keyword("of") && is_keyword("distinct"));
/// assert!(!is_keyword("finland"));
/// ```
pub fn is_keyword(word: &str) -> bool {
    QueryParser::parse(Rule::lone_keyword, word).is_ok()
}

/// Parses a query with the vocabulary of the lexicon built into the binary.
pub fn parse(text: &str) -> Result<Query, QueryError> {
    parse_with(text, Vocab::builtin())
}

/// Parses a query: a question form ([`forms::recognise`]) or a pattern (the pest
/// grammar), with relation words taken from `vocab`.
pub fn parse_with(text: &str, vocab: &Vocab) -> Result<Query, QueryError> {
    if text.len() > MAX_QUERY_BYTES {
        return Err(QueryError::TooLong {
            len: text.len(),
            limit: MAX_QUERY_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(QueryError::Syntax {
            span: Span { start: 0, end: text.len() },
            message: "empty query: expected a question (who accused Russia of what?) or a pattern (?x accuses Russia)".into(),
            hint: None,
        });
    }
    if let Some(r) = forms::recognise(text, vocab).map_err(|e| with_hint(e, text))? {
        return Ok(r.query);
    }
    let mut pairs =
        QueryParser::parse(Rule::query, text).map_err(|e| with_hint(syntax_error(e), text))?;
    let query = pairs.next().ok_or_else(|| QueryError::Syntax {
        span: Span::default(),
        message: "empty query".into(),
        hint: None,
    })?;
    let inner = query
        .into_inner()
        .find(|p| p.as_rule() == Rule::pattern_query)
        .ok_or_else(|| QueryError::Syntax {
            span: Span {
                start: 0,
                end: text.len(),
            },
            message: "expected a question or a pattern, found nothing".into(),
            hint: None,
        })?;
    let s = pattern_query(inner, vocab)?;
    if s.clauses.len() > MAX_CLAUSES {
        return Err(QueryError::TooComplex {
            clauses: s.clauses.len(),
            limit: MAX_CLAUSES,
        });
    }
    Ok(Query::Select(s))
}

/// A syntax error with the nearest question form that works.
fn with_hint(e: QueryError, text: &str) -> QueryError {
    match e {
        QueryError::Syntax {
            span,
            message,
            hint: None,
        } => QueryError::Syntax {
            span,
            message,
            hint: Some(forms::nearest_example(text).to_string()),
        },
        e => e,
    }
}

/// Parses the filters after a question (`after 2023-11-22 in 004`), which start at
/// byte `from` of `text`, into `s`. Positions in errors are positions in `text`.
pub fn parse_tail(text: &str, from: usize, s: &mut Select) -> Result<(), QueryError> {
    let mut padded = " ".repeat(from);
    padded.push_str(&text[from..]);
    let mut pairs = QueryParser::parse(Rule::tail_only, &padded).map_err(syntax_error)?;
    if let Some(t) = pairs
        .next()
        .and_then(|q| q.into_inner().find(|p| p.as_rule() == Rule::tail))
    {
        tail(t, s)?;
    }
    Ok(())
}

fn span(p: &Pair<Rule>) -> Span {
    Span {
        start: p.as_span().start(),
        end: p.as_span().end(),
    }
}

fn name_of(p: Pair<Rule>) -> Name {
    let sp = span(&p);
    let text = match p.as_rule() {
        Rule::name => {
            let inner = p.into_inner().next();
            match inner {
                Some(i) if i.as_rule() == Rule::string => i
                    .into_inner()
                    .next()
                    .map_or(String::new(), |s| s.as_str().to_string()),
                Some(i) => i.as_str().to_string(),
                None => String::new(),
            }
        }
        _ => p.as_str().to_string(),
    };
    Name {
        written: None,
        text,
        span: sp,
    }
}

fn var(p: &Pair<Rule>) -> Var {
    Var {
        name: p.as_str().trim_start_matches('?').to_string(),
        span: span(p),
    }
}

fn term(p: Pair<Rule>) -> Term {
    let inner = p
        .into_inner()
        .next()
        .unwrap_or_else(|| unreachable!("grammar: term has a child"));
    match inner.as_rule() {
        Rule::variable => Term::Var(var(&inner)),
        _ => Term::Name(name_of(inner)),
    }
}

/// The relation slot: a variable, or a word the vocabulary gives a meaning (checked
/// here, so an unknown word is reported with its position).
fn relation(p: Pair<Rule>, v: &Vocab) -> RelTerm {
    let sp = span(&p);
    let inner = p.into_inner().next();
    match inner {
        Some(i) if i.as_rule() == Rule::variable => RelTerm::Var(var(&i)),
        Some(i) => match v.relation(i.as_str()) {
            Some(r) => RelTerm::Fixed(r, sp),
            None => RelTerm::Unknown(i.as_str().to_string(), sp),
        },
        None => RelTerm::Unknown(String::new(), sp),
    }
}

/// Modality from a modal verb and a negation in a question or clause.
fn modality(modal: bool, negated: bool) -> Option<Modality> {
    if negated {
        Some(Modality::Negated)
    } else if modal {
        Some(Modality::Possible)
    } else {
        None
    }
}

fn type_name(p: &Pair<Rule>) -> Result<EntityType, QueryError> {
    Vocab::builtin()
        .type_noun(p.as_str())
        .ok_or_else(|| QueryError::UnknownType {
            word: p.as_str().to_string(),
            span: span(p),
        })
}

/// Applies the filters and modifiers of a `tail` to a selection.
fn tail(p: Pair<Rule>, s: &mut Select) -> Result<(), QueryError> {
    for part in p.into_inner() {
        match part.as_rule() {
            Rule::where_part => {
                for c in part.into_inner() {
                    cond(c, s)?;
                }
            }
            Rule::date_filter => s.conds.push(date_filter(part)),
            Rule::doc_filter => {
                for d in part.into_inner() {
                    s.docs.push(d.as_str().to_string());
                    s.doc_spans.push(span(&d));
                }
            }
            Rule::modality => s.conds.push(modality_word(&part)),
            Rule::order => {
                let mut key = None;
                let mut desc = false;
                for o in part.into_inner() {
                    match o.as_rule() {
                        Rule::variable => key = Some(OrderKey::Var(var(&o))),
                        Rule::order_key => {
                            key = Some(if o.as_str().eq_ignore_ascii_case("date") {
                                OrderKey::Date
                            } else {
                                OrderKey::Doc
                            })
                        }
                        Rule::direction => desc = o.as_str().eq_ignore_ascii_case("desc"),
                        _ => {}
                    }
                }
                s.order = key.map(|k| (k, desc));
            }
            Rule::limit => {
                let n = part.into_inner().next();
                let sp = n.as_ref().map(span).unwrap_or_default();
                s.limit = Some(n.and_then(|n| n.as_str().parse().ok()).ok_or(
                    QueryError::Syntax {
                        span: sp,
                        message: "expected a whole number after `limit`".into(),
                        hint: None,
                    },
                )?);
            }
            _ => {}
        }
    }
    Ok(())
}

fn modality_word(p: &Pair<Rule>) -> Cond {
    match Modality::parse(p.as_str()) {
        Some(m) => Cond::Modality(m),
        None => Cond::AnyModality,
    }
}

/// A date as the store writes dates: ISO as written, or a natural date made ISO
/// (`--MM-DD` when it has no year).
fn iso(p: Pair<Rule>) -> String {
    let Some(inner) = p.into_inner().next() else {
        return String::new();
    };
    if inner.as_rule() == Rule::iso_date {
        return inner.as_str().to_string();
    }
    let (mut day, mut month, mut year) = (None, 0, None);
    for part in inner.into_inner() {
        let t = part.as_str().to_lowercase();
        match part.as_rule() {
            Rule::day => day = t.trim_end_matches(char::is_alphabetic).parse::<u32>().ok(),
            Rule::year => year = Some(t),
            Rule::month => {
                const MONTHS: [&str; 12] = [
                    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                    "dec",
                ];
                month = MONTHS
                    .iter()
                    .position(|m| t.starts_with(m))
                    .map_or(0, |m| m + 1);
            }
            _ => {}
        }
    }
    match (year, day) {
        (Some(y), Some(d)) => format!("{y}-{month:02}-{d:02}"),
        (Some(y), None) => format!("{y}-{month:02}"),
        (None, Some(d)) => format!("--{month:02}-{d:02}"),
        (None, None) => String::new(),
    }
}

fn date_filter(p: Pair<Rule>) -> Cond {
    let mut op = DateOp::On;
    let mut date = String::new();
    let mut at = span(&p);
    for i in p.into_inner() {
        match i.as_rule() {
            Rule::date_op => {
                op = match i.as_str().to_lowercase().as_str() {
                    "after" => DateOp::After,
                    "before" => DateOp::Before,
                    "since" => DateOp::Since,
                    "until" => DateOp::Until,
                    _ => DateOp::On,
                }
            }
            Rule::date => {
                at = span(&i);
                date = iso(i);
            }
            _ => {}
        }
    }
    Cond::Date(op, date, at)
}

fn cond(p: Pair<Rule>, s: &mut Select) -> Result<(), QueryError> {
    let Some(c) = p.into_inner().next() else {
        return Ok(());
    };
    match c.as_rule() {
        Rule::type_test => {
            let mut v = None;
            let mut negated = false;
            let mut ty = None;
            for i in c.into_inner() {
                match i.as_rule() {
                    Rule::variable => v = Some(var(&i)),
                    Rule::negation => negated = true,
                    Rule::type_noun => ty = Some(type_name(&i)?),
                    _ => {}
                }
            }
            if let (Some(var), Some(etype)) = (v, ty) {
                s.conds.push(Cond::Type {
                    var,
                    etype,
                    negated,
                });
            }
        }
        Rule::equality => {
            let mut it = c.into_inner();
            let (Some(v), Some(op), Some(t)) = (it.next(), it.next(), it.next()) else {
                unreachable!("grammar: equality has three parts")
            };
            s.conds.push(Cond::Eq {
                var: var(&v),
                term: term(t),
                negated: op.as_str() == "!=",
            });
        }
        Rule::claim_test => {
            if let Some(st) = c.into_inner().next().and_then(|s| s.into_inner().next()) {
                s.conds.push(Cond::ClaimContains(st.as_str().to_string()));
            }
        }
        Rule::modality => s.conds.push(modality_word(&c)),
        Rule::date_filter => s.conds.push(date_filter(c)),
        _ => {}
    }
    Ok(())
}

fn pattern_query(p: Pair<Rule>, v: &Vocab) -> Result<Select, QueryError> {
    let mut s = Select::new(Vec::new());
    for part in p.into_inner() {
        match part.as_rule() {
            Rule::projection => {
                let kw = part.as_str().to_lowercase();
                s.count = kw == "count";
                s.distinct = kw == "distinct";
            }
            Rule::clause => s.clauses.push(clause(part, v)),
            Rule::tail => tail(part, &mut s)?,
            _ => {}
        }
    }
    Ok(s)
}

fn clause(p: Pair<Rule>, v: &Vocab) -> Clause {
    let mut terms = Vec::new();
    let mut rel = None;
    let mut claim = None;
    let (mut modal, mut negated) = (false, false);
    for i in p.into_inner() {
        match i.as_rule() {
            Rule::term => terms.push(term(i)),
            Rule::relation => rel = Some(relation(i, v)),
            Rule::modal => modal = true,
            Rule::negation => negated = true,
            Rule::claim => {
                claim = i.into_inner().next().map(|c| match c.as_rule() {
                    Rule::variable => ClaimTerm::Var(var(&c)),
                    _ => ClaimTerm::Contains(
                        c.into_inner()
                            .next()
                            .map_or(String::new(), |s| s.as_str().to_string()),
                    ),
                })
            }
            _ => {}
        }
    }
    let mut terms = terms.into_iter();
    let subject = terms
        .next()
        .unwrap_or_else(|| unreachable!("grammar: clause has a subject"));
    Clause {
        subject,
        relation: rel.unwrap_or_else(|| unreachable!("grammar: clause has a relation")),
        object: terms.next(),
        claim,
        modality: modality(modal, negated),
        optional: false,
    }
}

/// Describes what the parser expected, in words rather than rule names.
fn describe_rule(r: &Rule) -> Option<&'static str> {
    Some(match r {
        Rule::term | Rule::name | Rule::bare_name | Rule::name_word => "an entity name",
        Rule::variable => "a variable like ?x",
        Rule::verb | Rule::relation => "a relation (accuses, denies, closes, reopens, borders, holds_role, member_of, located_in, says, or a verb form of one)",
        Rule::string => "a quoted string",
        Rule::date => "a date like 2023-11-23",
        Rule::number => "a number",
        Rule::type_noun => "a type (State, Person, Crossing, Organisation, Place)",
        Rule::doc_id => "a document id like 004",
        Rule::modality => "asserted, possible or negated",
        Rule::clause => "a pattern like `?x accuses Russia`",
        Rule::tail | Rule::where_part | Rule::date_filter | Rule::doc_filter | Rule::order | Rule::limit => {
            "`where`, `after`, `before`, `in`, `order by` or `limit`"
        }
        Rule::cond | Rule::type_test | Rule::equality | Rule::claim_test => "a condition like `?x is State`",
        Rule::EOI => "the end of the query",
        Rule::pattern_query => {
            "a question (who accused Russia of what?) or a pattern (?x accuses Russia)"
        }
        Rule::direction => "asc or desc",
        Rule::modal => "may, might or could",
        Rule::eq_op => "= or !=",
        _ => return None,
    })
}

fn syntax_error(e: pest::error::Error<Rule>) -> QueryError {
    let (start, end) = match e.location {
        pest::error::InputLocation::Pos(p) => (p, p),
        pest::error::InputLocation::Span((a, b)) => (a, b),
    };
    let line = e.line();
    let found = {
        let col = match e.line_col {
            pest::error::LineColLocation::Pos((_, c))
            | pest::error::LineColLocation::Span((_, c), _) => c,
        };
        let rest: String = line.chars().skip(col.saturating_sub(1)).collect();
        let w: String = rest.split_whitespace().next().unwrap_or("").to_string();
        if w.is_empty() {
            "the end of the query".to_string()
        } else {
            format!("`{w}`")
        }
    };
    let mut expected: Vec<&str> = match &e.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => {
            positives.iter().filter_map(describe_rule).collect()
        }
        pest::error::ErrorVariant::CustomError { .. } => Vec::new(),
    };
    expected.sort();
    expected.dedup();
    let message = if expected.is_empty() {
        format!("unexpected {found}")
    } else {
        let list = match expected.len() {
            1 => expected[0].to_string(),
            n => format!("{} or {}", expected[..n - 1].join(", "), expected[n - 1]),
        };
        format!("expected {list}, found {found}")
    };
    QueryError::Syntax {
        span: Span {
            start,
            end: end.max(start),
        },
        message,
        hint: None,
    }
}
