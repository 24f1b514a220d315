//! The fuzz targets' properties (`newsgraph::fuzzing`) run without libFuzzer: over
//! every seed (the shipped queries, articles and lexicon files, `fuzz/seeds/` and the
//! crash reproducers in `fuzz/regressions/`), then over a few thousand deterministic
//! mutations of them (a seeded xorshift, so a failure here fails the same way on
//! every run). A smoke test, not a fuzzer: it keeps found bugs fixed and catches a
//! property broken outright, while `cargo fuzz` (see `FUZZING.md`) does the search.

use newsgraph::fuzzing;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The files in `dir` (relative to the crate) whose names end in `ext` (any file when
/// `ext` is empty), sorted so the mutations below are the same on every machine.
fn files(dir: &str, ext: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.to_string_lossy().ends_with(ext))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("a seed file reads");
            (p, bytes)
        })
        .collect()
}

/// `bytes` behind the selector byte `first`.
fn prefixed(first: u8, bytes: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(bytes.len() + 1);
    v.push(first);
    v.extend_from_slice(bytes);
    v
}

/// The seeds kept for `target` in `fuzz/seeds/` and `fuzz/regressions/`, as the fuzz
/// target takes them.
fn kept(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut v = files(&format!("fuzz/seeds/{target}"), "");
    v.extend(files(&format!("fuzz/regressions/{target}"), ""));
    v
}

/// Every shipped article (and the manifest beside them) behind each of the three
/// selector bytes: text, Markdown, HTML.
fn articles() -> Vec<(PathBuf, Vec<u8>)> {
    let mut v = Vec::new();
    for (p, bytes) in files("data/articles", "") {
        for kind in 0..3 {
            v.push((p.clone(), prefixed(kind, &bytes)));
        }
    }
    v
}

/// xorshift64: small, seeded, the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number below `n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Fragments that mean something to one of the readers: query syntax, Markdown and
/// HTML markup, TOML, sentence ends, multi-byte characters.
const TOKENS: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"\"",
    b"'",
    b"?",
    b"!",
    b".",
    b",",
    b";",
    b":",
    b"\n",
    b"\n\n",
    b"\r\n",
    b"\t",
    b" ",
    b"#",
    b"# ",
    b"* ",
    b"> ",
    b"```",
    b"`",
    b"|",
    b"<",
    b">",
    b"</",
    b"<h1>",
    b"</h1>",
    b"<p>",
    b"<script>",
    b"</script>",
    b"<figcaption>",
    b"&amp;",
    b"&#x10FFFF;",
    b"<!--",
    b"-->",
    b"=",
    b"[[",
    b"]]",
    b"\"\"\"",
    b"\\",
    b"\\u00e9",
    "é".as_bytes(),
    "—".as_bytes(),
    "“".as_bytes(),
    "\u{200b}".as_bytes(),
    "𝔘".as_bytes(),
    b"\xff",
    b"\0",
    b"Mr. ",
    b"U.S. ",
    b"Finland",
    b"Russia",
    b"Storskog",
    b"accuses",
    b"closed",
    b"said",
    b"not ",
    b"who",
    b"what",
    b"where",
    b"count",
    b"order by",
    b"limit 3",
    b"->",
    b"2023-11-17",
    b" and ",
    b" or ",
    b"$x",
    b"id",
    b"label",
    b"include",
];

/// One mutation of `input`: a byte changed, a token put in, a range cut out or
/// doubled, a cut, or a splice with another seed (`other`).
fn mutate(rng: &mut Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..=rng.below(4) {
        let len = v.len();
        match rng.below(7) {
            0 if len > 0 => {
                let i = rng.below(len);
                v[i] = rng.next() as u8;
            }
            1 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                let at = rng.below(len + 1);
                v.splice(at..at, t.iter().copied());
            }
            2 if len > 0 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(64)).min(len);
                v.drain(a..b);
            }
            3 if len > 0 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(64)).min(len);
                let piece = v[a..b].to_vec();
                // Doubled up to a few hundred times: runs are what super-linear
                // readers choke on.
                let most = if rng.below(8) == 0 { 300 } else { 3 };
                let times = 1 + rng.below(most);
                for _ in 0..times {
                    v.splice(b..b, piece.iter().copied());
                }
            }
            4 if len > 1 => {
                // Keep the selector byte, whatever the cut.
                v.truncate(1 + rng.below(len - 1));
            }
            5 if !other.is_empty() => {
                let a = rng.below(other.len());
                let b = (a + 1 + rng.below(256)).min(other.len());
                let at = rng.below(len + 1);
                v.splice(at..at, other[a..b].iter().copied());
            }
            _ => {
                let at = rng.below(len + 1);
                v.insert(at, rng.next() as u8);
            }
        }
    }
    v
}

/// Runs `property` over every seed, then over `mutations` mutations of them, naming
/// the input that fails. A mutant whose property panics is printed as a Rust byte
/// string so it can be saved under `fuzz/regressions/`.
fn smoke(target: &str, property: fn(&[u8]), seeds: &[(PathBuf, Vec<u8>)], mutations: usize) {
    assert!(!seeds.is_empty(), "{target}: no seeds");
    let started = Instant::now();
    for (path, bytes) in seeds {
        run_one(target, property, bytes, &path.display().to_string());
    }
    // One stream per target, so adding a seed to one target changes no other.
    let mut rng =
        Rng(0x9e37_79b9_7f4a_7c15 ^ target.len() as u64 ^ u64::from(target.as_bytes()[0]));
    for i in 0..mutations {
        let (_, a) = &seeds[rng.below(seeds.len())];
        let (_, b) = &seeds[rng.below(seeds.len())];
        let input = mutate(&mut rng, a, b);
        run_one(target, property, &input, &format!("mutation {i}"));
    }
    eprintln!(
        "{target}: {} seeds, {mutations} mutations in {:.1?}",
        seeds.len(),
        started.elapsed()
    );
}

fn run_one(target: &str, property: fn(&[u8]), input: &[u8], what: &str) {
    let outcome = std::panic::catch_unwind(|| property(input));
    if let Err(e) = outcome {
        let shown: String = input.escape_ascii().to_string();
        let shown: String = shown.chars().take(2000).collect();
        std::panic::resume_unwind(Box::new(format!(
            "{target} failed on {what} ({} bytes): b\"{shown}\": {}",
            input.len(),
            e.downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| e.downcast_ref::<&str>().copied())
                .unwrap_or("(panic)")
        )));
    }
}

#[test]
fn query() {
    let mut seeds = files("queries", ".ng");
    seeds.extend(kept("query"));
    smoke("query", fuzzing::query, &seeds, 100_000);
}

#[test]
fn article() {
    let mut seeds = articles();
    seeds.extend(kept("article"));
    smoke("article", fuzzing::article, &seeds, 30_000);
}

#[test]
fn sentences() {
    let mut seeds = articles();
    seeds.extend(kept("sentences"));
    smoke("sentences", fuzzing::sentences, &seeds, 20_000);
}

#[test]
fn lexicon() {
    const FILES: [&str; 5] = newsgraph::lexicon::FILES;
    let mut seeds: Vec<(PathBuf, Vec<u8>)> = files("data/lexicon", ".toml")
        .into_iter()
        .map(|(p, bytes)| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let which = FILES
                .iter()
                .position(|f| *f == name)
                .expect("a lexicon file");
            let bytes = prefixed(which as u8, &bytes);
            (p, bytes)
        })
        .collect();
    seeds.extend(kept("lexicon"));
    smoke("lexicon", fuzzing::lexicon, &seeds, 2_000);
}

#[test]
fn extract() {
    let mut seeds = files("data/articles", ".txt");
    seeds.extend(kept("extract"));
    smoke("extract", fuzzing::extract, &seeds, 6_000);
}

/// The seeds exist where the smoke test looks for them (a moved folder would
/// otherwise make it test nothing).
#[test]
fn seeds_are_found() {
    assert!(files("queries", ".ng").len() >= 10);
    assert!(files("data/articles", ".txt").len() >= 3);
    assert_eq!(files("data/lexicon", ".toml").len(), 5);
    assert!(Path::new(&root().join("fuzz/fuzz_targets")).is_dir());
}
