//! The repair stage alone (issues 7 and 8): its first call in the process (tables built or
//! read), its throughput over the bench corpus, and its peak heap against the input.
//!
//!   cargo run --release --example repair_stage [-- CORPUS.jsonl]
//!
//! The corpus is target/bench/corpus.jsonl (`node scripts/bench/corpus.mjs`); without it,
//! the seed article repeated. Wall-clock times on a shared machine: compare runs made
//! together.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;
use zhextract::text;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = System.alloc(l);
        if !p.is_null() {
            let now = LIVE.fetch_add(l.size(), Relaxed) + l.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l);
        LIVE.fetch_sub(l.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = System.realloc(p, l, new);
        if !q.is_null() {
            if new > l.size() {
                let now = LIVE.fetch_add(new - l.size(), Relaxed) + (new - l.size());
                PEAK.fetch_max(now, Relaxed);
            } else {
                LIVE.fetch_sub(l.size() - new, Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Peak heap above the live heap at the start, during `f`.
fn peak_of<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let out = f();
    (out, PEAK.load(Relaxed).saturating_sub(base))
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| format!("{root}/target/bench/corpus.jsonl"));
    let seed = std::fs::read_to_string(format!("{root}/www/examples/seed.txt")).unwrap_or_default();
    let mut articles: Vec<String> = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    if articles.is_empty() {
        eprintln!("{path} missing: the seed, repeated");
        articles = vec![seed.clone(); 220];
    }
    let bytes: usize = articles.iter().map(String::len).sum();
    println!("corpus: {} articles, {bytes} bytes", articles.len());

    // First call: whatever the tables cost to build, on the first article and on the seed.
    let t = Instant::now();
    std::hint::black_box(text::repair(&articles[0]));
    let first = t.elapsed().as_secs_f64();
    let t = Instant::now();
    std::hint::black_box(text::repair(&seed));
    let first_seed = t.elapsed().as_secs_f64();
    let mut later: Vec<f64> = (0..200)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(text::repair(std::hint::black_box(&articles[0])));
            t.elapsed().as_secs_f64()
        })
        .collect();
    later.sort_by(f64::total_cmp);
    println!(
        "first call: {:.3} ms ({} B article), first seed call {:.3} ms; then median {:.3} ms",
        first * 1e3,
        articles[0].len(),
        first_seed * 1e3,
        later[100] * 1e3
    );

    // Throughput: the corpus article by article, best and median of 7 rounds.
    let mut rounds: Vec<f64> = (0..7)
        .map(|_| {
            let t = Instant::now();
            for a in &articles {
                std::hint::black_box(text::repair(std::hint::black_box(a)));
            }
            t.elapsed().as_secs_f64()
        })
        .collect();
    rounds.sort_by(f64::total_cmp);
    let mb = bytes as f64 / 1e6;
    println!(
        "repair, corpus per article: best {:.1} ms ({:.1} MB/s), median {:.1} ms ({:.1} MB/s)",
        rounds[0] * 1e3,
        mb / rounds[0],
        rounds[3] * 1e3,
        mb / rounds[3]
    );

    // Peak heap: the corpus as one document, and a damaged text (the seed repeated).
    let joined = articles.join("\n\n");
    let damaged = vec![seed.as_str(); 200].join("\n\n");
    for (name, input) in [
        ("corpus as one document", &joined),
        ("seed x200 (damaged)", &damaged),
    ] {
        let t = Instant::now();
        let (c, peak) = peak_of(|| text::repair(input));
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{name}: {} B, {} repairs, {:.1} ms, peak heap {} B = {:.2}x the input",
            input.len(),
            c.repairs.len(),
            secs * 1e3,
            peak,
            peak as f64 / input.len() as f64
        );
    }
}
