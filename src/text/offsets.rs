//! OffsetMap: from a byte offset in the repaired text back to the pasted input.
//!
//! Each repair pass rewrites the text through a list of non-overlapping [`Edit`]s and adds
//! one [`Layer`]; mapping walks the layers from the last back to the input. Between edits
//! the text is copied, so offsets shift by a constant. A position inside a replaced stretch
//! widens to the whole stretch (a mention never splits a repair), unless the edit is made
//! of parts replaced side by side (mojibake decoded char by char, [`Edit::parts`]): then to
//! its part. A removal right after a mention's last character belongs to it (the reading
//! `(huì)` goes with 會).
//!
//! [`UnitConverter`] then turns input byte offsets into `char` or UTF-16 offsets.

use crate::model::OffsetUnit;
use std::ops::Range;

/// One replaced stretch of a layer: `src` in the layer's input became `out` in its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    out_start: usize,
    out_end: usize,
    src_start: usize,
    src_end: usize,
}

/// One repair pass: its replaced stretches, sorted.
#[derive(Debug, Clone, Default)]
pub struct Layer {
    pieces: Vec<Piece>,
}

impl Layer {
    /// Index of the last piece with `out_start <= p`.
    fn last_at_or_before(&self, p: usize) -> Option<&Piece> {
        let i = self.pieces.partition_point(|x| x.out_start <= p);
        i.checked_sub(1).map(|i| &self.pieces[i])
    }

    fn map_start(&self, p: usize) -> usize {
        match self.last_at_or_before(p) {
            None => p,
            Some(x) if p >= x.out_end => x.src_end + (p - x.out_end),
            Some(x) => x.src_start,
        }
    }

    fn map_end(&self, p: usize) -> usize {
        match self.last_at_or_before(p) {
            None => p,
            Some(x) if p >= x.out_end => x.src_end + (p - x.out_end),
            Some(x) if p == x.out_start => {
                // p ends before a non-empty replacement; the copied stretch before it maps 1:1.
                x.src_start
            }
            Some(x) => x.src_end,
        }
    }
}

/// A change to make in one pass: replace `range` of the pass's input by `replacement`.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub range: Range<usize>,
    pub replacement: String,
    /// Parts replaced side by side (bytes in `range`, bytes in `replacement`): a piece
    /// each, so that a position inside maps to its own part. Empty: one piece.
    pub parts: Vec<(u32, u32)>,
}

/// Applies sorted, non-overlapping edits to `text`; returns the new text and its layer.
/// Edits that overlap an earlier one, or fall off char boundaries, are skipped.
pub fn apply_edits(text: &str, edits: &[Edit]) -> (String, Layer) {
    let mut out = String::with_capacity(text.len());
    let mut pieces: Vec<Piece> = Vec::with_capacity(edits.len());
    let mut copied_to = 0;
    for e in edits {
        let r = e.range.clone();
        if r.start < copied_to
            || r.end < r.start
            || r.end > text.len()
            || !text.is_char_boundary(r.start)
            || !text.is_char_boundary(r.end)
        {
            continue;
        }
        out.push_str(&text[copied_to..r.start]);
        let out_start = out.len();
        out.push_str(&e.replacement);
        // Adjacent edits stay apart: merging them would widen a mention that touches one
        // edit to its neighbour too ("\r１２３" -> "\n123": the paragraph "123" must not
        // take the "\r" before it).
        let (src_sum, out_sum) = e
            .parts
            .iter()
            .fold((0, 0), |(a, b), &(s, o)| (a + s as usize, b + o as usize));
        if !e.parts.is_empty() && src_sum == r.len() && out_sum == e.replacement.len() {
            let (mut s, mut o) = (r.start, out_start);
            for &(sl, ol) in &e.parts {
                let (sl, ol) = (sl as usize, ol as usize);
                // (a part copied as it is needs no piece)
                if text.get(s..s + sl) != out.get(o..o + ol) {
                    pieces.push(Piece {
                        out_start: o,
                        out_end: o + ol,
                        src_start: s,
                        src_end: s + sl,
                    });
                }
                s += sl;
                o += ol;
            }
        } else {
            pieces.push(Piece {
                out_start,
                out_end: out.len(),
                src_start: r.start,
                src_end: r.end,
            });
        }
        copied_to = r.end;
    }
    out.push_str(&text[copied_to..]);
    (out, Layer { pieces })
}

/// Maps byte offsets in the repaired text to byte offsets in the pasted input.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    layers: Vec<Layer>,
}

impl OffsetMap {
    pub fn new() -> Self {
        OffsetMap::default()
    }

    /// Adds a pass on top of the others; empty layers are dropped.
    pub fn push(&mut self, layer: Layer) {
        if !layer.pieces.is_empty() {
            self.layers.push(layer);
        }
    }

    pub fn is_identity(&self) -> bool {
        self.layers.is_empty()
    }

    /// Input offset of a mention that starts at `p` in the repaired text.
    pub fn map_start(&self, p: usize) -> usize {
        self.layers.iter().rev().fold(p, |p, l| l.map_start(p))
    }

    /// Input offset of a mention that ends at `p` in the repaired text.
    pub fn map_end(&self, p: usize) -> usize {
        self.layers.iter().rev().fold(p, |p, l| l.map_end(p))
    }

    /// Input range of a range of the repaired text. An empty range stays empty.
    pub fn map_range(&self, r: Range<usize>) -> Range<usize> {
        if r.start == r.end {
            let s = self.map_start(r.start);
            return s..s;
        }
        let s = self.map_start(r.start);
        let e = self.map_end(r.end);
        s..e.max(s)
    }
}

/// Converts byte offsets of one string into chars or UTF-16 units, in O(1) amortised per
/// offset: counts are kept at checkpoints every [`UnitConverter::STEP`] bytes.
pub struct UnitConverter<'a> {
    text: &'a str,
    unit: OffsetUnit,
    /// (chars, utf16 units) before byte `i * STEP`.
    marks: Vec<(u32, u32)>,
}

impl<'a> UnitConverter<'a> {
    /// (64: a conversion counts 32 bytes on average; the marks take 8 bytes per 64 of text)
    const STEP: usize = 64;

    pub fn new(text: &'a str, unit: OffsetUnit) -> Self {
        let mut marks = Vec::new();
        if unit != OffsetUnit::Byte {
            marks.reserve(text.len() / Self::STEP + 1);
            // The mark of byte k*STEP holds the counts before the first char that starts
            // at or after it: those of the bytes before k*STEP, since the bytes between are
            // continuation bytes. Counted on the bytes, a block at a time (no decoding): a
            // char per byte that is not a continuation byte, a second UTF-16 unit per
            // four-byte char.
            let (mut chars, mut units) = (0u32, 0u32);
            marks.push((0, 0));
            for block in text.as_bytes().chunks_exact(Self::STEP) {
                let (n, four) = counts(block);
                chars += n;
                units += n + four;
                marks.push((chars, units));
            }
        }
        UnitConverter { text, unit, marks }
    }

    /// The offset of byte `b` in the chosen unit. `b` is clamped to the text and moved
    /// back to a char boundary.
    pub fn convert(&self, b: usize) -> usize {
        let mut b = b.min(self.text.len());
        while !self.text.is_char_boundary(b) {
            b -= 1;
        }
        if self.unit == OffsetUnit::Byte {
            return b;
        }
        let k = b / Self::STEP;
        // The checkpoint is at byte k*STEP, which may be inside a char: the mark holds the
        // counts before the first char boundary at or after it, and the bytes up to that
        // boundary are continuation bytes, which count for nothing.
        let (chars, units) = self.marks[k];
        let (n, four) = counts(&self.text.as_bytes()[k * Self::STEP..b]);
        match self.unit {
            OffsetUnit::Char => (chars + n) as usize,
            _ => (units + n + four) as usize,
        }
    }
}

/// The chars of `bytes` (at most [`UnitConverter::STEP`] of them) and their four-byte chars
/// (a second UTF-16 unit each), counted on the bytes: a char per byte that is not a
/// continuation byte (10xxxxxx), a four-byte char per byte 11110xxx and up. Eight bytes at a
/// time, a lane per byte (none counts past 8), then the rest one by one. (One copy in the
/// wasm module; inlined natively, where `convert` runs it per offset.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn counts(bytes: &[u8]) -> (u32, u32) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let (mut cont, mut four) = (0u64, 0u64);
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().unwrap_or_default());
        cont += ((w & !(w << 1)) & HIGH) >> 7;
        four += ((w & (w << 1) & (w << 2) & (w << 3)) & HIGH) >> 7;
    }
    let lanes = |x: u64| (x.wrapping_mul(0x0101_0101_0101_0101) >> 56) as u32;
    let (mut cont, mut four) = (lanes(cont), lanes(four));
    for &x in words.remainder() {
        cont += u32::from((x as i8) < -0x40);
        four += u32::from(x >= 0xF0);
    }
    (bytes.len() as u32 - cont, four)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(r: Range<usize>, s: &str) -> Edit {
        Edit {
            range: r,
            replacement: s.to_string(),
            parts: Vec::new(),
        }
    }

    #[test]
    fn removal_maps_around_and_joins_the_previous_char() {
        let input = "1830萬(wàn)元";
        let open = input.find('(').unwrap();
        let close = input.find(')').unwrap() + 1;
        let (clean, layer) = apply_edits(input, &[edit(open..close, "")]);
        assert_eq!(clean, "1830萬元");
        let mut map = OffsetMap::new();
        map.push(layer);
        // The whole mention covers the annotation.
        assert_eq!(map.map_range(0..clean.len()), 0..input.len());
        // 萬 alone takes its reading along; 元 alone does not.
        let wan = clean.find('萬').unwrap();
        assert_eq!(&input[map.map_range(wan..wan + 3)], "萬(wàn)");
        let yuan = clean.find('元').unwrap();
        assert_eq!(&input[map.map_range(yuan..yuan + 3)], "元");
        assert_eq!(&input[map.map_range(0..4)], "1830");
    }

    /// An edit of parts replaced side by side maps a position inside to its own part.
    #[test]
    fn parts_map_on_their_own() {
        // Big5 read as GBK: 甝ド踨 → 孫玉菡, one char for one, and an ASCII part between
        let input = "局長甝ド1踨在";
        let s = input.find('甝').unwrap();
        let e = input.find('在').unwrap();
        let mut ed = edit(s..e, "孫玉1菡");
        ed.parts = vec![(3, 3), (3, 3), (1, 1), (3, 3)];
        let (clean, layer) = apply_edits(input, &[ed]);
        assert_eq!(clean, "局長孫玉1菡在");
        let mut map = OffsetMap::new();
        map.push(layer);
        let at = |c: char| clean.find(c).unwrap();
        assert_eq!(&input[map.map_range(at('玉')..at('玉') + 3)], "ド");
        assert_eq!(&input[map.map_range(at('孫')..at('1'))], "甝ド");
        assert_eq!(&input[map.map_range(at('1')..at('在'))], "1踨");
        // parts that do not add up to the edit: one piece
        let mut bad = edit(s..e, "孫玉1菡");
        bad.parts = vec![(3, 3)];
        let (_, layer) = apply_edits(input, &[bad]);
        let mut map = OffsetMap::new();
        map.push(layer);
        assert_eq!(map.map_range(at('玉')..at('玉') + 3), s..e);
    }

    #[test]
    fn replacement_widens_and_layers_compose() {
        // Pass 1: "ＡＢ" (full width) -> "AB"; pass 2: drop "(x)".
        let input = "前ＡＢ(x)後";
        let a = input.find('Ａ').unwrap();
        let (p1, l1) = apply_edits(input, &[edit(a..a + 6, "AB")]);
        assert_eq!(p1, "前AB(x)後");
        let o = p1.find('(').unwrap();
        let (p2, l2) = apply_edits(&p1, &[edit(o..o + 3, "")]);
        assert_eq!(p2, "前AB後");
        let mut map = OffsetMap::new();
        map.push(l1);
        map.push(l2);
        let b = p2.find('B').unwrap();
        // "B" alone lies inside the replaced "ＡＢ": it widens to all of it.
        assert_eq!(&input[map.map_range(b..b + 1)], "ＡＢ(x)");
        assert_eq!(&input[map.map_range(0..3)], "前");
        let h = p2.find('後').unwrap();
        assert_eq!(&input[map.map_range(h..h + 3)], "後");
        assert_eq!(&input[map.map_range(0..p2.len())], input);
    }

    #[test]
    fn units_count_astral_chars() {
        let s = "a𠮷b😀中";
        let at = |unit, b| UnitConverter::new(s, unit).convert(b);
        let b_of = |c: char| s.find(c).unwrap();
        assert_eq!(at(OffsetUnit::Char, b_of('b')), 2);
        assert_eq!(at(OffsetUnit::Utf16, b_of('b')), 3);
        assert_eq!(at(OffsetUnit::Char, b_of('中')), 4);
        assert_eq!(at(OffsetUnit::Utf16, b_of('中')), 6);
        assert_eq!(at(OffsetUnit::Utf16, s.len()), 7);
        assert_eq!(at(OffsetUnit::Byte, b_of('中')), b_of('中'));
        // Checkpoints fall inside chars in long text; counts must stay exact.
        let long: String = "𠮷中a".repeat(500);
        let conv = UnitConverter::new(&long, OffsetUnit::Utf16);
        let conv_c = UnitConverter::new(&long, OffsetUnit::Char);
        for (i, _) in long.char_indices().step_by(7) {
            assert_eq!(conv.convert(i), long[..i].encode_utf16().count());
            assert_eq!(conv_c.convert(i), long[..i].chars().count());
        }
    }

    #[test]
    fn every_offset_of_texts_of_every_length() {
        // lengths around the checkpoints, chars of one to four bytes
        let mut s = String::new();
        for (k, c) in "中a𠮷é，😀b文".chars().cycle().take(90).enumerate() {
            s.push(c);
            let conv = UnitConverter::new(&s, OffsetUnit::Utf16);
            let conv_c = UnitConverter::new(&s, OffsetUnit::Char);
            assert_eq!(conv.marks.len(), s.len() / UnitConverter::STEP + 1, "{k}");
            for b in 0..=s.len() + 1 {
                let p = (0..=b.min(s.len())).rev().find(|&p| s.is_char_boundary(p));
                let head = &s[..p.unwrap()];
                assert_eq!(conv.convert(b), head.encode_utf16().count(), "{k} {b}");
                assert_eq!(conv_c.convert(b), head.chars().count(), "{k} {b}");
            }
        }
    }
}
