//! Scores for the ner section: people, places and organisations against the People's
//! Daily dev sets in `ner/*.jsonl` (measurement only: nothing from them is shipped).
//!
//! Exact-span precision, recall and F1 per type (PER, LOC, ORG). Each sentence is one call
//! to `extract` with `offsets: Char` (the files count code points). Predictions:
//! PER = every mention of `people`, ORG = every mention of `organizations`, LOC = every
//! mention of `locations`.
//!
//! Nested names: the People's Daily annotation marks only the outermost name (北京大学 is
//! one ORG, with no LOC 北京 inside). zhextract lists a place inside an organisation name
//! as a place too (so a search for 北京 finds 北京大学); for scoring, a predicted LOC that
//! lies inside a predicted ORG or PER mention is dropped, so nested names are counted once,
//! as their outermost type, as the gold does; so is a place inside a longer place
//! (天安门 in 天安门广场). TIME spans of the nerpy file are ignored.
//!
//! `-- ner --errors` (or NER_VERBOSE=1) also prints an error breakdown per type: a miss or
//! a false positive is a *boundary* error when a prediction of the same type overlaps the
//! gold span, a *type* error when the same span is predicted as another type, else a plain
//! *miss* / *spurious* one; then up to 40 examples of each (with `NER_ALL=1`, all of them).
//!
//! Then the throughput of the whole pipeline on about 1 MB of this news (the sentences of
//! both files joined into paragraphs), in one call, after one warm-up call.
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::time::Instant;
use zhextract::{extract, OffsetUnit, Options};

const TYPES: [&str; 3] = ["PER", "LOC", "ORG"];

#[derive(Default, Clone, Copy)]
struct Count {
    tp: usize,
    pred: usize,
    gold: usize,
}

fn prf(c: Count) -> (f64, f64, f64) {
    let p = if c.pred == 0 {
        0.0
    } else {
        c.tp as f64 / c.pred as f64
    };
    let r = if c.gold == 0 {
        0.0
    } else {
        c.tp as f64 / c.gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn predicted(text: &str, opts: &Options) -> HashSet<(&'static str, usize, usize)> {
    let x = extract(text, opts);
    let mut out = HashSet::new();
    let mut outer: Vec<(usize, usize)> = Vec::new();
    for p in &x.people {
        for m in &p.mentions {
            out.insert(("PER", m.start, m.end));
            outer.push((m.start, m.end));
        }
    }
    for o in &x.organizations {
        for m in &o.mentions {
            out.insert(("ORG", m.start, m.end));
            outer.push((m.start, m.end));
        }
    }
    let places: Vec<(usize, usize)> = x
        .locations
        .iter()
        .flat_map(|l| l.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    for &(s0, e0) in &places {
        let nested = |&&(s, e): &&(usize, usize)| s <= s0 && e0 <= e && (s, e) != (s0, e0);
        if !outer.iter().any(|o| nested(&o)) && !places.iter().any(|o| nested(&o)) {
            out.insert(("LOC", s0, e0));
        }
    }
    out
}

/// The text of a row with every gold name blanked out (a char no form contains).
fn outside_gold(row: &serde_json::Value) -> String {
    let mut cs: Vec<char> = row["text"].as_str().unwrap_or("").chars().collect();
    for e in row["expected"]["entities"].as_array().into_iter().flatten() {
        let (Some(a), Some(b)) = (e["start"].as_u64(), e["end"].as_u64()) else {
            continue;
        };
        for c in cs.iter_mut().take(b as usize).skip(a as usize) {
            *c = '\u{0}';
        }
    }
    cs.into_iter().collect()
}

/// How often each text is marked with each type in `rows`.
fn gold_forms(rows: &[serde_json::Value]) -> HashMap<(&'static str, String), usize> {
    let mut out = HashMap::new();
    for e in rows
        .iter()
        .flat_map(|r| r["expected"]["entities"].as_array().into_iter().flatten())
    {
        let (Some(t), Some(x)) = (
            TYPES.iter().find(|t| e["type"].as_str() == Some(**t)),
            e["text"].as_str(),
        ) else {
            continue;
        };
        *out.entry((*t, x.to_string())).or_insert(0) += 1;
    }
    out
}

pub fn run(dir: &Path) {
    let opts = Options {
        offsets: OffsetUnit::Char,
        ..Options::default()
    };
    let verbose =
        std::env::var_os("NER_VERBOSE").is_some() || std::env::args().any(|a| a == "--errors");
    let show_all = std::env::var_os("NER_ALL").is_some();
    let mut corpus = String::new();
    let files = [
        "people_daily_zjy_dev.jsonl",
        "people_daily_time_nerpy_dev.jsonl",
    ];
    let all_rows: Vec<Vec<serde_json::Value>> = files
        .iter()
        .map(|f| crate::read_jsonl(&dir.join("ner").join(f)))
        .collect();
    let marked: Vec<HashMap<(&str, String), usize>> =
        all_rows.iter().map(|rows| gold_forms(rows)).collect();
    for (fi, file) in files.iter().enumerate() {
        let rows = &all_rows[fi];
        if rows.is_empty() {
            continue;
        }
        // forms the other file marks and this one never does though they occur in it
        let other = &marked[1 - fi];
        // (occurring outside every gold name of this file, at least twice)
        let free_text: Vec<String> = rows.iter().map(outside_gold).collect();
        let unmarked: HashSet<(&str, String)> = other
            .iter()
            .filter(|&((_, x), &n)| {
                n >= 2
                    && !marked[fi].keys().any(|(_, y)| y == x)
                    && free_text
                        .iter()
                        .map(|t| t.matches(x.as_str()).count())
                        .sum::<usize>()
                        >= 2
            })
            .map(|(k, _)| k.clone())
            .collect();
        let mut adjusted = [Count::default(); 3];
        let mut set_aside = [0usize; 3];
        let mut counts = [Count::default(); 3];
        // (type, category) -> examples
        let mut errs: std::collections::BTreeMap<(&str, &str), Vec<String>> = Default::default();
        for row in rows {
            let Some(text) = row["text"].as_str() else {
                continue;
            };
            corpus.push_str(text);
            corpus.push('\n');
            let gold: HashSet<(&'static str, usize, usize)> = row["expected"]["entities"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|e| {
                    let t = TYPES.iter().find(|t| e["type"].as_str() == Some(**t))?;
                    Some((
                        *t,
                        e["start"].as_u64()? as usize,
                        e["end"].as_u64()? as usize,
                    ))
                })
                .collect();
            let pred = predicted(text, &opts);
            for (i, t) in TYPES.iter().enumerate() {
                let g: HashSet<_> = gold.iter().filter(|x| x.0 == *t).collect();
                let p: HashSet<_> = pred.iter().filter(|x| x.0 == *t).collect();
                counts[i].gold += g.len();
                counts[i].pred += p.len();
                counts[i].tp += g.intersection(&p).count();
                let sub = |s: usize, e: usize| text.chars().skip(s).take(e - s).collect::<String>();
                // (only where the file marks nothing: a prediction inside or across a gold
                // name is an error of ours whatever the form)
                let free = |x: &(&str, usize, usize)| !gold.iter().any(|y| y.1 < x.2 && x.1 < y.2);
                let kept: HashSet<_> = p
                    .iter()
                    .filter(|x| !(free(x) && unmarked.contains(&(*t, sub(x.1, x.2)))))
                    .copied()
                    .collect();
                set_aside[i] += p.len() - kept.len();
                adjusted[i].gold += g.len();
                adjusted[i].pred += kept.len();
                adjusted[i].tp += g.intersection(&kept).count();
                if verbose {
                    let sub =
                        |s: usize, e: usize| text.chars().skip(s).take(e - s).collect::<String>();
                    let ctx = |s: usize, e: usize| {
                        let a = s.saturating_sub(8);
                        format!("{}[{}]{}", sub(a, s), sub(s, e), sub(e, e + 8))
                    };
                    let overlaps = |x: &(&str, usize, usize),
                                    set: &HashSet<(&'static str, usize, usize)>,
                                    same: bool| {
                        set.iter().any(|y| {
                            (y.0 == x.0) == same
                                && y.1 < x.2
                                && x.1 < y.2
                                && (same || (y.1 == x.1 && y.2 == x.2))
                        })
                    };
                    for x in p.difference(&g) {
                        let cat = if overlaps(x, &gold, true) {
                            "FP boundary"
                        } else if overlaps(x, &gold, false) {
                            "FP type"
                        } else {
                            "FP spurious"
                        };
                        errs.entry((*t, cat)).or_default().push(ctx(x.1, x.2));
                    }
                    for x in g.difference(&p) {
                        let cat = if overlaps(x, &pred, true) {
                            "FN boundary"
                        } else if overlaps(x, &pred, false) {
                            "FN type"
                        } else {
                            "FN missed"
                        };
                        errs.entry((*t, cat)).or_default().push(ctx(x.1, x.2));
                    }
                }
            }
        }
        for (i, t) in TYPES.iter().enumerate() {
            let (p, r, f) = prf(counts[i]);
            println!(
                "ner/{file}  n={}  {t}  P={p:.3} R={r:.3} F1={f:.3}  (gold {} pred {} tp {})",
                rows.len(),
                counts[i].gold,
                counts[i].pred,
                counts[i].tp
            );
        }
        for (i, t) in TYPES.iter().enumerate() {
            let forms = unmarked.iter().filter(|(u, _)| u == t).count();
            if forms == 0 {
                continue;
            }
            let (p, r, f) = prf(adjusted[i]);
            println!(
                "ner/{file}  {t}  convention-adjusted P={p:.3} R={r:.3} F1={f:.3}  ({set_aside} predictions of {forms} forms set aside: the other file marks them, this one never does)",
                set_aside = set_aside[i]
            );
            if verbose {
                let mut v: Vec<&str> = unmarked
                    .iter()
                    .filter(|(u, _)| u == t)
                    .map(|(_, x)| x.as_str())
                    .collect();
                v.sort();
                println!("  {file} {t} forms set aside: {}", v.join(" "));
            }
        }
        for ((t, cat), v) in &errs {
            println!("  {file} {t} {cat}: {}", v.len());
        }
        for ((t, cat), v) in &errs {
            let k = if show_all { v.len() } else { 40.min(v.len()) };
            println!("  -- {t} {cat} ({} of {}):", k, v.len());
            for e in &v[..k] {
                println!("     {e}");
            }
        }
    }
    if corpus.is_empty() {
        return;
    }
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(&corpus);
    }
    let _ = extract(&corpus, &opts);
    let t = Instant::now();
    let x = extract(&big, &opts);
    let secs = t.elapsed().as_secs_f64();
    println!(
        "ner/throughput  {:.2} MB in {secs:.2} s = {:.2} MB/s  ({} people, {} organisations, {} places)",
        big.len() as f64 / 1e6,
        big.len() as f64 / 1e6 / secs,
        x.people.len(),
        x.organizations.len(),
        x.locations.len()
    );
}
