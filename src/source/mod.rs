//! Reading articles: plain text, Markdown and HTML files, or folders of them, with
//! the optional `manifest.toml` that gives titles, publishers and dates.
//!
//! This stage owns every check on input files, so later stages can trust that a
//! [`Document`] is non-empty UTF-8 text of a sane size.

mod markup;

use crate::model::{DocMeta, Section};
use crate::shown;
use markup::{html_to_text, markdown_to_text};
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
    articles: BTreeMap<String, ArticleMeta>,
}

/// What a manifest (or the command line, see [`Sources::with_meta`]) says of one
/// article; each field set overrides what the article itself gives.
#[derive(Deserialize, Default, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    /// Headline.
    pub title: Option<String>,
    /// Publisher's name.
    pub publisher: Option<String>,
    /// Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (see [`check_date`]).
    pub published: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
}

impl ArticleMeta {
    /// `self`, with every field `over` sets taken from `over`.
    fn overridden_by(self, over: &ArticleMeta) -> ArticleMeta {
        ArticleMeta {
            title: over.title.clone().or(self.title),
            publisher: over.publisher.clone().or(self.publisher),
            published: over.published.clone().or(self.published),
            url: over.url.clone().or(self.url),
        }
    }
}

/// Checks a publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a day of the
/// calendar. The error says what is wrong ("day 31 is not 1–30 in 2023-11").
///
/// ```
/// assert!(newsgraph::source::check_date("2023-11-22").is_ok());
/// assert_eq!(newsgraph::source::check_date("2023-02-29").unwrap_err(), "day 29 is not 1–28 in 2023-02");
/// ```
pub fn check_date(date: &str) -> Result<(), String> {
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let shaped = match parts[..] {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    };
    if !shaped {
        return Err("expected YYYY-MM-DD (or YYYY-MM, or YYYY)".to_string());
    }
    let numbers: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    crate::model::check_calendar(&numbers)
}

/// How an article's bytes are read: chosen by a file's extension, or by
/// `--input-format` for standard input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// Plain text.
    #[default]
    Txt,
    /// Markdown.
    Md,
    /// HTML.
    Html,
}

impl InputFormat {
    /// The format a file's extension names (plain text for any other).
    pub fn of_path(path: &Path) -> InputFormat {
        let ext = path
            .extension()
            .and_then(|x| x.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" => InputFormat::Html,
            "md" | "markdown" => InputFormat::Md,
            _ => InputFormat::Txt,
        }
    }
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
    doc_ids(&files)?;
    Ok(files)
}

/// The document id of each of `files`, in order: its stem (`003_47f9.txt` is
/// `003_47f9`), except where two files of one build share a stem and differ in their
/// extension (`a.html` and `a.md`), which are then both known by their file name
/// (`a.html`, `a.md`). Two files that would still have one id (the same name in two
/// folders) are an error.
pub fn doc_ids(files: &[PathBuf]) -> Result<Vec<String>, SourceError> {
    let mut by_stem: BTreeMap<String, usize> = BTreeMap::new();
    for f in files {
        *by_stem.entry(doc_id(f)).or_default() += 1;
    }
    let ids: Vec<String> = files
        .iter()
        .map(|f| {
            let stem = doc_id(f);
            match by_stem[&stem] {
                1 => stem,
                _ => f
                    .file_name()
                    .map_or(stem, |n| n.to_string_lossy().into_owned()),
            }
        })
        .collect();
    let mut seen: BTreeMap<&str, &PathBuf> = BTreeMap::new();
    for (id, f) in ids.iter().zip(files) {
        if let Some(first) = seen.insert(id, f) {
            return Err(SourceError::DuplicateId {
                id: id.clone(),
                first: first.clone(),
                second: f.clone(),
            });
        }
    }
    Ok(ids)
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

/// The document id of a file alone: its stem (see [`doc_ids`] for a build's files).
pub fn doc_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Loads manifests found next to the given files, keyed by document id.
fn manifests(files: &[PathBuf]) -> Result<BTreeMap<String, ArticleMeta>, SourceError> {
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

/// The articles named by some paths (or given on standard input), found but not yet
/// read: what a build streams through extraction a batch at a time, so it never holds
/// the whole corpus.
#[derive(Default)]
pub struct Sources {
    /// Articles sorted by document id.
    files: Vec<Source>,
}

/// One article of [`Sources`]: where it is, its id, and what the manifest says of it.
struct Source {
    /// The file, or `-` for standard input.
    path: PathBuf,
    id: String,
    meta: ArticleMeta,
    /// The bytes, when they were given rather than to be read from `path`.
    bytes: Option<Vec<u8>>,
    format: InputFormat,
}

impl Sources {
    /// Finds the article files under `paths` and reads their manifests; every error
    /// about the paths themselves (missing, no articles, duplicate ids, a malformed
    /// manifest) comes from here, before any article is read.
    pub fn find(paths: &[PathBuf]) -> Result<Self, SourceError> {
        let files = discover(paths)?;
        let ids = doc_ids(&files)?;
        let mut manifest = manifests(&files)?;
        let mut files: Vec<Source> = files
            .into_iter()
            .zip(ids)
            .map(|(f, id)| {
                // A manifest names an article by its id, or by its stem.
                let meta = manifest
                    .remove(&id)
                    .or_else(|| manifest.get(&doc_id(&f)).cloned())
                    .unwrap_or_default();
                Source {
                    format: InputFormat::of_path(&f),
                    path: f,
                    id,
                    meta,
                    bytes: None,
                }
            })
            .collect();
        files.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Sources { files })
    }

    /// One article given as bytes (`newsgraph build -` reads it from standard input),
    /// read as `format`. Its id is the slug of `meta.title` when there is one, else
    /// the first 16 hex digits of the bytes' SHA-256: the same input, the same id.
    pub fn from_bytes(bytes: Vec<u8>, format: InputFormat, meta: ArticleMeta) -> Self {
        let slug = meta.title.as_deref().map(crate::model::slug);
        let id = match slug.filter(|s| !s.is_empty()) {
            Some(s) => s,
            None => hex(&Sha256::digest(&bytes))[..16].to_string(),
        };
        Sources {
            files: vec![Source {
                path: PathBuf::from("-"),
                id,
                meta,
                bytes: Some(bytes),
                format,
            }],
        }
    }

    /// These sources with `meta` overriding what the manifest says of their one
    /// article (`build FILE --title …`). `None` when there is not exactly one.
    pub fn with_meta(mut self, meta: &ArticleMeta) -> Option<Self> {
        let [one] = &mut self.files[..] else {
            return None;
        };
        one.meta = std::mem::take(&mut one.meta).overridden_by(meta);
        Some(self)
    }

    /// Keeps only the articles whose document id `keep` accepts (a shard of them).
    pub fn retain(&mut self, keep: impl Fn(&str) -> bool) {
        self.files.retain(|f| keep(&f.id));
    }

    /// Number of articles.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The file of article `i` (in document id order); `-` for standard input.
    pub fn path(&self, i: usize) -> &Path {
        &self.files[i].path
    }

    /// The document id of article `i`.
    pub fn id(&self, i: usize) -> &str {
        &self.files[i].id
    }

    /// Reads and checks article `i`.
    pub fn read(&self, i: usize) -> Result<Document, SourceError> {
        let s = &self.files[i];
        let bytes = match &s.bytes {
            Some(b) => std::borrow::Cow::Borrowed(&b[..]),
            None => std::borrow::Cow::Owned(read_file(&s.path)?),
        };
        from_bytes(&s.path, &bytes, s.format, &s.id, s.meta.clone())
    }
}

/// Lowercase hexadecimal.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn read_file(path: &Path) -> Result<Vec<u8>, SourceError> {
    let io = |source| SourceError::Io {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_FILE_BYTES as u64 {
        return Err(too_large(path, size));
    }
    std::fs::read(path).map_err(io)
}

fn too_large(path: &Path, size: u64) -> SourceError {
    SourceError::TooLarge {
        path: path.to_owned(),
        size,
        limit: MAX_FILE_BYTES,
    }
}

/// Reads an article from its bytes as if they were the file `path` (its extension
/// picks text, Markdown or HTML; no manifest applies): what `build` does with each
/// file once it is read. Bad bytes (NUL, invalid UTF-8, nothing but blanks) are
/// errors naming `path`.
pub fn read_bytes(path: &Path, bytes: &[u8]) -> Result<Document, SourceError> {
    let id = doc_id(path);
    from_bytes(
        path,
        bytes,
        InputFormat::of_path(path),
        &id,
        ArticleMeta::default(),
    )
}

/// Turns raw bytes into a [`Document`] with the id `id`; `path` names the source
/// in errors.
fn from_bytes(
    path: &Path,
    bytes: &[u8],
    format: InputFormat,
    id: &str,
    meta: ArticleMeta,
) -> Result<Document, SourceError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large(path, bytes.len() as u64));
    }
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
    let html = format == InputFormat::Html;
    // Text and Markdown keep their lines (Markdown only blanks bytes), so their lines
    // are checked before any markup is read; HTML's text exists only after reading.
    if !html {
        check_lines(path, raw)?;
    }
    let (text, hints) = match format {
        InputFormat::Html => html_to_text(raw),
        InputFormat::Md => markdown_to_text(raw),
        InputFormat::Txt => (raw.to_string(), Vec::new()),
    };
    if text.trim().is_empty() {
        return Err(SourceError::Empty(path.to_owned()));
    }
    if html {
        check_lines(path, &text)?;
    }
    Ok(Document {
        meta: DocMeta {
            id: id.to_string(),
            file: path
                .file_name()
                .map_or_else(|| "-".to_string(), |s| s.to_string_lossy().into_owned()),
            title: meta.title,
            publisher: meta.publisher,
            published: meta.published,
            url: meta.url,
            sha256: hex(&Sha256::digest(bytes)),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(name: &str, bytes: &[u8]) -> Result<Document, SourceError> {
        read_bytes(Path::new(name), bytes)
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
