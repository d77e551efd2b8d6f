//! `str` searches for any char of a small set, as one non-generic function each (issue 8,
//! size). A char array as a `str` pattern (`s.ends_with(['。', '，'])`) instantiates core's
//! searcher for that array's length and inlines it at the call site; some 130 such calls
//! made about a dozen searcher copies and the rest inline. These methods give the same
//! results as the pattern methods of `str` with the same chars.
//!
//! The word-list methods (`starts_with_any` .. `is_one_of`) are one function in the wasm
//! module (most of session 19's 11.7 KB of gzip saved, ~150 calls) but inlined natively: each
//! call with its constant list compiles to a few compares (as one function the pipeline ran
//! 2.6 % more instructions). So are `starts_any`, `ends_any` and `find_any`, asked at most
//! tokens by the tagger: inlined natively, each constant set is a few compares (370,000
//! calls of `ends_any` over the corpus, issue 8).
//!
//! The lists of words are [`Words`], made by `words![…]`: in the wasm module each list is
//! packed in one string, each word after its length in a byte, where a `&[&str]` kept 8 bytes
//! of pointer and length per word (3,100 words: 9.9 KB of gzip saved, session 45); natively
//! they stay slices, so the inlined lookups above still compile to compares.

/// The pattern methods of `str` for "any char of `set`".
pub trait AnyChar {
    /// `starts_with(set)`.
    fn starts_any(&self, set: &[char]) -> bool;
    /// `ends_with(set)`.
    fn ends_any(&self, set: &[char]) -> bool;
    /// `contains(set)`.
    fn contains_any(&self, set: &[char]) -> bool;
    /// `find(set)`.
    fn find_any(&self, set: &[char]) -> Option<usize>;
    /// `rfind(set)`.
    fn rfind_any(&self, set: &[char]) -> Option<usize>;
    /// `strip_prefix(set)`.
    fn strip_prefix_any(&self, set: &[char]) -> Option<&str>;
    /// `strip_suffix(set)`.
    fn strip_suffix_any(&self, set: &[char]) -> Option<&str>;
    /// `trim_start_matches(set)`.
    fn trim_start_any(&self, set: &[char]) -> &str;
    /// `trim_end_matches(set)`.
    fn trim_end_any(&self, set: &[char]) -> &str;
    /// `trim_matches(set)`.
    fn trim_any(&self, set: &[char]) -> &str;
    /// `words.iter().any(|w| self.starts_with(w))`: one loop for every list of words.
    fn starts_with_any(&self, words: Words) -> bool;
    /// `words.iter().any(|w| self.ends_with(w))`.
    fn ends_with_any(&self, words: Words) -> bool;
    /// The first of `words` that `self` starts with.
    fn prefix_in(&self, words: Words) -> Option<&'static str>;
    /// The first of `words` that `self` ends with.
    fn suffix_in(&self, words: Words) -> Option<&'static str>;
    /// `words.iter().any(|w| self.contains(w))`.
    fn contains_any_of(&self, words: Words) -> bool;
    /// `words.contains(&self)`: whether `self` is one of `words`.
    fn is_one_of(&self, words: Words) -> bool;
}

impl AnyChar for str {
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn starts_any(&self, set: &[char]) -> bool {
        self.chars().next().is_some_and(|c| set.contains(&c))
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn ends_any(&self, set: &[char]) -> bool {
        self.chars().next_back().is_some_and(|c| set.contains(&c))
    }
    fn contains_any(&self, set: &[char]) -> bool {
        self.find_any(set).is_some()
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn find_any(&self, set: &[char]) -> Option<usize> {
        self.char_indices()
            .find(|(_, c)| set.contains(c))
            .map(|(i, _)| i)
    }
    #[inline(never)]
    fn rfind_any(&self, set: &[char]) -> Option<usize> {
        self.char_indices()
            .rev()
            .find(|(_, c)| set.contains(c))
            .map(|(i, _)| i)
    }
    #[inline(never)]
    fn strip_prefix_any(&self, set: &[char]) -> Option<&str> {
        let c = self.chars().next().filter(|c| set.contains(c))?;
        Some(&self[c.len_utf8()..])
    }
    #[inline(never)]
    fn strip_suffix_any(&self, set: &[char]) -> Option<&str> {
        let c = self.chars().next_back().filter(|c| set.contains(c))?;
        Some(&self[..self.len() - c.len_utf8()])
    }
    #[inline(never)]
    fn trim_start_any(&self, set: &[char]) -> &str {
        let mut s = self;
        while let Some(rest) = s.strip_prefix_any(set) {
            s = rest;
        }
        s
    }
    #[inline(never)]
    fn trim_end_any(&self, set: &[char]) -> &str {
        let mut s = self;
        while let Some(rest) = s.strip_suffix_any(set) {
            s = rest;
        }
        s
    }
    fn trim_any(&self, set: &[char]) -> &str {
        self.trim_start_any(set).trim_end_any(set)
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn starts_with_any(&self, words: Words) -> bool {
        words.bytes().any(|w| prefix_bytes(self.as_bytes(), w))
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn ends_with_any(&self, words: Words) -> bool {
        words.bytes().any(|w| suffix_bytes(self.as_bytes(), w))
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn prefix_in(&self, words: Words) -> Option<&'static str> {
        words.iter().find(|w| has_prefix(self, w))
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn suffix_in(&self, words: Words) -> Option<&'static str> {
        words.iter().find(|w| has_suffix(self, w))
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn contains_any_of(&self, words: Words) -> bool {
        words.iter().any(|w| self.contains(w))
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn is_one_of(&self, words: Words) -> bool {
        words.contains(self)
    }
}

/// A constant list of words, made by `words![…]`: [`Packed`] in the wasm module, where it
/// saves the 8 bytes of pointer and length that a `&[&str]` keeps per word (3,000 words
/// in the rules' lists, issue 8), and [`Slice`] natively, where a lookup in a short constant
/// list inlines to a few compares. Both have the same methods, so the rules read alike.
#[cfg(target_arch = "wasm32")]
pub type Words = Packed;
/// See the wasm build's [`Words`].
#[cfg(not(target_arch = "wasm32"))]
pub type Words = Slice;

/// Words packed in one `str`: each word's length in one byte (below 128, so the whole stays
/// UTF-8), then its bytes. `packed_words![…]` makes one.
#[derive(Clone, Copy)]
pub struct Packed(&'static str);

/// Words as a slice.
#[derive(Clone, Copy)]
pub struct Slice(pub &'static [&'static str]);

impl Packed {
    /// Words from their packed form (`packed_words!` makes it with [`pack`]).
    pub const fn new(packed: &'static [u8]) -> Self {
        match core::str::from_utf8(packed) {
            Ok(s) => Packed(s),
            Err(_) => panic!("a packed list of words is UTF-8"),
        }
    }
    /// The words in their order.
    pub fn iter(self) -> PackedIter {
        PackedIter(self.0)
    }
    /// The word at cursor `k` (0 for the first) and the cursor of the next, at compile time.
    pub const fn word(self, k: usize) -> Option<(&'static [u8], usize)> {
        let b = self.0.as_bytes();
        if k >= b.len() {
            return None;
        }
        let w = b.split_at(k + 1).1.split_at(b[k] as usize).0;
        Some((w, k + 1 + w.len()))
    }
    /// The words' bytes in their order (no char boundary to check: the faster walk).
    #[inline]
    pub fn bytes(self) -> PackedBytes {
        PackedBytes(self.0.as_bytes())
    }
    /// The words with their cursors (for [`Packed::at`]).
    pub fn cursors(self) -> impl Iterator<Item = (usize, &'static str)> {
        let (total, mut it) = (self.0.len(), self.iter());
        core::iter::from_fn(move || {
            let k = total - it.0.len();
            it.next().map(|w| (k, w))
        })
    }
    /// The word at cursor `k`, one that [`Packed::cursors`] gave.
    pub fn at(self, k: usize) -> &'static str {
        let n = self.0.as_bytes()[k] as usize;
        &self.0[k + 1..k + 1 + n]
    }
    /// Whether `w` is one of the words.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn contains(self, w: &str) -> bool {
        let (mut b, w) = (self.0.as_bytes(), w.as_bytes());
        while let Some((&n, rest)) = b.split_first() {
            let n = n as usize;
            // (the length and the last byte before the compare: no memcmp call for most)
            if n == w.len() && (n == 0 || rest[n - 1] == w[n - 1]) && rest[..n] == *w {
                return true;
            }
            b = &rest[n..];
        }
        false
    }
}

impl Slice {
    /// The words in their order.
    #[inline]
    pub fn iter(self) -> core::iter::Copied<core::slice::Iter<'static, &'static str>> {
        self.0.iter().copied()
    }
    /// The word at cursor `k` (0 for the first) and the cursor of the next, at compile time.
    pub const fn word(self, k: usize) -> Option<(&'static [u8], usize)> {
        if k >= self.0.len() {
            return None;
        }
        Some((self.0[k].as_bytes(), k + 1))
    }
    /// The words' bytes in their order.
    #[inline]
    pub fn bytes(self) -> impl Iterator<Item = &'static [u8]> {
        self.0.iter().map(|w| w.as_bytes())
    }
    /// The words with their cursors (for [`Slice::at`]).
    pub fn cursors(self) -> impl Iterator<Item = (usize, &'static str)> {
        self.iter().enumerate()
    }
    /// The word at cursor `k`, one that [`Slice::cursors`] gave.
    pub fn at(self, k: usize) -> &'static str {
        self.0[k]
    }
    /// Whether `w` is one of the words.
    #[inline]
    pub fn contains(self, w: &str) -> bool {
        self.0.iter().any(|x| x.len() == w.len() && has_prefix(w, x))
    }
}

impl IntoIterator for Packed {
    type Item = &'static str;
    type IntoIter = PackedIter;
    fn into_iter(self) -> PackedIter {
        self.iter()
    }
}

impl IntoIterator for Slice {
    type Item = &'static str;
    type IntoIter = core::iter::Copied<core::slice::Iter<'static, &'static str>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The methods of both forms that are the same code over their iterators.
macro_rules! word_list_methods {
    ($t:ty) => {
        impl $t {
            /// The longest of the words that `s` starts with (the first of equal ones).
            pub fn longest_prefix(self, s: &str) -> Option<&'static str> {
                self.longest_prefix_at(s).map(|(_, w)| w)
            }
            /// [`Self::longest_prefix`] and its place in the list.
            #[cfg_attr(target_arch = "wasm32", inline(never))]
            pub fn longest_prefix_at(self, s: &str) -> Option<(usize, &'static str)> {
                let b0 = *s.as_bytes().first()?;
                let mut best: Option<(usize, usize)> = None;
                for (i, w) in self.bytes().enumerate() {
                    // the first byte alone rules out most words (no memcmp call for them)
                    if w.first() == Some(&b0)
                        && s.as_bytes().starts_with(w)
                        && best.is_none_or(|(_, n)| n < w.len())
                    {
                        best = Some((i, w.len()));
                    }
                }
                let (i, _) = best?;
                Some((i, self.iter().nth(i)?))
            }
        }
    };
}
word_list_methods!(Packed);
word_list_methods!(Slice);

/// The words of a [`Packed`] as bytes.
#[derive(Clone)]
pub struct PackedBytes(&'static [u8]);

impl Iterator for PackedBytes {
    type Item = &'static [u8];
    #[inline]
    fn next(&mut self) -> Option<&'static [u8]> {
        let (&n, rest) = self.0.split_first()?;
        let (w, rest) = rest.split_at(n as usize);
        self.0 = rest;
        Some(w)
    }
}

/// The words of a [`Packed`].
#[derive(Clone)]
pub struct PackedIter(&'static str);

impl Iterator for PackedIter {
    type Item = &'static str;
    fn next(&mut self) -> Option<&'static str> {
        let n = *self.0.as_bytes().first()? as usize;
        let (w, rest) = self.0[1..].split_at(n);
        self.0 = rest;
        Some(w)
    }
}

/// `joined` (words each followed by `|`) with each word's length before it instead, for
/// `packed_words!`: the same number of bytes.
pub const fn pack<const N: usize>(joined: &str) -> [u8; N] {
    let b = joined.as_bytes();
    let mut out = [0u8; N];
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        if b[i] == b'|' {
            let n = i - start;
            assert!(n < 128, "a word of a list is below 128 bytes");
            out[start] = n as u8;
            let mut k = 0;
            while k < n {
                out[start + 1 + k] = b[start + k];
                k += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    out
}

/// `s.starts_with(w)`, the byte under `w`'s last one compared first: a Han char's last
/// byte is one of 64, so most words that do not match are told apart without a call of
/// memcmp (the word lists are tested at most positions of the text: 1.9 M calls over
/// the corpus, issue 8).
#[inline]
pub fn has_prefix(s: &str, w: &str) -> bool {
    prefix_bytes(s.as_bytes(), w.as_bytes())
}

/// [`has_prefix`] of bytes.
#[inline]
fn prefix_bytes(s: &[u8], w: &[u8]) -> bool {
    match w.last() {
        None => true,
        Some(&l) => s.len() >= w.len() && s[w.len() - 1] == l && s[..w.len()] == *w,
    }
}

/// `s.ends_with(w)`, the second byte of `w` compared first (the last byte of its first char
/// when that is a Han char: the words of a list of suffixes often share their last char).
#[inline]
pub fn has_suffix(s: &str, w: &str) -> bool {
    suffix_bytes(s.as_bytes(), w.as_bytes())
}

/// [`has_suffix`] of bytes.
#[inline]
fn suffix_bytes(s: &[u8], w: &[u8]) -> bool {
    if s.len() < w.len() {
        return false;
    }
    let tail = &s[s.len() - w.len()..];
    (w.len() < 2 || tail[1] == w[1]) && tail == w
}

#[cfg(test)]
mod tests {
    use super::AnyChar;

    #[test]
    fn as_the_str_patterns() {
        let set = ['。', ',', '（', 'a'];
        let texts = [
            "",
            "。",
            "a",
            "b",
            "。中文,",
            "中文",
            "（a）。",
            "aa。。b",
            ",,x,,",
            "b（c",
        ];
        for s in texts {
            assert_eq!(s.starts_any(&set), s.starts_with(set), "{s}");
            assert_eq!(s.ends_any(&set), s.ends_with(set), "{s}");
            assert_eq!(s.contains_any(&set), s.contains(set), "{s}");
            assert_eq!(s.find_any(&set), s.find(set), "{s}");
            assert_eq!(s.rfind_any(&set), s.rfind(set), "{s}");
            assert_eq!(s.strip_prefix_any(&set), s.strip_prefix(set), "{s}");
            assert_eq!(s.strip_suffix_any(&set), s.strip_suffix(set), "{s}");
            assert_eq!(s.trim_start_any(&set), s.trim_start_matches(set), "{s}");
            assert_eq!(s.trim_end_any(&set), s.trim_end_matches(set), "{s}");
            assert_eq!(s.trim_any(&set), s.trim_matches(set), "{s}");
            let list = words!["。中", "b", "", "aa"];
            let words = ["。中", "b", "", "aa"];
            assert_eq!(
                s.starts_with_any(list),
                words.iter().any(|w| s.starts_with(w))
            );
            assert_eq!(
                s.ends_with_any(list),
                words.iter().any(|w| s.ends_with(w))
            );
            assert!(!s.ends_with_any(words![]));
            let first = words.iter().find(|w| s.starts_with(**w)).copied();
            assert_eq!(s.prefix_in(list), first);
            let last = words.iter().find(|w| s.ends_with(**w)).copied();
            assert_eq!(s.suffix_in(list), last);
            for w in words {
                assert_eq!(super::has_prefix(s, w), s.starts_with(w));
                assert_eq!(super::has_suffix(s, w), s.ends_with(w));
            }
            assert!(s.is_one_of(list) == words.contains(&s));
            assert_eq!(
                s.contains_any_of(list),
                words.iter().any(|w| s.contains(w))
            );
        }
    }

    /// The packed form (the wasm module's) answers as the slice (the native build's).
    #[test]
    fn packed_as_slice() {
        use super::{Packed, Slice};
        let lists: [(Packed, Slice); 3] = [
            (
                packed_words!["新华社", "记者", "", "中", "中国", "a", "新华"],
                Slice(&["新华社", "记者", "", "中", "中国", "a", "新华"]),
            ),
            (packed_words![], Slice(&[])),
            (packed_words!["表示", "表态"], Slice(&["表示", "表态"])),
        ];
        let texts = ["", "中", "中国人", "新华社记者", "新华", "a", "ab", "记", "表态", "表示说"];
        for (p, s) in lists {
            assert_eq!(p.iter().collect::<Vec<_>>(), s.iter().collect::<Vec<_>>());
            let cursors: Vec<_> = p.cursors().collect();
            assert_eq!(cursors.len(), s.0.len());
            for (k, w) in cursors {
                assert_eq!(p.at(k), w);
            }
            let (mut k, mut n) = (0, 0);
            while let Some((w, next)) = p.word(k) {
                assert_eq!(w, s.0[n].as_bytes());
                (k, n) = (next, n + 1);
            }
            assert_eq!(n, s.0.len());
            for t in texts {
                assert_eq!(p.contains(t), s.contains(t), "{t}");
                assert_eq!(p.contains(t), s.0.contains(&t), "{t}");
                assert_eq!(p.longest_prefix_at(t), s.longest_prefix_at(t), "{t}");
            }
        }
        assert_eq!(
            packed_words!["中国", "中"].longest_prefix("中国人"),
            Some("中国")
        );
    }
}
