//! The lexicon loader: the shipped lexicon with one of its five files (picked by the
//! first byte) replaced by any text compiles or fails with an error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::lexicon::Lexicon;
use std::path::PathBuf;

const FILES: [&str; 5] = [
    "entities.toml",
    "relations.toml",
    "roles.toml",
    "words.toml",
    "boilerplate.toml",
];

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/lexicon"));
    let texts = FILES.map(|f| {
        let path = dir.join(f);
        let body = std::fs::read_to_string(&path).unwrap_or_default();
        (path, body)
    });
    let mut texts = texts;
    texts[usize::from(which) % FILES.len()].1 = text.to_string();
    let _ = Lexicon::from_texts(&texts, &[]);
});
