//! Leftmost-longest search for many words at once: the matches aho-corasick's
//! `MatchKind::LeftmostLongest` finds (non-overlapping, left to right; at a position the
//! longest word, among equal words the first), without its automaton. The word sets here
//! are small (phrase tables, event words, the names of one document): a bitmap of the
//! words' first chars rules out most positions in one probe, and the few words that start
//! with the char at hand are compared longest first. Building costs one sort; the module
//! carries no automaton code (aho-corasick was 5 % of it), and the first call of a page
//! builds no automaton.

/// One match: the index of the word and its byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pattern: usize,
    start: usize,
    end: usize,
}

impl Match {
    pub fn pattern(&self) -> usize {
        self.pattern
    }
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

pub struct Matcher {
    words: Vec<Box<str>>,
    /// (first char, word) by first char, then longest first, then in the order given.
    order: Vec<(u32, u32)>,
    /// Bit `first char % 65,536` of every word (an array: the index `k / 64` of a 16-bit `k`
    /// needs no bounds check in the loop over the chars).
    bits: Box<[u64; 1024]>,
}

impl Matcher {
    /// The matcher of `words`. An empty word never matches (none of the callers has one).
    pub fn new<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> Matcher {
        let words: Vec<Box<str>> = words.into_iter().map(|w| Box::from(w.as_ref())).collect();
        let mut order: Vec<(u32, u32)> = Vec::with_capacity(words.len());
        let mut bits = Box::new([0u64; 1024]);
        for (i, w) in words.iter().enumerate() {
            let Some(c) = w.chars().next() else { continue };
            order.push((c as u32, i as u32));
            let k = c as usize & 0xFFFF;
            bits[k / 64] |= 1 << (k % 64);
        }
        // stable: equal words stay in the order given (the first wins)
        crate::pipeline::sort_by_span(&mut order, |&(c, i)| {
            (c as usize, usize::MAX - words[i as usize].len())
        });
        Matcher { words, order, bits }
    }

    /// The matches in `hay`, left to right.
    pub fn find_iter<'a>(&'a self, hay: &'a str) -> impl Iterator<Item = Match> + 'a {
        let h = hay.as_bytes();
        let mut p = 0;
        std::iter::from_fn(move || {
            while let Some((at, c, len)) = self.next_first(h, p) {
                p = at + len;
                let from = self.order.partition_point(|o| o.0 < c);
                for &(_, i) in self.order[from..].iter().take_while(|o| o.0 == c) {
                    let w = self.words[i as usize].as_bytes();
                    // (the byte under the word's last first: most words that start with
                    // the same char end apart, and need no memcmp)
                    if h.get(at + w.len() - 1) == w.last() && h[at..].starts_with(w) {
                        p = at + w.len();
                        return Some(Match {
                            pattern: i as usize,
                            start: at,
                            end: p,
                        });
                    }
                }
            }
            None
        })
    }

    /// The first char of `h` at or after `p` (a char boundary of UTF-8 text) whose bit is
    /// set: its start, the char and its length. A loop of its own, with nothing else live
    /// in registers: this runs at every char of the text.
    fn next_first(&self, h: &[u8], mut p: usize) -> Option<(usize, u32, usize)> {
        let bits = &*self.bits;
        // (the char decoded off the bytes: no boundary check and no `Option` per char)
        while let Some(&b0) = h.get(p) {
            // (a three-byte char first: most of the text; one bound test for its bytes. Its
            // word of `bits` is known from the first two bytes: an empty one skips it)
            let (c, len) = if b0 & 0xF0 == 0xE0 && p + 2 < h.len() {
                let w = (u32::from(b0 & 0x0F) << 6) | u32::from(h[p + 1] & 0x3F);
                if bits[w as usize] == 0 {
                    p += 3;
                    continue;
                }
                ((w << 6) | u32::from(h[p + 2] & 0x3F), 3)
            } else {
                match b0 {
                    0..=0x7F => (u32::from(b0), 1),
                    0xC0..=0xDF => ((u32::from(b0 & 0x1F) << 6) | u32::from(h[p + 1] & 0x3F), 2),
                    0xE0..=0xEF => (
                        (u32::from(b0 & 0x0F) << 12)
                            | (u32::from(h[p + 1] & 0x3F) << 6)
                            | u32::from(h[p + 2] & 0x3F),
                        3,
                    ),
                    _ => (
                        (u32::from(b0 & 0x07) << 18)
                            | (u32::from(h[p + 1] & 0x3F) << 12)
                            | (u32::from(h[p + 2] & 0x3F) << 6)
                            | u32::from(h[p + 3] & 0x3F),
                        4,
                    ),
                }
            };
            let k = c as usize & 0xFFFF;
            if bits[k / 64] & (1 << (k % 64)) != 0 {
                return Some((p, c, len));
            }
            p += len;
        }
        None
    }
}

// aho-corasick is a native dev-dependency: these tests do not run in the wasm test build.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::Matcher;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// A small deterministic generator (xorshift).
    fn rng(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    /// The same matches as aho-corasick's leftmost-longest search, on texts and words over
    /// a few chars of 1 to 4 bytes (shared prefixes, equal words, words inside words).
    #[test]
    fn agrees_with_aho_corasick() {
        let alphabet = [
            'a',
            'b',
            '\0',
            '王',
            '军',
            '鞍',
            '钢',
            '𠮷',
            'é',
            '\u{10000}',
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let pick = |n: u64, seed: &mut u64| -> String {
            (0..n)
                .map(|_| alphabet[(rng(seed) % alphabet.len() as u64) as usize])
                .collect()
        };
        for _ in 0..5000 {
            let len = rng(&mut seed) % 60;
            let hay = pick(len, &mut seed);
            let k = 1 + rng(&mut seed) % 8;
            let words: Vec<String> = (0..k)
                .map(|_| {
                    let l = 1 + rng(&mut seed) % 4;
                    pick(l, &mut seed)
                })
                .collect();
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&words)
                .unwrap();
            let want: Vec<(usize, usize, usize)> = ac
                .find_iter(&hay)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            let got: Vec<(usize, usize, usize)> = Matcher::new(&words)
                .find_iter(&hay)
                .map(|m| (m.pattern(), m.start(), m.end()))
                .collect();
            assert_eq!(got, want, "{hay:?} {words:?}");
        }
    }

    /// The tables it serves: the phrase tables on their own phrases run together.
    #[test]
    fn agrees_on_the_phrase_tables() {
        for table in [
            &*crate::text::tables::T2S_PHRASES,
            &*crate::text::tables::S2T_PHRASES,
        ] {
            let words: Vec<&str> = table.iter().map(|p| p.0).collect();
            let hay: String = words.iter().rev().copied().collect::<Vec<_>>().join("的");
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&words)
                .unwrap();
            let want: Vec<(usize, usize, usize)> = ac
                .find_iter(&hay)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            let got: Vec<(usize, usize, usize)> = Matcher::new(&words)
                .find_iter(&hay)
                .map(|m| (m.pattern(), m.start(), m.end()))
                .collect();
            assert_eq!(got, want);
        }
    }
}
