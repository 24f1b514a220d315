//! Question forms: the questions people type ("what did Finland accuse Russia of?",
//! "which crossings were closed?", "did Russia close Storskog?") recognised over
//! tokens and rewritten into the same typed [`ast::Query`] patterns compile to. Words
//! get their meaning from the [`Vocab`] (the lexicon's frames), so a relation the
//! lexicon declares is askable in every form; the filters after a question (`after
//! 2023-11-22`, `in 004`, `possible`) are parsed by the pest grammar's `tail`.
//!
//! [`recognise`] returns `None` for anything that is no question form it knows, and
//! the pest grammar then reads it as a pattern.

mod between;
mod events;
mod finish;
mod links;
mod pairs;
mod questions;
mod reader;
mod roles;
mod shaped;
mod sources;
mod tokens;
mod which;

use super::ast::*;
use super::vocab::Vocab;
use super::QueryError;
use crate::model::{EntityType, Modality, Relation};
use tokens::{
    tokenize, Kind, Tok, BE, DO_HAVE, MODAL, NEG, PRE_VERB, QUESTION_TYPOS, WHAT, WH_EMPHASIS,
    WH_WORDS,
};

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
    /// Stems of what was said, after a verb whose object is its claim: the claim must
    /// contain each ("who said Norway could follow in Finland's footsteps").
    said: Vec<String>,
    /// A demonym before the type noun of `which T` ("which Finnish crossings"): the
    /// type and the state the answers must be of.
    origin: Option<(EntityType, Name)>,
    /// Officials named by title ("Estonia's interior minister"): the variable standing
    /// for each, the state and the title word its role must hold.
    officials: Vec<(String, Name, String)>,
    /// Whose charges a denial answers ("did Russia deny Finland's accusations").
    accuser: Option<Name>,
    /// The verb read was a stative verb with its state: `Some(true)` for the state
    /// that denies the relation ("stayed open"), `Some(false)` for its participle
    /// ("remained closed"). What stays so is the relation's object.
    stative: Option<bool>,
    /// Words singling out crossings that were read past ("the northern crossings").
    read_past: Vec<String>,
}

/// Whether a folded word names a month ("november", "nov").
pub fn is_month(word: &str) -> bool {
    tokens::MONTHS.contains(&word)
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
    // "wich crossing…": a mistyped question word opening the question.
    if let Some((_, fixed)) = QUESTION_TYPOS.iter().find(|(typo, _)| toks[0].low == *typo) {
        toks[0].low = fixed.to_string();
    }
    // "where exactly is Storskog", "who actually closed it": an adverb of emphasis
    // after the question word asks nothing more.
    if toks.len() > 2
        && WH_WORDS.contains(&toks[0].low.as_str())
        && toks[1].kind == Kind::Word
        && (WH_EMPHASIS.contains(&toks[1].low.as_str()) || PRE_VERB.contains(&toks[1].low.as_str()))
    {
        toks.remove(1);
    }
    // "Norway's PM": a short form of a title is its words.
    let toks: Vec<Tok> = toks
        .into_iter()
        .flat_map(
            |t| match v.abbreviation(&t.low).filter(|_| t.kind == Kind::Word) {
                Some(words) => words
                    .split(' ')
                    .map(|w| Tok {
                        low: w.to_string(),
                        ..t.clone()
                    })
                    .collect(),
                None => vec![t],
            },
        )
        .collect();
    // "why did Moscow close Storskog": the yes-or-no question, answered with the
    // sentences behind it (the graph keeps no reasons; the articles may give them).
    let why = toks.len() > 2
        && toks[0].low == "why"
        && toks[1].kind == Kind::Word
        && (DO_HAVE.contains(&toks[1].low.as_str())
            || BE.contains(&toks[1].low.as_str())
            || MODAL.contains(&toks[1].low.as_str()));
    let toks = if why { toks[1..].to_vec() } else { toks };
    let toks = agent_asked(toks, v);
    let toks = tidy_tail(toks, v);
    let mut p = P {
        toks,
        i: 0,
        v,
        text,
        said: Vec::new(),
        origin: None,
        officials: Vec::new(),
        accuser: None,
        stative: None,
        read_past: Vec::new(),
    };
    let r = p.question()?;
    if !why {
        return Ok(r);
    }
    Ok(r.and_then(|mut r| {
        let Query::Select(s) = &mut r.query else {
            return None;
        };
        if !s.yes_no {
            return None;
        }
        s.cite = true;
        s.form = Some("why did X <verb> Y".into());
        r.form = "why did X <verb> Y";
        Some(r)
    }))
}

/// Words a keyword question may end with that ask nothing more: "how are Norway and
/// Finland linked in these reports", "murmansk region governor name", "matti
/// pitkaniity who is he" (read as "who is matti pitkaniity").
fn tidy_tail(mut toks: Vec<Tok>, v: &Vocab) -> Vec<Tok> {
    let words = |toks: &[Tok], from: usize, ws: &[&[&str]]| {
        toks.len() >= from + ws.len()
            && toks[from..from + ws.len()]
                .iter()
                .zip(ws)
                .all(|(t, w)| t.kind == Kind::Word && w.contains(&t.low.as_str()))
    };
    // "… in these reports", "… according to the articles".
    const SOURCES: &[&str] = &[
        "reports", "articles", "stories", "news", "texts", "coverage",
    ];
    for lead in [&["in", "from"][..], &["according"][..]] {
        let n = toks.len();
        let k = if lead == ["according"] { 4 } else { 3 };
        if n > k
            && words(&toks, n - k, &[lead])
            && (lead != ["according"] || words(&toks, n - 3, &[&["to"]]))
            && words(&toks, n - 2, &[&["these", "the", "those", "this"], SOURCES])
        {
            toks.truncate(n - k);
        }
    }
    // "… governor name": a title's holder asked by name.
    let n = toks.len();
    if n >= 3
        && words(&toks, n - 1, &[&["name", "names"]])
        && v.title_word_near(&toks[n - 2].low).is_some()
    {
        toks.pop();
    }
    // "has sweden shut its russian border": its border with Russia.
    if let Some(i) = (0..toks.len().saturating_sub(2)).find(|&i| {
        words(&toks, i, &[&["its", "their"]])
            && v.demonym(&toks[i + 1].low).is_some()
            && words(&toks, i + 2, &[&["border", "frontier"]])
    }) {
        if let Some(state) = v.demonym(&toks[i + 1].low).map(str::to_string) {
            let d = toks[i + 1].clone();
            let mut with = vec![Tok {
                low: "with".into(),
                ..d.clone()
            }];
            with.extend(state.split(' ').map(|w| Tok {
                low: crate::text::fold(w),
                capital: true,
                ..d.clone()
            }));
            toks.remove(i + 1);
            toks.splice(i + 2..i + 2, with);
        }
    }
    // "X who is he": who X is.
    let n = toks.len();
    if n >= 4
        && words(
            &toks,
            n - 3,
            &[
                &["who"],
                &["is", "was"],
                &["he", "she", "they", "this", "that"],
            ],
        )
        && toks[..n - 3].iter().all(|t| t.kind == Kind::Word)
    {
        let asked: Vec<Tok> = toks[n - 3..n - 1].to_vec();
        toks.truncate(n - 3);
        toks.splice(0..0, asked);
    }
    toks
}

/// A passive that asks for its agent, read as the active question: "Storskog was
/// closed by whom?", "by whom was Storskog closed?" and "who was Storskog closed by?"
/// are "who closed Storskog". Only when the participle is a relation's verb.
fn agent_asked(toks: Vec<Tok>, v: &Vocab) -> Vec<Tok> {
    let n = toks.len();
    let low = |k: usize| toks[k].low.as_str();
    let who = |k: usize| matches!(low(k), "who" | "whom");
    let be = |k: usize| BE.contains(&low(k)) || matches!(low(k), "has" | "have" | "had");
    let verb = |k: usize| toks[k].kind == Kind::Word && v.verb(low(k)).is_some();
    if n < 4 {
        return toks;
    }
    // (the asker, the participle, the first and last units of the named one)
    let shape = if who(n - 1) && low(n - 2) == "by" && verb(n - 3) {
        // "X was closed by whom", "X has been closed by who".
        (1..n - 3)
            .find(|&b| be(b) && (b + 1..n - 3).all(|k| matches!(low(k), "been" | "being")))
            .map(|b| (n - 1, n - 3, 0, b))
    } else if low(0) == "by" && who(1) && be(2) && verb(n - 1) && n > 4 {
        Some((1, n - 1, 3, n - 1))
    } else if who(0) && be(1) && low(n - 1) == "by" && verb(n - 2) && n > 4 {
        Some((0, n - 2, 2, n - 2))
    } else {
        None
    };
    let Some((asker, participle, a, mut b)) = shape else {
        return toks;
    };
    // "who has Storskog been closed by": the helpers after the name are not of it.
    while b > a && matches!(low(b - 1), "been" | "being") {
        b -= 1;
    }
    // Not a plan ("will be closed by whom", the modality would be lost), a negation or
    // a question word in the name ("which crossing was closed by whom").
    let plain = (a..b).all(|k| {
        ![
            MODAL,
            NEG,
            DO_HAVE,
            WHAT,
            &["which", "where", "when", "how"],
        ]
        .iter()
        .any(|l| l.contains(&low(k)))
    });
    if a >= b || !plain {
        return toks;
    }
    let mut out = vec![toks[asker].clone(), toks[participle].clone()];
    out[0].low = "who".into();
    out.extend(toks[a..b].iter().cloned());
    out
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

/// A variable for `which T` (and "its border"), given its type condition and column
/// by [`P::typed_objects`].
fn typed_var(t: EntityType, w: Span) -> Term {
    Term::Var(named(&format!("{}__typed", type_col(t)), w))
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

/// How an entity of a type belongs to a state: an official holds a role in it, a state
/// or organisation is a member, a crossing or place lies in it.
fn home(t: EntityType) -> Relation {
    match t {
        EntityType::Person => Relation::HOLDS_ROLE,
        EntityType::State | EntityType::Organisation => Relation::MEMBER_OF,
        EntityType::Crossing | EntityType::Place => Relation::LOCATED_IN,
    }
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
        let first = usize::from(!words.is_empty() && words.first() == ex_words.first());
        (first, shared)
    };
    EXAMPLES
        .iter()
        .copied()
        .max_by_key(|ex| score(ex))
        .unwrap_or(EXAMPLES[0])
}

#[cfg(test)]
mod tests;
