//! Reading and segmentation together: any bytes, read as text, Markdown or HTML
//! (picked by the first byte), give sentences that lie in the text in order, on
//! character boundaries, each at most `segment::MAX_SENTENCE_BYTES` long; Markdown
//! keeps every byte offset. Run with a large `-max_len` and a short `-timeout` to catch
//! super-linear readers (see FUZZING.md).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::lexicon::Boilerplate;
use newsgraph::segment::{self, MAX_SENTENCE_BYTES};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else {
        return;
    };
    let name = match kind % 3 {
        0 => "a.txt",
        1 => "a.md",
        _ => "a.html",
    };
    let Ok(doc) = newsgraph::source::read_bytes(Path::new(name), bytes) else {
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
});
