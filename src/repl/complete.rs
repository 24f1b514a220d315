//! Tab completion in the REPL: meta-commands and their arguments from the command
//! table, and in queries what fits where the cursor is: type nouns after `?x is`,
//! entity names where a name goes, relation verbs where a verb goes.

use super::commands::{self, ArgKind};
use super::Mode;
use crate::graph::KnowledgeGraph;
use rustyline::completion::{Completer, FilenameCompleter, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

/// Entity types, offered after `?x is` and by `:entities`.
const TYPE_NOUNS: &[&str] = &["State", "Person", "Crossing", "Organisation", "Place"];

/// Type nouns as they follow `which`.
const TYPE_PLURALS: &[&str] = &["states", "people", "crossings", "organisations", "places"];

/// Words that may stand between a subject and its verb.
const VERB_LEADS: &[&str] = &["may", "might", "could", "not", "never", "did", "does"];

/// What kind of word goes where the cursor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// An entity type (`?c is ⇥`).
    Type,
    /// A plural type noun (`which ⇥`).
    Plural,
    /// An entity name (`connected to ⇥`, `who is ⇥`, the object of a verb).
    Name,
    /// A relation verb (`?x ⇥`, `who ⇥`).
    Verb,
    /// One of a few words (`connected ⇥` → `to`, `with`).
    Fixed(&'static [&'static str]),
    /// Anything: keywords, relations and names.
    Any,
}

/// The slot after the text `head` (the query up to the word being completed), judged
/// from its last words.
fn slot(head: &str) -> Slot {
    let words: Vec<String> = head.split_whitespace().map(str::to_lowercase).collect();
    let last = |n: usize| words.len().checked_sub(n).map_or("", |i| words[i].as_str());
    let (prev, prev2) = (last(1), last(2));
    let question = |w: &str| matches!(w, "who" | "what" | "where" | "how");
    match prev {
        "is" | "are" | "was" if prev2.starts_with('?') => Slot::Type,
        "not" if last(2) == "is" && last(3).starts_with('?') => Slot::Type,
        "is" | "are" | "was" if question(prev2) => Slot::Name,
        "which" => Slot::Plural,
        "connected" => Slot::Fixed(&["to", "with"]),
        "to" | "with" if prev2 == "connected" => Slot::Name,
        "who" if words.len() == 1 => Slot::Verb,
        "may" | "might" | "could" | "not" | "never" => Slot::Verb,
        // A variable that starts a clause is a subject: its verb comes next.
        p if p.starts_with('?')
            && (matches!(prev2, "" | "count" | "distinct")
                || (prev2 == "and" && !words.iter().any(|w| w == "where"))) =>
        {
            Slot::Verb
        }
        p if relation_words().contains(&p) => Slot::Name,
        _ => Slot::Any,
    }
}

/// Relation names and every verb form of the lexicon built into the binary (the
/// vocabulary the query language reads), so a relation added to the lexicon completes
/// with no change here.
fn relation_words() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| crate::query::vocab::Vocab::builtin().relation_words())
}

const SPARQL_KEYWORDS: &[&str] = &[
    "SELECT",
    "DISTINCT",
    "WHERE",
    "FILTER",
    "OPTIONAL",
    "GRAPH",
    "PREFIX",
    "ASK",
    "CONSTRUCT",
    "DESCRIBE",
    "LIMIT",
    "OFFSET",
    "ORDER BY",
    "GROUP BY",
    "HAVING",
    "COUNT",
    "UNION",
    "MINUS",
    "BIND",
    "VALUES",
    "CONTAINS",
    "STRSTARTS",
    "LCASE",
    "STR",
    "LANG",
    "REGEX",
    "EXISTS",
    "NOT EXISTS",
    "ASC",
    "DESC",
    "AS",
];

const SPARQL_TERMS: &[&str] = &[
    "rdf:type",
    "rdf:subject",
    "rdf:predicate",
    "rdf:object",
    "rdfs:label",
    "skos:altLabel",
    "owl:sameAs",
    "ng:claim",
    "ng:modality",
    "ng:asserted",
    "ng:possible",
    "ng:negated",
    "ng:date",
    "ng:evidence",
    "ng:text",
    "ng:start",
    "ng:end",
    "ng:section",
    "ng:headline",
    "ng:caption",
    "ng:file",
    "ng:sha256",
    "ng:extractor",
    "ng:Crossing",
    "schema:Country",
    "schema:Person",
    "schema:Organization",
    "schema:Place",
    "schema:NewsArticle",
    "schema:headline",
    "schema:publisher",
    "schema:datePublished",
    "prov:wasAttributedTo",
];

/// A name offered for completion, with its folded form for matching.
struct Name {
    text: String,
    folded: String,
    /// Byte offsets in `folded` where a word starts.
    starts: Vec<usize>,
    quoted: bool,
}

impl Name {
    fn new(text: &str) -> Self {
        let folded = crate::text::fold(text);
        let mut starts = vec![0];
        for (i, c) in folded.char_indices() {
            if c == ' ' || c == '-' {
                starts.push(i + c.len_utf8());
            }
        }
        Name {
            text: text.to_string(),
            quoted: needs_quotes(text),
            folded,
            starts,
        }
    }

    /// 0 when the name starts with `q`, 1 when a later word does, `None` otherwise.
    fn rank(&self, q: &str) -> Option<u8> {
        let pos = self
            .starts
            .iter()
            .position(|&s| self.folded.get(s..).is_some_and(|t| t.starts_with(q)))?;
        Some(u8::from(pos > 0))
    }
}

/// Whether a name must be quoted to be read as one name: it holds a word that ends a
/// bare name, or a character a bare name cannot have.
fn needs_quotes(name: &str) -> bool {
    !crate::query::syntax::is_bare_name(name)
        || name
            .split_whitespace()
            .any(|w| relation_words().contains(&w.to_lowercase().as_str()))
}

/// What to complete at the cursor.
enum Completion {
    /// Replace from the byte offset with one of the candidates.
    Words(usize, Vec<Pair>),
    /// A file name (`:load`, `:dot`).
    Files,
}

/// Completion candidates at the end of `line`, as the REPL offers them on Tab (query
/// language, or SPARQL when `sparql`): where the replaced word starts, and (shown,
/// inserted) pairs. Meta-commands and file names are left out. For `serve`'s
/// `/api/complete`.
pub fn complete(
    graph: &KnowledgeGraph,
    line: &str,
    sparql: bool,
) -> (usize, Vec<(String, String)>) {
    if line.trim_start().starts_with(':') {
        return (line.len(), Vec::new());
    }
    let mut h = ReplHelper::new(Some(graph));
    if sparql {
        h.mode = Mode::Sparql;
    }
    match h.candidates(line, line.len()) {
        Completion::Words(start, c) => (
            start,
            c.into_iter().map(|p| (p.display, p.replacement)).collect(),
        ),
        Completion::Files => (line.len(), Vec::new()),
    }
}

/// The rustyline helper: completion of the REPL's words.
pub(super) struct ReplHelper {
    pub(super) mode: Mode,
    names: Vec<Name>,
    ids: Vec<String>,
    /// The relation names of the store (relations are data, so not all are verbs the
    /// grammar knows by heart).
    relations: Vec<String>,
    files: FilenameCompleter,
}

impl ReplHelper {
    pub(super) fn new(graph: Option<&KnowledgeGraph>) -> Self {
        let mut h = ReplHelper {
            mode: Mode::Ask,
            names: Vec::new(),
            ids: Vec::new(),
            relations: Vec::new(),
            files: FilenameCompleter::new(),
        };
        h.set_names(graph);
        h
    }

    /// Takes the entity labels and aliases of a graph.
    pub(super) fn set_names(&mut self, graph: Option<&KnowledgeGraph>) {
        let mut texts: Vec<&str> = Vec::new();
        let mut ids = Vec::new();
        for e in graph.into_iter().flat_map(KnowledgeGraph::entities) {
            texts.push(&e.label);
            texts.extend(e.aliases.iter().map(String::as_str));
            ids.push(format!("ent:{}", e.id));
        }
        texts.sort_unstable();
        texts.dedup();
        ids.sort_unstable();
        self.names = texts.into_iter().map(Name::new).collect();
        self.ids = ids;
        self.relations = graph
            .into_iter()
            .flat_map(|g| g.relations().iter().map(|r| r.as_str().to_string()))
            .collect();
    }

    /// Candidates for the text before the cursor.
    fn candidates(&self, line: &str, pos: usize) -> Completion {
        let before = line.get(..pos).unwrap_or(line);
        let lead = before.trim_start();
        let offset = before.len() - lead.len();
        if let Some(rest) = lead.strip_prefix(':') {
            let Some(space) = rest.find(char::is_whitespace) else {
                let typed = rest.to_ascii_lowercase();
                let c = commands::COMMANDS
                    .iter()
                    .filter(|m| m.name.starts_with(&typed))
                    .map(|m| {
                        let name = format!(":{}", m.name);
                        pair(&name, &name)
                    })
                    .collect();
                return Completion::Words(offset, c);
            };
            let arg_start = offset + 1 + space;
            let Some(cmd) = commands::lookup(&rest[..space]) else {
                return Completion::Words(pos, Vec::new());
            };
            return match cmd.arg {
                ArgKind::Format => fixed_words(before, arg_start, &super::format_names()),
                ArgKind::OnOff => fixed_words(before, arg_start, &["on", "off"]),
                ArgKind::Number => fixed_words(before, arg_start, &["auto", "80", "120"]),
                ArgKind::Type => fixed_words(before, arg_start, TYPE_NOUNS),
                ArgKind::Command => {
                    let names: Vec<&str> = commands::COMMANDS.iter().map(|c| c.name).collect();
                    fixed_words(before, arg_start, &names)
                }
                ArgKind::File => Completion::Files,
                ArgKind::Sparql => self.sparql_words(before, arg_start),
                ArgKind::Entity => self.query_words(before, arg_start, true),
                ArgKind::Query => self.query_words(before, arg_start, false),
                ArgKind::None => Completion::Words(pos, Vec::new()),
            };
        }
        match self.mode {
            Mode::Ask => self.query_words(before, 0, false),
            Mode::Sparql => self.sparql_words(before, 0),
        }
    }

    /// Names starting with the folded query `q`; when there are none, names with a
    /// later word starting with it (`Gahr` → `Jonas Gahr Støre`).
    fn matching_names(&self, q: &str) -> Vec<&Name> {
        let mut found: Vec<(u8, &Name)> = self
            .names
            .iter()
            .filter_map(|n| n.rank(q).map(|r| (r, n)))
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.text.cmp(&b.1.text)));
        let best = found.first().map_or(0, |f| f.0);
        found
            .into_iter()
            .take_while(|f| f.0 == best)
            .map(|(_, n)| n)
            .collect()
    }

    /// Completion in the query language, from `floor` on. `bare` says names need no
    /// quotes (after `who is`, where the rest of the line is the name).
    fn query_words(&self, before: &str, floor: usize, bare: bool) -> Completion {
        let region = &before[floor..];
        // Inside an open quote: complete the name and close the quote.
        if !region.matches('"').count().is_multiple_of(2) {
            let start = floor + region.rfind('"').map_or(0, |i| i + 1);
            let q = crate::text::fold(&before[start..]);
            let c = self
                .matching_names(&q)
                .into_iter()
                .map(|n| pair(&n.text, &format!("{}\"", n.text)))
                .collect();
            return Completion::Words(start, dedup(c));
        }
        // After `who is`, the rest of the line is the name: no quotes needed there.
        let offer = |n: &Name, start: usize| {
            let head = before[floor..start].trim_end().to_lowercase();
            let bare = bare
                || ["who is", "who was", "what is", "what was", "where is"]
                    .iter()
                    .any(|p| head.ends_with(p));
            if n.quoted && !bare {
                pair(&n.text, &format!("\"{}\"", n.text))
            } else {
                pair(&n.text, &n.text)
            }
        };
        let start = word_start(before, floor);
        let word = &before[start..];
        if word.starts_with('?') {
            return Completion::Words(start, Vec::new());
        }
        let lower = word.to_lowercase();
        let words = |list: &[&str]| -> Vec<Pair> {
            list.iter()
                .filter(|k| k.to_lowercase().starts_with(&lower))
                .map(|k| pair(k, k))
                .collect()
        };
        let slot = if bare {
            Slot::Name
        } else {
            slot(&before[floor..start])
        };
        match slot {
            Slot::Type => return Completion::Words(start, words(TYPE_NOUNS)),
            Slot::Plural => return Completion::Words(start, words(TYPE_PLURALS)),
            Slot::Fixed(list) => return Completion::Words(start, words(list)),
            Slot::Verb => {
                let mut c = words(VERB_LEADS);
                c.extend(words(relation_words()));
                c.extend(
                    self.relations
                        .iter()
                        .filter(|r| r.starts_with(&lower))
                        .map(|r| pair(r, r)),
                );
                return Completion::Words(start, dedup(c));
            }
            Slot::Name | Slot::Any => {}
        }
        // A name of several words: the longest span of words before the cursor that
        // some name contains.
        let mut starts = Vec::new();
        let mut s = start;
        while starts.len() < 5 {
            // The previous word must be separated by white space alone.
            let prev = before[..s].trim_end();
            if prev.len() == s || prev.len() <= floor {
                break;
            }
            s = word_start(prev, floor);
            if before[s..].starts_with('?') {
                break;
            }
            starts.push(s);
        }
        for &start in starts.iter().rev() {
            let q = crate::text::fold(&before[start..]);
            let names = self.matching_names(&q);
            if !names.is_empty() {
                let c = names.into_iter().map(|n| offer(n, start)).collect();
                return Completion::Words(start, dedup(c));
            }
        }
        // One word: names where a name goes; elsewhere keywords, relations and names.
        let mut c: Vec<Pair> = if slot == Slot::Name {
            Vec::new()
        } else {
            let mut c = words(crate::query::vocab::KEYWORDS);
            c.extend(words(relation_words()));
            c
        };
        c.extend(
            self.matching_names(&crate::text::fold(word))
                .into_iter()
                .map(|n| offer(n, start)),
        );
        Completion::Words(start, dedup(c))
    }
    /// Completion of SPARQL keywords, the project's terms and entity IRIs.
    fn sparql_words(&self, before: &str, floor: usize) -> Completion {
        let start = word_start(before, floor);
        let word = &before[start..];
        if word.starts_with('?') {
            return Completion::Words(start, Vec::new());
        }
        let upper = word.to_uppercase();
        let mut c: Vec<Pair> = SPARQL_KEYWORDS
            .iter()
            .filter(|k| k.starts_with(&upper))
            .map(|k| pair(k, k))
            .collect();
        let lower = word.to_lowercase();
        let relations = crate::model::Relation::BUILT_IN.map(|r| format!("ng:{}", r.as_str()));
        c.extend(
            SPARQL_TERMS
                .iter()
                .copied()
                .chain(relations.iter().map(String::as_str))
                .chain(self.ids.iter().map(String::as_str))
                .filter(|t| t.to_lowercase().starts_with(&lower))
                .map(|t| pair(t, t)),
        );
        Completion::Words(start, dedup(c))
    }
}

fn pair(display: &str, replacement: &str) -> Pair {
    Pair {
        display: display.to_string(),
        replacement: replacement.to_string(),
    }
}

/// Drops repeated replacements, keeping the first.
fn dedup(c: Vec<Pair>) -> Vec<Pair> {
    let mut seen = std::collections::HashSet::new();
    c.into_iter()
        .filter(|p| seen.insert(p.replacement.clone()))
        .collect()
}

/// Completion of one word among fixed choices.
fn fixed_words<S: AsRef<str>>(before: &str, floor: usize, words: &[S]) -> Completion {
    let start = word_start(before, floor);
    let typed = before[start..].to_lowercase();
    let c = words
        .iter()
        .map(AsRef::as_ref)
        .filter(|w| w.to_lowercase().starts_with(&typed))
        .map(|w| pair(w, w))
        .collect();
    Completion::Words(start, c)
}

/// Where the word ending at the end of `before` starts, not before `floor`.
fn word_start(before: &str, floor: usize) -> usize {
    let region = before.get(floor..).unwrap_or_default();
    region
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || "\"(){}[],;=<>!".contains(c))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        match self.candidates(line, pos) {
            Completion::Words(start, c) => Ok((start, c)),
            Completion::Files => self.files.complete(line, pos, ctx),
        }
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}

#[cfg(test)]
mod tests {
    use super::*;

    fn helper(names: &[&str]) -> ReplHelper {
        let mut h = ReplHelper::new(None);
        h.names = names.iter().map(|n| Name::new(n)).collect();
        h.ids = vec!["ent:finland".into()];
        h
    }

    fn complete(h: &ReplHelper, line: &str) -> (usize, Vec<String>) {
        match h.candidates(line, line.len()) {
            Completion::Words(start, c) => (start, c.into_iter().map(|p| p.replacement).collect()),
            Completion::Files => (usize::MAX, Vec::new()),
        }
    }

    const NAMES: &[&str] = &[
        "Maria Zakharova",
        "Zakharova",
        "Jonas Gahr Støre",
        "Finland",
        "Finnish Border Guard",
        "Storskog",
    ];

    #[test]
    fn completes_names_from_the_word_under_the_cursor() {
        let h = helper(NAMES);
        assert_eq!(complete(&h, "who is Zakh"), (7, vec!["Zakharova".into()]));
        assert_eq!(
            complete(&h, "who is Jon"),
            (7, vec!["Jonas Gahr Støre".into()])
        );
        // Case and diacritics do not matter.
        assert_eq!(complete(&h, "who is STØ").1, vec!["Storskog"]);
        // With no name starting so, a later word of a name matches.
        assert_eq!(complete(&h, "who is gahr").1, vec!["Jonas Gahr Støre"]);
        assert_eq!(
            complete(&h, "who is zakharova"),
            (7, vec!["Zakharova".into()])
        );
    }

    #[test]
    fn completes_a_name_of_several_words() {
        let h = helper(NAMES);
        assert_eq!(
            complete(&h, "how is Jonas Gahr S"),
            (7, vec!["Jonas Gahr Støre".into()])
        );
    }

    #[test]
    fn quotes_names_that_hold_keywords_except_after_who_is() {
        let h = helper(NAMES);
        assert_eq!(
            complete(&h, "?x accuses Finnish Bo").1,
            vec!["\"Finnish Border Guard\""]
        );
        assert_eq!(
            complete(&h, "who is Finnish Bo").1,
            vec!["Finnish Border Guard"]
        );
        assert_eq!(
            complete(&h, "?x accuses \"Finnish B").1,
            vec!["Finnish Border Guard\""]
        );
    }

    #[test]
    fn completes_keywords_relations_and_meta_commands() {
        let h = helper(NAMES);
        // Every verb form of the lexicon: "accede" is member_of's.
        assert_eq!(
            complete(&h, "who acc").1,
            vec![
                "accede", "acceded", "accedes", "acceding", "accuse", "accused", "accuses",
                "accusing"
            ]
        );
        assert_eq!(complete(&h, "?x closes ?c ord").1, vec!["order by"]);
        assert_eq!(complete(&h, ":fo"), (0, vec![":format".into()]));
        assert_eq!(complete(&h, ":format js"), (8, vec!["json".into()]));
        assert_eq!(complete(&h, ":timing o").1, vec!["on", "off"]);
        assert!(complete(&h, "?x").1.is_empty());
    }

    #[test]
    fn completes_sparql() {
        let mut h = helper(NAMES);
        h.mode = Mode::Sparql;
        assert_eq!(complete(&h, "SELECT * WH").1, vec!["WHERE"]);
        assert_eq!(
            complete(&h, "?f rdf:predicate ng:acc").1,
            vec!["ng:accuses"]
        );
        assert_eq!(complete(&h, "?x ?p ent:fin").1, vec!["ent:finland"]);
        h.mode = Mode::Ask;
        assert_eq!(complete(&h, ":sparql SELECT ?x WH").1, vec!["WHERE"]);
    }

    #[test]
    fn completes_by_context() {
        let h = helper(NAMES);
        // After `?c is`, entity types only.
        assert_eq!(
            complete(&h, "?x closes ?c where ?c is ").1,
            TYPE_NOUNS.to_vec()
        );
        assert_eq!(
            complete(&h, "?x closes ?c where ?c is cr").1,
            vec!["Crossing"]
        );
        // `connected to` is two keywords, then a name.
        assert_eq!(complete(&h, "how is Laanemets connected to").1, vec!["to"]);
        assert_eq!(
            complete(&h, "how is Laanemets connected to Fin").1,
            vec!["Finland", "\"Finnish Border Guard\""]
        );
        // A verb after a subject variable, no names.
        let verbs = complete(&h, "?x ").1;
        assert!(verbs.contains(&"accuses".to_string()), "{verbs:?}");
        assert!(!verbs.contains(&"Finland".to_string()), "{verbs:?}");
        // A name after a verb, no keywords.
        assert_eq!(
            complete(&h, "who accused Fi").1,
            vec!["Finland", "\"Finnish Border Guard\""]
        );
        assert_eq!(complete(&h, "which st").1, vec!["states"]);
        assert_eq!(complete(&h, ":entities cr").1, vec!["Crossing"]);
        assert_eq!(complete(&h, ":help tim").1, vec!["timing"]);
    }

    #[test]
    fn names_needing_quotes() {
        assert!(!needs_quotes("Jonas Gahr Støre"));
        assert!(!needs_quotes("Raja-Jooseppi"));
        assert!(needs_quotes("Finnish Border Guard"));
        assert!(needs_quotes("Ministry of the Interior"));
        assert!(needs_quotes("AT&T"));
    }
}
