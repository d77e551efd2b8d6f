//! Replays every input the fuzzer ever broke (fuzz/regressions/<target>/) and the seed
//! corpus (fuzz/corpus/<target>/) through the fuzz target's own checks, natively, as part
//! of `cargo test`. A new crash reproducer goes into fuzz/regressions/extract/ with a
//! name that says what it broke.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/check.rs"]
mod check;

use std::path::Path;
use std::time::{Duration, Instant};

fn replay(dir: &str) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    for f in &files {
        let data = std::fs::read(f).unwrap();
        let t = Instant::now();
        let r = std::panic::catch_unwind(|| check::run(&data));
        assert!(r.is_ok(), "fuzz case {} fails again", f.display());
        // The fuzz run's timeout is 10 s in release; a debug build is ~20x slower.
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "fuzz case {} took {:?}",
            f.display(),
            t.elapsed()
        );
    }
    files.len()
}

#[test]
fn crash_reproducers_pass() {
    let n = replay("fuzz/regressions/extract");
    assert!(n > 0, "no reproducers found");
}

#[test]
fn seed_corpus_passes() {
    let n = replay("fuzz/corpus/extract");
    assert!(n >= 10, "the seed corpus has {n} files");
}
