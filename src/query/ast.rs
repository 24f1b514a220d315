//! The typed syntax tree both query surfaces compile to. It holds names as written;
//! nothing here knows which entities exist (that is [`super::plan`]'s job).

use crate::model::{EntityType, Modality, Relation};
use std::fmt;

/// A byte range in the query text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A parsed query.
#[derive(Clone, Debug, PartialEq)]
pub enum Query {
    /// Find facts matching clauses (both questions and patterns).
    Select(Select),
    /// Describe an entity: `who is Zakharova?`.
    Describe(Name),
    /// Shortest connection between two entities: `how is Laanemets connected to NATO?`.
    Path(Term, Term),
    /// The articles with facts about an entity: `which articles mention Storskog?`;
    /// with `count`, how many: `how many articles mention Storskog?`.
    Mentions(Name, bool),
    /// The crossings between two states: `which crossings are between Norway and
    /// Russia?`.
    Between(Name, Name),
}

/// An entity name as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// The text.
    pub text: String,
    /// Where it stands in the query.
    pub span: Span,
    /// The phrase as written when `text` is what it was read as: "the Finnish Border
    /// Guard" read as Finland, a body standing for its state. An entity of the store
    /// with the written name is meant before the state.
    pub written: Option<String>,
}

/// A variable (`?x`), stored without its `?`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Var {
    /// The name.
    pub name: String,
    /// Where it stands.
    pub span: Span,
}

/// An entity slot of a clause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    /// Bound by matching.
    Var(Var),
    /// A named entity.
    Name(Name),
}

/// The relation slot of a clause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RelTerm {
    /// A relation, from a verb form or its name.
    Fixed(Relation, Span),
    /// A word that is no relation; resolution reports it with suggestions.
    Unknown(String, Span),
    /// Any relation, bound to a variable.
    Var(Var),
}

/// The claim slot: `of ?claim` binds it, `of "hybrid"` filters on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClaimTerm {
    /// Bind the claim text.
    Var(Var),
    /// The claim must contain this text (case-insensitive).
    Contains(String),
}

/// `subject relation [object] [of claim]`, matched against one fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    /// Subject.
    pub subject: Term,
    /// Relation.
    pub relation: RelTerm,
    /// Object; `None` matches facts with or without one.
    pub object: Option<Term>,
    /// Claim.
    pub claim: Option<ClaimTerm>,
    /// Modality required by a modal or negation in the clause (`may close`).
    pub modality: Option<Modality>,
    /// Object and claim variables may stay unbound when the fact has none (`what
    /// happened on DATE` lists facts with and without an object).
    pub optional: bool,
}

/// Date comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOp {
    /// Strictly after.
    After,
    /// Strictly before.
    Before,
    /// On or after.
    Since,
    /// On or before.
    Until,
    /// On that day (or within that month/year for partial dates).
    On,
}

/// A condition on the matched facts or bindings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cond {
    /// `?x is State`, `?x is not Person`.
    Type {
        /// The variable.
        var: Var,
        /// The type.
        etype: EntityType,
        /// `is not`.
        negated: bool,
    },
    /// `?x = Finland`, `?x != Russia`.
    Eq {
        /// The variable.
        var: Var,
        /// What it must (not) be.
        term: Term,
        /// `!=`.
        negated: bool,
    },
    /// Every matched fact has this modality.
    Modality(Modality),
    /// Facts of every modality (`any modality`).
    AnyModality,
    /// Every matched fact's date compares so (facts without a date never match); the
    /// span is the date's, for errors.
    Date(DateOp, String, Span),
    /// Every matched fact's claim contains this text.
    ClaimContains(String),
}

/// Sort key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrderKey {
    /// A variable's value.
    Var(Var),
    /// The earliest date of a row's facts.
    Date,
    /// The first document of a row.
    Doc,
}

/// A selection of facts.
#[derive(Clone, Debug, PartialEq)]
pub struct Select {
    /// All must match (conjunction).
    pub clauses: Vec<Clause>,
    /// Conditions.
    pub conds: Vec<Cond>,
    /// Document id prefixes the facts must come from (`in 004`).
    pub docs: Vec<String>,
    /// Count answers instead of listing them.
    pub count: bool,
    /// Count facts (`how many times`) rather than distinct rows.
    pub count_facts: bool,
    /// Answer yes, possibly or no (`did Russia close Storskog?`).
    pub yes_no: bool,
    /// Show the sentence behind every row whatever the output asks (`why did …`: the
    /// reason, if any, is in them).
    pub cite: bool,
    /// One row per date (`when did …`).
    pub by_date: bool,
    /// The question form recognised, for `--explain`.
    pub form: Option<String>,
    /// Where each document id of `docs` stands, for errors.
    pub doc_spans: Vec<Span>,
    /// The source the facts must be attributed to (`what did Reuters report`).
    pub attributed: Option<Name>,
    /// Drop the sources column's effect on row identity (rows differ only by values).
    pub distinct: bool,
    /// Sort key and descending flag.
    pub order: Option<(OrderKey, bool)>,
    /// Maximum rows.
    pub limit: Option<usize>,
    /// Columns to show, in order; `None` shows every variable in order of appearance.
    pub columns: Option<Vec<String>>,
    /// What a question form read past without using, said with the answer ("left
    /// out “to migrants heading for Norway”").
    pub notes: Vec<String>,
}

impl Select {
    /// An empty selection.
    pub fn new(clauses: Vec<Clause>) -> Self {
        Select {
            clauses,
            conds: Vec::new(),
            docs: Vec::new(),
            count: false,
            count_facts: false,
            yes_no: false,
            cite: false,
            by_date: false,
            form: None,
            doc_spans: Vec::new(),
            attributed: None,
            distinct: false,
            order: None,
            limit: None,
            columns: None,
            notes: Vec::new(),
        }
    }
}

/// Writes a name quoted, so keywords and relation words in it stay part of the name.
fn write_name(f: &mut fmt::Formatter<'_>, n: &Name) -> fmt::Result {
    write!(f, "\"{}\"", n.text)
}

impl fmt::Display for Var {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "?{}", self.name)
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Term::Var(v) => v.fmt(f),
            Term::Name(n) => write_name(f, n),
        }
    }
}

impl fmt::Display for Clause {
    /// `subject [may|not] relation [object] [of claim]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.subject)?;
        match self.modality {
            Some(Modality::Negated) => f.write_str(" not")?,
            Some(Modality::Possible) => f.write_str(" may")?,
            Some(Modality::Asserted) | None => {}
        }
        match &self.relation {
            RelTerm::Fixed(r, _) => write!(f, " {}", r.as_str())?,
            RelTerm::Unknown(w, _) => write!(f, " {w}")?,
            RelTerm::Var(v) => write!(f, " {v}")?,
        }
        if let Some(o) = &self.object {
            write!(f, " {o}")?;
        }
        match &self.claim {
            Some(ClaimTerm::Var(v)) => write!(f, " of {v}"),
            Some(ClaimTerm::Contains(s)) => write!(f, " of \"{s}\""),
            None => Ok(()),
        }
    }
}

impl fmt::Display for Cond {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cond::Type {
                var,
                etype,
                negated,
            } => {
                let not = if *negated { "not " } else { "" };
                write!(f, "{var} is {not}{}", etype.as_str())
            }
            Cond::Eq { var, term, negated } => {
                let op = if *negated { "!=" } else { "=" };
                write!(f, "{var} {op} {term}")
            }
            Cond::Modality(m) => f.write_str(m.as_str()),
            Cond::AnyModality => f.write_str("any modality"),
            Cond::Date(op, date, _) => {
                let op = match op {
                    DateOp::After => "after",
                    DateOp::Before => "before",
                    DateOp::Since => "since",
                    DateOp::Until => "until",
                    DateOp::On => "on",
                };
                write!(f, "{op} {date}")
            }
            Cond::ClaimContains(s) => write!(f, "claim contains \"{s}\""),
        }
    }
}

impl fmt::Display for Select {
    /// The selection as a pattern query, which parses back to the same selection
    /// (spans aside): `count ?x accuses "Russia" of ?c where ?x is state limit 5`.
    /// Column lists come only from questions and have no pattern syntax: they are
    /// left out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.count {
            f.write_str("count ")?;
        } else if self.distinct {
            f.write_str("distinct ")?;
        }
        for (i, c) in self.clauses.iter().enumerate() {
            if i > 0 {
                f.write_str(" and ")?;
            }
            write!(f, "{c}")?;
        }
        for (i, c) in self.conds.iter().enumerate() {
            f.write_str(if i == 0 { " where " } else { " and " })?;
            write!(f, "{c}")?;
        }
        if !self.docs.is_empty() {
            write!(f, " in {}", self.docs.join(","))?;
        }
        if let Some((key, desc)) = &self.order {
            match key {
                OrderKey::Var(v) => write!(f, " order by {v}")?,
                OrderKey::Date => f.write_str(" order by date")?,
                OrderKey::Doc => f.write_str(" order by doc")?,
            }
            if *desc {
                f.write_str(" desc")?;
            }
        }
        if let Some(n) = self.limit {
            write!(f, " limit {n}")?;
        }
        Ok(())
    }
}
