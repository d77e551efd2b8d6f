//! The one numeral parser: Arabic and Chinese numerals, and their mixtures, as they stand
//! in news text. Money, quantities and dates all call it; nothing else in the crate turns
//! digits into numbers.
//!
//! Forms read by [`parse_at`]:
//! - Arabic: 1830, 1,830, 18.3, with multipliers 1830万, 3.5亿, 1.2万亿, 5千, and the
//!   mixed 1万600 (= 10600), 3亿5000万;
//! - Chinese: 一千八百三十, 两千, 一万零五, 十二, 一百二 (=120), 三万五 (=35000), 廿二, 卅,
//!   卌, 十二点五, 零点零一, 一百点123, 二〇二四 / 一七二零 (digit by digit), the financial
//!   forms 壹万贰仟, traditional 萬/億/兩, and a sign 负/負;
//! - fractions and percentages: 三分之一, 百分之三十, 千分之五 ([`NumeralKind`]);
//! - approximate numerals, which carry their precision as `approximate` plus a high end
//!   `max` where the text bounds it: 十几 / 十多 (10..20), 3000多 (3000..4000), 2000余,
//!   十来, 三五 / 两三 / 四五千 (adjacent digits: a range), 数十 / 几百 (10..100, 100..1000),
//!   上千 / 成百 (about 1000, no bound).
//!
//! The parser reads a numeral at a given position and says how far it reached. It never
//! looks for numerals inside words by itself: callers decide where a numeral may start
//! (after a currency sign, before 元, before a measure word ...), so 统一, 一些, 万一, 一致,
//! 一线 are never read as numbers.

use crate::text::any_char::AnyChar;
use std::ops::Range;

/// What a numeral counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumeralKind {
    Cardinal,
    /// 三分之一: `value` is the quotient.
    Fraction,
    /// 百分之三十: `value` is 30 (per cent).
    Percent,
    /// 千分之五: `value` is 5 (per mille).
    Permille,
}

/// A numeral read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    /// The value; for a range (三五百, 3000多) its low end.
    pub value: f64,
    /// High end of a range: 三五百 → 500, 3000多 → 4000, 数十 → 100.
    pub max: Option<f64>,
    /// The text gives the number loosely: ranges, 多, 余, 几, 上千 ...
    pub approximate: bool,
    /// Byte range in the text that was parsed.
    pub range: Range<usize>,
    /// Written with Arabic digits (possibly with a Chinese multiplier).
    pub arabic: bool,
    pub kind: NumeralKind,
}

impl Numeral {
    #[inline(never)]
    fn exact(value: f64, range: Range<usize>, arabic: bool) -> Numeral {
        Numeral {
            value,
            max: None,
            approximate: false,
            range,
            arabic,
            kind: NumeralKind::Cardinal,
        }
    }

    fn scale(&mut self, m: f64) {
        self.value *= m;
        if let Some(x) = &mut self.max {
            *x *= m;
        }
    }
}

/// A compile-time set of chars by code point modulo 1,024: most chars of a text are ruled
/// out by one probe before a `match` over dozens of chars (the numeral tests run at every
/// char of the text in several extractors).
pub(crate) struct CharBits([u64; 16]);

impl CharBits {
    pub(crate) const fn of(chars: &[char]) -> CharBits {
        CharBits::of_lists(&[chars])
    }

    /// The chars of several lists.
    pub(crate) const fn of_lists(lists: &[&[char]]) -> CharBits {
        let mut bits = [0u64; 16];
        let mut l = 0;
        while l < lists.len() {
            let chars = lists[l];
            let mut i = 0;
            while i < chars.len() {
                let k = chars[i] as usize % 1024;
                bits[k / 64] |= 1 << (k % 64);
                i += 1;
            }
            l += 1;
        }
        CharBits(bits)
    }

    #[inline]
    pub(crate) fn may_hold(&self, c: char) -> bool {
        let k = c as usize % 1024;
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// Every char [`digit_value`] knows, and then the other chars a Chinese numeral may start
/// with (a test checks both sets against the matches).
pub(crate) const NUMERAL_CHARS: [char; 38] = [
    '零', '〇', '○', 'O', '一', '壹', '幺', '二', '两', '兩', '贰', '貳', '俩', '倆', '弍', '三',
    '叁', '參', '叄', '弎', '四', '肆', '五', '伍', '六', '陆', '陸', '七', '柒', '八', '捌', '九',
    '玖', '十', '拾', '廿', '卅', '卌',
];
const DIGIT_BITS: CharBits = CharBits::of(NUMERAL_CHARS.split_at(33).0);
const NUMERAL_START_BITS: CharBits = CharBits::of(&NUMERAL_CHARS);

/// Value of a Chinese digit, including the financial (大写) and traditional forms.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn chinese_digit(c: char) -> Option<u32> {
    if !DIGIT_BITS.may_hold(c) {
        return None;
    }
    digit_value(c)
}

/// A capital digit or unit that mostly stands in a word (队伍, 大陆, 放肆, 收拾): an Arabic
/// numeral after it starts afresh (队伍412支, 大陆5月).
pub fn in_word_digit(c: char) -> bool {
    matches!(
        c,
        '伍' | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '肆'
            | '叁'
            | '贰'
            | '貳'
            | '壹'
            | '拾'
            | '佰'
            | '仟'
    )
}

fn digit_value(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' | 'O' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '贰' | '貳' | '俩' | '倆' | '弍' => 2,
        '三' | '叁' | '參' | '叄' | '弎' => 3,
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
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' | '什' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// 廿 卅 卌: twenty, thirty, forty in one character.
fn tens_char(c: char) -> Option<u32> {
    Some(match c {
        '廿' | '念' => 20,
        '卅' => 30,
        '卌' => 40,
        _ => return None,
    })
}

/// Large units that close a section (万 亿 兆) with their value.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn large_unit(c: char) -> Option<f64> {
    Some(match c {
        '万' | '萬' => 1e4,
        '亿' | '億' => 1e8,
        _ => return None,
    })
}

/// Can a Chinese numeral start with `c`?
pub fn starts_chinese_numeral(c: char) -> bool {
    // (every char of the `matches!` is in the set too)
    NUMERAL_START_BITS.may_hold(c)
        && (chinese_digit(c).is_some_and(|_| c != 'O' && c != '○')
            || matches!(c, '十' | '拾' | '廿' | '卅' | '卌'))
}

/// Can any numeral (Arabic, Chinese, approximate, fraction) start with `c`? (Asked at
/// every char by the money and quantity scans: inlined natively.)
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn starts_numeral(c: char) -> bool {
    c.is_ascii_digit()
        || (ANY_NUMERAL_START_BITS.may_hold(c)
            && (starts_chinese_numeral(c)
                || matches!(
                    c,
                    '数' | '數' | '几' | '幾' | '百' | '千' | '万' | '萬' | '上' | '成' | '负' | '負'
                )))
}

/// The chars of the `matches!` of [`starts_numeral`] (a test checks them).
const OTHER_NUMERAL_STARTS: [char; 12] =
    ['数', '數', '几', '幾', '百', '千', '万', '萬', '上', '成', '负', '負'];
/// [`NUMERAL_CHARS`] and [`OTHER_NUMERAL_STARTS`]: one test rules out most chars of a text.
const ANY_NUMERAL_START_BITS: CharBits =
    CharBits::of_lists(&[&NUMERAL_CHARS, &OTHER_NUMERAL_STARTS]);

/// The step of the last significant digit of `v`: 3000 → 1000, 3500 → 100, 1.5 → 0.1.
pub fn step_of(v: f64) -> f64 {
    let v = v.abs();
    if v == 0.0 || !v.is_finite() {
        return 1.0;
    }
    let mut scaled = v;
    let mut frac = 1.0;
    let mut k = 0;
    while (scaled - scaled.round()).abs() > 1e-6 * scaled.max(1.0) && k < 8 {
        scaled *= 10.0;
        frac /= 10.0;
        k += 1;
    }
    if k > 0 {
        return frac;
    }
    let mut step = 1.0;
    let mut n = scaled.round();
    while n >= 10.0 && (n % 10.0) == 0.0 {
        n /= 10.0;
        step *= 10.0;
    }
    step
}

/// Reads the longest numeral that starts at byte `at` of `s`, with its precision (see the
/// module docs). `None` when no numeral starts there.
pub fn parse_at(s: &str, at: usize) -> Option<Numeral> {
    parse_any(s, at).filter(|n| n.value.is_finite() && n.max.is_none_or(f64::is_finite))
}

fn parse_any(s: &str, at: usize) -> Option<Numeral> {
    let rest = s.get(at..)?;
    let first = rest.chars().next()?;
    // (asked at many chars that start no numeral: one bit test rules them out before the
    // forms below are tried one by one; a test checks that none of them starts otherwise)
    if !starts_numeral(first) {
        return None;
    }
    // 陆 is a common word char (大陆, 登陆时, the surname of 记者 陆成宽): the formal six
    // only beside another formal numeral (陆佰, 叁拾陆) or a large unit (陆万)
    if matches!(first, '陆' | '陸') && !lu_is_six(s, at) {
        return None;
    }
    // A sign: 负三, 負1.5.
    if matches!(first, '负' | '負') {
        // One sign only, and no recursion: 负负负… must not grow the stack.
        let mut n = parse_unsigned(s, at + first.len_utf8())?;
        if n.value < 0.0 {
            return None;
        }
        n.value = -n.value;
        n.max = n.max.map(|m| -m);
        n.range.start = at;
        return Some(n);
    }
    parse_unsigned(s, at)
}

/// 陆 at `at` stands beside a formal numeral or a large unit (see [`parse_any`]).
#[cold]
#[inline(never)]
fn lu_is_six(s: &str, at: usize) -> bool {
    let formal =
        |c: Option<char>| c.is_some_and(|c| "零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億".contains(c));
    formal(s[at + '陆'.len_utf8()..].chars().next()) || formal(s[..at].chars().next_back())
}

/// [`parse_any`] without a sign.
fn parse_unsigned(s: &str, at: usize) -> Option<Numeral> {
    let rest = s.get(at..)?;
    // 百分之三十, 千分之五, 万分之三.
    for (head, kind, _) in [
        ("百分之", NumeralKind::Percent, 100.0),
        ("千分之", NumeralKind::Permille, 1000.0),
    ] {
        if let Some(tail) = rest.strip_prefix(head) {
            let _ = tail;
            let inner = at + head.len();
            let mut n = if s[inner..].starts_any(&['负', '負']) {
                let mut n = parse_core(s, inner + '负'.len_utf8())?;
                n.value = -n.value;
                n.max = n.max.map(|m| -m);
                n
            } else if let Some(n) = parse_core(s, inner) {
                n
            } else if s[inner..].starts_with('百') && head == "百分之" {
                // 百分之百: a whole hundred
                Numeral::exact(100.0, inner..inner + '百'.len_utf8(), false)
            } else {
                return None;
            };
            n.range.start = at;
            n.kind = kind;
            return Some(n);
        }
    }
    let mut n = parse_core(s, at)?;
    // X分之Y: a fraction.
    if n.kind == NumeralKind::Cardinal
        && !n.approximate
        && s[n.range.end..].starts_with("分之")
        && n.value != 0.0
    {
        if let Some(d) = parse_core(s, n.range.end + "分之".len()) {
            let q = d.value / n.value;
            let range = n.range.start..d.range.end;
            let mut f = Numeral::exact(q, range, n.arabic && d.arabic);
            f.kind = NumeralKind::Fraction;
            return Some(f);
        }
    }
    // 一又二分之一.
    if !n.approximate && n.kind == NumeralKind::Cardinal && s[n.range.end..].starts_with('又') {
        let after = n.range.end + '又'.len_utf8();
        if let Some(den) = parse_core(s, after).filter(|d| !d.approximate && d.value != 0.0) {
            if s[den.range.end..].starts_with("分之") {
                if let Some(num) = parse_core(s, den.range.end + "分之".len()) {
                    n.value += num.value / den.value;
                    n.range.end = num.range.end;
                }
            }
        }
    }
    Some(n)
}

/// A cardinal, exact or approximate, without sign or fraction.
fn parse_core(s: &str, at: usize) -> Option<Numeral> {
    let rest = s.get(at..)?;
    let first = rest.chars().next()?;
    // 数十, 几百, 几万: from one unit to ten of them.
    if matches!(first, '数' | '數' | '几' | '幾') {
        let after = at + first.len_utf8();
        let (mult, end) = multipliers(s, after);
        if end == after {
            return None;
        }
        let mut n = Numeral::exact(mult, at..end, false);
        n.max = Some(mult * 10.0);
        n.approximate = true;
        return Some(n);
    }
    // 上千, 上万, 成百, 近千 is left to callers: about one unit, no bound.
    if matches!(first, '上' | '成') {
        let after = at + first.len_utf8();
        let (mult, end) = multipliers(s, after);
        if end == after || mult < 100.0 {
            return None;
        }
        let mut n = Numeral::exact(mult, at..end, false);
        n.approximate = true;
        return Some(n);
    }
    // 近千, 逾万, 约百万: a unit alone after a hedge, about one of it
    if matches!(first, '百' | '千' | '万' | '萬')
        && s[..at].ends_with_any(words!["近", "逾", "约", "約", "超", "过", "過"])
    {
        let (mult, end) = multipliers(s, at);
        if mult >= 100.0 {
            let mut n = Numeral::exact(mult, at..end, false);
            n.approximate = true;
            return Some(n);
        }
    }
    // Adjacent digits as a range: 三五, 两三, 四五千, 七八十.
    if let Some(n) = parse_digit_pair(s, at) {
        return Some(n);
    }
    let mut n = if first.is_ascii_digit() {
        parse_arabic(s, at)?
    } else if starts_chinese_numeral(first) {
        parse_chinese(s, at)?
    } else {
        return None;
    };
    approximate_tail(s, &mut n);
    Some(n)
}

/// 十几, 3000多, 2000余, 十来, then multipliers that follow: 3000多万, 十几亿.
fn approximate_tail(s: &str, n: &mut Numeral) {
    let end = n.range.end;
    let Some(c) = s[end..].chars().next() else {
        return;
    };
    // the step only before a char that may take it (it was taken after every numeral)
    if !matches!(c, '多' | '余' | '餘' | '几' | '幾' | '来' | '來') {
        return;
    }
    let step = step_of(n.value);
    let takes = match c {
        '多' | '余' | '餘' | '几' | '幾' => step >= 10.0,
        '来' | '來' => step >= 10.0 && !n.arabic,
        _ => false,
    };
    if !takes || n.value <= 0.0 {
        return;
    }
    n.max = Some(n.value + step);
    n.approximate = true;
    n.range.end = end + c.len_utf8();
    let (mult, mend) = multipliers(s, n.range.end);
    if mend > n.range.end && mult >= 1e4 {
        n.scale(mult);
        n.range.end = mend;
    }
}

/// 三五, 两三, 四五千, 七八十: two adjacent small digits read as a range.
fn parse_digit_pair(s: &str, at: usize) -> Option<Numeral> {
    let mut it = s[at..].chars();
    let a = it.next()?;
    let b = it.next()?;
    let (da, db) = (chinese_digit(a)?, chinese_digit(b)?);
    if da == 0 || !(db == da + 1 || (da == 3 && db == 5)) || matches!(a, 'O' | '○' | '〇') {
        return None;
    }
    // Not the start of a longer digit string (一二三, 二三四五).
    let end = at + a.len_utf8() + b.len_utf8();
    if s[end..]
        .chars()
        .next()
        .is_some_and(|c| chinese_digit(c).is_some() || c == '点' || c == '點')
    {
        return None;
    }
    let (mult, mend) = multipliers(s, end);
    let mut n = Numeral::exact(da as f64 * mult, at..mend, false);
    n.max = Some(db as f64 * mult);
    n.approximate = true;
    Some(n)
}

/// 1830, 1,830, 18.3, then any multipliers: 1830万, 3.5亿, 1.2万亿, 5千, 1万600.
fn parse_arabic(s: &str, at: usize) -> Option<Numeral> {
    let (mut value, mut end) = arabic_digits(s, at)?;
    // 1百01, 2千050: a unit, then exactly as many digits as it has zeros.
    if let Some(u) = next_char(s, end).and_then(small_unit) {
        let zeros = (u as f64).log10().round() as usize;
        let d_at = end + 3;
        let run = s.as_bytes()[d_at.min(s.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if run == zeros
            && value.fract() == 0.0
            && !s[d_at + run..].starts_any(&['.', '万', '亿', '萬', '億'])
        {
            if let Some(tail) = parse_decimal(&s[d_at..d_at + run]) {
                return Some(Numeral::exact(
                    value * u as f64 + tail,
                    at..d_at + run,
                    true,
                ));
            }
        }
    }
    let (mult, mend) = multipliers(s, end);
    if mend > end {
        value = scaled(value, fraction_digits(&s[at..end]), mult);
        end = mend;
        // 1万600, 3亿5000万: a smaller Arabic number right after a large unit adds on
        // (one step, no recursion: 1万1万1万… stops after the second).
        if mult >= 1e4 && s[end..].starts_with(|c: char| c.is_ascii_digit()) {
            if let Some((t, tend)) = arabic_digits(s, end) {
                let (tm, tmend) = multipliers(s, tend);
                let tail = t * tm;
                if tail < mult && !s[..end].ends_with('千') && (tmend == tend || tm < mult) {
                    value += tail;
                    end = tmend;
                }
            }
        }
    }
    Some(Numeral::exact(value, at..end, true))
}

/// Digits after the decimal point (. or ．) of a written number.
fn fraction_digits(w: &str) -> u32 {
    w.rfind_any(&['.', '．']).map_or(0, |p| {
        w[p..].chars().filter(char::is_ascii_digit).count() as u32
    })
}

/// `value` (written with `frac` decimals) times a power of ten `mult`, rounded to the
/// decimals left: 2.3亿 is 230000000, not 229999999.99999997 (2.3 has no exact f64).
fn scaled(value: f64, frac: u32, mult: f64) -> f64 {
    let r = value * mult;
    let e = mult.log10().round() as i32;
    if frac == 0 || !r.is_finite() || (mult - 10f64.powi(e)).abs() > 0.5 {
        return r;
    }
    let keep = frac as i32 - e;
    if keep <= 0 {
        r.round()
    } else {
        let p = 10f64.powi(keep);
        (r * p).round() / p
    }
}

/// Plain Arabic digits with thousands commas and a decimal point, no multiplier.
pub fn arabic_digits(s: &str, at: usize) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = at;
    let mut digits = Digits::new();
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
                && b.get(i + 1..i + 4)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && !b.get(i + 4).is_some_and(u8::is_ascii_digit) =>
            {
                i += 1;
            }
            b'.' if !digits.is_empty() && !dot && b.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                digits.push('.');
                dot = true;
                i += 1;
            }
            // The full-width full stop as a decimal point (4．6万亩 in People's Daily).
            0xEF if !digits.is_empty()
                && !digits.as_str().contains('.')
                && b.get(i..i + 3) == Some("．".as_bytes())
                && b.get(i + 3).is_some_and(u8::is_ascii_digit) =>
            {
                digits.push('.');
                i += 3;
            }
            _ => break,
        }
        if digits.len() > 40 {
            // Not a number a reader would write; stop the run here.
            break;
        }
    }
    if digits.is_empty() {
        return None;
    }
    Some((parse_decimal(digits.as_str())?, i))
}

/// `s.parse::<f64>()` for the strings the readers here build: ASCII digits with at most one
/// `.` (`None` where the standard parser fails too: no digit, a second point; any other char
/// is refused, which the callers never pass). Correctly rounded (ties to even) like the
/// standard parser, whose tables (powers of five, ~10 KB) were 15 KB of the wasm module's
/// gzip (issue 8). Up to 15 digits and 22 decimals, one exact division; longer numerals
/// (rare) by exact integer division.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = || int.bytes().chain(frac.bytes());
    if int.len() + frac.len() == 0 || !digits().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut m = 0u64;
    let fits = digits().all(|b| {
        m = m * 10 + u64::from(b - b'0');
        m < 1 << 53
    });
    if fits && frac.len() < POW10.len() {
        // Both exact, so the division rounds once, correctly.
        return Some(m as f64 / POW10[frac.len()]);
    }
    let mut n = Vec::new();
    for b in digits() {
        big::mul_add(&mut n, 10, u32::from(b - b'0'));
    }
    let mut d = vec![1];
    for _ in 0..frac.len() {
        big::mul_add(&mut d, 10, 0);
    }
    Some(big::ratio(&n, &d))
}

/// 10^0 ..= 10^22: the powers of ten an `f64` holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Unsigned big integers as little-endian `u32` limbs without high zero limbs (0 is empty),
/// for [`parse_decimal`]'s long numerals.
mod big {
    use std::cmp::Ordering;

    pub fn mul_add(a: &mut Vec<u32>, m: u32, add: u32) {
        let mut carry = u64::from(add);
        for x in a.iter_mut() {
            let v = u64::from(*x) * u64::from(m) + carry;
            *x = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            a.push(carry as u32);
        }
    }

    fn bits(a: &[u32]) -> i32 {
        a.last()
            .map_or(0, |&t| (32 * a.len()) as i32 - t.leading_zeros() as i32)
    }

    fn shl(a: &[u32], n: usize) -> Vec<u32> {
        let (words, b) = (n / 32, n % 32);
        let mut r = vec![0; words];
        let mut carry = 0;
        for &x in a {
            r.push(x << b | carry);
            carry = if b == 0 { 0 } else { x >> (32 - b) };
        }
        if carry > 0 {
            r.push(carry);
        }
        r
    }

    fn cmp(a: &[u32], b: &[u32]) -> Ordering {
        a.len()
            .cmp(&b.len())
            .then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }

    /// `a -= b`, `a >= b`.
    fn sub(a: &mut Vec<u32>, b: &[u32]) {
        let mut borrow = 0u64;
        for (i, x) in a.iter_mut().enumerate() {
            let v = u64::from(*x)
                .wrapping_sub(u64::from(b.get(i).copied().unwrap_or(0)))
                .wrapping_sub(borrow);
            *x = v as u32;
            borrow = v >> 63;
        }
        while a.last() == Some(&0) {
            a.pop();
        }
    }

    /// n / d rounded to the nearest `f64`, ties to even (n, d > 0 and the quotient within
    /// the normal range).
    pub fn ratio(n: &[u32], d: &[u32]) -> f64 {
        if n.is_empty() {
            return 0.0;
        }
        // n·2^s / d in [2^52, 2^54): take the quotient's 53 bits and the remainder.
        let mut s = 53 + bits(d) - bits(n);
        loop {
            let (mut rem, den) = if s >= 0 {
                (shl(n, s as usize), d.to_vec())
            } else {
                (n.to_vec(), shl(d, (-s) as usize))
            };
            let mut q = 0u64;
            for i in (0..55).rev() {
                let step = shl(&den, i);
                if cmp(&rem, &step) != Ordering::Less {
                    sub(&mut rem, &step);
                    q |= 1 << i;
                }
            }
            if q >= 1 << 53 {
                s -= 1;
                continue;
            }
            match cmp(&shl(&rem, 1), &den) {
                Ordering::Greater => q += 1,
                Ordering::Equal => q += q & 1,
                Ordering::Less => {}
            }
            if q == 1 << 53 {
                q >>= 1;
                s -= 1;
            }
            return q as f64 * f64::from_bits(((1023 - s) as u64) << 52);
        }
    }
}

/// The digits of a numeral as ASCII, on the stack: a `String` here was a heap allocation
/// for every numeral read (dates, money and quantities read one at many chars). Both
/// readers stop at 41 chars.
struct Digits {
    buf: [u8; 48],
    len: usize,
}

impl Digits {
    fn new() -> Digits {
        Digits {
            buf: [0; 48],
            len: 0,
        }
    }

    /// Appends an ASCII char (the readers stop long before the buffer is full).
    fn push(&mut self, c: char) {
        debug_assert!(c.is_ascii());
        if let Some(b) = self.buf.get_mut(self.len) {
            *b = c as u8;
            self.len += 1;
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }

    fn len(&self) -> usize {
        self.len
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A round amount written by its units alone, 百亿 (10^10), 千万, 百万, 千亿, 万亿: 百 or 千 and a
/// large unit, for money (超过百亿元, 百万元大奖); None for anything else.
pub fn units_alone_at(s: &str, at: usize) -> Option<Numeral> {
    let rest = s.get(at..)?;
    // (万亿: 市值突破万亿元, 万亿港元)
    if !rest.starts_any(&['百', '千', '佰', '仟']) && !rest.starts_with_any(words!["万亿", "萬億"]) {
        return None;
    }
    // 百余万, 千多亿: from one of them to two
    let c = s[at..].chars().next()?;
    let k = at + c.len_utf8();
    if s[k..].starts_any(&['余', '餘', '多']) {
        let small = small_unit(c)? as f64;
        let (mult, end) = multipliers(s, k + '余'.len_utf8());
        let v = small * mult;
        return (v >= 1e6 && large_unit(s[k + '余'.len_utf8()..].chars().next()?).is_some()).then(
            || Numeral {
                max: Some(2.0 * v),
                approximate: true,
                ..Numeral::exact(v, at..end, false)
            },
        );
    }
    let (mult, end) = multipliers(s, at);
    (mult >= 1e6 && s[at..end].contains_any(&['万', '萬', '亿', '億']))
        .then(|| Numeral::exact(mult, at..end, false))
}

/// A run of multipliers after a number: 万, 亿, 万亿, 千万, 百万, 千亿. A lone 十/百/千
/// counts only when a larger unit or the end of the run follows, as in 5千 or 3百万.
fn multipliers(s: &str, at: usize) -> (f64, usize) {
    let mut mult = 1.0;
    let mut end = at;
    for (j, c) in s[at..].char_indices() {
        if j >= 12 {
            // 万万万…: no reader writes more than four units in a row.
            break;
        }
        if let Some(u) = large_unit(c) {
            mult *= u;
        } else if let Some(u) = small_unit(c) {
            if c == '什' || (mult > 1.0 && (u as f64) < 1e4) && mult >= u as f64 {
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
    let mut last_small: f64 = 0.0; // last 十/百/千 in this section: they must fall
    let mut prev_was_unit = false;
    let mut digits_only = true;
    let mut digit_run = Digits::new();
    let mut end = at;
    for (j, c) in s[at..].char_indices() {
        let here = at + j;
        if j > 120 {
            // Forty characters is more than any numeral a reader writes.
            break;
        }
        if let Some(d) = chinese_digit(c) {
            if (c == 'O' || c == '○') && digit_run.is_empty() {
                // Letter O and circle only as zeros between other digits (二O二四).
                break;
            }
            if digit.is_some() && !digits_only {
                // Two digits in a row after a unit: 一百二三 is not one number.
                break;
            }
            if !digits_only
                && digit.is_none()
                && d != 0
                && !prev_was_unit
                && !digit_run.as_str().ends_with('0')
            {
                break;
            }
            digit_run.push(char::from_digit(d, 10).unwrap_or('0'));
            digit = if d == 0 && !digits_only {
                None
            } else {
                Some(d as f64)
            };
            prev_was_unit = false;
        } else if let Some(u) = small_unit(c)
            .map(|u| u as f64)
            .or_else(|| tens_char(c).map(|t| t as f64))
        {
            let tens = tens_char(c).is_some();
            if digit_run.len() > 1 && digits_only {
                break;
            }
            let unit = if tens { 10.0 } else { u };
            if last_small != 0.0 && unit >= last_small {
                break;
            }
            if tens && digit.is_some() {
                break;
            }
            let d = if tens {
                u / 10.0
            } else {
                digit.take().unwrap_or(1.0)
            };
            digit = None;
            section += d * unit;
            last_unit = unit;
            last_small = unit;
            digits_only = false;
            prev_was_unit = true;
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
            } else if part == 0.0 {
                break;
            } else {
                total += part * u;
            }
            section = 0.0;
            last_unit = u;
            last_small = 0.0;
            digits_only = false;
            prev_was_unit = true;
        } else if (c == '点' || c == '點') && !digit_run.is_empty()
            || (c == '点' || c == '點') && section > 0.0
        {
            // A decimal part: 十二点五, 三点一四, 一百点123.
            let k0 = here + c.len_utf8();
            let mut frac = String::new();
            let mut k = k0;
            for fc in s[k0..].chars() {
                if let Some(d) = chinese_digit(fc).filter(|_| !fc.is_ascii()) {
                    frac.push(char::from_digit(d, 10).unwrap_or('0'));
                } else if fc.is_ascii_digit() {
                    frac.push(fc);
                } else {
                    break;
                }
                k += fc.len_utf8();
                if frac.len() > 30 {
                    break;
                }
            }
            if frac.is_empty() {
                break;
            }
            let whole = if digits_only {
                parse_decimal(digit_run.as_str()).unwrap_or(0.0)
            } else {
                total + section + digit.unwrap_or(0.0)
            };
            let value = whole + parse_decimal(&format!("0.{frac}")).unwrap_or(0.0);
            let mut n = Numeral::exact(value, at..k, false);
            // 3.5万 in Chinese: 三点五万.
            let (mult, mend) = multipliers(s, k);
            if mend > k && mult >= 1e4 {
                n.value = scaled(value, frac.len() as u32, mult);
                n.range.end = mend;
            }
            return Some(n);
        } else {
            break;
        }
        end = here + c.len_utf8();
        if digit_run.len() > 40 {
            break;
        }
    }
    if end == at {
        return None;
    }
    // A trailing 零 belongs to the next word (一万零 is not a number).
    let text = &s[at..end];
    if !digits_only && (text.ends_with('零') || text.ends_with('〇')) {
        end -= '零'.len_utf8();
    }
    let value = if digits_only {
        parse_decimal(digit_run.as_str())?
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
    Some(Numeral::exact(value, at..end, false))
}

/// 第七, 第十一, 第3: an ordinal starting at `at` (on 第). Returns the value and the end.
pub fn parse_ordinal_at(s: &str, at: usize) -> Option<(f64, usize)> {
    let rest = s.get(at..)?;
    let after = at
        + if rest.starts_with('第') {
            '第'.len_utf8()
        } else {
            return None;
        };
    let n = parse_core(s, after)?;
    if n.approximate || n.value <= 0.0 || n.value.fract() != 0.0 {
        return None;
    }
    Some((n.value, n.range.end))
}

/// Reads all of `s` as one numeral (surrounding spaces allowed), or `None` if anything is
/// left over: `parse_whole("一百二十万三")` is 1203000, `parse_whole("十一十二")` is `None`.
#[inline(never)]
pub fn parse_whole(s: &str) -> Option<Numeral> {
    let t = s.trim();
    let (neg, body) = match t.chars().next()? {
        '-' | '−' | '负' | '負' => {
            let c = t.chars().next()?;
            (true, t[c.len_utf8()..].trim_start())
        }
        _ => (false, t),
    };
    // 半, 一半: a half.
    if body.is_one_of(words!["半", "一半"]) {
        let mut n = Numeral::exact(if neg { -0.5 } else { 0.5 }, 0..body.len(), false);
        n.kind = NumeralKind::Fraction;
        return Some(n);
    }
    let mut n = if let Some(frac) = body.strip_prefix('.') {
        // .77
        let (v, end) = arabic_digits(&format!("0.{frac}"), 0)?;
        if end != frac.len() + 2 {
            return None;
        }
        Numeral::exact(v, 0..body.len(), true)
    } else {
        let n = parse_at(body, 0)?;
        if n.range.end != body.len() {
            return None;
        }
        n
    };
    if neg {
        if n.value < 0.0 {
            return None;
        }
        n.value = -n.value;
        n.max = n.max.map(|m| -m);
    }
    Some(n)
}

fn next_char(s: &str, at: usize) -> Option<char> {
    s.get(at..)?.chars().next()
}

/// Appends `v` as a short decimal: 18300000, 3.14, 0.001.
pub fn format_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e17 {
        format!("{}", v as i64)
    } else {
        let s = format!("{:.10}", v);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The words of a table grouped by their first char, built on first use: a `longest`
/// lookup compares only the words that start with the char at hand instead of the whole
/// table (these lookups run at every numeral and every char of a subject).
pub(crate) struct FirstChar(std::sync::OnceLock<FirstCharIndex>);

pub(crate) struct FirstCharIndex {
    /// (first char, start, end) into `order`, sorted by char.
    groups: Vec<(char, u32, u32)>,
    /// The words' numbers, grouped by first char, in table order within a group.
    order: Vec<u32>,
    /// Some word is empty (it starts every text): no grouping then.
    has_empty: bool,
}

impl FirstChar {
    pub const fn new() -> Self {
        FirstChar(std::sync::OnceLock::new())
    }

    /// The index of `words`, each with the number by which the table finds it (its place
    /// in a slice, its cursor in a packed list).
    pub fn get<'a>(&self, words: &mut dyn Iterator<Item = (usize, &'a str)>) -> &FirstCharIndex {
        self.0.get_or_init(|| {
            let mut keyed: Vec<(char, u32)> = Vec::new();
            let mut has_empty = false;
            for (i, w) in words {
                match w.chars().next() {
                    Some(c) => keyed.push((c, i as u32)),
                    None => has_empty = true,
                }
            }
            // stable, and no sort code of its own in the module
            crate::pipeline::sort_by_span(&mut keyed, |k| (k.0 as usize, 0));
            let mut groups: Vec<(char, u32, u32)> = Vec::new();
            for (k, &(c, _)) in keyed.iter().enumerate() {
                match groups.last_mut() {
                    Some(g) if g.0 == c => g.2 = k as u32 + 1,
                    _ => groups.push((c, k as u32, k as u32 + 1)),
                }
            }
            FirstCharIndex {
                groups,
                order: keyed.into_iter().map(|k| k.1).collect(),
                has_empty,
            }
        })
    }
}

impl FirstCharIndex {
    /// The numbers, in table order, of the words that may start `s` (those that start with
    /// its first char), or `None` when every word must be tried.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn group(&self, s: &str) -> Option<&[u32]> {
        if self.has_empty {
            return None;
        }
        let Some(c) = s.chars().next() else {
            return Some(&[]);
        };
        let g = match self.groups.binary_search_by_key(&c, |g| g.0) {
            Ok(k) => self.groups[k],
            Err(_) => return Some(&[]),
        };
        self.order.get(g.1 as usize..g.2 as usize)
    }
}

#[cfg(test)]
mod tests {
    /// No numeral starts with a char that `starts_numeral` rules out (`parse_any` returns
    /// at once there): every char of the BMP and more, before the tails a numeral may have.
    #[test]
    fn only_numeral_starts_start_numerals() {
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            if super::starts_numeral(c) {
                continue;
            }
            for tail in [
                "",
                "一",
                "二三",
                "百分之五",
                "5",
                "十",
                "万",
                "分之一",
                "几",
                "多",
            ] {
                let t = format!("{c}{tail}");
                assert!(super::parse_unsigned(&t, 0).is_none(), "{t}");
            }
        }
    }

    /// parse_decimal against the standard parser: random digit strings with and without a
    /// point, long ones (the exact path), halfway cases, and what both refuse.
    #[test]
    fn parse_decimal_is_the_standard_parse() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let mut cases: Vec<String> = [
            "",
            ".",
            "..",
            "1..2",
            "1.2.3",
            "0",
            "0.0",
            "00",
            ".5",
            "5.",
            "1e5",
            "+1",
            "-1",
            "inf",
            " 1",
            "9007199254740993",
            "9007199254740992.5",
            "9007199254740993.0000000000000000000001",
            "0.1",
            "0.3",
            "123456789012345678901234567890123456789012345678",
            "0.000000000000000000000000000000000000000000001",
            "4.9406564584124654e-324",
            "17976931348623157",
            "2.2250738585072014",
            "179769313486231570000000000000000000000000000000",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for _ in 0..300_000 {
            let mut s = String::new();
            let int = next(4) as usize * next(13) as usize;
            let frac = next(4) as usize * next(13) as usize;
            for _ in 0..int {
                s.push((b'0' + if next(5) == 0 { 9 } else { next(10) as u8 }) as char);
            }
            if next(3) > 0 {
                s.push('.');
            }
            for _ in 0..frac {
                s.push((b'0' + next(10) as u8) as char);
            }
            cases.push(s);
        }
        // Exactly halfway between two f64s: m·2^e + 2^(e-1) written out in decimal.
        for m in [
            (1u64 << 53) - 1,
            (1 << 52) + 1,
            (1 << 52) + 2,
            9_007_199_254_740_881,
        ] {
            for e in [1u32, 2, 5, 10] {
                let v = (u128::from(m) << e) + (1u128 << (e - 1));
                cases.push(v.to_string());
                cases.push(format!("{v}.0"));
            }
        }
        for c in &cases {
            let std = c.parse::<f64>().ok();
            let ours = parse_decimal(c);
            if c.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
                assert_eq!(ours.map(f64::to_bits), std.map(f64::to_bits), "{c:?}");
            } else {
                assert_eq!(ours, None, "{c:?}");
            }
        }
    }
    /// The sets that rule chars out before the matches hold every char the matches know.
    #[test]
    fn char_sets_hold_every_digit() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            assert_eq!(super::chinese_digit(c), super::digit_value(c), "{c}");
            let starts = super::digit_value(c).is_some_and(|_| c != 'O' && c != '○')
                || matches!(c, '十' | '拾' | '廿' | '卅' | '卌');
            assert_eq!(super::starts_chinese_numeral(c), starts, "{c}");
            let any = c.is_ascii_digit()
                || starts
                || matches!(
                    c,
                    '数' | '數' | '几' | '幾' | '百' | '千' | '万' | '萬' | '上' | '成' | '负' | '負'
                );
            assert_eq!(super::starts_numeral(c), any, "{c}");
        }
    }

    use super::*;

    fn val(s: &str) -> Option<f64> {
        parse_whole(s).map(|n| n.value)
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
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
        assert_eq!(val("1万600"), Some(10600.0));
        assert_eq!(val("1百01"), Some(101.0));
        assert_eq!(val("4．6万"), Some(46000.0));
        assert_eq!(val("3千万亿"), Some(3e15));
        assert_eq!(val("-1,200,000"), Some(-1.2e6));
        assert_eq!(val(".77"), Some(0.77));
        // "1,83" is not a thousands group.
        assert_eq!(parse_at("1,83", 0).unwrap().range, 0..1);
    }

    #[test]
    fn chinese() {
        for (t, v) in [
            ("一千八百三十", 1830.0),
            ("两千", 2000.0),
            ("一万零五", 10005.0),
            ("十二", 12.0),
            ("二十", 20.0),
            ("一亿二千万", 1.2e8),
            ("三万亿", 3e12),
            ("二〇二四", 2024.0),
            ("壹万贰仟", 12000.0),
            ("十二点五", 12.5),
            ("一万五", 15000.0),
            ("三千五", 3500.0),
            ("一千八百三十萬", 18_300_000.0),
            ("一百二", 120.0),
            ("一百十六", 116.0),
            ("一千零十", 1010.0),
            ("一万零百一十一", 10111.0),
            ("一百亿零一", 10_000_000_001.0),
            ("一百二十万三", 1_203_000.0),
            ("一亿五千万零六千三百五十五", 150_006_355.0),
            ("廿二", 22.0),
            ("五百卅四", 534.0),
            ("一萬零卌", 10040.0),
            ("貳佰零參", 203.0),
            ("负一七二零点一", -1720.1),
            ("一百点123", 100.123),
            ("零点零零一", 0.001),
            ("壹壹", 11.0),
        ] {
            assert!(close(val(t), v), "{t}: {:?} != {v}", val(t));
        }
        assert_eq!(val("十一十二"), None);
        assert_eq!(val("点零"), None);
        assert_eq!(val("零点点"), None);
    }

    #[test]
    fn fractions_and_percent() {
        let p = parse_whole("百分之三十").unwrap();
        assert_eq!((p.value, p.kind), (30.0, NumeralKind::Percent));
        let f = parse_whole("三分之一").unwrap();
        assert!(close(Some(f.value), 1.0 / 3.0) && f.kind == NumeralKind::Fraction);
        assert!(close(val("一又二分之一"), 1.5));
        assert_eq!(val("百分之负三点八"), Some(-3.8));
    }

    #[test]
    fn approximate() {
        let r = |t: &str| parse_whole(t).map(|n| (n.value, n.max, n.approximate));
        assert_eq!(r("十几"), Some((10.0, Some(20.0), true)));
        assert_eq!(r("3000多"), Some((3000.0, Some(4000.0), true)));
        assert_eq!(r("三五"), Some((3.0, Some(5.0), true)));
        assert_eq!(r("四五千"), Some((4000.0, Some(5000.0), true)));
        assert_eq!(r("数十亿"), Some((1e9, Some(1e10), true)));
        assert_eq!(r("上千"), Some((1000.0, None, true)));
        assert_eq!(r("十几万"), Some((1e5, Some(2e5), true)));
        assert_eq!(r("2000余"), Some((2000.0, Some(3000.0), true)));
        // Digit strings are not ranges.
        assert_eq!(r("一二三"), Some((123.0, None, false)));
    }

    #[test]
    fn ordinals() {
        assert_eq!(parse_ordinal_at("第七届", 0), Some((7.0, "第七".len())));
        assert_eq!(parse_ordinal_at("第十一", 0).map(|x| x.0), Some(11.0));
        assert_eq!(parse_ordinal_at("第一线", 0).map(|x| x.0), Some(1.0));
    }

    #[test]
    fn long_runs_do_not_recurse() {
        for unit in ["负", "1万", "一又", "一又二分之", "3亿5000万"] {
            let s = unit.repeat(100_000);
            let _ = parse_at(&s, 0);
        }
        assert_eq!(val("3亿5000万"), Some(3.5e8));
    }

    #[test]
    fn never_panics() {
        for s in [
            "",
            "点",
            "负",
            "第",
            "分之",
            "百分之",
            "十万零",
            "萬萬萬",
            "1,",
            "1.",
            "数",
            "上",
            "〇〇",
            "🎉一",
        ] {
            let _ = parse_whole(s);
            for (i, _) in s.char_indices() {
                let _ = parse_at(s, i);
            }
        }
    }
}
