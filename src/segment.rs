//! Segmentation: a document's text becomes sentences with byte spans, each marked as
//! body, headline or caption; page furniture (newsletter forms, donation appeals,
//! teasers for other stories, news feeds) is dropped here so it can never produce a
//! fact.

use crate::lexicon::Boilerplate;
use crate::model::Section;
use crate::text::fold;

/// A sentence of a document: `text[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// Body, headline or caption.
    pub section: Section,
}

/// Abbreviations after which a period does not end a sentence (folded, without the
/// period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov",
    "st", "mt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vs", "etc", "approx", "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.k",
    "e.g", "i.e", "fig", "vol", "pp", "ca",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineKind {
    Blank,
    Furniture,
    /// A line that opens a list of links to other stories ("Related", "Most read").
    Marker,
    Credit,
    Text,
}

struct Line {
    start: usize,
    end: usize,
    kind: LineKind,
    section: Section,
}

/// Splits a document into sentences, dropping furniture. `hints` are byte ranges the
/// markup declared as headlines or captions.
pub fn sentences(
    text: &str,
    rules: &Boilerplate,
    hints: &[(usize, usize, Section)],
) -> Vec<Sentence> {
    let mut lines = classify(text, rules);
    mark_sections(text, &mut lines, hints);
    let mut out = Vec::new();
    for l in lines.iter().filter(|l| l.kind == LineKind::Text) {
        split_line(text, l.start, l.end, l.section, &mut out);
    }
    out
}

fn classify(text: &str, rules: &Boilerplate) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for raw in text.split('\n') {
        let end = start + raw.len();
        let trimmed = raw.trim();
        let lead = raw.len() - raw.trim_start().len();
        let (s, e) = (start + lead, start + lead + trimmed.len());
        let folded = fold(trimmed);
        let f = folded.trim();
        let kind = if f.is_empty() {
            LineKind::Blank
        } else if rules.cutoffs.iter().any(|c| {
            f.strip_prefix(c.as_str())
                .is_some_and(|rest| rest.chars().all(|ch| !ch.is_alphanumeric()))
        }) {
            // Only a line that is the marker itself ends the article: "Read more" does,
            // "READ MORE: Lithuania starts turning back migrants" is one teaser line.
            lines.push(Line {
                start: s,
                end: e,
                kind: LineKind::Furniture,
                section: Section::Body,
            });
            break;
        } else if rules.credits.contains(f) {
            LineKind::Credit
        } else if rules.markers.contains(f.trim_end_matches([':', ' '])) {
            LineKind::Marker
        } else if rules.lines.contains(f)
            || rules.prefixes.iter().any(|p| f.starts_with(p.as_str()))
            || is_byline(f)
        {
            LineKind::Furniture
        } else {
            LineKind::Text
        };
        lines.push(Line {
            start: s,
            end: e,
            kind,
            section: Section::Body,
        });
        start = end + 1;
    }
    // After a marker ("Related", "Most read"), the lines that look like headlines or
    // list items are teasers for other stories, up to the first line of prose.
    let mut in_list = false;
    for line in lines.iter_mut() {
        match line.kind {
            LineKind::Marker => {
                line.kind = LineKind::Furniture;
                in_list = true;
            }
            LineKind::Blank => {}
            LineKind::Text if in_list => {
                let t = text[line.start..line.end].trim();
                let item = t.starts_with(['-', '•', '*', '–', '·', '>']);
                if item || !ends_sentence(t) {
                    line.kind = LineKind::Furniture;
                } else {
                    in_list = false;
                }
            }
            _ => in_list = false,
        }
    }
    // A teaser for another story ends in an ellipsis; its headline goes with it.
    let n = lines.len();
    for i in 0..n {
        if lines[i].kind != LineKind::Text {
            continue;
        }
        let t = text[lines[i].start..lines[i].end].trim_end();
        if t.ends_with('…') || t.ends_with("...") {
            lines[i].kind = LineKind::Furniture;
            if let Some(j) = prev_text(&lines, i) {
                if !ends_sentence(&text[lines[j].start..lines[j].end]) {
                    lines[j].kind = LineKind::Furniture;
                }
            }
        }
    }
    lines
}

fn is_byline(f: &str) -> bool {
    (f.starts_with("by ") || f.starts_with("written by "))
        && f.split_whitespace().count() <= 25
        && !f.ends_with('.')
}

fn prev_text(lines: &[Line], i: usize) -> Option<usize> {
    (0..i)
        .rev()
        .find(|&j| lines[j].kind != LineKind::Blank)
        .filter(|&j| lines[j].kind == LineKind::Text)
}

fn next_text(lines: &[Line], i: usize) -> Option<usize> {
    (i + 1..lines.len())
        .find(|&j| lines[j].kind != LineKind::Blank)
        .filter(|&j| lines[j].kind == LineKind::Text)
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end();
    let t = t.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    t.ends_with(['.', '!', '?'])
}

/// Marks headlines (the first text line, and short lines without final punctuation)
/// and captions (lines with a photo credit, or next to a credit line).
fn mark_sections(text: &str, lines: &mut [Line], hints: &[(usize, usize, Section)]) {
    let first = lines.iter().position(|l| l.kind == LineKind::Text);
    for i in 0..lines.len() {
        if lines[i].kind != LineKind::Text {
            continue;
        }
        let t = &text[lines[i].start..lines[i].end];
        let f = fold(t);
        let hinted = hints
            .iter()
            .find(|h| h.0 <= lines[i].start && lines[i].end <= h.1)
            .map(|h| h.2);
        let photo = f.contains("(photo")
            || f.contains("photo:")
            || f.starts_with("a photo shows")
            || f.starts_with("pictured")
            || f.contains("via getty images")
            || f.contains("/ afp)")
            || f.contains("/ reuters)");
        let words = t.split_whitespace().count();
        let short_unpunctuated = !ends_sentence(t) && words <= 25;
        let next_to_credit = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| lines.get(j))
            .any(|l| l.kind == LineKind::Credit);
        lines[i].section = if let Some(s) = hinted {
            s
        } else if photo {
            Section::Caption
        } else if Some(i) == first && short_unpunctuated {
            Section::Headline
        } else if next_to_credit && short_unpunctuated {
            Section::Caption
        } else if short_unpunctuated && next_text(lines, i).is_some() {
            Section::Headline
        } else {
            Section::Body
        };
    }
}

/// Splits one line into sentences. A period ends a sentence unless it follows an
/// abbreviation, an initial or a number, and nothing splits inside double quotes.
fn split_line(text: &str, start: usize, end: usize, section: Section, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let bytes = line.as_bytes();
    let mut sent_start = 0;
    let mut in_quote = false;
    let mut iter = line.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        match c {
            '“' => in_quote = true,
            '”' => in_quote = false,
            '"' => in_quote = !in_quote,
            '.' | '!' | '?' | '…' if !in_quote => {
                // Swallow closing quotes and brackets that belong to this sentence.
                let mut j = i + c.len_utf8();
                while let Some(&(k, n)) = iter.peek() {
                    if matches!(n, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ']') {
                        if n == '"' {
                            in_quote = !in_quote;
                        }
                        j = k + n.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                let next = line[j..].chars().next();
                let after_space = next.is_none_or(char::is_whitespace);
                if !after_space || (c == '.' && !period_ends(line, sent_start, i)) {
                    continue;
                }
                // The next sentence must start like one: capital, digit or quote.
                let following = line[j..].trim_start().chars().next();
                if following.is_some_and(|f| f.is_lowercase()) {
                    continue;
                }
                push(text, start + sent_start, start + j, section, out);
                sent_start = j + line[j..].len() - line[j..].trim_start().len();
            }
            _ => {}
        }
    }
    let _ = bytes;
    push(text, start + sent_start, end, section, out);
}

/// Whether the period at `dot` ends a sentence (not `Nov.`, `J.`, `U.S.`, `3.5`).
fn period_ends(line: &str, from: usize, dot: usize) -> bool {
    let before = &line[from..dot];
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let w = fold(word);
    if w.is_empty() {
        return true;
    }
    if ABBREVIATIONS.contains(&w.as_str()) {
        return false;
    }
    // A single capital letter is an initial ("Jonas G. Støre").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return false;
        }
    }
    true
}

fn push(text: &str, start: usize, end: usize, section: Section, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let trimmed = s.trim();
    if trimmed.is_empty() || !trimmed.chars().any(char::is_alphabetic) {
        return;
    }
    let lead = s.len() - s.trim_start().len();
    out.push(Sentence {
        start: start + lead,
        end: start + lead + trimmed.len(),
        section,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Boilerplate {
        let mut b = Boilerplate::default();
        b.lines.insert("subscribe".into());
        b.cutoffs.push("news feed".into());
        b.credits.insert("getty".into());
        b
    }

    fn split(text: &str) -> Vec<(String, Section)> {
        sentences(text, &rules(), &[])
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.section))
            .collect()
    }

    #[test]
    fn abbreviations_and_quotes_do_not_split() {
        let s = split(
            "Intro line.\nJonas Gahr Støre said on Nov. 22 that Ms Zakharova spoke. \"It is bad. Very bad,\" he said. Next one.",
        );
        let texts: Vec<&str> = s.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Intro line.",
                "Jonas Gahr Støre said on Nov. 22 that Ms Zakharova spoke.",
                "\"It is bad. Very bad,\" he said.",
                "Next one."
            ]
        );
    }

    #[test]
    fn furniture_headlines_and_captions() {
        let s = split(
            "Finland closes border\nGetty\nThe crossing in Finland\nSubscribe\nBody text here.\nOther story\nIt goes on and on…\nNews Feed\nFinland accuses Russia.",
        );
        assert_eq!(
            s,
            [
                ("Finland closes border".to_string(), Section::Headline),
                ("The crossing in Finland".to_string(), Section::Caption),
                ("Body text here.".to_string(), Section::Body),
            ]
        );
    }
}
