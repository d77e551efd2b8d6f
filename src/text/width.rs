//! Width and invisible characters: CRLF and lone CR become LF; zero-width and control
//! characters are removed; full-width ASCII letters and digits (１９９８, ＡＢＣ), a
//! full-width point between digits (１２．５) and the ideographic space become their ASCII
//! forms so that every later stage matches one form.
//! Full-width Chinese punctuation (，。：) is the normal form and stays.

use super::{is_han, Fix};
use crate::model::RepairKind;

/// Full-width ASCII variants (U+FF01..U+FF5E) that are letters or digits.
fn fold_fullwidth(c: char) -> Option<char> {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    }
}

/// Characters that carry no text: C0/C1 controls other than tab and newline, zero-width
/// marks, the BOM, bidi controls, and lone surrogate replacements are left alone (U+FFFD
/// is visible and means something was lost).
#[inline(never)]
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}'..='\u{9F}'
        | '\u{200B}'..='\u{200F}' // zero width space/joiners, LRM, RLM
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' // word joiner, bidi isolates
        | '\u{FEFF}' // BOM / zero width no-break space
        | '\u{AD}') // soft hyphen
}

/// Invisible characters that never belong to a mis-decoded byte sequence: everything of
/// [`is_invisible`] but the C1 controls and the soft hyphen, which UTF-8 read as Latin-1
/// produces (中 → ä¸\u{AD}). Removed before the mojibake pass, so that a NUL or a
/// zero-width space inside a reading or a garbled run does not hide it until a second run.
fn is_invisible_early(c: char) -> bool {
    is_invisible(c) && !matches!(c, '\u{7F}'..='\u{9F}' | '\u{AD}')
}

/// Pictographs that a zero-width joiner binds into one emoji (👨‍👩‍👧, 🏳️‍🌈), with the
/// presentation selector and skin tones that may come between.
fn is_emoji_part(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}' | '\u{FE0F}')
}

/// The first pass: removes the invisible characters of [`is_invisible_early`], except a
/// zero-width joiner inside an emoji sequence, which is part of the emoji.
pub fn invisible_fixes(text: &str) -> Vec<Fix> {
    let mut out = Vec::new();
    for (i, c) in candidates(text, Some(INVISIBLE_FIRSTS), may_be_invisible_early) {
        if is_invisible_early(c) && !joins_emoji(text, i, c) {
            out.push(Fix::new(i..i + c.len_utf8(), "", RepairKind::ControlChar));
        }
    }
    out
}

/// The first bytes [`may_be_invisible_early`] passes, but the controls below 0x20.
const INVISIBLE_FIRSTS: &[u8] = &[0xE2, 0xEF];
/// The first bytes [`may_act`] passes, but the controls below 0x20, without and with the
/// space (for the test of `candidates`: the pass tests too many for the word test to pay).
#[cfg(test)]
const ACT_FIRSTS: &[u8] = &[0x7F, 0xC2, 0xE2, 0xE3, 0xEF];
#[cfg(test)]
const ACT_FIRSTS_SPACE: &[u8] = &[0x7F, 0xC2, 0xE2, 0xE3, 0xEF, b' '];

/// The first three bytes (0 past the end) of every char [`is_invisible_early`] holds pass
/// (a test checks every char): the curly quotes and dashes of U+2000..U+206F do not.
fn may_be_invisible_early(b: u8, next: u8, third: u8) -> bool {
    match (b, next) {
        (0..=0x1F, _) => true,
        (0xE2, 0x80) => matches!(third, 0x8B..=0x8F | 0xAA..=0xAE),
        (0xE2, 0x81) => matches!(third, 0xA0..=0xA4 | 0xA6..=0xA9),
        (0xEF, 0xBB) => third == 0xBF,
        _ => false,
    }
}

/// The first three bytes of every char [`fixes`] acts on pass (spaces only when
/// `spaces`; a test checks every char): controls, the odd spaces, C1 controls, the soft
/// hyphen, the invisible marks of U+2000..U+206F, the ideographic space, the BOM and the
/// full-width letters and digits, but not the Chinese punctuation around them (、。，：“”—
/// and the like), which is most of what a byte test on the first two bytes let through.
fn may_act(b: u8, next: u8, third: u8, spaces: bool) -> bool {
    match b {
        0..=0x1F | 0x7F => true,
        b' ' => spaces,
        0xC2 => matches!(next, 0x80..=0xA0 | 0xAD),
        0xE2 => match next {
            0x80 => matches!(third, 0x80..=0x8F | 0xAA..=0xAF),
            0x81 => matches!(third, 0x9F..=0xA4 | 0xA6..=0xA9),
            _ => false,
        },
        0xE3 => next == 0x80 && third == 0x80,
        0xEF => match next {
            0xBB => third == 0xBF,
            // (． U+FF0E, a decimal point between digits)
            0xBC => matches!(third, 0x8E | 0x90..=0x99 | 0xA1..=0xBA),
            0xBD => matches!(third, 0x81..=0x9A),
            _ => false,
        },
        _ => false,
    }
}

/// The chars of `text` whose first three bytes (0 past the end) pass `may`, with their
/// offsets: a byte loop that decodes only those chars (a pass looks at a few kinds of
/// chars, and Han text has none of them). `may` must pass the first bytes of every char
/// the pass acts on; it never sees a continuation byte first. With `firsts` (every first
/// byte `may` passes but those below 0x20), eight bytes at a time without one of them or a
/// control are skipped by a word test (worth it for a short list: the invisible pass).
fn candidates<'a>(
    text: &'a str,
    firsts: Option<&'a [u8]>,
    may: impl Fn(u8, u8, u8) -> bool + 'a,
) -> impl Iterator<Item = (usize, char)> + 'a {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // a byte below 0x20, or one of `firsts`, may be among the eight (exact for "any")
    let flagged = |firsts: &[u8], v: u64| {
        v.wrapping_sub(LO * 0x20) & !v & HI != 0
            || firsts.iter().any(|&k| {
                let x = v ^ (LO * k as u64);
                x.wrapping_sub(LO) & !x & HI != 0
            })
    };
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            if let (Some(f), Some(chunk)) = (firsts, b.get(i..i + 8)) {
                let mut w = [0u8; 8];
                w.copy_from_slice(chunk);
                if !flagged(f, u64::from_le_bytes(w)) {
                    i += 8;
                    continue;
                }
            }
            let x = b[i];
            // the length of the char from its first byte (a skip may land inside a char:
            // its continuation bytes are stepped over one by one)
            let len = match x {
                0..=0x7F => 1,
                0x80..=0xBF => {
                    i += 1;
                    continue;
                }
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            let at = i;
            i += len;
            if may(
                x,
                b.get(at + 1).copied().unwrap_or(0),
                b.get(at + 2).copied().unwrap_or(0),
            ) {
                if let Some(c) = text.get(at..).and_then(|t| t.chars().next()) {
                    return Some((at, c));
                }
            }
        }
        None
    })
}

/// A zero-width joiner at byte `i` between two parts of an emoji.
fn joins_emoji(text: &str, i: usize, c: char) -> bool {
    c == '\u{200D}'
        && text[..i].chars().next_back().is_some_and(is_emoji_part)
        && text[i + c.len_utf8()..]
            .chars()
            .next()
            .is_some_and(is_emoji_part)
}

/// Unicode spaces other than the ideographic one, which pasted text brings along.
fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}'
    )
}

/// Spaced-out Han text (鞍 山 钢 铁, as PDFs and some titles paste): single Han characters
/// separated by single spaces, at least four in a row. The spaces between them go. Spaces
/// between words (撰稿 鞍山钢铁记者站 王晓光) stay: they separate names.
fn spaced_out(text: &str, out: &mut Vec<Fix>) {
    // A run never spans a line break: one line at a time, in a reused buffer, and only the
    // lines with a space (a long text does not hold a char table of its own).
    let mut cs: Vec<(usize, char)> = Vec::new();
    let mut base = 0;
    for line in text.split_inclusive('\n') {
        if line.contains(' ') {
            cs.clear();
            cs.extend(line.char_indices().map(|(i, c)| (base + i, c)));
            let before = out.len();
            spaced_out_line(&cs, out);
            let han = out.len();
            spaced_digits_line(&cs, out);
            let digits = out.len();
            spaced_date_line(&cs, out);
            let kinds = [before, han, digits, out.len()]
                .windows(2)
                .filter(|w| w[1] > w[0])
                .count();
            if kinds > 1 {
                // (the module's one sort, stable by start as the index breaks ties)
                let mut line_fixes = out.split_off(before);
                crate::pipeline::sort_by_span(&mut line_fixes, |f| (f.range.start, 0));
                out.append(&mut line_fixes);
            }
        }
        base += line.len();
    }
}

/// A digit of either width.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Spaced-out digits (8 0%, ３ . ６ 亿元, 2 , 4 8 6 处, as PDFs paste figures): single
/// digits separated by single spaces, two or more, with a decimal point or a thousands
/// comma spaced like them. The spaces between them go, and the one before a %, 万 or 亿
/// that follows (part of the figure).
fn spaced_digits_line(cs: &[(usize, char)], out: &mut Vec<Fix>) {
    let alnum = |k: usize| {
        cs.get(k)
            .is_some_and(|c| c.1.is_ascii_alphanumeric() || is_digit(c.1))
    };
    let sp = |k: usize| cs.get(k).is_some_and(|c| c.1 == ' ');
    // a digit alone: no letter or digit on either side
    let lone = |k: usize| {
        cs.get(k).is_some_and(|c| is_digit(c.1)) && (k == 0 || !alnum(k - 1)) && !alnum(k + 1)
    };
    let mut i = 0;
    while i < cs.len() {
        if !lone(i) || (i > 0 && matches!(cs[i - 1].1, '.' | '．' | ',')) {
            i += 1;
            continue;
        }
        let (mut k, mut n) = (i, 1);
        let mut gaps = Vec::new();
        loop {
            if sp(k + 1) && lone(k + 2) {
                gaps.push(k + 1);
                k += 2;
            } else if sp(k + 1)
                && cs
                    .get(k + 2)
                    .is_some_and(|c| matches!(c.1, '.' | '．' | ','))
                && sp(k + 3)
                && lone(k + 4)
            {
                gaps.extend([k + 1, k + 3]);
                k += 4;
            } else {
                break;
            }
            n += 1;
        }
        // (G 1 5 高速, iPhone 1 5: a name's number, spaced by hand)
        let latin = |k: usize| cs.get(k).is_some_and(|c| c.1.is_ascii_alphabetic());
        let named = (i >= 2 && sp(i - 1) && latin(i - 2)) || (sp(k + 1) && latin(k + 2));
        if n >= 2 && !named {
            if sp(k + 1) && cs.get(k + 2).is_some_and(|c| "%％万亿萬億".contains(c.1)) {
                gaps.push(k + 1);
            }
            for g in gaps {
                let at = cs[g].0;
                out.push(Fix::new(at..at + 1, "", RepairKind::Whitespace));
            }
        }
        i = k + 1;
    }
}

/// A number spaced from the Han words of a date around it (于 2024 年 3 月 5 日, 第 3 季度,
/// as PDFs and Latin-spaced text paste them): the spaces between the digits and the date's
/// units (年, 月, 日, 号, 季) go, and the one before the number after a Han char or 第.
/// Not after a Latin name (iPhone 15 月销量).
fn spaced_date_line(cs: &[(usize, char)], out: &mut Vec<Fix>) {
    let digit = |k: usize| cs.get(k).is_some_and(|c| is_digit(c.1));
    let sp = |k: usize| cs.get(k).is_some_and(|c| c.1 == ' ');
    let mut i = 0;
    while i < cs.len() {
        if !digit(i) || (i > 0 && (digit(i - 1) || !sp(i - 1) && !is_han(cs[i - 1].1))) {
            i += 1;
            continue;
        }
        let mut k = i;
        while digit(k + 1) {
            k += 1;
        }
        if k - i < 4
            && sp(k + 1)
            && cs
                .get(k + 2)
                .is_some_and(|c| matches!(c.1, '年' | '月' | '日' | '号' | '號' | '季'))
        {
            // the space before: after a Han char (于 2024, 年 3, 第 3), not a Latin name
            if i >= 2 && sp(i - 1) && is_han(cs[i - 2].1) {
                out.push(Fix::new(
                    cs[i - 1].0..cs[i - 1].0 + 1,
                    "",
                    RepairKind::Whitespace,
                ));
            }
            let latin = i >= 2 && sp(i - 1) && cs[i - 2].1.is_ascii_alphanumeric();
            if !latin {
                out.push(Fix::new(
                    cs[k + 1].0..cs[k + 1].0 + 1,
                    "",
                    RepairKind::Whitespace,
                ));
            }
        }
        i = k + 1;
    }
}

fn spaced_out_line(cs: &[(usize, char)], out: &mut Vec<Fix>) {
    let mut i = 0;
    while i < cs.len() {
        // A run H _ H _ H _ H where each H stands alone.
        let alone = |k: usize| {
            is_han(cs[k].1) && (k == 0 || !is_han(cs[k - 1].1)) && cs.get(k + 1).is_none_or_space()
        };
        if !alone(i) {
            i += 1;
            continue;
        }
        let mut k = i;
        let mut n = 1;
        while k + 2 < cs.len()
            && cs[k + 1].1 == ' '
            && is_han(cs[k + 2].1)
            && cs.get(k + 3).map_or(true, |c| !is_han(c.1))
        {
            k += 2;
            n += 1;
        }
        if n >= 4 {
            let mut j = i;
            while j < k {
                let sp = cs[j + 1].0;
                out.push(Fix::new(sp..sp + 1, "", RepairKind::Whitespace));
                j += 2;
            }
        }
        i = k + 1;
    }
}

trait SpaceOrEnd {
    fn is_none_or_space(&self) -> bool;
}

impl SpaceOrEnd for Option<&(usize, char)> {
    fn is_none_or_space(&self) -> bool {
        self.map_or(true, |c| !is_han(c.1))
    }
}

pub fn fixes(text: &str) -> Vec<Fix> {
    let mut out: Vec<Fix> = Vec::new();
    let mut spaced = Vec::new();
    if text.contains(' ') {
        spaced_out(text, &mut spaced);
    }
    let any_spaced = !spaced.is_empty();
    let mut spaced = spaced.into_iter().peekable();
    // Only the chars this pass may act on (`may_act`).
    let may = |b: u8, next: u8, third: u8| may_act(b, next, third, any_spaced);
    let bytes = text.as_bytes();
    for (i, c) in candidates(text, None, may) {
        let end = i + c.len_utf8();
        if spaced.peek().is_some_and(|f| f.range.start == i) {
            out.extend(spaced.next());
            continue;
        }
        if is_odd_space(c) {
            out.push(Fix::new(i..end, " ", RepairKind::Whitespace));
        } else if c == '\r' {
            if bytes.get(end) == Some(&b'\n') {
                out.push(Fix::new(i..end, "", RepairKind::Whitespace));
            } else {
                out.push(Fix::new(i..end, "\n", RepairKind::Whitespace));
            }
        } else if c == '\u{3000}' {
            out.push(Fix::new(i..end, " ", RepairKind::Width));
        } else if is_invisible(c) && !joins_emoji(text, i, c) {
            out.push(Fix::new(i..end, "", RepairKind::ControlChar));
        } else if let Some(a) = fold_fullwidth(c).or_else(|| {
            // a full-width point between digits is a decimal point (１２．５％ → 12.5％)
            let digit = |d: Option<char>| d.is_some_and(|d| d.is_ascii_digit() || ('０'..='９').contains(&d));
            (c == '．' && digit(text[..i].chars().next_back()) && digit(text[end..].chars().next()))
                .then_some('.')
        }) {
            // A run of full-width characters is one repair.
            match out.last_mut() {
                Some(last)
                    if last.kind == RepairKind::Width
                        && last.range.end == i
                        && !last.replacement.is_empty()
                        && last.replacement != " " =>
                {
                    last.range.end = end;
                    last.replacement.push(a);
                }
                _ => out.push(Fix::new(i..end, a.to_string(), RepairKind::Width)),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::repair;

    /// The candidates of the word-skipping loop are those of a loop over the chars.
    #[test]
    fn candidates_as_char_by_char() {
        use super::*;
        let slow = |text: &str, may: &dyn Fn(u8, u8, u8) -> bool| -> Vec<(usize, char)> {
            let b = text.as_bytes();
            text.char_indices()
                .filter(|&(i, _)| {
                    may(
                        b[i],
                        b.get(i + 1).copied().unwrap_or(0),
                        b.get(i + 2).copied().unwrap_or(0),
                    )
                })
                .collect()
        };
        let alphabet = [
            'a', '1', ' ', '\r', '\n', '\t', '\0', '\u{1f}', '\u{7f}', '\u{85}', '\u{a0}',
            '\u{ad}', '·', 'é', '—', '“', '…', '\u{200b}', '\u{200d}', '\u{202e}', '\u{205f}',
            '\u{2060}', '\u{2066}', '\u{3000}', '、', '。', '，', '（', '１', 'Ａ', 'ａ',
            '\u{feff}', 'ﻼ', '中', '文', '😀', '\u{fe0f}',
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut rng = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let n = (rng() % 40) as usize;
            let text: String = (0..n)
                .map(|_| alphabet[(rng() % alphabet.len() as u64) as usize])
                .collect();
            let got: Vec<(usize, char)> =
                candidates(&text, Some(INVISIBLE_FIRSTS), may_be_invisible_early).collect();
            assert_eq!(got, slow(&text, &may_be_invisible_early), "{text:?}");
            for (spaces, firsts) in [(false, ACT_FIRSTS), (true, ACT_FIRSTS_SPACE)] {
                let may = |a, b, c| may_act(a, b, c, spaces);
                for f in [None, Some(firsts)] {
                    let got: Vec<(usize, char)> = candidates(&text, f, may).collect();
                    assert_eq!(got, slow(&text, &may), "{text:?}");
                }
            }
        }
    }

    /// The byte tests let through every char the passes act on.
    #[test]
    fn byte_tests_pass_every_char_acted_on() {
        use super::*;
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let (x, y, z) = (
                b[0],
                b.get(1).copied().unwrap_or(0),
                b.get(2).copied().unwrap_or(0),
            );
            if is_invisible_early(c) {
                assert!(may_be_invisible_early(x, y, z), "{c:?}");
            }
            let acted = is_odd_space(c)
                || c == '\r'
                || c == '\u{3000}'
                || is_invisible(c)
                || fold_fullwidth(c).is_some();
            if acted {
                assert!(may_act(x, y, z, false), "{c:?}");
            }
            if c == ' ' {
                assert!(may_act(x, y, z, true));
            }
        }
    }

    /// Figures a PDF pasted with a space between digits are joined, and a number with the
    /// units of a date around it (第 3 季度, 2024 年 5 月); other spacing stays.
    #[test]
    fn spaced_digits() {
        let s = "优良天数比例达到 8 0%，投入资金 ３ . ６ 亿元，整治隐患 2 , 4 8 6 处，第 3 季度。\nG 1 5 高速 iPhone 1 5 型 共 12 项 于 2024 年 5 月 iPhone 15 月";
        let c = repair(s);
        assert_eq!(
            c.text,
            "优良天数比例达到 80%，投入资金 3.6亿元，整治隐患 2,486 处，第3季度。\nG 1 5 高速 iPhone 1 5 型 共 12 项 于2024年5月 iPhone 15 月"
        );
    }

    #[test]
    fn spaces_inside_chinese() {
        let s = "鞍 山 钢 铁 召开会议\u{A0}今天\n撰稿 鞍山钢铁记者站 王晓光\n（记者 张 三）";
        let c = repair(s);
        assert_eq!(
            c.text,
            "鞍山钢铁 召开会议 今天\n撰稿 鞍山钢铁记者站 王晓光\n（记者 张 三）"
        );
        // The removed spaces map back (a removal after a character goes with it).
        let shan = c.text.find('山').unwrap();
        assert_eq!(&s[c.map.map_range(shan..shan + 3)], "山 ");
        assert_eq!(&s[c.map.map_range(0..shan + 3)], "鞍 山 ");
    }

    #[test]
    fn folds_width_and_drops_invisibles() {
        let s = "\u{FEFF}１９９８年\u{200B}４月\r\n第二行\r第三行";
        let c = repair(s);
        assert_eq!(c.text, "1998年4月\n第二行\n第三行");
        let w: Vec<_> = c
            .repairs
            .iter()
            .map(|r| (r.original.as_str(), r.replacement.as_str()))
            .collect();
        assert!(w.contains(&("１９９８", "1998")), "{w:?}");
    }

    #[test]
    fn joiners_inside_emoji_stay() {
        let family = "👨\u{200D}👩\u{200D}👧";
        let flag = "🏳\u{FE0F}\u{200D}🌈";
        let s = format!("一家人{family}和{flag}，张\u{200D}三");
        let c = repair(&s);
        assert_eq!(c.text, format!("一家人{family}和{flag}，张三"));
        assert_eq!(c.repairs.len(), 1);
    }
}
