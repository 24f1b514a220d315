//! Appositions that state a person's role: "Matti Pitkäniitty, a colonel in the
//! Finnish border guard", "Jan Nowak, who heads the Polish Border Guard".

use super::super::doc::{Doc, Ent};
use super::super::english::PREPOSITIONS;
use super::super::mentions::{heads_body, title_end};
use super::super::units::{Unit, UnitKind};
use super::{title_case, title_text, Head, Phrase, Role};
use crate::lexicon::{Cue, MentionKind};
use crate::model::EntityType;

/// The state or body a person is known to hold a title in.
pub(super) fn known_role(doc: &Doc<'_>, person: u32, title: &str) -> Option<Ent> {
    let ft = crate::text::fold(title);
    doc.ent(person)
        .roles
        .iter()
        .find(|(t, _)| *t == ft || t.ends_with(&format!(" {ft}")))
        .map(|&(_, o)| Ent::Lex(o))
}

/// The lexicon's fuller form of a title ("Minister" → "Interior Minister").
pub(super) fn full_title(doc: &Doc<'_>, person: u32, title: &str) -> String {
    let ft = crate::text::fold(title);
    let best = doc
        .ent(person)
        .roles
        .iter()
        .find(|(t, _)| t.ends_with(&format!(" {ft}")))
        .map_or(title, |(t, _)| t.as_str());
    title_case(best)
}

/// "Matti Pitkäniitty, a colonel in the Finnish border guard": a person and the role
/// in the apposition after it.
pub(super) fn appositive_role(
    doc: &Doc<'_>,
    units: &[Unit],
    i: usize,
    person: u32,
) -> Option<Phrase> {
    if !doc.is_punct(units, i + 1, ",") {
        return None;
    }
    if heads_body(doc, units, i + 2) {
        return headed_body(doc, units, i, person);
    }
    let mut j = i + 2;
    if doc.is_word(units, j, &["a", "an", "the"]) {
        j += 1;
    }
    // "X, the Rwanda-backed rebel leader": past the patron to the title.
    j = doc.past_patron(units, j);
    // "X, Pakistan's interior minister", "X, the Thai army's spokesman".
    let mut of = None;
    if let Some((oi, kind)) = units.get(j).and_then(|x| doc.entity_cue(x)) {
        let ty = doc.ent(oi).entity.etype;
        let poss = doc.is_word(units, j + 1, &["'s", "'"]);
        // "X, the NATO spokesman", "X, the US envoy": a name as a modifier of the
        // title.
        let modifier = kind == MentionKind::Name && title_end(doc, units, j + 1).is_some();
        // "X, Balochistan's home minister": a place's own office, after its possessive;
        // "X, the Mangochi district commissioner": a local office, after its place.
        let place_office = ty == EntityType::Place
            && (poss
                || title_end(doc, units, j + 1).is_some_and(|e| {
                    // "the Kajiado county commissioner": the place's own division noun
                    // is the title's first word.
                    let title = title_text(doc, units, j + 1, e);
                    let place = doc.original(units, j, j + 1);
                    let division = place
                        .rsplit(' ')
                        .next()
                        .filter(|w| w.starts_with(char::is_lowercase) && place.contains(' '))
                        .map(|w| format!("{w} {title}"));
                    let local = |t: &str| super::super::roles::is_local_office(doc, t);
                    // (Not "the Mombasa regional commissioner of the revenue
                    // authority": an agency's post.)
                    (local(&title) || division.is_some_and(|t| local(&t)))
                        && !doc.is_word(units, e, &["of", "for", "at"])
                }));
        if matches!(ty, EntityType::State | EntityType::Organisation)
            && (poss || kind == MentionKind::Demonym || modifier)
            || place_office
        {
            of = Some(Ent::Lex(oi));
            j += 1 + poss as usize;
        }
        // "X, the Philippine Coast Guard's spokesman": the office of the state's body.
        if of.is_some()
            && doc.has_at(units, j, |c| *c == Cue::Group)
            && doc.is_word(units, j + 1, &["'s", "'"])
        {
            j += 2;
        }
    } else if doc.is_word(units, j, &["country's", "kingdom's"]) {
        j += 1;
    } else if doc.has_at(units, j, |c| *c == Cue::OwnState) && doc.is_word(units, j + 1, &["'s"]) {
        j += 2;
    }
    let t = j;
    let t_end = title_end(doc, units, t)?;
    // "X, the president's spokesman": the office is the possessor's, not X's (but
    // "commander of the army's Third Corps" is X's).
    if doc.is_word(units, t_end, &["'s"])
        && !(t..t_end).any(|k| doc.is_word(units, k, &["of", "for"]))
    {
        return None;
    }
    let title = title_text(doc, units, t, t_end);
    // A place's own office only: "X, Jalalabad's consul general" serves a state.
    let posted = {
        let folded = crate::text::fold(&title);
        doc.lex
            .words
            .foreign_marks
            .iter()
            .any(|m| folded.split(' ').any(|w| w == m))
    };
    if posted
        && of.is_some_and(
            |o| matches!(o, Ent::Lex(i) if doc.ent(i).entity.etype == EntityType::Place),
        )
    {
        of = None;
    }
    let mut end = t_end;
    let mut office_noun = None;
    let mut in_breakaway = false;
    if of.is_none() && doc.is_word(units, t_end, &["in", "of", "for", "at", "with", "to"]) {
        let mut k = t_end + 1;
        if doc.is_word(units, k, &["the"]) {
            k += 1;
        }
        // "adviser to the Azerbaijani president": a demonym before an office.
        if doc.is_patron(units, k) {
            // "a spokesman for an Iran-backed militia" speaks for the militia.
        } else if let Some((oi, MentionKind::Demonym)) =
            units.get(k).and_then(|x| doc.entity_cue(x))
        {
            if doc.ent(oi).entity.etype == EntityType::State {
                of = Some(Ent::Lex(oi));
                end = k
                    + 1
                    + doc.has_at(units, k + 1, |c| matches!(c, Cue::Office | Cue::Group)) as usize;
            }
        } else if let Some((oi, kind)) = units.get(k).and_then(|x| doc.entity_cue(x)) {
            let o = doc.ent(oi);
            if matches!(
                o.entity.etype,
                EntityType::Organisation | EntityType::State | EntityType::Place
            ) && kind != MentionKind::Metonym
            {
                of = Some(Ent::Lex(oi));
                end = k + 1;
                // "the information minister in Yemen's internationally recognised
                // government": past the state's body (a few lowercase words, then a
                // group's noun), so the apposition ends where the body does.
                if doc.is_word(units, end, &["'s"]) {
                    // The last group's noun ("army-backed government": past "army").
                    let body = (end + 1..(end + 7).min(units.len()))
                        .take_while(|&j| {
                            (units[j].kind != UnitKind::Punct || doc.is_punct(units, j, "-"))
                                && doc.entity_cue(&units[j]).is_none()
                                && (doc.has(&units[j], |c| *c == Cue::Group)
                                    || doc
                                        .original(units, j, j + 1)
                                        .starts_with(|c: char| c.is_lowercase() || c == '-'))
                        })
                        .filter(|&j| doc.has(&units[j], |c| *c == Cue::Group))
                        .last();
                    if let Some(g) = body {
                        end = g + 1;
                    }
                }
            }
        } else {
            // "a spokesman for the Western Theatre Command of the People's Liberation
            // Army": a body named in words, then "of" a body or state the lexicon knows.
            let stop = (k..(k + 8).min(units.len()))
                .find(|&j| units[j].kind == UnitKind::Punct && doc.word(&units[j]) != "-")
                .unwrap_or((k + 8).min(units.len()));
            let body = (k..stop).find_map(|j| {
                if !doc.is_word(units, j, &["of"]) {
                    return None;
                }
                let m = j + 1 + doc.is_word(units, j + 1, &["the"]) as usize;
                let (oi, kind) = units.get(m).and_then(|x| doc.entity_cue(x))?;
                (kind == MentionKind::Name
                    && matches!(
                        doc.ent(oi).entity.etype,
                        EntityType::Organisation | EntityType::State
                    ))
                .then_some((oi, m))
            });
            // "the Directorate General of Customs of Benin": capitalised words and
            // the small words that join them.
            let named_in_words = (k..stop).all(|j| {
                body.is_some_and(|(_, m)| j + 2 >= m)
                    || doc
                        .original(units, j, j + 1)
                        .starts_with(char::is_uppercase)
                    || (j > k && doc.is_word(units, j, &["of", "and", "for"]))
            });
            if let Some((oi, m)) = body.filter(|_| named_in_words) {
                of = Some(Ent::Lex(oi));
                end = m + 1;
            } else if let Some((o, m)) = portfolio_then_body(doc, units, k) {
                of = Some(o);
                end = m;
            } else if let Some(w) = super::body_noun(doc, units, k) {
                // "X, a spokesman for the committee,": the body named last so.
                office_noun = Some(w);
                end = k + 1;
            } else if let Some(e) = super::breakaway_after(doc, units, k - 1) {
                // "X, the foreign minister of the breakaway region,": the breakaway
                // state named last.
                in_breakaway = true;
                end = e;
            }
        }
    }
    // "deputy governor for security affairs of Razavi Khorasan province": the title
    // took one word of the portfolio.
    if of.is_none() {
        if let Some((o, m)) = portfolio_then_body(doc, units, t_end) {
            of = Some(o);
            end = m;
        }
    }
    // "Narendra Modi, India's foreign secretary Vikram Misri": the title is the next
    // name's.
    if units
        .get(end)
        .and_then(|x| doc.entity_cue(x))
        .is_some_and(|(e, _)| doc.ent(e).entity.etype == EntityType::Person)
    {
        return None;
    }
    let of = of.or_else(|| known_role(doc, person, &title));
    Some(Phrase {
        start: i,
        end,
        head: Head::Ent(Ent::Lex(person), MentionKind::Name),
        role: Some(Role {
            title,
            of,
            office_noun,
            in_breakaway,
        }),
        possessive: false,
    })
}

/// "Jan Nowak, who heads the Polish Border Guard": the person heads the body named in
/// the relative clause, else its state ("who leads the Estonian police").
fn headed_body(doc: &Doc<'_>, units: &[Unit], i: usize, person: u32) -> Option<Phrase> {
    let from = i + 4;
    let stop = (from..(from + 10).min(units.len()))
        .find(|&j| units[j].kind == UnitKind::Punct && doc.word(&units[j]) != "-")
        .unwrap_or((from + 10).min(units.len()));
    // A body the text names before the state it belongs to ("the Polish Border Guard").
    let first = |ty: EntityType| {
        (from..stop).find_map(|k| {
            let (oi, kind) = doc.entity_cue(&units[k])?;
            (doc.ent(oi).entity.etype == ty && kind != MentionKind::Metonym).then_some((k, oi))
        })
    };
    let (k, oi) = first(EntityType::Organisation).or_else(|| first(EntityType::State))?;
    // The body is what the verb heads ("heads the border guard of Lithuania", "heads
    // the border police in Serbia", "commands a brigade of the Ethiopian army"), not a
    // place named after something else ("who runs a café at the petrol station on the
    // Austrian side"): an indefinite object or a preposition but "of" before the name
    // needs a body's word among the object's.
    let body_word =
        (from..k).any(|j| doc.has(&units[j], |c| matches!(c, Cue::Group | Cue::OrgHead)));
    let loose = doc.is_word(units, from, &["a", "an"])
        || (from..k)
            .any(|j| doc.is_word(units, j, PREPOSITIONS) && !doc.is_word(units, j, &["of"]));
    if loose && !body_word {
        return None;
    }
    Some(Phrase {
        start: i,
        end: k + 1,
        head: Head::Ent(Ent::Lex(person), MentionKind::Name),
        role: Some(Role {
            title: "Head".to_string(),
            of: Some(Ent::Lex(oi)),
            office_noun: None,
            in_breakaway: false,
        }),
        possessive: false,
    })
}

/// A portfolio in lower-case words, then "at", "of", "in" or "for" a body, state or
/// place the document knows: "head of criminal investigations at the Botswana Police
/// Service", "director of field operations for U.S. Customs and Border Protection",
/// "the director of military media at the Jordan Armed Forces", "deputy governor for
/// security affairs of Razavi Khorasan province", "head of the border police
/// administration at Serbia's interior ministry" (the state). Returns whom the role is
/// in and where the phrase ends.
fn portfolio_then_body(doc: &Doc<'_>, units: &[Unit], k: usize) -> Option<(Ent, usize)> {
    // "for" before a body ends the portfolio; before anything else ("head of operations
    // for Afghanistan at the NRC", "governor for security affairs of") it is part of it.
    let for_body = |j: usize| {
        let m = j + 1 + doc.is_word(units, j + 1, &["the"]) as usize;
        doc.is_word(units, j, &["for"])
            && units
                .get(m)
                .and_then(|x| doc.entity_cue(x))
                .is_some_and(|(oi, kind)| {
                    kind == MentionKind::Name
                        && doc.ent(oi).entity.etype == EntityType::Organisation
                })
    };
    let plain = |j: usize| {
        units.get(j).is_some_and(|u| {
            u.kind != UnitKind::Punct
                && doc.entity_cue(u).is_none()
                && doc
                    .original(units, j, j + 1)
                    .starts_with(char::is_lowercase)
                && !doc.is_word(units, j, &["at", "of", "in", "and", "who", "which", "said"])
                && !(j > k && for_body(j))
        })
    };
    let words = (k..(k + 5).min(units.len()))
        .take_while(|&j| plain(j))
        .count();
    let at = k + words;
    if words == 0 || !(doc.is_word(units, at, &["at", "of", "in"]) || for_body(at)) {
        return None;
    }
    let m = at + 1 + doc.is_word(units, at + 1, &["the"]) as usize;
    let (oi, kind) = units.get(m).and_then(|x| doc.entity_cue(x))?;
    let ty = doc.ent(oi).entity.etype;
    match kind {
        // "at Serbia's interior ministry", "at the Serbian interior ministry".
        MentionKind::Name | MentionKind::Demonym if ty == EntityType::State => {
            let poss = doc.is_word(units, m + 1, &["'s"]);
            let group = doc.has_at(units, m + 1 + poss as usize, |c| {
                matches!(c, Cue::Group | Cue::OrgHead)
            });
            (kind == MentionKind::Name && !poss || group)
                .then_some((Ent::Lex(oi), m + 1 + poss as usize + group as usize))
        }
        MentionKind::Name if matches!(ty, EntityType::Organisation | EntityType::Place) => {
            Some((Ent::Lex(oi), m + 1))
        }
        _ => None,
    }
}

/// Whether a title ends in a rank (roles.toml `ranks`): "Gen.", "Maj. Gen.", "Police
/// Colonel", "Brigadier-General".
pub(super) fn is_rank(doc: &Doc<'_>, title: &str) -> bool {
    let folded = crate::text::fold(title).replace('.', "").replace('-', " ");
    let words: Vec<&str> = folded.split_whitespace().collect();
    (1..=words.len().min(3)).any(|n| {
        doc.lex
            .words
            .ranks
            .contains(&words[words.len() - n..].join(" "))
    })
}
