//! Tokens of a question and the word lists the forms are read with.

use super::super::ast::Span;
use crate::text::fold;

/// A token of a question.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Tok {
    /// Folded, lowercase text (the inside of a quoted string).
    pub(super) low: String,
    /// Byte span in the query.
    pub(super) span: Span,
    /// What it is.
    pub(super) kind: Kind,
    /// Written with a capital letter (a name, even when it is also a verb form).
    pub(super) capital: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Var,
    Str,
    /// `'s` after a name.
    Possessive,
    Punct,
}

pub(super) fn is_wchar(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.' | '_')
}

/// Splits a query into words, variables, quoted strings, possessives and punctuation.
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
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
            // The apostrophe before the last letter, in bytes: "’" is three ("FINLAND’S",
            // "DIDN’T" end in capitals the folded `low` no longer has).
            let apostrophe = if word.chars().rev().nth(1) == Some('’') {
                3
            } else {
                1
            };
            if let Some(stem) = low
                .strip_suffix("'s")
                .or_else(|| low.strip_suffix("’s"))
                .filter(|s| !s.is_empty())
            {
                let cut = e - apostrophe - 1;
                out.push(tok(stem.to_string(), i, cut, Kind::Word, capital));
                out.push(tok("'s".into(), cut, e, Kind::Possessive, false));
            } else if let Some(stem) = low
                .strip_suffix("n't")
                .or_else(|| low.strip_suffix("n’t"))
                .filter(|s| !s.is_empty())
            {
                let cut = e - apostrophe - 2;
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
    // "who's", "what's": the contraction of "is" after a question word.
    for k in 1..out.len() {
        if out[k].kind == Kind::Possessive
            && matches!(out[k - 1].low.as_str(), "who" | "what" | "where" | "how")
        {
            out[k].kind = Kind::Word;
            out[k].low = "is".into();
        }
    }
    // "whos maria zakharova", "whats storskog": the contraction typed without its
    // apostrophe, at the question's opening.
    if let Some(first) = out.first().filter(|t| t.kind == Kind::Word) {
        let word = match first.low.as_str() {
            "whos" => Some("who"),
            "whats" => Some("what"),
            "wheres" => Some("where"),
            _ => None,
        };
        if let Some(word) = word {
            let (span, capital) = (first.span, first.capital);
            let cut = span.end - 1;
            out[0] = tok(word.into(), span.start, cut, Kind::Word, capital);
            out.insert(1, tok("is".into(), cut, span.end, Kind::Word, false));
        }
    }
    out
}

/// Words that end a name in a question besides the grammar's keywords
/// ([`ends_name`]): more forms of "be", prepositions and the words of the forms.
const FORM_STOP: &[&str] = &[
    // "will norway close storskog too", "is finland in nato now": adverbs that end a
    // question (with those of `PRE_VERB`).
    "too",
    "either",
    "again",
    "now",
    "currently",
    "still",
    "yet",
    "was",
    "were",
    "be",
    "been",
    "being",
    "never",
    "can",
    "should",
    "an",
    "with",
    "by",
    "from",
    "related",
    "linked",
    "any",
    "for",
    "over",
    "about",
    "that",
    "when",
    "times",
    "mention",
    "mentions",
    "mentioned",
    "happened",
    "members",
    "part",
    "based",
    "located",
    "play",
    "plays",
    "hold",
    "holds",
    "occupy",
    "occupies",
];

/// Whether a (folded) word ends a name: one of the grammar's keywords
/// ([`syntax::is_keyword`](crate::query::syntax::is_keyword)) or of the forms' own.
pub(super) fn ends_name(low: &str) -> bool {
    FORM_STOP.contains(&low) || PRE_VERB.contains(&low) || crate::query::syntax::is_keyword(low)
}

/// Adverbs of emphasis or time that may stand between a subject and its verb and
/// change nothing asked: "has Finland actually closed Raja-Jooseppi", "did Russia
/// already shut Storskog", "who really closed the border".
pub(super) const PRE_VERB: &[&str] = &[
    "actually",
    "really",
    "already",
    "ever",
    "indeed",
    "truly",
    "officially",
    "formally",
    "finally",
    "just",
    "recently",
    "also",
];

/// Question words an adverb of emphasis may follow ("where exactly is …").
pub(super) const WH_WORDS: &[&str] = &["who", "what", "where", "when", "which", "how", "whom"];

/// Adverbs of emphasis after a question word, besides those of [`PRE_VERB`].
pub(super) const WH_EMPHASIS: &[&str] = &["exactly", "precisely"];

/// Words that start the filters after a question (parsed by the pest `tail` rule).
pub(super) const TAIL: &[&str] = &[
    "where", "after", "before", "since", "until", "on", "in", "order", "limit", "asserted",
    "possible", "negated", "any",
];

/// Words of what was said that carry no meaning of their own.
pub(super) const SAID_FILLER: &[&str] = &[
    "this", "that", "these", "those", "there", "their", "they", "them", "with", "from", "into",
    "about", "would", "should", "shall", "also", "very", "some", "been", "being",
];

/// Verbs of an article that has something in it: "which articles mention X".
pub(super) const MENTION_VERBS: &[&str] = &[
    "mention",
    "mentions",
    "mentioned",
    "name",
    "names",
    "cover",
    "covers",
    "discuss",
    "discusses",
    "talk",
    "talks",
    "quote",
    "quotes",
    "cite",
    "cites",
];

/// Verbs that ask for a list: "list all accusations against Russia", "show me who
/// closed what".
pub(super) const IMPERATIVES: &[&str] = &["list", "show", "give", "find", "display", "get", "tell"];

/// Nouns asking for a person's office: "what position does X hold".
pub(super) const ROLE_WORDS: &[&str] = &["position", "role", "job", "title", "office", "post"];
/// The role nouns that end a keyword query asking for a person's office ("zakharova
/// role", "what is antti hakkanens job"); not "office" or "post", which end names of
/// bodies and crossings ("Foreign Office", "Nakonde border post").
pub(super) const ROLE_KEYWORDS: &[&str] = &["position", "role", "job", "title"];

pub(super) const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
pub(super) const DO_HAVE: &[&str] = &["did", "does", "do", "has", "have", "had", "will", "shall"];
/// Words between a subject and "to <verb>" that put the act in the future: "when is X
/// expected to reopen", "is Norway going to close …", "was Estonia ready to close …".
pub(super) const EXPECTED: &[&str] = &[
    "expected",
    "due",
    "set",
    "scheduled",
    "planned",
    "going",
    "likely",
    "supposed",
    "ready",
    "prepared",
    "about",
    "planning",
    "poised",
];
pub(super) const MODAL: &[&str] = &["may", "might", "could", "would", "can", "should"];
pub(super) const NEG: &[&str] = &["not", "never"];
pub(super) const WHAT: &[&str] = &[
    "what",
    "whom",
    "anything",
    "anyone",
    "anybody",
    "who",
    "something",
];
pub(super) const CHARGE: &[&str] = &["charges", "charge", "claims", "accusations", "allegations"];
pub(super) const DETERMINERS: &[&str] =
    &["the", "any", "their", "its", "his", "her", "these", "those"];
pub(super) const ARTICLES: &[&str] = &[
    "articles",
    "article",
    "documents",
    "document",
    "stories",
    "story",
    "reports",
    "sources",
    "source",
    "outlets",
    "outlet",
];

/// Month names and their abbreviations, January first ("sep" and "sept" both 9).
pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "sept",
];

/// Words of time that say when, not what ("for two weeks at the end of November"):
/// never a word a claim must contain.
pub(super) const TIME_WORDS: &[&str] = &[
    "week",
    "weeks",
    "days",
    "month",
    "months",
    "year",
    "years",
    "beginning",
    "start",
    "middle",
    "end",
    "early",
    "late",
    "later",
    "next",
    "last",
    "today",
    "yesterday",
    "tomorrow",
    "morning",
    "evening",
    "night",
];

/// Whether a word says when: a word of time, a month or a weekday.
pub(super) fn time_word(w: &str) -> bool {
    TIME_WORDS.contains(&w) || MONTHS.contains(&w) || crate::extract::dates::WEEKDAYS.contains(&w)
}

/// Question words as they are often mistyped, and what they stand for.
pub(super) const QUESTION_TYPOS: &[(&str, &str)] = &[
    ("wich", "which"),
    ("whic", "which"),
    ("whihc", "which"),
    ("whcih", "which"),
    ("waht", "what"),
    ("wat", "what"),
    ("whta", "what"),
    ("hwo", "who"),
    ("wehn", "when"),
    ("whn", "when"),
    ("whne", "when"),
    ("hwen", "when"),
    ("whre", "where"),
    ("wheer", "where"),
    ("wher", "where"),
];

/// Words that open a phrase a question may end with and no form reads ("to migrants
/// heading for Norway", "over migrants reaching Estonia"): left out with a note.
pub(super) const ADJUNCT_LEADS: &[&str] = &[
    "to",
    "for",
    "from",
    "over",
    "with",
    "because",
    "due",
    "amid",
    "during",
    "despite",
    "against",
    "towards",
    "toward",
    "through",
    "heading",
    "citing",
    "following",
    "as",
    "last",
    "first",
    "too",
    "also",
    "again",
    "either",
    "now",
    "currently",
    "still",
    "already",
    "yet",
];
