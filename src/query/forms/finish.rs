//! The end of reading a question: the filters after it (`finish`), what was said
//! ("did Zakharova say …"), and the slots a form fills (objects, claims, types).

use super::reader::{content_word, stems};
use super::tokens::*;
use super::{clause, home, named, type_col, ClaimSpec, Obj, Recognised, P};
use crate::model::{EntityType, Modality, Relation};
use crate::query::ast::*;
use crate::query::QueryError;

impl P<'_> {
    /// Finishes a question: the filters after it, parsed by the grammar's `tail`.
    pub(super) fn finish(
        &mut self,
        mut s: Select,
        form: &'static str,
    ) -> Result<Option<Recognised>, QueryError> {
        if let Some(t) = self.tok(0).cloned() {
            let tail = crate::query::syntax::parse_tail(self.text, t.span.start, &mut s);
            // "which crossing did Moscow seal to migrants heading for Norway?": a
            // phrase after a whole question that no form reads is left out, and the
            // answer says so, rather than no answer at all.
            // ", citing security": a comma before a participle or a lead word.
            let lead = match t.kind {
                Kind::Punct if t.low == "," => {
                    self.tok(1).filter(|n| n.kind == Kind::Word).filter(|n| {
                        let lower =
                            self.text[n.span.start..n.span.end].starts_with(char::is_lowercase);
                        ADJUNCT_LEADS.contains(&n.low.as_str()) || (lower && n.low.ends_with("ing"))
                    })
                }
                // "until further notice", "after the Nov 24 closures", "before
                // closing the crossings": a time word before no date ("after 2023-11-32"
                // stays a date filter, which the plan rejects).
                Kind::Word => Some(&t).filter(|t| {
                    ADJUNCT_LEADS.contains(&t.low.as_str())
                        || ["after", "before", "until", "since"].contains(&t.low.as_str())
                            && self.tok(1).is_some_and(|n| {
                                n.kind == Kind::Word
                                    && !n.low.starts_with(|c: char| c.is_ascii_digit())
                                    && !time_word(&n.low)
                            })
                }),
                _ => None,
            };
            let adjunct = lead.is_some() && self.toks[self.i..].iter().all(|t| t.kind != Kind::Var);
            match tail {
                Err(_) if adjunct => {
                    let from = lead.map_or(t.span.start, |l| l.span.start);
                    let rest = self.text[from..].trim_end_matches(['?', '.', '!', ' ']);
                    s.notes
                        .push(format!("left out “{rest}”: no question form reads it"));
                }
                other => other?,
            }
        }
        s.form = Some(form.to_string());
        for word in self.read_past.drain(..) {
            s.notes.push(format!(
                "read past “{word}”: the graph does not tell crossings apart by it"
            ));
        }
        let used = |var: &str| {
            s.clauses.iter().any(|c| {
                [Some(&c.subject), c.object.as_ref()]
                    .into_iter()
                    .flatten()
                    .any(|t| matches!(t, Term::Var(v) if v.name == var))
            })
        };
        let officials: Vec<_> = std::mem::take(&mut self.officials)
            .into_iter()
            .filter(|(var, _, _)| used(var))
            .collect();
        // "which crossing stayed open": the closure denied.
        if std::mem::take(&mut self.stative) == Some(true) {
            if let Some(c) = s.clauses.first_mut() {
                c.modality.get_or_insert(Modality::Negated);
            }
        }
        // "did the Kremlin deny Finland's accusations": Finland accused the denier.
        if let (Some(by), Some(first)) = (self.accuser.take(), s.clauses.first()) {
            let w = by.span;
            let denier = first.subject.clone();
            s.clauses.push(clause(
                Term::Name(by),
                Relation::ACCUSES,
                w,
                Some(denier),
                None,
            ));
        }
        for (var, state, word) in officials {
            let w = state.span;
            s.clauses.push(clause(
                Term::Var(named(&var, w)),
                Relation::HOLDS_ROLE,
                w,
                Some(Term::Name(state)),
                // In either spelling: "defense" finds "Defence Minister".
                Some(ClaimTerm::Contains(
                    crate::query::vocab::spelling_stem(&word).to_string(),
                )),
            ));
        }
        if let Some((ty, state)) = self.origin.take() {
            let col = type_col(ty);
            let w = self.whole();
            s.clauses.push(clause(
                Term::Var(named(&col, w)),
                home(ty),
                w,
                Some(Term::Name(state)),
                None,
            ));
        }
        for w in std::mem::take(&mut self.said) {
            s.conds.push(Cond::ClaimContains(w));
        }
        Ok(Some(Recognised {
            query: Query::Select(s),
            form,
        }))
    }

    /// What was said, after a verb whose object is its claim ("who said [that] Moscow
    /// is ready for dialogue"): the words up to the filters, kept as the stems of the
    /// three longest content words, which the claim must contain. False (nothing
    /// read) when no content word follows.
    pub(super) fn said(&mut self) -> bool {
        let start = self.i;
        // "what", "the accusations": the claim as a whole, read by `object`.
        // "the closure is a clear message": a noun that a verb follows opens a
        // statement, not the claim as a whole.
        // So is a gerund with its object: "closing the frontier was …".
        // "Finland's accusations": the charges one accuser made, whatever their words.
        if let Some(n) = self.accuser() {
            self.accuser = Some(n);
            return false;
        }
        // "the accusation that it is steering migrants": what the charge says follows.
        // "Helsinki's accusation that it orchestrated …": whose it is, then what it says.
        let det = if self.tok(1).is_some_and(|t| t.kind == Kind::Possessive)
            && self.tok(0).is_some_and(|t| t.kind == Kind::Word)
        {
            2
        } else {
            usize::from(self.is(0, DETERMINERS))
        };
        if self.charge_at(det) && self.is(det + 1, &["that"]) {
            self.i += det + 1;
        }
        let clause_after =
            |k: usize| self.is(k, BE) || self.verb_at(k).is_some() || self.is(k, DETERMINERS);
        if self.is(0, WHAT)
            || (self.charge_at(0) && !clause_after(1))
            || (self.is(0, DETERMINERS) && self.charge_at(1) && !clause_after(2))
        {
            return false;
        }
        self.eat(&["that"]);
        let mut words: Vec<String> = Vec::new();
        while let Some(t) = self.tok(0) {
            let date_next = self
                .tok(1)
                .is_some_and(|n| n.low.starts_with(|c: char| c.is_ascii_digit()));
            let tail = matches!(t.low.as_str(), "where" | "order" | "limit")
                || (date_next
                    && matches!(
                        t.low.as_str(),
                        "after" | "before" | "since" | "until" | "on" | "in"
                    ));
            if tail {
                break;
            }
            let w = t.low.trim_end_matches(['\'', '’']);
            // "Finland's border closure" (or "finlands border closure", a state's name
            // and an "s" before a content word, the apostrophe left out; not "the two
            // sudans should"): a claim says "its border" as often.
            let owner = (self.tok(1).is_some_and(|n| n.kind == Kind::Possessive)
                && self.names_state(w))
                || (w.len() > 4
                    && !self.names_state(w)
                    && w.strip_suffix('s')
                        .is_some_and(|bare| self.v.state(bare).is_some())
                    && self
                        .tok(1)
                        .is_some_and(|n| n.kind == Kind::Word && content_word(&n.low)));
            if t.kind == Kind::Word && content_word(w) && !owner && !words.iter().any(|x| x == w) {
                words.push(w.to_string());
            }
            self.i += 1;
        }
        if words.is_empty() {
            self.i = start;
            return false;
        }
        self.said = stems(words);
        true
    }

    /// "Finland's accusations", "the accusations by Finland", "the claims from
    /// Estonia" ending the question: the accuser, read past.
    fn accuser(&mut self) -> Option<Name> {
        let save = self.i;
        let charge_is = |p: &Self, k: usize| {
            p.tok(k).is_some_and(|t| {
                CHARGE.contains(&t.low.as_str()) || p.v.noun(&t.low) == Some(Relation::ACCUSES)
            })
        };
        let done = |p: &mut Self| {
            p.done() || p.is(0, &["where", "order", "limit", "after", "before", "in"])
        };
        if let Some(n) = self.name() {
            if self.tok(0).is_some_and(|t| t.kind == Kind::Possessive) && charge_is(self, 1) {
                self.i += 2;
                if done(self) {
                    return Some(n);
                }
            }
        }
        self.i = save;
        self.eat(DETERMINERS);
        if charge_is(self, 0) && self.is(1, &["by", "from", "of"]) {
            self.i += 2;
            if let Some(n) = self.name() {
                if done(self) {
                    return Some(n);
                }
            }
        }
        self.i = save;
        None
    }

    /// The object of an active question and the claim it stands for, with columns.
    pub(super) fn object_slot(
        &mut self,
        rel: Relation,
        columns: &mut Vec<String>,
        w: Span,
    ) -> (Option<Term>, Option<ClaimSpec>) {
        if self.v.object_is_claim(rel) && self.said() {
            return (None, Some(ClaimSpec::Var));
        }
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
                (Some(super::typed_var(t, w)), None)
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
    pub(super) fn claim_slot(
        &mut self,
        rel: Relation,
        from_object: Option<ClaimSpec>,
        columns: &mut Vec<String>,
        w: Span,
    ) -> Option<ClaimTerm> {
        let spec = self.claim(rel).or(from_object);
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
    pub(super) fn typed_objects(&self, s: &mut Select) {
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
}
