//! The one numeral parser: Arabic and Chinese numerals, and their mixtures, as they stand
//! in news text: 1830, 1,830, 18.3, 1830万, 3.5亿, 一千八百三十, 两千, 一万零五, 二〇二四,
//! 壹万贰仟, 萬/億 in traditional text. Money, quantities and dates all call it; nothing
//! else in the crate turns digits into numbers.
//!
//! The parser reads a numeral at a given position and says how far it reached. It never
//! looks for numerals inside words by itself: callers decide where a numeral may start
//! (after a currency sign, before 元 ...).

use std::ops::Range;

/// A numeral read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    pub value: f64,
    /// Byte range in the text that was parsed.
    pub range: Range<usize>,
    /// Written with Arabic digits (possibly with a Chinese multiplier).
    pub arabic: bool,
}

/// Value of a Chinese digit, including the financial (大写) and traditional forms.
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' | 'O' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '贰' | '貳' | '俩' | '倆' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Small units inside a section (十 百 千) with their value.
pub fn small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' | '什' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// Large units that close a section (万 亿) with their value.
pub fn large_unit(c: char) -> Option<f64> {
    Some(match c {
        '万' | '萬' => 1e4,
        '亿' | '億' => 1e8,
        _ => return None,
    })
}

/// Can a Chinese numeral start with `c`?
pub fn starts_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some_and(|_| c != 'O' && c != '○') || matches!(c, '十' | '拾')
}

/// Reads the longest numeral that starts at byte `at` of `s`.
pub fn parse_at(s: &str, at: usize) -> Option<Numeral> {
    let first = s.get(at..)?.chars().next()?;
    if first.is_ascii_digit() {
        parse_arabic(s, at)
    } else if starts_chinese_numeral(first) {
        parse_chinese(s, at)
    } else {
        None
    }
}

/// 1830, 1,830, 18.3, then any multipliers: 1830万, 3.5亿, 1.2万亿, 5千.
fn parse_arabic(s: &str, at: usize) -> Option<Numeral> {
    let b = s.as_bytes();
    let mut i = at;
    let mut digits = String::new();
    let mut dot = false; // a flag, not digits.contains('.'): that rescan made 1,000,000,... quadratic
    while i < b.len() {
        match b[i] {
            c @ b'0'..=b'9' => {
                digits.push(c as char);
                i += 1;
            }
            // A thousands comma is followed by exactly three digits.
            b',' if !digits.is_empty()
                && !dot
                && b.get(i + 1..i + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && !b.get(i + 4).is_some_and(u8::is_ascii_digit) =>
            {
                i += 1;
            }
            b'.' if !dot && b.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                digits.push('.');
                dot = true;
                i += 1;
            }
            _ => break,
        }
    }
    if digits.is_empty() {
        return None;
    }
    let mut value: f64 = digits.parse().ok()?;
    let mut end = i;
    let (mult, mend) = multipliers(s, end);
    if mend > end {
        value *= mult;
        end = mend;
    }
    Some(Numeral { value, range: at..end, arabic: true })
}

/// A run of multipliers after a number: 万, 亿, 万亿, 千万, 百万, 千亿. A lone 十/百/千
/// counts only when a larger unit or the end of the run follows, as in 5千 or 3百万.
fn multipliers(s: &str, at: usize) -> (f64, usize) {
    let mut mult = 1.0;
    let mut end = at;
    for (j, c) in s[at..].char_indices() {
        if let Some(u) = large_unit(c) {
            mult *= u;
        } else if let Some(u) = small_unit(c) {
            if c == '十' && mult > 1.0 {
                break;
            }
            mult *= u as f64;
        } else {
            break;
        }
        end = at + j + c.len_utf8();
    }
    (mult, end)
}

/// 一千八百三十, 两千, 一万零五, 十二, 三万亿, 二〇二四 (digit by digit), 十二点五, 一万五 (=15000).
fn parse_chinese(s: &str, at: usize) -> Option<Numeral> {
    let mut total = 0f64; // closed by 亿 or 万
    let mut section = 0f64; // below 万
    let mut digit: Option<f64> = None;
    let mut last_unit: f64 = 0.0; // value of the last unit read, for 一万五 / 三千五
    let mut digits_only = true;
    let mut digit_run = String::new();
    let mut end = at;
    let mut chars = s[at..].char_indices().peekable();
    while let Some(&(j, c)) = chars.peek() {
        let here = at + j;
        if let Some(d) = chinese_digit(c) {
            if c == 'O' || c == '○' {
                // Letter O and circle only as zeros between other digits (二O二四).
                if digit_run.is_empty() {
                    break;
                }
            }
            if let Some(prev) = digit {
                // Two digits in a row: only a digit-by-digit reading (二〇二四) goes on.
                if !digits_only {
                    break;
                }
                let _ = prev;
            }
            digit = Some(d as f64);
            digit_run.push(char::from_digit(d, 10).unwrap_or('0'));
            if d == 0 {
                // 零 only separates: 一万零五.
                digit = if digits_only { Some(0.0) } else { None };
            }
        } else if let Some(u) = small_unit(c) {
            let u = u as f64;
            if digit_run.len() > 1 && digits_only {
                break;
            }
            let d = digit.take().unwrap_or(if section == 0.0 && total == 0.0 { 1.0 } else { 1.0 });
            section += d * u;
            last_unit = u;
            digits_only = false;
        } else if let Some(u) = large_unit(c) {
            if digit_run.len() > 1 && digits_only {
                break;
            }
            let d = digit.take().unwrap_or(0.0);
            let part = section + d;
            if part == 0.0 && total == 0.0 {
                break;
            }
            if u == 1e8 {
                total = (total + part) * u;
            } else if total > 0.0 && total % 1e8 == 0.0 && part == 0.0 {
                // 万亿: a 亿 total times 万.
                total *= u;
            } else {
                total += part * u;
            }
            section = 0.0;
            last_unit = u;
            digits_only = false;
        } else if (c == '点' || c == '點') && !digit_run.is_empty() {
            // A decimal part: 十二点五, 三点一四.
            let mut frac = String::new();
            let mut k = here + c.len_utf8();
            for fc in s[k..].chars() {
                match chinese_digit(fc) {
                    Some(d) => {
                        frac.push(char::from_digit(d, 10).unwrap_or('0'));
                        k += fc.len_utf8();
                    }
                    None => break,
                }
            }
            if frac.is_empty() {
                break;
            }
            let whole = if digits_only { digit_run.parse::<f64>().unwrap_or(0.0) } else { total + section + digit.unwrap_or(0.0) };
            let value = whole + format!("0.{frac}").parse::<f64>().unwrap_or(0.0);
            return Some(Numeral { value, range: at..k, arabic: false });
        } else {
            break;
        }
        chars.next();
        end = here + c.len_utf8();
    }
    if end == at {
        return None;
    }
    let value = if digits_only {
        digit_run.parse::<f64>().ok()?
    } else {
        let mut d = digit.unwrap_or(0.0);
        // 一万五 = 15000, 三千五 = 3500: a bare digit right after a unit is one step down.
        let text = &s[at..end];
        let ends_unit_digit = text
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| small_unit(c).is_some() || large_unit(c).is_some());
        if ends_unit_digit && d > 0.0 && last_unit >= 100.0 {
            d *= last_unit / 10.0;
        }
        total + section + d
    };
    Some(Numeral { value, range: at..end, arabic: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(s: &str) -> Option<f64> {
        parse_at(s, 0).filter(|n| n.range.end == s.len()).map(|n| n.value)
    }

    #[test]
    fn arabic() {
        assert_eq!(val("1830"), Some(1830.0));
        assert_eq!(val("1,830"), Some(1830.0));
        assert_eq!(val("18.3"), Some(18.3));
        assert_eq!(val("1830万"), Some(18_300_000.0));
        assert_eq!(val("1830萬"), Some(18_300_000.0));
        assert_eq!(val("3.5亿"), Some(350_000_000.0));
        assert_eq!(val("1.2万亿"), Some(1.2e12));
        assert_eq!(val("5千"), Some(5000.0));
        // "1,83" is not a thousands group.
        assert_eq!(parse_at("1,83", 0).unwrap().range, 0..1);
    }

    #[test]
    fn chinese() {
        assert_eq!(val("一千八百三十"), Some(1830.0));
        assert_eq!(val("两千"), Some(2000.0));
        assert_eq!(val("一万零五"), Some(10005.0));
        assert_eq!(val("十二"), Some(12.0));
        assert_eq!(val("二十"), Some(20.0));
        assert_eq!(val("一亿二千万"), Some(1.2e8));
        assert_eq!(val("三万亿"), Some(3e12));
        assert_eq!(val("二〇二四"), Some(2024.0));
        assert_eq!(val("壹万贰仟"), Some(12000.0));
        assert_eq!(val("十二点五"), Some(12.5));
        assert_eq!(val("一万五"), Some(15000.0));
        assert_eq!(val("三千五"), Some(3500.0));
        assert_eq!(val("一千八百三十萬"), Some(18_300_000.0));
    }
}
