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
use std::collections::HashSet;
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
    let p = if c.pred == 0 { 0.0 } else { c.tp as f64 / c.pred as f64 };
    let r = if c.gold == 0 { 0.0 } else { c.tp as f64 / c.gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
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
    let places: Vec<(usize, usize)> = x.locations.iter().flat_map(|l| l.mentions.iter().map(|m| (m.start, m.end))).collect();
    for &(s0, e0) in &places {
        let nested = |&&(s, e): &&(usize, usize)| s <= s0 && e0 <= e && (s, e) != (s0, e0);
        if !outer.iter().any(|o| nested(&o)) && !places.iter().any(|o| nested(&o)) {
            out.insert(("LOC", s0, e0));
        }
    }
    out
}

pub fn run(dir: &Path) {
    let opts = Options { offsets: OffsetUnit::Char, ..Options::default() };
    let verbose = std::env::var_os("NER_VERBOSE").is_some() || std::env::args().any(|a| a == "--errors");
    let show_all = std::env::var_os("NER_ALL").is_some();
    let mut corpus = String::new();
    for file in ["people_daily_zjy_dev.jsonl", "people_daily_time_nerpy_dev.jsonl"] {
        let rows = crate::read_jsonl(&dir.join("ner").join(file));
        if rows.is_empty() {
            continue;
        }
        let mut counts = [Count::default(); 3];
        // (type, category) -> examples
        let mut errs: std::collections::BTreeMap<(&str, &str), Vec<String>> = Default::default();
        for row in &rows {
            let Some(text) = row["text"].as_str() else { continue };
            corpus.push_str(text);
            corpus.push('\n');
            let gold: HashSet<(&'static str, usize, usize)> = row["expected"]["entities"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|e| {
                    let t = TYPES.iter().find(|t| e["type"].as_str() == Some(**t))?;
                    Some((*t, e["start"].as_u64()? as usize, e["end"].as_u64()? as usize))
                })
                .collect();
            let pred = predicted(text, &opts);
            for (i, t) in TYPES.iter().enumerate() {
                let g: HashSet<_> = gold.iter().filter(|x| x.0 == *t).collect();
                let p: HashSet<_> = pred.iter().filter(|x| x.0 == *t).collect();
                counts[i].gold += g.len();
                counts[i].pred += p.len();
                counts[i].tp += g.intersection(&p).count();
                if verbose {
                    let sub = |s: usize, e: usize| text.chars().skip(s).take(e - s).collect::<String>();
                    let ctx = |s: usize, e: usize| {
                        let a = s.saturating_sub(8);
                        format!("{}[{}]{}", sub(a, s), sub(s, e), sub(e, e + 8))
                    };
                    let overlaps = |x: &(&str, usize, usize), set: &HashSet<(&'static str, usize, usize)>, same: bool| {
                        set.iter().any(|y| (y.0 == x.0) == same && y.1 < x.2 && x.1 < y.2 && (same || (y.1 == x.1 && y.2 == x.2)))
                    };
                    for x in p.difference(&g) {
                        let cat = if overlaps(x, &gold, true) { "FP boundary" } else if overlaps(x, &gold, false) { "FP type" } else { "FP spurious" };
                        errs.entry((*t, cat)).or_default().push(ctx(x.1, x.2));
                    }
                    for x in g.difference(&p) {
                        let cat = if overlaps(x, &pred, true) { "FN boundary" } else if overlaps(x, &pred, false) { "FN type" } else { "FN missed" };
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
