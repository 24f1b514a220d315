//! Where a verb's subject is: the phrase in subject position before it, past
//! auxiliaries, asides, relative clauses and attributions.

use super::words::{AUXILIARIES, CLAUSE_OPENERS};
use super::*;

/// Whether phrase `p` stands where a clause subject can stand.
pub fn subject_position(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> bool {
    let a = s.phrases[p].start;
    let Some(prev) = a.checked_sub(1).map(|k| &s.units[k]) else {
        return true;
    };
    if prev.kind == UnitKind::Punct {
        return doc.word(prev) != "'";
    }
    let w = doc.word(prev);
    if w == "whose" {
        return false;
    }
    // "The government's spokesman, Ahmed Mulla Talal, called": a common noun's
    // possessive (and its article) before the phrase belongs to it.
    if w == "'s" && a >= 2 && s.units[a - 2].kind != UnitKind::Punct {
        let mut b = a - 2;
        if b > 0 && doc.is_word(s.units, b - 1, &["the", "a", "an", "this", "that"]) {
            b -= 1;
        }
        return b == 0
            || s.units[b - 1].kind == UnitKind::Punct
            || CLAUSE_OPENERS.contains(&doc.word(&s.units[b - 1]));
    }
    // "charging that Riyadh had breached": a verb read with its "that" as one unit
    // opens the clause too.
    if CLAUSE_OPENERS.contains(&w)
        || w.ends_with(" that")
        || doc.has(
            prev,
            |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS),
        )
    {
        return true;
    }
    // "On Saturday the State Border Service …", "In March 2024 Peru …": a time fronted
    // without a comma (a preposition, then only date words and numbers).
    if fronted_time(doc, s, a) {
        return true;
    }
    // A few plain words at the start of the sentence or clause are modifiers:
    // "Baltic nations Estonia and Latvia", "Nearby Estonia".
    let mut k = a;
    let mut n = 0;
    while k > 0 {
        let u = &s.units[k - 1];
        if u.kind == UnitKind::Punct {
            break;
        }
        if u.kind != UnitKind::Word
            || PREPOSITIONS.contains(&doc.word(u))
            || DETERMINERS.contains(&doc.word(u)) && n > 0
        {
            return false;
        }
        n += 1;
        k -= 1;
    }
    n <= 2 && !PREPOSITIONS.contains(&w)
}

/// Whether the words before unit `a` (and an article or a plain word of the phrase's
/// own, "the State") are a time that opens the sentence or clause: "On Saturday",
/// "In March 2024", "Last week".
fn fronted_time(doc: &Doc<'_>, s: &Sentence<'_>, a: usize) -> bool {
    let mut k = a;
    // "On Saturday the State Border Service": the phrase's article and one plain word.
    if k > 0 && doc.is_word(s.units, k - 1, &["the"]) {
        k -= 1;
    } else if k > 1
        && doc.is_word(s.units, k - 2, &["the"])
        && s.units[k - 1].kind != UnitKind::Punct
    {
        k -= 2;
    }
    let end = k;
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    while k > 0 && s.units[k - 1].kind == UnitKind::Word {
        let w = doc.word(&s.units[k - 1]);
        if !(date_word(w) || number(w)) || w == "on" {
            break;
        }
        k -= 1;
    }
    // At least one word naming a time ("On 9 January", not "On 9").
    let named = (k..end).any(|j| date_word(doc.word(&s.units[j])));
    if !named {
        return false;
    }
    if k > 0 && doc.is_word(s.units, k - 1, &["on", "in", "at", "by", "during", "since"]) {
        k -= 1;
    }
    k == 0 || s.units[k - 1].kind == UnitKind::Punct && !doc.is_punct(s.units, k - 1, "'")
}

/// Whether only auxiliaries, adverbs, hedges and negations stand between units `from`
/// and `to`, past one short adjunct of how or when it was said right after `from`
/// ("Azerbaijan in a statement claimed", "Kyiv at a briefing on Monday said"):
/// "in"/"at"/"during" and up to four words that name nothing. Not after a phrase that
/// is itself a preposition's object ("Migrants held in Libya in recent months
/// accused", "Kenya sent troops to Somalia"), nor one of purpose ("in a bid to
/// close").
pub fn adjunct_between(doc: &Doc<'_>, s: &Sentence<'_>, p: usize, to: usize) -> bool {
    let (start, from) = (s.phrases[p].start, s.phrases[p].end);
    let governed = start > 0
        && PREPOSITIONS.contains(&doc.word(&s.units[start - 1]))
        && !doc.is_word(s.units, start - 1, &["of"]);
    if governed || !doc.is_word(s.units, from, &["in", "at", "during"]) {
        return false;
    }
    let plain = |k: usize| {
        let u = &s.units[k];
        u.kind != UnitKind::Punct
            && s.phrase(k).is_none()
            && doc.entity_cue(u).is_none()
            && !doc.has(u, |c| matches!(c, Cue::Verb(..) | Cue::Governor(_)))
            && !AUXILIARIES.contains(&doc.word(u))
            && !CLAUSE_OPENERS.contains(&doc.word(u))
    };
    let mut k = from + 1;
    while k < to && k - from <= 4 && plain(k) {
        k += 1;
    }
    // (Not an adjunct of purpose: "in a bid to close".)
    let purpose =
        (from + 1..k).any(|j| doc.lex.words.purpose_nouns.contains(doc.word(&s.units[j])));
    k > from + 1 && !purpose && only_aux_between(doc, s, k, to)
}

/// Whether only auxiliaries, adverbs, hedges and negations stand between units `from`
/// and `to`.
pub fn only_aux_between(doc: &Doc<'_>, s: &Sentence<'_>, from: usize, to: usize) -> bool {
    (from..to).all(|k| {
        let u = &s.units[k];
        let w = doc.word(u);
        u.kind != UnitKind::Punct
            && (AUXILIARIES.contains(&w)
                || went_on_to(doc, s, k)
                || (u.kind == UnitKind::Word && w.ends_with("ly"))
                || date_word(w)
                || doc.has(u, |c| matches!(c, Cue::Hedge | Cue::Negation)))
    })
}

/// Whether unit `k` is the "went" (or "go", "goes", "going", "gone") of "went on to"
/// (callers ask only between a subject and its verb: "went on to accuse"). The "on"
/// and "to" after it are skipped as a date word and an auxiliary.
fn went_on_to(doc: &Doc<'_>, s: &Sentence<'_>, k: usize) -> bool {
    doc.is_word(s.units, k, &["went", "go", "goes", "going", "gone"])
        && doc.is_word(s.units, k + 1, &["on"])
        && doc.is_word(s.units, k + 2, &["to"])
}

/// The subject of the verb at unit `v`: the nearest phrase to the left that stands in
/// subject position or directly before the verb. Returns the phrase index.
pub fn subject_of(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> Option<usize> {
    // "the nation entered …": a common noun right before the verb is its subject.
    let mut k = v;
    while k > 0 {
        k -= 1;
        let u = &s.units[k];
        let w = doc.word(u);
        if u.kind == UnitKind::Word
            && s.phrase(k).is_none()
            && (AUXILIARIES.contains(&w)
                || w.ends_with("ly")
                || date_word(w)
                || w.chars().all(|c| c.is_ascii_digit())
                // "and has since sealed", "and then closed".
                || matches!(w, "since" | "then" | "also" | "now" | "later" | "subsequently"))
        {
            continue;
        }
        // "had for her part accused", "has in turn blamed": a parenthesis between the
        // auxiliary and the verb.
        if k >= 2
            && ((w == "part"
                && doc.is_word(s.units, k - 1, &["its", "her", "his", "their", "our", "my"])
                && doc.is_word(s.units, k - 2, &["for"]))
                || (doc.is_word(s.units, k - 1, &["in"])
                    && matches!(w, "turn" | "response" | "return" | "reply")))
        {
            k -= if w == "part" { 2 } else { 1 };
            continue;
        }
        // "went on to allege", "then went on to accuse": the verb takes the subject
        // of "went".
        if went_on_to(doc, s, k) {
            continue;
        }
        // "has in the past blamed", "had at the time accused": a time between the
        // auxiliary and the verb.
        if k >= 2
            && doc.is_word(s.units, k - 1, &["the"])
            && matches!(
                (doc.word(&s.units[k - 2]), w),
                ("in", "past") | ("at", "time") | ("in", "meantime")
            )
        {
            k -= 2;
            continue;
        }
        // "has for years accused", "have in recent months blamed": a stretch of time
        // after an auxiliary (not "migrants held in Libya for months accused").
        let span = matches!(w, "years" | "decades" | "months" | "weeks" | "days");
        let after_aux = |words: &[&str]| {
            let n = words.len();
            k > n
                && (1..=n).all(|d| doc.is_word(s.units, k - d, &[words[d - 1]]))
                && doc.is_word(s.units, k - n - 1, AUXILIARIES)
        };
        if span && after_aux(&["for"]) {
            k -= 1;
            continue;
        }
        if span && after_aux(&["recent", "in"]) {
            k -= 2;
            continue;
        }
        // "Greece closed Kastanies, and has since sealed its border": a verb after
        // "and"/"but" with no subject of its own shares the sentence's first one.
        if matches!(w, "and" | "but") && k >= 2 && doc.is_punct(s.units, k - 1, ",") {
            if let Some(p) = main_subject(doc, s, k) {
                return Some(p);
            }
        }
        // "Venezuela suspended the ferry on Tuesday and accused Trinidad …": with no
        // comma, the subject of the verb the clause before "and" was built on.
        if w == "and" && k >= 2 && s.phrase(k - 1).is_none_or(|p| !subject_position(doc, s, p)) {
            // The first finite verb back to a comma: "Chad reopened the crossing that
            // Sudan's army closed and accused …" is Chad's.
            let earlier = (0..k)
                .rev()
                .take_while(|&j| !doc.is_punct(s.units, j, ","))
                .filter(|&j| doc.has(&s.units[j], |c| matches!(c, Cue::Verb(_, f) if finite(f))))
                .last();
            if let Some(p) = earlier.and_then(|j| subject_of(doc, s, j)) {
                return Some(p);
            }
        }
        if doc.has(u, |c| matches!(c, Cue::Hedge | Cue::Negation)) {
            continue;
        }
        // "Latvia says …, weighs closing Silene": a verb right after a comma with no
        // subject of its own shares the sentence's first one.
        // Not a finite verb after a comma that closes a relative clause: "Both the KRG
        // and the Arab League, of which Iraq is a founding member, condemned" (a
        // participle still goes with the sentence's subject: "the KIA condemned a strike
        // on the market, which killed four, describing it as …").
        let finite_after_relative = || {
            s.units
                .get(k + 1)
                .is_some_and(|u| !doc.word(u).ends_with("ing"))
                && closes_relative(doc, s, k)
        };
        if doc.is_punct(s.units, k, ",") && k < v && !finite_after_relative() {
            let verb_next = doc.has(&s.units[k + 1], |c| matches!(c, Cue::Verb(..) | Cue::Hedge));
            if verb_next {
                if let Some(p) = main_subject(doc, s, k) {
                    return Some(p);
                }
            }
        }
        let content = u.kind == UnitKind::Word
            && s.phrase(k).is_none()
            && !PREPOSITIONS.contains(&w)
            && !CLAUSE_OPENERS.contains(&w)
            && !DETERMINERS.contains(&w)
            && !w.chars().all(|c| c.is_ascii_digit());
        // "Ukraine in an interview accused": past the adjunct to the phrase before it.
        let adjunct = (k.saturating_sub(5)..k).any(|j| {
            j > 0
                && s.phrase(j - 1)
                    .is_some_and(|q| s.phrases[q].end == j && adjunct_between(doc, s, q, v))
        });
        if content && !adjunct {
            return named_and_common(doc, s, k);
        }
        break;
    }
    nearest_subject(doc, s, v)
}

/// "Governor X and a group of clan elders said": a named phrase in subject position,
/// joined by "and" to a common noun phrase (a determiner, then words naming no one)
/// ending at unit `k`, speaks too.
fn named_and_common(doc: &Doc<'_>, s: &Sentence<'_>, k: usize) -> Option<usize> {
    let and = (k.saturating_sub(7)..k)
        .rev()
        .take_while(|&j| {
            let u = &s.units[j];
            s.phrase(j).is_none()
                && u.kind != UnitKind::Punct
                && !doc.has(u, |c| matches!(c, Cue::Verb(..)))
        })
        .find(|&j| doc.is_word(s.units, j, &["and"]))?;
    let p = s.phrase(and.checked_sub(1)?)?;
    (s.phrases[p].end == and
        && matches!(s.phrases[p].head, Head::Ent(..))
        && doc.is_word(s.units, and + 1, DETERMINERS)
        && subject_position(doc, s, p))
    .then_some(p)
}

/// The phrase of a state's or organisation's body named with its owner ("China's
/// embassy", "the Polish ambassador") right before "in", "to" or "at" and the phrase
/// `p`: "China's embassy in Manila", "Iran's mission to the United Nations".
fn body_before_place(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> Option<usize> {
    let mut at = s.phrases[p].start.checked_sub(1)?;
    if doc.is_word(s.units, at, &["the"]) {
        at = at.checked_sub(1)?;
    }
    if !doc.is_word(s.units, at, &["in", "to", "at"]) {
        return None;
    }
    let mut end = at.checked_sub(1)?;
    // "The East African Community secretariat in Arusha": the body's noun after the
    // name that owns it.
    let body_noun = s.phrase(end).is_none()
        && doc.text[s.units[end].span.0..].starts_with(char::is_lowercase)
        && doc
            .lex
            .words
            .office_bodies
            .contains(doc.word(&s.units[end]));
    if body_noun {
        end = end.checked_sub(1)?;
    }
    let q = s.phrase(end)?;
    let body = &s.phrases[q];
    let owner_named = matches!(
        body.head,
        Head::Ent(e, MentionKind::Name | MentionKind::Demonym)
            if matches!(doc.etype(e), EntityType::State | EntityType::Organisation)
    );
    (owner_named && !body.possessive && (body_noun || body.end - body.start >= 2)).then_some(q)
}

/// Whether the comma at `k` closes a relative clause another comma opened: ", which
/// …,", ", of which Iraq is a member,".
/// Only one that hangs off the subject, nothing but names, articles and "and" before
/// it: not "Sudan recalled its ambassador to Kenya, which hosted the RSF leader,
/// accused Nairobi …".
fn closes_relative(doc: &Doc<'_>, s: &Sentence<'_>, k: usize) -> bool {
    let open = (k.saturating_sub(25)..k)
        .rev()
        .find(|&j| doc.is_punct(s.units, j, ","));
    open.is_some_and(|j| {
        let relative = doc.is_word(s.units, j + 1, RELATIVES)
            || (PREPOSITIONS.contains(&doc.word(&s.units[j + 1]))
                && doc.is_word(s.units, j + 2, &["which", "whom"]));
        let subject_only = (0..j).all(|m| {
            s.phrase(m).is_some()
                || doc.is_word(s.units, m, DETERMINERS)
                || doc.is_word(s.units, m, &["and", "or", "both", "either", "neither"])
        });
        relative && subject_only
    })
}

/// The first phrase of the sentence, before unit `before`, that is a clause subject
/// followed by a verb of saying or of a frame: the sentence's main subject.
fn main_subject(doc: &Doc<'_>, s: &Sentence<'_>, before: usize) -> Option<usize> {
    // A semicolon opens another clause with a subject of its own: "Iraq accuses Turkey
    // …; Ankara denies, blames PKK".
    let clause = (0..before)
        .rev()
        .find(|&j| doc.is_punct(s.units, j, ";"))
        .map_or(0, |j| j + 1);
    // ("Pakistan accuses Kabul of shelling; summons envoy, shuts Torkham": a clause
    // with no subject of its own shares the first one.)
    main_subject_from(doc, s, clause, before).or_else(|| {
        (clause > 0)
            .then(|| main_subject_from(doc, s, 0, before))
            .flatten()
    })
}

/// [`main_subject`] among the phrases from unit `clause` on.
fn main_subject_from(
    doc: &Doc<'_>,
    s: &Sentence<'_>,
    clause: usize,
    before: usize,
) -> Option<usize> {
    let p = (0..s.phrases.len()).find(|&p| {
        let ph = &s.phrases[p];
        let bare_demonym =
            matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) && ph.end - ph.start == 1;
        ph.start >= clause
            && ph.end <= before
            && !ph.possessive
            && !bare_demonym
            && !describes_thing(doc, s, ph.start)
            && subject_position(doc, s, p)
    })?;
    let e = s.phrases[p].end;
    let verb = (e..(e + 4).min(before)).any(|k| {
        doc.has(&s.units[k], |c| {
            matches!(
                c,
                Cue::Verb(..) | Cue::Governor(_) | Cue::Stative(_) | Cue::Hedge
            )
        }) || doc.is_word(
            s.units,
            k,
            &[
                "has", "have", "had", "is", "are", "was", "were", "will", "would",
            ],
        )
    });
    verb.then_some(p)
}

/// The nearest phrase left of unit `v` that stands in subject position or right
/// before `v`.
pub fn nearest_subject(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> Option<usize> {
    let mut k = v;
    while k > 0 {
        k -= 1;
        // "Faction blames US and Israel; coalition rejects claims": a semicolon ends
        // the clause the subject stood in, unless the verb after it has no subject of
        // its own ("Pakistan closes Torkham; blames Kabul for clashes").
        if doc.is_punct(s.units, k, ";") {
            let bare = (k + 1..v).all(|j| {
                let w = doc.word(&s.units[j]);
                s.phrase(j).is_none()
                    && (AUXILIARIES.contains(&w)
                        || matches!(
                            w,
                            "and"
                                | "also"
                                | "then"
                                | "now"
                                | "later"
                                | "again"
                                | "separately"
                                | "reportedly"
                                | "meanwhile"
                        ))
            });
            if !bare {
                return None;
            }
        }
        // "Finland, which has closed … and accuses Moscow": the antecedent; "Iraq,
        // whose region was hit …, has condemned": past the relative clause.
        if doc.is_word(s.units, k, &["which", "who", "whose"]) {
            let mut j = k;
            while j > 0 && doc.is_punct(s.units, j - 1, ",") {
                j -= 1;
            }
            let mut a = j.checked_sub(1)?;
            // "The US Treasury, which imposed sanctions on …": a body (or a title's word
            // that names one, words.toml `body_qualifiers`) after its state's name,
            // outside the name's phrase ("Kenya's opposition, which …" is none).
            if s.phrase(a).is_none()
                && a > 0
                && (doc.has(&s.units[a], |c| *c == Cue::Group)
                    || doc
                        .lex
                        .words
                        .body_qualifiers
                        .contains(doc.word(&s.units[a])))
            {
                a -= 1;
            }
            return s.phrase(a);
        }
        // "The Arab League, which readmitted Syria in May, condemned", "ECCAS, to which
        // both countries belong, condemned": past a relative clause set off by commas.
        if doc.is_punct(s.units, k, ",") && (k + 1..v).all(|j| s.units[j].kind == UnitKind::Word) {
            let open = (k.saturating_sub(25)..k).rev().find(|&j| {
                doc.is_punct(s.units, j, ",")
                    && (doc.is_word(s.units, j + 1, &["which", "who", "whose"])
                        || (PREPOSITIONS.contains(&doc.word(&s.units[j + 1]))
                            && doc.is_word(s.units, j + 2, &["which", "whom"])))
            });
            // "The Economic Community … (ECCAS), to which": past the acronym.
            let named = |j: usize| {
                let e = if j > 0 && doc.is_punct(s.units, j - 1, ")") {
                    (j.saturating_sub(5)..j - 1)
                        .rev()
                        .find(|&m| doc.is_punct(s.units, m, "("))
                        .unwrap_or(j)
                } else {
                    j
                };
                e.checked_sub(1).and_then(|m| s.phrase(m))
            };
            if let Some(j) = open {
                let inner = (j + 1..k).any(|m| doc.is_punct(s.units, m, ","));
                if let Some(p) = named(j).filter(|_| !inner) {
                    return Some(p);
                }
            }
        }
        // "Zambia, he said, would not impose sanctions": past a speaker's attribution
        // set off by commas ("he said", "Dacic added"), to the clause's own subject when
        // a name the article knows stands right before it (for "the police, he said,
        // could close", the speaker's side is the best reading).
        if doc.is_punct(s.units, k, ",")
            && k >= 3
            && (k + 1..v).all(|j| s.units[j].kind != UnitKind::Punct)
            && doc.is_statement_verb(&s.units[k - 1])
        {
            let speaker = s.phrase(k - 2).map(|q| s.phrases[q].start);
            let named = |a: usize| a >= 2 && s.phrase(a - 2).is_some();
            if let Some(a) = speaker.filter(|&a| named(a) && doc.is_punct(s.units, a - 1, ",")) {
                k = a - 1;
                continue;
            }
        }
        // "The SDF, a U.S.-backed alliance dominated by the YPG, also rejected": past
        // the apposition to the phrase it describes.
        if doc.is_punct(s.units, k, ",") && (k + 1..v).all(|j| s.units[j].kind == UnitKind::Word) {
            let open = (k.saturating_sub(20)..k).rev().find(|&j| {
                // "The Syrian Democratic Forces (SDF), a …": past the acronym too.
                let e = if j > 0 && doc.is_punct(s.units, j - 1, ")") {
                    j - 1
                } else {
                    j
                };
                // (Not "In Minsk, a spokesman, Anton Kavalenka, denied": a name after a
                // preposition is described by no apposition.)
                let after_prep = |a: usize| {
                    before_article(doc, s.units, a)
                        .is_some_and(|b| PREPOSITIONS.contains(&doc.word(&s.units[b])))
                };
                doc.is_punct(s.units, j, ",")
                    && e > 0
                    && s.phrase(e - 1).is_some_and(|q| {
                        s.phrases[q].end >= e - 1 && !after_prep(s.phrases[q].start)
                    })
                    && (doc.is_word(s.units, j + 1, &["a", "an", "the"])
                        // "Hilário Chaúque, spokesman for the police (PRM) in Zambézia,
                        // rejected": a title without an article.
                        || (doc.has_at(s.units, j + 1, |c| matches!(c, Cue::Office | Cue::Qualifier))
                            && s.phrase(e - 1).is_some_and(|q| {
                                matches!(s.phrases[q].head, Head::Ent(p, _) if doc.etype(p) == EntityType::Person)
                            })))
                    // "X, the United Arab Emirates, Y and Z" is a list, not an apposition
                    // ("X, the SSPDF spokesman, denied" is).
                    && s.phrase(j + 2).is_none_or(|q| {
                        let end = s.phrases[q].end;
                        let more = doc.is_punct(s.units, end, ",") && end != k;
                        !(more || doc.is_word(s.units, end, &["and"]))
                    })
            });
            if let Some(j) = open {
                k = j;
                continue;
            }
        }
        let Some(p) = s.phrase(k) else { continue };
        let ph = &s.phrases[p];
        k = ph.start;
        // "China's embassy in Manila dismissed", "Iran's mission to the United Nations
        // rejected": the place after the body's preposition is not the subject.
        if let Some(q) = body_before_place(doc, s, p) {
            return Some(q);
        }
        if ph.possessive && !matches!(ph.head, Head::Pronoun { .. } | Head::They) {
            continue;
        }
        if ph.possessive {
            continue;
        }
        if matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) && ph.end - ph.start == 1 {
            continue;
        }
        // "Governor Dale Whitcomb of Texas blamed": a person's place after "of" is no
        // subject, the person is.
        if ph.start >= 2 && doc.is_word(s.units, ph.start - 1, &["of"]) {
            let person = s.phrase(ph.start - 2).filter(|&q| {
                matches!(s.phrases[q].head, Head::Ent(e, _) if doc.etype(e) == EntityType::Person)
            });
            // (Not "The office of President X of Somalia condemned": the person in
            // subject position only.)
            let person = person.filter(|&q| subject_position(doc, s, q));
            if let Some(q) = person.filter(|_| only_aux_between(doc, s, ph.end, v)) {
                k = s.phrases[q].end;
                continue;
            }
        }
        // "Estonia, which like Finland is a member": a comparison is no subject.
        if ph.start > 0 && doc.is_word(s.units, ph.start - 1, &["like", "unlike"]) {
            continue;
        }
        if describes_thing(doc, s, ph.start) {
            continue;
        }
        if subject_position(doc, s, p)
            || only_aux_between(doc, s, ph.end, v)
            || adjunct_between(doc, s, p, v)
            || named_in_aside(doc, s, p, v)
        {
            return Some(p);
        }
    }
    None
}

/// Whether the phrase opening at `a` is a place after a preposition describing the
/// noun of an indefinite phrase before it, which is then the subject: "a shelter in
/// Guatemala condemned", "a church-run charity in the town said" (not "officials in
/// Kabul" nor "the rulers in Kabul": a state's people act for it).
fn describes_thing(doc: &Doc<'_>, s: &Sentence<'_>, a: usize) -> bool {
    let mut k = a;
    if k > 0 && doc.is_word(s.units, k - 1, &["the"]) {
        k -= 1;
    }
    if k < 2 || !doc.is_word(s.units, k - 1, &["in", "at", "near", "outside", "inside"]) {
        return false;
    }
    let n = k - 2;
    let u = &s.units[n];
    let w = doc.word(u);
    let common = u.kind == UnitKind::Word
        && s.phrase(n).is_none()
        && doc.text[u.span.0..].starts_with(char::is_lowercase)
        && w.chars().all(char::is_alphabetic)
        && !doc.has(u, |c| {
            matches!(
                c,
                Cue::Group | Cue::Office | Cue::Verb(..) | Cue::Hedge | Cue::Negation
            )
        });
    // "a shelter", "a church-run shelter", "one clinic": an indefinite phrase of at
    // most four units.
    let indefinite = (n.saturating_sub(4)..n)
        .rev()
        .take_while(|&j| s.phrase(j).is_none() && !doc.is_punct(s.units, j, ","))
        .any(|j| doc.is_word(s.units, j, &["a", "an", "one"]));
    common && indefinite
}

/// Whether phrase `p` ends an aside that names members of a plural subject, right
/// before the verb at `v`: "Opposition parties, including the CPN-UML, blamed",
/// "Western governments, notably Poland and Lithuania, accused" (the names are the
/// ones the text commits to).
fn named_in_aside(doc: &Doc<'_>, s: &Sentence<'_>, p: usize, v: usize) -> bool {
    let ph = &s.phrases[p];
    // ("Attacks on convoys, including a WFP convoy, blamed on the RSF": a participle.)
    if !doc.is_punct(s.units, ph.end, ",")
        || !only_aux_between(doc, s, ph.end + 1, v)
        || doc.is_word(s.units, v + 1, &["on", "by"])
    {
        return false;
    }
    let first = coordinated_before(doc, s, p)[0];
    let mut a = s.phrases[first].start;
    if a > 0 && doc.is_word(s.units, a - 1, &["the"]) {
        a -= 1;
    }
    // "Officials in the province, including its governor, Dashdondog Munkhbayar,"
    // (the title is the person's phrase).
    if a > 0 && doc.is_word(s.units, a - 1, &["its", "their"]) {
        a -= 1;
    }
    let opener = match a.checked_sub(1) {
        // ("such" goes with its "as", below.)
        Some(k)
            if doc.is_word(s.units, k, ASIDE_OPENERS) && !doc.is_word(s.units, k, &["such"]) =>
        {
            k
        }
        Some(k)
            if k > 0
                && doc.is_word(s.units, k, &["as"])
                && doc.is_word(s.units, k - 1, &["such"]) =>
        {
            k - 1
        }
        _ => return false,
    };
    opener > 0 && doc.is_punct(s.units, opener - 1, ",")
}
