//! Readers never block a build (issue 15 §4): eight processes run `stats` and `ask`
//! through the real binary in a loop while builds, in place and copy-and-swap, update
//! the store. Every build gets through, and every read sees a whole state: the store
//! before or after some build, never a mixture or an error.

use newsgraph::lexicon::Lexicon;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Reader processes looping while the builds run.
const READERS: usize = 8;
/// Builds of each kind.
const BUILDS: usize = 5;
/// Updates of more than this many articles take the copy-and-swap path here.
const IN_PLACE_MAX: usize = 20;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn newsgraph(store: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    cmd.current_dir(std::env::temp_dir())
        .env("NEWSGRAPH_IN_PLACE_MAX", IN_PLACE_MAX.to_string())
        .arg("--store")
        .arg(store)
        .arg("--lexicon")
        .arg(root().join("data/lexicon"))
        .stdin(Stdio::null());
    cmd
}

/// `n` generated articles (seed `seed`) in `dir`, file names starting with `prefix`.
fn corpus(lex: &Lexicon, dir: &Path, n: usize, seed: u64, prefix: &str) -> PathBuf {
    newsgraph::gen::write_corpus(lex, dir, n, seed).unwrap();
    std::fs::remove_file(dir.join("gold.tsv")).unwrap();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        std::fs::rename(&p, dir.join(format!("{prefix}{name}"))).unwrap();
    }
    dir.to_path_buf()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// What `newsgraph stats` prints for the store.
fn stats(store: &Path) -> Result<String, String> {
    let out = newsgraph(store).arg("stats").output().unwrap();
    if out.status.success() {
        Ok(String::from_utf8(out.stdout).unwrap())
    } else {
        Err(text(&out))
    }
}

#[test]
fn eight_looping_readers_never_starve_a_build_and_always_read_a_whole_state() {
    let lex = Lexicon::load(&root().join("data/lexicon")).unwrap();
    let work = tempfile::tempdir().unwrap();
    let store = work.path().join("store");
    // The shipped articles, which `ask` below has answers in, then generated ones.
    let base = root().join("data/articles");
    let out = newsgraph(&store).arg("build").arg(&base).output().unwrap();
    assert!(out.status.success(), "{}", text(&out));

    // Every state the store goes through, as `stats` prints it.
    let states = Arc::new(Mutex::new(vec![stats(&store).unwrap()]));
    let stop = Arc::new(AtomicBool::new(false));
    let readers: Vec<_> = (0..READERS)
        .map(|i| {
            let (store, stop) = (store.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut seen = Vec::new();
                let mut asked = 0;
                while !stop.load(Ordering::Relaxed) {
                    if i % 2 == 0 {
                        seen.push(stats(&store));
                    } else {
                        let out = newsgraph(&store)
                            .args(["ask", "who accused Russia of what?"])
                            .output()
                            .unwrap();
                        assert!(out.status.success(), "ask failed: {}", text(&out));
                        let answer = String::from_utf8_lossy(&out.stdout).into_owned();
                        assert!(answer.contains("Lauri Laanemets"), "ask: {answer}");
                        asked += 1;
                    }
                }
                (seen, asked)
            })
        })
        .collect();

    let mut through = [0; 2];
    for round in 0..BUILDS {
        for (kind, n) in [(0, 1), (1, IN_PLACE_MAX + 5)] {
            let more = work.path().join(format!("more-{round}-{kind}"));
            let seed = 100 + (2 * round + kind) as u64;
            corpus(&lex, &more, n, seed, &format!("r{round}k{kind}_"));
            let out = newsgraph(&store)
                .arg("build")
                .arg(&more)
                .args(["--wait", "30"])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "build {round}/{kind} failed: {}",
                text(&out)
            );
            through[kind] += 1;
            states.lock().unwrap().push(stats(&store).unwrap());
            // Let the readers catch the new state before the next build.
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    stop.store(true, Ordering::Relaxed);
    let states = states.lock().unwrap().clone();
    let (mut reads, mut asks) = (0, 0);
    for r in readers {
        let (seen, asked) = r.join().unwrap();
        asks += asked;
        for s in seen {
            let s = s.unwrap_or_else(|e| panic!("a reader failed during the builds: {e}"));
            assert!(
                states.contains(&s),
                "a reader saw a state no build left:\n{s}"
            );
            reads += 1;
        }
    }
    eprintln!(
        "builds through: {}/{BUILDS} in place, {}/{BUILDS} copy-and-swap; \
         {reads} stats and {asks} asks by {READERS} readers, all correct",
        through[0], through[1]
    );
    assert_eq!(through, [BUILDS, BUILDS]);
    assert!(reads > 0 && asks > 0, "the readers did not run");
    assert_eq!(states.len(), 2 * BUILDS + 1);
    // Every build changed the store: the states are all different.
    for (i, a) in states.iter().enumerate() {
        assert!(!states[..i].contains(a), "build {i} changed nothing:\n{a}");
    }
    // Nothing is left beside the store once the readers are gone, but the store.
    let mut names: Vec<String> = std::fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let out = newsgraph(&store).arg("stats").output().unwrap();
    assert!(out.status.success());
    let mut after: Vec<String> = std::fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    after.sort();
    assert_eq!(
        after,
        ["data", "graph.snapshot", "newsgraph.lock"],
        "{names:?}"
    );
}

#[test]
fn a_build_waits_for_another_writer_and_names_it_when_it_gives_up() {
    let lex = Lexicon::load(&root().join("data/lexicon")).unwrap();
    let work = tempfile::tempdir().unwrap();
    let store = work.path().join("store");
    let base = corpus(&lex, &work.path().join("base"), 3, 7, "base_");
    let out = newsgraph(&store).arg("build").arg(&base).output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
    // Another writer holds the lock and says who it is, as a build does.
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(store.join("newsgraph.lock"))
        .unwrap();
    lock.try_lock().unwrap();
    std::fs::write(
        store.join("newsgraph.lock"),
        "pid 4242, started Wed, 02 Dec 2026 13:55:56 GMT, command newsgraph build x",
    )
    .unwrap();
    let started = std::time::Instant::now();
    let out = newsgraph(&store)
        .arg("build")
        .arg(&base)
        .args(["--wait", "0.5"])
        .output()
        .unwrap();
    assert!(started.elapsed() >= Duration::from_millis(500));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let err = text(&out);
    assert!(
        err.contains("pid 4242") && err.contains("newsgraph build x"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    // The same for an update, and readers are not held up at all.
    let out = newsgraph(&store)
        .args(["sparql", "--update", "CLEAR ALL"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(text(&out).contains("pid 4242"), "{}", text(&out));
    assert!(stats(&store).is_ok());
    // Released: the build goes through at once.
    drop(lock);
    let out = newsgraph(&store).arg("build").arg(&base).output().unwrap();
    assert!(out.status.success(), "{}", text(&out));
}
