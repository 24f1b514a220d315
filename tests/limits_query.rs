//! Bounded queries (issue 15, parts 1 and 3), through the real binary under a 3 GB
//! address-space limit: joins that used to take the machine end within the timeout
//! with the right answer or a clear error saying what to change; SPARQL nesting that
//! overflowed the stack is refused in one line before parsing; an `ORDER BY` over a
//! cross product stops at its memory budget; a runaway line of a REPL script does not
//! end the session; streaming formats write rows as they come.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Every command runs under this address-space limit (KB), as `ulimit -v` sets it.
const ADDRESS_SPACE_KB: u64 = 3_000_000;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped five articles, built once for this test binary.
fn store() -> &'static Path {
    static STORE: OnceLock<PathBuf> = OnceLock::new();
    STORE.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("limits_query_store");
        let _ = std::fs::remove_dir_all(&dir);
        let o = ng(&dir, &["build"], None);
        assert!(o.status.success(), "{}", text(&o.stderr));
        dir
    })
}

/// Runs the binary on `store` under the address-space limit, with `stdin` as input.
fn ng(store: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("ulimit -v {ADDRESS_SPACE_KB}; exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_newsgraph"))
        .arg("--store")
        .arg(store)
        .args(args)
        .current_dir(root())
        .env_remove("NEWSGRAPH_STORE")
        .env_remove("NEWSGRAPH_LEXICON")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run newsgraph");
    let mut input = child.stdin.take().unwrap();
    if let Some(s) = stdin {
        input.write_all(s.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

/// Runs `ask`/`sparql` on the shared store and checks it ended well within `limit`.
fn timed(args: &[&str], limit: Duration) -> Output {
    let started = Instant::now();
    let o = ng(store(), args, None);
    let took = started.elapsed();
    assert!(took < limit, "{args:?} took {took:?}");
    o
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Four clauses that share no variable: every fact with every fact, four times.
const FOUR: &str = "?a0 ?r0 ?b0 and ?a1 ?r1 ?b1 and ?a2 ?r2 ?b2 and ?a3 ?r3 ?b3";

fn eight_accusations() -> String {
    ["?x accuses ?y"; 8].join(" and ")
}

fn assert_budget_error(o: &Output) {
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: this query would produce more than ")
            && err
                .trim_end()
                .ends_with(" rows; add a constraint or raise --max-rows"),
        "{err}"
    );
}

#[test]
fn a_four_way_cross_product_is_refused_by_the_budget_and_counted_without_rows() {
    let o = timed(&["ask", FOUR], Duration::from_secs(20));
    assert_budget_error(&o);
    assert_eq!(text(&o.stdout), "");
    let o = timed(
        &["ask", &format!("{FOUR} limit 1")],
        Duration::from_secs(20),
    );
    assert_budget_error(&o);
    // A count multiplies the counts of the four independent clauses.
    let one = timed(
        &["ask", "count ?a0 ?r0 ?b0", "--format", "csv"],
        Duration::from_secs(20),
    );
    assert!(one.status.success(), "{}", text(&one.stderr));
    let count = |o: &Output| -> String {
        let out = text(&o.stdout);
        let row = out.lines().nth(1).unwrap_or_default().to_string();
        row.split(',').next().unwrap_or_default().to_string()
    };
    let n: u64 = count(&one).parse().unwrap();
    assert!(n > 10, "{n}");
    let four = timed(
        &["ask", &format!("count {FOUR}"), "--format", "csv"],
        Duration::from_secs(20),
    );
    assert!(four.status.success(), "{}", text(&four.stderr));
    assert_eq!(count(&four), (n * n * n * n).to_string());
    // The SPARQL engine stops at its row budget too (or, on a slow machine, at the
    // timeout), rather than filling the memory.
    let o = timed(
        &["ask", FOUR, "--engine", "sparql", "--timeout", "15"],
        Duration::from_secs(40),
    );
    let err = text(&o.stderr);
    assert!(
        o.status.code() == Some(2) && err.contains("would produce more than")
            || o.status.code() == Some(1) && err.contains("15-second timeout"),
        "{:?} {err}",
        o.status
    );
}

#[test]
fn a_clause_repeated_eight_times_answers_like_the_clause_once() {
    let eight = eight_accusations();
    for (extra, engine) in [
        ("", "native"),
        (" limit 1", "native"),
        ("", "sparql"),
        (" limit 1", "sparql"),
    ] {
        let once = timed(
            &[
                "ask",
                &format!("?x accuses ?y{extra}"),
                "--engine",
                engine,
                "--format",
                "tsv",
            ],
            Duration::from_secs(20),
        );
        assert!(once.status.success(), "{}", text(&once.stderr));
        let repeated = timed(
            &[
                "ask",
                &format!("{eight}{extra}"),
                "--engine",
                engine,
                "--format",
                "tsv",
            ],
            Duration::from_secs(20),
        );
        assert!(repeated.status.success(), "{}", text(&repeated.stderr));
        assert_eq!(
            text(&repeated.stdout),
            text(&once.stdout),
            "{extra} {engine}"
        );
        assert!(text(&once.stdout).lines().count() > 1);
    }
    let once = timed(&["ask", "count ?x accuses ?y"], Duration::from_secs(20));
    let repeated = timed(&["ask", &format!("count {eight}")], Duration::from_secs(20));
    assert!(repeated.status.success(), "{}", text(&repeated.stderr));
    assert_eq!(text(&repeated.stdout), text(&once.stdout));
}

#[test]
fn two_clauses_joined_on_a_shared_variable_are_answered() {
    let o = timed(
        &["ask", "?x closes ?c and ?y closes ?c", "--format", "tsv"],
        Duration::from_secs(20),
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let rows: Vec<String> = text(&o.stdout)
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect();
    assert!(!rows.is_empty());
    // Every crossing closed by two states appears with both orders of the pair.
    let o2 = timed(
        &["ask", "?y closes ?c and ?x closes ?c", "--format", "tsv"],
        Duration::from_secs(20),
    );
    assert_eq!(text(&o2.stdout).lines().count(), rows.len() + 1);
}

#[test]
fn deep_sparql_nesting_is_refused_in_one_line_before_parsing() {
    let braces = format!(
        "SELECT * WHERE {}?s ?p ?o{}",
        "{".repeat(4000),
        "}".repeat(4000)
    );
    let parens = format!(
        "SELECT * WHERE {{ ?s ?p ?o FILTER({}1{}) }}",
        "(".repeat(5000),
        ")".repeat(5000)
    );
    for (q, line) in [(&braces, "column 272"), (&parens, "column 288")] {
        let o = timed(&["sparql", q], Duration::from_secs(10));
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with("error: SPARQL brackets nest 257 deep at line 1, ")
                && err.contains(line)
                && err.trim_end().ends_with("at most 256 levels are allowed"),
            "{err}"
        );
    }
    // Nesting within the limit, and brackets in strings, IRIs and comments, pass.
    let ok = format!(
        "SELECT * WHERE {}?s ?p ?o FILTER(?o != \"{}\" && ?s != <http://x/{}>) # {}\n{} LIMIT 1",
        "{".repeat(200),
        "{".repeat(500),
        "(".repeat(500),
        "(".repeat(500),
        "}".repeat(200)
    );
    let o = timed(&["sparql", &ok, "--format", "csv"], Duration::from_secs(20));
    assert!(o.status.success(), "{}", text(&o.stderr));
    // Too long (from a file: an argument that long is more than the kernel passes).
    let long = format!("SELECT * WHERE {{ ?s ?p ?o }} #{}", "x".repeat(1 << 20));
    let file = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("limits_query_long.rq");
    std::fs::write(&file, &long).unwrap();
    let o = timed(
        &["sparql", "-f", file.to_str().unwrap()],
        Duration::from_secs(10),
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        text(&o.stderr).trim(),
        format!(
            "error: SPARQL text of {} bytes is too long (limit 1048576 bytes)",
            long.len()
        )
    );
}

#[test]
fn order_by_over_a_cross_product_stops_at_the_memory_budget() {
    let q = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1";
    let o = timed(
        &["sparql", q, "--max-rows", "30000", "--timeout", "40"],
        Duration::from_secs(50),
    );
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(
        err.trim(),
        "error: the query was stopped when it held more than 300 MB (the budget is 10 KB per row of --max-rows); add a constraint or a LIMIT, or raise --max-rows"
    );
}

#[test]
fn streaming_formats_write_rows_before_the_query_ends() {
    // A cross product cut at the timeout: the rows found by then are out already.
    let q = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    for format in ["tsv", "csv", "json", "xml"] {
        let o = timed(
            &[
                "sparql",
                q,
                "--format",
                format,
                "--max-rows",
                "100000000",
                "--timeout",
                "2",
            ],
            Duration::from_secs(15),
        );
        assert_eq!(o.status.code(), Some(1), "{format}: {}", text(&o.stderr));
        assert!(
            text(&o.stderr).contains("2-second timeout"),
            "{}",
            text(&o.stderr)
        );
        assert!(
            o.stdout.len() > 100_000,
            "{format}: {} bytes",
            o.stdout.len()
        );
    }
    // Within the cap, the output is complete and the same as the buffered table's rows.
    let o = timed(
        &[
            "sparql",
            "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3",
            "--format",
            "csv",
        ],
        Duration::from_secs(10),
    );
    assert!(o.status.success());
    assert_eq!(text(&o.stdout).lines().count(), 4);
}

#[test]
fn a_runaway_line_of_a_repl_script_is_reported_and_the_script_goes_on() {
    let braces = format!(
        "SELECT * WHERE {}?s ?p ?o{}",
        "{".repeat(4000),
        "}".repeat(4000)
    );
    let script = format!(
        "{FOUR}\n{}\n:sparql {braces}\n:sparql SELECT * WHERE {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }} ORDER BY ?c LIMIT 1\nwho denied what?\n",
        eight_accusations()
    );
    let started = Instant::now();
    let o = ng(
        store(),
        &["repl", "--timeout", "20", "--max-rows", "30000"],
        Some(&script),
    );
    assert!(started.elapsed() < Duration::from_secs(60));
    let out = text(&o.stdout);
    let err = text(&o.stderr);
    let all = format!("{out}{err}");
    assert_eq!(o.status.code(), Some(1), "{all}");
    assert!(all.contains("this query would produce more than"), "{all}");
    assert!(all.contains("SPARQL brackets nest 257 deep"), "{all}");
    assert!(all.contains("more than 300 MB"), "{all}");
    // The repeated clause and the last line were answered.
    assert!(out.contains("Russia"), "{all}");
    assert!(!all.contains("memory allocation"), "{all}");
}
