//! `newsgraph build --shard K/N`: the N shards of a corpus share no article and miss
//! none, and the union of their stores' sorted N-Quads is one local build's, byte for
//! byte; a bad `K/N` is a usage error (exit 2).

mod common;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

fn newsgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(common::root())
        .output()
        .unwrap()
}

#[track_caller]
fn ok(args: &[&str]) -> String {
    let out = newsgraph(args);
    assert!(
        out.status.success(),
        "newsgraph {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The store's N-Quads as a set of lines.
fn quads(store: &Path) -> BTreeSet<String> {
    let store = store.to_str().unwrap();
    ok(&["export", "--format", "nquads", "--store", store])
        .lines()
        .map(str::to_string)
        .collect()
}

/// Articles a build summary says it found.
fn articles(summary: &str) -> usize {
    let (_, rest) = summary.split_once(": ").unwrap();
    rest.split_whitespace().next().unwrap().parse().unwrap()
}

#[test]
fn union_of_shards_is_the_whole_build() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    ok(&[
        "gen",
        "--articles",
        "40",
        "--seed",
        "7",
        "-o",
        corpus.to_str().unwrap(),
    ]);
    std::fs::remove_file(corpus.join("gold.tsv")).unwrap();
    let shipped = common::root().join("data/articles");
    let inputs = [shipped.to_str().unwrap(), corpus.to_str().unwrap()];

    let whole = tmp.path().join("whole");
    let summary = ok(&[&["build", "--store", whole.to_str().unwrap()][..], &inputs].concat());
    let total = articles(&summary);
    assert_eq!(total, 45, "{summary}");

    let n = 3;
    let mut union = BTreeSet::new();
    let mut found = 0;
    for k in 1..=n {
        let dir = tmp.path().join(format!("shard{k}"));
        let shard = format!("{k}/{n}");
        let args = ["build", "--shard", &shard, "--store", dir.to_str().unwrap()];
        let summary = ok(&[&args[..], &inputs].concat());
        assert!(
            summary.trim_end().ends_with(&format!("(shard {shard})")),
            "{summary}"
        );
        let here = articles(&summary);
        assert!(here > 0 && here < total, "shard {shard}: {summary}");
        found += here;
        union.extend(quads(&dir));
    }
    assert_eq!(found, total, "every article is in exactly one shard");
    let sorted = |set: BTreeSet<String>| set.into_iter().collect::<Vec<_>>().join("\n");
    assert!(
        sorted(union) == sorted(quads(&whole)),
        "the union of the shards' N-Quads differs from the whole build's"
    );
}

#[test]
fn a_shard_is_chosen_by_document_id_not_by_order() {
    // The same articles in another folder, listed the other way round, fall into the
    // same shards.
    let tmp = tempfile::tempdir().unwrap();
    let shipped = common::root().join("data/articles");
    let copy = tmp.path().join("copy");
    std::fs::create_dir(&copy).unwrap();
    for e in std::fs::read_dir(&shipped).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, copy.join(p.file_name().unwrap())).unwrap();
    }
    for k in 1..=2 {
        let shard = format!("{k}/2");
        let a = tmp.path().join(format!("a{k}"));
        let b = tmp.path().join(format!("b{k}"));
        ok(&[
            "build",
            "--shard",
            &shard,
            "--store",
            a.to_str().unwrap(),
            shipped.to_str().unwrap(),
        ]);
        ok(&[
            "build",
            "--shard",
            &shard,
            "--store",
            b.to_str().unwrap(),
            copy.to_str().unwrap(),
        ]);
        assert_eq!(quads(&a), quads(&b), "shard {shard}");
    }
}

#[test]
fn bad_shards_are_usage_errors() {
    for (bad, says) in [
        ("0/3", "K must be between 1 and N"),
        ("4/3", "K must be between 1 and N"),
        ("1/0", "N must be at least 1"),
        ("2", "no '/'"),
        ("a/3", "whole numbers"),
    ] {
        let out = newsgraph(&["build", "--shard", bad, "--store", "/nonexistent/never"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "--shard {bad}: {err}");
        assert!(
            err.contains(says) && err.contains("--shard"),
            "--shard {bad}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}
