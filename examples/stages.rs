//! Thread CPU time of every stage over the bench corpus, best of N rounds (issue 8): a quick
//! A/B helper that builds in seconds next to `cargo bench --bench pipeline`, and a loop to
//! run under `perf record`.
//!
//!   cargo run --release --example stages [-- ROUNDS [STAGE]]
//!
//! STAGE (optional) runs only that stage ROUNDS times (for a profile): pipeline, repair,
//! layout, tag, segment, dates, money, quantities, quotes, keywords, summary, credits, resolve.
//! The corpus is target/bench/corpus.jsonl (`node scripts/bench/corpus.mjs`).

use std::cell::LazyCell;
use std::hint::black_box;
use zhextract::extract::{
    credits, dates, events, keywords, locations, money, organizations, people, quantities, quotes,
    summary, works,
};
use zhextract::layout::Doc;
use zhextract::lexicon::segment::segment;
use zhextract::lexicon::tag::Tagged;
use zhextract::text::{self, Cleaned};
use zhextract::{Extraction, Options};

/// CPU seconds of this thread (Linux).
fn cpu() -> f64 {
    let mut ts = std::mem::MaybeUninit::<[i64; 2]>::uninit();
    // CLOCK_THREAD_CPUTIME_ID = 3
    extern "C" {
        fn clock_gettime(id: i32, ts: *mut [i64; 2]) -> i32;
    }
    unsafe {
        clock_gettime(3, ts.as_mut_ptr());
        let t = ts.assume_init();
        t[0] as f64 + t[1] as f64 * 1e-9
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rounds: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let only = args.get(2).cloned();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench/corpus.jsonl");
    let raw = std::fs::read_to_string(path)
        .expect("target/bench/corpus.jsonl (node scripts/bench/corpus.mjs)");
    let articles: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let bytes: usize = articles.iter().map(String::len).sum();
    let o = Options::default();
    let _ = zhextract::extract("中文", &o);
    // Built on first use, so that a profile of one stage holds little else.
    let cleaned: LazyCell<Vec<Cleaned>, _> =
        LazyCell::new(|| articles.iter().map(|a| text::repair(a)).collect());
    let docs: LazyCell<Vec<Doc>, _> =
        LazyCell::new(|| cleaned.iter().map(|c| Doc::new(c, &o)).collect());
    let tags: LazyCell<Vec<Tagged>, _> = LazyCell::new(|| docs.iter().map(Tagged::new).collect());
    let claimed: LazyCell<Vec<_>, _> = LazyCell::new(|| {
        docs.iter()
            .map(|d| (money::find(d), dates::find(d)))
            .collect()
    });
    let stage3 = |d: &Doc, t: &Tagged| {
        let mut x = Extraction::empty(o.offsets);
        x.dates = dates::find(d);
        x.money = money::find(d);
        x.quantities = quantities::find_unclaimed(d, &x.money, &x.dates);
        x.people = people::from_tags(d, t);
        x.organizations = organizations::from_tags(d, t);
        x.locations = locations::from_tags(d, t);
        x.works = works::find(d);
        x.events = events::from_tags(d, t);
        x.quotes = quotes::find_with(d, &x.people, &x.organizations);
        x.credits = credits::find(d);
        x.keywords = keywords::from_tags(d, t);
        x.summary = summary::from_keywords(d, &x.keywords);
        x
    };
    let base: LazyCell<Vec<Extraction>, _> = LazyCell::new(|| {
        docs.iter()
            .zip(tags.iter())
            .map(|(d, t)| stage3(d, t))
            .collect()
    });
    let ents: LazyCell<Vec<_>, _> = LazyCell::new(|| {
        base.iter()
            .map(|x| (x.people.clone(), x.organizations.clone()))
            .collect()
    });

    type Stage<'a> = (&'static str, Box<dyn Fn() + 'a>);
    let stages: Vec<Stage> = vec![
        (
            "pipeline",
            Box::new(|| {
                articles
                    .iter()
                    .for_each(|a| drop(black_box(zhextract::extract(a, &o))))
            }),
        ),
        (
            "repair",
            Box::new(|| {
                articles
                    .iter()
                    .for_each(|a| drop(black_box(text::repair(a))))
            }),
        ),
        (
            "layout",
            Box::new(|| {
                cleaned
                    .iter()
                    .for_each(|c| drop(black_box(Doc::new(c, &o))))
            }),
        ),
        (
            "tag",
            Box::new(|| docs.iter().for_each(|d| drop(black_box(Tagged::new(d))))),
        ),
        (
            "segment",
            Box::new(|| {
                docs.iter().for_each(|d| {
                    black_box(
                        d.sentences
                            .iter()
                            .map(|s| segment(d.fold, s.start, s.end).len())
                            .sum::<usize>(),
                    );
                })
            }),
        ),
        (
            "dates",
            Box::new(|| docs.iter().for_each(|d| drop(black_box(dates::find(d))))),
        ),
        (
            "money",
            Box::new(|| docs.iter().for_each(|d| drop(black_box(money::find(d))))),
        ),
        (
            "quantities",
            Box::new(|| {
                docs.iter()
                    .zip(claimed.iter())
                    .for_each(|(d, (m, t))| drop(black_box(quantities::find_unclaimed(d, m, t))))
            }),
        ),
        (
            "quotes",
            Box::new(|| {
                docs.iter()
                    .zip(ents.iter())
                    .for_each(|(d, (p, g))| drop(black_box(quotes::find_with(d, p, g))))
            }),
        ),
        (
            "keywords",
            Box::new(|| {
                docs.iter()
                    .zip(tags.iter())
                    .for_each(|(d, t)| drop(black_box(keywords::from_tags(d, t))))
            }),
        ),
        (
            "summary",
            Box::new(|| {
                docs.iter()
                    .zip(base.iter())
                    .for_each(|(d, x)| drop(black_box(summary::from_keywords(d, &x.keywords))))
            }),
        ),
        (
            "credits",
            Box::new(|| docs.iter().for_each(|d| drop(black_box(credits::find(d))))),
        ),
        (
            "resolve",
            Box::new(|| {
                let mut xs = (*base).clone();
                let t0 = cpu();
                docs.iter()
                    .zip(xs.iter_mut())
                    .for_each(|(d, x)| zhextract::resolve::run(d, x));
                // the clone is not resolve's: hand the time back through a thread-local
                RESOLVE.with(|r| r.set(cpu() - t0));
            }),
        ),
    ];
    println!(
        "{} articles, {} bytes; CPU ms per corpus, best of {rounds}",
        articles.len(),
        bytes
    );
    for (name, f) in &stages {
        if only.as_deref().is_some_and(|s| s != *name) {
            continue;
        }
        let mut best = f64::MAX;
        for _ in 0..rounds {
            if *name != "pipeline" && *name != "repair" {
                LazyCell::force(&docs);
            }
            let t0 = cpu();
            f();
            let mut t = cpu() - t0;
            if *name == "resolve" {
                t = RESOLVE.with(|r| r.get());
            }
            best = best.min(t);
        }
        println!(
            "{name:>11} {:8.2} ms {:8.2} MB/s",
            best * 1e3,
            bytes as f64 / best / 1e6
        );
    }
}

thread_local! {
    static RESOLVE: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}
