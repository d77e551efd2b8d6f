//! Works: titles in 《》 and 〈〉 (books, reports, laws, programmes, articles). Brackets
//! nest (《关于〈某法〉的说明》 is one work), and so may parentheses inside the title
//! (《助力乡村振兴蓝皮书(2023)》). The mention is the title without its outer brackets.
//! A title never spans a line break and is at most 100 characters.

use crate::layout::Doc;
use crate::lexicon::tag::entities;
use crate::model::Entity;
use std::ops::Range;

const MAX_CHARS: usize = 100;

pub fn find(doc: &Doc) -> Vec<Entity> {
    entities(doc, &spans(doc))
}

/// Byte ranges of the titles (inside the outermost brackets).
pub fn spans(doc: &Doc) -> Vec<Range<usize>> {
    scan(doc.text)
}

/// Whether `r` lies inside one of the sorted, disjoint `works` spans.
pub fn inside(works: &[Range<usize>], r: &Range<usize>) -> bool {
    let i = works.partition_point(|w| w.end < r.end);
    works.get(i).is_some_and(|w| w.start <= r.start && r.end <= w.end)
}

fn scan(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // stack of (open char, byte after it)
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut chars_since = 0usize;
    // With no bracket open only an opening 《 or 〈 changes anything (a close, a '<' or a line
    // break then does nothing): the text up to the nearer of them is skipped by a memchr
    // search for each instead of being read char by char.
    let next_of = |c: char, from: usize| text[from..].find(c).map_or(text.len(), |k| from + k);
    let (mut double, mut single) = (0usize, 0usize);
    let mut i = 0;
    while i < text.len() {
        if stack.is_empty() {
            if double <= i {
                double = next_of('《', i);
            }
            if single <= i {
                single = next_of('〈', i);
            }
            i = double.min(single);
            if i >= text.len() {
                break;
            }
        }
        let Some(c) = text[i..].chars().next() else { break };
        match c {
            '《' | '〈' | '<' if c != '<' || !stack.is_empty() => {
                if stack.is_empty() {
                    chars_since = 0;
                }
                stack.push((c, i + c.len_utf8()));
            }
            '》' | '〉' | '>' if !stack.is_empty() => {
                let want = match c {
                    '》' => '《',
                    '〉' => '〈',
                    _ => '<',
                };
                // close the innermost matching bracket; a mismatched close is ignored
                if let Some(pos) = stack.iter().rposition(|&(o, _)| o == want) {
                    let (_, start) = stack[pos];
                    stack.truncate(pos);
                    if stack.is_empty() && i > start {
                        out.push(start..i);
                    }
                }
            }
            '\n' | '\r' => stack.clear(),
            _ => {}
        }
        if !stack.is_empty() {
            chars_since += 1;
            if chars_since > MAX_CHARS {
                stack.clear();
            }
        }
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(s: &str) -> Vec<&str> {
        scan(s).into_iter().map(|r| &s[r]).collect()
    }

    /// The scan as it read every char (before it skipped to the next opening bracket).
    fn scan_char_by_char(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut stack: Vec<(char, usize)> = Vec::new();
        let mut chars_since = 0usize;
        for (i, c) in text.char_indices() {
            match c {
                '《' | '〈' | '<' if c != '<' || !stack.is_empty() => {
                    if stack.is_empty() {
                        chars_since = 0;
                    }
                    stack.push((c, i + c.len_utf8()));
                }
                '》' | '〉' | '>' if !stack.is_empty() => {
                    let want = match c {
                        '》' => '《',
                        '〉' => '〈',
                        _ => '<',
                    };
                    if let Some(pos) = stack.iter().rposition(|&(o, _)| o == want) {
                        let (_, start) = stack[pos];
                        stack.truncate(pos);
                        if stack.is_empty() && i > start {
                            out.push(start..i);
                        }
                    }
                }
                '\n' | '\r' => stack.clear(),
                _ => {}
            }
            if !stack.is_empty() {
                chars_since += 1;
                if chars_since > MAX_CHARS {
                    stack.clear();
                }
            }
        }
        out
    }

    #[test]
    fn skipping_to_the_next_bracket_reads_the_same_titles() {
        let alphabet = ['《', '》', '〈', '〉', '<', '>', '\n', '\r', '中', 'a', '（', '𠀀'];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for round in 0..3000 {
            let len = if round % 10 == 0 { 400 } else { 40 };
            let text: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    // mostly plain chars, so that titles and long runs both occur
                    let k = (seed % 40) as usize;
                    if k < alphabet.len() { alphabet[k] } else { '字' }
                })
                .collect();
            assert_eq!(scan(&text), scan_char_by_char(&text), "{text:?}");
        }
    }

    #[test]
    fn nested_titles() {
        assert_eq!(titles("入选《助力乡村振兴蓝皮书(2023)》优秀案例"), ["助力乡村振兴蓝皮书(2023)"]);
        assert_eq!(titles("《关于〈民法典〉的说明》和〈短文〉"), ["关于〈民法典〉的说明", "短文"]);
        assert!(titles("《未闭合\n》").is_empty());
        assert!(titles("》《《").is_empty());
        assert_eq!(titles("a<b>c《x<y>》"), ["x<y>"]);
    }
}
