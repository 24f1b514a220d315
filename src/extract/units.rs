//! Stage 1 of extraction: a sentence's text as *units*, each a token or a run of tokens
//! one lexicon pattern matched ("border crossing", "Jonas Gahr Støre"), with its byte
//! spans in the folded and the original text.

use crate::lexicon::CueMatch;
use crate::text::Folded;

/// What a unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// Text one lexicon pattern matched; its meanings are the pattern's cues (all of
    /// them when the text has the case the pattern's names need, `cased`).
    Cue(u32, bool),
    /// A name found in this document: entity number (past the lexicon's).
    Found(u32),
    /// Any other word (letters and digits, or a possessive `'s`).
    Word,
    /// One punctuation character.
    Punct,
}

/// A token, or a run of tokens matched as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Byte range in the folded text (document offsets).
    pub folded: (usize, usize),
    /// Byte range in the original text (document offsets).
    pub span: (usize, usize),
    /// What it is.
    pub kind: UnitKind,
}

impl Unit {
    /// A unit covering units `a` to `b` (inclusive) of `units`, as one `kind`.
    pub fn merge(units: &[Unit], a: usize, b: usize, kind: UnitKind) -> Unit {
        Unit {
            folded: (units[a].folded.0, units[b].folded.1),
            span: (units[a].span.0, units[b].span.1),
            kind,
        }
    }
}

/// Splits the folded range `start..end` into units, one per lexicon match in
/// `matches` (sorted, non-overlapping) and one per other word or punctuation mark.
/// Decimal separators inside numbers ("1,340") stay in the word.
pub fn units(
    folded: &Folded,
    text: &str,
    start: usize,
    end: usize,
    matches: &[CueMatch],
) -> Vec<Unit> {
    let t = folded.text.as_str();
    let f = t.as_bytes();
    let char_at = |i: usize| t[i..].chars().next().unwrap_or(' ');
    let mut out = Vec::new();
    let mut i = start;
    let mut m = 0;
    let unit = |a: usize, b: usize, kind: UnitKind| Unit {
        folded: (a, b),
        span: (folded.start(a), folded.end(b, text)),
        kind,
    };
    while i < end {
        if let Some(cm) = matches.get(m) {
            if cm.start == i {
                out.push(unit(cm.start, cm.end, UnitKind::Cue(cm.pattern, cm.cased)));
                i = cm.end;
                m += 1;
                continue;
            }
            if cm.start < i {
                m += 1;
                continue;
            }
        }
        let c = char_at(i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let limit = matches.get(m).map_or(end, |cm| cm.start.min(end));
        let digit_sep = |j: usize| {
            matches!(f[j], b'.' | b',')
                && j > i
                && f[j - 1].is_ascii_digit()
                && j + 1 < limit
                && f[j + 1].is_ascii_digit()
        };
        // "O'Smach", "N'Djamena", "d'Ivoire": an apostrophe before a capital letter is
        // inside the name.
        // So is one before lowercase letters in a capitalised word that are no English
        // contraction: "Mota'ain", "Sana'a", "Qur'an" (not "Finland's", "don't").
        let capitalised = text[folded.start(i)..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let inner_apostrophe = |j: usize| {
            if char_at(j) != '\'' || j <= i || j + 1 >= limit {
                return false;
            }
            let after = &text[folded.start(j + 1)..];
            if after.chars().next().is_some_and(char::is_uppercase) {
                return true;
            }
            let tail: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
            capitalised
                && !tail.is_empty()
                && tail.chars().all(char::is_lowercase)
                && !matches!(tail.as_str(), "s" | "t" | "d" | "m" | "re" | "ve" | "ll")
        };
        // "the B&M International Bridge", "AT&T": an ampersand between capitals with
        // no space is inside the name ("Trinidad & Tobago" keeps its spaces).
        let inner_ampersand = |j: usize| {
            char_at(j) == '&'
                && j > i
                && j + 1 < limit
                && text[..folded.start(j)]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_uppercase)
                && text[folded.start(j + 1)..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        };
        // "PMN-2", "MiG-31", "S-300": a model's designation, a word with a capital
        // joined by a hyphen to a number, is one word (not "M23-linked", "2023-24").
        let model_hyphen = |j: usize| {
            char_at(j) == '-'
                && j > i
                && j + 1 < limit
                && f[j + 1].is_ascii_digit()
                && text[folded.start(i)..folded.start(j)]
                    .chars()
                    .any(char::is_uppercase)
        };
        let (j, kind) = if c.is_alphanumeric() {
            let mut j = i;
            while j < limit
                && (char_at(j).is_alphanumeric()
                    || digit_sep(j)
                    || inner_apostrophe(j)
                    || inner_ampersand(j)
                    || model_hyphen(j))
            {
                j += char_at(j).len_utf8();
            }
            // A middle initial keeps its full stop, inside the name: "Moses K. Gonyon",
            // "George W. Bush".
            let after_name = out.last().is_some_and(|u: &Unit| {
                u.kind != UnitKind::Punct
                    && text[u.span.0..]
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
            });
            let initial = capitalised
                && j == i + c.len_utf8()
                && j + 1 < limit
                && j + 2 < end
                && f[j] == b'.'
                && f[j + 1] == b' '
                && text[folded.start(j + 2)..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            if initial && after_name {
                j += 1;
            }
            (j, UnitKind::Word)
        } else if c == '\''
            && i + 1 < limit
            && f[i + 1] == b's'
            && (i + 2 >= limit || !char_at(i + 2).is_alphanumeric())
        {
            (i + 2, UnitKind::Word)
        } else if c == '\'' && bare_possessive(folded, text, start, i, out.last()) {
            (i + 1, UnitKind::Word)
        } else {
            (i + c.len_utf8(), UnitKind::Punct)
        };
        out.push(unit(i, j, kind));
        i = j;
    }
    out
}

/// Whether the apostrophe at folded offset `i` makes the name just before it a
/// possessive: "Athens' accusations", "Tunis' decision" — written onto a capitalised word
/// ending in "s", followed by a space, and closing no single quotation opened earlier
/// in the sentence ("the 'Brothers' said" stays a quotation).
fn bare_possessive(
    folded: &Folded,
    text: &str,
    start: usize,
    i: usize,
    last: Option<&Unit>,
) -> bool {
    let f = folded.text.as_bytes();
    let Some(u) = last.filter(|u| u.folded.1 == i && u.kind != UnitKind::Punct) else {
        return false;
    };
    let name = &text[u.span.0..u.span.1];
    let ends_in_s = name.ends_with('s') || name.ends_with('S');
    let capitalised = name.chars().next().is_some_and(char::is_uppercase);
    let spaced = f.get(i + 1).is_some_and(|b| *b == b' ');
    // Whether a single quotation is open: one opens at an apostrophe after a space,
    // bracket or double quote (or at the start) and before a letter; an open one
    // closes at an apostrophe before anything but a letter.
    let mut open = false;
    for k in start..i {
        if f[k] != b'\'' {
            continue;
        }
        let letter_after = f
            .get(k + 1)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
        if letter_after && (k == start || matches!(f[k - 1], b' ' | b'(' | b'\n' | b'"')) {
            open = true;
        } else if open && !letter_after {
            open = false;
        }
    }
    ends_in_s && capitalised && spaced && !open
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_numbers_possessives_and_punctuation() {
        let text = "Finland's 1,340-km border.";
        let f = Folded::new(text);
        let u = units(&f, text, 0, f.text.len(), &[]);
        let words: Vec<&str> = u.iter().map(|u| &text[u.span.0..u.span.1]).collect();
        assert_eq!(words, ["Finland", "'s", "1,340", "-", "km", "border", "."]);
        assert_eq!(u[1].kind, UnitKind::Word);
        assert_eq!(u[3].kind, UnitKind::Punct);
    }

    #[test]
    fn a_bare_apostrophe_after_a_name_in_s_is_a_possessive_outside_quotes() {
        let kinds = |text: &str| {
            let f = Folded::new(text);
            units(&f, text, 0, f.text.len(), &[])
                .iter()
                .filter(|u| &text[u.span.0..u.span.1] == "'")
                .map(|u| u.kind)
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds("Athens' claims were rejected"), [UnitKind::Word]);
        // Quotation marks: each pair opens and closes, however many.
        assert_eq!(
            kinds("blamed the 'Lions' and the 'Tigers' gangs"),
            [UnitKind::Punct; 4]
        );
        // Lower case ("the ministers' meeting") is left as it was.
        assert_eq!(kinds("the ministers' meeting"), [UnitKind::Punct]);
    }

    #[test]
    fn apostrophes_inside_names() {
        let text = "O'Smach and Finland's Mota'ain, Sana’a; Don't";
        let f = Folded::new(text);
        let u = units(&f, text, 0, f.text.len(), &[]);
        let words: Vec<&str> = u.iter().map(|u| &text[u.span.0..u.span.1]).collect();
        assert_eq!(
            words,
            ["O'Smach", "and", "Finland", "'s", "Mota'ain", ",", "Sana’a", ";", "Don", "'", "t"]
        );
    }

    #[test]
    fn an_ampersand_between_capitals_is_inside_the_name() {
        let text = "the B&M bridge, Trinidad & Tobago, rock&roll";
        let f = Folded::new(text);
        let u = units(&f, text, 0, f.text.len(), &[]);
        let words: Vec<&str> = u.iter().map(|u| &text[u.span.0..u.span.1]).collect();
        assert_eq!(
            words,
            ["the", "B&M", "bridge", ",", "Trinidad", "&", "Tobago", ",", "rock", "&", "roll"]
        );
    }

    #[test]
    fn a_match_is_one_unit() {
        let text = "the border crossing closed";
        let f = Folded::new(text);
        let m = [CueMatch {
            start: 4,
            end: 19,
            pattern: 7,
            cased: true,
        }];
        let u = units(&f, text, 0, f.text.len(), &m);
        assert_eq!(u.len(), 3);
        assert_eq!(u[1].kind, UnitKind::Cue(7, true));
        assert_eq!(&text[u[1].span.0..u[1].span.1], "border crossing");
    }
}
