//! Embedded word lists (from `data/`), laid out at compile time by build/lexicon.rs and
//! read in place: nothing is parsed, hashed or built at the first call but the name model's
//! logarithms (a few thousand `ln`, on first use) and the trie's child offsets (a sum over
//! its nodes' numbers of children, on first use).
//!
//! - `words.txt`: common words with a frequency class and a part of speech (segmentation,
//!   keyword weights), from jieba's MIT dictionary, and `news_words.txt`: words of
//!   present-day news it lacks (车企, 台风, 充电桩), written by hand;
//! - `places.txt`: China's divisions with short forms, countries, other places;
//! - `surnames.txt`, `given.txt`: the person-name model;
//! - `titles.txt`, `org_words.txt`, `event_words.txt`: hand-written lists.
//!
//! [`segment`] cuts a run of text into words; [`tag`] finds people, places,
//! organisations and events on top of it, once per document.

pub mod charset;
pub mod phf;
pub mod segment;
pub mod tag;

use std::sync::{LazyLock, OnceLock};

/// Tables derived at compile time from `data/words.txt`, `places.txt`, `people.txt`,
/// `titles.txt`, `org_words.txt`, `event_words.txt`, `surnames.txt` and `given.txt` by
/// `build/lexicon.rs` (see there for the format).
mod gen {
    use super::{CharSet, OrgWord, Phf, PlaceLevel, Pos, StrSet, Word};
    include!(concat!(env!("OUT_DIR"), "/lexicon_gen.rs"));
}

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
    pub fn is_nounish(self) -> bool {
        matches!(
            self,
            Pos::Noun | Pos::VerbNoun | Pos::Proper | Pos::Org | Pos::Abbrev | Pos::Place
        )
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
    pub full: Option<FullName>,
}

/// A place's full official name, stored as what it adds to the short form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FullName {
    /// The short form followed by this (石家庄 + 市).
    Suffix(&'static str),
    /// A name of its own (塔县 → 塔什库尔干塔吉克自治县).
    Whole(&'static str),
}

impl FullName {
    /// The full name of the place looked up as `name`.
    pub fn of(self, name: &str) -> String {
        match self {
            FullName::Suffix(s) => [name, s].concat(),
            FullName::Whole(s) => s.to_string(),
        }
    }
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

/// The block of the root's children found by their char alone (the common Han
/// ideographs; build/lexicon.rs has the same).
const DENSE: std::ops::RangeInclusive<u32> = 0x4E00..=0x9FFF;

/// Value `i` of an array stored as little-endian byte planes (see build/lexicon.rs); 0 past
/// the end.
#[inline(always)]
fn planes<const K: usize>(p: &[&'static [u8]; K], i: usize) -> u32 {
    let mut v = 0u32;
    for (k, plane) in p.iter().enumerate() {
        v |= u32::from(plane.get(i).copied().unwrap_or(0)) << (8 * k);
    }
    v
}

/// Each node's first child (low 16 bits) and char (high 16 bits: `ch`), plus one entry
/// past the last node whose low bits are the number of nodes: node i's children are
/// `NODE[i]..NODE[i + 1]` by their low bits, and a search among them reads the chars in
/// the same words (the sums of `gen::KIDS` and the byte planes of `gen::CH`, decoded once
/// on the first use; 4 bytes a node, 183 KB).
static NODE: LazyLock<Box<[u32]>> = LazyLock::new(|| {
    let n = gen::KIDS[0].len();
    let mut node = Vec::with_capacity(n + 1);
    let mut next = 1;
    for i in 0..n {
        node.push(next);
        next += if i == 0 {
            gen::ROOT_KIDS
        } else {
            planes(&gen::KIDS, i)
        };
    }
    node.push(next);
    // the root's children keep their chars; below them, each run of children stores its
    // codes as differences (the first child's code, then the rise from its elder sibling)
    for i in 0..n {
        let (lo, hi) = (node[i] as usize & 0xFFFF, node[i + 1] as usize & 0xFFFF);
        let mut code = 0;
        for j in lo..hi {
            code = if i == 0 { ch(j) } else { code + ch(j) };
            node[j] |= code << 16;
        }
    }
    node.into_boxed_slice()
});

/// The code of each char of `gen::DEEP` by its index there: the `gen::DEEP_TOP` most
/// frequent first (1, 2, ...), then the others in DEEP's order (made once).
static DEEP_CODE: LazyLock<Box<[u16]>> = LazyLock::new(|| {
    let mut code = vec![0u16; gen::DEEP.len()];
    for (k, &i) in gen::DEEP_TOP.iter().enumerate() {
        code[usize::from(i)] = 1 + k as u16;
    }
    let mut next = 1 + gen::DEEP_TOP.len() as u16;
    for c in code.iter_mut().filter(|c| **c == 0) {
        *c = next;
        next += 1;
    }
    code.into_boxed_slice()
});

// `NODE` packs a node number and a char code in 16 bits each
const _: () = assert!(
    gen::NODES < 1 << 16 && gen::CH.len() <= 2,
    "lexicon: the trie outgrew NODE's 16-bit fields; widen them"
);

/// For each char of DENSE, its [`Dict::codes`]: the root's child spelt by it and its
/// `DEEP` code, read once from their bit sets on the first use (4 bytes a char, 84 KB): the
/// segmenter looks both up for every char it cuts.
static DENSE_CODES: LazyLock<Box<[u32]>> = LazyLock::new(|| {
    DENSE
        .map(|c| char::from_u32(c).map_or(0, Dict::codes_of))
        .collect()
});

/// The char of node `i`, below the root's children the rise of its code over its elder
/// sibling's (see build/lexicon.rs and `NODE`, which holds the codes themselves).
#[inline(always)]
fn ch(i: usize) -> u32 {
    planes(&gen::CH, i)
}

/// The nodes of the places that have a full official name, ascending: the sums of the
/// varints of `gen::FULL_GAPS`, made on first use.
static FULL_NODES: LazyLock<Box<[u32]>> = LazyLock::new(|| {
    let mut nodes = Vec::new();
    let (mut node, mut gap, mut shift) = (0u32, 0u32, 0);
    for &b in gen::FULL_GAPS {
        gap |= u32::from(b & 0x7F) << shift;
        if b & 0x80 != 0 {
            shift += 7;
        } else {
            node += gap;
            nodes.push(node);
            (gap, shift) = (0, 0);
        }
    }
    nodes.into_boxed_slice()
});

/// Every dictionary word (words, places, titles, event words, organisation heads) in a trie
/// over chars, laid out at compile time (breadth-first, see build/lexicon.rs) and read in
/// place (but for `NODE`, made once). The segmenter finds all words that start
/// at a position in one walk.
pub struct Dict(());

/// A position in the trie: the root, or the node of a prefix of some word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor(u32);

static DICT: Dict = Dict(());

impl Dict {
    pub const ROOT: Cursor = Cursor(0);

    /// The child spelt `c` among the nodes `lo..hi` (sorted by `ch`: char or code).
    #[inline]
    fn search(mut lo: u32, mut hi: u32, c: u32) -> Option<Cursor> {
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let m = ch(mid as usize);
            if m == c {
                return Some(Cursor(mid));
            }
            if m < c {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        None
    }

    /// The node one char further down, if some word goes on with `c`.
    #[inline]
    pub fn step(&self, at: Cursor, c: char) -> Option<Cursor> {
        if at.0 == 0 {
            let c = c as u32;
            if DENSE.contains(&c) {
                let i = (c - DENSE.start()) as usize;
                let bits = *gen::ROOT_BITS.get(i / 64)?;
                if bits & (1 << (i % 64)) == 0 {
                    return None;
                }
                let rank = u32::from(*gen::ROOT_RANK.get(i / 64)?)
                    + (bits & ((1u64 << (i % 64)) - 1)).count_ones();
                return Some(Cursor(1 + gen::ROOT_LOW + rank));
            }
            // the root's other children: the first ROOT_LOW and the last ROOT_HIGH
            let end = 1 + gen::ROOT_KIDS;
            return if c < *DENSE.start() {
                Dict::search(1, 1 + gen::ROOT_LOW, c)
            } else {
                Dict::search(end - gen::ROOT_HIGH, end, c)
            };
        }
        Dict::step_code(&NODE, at, Dict::deep_code(c))
    }

    /// The code of `c` below the root's children, where chars are stored as 1 + their index
    /// in DEEP (the chars that follow another in some word); 0 when no word has `c` there.
    /// A walk that steps over the same chars many times (the segmenter) looks each up once.
    #[inline]
    pub fn deep_code(c: char) -> u32 {
        gen::DEEP
            .index(c)
            .and_then(|i| DEEP_CODE.get(i))
            .map_or(0, |&k| u32::from(k))
    }

    /// The node of `c` below the root (low 16 bits, 0 for none) and its
    /// [`Dict::deep_code`] (high 16 bits), for [`Dict::root_child`] and [`Dict::step_code`].
    #[inline]
    pub fn codes(c: char) -> u32 {
        let i = (c as u32).wrapping_sub(*DENSE.start()) as usize;
        match DENSE_CODES.get(i) {
            Some(&x) => x,
            None => Dict::codes_of(c),
        }
    }

    /// [`Dict::codes`] from the bit sets.
    fn codes_of(c: char) -> u32 {
        DICT.step(Dict::ROOT, c).map_or(0, |n| n.0) | Dict::deep_code(c) << 16
    }

    /// The root's child of a char's [`Dict::codes`]: [`Dict::step`] from the root.
    #[inline]
    pub fn root_child(codes: u32) -> Option<Cursor> {
        let n = codes & 0xFFFF;
        (n != 0).then_some(Cursor(n))
    }

    /// The nodes' first children and chars that [`Dict::step_code`] reads (made once).
    pub fn first_kids() -> &'static [u32] {
        &NODE
    }

    /// [`Dict::step`] below the root, by the char's [`Dict::deep_code`] and with
    /// [`Dict::first_kids`] at hand.
    #[inline]
    pub fn step_code(node: &[u32], at: Cursor, code: u32) -> Option<Cursor> {
        if code == 0 {
            return None;
        }
        let i = at.0 as usize;
        let (&lo, &hi) = (node.get(i)?, node.get(i + 1)?);
        let (lo, hi) = (lo & 0xFFFF, hi & 0xFFFF);
        let kids = node.get(lo as usize..hi as usize)?;
        // (the children's chars are distinct: the one found is the one)
        let k = kids.binary_search_by(|&e| (e >> 16).cmp(&code)).ok()?;
        Some(Cursor(lo + k as u32))
    }

    /// The word that ends at this node, if one does.
    #[inline]
    pub fn word_at(&self, at: Cursor) -> Option<&'static Word> {
        let combo = planes(&gen::COMBO, at.0 as usize);
        gen::WORDS.get((combo as usize).checked_sub(1)?)
    }

    fn find(&self, w: &str) -> Option<Cursor> {
        if w.is_empty() {
            return None;
        }
        let mut at = Dict::ROOT;
        for c in w.chars() {
            at = self.step(at, c)?;
        }
        Some(at)
    }

    pub fn word(&self, w: &str) -> Option<&'static Word> {
        self.word_at(self.find(w)?)
    }

    /// Whether a place of the gazetteer ends at this node ([`Dict::place`] without the
    /// full name).
    pub fn is_place_at(&self, at: Cursor) -> bool {
        let combo = planes(&gen::COMBO, at.0 as usize);
        (combo as usize)
            .checked_sub(1)
            .and_then(|i| gen::LEVELS.get(i))
            .is_some_and(Option::is_some)
    }

    pub fn place(&self, w: &str) -> Option<Place> {
        let at = self.find(w)?;
        let combo = planes(&gen::COMBO, at.0 as usize);
        let level = (*gen::LEVELS.get((combo as usize).checked_sub(1)?)?)?;
        // the full name, if the place has one: its node among FULL_NODES
        let (mut lo, mut hi) = (0usize, FULL_NODES.len());
        let mut full = None;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let m = FULL_NODES[mid];
            if m == at.0 {
                let piece = planes(&gen::FULL_PIECE, mid) as usize;
                let start = if piece == 0 {
                    0
                } else {
                    usize::from(gen::PIECE_ENDS[piece - 1])
                };
                full = gen::PIECE_TEXT
                    .get(start..usize::from(gen::PIECE_ENDS[piece]))
                    .map(|t| {
                        if piece < gen::PIECE_SUFFIXES {
                            FullName::Suffix(t)
                        } else {
                            FullName::Whole(t)
                        }
                    });
                break;
            }
            if m < at.0 {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Some(Place { level, full })
    }

    pub fn len(&self) -> usize {
        gen::ENTRIES
    }

    pub fn is_empty(&self) -> bool {
        gen::ENTRIES == 0
    }
}

/// The dictionary trie (compile-time data: only `NODE` to make).
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
    pub fn get(&self, w: &str) -> Option<Place> {
        dict().place(w)
    }

    pub fn contains_key(&self, w: &str) -> bool {
        self.get(w).is_some()
    }
}

/// A perfect hash laid out at compile time (build/lexicon.rs, CHD over a power-of-two
/// table): the only slot each key can be at.
pub struct Phf {
    seed: u64,
    disps: &'static [(u8, u8)],
    mask: usize,
}

impl Phf {
    pub const fn new(seed: u64, disps: &'static [(u8, u8)], mask: usize) -> Phf {
        Phf { seed, disps, mask }
    }

    #[inline]
    fn slot(&self, key: &[u8]) -> Option<usize> {
        let h = phf::hash(key, self.seed);
        let (d1, d2) = *self.disps.get(phf::bucket(h, self.disps.len()))?;
        Some(phf::slot(h, u32::from(d1), u32::from(d2), self.mask))
    }
}

/// A set of strings laid out at compile time (build/lexicon.rs): a perfect hash, and the
/// keys one after the other in `text` in the order of its slots (empty slots hold an empty
/// key), the key of slot i `lens[i]` bytes long.
pub struct StrSet {
    phf: Phf,
    len: usize,
    text: &'static str,
    lens: &'static [u8],
    /// Where the key of each slot ends in `text`: the sums of `lens`, made on first use.
    ends: OnceLock<Box<[u16]>>,
    /// The keys as a list, made on the first call of [`StrSet::iter`].
    list: OnceLock<Box<[&'static str]>>,
}

impl StrSet {
    pub const fn new(phf: Phf, len: usize, text: &'static str, lens: &'static [u8]) -> StrSet {
        StrSet {
            phf,
            len,
            text,
            lens,
            ends: OnceLock::new(),
            list: OnceLock::new(),
        }
    }

    fn ends(&self) -> &[u16] {
        self.ends.get_or_init(|| {
            let mut end = 0u16;
            self.lens
                .iter()
                .map(|&l| {
                    end = end.wrapping_add(u16::from(l));
                    end
                })
                .collect()
        })
    }

    #[inline]
    fn key(&self, i: usize) -> &'static str {
        let ends = self.ends();
        let start = match i.checked_sub(1) {
            Some(j) => ends.get(j).map_or(0, |&e| e as usize),
            None => 0,
        };
        let end = ends.get(i).map_or(0, |&e| e as usize);
        self.text.get(start..end).unwrap_or("")
    }

    #[inline]
    fn index_of(&self, k: &str) -> Option<usize> {
        if k.is_empty() {
            return None;
        }
        let i = self.phf.slot(k.as_bytes())?;
        // bytes, not str: no char-boundary checks on this hot path
        let ends = self.ends();
        let start = match i.checked_sub(1) {
            Some(j) => *ends.get(j)? as usize,
            None => 0,
        };
        let end = *ends.get(i)? as usize;
        (end.wrapping_sub(start) == k.len()
            && self.text.as_bytes().get(start..end) == Some(k.as_bytes()))
        .then_some(i)
    }

    pub fn contains<Q: AsRef<str> + ?Sized>(&self, k: &Q) -> bool {
        self.index_of(k.as_ref()).is_some()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The keys (in no particular order).
    pub fn iter(&self) -> std::slice::Iter<'_, &'static str> {
        self.list
            .get_or_init(|| {
                (0..self.lens.len())
                    .map(|i| self.key(i))
                    .filter(|k| !k.is_empty())
                    .collect()
            })
            .iter()
    }
}

/// Organisation words (`data/org_words.txt`) and their kinds.
pub struct OrgWords(());

/// The bit of a word among 1024, from its length and last two bytes, mixed: a filter of
/// the organisation words ([`ORG_TAILS`]).
fn tail_bit(w: &[u8]) -> usize {
    let n = w.len();
    let last = n.checked_sub(1).map_or(0, |i| u32::from(w[i]));
    let prev = n.checked_sub(2).map_or(0, |i| u32::from(w[i]));
    let key = last | prev << 8 | ((n & 0xFF) as u32) << 16;
    (key.wrapping_mul(0x9E37_79B1) >> 22) as usize
}

/// The [`tail_bit`]s of the organisation words: a word whose bit is clear is none of them,
/// a test before the hash lookup, made for every token of a sentence (most are none).
static ORG_TAILS: LazyLock<[u64; 16]> = LazyLock::new(|| {
    let mut bits = [0u64; 16];
    for k in gen::ORG_KEYS.iter() {
        let b = tail_bit(k.as_bytes());
        bits[b / 64] |= 1 << (b % 64);
    }
    bits
});

impl OrgWords {
    pub fn get<Q: AsRef<str> + ?Sized>(&self, k: &Q) -> Option<&'static OrgWord> {
        let k = k.as_ref();
        let b = tail_bit(k.as_bytes());
        if ORG_TAILS[b / 64] & (1 << (b % 64)) == 0 {
            return None;
        }
        gen::ORG_KINDS.get(gen::ORG_KEYS.index_of(k)?)
    }

    pub fn contains_key<Q: AsRef<str> + ?Sized>(&self, k: &Q) -> bool {
        self.get(k).is_some()
    }
}

/// Surname → ln(share among surnames) (`data/surnames.txt`).
pub struct Surnames(());

/// The surnames' logarithms, taken on first use (the same `ln` as ever on each target).
static SURNAME_LN: LazyLock<Vec<f32>> = LazyLock::new(|| {
    let total = f32::from_bits(gen::SURNAME_TOTAL_BITS).max(1.0);
    let weight = |v: u32| {
        if gen::SURNAME_WHOLE {
            v as f32
        } else {
            f32::from_bits(v)
        }
    };
    (0..gen::SURNAME_WEIGHTS[0].len())
        .map(|i| (weight(planes(&gen::SURNAME_WEIGHTS, i)) / total).ln())
        .collect()
});

impl Surnames {
    pub fn get<Q: AsRef<str> + ?Sized>(&self, k: &Q) -> Option<&'static f32> {
        SURNAME_LN.get(gen::SURNAMES.index_of(k.as_ref())?)
    }

    pub fn contains_key<Q: AsRef<str> + ?Sized>(&self, k: &Q) -> bool {
        gen::SURNAMES.contains(k)
    }

    pub fn keys(&self) -> std::slice::Iter<'static, &'static str> {
        gen::SURNAMES.iter()
    }

    pub fn len(&self) -> usize {
        gen::SURNAMES.len()
    }

    pub fn is_empty(&self) -> bool {
        gen::SURNAMES.is_empty()
    }
}

/// A set of chars laid out at compile time (build/lexicon.rs): those of DENSE one bit each
/// (with the number of bits set before each u64), the others ascending. Index of a char:
/// its rank among the set's chars of DENSE, or after them, its place among the others.
pub struct CharSet {
    bits: &'static [u64],
    rank: &'static [u16],
    others: &'static [u32],
}

impl CharSet {
    pub const fn new(
        bits: &'static [u64],
        rank: &'static [u16],
        others: &'static [u32],
    ) -> CharSet {
        CharSet { bits, rank, others }
    }

    #[inline]
    fn index(&self, c: char) -> Option<usize> {
        let c = c as u32;
        if DENSE.contains(&c) {
            let i = (c - DENSE.start()) as usize;
            let bits = *self.bits.get(i / 64)?;
            if bits & (1 << (i % 64)) == 0 {
                return None;
            }
            return Some(
                usize::from(*self.rank.get(i / 64)?)
                    + (bits & ((1u64 << (i % 64)) - 1)).count_ones() as usize,
            );
        }
        let dense = self.rank.last().map_or(0, |&r| usize::from(r))
            + self.bits.last().map_or(0, |b| b.count_ones() as usize);
        Some(dense + self.others.binary_search(&c).ok()?)
    }

    /// The number of chars in the set.
    fn len(&self) -> usize {
        self.rank.last().map_or(0, |&r| usize::from(r))
            + self.bits.last().map_or(0, |b| b.count_ones() as usize)
            + self.others.len()
    }
}

/// The first chars of the surnames of two chars or more by `char % 1024`, for
/// [`Lexicon::may_start_compound_surname`] (made on first use).
static COMPOUND_FIRST: LazyLock<[u64; 16]> = LazyLock::new(|| {
    let mut bits = [0u64; 16];
    for s in gen::SURNAMES.iter() {
        let mut cs = s.chars();
        if let (Some(c), Some(_)) = (cs.next(), cs.next()) {
            let k = c as usize % 1024;
            bits[k / 64] |= 1 << (k % 64);
        }
    }
    bits
});

/// Given-name char → (ln P(first given char), ln P(last given char)) (`data/given.txt`).
pub struct Given(());

static GIVEN_LN: LazyLock<Vec<(f32, f32)>> = LazyLock::new(|| {
    let (t1, t2) = (
        f32::from_bits(gen::GIVEN_TOTAL_BITS.0).max(1.0),
        f32::from_bits(gen::GIVEN_TOTAL_BITS.1).max(1.0),
    );
    let count = |v: u32| {
        if gen::GIVEN_WHOLE {
            v as f32
        } else {
            f32::from_bits(v)
        }
    };
    (0..gen::GIVEN_FIRST[0].len())
        .map(|i| {
            let (a, b) = (
                count(planes(&gen::GIVEN_FIRST, i)),
                count(planes(&gen::GIVEN_LAST, i)),
            );
            (((a + 0.5) / t1).ln(), ((b + 0.5) / t2).ln())
        })
        .collect()
});

impl Given {
    pub fn get(&self, c: &char) -> Option<&'static (f32, f32)> {
        GIVEN_LN.get(gen::GIVEN.index(*c)?)
    }

    pub fn contains_key(&self, c: &char) -> bool {
        gen::GIVEN.index(*c).is_some()
    }

    pub fn len(&self) -> usize {
        gen::GIVEN_FIRST[0].len()
    }

    pub fn is_empty(&self) -> bool {
        gen::GIVEN_FIRST[0].is_empty()
    }
}

/// The word lists and the name model, all compile-time data (build/lexicon.rs).
pub struct Lexicon {
    pub words: Words,
    /// Longest dictionary entry, in chars.
    pub max_word_chars: usize,
    /// ln(total count) of the dictionary.
    pub log_total: f32,
    pub places: Places,
    /// Surname → ln(share among surnames).
    pub surnames: Surnames,
    /// Given-name char → (ln P(first given char), ln P(last given char)).
    pub given: Given,
    pub titles: &'static StrSet,
    pub max_title_chars: usize,
    pub org_words: OrgWords,
    pub event_words: &'static StrSet,
    /// People news names by name alone (`data/people.txt`): 周恩来, 胡适, 普京.
    pub famous: &'static StrSet,
    pub max_event_chars: usize,
}

static LEXICON: Lexicon = Lexicon {
    words: Words(()),
    max_word_chars: gen::MAX_WORD_CHARS,
    log_total: gen::LOG_TOTAL,
    places: Places(()),
    surnames: Surnames(()),
    given: Given(()),
    titles: &gen::TITLES,
    max_title_chars: gen::MAX_TITLE_CHARS,
    org_words: OrgWords(()),
    event_words: &gen::EVENT_WORDS,
    famous: &gen::FAMOUS,
    max_event_chars: gen::MAX_EVENT_CHARS,
};

/// The lexicon (compile-time data: nothing to build but the name model's logarithms and the
/// trie's `NODE`).
pub fn get() -> &'static Lexicon {
    &LEXICON
}

impl Lexicon {
    /// Whether some surname begins with `c` (or may: chars outside the common block are
    /// looked up).
    #[inline]
    pub fn may_start_surname(&self, c: char) -> bool {
        let c = c as u32;
        if !DENSE.contains(&c) {
            return true;
        }
        let i = (c - DENSE.start()) as usize;
        gen::SURNAME_STARTS
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Whether some surname of two chars (欧阳, 司马) may begin with `c`: a bit by `c % 1024`
    /// (a few chars start one; the segmenter asks at every char that starts a surname).
    #[inline]
    pub fn may_start_compound_surname(&self, c: char) -> bool {
        let k = c as usize % 1024;
        COMPOUND_FIRST[k / 64] & (1 << (k % 64)) != 0
    }

    pub fn word(&self, w: &str) -> Option<Word> {
        dict().word(w).copied()
    }

    pub fn is_title(&self, w: &str) -> bool {
        // the last char first: most words end with a char no title ends with, and the test
        // costs less than the hash
        Self::may_end_title(w) && self.titles.contains(w)
    }

    /// Whether a title may end as `w` does (false: `w` and every text ending with its last
    /// char are no title).
    pub fn may_end_title(w: &str) -> bool {
        static ENDS: charset::HanSet = charset::HanSet::of(gen::TITLE_ENDS);
        !gen::TITLE_ENDS_COMPLETE || w.chars().next_back().is_some_and(|c| ENDS.contains(c))
    }
}

/// Han ideographs (the basic block, extension A, compatibility): the characters names and
/// words are made of; not 丨, a stroke that pages use as a separator (编辑丨李娜, 文丨张三).
#[inline]
pub fn is_han(c: char) -> bool {
    // the common block first: one test for most chars of Chinese text (and again below:
    // without it there, the compiled test measured slower)
    c != '丨'
        && ((c as u32).wrapping_sub(0x4E00) < 0x5200
            || matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}' | '〇'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_org_word_passes_the_tail_filter() {
        let lex = get();
        for k in gen::ORG_KEYS.iter() {
            assert!(lex.org_words.get(k).is_some(), "{k}");
        }
        assert!(gen::ORG_KEYS.len() > 100);
    }

    #[test]
    fn tables_load() {
        let l = get();
        assert!(l.words.len() > 20_000);
        assert_eq!(
            l.places
                .get("塔县")
                .and_then(|p| p.full)
                .map(|f| f.of("塔县"))
                .as_deref(),
            Some("塔什库尔干塔吉克自治县")
        );
        assert_eq!(
            l.places.get("新疆").map(|p| p.level),
            Some(PlaceLevel::Province)
        );
        assert!(l.surnames.contains_key("王") && l.surnames.contains_key("欧阳"));
        assert!(l.is_title("董事长"));
        assert_eq!(l.org_words.get("公司"), Some(&OrgWord::Head));
        assert_eq!(
            l.places.get("石家庄").and_then(|p| p.full),
            Some(FullName::Suffix("市"))
        );
        assert!(l.word("").is_none() && l.places.get("").is_none() && l.word("塔县x").is_none());
        for s in l.surnames.keys() {
            assert!(l.may_start_surname(s.chars().next().unwrap()), "{s}");
        }
        assert!(!l.may_start_surname('的') && !l.may_start_surname('们'));
    }

    /// The compile-time name model and lists answer exactly as the hash maps the lexicon
    /// used to build at run time from the same files (that code, written out again).
    #[test]
    fn name_tables_match_the_data_files() {
        use std::collections::{HashMap, HashSet};
        fn lines(s: &'static str) -> impl Iterator<Item = &'static str> {
            s.lines()
                .map(|l| l.trim_end_matches('\r'))
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
        }
        let l = get();
        let mut surnames = HashMap::new();
        let mut stotal = 0f32;
        for line in lines(include_str!("../../data/surnames.txt")) {
            let mut f = line.split_whitespace();
            let (Some(s), Some(w)) = (f.next(), f.next()) else {
                continue;
            };
            let w: f32 = w.parse().unwrap_or(1.0);
            stotal += w;
            surnames.insert(s, w);
        }
        assert_eq!(l.surnames.len(), surnames.len());
        for (s, w) in &surnames {
            assert_eq!(
                l.surnames.get(s).map(|x| x.to_bits()),
                Some((w / stotal.max(1.0)).ln().to_bits()),
                "{s}"
            );
            assert!(l.surnames.contains_key(s) && l.may_start_surname(s.chars().next().unwrap()));
        }
        let mut given_raw: HashMap<char, (f32, f32)> = HashMap::new();
        let (mut t1, mut t2) = (0f32, 0f32);
        // (given.txt, a later line winning; the modern chars add to its counts)
        for (txt, add) in [
            (include_str!("../../data/given.txt"), false),
            (include_str!("../../data/given_modern.txt"), true),
        ] {
            for line in lines(txt) {
                let mut f = line.split_whitespace();
                let (Some(c), Some(a), Some(b)) = (f.next(), f.next(), f.next()) else {
                    continue;
                };
                let Some(c) = c.chars().next() else { continue };
                let a: f32 = a.parse().unwrap_or(0.0);
                let b: f32 = b.parse().unwrap_or(0.0);
                t1 += a;
                t2 += b;
                let e = given_raw.entry(c).or_insert((0.0, 0.0));
                *e = if add { (e.0 + a, e.1 + b) } else { (a, b) };
            }
        }
        let given: HashMap<char, (f32, f32)> = given_raw
            .into_iter()
            .map(|(c, (a, b))| {
                (
                    c,
                    (
                        ((a + 0.5) / t1.max(1.0)).ln(),
                        ((b + 0.5) / t2.max(1.0)).ln(),
                    ),
                )
            })
            .collect();
        assert_eq!(l.given.len(), given.len());
        for (c, (a, b)) in &given {
            assert_eq!(
                l.given.get(c).map(|x| (x.0.to_bits(), x.1.to_bits())),
                Some((a.to_bits(), b.to_bits())),
                "{c}"
            );
        }
        let titles: HashSet<&str> = lines(include_str!("../../data/titles.txt")).collect();
        let events: HashSet<&str> = lines(include_str!("../../data/event_words.txt")).collect();
        let famous: HashSet<&str> = lines(include_str!("../../data/people.txt")).collect();
        let mut org = HashMap::new();
        for line in lines(include_str!("../../data/org_words.txt")) {
            let mut f = line.split_whitespace();
            let (Some(w), Some(k)) = (f.next(), f.next()) else {
                continue;
            };
            let k = match k {
                "head" => OrgWord::Head,
                "industry" => OrgWord::Industry,
                "name" => OrgWord::Name,
                _ => OrgWord::Not,
            };
            org.insert(w, k);
        }
        assert_eq!(
            (l.titles.len(), l.event_words.len(), l.famous.len()),
            (titles.len(), events.len(), famous.len())
        );
        assert_eq!(
            l.max_title_chars,
            titles.iter().map(|t| t.chars().count()).max().unwrap_or(1)
        );
        assert_eq!(
            l.max_event_chars,
            events.iter().map(|t| t.chars().count()).max().unwrap_or(1)
        );
        assert_eq!(
            l.event_words.iter().copied().collect::<HashSet<&str>>(),
            events
        );
        for (w, k) in &org {
            assert_eq!(l.org_words.get(w), Some(k), "{w}");
        }
        // every key of every list, and some strings that are in none
        let all: Vec<&str> = titles
            .iter()
            .chain(&events)
            .chain(&famous)
            .chain(org.keys())
            .chain(surnames.keys())
            .copied()
            .collect();
        for w in all.iter().copied().chain(["", "的", "公司x", "x", "王王"]) {
            assert_eq!(l.is_title(w), titles.contains(w), "{w}");
            assert_eq!(l.event_words.contains(w), events.contains(w), "{w}");
            assert_eq!(l.famous.contains(w), famous.contains(w), "{w}");
            assert_eq!(l.org_words.get(w), org.get(w), "{w}");
            assert_eq!(l.surnames.contains_key(w), surnames.contains_key(w), "{w}");
        }
        for c in ['的', '王', 'a', '〇'] {
            assert_eq!(l.given.get(&c).is_some(), given.contains_key(&c), "{c}");
        }
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
        let jieba = lines(include_str!("../../data/words.txt")).count();
        let news = lines(include_str!("../../data/news_words.txt"));
        for (i, line) in lines(include_str!("../../data/words.txt")).chain(news).enumerate() {
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
                "p" | "c" | "u" | "uj" | "ul" | "y" | "e" | "o" | "d" | "df" | "dg" => {
                    Pos::Function
                }
                _ => Pos::Other,
            };
            let lf = (class as u32 - 'a' as u32) as f32 * ln2;
            for w in f.filter(|w| !w.is_empty()) {
                if i < jieba {
                    total += f64::from(lf.exp());
                }
                // (build/lexicon.rs: a body jieba files as a name, 宣传部, is one)
                let pos = if pos == Pos::PersonWord
                    && w.chars().count() >= 3
                    && w.ends_with(['部', '局', '厅', '署', '办'])
                {
                    Pos::Org
                } else {
                    pos
                };
                if i < jieba || !words.contains_key(w) {
                    words.insert(w, (lf, pos));
                }
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
        let cities: Vec<&str> = places
            .iter()
            .filter(|(n, p)| p.0 == PlaceLevel::Prefecture && p.1.is_none() && n.ends_with('市'))
            .map(|(n, _)| *n)
            .collect();
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
        let org = lines(include_str!("../../data/org_words.txt"))
            .filter(|l| !l.ends_with(" not"))
            .map(|l| l.split(' ').next().unwrap());
        for w in lines(include_str!("../../data/titles.txt"))
            .chain(lines(include_str!("../../data/event_words.txt")))
            .chain(org)
        {
            if w.chars().count() >= 2 {
                words.entry(w).or_insert((9.0 * ln2, Pos::Noun));
            }
        }
        // (an event word jieba files as a body, 交易会, is a noun)
        for w in lines(include_str!("../../data/event_words.txt")) {
            if let Some(x) = words.get_mut(w).filter(|x| x.1 == Pos::Org) {
                x.1 = Pos::Noun;
            }
        }
        let l = get();
        assert_eq!(l.words.len(), words.len());
        assert_eq!(l.log_total, total.ln() as f32);
        assert_eq!(
            l.max_word_chars,
            words.keys().map(|w| w.chars().count()).max().unwrap()
        );
        for (w, (lf, pos)) in &words {
            let got = l.word(w).unwrap_or_else(|| panic!("{w} missing"));
            assert_eq!((got.log_freq, got.pos), (*lf, *pos), "{w}");
            let place = l.places.get(w).map(|p| (p.level, p.full.map(|f| f.of(w))));
            assert_eq!(
                place,
                places.get(w).map(|p| (p.0, p.1.map(str::to_string))),
                "{w}"
            );
            // every proper prefix of a word walks the trie
            let mut at = Dict::ROOT;
            for c in w.chars() {
                at = dict().step(at, c).unwrap_or_else(|| panic!("{w}: no path"));
            }
            assert_eq!(dict().word_at(at).map(|x| x.log_freq), Some(*lf));
        }
    }
}
