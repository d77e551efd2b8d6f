//! Heap use of each stage of the pipeline (issue 7): live bytes after each stage and the
//! peak during it, as multiples of the input, for the hostile-input kinds of
//! `examples/scaling.rs`. The stages are run in the order `pipeline::run` runs them.
//!
//! cargo run --release --example stage_memory [MiB]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use zhextract::extract::{
    credits, dates, events, keywords, locations, money, organizations, people, quantities, quotes,
    summary, works,
};
use zhextract::layout::Doc;
use zhextract::lexicon::tag::Tagged;
use zhextract::{Extraction, OffsetUnit, Options};

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

const SEED: &str = include_str!("../../shared/seeds/000_59c3d2ef88811802.txt");

fn main() {
    let mib: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let n = mib << 20;
    let fill = |unit: &str| unit.repeat(n.div_ceil(unit.len()).max(1));
    let kinds: Vec<(&str, String)> = vec![
        ("articles", fill(&format!("{SEED}\n"))),
        ("one char 中", fill("中")),
        ("empty lines", fill("\n")),
        (
            "no punctuation",
            fill("公司投入1830万元完成项目15个增长百分之十二北京上海"),
        ),
        (
            "ASCII",
            fill("The company invested $5.2 billion in 2024, up 12% (Reuters).\n"),
        ),
        ("emoji", fill("😀👍🏽👨‍👩‍👧‍👦🇨🇳❤️‍🔥")),
    ];
    let o = Options {
        offsets: OffsetUnit::Utf16,
        ..Options::default()
    };
    let _ = zhextract::extract("中文", &o); // lazy tables first
    for (name, input) in &kinds {
        let len = input.len() as f64;
        let base = LIVE.load(Relaxed);
        let mut line = format!("{name:<15}");
        let mark = |stage: &str, line: &mut String| {
            let (live, peak) = (LIVE.load(Relaxed) - base, PEAK.load(Relaxed) - base);
            line.push_str(&format!(
                " {stage} {:.1}/{:.1}",
                live as f64 / len,
                peak as f64 / len
            ));
            PEAK.store(LIVE.load(Relaxed), Relaxed);
        };
        PEAK.store(base, Relaxed);
        let clean = zhextract::text::repair(input);
        mark("repair", &mut line);
        let doc = Doc::new(&clean, &o);
        mark("layout", &mut line);
        let mut x = Extraction::empty(o.offsets);
        x.dates = dates::find(&doc);
        x.money = money::find(&doc);
        x.quantities = quantities::find_unclaimed(&doc, &x.money, &x.dates);
        mark("figures", &mut line);
        let tags = Tagged::new(&doc);
        mark("tags", &mut line);
        x.people = people::from_tags(&doc, &tags);
        x.organizations = organizations::from_tags(&doc, &tags);
        x.locations = locations::from_tags(&doc, &tags);
        x.works = works::find(&doc);
        x.events = events::from_tags(&doc, &tags);
        x.quotes = quotes::find_with(&doc, &x.people, &x.organizations);
        x.credits = credits::find(&doc);
        x.keywords = keywords::from_tags(&doc, &tags);
        x.summary = summary::from_keywords(&doc, &x.keywords);
        mark("entities", &mut line);
        zhextract::resolve::run(&doc, &mut x);
        mark("resolve", &mut line);
        drop((tags, doc, x));
        drop(clean);
        PEAK.store(LIVE.load(Relaxed), Relaxed);
        let base2 = LIVE.load(Relaxed);
        let y = zhextract::extract(input, &o);
        line.push_str(&format!(
            " | whole extract peak {:.1}",
            (PEAK.load(Relaxed) - base2) as f64 / len
        ));
        drop(y);
        println!("{line}");
    }
}
