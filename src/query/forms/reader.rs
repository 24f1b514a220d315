//! Reading the pieces of a question: verbs, auxiliaries, names, objects, claims,
//! and the filters after it.

use super::tokens::*;
use super::{named, Aux, ClaimSpec, Obj, P};
use crate::lexicon::Forms;
use crate::model::{EntityType, Relation};
use crate::query::ast::*;
use crate::query::QueryError;

impl P<'_> {
    pub(super) fn tok(&self, k: usize) -> Option<&Tok> {
        self.toks.get(self.i + k)
    }

    pub(super) fn is(&self, k: usize, words: &[&str]) -> bool {
        self.tok(k)
            .is_some_and(|t| t.kind == Kind::Word && words.contains(&t.low.as_str()))
    }

    pub(super) fn eat(&mut self, words: &[&str]) -> Option<Span> {
        if self.is(0, words) {
            self.i += 1;
            Some(self.toks[self.i - 1].span)
        } else {
            None
        }
    }

    pub(super) fn done(&self) -> bool {
        self.i >= self.toks.len()
    }

    pub(super) fn whole(&self) -> Span {
        Span {
            start: 0,
            end: self.text.len(),
        }
    }

    /// A verb at offset `k`: its relation, forms and how many tokens it takes.
    pub(super) fn verb_at(&self, k: usize) -> Option<(Relation, Forms, usize)> {
        let t = self.tok(k)?;
        if t.kind != Kind::Word {
            return None;
        }
        // "has Finland actually closed …", "did Russia already shut …": an adverb of
        // emphasis before the verb is part of it.
        if PRE_VERB.contains(&t.low.as_str()) {
            return self.verb_at(k + 1).map(|(r, f, n)| (r, f, n + 1));
        }
        // The longest verb the lexicon lists: "pointed the finger at", "shut down".
        for n in (2..=4).rev() {
            let words: Option<Vec<&str>> = (k..k + n)
                .map(|j| {
                    self.tok(j)
                        .filter(|w| w.kind == Kind::Word)
                        .map(|w| w.low.as_str())
                })
                .collect();
            if let Some((r, f)) = words.and_then(|w| self.v.verb(&w.join(" "))) {
                return Some((r, f, n));
            }
        }
        if let Some((r, f)) = self.v.verb(&t.low) {
            return Some((r, f, 1));
        }
        // "stayed open", "remained closed": a stative verb and its state.
        if let Some((r, _)) = self.tok(k + 1).and_then(|n| self.v.stative(&t.low, &n.low)) {
            let forms = match t.low.as_str() {
                w if w.ends_with("ing") => Forms::ING,
                w if w.ends_with('s') => Forms::THIRD,
                w if w.ends_with("ed") || w == "kept" || w == "left" => Forms::PAST,
                _ => Forms::BASE,
            };
            return Some((r, forms, 2));
        }
        // "share a (common) border with", "shared a frontier": a reciprocal verb before
        // a crossing noun is the relation it makes mutual, up to "with".
        if let Some(r) = self.v.reciprocal(&t.low) {
            let noun = (k + 1..k + 4).find(|&j| {
                self.tok(j).is_some_and(|n| {
                    self.v.type_noun(&n.low) == Some(crate::model::EntityType::Crossing)
                })
            })?;
            let forms = match t.low.as_str() {
                w if w.ends_with("ing") => Forms::ING,
                w if w.ends_with("ed") => Forms::PAST.union(Forms::PARTICIPLE),
                w if w.ends_with('s') => Forms::THIRD,
                _ => Forms::BASE,
            };
            let with = self.tok(noun + 1).is_some_and(|n| n.low == "with");
            return Some((r, forms, noun + 1 + usize::from(with) - k));
        }
        // Relation names work in questions too ("who holds_role what").
        if t.low.contains('_') {
            return self.v.relation(&t.low).map(|r| (r, Forms::BASE, 1));
        }
        None
    }

    pub(super) fn verb(&mut self) -> Option<(Relation, Forms, Span)> {
        while self.is(0, PRE_VERB) && self.verb_at(1).is_some() {
            self.i += 1;
        }
        let (r, f, n) = self.verb_at(0)?;
        let span = Span {
            start: self.toks[self.i].span.start,
            end: self.toks[self.i + n - 1].span.end,
        };
        if n == 2 {
            self.stative = self
                .tok(1)
                .and_then(|s| self.v.stative(&self.toks[self.i].low, &s.low))
                .map(|(_, opposite)| opposite);
        }
        self.i += n;
        // "seal off", "shut down" (when the lexicon lists no such pair): the particle
        // adds nothing to the relation.
        if n == 1 && self.is(0, &["off", "down"]) {
            self.i += 1;
        }
        Some((r, f, span))
    }

    /// The error for a word where a relation verb must stand.
    pub(super) fn not_a_verb(&self) -> QueryError {
        match self.tok(0) {
            Some(t) => QueryError::UnknownRelation {
                word: self.text[t.span.start..t.span.end].to_string(),
                span: t.span,
                suggestions: self.v.suggest_relation(&t.low),
            },
            None => QueryError::Syntax {
                span: Span {
                    start: self.text.len(),
                    end: self.text.len(),
                },
                message: "expected a relation verb (accused, closed, denied…), found the end of the query".into(),
                hint: None,
            },
        }
    }

    pub(super) fn auxes(&mut self) -> Aux {
        let mut a = Aux::default();
        loop {
            if self.eat(BE).is_some() {
                a.be = true;
                a.any = true;
            } else if self.eat(DO_HAVE).is_some() {
                a.have = true;
                a.any = true;
            } else if self.eat(MODAL).is_some() {
                a.modal = true;
                a.any = true;
            } else if self.eat(NEG).is_some() {
                a.neg = true;
            } else {
                return a;
            }
        }
    }

    pub(super) fn name_word(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else { return false };
        if t.kind != Kind::Word || ends_name(&t.low) {
            return false;
        }
        // "X expected to reopen": the name ends before what is to come.
        if EXPECTED.contains(&t.low.as_str()) && self.is(k + 1, &["to"]) {
            return false;
        }
        // A capitalised word inside a question is a name even when it is also a verb
        // form ("Finnish Border Guard").
        (t.capital && self.i + k > 0) || self.verb_at(k).is_none()
    }

    /// A name: a quoted string, or words up to a keyword or verb.
    pub(super) fn name(&mut self) -> Option<Name> {
        let t = self.tok(0)?;
        if t.kind == Kind::Str {
            let n = Name {
                written: None,
                text: t.low.clone(),
                span: t.span,
            };
            self.i += 1;
            return Some(n);
        }
        let start = self.i;
        // Past one "of" or "for", an organisation's name may hold more ("… Study of War").
        let mut in_org = false;
        loop {
            // "the Institute for the Study of War", "Bank of Finland": a lower-case
            // "of" or "for" (and "the") after a word that ends an organisation's name,
            // before a capitalised word, on one line.
            let joined = self.i > start
                && self.toks[self.i - 1].capital
                && (in_org || self.v.org_head(&self.toks[self.i - 1].low))
                && self.is(0, &["of", "for"])
                && self.tok(0).is_some_and(|t| !t.capital);
            if joined {
                let k = 1 + usize::from(self.is(1, &["the"]));
                let capital = self.tok(k).is_some_and(|t| t.capital);
                let one_line = || {
                    (self.i - 1..self.i + k).all(|j| {
                        let (a, b) = (self.toks[j].span.end, self.toks[j + 1].span.start);
                        self.text
                            .get(a..b)
                            .is_some_and(|gap| !gap.contains(['\n', '\r']))
                    })
                };
                if capital && self.name_word(k) && one_line() {
                    self.i += k;
                    in_org = true;
                }
            }
            if !self.name_word(0) {
                break;
            }
            self.i += 1;
            // A name is on one line, as a quoted one must be (found by the fuzz smoke
            // test: "Russ\nia" printed as a pattern did not parse back).
            let broken = self.tok(0).is_some_and(|next| {
                let prev = &self.toks[self.i - 1];
                // Words of one short form ("PM") share its span: nothing between.
                self.text
                    .get(prev.span.end..next.span.start)
                    .is_some_and(|gap| gap.contains(['\n', '\r']))
            });
            if broken {
                break;
            }
        }
        if self.i == start {
            return None;
        }
        // "the Storskog border crossing", "the Raja-Jooseppi border station": a
        // crossing noun opened by "border" (which ends a name) is the name's own.
        let nouns = crate::query::vocab::type_nouns()
            .filter(|n| n.starts_with("border ") && n.split(' ').count() >= 2);
        let mut longest = 0;
        for noun in nouns {
            let k = noun.split(' ').count();
            let words = (0..k).map(|j| self.tok(j).filter(|t| t.kind == Kind::Word));
            let matched = words
                .zip(noun.split(' '))
                .all(|(t, w)| t.is_some_and(|t| t.low == w));
            if matched {
                longest = longest.max(k);
            }
        }
        self.i += longest;
        let span = Span {
            start: self.toks[start].span.start,
            end: self.toks[self.i - 1].span.end,
        };
        Some(Name {
            written: None,
            text: self.text[span.start..span.end].to_string(),
            span,
        })
    }

    pub(super) fn term(&mut self) -> Option<Term> {
        if let Some(t) = self.tok(0).filter(|t| t.kind == Kind::Var) {
            let v = Var {
                name: t.low.trim_start_matches('?').to_string(),
                span: t.span,
            };
            self.i += 1;
            return Some(Term::Var(v));
        }
        if let Some(t) = self.official() {
            return Some(t);
        }
        if let Some(n) = self.state_body() {
            return Some(Term::Name(n));
        }
        self.name().map(Term::Name)
    }

    /// Whether a word names a state ("Estonia", "Estonian"): a claim says "its
    /// border" as often as the name, so the name is no word the claim must hold.
    pub(super) fn names_state(&self, word: &str) -> bool {
        self.v.state(word).is_some() || self.v.demonym(word).is_some()
    }

    /// A body standing for its state, as the extractor reads it: "Russian border
    /// officials", "the Finnish authorities" (a demonym, then only words of the
    /// lexicon's groups) are that state.
    fn state_body(&mut self) -> Option<Name> {
        let save = self.i;
        self.eat(&["the"]);
        let first = self.tok(0)?.clone();
        let Some(state) = self.v.demonym_near(&first.low).map(str::to_string) else {
            self.i = save;
            return None;
        };
        let start = self.i + 1;
        let mut end = start;
        while self
            .toks
            .get(end)
            .is_some_and(|t| t.kind == Kind::Word && self.v.group_word(&t.low))
        {
            end += 1;
        }
        if end == start {
            self.i = save;
            return None;
        }
        self.i = end;
        let span = Span {
            start: first.span.start,
            end: self.toks[end - 1].span.end,
        };
        Some(Name {
            written: Some(self.text[span.start..span.end].to_string()),
            text: state,
            span,
        })
    }

    /// An official named by title and state: "Estonia's interior minister", "the
    /// Finnish prime minister", "estonias interior minister" (a possessive without its
    /// apostrophe). A variable, held to whoever holds that role in that state by a
    /// `holds_role` clause [`P::finish`] adds.
    fn official(&mut self) -> Option<Term> {
        let save = self.i;
        let the = self.eat(&["the"]).is_some();
        let first = self.tok(0)?.clone();
        let state = if let Some(label) = self.v.demonym_near(&first.low) {
            self.i += 1;
            Some(label.to_string())
        } else if the {
            None
        } else if self.tok(1).is_some_and(|t| t.kind == Kind::Possessive) {
            let label = self.v.state(&first.low).map(str::to_string);
            self.i += 2;
            label
        } else {
            let bare = first.low.strip_suffix('s').unwrap_or("");
            let label = self.v.state(bare).map(str::to_string);
            self.i += 1;
            label
        };
        let mut words: Vec<String> = Vec::new();
        while let Some(word) = self
            .tok(0)
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| self.v.title_word_near(&t.low))
        {
            words.push(word);
            self.i += 1;
        }
        let (Some(state), Some(last)) = (state, words.last()) else {
            self.i = save;
            return None;
        };
        if !self.v.office_word(last) {
            self.i = save;
            return None;
        }
        let span = Span {
            start: first.span.start,
            end: self.toks[self.i - 1].span.end,
        };
        // The most telling word of the title: its first ("interior" in "interior
        // minister"), which claims such as "Minister of the Interior" hold too.
        let word = words[0].clone();
        // A form that read this span before and gave up left it here: the same one.
        if let Some((var, _, _)) = self.officials.iter().find(|(_, n, _)| n.span == span) {
            return Some(Term::Var(named(var, span)));
        }
        // "official", then "official2", …: the first names the answer's column.
        let var = match self.officials.len() {
            0 => "official".to_string(),
            n => format!("official{}", n + 1),
        };
        self.officials.push((
            var.clone(),
            Name {
                written: None,
                text: state,
                span,
            },
            word,
        ));
        Some(Term::Var(named(&var, span)))
    }

    /// A type noun (one or two words) at the cursor.
    pub(super) fn type_noun(&mut self) -> Option<(EntityType, Span)> {
        // "which road crossings", "the legal land border crossings": qualifiers of a
        // crossing noun are read past.
        let save = self.i;
        let mut kinds = 0;
        while kinds < 3
            && self
                .tok(0)
                .is_some_and(|t| t.kind == Kind::Word && self.v.crossing_kind(&t.low))
        {
            self.i += 1;
            kinds += 1;
        }
        if kinds > 0 {
            match self.type_noun_here() {
                Some((EntityType::Crossing, span)) => {
                    // "the northern crossings": the answer says which words it could
                    // not apply.
                    for t in &self.toks[save..save + kinds] {
                        if self.v.crossing_selector(&t.low) {
                            let word = &self.text[t.span.start..t.span.end];
                            self.read_past.push(word.to_string());
                        }
                    }
                    return Some((EntityType::Crossing, span));
                }
                _ => self.i = save,
            }
        }
        self.type_noun_here()
    }

    /// A type noun (one or two words) right at the cursor.
    fn type_noun_here(&mut self) -> Option<(EntityType, Span)> {
        let t = self.tok(0)?.clone();
        if let Some(n) = self.tok(1).cloned() {
            if let Some(ty) = self.v.type_noun(&format!("{} {}", t.low, n.low)) {
                self.i += 2;
                return Some((
                    ty,
                    Span {
                        start: t.span.start,
                        end: n.span.end,
                    },
                ));
            }
        }
        let ty = self.v.type_noun(&t.low)?;
        self.i += 1;
        Some((ty, t.span))
    }

    pub(super) fn charge_at(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| {
            t.kind == Kind::Word
                && (CHARGE.contains(&t.low.as_str()) || self.v.noun(&t.low).is_some())
        })
    }

    pub(super) fn object(&mut self) -> Option<Obj> {
        if self.eat(WHAT).is_some() {
            return Some(Obj::What);
        }
        if self.charge_at(0) {
            self.i += 1;
            return Some(Obj::Charge);
        }
        if self.is(0, DETERMINERS) && self.charge_at(1) {
            self.i += 2;
            return Some(Obj::Charge);
        }
        // which crossings · its border · the crossings: a typed variable.
        if self.is(0, &["which", "what"]) || self.is(0, DETERMINERS) {
            let save = self.i;
            self.i += 1;
            if let Some((t, _)) = self.type_noun() {
                return Some(Obj::Typed(t));
            }
            self.i = save;
        }
        // A bare plural type noun: "which states have closed crossings".
        if self
            .tok(0)
            .is_some_and(|t| !t.capital && t.kind == Kind::Word)
        {
            let save = self.i;
            if let Some((t, _)) = self.type_noun() {
                return Some(Obj::Typed(t));
            }
            self.i = save;
        }
        if self.is(0, TAIL) {
            return None;
        }
        self.term().map(Obj::Term)
    }

    /// `of what`, `of "hybrid"`, `of hybrid attack`.
    pub(super) fn claim(&mut self, rel: Relation) -> Option<ClaimSpec> {
        // "close its border crossings with Russia": a relation without a claim takes
        // "with X" as the other side of what it names, not as a claim.
        if !self.v.has_claim(rel) && self.is(0, &["with"]) {
            let save = self.i;
            self.i += 1;
            if self.term().is_none() {
                self.i = save;
            }
            return None;
        }
        if !self.is(0, &["of", "for", "over", "about", "with"]) {
            return None;
        }
        let save = self.i;
        self.i += 1;
        if self.eat(&["what", "anything"]).is_some() {
            return Some(ClaimSpec::Var);
        }
        // "of a \"hybrid attack\"": an article before the quotation.
        if self.is(0, &["a", "an", "the"]) && self.tok(1).is_some_and(|t| t.kind == Kind::Str) {
            self.i += 1;
        }
        if let Some(t) = self.tok(0).filter(|t| t.kind == Kind::Str).cloned() {
            self.i += 1;
            // "for 'hybrid attacks' using migrants": the words after the quote are
            // matched by their stems too.
            let words = self.content_words_to_tail(false);
            if !words.is_empty() {
                self.said.extend(stems(words));
            }
            return Some(ClaimSpec::Contains(t.low));
        }
        let start = self.i;
        // Single quotes ('hybrid attacks') are read past: their words count.
        let quote = |t: &Tok| t.kind == Kind::Punct && matches!(t.low.as_str(), "'" | "‘" | "’");
        // A quotation after words ("for their \"hybrid attacks\"") is read as words.
        while self
            .tok(0)
            .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Str) || quote(t))
            && !self.filter_here()
        {
            self.i += 1;
        }
        if self.i == start {
            // "what did Finland accuse Russia of": the question word is the claim.
            if self.done() || self.is(0, TAIL) {
                return Some(ClaimSpec::Var);
            }
            self.i = save;
            return None;
        }
        // Unquoted words are matched by their stems, so "of orchestrating the migrant
        // influx" finds "orchestrating the influx of migrants".
        let words: Vec<String> = self.toks[start..self.i]
            .iter()
            .filter(|t| matches!(t.kind, Kind::Word | Kind::Str))
            .flat_map(|t| {
                t.low
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .filter(|w| content_word(w) && !self.names_state(w))
            .collect();
        // "for two weeks at the end of November": when, not what; no claim.
        let timed = self.toks[start..self.i].iter().any(|t| time_word(&t.low));
        if words.is_empty() && timed {
            return None;
        }
        if words.is_empty() {
            let (s, e) = (self.toks[start].span.start, self.toks[self.i - 1].span.end);
            return Some(ClaimSpec::Contains(self.text[s..e].to_string()));
        }
        self.said.extend(stems(words));
        Some(ClaimSpec::Var)
    }

    /// Whether a verb follows (maybe after "expected to"), read without moving.
    pub(super) fn verb_ahead(&mut self) -> bool {
        let save = self.i;
        if self.is(0, EXPECTED) && self.is(1, &["to"]) {
            self.i += 2;
        }
        // "when will the crossings be closed": a passive's "be" after the subject.
        if self.is(0, &["be"]) {
            self.i += 1;
        }
        let verb = self.verb().is_some();
        self.i = save;
        verb
    }

    /// Whether the filters start here: a filter word, and for a preposition a date or
    /// an article id after it ("on 2023-11-22", "in 004", "after November"), not
    /// words of a claim ("hybrid attacks on their borders").
    pub(super) fn filter_here(&self) -> bool {
        if !self.is(0, TAIL) {
            return false;
        }
        if !self.is(0, &["on", "in", "after", "before", "since", "until"]) {
            return true;
        }
        // An article id is a file stem: "004", "te_148_hungary_romania".
        self.tok(1).is_none_or(|n| {
            n.low.starts_with(|c: char| c.is_ascii_digit())
                || n.low.contains('_')
                || time_word(&n.low)
        })
    }

    /// The content words of the plain words from here up to the filters (read past; "on
    /// Estonia's border" is words, "on 2023-11-22" a filter),
    /// without the names of states unless `states`.
    fn content_words_to_tail(&mut self, states: bool) -> Vec<String> {
        let start = self.i;
        while self
            .tok(0)
            .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Possessive))
            && !self.filter_here()
        {
            self.i += 1;
        }
        let toks = &self.toks[start..self.i];
        toks.iter()
            .enumerate()
            .filter(|(_, t)| t.kind == Kind::Word)
            .filter(|&(k, t)| {
                // "Finland's border closure": a claim says "its border" as often.
                let owner = toks.get(k + 1).is_some_and(|n| n.kind == Kind::Possessive);
                content_word(&t.low) && ((states && !owner) || !self.names_state(&t.low))
            })
            .map(|(_, t)| t.low.clone())
            .collect()
    }

    /// What a statement is about, after "about" or "of": its content words up to the
    /// filters, kept as stems the claim must contain ("what did Zakharova say about
    /// Storskog"). False when no content word follows.
    pub(super) fn said_about(&mut self) -> bool {
        let start = self.i;
        // A state's name counts here: "what did Zakharova say about Finland".
        let words = self.content_words_to_tail(true);
        if words.is_empty() {
            self.i = start;
            return false;
        }
        self.said.extend(stems(words));
        true
    }
}

/// Whether a word of a claim or of what was said carries meaning of its own.
pub(super) fn content_word(w: &str) -> bool {
    w.chars().count() >= 4
        && !ends_name(w)
        && !time_word(w)
        && ![BE, DO_HAVE, MODAL, NEG, DETERMINERS, SAID_FILLER]
            .iter()
            .any(|l| l.contains(&w))
}

/// The stems of the three longest words (they say most): a word of six letters or
/// more loses its last two, so a stem stands for its other forms ("involved" →
/// "involv").
pub(super) fn stems(mut words: Vec<String>) -> Vec<String> {
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.truncate(3);
    words
        .into_iter()
        .map(|w| {
            let n = w.chars().count();
            if n >= 6 {
                w.chars().take(n - 2).collect()
            } else {
                w
            }
        })
        .collect()
}
