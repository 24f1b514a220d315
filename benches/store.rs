//! On a store built from 1000 generated articles: one-hop question latency with the
//! native engine and with SPARQL, and export (`newsgraph::store::export`, sorted; N-Quads
//! and Turtle) against oxigraph's own `Store::dump_to_writer` (N-Quads, store order), in
//! quads/s (Turtle: quads read; the union drops repeated triples).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph::query::EngineKind;
use newsgraph::session::Session;
use newsgraph::store::{self, ExportFormat};
use oxigraph::io::RdfFormat;
use std::hint::black_box;
use std::time::Duration;

mod common;

/// The allocator the `newsgraph` binary uses, so latencies are the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ARTICLES: usize = 1000;

fn setup() -> (tempfile::TempDir, Session) {
    let lex = common::lexicon();
    let corpus = common::corpus(&lex, ARTICLES);
    let ds = newsgraph::read_and_extract(&[corpus.path().to_path_buf()], &lex).expect("extract");
    let dir = tempfile::tempdir().expect("tempdir");
    store::ingest(dir.path(), &ds).expect("ingest");
    let session = Session::new(store::open_read(dir.path()).expect("open"), &lex).expect("session");
    (dir, session)
}

fn benches(c: &mut Criterion) {
    let (_dir, session) = setup();

    let mut g = c.benchmark_group("one_hop_1000_articles");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    for q in ["who accused Russia of what?", "what did Finland close?"] {
        // Both engines must agree before their speed is compared.
        let native = session.ask(q, EngineKind::Native).expect("native");
        let sparql = session.ask(q, EngineKind::Sparql).expect("sparql");
        assert_eq!(native, sparql, "engines disagree on {q}");
        for (name, engine) in [
            ("native", EngineKind::Native),
            ("sparql", EngineKind::Sparql),
        ] {
            g.bench_function(format!("{name}: {q}"), |b| {
                b.iter(|| black_box(session.ask(q, engine).expect("answer")))
            });
        }
    }
    g.finish();

    let quads = session.store().store().len().expect("len") as u64;
    let mut g = c.benchmark_group("export_nquads_1000_articles");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1))
        .throughput(Throughput::Elements(quads));
    g.bench_function("newsgraph_export_sorted", |b| {
        b.iter(|| {
            store::export(session.store(), ExportFormat::NQuads, std::io::sink()).expect("export")
        })
    });
    g.bench_function("newsgraph_export_sorted_turtle", |b| {
        b.iter(|| {
            store::export(session.store(), ExportFormat::Turtle, std::io::sink()).expect("export")
        })
    });
    g.bench_function("oxigraph_dump_to_writer", |b| {
        b.iter(|| {
            session
                .store()
                .store()
                .dump_to_writer(RdfFormat::NQuads, std::io::sink())
                .expect("dump")
        })
    });
    g.finish();
}

criterion_group!(store_benches, benches);
criterion_main!(store_benches);
