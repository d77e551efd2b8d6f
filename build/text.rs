//! Derived tables for `src/text` (conversion, GBK, character levels, pinyin syllables),
//! read by `src/text/tables.rs`.
//!
//! The text files under `data/` stay the source of truth; this turns them into flat binary
//! arrays (little-endian) that the module embeds with `include_bytes!` and reads without
//! any parsing or hashing at run time:
//!
//! - `text_t2s.bin`, `text_s2t.bin`: one `u16` per character of the CJK Unified Ideographs
//!   block U+4E00..U+9FFF, the (wrapping) difference between the converted character and the
//!   character, 0 for none; stored sparse (see `char_map`), filled in at run time. Pairs outside the block, or converting to an astral character,
//!   go to `text_t2s_x.bin` / `text_s2t_x.bin`: sorted `(from, to)` pairs as six byte
//!   planes (bytes 0, 1, 2 of every `from`, then of every `to`).
//! - `text_ranked.bin`: the 6,000 frequent characters (data/char_freq.txt) by rank, level
//!   group after level group (`LEVEL_GROUPS`), as varint differences in code point order
//!   (a quarter less gzip than `u16` differences).
//! - `text_readings.bin`: the pinyin readings of each ranked character (see `readings`).
//! - `text_gbk.bin`: the 126 × 190 two-byte GBK codes in code order, each a `u16`: the
//!   difference between its character and the previous code's character, 0 for no
//!   character. GBK's extension areas are in Unicode order, so the differences are mostly 1
//!   and compress to a third of the text form. The run time builds the decode and encode
//!   arrays from it in one pass.
//! - `text_t2s_phrases.txt`, `text_s2t_phrases.txt`: the data lines of those files, with a
//!   value's chars that the char table gives written `=` (see `phrases`);
//!   `text_stopwords.txt`: the data lines of that file (no comments).
//! - `text_tables.rs`: the file `src/text/tables.rs` includes; the syllable list as a sorted
//!   `&[&str]`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// First character of the directly indexed block.
pub const URO_START: u32 = 0x4E00;
/// Characters in the directly indexed block (U+4E00..=U+9FFF).
pub const URO_LEN: usize = 0x5200;

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The data lines of a table file: without `#` headers and blank lines (as the run-time
/// parser did).
fn lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

fn pairs(src: &str) -> impl Iterator<Item = (&str, &str)> {
    lines(src).filter_map(|l| l.split_once('\t'))
}

fn one_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

fn uro_index(c: char) -> Option<usize> {
    let i = (c as u32).checked_sub(URO_START)? as usize;
    (i < URO_LEN).then_some(i)
}

fn push_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// In a direct array: the pair is among the extra ones (it maps to itself or to an astral
/// character). Checked to be no real difference.
pub const SEE_EXTRA: u16 = 0x8000;

/// A char → char table: (direct array, extra pairs, bitmap of the 256-character blocks that
/// hold an extra key outside the direct block). A later line for the same key wins.
fn char_map(src: &str, astral_keys: bool) -> (Vec<u8>, Vec<u8>, Vec<u8>, BTreeMap<char, char>) {
    let mut map: BTreeMap<char, char> = BTreeMap::new();
    for (k, v) in pairs(src) {
        if let (Some(k), Some(v)) = (one_char(k), one_char(v)) {
            if astral_keys || (k as u32) < 0x10000 {
                map.insert(k, v);
            }
        }
    }
    let mut direct = vec![0u16; URO_LEN];
    let mut extra = Vec::new();
    let mut extra_pairs: Vec<(u32, u32)> = Vec::new();
    let mut blocks = vec![0u8; 0x110000 >> 11];
    for (&k, &v) in &map {
        let diff = (v as u32).wrapping_sub(k as u32) as u16;
        assert!(
            diff != SEE_EXTRA || (v as u32) >= 0x10000,
            "a difference of {SEE_EXTRA:#X}: choose another marker"
        );
        match uro_index(k) {
            Some(i) if (v as u32) < 0x10000 && diff != 0 => direct[i] = diff,
            Some(i) => direct[i] = SEE_EXTRA,
            None => {
                let b = (k as u32 >> 8) as usize;
                blocks[b / 8] |= 1 << (b % 8);
            }
        }
        if direct
            .get(uro_index(k).unwrap_or(usize::MAX))
            .map_or(true, |&d| d == SEE_EXTRA)
        {
            extra_pairs.push((k as u32, v as u32));
        }
    }
    // the extra pairs as six byte planes: bytes 0, 1, 2 of every key, then of every value
    // (a fifth less gzip than interleaved u32 pairs)
    for k in 0..6 {
        extra.extend(
            extra_pairs
                .iter()
                .map(|&(a, b)| ((if k < 3 { a } else { b }) >> (8 * (k % 3))) as u8),
        );
    }
    // the direct array, sparse: the number of its differences (u16), the gaps between them
    // as varints (7 bits a byte, low bits first, the high bit set on all but the last
    // byte: the chars skipped since the last one), then their low bytes and their high
    // bytes (3.3 KB less gzip for both tables than the whole array; the run time fills the
    // array in once)
    let set: Vec<(usize, u16)> = direct
        .iter()
        .enumerate()
        .filter(|p| *p.1 != 0)
        .map(|(i, &x)| (i, x))
        .collect();
    let mut d = Vec::new();
    push_u16(&mut d, u16::try_from(set.len()).expect("a direct array of u16 entries"));
    let mut next = 0;
    for &(i, _) in &set {
        let mut gap = i - next;
        next = i + 1;
        while gap >= 0x80 {
            d.push((gap & 0x7F) as u8 | 0x80);
            gap >>= 7;
        }
        d.push(gap as u8);
    }
    d.extend(set.iter().map(|p| p.1 as u8));
    d.extend(set.iter().map(|p| (p.1 >> 8) as u8));
    (d, extra, blocks, map)
}

/// In a phrase table: the char the char table makes of the key's char at that place.
const SAME: char = '=';

/// A phrase table's data lines (`key TAB value`), each char of a value that the char table
/// `map` makes of the key's char at the same place written as [`SAME`] (when key and value
/// have as many chars): a quarter less gzip.
fn phrases(src: &str, map: &BTreeMap<char, char>) -> String {
    let mut out = String::new();
    for l in lines(src) {
        assert!(
            !l.contains(SAME),
            "a phrase with {SAME:?}: choose another marker"
        );
        match l.split_once('\t') {
            Some((k, v)) if k.chars().count() == v.chars().count() => {
                out.push_str(k);
                out.push('\t');
                for (a, b) in k.chars().zip(v.chars()) {
                    // as the run time's s2t_char / t2s_char: ASCII converts to itself
                    let conv = if a.is_ascii() {
                        a
                    } else {
                        map.get(&a).copied().unwrap_or(a)
                    };
                    out.push(if conv == b { SAME } else { b });
                }
            }
            _ => out.push_str(l),
        }
        out.push('\n');
    }
    out
}

/// The frequent characters (data/char_freq.txt) by rank: the level groups in the file's
/// order (most frequent first), each in code point order, as `u16` differences (from 0 at
/// the start of each group); and the groups as (level, count). A character listed twice
/// keeps its first level.
struct Ranked {
    chars: Vec<char>,
    groups: Vec<(u8, usize)>,
}

fn ranked(src: &str) -> Ranked {
    let mut seen = BTreeSet::new();
    let mut chars = Vec::new();
    let mut groups = Vec::new();
    for (lv, cs) in pairs(src) {
        let lv: u8 = lv.parse().unwrap_or(0);
        let mut g: Vec<char> = cs.chars().filter(|&c| seen.insert(c)).collect();
        for &c in &g {
            assert!(
                uro_index(c).is_some(),
                "char_freq.txt: {c} outside U+4E00..U+9FFF"
            );
        }
        g.sort_unstable();
        groups.push((lv, g.len()));
        chars.extend(g);
    }
    assert!(
        chars.len() < 0xFFFF,
        "char_freq.txt: too many characters for u16 ranks"
    );
    Ranked { chars, groups }
}

fn ranked_bin(r: &Ranked) -> Vec<u8> {
    let mut out = Vec::with_capacity(r.chars.len() * 2);
    let mut i = 0;
    for &(_, n) in &r.groups {
        let mut prev = 0u32;
        for &c in &r.chars[i..i + n] {
            push_varint(&mut out, c as u32 - prev);
            prev = c as u32;
        }
        i += n;
    }
    out
}

fn push_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7F) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn rank_of(r: &Ranked) -> BTreeMap<char, u32> {
    r.chars
        .iter()
        .enumerate()
        .map(|(i, &c)| (c, i as u32))
        .collect()
}

/// The readings: their number (`u16`) and each in the file's order (its length as a byte,
/// then its bytes); the number of ranked characters (`u16`), how many readings each has (a
/// byte each, in rank order), and the readings' indexes, ascending for each character, as
/// two byte planes (low bytes, then high bytes). Per character rather than per reading (each
/// reading's ranks as varint differences): 0.5 KB less gzip in the module.
fn readings(src: &str, r: &Ranked) -> Vec<u8> {
    let rank = rank_of(r);
    let mut out = Vec::new();
    let mut per_char: Vec<Vec<u16>> = vec![Vec::new(); r.chars.len()];
    let rows: Vec<(&str, &str)> = pairs(src).collect();
    assert!(rows.len() < 0x10000 && r.chars.len() < 0x10000);
    push_u16(&mut out, rows.len() as u16);
    for (id, (reading, cs)) in rows.iter().enumerate() {
        assert!(reading.len() < 256);
        out.push(reading.len() as u8);
        out.extend_from_slice(reading.as_bytes());
        for c in cs.chars() {
            let k = *rank
                .get(&c)
                .unwrap_or_else(|| panic!("pinyin_readings.txt: {c} is not in char_freq.txt"));
            per_char[k as usize].push(id as u16);
        }
    }
    push_u16(&mut out, r.chars.len() as u16);
    for ids in &mut per_char {
        ids.sort_unstable();
        ids.dedup();
        assert!(ids.len() < 256);
        out.push(ids.len() as u8);
    }
    for k in 0..2 {
        out.extend(per_char.iter().flatten().map(|&id| (id >> (8 * k)) as u8));
    }
    out
}

fn gbk(src: &str) -> Vec<u8> {
    let mut decode = vec![None::<char>; 126 * 190];
    for (lead, row) in pairs(src) {
        let Ok(lead) = u8::from_str_radix(lead, 16) else {
            continue;
        };
        if !(0x81..=0xFE).contains(&lead) {
            continue;
        }
        for (i, c) in row.chars().take(190).enumerate() {
            decode[(lead - 0x81) as usize * 190 + i] = (c != '\u{FFFD}').then_some(c);
        }
    }
    let mut out = Vec::with_capacity(decode.len() * 2);
    let mut prev = 0u32;
    for c in &decode {
        let Some(c) = *c else {
            push_u16(&mut out, 0);
            continue;
        };
        assert!((c as u32) < 0x10000, "gbk.txt: astral character");
        let diff = (c as u32).wrapping_sub(prev) as u16;
        assert!(diff != 0, "gbk.txt: the same character twice in a row");
        push_u16(&mut out, diff);
        prev = c as u32;
    }
    out
}

fn syllables(src: &str) -> String {
    let set: BTreeSet<&str> = lines(src).flat_map(|l| l.split(' ')).collect();
    let mut s = String::from("/// Every toneless pinyin syllable (with ü), sorted.\npub static SYLLABLE_LIST: &[&str] = &[");
    for x in set {
        s.push_str(&format!("{x:?},"));
    }
    s.push_str("];\n");
    s
}

/// `data/lunar_calendar.txt` as one `u64` a year (see `src/extract/festivals.rs`): bits
/// 0–12 the month lengths (1 = 30 days), 13–16 the leap month, 17–22 the lunar new year's
/// day of the Gregorian year (0 = 1 January); and the 24 solar terms' days as one more
/// `u64` a year, two bits each above `TERM_BASE` (no term moves more than three days).
fn calendar(src: &str) -> String {
    const TERMS: usize = 24;
    let rows: Vec<Vec<&str>> = lines(src).map(|l| l.split(' ').collect()).collect();
    let day = |r: &[&str], i: usize| -> u64 { r[4][2 * i..2 * i + 2].parse().expect("term day") };
    let mut base = [u64::MAX; TERMS];
    for r in &rows {
        assert_eq!(
            r[4].len(),
            2 * TERMS,
            "lunar_calendar.txt: 24 solar terms a year"
        );
        for (i, b) in base.iter_mut().enumerate() {
            *b = (*b).min(day(r, i));
        }
    }
    let first: i32 = rows[0][0].parse().expect("year");
    let mut words = Vec::new();
    let mut terms = Vec::new();
    for (k, r) in rows.iter().enumerate() {
        let y: i32 = r[0].parse().expect("year");
        assert_eq!(
            y,
            first + k as i32,
            "lunar_calendar.txt: years must follow each other"
        );
        let md: u32 = r[1].parse().expect("new year");
        let doy = if md / 100 == 1 {
            md % 100 - 1
        } else {
            31 + md % 100 - 1
        };
        let leap: u64 = r[2].parse().expect("leap month");
        let mut bits = 0u64;
        for (i, b) in r[3].bytes().enumerate() {
            bits |= u64::from(b == b'1') << i;
        }
        words.push(format!("{:#x}", bits | leap << 13 | u64::from(doy) << 17));
        let mut t = 0u64;
        for (i, b) in base.iter().enumerate() {
            let d = day(r, i);
            assert!(d - b < 4, "a solar term moves more than 3 days");
            t |= (d - b) << (2 * i);
        }
        terms.push(format!("{t:#x}"));
    }
    format!(
        "// Generated by build/text.rs from data/lunar_calendar.txt; do not edit.\nconst FIRST_YEAR: i32 = {first};\nconst TERM_BASE: [u8; {TERMS}] = {base:?};\nstatic YEARS: [u64; {n}] = [{}];\nstatic TERMS: [u64; {n}] = [{}];\n",
        words.join(","),
        terms.join(","),
        n = words.len(),
    )
}

pub fn run() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let write = |name: &str, bytes: &[u8]| {
        let p = out.join(name);
        // Unchanged files keep their time stamp (no needless recompilation).
        if fs::read(&p).ok().as_deref() != Some(bytes) {
            fs::write(&p, bytes).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        }
    };
    let (t2s, t2s_x, t2s_b, t2s_map) = char_map(&read("t2s_chars.txt"), true);
    // (not the 1,140 simplified chars outside the BMP, Unicode's analogical simplifications
    // of extensions B to G (𫫇, 𪢮): no news text is written with them, and they cost 3.6 KB
    // of gzip; such a char stays as it is in a conversion to traditional script)
    let (s2t, s2t_x, s2t_b, s2t_map) = char_map(&read("s2t_chars.txt"), false);
    write(
        "text_t2s_phrases.txt",
        phrases(&read("t2s_phrases.txt"), &t2s_map).as_bytes(),
    );
    write(
        "text_s2t_phrases.txt",
        phrases(&read("s2t_phrases.txt"), &s2t_map).as_bytes(),
    );
    write("text_t2s.bin", &t2s);
    write("text_t2s_x.bin", &t2s_x);
    write("text_t2s_b.bin", &t2s_b);
    write("text_s2t.bin", &s2t);
    write("text_s2t_x.bin", &s2t_x);
    write("text_s2t_b.bin", &s2t_b);
    let ranked = ranked(&read("char_freq.txt"));
    write("text_ranked.bin", &ranked_bin(&ranked));
    write(
        "text_readings.bin",
        &readings(&read("pinyin_readings.txt"), &ranked),
    );
    write("text_gbk.bin", &gbk(&read("gbk.txt")));
    // the text tables the module embeds as text, without their comment and blank lines (the
    // readers skip those anyway): the headers' licence notes stay in the data files
    for name in ["stopwords.txt"] {
        let src = read(name);
        let data: Vec<&str> = lines(&src).collect();
        write(&format!("text_{name}"), (data.join("\n") + "\n").as_bytes());
    }
    let mut rs = String::from("// Generated by build/text.rs from data/*.txt; do not edit.\n");
    rs.push_str(&format!("const URO_START: u32 = {URO_START:#X};\nconst URO_LEN: usize = {URO_LEN:#X};\nconst SEE_EXTRA: u16 = {SEE_EXTRA:#X};\n"));
    for (name, file) in [
        ("T2S_SPARSE", "text_t2s.bin"),
        ("T2S_EXTRA", "text_t2s_x.bin"),
        ("T2S_BLOCKS", "text_t2s_b.bin"),
        ("S2T_SPARSE", "text_s2t.bin"),
        ("S2T_EXTRA", "text_s2t_x.bin"),
        ("S2T_BLOCKS", "text_s2t_b.bin"),
        ("RANKED", "text_ranked.bin"),
        ("READINGS_BIN", "text_readings.bin"),
        ("GBK_DELTA", "text_gbk.bin"),
    ] {
        if name == "GBK_DELTA" {
            // The wasm module reads GBK from the browser's own decoder (text/tables.rs).
            rs.push_str("#[cfg(not(target_arch = \"wasm32\"))]\n");
        }
        rs.push_str(&format!(
            "static {name}: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\"));\n"
        ));
    }
    rs.push_str("/// The level groups of `RANKED`: (level, number of characters).\nstatic LEVEL_GROUPS: &[(u8, u16)] = &[");
    for (lv, n) in &ranked.groups {
        rs.push_str(&format!("({lv}, {n}),"));
    }
    rs.push_str("];\n");
    rs.push_str(&syllables(&read("pinyin_syllables.txt")));
    write("text_tables.rs", rs.as_bytes());
    write(
        "calendar.rs",
        calendar(&read("lunar_calendar.txt")).as_bytes(),
    );
}
