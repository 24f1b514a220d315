//! The query language's words, taken from the lexicon the store was built with: every
//! verb form of every relation frame (so `condemns`, declared only in
//! `data/lexicon/relations.toml`, is askable with no grammar change), relation nouns
//! ("accusations"), type nouns and demonyms. The grammar keeps the structure; this is
//! where words get their meaning, and where the REPL finds completion candidates.

use crate::lexicon::{Forms, Lexicon};
use crate::model::{EntityType, Relation};
use crate::text::fold;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// Words of the query language, from one lexicon.
#[derive(Debug, Default, Clone)]
pub struct Vocab {
    /// Folded verb surface ("accused", "shut down") → relation and forms.
    verbs: HashMap<String, (Relation, Forms)>,
    /// Folded noun surface ("accusations") → relation.
    nouns: HashMap<String, Relation>,
    /// Every relation, in lexicon order.
    relations: Vec<Relation>,
    /// Relations whose verb's object is the claim (`denies`, `says`).
    object_claim: HashSet<Relation>,
    /// Relations whose facts carry a claim worth showing.
    claims: HashSet<Relation>,
    /// Relations whose object may be missing.
    objectless: HashSet<Relation>,
    /// Relations whose object can be their verb's subject: "when will Storskog
    /// reopen" (frames whose agentless passive acts on a location).
    intransitive: HashSet<Relation>,
    /// Folded reciprocal verb ("share") → the relation it makes mutual with a type
    /// noun ("share a border").
    reciprocal: HashMap<String, Relation>,
    /// Folded demonym ("finnish") → the label of its state.
    demonyms: HashMap<String, String>,
    /// Folded state label ("estonia") → the label, for states with a demonym.
    states: HashMap<String, String>,
    /// Words titles are made of ("interior", "minister"), and the words they end in.
    title_words: HashSet<String>,
    office_words: HashSet<String>,
    /// Words of the bodies that stand for a state ("border", "officials").
    group_words: HashSet<String>,
    /// Words that end an organisation's name ("institute", "bank"): "the Institute
    /// for the Study of War" runs on past "for".
    org_heads: HashSet<String>,
    /// Kinds of crossing written before a crossing noun ("road", "rail"): "which road
    /// crossings" asks for crossings.
    crossing_kinds: HashSet<String>,
    /// Verbs of an act starting, as words ("take effect", "come into force").
    effect_phrases: Vec<Vec<String>>,
    /// Folded short form of a title ("pm") → its words ("prime minister").
    abbreviations: HashMap<String, String>,
    /// Folded stative verb ("stayed") → the relations it takes as a state.
    stative: HashMap<String, Vec<Relation>>,
    /// Folded opposite ("open") → the relations whose state it denies.
    opposites: HashMap<String, Vec<Relation>>,
}

/// The type nouns of questions ("crossing", "border crossings", "countries").
pub fn type_nouns() -> impl Iterator<Item = &'static str> {
    TYPE_NOUNS.iter().map(|(n, _)| *n)
}

/// A title word cut before the letters British and American spelling differ in, so
/// the claim test finds either: "defense" finds "Defence Minister", "labor" finds
/// "Labour", "organize" finds "organise"; and an office written for a man, a woman or
/// either cut to what they share, so "spokesperson" finds "Spokeswoman" and
/// "chairman" finds "Chairperson" (only these: "congressman" is no "Congress").
pub fn spelling_stem(word: &str) -> &str {
    for stem in ["spokes", "chair"] {
        let rest = word.strip_prefix(stem);
        if rest.is_some_and(|r| matches!(r, "person" | "woman" | "man")) {
            return stem;
        }
    }
    for (ending, keep) in [
        ("ence", 3),
        ("ense", 3),
        ("our", 2),
        ("or", 2),
        ("ise", 1),
        ("ize", 1),
    ] {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.len() >= 3 {
                return &word[..stem.len() + keep - 1];
            }
        }
    }
    word
}

/// Words that qualify a crossing noun in a question without naming another type:
/// "the legal land border crossings", "the main crossings".
const CROSSING_QUALIFIERS: &[&str] = &["land", "legal", "official", "international", "main"];

/// Words that single out some crossings where the graph cannot tell which: "the arctic
/// crossing with Norway" (not the Arctic region), "the last crossing", "the northern
/// crossings". Read past like the qualifiers, with a note saying so.
const CROSSING_SELECTORS: &[&str] = &[
    "arctic",
    "northern",
    "northernmost",
    "southern",
    "southernmost",
    "eastern",
    "easternmost",
    "western",
    "westernmost",
    "last",
    "only",
    "remaining",
    "busiest",
    "biggest",
    "largest",
];

/// Type nouns of questions, singular and plural, with the type they name.
const TYPE_NOUNS: &[(&str, EntityType)] = &[
    ("state", EntityType::State),
    ("states", EntityType::State),
    ("country", EntityType::State),
    ("countries", EntityType::State),
    ("nation", EntityType::State),
    ("nations", EntityType::State),
    ("government", EntityType::State),
    ("governments", EntityType::State),
    ("person", EntityType::Person),
    ("people", EntityType::Person),
    ("persons", EntityType::Person),
    ("official", EntityType::Person),
    ("officials", EntityType::Person),
    ("politician", EntityType::Person),
    ("politicians", EntityType::Person),
    ("minister", EntityType::Person),
    ("ministers", EntityType::Person),
    ("leader", EntityType::Person),
    ("leaders", EntityType::Person),
    ("crossing", EntityType::Crossing),
    ("crossings", EntityType::Crossing),
    ("checkpoint", EntityType::Crossing),
    ("checkpoints", EntityType::Crossing),
    ("border", EntityType::Crossing),
    ("borders", EntityType::Crossing),
    ("frontier", EntityType::Crossing),
    ("frontiers", EntityType::Crossing),
    ("border crossing", EntityType::Crossing),
    ("border crossings", EntityType::Crossing),
    ("crossing point", EntityType::Crossing),
    ("crossing points", EntityType::Crossing),
    ("crossing station", EntityType::Crossing),
    ("crossing stations", EntityType::Crossing),
    ("border station", EntityType::Crossing),
    ("border stations", EntityType::Crossing),
    ("border crossing station", EntityType::Crossing),
    ("border crossing stations", EntityType::Crossing),
    ("border post", EntityType::Crossing),
    ("border posts", EntityType::Crossing),
    ("border checkpoint", EntityType::Crossing),
    ("border checkpoints", EntityType::Crossing),
    ("border crossing point", EntityType::Crossing),
    ("border crossing points", EntityType::Crossing),
    ("organisation", EntityType::Organisation),
    ("organisations", EntityType::Organisation),
    ("organization", EntityType::Organisation),
    ("organizations", EntityType::Organisation),
    ("org", EntityType::Organisation),
    ("orgs", EntityType::Organisation),
    ("think tank", EntityType::Organisation),
    ("think tanks", EntityType::Organisation),
    ("institute", EntityType::Organisation),
    ("institutes", EntityType::Organisation),
    ("bloc", EntityType::Organisation),
    ("blocs", EntityType::Organisation),
    ("alliance", EntityType::Organisation),
    ("alliances", EntityType::Organisation),
    ("agency", EntityType::Organisation),
    ("agencies", EntityType::Organisation),
    ("place", EntityType::Place),
    ("places", EntityType::Place),
    ("region", EntityType::Place),
    ("regions", EntityType::Place),
    ("province", EntityType::Place),
    ("provinces", EntityType::Place),
    ("ministry", EntityType::Organisation),
    ("ministries", EntityType::Organisation),
    ("body", EntityType::Organisation),
    ("bodies", EntityType::Organisation),
    ("town", EntityType::Place),
    ("towns", EntityType::Place),
    ("city", EntityType::Place),
    ("cities", EntityType::Place),
];

/// Keywords of the language, offered by the REPL's completion (with the vocabulary's
/// relation words, nouns and type nouns).
pub const KEYWORDS: &[&str] = &[
    "who",
    "what",
    "which",
    "when",
    "where",
    "how",
    "did",
    "does",
    "is",
    "are",
    "was",
    "were",
    "of",
    "and",
    "after",
    "before",
    "since",
    "until",
    "on",
    "in",
    "order by",
    "limit",
    "asserted",
    "possible",
    "negated",
    "any modality",
    "count",
    "distinct",
    "connected",
    "happened",
    "mention",
    "many",
    "times",
    "claim contains",
    "may",
    "might",
    "could",
    "not",
    "connected to",
    "a member of",
    "asc",
    "desc",
    "date",
    "doc",
    "State",
    "Person",
    "Crossing",
    "Organisation",
    "Place",
    "states",
    "crossings",
    "people",
];

impl Vocab {
    /// The vocabulary of a lexicon.
    pub fn new(lex: &Lexicon) -> Self {
        let mut v = Vocab::default();
        for f in lex.frames() {
            v.relations.push(f.relation);
            for verb in f.verbs.iter().chain(&f.named_verbs).chain(&f.asked_verbs) {
                for (s, forms) in verb.surfaces() {
                    let e = v
                        .verbs
                        .entry(fold(s))
                        .or_insert((f.relation, Forms::default()));
                    // A surface of two relations keeps the first frame's meaning.
                    if e.0 == f.relation {
                        e.1 = e.1.union(forms);
                    }
                }
            }
            for n in &f.nouns {
                for s in [&n.singular, &n.plural] {
                    v.nouns.entry(fold(s)).or_insert(f.relation);
                }
            }
            if f.object_claim || (f.object.is_empty() && f.relation != Relation::HOLDS_ROLE) {
                v.object_claim.insert(f.relation);
            }
            if f.object_claim
                || !f.claim.is_empty()
                || f.object.is_empty()
                || f.relation == Relation::HOLDS_ROLE
            {
                v.claims.insert(f.relation);
            }
            if f.object.is_empty() || f.object_optional {
                v.objectless.insert(f.relation);
            }
            if f.agentless == crate::lexicon::Agentless::Location {
                v.intransitive.insert(f.relation);
            }
            for w in &f.reciprocal {
                v.reciprocal.entry(w.clone()).or_insert(f.relation);
            }
            for w in &f.stative {
                v.stative.entry(w.clone()).or_default().push(f.relation);
            }
            for w in &f.opposites {
                v.opposites.entry(w.clone()).or_default().push(f.relation);
            }
        }
        for (d, id) in lex.demonyms() {
            if let Some(i) = lex.index_of(id) {
                let label = &lex.entity(i).entity.label;
                v.demonyms.insert(d.to_string(), label.clone());
                v.states.insert(fold(label), label.clone());
            }
        }
        v.title_words = lex.words.title_words.clone();
        v.office_words = lex.words.office_words.clone();
        v.abbreviations = lex.words.title_abbreviations.clone();
        v.group_words = lex.words.group_words.clone();
        v.org_heads = lex.words.org_heads.clone();
        v.crossing_kinds = lex.words.crossing_kinds.clone();
        v.effect_phrases = lex.words.effect_phrases.clone();
        v.crossing_kinds
            .extend(CROSSING_QUALIFIERS.iter().map(|w| w.to_string()));
        v
    }

    /// The verbs of an act starting, as words ("take effect", "come into force").
    pub fn effect_phrases(&self) -> &[Vec<String>] {
        &self.effect_phrases
    }

    /// The vocabulary of the lexicon built into the binary (for parsing without a
    /// store, and for tests).
    pub fn builtin() -> &'static Vocab {
        static V: OnceLock<Vocab> = OnceLock::new();
        V.get_or_init(|| match Lexicon::embedded() {
            Ok(lex) => Vocab::new(&lex),
            Err(_) => Vocab::default(),
        })
    }

    /// The relation a verb form (any inflection, or a two-word verb) or a relation
    /// name stands for.
    pub fn relation(&self, word: &str) -> Option<Relation> {
        let w = fold(word.trim());
        if let Some((r, _)) = self.verbs.get(&w) {
            return Some(*r);
        }
        Relation::parse(&w).filter(|r| self.relations.contains(r))
    }

    /// The relation and forms of a verb surface.
    pub fn verb(&self, word: &str) -> Option<(Relation, Forms)> {
        self.verbs.get(&fold(word)).copied()
    }

    /// The relation a noun stands for ("accusations" → accuses).
    pub fn noun(&self, word: &str) -> Option<Relation> {
        self.nouns.get(&fold(word)).copied()
    }

    /// Whether a word is a verb form of a relation mistyped ("acused", "klozed"):
    /// within one edit of a form, two for words of five letters or more.
    pub fn verb_near(&self, word: &str) -> bool {
        let w = fold(word);
        let limit = if w.chars().count() >= 5 { 2 } else { 1 };
        self.verbs
            .keys()
            .any(|v| strsim::damerau_levenshtein(&w, v) <= limit)
    }

    /// Every relation the lexicon declares.
    pub fn relations(&self) -> &[Relation] {
        &self.relations
    }

    /// Whether the relation's verb takes the claim as its object (`denies`, `says`).
    pub fn object_is_claim(&self, r: Relation) -> bool {
        self.object_claim.contains(&r)
    }

    /// Whether the relation's facts carry a claim (what was alleged, said, the title).
    pub fn has_claim(&self, r: Relation) -> bool {
        self.claims.contains(&r)
    }

    /// Whether the relation's verb may take its object as subject ("Storskog will
    /// reopen").
    pub fn intransitive(&self, r: Relation) -> bool {
        self.intransitive.contains(&r)
    }

    /// Whether the relation's facts may have no object.
    pub fn objectless(&self, r: Relation) -> bool {
        self.objectless.contains(&r)
    }

    /// Whether a word qualifies a crossing noun ("road", "land"): "which road crossings".
    pub fn crossing_kind(&self, word: &str) -> bool {
        self.crossing_kinds.contains(&fold(word)) || self.crossing_selector(word)
    }

    /// Whether `word` singles out some crossings the graph cannot tell apart ("the
    /// northern crossings", "the last crossing").
    pub fn crossing_selector(&self, word: &str) -> bool {
        CROSSING_SELECTORS.contains(&fold(word).as_str())
    }

    /// The entity type a type noun names ("crossings" → Crossing).
    pub fn type_noun(&self, word: &str) -> Option<EntityType> {
        let w = fold(word);
        TYPE_NOUNS
            .iter()
            .find(|(n, _)| *n == w)
            .map(|(_, t)| *t)
            .or_else(|| EntityType::parse(&w))
    }

    /// The type noun a mistyped word stands for ("crosings" → Crossing): the one
    /// type noun one edit away, for words of five letters or more.
    pub fn type_noun_near(&self, word: &str) -> Option<EntityType> {
        let w = fold(word);
        if w.chars().count() < 5 {
            return None;
        }
        let near: Vec<EntityType> = TYPE_NOUNS
            .iter()
            .filter(|(n, _)| strsim::damerau_levenshtein(n, &w) == 1)
            .map(|(_, t)| *t)
            .collect();
        match near.as_slice() {
            [t, rest @ ..] if rest.iter().all(|r| r == t) => Some(*t),
            _ => None,
        }
    }

    /// The relation a reciprocal verb ("share", "traded") makes mutual.
    pub fn reciprocal(&self, word: &str) -> Option<Relation> {
        self.reciprocal.get(&fold(word)).copied()
    }

    /// The state a demonym names ("Finnish" → "Finland").
    pub fn demonym(&self, word: &str) -> Option<&str> {
        self.demonyms.get(&fold(word)).map(String::as_str)
    }

    /// A demonym as written or mistyped by one letter ("estonain"), when only one
    /// demonym is that near; words of five letters or fewer must be exact.
    pub fn demonym_near(&self, word: &str) -> Option<&str> {
        let w = fold(word);
        if let Some(l) = self.demonyms.get(&w) {
            return Some(l);
        }
        // A state's own name is no mistyped demonym ("estonia" is one letter from
        // "estonian").
        if w.chars().count() <= 5 || self.states.contains_key(&w) {
            return None;
        }
        one_near(
            &w,
            self.demonyms.iter().map(|(d, l)| (d.as_str(), l.as_str())),
        )
    }

    /// "stayed open", "remained closed": a stative verb and the state after it, as
    /// the relation and whether the state denies it (`true` for "open").
    pub fn stative(&self, verb: &str, state: &str) -> Option<(Relation, bool)> {
        let rels = self.stative.get(&fold(verb))?;
        if let Some(r) = self
            .opposites
            .get(&fold(state))
            .and_then(|o| o.iter().find(|r| rels.contains(r)))
        {
            return Some((*r, true));
        }
        let (r, forms) = self.verb(state)?;
        (rels.contains(&r) && forms.has(Forms::PARTICIPLE)).then_some((r, false))
    }

    /// The label of the state named by `word` ("estonia"), for states with a demonym.
    pub fn state(&self, word: &str) -> Option<&str> {
        self.states.get(&fold(word)).map(String::as_str)
    }

    /// The words a short form of a title stands for ("pm" → "prime minister").
    pub fn abbreviation(&self, word: &str) -> Option<&str> {
        self.abbreviations.get(&fold(word)).map(String::as_str)
    }

    /// A word of a title as written or mistyped by one letter ("minster" →
    /// "minister"), when it is six letters or more and only one title word is that near.
    pub fn title_word_near(&self, word: &str) -> Option<String> {
        let w = fold(word);
        if self.title_words.contains(&w) {
            return Some(w);
        }
        if w.chars().count() < 6 {
            return None;
        }
        one_near(
            &w,
            self.title_words.iter().map(|t| (t.as_str(), t.as_str())),
        )
        .map(str::to_string)
    }

    /// Whether `word` may be part of a body standing for a state ("border officials").
    pub fn group_word(&self, word: &str) -> bool {
        self.group_words.contains(&fold(word))
    }

    /// Whether `word` ends an organisation's name ("Institute", "Bank").
    pub fn org_head(&self, word: &str) -> bool {
        self.org_heads.contains(&fold(word))
    }

    /// Whether `word` may be part of an official's title ("interior", "minister").
    pub fn title_word(&self, word: &str) -> bool {
        self.title_words.contains(&fold(word))
    }

    /// Whether `word` may end an official's title ("minister", "spokeswoman").
    pub fn office_word(&self, word: &str) -> bool {
        self.office_words.contains(&fold(word))
    }

    /// Relation names and every verb form, sorted: the words that stand where a
    /// relation goes.
    pub fn relation_words(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.relations.iter().map(|r| r.as_str()).collect();
        out.extend(self.verbs.keys().map(String::as_str));
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Words the REPL offers to complete: keywords, relation names, every verb form,
    /// relation nouns and type nouns, sorted.
    pub fn completions(&self) -> Vec<String> {
        let mut out: BTreeSet<String> = KEYWORDS.iter().map(|s| s.to_string()).collect();
        out.extend(self.relations.iter().map(|r| r.as_str().to_string()));
        out.extend(self.verbs.keys().cloned());
        out.extend(self.nouns.keys().cloned());
        out.extend(TYPE_NOUNS.iter().map(|(n, _)| n.to_string()));
        out.extend(EntityType::ALL.iter().map(|t| t.as_str().to_string()));
        out.into_iter().collect()
    }

    /// The nearest relation names to a misspelt word (verb forms when no name is
    /// near).
    pub fn suggest_relation(&self, word: &str) -> Vec<String> {
        let w = fold(word);
        let near = |cands: Vec<String>| -> Vec<String> {
            let mut scored: Vec<(usize, String)> = cands
                .into_iter()
                .map(|s| (strsim::levenshtein(&w, &s), s))
                .filter(|(d, _)| *d <= 3)
                .collect();
            scored.sort();
            let mut out: Vec<String> = Vec::new();
            for (_, s) in scored {
                // Offer the relation name rather than one of its forms.
                let name = self
                    .relation(&s)
                    .map_or(s.clone(), |r| r.as_str().to_string());
                if !out.contains(&name) {
                    out.push(name);
                }
            }
            out.truncate(2);
            out
        };
        let names = near(
            self.relations
                .iter()
                .map(|r| r.as_str().to_string())
                .collect(),
        );
        if names.is_empty() {
            near(self.verbs.keys().cloned().collect())
        } else {
            names
        }
    }
}

/// What the keys one edit away from `w` stand for, when they all stand for the same
/// thing (a mistyped word read as the one word it nearly spells).
fn one_near<'a>(w: &str, keys: impl Iterator<Item = (&'a str, &'a str)>) -> Option<&'a str> {
    let mut near = keys
        .filter(|(k, _)| strsim::damerau_levenshtein(k, w) == 1)
        .map(|(_, v)| v);
    let first = near.next()?;
    near.all(|v| v == first).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_inflection_of_every_frame_is_a_relation() {
        let v = Vocab::builtin();
        for w in [
            "accused",
            "accusing",
            "alleged",
            "alleges",
            "shut down",
            "closes",
        ] {
            assert!(v.relation(w).is_some(), "{w}");
        }
        assert_eq!(
            v.relation("condemned").map(|r| r.as_str()),
            Some("condemns")
        );
        assert_eq!(
            v.relation("sanctions").map(|r| r.as_str()),
            Some("sanctions")
        );
        assert_eq!(v.relation("holds_role"), Some(Relation::HOLDS_ROLE));
        assert_eq!(v.relation("acuses"), None);
        // Verbs only asked with ("charged … with"), which the extractor leaves alone.
        assert_eq!(v.relation("charged"), Some(Relation::ACCUSES));
        let lex = Lexicon::embedded().unwrap();
        let accuses = lex.frame(Relation::ACCUSES).unwrap();
        assert!(!accuses.verbs.iter().any(|f| f.base == "charge"));
        assert_eq!(v.noun("accusations"), Some(Relation::ACCUSES));
        assert_eq!(v.type_noun("crossings"), Some(EntityType::Crossing));
        assert!(v.object_is_claim(Relation::DENIES) && !v.object_is_claim(Relation::ACCUSES));
        assert!(v.completions().contains(&"condemning".to_string()));
        assert_eq!(v.suggest_relation("acuses")[0], "accuses");
    }

    #[test]
    fn demonyms_name_their_state() {
        let v = Vocab::builtin();
        assert_eq!(v.demonym("Finnish"), Some("Finland"));
        assert_eq!(v.demonym("norwegian"), Some("Norway"));
        assert_eq!(v.demonym("Estonian"), Some("Estonia"));
        assert_eq!(v.demonym("table"), None);
    }
}
