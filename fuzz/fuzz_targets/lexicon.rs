//! The lexicon loader: the shipped lexicon with one of its five files (picked by the
//! first byte) replaced by any text compiles or fails with an error.
//! The property itself is `newsgraph::fuzzing::lexicon`, which `tests/fuzz_smoke.rs`
//! also runs without an instrumented build.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsgraph::fuzzing::lexicon(data));
