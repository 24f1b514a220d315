//! What every extraction stage reads about a document: the lexicon, the text in both
//! forms, and the table of entities its facts can name (the lexicon's, then those
//! found in this document), with the small word tests every stage shares.

use super::units::{Unit, UnitKind};
use crate::lexicon::{Cue, LexEntity, Lexicon, MentionKind};
use crate::model::{slug, Entity, EntityId, EntityType};
use crate::text::{fold, Folded};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// An entity a fact can name: one of the document's table, or the set of crossings on
/// the border between two states of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ent {
    /// Entity number: the lexicon's first, then the document's.
    Lex(u32),
    /// The crossings between two states (numbers in order).
    Crossings(u32, u32),
    /// A state's airspace ("Pakistani airspace"), which it closes and reopens like a
    /// crossing.
    Airspace(u32),
}

/// The document being read.
pub struct Doc<'a> {
    /// The lexicon.
    pub lex: &'a Lexicon,
    /// The article text.
    pub text: &'a str,
    /// The folded text with its offset map.
    pub folded: &'a Folded,
    /// The article id.
    pub doc_id: &'a str,
    /// Entities found in this document, numbered after the lexicon's.
    found: Vec<LexEntity>,
    /// Folded names (full names and surnames) of the entities found.
    found_names: HashMap<String, u32>,
    /// The states the article names (by name, demonym or capital), once known: a town
    /// of the gazetteer lies in its state only where the article names that state
    /// ("Joda, in White Nile state" is not India's Joda).
    named_states: Option<HashSet<u32>>,
    /// The crossing the article calls the only one between two states (numbers in
    /// order): it stands for all the crossings between them.
    sole: HashMap<(u32, u32), u32>,
}

impl<'a> Doc<'a> {
    /// A document with no entities found yet.
    pub fn new(lex: &'a Lexicon, text: &'a str, folded: &'a Folded, id: &'a str) -> Self {
        Doc {
            lex,
            text,
            folded,
            doc_id: id,
            found: Vec::new(),
            found_names: HashMap::default(),
            named_states: None,
            sole: HashMap::default(),
        }
    }

    /// The folded text of a unit.
    pub fn word(&self, u: &Unit) -> &'a str {
        &self.folded.text[u.folded.0..u.folded.1]
    }

    /// The original text of units `a..b`.
    pub fn original(&self, units: &[Unit], a: usize, b: usize) -> &'a str {
        &self.text[units[a].span.0..units[b - 1].span.1]
    }

    /// The meanings of a unit.
    pub fn cues(&self, u: &Unit) -> &'a [Cue] {
        match u.kind {
            UnitKind::Cue(p, cased) => self.lex.cues(p, cased),
            _ => &[],
        }
    }

    /// Whether a unit has a cue matching `pred`.
    pub fn has(&self, u: &Unit, pred: impl Fn(&Cue) -> bool) -> bool {
        self.cues(u).iter().any(pred)
    }

    /// Whether a unit is a verb of a statement frame (`says`: "said", "told").
    pub fn is_statement_verb(&self, u: &Unit) -> bool {
        self.has(u, |c| {
            matches!(c, Cue::Verb(r, _) if self.lex.frame(*r).is_some_and(|f| f.rule == crate::lexicon::Rule::Statement))
        })
    }

    /// Whether unit `i` exists and has a cue matching `pred`.
    pub fn has_at(&self, units: &[Unit], i: usize, pred: impl Fn(&Cue) -> bool) -> bool {
        units.get(i).is_some_and(|u| self.has(u, pred))
    }

    /// Whether unit `i` exists, is not punctuation, and is one of `words` (folded).
    pub fn is_word(&self, units: &[Unit], i: usize, words: &[&str]) -> bool {
        units
            .get(i)
            .is_some_and(|u| u.kind != UnitKind::Punct && words.contains(&self.word(u)))
    }

    /// How many units an adjective of direction at unit `i` takes: one ("northern"),
    /// three when hyphenated in lower case ("north-eastern", "north-east"; "North-West
    /// region" is a region's name), none if there is none.
    pub fn compass_len(&self, units: &[Unit], i: usize) -> usize {
        let words = &self.lex.words;
        let word = |k: usize| units.get(k).map_or("", |u| self.word(u));
        if words.compass.contains(word(i)) {
            1
        } else if words.compass_points.contains(word(i))
            && units.get(i).is_some_and(|u| !self.capitalised(u))
            && self.is_punct(units, i + 1, "-")
            && (words.compass.contains(word(i + 2)) || words.compass_points.contains(word(i + 2)))
        {
            3
        } else {
            0
        }
    }

    /// Whether unit `i` exists and is the punctuation mark `p`.
    pub fn is_punct(&self, units: &[Unit], i: usize, p: &str) -> bool {
        units
            .get(i)
            .is_some_and(|u| u.kind == UnitKind::Punct && self.word(u) == p)
    }

    /// Whether the name at unit `i` is a patron of what follows, joined to it by a
    /// hyphen and a participle ("an Iran-aligned faction", "Moscow-backed rebels",
    /// "UN-backed forces"): the patron does not act there. A body's people are its
    /// own ("JNIM-linked fighters" are JNIM's: words.toml `membership_participles`).
    pub fn is_patron(&self, units: &[Unit], i: usize) -> bool {
        let Some((e, _)) = units.get(i).and_then(|u| self.entity_cue(u)) else {
            return false;
        };
        let state = self.ent(e).entity.etype == EntityType::State;
        let part = units.get(i + 2).map_or("", |n| self.word(n));
        let joined = |a: usize| {
            units
                .get(a + 1)
                .is_some_and(|n| units[a].span.1 == n.span.0)
        };
        self.is_punct(units, i + 1, "-")
            && joined(i)
            && joined(i + 1)
            && self.lex.words.patron_participles.contains(part)
            && (state || !self.lex.words.membership_participles.contains(part))
    }

    /// The unit after a patron at `i` and its participle ("the Rwanda-backed M23": at
    /// "M23"), or `i` when none stands there.
    pub fn past_patron(&self, units: &[Unit], i: usize) -> usize {
        if self.is_patron(units, i) {
            i + 3
        } else {
            i
        }
    }

    /// The entity a unit names, and how.
    pub fn entity_cue(&self, u: &Unit) -> Option<(u32, MentionKind)> {
        if let UnitKind::Found(i) = u.kind {
            return Some((i, MentionKind::Name));
        }
        self.cues(u).iter().find_map(|c| match *c {
            Cue::Entity(i, k) => Some((i, k)),
            _ => None,
        })
    }

    /// An entity of the table.
    pub fn ent(&self, i: u32) -> &LexEntity {
        let n = self.lex.entities().len() as u32;
        if i < n {
            self.lex.entity(i)
        } else {
            &self.found[(i - n) as usize]
        }
    }

    /// Whether entity `i` was found in this document (not in the lexicon).
    pub fn is_found(&self, i: u32) -> bool {
        i >= self.lex.entities().len() as u32
    }

    /// The type of an entity.
    pub fn etype(&self, e: Ent) -> EntityType {
        match e {
            Ent::Lex(i) => self.ent(i).entity.etype,
            Ent::Crossings(..) | Ent::Airspace(_) => EntityType::Crossing,
        }
    }

    /// The public entity.
    pub fn entity(&self, e: Ent) -> Entity {
        match e {
            Ent::Lex(i) => self.ent(i).entity.clone(),
            Ent::Crossings(a, b) => {
                let label = crate::model::crossings_label(
                    &self.ent(a).entity.label,
                    &self.ent(b).entity.label,
                );
                Entity {
                    id: EntityId(slug(&label)),
                    label,
                    etype: EntityType::Crossing,
                    aliases: Vec::new(),
                    wikidata: None,
                }
            }
            Ent::Airspace(st) => {
                let state = &self.ent(st);
                let of = &state.entity.label;
                let label = match &state.demonym {
                    Some(d) => format!("{d} airspace"),
                    None => format!("{of} airspace"),
                };
                Entity {
                    id: EntityId(slug(&label)),
                    aliases: vec![format!("{of} airspace"), format!("airspace of {of}")],
                    label,
                    etype: EntityType::Crossing,
                    wikidata: None,
                }
            }
        }
    }

    /// The id of an entity.
    pub fn id(&self, e: Ent) -> EntityId {
        match e {
            Ent::Lex(i) => self.ent(i).entity.id.clone(),
            Ent::Crossings(..) | Ent::Airspace(_) => self.entity(e).id,
        }
    }

    /// The state an entity is or lies in: itself for a state, the state a place or
    /// crossing lies in (through the places it lies in).
    pub fn state_of(&self, e: Ent) -> Option<u32> {
        let mut i = match e {
            Ent::Lex(i) => i,
            Ent::Airspace(st) => return Some(st),
            Ent::Crossings(..) => return None,
        };
        let from_lexicon = !self.is_found(i);
        for _ in 0..4 {
            let le = self.ent(i);
            match le.entity.etype {
                EntityType::State if !from_lexicon || Ent::Lex(i) == e => return Some(i),
                EntityType::State => {
                    let named = self.named_states.as_ref().is_none_or(|n| n.contains(&i));
                    return named.then_some(i);
                }
                EntityType::Place | EntityType::Crossing | EntityType::Organisation => {
                    i = le.located_in?;
                }
                EntityType::Person => return None,
            }
        }
        None
    }

    /// Records the states the article names, from its sentences' units.
    pub fn note_named_states(&mut self, sentences: &[Vec<Unit>]) {
        let mut named = HashSet::default();
        for u in sentences.iter().flatten() {
            if let Some((i, _)) = self.entity_cue(u) {
                if self.ent(i).entity.etype == EntityType::State {
                    named.insert(i);
                }
            }
        }
        self.named_states = Some(named);
    }

    /// The crossings between two states, or `None` for one state or two that share no
    /// land border (`may_border`).
    /// The only crossing between them, when the article names it, stands for them.
    pub fn crossings(&self, a: u32, b: u32) -> Option<Ent> {
        let pair = (a.min(b), a.max(b));
        if let Some(&x) = self.sole.get(&pair) {
            return Some(Ent::Lex(x));
        }
        (a != b && self.may_border(a, b)).then_some(Ent::Crossings(pair.0, pair.1))
    }

    /// Records that `crossing` is the only one between states `a` and `b`.
    pub fn note_sole_crossing(&mut self, a: u32, b: u32, crossing: u32) {
        self.sole.insert((a.min(b), a.max(b)), crossing);
    }

    /// Whether entity `i` is a breakaway state: a state that lies in another, which
    /// claims it (Transnistria in Moldova).
    pub fn is_breakaway(&self, i: u32) -> bool {
        let le = self.ent(i);
        le.entity.etype == EntityType::State && le.located_in.is_some()
    }

    /// Whether two states may share a border: the gazetteer knows the land borders of
    /// both, and not as neighbours, means they share none ("the Abidjan–Lagos corridor"
    /// runs through a third state). An island's empty list says nothing (maritime
    /// borders).
    pub fn may_border(&self, a: u32, b: u32) -> bool {
        let (ba, bb) = (&self.ent(a).borders, &self.ent(b).borders);
        // (Either side's list: a breakaway state lists the states it borders, which do
        // not list it.)
        ba.is_empty() || bb.is_empty() || ba.contains(&b) || bb.contains(&a)
    }

    /// Whether a unit is written with a capital first letter, whatever it is.
    pub fn capitalised(&self, u: &Unit) -> bool {
        self.text[u.span.0..u.span.1].starts_with(char::is_uppercase)
    }

    /// Whether a unit is a capitalised word that can be part of a name. With
    /// `words_only`, lexicon matches never are.
    pub fn cap(&self, u: &Unit, words_only: bool) -> bool {
        let ok_kind = match u.kind {
            UnitKind::Word => true,
            UnitKind::Cue(..) => {
                !words_only
                    && self.entity_cue(u).is_none()
                    && !self.has(u, |c| {
                        matches!(
                            c,
                            Cue::Verb(..)
                                | Cue::Noun(_)
                                | Cue::Hedge
                                | Cue::Negation
                                | Cue::Office
                                | Cue::Group
                        )
                    })
            }
            _ => false,
        };
        ok_kind
            && self.text[u.span.0..u.span.1]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !self.lex.words.not_names.contains(self.word(u))
            // "SHUT AIRSPACE TO EACH OTHER": a headline's capitals name no place.
            && !self.lex.words.airspace_nouns.contains(self.word(u))
    }

    /// Whether a unit is a particle inside a name ("al", "von", "del"); one of one
    /// letter only written in lower case ("Hani i Elezit", not "Abdullah I").
    pub fn is_particle(&self, u: &Unit) -> bool {
        let w = self.word(u);
        // Portuguese particles are English words too: "Ponta do Ouro", not "Traders Do
        // Business" in a title-cased headline.
        let english = matches!(w, "do" | "dos" | "das");
        self.lex.words.name_particles.contains(w)
            && (w.chars().count() > 1 && !english || !self.capitalised(u))
    }

    /// The end of a run of at most `max` capitalised words starting at `i`, joined by
    /// hyphens ("Medininkai-Kamenny Log") or with a lowercase particle inside ("Troms
    /// og Finnmark", "Simón Bolívar", "Bosnia and Herzegovina" are matched whole by
    /// the lexicon).
    pub fn name_end(&self, units: &[Unit], i: usize, max: usize, words_only: bool) -> usize {
        let mut j = i;
        let mut n = 0;
        // "the Thala Barivat district": a town a gazetteer knows, opening a run of
        // unknown capitalised words before a settlement noun, is the first word of that
        // name.
        if units.get(i).is_some_and(|u| self.gazetteer_town_word(u)) {
            let mut k = i + 1;
            while k < units.len() && k <= i + 2 && self.cap(&units[k], words_only) {
                k += 1;
            }
            let noun = units
                .get(k)
                .is_some_and(|u| self.has(u, |c| *c == Cue::SettlementNoun));
            if k > i + 1 && noun {
                j = i + 1;
                n = 1;
            }
        }
        while j < units.len() && n < max && self.cap(&units[j], words_only) {
            j += 1;
            n += 1;
            if self.joining_hyphen(units, j) && self.cap(&units[j + 1], words_only) {
                j += 1;
            }
            // "Abu Bakr al-Baghdadi", "Ghulam Khan": particles inside a name; and
            // "Halima Said Mnyampala": "Said" capitalised between two names is one.
            let said = || &self.text[units[j].span.0..units[j].span.1] == "Said";
            // "Hawsh al-Sayyed Ali": a particle joined to the next word by a hyphen.
            if j + 2 < units.len()
                && n > 0
                && self.is_particle(&units[j])
                && self.word(&units[j + 1]) == "-"
                && units[j].span.1 == units[j + 1].span.0
                && units[j + 1].span.1 == units[j + 2].span.0
                && self.cap(&units[j + 2], words_only)
            {
                j += 2;
                continue;
            }
            if j + 1 < units.len()
                && (self.is_particle(&units[j]) || said())
                && self.cap(&units[j + 1], words_only)
                && n > 0
            {
                j += 1;
            }
        }
        // "Shir Khan Bandar": a town a gazetteer knows, ending a run of unknown
        // capitalised words, is the last word of that name, not a place of its own.
        if n > 0 && n < max && j < units.len() && self.gazetteer_town_word(&units[j]) {
            j += 1;
        } else if n > 0
            && n < max
            && j + 1 < units.len()
            && self.is_particle(&units[j])
            && self.gazetteer_town_word(&units[j + 1])
        {
            // "Villa del Rosario".
            j += 2;
        }
        // Before a crossing's head, the name takes what the run stopped at: "the Chong
        // Sa-ngam checkpoint" (a lowercase syllable joined by a hyphen), "the Toe Town
        // crossing" (a capitalised settlement noun).
        // (Not "the RSF-run checkpoint", "an M23-held post": the syllable follows a
        // word in title case; nor "the Kunar Province checkpoint": a division.)
        let head_at = |k: usize| self.has_at(units, k, |c| *c == Cue::CrossingHead);
        if n > 0 && j + 2 < units.len() && self.word(&units[j]) == "-" && head_at(j + 2) {
            let (h, w) = (&units[j], &units[j + 1]);
            let joined = units[j - 1].span.1 == h.span.0 && h.span.1 == w.span.0;
            let before = &self.text[units[j - 1].span.0..units[j - 1].span.1];
            let title_case = before.chars().skip(1).all(char::is_lowercase);
            if joined && title_case && self.short_syllable(units, j + 1) {
                j += 2;
            }
        } else if n > 0
            && j + 1 < units.len()
            && self.has(&units[j], |c| *c == Cue::SettlementNoun)
            && !self.lex.words.division_nouns.contains(self.word(&units[j]))
            && self.capitalised(&units[j])
            && head_at(j + 1)
        {
            j += 1;
        }
        // "La Unión", "El Progreso": a name never ends on its article; the capitalised
        // word after it belongs to the name even when the lexicon knows it ("union").
        if j == i + 1
            && j < units.len()
            && self.lex.words.group_articles.contains(self.word(&units[i]))
            && units[j].kind != UnitKind::Punct
            && self.capitalised(&units[j])
            && self.entity_cue(&units[j]).is_none()
        {
            j += 1;
        }
        j
    }

    /// Whether unit `k` is a short lowercase syllable after a short word and a hyphen:
    /// "Ki-moon", "Sa-ngam" (not an English word of compounds: "-run", "-led").
    pub fn short_syllable(&self, units: &[Unit], k: usize) -> bool {
        const COMPOUND_WORDS: &[&str] = &["run", "led", "held", "born", "made", "free", "like"];
        let w = self.word(&units[k]);
        let raw = &self.text[units[k].span.0..units[k].span.1];
        k >= 2
            && (2..=4).contains(&w.len())
            && raw.chars().all(|c| c.is_ascii_lowercase())
            && !COMPOUND_WORDS.contains(&w)
            && self.word(&units[k - 2]).len() <= 5
            && units[k].kind == UnitKind::Word
    }

    /// Whether a unit is one capitalised word naming a town of the gazetteer.
    pub fn gazetteer_town_word(&self, u: &Unit) -> bool {
        let word = &self.text[u.span.0..u.span.1];
        word.chars().next().is_some_and(char::is_uppercase)
            && !word.contains(' ')
            && self.entity_cue(u).is_some_and(|(e, k)| {
                k == MentionKind::Name
                    && !self.is_found(e)
                    && self.ent(e).entity.etype == EntityType::Place
            })
    }

    /// Whether a capitalised unit is the name of a known place, body or person that may
    /// stand inside a person's name ("Sabah" in "Sabah al-Jubouri", "Ibarra" and
    /// "Cota" in "Lorena Ibarra Cota"); not a state's name, an office or a qualifier.
    pub fn known_name_word(&self, u: &Unit) -> bool {
        self.capitalised(u)
            && self.entity_cue(u).is_some_and(|(e, k)| {
                k == MentionKind::Name
                    && matches!(
                        self.ent(e).entity.etype,
                        EntityType::Place | EntityType::Organisation | EntityType::Person
                    )
            })
            && !self.has(u, |c| matches!(c, Cue::Office | Cue::Qualifier))
    }

    /// Whether unit `j` is a hyphen joining the words on either side ("Ki-moon"), not a
    /// dash set off by spaces ("CLIP - NAME", "Kuala Lumpur - Singapore").
    pub fn joining_hyphen(&self, units: &[Unit], j: usize) -> bool {
        j > 0
            && j + 1 < units.len()
            && self.word(&units[j]) == "-"
            && units[j - 1].span.1 == units[j].span.0
            && units[j].span.1 == units[j + 1].span.0
    }

    /// The end of a person's name starting at `i`, right after a title: capitalised
    /// words, where a word the lexicon knows as a place or body may stand ("Emilie
    /// Enger Mehl", "Thérèse Kayikwamba Wagner") and particles join ("Abdel Fattah
    /// al-Burhan", "Anwaar-ul-Haq Kakar"); a state's name or an office ends it.
    pub fn person_end(&self, units: &[Unit], i: usize, max: usize) -> usize {
        // "Sheikh Ahmad Nasser al-Mohammad al-Sabah": the honorific is one more word.
        let max = max
            + units.get(i).is_some_and(|u| {
                self.capitalised(u) && self.lex.words.honorifics.contains(self.word(u))
            }) as usize;
        // "Ban Ki-moon", "Lee Jong-joo": a short syllable after a hyphen, in lowercase.
        let syllable = |k: usize| self.short_syllable(units, k) && self.capitalised(&units[k - 2]);
        let mut j = i;
        let mut words = 0;
        while j < units.len() && words < max {
            let u = &units[j];
            // "Naw Htoo Lay,": a capitalised word the lexicon knows as a verb ends a
            // name of two or more words set off by a comma.
            let verb_last = j > i
                && matches!(u.kind, UnitKind::Cue(..))
                && self.capitalised(u)
                && self.entity_cue(u).is_none()
                && self.is_punct(units, j + 1, ",")
                && !self.lex.words.not_names.contains(self.word(u))
                && !self.has(u, |c| matches!(c, Cue::Office | Cue::Group | Cue::Negation));
            // A known place's name opens a name when more of one follows: "Sabah
            // al-Jubouri" (not Malaysia's Sabah), "Ibarra Cota".
            let ok = self.cap(u, true)
                || verb_last
                || (self.known_name_word(u)
                    && (j > i
                        || units.get(i + 1).is_some_and(|n| {
                            self.cap(n, true) || self.is_particle(n) || self.known_name_word(n)
                        })));
            if !ok {
                break;
            }
            j += 1;
            words += 1;
            // "Mohammed VI", "Charles III": a regnal number continues the name.
            if units.get(j).is_some_and(|r| {
                let raw = &self.text[r.span.0..r.span.1];
                (1..=4).contains(&raw.len()) && raw.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            }) {
                j += 1;
            }
            // "Mohammed bin Salman", "al-Burhan", "Anwaar-ul-Haq".
            loop {
                let hyphen = self.joining_hyphen(units, j);
                let particle = units.get(j).is_some_and(|p| self.is_particle(p));
                if hyphen
                    && (self.cap(&units[j + 1], true)
                        || self.known_name_word(&units[j + 1])
                        || (words >= 2 && syllable(j + 1))
                        || self.is_particle(&units[j + 1]))
                {
                    j += 2;
                } else if particle
                    && j + 1 < units.len()
                    // "Ursula von der Leyen": particles in a row.
                    && (self.cap(&units[j + 1], true)
                        || self.word(&units[j + 1]) == "-"
                        || self.is_particle(&units[j + 1]))
                {
                    j += 1;
                } else {
                    break;
                }
            }
        }
        // A name does not end in a particle or hyphen.
        while j > i && (self.word(&units[j - 1]) == "-" || self.is_particle(&units[j - 1])) {
            j -= 1;
        }
        j
    }

    /// Registers an entity found in the text (or finds the lexicon or document entity
    /// with the same id) and returns its number. A person's surname becomes a name of
    /// it, so "Niinistö said" links back.
    pub fn found_entity(&mut self, label: &str, etype: EntityType, located_in: Option<u32>) -> u32 {
        // A name broken over two lines of a hard-wrapped text ("Dhofar\nGovernorate")
        // is written with one space.
        let spaced = label.split_whitespace().collect::<Vec<_>>().join(" ");
        let label = spaced.as_str();
        let label = if etype == EntityType::Person {
            self.without_honorific(label)
        } else {
            label
        };
        let id = EntityId::from_label(label);
        if let Some(i) = self.lex.index_of(&id) {
            return i;
        }
        let base = self.lex.entities().len() as u32;
        if let Some(k) = self.found.iter().position(|f| f.entity.id == id) {
            // Named alone, then as a state's ("South Africa's …"): the state is learnt;
            // a body two states have ("Border Guard Service") is neither's.
            let f = &mut self.found[k];
            f.located_in = match (f.located_in, located_in) {
                (Some(a), Some(b)) if a != b && etype == EntityType::Organisation => None,
                (a, b) => a.or(b),
            };
            return base + k as u32;
        }
        let i = base + self.found.len() as u32;
        let mut aliases = Vec::new();
        if etype == EntityType::Person {
            if let Some(short) = self.short_name(label) {
                aliases.push(short.to_string());
                self.found_names.entry(fold(short)).or_insert(i);
            }
        }
        self.found_names.insert(fold(label), i);
        self.found.push(LexEntity {
            demonym: None,
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
            bloc: false,
        });
        i
    }

    /// The name a person goes by after the first mention: the family name, last
    /// ("Niinistö") or first where the lexicon says it comes first ("Wang" of "Wang
    /// Yi"); none for a one-word name or a short last word.
    fn short_name<'l>(&self, label: &'l str) -> Option<&'l str> {
        let words: Vec<&str> = label.split_whitespace().collect();
        let family_first =
            words.len() >= 2 && self.lex.words.family_names_first.contains(&fold(words[0]));
        let short = if family_first {
            Some(words[0])
        } else {
            words.last().copied().filter(|w| w.chars().count() >= 4)
        };
        short.filter(|w| *w != label)
    }

    /// Lets the family name of each known person the document names stand for them
    /// ("President Petro" before or after "Gustavo Petro"), as for the people found in
    /// it; run before discovery, so the known person takes the family name over a
    /// person discovered with the same one. A family name shared by two known people
    /// named, or that names another entity of the lexicon, stands for no one.
    pub fn note_known_people(&mut self, sentences: &[Vec<Unit>]) {
        let mut shorts: HashMap<String, HashSet<u32>> = HashMap::default();
        for u in sentences.iter().flatten() {
            let Some((i, MentionKind::Name)) = self.entity_cue(u) else {
                continue;
            };
            let le = self.ent(i);
            if le.entity.etype != EntityType::Person || self.is_found(i) {
                continue;
            }
            if let Some(short) = self.short_name(&le.entity.label) {
                shorts.entry(fold(short)).or_default().insert(i);
            }
        }
        for (short, people) in shorts {
            let [i] = people.into_iter().collect::<Vec<_>>()[..] else {
                continue;
            };
            if self.lex.lookup_name(&short).iter().all(|&j| j == i) {
                self.found_names.entry(short).or_insert(i);
            }
        }
    }

    /// A personal name without the honorifics before it ("Sheikh Tamim bin Hamad al
    /// Thani" is "Tamim bin Hamad al Thani"); a name that is only honorifics stays.
    fn without_honorific<'l>(&self, label: &'l str) -> &'l str {
        let mut rest = label;
        while let Some((first, tail)) = rest.split_once(' ') {
            let w = fold(first.trim_end_matches('.'));
            // Written with a capital: "Major Karolina Zięba", not "major".
            if !self.lex.words.honorifics.contains(&w)
                || !first.starts_with(char::is_uppercase)
                || tail.is_empty()
            {
                break;
            }
            rest = tail.trim_start();
        }
        rest
    }

    /// Adds another name to an entity found in the document ("Lachin corridor" for
    /// the crossing "Lachin"); lexicon entities keep theirs.
    pub fn add_alias(&mut self, i: u32, alias: &str) {
        if !self.is_found(i) {
            return;
        }
        let base = self.lex.entities().len() as u32;
        let e = &mut self.found[(i - base) as usize].entity;
        if e.label != alias && !e.aliases.iter().any(|a| a == alias) {
            e.aliases.push(alias.to_string());
        }
        self.found_names.entry(fold(alias)).or_insert(i);
    }

    /// The crossing named after a place, if the lexicon has one or the document named
    /// it ("the Salwa crossing" makes a later "Salwa" the crossing where one is meant).
    pub fn crossing_of_place(&self, place: u32) -> Option<u32> {
        let id = EntityId(format!("{}-crossing", self.ent(place).entity.id));
        let base = self.lex.entities().len() as u32;
        self.lex.index_of(&id).or_else(|| {
            self.found
                .iter()
                .position(|f| f.entity.id == id)
                .map(|k| base + k as u32)
        })
    }

    /// A crossing named after a place ("the Rafah crossing" where Rafah is a town): its
    /// own entity, lying where the place lies.
    pub fn crossing_named_after(&mut self, place: u32, label: &str) -> u32 {
        if let Some(i) = self.crossing_of_place(place) {
            return i;
        }
        let located = self.state_of(Ent::Lex(place));
        let id = EntityId(format!("{}-crossing", self.ent(place).entity.id));
        let i = self.lex.entities().len() as u32 + self.found.len() as u32;
        self.found.push(LexEntity {
            demonym: None,
            entity: Entity {
                id,
                label: label.to_string(),
                etype: EntityType::Crossing,
                aliases: Vec::new(),
                wikidata: None,
            },
            borders: Vec::new(),
            located_in: located,
            roles: Vec::new(),
            media: false,
            bloc: false,
        });
        i
    }

    /// A name first met in a shouted headline ("TO CLOSE NUWAISEEB") takes its case
    /// from a later mention `written` the way the body writes it ("Nuwaiseeb").
    pub fn take_case(&mut self, i: u32, written: &str) {
        let base = self.lex.entities().len() as u32;
        let Some(f) = i
            .checked_sub(base)
            .and_then(|k| self.found.get_mut(k as usize))
        else {
            return;
        };
        if shouted(&f.entity.label) && !shouted(written) && fold(written) == fold(&f.entity.label) {
            f.entity.label = written.to_string();
        }
    }

    /// The document entity with this folded name, if any.
    pub fn found_name(&self, folded: &str) -> Option<u32> {
        self.found_names.get(folded).copied()
    }

    /// Changes the type of a found entity (a place read again as a crossing).
    /// Registers the outlet that published the article (from its metadata) as a news
    /// organisation, so its name in a dateline or photo credit ("Teranga Post") is
    /// read as the outlet, not as a crossing or place.
    pub fn register_outlet(&mut self, name: &str) -> u32 {
        let i = self.found_entity(name, EntityType::Organisation, None);
        if self.is_found(i) {
            let base = self.lex.entities().len() as u32;
            self.found[(i - base) as usize].media = true;
        }
        i
    }

    pub fn retype(&mut self, i: u32, etype: EntityType) {
        if self.is_found(i) {
            let base = self.lex.entities().len() as u32;
            self.found[(i - base) as usize].entity.etype = etype;
        }
    }

    /// Records where a found entity lies, unless known.
    pub fn learn_location(&mut self, i: u32, state: u32) {
        if self.is_found(i) {
            let base = self.lex.entities().len() as u32;
            self.found[(i - base) as usize]
                .located_in
                .get_or_insert(state);
        }
    }
}

/// Whether a name is written in capitals only ("NUWAISEEB"), past what an acronym is.
fn shouted(label: &str) -> bool {
    label.chars().filter(|c| c.is_alphabetic()).count() > 5
        && !label.chars().any(char::is_lowercase)
}
