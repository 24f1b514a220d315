//! Questions that ask where something was said: "which sources report that Moscow
//! denied the accusations?", "which articles report Laanemets's accusation against
//! Russia?", "according to which source did Russia close Storskog?", "where does the
//! claim that Finland closed Salla come from?". The statement inside is answered as a
//! yes/no question, whose answer lists the articles behind it.

use super::tokens::*;
use super::{clause, Recognised, P};
use crate::model::Modality;
use crate::query::ast::*;
use crate::query::QueryError;

/// Verbs by which an article reports something.
pub(super) const REPORT_VERBS: &[&str] = &[
    "report",
    "reports",
    "reported",
    "say",
    "says",
    "said",
    "state",
    "states",
    "stated",
    "mention",
    "mentions",
    "mentioned",
    "claim",
    "claims",
    "cover",
    "covers",
];

impl P<'_> {
    /// A question about sources, at the start of the question; `None` when it is not one.
    pub(super) fn about_sources(&mut self) -> Result<Option<Recognised>, QueryError> {
        // list all accusations against Russia · show me who closed what
        if self.is(0, IMPERATIVES) {
            let mut k = 1;
            while self.is(k, &["me", "us", "all", "every", "each", "the", "of"]) {
                k += 1;
            }
            if k < self.toks.len() {
                return self.sub(k).question();
            }
        }
        // according to which source(s) <question>
        if self.is(0, &["according"])
            && self.is(1, &["to"])
            && self.is(2, &["which", "what"])
            && self.is(3, ARTICLES)
        {
            return self.sub(4).question();
        }
        // which sources report (that) <statement>
        if self.is(0, &["which", "what"]) && self.is(1, ARTICLES) && self.is(2, REPORT_VERBS) {
            let mut at = 3;
            if self.is(at, &["that"]) {
                at += 1;
            }
            return self.sub(at).statement();
        }
        // where does the claim that <statement> come from
        if self.is(0, &["where"])
            && self.is(1, &["does", "did", "do"])
            && self.is(2, &["the"])
            && (self.is(3, CHARGE)
                || self.is(
                    3,
                    &[
                        "claim",
                        "accusation",
                        "allegation",
                        "report",
                        "news",
                        "idea",
                    ],
                ))
            && self.is(4, &["that"])
            && self.toks.len() > 7
            && self.is(self.toks.len() - 2, &["come", "comes"])
            && self.is(self.toks.len() - 1, &["from"])
        {
            let mut sub = self.sub(5);
            sub.toks.truncate(sub.toks.len() - 2);
            return sub.statement();
        }
        Ok(None)
    }

    /// A noun phrase of a relation: "accusations against Russia", "Finland's
    /// closures", "denials by the Kremlin", "closures of Storskog".
    pub(super) fn nominal(&mut self) -> Result<Option<Recognised>, QueryError> {
        if let Some(r) = self.keyword_nominal() {
            return Ok(Some(r));
        }
        if let Some(x) = self.role_keyword() {
            return self.role_of(x);
        }
        let w = self.whole();
        let save = self.i;
        let mut subject = None;
        if let Some(x) = self.term() {
            if self.tok(0).is_some_and(|t| t.kind == Kind::Possessive) {
                self.i += 1;
                subject = Some(x);
            } else {
                self.i = save;
            }
        }
        let Some((rel, span)) = self
            .tok(0)
            .and_then(|t| Some((self.v.noun(&t.low)?, t.span)))
        else {
            // A name alone ("Storskog", "Maria Zakharova"): who or what it is; two
            // ("Finland and Norway"): how they are connected.
            self.i = save;
            if let Some(n) = self.name() {
                if self.done() {
                    return Ok(Some(Recognised {
                        query: Query::Describe(n),
                        form: "who is X",
                    }));
                }
                if self.eat(&["and"]).is_some() {
                    if let Some(m) = self.name() {
                        if self.done() {
                            return Ok(Some(Recognised {
                                query: Query::Path(Term::Name(n), Term::Name(m)),
                                form: "how are X and Y connected",
                            }));
                        }
                    }
                }
            }
            self.i = save;
            return Ok(None);
        };
        self.i += 1;
        let mut columns = Vec::new();
        if subject.is_none() && self.eat(&["by", "from"]).is_some() {
            subject = self.term();
        }
        let subject = subject.unwrap_or_else(|| {
            columns.push("who".to_string());
            Term::Var(super::named("who", w))
        });
        let object = if self
            .eat(&["against", "on", "of", "at", "to", "with"])
            .is_some()
        {
            self.term()
        } else if self.v.objectless(rel) {
            None
        } else {
            columns.push("whom".to_string());
            Some(Term::Var(super::named("whom", w)))
        };
        let claim = self.claim_slot(rel, None, &mut columns, w);
        let mut s = Select::new(vec![clause(subject, rel, span, object, claim)]);
        s.columns = Some(columns);
        self.finish(s, "accusations against X")
    }

    /// Keywords: a name, then a noun of a relation, maybe "plans" or "threats" (which
    /// ask for what may happen): "kremlin denial", "finland closures", "estonia
    /// closure plans", "storskog closure". The name acts, unless the relation's object
    /// can stand alone ("Storskog will close") and the name is no state.
    fn keyword_nominal(&mut self) -> Option<Recognised> {
        const PLANS: &[&str] = &["plan", "plans", "threat", "threats", "possibility"];
        let n = self.toks.len();
        if self.i != 0 || n < 2 {
            return None;
        }
        let plans = n >= 3 && self.is(n - 1, PLANS);
        let k = if plans { n - 2 } else { n - 1 };
        let noun = self.toks[k].clone();
        let rel = self.v.noun(&noun.low)?;
        let mut sub = self.sub(0);
        sub.toks.truncate(k);
        let name = sub.name().filter(|_| sub.done())?;
        let w = self.whole();
        let state = self.v.state(&name.text).is_some();
        let acts = state || self.v.objectless(rel) || !self.v.intransitive(rel);
        let mut columns = Vec::new();
        let mut actor = None;
        let (subject, object) = if acts {
            // Who acts is shown, as the entity the keyword was read as ("kremlin
            // denial": Russia).
            let who = super::named("who", w);
            columns.push("who".to_string());
            actor = Some(Cond::Eq {
                var: who.clone(),
                term: Term::Name(name),
                negated: false,
            });
            let object = (!self.v.objectless(rel)).then(|| {
                columns.push("whom".to_string());
                Term::Var(super::named("whom", w))
            });
            (Term::Var(who), object)
        } else {
            columns.push("who".to_string());
            (Term::Var(super::named("who", w)), Some(Term::Name(name)))
        };
        let claim = self.claim_slot(rel, None, &mut columns, w);
        let mut c = clause(subject, rel, noun.span, object, claim);
        if plans {
            c.modality = Some(Modality::Possible);
        }
        let mut s = Select::new(vec![c]);
        s.conds.extend(actor);
        s.columns = Some(columns);
        self.i = n;
        let r = self.finish(s, "kremlin denial").ok().flatten();
        if r.is_none() {
            self.i = 0;
        }
        r
    }

    /// Keywords asking for an office: from here on, a name and a role noun, with or
    /// without a possessive between ("zakharova role", "Zakharova's position", "antti
    /// hakkanens job"). The name is left to be resolved like any other.
    pub(super) fn role_keyword(&mut self) -> Option<Term> {
        let n = self.toks.len();
        if n < self.i + 2 || !self.is(n - 1 - self.i, ROLE_KEYWORDS) {
            return None;
        }
        let mut sub = self.sub(self.i);
        sub.toks.truncate(n - 1 - self.i);
        if sub.toks.last().is_some_and(|t| t.kind == Kind::Possessive) {
            sub.toks.pop();
        }
        let name = sub.name().filter(|_| sub.done())?;
        // "Finland's position" is its stance, not an office.
        if self.v.state(&name.text).is_some() {
            return None;
        }
        self.i = n;
        Some(Term::Name(name))
    }

    /// The question from token `k` on, as a question of its own.
    pub(super) fn sub(&self, k: usize) -> P<'_> {
        P {
            toks: self.toks[k.min(self.toks.len())..].to_vec(),
            i: 0,
            v: self.v,
            text: self.text,
            said: Vec::new(),
            origin: None,
            officials: Vec::new(),
            accuser: None,
            stative: None,
            read_past: Vec::new(),
        }
    }

    /// A statement, answered as a yes/no question: "Moscow denied the accusations",
    /// "Raja-Jooseppi will reopen", "Laanemets's accusation against Russia".
    pub(super) fn statement(&mut self) -> Result<Option<Recognised>, QueryError> {
        if self.toks.is_empty() {
            return Ok(None);
        }
        // X's accusation against Y
        let save = self.i;
        if let Some(x) = self.term() {
            if self.tok(0).is_some_and(|t| t.kind == Kind::Possessive) {
                if let Some(rel) = self.tok(1).and_then(|t| self.v.noun(&t.low)) {
                    let span = self.toks[self.i + 1].span;
                    self.i += 2;
                    let y = if self.eat(&["against", "of", "on", "by", "to"]).is_some() {
                        self.term()
                    } else {
                        None
                    };
                    let mut s = Select::new(vec![clause(x, rel, span, y, None)]);
                    s.yes_no = true;
                    s.columns = Some(Vec::new());
                    return self.finish(s, "which sources report X's <noun> against Y");
                }
            }
        }
        // "Raja-Jooseppi will reopen": the auxiliaries go first, as in a question.
        self.i = save;
        if self.term().is_some() {
            let k = self.i;
            self.auxes();
            let m = self.i;
            if m > k {
                let mut toks = self.toks[k..m].to_vec();
                toks.extend_from_slice(&self.toks[..k]);
                toks.extend_from_slice(&self.toks[m..]);
                self.toks = toks;
            }
        }
        self.i = save;
        let form = "which sources report that X <verb> Y";
        match self.yes_no()? {
            Some(Recognised {
                query: Query::Select(mut s),
                ..
            }) => {
                s.form = Some(form.into());
                Ok(Some(Recognised {
                    query: Query::Select(s),
                    form,
                }))
            }
            other => Ok(other),
        }
    }
}
