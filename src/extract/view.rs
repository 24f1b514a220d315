//! Stage 3 of extraction: one sentence as the rules read it — its units, the phrases
//! that can name an actor ("Norwegian Prime Minister Jonas Gahr Støre", "Thai
//! officials", "its neighbour", "the two countries"), its dates and the source it
//! cites.

use super::dates::{self, DateMention, Published};
use super::doc::{Doc, Ent};
use super::units::{Unit, UnitKind};

mod appositions;
mod titled;
use crate::lexicon::{Cue, MentionKind};
use crate::model::{EntityType, Evidence, Section};
use appositions::appositive_role;
use titled::{
    body_noun, ministry_of_state, portfolio_opens, state_body_qualifier, title_text, titled,
};

/// What a phrase refers to before discourse resolves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Head {
    /// An entity, and how it was named.
    Ent(Ent, MentionKind),
    /// it, its (`person` false); he, she, his, her (`person` true).
    Pronoun {
        /// Refers to a person.
        person: bool,
    },
    /// "its neighbour".
    Neighbour,
    /// "his country", "the country", "the government": the state just named.
    OwnState,
    /// "they", "their".
    They,
    /// "the two countries", "both sides".
    Pair,
    /// A body of an unnamed state: "authorities", "the army", "border guards".
    Group,
    /// "the bloc", "the regional bloc", "the alliance": the bloc last named.
    Bloc,
    /// "the breakaway region", "the separatist authorities": the breakaway state
    /// last named.
    Breakaway,
}

/// A title stated with a person, and whom it is held in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    /// "Interior Minister", as written (title-cased).
    pub title: String,
    /// The state or organisation, when the text says.
    pub of: Option<Ent>,
    /// A body named by its head noun alone ("a spokesman for the ministry, X"): the
    /// noun, for the body the document last named so (`discourse::body_named_before`).
    pub office_noun: Option<String>,
    /// Held in a breakaway state named by its noun ("the foreign minister of the
    /// breakaway region"): the one the document last named.
    pub in_breakaway: bool,
}

/// A stretch of units that names an actor or a place.
#[derive(Clone, Debug)]
pub struct Phrase {
    /// First unit.
    pub start: usize,
    /// One past the last unit.
    pub end: usize,
    /// What it refers to.
    pub head: Head,
    /// A title stated with the person.
    pub role: Option<Role>,
    /// Possessive ("Helsinki's", "its").
    pub possessive: bool,
}

/// A sentence being read.
pub struct Sentence<'u> {
    /// Its units.
    pub units: &'u [Unit],
    /// Its phrases, in order.
    pub phrases: Vec<Phrase>,
    /// The phrase covering each unit.
    pub phrase_at: Vec<Option<usize>>,
    /// Date expressions: the unit they start at and their ISO value when known.
    pub dates: Vec<(usize, Option<String>)>,
    /// The source the sentence cites ("…, Reuters reported").
    pub attribution: Option<Ent>,
    /// The sentence as evidence.
    pub evidence: Evidence,
}

impl<'u> Sentence<'u> {
    /// Reads a sentence: phrases, dates (resolved against the publication date and the
    /// previous date of the article) and attribution.
    pub fn new(
        doc: &Doc<'_>,
        units: &'u [Unit],
        span: (usize, usize),
        section: Section,
        published: Published,
        last_date: Option<&str>,
    ) -> Self {
        let evidence = Evidence {
            sentence: doc.text[span.0..span.1].to_string(),
            start: span.0,
            end: span.1,
            section,
        };
        let words: Vec<(usize, &str)> = units.iter().map(|u| (u.folded.0, doc.word(u))).collect();
        let mut dates = Vec::new();
        for DateMention { start, value } in dates::find(&words) {
            let iso = dates::resolve(&value, published, last_date);
            let at = units.iter().position(|u| u.folded.0 == start).unwrap_or(0);
            dates.push((at, iso));
        }
        let mut phrases: Vec<Phrase> = Vec::new();
        let mut i = 0;
        while i < units.len() {
            match phrase_at(doc, units, i) {
                Some(p) => {
                    i = p.end.max(i + 1);
                    phrases.push(p);
                }
                None => i += 1,
            }
        }
        let mut phrase_at = vec![None; units.len()];
        for (n, p) in phrases.iter().enumerate() {
            for slot in &mut phrase_at[p.start..p.end.min(units.len())] {
                *slot = Some(n);
            }
        }
        let mut s = Sentence {
            units,
            phrases,
            phrase_at,
            dates,
            attribution: None,
            evidence,
        };
        s.attribution = attribution(doc, &s);
        s
    }

    /// The phrase at unit `k`, if any.
    pub fn phrase(&self, k: usize) -> Option<usize> {
        self.phrase_at.get(k).copied().flatten()
    }

    /// The date closest to unit `v`.
    pub fn date_near(&self, v: usize) -> Option<String> {
        self.dates
            .iter()
            .filter(|(_, d)| d.is_some())
            .min_by_key(|(at, _)| at.abs_diff(v))
            .and_then(|(_, d)| d.clone())
    }
}

/// "neighbour" and its spellings.
const NEIGHBOUR: &[&str] = &["neighbor", "neighbour", "neighbors", "neighbours"];

/// Words after which a group noun heads its own noun phrase ("the army has", "officials
/// who").
const GROUP_FOLLOWERS: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "also",
    "had",
    "on",
    "in",
    "who",
    "which",
    "that",
    "to",
    "later",
    "then",
    "say",
    "said",
    "says",
    "did",
    "do",
    "does",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "already",
    "reportedly",
];

fn phrase(start: usize, end: usize, head: Head) -> Phrase {
    Phrase {
        start,
        end,
        head,
        role: None,
        possessive: false,
    }
}

/// "interior minister" → "Interior Minister"; small words stay lowercase.
pub fn title_case(s: &str) -> String {
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

/// The end of "the bloc", "the regional bloc", "the 15-nation bloc" opened by "the" at
/// unit `i`: a noun of words.toml `bloc_nouns` after at most three plain words, none
/// of them making it a bloc of parties or armed groups (`party_bloc_words`: "the
/// opposition bloc", "the jihadist alliance").
fn bloc_after(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    let words = &doc.lex.words;
    (i + 1..(i + 5).min(units.len()))
        .take_while(|&j| {
            units[j].kind != UnitKind::Punct
                && doc.entity_cue(&units[j]).is_none()
                && !doc.has(&units[j], |c| matches!(c, Cue::Verb(..)))
                && !words.party_bloc_words.contains(doc.word(&units[j]))
        })
        .find(|&j| words.bloc_nouns.contains(doc.word(&units[j])))
        .map(|j| j + 1)
}

/// The end of "the breakaway region", "the separatist authorities", "the self-declared
/// republic" opened by "the" at unit `i`: words of words.toml `breakaway_words` (and
/// hyphens), then a noun of `breakaway_nouns`.
fn breakaway_after(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    if !doc.is_word(units, i, &["the"]) {
        return None;
    }
    let words = &doc.lex.words;
    let qualifiers = (i + 1..(i + 5).min(units.len()))
        .take_while(|&j| {
            let w = doc.word(&units[j]);
            doc.entity_cue(&units[j]).is_none() && (words.breakaway_words.contains(w) || w == "-")
        })
        .count();
    let noun = i + 1 + qualifiers;
    (qualifiers > 0
        && units.get(noun).is_some_and(|u| {
            u.kind != UnitKind::Punct && words.breakaway_nouns.contains(doc.word(u))
        }))
    .then_some(noun + 1)
}

/// The end of "the two nuclear-armed neighbours" at unit `i` ("the"): a pair's noun
/// after "two" and at most four words of adjectives and hyphens.
fn pair_after(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    if !doc.is_word(units, i + 1, &["two"]) {
        return None;
    }
    (i + 3..(i + 7).min(units.len()))
        .take_while(|&j| {
            let u = &units[j - 1];
            doc.entity_cue(u).is_none() && (u.kind != UnitKind::Punct || doc.word(u) == "-")
        })
        .find(|&j| doc.lex.words.pair_nouns.contains(doc.word(&units[j])))
        .map(|j| j + 1)
}

/// The phrase starting at unit `i`, if one does.
fn phrase_at(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<Phrase> {
    let u = units.get(i)?;
    let word = doc.word(u);
    if u.kind == UnitKind::Word {
        return match word {
            "its" if doc.is_word(units, i + 1, NEIGHBOUR) => {
                Some(phrase(i, i + 2, Head::Neighbour))
            }
            // "its western neighbour".
            "its"
                if doc.is_word(units, i + 2, NEIGHBOUR)
                    && (units
                        .get(i + 1)
                        .is_some_and(|u| doc.lex.words.compass.contains(doc.word(u)))
                        || doc.is_word(
                            units,
                            i + 1,
                            &["smaller", "larger", "powerful", "tiny"],
                        )) =>
            {
                Some(phrase(i, i + 3, Head::Neighbour))
            }
            // "the bloc", "the bloc's", "the breakaway region('s)".
            "the" => {
                let owned = |end: usize, head: Head| {
                    let poss = doc.is_word(units, end, &["'s"]);
                    Phrase {
                        possessive: poss,
                        ..phrase(i, end + poss as usize, head)
                    }
                };
                bloc_after(doc, units, i)
                    .map(|end| owned(end, Head::Bloc))
                    .or_else(|| pair_after(doc, units, i).map(|end| phrase(i, end, Head::Pair)))
                    .or_else(|| {
                        breakaway_after(doc, units, i).map(|end| owned(end, Head::Breakaway))
                    })
            }
            "it" | "its" => Some(Phrase {
                possessive: word == "its",
                ..phrase(i, i + 1, Head::Pronoun { person: false })
            }),
            "they" | "their" => Some(Phrase {
                possessive: word == "their",
                ..phrase(i, i + 1, Head::They)
            }),
            // "accusing him of …": an object stands for the person too.
            "he" | "she" | "his" | "her" | "him" => Some(Phrase {
                possessive: !matches!(word, "he" | "she" | "him"),
                ..phrase(i, i + 1, Head::Pronoun { person: true })
            }),
            _ if portfolio_opens(doc, units, i) => titled(doc, units, i, i, None),
            _ => None,
        };
    }
    if doc.has(u, |c| *c == Cue::Pair) {
        return Some(phrase(i, i + 1, Head::Pair));
    }
    if doc.has(u, |c| *c == Cue::OwnState) && doc.entity_cue(u).is_none() {
        let poss = doc.is_word(units, i + 1, &["'s"]);
        return Some(Phrase {
            possessive: poss,
            ..phrase(i, i + 1 + poss as usize, Head::OwnState)
        });
    }
    if portfolio_opens(doc, units, i) {
        if let Some(p) = titled(doc, units, i, i, None) {
            return Some(p);
        }
    }
    if doc.has(u, |c| matches!(c, Cue::Office | Cue::Qualifier)) && doc.entity_cue(u).is_none() {
        if let Some(p) = titled(doc, units, i, i, None) {
            return Some(p);
        }
    }
    let Some((ei, kind)) = doc.entity_cue(u) else {
        if doc.has(u, |c| *c == Cue::Group) && !doc.has(u, |c| matches!(c, Cue::Verb(..))) {
            // "the regime of Alexander Lukashenko", "the government of Belarus", "the
            // authorities in Skopje" (a state or its capital only: officials in a town
            // are not the town).
            let of = doc.is_word(units, i + 1, &["of"]);
            if of || doc.is_word(units, i + 1, &["in"]) {
                let mut k = i + 2 + doc.is_word(units, i + 2, &["the"]) as usize;
                // "the border guards of eastern Libya".
                k += doc.compass_len(units, k);
                if let Some((oi, okind)) = units.get(k).and_then(|x| doc.entity_cue(x)) {
                    let etype = doc.ent(oi).entity.etype;
                    let acts = if of {
                        etype.can_act()
                    } else {
                        etype == EntityType::State
                    };
                    if okind != MentionKind::Demonym && acts {
                        return Some(phrase(i, k + 1, Head::Ent(Ent::Lex(oi), MentionKind::Name)));
                    }
                }
            }
            // A body of a state not named, heading its noun phrase: "authorities said",
            // "the army has…" — not "official crossing points".
            let heads = units.get(i + 1).is_none_or(|n| {
                n.kind == UnitKind::Punct
                    || doc.has(n, |c| {
                        matches!(
                            c,
                            Cue::Verb(..) | Cue::Hedge | Cue::Negation | Cue::AttributionAfter
                        )
                    })
                    || doc.is_word(units, i + 1, GROUP_FOLLOWERS)
            });
            if heads {
                return Some(phrase(i, i + 1, Head::Group));
            }
        }
        return None;
    };
    // "X, an Iran-aligned faction, blamed …", "Iran-backed militias said": a patron,
    // not an actor (nor, for now, the one blamed for what those it backs did).
    if doc.is_patron(units, i) {
        return None;
    }
    let e = Ent::Lex(ei);
    let etype = doc.ent(ei).entity.etype;
    // "the Ministry of External Relations of Cameroon accused …": a ministry named with
    // its state stands for the state, as "Cameroon's Ministry of …" does.
    if let Some(st) = ministry_of_state(doc, ei) {
        return Some(phrase(i, i + 1, Head::Ent(Ent::Lex(st), MentionKind::Name)));
    }
    let mut j = i + 1;
    let poss = doc.is_word(units, j, &["'s", "'"]);
    if poss {
        j += 1;
    }
    let owner = matches!(
        etype,
        EntityType::State | EntityType::Organisation | EntityType::Place
    );
    // "North-Western Province Minister Jacob Samakayi": the place's noun, then the
    // office.
    if etype == EntityType::Place
        && !poss
        && doc.has_at(units, j, |c| *c == Cue::SettlementNoun)
        && doc.capitalised(&units[j])
        && doc.has_at(units, j + 1, |c| *c == Cue::Office)
    {
        j += 1;
    }
    if owner {
        // "Norwegian Prime Minister Jonas Gahr Støre", "Estonia's interior minister".
        if doc.has_at(units, j, |c| matches!(c, Cue::Office | Cue::Qualifier))
            || super::mentions::portfolio_word(doc, units, j)
            || super::mentions::title_modifier(doc, units, j) > 0
        {
            if let Some(p) = titled(doc, units, i, j, Some(e)) {
                return Some(p);
            }
        }
    }
    if etype == EntityType::State && (kind == MentionKind::Demonym || poss) {
        if let Some(nu) = units.get(j) {
            // "the Finnish Border Guard", "Algeria's High Security Council".
            if let Some((oi, _)) = doc.entity_cue(nu) {
                if doc.ent(oi).entity.etype == EntityType::Organisation {
                    let o = Ent::Lex(oi);
                    // "Kenya's Ministry of Foreign and Diaspora Affairs": the state.
                    let first = doc.text[nu.span.0..nu.span.1]
                        .split_whitespace()
                        .next()
                        .map(crate::text::fold);
                    if first.is_some_and(|w| doc.lex.words.state_body_heads.contains(&w)) {
                        return Some(phrase(i, j + 1, Head::Ent(e, MentionKind::Name)));
                    }
                    if doc.has_at(units, j + 1, |c| matches!(c, Cue::Office | Cue::Qualifier)) {
                        if let Some(p) = titled(doc, units, i, j + 1, Some(o)) {
                            return Some(p);
                        }
                    }
                    return Some(phrase(i, j + 1, Head::Ent(o, MentionKind::Name)));
                }
            }
            // "Finnish officials", "Pakistan's foreign ministry", "Rwandan forces",
            // "Indian frontline troops" (a word or two the lexicon does not know between,
            // or an office's qualifier: "Germany's federal police").
            let plain = |k: usize| {
                units.get(k).is_some_and(|x| {
                    (x.kind == UnitKind::Word || state_body_qualifier(doc, x))
                        && doc.text[x.span.0..x.span.1].starts_with(char::is_lowercase)
                        && !super::english::PREPOSITIONS.contains(&doc.word(x))
                })
            };
            let g = (j..j + 3)
                .take_while(|&k| k == j || plain(k - 1))
                .find(|&k| doc.has_at(units, k, |c| *c == Cue::Group));
            if let Some(g) = g.filter(|&g| (j..g).all(plain) || g == j) {
                // "Argentina's customs director, Verónica Lamberti": a body's office.
                if doc.has_at(units, g + 1, |c| *c == Cue::Office) {
                    if let Some(p) = titled(doc, units, i, g + 1, Some(e)) {
                        if matches!(p.head, Head::Ent(x, _) if doc.etype(x) == EntityType::Person) {
                            return Some(p);
                        }
                    }
                }
                let poss2 = doc.is_word(units, g + 1, &["'s"]);
                return Some(Phrase {
                    possessive: poss2,
                    ..phrase(i, g + 1 + poss2 as usize, Head::Ent(e, MentionKind::Name))
                });
            }
        }
    }
    // "the United States embassy in Juba", "the Kenya government", "Uganda police": a
    // state's name right before one of its bodies, as its demonym would be.
    // Not a body sent to the state ("NATO's Afghanistan mission", "the UN South Sudan
    // mission").
    let sent_to = doc.is_word(units, j, &["mission", "missions", "envoys"])
        || i > 0
            && (doc.is_word(units, i - 1, &["'s"])
                || units
                    .get(i - 1)
                    .and_then(|u| doc.entity_cue(u))
                    .is_some_and(|(o, _)| doc.ent(o).entity.etype == EntityType::Organisation));
    if etype == EntityType::State
        && kind == MentionKind::Name
        && !poss
        && !sent_to
        && doc.has_at(units, j, |c| *c == Cue::Group)
        && !doc.has_at(units, j, |c| matches!(c, Cue::Verb(..)))
    {
        return Some(phrase(i, j + 1, Head::Ent(e, MentionKind::Name)));
    }
    // "European Union foreign ministers", "NATO officials": an organisation's people.
    if etype == EntityType::Organisation && doc.has_at(units, j, |c| *c == Cue::Group) {
        return Some(phrase(i, j + 1, Head::Ent(e, MentionKind::Name)));
    }
    if kind == MentionKind::Demonym {
        // A bare demonym is a modifier ("Finnish border"), not an actor.
        return Some(phrase(i, i + 1, Head::Ent(e, kind)));
    }
    if etype == EntityType::Person {
        if let Some(p) = appositive_role(doc, units, i, ei) {
            return Some(p);
        }
    }
    Some(Phrase {
        possessive: poss,
        ..phrase(i, if poss { i + 2 } else { i + 1 }, Head::Ent(e, kind))
    })
}

/// The source a sentence cites: "…, Reuters reported", "according to the AP".
fn attribution(doc: &Doc<'_>, s: &Sentence<'_>) -> Option<Ent> {
    for (k, u) in s.units.iter().enumerate() {
        if doc.has(u, |c| *c == Cue::AttributionBefore) {
            let mut j = k + 1;
            if doc.is_word(s.units, j, &["the"]) {
                j += 1;
            }
            if let Some(p) = s.phrase(j) {
                if let Head::Ent(e @ Ent::Lex(i), _) = s.phrases[p].head {
                    let le = doc.ent(i);
                    let according = doc.word(u) == "according to";
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
        if doc.has(u, |c| *c == Cue::AttributionAfter) && k > 0 {
            if let Some(p) = s.phrase(k - 1) {
                if let Head::Ent(e @ Ent::Lex(i), _) = s.phrases[p].head {
                    if doc.ent(i).media {
                        return Some(e);
                    }
                }
            }
        }
    }
    None
}
