//! Scores for the opencc section; see main.rs.
//!
//! - `opencc`: `script::convert` on the rows of opencc/testcases.jsonl that go toward
//!   simplified (t2s, tw2s, hk2s), exact match per row and per character; the s2t rows
//!   are reported too, for information.
//! - `repair` (printed by the same section): the clean People's Daily sentences of
//!   ner/*.jsonl go through the repair stage; any mojibake, pinyin or control-character
//!   repair there is a false repair. Width folds (１９９８ → 1998) are expected and counted
//!   apart.
use std::collections::BTreeMap;
use std::path::Path;
use zhextract::text::{repair, script};
use zhextract::{Convert, RepairKind};

fn score(rows: &[serde_json::Value], configs: &[&str], to: Convert, label: &str) {
    let (mut n, mut ok, mut chars, mut chars_ok) = (0usize, 0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for r in rows {
        let config = r["config"].as_str().unwrap_or_default();
        if !configs.contains(&config) {
            continue;
        }
        let (Some(text), Some(want)) = (r["text"].as_str(), r["expected"].as_str()) else {
            continue;
        };
        let got = script::convert(text, to);
        n += 1;
        if got == want {
            ok += 1;
        } else {
            misses.push(format!(
                "  {} {config}: {text} -> {got} (want {want})",
                r["id"].as_str().unwrap_or("?")
            ));
        }
        let (g, w): (Vec<char>, Vec<char>) = (got.chars().collect(), want.chars().collect());
        chars += w.len();
        chars_ok += if g.len() == w.len() {
            g.iter().zip(&w).filter(|(a, b)| a == b).count()
        } else {
            0
        };
    }
    if n == 0 {
        return;
    }
    println!(
        "{label}  n={n}  accuracy={:.3}  char_accuracy={:.4}",
        ok as f64 / n as f64,
        chars_ok as f64 / chars.max(1) as f64
    );
    for m in misses
        .iter()
        .take(if std::env::var_os("EVAL_ALL").is_some() {
            999
        } else {
            12
        })
    {
        let m: String = m.chars().take(160).collect();
        println!("{m}");
    }
}

fn false_repairs(dir: &Path) {
    let mut n = 0usize;
    let mut bad = 0usize;
    let mut width = 0usize;
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut examples = Vec::new();
    let mut scripts: BTreeMap<String, usize> = BTreeMap::new();
    for file in [
        "people_daily_zjy_dev.jsonl",
        "people_daily_time_nerpy_dev.jsonl",
    ] {
        for r in crate::read_jsonl(&dir.join("ner").join(file)) {
            let Some(text) = r["text"].as_str() else {
                continue;
            };
            n += 1;
            let c = repair(text);
            *scripts.entry(format!("{:?}", c.script)).or_default() += 1;
            let mut is_bad = false;
            for rep in &c.repairs {
                match rep.kind {
                    RepairKind::Width | RepairKind::Whitespace => width += 1,
                    k => {
                        is_bad = true;
                        *kinds.entry(format!("{k:?}")).or_default() += 1;
                        if examples.len() < 10 {
                            examples
                                .push(format!("  {k:?}: {} -> {}", rep.original, rep.replacement));
                        }
                    }
                }
            }
            bad += is_bad as usize;
        }
    }
    if n == 0 {
        return;
    }
    println!(
        "repair/clean-news  n={n}  false_repair_rate={:.4}  texts_with_false_repairs={bad}  by_kind={kinds:?}  width_or_space_folds={width}  script={scripts:?}",
        bad as f64 / n as f64
    );
    for e in examples {
        println!("{e}");
    }
}

pub fn run(dir: &Path) {
    let rows = crate::read_jsonl(&dir.join("opencc/testcases.jsonl"));
    score(
        &rows,
        &["t2s", "tw2s", "hk2s"],
        Convert::Simplified,
        "opencc/to-simplified(t2s,tw2s,hk2s)",
    );
    for c in ["t2s", "tw2s", "hk2s"] {
        score(&rows, &[c], Convert::Simplified, &format!("opencc/{c}"));
    }
    score(
        &rows,
        &["s2t"],
        Convert::Traditional,
        "opencc/s2t (information)",
    );
    false_repairs(dir);
}
