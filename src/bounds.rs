//! Bounded queries: a time budget and a row cap for one evaluation, shared by `ask`,
//! `sparql` and `serve`, so a runaway query (a cross product) stops and says so instead
//! of holding the store and the terminal.
//!
//! A [`Deadline`] is started per query, and the query runs on a worker thread
//! ([`Deadline::run`]) that the caller stops waiting for when the time is up. SPARQL
//! evaluation gets the deadline's cancellation token (oxigraph checks it while scanning
//! quads), which is cancelled then; the native engine checks [`Deadline::check`] in its
//! join loops. So the worker stops soon after, and the caller returns at once.
//!
//! Memory is bounded the same way: the binary counts the heap in use ([`Counting`],
//! its global allocator), and while it waits the caller stops a query whose heap grew
//! by more than [`Deadline::memory_budget`] (10 KB per row of the cap), with
//! [`Stopped::Memory`]. That bounds what the engines build before their first row
//! (oxigraph sorts `ORDER BY` over everything it found) where no row count can.

use oxigraph::sparql::CancellationToken;
use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The time budget a query gets unless told otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The most rows a result keeps unless told otherwise.
pub const DEFAULT_MAX_ROWS: usize = 100_000;

/// Cells (one variable's value, or a matched fact counted as [`CELLS_PER_SOURCE`], in
/// one row) a join may hold at once, whatever `--max-rows` says: the budget is
/// `max_rows × CELLS_PER_ROW`, and never less than this.
pub const MIN_CELLS: usize = 4_000_000;

/// Cells of budget per row of the row cap (100,000 rows give 4,000,000 cells).
pub const CELLS_PER_ROW: usize = 40;

/// What a matched fact (document, sentence, offsets) counts for in the budget.
pub const CELLS_PER_SOURCE: usize = 8;

/// Heap bytes of budget per row of the row cap (100,000 rows give 1,000 MB).
pub const MEMORY_PER_ROW: usize = 10_000;

/// The least memory budget, whatever `--max-rows` says.
pub const MIN_MEMORY: usize = 256 << 20;

/// How often the waiting caller looks at the heap.
const WATCH_EVERY: Duration = Duration::from_millis(20);

/// Bytes of heap in use, counted by [`Counting`].
static HEAP_IN_USE: AtomicUsize = AtomicUsize::new(0);

/// A global allocator that counts the bytes in use, so that a query can be stopped by
/// the memory it holds (the binary installs it around mimalloc).
pub struct Counting<A>(pub A);

// SAFETY: every call is passed on to the inner allocator unchanged; only a counter is
// updated beside it.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Counting<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc(layout);
        if !p.is_null() {
            HEAP_IN_USE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc_zeroed(layout);
        if !p.is_null() {
            HEAP_IN_USE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.0.dealloc(ptr, layout);
        HEAP_IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = self.0.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                HEAP_IN_USE.fetch_add(new_size - layout.size(), Ordering::Relaxed);
            } else {
                HEAP_IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

/// Bytes of heap in use, when the binary counts them ([`Counting`]); 0 otherwise.
pub fn heap_in_use() -> usize {
    HEAP_IN_USE.load(Ordering::Relaxed)
}

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

/// Why a query was stopped before it ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Stopped {
    /// It ran out of time.
    #[error(transparent)]
    TimedOut(#[from] TimedOut),
    /// Its heap grew past the memory budget.
    #[error("the query was stopped when it held more than {} MB (the budget is 10 KB per row of --max-rows); add a constraint or a LIMIT, or raise --max-rows", .budget / 1_000_000)]
    Memory {
        /// The budget in bytes.
        budget: usize,
    },
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

    /// The time left (`None`: no limit), for a request to a remote store.
    pub fn remaining(&self) -> Option<Duration> {
        self.at
            .map(|at| at.saturating_duration_since(Instant::now()))
    }

    /// The row cap.
    pub fn max_rows(&self) -> usize {
        self.max_rows
    }

    /// How much the heap may grow while this query runs, in bytes.
    pub fn memory_budget(&self) -> usize {
        self.max_rows.saturating_mul(MEMORY_PER_ROW).max(MIN_MEMORY)
    }

    /// How many cells (see [`MIN_CELLS`]) a join of this query may hold at once.
    pub fn cell_budget(&self) -> usize {
        self.max_rows.saturating_mul(CELLS_PER_ROW).max(MIN_CELLS)
    }

    /// How many rows of `width` cells fit in the [`cell_budget`](Self::cell_budget).
    pub fn row_budget(&self, width: usize) -> usize {
        self.cell_budget() / width.max(1)
    }

    /// Runs `f` on a worker thread and waits for it until the deadline, or until the
    /// heap has grown by more than the [memory budget](Self::memory_budget). Then the
    /// token is cancelled (oxigraph stops at its next quad, the native engine at its
    /// next check) and the error returned at once, even when `f` is deep in a join
    /// that checks the token rarely: the worker then finishes on its own, and its
    /// result is dropped. Without a deadline `f` runs on the calling thread.
    pub fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Stopped> {
        let Some(at) = self.at else {
            return Ok(f());
        };
        let (send, receive) = mpsc::channel();
        WORKERS.fetch_add(1, Ordering::SeqCst);
        let before = heap_in_use();
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
            return Err(self.timed_out().into());
        }
        let budget = self.memory_budget();
        loop {
            let left = at.saturating_duration_since(Instant::now());
            if left.is_zero() {
                self.token.cancel();
                return Err(self.timed_out().into());
            }
            match receive.recv_timeout(left.min(WATCH_EVERY)) {
                Ok(out) => return Ok(out),
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    // The worker panicked: nothing will come.
                    self.token.cancel();
                    return Err(self.timed_out().into());
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    if heap_in_use().saturating_sub(before) > budget {
                        self.token.cancel();
                        return Err(Stopped::Memory { budget });
                    }
                }
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
        assert_eq!(
            out.unwrap_err(),
            Stopped::TimedOut(TimedOut(Duration::from_secs_f64(0.2)))
        );
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
