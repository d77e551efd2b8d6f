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

// Fx hashing: the segmenter looks words up several times per character; the keys are
// fixed embedded data, so SipHash's DoS resistance buys nothing here.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

const WORDS: &str = include_str!("../../data/words.txt");
const PLACES: &str = include_str!("../../data/places.txt");
const SURNAMES: &str = include_str!("../../data/surnames.txt");
const GIVEN: &str = include_str!("../../data/given.txt");
const TITLES: &str = include_str!("../../data/titles.txt");
const ORG_WORDS: &str = include_str!("../../data/org_words.txt");
const EVENT_WORDS: &str = include_str!("../../data/event_words.txt");

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
    fn from_tag(t: &str) -> Pos {
        match t {
            "n" | "ng" | "nrfg" | "s" | "f" => Pos::Noun,
            "vn" => Pos::VerbNoun,
            "v" | "vg" | "vd" | "vi" | "vq" => Pos::Verb,
            "a" | "ad" | "an" | "ag" | "b" | "z" => Pos::Adj,
            "nz" => Pos::Proper,
            "nt" => Pos::Org,
            "j" => Pos::Abbrev,
            "nr" | "nrt" => Pos::PersonWord,
            "ns" => Pos::Place,
            "r" => Pos::Pronoun,
            "m" | "mq" | "q" => Pos::Numeral,
            "t" | "tg" => Pos::Time,
            "p" | "c" | "u" | "uj" | "ul" | "y" | "e" | "o" | "d" | "df" | "dg" => Pos::Function,
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
}

pub struct Lexicon {
    pub words: HashMap<&'static str, Word>,
    /// Longest dictionary entry, in chars.
    pub max_word_chars: usize,
    /// ln(total count) of the dictionary.
    pub log_total: f32,
    pub places: HashMap<&'static str, Place>,
    /// Surname → ln(share among surnames).
    pub surnames: HashMap<&'static str, f32>,
    /// Given-name char → (ln P(first given char), ln P(last given char)).
    pub given: HashMap<char, (f32, f32)>,
    pub titles: HashSet<&'static str>,
    pub max_title_chars: usize,
    pub org_words: HashMap<&'static str, OrgWord>,
    pub event_words: HashSet<&'static str>,
    pub max_event_chars: usize,
}

fn data_lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// The lexicon, parsed on first use.
pub fn get() -> &'static Lexicon {
    &LEXICON
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut words = HashMap::with_capacity_and_hasher(40_000, Default::default());
        let mut total = 0f64;
        let mut max_word_chars = 1;
        for line in data_lines(WORDS) {
            let mut f = line.split(' ');
            let Some(key) = f.next() else { continue };
            let mut cs = key.chars();
            let Some(class) = cs.next() else { continue };
            let b = (class as u32).saturating_sub('a' as u32) as f32;
            let log_freq = b * std::f32::consts::LN_2;
            let pos = Pos::from_tag(cs.as_str());
            for w in f.filter(|w| !w.is_empty()) {
                total += f64::from(log_freq.exp());
                max_word_chars = max_word_chars.max(w.chars().count());
                words.insert(w, Word { log_freq, pos });
            }
        }
        let mut places = HashMap::with_capacity_and_hasher(9_000, Default::default());
        for line in data_lines(PLACES) {
            let mut f = line.split(' ');
            let level = match f.next() {
                Some("p") => PlaceLevel::Province,
                Some("r") => PlaceLevel::Prefecture,
                Some("c") => PlaceLevel::County,
                Some("n") => PlaceLevel::Country,
                _ => PlaceLevel::Other,
            };
            // Places are words too, as frequent as their level suggests.
            let class: f32 = match level {
                PlaceLevel::Country | PlaceLevel::Province => 12.0,
                PlaceLevel::Prefecture => 10.0,
                PlaceLevel::County | PlaceLevel::Other => 8.0,
            };
            for entry in f.filter(|e| !e.is_empty()) {
                let (name, full) = match entry.split_once('=') {
                    Some((n, full)) => (n, Some(full)),
                    None => (entry, None),
                };
                places.insert(name, Place { level, full });
                let e = words.entry(name).or_insert(Word { log_freq: class * std::f32::consts::LN_2, pos: Pos::Place });
                e.pos = Pos::Place;
                max_word_chars = max_word_chars.max(name.chars().count());
            }
        }
        // a city's short form that jieba files under another tag (石家庄 nr, 大连 d) is still
        // the city: the stem of every prefecture-level 市 is a place
        let cities: Vec<(&'static str, Place)> = places
            .iter()
            .filter(|(n, p)| p.level == PlaceLevel::Prefecture && p.full.is_none() && n.ends_with('市'))
            .filter_map(|(n, p)| {
                let stem = &n[..n.len() - '市'.len_utf8()];
                (stem.chars().count() >= 2 && !places.contains_key(stem)).then_some((stem, Place { level: p.level, full: Some(*n) }))
            })
            .collect();
        for (stem, place) in cities {
            places.insert(stem, place);
            let e = words.entry(stem).or_insert(Word { log_freq: 10.0 * std::f32::consts::LN_2, pos: Pos::Place });
            e.pos = Pos::Place;
        }
        let mut surnames = HashMap::default();
        let mut stotal = 0f32;
        for line in data_lines(SURNAMES) {
            let mut f = line.split_whitespace();
            let (Some(s), Some(w)) = (f.next(), f.next()) else { continue };
            let w: f32 = w.parse().unwrap_or(1.0);
            stotal += w;
            surnames.insert(s, w);
        }
        let surnames = surnames.into_iter().map(|(k, v)| (k, (v / stotal.max(1.0)).ln())).collect();
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
        // titles, organisation heads and event words are words to the segmenter too
        let listed = titles.iter().copied().chain(data_lines(EVENT_WORDS)).chain(data_lines(ORG_WORDS).filter_map(|l| {
            let (w, k) = l.split_once(' ')?;
            (k != "not").then_some(w)
        }));
        for w in listed {
            if w.chars().count() >= 2 {
                words.entry(w).or_insert(Word { log_freq: 9.0 * std::f32::consts::LN_2, pos: Pos::Noun });
                max_word_chars = max_word_chars.max(w.chars().count());
            }
        }
        let max_title_chars = titles.iter().map(|t| t.chars().count()).max().unwrap_or(1);
        let mut org_words = HashMap::default();
        for line in data_lines(ORG_WORDS) {
            let mut f = line.split_whitespace();
            let (Some(w), Some(k)) = (f.next(), f.next()) else { continue };
            let k = match k {
                "head" => OrgWord::Head,
                "industry" => OrgWord::Industry,
                _ => OrgWord::Not,
            };
            org_words.insert(w, k);
        }
        let event_words: HashSet<&str> = data_lines(EVENT_WORDS).collect();
        let max_event_chars = event_words.iter().map(|t| t.chars().count()).max().unwrap_or(1);
        Lexicon {
            words,
            max_word_chars,
            log_total: total.max(1.0).ln() as f32,
            places,
            surnames,
            given,
            titles,
            max_title_chars,
            org_words,
            event_words,
            max_event_chars,
        }
    }

    pub fn word(&self, w: &str) -> Option<Word> {
        self.words.get(w).copied()
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
    }
}
