//! Question forms: the questions people type ("what did Finland accuse Russia of?",
//! "which crossings were closed?", "did Russia close Storskog?") recognised over
//! tokens and rewritten into the same typed [`ast::Query`] patterns compile to. Words
//! get their meaning from the [`Vocab`] (the lexicon's frames), so a relation the
//! lexicon declares is askable in every form; the filters after a question (`after
//! 2023-11-22`, `in 004`, `possible`) are parsed by the pest grammar's `tail`.
//!
//! [`recognise`] returns `None` for anything that is no question form it knows, and
//! the pest grammar then reads it as a pattern.

use super::ast::*;
use super::vocab::Vocab;
use super::QueryError;
use crate::lexicon::Forms;
use crate::model::{EntityType, Modality, Relation};
use crate::text::fold;

/// A token of a question.
#[derive(Clone, Debug, PartialEq)]
struct Tok {
    /// Folded, lowercase text (the inside of a quoted string).
    low: String,
    /// Byte span in the query.
    span: Span,
    /// What it is.
    kind: Kind,
    /// Written with a capital letter (a name, even when it is also a verb form).
    capital: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Var,
    Str,
    /// `'s` after a name.
    Possessive,
    Punct,
}

fn is_wchar(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | '_')
}

/// Splits a query into words, variables, quoted strings, possessives and punctuation.
fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |(i, _)| *i);
    let mut k = 0;
    let tok = |low: String, s: usize, e: usize, kind: Kind, capital: bool| Tok {
        low,
        span: Span { start: s, end: e },
        kind,
        capital,
    };
    while k < chars.len() {
        let (i, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
        } else if c == '"' {
            let close = (k + 1..chars.len()).find(|&j| chars[j].1 == '"');
            match close {
                Some(j) => {
                    out.push(tok(
                        text[end_of(k + 1)..chars[j].0].to_string(),
                        i,
                        end_of(j + 1),
                        Kind::Str,
                        true,
                    ));
                    k = j + 1;
                }
                None => {
                    out.push(tok("\"".into(), i, end_of(k + 1), Kind::Punct, false));
                    k += 1;
                }
            }
        } else if c == '?'
            && chars
                .get(k + 1)
                .is_some_and(|(_, n)| n.is_alphanumeric() || *n == '_')
        {
            let mut j = k + 1;
            while j < chars.len() && (chars[j].1.is_alphanumeric() || chars[j].1 == '_') {
                j += 1;
            }
            out.push(tok(
                text[i..end_of(j)].to_string(),
                i,
                end_of(j),
                Kind::Var,
                false,
            ));
            k = j;
        } else if c.is_alphanumeric() {
            let mut j = k;
            while j < chars.len() && is_wchar(chars[j].1) {
                j += 1;
            }
            let mut e = end_of(j);
            // A full stop ends the sentence, not the word ("who closed Storskog.").
            while text[i..e].ends_with('.') && text[i..e].matches('.').count() == 1 {
                e -= 1;
            }
            let word = &text[i..e];
            let capital = c.is_uppercase();
            let low = fold(word);
            if let Some(stem) = low
                .strip_suffix("'s")
                .or_else(|| low.strip_suffix("’s"))
                .filter(|s| !s.is_empty())
            {
                let cut = e - if word.ends_with("’s") { 4 } else { 2 };
                out.push(tok(stem.to_string(), i, cut, Kind::Word, capital));
                out.push(tok("'s".into(), cut, e, Kind::Possessive, false));
            } else if let Some(stem) = low
                .strip_suffix("n't")
                .or_else(|| low.strip_suffix("n’t"))
                .filter(|s| !s.is_empty())
            {
                let cut = e - if word.ends_with("n’t") { 5 } else { 3 };
                let stem = if stem == "ca" {
                    "can"
                } else if stem == "wo" {
                    "will"
                } else {
                    stem
                };
                out.push(tok(stem.to_string(), i, cut, Kind::Word, capital));
                out.push(tok("not".into(), cut, e, Kind::Word, false));
            } else {
                out.push(tok(low, i, e, Kind::Word, capital));
            }
            if e < end_of(j) {
                out.push(tok(".".into(), e, end_of(j), Kind::Punct, false));
            }
            k = j;
        } else {
            out.push(tok(c.to_string(), i, i + c.len_utf8(), Kind::Punct, false));
            k += 1;
        }
    }
    out
}

/// Words that end a name.
const STOP: &[&str] = &[
    "of",
    "and",
    "where",
    "after",
    "before",
    "since",
    "until",
    "on",
    "in",
    "order",
    "limit",
    "what",
    "whom",
    "who",
    "which",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "not",
    "never",
    "did",
    "does",
    "do",
    "has",
    "have",
    "had",
    "will",
    "may",
    "might",
    "could",
    "would",
    "can",
    "should",
    "a",
    "an",
    "to",
    "with",
    "by",
    "from",
    "connected",
    "related",
    "linked",
    "asserted",
    "possible",
    "negated",
    "any",
    "for",
    "over",
    "about",
    "that",
    "how",
    "when",
    "times",
    "mention",
    "mentions",
    "mentioned",
    "happened",
    "member",
    "members",
    "part",
    "based",
    "located",
];

/// Words that start the filters after a question (parsed by the pest `tail` rule).
const TAIL: &[&str] = &[
    "where", "after", "before", "since", "until", "on", "in", "order", "limit", "asserted",
    "possible", "negated", "any",
];

const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
const DO_HAVE: &[&str] = &["did", "does", "do", "has", "have", "had", "will", "shall"];
const MODAL: &[&str] = &["may", "might", "could", "would", "can", "should"];
const NEG: &[&str] = &["not", "never"];
const WHAT: &[&str] = &[
    "what",
    "whom",
    "anything",
    "anyone",
    "anybody",
    "who",
    "something",
];
const CHARGE: &[&str] = &["charges", "charge", "claims", "accusations", "allegations"];
const DETERMINERS: &[&str] = &["the", "any", "their", "its", "his", "her", "these", "those"];
const ARTICLES: &[&str] = &[
    "articles",
    "article",
    "documents",
    "document",
    "stories",
    "story",
    "reports",
    "sources",
];

/// Auxiliaries before a verb.
#[derive(Default, Clone, Copy, Debug)]
struct Aux {
    be: bool,
    have: bool,
    modal: bool,
    neg: bool,
    any: bool,
}

impl Aux {
    /// The modality the question asks for, when it says one.
    fn modality(self) -> Option<Modality> {
        if self.neg {
            Some(Modality::Negated)
        } else if self.modal {
            Some(Modality::Possible)
        } else {
            None
        }
    }
}

/// The object slot of a question.
enum Obj {
    /// `what`, `whom`: a variable.
    What,
    /// "accusations", "the claims": the claim.
    Charge,
    /// `which crossings`: a typed variable.
    Typed(EntityType),
    /// A name or variable.
    Term(Term),
}

/// The claim after `of`/`for`: a variable or text the claim must contain.
enum ClaimSpec {
    Var,
    Contains(String),
}

/// A question recognised: the query and the name of its form (for `--explain`).
pub struct Recognised {
    /// The query.
    pub query: Query,
    /// The form, as an example: "what did X accuse Y of".
    pub form: &'static str,
}

struct P<'a> {
    toks: Vec<Tok>,
    i: usize,
    v: &'a Vocab,
    text: &'a str,
}

/// Recognises a question form; `None` when `text` is no question form (a pattern).
pub fn recognise(text: &str, v: &Vocab) -> Result<Option<Recognised>, QueryError> {
    let mut toks = tokenize(text);
    // One final mark ends the question; the grammar reports any more.
    if toks
        .last()
        .is_some_and(|t| t.kind == Kind::Punct && matches!(t.low.as_str(), "?" | "." | "!"))
    {
        toks.pop();
    }
    if toks.first().is_none_or(|t| t.kind != Kind::Word) {
        return Ok(None);
    }
    let mut p = P {
        toks,
        i: 0,
        v,
        text,
    };
    let r = p.question()?;
    Ok(r)
}

fn named(name: &str, span: Span) -> Var {
    Var {
        name: name.to_string(),
        span,
    }
}

fn type_col(t: EntityType) -> String {
    t.as_str().to_lowercase()
}

impl P<'_> {
    fn tok(&self, k: usize) -> Option<&Tok> {
        self.toks.get(self.i + k)
    }

    fn is(&self, k: usize, words: &[&str]) -> bool {
        self.tok(k)
            .is_some_and(|t| t.kind == Kind::Word && words.contains(&t.low.as_str()))
    }

    fn eat(&mut self, words: &[&str]) -> Option<Span> {
        if self.is(0, words) {
            self.i += 1;
            Some(self.toks[self.i - 1].span)
        } else {
            None
        }
    }

    fn done(&self) -> bool {
        self.i >= self.toks.len()
    }

    fn whole(&self) -> Span {
        Span {
            start: 0,
            end: self.text.len(),
        }
    }

    /// A verb at offset `k`: its relation, forms and how many tokens it takes.
    fn verb_at(&self, k: usize) -> Option<(Relation, Forms, usize)> {
        let t = self.tok(k)?;
        if t.kind != Kind::Word {
            return None;
        }
        if let Some(n) = self.tok(k + 1).filter(|n| n.kind == Kind::Word) {
            if let Some((r, f)) = self.v.verb(&format!("{} {}", t.low, n.low)) {
                return Some((r, f, 2));
            }
        }
        if let Some((r, f)) = self.v.verb(&t.low) {
            return Some((r, f, 1));
        }
        // Relation names work in questions too ("who holds_role what").
        if t.low.contains('_') {
            return self.v.relation(&t.low).map(|r| (r, Forms::BASE, 1));
        }
        None
    }

    fn verb(&mut self) -> Option<(Relation, Forms, Span)> {
        let (r, f, n) = self.verb_at(0)?;
        let span = Span {
            start: self.toks[self.i].span.start,
            end: self.toks[self.i + n - 1].span.end,
        };
        self.i += n;
        Some((r, f, span))
    }

    /// The error for a word where a relation verb must stand.
    fn not_a_verb(&self) -> QueryError {
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

    fn auxes(&mut self) -> Aux {
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

    fn name_word(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else { return false };
        if t.kind != Kind::Word || STOP.contains(&t.low.as_str()) {
            return false;
        }
        // A capitalised word inside a question is a name even when it is also a verb
        // form ("Finnish Border Guard").
        (t.capital && self.i + k > 0) || self.verb_at(k).is_none()
    }

    /// A name: a quoted string, or words up to a keyword or verb.
    fn name(&mut self) -> Option<Name> {
        let t = self.tok(0)?;
        if t.kind == Kind::Str {
            let n = Name {
                text: t.low.clone(),
                span: t.span,
            };
            self.i += 1;
            return Some(n);
        }
        let start = self.i;
        while self.name_word(0) {
            self.i += 1;
        }
        if self.i == start {
            return None;
        }
        let span = Span {
            start: self.toks[start].span.start,
            end: self.toks[self.i - 1].span.end,
        };
        Some(Name {
            text: self.text[span.start..span.end].to_string(),
            span,
        })
    }

    fn term(&mut self) -> Option<Term> {
        if let Some(t) = self.tok(0).filter(|t| t.kind == Kind::Var) {
            let v = Var {
                name: t.low.trim_start_matches('?').to_string(),
                span: t.span,
            };
            self.i += 1;
            return Some(Term::Var(v));
        }
        self.name().map(Term::Name)
    }

    /// A type noun (one or two words) at the cursor.
    fn type_noun(&mut self) -> Option<(EntityType, Span)> {
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

    fn charge_at(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| {
            t.kind == Kind::Word
                && (CHARGE.contains(&t.low.as_str()) || self.v.noun(&t.low).is_some())
        })
    }

    fn object(&mut self) -> Option<Obj> {
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
        if self.is(0, &["which", "what", "any", "the"]) {
            let save = self.i;
            self.i += 1;
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
    fn claim(&mut self) -> Option<ClaimSpec> {
        if !self.is(0, &["of", "for", "over", "about", "with"]) {
            return None;
        }
        let save = self.i;
        self.i += 1;
        if self.eat(&["what", "anything"]).is_some() {
            return Some(ClaimSpec::Var);
        }
        if let Some(t) = self.tok(0).filter(|t| t.kind == Kind::Str).cloned() {
            self.i += 1;
            return Some(ClaimSpec::Contains(t.low));
        }
        let start = self.i;
        while self.tok(0).is_some_and(|t| t.kind == Kind::Word) && !self.is(0, TAIL) {
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
        let (s, e) = (self.toks[start].span.start, self.toks[self.i - 1].span.end);
        Some(ClaimSpec::Contains(self.text[s..e].to_string()))
    }

    /// Finishes a question: the filters after it, parsed by the grammar's `tail`.
    fn finish(
        &mut self,
        mut s: Select,
        form: &'static str,
    ) -> Result<Option<Recognised>, QueryError> {
        if let Some(t) = self.tok(0) {
            super::syntax::parse_tail(self.text, t.span.start, &mut s)?;
        }
        s.form = Some(form.to_string());
        Ok(Some(Recognised {
            query: Query::Select(s),
            form,
        }))
    }

    fn question(&mut self) -> Result<Option<Recognised>, QueryError> {
        let first = self.toks[0].low.clone();
        match first.as_str() {
            "how" => self.how(),
            "when" => self.when(),
            "where" => self.where_(),
            "who" | "whom" => self.who(),
            "what" => self.what(),
            "which" => {
                self.i = 1;
                self.which()
            }
            w if BE.contains(&w) || DO_HAVE.contains(&w) || MODAL.contains(&w) => self.yes_no(),
            _ => Ok(None),
        }
    }

    fn how(&mut self) -> Result<Option<Recognised>, QueryError> {
        self.i = 1;
        if self.eat(&["many", "much"]).is_some() {
            return self.how_many();
        }
        if self.eat(&["is", "are", "was", "were"]).is_none() {
            return Ok(None);
        }
        let Some(a) = self.term() else {
            return Ok(None);
        };
        let b = if self.eat(&["and"]).is_some() {
            // how are Finland and Norway connected
            let b = self.term();
            if self.eat(&["connected", "related", "linked"]).is_none() {
                return Ok(None);
            }
            b
        } else {
            // how is Laanemets connected to NATO
            if self.eat(&["connected", "related", "linked"]).is_none()
                || self.eat(&["to", "with"]).is_none()
            {
                return Ok(None);
            }
            self.term()
        };
        match (b, self.done()) {
            (Some(b), true) => Ok(Some(Recognised {
                query: Query::Path(a, b),
                form: "how are A and B connected",
            })),
            _ => Ok(None),
        }
    }

    fn where_(&mut self) -> Result<Option<Recognised>, QueryError> {
        self.i = 1;
        if self.eat(&["is", "are", "was", "were", "lies"]).is_none() {
            return Ok(None);
        }
        let Some(t) = self.term() else {
            return Ok(None);
        };
        let w = self.whole();
        let mut s = Select::new(vec![clause(
            t,
            Relation::LOCATED_IN,
            w,
            Some(Term::Var(named("where", w))),
            None,
        )]);
        s.columns = Some(vec!["where".into()]);
        self.eat(&["located", "situated"]);
        self.finish(s, "where is X")
    }

    /// `who …`: role lookups, descriptions, and who-did-what questions.
    fn who(&mut self) -> Result<Option<Recognised>, QueryError> {
        self.i = 1;
        let save = self.i;
        let aux = self.auxes();
        if self.verb_at(0).is_some() {
            return self.who_verb(aux);
        }
        if !aux.any {
            // "who acused Russia": the word where a verb must be.
            return Err(self.not_a_verb());
        }
        self.i = save;
        if self.eat(&["is", "was", "are", "were"]).is_none() {
            return Ok(None);
        }
        if let Some(r) = self.role()? {
            return Ok(Some(r));
        }
        // who is Zakharova: the rest is a name.
        let rest = self.tok(0).map(|t| t.span.start);
        let end = self.toks.last().map(|t| t.span.end);
        match (rest, end) {
            (Some(s), Some(e)) => {
                let text = self.text[s..e].trim_matches('"').to_string();
                Ok(Some(Recognised {
                    query: Query::Describe(Name {
                        text,
                        span: Span { start: s, end: e },
                    }),
                    form: "who is X",
                }))
            }
            _ => Ok(None),
        }
    }

    /// `the prime minister of Norway`, `the Finnish interior minister`, `Finland's
    /// prime minister`: a holds_role fact whose title has every word.
    fn role(&mut self) -> Result<Option<Recognised>, QueryError> {
        let save = self.i;
        let the = self.eat(&["the"]).is_some();
        let words_start = self.i;
        let mut of = None;
        let mut state: Option<Name> = None;
        // Finland's prime minister
        if !the {
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
        if let Some((d, sp)) = words.first().cloned() {
            if let Some(label) = self.v.demonym(&d) {
                if of.is_none() && state.is_none() {
                    state = Some(Name {
                        text: label.to_string(),
                        span: sp,
                    });
                    words.remove(0);
                }
            }
        }
        let object = of.or(state.map(Term::Name));
        let (Some(object), false) = (object, words.is_empty() || !self.done()) else {
            self.i = save;
            return Ok(None);
        };
        let _ = words_start;
        let w = self.whole();
        let mut s = Select::new(vec![clause(
            Term::Var(named("who", w)),
            Relation::HOLDS_ROLE,
            w,
            Some(object),
            Some(ClaimTerm::Var(named("role", w))),
        )]);
        for (word, _) in &words {
            if !matches!(word.as_str(), "the" | "of" | "for" | "and") {
                s.conds.push(Cond::ClaimContains(word.clone()));
            }
        }
        s.columns = Some(vec!["who".into(), "role".into()]);
        self.finish(s, "who is the <office> of X")
    }

    /// `who <aux> <verb> [object] [of claim]`, active or passive.
    fn who_verb(&mut self, aux: Aux) -> Result<Option<Recognised>, QueryError> {
        let Some((rel, forms, vspan)) = self.verb() else {
            return Ok(None);
        };
        let w = self.whole();
        let passive = aux.be && !forms.has(Forms::ING) && forms.has(Forms::PARTICIPLE);
        let who = Term::Var(named("who", w));
        let mut columns = vec!["who".to_string()];
        let (subject, object, claim_obj) = if passive {
            // who was accused [by X] [of what]
            let by = if self.eat(&["by"]).is_some() {
                self.term()
            } else {
                None
            };
            let by = by.unwrap_or_else(|| {
                columns.push("by".into());
                Term::Var(named("by", w))
            });
            (by, Some(who), None)
        } else {
            let (o, c) = self.object_slot(rel, &mut columns, w);
            (who, o, c)
        };
        let claim = self.claim_slot(rel, claim_obj, &mut columns, w);
        let mut s = Select::new(vec![Clause {
            subject,
            relation: RelTerm::Fixed(rel, vspan),
            object,
            claim,
            modality: aux.modality(),
            optional: false,
        }]);
        self.typed_objects(&mut s);
        s.columns = Some(columns);
        self.finish(
            s,
            if passive {
                "who was <verb>ed [by X]"
            } else {
                "who <verb> [X] [of what]"
            },
        )
    }

    /// The object of an active question and the claim it stands for, with columns.
    fn object_slot(
        &mut self,
        rel: Relation,
        columns: &mut Vec<String>,
        w: Span,
    ) -> (Option<Term>, Option<ClaimSpec>) {
        match self.object() {
            Some(Obj::What) if self.v.object_is_claim(rel) => (None, Some(ClaimSpec::Var)),
            // "who alleged what": the claim, and whom it was about.
            Some(Obj::What) if self.v.has_claim(rel) && rel != Relation::HOLDS_ROLE => {
                columns.push("whom".into());
                (Some(Term::Var(named("whom", w))), None)
            }
            Some(Obj::What) => {
                columns.push("what".into());
                (Some(Term::Var(named("what", w))), None)
            }
            Some(Obj::Charge) => (None, Some(ClaimSpec::Var)),
            Some(Obj::Typed(t)) => {
                columns.push(type_col(t));
                (
                    Some(Term::Var(named(&format!("{}__typed", type_col(t)), w))),
                    None,
                )
            }
            Some(Obj::Term(t)) => {
                if let Term::Var(v) = &t {
                    columns.push(v.name.clone());
                }
                (Some(t), None)
            }
            None => (None, None),
        }
    }

    /// The claim slot: `of what`, `of "text"`, or the claim every such fact has.
    fn claim_slot(
        &mut self,
        rel: Relation,
        from_object: Option<ClaimSpec>,
        columns: &mut Vec<String>,
        w: Span,
    ) -> Option<ClaimTerm> {
        let spec = self.claim().or(from_object);
        let claim = match spec {
            Some(ClaimSpec::Var) => Some(ClaimTerm::Var(named("claim", w))),
            Some(ClaimSpec::Contains(t)) => Some(ClaimTerm::Contains(t)),
            None if self.v.has_claim(rel) && rel != Relation::HOLDS_ROLE => {
                Some(ClaimTerm::Var(named("claim", w)))
            }
            None => None,
        };
        if matches!(claim, Some(ClaimTerm::Var(_))) {
            columns.push("claim".into());
        }
        claim
    }

    /// Variables made for `which T` objects get their type condition and their
    /// column name back.
    fn typed_objects(&self, s: &mut Select) {
        let mut conds = Vec::new();
        for c in &mut s.clauses {
            for t in [Some(&mut c.subject), c.object.as_mut()]
                .into_iter()
                .flatten()
            {
                if let Term::Var(v) = t {
                    if let Some(ty) = v.name.strip_suffix("__typed").map(str::to_string) {
                        v.name = ty.clone();
                        if let Some(et) = EntityType::parse(&ty) {
                            conds.push(Cond::Type {
                                var: v.clone(),
                                etype: et,
                                negated: false,
                            });
                        }
                    }
                }
            }
        }
        s.conds.extend(conds);
    }

    fn what(&mut self) -> Result<Option<Recognised>, QueryError> {
        self.i = 1;
        let w = self.whole();
        // what happened on 2023-11-22
        if self.eat(&["happened", "occurred"]).is_some() {
            let mut c = clause(
                Term::Var(named("subject", w)),
                Relation::SAYS,
                w,
                Some(Term::Var(named("object", w))),
                Some(ClaimTerm::Var(named("claim", w))),
            );
            c.relation = RelTerm::Var(named("relation", w));
            c.optional = true;
            let mut s = Select::new(vec![c]);
            s.conds.push(Cond::AnyModality);
            s.order = Some((OrderKey::Date, false));
            // "in November 2023" reads as a date, not a document.
            if self.is(0, &["in", "during"]) && self.tok(1).is_some_and(|t| is_date(&t.low)) {
                self.i += 1;
                let t = self.toks[self.i].clone();
                self.i += 1;
                s.conds.push(Cond::Date(DateOp::On, t.low.clone(), t.span));
            }
            return self.finish(s, "what happened on DATE");
        }
        // what T did X close
        if let Some((t, sp)) = self.type_noun() {
            return self.which_typed(t, sp);
        }
        let save = self.i;
        // what is Finland a member of
        if self.eat(&["is", "are", "was", "were"]).is_some() {
            let after_be = self.i;
            if let Some(x) = self.term() {
                self.eat(&["a", "an"]);
                if self.eat(&["member", "members", "part"]).is_some() && self.eat(&["of"]).is_some()
                {
                    let mut s = Select::new(vec![clause(
                        x,
                        Relation::MEMBER_OF,
                        w,
                        Some(Term::Var(named("organisation", w))),
                        None,
                    )]);
                    s.columns = Some(vec!["organisation".into()]);
                    return self.finish(s, "what is X a member of");
                }
            }
            self.i = after_be;
            // what was Russia accused of
            if let Some(x) = self.term() {
                if let Some((rel, forms, vspan)) = self.verb() {
                    if forms.has(Forms::PARTICIPLE) {
                        let by = if self.eat(&["by"]).is_some() {
                            self.term()
                        } else {
                            None
                        };
                        let mut columns = vec![];
                        self.eat(&["of", "for", "with"]);
                        columns.push("claim".to_string());
                        let subject = by.unwrap_or_else(|| {
                            columns.push("by".into());
                            Term::Var(named("by", w))
                        });
                        let mut s = Select::new(vec![Clause {
                            subject,
                            relation: RelTerm::Fixed(rel, vspan),
                            object: Some(x),
                            claim: Some(ClaimTerm::Var(named("claim", w))),
                            modality: None,
                            optional: false,
                        }]);
                        s.columns = Some(columns);
                        return self.finish(s, "what was X <verb>ed of");
                    }
                }
            }
            // what is Finland: a description.
            self.i = after_be;
            let rest = self.tok(0).map(|t| t.span.start);
            if let (Some(s), Some(e)) = (rest, self.toks.last().map(|t| t.span.end)) {
                return Ok(Some(Recognised {
                    query: Query::Describe(Name {
                        text: self.text[s..e].trim_matches('"').to_string(),
                        span: Span { start: s, end: e },
                    }),
                    form: "who is X",
                }));
            }
            return Ok(None);
        }
        self.i = save;
        // what did Finland accuse Russia of · what did Reuters report
        let aux = self.auxes();
        if !aux.any {
            return Ok(None);
        }
        let Some(x) = self.term() else {
            return Ok(None);
        };
        let Some((rel, _, vspan)) = self.verb() else {
            return Ok(None);
        };
        let object = match self.tok(0) {
            Some(t) if t.kind != Kind::Word || !STOP.contains(&t.low.as_str()) => self.term(),
            _ => None,
        };
        let claim_word = self.is(0, &["of", "for", "over", "about", "with"]);
        let ends = {
            let save = self.i;
            if claim_word {
                self.i += 1;
            }
            let d = self.done() || self.is(0, TAIL);
            self.i = save;
            d
        };
        let takes_claim =
            self.v.object_is_claim(rel) || (object.is_some() && self.v.has_claim(rel));
        let mut columns = Vec::new();
        let (object, claim) = if takes_claim || (claim_word && ends) {
            if claim_word {
                self.i += 1;
            }
            columns.push("claim".to_string());
            if object.is_none() && !self.v.object_is_claim(rel) {
                columns.push("whom".into());
            }
            let o = object.or_else(|| {
                (!self.v.object_is_claim(rel) && !self.v.objectless(rel))
                    .then(|| Term::Var(named("whom", w)))
            });
            (o, Some(ClaimTerm::Var(named("claim", w))))
        } else {
            columns.push("what".to_string());
            let claim = self
                .v
                .has_claim(rel)
                .then(|| ClaimTerm::Var(named("claim", w)));
            if claim.is_some() && rel != Relation::HOLDS_ROLE {
                columns.push("claim".into());
            }
            (Some(Term::Var(named("what", w))), claim)
        };
        let mut s = Select::new(vec![Clause {
            subject: x,
            relation: RelTerm::Fixed(rel, vspan),
            object,
            claim,
            modality: aux.modality(),
            optional: false,
        }]);
        s.columns = Some(columns);
        self.finish(s, "what did X <verb> [Y] [of]")
    }

    fn which(&mut self) -> Result<Option<Recognised>, QueryError> {
        // which articles mention Storskog
        if self.is(0, ARTICLES) {
            self.i += 1;
            self.eat(&[
                "mention",
                "mentions",
                "mentioned",
                "name",
                "names",
                "cover",
                "covers",
                "discuss",
                "discusses",
            ]);
            self.eat(&["about", "on"]);
            let Some(n) = self.name() else {
                return Ok(None);
            };
            if !self.done() {
                return Ok(None);
            }
            return Ok(Some(Recognised {
                query: Query::Mentions(n),
                form: "which articles mention X",
            }));
        }
        let t = self.tok(0).cloned();
        match self.type_noun() {
            Some((ty, sp)) => self.which_typed(ty, sp),
            None => match t {
                Some(t) if t.kind == Kind::Word => Err(QueryError::UnknownType {
                    word: self.text[t.span.start..t.span.end].to_string(),
                    span: t.span,
                }),
                _ => Ok(None),
            },
        }
    }

    /// After `which T` / `what T`.
    fn which_typed(&mut self, ty: EntityType, _sp: Span) -> Result<Option<Recognised>, QueryError> {
        let w = self.whole();
        let col = type_col(ty);
        let me = Term::Var(named(&col, w));
        let typed = Cond::Type {
            var: named(&col, w),
            etype: ty,
            negated: false,
        };
        let save = self.i;
        // which crossings are in Finland · which officials are from Finland
        if self.eat(&["are", "is", "were", "was"]).is_some() {
            self.eat(&["based", "located"]);
            let member = self.eat(&["members", "member", "part"]).is_some();
            if member {
                self.eat(&["of"]);
            }
            if member
                || self
                    .eat(&["in", "from", "of", "inside", "within"])
                    .is_some()
            {
                if let Some(x) = self.term() {
                    let rel = match ty {
                        EntityType::Person => Relation::HOLDS_ROLE,
                        EntityType::State | EntityType::Organisation => Relation::MEMBER_OF,
                        EntityType::Crossing | EntityType::Place => Relation::LOCATED_IN,
                    };
                    let mut s = Select::new(vec![clause(me, rel, w, Some(x), None)]);
                    s.conds.push(typed);
                    s.columns = Some(vec![col]);
                    return self.finish(s, "which T are in/from X");
                }
            }
            self.i = save;
        }
        let aux = self.auxes();
        // which crossings did Finland close
        if aux.any && self.verb_at(0).is_none() {
            let Some(x) = self.term() else {
                return Ok(None);
            };
            let Some((rel, _, vspan)) = self.verb() else {
                return Ok(None);
            };
            let mut columns = vec![col];
            let claim = self.claim_slot(rel, None, &mut columns, w);
            let mut s = Select::new(vec![Clause {
                subject: x,
                relation: RelTerm::Fixed(rel, vspan),
                object: Some(me),
                claim,
                modality: aux.modality(),
                optional: false,
            }]);
            s.conds.push(typed);
            s.columns = Some(columns);
            return self.finish(s, "which T did X <verb>");
        }
        let Some((rel, forms, vspan)) = self.verb() else {
            return Err(self.not_a_verb());
        };
        let passive = aux.be && !forms.has(Forms::ING) && forms.has(Forms::PARTICIPLE);
        let mut columns = vec![col];
        let (subject, object, claim_obj) = if passive {
            // which crossings were closed [by Finland]
            let by = if self.eat(&["by"]).is_some() {
                self.term()
            } else {
                None
            };
            let by = by.unwrap_or_else(|| {
                columns.push("by".into());
                Term::Var(named("by", w))
            });
            (by, Some(me), None)
        } else {
            // which states border Russia · who closed which crossings
            let (o, c) = self.object_slot(rel, &mut columns, w);
            (me, o, c)
        };
        let claim = self.claim_slot(rel, claim_obj, &mut columns, w);
        let mut s = Select::new(vec![Clause {
            subject,
            relation: RelTerm::Fixed(rel, vspan),
            object,
            claim,
            modality: aux.modality(),
            optional: false,
        }]);
        s.conds.push(typed);
        self.typed_objects(&mut s);
        s.columns = Some(columns);
        self.finish(
            s,
            if passive {
                "which T were <verb>ed [by X]"
            } else {
                "which T <verb> [which T]"
            },
        )
    }

    /// `when did Finland close Vaalimaa` · `when was Storskog closed`.
    fn when(&mut self) -> Result<Option<Recognised>, QueryError> {
        self.i = 1;
        let w = self.whole();
        let aux = self.auxes();
        let Some(x) = self.term() else {
            return Ok(None);
        };
        let Some((rel, forms, vspan)) = self.verb() else {
            return Ok(None);
        };
        let passive = aux.be && forms.has(Forms::PARTICIPLE) && !forms.has(Forms::ING);
        let mut columns = Vec::new();
        let (subject, object) = if passive {
            let by = if self.eat(&["by"]).is_some() {
                self.term()
            } else {
                None
            };
            let by = by.unwrap_or_else(|| {
                columns.push("by".into());
                Term::Var(named("by", w))
            });
            (by, Some(x))
        } else {
            let o = match self.object() {
                Some(Obj::Term(t)) => Some(t),
                Some(Obj::What) => {
                    columns.push("what".into());
                    Some(Term::Var(named("what", w)))
                }
                _ => None,
            };
            (x, o)
        };
        let claim = match self.claim() {
            Some(ClaimSpec::Contains(t)) => Some(ClaimTerm::Contains(t)),
            _ => None,
        };
        let mut s = Select::new(vec![Clause {
            subject,
            relation: RelTerm::Fixed(rel, vspan),
            object,
            claim,
            modality: aux.modality(),
            optional: false,
        }]);
        s.columns = Some(columns);
        s.by_date = true;
        s.order = Some((OrderKey::Date, false));
        self.finish(s, "when did X <verb> Y")
    }

    /// `how many states accused Russia` · `how many times was Russia accused`.
    fn how_many(&mut self) -> Result<Option<Recognised>, QueryError> {
        let w = self.whole();
        let times = self.eat(&["times"]).is_some();
        let typed = if times { None } else { self.type_noun() };
        if !times && typed.is_none() {
            return Ok(None);
        }
        let aux = self.auxes();
        let me = |ty: Option<(EntityType, Span)>| match ty {
            Some((t, _)) => Term::Var(named(&type_col(t), w)),
            None => Term::Var(named("who", w)),
        };
        let clause_of = if aux.any && self.verb_at(0).is_none() {
            // how many crossings did Finland close · how many times was Russia accused
            let Some(x) = self.term() else {
                return Ok(None);
            };
            let Some((rel, forms, vspan)) = self.verb() else {
                return Ok(None);
            };
            let passive = aux.be && forms.has(Forms::PARTICIPLE) && !forms.has(Forms::ING);
            let (subject, object) = if passive {
                let by = if self.eat(&["by"]).is_some() {
                    self.term()
                } else {
                    None
                };
                (by.unwrap_or_else(|| me(typed)), Some(x))
            } else {
                let o = match self.object() {
                    Some(Obj::Term(t)) => Some(t),
                    _ => (!times).then(|| me(typed)),
                };
                (x, o)
            };
            Clause {
                subject,
                relation: RelTerm::Fixed(rel, vspan),
                object,
                claim: None,
                modality: aux.modality(),
                optional: false,
            }
        } else {
            // how many states accused Russia
            let Some((rel, _, vspan)) = self.verb() else {
                return Ok(None);
            };
            let object = match self.object() {
                Some(Obj::Term(t)) => Some(t),
                _ => None,
            };
            Clause {
                subject: me(typed),
                relation: RelTerm::Fixed(rel, vspan),
                object,
                claim: None,
                modality: aux.modality(),
                optional: false,
            }
        };
        let claim = match self.claim() {
            Some(ClaimSpec::Contains(t)) => Some(ClaimTerm::Contains(t)),
            _ => None,
        };
        let mut s = Select::new(vec![Clause { claim, ..clause_of }]);
        if let Some((t, _)) = typed {
            s.conds.push(Cond::Type {
                var: named(&type_col(t), w),
                etype: t,
                negated: false,
            });
            s.columns = Some(vec![type_col(t)]);
        }
        s.count = true;
        s.count_facts = times;
        self.finish(
            s,
            if times {
                "how many times was X <verb>ed"
            } else {
                "how many T <verb> X"
            },
        )
    }

    /// `did Russia close Storskog` · `was Russia accused` · `is Finland a member of NATO`.
    fn yes_no(&mut self) -> Result<Option<Recognised>, QueryError> {
        let w = self.whole();
        let aux = self.auxes();
        let Some(x) = self.term() else {
            return Ok(None);
        };
        let c = if self.is(0, &["a", "an", "member", "in"]) && aux.be {
            // is Finland a member of NATO · is Storskog in Norway
            self.eat(&["a", "an"]);
            let rel = if self.eat(&["member", "part"]).is_some() {
                self.eat(&["of"]);
                Relation::MEMBER_OF
            } else if self.eat(&["in"]).is_some() {
                Relation::LOCATED_IN
            } else {
                return Ok(None);
            };
            let Some(y) = self.term() else {
                return Ok(None);
            };
            clause(x, rel, w, Some(y), None)
        } else {
            let Some((rel, forms, vspan)) = self.verb() else {
                return Ok(None);
            };
            let passive = aux.be && forms.has(Forms::PARTICIPLE) && !forms.has(Forms::ING);
            let (subject, object) = if passive {
                let by = if self.eat(&["by"]).is_some() {
                    self.term()
                } else {
                    None
                };
                (by.unwrap_or_else(|| Term::Var(named("by", w))), Some(x))
            } else {
                let o = match self.object() {
                    Some(Obj::Term(t)) => Some(t),
                    _ => None,
                };
                (x, o)
            };
            let claim = match self.claim() {
                Some(ClaimSpec::Contains(t)) => Some(ClaimTerm::Contains(t)),
                _ => None,
            };
            Clause {
                subject,
                relation: RelTerm::Fixed(rel, vspan),
                object,
                claim,
                modality: None,
                optional: false,
            }
        };
        let mut s = Select::new(vec![c]);
        s.yes_no = true;
        s.columns = Some(Vec::new());
        self.finish(s, "did X <verb> Y")
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    matches!(b.len(), 4 | 7 | 10)
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

fn clause(
    subject: Term,
    rel: Relation,
    span: Span,
    object: Option<Term>,
    claim: Option<ClaimTerm>,
) -> Clause {
    Clause {
        subject,
        relation: RelTerm::Fixed(rel, span),
        object,
        claim,
        modality: None,
        optional: false,
    }
}

/// Example questions, one per form: what a parse error suggests.
pub const EXAMPLES: &[&str] = &[
    "who accused Russia of what?",
    "what did Finland accuse Russia of?",
    "who closed which crossings?",
    "which crossings were closed?",
    "which crossings did Finland close?",
    "did Russia close Storskog?",
    "was Russia accused?",
    "when did Finland close Raja-Jooseppi?",
    "which crossings are in Finland?",
    "which officials are from Finland?",
    "who is the prime minister of Norway?",
    "who is the Finnish interior minister?",
    "how many states accused Russia?",
    "how many times was Russia accused?",
    "what happened on 2023-11-22?",
    "which articles mention Storskog?",
    "how are Finland and Norway connected?",
    "who is Zakharova?",
    "where is Storskog?",
    "what is Finland a member of?",
    "?x accuses Russia",
];

/// The example question nearest to a query that did not parse, by shared words and
/// then by the first word.
pub fn nearest_example(text: &str) -> &'static str {
    let words: Vec<String> = tokenize(text)
        .into_iter()
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.low)
        .collect();
    let score = |ex: &str| -> (usize, usize) {
        let ex_words: Vec<String> = tokenize(ex)
            .into_iter()
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.low)
            .collect();
        let shared = words.iter().filter(|w| ex_words.contains(w)).count();
        let first = usize::from(words.first().is_some() && words.first() == ex_words.first());
        (first, shared)
    };
    EXAMPLES
        .iter()
        .copied()
        .max_by_key(|ex| score(ex))
        .unwrap_or(EXAMPLES[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(q: &str) -> Recognised {
        recognise(q, Vocab::builtin())
            .unwrap_or_else(|e| panic!("{q}: {e}"))
            .unwrap_or_else(|| panic!("{q}: not recognised"))
    }

    fn select(q: &str) -> Select {
        match rec(q).query {
            Query::Select(s) => s,
            other => panic!("{q}: {other:?}"),
        }
    }

    fn rel(c: &Clause) -> &str {
        match &c.relation {
            RelTerm::Fixed(r, _) => r.as_str(),
            other => panic!("{other:?}"),
        }
    }

    fn name(t: &Term) -> String {
        match t {
            Term::Name(n) => n.text.clone(),
            Term::Var(v) => format!("?{}", v.name),
        }
    }

    #[test]
    fn tokens_split_punctuation_possessives_and_contractions() {
        let t: Vec<String> = tokenize("who closed Storskog. Finland's didn't \"Raja-Jooseppi\" ?x")
            .into_iter()
            .map(|t| t.low)
            .collect();
        assert_eq!(
            t,
            [
                "who",
                "closed",
                "storskog",
                ".",
                "finland",
                "'s",
                "did",
                "not",
                "Raja-Jooseppi",
                "?x"
            ]
        );
    }

    #[test]
    fn what_did_x_accuse_y_of() {
        let s = select("what did Finland accuse Russia of?");
        let c = &s.clauses[0];
        assert_eq!(
            (name(&c.subject), rel(c), c.object.as_ref().map(name)),
            ("Finland".into(), "accuses", Some("Russia".into()))
        );
        assert!(matches!(c.claim, Some(ClaimTerm::Var(_))));
        assert_eq!(s.columns, Some(vec!["claim".to_string()]));
    }

    #[test]
    fn passives_put_the_asked_entity_in_the_object() {
        let s = select("which crossings were closed?");
        let c = &s.clauses[0];
        assert_eq!(
            (name(&c.subject), rel(c), c.object.as_ref().map(name)),
            ("?by".into(), "closes", Some("?crossing".into()))
        );
        let s = select("was Russia accused?");
        assert!(s.yes_no);
        assert_eq!(
            s.clauses[0].object.as_ref().map(name),
            Some("Russia".into())
        );
    }

    #[test]
    fn tenses_and_lexicon_verbs() {
        for q in [
            "who is accusing Russia?",
            "who accuses Russia",
            "who has accused Russia",
            "who alleged what?",
        ] {
            assert_eq!(rel(&select(q).clauses[0]), "accuses", "{q}");
        }
        assert_eq!(rel(&select("who condemned Russia?").clauses[0]), "condemns");
        assert_eq!(rel(&select("who closed Storskog.").clauses[0]), "closes");
    }

    #[test]
    fn yes_no_when_count_and_roles() {
        assert!(select("did Russia close Storskog?").yes_no);
        assert!(select("when did Finland close Raja-Jooseppi?").by_date);
        let s = select("how many times was Russia accused?");
        assert!(s.count && s.count_facts);
        let s = select("who is the Finnish interior minister?");
        assert_eq!(
            s.clauses[0].object.as_ref().map(name),
            Some("Finland".into())
        );
        assert_eq!(
            s.conds
                .iter()
                .filter(|c| matches!(c, Cond::ClaimContains(_)))
                .count(),
            2
        );
        let s = select("who is the prime minister of Norway?");
        assert_eq!(
            s.clauses[0].object.as_ref().map(name),
            Some("Norway".into())
        );
        assert!(matches!(rec("who is Zakharova?").query, Query::Describe(_)));
        assert!(matches!(
            rec("how are Finland and Norway connected?").query,
            Query::Path(..)
        ));
        assert!(matches!(
            rec("which articles mention Storskog?").query,
            Query::Mentions(_)
        ));
    }

    #[test]
    fn patterns_are_not_questions() {
        assert!(recognise("?x accuses Russia", Vocab::builtin())
            .unwrap()
            .is_none());
        assert!(recognise("Finland closes ?c", Vocab::builtin())
            .unwrap()
            .is_none());
    }

    #[test]
    fn the_nearest_example_shares_words() {
        assert_eq!(
            nearest_example("what Finland accuse Russia of"),
            "what did Finland accuse Russia of?"
        );
        assert_eq!(
            nearest_example("how many times Russia accused"),
            "how many times was Russia accused?"
        );
    }
}
