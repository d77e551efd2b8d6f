//! Linear scaling and peak memory of `extract` (issue 7), on the full sizes of the
//! hostile-input cases: for each kind of input, the time at n and at 10n (10× the input
//! should cost at most about 11× the time) and the peak heap during the call against the
//! input size (at most about 20×). Then the largest input accepted (the 32 MiB limit).
//!
//! cargo run --release --example scaling            # the table
//! cargo run --release --example scaling -- --check  # exit 1 when a bound is broken
//! cargo run --release --example scaling -- --quick  # smaller sizes (CI smoke)
//! cargo run --release --example scaling -- --only articles  # one kind of input
//!
//! Time is this thread's CPU time (Linux), the best of a few runs, so that other processes
//! on the machine disturb it less; wall time is shown beside it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;
use zhextract::{try_extract, OffsetUnit, Options, MAX_INPUT_BYTES};

/// Counts live heap bytes and their high-water mark.
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

#[cfg(target_os = "linux")]
fn cpu_seconds() -> f64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec into the pointer we pass.
    if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) } != 0 {
        return f64::NAN;
    }
    ts.sec as f64 + ts.nsec as f64 * 1e-9
}

#[cfg(not(target_os = "linux"))]
fn cpu_seconds() -> f64 {
    f64::NAN
}

const SEED: &str = include_str!("../../shared/seeds/000_59c3d2ef88811802.txt");

/// Input builders, each for a target size in bytes.
fn kinds() -> Vec<(&'static str, fn(usize) -> String)> {
    fn fill(unit: &str, bytes: usize) -> String {
        unit.repeat(bytes.div_ceil(unit.len()).max(1))
    }
    vec![
        ("articles (seed repeated)", |n| {
            fill(&format!("{SEED}\n"), n)
        }),
        ("one char repeated (中)", |n| fill("中", n)),
        ("one digit repeated (1)", |n| fill("1", n)),
        ("empty lines", |n| fill("\n", n)),
        ("no punctuation (Han+figures)", |n| {
            fill("公司投入1830万元完成项目15个增长百分之十二北京上海", n)
        }),
        ("nested 《《《", |n| fill("《", n)),
        ("nested “““", |n| fill("“", n)),
        ("quoted sentences", |n| {
            fill("他说：“我们要努力。”她表示，“好”。", n)
        }),
        ("ASCII", |n| {
            fill(
                "The company invested $5.2 billion in 2024, up 12% (Reuters).\n",
                n,
            )
        }),
        ("emoji", |n| fill("😀👍🏽👨‍👩‍👧‍👦🇨🇳❤️‍🔥", n)),
        ("controls and zero-width", |n| {
            fill("\u{FEFF}\0\u{200B}中\u{202E}\r", n)
        }),
        ("pinyin readings 會(huì)", |n| {
            fill("會(huì)議萬(wàn)元", n)
        }),
        ("mojibake debris", |n| {
            fill("??κ驳匚瘜?duì)锟斤拷ä¸\u{AD}æ–‡", n)
        }),
        // one sentence of names, titles and dotted names (per-person scans were quadratic)
        ("list of names and titles", |n| {
            fill("彭清源、沈求我、记者王军、外长哈洛宁、约翰·史密斯、", n)
        }),
    ]
}

struct Run {
    cpu: f64,
    wall: f64,
    peak: usize,
}

/// The best of `reps` runs of extract on `input` (UTF-16 offsets, as in the page).
fn measure(input: &str, reps: usize) -> Run {
    let o = Options {
        offsets: OffsetUnit::Utf16,
        ..Options::default()
    };
    let mut best = Run {
        cpu: f64::INFINITY,
        wall: f64::INFINITY,
        peak: 0,
    };
    for _ in 0..reps {
        let base = LIVE.load(Relaxed);
        PEAK.store(base, Relaxed);
        let (c0, w0) = (cpu_seconds(), Instant::now());
        let x = try_extract(input, &o).expect("below the limit");
        let (cpu, wall) = (cpu_seconds() - c0, w0.elapsed().as_secs_f64());
        let peak = PEAK.load(Relaxed) - base;
        drop(x);
        best.cpu = best.cpu.min(cpu);
        best.wall = best.wall.min(wall);
        best.peak = best.peak.max(peak);
    }
    best
}

fn mb(b: usize) -> f64 {
    b as f64 / (1 << 20) as f64
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    let quick = args.iter().any(|a| a == "--quick");
    let (small, reps) = if quick { (100 << 10, 3) } else { (1 << 20, 3) };
    let mut failures = Vec::new();

    println!(
        "time at n and 10n (thread CPU s, best of {reps}), peak heap during the call / input bytes"
    );
    println!(
        "{:<30} {:>8} {:>9} {:>9} {:>7} {:>9} {:>10}",
        "input", "n MiB", "t(n) s", "t(10n) s", "ratio", "wall 10n", "peak/in"
    );
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .cloned();
    for (name, make) in kinds() {
        if only.as_deref().is_some_and(|o| !name.starts_with(o)) {
            continue;
        }
        let a = make(small);
        let b = make(small * 10);
        // Warm up (lazy tables) before the first measurement.
        measure(&a.chars().take(2000).collect::<String>(), 1);
        let ra = measure(&a, reps);
        let rb = measure(&b, reps);
        let ratio = rb.cpu / ra.cpu;
        let peak_ratio = rb.peak as f64 / b.len() as f64;
        println!(
            "{name:<30} {:>8.2} {:>9.4} {:>9.4} {:>7.2} {:>9.4} {:>10.2}",
            mb(a.len()),
            ra.cpu,
            rb.cpu,
            ratio,
            rb.wall,
            peak_ratio
        );
        // Below a few ms the ratio is noise; judge only runs long enough to mean something.
        if ratio > 11.0 && rb.cpu > 0.05 {
            failures.push(format!("{name}: 10x input took {ratio:.1}x the time"));
        }
        if peak_ratio > 20.0 {
            failures.push(format!("{name}: peak heap {peak_ratio:.1}x the input"));
        }
    }

    // The largest input accepted: articles up to the limit.
    let size = if quick { 8 << 20 } else { MAX_INPUT_BYTES };
    let mut big = String::with_capacity(size);
    while big.len() + SEED.len() + 1 <= size {
        big.push_str(SEED);
        big.push('\n');
    }
    let r = measure(&big, 1);
    println!(
        "largest input: {:.1} MiB of articles: {:.2} s CPU, {:.2} s wall, peak heap {:.0} MiB ({:.1}x the input), {:.1} MiB/s",
        mb(big.len()),
        r.cpu,
        r.wall,
        mb(r.peak),
        r.peak as f64 / big.len() as f64,
        mb(big.len()) / r.wall
    );
    if r.peak as f64 > 20.0 * big.len() as f64 {
        failures.push("largest input: peak heap over 20x".into());
    }
    let over = "a".repeat(MAX_INPUT_BYTES + 1);
    match try_extract(&over, &Options::default()) {
        Err(e) => println!("over the limit ({} bytes): error: {e}", over.len()),
        Ok(_) => failures.push("input over the limit was accepted".into()),
    }

    if failures.is_empty() {
        println!("scaling: all bounds hold");
    } else {
        for f in &failures {
            println!("FAIL {f}");
        }
        if check {
            std::process::exit(1);
        }
    }
}
