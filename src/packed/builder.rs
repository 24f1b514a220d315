//! Writing a [`Packed`] table: in memory, or streamed to a snapshot file.

use super::*;

/// One entity while a [`Builder`] runs: its description once known, and whether it
/// stays even if no fact names it.
struct Slot {
    id: EntityId,
    entity: Option<Entity>,
    keep: bool,
}

/// Builds a [`Packed`] table document by document, writing sentences to `W` as it goes
/// (memory, or the snapshot file), so a build never holds the corpus's text.
///
/// Documents may come in any order and entities at any time; [`Builder::finish_table`]
/// sorts documents and entities by id and puts facts in document order, so the table
/// is the same whatever the order things were added in.
pub struct Builder<W: Write> {
    /// Documents as added, with whether they have metadata (bare ones go last).
    docs: Vec<(DocMeta, bool)>,
    /// Range in `facts` of each document's facts.
    ranges: Vec<(usize, usize)>,
    slot_of: HashMap<EntityId, u32>,
    slots: Vec<Slot>,
    /// Facts with document and entity numbers of this builder, not yet final.
    facts: Vec<PackedFact>,
    strings: Interner,
    sentences: Vec<(u64, u64)>,
    relations: Vec<Relation>,
    blob: W,
    blob_len: u64,
    /// Where a file builder writes and what it renames to on commit.
    paths: Option<(PathBuf, PathBuf)>,
}

impl<W: Write> Builder<W> {
    /// A builder writing sentence bytes to `blob`.
    pub fn new(blob: W) -> Self {
        Builder {
            docs: Vec::new(),
            ranges: Vec::new(),
            slot_of: HashMap::new(),
            slots: Vec::new(),
            facts: Vec::new(),
            strings: Interner::default(),
            sentences: Vec::new(),
            relations: Vec::new(),
            blob,
            blob_len: 0,
            paths: None,
        }
    }

    /// Number of facts added so far.
    pub fn len(&self) -> usize {
        self.facts.len()
    }

    /// Whether no fact was added.
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
    }

    fn slot(&mut self, id: &EntityId) -> u32 {
        if let Some(&s) = self.slot_of.get(id) {
            return s;
        }
        let s = self.slots.len() as u32;
        self.slots.push(Slot {
            id: id.clone(),
            entity: None,
            keep: false,
        });
        self.slot_of.insert(id.clone(), s);
        s
    }

    /// Records an entity's description, replacing any earlier one; it stays in the
    /// table even if no fact names it.
    pub fn set_entity(&mut self, e: &Entity) {
        let s = self.slot(&e.id) as usize;
        self.slots[s].entity = Some(e.clone());
        self.slots[s].keep = true;
    }

    /// Records an entity's description unless one is known; it stays only if a fact
    /// names it.
    fn offer_entity(&mut self, e: &Entity) {
        let s = self.slot(&e.id) as usize;
        if self.slots[s].entity.is_none() {
            self.slots[s].entity = Some(e.clone());
        }
    }

    /// The position of a relation in the table's `relations`.
    fn relation_ix(&mut self, r: Relation) -> u16 {
        let i = match self.relations.iter().position(|x| *x == r) {
            Some(i) => i,
            None => {
                self.relations.push(r);
                self.relations.len() - 1
            }
        };
        // Relation names are declared in a lexicon: far fewer than 65 536.
        u16::try_from(i).unwrap_or(u16::MAX)
    }

    fn push_sentence(&mut self, text: &[u8]) -> io::Result<u32> {
        self.blob.write_all(text)?;
        let start = self.blob_len;
        self.blob_len += text.len() as u64;
        self.sentences.push((start, self.blob_len));
        Ok((self.sentences.len() - 1) as u32)
    }

    fn push_doc(&mut self, meta: DocMeta, real: bool) -> u32 {
        self.docs.push((meta, real));
        let at = self.facts.len();
        self.ranges.push((at, at));
        (self.docs.len() - 1) as u32
    }

    fn end_doc(&mut self) {
        if let Some(r) = self.ranges.last_mut() {
            r.1 = self.facts.len();
        }
    }

    /// Adds one document's metadata and facts (in the order a [`Dataset`] keeps them).
    /// A document must be added once.
    pub fn add_doc(&mut self, part: &DocPart<'_>) -> io::Result<()> {
        let meta = part.meta.cloned().unwrap_or_else(|| DocMeta {
            id: part.id.to_string(),
            ..DocMeta::default()
        });
        let doc = self.push_doc(meta, part.meta.is_some());
        let mut seen: HashMap<(usize, usize), u32> = HashMap::new();
        for f in &part.facts {
            let ev = &f.evidence;
            let sentence = match seen.get(&(ev.start, ev.end)) {
                Some(&s) => s,
                None => {
                    let s = self.push_sentence(ev.sentence.as_bytes())?;
                    seen.insert((ev.start, ev.end), s);
                    s
                }
            };
            let opt = |b: &mut Self, id: Option<&EntityId>| id.map_or(NONE, |id| b.slot(id));
            let fact = PackedFact {
                doc,
                subject: self.slot(&f.subject),
                object: opt(self, f.object.as_ref()),
                attribution: opt(self, f.attribution.as_ref()),
                claim: self.strings.intern(f.claim.as_deref()),
                date: self.strings.intern(f.date.as_deref()),
                sentence,
                start: ev.start as u64,
                end: ev.end as u64,
                relation: self.relation_ix(f.relation),
                modality: f.modality,
                section: ev.section,
            };
            self.facts.push(fact);
        }
        self.end_doc();
        Ok(())
    }

    /// Copies the documents of `old` for which `skip` says no, with their facts and
    /// sentences, and offers its entities (kept only where a fact names them): what a
    /// store keeps of itself when a build rewrites some of its articles.
    pub fn add_kept(&mut self, old: &Packed, skip: impl Fn(&str) -> bool) -> io::Result<()> {
        let t = &old.table;
        let mut ranges = vec![(0, 0); t.docs.len()];
        let mut i = 0;
        while i < t.facts.len() {
            let d = t.facts[i].doc as usize;
            let mut j = i;
            while j < t.facts.len() && t.facts[j].doc as usize == d {
                j += 1;
            }
            ranges[d] = (i, j);
            i = j;
        }
        let slots: Vec<u32> = t.entities.iter().map(|e| self.slot(&e.id)).collect();
        for e in &t.entities {
            self.offer_entity(e);
        }
        let entity = |e: u32| if e == NONE { NONE } else { slots[e as usize] };
        let mut sentence_map = vec![NONE; t.sentences.len()];
        for (d, meta) in t.docs.iter().enumerate() {
            if skip(&meta.id) {
                continue;
            }
            let doc = self.push_doc(meta.clone(), (d as u64) < t.real_docs);
            let (a, b) = ranges[d];
            for f in &t.facts[a..b] {
                let s = f.sentence as usize;
                if sentence_map[s] == NONE {
                    let (x, y) = t.sentences[s];
                    let bytes = old
                        .blob
                        .bytes()
                        .get(x as usize..y as usize)
                        .unwrap_or_default();
                    sentence_map[s] = self.push_sentence(bytes)?;
                }
                let relation = self.relation_ix(t.relations[f.relation as usize]);
                let fact = PackedFact {
                    doc,
                    relation,
                    subject: entity(f.subject),
                    object: entity(f.object),
                    attribution: entity(f.attribution),
                    claim: self.strings.intern(t.strings.get(f.claim)),
                    date: self.strings.intern(t.strings.get(f.date)),
                    sentence: sentence_map[s],
                    ..*f
                };
                self.facts.push(fact);
            }
            self.end_doc();
        }
        Ok(())
    }

    /// The finished table and the blob writer: documents and entities sorted by id,
    /// facts in document order; facts naming an entity without a description dropped,
    /// and entities only offered that no fact names.
    fn finish_table(self) -> (Table, W) {
        let named = {
            let mut named = vec![false; self.slots.len()];
            for f in &self.facts {
                for e in [f.subject, f.object, f.attribution] {
                    if e != NONE {
                        named[e as usize] = true;
                    }
                }
            }
            named
        };
        let mut order: Vec<usize> = (0..self.slots.len())
            .filter(|&s| {
                let slot = &self.slots[s];
                slot.entity.is_some() && (slot.keep || named[s])
            })
            .collect();
        order.sort_unstable_by(|&a, &b| self.slots[a].id.cmp(&self.slots[b].id));
        let mut entity_ix = vec![NONE; self.slots.len()];
        for (i, &s) in order.iter().enumerate() {
            entity_ix[s] = i as u32;
        }
        let mut slots = self.slots;
        let entities: Vec<Entity> = order
            .iter()
            .filter_map(|&s| slots[s].entity.take())
            .collect();

        // Real documents sorted by id, then bare ones; facts follow document ids.
        let mut by_id: Vec<usize> = (0..self.docs.len()).collect();
        by_id.sort_unstable_by(|&a, &b| self.docs[a].0.id.cmp(&self.docs[b].0.id));
        let mut doc_order: Vec<usize> = by_id.iter().copied().filter(|&d| self.docs[d].1).collect();
        let real_docs = doc_order.len() as u64;
        doc_order.extend(by_id.iter().copied().filter(|&d| !self.docs[d].1));
        let mut doc_ix = vec![0u32; self.docs.len()];
        for (i, &d) in doc_order.iter().enumerate() {
            doc_ix[d] = i as u32;
        }
        let remap = |e: u32| {
            if e == NONE {
                Some(NONE)
            } else {
                (entity_ix[e as usize] != NONE).then(|| entity_ix[e as usize])
            }
        };
        let mut facts = Vec::with_capacity(self.facts.len());
        for &d in &by_id {
            let (a, b) = self.ranges[d];
            for f in &self.facts[a..b] {
                let (Some(subject), Some(object), Some(attribution)) =
                    (remap(f.subject), remap(f.object), remap(f.attribution))
                else {
                    continue;
                };
                facts.push(PackedFact {
                    doc: doc_ix[d],
                    subject,
                    object,
                    attribution,
                    ..*f
                });
            }
        }
        let mut docs_in = self.docs;
        let docs = doc_order
            .iter()
            .map(|&d| std::mem::take(&mut docs_in[d].0))
            .collect();
        let table = Table {
            docs,
            real_docs,
            entities,
            facts,
            strings: self.strings.strings,
            sentences: self.sentences,
            relations: self.relations,
        };
        (table, self.blob)
    }
}

impl Builder<Vec<u8>> {
    /// The table, with its sentences in memory.
    pub fn finish(self) -> Packed {
        let (table, blob) = self.finish_table();
        Packed {
            table,
            blob: Blob::Owned(blob),
        }
    }
}

impl Builder<io::BufWriter<File>> {
    /// A builder of the snapshot file `path`: written to a temporary file beside it,
    /// which [`Builder::commit`] completes and renames into place.
    pub fn create(path: &Path, header: &str) -> io::Result<Self> {
        let tmp = path.with_extension("tmp");
        let mut out = io::BufWriter::with_capacity(1 << 20, File::create(&tmp)?);
        out.write_all(header.as_bytes())?;
        let mut b = Builder::new(out);
        b.paths = Some((tmp, path.to_owned()));
        Ok(b)
    }

    /// The temporary file a file builder writes, removed by the caller if it gives up.
    pub fn temporary_path(&self) -> Option<&Path> {
        self.paths.as_ref().map(|(tmp, _)| tmp.as_path())
    }

    /// Writes the table after the sentences, syncs and renames the file into place.
    pub fn commit(self) -> io::Result<()> {
        let f = self.finish_file()?;
        fs::rename(f.tmp, f.path)
    }

    /// Writes the table after the sentences and syncs, leaving the file under its
    /// temporary name for the caller to rename when the store it describes is
    /// committed.
    pub fn finish_file(mut self) -> io::Result<Finished> {
        let (tmp, path) = self
            .paths
            .take()
            .ok_or_else(|| io::Error::other("not a file builder"))?;
        let (table, mut out) = self.finish_table();
        let totals = table.totals();
        let bytes = postcard::to_stdvec(&table).map_err(io::Error::other)?;
        out.write_all(&bytes)?;
        out.write_all(&(bytes.len() as u64).to_le_bytes())?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        Ok(Finished { tmp, path, totals })
    }
}
