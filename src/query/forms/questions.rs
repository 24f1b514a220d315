//! The question forms, one method each: what each asks for, as clauses.

use super::tokens::*;
use super::{clause, is_date, named, type_col, Aux, Recognised, P};
use crate::lexicon::Forms;
use crate::model::Relation;
use crate::query::ast::*;
use crate::query::QueryError;

/// The month number of a month word.
fn month_of(word: &str) -> Option<usize> {
    let k = MONTHS.iter().position(|m| *m == word)?;
    Some(if k == 24 { 9 } else { k % 12 + 1 })
}

impl P<'_> {
    pub(super) fn question(&mut self) -> Result<Option<Recognised>, QueryError> {
        if let Some(r) = self.about_sources()? {
            return Ok(Some(r));
        }
        if let Some(r) = self.about() {
            return Ok(Some(r));
        }
        if let Some(r) = self.between() {
            return Ok(Some(r));
        }
        if let Some(r) = self.link_between() {
            return Ok(Some(r));
        }
        let Some(first) = self.toks.first().map(|t| t.low.clone()) else {
            return Ok(None);
        };
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
            "in" if self.is(1, &["which", "what"]) => self.in_which(),
            _ => self.nominal(),
        }
    }

    /// `in which province is Storskog` · `in what Norwegian region is Storskog`: the
    /// places of the type that X lies in (a demonym before the type is read past).
    fn in_which(&mut self) -> Result<Option<Recognised>, QueryError> {
        self.i = 2;
        if self
            .tok(0)
            .is_some_and(|t| self.v.demonym(&t.low).is_some())
        {
            self.i += 1;
        }
        let Some((ty, _)) = self.type_noun() else {
            return Ok(None);
        };
        if self
            .eat(&["is", "are", "was", "were", "does", "do"])
            .is_none()
        {
            return Ok(None);
        }
        let Some(x) = self.term() else {
            return Ok(None);
        };
        self.eat(&["lie", "lies", "sit", "sits", "located", "situated"]);
        let w = self.whole();
        let col = type_col(ty);
        let mut s = Select::new(vec![clause(
            x,
            Relation::LOCATED_IN,
            w,
            Some(Term::Var(named(&col, w))),
            None,
        )]);
        s.conds.push(Cond::Type {
            var: named(&col, w),
            etype: ty,
            negated: false,
        });
        s.columns = Some(vec![col]);
        self.finish(s, "in which T is X")
    }

    pub(super) fn how(&mut self) -> Result<Option<Recognised>, QueryError> {
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

    pub(super) fn where_(&mut self) -> Result<Option<Recognised>, QueryError> {
        self.i = 1;
        // "where does Storskog lie".
        let does = self.eat(&["does", "do", "did"]).is_some();
        if !does && self.eat(&["is", "are", "was", "were", "lies"]).is_none() {
            return Ok(None);
        }
        let Some(t) = self.term() else {
            return Ok(None);
        };
        if does && self.eat(&["lie"]).is_none() {
            return Ok(None);
        }
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
    pub(super) fn who(&mut self) -> Result<Option<Recognised>, QueryError> {
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
        // who did Finland accuse [of what]: the asked entity is the object.
        if aux.have || aux.modal {
            let at = self.i;
            if let Some(x) = self.term() {
                if let Some((rel, _, vspan)) = self.verb() {
                    let w = self.whole();
                    let mut columns = vec!["who".to_string()];
                    let claim = self.claim_slot(rel, None, &mut columns, w);
                    let s = Select::new(vec![Clause {
                        subject: x,
                        relation: RelTerm::Fixed(rel, vspan),
                        object: Some(Term::Var(named("who", w))),
                        claim,
                        modality: aux.modality(),
                        optional: false,
                    }]);
                    let mut s = s;
                    s.columns = Some(columns);
                    return self.finish(s, "who did X <verb>");
                }
            }
            self.i = at;
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
                        written: None,
                        text,
                        span: Span { start: s, end: e },
                    }),
                    form: "who is X",
                }))
            }
            _ => Ok(None),
        }
    }

    /// "tell me about Storskog", "what happened at Vaalimaa?", "what about Zakharova":
    /// who or what it is; "Finland and Norway" alone: how they are connected.
    fn about(&mut self) -> Option<Recognised> {
        const LEADS: &[&[&str]] = &[
            &["tell", "me", "about"],
            &["tell", "me", "more", "about"],
            &["what", "about"],
            &["what", "do", "we", "know", "about"],
            &["what", "is", "known", "about"],
            &["what", "happened", "at"],
            &["what", "happened", "to"],
            &["what", "happened", "in"],
            &["what", "is", "happening", "at"],
            &["what", "is", "happening", "in"],
            &["info", "on"],
            &["info", "about"],
            &["information", "on"],
            &["information", "about"],
            &["news", "about"],
            &["news", "on"],
            &["describe"],
        ];
        if let Some(r) = self.keywords() {
            return Some(r);
        }
        let lead = LEADS
            .iter()
            .find(|l| l.iter().enumerate().all(|(k, w)| self.is(k, &[w])))?;
        self.i = lead.len();
        // "what happened in November 2023", "on 22 November": a date, read by the
        // "what happened" form.
        let dated = self.tok(0).is_some_and(|t| {
            t.low.starts_with(|c: char| c.is_ascii_digit()) || MONTHS.contains(&t.low.as_str())
        });
        let n = if dated { None } else { self.name() };
        let Some(n) = n.filter(|_| self.done()) else {
            self.i = 0;
            return None;
        };
        Some(Recognised {
            query: Query::Describe(n),
            form: "who is X",
        })
    }

    /// Keyword queries: "raja jooseppi location" (where X is), "estonian interior
    /// minister" (who holds that office).
    fn keywords(&mut self) -> Option<Recognised> {
        if let Some(r) = self.relation_keyword() {
            return Some(r);
        }
        let n = self.toks.len();
        let last = self.toks.last()?.low.clone();
        if n >= 2 && matches!(last.as_str(), "location" | "whereabouts") {
            self.i = 0;
            // The name is read without the keyword after it.
            let keyword = self.toks.pop();
            let name = self.name().filter(|_| self.done());
            self.toks.extend(keyword);
            if let Some(name) = name {
                let w = self.whole();
                let mut s = Select::new(vec![clause(
                    Term::Name(name),
                    Relation::LOCATED_IN,
                    w,
                    Some(Term::Var(named("where", w))),
                    None,
                )]);
                s.columns = Some(vec!["where".into()]);
                self.i = n;
                return self.finish(s, "where is X").ok().flatten();
            }
            self.i = 0;
            return None;
        }
        // "governor of murmansk region": a title, "of" and a name, as after "who is
        // the".
        let first = self.toks.first()?.clone();
        let title = |w: &str| {
            self.v
                .title_word_near(w)
                .is_some_and(|w| self.v.office_word(&w))
        };
        let of_at = self.toks.iter().position(|t| t.low == "of");
        if let Some(k) = of_at.filter(|&k| k > 0 && title(&self.toks[k - 1].low)) {
            let all_titles = self.toks[..k]
                .iter()
                .all(|t| self.v.title_word_near(&t.low).is_some());
            if all_titles {
                self.i = 0;
                if let Ok(Some(r)) = self.role_from(true) {
                    return Some(r);
                }
            }
            self.i = 0;
        }
        // "murmansk governor", "kremlin spokesman": a name other than a state's, then
        // a title (states and demonyms are read below, with their bodies).
        let n = self.toks.len();
        // The last word may be mistyped ("governer"); the words before it are titles as
        // written ("murmansk region governor": "region" is the place's).
        let titles = self.toks[1..]
            .iter()
            .rev()
            .enumerate()
            .take_while(|(k, t)| {
                if *k == 0 {
                    self.v.title_word_near(&t.low).is_some()
                } else {
                    self.v.title_word(&t.low)
                }
            })
            .count();
        let stated = self.v.state(&first.low).is_some()
            || self.v.demonym_near(&first.low).is_some()
            || first
                .low
                .strip_suffix('s')
                .is_some_and(|b| self.v.state(b).is_some());
        let last_office = self.toks.last().is_some_and(|t| title(&t.low));
        // Only names before the title: no question word, auxiliary, imperative or the
        // opening of another form ("tell me about …", "news on …").
        const LEADS: &[&str] = &[
            "which",
            "where",
            "when",
            "how",
            "why",
            "a",
            "an",
            "about",
            "on",
            "of",
            "me",
            "more",
            "describe",
            "news",
            "info",
            "information",
        ];
        let name_first = self.toks[..n - titles].iter().all(|t| {
            let w = t.low.as_str();
            t.kind == Kind::Word
                && ![
                    BE,
                    DO_HAVE,
                    MODAL,
                    NEG,
                    IMPERATIVES,
                    WHAT,
                    DETERMINERS,
                    ARTICLES,
                    LEADS,
                ]
                .iter()
                .any(|l| l.contains(&w))
        });
        if titles > 0 && last_office && !stated && name_first {
            let (a, b) = (self.toks[0].span.start, self.toks[n - titles - 1].span.end);
            let of = Name {
                written: None,
                text: self.text[a..b].to_string(),
                span: Span { start: a, end: b },
            };
            return self.office_holder(of, n - titles);
        }
        // "estonian interior minister", "norways pm", "finland defence minister": a
        // demonym, a state's possessive or its name, and a title, nothing else.
        let possessive = self.toks.get(1).is_some_and(|t| t.kind == Kind::Possessive);
        let state = if possessive {
            self.v.state(&first.low)
        } else {
            self.v
                .demonym_near(&first.low)
                .or_else(|| first.low.strip_suffix('s').and_then(|b| self.v.state(b)))
                .or_else(|| self.v.state(&first.low))
        }?
        .to_string();
        let skip = 1 + usize::from(possessive);
        let titled = skip < n
            && self.toks[skip..].iter().all(|t| {
                self.v
                    .title_word_near(&t.low)
                    .is_some_and(|w| self.v.title_word(&w))
            })
            && self.toks.last().is_some_and(|t| title(&t.low));
        if !titled {
            return None;
        }
        let of = Name {
            written: None,
            text: state,
            span: first.span,
        };
        self.office_holder(of, skip)
    }

    /// After "what was X" / "what has X been": `<verb>ed [by Y] [of]`, the claims
    /// against X and by whom.
    fn what_passive(&mut self, x: Term, w: Span) -> Result<Option<Recognised>, QueryError> {
        let Some((rel, forms, vspan)) = self.verb() else {
            return Ok(None);
        };
        if !forms.has(Forms::PARTICIPLE) {
            return Ok(None);
        }
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
        self.finish(s, "what was X <verb>ed of")
    }

    /// `who <aux> <verb> [object] [of claim]`, active or passive.
    pub(super) fn who_verb(&mut self, aux: Aux) -> Result<Option<Recognised>, QueryError> {
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

    pub(super) fn what(&mut self) -> Result<Option<Recognised>, QueryError> {
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
            } else if self.is(0, &["in", "during"]) {
                // "in November 2023": that month.
                let month = self.tok(1).and_then(|t| month_of(&t.low));
                let year = self
                    .tok(2)
                    .filter(|t| t.low.len() == 4 && t.low.chars().all(|c| c.is_ascii_digit()));
                if let (Some(m), Some(y)) = (month, year) {
                    let span = Span {
                        start: self.toks[self.i + 1].span.start,
                        end: y.span.end,
                    };
                    let date = format!("{}-{m:02}", y.low);
                    self.i += 3;
                    s.conds.push(Cond::Date(DateOp::On, date, span));
                }
            }
            return self.finish(s, "what happened on DATE");
        }
        // what T did X close
        if let Some((t, sp)) = self.type_noun() {
            return self.which_typed(t, sp);
        }
        let save = self.i;
        // what position does Zakharova hold · what role did Orpo have
        if self.eat(ROLE_WORDS).is_some() {
            self.auxes();
            if let Some(x) = self.term() {
                self.eat(&[
                    "hold", "holds", "held", "have", "has", "had", "occupy", "occupies", "play",
                    "plays",
                ]);
                return self.role_of(x);
            }
            self.i = save;
        }
        // what has Russia been accused of
        if self.eat(&["has", "have", "had"]).is_some() {
            if let Some(x) = self.term() {
                if self.eat(&["been"]).is_some() {
                    if let Some(r) = self.what_passive(x, w)? {
                        return Ok(Some(r));
                    }
                }
            }
            self.i = save;
        }
        // what did Finland do · what has Russia done: every fact with it as subject.
        {
            let aux = self.auxes();
            if aux.any {
                if let Some(x) = self.term() {
                    if self.eat(&["do", "done", "doing"]).is_some() && self.done() {
                        let mut c = clause(
                            x,
                            Relation::SAYS,
                            w,
                            Some(Term::Var(named("what", w))),
                            Some(ClaimTerm::Var(named("claim", w))),
                        );
                        c.relation = RelTerm::Var(named("relation", w));
                        c.optional = true;
                        let mut s = Select::new(vec![c]);
                        s.columns = Some(vec!["relation".into(), "what".into(), "claim".into()]);
                        return self.finish(s, "what did X do");
                    }
                }
            }
            self.i = save;
        }
        // what is Finland a member of
        if self.eat(&["is", "are", "was", "were"]).is_some() {
            let after_be = self.i;
            // what is Orpo's job
            if let Some(x) = self.term() {
                if self.tok(0).is_some_and(|t| t.kind == Kind::Possessive) && self.is(1, ROLE_WORDS)
                {
                    self.i += 2;
                    return self.role_of(x);
                }
            }
            self.i = after_be;
            // what is antti hakkanens job
            if let Some(x) = self.role_keyword() {
                return self.role_of(x);
            }
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
                self.eat(&["being"]);
                if let Some(r) = self.what_passive(x, w)? {
                    return Ok(Some(r));
                }
            }
            // what is Finland: a description.
            self.i = after_be;
            let rest = self.tok(0).map(|t| t.span.start);
            if let (Some(s), Some(e)) = (rest, self.toks.last().map(|t| t.span.end)) {
                return Ok(Some(Recognised {
                    query: Query::Describe(Name {
                        written: None,
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
        // what did Reuters report: every fact the articles attribute to it.
        let at = self.i;
        if let Some(Term::Name(source)) = self.term() {
            if self
                .eat(&["report", "reported", "reports", "reporting"])
                .is_some()
            {
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
                s.attributed = Some(source);
                s.conds.push(Cond::AnyModality);
                return self.finish(s, "what did <source> report");
            }
        }
        self.i = at;
        let Some(x) = self.term() else {
            return Ok(None);
        };
        let Some((rel, _, vspan)) = self.verb() else {
            return Ok(None);
        };
        let object = match self.tok(0) {
            Some(t) if t.kind != Kind::Word || !ends_name(&t.low) => self.term(),
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
        // "what did Norway's prime minister say": who the title names is part of the
        // answer.
        if let Term::Var(v) = &x {
            columns.push(v.name.clone());
        }
        let (object, claim) = if takes_claim || (claim_word && ends) {
            if claim_word {
                self.i += 1;
                // what did Zakharova say about Storskog
                if !ends && self.v.object_is_claim(rel) && !self.said_about() {
                    return Ok(None);
                }
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
}
