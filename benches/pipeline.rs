//! Native benchmarks of every stage and of the whole pipeline (issue 8), with divan.
//!
//! `cargo bench --bench pipeline` (or `make bench`). The corpus is ~1 MiB of Chinese news in
//! ~3 KB articles, built at bench time by `scripts/bench/corpus.mjs` into
//! `target/bench/corpus.jsonl` (it reads ../shared/eval, which is never copied into the
//! repository). Every benchmark reports bytes/s of input; see BENCHMARKS.md.
//!
//! Under `cargo test --all-targets` (no `--bench` flag) each benchmark runs once on a small
//! corpus (the seed), as a smoke test.

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use std::sync::LazyLock;
use std::time::{Duration, Instant};
use zhextract::extract::{
    credits, dates, events, keywords, locations, money, organizations, people, quantities, quotes,
    summary, works,
};
use zhextract::layout::Doc;
use zhextract::lexicon::segment::segment;
use zhextract::lexicon::tag::Tagged;
use zhextract::text::{self, Cleaned};
use zhextract::{Entity, Extraction, Keyword, Options, Person};

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let corpus = LazyLock::force(&CORPUS);
    if full {
        first_call_report(corpus);
        cpu_time_report(corpus);
    }
    // Few samples: each one runs over the whole corpus (~1 MiB). ZX_BENCH_SAMPLES overrides.
    let samples = std::env::var("ZX_BENCH_SAMPLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    divan::Divan::from_args()
        .sample_count(if full { samples } else { 1 })
        .main();
}

struct Corpus {
    articles: Vec<String>,
    /// The articles joined by blank lines: one ~1 MiB document.
    joined: String,
    bytes: usize,
}

static OPTIONS: LazyLock<Options> = LazyLock::new(Options::default);

static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let full = std::env::args().any(|a| a == "--bench");
    let root = env!("CARGO_MANIFEST_DIR");
    let articles = if full { load_corpus(root) } else { Vec::new() };
    let articles = if articles.is_empty() {
        let seed =
            std::fs::read_to_string(format!("{root}/www/examples/seed.txt")).unwrap_or_default();
        vec![seed; if full { 220 } else { 2 }]
    } else {
        articles
    };
    let joined = articles.join("\n\n");
    let bytes = articles.iter().map(String::len).sum();
    eprintln!("corpus: {} articles, {} bytes", articles.len(), bytes);
    Corpus {
        articles,
        joined,
        bytes,
    }
});

/// Reads target/bench/corpus.jsonl, building it with Node first if it is missing.
fn load_corpus(root: &str) -> Vec<String> {
    let path = format!("{root}/target/bench/corpus.jsonl");
    if !std::path::Path::new(&path).exists() {
        let ok = std::process::Command::new("node")
            .arg(format!("{root}/scripts/bench/corpus.mjs"))
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        if !ok {
            eprintln!("could not build {path}; falling back to the seed");
            return Vec::new();
        }
    }
    let raw = std::fs::read_to_string(&path).unwrap_or_default();
    raw.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect()
}

static CLEANED: LazyLock<Vec<Cleaned>> =
    LazyLock::new(|| CORPUS.articles.iter().map(|a| text::repair(a)).collect());

static DOCS: LazyLock<Vec<Doc<'static>>> =
    LazyLock::new(|| CLEANED.iter().map(|c| Doc::new(c, &OPTIONS)).collect());

fn bytes() -> BytesCount {
    BytesCount::new(CORPUS.bytes)
}

/// The first call in this process (lazy tables, automata, regexes built) against later ones,
/// on the first ~3 KB article. Printed before the divan table.
fn first_call_report(corpus: &Corpus) {
    let article = &corpus.articles[0];
    let t = Instant::now();
    black_box(zhextract::extract(black_box(article), &OPTIONS));
    let first = t.elapsed();
    let mut later: Vec<Duration> = (0..200)
        .map(|_| {
            let t = Instant::now();
            black_box(zhextract::extract(black_box(article), &OPTIONS));
            t.elapsed()
        })
        .collect();
    later.sort();
    let median = later[later.len() / 2];
    let p95 = later[later.len() * 95 / 100];
    println!(
        "first call: {} bytes article: first {:.3} ms, then median {:.3} ms, p95 {:.3} ms (first/median {:.1}x)",
        article.len(),
        first.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3,
        first.as_secs_f64() / median.as_secs_f64()
    );
}

/// CPU seconds (user + system) of this thread, from /proc (Linux); None elsewhere.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which is in parentheses): utime is the 14th field of
    // the line, stime the 15th, in clock ticks (USER_HZ, 100 on Linux).
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// The whole pipeline over the corpus, article by article, timed in CPU seconds of this
/// thread as well as wall clock: on a shared machine the CPU figure is the one-core
/// throughput, the wall figure also counts time the thread waited for a core.
fn cpu_time_report(corpus: &Corpus) {
    let mut best: Option<(f64, f64)> = None;
    for _ in 0..3 {
        let (Some(c0), t0) = (thread_cpu_seconds(), Instant::now()) else {
            return;
        };
        for a in &corpus.articles {
            black_box(zhextract::extract(black_box(a), &OPTIONS));
        }
        let (Some(c1), wall) = (thread_cpu_seconds(), t0.elapsed().as_secs_f64()) else {
            return;
        };
        let cpu = (c1 - c0).max(0.01);
        if best.map_or(true, |(c, _)| cpu < c) {
            best = Some((cpu, wall));
        }
    }
    if let Some((cpu, wall)) = best {
        let mb = corpus.bytes as f64 / 1e6;
        println!(
            "pipeline, {} articles, {} bytes: {:.2} CPU s = {:.2} MB per CPU-second; wall {:.2} s = {:.2} MB/s (best of 3 by CPU time)",
            corpus.articles.len(),
            corpus.bytes,
            cpu,
            mb / cpu,
            wall,
            mb / wall
        );
    }
}

// ---- whole pipeline ----

/// `extract()` on each ~3 KB article in turn: the throughput a batch user sees on one core.
#[divan::bench]
fn pipeline_articles(b: Bencher) {
    b.counter(bytes()).bench(|| {
        for a in &CORPUS.articles {
            black_box(zhextract::extract(black_box(a), &OPTIONS));
        }
    });
}

/// The same plus JSON serialisation, as the CLI writes it.
#[divan::bench]
fn pipeline_articles_json(b: Bencher) {
    b.counter(bytes()).bench(|| {
        for a in &CORPUS.articles {
            let x = zhextract::extract(black_box(a), &OPTIONS);
            black_box(serde_json::to_string(&x).unwrap_or_default());
        }
    });
}

/// One call on the whole corpus as a single ~1 MiB document.
#[divan::bench]
fn pipeline_one_document(b: Bencher) {
    b.counter(BytesCount::new(CORPUS.joined.len()))
        .bench(|| black_box(zhextract::extract(black_box(&CORPUS.joined), &OPTIONS)));
}

/// Linearity: one document of 1/16, 1/4, 1 and 4 times the corpus. Equal bytes/s across the
/// sizes means cost grows linearly with input.
#[divan::bench(args = [16, 4, 1, -4])]
fn scaling(b: Bencher, factor: i32) {
    let doc: String = if factor > 0 {
        let n = CORPUS.joined.len() / factor as usize;
        let mut end = n.min(CORPUS.joined.len());
        while !CORPUS.joined.is_char_boundary(end) {
            end -= 1;
        }
        CORPUS.joined[..end].to_string()
    } else {
        vec![CORPUS.joined.as_str(); (-factor) as usize].join("\n\n")
    };
    b.counter(BytesCount::new(doc.len()))
        .bench(|| black_box(zhextract::extract(black_box(&doc), &OPTIONS)));
}

// ---- stages ----

#[divan::bench]
fn stage1_repair(b: Bencher) {
    b.counter(bytes()).bench(|| {
        for a in &CORPUS.articles {
            black_box(text::repair(black_box(a)));
        }
    });
}

#[divan::bench]
fn stage2_layout(b: Bencher) {
    let cleaned = &*CLEANED;
    b.counter(bytes()).bench(|| {
        for c in cleaned {
            black_box(Doc::new(black_box(c), &OPTIONS));
        }
    });
}

/// The lexicon tags (segmentation, dictionary and name-model tagging) that the entity
/// extractors share, built once per document.
static TAGS: LazyLock<Vec<Tagged>> = LazyLock::new(|| DOCS.iter().map(Tagged::new).collect());

/// The people and organisations each document yields (inputs of quotes).
static ENTITIES: LazyLock<Vec<(Vec<Person>, Vec<Entity>)>> = LazyLock::new(|| {
    DOCS.iter()
        .zip(TAGS.iter())
        .map(|(d, t)| (people::from_tags(d, t), organizations::from_tags(d, t)))
        .collect()
});

macro_rules! doc_benches {
    ($($name:ident => |$d:ident| $call:expr),* $(,)?) => {$(
        #[divan::bench]
        fn $name(b: Bencher) {
            let docs = &*DOCS;
            b.counter(bytes()).bench(|| {
                for $d in docs {
                    black_box($call);
                }
            });
        }
    )*};
}

macro_rules! tag_benches {
    ($($name:ident => $module:ident),* $(,)?) => {$(
        #[divan::bench]
        fn $name(b: Bencher) {
            let (docs, tags) = (&*DOCS, &*TAGS);
            b.counter(bytes()).bench(|| {
                for (d, t) in docs.iter().zip(tags) {
                    black_box($module::from_tags(black_box(d), t));
                }
            });
        }
    )*};
}

// Figures.
doc_benches! {
    stage3_dates => |d| dates::find(black_box(d)),
    stage3_money => |d| money::find(black_box(d)),
    stage3_works => |d| works::find(black_box(d)),
    stage3_credits => |d| credits::find(black_box(d)),
    stage3_tag => |d| Tagged::new(black_box(d)),
    // the segmenter alone (part of stage3_tag)
    stage3_segment => |d| d.sentences.iter().map(|s| segment(black_box(d.fold), s.start, s.end).len()).sum::<usize>(),
}

/// Quantities as the pipeline runs them: outside the money and date mentions found before
/// (`quantities::find` would run both extractors again).
#[divan::bench]
fn stage3_quantities(b: Bencher) {
    let docs = &*DOCS;
    let claimed: Vec<_> = docs
        .iter()
        .map(|d| (money::find(d), dates::find(d)))
        .collect();
    b.counter(bytes()).bench(|| {
        for (d, (m, t)) in docs.iter().zip(&claimed) {
            black_box(quantities::find_unclaimed(black_box(d), m, t));
        }
    });
}

// Entities, from the shared tags (as the pipeline runs them).
tag_benches! {
    stage3_people => people,
    stage3_organizations => organizations,
    stage3_locations => locations,
    stage3_events => events,
    stage3_keywords => keywords,
}

#[divan::bench]
fn stage3_quotes(b: Bencher) {
    let (docs, ents) = (&*DOCS, &*ENTITIES);
    b.counter(bytes()).bench(|| {
        for (d, (p, o)) in docs.iter().zip(ents) {
            black_box(quotes::find_with(black_box(d), p, o));
        }
    });
}

#[divan::bench]
fn stage3_summary(b: Bencher) {
    let docs = &*DOCS;
    let kws: Vec<Vec<Keyword>> = docs
        .iter()
        .zip(TAGS.iter())
        .map(|(d, t)| keywords::from_tags(d, t))
        .collect();
    b.counter(bytes()).bench(|| {
        for (d, k) in docs.iter().zip(&kws) {
            black_box(summary::from_keywords(black_box(d), k));
        }
    });
}

/// Stage 4 on the extractions of stage 3 (cloned outside the timing; one iteration per
/// sample, or divan would clone the inputs of a cheap stage without end).
#[divan::bench(sample_size = 1)]
fn stage4_resolve(b: Bencher) {
    let docs = &*DOCS;
    let base: Vec<Extraction> = docs
        .iter()
        .zip(TAGS.iter())
        .map(|(d, t)| stage3_all(d, t))
        .collect();
    b.counter(bytes())
        .with_inputs(|| base.clone())
        .bench_local_refs(|xs| {
            for (d, x) in docs.iter().zip(xs.iter_mut()) {
                zhextract::resolve::run(d, x);
            }
        });
}

/// Stage 3 as `pipeline::run` calls it.
fn stage3_all(doc: &Doc, tags: &Tagged) -> Extraction {
    let mut x = Extraction::empty(OPTIONS.offsets);
    x.dates = dates::find(doc);
    x.money = money::find(doc);
    x.quantities = quantities::find_unclaimed(doc, &x.money, &x.dates);
    x.people = people::from_tags(doc, tags);
    x.organizations = organizations::from_tags(doc, tags);
    x.locations = locations::from_tags(doc, tags);
    x.works = works::find(doc);
    x.events = events::from_tags(doc, tags);
    x.quotes = quotes::find_with(doc, &x.people, &x.organizations);
    x.credits = credits::find(doc);
    x.keywords = keywords::from_tags(doc, tags);
    x.summary = summary::from_keywords(doc, &x.keywords);
    x
}
