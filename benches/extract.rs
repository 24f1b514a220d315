//! Extraction throughput on generated articles, in words per second: one document
//! at a time on one thread (`extract`), and the whole corpus on all cores
//! (`extract_all`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

mod common;

fn extraction(c: &mut Criterion) {
    let lex = common::lexicon();
    let dir = common::corpus(&lex, 500);
    let docs = common::documents(dir.path());
    let words = common::words(&docs);
    let mut g = c.benchmark_group("extract_500_articles");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1))
        .throughput(Throughput::Elements(words));
    g.bench_function("extract_single_thread", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(newsgraph::extract::extract(d, &lex));
            }
        })
    });
    g.bench_function("extract_all_all_cores", |b| {
        b.iter(|| black_box(newsgraph::extract::extract_all(&docs, &lex)))
    });
    g.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
