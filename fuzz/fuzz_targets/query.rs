//! The query language: any text parses or fails with an error; a selection that
//! parses resolves against a small name index (or fails) and compiles to SPARQL.
//! A parsed selection printed as a pattern parses back to the same print.
//! The property itself is `newsgraph::fuzzing::query`, which `tests/fuzz_smoke.rs`
//! also runs without an instrumented build.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsgraph::fuzzing::query(data));
