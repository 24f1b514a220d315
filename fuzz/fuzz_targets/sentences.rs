//! Reading and segmentation together: any bytes, read as text, Markdown or HTML
//! (picked by the first byte), give sentences that lie in the text in order, on
//! character boundaries, each at most `segment::MAX_SENTENCE_BYTES` long; Markdown
//! keeps every byte offset. Run with a large `-max_len` and a short `-timeout` to catch
//! super-linear readers (see FUZZING.md).
//! The property itself is `newsgraph::fuzzing::sentences`, which `tests/fuzz_smoke.rs`
//! also runs without an instrumented build.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsgraph::fuzzing::sentences(data));
