//! The evaluation command: scores the extractors on the public dev suites in ../shared/eval.
//!
//! ```text
//! cargo run --release --example eval -- ../shared/eval [figures|ner|opencc ...]
//! ```
//! With no section named, every section runs. Each prints one line per suite:
//! `suite  n=<cases>  accuracy=<x>` (or P/R/F1 for NER), then the cases it excludes and why.

mod figures;
mod ner;
mod opencc;

use std::path::{Path, PathBuf};

/// Reads a JSONL file of the suite into JSON values; a missing file is reported and skipped.
pub fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    match std::fs::read_to_string(path) {
        Ok(s) => s
            .lines()
            .filter(|l| !l.trim().is_empty())
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect(),
        Err(e) => {
            eprintln!("skip {}: {e}", path.display());
            Vec::new()
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "../shared/eval".into()));
    let sections: Vec<String> = args.collect();
    let want = |s: &str| sections.is_empty() || sections.iter().any(|x| x == s);
    if !dir.is_dir() {
        eprintln!("no evaluation data at {}", dir.display());
        std::process::exit(2);
    }
    if want("figures") {
        figures::run(&dir);
    }
    if want("ner") {
        ner::run(&dir);
    }
    if want("opencc") {
        opencc::run(&dir);
    }
}
