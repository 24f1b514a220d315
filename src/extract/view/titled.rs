//! Phrases a title opens: "Estonia's interior minister Lauri Laanemets", "the
//! president of Kyrgyzstan, X", "a spokesman for the ministry, Colonel X", "the
//! foreign minister of the breakaway region".

use super::super::doc::{Doc, Ent};
use super::super::mentions::title_end;
use super::super::units::{Unit, UnitKind};
use super::appositions::{appositive_role, full_title, is_rank, known_role};
use super::{breakaway_after, phrase, title_case, Head, Phrase, Role};
use crate::lexicon::{Cue, MentionKind};
use crate::model::EntityType;

/// The state a body this document named is a ministry of, by its name: "Ministry of
/// External Relations of Cameroon" (data `state_body_heads` opens the name, the state
/// closes it).
pub(super) fn ministry_of_state(doc: &Doc<'_>, body: u32) -> Option<u32> {
    let le = doc.ent(body);
    if le.entity.etype != EntityType::Organisation || !doc.is_found(body) {
        return None;
    }
    let label = crate::text::fold(&le.entity.label);
    let first = label.split_whitespace().next()?;
    if !doc.lex.words.state_body_heads.contains(first) {
        return None;
    }
    let (_, tail) = label.rsplit_once(" of ")?;
    let tail = tail.strip_prefix("the ").unwrap_or(tail);
    doc.lex
        .lookup_name(tail)
        .iter()
        .copied()
        .find(|&x| doc.ent(x).entity.etype == EntityType::State)
}

/// The title in units `t..t_end`, in title case; "The interior minister": the article
/// is no part of it.
pub(super) fn title_text(doc: &Doc<'_>, units: &[Unit], t: usize, t_end: usize) -> String {
    let title = title_case(doc.original(units, t, t_end));
    title
        .strip_prefix("The ")
        .map_or(title.clone(), str::to_string)
}

/// Whether a portfolio after a determiner opens a title at unit `i`: "the interior
/// minister, Pedro Gomez,".
pub(super) fn portfolio_opens(doc: &Doc<'_>, units: &[Unit], i: usize) -> bool {
    // "The interior" is one unit, a portfolio of the lexicon.
    let listed = units
        .get(i)
        .is_some_and(|u| doc.has(u, |c| *c == Cue::Portfolio))
        && doc.has_at(units, i + 1, |c| *c == Cue::Office);
    // "the province's infrastructure minister": after a possessive of no entity.
    (i == 0
        || doc.is_word(units, i - 1, super::super::english::DETERMINERS)
        || doc.is_word(units, i - 1, &["'s"]))
        && (listed || super::super::mentions::portfolio_word(doc, units, i))
}

/// A title at unit `t` (after `start..t`, a demonym or possessive naming `of`), then
/// maybe "of <state>", then maybe a person: "Prime Minister Anutin Charnvirakul",
/// "Pakistan's interior minister, Mohsin Naqvi,", "the president of Kyrgyzstan".
pub(super) fn titled(
    doc: &Doc<'_>,
    units: &[Unit],
    start: usize,
    t: usize,
    of: Option<Ent>,
) -> Option<Phrase> {
    let t_end = title_end(doc, units, t)?;
    let title = title_text(doc, units, t, t_end);
    let mut of = of;
    let mut office_noun = None;
    let mut in_breakaway = false;
    let mut k = t_end;
    // "the president of Kyrgyzstan", "spokesman for the Foreign Ministry", "spokesman
    // of the Beninese government", "Chairman of the Cabinet of Ministers of Kyrgyzstan".
    if of.is_none() && doc.is_word(units, k, &["of", "for", "at", "in"]) {
        let mut m = k + 1;
        if doc.is_word(units, m, &["the"]) {
            m += 1;
        }
        if let Some((oi, kind)) = units.get(m).and_then(|x| doc.entity_cue(x)) {
            let ty = doc.ent(oi).entity.etype;
            let demonym_body =
                kind == MentionKind::Demonym && doc.has_at(units, m + 1, |c| *c == Cue::Group);
            if ty != EntityType::Person
                && ty != EntityType::Crossing
                && (kind != MentionKind::Demonym || demonym_body)
            {
                of = Some(Ent::Lex(oi));
                k = m + 1 + demonym_body as usize;
                // "the director general of Border Guard Bangladesh (BGB), Major
                // General X": past the body's acronym.
                if doc.is_punct(units, k, "(") && doc.is_punct(units, k + 2, ")") {
                    k += 3;
                }
                // "the chairman of Iraq's Border Ports Commission, X", "the director
                // general of Senegal's customs, X": the state's body, named, in
                // capitalised words or one of the lexicon's groups.
                if ty == EntityType::State && doc.is_word(units, k, &["'s"]) {
                    // Past a lower-case modifier: "Libya's eastern-based Interior
                    // Ministry", "Sudan's western Darfur authorities".
                    let lower = |j: usize| {
                        units.get(j).is_some_and(|u| {
                            u.kind == UnitKind::Word
                                && doc
                                    .original(units, j, j + 1)
                                    .starts_with(char::is_lowercase)
                        })
                    };
                    let lead = if lower(k + 1) && doc.is_punct(units, k + 2, "-") && lower(k + 3) {
                        3
                    } else if units
                        .get(k + 1)
                        .is_some_and(|u| doc.lex.words.compass.contains(doc.word(u)))
                    {
                        1
                    } else {
                        0
                    };
                    let from = k + lead;
                    let words = (from + 1..(from + 5).min(units.len()))
                        .take_while(|&j| {
                            // (An office's qualifier before a group: "Germany's federal
                            // police".)
                            let qualifier = state_body_qualifier(doc, &units[j])
                                && doc.has_at(units, j + 1, |c| *c == Cue::Group);
                            units[j].kind != UnitKind::Punct
                                && (doc.capitalised(&units[j])
                                    || qualifier
                                    || doc.has(&units[j], |c| *c == Cue::Group))
                                && doc.entity_cue(&units[j]).is_none()
                        })
                        .count();
                    let after = from + 1 + words;
                    let body = units.get(after).and_then(|x| doc.entity_cue(x));
                    if let Some((bi, _)) =
                        body.filter(|(b, _)| doc.ent(*b).entity.etype == EntityType::Organisation)
                    {
                        // A body the lexicon knows; one read from the text may have
                        // lost a word ("Border Ports Commission"), so its state.
                        if !doc.is_found(bi) {
                            of = Some(Ent::Lex(bi));
                        }
                        k = after + 1;
                    } else if words > 0 && doc.is_punct(units, after, ",") {
                        k = after;
                    } else if let Some((pi, _)) = body.filter(|(p, _)| {
                        words == 0 && doc.ent(*p).entity.etype == EntityType::Place
                    }) {
                        // "the governor of Niger's Maradi region, X": the state's region.
                        let e = after
                            + 1
                            + usize::from(
                                doc.has_at(units, after + 1, |c| *c == Cue::SettlementNoun),
                            );
                        if doc.is_punct(units, e, ",") {
                            of = Some(Ent::Lex(pi));
                            k = e;
                        }
                    }
                }
                // "the President of the Kurdistan Region, X", "the governor of Razavi
                // Khorasan province, X": the place's noun.
                if ty == EntityType::Place && doc.has_at(units, k, |c| *c == Cue::SettlementNoun) {
                    k += 1;
                }
                // "the president of the ECOWAS Commission, X": an organ of the body.
                while ty == EntityType::Organisation
                    && doc.has_at(units, k, |c| *c == Cue::OrgHead)
                    && doc.capitalised(&units[k])
                {
                    k += 1;
                }
            }
        } else {
            // A body named in words, then "of <state>".
            let stop = (m..(m + 6).min(units.len()))
                .find(|&j| units[j].kind == UnitKind::Punct)
                .unwrap_or((m + 6).min(units.len()));
            // "… of the Republic of Armenia": the state's long name after "the".
            let the = |j: usize| usize::from(doc.is_word(units, j + 1, &["the"]));
            let state_after_of = |j: usize| {
                doc.is_word(units, j, &["of"])
                    && units
                        .get(j + 1 + the(j))
                        .and_then(|x| doc.entity_cue(x))
                        .is_some_and(|(oi, kind)| {
                            kind == MentionKind::Name
                                && doc.ent(oi).entity.etype == EntityType::State
                        })
            };
            if let Some(j) = (m..stop).find(|&j| state_after_of(j)) {
                of = units
                    .get(j + 1 + the(j))
                    .and_then(|x| doc.entity_cue(x))
                    .map(|(oi, _)| Ent::Lex(oi));
                k = j + 2 + the(j);
            } else if let Some(w) = body_noun(doc, units, m) {
                // "A spokesman for the ministry, Colonel X": the body named last so.
                office_noun = Some(w);
                k = m + 1;
            } else if let Some(end) = breakaway_after(doc, units, m - 1) {
                // "the foreign minister of the breakaway region".
                in_breakaway = true;
                k = end;
            }
        }
    }
    // "Ghana's minister of the Volta region, X": a region of the state named after the
    // title is passed over; the state stays the owner.
    if of.is_some() && doc.is_word(units, k, &["of"]) {
        let m = k + 1 + usize::from(doc.is_word(units, k + 1, &["the"]));
        let place = units
            .get(m)
            .and_then(|x| doc.entity_cue(x))
            .is_some_and(|(p, _)| doc.ent(p).entity.etype == EntityType::Place);
        let e = m + 1 + usize::from(doc.has_at(units, m + 1, |c| *c == Cue::SettlementNoun));
        if place && doc.is_punct(units, e, ",") {
            k = e;
        }
    }
    // "The European Union's envoy for the Belgrade-Pristina dialogue, X", "the Uganda
    // Police Force spokesman for Aswa region, X": what the office is for, up to the
    // comma before the person.
    if of.is_some() && doc.is_word(units, k, &["for", "on"]) {
        let comma = (k + 1..(k + 7).min(units.len()))
            .take_while(|&j| {
                !doc.has(&units[j], |c| matches!(c, Cue::Verb(..)))
                    && (units[j].kind != UnitKind::Punct
                        || doc.is_punct(units, j, ",")
                        || doc.joining_hyphen(units, j))
            })
            .find(|&j| doc.is_punct(units, j, ","));
        let person_next = |c: usize| {
            units
                .get(c + 1)
                .and_then(|x| doc.entity_cue(x))
                .is_some_and(|(pi, _)| doc.ent(pi).entity.etype == EntityType::Person)
        };
        if let Some(c) = comma.filter(|&c| c > k + 1 && person_next(c)) {
            k = c;
        }
    }
    // "Ukraine's ambassador to Poland, Vasyl Zvarych".
    if doc.is_word(units, k, &["to", "in", "at"]) {
        let m = k + 1 + doc.is_word(units, k + 1, &["the"]) as usize;
        if units.get(m).and_then(|x| doc.entity_cue(x)).is_some() {
            k = m + 1;
        }
    }
    // The person: right after the title, or set off by commas (maybe with a rank:
    // "Sudan's army chief, General Abdel Fattah al-Burhan").
    let mut p = k;
    if doc.is_word(units, p, &["there", "here"]) {
        p += 1;
    }
    // "… of Armenia Mr. Karen Avagyan", "Liberia's justice minister, Cllr. Moses
    // Gbayou,": an honorific before the name.
    let honorific = |p: usize| {
        units
            .get(p)
            .is_some_and(|u| doc.lex.words.honorifics.contains(doc.word(u)))
    };
    let past_honorific = |p: usize| {
        if honorific(p) {
            p + 1 + usize::from(doc.is_punct(units, p + 1, "."))
        } else {
            p
        }
    };
    p = past_honorific(p);
    if doc.is_punct(units, p, ",") {
        p += 1;
        while p < k + 4 && doc.has_at(units, p, |c| matches!(c, Cue::Office | Cue::Qualifier)) {
            p += 1;
        }
        p = past_honorific(p);
    }
    if let Some((pi, _)) = units.get(p).and_then(|x| doc.entity_cue(x)) {
        if doc.ent(pi).entity.etype == EntityType::Person {
            // "Colonel Mamady Doumbouya, Guinea's interim president": a rank, then the
            // office that says whose; "Major General Medhat Soliman, the Minister of
            // Interior": after a rank (roles.toml `ranks`), an office that names no
            // one's, whose state the article gives.
            if of.is_none() {
                let rank = is_rank(doc, &title);
                if let Some(a) = appositive_role(doc, units, p, pi) {
                    if a.role.as_ref().is_some_and(|r| r.of.is_some() || rank) {
                        return Some(Phrase { start, ..a });
                    }
                }
            }
            // "Governor Babagana Zulum of Borno State", "President Ilham Aliyev of
            // Azerbaijan": the title's owner after the name.
            // (Not itself after "of": "The office of President X of Somalia condemned"
            // leaves Somalia to act.)
            let mut end = p + 1;
            let mut of = of;
            let owned = start > 0 && doc.is_word(units, start - 1, &["of"]);
            if of.is_none() && !owned && doc.is_word(units, end, &["of"]) {
                let m = end + 1 + usize::from(doc.is_word(units, end + 1, &["the"]));
                if let Some((oi, MentionKind::Name)) = units.get(m).and_then(|x| doc.entity_cue(x))
                {
                    if matches!(
                        doc.ent(oi).entity.etype,
                        EntityType::State | EntityType::Place | EntityType::Organisation
                    ) {
                        of = Some(Ent::Lex(oi));
                        end = m
                            + 1
                            + usize::from(doc.has_at(units, m + 1, |c| *c == Cue::SettlementNoun));
                    }
                }
            }
            let of = of.or_else(|| known_role(doc, pi, &title));
            return Some(Phrase {
                start,
                end,
                head: Head::Ent(Ent::Lex(pi), MentionKind::Name),
                role: Some(Role {
                    title,
                    of,
                    office_noun,
                    in_breakaway,
                }),
                possessive: false,
            });
        }
    }
    // No name: a known holder of the office, else the state or body itself acts
    // ("Estonia's interior minister", "the Thai army chief").
    let of_i = match of {
        Some(Ent::Lex(o)) => o,
        _ => return None,
    };
    let ft = crate::text::fold(&title);
    let holder = doc.lex.entities().iter().position(|p| {
        p.entity.etype == EntityType::Person
            && p.roles
                .iter()
                .any(|(tt, o)| *o == of_i && (*tt == ft || tt.ends_with(&format!(" {ft}"))))
    });
    match holder {
        Some(h) => Some(Phrase {
            start,
            end: k,
            head: Head::Ent(Ent::Lex(h as u32), MentionKind::Name),
            role: Some(Role {
                title: full_title(doc, h as u32, &title),
                of: Some(Ent::Lex(of_i)),
                office_noun: None,
                in_breakaway: false,
            }),
            possessive: false,
        }),
        None => Some(phrase(
            start,
            k,
            Head::Ent(Ent::Lex(of_i), MentionKind::Name),
        )),
    }
}

/// A body named by its head noun alone after "the", set off by a comma: "ministry" in
/// "a spokesman for the ministry, X" (words.toml `office_bodies`).
pub(super) fn body_noun(doc: &Doc<'_>, units: &[Unit], m: usize) -> Option<String> {
    let u = units.get(m)?;
    let w = doc.word(u);
    (m > 0
        && doc.is_word(units, m - 1, &["the"])
        && doc.entity_cue(u).is_none()
        && doc.lex.words.office_bodies.contains(w)
        && doc.is_punct(units, m + 1, ","))
    .then(|| w.to_string())
}

/// Whether unit `u` is a qualifier that may stand inside a state's body after its name
/// ("Germany's federal police"; not words.toml `rival_body_qualifiers`: "Myanmar's
/// opposition government").
pub(super) fn state_body_qualifier(doc: &Doc<'_>, u: &Unit) -> bool {
    doc.entity_cue(u).is_none()
        && doc.has(u, |c| *c == Cue::Qualifier)
        && !doc.lex.words.rival_body_qualifiers.contains(doc.word(u))
}
