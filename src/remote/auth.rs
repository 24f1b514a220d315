//! Credentials for a remote store: from the environment, else `~/.netrc`. They go into
//! the `Authorization` header and nowhere else: never into a message, a log or `Debug`.

use base64::Engine as _;

/// Environment variable with the user name for HTTP basic authentication.
pub const USER_VAR: &str = "NEWSGRAPH_REMOTE_USER";
/// Environment variable with the password for HTTP basic authentication.
pub const PASSWORD_VAR: &str = "NEWSGRAPH_REMOTE_PASSWORD";
/// Environment variable with a bearer token (used when no user is set).
pub const TOKEN_VAR: &str = "NEWSGRAPH_REMOTE_TOKEN";

/// How to authenticate to a remote store.
#[derive(Clone, PartialEq, Eq)]
pub enum Auth {
    /// HTTP basic authentication.
    Basic {
        /// The user name.
        user: String,
        /// The password.
        password: String,
    },
    /// A bearer token.
    Bearer(String),
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Auth::Basic { .. } => "Basic(…)",
            Auth::Bearer(_) => "Bearer(…)",
        })
    }
}

impl Auth {
    /// Credentials for `host`: `NEWSGRAPH_REMOTE_USER` and `NEWSGRAPH_REMOTE_PASSWORD`,
    /// else `NEWSGRAPH_REMOTE_TOKEN`, else the `machine host` (or `default`) entry of
    /// `$NETRC` or `~/.netrc`; `None` when there are none.
    pub fn find(host: &str) -> Option<Auth> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        if let Some(user) = var(USER_VAR) {
            return Some(Auth::Basic {
                user,
                password: var(PASSWORD_VAR).unwrap_or_default(),
            });
        }
        if let Some(token) = var(TOKEN_VAR) {
            return Some(Auth::Bearer(token));
        }
        let path = match std::env::var_os("NETRC") {
            Some(p) => std::path::PathBuf::from(p),
            None => std::path::PathBuf::from(std::env::var_os("HOME")?).join(".netrc"),
        };
        netrc(&std::fs::read_to_string(path).ok()?, host)
    }

    /// The value of the `Authorization` header.
    pub fn header(&self) -> String {
        match self {
            Auth::Basic { user, password } => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            ),
            Auth::Bearer(t) => format!("Bearer {t}"),
        }
    }
}

/// The login and password of `host` in a `.netrc` file (or of its `default` entry):
/// tokens separated by blanks, `machine NAME` or `default` starting an entry.
fn netrc(text: &str, host: &str) -> Option<Auth> {
    let mut words = text.split_whitespace();
    let mut found: Option<(Option<String>, Option<String>)> = None;
    let mut fallback = None;
    let mut current: Option<(bool, Option<String>, Option<String>)> = None;
    let mut finish = |c: Option<(bool, Option<String>, Option<String>)>, default: bool| {
        if let Some((matches, login, password)) = c {
            if matches && found.is_none() {
                found = Some((login, password));
            } else if default && fallback.is_none() {
                fallback = Some((login, password));
            }
        }
    };
    let mut is_default = false;
    while let Some(w) = words.next() {
        match w {
            "machine" => {
                finish(current.take(), is_default);
                is_default = false;
                let name = words.next().unwrap_or_default();
                current = Some((name == host, None, None));
            }
            "default" => {
                finish(current.take(), is_default);
                is_default = true;
                current = Some((false, None, None));
            }
            "login" => {
                if let Some(c) = current.as_mut() {
                    c.1 = words.next().map(str::to_string);
                }
            }
            "password" => {
                if let Some(c) = current.as_mut() {
                    c.2 = words.next().map(str::to_string);
                }
            }
            _ => {}
        }
    }
    finish(current.take(), is_default);
    let (login, password) = found.or(fallback)?;
    Some(Auth::Basic {
        user: login?,
        password: password.unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn netrc_entries_by_host_then_default() {
        let text = "machine a.example login al password pa\n\
                    machine 127.0.0.1\n  login lo\n  password secret\n\
                    default login anon password x";
        let basic = |u: &str, p: &str| {
            Some(Auth::Basic {
                user: u.into(),
                password: p.into(),
            })
        };
        assert_eq!(netrc(text, "127.0.0.1"), basic("lo", "secret"));
        assert_eq!(netrc(text, "a.example"), basic("al", "pa"));
        assert_eq!(netrc(text, "other"), basic("anon", "x"));
        assert_eq!(netrc("machine a login b", "c"), None);
    }

    #[test]
    fn headers_carry_credentials_and_debug_hides_them() {
        let a = Auth::Basic {
            user: "Aladdin".into(),
            password: "open sesame".into(),
        };
        assert_eq!(a.header(), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assert_eq!(format!("{a:?}"), "Basic(…)");
        assert_eq!(Auth::Bearer("t".into()).header(), "Bearer t");
        assert!(!format!("{:?}", Auth::Bearer("t0ken".into())).contains("t0ken"));
    }
}
