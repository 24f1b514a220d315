//! Stage 5 of extraction: candidates become facts. A candidate is kept when its frame
//! accepts the types of its arguments (after an actor is replaced by its state where
//! the frame says so); symmetric facts are written in one order; what the fact teaches
//! (whom an accusation was against, where a crossing lies, whose official a person is)
//! is remembered for later sentences.

use super::discourse::Memory;
use super::doc::{Doc, Ent};
use super::frames::Candidate;
use super::view::Sentence;
use crate::model::{Entity, EntityId, EntityType, Fact, Modality, Relation};
use std::collections::BTreeMap;

/// Whether `NEWSGRAPH_TRACE` is set: every candidate is printed to stderr, for
/// reading why a sentence gives the facts it does.
pub fn trace() -> bool {
    static TRACE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *TRACE.get_or_init(|| std::env::var_os("NEWSGRAPH_TRACE").is_some())
}

/// The facts of a document so far, and the entities they name.
#[derive(Debug, Default)]
pub struct Emitter {
    /// Facts in text order.
    pub facts: Vec<Fact>,
    /// Every entity the facts name.
    pub entities: BTreeMap<EntityId, Entity>,
    /// The facts (by index) whose object was guessed: a role named without its state,
    /// taken to be in the article's state.
    pub guessed: Vec<usize>,
    /// The entities already in `entities`, by table number: most facts name entities
    /// an earlier fact named, and building an [`Entity`] allocates.
    seen: rustc_hash::FxHashSet<Ent>,
}

impl Emitter {
    /// Drops guessed roles the rest of the article contradicts: the person holds a
    /// role read with its state elsewhere, or accuses the guessed state
    /// ("Prime Minister X said Azerbaijan was pursuing …" is not Azerbaijan's).
    pub fn drop_contradicted_guesses(&mut self) {
        let mut drop = vec![false; self.facts.len()];
        for &i in &self.guessed {
            let g = &self.facts[i];
            let contradicted = self.facts.iter().enumerate().any(|(j, f)| {
                f.subject == g.subject
                    && j != i
                    && !self.guessed.contains(&j)
                    && ((f.relation == Relation::HOLDS_ROLE && f.object != g.object)
                        || (f.relation == Relation::ACCUSES && f.object == g.object))
            });
            drop[i] = contradicted;
        }
        let mut k = 0;
        self.facts.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
        self.guessed.clear();
    }

    /// Gives the closures and reopenings among `facts` again (only `actor`'s and of
    /// `relation`, when given), dated `date`, with `s` as their evidence ("The measure
    /// will take effect on Nov. 24"); never dated before they were read.
    pub fn date_again(
        &mut self,
        facts: std::ops::Range<usize>,
        s: &Sentence<'_>,
        date: &str,
        actor: Option<&EntityId>,
        relation: Option<Relation>,
    ) {
        for i in facts {
            let f = &self.facts[i];
            if !matches!(f.relation, Relation::CLOSES | Relation::REOPENS)
                || actor.is_some_and(|a| *a != f.subject)
                || relation.is_some_and(|r| r != f.relation)
                || f.modality == Modality::Negated
                || f.date.as_deref().is_some_and(|d| d >= date)
            {
                continue;
            }
            let mut again = f.clone();
            again.date = Some(date.to_string());
            again.evidence = s.evidence.clone();
            self.facts.push(again);
        }
    }

    /// Checks a candidate against its frame and records it as a fact.
    pub fn emit(&mut self, doc: &mut Doc<'_>, m: &mut Memory, s: &Sentence<'_>, c: Candidate) {
        if trace() {
            eprintln!(
                "candidate: {} {} {:?} [{}] {:?}",
                doc.entity(c.subject).label,
                c.relation,
                c.object.map(|o| doc.entity(o).label),
                c.modality,
                c.claim
            );
        }
        let Some(frame) = doc.lex.frame(c.relation) else {
            return;
        };
        let mut subject = c.subject;
        if frame.state_acts && doc.etype(subject) != EntityType::State {
            let state = match doc.etype(subject) {
                EntityType::Person => m.state_of_person(doc, subject),
                // A body of no known state acts for the state the article is about.
                EntityType::Organisation => doc.state_of(subject).or(m.main_state()),
                _ => doc.state_of(subject),
            };
            match state {
                Some(st) => subject = Ent::Lex(st),
                None => return,
            }
        }
        if !frame.subject.contains(doc.etype(subject)) {
            return;
        }
        let mut object = c.object;
        // "Roraima borders Guyana": a place stands for its state where only states can be.
        if let (true, Some(o)) = (frame.state_acts && frame.symmetric, object) {
            if doc.etype(o) != EntityType::State {
                object = doc.state_of(o).map(Ent::Lex);
            }
        }
        // A place named in a list of crossings a state closes is a crossing.
        if let (true, Some(Ent::Lex(i))) = (frame.collective, object) {
            if doc.is_found(i) && doc.etype(Ent::Lex(i)) == EntityType::Place {
                doc.retype(i, EntityType::Crossing);
            }
        }
        match object {
            Some(o) if !frame.object.contains(doc.etype(o)) => return,
            None if !frame.object.is_empty() && !frame.object_optional => return,
            _ => {}
        }
        if let (true, Some(o)) = (frame.symmetric, object) {
            if doc.id(o) < doc.id(subject) {
                object = Some(subject);
                subject = o;
            }
        }
        if Some(subject) == object {
            return;
        }
        // Only a state closes its own airspace: "closing the Malian airspace" read as
        // another state's act is misread.
        if let (Some(Ent::Airspace(st)), Some(actor)) = (object, doc.state_of(subject)) {
            if actor != st {
                return;
            }
        }
        // A state does not close the crossings of a border it is not on.
        if let (true, Some(Ent::Crossings(a, b)), Ent::Lex(st)) =
            (frame.collective, object, subject)
        {
            if st != a && st != b {
                return;
            }
        }
        // A place does not lie in a place of another state: "Bavet … in Vietnam's Tay
        // Ninh province" read the wrong way.
        if let (Relation::LOCATED_IN, Some(o)) = (c.relation, object) {
            // A state lies only in the state that claims it, if it is a breakaway state
            // ("Transnistria, a breakaway region in eastern Moldova").
            if doc.etype(subject) == EntityType::State {
                let claimant = match subject {
                    Ent::Lex(i) => doc.ent(i).located_in.map(Ent::Lex),
                    _ => None,
                };
                if claimant != Some(o) {
                    return;
                }
            } else if let (Some(a), Some(b)) = (doc.state_of(subject), doc.state_of(o)) {
                if a != b {
                    return;
                }
            }
        }
        match c.relation {
            Relation::ACCUSES => {
                m.last_accused = object;
                if c.claim.is_some() {
                    m.last_accusation = c.claim.clone();
                }
            }
            Relation::HOLDS_ROLE => {
                if let Some(st) = object.and_then(|o| doc.state_of(o)) {
                    let known = if c.inferred {
                        &mut m.person_state_guess
                    } else {
                        &mut m.person_state
                    };
                    known.entry(subject).or_insert(st);
                }
            }
            _ if frame.collective && c.modality == Modality::Asserted && !c.inferred => {
                if let (Some(o), Some(st)) = (object, doc.state_of(subject)) {
                    m.acted_on.insert(o, st);
                    if matches!(o, Ent::Lex(_)) && doc.etype(o) == EntityType::Crossing {
                        m.last_acted_crossing = Some(o);
                    }
                }
            }
            Relation::LOCATED_IN => {
                // A crossing or place found in the text learns its state, so a later
                // "will be closed" knows who closes it.
                if let (Ent::Lex(si), Some(st)) = (subject, object.and_then(|o| doc.state_of(o))) {
                    doc.learn_location(si, st);
                }
            }
            _ => {}
        }
        let attribution = s
            .attribution
            .filter(|a| *a != subject && Some(*a) != object);
        for e in [Some(subject), object, attribution].into_iter().flatten() {
            if self.seen.insert(e) {
                let entity = doc.entity(e);
                self.entities.entry(entity.id.clone()).or_insert(entity);
            }
        }
        if c.inferred {
            self.guessed.push(self.facts.len());
        }
        self.facts.push(Fact {
            doc: doc.doc_id.to_string(),
            subject: doc.id(subject),
            relation: c.relation,
            object: object.map(|o| doc.id(o)),
            claim: c.claim,
            modality: c.modality,
            date: c.date,
            attribution: attribution.map(|a| doc.id(a)),
            evidence: s.evidence.clone(),
        });
    }
}
