//! Parsing: query text → pest parse tree (grammar in `grammar/query.pest`) → typed
//! [`ast::Query`]. Questions are rewritten into the same clauses patterns use, so
//! everything after this module sees one language.

use super::ast::*;
use super::QueryError;
use crate::model::{EntityType, Modality, Relation};
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

/// Parses a query.
pub fn parse(text: &str) -> Result<Query, QueryError> {
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
        });
    }
    let mut pairs = QueryParser::parse(Rule::query, text).map_err(syntax_error)?;
    let query = pairs.next().ok_or_else(|| QueryError::Syntax {
        span: Span::default(),
        message: "empty query".into(),
    })?;
    let inner = query
        .into_inner()
        .find(|p| p.as_rule() != Rule::EOI)
        .ok_or_else(|| QueryError::Syntax {
            span: Span {
                start: 0,
                end: text.len(),
            },
            message: "expected a question or a pattern, found nothing".into(),
        })?;
    let q = match inner.as_rule() {
        Rule::pattern_query => Query::Select(pattern_query(inner)?),
        Rule::who_q => Query::Select(who_q(inner)?),
        Rule::what_did_q => Query::Select(what_did_q(inner)?),
        Rule::which_q => Query::Select(which_q(inner)?),
        Rule::member_q => Query::Select(member_q(inner)),
        Rule::where_q => Query::Select(where_q(inner)),
        Rule::describe_q => Query::Describe(name_of(last(inner))),
        Rule::connected_q => {
            let mut terms = inner.into_inner().filter(|p| p.as_rule() == Rule::term);
            let (Some(a), Some(b)) = (terms.next(), terms.next()) else {
                unreachable!("grammar: connected_q has two terms")
            };
            Query::Path(term(a), term(b))
        }
        r => unreachable!("grammar: unexpected top rule {r:?}"),
    };
    if let Query::Select(s) = &q {
        if s.clauses.len() > MAX_CLAUSES {
            return Err(QueryError::TooComplex {
                clauses: s.clauses.len(),
                limit: MAX_CLAUSES,
            });
        }
    }
    Ok(q)
}

fn span(p: &Pair<Rule>) -> Span {
    Span {
        start: p.as_span().start(),
        end: p.as_span().end(),
    }
}

fn last(p: Pair<Rule>) -> Pair<Rule> {
    p.into_inner()
        .last()
        .unwrap_or_else(|| unreachable!("grammar: rule has children"))
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
    Name { text, span: sp }
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

/// The relation a verb form names. The grammar only lets known forms through as
/// `verb`, so this covers every one of them.
pub fn relation_of_word(w: &str) -> Option<Relation> {
    let w = w.to_lowercase();
    if let Some(r) = Relation::parse(&w).filter(|r| Relation::BUILT_IN.contains(r)) {
        return Some(r);
    }
    let r = match w.as_str() {
        "accused" | "accuses" | "accusing" | "accuse" | "blamed" | "blames" | "blaming"
        | "blame" => Relation::ACCUSES,
        "denied" | "denies" | "denying" | "deny" | "rejected" | "rejects" | "reject"
        | "dismissed" | "dismisses" | "dismiss" => Relation::DENIES,
        "closed" | "closes" | "closing" | "close" | "shut" | "shuts" | "sealed" | "seals"
        | "seal" => Relation::CLOSES,
        "reopened" | "reopens" | "reopening" | "reopen" => Relation::REOPENS,
        "bordered" | "borders" | "bordering" | "border" => Relation::BORDERS,
        "holds" | "held" | "hold" => Relation::HOLDS_ROLE,
        "joined" | "joins" | "join" => Relation::MEMBER_OF,
        "said" | "says" | "say" | "told" | "warned" | "announced" => Relation::SAYS,
        _ => return None,
    };
    Some(r)
}

fn relation(p: Pair<Rule>) -> RelTerm {
    let sp = span(&p);
    let inner = p.into_inner().next();
    match inner {
        Some(i) if i.as_rule() == Rule::variable => RelTerm::Var(var(&i)),
        Some(i) => match relation_of_word(i.as_str()) {
            Some(r) => RelTerm::Fixed(r, sp),
            None => RelTerm::Unknown(i.as_str().to_string(), sp),
        },
        None => RelTerm::Unknown(String::new(), sp),
    }
}

fn verb(p: &Pair<Rule>) -> RelTerm {
    match relation_of_word(p.as_str()) {
        Some(r) => RelTerm::Fixed(r, span(p)),
        None => RelTerm::Unknown(p.as_str().to_string(), span(p)),
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
    let w = p.as_str().to_lowercase();
    let singular = match w.as_str() {
        "states" | "countries" | "country" | "nations" | "nation" => "state",
        "people" | "persons" | "officials" | "official" => "person",
        "crossings" | "checkpoints" | "checkpoint" => "crossing",
        "organisations" | "organizations" | "organization" | "orgs" | "alliances" | "alliance" => {
            "organisation"
        }
        "places" | "regions" | "region" | "towns" | "town" => "place",
        other => other,
    };
    EntityType::parse(singular).ok_or_else(|| QueryError::UnknownType {
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
                s.docs
                    .extend(part.into_inner().map(|d| d.as_str().to_string()));
            }
            Rule::modality => s.conds.push(Cond::Modality(modality_word(&part))),
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
                    },
                )?);
            }
            _ => {}
        }
    }
    Ok(())
}

fn modality_word(p: &Pair<Rule>) -> Modality {
    Modality::parse(p.as_str()).unwrap_or(Modality::Asserted)
}

fn date_filter(p: Pair<Rule>) -> Cond {
    let mut op = DateOp::On;
    let mut date = String::new();
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
            Rule::date => date = i.as_str().to_string(),
            _ => {}
        }
    }
    Cond::Date(op, date)
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
        Rule::modality => s.conds.push(Cond::Modality(modality_word(&c))),
        Rule::date_filter => s.conds.push(date_filter(c)),
        _ => {}
    }
    Ok(())
}

fn pattern_query(p: Pair<Rule>) -> Result<Select, QueryError> {
    let mut s = Select::new(Vec::new());
    for part in p.into_inner() {
        match part.as_rule() {
            Rule::projection => {
                let kw = part.as_str().to_lowercase();
                s.count = kw == "count";
                s.distinct = kw == "distinct";
            }
            Rule::clause => s.clauses.push(clause(part)),
            Rule::tail => tail(part, &mut s)?,
            _ => {}
        }
    }
    Ok(s)
}

fn clause(p: Pair<Rule>) -> Clause {
    let mut terms = Vec::new();
    let mut rel = None;
    let mut claim = None;
    let (mut modal, mut negated) = (false, false);
    for i in p.into_inner() {
        match i.as_rule() {
            Rule::term => terms.push(term(i)),
            Rule::relation => rel = Some(relation(i)),
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
    }
}

fn named_var(name: &str, sp: Span) -> Var {
    Var {
        name: name.to_string(),
        span: sp,
    }
}

/// What `what` means after a verb: the claim for relations whose second slot is what
/// was said or denied, the object otherwise.
fn what_is_claim(r: &RelTerm) -> bool {
    matches!(r, RelTerm::Fixed(Relation::DENIES | Relation::SAYS, _))
}

/// Questions read like English: "who closed" means it happened; "who may close"
/// asks for possible closures, "who did not close" for negated ones.
fn question_modality(modal: bool, negated: bool) -> Modality {
    modality(modal, negated).unwrap_or(Modality::Asserted)
}

fn has_claim(r: &RelTerm) -> bool {
    matches!(
        r,
        RelTerm::Fixed(Relation::ACCUSES | Relation::DENIES | Relation::SAYS, _)
    )
}

fn who_q(p: Pair<Rule>) -> Result<Select, QueryError> {
    let whole = span(&p);
    let (mut modal, mut negated) = (false, false);
    let mut rel = None;
    let mut objects = Vec::new();
    let mut rest = None;
    for i in p.into_inner() {
        match i.as_rule() {
            Rule::modal => modal = true,
            Rule::negation => negated = true,
            Rule::verb => rel = Some(verb(&i)),
            Rule::object => objects.push(i),
            Rule::tail => rest = Some(i),
            _ => {}
        }
    }
    let rel = rel.unwrap_or_else(|| unreachable!("grammar: who_q has a verb"));
    let mut columns = vec!["who".to_string()];
    let mut object = None;
    let mut claim = None;
    for (n, o) in objects.into_iter().enumerate() {
        let sp = span(&o);
        let inner = o
            .into_inner()
            .next()
            .unwrap_or_else(|| unreachable!("grammar: object"));
        let is_what = inner.as_rule() == Rule::what;
        // The first object is the verb's object, unless the verb takes a claim;
        // the one after `of` is the claim.
        let claim_slot = n > 0 || what_is_claim(&rel);
        match (is_what, claim_slot) {
            (true, true) => claim = Some(ClaimTerm::Var(named_var("claim", sp))),
            (true, false) => {
                object = Some(Term::Var(named_var("what", sp)));
                columns.push("what".into());
            }
            // "who accused Russia of hybrid attack": the claim must say so.
            (false, true) if n > 0 => {
                claim = Some(match term(inner) {
                    Term::Var(v) => ClaimTerm::Var(v),
                    Term::Name(name) => ClaimTerm::Contains(name.text),
                });
            }
            (false, _) => object = Some(term(inner)),
        }
    }
    if claim.is_none() && has_claim(&rel) {
        claim = Some(ClaimTerm::Var(named_var("claim", whole)));
    }
    if let Some(ClaimTerm::Var(v)) = &claim {
        columns.push(v.name.clone());
    }
    if let Some(Term::Var(v)) = &object {
        if !columns.contains(&v.name) {
            columns.push(v.name.clone());
        }
    }
    let mut s = Select::new(vec![Clause {
        subject: Term::Var(named_var("who", whole)),
        relation: rel,
        object,
        claim,
        modality: None,
    }]);
    s.conds
        .push(Cond::Modality(question_modality(modal, negated)));
    s.columns = Some(columns);
    if let Some(t) = rest {
        tail(t, &mut s)?;
    }
    Ok(s)
}

fn what_did_q(p: Pair<Rule>) -> Result<Select, QueryError> {
    let whole = span(&p);
    let (mut modal, mut negated) = (false, false);
    let mut subject = None;
    let mut rel = None;
    let mut rest = None;
    for i in p.into_inner() {
        match i.as_rule() {
            Rule::modal => modal = true,
            Rule::negation => negated = true,
            Rule::term => subject = Some(term(i)),
            Rule::verb => rel = Some(verb(&i)),
            Rule::tail => rest = Some(i),
            _ => {}
        }
    }
    let rel = rel.unwrap_or_else(|| unreachable!("grammar: what_did_q has a verb"));
    let takes_claim = what_is_claim(&rel);
    let mut s = Select::new(vec![Clause {
        subject: subject.unwrap_or_else(|| unreachable!("grammar: what_did_q has a subject")),
        object: (!takes_claim).then(|| Term::Var(named_var("what", whole))),
        claim: has_claim(&rel).then(|| ClaimTerm::Var(named_var("claim", whole))),
        relation: rel,
        modality: None,
    }]);
    s.conds
        .push(Cond::Modality(question_modality(modal, negated)));
    s.columns = Some(if takes_claim {
        vec!["claim".into()]
    } else {
        vec!["what".into()]
    });
    if let Some(t) = rest {
        tail(t, &mut s)?;
    }
    Ok(s)
}

fn which_q(p: Pair<Rule>) -> Result<Select, QueryError> {
    let whole = span(&p);
    let mut etype = None;
    let mut type_word = String::new();
    let mut clause_pair = None;
    let mut rest = None;
    for i in p.into_inner() {
        match i.as_rule() {
            Rule::type_noun => {
                type_word = i.as_str().to_lowercase();
                etype = Some(type_name(&i)?);
            }
            Rule::which_passive | Rule::which_active => clause_pair = Some(i),
            Rule::tail => rest = Some(i),
            _ => {}
        }
    }
    let etype = etype.unwrap_or_else(|| unreachable!("grammar: which_q has a type"));
    let col = etype.as_str().to_lowercase();
    let v = named_var(&col, whole);
    let cp = clause_pair.unwrap_or_else(|| unreachable!("grammar: which_q has a clause"));
    let passive = cp.as_rule() == Rule::which_passive;
    let (mut modal, mut negated) = (false, false);
    let mut rel = None;
    let mut other = None;
    for i in cp.into_inner() {
        match i.as_rule() {
            Rule::modal => modal = true,
            Rule::negation => negated = true,
            Rule::verb => rel = Some(verb(&i)),
            Rule::term => other = Some(term(i)),
            Rule::object => {
                if let Some(inner) = i.into_inner().next() {
                    if inner.as_rule() == Rule::term {
                        other = Some(term(inner));
                    }
                }
            }
            _ => {}
        }
    }
    let rel = rel.unwrap_or_else(|| unreachable!("grammar: which clause has a verb"));
    let _ = type_word;
    let mut columns = vec![col.clone()];
    let claim = has_claim(&rel).then(|| ClaimTerm::Var(named_var("claim", whole)));
    if claim.is_some() {
        columns.push("claim".into());
    }
    let clause = if passive {
        // which crossings did Finland close: Finland closes ?crossing.
        Clause {
            subject: other.unwrap_or_else(|| unreachable!("grammar: passive which has a subject")),
            relation: rel,
            object: Some(Term::Var(v.clone())),
            claim,
            modality: None,
        }
    } else {
        // which states border Russia: ?state borders Russia.
        if let Some(Term::Var(o)) = &other {
            columns.push(o.name.clone());
        }
        Clause {
            subject: Term::Var(v.clone()),
            relation: rel,
            object: other,
            claim,
            modality: None,
        }
    };
    let mut s = Select::new(vec![clause]);
    s.conds.push(Cond::Type {
        var: v,
        etype,
        negated: false,
    });
    s.conds
        .push(Cond::Modality(question_modality(modal, negated)));
    s.columns = Some(columns);
    if let Some(t) = rest {
        tail(t, &mut s)?;
    }
    Ok(s)
}

fn member_q(p: Pair<Rule>) -> Select {
    let whole = span(&p);
    let t = p
        .into_inner()
        .find(|i| i.as_rule() == Rule::term)
        .map(term)
        .unwrap_or_else(|| unreachable!("grammar: member_q has a term"));
    let mut s = Select::new(vec![Clause {
        subject: t,
        relation: RelTerm::Fixed(Relation::MEMBER_OF, whole),
        object: Some(Term::Var(named_var("organisation", whole))),
        claim: None,
        modality: None,
    }]);
    s.conds.push(Cond::Modality(Modality::Asserted));
    s.columns = Some(vec!["organisation".into()]);
    s
}

fn where_q(p: Pair<Rule>) -> Select {
    let whole = span(&p);
    let n = name_of(last(p));
    let mut s = Select::new(vec![Clause {
        subject: Term::Name(n),
        relation: RelTerm::Fixed(Relation::LOCATED_IN, whole),
        object: Some(Term::Var(named_var("where", whole))),
        claim: None,
        modality: None,
    }]);
    s.columns = Some(vec!["where".into()]);
    s
}

/// Describes what the parser expected, in words rather than rule names.
fn describe_rule(r: &Rule) -> Option<&'static str> {
    Some(match r {
        Rule::term | Rule::name | Rule::bare_name | Rule::name_word | Rule::rest_name => "an entity name",
        Rule::variable => "a variable like ?x",
        Rule::verb | Rule::relation => "a relation (accuses, denies, closes, reopens, borders, holds_role, member_of, located_in, says)",
        Rule::object | Rule::what => "an entity name or `what`",
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
        Rule::question | Rule::pattern_query | Rule::who_q | Rule::what_did_q | Rule::which_q => {
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
    }
}
