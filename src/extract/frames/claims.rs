//! Claims: what an accusation or denial says ("of …", "that …", the charge named
//! again), and objects that make a verb no accusation or denial.

use super::*;

impl Ctx<'_, '_, '_> {
    /// The claim after unit `k` when it opens with one of `words`.
    pub(super) fn claim_after(&self, k: usize, words: &[String], end: usize) -> Option<String> {
        const AUX: &[&str] = &[
            "is", "are", "was", "were", "has", "had", "have", "been", "being", "having", "would",
            "will", "had been", "has been",
        ];
        // "accused Eritrea on Wednesday of …", "blamed Kabul again for …": a time or
        // an adverb between the object and the claim word.
        let mut k = k;
        let timely = |j: usize| {
            let digits = |i: usize| {
                let w = self.word(i);
                !w.is_empty() && w.chars().all(|ch| ch.is_ascii_digit())
            };
            self.s.dates.iter().any(|&(d, _)| d == j)
                || digits(j)
                // "on 3 May": the rest of a date after its day.
                || (j > 0 && digits(j - 1) && self.s.dates.iter().any(|&(d, _)| d == j - 1))
                || self.is(j, &["on", "in", "last", "this", "again", "also", "publicly", "openly",
                    "repeatedly", "formally", "yesterday", "today", "week", "month", "year"])
        };
        let opens = |j: usize| words.iter().any(|x| x == self.word(j));
        // "accused Iran and its allies, including Hezbollah, of …", "accused the LNA,
        // which controls the south, of …", "blamed the TPNPB (…) for …": the claim word
        // after an aside set off by commas or brackets after the object.
        let mut end = end;
        if let Some(j) = self.after_aside(k).filter(|&j| opens(j)) {
            // (A relative clause in the aside ended the verb's clause early.)
            if j >= end {
                end = clause_end(self.doc, self.s, j + 1);
            }
            k = j;
        }
        if let Some(j) = (k..end.min(k + 6))
            .find(|&j| !timely(j))
            .filter(|&j| j > k && opens(j))
        {
            k = j;
        }
        let w = self.word(k);
        let mut c = if words.iter().any(|x| x == w) {
            k + 1
        } else if AUX.contains(&w) {
            // The rest of a that-clause: "accusations that Russia is orchestrating …".
            k
        } else {
            return None;
        };
        while c < end && self.is(c, AUX) {
            c += 1;
        }
        // "accusations that Zambian police had provoked the violence were, she said,
        // baseless": the copula after the charge's clause is not part of it.
        // "accusations that France had ignored the rules were dismissed by …": the
        // passive of a verb that rejects a claim, after the clause, is the sentence's
        // own verb (not "… that the crossing was closed without notice").
        if let Some(k) = (c + 2..end).find(|&k| {
            self.is(k, &["is", "are", "was", "were"])
                && !self.is(k - 1, AUX)
                && self.has(k + 1, |x| {
                    matches!(x, Cue::Verb(r, _) if self.doc.lex.frame(*r).is_some_and(|f| f.object_claim))
                })
        }) {
            end = k;
        }
        while end > c + 1 && self.is(end - 1, &["is", "are", "was", "were"]) {
            end -= 1;
        }
        span_text(self.doc, self.s, c, end)
    }
}

impl Ctx<'_, '_, '_> {
    /// The unit after an aside that opens at unit `k`: brackets ("(TTP)"), then maybe
    /// a relative clause, an apposition or examples set off by commas (", which
    /// controls the south,", ", the armed wing of the OPM,", ", including France and
    /// Germany,"). Not a comma before anything else (", for its part,", ", as did").
    fn after_aside(&self, k: usize) -> Option<usize> {
        let units = self.s.units;
        let punct = |j: usize, p: &str| self.doc.is_punct(units, j, p);
        let mut k = k;
        if punct(k, "(") {
            k = (k + 1..(k + 8).min(units.len())).find(|&j| punct(j, ")"))? + 1;
            if !punct(k, ",") {
                return Some(k);
            }
        }
        if !punct(k, ",") {
            return None;
        }
        let listed = self.is(k + 1, &["including"]);
        let opener = self.is(k + 1, RELATIVES) || self.is(k + 1, &["a", "an", "the"]);
        if !listed && !opener {
            return None;
        }
        (k + 2..units.len().min(k + 22))
            .take_while(|&j| !punct(j, ";") && !punct(j, ":"))
            .filter(|&j| punct(j, ","))
            // Commas inside a list of examples: "including France, Germany and Italy,".
            .find(|&j| !listed || self.s.phrase(j + 1).is_none() && !self.is(j + 1, &["and"]))
            .map(|j| j + 1)
    }
}

/// Whether the object after the verb at `v` is something asked for ("calls to shut",
/// "the request", "a proposal"), within three words of it.
pub(super) fn asked_object(cx: &Ctx<'_, '_, '_>, v: usize, end: usize) -> bool {
    (v + 1..end.min(v + 4))
        .take_while(|&k| cx.s.units[k].kind != UnitKind::Punct && cx.s.phrase(k).is_none())
        .any(|k| cx.doc.lex.words.asked_objects.contains(cx.word(k)))
}

/// The claim of a frame whose object is the claim ("denied the accusations of …"):
/// the text after the verb; a bare "the charges" means the last accusation read.
pub(super) fn object_claim(
    cx: &Ctx<'_, '_, '_>,
    f: &Frame,
    v: usize,
    end: usize,
) -> Option<String> {
    if !f.object_claim {
        return None;
    }
    let text = span_text(cx.doc, cx.s, v + 1, end);
    let anaphoric = text.as_deref().is_none_or(|t| {
        let words: Vec<&str> = t.split_whitespace().collect();
        let last = crate::text::fold(words.last().copied().unwrap_or(""));
        // "denied the charges", "rejected it": a charge noun or a pronoun.
        words.len() <= 3
            && ((v + 1..end).any(|k| cx.has(k, |c| *c == Cue::Charge))
                || matches!(last.as_str(), "it" | "them" | "this" | "that"))
            && !last.is_empty()
    });
    if anaphoric {
        cx.m.last_accusation.clone().or(text)
    } else {
        text
    }
}

/// The noun a relative clause ending in the verb at `v` hangs on: "an exchange of fire
/// at the Hakari bridge" in "… an exchange of fire at the Hakari bridge that Baku
/// blamed on …".
pub(super) fn gapped_claim(cx: &Ctx<'_, '_, '_>, v: usize) -> Option<String> {
    let (doc, s) = (cx.doc, cx.s);
    if !relative_gap(doc, s, v) {
        return None;
    }
    let p = s.phrase(v - 1)?;
    let mut end = s.phrases[p].start;
    if doc.is_word(s.units, end - 1, &["that", "which"]) {
        end -= 1;
    }
    let mut a = end;
    while a > 0 && end - a < 8 {
        let u = &s.units[a - 1];
        let stop = u.kind == UnitKind::Punct
            || doc.has(u, |c| matches!(c, Cue::Verb(..)))
            || doc.is_word(
                s.units,
                a - 1,
                &[
                    "in", "after", "before", "since", "during", "when", "where", "amid", "over",
                    "followed", "with", "to", "for", "from", "by",
                ],
            );
        if stop {
            break;
        }
        a -= 1;
    }
    (a < end).then(|| span_text(doc, s, a, end)).flatten()
}

/// What was blamed when a trigger at `v` takes its object with a `claim_object`
/// preposition: the noun a relative clause hangs on ("an exchange of fire … that Baku
/// blamed on Armenian forces"), else the words between the trigger and the preposition
/// ("blamed the ambush on the Islamic State group").
pub(super) fn blamed_claim(
    cx: &Ctx<'_, '_, '_>,
    f: &Frame,
    v: usize,
    end: usize,
) -> Option<String> {
    let is_on = |k: usize| {
        cx.s.units
            .get(k)
            .is_some_and(|u| f.claim_object.iter().any(|w| w == cx.doc.word(u)))
    };
    if is_on(v + 1) {
        return gapped_claim(cx, v);
    }
    let j = (v + 2..end.min(v + 10))
        .take_while(|&j| cx.s.units[j].kind != UnitKind::Punct)
        .find(|&j| is_on(j))?;
    span_text(cx.doc, cx.s, v + 1, j)
}

/// Who carried out the act condemned, named in a relative clause right after the act's
/// noun ("condemned the assault, which it said had been carried out by TTP
/// fighters"): "which [it/he/she said] was/had been carried out (or committed) by" the
/// agent, of another state than `subject`'s. The clause ends the verb's at `end`.
pub(super) fn relative_agent(
    cx: &Ctx<'_, '_, '_>,
    end: usize,
    subject: Option<Ent>,
) -> Option<Ent> {
    let s = cx.s;
    let act = end >= 1 && cx.doc.lex.words.agent_acts.contains(cx.word(end - 1));
    if !(act && cx.doc.is_punct(s.units, end, ",") && cx.is(end + 1, &["which", "that"])) {
        return None;
    }
    // Only the condemner's own word ("which it said"), not another's ("which Minsk
    // claimed").
    let mut k = end + 2;
    if cx.is(k, &["it", "he", "she", "they"]) && cx.is(k + 1, &["said", "says"]) {
        k += 2;
    }
    let be = ["was", "were", "had been", "has been", "have been"];
    let n = if cx.is(k, &be) {
        1
    } else if cx.is(k, &["had", "has", "have"]) && cx.is(k + 1, &["been"]) {
        2
    } else {
        return None;
    };
    k += n;
    // ("carried out" is one unit: an act of the lexicon.)
    if !cx.is(k, &["carried out", "committed"]) || !cx.is(k + 1, &["by"]) {
        return None;
    }
    let at = past_members(cx.doc, s, k + 2 + cx.is(k + 2, &["the"]) as usize);
    let e = cx.resolve(s.phrase(at)?, subject)?;
    let own = subject.and_then(|x| cx.acting_state(x));
    (Some(e) != subject && cx.acting_state(e).is_none_or(|st| Some(st) != own)).then_some(e)
}

/// Whether the phrase `ph` is a name right before the noun of an act with an agent,
/// after no preposition (`prep` is the word before it): "a cowardly Houthi attack"
/// (words.toml `agent_acts`; not "the Hezbollah pager attack", "an attack on Hamas
/// positions").
fn name_before_act(
    cx: &Ctx<'_, '_, '_>,
    ph: &super::super::view::Phrase,
    prep: Option<&str>,
) -> bool {
    matches!(ph.head, Head::Ent(_, MentionKind::Name))
        && prep.is_none_or(|w| !PREPOSITIONS.contains(&w))
        && cx.s.units.get(ph.end).is_some_and(|u| {
            cx.doc.entity_cue(u).is_none() && cx.doc.lex.words.agent_acts.contains(cx.doc.word(u))
        })
}

/// Who is responsible for the act condemned "what X called …": the state or group
/// (one of no state too) whose possessive, demonym or name the named act bears ("what
/// it called Venezuela's continued provocations", "what it described as Greek
/// aggression", "a cowardly Houthi attack"), or its agent after "by" ("a reckless act
/// by the rangers", "an attack by ISWAP fighters"). Not the subject's own side.
pub(super) fn called_object(
    cx: &Ctx<'_, '_, '_>,
    v: usize,
    end: usize,
    subject: Option<Ent>,
) -> Option<Ent> {
    let s = cx.s;
    // "condemned on the radio what he called …": maybe after a short adjunct.
    let what = (v + 1..(v + 6).min(end))
        .take_while(|&k| s.units[k].kind != UnitKind::Punct && s.phrase(k).is_none())
        .find(|&k| cx.is(k, &["what"]))?;
    let naming = (what + 1..(what + 4).min(end))
        .find(|&k| cx.doc.lex.words.naming_verbs.contains(cx.word(k)))?;
    let own = subject.and_then(|e| cx.acting_state(e));
    // In order (possessive, demonym or agent after "by"); an owner after "of" only
    // when no other is named ("the bombardment of Lebanon by Israel").
    let owner_at = |k: usize, of: bool| {
        let p = s.phrase(k).filter(|&p| s.phrases[p].start == k)?;
        let ph = &s.phrases[p];
        let prep = before_article(cx.doc, s.units, k).map(|b| cx.word(b));
        // Named, not "its citizens".
        let named = matches!(ph.head, Head::Ent(..));
        let owner = named
            && if of {
                // "the \"provocation\" of the Cameroonian gendarmes": people of a state
                // (not "the targeting of Gaza", a place acted on).
                prep == Some("of") && ph.end - ph.start >= 2
            } else {
                prep == Some("by")
                    || ph.possessive
                    // "Algiers' decision" (not a closing quote: the name ends in "s").
                    || (cx.word(ph.end - 1).ends_with('s')
                        && (cx.doc.is_punct(s.units, ph.end, "'")
                            || cx.doc.is_punct(s.units, ph.end, "’")))
                    || matches!(ph.head, Head::Ent(_, MentionKind::Demonym))
                    || name_before_act(cx, ph, prep)
            };
        let e = cx.resolve(p, subject).filter(|_| owner)?;
        // (A group of no state counts: "a cowardly attack by ISWAP terrorists".)
        let other = match cx.acting_state(e) {
            Some(st) => Some(st) != own,
            None => cx.doc.etype(e) == EntityType::Organisation,
        };
        (Some(e) != subject && other).then_some(e)
    };
    (naming + 1..end)
        .find_map(|k| owner_at(k, false))
        .or_else(|| (naming + 1..end).find_map(|k| owner_at(k, true)))
}
