//! Resolution: names and relations of an [`ast::Select`] are looked up, variables are
//! numbered, and conditions are sorted by what they constrain. The result, a [`Plan`],
//! is what both engines evaluate.

use super::ast::{self, ClaimTerm, Cond, DateOp, OrderKey, RelTerm, Span, Term};
use super::QueryError;
use crate::model::{Entity, EntityId, EntityType, Modality, Relation};
use crate::text::fold;
use std::collections::HashMap;

/// Where a variable's values come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// An entity.
    Entity,
    /// A claim text.
    Claim,
    /// A relation.
    Relation,
}

/// An entity slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slot {
    /// Variable number.
    Var(usize),
    /// A resolved entity.
    Entity(EntityId),
}

/// The relation slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PRel {
    /// This relation.
    Fixed(Relation),
    /// Any relation, bound to variable number `.0`.
    Var(usize),
}

/// The claim slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PClaim {
    /// Bind the claim to variable number `.0` (facts without a claim do not match).
    Var(usize),
    /// The claim contains this lowercase text.
    Contains(String),
}

/// A resolved clause: matches one fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PClause {
    /// Subject.
    pub subject: Slot,
    /// Relation.
    pub relation: PRel,
    /// Object; `None` matches with or without one.
    pub object: Option<Slot>,
    /// Whether object and claim variables may stay unbound when the fact has no
    /// object or claim (used to describe an entity).
    pub optional: bool,
    /// Claim.
    pub claim: Option<PClaim>,
    /// Modality the fact must have.
    pub modality: Option<Modality>,
}

/// Conditions every matched fact must meet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FactFilter {
    /// Date comparisons against the fact's ISO date, as strings.
    pub dates: Vec<(DateOp, String)>,
    /// Document id prefixes (any).
    pub docs: Vec<String>,
}

/// A resolved query, ready for an engine.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// Variable names, by number.
    pub vars: Vec<String>,
    /// What each variable holds.
    pub kinds: Vec<VarKind>,
    /// Clauses, all of which must match.
    pub clauses: Vec<PClause>,
    /// Per-fact conditions.
    pub filter: FactFilter,
    /// `?x is [not] Type`.
    pub types: Vec<(usize, EntityType, bool)>,
    /// `?x = E`, `?x != E`.
    pub equals: Vec<(usize, EntityId, bool)>,
    /// Shown variables, in order.
    pub columns: Vec<usize>,
    /// Count rows.
    pub count: bool,
    /// Merge rows by values only.
    pub distinct: bool,
    /// Sort key and descending flag.
    pub order: Option<(Order, bool)>,
    /// Row limit.
    pub limit: Option<usize>,
}

/// Resolved sort key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// By a variable.
    Var(usize),
    /// By earliest date.
    Date,
    /// By first document.
    Doc,
}

/// Names and their entities, for resolution and suggestions.
#[derive(Debug, Default)]
pub struct NameIndex {
    names: HashMap<String, Vec<EntityId>>,
    labels: HashMap<EntityId, String>,
}

impl NameIndex {
    /// Indexes entities by label and alias, plus extra names (metonyms such as "the
    /// Kremlin" from the lexicon) for entities that are present.
    pub fn new<'a>(
        entities: impl IntoIterator<Item = &'a Entity>,
        extra: impl IntoIterator<Item = (String, EntityId)>,
    ) -> Self {
        let mut ix = NameIndex::default();
        for e in entities {
            ix.labels.insert(e.id.clone(), e.label.clone());
            for n in std::iter::once(&e.label).chain(&e.aliases) {
                ix.add(n, &e.id);
            }
            ix.add(e.id.as_str(), &e.id);
        }
        for (n, id) in extra {
            if ix.labels.contains_key(&id) {
                ix.add(&n, &id);
            }
        }
        ix
    }

    fn add(&mut self, name: &str, id: &EntityId) {
        let key = normal(name);
        let v = self.names.entry(key).or_default();
        if !v.contains(id) {
            v.push(id.clone());
        }
    }

    /// Entities a name refers to.
    pub fn lookup(&self, name: &str) -> &[EntityId] {
        let key = normal(name);
        if let Some(v) = self.names.get(&key) {
            return v;
        }
        // "the Kremlin" and "Kremlin" are one name.
        key.strip_prefix("the ")
            .and_then(|k| self.names.get(k))
            .map_or(&[], Vec::as_slice)
    }

    /// Display label of an entity.
    pub fn label(&self, id: &EntityId) -> String {
        self.labels
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    /// Up to three labels closest to `name` by edit distance.
    pub fn suggest(&self, name: &str) -> Vec<String> {
        let key = normal(name);
        let mut scored: Vec<(usize, String)> = self
            .names
            .iter()
            .flat_map(|(n, ids)| ids.iter().map(move |id| (n, id)))
            .filter_map(|(n, id)| {
                let d = edit_distance(&key, n);
                (d <= (key.chars().count() / 3).max(2)).then(|| (d, self.label(id)))
            })
            .collect();
        scored.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, l) in scored {
            if !out.contains(&l) {
                out.push(l);
            }
            if out.len() == 3 {
                break;
            }
        }
        out
    }
}

fn normal(s: &str) -> String {
    fold(s)
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

struct Resolver<'a> {
    names: &'a NameIndex,
    vars: Vec<String>,
    kinds: Vec<VarKind>,
}

impl Resolver<'_> {
    fn var(&mut self, v: &ast::Var, kind: VarKind) -> Result<usize, QueryError> {
        if let Some(i) = self.vars.iter().position(|n| *n == v.name) {
            if self.kinds[i] != kind {
                return Err(QueryError::VarKind {
                    name: v.name.clone(),
                    span: v.span,
                });
            }
            return Ok(i);
        }
        self.vars.push(v.name.clone());
        self.kinds.push(kind);
        Ok(self.vars.len() - 1)
    }

    fn bound(&self, v: &ast::Var) -> Result<usize, QueryError> {
        self.vars
            .iter()
            .position(|n| *n == v.name)
            .ok_or_else(|| QueryError::UnboundVar {
                name: v.name.clone(),
                span: v.span,
            })
    }

    fn entity(&self, n: &ast::Name) -> Result<EntityId, QueryError> {
        match self.names.lookup(&n.text) {
            [one] => Ok(one.clone()),
            [] => Err(QueryError::UnknownEntity {
                name: n.text.clone(),
                span: n.span,
                suggestions: self.names.suggest(&n.text),
            }),
            many => {
                // Several entities share the name: prefer a state, then the first.
                Ok(many[0].clone())
            }
        }
    }

    fn slot(&mut self, t: &Term) -> Result<Slot, QueryError> {
        Ok(match t {
            Term::Var(v) => Slot::Var(self.var(v, VarKind::Entity)?),
            Term::Name(n) => Slot::Entity(self.entity(n)?),
        })
    }
}

/// Resolves a selection against the entities in `names`.
pub fn resolve(s: &ast::Select, names: &NameIndex) -> Result<Plan, QueryError> {
    let mut r = Resolver {
        names,
        vars: Vec::new(),
        kinds: Vec::new(),
    };
    let mut clauses = Vec::new();
    for c in &s.clauses {
        let subject = r.slot(&c.subject)?;
        let relation = match &c.relation {
            RelTerm::Fixed(rel, _) => PRel::Fixed(*rel),
            RelTerm::Var(v) => PRel::Var(r.var(v, VarKind::Relation)?),
            RelTerm::Unknown(w, span) => return Err(unknown_relation(w, *span)),
        };
        let object = c.object.as_ref().map(|o| r.slot(o)).transpose()?;
        let claim = match &c.claim {
            Some(ClaimTerm::Var(v)) => Some(PClaim::Var(r.var(v, VarKind::Claim)?)),
            Some(ClaimTerm::Contains(t)) => Some(PClaim::Contains(t.to_lowercase())),
            None => None,
        };
        clauses.push(PClause {
            subject,
            relation,
            object,
            optional: false,
            claim,
            modality: c.modality,
        });
    }
    let mut filter = FactFilter {
        docs: s.docs.clone(),
        ..Default::default()
    };
    let mut types = Vec::new();
    let mut equals = Vec::new();
    for cond in &s.conds {
        match cond {
            Cond::Type {
                var,
                etype,
                negated,
            } => types.push((r.bound(var)?, *etype, *negated)),
            Cond::Eq { var, term, negated } => {
                let i = r.bound(var)?;
                match term {
                    Term::Name(n) => equals.push((i, r.entity(n)?, *negated)),
                    Term::Var(v) => {
                        return Err(QueryError::Unsupported {
                            what: "comparing two variables".into(),
                            span: v.span,
                        })
                    }
                }
            }
            Cond::Modality(m) => {
                for c in &mut clauses {
                    // A modal in the clause itself ("may close") wins over the default.
                    c.modality.get_or_insert(*m);
                }
            }
            Cond::Date(op, d) => filter.dates.push((*op, d.clone())),
            Cond::ClaimContains(t) => {
                for c in &mut clauses {
                    if c.claim.is_none() {
                        c.claim = Some(PClaim::Contains(t.to_lowercase()));
                    }
                }
            }
        }
    }
    let columns = match &s.columns {
        Some(cols) => cols
            .iter()
            .filter_map(|c| r.vars.iter().position(|v| v == c))
            .collect(),
        None => (0..r.vars.len()).collect(),
    };
    let order = match &s.order {
        Some((OrderKey::Var(v), desc)) => Some((Order::Var(r.bound(v)?), *desc)),
        Some((OrderKey::Date, desc)) => Some((Order::Date, *desc)),
        Some((OrderKey::Doc, desc)) => Some((Order::Doc, *desc)),
        None => None,
    };
    Ok(Plan {
        vars: r.vars,
        kinds: r.kinds,
        clauses,
        filter,
        types,
        equals,
        columns,
        count: s.count,
        distinct: s.distinct,
        order,
        limit: s.limit,
    })
}

fn unknown_relation(word: &str, span: Span) -> QueryError {
    let mut scored: Vec<(usize, &str)> = Relation::BUILT_IN
        .iter()
        .map(|r| (edit_distance(&word.to_lowercase(), r.as_str()), r.as_str()))
        .collect();
    scored.sort();
    QueryError::UnknownRelation {
        word: word.to_string(),
        span,
        suggestions: scored
            .iter()
            .take_while(|(d, _)| *d <= 3)
            .take(2)
            .map(|(_, s)| s.to_string())
            .collect(),
    }
}

/// A plan listing every fact whose subject (`outgoing`) or object is `id`, with the
/// relation, the other entity and the claim: what `who is X?` shows.
pub fn describe_plan(id: &EntityId, outgoing: bool) -> Plan {
    let (subject, object) = if outgoing {
        (Slot::Entity(id.clone()), Slot::Var(1))
    } else {
        (Slot::Var(1), Slot::Entity(id.clone()))
    };
    Plan {
        vars: vec![
            "relation".into(),
            if outgoing {
                "object".into()
            } else {
                "subject".into()
            },
            "claim".into(),
        ],
        kinds: vec![VarKind::Relation, VarKind::Entity, VarKind::Claim],
        clauses: vec![PClause {
            subject,
            relation: PRel::Var(0),
            object: Some(object),
            optional: true,
            claim: Some(PClaim::Var(2)),
            modality: None,
        }],
        filter: FactFilter::default(),
        types: Vec::new(),
        equals: Vec::new(),
        columns: vec![0, 1, 2],
        count: false,
        distinct: false,
        order: None,
        limit: None,
    }
}
