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
    /// Lowercase texts the claim must contain, whatever the claim slot is
    /// (`where claim contains "NATO"` with a bound claim; the words of a title).
    pub contains: Vec<String>,
    /// Modality the fact must have.
    pub modality: Option<Modality>,
    /// The modality is asserted because the query named none; other facts are left
    /// out and counted in a note.
    pub defaulted: bool,
}

/// Conditions every matched fact must meet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FactFilter {
    /// Date comparisons against the fact's ISO date, as strings.
    pub dates: Vec<(DateOp, String)>,
    /// Document id prefixes (any).
    pub docs: Vec<String>,
    /// The source every fact must be attributed to.
    pub attributed: Option<EntityId>,
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
    /// Count facts instead (`how many times`).
    pub count_facts: bool,
    /// Answer yes, possibly or no.
    pub yes_no: bool,
    /// Show the sentence behind every row.
    pub cite: bool,
    /// One row per date.
    pub by_date: bool,
    /// The question form the plan came from.
    pub form: Option<String>,
    /// Merge rows by values only.
    pub distinct: bool,
    /// Sort key and descending flag.
    pub order: Option<(Order, bool)>,
    /// Row limit.
    pub limit: Option<usize>,
    /// Notes to say with the answer: how misspelt names were read, and what a
    /// question form left out.
    pub notes: Vec<String>,
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
    /// Names of the lexicon's entities that no article of the store mentions
    /// ("Lithuania" in a store of Finnish stories): a question about one has no
    /// answers, rather than naming an unknown entity.
    absent: HashMap<String, Vec<EntityId>>,
    labels: HashMap<EntityId, String>,
    /// Document ids of the store, sorted (to check `in 004`).
    docs: Vec<String>,
}

impl NameIndex {
    /// Indexes entities by label and alias, plus extra names (metonyms such as "the
    /// Kremlin" from the lexicon) for entities that are present; the extra names of
    /// entities no article mentions are kept apart ([`NameIndex::absent`]).
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
            } else {
                let v = ix.absent.entry(normal(&n)).or_default();
                if !v.contains(&id) {
                    v.push(id);
                }
            }
        }
        ix
    }

    /// The lexicon's entity a name refers to when no article mentions it (looked up
    /// like [`NameIndex::lookup`]).
    pub fn absent(&self, name: &str) -> Option<&EntityId> {
        find(&self.absent, name).first()
    }

    /// The store's document ids, so `in 9` can be refused when no id starts so.
    pub fn with_docs(mut self, docs: impl IntoIterator<Item = String>) -> Self {
        self.docs = docs.into_iter().collect();
        self.docs.sort();
        self
    }

    /// The store's document ids, when given.
    pub fn docs(&self) -> &[String] {
        &self.docs
    }

    /// Every label, for completion.
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.labels.values().map(String::as_str)
    }

    fn add(&mut self, name: &str, id: &EntityId) {
        let key = normal(name);
        let v = self.names.entry(key).or_default();
        if !v.contains(id) {
            v.push(id.clone());
        }
    }

    /// Entities a name refers to. Failing the name as written: without "the" ("the
    /// Kremlin"), without a trailing type noun ("the Storskog crossing", "Murmansk
    /// region"), without a possessive ("Finland's").
    pub fn lookup(&self, name: &str) -> &[EntityId] {
        find(&self.names, name)
    }

    /// The one entity a mistyped name means ("raja joosepi", "Hakkanen's"): the entity
    /// whose name is nearest by edit distance, within a quarter of the name's length,
    /// when no other entity is as near. `None` when the name is short (four letters
    /// or fewer: too many names are one letter apart), unknown or ambiguous.
    pub fn correct(&self, name: &str) -> Option<&EntityId> {
        let key = normal(name);
        let key = key.strip_prefix("the ").unwrap_or(&key);
        let key = key.strip_suffix("'s").unwrap_or(key);
        // "the raja joosepi border station": the name before its type noun.
        self.nearest(key)
            .or_else(|| without_type_noun(key).and_then(|head| self.nearest(head)))
    }

    /// [`NameIndex::correct`] for a name already normalised.
    fn nearest(&self, key: &str) -> Option<&EntityId> {
        let len = key.chars().count();
        if len <= 4 {
            return None;
        }
        let limit = (len / 4).clamp(1, 3);
        let mut best: Option<(usize, &EntityId)> = None;
        let mut tie = false;
        for (n, ids) in &self.names {
            let d = strsim::damerau_levenshtein(key, n);
            if d > limit || ids.is_empty() {
                continue;
            }
            match best {
                Some((b, id)) if d == b => tie |= ids.len() > 1 || &ids[0] != id,
                Some((b, _)) if d > b => {}
                _ => {
                    best = Some((d, &ids[0]));
                    tie = ids.len() > 1;
                }
            }
        }
        best.filter(|_| !tie).map(|(_, id)| id)
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
                let d = strsim::levenshtein(&key, n);
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

struct Resolver<'a> {
    names: &'a NameIndex,
    vars: Vec<String>,
    kinds: Vec<VarKind>,
    /// Notes on names: mistyped ones taken as the entity they nearly spell, and known
    /// ones no article of the store names.
    read_as: Vec<String>,
    /// Written names that named an entity of the store ("Russia's foreign ministry"):
    /// their words named the body, so they are no words of a title.
    named_by: Vec<String>,
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

    fn entity(&mut self, n: &ast::Name) -> Result<EntityId, QueryError> {
        if let Some(w) = &n.written {
            if let [one, ..] = self.names.lookup(w) {
                self.named_by.push(crate::text::fold(w));
                return Ok(one.clone());
            }
        }
        match self.names.lookup(&n.text) {
            [one] => Ok(one.clone()),
            // A state or place the lexicon knows that no article mentions: a question
            // about it has no answers, and says why (before a guess at a typo, so
            // "Slovakia" is not read as the store's Slovenia).
            [] => match self.names.absent(&n.text) {
                Some(id) => {
                    self.read_as.push(absent_note(&n.text));
                    Ok(id.clone())
                }
                None => match self.names.correct(&n.text) {
                    Some(id) => {
                        self.read_as
                            .push(format!("read “{}” as {}", n.text, self.names.label(id)));
                        Ok(id.clone())
                    }
                    None => Err(QueryError::UnknownEntity {
                        name: n.text.clone(),
                        span: n.span,
                        suggestions: self.names.suggest(&n.text),
                    }),
                },
            },
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

/// The note saying that no fact of the store is about `name` (an article may name it
/// in a sentence no fact was read from: the store keeps only those).
pub(crate) fn absent_note(name: &str) -> String {
    format!("no fact in this store is about “{name}”")
}

/// The entities a name refers to in `names`: as written, else without "the" ("the
/// Kremlin"), a possessive ("Finland's") or a trailing type noun ("the Storskog
/// crossing", "Murmansk region").
fn find<'a>(names: &'a HashMap<String, Vec<EntityId>>, name: &str) -> &'a [EntityId] {
    let key = normal(name);
    if let Some(v) = names.get(&key) {
        return v;
    }
    let bare = key.strip_prefix("the ").unwrap_or(&key);
    let bare = bare
        .strip_suffix("'s")
        .or_else(|| bare.strip_suffix('\''))
        .unwrap_or(bare);
    if let Some(v) = names.get(bare) {
        return v;
    }
    without_type_noun(bare)
        .and_then(|h| names.get(h))
        .map_or(&[], Vec::as_slice)
}

/// A name without the longest type noun that ends it: "border crossing" before
/// "crossing" ("the storskog border crossing": "storskog").
fn without_type_noun(name: &str) -> Option<&str> {
    let mut cut: Option<&str> = None;
    for noun in super::vocab::type_nouns() {
        if let Some(head) = name.strip_suffix(noun).and_then(|h| h.strip_suffix(' ')) {
            if cut.is_none_or(|c| head.len() < c.len()) && !head.is_empty() {
                cut = Some(head);
            }
        }
    }
    cut
}

/// Resolves a selection against the entities in `names`.
pub fn resolve(s: &ast::Select, names: &NameIndex) -> Result<Plan, QueryError> {
    let mut r = Resolver {
        names,
        vars: Vec::new(),
        kinds: Vec::new(),
        read_as: Vec::new(),
        named_by: Vec::new(),
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
            optional: c.optional,
            claim,
            contains: Vec::new(),
            modality: c.modality,
            defaulted: false,
        });
    }
    for (i, d) in s.docs.iter().enumerate() {
        if !names.docs.is_empty() && !names.docs.iter().any(|x| x.starts_with(d.as_str())) {
            let known: Vec<&str> = names
                .docs
                .iter()
                .take(5)
                .map(|x| crate::report::short_doc(x))
                .collect();
            return Err(QueryError::UnknownDoc {
                prefix: d.clone(),
                known: format!(
                    "{}{}",
                    known.join(", "),
                    if names.docs.len() > 5 { ", …" } else { "" }
                ),
                span: s.doc_spans.get(i).copied().unwrap_or_default(),
            });
        }
    }
    let mut filter = FactFilter {
        docs: s.docs.clone(),
        attributed: s.attributed.as_ref().map(|n| r.entity(n)).transpose()?,
        ..Default::default()
    };
    let mut explicit = None;
    let mut any = false;
    let mut types = Vec::new();
    let mut equals = Vec::new();
    // A title is no claim about an act: with other relations in the query, `claim
    // contains` tests theirs ("?p holds_role Estonia and ?p accuses Russia where claim
    // contains 'hybrid'").
    let titles_only = clauses
        .iter()
        .all(|c: &PClause| c.relation == PRel::Fixed(Relation::HOLDS_ROLE));
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
            Cond::Modality(m) => explicit = Some(*m),
            Cond::AnyModality => any = true,
            Cond::Date(op, d, span) => {
                check_date(d, *span)?;
                filter.dates.push((*op, d.clone()));
            }
            // "Russia's foreign ministry spokeswoman" with the ministry in the store:
            // "foreign" and "ministry" named it, the title is "spokeswoman".
            Cond::ClaimContains(t)
                if titles_only
                    && r.named_by.iter().any(|w| {
                        w.split(|c: char| !c.is_alphanumeric())
                            .any(|word| word.starts_with(&crate::text::fold(t)))
                    }) => {}
            Cond::ClaimContains(t) => {
                // A title word matches in either spelling ("defense", "Defence").
                let t = if titles_only {
                    super::vocab::spelling_stem(&t.to_lowercase()).to_string()
                } else {
                    t.to_lowercase()
                };
                for c in clauses
                    .iter_mut()
                    .filter(|c| titles_only || c.relation != PRel::Fixed(Relation::HOLDS_ROLE))
                {
                    match c.claim {
                        None => c.claim = Some(PClaim::Contains(t.clone())),
                        // A bound claim is still filtered.
                        Some(_) => c.contains.push(t.clone()),
                    }
                }
            }
        }
    }
    for c in &mut clauses {
        // A modal in the clause itself ("may close") wins over the query's; without
        // either, a question asks what the articles assert.
        if c.modality.is_none() && !any && !s.yes_no {
            c.modality = explicit.or(Some(Modality::Asserted));
            c.defaulted = explicit.is_none();
        }
    }
    // A clause repeated word for word matches the same facts as its first copy and adds
    // no row: keeping it would multiply the combinations of facts (eight copies of
    // `?x accuses ?y` are 5^8 combinations for five facts about one pair) for nothing.
    let mut kept: Vec<PClause> = Vec::with_capacity(clauses.len());
    for c in clauses {
        if !kept.contains(&c) {
            kept.push(c);
        }
    }
    let clauses = kept;
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
        count_facts: s.count_facts,
        yes_no: s.yes_no,
        cite: s.cite,
        by_date: s.by_date,
        form: s.form.clone(),
        distinct: s.distinct,
        order,
        limit: s.limit,
        notes: r
            .read_as
            .into_iter()
            .chain(s.notes.iter().cloned())
            .collect(),
    })
}

/// Checks that a date of a filter is a day (or month, or year) of the calendar.
fn check_date(d: &str, span: Span) -> Result<(), QueryError> {
    let bad = |why: String| QueryError::BadDate {
        date: d.to_string(),
        why,
        span,
    };
    // A day in any year (`--02-29`) is checked against a leap year.
    let (d, year) = match d.strip_prefix("--") {
        Some(md) => (md, Some(2000)),
        None => (d, None),
    };
    let parts: Vec<u32> = year
        .into_iter()
        .chain(d.split('-').filter_map(|p| p.parse().ok()))
        .collect();
    crate::model::check_calendar(&parts).map_err(|why| match year {
        Some(y) => bad(why.replace(&format!(" in {y}-"), " in month ")),
        None => bad(why),
    })
}

fn unknown_relation(word: &str, span: Span) -> QueryError {
    QueryError::UnknownRelation {
        word: word.to_string(),
        span,
        suggestions: super::vocab::Vocab::builtin().suggest_relation(word),
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
            contains: Vec::new(),
            modality: None,
            defaulted: false,
        }],
        filter: FactFilter::default(),
        types: Vec::new(),
        equals: Vec::new(),
        columns: vec![0, 1, 2],
        count: false,
        count_facts: false,
        yes_no: false,
        cite: false,
        by_date: false,
        form: None,
        distinct: false,
        order: None,
        limit: None,
        notes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityType;

    fn entity(label: &str, etype: EntityType) -> Entity {
        Entity {
            id: EntityId::from_label(label),
            label: label.into(),
            etype,
            aliases: Vec::new(),
            wikidata: None,
        }
    }

    #[test]
    fn names_are_found_without_an_article_a_type_noun_or_a_possessive() {
        let es = [
            entity("Storskog", EntityType::Crossing),
            entity("Finland", EntityType::State),
        ];
        let ix = NameIndex::new(&es, Vec::new());
        let storskog = [EntityId::from_label("Storskog")];
        for n in [
            "Storskog",
            "the Storskog crossing",
            "Storskog border crossing",
        ] {
            assert_eq!(ix.lookup(n), storskog, "{n}");
        }
        assert_eq!(ix.lookup("Finland's"), [EntityId::from_label("Finland")]);
        assert!(ix.lookup("the crossing").is_empty());
        assert!(ix.lookup("Salla crossing").is_empty());
    }

    #[test]
    fn a_mistyped_name_means_the_one_entity_it_nearly_spells() {
        let es = [
            entity("Raja-Jooseppi", EntityType::Crossing),
            entity("Vaalimaa", EntityType::Crossing),
            entity("Niirala", EntityType::Crossing),
            entity("Niiralo", EntityType::Crossing),
            entity("Russia", EntityType::State),
        ];
        let ix = NameIndex::new(&es, Vec::new());
        let id = |l: &str| Some(EntityId::from_label(l));
        assert_eq!(ix.correct("raja joosepi").cloned(), id("Raja-Jooseppi"));
        assert_eq!(ix.correct("Valimaa").cloned(), id("Vaalimaa"));
        assert_eq!(ix.correct("the Rusia's").cloned(), id("Russia"));
        // A type noun after the mistyped name is not part of it.
        assert_eq!(
            ix.correct("the raja joosepi border station").cloned(),
            id("Raja-Jooseppi")
        );
        assert_eq!(ix.correct("valimaa crossing").cloned(), id("Vaalimaa"));
        // Two entities as near: no guess.
        assert_eq!(ix.correct("Niiral"), None);
        // Short names and names far from every entity: no guess.
        assert_eq!(ix.correct("Rus"), None);
        assert_eq!(ix.correct("Estonia"), None);
    }

    #[test]
    fn a_known_name_no_article_mentions_resolves_to_no_answers() {
        let es = [entity("Finland", EntityType::State)];
        let extra = [
            ("Helsinki".to_string(), EntityId::from_label("Finland")),
            ("Lithuania".to_string(), EntityId::from_label("Lithuania")),
        ];
        let ix = NameIndex::new(&es, extra);
        assert!(ix.lookup("Lithuania").is_empty());
        assert_eq!(
            ix.absent("Lithuania's"),
            Some(&EntityId::from_label("Lithuania"))
        );
        assert_eq!(ix.absent("Helsinki"), None);
        assert_eq!(ix.absent("Xyzzy"), None);
        // The question runs and says why nothing answers; an unknown name is an error.
        let select = |name: &str| {
            let q = crate::query::syntax::parse(&format!("?x accuses {name}")).unwrap();
            match q {
                crate::query::ast::Query::Select(s) => s,
                other => panic!("{other:?}"),
            }
        };
        let plan = resolve(&select("Lithuania"), &ix).unwrap();
        assert_eq!(plan.notes, ["no fact in this store is about “Lithuania”"]);
        assert!(matches!(
            resolve(&select("Xyzzy"), &ix),
            Err(QueryError::UnknownEntity { .. })
        ));
    }
}
