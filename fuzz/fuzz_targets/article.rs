//! The article reader: any bytes, read as text, Markdown or HTML (picked by the first
//! byte), give a document or an error; every hint lies inside the text on character
//! boundaries.
//! The property itself is `newsgraph::fuzzing::article`, which `tests/fuzz_smoke.rs`
//! also runs without an instrumented build.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsgraph::fuzzing::article(data));
