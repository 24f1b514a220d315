//! A deterministic corpus generator for measuring extraction and the store at scale.
//!
//! [`Generator`] writes plain-text articles from the lexicon's entities (states and
//! their neighbours, persons with their roles, crossings with the state they lie in)
//! and a small set of sentence templates: several tenses and verbs per relation,
//! hedges, negation, quotes with attribution, titles, and page furniture
//! ("Subscribe", "* indicates required", a "News Feed" section of teasers at the end).
//! Each article comes with the facts it plants, in the gold format of
//! `tests/gold/README.md`, so `newsgraph eval --gold DIR/gold.tsv DIR` measures recall.
//!
//! The output depends only on the seed and the lexicon: the PRNG is a splitmix64 of
//! our own, so the same seed gives the same bytes on every machine.

use crate::lexicon::Lexicon;
use crate::model::{EntityType, Modality, Relation};
use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// splitmix64: tiny, fast, and the same everywhere.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) % n as u64) as usize
    }

    /// True with probability `p` percent.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A fact the generator planted, as one gold line.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct GoldLine {
    /// Subject name(s), `|`-separated.
    pub subject: String,
    /// Relation.
    pub relation: Relation,
    /// Object name(s), or `*`.
    pub object: String,
    /// Modality.
    pub modality: Modality,
}

/// One generated article.
#[derive(Clone, Debug)]
pub struct Article {
    /// Document id (the file stem).
    pub id: String,
    /// The article text.
    pub text: String,
    /// The facts it states, one per (subject, relation, object, modality).
    pub gold: BTreeSet<GoldLine>,
}

/// A person with a role the lexicon knows: name, title, and the holder of the title.
#[derive(Clone, Debug)]
struct Official {
    name: String,
    title: String,
    of: u32,
    of_is_state: bool,
}

/// Writes articles from the lexicon, one at a time.
pub struct Generator<'a> {
    lex: &'a Lexicon,
    rng: Rng,
    /// States with at least one neighbouring state (lexicon indices).
    states: Vec<u32>,
    /// Their neighbouring states.
    neighbours: BTreeMap<u32, Vec<u32>>,
    /// Crossings by the state they lie in.
    crossings: BTreeMap<u32, Vec<u32>>,
    officials: Vec<Official>,
    media: Vec<String>,
    next: usize,
}

const CLAIMS: &[&str] = &[
    "sending migrants to the border",
    "orchestrating the flow of asylum seekers",
    "using migrants as a weapon",
    "a hybrid attack on its border",
    "helping migrants reach the frontier",
    "pushing migrants across the border",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const QUOTES: &[&str] = &[
    "The situation at the border is serious",
    "We are following events closely",
    "Our priority is the safety of our citizens",
    "This is a matter for the whole of Europe",
];

const FILLER: &[&str] = &[
    "Around {n}00 migrants arrived at the frontier in {month}, compared with a few dozen in previous months.",
    "Relations between {a} and {b} have deteriorated sharply over the past two years.",
    "Most of the arrivals came from third countries, and many had travelled for weeks.",
    "Local residents described long queues of cars and lorries on the approach roads.",
    "The number of asylum applications rose for the third month in a row.",
    "Officials in the region said more guards had been sent to the area.",
    "The border region is sparsely populated and covered by forest.",
    "Aid workers said families with small children were among those waiting in the cold.",
    "Temperatures in the area dropped well below freezing during the night.",
    "The interior ministry published new figures on the number of arrivals every morning.",
    "Lorry drivers said they had been waiting for more than a day to get through.",
    "Analysts said the dispute was part of a wider pattern of pressure on the region.",
    "A spokesperson for the border guard service said the situation was calm but tense.",
    "Parliament is due to debate the government's plans later this month.",
    "Hotels and shops in the small border towns depend heavily on cross-border trade.",
    "The European Commission said it was monitoring the situation and was in contact with the authorities.",
    "Human rights groups called for asylum seekers to be given access to fair procedures.",
    "Police reinforcements were sent from the capital to support the local units.",
    "Some of the migrants were taken to reception centres further inland.",
    "The government said it would review the measures every two weeks.",
    "The number of people crossing on foot has risen from a handful to several hundred a week.",
    "Business groups warned that a long disruption would hurt exporters on both sides.",
    "Both countries summoned each other's ambassadors earlier in the year.",
];

const TEASERS: &[&str] = &[
    "{a} accuses {b} of staging provocations",
    "{b} closes its airspace to foreign aircraft",
    "{a} reopens a railway line after repairs",
];

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name the generator can print and the extractor reads as one entity: letters,
/// spaces and hyphens only.
fn plain(label: &str) -> bool {
    label
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
}

impl<'a> Generator<'a> {
    /// A generator over `lex`'s entities, seeded with `seed`.
    pub fn new(lex: &'a Lexicon, seed: u64) -> Self {
        let ents = lex.entities();
        let is_state = |i: u32| ents[i as usize].entity.etype == EntityType::State;
        let mut neighbours = BTreeMap::new();
        let mut crossings: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        let mut officials = Vec::new();
        let mut media = Vec::new();
        for (i, e) in ents.iter().enumerate() {
            let i = i as u32;
            match e.entity.etype {
                EntityType::State if plain(&e.entity.label) => {
                    let n: Vec<u32> = e
                        .borders
                        .iter()
                        .copied()
                        .filter(|&b| is_state(b) && plain(&ents[b as usize].entity.label))
                        .collect();
                    if !n.is_empty() {
                        neighbours.insert(i, n);
                    }
                }
                EntityType::Crossing => {
                    if let Some(s) = e.located_in.filter(|&s| is_state(s)) {
                        if plain(&e.entity.label) {
                            crossings.entry(s).or_default().push(i);
                        }
                    }
                }
                EntityType::Person => {
                    if let Some((title, of)) = e.roles.first() {
                        officials.push(Official {
                            name: e.entity.label.clone(),
                            title: title.clone(),
                            of: *of,
                            of_is_state: is_state(*of),
                        });
                    }
                }
                EntityType::Organisation if e.media => media.push(e.entity.label.clone()),
                _ => {}
            }
        }
        Generator {
            lex,
            rng: Rng::new(seed),
            states: neighbours.keys().copied().collect(),
            neighbours,
            crossings,
            officials,
            media,
            next: 1,
        }
    }

    fn label(&self, i: u32) -> &'a str {
        &self.lex.entity(i).entity.label
    }

    /// The collective entity for the crossings between two states.
    fn collective(&self, a: u32, b: u32) -> String {
        crate::model::crossings_label(self.label(a), self.label(b))
    }

    fn date(&mut self) -> String {
        let m = *self.rng.pick(MONTHS);
        format!("{m} {}", 1 + self.rng.below(28))
    }

    /// The next article (ids `gen_000001`, `gen_000002`, …).
    pub fn article(&mut self) -> Article {
        let id = format!("gen_{:06}", self.next);
        self.next += 1;
        let mut gold = BTreeSet::new();
        let mut fact = |s: &str, r: Relation, o: &str, m: Modality| {
            gold.insert(GoldLine {
                subject: s.to_string(),
                relation: r,
                object: o.to_string(),
                modality: m,
            });
        };
        let mut lines: Vec<String> = Vec::new();

        let a = *self.rng.pick(&self.states);
        let b = *self.rng.pick(&self.neighbours[&a]);
        let (la, lb) = (self.label(a), self.label(b));
        let claim = *self.rng.pick(CLAIMS);
        let media = if self.media.is_empty() {
            None
        } else {
            Some(self.rng.pick(&self.media).clone())
        };
        let crossing = self
            .crossings
            .get(&a)
            .map(|cs| *self.rng.pick(cs))
            .map(|c| self.label(c));

        // Headline.
        lines.push(match self.rng.below(3) {
            0 => {
                fact(la, Relation::ACCUSES, lb, Modality::Asserted);
                format!("{la} accuses {lb} of {claim}")
            }
            1 => {
                let c = self.collective(a, b);
                fact(la, Relation::CLOSES, &c, Modality::Asserted);
                fact(la, Relation::BORDERS, lb, Modality::Asserted);
                format!("{la} closes border crossings with {lb}")
            }
            _ => {
                let c = self.collective(a, b);
                fact(la, Relation::CLOSES, &c, Modality::Possible);
                fact(la, Relation::BORDERS, lb, Modality::Asserted);
                format!("{la} may close border crossings with {lb}")
            }
        });

        // Lead: an accusation, in one of several forms.
        let date = self.date();
        let lead = match self.rng.below(4) {
            0 => format!("{la} accused {lb} of {claim} on {date}."),
            1 => format!("{la} has accused {lb} of {claim}."),
            2 => format!("On {date}, {la} blamed {lb} for {claim}."),
            _ => match &media {
                Some(m) => format!("{la} accused {lb} of {claim}, {m} reported."),
                None => format!("{la} accused {lb} of {claim}."),
            },
        };
        fact(la, Relation::ACCUSES, lb, Modality::Asserted);
        lines.push(lead);

        // An official, with a title, accuses the neighbour too.
        if !self.officials.is_empty() && self.rng.chance(70) {
            let o = self.rng.pick(&self.officials).clone();
            let holder = self.label(o.of);
            let title = title_case(&o.title);
            let target = if o.of != b { b } else { a };
            let lt = self.label(target);
            if target != o.of {
                let c = *self.rng.pick(CLAIMS);
                let phrase = if o.of_is_state {
                    format!("{holder}'s {title} {}", o.name)
                } else {
                    format!("{holder} {} {}", o.title, o.name)
                };
                let s = match self.rng.below(2) {
                    0 => format!("{phrase} accused {lt} of {c}."),
                    _ => format!("{phrase} has accused {lt} of {c}."),
                };
                lines.push(s);
                fact(&o.name, Relation::ACCUSES, lt, Modality::Asserted);
                fact(&o.name, Relation::HOLDS_ROLE, holder, Modality::Asserted);
                let q = *self.rng.pick(QUOTES);
                lines.push(format!("\"{q},\" {} told reporters.", o.name));
            }
        }

        self.background(&mut lines, la, lb, 4);

        // The neighbour denies.
        lines.push(match self.rng.below(4) {
            0 => format!("{lb} denied the accusations."),
            1 => format!("{lb} has rejected the claims."),
            2 => format!("{lb} dismissed the accusation as \"absurd\"."),
            _ => format!("{lb} denies any involvement."),
        });
        fact(lb, Relation::DENIES, "*", Modality::Asserted);

        if self.rng.chance(50) {
            lines.push("Subscribe".into());
            lines.push("* indicates required".into());
        }

        // Closures: of a named crossing when the state has one, else collective.
        let coll = self.collective(a, b);
        let date = self.date();
        match (crossing, self.rng.below(4)) {
            (Some(c), 0) => {
                lines.push(format!("{la} closed the {c} border crossing on {date}."));
                fact(la, Relation::CLOSES, c, Modality::Asserted);
            }
            (Some(c), 1) => {
                lines.push(format!("{la} will close the {c} crossing on {date}."));
                fact(la, Relation::CLOSES, c, Modality::Asserted);
            }
            (Some(c), 2) => {
                lines.push(format!("{la} could also close the {c} crossing."));
                fact(la, Relation::CLOSES, c, Modality::Possible);
            }
            (_, 0 | 1) => {
                lines.push(format!(
                    "{la} shut its border crossings with {lb} on {date}."
                ));
                fact(la, Relation::CLOSES, &coll, Modality::Asserted);
                fact(la, Relation::BORDERS, lb, Modality::Asserted);
            }
            (_, 2) => {
                lines.push(format!(
                    "{la} is prepared to close its crossings with {lb} if necessary."
                ));
                fact(la, Relation::CLOSES, &coll, Modality::Possible);
                fact(la, Relation::BORDERS, lb, Modality::Asserted);
            }
            _ => {
                lines.push(format!("{la} has not closed its border with {lb}."));
                fact(la, Relation::CLOSES, &coll, Modality::Negated);
                fact(la, Relation::BORDERS, lb, Modality::Asserted);
                if self.rng.chance(50) {
                    lines.push(
                        "But the government said it may close the border if necessary.".into(),
                    );
                    fact(la, Relation::CLOSES, &coll, Modality::Possible);
                }
            }
        }
        if let Some(c) = crossing {
            if self.rng.chance(50) {
                lines.push(format!("Migrants gathered at the {c} crossing in {la}."));
                fact(c, Relation::LOCATED_IN, la, Modality::Asserted);
            }
        }

        self.background(&mut lines, la, lb, 5);

        // Sometimes a reopening.
        if self.rng.chance(30) {
            let date = self.date();
            match crossing {
                Some(c) if self.rng.chance(50) => {
                    lines.push(format!("{la} reopened the {c} crossing on {date}."));
                    fact(la, Relation::REOPENS, c, Modality::Asserted);
                }
                _ => {
                    lines.push(format!(
                        "{la} will reopen its border crossings with {lb} on {date}."
                    ));
                    fact(la, Relation::REOPENS, &coll, Modality::Asserted);
                    fact(la, Relation::BORDERS, lb, Modality::Asserted);
                }
            }
        }

        self.background(&mut lines, la, lb, 4);

        // Page furniture: a news feed with teasers, which must yield nothing.
        lines.push("News Feed".into());
        for _ in 0..3 {
            let x = *self.rng.pick(&self.states);
            let y = *self.rng.pick(&self.neighbours[&x]);
            let t = self.rng.pick(TEASERS);
            lines.push(
                t.replace("{a}", self.label(x))
                    .replace("{b}", self.label(y)),
            );
        }

        let mut text = lines.join("\n");
        text.push('\n');
        Article { id, text, gold }
    }

    /// A paragraph of 2 to `n + 1` background sentences that state no fact.
    fn background(&mut self, lines: &mut Vec<String>, a: &str, b: &str, n: usize) {
        let k = 2 + self.rng.below(n);
        let para: Vec<String> = (0..k).map(|_| self.filler(a, b)).collect();
        lines.push(para.join(" "));
    }

    fn filler(&mut self, a: &str, b: &str) -> String {
        let f = *self.rng.pick(FILLER);
        let month = *self.rng.pick(MONTHS);
        let n = 2 + self.rng.below(8);
        f.replace("{a}", a)
            .replace("{b}", b)
            .replace("{month}", month)
            .replace("{n}", &n.to_string())
    }
}

/// What [`write_corpus`] wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Articles written.
    pub articles: usize,
    /// Gold facts written.
    pub facts: usize,
    /// Bytes of article text written.
    pub bytes: u64,
}

/// Writes `articles` generated articles to `dir/gen_000001.txt`, … and the facts they
/// plant to `dir/gold.tsv`, one article at a time (memory does not grow with `articles`).
pub fn write_corpus(lex: &Lexicon, dir: &Path, articles: usize, seed: u64) -> io::Result<Written> {
    std::fs::create_dir_all(dir)?;
    let mut gen = Generator::new(lex, seed);
    if gen.states.is_empty() {
        return Err(io::Error::other(
            "the lexicon has no state with a neighbouring state to write about",
        ));
    }
    let mut gold = BufWriter::new(File::create(dir.join("gold.tsv"))?);
    writeln!(gold, "doc\tsubject\trelation\tobject\tmodality\ttag")?;
    writeln!(
        gold,
        "# Facts planted by `newsgraph gen --articles {articles} --seed {seed}`."
    )?;
    let mut out = Written::default();
    for _ in 0..articles {
        let a = gen.article();
        std::fs::write(dir.join(format!("{}.txt", a.id)), &a.text)?;
        writeln!(gold, "# {}", a.id)?;
        for g in &a.gold {
            writeln!(
                gold,
                "{}\t{}\t{}\t{}\t{}\tcore",
                a.id,
                g.subject,
                g.relation.as_str(),
                g.object,
                g.modality.as_str()
            )?;
        }
        out.articles += 1;
        out.facts += a.gold.len();
        out.bytes += a.text.len() as u64;
    }
    gold.flush()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(seed: u64) -> Vec<u8> {
        let lex = Lexicon::embedded().unwrap();
        let dir = tempfile::tempdir().unwrap();
        write_corpus(&lex, dir.path(), 20, seed).unwrap();
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        names.sort();
        let mut all = Vec::new();
        for n in names {
            all.extend(n.file_name().unwrap().to_string_lossy().bytes());
            all.extend(std::fs::read(n).unwrap());
        }
        all
    }

    #[test]
    fn same_seed_same_bytes_other_seed_other_bytes() {
        let a = corpus(7);
        assert_eq!(a, corpus(7));
        assert_ne!(a, corpus(8));
        assert!(a.len() > 20 * 500, "articles should be of realistic length");
    }

    #[test]
    fn splitmix64_is_fixed() {
        // Reference values of splitmix64 seeded with 0.
        let mut r = Rng::new(0);
        assert_eq!(r.next_u64(), 0xe220_a839_7b1d_cdaf);
        assert_eq!(r.next_u64(), 0x6e78_9e6a_a1b9_65f4);
    }
}
