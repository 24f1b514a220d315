//! The article reader: any bytes, read as text, Markdown or HTML (picked by the first
//! byte), give a document or an error; every hint lies inside the text on character
//! boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
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
    if let Ok(doc) = newsgraph::source::read_bytes(Path::new(name), bytes) {
        for &(start, end, _) in &doc.hints {
            assert!(doc.text.get(start..end).is_some(), "hint {start}..{end}");
        }
    }
});
