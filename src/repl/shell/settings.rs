//! The REPL's settings commands: `:format`, `:width`, `:output`, the on/off switches,
//! `:show`, and `:entities` with its type filter.

use super::{CommandError, Flow, Shell};
use crate::model::EntityType;
use crate::repl::{format_names, Mode};
use crate::report::AnswerFormat;
use crate::sparql::SparqlFormat;
use clap::ValueEnum;
use std::io::Write;
use std::path::PathBuf;

impl Shell {
    /// Prints a setting's value or sets it from `on`/`off`, and says which it is now.
    pub(super) fn switch(
        &self,
        name: &str,
        arg: &str,
        value: &mut bool,
        out: &mut dyn Write,
    ) -> Result<Flow, CommandError> {
        if arg.is_empty() {
            let state = if *value { "on" } else { "off" };
            writeln!(out, "{name} {state}").map_err(CommandError::Output)?;
            return Ok(Flow::Done);
        }
        *value = on_off(name, arg)?;
        let msg = format!("{name} {}", if *value { "on" } else { "off" });
        self.say(out, &msg)?;
        Ok(Flow::Done)
    }

    /// `:show`: every setting, one a line.
    pub(super) fn settings(&self) -> String {
        let on = |b: bool| if b { "on" } else { "off" };
        let mode = match self.mode {
            Mode::Ask => "questions",
            Mode::Sparql => "SPARQL",
        };
        let width = self
            .width
            .map_or_else(|| "auto".to_string(), |w| w.to_string());
        let output = match (&self.once, &self.output) {
            (Some(p), _) => format!("{} (next answer only)", p.display()),
            (None, Some((p, _))) => p.display().to_string(),
            (None, None) => "screen".into(),
        };
        format!(
            "mode      {mode}\nformat    {}\nsources   {}\ntiming    {}\nexpanded  {}\nwidth     {width}\noutput    {output}\nstore     {}\n",
            self.format_name,
            on(self.sources),
            on(self.timing),
            on(self.expanded),
            self.config.store_dir.display()
        )
    }

    pub(super) fn set_width(
        &mut self,
        arg: &str,
        out: &mut dyn Write,
    ) -> Result<Flow, CommandError> {
        match arg {
            "" => {
                let now = self
                    .width
                    .map_or_else(|| "auto".to_string(), |w| w.to_string());
                writeln!(out, "width {now}").map_err(CommandError::Output)?;
                return Ok(Flow::Done);
            }
            "auto" => self.width = None,
            n => match n.parse::<usize>() {
                Ok(w) if (20..=1000).contains(&w) => self.width = Some(w),
                _ => {
                    return Err(CommandError::Usage(format!(
                        ":width takes a number of columns from 20 to 1000, or auto, not \"{n}\""
                    )))
                }
            },
        }
        let msg = format!("width {arg}");
        self.say(out, &msg)?;
        Ok(Flow::Done)
    }

    pub(super) fn set_output(
        &mut self,
        arg: &str,
        out: &mut dyn Write,
    ) -> Result<Flow, CommandError> {
        if arg.is_empty() {
            self.output = None;
            self.say(out, "answers go to the screen")?;
            return Ok(Flow::Done);
        }
        let path = PathBuf::from(arg);
        let file = std::fs::File::create(&path).map_err(|source| CommandError::File {
            path: path.clone(),
            source,
        })?;
        let msg = format!("answers go to {} (:output alone ends it)", path.display());
        self.output = Some((path, file));
        self.say(out, &msg)?;
        Ok(Flow::Done)
    }

    pub(super) fn entities(
        &mut self,
        arg: &str,
        out: &mut dyn Write,
    ) -> Result<Flow, CommandError> {
        let wanted = if arg.is_empty() {
            None
        } else {
            let t = EntityType::parse(arg.trim_end_matches('s')).ok_or_else(|| {
                let all: Vec<&str> = EntityType::ALL.iter().map(|t| t.as_str()).collect();
                CommandError::Usage(format!(
                    "no entity type \"{arg}\" (expected {})",
                    all.join(", ")
                ))
            })?;
            Some(t)
        };
        let g = self.source()?.graph();
        let mut rows: Vec<Vec<String>> = g
            .entities()
            .filter(|e| wanted.is_none_or(|t| e.etype == t))
            .map(|e| {
                vec![
                    e.label.clone(),
                    e.etype.as_str().to_string(),
                    e.aliases.join(", "),
                ]
            })
            .collect();
        rows.sort();
        let header = ["entity", "type", "aliases"].map(String::from);
        let mut buf = Vec::new();
        self.table(&mut buf, &header, &rows, None)
            .map_err(CommandError::Output)?;
        self.emit(&buf, out)?;
        Ok(Flow::Answered(rows.len()))
    }

    pub(super) fn set_format(
        &mut self,
        arg: &str,
        out: &mut dyn Write,
    ) -> Result<Flow, CommandError> {
        if arg.is_empty() {
            let msg = format!("format {}", self.format_name);
            writeln!(out, "{msg}").map_err(CommandError::Output)?;
            return Ok(Flow::Done);
        }
        let answer = AnswerFormat::from_str(arg, true).ok();
        let sparql = SparqlFormat::from_str(arg, true).ok();
        if answer.is_none() && sparql.is_none() {
            return Err(CommandError::Usage(format!(
                "no format \"{arg}\" (expected {})",
                format_names().join(", ")
            )));
        }
        self.answer_format = answer.unwrap_or(AnswerFormat::Table);
        self.sparql_format = sparql.unwrap_or(SparqlFormat::Table);
        self.format_name = arg.to_ascii_lowercase();
        let msg = match (answer, sparql) {
            (None, _) => format!("format {} for SPARQL; answers as table", self.format_name),
            (_, None) => format!("format {}; SPARQL results as table", self.format_name),
            _ => format!("format {}", self.format_name),
        };
        self.say(out, &msg)?;
        Ok(Flow::Done)
    }
}

fn on_off(cmd: &str, arg: &str) -> Result<bool, CommandError> {
    match arg.to_ascii_lowercase().as_str() {
        "on" | "yes" | "true" | "1" => Ok(true),
        "off" | "no" | "false" | "0" => Ok(false),
        _ => Err(CommandError::Usage(format!(
            ":{cmd} takes on or off, not \"{arg}\""
        ))),
    }
}
