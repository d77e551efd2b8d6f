//! Derived tables for `src/lexicon` (words, places, names).
//!
//! Reads `data/words.txt` (then `data/news_words.txt`), `data/places.txt`, `data/people.txt`, `data/titles.txt`,
//! `data/org_words.txt` and `data/event_words.txt` (the source of truth, unchanged) and merges them exactly as the
//! lexicon used to at run time: the last line of a word wins, every place is a word with
//! the part of speech `ns`, the stem of a prefecture-level `市` is a place, titles, event
//! words and organisation heads of two chars or more are nouns (an event word filed as a
//! body, 交易会 nt, too). The result is written to
//! `OUT_DIR`, in a form the run time uses in place (no parsing, no hashing, nothing built
//! at the first call):
//!
//! - the trie of all words in breadth-first order, node 0 the root: the children of a node
//!   are one run of nodes sorted by char, and the runs come in the order of their parents,
//!   so node i's children are `FIRST[i]..FIRST[i + 1]`. Per node: its char (`CH`; 0 for the
//!   root's children in U+4E00..U+9FFF, which `ROOT_BITS` and `ROOT_RANK` find directly;
//!   below the root's children the char's code: the `DEEP_TOP` chars most frequent there
//!   first, then the rest of `DEEP`; stored as the rise over the elder sibling's code, the
//!   first child of a run its whole code), its number of children (`KIDS`,
//!   0 for the root: the run time sums them into `FIRST` once, 6 KB less gzip than `FIRST`
//!   itself), and `COMBO` (1 + the combination of the word that ends there, 0 for none).
//!   They are stored as little-endian byte planes (`lexicon_combo0.bin` = low bytes ...), as
//!   many as the largest value needs.
//! - the places that have a full official name: their nodes (`FULL_GAPS`: ascending, as
//!   varint differences; the run time sums them once) and
//!   for each a piece (`FULL_PIECE`): a suffix that follows the place's own name (县, 区,
//!   市 ...: 2,990 of 3,090) or a whole name (`PIECE_TEXT`, ends in `PIECE_ENDS`). As text
//!   the full names were 13 KB of gzip.
//! - `lexicon_gen.rs`: the arrays above, `WORDS` and `LEVELS` (per combination of frequency
//!   class, part of speech and place level, most frequent first), `LOG_TOTAL` (ln of
//!   the summed counts: computed here once, the same way on every target),
//!   `MAX_WORD_CHARS`, `ENTRIES`, `NODES` and the root's counts; and the name model and
//!   the hand-written lists as perfect hash tables (see `name_tables`).

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
    s.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn read(name: &str) -> String {
    let path = format!("data/{name}");
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("build/lexicon.rs: cannot read {path}: {e}"))
}

#[derive(Clone, Copy)]
struct W {
    /// Frequency class: ln(count) = class × ln 2.
    class: u32,
    pos: char,
}

pub fn run() {
    let words_txt = read("words.txt");
    let news_txt = read("news_words.txt");
    let places_txt = read("places.txt");
    let titles_txt = read("titles.txt");
    let org_txt = read("org_words.txt");
    let event_txt = read("event_words.txt");
    let people_txt = read("people.txt");

    let mut words: HashMap<&str, W> = HashMap::new();
    let mut total_count = 0f64;
    let mut max_word_chars = 1usize;
    // data/news_words.txt after words.txt; a word in both keeps words.txt's class and tag
    let from_jieba = data_lines(&words_txt).count();
    for (i, line) in data_lines(&words_txt).chain(data_lines(&news_txt)).enumerate() {
        let listed = i < from_jieba;
        let mut f = line.split(' ');
        let Some(key) = f.next() else { continue };
        let mut cs = key.chars();
        let Some(class) = cs.next() else { continue };
        let b = (class as u32).saturating_sub('a' as u32);
        let log_freq = b as f32 * std::f32::consts::LN_2;
        let pos = pos_letter(cs.as_str());
        for w in f.filter(|w| !w.is_empty()) {
            // (the total is words.txt's alone: the news words do not shift every word's cost)
            if listed {
                total_count += f64::from(log_freq.exp());
            }
            max_word_chars = max_word_chars.max(w.chars().count());
            // (jieba files a few bodies as names: 宣传部 nr; a word of three chars or more
            // that ends in the head of a government body is one)
            let pos = if pos == 'r' && w.chars().count() >= 3 && w.ends_with(['部', '局', '厅', '署', '办']) {
                't'
            } else {
                pos
            };
            if listed || !words.contains_key(w) {
                words.insert(w, W { class: b, pos });
            }
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
        words
            .entry(stem)
            .or_insert(W {
                class: 10,
                pos: 's',
            })
            .pos = 's';
    }
    // people news names by name alone: person words, whatever jieba tags them (周恩来 is t)
    for w in data_lines(&people_txt) {
        words
            .entry(w)
            .or_insert(W {
                class: 10,
                pos: 'r',
            })
            .pos = 'r';
        max_word_chars = max_word_chars.max(w.chars().count());
    }
    let titles: HashSet<&str> = data_lines(&titles_txt).collect();
    let listed = titles.iter().copied().chain(data_lines(&event_txt)).chain(
        data_lines(&org_txt).filter_map(|l| {
            let (w, k) = l.split_once(' ')?;
            (k != "not").then_some(w)
        }),
    );
    for w in listed {
        if w.chars().count() >= 2 {
            words.entry(w).or_insert(W { class: 9, pos: 'N' });
            max_word_chars = max_word_chars.max(w.chars().count());
        }
    }
    // an event word jieba files as a body (交易会 nt) is a noun: the event's word, no
    // organisation's
    for w in data_lines(&event_txt) {
        if let Some(x) = words.get_mut(w).filter(|x| x.pos == 't') {
            x.pos = 'N';
        }
    }

    // combinations, most frequent first (small numbers gzip best)
    let combo_of = |w: &str, x: &W| -> (u32, char, char) {
        (x.class, x.pos, places.get(w).map_or('-', |p| p.0))
    };
    let mut freq: BTreeMap<(u32, char, char), usize> = BTreeMap::new();
    for (w, x) in &words {
        *freq.entry(combo_of(w, x)).or_default() += 1;
    }
    let mut order: Vec<((u32, char, char), usize)> = freq.into_iter().collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let index: HashMap<(u32, char, char), usize> = order
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (*k, i))
        .collect();

    // the trie, then its nodes in breadth-first order: the children of a node are one run,
    // sorted by char, and the runs come in the order of their parents
    #[derive(Default)]
    struct Node {
        kids: BTreeMap<char, usize>,
        word: Option<String>,
    }
    let mut trie: Vec<Node> = vec![Node::default()];
    let mut keys: Vec<&str> = words.keys().copied().collect();
    keys.sort_unstable();
    for w in &keys {
        assert!(
            w.chars().all(|c| !c.is_ascii()),
            "build/lexicon.rs: a word with an ASCII char: {w:?}"
        );
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
    // the chars that follow another in some word, as a char set (`char_set`): below the
    // root, a node stores its char's code, 1 + the char's index in that set (a char of 2,857
    // as 12 bits: as byte planes 8.7 KB less gzip than the chars themselves)
    let deep: std::collections::BTreeSet<char> = trie[1..]
        .iter()
        .flat_map(|k| k.kids.keys().copied())
        .collect();
    let (deep_set, deep_order) = char_set(&deep.iter().copied().collect::<Vec<_>>());
    // the codes: the DEEP_TOP most frequent of these chars (by the nodes they spell) first,
    // most frequent first, then the others in DEEP's order; with the codes of a run of
    // children stored as differences (see CH below), most differences fit in a byte
    // (the high byte plane 7.7 KB less gzip, the low one 1.1 KB)
    let mut uses: HashMap<char, usize> = HashMap::new();
    for k in &trie[1..] {
        for &c in k.kids.keys() {
            *uses.entry(c).or_default() += 1;
        }
    }
    let mut by_use: Vec<(usize, char)> = deep_order.iter().enumerate().map(|(i, c)| (i, *c)).collect();
    by_use.sort_by(|a, b| uses[&b.1].cmp(&uses[&a.1]).then(a.0.cmp(&b.0)));
    by_use.truncate(DEEP_TOP);
    let mut code: HashMap<char, u32> = HashMap::new();
    for (k, &(_, c)) in by_use.iter().enumerate() {
        code.insert(c, 1 + k as u32);
    }
    for &c in &deep_order {
        let next = 1 + code.len() as u32;
        code.entry(c).or_insert(next);
    }
    // breadth-first: bfs[i] is the trie node of output node i (0: the root); the root's
    // children by char, every other run by code (the order of the searches)
    let mut bfs: Vec<usize> = vec![0];
    let mut at = 0;
    while at < bfs.len() {
        let n = bfs[at];
        let mut kids: Vec<(char, usize)> = trie[n].kids.iter().map(|(&c, &k)| (c, k)).collect();
        if n != 0 {
            kids.sort_by_key(|&(c, _)| code[&c]);
        }
        bfs.extend(kids.into_iter().map(|(_, k)| k));
        at += 1;
    }
    let nodes = bfs.len() - 1;
    let root_kids: Vec<char> = trie[0].kids.keys().copied().collect();
    let dense = |c: char| (DENSE_START..=DENSE_END).contains(&(c as u32));
    let root_low = root_kids
        .iter()
        .filter(|&&c| (c as u32) < DENSE_START)
        .count();
    let root_high = root_kids
        .iter()
        .filter(|&&c| (c as u32) > DENSE_END)
        .count();
    let mut ch: Vec<u32> = Vec::with_capacity(bfs.len());
    let mut first: Vec<u32> = Vec::with_capacity(bfs.len() + 1);
    let mut combo: Vec<u32> = Vec::with_capacity(bfs.len());
    let mut next = 1u32;
    // places with a full name: (node, full name)
    let mut full: Vec<(u32, String)> = Vec::new();
    let mut char_of = vec![0u32; trie.len()];
    for k in &trie {
        for (&c, &kid) in &k.kids {
            char_of[kid] = c as u32;
        }
    }
    for (i, &n) in bfs.iter().enumerate() {
        let c = char_of[n];
        // the root's children in the directly indexed block are found by their char alone,
        // its other children by their char, every other node by its char's code
        let root_kid = i >= 1 && i <= root_kids.len();
        ch.push(match char::from_u32(c) {
            Some(c) if root_kid && dense(c) => 0,
            Some(c) if !root_kid && i > 0 => code[&c],
            _ => c as u32,
        });
        first.push(next);
        next += trie[n].kids.len() as u32;
        combo.push(match &trie[n].word {
            Some(w) => {
                if let Some((_, Some(f))) = places.get(w.as_str()) {
                    full.push((i as u32, f.to_string()));
                }
                1 + index[&combo_of(w, &words[w.as_str()])] as u32
            }
            None => 0,
        });
    }
    first.push(next);
    assert_eq!(
        next as usize,
        bfs.len(),
        "build/lexicon.rs: breadth-first layout"
    );
    // below the root's children, each run of children (ascending codes) as differences:
    // the first child's code, then each child's code less its elder sibling's (the run time
    // sums them back once, into NODE)
    for p in 1..bfs.len() {
        for j in (first[p] as usize + 1..first[p + 1] as usize).rev() {
            ch[j] -= ch[j - 1];
        }
    }

    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let mut gen = String::new();
    let _ = writeln!(gen, "/// The chars that follow another in some word: a node below the root's children stores 1 + a char's index here.");
    let _ = writeln!(gen, "pub static DEEP: CharSet = {deep_set};");
    let _ = writeln!(gen, "/// The index in DEEP of the chars whose codes are 1, 2, ... (the most frequent); the others follow in DEEP's order.");
    let _ = writeln!(
        gen,
        "pub static DEEP_TOP: [u16; {}] = [{}];",
        by_use.len(),
        by_use.iter().map(|(i, _)| i.to_string()).collect::<Vec<_>>().join(",")
    );
    // little-endian byte planes: plane k holds byte k of every value (gzip finds the
    // repetitions of the high bytes that interleaved values hide); as many planes as the
    // largest value needs
    let mut planes = |name: &str, doc: &str, values: &[u32]| {
        let max = values.iter().copied().max().unwrap_or(0);
        let count = ((32 - max.leading_zeros() as usize) + 7) / 8;
        let count = count.max(1);
        let mut list = Vec::new();
        for k in 0..count {
            let bytes: Vec<u8> = values.iter().map(|v| (v >> (8 * k)) as u8).collect();
            let file = format!("lexicon_{}{k}.bin", name.to_lowercase());
            std::fs::write(format!("{dir}/{file}"), bytes).expect("write a lexicon plane");
            list.push(format!(
                "include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\"))"
            ));
        }
        let _ = writeln!(gen, "/// {doc}");
        let _ = writeln!(
            gen,
            "pub static {name}: [&[u8]; {count}] = [{}];",
            list.join(", ")
        );
    };
    planes("CH", "The char of each root's child (0 for those in DENSE), or of a node further down its char's code in DEEP; 0 for the root.", &ch);
    // the number of children of each node but the root (ROOT_KIDS)
    let kids: Vec<u32> = first
        .windows(2)
        .enumerate()
        .map(|(i, w)| if i == 0 { 0 } else { w[1] - w[0] })
        .collect();
    planes("KIDS", "The number of children of each node (0 for the root: ROOT_KIDS); node i's children follow those of node i - 1.", &kids);
    planes(
        "COMBO",
        "1 + the index into WORDS and LEVELS of the word that ends at each node, 0 for none.",
        &combo,
    );
    // the nodes of the places with a full name, ascending: the differences as varints (7
    // bits a byte, low bits first, the high bit set on all but the last byte): 1.3 KB less
    // gzip than the nodes as byte planes
    let mut gaps = Vec::new();
    let mut prev = 0;
    for &(node, _) in &full {
        let mut d = node - prev;
        prev = node;
        while d >= 0x80 {
            gaps.push((d & 0x7F) as u8 | 0x80);
            d >>= 7;
        }
        gaps.push(d as u8);
    }
    std::fs::write(format!("{dir}/lexicon_full_gaps.bin"), gaps)
        .expect("write lexicon_full_gaps.bin");
    // each full name as a piece: the place's own name plus a suffix (石家庄 + 市: most of
    // them, and a few dozen suffixes), or a whole name of its own (塔县 → 塔什库尔干塔吉克自治县);
    // the suffixes first, most frequent first, then the whole names, each piece once
    let name_of = |node: u32| -> String {
        // the chars on the path from the root to the node (the trie's parents, by FIRST)
        let mut cs = Vec::new();
        let mut at = node as usize;
        while at != 0 {
            cs.push(char::from_u32(char_of[bfs[at]]).expect("a char"));
            at = first.partition_point(|&f| f as usize <= at) - 1;
        }
        cs.iter().rev().collect()
    };
    let split: Vec<(bool, String)> = full
        .iter()
        .map(|(node, f)| match f.strip_prefix(name_of(*node).as_str()) {
            Some(suffix) if !suffix.is_empty() => (true, suffix.to_string()),
            _ => (false, f.clone()),
        })
        .collect();
    let mut suffix_count: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, s) in split.iter().filter(|p| p.0) {
        *suffix_count.entry(s).or_default() += 1;
    }
    let mut suffixes: Vec<(&str, usize)> = suffix_count.into_iter().collect();
    suffixes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut pieces: Vec<(bool, &str)> = suffixes.iter().map(|s| (true, s.0)).collect();
    for (k, s) in &split {
        if !k && !pieces.contains(&(false, s.as_str())) {
            pieces.push((false, s));
        }
    }
    let piece_of: Vec<u32> = split
        .iter()
        .map(|(k, s)| {
            pieces
                .iter()
                .position(|p| *p == (*k, s.as_str()))
                .expect("a piece") as u32
        })
        .collect();
    planes(
        "FULL_PIECE",
        "The piece (index into PIECE_ENDS) of each full name, in the order of FULL_GAPS.",
        &piece_of,
    );
    let mut piece_text = String::new();
    let mut piece_ends = Vec::new();
    for (_, p) in &pieces {
        piece_text.push_str(p);
        piece_ends.push(piece_text.len().to_string());
    }
    assert!(
        piece_text.len() < 1 << 16,
        "build/lexicon.rs: PIECE_ENDS is u16"
    );
    let _ = writeln!(gen, "/// The nodes of the places that have a full official name, ascending, as varint differences.");
    let _ = writeln!(gen, "pub static FULL_GAPS: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/lexicon_full_gaps.bin\"));");
    let _ = writeln!(gen, "/// The pieces of the full names, one after the other: PIECE_SUFFIXES suffixes, then whole names.");
    let _ = writeln!(gen, "pub static PIECE_TEXT: &str = {piece_text:?};");
    let _ = writeln!(gen, "/// Where each piece of PIECE_TEXT ends.");
    let _ = writeln!(
        gen,
        "pub static PIECE_ENDS: [u16; {}] = [{}];",
        piece_ends.len(),
        piece_ends.join(",")
    );
    let _ = writeln!(gen, "pub const PIECE_SUFFIXES: usize = {};", suffixes.len());

    // the root's children in DENSE: one bit each, and the bits set before each u64
    let words64 = ((DENSE_END - DENSE_START) as usize) / 64 + 1;
    let mut bits = vec![0u64; words64];
    for &c in root_kids.iter().filter(|&&c| dense(c)) {
        let i = (c as u32 - DENSE_START) as usize;
        bits[i / 64] |= 1 << (i % 64);
    }
    let mut rank = Vec::with_capacity(words64);
    let mut total = 0u32;
    for b in &bits {
        rank.push(total);
        total += b.count_ones();
    }
    assert!(total < 1 << 16, "build/lexicon.rs: ROOT_RANK is u16");
    let list = |v: &mut dyn Iterator<Item = String>| v.collect::<Vec<_>>().join(",");
    let _ = writeln!(
        gen,
        "/// The root's children in DENSE, one bit each (node 1 + ROOT_LOW + rank)."
    );
    let _ = writeln!(
        gen,
        "pub static ROOT_BITS: [u64; {words64}] = [{}];",
        list(&mut bits.iter().map(|b| format!("{b:#x}")))
    );
    let _ = writeln!(
        gen,
        "pub static ROOT_RANK: [u16; {words64}] = [{}];",
        list(&mut rank.iter().map(|r| r.to_string()))
    );

    // the combinations: the word (ln of the count, part of speech) and the place level
    let mut w = Vec::new();
    let mut lv = Vec::new();
    for ((class, pos, level), _) in &order {
        assert!(
            *class < 26,
            "build/lexicon.rs: frequency class out of range"
        );
        // as the loader computed it: f32 class × ln 2 (Debug prints a literal that reads back
        // to the same bits)
        let log_freq = *class as f32 * std::f32::consts::LN_2;
        w.push(format!(
            "Word {{ log_freq: {log_freq:?}, pos: Pos::{} }}",
            pos_name(*pos)
        ));
        lv.push(match level {
            '-' => "None".to_string(),
            'p' => "Some(PlaceLevel::Province)".to_string(),
            'r' => "Some(PlaceLevel::Prefecture)".to_string(),
            'c' => "Some(PlaceLevel::County)".to_string(),
            'n' => "Some(PlaceLevel::Country)".to_string(),
            _ => "Some(PlaceLevel::Other)".to_string(),
        });
    }
    let log_total = total_count.max(1.0).ln() as f32;
    let _ = writeln!(
        gen,
        "/// The words of the combinations, most frequent first."
    );
    let _ = writeln!(
        gen,
        "pub static WORDS: [Word; {}] = [{}];",
        w.len(),
        w.join(", ")
    );
    let _ = writeln!(gen, "/// The place level of each combination.");
    let _ = writeln!(
        gen,
        "pub static LEVELS: [Option<PlaceLevel>; {}] = [{}];",
        lv.len(),
        lv.join(", ")
    );
    let _ = writeln!(gen, "/// ln of the summed counts of data/words.txt (Debug prints a literal that reads back to the same bits).");
    let _ = writeln!(gen, "pub const LOG_TOTAL: f32 = {log_total:?};");
    let _ = writeln!(gen, "pub const MAX_WORD_CHARS: usize = {max_word_chars};");
    let _ = writeln!(gen, "pub const ENTRIES: usize = {};", keys.len());
    let _ = writeln!(
        gen,
        "#[allow(dead_code)]\npub const NODES: usize = {nodes};"
    );
    let _ = writeln!(gen, "pub const ROOT_KIDS: u32 = {};", root_kids.len());
    let _ = writeln!(gen, "pub const ROOT_LOW: u32 = {root_low};");
    let _ = writeln!(gen, "pub const ROOT_HIGH: u32 = {root_high};");
    name_tables(&mut gen, &people_txt, &titles_txt, &org_txt, &event_txt);
    std::fs::write(format!("{dir}/lexicon_gen.rs"), gen).expect("write lexicon_gen.rs");
}

/// CHD (hash and displace, as the `phf` crate does it) over `keys`, into a table of the
/// next power of two slots: the seed, each bucket's displacements, and which key (if any)
/// is at each slot. Deterministic: the same keys always give the same tables.
fn phf(keys: &[&[u8]]) -> (u64, Vec<(u8, u8)>, Vec<Option<usize>>) {
    const LAMBDA: usize = 4;
    let n = keys.len();
    let size = n.next_power_of_two();
    assert!(
        size <= 1 << 16,
        "build/lexicon.rs: perfect hash over 65,536 keys"
    );
    let buckets = n.div_ceil(LAMBDA).max(1);
    for seed in 0u64..10_000 {
        let hashes: Vec<u64> = keys.iter().map(|k| crate::phf::hash(k, seed)).collect();
        let mut by_bucket: Vec<Vec<usize>> = vec![Vec::new(); buckets];
        for (i, &h) in hashes.iter().enumerate() {
            by_bucket[crate::phf::bucket(h, buckets)].push(i);
        }
        let mut order: Vec<usize> = (0..buckets).collect();
        order.sort_by_key(|&b| std::cmp::Reverse(by_bucket[b].len()));
        let mut slots: Vec<Option<usize>> = vec![None; size];
        let mut disps = vec![(0u8, 0u8); buckets];
        let mut taken: Vec<usize> = Vec::new();
        let placed = order.iter().all(|&b| {
            let ks = &by_bucket[b];
            // displacements of one byte each (a seed that needs more is passed over)
            for d1 in 0..256u32 {
                for d2 in 0..256u32 {
                    taken.clear();
                    let fits = ks.iter().all(|&k| {
                        let s = crate::phf::slot(hashes[k], d1, d2, size - 1);
                        let free = slots[s].is_none() && !taken.contains(&s);
                        taken.push(s);
                        free
                    });
                    if fits {
                        for (&k, &s) in ks.iter().zip(&taken) {
                            slots[s] = Some(k);
                        }
                        disps[b] = (d1 as u8, d2 as u8);
                        return true;
                    }
                }
            }
            false
        });
        if placed {
            return (seed, disps, slots);
        }
    }
    panic!("build/lexicon.rs: no perfect hash found");
}

fn phf_literal(seed: u64, disps: &[(u8, u8)], size: usize) -> String {
    let d: Vec<String> = disps.iter().map(|(a, b)| format!("({a},{b})")).collect();
    format!("Phf::new({seed}, &[{}], {})", d.join(","), size - 1)
}

/// A set of strings as `src/lexicon/mod.rs` reads it: a perfect hash, and the keys one after
/// the other in the order of its slots (an empty slot is an empty key), with the length of
/// each (a byte: a third of the gzip of where each ends, as u16). Returns the key index at
/// each slot (values go in that order).
fn str_set(gen: &mut String, name: &str, doc: &str, keys: &[&str]) -> Vec<Option<usize>> {
    let bytes: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
    let (seed, disps, slots) = phf(&bytes);
    let mut text = String::new();
    let mut lens = Vec::new();
    for k in &slots {
        let key = k.map_or("", |k| keys[k]);
        assert!(
            key.len() < 1 << 8,
            "build/lexicon.rs: a key of {name} over 255 bytes"
        );
        text.push_str(key);
        lens.push(key.len().to_string());
    }
    assert!(text.len() < 1 << 16, "build/lexicon.rs: {name} over 64 KB");
    let _ = writeln!(gen, "/// {doc}");
    let _ = writeln!(
        gen,
        "pub static {name}: StrSet = StrSet::new({}, {}, {text:?}, &[{}]);",
        phf_literal(seed, &disps, slots.len()),
        keys.len(),
        lens.join(",")
    );
    slots
}

/// Whether every value is a whole number that f32 and u32 both hold exactly.
fn whole_numbers(values: &[f32]) -> bool {
    values
        .iter()
        .all(|&v| v.fract() == 0.0 && (0.0..16_777_216.0).contains(&v))
}

/// `values` as little-endian byte planes in OUT_DIR (`src/lexicon/mod.rs` reads them with
/// `planes`): whole numbers, or f32 bits when `whole` is false.
fn float_planes(gen: &mut String, name: &str, doc: &str, values: &[f32], whole: bool) {
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let codes: Vec<u32> = values
        .iter()
        .map(|&v| if whole { v as u32 } else { v.to_bits() })
        .collect();
    let max = codes.iter().copied().max().unwrap_or(0);
    let n = (((32 - max.leading_zeros() as usize) + 7) / 8).max(1);
    let mut list = Vec::new();
    for j in 0..n {
        let file = format!("lexicon_{}{j}.bin", name.to_lowercase());
        std::fs::write(
            format!("{dir}/{file}"),
            codes
                .iter()
                .map(|v| (v >> (8 * j)) as u8)
                .collect::<Vec<u8>>(),
        )
        .expect("write a lexicon plane");
        list.push(format!(
            "include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\"))"
        ));
    }
    let _ = writeln!(gen, "/// {doc}");
    let _ = writeln!(
        gen,
        "pub static {name}: [&[u8]; {n}] = [{}];",
        list.join(", ")
    );
}

fn f32_bits(v: f32) -> String {
    format!("{:#x}", v.to_bits())
}

/// The name model and the hand-written lists (`data/surnames.txt`, `given.txt`,
/// `titles.txt`, `org_words.txt`, `event_words.txt`, `people.txt`), read exactly as the
/// lexicon used to read them at run time (a later line for the same key wins; the totals
/// count every line), as perfect hash tables (build/lexicon.rs's `phf`). The logarithms of the name model are left to the
/// run time, so that they come out of the same `ln` as before on every target.
fn name_tables(
    gen: &mut String,
    people_txt: &str,
    titles_txt: &str,
    org_txt: &str,
    event_txt: &str,
) {
    let surnames_txt = read("surnames.txt");
    let given_txt = read("given.txt");
    let mut surnames: BTreeMap<&str, f32> = BTreeMap::new();
    let mut stotal = 0f32;
    for line in data_lines(&surnames_txt) {
        let mut f = line.split_whitespace();
        let (Some(s), Some(w)) = (f.next(), f.next()) else {
            continue;
        };
        let w: f32 = w.parse().unwrap_or(1.0);
        stotal += w;
        surnames.insert(s, w);
    }
    let keys: Vec<&str> = surnames.keys().copied().collect();
    let slots = str_set(gen, "SURNAMES", "The surnames (data/surnames.txt).", &keys);
    let weights: Vec<f32> = slots
        .iter()
        .map(|k| k.map_or(0.0, |k| surnames[keys[k]]))
        .collect();
    let whole = whole_numbers(&weights);
    float_planes(
        gen,
        "SURNAME_WEIGHTS",
        "Each surname's weight by slot (SURNAME_WHOLE: whole numbers, else f32 bits).",
        &weights,
        whole,
    );
    let _ = writeln!(gen, "pub const SURNAME_WHOLE: bool = {whole};");
    let _ = writeln!(gen, "/// The surnames' total weight (f32 bits).");
    let _ = writeln!(
        gen,
        "pub const SURNAME_TOTAL_BITS: u32 = {};",
        f32_bits(stotal)
    );
    // chars of DENSE that begin a surname, one bit each
    let mut starts = vec![0u64; ((DENSE_END - DENSE_START) as usize) / 64 + 1];
    for c in keys.iter().filter_map(|s| s.chars().next()) {
        let c = c as u32;
        if (DENSE_START..=DENSE_END).contains(&c) {
            let i = (c - DENSE_START) as usize;
            starts[i / 64] |= 1 << (i % 64);
        }
    }
    let _ = writeln!(
        gen,
        "/// The chars of DENSE that begin a surname, one bit each."
    );
    let _ = writeln!(
        gen,
        "pub static SURNAME_STARTS: [u64; {}] = [{}];",
        starts.len(),
        starts
            .iter()
            .map(|b| format!("{b:#x}"))
            .collect::<Vec<_>>()
            .join(",")
    );

    let mut given: BTreeMap<char, (f32, f32)> = BTreeMap::new();
    let (mut t1, mut t2) = (0f32, 0f32);
    // (given.txt, a later line for a char winning; then the modern chars the generated list
    // lacks, their counts added to any it has)
    let modern_txt = read("given_modern.txt");
    for (txt, add) in [(&given_txt, false), (&modern_txt, true)] {
        for line in data_lines(txt) {
            let mut f = line.split_whitespace();
            let (Some(c), Some(a), Some(b)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let Some(c) = c.chars().next() else { continue };
            let a: f32 = a.parse().unwrap_or(0.0);
            let b: f32 = b.parse().unwrap_or(0.0);
            t1 += a;
            t2 += b;
            let e = given.entry(c).or_insert((0.0, 0.0));
            *e = if add { (e.0 + a, e.1 + b) } else { (a, b) };
        }
    }
    // the chars as a char set; the counts in the order of its index
    let (given_set, given_order) = char_set(&given.keys().copied().collect::<Vec<_>>());
    let _ = writeln!(gen, "/// The given-name chars (data/given.txt).");
    let _ = writeln!(gen, "pub static GIVEN: CharSet = {given_set};");
    // the counts as byte planes of whole numbers when they all are (they are: a third less
    // gzip than f32 bits), else of f32 bits
    let counts: Vec<(f32, f32)> = given_order.iter().map(|c| given[c]).collect();
    let all: Vec<f32> = counts.iter().flat_map(|&(a, b)| [a, b]).collect();
    let whole = whole_numbers(&all);
    for (name, k) in [("GIVEN_FIRST", 0), ("GIVEN_LAST", 1)] {
        let values: Vec<f32> = counts
            .iter()
            .map(|&(a, b)| if k == 0 { a } else { b })
            .collect();
        let doc = format!("Each char's count as the {} given char, in the order of GIVEN (GIVEN_WHOLE: whole numbers, else f32 bits).", if k == 0 { "first" } else { "last" });
        float_planes(gen, name, &doc, &values, whole);
    }
    let _ = writeln!(gen, "pub const GIVEN_WHOLE: bool = {whole};");
    let _ = writeln!(
        gen,
        "pub const GIVEN_TOTAL_BITS: (u32, u32) = ({}, {});",
        f32_bits(t1),
        f32_bits(t2)
    );

    let sorted = |it: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        let set: std::collections::BTreeSet<String> = it.map(str::to_string).collect();
        set.into_iter().collect()
    };
    let max_chars = |v: &[String]| v.iter().map(|t| t.chars().count()).max().unwrap_or(1);
    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    let titles = sorted(&mut data_lines(titles_txt));
    let _ = str_set(
        gen,
        "TITLES",
        "The titles (data/titles.txt).",
        &refs(&titles),
    );
    let _ = writeln!(
        gen,
        "pub const MAX_TITLE_CHARS: usize = {};",
        max_chars(&titles)
    );
    // the last chars of the titles, for a test before the lookup (charset::HanSet takes
    // only chars of U+4E00..U+9FFF; TITLE_ENDS_COMPLETE says whether every title ends so)
    let ends: std::collections::BTreeSet<char> =
        titles.iter().filter_map(|t| t.chars().last()).collect();
    let han_ends: String = ends
        .iter()
        .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
        .collect();
    let _ = writeln!(gen, "pub const TITLE_ENDS: &str = {han_ends:?};");
    let _ = writeln!(
        gen,
        "pub const TITLE_ENDS_COMPLETE: bool = {};",
        han_ends.chars().count() == ends.len()
    );
    let events = sorted(&mut data_lines(event_txt));
    let _ = str_set(
        gen,
        "EVENT_WORDS",
        "The event words (data/event_words.txt).",
        &refs(&events),
    );
    let _ = writeln!(
        gen,
        "pub const MAX_EVENT_CHARS: usize = {};",
        max_chars(&events)
    );
    let famous = sorted(&mut data_lines(people_txt));
    let _ = str_set(
        gen,
        "FAMOUS",
        "People news names by name alone (data/people.txt).",
        &refs(&famous),
    );
    let mut org: BTreeMap<&str, &str> = BTreeMap::new();
    for line in data_lines(org_txt) {
        let mut f = line.split_whitespace();
        let (Some(w), Some(k)) = (f.next(), f.next()) else {
            continue;
        };
        org.insert(
            w,
            match k {
                "head" => "Head",
                "industry" => "Industry",
                "name" => "Name",
                _ => "Not",
            },
        );
    }
    let keys: Vec<&str> = org.keys().copied().collect();
    let slots = str_set(
        gen,
        "ORG_KEYS",
        "The organisation words (data/org_words.txt).",
        &keys,
    );
    let kinds: Vec<String> = slots
        .iter()
        .map(|k| format!("OrgWord::{}", k.map_or("Not", |k| org[keys[k]])))
        .collect();
    let _ = writeln!(
        gen,
        "pub static ORG_KINDS: [OrgWord; {}] = [{}];",
        kinds.len(),
        kinds.join(",")
    );
}

/// A set of chars as `src/lexicon/mod.rs`'s `CharSet` reads it: the chars of DENSE one bit
/// each (a char's index: the bits set before it, with the bits set before each u64), then
/// the others, ascending. Returns the literal and the chars in the order of their index.
fn char_set(chars: &[char]) -> (String, Vec<char>) {
    let (mut dense_chars, mut others): (Vec<char>, Vec<char>) = chars
        .iter()
        .partition(|&&c| (DENSE_START..=DENSE_END).contains(&(c as u32)));
    dense_chars.sort_unstable();
    others.sort_unstable();
    let mut bits = vec![0u64; ((DENSE_END - DENSE_START) as usize) / 64 + 1];
    for &c in &dense_chars {
        let i = (c as u32 - DENSE_START) as usize;
        bits[i / 64] |= 1 << (i % 64);
    }
    let mut rank = Vec::with_capacity(bits.len());
    let mut total = 0u32;
    for b in &bits {
        rank.push(total.to_string());
        total += b.count_ones();
    }
    assert!(total < 1 << 16, "build/lexicon.rs: a CharSet's rank is u16");
    let join = |v: Vec<String>| v.join(",");
    let literal = format!(
        "CharSet::new(&[{}], &[{}], &[{}])",
        join(bits.iter().map(|b| format!("{b:#x}")).collect()),
        join(rank),
        join(others.iter().map(|&c| (c as u32).to_string()).collect())
    );
    dense_chars.extend(others);
    (literal, dense_chars)
}

/// The run-time name of a part-of-speech letter of [`pos_letter`].
fn pos_name(c: char) -> &'static str {
    match c {
        'N' => "Noun",
        'V' => "VerbNoun",
        'v' => "Verb",
        'a' => "Adj",
        'z' => "Proper",
        't' => "Org",
        'j' => "Abbrev",
        'r' => "PersonWord",
        's' => "Place",
        'p' => "Pronoun",
        'm' => "Numeral",
        'T' => "Time",
        'f' => "Function",
        _ => "Other",
    }
}

/// The block of the root's children found by their char alone (the common Han
/// ideographs), as `src/lexicon/mod.rs` has it.
const DENSE_START: u32 = 0x4E00;
const DENSE_END: u32 = 0x9FFF;
/// How many of the chars below the root's children get codes by frequency (`DEEP_TOP`).
const DEEP_TOP: usize = 511;
