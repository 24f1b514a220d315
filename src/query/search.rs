//! Questions no form reads ("zakharova storskog", "who described closing the frontier
//! as a clear message to Russia?"): answered with the facts of the sentences that share
//! the most words with the question, each word weighted by how rare it is among the
//! store's sentences (its inverse document frequency), the way a search engine ranks
//! passages. Names count as their entities and verbs and nouns of relations as their
//! relations, so "Moscow" finds Russia's facts and "blamed" finds accusations. The
//! answer says that it is a match of words and not a reading of the question.
//!
//! A question naming a place no article of the store names ("how many migrants
//! crossed into Latvia") has no answer: it says so rather than showing facts about
//! something else.

use super::plan::{absent_note, NameIndex};
use super::vocab::Vocab;
use super::{Answer, Row, Source, Value};
use crate::graph::KnowledgeGraph;
use crate::model::EntityId;
use crate::text::fold;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// At most this many sentences answer.
const MAX_SENTENCES: usize = 3;

/// Sentences scoring less than this share of the best one are left out.
const KEEP: f64 = 0.5;

/// The longest name looked up, in words.
const MAX_NAME_WORDS: usize = 4;

/// Closed-class words of questions: they say how to ask, not what about.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "else",
    "ever",
    "for",
    "from",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "it's",
    "me",
    "might",
    "more",
    "most",
    "much",
    "my",
    "no",
    "not",
    "of",
    "on",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "whats",
    "what's",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "many",
    "tell",
    "please",
    "know",
    "according",
];

/// What a question counts ("how many undocumented migrants …", "number of asylum
/// seekers"): the stems of the words after it, up to a function word; empty when it
/// asks no count.
fn counted(text: &str) -> Vec<String> {
    let ws = words(text);
    let Some(at) = ws.windows(2).position(|w| {
        matches!(
            (w[0].as_str(), w[1].as_str()),
            ("how", "many") | ("how", "much") | ("number", "of")
        )
    }) else {
        return Vec::new();
    };
    ws[at + 2..]
        .iter()
        .take_while(|w| !function_word(w))
        .take(3)
        .map(|w| stem(w))
        .collect()
}

/// A count of what is asked in a sentence: a number and the words after it up to the
/// counted noun ("many of the 5,500 migrants that entered" → "5,500 migrants").
fn count_in(sentence: &str, counted: &[String]) -> Option<String> {
    if counted.is_empty() {
        return None;
    }
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let raw: Vec<&str> = sentence.split_whitespace().collect();
    for (i, w) in raw.iter().enumerate() {
        let t = bare(w);
        let digits = t.chars().any(|c| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
        // A year or a day of a month is no count.
        let year = t.len() == 4 && (t.starts_with("19") || t.starts_with("20"));
        let month = |k: usize| {
            raw.get(k)
                .is_some_and(|w| crate::query::forms::is_month(&fold(&bare(w))))
        };
        let day = i.checked_sub(1).is_some_and(month) || month(i + 1);
        if (!digits || year || day) && !crate::text::NUMBER_WORDS.contains(&fold(&t).as_str()) {
            continue;
        }
        // The first counted word in reach and those right after it: "eight border
        // crossings", not "eight border"; "5,500 migrants", not "5,500 migrants that
        // entered".
        let is_counted = |j: usize| counted.contains(&stem(&fold(&bare(raw[j]))));
        // Only words that qualify the noun stand between them ("600 undocumented
        // migrants"), no article or preposition ("in 2015 the border").
        let first = (i + 1..(i + 5).min(raw.len()))
            .take_while(|&j| !function_word(&fold(&bare(raw[j]))))
            .find(|&j| is_counted(j));
        if let Some(first) = first {
            let end = (first + 1..raw.len())
                .take_while(|&j| is_counted(j))
                .last()
                .unwrap_or(first);
            let words: Vec<String> = raw[i..=end].iter().map(|w| bare(w)).collect();
            return Some(words.join(" "));
        }
    }
    None
}

/// What a sentence or a question is made of, for matching.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Term {
    /// A word, stemmed.
    Word(String),
    /// An entity, named or matched by name.
    Entity(EntityId),
    /// A relation, from a verb or a noun.
    Relation(&'static str),
}

/// The words of a text, folded, split at anything but letters, digits and inner
/// hyphens and apostrophes, possessives dropped.
fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
        .map(|w| {
            let w = w.trim_matches(|c| matches!(c, '-' | '\'' | '’'));
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            w.to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A word without its inflection: one stem for "close", "closed", "closes" and
/// "closing", for "country" and "countries".
fn stem(w: &str) -> String {
    for (suffix, by) in [
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ] {
        if w.len() > suffix.len() + 2 {
            if let Some(s) = w.strip_suffix(suffix) {
                return format!(
                    "{}{by}",
                    s.strip_suffix('e').filter(|s| s.len() > 2).unwrap_or(s)
                );
            }
        }
    }
    match w.strip_suffix('e') {
        Some(s) if s.len() > 2 => s.to_string(),
        _ => w.to_string(),
    }
}

fn function_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(&w)
}

/// Adds the terms of a text: its words' stems (a hyphenated word's parts too:
/// "Borisoglebsk-Storskog"), and the relation its verbs and nouns stand for.
fn add_words(text: &str, vocab: &Vocab, out: &mut BTreeSet<Term>) {
    for w in words(text) {
        if function_word(&w) {
            continue;
        }
        if let Some(r) = vocab.verb(&w).map(|(r, _)| r).or_else(|| vocab.noun(&w)) {
            out.insert(Term::Relation(r.as_str()));
        }
        if w.contains('-') {
            for part in w.split('-').filter(|p| !p.is_empty() && !function_word(p)) {
                out.insert(Term::Word(stem(part)));
            }
        }
        out.insert(Term::Word(stem(&w)));
    }
}

/// What a question asks about: its terms, and a name it uses that no article of the
/// store names.
struct Asked {
    terms: BTreeSet<Term>,
    focus: Vec<EntityId>,
    absent: Option<String>,
}

fn asked(text: &str, names: &NameIndex, vocab: &Vocab, sentences: &Sentences) -> Asked {
    let mut terms = BTreeSet::new();
    add_words(text, vocab, &mut terms);
    let ws = words(text);
    let mut focus = Vec::new();
    let mut absent = None;
    let mut i = 0;
    while i < ws.len() {
        let mut step = 1;
        // The longest name starting here that is no function word on its own.
        for n in (1..=MAX_NAME_WORDS.min(ws.len() - i)).rev() {
            let name = ws[i..i + n].join(" ");
            if n == 1 && function_word(&name) {
                break;
            }
            let ids = names.lookup(&name);
            if !ids.is_empty() {
                for id in ids {
                    terms.insert(Term::Entity(id.clone()));
                    if !focus.contains(id) {
                        focus.push(id.clone());
                    }
                }
                step = n;
                break;
            }
            // A name of the lexicon no fact is about, unless some sentence of the
            // store names it ("Salla" in a claim); one word of three letters is too
            // often a word ("let").
            if let Some(id) = names.absent(&name).filter(|_| n > 1 || name.len() > 3) {
                let stems: Vec<Term> = ws[i..i + n]
                    .iter()
                    .filter(|w| !function_word(w))
                    .map(|w| Term::Word(stem(w)))
                    .collect();
                if !sentences.any_holds(&stems) {
                    // The entity's name, not the words around it ("Sweden border").
                    absent.get_or_insert_with(|| title_case(&id.as_str().replace('-', " ")));
                }
                step = n;
                break;
            }
        }
        // "Finnish": the state of a demonym.
        if step == 1 {
            if let Some(state) = vocab.demonym(&ws[i]) {
                for id in names.lookup(state) {
                    terms.insert(Term::Entity(id.clone()));
                }
            }
        }
        i += step;
    }
    Asked {
        terms,
        focus,
        absent,
    }
}

/// "upper lars" → "Upper Lars": a folded name as a name is written.
fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A sentence of the store with the facts read from it.
struct Unit {
    doc: String,
    start: usize,
    facts: Vec<usize>,
    terms: BTreeSet<Term>,
}

/// The store's sentences with their terms and, for each term, the sentences holding
/// it: built once per loaded graph ([`crate::session::Index`] keeps it), so a search
/// reads only the sentences sharing a term with the question.
#[derive(Default)]
pub struct Sentences {
    units: Vec<Unit>,
    postings: HashMap<Term, Vec<usize>>,
}

impl Sentences {
    /// Indexes the sentences of `graph`'s facts with the words of `vocab`.
    pub fn new(graph: &KnowledgeGraph, vocab: &Vocab) -> Self {
        let units = units(graph, vocab);
        let mut postings: HashMap<Term, Vec<usize>> = HashMap::new();
        for (i, u) in units.iter().enumerate() {
            for t in &u.terms {
                postings.entry(t.clone()).or_default().push(i);
            }
        }
        Sentences { units, postings }
    }

    /// The sentences holding a term.
    fn with(&self, t: &Term) -> &[usize] {
        self.postings.get(t).map_or(&[], Vec::as_slice)
    }

    /// Whether some sentence holds every one of `terms`.
    fn any_holds(&self, terms: &[Term]) -> bool {
        let Some((first, rest)) = terms.split_first() else {
            return false;
        };
        self.with(first)
            .iter()
            .any(|&u| rest.iter().all(|t| self.units[u].terms.contains(t)))
    }
}

fn units(graph: &KnowledgeGraph, vocab: &Vocab) -> Vec<Unit> {
    let mut by_sentence: BTreeMap<(String, usize), Unit> = BTreeMap::new();
    for (i, f) in graph.facts().enumerate() {
        let u = by_sentence
            .entry((f.doc.to_string(), f.start))
            .or_insert_with(|| {
                let mut terms = BTreeSet::new();
                add_words(f.sentence(), vocab, &mut terms);
                Unit {
                    doc: f.doc.to_string(),
                    start: f.start,
                    facts: Vec::new(),
                    terms,
                }
            });
        u.facts.push(i);
        if let Some(c) = f.claim {
            add_words(c, vocab, &mut u.terms);
        }
        u.terms.insert(Term::Relation(f.relation.as_str()));
        for id in std::iter::once(f.subject)
            .chain(f.object)
            .chain(f.attribution)
        {
            u.terms.insert(Term::Entity(id.clone()));
            if let Some(e) = graph.entity(id) {
                add_words(&e.label, vocab, &mut u.terms);
            }
        }
    }
    by_sentence.into_values().collect()
}

/// The answer of a search for `text`, which no question form or pattern reads;
/// `None` when no sentence shares a word with it, or only one word when it has more.
/// Half the words of a name the store does not know (`unknown`, from the error), but
/// its type nouns, must be in the sentences that answer: "who closed the Qwertzuiop
/// crossing?" finds no closure by someone else.
pub fn search(
    graph: &KnowledgeGraph,
    sentences: &Sentences,
    names: &NameIndex,
    vocab: &Vocab,
    text: &str,
    unknown: Option<&str>,
) -> Option<Answer> {
    let q = asked(text, names, vocab, sentences);
    let read = "no question form reads this".to_string();
    if let Some(name) = q.absent {
        return Some(Answer {
            notes: vec![absent_note(&name), read],
            ..Answer::default()
        });
    }
    let n = sentences.units.len() as f64;
    let mut scores: BTreeMap<usize, f64> = BTreeMap::new();
    for t in &q.terms {
        let holding = sentences.with(t);
        if holding.is_empty() {
            continue;
        }
        let idf = (1.0 + n / holding.len() as f64).ln();
        for &u in holding {
            *scores.entry(u).or_default() += idf;
        }
    }
    // The words of the unknown name but its type and crossing nouns ("the Qwertzuiop
    // crossing"): half of them, rounded up.
    let mut required = BTreeSet::new();
    if let Some(name) = unknown {
        let nouns: Vec<String> = words(name)
            .into_iter()
            .filter(|w| vocab.type_noun(w).is_none() && !vocab.crossing_kind(w))
            .collect();
        add_words(&nouns.join(" "), vocab, &mut required);
        required.retain(|t| matches!(t, Term::Word(_)));
    }
    let has_required = |u: &Unit| u.terms.intersection(&required).count() * 2 >= required.len();
    let counted = counted(text);
    let sentence = |u: &Unit| graph.fact(u.facts[0] as crate::graph::FactIx).sentence();
    // A question of several words is not answered by a sentence sharing one of them
    // ("who criticized Russia?" by any sentence naming Russia).
    let asked_words = q
        .terms
        .iter()
        .filter(|t| matches!(t, Term::Word(_)))
        .count();
    let shares_enough = |u: &Unit| {
        let shared = q
            .terms
            .iter()
            .filter(|t| matches!(t, Term::Word(_)) && u.terms.contains(t));
        shared.count() >= asked_words.min(2)
    };
    let mut scored: Vec<(f64, &Unit, Option<String>)> = scores
        .into_iter()
        .map(|(i, words)| (words, &sentences.units[i]))
        .filter(|(_, u)| has_required(u) && shares_enough(u))
        .map(|(words, u)| {
            // A sentence counting what a question counts is worth twice its words.
            let count = count_in(sentence(u), &counted);
            let score = if count.is_some() { 2.0 * words } else { words };
            (score, u, count)
        })
        .collect();
    // Best first; ties in the order of the articles.
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| (&a.1.doc, a.1.start).cmp(&(&b.1.doc, b.1.start)))
    });
    let best = scored.first()?.0;
    let chosen: Vec<(&Unit, Option<String>)> = scored
        .into_iter()
        .take_while(|(s, _, _)| *s >= KEEP * best)
        .take(MAX_SENTENCES)
        .map(|(_, u, count)| (u, count))
        .collect();
    let counts = chosen.iter().any(|(_, count)| count.is_some());
    let mut rows = Vec::new();
    for (u, count) in &chosen {
        for &i in &u.facts {
            let f = graph.fact(i as crate::graph::FactIx);
            rows.push(Row {
                values: vec![
                    Some(Value::Entity(f.subject.clone())),
                    Some(Value::Relation(f.relation)),
                    f.object.map(|o| Value::Entity(o.clone())),
                    f.claim.map(|c| Value::Text(c.to_string())),
                ]
                .into_iter()
                .chain(counts.then(|| count.clone().map(Value::Text)))
                .collect(),
                sources: vec![Source {
                    doc: f.doc.to_string(),
                    sentence: f.sentence().to_string(),
                    start: f.start,
                    end: f.end,
                    fact: (f.relation, f.subject.clone(), f.object.cloned()),
                    modality: f.modality,
                }],
                modalities: vec![f.modality],
                dates: f.date.map(str::to_string).into_iter().collect(),
            });
        }
    }
    let sentences = match chosen.len() {
        1 => "the sentence".to_string(),
        k => format!("the {k} sentences"),
    };
    Some(Answer {
        focus: q.focus,
        columns: ["subject", "relation", "object", "claim", "number"]
            .into_iter()
            .take(if counts { 5 } else { 4 })
            .map(String::from)
            .collect(),
        rows,
        notes: vec![format!(
            "{read}: the facts of {sentences} that share the most words with it"
        )],
        cite: true,
        ..Answer::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_drop_possessives_and_fold() {
        assert_eq!(
            words("Finland’s border-guard chief, Häkkänen's?"),
            ["finland", "border-guard", "chief", "hakkanen"]
        );
    }

    #[test]
    fn counts_are_found_before_the_counted_noun() {
        let c = counted("How many migrants entered Norway in 2015?");
        assert_eq!(c, ["migrants", "entered", "norway"].map(stem));
        assert_eq!(
            count_in(
                "Norway said many of the 5,500 migrants that entered in 2015",
                &c
            ),
            Some("5,500 migrants".to_string())
        );
        let c = counted("how many border crossings does Finland have");
        assert_eq!(
            count_in(
                "Finland closed all but one of its eight border crossings.",
                &c
            ),
            Some("eight border crossings".to_string())
        );
        assert_eq!(count_in("In 2015 the border was open.", &c), None);
        assert!(counted("who closed Storskog?").is_empty());
    }

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("closed"), stem("closes"));
        assert_eq!(stem("close"), stem("closing"));
        assert_eq!(stem("countries"), stem("country"));
        assert_eq!(stem("denied"), stem("deny"));
        assert_eq!(stem("bus"), "bus");
    }
}
