//! Works: titles in 《》 and 〈〉 (books, reports, laws, programmes, articles). Brackets
//! nest (《关于〈某法〉的说明》 is one work), and so may parentheses inside the title
//! (《助力乡村振兴蓝皮书(2023)》). The mention is the title without its outer brackets.
//! A title never spans a line break and is at most 100 characters.

use crate::layout::Doc;
use crate::lexicon::tag::entities;
use crate::model::Entity;
use crate::text::any_char::AnyChar;
use std::ops::Range;

const MAX_CHARS: usize = 100;

pub fn find(doc: &Doc) -> Vec<Entity> {
    // (the article's own earlier headline, 原标题：《…》, cites no work)
    let cited: Vec<Range<usize>> = spans(doc)
        .iter()
        .filter(|r| {
            let before = doc.fold[..r.start].trim_end_matches(['《', '〈', ' ']);
            !before.ends_with_any(words!["原标题：", "原标题:", "原题：", "原题:", "原标题"])
        })
        .cloned()
        .collect();
    entities(doc, &cited)
}

/// Byte ranges of the titles (inside the outermost brackets); the text is scanned at the
/// first call for a document.
pub fn spans<'d>(doc: &'d Doc) -> &'d [Range<usize>] {
    doc.works.get_or_init(|| scan(doc.text))
}

/// Whether `r` lies inside one of the sorted, disjoint `works` spans.
pub fn inside(works: &[Range<usize>], r: &Range<usize>) -> bool {
    let i = works.partition_point(|w| w.end < r.end);
    works
        .get(i)
        .is_some_and(|w| w.start <= r.start && r.end <= w.end)
}

/// The brackets open at some point of a text, and the titles closed so far.
#[derive(Default)]
struct Brackets {
    /// (open char, byte after it)
    stack: Vec<(char, usize)>,
    chars_since: usize,
    out: Vec<Range<usize>>,
}

impl Brackets {
    /// Reads char `c` at byte `i`.
    fn step(&mut self, c: char, i: usize) {
        match c {
            '《' | '〈' | '<' if c != '<' || !self.stack.is_empty() => {
                if self.stack.is_empty() {
                    self.chars_since = 0;
                }
                self.stack.push((c, i + c.len_utf8()));
            }
            '》' | '〉' | '>' if !self.stack.is_empty() => {
                let want = match c {
                    '》' => '《',
                    '〉' => '〈',
                    _ => '<',
                };
                // close the innermost matching bracket; a mismatched close is ignored
                if let Some(pos) = self.stack.iter().rposition(|&(o, _)| o == want) {
                    let (_, start) = self.stack[pos];
                    self.stack.truncate(pos);
                    if self.stack.is_empty() && i > start {
                        self.out.push(start..i);
                    }
                }
            }
            '\n' | '\r' => self.stack.clear(),
            _ => {}
        }
        if !self.stack.is_empty() {
            self.chars_since += 1;
            if self.chars_since > MAX_CHARS {
                self.stack.clear();
            }
        }
    }
}

fn scan(text: &str) -> Vec<Range<usize>> {
    let mut b = Brackets::default();
    // With no bracket open only an opening 《 or 〈 changes anything (a close, a '<' or a line
    // break then does nothing): the text up to the nearer of them is skipped by a memchr
    // search for each instead of being read char by char.
    let next_of = |c: char, from: usize| text[from..].find(c).map_or(text.len(), |k| from + k);
    let (mut double, mut single) = (0usize, 0usize);
    let mut i = 0;
    while i < text.len() {
        if b.stack.is_empty() {
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
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        b.step(c, i);
        i += c.len_utf8();
    }
    trimmed(text, b.out)
}

/// The titles without the spaces a typesetter put inside the brackets (《 人民日报 》).
fn trimmed(text: &str, mut out: Vec<Range<usize>>) -> Vec<Range<usize>> {
    for r in &mut out {
        let t = &text[r.clone()];
        let lead = t.len() - t.trim_start().len();
        *r = r.start + lead..r.start + t.trim_end().len();
    }
    out.retain(|r| !r.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_inside_the_brackets_are_left_out() {
        assert_eq!(
            titles("《 人民日报 》（ 2024年06月08日 第 12 版）"),
            vec!["人民日报"]
        );
        assert!(titles("《  》").is_empty());
    }

    fn titles(s: &str) -> Vec<&str> {
        scan(s).into_iter().map(|r| &s[r]).collect()
    }

    /// The scan as it read every char (before it skipped to the next opening bracket).
    fn scan_char_by_char(text: &str) -> Vec<Range<usize>> {
        let mut b = Brackets::default();
        for (i, c) in text.char_indices() {
            b.step(c, i);
        }
        trimmed(text, b.out)
    }

    #[test]
    fn skipping_to_the_next_bracket_reads_the_same_titles() {
        let alphabet = [
            '《', '》', '〈', '〉', '<', '>', '\n', '\r', '中', 'a', '（', '𠀀',
        ];
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
                    if k < alphabet.len() {
                        alphabet[k]
                    } else {
                        '字'
                    }
                })
                .collect();
            assert_eq!(scan(&text), scan_char_by_char(&text), "{text:?}");
        }
    }

    #[test]
    fn nested_titles() {
        assert_eq!(
            titles("入选《助力乡村振兴蓝皮书(2023)》优秀案例"),
            ["助力乡村振兴蓝皮书(2023)"]
        );
        assert_eq!(
            titles("《关于〈民法典〉的说明》和〈短文〉"),
            ["关于〈民法典〉的说明", "短文"]
        );
        assert!(titles("《未闭合\n》").is_empty());
        assert!(titles("》《《").is_empty());
        assert_eq!(titles("a<b>c《x<y>》"), ["x<y>"]);
    }
}
