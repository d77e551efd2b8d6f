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
    fn starts_with_any(&self, words: &[&str]) -> bool;
    /// `words.iter().any(|w| self.ends_with(w))`.
    fn ends_with_any(&self, words: &[&str]) -> bool;
    /// The first of `words` that `self` starts with.
    fn prefix_in<'w>(&self, words: &[&'w str]) -> Option<&'w str>;
    /// The first of `words` that `self` ends with.
    fn suffix_in<'w>(&self, words: &[&'w str]) -> Option<&'w str>;
    /// `words.iter().any(|w| self.contains(w))`.
    fn contains_any_of(&self, words: &[&str]) -> bool;
    /// `words.contains(&self)`: whether `self` is one of `words`.
    fn is_one_of(&self, words: &[&str]) -> bool;
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
    fn starts_with_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| has_prefix(self, w))
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn ends_with_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| has_suffix(self, w))
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn prefix_in<'w>(&self, words: &[&'w str]) -> Option<&'w str> {
        words.iter().find(|w| has_prefix(self, w)).copied()
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn suffix_in<'w>(&self, words: &[&'w str]) -> Option<&'w str> {
        words.iter().find(|w| has_suffix(self, w)).copied()
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn contains_any_of(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.contains(w))
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn is_one_of(&self, words: &[&str]) -> bool {
        words
            .iter()
            .any(|w| w.len() == self.len() && has_prefix(self, w))
    }
}

/// `s.starts_with(w)`, the byte under `w`'s last one compared first: a Han char's last
/// byte is one of 64, so most words that do not match are told apart without a call of
/// memcmp (the word lists are tested at most positions of the text: 1.9 M calls over
/// the corpus, issue 8).
#[inline]
pub fn has_prefix(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    match w.last() {
        None => true,
        Some(&l) => s.len() >= w.len() && s[w.len() - 1] == l && s[..w.len()] == *w,
    }
}

/// `s.ends_with(w)`, the second byte of `w` compared first (the last byte of its first char
/// when that is a Han char: the words of a list of suffixes often share their last char).
#[inline]
pub fn has_suffix(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
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
            let words = ["。中", "b", "", "aa"];
            assert_eq!(
                s.starts_with_any(&words),
                words.iter().any(|w| s.starts_with(w))
            );
            assert_eq!(
                s.ends_with_any(&words),
                words.iter().any(|w| s.ends_with(w))
            );
            assert!(!s.ends_with_any(&[]));
            let first = words.iter().find(|w| s.starts_with(**w)).copied();
            assert_eq!(s.prefix_in(&words), first);
            let last = words.iter().find(|w| s.ends_with(**w)).copied();
            assert_eq!(s.suffix_in(&words), last);
            for w in words {
                assert_eq!(super::has_prefix(s, w), s.starts_with(w));
                assert_eq!(super::has_suffix(s, w), s.ends_with(w));
                assert_eq!(s.is_one_of(&[w, "x"]), s == w || s == "x");
            }
            assert_eq!(
                s.contains_any_of(&words),
                words.iter().any(|w| s.contains(w))
            );
        }
    }
}
