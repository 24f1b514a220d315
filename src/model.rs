//! The data model every stage shares: entities, relations and facts with provenance.
//!
//! Extraction produces these values, the graph holds them, the RDF layer writes and
//! reads them back. Nothing here knows about files, the store or the query language.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Canonical identifier of an entity: a lowercase ASCII slug derived from its canonical
/// label (`finland`, `jonas-gahr-store`, `crossings-finland-russia`).
///
/// Slugs are what make IRIs deterministic: the same entity gets the same IRI on every
/// machine and in every build.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub String);

impl EntityId {
    /// Builds an id from any label by folding it to a slug (see [`slug`]).
    pub fn from_label(label: &str) -> Self {
        EntityId(slug(label))
    }

    /// The slug as a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Checks that year, month and day numbers (any leading part of them) name a day of
/// the calendar; the error says which number is out of range and what it may be.
///
/// ```
/// assert!(newsgraph::model::check_calendar(&[2024, 2, 29]).is_ok());
/// assert_eq!(newsgraph::model::check_calendar(&[2023, 13]).unwrap_err(), "month 13 is not 1–12");
/// ```
pub fn check_calendar(parts: &[u32]) -> Result<(), String> {
    let Some(&m) = parts.get(1) else {
        return Ok(());
    };
    if !(1..=12).contains(&m) {
        return Err(format!("month {m} is not 1–12"));
    }
    let Some(&day) = parts.get(2) else {
        return Ok(());
    };
    let year = parts[0];
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(1..=days).contains(&day) {
        return Err(format!("day {day} is not 1–{days} in {year}-{m:02}"));
    }
    Ok(())
}

/// The label of the collective entity for the crossings between two states, their
/// names in alphabetical order: "Finland–Russia border crossings".
pub fn crossings_label(a: &str, b: &str) -> String {
    let (x, y) = if a <= b { (a, b) } else { (b, a) };
    format!("{x}–{y} border crossings")
}

/// The two state names a collective crossings label is made of, as written.
pub fn crossings_pair(label: &str) -> Option<(&str, &str)> {
    label.strip_suffix(" border crossings")?.split_once('–')
}

/// Folds a label to a slug: diacritics removed, lowercase ASCII letters and digits,
/// runs of anything else collapsed to a single `-`.
///
/// ```
/// assert_eq!(newsgraph::model::slug("Jonas Gahr Støre"), "jonas-gahr-store");
/// assert_eq!(newsgraph::model::slug("Raja-Jooseppi"), "raja-jooseppi");
/// ```
pub fn slug(label: &str) -> String {
    let folded = crate::text::fold(label);
    let mut out = String::with_capacity(folded.len());
    let mut dash = false;
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

/// The kinds of entity newsgraph distinguishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityType {
    /// A sovereign state (Finland, Russia).
    State,
    /// A named person, usually an official.
    Person,
    /// A border crossing point, or the set of crossings on one border.
    Crossing,
    /// A government body, alliance, agency or news organisation.
    Organisation,
    /// Any other geographic place (a region, a town).
    Place,
}

impl EntityType {
    /// Every type, in display order.
    pub const ALL: [EntityType; 5] = [
        EntityType::State,
        EntityType::Person,
        EntityType::Crossing,
        EntityType::Organisation,
        EntityType::Place,
    ];

    /// The name used in the lexicon, on the command line and in output.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::State => "State",
            EntityType::Person => "Person",
            EntityType::Crossing => "Crossing",
            EntityType::Organisation => "Organisation",
            EntityType::Place => "Place",
        }
    }

    /// Parses a type name, ignoring case and accepting the US spelling `Organization`.
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "state" | "country" => Some(EntityType::State),
            "person" | "official" => Some(EntityType::Person),
            "crossing" => Some(EntityType::Crossing),
            "organisation" | "organization" | "org" => Some(EntityType::Organisation),
            "place" => Some(EntityType::Place),
            _ => None,
        }
    }

    /// Whether an entity of this type can be the agent of an accusation, denial,
    /// closure or statement.
    pub fn can_act(self) -> bool {
        matches!(
            self,
            EntityType::State | EntityType::Person | EntityType::Organisation
        )
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A canonical entity: one node of the graph however many mentions name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical id (slug).
    pub id: EntityId,
    /// Canonical display label, with its diacritics (`Jonas Gahr Støre`).
    pub label: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// Other names it goes by, as written in the lexicon or discovered in text.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Wikidata QID (`Q33`) when known.
    #[serde(default)]
    pub wikidata: Option<String>,
}

/// A relation between two entities (or an entity and a claim), by name: `accuses`,
/// `holds_role`, `condemns`.
///
/// The set is open: relations are declared as frames in the lexicon
/// (`data/lexicon/relations.toml`), so a new relation is a data change. The constants
/// below name the relations some code treats specially (`says` quotes, `holds_role`
/// titles, `located_in` appositions…). Names are interned, so a `Relation` is `Copy`
/// and compares like the string it names.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Relation(&'static str);

/// Names interned by [`Relation::parse`], and the ones declared symmetric.
struct RelationTable {
    names: std::collections::HashSet<&'static str>,
    symmetric: std::collections::HashSet<&'static str>,
}

fn relation_table() -> &'static std::sync::RwLock<RelationTable> {
    static TABLE: std::sync::OnceLock<std::sync::RwLock<RelationTable>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        std::sync::RwLock::new(RelationTable {
            names: Relation::BUILT_IN.iter().map(|r| r.0).collect(),
            symmetric: [Relation::BORDERS.0].into_iter().collect(),
        })
    })
}

impl Relation {
    /// Subject accuses object; the claim says of what.
    pub const ACCUSES: Relation = Relation("accuses");
    /// Subject denies an accusation; the claim says which.
    pub const DENIES: Relation = Relation("denies");
    /// Subject closes a crossing or border (object).
    pub const CLOSES: Relation = Relation("closes");
    /// Subject reopens a crossing or border (object).
    pub const REOPENS: Relation = Relation("reopens");
    /// Two states share a border.
    pub const BORDERS: Relation = Relation("borders");
    /// Person holds a role (claim: the title) in a state or organisation (object).
    pub const HOLDS_ROLE: Relation = Relation("holds_role");
    /// State or organisation is a member of an organisation.
    pub const MEMBER_OF: Relation = Relation("member_of");
    /// Crossing or place lies in a place or state.
    pub const LOCATED_IN: Relation = Relation("located_in");
    /// Subject says the claim (an attributed statement or quote).
    pub const SAYS: Relation = Relation("says");

    /// The relations the code knows by name, in display order. A lexicon may declare
    /// more.
    pub const BUILT_IN: [Relation; 9] = [
        Relation::ACCUSES,
        Relation::DENIES,
        Relation::CLOSES,
        Relation::REOPENS,
        Relation::BORDERS,
        Relation::HOLDS_ROLE,
        Relation::MEMBER_OF,
        Relation::LOCATED_IN,
        Relation::SAYS,
    ];

    /// Longest relation name accepted.
    pub const MAX_LEN: usize = 40;

    /// The relation's name as used in output, RDF local names and queries.
    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// Parses a relation name: lowercase ASCII letters, digits and `_`, starting with a
    /// letter, at most [`Relation::MAX_LEN`] bytes (`holds_role`; `holds-role` and
    /// `Holds_Role` are read the same). Any such name is a relation; whether a lexicon
    /// or a store knows it is for the caller to check.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        if s.is_empty() || s.len() > Self::MAX_LEN {
            return None;
        }
        let name: String = s
            .chars()
            .map(|c| {
                if c == '-' {
                    '_'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        let ok = name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !ok {
            return None;
        }
        if let Some(r) = Relation::BUILT_IN.iter().find(|r| r.0 == name) {
            return Some(*r);
        }
        let table = relation_table();
        if let Some(&n) = table
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .names
            .get(name.as_str())
        {
            return Some(Relation(n));
        }
        let mut t = table.write().unwrap_or_else(|e| e.into_inner());
        if let Some(&n) = t.names.get(name.as_str()) {
            return Some(Relation(n));
        }
        // Leaked once per distinct name: names come from lexicons and stores, and are
        // short and few.
        let n: &'static str = Box::leak(name.into_boxed_str());
        t.names.insert(n);
        Some(Relation(n))
    }

    /// Whether `a rel b` implies `b rel a`; such facts are stored with the smaller id
    /// first. `borders` is; a lexicon frame may declare others.
    pub fn is_symmetric(self) -> bool {
        if self == Relation::BORDERS {
            return true;
        }
        relation_table()
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .symmetric
            .contains(self.0)
    }

    /// Every relation known to be symmetric, sorted by name.
    pub fn symmetric() -> Vec<Relation> {
        let mut v: Vec<Relation> = relation_table()
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .symmetric
            .iter()
            .map(|n| Relation(n))
            .collect();
        v.sort_by_key(|r| r.0);
        v
    }

    /// Declares the relation symmetric for the rest of the process (a lexicon frame
    /// with `symmetric = true`).
    pub fn declare_symmetric(self) {
        relation_table()
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .symmetric
            .insert(self.0);
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Relation({})", self.0)
    }
}

impl Serialize for Relation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Relation {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Relation::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("invalid relation name {s:?}")))
    }
}

/// How firmly the text states a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as happening or having happened.
    Asserted,
    /// Hedged or conditional: "may close … if necessary", "prepared to close".
    Possible,
    /// Stated as not happening: "has not closed", "would not accept".
    Negated,
}

impl Modality {
    /// Every modality, in display order.
    pub const ALL: [Modality; 3] = [Modality::Asserted, Modality::Possible, Modality::Negated];

    /// The modality's name in output and queries.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Possible => "possible",
            Modality::Negated => "negated",
        }
    }

    /// Parses a modality name.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.to_ascii_lowercase();
        Modality::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

impl fmt::Display for Modality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in its article a sentence stands: the body, a headline or a photo caption.
///
/// Captions may carry facts, but a reader must be able to tell them apart.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Running text.
    #[default]
    Body,
    /// A headline or sub-headline.
    Headline,
    /// A photo caption or credit line.
    Caption,
}

impl Section {
    /// The section's name in output and RDF.
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Body => "body",
            Section::Headline => "headline",
            Section::Caption => "caption",
        }
    }

    /// Parses a section name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "body" => Some(Section::Body),
            "headline" => Some(Section::Headline),
            "caption" => Some(Section::Caption),
            _ => None,
        }
    }
}

/// Provenance of a fact: the sentence it was read from and its byte span in the
/// document text (`text[start..end] == sentence`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// The sentence, exactly as in the document.
    pub sentence: String,
    /// Byte offset of the sentence's first byte.
    pub start: usize,
    /// Byte offset one past the sentence's last byte.
    pub end: usize,
    /// Body, headline or caption.
    #[serde(default)]
    pub section: Section,
}

/// One extracted fact: `subject relation object`, with what the text says about it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Fact {
    /// Document id (the article file's stem).
    pub doc: String,
    /// Acting or described entity.
    pub subject: EntityId,
    /// What kind of fact.
    pub relation: Relation,
    /// Second entity, when the relation has one (`says` and `denies` may not).
    pub object: Option<EntityId>,
    /// The claim: what was alleged, denied or said; the title for `holds_role`.
    pub claim: Option<String>,
    /// Asserted, possible or negated.
    pub modality: Modality,
    /// ISO 8601 date (`2023-11-22`, or `2023-11` when only the month is known).
    pub date: Option<String>,
    /// The source the article cites for this fact (`reuters`).
    pub attribution: Option<EntityId>,
    /// Sentence and span the fact was read from.
    pub evidence: Evidence,
}

impl Fact {
    /// A stable key naming the fact inside its document; used in fact IRIs.
    ///
    /// Two facts with the same key say the same thing from the same sentence.
    pub fn key(&self) -> String {
        let mut key = format!(
            "{}-{}-{}-{}",
            self.evidence.start,
            self.evidence.end,
            self.relation.as_str(),
            self.subject
        );
        if let Some(o) = &self.object {
            key.push('-');
            key.push_str(o.as_str());
        }
        if self.object.is_none() || self.relation == Relation::HOLDS_ROLE {
            if let Some(c) = &self.claim {
                // Facts without an object are told apart by their claim.
                let s = slug(c);
                let s: String = s.chars().take(40).collect();
                key.push('-');
                key.push_str(s.trim_end_matches('-'));
            }
        }
        key
    }
}

/// What newsgraph knows about an article as a whole.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DocMeta {
    /// Document id: the file stem (`000_3931e607eb4e7386`).
    pub id: String,
    /// File name the article was read from (no directories, so builds on two machines agree).
    pub file: String,
    /// Headline, from the manifest or the text.
    #[serde(default)]
    pub title: Option<String>,
    /// Publisher (`The Kyiv Independent`), from the manifest.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Publication date, ISO 8601, possibly partial (`2023-11`).
    #[serde(default)]
    pub published: Option<String>,
    /// Where it was published, from the manifest or `build FILE --url`.
    #[serde(default)]
    pub url: Option<String>,
    /// SHA-256 of the file's bytes, hex; an unchanged article is recognised by it.
    pub sha256: String,
    /// Fingerprint of the lexicon and extraction code that read it: an article is
    /// read again when either changed, even if its text did not.
    #[serde(default)]
    pub extractor: String,
}

/// The output of extraction over a set of articles, ready for the graph and the store.
///
/// Invariants: `docs` sorted by id; `facts` sorted and free of duplicates; every entity
/// a fact names (subject, object, attribution) is in `entities`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dataset {
    /// Articles, sorted by id.
    pub docs: Vec<DocMeta>,
    /// Entities referenced by the facts, by id.
    pub entities: std::collections::BTreeMap<EntityId, Entity>,
    /// Facts, sorted.
    pub facts: Vec<Fact>,
}

impl Dataset {
    /// Sorts and deduplicates, restoring the invariants after facts were pushed.
    pub fn normalize(&mut self) {
        self.docs.sort();
        self.docs.dedup_by(|a, b| a.id == b.id);
        for e in self.entities.values_mut() {
            e.aliases.sort();
            e.aliases.dedup();
        }
        self.facts.sort();
        self.facts.dedup();
    }

    /// Facts of one document.
    pub fn facts_of<'a>(&'a self, doc: &'a str) -> impl Iterator<Item = &'a Fact> + 'a {
        self.facts.iter().filter(move |f| f.doc == doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_diacritics_and_punctuation() {
        assert_eq!(slug("Häkkänen"), "hakkanen");
        assert_eq!(slug("  Troms og Finnmark "), "troms-og-finnmark");
        assert_eq!(
            slug("Finland–Russia border crossings"),
            "finland-russia-border-crossings"
        );
    }

    #[test]
    fn names_round_trip() {
        for r in Relation::BUILT_IN {
            assert_eq!(Relation::parse(r.as_str()), Some(r));
        }
        let condemns = Relation::parse("Condemns").unwrap();
        assert_eq!(condemns.as_str(), "condemns");
        assert_eq!(Relation::parse("condemns"), Some(condemns));
        assert_eq!(Relation::parse("no spaces"), None);
        assert_eq!(Relation::parse("1st"), None);
        for m in Modality::ALL {
            assert_eq!(Modality::parse(m.as_str()), Some(m));
        }
        for t in EntityType::ALL {
            assert_eq!(EntityType::parse(t.as_str()), Some(t));
        }
        assert_eq!(Relation::parse("holds-role"), Some(Relation::HOLDS_ROLE));
    }
}
