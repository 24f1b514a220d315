//! Shared set-up for the benchmarks: the lexicon and generated corpora.

#![allow(dead_code)]

use newsgraph::lexicon::Lexicon;
use newsgraph::source::{self, Document};
use std::path::{Path, PathBuf};

/// The lexicon the CLI would use from the crate root.
pub fn lexicon() -> Lexicon {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
    if dir.join("entities.toml").exists() {
        Lexicon::load(&dir).expect("lexicon")
    } else {
        Lexicon::embedded().expect("lexicon")
    }
}

/// Writes `n` generated articles (seed 1) to a fresh temporary directory.
pub fn corpus(lex: &Lexicon, n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    newsgraph::gen::write_corpus(lex, dir.path(), n, 1).expect("gen");
    dir
}

/// The articles of a generated corpus, read as the CLI reads them.
pub fn documents(dir: &Path) -> Vec<Document> {
    source::read_all(&[PathBuf::from(dir)]).expect("read")
}

/// Whitespace-separated words in the documents.
pub fn words(docs: &[Document]) -> u64 {
    docs.iter()
        .map(|d| d.text.split_whitespace().count() as u64)
        .sum()
}
