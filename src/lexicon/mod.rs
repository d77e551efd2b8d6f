//! Embedded word lists (from `data/`) and their loader: parsed once, lazily.
//!
//! - `words.txt`: common words with a frequency class and a part of speech (segmentation,
//!   keyword weights), from jieba's MIT dictionary;
//! - `places.txt`: China's divisions with short forms, countries, other places;
//! - `surnames.txt`, `given.txt`: the person-name model;
//! - `titles.txt`, `org_words.txt`, `event_words.txt`: hand-written lists.
//!
//! [`segment`] cuts a run of text into words; [`tag`] finds people, places,
//! organisations and events on top of it, once per document.

pub mod segment;
pub mod tag;

// Fx hashing for the small maps (surnames, given-name chars, titles ...): the keys are fixed
// embedded data, so SipHash's DoS resistance buys nothing here.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// Tables derived at compile time from `data/words.txt`, `places.txt`, `titles.txt`,
/// `org_words.txt` and `event_words.txt` by `build/lexicon.rs` (see there for the format).
mod gen {
    include!(concat!(env!("OUT_DIR"), "/lexicon_gen.rs"));
}
const WORD_LIST: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon_words.txt"));
const SURNAMES: &str = include_str!("../../data/surnames.txt");
const GIVEN: &str = include_str!("../../data/given.txt");
const TITLES: &str = include_str!("../../data/titles.txt");
const ORG_WORDS: &str = include_str!("../../data/org_words.txt");
const EVENT_WORDS: &str = include_str!("../../data/event_words.txt");
const PEOPLE: &str = include_str!("../../data/people.txt");

/// Part of speech of a dictionary word, as far as the extractors care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    Noun,
    /// Verbal noun (研究, 发展): a noun inside names.
    VerbNoun,
    Verb,
    Adj,
    /// jieba `nz`: other proper noun.
    Proper,
    /// jieba `nt`: organisation.
    Org,
    /// jieba `j`: abbreviation (省委, 人大).
    Abbrev,
    /// jieba `nr`: a person name that is mostly an ordinary word in news (明白).
    PersonWord,
    Place,
    Pronoun,
    Numeral,
    Time,
    /// Function words: prepositions, conjunctions, particles, adverbs ...
    Function,
    Other,
}

impl Pos {
    /// The letters `build/lexicon.rs` writes for jieba's tags.
    fn from_letter(c: u8) -> Pos {
        match c {
            b'N' => Pos::Noun,
            b'V' => Pos::VerbNoun,
            b'v' => Pos::Verb,
            b'a' => Pos::Adj,
            b'z' => Pos::Proper,
            b't' => Pos::Org,
            b'j' => Pos::Abbrev,
            b'r' => Pos::PersonWord,
            b's' => Pos::Place,
            b'p' => Pos::Pronoun,
            b'm' => Pos::Numeral,
            b'T' => Pos::Time,
            b'f' => Pos::Function,
            _ => Pos::Other,
        }
    }

    pub fn is_nounish(self) -> bool {
        matches!(self, Pos::Noun | Pos::VerbNoun | Pos::Proper | Pos::Org | Pos::Abbrev | Pos::Place)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Word {
    /// ln(count): the frequency class read back.
    pub log_freq: f32,
    pub pos: Pos,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceLevel {
    Province,
    Prefecture,
    County,
    Country,
    Other,
}

#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub level: PlaceLevel,
    /// The full official name when this is a short form (塔县 → 塔什库尔干塔吉克自治县).
    pub full: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgWord {
    /// Ends an organisation name (公司, 党委, 组织部 ...).
    Head,
    /// Makes "place + word" a company (鞍山钢铁): an industry.
    Industry,
    /// Never an organisation head, though it ends like one (干部, 格局).
    Not,
    /// An organisation known by its name alone (微软, 路透社, 欧佩克).
    Name,
}

/// One node of the dictionary trie: a char, and its children (the nodes
/// `first..first + count`, sorted by char).
#[derive(Debug, Clone, Copy, Default)]
struct Node {
    ch: u32,
    first: u32,
    count: u32,
    /// Index into `Dict::words`, or `NONE`.
    entry: u32,
}

const NONE: u32 = u32::MAX;
/// The block of the root's children indexed directly (the common Han ideographs).
const DENSE: std::ops::RangeInclusive<u32> = 0x4E00..=0x9FFF;

/// Every dictionary word (words, places, titles, event words, organisation heads) in a trie
/// over chars, laid out once from the compile-time list (breadth-first, see
/// build/lexicon.rs) in one sequential pass, without hashing or sorting: the segmenter finds
/// all words that start at a position in one walk.
pub struct Dict {
    nodes: Vec<Node>,
    /// Child of the root for each char of `DENSE` (0: none).
    dense: Vec<u32>,
    words: Vec<Word>,
    /// Per word: index into `places`, or `NONE`.
    place_of: Vec<u32>,
    places: Vec<Place>,
}

/// A position in the trie: the root, or the node of a prefix of some word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor(u32);

impl Dict {
    pub const ROOT: Cursor = Cursor(0);

    fn load() -> Dict {
        let combos: Vec<(Word, Option<PlaceLevel>)> = gen::COMBOS
            .as_bytes()
            .chunks_exact(3)
            .map(|c| {
                let log_freq = f32::from(c[0].saturating_sub(b'a')) * std::f32::consts::LN_2;
                let level = match c[2] {
                    b'-' => None,
                    b'p' => Some(PlaceLevel::Province),
                    b'r' => Some(PlaceLevel::Prefecture),
                    b'c' => Some(PlaceLevel::County),
                    b'n' => Some(PlaceLevel::Country),
                    _ => Some(PlaceLevel::Other),
                };
                (Word { log_freq, pos: Pos::from_letter(c[1]) }, level)
            })
            .collect();
        // 0x21..0x7F without '+', '/' and '=', as build/lexicon.rs numbers them
        let symbol = |b: u8| -> Option<usize> {
            if !(0x21..0x7F).contains(&b) || matches!(b, b'+' | b'/' | b'=') {
                return None;
            }
            Some(usize::from(b - 0x21) - usize::from(b > b'+') - usize::from(b > b'/') - usize::from(b > b'='))
        };
        const ONE: usize = 80;
        const SYMBOLS: usize = 91;
        let mut nodes: Vec<Node> = Vec::with_capacity(gen::NODES + 1);
        nodes.push(Node { ch: 0, first: 1, count: gen::ROOT_KIDS, entry: NONE });
        let mut words: Vec<Word> = Vec::with_capacity(gen::ENTRIES);
        let mut place_of: Vec<u32> = Vec::with_capacity(gen::ENTRIES);
        let mut places: Vec<Place> = Vec::new();
        // places whose full name is the word + a suffix: (place, node, suffix), built below
        let mut suffixed: Vec<(usize, u32, &'static str)> = Vec::new();
        // the parent of the nodes being read: the children of `parent` are the next `left`
        let (mut parent, mut left) = (0u32, gen::ROOT_KIDS);
        let mut parents: Vec<u32> = Vec::with_capacity(gen::NODES + 1);
        parents.push(0);
        let mut next_first = 1 + gen::ROOT_KIDS;
        // One line a node: a byte loop (ASCII bytes never occur inside a multi-byte char, so
        // every ASCII delimiter found is one); str searches cost twice as much here.
        let bytes = WORD_LIST.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let Some(c) = WORD_LIST.get(i..).and_then(|r| r.chars().next()) else { break };
            i += c.len_utf8();
            if c == '\n' {
                continue;
            }
            while left == 0 && (parent as usize) + 1 < nodes.len() {
                parent += 1;
                left = nodes[parent as usize].count;
            }
            left = left.saturating_sub(1);
            // the combination: one symbol, or an escape and a symbol
            let mut combo = None;
            if let Some(x) = bytes.get(i).and_then(|&x| symbol(x)) {
                if x < ONE {
                    combo = Some(x);
                    i += 1;
                } else if let Some(y) = bytes.get(i + 1).and_then(|&y| symbol(y)) {
                    combo = Some(ONE + (x - ONE) * SYMBOLS + y);
                    i += 2;
                }
            }
            // a full name (`+suffix`, `=full`) up to '/' or the end of the line
            let mut full_kind = 0u8;
            let mut full: &'static str = "";
            if let Some(&k @ (b'+' | b'=')) = bytes.get(i) {
                let start = i + 1;
                let mut e = start;
                while e < bytes.len() && bytes[e] != b'/' && bytes[e] != b'\n' {
                    e += 1;
                }
                full_kind = k;
                full = WORD_LIST.get(start..e).unwrap_or("");
                i = e;
            }
            let mut kids = 0u32;
            if bytes.get(i) == Some(&b'/') {
                i += 1;
                while let Some(d) = bytes.get(i).filter(|d| d.is_ascii_digit()) {
                    kids = kids.saturating_mul(10).saturating_add(u32::from(d - b'0'));
                    i += 1;
                }
            }
            // the rest of the line (nothing, in a well-formed list)
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            let id = nodes.len() as u32;
            let mut entry = NONE;
            if let Some(&(w, level)) = combo.and_then(|i| combos.get(i)) {
                entry = words.len() as u32;
                words.push(w);
                match level {
                    None => place_of.push(NONE),
                    Some(level) => {
                        place_of.push(places.len() as u32);
                        if full_kind == b'+' {
                            suffixed.push((places.len(), id, full));
                        }
                        places.push(Place { level, full: (full_kind == b'=').then_some(full) });
                    }
                }
            }
            nodes.push(Node { ch: c as u32, first: next_first, count: kids, entry });
            parents.push(parent);
            next_first = next_first.saturating_add(kids);
        }
        // full names spelt as a suffix: the word is read back up the parents
        let mut built = String::new();
        let mut spans: Vec<(usize, usize, usize)> = Vec::with_capacity(suffixed.len());
        let mut chars: Vec<char> = Vec::new();
        for (p, id, suffix) in suffixed {
            chars.clear();
            let mut at = id as usize;
            while at != 0 && chars.len() < 64 {
                chars.push(char::from_u32(nodes[at].ch).unwrap_or('\u{FFFD}'));
                at = parents[at] as usize;
            }
            let start = built.len();
            built.extend(chars.iter().rev());
            built.push_str(suffix);
            spans.push((p, start, built.len()));
        }
        // the full names live as long as the dictionary, which is never dropped
        let built: &'static str = Box::leak(built.into_boxed_str());
        for (p, a, b) in spans {
            places[p].full = built.get(a..b);
        }
        let mut dense = vec![0u32; (DENSE.end() - DENSE.start() + 1) as usize];
        for s in 1..(1 + gen::ROOT_KIDS as usize).min(nodes.len()) {
            let c = nodes[s].ch;
            if DENSE.contains(&c) {
                dense[(c - DENSE.start()) as usize] = s as u32;
            }
        }
        Dict { nodes, dense, words, place_of, places }
    }

    /// The node one char further down, if some word goes on with `c`.
    #[inline]
    pub fn step(&self, at: Cursor, c: char) -> Option<Cursor> {
        let c = c as u32;
        if at.0 == 0 && DENSE.contains(&c) {
            let s = self.dense[(c - DENSE.start()) as usize];
            return (s != 0).then_some(Cursor(s));
        }
        let node = self.nodes.get(at.0 as usize)?;
        let kids = self.nodes.get(node.first as usize..(node.first + node.count) as usize)?;
        let i = kids.binary_search_by_key(&c, |k| k.ch).ok()?;
        Some(Cursor(node.first + i as u32))
    }

    /// The word that ends at this node, if one does.
    #[inline]
    pub fn word_at(&self, at: Cursor) -> Option<&Word> {
        let e = self.nodes.get(at.0 as usize)?.entry;
        self.words.get(e as usize)
    }

    fn find(&self, w: &str) -> Option<usize> {
        if w.is_empty() {
            return None;
        }
        let mut at = Dict::ROOT;
        for c in w.chars() {
            at = self.step(at, c)?;
        }
        let e = self.nodes[at.0 as usize].entry;
        (e != NONE).then_some(e as usize)
    }

    pub fn word(&self, w: &str) -> Option<&Word> {
        self.words.get(self.find(w)?)
    }

    pub fn place(&self, w: &str) -> Option<&Place> {
        let p = *self.place_of.get(self.find(w)?)?;
        self.places.get(p as usize)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

static DICT: LazyLock<Dict> = LazyLock::new(Dict::load);

/// The dictionary trie, built on first use.
pub fn dict() -> &'static Dict {
    &DICT
}

/// The dictionary's words (with places, titles, event words and organisation heads).
pub struct Words(());

impl Words {
    pub fn get(&self, w: &str) -> Option<&'static Word> {
        dict().word(w)
    }

    pub fn contains_key(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    pub fn len(&self) -> usize {
        dict().len()
    }

    pub fn is_empty(&self) -> bool {
        dict().is_empty()
    }
}

/// The gazetteer: China's divisions with short forms, countries, other places.
pub struct Places(());

impl Places {
    pub fn get(&self, w: &str) -> Option<&'static Place> {
        dict().place(w)
    }

    pub fn contains_key(&self, w: &str) -> bool {
        self.get(w).is_some()
    }
}

pub struct Lexicon {
    pub words: Words,
    /// Longest dictionary entry, in chars.
    pub max_word_chars: usize,
    /// ln(total count) of the dictionary.
    pub log_total: f32,
    pub places: Places,
    /// Surname → ln(share among surnames).
    pub surnames: HashMap<&'static str, f32>,
    /// Given-name char → (ln P(first given char), ln P(last given char)).
    pub given: HashMap<char, (f32, f32)>,
    pub titles: HashSet<&'static str>,
    pub max_title_chars: usize,
    pub org_words: HashMap<&'static str, OrgWord>,
    pub event_words: HashSet<&'static str>,
    /// People news names by name alone (`data/people.txt`): 周恩来, 胡适, 普京.
    pub famous: HashSet<&'static str>,
    pub max_event_chars: usize,
    /// Chars of `DENSE` that begin a surname, one bit each: the segmenter asks at every
    /// char, and most chars begin none.
    surname_starts: Vec<u64>,
}

fn data_lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// The lexicon, built on first use.
pub fn get() -> &'static Lexicon {
    &LEXICON
}

impl Lexicon {
    fn load() -> Lexicon {
        LazyLock::force(&DICT);
        let mut surnames = HashMap::default();
        let mut stotal = 0f32;
        for line in data_lines(SURNAMES) {
            let mut f = line.split_whitespace();
            let (Some(s), Some(w)) = (f.next(), f.next()) else { continue };
            let w: f32 = w.parse().unwrap_or(1.0);
            stotal += w;
            surnames.insert(s, w);
        }
        let surnames: HashMap<&'static str, f32> = surnames.into_iter().map(|(k, v)| (k, (v / stotal.max(1.0)).ln())).collect();
        let mut surname_starts = vec![0u64; (DENSE.end() - DENSE.start()) as usize / 64 + 1];
        for c in surnames.keys().filter_map(|s| s.chars().next()) {
            let c = c as u32;
            if DENSE.contains(&c) {
                let i = (c - DENSE.start()) as usize;
                surname_starts[i / 64] |= 1 << (i % 64);
            }
        }
        let mut given_raw = Vec::new();
        let (mut t1, mut t2) = (0f32, 0f32);
        for line in data_lines(GIVEN) {
            let mut f = line.split_whitespace();
            let (Some(c), Some(a), Some(b)) = (f.next(), f.next(), f.next()) else { continue };
            let Some(c) = c.chars().next() else { continue };
            let a: f32 = a.parse().unwrap_or(0.0);
            let b: f32 = b.parse().unwrap_or(0.0);
            t1 += a;
            t2 += b;
            given_raw.push((c, a, b));
        }
        let given = given_raw
            .into_iter()
            .map(|(c, a, b)| (c, (((a + 0.5) / t1.max(1.0)).ln(), ((b + 0.5) / t2.max(1.0)).ln())))
            .collect();
        let titles: HashSet<&str> = data_lines(TITLES).collect();
        let max_title_chars = titles.iter().map(|t| t.chars().count()).max().unwrap_or(1);
        let mut org_words = HashMap::default();
        for line in data_lines(ORG_WORDS) {
            let mut f = line.split_whitespace();
            let (Some(w), Some(k)) = (f.next(), f.next()) else { continue };
            let k = match k {
                "head" => OrgWord::Head,
                "industry" => OrgWord::Industry,
                "name" => OrgWord::Name,
                _ => OrgWord::Not,
            };
            org_words.insert(w, k);
        }
        let event_words: HashSet<&str> = data_lines(EVENT_WORDS).collect();
        let famous: HashSet<&str> = data_lines(PEOPLE).collect();
        let max_event_chars = event_words.iter().map(|t| t.chars().count()).max().unwrap_or(1);
        Lexicon {
            words: Words(()),
            max_word_chars: gen::MAX_WORD_CHARS,
            log_total: f32::from_bits(gen::LOG_TOTAL_BITS),
            places: Places(()),
            surnames,
            given,
            titles,
            max_title_chars,
            org_words,
            event_words,
            famous,
            max_event_chars,
            surname_starts,
        }
    }

    /// Whether some surname begins with `c` (or may: chars outside the common block are
    /// looked up).
    #[inline]
    pub fn may_start_surname(&self, c: char) -> bool {
        let c = c as u32;
        if !DENSE.contains(&c) {
            return true;
        }
        let i = (c - DENSE.start()) as usize;
        self.surname_starts.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn word(&self, w: &str) -> Option<Word> {
        dict().word(w).copied()
    }

    pub fn is_title(&self, w: &str) -> bool {
        self.titles.contains(w)
    }
}

/// Han ideographs (the basic block, extension A, compatibility): the characters names and
/// words are made of.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}' | '〇')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        let l = get();
        assert!(l.words.len() > 20_000);
        assert_eq!(l.places.get("塔县").and_then(|p| p.full), Some("塔什库尔干塔吉克自治县"));
        assert_eq!(l.places.get("新疆").map(|p| p.level), Some(PlaceLevel::Province));
        assert!(l.surnames.contains_key("王") && l.surnames.contains_key("欧阳"));
        assert!(l.is_title("董事长"));
        assert_eq!(l.org_words.get("公司"), Some(&OrgWord::Head));
        assert_eq!(l.places.get("石家庄").and_then(|p| p.full), Some("石家庄市"));
        assert!(l.word("").is_none() && l.places.get("").is_none() && l.word("塔县x").is_none());
        for s in l.surnames.keys() {
            assert!(l.may_start_surname(s.chars().next().unwrap()), "{s}");
        }
        assert!(!l.may_start_surname('的') && !l.may_start_surname('们'));
    }

    /// The compile-time trie holds exactly what a plain reading of the data files gives:
    /// every word with its frequency and part of speech, every place with its level and
    /// full name, nothing else (the rules of build/lexicon.rs, written out again simply).
    #[test]
    fn trie_matches_the_data_files() {
        use std::collections::HashMap as Map;
        fn lines(s: &str) -> impl Iterator<Item = &str> {
            s.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
        }
        let ln2 = std::f32::consts::LN_2;
        let mut words: Map<&str, (f32, Pos)> = Map::new();
        let mut total = 0f64;
        for line in lines(include_str!("../../data/words.txt")) {
            let mut f = line.split(' ');
            let key = f.next().unwrap();
            let class = key.chars().next().unwrap();
            let tag = &key[class.len_utf8()..];
            let pos = match tag {
                "n" | "ng" | "s" | "f" => Pos::Noun,
                "vn" => Pos::VerbNoun,
                "v" | "vg" | "vd" | "vi" | "vq" => Pos::Verb,
                "a" | "ad" | "an" | "ag" | "b" | "z" => Pos::Adj,
                "nz" => Pos::Proper,
                "nt" => Pos::Org,
                "j" => Pos::Abbrev,
                "nr" | "nrt" | "nrfg" => Pos::PersonWord,
                "ns" => Pos::Place,
                "r" => Pos::Pronoun,
                "m" | "mq" | "q" => Pos::Numeral,
                "t" | "tg" => Pos::Time,
                "p" | "c" | "u" | "uj" | "ul" | "y" | "e" | "o" | "d" | "df" | "dg" => Pos::Function,
                _ => Pos::Other,
            };
            let lf = (class as u32 - 'a' as u32) as f32 * ln2;
            for w in f.filter(|w| !w.is_empty()) {
                total += f64::from(lf.exp());
                words.insert(w, (lf, pos));
            }
        }
        let mut places: Map<&str, (PlaceLevel, Option<&str>)> = Map::new();
        for line in lines(include_str!("../../data/places.txt")) {
            let (lv, rest) = line.split_once(' ').unwrap();
            let (level, class) = match lv {
                "p" => (PlaceLevel::Province, 12.0),
                "r" => (PlaceLevel::Prefecture, 10.0),
                "c" => (PlaceLevel::County, 8.0),
                "n" => (PlaceLevel::Country, 12.0),
                _ => (PlaceLevel::Other, 8.0),
            };
            for e in rest.split(' ').filter(|e| !e.is_empty()) {
                let (name, full) = e.split_once('=').map_or((e, None), |(a, b)| (a, Some(b)));
                places.insert(name, (level, full));
                words.entry(name).or_insert((class * ln2, Pos::Place)).1 = Pos::Place;
            }
        }
        let cities: Vec<&str> = places.iter().filter(|(n, p)| p.0 == PlaceLevel::Prefecture && p.1.is_none() && n.ends_with('市')).map(|(n, _)| *n).collect();
        for city in cities {
            let stem = city.strip_suffix('市').unwrap();
            if stem.chars().count() >= 2 && !places.contains_key(stem) {
                places.insert(stem, (PlaceLevel::Prefecture, Some(city)));
                words.entry(stem).or_insert((10.0 * ln2, Pos::Place)).1 = Pos::Place;
            }
        }
        for w in lines(include_str!("../../data/people.txt")) {
            words.entry(w).or_insert((10.0 * ln2, Pos::PersonWord)).1 = Pos::PersonWord;
        }
        let org = lines(include_str!("../../data/org_words.txt")).filter(|l| !l.ends_with(" not")).map(|l| l.split(' ').next().unwrap());
        for w in lines(include_str!("../../data/titles.txt")).chain(lines(include_str!("../../data/event_words.txt"))).chain(org) {
            if w.chars().count() >= 2 {
                words.entry(w).or_insert((9.0 * ln2, Pos::Noun));
            }
        }
        let l = get();
        assert_eq!(l.words.len(), words.len());
        assert_eq!(l.log_total, total.ln() as f32);
        assert_eq!(l.max_word_chars, words.keys().map(|w| w.chars().count()).max().unwrap());
        for (w, (lf, pos)) in &words {
            let got = l.word(w).unwrap_or_else(|| panic!("{w} missing"));
            assert_eq!((got.log_freq, got.pos), (*lf, *pos), "{w}");
            let place = l.places.get(w).map(|p| (p.level, p.full));
            assert_eq!(place, places.get(w).copied(), "{w}");
            // every proper prefix of a word walks the trie
            let mut at = Dict::ROOT;
            for c in w.chars() {
                at = dict().step(at, c).unwrap_or_else(|| panic!("{w}: no path"));
            }
            assert_eq!(dict().word_at(at).map(|x| x.log_freq), Some(*lf));
        }
    }
}
