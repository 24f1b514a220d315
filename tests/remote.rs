//! Remote stores against real servers on loopback: the oxigraph server (PyPI's
//! `oxigraph`, `oxigraph serve`) and Virtuoso Open Source (Debian's
//! `virtuoso-opensource-7-bin`, `virtuoso-t` with a new database). `build --remote`
//! pushes the shipped articles; every query file under `queries/` gives the same output
//! with `ask --endpoint` as locally, and so does a REPL script with `repl --endpoint`;
//! a second push skips every article; `--prune` deletes the graphs of articles gone
//! from the inputs; a push to a dead port fails naming the articles it did not write,
//! and the same push completes once a store listens there.
//!
//! Without the `oxigraph` or `virtuoso-t` command a test says so and passes, except
//! under `CI=true`, where that fails (`.ci/run` installs both).

mod common;
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn newsgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .current_dir(common::root())
        .env_remove("NEWSGRAPH_REMOTE_USER")
        .env_remove("NEWSGRAPH_REMOTE_TOKEN")
        .output()
        .unwrap()
}

/// `newsgraph repl ARGS` with `script` on standard input.
fn repl(args: &[&str], script: &str) -> Output {
    common::with_input(
        Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .arg("repl")
            .args(args)
            .current_dir(common::root())
            .env("NEWSGRAPH_HISTORY", "/dev/null"),
        script,
    )
}

#[track_caller]
fn ok(args: &[&str]) -> String {
    let out = newsgraph(args);
    assert!(
        out.status.success(),
        "newsgraph {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A port nothing listens on (as far as the kernel knows now).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A server on loopback, stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `cmd` with its output dropped; `None` when the command is missing, which
/// fails under `CI=true` (`.ci/run` installs it as `install` says).
fn spawn(cmd: &mut Command, install: &str) -> Option<Server> {
    let name = cmd.get_program().to_string_lossy().into_owned();
    match cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn() {
        Ok(child) => Some(Server(child)),
        Err(e) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "`{name}` must be installed under CI ({install}): {e}"
            );
            eprintln!("skipped: no `{name}` command ({e}); {install}");
            None
        }
    }
}

/// The oxigraph server (`oxigraph serve`) on `port` with its data in `dir`, once it
/// listens.
fn oxigraph(dir: &Path, port: u16) -> Option<Server> {
    let server = spawn(
        Command::new("oxigraph")
            .args(["serve", "--union-default-graph", "--location"])
            .arg(dir)
            .args(["--bind", &format!("127.0.0.1:{port}")]),
        "python3 -m pip install oxigraph",
    )?;
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "oxigraph did not listen on port {port} within 30 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(server)
}

/// A Virtuoso Open Source server (Debian's `virtuoso-opensource-7-bin`, `virtuoso-t` in
/// the foreground) with its HTTP server on `port`, a new database in `dir` and its
/// anonymous SPARQL user allowed to write through the Graph Store Protocol.
fn virtuoso(dir: &Path, port: u16) -> Option<Server> {
    std::fs::create_dir_all(dir).unwrap();
    let sql = free_port();
    let d = dir.display();
    let ini = dir.join("virtuoso.ini");
    std::fs::write(
        &ini,
        format!(
            "[Database]\nDatabaseFile = {d}/virtuoso.db\nErrorLogFile = {d}/virtuoso.log\n\
                 LockFile = {d}/virtuoso.lck\nTransactionFile = {d}/virtuoso.trx\n\
                 xa_persistent_file = {d}/virtuoso.pxa\n\
                 [TempDatabase]\nDatabaseFile = {d}/temp.db\nTransactionFile = {d}/temp.trx\n\
                 [Parameters]\nServerPort = 127.0.0.1:{sql}\nNumberOfBuffers = 10000\n\
                 MaxDirtyBuffers = 6000\nDirsAllowed = {d}\n\
                 [HTTPServer]\nServerPort = 127.0.0.1:{port}\nServerRoot = {d}\nServerThreads = 4\n\
                 [SPARQL]\nResultSetMaxRows = 1000000\n"
        ),
    )
    .unwrap();
    let server = spawn(
        Command::new("virtuoso-t")
            .args(["+foreground", "+configfile"])
            .arg(&ini)
            .current_dir(dir),
        "apt-get install virtuoso-opensource-7-bin",
    )?;
    // The SQL port answers once the database is made; then the SPARQL user may write.
    let grant =
        "grant SPARQL_UPDATE to \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);";
    let started = Instant::now();
    loop {
        // (`timeout`: a call stuck on a server still starting is cut and tried again.)
        let out = Command::new("timeout")
            .args([
                "10",
                "isql-vt",
                &sql.to_string(),
                "dba",
                "dba",
                &format!("exec={grant}"),
            ])
            .output()
            .expect("timeout (coreutils)");
        if out.status.success() && TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "Virtuoso did not start within 60 s: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    Some(server)
}

/// The shipped articles' document ids.
fn shipped_ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(common::root().join("data/articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    ids
}

/// Pushes the shipped articles to `gsp`, then checks that every example query and a
/// SPARQL query answer through `endpoint` as they do on a local build, and that a
/// second push finds every article unchanged.
fn same_as_local(tmp: &Path, gsp: &str, endpoint: &str) {
    let local = tmp.join("local");
    let local = local.to_str().unwrap();
    ok(&["build", "--store", local, "data/articles"]);

    let first = ok(&["build", "--remote", gsp, "data/articles"]);
    assert!(
        first.contains(": 5 articles (5 written, 0 unchanged)"),
        "{first}"
    );

    // Every example query answers the same remotely, errors included; but the
    // searches of the sentences' words, which read the facts of a local graph (an
    // endpoint's index holds entities and articles only, `remote::index`), and stay
    // errors on an endpoint.
    let mut files: Vec<_> = std::fs::read_dir(common::root().join("queries"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ng"))
        .filter(|p| !p.to_string_lossy().contains("-search-"))
        .collect();
    files.sort();
    assert!(files.len() > 50, "{} query files", files.len());
    for f in &files {
        let f = f.to_str().unwrap();
        let here = newsgraph(&["ask", "--sources", "-f", f, "--store", local]);
        let there = newsgraph(&["ask", "--sources", "-f", f, "--endpoint", endpoint]);
        let text = |o: &Output| String::from_utf8_lossy(&o.stdout).into_owned();
        assert_eq!(
            here.status.code(),
            there.status.code(),
            "{f}: {}",
            text(&there)
        );
        assert_eq!(text(&here), text(&there), "{f}");
        assert_eq!(
            String::from_utf8_lossy(&here.stderr),
            String::from_utf8_lossy(&there.stderr),
            "{f}"
        );
    }

    // SPARQL with the predeclared prefixes, forwarded.
    let q =
        "SELECT ?who (COUNT(?f) AS ?n) WHERE { ?f rdf:subject ?who ; rdf:predicate ng:accuses } \
             GROUP BY ?who ORDER BY ?who";
    for format in ["table", "csv", "json"] {
        let here = ok(&["sparql", q, "--format", format, "--store", local]);
        let there = ok(&["sparql", q, "--format", format, "--endpoint", endpoint]);
        assert_eq!(here, there, "--format {format}");
    }

    // The REPL reads the endpoint as it reads the local store: questions, SPARQL, its
    // errors and the counts of `:stats`; only `:load`, which builds locally, is refused.
    let script = "who accused Russia of what?\n:sources on\nwho may close what?\n:stats\n\
        :sparql\nSELECT ?p (COUNT(?f) AS ?n) WHERE { ?f rdf:predicate ?p } GROUP BY ?p ORDER BY ?p\n\
        SELEC ?x\n:ask\nwho is Zakharova?\n";
    let here = repl(&["--store", local], script);
    let there = repl(&["--endpoint", endpoint], script);
    assert_eq!(here.status.code(), there.status.code());
    assert_eq!(
        String::from_utf8_lossy(&here.stdout),
        String::from_utf8_lossy(&there.stdout)
    );
    assert_eq!(
        String::from_utf8_lossy(&here.stderr),
        String::from_utf8_lossy(&there.stderr)
    );
    let stdout = String::from_utf8_lossy(&there.stdout);
    assert!(
        stdout.contains("5 articles, 37 entities, 139 facts"),
        "{stdout}"
    );
    let load = repl(&["--endpoint", endpoint], ":load data/articles\n");
    let err = String::from_utf8_lossy(&load.stderr);
    assert_eq!(load.status.code(), Some(1), "{err}");
    assert!(err.contains(":load builds the local store"), "{err}");

    // A second push finds every article unchanged.
    let again = ok(&["build", "--remote", gsp, "data/articles"]);
    assert!(
        again.contains(": 5 articles (0 written, 5 unchanged)"),
        "{again}"
    );
}

/// The number of article graphs `endpoint` holds.
fn articles(endpoint: &str) -> String {
    let q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a schema:NewsArticle } }";
    ok(&["sparql", q, "--format", "csv", "--endpoint", endpoint])
        .lines()
        .nth(1)
        .unwrap_or_default()
        .to_string()
}

/// `--prune` deletes the graphs of the articles no longer among the inputs, and only
/// those: pushing three of the five shipped articles leaves three.
fn prune_follows_the_inputs(tmp: &Path, gsp: &str, endpoint: &str) {
    assert_eq!(articles(endpoint), "5");
    let some = tmp.join("some");
    std::fs::create_dir_all(&some).unwrap();
    let mut files: Vec<String> = shipped_ids().iter().map(|id| format!("{id}.txt")).collect();
    files.truncate(3);
    files.push("manifest.toml".into());
    for file in &files {
        std::fs::copy(
            common::root().join("data/articles").join(file),
            some.join(file),
        )
        .unwrap();
    }
    let some = some.to_str().unwrap();
    let line = ok(&["build", "--remote", gsp, some, "--prune"]);
    assert!(
        line.contains(": 3 articles (0 written, 3 unchanged, 2 removed)"),
        "{line}"
    );
    assert_eq!(articles(endpoint), "3");
    let again = ok(&["build", "--remote", gsp, some, "--prune"]);
    assert!(
        again.contains(": 3 articles (0 written, 3 unchanged)"),
        "{again}"
    );
    // Without --prune nothing is deleted; pushing all five again writes the two back.
    let all = ok(&["build", "--remote", gsp, "data/articles"]);
    assert!(
        all.contains(": 5 articles (2 written, 3 unchanged)"),
        "{all}"
    );
    assert_eq!(articles(endpoint), "5");
}

#[test]
fn virtuoso_answers_as_a_local_build() {
    let tmp = tempfile::tempdir().unwrap();
    let port = free_port();
    let Some(_server) = virtuoso(&tmp.path().join("virtuoso"), port) else {
        return;
    };
    // The Graph Store Protocol at /sparql-graph-crud; queries go to /sparql.
    let gsp = format!("http://127.0.0.1:{port}/sparql-graph-crud");
    let endpoint = format!("http://127.0.0.1:{port}/sparql");
    same_as_local(tmp.path(), &gsp, &endpoint);
    prune_follows_the_inputs(tmp.path(), &gsp, &endpoint);
}

#[test]
fn push_query_and_complete_a_failed_push() {
    let tmp = tempfile::tempdir().unwrap();
    let port = free_port();
    let Some(server) = oxigraph(&tmp.path().join("oxigraph"), port) else {
        return;
    };
    let gsp = format!("http://127.0.0.1:{port}/store");
    let endpoint = format!("http://127.0.0.1:{port}/query");
    same_as_local(tmp.path(), &gsp, &endpoint);
    prune_follows_the_inputs(tmp.path(), &gsp, &endpoint);
    drop(server);

    // Nothing listens on a dead port: the push fails, naming every article.
    let dead = free_port();
    let dead_gsp = format!("http://127.0.0.1:{dead}/store");
    let out = newsgraph(&["build", "--remote", &dead_gsp, "data/articles"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("5 of 5 articles not written"), "{err}");
    for id in shipped_ids() {
        assert!(err.contains(&id), "{id} not named: {err}");
    }
    assert!(!err.contains("panicked"), "{err}");

    // Once a store listens there, the same command writes them all.
    let Some(_second) = oxigraph(&tmp.path().join("second"), dead) else {
        return;
    };
    let done = ok(&["build", "--remote", &dead_gsp, "data/articles"]);
    assert!(
        done.contains(": 5 articles (5 written, 0 unchanged)"),
        "{done}"
    );
}

#[test]
fn bad_endpoints_are_usage_errors() {
    for (url, says) in [
        ("ftp://127.0.0.1/store", "expected http://"),
        ("http://user:pw@127.0.0.1:1/store", "not in the URL"),
    ] {
        let out = newsgraph(&["ask", "who denied what?", "--endpoint", url]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{url}: {err}");
        assert!(err.contains(says), "{url}: {err}");
        assert!(!err.contains("pw"), "the password is printed: {err}");
    }
}

/// A proxy on loopback in front of `port` that answers 503 to every PUT of a graph
/// whose IRI contains `fail`, and forwards the rest: a store that breaks part-way.
fn flaky_proxy(port: u16, fail: &'static str) -> u16 {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let own = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        for conn in listener.incoming() {
            let Ok(conn) = conn else { break };
            let mut reader = BufReader::new(conn.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let mut parts = line.split_whitespace();
            let (method, path) = (
                parts.next().unwrap().to_string(),
                parts.next().unwrap().to_string(),
            );
            let (mut length, mut content_type, mut accept) = (0, String::new(), String::new());
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).unwrap();
                if h.trim().is_empty() {
                    break;
                }
                let (k, v) = h.split_once(':').unwrap();
                match k.to_ascii_lowercase().as_str() {
                    "content-length" => length = v.trim().parse().unwrap(),
                    "content-type" => content_type = v.trim().to_string(),
                    "accept" => accept = v.trim().to_string(),
                    _ => {}
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let url = format!("http://127.0.0.1:{port}{path}");
            let (status, answer) = if method == "PUT" && path.contains(fail) {
                (503, b"down for maintenance".to_vec())
            } else {
                let mut r = match method.as_str() {
                    "PUT" => agent
                        .put(&url)
                        .header("Content-Type", &content_type)
                        .send(&body[..]),
                    _ => agent
                        .post(&url)
                        .header("Content-Type", &content_type)
                        .header("Accept", &accept)
                        .send(&body[..]),
                }
                .unwrap();
                let status = r.status().as_u16();
                (status, r.body_mut().read_to_vec().unwrap())
            };
            let mut conn = conn;
            let _ = write!(
                conn,
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nContent-Type: application/sparql-results+json\r\nConnection: close\r\n\r\n",
                answer.len()
            );
            let _ = conn.write_all(&answer);
        }
    });
    own
}

#[test]
fn a_push_that_fails_part_way_names_what_is_missing_and_a_rerun_completes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let port = free_port();
    let Some(_server) = oxigraph(&tmp.path().join("oxigraph"), port) else {
        return;
    };
    let failing = "002_dead42a78e48e8cf";
    let proxy = flaky_proxy(port, failing);
    let out = newsgraph(&[
        "build",
        "--remote",
        &format!("http://127.0.0.1:{proxy}/store"),
        "data/articles",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("503"), "{err}");
    assert!(
        err.contains(&format!("1 of 5 articles not written: {failing}\n")),
        "{err}"
    );
    assert!(err.contains("4 written before the failure"), "{err}");

    let done = ok(&[
        "build",
        "--remote",
        &format!("http://127.0.0.1:{port}/store"),
        "data/articles",
    ]);
    assert!(
        done.contains(": 5 articles (1 written, 4 unchanged)"),
        "{done}"
    );
}
