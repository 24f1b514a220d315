//! Reading articles: plain text, Markdown and HTML files, or folders of them, with
//! the optional `manifest.toml` that gives titles, publishers and dates.
//!
//! This stage owns every check on input files, so later stages can trust that a
//! [`Document`] is non-empty UTF-8 text of a sane size.

use crate::model::{DocMeta, Section};
use crate::shown;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Largest article file accepted. Real articles are a few kilobytes; anything this
/// large is a data dump or a mistake, and refusing it keeps memory bounded.
pub const MAX_FILE_BYTES: usize = 8 << 20;

/// Longest line accepted after markup is removed. A longer "line" is not prose.
pub const MAX_LINE_BYTES: usize = 64 << 10;

/// File extensions read when a folder is given.
pub const EXTENSIONS: [&str; 6] = ["txt", "text", "md", "markdown", "html", "htm"];

/// Why articles could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// A path given on the command line does not exist.
    #[error("{}: no such file or directory", shown::path(.0))]
    Missing(PathBuf),
    /// A folder holds no file with an article extension.
    #[error("{}: no articles here (expected .txt, .md or .html files)", shown::path(.0))]
    NoArticles(PathBuf),
    /// A file could not be read.
    #[error("{}: {source}", shown::path(path))]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A file is empty or holds only white space.
    #[error("{}: the file is empty", shown::path(.0))]
    Empty(PathBuf),
    /// A file holds NUL bytes: it is binary, not an article.
    #[error(
        "{}: binary file (NUL byte at offset {offset}), not an article",
        shown::path(path)
    )]
    Binary {
        /// The file.
        path: PathBuf,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// A file is not valid UTF-8.
    #[error(
        "{}: not valid UTF-8 at line {line}, byte offset {offset}; convert it to UTF-8 first",
        shown::path(path)
    )]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// A file is larger than [`MAX_FILE_BYTES`].
    #[error(
        "{}: {size} bytes is too large for an article (limit {limit} bytes)",
        shown::path(path)
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: usize,
    },
    /// A line is longer than [`MAX_LINE_BYTES`].
    #[error("{}:{line}: line of {len} bytes is too long to be prose (limit {limit}); is this minified or data?", shown::path(path))]
    LineTooLong {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// Its length.
        len: usize,
        /// The limit.
        limit: usize,
    },
    /// A manifest could not be parsed.
    #[error("{}:{line}:{column}: {message}", shown::path(path))]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What was expected.
        message: String,
    },
    /// Two files have the same stem, so their document ids would collide.
    #[error(
        "{} and {} would both be document {id:?}; rename one",
        shown::path(first),
        shown::path(second)
    )]
    DuplicateId {
        /// The id.
        id: String,
        /// One file.
        first: PathBuf,
        /// The other.
        second: PathBuf,
    },
    /// A folder links back to itself or to a folder above it: walking it would never
    /// end (or end in a path forty links deep).
    #[error(
        "{}: symlink loop (it leads back to {}); remove the link or name the folders separately",
        shown::path(path),
        shown::path(target)
    )]
    SymlinkLoop {
        /// The link, as reached from the path given.
        path: PathBuf,
        /// The folder it leads back to.
        target: PathBuf,
    },
}

/// One article, read and checked.
#[derive(Clone, Debug)]
pub struct Document {
    /// Metadata (id, file, title, publisher, date, hash).
    pub meta: DocMeta,
    /// The text facts are read from. For plain text and Markdown it is the file
    /// itself (Markdown link targets and markers blanked with spaces, so offsets are
    /// file offsets); for HTML, the text content with tags removed.
    pub text: String,
    /// Byte ranges of `text` that markup declared as headlines or captions.
    pub hints: Vec<(usize, usize, Section)>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Manifest {
    #[serde(default)]
    articles: BTreeMap<String, ManifestEntry>,
}

#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
struct ManifestEntry {
    title: Option<String>,
    publisher: Option<String>,
    published: Option<String>,
}

/// The article files named by `paths` (files, or folders searched recursively),
/// sorted and deduplicated.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, SourceError> {
    let mut files = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|_| SourceError::Missing(p.clone()))?;
        if meta.is_dir() {
            let before = files.len();
            walk(p, &mut files, &mut Vec::new())?;
            if files.len() == before {
                return Err(SourceError::NoArticles(p.clone()));
            }
        } else {
            files.push(p.clone());
        }
    }
    files.sort();
    files.dedup();
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    for f in &files {
        let id = doc_id(f);
        if let Some(first) = seen.insert(id.clone(), f.clone()) {
            return Err(SourceError::DuplicateId {
                id,
                first,
                second: f.clone(),
            });
        }
    }
    Ok(files)
}

/// Collects the article files under `dir`. `above` holds the real paths of the folders
/// being walked (`dir`'s ancestors in this walk), so a link back to one of them is a
/// symlink loop, reported, rather than a walk down the same folder forty times.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, above: &mut Vec<PathBuf>) -> Result<(), SourceError> {
    let io = |source| SourceError::Io {
        path: dir.to_owned(),
        source,
    };
    let real = std::fs::canonicalize(dir).map_err(io)?;
    if let Some(target) = above.iter().find(|a| **a == real) {
        return Err(SourceError::SymlinkLoop {
            path: dir.to_owned(),
            target: target.clone(),
        });
    }
    above.push(real);
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(io)?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = e.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, out, above)?;
        } else if path
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
        {
            out.push(path);
        }
    }
    above.pop();
    Ok(())
}

/// The document id of a file: its stem.
pub fn doc_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Loads manifests found next to the given files, keyed by document id.
fn manifests(files: &[PathBuf]) -> Result<BTreeMap<String, ManifestEntry>, SourceError> {
    let mut dirs: Vec<&Path> = files.iter().filter_map(|f| f.parent()).collect();
    dirs.sort();
    dirs.dedup();
    let mut all = BTreeMap::new();
    for d in dirs {
        let path = d.join("manifest.toml");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let m: Manifest = toml::from_str(&text).map_err(|e| {
            let (line, column) =
                crate::lexicon::line_column(&text, e.span().map_or(0, |s| s.start));
            SourceError::Manifest {
                path: path.clone(),
                line,
                column,
                message: e.message().to_string(),
            }
        })?;
        all.extend(m.articles);
    }
    Ok(all)
}

/// Reads and checks every article named by `paths`.
pub fn read_all(paths: &[PathBuf]) -> Result<Vec<Document>, SourceError> {
    let sources = Sources::find(paths)?;
    (0..sources.len()).map(|i| sources.read(i)).collect()
}

/// The articles named by some paths, found but not yet read: what a build streams
/// through extraction a batch at a time, so it never holds the whole corpus.
#[derive(Default)]
pub struct Sources {
    /// Files sorted by document id, with what the manifest says of each.
    files: Vec<(PathBuf, ManifestEntry)>,
}

impl Sources {
    /// Finds the article files under `paths` and reads their manifests; every error
    /// about the paths themselves (missing, no articles, duplicate ids, a malformed
    /// manifest) comes from here, before any article is read.
    pub fn find(paths: &[PathBuf]) -> Result<Self, SourceError> {
        let files = discover(paths)?;
        let mut manifest = manifests(&files)?;
        let mut files: Vec<(PathBuf, ManifestEntry)> = files
            .into_iter()
            .map(|f| {
                let entry = manifest.remove(&doc_id(&f)).unwrap_or_default();
                (f, entry)
            })
            .collect();
        files.sort_by_cached_key(|(f, _)| doc_id(f));
        Ok(Sources { files })
    }

    /// Number of articles.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The file of article `i` (in document id order).
    pub fn path(&self, i: usize) -> &Path {
        &self.files[i].0
    }

    /// Reads and checks article `i`.
    pub fn read(&self, i: usize) -> Result<Document, SourceError> {
        let (path, entry) = &self.files[i];
        read_file(path, entry.clone())
    }
}

fn read_file(path: &Path, entry: ManifestEntry) -> Result<Document, SourceError> {
    let io = |source| SourceError::Io {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_FILE_BYTES as u64 {
        return Err(SourceError::TooLarge {
            path: path.to_owned(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    from_bytes(path, &bytes, entry)
}

/// Reads an article from its bytes as if they were the file `path` (its extension
/// picks text, Markdown or HTML; no manifest applies): what `build` does with each
/// file once it is read. Bad bytes (NUL, invalid UTF-8, nothing but blanks) are
/// errors naming `path`.
pub fn read_bytes(path: &Path, bytes: &[u8]) -> Result<Document, SourceError> {
    from_bytes(path, bytes, ManifestEntry::default())
}

/// Turns raw bytes into a [`Document`]; `path` names the source in errors.
fn from_bytes(path: &Path, bytes: &[u8], entry: ManifestEntry) -> Result<Document, SourceError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(SourceError::Binary {
            path: path.to_owned(),
            offset,
        });
    }
    let raw = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        SourceError::NotUtf8 {
            path: path.to_owned(),
            line: bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1,
            offset,
        }
    })?;
    if raw.trim().is_empty() {
        return Err(SourceError::Empty(path.to_owned()));
    }
    let ext = path
        .extension()
        .and_then(|x| x.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let html = matches!(ext.as_str(), "html" | "htm");
    // Text and Markdown keep their lines (Markdown only blanks bytes), so their lines
    // are checked before any markup is read; HTML's text exists only after reading.
    if !html {
        check_lines(path, raw)?;
    }
    let (text, hints) = match ext.as_str() {
        "html" | "htm" => html_to_text(raw),
        "md" | "markdown" => markdown_to_text(raw),
        _ => (raw.to_string(), Vec::new()),
    };
    if text.trim().is_empty() {
        return Err(SourceError::Empty(path.to_owned()));
    }
    if html {
        check_lines(path, &text)?;
    }
    let sha256 = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(Document {
        meta: DocMeta {
            id: doc_id(path),
            file: path
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            title: entry.title,
            publisher: entry.publisher,
            published: entry.published,
            sha256,
            extractor: String::new(),
        },
        text,
        hints,
    })
}

/// Rejects a line longer than [`MAX_LINE_BYTES`], naming its 1-based number.
fn check_lines(path: &Path, text: &str) -> Result<(), SourceError> {
    match text
        .split('\n')
        .enumerate()
        .find(|(_, line)| line.len() > MAX_LINE_BYTES)
    {
        Some((i, line)) => Err(SourceError::LineTooLong {
            path: path.to_owned(),
            line: i + 1,
            len: line.len(),
            limit: MAX_LINE_BYTES,
        }),
        None => Ok(()),
    }
}

/// Blanks Markdown syntax with spaces (so byte offsets stay file offsets) and marks
/// `#` lines as headlines and image alt texts as captions.
///
/// One forward pass per line, so time is linear in the file: links are matched with a
/// stack of open `[` (the innermost opener takes a `](`, as CommonMark reads nested
/// brackets), and a line with no `)` left stops looking for link ends.
fn markdown_to_text(raw: &str) -> (String, Vec<(usize, usize, Section)>) {
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
fn html_to_text(raw: &str) -> (String, Vec<(usize, usize, Section)>) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(name: &str, bytes: &[u8]) -> Result<Document, SourceError> {
        from_bytes(Path::new(name), bytes, ManifestEntry::default())
    }

    #[test]
    fn rejects_bad_files_with_their_name() {
        let e = doc("a.txt", b"").unwrap_err().to_string();
        assert_eq!(e, "a.txt: the file is empty");
        let e = doc("b.txt", b"ab\0cd").unwrap_err().to_string();
        assert!(e.starts_with("b.txt: binary file"), "{e}");
        let e = doc("c.txt", b"ok\n\xff\xfe").unwrap_err().to_string();
        assert!(e.contains("c.txt: not valid UTF-8 at line 2"), "{e}");
        let long = vec![b'a'; MAX_LINE_BYTES + 1];
        let e = doc("d.txt", &long).unwrap_err().to_string();
        assert!(e.starts_with("d.txt:1: line of"), "{e}");
    }

    #[test]
    fn html_becomes_text_with_hints() {
        let d = doc(
            "p.html",
            b"<html><script>x()</script><h1>Finland closes</h1><p>Helsinki &amp; Moscow&#39;s row.</p><figure><figcaption>A crossing</figcaption></figure></html>",
        )
        .unwrap();
        assert_eq!(
            d.text,
            "Finland closes\nHelsinki & Moscow's row.\nA crossing"
        );
        let hint = |s: Section| d.hints.iter().find(|h| h.2 == s).map(|h| &d.text[h.0..h.1]);
        assert_eq!(hint(Section::Headline), Some("Finland closes"));
        assert_eq!(hint(Section::Caption), Some("A crossing"));
    }

    fn html(raw: &str) -> Document {
        doc("p.html", raw.as_bytes()).unwrap()
    }

    #[test]
    fn malformed_html_reads_as_a_browser_reads_it() {
        // Unclosed tags.
        assert_eq!(
            html("<p>Finland closes <b>Storskog<p>Norway <i>may").text,
            "Finland closes Storskog\nNorway may"
        );
        // `>` inside attribute values, and a stray `<`.
        assert_eq!(
            html("<a title=\"a > b\" href='x>y'>Helsinki</a> said 3 < 4").text,
            "Helsinki said 3 < 4"
        );
        // A script holding tags and `<` is dropped whole; nav nests.
        assert_eq!(
            html("<script>if (a<b) { document.write('<p>x</p>') }</script><nav><nav>menu</nav>more</nav><p>Text").text,
            "Text"
        );
    }

    #[test]
    fn every_named_character_reference_is_decoded() {
        for (name, &(a, b)) in html5ever::data::NAMED_ENTITIES.entries() {
            if !name.ends_with(';') {
                continue;
            }
            let want: String = [a, b]
                .into_iter()
                .filter(|&c| c != 0)
                .filter_map(char::from_u32)
                .collect();
            if want.chars().any(char::is_whitespace) {
                continue;
            }
            let d = html(&format!("<p>x&{name}y</p>"));
            assert_eq!(d.text, format!("x{want}y"), "&{name}");
        }
    }

    #[test]
    fn hints_are_where_their_text_is_not_where_it_first_appears() {
        let d =
            html("<p>A crossing closed.</p><figure><figcaption>A   crossing</figcaption></figure>");
        assert_eq!(d.text, "A crossing closed.\nA crossing");
        assert_eq!(d.hints, vec![(19, 29, Section::Caption)]);
    }

    #[test]
    fn a_megabyte_of_nested_tags_reads_in_linear_time() {
        let unit = "<div><span>a</span><script>s()</script><nav>n</nav>";
        let n = 1_000_000 / unit.len();
        let mut raw = unit.repeat(n);
        raw.push_str(&"</div>".repeat(n));
        let started = std::time::Instant::now();
        let d = html(&raw);
        let elapsed = started.elapsed();
        assert_eq!(d.text.matches('a').count(), n);
        // Linear: about 1 µs a tag on a slow machine; quadratic would take minutes.
        assert!(
            elapsed.as_secs_f64() < 5.0,
            "{elapsed:?} for {} bytes",
            raw.len()
        );
    }

    #[test]
    fn markdown_keeps_offsets() {
        let raw = "# Title\nSee [Reuters](http://x.y) **now**.";
        let d = doc("m.md", raw.as_bytes()).unwrap();
        assert_eq!(d.text.len(), raw.len());
        assert!(d.text.contains(" Reuters "), "{}", d.text);
        assert!(!d.text.contains("http"));
        assert_eq!(d.hints[0].2, Section::Headline);
    }

    #[test]
    fn a_symlink_loop_is_named_not_walked() {
        let tmp = tempfile::tempdir().unwrap();
        let top = tmp.path().join("news");
        std::fs::create_dir_all(top.join("sub")).unwrap();
        std::fs::write(top.join("a.txt"), "Finland closed its border.\n").unwrap();
        std::os::unix::fs::symlink(&top, top.join("sub/back")).unwrap();
        let err = discover(std::slice::from_ref(&top))
            .unwrap_err()
            .to_string();
        assert!(err.contains("sub/back: symlink loop"), "{err}");
        assert!(!err.contains("back/sub/back"), "{err}");
        assert_eq!(err.lines().count(), 1);
    }
}
