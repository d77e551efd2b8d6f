//! The page's wasm build (issue 8, session 25): std rebuilt with the immediate-abort panic
//! strategy, for `make build` only. Immediate-abort with the precompiled std does not link
//! ("incompatible panic strategy"), so the flag and `build-std` live in one file that only
//! the page's build reads (.cargo/wasm-page.toml), cargo reads its [unstable] table only
//! with RUSTC_BOOTSTRAP=1 in its own environment, and a fresh machine needs rust-src.

fn read(rel: &str) -> String {
    std::fs::read_to_string(format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default()
}

/// The lines that are not comments.
fn code(text: &str) -> Vec<String> {
    text.lines().filter(|l| !l.trim_start().starts_with('#')).map(|l| l.trim().to_string()).collect()
}

/// The wasm-pack command of `make build` (its recipe line).
fn build_line() -> String {
    let mk = read("Makefile");
    let mut lines = mk.lines().skip_while(|l| !l.starts_with("build:")).skip(1);
    lines.next().unwrap_or_default().trim().to_string()
}

#[test]
fn page_build_rebuilds_std_with_immediate_abort() {
    let page = code(&read(".cargo/wasm-page.toml"));
    assert!(page.iter().any(|l| l == "[unstable]"), "no [unstable] table");
    let std = page.iter().find(|l| l.starts_with("build-std")).cloned().unwrap_or_default();
    assert!(std.contains("\"std\"") && std.contains("\"panic_abort\""), "build-std: {std}");
    assert!(page.iter().any(|l| l == "build-std-features = [\"optimize_for_size\"]"));
    let flags = page.iter().find(|l| l.starts_with("rustflags")).cloned().unwrap_or_default();
    assert!(flags.contains("\"panic=immediate-abort\"") && flags.contains("\"unstable-options\""), "{flags}");
    // the Makefile passes the file to cargo, with RUSTC_BOOTSTRAP for cargo itself
    let mk = read("Makefile");
    let var = code(&mk).into_iter().find(|l| l.starts_with("WASM_CARGO :=")).unwrap_or_default();
    assert!(var.ends_with("--config .cargo/wasm-page.toml"), "WASM_CARGO: {var}");
    let line = build_line();
    assert!(line.starts_with("RUSTC_BOOTSTRAP=1 wasm-pack build"), "{line}");
    assert!(line.ends_with("-- $(WASM_CARGO)"), "{line}");
}

/// Native builds, the tests and `wasm-pack test` keep the precompiled std: no immediate-abort
/// and no build-std in the config every build reads.
#[test]
fn immediate_abort_only_in_the_page_build() {
    let all = code(&read(".cargo/config.toml")).join("\n");
    assert!(!all.contains("immediate-abort") && !all.contains("build-std") && !all.contains("[unstable]"));
    assert!(!read("Cargo.toml").contains("immediate-abort"));
}

/// The scripts that build the page's module for measurements build it the same way.
#[test]
fn measuring_scripts_build_like_the_page() {
    for s in ["scripts/bench/run.sh", "scripts/size.sh"] {
        let text = read(s);
        let builds: Vec<&str> = text
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter(|l| l.contains("--target wasm32-unknown-unknown") || l.contains("wasm-pack build"))
            .collect();
        assert!(!builds.is_empty(), "{s}: no wasm build");
        for l in builds {
            assert!(l.contains("RUSTC_BOOTSTRAP=1") && l.contains("wasm-cargo-flags"), "{s}: {l}");
        }
    }
    assert!(read("Makefile").contains("wasm-cargo-flags:"));
}

/// A fresh machine gets std's sources before the first build.
#[test]
fn setup_adds_rust_src() {
    let setup = code(&read("scripts/setup.sh")).join("\n");
    assert!(setup.contains("rustup component add rust-src"));
}
