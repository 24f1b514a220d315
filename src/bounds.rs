//! Bounded queries: a time budget and a row cap for one evaluation, shared by `ask`,
//! `sparql` and `serve`, so a runaway query (a cross product) stops and says so instead
//! of holding the store and the terminal.
//!
//! A [`Deadline`] is started per query, and the query runs on a worker thread
//! ([`Deadline::run`]) that the caller stops waiting for when the time is up. SPARQL
//! evaluation gets the deadline's cancellation token (oxigraph checks it while scanning
//! quads), which is cancelled then; the native engine checks [`Deadline::check`] in its
//! join loops. So the worker stops soon after, and the caller returns at once.

use oxigraph::sparql::CancellationToken;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The time budget a query gets unless told otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The most rows a result keeps unless told otherwise.
pub const DEFAULT_MAX_ROWS: usize = 100_000;

/// Limits on one query: how long it may run and how many rows it may return.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    /// Evaluation stops after this long.
    pub timeout: Duration,
    /// Rows past this many are dropped, and the result says it was cut.
    pub max_rows: usize,
}

impl Default for Bounds {
    fn default() -> Self {
        Bounds {
            timeout: DEFAULT_TIMEOUT,
            max_rows: DEFAULT_MAX_ROWS,
        }
    }
}

impl Bounds {
    /// Bounds from the command line's `--timeout SECS` and `--max-rows N`.
    pub fn new(timeout_secs: f64, max_rows: usize) -> Self {
        Bounds {
            timeout: Duration::from_secs_f64(timeout_secs.max(0.0)),
            max_rows,
        }
    }

    /// Starts the clock for one query.
    pub fn start(&self) -> Deadline {
        Deadline {
            at: Instant::now().checked_add(self.timeout),
            timeout: self.timeout,
            token: CancellationToken::new(),
            max_rows: self.max_rows,
        }
    }

    /// Keeps the first `max_rows` of `rows`; returns how many there were when some
    /// were dropped.
    pub fn cap<T>(&self, rows: &mut Vec<T>) -> Option<usize> {
        let total = rows.len();
        (total > self.max_rows).then(|| {
            rows.truncate(self.max_rows);
            total
        })
    }
}

/// Query workers still running, including those whose caller gave up at the deadline.
static WORKERS: AtomicUsize = AtomicUsize::new(0);

/// Counts a worker down when it ends, even by a panic.
struct Running;

impl Drop for Running {
    fn drop(&mut self) {
        WORKERS.fetch_sub(1, Ordering::SeqCst);
    }
}

/// How many query workers are still running. After a timeout the abandoned worker may
/// still be inside the database for a while: a process that ends then must not run the
/// database's exit handlers under it (the binary ends with `_exit` in that case).
pub fn running_workers() -> usize {
    WORKERS.load(Ordering::SeqCst)
}

/// The running clock of one query.
#[derive(Clone)]
pub struct Deadline {
    /// `None` when the timeout is too far to represent (no limit in practice).
    at: Option<Instant>,
    timeout: Duration,
    token: CancellationToken,
    max_rows: usize,
}

/// A query ran out of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the query was stopped after the {}-second timeout (--timeout SECS to allow more)", secs(.0))]
pub struct TimedOut(pub Duration);

fn secs(d: &Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0}")
    } else {
        format!("{s:.1}")
    }
}

impl Deadline {
    /// A deadline that never expires (for callers that set no bounds).
    pub fn none() -> Self {
        Bounds {
            timeout: Duration::MAX,
            max_rows: usize::MAX,
        }
        .start()
    }

    /// Whether the time is up (or the query was cancelled).
    pub fn expired(&self) -> bool {
        self.token.is_cancelled() || self.at.is_some_and(|at| Instant::now() >= at)
    }

    /// `Err` when the time is up: for loops that check as they go.
    pub fn check(&self) -> Result<(), TimedOut> {
        if self.expired() {
            Err(self.timed_out())
        } else {
            Ok(())
        }
    }

    /// The error saying this query ran out of time.
    pub fn timed_out(&self) -> TimedOut {
        TimedOut(self.timeout)
    }

    /// The token to hand to oxigraph's evaluator.
    pub fn token(&self) -> CancellationToken {
        self.token.clone()
    }

    /// The row cap.
    pub fn max_rows(&self) -> usize {
        self.max_rows
    }

    /// Runs `f` on a worker thread and waits for it until the deadline. When the time
    /// is up the token is cancelled (oxigraph stops at its next quad) and
    /// [`TimedOut`] returned at once, even when `f` is deep in a join that checks the
    /// token rarely: the worker then finishes on its own, and its result is dropped.
    /// Without a deadline `f` runs on the calling thread.
    pub fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, TimedOut> {
        let Some(at) = self.at else {
            return Ok(f());
        };
        let (send, receive) = mpsc::channel();
        WORKERS.fetch_add(1, Ordering::SeqCst);
        let spawned = std::thread::Builder::new()
            .name("newsgraph-query".into())
            .spawn(move || {
                let _running = Running;
                // The receiver is gone when the caller gave up: nothing to report.
                let _ = send.send(f());
            });
        if spawned.is_err() {
            WORKERS.fetch_sub(1, Ordering::SeqCst);
            // No thread to spare: the caller's own (cancellation still applies).
            return Err(self.timed_out());
        }
        let left = at.saturating_duration_since(Instant::now());
        match receive.recv_timeout(left) {
            Ok(out) => Ok(out),
            Err(_) => {
                self.token.cancel();
                Err(self.timed_out())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_worker_is_given_up_at_the_deadline_and_its_token_cancelled() {
        let d = Bounds::new(0.2, 10).start();
        assert!(!d.expired());
        let token = d.token();
        let t = Instant::now();
        let out = d.run(move || {
            // A join that never looks at the token.
            std::thread::sleep(Duration::from_secs(3));
            1
        });
        assert!(
            t.elapsed() < Duration::from_secs(2),
            "gave up after {:?}",
            t.elapsed()
        );
        assert!(token.is_cancelled());
        assert!(d.expired());
        assert!(out.is_err());
        assert_eq!(
            d.check().unwrap_err().to_string(),
            "the query was stopped after the 0.2-second timeout (--timeout SECS to allow more)"
        );
        let quick = Bounds::new(5.0, 10).start();
        assert_eq!(quick.run(|| 7), Ok(7));
        assert!(!quick.expired());
        assert_eq!(Deadline::none().run(|| 8), Ok(8));
    }

    #[test]
    fn the_cap_keeps_the_first_rows_and_says_how_many_there_were() {
        let b = Bounds::new(1.0, 2);
        let mut rows = vec![1, 2, 3];
        assert_eq!(b.cap(&mut rows), Some(3));
        assert_eq!(rows, [1, 2]);
        assert_eq!(b.cap(&mut rows), None);
    }
}
