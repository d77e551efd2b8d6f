//! What the first `extract()` of a process pays for (issue 8, cold start): the lazily built
//! tables one by one, then the first call, then the median of later calls.
//!
//! cargo run --release --example first_call [FILE]   (default: the seed article)

use std::time::Instant;
use zhextract::{extract, Options};

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn main() {
    let text = match std::env::args().nth(1) {
        Some(p) => std::fs::read_to_string(p).expect("read the file"),
        None => include_str!("../../shared/seeds/000_59c3d2ef88811802.txt").to_string(),
    };
    let o = Options::default();
    let t = Instant::now();
    let _ = zhextract::lexicon::dict();
    let dict = ms(t);
    let t = Instant::now();
    let _ = zhextract::lexicon::get();
    let lex = ms(t);
    let t = Instant::now();
    let clean = zhextract::text::repair(&text);
    let repair = ms(t);
    drop(clean);
    let t = Instant::now();
    let _ = extract(&text, &o);
    let first = ms(t);
    let mut later: Vec<f64> = (0..50)
        .map(|_| {
            let t = Instant::now();
            let _ = extract(&text, &o);
            ms(t)
        })
        .collect();
    later.sort_by(f64::total_cmp);
    println!(
        "{} bytes: dictionary trie {dict:.2} ms, rest of the lexicon {lex:.2} ms, first repair (text tables) {repair:.2} ms, \
         first extract after those {first:.2} ms, median of 50 later calls {:.2} ms",
        text.len(),
        later[25]
    );
}
