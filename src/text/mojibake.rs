//! Mojibake: text that went through the wrong decoder.
//!
//! - UTF-8 read as Latin-1 or cp1252 (ä½ å¥½ → 你好): runs of such characters whose bytes
//!   are valid multi-byte UTF-8.
//! - GBK read as Latin-1 or cp1252 (ÊÐÎ¯Êé¼Ç → 市委书记): runs of such characters whose
//!   bytes are GBK codes of common Chinese characters; where the text's UTF-8 was read so
//!   as well, the reading that repairs more of it wins.
//! - UTF-8 read as GBK (浣犲ソ → 你好): runs of GBK characters whose bytes are valid
//!   UTF-8 and read as more likely Chinese than the run itself.
//! - GBK read one byte out of step after a byte was lost (the seed's ?shù)匦袠I): the run's
//!   GBK bytes are shifted by one and decoded again; the result is kept only when it reads
//!   as far more likely Chinese (character frequencies and common words) than the run.
//! - Characters lost for good become U+FFFD and a warning, unless the evidence left is
//!   enough for a guess: the surviving byte of a split character, a pinyin reading that
//!   followed it, and the common words it would form with its neighbours. A guess is
//!   reported with a confidence.
//!
//! Clean text never changes: every rule needs evidence of damage (rare characters,
//! characters that cannot stand together, replacement marks) before it looks for a repair.

use super::pinyin::{syllable, toneless};
use super::script::{
    count_script, fold_char, is_simplified_only, is_traditional_only, script_counts,
};
use super::tables::{char_level, is_word2, readings, s2t_char, GBK};
use super::{is_han, Fix};
use crate::lexicon::Dict;
use crate::model::RepairKind;
use crate::text::any_char::AnyChar;
use std::sync::LazyLock;

/// The mark left where a character was lost and could not be recovered.
pub const LOST: char = '\u{FFFD}';

/// The script the damaged text is written in, which a repair should keep.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Simplified,
    Traditional,
    Unknown,
}

/// Frequency level of a character for the "reads as Chinese" score: about log2 of its
/// frequency for common Han characters (traditional ones through the fold), less for rare
/// ones and for symbols that seldom stand in Chinese text.
fn level(c: char) -> i32 {
    level_folded(c, fold_char(c))
}

/// [`level`] of `c` whose fold `fc` is known (`fold_char(c)`).
#[inline]
fn level_folded(c: char, fc: char) -> i32 {
    if is_han(c) {
        // A variant form (搧 for 扇, 擡 for 抬: its simplified form is also the traditional
        // one) is as rare as itself, not as common as the form it folds to.
        let fc = if fc != c && super::tables::s2t_char(fc).is_none() {
            c
        } else {
            fc
        };
        return char_level(fc) as i32;
    }
    match c {
        '，' | '。' | '、' | '：' | '；' | '“' | '”' | '！' | '？' | '《' | '》' | '（' | '）'
        | '—' | '…' | '·' => 12,
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => 6,
        _ => -4,
    }
}

/// A character that clean Chinese text seldom has.
fn is_rare(c: char) -> bool {
    is_rare_level(c, level(c))
}

/// [`is_rare`] of `c` whose [`level`] is `lv`.
#[inline]
fn is_rare_level(c: char, lv: i32) -> bool {
    if is_han(c) {
        lv <= 10
    } else {
        lv < 0
    }
}

fn is_word(a: char, b: char) -> bool {
    is_word2(fold_char(a), fold_char(b))
}

/// Penalty for a character of the other script.
fn script_penalty(c: char, side: Side) -> i32 {
    match side {
        Side::Traditional if is_simplified_only(c) => 8,
        Side::Simplified if is_traditional_only(c) => 8,
        _ => 0,
    }
}

/// Score of a sequence of characters: levels plus a bonus for each common word.
fn score(cs: &[char], side: Side) -> i32 {
    let mut s = 0;
    for (i, &c) in cs.iter().enumerate() {
        s += level(c) - script_penalty(c, side);
        if i > 0 && is_word(cs[i - 1], c) {
            s += 6;
        }
    }
    s
}

/// Characters by their toned reading, from the readings table (simplified forms), in the
/// table's order: a list searched in order rather than a hash map (one hash-table type less
/// in the module; this runs only for a reading in brackets after a lost character).
static BY_READING: LazyLock<Vec<(&'static str, Vec<char>)>> = LazyLock::new(|| {
    // Each reading once in the table (checked by a test of `text::tables`). The order of
    // the characters does not matter: `pick` ranks the candidates by score, then by char.
    super::tables::reading_groups()
});

/// A guess for a lost character among `cands`, given its neighbours: the best candidate
/// must form a common word with a neighbour (or match a reading) and beat the others.
/// Returns the character and a confidence.
fn pick(
    cands: &[char],
    prev: Option<char>,
    next: Option<char>,
    reading: Option<&str>,
    side: Side,
) -> Option<(char, f32)> {
    pick_in(cands, [None, prev, next, None], reading, side)
}

/// Punctuation a lost byte may have been part of (UTF-8 read as GBK: E3 80 xx, EF BC xx),
/// most frequent first: `utf8_in_gbk` takes it when no Han candidate has evidence.
const PUNCT: &str = "，。、：；？！（）《》“”";

/// The dictionary's word spelt `cs` (folded chars) with ln(count) of at least `floor`.
fn dict_word(cs: &[Option<char>], floor: f32) -> bool {
    let dict = crate::lexicon::dict();
    let mut at = Dict::ROOT;
    for c in cs {
        let Some(n) = c.and_then(|c| dict.step(at, c)) else {
            return false;
        };
        at = n;
    }
    dict.word_at(at).is_some_and(|w| w.log_freq >= floor)
}

/// [`pick`] with two neighbours on each side (`[prev2, prev, next, next2]`): a candidate
/// also has evidence when it makes a word of the dictionary with them (增 of 和�量: 增量;
/// 景 of 制造业�气: 景气).
#[inline(never)]
fn pick_in(
    cands: &[char],
    near: [Option<char>; 4],
    reading: Option<&str>,
    side: Side,
) -> Option<(char, f32)> {
    let [prev2, prev, next, next2] = near;
    let (fp2, fn2) = (prev2.map(fold_char), next2.map(fold_char));
    // The best (highest score, then lowest char) and the score of the runner-up: one pass
    // instead of a sort. What does not depend on the candidate is computed once: the folds
    // of the neighbours, the toneless form of the reading (`reading_matches`, `is_word` and
    // `level` written out over them).
    let mut top: Option<(i32, char)> = None;
    let mut second = i32::MIN / 2;
    let (fp, fnx) = (prev.map(fold_char), next.map(fold_char));
    let base = reading.and_then(syllable).map(|(b, _)| b);
    let dict = crate::lexicon::dict();
    let after_prev = fp.and_then(|p| dict.step(Dict::ROOT, p));
    // (the trie steps of `place` by the chars' codes, the next char's looked up once: as
    // `Dict::step` from the root and below it)
    let kids = Dict::first_kids();
    let next_code = fnx.map_or(0, |n| Dict::codes(n) >> 16);
    for &c in cands {
        if !is_han(c) || script_penalty(c, side) > 0 {
            continue;
        }
        let fc = fold_char(c);
        let mut evidence = 0;
        if let Some(r) = reading {
            let rs = readings(fc);
            let reads = |base: Option<&str>| {
                rs.is_some_and(|rs| {
                    rs.iter().any(|x| match base {
                        None => *x == r,
                        Some(base) => toneless(x, &mut [0; 8]).is_some_and(|(b, _)| b == base),
                    })
                })
            };
            if !reads(None) && !base.as_deref().is_some_and(|b| reads(Some(b))) {
                continue;
            }
            evidence += 1;
        }
        // (the level only for a candidate with evidence: the others rank nowhere)
        let mut s = 0;
        if fp.is_some_and(|p| is_word2(p, fc)) {
            s += 12;
            evidence += 1;
        }
        // (or a place of the gazetteer with either neighbour: 喀|什, which is no common word)
        let place = || {
            let codes = Dict::codes(fc);
            (next_code != 0
                && Dict::root_child(codes)
                    .and_then(|at| Dict::step_code(kids, at, next_code))
                    .is_some_and(|at| dict.is_place_at(at)))
                || after_prev
                    .and_then(|at| Dict::step_code(kids, at, codes >> 16))
                    .is_some_and(|at| dict.is_place_at(at))
        };
        if fnx.is_some_and(|n| is_word2(fc, n)) || place() {
            s += 12;
            evidence += 1;
        }
        // (words of three chars, then less common words of two: only for a lost byte of
        // text read as GBK, which passes the neighbours on each side)
        if fp2.is_some() || fn2.is_some() {
            let c = Some(fc);
            if dict_word(&[fp2, fp, c], 3.0)
                || dict_word(&[fp, c, fnx], 3.0)
                || dict_word(&[c, fnx, fn2], 3.0)
            {
                s += 12;
                evidence += 1;
            } else if s == 0
                // (not with a neighbour bound in a common word on its other side: 世系 of
                // 在�系列, where 系列 is the word)
                && ((dict_word(&[fp, c], 4.5) && !matches!((fp2, fp), (Some(a), Some(b)) if is_word2(a, b)))
                    || (dict_word(&[c, fnx], 4.5)
                        && !matches!((fnx, fn2), (Some(a), Some(b)) if is_word2(a, b))))
            {
                s += 8;
                evidence += 1;
            }
        }
        if evidence > 0 {
            s += level_folded(c, fc);
            match top {
                Some((bs, bc)) if s < bs || (s == bs && c >= bc) => second = second.max(s),
                Some((bs, _)) => {
                    second = second.max(bs);
                    top = Some((s, c));
                }
                None => top = Some((s, c)),
            }
        }
    }
    let (best, c) = top?;
    let margin = best - second;
    if best < 14 || margin < 4 {
        return None;
    }
    let conf = (0.5 + margin as f32 / 30.0).min(0.95);
    Some((c, conf))
}

/// A character written in the text's script.
fn in_script(c: char, side: Side) -> char {
    match side {
        Side::Traditional => s2t_char(c).unwrap_or(c),
        _ => c,
    }
}

/// Candidates whose reading is `r`, written in the text's script.
fn reading_candidates(r: &str, side: Side) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    let mut push = |c: char| {
        let c = in_script(c, side);
        if !out.contains(&c) {
            out.push(c);
        }
    };
    if let Some((_, cs)) = BY_READING.iter().find(|(k, _)| *k == r) {
        cs.iter().for_each(|&c| push(c));
    } else if let Some((base, _)) = syllable(r) {
        for (k, cs) in BY_READING.iter() {
            if toneless(k, &mut [0; 8]).is_some_and(|(b, _)| b == base) {
                cs.iter().for_each(|&c| push(c));
            }
        }
    }
    out
}

/// `text[at..]` starts with a reading closed by `)` (the `(` was lost): its text and length.
fn reading_after(text: &str, at: usize) -> Option<(&str, usize)> {
    let rest = text.get(at..)?;
    let close = rest
        .char_indices()
        .take(9)
        .find(|&(_, c)| c == ')' || c == '）')?;
    let r = &rest[..close.0];
    toneless(r, &mut [0; 8]).filter(|s| s.1)?;
    Some((r, close.0 + close.1.len_utf8()))
}

// ---------------------------------------------------------------------------------------
// UTF-8 read as Latin-1 / cp1252

/// The byte a character stands for when UTF-8 was read as Latin-1 or cp1252.
fn latin_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{FF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// A continuation byte; a no-break space (A0) often comes back as a plain space.
fn latin_cont(c: char) -> Option<u8> {
    if c == ' ' {
        return Some(0xA0);
    }
    latin_byte(c).filter(|b| (0x80..=0xBF).contains(b))
}

fn latin_fixes(text: &str, out: &mut Vec<Fix>) {
    // Every sequence starts at a lead byte C2..F4, a character of U+00C2..U+00F4 (UTF-8
    // C3 82..C3 B4): without one there is nothing to do, and no char table to build.
    // (U+00C2..U+00F4 is C3 82..C3 B4 in UTF-8: a byte scan)
    // (a memchr for C3 first: Chinese text seldom has one)
    let has_lead = |s: &str| {
        let b = s.as_bytes();
        memchr::memchr_iter(0xC3, b).any(|i| b.get(i + 1).is_some_and(|x| (0x82..=0xB4).contains(x)))
    };
    if !has_lead(text) {
        return;
    }
    // A sequence never spans a line break (no byte of one reads as '\n'): one line at a
    // time, in a reused buffer, and only the lines with a lead.
    let mut chars: Vec<(usize, char)> = Vec::new();
    let mut base = 0;
    for line in text.split_inclusive('\n') {
        if has_lead(line) {
            chars.clear();
            chars.extend(line.char_indices().map(|(i, c)| (base + i, c)));
            latin_line(&chars, base + line.len(), out);
        }
        base += line.len();
    }
}

/// The sequences of one line, as `(offset in the text, char)`; `line_end` is its end.
fn latin_line(chars: &[(usize, char)], line_end: usize, out: &mut Vec<Fix>) {
    let mut i = 0;
    while i < chars.len() {
        // A sequence starts at a lead byte C2..F4 and needs its continuation bytes.
        let Some(lead) = latin_byte(chars[i].1).filter(|b| (0xC2..=0xF4).contains(b)) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut bytes: Vec<u8> = Vec::new();
        // (bytes of each sequence in the text and decoded, see `Fix::parts`)
        let mut parts: Vec<(u32, u32)> = Vec::new();
        let src_len = |from: usize, n: usize| -> u32 {
            chars[from..from + n].iter().map(|&(_, c)| c.len_utf8() as u32).sum()
        };
        let mut j = i;
        let mut b0 = Some(lead);
        // Consume whole sequences, one after another.
        while let Some(l) = b0 {
            let need = match l {
                0xC2..=0xDF => 1,
                0xE0..=0xEF => 2,
                0xF0..=0xF4 => 3,
                _ => break,
            };
            let cont: Option<Vec<u8>> = (1..=need)
                .map(|k| chars.get(j + k).and_then(|&(_, c)| latin_cont(c)))
                .collect();
            let Some(cont) = cont else {
                // A sequence cut short (its last byte was dropped, as cp1252 drops 81 8D 8F
                // 90 9D) after whole ones: the character is lost.
                let have = (1..need)
                    .take_while(|&k| chars.get(j + k).and_then(|&(_, c)| latin_cont(c)).is_some())
                    .count();
                // Before whole sequences too (â€ then â€œ): else the repair would join the
                // cut one with what it decodes into a new sequence.
                let next_whole = || {
                    let n = j + have + 1;
                    let l = chars
                        .get(n)
                        .and_then(|&(_, c)| latin_byte(c))
                        .filter(|b| (0xE0..=0xF4).contains(b));
                    l.is_some_and(|l| {
                        let need = if l >= 0xF0 { 3 } else { 2 };
                        let mut seq = vec![l];
                        seq.extend(
                            (1..=need)
                                .filter_map(|k| chars.get(n + k).and_then(|&(_, c)| latin_cont(c))),
                        );
                        seq.len() == need + 1 && std::str::from_utf8(&seq).is_ok()
                    })
                };
                if (!bytes.is_empty() || next_whole()) && have >= 1 && need >= 2 {
                    bytes.extend_from_slice(LOST.encode_utf8(&mut [0; 4]).as_bytes());
                    parts.push((src_len(j, have + 1), LOST.len_utf8() as u32));
                    j += have + 1;
                    b0 = chars
                        .get(j)
                        .and_then(|&(_, c)| latin_byte(c))
                        .filter(|b| (0xC2..=0xF4).contains(b));
                    continue;
                }
                break;
            };
            let mut seq = vec![l];
            seq.extend(cont);
            if std::str::from_utf8(&seq).is_err() {
                break;
            }
            parts.push((src_len(j, need + 1), seq.len() as u32));
            bytes.extend(seq);
            j += need + 1;
            b0 = chars
                .get(j)
                .and_then(|&(_, c)| latin_byte(c))
                .filter(|b| (0xC2..=0xF4).contains(b));
        }
        if j > start {
            let mut decoded = String::from_utf8(bytes).unwrap_or_default();
            // Text encoded twice (Ã¤Â¸Â­ → ä¸­ → 中) decodes twice.
            for _ in 0..2 {
                let mut again = Vec::new();
                latin_fixes(&decoded, &mut again);
                if again.is_empty() {
                    break;
                }
                decoded = apply_fixes(&decoded, &again);
                parts.clear();
            }
            // One two-byte sequence alone (Ã© → é) is too weak a sign unless it is Han.
            let strong = decoded.chars().count() >= 2 || decoded.chars().any(|c| c as u32 >= 0x800);
            if strong {
                let end = chars.get(j).map_or(line_end, |&(b, _)| b);
                let mut f = Fix::new(chars[start].0..end, decoded, RepairKind::Mojibake);
                f.parts = parts;
                out.push(f);
                i = j;
                continue;
            }
        }
        i = start + 1;
    }
}

// ---------------------------------------------------------------------------------------
// GBK read as Latin-1 / cp1252 (ÊÐÎ¯Êé¼Ç → 市委书记)

/// Fewest two-byte codes of a run, and the mean frequency level its Han chars need (about
/// log2 of their count: news text averages 16, a rare char is below 8; Big5 read as GBK
/// averages 5 to 13, with kana and box-drawing signs among its chars).
const GBK_LATIN_MIN_PAIRS: usize = 3;
const GBK_LATIN_MIN_LEVEL: i32 = 14;

/// Runs of a line that decode as GBK bytes that a Latin-1 or cp1252 decoder read: a lead
/// byte as a char of U+0081..U+00FE (or cp1252's), then a trail byte (such a char, or ASCII
/// `@`..`~`), ASCII between the codes as itself. A run is kept when it holds a few codes and
/// they are common Han chars and full-width punctuation; French or German text (café, für)
/// decodes into rare chars, if at all.
#[inline(never)]
fn gbk_latin_fixes(text: &str, out: &mut Vec<Fix>) {
    let high = |c: char| latin_byte(c).filter(|&b| b >= 0x81);
    // (a lead and a trail byte A1..FE are two chars U+00A1..U+00FE in a row, UTF-8 C2 xx
    // or C3 xx twice: a byte scan, which the · of a name or a ° alone does not pass)
    let b = text.as_bytes();
    if !memchr::memchr2_iter(0xC2, 0xC3, b).any(|i| b.get(i + 2).is_some_and(|&x| x == 0xC2 || x == 0xC3)) {
        return;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_of = |k: usize| -> Option<u8> {
        let c = chars.get(k)?.1;
        if c.is_ascii() {
            Some(c as u8)
        } else {
            latin_byte(c)
        }
    };
    let mut i = 0;
    while i < chars.len() {
        if high(chars[i].1).is_none() {
            i += 1;
            continue;
        }
        // the run from here: codes, and ASCII that stands alone between them
        let start = i;
        let mut decoded = String::new();
        let mut parts: Vec<(u32, u32)> = Vec::new();
        let mut j = i;
        let mut pairs = 0;
        let mut end = i;
        let mut end_len = 0;
        let mut end_parts = 0;
        while j < chars.len() {
            let c = chars[j].1;
            if c == '\n' || c == '\r' {
                break;
            }
            if c.is_ascii() {
                decoded.push(c);
                parts.push((1, 1));
                j += 1;
                continue;
            }
            let Some(lead) = high(c) else { break };
            let Some(ch) = byte_of(j + 1).and_then(|t| GBK.decode(lead, t)) else {
                break;
            };
            decoded.push(ch);
            let src = c.len_utf8() + chars[j + 1].1.len_utf8();
            parts.push((src as u32, ch.len_utf8() as u32));
            pairs += 1;
            j += 2;
            end = j;
            end_len = decoded.len();
            end_parts = parts.len();
        }
        if pairs >= GBK_LATIN_MIN_PAIRS {
            decoded.truncate(end_len);
            parts.truncate(end_parts);
            let han: Vec<i32> = decoded.chars().filter(|&c| is_han(c)).map(level).collect();
            let wide_punct = decoded
                .chars()
                .filter(|c| matches!(c, '，' | '。' | '、' | '：' | '；' | '“' | '”' | '（' | '）' | '！' | '？' | '《' | '》'))
                .count();
            let mean = han.iter().sum::<i32>() / han.len().max(1) as i32;
            let rare = han.iter().filter(|&&l| l < 8).count();
            if han.len() >= 2
                && (han.len() + wide_punct) * 10 >= pairs * 9
                && rare * 10 <= han.len()
                && mean >= GBK_LATIN_MIN_LEVEL
            {
                let to = chars.get(end).map_or(text.len(), |&(b, _)| b);
                let mut f = Fix::new(chars[start].0..to, decoded, RepairKind::Mojibake);
                f.parts = parts;
                out.push(f);
                i = end;
                continue;
            }
        }
        // (a run that fails is skipped whole: a run from a later char of it ends where it
        // ends, and trying each would be quadratic in a long line of French)
        i = j.max(start + 1);
    }
}

// ---------------------------------------------------------------------------------------
// GBK runs: UTF-8 read as GBK, and GBK read out of step

/// A maximal run of characters that have a two-byte GBK code (none a letter of a word, see
/// [`is_word_letter`]): a stretch of a [`ByteRegion`], whose buffers it borrows.
struct Run<'a> {
    start: usize,
    end: usize,
    chars: &'a [char],
    /// The GBK bytes, two a char, all known.
    bytes: &'a [Option<u8>],
    /// The text offset of char `k` at `2 * k` (u32: a text over 4 GiB gets no mojibake
    /// repair, see `round`).
    at: &'a [u32],
}

impl Run<'_> {
    /// GBK byte `i` of the run.
    fn byte(&self, i: usize) -> u8 {
        self.bytes[i].unwrap_or(0)
    }
}

/// A letter of another script (Cyrillic, Greek, kana, accented Latin) next to another
/// one: a word of real text, which ends a run. Text decoded out of step has such letters
/// only here and there.
fn is_word_letter(prev: Option<char>, c: char, next: Option<char>) -> bool {
    is_letter(c) && (prev.is_some_and(is_letter) || next.is_some_and(is_letter))
}

/// A letter of another script (see [`is_word_letter`]).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn is_letter(c: char) -> bool {
    // the punctuation of Chinese text first: no letter, and no Unicode table walk
    !c.is_ascii()
        && !is_han(c)
        && !matches!(
            c,
            '，' | '。'
                | '、'
                | '：'
                | '；'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '！'
                | '？'
                | '《'
                | '》'
                | '（'
                | '）'
                | '—'
                | '…'
                | '·'
                | '「'
                | '」'
        )
        && c.is_alphabetic()
}

/// Chars of room the run and region buffers start with (an article's paragraph).
const RUN_ROOM: usize = 1024;

/// Calls `f` with each GBK run of region `r`, in order. The runs of a text are the runs of
/// its regions: both end at an ASCII char and at one without a GBK code, and a region's
/// chars are contiguous; a run also ends at U+FFFD (no GBK code: a region holds it as one
/// unknown byte) and at a letter of a word, whose neighbours outside the region are the
/// region's `before` and `after`.
fn for_each_gbk_run(r: &ByteRegion, mut f: impl FnMut(&Run)) {
    let cs = &r.chars;
    // (char index, byte position) of the run's first char
    let mut from: Option<(usize, usize)> = None;
    let mut bp = 0;
    for i in 0..=cs.len() {
        // (a Han char is no letter: most chars join without the letter test)
        let joins = cs.get(i).is_some_and(|&c| {
            is_han(c) || {
                let prev = if i > 0 { Some(cs[i - 1]) } else { r.before };
                let next = cs.get(i + 1).copied().or(r.after);
                c != LOST && !is_word_letter(prev, c, next)
            }
        });
        if joins {
            from.get_or_insert((i, bp));
        } else if let Some((ci, b0)) = from.take() {
            f(&Run {
                start: r.at[b0] as usize,
                end: r.at.get(bp).map_or(r.end, |&x| x as usize),
                chars: &cs[ci..i],
                bytes: &r.bytes[b0..bp],
                at: &r.at[b0..bp],
            });
        }
        bp += if cs.get(i) == Some(&LOST) { 1 } else { 2 };
    }
}

/// Regions for the UTF-8-read-as-GBK test: GBK characters and U+FFFD (one byte the GBK
/// decoder could not pair), as bytes (`None` for unknown) and, for each byte position that
/// ends a character of the text, that character's end in the text.
/// In [`ByteRegion::at`]: no character starts at this byte.
const NO_CHAR: u32 = u32::MAX;

struct ByteRegion {
    bytes: Vec<Option<u8>>,
    /// Text offset where the character that starts at each byte position starts,
    /// [`NO_CHAR`] inside a character (u32: 4 bytes a byte, not 16).
    at: Vec<u32>,
    end: usize,
    /// The chars of the region (U+FFFD among them), and the chars right before and right
    /// after it in the text, for [`for_each_gbk_run`].
    chars: Vec<char>,
    before: Option<char>,
    after: Option<char>,
}

/// Calls `f` with each region, one at a time, in reused buffers; adds the
/// [`script_counts`] of `text` to `counts` (when given) on the way (the pass decodes every
/// char). A region that neither GBK rule can repair is skipped, its buffers filled only
/// past a cheap test (most regions of clean text): a region with no U+FFFD and no letter
/// is one run, which [`shifted_is_quiet`] tells, and [`han_chain`] rules out
/// `utf8_in_gbk` (a test turns the skip off with the other shortcuts).
fn for_each_byte_region(
    text: &str,
    damaged: bool,
    mut counts: Option<&mut (usize, usize)>,
    mut f: impl FnMut(&ByteRegion),
) {
    // room for the regions of an article up front (they grew by doubling from empty in every
    // text; a longer one grows them as before)
    // (and only when a region gets past the test: most texts have none that does)
    let n = (text.len() / 3).min(RUN_ROOM);
    let mut cur = ByteRegion {
        bytes: Vec::new(),
        at: Vec::new(),
        end: 0,
        chars: Vec::new(),
        before: None,
        after: None,
    };
    let gbk = &*GBK;
    // The region being read: its start and the char before it; whether a char of it may end
    // a run (U+FFFD, a letter); the lead bytes of Han UTF-8 among its GBK bytes (as
    // `utf8_in_gbk` counts them), over the last two bytes.
    let mut start: Option<usize> = None;
    let mut before: Option<char> = None;
    let (mut odd, mut han, mut b2, mut b1) = (false, 0u32, 0u8, 0u8);
    let mut gbk_bytes: Vec<u8> = Vec::new();
    let mut flush = |s: usize, e: usize, before, after, odd: bool, han: u32| {
        // (not in a text an earlier round repaired: `utf8_in_gbk` then tries short stretches)
        if !odd && !damaged && gated() && shifted_is_quiet(text, s, e) && {
            han < 2 || {
                gbk_bytes.clear();
                for c in text[s..e].chars() {
                    gbk_bytes.extend_from_slice(&gbk.encode(c).unwrap_or([0, 0]));
                }
                !han_chain(&gbk_bytes)
            }
        } {
            return;
        }
        if cur.chars.capacity() == 0 {
            cur.bytes.reserve(2 * n);
            cur.at.reserve(2 * n);
            cur.chars.reserve(n);
        }
        cur.bytes.clear();
        cur.at.clear();
        cur.chars.clear();
        for (k, c) in text[s..e].char_indices() {
            let i = (s + k) as u32;
            // (U+FFFD has no GBK code: one unknown byte)
            match gbk.encode(c) {
                Some([x, y]) => {
                    cur.at.extend_from_slice(&[i, NO_CHAR]);
                    cur.bytes.extend_from_slice(&[Some(x), Some(y)]);
                }
                None => {
                    cur.at.push(i);
                    cur.bytes.push(None);
                }
            }
            cur.chars.push(c);
        }
        cur.end = e;
        cur.before = before;
        cur.after = after;
        f(&cur);
    };
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        // A GBK character is two known bytes, U+FFFD one unknown byte; any other char ends
        // the region.
        let code = if c.is_ascii() {
            None
        } else if c == LOST {
            // (U+FFFD counts as neither script)
            Some(None)
        } else {
            if let Some(n) = counts.as_deref_mut() {
                count_script(c, &mut n.0, &mut n.1);
            }
            gbk.encode(c).map(Some)
        };
        match code {
            None => {
                if let Some(s) = start.take() {
                    // (the region's chars are contiguous: it ends where this char starts)
                    flush(s, i, before, Some(c), odd, han);
                }
            }
            Some(code) => {
                if start.is_none() {
                    start = Some(i);
                    before = prev;
                    (odd, han, b2, b1) = (false, 0, 0, 0);
                }
                match code {
                    Some([x, y]) => {
                        let lead = |b: u8| matches!(b, 0xE3..=0xE9 | 0xEF | 0xF0);
                        let cont = |b: u8| matches!(b, 0x80..=0xBF);
                        han += (lead(b2) && cont(b1) && cont(x)) as u32;
                        han += (lead(b1) && cont(x) && cont(y)) as u32;
                        (b2, b1) = (x, y);
                        odd |= !is_han(c) && is_letter(c);
                    }
                    None => odd = true,
                }
            }
        }
        prev = Some(c);
    }
    if let Some(s) = start {
        flush(s, text.len(), before, None, odd, han);
    }
}

/// True when some lead byte of Han UTF-8 among the GBK bytes `b` of a region (as
/// `utf8_in_gbk` finds them) starts UTF-8 sequences that reach another one: a stretch of
/// `utf8_in_gbk` needs two Han characters, and a region where no such chain exists has
/// none. (The sequences are taken loosely: a lead byte and its continuation bytes.)
fn han_chain(b: &[u8]) -> bool {
    let cont = |q: usize| b.get(q).is_some_and(|x| (0x80..=0xBF).contains(x));
    let han_at = |q: usize| matches!(b[q], 0xE3..=0xE9 | 0xEF | 0xF0) && cont(q + 1) && cont(q + 2);
    (0..b.len()).any(|q1| {
        han_at(q1) && {
            let mut q = q1;
            loop {
                let need = match b.get(q) {
                    Some(0xC2..=0xDF) => 2,
                    Some(0xE0..=0xEF) => 3,
                    Some(0xF0..=0xF4) => 4,
                    _ => break false,
                };
                if q > q1 && han_at(q) {
                    break true;
                }
                if !(1..need).all(|k| cont(q + k)) {
                    break false;
                }
                q += need;
            }
        }
    })
}

/// True when the shifted reading of the run `text[start..end]` (chars with GBK codes) has
/// no evidence of damage and forms no common word: [`shifted_gbk`] repairs none of it. A
/// region that holds no U+FFFD and no letter is one run; with fewer than two lead bytes of
/// Han UTF-8 among its bytes `utf8_in_gbk` repairs none of it either.
fn shifted_is_quiet(text: &str, start: usize, end: usize) -> bool {
    let gbk = &*GBK;
    let enc = |c: char| gbk.encode(c).unwrap_or([0, 0]);
    let mut rev = text[start..end].chars().rev();
    let Some(last) = rev.next() else {
        return true;
    };
    // The last byte is the lead of a character whose trail is the next ASCII byte.
    let [mut lead, last_lead] = enc(last);
    let after = &text[end..];
    let next_ascii = after.chars().next().filter(|c| c.is_ascii());
    let tail_char = next_ascii.and_then(|c| gbk.decode(last_lead, c as u8));
    // A `?` after the run, or a lone ASCII letter glued between Han characters (撹F召)
    // that completes the last character: evidence.
    let glued_letter = tail_char.is_some()
        && next_ascii.is_some_and(|c| c.is_ascii_alphabetic() || "@[]^_`{|}~".contains(c))
        && after.chars().nth(1).is_some_and(|c| !c.is_ascii());
    if after.starts_with('?') || glued_letter {
        return false;
    }
    // The shifted reading from the end back to its first invalid char: d(j) is the char of
    // the trail byte of char j and the lead byte of char j + 1.
    let mut next = tail_char.map(fold_char);
    for c in rev {
        let [l, t] = enc(c);
        let Some(d) = gbk.decode(t, lead) else { break };
        let fd = fold_char(d);
        if next.is_some_and(|f| is_word2(fd, f)) {
            return false;
        }
        next = Some(fd);
        lead = l;
    }
    debris_before(text, start) == start
}

trait ContByte {
    fn is_none_or_cont(&self) -> bool;
}

impl ContByte for Option<u8> {
    /// Unknown, or a UTF-8 continuation byte.
    fn is_none_or_cont(&self) -> bool {
        self.map_or(true, |b| (0x80..=0xBF).contains(&b))
    }
}

/// One decoded position: a known character, or candidates for one with an unknown byte.
enum Slot {
    Known(char),
    Unknown(Vec<char>),
}

/// Decodes one UTF-8 sequence at `p` with at most one unknown byte; its slot and length.
fn utf8_at(b: &[Option<u8>], p: usize) -> Option<(Slot, usize)> {
    let need = match b[p] {
        // (the trail byte of a GBK char: 业P read as 涓歅)
        Some(0x40..=0x7E) => 1,
        Some(0xC2..=0xDF) => 2,
        Some(0xE0..=0xEF) => 3,
        Some(0xF0..=0xF4) => 4,
        Some(_) => return None,
        None => 3,
    };
    let seq = &b[p..(p + need).min(b.len())];
    if seq.len() < need {
        // Cut off by the end of the run: the rest went with a byte the decoder dropped.
        return (b[p].is_some() && seq[1..].iter().all(|x| x.is_none_or_cont()))
            .then_some((Slot::Unknown(Vec::new()), seq.len()));
    }
    // No allocation here: this runs at every character of Chinese text.
    let unknowns = seq.iter().filter(|x| x.is_none()).count();
    if unknowns >= 2 && seq[0].is_some() && seq[1..].iter().all(|x| x.is_none_or_cont()) {
        return Some((Slot::Unknown(Vec::new()), need));
    }
    let mut arr = [0u8; 4];
    for (a, x) in arr.iter_mut().zip(seq) {
        *a = x.unwrap_or(0);
    }
    let buf = &mut arr[..need];
    match unknowns {
        0 => {
            let s = std::str::from_utf8(buf).ok()?;
            Some((Slot::Known(s.chars().next()?), need))
        }
        1 => {
            let k = seq.iter().position(|x| x.is_none())?;
            let range = if k == 0 { 0xE0..=0xEFu8 } else { 0x80..=0xBFu8 };
            let mut cands = Vec::new();
            for v in range {
                buf[k] = v;
                if let Ok(s) = std::str::from_utf8(buf) {
                    cands.extend(s.chars().filter(|&c| is_han(c) || PUNCT.contains(c)));
                }
            }
            (!cands.is_empty()).then_some((Slot::Unknown(cands), need))
        }
        _ => None,
    }
}

/// UTF-8 read as GBK: a stretch of GBK characters whose bytes are valid UTF-8 from a
/// character boundary to a character boundary, and read as more likely Chinese. A byte the
/// GBK decoder could not pair (U+FFFD) is unknown: the character it belonged to is chosen
/// among the candidates by its neighbours, or marked lost.
fn utf8_in_gbk(text: &str, r: &ByteRegion, sides: &Sides, out: &mut Vec<Fix>) {
    {
        let b = &r.bytes;
        // A stretch needs two Han characters among its known ones (`han >= 2` below), each
        // a lead byte of a Han character followed by two known continuation bytes: none
        // starts after the second to last such byte. In clean text the GBK bytes seldom
        // line up so, and most regions end here (exact: the test only skips stretches that
        // `han` would reject).
        let han_at = |q: usize| {
            matches!(b[q], Some(0xE3..=0xE9 | 0xEF | 0xF0))
                && b.get(q + 1).is_some_and(|x| matches!(x, Some(0x80..=0xBF)))
                && b.get(q + 2).is_some_and(|x| matches!(x, Some(0x80..=0xBF)))
        };
        // (in a text an earlier round repaired, short stretches are tried too: see `ok`)
        let Some(last_han) = (0..b.len())
            .rev()
            .filter(|&q| han_at(q))
            .nth(1)
            .or(sides.damaged.then_some(b.len()))
        else {
            return;
        };
        // A stretch is repaired only when a third of its chars are rare or lost (`ok`
        // below): none starts after the last such char of the region, and a region without
        // one has nothing to repair.
        let Some(last_rare) = r.at.first().and_then(|&a| {
            text[a as usize..r.end]
                .char_indices()
                .rev()
                .find(|&(_, c)| c == LOST || is_rare(c))
                .map(|(i, _)| a as usize + i)
        }) else {
            return;
        };
        let mut p = 0;
        // one buffer for the stretches of the region (a new one at every char start was an
        // allocation per stretch tried)
        let mut slots: Vec<Slot> = Vec::new();
        while p < b.len() {
            if r.at[p] == NO_CHAR {
                p += 1;
                continue;
            }
            if r.at[p] as usize > last_rare || p > last_han {
                break;
            }
            let mut q = p;
            slots.clear();
            let mut last: Option<(usize, usize)> = None; // (byte end, slots)
            while q < b.len() {
                let Some((slot, len)) = utf8_at(b, q) else {
                    break;
                };
                slots.push(slot);
                q += len;
                if q == b.len() || r.at[q] != NO_CHAR {
                    last = Some((q, slots.len()));
                }
            }
            let Some((e, ns)) = last else {
                p += 1;
                continue;
            };
            let start = r.at[p] as usize;
            let end =
                r.at.get(e)
                    .copied()
                    .filter(|&x| x != NO_CHAR)
                    .map_or(r.end, |x| x as usize);
            // The cheap tests first (this runs at most chars of Chinese text, whose GBK
            // bytes often read as short UTF-8 sequences); the scores only when they pass.
            let han = slots[..ns]
                .iter()
                .filter(|s| matches!(s, Slot::Known(c) if is_han(*c)))
                .count();
            // In a text an earlier round repaired, a stretch of one or two chars left between
            // ASCII (PMI涓�51.2%, 锛�11月份) is repaired when every char of it is rare or
            // lost: the first round's evidence of damage stands for the rest.
            // (with a lost byte, or a byte of ASCII taken into a GBK char: no rare char of
            // real text; a lost byte is evidence enough, the chars of GBK whose bytes start
            // UTF-8 are of its second level, seldom used)
            let short = sides.damaged && ns <= 2 && {
                let old = &text[start..end];
                // (the first char is the lead of the damage: a lost byte before a real
                // char, �，, is no stretch)
                old.chars().count() <= 3
                    && !old.starts_with(LOST)
                    // (a char of three UTF-8 bytes first, and nothing but Han, punctuation
                    // and ASCII decoded: 要� of real text would read as Ҫ�)
                    && matches!(b[p], Some(0xE3..=0xE9 | 0xEF))
                    && slots[..ns].iter().all(|s| match s {
                        Slot::Known(c) => is_han(*c) || c.is_ascii() || PUNCT.contains(*c),
                        Slot::Unknown(_) => true,
                    })
                    && (old.contains(LOST)
                        || old.chars().all(is_rare)
                            && slots[..ns]
                                .iter()
                                .any(|s| matches!(s, Slot::Known(c) if c.is_ascii())))
            };
            let ok = short
                || (han >= 2
                    && han * 2 >= ns
                    && {
                        let (n_old, rare) = text[start..end].chars().fold((0, 0), |(n, r), c| {
                            (n + 1, r + (c == LOST || is_rare(c)) as usize)
                        });
                        rare * 3 >= n_old
                    }
                    && {
                        let old: Vec<char> = text[start..end].chars().collect();
                        let known: Vec<char> = slots[..ns]
                            .iter()
                            .filter_map(|s| {
                                if let Slot::Known(c) = s {
                                    Some(*c)
                                } else {
                                    None
                                }
                            })
                            .collect();
                        score(&known, sides.get()) - score(&old, Side::Unknown) >= 8
                    });
            if ok {
                let mut rep: Vec<char> = Vec::new();
                let mut confidence: Option<f32> = None;
                for (k, s) in slots[..ns].iter().enumerate() {
                    match s {
                        Slot::Known(c) => rep.push(*c),
                        Slot::Unknown(cands) => {
                            let back = |i: usize| {
                                rep.len()
                                    .checked_sub(i)
                                    .and_then(|i| rep.get(i))
                                    .copied()
                                    .filter(|&c| c != LOST)
                            };
                            let known = |i: usize| match slots[..ns].get(k + i) {
                                Some(Slot::Known(c)) => Some(*c),
                                _ => None,
                            };
                            let near = [
                                back(2).filter(|_| back(1).is_some()),
                                back(1),
                                known(1),
                                known(2).filter(|_| known(1).is_some()),
                            ];
                            // (no Han candidate with evidence: a mark of punctuation, if
                            // one fits)
                            let punct =
                                || PUNCT.chars().find(|p| cands.contains(p)).map(|p| (p, 0.5));
                            match pick_in(cands, near, None, sides.get()).or_else(punct) {
                                Some((c, conf)) => {
                                    rep.push(c);
                                    confidence =
                                        Some(confidence.map_or(conf, |x: f32| x.min(conf)));
                                }
                                None => rep.push(LOST),
                            }
                        }
                    }
                }
                let mut f = Fix::new(
                    start..end,
                    rep.into_iter().collect::<String>(),
                    RepairKind::Mojibake,
                );
                f.confidence = confidence;
                out.push(f);
                p = e;
            } else {
                p = e.max(p + 1);
            }
        }
    }
}

/// The Han character right before byte `at`, over a reading in parentheses: 當(dāng).
fn han_before(text: &str, at: usize) -> Option<char> {
    let head = &text[..at];
    let mut end = at;
    if head.ends_any(&[')', '）']) {
        if let Some(open) = head
            .char_indices()
            .rev()
            .take(10)
            .find(|&(_, c)| c == '(' || c == '（')
            .map(|(i, _)| i)
        {
            let close = head.char_indices().next_back().map_or(at, |(i, _)| i);
            if open < close
                && syllable(
                    &head[open + head[open..].chars().next().map_or(1, char::len_utf8)..close],
                )
                .is_some()
            {
                end = open;
            }
        }
    }
    text[..end].chars().next_back().filter(|&c| is_han(c))
}

/// Debris of a lost byte right before a shifted run: `??` or `?shù)`. Its start.
fn debris_before(text: &str, at: usize) -> usize {
    let head = &text[..at];
    // ?reading)
    if head.ends_with(')') {
        let mut from = head.len().saturating_sub(12);
        while !head.is_char_boundary(from) {
            from += 1;
        }
        if let Some(q) = head[from..].rfind('?') {
            let q = from + q;
            if reading_after(text, q + 1).is_some_and(|(_, l)| q + 1 + l == at) {
                let mut s = q;
                while head[..s].ends_with('?') {
                    s -= 1;
                }
                return s;
            }
        }
    }
    let mut s = at;
    while head[..s].ends_with('?') && at - s < 4 {
        s -= 1;
    }
    s
}

/// GBK read one byte out of step: see the module notes.
fn shifted_gbk(text: &str, run: &Run, sides: &Sides, out: &mut Vec<Fix>) {
    let n = run.chars.len();
    if n < 1 {
        return;
    }
    // Without evidence (below) the walk takes a start only where the shifted reading forms a
    // word (`coherent`), and its words from a start are among those of the whole valid
    // reading, which the walk reads from the end back to the same first invalid char: a run
    // whose shifted reading holds no common word and that has no evidence is done before
    // the scores (most runs of clean text: the walk scored the text too, char by char).
    if gated() && shifted_is_quiet(text, run.start, run.end) {
        return;
    }
    // d(j): the character of bytes 2j+1, 2j+2 (j < n-1). The walk below reads it from the
    // end back to the first invalid one; the whole list only when there is a repair.
    let dj = |j: usize| GBK.decode(run.byte(2 * j + 1), run.byte(2 * j + 2));
    // The last byte is the lead of a character whose trail is the next ASCII byte, or was
    // lost in a `?`.
    let last_lead = run.byte(2 * n - 1);
    let after = &text[run.end..];
    let next_ascii = after.chars().next().filter(|c| c.is_ascii());
    let tail_char = next_ascii.and_then(|c| GBK.decode(last_lead, c as u8));
    let lost_tail = matches!(after.chars().next(), Some('?' | LOST));
    let tail_reading = if after.starts_with('?') {
        reading_after(text, run.end + 1)
    } else {
        None
    };

    // A lone ASCII letter glued between Han characters (撹F召) that completes the last
    // character: the trail byte of a character read out of step.
    let glued_letter = tail_char.is_some()
        && next_ascii.is_some_and(|c| c.is_ascii_alphabetic() || "@[]^_`{|}~".contains(c))
        && after.chars().nth(1).is_some_and(|c| !c.is_ascii());
    let question_after = lost_tail && after.starts_with('?');
    // A mark of lost bytes right after the run (or right before it) is evidence of damage
    // that lets a shorter or weaker reading count.
    let marked_before = debris_before(text, run.start) < run.start;
    // Best start k: all d[k..] valid, most gain.
    let walk = |side: Side| -> Option<(i32, usize)> {
        let mut best: Option<(i32, usize)> = None;
        // Walk k from the end to the start, keeping the scores of the shifted reading from k
        // (d[k..] then the tail) and of the text from k up to date: linear in the run.
        // (each char folded once: `new_first` and `old_first` hold folds, `is_word` is
        // `is_word2` of the folds)
        let unit = |c: char, fc: char| level_folded(c, fc) - script_penalty(c, side);
        let (mut new_len, mut new_score, mut new_words) = (0usize, 0i32, 0usize);
        let mut new_first: Option<char> = None;
        if let Some(t) = tail_char {
            new_len = 1;
            let ft = fold_char(t);
            new_score = unit(t, ft);
            new_first = Some(ft);
        }
        let (mut old_len, mut old_score, mut old_words, mut rare) = (0usize, 0i32, 0usize, 0usize);
        let mut old_first: Option<char> = None;
        let mut k = n;
        while k > 0 {
            k -= 1;
            if k < n - 1 {
                let Some(c) = dj(k) else { break };
                let fc = fold_char(c);
                new_score += unit(c, fc);
                if new_first.is_some_and(|f| is_word2(fc, f)) {
                    new_score += 6;
                    new_words += 1;
                }
                new_first = Some(fc);
                new_len += 1;
            }
            // The text as it stands is scored without the script penalty: the script of the
            // whole text may change once it is repaired, and a second run must agree.
            let c = run.chars[k];
            let fc = fold_char(c);
            let lv = level_folded(c, fc);
            old_score += lv;
            if old_first.is_some_and(|f| is_word2(fc, f)) {
                old_score += 6;
                old_words += 1;
            }
            old_first = Some(fc);
            old_len += 1;
            rare += is_rare_level(c, lv) as usize;
            // A `?` after the run (a converter's mark, often with a reading) is evidence; a bare
            // U+FFFD is too common in damaged text to be.
            let evidence = question_after || (k == 0 && marked_before) || glued_letter;
            if new_len >= 2 || (evidence && new_len >= 1) {
                let avg = new_score / new_len as i32;
                let gain = new_score - old_score;
                let damaged = rare * 2 >= old_len || new_words >= old_words + 1 + new_len / 5;
                // The shifted reading must also form words: random Han characters do not.
                let coherent = new_words >= new_len / 6 && (evidence || new_words >= 1);
                let strong = gain >= 12 || (evidence && gain >= 4);
                if damaged
                    && coherent
                    && avg >= 9
                    && strong
                    && best.map_or(true, |(g, _)| gain >= g)
                {
                    best = Some((gain, k));
                }
            }
        }
        best
    };
    // The walk scores the shifted reading with the script penalty of the text's side, which
    // is counted only when some run needs it (see `Sides`). Without a penalty (`Unknown`)
    // its score is as high as with one at every start, and all else the walk reads is the
    // same; every test a start must pass only gains from a higher score (`avg`, `strong`):
    // when no start passes without the penalty, none passes with it.
    if gated() && walk(Side::Unknown).is_none() {
        return;
    }
    let side = sides.get();
    let Some((_, k)) = walk(side) else { return };
    let d: Vec<Option<char>> = (0..n.saturating_sub(1)).map(dj).collect();

    // The repaired characters.
    let mut rep: Vec<char> = Vec::new();
    let mut confidence: Option<f32> = None;
    let mut guess = |c: Option<(char, f32)>, rep: &mut Vec<char>| match c {
        Some((c, p)) => {
            rep.push(c);
            confidence = Some(confidence.map_or(p, |q: f32| q.min(p)));
        }
        None => rep.push(LOST),
    };
    let mut start = run.at[2 * k] as usize;
    if k == 0 {
        start = debris_before(text, start);
    }
    // The split character at the start: its lead (or trail) byte was lost; b[2k] survives.
    let orphan = run.byte(2 * k);
    let prev = if k > 0 {
        Some(run.chars[k - 1])
    } else {
        han_before(text, start)
    };
    let first_next = d.get(k).copied().flatten().or(tail_char);
    // Its lead byte or its trail byte was lost: both kinds of candidates.
    let mut cands: Vec<char> = GBK.with_trail(orphan).collect();
    cands.extend(GBK.with_lead(orphan));
    guess(pick(&cands, prev, first_next, None, side), &mut rep);
    let body: Vec<char> = d[k..].iter().flatten().copied().collect();
    // Two bytes lost inside the run keep the step but leave one wrong character: a
    // character of the other script, or a rare one, between common ones.
    for (j, &c) in body.iter().enumerate() {
        let suspicious = script_penalty(c, side) > 0 || is_rare(c);
        if suspicious {
            if let Some([l, t]) = GBK.encode(c) {
                let before = if j > 0 { Some(body[j - 1]) } else { None };
                let after = body.get(j + 1).copied().or(tail_char);
                let xs: Vec<char> = GBK.with_lead(l).collect();
                let ys: Vec<char> = GBK.with_trail(t).collect();
                let x = pick(&xs, before, None, None, side);
                let y = pick(&ys, None, after, None, side);
                if let (Some(x), Some(y)) = (x, y) {
                    guess(Some(x), &mut rep);
                    guess(Some(y), &mut rep);
                    continue;
                }
            }
        }
        rep.push(c);
    }
    let mut end = run.end;
    if let Some(t) = tail_char {
        rep.push(t);
        end += 1;
    } else if lost_tail {
        // The trail byte went into `?` with the next byte; a reading after it may tell.
        let cands: Vec<char> = GBK.with_lead(last_lead).collect();
        let prev = rep.last().copied().filter(|&c| c != LOST);
        let reading = tail_reading.map(|r| r.0);
        let lost_len = after.chars().next().map_or(1, char::len_utf8);
        let after_at = run.end + lost_len + tail_reading.map_or(0, |r| r.1);
        let next = text[after_at..].chars().next().filter(|&c| is_han(c));
        let punct = (last_lead == 0xA3 && reading.is_none()).then_some(('，', 0.6));
        guess(pick(&cands, prev, next, reading, side).or(punct), &mut rep);
        end = after_at;
    } else {
        rep.push(LOST);
    }
    let mut f = Fix::new(
        start..end,
        rep.into_iter().collect::<String>(),
        RepairKind::Mojibake,
    );
    f.confidence = confidence;
    out.push(f);
}

/// Characters replaced by `?` together with the `(` of their reading: 要?jiǎng)?chuàng)新.
fn lost_with_reading(text: &str, sides: &Sides, taken: &[Fix], out: &mut Vec<Fix>) {
    let mut from = 0;
    let mut t = 0;
    while let Some(p) = text[from..].find('?') {
        let q = from + p;
        from = q + 1;
        while t < taken.len() && taken[t].range.end <= q {
            t += 1;
        }
        if taken.get(t).is_some_and(|f| f.range.start <= q) {
            continue;
        }
        let Some((r, len)) = reading_after(text, q + 1) else {
            continue;
        };
        let end = q + 1 + len;
        // After Han text or another such loss.
        let before = text[..q].chars().next_back();
        if !before.is_some_and(|c| is_han(c) || c == ')') {
            continue;
        }
        let prev = before.filter(|&c| is_han(c));
        let next = text[end..].chars().next().filter(|&c| is_han(c));
        let side = sides.get();
        let cands = reading_candidates(r, side);
        let mut f = match pick(&cands, prev, next, Some(r), side) {
            Some((c, p)) => {
                let mut f = Fix::new(q..end, c.to_string(), RepairKind::Mojibake);
                f.confidence = Some(p);
                f
            }
            None => Fix::new(q..end, LOST.to_string(), RepairKind::Mojibake),
        };
        if f.replacement.is_empty() {
            f.replacement.push(LOST);
        }
        out.push(f);
        from = end;
    }
}

/// Whether `text` has two chars of GBK's user-defined codes as a decoder gives them, the
/// private-use chars U+E000..U+E864 (UTF-8 EE 80 80..EE A1 A4): Big5 read as GBK has them
/// in every line (its punctuation and many of its commonest characters fall on those
/// codes), clean Chinese text seldom. (A memchr for one byte that Chinese text lacks.)
fn gbk_private_use(text: &str) -> bool {
    memchr::memchr_iter(0xEE, text.as_bytes()).nth(1).is_some()
}

/// Big5 read as GBK (中華民國 → い地チ瓣): stretches of characters that are the GBK reading
/// of Big5 codes ([`BIG5_IN_GBK`]), decoded as Big5 where that reads as far more likely
/// Chinese, one character for one. Where a line mixes clean text and such a stretch, each
/// character's gain (its frequency level, and the words it makes with the one before)
/// decides where the repair starts and ends: clean simplified text read as Big5 becomes
/// rare characters, a loss. Japanese kana read as Big5 become common characters, but few
/// words: a repair needs words, or the private-use characters of GBK's user-defined codes,
/// in one stretch of the text at least.
#[inline(never)]
fn big5_in_gbk(text: &str, out: &mut Vec<Fix>) {
    if !gbk_private_use(text) {
        return;
    }
    if super::tables::BIG5_IN_GBK.is_empty() {
        return;
    }
    let big5 = super::tables::big5_of_gbk;
    // (offset, char, its Big5 reading) of a run: such chars and ASCII other than line
    // breaks between them (ASCII is the same in both encodings)
    let mut run: Vec<(usize, char, char)> = Vec::new();
    let mut found = Vec::new();
    for (i, c) in text.char_indices() {
        if c.is_ascii() && c != '\n' && c != '\r' {
            continue;
        }
        match big5(c) {
            Some(b) => run.push((i, c, b)),
            None => {
                big5_run(text, &run, &mut found);
                run.clear();
            }
        }
    }
    big5_run(text, &run, &mut found);
    // The text was Big5 when one stretch is sure of it; then every stretch is repaired
    // (a short line of a credit has neither words nor private-use chars to show).
    if found.iter().any(|f| f.1) {
        out.extend(found.into_iter().map(|f| f.0));
    }
}

/// The repairs of one run of [`big5_in_gbk`]: its best-scoring stretches.
fn big5_run(text: &str, run: &[(usize, char, char)], out: &mut Vec<(Fix, bool)>) {
    let n = run.len();
    if n < 2 {
        return;
    }
    let private = |c: char| ('\u{E000}'..='\u{F8FF}').contains(&c);
    // Each char's gain: its level read as Big5 less its level as it is, more for a
    // private-use char (no char of clean text), and 6 for each word it makes read as Big5
    // less each it makes as it is, with the char before or after (级稿 → 撰稿: 撰 is rarer
    // than 级, the word makes up for it). `word[k]`: Big5's chars k-1 and k make a word.
    let mut gain = vec![0i32; n];
    let mut word = vec![false; n];
    for k in 0..n {
        let (_, c, b) = run[k];
        gain[k] += level(b) - level(c) + 8 * private(c) as i32;
        if k > 0 {
            let (_, pc, pb) = run[k - 1];
            word[k] = is_word(pb, b);
            let w = 6 * (word[k] as i32 - is_word(pc, c) as i32);
            gain[k] += w;
            gain[k - 1] += w;
        }
    }
    // Maximal stretches by their summed gain: a stretch ends where its sum falls below
    // zero, at its best point.
    let mut stretches: Vec<(usize, usize)> = Vec::new();
    let (mut from, mut sum, mut best, mut best_at) = (0, 0, 0, 0);
    for k in 0..n {
        sum += gain[k];
        if sum > best {
            best = sum;
            best_at = k;
        }
        if sum < 0 || k + 1 == n {
            if best >= 24 {
                stretches.push((from, best_at));
            }
            from = if sum < 0 { k + 1 } else { best_at + 1 };
            sum = 0;
            best = 0;
        }
    }
    // Each takes in the chars next to it that lose little (叫 → 請 before 點擊: both common)
    let mut free = 0;
    for i in 0..stretches.len() {
        let (mut from, mut to) = stretches[i];
        let limit = stretches.get(i + 1).map_or(n, |s| s.0);
        while from > free && gain[from - 1] >= -5 {
            from -= 1;
        }
        while to + 1 < limit && gain[to + 1] >= -5 {
            to += 1;
        }
        free = to + 1;
        let len = to + 1 - from;
        let words = word[from + 1..=to].iter().filter(|&&w| w).count();
        let privates = run[from..=to].iter().filter(|e| private(e.1)).count();
        let (start, end) = (run[from].0, run[to].0 + run[to].1.len_utf8());
        let mut rep = String::with_capacity(end - start);
        let mut parts = Vec::with_capacity(2 * len);
        let mut at = start;
        for &(i, c, b) in &run[from..=to] {
            if i > at {
                rep.push_str(&text[at..i]);
                parts.push(((i - at) as u32, (i - at) as u32));
            }
            rep.push(b);
            parts.push((c.len_utf8() as u32, b.len_utf8() as u32));
            at = i + c.len_utf8();
        }
        let sure = len >= 4 && words * 5 + privates * 4 >= len;
        let mut f = Fix::new(start..end, rep, RepairKind::Mojibake);
        f.parts = parts;
        out.push((f, sure));
    }
}

/// `s` with `fixes` applied.
fn apply_fixes(s: &str, fixes: &[Fix]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    for f in fixes {
        if f.range.start < at
            || !s.is_char_boundary(f.range.start)
            || !s.is_char_boundary(f.range.end)
        {
            continue;
        }
        out.push_str(&s[at..f.range.start]);
        out.push_str(&f.replacement);
        at = f.range.end;
    }
    out.push_str(&s[at..]);
    out
}

/// Position `p` of a text after `fixes` were applied to it. `p` must not lie strictly
/// inside a fixed range.
fn forward(p: usize, fixes: &[Fix]) -> usize {
    let mut q = p as isize;
    for f in fixes {
        if f.range.end <= p && !(f.range.start == p && f.range.is_empty()) {
            q += f.replacement.len() as isize - f.range.len() as isize;
        }
    }
    q.max(0) as usize
}

/// The repairs of `text`, run again on their own output until nothing changes (text
/// encoded twice, a decoded character that completes a neighbour's bytes), and given as
/// one list of fixes on `text`: a region fixed in several rounds is one fix.
pub fn fixes(text: &str) -> Vec<Fix> {
    fixes_counted(text, false).0
}

/// [`fixes`], and the [`script_counts`] of `text` when `count` asks for them and it counted
/// them (not for an ASCII text or one over 4 GiB, see `round`); without `count` the script
/// is counted only when a repair needs the text's side.
pub fn fixes_counted(text: &str, count: bool) -> (Vec<Fix>, Option<(usize, usize)>) {
    let (first, counts) = round_counted(text, count, false);
    (later_rounds(text, first), counts)
}

/// The rounds after the first (`total`) of [`fixes`].
fn later_rounds(text: &str, mut total: Vec<Fix>) -> Vec<Fix> {
    for _ in 0..2 {
        if total.is_empty() {
            break;
        }
        let cur = apply_fixes(text, &total);
        let next = round(&cur);
        if next.is_empty() {
            break;
        }
        // Where each earlier fix stands in `cur`.
        let mut outs: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> =
            Vec::with_capacity(total.len());
        let mut delta: isize = 0;
        for f in &total {
            let os = (f.range.start as isize + delta) as usize;
            outs.push((f.range.clone(), os..os + f.replacement.len()));
            delta += f.replacement.len() as isize - f.range.len() as isize;
        }
        let back = |p: usize, end: bool| -> usize {
            let mut d: isize = 0;
            for (src, out) in &outs {
                if (!end && p >= out.start && p < out.end) || (end && p > out.start && p <= out.end)
                {
                    return if end { src.end } else { src.start };
                }
                if out.end <= p {
                    d = src.end as isize - out.end as isize;
                }
            }
            (p as isize + d).max(0) as usize
        };
        // Regions of `text` fixed in either round, merged.
        let mut regions: Vec<(std::ops::Range<usize>, Option<f32>)> = total
            .iter()
            .map(|f| (f.range.clone(), f.confidence))
            .collect();
        for f in &next {
            let r =
                back(f.range.start, false)..back(f.range.end, true).max(back(f.range.start, false));
            regions.push((r, f.confidence));
        }
        crate::pipeline::sort_by_span(&mut regions, |r| (r.0.start, r.0.end));
        let mut merged: Vec<(std::ops::Range<usize>, Option<f32>)> = Vec::new();
        for (r, c) in regions {
            match merged.last_mut() {
                Some((m, mc)) if r.start < m.end || (r.start == m.end && r.is_empty()) => {
                    m.end = m.end.max(r.end);
                    *mc = match (*mc, c) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                }
                _ => merged.push((r, c)),
            }
        }
        let done = apply_fixes(&cur, &next);
        let mut out = Vec::with_capacity(merged.len());
        for (r, c) in merged {
            let (a, b) = (
                forward(forward(r.start, &total), &next),
                forward(forward(r.end, &total), &next),
            );
            let Some(rep) = done.get(a..b.max(a)) else {
                return total;
            };
            let mut f = Fix::new(r, rep.to_string(), RepairKind::Mojibake);
            f.confidence = c;
            out.push(f);
        }
        total = out;
    }
    total
}

/// True when the exact shortcuts of the GBK rules are taken (the gates of `shifted_gbk`);
/// a test turns them off to compare the results with and without them.
#[cfg(not(test))]
fn gated() -> bool {
    true
}

#[cfg(test)]
thread_local! {
    static GATED: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

#[cfg(test)]
fn gated() -> bool {
    GATED.with(|g| g.get())
}

/// The side of a text from its [`script_counts`].
fn side_of((t, s): (usize, usize)) -> Side {
    if t > 2 * s && t >= 3 {
        Side::Traditional
    } else if s > 2 * t && s >= 3 {
        Side::Simplified
    } else {
        Side::Unknown
    }
}

/// The side of a text, counted when a rule first needs it. The pass of `round_counted`
/// counts the script of every char as it goes; the GBK rules need the side only for a
/// stretch that passed their other tests (damaged text), before the pass is over: then the
/// whole text is counted once more.
struct Sides<'a> {
    text: &'a str,
    /// Whether an earlier round repaired this text, see [`utf8_in_gbk`].
    damaged: bool,
    side: std::cell::Cell<Option<Side>>,
}

impl Sides<'_> {
    fn get(&self) -> Side {
        if let Some(s) = self.side.get() {
            return s;
        }
        let s = side_of(script_counts(self.text));
        self.side.set(Some(s));
        s
    }
}

/// One round of every mojibake rule over `text`.
fn round(text: &str) -> Vec<Fix> {
    round_counted(text, false, true).0
}

/// [`round`], and the [`script_counts`] of `text` when they were needed (`count`).
/// `damaged`: an earlier round repaired the text (short stretches are repaired too).
fn round_counted(text: &str, count: bool, damaged: bool) -> (Vec<Fix>, Option<(usize, usize)>) {
    // Every rule needs non-ASCII text. Offsets are kept as u32 (memory): no repair of a
    // text over 4 GiB (the library refuses much less, options::MAX_INPUT_BYTES).
    if text.is_ascii() || text.len() >= NO_CHAR as usize {
        return (Vec::new(), None);
    }
    let sides = Sides {
        text,
        damaged,
        side: std::cell::Cell::new(None),
    };
    if !gated() {
        sides.get();
    }
    let mut out = Vec::new();
    latin_fixes(text, &mut out);
    // A text's UTF-8 or its GBK read by a Latin decoder: the reading that repairs more of
    // it (UTF-8's sequences seldom stand in GBK's bytes for long, GBK's codes in UTF-8's
    // decode into rare chars, and a text holds one or the other)
    let mut gbk = Vec::new();
    gbk_latin_fixes(text, &mut gbk);
    let covered = |v: &[Fix]| v.iter().map(|f| f.range.len()).sum::<usize>();
    if covered(&gbk) > covered(&out) {
        out = gbk;
    }
    // (in order already: one scan)
    crate::pipeline::sort_by_span(&mut out, |f| (f.range.start, 0));
    let latin = out.len();
    // One pass over the chars for both GBK rules (each char encoded once): in each region,
    // the UTF-8-read-as-GBK repairs, then the shifted reading of each of its runs that no
    // repair of the two rules before took. Its fixes lie inside the region (so only those
    // and the Latin ones can overlap a run of it); the Latin fixes are in order and do not
    // overlap, and the runs come in order: a pointer. No fix of one rule starts where one
    // of another does (a run that a fix overlaps is skipped; the debris before a run is
    // ASCII, in no region, and no Latin fix starts at it), and the Latin ones come first:
    // the stable sort below orders them as it did when the rules ran one after the other.
    let mut t = 0;
    let mut counts = (0, 0);
    for_each_byte_region(text, damaged, count.then_some(&mut counts), |r| {
        let first = out.len();
        utf8_in_gbk(text, r, &sides, &mut out);
        let last = out.len();
        for_each_gbk_run(r, |run| {
            while t < latin && out[t].range.end <= run.start {
                t += 1;
            }
            let overlaps = |f: &Fix| f.range.start < run.end && f.range.end > run.start;
            if (t < latin && out[t].range.start < run.end) || out[first..last].iter().any(overlaps)
            {
                return;
            }
            shifted_gbk(text, run, &sides, &mut out);
        });
    });
    // (the counts of every char now)
    if count {
        let side = side_of(counts);
        debug_assert!(sides.side.get().map_or(true, |s| s == side));
        sides.side.set(Some(side));
    }
    // Big5 read as GBK: its repairs take the place of any other rule's there
    let mut big5 = Vec::new();
    big5_in_gbk(text, &mut big5);
    if !big5.is_empty() {
        out.retain(|f| {
            !big5
                .iter()
                .any(|b| b.range.start < f.range.end && f.range.start < b.range.end)
        });
        out.extend(big5);
    }
    crate::pipeline::sort_by_span(&mut out, |f| (f.range.start, 0));
    let mut extra = Vec::new();
    lost_with_reading(text, &sides, &out, &mut extra);
    out.extend(extra);
    crate::pipeline::sort_by_span(&mut out, |f| (f.range.start, 0));
    // Non-overlapping, in order; each replacement already in the form the later passes
    // leave (no control characters, ASCII digits), so that no later pass edits inside it.
    let mut kept: Vec<Fix> = Vec::with_capacity(out.len());
    for mut f in out {
        // Debris (`?`, a reading) that two repairs both claim goes to the first.
        if let Some(l) = kept.last() {
            if l.range.end > f.range.start
                && l.range.end < f.range.end
                && text.is_char_boundary(l.range.end)
            {
                if text[f.range.start..l.range.end].chars().all(|c| !is_han(c)) {
                    f.range.start = l.range.end;
                    f.parts = Vec::new();
                }
            }
        }
        if kept.last().map_or(true, |l| l.range.end <= f.range.start) {
            let w = super::width::fixes(&f.replacement);
            if !w.is_empty() {
                let whole = apply_fixes(&f.replacement, &w);
                if !f.parts.is_empty() {
                    // each part on its own (the width rules change a char at a time), kept
                    // when that gives the same text
                    let mut rep = String::with_capacity(whole.len());
                    let mut o = 0;
                    for p in f.parts.iter_mut() {
                        let piece = &f.replacement[o..o + p.1 as usize];
                        o += p.1 as usize;
                        let pw = super::width::fixes(piece);
                        let len = rep.len();
                        if pw.is_empty() {
                            rep.push_str(piece);
                        } else {
                            rep.push_str(&apply_fixes(piece, &pw));
                        }
                        p.1 = (rep.len() - len) as u32;
                    }
                    if rep != whole {
                        f.parts = Vec::new();
                    }
                }
                f.replacement = whole;
            }
            kept.push(f);
        }
    }
    (kept, count.then_some(counts))
}

/// A warning when the text still holds the marks of lost characters (U+FFFD, 锟斤拷, or
/// `?` glued between Han characters).
pub fn lost_text_warning(text: &str) -> Option<String> {
    // memchr searches: only the U+FFFD and the `?` are looked at
    let mut count = text.matches(LOST).count();
    let mut from = 0;
    while let Some(k) = text[from..].find('?') {
        let i = from + k;
        let prev = text[..i].chars().next_back();
        let next = text[i + 1..].chars().next();
        count += (prev.is_some_and(is_han) && next.is_some_and(is_han)) as usize;
        from = i + 1;
    }
    count += text.matches("锟斤拷").count();
    (count > 0).then(|| format!("{count} place(s) where characters were lost in a wrong decoding could not be repaired (marked �)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(s: &str) -> String {
        let mut out = String::new();
        let mut at = 0;
        for f in fixes(s) {
            out.push_str(&s[at..f.range.start]);
            out.push_str(&f.replacement);
            at = f.range.end;
        }
        out.push_str(&s[at..]);
        out
    }

    /// GBK bytes of a string (every char must have a code, or be ASCII).
    fn gbk(s: &str) -> Vec<u8> {
        let mut v = Vec::new();
        for c in s.chars() {
            if c.is_ascii() {
                v.push(c as u8);
            } else {
                v.extend(GBK.encode(c).expect("GBK char"));
            }
        }
        v
    }

    /// Decodes bytes as GBK the way Python's codec does: an invalid pair becomes U+FFFD and
    /// only its first byte is consumed; an ASCII byte stands alone.
    fn from_gbk(b: &[u8]) -> String {
        let mut s = String::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] < 0x80 {
                s.push(b[i] as char);
                i += 1;
            } else if i + 1 < b.len() {
                match GBK.decode(b[i], b[i + 1]) {
                    Some(c) => {
                        s.push(c);
                        i += 2;
                    }
                    None => {
                        s.push(LOST);
                        i += 1;
                    }
                }
            } else {
                s.push(LOST);
                i += 1;
            }
        }
        s
    }

    #[test]
    fn utf8_read_as_latin1_or_cp1252() {
        let clean = "你好，世界";
        let latin1: String = clean.bytes().map(|b| b as char).collect();
        assert_eq!(apply(&format!("标题：{latin1}!")), "标题：你好，世界!");
        assert_eq!(apply("ä½ å¥½"), "你好");
        // Encoded twice.
        assert_eq!(apply("Ã¤Â¸Â\u{ad}æ–‡"), "中文");
        // A sequence whose last byte was dropped: marked lost.
        assert_eq!(apply("é‡‘é¢2024"), format!("金{LOST}2024"));
        assert_eq!(apply("â€â€œ"), format!("{LOST}“"));
        // Real Latin text stays.
        assert_eq!(apply("Café São Paulo, naïve Ã"), "Café São Paulo, naïve Ã");
    }

    #[test]
    fn utf8_read_as_gbk() {
        assert_eq!(apply("浣犲ソ"), "你好");
        for clean in [
            "鞍山钢铁召开座谈会",
            "中华人民共和国成立七十周年",
            "经济发展",
        ] {
            let garbled = from_gbk(clean.as_bytes());
            assert_ne!(garbled, clean);
            let fixed: Vec<char> = apply(&format!("今天{garbled}。")).chars().collect();
            let want: Vec<char> = format!("今天{clean}。").chars().collect();
            assert_eq!(fixed.len(), want.len(), "{garbled} -> {fixed:?}");
            // Every character is right or marked lost, and most are right.
            let lost = fixed.iter().zip(&want).filter(|(a, b)| {
                assert!(*a == *b || **a == LOST, "{garbled} -> {fixed:?}");
                **a == LOST
            });
            assert!(lost.count() * 3 <= want.len(), "{fixed:?}");
        }
    }

    #[test]
    fn gbk_one_byte_out_of_step() {
        // Encode clean text to GBK, lose one byte, decode: the decoder is out of step up to
        // the next ASCII byte.
        let clean = "今年在當地行業標桿企業的帶動下,群眾生活明顯改善。";
        let mut b = gbk(clean);
        let at = gbk("今年在當").len(); // the lead byte of 地
        b.remove(at);
        let garbled = from_gbk(&b);
        let fixed = apply(&garbled);
        assert!(
            fixed.contains("行業標桿企業的帶動下"),
            "{garbled} -> {fixed}"
        );
        assert!(fixed.contains("群眾生活明顯改善"), "{fixed}");
        // A simplified one.
        let clean = "我们要加强日常管理和调度,并制定标准。";
        let mut b = gbk(clean);
        b.remove(gbk("我们要").len() + 1);
        let garbled = from_gbk(&b);
        let fixed = apply(&garbled);
        assert!(fixed.contains("强日常管理和调"), "{garbled} -> {fixed}");
    }

    #[test]
    fn gazetteer_names_a_split_character() {
        // The lead byte of a place's first character is lost, and so is the trail byte of
        // the character after the place, whose reading follows in the text: the decoder is
        // out of step over the place. The trail byte left of the first character and the
        // place it starts with the next one (a gazetteer name, not a common word) tell.
        for (before, place, next, reading) in [
            ("會議認真落實了", "喀什地委", "對", "duì"),
            ("记者走访了新疆", "喀什市民", "的", "de"),
            ("记者来到新疆", "库车县", "的", "de"),
        ] {
            let mut b = gbk(before);
            b.extend(&gbk(place)[1..]);
            b.push(gbk(next)[0]);
            let garbled = format!("{}?{reading})察工作", from_gbk(&b));
            let fixed = apply(&garbled);
            assert!(fixed.contains(place), "{garbled} -> {fixed}");
        }
    }

    #[test]
    fn lost_characters_are_marked_or_guessed() {
        // A character lost with the `(` of its reading: the reading and a common word tell.
        let fixed = apply("要?chuàng)新工作模式");
        assert_eq!(fixed, "要创新工作模式");
        let fixed = apply("要?jiǎng)?chuàng)新");
        assert!(fixed.starts_with('要') && fixed.contains(LOST), "{fixed}");
        assert!(lost_text_warning(&fixed).is_some());
    }

    /// The runs are cut from the regions: U+FFFD, which a region holds as an unknown byte,
    /// must have no GBK code, or a run would have held it. And the pass that builds the
    /// regions counts the script of every char but U+FFFD, which counts as neither.
    #[test]
    fn lost_mark_has_no_gbk_code_and_no_script() {
        assert_eq!(GBK.encode(LOST), None);
        let (mut t, mut s) = (0, 0);
        count_script(LOST, &mut t, &mut s);
        assert_eq!((t, s), (0, 0));
    }

    /// The shortcuts of the GBK rules change no result: text read out of step after a byte
    /// lost at every position, with and without marks of the loss, repaired with and
    /// without them.
    #[test]
    fn shortcuts_change_nothing() {
        let mut samples: Vec<String> = Vec::new();
        for clean in [
            "今年在當地行業標桿企業的帶動下,群眾生活明顯改善。",
            "我们要加强日常管理和调度,并制定标准。",
            "鞍山钢铁召开援疆帮扶、省内乡村振兴干部座谈会，深入贯彻落实。",
        ] {
            let b = gbk(clean);
            for at in 0..b.len() {
                let mut lost = b.clone();
                lost.remove(at);
                let g = from_gbk(&lost);
                samples.push(format!("标题{g}。"));
                samples.push(format!("??{g}"));
                samples.push(format!("{g}?shù)新"));
                let mut q = lost.clone();
                q.insert(at, b'?');
                samples.push(from_gbk(&q));
            }
        }
        for clean in [
            "鞍山钢铁召开座谈会",
            "中华人民共和国成立七十周年",
            "经济发展",
        ] {
            samples.push(format!("今天{}。", from_gbk(clean.as_bytes())));
        }
        samples.extend(
            [
                "浣犲ソ",
                "要?chuàng)新工作模式",
                "要?jiǎng)?chuàng)新",
                "ä½ å¥½",
            ]
            .map(String::from),
        );
        // The same inside long regions of clean text (no ASCII char around them): the test
        // that skips a region that neither GBK rule can repair must let them through.
        let clean =
            "鞍山钢铁召开援疆帮扶、省内乡村振兴干部座谈会，深入贯彻落实习近平总书记重要指示，\
            喀什地委对帮扶工作发来感谢信；塔县县委将鞍钢帮扶飞地产业园的建设经验评价为“鞍钢标准”。";
        let long: Vec<String> = samples
            .iter()
            .map(|s| format!("{clean}{s}{clean}"))
            .collect();
        assert!(long.iter().filter(|s| !fixes(s).is_empty()).count() > 50);
        samples.extend(long);
        for s in &samples {
            let fast = fixes(s);
            GATED.with(|g| g.set(false));
            let slow = fixes(s);
            GATED.with(|g| g.set(true));
            assert_eq!(fast, slow, "{s}");
        }
        // (the samples do reach the repairs)
        assert!(samples.iter().filter(|s| !fixes(s).is_empty()).count() > 50);
    }

    /// [`pick`] as it was before it computed the per-call parts once: the reference.
    fn pick_reference(
        cands: &[char],
        prev: Option<char>,
        next: Option<char>,
        reading: Option<&str>,
        side: Side,
    ) -> Option<(char, f32)> {
        let mut top: Option<(i32, char)> = None;
        let mut second = i32::MIN / 2;
        for &c in cands {
            if !is_han(c) || script_penalty(c, side) > 0 {
                continue;
            }
            let mut evidence = 0;
            if let Some(r) = reading {
                if !reading_matches(c, r) {
                    continue;
                }
                evidence += 1;
            }
            let mut s = level(c);
            if prev.is_some_and(|p| is_word(p, c)) {
                s += 12;
                evidence += 1;
            }
            // (a place of the gazetteer with either neighbour counts as a word with the next)
            let is_place = |a: char, b: char| {
                crate::lexicon::dict()
                    .place(&format!("{}{}", fold_char(a), fold_char(b)))
                    .is_some()
            };
            let place =
                next.is_some_and(|n| is_place(c, n)) || prev.is_some_and(|p| is_place(p, c));
            if next.is_some_and(|n| is_word(c, n)) || place {
                s += 12;
                evidence += 1;
            }
            if evidence > 0 {
                match top {
                    Some((bs, bc)) if s < bs || (s == bs && c >= bc) => second = second.max(s),
                    Some((bs, _)) => {
                        second = second.max(bs);
                        top = Some((s, c));
                    }
                    None => top = Some((s, c)),
                }
            }
        }
        let (best, c) = top?;
        let margin = best - second;
        if best < 14 || margin < 4 {
            return None;
        }
        let conf = (0.5 + margin as f32 / 30.0).min(0.95);
        Some((c, conf))
    }

    /// True when `c` (through its simplified form) reads `reading` (tone marks as written).
    fn reads(c: char, reading: &str) -> bool {
        readings(fold_char(c)).is_some_and(|rs| rs.iter().any(|r| *r == reading))
    }

    /// A reading with tone numbers or none matches by its toneless form.
    fn reading_matches(c: char, reading: &str) -> bool {
        if reads(c, reading) {
            return true;
        }
        let Some((base, _)) = syllable(reading) else {
            return false;
        };
        readings(fold_char(c)).is_some_and(|rs| {
            rs.iter()
                .any(|r| syllable(r).is_some_and(|(b, _)| b == base))
        })
    }

    #[test]
    fn pick_as_the_reference() {
        let sides = [Side::Simplified, Side::Traditional, Side::Unknown];
        let readings = [
            None,
            Some("chuàng"),
            Some("chuang4"),
            Some("chuang"),
            Some("jiǎng"),
            Some("duì"),
            Some("shù"),
            Some("xyz"),
        ];
        let neighbours = [
            None,
            Some('要'),
            Some('新'),
            Some('工'),
            Some('業'),
            Some('的'),
            Some('什'),
            Some('車'),
        ];
        let mut picked = 0;
        for lead in [0xB4u8, 0xBD, 0xCA, 0xD0, 0xB6, 0x98, 0xC9, 0xA6, 0xE2] {
            let mut cands: Vec<char> = GBK.with_lead(lead).collect();
            cands.extend(GBK.with_trail(lead));
            for side in sides {
                for r in readings {
                    for p in neighbours {
                        for n in neighbours {
                            let got = pick(&cands, p, n, r, side);
                            assert_eq!(got, pick_reference(&cands, p, n, r, side));
                            picked += got.is_some() as usize;
                        }
                    }
                }
            }
        }
        assert!(picked > 20, "{picked}");
    }

    #[test]
    fn clean_text_is_left_alone() {
        for s in [
            "鞍山钢铁召开援疆帮扶、省内乡村振兴干部座谈会，深入贯彻落实习近平总书记重要指示。",
            "喀什地委对帮扶工作发来感谢信；塔县县委将鞍钢帮扶飞地产业园的建设经验评价为“鞍钢标准”。",
            "鞍山鋼鐵無償幫扶投入1830萬元，完成幫扶項目15個。",
            "Ω、α、β粒子和κ介子；ＡＢＣ公司（日本）の製品",
            "他问：这是真的吗?我不知道。",
            "比分为９９∶１。",
            "Слово欧元，Ελληνικά和日本語のテキスト",
        ] {
            assert!(fixes(s).is_empty(), "{s}: {:?}", fixes(s));
        }
    }
}
