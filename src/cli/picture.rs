//! The flags of Graphviz pictures (`ask --format dot|--render`, `export --format dot`)
//! and the drawing of `export --format dot`.

use super::{lexicon, open_read, Cli, UsageError};
use anyhow::Result;
use clap::Args;
use newsgraph::dot::{self, Look, Render};
use newsgraph::query::QueryError;
use newsgraph::session::Session;

/// How an answer's picture looks (`ask`).
#[derive(Args, Clone, Copy)]
pub struct AnswerPicture {
    /// With --format dot or --render: leave out the legend.
    #[arg(long)]
    pub no_legend: bool,
}

impl AnswerPicture {
    /// The look chosen: an answer's claims are always drawn.
    pub fn look(self) -> Look {
        Look {
            legend: !self.no_legend,
            ..Look::ANSWER
        }
    }
}

/// What `export --format dot` draws, and how.
#[derive(Args, Clone)]
pub struct GraphPicture {
    /// With --format dot: only the neighbourhood of this entity, which is highlighted.
    #[arg(long, value_name = "ENTITY")]
    pub around: Option<String>,
    /// With --around: how many hops.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// With --format dot: also draw the claims (a short one on each edge) and what
    /// was said or denied, as notes; without it claims are only in SVG tooltips.
    #[arg(long, visible_alias = "notes")]
    pub claims: bool,
    /// With --format dot: leave out the legend.
    #[arg(long)]
    pub no_legend: bool,
    /// With --format dot: run Graphviz and write a picture to --output.
    #[arg(long, value_enum, requires = "output")]
    pub render: Option<Render>,
}

impl GraphPicture {
    /// Whether any flag that only goes with `--format dot` was given.
    pub fn given(&self) -> bool {
        self.around.is_some() || self.render.is_some() || self.claims || self.no_legend
    }

    fn look(&self) -> Look {
        Look {
            legend: !self.no_legend,
            claims: self.claims,
        }
    }
}

/// `export --format dot`: the whole graph or a neighbourhood, as DOT on standard
/// output, or rendered by Graphviz: the bytes to write.
pub fn export_dot(cli: &Cli, p: &GraphPicture) -> Result<Vec<u8>> {
    let session = Session::new(open_read(cli)?, &lexicon(cli)?)?;
    let g = session.graph();
    let text = match &p.around {
        Some(name) => {
            let id = session
                .names()
                .lookup(name)
                .first()
                .cloned()
                .ok_or_else(|| {
                    let e = QueryError::UnknownEntity {
                        name: name.to_string(),
                        span: Default::default(),
                        suggestions: session.names().suggest(name),
                    };
                    anyhow::Error::new(UsageError(format!("error: {e}")))
                })?;
            dot::neighbourhood_dot(g, &id, p.depth, p.look())
        }
        None => dot::graph_dot(g, p.look()),
    };
    match p.render {
        Some(r) => Ok(dot::render_bytes(&text, r)?),
        None => Ok(text.into_bytes()),
    }
}
