//! Relation frames: what the lexicon declares about each relation (its words and the
//! arguments it takes), read from `[frame.<relation>]` tables in `relations.toml`.

use crate::model::{EntityType, Relation};
use serde::Deserialize;

/// A set of entity types, as a frame's subject or object constraint.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TypeSet(u8);

impl TypeSet {
    /// The types that can act: states, people and organisations.
    pub const AGENTS: TypeSet = TypeSet(0b01011);

    fn bit(t: EntityType) -> u8 {
        match t {
            EntityType::State => 1,
            EntityType::Person => 2,
            EntityType::Crossing => 4,
            EntityType::Organisation => 8,
            EntityType::Place => 16,
        }
    }

    /// Whether the set holds `t`.
    pub fn contains(self, t: EntityType) -> bool {
        self.0 & Self::bit(t) != 0
    }

    /// Whether the set is empty (a relation without an object).
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The types in the set, in [`EntityType::ALL`] order.
    pub fn types(self) -> impl Iterator<Item = EntityType> {
        EntityType::ALL
            .into_iter()
            .filter(move |t| self.contains(*t))
    }

    fn with(self, t: EntityType) -> Self {
        TypeSet(self.0 | Self::bit(t))
    }
}

/// Which grammatical forms a verb surface is (one surface may be several: "shut").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Forms(u8);

impl Forms {
    /// The base form: "accuse", "shut".
    pub const BASE: Forms = Forms(1);
    /// Third person singular present: "accuses".
    pub const THIRD: Forms = Forms(2);
    /// Simple past: "accused".
    pub const PAST: Forms = Forms(4);
    /// Present participle: "accusing".
    pub const ING: Forms = Forms(8);
    /// Past participle: "accused", "taken".
    pub const PARTICIPLE: Forms = Forms(16);

    /// Whether every form of `other` is among these.
    pub fn has(self, other: Forms) -> bool {
        self.0 & other.0 == other.0
    }

    /// Both sets of forms.
    pub fn union(self, other: Forms) -> Forms {
        Forms(self.0 | other.0)
    }
}

/// The forms of one verb: base, third person, past, -ing and past participle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbForms {
    /// "accuse".
    pub base: String,
    /// "accuses".
    pub third: String,
    /// "accused".
    pub past: String,
    /// "accusing".
    pub ing: String,
    /// "accused" ("taken" for "take").
    pub participle: String,
}

impl VerbForms {
    /// Every surface with the forms it is.
    pub fn surfaces(&self) -> [(&str, Forms); 5] {
        [
            (&self.base, Forms::BASE),
            (&self.third, Forms::THIRD),
            (&self.past, Forms::PAST),
            (&self.ing, Forms::ING),
            (&self.participle, Forms::PARTICIPLE),
        ]
    }
}

/// The forms of one noun.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NounForms {
    /// "accusation".
    pub singular: String,
    /// "accusations".
    pub plural: String,
}

/// Who acts when a frame's verb is passive and names no agent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Agentless {
    /// Nobody: no fact.
    #[default]
    None,
    /// The state the object lies in ("the crossing was closed" → its state).
    Location,
}

/// How a frame's facts are read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Rule {
    /// By the generic frame matcher.
    #[default]
    Frame,
    /// Statements: quotations and reported speech (`says`).
    Statement,
    /// Titles and appositions (`holds_role`).
    Role,
    /// Where things lie (`located_in`): the verb, then a place after "in".
    Place,
}

/// One relation as the lexicon declares it.
#[derive(Clone, Debug)]
pub struct Frame {
    /// The relation.
    pub relation: Relation,
    /// What `subject relation object` means, in one line.
    pub doc: String,
    /// Verb forms that express it.
    pub verbs: Vec<VerbForms>,
    /// Nominal forms.
    pub nouns: Vec<NounForms>,
    /// Entity types that can be the subject.
    pub subject: TypeSet,
    /// Entity types the object can be; empty for relations without an object.
    pub object: TypeSet,
    /// A fact may have no object when the text names nobody ("condemned the attack").
    pub object_optional: bool,
    /// The actor is reported as the state it acts for.
    pub state_acts: bool,
    /// Unnamed crossing nouns stand for the crossings between two states.
    pub collective: bool,
    /// `a rel b` is `b rel a`.
    pub symmetric: bool,
    /// Words after the object that open the claim (folded).
    pub claim: Vec<String>,
    /// The verb's object is the claim.
    pub object_claim: bool,
    /// A passive with "by" names the actor.
    pub passive: bool,
    /// Who acts in a passive without an agent.
    pub agentless: Agentless,
    /// Prepositions between the verb and its object (folded).
    pub verb_object: Vec<String>,
    /// Prepositions between the noun and its object (folded).
    pub noun_object: Vec<String>,
    /// Words after the noun that open the claim (folded).
    pub noun_claim: Vec<String>,
    /// Governors that make the noun a plan, only possible: "was preparing further
    /// sanctions" (folded; each is also a governor).
    pub planning: Vec<String>,
    /// Prepositions after the claim that introduce the object: "blamed the attacks on
    /// X" (folded).
    pub claim_object: Vec<String>,
    /// Verbs the question language reads as the relation although the extractor does
    /// not (too ambiguous in running text): "which nations charged Moscow with …".
    pub asked_verbs: Vec<VerbForms>,
    /// Verbs whose subject is the traffic through a crossing named after a preposition:
    /// "traffic resumed at X", "crossings were halted at X".
    pub ergative: Vec<VerbForms>,
    /// Verbs by which the subject lets traffic through a crossing; with "again" they
    /// are the relation: "let lorries through X again".
    pub enabling: Vec<VerbForms>,
    /// Verbs that are the relation only with a name right after them, no phrase of
    /// common words: "pointed at Moscow", not "pointed at the Russian flag".
    pub named_verbs: Vec<VerbForms>,
    /// Verbs taking the object, then a complement of `complements`: "held Minsk
    /// responsible for" (folded).
    pub complement_verbs: Vec<String>,
    /// The official reported after the clause acts too: "Belarus has accused Ukraine of
    /// …, Belarusian leader Alexander Lukashenko said".
    pub speaker_acts: bool,
    /// The object is foreign to the subject: an official who accuses or condemns a
    /// state is not its official.
    pub foreign_object: bool,
    /// The object can be "under" the noun: "remains under UN sanctions", "was placed
    /// under sanctions by the United States".
    pub borne_under: bool,
    /// Verbs that make the relation's noun mutual ("traded accusations", "share a
    /// border"), folded.
    pub reciprocal: Vec<String>,
    /// Verbs taking the participle as a state ("remained closed"), folded.
    pub stative: Vec<String>,
    /// Adjectives whose state, after a stative verb, denies the relation ("stayed
    /// open"), folded.
    pub opposites: Vec<String>,
    /// How the frame is read.
    pub rule: Rule,
}

/// A `[frame.<relation>]` table as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FrameSpec {
    doc: String,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    subject: Option<Vec<String>>,
    #[serde(default)]
    object: Vec<String>,
    #[serde(default)]
    object_optional: bool,
    #[serde(default)]
    state_acts: bool,
    #[serde(default)]
    collective: bool,
    #[serde(default)]
    symmetric: bool,
    #[serde(default)]
    claim: Vec<String>,
    #[serde(default)]
    object_claim: bool,
    passive: Option<bool>,
    #[serde(default)]
    agentless: Option<String>,
    #[serde(default)]
    verb_object: Vec<String>,
    #[serde(default)]
    noun_object: Vec<String>,
    #[serde(default)]
    noun_claim: Vec<String>,
    #[serde(default)]
    pub(super) planning: Vec<String>,
    #[serde(default)]
    claim_object: Vec<String>,
    #[serde(default)]
    pub(super) governors: Vec<String>,
    #[serde(default)]
    pub(super) reciprocal: Vec<String>,
    #[serde(default)]
    pub(super) stative: Vec<String>,
    #[serde(default)]
    pub(super) acts: Vec<String>,
    #[serde(default)]
    pub(super) opposites: Vec<String>,
    #[serde(default)]
    asked_verbs: Vec<String>,
    #[serde(default)]
    ergative: Vec<String>,
    #[serde(default)]
    enabling: Vec<String>,
    #[serde(default)]
    named_verbs: Vec<String>,
    #[serde(default)]
    pub(super) restored: Vec<String>,
    #[serde(default)]
    pub(super) complements: Vec<String>,
    #[serde(default)]
    complement_verbs: Vec<String>,
    #[serde(default)]
    speaker_acts: bool,
    #[serde(default)]
    foreign_object: bool,
    #[serde(default)]
    borne_under: bool,
    rule: Option<String>,
}

fn types(list: &[String], what: &str) -> Result<TypeSet, String> {
    let mut set = TypeSet::default();
    for t in list {
        let ty = EntityType::parse(t).ok_or_else(|| {
            format!("unknown {what} type {t:?} (expected State, Person, Crossing, Organisation or Place)")
        })?;
        set = set.with(ty);
    }
    Ok(set)
}

fn verb(spec: &str) -> Result<VerbForms, String> {
    let parts: Vec<&str> = spec.split('|').map(str::trim).collect();
    match parts[..] {
        [base, third, past, ing] => Ok(VerbForms {
            base: base.into(),
            third: third.into(),
            past: past.into(),
            ing: ing.into(),
            participle: past.into(),
        }),
        [base, third, past, ing, participle] => Ok(VerbForms {
            base: base.into(),
            third: third.into(),
            past: past.into(),
            ing: ing.into(),
            participle: participle.into(),
        }),
        _ => Err(format!(
            "verb {spec:?}: expected \"base|third person|past|-ing[|past participle]\", like \"accuse|accuses|accused|accusing\""
        )),
    }
    .and_then(|v| {
        if v.surfaces().iter().any(|(s, _)| s.is_empty()) {
            Err(format!("verb {spec:?} has an empty form"))
        } else {
            Ok(v)
        }
    })
}

fn noun(spec: &str) -> Result<NounForms, String> {
    match spec.split('|').map(str::trim).collect::<Vec<_>>()[..] {
        [s, p] if !s.is_empty() && !p.is_empty() => Ok(NounForms {
            singular: s.into(),
            plural: p.into(),
        }),
        _ => Err(format!(
            "noun {spec:?}: expected \"singular|plural\", like \"accusation|accusations\""
        )),
    }
}

fn folded(list: &[String]) -> Vec<String> {
    list.iter().map(|s| crate::text::fold(s.trim())).collect()
}

impl FrameSpec {
    /// The frame this table declares for `relation`, or what is wrong with it.
    pub(super) fn compile(&self, relation: Relation) -> Result<Frame, String> {
        let subject = match &self.subject {
            Some(list) => types(list, "subject")?,
            None => TypeSet::AGENTS,
        };
        let rule = match self.rule.as_deref() {
            None | Some("frame") => Rule::Frame,
            Some("statement") => Rule::Statement,
            Some("role") => Rule::Role,
            Some("place") => Rule::Place,
            Some(other) => {
                return Err(format!(
                    "unknown rule {other:?} (expected frame, statement, role or place)"
                ))
            }
        };
        let agentless = match self.agentless.as_deref() {
            None | Some("none") => Agentless::None,
            Some("location") => Agentless::Location,
            Some(other) => {
                return Err(format!(
                    "unknown agentless {other:?} (expected none or location)"
                ))
            }
        };
        Ok(Frame {
            relation,
            doc: self.doc.clone(),
            verbs: self
                .verbs
                .iter()
                .map(|v| verb(v))
                .collect::<Result<_, _>>()?,
            nouns: self
                .nouns
                .iter()
                .map(|n| noun(n))
                .collect::<Result<_, _>>()?,
            subject,
            object: types(&self.object, "object")?,
            object_optional: self.object_optional,
            state_acts: self.state_acts,
            collective: self.collective,
            symmetric: self.symmetric,
            claim: folded(&self.claim),
            object_claim: self.object_claim,
            passive: self.passive.unwrap_or(true),
            agentless,
            verb_object: folded(&self.verb_object),
            noun_object: folded(&self.noun_object),
            noun_claim: folded(&self.noun_claim),
            planning: folded(&self.planning),
            claim_object: folded(&self.claim_object),
            asked_verbs: self
                .asked_verbs
                .iter()
                .map(|v| verb(v))
                .collect::<Result<_, _>>()?,
            ergative: self
                .ergative
                .iter()
                .map(|v| verb(v))
                .collect::<Result<_, _>>()?,
            enabling: self
                .enabling
                .iter()
                .map(|v| verb(v))
                .collect::<Result<_, _>>()?,
            named_verbs: self
                .named_verbs
                .iter()
                .map(|v| verb(v))
                .collect::<Result<_, _>>()?,
            complement_verbs: folded(&self.complement_verbs),
            speaker_acts: self.speaker_acts,
            foreign_object: self.foreign_object,
            borne_under: self.borne_under,
            reciprocal: self
                .reciprocal
                .iter()
                .map(|w| crate::text::fold(w))
                .collect(),
            stative: folded(&self.stative),
            opposites: folded(&self.opposites),
            rule,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms_read_four_or_five_parts() {
        let v = verb("take|takes|took|taking|taken").unwrap();
        assert_eq!((v.past.as_str(), v.participle.as_str()), ("took", "taken"));
        let v = verb("shut|shuts|shut|shutting").unwrap();
        assert_eq!(v.participle, "shut");
        assert!(verb("accuse|accused")
            .unwrap_err()
            .contains("base|third person"));
        assert!(noun("closure").is_err());
    }

    #[test]
    fn type_sets() {
        let t = types(&["State".into(), "crossing".into()], "object").unwrap();
        assert!(t.contains(EntityType::Crossing) && !t.contains(EntityType::Person));
        assert_eq!(t.types().count(), 2);
        assert!(types(&["Thing".into()], "object").is_err());
        assert!(Forms::BASE.union(Forms::PAST).has(Forms::PAST));
    }
}
