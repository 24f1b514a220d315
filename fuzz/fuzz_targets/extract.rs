//! Extraction: any text read as an article gives facts whose evidence spans slice
//! the text, on character boundaries, to exactly their sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::lexicon::Lexicon;
use std::path::Path;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::embedded().expect("the built-in lexicon compiles"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = newsgraph::source::read_bytes(Path::new("a.txt"), data) else {
        return;
    };
    let facts = newsgraph::extract::extract(&doc, lexicon());
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
});
