//! The properties the fuzz targets check, one plain function per target, so that the
//! libFuzzer targets in `fuzz/` and the smoke test `tests/fuzz_smoke.rs` (which needs no
//! instrumented build) run the same code. Each function takes any bytes and panics
//! when a property fails; see `FUZZING.md` for what each one must hold.

use crate::lexicon::{Boilerplate, Lexicon, Text, FILES};
use crate::model::{Entity, EntityId, EntityType};
use crate::query::ast::Query;
use crate::query::plan::{self, NameIndex};
use crate::segment::{self, MAX_SENTENCE_BYTES};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The article name the selector byte `kind` picks: text, Markdown or HTML.
fn article_name(kind: u8) -> &'static str {
    match kind % 3 {
        0 => "a.txt",
        1 => "a.md",
        _ => "a.html",
    }
}

/// The query language: any text parses or fails with an error; a parsed selection
/// printed as a pattern parses back to the same print; a selection that resolves
/// against a small name index compiles to SPARQL.
pub fn query(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(Query::Select(s)) = crate::query::syntax::parse(text) else {
        return;
    };
    if s.columns.is_none() {
        let printed = s.to_string();
        match crate::query::syntax::parse(&printed) {
            Ok(Query::Select(back)) => assert_eq!(back.to_string(), printed),
            // The print may be longer than what was typed ("between A and B" prints as
            // "since A and until B"): past the length limit it is refused, as typed.
            Err(crate::query::QueryError::TooLong { len, .. }) if len > text.len() => {}
            other => panic!("{printed:?} does not parse back: {other:?}"),
        }
    }
    if let Ok(plan) = plan::resolve(&s, names()) {
        let _ = crate::query::sparql::compile(&plan).to_string();
    }
}

/// The name index [`query`] resolves against: two states, a crossing, a person and
/// one alias.
fn names() -> &'static NameIndex {
    static N: OnceLock<NameIndex> = OnceLock::new();
    N.get_or_init(|| {
        let entity = |label: &str, etype| Entity {
            id: EntityId::from_label(label),
            label: label.into(),
            etype,
            aliases: Vec::new(),
            wikidata: None,
        };
        let es = [
            entity("Finland", EntityType::State),
            entity("Russia", EntityType::State),
            entity("Storskog", EntityType::Crossing),
            entity("Maria Zakharova", EntityType::Person),
        ];
        NameIndex::new(
            es.iter(),
            [("the Kremlin".to_string(), EntityId::from_label("Russia"))],
        )
    })
}

/// The article reader: the first byte picks text, Markdown or HTML, the rest is the
/// file; it gives a document or an error, and every hint slices the text on
/// character boundaries.
pub fn article(data: &[u8]) {
    let Some((&kind, bytes)) = data.split_first() else {
        return;
    };
    if let Ok(doc) = crate::source::read_bytes(Path::new(article_name(kind)), bytes) {
        for &(start, end, _) in &doc.hints {
            assert!(doc.text.get(start..end).is_some(), "hint {start}..{end}");
        }
    }
}

/// The lexicon loader: the shipped lexicon with one of its five files (picked by the
/// first byte) replaced by the rest compiles or fails with an error. Of the gazetteer
/// files `entities.toml` includes, the states come along (without them the shipped
/// entities name unknown borders, every input fails that check and nothing after it
/// is reached); the places are left out, as compiling 1.5 MB of them on every input
/// would make this target fifteen times slower.
pub fn lexicon(data: &[u8]) {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (texts, states) = shipped_lexicon();
    let mut texts = texts.clone();
    texts[usize::from(which) % FILES.len()].1 = text.to_string();
    let _ = Lexicon::from_texts(&texts, std::slice::from_ref(states));
}

/// The five files of `data/lexicon` and the gazetteer's states, with their paths,
/// read once.
fn shipped_lexicon() -> &'static ([Text; 5], Text) {
    static T: OnceLock<([Text; 5], Text)> = OnceLock::new();
    T.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let read = |path: PathBuf| {
            let body = std::fs::read_to_string(&path).unwrap_or_default();
            (path, body)
        };
        let texts = FILES.map(|f| read(root.join("data/lexicon").join(f)));
        (texts, read(root.join("data/gazetteer/states.toml")))
    })
}

/// Reading and segmentation together: the first byte picks text, Markdown or HTML,
/// the rest is the file. Text and Markdown keep every byte offset; the sentences lie
/// in the text in order, on character boundaries, each at most
/// [`MAX_SENTENCE_BYTES`] long; [`segment::long_sentences`] reports a split only when
/// one happened.
pub fn sentences(data: &[u8]) {
    let Some((&kind, bytes)) = data.split_first() else {
        return;
    };
    let name = article_name(kind);
    let Ok(doc) = crate::source::read_bytes(Path::new(name), bytes) else {
        return;
    };
    if name != "a.html" {
        assert_eq!(
            doc.text.len(),
            bytes.len(),
            "text and Markdown keep offsets"
        );
    }
    let rules = Boilerplate::default();
    let sentences = segment::sentences(&doc.text, &rules, &doc.hints);
    let mut last_end = 0;
    for s in &sentences {
        assert!(
            last_end <= s.start && s.start < s.end,
            "{s:?} after {last_end}"
        );
        assert!(doc.text.get(s.start..s.end).is_some(), "{s:?}");
        assert!(s.end - s.start <= MAX_SENTENCE_BYTES, "{s:?}");
        last_end = s.end;
    }
    // The split is reported when, and only when, some sentence was too long.
    if let Some(long) = segment::long_sentences(&doc.text, &rules, &doc.hints) {
        assert!(long.count > 0 && long.longest > MAX_SENTENCE_BYTES);
        assert!(long.first_line <= doc.text.split('\n').count());
    }
}

/// Extraction: any bytes read as a `.txt` article give facts whose evidence spans
/// slice the text, on character boundaries, to exactly their sentence.
pub fn extract(data: &[u8]) {
    let Ok(doc) = crate::source::read_bytes(Path::new("a.txt"), data) else {
        return;
    };
    let facts = crate::extract::extract(&doc, embedded_lexicon());
    for f in &facts.facts {
        let ev = &f.evidence;
        assert_eq!(
            doc.text.get(ev.start..ev.end),
            Some(ev.sentence.as_str()),
            "evidence {}..{} of {f:?}",
            ev.start,
            ev.end
        );
    }
}

/// The built-in lexicon, compiled once.
fn embedded_lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::embedded().expect("the built-in lexicon compiles"))
}
