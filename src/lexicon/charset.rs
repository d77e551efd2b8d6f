//! Sets of Han characters as bitmaps over the CJK Unified Ideographs block, built at compile
//! time from a string of the characters: one load and a bit test per lookup, where a
//! `str::contains(char)` searched the string and a `matches!` of fifty chars compiled to a
//! tree of compares (the tagger asks these of every token, several times).

/// The block the sets cover; chars outside it are in no set.
const FIRST: u32 = 0x4E00;
const LAST: u32 = 0x9FFF;
const WORDS: usize = ((LAST - FIRST + 1) as usize).div_ceil(64);

pub struct HanSet([u64; WORDS]);

impl HanSet {
    /// The set of the chars of `s`. Panics (at compile time, in a `const`) on a char outside
    /// the block.
    pub const fn of(s: &str) -> HanSet {
        let b = s.as_bytes();
        let mut bits = [0u64; WORDS];
        let mut i = 0;
        while i < b.len() {
            insert(&mut bits, char3(b, i));
            i += 3;
        }
        HanSet(bits)
    }

    /// The set of `cs`, as [`HanSet::of`].
    pub const fn of_chars(cs: &[char]) -> HanSet {
        let mut bits = [0u64; WORDS];
        let mut i = 0;
        while i < cs.len() {
            insert(&mut bits, cs[i] as u32);
            i += 1;
        }
        HanSet(bits)
    }

    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let k = (c as u32).wrapping_sub(FIRST) as usize;
        k < WORDS * 64 && self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

impl HanSet {
    /// The set of the `n`th chars (from 0) of the words of `list` that have one. Panics (at
    /// compile time, in a `const`) on a word whose first `n + 1` chars are not all in the
    /// block.
    pub const fn of_nth(list: &[&str], n: usize) -> HanSet {
        let mut bits = [0u64; WORDS];
        let mut w = 0;
        while w < list.len() {
            let b = list[w].as_bytes();
            let at = 3 * n;
            if at < b.len() {
                insert(&mut bits, char3(b, at));
            }
            w += 1;
        }
        HanSet(bits)
    }
}

/// The char whose UTF-8 starts at `b[at]`, which must be one of three bytes (1110xxxx
/// 10xxxxxx 10xxxxxx), as every char of the block is.
const fn char3(b: &[u8], at: usize) -> u32 {
    assert!(
        at + 2 < b.len() && b[at] & 0xF0 == 0xE0,
        "a char outside U+4E00..U+9FFF"
    );
    ((b[at] as u32 & 0x0F) << 12) | ((b[at + 1] as u32 & 0x3F) << 6) | (b[at + 2] as u32 & 0x3F)
}

const fn insert(bits: &mut [u64; WORDS], c: u32) {
    assert!(c >= FIRST && c <= LAST, "a char outside U+4E00..U+9FFF");
    let k = (c - FIRST) as usize;
    bits[k / 64] |= 1 << (k % 64);
}

#[cfg(test)]
mod tests {
    use super::*;

    const SET: HanSet = HanSet::of("中美一龥");

    #[test]
    fn holds_exactly_its_chars() {
        for c in "中美一龥".chars() {
            assert!(SET.contains(c), "{c}");
        }
        for c in ['日', 'a', '。', '\u{4DFF}', '\u{A000}', '\u{20000}'] {
            assert!(!SET.contains(c), "{c}");
        }
        assert_eq!(
            (0x4E00..=0x9FFF)
                .filter_map(char::from_u32)
                .filter(|&c| SET.contains(c))
                .count(),
            4
        );
    }

    #[test]
    fn nth_chars_of_a_list() {
        const SECOND: HanSet = HanSet::of_nth(&["中国", "美", "日本人"], 1);
        assert!(SECOND.contains('国') && SECOND.contains('本'));
        assert!(!SECOND.contains('中') && !SECOND.contains('美') && !SECOND.contains('人'));
    }
}
