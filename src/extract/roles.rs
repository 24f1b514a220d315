//! `holds_role` from titled and appositive phrases ("Thai Prime Minister X", "X, a
//! spokesman for Y", "Its spokeswoman, X"), and the state of an office named without
//! one ("Prime Minister X"), read from what the sentence says about the person.

use super::discourse::resolve;
use super::doc::{Doc, Ent};
use super::frames::{Candidate, Ctx};
use super::units::UnitKind;
use super::view::{Head, Phrase, Sentence};
use crate::lexicon::{Cue, MentionKind};
use crate::model::{EntityType, Modality, Relation};

/// `holds_role` from titled and appositive phrases.
pub fn roles(cx: &Ctx<'_, '_, '_>, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    for (k, p) in s.phrases.iter().enumerate() {
        let (Head::Ent(person, _), Some(role)) = (p.head, &p.role) else {
            continue;
        };
        if doc.etype(person) != EntityType::Person {
            continue;
        }
        // The title folded, as the lexicon's office words are.
        let t = crate::text::fold(&role.title);
        // The unit after the apposition's preposition and its article ("… for the
        // militia", "… for an Iran-backed militia").
        let after = p.end + 1 + doc.is_word(s.units, p.end + 1, &["a", "an", "the"]) as usize;
        let known = match person {
            Ent::Lex(i) => doc.ent(i).located_in.map(Ent::Lex),
            Ent::Crossings(..) | Ent::Airspace(_) => None,
        };
        let read = role
            .of
            .or(known)
            .or_else(|| coordinated_title_state(cx, p.start))
            .or_else(|| {
                let w = role.office_noun.as_deref()?;
                super::discourse::body_named_before(cx.m, w)
            })
            .or_else(|| {
                role.in_breakaway
                    .then(|| super::discourse::breakaway_named(doc, cx.m, s, p.start, p.end))
                    .flatten()
                    .map(Ent::Lex)
            })
            .or_else(|| owner_before(cx, p.start))
            .or_else(|| opening_place(cx, &role.title))
            .or_else(|| opening_capital(cx).map(Ent::Lex));
        // A government office named without its state is taken to be in the state
        // the article is about, unless the sentence says otherwise: recorded, but a
        // guess later sentences do not lean on.
        let guessed = || {
            // The office heads the title: "Defence Minister", "minister of security",
            // "Deputy Prime Minister for Reintegration".
            let head = t.split(" of ").next().unwrap_or(&t);
            // (For a portfolio or a state's body: "Minister for Reintegration",
            // "spokesman for the federal interior ministry", "for the government"; not
            // "spokesman for the rebels", "for the opposition", "for the regional
            // government".)
            let words = &doc.lex.words;
            // "X, a spokesman for the militia,", "for the movement": the apposition
            // stopped before a body of no state (an armed group's noun, or words.toml
            // `stateless_bodies`).
            let no_state_body = doc.is_word(s.units, p.end, &["for", "of"])
                && doc.is_word(s.units, p.end + 1, &["the"])
                && s.units.get(after).is_some_and(|u| {
                    let w = doc.word(u);
                    doc.entity_cue(u).is_none()
                        && (words.armed_group_nouns.contains(w)
                            || words.stateless_bodies.contains(w))
                });
            if no_state_body {
                return None;
            }
            let head = match head.split_once(" for ") {
                Some((h, what)) => {
                    let bare = what.strip_prefix("the ").unwrap_or(what);
                    let (before, noun) = bare.rsplit_once(' ').unwrap_or(("", bare));
                    let body = (words.office_bodies.contains(noun) || noun == "government")
                        && !before
                            .split(' ')
                            .any(|w| words.rival_body_qualifiers.contains(w));
                    let state_body =
                        body || words.portfolios.contains(what) || words.portfolios.contains(bare);
                    if !state_body {
                        return None;
                    }
                    h
                }
                None => head,
            };
            let office = is_state_office(doc, head) && !t.contains("general");
            office
                .then(|| office_state(cx, k, person))
                .flatten()
                .map(Ent::Lex)
        };
        // "The chief of the Border Guard, X", "the head of the border service": an
        // office in a body or portfolio of no named state is in the state the article
        // is about, guessed the same way.
        let in_body = || {
            (p.start..p.end).any(|j| {
                let u = &s.units[j];
                doc.entity_cue(u).is_none()
                    && ((doc.has(u, |c| *c == Cue::Portfolio) && doc.word(u).starts_with("the "))
                        || (doc.capitalised(u)
                            && doc.has(u, |c| matches!(c, Cue::Group | Cue::OrgHead))))
            })
        };
        // "a spokesman for an Iran-backed militia": an office in a body another backs
        // is in no state the article names (the patron right after the title's
        // preposition and its article, where the apposition stops).
        let patron = doc.is_word(s.units, p.end, &["for", "of", "in", "with"])
            && doc.is_patron(s.units, after);
        // An office of a breakaway state, named by its noun or called self-styled, is
        // not the claimant's nor anyone's the story is about: "Brahim Ghali, the
        // self-styled president", "the leader of the breakaway region" where none was
        // named.
        let unrecognised = role.in_breakaway || {
            doc.lex
                .words
                .breakaway_words
                .iter()
                .any(|w| t.contains(w.as_str()))
        };
        let (of, inferred) = match read {
            Some(of) => (Some(of), false),
            None if patron || unrecognised => (None, true),
            None if in_body() => (office_state(cx, k, person).map(Ent::Lex), true),
            None => (guessed(), true),
        };
        if let Some(of) = of {
            out.push(Candidate {
                subject: person,
                relation: Relation::HOLDS_ROLE,
                object: Some(of),
                claim: Some(role.title.clone()),
                modality: Modality::Asserted,
                date: None,
                inferred,
            });
        }
    }
}

/// The state of an office named without one, held by `person` at phrase `p`: where
/// the person speaks ("told reporters in Beijing": the capital of one of the article's
/// two states), else the state the article is about unless the sentence marks it as
/// foreign to the person, in which case the other of the two.
fn office_state(cx: &Ctx<'_, '_, '_>, p: usize, person: Ent) -> Option<u32> {
    let (doc, s) = (cx.doc, cx.s);
    let main = cx.m.main_state()?;
    let pair = cx.m.pair().filter(|(a, b)| *a == main || *b == main);
    let in_pair = |st: u32| pair.is_some_and(|(a, b)| st == a || st == b);
    if let Some(home) = spoken_in(doc, s).filter(|h| in_pair(*h)) {
        return Some(home);
    }
    // "On the Dominican side, X, the country's foreign minister, …": the side the
    // sentence opens on.
    if let Some(side) = super::discourse::fronted_state(doc, s, s.phrases.len())
        .and_then(|e| doc.state_of(e))
        .filter(|&st| in_pair(st) && !foreign(cx, p, person, st))
    {
        return Some(side);
    }
    // "The Mauritanian authorities shut their post. Interior Minister X said …": the
    // one of the two the discourse was last about.
    if let Some(last) =
        cx.m.last_state
            .and_then(|e| doc.state_of(e))
            .filter(|&st| in_pair(st) && !foreign(cx, p, person, st))
    {
        return Some(last);
    }
    if !foreign(cx, p, person, main) {
        return Some(main);
    }
    let (a, b) = pair?;
    let other = if a == main { b } else { a };
    (!foreign(cx, p, person, other)).then_some(other)
}

/// The state an official speaks in: a post or town of it they visit, or where they
/// speak.
fn spoken_in(doc: &Doc<'_>, s: &Sentence<'_>) -> Option<u32> {
    visited(doc, s).or_else(|| spoken_at(doc, s))
}

/// The state of the border post or town an official visits: "Interior Minister X,
/// visiting Tabanovce, insisted …" (a capital is left out: ministers visit others').
fn visited(doc: &Doc<'_>, s: &Sentence<'_>) -> Option<u32> {
    (0..s.units.len()).find_map(|k| {
        if !doc.lex.words.home_visits.contains(doc.word(&s.units[k])) {
            return None;
        }
        let at = k + 1 + doc.is_word(s.units, k + 1, &["the"]) as usize;
        let (e, kind) = s.units.get(at).and_then(|u| doc.entity_cue(u))?;
        let place = matches!(
            doc.ent(e).entity.etype,
            EntityType::Crossing | EntityType::Place
        );
        (kind == MentionKind::Name && place)
            .then(|| doc.state_of(Ent::Lex(e)))
            .flatten()
    })
}

/// Where an official speaks: "told reporters in Addis Ababa", "said in Kabul",
/// "speaking in Tehran", "told reporters at the Kenyan post" (the word before "in" or
/// "at" is a statement verb or one of the lexicon's `home_leads`; then a capital, a
/// state, or a demonym before the place).
fn spoken_at(doc: &Doc<'_>, s: &Sentence<'_>) -> Option<u32> {
    (1..s.units.len()).find_map(|k| {
        if !doc.is_word(s.units, k, &["in", "at"]) {
            return None;
        }
        let lead = &s.units[k - 1];
        let speaks =
            doc.lex.words.home_leads.contains(doc.word(lead)) || doc.is_statement_verb(lead);
        if !speaks {
            return None;
        }
        let at = k + 1 + doc.is_word(s.units, k + 1, &["the"]) as usize;
        let (e, kind) = s.units.get(at).and_then(|u| doc.entity_cue(u))?;
        let state = doc.ent(e).entity.etype == EntityType::State;
        match kind {
            MentionKind::Metonym if at == k + 1 => doc.state_of(Ent::Lex(e)),
            MentionKind::Name if state && at == k + 1 => Some(e),
            // "at the Kenyan post", "in the Tanzanian capital".
            MentionKind::Demonym
                if state
                    && s.units
                        .get(at + 1)
                        .is_some_and(|u| doc.entity_cue(u).is_none()) =>
            {
                Some(e)
            }
            _ => None,
        }
    })
}

/// Whether the sentence marks `state` as foreign to the official at phrase `p`: it
/// names that state's counterpart, envoy or claims ("his Saudi counterpart",
/// "summoned China's ambassador", "dismissed the Mauritanian claims": the lexicon's
/// `foreign_marks`), or another person's office in it, not joined to the official by
/// "and" ("talks with Turkish President Erdoğan", "telephoned X, head of Chad's
/// council").
fn foreign(cx: &Ctx<'_, '_, '_>, p: usize, person: Ent, state: u32) -> bool {
    let (doc, s) = (cx.doc, cx.s);
    let marks = &doc.lex.words.foreign_marks;
    let marked = (0..s.units.len()).any(|k| {
        let Some((e, kind)) = doc.entity_cue(&s.units[k]) else {
            return false;
        };
        if doc.state_of(Ent::Lex(e)) != Some(state) {
            return false;
        }
        let next = match kind {
            MentionKind::Demonym => k + 1,
            _ if doc.is_word(s.units, k + 1, &["'s", "’s"]) => k + 2,
            _ => return false,
        };
        let after: Vec<&str> = s
            .units
            .iter()
            .skip(next)
            .take(3)
            .map(|u| doc.word(u))
            .collect();
        let after = after.join(" ");
        marks.iter().any(|m| {
            after
                .strip_prefix(m.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
    });
    marked
        || acts_against(cx, p, state)
        || other_side(doc, s, state)
        || s.phrases.iter().enumerate().any(|(q, ph)| {
            q != p
                && matches!(ph.head, Head::Ent(e, _) if e != person && doc.etype(e) == EntityType::Person)
                && ph
                    .role
                    .as_ref()
                    .and_then(|r| r.of)
                    .and_then(|of| doc.state_of(of))
                    == Some(state)
                && !joined(doc, s, &s.phrases[p], ph)
        })
}

/// Whether the sentence names `state` as the other side of a border or a tie owned by
/// a pronoun: "had not closed any of its crossings with India", "our talks with
/// Kabul" (a crossing noun or a pairing noun, words.toml `pairing_nouns`, before
/// "with", after "its", "their" or "our" — not "the IMF reached an agreement with
/// Pakistan", nor "Afghanistan's border with Pakistan", which say nothing of the
/// official's side).
fn other_side(doc: &Doc<'_>, s: &Sentence<'_>, state: u32) -> bool {
    (2..s.units.len()).any(|k| {
        let noun = &s.units[k - 2];
        let owned = (k.saturating_sub(5)..k - 2)
            .rev()
            .take_while(|&j| s.units[j].kind != UnitKind::Punct)
            .any(|j| doc.is_word(s.units, j, &["its", "their", "our"]));
        doc.is_word(s.units, k - 1, &["with"])
            && owned
            && (doc.has(noun, |c| *c == Cue::CrossingNoun)
                || doc.lex.words.pairing_nouns.contains(doc.word(noun)))
            && doc.entity_cue(&s.units[k]).is_some_and(|(e, kind)| {
                matches!(kind, MentionKind::Name | MentionKind::Metonym)
                    && doc.state_of(Ent::Lex(e)) == Some(state)
            })
    })
}

/// Whether the official at phrase `p` is the subject of a verb whose object is
/// foreign to its subject (`foreign_object`: accuses, condemns, sanctions) with `state`
/// named after it: "Defence Minister Margarita Robles accused Morocco of …".
fn acts_against(cx: &Ctx<'_, '_, '_>, p: usize, state: u32) -> bool {
    let (doc, s) = (cx.doc, cx.s);
    let from = s.phrases[p].end;
    let end = super::english::clause_end(doc, s, from);
    // (Also "charged on Wednesday that Zimbabwean soldiers had …".)
    let Some(v) = (from..end).find(|&k| {
        doc.has(&s.units[k], |c| {
            matches!(c, crate::lexicon::Cue::Verb(r, _) if doc.lex.frame(*r).is_some_and(|f| f.foreign_object))
        }) || super::statements::charged_that(cx, k)
    }) else {
        return false;
    };
    if super::english::subject_of(doc, s, v).is_none_or(|q| q != p) {
        return false;
    }
    // The verb's object: the first entity named after it ("accused Morocco of
    // aggression against Spain's borders" is against Morocco, not Spain).
    let object = (v + 1..end).find_map(|k| {
        s.phrase(k).and_then(|q| match s.phrases[q].head {
            Head::Ent(e, kind) => Some((e, kind)),
            _ => None,
        })
    });
    // A state by name or by its capital ("accused Rabat of …"), or one of its organs
    // ("blamed the Somali National Army").
    object.is_some_and(|(e, kind)| {
        (doc.etype(e) == EntityType::State || kind == MentionKind::Metonym || organ(doc, e))
            && doc.state_of(e) == Some(state)
    })
}

/// Whether an organisation is an organ of a state, as its name ends with a group of
/// the lexicon: "Somali National Army", "Kazakh Border Service" (not "Nepali
/// Congress", nor "Ministry of Foreign Trade").
fn organ(doc: &Doc<'_>, e: Ent) -> bool {
    let Ent::Lex(i) = e else { return false };
    let entity = &doc.ent(i).entity;
    let label = crate::text::fold(&entity.label);
    let words: Vec<&str> = label.split(' ').collect();
    entity.etype == EntityType::Organisation
        && (1..=words.len().min(4)).any(|n| {
            doc.lex
                .words
                .group_phrases
                .contains(&words[words.len() - n..].join(" "))
        })
}

/// Whether two phrases are joined by "and" or a comma alone ("Prime Minister X and
/// Lithuanian Foreign Minister Y"): people named together serve together.
fn joined(doc: &Doc<'_>, s: &Sentence<'_>, a: &Phrase, b: &Phrase) -> bool {
    let (first, second) = if a.start < b.start { (a, b) } else { (b, a) };
    let gap = second.start.saturating_sub(first.end);
    gap <= 2
        && (first.end..second.start)
            .all(|k| doc.is_word(s.units, k, &["and"]) || doc.is_punct(s.units, k, ","))
}

/// Whose official a titled person is when a possessive pronoun stands before the
/// title: "Its spokeswoman, Yolande Makolo" (the state last acting).
fn owner_before(cx: &Ctx<'_, '_, '_>, start: usize) -> Option<Ent> {
    let s = cx.s;
    let p = start
        .checked_sub(1)
        .and_then(|k| s.phrase(k))
        .or(s.phrase(start))?;
    let ph = &s.phrases[p];
    if !ph.possessive
        || !matches!(
            ph.head,
            Head::Pronoun { person: false } | Head::They | Head::Breakaway
        )
    {
        return None;
    }
    // "… was rejected by ZATCA, which said … Its spokesman, Hamad Al-Bakr": the body
    // that acted last, when no state has acted since.
    if matches!(ph.head, Head::Pronoun { .. }) && ph.start == 0 {
        if let Some(org) = cx.m.last_org {
            return Some(org);
        }
    }
    resolve(cx.doc, cx.m, s, p, None).filter(|e| cx.doc.etype(*e) == EntityType::State)
}

/// The state of a title coordinated with one a state's demonym or name qualifies:
/// "Announcing the expulsion, Congolese Communication Minister and government
/// spokesman X" (the office before `and` ends the phrase of its state, which opens
/// the sentence or follows a comma: not "talks with the Rwandan foreign minister and
/// spokesman X", two people).
fn coordinated_title_state(cx: &Ctx<'_, '_, '_>, start: usize) -> Option<Ent> {
    let (doc, s) = (cx.doc, cx.s);
    let and = start.checked_sub(1)?;
    if !doc.is_word(s.units, and, &["and"]) {
        return None;
    }
    let q = &s.phrases[s.phrase(and.checked_sub(1)?)?];
    let Head::Ent(e, _) = q.head else {
        return None;
    };
    let opens = q.start == 0 || doc.is_punct(s.units, q.start - 1, ",");
    if q.end != and || !opens || doc.etype(e) != EntityType::State || q.role.is_some() {
        return None;
    }
    is_state_office(doc, doc.word(&s.units[and - 1])).then_some(e)
}

/// Whether a (folded) title ends in an office of a state's government (words.toml
/// `state_offices`): "defence minister", "spokesman".
fn is_state_office(doc: &Doc<'_>, title: &str) -> bool {
    doc.lex
        .words
        .state_offices
        .iter()
        .any(|o| title.ends_with(o.as_str()))
}

/// Whether the office heading `title` serves a place, not a state (data
/// `local_offices`): "regional governor", "the district commissioner"; not "Regional
/// Integration Minister". The office may be several words: "district magistrate".
pub(super) fn is_local_office(doc: &Doc<'_>, title: &str) -> bool {
    let t = crate::text::fold(title);
    let head = t.split(" of ").next().unwrap_or(&t);
    doc.lex
        .words
        .local_offices
        .iter()
        .any(|o| head == o.as_str() || head.ends_with(&format!(" {o}")))
}

/// The place a local office named without one serves, where the sentence opens: "In
/// Bukhara, the regional governor, Sherzod Normatov, said", "In Kédougou, regional
/// governor X said" (data `local_offices`).
fn opening_place(cx: &Ctx<'_, '_, '_>, title: &str) -> Option<Ent> {
    let s = cx.s;
    // The office heading the title: "governor" in "regional governor", not
    // "Regional Integration Minister".
    if !is_local_office(cx.doc, title) || !cx.doc.is_word(s.units, 0, &["in"]) {
        return None;
    }
    let p = s.phrase(1)?;
    match s.phrases[p].head {
        Head::Ent(e, MentionKind::Name)
            if cx.doc.etype(e) == EntityType::Place
                && cx.doc.is_punct(s.units, s.phrases[p].end, ",") =>
        {
            Some(e)
        }
        _ => None,
    }
}

/// The state whose capital opens the sentence: "In Washington, State Department
/// spokesman Matthew Miller said" (an official named without a state speaks there).
fn opening_capital(cx: &Ctx<'_, '_, '_>) -> Option<u32> {
    let s = cx.s;
    if !cx.doc.is_word(s.units, 0, &["in"]) {
        return None;
    }
    let p = s.phrase(1)?;
    match s.phrases[p].head {
        Head::Ent(e, MentionKind::Metonym) if cx.doc.is_punct(s.units, s.phrases[p].end, ",") => {
            cx.doc.state_of(e)
        }
        _ => None,
    }
}
