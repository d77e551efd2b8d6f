//! The wasm build's -Z flag (issue 8, session 24): `-Z location-detail=none` in
//! .cargo/config.toml needs RUSTC_BOOTSTRAP in its [env] table on the stable toolchain, and
//! the library must refuse `#![feature]` attributes that RUSTC_BOOTSTRAP would let in.

fn config() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/.cargo/config.toml"))
        .expect(".cargo/config.toml")
}

/// Every `-Z` flag of the config comes with RUSTC_BOOTSTRAP (else every wasm build stops at
/// "nightly option were parsed"), and RUSTC_BOOTSTRAP is only there for such a flag.
#[test]
fn z_flags_and_bootstrap_go_together() {
    let c = config();
    let has_z = c.lines().any(|l| !l.trim_start().starts_with('#') && l.contains("\"-Z\""));
    let env_table = c.lines().any(|l| l.trim() == "[env]");
    let bootstrap = c
        .lines()
        .any(|l| l.replace(' ', "") == "RUSTC_BOOTSTRAP=\"1\"");
    assert_eq!(has_z, bootstrap && env_table, "-Z flags: {has_z}, RUSTC_BOOTSTRAP: {bootstrap}");
}

/// RUSTC_BOOTSTRAP enables no unstable language feature in the library.
#[test]
fn library_forbids_unstable_features() {
    let lib = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs")).expect("src/lib.rs");
    let c = config();
    if c.contains("RUSTC_BOOTSTRAP") {
        assert!(lib.contains("#![forbid(unstable_features)]"));
    }
}
