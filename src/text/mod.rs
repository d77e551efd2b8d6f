//! Stage 1, repair: turns the pasted string into clean text plus an [`OffsetMap`] back to
//! the input.
//!
//! Each pass looks at the text left by the passes before it and proposes [`Fix`]es; the
//! driver applies them as one layer of the offset map and records each as a [`Repair`] in
//! input coordinates. A pass that finds nothing costs one scan and no copy.

pub mod any_char;
pub mod markup;
pub mod mojibake;
pub mod multi;
pub mod offsets;
pub mod pinyin;
pub mod script;
pub mod tables;
pub mod width;
pub mod wrap;

use crate::model::{Repair, RepairKind, Script};
use offsets::{apply_edits, Edit, OffsetMap};
use std::ops::Range;

/// One change a pass proposes, in the coordinates of the text the pass was given.
#[derive(Debug, Clone, PartialEq)]
pub struct Fix {
    pub range: Range<usize>,
    pub replacement: String,
    pub kind: RepairKind,
    /// For a guessed character: how sure the pass is.
    pub confidence: Option<f32>,
    /// A repair of many characters each decoded on its own (mojibake): the bytes of each
    /// part in `range` and in `replacement`, in order, so that a mention inside it maps to
    /// its own pasted characters rather than to the whole stretch. Empty: one part.
    pub parts: Vec<(u32, u32)>,
}

impl Fix {
    pub fn new(range: Range<usize>, replacement: impl Into<String>, kind: RepairKind) -> Self {
        Fix {
            range,
            replacement: replacement.into(),
            kind,
            confidence: None,
            parts: Vec::new(),
        }
    }
}

/// What the text stage hands on.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// The repaired text.
    pub text: String,
    /// `text` folded char for char to simplified Chinese, with the same byte offsets;
    /// dictionaries match on it.
    pub fold: String,
    /// Repaired-text byte offsets to input byte offsets.
    pub map: OffsetMap,
    /// Every change, with input byte offsets.
    pub repairs: Vec<Repair>,
    pub warnings: Vec<String>,
    pub script: Script,
}

/// The passes, in order. Each takes the current text and proposes sorted, non-overlapping
/// fixes.
///
/// HTML references and tags go first (`&nbsp;` is a space to every later pass). Invisible
/// characters that no mis-decoding produces come next, so they cannot split a
/// garbled run or a reading. Mojibake comes next: it reads the bytes behind C1 controls
/// and no-break spaces (which the width pass would drop) and uses pinyin readings as
/// evidence for lost characters.
const PASSES: &[fn(&str) -> Vec<Fix>] = &[
    markup::fixes,
    width::invisible_fixes,
    mojibake::fixes,
    width::fixes,
    pinyin::fixes,
    wrap::fixes,
];
/// The index of [`mojibake::fixes`] in [`PASSES`]: the driver calls
/// [`mojibake::fixes_counted`] there, which also gives the script counts of its text.
const MOJIBAKE_PASS: usize = 2;

/// Rounds of all the passes at most (each round after the first only when the one before
/// changed something).
const ROUNDS: usize = 3;

/// Runs every repair pass over `input`.
pub fn repair(input: &str) -> Cleaned {
    let mut map = OffsetMap::new();
    let mut repairs = Vec::new();
    let mut text: Option<String> = None;
    // The script counts of the input, from the mojibake pass of the first round when no
    // pass before it changed the text: the repaired text has them too when no pass
    // changes anything at all.
    let mut input_counts: Option<(usize, usize)> = None;
    // A later pass can make work for an earlier one (dropped controls or a removed reading
    // join two characters into mojibake), so the passes run again while they find
    // something: the repaired text then needs no repair. Clean text takes one round.
    // The last pass that changed the text in the round before: in a round where no pass
    // before it changed anything, the passes after it see the very text they found nothing
    // in last round, and the round ends there (the passes are functions of the text).
    let mut last_change: Option<usize> = None;
    for round in 0..ROUNDS {
        let mut changed = false;
        let before = last_change.take();
        for (pi, pass) in PASSES.iter().enumerate() {
            if !changed && before.is_some_and(|l| pi > l) {
                break;
            }
            let current: &str = text.as_deref().unwrap_or(input);
            let found = if pi == MOJIBAKE_PASS {
                // (the counts only where they are kept: the script of a changed text is
                // counted again on the repaired text)
                let first = round == 0 && text.is_none();
                let (found, counts) = mojibake::fixes_counted(current, first);
                if first {
                    input_counts = counts;
                }
                found
            } else {
                pass(current)
            };
            let fixes = coalesce_dense(current, found);
            if fixes.is_empty() {
                continue;
            }
            changed = true;
            last_change = Some(pi);
            for f in &fixes {
                let r = map.map_range(f.range.clone());
                repairs.push(Repair {
                    start: r.start,
                    end: r.end,
                    kind: f.kind,
                    original: input.get(r.clone()).unwrap_or_default().to_string(),
                    replacement: f.replacement.clone(),
                    // Two decimals, in f64: an f32 prints as 0.6333333134651184 in JS.
                    confidence: f.confidence.map(|c| (f64::from(c) * 100.0).round() / 100.0),
                });
            }
            let edits: Vec<Edit> = fixes
                .into_iter()
                .map(|f| Edit {
                    range: f.range,
                    replacement: f.replacement,
                    parts: f.parts,
                })
                .collect();
            let (next, layer) = apply_edits(current, &edits);
            map.push(layer);
            text = Some(next);
        }
        if !changed {
            break;
        }
    }
    // (the counts are those of the input: only good for a text no pass changed)
    let counts = if text.is_none() { input_counts } else { None };
    let text = text.unwrap_or_else(|| input.to_string());
    crate::pipeline::sort_by_span(&mut repairs, |r| (r.start, r.end));
    let repairs = merge_overlapping(input, &text, &map, repairs);
    let mut warnings = Vec::new();
    for r in repairs.iter().filter(|r| r.kind == RepairKind::Mojibake) {
        if let Some(c) = r.confidence {
            warnings.push(format!(
                "guessed lost characters: \"{}\" repaired as \"{}\" (confidence {})",
                r.original,
                r.replacement,
                two_decimals(c as f32)
            ));
        }
    }
    if let Some(w) = mojibake::lost_text_warning(&text) {
        warnings.push(w);
    }
    let (fold, script) = script::fold_and_detect_counted(&text, counts);
    Cleaned {
        text,
        fold,
        map,
        repairs,
        warnings,
        script,
    }
}

/// Fixes closer than this many bytes are one fix when a pass finds them densely.
const DENSE_GAP: usize = 32;

/// Text that is mostly debris (a control character every few bytes) would get a repair
/// record, an offset-map entry and two strings for each character, many times the input in
/// memory (issue 7 holds the peak to about 20×). When a pass proposes more than 4,096 fixes
/// and more than one per 32 bytes, fixes less than [`DENSE_GAP`] bytes apart become one fix
/// over the stretch they span, the unchanged text between them carried into its
/// replacement. Ordinary text, even with many repairs, is untouched by this.
fn coalesce_dense(text: &str, fixes: Vec<Fix>) -> Vec<Fix> {
    if fixes.len() <= 4096 || fixes.len() * DENSE_GAP <= text.len() {
        return fixes;
    }
    let mut out: Vec<Fix> = Vec::with_capacity(text.len() / DENSE_GAP + 1);
    for f in fixes {
        match out.last_mut() {
            Some(last)
                if f.range.start >= last.range.end
                    && f.range.start - last.range.end < DENSE_GAP =>
            {
                last.replacement
                    .push_str(&text[last.range.end..f.range.start]);
                last.replacement.push_str(&f.replacement);
                last.range.end = f.range.end;
                last.parts = Vec::new();
                last.confidence = match (last.confidence, f.confidence) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
            }
            _ => out.push(f),
        }
    }
    out
}

/// Repairs of a later round that reach into an earlier one (a second mojibake round that
/// decodes part of a first round's output with its neighbours) overlap it in the input: each
/// such group becomes one repair, the input stretch it covers and the repaired text that
/// stands for it, with the kind of its widest member and the lowest confidence. Other
/// repairs stay as they are. `repairs` is sorted by (start, end).
fn merge_overlapping(
    input: &str,
    text: &str,
    map: &OffsetMap,
    repairs: Vec<Repair>,
) -> Vec<Repair> {
    if repairs.windows(2).all(|w| w[1].start >= w[0].end) {
        return repairs;
    }
    let mut out: Vec<Repair> = Vec::with_capacity(repairs.len());
    let mut group: Vec<Repair> = Vec::new();
    let flush = |group: &mut Vec<Repair>, out: &mut Vec<Repair>| {
        if group.len() <= 1 {
            out.append(group);
            return;
        }
        let start = group.iter().map(|r| r.start).min().unwrap_or(0);
        let end = group.iter().map(|r| r.end).max().unwrap_or(start);
        // The repaired stretch: from the first position that maps at or after `start` to
        // the first one that maps at or after `end` (the map is monotonic; `map_start`, as a
        // removal right after the stretch, which `map_end` would give to it, is not in it).
        let mut a = partition(text.len() + 1, |p| map.map_start(p) < start);
        while a < text.len() && !text.is_char_boundary(a) {
            a += 1;
        }
        let mut b = partition(text.len() + 1, |p| map.map_start(p) < end).max(a);
        while b > a && !text.is_char_boundary(b) {
            b -= 1;
        }
        let widest = group
            .iter()
            .max_by_key(|r| r.end - r.start)
            .map_or(RepairKind::Mojibake, |r| r.kind);
        let confidence = group.iter().filter_map(|r| r.confidence).reduce(f64::min);
        out.push(Repair {
            start,
            end,
            kind: widest,
            original: input.get(start..end).unwrap_or_default().to_string(),
            replacement: text.get(a..b).unwrap_or_default().to_string(),
            confidence,
        });
        group.clear();
    };
    let mut group_end = 0;
    for r in repairs {
        if !group.is_empty() && r.start >= group_end {
            flush(&mut group, &mut out);
        }
        group_end = if group.is_empty() {
            r.end
        } else {
            group_end.max(r.end)
        };
        group.push(r);
    }
    flush(&mut group, &mut out);
    out
}

/// The first `p` in `0..n` for which `before(p)` is false (`before` true then false).
fn partition(n: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// True for the characters of the CJK Unified Ideographs blocks (BMP and astral).
#[inline]
pub fn is_han(c: char) -> bool {
    // the common block first: one test for most chars of Chinese text (and again below:
    // without it there, the compiled test measured slower)
    (c as u32).wrapping_sub(0x4E00) < 0x5200
        || matches!(c,
        '\u{4E00}'..='\u{9FFF}'   // URO
        | '\u{3400}'..='\u{4DBF}' // Ext A
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{20000}'..='\u{3134F}' // Ext B..H
        | '〇')
}

/// `format!("{:.2}", v)`, written out: the only float formatted with `{}` in the library,
/// and core's float formatting (Grisu and Dragon, exact and shortest) was 19 KB of the wasm
/// module (issue 8). The same digits (a test compares): `v` × 100 is exact in f64 (24 bits
/// times 7), rounded half to even as core rounds an exact decimal tie.
pub fn two_decimals(v: f32) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v.is_infinite() {
        return format!("{sign}inf");
    }
    let v = v.abs();
    if v >= 16_777_216.0 {
        // a whole number (from 2^24 on): its 24-bit mantissa doubled as many times as the
        // exponent says, in decimal digits (little-endian; no u128 formatting in the module)
        let bits = v.to_bits();
        let mut digits: Vec<u8> = (bits & 0x7F_FFFF | 0x80_0000)
            .to_string()
            .bytes()
            .rev()
            .map(|d| d - b'0')
            .collect();
        for _ in 0..(bits >> 23 & 0xFF) - 150 {
            let mut carry = 0;
            for d in &mut digits {
                let x = *d * 2 + carry;
                *d = x % 10;
                carry = x / 10;
            }
            if carry > 0 {
                digits.push(carry);
            }
        }
        let whole: String = digits.iter().rev().map(|&d| char::from(b'0' + d)).collect();
        return format!("{sign}{whole}.00");
    }
    let hundredths = (f64::from(v) * 100.0).round_ties_even() as u64;
    format!("{sign}{}.{:02}", hundredths / 100, hundredths % 100)
}

#[cfg(test)]
mod tests {
    #[test]
    fn two_decimals_as_core_formats() {
        let check = |v: f32| {
            assert_eq!(
                super::two_decimals(v),
                format!("{v:.2}"),
                "{v:e} {:#x}",
                v.to_bits()
            )
        };
        // every float of the confidences' range [0.5, 1] and around it, then a spread of bit
        // patterns over the whole range, and the special values
        for bits in 0.4f32.to_bits()..=1.01f32.to_bits() {
            check(f32::from_bits(bits));
        }
        let mut x = 0x9E37_79B9u32;
        for _ in 0..300_000 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            check(f32::from_bits(x));
        }
        for v in [
            0.0,
            -0.0,
            0.005,
            0.015,
            0.125,
            0.375,
            2.675,
            1e-45,
            f32::MAX,
            f32::MIN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
            16_777_216.0,
            16_777_215.5,
        ] {
            check(v);
        }
    }

    use super::*;

    #[test]
    fn clean_text_is_untouched() {
        let s = "2024年，鞍山钢铁无偿帮扶投入1830万元，完成帮扶项目15个。";
        let c = repair(s);
        assert_eq!(c.text, s);
        assert!(c.repairs.is_empty());
        assert!(c.map.is_identity());
    }

    /// A second mojibake round that decodes part of the first round's output with what
    /// follows gives one repair for the whole stretch, not two overlapping ones.
    #[test]
    fn repairs_of_later_rounds_do_not_overlap() {
        for s in [
            "æ\u{85}\u{83}æ£½搅(bī)??",
            "标题：æ\u{85}\u{83}æ£½搅(bī)??完",
            "æ\u{85}\u{83}æ£½搅(bī)??\næ\u{85}\u{83}æ£½搅??",
            // A removed control inside a repaired stretch, another right after it.
            "??κ驳匚瘜?duì)\u{200b}\u{7f}",
            "??κ驳匚瘜?duì)\0\r\n",
            "ä¸\u{80}\0\u{7f}",
        ] {
            let c = repair(s);
            let mut rebuilt = String::new();
            let mut at = 0;
            for r in &c.repairs {
                assert!(r.start >= at, "{s:?}: overlapping repairs {:?}", c.repairs);
                assert_eq!(&s[r.start..r.end], r.original);
                rebuilt.push_str(&s[at..r.start]);
                rebuilt.push_str(&r.replacement);
                at = r.end;
            }
            rebuilt.push_str(&s[at..]);
            assert_eq!(rebuilt, c.text, "{s:?}");
        }
    }

    #[test]
    fn dense_debris_gives_few_repairs_and_the_same_text() {
        let unit = "\u{FEFF}\0\u{200B}中\u{202E}\r";
        let input = unit.repeat(20_000);
        let c = repair(&input);
        assert_eq!(c.text, "中\n".repeat(20_000));
        assert!(
            c.repairs.len() * 32 <= input.len(),
            "{} repairs for {} bytes",
            c.repairs.len(),
            input.len()
        );
        // Every repair still says what it replaced, and spans tile the changes.
        for r in &c.repairs {
            assert_eq!(r.original, input[r.start..r.end]);
        }
        // A few repairs are kept one by one.
        let c = repair(&unit.repeat(10));
        assert_eq!(c.text, "中\n".repeat(10));
        assert!(c.repairs.len() >= 20, "{}", c.repairs.len());
    }

    #[test]
    fn repairs_point_at_the_input() {
        let s = "投入1830萬(wàn)元\r\n完成";
        let c = repair(s);
        assert_eq!(c.text, "投入1830萬元\n完成");
        for r in &c.repairs {
            assert_eq!(&s[r.start..r.end], r.original);
        }
        assert!(c
            .repairs
            .iter()
            .any(|r| r.kind == RepairKind::PinyinAnnotation && r.original == "(wàn)"));
    }
}
