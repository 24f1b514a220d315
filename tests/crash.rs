//! Crash tests: the real `newsgraph build` binary is killed with SIGKILL at seeded
//! pseudo-random moments of a first build, an in-place update and a large update
//! that writes a side copy and swaps it in. After every kill the store must open
//! and hold exactly the state before the build or the state after it (sorted
//! N-Quads), its snapshot must agree with its quads (and `stats` must print what the
//! matching unkilled reference prints), the next command must leave no side
//! directory or temporary snapshot behind, and the next build must succeed.
//!
//! `NEWSGRAPH_CRASH_SEED` changes the seed and `NEWSGRAPH_CRASH_KILLS` raises the
//! number of kills per kind (never below 20) for a longer run.

use newsgraph::lexicon::Lexicon;
use newsgraph::store::{self, ExportFormat, StoreError};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

/// Kills per kind of build: at least 20, in CI and out of it.
fn kills() -> usize {
    std::env::var("NEWSGRAPH_CRASH_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(20, |n: usize| n.max(20))
}

fn seed() -> u64 {
    std::env::var("NEWSGRAPH_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x005e_ed14)
}

/// SplitMix64: a seeded sequence of kill moments, the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A fraction in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn lexicon_dir() -> PathBuf {
    root().join("data/lexicon")
}

/// Updates of more than this many articles take the side-copy path in these tests.
const IN_PLACE_MAX: usize = 20;

fn newsgraph(store: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    // Outside the checkout: there, a read on a missing store would build one from
    // data/articles first.
    cmd.current_dir(std::env::temp_dir())
        .env("NEWSGRAPH_IN_PLACE_MAX", IN_PLACE_MAX.to_string())
        .arg("--store")
        .arg(store)
        .arg("--lexicon")
        .arg(lexicon_dir())
        .stdin(Stdio::null());
    cmd
}

/// `n` generated articles (seed `seed`) in `dir`, every file name starting with
/// `prefix`, without the gold file.
fn corpus(dir: &Path, n: usize, seed: u64, prefix: &str) -> PathBuf {
    let lex = Lexicon::load(&lexicon_dir()).unwrap();
    newsgraph::gen::write_corpus(&lex, dir, n, seed).unwrap();
    std::fs::remove_file(dir.join("gold.tsv")).unwrap();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        std::fs::rename(&p, dir.join(format!("{prefix}{name}"))).unwrap();
    }
    dir.to_path_buf()
}

/// A copy of the corpus `from` at `to` where the first two articles say something
/// else: an update replaces them.
fn changed_copy(from: &Path, to: &Path) -> PathBuf {
    copy_dir(from, to);
    let mut names = listing(to);
    names.truncate(2);
    for name in names {
        std::fs::write(
            to.join(name),
            "Latvia accused Belarus of a hybrid attack.\n",
        )
        .unwrap();
    }
    to.to_path_buf()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// The names in a directory, sorted (none if it does not exist).
fn listing(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[track_caller]
fn succeed(out: Output, what: &str) -> String {
    assert!(
        out.status.success(),
        "{what} failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn build(store: &Path, paths: &[PathBuf]) -> Output {
    newsgraph(store).arg("build").args(paths).output().unwrap()
}

/// What a store holds, as the tests compare it.
#[derive(Debug, Clone, PartialEq)]
struct State {
    /// Its N-Quads, sorted; `None` when no store was ever completed there.
    quads: Option<Vec<String>>,
    /// What `newsgraph stats` prints (stdout, or the error message when it fails),
    /// with the store path taken out.
    stats: String,
}

/// Reads the store in `dir` through the library, checks that its snapshot (when it
/// has one) agrees with its quads, then runs `newsgraph stats` on it: the first
/// command after a crash.
#[track_caller]
fn observe(dir: &Path) -> State {
    let quads = match store::open_read(dir) {
        Err(StoreError::Missing { .. }) => None,
        // A killed first build: nothing stored, and readers say so rather than
        // clearing its side directory (the next build does).
        Err(StoreError::Unfinished { .. }) => None,
        Err(e) => panic!("the store at {} does not open: {e}", dir.display()),
        Ok(rs) => {
            let mut out = Vec::new();
            store::export(&rs, ExportFormat::NQuads, &mut out).unwrap();
            let mut lines: Vec<String> = String::from_utf8(out)
                .unwrap()
                .lines()
                .map(str::to_owned)
                .collect();
            lines.sort();
            if let Some(snap) = store::read_snapshot(dir) {
                let from_quads = newsgraph::rdf::read_dataset(rs.store()).unwrap();
                assert!(
                    snap == from_quads,
                    "snapshot and quads disagree in {}",
                    dir.display()
                );
            }
            Some(lines)
        }
    };
    let out = newsgraph(dir).arg("stats").output().unwrap();
    let text = if out.status.success() {
        String::from_utf8(out.stdout).unwrap()
    } else {
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(!text.contains("panicked"), "stats panicked: {text}");
    // Without a database (none yet, or a killed first build's side directory only)
    // `stats` says how to build one; which of the two it says is not a state.
    let stats = match quads {
        None => "no store".to_string(),
        Some(_) => text.replace(&dir.display().to_string(), "STORE"),
    };
    State { quads, stats }
}

/// After any command the store directory holds only its database, lock and snapshot.
#[track_caller]
fn no_strays(dir: &Path) {
    for name in listing(dir) {
        assert!(
            ["data", "graph.snapshot", "newsgraph.lock"].contains(&name.as_str()),
            "{} left behind in {}: {:?}",
            name,
            dir.display(),
            listing(dir)
        );
    }
}

/// One kind of build under test: the store it starts from (none for a first build)
/// and the articles it builds.
struct Kind {
    name: &'static str,
    template: Option<PathBuf>,
    paths: Vec<PathBuf>,
}

/// Kills `kind`'s build at seeded moments and checks the store after each kill.
fn kill_repeatedly(kind: &Kind, work: &Path) {
    let fresh = |i: usize| {
        let dir = work.join(format!("{}-{i}", kind.name));
        if let Some(t) = &kind.template {
            copy_dir(t, &dir);
        }
        dir
    };

    // The two states a killed build may leave, computed once without a kill.
    let reference = fresh(usize::MAX);
    let before = observe(&reference);
    let started = Instant::now();
    succeed(build(&reference, &kind.paths), "the reference build");
    let full = started.elapsed();
    let after = observe(&reference);
    assert!(after.quads.is_some());
    assert_ne!(before, after, "{}: the build changes nothing", kind.name);
    no_strays(&reference);

    let mut rng = Rng(seed() ^ kind.name.len() as u64);
    let (mut killed, mut attempts) = (0, 0);
    let (mut saw_before, mut saw_after) = (0, 0);
    while killed < kills() {
        attempts += 1;
        assert!(
            attempts <= 4 * kills(),
            "{}: the build kept finishing before its kill ({killed} kills in {attempts} runs)",
            kind.name
        );
        let dir = fresh(attempts);
        let at = full.mul_f64(rng.unit() * 0.95);
        let mut child = newsgraph(&dir)
            .arg("build")
            .args(&kind.paths)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(at);
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        child.wait().unwrap();

        let state = observe(&dir);
        let label = format!("{} kill {attempts} at {at:?} of {full:?}", kind.name);
        if state == before {
            saw_before += 1;
        } else if state == after {
            saw_after += 1;
        } else {
            let quads = |s: &State| s.quads.as_ref().map_or(0, Vec::len);
            let keep = std::env::temp_dir().join(format!("newsgraph-crash-{}", kind.name));
            let _ = std::fs::create_dir_all(&keep);
            for (name, s) in [("killed", &state), ("before", &before), ("after", &after)] {
                let text = s.quads.as_ref().map(|q| q.join("\n")).unwrap_or_default();
                let _ = std::fs::write(keep.join(format!("{name}.nq")), text);
            }
            panic!(
                "{label}: the store is neither the before nor the after state \
                 ({} quads; before {}, after {}; all three in {}); stats:\n{}",
                quads(&state),
                quads(&before),
                quads(&after),
                keep.display(),
                state.stats
            );
        }
        // A killed first build's side directory stays until the next build.
        if state.quads.is_some() {
            no_strays(&dir);
        }

        // The next build succeeds. Every fifth one (and every one after a killed
        // first build, which leaves nothing to build on) is the interrupted build
        // again, which must complete it; the others add nothing (the articles the
        // store started from), which is cheap.
        if kind.template.is_none() || attempts % 5 == 1 {
            succeed(
                build(&dir, &kind.paths),
                &format!("{label}: the next build"),
            );
            assert!(observe(&dir) == after, "{label}: the next build differs");
        } else {
            let base = std::slice::from_ref(&kind.paths[0]);
            succeed(build(&dir, base), &format!("{label}: the next build"));
        }
        no_strays(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
    }
    eprintln!(
        "{}: {killed} kills in {attempts} runs over {full:?}: {saw_before} left the \
         before state, {saw_after} the after state",
        kind.name
    );
}

/// The articles a store starts from, the same articles with two changed, and the
/// template store built from the first.
fn base(work: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let a = corpus(&work.join("a"), 16, 1, "a_");
    let changed = changed_copy(&a, &work.join("a2"));
    let template = work.join("template");
    succeed(
        build(&template, std::slice::from_ref(&a)),
        "the template build",
    );
    (a, changed, template)
}

#[test]
fn a_killed_first_build_leaves_no_store_or_the_whole_store() {
    let tmp = tempfile::tempdir().unwrap();
    let a = corpus(&tmp.path().join("a"), 12, 1, "a_");
    let kind = Kind {
        name: "first",
        template: None,
        paths: vec![a],
    };
    kill_repeatedly(&kind, tmp.path());
}

#[test]
fn a_killed_in_place_update_leaves_the_old_or_the_new_store() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, changed, template) = base(tmp.path());
    let more = corpus(&tmp.path().join("more"), IN_PLACE_MAX - 4, 2, "more_");
    let kind = Kind {
        name: "in-place",
        template: Some(template),
        paths: vec![changed, more],
    };
    kill_repeatedly(&kind, tmp.path());
}

#[test]
fn a_killed_side_copy_update_leaves_the_old_or_the_new_store() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, changed, template) = base(tmp.path());
    // More new articles than one transaction takes (with the lowered limit): the
    // build writes a copy and swaps it in.
    let more = corpus(&tmp.path().join("more"), IN_PLACE_MAX + 8, 3, "more_");
    let kind = Kind {
        name: "side-copy",
        template: Some(template),
        paths: vec![changed, more],
    };
    kill_repeatedly(&kind, tmp.path());
}

/// Whether permission bits stop this process (they do not for root).
fn permissions_apply(work: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = work.join("probe");
    std::fs::create_dir(&probe).unwrap();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o555)).unwrap();
    let writable = std::fs::write(probe.join("file"), "x").is_ok();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o755)).unwrap();
    !writable
}

/// A build that cannot write: a clear error naming the store, a non-zero exit, no
/// panic.
#[track_caller]
fn refused(out: Output, store: &Path) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "the build succeeded: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains(&store.display().to_string()),
        "the store is not named: {err}"
    );
    err
}

#[test]
fn a_store_that_cannot_be_written_is_reported_and_left_unchanged() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let (_, changed, template) = base(tmp.path());
    let before = observe(&template);

    if permissions_apply(tmp.path()) {
        // A read-only store directory: the update cannot write its snapshot or
        // side files.
        let mode = |m| std::fs::Permissions::from_mode(m);
        std::fs::set_permissions(&template, mode(0o555)).unwrap();
        let out = build(&template, std::slice::from_ref(&changed));
        std::fs::set_permissions(&template, mode(0o755)).unwrap();
        let err = refused(out, &template);
        assert!(err.contains("ermission denied"), "{err}");
    } else {
        // Running as root, where permission bits do not stop a write: the place of
        // the temporary snapshot is taken by a directory, so the update cannot
        // write it.
        let blocker = template.join("graph.tmp");
        std::fs::create_dir(&blocker).unwrap();
        std::fs::write(blocker.join("keep"), "x").unwrap();
        let out = build(&template, std::slice::from_ref(&changed));
        std::fs::remove_dir_all(&blocker).unwrap();
        refused(out, &template);
    }
    assert!(
        observe(&template) == before,
        "the refused build changed the store"
    );
    no_strays(&template);

    // A store path whose parent is a regular file: no store can be made there.
    let file = tmp.path().join("a-file");
    std::fs::write(&file, "not a directory").unwrap();
    let store = file.join("store");
    let err = refused(build(&store, std::slice::from_ref(&changed)), &store);
    assert!(err.contains("ot a directory"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a directory");
}
