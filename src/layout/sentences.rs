//! Sentences: a paragraph splits after 。！？；…… and their ASCII forms, but not inside
//! “quotes” or 「brackets」; a closing quote right after the stop stays with its sentence.
//! When the quotes of a paragraph do not balance, it is split again ignoring them.

use crate::text::any_char::{AnyChar, Words};
use std::ops::Range;

#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn is_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '…')
}

#[inline(never)]
fn is_open(c: char) -> bool {
    matches!(c, '“' | '「' | '『' | '‘' | '《' | '（' | '(' | '【')
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn is_close(c: char) -> bool {
    matches!(c, '”' | '」' | '』' | '’' | '》' | '）' | ')' | '】')
}

/// Verbs of saying that end the speaker's clause after a quotation (”王军说。).
const SAID: Words = words![
    "说", "表示", "称", "指出", "强调", "介绍", "道", "透露", "坦言", "补充",
];

/// `rest` opens with a short clause that ends in a verb of saying and a stop: the speaker
/// of the quotation before it (申花队主教练斯卢茨基说。, 他笑着说。).
fn attribution(rest: &str) -> bool {
    let mut n = 0;
    for (i, c) in rest.char_indices() {
        if is_stop(c) {
            let clause = rest[..i].trim_end_any(&['，', ',']);
            return n > 0 && clause.ends_with_any(SAID);
        }
        n += 1;
        if n > 24 || is_open(c) || is_close(c) || matches!(c, '，' | ',' | '：' | ':' | '\n') {
            return false;
        }
    }
    false
}

/// Sentences of `text[para]`, trimmed, none empty.
pub fn split(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let with_quotes = split_with(text, para.clone(), true);
    match with_quotes {
        Some(s) => s,
        None => split_with(text, para, false).unwrap_or_default(),
    }
}

/// `None` when `respect_quotes` and the quotes do not balance.
fn split_with(text: &str, para: Range<usize>, respect_quotes: bool) -> Option<Vec<Range<usize>>> {
    let s = &text[para.clone()];
    let mut out = Vec::new();
    let mut depth: i32 = 0;
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        // (most chars, the Han ones among them, lie between the marks of Chinese
        // punctuation, U+3100, and the full-width forms, U+FF00: none is a stop, an opening
        // or a closing mark, and nothing happens at them)
        if (c as u32).wrapping_sub(0x3100) < 0xFF00 - 0x3100 {
            continue;
        }
        if respect_quotes {
            if is_open(c) {
                depth += 1;
            } else if is_close(c) {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
        }
        // a post's title that opens the paragraph, 【…】, or its topic, #…#, is a sentence
        // of its own (【#多地迎来今冬首场降雪#】12月5日，…)
        let opened = s[start..i].trim_start();
        let title_end = depth == 0
            && ((c == '】' && opened.starts_with(['【', '#']))
                || (c == '#' && opened.starts_with('#') && opened.len() > 1 && !opened[1..].contains('#')))
            && opened.chars().count() <= 60
            && s[i + c.len_utf8()..].trim_start().chars().next().is_some_and(|d| d != '】');
        if title_end {
            push_trimmed(s, start..i + c.len_utf8(), para.start, &mut out);
            start = i + c.len_utf8();
            continue;
        }
        if is_stop(c) && depth == 0
            || (respect_quotes
                && is_close(c)
                && depth == 0
                && s[..i].chars().next_back().is_some_and(is_stop))
        {
            let mut end = i + c.len_utf8();
            // Runs of stops (。。, ?!, ……) and closing quotes after a stop belong here.
            while let Some(&(j, d)) = it.peek() {
                if is_stop(d) || (is_close(d) && (!respect_quotes || depth > 0)) {
                    if respect_quotes && is_close(d) {
                        depth -= 1;
                    }
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            // “我们要努力。”他说。: the speaker's clause after a quotation is its sentence's end
            if respect_quotes
                && depth == 0
                && s[..end].ends_with(is_close)
                && attribution(&s[end..])
            {
                continue;
            }
            push_trimmed(s, start..end, para.start, &mut out);
            start = end;
        }
    }
    if respect_quotes && depth != 0 {
        return None;
    }
    push_trimmed(s, start..s.len(), para.start, &mut out);
    Some(out)
}

fn push_trimmed(s: &str, r: Range<usize>, base: usize, out: &mut Vec<Range<usize>>) {
    let piece = &s[r.clone()];
    let t = piece.trim();
    if !t.is_empty() {
        let lead = piece.len() - piece.trim_start().len();
        let start = base + r.start + lead;
        out.push(start..start + t.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t, 0..t.len()).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn no_mark_between_u3100_and_uff00() {
        for c in (0x3100..0xFF00).filter_map(char::from_u32) {
            assert!(!is_stop(c) && !is_open(c) && !is_close(c), "{c}");
        }
    }

    #[test]
    fn splits_at_stops_but_not_inside_quotes() {
        assert_eq!(sents("他来了。她走了！"), vec!["他来了。", "她走了！"]);
        assert_eq!(
            sents("他说：“我们要努力。一定成功！”大家鼓掌。"),
            vec!["他说：“我们要努力。一定成功！”", "大家鼓掌。"]
        );
        assert_eq!(sents("他说“好”就走了。"), vec!["他说“好”就走了。"]);
        // the speaker's clause after a quotation stays with it; a clause that goes on does not
        assert_eq!(sents("“我们要努力。”他说。"), vec!["“我们要努力。”他说。"]);
        assert_eq!(
            sents("“我们要努力。”公司总经理李晓峰说。大家鼓掌。"),
            vec!["“我们要努力。”公司总经理李晓峰说。", "大家鼓掌。"]
        );
        assert_eq!(
            sents("“我们要努力。”他说，大家要团结。"),
            vec!["“我们要努力。”", "他说，大家要团结。"]
        );
        assert_eq!(
            sents("“我们要努力。”大家鼓掌。"),
            vec!["“我们要努力。”", "大家鼓掌。"]
        );
        assert_eq!(
            sents("真的吗？！是的……好"),
            vec!["真的吗？！", "是的……", "好"]
        );
        // Unbalanced quotes: split as if there were none.
        assert_eq!(sents("他说：“好。走吧。"), vec!["他说：“好。", "走吧。"]);
    }
}
