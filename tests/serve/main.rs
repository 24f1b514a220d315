//! `newsgraph serve`, the real binary on loopback: every endpoint's status, type and
//! content, updates, the timeout, reopening after a build, shutdown; then the page in
//! a real browser (`browser.rs`).

mod browser;
mod server;

use server::{agent, body, ng, stderr, Server};
use std::time::{Duration, Instant};

fn get(s: &Server, path: &str, accept: Option<&str>) -> (u16, String, String) {
    let mut req = agent().get(&s.url(path));
    if let Some(a) = accept {
        req = req.header("Accept", a);
    }
    let mut r = req.call().expect("request");
    let ct = server::content_type(&r);
    (r.status().as_u16(), ct, body(&mut r))
}

fn enc(s: &str) -> String {
    form_encode(s)
}

fn form_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

const ACCUSERS: &str = "SELECT ?who ?claim WHERE { ?f rdf:subject ?a ; rdf:predicate ng:accuses ; ng:claim ?claim . ?a rdfs:label ?who } ORDER BY ?who ?claim";

#[test]
fn sparql_protocol_with_content_negotiation() {
    let s = Server::shipped(&[]);
    // GET, W3C JSON by default.
    let (status, ct, text) = get(&s, &format!("/sparql?query={}", enc(ACCUSERS)), None);
    assert_eq!(status, 200, "{text}");
    assert_eq!(ct, "application/sparql-results+json");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["head"]["vars"], serde_json::json!(["who", "claim"]));
    let rows = json["results"]["bindings"].as_array().unwrap();
    assert!(rows.len() >= 4, "{text}");
    assert_eq!(rows[0]["who"]["type"], "literal");
    // The same rows as `newsgraph sparql --format json`.
    let o = ng(&s.store, &["sparql", ACCUSERS, "--format", "json"]);
    let cli: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(cli, json);

    // POST form, CSV.
    let mut r = agent()
        .post(&s.url("/sparql"))
        .header("Accept", "text/csv")
        .send_form([("query", ACCUSERS)])
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(server::content_type(&r), "text/csv; charset=utf-8");
    let csv = body(&mut r);
    assert_eq!(csv.lines().next(), Some("who,claim"));
    assert_eq!(csv.lines().count(), rows.len() + 1);

    // POST direct body, XML and TSV.
    for (accept, ct, start) in [
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
            "<?xml",
        ),
        (
            "text/tab-separated-values",
            "text/tab-separated-values; charset=utf-8",
            "?who\t?claim",
        ),
    ] {
        let mut r = agent()
            .post(&s.url("/sparql"))
            .header("Content-Type", "application/sparql-query")
            .header("Accept", accept)
            .send(ACCUSERS)
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(server::content_type(&r), ct);
        let b = body(&mut r);
        assert!(b.starts_with(start), "{b}");
    }

    // ASK.
    let (status, _, text) = get(
        &s,
        &format!(
            "/sparql?query={}",
            enc("ASK { ent:finland ng:borders ent:russia }")
        ),
        Some("application/sparql-results+json"),
    );
    assert_eq!(
        (status, text.contains("\"boolean\":true")),
        (200, true),
        "{text}"
    );

    // CONSTRUCT as Turtle and N-Triples, parsed back with oxigraph's parsers.
    let construct = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a schema:Country ; rdfs:label ?l }";
    for (accept, format) in [
        ("text/turtle", oxigraph::io::RdfFormat::Turtle),
        ("application/n-triples", oxigraph::io::RdfFormat::NTriples),
        ("application/n-quads", oxigraph::io::RdfFormat::NQuads),
    ] {
        let (status, ct, text) = get(
            &s,
            &format!("/sparql?query={}", enc(construct)),
            Some(accept),
        );
        assert_eq!(status, 200, "{text}");
        assert!(ct.starts_with(accept), "{ct}");
        let quads: Vec<_> = oxigraph::io::RdfParser::from_format(format)
            .for_slice(text.as_bytes())
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{accept}: {e}\n{text}"));
        assert!(quads.len() >= 3, "{text}");
        assert!(text.contains("Finland"));
    }

    // Errors: syntax 400 with line and column, 406, 415, missing query, updates as queries.
    let (status, ct, text) = get(
        &s,
        &format!("/sparql?query={}", enc("SELECT ?x WHERE {")),
        None,
    );
    assert_eq!(status, 400);
    assert_eq!(ct, "text/plain; charset=utf-8");
    assert!(text.starts_with("SPARQL syntax error"), "{text}");
    let (status, _, text) = get(
        &s,
        &format!("/sparql?query={}", enc(ACCUSERS)),
        Some("image/png"),
    );
    assert_eq!(status, 406);
    assert!(text.contains("text/csv"), "{text}");
    let r = agent()
        .post(&s.url("/sparql"))
        .header("Content-Type", "text/plain")
        .send(ACCUSERS)
        .unwrap();
    assert_eq!(r.status().as_u16(), 415);
    assert_eq!(get(&s, "/sparql", None).0, 400);
    let (status, _, text) = get(
        &s,
        &format!("/sparql?query={}&default-graph-uri=x", enc(ACCUSERS)),
        None,
    );
    assert_eq!(status, 400);
    assert!(text.contains("union of all articles"), "{text}");
}

#[test]
fn updates_are_refused_without_update_and_without_the_token() {
    let s = Server::shipped(&[]);
    let before = ng(&s.store, &["export", "--format", "nquads"]).stdout;
    let insert = "INSERT DATA { ent:finland ng:borders ent:atlantis }";
    let r = agent()
        .post(&s.url("/sparql"))
        .send_form([("update", insert)])
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    let r = agent()
        .post(&s.url("/sparql"))
        .header("Content-Type", "application/sparql-update")
        .header("Authorization", "Bearer anything")
        .send(insert)
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    // An update sent as a query is refused too.
    let (status, _, _) = get(&s, &format!("/sparql?query={}", enc(insert)), None);
    assert_eq!(status, 403);
    assert_eq!(
        ng(&s.store, &["export", "--format", "nquads"]).stdout,
        before
    );
    drop(s);

    // With --update: the token is needed, and then the update lands.
    let s = Server::shipped_with_env(&["--update"], &[("NEWSGRAPH_TOKEN", "s3cret")]);
    for auth in [None, Some("Bearer wrong"), Some("s3cret")] {
        let mut req = agent()
            .post(&s.url("/sparql"))
            .header("Content-Type", "application/sparql-update");
        if let Some(a) = auth {
            req = req.header("Authorization", a);
        }
        let r = req.send(insert).unwrap();
        assert_eq!(r.status().as_u16(), 401, "{auth:?}");
        assert!(r.headers().contains_key("www-authenticate"));
    }
    assert_eq!(
        ng(&s.store, &["export", "--format", "nquads"]).stdout,
        before
    );
    let r = agent()
        .post(&s.url("/sparql"))
        .header("Content-Type", "application/sparql-update")
        .header("Authorization", "Bearer s3cret")
        .send(insert)
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let ask = "ASK { ent:finland ng:borders ent:atlantis }";
    let (_, _, text) = get(&s, &format!("/sparql?query={}", enc(ask)), None);
    assert!(text.contains("\"boolean\":true"), "{text}");
}

#[test]
fn the_api_answers_like_ask() {
    let s = Server::shipped(&[]);
    for q in [
        "who accused Russia of what?",
        "which states border Russia?",
        "who is Zakharova?",
    ] {
        let (status, ct, text) = get(&s, &format!("/api/ask?q={}", enc(q)), None);
        assert_eq!((status, ct.as_str()), (200, "application/json"), "{text}");
        let api: serde_json::Value = serde_json::from_str(&text).unwrap();
        let o = ng(&s.store, &["ask", q, "--format", "json"]);
        let cli: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(api, cli, "{q}");
    }
    // Rows carry their modality (and dates), as `ask --format json` gives them.
    let (_, _, text) = get(
        &s,
        &format!("/api/ask?q={}", enc("who may close what?")),
        None,
    );
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["rows"][0]["modality"][0], "possible", "{text}");

    let (status, _, text) = get(&s, &format!("/api/ask?q={}", enc("?x acuses Russia")), None);
    assert_eq!(status, 400);
    assert!(
        text.contains("did you mean accuses") && text.contains("^^^^^^"),
        "{text}"
    );
    assert_eq!(get(&s, "/api/ask", None).0, 400);

    let (status, ct, text) = get(
        &s,
        &format!("/api/explain?q={}", enc("who denied what?")),
        None,
    );
    assert_eq!((status, ct.as_str()), (200, "text/plain; charset=utf-8"));
    assert!(
        text.contains("-- plan") && text.contains("-- sparql"),
        "{text}"
    );

    let (status, _, text) = get(
        &s,
        &format!("/api/complete?prefix={}", enc("who accused Rus")),
        None,
    );
    assert_eq!(status, 200);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["keep"], "who accused ");
    assert!(
        v["candidates"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["replacement"] == "Russia"),
        "{text}"
    );
    let (_, _, text) = get(
        &s,
        &format!("/api/complete?prefix={}", enc("who acc")),
        None,
    );
    assert!(text.contains("\"accused\""), "{text}");

    // The article behind a source, with the sentence at its byte span.
    let src = &v_sources(&s)[0];
    let doc = src["doc"].as_str().unwrap();
    let (status, _, text) = get(&s, &format!("/api/article/{doc}"), None);
    assert_eq!(status, 200, "{text}");
    let a: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(a["id"], doc);
    assert!(a["title"].is_string());
    assert!(
        a["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["start"] == src["start"]
                && x["end"] == src["end"]
                && x["text"] == src["sentence"]),
        "{text}"
    );
    assert!(!a["facts"].as_array().unwrap().is_empty());
    // A prefix names the article too; an unknown one is a 404.
    let short = doc.split('_').next().unwrap();
    assert_eq!(get(&s, &format!("/api/article/{short}"), None).0, 200);
    assert_eq!(get(&s, "/api/article/nope", None).0, 404);

    // The answer as SVG when Graphviz is installed, else a clear 501.
    let (status, ct, text) = get(
        &s,
        &format!("/api/graph?q={}", enc("who denied what?")),
        None,
    );
    if server::has_dot() {
        assert_eq!((status, ct.as_str()), (200, "image/svg+xml"), "{text}");
        assert!(text.contains("<svg") && text.contains("Russia"), "{text}");
    } else {
        assert_eq!(status, 501);
        assert!(text.contains("install"), "{text}");
    }

    assert_eq!(
        get(&s, "/healthz", None),
        (200, "text/plain; charset=utf-8".into(), "ok\n".into())
    );
    let (status, ct, text) = get(&s, "/", None);
    assert_eq!((status, ct.as_str()), (200, "text/html; charset=utf-8"));
    assert!(text.contains("<title>newsgraph</title>"));
}

fn v_sources(s: &Server) -> Vec<serde_json::Value> {
    let (_, _, text) = get(s, &format!("/api/ask?q={}", enc("who denied what?")), None);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["rows"][0]["sources"].as_array().unwrap().clone()
}

#[test]
fn a_runaway_query_is_cut_at_the_timeout_while_others_are_served() {
    let s = Server::shipped(&["--timeout", "5"]);
    let cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let url = s.url(&format!("/sparql?query={}", enc(cross)));
    let started = Instant::now();
    let runaway = std::thread::spawn(move || {
        let mut r = agent().get(&url).call().unwrap();
        (r.status().as_u16(), body(&mut r), started.elapsed())
    });
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(get(&s, "/healthz", None).0, 200);
    let (status, _, _) = get(&s, &format!("/api/ask?q={}", enc("who denied what?")), None);
    assert_eq!(status, 200);
    // Both were answered while the runaway query was still running.
    assert!(!runaway.is_finished(), "{:?}", started.elapsed());
    let (status, text, took) = runaway.join().unwrap();
    assert_eq!(status, 504, "{text}");
    assert_eq!(
        text.trim(),
        "the query was stopped after the 5-second timeout (--timeout SECS to allow more)"
    );
    assert!(took < Duration::from_secs(20), "{took:?}");
    // Cut results say so in a header.
    let s = Server::shipped(&["--max-rows", "3"]);
    let mut r = agent()
        .get(&s.url(&format!("/sparql?query={}", enc("SELECT * { ?s ?p ?o }"))))
        .header("Accept", "text/csv")
        .call()
        .unwrap();
    assert_eq!(r.headers().get("newsgraph-cut").unwrap(), "first 3 rows");
    assert_eq!(body(&mut r).lines().count(), 4);
}

#[test]
fn a_build_in_another_process_is_picked_up_and_sigterm_stops_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    let four = dir.path().join("four");
    std::fs::create_dir(&four).unwrap();
    let articles = server::root().join("data/articles");
    let mut names: Vec<_> = std::fs::read_dir(&articles)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt") || n.ends_with(".md") || n.ends_with(".html"))
        .collect();
    names.sort();
    for n in &names[..names.len() - 1] {
        std::fs::copy(articles.join(n), four.join(n)).unwrap();
    }
    let o = ng(&store, &["build", four.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = Server::start(&store, &[], &[]);
    let count = |s: &Server| {
        let q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?f rdf:predicate ?p } }";
        let (_, _, text) = get(s, &format!("/sparql?query={}", enc(q)), Some("text/csv"));
        text.lines().nth(1).unwrap_or_default().to_string()
    };
    assert_eq!(count(&s), "4");
    let (_, _, before) = get(
        &s,
        &format!("/api/ask?q={}", enc("who accused Russia of what?")),
        None,
    );
    // The server holds no lock between requests, so a build can run.
    let o = ng(&store, &["build", articles.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(count(&s), "5");
    let (_, _, after) = get(
        &s,
        &format!("/api/ask?q={}", enc("who accused Russia of what?")),
        None,
    );
    assert_ne!(before, after, "the answer should include the fifth article");
    let cli = ng(
        &store,
        &["ask", "who accused Russia of what?", "--format", "json"],
    );
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&after).unwrap(),
        serde_json::from_slice::<serde_json::Value>(&cli.stdout).unwrap()
    );
    let (code, log) = s.terminate();
    assert_eq!(code, Some(0), "{log}");
    assert!(log.contains("GET /api/ask 200"), "{log}");
    assert!(log.contains("shutting down"), "{log}");
}

#[test]
fn bad_addresses_and_missing_tokens_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    assert!(ng(&store, &["build"]).status.success());
    let o = ng(&store, &["serve", "--bind", "not-an-address"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("cannot listen on not-an-address"),
        "{}",
        stderr(&o)
    );
    let o = server::ng_env(&store, &["serve", "--update"], &[("NEWSGRAPH_TOKEN", "")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("--update needs a bearer token"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn deep_sparql_nesting_and_runaway_joins_are_bad_requests_in_one_line() {
    let s = Server::shipped(&[]);
    let braces = format!(
        "SELECT * WHERE {}?s ?p ?o{}",
        "{".repeat(4000),
        "}".repeat(4000)
    );
    let (status, _, text) = get(&s, &format!("/sparql?query={}", enc(&braces)), None);
    assert_eq!(status, 400, "{text}");
    assert_eq!(
        text.trim(),
        "SPARQL brackets nest 257 deep at line 1, column 272; at most 256 levels are allowed"
    );
    let four = "?a0 ?r0 ?b0 and ?a1 ?r1 ?b1 and ?a2 ?r2 ?b2 and ?a3 ?r3 ?b3";
    let (status, _, text) = get(&s, &format!("/api/ask?q={}", enc(four)), None);
    assert_eq!(status, 400, "{text}");
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.contains("this query would produce more than"),
        "{text}"
    );
    // The server goes on.
    assert_eq!(get(&s, "/healthz", None).0, 200);
}
