//! Shapes of names: an organisation's name, a sentence written in capitals, an
//! Arabic article written onto a name.

use super::super::doc::Doc;
use super::super::english::{ADJECTIVE_ENDINGS, PREPOSITIONS};
use super::super::units::{Unit, UnitKind};
use crate::lexicon::{Cue, MentionKind};
use crate::model::EntityType;
use crate::model::Relation;
use crate::text::fold;

/// Joins an Arabic article written onto a discovered name ("al-Qaim", "el-Menfi") to
/// it; the name with the article is another name of the entity.
pub(super) fn with_article(doc: &mut Doc<'_>, units: Vec<Unit>) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::with_capacity(units.len());
    for u in units {
        let n = out.len();
        if let (UnitKind::Found(e), true) = (u.kind, n >= 2) {
            let (article, dash) = (out[n - 2], out[n - 1]);
            let written = &doc.text[article.span.0..article.span.1];
            if doc.is_punct(&out, n - 1, "-")
                && article.span.1 == dash.span.0
                && dash.span.1 == u.span.0
                // Written in lower case, as joined articles are.
                && doc.lex.words.name_articles.contains(written)
            {
                let name = doc.text[article.span.0..u.span.1].to_string();
                doc.add_alias(e, &name);
                out.truncate(n - 2);
                out.push(Unit {
                    folded: (article.folded.0, u.folded.1),
                    span: (article.span.0, u.span.1),
                    kind: u.kind,
                });
                continue;
            }
        }
        out.push(u);
    }
    out
}

/// Whether a sentence is written in capitals ("SOMALIA SHUTS FEERFEER CROSSING,
/// ACCUSES ADDIS …"): its words are no acronyms.
pub(super) fn shouted(doc: &Doc<'_>, units: &[Unit]) -> bool {
    let (mut words, mut caps) = (0, 0);
    for u in units.iter().filter(|u| u.kind != UnitKind::Punct) {
        let w = &doc.text[u.span.0..u.span.1];
        if w.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            continue;
        }
        words += 1;
        caps += usize::from(w.chars().all(|c| !c.is_lowercase()));
    }
    caps >= 3 && caps * 10 >= words * 7
}

/// The end of an organisation's name from unit `i`: capitalised words, where a body
/// word the lexicon knows may stand inside ("State Border Guard Service", "National
/// Police Directorate"); an office may not ("European Council President Charles").
pub(super) fn org_name_end(doc: &Doc<'_>, units: &[Unit], i: usize) -> usize {
    // "Minister of Territorial Administration" names a portfolio, not a body.
    let portfolio = i >= 2
        && doc.is_word(units, i - 1, &["of", "for"])
        && doc.has(&units[i - 2], |c| *c == Cue::Office);
    let mut j = i + usize::from(compass_opens(doc, units, i));
    while j < units.len() && j < i + 5 {
        let u = &units[j];
        let cased = doc.capitalised(u);
        // A body word inside a name ("State Border Guard Service"), or ending one
        // after a name word when it heads organisations ("Libyan National Army"; not
        // a portfolio).
        let body_word = cased
            && matches!(u.kind, UnitKind::Cue(..))
            && doc.entity_cue(u).is_none()
            && doc.has(u, |c| matches!(c, Cue::Group | Cue::Qualifier))
            && ((j + 1 < units.len() && doc.name_end(units, j + 1, 1, false) > j + 1)
                || (j > i && !portfolio && doc.has(u, |c| *c == Cue::OrgHead)));
        if doc.name_end(units, j, 1, false) > j || body_word {
            j = doc.name_end(units, j, 1, false).max(j + 1);
        } else {
            break;
        }
    }
    j
}

/// Whether a capitalised compass point at unit `i` opens a body's name: "South Asian
/// Association for Regional Cooperation", "Northern Freedom Brigade" (not "South of
/// the river", nor "Western officials").
pub(super) fn compass_opens(doc: &Doc<'_>, units: &[Unit], i: usize) -> bool {
    let Some(u) = units.get(i) else { return false };
    if !doc.capitalised(u) || !compass_word(doc, u) {
        return false;
    }
    let end = org_name_end(doc, units, i + 1);
    end > i + 1 && doc.has(&units[end - 1], |c| *c == Cue::OrgHead)
}

/// The settlement noun after one or two capitalised points of the compass at unit `i`
/// that name a region, after a possessive or "the": "Cameroon's East region", "the Far
/// North Region" (not "East Timor", a name the lexicon knows; not "the North").
pub(super) fn compass_region(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    if i == 0 || !doc.is_word(units, i - 1, &["'s", "the"]) {
        return None;
    }
    let point = |k: usize| {
        units.get(k).is_some_and(|u| {
            u.kind != UnitKind::Punct
                && doc.entity_cue(u).is_none()
                && doc.capitalised(u)
                && (compass_word(doc, u) || doc.lex.words.place_adjectives.contains(doc.word(u)))
        })
    };
    let last = (i..i + 2).take_while(|&k| point(k)).last()?;
    let points = (i..=last).any(|k| compass_word(doc, &units[k]));
    let noun = last + 1;
    // Not "Western capitals", "the Eastern area".
    (points
        && doc.has_at(units, noun, |c| *c == Cue::SettlementNoun)
        && units
            .get(noun)
            .is_some_and(|u| !doc.lex.words.not_compass_regions.contains(doc.word(u))))
    .then_some(noun)
}

/// Whether unit `k` is a capitalised point of the compass ending a name before a
/// crossing head: "Calexico West port of entry", "Nogales East crossing".
pub(super) fn compass_suffix(doc: &Doc<'_>, units: &[Unit], k: usize) -> bool {
    units
        .get(k)
        .is_some_and(|u| doc.capitalised(u) && doc.lex.words.compass_points.contains(doc.word(u)))
        && super::crossings::crossing_head(doc, units, k + 1)
}

/// Whether a unit is a point of the compass or an adjective of one ("South",
/// "Northern").
fn compass_word(doc: &Doc<'_>, u: &Unit) -> bool {
    let w = doc.word(u);
    doc.lex.words.compass.contains(w) || doc.lex.words.compass_points.contains(w)
}

/// The end of a name from unit `i` that an acronym in brackets right after it defines:
/// "Inter-Services Public Relations (ISPR)", "Ta'ang National Liberation Army
/// (TNLA)". The acronym's letters are the first letters of the name's capitalised
/// words, in order.
pub(super) fn defined_acronym(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    let end = doc.name_end(units, i, 6, false);
    if end < i + 2 || !doc.is_punct(units, end, "(") || !doc.is_punct(units, end + 2, ")") {
        return None;
    }
    let acronym = &doc.text[units[end + 1].span.0..units[end + 1].span.1];
    if !(2..=6).contains(&acronym.chars().count())
        || !acronym.chars().all(|c| c.is_ascii_uppercase())
    {
        return None;
    }
    let name = &doc.text[units[i].span.0..units[end - 1].span.1];
    let initials: String = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    (initials == acronym).then_some(end)
}

/// Where the name ends when the unknown capitalised words at `i..run` are given names
/// before a known person's one-word surname at `run`: "Crescencio Nsue Obama" is not
/// Barack Obama. Not when the words are part of a name the person is known by, nor
/// when they are not plain name words (a weekday, a title).
pub(super) fn other_bearer(doc: &Doc<'_>, units: &[Unit], i: usize, run: usize) -> Option<usize> {
    if run <= i || run - i > 3 {
        return None;
    }
    let (p, kind) = units.get(run).and_then(|u| doc.entity_cue(u))?;
    let person = doc.ent(p);
    if kind != MentionKind::Name
        || person.entity.etype != EntityType::Person
        || doc.original(units, run, run + 1).contains(' ')
        || doc.is_found(p)
    {
        return None;
    }
    let given = fold(doc.original(units, i, run));
    // Whole words: "Ann" is no part of "Joanna Obama".
    let known = std::iter::once(&person.entity.label)
        .chain(person.entity.aliases.iter())
        .any(|n| {
            let name: Vec<String> = fold(n).split_whitespace().map(str::to_string).collect();
            let words: Vec<&str> = given.split_whitespace().collect();
            !words.is_empty()
                && name
                    .windows(words.len())
                    .any(|w| w.iter().zip(&words).all(|(a, b)| a == b))
        });
    let plain = (i..run).all(|k| {
        units[k].kind == UnitKind::Word
            && !doc.lex.words.not_names.contains(doc.word(&units[k]))
            && !super::super::dates::WEEKDAYS.contains(&doc.word(&units[k]))
    });
    (!known && plain).then_some(run + 1)
}

/// The end of a business's name from unit `i` when an apposition after it says what
/// it is: "Zorak Transit, a haulage company", "Kokcha Transit, an Afghan haulage
/// firm" — capitalised words (known words too, not entities), a comma, an article and
/// within a few words a noun the lexicon knows as a business's (`business_nouns`).
pub(super) fn business_name_end(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    let run = doc.name_end(units, i, 4, false);
    if run < i + 2 || !doc.is_punct(units, run, ",") {
        return None;
    }
    if !doc.is_word(units, run + 1, &["a", "an", "the"]) {
        return None;
    }
    // The apposition's head: the last word before "of", "that", "which", "who", a
    // preposition or the end of the apposition.
    let head = (run + 2..(run + 7).min(units.len()))
        .take_while(|&k| {
            units[k].kind != UnitKind::Punct
                && !doc.is_word(units, k, &["of", "that", "which", "who", "whose"])
                && !doc.is_word(units, k, PREPOSITIONS)
        })
        .last()?;
    doc.lex
        .words
        .business_nouns
        .contains(doc.word(&units[head]))
        .then_some(run)
}

/// The last unit of an acronym nobody defined that opens at unit `i` and ends the run
/// of capitalised words ending at `word_run`: "the RSF", "TTP fighters"; acronyms joined
/// by a hyphen are one name ("the CPN-UML", "ZANU-PF", "SPLM-IO"), unless a noun after
/// them makes them a pair ("the ANC-DA coalition").
pub(super) fn undefined_acronym(
    doc: &Doc<'_>,
    units: &[Unit],
    i: usize,
    word_run: usize,
) -> Option<usize> {
    let acronym = |k: usize| {
        units.get(k).is_some_and(|u| {
            let w = &doc.text[u.span.0..u.span.1];
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            u.kind == UnitKind::Word
                && (2..=6).contains(&letters)
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
    };
    let joined = |k: usize| {
        doc.is_punct(units, k, "-")
            && units[k - 1].span.1 == units[k].span.0
            && units
                .get(k + 1)
                .is_some_and(|n| n.span.0 == units[k].span.1)
            && acronym(k + 1)
    };
    let mut last = i;
    while joined(last + 1) {
        last += 2;
    }
    if units
        .get(last + 1)
        .is_some_and(|n| doc.lex.words.pairing_nouns.contains(doc.word(n)))
    {
        last = i;
    }
    (acronym(i) && word_run == last + 1).then_some(last)
}

/// The end of a body's name that a place's name opens before a body the lexicon knows
/// by a generic name: "West Papua National Liberation Army" (the place at unit `i`,
/// then a known body of two or more words ending in a body's word, mid-sentence). A
/// state's name before a body stays the state's ("Kenya Defence Forces").
pub(super) fn place_body(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    let (place, kind) = units.get(i).and_then(|u| doc.entity_cue(u))?;
    if i == 0 || kind != MentionKind::Name || doc.ent(place).entity.etype != EntityType::Place {
        return None;
    }
    let (body, kind) = units.get(i + 1).and_then(|u| doc.entity_cue(u))?;
    // (As written: the lexicon may label it by its acronym.)
    let label = doc.original(units, i + 1, i + 2);
    let generic = label.split_whitespace().count() >= 2
        && label.split_whitespace().last().is_some_and(|w| {
            doc.lex
                .words
                .org_heads
                .contains(crate::text::fold(w).as_str())
        });
    (kind == MentionKind::Name
        && doc.ent(body).entity.etype == EntityType::Organisation
        && generic
        && units[i].span.1 < units[i + 1].span.0
        && doc.text[units[i].span.1..units[i + 1].span.0]
            .trim()
            .is_empty())
    .then_some(i + 2)
}

/// Where a person's name ends when a known person's surname after a title is followed
/// by more of a name: "Colonel Issoufou Garba Maïga" is not the known Maïga.
pub(super) fn past_known_surname(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    let (p, kind) = units.get(i).and_then(|u| doc.entity_cue(u))?;
    let longer = kind == MentionKind::Name
        && doc.ent(p).entity.etype == EntityType::Person
        && super::titles::title_before(doc, units, i)
        && units.get(i + 1).is_some_and(|x| doc.cap(x, true));
    Some(doc.person_end(units, i + 1, 3)).filter(|&run| longer && run > i + 1)
}

/// Whether the unknown capitalised words at units `i..run` name an armed group: right
/// before a noun of armed men written in lower case (words.toml `armed_group_nouns`):
/// "accused Misseriya militias", "blamed Katiba Macina fighters" (the caller checks
/// they stand mid-sentence, where a capital is a name's); not an adjective of a people
/// or region ("the Kurdish militia", "Ambazonian separatists").
pub(super) fn armed_group(doc: &Doc<'_>, units: &[Unit], i: usize, run: usize) -> bool {
    run > i
        && (i..run).all(|k| {
            let w = doc.word(&units[k]);
            units[k].kind == UnitKind::Word
                && doc.entity_cue(&units[k]).is_none()
                && !ADJECTIVE_ENDINGS.iter().any(|x| w.ends_with(x))
        })
        && units.get(run).is_some_and(|x| {
            doc.lex.words.armed_group_nouns.contains(doc.word(x))
                && doc
                    .original(units, run, run + 1)
                    .starts_with(char::is_lowercase)
        })
}

/// Whether the unknown capitalised word at unit `i` names a body that speaks: right
/// before a verb of accusing, denying or condemning written in lower case, maybe after
/// an auxiliary ("In a statement, Rosselkhoznadzor accused China …", "In Erbil,
/// Asayish has denied").
pub(super) fn lone_speaker(doc: &Doc<'_>, units: &[Unit], i: usize) -> bool {
    // Right after a fronted adjunct set off by a comma, whose clause opens the sentence
    // with a preposition ("In a statement published late on Wednesday, …"): where the
    // main clause's subject stands (not the last word of a longer name, "General
    // Authority for Border Protection denied", nor a day, "on Tuesday accused").
    let fronted = i > 1
        && doc.is_punct(units, i - 1, ",")
        && (0..i - 1).all(|k| units[k].kind != UnitKind::Punct)
        && PREPOSITIONS.contains(&doc.word(&units[0]));
    if !fronted || super::super::english::date_word(doc.word(&units[i])) {
        return false;
    }
    // A singular verb's subject, not a people ("In Rakhine, Rohingya have accused",
    // "Kukis condemned"), nor a surname of a name written in full elsewhere in the text
    // ("On Wednesday, Mulino denied" after "José Raúl Mulino").
    let word = doc.original(units, i, i + 1);
    let acronym = word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    if !acronym && word.ends_with('s') || surname_elsewhere(doc, word) {
        return false;
    }
    let v = if doc.is_word(units, i + 1, &["has", "had", "also"]) {
        i + 2
    } else {
        i + 1
    };
    let says = doc.has_at(
        units,
        v,
        |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS),
    );
    units.get(v).is_some_and(|x| !doc.cap(x, false)) && speech_verb_at(doc, units, v) && !says
}

/// Whether `word` stands somewhere in the text, as a whole word, right after another
/// capitalised word the lexicon does not know, as the last of a name written in full
/// ("José Raúl Mulino"; not "the Kurdish Asayish").
fn surname_elsewhere(doc: &Doc<'_>, word: &str) -> bool {
    let text = doc.text;
    text.match_indices(word).any(|(at, _)| {
        let whole = !text[at + word.len()..].starts_with(char::is_alphanumeric);
        let Some(before) = text[..at].strip_suffix(' ') else {
            return false;
        };
        let prev = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
            .next()
            .unwrap_or("");
        whole && prev.starts_with(char::is_uppercase) && doc.lex.lookup_name(prev).is_empty()
    })
}

/// Whether unit `k` is a verb of an act of speech (see [`speech_act`]).
pub(super) fn speech_verb_at(doc: &Doc<'_>, units: &[Unit], k: usize) -> bool {
    doc.has_at(
        units,
        k,
        |c| matches!(c, Cue::Verb(r, _) if speech_act(doc, *r)),
    )
}

/// Whether a relation's verbs are acts of speech only people and bodies perform
/// (saying, accusing, denying, condemning), as opposed to closing or bordering.
fn speech_act(doc: &Doc<'_>, r: Relation) -> bool {
    doc.lex.frame(r).is_some_and(|f| {
        f.subject.contains(EntityType::Person)
            && !f.state_acts
            && !f.object.contains(EntityType::Crossing)
            && !f.object.contains(EntityType::Place)
    })
}

/// Where a person's name ends when it opens with a town's name at unit `i` ("Liang
/// Zhiqiang, Zhuhai's vice-mayor, …"): one or two capitalised words after the town
/// (unknown, or names the lexicon knows), then an apposition set off by commas, with
/// an office and no verb.
pub(super) fn town_opens_person(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    if !doc.gazetteer_town_word(&units[i]) {
        return None;
    }
    // ("Ariel Vargas Terrazas, a spokesman for …": a word of the name may be a name the
    // lexicon knows too.)
    let unknown = |k: usize| {
        units.get(k).is_some_and(|u| {
            (u.kind == UnitKind::Word || doc.known_name_word(u))
                && doc.capitalised(u)
                && !doc.is_particle(u)
        })
    };
    let end = (i + 1..i + 3).take_while(|&k| unknown(k)).last()? + 1;
    if !doc.is_punct(units, end, ",") {
        return None;
    }
    // The apposition closes with a comma before any verb ("Herat Airport, a provincial
    // spokesman said, was closed" is no person).
    let close = (end + 1..(end + 12).min(units.len()))
        .take_while(|&k| !doc.has(&units[k], |c| matches!(c, Cue::Verb(..))))
        .find(|&k| doc.is_punct(units, k, ","))?;
    (end + 1..close)
        .any(|k| doc.has(&units[k], |c| *c == Cue::Office))
        .then_some(end)
}

/// "South Africa's Border Management Authority": the state whose possessive ends the
/// units read so far (`skip` units back), which owns the body named next when its
/// head noun (`head`) names a state's organ (words.toml `office_bodies` and
/// `organ_heads`; not "Cameroon's Ambazonia Defence Forces").
pub(super) fn possessive_owner(
    doc: &Doc<'_>,
    out: &[Unit],
    skip: usize,
    head: &str,
) -> Option<u32> {
    let words = &doc.lex.words;
    let organ = words.office_bodies.contains(head) || words.organ_heads.contains(head);
    if !organ {
        return None;
    }
    let n = out.len().checked_sub(skip + 2)?;
    let (st, m) = doc
        .entity_cue(&out[n])
        .filter(|_| doc.word(&out[n + 1]) == "'s")?;
    (m == MentionKind::Name && doc.ent(st).entity.etype == EntityType::State).then_some(st)
}
