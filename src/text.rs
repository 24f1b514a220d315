//! Text folding shared by matching, slugs and name lookup.
//!
//! Names must match whatever way a page spells them: `Støre`, `Store` and `STØRE`
//! are one name, `’` and `'` one apostrophe, `–` and `-` one dash. Folding maps text
//! to lowercase ASCII-ish text and keeps, for every folded byte, the byte offset it
//! came from, so a match in folded text becomes a span in the original.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Folds one character into `out`: lowercase, diacritics removed, typographic
/// punctuation replaced by its ASCII form.
#[inline]
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        'ø' | 'Ø' => out.push('o'),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ß' => out.push_str("ss"),
        'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        'ı' => out.push('i'),
        'þ' | 'Þ' => out.push_str("th"),
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => {
            out.push('-')
        }
        '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{2007}' => out.push(' '),
        _ => {
            let mut pushed = false;
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    for l in d.to_lowercase() {
                        out.push(l);
                    }
                    pushed = true;
                }
            });
            if !pushed {
                out.push(c);
            }
        }
    }
}

/// Number words a count may be written with ("two hundred migrants", "dozens of
/// lorries"): read by the extractor and the question search alike.
pub const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "dozen",
    "dozens",
    "million",
    "millions",
];

/// Folds a string for comparison: `fold("Häkkänen") == "hakkanen"`.
///
/// ```
/// assert_eq!(newsgraph::text::fold("Jonas Gahr Støre"), "jonas gahr store");
/// assert_eq!(newsgraph::text::fold("Finland’s"), "finland's");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// A folded copy of a text with a map from folded byte offsets back to original ones.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// `origin[i]` is the original byte offset of folded byte `i`; one extra entry maps
    /// the folded length to the original length.
    origin: Vec<u32>,
}

impl Folded {
    /// Folds `s`, remembering where each folded byte came from.
    pub fn new(s: &str) -> Self {
        let mut text = String::with_capacity(s.len());
        let mut origin = Vec::with_capacity(s.len() + 1);
        for (i, c) in s.char_indices() {
            let before = text.len();
            fold_char(c, &mut text);
            origin.extend(std::iter::repeat_n(i as u32, text.len() - before));
        }
        origin.push(s.len() as u32);
        Folded { text, origin }
    }

    /// Folded offset of an original byte offset: the first folded byte that comes from
    /// at or after it.
    pub fn folded_of(&self, original: usize) -> usize {
        self.origin.partition_point(|&o| (o as usize) < original)
    }

    /// Original byte offset of a folded byte offset (a match start).
    pub fn start(&self, folded: usize) -> usize {
        self.origin[folded] as usize
    }

    /// Original byte offset just past the original character that produced folded byte
    /// `folded_end - 1` (a match end).
    pub fn end(&self, folded_end: usize, original: &str) -> usize {
        if folded_end == 0 {
            return 0;
        }
        if folded_end >= self.origin.len() - 1 {
            return original.len();
        }
        let last = self.origin[folded_end - 1] as usize;
        let next = self.origin[folded_end] as usize;
        if next > last {
            next
        } else {
            // The match ends inside the expansion of one character (`æ` → `ae`).
            last + original[last..].chars().next().map_or(0, char::len_utf8)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_offsets() {
        let s = "Häkkänen and Støre’s";
        let f = Folded::new(s);
        assert_eq!(f.text, "hakkanen and store's");
        let at = f.text.find("store").unwrap();
        let (a, b) = (f.start(at), f.end(at + 5, s));
        assert_eq!(&s[a..b], "Støre");
        assert_eq!(&s[f.start(0)..f.end(8, s)], "Häkkänen");
    }

    #[test]
    fn folding_handles_expansions() {
        let s = "Æsir";
        let f = Folded::new(s);
        assert_eq!(f.text, "aesir");
        assert_eq!(&s[f.start(0)..f.end(1, s)], "Æ");
    }
}
