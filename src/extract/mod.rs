//! Extraction: a [`Document`] becomes facts with provenance.
//!
//! Rule-based and deterministic, driven by the [`Lexicon`]: its relation frames, word
//! lists and entities are data; this module holds English grammar and one matcher.
//! The stages, each a module with a named type between them:
//!
//! | stage | module | produces |
//! |---|---|---|
//! | units | [`units`] | [`units::Unit`]s: tokens, and lexicon matches as one unit each (one Aho-Corasick pass per document) |
//! | entities | [`mentions`] | names the lexicon does not know, found once per document, merged into units of a [`doc::Doc`] |
//! | sole crossings | [`sole`] | the crossing called the only one between two states, in the [`doc::Doc`]: it stands for all their crossings |
//! | sentence view | [`view`] | [`view::Sentence`]: phrases that can name actors, dates, the cited source |
//! | english, discourse | [`english`], [`modality`], [`discourse`] | clause helpers (subject, passive, clause end); modality; pronouns and "the two countries" resolved against [`discourse::Memory`] |
//! | frames | [`frames`], [`statements`], [`structure`] | [`frames::Candidate`]s: the generic frame matcher; quotations and reported speech; roles, borders and places read from noun phrases |
//! | emit | [`emit`] | [`Fact`]s, checked against their frames, with what they teach remembered |

pub mod dates;
mod discourse;
mod doc;
mod effect;
mod emit;
mod english;
mod frames;
mod mentions;
mod modality;
mod roles;
mod sole;
mod statements;
mod structure;
mod units;
mod view;

use crate::lexicon::Lexicon;
use crate::model::{Dataset, Entity, EntityId, Fact, Relation};
use crate::segment;
use crate::source::Document;
use crate::text::Folded;
use dates::Published;
use std::collections::BTreeMap;

/// What extraction found in one document.
#[derive(Debug, Default)]
pub struct DocFacts {
    /// Facts, in text order.
    pub facts: Vec<Fact>,
    /// Every entity the facts name.
    pub entities: BTreeMap<EntityId, Entity>,
}

/// Extracts facts from every document and returns them as one [`Dataset`].
///
/// Documents are extracted in parallel (rayon); the result does not depend on the
/// number of threads, since per-document results are merged in input order.
pub fn extract_all(docs: &[Document], lex: &Lexicon) -> Dataset {
    extract_all_with_progress(docs, lex, &|_| {})
}

/// [`extract_all`], calling `progress` with each document's fact count as soon as the
/// document is done (from worker threads, in no particular order).
pub fn extract_all_with_progress(
    docs: &[Document],
    lex: &Lexicon,
    progress: &(dyn Fn(usize) + Sync),
) -> Dataset {
    use rayon::prelude::*;
    let outs: Vec<Extracted> = docs
        .par_iter()
        .map(|d| {
            let out = extract_doc(d, lex);
            progress(out.facts.len());
            out
        })
        .collect();
    let mut ds = Dataset::default();
    ds.docs.reserve(docs.len());
    for out in outs {
        ds.docs.push(out.meta);
        ds.facts.extend(out.facts);
        ds.entities.extend(out.entities);
    }
    ds.normalize();
    ds
}

/// One article as the store takes it: its metadata stamped with the extractor's
/// fingerprint, and its facts and entities under [`Dataset`]'s invariants (facts
/// sorted and unique, aliases sorted and unique), so documents can be stored one at a
/// time with the same result as a whole [`Dataset`].
#[derive(Debug)]
pub struct Extracted {
    /// The article, with [`crate::model::DocMeta::extractor`] set.
    pub meta: crate::model::DocMeta,
    /// Its facts, sorted.
    pub facts: Vec<Fact>,
    /// The entities they name.
    pub entities: BTreeMap<EntityId, Entity>,
}

impl Extracted {
    /// The article's share of the store, for [`crate::rdf`] and [`crate::packed`].
    pub fn part(&self) -> crate::rdf::DocPart<'_> {
        crate::rdf::DocPart {
            id: &self.meta.id,
            meta: Some(&self.meta),
            facts: self.facts.iter().collect(),
        }
    }
}

/// Extracts one document into an [`Extracted`].
pub fn extract_doc(doc: &Document, lex: &Lexicon) -> Extracted {
    let DocFacts {
        mut facts,
        mut entities,
    } = extract(doc, lex);
    facts.sort();
    facts.dedup();
    for e in entities.values_mut() {
        e.aliases.sort();
        e.aliases.dedup();
    }
    let mut meta = doc.meta.clone();
    meta.extractor = lex.fingerprint().to_string();
    Extracted {
        meta,
        facts,
        entities,
    }
}

/// Extracts facts from one document.
pub fn extract(document: &Document, lex: &Lexicon) -> DocFacts {
    let text = document.text.as_str();
    let folded = Folded::new(text);
    let matches = lex.scan(&folded, text);
    let sentences = segment::sentences(text, &lex.boilerplate, &document.hints);
    let mut m = 0;
    let mut sentence_units = Vec::with_capacity(sentences.len());
    for sent in &sentences {
        let fs = folded.folded_of(sent.start);
        let fe = folded.folded_of(sent.end);
        while m < matches.len() && matches[m].start < fs {
            m += 1;
        }
        let first = m;
        while m < matches.len() && matches[m].end <= fe {
            m += 1;
        }
        sentence_units.push(units::units(&folded, text, fs, fe, &matches[first..m]));
    }
    let mut doc = doc::Doc::new(lex, text, &folded, &document.meta.id);
    // "Teranga Post (dev corpus)" is the outlet "Teranga Post".
    let outlet = document
        .meta
        .publisher
        .as_deref()
        .map(|p| p.split(" (").next().unwrap_or(p).trim());
    // The states named are known before discovery too, so a crossing named after a
    // town of a state the article never names ("Santa Cruz") is placed in no state.
    doc.note_named_states(&sentence_units);
    mentions::discover(&mut doc, &mut sentence_units, outlet);
    doc.note_named_states(&sentence_units);
    sole::note(&mut doc, &sentence_units);

    let published = Published::parse(document.meta.published.as_deref());
    let mut memory = discourse::Memory {
        topic_state: dateline(&doc, &sentence_units).map(doc::Ent::Lex),
        ..Default::default()
    };
    let mut out = emit::Emitter::default();
    let mut candidates = Vec::new();
    // The facts read in the sentence before (by index), which a sentence saying when
    // that act starts dates.
    let mut before = 0..0;
    for (sent, units) in sentences.iter().zip(&sentence_units) {
        let first_fact = out.facts.len();
        let s = view::Sentence::new(
            &doc,
            units,
            (sent.start, sent.end),
            sent.section,
            published,
            memory.last_date.as_deref(),
        );
        discourse::count_states(&doc, &mut memory, &s);
        if emit::trace() {
            let phrases: Vec<String> = s
                .phrases
                .iter()
                .map(|p| format!("[{} {:?}]", doc.original(s.units, p.start, p.end), p.head))
                .collect();
            eprintln!("phrases: {}", phrases.join(" "));
            let units: Vec<String> = s
                .units
                .iter()
                .map(|u| {
                    format!(
                        "{}{:?}",
                        doc.original(std::slice::from_ref(u), 0, 1),
                        u.kind
                    )
                })
                .collect();
            eprintln!("units: {}", units.join(" "));
        }
        // Roles first, so a person's state is known to the rest of the sentence; then
        // noun phrases; then every trigger in text order, each fact recorded before the
        // next trigger reads (a denial later in the sentence refers to the accusation
        // before it).
        // A heading that names nobody ("Border points remain closed", "The gates that
        // stay shut") labels a section: what it says is read in the text under it.
        let label = s.evidence.section == crate::model::Section::Headline
            && !s
                .phrases
                .iter()
                .any(|p| matches!(p.head, view::Head::Ent(..)));
        let steps = if label { 0 } else { s.units.len() + 3 };
        // A question of what may happen, and commentators' guesses, state no one's
        // possible act (the gold's hypotheticals and unattributed speculation).
        let supposed = modality::asks_whether(&doc, &s) || modality::speculative(&doc, &s);
        for step in 0..steps {
            {
                let cx = frames::Ctx {
                    doc: &doc,
                    m: &memory,
                    s: &s,
                };
                match step {
                    0 => roles::roles(&cx, &mut candidates),
                    1 => structure::noun_phrases(&cx, &mut candidates),
                    _ if step == steps - 1 => {
                        statements::act_by(&cx, &mut candidates);
                        statements::dismissals(&cx, &mut candidates);
                    }
                    _ => {
                        let v = step - 2;
                        frames::apply(&cx, v, &mut candidates);
                        if doc.is_statement_verb(&s.units[v]) || statements::charged_that(&cx, v) {
                            statements::says(&cx, v, &mut candidates);
                        }
                        statements::claimed(&cx, v, &mut candidates);
                    }
                }
            }
            for c in candidates.drain(..) {
                if supposed && c.modality == crate::model::Modality::Possible {
                    continue;
                }
                out.emit(&mut doc, &mut memory, &s, c);
            }
        }
        // (The facts given again here are no act of this sentence to date.)
        let read_here = first_fact..out.facts.len();
        // (Only after a sentence that read a closure or reopening: most read none, and
        // the search for a verb of starting reads every word.)
        let acted = out.facts[before.clone()]
            .iter()
            .any(|f| matches!(f.relation, Relation::CLOSES | Relation::REOPENS));
        if let Some(start) = acted.then(|| effect::starts_on(&doc, &s)).flatten() {
            let actor = start.actor.map(|a| doc.id(a));
            out.date_again(
                before.clone(),
                &s,
                &start.date,
                actor.as_ref(),
                start.relation,
            );
        }
        before = read_here;
        discourse::remember(&doc, &mut memory, &s);
    }
    out.drop_contradicted_guesses();
    let mut facts = Vec::with_capacity(out.facts.len());
    let mut seen = rustc_hash::FxHashSet::default();
    for f in out.facts {
        // One fact per sentence and triple, unless the sentence states it twice with
        // different modalities ("has remained open, though it may also be shut").
        let key = (
            f.evidence.start,
            f.relation,
            f.subject.clone(),
            f.object.clone(),
            f.modality,
        );
        if seen.insert(key) {
            facts.push(f);
        }
    }
    DocFacts {
        facts,
        entities: out.entities,
    }
}

/// The state of a dateline ("ISLAMABAD, Oct 12 (Reuters) -", "SOFIA —"): the place a
/// story was filed from says whose officials it is mostly about. Only a single place in
/// capitals at the start of one of the first sentences counts.
fn dateline(doc: &doc::Doc<'_>, sentences: &[Vec<units::Unit>]) -> Option<u32> {
    for units in sentences.iter().take(6) {
        let Some(first) = units.first() else { continue };
        let word = &doc.text[first.span.0..first.span.1];
        let capitals = word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        let next = units.get(1).map(|u| doc.word(u));
        let sep = matches!(next, Some("," | "—" | "–" | "-" | "("));
        if !(capitals && sep && word.chars().count() >= 3) {
            continue;
        }
        let (e, _) = doc.entity_cue(first)?;
        return doc.state_of(doc::Ent::Lex(e));
    }
    None
}

#[cfg(test)]
mod tests;
