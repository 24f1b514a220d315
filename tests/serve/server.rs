//! Starting `newsgraph serve` on loopback for a test, and a small HTTP client.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn ng_env(store: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    c.current_dir(root())
        .env_remove("NEWSGRAPH_STORE")
        .env_remove("NEWSGRAPH_LEXICON")
        .env_remove("NEWSGRAPH_TOKEN")
        .arg("--store")
        .arg(store)
        .args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run newsgraph")
}

pub fn ng(store: &Path, args: &[&str]) -> Output {
    ng_env(store, args, &[])
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// An HTTP client that returns 4xx and 5xx responses rather than errors.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

pub fn body(r: &mut ureq::http::Response<ureq::Body>) -> String {
    r.body_mut().read_to_string().expect("body")
}

pub fn content_type(r: &ureq::http::Response<ureq::Body>) -> String {
    r.headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

pub fn has_dot() -> bool {
    Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A running server; stopped (SIGTERM) when dropped.
pub struct Server {
    child: Option<Child>,
    addr: String,
    pub store: PathBuf,
    _dir: Option<tempfile::TempDir>,
}

impl Server {
    /// A server on a fresh store of the shipped articles.
    pub fn shipped(args: &[&str]) -> Server {
        Self::shipped_with_env(args, &[])
    }

    pub fn shipped_with_env(args: &[&str], env: &[(&str, &str)]) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("s");
        let o = ng(&store, &["build"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let mut s = Self::start(&store, args, env);
        s._dir = Some(dir);
        s
    }

    /// Starts `newsgraph serve` on a free port and waits for its address line.
    pub fn start(store: &Path, args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut c = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
        c.current_dir(root())
            .env_remove("NEWSGRAPH_STORE")
            .env_remove("NEWSGRAPH_TOKEN")
            .arg("--store")
            .arg(store)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            c.env(k, v);
        }
        let mut child = c.spawn().expect("start newsgraph serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .and_then(|a| a.strip_suffix('/'))
            .unwrap_or_else(|| {
                let mut err = String::new();
                let _ = child.stderr.take().unwrap().read_to_string(&mut err);
                panic!("no address line: {line:?}; stderr: {err}")
            })
            .to_string();
        Server {
            child: Some(child),
            addr,
            store: store.to_path_buf(),
            _dir: None,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Sends SIGTERM and returns the exit code and the log (stderr).
    pub fn terminate(mut self) -> (Option<i32>, String) {
        let child = self.child.take().unwrap();
        sigterm(&child);
        let out = child.wait_with_output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

fn sigterm(child: &Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            sigterm(&child);
            // A server that does not stop within 10 s is killed.
            for _ in 0..100 {
                if child.try_wait().ok().flatten().is_some() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
