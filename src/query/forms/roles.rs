//! Office questions: "who is the prime minister of Norway", "the Finnish interior
//! minister", "what position does X hold": holds_role facts whose title has every
//! word asked.

use super::tokens::*;
use super::{clause, named, Recognised, P};
use crate::model::Relation;
use crate::query::ast::*;
use crate::query::QueryError;

impl P<'_> {
    /// `the prime minister of Norway`, `the Finnish interior minister`, `Finland's
    /// prime minister`: a holds_role fact whose title has every word.
    pub(super) fn role(&mut self) -> Result<Option<Recognised>, QueryError> {
        self.role_from(false)
    }

    /// [`P::role`], where `titled` says the words ahead open with a title as after
    /// "the" ("governor of murmansk region", a keyword query).
    pub(super) fn role_from(&mut self, titled: bool) -> Result<Option<Recognised>, QueryError> {
        let save = self.i;
        let the = self.eat(&["the"]).is_some() || titled;
        let mut of = None;
        let mut state: Option<Name> = None;
        // "norways prime minister": a state's possessive without its apostrophe.
        let bare = (!the)
            .then(|| self.tok(0))
            .flatten()
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| Some((t.low.strip_suffix('s')?, t.span)))
            .and_then(|(b, sp)| Some((self.v.state(b)?.to_string(), sp)))
            .filter(|_| {
                self.tok(1)
                    .is_some_and(|t| self.v.title_word_near(&t.low).is_some())
            });
        if let Some((label, span)) = bare {
            state = Some(Name {
                written: None,
                text: label,
                span,
            });
            self.i += 1;
        }
        // Finland's prime minister
        if !the && state.is_none() {
            if let Some(n) = self.name() {
                if self.tok(0).is_some_and(|t| t.kind == Kind::Possessive) {
                    self.i += 1;
                    state = Some(n);
                } else {
                    self.i = save;
                    return Ok(None);
                }
            }
        }
        let start = self.i;
        while self.tok(0).is_some_and(|t| t.kind == Kind::Word) && !self.is(0, &["of", "in", "for"])
        {
            self.i += 1;
        }
        let mut words: Vec<(String, Span)> = self.toks[start..self.i]
            .iter()
            .map(|t| (t.low.clone(), t.span))
            .collect();
        if self.eat(&["of", "in", "for"]).is_some() {
            of = self.term();
            if of.is_none() || !self.done() {
                self.i = save;
                return Ok(None);
            }
        }
        let mut demonym_first = false;
        if let Some((d, sp)) = words.first().cloned() {
            if let Some(label) = self.v.demonym_near(&d) {
                if of.is_none() && state.is_none() {
                    demonym_first = true;
                    state = Some(Name {
                        written: None,
                        text: label.to_string(),
                        span: sp,
                    });
                    words.remove(0);
                }
            }
        }
        // "Russia's foreign ministry spokeswoman", "the Russian foreign ministry
        // spokeswoman": the words before the last may name a body of the state.
        if let (Some(st), None, [body @ .., _]) = (state.as_mut(), &of, words.as_slice()) {
            if !body.is_empty() {
                let body: Vec<&str> = body.iter().map(|(w, _)| w.as_str()).collect();
                let owner = if demonym_first {
                    self.text[st.span.start..st.span.end].to_string()
                } else {
                    format!("{}'s", st.text)
                };
                st.written = Some(format!("{owner} {}", body.join(" ")));
            }
        }
        let object = of.or(state.map(Term::Name));
        let (Some(object), false) = (object, words.is_empty() || !self.done()) else {
            self.i = save;
            return Ok(None);
        };
        let w = self.whole();
        let mut s = Select::new(vec![clause(
            Term::Var(named("who", w)),
            Relation::HOLDS_ROLE,
            w,
            Some(object),
            Some(ClaimTerm::Var(named("role", w))),
        )]);
        // "the head of the border guard": a word for any leader asks for whoever holds
        // a role there, whatever the title says.
        let generic = words
            .iter()
            .all(|(w, _)| GENERIC_TITLES.contains(&w.as_str()));
        for (word, _) in words.iter().filter(|_| !generic) {
            if !matches!(word.as_str(), "the" | "of" | "for" | "and") {
                // A title word mistyped by a letter is read as that word.
                let word = self.v.title_word_near(word).unwrap_or_else(|| word.clone());
                s.conds.push(Cond::ClaimContains(word));
            }
        }
        s.columns = Some(vec!["who".into(), "role".into()]);
        self.finish(s, "who is the <office> of X")
    }

    /// Who holds the office whose title is the words from token `from` to the end, in
    /// `of`: a keyword query's answer ("murmansk governor", "norways pm").
    pub(super) fn office_holder(&mut self, of: Name, from: usize) -> Option<Recognised> {
        let w = self.whole();
        let mut s = Select::new(vec![clause(
            Term::Var(named("who", w)),
            Relation::HOLDS_ROLE,
            w,
            Some(Term::Name(of)),
            Some(ClaimTerm::Var(named("role", w))),
        )]);
        for t in &self.toks[from..] {
            let word = self
                .v
                .title_word_near(&t.low)
                .unwrap_or_else(|| t.low.clone());
            s.conds.push(Cond::ClaimContains(word));
        }
        s.columns = Some(vec!["who".into(), "role".into()]);
        self.i = self.toks.len();
        self.finish(s, "who is the <office> of X").ok().flatten()
    }

    /// The offices a person holds, with whose they are.
    pub(super) fn role_of(&mut self, x: Term) -> Result<Option<Recognised>, QueryError> {
        let w = self.whole();
        let mut s = Select::new(vec![clause(
            x,
            Relation::HOLDS_ROLE,
            w,
            Some(Term::Var(named("of", w))),
            Some(ClaimTerm::Var(named("title", w))),
        )]);
        s.columns = Some(vec!["title".into(), "of".into()]);
        self.finish(s, "what position does X hold")
    }
}

/// Words for whoever leads a body, whatever their title: "the head of X".
const GENERIC_TITLES: &[&str] = &["head", "chief", "boss"];
