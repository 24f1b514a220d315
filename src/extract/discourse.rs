//! What a sentence may refer back to, and how its phrases resolve to entities:
//! pronouns ("it", "he", "they"), "its neighbour", "the country", "the two sides",
//! and bodies of a state named earlier ("the army", "authorities").

use super::doc::{Doc, Ent};
use super::english::{subject_position, PREPOSITIONS};
use super::units::UnitKind;
use super::view::{Head, Sentence};
use crate::lexicon::{Cue, MentionKind};
use crate::model::{EntityType, Relation};
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

mod groups;
mod neighbours;
use groups::{body_head, group_named_before, owned_group, unowned_group, BODY_REACH};
pub use groups::{body_named_before, breakaway_named};
pub use neighbours::neighbour;

/// What the article has said so far that a later sentence may refer to.
#[derive(Debug, Default)]
pub struct Memory {
    /// The last date read ("on the same day").
    pub last_date: Option<String>,
    /// The last state that acted as a subject ("it", "the country").
    pub last_state: Option<Ent>,
    /// The last person named ("he", "she").
    pub last_person: Option<Ent>,
    /// The last crossing named ("the crossing", "it will reopen").
    pub last_crossing: Option<Ent>,
    /// The crossings named so far, the latest last ("the bridge" is the last one whose
    /// name says bridge).
    pub crossings_seen: Vec<Ent>,
    /// The claim of the last accusation ("denied the charges").
    pub last_accusation: Option<String>,
    /// Who the last accusation was against ("made similar accusations").
    pub last_accused: Option<Ent>,
    /// The blocs of states named so far, the latest last ("the bloc", "the alliance").
    pub blocs_seen: Vec<u32>,
    /// The breakaway state last named ("the breakaway region"), with the sentence;
    /// `None` when that sentence named two ("Moscow recognised Abkhazia and South
    /// Ossetia": "the separatist authorities" is either).
    pub last_breakaway: Option<(Option<u32>, usize)>,
    /// The organisation that acted last, while no state has acted since ("was
    /// rejected by ZATCA, which said …"): whose "Its spokesman" the next sentence names.
    pub last_org: Option<Ent>,
    /// The first state acting as a subject in the article (usually in the headline).
    pub topic_state: Option<Ent>,
    /// How often each state was named so far.
    pub states_seen: BTreeMap<u32, usize>,
    /// The state each person holds a role in, from the roles read so far.
    pub person_state: HashMap<Ent, u32>,
    /// The state a person's office was guessed to be in (an office named without its
    /// state, taken to be the article's): a last resort.
    pub person_state_guess: HashMap<Ent, u32>,
    /// The state that last closed or reopened each crossing, as asserted so far: who
    /// acts on it when a later sentence names nobody ("traffic resumed at X").
    pub acted_on: HashMap<Ent, u32>,
    /// The last named crossing a state was read to close or reopen.
    pub last_acted_crossing: Option<Ent>,
    /// How many sentences were read before this one.
    pub sentences: usize,
    /// The sentence `last_crossing` was named in.
    pub last_crossing_sentence: usize,
    /// Whether `last_crossing` was last named as where something was checked (words.toml
    /// `checking_verbs`: "the lorry had been scanned at Abu Samra"), not as what a
    /// sentence is about.
    pub last_crossing_at: bool,
    /// Whose each uniformed body (words.toml `force_nouns`) was when last named with
    /// its owner, by the body's last word ("a patrol of the SANDF", "Saudi border
    /// guards"): what "the patrol" and "Guards" later stand for, with the sentence it
    /// was named in; `None` once two owners were named for it close together ("Indian
    /// troops … after Chinese troops …": "the troops" is either).
    pub group_owner: HashMap<String, (Option<Ent>, usize)>,
    /// The body (or the state it stands for) last named by each head noun of a body
    /// (words.toml `office_bodies`), with the sentence: what "a
    /// spokesman for the committee" later serves ("Azerbaijan's State Customs
    /// Committee", "Belarus's defence ministry").
    /// `None` once two bodies were named by one noun close together.
    pub body_named: HashMap<String, (Option<Ent>, usize)>,
}

/// How many sentences back a body named with its owner is still what "the patrol"
/// means.
const GROUP_REACH: usize = 3;

impl Memory {
    /// The state a person acts for: read from a role, else the person's known state,
    /// else the guess.
    pub fn state_of_person(&self, doc: &Doc<'_>, e: Ent) -> Option<u32> {
        self.person_state
            .get(&e)
            .copied()
            .or(match e {
                Ent::Lex(i) => doc.ent(i).located_in,
                Ent::Crossings(..) | Ent::Airspace(_) => None,
            })
            .or_else(|| self.person_state_guess.get(&e).copied())
    }

    /// The state the article is about.
    pub fn main_state(&self) -> Option<u32> {
        match self.topic_state {
            Some(Ent::Lex(i)) => Some(i),
            _ => None,
        }
    }

    /// The two states most named so far: the sides of "the two countries".
    pub fn pair(&self) -> Option<(u32, u32)> {
        let mut seen: Vec<(usize, u32)> = self.states_seen.iter().map(|(s, n)| (*n, *s)).collect();
        seen.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        match seen[..] {
            [(_, a), (_, b), ..] => Some((a, b)),
            _ => None,
        }
    }
}

/// Resolves phrase `p` to the entities it stands for; pronouns look back in the
/// sentence, then in the article. `subject` is the clause's actor, for "its
/// neighbour".
pub fn resolve_all(
    doc: &Doc<'_>,
    m: &Memory,
    s: &Sentence<'_>,
    p: usize,
    subject: Option<Ent>,
) -> Vec<Ent> {
    let ph = &s.phrases[p];
    match ph.head {
        Head::Ent(e, _) => vec![e],
        Head::Pronoun { person } => {
            // "X, Y and Z cut ties with Doha, accusing it of …": an object pronoun
            // stands for none of its clause's subjects, so for the last state named
            // apart from them, wherever it stood.
            if let (false, Some(subj), false) = (person, subject, ph.possessive) {
                let list = they(doc, s, p);
                let subjects: Vec<Ent> = if list.contains(&subj) {
                    list
                } else {
                    vec![subj]
                };
                let object = (0..p).rev().find_map(|q| match s.phrases[q].head {
                    Head::Ent(e, MentionKind::Name | MentionKind::Metonym)
                        if doc.etype(e) == EntityType::State
                            && !subjects.contains(&e)
                            && !s.phrases[q].possessive =>
                    {
                        Some(e)
                    }
                    _ => None,
                });
                if let Some(e) = object.filter(|_| subjects.len() >= 2) {
                    return vec![e];
                }
            }
            for q in (0..p).rev() {
                if let Head::Ent(e, kind) = s.phrases[q].head {
                    let t = doc.etype(e);
                    // "The Taliban administration said it had not closed …": a body
                    // that speaks, then "it", is what "it" means.
                    // ("The Commission said on Tuesday that it …": a time between.)
                    let spoke = || {
                        let between = s.phrases[q].end..ph.start;
                        let says = |k: usize| {
                            doc.has(
                                &s.units[k],
                                |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS),
                            )
                        };
                        let last = ph.start.checked_sub(1);
                        between.len() <= 6
                            && between.clone().any(says)
                            && last.is_some_and(|l| says(l) || doc.is_word(s.units, l, &["that"]))
                            && between.clone().all(|k| {
                                says(k)
                                    || doc.is_word(
                                        s.units,
                                        k,
                                        &["that", "on", "in", "late", "early"],
                                    )
                                    || super::english::date_word(doc.word(&s.units[k]))
                                    || s.dates.iter().any(|(at, _)| *at == k)
                            })
                    };
                    // "the EU was prepared to widen its sanctions": a body, the subject
                    // of the clause "its" stands in, owns what "its" names.
                    let owns = || {
                        let between = s.phrases[q].end..ph.start;
                        ph.possessive
                            && between.len() <= 8
                            && (q + 1..p).all(|r| !matches!(s.phrases[r].head, Head::Ent(..)))
                            && between.clone().all(|k| {
                                s.units[k].kind != UnitKind::Punct
                                    || matches!(doc.word(&s.units[k]), "\"" | "“" | "”")
                            })
                    };
                    let fits = if person {
                        t == EntityType::Person
                    } else {
                        (t == EntityType::State
                            || (t == EntityType::Organisation
                                && ((!ph.possessive && spoke()) || owns())))
                            && kind != MentionKind::Demonym
                    };
                    // The subject of a relative clause counts: "Finland, which has
                    // closed all but one of its crossings".
                    let relative = doc.is_word(s.units, s.phrases[q].end, &["which", "who"])
                        || (doc.is_punct(s.units, s.phrases[q].end, ",")
                            && doc.is_word(s.units, s.phrases[q].end + 1, &["which", "who"]));
                    // "The United States … accusing it": an object pronoun is not its
                    // own clause's subject.
                    if fits
                        && (person || subject_position(doc, s, q) || relative)
                        && Some(e) != subject
                    {
                        return vec![e];
                    }
                }
            }
            let back = if person { m.last_person } else { m.last_state };
            back.filter(|e| Some(*e) != subject).into_iter().collect()
        }
        Head::Neighbour => subject
            .and_then(|e| doc.state_of(e))
            .and_then(|st| neighbour(doc, m, s, st))
            .map(Ent::Lex)
            .into_iter()
            .collect(),
        Head::OwnState => {
            // "his country": the state of the person just named; "the country": the
            // state just named.
            let person = (0..p).rev().find_map(|q| match s.phrases[q].head {
                Head::Ent(e, _) if doc.etype(e) == EntityType::Person => Some(e),
                _ => None,
            });
            if let Some(st) = person.and_then(|e| m.state_of_person(doc, e)) {
                return vec![Ent::Lex(st)];
            }
            // "His agency is also considering closing …": the person of the sentence
            // before, when a role read says whose official they are. An agency or
            // ministry of no such person ("UNHCR chief Filippo Grandi said his agency
            // …") stands for no state.
            let written = doc.word(&s.units[ph.start]);
            let his = written.starts_with("his ") || written.starts_with("her ");
            let body = his && !written.ends_with(" country") && !written.ends_with(" government");
            if his && person.is_none() {
                let official = m
                    .last_person
                    .and_then(|who| m.person_state.get(&who).copied());
                match official {
                    Some(st) => return vec![Ent::Lex(st)],
                    None if body => return Vec::new(),
                    None => {}
                }
            }
            // "Montenegro's Police Directorate said the country had not closed …": the
            // state whose body speaks.
            let speaks = |q: usize| {
                (s.phrases[q].end..s.phrases[p].start).any(|k| doc.is_statement_verb(&s.units[k]))
            };
            let speaking_body = (0..p).find_map(|q| match s.phrases[q].head {
                Head::Ent(e, MentionKind::Name | MentionKind::Metonym)
                    if doc.etype(e) == EntityType::State
                        && s.phrases[q].possessive
                        && speaks(q) =>
                {
                    Some(e)
                }
                Head::Ent(e, MentionKind::Name)
                    if doc.etype(e) == EntityType::Organisation
                        && subject_position(doc, s, q)
                        && speaks(q) =>
                {
                    doc.state_of(e).map(Ent::Lex)
                }
                _ => None,
            });
            // "the country", "the nation": the state the sentence is about — the first
            // state in subject position — else the one that acted last.
            let found = sentence_state(doc, s, p)
                .or(speaking_body)
                .or_else(|| fronted_state(doc, s, p))
                .or(m.last_state);
            // "the kingdom" after "… if Doha agreed": a form of state only one of the
            // story's two states has is that one (Saudi Arabia, not Qatar).
            if let Some(form) = state_form(doc, s, p) {
                let has = |e: &Ent| match e {
                    Ent::Lex(i) => has_form(doc, *i, form),
                    _ => false,
                };
                if found.as_ref().is_some_and(|e| !has(e)) {
                    let pair = m.pair().map(|(a, b)| [Ent::Lex(a), Ent::Lex(b)]);
                    let other: Vec<Ent> = pair.into_iter().flatten().filter(has).collect();
                    if let [one] = other[..] {
                        return vec![one];
                    }
                }
            }
            found.into_iter().collect()
        }
        // "a candidate for European Union membership …, is not yet a member of the
        // bloc": the bloc named before in the sentence, else the last one; "the
        // alliance" only one whose name says alliance or treaty (NATO, not the EU).
        Head::Bloc => {
            let alliance = (ph.start..ph.end).any(|k| doc.is_word(s.units, k, &["alliance"]));
            let fits = |i: u32| {
                !alliance
                    || named(doc, i, |n| {
                        let n = n.to_lowercase();
                        n.contains("alliance") || n.contains("treaty")
                    })
            };
            let here = (0..p).rev().find_map(|q| match s.phrases[q].head {
                Head::Ent(Ent::Lex(i), _) if doc.ent(i).bloc && fits(i) => Some(i),
                _ => None,
            });
            here.or_else(|| m.blocs_seen.iter().rev().copied().find(|&i| fits(i)))
                .map(Ent::Lex)
                .into_iter()
                .collect()
        }
        // "the breakaway region": one named before in the sentence, else the last one.
        Head::Breakaway => {
            let here = (0..p).rev().find_map(|q| match s.phrases[q].head {
                Head::Ent(Ent::Lex(i), _) if doc.is_breakaway(i) => Some(i),
                _ => None,
            });
            here.or_else(|| breakaway_named(doc, m, s, ph.start, ph.end))
                .map(Ent::Lex)
                .into_iter()
                .collect()
        }
        Head::They => {
            let list = they(doc, s, p);
            if list.is_empty() {
                m.last_state.into_iter().collect()
            } else {
                list
            }
        }
        // "Saudi Arabia and Iraq met, decades after the border between the two
        // countries was shut": the two states the sentence named before, else the pair
        // the article is about.
        Head::Pair => {
            let mut named: Vec<Ent> = Vec::new();
            for q in 0..p {
                if let Head::Ent(e, MentionKind::Name | MentionKind::Metonym) = s.phrases[q].head {
                    if doc.etype(e) == EntityType::State && !named.contains(&e) {
                        named.push(e);
                    }
                }
            }
            match (named.len(), m.pair()) {
                (2, _) => named,
                (_, Some((a, b))) => vec![Ent::Lex(a), Ent::Lex(b)],
                _ => Vec::new(),
            }
        }
        // "Several European governments condemned": governments the article does not
        // name stand for none of its states.
        Head::Group if unowned_group(doc, s, p) => Vec::new(),
        // "Honduras has not closed its side, but the government is considering …".
        Head::Group => owner_named_before(doc, s, p)
            .or_else(|| official_before(doc, m, s, p))
            .or_else(|| fronted_state(doc, s, p))
            .or_else(|| group_named_before(doc, m, s, p))
            .or_else(|| speakers_state(doc, m, s, p))
            .or_else(|| sentence_state(doc, s, p))
            .or(m.last_state)
            .or(m.topic_state)
            .into_iter()
            .collect(),
    }
}

/// "Valenzuela's ministry is considering …": the state of the official whose
/// possessive stands right before the body at phrase `p`.
fn official_before(doc: &Doc<'_>, m: &Memory, s: &Sentence<'_>, p: usize) -> Option<Ent> {
    let prev = &s.phrases[p.checked_sub(1)?];
    match prev.head {
        Head::Ent(e, MentionKind::Name)
            if prev.possessive
                && prev.end == s.phrases[p].start
                && doc.etype(e) == EntityType::Person =>
        {
            m.state_of_person(doc, e).map(Ent::Lex)
        }
        _ => None,
    }
}

/// The state of a place opening the sentence before phrase `p`: "In Algiers, the
/// foreign ministry dismissed the charge", "In Tijuana, police said" (a capital
/// stands for its state, a town for the state it lies in), "On the Greek side, police
/// said".
pub(super) fn fronted_state(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> Option<Ent> {
    let first = (0..s.units.len()).find(|&k| s.units[k].kind != super::units::UnitKind::Punct)?;
    // "On the North Macedonian side, the post was closed … by the country's police".
    if doc.is_word(s.units, first, &["on"]) && doc.is_word(s.units, first + 1, &["the"]) {
        let q = s.phrase(first + 2).filter(|&q| q < p)?;
        let ph = &s.phrases[q];
        // ("North Macedonian side" may be one phrase.)
        let side_at = if doc.is_word(s.units, ph.end - 1, &["side", "bank"]) {
            ph.end - 1
        } else {
            ph.end
        };
        return match ph.head {
            Head::Ent(e, MentionKind::Demonym | MentionKind::Name)
                if doc.etype(e) == EntityType::State
                    && doc.is_word(s.units, side_at, &["side", "bank"])
                    && doc.is_punct(s.units, side_at + 1, ",") =>
            {
                Some(e)
            }
            _ => None,
        };
    }
    if !doc.is_word(s.units, first, &["in", "from"]) {
        return None;
    }
    let q = s.phrase(first + 1).filter(|&q| q < p)?;
    let ph = &s.phrases[q];
    // "In Podgorica, officials …", "In Bishkek the account was very different".
    let closed = doc.is_punct(s.units, ph.end, ",") || doc.is_word(s.units, ph.end, &["the"]);
    if ph.start != first + 1 || !closed {
        return None;
    }
    match ph.head {
        Head::Ent(e, MentionKind::Name | MentionKind::Metonym) => match doc.etype(e) {
            EntityType::State => Some(e),
            EntityType::Place => doc.state_of(e).map(Ent::Lex),
            _ => None,
        },
        _ => None,
    }
}

/// The state the sentence is about before phrase `p`: the first state named in
/// subject position.
fn sentence_state(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> Option<Ent> {
    (0..p).find_map(|q| match s.phrases[q].head {
        Head::Ent(e, MentionKind::Name | MentionKind::Metonym)
            if doc.etype(e) == EntityType::State
                && subject_position(doc, s, q)
                && !s.phrases[q].possessive =>
        {
            Some(e)
        }
        _ => None,
    })
}

/// The state of the official whose words hold the body at phrase `p`: "Interior
/// Minister X said the government was considering …", "the spokesman told reporters
/// authorities had …" (an official speaks of their own government); "he said the
/// gendarmes had fired in self-defence" (the official last named).
fn speakers_state(doc: &Doc<'_>, m: &Memory, s: &Sentence<'_>, p: usize) -> Option<Ent> {
    let start = s.phrases[p].start;
    (0..p).rev().find_map(|q| {
        let spoke = || (s.phrases[q].end..start).any(|k| doc.is_statement_verb(&s.units[k]));
        let speaker = match s.phrases[q].head {
            Head::Ent(e, _) if doc.etype(e) == EntityType::Person => Some(e),
            Head::Pronoun { person: true }
                if !s.phrases[q].possessive
                    && !doc.is_word(s.units, s.phrases[q].start, &["him", "her"]) =>
            {
                m.last_person
            }
            // "Officials at the Kyrgyz border service said the government was
            // considering …": a state's body speaks of its own government, when its verb
            // of saying follows it (not "accused Kyrgyzstan, saying the government …";
            // nor a bare demonym, "Turkish claims that its forces …").
            Head::Ent(e, kind @ (MentionKind::Name | MentionKind::Demonym))
                if doc.etype(e) == EntityType::State
                    && !s.phrases[q].possessive
                    && (kind == MentionKind::Name
                        || s.phrases[q].end - s.phrases[q].start >= 2)
                    && heads_subject(doc, s, q)
                    && (s.phrases[q].end..(s.phrases[q].end + 3).min(start))
                        .take_while(|&k| s.units[k].kind != super::units::UnitKind::Punct)
                        .any(|k| doc.is_statement_verb(&s.units[k])) =>
            {
                return Some(e);
            }
            _ => None,
        };
        speaker
            .filter(|_| spoke())
            .and_then(|e| m.state_of_person(doc, e))
            .map(Ent::Lex)
    })
}

/// Whether phrase `q` heads the sentence's subject: nothing but plain words before it
/// (no verb, comma or clause word), and at most "at", "for", "of" or "in" right before
/// it and its article ("Officials at the Kyrgyz border service"; not "Sudan condemned
/// Chad", "drivers returning from Kyrgyzstan", "officials who met Uzbek diplomats").
fn heads_subject(doc: &Doc<'_>, s: &Sentence<'_>, q: usize) -> bool {
    let start = s.phrases[q].start;
    let mut at = start;
    if at > 0 && doc.is_word(s.units, at - 1, &["the", "a", "an"]) {
        at -= 1;
    }
    let lead = at == 0 || doc.is_word(s.units, at - 1, &["at", "for", "of", "in"]);
    lead && start <= 6
        && (0..start).all(|j| {
            let u = &s.units[j];
            u.kind != super::units::UnitKind::Punct
                && !doc.is_statement_verb(u)
                && !doc.has(u, |c| matches!(c, Cue::Verb(..)))
                && !doc.is_word(s.units, j, &["who", "which", "that", "whose", "where"])
        })
}

/// The state or organisation named right before the body at phrase `p`, with at most
/// two plain words between: "European Union foreign ministers", "Kenya Defence Forces".
fn owner_named_before(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> Option<Ent> {
    let q = p.checked_sub(1)?;
    let (prev, ph) = (&s.phrases[q], &s.phrases[p]);
    let gap = ph.start.checked_sub(prev.end)?;
    // Plain words only: no clause boundary between ("told Afghan officials that the
    // guards had …" names the guards' side nowhere).
    let plain = (prev.end..ph.start).all(|k| {
        s.units[k].kind != super::units::UnitKind::Punct
            && !doc.is_word(
                s.units,
                k,
                &[
                    "that", "which", "who", "when", "while", "after", "before", "and", "or", "but",
                    "as", "if",
                ],
            )
            && !doc.has(&s.units[k], |c| matches!(c, Cue::Verb(..)))
    });
    match prev.head {
        Head::Ent(e, MentionKind::Name | MentionKind::Metonym)
            if gap <= 2
                && plain
                && !prev.possessive
                && matches!(doc.etype(e), EntityType::State | EntityType::Organisation) =>
        {
            Some(e)
        }
        _ => None,
    }
}

/// The first entity phrase `p` stands for.
pub fn resolve(
    doc: &Doc<'_>,
    m: &Memory,
    s: &Sentence<'_>,
    p: usize,
    subject: Option<Ent>,
) -> Option<Ent> {
    resolve_all(doc, m, s, p, subject).into_iter().next()
}

/// The states a "they" at phrase `p` stands for: the last list of two or more states
/// named before it in the sentence.
fn they(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> Vec<Ent> {
    let mut best: Vec<Ent> = Vec::new();
    let mut run: Vec<Ent> = Vec::new();
    let mut last_end = None;
    for q in 0..p {
        let ph = &s.phrases[q];
        let state = match ph.head {
            Head::Ent(e, MentionKind::Name | MentionKind::Metonym)
                if doc.etype(e) == EntityType::State =>
            {
                Some(e)
            }
            _ => None,
        };
        let joined = last_end.is_some_and(|b: usize| {
            ph.start == b + 1
                && (doc.is_word(s.units, b, &["and"]) || doc.is_punct(s.units, b, ","))
        });
        match state {
            Some(e) if joined => run.push(e),
            Some(e) => run = vec![e],
            None => run.clear(),
        }
        if run.len() >= 2 {
            best = run.clone();
        }
        last_end = state.map(|_| ph.end);
    }
    best
}

/// Updates what later sentences may refer to after sentence `s`.
pub fn remember(doc: &Doc<'_>, m: &mut Memory, s: &Sentence<'_>) {
    remember_sentence(doc, m, s);
    m.sentences += 1;
}

fn remember_sentence(doc: &Doc<'_>, m: &mut Memory, s: &Sentence<'_>) {
    if let Some(d) = s.dates.iter().rev().find_map(|(_, d)| d.clone()) {
        m.last_date = Some(d);
    }
    let mut subject_person = None;
    for (q, p) in s.phrases.iter().enumerate() {
        if let Head::Ent(e, _) = p.head {
            if let Some(word) = body_head(doc, s, q) {
                let now = m.sentences;
                let owner = match m.body_named.get(&word) {
                    Some(&(Some(o), at)) if o != e && at + BODY_REACH >= now => None,
                    Some(&(None, at)) if at + BODY_REACH >= now => None,
                    _ => Some(e),
                };
                m.body_named.insert(word, (owner, now));
            }
            if let Some(word) = owned_group(doc, s, q) {
                let now = m.sentences;
                let owner = match m.group_owner.get(&word) {
                    Some(&(Some(o), at)) if o != e && at + GROUP_REACH >= now => None,
                    Some(&(None, at)) if at + GROUP_REACH >= now => None,
                    _ => Some(e),
                };
                m.group_owner.insert(word, (owner, now));
            }
            if let Ent::Lex(i) = e {
                if doc.ent(i).bloc {
                    m.blocs_seen.retain(|&b| b != i);
                    m.blocs_seen.push(i);
                }
                if doc.is_breakaway(i) {
                    let now = m.sentences;
                    let which = match m.last_breakaway {
                        Some((b, at)) if at == now && b != Some(i) => None,
                        _ => Some(i),
                    };
                    m.last_breakaway = Some((which, now));
                }
            }
            // "When might Milak reopen?": a town the article named a crossing after
            // names that crossing, unless a preposition makes it the town ("refugees
            // stranded in Chaman").
            let placed = p.start > 0 && doc.is_word(s.units, p.start - 1, PREPOSITIONS);
            let e = match e {
                Ent::Lex(i) if doc.etype(e) == EntityType::Place && !placed => {
                    doc.crossing_of_place(i).map_or(e, Ent::Lex)
                }
                _ => e,
            };
            match doc.etype(e) {
                EntityType::Person => {
                    m.last_person = Some(e);
                    if subject_person.is_none() && subject_position(doc, s, q) {
                        subject_person = Some(e);
                    }
                }
                EntityType::Crossing if matches!(e, Ent::Lex(_)) => {
                    // After a verb of checking ("scanned at Abu Samra").
                    m.last_crossing_at = p.start > 1
                        && doc.is_word(s.units, p.start - 1, &["at"])
                        && doc
                            .lex
                            .words
                            .checking_verbs
                            .contains(doc.word(&s.units[p.start - 2]));
                    m.last_crossing = Some(e);
                    m.crossings_seen.retain(|&x| x != e);
                    m.crossings_seen.push(e);
                    m.last_crossing_sentence = m.sentences;
                }
                _ => {}
            }
        }
    }
    // "He" in the next sentence is the one who spoke or acted here, more often than
    // the last person named.
    if subject_person.is_some() {
        m.last_person = subject_person;
    }
    // (A state acting inside a quotation is the speaker's word about it: "\"Ethiopia is
    // treating Somali soil as its own,\" Dhoore said" leaves "the country" Somalia.)
    // A demonym before one of the state's bodies counts too: "the Azerbaijani ministry
    // said …. It condemned" is Azerbaijan's.
    let body_after = |p: usize| {
        s.units.get(s.phrases[p].end).is_some_and(|u| {
            doc.has(u, |c| *c == Cue::Group) || doc.lex.words.office_bodies.contains(doc.word(u))
        })
    };
    let first_subject_state = (0..s.phrases.len()).find_map(|p| match s.phrases[p].head {
        Head::Ent(e, kind)
            if doc.etype(e) == EntityType::State
                && (matches!(kind, MentionKind::Name | MentionKind::Metonym)
                    || (kind == MentionKind::Demonym && body_after(p)))
                && subject_position(doc, s, p)
                && !s.phrases[p].possessive
                && !modifier(doc, s, p)
                && !menu_item(doc, s, p)
                && !in_quotation(doc, s, s.phrases[p].start) =>
        {
            Some((p, e))
        }
        _ => None,
    });
    // An organisation acting as subject or as the agent after "by", before any
    // state acts in the sentence (news outlets do not count).
    let first_org = (0..s.phrases.len()).find_map(|p| match s.phrases[p].head {
        Head::Ent(e @ Ent::Lex(i), MentionKind::Name)
            if doc.etype(e) == EntityType::Organisation
                && !doc.ent(i).media
                && !s.phrases[p].possessive
                && (subject_position(doc, s, p)
                    || (s.phrases[p].start > 0
                        && doc.is_word(s.units, s.phrases[p].start - 1, &["by"]))) =>
        {
            Some((p, e))
        }
        _ => None,
    });
    match (first_org, first_subject_state) {
        (Some((p, e)), st) if st.is_none_or(|(q, _)| p < q) => m.last_org = Some(e),
        (_, Some(_)) => m.last_org = None,
        _ => {}
    }
    if let Some((_, e)) = first_subject_state {
        m.last_state = Some(e);
        m.topic_state.get_or_insert(e);
    } else if let Some(e) = fronted_state(doc, s, s.phrases.len()) {
        // "In Bishkek the account was very different. X, the country's foreign
        // minister, said …": the story has moved to the place's state, when it is
        // one of the story's two (not "In Geneva, UN officials …").
        let ours = doc
            .state_of(e)
            .is_some_and(|st| m.pair().is_some_and(|(a, b)| st == a || st == b));
        if ours {
            m.last_state = Some(e);
        }
    }
}

/// Whether unit `k` stands inside quotation marks opened earlier in the sentence.
fn in_quotation(doc: &Doc<'_>, s: &Sentence<'_>, k: usize) -> bool {
    let mut inside = false;
    for u in &s.units[..k.min(s.units.len())] {
        if u.kind == UnitKind::Punct {
            match doc.word(u) {
                "\"" => inside = !inside,
                "“" => inside = true,
                "”" => inside = false,
                _ => {}
            }
        }
    }
    inside
}

/// Whether a state's name at phrase `p` modifies a noun rather than acts: "Somalia
/// border stays shut", "the Kenya-Somalia border".
fn modifier(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> bool {
    let end = s.phrases[p].end;
    doc.has_at(s.units, end, |c| {
        matches!(c, Cue::CrossingNoun | Cue::CrossingHead)
    }) || doc.is_punct(s.units, end, "-")
        || doc.is_punct(s.units, end, "–")
}

/// Whether the phrase at `p` is an item of a masthead or menu: set off on each side by
/// a separator or the line's edge, with a separator on one side at least ("Buenos
/// Aires - Montevideo - Santiago", "Nairobi | Mogadishu", "Home | Argentina | World"):
/// page furniture rather than a state acting (not "Border to stay shut: Pakistan", nor
/// "…, says Ethiopia").
fn menu_item(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> bool {
    const SEPARATORS: &[&str] = &["|", "-", "–", "—", "/", "»", "›", ">", "•", "·"];
    let (start, end) = (s.phrases[p].start, s.phrases[p].end);
    let sep = |k: usize| {
        s.units[k].kind == UnitKind::Punct && SEPARATORS.contains(&doc.word(&s.units[k]))
    };
    let before = start > 0 && sep(start - 1);
    let after = end < s.units.len() && sep(end);
    let edge_before = before || start == 0;
    let edge_after = after || end == s.units.len();
    (before || after) && edge_before && edge_after
}

/// Counts the states a sentence names (before its rules run, so "the two countries"
/// can mean states of this very sentence).
pub fn count_states(doc: &Doc<'_>, m: &mut Memory, s: &Sentence<'_>) {
    for p in &s.phrases {
        if let Head::Ent(e, _) = p.head {
            if let Some(st) = doc
                .state_of(e)
                .filter(|_| doc.etype(e) == EntityType::State)
            {
                *m.states_seen.entry(st).or_default() += 1;
            }
        }
    }
}

/// The form of state an own-state phrase names: "kingdom" in "the kingdom" and "the
/// kingdom's" ("country" too, which no state's name has).
fn state_form<'a>(doc: &'a Doc<'_>, s: &Sentence<'_>, p: usize) -> Option<&'a str> {
    let w = doc.word(&s.units[s.phrases[p].start]);
    w.rsplit(' ').next().filter(|f| f.len() > 3)
}

/// Whether the state at lexicon index `i` is of `form` by its name or official name
/// ("Kingdom of Saudi Arabia").
fn has_form(doc: &Doc<'_>, i: u32, form: &str) -> bool {
    named(doc, i, |n| {
        n.split_whitespace().any(|w| w.eq_ignore_ascii_case(form))
    })
}

/// Whether a name of the entity at index `i` (its label or an alias) is one `pred`
/// accepts.
fn named(doc: &Doc<'_>, i: u32, pred: impl Fn(&str) -> bool) -> bool {
    let e = &doc.ent(i).entity;
    std::iter::once(&e.label).chain(&e.aliases).any(|n| pred(n))
}
