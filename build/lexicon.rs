//! Derived tables for `src/lexicon` (words, places, names).
//!
//! Reads `data/words.txt`, `data/places.txt`, `data/people.txt`, `data/titles.txt`,
//! `data/org_words.txt` and `data/event_words.txt` (the source of truth, unchanged) and merges them exactly as the
//! lexicon used to at run time: the last line of a word wins, every place is a word with
//! the part of speech `ns`, the stem of a prefecture-level `市` is a place, titles, event
//! words and organisation heads of two chars or more are nouns. The result is written to
//! `OUT_DIR`:
//!
//! - `lexicon_words.txt`: the trie of all words, one node a line in breadth-first order
//!   (the root left out): `CHAR [COMBO [+SUFFIX | =FULL]] [/KIDS]`. CHAR is the node's char
//!   (no ASCII in words, checked here); COMBO, on the nodes where a word ends, one or two
//!   ASCII chars indexing `COMBOS` (frequency class, part of speech, place level); a place's
//!   full official name either as what follows the word (`+县`) or whole
//!   (`=塔什库尔干塔吉克自治县`); KIDS the number of children, in decimal. The children of
//!   a node are one run of lines sorted by char, and the runs come in the order of their
//!   parents, so the run-time loader lays the trie out in one sequential pass, without
//!   hashing or sorting. After gzip this is smaller than the two text files it replaces.
//! - `lexicon_gen.rs`: `COMBOS` (three ASCII letters per combination: class `a`+n, part of
//!   speech letter, level letter or `-`), `LOG_TOTAL_BITS` (ln of the summed counts, f32
//!   bits: computed here once, the same way on every target), `MAX_WORD_CHARS`, `ENTRIES`
//!   and `NODES` (capacities), `ROOT_KIDS` (the children of the root: the first lines).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

/// The part-of-speech letters `src/lexicon/mod.rs` reads back (`Pos::from_letter`).
fn pos_letter(tag: &str) -> char {
    match tag {
        "n" | "ng" | "s" | "f" => 'N',
        "vn" => 'V',
        "v" | "vg" | "vd" | "vi" | "vq" => 'v',
        "a" | "ad" | "an" | "ag" | "b" | "z" => 'a',
        "nz" => 'z',
        "nt" => 't',
        "j" => 'j',
        "nr" | "nrt" | "nrfg" => 'r',
        "ns" => 's',
        "r" => 'p',
        "m" | "mq" | "q" => 'm',
        "t" | "tg" => 'T',
        "p" | "c" | "u" | "uj" | "ul" | "y" | "e" | "o" | "d" | "df" | "dg" => 'f',
        _ => 'o',
    }
}

fn data_lines(s: &str) -> impl Iterator<Item = &str> {
    s.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn read(name: &str) -> String {
    let path = format!("data/{name}");
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("build/lexicon.rs: cannot read {path}: {e}"))
}

#[derive(Clone, Copy)]
struct W {
    /// Frequency class: ln(count) = class × ln 2.
    class: u32,
    pos: char,
}

pub fn run() {
    let words_txt = read("words.txt");
    let places_txt = read("places.txt");
    let titles_txt = read("titles.txt");
    let org_txt = read("org_words.txt");
    let event_txt = read("event_words.txt");
    let people_txt = read("people.txt");

    let mut words: HashMap<&str, W> = HashMap::new();
    let mut total = 0f64;
    let mut max_word_chars = 1usize;
    for line in data_lines(&words_txt) {
        let mut f = line.split(' ');
        let Some(key) = f.next() else { continue };
        let mut cs = key.chars();
        let Some(class) = cs.next() else { continue };
        let b = (class as u32).saturating_sub('a' as u32);
        let log_freq = b as f32 * std::f32::consts::LN_2;
        let pos = pos_letter(cs.as_str());
        for w in f.filter(|w| !w.is_empty()) {
            total += f64::from(log_freq.exp());
            max_word_chars = max_word_chars.max(w.chars().count());
            words.insert(w, W { class: b, pos });
        }
    }
    // name → (level letter, full name)
    let mut places: HashMap<&str, (char, Option<&str>)> = HashMap::new();
    for line in data_lines(&places_txt) {
        let mut f = line.split(' ');
        let level = match f.next() {
            Some("p") => 'p',
            Some("r") => 'r',
            Some("c") => 'c',
            Some("n") => 'n',
            _ => 'o',
        };
        let class = match level {
            'n' | 'p' => 12,
            'r' => 10,
            _ => 8,
        };
        for entry in f.filter(|e| !e.is_empty()) {
            let (name, full) = match entry.split_once('=') {
                Some((n, full)) => (n, Some(full)),
                None => (entry, None),
            };
            places.insert(name, (level, full));
            words.entry(name).or_insert(W { class, pos: 's' }).pos = 's';
            max_word_chars = max_word_chars.max(name.chars().count());
        }
    }
    let stems: Vec<(&str, &str)> = places
        .iter()
        .filter(|(n, p)| p.0 == 'r' && p.1.is_none() && n.ends_with('市'))
        .filter_map(|(n, _)| {
            let stem = &n[..n.len() - '市'.len_utf8()];
            (stem.chars().count() >= 2 && !places.contains_key(stem)).then_some((stem, *n))
        })
        .collect();
    for (stem, city) in stems {
        places.insert(stem, ('r', Some(city)));
        words.entry(stem).or_insert(W { class: 10, pos: 's' }).pos = 's';
    }
    // people news names by name alone: person words, whatever jieba tags them (周恩来 is t)
    for w in data_lines(&people_txt) {
        words.entry(w).or_insert(W { class: 10, pos: 'r' }).pos = 'r';
        max_word_chars = max_word_chars.max(w.chars().count());
    }
    let titles: HashSet<&str> = data_lines(&titles_txt).collect();
    let listed = titles.iter().copied().chain(data_lines(&event_txt)).chain(data_lines(&org_txt).filter_map(|l| {
        let (w, k) = l.split_once(' ')?;
        (k != "not").then_some(w)
    }));
    for w in listed {
        if w.chars().count() >= 2 {
            words.entry(w).or_insert(W { class: 9, pos: 'N' });
            max_word_chars = max_word_chars.max(w.chars().count());
        }
    }

    // combinations, most frequent first (one ASCII char each for the first 80)
    let combo_of = |w: &str, x: &W| -> (u32, char, char) { (x.class, x.pos, places.get(w).map_or('-', |p| p.0)) };
    let mut freq: BTreeMap<(u32, char, char), usize> = BTreeMap::new();
    for (w, x) in &words {
        *freq.entry(combo_of(w, x)).or_default() += 1;
    }
    let mut order: Vec<((u32, char, char), usize)> = freq.into_iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let index: HashMap<(u32, char, char), usize> = order.iter().enumerate().map(|(i, (k, _))| (*k, i)).collect();
    let symbols: Vec<char> = (0x21u8..0x7f).map(char::from).filter(|&c| c != '=' && c != '+' && c != '/').collect();
    let one = 80usize;
    assert!(order.len() <= one + (symbols.len() - one) * symbols.len(), "build/lexicon.rs: too many combinations");
    let code = |i: usize| -> String {
        if i < one {
            symbols[i].to_string()
        } else {
            let j = i - one;
            format!("{}{}", symbols[one + j / symbols.len()], symbols[j % symbols.len()])
        }
    };
    let mut combos = String::new();
    for ((class, pos, level), _) in &order {
        assert!(*class < 26, "build/lexicon.rs: frequency class out of range");
        combos.push(char::from(b'a' + *class as u8));
        combos.push(*pos);
        combos.push(*level);
    }

    // the trie, then its nodes in breadth-first order: the children of a node are one run
    // of lines, sorted by char, and the runs come in the order of their parents
    #[derive(Default)]
    struct Node {
        kids: BTreeMap<char, usize>,
        word: Option<String>,
    }
    let mut trie: Vec<Node> = vec![Node::default()];
    let mut keys: Vec<&str> = words.keys().copied().collect();
    keys.sort_unstable();
    for w in &keys {
        assert!(w.chars().all(|c| !c.is_ascii()), "build/lexicon.rs: a word with an ASCII char: {w:?}");
        let mut at = 0;
        for c in w.chars() {
            at = match trie[at].kids.get(&c) {
                Some(&k) => k,
                None => {
                    trie.push(Node::default());
                    let k = trie.len() - 1;
                    trie[at].kids.insert(c, k);
                    k
                }
            };
        }
        trie[at].word = Some(w.to_string());
    }
    let mut out = String::with_capacity(256 * 1024);
    let mut queue = std::collections::VecDeque::from([0usize]);
    let mut nodes = 0usize;
    while let Some(n) = queue.pop_front() {
        for (&c, &k) in &trie[n].kids {
            nodes += 1;
            out.push(c);
            if let Some(w) = &trie[k].word {
                out.push_str(&code(index[&combo_of(w, &words[w.as_str()])]));
                if let Some((_, Some(full))) = places.get(w.as_str()) {
                    match full.strip_prefix(w.as_str()) {
                        Some(rest) if !rest.is_empty() => {
                            out.push('+');
                            out.push_str(rest);
                        }
                        _ => {
                            out.push('=');
                            out.push_str(full);
                        }
                    }
                }
            }
            if !trie[k].kids.is_empty() {
                let _ = write!(out, "/{}", trie[k].kids.len());
            }
            out.push('\n');
            queue.push_back(k);
        }
    }
    let root_kids = trie[0].kids.len();
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(format!("{dir}/lexicon_words.txt"), &out).expect("write lexicon_words.txt");
    let log_total = total.max(1.0).ln() as f32;
    let mut gen = String::new();
    let _ = writeln!(gen, "/// Frequency class, part of speech, place level: three letters per combination.");
    let _ = writeln!(gen, "pub const COMBOS: &str = {combos:?};");
    let _ = writeln!(gen, "/// ln of the summed counts of data/words.txt.");
    let _ = writeln!(gen, "pub const LOG_TOTAL_BITS: u32 = {:#x};", log_total.to_bits());
    let _ = writeln!(gen, "pub const MAX_WORD_CHARS: usize = {max_word_chars};");
    let _ = writeln!(gen, "pub const ENTRIES: usize = {};", keys.len());
    let _ = writeln!(gen, "pub const NODES: usize = {nodes};");
    let _ = writeln!(gen, "pub const ROOT_KIDS: u32 = {root_kids};");
    std::fs::write(format!("{dir}/lexicon_gen.rs"), gen).expect("write lexicon_gen.rs");
}
