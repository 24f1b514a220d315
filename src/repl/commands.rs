//! The REPL's meta-commands as one table: [`COMMANDS`] feeds `:help`, `:help CMD`,
//! completion of command names and their arguments, and did-you-mean suggestions.

/// What a meta-command's argument is, for completion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No argument.
    None,
    /// `on` or `off`.
    OnOff,
    /// A file name.
    File,
    /// One of the output formats.
    Format,
    /// A query in the query language.
    Query,
    /// A SPARQL query.
    Sparql,
    /// An entity name (the rest of the line).
    Entity,
    /// An entity type.
    Type,
    /// A command name (`:help CMD`).
    Command,
    /// A number.
    Number,
}

/// One meta-command: its name (without `:`), other names, argument synopsis, a
/// one-line summary and a longer explanation for `:help CMD`.
#[derive(Debug)]
pub struct Command {
    /// The name, without the colon.
    pub name: &'static str,
    /// Other names that run it (`q` for `quit`).
    pub aliases: &'static [&'static str],
    /// The argument synopsis shown in help (`on|off`, `FILE`), empty for none.
    pub args: &'static str,
    /// What the argument is, for completion.
    pub arg: ArgKind,
    /// One line for `:help`.
    pub summary: &'static str,
    /// More for `:help CMD`: details and an example.
    pub details: &'static str,
}

/// Every meta-command, in the order `:help` lists them.
pub const COMMANDS: &[Command] = &[
    Command {
        name: "help",
        aliases: &["h", "?"],
        args: "[COMMAND]",
        arg: ArgKind::Command,
        summary: "this text, or more about one command",
        details: "`:help` lists the commands; `:help timing` tells more about one.",
    },
    Command {
        name: "sparql",
        aliases: &[],
        args: "[QUERY]",
        arg: ArgKind::Sparql,
        summary: "SPARQL mode, or run one SPARQL query",
        details: "Without a query, lines are SPARQL until `:ask`. The prefixes ng:, ent:, rdf:,\n\
                  rdfs:, schema:, prov:, skos: … are declared. A syntax error is shown with\n\
                  its line, column and a caret.\n\
                  Example: :sparql SELECT ?who ?claim WHERE { ?f rdf:subject ?who ; rdf:predicate ng:accuses ; ng:claim ?claim } LIMIT 3",
    },
    Command {
        name: "ask",
        aliases: &[],
        args: "[QUERY]",
        arg: ArgKind::Query,
        summary: "back to questions, or ask one from SPARQL mode",
        details: "Example: :ask who denied what?",
    },
    Command {
        name: "format",
        aliases: &[],
        args: "[FORMAT]",
        arg: ArgKind::Format,
        summary: "table, json, csv, tsv, markdown, dot (SPARQL also xml, turtle, ntriples)",
        details: "Without an argument, prints the current format.",
    },
    Command {
        name: "sources",
        aliases: &[],
        args: "[on|off]",
        arg: ArgKind::OnOff,
        summary: "show the sentence behind every row",
        details: "Without an argument, prints the current setting.",
    },
    Command {
        name: "expanded",
        aliases: &["x"],
        args: "[on|off]",
        arg: ArgKind::OnOff,
        summary: "one block per row instead of a table (like psql's \\x)",
        details: "Long claims are shown whole, one field a line.",
    },
    Command {
        name: "width",
        aliases: &[],
        args: "[N|auto]",
        arg: ArgKind::Number,
        summary: "fit tables to N columns (auto: the terminal's width)",
        details: "Columns too wide are cut with `…`; `:expanded on` shows them whole.",
    },
    Command {
        name: "timing",
        aliases: &[],
        args: "[on|off]",
        arg: ArgKind::OnOff,
        summary: "print how long each answer took and how many rows it has",
        details: "Prints `time: 3.214 ms, 5 rows` after each answer, on standard error.",
    },
    Command {
        name: "explain",
        aliases: &[],
        args: "QUERY",
        arg: ArgKind::Query,
        summary: "the typed query, the plan and the SPARQL it compiles to",
        details: "Example: :explain who denied what?",
    },
    Command {
        name: "describe",
        aliases: &[],
        args: "ENTITY",
        arg: ArgKind::Entity,
        summary: "the same as `who is ENTITY?`",
        details: "Example: :describe Zakharova",
    },
    Command {
        name: "relations",
        aliases: &[],
        args: "",
        arg: ArgKind::None,
        summary: "the relations in the store, with their fact counts",
        details: "",
    },
    Command {
        name: "types",
        aliases: &[],
        args: "",
        arg: ArgKind::None,
        summary: "the entity types, with their counts",
        details: "",
    },
    Command {
        name: "entities",
        aliases: &[],
        args: "[TYPE]",
        arg: ArgKind::Type,
        summary: "the entities, or those of one type",
        details: "Example: :entities Crossing",
    },
    Command {
        name: "stats",
        aliases: &[],
        args: "",
        arg: ArgKind::None,
        summary: "entities by type and facts by relation",
        details: "",
    },
    Command {
        name: "show",
        aliases: &[],
        args: "",
        arg: ArgKind::None,
        summary: "the current settings",
        details: "",
    },
    Command {
        name: "output",
        aliases: &["o"],
        args: "[FILE]",
        arg: ArgKind::File,
        summary: "write answers to FILE from now on; without FILE, to the screen again",
        details: "FILE is created or emptied first. Notes and errors stay on the screen.",
    },
    Command {
        name: "once",
        aliases: &[],
        args: "FILE",
        arg: ArgKind::File,
        summary: "write the next answer to FILE",
        details: "Example: :once answer.csv",
    },
    Command {
        name: "dot",
        aliases: &[],
        args: "FILE",
        arg: ArgKind::File,
        summary: "write the last answer's facts as Graphviz DOT",
        details: "Example: :dot answer.dot",
    },
    Command {
        name: "read",
        aliases: &["i"],
        args: "FILE",
        arg: ArgKind::File,
        summary: "run the commands in FILE, one a line",
        details: "Blank lines and lines starting with # are skipped.",
    },
    Command {
        name: "load",
        aliases: &[],
        args: "PATH…",
        arg: ArgKind::File,
        summary: "read more articles into the store",
        details: "Example: :load data/articles",
    },
    Command {
        name: "history",
        aliases: &[],
        args: "",
        arg: ArgKind::None,
        summary: "the commands of this and earlier sessions",
        details: "Up and Down walk the history, Ctrl-R searches it.",
    },
    Command {
        name: "quit",
        aliases: &["exit", "q"],
        args: "",
        arg: ArgKind::None,
        summary: "leave (also exit, quit, \\q, .quit or Ctrl-D)",
        details: "",
    },
];

/// Words that leave the REPL when typed alone on a line, without a colon.
pub const EXIT_WORDS: &[&str] = &["exit", "quit", "\\q", ".quit", ".exit"];

/// The command called `name` (a name or an alias, without the colon).
pub fn lookup(name: &str) -> Option<&'static Command> {
    let name = name.to_ascii_lowercase();
    COMMANDS
        .iter()
        .find(|c| c.name == name || c.aliases.contains(&name.as_str()))
}

/// The command nearest to a mistyped name, if one is near enough to suggest.
pub fn suggest(typed: &str) -> Option<&'static str> {
    let typed = typed.to_ascii_lowercase();
    COMMANDS
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&typed, c.name), c.name))
        .filter(|&(d, name)| d <= 2.max(name.len() / 3) && d < name.len())
        .min_by_key(|&(d, _)| d)
        .map(|(_, name)| name)
}

/// The text of `:help`: how to type queries, then every command with its summary.
pub fn help() -> String {
    let mut s = String::from(
        "Ask questions or patterns; leave a quote or bracket open, or end a line with `and`,\n\
         `of` or `where`, to go on on the next line. Tab completes names, relations,\n\
         types and commands; Up/Down walk the history, Ctrl-R searches it; Ctrl-C clears\n\
         the line, Ctrl-D (or exit, quit, \\q) leaves.\n\
         \n\
         Examples:\n  \
           who accused Russia of what?\n  \
           who may close what?\n  \
           which states border Russia?\n  \
           who is Zakharova?\n  \
           how is Laanemets connected to NATO?\n  \
           ?x closes ?c where ?c is Crossing and possible\n  \
           count ?x accuses Russia\n  \
           ?p holds_role ?org order by ?p desc limit 3\n\
         \n\
         Commands (`:help COMMAND` tells more):\n",
    );
    for c in COMMANDS {
        let head = format!(":{} {}", c.name, c.args);
        s.push_str(&format!("  {:<20} {}\n", head.trim_end(), c.summary));
    }
    s
}

/// The text of `:help CMD`, or `None` when there is no such command.
pub fn help_for(name: &str) -> Option<String> {
    let c = lookup(name.trim_start_matches(':'))?;
    let mut s = format!(":{} {}", c.name, c.args).trim_end().to_string();
    s.push('\n');
    s.push_str(&format!("  {}\n", c.summary));
    if !c.aliases.is_empty() {
        let aliases: Vec<String> = c.aliases.iter().map(|a| format!(":{a}")).collect();
        s.push_str(&format!("  also: {}\n", aliases.join(", ")));
    }
    for line in c.details.lines().filter(|l| !l.trim().is_empty()) {
        s.push_str(&format!("  {}\n", line.trim()));
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_aliases_are_unique() {
        let mut all: Vec<&str> = COMMANDS
            .iter()
            .flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied()))
            .collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n);
    }

    #[test]
    fn lookup_by_name_or_alias() {
        assert_eq!(lookup("quit").unwrap().name, "quit");
        assert_eq!(lookup("Q").unwrap().name, "quit");
        assert_eq!(lookup("x").unwrap().name, "expanded");
        assert!(lookup("nonsense").is_none());
    }

    #[test]
    fn suggests_near_names_only() {
        assert_eq!(suggest("timng"), Some("timing"));
        assert_eq!(suggest("formt"), Some("format"));
        assert_eq!(suggest("sparq"), Some("sparql"));
        assert_eq!(suggest("nonsense"), None);
    }

    #[test]
    fn help_lists_every_command_and_help_for_explains_one() {
        let h = help();
        for c in COMMANDS {
            assert!(h.contains(&format!(":{}", c.name)), "{}", c.name);
        }
        let t = help_for("timing").unwrap();
        assert!(t.starts_with(":timing [on|off]\n"), "{t}");
        assert!(t.contains("ms"), "{t}");
        assert!(help_for(":q").unwrap().contains("also: :exit, :q"));
        assert!(help_for("nonsense").is_none());
    }
}
