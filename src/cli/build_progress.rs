//! The progress bar of `build` on a terminal: articles/s, facts and ETA.

use indicatif::{ProgressBar, ProgressStyle};
use std::sync::atomic::{AtomicU64, Ordering};

/// A bar over the articles found, counting facts as they are extracted.
pub struct Bar {
    bar: ProgressBar,
    facts: AtomicU64,
}

impl Bar {
    pub fn new() -> Self {
        let bar = ProgressBar::new_spinner().with_message("finding articles");
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Bar {
            bar,
            facts: AtomicU64::new(0),
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl newsgraph::build::Progress for Bar {
    fn found(&self, articles: usize) {
        self.bar.set_length(articles as u64);
        self.bar.set_style(
            ProgressStyle::with_template("{bar:20} {pos}/{len} articles  {rate}  {msg}  ETA {eta}")
                .map(|s| {
                    // Whole articles per second: `1127/s`, not `1,126.9443/s`.
                    s.with_key(
                        "rate",
                        |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                            let _ = write!(w, "{:.0}/s", state.per_sec());
                        },
                    )
                })
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        self.bar.set_message("0 facts");
    }

    fn extracted(&self, facts: usize) {
        let total = self.facts.fetch_add(facts as u64, Ordering::Relaxed) + facts as u64;
        self.bar.inc(1);
        self.bar.set_message(format!("{total} facts"));
    }

    fn unchanged(&self) {
        self.bar.inc(1);
    }

    fn long_sentences(&self, file: &std::path::Path, long: &newsgraph::segment::LongSentences) {
        let warning = newsgraph::build::LongSentenceWarning { file, long };
        self.bar.suspend(|| eprintln!("{warning}"));
    }

    fn committing(&self) {
        // The store's commit takes a while on large builds: say so, not "ETA 0s".
        let facts = self.facts.load(Ordering::Relaxed);
        self.bar.set_style(
            ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        self.bar
            .set_message(format!("{facts} facts extracted; committing the store…"));
    }
}
