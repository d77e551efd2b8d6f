//! Inline pinyin annotations: a reading in parentheses right after a Han character, as
//! some converters and reposting sites leave them: 會(huì), 萬(wàn).
//!
//! A parenthesised group is removed only when it follows a Han character and reads as one
//! pinyin syllable with a tone mark or a tone number, so that (2023), (Apple), (含) and
//! (a) survive.

use super::{is_han, Fix};
use crate::model::RepairKind;

/// Vowels with tone marks, and ü.
fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase()
        || matches!(c, 'ā' | 'á' | 'ǎ' | 'à' | 'ē' | 'é' | 'ě' | 'è' | 'ī' | 'í' | 'ǐ' | 'ì' | 'ō' | 'ó' | 'ǒ' | 'ò'
            | 'ū' | 'ú' | 'ǔ' | 'ù' | 'ü' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' | 'ń' | 'ň' | 'ǹ' | 'ḿ')
}

fn has_tone_mark(s: &str) -> bool {
    s.chars().any(|c| !c.is_ascii() && c != 'ü')
}

/// A reading: letters with a tone mark, or letters and a tone digit 1..5.
fn is_reading(s: &str) -> bool {
    let n = s.chars().count();
    if n == 0 || n > 7 {
        return false;
    }
    let (body, digit) = match s.as_bytes().last() {
        Some(b'1'..=b'5') => (&s[..s.len() - 1], true),
        _ => (s, false),
    };
    !body.is_empty() && body.chars().all(is_pinyin_letter) && (digit || has_tone_mark(body))
}

pub fn fixes(text: &str) -> Vec<Fix> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or('\0');
        let len = c.len_utf8();
        if (c == '(' || c == '（') && prev.is_some_and(is_han) {
            let inner_start = i + len;
            // A reading is short: look for the close within a few chars.
            let rest = &text[inner_start..];
            if let Some((j, close)) = rest.char_indices().take(9).find(|&(_, ch)| ch == ')' || ch == '）') {
                if is_reading(&rest[..j]) {
                    let end = inner_start + j + close.len_utf8();
                    out.push(Fix::new(i..end, "", RepairKind::PinyinAnnotation));
                    i = end;
                    // The Han character before stays the one the next reading would follow.
                    continue;
                }
            }
        }
        prev = Some(c);
        i += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_readings_only() {
        let s = "座談會(huì),投入1830萬(wàn)元(2023)蘋果(Apple)(含)(a)";
        let f = fixes(s);
        let removed: Vec<&str> = f.iter().map(|f| &s[f.range.clone()]).collect();
        assert_eq!(removed, vec!["(huì)", "(wàn)"]);
        assert!(is_reading("zhang3"));
        assert!(!is_reading("2023"));
    }
}
