//! Readers and extraction are linear in their input: for each pathological shape
//! (a line of `[` runs, `<script></script>` runs, thousands of headings, run-on
//! sentences, endless comma lists) `newsgraph build` of a 4× input takes less than 8×
//! the CPU time of the 1× input (quadratic would be 16×) and less than 6× its peak
//! memory. Each child is measured alone with `wait4` (its own CPU time and maxrss),
//! the median of three runs, so other tests and other processes on the machine do not
//! blur the ratio. A second set of tests checks that those files still read right.
//!
//! `LINEAR_BIN=/path/to/newsgraph` measures another binary (an older build, to see the
//! tests fail on the quadratic readers).

use newsgraph::lexicon::Lexicon;
use newsgraph::model::Section;
use newsgraph::segment::{self, MAX_SENTENCE_BYTES};
use newsgraph::source;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;

/// Runs of each size; the median is compared.
const RUNS: usize = 3;
/// A child taking longer than this is killed and the test fails (the readers before
/// the fix took minutes on these inputs).
const CHILD_TIMEOUT: Duration = Duration::from_secs(60);

/// What one child used.
#[derive(Clone, Copy, Debug)]
struct Usage {
    /// User + system CPU seconds.
    cpu: f64,
    /// Peak resident memory, KiB.
    maxrss: i64,
}

fn binary() -> PathBuf {
    std::env::var_os("LINEAR_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_newsgraph")))
}

/// Runs `newsgraph build FILE` into a fresh store and returns what the child used, or
/// its stderr if it failed.
// The child is reaped by `wait4` (for its own rusage), which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn build_usage(file: &Path) -> Result<Usage, String> {
    let dir = tempfile::tempdir().unwrap();
    let err = dir.path().join("stderr");
    let mut child = Command::new(binary())
        .arg("--lexicon")
        .arg(common::root().join("data/lexicon"))
        .arg("build")
        .arg(file)
        .arg("--store")
        .arg(dir.path().join("store"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let started = Instant::now();
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value of the plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `pid` is our own child, not yet reaped (std never waits for it here);
        // the pointers are to live locals.
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        assert!(r >= 0, "wait4: {}", std::io::Error::last_os_error());
        if r == pid {
            break;
        }
        if started.elapsed() > CHILD_TIMEOUT {
            let _ = child.kill();
            // SAFETY: as above.
            unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
            return Err(format!(
                "{}: killed after {CHILD_TIMEOUT:?}",
                file.display()
            ));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        return Err(format!(
            "{}: status {status}: {}",
            file.display(),
            std::fs::read_to_string(&err).unwrap_or_default()
        ));
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Ok(Usage {
        cpu: secs(usage.ru_utime) + secs(usage.ru_stime),
        maxrss: usage.ru_maxrss,
    })
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Builds the 1× and 4× inputs of a shape ([`RUNS`] times each, alternating) and
/// asserts the ratios of CPU time and peak memory.
fn assert_linear(name: &str, ext: &str, make: impl Fn(usize) -> String) {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = [1, 4]
        .iter()
        .map(|&k| {
            let path = dir.path().join(format!("{name}-{k}x.{ext}"));
            let text = make(k);
            assert!(
                text.len() <= source::MAX_FILE_BYTES,
                "{name} {k}×: too large"
            );
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    let mut cpu = [Vec::new(), Vec::new()];
    let mut rss = [Vec::new(), Vec::new()];
    for _ in 0..RUNS {
        for (i, file) in files.iter().enumerate() {
            let u = build_usage(file).unwrap_or_else(|e| panic!("{name}: {e}"));
            cpu[i].push(u.cpu);
            rss[i].push(u.maxrss as f64);
        }
    }
    let [c1, c4] = cpu.map(median);
    let [m1, m4] = rss.map(median);
    let (time_ratio, mem_ratio) = (c4 / c1.max(1e-3), m4 / m1.max(1.0));
    eprintln!(
        "{name}: cpu {c1:.3} s → {c4:.3} s (×{time_ratio:.2}), maxrss {m1:.0} → {m4:.0} KiB (×{mem_ratio:.2})"
    );
    assert!(
        time_ratio < 8.0,
        "{name}: 4× input took ×{time_ratio:.1} the CPU time ({c1:.3} s → {c4:.3} s): not linear"
    );
    assert!(
        mem_ratio < 6.0,
        "{name}: 4× input took ×{mem_ratio:.1} the memory ({m1:.0} → {m4:.0} KiB): not linear"
    );
}

/// 16 lines of `[` runs, 16,000 `[` each at 1× (64,000 at 4×, under the line limit),
/// after a real link.
fn brackets(k: usize) -> String {
    let mut s = String::from("Finland closes [the border](https://example.org/a).\n");
    for _ in 0..16 {
        s.push_str(&"[".repeat(16_000 * k));
        s.push('\n');
    }
    s
}

/// Empty scripts after a paragraph: 100,000 at 1× (1.7 MB), 400,000 at 4×.
fn scripts(k: usize) -> String {
    let mut s = String::from("<p>Finland closes the border.</p>");
    s.push_str(&"<script></script>".repeat(100_000 * k));
    s
}

/// Headings: 45,000 at 1× (1.5 MB), 180,000 at 4×.
fn headings(k: usize) -> String {
    let mut s = String::new();
    for i in 0..45_000 * k {
        s.push_str(&format!("<h1>Finland closes crossing {i}</h1>"));
    }
    s.push_str("<p>Finland closes the border.</p>");
    s
}

/// `n` lines, each one sentence of `len` bytes made of `clause` repeated.
fn run_on(clause: &str, len: usize, n: usize) -> String {
    let line = clause.repeat(len / clause.len());
    let mut s = String::from("Finland closes the border.\n\n");
    for _ in 0..n {
        s.push_str(line.trim_end());
        s.push_str(" and Poland.\n\n");
    }
    s
}

/// 24 run-on sentences of 16 KB at 1×, 64 KB (the line limit) at 4×.
fn run_on_sentences(k: usize) -> String {
    run_on(
        "Finland accuses Russia of sending migrants to the border and ",
        16_000 * k,
        24,
    )
}

/// 12 comma lists of names, 16 KB at 1×, 64 KB at 4×.
fn comma_lists(k: usize) -> String {
    let mut s = run_on("Finland, Russia, Norway, Estonia, Latvia, ", 16_000 * k, 12);
    s.insert_str(0, "Finland accuses ");
    s
}

#[test]
fn markdown_bracket_runs_are_linear() {
    assert_linear("brackets", "md", brackets);
}

#[test]
fn html_script_runs_are_linear() {
    assert_linear("scripts", "html", scripts);
}

#[test]
fn html_headings_are_linear() {
    assert_linear("headings", "html", headings);
}

#[test]
fn run_on_sentences_are_linear() {
    assert_linear("run-on", "txt", run_on_sentences);
}

#[test]
fn comma_lists_are_linear() {
    assert_linear("commas", "txt", comma_lists);
}

fn read(name: &str, text: &str) -> source::Document {
    source::read_bytes(Path::new(name), text.as_bytes()).unwrap()
}

#[test]
fn bracket_runs_keep_link_text_and_offsets() {
    let raw = brackets(1);
    let d = read("a.md", &raw);
    assert_eq!(d.text.len(), raw.len());
    assert!(
        d.text.starts_with("Finland closes  the border"),
        "{}",
        &d.text[..60]
    );
    assert!(!d.text.contains("example.org"));
    // The runs are no links: they stay as they are.
    assert_eq!(d.text.lines().nth(1), Some("[".repeat(16_000).as_str()));
    // Nested and broken links, as CommonMark reads them: the innermost `[` takes `](`.
    let d = read(
        "b.md",
        "See [![Map](m.png)](https://x) and [a [b](c) d] or [e](f.",
    );
    assert_eq!(
        d.text,
        "See    Map                     and [a  b     d] or [e](f."
    );
    assert_eq!(d.hints, vec![(7, 10, Section::Caption)]);
}

#[test]
fn a_long_markdown_line_is_rejected_before_it_is_read() {
    let raw = "[".repeat(512 << 10);
    let started = Instant::now();
    let e = source::read_bytes(Path::new("long.md"), raw.as_bytes()).unwrap_err();
    assert!(
        e.to_string().starts_with("long.md:1: line of 524288 bytes"),
        "{e}"
    );
    // Checking the line is one pass; reading the runs before it took 98 s.
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn script_runs_keep_the_text() {
    let d = read("a.html", &scripts(1));
    assert_eq!(d.text, "Finland closes the border.");
}

#[test]
fn every_heading_is_found_where_it_is() {
    let d = read("a.html", &headings(1));
    let heads: Vec<&str> = d
        .hints
        .iter()
        .filter(|h| h.2 == Section::Headline)
        .map(|h| &d.text[h.0..h.1])
        .collect();
    assert_eq!(heads.len(), 45_000);
    assert_eq!(heads[0], "Finland closes crossing 0");
    assert_eq!(heads[44_999], "Finland closes crossing 44999");
    // Unclosed and mismatched headings close at the next heading, as in a browser.
    let d = read("b.html", "<h1>One<h2>Two</h3><p>Body text.</p><h3>Three");
    let heads: Vec<&str> = d.hints.iter().map(|h| &d.text[h.0..h.1]).collect();
    assert_eq!(heads, ["One", "Two"]);
}

#[test]
fn run_on_sentences_are_split_and_still_read() {
    let lex = Lexicon::load(&common::root().join("data/lexicon")).unwrap();
    for (name, text) in [
        ("run-on.txt", run_on_sentences(4)),
        ("commas.txt", comma_lists(4)),
    ] {
        let d = read(name, &text);
        let s = segment::sentences(&d.text, &lex.boilerplate, &d.hints);
        assert!(s.iter().all(|s| s.end - s.start <= MAX_SENTENCE_BYTES));
        let long = segment::long_sentences(&d.text, &lex.boilerplate, &d.hints).unwrap();
        let want = if name == "run-on.txt" { 24 } else { 12 };
        assert_eq!((long.count, long.first_line), (want, 3), "{name}");
        // Nothing is lost: the pieces cover every letter of the text.
        let letters = |t: &str| t.chars().filter(|c| c.is_alphabetic()).count();
        let covered: usize = s.iter().map(|s| letters(&d.text[s.start..s.end])).sum();
        assert_eq!(covered, letters(&d.text), "{name}");
    }
    // The pieces still give facts.
    let d = read("run-on.txt", &run_on_sentences(1));
    let x = newsgraph::extract::extract_doc(&d, &lex);
    assert!(
        x.facts.iter().any(|f| f.evidence.start > 100),
        "no fact from the run-on sentences"
    );
}

#[test]
fn build_warns_once_per_file_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("run-on.txt");
    std::fs::write(&file, run_on_sentences(1)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .arg("--lexicon")
        .arg(common::root().join("data/lexicon"))
        .arg("build")
        .arg(&file)
        .arg("--store")
        .arg(dir.path().join("store"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("warning:")).collect();
    assert_eq!(
        warnings,
        [format!(
            "warning: {}:3: 24 sentences longer than {MAX_SENTENCE_BYTES} bytes (the longest has 15993) split at clause punctuation before extraction",
            file.display()
        )]
    );
}
