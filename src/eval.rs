//! Measuring extraction: precision, recall and F1 against hand-written gold facts.
//!
//! Gold is a TSV with columns `doc subject relation object modality tag`; `subject`
//! and `object` may list alternatives separated by `|`, `*` matches anything, and
//! names match an entity's label, alias or id ignoring case and diacritics. Extracted
//! facts are compared as (doc, subject, relation, object, modality), once each however
//! many sentences say them; `says` is not measured unless the gold has it.

use crate::model::{Dataset, EntityId, EntityType, Fact, Modality, Relation};
use crate::text::fold;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Why a gold file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// A line is malformed.
    #[error("{path}:{line}: {message}")]
    Line {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// One gold fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldFact {
    /// Document id.
    pub doc: String,
    /// Acceptable subject names (folded); empty means any.
    pub subject: Vec<String>,
    /// Relation.
    pub relation: Relation,
    /// Acceptable object names (folded); empty means any.
    pub object: Vec<String>,
    /// Modality.
    pub modality: Modality,
    /// `core` or `hard`.
    pub tag: String,
    /// Line in the gold file.
    pub line: usize,
}

/// Reads a gold TSV file.
pub fn read_gold(path: &Path) -> Result<Vec<GoldFact>, GoldError> {
    let text = std::fs::read_to_string(path).map_err(|source| GoldError::Io {
        path: path.to_owned(),
        source,
    })?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() || line.starts_with('#') || (n == 1 && line.starts_with("doc\t"))
        {
            continue;
        }
        let bad = |message: String| GoldError::Line {
            path: path.to_owned(),
            line: n,
            message,
        };
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let [doc, subject, relation, object, modality, tag] = cols[..] else {
            return Err(bad(format!("expected 6 tab-separated columns (doc, subject, relation, object, modality, tag), found {}", cols.len())));
        };
        let relation = Relation::parse(relation)
            .ok_or_else(|| bad(format!("unknown relation {relation:?}")))?;
        let modality = Modality::parse(modality).ok_or_else(|| {
            bad(format!(
                "unknown modality {modality:?} (asserted, possible or negated)"
            ))
        })?;
        if tag != "core" && tag != "hard" {
            return Err(bad(format!("tag must be core or hard, found {tag:?}")));
        }
        let names = |s: &str| -> Vec<String> {
            if s == "*" || s == "-" {
                Vec::new()
            } else {
                s.split('|').map(|x| fold(x.trim())).collect()
            }
        };
        out.push(GoldFact {
            doc: doc.to_string(),
            subject: names(subject),
            relation,
            object: names(object),
            modality,
            tag: tag.to_string(),
            line: n,
        });
    }
    Ok(out)
}

/// The headline relations: accusations, denials and closures.
pub const HEADLINE: [Relation; 3] = [Relation::ACCUSES, Relation::DENIES, Relation::CLOSES];

/// Counts for one relation (or overall).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Extracted facts that match a gold fact.
    pub correct: usize,
    /// Extracted facts measured.
    pub extracted: usize,
    /// Gold facts found.
    pub found: usize,
    /// Gold facts.
    pub gold: usize,
}

impl Counts {
    /// Correct / extracted (1 when nothing was extracted).
    pub fn precision(&self) -> f64 {
        if self.extracted == 0 {
            1.0
        } else {
            self.correct as f64 / self.extracted as f64
        }
    }

    /// Found / gold (1 when there is no gold).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.found as f64 / self.gold as f64
        }
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, o: Counts) {
        self.correct += o.correct;
        self.extracted += o.extracted;
        self.found += o.found;
        self.gold += o.gold;
    }
}

/// A fact as measured: one per (doc, subject, relation, object, modality).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Measured {
    /// Document.
    pub doc: String,
    /// Subject label.
    pub subject: String,
    /// Relation.
    pub relation: Relation,
    /// Object label.
    pub object: String,
    /// Modality.
    pub modality: Modality,
    /// The first sentence that said it.
    pub sentence: String,
}

/// The result of an evaluation.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// By relation.
    pub by_relation: BTreeMap<Relation, Counts>,
    /// Gold facts not found.
    pub missed: Vec<GoldFact>,
    /// Extracted facts that match no gold fact.
    pub wrong: Vec<Measured>,
    /// Gold facts tagged `core` that were found, and how many there are: recall on the
    /// facts stated plainly.
    pub core: (usize, usize),
}

impl Report {
    /// Recall on the gold facts tagged `core`.
    pub fn core_recall(&self) -> f64 {
        match self.core {
            (_, 0) => 1.0,
            (found, gold) => found as f64 / gold as f64,
        }
    }

    /// The relations an answer to "who accused whom, who denied, who closed what"
    /// rests on, together: the precision users trust the graph by.
    pub fn headline(&self) -> Counts {
        let mut c = Counts::default();
        for r in HEADLINE {
            if let Some(v) = self.by_relation.get(&r) {
                c.add(*v);
            }
        }
        c
    }

    /// All relations together.
    pub fn overall(&self) -> Counts {
        let mut c = Counts::default();
        for v in self.by_relation.values() {
            c.add(*v);
        }
        c
    }
}

fn names_of(ds: &Dataset, id: &EntityId) -> Vec<String> {
    let e = ds.entities.get(id);
    let mut v = vec![fold(id.as_str())];
    if let Some(e) = e {
        v.push(fold(&e.label));
        v.extend(e.aliases.iter().map(|a| fold(a)));
        v.extend(collective_names(ds, &e.label));
    }
    v
}

/// The other ways gold may write a collective crossing ("DR Congo–Zambia border
/// crossings"): the two states by their labels or aliases, in either order
/// ("Democratic Republic of the Congo–Zambia border crossings", "DRC–Zambia border
/// crossings"); a state no extracted fact names is matched by its label only.
fn collective_names(ds: &Dataset, label: &str) -> Vec<String> {
    let Some((a, b)) = crate::model::crossings_pair(label) else {
        return Vec::new();
    };
    let names = |label: &str| -> Vec<String> {
        ds.entities
            .values()
            .find(|e| e.etype == EntityType::State && e.label == label)
            .map_or_else(
                || vec![label.to_string()],
                |e| {
                    std::iter::once(&e.label)
                        .chain(&e.aliases)
                        .cloned()
                        .collect()
                },
            )
    };
    let (xs, ys) = (names(a), names(b));
    let mut out = Vec::new();
    for x in &xs {
        for y in &ys {
            // Both orders: gold orders the names it uses, which may sort otherwise.
            out.push(fold(&crate::model::crossings_label(x, y)));
            out.push(fold(&format!("{y}–{x} border crossings")));
        }
    }
    out
}

fn matches(accept: &[String], names: &[String]) -> bool {
    accept.is_empty() || accept.iter().any(|a| names.contains(a))
}

fn fact_matches(g: &GoldFact, f: &Fact, sub: &[String], obj: &[String]) -> bool {
    if g.doc != f.doc || g.relation != f.relation || g.modality != f.modality {
        return false;
    }
    let direct = matches(&g.subject, sub) && matches(&g.object, obj);
    direct || (g.relation.is_symmetric() && matches(&g.subject, obj) && matches(&g.object, sub))
}

/// Compares extracted facts with gold facts. Only documents and relations that the
/// gold covers are measured.
pub fn evaluate(ds: &Dataset, gold: &[GoldFact]) -> Report {
    let docs: BTreeSet<&str> = gold.iter().map(|g| g.doc.as_str()).collect();
    let relations: BTreeSet<Relation> = gold.iter().map(|g| g.relation).collect();
    let mut report = Report::default();
    // One measured fact per (doc, subject, relation, object, modality).
    let mut seen = BTreeSet::new();
    let mut measured: Vec<(&Fact, Vec<String>, Vec<String>)> = Vec::new();
    for f in &ds.facts {
        if !docs.contains(f.doc.as_str()) || !relations.contains(&f.relation) {
            continue;
        }
        if !seen.insert((
            f.doc.clone(),
            f.subject.clone(),
            f.relation,
            f.object.clone(),
            f.modality,
        )) {
            continue;
        }
        let sub = names_of(ds, &f.subject);
        let obj = f.object.as_ref().map_or_else(Vec::new, |o| names_of(ds, o));
        measured.push((f, sub, obj));
    }
    for g in gold {
        let c = report.by_relation.entry(g.relation).or_default();
        c.gold += 1;
        let found = measured.iter().any(|(f, s, o)| fact_matches(g, f, s, o));
        if found {
            c.found += 1;
        } else {
            report.missed.push(g.clone());
        }
        if g.tag == "core" {
            report.core.1 += 1;
            report.core.0 += found as usize;
        }
    }
    let label = |id: &EntityId| {
        ds.entities
            .get(id)
            .map_or(id.to_string(), |e| e.label.clone())
    };
    for (f, s, o) in &measured {
        let c = report.by_relation.entry(f.relation).or_default();
        c.extracted += 1;
        if gold.iter().any(|g| fact_matches(g, f, s, o)) {
            c.correct += 1;
        } else {
            report.wrong.push(Measured {
                doc: f.doc.clone(),
                subject: label(&f.subject),
                relation: f.relation,
                object: f.object.as_ref().map_or(String::new(), label),
                modality: f.modality,
                sentence: f.evidence.sentence.clone(),
            });
        }
    }
    report
}

/// Writes the report as a table, and with `verbose` every missed and wrong fact.
pub fn write_report(
    out: &mut impl std::io::Write,
    r: &Report,
    verbose: bool,
) -> std::io::Result<()> {
    let row = |name: &str, c: &Counts| {
        vec![
            name.to_string(),
            format!("{:.3}", c.precision()),
            format!("{:.3}", c.recall()),
            format!("{:.3}", c.f1()),
            format!("{}/{}", c.correct, c.extracted),
            format!("{}/{}", c.found, c.gold),
        ]
    };
    let mut rows: Vec<Vec<String>> = r
        .by_relation
        .iter()
        .map(|(rel, c)| row(rel.as_str(), c))
        .collect();
    rows.push(row("overall", &r.overall()));
    crate::report::write_table(
        out,
        &[
            "relation",
            "precision",
            "recall",
            "F1",
            "correct/extracted",
            "found/gold",
        ],
        &rows,
        40,
    )?;
    writeln!(
        out,
        "core facts: recall {:.3} ({}/{})",
        r.core_recall(),
        r.core.0,
        r.core.1
    )?;
    let h = r.headline();
    writeln!(
        out,
        "accuses, denies, closes: precision {:.3} ({}/{})",
        h.precision(),
        h.correct,
        h.extracted
    )?;
    if verbose {
        writeln!(out, "\nmissed ({}):", r.missed.len())?;
        for g in &r.missed {
            writeln!(
                out,
                "  line {}: [{}] {} {} {} ({}, {})",
                g.line,
                g.doc,
                g.subject.join("|"),
                g.relation,
                if g.object.is_empty() {
                    "*".into()
                } else {
                    g.object.join("|")
                },
                g.modality,
                g.tag
            )?;
        }
        writeln!(out, "\nwrong ({}):", r.wrong.len())?;
        for w in &r.wrong {
            writeln!(
                out,
                "  [{}] {} {} {} ({})\n      {}",
                w.doc, w.subject, w.relation, w.object, w.modality, w.sentence
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_collective_crossing_matches_gold_written_with_other_names_of_its_states() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("x.txt"),
            "Zambia shuts border\n\nZambia closed its border with the DRC on Monday.\n",
        )
        .unwrap();
        let lex = crate::lexicon::Lexicon::load(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon"),
        )
        .unwrap();
        let ds = crate::read_and_extract(&[dir.path().to_owned()], &lex).unwrap();
        let gold = dir.path().join("gold.tsv");
        for (object, found) in [
            (
                "Democratic Republic of the Congo–Zambia border crossings",
                1,
            ),
            ("DRC–Zambia border crossings", 1),
            ("Zambia–DRC border crossings", 1),
            ("Angola–Zambia border crossings", 0),
        ] {
            std::fs::write(
                &gold,
                format!("x\tZambia\tcloses\t{object}\tasserted\tcore\n"),
            )
            .unwrap();
            let r = evaluate(&ds, &read_gold(&gold).unwrap());
            assert_eq!(r.overall().found, found, "{object}");
        }
    }
}
