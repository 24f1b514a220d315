//! Latency distribution of one-hop questions, native engine against SPARQL on oxigraph,
//! measured in one run so the ratio survives a noisy machine. Criterion reports
//! medians (`benches/store.rs`); this reports p50, p99 and the worst, which criterion
//! does not.
//!
//! ```sh
//! cargo bench --bench latency                                  # 1000 generated articles
//! LATENCY_STORE=/tmp/nb/store_100000 cargo bench --bench latency # an existing store
//! LATENCY_ARTICLES=10000 LATENCY_RUNS=500 cargo bench --bench latency
//! LATENCY_SPARQL=0 LATENCY_STORE=… cargo bench --bench latency   # time the native engine only
//! ```
//!
//! Each question is asked once with each engine and the answers compared before any
//! timing; then the engines alternate, question by question, `LATENCY_RUNS` times.

use newsgraph::query::EngineKind;
use newsgraph::session::Session;
use newsgraph::store;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

mod common;

/// The allocator the `newsgraph` binary uses, so latencies are the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const QUESTIONS: [&str; 5] = [
    "who accused Russia of what?",
    "what did Finland close?",
    "who closed Storskog?",
    "which states border Russia?",
    "who denied what?",
];

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The value at quantile `q` of sorted samples (nearest rank).
fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is not supported here.
    let lex = common::lexicon();
    let runs = env("LATENCY_RUNS", 200).max(1);
    // SPARQL takes seconds a question on a 100k-article store; answers are still
    // compared once when it is not timed.
    let time_sparql = env("LATENCY_SPARQL", 1) != 0;
    let mut _keep = None;
    let (dir, label) = match std::env::var_os("LATENCY_STORE") {
        Some(d) => {
            let d = PathBuf::from(d);
            let label = d.display().to_string();
            (d, label)
        }
        None => {
            let n = env("LATENCY_ARTICLES", 1000);
            let corpus = common::corpus(&lex, n);
            let tmp = tempfile::tempdir().expect("tempdir");
            let store_dir = tmp.path().join("store");
            newsgraph::build::build(
                &store_dir,
                &[corpus.path().to_path_buf()],
                &lex,
                &newsgraph::build::Silent,
            )
            .expect("build");
            _keep = Some((tmp, corpus));
            (store_dir, format!("{n} generated articles"))
        }
    };
    let session = Session::new(store::open_read(&dir).expect("open"), &lex).expect("session");
    let facts = session.graph().fact_count();
    println!("one-hop latency on {label} ({facts} facts), {runs} runs per engine and question");
    println!(
        "{:<32} {:>6} {:>11} {:>11} {:>11} {:>11} {:>11} {:>11} {:>9}",
        "question",
        "rows",
        "native p50",
        "native p99",
        "native max",
        "sparql p50",
        "sparql p99",
        "sparql max",
        "p50 ratio"
    );
    for q in QUESTIONS {
        let native = session.ask(q, EngineKind::Native).expect("native");
        let sparql = session.ask(q, EngineKind::Sparql).expect("sparql");
        assert_eq!(native, sparql, "engines disagree on {q}");
        let mut times = [Vec::with_capacity(runs), Vec::with_capacity(runs)];
        for _ in 0..runs {
            let engines: &[EngineKind] = if time_sparql {
                &[EngineKind::Native, EngineKind::Sparql]
            } else {
                &[EngineKind::Native]
            };
            for (i, &engine) in engines.iter().enumerate() {
                let t = Instant::now();
                black_box(session.ask(q, engine).expect("answer"));
                times[i].push(t.elapsed());
            }
        }
        for t in &mut times {
            t.sort_unstable();
        }
        let [n, s] = &times;
        let stats = |t: &[Duration]| {
            if t.is_empty() {
                format!("{:>11} {:>11} {:>11}", "-", "-", "-")
            } else {
                format!(
                    "{:>9.1}µs {:>9.1}µs {:>9.1}µs",
                    micros(quantile(t, 0.5)),
                    micros(quantile(t, 0.99)),
                    micros(quantile(t, 1.0))
                )
            }
        };
        let ratio = if s.is_empty() {
            "-".to_string()
        } else {
            let r = quantile(s, 0.5).as_secs_f64() / quantile(n, 0.5).as_secs_f64();
            format!("{r:.0}×")
        };
        println!(
            "{:<32} {:>6} {} {} {:>9}",
            q,
            native.rows.len(),
            stats(n),
            stats(s),
            ratio
        );
    }
}
