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
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov",
    "st", "mt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vs", "etc", "approx", "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.k",
    "e.g", "i.e", "fig", "vol", "pp", "ca", "cllr", "hon", "rev", "engr", "insp", "supt", "brig",
    "cpl", "adm", "amb", "pres",
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

/// Longest sentence handed to extraction, in bytes. The longest sentence of the
/// development corpus and the shipped articles is 428 bytes; a run-on "sentence" past
/// this limit (a list of thousands of names, a page without full stops) is split at
/// clause punctuation into pieces no longer than it, so that the work and memory per
/// sentence stay bounded: extraction keeps a copy of its sentence with every fact it
/// finds there, so a sentence's cost grows with its length times its facts.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// Sentences of a document longer than [`MAX_SENTENCE_BYTES`], which [`sentences`]
/// split into pieces: what a build warns about, once per file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LongSentences {
    /// How many sentences were split.
    pub count: usize,
    /// The 1-based line of the text where the first of them starts.
    pub first_line: usize,
    /// The longest of them, in bytes.
    pub longest: usize,
}

/// Sentences and what was split to make them.
#[derive(Default)]
struct Segmented {
    sentences: Vec<Sentence>,
    /// Sentences split, the byte offset of the first and the longest length.
    long: Option<(usize, usize, usize)>,
}

/// Splits a document into sentences, dropping furniture. `hints` are byte ranges the
/// markup declared as headlines or captions. No sentence is longer than
/// [`MAX_SENTENCE_BYTES`]: a longer one is split at clause punctuation.
pub fn sentences(
    text: &str,
    rules: &Boilerplate,
    hints: &[(usize, usize, Section)],
) -> Vec<Sentence> {
    segment(text, rules, hints).sentences
}

/// The sentences [`sentences`] would split for being longer than
/// [`MAX_SENTENCE_BYTES`], if any. Cheap when no paragraph is that long (a sentence
/// never spans a blank line), as in every real article.
pub fn long_sentences(
    text: &str,
    rules: &Boilerplate,
    hints: &[(usize, usize, Section)],
) -> Option<LongSentences> {
    // (A hard-wrapped paragraph is read as one line: no sentence spans a blank line.)
    if text.split("\n\n").all(|l| l.len() <= MAX_SENTENCE_BYTES) {
        return None;
    }
    let (count, first, longest) = segment(text, rules, hints).long?;
    Some(LongSentences {
        count,
        first_line: 1 + text.as_bytes()[..first]
            .iter()
            .filter(|&&b| b == b'\n')
            .count(),
        longest,
    })
}

fn segment(text: &str, rules: &Boilerplate, hints: &[(usize, usize, Section)]) -> Segmented {
    let mut lines = classify(text, rules);
    join_wrapped(text, &mut lines);
    mark_sections(text, &mut lines, hints);
    let mut out = Segmented::default();
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
        // Compared without Markdown's emphasis, heading and quote marks: "*Read more:*",
        // "**By Ana Díaz**", "## Related".
        let f = folded.trim().trim_start_matches(['*', '_', '#', '>', ' ']);
        let unbulleted = f.trim_start_matches(BULLETS).trim_start();
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
        } else if is_marker(rules, f) {
            LineKind::Marker
        } else if rules.lines.contains(f)
            || rules.prefixes.iter().any(|p| {
                // A prefix in brackets is a note that fills the line and holds no
                // sentence: "(Adds denial in paragraphs 10-11)", not "(Adds to the
                // pressure on Israel, which closed Kerem Shalom.)" nor "(Adds
                // reaction) TASHKENT (Reuters) - Uzbekistan closed …".
                let note = f.trim_end_matches(['*', '_', ' ']);
                let whole = !p.starts_with('(') || (note.ends_with(')') && !note.ends_with(".)"));
                whole && f.starts_with(p.as_str())
                    // "- READ MORE: …", "• Read also: …": a teaser in a bulleted list
                    // (a label with its colon, not "- Support the deployment …").
                    || (p.ends_with(':') && unbulleted.starts_with(p.as_str()))
            })
            // "Related coverage: [a story](…) · [another](…)", "· Related: …": the
            // marker and its list on one line.
            || rules.markers.iter().any(|m| {
                unbulleted
                    .strip_prefix(m.as_str())
                    .is_some_and(|rest| rest.starts_with(':'))
            })
            || is_byline(f)
            || is_dateline(f)
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
                let item = t.starts_with(BULLETS) || t.starts_with('>');
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

/// "**Río de la Plata Post** · Montevideo · 17 October 2024": outlet, place and date
/// set off by middle dots, each a few words.
fn is_dateline(f: &str) -> bool {
    let parts: Vec<&str> = f.split(['·', '•']).collect();
    parts.len() >= 3 && parts.iter().all(|p| p.split_whitespace().count() <= 6)
}

/// Joins the lines of a hard-wrapped paragraph ("… also closed two informal fording\n
/// points downstream …", plain text filled to a width) into one line, so that a
/// sentence may span them. A document is hard-wrapped when at least three of its lines
/// stop mid-sentence with the next line going on in lower case; then a line that stops
/// mid-sentence joins the text line right after it when that one goes on in lower case
/// or the first is filled to two thirds of the width of the longest. Never the first
/// text line (a headline over the body), list items or Markdown headings and quotes.
/// Documents written one paragraph per line are left as they are.
fn join_wrapped(text: &str, lines: &mut Vec<Line>) {
    let line = |l: &Line| &text[l.start..l.end];
    let goes_on = |a: &Line, b: &Line| {
        a.kind == LineKind::Text
            && b.kind == LineKind::Text
            && !ends_sentence(line(a))
            && line(b).chars().next().is_some_and(char::is_lowercase)
    };
    let breaks = lines.windows(2).filter(|w| goes_on(&w[0], &w[1])).count();
    if breaks < 3 {
        return;
    }
    let width = lines
        .iter()
        .filter(|l| l.kind == LineKind::Text)
        .map(|l| line(l).chars().count())
        .max()
        .unwrap_or(0);
    let marked = |t: &str| t.starts_with(['-', '*', '•', '#', '>', '|', '+']);
    let first = lines.iter().position(|l| l.kind == LineKind::Text);
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    // The physical line last added (a joined line's last part), and whether it is
    // the document's first text line.
    let mut tail: Option<(usize, usize, bool)> = None;
    for (i, l) in lines.drain(..).enumerate() {
        let this = (l.start, l.end, Some(i) == first);
        if let (Some(last), Some((ts, te, tail_first))) = (out.last_mut(), tail) {
            let t = &text[ts..te];
            let next = line(&l);
            let join = last.kind == LineKind::Text
                && l.kind == LineKind::Text
                && !tail_first
                && !marked(t)
                && !marked(next)
                && !ends_sentence(t)
                && (next.chars().next().is_some_and(char::is_lowercase)
                    || t.chars().count() * 3 >= width * 2);
            if join {
                last.end = l.end;
                tail = Some(this);
                continue;
            }
        }
        tail = Some(this);
        out.push(l);
    }
    *lines = out;
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

/// Whether folded line `f` opens a list of links: one of the markers ("Most read"), or
/// a bilingual heading with one as either half ("Les plus lus / Most read", "Lo último
/// | Latest news").
fn is_marker(rules: &Boilerplate, f: &str) -> bool {
    // (A line with neither separator is its own only half.)
    f.trim_end_matches([':', ' ', '*', '_'])
        .split(['/', '|'])
        .any(|half| rules.markers.contains(half.trim().trim_end_matches(':')))
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
    // The section of the first hint (in the markup's order) that holds each line. Each
    // hint visits only the lines inside it, and readers emit hints that nest at most
    // twice (a caption in a heading), so this is linear in lines + hints.
    let mut hinted: Vec<Option<Section>> = vec![None; lines.len()];
    for &(from, to, section) in hints {
        let at = lines.partition_point(|l| l.start < from);
        for (line, slot) in lines[at..].iter().zip(&mut hinted[at..]) {
            if line.end > to {
                break;
            }
            slot.get_or_insert(section);
        }
    }
    for i in 0..lines.len() {
        if lines[i].kind != LineKind::Text {
            continue;
        }
        let t = &text[lines[i].start..lines[i].end];
        let f = fold(t);
        let hinted = hinted[i];
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
fn split_line(text: &str, start: usize, end: usize, section: Section, out: &mut Segmented) {
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

/// Adds the sentence `text[start..end]` (trimmed), split into pieces of at most
/// [`MAX_SENTENCE_BYTES`] when it is longer.
fn push(text: &str, start: usize, end: usize, section: Section, out: &mut Segmented) {
    let s = &text[start..end];
    let trimmed = s.trim();
    let mut from = start + s.len() - s.trim_start().len();
    let to = from + trimmed.len();
    if trimmed.len() > MAX_SENTENCE_BYTES && trimmed.chars().any(char::is_alphabetic) {
        let (count, _, longest) = out.long.get_or_insert((0, from, 0));
        *count += 1;
        *longest = (*longest).max(trimmed.len());
        while to - from > MAX_SENTENCE_BYTES {
            let cut = clause_break(text, from);
            push_piece(text, from, cut, section, &mut out.sentences);
            from = cut;
        }
    }
    push_piece(text, from, to, section, &mut out.sentences);
}

/// Where the piece of a long sentence that starts at `from` ends: after the last `;`
/// in its second half, else the last `:`, else the last `,`, else the last blank, else
/// at the limit itself (on a character boundary). Looking only in the second half
/// makes every piece at least half the limit long, so splitting is linear.
fn clause_break(text: &str, from: usize) -> usize {
    let limit = from + MAX_SENTENCE_BYTES;
    let half = from + MAX_SENTENCE_BYTES / 2;
    let window = &text.as_bytes()[half..limit];
    let found = [b';', b':', b',']
        .into_iter()
        .find_map(|p| window.iter().rposition(|&b| b == p));
    if let Some(i) = found.or_else(|| window.iter().rposition(u8::is_ascii_whitespace)) {
        return half + i + 1;
    }
    (half..=limit)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(limit)
}

/// Adds `text[start..end]`, trimmed, unless it holds no letter.
fn push_piece(text: &str, start: usize, end: usize, section: Section, out: &mut Vec<Sentence>) {
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

/// Marks opening a list item, in the text as written or folded.
const BULLETS: &[char] = &['-', '–', '•', '*', '·', '▪', '●', '◦'];

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Boilerplate {
        let mut b = Boilerplate::default();
        b.lines.insert("subscribe".into());
        b.cutoffs.push("news feed".into());
        b.credits.insert("getty".into());
        b.prefixes.push("read more:".into());
        b.markers.insert("related".into());
        b.markers.insert("related coverage".into());
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
        // Titles of address in other countries: "Cllr." (Liberia), "Hon.", "Insp.".
        let s = split("Intro line.\nThe minister, Cllr. Moses Gbayou, spoke. Insp. Kamau agreed.");
        let texts: Vec<&str> = s.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Intro line.",
                "The minister, Cllr. Moses Gbayou, spoke.",
                "Insp. Kamau agreed."
            ]
        );
    }

    #[test]
    fn a_teaser_in_a_bulleted_list_is_furniture() {
        let s = split(
            "Ghana shuts border\n\nGhana closed the Aflao crossing.\n\n  - READ MORE: Togo accuses Ghana of a blockade\n  • Read more: Benin denies the claims\n· Related: Mali accuses Algeria\n- The talks go on in Lomé.\n- Support the talks, after Togo accused Ghana.\n",
        );
        let texts: Vec<&str> = s.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Ghana shuts border",
                "Ghana closed the Aflao crossing.",
                "- The talks go on in Lomé.",
                "- Support the talks, after Togo accused Ghana."
            ]
        );
    }

    #[test]
    fn a_wire_storys_update_note_is_furniture() {
        // The shipped lexicon's furniture: the notes are data.
        let lex = crate::lexicon::Lexicon::embedded().unwrap();
        let text = "Malawi shuts Chiponde post\n\n*(Adds Mozambican ministry's denial in paragraphs 10-11)*\n\n(Updates with death toll)\n\nMalawi closed the Chiponde post. (Adds that it stays shut.)\n(Adds reaction) LILONGWE (Reuters) - Malawi closed Mwanza.\n(Adds to the pressure on Malawi, which closed Mwanza.)\n";
        let s = sentences(text, &lex.boilerplate, &[]);
        let texts: Vec<&str> = s.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            texts,
            [
                "Malawi shuts Chiponde post",
                "Malawi closed the Chiponde post.",
                "(Adds that it stays shut.)",
                "(Adds reaction) LILONGWE (Reuters) - Malawi closed Mwanza.",
                "(Adds to the pressure on Malawi, which closed Mwanza.)"
            ]
        );
    }

    #[test]
    fn markdown_furniture_and_datelines() {
        let s = split(
            "# Argentina shuts bridge\n\n**Río de la Plata Post** · Montevideo · 17 October 2024\n\n*By Sofía Iturralde*\n\nArgentina closed the bridge.\n\n*Read more:* [Uruguay accuses Argentina](https://x.example/a)\n\nRelated coverage: [Chile: Peru closes border](/a) · [Bolivia denies claims](/b)\n\n## Related\n\n- [Uruguay accuses Argentina of a blockade](https://x.example/b)\n",
        );
        let texts: Vec<&str> = s.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["# Argentina shuts bridge", "Argentina closed the bridge."]
        );
    }

    #[test]
    fn a_bilingual_marker_opens_a_list_of_links() {
        let s = split(
            "Niger shuts Toummo\n\nNiger closed the post.\n\nLes plus lus / Related\n\n- Benin reopens its border posts with Niger\n- Mali accuses Algeria\n",
        );
        let texts: Vec<&str> = s.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Niger shuts Toummo", "Niger closed the post."]);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_read_whole() {
        let text = "Ethiopia shuts crossing\n\n\
            Ethiopian troops and federal police also closed two informal fording\n\
            points downstream from Dolo Ado on Monday, according to a local\n\
            administrator. The minister said the crossing could reopen once a joint\n\
            investigation had ended.\n\n\
            Somalia has not closed its side, and traders were still crossing at\n\
            Dollow.\n";
        let s = split(text);
        let texts: Vec<&str> = s.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Ethiopia shuts crossing",
                "Ethiopian troops and federal police also closed two informal fording\n\
                 points downstream from Dolo Ado on Monday, according to a local\n\
                 administrator.",
                "The minister said the crossing could reopen once a joint\n\
                 investigation had ended.",
                "Somalia has not closed its side, and traders were still crossing at\n\
                 Dollow."
            ]
        );
        assert_eq!(s[0].1, Section::Headline);
        assert!(s[1..].iter().all(|(_, section)| *section == Section::Body));
        // One paragraph per line: lines stay apart even when one stops short.
        let s = split("Border closes\nFinland closed the crossing\nto cars on Monday.\n");
        assert_eq!(s.len(), 3);
        // In a wrapped document, a headline right over the body and list items stay
        // lines of their own.
        let s = split(
            "Ethiopia shuts Dolo Ado crossing after clashes\n\
             Ethiopian troops and federal police also closed two informal fording\n\
             points downstream from Dolo Ado on Monday, according to a local\n\
             administrator, and the minister said the crossing could reopen once\n\
             the investigation had ended and the two sides had met in the town.\n\
             - Somalia has not closed its side of the border with Ethiopia at all\n\
             - Traders were still crossing at Dollow on Tuesday morning, officials\n",
        );
        assert_eq!(s.len(), 4, "{s:?}");
        assert_eq!(s[0].1, Section::Headline);
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

    #[test]
    fn long_sentences_are_split_at_clause_punctuation() {
        let clause = "Finland accuses Russia of sending migrants, ";
        let run_on = clause.repeat(3 * MAX_SENTENCE_BYTES / clause.len());
        let text = format!(
            "Short one.\n{}; then more, and the end.\nLast.",
            run_on.trim_end()
        );
        let s = sentences(&text, &rules(), &[]);
        let pieces = &s[1..s.len() - 1];
        assert!(pieces.len() >= 3, "{} pieces", pieces.len());
        for p in pieces {
            assert!(p.end - p.start <= MAX_SENTENCE_BYTES, "{p:?}");
            assert!(
                p.end - p.start >= MAX_SENTENCE_BYTES / 2 - clause.len()
                    || p == pieces.last().unwrap()
            );
        }
        // Pieces end after a comma and together cover the sentence.
        for (a, b) in pieces.iter().zip(&pieces[1..]) {
            assert!(
                text[a.start..a.end].ends_with(','),
                "{}",
                &text[a.end - 20..a.end]
            );
            assert_eq!(text[a.end..b.start].trim(), "");
        }
        assert_eq!(&text[s.last().unwrap().start..], "Last.");
        assert_eq!(
            long_sentences(&text, &rules(), &[]),
            Some(LongSentences {
                count: 1,
                first_line: 2,
                longest: s[s.len() - 2].end - s[1].start,
            })
        );
        assert_eq!(long_sentences("Short one.\nAnother.", &rules(), &[]), None);
        // A run of brackets is no sentence, so nothing is said about it.
        let brackets = format!("Short one.\n{}", "[".repeat(3 * MAX_SENTENCE_BYTES));
        assert_eq!(long_sentences(&brackets, &rules(), &[]), None);
    }

    #[test]
    fn a_sentence_without_punctuation_or_blanks_is_cut_on_character_boundaries() {
        let text = "é".repeat(MAX_SENTENCE_BYTES * 2);
        let s = sentences(&text, &rules(), &[]);
        assert!(s.len() >= 2);
        for p in &s {
            assert!(p.end - p.start <= MAX_SENTENCE_BYTES);
            assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        }
        assert_eq!(s.iter().map(|p| p.end - p.start).sum::<usize>(), text.len());
    }

    #[test]
    fn a_hint_marks_only_the_lines_inside_it() {
        let text = "Finland closes border\nIt said so.\nA crossing\nMore text here.";
        let hints = [(0, 21, Section::Headline), (34, 44, Section::Caption)];
        let s: Vec<Section> = sentences(text, &rules(), &hints)
            .iter()
            .map(|s| s.section)
            .collect();
        assert_eq!(
            s,
            [
                Section::Headline,
                Section::Body,
                Section::Caption,
                Section::Body
            ]
        );
    }
}
