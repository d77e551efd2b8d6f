//! Inline pinyin annotations: a reading in parentheses right after Han characters, as some
//! converters and reposting sites leave them: 會(huì), 萬(wàn), 銀行(yín háng), 绿(lv4).
//!
//! A parenthesised group (ASCII or full-width parentheses) is removed only when it follows
//! a Han character and every word in it is a real pinyin syllable (data/pinyin_syllables.txt)
//! written with a tone mark or a tone number, one syllable per preceding Han character at
//! most. So (2023), (Apple), (含), (a) and （记者 张三） survive. In a text that carries
//! at least [`TONELESS_AFTER`] toned readings, toneless syllables of two letters or more
//! (的(de)) are readings too.

use super::tables::is_syllable;
use super::{is_han, Fix};
use crate::model::RepairKind;

/// Toned readings a text must show before toneless ones count.
const TONELESS_AFTER: usize = 5;

/// The base letter and tone of a pinyin letter (tone 0 for none).
#[inline(never)]
fn letter(c: char) -> Option<(char, u8)> {
    Some(match c {
        'a'..='z' => (if c == 'v' { 'ü' } else { c }, 0),
        'ü' => ('ü', 0),
        'ā' => ('a', 1),
        'á' => ('a', 2),
        'ǎ' => ('a', 3),
        'à' => ('a', 4),
        'ē' => ('e', 1),
        'é' => ('e', 2),
        'ě' => ('e', 3),
        'è' => ('e', 4),
        'ī' => ('i', 1),
        'í' => ('i', 2),
        'ǐ' => ('i', 3),
        'ì' => ('i', 4),
        'ō' => ('o', 1),
        'ó' => ('o', 2),
        'ǒ' => ('o', 3),
        'ò' => ('o', 4),
        'ū' => ('u', 1),
        'ú' => ('u', 2),
        'ǔ' => ('u', 3),
        'ù' => ('u', 4),
        'ǖ' => ('ü', 1),
        'ǘ' => ('ü', 2),
        'ǚ' => ('ü', 3),
        'ǜ' => ('ü', 4),
        'ń' => ('n', 2),
        'ň' => ('n', 3),
        'ǹ' => ('n', 4),
        'ḿ' => ('m', 2),
        _ => return None,
    })
}

/// A syllable's toneless form (with ü) and whether it carried a tone, or `None` when it
/// is not pinyin.
pub fn syllable(s: &str) -> Option<(String, bool)> {
    let mut buf = [0; 8];
    toneless(s, &mut buf).map(|(b, t)| (b.to_string(), t))
}

/// [`syllable`] written into `buf`, without an allocation (it runs for every word in
/// parentheses and every reading of a candidate for a lost character).
#[inline(never)]
pub fn toneless<'b>(s: &str, buf: &'b mut [u8; 8]) -> Option<(&'b str, bool)> {
    let (body, digit) = match s.as_bytes().last() {
        Some(b'0'..=b'5') => (&s[..s.len() - 1], true),
        _ => (s, false),
    };
    let mut len = 0;
    let mut toned = digit;
    let mut marks = 0;
    for c in body.chars() {
        let (b, t) = letter(c)?;
        if t > 0 {
            marks += 1;
        }
        // A form longer than 7 bytes is no syllable (below): it only grows.
        let n = b.len_utf8();
        if len + n > 7 {
            return None;
        }
        // (through a buffer of 4: no panic path for a buffer too short)
        let mut tmp = [0; 4];
        buf.get_mut(len..len + n)?
            .copy_from_slice(b.encode_utf8(&mut tmp).as_bytes());
        len += n;
    }
    // u: for ü, as some keyboards type it.
    if marks > 1 || (digit && marks > 0) || len == 0 {
        return None;
    }
    toned |= marks == 1;
    let base = std::str::from_utf8(&buf[..len]).ok()?;
    is_syllable(base).then_some((base, toned))
}

/// True when `s` (the inside of the parentheses) is a reading of at most `han` characters.
/// `toneless_ok` admits syllables without a tone of two letters or more.
fn is_reading(s: &str, han: usize, toneless_ok: bool) -> Option<bool> {
    let words: Vec<&str> = s
        .split([' ', '\'', '’', '-', '·'])
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > han || s.len() > 48 {
        return None;
    }
    let mut all_toned = true;
    let mut buf = [0; 8];
    for w in &words {
        let (base, toned) = toneless(w, &mut buf)?;
        if !toned && !(toneless_ok && base.chars().count() >= 2) {
            return None;
        }
        all_toned &= toned;
    }
    Some(all_toned)
}

/// The annotations of `text`, as fixes that remove them.
pub fn fixes(text: &str) -> Vec<Fix> {
    // Every reading opens with a parenthesis (memchr-fast searches).
    if !text.as_bytes().contains(&b'(') && !text.contains('（') {
        return Vec::new();
    }
    let first = scan(text, false);
    if first.len() < TONELESS_AFTER {
        return first;
    }
    scan(text, true)
}

/// Readings can be longer than this many Han chars only as far as `is_reading` can tell
/// (a reading of 48 bytes has fewer words): the count of Han chars before a parenthesis
/// stops here.
const HAN_CAP: usize = 32;

fn scan(text: &str, toneless_ok: bool) -> Vec<Fix> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    // The end of the last removed reading: the Han chars before a parenthesis are counted
    // back to it, and it counts as one (readings removed in between do not break the run).
    let mut last_end: Option<usize> = None;
    let mut i = 0;
    // Only the parentheses are looked at (memchr searches for each kind, the nearer one
    // next): what a reading needs is the run of Han chars right before it, counted
    // backwards.
    let next_of = |c: char, from: usize| text[from..].find(c).map_or(b.len(), |k| from + k);
    let (mut ascii, mut wide) = (next_of('(', 0), next_of('（', 0));
    loop {
        if ascii < i {
            ascii = next_of('(', i);
        }
        if wide < i {
            wide = next_of('（', i);
        }
        i = ascii.min(wide);
        if i >= b.len() {
            break;
        }
        let len = if i == ascii { 1 } else { '（'.len_utf8() };
        let stop = last_end.unwrap_or(0);
        let mut han = 0usize;
        let mut reached = true;
        for c in text[stop..i].chars().rev() {
            if !is_han(c) {
                reached = false;
                break;
            }
            han += 1;
            if han >= HAN_CAP {
                reached = false;
                break;
            }
        }
        if reached && last_end.is_some() {
            han += 1;
        }
        if han > 0 {
            let inner_start = i + len;
            let rest = &text[inner_start..];
            // A reading is short: look for the close within a few dozen chars.
            if let Some((j, close)) = rest
                .char_indices()
                .take(50)
                .find(|&(_, ch)| matches!(ch, ')' | '）' | '(' | '（' | '\n'))
            {
                if matches!(close, ')' | '）') && is_reading(&rest[..j], han, toneless_ok).is_some()
                {
                    let end = inner_start + j + close.len_utf8();
                    out.push(Fix::new(i..end, "", RepairKind::PinyinAnnotation));
                    i = end;
                    last_end = Some(end);
                    continue;
                }
            }
        }
        i += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(s: &str) -> Vec<&str> {
        fixes(s).into_iter().map(|f| &s[f.range]).collect()
    }

    #[test]
    fn removes_readings_only() {
        let s = "座談會(huì),投入1830萬(wàn)元(2023)蘋果(Apple)(含)(a)(b)";
        assert_eq!(removed(s), vec!["(huì)", "(wàn)"]);
        assert!(syllable("zhang3").is_some_and(|x| x.1));
        assert!(syllable("2023").is_none());
        assert!(syllable("lv4").is_some());
        assert!(syllable("lǜ").is_some());
        assert!(syllable("xyz1").is_none());
    }

    /// [`syllable`] as it was, with a `String` built whole: the reference for [`toneless`].
    fn syllable_reference(s: &str) -> Option<(String, bool)> {
        let (body, digit) = match s.as_bytes().last() {
            Some(b'0'..=b'5') => (&s[..s.len() - 1], true),
            _ => (s, false),
        };
        let mut base = String::with_capacity(body.len());
        let mut toned = digit;
        let mut marks = 0;
        for c in body.chars() {
            let (b, t) = letter(c)?;
            if t > 0 {
                marks += 1;
            }
            base.push(b);
        }
        if marks > 1 || (digit && marks > 0) || base.is_empty() || base.len() > 7 {
            return None;
        }
        toned |= marks == 1;
        is_syllable(&base).then_some((base, toned))
    }

    #[test]
    fn toneless_as_the_reference() {
        let alphabet = [
            'a', 'n', 'g', 'z', 'h', 'u', 'i', 'e', 'o', 'v', 'ü', 'ǜ', 'à', 'ī', 'ǎ', 'ó', 'ń',
            'ḿ', '1', '4', '7', 'x', 'A', '中',
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut words: Vec<String> = crate::text::tables::SYLLABLE_LIST
            .iter()
            .flat_map(|s| {
                [
                    s.to_string(),
                    format!("{s}3"),
                    format!("{s}0"),
                    format!("{s}{s}"),
                ]
            })
            .collect();
        for _ in 0..50_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let n = (seed % 10) as usize;
            words.push(
                (0..n)
                    .map(|k| alphabet[((seed >> (5 * k + 4)) % alphabet.len() as u64) as usize])
                    .collect(),
            );
        }
        let mut found = 0;
        for w in &words {
            let got = syllable(w);
            assert_eq!(got, syllable_reference(w), "{w}");
            found += got.is_some() as usize;
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn forms_of_readings() {
        assert_eq!(removed("銀行（yín háng）"), vec!["（yín háng）"]);
        assert_eq!(removed("绿(lü4)色"), vec!["(lü4)"]);
        assert_eq!(removed("女(nv3)"), vec!["(nv3)"]);
        // More syllables than Han characters before: not a reading of them.
        assert_eq!(removed("行(yín háng)"), Vec::<&str>::new());
        // Names and notes in parentheses survive.
        assert_eq!(
            removed("（记者 张三）报道（含税）《藍皮書(2023)》第(1)條"),
            Vec::<&str>::new()
        );
        assert_eq!(removed("公司(Apple Inc.)"), Vec::<&str>::new());
        // Not after a Han character.
        assert_eq!(removed("abc(huì)"), Vec::<&str>::new());
    }

    #[test]
    fn toneless_readings_only_in_annotated_text() {
        assert_eq!(removed("好的(de)"), Vec::<&str>::new());
        let s = "會(huì)議(yì)內(nèi)容(róng)實(shí)際的(de)";
        assert_eq!(removed(s).len(), 6);
    }
}
