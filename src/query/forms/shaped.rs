//! Questions with a shape of their own: `when …` (one row per date), `how many …`
//! (counts) and yes/no questions.

use super::tokens::{ARTICLES, EXPECTED, MENTION_VERBS};
use super::{clause, named, type_col, ClaimSpec, Obj, Recognised, P};
use crate::lexicon::Forms;
use crate::model::{EntityType, Relation};
use crate::query::ast::*;
use crate::query::QueryError;

impl P<'_> {
    /// `when did Finland close Vaalimaa` · `when was Storskog closed`.
    pub(super) fn when(&mut self) -> Result<Option<Recognised>, QueryError> {
        if let Some(r) = self.event_when()? {
            return Ok(Some(r));
        }
        self.i = 1;
        let w = self.whole();
        let mut columns_first: Vec<String> = Vec::new();
        // "when does X reopen": the present of a timetable, what is to come.
        let present = self.is(0, &["does", "do"]);
        let aux = self.auxes();
        // "when will X reopen", "when is X expected to reopen": what is to come is read
        // as possible, so any modality answers.
        let future = self.future() || present;
        // "when was the border closed": whichever crossings were; unless a verb does
        // not follow ("when did the border guard close X").
        let save = self.i;
        let typed = match self.object() {
            Some(Obj::Typed(t)) if self.verb_ahead() => Some(t),
            _ => None,
        };
        let x = match typed {
            Some(t) => {
                columns_first.push(type_col(t));
                Some(super::typed_var(t, w))
            }
            None => {
                self.i = save;
                self.term()
            }
        };
        let Some(x) = x else {
            return Ok(None);
        };
        let expected = self.is(0, EXPECTED) && self.is(1, &["to"]);
        if expected {
            self.i += 2;
        }
        // "when will Raja-Jooseppi be shut", "when is it expected to be reopened": the
        // passive's "be" after the subject.
        let be = self.eat(&["be"]).is_some() || aux.be;
        let Some((rel, forms, vspan)) = self.verb() else {
            return Ok(None);
        };
        let passive = be && forms.has(Forms::PARTICIPLE) && !forms.has(Forms::ING);
        let mut columns = columns_first;
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
        } else if self.v.object_is_claim(rel) && self.said() {
            // when did Støre say Norway might close the border
            (x, None)
        } else {
            match self.object() {
                Some(Obj::Term(t)) => (x, Some(t)),
                Some(Obj::What) => {
                    columns.push("what".into());
                    (x, Some(Term::Var(named("what", w))))
                }
                // "when did Finland close its border": any crossing it closed.
                Some(Obj::Typed(t)) => {
                    columns.push(type_col(t));
                    (x, Some(super::typed_var(t, w)))
                }
                // "when did the Raja-Jooseppi crossing reopen": the crossing is the
                // object, whoever acted.
                _ if self.v.intransitive(rel) => {
                    columns.push("by".into());
                    (Term::Var(named("by", w)), Some(x))
                }
                _ => (x, None),
            }
        };
        let claim = match self.claim(rel) {
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
        if (future || expected) && aux.modality().is_none() {
            s.conds.push(Cond::AnyModality);
        }
        s.columns = Some(columns);
        s.by_date = true;
        s.order = Some((OrderKey::Date, false));
        self.typed_objects(&mut s);
        self.finish(s, "when did X <verb> Y")
    }

    /// `how many states accused Russia` · `how many times was Russia accused`.
    pub(super) fn how_many(&mut self) -> Result<Option<Recognised>, QueryError> {
        let w = self.whole();
        // how many of the articles …, how many of these crossings …: the partitive
        // counts the same things.
        if self.is(0, &["of"]) && self.is(1, &["the", "these", "those"]) {
            self.i += 2;
        }
        // how many articles mention Storskog
        if self.is(0, ARTICLES) {
            self.i += 1;
            let at = self.i;
            if self.eat(MENTION_VERBS).is_some() {
                self.eat(&["about", "on"]);
                if let Some(n) = self.name() {
                    if self.done() {
                        return Ok(Some(Recognised {
                            query: Query::Mentions(n, true),
                            form: "how many articles mention X",
                        }));
                    }
                }
            }
            // how many articles report that Moscow denied the accusations
            self.i = at;
            if self.is(0, super::sources::REPORT_VERBS) {
                let k = self.i + 1 + self.is(1, &["that"]) as usize;
                if let Some(Recognised {
                    query: Query::Select(mut s),
                    ..
                }) = self.sub(k).statement()?
                {
                    s.count = true;
                    let form = "how many articles report that X <verb> Y";
                    s.form = Some(form.into());
                    return Ok(Some(Recognised {
                        query: Query::Select(s),
                        form,
                    }));
                }
            }
            return Ok(None);
        }
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
        let rel = match clause_of.relation {
            RelTerm::Fixed(r, _) => r,
            _ => Relation::SAYS,
        };
        let claim = match self.claim(rel) {
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

    /// Whether the auxiliaries read so far put the act in the future ("will", "is …
    /// going to", "was … ready to").
    fn future(&self) -> bool {
        let toks = &self.toks[..self.i];
        toks.iter()
            .any(|t| matches!(t.low.as_str(), "will" | "shall"))
            || toks
                .windows(2)
                .any(|w| EXPECTED.contains(&w[0].low.as_str()) && w[1].low == "to")
    }

    /// `did Russia close Storskog` · `was Russia accused` · `is Finland a member of NATO`
    /// · `is Finland a NATO member` · `will Raja-Jooseppi reopen`.
    pub(super) fn yes_no(&mut self) -> Result<Option<Recognised>, QueryError> {
        let w = self.whole();
        let aux = self.auxes();
        let Some(x) = self.term() else {
            return Ok(None);
        };
        // is Norway going to close Storskog, was Estonia ready to close its crossings:
        // the future, as "will"; the verb after "to" is active ("going to shut").
        let going = aux.be && self.is(0, EXPECTED) && self.is(1, &["to"]);
        if going {
            self.i += 2;
        }
        // is Finland a NATO member
        if aux.be && self.is(0, &["a", "an"]) {
            let save = self.i;
            self.i += 1;
            if let Some(y) = self.term() {
                if self.eat(&["member"]).is_some() {
                    self.eat(&["state", "country", "nation"]);
                    let mut s = Select::new(vec![clause(x, Relation::MEMBER_OF, w, Some(y), None)]);
                    s.yes_no = true;
                    s.columns = Some(Vec::new());
                    return self.finish(s, "is X a Y member");
                }
            }
            self.i = save;
        }
        let c = if self.is(0, &["a", "an", "member", "part", "in"]) && aux.be {
            // is Finland a member of NATO · is Finland part of NATO · is Storskog in
            // Norway · is Estonia a neighbour of Russia
            self.eat(&["a", "an"]);
            let rel = if self.eat(&["member", "part"]).is_some() {
                self.eat(&["of"]);
                Relation::MEMBER_OF
            } else if self.eat(&["neighbour", "neighbor"]).is_some() {
                self.eat(&["of", "to"]);
                Relation::BORDERS
            } else if self.eat(&["in"]).is_some() {
                // "is Finland in NATO": a state is in a body as its member; a crossing
                // or a place lies in a state.
                match &x {
                    Term::Name(n) if self.v.state(&n.text).is_some() => Relation::MEMBER_OF,
                    _ => Relation::LOCATED_IN,
                }
            } else {
                return Ok(None);
            };
            let Some(y) = self.term() else {
                return Ok(None);
            };
            clause(x, rel, w, Some(y), None)
        } else {
            // is Russia being accused · has Storskog been closed
            // will Raja-Jooseppi be closed · could Storskog be closed
            let be = aux.modal || self.future();
            let been = ((aux.be || aux.have) && self.eat(&["being", "been"]).is_some())
                || (be && self.eat(&["be"]).is_some());
            let Some((rel, forms, vspan)) = self.verb() else {
                return Ok(None);
            };
            let passive = (aux.be && !going || been)
                && forms.has(Forms::PARTICIPLE)
                && !forms.has(Forms::ING);
            let (subject, object) = if passive {
                let by = if self.eat(&["by"]).is_some() {
                    self.term()
                } else {
                    None
                };
                (by.unwrap_or_else(|| Term::Var(named("by", w))), Some(x))
            } else if self.v.object_is_claim(rel) && self.said() {
                // did Zakharova say Moscow was ready for dialogue
                (x, None)
            } else {
                match self.object() {
                    Some(Obj::Term(t)) => (x, Some(t)),
                    // will Raja-Jooseppi reopen
                    None if self.v.intransitive(rel) => (Term::Var(named("by", w)), Some(x)),
                    _ => (x, None),
                }
            };
            let claim = match self.claim(rel) {
                Some(ClaimSpec::Contains(t)) => Some(ClaimTerm::Contains(t)),
                _ => None,
            };
            Clause {
                subject,
                relation: RelTerm::Fixed(rel, vspan),
                object,
                claim,
                modality: aux.modality(),
                optional: false,
            }
        };
        let mut s = Select::new(vec![c]);
        if self.future() && aux.modality().is_none() {
            s.conds.push(Cond::AnyModality);
        }
        s.yes_no = true;
        s.columns = Some(Vec::new());
        self.finish(s, "did X <verb> Y")
    }
}
