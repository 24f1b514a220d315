//! Reading the markup of an article: Markdown blanked in place (offsets stay file
//! offsets) and HTML's text through html5ever's tokenizer, each with the byte ranges
//! that markup declares as headlines or captions.

use crate::model::Section;

/// Blanks Markdown syntax with spaces (so byte offsets stay file offsets) and marks
/// `#` lines as headlines and image alt texts as captions.
///
/// One forward pass per line, so time is linear in the file: links are matched with a
/// stack of open `[` (the innermost opener takes a `](`, as CommonMark reads nested
/// brackets), and a line with no `)` left stops looking for link ends.
pub(super) fn markdown_to_text(raw: &str) -> (String, Vec<(usize, usize, Section)>) {
    let mut bytes = raw.as_bytes().to_vec();
    let mut hints = Vec::new();
    let mut line_start = 0;
    // Byte offsets (in the line) of the `[` not yet closed.
    let mut open: Vec<usize> = Vec::new();
    for line in raw.split('\n') {
        let end = line_start + line.len();
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        if trimmed.starts_with('#') {
            let hashes = trimmed.len() - trimmed.trim_start_matches('#').len();
            bytes[line_start + lead..line_start + lead + hashes].fill(b' ');
            hints.push((line_start, end, Section::Headline));
        } else if trimmed.starts_with('>') {
            bytes[line_start + lead] = b' ';
        }
        // Images `![alt](url)` become captions; links `[text](url)` keep their text.
        let lb = line.as_bytes();
        open.clear();
        // Set once no `)` is left on the line: no later `](` can end a link.
        let mut no_paren = false;
        let mut i = 0;
        while i < lb.len() {
            match lb[i] {
                b'[' => open.push(i),
                b']' if lb.get(i + 1) == Some(&b'(') && !no_paren => {
                    if let Some(opener) = open.pop() {
                        match lb[i + 2..].iter().position(|&b| b == b')') {
                            Some(c) => {
                                let paren = i + 2 + c;
                                if opener > 0 && lb[opener - 1] == b'!' {
                                    bytes[line_start + opener - 1] = b' ';
                                    hints.push((
                                        line_start + opener + 1,
                                        line_start + i,
                                        Section::Caption,
                                    ));
                                }
                                bytes[line_start + opener] = b' ';
                                bytes[line_start + i..=line_start + paren].fill(b' ');
                                i = paren + 1;
                                continue;
                            }
                            None => no_paren = true,
                        }
                    }
                }
                // A `]` that opens no link closes its bracket as plain text.
                b']' => {
                    open.pop();
                }
                b'*' | b'_' if lb.get(i + 1) == Some(&lb[i]) => {
                    bytes[line_start + i] = b' ';
                    bytes[line_start + i + 1] = b' ';
                    i += 2;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        line_start = end + 1;
    }
    // Only ASCII bytes were replaced by ASCII spaces, so the text is still UTF-8.
    let text = String::from_utf8(bytes).unwrap_or_else(|_| raw.to_string());
    (text, hints)
}

/// Elements whose content is not article text.
const HTML_SKIP: [&str; 8] = [
    "script", "style", "noscript", "nav", "footer", "form", "svg", "template",
];

/// Elements that break a line before and after them.
const HTML_BLOCK: [&str; 22] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "figure",
    "figcaption",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];

/// Extracts the text content of an HTML page with the WHATWG tokenizer (html5ever):
/// drops scripts, styles and navigation, turns block elements into line breaks,
/// decodes every named and numeric character reference, and marks headings and figure
/// captions by their offsets in the text. Malformed markup (unclosed tags, `>` in
/// attribute values, stray `<`) is read as browsers read it, in linear time.
pub(super) fn html_to_text(raw: &str) -> (String, Vec<(usize, usize, Section)>) {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    let tokenizer = Tokenizer::new(HtmlText::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(raw));
    // With no script execution the tokenizer never pauses: one feed reads it all.
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let state = tokenizer.sink.state.into_inner();
    collapse_spaces(&state.out, &state.hints)
}

/// The text as the tokenizer hands it over, before spaces are collapsed.
#[derive(Default)]
struct HtmlState {
    out: String,
    /// Byte ranges of `out` inside headings and captions.
    hints: Vec<(usize, usize, Section)>,
    /// The element whose content is being dropped, and how deep it nests in itself.
    skip: Option<(String, usize)>,
    /// Where the open heading starts in `out`. Headings do not nest: a heading's start
    /// tag closes the one still open, as browsers do, so there is at most one.
    heading: Option<usize>,
    /// Where the outermost open figure caption starts in `out`, and how deep captions
    /// nest in it (only the outermost is a hint, so hints never pile up).
    caption: Option<(usize, usize)>,
}

/// The tokenizer's sink (the tokenizer hands it tokens through `&self`).
#[derive(Default)]
struct HtmlText {
    state: std::cell::RefCell<HtmlState>,
}

impl html5ever::tokenizer::TokenSink for HtmlText {
    type Handle = ();

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        _line: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<()> {
        use html5ever::tokenizer::states::RawKind;
        use html5ever::tokenizer::{TagKind, Token, TokenSinkResult};
        let mut st = self.state.borrow_mut();
        match token {
            Token::CharacterTokens(t) if st.skip.is_none() => st.out.push_str(&t),
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                let start = tag.kind == TagKind::StartTag && !tag.self_closing;
                // What the content of this element is, as a browser tokenizes it.
                let raw = match name {
                    "script" => Some(TokenSinkResult::RawData(RawKind::ScriptData)),
                    "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                        Some(TokenSinkResult::RawData(RawKind::Rawtext))
                    }
                    "textarea" | "title" => Some(TokenSinkResult::RawData(RawKind::Rcdata)),
                    "plaintext" => Some(TokenSinkResult::Plaintext),
                    _ => None,
                }
                .filter(|_| start);
                let result = raw.unwrap_or(TokenSinkResult::Continue);
                if let Some((skipped, depth)) = &mut st.skip {
                    if skipped == name {
                        match tag.kind {
                            TagKind::StartTag if start => *depth += 1,
                            TagKind::EndTag => *depth -= 1,
                            TagKind::StartTag => {}
                        }
                        if *depth == 0 {
                            st.skip = None;
                        }
                    }
                    return result;
                }
                if start && HTML_SKIP.contains(&name) {
                    st.skip = Some((name.to_string(), 1));
                    return result;
                }
                if HTML_BLOCK.contains(&name) {
                    if !st.out.ends_with('\n') && !st.out.is_empty() {
                        st.out.push('\n');
                    }
                    let end = st.out.len();
                    match (name, tag.kind) {
                        ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", kind) => {
                            if let Some(begin) = st.heading.take() {
                                st.hints.push((begin, end, Section::Headline));
                            }
                            if kind == TagKind::StartTag && start {
                                st.heading = Some(end);
                            }
                        }
                        ("figcaption", TagKind::StartTag) if start => match &mut st.caption {
                            Some((_, depth)) => *depth += 1,
                            None => st.caption = Some((end, 1)),
                        },
                        ("figcaption", TagKind::EndTag) => {
                            if let Some((begin, depth)) = &mut st.caption {
                                *depth -= 1;
                                if *depth == 0 {
                                    let begin = *begin;
                                    st.caption = None;
                                    st.hints.push((begin, end, Section::Caption));
                                }
                            }
                        }
                        _ => {}
                    }
                }
                return result;
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Collapses runs of white space inside lines to one space (dropping it at line ends),
/// keeps the line breaks, and moves the hints' byte ranges along with their text.
fn collapse_spaces(
    out: &str,
    hints: &[(usize, usize, Section)],
) -> (String, Vec<(usize, usize, Section)>) {
    let mut text = String::with_capacity(out.len());
    // Where each character of `out` that is kept landed in `text`.
    let mut at = vec![usize::MAX; out.len() + 1];
    let mut space = false;
    for (i, c) in out.char_indices() {
        if c == '\n' {
            text.push('\n');
            space = false;
        } else if c.is_whitespace() {
            space = !text.is_empty() && !text.ends_with('\n');
        } else {
            if space {
                text.push(' ');
                space = false;
            }
            at[i] = text.len();
            text.push(c);
        }
    }
    if text.ends_with('\n') {
        text.pop();
    }
    let hints = hints
        .iter()
        .filter_map(|&(s, e, section)| {
            let first = (s..e).find(|&i| at[i] != usize::MAX)?;
            let last = (s..e).rev().find(|&i| at[i] != usize::MAX)?;
            let len = out[last..].chars().next().map_or(1, char::len_utf8);
            Some((at[first], at[last] + len, section))
        })
        .collect();
    (text, hints)
}
