//! Page security (issue 7), checked on the page's sources: no eval and no HTML sinks in
//! www/*.js, Blob URLs revoked, no way for pasted text to leave the page, a strict CSP in
//! every page and in the server's header; and the server itself: the header on every
//! response, no path traversal.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The page's own files with the given extension (www/pkg, which wasm-bindgen writes, aside).
fn page_files(ext: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, ext: &str, out: &mut Vec<(PathBuf, String)>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                if p.file_name()
                    .is_some_and(|n| n != "pkg" && n != "node_modules")
                {
                    walk(&p, ext, out);
                }
            } else if p.extension().is_some_and(|e| e == ext) {
                out.push((p.clone(), std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("www"), ext, &mut out);
    out
}

/// JS source without comments (strings are kept; a `//` inside a string literal that
/// follows `:` as in URLs is kept too).
fn strip_comments(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let b: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut quote: Option<char> = None;
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' && i + 1 < b.len() {
                out.push(b[i + 1]);
                i += 2;
                continue;
            }
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        if c == '"' || c == '\'' || c == '`' {
            quote = Some(c);
            out.push(c);
            i += 1;
        } else if c == '/' && b.get(i + 1) == Some(&'/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && b.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn lines_matching<'a>(src: &'a str, re: &regex::Regex) -> Vec<(usize, &'a str)> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| re.is_match(l))
        .map(|(i, l)| (i + 1, l.trim()))
        .collect()
}

#[test]
fn the_page_has_scripts_to_check() {
    assert!(!page_files("js").is_empty(), "no www/*.js found");
    assert!(!page_files("html").is_empty(), "no www/*.html found");
    // The stripper keeps code and strings, drops comments.
    assert_eq!(
        strip_comments("a = 1; // innerHTML\n/* eval() */b = \"//x\";"),
        "a = 1; \nb = \"//x\";"
    );
}

#[test]
fn no_eval_and_no_html_sinks() {
    let banned = regex::Regex::new(
        r#"\beval\s*\(|\bnew\s+Function\b|(^|[^.\w])Function\s*\(|\bset(Timeout|Interval)\s*\(\s*["'`]|\.outerHTML\b|\binsertAdjacentHTML\b|\bdocument\.write(ln)?\b|\bcreateContextualFragment\b|\bsrcdoc\b|javascript:|\bparseFromString\b|\.setHTMLUnsafe\b|\bDOMParser\b"#,
    )
    .unwrap();
    // innerHTML only to clear an element: = "" or = ''.
    let inner = regex::Regex::new(r#"\.innerHTML\b"#).unwrap();
    let inner_clear = regex::Regex::new(r#"\.innerHTML\s*=\s*(""|''|``)\s*;?\s*$"#).unwrap();
    let mut bad = Vec::new();
    for (path, src) in page_files("js") {
        let code = strip_comments(&src);
        for (n, l) in lines_matching(&code, &banned) {
            bad.push(format!("{}:{n}: {l}", path.display()));
        }
        for (n, l) in lines_matching(&code, &inner) {
            if !inner_clear.is_match(l) {
                bad.push(format!("{}:{n}: {l}", path.display()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "eval or an HTML sink in the page (build DOM nodes, set textContent):\n{}",
        bad.join("\n")
    );
}

#[test]
fn blob_urls_are_revoked() {
    for (path, src) in page_files("js") {
        let code = strip_comments(&src);
        let made = code.matches("createObjectURL").count();
        let revoked = code.matches("revokeObjectURL").count();
        assert!(
            made == 0 || revoked >= made,
            "{}: {made} createObjectURL but {revoked} revokeObjectURL",
            path.display()
        );
    }
}

#[test]
fn pasted_text_has_no_way_out() {
    // No channel that can send data anywhere: no XHR, beacons, sockets, workers from
    // other origins, and no absolute URL in code.
    let banned = regex::Regex::new(r#"\bXMLHttpRequest\b|\bsendBeacon\b|\bWebSocket\b|\bEventSource\b|\bRTCPeerConnection\b|\bimportScripts\b|\bwindow\.open\s*\(|\blocation(\.href)?\s*=|\bpostMessage\s*\(\s*[^,]+,\s*["'`]\*|https?://|\bnew\s+Image\b|\.src\s*=\s*[^"'`]"#).unwrap();
    // fetch only of a literal, relative path (the page's own examples).
    let fetch = regex::Regex::new(r#"\bfetch\s*\(([^)]*)"#).unwrap();
    let literal = regex::Regex::new(r#"^\s*(["'])[\w./-]+["']\s*$"#).unwrap();
    let mut bad = Vec::new();
    for (path, src) in page_files("js") {
        let code = strip_comments(&src);
        for (n, l) in lines_matching(&code, &banned) {
            bad.push(format!("{}:{n}: {l}", path.display()));
        }
        for (n, l) in code.lines().enumerate() {
            for c in fetch.captures_iter(l) {
                let arg = c.get(1).map_or("", |m| m.as_str());
                let first = arg.split(',').next().unwrap_or("");
                if !literal.is_match(first) || first.contains("//") || arg.contains(',') {
                    bad.push(format!("{}:{}: {}", path.display(), n + 1, l.trim()));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "a way for data to leave the page:\n{}",
        bad.join("\n")
    );
}

/// Directive name -> sources.
fn parse_csp(csp: &str) -> Vec<(String, Vec<String>)> {
    csp.split(';')
        .filter_map(|d| {
            let mut w = d.split_whitespace();
            let name = w.next()?.to_ascii_lowercase();
            Some((name, w.map(str::to_string).collect()))
        })
        .collect()
}

/// The CSP is strict: everything from the page's own origin, no inline or eval'd script,
/// no plugins, no base rewriting, no connections elsewhere.
fn check_csp(csp: &str, from: &str) {
    let d = parse_csp(csp);
    let get = |name: &str| d.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    assert_eq!(
        get("default-src").as_deref(),
        Some(&["'self'".to_string()][..]),
        "{from}: default-src must be 'self': {csp}"
    );
    let script = get("script-src").unwrap_or_else(|| get("default-src").unwrap());
    for s in &script {
        assert!(
            matches!(s.as_str(), "'self'" | "'wasm-unsafe-eval'" | "'none'")
                || s.starts_with("'sha256-"),
            "{from}: script-src allows {s}: {csp}"
        );
    }
    assert_eq!(
        get("object-src").as_deref(),
        Some(&["'none'".to_string()][..]),
        "{from}: object-src must be 'none'"
    );
    assert!(
        get("base-uri").is_some_and(|v| v == ["'none'"] || v == ["'self'"]),
        "{from}: base-uri must be 'none' or 'self'"
    );
    assert!(
        get("form-action").is_some_and(|v| v == ["'none'"] || v == ["'self'"]),
        "{from}: form-action must be 'none' or 'self'"
    );
    for (name, sources) in &d {
        for s in sources {
            let wide = s == "*"
                || s.ends_with(':') && s != "data:" && s != "blob:"
                || s.contains("://")
                || s == "'unsafe-eval'";
            assert!(!wide, "{from}: {name} allows {s}: {csp}");
            if s == "'unsafe-inline'" {
                assert_eq!(
                    name, "style-src-attr",
                    "{from}: {name} allows 'unsafe-inline'"
                );
            }
            if s == "data:" || s == "blob:" {
                assert!(
                    matches!(name.as_str(), "img-src" | "media-src" | "font-src"),
                    "{from}: {name} allows {s}"
                );
            }
        }
    }
    if let Some(c) = get("connect-src") {
        assert!(
            c.iter().all(|s| s == "'self'" || s == "'none'"),
            "{from}: connect-src {c:?}"
        );
    }
}

#[test]
fn every_page_has_a_strict_csp_and_no_inline_script() {
    let meta = regex::Regex::new(
        r#"(?is)<meta\s+http-equiv\s*=\s*"Content-Security-Policy"\s+content\s*=\s*"([^"]+)""#,
    )
    .unwrap();
    let script_tag = regex::Regex::new(r#"(?is)<script\b([^>]*)>(.*?)</script>"#).unwrap();
    let has_src = regex::Regex::new(r#"(?i)\bsrc\s*="#).unwrap();
    let handler = regex::Regex::new(r#"(?i)<[^>]*\son[a-z]+\s*="#).unwrap();
    let remote = regex::Regex::new(r#"(?i)\b(src|href)\s*=\s*["']?(https?:)?//"#).unwrap();
    for (path, html) in page_files("html") {
        let from = path.display().to_string();
        let csp = meta
            .captures(&html)
            .unwrap_or_else(|| panic!("{from}: no Content-Security-Policy meta"))
            .get(1)
            .unwrap()
            .as_str();
        check_csp(csp, &from);
        for tag in script_tag.captures_iter(&html) {
            assert!(
                has_src.is_match(&tag[1]) && tag[2].trim().is_empty(),
                "{from}: inline <script> (CSP forbids it): {}",
                &tag[0]
            );
        }
        assert!(
            !handler.is_match(&html),
            "{from}: inline event handler attribute"
        );
        assert!(
            !remote.is_match(&html),
            "{from}: a resource from another origin"
        );
    }
}

#[test]
fn the_server_sends_the_same_strict_csp() {
    let src = std::fs::read_to_string(root().join("scripts/serve.mjs")).unwrap();
    let csp: String = regex::Regex::new(r#"(?s)export const CSP\s*=\s*(.*?);\n"#)
        .unwrap()
        .captures(&src)
        .expect("serve.mjs exports CSP")[1]
        .split('"')
        .skip(1)
        .step_by(2)
        .collect();
    check_csp(&csp, "scripts/serve.mjs");
    assert!(
        csp.contains("frame-ancestors 'none'"),
        "the header also forbids framing: {csp}"
    );
}

/// The static server, started on a free port; killed on drop.
struct Server(Child, u16);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_server() -> Option<Server> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let child = Command::new("node")
        .arg(root().join("scripts/serve.mjs"))
        .arg(port.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let server = Server(child, port);
    let t = Instant::now();
    while t.elapsed() < Duration::from_secs(10) {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some(server);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

fn get(port: u16, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).to_string();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let head = text.split("\r\n\r\n").next().unwrap_or("").to_string();
    (status, head)
}

#[test]
fn the_server_sets_the_headers_and_stays_in_www() {
    if Command::new("node").arg("--version").output().is_err() {
        eprintln!("node is not installed: server test skipped");
        return;
    }
    let server = start_server().expect("scripts/serve.mjs starts");
    let (status, head) = get(server.1, "/");
    assert_eq!(status, 200, "{head}");
    let head_l = head.to_ascii_lowercase();
    let csp_line = head
        .lines()
        .find(|l| {
            l.to_ascii_lowercase()
                .starts_with("content-security-policy:")
        })
        .expect("a CSP header");
    check_csp(
        csp_line.split_once(':').unwrap().1.trim(),
        "the server's header",
    );
    assert!(head_l.contains("x-content-type-options: nosniff"), "{head}");
    assert!(head_l.contains("referrer-policy: no-referrer"), "{head}");
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/..%2fCargo.toml",
        "/%2e%2e%2f%2e%2e%2fetc/passwd",
        "//etc/passwd",
        "/www/../../Cargo.toml",
        "/nothing-here",
    ] {
        let (status, head) = get(server.1, path);
        assert_eq!(status, 404, "{path}: {head}");
        assert!(
            head.to_ascii_lowercase()
                .contains("content-security-policy:"),
            "{path}: no CSP on the error page"
        );
    }
}
