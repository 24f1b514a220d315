//! Extraction: any text read as an article gives facts whose evidence spans slice
//! the text, on character boundaries, to exactly their sentence.
//! The property itself is `newsgraph::fuzzing::extract`, which `tests/fuzz_smoke.rs`
//! also runs without an instrumented build.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsgraph::fuzzing::extract(data));
