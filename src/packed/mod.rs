//! The fact table in compact form: what the query graph holds, and what the graph
//! snapshot beside a store contains.
//!
//! A [`Dataset`] gives every fact its own strings (document id, entity ids, claim, date,
//! sentence): about seven allocations per fact, which made loading a 100k-article store
//! (a million facts) cost more than a second, mostly in the allocator and page faults.
//! Here a fact is a fixed-size record of indexes ([`PackedFact`]): entities and
//! documents by position, claims and dates interned once in one string, sentences
//! stored once each in a byte blob that a snapshot maps from disk and only reads when a
//! row shows its sentence. [`FactRef`] is the borrowed view callers read facts through.
//!
//! Snapshot file layout (written by [`Builder`] under the store's exclusive lock, to a
//! temporary file renamed into place, never modified afterwards). The sentences come
//! first so a build can stream them to disk as it goes; the table, known only at the
//! end, follows, and its length closes the file:
//!
//! ```text
//! newsgraph-snapshot 5 <version>\n   header; any other header is ignored
//! B bytes                            the sentence blob (UTF-8 text, sentences back to back)
//! N bytes                            postcard of the table (docs, entities, facts, strings)
//! u64 little-endian                  N
//! ```

use crate::model::{
    Dataset, DocMeta, Entity, EntityId, Evidence, Fact, Modality, Relation, Section,
};
use crate::rdf::DocPart;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Marks an absent optional index.
const NONE: u32 = u32::MAX;

/// One fact as indexes into its [`Packed`] table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackedFact {
    doc: u32,
    subject: u32,
    object: u32,
    attribution: u32,
    claim: u32,
    date: u32,
    sentence: u32,
    start: u64,
    end: u64,
    /// Position in the table's `relations`.
    relation: u16,
    modality: Modality,
    section: Section,
}

/// Strings stored once, back to back, addressed by number.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Strings {
    text: String,
    /// End offset of each string in `text`; string `i` starts where `i - 1` ends.
    ends: Vec<u64>,
}

impl Strings {
    fn get(&self, i: u32) -> Option<&str> {
        if i == NONE {
            return None;
        }
        let i = i as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.text.get(start..self.ends[i] as usize)
    }

    fn push(&mut self, s: &str) -> u32 {
        self.text.push_str(s);
        self.ends.push(self.text.len() as u64);
        (self.ends.len() - 1) as u32
    }
}

/// Interns strings into a [`Strings`] while packing. Keys are owned so a builder can
/// outlive the documents it was fed.
#[derive(Default)]
struct Interner {
    strings: Strings,
    seen: HashMap<Box<str>, u32>,
}

impl Interner {
    fn intern(&mut self, s: Option<&str>) -> u32 {
        let Some(s) = s else { return NONE };
        if let Some(&i) = self.seen.get(s) {
            return i;
        }
        let i = self.strings.push(s);
        self.seen.insert(s.into(), i);
        i
    }
}

/// Where the sentences are: in memory after extraction, mapped from the snapshot file
/// after loading one.
enum Blob {
    Owned(Vec<u8>),
    Mapped {
        map: memmap2::Mmap,
        start: usize,
        end: usize,
    },
}

impl Blob {
    fn bytes(&self) -> &[u8] {
        match self {
            Blob::Owned(b) => b,
            Blob::Mapped { map, start, end } => &map[*start..*end],
        }
    }
}

impl std::fmt::Debug for Blob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Blob({} bytes)", self.bytes().len())
    }
}

/// The serialised part of a [`Packed`] table: everything but the sentence bytes.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Table {
    /// The dataset's articles, then bare entries for documents that facts name
    /// without metadata (see [`Packed::from_dataset`]).
    docs: Vec<DocMeta>,
    /// How many of `docs` are the dataset's.
    real_docs: u64,
    /// Sorted by id; a fact's entity index is a position here.
    entities: Vec<Entity>,
    facts: Vec<PackedFact>,
    /// Claims and dates.
    strings: Strings,
    /// Byte range of each sentence in the blob.
    sentences: Vec<(u64, u64)>,
    /// The relations facts name, by position (a relation is a name, stored once here).
    relations: Vec<Relation>,
}

/// A whole dataset in compact form: documents, entities and facts, with invariants of
/// [`Dataset`] (docs sorted by id, entities sorted by id, facts sorted and unique).
#[derive(Debug)]
pub struct Packed {
    table: Table,
    blob: Blob,
}

impl Default for Packed {
    fn default() -> Self {
        Packed {
            table: Table::default(),
            blob: Blob::Owned(Vec::new()),
        }
    }
}

/// A fact borrowed from a [`Packed`] table. Fields are what [`Fact`] has; the sentence
/// is read only when asked for, so matching facts never touches sentence pages.
#[derive(Clone, Copy, Debug)]
pub struct FactRef<'a> {
    /// Document id.
    pub doc: &'a str,
    /// Acting or described entity.
    pub subject: &'a EntityId,
    /// What kind of fact.
    pub relation: Relation,
    /// Second entity, when the relation has one.
    pub object: Option<&'a EntityId>,
    /// What was alleged, denied or said; the title for `holds_role`.
    pub claim: Option<&'a str>,
    /// Asserted, possible or negated.
    pub modality: Modality,
    /// ISO 8601 date, possibly partial.
    pub date: Option<&'a str>,
    /// The source the article cites.
    pub attribution: Option<&'a EntityId>,
    /// Byte offset of the sentence in the document.
    pub start: usize,
    /// Byte offset past the sentence.
    pub end: usize,
    /// Body, headline or caption.
    pub section: Section,
    sentence: &'a [u8],
}

impl<'a> FactRef<'a> {
    /// The sentence the fact was read from, exactly as in the document.
    pub fn sentence(&self) -> &'a str {
        // The blob is written from `String`s; a damaged snapshot shows as U+FFFD rather
        // than failing a query.
        std::str::from_utf8(self.sentence).unwrap_or("\u{FFFD}")
    }

    /// An owned copy.
    pub fn to_fact(&self) -> Fact {
        Fact {
            doc: self.doc.to_string(),
            subject: self.subject.clone(),
            relation: self.relation,
            object: self.object.cloned(),
            claim: self.claim.map(str::to_string),
            modality: self.modality,
            date: self.date.map(str::to_string),
            attribution: self.attribution.cloned(),
            evidence: Evidence {
                sentence: self.sentence().to_string(),
                start: self.start,
                end: self.end,
                section: self.section,
            },
        }
    }
}

/// Why a snapshot could not be written.
pub type WriteError = io::Error;

impl Packed {
    /// Packs a dataset. Facts naming an entity the dataset lacks are dropped, as the
    /// graph always did: such a dataset breaks [`Dataset`]'s invariant.
    pub fn from_dataset(ds: &Dataset) -> Self {
        let mut b = Builder::new(Vec::new());
        for part in crate::rdf::doc_parts(ds) {
            b.add_doc(&part).expect("writing to a Vec cannot fail");
        }
        for e in ds.entities.values() {
            b.set_entity(e);
        }
        b.finish()
    }

    /// Unpacks into a dataset equal to the one packed.
    pub fn to_dataset(&self) -> Dataset {
        let mut ds = Dataset {
            docs: self.docs().to_vec(),
            entities: self
                .table
                .entities
                .iter()
                .map(|e| (e.id.clone(), e.clone()))
                .collect(),
            facts: (0..self.len()).map(|i| self.fact(i).to_fact()).collect(),
        };
        ds.normalize();
        ds
    }

    /// Number of facts.
    pub fn len(&self) -> usize {
        self.table.facts.len()
    }

    /// Numbers of articles, entities and facts.
    pub fn totals(&self) -> Totals {
        self.table.totals()
    }

    /// Whether there are no facts.
    pub fn is_empty(&self) -> bool {
        self.table.facts.is_empty()
    }

    /// Articles, sorted by id.
    pub fn docs(&self) -> &[DocMeta] {
        &self.table.docs[..self.table.real_docs as usize]
    }

    /// Entities, sorted by id.
    pub fn entities(&self) -> &[Entity] {
        &self.table.entities
    }

    /// Index in [`Self::entities`] of a fact's subject and object.
    pub fn ends(&self, i: usize) -> (usize, Option<usize>) {
        let f = &self.table.facts[i];
        let object = (f.object != NONE).then_some(f.object as usize);
        (f.subject as usize, object)
    }

    /// Relation of fact `i`.
    pub fn relation(&self, i: usize) -> Relation {
        self.table.relations[self.table.facts[i].relation as usize]
    }

    /// Fact `i`. Panics if `i >= self.len()`.
    pub fn fact(&self, i: usize) -> FactRef<'_> {
        let f = &self.table.facts[i];
        let t = &self.table;
        let entity = |e: u32| (e != NONE).then(|| &t.entities[e as usize].id);
        let (a, b) = t.sentences[f.sentence as usize];
        let sentence = self
            .blob
            .bytes()
            .get(a as usize..b as usize)
            .unwrap_or_default();
        FactRef {
            doc: &t.docs[f.doc as usize].id,
            subject: &t.entities[f.subject as usize].id,
            relation: t.relations[f.relation as usize],
            object: entity(f.object),
            claim: t.strings.get(f.claim),
            modality: f.modality,
            date: t.strings.get(f.date),
            attribution: entity(f.attribution),
            start: f.start as usize,
            end: f.end as usize,
            section: f.section,
            sentence,
        }
    }

    /// Writes the snapshot file at `path` (through a temporary file beside it).
    pub fn write(&self, path: &Path, header: &str) -> Result<(), WriteError> {
        let mut b = Builder::create(path, header)?;
        b.add_kept(self, |_| false)?;
        for e in self.entities() {
            b.set_entity(e);
        }
        b.commit()
    }

    /// Opens the snapshot at `path` if it exists, has this `header` and decodes; `None`
    /// otherwise (the caller then reads the store itself).
    pub fn open(path: &Path, header: &str) -> Option<Packed> {
        let file = File::open(path).ok()?;
        // SAFETY: the map is only read. Snapshots are written to a temporary file and
        // renamed into place, never modified afterwards: a build that replaces or
        // removes one unlinks it, and an unlinked file stays mapped intact.
        let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
        let start = header.len();
        let (body, len) = map
            .strip_prefix(header.as_bytes())?
            .split_last_chunk::<8>()?;
        let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
        let end = start + body.len().checked_sub(len)?;
        let table: Table = postcard::from_bytes(&map[end..end + len]).ok()?;
        let packed = Packed {
            table,
            blob: Blob::Mapped { map, start, end },
        };
        packed.is_consistent().then_some(packed)
    }

    /// Whether every index points inside its table, so [`Self::fact`] cannot panic on a
    /// damaged or foreign file.
    fn is_consistent(&self) -> bool {
        let t = &self.table;
        let blob = self.blob.bytes().len() as u64;
        let in_range = |i: u32, n: usize| (i as usize) < n;
        let opt = |i: u32, n: usize| i == NONE || in_range(i, n);
        let mut end = 0;
        let strings_ok = t.strings.ends.iter().all(|&e| {
            let ok = e >= end && t.strings.text.is_char_boundary(e as usize);
            end = e;
            ok
        }) && end as usize <= t.strings.text.len();
        strings_ok
            && t.real_docs as usize <= t.docs.len()
            && t.sentences.iter().all(|&(a, b)| a <= b && b <= blob)
            && t.facts.iter().all(|f| {
                in_range(f.doc, t.docs.len())
                    && in_range(f.subject, t.entities.len())
                    && opt(f.object, t.entities.len())
                    && opt(f.attribution, t.entities.len())
                    && opt(f.claim, t.strings.ends.len())
                    && opt(f.date, t.strings.ends.len())
                    && in_range(f.sentence, t.sentences.len())
                    && (f.relation as usize) < t.relations.len()
            })
    }
}

mod builder;
pub use builder::Builder;

/// A snapshot file written under its temporary name by [`Builder::finish_file`].
#[derive(Debug)]
pub struct Finished {
    /// Where it is.
    pub tmp: PathBuf,
    /// Where it goes.
    pub path: PathBuf,
    /// What it holds.
    pub totals: Totals,
}

/// How much a table holds: what a build reports of the store after it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Articles.
    pub documents: usize,
    /// Entities.
    pub entities: usize,
    /// Facts.
    pub facts: usize,
}

impl Table {
    fn totals(&self) -> Totals {
        Totals {
            documents: self.real_docs as usize,
            entities: self.entities.len(),
            facts: self.facts.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::source::Document;

    fn dataset() -> Dataset {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
        let lex = crate::lexicon::Lexicon::load(&dir).unwrap();
        let docs = [
            ("a", "Finland closed Vaalimaa on Monday. Estonia accused Russia of a hybrid attack, Reuters reported."),
            ("b", "The Kremlin denied the accusations. Finland closed Vaalimaa."),
        ]
        .map(|(id, text)| Document {
            meta: DocMeta {
                id: id.into(),
                sha256: id.into(),
                ..DocMeta::default()
            },
            text: text.into(),
            hints: Vec::new(),
        });
        crate::extract::extract_all(&docs, &lex)
    }

    #[test]
    fn packing_round_trips() {
        let ds = dataset();
        assert!(!ds.facts.is_empty());
        let p = Packed::from_dataset(&ds);
        assert_eq!(p.to_dataset(), ds);
    }

    #[test]
    fn snapshots_round_trip_and_reject_damage() {
        let ds = dataset();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("snap");
        Packed::from_dataset(&ds).write(&path, "h\n").unwrap();
        let p = Packed::open(&path, "h\n").unwrap();
        assert_eq!(p.to_dataset(), ds);
        assert!(Packed::open(&path, "other\n").is_none());
        let bytes = fs::read(&path).unwrap();
        // Cut in the table, then in the sentence blob.
        for len in [bytes.len() / 2, bytes.len() - 1] {
            fs::write(&path, &bytes[..len]).unwrap();
            assert!(Packed::open(&path, "h\n").is_none(), "cut at {len}");
        }
    }
}
