//! Extraction quality on the shipped articles and the two halves of the development
//! corpus (train and the held-out test): precision
//! and recall may not fall below `tests/gold/floors.toml`, and the shipped articles
//! meet the targets per relation.

use newsgraph::eval::{evaluate, read_gold, Report};
use newsgraph::lexicon::Lexicon;
use newsgraph::model::Relation;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn measure(gold: &str, articles: &str) -> Report {
    let lex = Lexicon::load(&root().join("data/lexicon")).unwrap();
    let ds = newsgraph::read_and_extract(&[root().join(articles)], &lex).unwrap();
    evaluate(&ds, &read_gold(&root().join(gold)).unwrap())
}

#[derive(serde::Deserialize)]
struct Floor {
    articles: String,
    precision: f64,
    recall: f64,
    /// Precision on accusations, denials and closures together.
    headline: f64,
}

fn floors() -> std::collections::BTreeMap<String, Floor> {
    toml::from_str(&std::fs::read_to_string(root().join("tests/gold/floors.toml")).unwrap())
        .unwrap()
}

#[track_caller]
fn check_floor(set: &str) -> Report {
    let f = &floors()[set];
    let r = measure(&format!("tests/gold/{set}.tsv"), &f.articles);
    let o = r.overall();
    let mut out = Vec::new();
    newsgraph::eval::write_report(&mut out, &r, true).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        o.precision() + 1e-9 >= f.precision,
        "{set}: precision {:.3} < floor {}\n{text}",
        o.precision(),
        f.precision
    );
    assert!(
        o.recall() + 1e-9 >= f.recall,
        "{set}: recall {:.3} < floor {}\n{text}",
        o.recall(),
        f.recall
    );
    let h = r.headline();
    assert!(
        h.precision() + 1e-9 >= f.headline,
        "{set}: precision on accuses, denies, closes {:.3} < floor {}\n{text}",
        h.precision(),
        f.headline
    );
    r
}

#[test]
fn shipped_articles_meet_the_targets() {
    let r = check_floor("shipped");
    for (rel, c) in &r.by_relation {
        let target = if matches!(
            *rel,
            Relation::ACCUSES | Relation::DENIES | Relation::CLOSES
        ) {
            0.95
        } else {
            0.9
        };
        assert!(
            c.precision() >= target && c.recall() >= target,
            "{rel}: P {:.3} R {:.3} below {target}",
            c.precision(),
            c.recall()
        );
    }
}

#[test]
fn training_corpus_does_not_regress() {
    check_floor("train");
}

#[test]
fn held_out_corpus_does_not_regress() {
    check_floor("test");
}

#[test]
fn gold_errors_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("g.tsv");
    std::fs::write(
        &p,
        "doc\tsubject\trelation\tobject\tmodality\ttag\nd\tA\tpraises highly\tB\tasserted\tcore\n",
    )
    .unwrap();
    let e = read_gold(Path::new(&p)).unwrap_err().to_string();
    assert!(
        e.ends_with("g.tsv:2: unknown relation \"praises highly\""),
        "{e}"
    );
}

/// Entity names are written on one line with single spaces, however the article wraps
/// them: "Oman's Dhofar\nGovernorate" in a hard-wrapped wire names "Dhofar Governorate".
#[test]
fn entity_labels_are_written_with_single_spaces() {
    let lex = Lexicon::load(&root().join("data/lexicon")).unwrap();
    for set in ["tests/dev_corpus/train", "tests/dev_corpus/test"] {
        let ds = newsgraph::read_and_extract(&[root().join(set)], &lex).unwrap();
        let bad: Vec<&str> = ds
            .entities
            .values()
            .map(|e| e.label.as_str())
            .filter(|l| l.split(' ').any(str::is_empty) || l.contains(char::is_control))
            .collect();
        assert!(bad.is_empty(), "{set}: {bad:?}");
    }
}
