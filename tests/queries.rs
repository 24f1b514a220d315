//! Data-driven query tests: every `queries/*.ng` is answered by both engines, which
//! must agree, and the answer must match `queries/*.out`; every `queries/errors/*.ng`
//! must fail with the message in its `.out`. Run with `UPDATE_EXPECT=1` to rewrite the
//! expected files after a deliberate change, then review the diff.

mod common;

use common::{root, shipped};
use newsgraph::query::{self, native::Native, sparql::Sparql, Answer, Value};
use newsgraph::report::{self, AnswerFormat};
use std::path::{Path, PathBuf};

fn describe(_: &newsgraph::model::EntityId) -> Vec<String> {
    Vec::new()
}

/// Answers `text` with both engines; they must agree. A question no form reads is
/// searched for, as `ask` does (the search reads the graph, whichever the engine).
fn ask(text: &str) -> Result<Answer, String> {
    let s = &shipped().session;
    let answered = s.parse(text).and_then(|q| {
        let native = query::run(&q, &Native::new(s.graph()), s.names(), &describe)?;
        let sparql = query::run(&q, &Sparql::new(s.store().store()), s.names(), &describe)?;
        assert_eq!(native, sparql, "engines disagree on {text:?}");
        Ok(native)
    });
    answered.or_else(|e| s.search(text, &e).ok_or_else(|| e.render(text)))
}

fn query_text(path: &Path) -> String {
    // Comment lines are blanked, as `ask -f` does.
    query::syntax::blank_comments(&std::fs::read_to_string(path).unwrap())
        .trim_end()
        .to_string()
}

fn check_dir(dir: &Path, render: impl Fn(&str) -> String) {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ng"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let mut failures = Vec::new();
    for f in &files {
        let got = render(&query_text(f));
        let out = f.with_extension("out");
        if update {
            std::fs::write(&out, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&out).unwrap_or_default();
        if got != want {
            failures.push(format!(
                "{}:\n--- expected\n{want}--- got\n{got}",
                f.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn example_queries_match_their_expected_answers_on_both_engines() {
    check_dir(&root().join("queries"), |text| match ask(text) {
        Ok(a) => {
            let mut buf = Vec::new();
            report::write_answer(
                &mut buf,
                shipped().session.graph(),
                &a,
                AnswerFormat::Table,
                a.cite,
            )
            .unwrap();
            String::from_utf8(buf).unwrap()
        }
        Err(e) => panic!("{text:?} failed:\n{e}"),
    });
}

#[test]
fn error_messages_match_their_snapshots() {
    check_dir(&root().join("queries/errors"), |text| match ask(text) {
        Ok(_) => panic!("{text:?} should fail"),
        Err(e) => format!("{e}\n"),
    });
}

fn cells(a: &Answer, col: &str) -> Vec<String> {
    let i = a.columns.iter().position(|c| c == col).unwrap();
    a.rows
        .iter()
        .map(|r| match &r.values[i] {
            Some(Value::Entity(id)) => id.to_string(),
            Some(Value::Text(t)) => t.clone(),
            Some(Value::Relation(r)) => r.to_string(),
            Some(Value::Number(n)) => n.to_string(),
            None => String::new(),
        })
        .collect()
}

fn row_with(a: &Answer, who: &str, claim_part: &str) -> bool {
    let whos = cells(a, "who");
    let claims = cells(a, "claim");
    whos.iter()
        .zip(&claims)
        .any(|(w, c)| w == who && c.contains(claim_part))
}

#[test]
fn the_promised_answers() {
    let a = ask("who accused Russia of what?").unwrap();
    assert!(row_with(&a, "lauri-laanemets", "hybrid attack"));
    assert!(row_with(
        &a,
        "lauri-laanemets",
        "coordinated offensive operation"
    ));
    assert!(row_with(&a, "finland", "orchestrating the influx"));
    assert!(row_with(&a, "finland", "funnelling migrants"));
    assert!(row_with(&a, "finland", "influence operation"));
    assert!(row_with(&a, "estonia", "sending migrants"));
    assert!(row_with(&a, "latvia", "sending migrants"));
    assert!(
        a.rows.iter().all(|r| !r.sources.is_empty()),
        "every row has a source"
    );

    let a = ask("who denied what?").unwrap();
    assert!(cells(&a, "who").iter().all(|w| w == "russia") && !a.rows.is_empty());

    let a = ask("which states border Russia?").unwrap();
    let states = cells(&a, "state");
    for s in ["finland", "norway", "estonia"] {
        assert!(
            states.contains(&s.to_string()),
            "{s} missing from {states:?}"
        );
    }

    let a = ask("who may close what?").unwrap();
    let who = cells(&a, "who");
    assert!(
        who.contains(&"norway".to_string()) && who.contains(&"estonia".to_string()),
        "{who:?}"
    );

    // Names resolve ignoring case and diacritics, and metonyms mean their state.
    for name in ["Store", "Støre", "jonas gahr store", "JONAS GAHR STØRE"] {
        let a = ask(&format!("{name} says of ?c")).unwrap();
        assert!(!a.rows.is_empty(), "{name}");
    }
    assert_eq!(
        ask("who closed Storskog?").unwrap().rows,
        ask("who closed Borisoglebsk?").unwrap().rows
    );
    assert_eq!(
        ask("?x denies where ?x = Moscow").unwrap().rows,
        ask("?x denies where ?x = Russia").unwrap().rows
    );
}

#[test]
fn one_vocabulary_for_questions_patterns_and_completion() {
    let s = &shipped().session;
    let words = s.completions();
    for w in [
        "condemning",
        "alleged",
        "crossings",
        "Storskog",
        "any modality",
    ] {
        assert!(words.contains(&w.to_string()), "{w} not offered");
    }
    // A relation only the lexicon declares is a relation in patterns and questions,
    // and an empty answer says why.
    assert!(s.parse("?x condemns ?y").is_ok());
    let a = ask("who condemned what?").unwrap();
    assert!(
        a.rows.is_empty() && a.notes[0].contains("`condemns`"),
        "{a:?}"
    );
}

#[test]
fn answers_say_how_firmly_the_articles_state_them() {
    // Norway only may close its crossings: asserted answers leave them out and say so.
    let a = ask("Norway closes ?c").unwrap();
    assert!(a.rows.is_empty());
    assert!(
        a.notes[0].ends_with("possible facts not shown: add `possible`"),
        "{a:?}"
    );
    let a = ask("Norway closes ?c possible").unwrap();
    assert!(a.shows_modality() && !a.rows.is_empty());
    // Yes/no: possibly, with the sources; no, saying nothing is known.
    let a = ask("did Estonia close \"Estonia–Russia border crossings\"?").unwrap();
    assert_eq!(cells(&a, "answer"), ["possibly"]);
    assert!(!a.rows[0].sources.is_empty());
    let a = ask("did Norway close Storskog?").unwrap();
    assert_eq!(cells(&a, "answer"), ["possibly"]);
    let a = ask("did Norway close Raja-Jooseppi?").unwrap();
    assert_eq!(cells(&a, "answer"), ["no"]);
    assert_eq!(a.notes, ["nothing in the articles says so"]);
}

#[test]
fn words_no_form_reads_are_searched_for_in_the_sentences() {
    let s = &shipped().session;
    // Keywords: the sentences naming both come first, each row with its sentence.
    let a = ask("zakharova storskog").unwrap();
    assert!(a.cite && !a.rows.is_empty());
    let first = &a.rows[0].sources[0].sentence;
    assert!(
        first.contains("Zakharova") && first.contains("Storskog"),
        "{first}"
    );
    assert!(a
        .notes
        .iter()
        .any(|n| n.contains("no question form reads this")));
    // A number is no fact, but the claim holding it is found.
    let a = ask("How many migrants entered Norway via Storskog in 2015?").unwrap();
    assert!(cells(&a, "claim").iter().any(|c| c.contains("5,500")));
    // A name the lexicon knows and no fact is about: nothing, and why.
    let a = ask("how many migrants reached Sweden").unwrap();
    assert!(a.rows.is_empty());
    assert!(
        a.notes.iter().any(|n| n.contains("“Sweden”")),
        "{:?}",
        a.notes
    );
    // A name found only inside a claim is no absent name: the claim answers.
    let a = ask("whats the connection between salla and raja-jooseppi").unwrap();
    assert!(cells(&a, "claim").iter().any(|c| c.contains("Salla")));
    // Errors that teach stay errors: a near typo, an unknown name found in no
    // sentence, a bad date after a filter, a pattern.
    for text in [
        "who is Rusa?",
        "who acused Russia?",
        "who closed Qwertzuiop?",
        "who closed the Qwertzuiop crossing?",
        "who klozed Storskog?",
        "who acussd Russia?",
        "who closed what after 23-11-2023?",
        "who closed what before 2023/11/22",
        "what Finland accuse Russia of?",
        "?x acuses Russia",
        "who denied what ??",
    ] {
        let e = s
            .parse(text)
            .and_then(|q| s.run(&q, query::EngineKind::Native));
        let e = e.expect_err(text);
        assert!(s.search(text, &e).is_none(), "{text} was searched for");
    }
}
