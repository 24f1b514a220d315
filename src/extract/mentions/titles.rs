//! Titles of officials: the run of qualifiers and offices before a name ("Deputy
//! Foreign Minister"), the state a title names ("Thai Prime Minister"), and titles set
//! after a name ("X, a spokesman for …") or before a comma ("Pakistan's interior
//! minister, Mohsin Naqvi,").

use super::super::doc::Doc;
use super::super::units::{Unit, UnitKind};
use crate::lexicon::{Cue, MentionKind};
use crate::model::EntityType;

/// Whether units `i..` start a title: qualifiers and offices, ending in an office
/// ("Deputy Foreign Minister"). Returns the end.
pub fn title_end(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    let mut j = i;
    let mut office = None;
    while j < units.len() {
        let u = &units[j];
        // "consul-general", "governor-general": an office joined to another by a hyphen.
        let joined = j > i
            && doc.is_punct(units, j, "-")
            && doc.has_at(units, j + 1, |c| matches!(c, Cue::Office | Cue::Qualifier));
        // "junta-appointed prime minister", "newly appointed foreign minister": a
        // participle before the office.
        let modifier = if j == i {
            title_modifier(doc, units, j)
        } else {
            0
        };
        if modifier > 0 {
            j += modifier;
            continue;
        }
        if doc.has(u, |c| *c == Cue::Office) {
            office = Some(j + 1);
            // "Gen. Pana Claewplodtook": a rank written short, with its full stop.
            if short_office_stop(doc, units, j)
                && units
                    .get(j + 2)
                    .is_some_and(|n| doc.text[n.span.0..n.span.1].starts_with(char::is_uppercase))
            {
                j += 1;
                office = Some(j + 1);
            }
        } else if !joined
            && !doc.has(u, |c| matches!(c, Cue::Qualifier | Cue::Portfolio))
            && !portfolio_word(doc, units, j)
        {
            break;
        }
        j += 1;
    }
    let mut end = office?;
    // "Minister of Foreign Affairs", "Minister for the Interior".
    if doc.is_word(units, end, &["of", "for"]) {
        let mut k = end + 1;
        if doc.is_word(units, k, &["the"]) && !doc.has_at(units, k, |c| *c == Cue::Portfolio) {
            k += 1;
        }
        // A portfolio the lexicon does not list, or several joined, up to the comma
        // before the name: "minister of territorial administration, Paul …",
        // "Minister of Foreign Trade, Andrés …" (capitalised, but naming no entity),
        // "minister of security and civil protection, Essohanam …".
        let lower = |m: usize| {
            let u = &units[m];
            u.kind == UnitKind::Word
                || doc.has(u, |c| {
                    matches!(
                        c,
                        Cue::Group | Cue::Qualifier | Cue::Traffic | Cue::Portfolio
                    )
                }) && doc.entity_cue(u).is_none()
        };
        let mut words = (k..(k + 5).min(units.len()))
            .take_while(|&m| lower(m))
            .count();
        // "governor of the Far North region, X": a region the lexicon does not know,
        // with its noun.
        if words > 0
            && doc.has_at(units, k + words, |c| *c == Cue::SettlementNoun)
            && doc.is_punct(units, k + words + 1, ",")
        {
            words += 1;
        }
        // "Minister of Home Affairs, Immigration, Safety and Security, Petrus
        // Shilongo,": more portfolios set off by commas, the last joined by "and".
        if words > 0 {
            let mut j = k + words;
            let mut joined = false;
            while !joined && doc.is_punct(units, j, ",") {
                let item = (j + 1..(j + 4).min(units.len()))
                    .take_while(|&m| {
                        lower(m) && doc.capitalised(&units[m]) || doc.is_word(units, m, &["and"])
                    })
                    .count();
                if item == 0 {
                    break;
                }
                joined = (j + 1..j + 1 + item).any(|m| doc.is_word(units, m, &["and"]));
                j += 1 + item;
            }
            if joined && doc.is_punct(units, j, ",") {
                words = j - k;
            }
        }
        // A name, maybe opening with a word the gazetteer knows as a place ("Selma
        // Amupolo", "Israel Katz").
        let name_next = units.get(k + words + 1).is_some_and(|n| {
            matches!(n.kind, UnitKind::Found(_))
                || doc.cap(n, false)
                || (doc.entity_cue(n).is_some_and(|(e, kind)| {
                    kind == MentionKind::Name
                        && matches!(
                            doc.ent(e).entity.etype,
                            EntityType::State | EntityType::Place
                        )
                }) && doc.capitalised(n)
                    && units.get(k + words + 2).is_some_and(|m| doc.cap(m, true)))
        });
        // "Minister of Government Eduardo del Castillo": a name right after.
        let person_at = |m: usize| {
            units.get(m).is_some_and(|n| {
                matches!(n.kind, UnitKind::Found(e) if doc.ent(e).entity.etype == EntityType::Person)
            })
        };
        let before_comma = words > 0 && doc.is_punct(units, k + words, ",") && name_next;
        let before_name = (1..=2).contains(&words)
            && person_at(k + words)
            && (k..k + words).all(|m| doc.capitalised(&units[m]));
        if before_comma || before_name {
            end = k + words;
        } else if doc.has_at(units, k, |c| *c == Cue::Portfolio) {
            end = k + 1;
        }
    }
    Some(end)
}

/// How many units a participial modifier of an office takes from unit `j` (0 when
/// none): "newly appointed", "democratically elected" (an adverb in -ly and a
/// participle no frame reads as its verb), "junta-appointed", "long-serving" (a word
/// joined by a hyphen to a participle). Only where a noun phrase opens: after a
/// possessive, a demonym or an article ("Niger's junta-appointed prime minister"; not
/// "Benin repeatedly accused President X").
pub fn title_modifier(doc: &Doc<'_>, units: &[Unit], j: usize) -> usize {
    let opens = j > 0
        && (doc.is_word(units, j - 1, &["'s", "'", "the", "a", "an"])
            || doc
                .entity_cue(&units[j - 1])
                .is_some_and(|(_, k)| k == MentionKind::Demonym));
    // A word in lower case naming no entity and no office (the lexicon may know it as
    // a qualifier, "elected", or otherwise, "serving").
    let plain = |k: usize| {
        units.get(k).is_some_and(|u| {
            u.kind != UnitKind::Punct
                && doc.entity_cue(u).is_none()
                && !doc.has(u, |c| *c == Cue::Office)
                && doc.text[u.span.0..u.span.1].starts_with(char::is_lowercase)
        })
    };
    let ends = |k: usize, endings: &[&str]| {
        let w = doc.word(&units[k]);
        w.len() >= 5 && endings.iter().any(|e| w.ends_with(e))
    };
    if !opens || !plain(j) {
        return 0;
    }
    if ends(j, &["ly"])
        && plain(j + 1)
        && ends(j + 1, &["ed"])
        && !doc.has(&units[j + 1], |c| matches!(c, Cue::Verb(..)))
    {
        return 2;
    }
    let touching = |a: usize| units[a].span.1 == units[a + 1].span.0;
    if doc.is_punct(units, j + 1, "-")
        && plain(j + 2)
        && ends(j + 2, &["ed", "ing"])
        && touching(j)
        && touching(j + 1)
    {
        return 3;
    }
    0
}

/// Whether unit `j` is a lowercase word the lexicon does not know, naming a portfolio
/// right before an office: "infrastructure" in "the province's infrastructure
/// minister", "mining" in "Chile's mining minister".
pub fn portfolio_word(doc: &Doc<'_>, units: &[Unit], j: usize) -> bool {
    let word = |j: usize| {
        units.get(j).is_some_and(|u| {
            let w = doc.word(u);
            // Plain words, or words known only as qualifiers or traffic ("commerce").
            (u.kind == UnitKind::Word
                || !doc.has(u, |c| {
                    !matches!(c, Cue::Qualifier | Cue::Traffic | Cue::Portfolio)
                }))
                && doc.entity_cue(u).is_none()
                && w.chars().count() >= 4
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !super::super::english::PREPOSITIONS.contains(&w)
                && !doc.lex.words.not_names.contains(w)
        })
    };
    let office = |j: usize| doc.has_at(units, j, |c| *c == Cue::Office);
    // "Commerce and Industry Minister": two portfolios joined by "and".
    (word(j) && office(j + 1))
        || (word(j) && doc.is_word(units, j + 1, &["and"]) && word(j + 2) && office(j + 3))
        || (doc.is_word(units, j, &["and"]) && j > 0 && word(j - 1) && word(j + 1) && office(j + 2))
}

/// Whether unit `j` is an office written short with its full stop right after it
/// ("Gen.", "Gov.", "Brig."): an abbreviation the sentence splitter keeps.
fn short_office_stop(doc: &Doc<'_>, units: &[Unit], j: usize) -> bool {
    doc.has_at(units, j, |c| *c == Cue::Office)
        && crate::segment::ABBREVIATIONS.contains(&doc.word(&units[j]))
        && doc.is_punct(units, j + 1, ".")
        && units[j].span.1 == units[j + 1].span.0
}

/// Whether a title ends right before unit `i` (within the last few units).
pub(super) fn title_before(doc: &Doc<'_>, units: &[Unit], i: usize) -> bool {
    i > 0
        && (doc.has(&units[i - 1], |c| *c == Cue::Office)
            // "Gov. Dale Whitcomb", "Gen. Pana Claewplodtook": a short office with its
            // full stop.
            || (i >= 2 && short_office_stop(doc, units, i - 2))
            || {
                // "Minister of Foreign Affairs Ishaq Dar".
                doc.has(&units[i - 1], |c| *c == Cue::Portfolio)
                    && (i.saturating_sub(4)..i - 1)
                        .any(|k| doc.has(&units[k], |c| *c == Cue::Office))
            }
            || state_of_title(doc, units, i).is_some())
}

/// The state closing a title right before unit `i` with no comma: "the President of
/// Uzbekistan Shavkat Mirziyoyev", "Prime Minister of Kyrgyzstan Sapar Isakov".
fn state_of_title(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<u32> {
    // An honorific between the title and the name: "… of Armenia Mr. Karen Avagyan".
    let i = if i > 0 && doc.lex.words.honorifics.contains(doc.word(&units[i - 1])) {
        i - 1
    } else {
        i
    };
    (i >= 1 && state_closes_title(doc, units, i - 1))
        .then(|| doc.entity_cue(&units[i - 1]).map(|(e, _)| e))
        .flatten()
}

/// Whether unit `i` is a state's name closing a title: "the President of Uzbekistan",
/// "the Minister of Economy of the Republic of Armenia", "the Chairman of the State
/// Revenue Committee of Armenia" (an office, a portfolio or a body's last word before
/// "of").
pub(super) fn state_closes_title(doc: &Doc<'_>, units: &[Unit], i: usize) -> bool {
    // "of the Republic of Armenia": the state's long name after "the".
    let of = if i >= 1 && doc.is_word(units, i - 1, &["the"]) {
        i - 1
    } else {
        i
    };
    if of < 2 || !doc.is_word(units, of - 1, &["of"]) {
        return false;
    }
    let state = doc.entity_cue(&units[i]).is_some_and(|(e, kind)| {
        kind == MentionKind::Name && doc.ent(e).entity.etype == EntityType::State
    });
    let mut k = of - 2;
    if doc.is_word(units, k, &["the"]) && k > 0 {
        k -= 1;
    }
    state
        && doc.has(&units[k], |c| {
            matches!(c, Cue::Office | Cue::Portfolio | Cue::OrgHead)
        })
}

/// The state named before the title that ends right before unit `i`: "Lithuanian
/// Interior Minister X", "Thailand's Prime Minister X".
pub(super) fn title_state(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<u32> {
    if let Some(e) = state_of_title(doc, units, i) {
        return Some(e);
    }
    let mut k = i;
    while k > 0 {
        let u = &units[k - 1];
        let title_word = doc.has(u, |c| {
            matches!(c, Cue::Office | Cue::Qualifier | Cue::Portfolio)
        }) || doc.is_word(units, k - 1, &["of", "for", "the"]);
        if !title_word {
            break;
        }
        k -= 1;
    }
    let mut j = k.checked_sub(1)?;
    if doc.is_word(units, j, &["'s", "'"]) {
        j = j.checked_sub(1)?;
    }
    let (e, kind) = doc.entity_cue(&units[j])?;
    let state = doc.ent(e).entity.etype == EntityType::State;
    (state && (kind != MentionKind::Name || j + 1 < k)).then_some(e)
}

/// Whether an appositive title follows a comma at `k`: ", a spokesman for …",
/// ", the country's interior minister", ", Pakistan's interior minister".
pub(super) fn appositive_title(doc: &Doc<'_>, units: &[Unit], k: usize) -> bool {
    if !doc.is_punct(units, k, ",") {
        return false;
    }
    if heads_body(doc, units, k + 1) || body_office(doc, units, k + 1) {
        return true;
    }
    let mut j = k + 1;
    let mut skipped = 0;
    while j < units.len() && skipped < 5 {
        let u = &units[j];
        if doc.has(u, |c| *c == Cue::Office) {
            return true;
        }
        let filler = doc.is_word(
            units,
            j,
            &[
                "a",
                "an",
                "the",
                "'s",
                // "Tamaulipas' security spokesman": a possessive after a final "s".
                "'",
                "its",
                "his",
                "her",
                "their",
                "then",
                "former",
                "country",
                "country's",
            ],
        ) || doc.has(u, |c| {
            // (A portfolio: "the interior" is one unit.)
            matches!(
                c,
                Cue::Qualifier | Cue::OwnState | Cue::Entity(..) | Cue::Portfolio
            )
        });
        // "X, Niger's junta-appointed prime minister,".
        let modifier = title_modifier(doc, units, j);
        if modifier > 0 {
            j += modifier;
            skipped += 1;
            continue;
        }
        if !filler {
            return false;
        }
        j += 1;
        skipped += 1;
    }
    false
}

/// Whether units from `k` say who a person heads: "who heads the border guard", "who
/// leads the Estonian police".
pub fn heads_body(doc: &Doc<'_>, units: &[Unit], k: usize) -> bool {
    doc.is_word(units, k, &["who"])
        && units
            .get(k + 1)
            .is_some_and(|u| doc.lex.words.heading_verbs.contains(doc.word(u)))
}

/// Whether units from `k` are a body's office: "the Border Management Authority's
/// commissioner", "the Polish Border Guard's commander" (capitalised words, "'s", then
/// an office within two words).
fn body_office(doc: &Doc<'_>, units: &[Unit], k: usize) -> bool {
    let from = k + doc.is_word(units, k, &["the"]) as usize;
    let run = (from..(from + 6).min(units.len()))
        .take_while(|&j| {
            units
                .get(j)
                .is_some_and(|u| u.kind != UnitKind::Punct && doc.capitalised(u))
        })
        .count();
    let poss = from + run;
    run > 0
        && doc.is_word(units, poss, &["'s", "'"])
        && (poss + 1..(poss + 3).min(units.len()))
            .any(|j| doc.has(&units[j], |c| *c == Cue::Office))
}

/// Whether an office stands within the ten units before a comma at `i - 1`, with no
/// punctuation (but a hyphen inside a word) and no verb between (or a title of
/// portfolios set off by commas ends there).
pub(super) fn office_before_comma(doc: &Doc<'_>, units: &[Unit], i: usize) -> bool {
    i >= 2
        && doc.is_punct(units, i - 1, ",")
        && ((i.saturating_sub(11)..i - 1)
            // (A hyphen inside a word is no break: "envoy for the Belgrade-Pristina
            // dialogue, X".)
            .filter(|&k| {
                !(k + 1..i - 1).any(|m| {
                    (units[m].kind == UnitKind::Punct && !doc.joining_hyphen(units, m))
                        || (doc.has(&units[m], |c| matches!(c, Cue::Verb(..)))
                            && !doc.capitalised(&units[m]))
                })
            })
            .any(|k| doc.has(&units[k], |c| *c == Cue::Office))
            // "Minister of Home Affairs, Immigration, Safety and Security, X": a title
            // whose portfolios hold commas.
            || (i.saturating_sub(16)..i - 1).any(|k| {
                doc.has(&units[k], |c| *c == Cue::Office) && title_end(doc, units, k) == Some(i - 1)
            }))
}

/// "A Houthi official in Saada, Yahya al-Mutawakkil, said": a name at units `i..run`
/// set off by commas before a verb of speech, after an official's or a body's word.
pub(super) fn set_off_speaker(doc: &Doc<'_>, units: &[Unit], i: usize, run: usize) -> bool {
    let officer_before = (i.saturating_sub(7)..i.saturating_sub(1))
        .any(|k| doc.has(&units[k], |c| matches!(c, Cue::Group | Cue::Office)));
    run >= i + 2
        && i > 0
        && officer_before
        && doc.is_punct(units, i - 1, ",")
        && doc.is_punct(units, run, ",")
        && super::speech_verb_at(doc, units, run + 1)
}

/// "Tinashe Mukwena, who accused …": a relative "who" and a verb after the name ending
/// at unit `run` (a relative "who" is said of people).
pub(super) fn who_follows(doc: &Doc<'_>, units: &[Unit], run: usize) -> bool {
    doc.is_punct(units, run, ",")
        && doc.is_word(units, run + 1, &["who"])
        && units
            .get(run + 2)
            .is_some_and(|x| doc.has(x, |c| matches!(c, Cue::Verb(..))))
}
