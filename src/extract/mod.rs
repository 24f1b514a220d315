//! Extraction: a [`Document`] becomes facts with provenance.
//!
//! Rule-based and deterministic, driven by the [`Lexicon`]. Per document: fold the
//! text once, find every lexicon cue in one Aho-Corasick pass, split into sentences
//! ([`crate::segment`]), then for each sentence group tokens into *units* (a cue
//! match or a plain token), recognise agent phrases ("Norwegian Prime Minister Jonas
//! Gahr Støre", "Finnish officials", "its neighbour"), and apply one rule per
//! relation around its trigger words. Doc-level state carries what a later sentence
//! may refer back to: the last date ("the same day"), the last actors ("it", "he"),
//! the last crossing ("the crossing") and the last accusation ("these charges").

pub mod dates;

use crate::lexicon::{Cue, Lexicon, MentionKind};
use crate::model::{
    slug, Dataset, Entity, EntityId, EntityType, Evidence, Fact, Modality, Relation,
};
use crate::segment::{self, Sentence};
use crate::source::Document;
use crate::text::Folded;
use dates::{DateMention, Published};
use std::collections::BTreeMap;

/// An entity a fact can name: one from the lexicon, or the set of crossings on the
/// border between two lexicon states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Ent {
    Lex(u32),
    Crossings(u32, u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Cue(u32),
    /// A name discovered in this document (entity number, past the lexicon's).
    Found(u32),
    Word,
    Punct,
}

/// A token, or a run of tokens matched by one lexicon pattern.
#[derive(Clone, Copy, Debug)]
struct Unit {
    /// Folded byte range (document offsets).
    fs: usize,
    fe: usize,
    /// Original byte range (document offsets).
    s: usize,
    e: usize,
    kind: Kind,
}

/// Agent phrase: who or what a stretch of units refers to.
#[derive(Clone, Debug)]
struct Phrase {
    /// First and one-past-last unit.
    a: usize,
    b: usize,
    head: Head,
    /// A title stated with the person ("Prime Minister"), and whom it is held in.
    role: Option<(String, Option<Ent>)>,
    /// Possessive ("Helsinki's").
    possessive: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Head {
    Ent(Ent, MentionKind),
    /// it, its, he, she, his, her.
    Pronoun(bool),
    /// "its neighbour".
    Neighbour,
    /// "his country", "her government": the state of the person last named.
    PersonsCountry,
    /// "they": the states named together last ("the ministers of Poland, Lithuania
    /// and Latvia … they").
    They,
}

/// What extraction found in one document.
#[derive(Debug, Default)]
pub struct DocFacts {
    /// Facts, in text order.
    pub facts: Vec<Fact>,
    /// Every entity the facts name.
    pub entities: BTreeMap<EntityId, Entity>,
}

/// Extracts facts from every document and returns them as one [`Dataset`].
///
/// Documents are extracted in parallel (rayon); the result does not depend on the
/// number of threads, since per-document results are merged in input order.
pub fn extract_all(docs: &[Document], lex: &Lexicon) -> Dataset {
    extract_all_with_progress(docs, lex, &|_| {})
}

/// [`extract_all`], calling `progress` with each document's fact count as soon as the
/// document is done (from worker threads, in no particular order).
pub fn extract_all_with_progress(
    docs: &[Document],
    lex: &Lexicon,
    progress: &(dyn Fn(usize) + Sync),
) -> Dataset {
    use rayon::prelude::*;
    let outs: Vec<Extracted> = docs
        .par_iter()
        .map(|d| {
            let out = extract_doc(d, lex);
            progress(out.facts.len());
            out
        })
        .collect();
    let mut ds = Dataset::default();
    ds.docs.reserve(docs.len());
    for out in outs {
        ds.docs.push(out.meta);
        ds.facts.extend(out.facts);
        ds.entities.extend(out.entities);
    }
    ds.normalize();
    ds
}

/// One article as the store takes it: its metadata stamped with the extractor's
/// fingerprint, and its facts and entities under [`Dataset`]'s invariants (facts
/// sorted and unique, aliases sorted and unique), so documents can be stored one at a
/// time with the same result as a whole [`Dataset`].
#[derive(Debug)]
pub struct Extracted {
    /// The article, with [`DocMeta::extractor`] set.
    pub meta: crate::model::DocMeta,
    /// Its facts, sorted.
    pub facts: Vec<Fact>,
    /// The entities they name.
    pub entities: BTreeMap<EntityId, Entity>,
}

impl Extracted {
    /// The article's share of the store, for [`crate::rdf`] and [`crate::packed`].
    pub fn part(&self) -> crate::rdf::DocPart<'_> {
        crate::rdf::DocPart {
            id: &self.meta.id,
            meta: Some(&self.meta),
            facts: self.facts.iter().collect(),
        }
    }
}

/// Extracts one document into an [`Extracted`].
pub fn extract_doc(doc: &Document, lex: &Lexicon) -> Extracted {
    let DocFacts {
        mut facts,
        mut entities,
    } = extract(doc, lex);
    facts.sort();
    facts.dedup();
    for e in entities.values_mut() {
        e.aliases.sort();
        e.aliases.dedup();
    }
    let mut meta = doc.meta.clone();
    meta.extractor = lex.fingerprint().to_string();
    Extracted {
        meta,
        facts,
        entities,
    }
}

/// Extracts facts from one document.
pub fn extract(doc: &Document, lex: &Lexicon) -> DocFacts {
    let text = doc.text.as_str();
    let folded = Folded::new(text);
    let matches = lex.scan(&folded, text);
    let sentences = segment::sentences(text, &lex.boilerplate, &doc.hints);
    let mut cx = DocState {
        lex,
        text,
        folded: &folded,
        published: Published::parse(doc.meta.published.as_deref()),
        doc: &doc.meta.id,
        last_date: None,
        last_state: None,
        last_person: None,
        last_crossing: None,
        last_accusation: None,
        states_seen: BTreeMap::new(),
        topic_state: None,
        last_accused: None,
        facts: Vec::new(),
        entities: BTreeMap::new(),
        found: Vec::new(),
        found_names: std::collections::HashMap::new(),
    };
    let mut m = 0;
    let mut sentence_units = Vec::with_capacity(sentences.len());
    for sent in &sentences {
        let fs = folded.folded_of(sent.start);
        let fe = folded.folded_of(sent.end);
        while m < matches.len() && matches[m].start < fs {
            m += 1;
        }
        let first = m;
        while m < matches.len() && matches[m].end <= fe {
            m += 1;
        }
        sentence_units.push(units(&folded, text, fs, fe, &matches[first..m]));
    }
    // First pass: learn the names the article introduces, so a mention before the
    // introduction ("the regime of Alexander Lukashenko" … "Belarusian leader
    // Alexander Lukashenko") links too.
    for u in &sentence_units {
        cx.discover(u.clone());
    }
    for (sent, units) in sentences.iter().zip(sentence_units) {
        cx.sentence(sent, units);
    }
    let mut out = DocFacts {
        facts: Vec::with_capacity(cx.facts.len()),
        entities: cx.entities,
    };
    let mut seen = std::collections::HashSet::new();
    for f in cx.facts {
        let key = (
            f.evidence.start,
            f.relation,
            f.subject.clone(),
            f.object.clone(),
        );
        if seen.insert(key) {
            out.facts.push(f);
        }
    }
    out
}

/// Tokenises the folded range `fs..fe` into units, merging tokens covered by a cue.
fn units(
    folded: &Folded,
    text: &str,
    fs: usize,
    fe: usize,
    matches: &[crate::lexicon::CueMatch],
) -> Vec<Unit> {
    let t = folded.text.as_str();
    let f = t.as_bytes();
    let char_at = |i: usize| t[i..].chars().next().unwrap_or(' ');
    let mut out = Vec::new();
    let mut i = fs;
    let mut m = 0;
    while i < fe {
        if let Some(cm) = matches.get(m) {
            if cm.start == i {
                out.push(Unit {
                    fs: cm.start,
                    fe: cm.end,
                    s: folded.start(cm.start),
                    e: folded.end(cm.end, text),
                    kind: Kind::Cue(cm.pattern),
                });
                i = cm.end;
                m += 1;
                continue;
            }
            if cm.start < i {
                m += 1;
                continue;
            }
        }
        let c = char_at(i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let limit = matches.get(m).map_or(fe, |cm| cm.start.min(fe));
        let digit_sep = |j: usize| {
            matches!(f[j], b'.' | b',')
                && j > i
                && f[j - 1].is_ascii_digit()
                && j + 1 < limit
                && f[j + 1].is_ascii_digit()
        };
        let (j, kind) = if c.is_alphanumeric() {
            let mut j = i;
            while j < limit && (char_at(j).is_alphanumeric() || digit_sep(j)) {
                j += char_at(j).len_utf8();
            }
            (j, Kind::Word)
        } else if c == '\''
            && i + 1 < limit
            && f[i + 1] == b's'
            && (i + 2 >= limit || !char_at(i + 2).is_alphanumeric())
        {
            (i + 2, Kind::Word)
        } else {
            (i + c.len_utf8(), Kind::Punct)
        };
        out.push(Unit {
            fs: i,
            fe: j,
            s: folded.start(i),
            e: folded.end(j, text),
            kind,
        });
        i = j;
    }
    out
}

/// Capitalised words that never start or continue a discovered name.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "on",
    "in",
    "at",
    "for",
    "with",
    "but",
    "and",
    "or",
    "as",
    "after",
    "before",
    "since",
    "while",
    "when",
    "if",
    "only",
    "all",
    "both",
    "some",
    "many",
    "most",
    "other",
    "another",
    "such",
    "no",
    "not",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "there",
    "here",
    "what",
    "who",
    "which",
    "where",
    "how",
    "meanwhile",
    "however",
    "also",
    "earlier",
    "later",
    "last",
    "next",
    "mr",
    "mrs",
    "ms",
    "dr",
    "by",
    "from",
    "to",
    "of",
    "under",
    "about",
    "according",
    "speaking",
    "asked",
    "read",
    "more",
    "photo",
    "source",
    "subscribe",
    "news",
    "update",
    "breaking",
    "live",
    "opinion",
    "analysis",
    "related",
    "getty",
    "images",
    "afp",
    "reuters",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "road",
    "rail",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "nearly",
    "almost",
    "around",
    "thousands",
    "hundreds",
    "dozens",
    "migrants",
    "officials",
    "minister",
    "president",
    "prime",
    "spokesman",
    "spokeswoman",
    "governor",
    "deputy",
    "chief",
    "head",
    "colonel",
    "general",
];

/// Words that may stand between "in" and the place: "in the far north-east of Norway".
const PLACE_MODIFIERS: &[&str] = &[
    "the",
    "far",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "central",
    "part",
    "of",
    "region",
    "arctic",
    "area",
    "province",
    "county",
    "district",
    "-",
    "extreme",
    "remote",
    "upper",
    "lower",
];

/// Last words of organisation names.
const ORG_HEADS: &[&str] = &[
    "guard",
    "committee",
    "ministry",
    "service",
    "agency",
    "police",
    "office",
    "council",
    "commission",
    "forces",
    "force",
    "parliament",
    "bureau",
    "department",
    "directorate",
    "inspectorate",
    "authority",
    "district",
    "institute",
];

const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "with",
    "to",
    "from",
    "by",
    "for",
    "on",
    "at",
    "between",
    "against",
    "into",
    "like",
    "than",
    "over",
    "about",
    "through",
    "towards",
    "toward",
    "near",
    "across",
    "via",
    "under",
    "without",
    "including",
    "among",
    "amid",
    "despite",
    "after",
    "before",
    "since",
];

/// Words after which a noun phrase can be a clause subject.
const CLAUSE_OPENERS: &[&str] = &[
    "and",
    "but",
    "or",
    "that",
    "which",
    "who",
    "as",
    "while",
    "because",
    "when",
    "though",
    "although",
    "if",
    "so",
    "then",
    "also",
    "meanwhile",
    "however",
    "where",
    "whereas",
    "yet",
    "now",
    "previously",
    "reportedly",
    "earlier",
    "later",
    "since",
];

/// Words allowed between a subject and its verb.
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "shall",
    "should",
    "did",
    "does",
    "do",
    "also",
    "already",
    "now",
    "then",
    "still",
    "again",
    "reportedly",
    "previously",
    "recently",
    "formally",
    "officially",
    "quickly",
    "repeatedly",
    "publicly",
    "to",
    "just",
    "even",
    "further",
    "itself",
    "decided",
    "agreed",
    "voted",
    "moved",
    "wants",
    "wanted",
    "intends",
    "intended",
    "began",
    "begun",
    "started",
    "continued",
    "chose",
    "plans",
    "planned",
    "promised",
    "vowed",
    "pledged",
    "tried",
    "sought",
    "seeks",
    "decides",
    "agrees",
    "helped",
];

const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "these", "that", "those", "all", "both",
];

/// Nouns after which "it" refers to what is described, not an actor.
const ANAPHORIC_CHARGES: &[&str] = &[
    "charges",
    "charge",
    "accusations",
    "accusation",
    "allegations",
    "allegation",
    "claims",
    "claim",
    "it",
    "them",
    "this",
    "that",
    "reports",
    "suggestions",
];

struct DocState<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    folded: &'a Folded,
    published: Published,
    doc: &'a str,
    last_date: Option<String>,
    last_state: Option<Ent>,
    last_person: Option<Ent>,
    last_crossing: Option<Ent>,
    last_accusation: Option<String>,
    /// The entity the last accusation was against ("similar accusations").
    last_accused: Option<Ent>,
    /// The first state acting as a subject in the article (its topic).
    topic_state: Option<Ent>,
    /// How often each state was named so far (to guess the other side of a border).
    states_seen: BTreeMap<u32, usize>,
    facts: Vec<Fact>,
    entities: BTreeMap<EntityId, Entity>,
    /// Entities discovered in this document, numbered after the lexicon's.
    found: Vec<crate::lexicon::LexEntity>,
    /// Folded names of discovered entities (full names and surnames).
    found_names: std::collections::HashMap<String, u32>,
}

/// One sentence being read.
struct S<'u> {
    units: &'u [Unit],
    phrases: Vec<Phrase>,
    /// Phrase index covering each unit.
    phrase_at: Vec<Option<usize>>,
    dates: Vec<(usize, Option<String>)>,
    attribution: Option<Ent>,
    evidence: Evidence,
}

impl<'a> DocState<'a> {
    fn f(&self, u: &Unit) -> &'a str {
        &self.folded.text[u.fs..u.fe]
    }

    /// A lexicon entity, or one discovered in this document.
    fn ent(&self, i: u32) -> &crate::lexicon::LexEntity {
        let n = self.lex.entities().len() as u32;
        if i < n {
            self.lex.entity(i)
        } else {
            &self.found[(i - n) as usize]
        }
    }

    fn crossings_entity(&self, a: u32, b: u32) -> Entity {
        let (la, lb) = (&self.ent(a).entity.label, &self.ent(b).entity.label);
        let (x, y) = if la <= lb { (la, lb) } else { (lb, la) };
        let label = format!("{x}–{y} border crossings");
        Entity {
            id: EntityId(slug(&label)),
            label,
            etype: EntityType::Crossing,
            aliases: Vec::new(),
            wikidata: None,
        }
    }

    fn cues(&self, u: &Unit) -> &'a [Cue] {
        match u.kind {
            Kind::Cue(p) => self.lex.cues(p),
            _ => &[],
        }
    }

    fn has(&self, u: &Unit, pred: impl Fn(&Cue) -> bool) -> bool {
        self.cues(u).iter().any(pred)
    }

    fn entity_cue(&self, u: &Unit) -> Option<(u32, MentionKind)> {
        if let Kind::Found(i) = u.kind {
            return Some((i, MentionKind::Name));
        }
        self.cues(u).iter().find_map(|c| match *c {
            Cue::Entity(i, k) => Some((i, k)),
            _ => None,
        })
    }

    fn etype(&self, e: Ent) -> EntityType {
        match e {
            Ent::Lex(i) => self.ent(i).entity.etype,
            Ent::Crossings(..) => EntityType::Crossing,
        }
    }

    fn id(&self, e: Ent) -> EntityId {
        match e {
            Ent::Lex(i) => self.ent(i).entity.id.clone(),
            Ent::Crossings(a, b) => self.crossings_entity(a, b).id,
        }
    }

    fn is_word(&self, units: &[Unit], i: usize, words: &[&str]) -> bool {
        units
            .get(i)
            .is_some_and(|u| u.kind != Kind::Punct && words.contains(&self.f(u)))
    }

    fn sentence(&mut self, sent: &Sentence, units: Vec<Unit>) {
        let units = self.discover(units);
        let evidence = Evidence {
            sentence: self.text[sent.start..sent.end].to_string(),
            start: sent.start,
            end: sent.end,
            section: sent.section,
        };
        let words: Vec<(usize, &str)> = units.iter().map(|u| (u.fs, self.f(u))).collect();
        let mut dates = Vec::new();
        for DateMention { start, value } in dates::find(&words) {
            let iso = dates::resolve(&value, self.published, self.last_date.as_deref());
            let at = units.iter().position(|u| u.fs == start).unwrap_or(0);
            dates.push((at, iso));
        }
        let (phrases, phrase_at) = self.phrases(&units);
        let mut s = S {
            units: &units,
            phrases,
            phrase_at,
            dates,
            attribution: None,
            evidence,
        };
        s.attribution = self.attribution(&s);
        for p in &s.phrases {
            if let Head::Ent(Ent::Lex(i), _) = p.head {
                if self.ent(i).entity.etype == EntityType::State {
                    *self.states_seen.entry(i).or_default() += 1;
                }
            }
        }
        self.roles(&s);
        self.static_relations(&s);
        self.act_by(&s);
        for i in 0..units.len() {
            self.trigger(&s, i);
        }
        // Remember this sentence's dates and actors for the next ones.
        if let Some(d) = s.dates.iter().rev().find_map(|(_, d)| d.clone()) {
            self.last_date = Some(d);
        }
        for p in &s.phrases {
            if let Head::Ent(e, _) = p.head {
                match self.etype(e) {
                    EntityType::Person => self.last_person = Some(e),
                    EntityType::Crossing if matches!(e, Ent::Lex(_)) => {
                        self.last_crossing = Some(e)
                    }
                    _ => {}
                }
            }
        }
        if let Some(e) = self.first_subject_state(&s) {
            self.last_state = Some(e);
            self.topic_state.get_or_insert(e);
        }
    }

    /// Whether a unit is a capitalised word that can be part of a name.
    fn cap(&self, u: &Unit, words_only: bool) -> bool {
        let ok_kind = match u.kind {
            Kind::Word => true,
            Kind::Cue(_) => {
                !words_only
                    && self.entity_cue(u).is_none()
                    && !self.has(u, |c| {
                        matches!(c, Cue::Verb(_) | Cue::Noun(_) | Cue::Hedge | Cue::Negation)
                    })
            }
            _ => false,
        };
        ok_kind
            && self.text[u.s..u.e]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !NOT_NAMES.contains(&self.f(u))
            && !dates_word(self.f(u))
    }

    /// The end of a run of capitalised words starting at `i` (at most `max`),
    /// joined by hyphens ("Medininkai-Kamenny Log").
    fn cap_run(&self, units: &[Unit], i: usize, max: usize, words_only: bool) -> usize {
        let mut j = i;
        let mut n = 0;
        while j < units.len() && n < max && self.cap(&units[j], words_only) {
            j += 1;
            n += 1;
            if j + 1 < units.len()
                && self.f(&units[j]) == "-"
                && self.cap(&units[j + 1], words_only)
            {
                j += 1;
            }
        }
        j
    }

    /// Registers a discovered entity (or finds the lexicon or document entity with the
    /// same id) and returns its number.
    fn found_entity(&mut self, label: &str, etype: EntityType, located_in: Option<u32>) -> u32 {
        let id = EntityId::from_label(label);
        if let Some(i) = self.lex.index_of(&id) {
            return i;
        }
        let base = self.lex.entities().len() as u32;
        if let Some(k) = self.found.iter().position(|f| f.entity.id == id) {
            return base + k as u32;
        }
        let i = base + self.found.len() as u32;
        let mut aliases = Vec::new();
        if etype == EntityType::Person {
            // Later mentions by surname link back: "Niinistö said".
            if let Some(last) = label
                .split_whitespace()
                .last()
                .filter(|w| w.chars().count() >= 4)
            {
                if last != label {
                    aliases.push(last.to_string());
                    self.found_names.entry(crate::text::fold(last)).or_insert(i);
                }
            }
        }
        self.found_names.insert(crate::text::fold(label), i);
        self.found.push(crate::lexicon::LexEntity {
            entity: Entity {
                id,
                label: label.to_string(),
                etype,
                aliases,
                wikidata: None,
            },
            borders: Vec::new(),
            located_in,
            roles: Vec::new(),
            media: false,
        });
        i
    }

    /// Finds names the lexicon does not know, from how they are introduced: officials
    /// after a title ("Lithuanian Interior Minister Agnė Bilotaitė") or before an
    /// appositive title ("Anton Bychkovsky, a spokesman for …"), crossings before a
    /// crossing noun ("the Kuźnica crossing"), places before a state ("Druskininkai,
    /// Lithuania") or after "the town of", organisations by their last word ("Polish
    /// Border Guard"), and later mentions of any of these. Each run of words becomes
    /// one unit naming the entity.
    fn discover(&mut self, units: Vec<Unit>) -> Vec<Unit> {
        let n = units.len();
        let mut out: Vec<Unit> = Vec::with_capacity(n);
        let mut i = 0;
        while i < n {
            let u = units[i];
            let merged = |a: usize, b: usize, e: u32| Unit {
                fs: units[a].fs,
                fe: units[b - 1].fe,
                s: units[a].s,
                e: units[b - 1].e,
                kind: Kind::Found(e),
            };
            if !self.cap(&u, false) {
                out.push(u);
                i += 1;
                continue;
            }
            let label = |a: usize, b: usize| self.text[units[a].s..units[b - 1].e].to_string();
            let prev_title = i > 0 && self.has(&units[i - 1], |c| *c == Cue::Title);
            let word_run = self.cap_run(&units, i, 4, true);
            // A name seen before in this document: full name or surname.
            let mut known = None;
            for j in (i + 1..=word_run).rev() {
                if let Some(&e) = self.found_names.get(&crate::text::fold(&label(i, j))) {
                    known = Some((j, e));
                    break;
                }
            }
            if let Some((j, e)) = known {
                // "Tverečius, in north-eastern Lithuania" first read as a place is a
                // crossing in "the Šumskas and Tverečius crossings".
                let crossing_next = units
                    .get(j)
                    .is_some_and(|x| self.has(x, |c| *c == Cue::CrossingNoun))
                    || (self.is_word(&units, j, &["and"])
                        && units
                            .get(j + 2)
                            .is_some_and(|x| self.has(x, |c| *c == Cue::CrossingNoun)));
                let base = self.lex.entities().len() as u32;
                if crossing_next
                    && e >= base
                    && self.found[(e - base) as usize].entity.etype == EntityType::Place
                {
                    self.found[(e - base) as usize].entity.etype = EntityType::Crossing;
                }
                out.push(merged(i, j, e));
                i = j;
                continue;
            }
            // An official after a title, or before ", a spokesman for".
            let appositive =
                word_run >= i + 2 && units.get(word_run).is_some_and(|x| self.f(x) == ",") && {
                    let mut k = word_run + 1;
                    if self.is_word(&units, k, &["a", "an", "the"]) {
                        k += 1;
                    }
                    units
                        .get(k)
                        .is_some_and(|x| self.has(x, |c| *c == Cue::Title))
                };
            if word_run > i
                && ((prev_title
                    && (word_run >= i + 2 || !self.cap(units.get(word_run).unwrap_or(&u), false)))
                    || appositive)
            {
                let e = self.found_entity(&label(i, word_run), EntityType::Person, None);
                out.push(merged(i, word_run, e));
                i = word_run;
                continue;
            }
            // "Ukraine's ambassador to Poland, Vasyl Zvarych, said": a name set off by
            // commas right after a title.
            let after_title = word_run >= i + 2
                && i >= 2
                && self.f(&units[i - 1]) == ","
                && units.get(word_run).is_some_and(|x| self.f(x) == ",")
                && (i.saturating_sub(6)..i - 1).any(|k| self.has(&units[k], |c| *c == Cue::Title));
            if after_title {
                let e = self.found_entity(&label(i, word_run), EntityType::Person, None);
                out.push(merged(i, word_run, e));
                i = word_run;
                continue;
            }
            // Crossings: "Kuźnica crossing", "its Šumskas and Tverečius crossings".
            let run = self.cap_run(&units, i, 3, true);
            let crossing_at = |k: usize| {
                units.get(k).is_some_and(|x| {
                    self.has(x, |c| *c == Cue::CrossingNoun)
                        && ["crossing", "checkpoint", "point", "gate", "post", "station"]
                            .iter()
                            .any(|w| self.f(x).contains(w))
                })
            };
            // "Medininkai, the busiest crossing on the road …".
            let appositive_crossing = run > i
                && units.get(run).is_some_and(|x| self.f(x) == ",")
                && self.is_word(&units, run + 1, &["the", "a", "another", "its"])
                && (run + 2..run + 5).any(|k| {
                    crossing_at(k)
                        && (run + 2..k).all(|m| {
                            units[m].kind == Kind::Word
                                || self
                                    .entity_cue(&units[m])
                                    .is_some_and(|(_, mk)| mk == MentionKind::Demonym)
                        })
                });
            // "its crossing points with Belarus, including Pāternieki".
            let included = run > i
                && i >= 1
                && self.is_word(&units, i - 1, &["including"])
                && (i.saturating_sub(8)..i).any(|k| crossing_at(k));
            if run > i && (crossing_at(run) || appositive_crossing || included) {
                let e = self.found_entity(&label(i, run), EntityType::Crossing, None);
                out.push(merged(i, run, e));
                i = run;
                continue;
            }
            if run > i && self.is_word(&units, run, &["and"]) {
                let run2 = self.cap_run(&units, run + 1, 3, true);
                if run2 > run + 1 && crossing_at(run2) {
                    let a = self.found_entity(&label(i, run), EntityType::Crossing, None);
                    out.push(merged(i, run, a));
                    out.push(units[run]);
                    let b = self.found_entity(&label(run + 1, run2), EntityType::Crossing, None);
                    out.push(merged(run + 1, run2, b));
                    i = run2;
                    continue;
                }
            }
            // Places: "Druskininkai, Lithuania"; "the town of Kraslava".
            let state_after =
                units
                    .get(run + 1)
                    .and_then(|x| self.entity_cue(x))
                    .filter(|&(k, m)| {
                        m == MentionKind::Name && self.ent(k).entity.etype == EntityType::State
                    });
            let town_of = i >= 3
                && self.is_word(&units, i - 1, &["of"])
                && self.is_word(
                    &units,
                    i - 2,
                    &[
                        "town",
                        "village",
                        "city",
                        "region",
                        "district",
                        "municipality",
                        "port",
                    ],
                );
            // "Koidula, in south-eastern Estonia, handles …".
            let in_state = (units.get(run).is_some_and(|x| self.f(x) == ",")
                && self.is_word(&units, run + 1, &["in"]))
            .then(|| {
                (run + 2..(run + 7).min(n)).find_map(|k| {
                    self.entity_cue(&units[k]).filter(|&(e, m)| {
                        m == MentionKind::Name && self.ent(e).entity.etype == EntityType::State
                    })
                })
            })
            .flatten();
            let state_after = state_after.or(in_state);
            if run > i
                && ((units.get(run).is_some_and(|x| self.f(x) == ",") && state_after.is_some())
                    || town_of)
            {
                let e = self.found_entity(
                    &label(i, run),
                    EntityType::Place,
                    state_after.map(|(k, _)| k),
                );
                out.push(merged(i, run, e));
                i = run;
                continue;
            }
            // Organisations by their head word: "Polish Border Guard", "State Border
            // Committee"; a demonym just before belongs to the name.
            let mut org_run = self.cap_run(&units, i, 5, false);
            let head = org_run > i && ORG_HEADS.contains(&self.f(&units[org_run - 1]));
            // "Ministry of the Interior", "Ministry of Foreign Affairs".
            if head && self.is_word(&units, org_run, &["of"]) {
                let mut k = org_run + 1;
                if self.is_word(&units, k, &["the"]) {
                    k += 1;
                }
                let tail = self.cap_run(&units, k, 3, false);
                if tail > k {
                    org_run = tail;
                }
            }
            let demonym_before = out
                .last()
                .and_then(|x| self.entity_cue(x))
                .filter(|&(_, m)| m == MentionKind::Demonym);
            if head && (org_run >= i + 2 || demonym_before.is_some()) {
                let (start, located) = match demonym_before {
                    Some((st, _)) => {
                        let d = out.pop().unwrap_or(u);
                        (d, Some(st))
                    }
                    None => (u, None),
                };
                let lab = self.text[start.s..units[org_run - 1].e].to_string();
                let e = self.found_entity(&lab, EntityType::Organisation, located);
                out.push(Unit {
                    fs: start.fs,
                    fe: units[org_run - 1].fe,
                    s: start.s,
                    e: units[org_run - 1].e,
                    kind: Kind::Found(e),
                });
                i = org_run;
                continue;
            }
            out.push(u);
            i += 1;
        }
        out
    }

    /// Recognises agent phrases. Each unit belongs to at most one phrase.
    fn phrases(&self, units: &[Unit]) -> (Vec<Phrase>, Vec<Option<usize>>) {
        let mut out: Vec<Phrase> = Vec::new();
        let mut i = 0;
        while i < units.len() {
            if let Some(p) = self.phrase_at(units, i) {
                i = p.b;
                out.push(p);
            } else {
                i += 1;
            }
        }
        let mut at = vec![None; units.len()];
        for (n, p) in out.iter().enumerate() {
            for slot in &mut at[p.a..p.b] {
                *slot = Some(n);
            }
        }
        (out, at)
    }

    fn phrase_at(&self, units: &[Unit], i: usize) -> Option<Phrase> {
        let u = units.get(i)?;
        let word = self.f(u);
        let possessive_after = |j: usize| self.is_word(units, j, &["'s", "'"]);
        if u.kind == Kind::Word {
            return match word {
                "it" | "its" => {
                    if word == "its"
                        && self.is_word(
                            units,
                            i + 1,
                            &["neighbor", "neighbour", "neighbors", "neighbours"],
                        )
                    {
                        Some(Phrase {
                            a: i,
                            b: i + 2,
                            head: Head::Neighbour,
                            role: None,
                            possessive: false,
                        })
                    } else {
                        Some(Phrase {
                            a: i,
                            b: i + 1,
                            head: Head::Pronoun(false),
                            role: None,
                            possessive: word == "its",
                        })
                    }
                }
                "his" | "her"
                    if self.is_word(
                        units,
                        i + 1,
                        &["country", "government", "state", "nation"],
                    ) =>
                {
                    Some(Phrase {
                        a: i,
                        b: i + 2,
                        head: Head::PersonsCountry,
                        role: None,
                        possessive: false,
                    })
                }
                "they" => Some(Phrase {
                    a: i,
                    b: i + 1,
                    head: Head::They,
                    role: None,
                    possessive: false,
                }),
                "he" | "she" | "his" | "her" => Some(Phrase {
                    a: i,
                    b: i + 1,
                    head: Head::Pronoun(true),
                    role: None,
                    possessive: word != "he" && word != "she",
                }),
                _ => None,
            };
        }
        let cues = self.cues(u);
        // Title first: "Prime Minister Store", "Minister Laanemets".
        if cues.contains(&Cue::Title) {
            return self.titled_person(units, i, i, None).or(None);
        }
        let (ei, kind) = self.entity_cue(u)?;
        let e = self.ent(ei);
        let etype = e.entity.etype;
        // Demonym or state possessive, then a title, then a person or nothing:
        // "Norwegian Prime Minister Jonas Gahr Støre", "Estonia's interior minister".
        let state_like = etype == EntityType::State;
        let mut j = i + 1;
        let poss = possessive_after(j);
        if poss {
            j += 1;
        }
        // Skip one adjective: "Russia's northwestern Murmansk region".
        let qualifier = match etype {
            EntityType::State | EntityType::Organisation | EntityType::Place => Some(Ent::Lex(ei)),
            _ => None,
        };
        if let Some(nu) = units.get(j) {
            if self.has(nu, |c| *c == Cue::Title)
                && (state_like || etype == EntityType::Organisation || etype == EntityType::Place)
                && (kind == MentionKind::Demonym || poss || etype != EntityType::State)
            {
                if let Some(p) = self.titled_person(units, i, j, qualifier) {
                    return Some(p);
                }
            }
            // Demonym + organisation: "Russian Foreign Ministry" is one lexicon name,
            // but "the Finnish Border Guard" may come as demonym + org.
            if state_like && kind == MentionKind::Demonym {
                if let Some((oi, _)) = self.entity_cue(nu) {
                    if self.ent(oi).entity.etype == EntityType::Organisation {
                        let mut k = j + 1;
                        if self.has_title(units, k) {
                            if let Some(p) = self.titled_person(units, i, k, Some(Ent::Lex(oi))) {
                                return Some(p);
                            }
                        }
                        k = j + 1;
                        return Some(Phrase {
                            a: i,
                            b: k,
                            head: Head::Ent(Ent::Lex(oi), MentionKind::Name),
                            role: None,
                            possessive: false,
                        });
                    }
                }
            }
        }
        // "Finnish officials", "Finland's government", "Russian border officials".
        if state_like {
            if let Some(nu) = units.get(j) {
                if self.has(nu, |c| *c == Cue::Group) {
                    return Some(Phrase {
                        a: i,
                        b: j + 1,
                        head: Head::Ent(Ent::Lex(ei), MentionKind::Name),
                        role: None,
                        possessive: false,
                    });
                }
            }
        }
        if kind == MentionKind::Demonym {
            // A bare demonym is a modifier ("Finnish border"), not an actor.
            return Some(Phrase {
                a: i,
                b: i + 1,
                head: Head::Ent(Ent::Lex(ei), kind),
                role: None,
                possessive: false,
            });
        }
        // A person with an appositive role: "Matti Pitkaniitty, a colonel in the
        // Finnish border guard".
        if etype == EntityType::Person {
            if let Some(p) = self.appositive_role(units, i, ei) {
                return Some(p);
            }
        }
        Some(Phrase {
            a: i,
            b: if poss { i + 2 } else { i + 1 },
            head: Head::Ent(Ent::Lex(ei), kind),
            role: None,
            possessive: poss,
        })
    }

    fn has_title(&self, units: &[Unit], i: usize) -> bool {
        units
            .get(i)
            .is_some_and(|u| self.has(u, |c| *c == Cue::Title))
    }

    /// `start..title` precede the title at unit `t`; a person may follow.
    fn titled_person(
        &self,
        units: &[Unit],
        start: usize,
        t: usize,
        of: Option<Ent>,
    ) -> Option<Phrase> {
        let mut t_end = t + 1;
        while self.has_title(units, t_end) {
            t_end += 1;
        }
        let title_text = self.text[units[t].s..units[t_end - 1].e].to_string();
        if let Some((pi, _)) = units.get(t_end).and_then(|u| self.entity_cue(u)) {
            if self.ent(pi).entity.etype == EntityType::Person {
                // A government office named without its state ("Prime Minister Petteri
                // Orpo") belongs to the state the article is about: the one named most.
                let of = of.or_else(|| self.known_role(pi, &title_text)).or_else(|| {
                    let t = crate::text::fold(&title_text);
                    let office = ["prime minister", "president", "minister", "chancellor"]
                        .iter()
                        .any(|o| t.ends_with(o));
                    office.then(|| self.main_state()).flatten().map(Ent::Lex)
                });
                let title = self.full_title(pi, &title_text);
                return Some(Phrase {
                    a: start,
                    b: t_end + 1,
                    head: Head::Ent(Ent::Lex(pi), MentionKind::Name),
                    role: Some((title, of)),
                    possessive: false,
                });
            }
        }
        // No name: "Estonia's interior minister", "the Norwegian Prime Minister".
        let Some(Ent::Lex(of_i)) = of else {
            return None;
        };
        let ft = crate::text::fold(&title_text);
        let person = self.lex.entities().iter().position(|p| {
            p.entity.etype == EntityType::Person
                && p.roles
                    .iter()
                    .any(|(t, o)| *o == of_i && (t == &ft || t.ends_with(&format!(" {ft}"))))
        })?;
        // The text states the role ("Estonia's interior minister"); the lexicon says who
        // holds it.
        let title = self.full_title(person as u32, &title_text);
        Some(Phrase {
            a: start,
            b: t_end,
            head: Head::Ent(Ent::Lex(person as u32), MentionKind::Name),
            role: Some((title, Some(Ent::Lex(of_i)))),
            possessive: false,
        })
    }

    /// The role a person is known by in the lexicon for a title.
    fn known_role(&self, person: u32, title: &str) -> Option<Ent> {
        let ft = crate::text::fold(title);
        self.ent(person)
            .roles
            .iter()
            .find(|(t, _)| t == &ft || t.ends_with(&format!(" {ft}")))
            .map(|&(_, o)| Ent::Lex(o))
    }

    /// The state the article is about: the first one acting as a subject (usually
    /// in the headline).
    fn main_state(&self) -> Option<u32> {
        match self.topic_state {
            Some(Ent::Lex(i)) => Some(i),
            _ => None,
        }
    }

    /// The lexicon's fuller form of a title ("Minister" → "Interior Minister").
    fn full_title(&self, person: u32, title: &str) -> String {
        let ft = crate::text::fold(title);
        let best = self
            .ent(person)
            .roles
            .iter()
            .find(|(t, _)| t.ends_with(&format!(" {ft}")))
            .map_or(title, |(t, _)| t.as_str());
        title_case(best)
    }

    fn appositive_role(&self, units: &[Unit], i: usize, person: u32) -> Option<Phrase> {
        if !self.is_word(units, i + 1, &[","]) && units.get(i + 1).is_none_or(|u| self.f(u) != ",")
        {
            return None;
        }
        let mut j = i + 2;
        if self.is_word(units, j, &["a", "an", "the"]) {
            j += 1;
        }
        if !self.has_title(units, j) {
            return None;
        }
        let t = j;
        while self.has_title(units, j) {
            j += 1;
        }
        let title = title_case(&self.text[units[t].s..units[j - 1].e]);
        let mut of = None;
        let mut end = j;
        if self.is_word(units, j, &["in", "of", "for", "at", "with"]) {
            let mut k = j + 1;
            if self.is_word(units, k, &["the"]) {
                k += 1;
            }
            // "the Finnish border guard" may be a demonym followed by more words.
            if let Some((oi, kind)) = units.get(k).and_then(|u| self.entity_cue(u)) {
                let o = self.ent(oi);
                if matches!(
                    o.entity.etype,
                    EntityType::Organisation | EntityType::State | EntityType::Place
                ) && kind != MentionKind::Metonym
                {
                    of = Some(Ent::Lex(oi));
                    end = k + 1;
                }
            }
        }
        let of = of.or_else(|| self.known_role(person, &title));
        Some(Phrase {
            a: i,
            b: end,
            head: Head::Ent(Ent::Lex(person), MentionKind::Name),
            role: Some((title, of)),
            possessive: false,
        })
    }

    /// The state an entity acts for: itself, a demonym's state, a person's or
    /// organisation's state through its known role.
    fn state_of(&self, e: Ent) -> Option<u32> {
        let Ent::Lex(i) = e else { return None };
        let le = self.ent(i);
        match le.entity.etype {
            EntityType::State => Some(i),
            EntityType::Place | EntityType::Crossing => {
                le.located_in.and_then(|p| self.state_of(Ent::Lex(p)))
            }
            _ => None,
        }
    }

    /// Resolves a phrase to an entity; pronouns look back in the sentence, then in the
    /// article.
    fn resolve(&self, s: &S, p: usize, subject: Option<Ent>) -> Option<Ent> {
        let ph = &s.phrases[p];
        match ph.head {
            Head::Ent(e, MentionKind::Demonym) if ph.b - ph.a == 1 => Some(e),
            Head::Ent(e, _) => Some(e),
            Head::Pronoun(person) => {
                for q in (0..p).rev() {
                    if let Head::Ent(e, _) = s.phrases[q].head {
                        let t = self.etype(e);
                        let fits = if person {
                            t == EntityType::Person
                        } else {
                            t == EntityType::State
                        };
                        if fits && (person || self.subject_position(s, q)) {
                            return Some(e);
                        }
                    }
                }
                if person {
                    self.last_person
                } else {
                    self.last_state
                }
            }
            Head::Neighbour => {
                let subj = subject.and_then(|e| self.state_of(e))?;
                self.neighbour(s, subj).map(Ent::Lex)
            }
            Head::PersonsCountry => {
                let person = (0..p).rev().find_map(|q| match s.phrases[q].head {
                    Head::Ent(e, _) if self.etype(e) == EntityType::Person => Some(e),
                    _ => None,
                })?;
                self.state_of_person(person).map(Ent::Lex)
            }
            Head::They => self.they(s, p).first().copied(),
        }
    }

    /// The state a person holds a role in, from the roles read so far.
    fn state_of_person(&self, person: Ent) -> Option<u32> {
        let id = self.id(person);
        self.facts.iter().rev().find_map(|f| {
            if f.relation != Relation::HOLDS_ROLE || f.subject != id {
                return None;
            }
            let o = f.object.as_ref()?;
            let i = self.lex.index_of(o)?;
            (self.ent(i).entity.etype == EntityType::State).then_some(i)
        })
    }

    /// The states a "they" at phrase `p` stands for: the last list of two or more
    /// states named before it in the sentence.
    fn they(&self, s: &S, p: usize) -> Vec<Ent> {
        let mut best: Vec<Ent> = Vec::new();
        let mut run: Vec<Ent> = Vec::new();
        let mut last_b = None;
        for q in 0..p {
            let ph = &s.phrases[q];
            let state = match ph.head {
                Head::Ent(e, MentionKind::Name | MentionKind::Metonym)
                    if self.etype(e) == EntityType::State =>
                {
                    Some(e)
                }
                _ => None,
            };
            let joined = last_b.is_some_and(|b: usize| {
                ph.a == b + 1 && (self.is_word(s.units, b, &["and"]) || self.f(&s.units[b]) == ",")
            });
            match state {
                Some(e) if joined => run.push(e),
                Some(e) => run = vec![e],
                None => run.clear(),
            }
            if run.len() >= 2 {
                best = run.clone();
            }
            last_b = state.map(|_| ph.b);
        }
        best
    }

    /// A state bordering `state` named in the sentence, else the one most named so far.
    fn neighbour(&self, s: &S, state: u32) -> Option<u32> {
        let borders = &self.ent(state).borders;
        for p in &s.phrases {
            if let Head::Ent(Ent::Lex(i), _) = p.head {
                if borders.contains(&i) {
                    return Some(i);
                }
            }
        }
        self.states_seen
            .iter()
            .filter(|(i, _)| borders.contains(i))
            .max_by_key(|(i, n)| (**n, std::cmp::Reverse(**i)))
            .map(|(i, _)| *i)
    }

    /// Whether phrase `p` stands where a clause subject can stand.
    fn subject_position(&self, s: &S, p: usize) -> bool {
        let a = s.phrases[p].a;
        let Some(prev) = a.checked_sub(1).map(|k| &s.units[k]) else {
            return true;
        };
        if prev.kind == Kind::Punct {
            return self.f(prev) != "'";
        }
        let w = self.f(prev);
        if CLAUSE_OPENERS.contains(&w) || self.has(prev, |c| matches!(c, Cue::Verb(Relation::SAYS)))
        {
            return true;
        }
        // A few plain words at the start of the sentence or clause are modifiers:
        // "Baltic nations Estonia and Latvia", "Nearby Estonia".
        let mut k = a;
        let mut n = 0;
        while k > 0 {
            let u = &s.units[k - 1];
            if u.kind == Kind::Punct {
                break;
            }
            if u.kind != Kind::Word
                || PREPOSITIONS.contains(&self.f(u))
                || DETERMINERS.contains(&self.f(u)) && n > 0
            {
                return false;
            }
            n += 1;
            k -= 1;
        }
        n <= 2 && !PREPOSITIONS.contains(&w)
    }

    /// Whether only auxiliaries, hedges and negations stand between unit `from` and
    /// unit `to`.
    fn only_aux_between(&self, s: &S, from: usize, to: usize) -> bool {
        (from..to).all(|k| {
            let u = &s.units[k];
            u.kind != Kind::Punct
                && (AUXILIARIES.contains(&self.f(u))
                    || self.has(u, |c| matches!(c, Cue::Hedge | Cue::Negation)))
        })
    }

    /// The subject of the verb at unit `v`: the nearest phrase to the left that stands
    /// in subject position or directly before the verb. Returns the phrase index.
    fn subject_of(&self, s: &S, v: usize) -> Option<usize> {
        // "the nation entered …": a common noun right before the verb is its subject.
        let mut k = v;
        while k > 0 {
            k -= 1;
            let u = &s.units[k];
            let w = self.f(u);
            if u.kind == Kind::Word
                && s.phrase_at[k].is_none()
                && (AUXILIARIES.contains(&w)
                    || w.ends_with("ly")
                    || dates_word(w)
                    || w.chars().all(|c| c.is_ascii_digit()))
            {
                continue;
            }
            if self.has(u, |c| matches!(c, Cue::Hedge | Cue::Negation)) {
                continue;
            }
            let content = u.kind == Kind::Word
                && s.phrase_at[k].is_none()
                && !PREPOSITIONS.contains(&w)
                && !CLAUSE_OPENERS.contains(&w)
                && !DETERMINERS.contains(&w)
                && !w.chars().all(|c| c.is_ascii_digit());
            if content {
                return None;
            }
            break;
        }
        self.nearest_subject(s, v)
    }

    /// The nearest phrase left of unit `v` that stands in subject position or right
    /// before `v`.
    fn nearest_subject(&self, s: &S, v: usize) -> Option<usize> {
        let mut k = v;
        while k > 0 {
            k -= 1;
            // "Finland, which has closed … and accuses Moscow": the antecedent.
            if self.is_word(s.units, k, &["which", "who"]) {
                let mut j = k;
                while j > 0 && s.units[j - 1].kind == Kind::Punct && self.f(&s.units[j - 1]) == ","
                {
                    j -= 1;
                }
                return j.checked_sub(1).and_then(|j| s.phrase_at[j]);
            }
            let Some(p) = s.phrase_at[k] else { continue };
            let ph = &s.phrases[p];
            k = ph.a;
            if ph.possessive && !matches!(ph.head, Head::Pronoun(_)) {
                continue;
            }
            if matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) && ph.b - ph.a == 1 {
                continue;
            }
            // "Estonia, which like Finland is a member": a comparison is no subject.
            if ph.a > 0 && self.is_word(s.units, ph.a - 1, &["like", "unlike"]) {
                continue;
            }
            if self.subject_position(s, p) || self.only_aux_between(s, ph.b, v) {
                return Some(p);
            }
        }
        None
    }

    /// Subjects of verb `v`, with coordinated ones: "Estonia and Latvia … have accused".
    fn subjects_of(&self, s: &S, v: usize) -> Vec<Ent> {
        let Some(p) = self.subject_of(s, v) else {
            return Vec::new();
        };
        if s.phrases[p].head == Head::They {
            return self.they(s, p);
        }
        let Some(first) = self.resolve(s, p, None) else {
            return Vec::new();
        };
        let mut out = vec![first];
        let mut q = p;
        while q > 0 {
            let a = s.phrases[q].a;
            let joined = a >= 2
                && (self.is_word(s.units, a - 1, &["and"]) || self.f(&s.units[a - 1]) == ",")
                && s.phrases[q - 1].b == a - 1;
            if !joined {
                break;
            }
            match s.phrases[q - 1].head {
                Head::Ent(e, MentionKind::Name | MentionKind::Metonym)
                    if self.etype(e) == self.etype(first) =>
                {
                    out.insert(0, e);
                    q -= 1;
                }
                _ => break,
            }
        }
        out
    }

    /// The first phrase after unit `v` (skipping determiners), within `max` units.
    fn object_after(&self, s: &S, v: usize, max: usize) -> Option<usize> {
        let mut k = v + 1;
        while k < s.units.len() && k <= v + max {
            if let Some(p) = s.phrase_at[k] {
                return Some(p);
            }
            // "the regime of Alexander Lukashenko", "the government of Belarus".
            if self.has(&s.units[k], |c| *c == Cue::Group) && self.is_word(s.units, k + 1, &["of"])
            {
                return s.phrase_at.get(k + 2).copied().flatten();
            }
            if !self.is_word(s.units, k, DETERMINERS) && !self.is_word(s.units, k, &["either"]) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// End of the clause that starts at unit `from`: a semicolon, a dash, the end of
    /// the sentence, or a comma/"and" that opens a new statement.
    fn clause_end(&self, s: &S, from: usize) -> usize {
        let n = s.units.len();
        let mut k = from;
        while k < n {
            let u = &s.units[k];
            let w = self.f(u);
            if u.kind == Kind::Punct && matches!(w, ";" | "—" | "–") {
                return k;
            }
            if u.kind == Kind::Punct && w == "," {
                let mut q = k + 1;
                while s
                    .units
                    .get(q)
                    .is_some_and(|x| x.kind == Kind::Punct && matches!(self.f(x), "\"" | "'"))
                {
                    q += 1;
                }
                let next = s.units.get(q);
                let opens = next.is_some_and(|nu| {
                    matches!(
                        self.f(nu),
                        "which"
                            | "adding"
                            | "and"
                            | "while"
                            | "but"
                            | "who"
                            | "saying"
                            | "as"
                            | "according"
                            | "though"
                            | "although"
                            | "where"
                    ) || self.has(nu, |c| {
                        matches!(
                            c,
                            Cue::AttributionBefore
                                | Cue::AttributionAfter
                                | Cue::Verb(Relation::SAYS)
                        )
                    }) || self.entity_cue(nu).is_some_and(|(i, _)| self.ent(i).media)
                        || (self.f(nu) == "the"
                            && s.units
                                .get(q + 1)
                                .and_then(|x| self.entity_cue(x))
                                .is_some_and(|(i, _)| self.ent(i).media))
                });
                if opens {
                    return k;
                }
            }
            if k > from
                && w == "and"
                && s.units
                    .get(k + 1)
                    .is_some_and(|nu| self.has(nu, |c| matches!(c, Cue::Verb(Relation::SAYS))))
            {
                return k;
            }
            k += 1;
        }
        n
    }

    /// Original text of units `a..b`, trimmed of punctuation that does not belong.
    fn span_text(&self, s: &S, a: usize, b: usize) -> Option<String> {
        if a >= b || b > s.units.len() {
            return None;
        }
        let t = self.text[s.units[a].s..s.units[b - 1].e].trim();
        let t = t.trim_end_matches([',', ';', ':', ' ', '.']);
        // A clause boundary can fall inside a quotation: drop a dangling closing
        // quote, or close a quotation left open.
        let mut t = t.to_string();
        if t.matches(['"', '“', '”']).count() % 2 == 1 {
            if t.ends_with(['"', '”']) {
                t.pop();
                t = t.trim_end_matches([',', ' ']).to_string();
            } else {
                t.push(if t.contains('“') { '”' } else { '"' });
            }
        }
        let t = t.trim();
        (!t.is_empty()).then(|| t.to_string())
    }

    fn modality(&self, s: &S, from: usize, v: usize, clause_end: usize) -> Modality {
        let mut m = Modality::Asserted;
        for k in from..v {
            let u = &s.units[k];
            if self.has(u, |c| *c == Cue::Negation) {
                return Modality::Negated;
            }
            if self.has(u, |c| *c == Cue::Hedge) {
                m = Modality::Possible;
            }
        }
        for k in v + 1..clause_end {
            let u = &s.units[k];
            if self.has(u, |c| *c == Cue::Condition)
                || self.has(u, |c| *c == Cue::Hedge) && self.f(u).starts_with("if")
            {
                m = Modality::Possible;
            }
        }
        m
    }

    /// The date closest to unit `v`.
    fn date_near(&self, s: &S, v: usize) -> Option<String> {
        s.dates
            .iter()
            .filter(|(_, d)| d.is_some())
            .min_by_key(|(at, _)| at.abs_diff(v))
            .and_then(|(_, d)| d.clone())
    }

    /// The source the sentence cites: "…, Reuters reported", "according to the AP".
    fn attribution(&self, s: &S) -> Option<Ent> {
        for (k, u) in s.units.iter().enumerate() {
            if self.has(u, |c| *c == Cue::AttributionBefore) {
                let mut j = k + 1;
                if self.is_word(s.units, j, &["the"]) {
                    j += 1;
                }
                if let Some(p) = s.phrase_at.get(j).copied().flatten() {
                    if let Head::Ent(e @ Ent::Lex(i), _) = s.phrases[p].head {
                        let le = self.ent(i);
                        let according = self.f(u) == "according to";
                        if le.media
                            || (according
                                && le.entity.etype.can_act()
                                && le.entity.etype != EntityType::State)
                        {
                            return Some(e);
                        }
                    }
                }
            }
            if self.has(u, |c| *c == Cue::AttributionAfter) && k > 0 {
                if let Some(p) = s.phrase_at[k - 1] {
                    if let Head::Ent(e @ Ent::Lex(i), _) = s.phrases[p].head {
                        if self.ent(i).media {
                            return Some(e);
                        }
                    }
                }
            }
        }
        None
    }

    fn push(
        &mut self,
        s: &S,
        subject: Ent,
        relation: Relation,
        object: Option<Ent>,
        claim: Option<String>,
        modality: Modality,
        date: Option<String>,
    ) {
        let (mut subject, mut object) = (subject, object);
        if let (true, Some(o)) = (relation.is_symmetric(), object) {
            if self.id(o) < self.id(subject) {
                object = Some(subject);
                subject = o;
            }
        }
        if Some(subject) == object {
            return;
        }
        if relation == Relation::ACCUSES {
            self.last_accused = object;
        }
        // A discovered crossing or place learns the state it lies in, so a later
        // "will be closed" knows who closes it.
        if let (Relation::LOCATED_IN, Ent::Lex(si), Some(Ent::Lex(oi))) =
            (relation, subject, object)
        {
            let base = self.lex.entities().len() as u32;
            if si >= base && self.ent(oi).entity.etype == EntityType::State {
                let f = &mut self.found[(si - base) as usize];
                f.located_in.get_or_insert(oi);
            }
        }
        let attribution = s
            .attribution
            .filter(|a| *a != subject && Some(*a) != object);
        for e in [Some(subject), object, attribution].into_iter().flatten() {
            let entity = match e {
                Ent::Lex(i) => self.ent(i).entity.clone(),
                Ent::Crossings(a, b) => self.crossings_entity(a, b),
            };
            self.entities.entry(entity.id.clone()).or_insert(entity);
        }
        let attribution = attribution.map(|a| self.id(a));
        self.facts.push(Fact {
            doc: self.doc.to_string(),
            subject: self.id(subject),
            relation,
            object: object.map(|o| self.id(o)),
            claim,
            modality,
            date,
            attribution,
            evidence: s.evidence.clone(),
        });
    }

    /// `holds_role` from titled and appositive phrases.
    fn roles(&mut self, s: &S) {
        // "Ukraine's ambassador to Poland, Vasyl Zvarych, said".
        for p in 0..s.phrases.len() {
            let (a, head) = (s.phrases[p].a, s.phrases[p].head);
            let Head::Ent(person, _) = head else { continue };
            if self.etype(person) != EntityType::Person || a < 3 || self.f(&s.units[a - 1]) != "," {
                continue;
            }
            let Some(t) =
                (a.saturating_sub(6)..a - 1).find(|&k| self.has(&s.units[k], |c| *c == Cue::Title))
            else {
                continue;
            };
            let Some(q) = t.checked_sub(1).and_then(|k| s.phrase_at[k]) else {
                continue;
            };
            let ph = &s.phrases[q];
            let state_like = ph.possessive || matches!(ph.head, Head::Ent(_, MentionKind::Demonym));
            if let (true, Head::Ent(of, _)) = (state_like, ph.head) {
                let title = title_case(&self.text[s.units[t].s..s.units[t].e]);
                self.push(
                    s,
                    person,
                    Relation::HOLDS_ROLE,
                    Some(of),
                    Some(title),
                    Modality::Asserted,
                    None,
                );
            }
        }
        for p in 0..s.phrases.len() {
            let ph = &s.phrases[p];
            if let (Head::Ent(person, _), Some((title, Some(of)))) = (ph.head, ph.role.clone()) {
                self.push(
                    s,
                    person,
                    Relation::HOLDS_ROLE,
                    Some(of),
                    Some(title),
                    Modality::Asserted,
                    None,
                );
            }
        }
    }

    /// Relations read from noun phrases rather than verbs: borders in "the
    /// Finnish-Russian border" and "the crossing between Norway and Russia", places in
    /// "Inari, Finland" and "the Norwegian town of Kirkenes".
    fn static_relations(&mut self, s: &S) {
        let n = s.units.len();
        let ents: Vec<Option<(u32, MentionKind)>> =
            s.units.iter().map(|u| self.entity_cue(u)).collect();
        let ent = |k: usize| ents.get(k).copied().flatten();
        for k in 0..n {
            let u = &s.units[k];
            // X-Y border / crossings.
            if let (Some((a, _)), true, Some((b, _))) = (
                ent(k),
                self.is_word(s.units, k + 1, &["-"])
                    || s.units.get(k + 1).is_some_and(|x| self.f(x) == "-"),
                ent(k + 2),
            ) {
                let crossing_next = s
                    .units
                    .get(k + 3)
                    .is_some_and(|x| self.has(x, |c| *c == Cue::CrossingNoun))
                    || (self.is_word(s.units, k + 3, &["road", "land"])
                        && s.units
                            .get(k + 4)
                            .is_some_and(|x| self.has(x, |c| *c == Cue::CrossingNoun)));
                if crossing_next {
                    if let (Some(x), Some(y)) =
                        (self.state_of(Ent::Lex(a)), self.state_of(Ent::Lex(b)))
                    {
                        if x != y {
                            self.push(
                                s,
                                Ent::Lex(x),
                                Relation::BORDERS,
                                Some(Ent::Lex(y)),
                                None,
                                Modality::Asserted,
                                None,
                            );
                        }
                    }
                }
            }
            // border / crossing between X and Y.
            if self.has(u, |c| *c == Cue::CrossingNoun)
                && self.is_word(s.units, k + 1, &["between"])
            {
                let end = self.clause_end(s, k + 2);
                let mut states: Vec<u32> = Vec::new();
                for j in k + 2..end {
                    if let Some(p) = s.phrase_at[j] {
                        if let Head::Ent(e, _) = s.phrases[p].head {
                            if let Some(st) = self.state_of(e) {
                                if !states.contains(&st) {
                                    states.push(st);
                                }
                            }
                        }
                    }
                }
                if states.len() == 2 {
                    self.push(
                        s,
                        Ent::Lex(states[0]),
                        Relation::BORDERS,
                        Some(Ent::Lex(states[1])),
                        None,
                        Modality::Asserted,
                        None,
                    );
                }
            }
            // X's / its border with Y; X shares a border with Y.
            if self.has(u, |c| *c == Cue::CrossingNoun) && self.is_word(s.units, k + 1, &["with"]) {
                let mut j = k + 2;
                if self.is_word(s.units, j, &["the"]) {
                    j += 1;
                }
                if let Some(Head::Ent(y, MentionKind::Name | MentionKind::Metonym)) = s
                    .phrase_at
                    .get(j)
                    .copied()
                    .flatten()
                    .map(|p| s.phrases[p].head)
                {
                    for owner in self.border_owners(s, k) {
                        if let (Some(x), Some(y)) = (self.state_of(owner), self.state_of(y)) {
                            if x != y {
                                self.push(
                                    s,
                                    Ent::Lex(x),
                                    Relation::BORDERS,
                                    Some(Ent::Lex(y)),
                                    None,
                                    Modality::Asserted,
                                    None,
                                );
                            }
                        }
                    }
                }
            }
            // "The Šumskas border crossing, Lithuania".
            if let Some((a, MentionKind::Name)) = ent(k) {
                let noun = s
                    .units
                    .get(k + 1)
                    .is_some_and(|x| self.has(x, |c| *c == Cue::CrossingNoun));
                if noun
                    && self.ent(a).entity.etype == EntityType::Crossing
                    && s.units.get(k + 2).is_some_and(|x| self.f(x) == ",")
                {
                    if let Some((b, MentionKind::Name)) = ent(k + 3) {
                        if self.ent(b).entity.etype == EntityType::State {
                            self.push(
                                s,
                                Ent::Lex(a),
                                Relation::LOCATED_IN,
                                Some(Ent::Lex(b)),
                                None,
                                Modality::Asserted,
                                None,
                            );
                        }
                    }
                }
            }
            // Place, State: "Inari, Finland".
            if let (Some((a, MentionKind::Name)), Some((b, MentionKind::Name))) =
                (ent(k), ent(k + 2))
            {
                if s.units.get(k + 1).is_some_and(|x| self.f(x) == ",")
                    && matches!(
                        self.ent(a).entity.etype,
                        EntityType::Place | EntityType::Crossing
                    )
                    && self.ent(b).entity.etype == EntityType::State
                {
                    self.push(
                        s,
                        Ent::Lex(a),
                        Relation::LOCATED_IN,
                        Some(Ent::Lex(b)),
                        None,
                        Modality::Asserted,
                        None,
                    );
                }
            }
            // Demonym town of Place; Place of State; State's Place.
            if let Some((d, MentionKind::Demonym)) = ent(k) {
                if self.is_word(
                    s.units,
                    k + 1,
                    &[
                        "town",
                        "city",
                        "province",
                        "region",
                        "village",
                        "county",
                        "municipality",
                        "port",
                    ],
                ) && self.is_word(s.units, k + 2, &["of"])
                {
                    if let Some((pl, _)) = ent(k + 3) {
                        if self.ent(pl).entity.etype == EntityType::Place {
                            self.push(
                                s,
                                Ent::Lex(pl),
                                Relation::LOCATED_IN,
                                Some(Ent::Lex(d)),
                                None,
                                Modality::Asserted,
                                None,
                            );
                        }
                    }
                }
            }
            if let Some((pl, MentionKind::Name)) = ent(k) {
                if self.ent(pl).entity.etype == EntityType::Place {
                    if self.is_word(s.units, k + 1, &["of"]) {
                        if let Some((st, MentionKind::Name)) = ent(k + 2) {
                            if self.ent(st).entity.etype == EntityType::State {
                                self.push(
                                    s,
                                    Ent::Lex(pl),
                                    Relation::LOCATED_IN,
                                    Some(Ent::Lex(st)),
                                    None,
                                    Modality::Asserted,
                                    None,
                                );
                            }
                        }
                    }
                    if k >= 2
                        && self.is_word(
                            s.units,
                            k - 1,
                            &[
                                "northern",
                                "southern",
                                "eastern",
                                "western",
                                "northwestern",
                                "northeastern",
                                "southwestern",
                                "southeastern",
                                "far-northern",
                                "central",
                            ],
                        )
                    {
                        if let (Some((st, MentionKind::Name)), true) =
                            (ent(k - 3), self.is_word(s.units, k - 2, &["'s"]))
                        {
                            if self.ent(st).entity.etype == EntityType::State {
                                self.push(
                                    s,
                                    Ent::Lex(pl),
                                    Relation::LOCATED_IN,
                                    Some(Ent::Lex(st)),
                                    None,
                                    Modality::Asserted,
                                    None,
                                );
                            }
                        }
                    }
                }
            }
            // Crossing or place, a few words, "in" Place/State: "the Raja-Jooseppi
            // crossing in the far-northern arctic region in Finland".
            if let Some((c, MentionKind::Name)) = ent(k) {
                let t = self.ent(c).entity.etype;
                if matches!(t, EntityType::Crossing | EntityType::Place) {
                    self.located_after(s, k, Ent::Lex(c), false);
                }
            }
        }
    }

    /// "described the arrivals as a hybrid attack by Belarus": an accusatory act
    /// credited to a state with "by" is an accusation by the clause's subject.
    fn act_by(&mut self, s: &S) {
        for k in 0..s.units.len() {
            if !self.has(&s.units[k], |c| *c == Cue::Accusatory)
                || !self.is_word(s.units, k + 1, &["by"])
            {
                continue;
            }
            let Some(op) = s.phrase_at.get(k + 2).copied().flatten() else {
                continue;
            };
            let Some(object @ Ent::Lex(oi)) = self
                .resolve(s, op, None)
                .filter(|e| self.etype(*e) == EntityType::State)
            else {
                continue;
            };
            let Some(sp) = (0..s.phrases.len()).find(|&p| {
                s.phrases[p].b <= k && self.subject_position(s, p) && !s.phrases[p].possessive
            }) else {
                continue;
            };
            let Some(subject) = self
                .resolve(s, sp, None)
                .filter(|e| self.etype(*e).can_act())
            else {
                continue;
            };
            if self.state_of(subject) != Some(oi) && subject != object {
                let claim = self.span_text(s, k, s.phrases[op].b);
                let date = self.date_near(s, k);
                self.push(
                    s,
                    subject,
                    Relation::ACCUSES,
                    Some(object),
                    claim,
                    Modality::Asserted,
                    date,
                );
            }
        }
    }

    /// Who owns the border noun at unit `k`: a possessive before it, else the clause
    /// subjects ("their borders" after "Estonia and Latvia … have accused").
    fn border_owners(&self, s: &S, k: usize) -> Vec<Ent> {
        let mut j = k;
        while j > 0 {
            j -= 1;
            let u = &s.units[j];
            if let Some(p) = s.phrase_at[j] {
                let ph = &s.phrases[p];
                if ph.possessive || matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) {
                    return self.resolve(s, p, None).into_iter().collect();
                }
                break;
            }
            // "Poland's 535-kilometre border": numbers and hyphens may stand between.
            let filler = u.kind == Kind::Word
                || self.f(u) == "-"
                || self.has(u, |c| *c == Cue::CrossingNoun);
            if !filler || k - j > 6 {
                break;
            }
        }
        let Some(p) = self.nearest_subject(s, k) else {
            return Vec::new();
        };
        let first = s.phrases[p].a;
        // The subjects of the clause, with the ones coordinated before them.
        let mut out: Vec<Ent> = self.subjects_of(s, first + 1).into_iter().collect();
        if out.is_empty() {
            out.extend(self.resolve(s, p, None));
        }
        out
    }

    /// `located_in` from "X … in Y", where `k` is X's unit. With `verb`, the words
    /// between may be longer ("is located in the far northeastern part of Norway").
    fn located_after(&mut self, s: &S, k: usize, x: Ent, verb: bool) {
        let n = s.units.len();
        let mut j = k + 1;
        let mut words = 0;
        let mut seen_in = verb;
        // "Hrebenne and Korczowa crossings in south-eastern Poland": both.
        let mut also: Vec<Ent> = Vec::new();
        // "Tverečius, in north-eastern Lithuania".
        if self.f(&s.units.get(j).copied().unwrap_or(s.units[k])) == ","
            && self.is_word(s.units, j + 1, &["in"])
        {
            j += 1;
        }
        while j < n && words <= if verb { 12 } else { 10 } {
            let u = &s.units[j];
            if let Some(p) = s.phrase_at[j] {
                match s.phrases[p].head {
                    Head::Ent(y @ Ent::Lex(yi), MentionKind::Name)
                        if !seen_in
                            && self.ent(yi).entity.etype == EntityType::Crossing
                            && self.is_word(s.units, j - 1, &["and"]) =>
                    {
                        also.push(y);
                        j = s.phrases[p].b;
                        continue;
                    }
                    Head::Ent(y @ Ent::Lex(yi), MentionKind::Name) if seen_in => {
                        if matches!(
                            self.ent(yi).entity.etype,
                            EntityType::State | EntityType::Place
                        ) {
                            for xe in std::iter::once(x).chain(also) {
                                if xe != y {
                                    self.push(
                                        s,
                                        xe,
                                        Relation::LOCATED_IN,
                                        Some(y),
                                        None,
                                        Modality::Asserted,
                                        None,
                                    );
                                }
                            }
                        }
                    }
                    _ => {}
                }
                return;
            }
            if u.kind == Kind::Punct && !matches!(self.f(u), "-") {
                return;
            }
            if self.has(u, |c| matches!(c, Cue::Verb(_) | Cue::Noun(_))) && !verb {
                return;
            }
            if self.is_word(s.units, j, &["in"]) {
                seen_in = true;
            } else if seen_in && !self.is_word(s.units, j, PLACE_MODIFIERS) && self.f(u) != "-" {
                // "in contrast with Finland" places nothing.
                return;
            } else if !seen_in
                && !self.has(u, |c| *c == Cue::CrossingNoun)
                && !self.is_word(
                    s.units,
                    j,
                    &[
                        "international",
                        "road",
                        "rail",
                        "main",
                        "northern",
                        "southern",
                        "station",
                        "only",
                        "and",
                    ],
                )
            {
                return;
            }
            words += 1;
            j += 1;
        }
    }

    fn first_subject_state(&self, s: &S) -> Option<Ent> {
        (0..s.phrases.len()).find_map(|p| match s.phrases[p].head {
            Head::Ent(e, MentionKind::Name | MentionKind::Metonym)
                if self.etype(e) == EntityType::State
                    && self.subject_position(s, p)
                    && !s.phrases[p].possessive =>
            {
                Some(e)
            }
            _ => None,
        })
    }

    /// Applies the rule of every relation whose word is at unit `v`.
    fn trigger(&mut self, s: &S, v: usize) {
        let u = s.units[v];
        for &cue in self.cues(&u) {
            match cue {
                Cue::Verb(Relation::ACCUSES) => self.accuses_verb(s, v),
                Cue::Noun(Relation::ACCUSES) => self.accuses_noun(s, v),
                Cue::Verb(Relation::DENIES) => self.denies(s, v),
                Cue::Verb(r @ (Relation::CLOSES | Relation::REOPENS)) => self.closes_verb(s, v, r),
                Cue::Noun(r @ (Relation::CLOSES | Relation::REOPENS)) if !self.has(&u, |c| matches!(c, Cue::Verb(_))) => self.closes_noun(s, v, r),
                Cue::Verb(Relation::BORDERS) => self.borders_verb(s, v),
                Cue::Verb(Relation::MEMBER_OF) | Cue::Noun(Relation::MEMBER_OF) => self.member_of(s, v),
                Cue::Verb(Relation::LOCATED_IN) => {
                    if let Some(p) = (0..s.phrases.len()).rev().find(|&p| s.phrases[p].b <= v && matches!(s.phrases[p].head, Head::Ent(e, _) if matches!(self.etype(e), EntityType::Crossing | EntityType::Place))) {
                        if let Head::Ent(x, _) = s.phrases[p].head {
                            self.located_after(s, v, x, true);
                        }
                    }
                }
                Cue::Verb(Relation::SAYS) => self.says(s, v),
                _ => {}
            }
        }
    }

    fn is_passive(&self, s: &S, v: usize) -> bool {
        // "is not closing" is progressive, not passive.
        if self.f(&s.units[v]).ends_with("ing") {
            return false;
        }
        let mut k = v;
        while k > 0 {
            k -= 1;
            let w = self.f(&s.units[k]);
            if BE.contains(&w) {
                return true;
            }
            // A hedge between "be" and the verb ("was prepared to close") makes the
            // verb active.
            if !matches!(
                w,
                "also"
                    | "already"
                    | "now"
                    | "being"
                    | "not"
                    | "reportedly"
                    | "previously"
                    | "recently"
            ) {
                return false;
            }
        }
        false
    }

    /// Records an accusation, and its claim as the one "these charges" refers to.
    fn accuse(
        &mut self,
        s: &S,
        subject: Ent,
        object: Ent,
        claim: Option<String>,
        modality: Modality,
        date: Option<String>,
    ) {
        self.push(
            s,
            subject,
            Relation::ACCUSES,
            Some(object),
            claim.clone(),
            modality,
            date,
        );
        if let Some(c) = claim {
            self.last_accusation = Some(c);
        }
    }

    /// The subject of an accusation verb coordinated after a statement: "Orpo said
    /// Russian border authorities had begun …, and accused Moscow of …".
    fn coordinated_speaker(&self, s: &S, v: usize) -> Option<Vec<Ent>> {
        if !(v > 0 && self.is_word(s.units, v - 1, &["and"])) {
            return None;
        }
        let says = (0..v - 1)
            .rev()
            .find(|&k| self.has(&s.units[k], |c| *c == Cue::Verb(Relation::SAYS)))?;
        let p = self.subject_of(s, says)?;
        Some(self.resolve(s, p, None).into_iter().collect())
    }

    fn accuses_verb(&mut self, s: &S, v: usize) {
        if self.is_passive(s, v) {
            // "Minsk was accused by Riga of using migrants …".
            let Some(by) =
                (v + 1..s.units.len().min(v + 3)).find(|&k| self.is_word(s.units, k, &["by"]))
            else {
                return;
            };
            let Some(sp) = s.phrase_at.get(by + 1).copied().flatten() else {
                return;
            };
            let Some(op) = self.subject_of(s, v) else {
                return;
            };
            let (Some(subject), Some(object)) =
                (self.resolve(s, sp, None), self.resolve(s, op, None))
            else {
                return;
            };
            let mut c = s.phrases[sp].b;
            let end = self.clause_end(s, c);
            let claim = if self.is_word(s.units, c, &["of", "over", "for"]) {
                c += 1;
                self.span_text(s, c, end)
            } else {
                None
            };
            if self.etype(subject).can_act() && self.etype(object).can_act() {
                let date = self.date_near(s, v);
                self.accuse(s, subject, object, claim, Modality::Asserted, date);
            }
            return;
        }
        let subjects = self
            .coordinated_speaker(s, v)
            .unwrap_or_else(|| self.subjects_of(s, v));
        let Some(&first) = subjects.first() else {
            return;
        };
        let Some(op) = self.object_after(s, v, 2) else {
            return;
        };
        let Some(object) = self.resolve(s, op, Some(first)) else {
            return;
        };
        if !self.etype(object).can_act() {
            return;
        }
        let end = self.clause_end(s, s.phrases[op].b);
        let mut c = s.phrases[op].b;
        let claim = if self.is_word(s.units, c, &["of", "over", "for"]) {
            c += 1;
            self.span_text(s, c, end)
        } else {
            None
        };
        let from = s.phrase_at[..v]
            .iter()
            .rposition(|p| p.is_some())
            .unwrap_or(0);
        let modality = self.modality(s, from.min(v), v, end);
        let date = self.date_near(s, v);
        for subj in subjects {
            if self.etype(subj).can_act() && subj != object {
                self.push(
                    s,
                    subj,
                    Relation::ACCUSES,
                    Some(object),
                    claim.clone(),
                    modality,
                    date.clone(),
                );
            }
        }
        if let Some(c) = claim {
            self.last_accusation = Some(c);
        }
    }

    /// "Helsinki's accusations that Russia is orchestrating …".
    fn accuses_noun(&mut self, s: &S, v: usize) {
        // "Lithuania and Poland have made similar accusations (against Belarus)".
        let made_words = ["made", "make", "makes", "making", "levelled", "leveled"];
        if let Some(verb) =
            (v.saturating_sub(3)..v).find(|&k| self.is_word(s.units, k, &made_words))
        {
            let object = if self.is_word(s.units, v + 1, &["against"]) {
                s.phrase_at
                    .get(v + 2)
                    .copied()
                    .flatten()
                    .and_then(|p| self.resolve(s, p, None))
            } else {
                self.last_accused
            };
            if let Some(object) = object {
                let date = self.date_near(s, v);
                for subject in self.subjects_of(s, verb) {
                    if self.etype(subject).can_act() && subject != object {
                        self.push(
                            s,
                            subject,
                            Relation::ACCUSES,
                            Some(object),
                            self.last_accusation.clone(),
                            Modality::Asserted,
                            date.clone(),
                        );
                    }
                }
            }
            return;
        }
        let subject = if v >= 1 {
            // Possessive directly before, possibly with one adjective between.
            [v.checked_sub(1), v.checked_sub(2)]
                .into_iter()
                .flatten()
                .find_map(|k| {
                    s.phrase_at[k].filter(|&p| s.phrases[p].possessive && s.phrases[p].b >= v - 1)
                })
                .and_then(|p| self.resolve(s, p, None))
        } else {
            None
        };
        let subject = subject.or_else(|| {
            (self.is_word(s.units, v + 1, &["by"]))
                .then(|| s.phrase_at.get(v + 2).copied().flatten())
                .flatten()
                .and_then(|p| self.resolve(s, p, None))
        });
        let Some(subject) = subject else { return };
        if !self.is_word(s.units, v + 1, &["that"]) {
            return;
        }
        let Some(op) = s.phrase_at.get(v + 2).copied().flatten() else {
            return;
        };
        let Some(object) = self.resolve(s, op, Some(subject)) else {
            return;
        };
        let mut c = s.phrases[op].b;
        while c < s.units.len()
            && (BE.contains(&self.f(&s.units[c]))
                || matches!(self.f(&s.units[c]), "has" | "had" | "have"))
        {
            c += 1;
        }
        let end = self.clause_end(s, c);
        let claim = self.span_text(s, c, end);
        let date = self.date_near(s, v);
        self.accuse(s, subject, object, claim, Modality::Asserted, date);
    }

    fn denies(&mut self, s: &S, v: usize) {
        if self.is_passive(s, v) {
            // "Warsaw's accusations … have been rejected by Minsk".
            if let Some(sp) = self
                .is_word(s.units, v + 1, &["by"])
                .then(|| s.phrase_at.get(v + 2).copied().flatten())
                .flatten()
            {
                if let Some(subject) = self
                    .resolve(s, sp, None)
                    .filter(|e| self.etype(*e).can_act())
                {
                    let claim = self.last_accusation.clone();
                    let date = self.date_near(s, v);
                    self.push(
                        s,
                        subject,
                        Relation::DENIES,
                        None,
                        claim,
                        Modality::Asserted,
                        date,
                    );
                }
            }
            return;
        }
        // "Minsk dismissed accusations by Vilnius of orchestrating …": Vilnius accuses.
        if self.has(s.units.get(v + 1).unwrap_or(&s.units[v]), |c| {
            *c == Cue::Noun(Relation::ACCUSES)
        }) && self.is_word(s.units, v + 2, &["by"])
        {
            if let (Some(ap), Some(dp)) = (
                s.phrase_at.get(v + 3).copied().flatten(),
                self.subject_of(s, v),
            ) {
                if let (Some(accuser), Some(accused)) =
                    (self.resolve(s, ap, None), self.resolve(s, dp, None))
                {
                    let mut c = s.phrases[ap].b;
                    let end = self.clause_end(s, c);
                    let claim = if self.is_word(s.units, c, &["of", "over", "for"]) {
                        c += 1;
                        self.span_text(s, c, end)
                    } else {
                        None
                    };
                    if accuser != accused {
                        let date = self.date_near(s, v);
                        self.accuse(s, accuser, accused, claim, Modality::Asserted, date);
                    }
                }
            }
        }
        let subjects = self.subjects_of(s, v);
        let Some(&first) = subjects.first() else {
            return;
        };
        if !self.etype(first).can_act() {
            return;
        }
        let end = self.clause_end(s, v + 1);
        let object_text = self.span_text(s, v + 1, end);
        let anaphoric = object_text.as_deref().is_none_or(|t| {
            let f = crate::text::fold(t);
            let last = f.rsplit(' ').next().unwrap_or("");
            ANAPHORIC_CHARGES.contains(&last) && f.split(' ').count() <= 3
        });
        // "… accusations that X, which Moscow has denied": the accusation just read.
        let claim = if anaphoric {
            self.last_accusation.clone().or(object_text)
        } else {
            object_text
        };
        let from = s.phrases[self.subject_of(s, v).unwrap_or(0)].b;
        let modality = self.modality(s, from.min(v), v, end);
        let date = self.date_near(s, v);
        for subj in subjects {
            self.push(
                s,
                subj,
                Relation::DENIES,
                None,
                claim.clone(),
                modality,
                date.clone(),
            );
        }
    }

    /// What is closed: a named crossing, "it" (the last crossing), or crossing nouns
    /// with the state on the other side ("its border crossings with Russia").
    fn closed_object(&self, s: &S, from: usize, end: usize, state: Option<u32>) -> Option<Ent> {
        let mut generic = false;
        let mut partner = None;
        for k in from..end {
            let u = &s.units[k];
            if let Some(p) = s.phrase_at[k] {
                match s.phrases[p].head {
                    Head::Ent(e @ Ent::Lex(i), _) => match self.ent(i).entity.etype {
                        EntityType::Crossing if !generic || partner.is_none() => return Some(e),
                        EntityType::State if Some(i) != state && partner.is_none() => {
                            partner = Some(i)
                        }
                        _ => {}
                    },
                    Head::Neighbour => {
                        if let Some(st) = state {
                            partner = partner.or_else(|| self.neighbour(s, st));
                        }
                    }
                    Head::Pronoun(false)
                        if (k == from || (k == from + 1)) && !s.phrases[p].possessive =>
                    {
                        return self.last_crossing;
                    }
                    _ => {}
                }
            } else if self.has(u, |c| *c == Cue::CrossingNoun) {
                generic = true;
            }
        }
        if !generic {
            return None;
        }
        let state = state?;
        let partner = partner.or_else(|| {
            // The other side, from the rest of the sentence or the article.
            self.neighbour(s, state)
        })?;
        (partner != state).then_some(Ent::Crossings(state.min(partner), state.max(partner)))
    }

    /// What is closed, with every crossing of a list: "Vaalimaa, Nuijamaa, Imatra and
    /// Niirala".
    fn closed_objects(&self, s: &S, from: usize, end: usize, state: Option<u32>) -> Vec<Ent> {
        let Some(first) = self.closed_object(s, from, end, state) else {
            return Vec::new();
        };
        let mut out = vec![first];
        // "its crossing points with Belarus, including Pāternieki".
        if let Ent::Crossings(..) = first {
            if let Some(k) =
                (from..end).find(|&k| self.is_word(s.units, k, &["including", "notably"]))
            {
                let named = s.phrase_at.get(k + 1).copied().flatten().is_some_and(|p| {
                    matches!(s.phrases[p].head, Head::Ent(e @ Ent::Lex(_), _) if self.etype(e) == EntityType::Crossing)
                });
                if named {
                    out.extend(self.closed_objects(s, k + 1, end, state));
                }
            }
        }
        let Some(p0) = (0..s.phrases.len()).find(|&p| {
            s.phrases[p].a >= from && matches!(s.phrases[p].head, Head::Ent(e, _) if e == first)
        }) else {
            return out;
        };
        let mut k = s.phrases[p0].b;
        while k < end {
            if self.is_word(s.units, k, &["and", "or", "nor"])
                || self.f(&s.units[k]) == ","
                || self.is_word(s.units, k, DETERMINERS)
                || self.has(&s.units[k], |c| *c == Cue::CrossingNoun)
            {
                k += 1;
                continue;
            }
            match s.phrase_at[k].map(|p| (p, s.phrases[p].head)) {
                Some((p, Head::Ent(e @ Ent::Lex(_), _)))
                    if self.etype(e) == EntityType::Crossing =>
                {
                    out.push(e);
                    k = s.phrases[p].b;
                }
                _ => break,
            }
        }
        out
    }

    fn closes_verb(&mut self, s: &S, v: usize, rel: Relation) {
        let w = self.f(&s.units[v]);
        // "a close eye", "close to the border", "the closed crossing".
        if self.is_word(
            s.units,
            v + 1,
            &["to", "eye", "ties", "cooperation", "look", "attention"],
        ) && w == "close"
            || self.is_word(
                s.units,
                v.wrapping_sub(1),
                &["a", "the", "very", "its", "their", "shuttered"],
            )
        {
            return;
        }
        let end = self.clause_end(s, v + 1);
        let date = self.date_near(s, v);
        let passive = self.is_passive(s, v);
        let subject_p = self.subject_of(s, v);
        let subject_is_crossing = subject_p.is_some_and(|p| {
            matches!(s.phrases[p].head, Head::Ent(e, _) if self.etype(e) == EntityType::Crossing)
        });
        if passive || subject_is_crossing || self.crossing_noun_before(s, v) {
            // "Raja-Jooseppi will be closed", "it may also be shut", "the crossing
            // expected to reopen": the crossing's own state does it.
            let crossing = self.crossing_before(s, v);
            let Some(c @ Ent::Lex(ci)) = crossing else {
                return;
            };
            // A crossing whose state is not known yet belongs to the article's state.
            let Some(state) = self
                .ent(ci)
                .located_in
                .and_then(|l| self.state_of(Ent::Lex(l)))
                .or_else(|| self.main_state())
            else {
                return;
            };
            let from = s.phrase_at[..v]
                .iter()
                .rposition(|p| p.is_some())
                .unwrap_or(0);
            let modality = self.modality(s, from, v, end);
            // "Tverečius, in north-eastern Lithuania, and Šumskas, east of Vilnius,
            // will be shut": every crossing of the subject, not only the nearest.
            let mut crossings = vec![c];
            if let Some(pc) = (0..s.phrases.len()).rev().find(|&p| {
                s.phrases[p].b <= v && matches!(s.phrases[p].head, Head::Ent(e, _) if e == c)
            }) {
                for q in (0..pc).rev() {
                    let between_verb = (s.phrases[q].b..s.phrases[pc].a)
                        .any(|k| self.has(&s.units[k], |cu| matches!(cu, Cue::Verb(_))));
                    if between_verb {
                        break;
                    }
                    if let Head::Ent(e @ Ent::Lex(_), _) = s.phrases[q].head {
                        if self.etype(e) == EntityType::Crossing && !crossings.contains(&e) {
                            crossings.push(e);
                        }
                    }
                }
            }
            for c in crossings {
                self.push(
                    s,
                    Ent::Lex(state),
                    rel,
                    Some(c),
                    None,
                    modality,
                    date.clone(),
                );
            }
            return;
        }
        let subjects = self.subjects_of(s, v);
        let from = subject_p.map_or(0, |p| s.phrases[p].b);
        // "Poland has kept the Kuźnica crossing closed": the object comes first.
        let kept = (from..v).any(|k| {
            self.is_word(
                s.units,
                k,
                &["kept", "keep", "keeps", "keeping", "remained", "remains"],
            )
        });
        if kept {
            if let Some(c @ Ent::Lex(_)) = self.crossing_before(s, v) {
                let modality = self.modality(s, from.min(v), v, end);
                for subj in subjects {
                    if let Some(state) = self.state_of(subj) {
                        self.push(
                            s,
                            Ent::Lex(state),
                            rel,
                            Some(c),
                            None,
                            modality,
                            date.clone(),
                        );
                    }
                }
                return;
            }
        }
        let modality = self.modality(s, from.min(v), v, end);
        for subj in subjects {
            let Some(state) = self.state_of(subj) else {
                continue;
            };
            for obj in self.closed_objects(s, v + 1, end, Some(state)) {
                self.push(
                    s,
                    Ent::Lex(state),
                    rel,
                    Some(obj),
                    None,
                    modality,
                    date.clone(),
                );
            }
        }
    }

    /// Whether a crossing noun stands right before the verb ("the crossing expected to
    /// reopen").
    fn crossing_noun_before(&self, s: &S, v: usize) -> bool {
        let mut k = v;
        let mut n = 0;
        while k > 0 && n < 3 {
            k -= 1;
            let u = &s.units[k];
            if self.has(u, |c| *c == Cue::CrossingNoun) {
                return k > 0 && self.is_word(s.units, k - 1, &["the"]);
            }
            if !self.has(u, |c| *c == Cue::Hedge) && !AUXILIARIES.contains(&self.f(u)) {
                return false;
            }
            n += 1;
        }
        false
    }

    /// The crossing a passive or intransitive closure is about: the nearest named
    /// crossing to the left, or "it" / "the crossing" meaning the last one named.
    fn crossing_before(&self, s: &S, v: usize) -> Option<Ent> {
        let mut k = v;
        while k > 0 {
            k -= 1;
            if let Some(p) = s.phrase_at[k] {
                match s.phrases[p].head {
                    Head::Ent(e, _) if self.etype(e) == EntityType::Crossing => return Some(e),
                    Head::Pronoun(false) if !s.phrases[p].possessive => {
                        return self.last_crossing_in(s, p)
                    }
                    _ => {}
                }
            } else if self.has(&s.units[k], |c| *c == Cue::CrossingNoun)
                && matches!(
                    self.f(&s.units[k]),
                    "crossing"
                        | "checkpoint"
                        | "crossing point"
                        | "border crossing"
                        | "border checkpoint"
                )
                && k > 0
                && self.is_word(s.units, k - 1, &["the"])
                && v - k <= 4
            {
                // "the crossing" means the last one named; "the border" names none.
                let before = s.phrases.iter().take_while(|p| p.a < k).count();
                return self.last_crossing_in(s, before);
            }
        }
        None
    }

    fn last_crossing_in(&self, s: &S, before_phrase: usize) -> Option<Ent> {
        (0..before_phrase.min(s.phrases.len()))
            .rev()
            .find_map(|q| match s.phrases[q].head {
                Head::Ent(e @ Ent::Lex(_), _) if self.etype(e) == EntityType::Crossing => Some(e),
                _ => None,
            })
            .or(self.last_crossing)
    }

    /// "Moscow has confirmed the closure of the Borisoglebsk-Storskog border crossing".
    fn closes_noun(&mut self, s: &S, v: usize, rel: Relation) {
        if !self.is_word(s.units, v + 1, &["of"]) {
            return;
        }
        let subject = [v.checked_sub(1)]
            .into_iter()
            .flatten()
            .find_map(|k| s.phrase_at[k].filter(|&p| s.phrases[p].possessive))
            .or_else(|| {
                // The subject of the verb that governs "the closure".
                let k = v.checked_sub(2)?;
                self.is_word(s.units, v - 1, &["the"])
                    .then(|| self.subject_of(s, k))
                    .flatten()
            });
        let Some(subject) = subject.and_then(|p| self.resolve(s, p, None)) else {
            return;
        };
        let Some(state) = self.state_of(subject) else {
            return;
        };
        let end = self.clause_end(s, v + 1);
        for obj in self.closed_objects(s, v + 2, end, Some(state)) {
            let date = self.date_near(s, v);
            let modality = self.modality(s, v, v, end);
            self.push(s, Ent::Lex(state), rel, Some(obj), None, modality, date);
        }
    }

    fn borders_verb(&mut self, s: &S, v: usize) {
        // As a noun ("its border", "the Russian border") it is not a verb.
        if v > 0 {
            let prev = &s.units[v - 1];
            if self.is_word(s.units, v - 1, DETERMINERS)
                || self.is_word(s.units, v - 1, PREPOSITIONS)
                || self.entity_cue(prev).is_some()
                || self.is_word(
                    s.units,
                    v - 1,
                    &[
                        "'s", "land", "eastern", "western", "northern", "southern", "external",
                        "shared", "common",
                    ],
                )
            {
                return;
            }
        }
        let Some(op) = s.phrase_at.get(v + 1).copied().flatten() else {
            return;
        };
        let Head::Ent(y, MentionKind::Name | MentionKind::Metonym) = s.phrases[op].head else {
            return;
        };
        // "Estonia, which also borders Russia": the antecedent of "which".
        let subject = self
            .subject_of(s, v)
            .and_then(|p| self.resolve(s, p, None))
            .or_else(|| {
                let w = (0..v)
                    .rev()
                    .find(|&k| self.is_word(s.units, k, &["which"]))?;
                let p = s.phrase_at[..w].iter().rposition(|p| p.is_some())?;
                s.phrase_at[p].and_then(|p| self.resolve(s, p, None))
            });
        let Some(x) = subject else { return };
        if let (Some(a), Some(b)) = (self.state_of(x), self.state_of(y)) {
            if a != b {
                let end = self.clause_end(s, v);
                let modality = self.modality(s, v, v, end);
                let modality = if modality == Modality::Negated {
                    modality
                } else {
                    Modality::Asserted
                };
                self.push(
                    s,
                    Ent::Lex(a),
                    Relation::BORDERS,
                    Some(Ent::Lex(b)),
                    None,
                    modality,
                    None,
                );
            }
        }
    }

    fn member_of(&mut self, s: &S, v: usize) {
        let w = self.f(&s.units[v]);
        let noun = w.starts_with("member");
        let is_org = |p: usize| match s.phrases[p].head {
            Head::Ent(e, MentionKind::Name) if self.etype(e) == EntityType::Organisation => Some(e),
            _ => None,
        };
        // The organisations: "NATO member", "an EU and NATO member", "member of both
        // NATO and the European Union", "joined NATO".
        let mut orgs: Vec<(Ent, usize)> = Vec::new();
        if w != "member" {
            let mut k = v + 1;
            let end = self.clause_end(s, k);
            while k < end {
                if self.is_word(s.units, k, DETERMINERS)
                    || self.is_word(s.units, k, &["and", "either"])
                    || self.f(&s.units[k]) == ","
                {
                    k += 1;
                    continue;
                }
                match s.phrase_at[k].and_then(|p| is_org(p).map(|e| (e, p))) {
                    Some((e, p)) => {
                        orgs.push((e, s.phrases[p].a));
                        k = s.phrases[p].b;
                    }
                    None => break,
                }
            }
        }
        let before = orgs.is_empty() && noun;
        if before {
            let mut k = v;
            while let Some(p) = k
                .checked_sub(1)
                .and_then(|j| s.phrase_at[j])
                .filter(|&p| s.phrases[p].b == k)
            {
                let Some(e) = is_org(p) else { break };
                orgs.insert(0, (e, s.phrases[p].a));
                k = s.phrases[p].a;
                if k > 0
                    && (self.is_word(s.units, k - 1, &["and"]) || self.f(&s.units[k - 1]) == ",")
                {
                    k -= 1;
                } else {
                    break;
                }
            }
        }
        let Some(&(_, first_a)) = orgs.first() else {
            return;
        };
        let mut start = if before { first_a } else { v };
        if noun {
            // Skip "a founding", "a full".
            while start > 0
                && s.units[start - 1].kind == Kind::Word
                && !self.is_word(s.units, start - 1, &["a", "an"])
                && s.phrase_at[start - 1].is_none()
                && start + 3 > v
            {
                start -= 1;
            }
        }
        // Subject: possessive ("Finland's entry into"), apposition ("Norway, a member
        // of"), or the clause subject.
        let subject =
            if start >= 1 && s.phrase_at[start - 1].is_some_and(|p| s.phrases[p].possessive) {
                s.phrase_at[start - 1].and_then(|p| self.resolve(s, p, None))
            } else if start >= 3
                && self.is_word(s.units, start - 1, &["a", "an"])
                && self.f(&s.units[start - 2]) == ","
            {
                s.phrase_at[start - 3].and_then(|p| self.resolve(s, p, None))
            } else {
                let k = if noun {
                    (0..start)
                        .rev()
                        .find(|&k| {
                            self.is_word(
                                s.units,
                                k,
                                &[
                                    "became", "become", "becomes", "is", "was", "are", "were",
                                    "remains", "remained",
                                ],
                            )
                        })
                        .unwrap_or(start)
                } else {
                    v
                };
                self.subject_of(s, k).and_then(|p| self.resolve(s, p, None))
            };
        // "Before joining NATO this year, …, Finnish officials warned": a participle
        // opening the sentence takes the main clause's subject.
        let subject = subject.or_else(|| {
            let opener = v > 0
                && self.is_word(
                    s.units,
                    v - 1,
                    &["before", "after", "since", "by", "when", "while"],
                )
                && v <= 2;
            if !opener {
                return None;
            }
            (0..s.phrases.len())
                .filter(|&p| s.phrases[p].a > v && !s.phrases[p].possessive)
                .find(|&p| {
                    s.phrases[p].a > 0
                        && s.units[s.phrases[p].a - 1].kind == Kind::Punct
                        && self.subject_position(s, p)
                })
                .and_then(|p| self.resolve(s, p, None))
        });
        let Some(x) = subject else { return };
        // "… although it is not a member of the EU".
        let modality = if (start.saturating_sub(4)..start)
            .any(|k| self.has(&s.units[k], |c| *c == Cue::Negation))
        {
            Modality::Negated
        } else {
            Modality::Asserted
        };
        if matches!(self.etype(x), EntityType::State | EntityType::Organisation) {
            for (org, _) in orgs {
                if x != org {
                    self.push(s, x, Relation::MEMBER_OF, Some(org), None, modality, None);
                }
            }
        }
    }

    fn says(&mut self, s: &S, v: usize) {
        let w = self.f(&s.units[v]);
        // "quoted X as saying": the speaker is the person quoted.
        let speaker = if matches!(w, "as saying" | "quoted as saying" | "saying") {
            if w == "saying" && !self.is_word(s.units, v.wrapping_sub(1), &["as"]) {
                return;
            }
            (0..s.phrases.len()).rev().find(|&p| s.phrases[p].b <= v && matches!(s.phrases[p].head, Head::Ent(e, _) if self.etype(e) == EntityType::Person))
        } else if w == "adding" {
            self.subject_of(s, v)
        } else {
            self.subject_of(s, v).or_else(|| {
                // Inverted: `"…," said Laanemets`.
                s.phrase_at.get(v + 1).copied().flatten()
            })
        };
        let Some(sp) = speaker else { return };
        let Some(subject) = self.resolve(s, sp, None) else {
            return;
        };
        let Ent::Lex(si) = subject else { return };
        let le = self.ent(si);
        if le.media || !le.entity.etype.can_act() {
            return;
        }
        // What was said: the clause after the verb ("said that …"), else the quotation
        // (`"…," X said`), else the clause before the speaker ("…, X said on Nov. 22").
        let end = self.clause_end(s, v + 1);
        let mut c = v + 1;
        if self.is_word(s.units, c, &["on", "in"]) && s.dates.iter().any(|(at, _)| *at == c + 1) {
            c += 1;
        }
        while c < end
            && (s.dates.iter().any(|(at, _)| *at == c)
                || dates_word(self.f(&s.units[c]))
                || self
                    .f(&s.units[c])
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || ch == '.' || ch == ','))
        {
            c += 1;
        }
        let complement = if self.is_word(s.units, c, &["that"]) {
            c += 1;
            true
        } else {
            s.units.get(c).is_some_and(|u| {
                u.kind != Kind::Punct
                    && !PREPOSITIONS.contains(&self.f(u))
                    && self.f(u) != "as"
                    && !self.has(u, |c| {
                        matches!(c, Cue::AttributionBefore | Cue::AttributionAfter)
                    })
                    && self.entity_cue(u).is_none_or(|(i, _)| !self.ent(i).media)
            }) && !(self.is_word(s.units, c, &["the", "a"])
                && s.units
                    .get(c + 1)
                    .and_then(|u| self.entity_cue(u))
                    .is_some_and(|(i, _)| self.ent(i).media))
        };
        let after = complement
            .then(|| self.span_text(s, c, end))
            .flatten()
            .filter(|t| t.split_whitespace().count() >= 3);
        let quote = quoted(&s.evidence.sentence);
        // Before the speaker only when the speaker opens a new clause: `…, X said`.
        let before = {
            let mut a = s.phrases[sp].a;
            if self.is_word(s.units, a.wrapping_sub(1), &["the"]) {
                a -= 1;
            }
            let opens = a > 0 && s.units[a - 1].kind == Kind::Punct;
            let b = (0..a)
                .rev()
                .find(|&k| s.units[k].kind != Kind::Punct)
                .map_or(0, |k| k + 1);
            opens
                .then(|| self.span_text(s, 0, b))
                .flatten()
                .filter(|t| t.split_whitespace().count() >= 3)
        };
        let claim = after.or(quote).or(before);
        let Some(claim) = claim else { return };
        let date = self.date_near(s, v);
        self.push(
            s,
            subject,
            Relation::SAYS,
            None,
            Some(claim.clone()),
            Modality::Asserted,
            date.clone(),
        );
        // Reported speech that is an accusation: "Finland's government claims that
        // Russia is conducting an influence operation".
        self.reported_accusation(s, v, sp, subject, end, date);
    }

    /// Reported speech whose content is an accusation: "X said (that) Y was using
    /// migrants to …", "… Russia, which he said was using migrants to …", and
    /// inverted: "Moscow's tactics are part of a goal to destabilize …, ISW said". The
    /// accused is the state named closest before an accusatory act ("orchestrating",
    /// "using migrants"), with no hedge between them.
    fn reported_accusation(
        &mut self,
        s: &S,
        v: usize,
        sp: usize,
        subject: Ent,
        end: usize,
        date: Option<String>,
    ) {
        let a = s.phrases[sp].a;
        let found = if a > 0 && self.is_word(s.units, a - 1, &["which", "who"]) {
            // The antecedent: the phrase just before "which" (past a quote and comma).
            let Some(op) = s.phrase_at[..a - 1].iter().rposition(|p| p.is_some()) else {
                return;
            };
            if a - 1 - op > 3 {
                return;
            }
            let Some(p) = s.phrase_at[op] else { return };
            let obj = self.resolve(s, p, Some(subject));
            let cue = (v + 1..end).any(|j| self.has(&s.units[j], |c| *c == Cue::Accusatory));
            obj.filter(|_| cue).map(|o| (o, v + 1, end))
        } else {
            self.accusation_in(s, v + 1, end, subject).or_else(|| {
                // Inverted attribution: the statement stands before the speaker.
                let before_end = (0..a)
                    .rev()
                    .find(|&k| s.units[k].kind != Kind::Punct)
                    .map_or(0, |k| k + 1);
                let opens = a > 0 && s.units[a - 1].kind == Kind::Punct;
                // The claim is then the whole statement.
                opens
                    .then(|| self.accusation_in(s, 0, before_end, subject))
                    .flatten()
                    .map(|(o, _, stop)| (o, 0, stop))
            })
        };
        let Some((object, mut c, stop)) = found else {
            return;
        };
        if self.etype(object) != EntityType::State || object == subject {
            return;
        }
        while c < stop
            && (BE.contains(&self.f(&s.units[c]))
                || matches!(self.f(&s.units[c]), "has" | "had" | "have" | "that" | "of"))
        {
            c += 1;
        }
        let claim = self.span_text(s, c, stop);
        self.accuse(s, subject, object, claim, Modality::Asserted, date);
    }

    /// In units `from..to`, a state named before an accusatory act: the state, where
    /// the claim starts (after it), and where it ends.
    fn accusation_in(
        &self,
        s: &S,
        from: usize,
        to: usize,
        speaker: Ent,
    ) -> Option<(Ent, usize, usize)> {
        let q = (from..to).find(|&j| self.has(&s.units[j], |c| *c == Cue::Accusatory))?;
        let speaker_state = self.state_of(speaker);
        let mut k = q;
        while k > from {
            k -= 1;
            let u = &s.units[k];
            // An accusation verb between them is read by its own rule.
            if self.has(u, |c| {
                matches!(
                    c,
                    Cue::Hedge
                        | Cue::Negation
                        | Cue::Verb(Relation::SAYS | Relation::DENIES | Relation::ACCUSES)
                        | Cue::Noun(Relation::ACCUSES)
                )
            }) {
                return None;
            }
            let Some(p) = s.phrase_at[k] else { continue };
            let ph = &s.phrases[p];
            if ph.a < from {
                return None;
            }
            k = ph.a;
            // A bare demonym ("Russian border") names no actor.
            if matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) && ph.b - ph.a == 1 {
                continue;
            }
            let e = self.resolve(s, p, Some(speaker))?;
            if self.etype(e) == EntityType::State && self.state_of(e) != speaker_state {
                return Some((e, ph.b, to));
            }
        }
        None
    }
}

fn dates_word(w: &str) -> bool {
    matches!(
        w,
        "nov"
            | "november"
            | "dec"
            | "december"
            | "oct"
            | "october"
            | "jan"
            | "january"
            | "feb"
            | "february"
            | "mar"
            | "march"
            | "apr"
            | "april"
            | "jun"
            | "june"
            | "jul"
            | "july"
            | "aug"
            | "august"
            | "sep"
            | "sept"
            | "september"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "same"
            | "day"
    )
}

/// The quoted passages of a sentence, joined with " … ".
fn quoted(sentence: &str) -> Option<String> {
    let mut parts = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in sentence.char_indices() {
        match (c, open) {
            ('“', _) => open = Some(i + c.len_utf8()),
            ('"', None) => open = Some(i + 1),
            ('”' | '"', Some(o)) => {
                let q = sentence[o..i].trim().trim_end_matches(',').trim();
                if q.split_whitespace().count() >= 4 {
                    parts.push(q.to_string());
                }
                open = None;
            }
            _ => {}
        }
    }
    (!parts.is_empty()).then(|| parts.join(" … "))
}

/// "interior minister" → "Interior Minister"; small words stay lowercase.
fn title_case(s: &str) -> String {
    s.split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && matches!(w, "of" | "the" | "for" | "and" | "in") {
                w.to_string()
            } else {
                let mut c = w.chars();
                c.next()
                    .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests;
