//! The page in a real browser: Debian's chromium, headless, driven over WebDriver
//! (plain HTTP calls to chromedriver on loopback). Skipped with a message when
//! chromium or chromedriver is missing, except under `CI=true`, where that fails.

use crate::server::{agent, has_dot, root, Server};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn which(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    names.iter().find_map(|n| {
        std::env::split_paths(&path)
            .map(|d| d.join(n))
            .find(|p| p.is_file())
    })
}

/// A chromedriver process with one headless chromium session.
struct Browser {
    driver: Child,
    base: String,
    session: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn start() -> Option<Browser> {
        let (Some(chromium), Some(chromedriver)) = (
            which(&["chromium", "chromium-browser"]),
            which(&["chromedriver"]),
        ) else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "chromium and chromium-driver must be installed under CI (apt-get install chromium chromium-driver)"
            );
            eprintln!("skipping the browser test: chromium or chromedriver is not installed");
            return None;
        };
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let base = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while agent().get(&format!("{base}/status")).call().is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().unwrap();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "goog:chromeOptions": {
                "binary": chromium,
                "args": ["--headless", "--no-sandbox", "--disable-gpu",
                         "--disable-background-networking", "--no-first-run", "--disable-sync",
                         "--disable-component-update", "--disable-dev-shm-usage",
                         "--window-size=1280,900",
                         format!("--user-data-dir={}", profile.path().display())]
            }
        }}});
        let mut b = Browser {
            driver,
            base,
            session: String::new(),
            _profile: profile,
        };
        let v = b.call("POST", "/session", Some(caps));
        b.session = v["sessionId"].as_str().expect("session id").to_string();
        Some(b)
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{}", self.base, path);
        let a = agent();
        let mut r = match method {
            "GET" => a.get(&url).call(),
            "DELETE" => a.delete(&url).call(),
            _ => a
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body.unwrap_or(json!({})).to_string()),
        }
        .expect("webdriver call");
        let text = r.body_mut().read_to_string().unwrap();
        let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        assert!(r.status().is_success(), "{method} {path}: {text}");
        v["value"].clone()
    }

    fn s(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    fn go(&self, url: &str) {
        self.call("POST", &self.s("/url"), Some(json!({ "url": url })));
    }

    fn find(&self, css: &str) -> String {
        let v = self.call(
            "POST",
            &self.s("/element"),
            Some(json!({"using": "css selector", "value": css})),
        );
        v[ELEMENT].as_str().expect("element").to_string()
    }

    fn click(&self, css: &str) {
        let e = self.find(css);
        self.call("POST", &self.s(&format!("/element/{e}/click")), None);
    }

    fn keys(&self, css: &str, text: &str) {
        let e = self.find(css);
        self.call(
            "POST",
            &self.s(&format!("/element/{e}/value")),
            Some(json!({ "text": text })),
        );
    }

    fn js(&self, script: &str) -> Value {
        self.call(
            "POST",
            &self.s("/execute/sync"),
            Some(json!({"script": script, "args": []})),
        )
    }

    /// Waits until `script` returns something truthy, and returns it.
    fn wait(&self, what: &str, script: &str) -> Value {
        let started = Instant::now();
        loop {
            let v = self.js(script);
            if !(v.is_null() || v == json!(false) || v == json!(0) || v == json!("")) {
                return v;
            }
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "timed out waiting for {what}; status: {}",
                self.js("return document.getElementById('status').textContent")
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn screenshot(&self, path: &Path) {
        let v = self.call("GET", &self.s("/screenshot"), None);
        let png = base64(v.as_str().expect("base64 screenshot"));
        assert!(png.starts_with(b"\x89PNG"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, png).unwrap();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = agent()
                .delete(&format!("{}/session/{}", self.base, self.session))
                .call();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Standard base64 (the WebDriver screenshot encoding).
fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let bytes: Vec<u8> = s
        .bytes()
        .filter(|c| c.is_ascii_alphanumeric() || *c == b'+' || *c == b'/')
        .collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &c)| {
            acc | (u32::from(val(c)) << (18 - 6 * i))
        });
        let b = n.to_be_bytes();
        out.extend_from_slice(&b[1..chunk.len()]);
    }
    out
}

#[test]
fn the_page_in_a_real_browser() {
    let Some(b) = Browser::start() else {
        return;
    };
    let s = Server::shipped(&[]);
    let api: Value = {
        let mut r = agent()
            .get(&s.url("/api/ask?q=who%20accused%20Russia%20of%20what%3F"))
            .call()
            .unwrap();
        serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap()
    };
    b.go(&s.url("/"));

    // Completion: type part of a name, take the suggestion with Tab, then ask.
    b.keys("#q", "who accused Rus");
    b.wait(
        "a suggestion",
        "return [...document.querySelectorAll('#suggestions li')].some(li => li.textContent === 'Russia')",
    );
    b.keys("#q", "\u{E004}");
    assert_eq!(
        b.js("return document.getElementById('q').value"),
        "who accused Russia"
    );
    b.keys("#q", " of what?\u{E007}");
    let n = b.wait(
        "the answer rows",
        "return document.querySelectorAll('#answer tbody tr').length",
    );
    let rows = api["rows"].as_array().unwrap();
    assert_eq!(n, json!(rows.len()));
    let first = b.js("return [...document.querySelectorAll('#answer tbody tr:first-child td')].map(td => td.textContent)");
    assert_eq!(first[0], rows[0]["who"]["label"]);
    assert_eq!(first[1], rows[0]["claim"]);
    assert_eq!(first[2], "asserted");
    let header = b.js(
        "return [...document.querySelectorAll('#answer th')].map(th => th.textContent).join(',')",
    );
    assert_eq!(header, "who,claim,modality,date,sources");

    // A source opens its article with the sentence highlighted.
    b.click("#answer tbody tr:first-child .source");
    let mark = b.wait(
        "the highlighted sentence",
        "const m = document.querySelector('#article mark'); return m && m.textContent",
    );
    assert_eq!(mark, rows[0]["sources"][0]["sentence"]);
    let target = root().join("target");
    b.screenshot(&target.join("serve-answer.png"));
    if std::env::var_os("NEWSGRAPH_DOCS_SCREENSHOT").is_some() {
        b.screenshot(&root().join("docs/serve.png"));
    }

    // The graph tab, by keyboard: arrow right on the tab list.
    b.keys("#tab-answer", "\u{E014}");
    assert_eq!(
        b.js("return document.getElementById('tab-graph').getAttribute('aria-selected')"),
        "true"
    );
    if has_dot() {
        b.wait(
            "the graph picture",
            "const i = document.querySelector('#graph img'); return i && i.complete && i.naturalWidth > 0",
        );
    } else {
        let msg = b.wait(
            "the graph error",
            "const s = document.getElementById('graph-status'); return s.classList.contains('error') && s.textContent",
        );
        assert!(msg.as_str().unwrap().contains("graphviz"), "{msg}");
    }
    b.screenshot(&target.join("serve-graph.png"));

    // The SPARQL tab runs the example query and shows a table.
    b.click("#tab-sparql");
    b.click("#sparql-run");
    let n = b.wait(
        "the SPARQL rows",
        "return document.querySelectorAll('#sparql-table tbody tr').length",
    );
    assert!(n.as_u64().unwrap() >= 4, "{n}");
    assert_eq!(
        b.js("return [...document.querySelectorAll('#sparql-table th')].map(th => th.textContent).join(',')"),
        "who,claim"
    );
    b.screenshot(&target.join("serve-sparql.png"));

    // Phone width: nothing wider than the screen but the tables' own scroll boxes.
    b.call(
        "POST",
        &b.s("/window/rect"),
        Some(json!({"width": 390, "height": 844})),
    );
    b.click("#tab-answer");
    let overflow =
        b.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assert!(
        overflow.as_i64().unwrap() <= 1,
        "page wider than a phone by {overflow}px"
    );
    b.screenshot(&target.join("serve-phone.png"));
}
