//! Lexicon loading and validation checks.

use super::*;

fn shipped() -> Lexicon {
    Lexicon::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon")).unwrap()
}

fn surfaces(lex: &Lexicon, s: &str) -> Vec<String> {
    let f = crate::text::Folded::new(s);
    lex.scan(&f, s)
        .into_iter()
        .map(|m| s[f.start(m.start)..f.end(m.end, s)].to_string())
        .collect()
}

#[test]
fn scan_respects_words_case_and_length() {
    let lex = shipped();
    assert_eq!(
        surfaces(&lex, "Støre and Store met the store owner closely."),
        ["Støre", "Store"]
    );
    assert_eq!(
        surfaces(&lex, "the Borisoglebsk-Storskog border crossing"),
        ["Borisoglebsk-Storskog", "border crossing"]
    );
    assert_eq!(surfaces(&lex, "thus US us"), ["US"]);
    // A name running past a common phrase opened by "the" wins after its article.
    assert_eq!(
        surfaces(&lex, "of the Border Guard Bangladesh battalion"),
        ["Border Guard Bangladesh", "battalion"]
    );
    // "is" is a governor and, as "IS", Islamic State: lowercase text keeps only the
    // governor.
    let f = crate::text::Folded::new("it is");
    let m = lex.scan(&f, "it is");
    let is = m.last().unwrap();
    assert!(!is.cased);
    assert!(lex
        .cues(is.pattern, is.cased)
        .iter()
        .all(|c| !matches!(c, Cue::Entity(..))));
}

#[test]
fn frames_give_every_verb_form() {
    let lex = shipped();
    let closes = lex.frame(Relation::CLOSES).unwrap();
    assert!(closes.collective && closes.state_acts);
    let f = crate::text::Folded::new("shut");
    let m = lex.scan(&f, "shut");
    let forms = lex.cues(m[0].pattern, true).iter().find_map(|c| match c {
        Cue::Verb(r, forms) if *r == Relation::CLOSES => Some(*forms),
        _ => None,
    });
    let forms = forms.unwrap();
    assert!(forms.has(Forms::BASE) && forms.has(Forms::PAST) && forms.has(Forms::PARTICIPLE));
    assert!(!forms.has(Forms::ING));
    assert_eq!(lex.frames()[0].relation, Relation::ACCUSES);
}

fn copy_lexicon(dir: &Path) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
    for f in FILES {
        std::fs::copy(src.join(f), dir.join(f)).unwrap();
    }
}

#[test]
fn bad_toml_reports_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    copy_lexicon(dir.path());
    std::fs::write(
        dir.path().join("entities.toml"),
        "[[entity]]\nlabel = \"Finland\"\ntype = State\n",
    )
    .unwrap();
    let err = Lexicon::load(dir.path()).unwrap_err().to_string();
    assert!(err.contains("entities.toml:3:8"), "{err}");
}

#[test]
fn a_relation_is_a_data_change() {
    let dir = tempfile::tempdir().unwrap();
    copy_lexicon(dir.path());
    std::fs::write(
        dir.path().join("entities.toml"),
        "[[entity]]\nlabel = \"Finland\"\ntype = \"State\"\n",
    )
    .unwrap();
    let rel = dir.path().join("relations.toml");
    let mut text = std::fs::read_to_string(&rel).unwrap();
    text.push_str(
        "\n[frame.praises]\ndoc = \"the subject praises the object\"\nverbs = [\"praise|praises|praised|praising\"]\nobject = [\"State\"]\n",
    );
    std::fs::write(&rel, &text).unwrap();
    let lex = Lexicon::load(dir.path()).unwrap();
    let praises = Relation::parse("praises").unwrap();
    assert!(lex.frame(praises).is_some());
    // Built-in relations keep their order; new ones come after.
    let at = lex
        .frames()
        .iter()
        .position(|f| f.relation == praises)
        .unwrap();
    assert!(at >= Relation::BUILT_IN.len());
    assert_eq!(lex.frames()[0].relation, Relation::ACCUSES);

    text.push_str("\n[frame.bad]\ndoc = \"x\"\nverbs = [\"praise|praised\"]\n");
    std::fs::write(&rel, &text).unwrap();
    let err = Lexicon::load(dir.path()).unwrap_err().to_string();
    assert!(
        err.contains("[frame.bad]") && err.contains("base|third person"),
        "{err}"
    );
}

#[test]
fn each_known_official_is_one_person_of_one_state() {
    // The gazetteer of officials: every name (label or alias) of a listed person leads
    // to people of one state only, and no person is merged into an entity of another
    // type.
    let lex = shipped();
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer/people.toml"),
    )
    .unwrap();
    let file: schema::EntitiesFile = toml::from_str(&text).unwrap();
    assert!(file.entity.len() > 900, "{}", file.entity.len());
    for spec in &file.entity {
        let i = lex.index_of(&spec.id()).unwrap();
        let e = &lex.entities()[i as usize];
        assert_eq!(e.entity.etype, EntityType::Person, "{}", spec.label);
        for name in std::iter::once(&spec.label).chain(&spec.aliases) {
            let states: std::collections::BTreeSet<Option<u32>> = lex
                .lookup_name(name)
                .iter()
                .map(|&j| &lex.entities()[j as usize])
                .filter(|x| x.entity.etype == EntityType::Person)
                .map(|x| x.located_in)
                .collect();
            assert_eq!(states.len(), 1, "{name:?} names people of {states:?}");
        }
    }
}
