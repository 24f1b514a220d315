//! `which T …` questions: typed answers ("which crossings did Finland close", "which
//! states border Russia", "which Finnish crossings were closed", "which crossing stayed
//! open").

use super::tokens::*;
use super::{clause, home, named, type_col, Recognised, P};
use crate::lexicon::Forms;
use crate::model::{EntityType, Relation};
use crate::query::ast::*;
use crate::query::QueryError;

impl P<'_> {
    pub(super) fn which(&mut self) -> Result<Option<Recognised>, QueryError> {
        // which articles mention Storskog
        if self.is(0, ARTICLES) {
            self.i += 1;
            self.eat(MENTION_VERBS);
            self.eat(&["about", "on"]);
            let Some(n) = self.name() else {
                return Ok(None);
            };
            if !self.done() {
                return Ok(None);
            }
            return Ok(Some(Recognised {
                query: Query::Mentions(n, false),
                form: "which articles mention X",
            }));
        }
        // which Finnish crossings · which Russian officials: of the demonym's state.
        let demonym = self
            .tok(0)
            .and_then(|t| Some((self.v.demonym(&t.low)?.to_string(), t.span)));
        if let Some((state, span)) = demonym {
            self.i += 1;
            match self.type_noun() {
                Some((ty, sp)) => {
                    self.origin = Some((
                        ty,
                        Name {
                            written: None,
                            text: state,
                            span,
                        },
                    ));
                    return self.which_typed(ty, sp);
                }
                None => self.i -= 1,
            }
        }
        let t = self.tok(0).cloned();
        if let Some((ty, sp)) = self.type_noun() {
            return self.which_typed(ty, sp);
        }
        let Some(t) = t.filter(|t| t.kind == Kind::Word) else {
            return Ok(None);
        };
        // "which crosings": a type noun mistyped by one letter.
        if let Some(ty) = self.v.type_noun_near(&t.low) {
            self.i += 1;
            return self.which_typed(ty, t.span);
        }
        Err(QueryError::UnknownType {
            word: self.text[t.span.start..t.span.end].to_string(),
            span: t.span,
        })
    }

    /// After `which T` / `what T`.
    pub(super) fn which_typed(
        &mut self,
        ty: EntityType,
        _sp: Span,
    ) -> Result<Option<Recognised>, QueryError> {
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
            // which officials are Finnish: the demonym's state.
            let demonym = self.tok(0).and_then(|t| {
                let label = self.v.demonym(&t.low)?;
                Some(Name {
                    written: None,
                    text: label.to_string(),
                    span: t.span,
                })
            });
            let place = match demonym {
                Some(n) if !member => {
                    self.i += 1;
                    Some(Term::Name(n))
                }
                _ if member
                    || self
                        .eat(&["in", "from", "of", "inside", "within"])
                        .is_some() =>
                {
                    self.term()
                }
                _ => None,
            };
            {
                if let Some(x) = place {
                    let mut s = Select::new(vec![clause(me, home(ty), w, Some(x), None)]);
                    s.conds.push(typed);
                    s.columns = Some(vec![col]);
                    return self.finish(s, "which T are in/from X");
                }
            }
            // which province is Storskog in · what region is Raja-Jooseppi located in
            if !member {
                if let Some(x) = self.term() {
                    self.eat(&["located", "situated", "based"]);
                    if self.eat(&["in", "inside", "within"]).is_some() && self.done() {
                        let mut s =
                            Select::new(vec![clause(x, Relation::LOCATED_IN, w, Some(me), None)]);
                        s.conds.push(typed);
                        s.columns = Some(vec![col]);
                        return self.finish(s, "which T is X in");
                    }
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
            // which organisations is Finland a member of
            if aux.be {
                self.eat(&["a", "an"]);
                if self.eat(&["member", "members", "part"]).is_some()
                    && self.eat(&["of", "in"]).is_some()
                {
                    let mut s =
                        Select::new(vec![clause(x, Relation::MEMBER_OF, w, Some(me), None)]);
                    s.conds.push(typed);
                    s.columns = Some(vec![col]);
                    return self.finish(s, "which T is X a member of");
                }
            }
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
        // "which crossings stayed open": what stays so is the relation's object.
        let passive = (aux.be && !forms.has(Forms::ING) && forms.has(Forms::PARTICIPLE))
            || self.stative.is_some();
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
}
