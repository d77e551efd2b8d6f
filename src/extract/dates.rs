//! Dates and times: absolute (2025年1月22日, 1月22日, 22日, 2024年, 2025-01-22, 2025/1/22,
//! 一九九八年四月二十七日), times of day (上午9时30分, 14:30, 下午三点半), ranges
//! (1月22日至25日, 2024—2025年, 2018年1－9月), parts of a year or month (一季度, 上半年,
//! 6月上旬, 10月底) and relative dates (今年, 去年, 明年, 昨天, 上周三, 上个月15号, 近日, 日前).
//! A day without a month that counts days is no date (期限共30日, 为期3日, 30日内). Text in
//! traditional script, or that names 民國, is read as Taiwan's and Hong Kong's news write:
//! years of the Republic in three digits (較113年度 → 2024, 預計114年量產 → 2025) and
//! quarters 第2季, 首季, 上季.
//!
//! # Values
//! `value` is ISO 8601 as precise as the text: "2025-01-22", "2024-03", "2024",
//! "2025-01-22T14:30", "2025-01-22T20" (晚上8点: the hour only). A date whose year is unknown is written "--01-22" (month and day) or
//! "--01" (month), a bare day "---22", a bare time "T14:30". A range or a part of a period
//! (上半年, 6月上旬) has `end_value`, inclusive: 上半年 → 2024-01 .. 2024-06. A relative date
//! that cannot be resolved (昨天 with no reference) has an empty `value`; the vague 近日
//! and 日前, which name no day whatever the reference, are not reported.
//!
//! # Resolving relative dates and dates without a year
//! The anchor of a document is, in this order:
//! 1. `options.reference_date`, when the caller gives one; but when the article has a
//!    dateline (新华社北京6月7日电, （中央社记者…台北6日电）, or a publication line of a full
//!    date, 发布时间：2024年03月05日), its day (a bare day up to 31 days before the
//!    reference, a month and day in the news window around it): the
//!    article's 今天, 昨天, 下周 and 19日 speak from the day it was filed;
//! 2. a dateline: a date with year, month and day written in the headline or lead, or in a
//!    short paragraph of its own (2025年01月23日 10:30 来源：…); a dateline without a year
//!    (本报上海5月20日电) is the day of the year found as in 3., or else a day of an
//!    unknown year: 昨天 is "--05-19" (no value where a 29 February could fall between);
//!    other yearless dates are then placed as with an anchor year, or not at all;
//! 3. a year of the document itself: when a sentence speaks of 今年 (this year) next to an
//!    explicit year Y, the two are different years (writers say 今年 for the current year
//!    and write out the others), so the current year is the latest explicit year of the
//!    text that is not a target (到2030年, 2035年前) plus one. The seed recaps 2024 and
//!    speaks of 今年的工作打算, so its 1月22日 is 2025-01-22. Likewise 去年（2024年）
//!    makes the current year 2025, and 今年（2025年） makes it 2025.
//!
//! A date without a year takes, in this order: the year written in an earlier date of the
//! same paragraph (2024年3月5日 … 3月8日), then the anchor — with a full anchor date, the
//! year that puts the date between nine months before and three months after it (a
//! January article's 12月28日 is last December), with an anchor year that year. Failing
//! all, the year stays out of the value. `yearInferred` is true whenever the year was not
//! written next to the date. 今年/去年 need an anchor year; 昨天/上周三 need an anchor date.
//! The machine's clock is never used.

use super::festivals::{self, Fest};
use super::numbers::{self, NumeralKind};
use crate::layout::Doc;
use crate::model::DateMention;
use crate::options::{days_in_month, Date, Options};
use crate::text::any_char::{AnyChar, Words};

/// How a date without a year, or a bare weekday, picks its year or week. News text uses
/// [`Prefer::NEWS`]; the evaluation maps each suite's convention to one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefer {
    pub yearless: Yearless,
    /// A bare weekday (周三) is in the week of the anchor (Monday to Sunday), or the next
    /// one after the anchor.
    pub weekday_future: bool,
    /// The reading day (the reference date) when the anchor is an earlier dateline: the
    /// news window of a month without a year reaches to three months after the later of
    /// the two (an April article read in June keeps 9月 in this year).
    pub read_on: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Yearless {
    /// Between nine months before and three months after the anchor date.
    News,
    /// [`Yearless::News`] for a date said to come (定于9月11日, 12月份将): up to nine
    /// months after the anchor date. Chosen per date, from the cue words around it.
    NewsAhead,
    /// The anchor's year.
    SameYear,
    /// The first such date on or after the anchor.
    Future,
    /// [`Yearless::News`] for a date said to be past (3月以来, 2月至今): the last such
    /// date on or before the anchor. Chosen per date, from the words after it.
    NewsSince,
}

impl Prefer {
    pub const NEWS: Prefer = Prefer {
        yearless: Yearless::News,
        weekday_future: false,
        read_on: None,
    };
}

/// Parts of a period: quarters, halves, ten-day thirds, starts and ends.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// Months a..=b of the year (一季度, 上半年, 前三季度, 1-9月).
    Months(u32, u32),
    /// Days a..=b of the month; 31 means the month's last day (上旬, 月底).
    Days(u32, u32),
    /// The n-th week of the month (第二周), a week counted from the month's first Monday;
    /// with a weekday, that day of it (十月第一个星期一); n = 0 is the last (最后一个周五).
    Week(u32, Option<u32>),
    /// A century or a decade (18世纪, 上世纪80年代, 1990年代, 九十年代末).
    Era(Era),
    /// Months a..=b (0..=2) of the quarter of the month resolved (上季度, 本季度末).
    OfQuarter(u32, u32),
}

/// A century or a decade, and a part of it: years `a..=b` counted from the first year of
/// a century. The century is written (`base`: 1900 for 20世纪, 80年代) or relative to the
/// year of the document (`crel`: 上世纪 −1, 本世纪 0).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Era {
    base: Option<i32>,
    crel: i32,
    a: u32,
    b: u32,
}

/// What one date expression says, before resolution.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Fields {
    y: Option<i32>,
    /// The year was written with two digits (98年): the century is inferred.
    y2: bool,
    m: Option<u32>,
    d: Option<u32>,
    h: Option<u32>,
    mi: Option<u32>,
    s: Option<u32>,
    yrel: Option<i32>,
    mrel: Option<i32>,
    drel: Option<i32>,
    /// Weeks from the anchor's week, and a weekday 1..=7 (Monday = 1).
    week: Option<(i32, Option<u32>)>,
    /// A bare weekday (周三): the week is chosen by [`Prefer`].
    weekday: Option<u32>,
    part: Option<Part>,
    /// 近日, 日前, 近期: relative, no value.
    vague: bool,
    /// 下午, 晚上: hours below 12 move to the afternoon.
    pm: bool,
    /// A weekday written next to a date (1月22日（星期三）): picks the year when the year
    /// is inferred.
    wd_check: Option<u32>,
    /// A part of the day was said (上午, 下午, 今晚): the right side of a range without
    /// one takes it.
    day_part: bool,
    /// A holiday or a lunar date (国庆节, 春节, 农历八月十五): its month and day are known
    /// once the year is.
    fest: Option<Fest>,
    /// A day named after the last one the text gave (当天 0, 次日 +1, 前一天 −1).
    anaphor: Option<i32>,
    /// The end hour of an hour range inside one time (晚上9~11点, 七八点).
    h_to: Option<u32>,
}

impl Fields {
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn is_relative(&self) -> bool {
        self.yrel.is_some()
            || self.mrel.is_some()
            || self.drel.is_some()
            || self.week.is_some()
            || self.weekday.is_some()
            || self.vague
            || self.anaphor.is_some()
            || matches!(self.part, Some(Part::Era(Era { base: None, .. })))
    }
    fn has_date(&self) -> bool {
        self.y.is_some()
            || self.m.is_some()
            || self.d.is_some()
            || self.is_relative()
            || self.part.is_some()
            || self.fest.is_some()
    }
    fn has_time(&self) -> bool {
        self.h.is_some()
    }
}

/// A mention before resolution.
#[derive(Debug, Clone)]
struct Raw {
    start: usize,
    end: usize,
    a: Fields,
    b: Option<Fields>,
    /// A day in a list after a date (9月10日、11日和12日), which took that date's month.
    listed: bool,
}

/// Relative year words and their offset. Longest match first.
const YEAR_WORDS: &[(&str, i32)] = &[
    ("大前年", -3),
    ("大后年", 3),
    ("大後年", 3),
    ("上一年", -1),
    ("今年", 0),
    ("本年", 0),
    ("去年", -1),
    ("上年", -1),
    ("前年", -2),
    ("明年", 1),
    ("来年", 1),
    ("來年", 1),
    ("下年", 1),
    // the year last named, not now: resolved by `find_with`
    ("同年", 0),
    ("后年", 2),
    ("後年", 2),
];

const MONTH_WORDS: &[(&str, i32)] = &[
    ("上上个月", -2),
    ("上上個月", -2),
    ("下下个月", 2),
    ("下下個月", 2),
    ("上一个月", -1),
    ("上一個月", -1),
    ("下一个月", 1),
    ("下一個月", 1),
    ("这个月", 0),
    ("這個月", 0),
    ("上个月", -1),
    ("上個月", -1),
    ("下个月", 1),
    ("下個月", 1),
    ("本月", 0),
    // (Hong Kong's: 今個月一手新盤成交)
    ("今个月", 0),
    ("今個月", 0),
    ("上月", -1),
    ("下月", 1),
];

/// Relative days; some carry a part of the day (今晚: tonight).
const DAY_WORDS: &[(&str, i32, bool)] = &[
    ("大大前天", -4, false),
    ("大大后天", 4, false),
    ("大大後天", 4, false),
    ("大前天", -3, false),
    ("大后天", 3, false),
    ("大後天", 3, false),
    ("今天", 0, false),
    ("今日", 0, false),
    ("本日", 0, false),
    ("昨天", -1, false),
    ("昨日", -1, false),
    ("明天", 1, false),
    ("明日", 1, false),
    ("前天", -2, false),
    ("前日", -2, false),
    ("后天", 2, false),
    ("後天", 2, false),
    ("今晨", 0, false),
    ("今早", 0, false),
    ("今晚", 0, true),
    ("今夜", 0, true),
    ("昨晚", -1, true),
    ("昨夜", -1, true),
    ("明晚", 1, true),
    ("明早", 1, false),
    // (noon, as Hong Kong's papers write it: 昨午, 今午)
    ("昨午", -1, false),
    ("今午", 0, false),
];

/// `words` (one of [`YEAR_WORDS`], [`MONTH_WORDS`], [`DAY_WORDS`]) when `rest` starts with
/// a char that starts one of them, else none: most places a date is read at (a digit, a
/// numeral) start none, and the lists are not walked there.
fn rel_words<'w, T>(rest: &str, words: &'w [T]) -> &'w [T] {
    if starts_rel_word(rest) {
        words
    } else {
        &[]
    }
}

/// `rest.starts_with(w)` for the words of [`rel_words`]' lists, which share first chars: their
/// first four bytes (a Han char and the lead of the next) compared as one number before the
/// call that compares the rest (it was a call for every word of the list). One copy in the
/// wasm module, inlined natively.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn starts_word(rest: &str, w: &str) -> bool {
    let (r, b) = (rest.as_bytes(), w.as_bytes());
    match (r.first_chunk::<4>(), b.first_chunk::<4>()) {
        (Some(x), Some(y)) => {
            u32::from_ne_bytes(*x) == u32::from_ne_bytes(*y) && r[4..].starts_with(&b[4..])
        }
        _ => rest.starts_with(w),
    }
}

/// Whether `rest` starts with the first char of a word of [`rel_words`]' lists.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn starts_rel_word(rest: &str) -> bool {
    // (every word starts with a Han char: an ASCII first byte starts none)
    rest.as_bytes().first().is_some_and(|&b| b >= 0x80)
        && rest.chars().next().is_some_and(|c| {
            matches!(
                c,
                '大' | '上'
                    | '下'
                    | '今'
                    | '本'
                    | '去'
                    | '前'
                    | '明'
                    | '来'
                    | '來'
                    | '同'
                    | '后'
                    | '後'
                    | '这'
                    | '這'
                    | '昨'
            )
        })
}

const VAGUE: Words = words!["近日", "日前", "近期", "连日"];

/// A future cue (定于9月11日举行, 应于9月30日前完成, 12月份将投入运营) and no past cue
/// (已, 了, 曾, 此前) in the clause around `start..end`: up to eight chars before the date
/// and six after it. One pass over the chars; a past cue wins.
#[inline(never)]
fn future_cue(s: &str, start: usize, end: usize) -> bool {
    let mut future = false;
    let mut look = |t: &str| {
        let mut it = t.chars();
        while let Some(c) = it.next() {
            let r = it.as_str();
            match c {
                '，' | '。' | '；' | '！' | '？' | '：' | '\n' => return true,
                '已' | '了' | '曾' => return false,
                '此' if r.starts_with('前') => return false,
                '将' | '拟' => future = true,
                '定' if r.starts_with('于') => future = true,
                '计' if r.starts_with('划') => future = true,
                '预' if r.starts_with('计') => future = true,
                '届' if r.starts_with('时') => future = true,
                '截' if r.starts_with('止') => future = true,
                '之' | '前' if r.starts_any(&['前', '完']) => future = true,
                _ => {}
            }
        }
        true
    };
    // back to the clause start (eight chars at most), then ahead to its end (six)
    let back = s[..start].char_indices().rev().take(8);
    let from = back
        .take_while(|&(_, c)| !matches!(c, '，' | '。' | '；' | '！' | '？' | '：' | '\n'))
        .last()
        .map_or(start, |(i, _)| i);
    let to = s[end..]
        .char_indices()
        .nth(6)
        .map_or(s.len(), |(i, _)| end + i);
    look(&s[from..start]) && look(&s[end..to]) && future
}

/// Days named after the last day the text gave: the first six are that day, the next four
/// its evening, then five the day after and two the day before.
const ANAPHORS: Words = words![
    "当天",
    "當天",
    "当日",
    "當日",
    "同日",
    "同一天",
    "当晚",
    "當晚",
    "当夜",
    "當夜",
    "次日",
    "翌日",
    "第二天",
    "隔天",
    "次晨",
    "前一天",
    "前一日",
];

/// An anaphoric day word at `at` (see [`ANAPHORS`]), not inside another word (相当天真,
/// 担当天下, 不可同日而语, 这次日程): the days after the last day named, whether evening.
#[inline(never)]
fn anaphor_at(s: &str, at: usize) -> Option<(i32, bool, usize)> {
    // (one test of the first char: this runs for most numbers of a text)
    if !matches!(
        next_char(s, at)?,
        '当' | '當' | '同' | '次' | '翌' | '第' | '隔' | '前'
    ) {
        return None;
    }
    let (i, w) = ANAPHORS.longest_prefix_at(&s[at..])?;
    let e = at + w.len();
    let blocks = if w.starts_with('次') {
        "这這此本该該每上下首多两兩几幾某其再初屡屢层層逐历歷累各单單依名届屆批一二三四五六七八九十0123456789"
    } else {
        "相担擔充应應适適妥恰正便理该該敢难難每直"
    };
    let hit = |set: &str, c: Option<char>| c.is_some_and(|c| set.chars().any(|x| x == c));
    if hit(blocks, prev_char(s, at)) || hit("然真才使堂空而", next_char(s, e)) {
        return None;
    }
    // 当日|本队 is 当|日本队, 同日|元 同|日元: the 日 starts a word with the next char
    // 当晚|会 is 当|晚会 (当晚会开始时), but 当晚|会见 stays: 会见 is a word after it
    let last = w.chars().next_back()?;
    if matches!(last, '日' | '晚' | '夜') {
        if let Some(c) = next_char(s, e) {
            let pair = &s[e - last.len_utf8()..e + c.len_utf8()];
            let lex = crate::lexicon::get();
            let word_after = || {
                let mut cs = s[e..].char_indices().skip(1);
                cs.next()
                    .is_some_and(|(k, c2)| lex.word(&s[e..e + k + c2.len_utf8()]).is_some())
            };
            if (lex.word(pair).is_some() || lex.places.get(pair).is_some())
                && (last == '日' || !word_after())
            {
                return None;
            }
        }
    }
    let off = match i {
        0..=9 => 0,
        10..=14 => 1,
        _ => -1,
    };
    Some((off, (6..=9).contains(&i), e))
}

/// Parts of the day: whether hours below 12 are in the afternoon.
const DAY_PARTS: &[(&str, bool)] = &[
    ("上午", false),
    ("早上", false),
    ("早晨", false),
    ("清晨", false),
    ("凌晨", false),
    ("白天", false),
    ("中午", true),
    ("午间", true),
    ("下午", true),
    ("傍晚", true),
    ("晚上", true),
    ("晚间", true),
    ("夜间", true),
    ("夜里", true),
    ("半夜", true),
    ("深夜", true),
    ("早", false),
    ("晚", true),
];

/// Whether `c` starts a word of [`DAY_PARTS`].
fn starts_day_part(c: char) -> bool {
    matches!(
        c,
        '上' | '早' | '清' | '凌' | '白' | '中' | '午' | '下' | '傍' | '晚' | '夜' | '半' | '深'
    )
}

const CONNECTORS: Words = words![
    "——", "--", "起至", "至", "到", "-", "－", "—", "–", "~", "～", "〜",
];

fn next_char(s: &str, at: usize) -> Option<char> {
    s.get(at..)?.chars().next()
}

fn prev_char(s: &str, at: usize) -> Option<char> {
    s.get(..at)?.chars().next_back()
}

/// An exact whole number written at `at` (Arabic or Chinese), with its end and how many
/// characters it took.
pub(super) fn int_at(s: &str, at: usize) -> Option<(i64, usize, usize)> {
    let n = numbers::parse_at(s, at)?;
    if n.approximate
        || n.kind != NumeralKind::Cardinal
        || n.value < 0.0
        || n.value.fract() != 0.0
        || n.value > 1e9
    {
        return None;
    }
    // 1,830 is not a date part; neither is 1.5.
    let t = &s[n.range.clone()];
    if t.contains_any(&[',', '.', '点', '點', '万', '萬', '亿', '億']) {
        return None;
    }
    Some((n.value as i64, n.range.end, t.chars().count()))
}

/// Digits of exactly `len` bytes at `at`, ASCII only.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn ascii_digits(s: &str, at: usize, min: usize, max: usize) -> Option<(u32, usize)> {
    let b = s.as_bytes();
    let mut i = at;
    while i < b.len() && b[i].is_ascii_digit() && i - at < max {
        i += 1;
    }
    if i - at < min || b.get(i).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((s[at..i].parse().ok()?, i))
}

/// A full year from a written one: 98 → 1998, 15 → 2015 (pivot at 2029), 2024 → 2024.
fn full_year(y: i64, two_digit: bool) -> i32 {
    if two_digit {
        if y <= 29 {
            2000 + y as i32
        } else {
            1900 + y as i32
        }
    } else {
        y as i32
    }
}

/// 09-01 (zero-padded month and day) and 6·30 / 7·20 (the dot names a day: 7·20暴雨).
fn numeric_month_day(s: &str, at: usize) -> Option<(Fields, usize)> {
    let (m, e1) = ascii_digits(s, at, 1, 2)?;
    let sep = next_char(s, e1)?;
    let padded = sep == '-' && e1 - at == 2;
    if !(padded || matches!(sep, '·' | '•')) || !(1..=12).contains(&m) {
        return None;
    }
    let (d, e2) = ascii_digits(s, e1 + sep.len_utf8(), 1, 2)?;
    // 09-01 needs its zero: 10-15 is as often a range of numbers.
    if padded && (e2 - (e1 + 1) != 2 || !(s[at..].starts_with('0') || s[e1 + 1..].starts_with('0')))
    {
        return None;
    }
    // Not part of a longer number sequence (09-01-2024 is read elsewhere).
    // 1·1万 is an old way to write 1.1万: a unit or a measure after it makes it a number.
    let unit_after =
        next_char(s, e2).is_some_and(|c| "万萬亿億千百%％‰多余个個名人元米吨倍".contains(c));
    if unit_after
        || next_char(s, e2).is_some_and(|c| matches!(c, '-' | '.' | '/' | '·'))
        || Date::new(2000, m, d).is_none()
    {
        return None;
    }
    Some((
        Fields {
            m: Some(m),
            d: Some(d),
            ..Default::default()
        },
        e2,
    ))
}

/// 2025-01-22, 2025/1/22, 2025.01.22, 20250122, 2022 11 23, optionally with a time 10:30.
fn numeric_date(s: &str, at: usize) -> Option<(Fields, usize)> {
    if let Some((mut f, mut end)) = numeric_month_day(s, at) {
        if next_char(s, end) == Some(' ') {
            if let Some((h, mi, sec, e)) = clock(s, end + 1) {
                f.h = Some(h);
                f.mi = Some(mi);
                f.s = sec;
                end = e;
            }
        }
        return Some((f, end));
    }
    let (y, e1) = ascii_digits(s, at, 4, 8)?;
    if e1 - at == 8 {
        // 20240307
        let (yy, mm, dd) = (y / 10000, y / 100 % 100, y % 100);
        if !(1900..=2099).contains(&yy) || Date::new(yy as i32, mm, dd).is_none() {
            return None;
        }
        let f = Fields {
            y: Some(yy as i32),
            m: Some(mm),
            d: Some(dd),
            ..Default::default()
        };
        return Some((f, e1));
    }
    if e1 - at != 4 || !(1000..=2999).contains(&y) {
        return None;
    }
    let sep = next_char(s, e1)?;
    if !matches!(sep, '-' | '/' | '.' | ' ') || (sep == ' ' && !(1900..=2099).contains(&y)) {
        return None;
    }
    let (m, e2) = ascii_digits(s, e1 + 1, 1, 2)?;
    if next_char(s, e2) != Some(sep) {
        return None;
    }
    let (d, e3) = ascii_digits(s, e2 + 1, 1, 2)?;
    Date::new(y as i32, m, d)?;
    let mut f = Fields {
        y: Some(y as i32),
        m: Some(m),
        d: Some(d),
        ..Default::default()
    };
    let mut end = e3;
    // A time after a space: 2025-01-22 10:30.
    if next_char(s, end) == Some(' ') {
        if let Some((h, mi, sec, e)) = clock(s, end + 1) {
            f.h = Some(h);
            f.mi = Some(mi);
            f.s = sec;
            end = e;
        }
    }
    Some((f, end))
}

/// 14:30, 6:42:02.
fn clock(s: &str, at: usize) -> Option<(u32, u32, Option<u32>, usize)> {
    let (h, e1) = ascii_digits(s, at, 1, 2)?;
    if !matches!(next_char(s, e1), Some(':' | '：')) || h > 24 {
        return None;
    }
    let e1 = e1 + next_char(s, e1)?.len_utf8();
    let (mi, e2) = ascii_digits(s, e1, 2, 2)?;
    if mi > 59 {
        return None;
    }
    if next_char(s, e2) == Some(':') {
        if let Some((sec, e3)) = ascii_digits(s, e2 + 1, 2, 2) {
            if sec <= 59 {
                return Some((h, mi, Some(sec), e3));
            }
        }
    }
    Some((h, mi, None, e2))
}

/// Words right before a result given in h:mm:ss (成绩2:05:12, 用时2:10:35, 跑出2:10:35).
const RACE_BEFORE: Words = words!["成绩", "用时", "耗时", "历时", "跑出", "游出", "完赛"];
/// Words right after one (2:10:35夺冠, 2:10:35的成绩; 2:05:12的个人最好成绩).
const RACE_AFTER: Words = words![
    "夺冠", "夺得", "完赛", "冲线", "撞线", "获得", "打破", "刷新", "创造",
];

/// A result of a race or a match told on a clock, h:mm:ss with an optional fraction of a
/// second (以2:10:35的成绩夺冠, 成绩2:05:12, 用时26:13:05): its seconds and its end. A
/// duration, not a time of day, so dates leave it to quantities; only where the words
/// around say it is a result (下午2:30 and 14:30:00开始 stay times).
#[inline]
pub(crate) fn race_time(s: &str, at: usize) -> Option<(f64, usize)> {
    // (cheap first, inline at every start: a digit, and a colon (or the first byte of ：)
    // after one or two digits)
    let b = s.as_bytes();
    let colon = |k: usize| matches!(b.get(k), Some(b':' | 0xEF));
    let ok = b.get(at).is_some_and(u8::is_ascii_digit)
        && (colon(at + 1) || (b.get(at + 1).is_some_and(u8::is_ascii_digit) && colon(at + 2)));
    if ok {
        race_time_at(s, at)
    } else {
        None
    }
}

/// [`race_time`] past its first test.
#[inline(never)]
fn race_time_at(s: &str, at: usize) -> Option<(f64, usize)> {
    let colon = |k: usize| s[k..].starts_any(&[':', '：']);
    let (h, e1) = ascii_digits(s, at, 1, 2)?;
    if !colon(e1) {
        return None;
    }
    let (mi, e2) = ascii_digits(s, e1 + next_char(s, e1)?.len_utf8(), 2, 2)?;
    if !colon(e2) {
        return None;
    }
    let (sec, mut end) = ascii_digits(s, e2 + next_char(s, e2)?.len_utf8(), 2, 2)?;
    if mi > 59 || sec > 59 || next_char(s, end).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut secs = f64::from(h * 3600 + mi * 60 + sec);
    // 2:05:12.5 (tenths to thousandths)
    if s[end..].starts_with('.') {
        if let Some((f, fe)) = ascii_digits(s, end + 1, 1, 3) {
            secs += f64::from(f) / [10.0, 100.0, 1000.0][fe - end - 2];
            end = fe;
        }
    }
    let before = s[..at].trim_end_any(&[' ', '：', ':', '为', '是', '达', '仅']);
    let after = &s[end..];
    // 以2:10:35夺冠; the 以 of 以14:30:00为准 is not enough alone
    let led = s[..at].ends_with('以') && after.starts_with_any(RACE_AFTER);
    let result = before.ends_with_any(RACE_BEFORE)
        || after.starts_with_any(words!["夺冠", "完赛", "冲线", "撞线"])
        // 的成绩, 的个人最好成绩
        || (after.starts_with('的')
            && after[..after.char_indices().nth(8).map_or(after.len(), |(k, _)| k)].contains("成绩"));
    (led || result).then_some((secs, end))
}

/// The end of （星期五至星期二） at `at`, the weekdays of a range's ends in brackets.
#[inline(never)]
fn weekday_pair(s: &str, at: usize) -> Option<usize> {
    let k = at + s[at..].prefix_in(words!["（", "("])?.len();
    let (None, Some(_), e) = week_at(s, k)? else {
        return None;
    };
    let k = e + CONNECTORS.longest_prefix(&s[e..])?.len();
    let (None, Some(_), e) = week_at(s, k)? else {
        return None;
    };
    Some(e + s[e..].prefix_in(words!["）", ")"])?.len())
}

/// Words after a score of a match (以12:10领先, 21:19拿下首局).
const SCORE_AFTER: Words = words![
    "领先", "落后", "战胜", "击败", "获胜", "取胜", "拿下", "险胜", "横扫", "逆转", "战平", "告负",
    "力克", "胜出",
];

/// A score told like a clock (以12:10领先, 比分为21:19, 21:19拿下首局): its end. Not a
/// time of day (以14:30为准 and 14:30开始 stay times).
#[inline(never)]
fn score(s: &str, at: usize) -> Option<usize> {
    let e = clock(s, at)?.3;
    let before = s[..at].trim_end_any(&[' ', '为', '是', '：', ':']);
    (before.ends_with_any(words!["比分", "局分"]) || s[e..].starts_with_any(SCORE_AFTER)).then_some(e)
}

/// Characters that, right before a date, mean the number belongs to something else.
fn blocks_start(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '.'
        || c == ','
        || numbers::chinese_digit(c).is_some()
        || numbers::small_unit(c).is_some()
        || numbers::large_unit(c).is_some()
        || c == '第'
}

/// Reads one date/time expression at `at`. `inherit` is the first half of a range, whose
/// fields the second half may leave out (1月22日至25日). `tw`: the text is from Taiwan or
/// Hong Kong (see [`find_with`]), where 113年度 and 第2季 are dates.
fn point(s: &str, at: usize, inherit: Option<&Fields>, tw: bool) -> Option<(Fields, usize)> {
    point_with(s, at, inherit, tw, &mut None)
}

/// [`point`], leaving in `int` the [`int_at`] of `at` when it read one (the caller that
/// falls back to a bare number at `at` reuses it instead of parsing the numeral again).
#[allow(clippy::option_option)]
fn point_with(
    s: &str,
    at: usize,
    inherit: Option<&Fields>,
    tw: bool,
    int: &mut Option<Option<(i64, usize, usize)>>,
) -> Option<(Fields, usize)> {
    let mut f = Fields::default();
    let mut j = at;
    // The number at a position, read once: the year, month and day tests below all read
    // the one at `j` while nothing before them matched (it was parsed three times).
    let mut memo: (usize, Option<(i64, usize, usize)>) = (usize::MAX, None);
    let mut int_here = |p: usize| {
        if memo.0 != p {
            memo = (p, int_at(s, p));
        }
        memo.1
    };
    // Numeric forms first: 2025-01-22.
    if let Some((nf, e)) = numeric_date(s, j) {
        return Some(time_part(s, nf, e, true));
    }
    // Centuries and decades: 上世纪80年代, 18世纪, 1990年代.
    // (not an outlet's name: 21世纪经济报道)
    if let Some((era, e)) = era_at(s, j)
        .filter(|&(_, e)| !s[e..].starts_with_any(words!["经济报道", "商业评论", "经济导报"]))
    {
        f.part = Some(Part::Era(era));
        return Some((f, e));
    }
    let rest = &s[j..];
    // Vague words.
    if let Some(w) = VAGUE.longest_prefix(rest) {
        f.vague = true;
        return Some((f, j + w.len()));
    }
    // A season of a relative year in one char each: 今冬, 去冬今春, 明夏 (not 今春节).
    if let Some((off, m)) = season_short(s, j) {
        f.yrel = Some(off);
        let e = j + "今冬".len();
        // 今冬明春, 去冬今春: from the first season to the end of the second
        let to = season_short(s, e)
            .map(|(o2, m2)| (o2 - off) * 12 + m2 as i32 + 2)
            .filter(|&b| b > m as i32 + 2 && b <= 24);
        f.part = Some(Part::Months(m, to.map_or(m + 2, |b| b as u32)));
        return Some((f, if to.is_some() { e + "明春".len() } else { e }));
    }
    // 年内 alone: within this year
    if bare_year_within(s, j) {
        f.yrel = Some(0);
        return Some((f, j + "年内".len()));
    }
    // Year.
    if let Some((w, off)) = rel_words(rest, YEAR_WORDS)
        .iter()
        .filter(|(w, _)| starts_word(rest, w) && !ends_a_word(s, j, w))
        // (投产后|年发电量: "after it starts, a year's output", no year after next)
        .filter(|(w, _)| {
            !(w.ends_with("后年")
                && s[..j].ends_with_any(words!["投产", "建成", "达产", "运营", "竣工", "完成", "达效", "开通"])
                && s[j + w.len()..].starts_with_any(words!["发电", "产值", "产量", "产能", "销售", "营收", "收入", "均", "处理", "接待", "运", "吞吐", "节约", "减排", "新增", "可", "将"]))
        })
        .max_by_key(|(w, _)| w.len())
    {
        // 前年 inside 三年前年? 前年 after a number is not a year word.
        f.yrel = Some(*off);
        j += w.len();
        if s[j..].starts_with('度') {
            j += '度'.len_utf8();
        }
    } else if let Some((n, e)) = years_ago(s, j, *int.insert(int_here(j)), tw, inherit) {
        // 十年前, 33年前: that many years before now (or before the year compared)
        f.yrel = Some(-n);
        return Some((f, e));
    } else if let Some((y, e, chars)) = *int.get_or_insert(None) {
        let all_digits = s[j..e]
            .chars()
            .all(|c| c.is_ascii_digit() || numbers::chinese_digit(c).is_some());
        // a year of the Republic of China (民国38年, 民國113年; 113年5月 alone in Taiwan's
        // news): 1911 + n
        let roc = s[..j].ends_with_any(words!["民国", "民國"]);
        // a year of the common era named so, any number of digits (公元8年), or before it
        // (公元前221年: year 1 - 221 = -220, as ISO 8601 counts a year 0)
        let bce = s[..j].ends_with("公元前");
        let ce = bce || s[..j].ends_with("公元");
        if s[e..].starts_with('年') && (all_digits || roc) && !s[e..].starts_with("年级") {
            let after = e + '年'.len_utf8();
            let month_follows = int_at(s, after)
                .is_some_and(|(m, me, _)| (1..=12).contains(&m) && s[me..].starts_with('月'));
            let roc = (1..=200).contains(&y)
                && (roc || (chars == 3 && all_digits && month_follows))
                || (tw && roc_year(s, j, e, y));
            let ok = roc
                || (ce && all_digits && (1..=9999).contains(&y))
                || match chars {
                    4 => {
                        (1800..=2199).contains(&y) || (month_follows && (1000..=2999).contains(&y))
                    }
                    2 => {
                        month_follows
                            || (!s[j..e].chars().next().is_some_and(|c| c.is_ascii_digit())
                                && inherit.is_none())
                    }
                    _ => false,
                };
            if ok {
                f.y = Some(if roc {
                    1911 + y as i32
                } else if ce {
                    if bce { 1 - y as i32 } else { y as i32 }
                } else {
                    full_year(y, chars == 2)
                });
                f.y2 = chars == 2 && !roc;
                j = after;
                if s[j..].starts_with('度') {
                    j += '度'.len_utf8();
                }
            }
        }
    }
    // Parts of a year: 一季度, 第一季度, 上半年, 前三季度, 年初, 年底.
    if f.y.is_some() || f.yrel.is_some() || inherit.is_none() {
        if let Some((p, e)) = year_part(s, j, f.y.is_some() || f.yrel.is_some(), tw) {
            f.part = Some(p);
            return Some((f, e));
        }
    }
    // A holiday or a lunar date: 国庆节, 2024年春节, 去年中秋, 农历八月十五.
    if let Some((fe, e)) = festivals::at(s, j) {
        f.fest = Some(fe);
        let (f2, e2) = time_part(s, f, e, true);
        return Some((f2, e2));
    }
    // Month.
    let rest = &s[j..];
    if f.y.is_none() && f.yrel.is_none() {
        if let Some((w, off)) = rel_words(rest, MONTH_WORDS)
            .iter()
            .filter(|(w, _)| starts_word(rest, w))
            .max_by_key(|(w, _)| w.len())
        {
            f.mrel = Some(*off);
            j += w.len();
        }
    }
    // 上季度, 下个季度, 本季度末: a quarter counted from the document's.
    if f.mrel.is_none() && f.y.is_none() && f.yrel.is_none() {
        if let Some((q, e)) = quarter_word(s, j, tw) {
            f.mrel = Some(3 * q);
            let (a, b, e) = match next_char(s, e) {
                Some('初') => (0, 0, e + '初'.len_utf8()),
                Some('末' | '底') => (2, 2, e + '末'.len_utf8()),
                _ => (0, 2, e),
            };
            f.part = Some(Part::OfQuarter(a, b));
            return Some((f, e));
        }
    }
    // 2018年1－9月, 1至3月: a range of months inside one year.
    if f.mrel.is_none() && (f.y.is_some() || f.yrel.is_some()) {
        if let Some((a, b, e)) = unit_range(s, j, '月', 12) {
            f.part = Some(Part::Months(a, b));
            let e = if s[e..].starts_with('份') {
                e + '份'.len_utf8()
            } else {
                e
            };
            return Some((f, e));
        }
    }
    if f.mrel.is_none() {
        if let Some((m, e, _)) = int_here(j) {
            // (6月龄: an age in months, 月亮: the moon)
            if (1..=12).contains(&m)
                && s[e..].starts_with('月')
                && !s[e..].starts_with_any(words!["月亮", "月龄", "月齡"])
            {
                // 3个月 has 个 and never gets here; 1－9月 is read by the range code.
                f.m = Some(m as u32);
                j = e + '月'.len_utf8();
                if s[j..].starts_with('份') {
                    j += '份'.len_utf8();
                }
            }
        }
    }
    let has_month = f.m.is_some() || f.mrel.is_some();
    // 3月第三周, 十月的第一个星期一, 本月最后一个周五.
    if has_month {
        if let Some((p, e)) = month_week(s, j) {
            f.part = Some(p);
            return Some((f, e));
        }
    }
    // Day.
    if let Some((d, e, _)) = int_here(j) {
        let arabic = s[j..].starts_with(|c: char| c.is_ascii_digit());
        let marker = next_char(s, e);
        let is_day_marker = matches!(marker, Some('日' | '号' | '號'));
        let after_marker = e + marker.map_or(0, char::len_utf8);
        let allowed = (1..=31).contains(&d)
            && is_day_marker
            && (has_month
                || inherit.is_some()
                || (arabic && marker == Some('日'))
                || time_of_day_at(s, after_marker));
        if allowed {
            let after = after_marker;
            // 一日之计, 三日游: a word, not a date.
            let word = s[after..].starts_with_any(words!["之计", "游", "元"]);
            // 期限共30日, 3日内: a count of days; a day with a month stays a date
            // (3月30日以来, 6月1日至30日期间).
            let span = !has_month && inherit.is_none() && is_day_count(s, j, after);
            if !word && !span {
                f.d = Some(d as u32);
                j = after;
            }
        }
    } else if has_month || inherit.is_some_and(|i| i.m.is_some() && i.d.is_some()) {
        // nothing
    }
    // 1月22-25日: a range of days inside one month.
    if has_month && f.d.is_none() {
        if let Some((a, b, e)) = unit_range(s, j, '日', 31).or_else(|| unit_range(s, j, '号', 31))
        {
            f.part = Some(Part::Days(a, b));
            return Some((f, e));
        }
    }
    // 1月3, 四月十三: a day without 日 right after the month, at the end of the phrase.
    if f.m.is_some() && f.d.is_none() {
        if let Some((d, e, _)) = int_here(j) {
            let next = next_char(s, e);
            if (1..=31).contains(&d)
                && !next.is_some_and(|c| {
                    crate::text::is_han(c) || c.is_ascii_alphanumeric() || c == '.' || c == '%'
                })
            {
                f.d = Some(d as u32);
                j = e;
            }
        }
    }
    // Parts of a month: 上旬, 中旬, 下旬, 初, 底, 末.
    if has_month && f.d.is_none() {
        if let Some((p, e)) = month_part(s, j) {
            f.part = Some(p);
            j = e;
        }
    }
    // 今（5）日, 昨(4)日: the day of the month written inside (Taiwanese news style).
    if !f.has_date() {
        if let Some((d, e)) = bracketed_day(s, j) {
            f.d = Some(d);
            j = e;
        }
    }
    // Relative days.
    if !f.has_date() {
        let rest = &s[j..];
        if let Some((w, off, pm)) = rel_words(rest, DAY_WORDS)
            .iter()
            .filter(|(w, _, _)| starts_word(rest, w) && !paper_name(s, j, w))
            .max_by_key(|(w, _, _)| w.len())
        {
            f.drel = Some(*off);
            f.pm = *pm;
            j += w.len();
        } else if let Some((off, pm, e)) = anaphor_at(s, j) {
            f.anaphor = Some(off);
            f.pm = pm;
            j = e;
        } else if let Some((wk, day, e)) = week_at(s, j) {
            if let Some(off) = wk {
                f.week = Some((off, day));
            } else {
                f.weekday = day;
            }
            j = e;
        }
    }
    // A weekday in brackets after a date: 1月22日（星期三）.
    if f.d.is_some() {
        for open in ["（", "("] {
            if s[j..].starts_with(open) {
                if let Some((None, Some(wd), e)) = week_at(s, j + open.len()) {
                    if let Some(close) = s[e..].prefix_in(words!["）", ")"]) {
                        j = e + close.len();
                        f.wd_check = Some(wd);
                    }
                }
            }
        }
    }
    let dated = f.has_date();
    let (f2, e) = time_part(
        s,
        f,
        j,
        dated || inherit.is_some_and(|i| i.has_date() || i.has_time()),
    );
    if !f2.has_date() && !f2.has_time() {
        return None;
    }
    Some((f2, e))
}

/// In a Taiwanese or Hong Kong text, a year of the Republic written in three digits alone
/// (`y`, from `at` to `e`, before 年): 較113年度增加, 113年起, 預計114年量產 (2024, 2025).
/// Only 100 to 130 (2011 to 2041), and only where what follows or what comes before says
/// it is a year: 100年历史 and 150年来 stay spans.
fn roc_year(s: &str, at: usize, e: usize, y: i64) -> bool {
    if !(100..=130).contains(&y) || !s[at..e].bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let after = e + '年'.len_utf8();
    let next = &s[after..];
    // a fiscal year, a start, a part of the year (113年底, 113年第3季), or a verb
    let year_words = next.starts_any(&['度', '起', '将'])
        || next.starts_with("全年")
        || year_part(s, after, true, true).is_some()
        || verb_at(next);
    // 预计114年, 自113年: a time ahead or a start, unless a span follows (于100年前)
    const BEFORE: Words = words![
        "预计", "预定", "预估", "计划", "于", "自", "从", "截至", "直到", "至", "到",
    ];
    let span = next.starts_with(|c| {
        matches!(
            c,
            '前' | '后' | '来' | '间' | '内' | '里' | '之' | '的' | '历' | '多' | '余' | '以'
        )
    });
    year_words || (s[..at].ends_with_any(BEFORE) && !span) || roc_range(s, at, e, y)
}

/// Whether the year `y` (from `at` to `e`, before 年) is one end of a range of two years of
/// the Republic, the later one second: 113年至115年, 113至115年, 110年-112年. What follows
/// the range must not make it a span (100至120年歷史, 100年至120年來); 113至115年間 and
/// 113至115年的 are those years.
fn roc_range(s: &str, at: usize, e: usize, y: i64) -> bool {
    let three = |k: usize| {
        ascii_digits(s, k, 3, 3).filter(|&(n, ke)| {
            (100..=130).contains(&n) && !next_char(s, ke).is_some_and(|c| c.is_ascii_digit())
        })
    };
    let not_span = |k: usize| {
        !s[k..].starts_with(|c| {
            matches!(
                c,
                '前' | '后' | '来' | '内' | '里' | '之' | '历' | '多' | '余' | '以'
            )
        })
    };
    let after = e + '年'.len_utf8();
    // the first end: a connector, a later year and 年
    let k = skip_ws(s, after);
    if let Some(conn) = CONNECTORS.longest_prefix(&s[k..]) {
        if let Some((m, me)) = three(skip_ws(s, k + conn.len())) {
            return i64::from(m) > y && s[me..].starts_with('年') && not_span(me + '年'.len_utf8());
        }
    }
    // the second end: an earlier year, with or without 年, and a connector before it
    let head = s[..at].trim_end_any(&[' ', '\u{3000}']);
    let Some(conn) = head.suffix_in(CONNECTORS) else {
        return false;
    };
    let head = head[..head.len() - conn.len()].trim_end_any(&[' ', '\u{3000}']);
    let head = head.strip_suffix('年').unwrap_or(head);
    let Some(n_at) = head.len().checked_sub(3) else {
        return false;
    };
    let earlier = head.is_char_boundary(n_at)
        && three(n_at).is_some_and(|(n, _)| i64::from(n) < y)
        && !prev_char(head, n_at).is_some_and(|c| c.is_ascii_digit());
    earlier && not_span(after)
}

/// Whether `s` starts with a verb of the dictionary of two or three chars (实施, 完成).
fn verb_at(s: &str) -> bool {
    // (the ends of the second and the third char)
    let mut ends = s.char_indices().map(|(k, c)| k + c.len_utf8()).skip(1);
    let (two, three) = (ends.next(), ends.next());
    [two, three].into_iter().flatten().any(|end| {
        crate::lexicon::dict()
            .word(&s[..end])
            .is_some_and(|w| w.pos == crate::lexicon::Pos::Verb)
    })
}

/// Whether the day word `w` at `at` is inside a newspaper's name: 光明日报 holds no 明日
/// (the char before and the first of `w` make a word, and 报 follows).
fn paper_name(s: &str, at: usize, w: &str) -> bool {
    let next = &s[at + w.len()..];
    w.ends_with('日')
        && next.starts_any(&['报', '報'])
        && prev_char(s, at).is_some_and(|p| {
            let k = at - p.len_utf8();
            let e = at + w.chars().next().map_or(0, char::len_utf8);
            crate::lexicon::dict().word(&s[k..e]).is_some()
        })
}

/// Whether the 前 or 后 that starts the year word `w` at `at` ends a word before it:
/// 以前年度 (previous years) holds no 前年, 今后年均 no 后年; 从前年 (since the year before
/// last) and 比前年 do.
fn ends_a_word(s: &str, at: usize, w: &str) -> bool {
    w.starts_any(&['前', '后', '後'])
        && prev_char(s, at).is_some_and(|c| {
            matches!(
                c,
                '以' | '之'
                    | '此'
                    | '目'
                    | '提'
                    | '事'
                    | '先'
                    | '空'
                    | '当'
                    | '當'
                    | '眼'
                    | '面'
                    | '生'
                    | '今'
                    | '然'
                    | '随'
                    | '隨'
                    | '最'
                    | '其'
                    | '落'
                    | '背'
            )
        })
}

/// Words right before N日 that make it a number of days: 期限共30日, 为期3日, 连续5日,
/// 长达10日, 期满30日, 每30日, 近7日, 逾30日, 增加至17日.
const DAYS_BEFORE: Words = words![
    "期限",
    "期限为",
    // (上诉期为10日, 公示期为7日)
    "期为",
    "为期",
    "历时",
    "历经",
    "耗时",
    "用时",
    "共",
    "共计",
    "合计",
    "累计",
    "连续",
    "连",
    "续",
    "长达",
    "多达",
    "满",
    "每",
    "近",
    "前",
    "后",
    "逾",
    "约",
    "超过",
    "不足",
    "不到",
    // (a number grows or shrinks to N days, not to a date: 假日由现时的14日增加至17日)
    "增加至",
    "增加到",
    "增至",
    "增到",
    "减少至",
    "减少到",
    "减至",
    "缩短至",
    "缩短到",
    "现时的",
    "现行的",
];

/// Words right after N日 (or N号) that make it a span: 30日内, 3日之内, 30日期间. (Not
/// 以来, 之后, 以后: 自28日以来 and 28日以后 are most often since or after the 28th.)
const DAYS_AFTER: Words = words!["内", "以内", "之内", "期间"];

/// Whether the N日 written from `at` (the numeral) to `after` (past 日) counts days
/// rather than naming a day of the month: 签约期限共30日, 30日内完成. The caller checks
/// that no month stands before it (3月30日, 本月30日 stay dates); 于30日, 30日上午 and
/// 30日至6月2日 have no such word and stay dates too.
pub(crate) fn is_day_count(s: &str, at: usize, after: usize) -> bool {
    let before = &s[..at];
    // (中共30日发表 is the party and a date)
    let word_before = before.ends_with_any(DAYS_BEFORE) && !before.ends_with("中共");
    // 数十日, 几十日: several tens of days (数 before digits is 指数7日, a date)
    let several = (before.ends_with('数') || before.ends_with('几'))
        && !s[at..].starts_with(|c: char| c.is_ascii_digit());
    word_before || several || s[after..].starts_with_any(DAYS_AFTER)
}

/// 今（5）日, 昨（4）日, 明(6)日, 前（3）日: the day of the month, at `at`.
fn bracketed_day(s: &str, at: usize) -> Option<(u32, usize)> {
    let rel = next_char(s, at).filter(|c| matches!(c, '今' | '昨' | '明' | '前'))?;
    let mut j = at + rel.len_utf8();
    let open = next_char(s, j).filter(|c| matches!(c, '（' | '('))?;
    j += open.len_utf8();
    let (d, e, _) = int_at(s, j)?;
    let close = next_char(s, e).filter(|c| matches!(c, '）' | ')'))?;
    j = e + close.len_utf8();
    if !(1..=31).contains(&d) || !s[j..].starts_with('日') {
        return None;
    }
    Some((d as u32, j + '日'.len_utf8()))
}

/// `a-b<unit>` at `at` with 1 <= a < b <= max: 1－9月, 22至25日.
fn unit_range(s: &str, at: usize, unit: char, max: i64) -> Option<(u32, u32, usize)> {
    let (a, e, _) = int_at(s, at)?;
    let k = skip_ws(s, e);
    let conn = CONNECTORS.longest_prefix(&s[k..])?;
    let k2 = skip_ws(s, k + conn.len());
    let (b, e2, _) = int_at(s, k2)?;
    if !s[e2..].starts_with(unit) || !(1..=max).contains(&a) || !(a..=max).contains(&b) || a == b {
        return None;
    }
    Some((a as u32, b as u32, e2 + unit.len_utf8()))
}

/// 周三, 星期三, 礼拜三, 上周三, 下星期一, 本周, 上周, 本周末 (weekday 8: the weekend). Returns
/// (week offset if said, weekday, end).
fn week_at(s: &str, at: usize) -> Option<(Option<i32>, Option<u32>, usize)> {
    // (every form starts with a word of the first list below or with the week word)
    if !s[at..].chars().next().is_some_and(|c| {
        matches!(
            c,
            '上' | '下' | '这' | '這' | '本' | '今' | '星' | '礼' | '禮' | '周' | '週'
        )
    }) {
        return None;
    }
    let mut j = at;
    let mut off = None;
    for (w, o) in [
        ("上上上", -3),
        ("下下下", 3),
        ("上上", -2),
        ("下下", 2),
        ("上", -1),
        ("下", 1),
        ("这", 0),
        ("這", 0),
        ("本", 0),
        ("今", 0),
    ] {
        if s[j..].starts_with(w) {
            off = Some(o);
            j += w.len();
            break;
        }
    }
    if off.is_some() {
        for g in ["一个", "一個", "个", "個", "一"] {
            if s[j..].starts_with(g) {
                j += g.len();
                break;
            }
        }
    }
    let word = s[j..].prefix_in(words!["星期", "礼拜", "禮拜", "周", "週"])?;
    j += word.len();
    // 上周星期三, 下周的周一.
    if off.is_some() && word.is_one_of(words!["周", "週"]) {
        let k = if s[j..].starts_with('的') {
            j + '的'.len_utf8()
        } else {
            j
        };
        if let Some(w2) = s[k..].prefix_in(words!["星期", "礼拜", "禮拜", "周", "週"]) {
            if next_char(s, k + w2.len()).is_some_and(|c| "一二三四五六日天".contains(c)) {
                j = k + w2.len();
            }
        }
    }
    // 本周末, 上个周末, 下週末: Saturday and Sunday of that week (day 8, see `resolve_fields`)
    if off.is_some() && word.is_one_of(words!["周", "週"]) && s[j..].starts_with('末') {
        return Some((off, Some(8), j + '末'.len_utf8()));
    }
    let day = next_char(s, j).and_then(|c| match c {
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '日' | '天' | '七' => Some(7),
        _ => None,
    });
    match day {
        Some(d) => {
            let e = j + next_char(s, j).map_or(0, char::len_utf8);
            // 周一至周五 is fine; 周三年 is not a weekday.
            if next_char(s, e)
                .is_some_and(|c| c == '年' || c == '个' || numbers::chinese_digit(c).is_some())
            {
                return None;
            }
            Some((off, Some(d), e))
        }
        None if off.is_some() && word != "周"
            || off.is_some()
                && !next_char(s, j).is_some_and(|c| "年期边围到转末刊报".contains(c)) =>
        {
            Some((off, None, j))
        }
        None => None,
    }
}

/// 年初, 年底, 年末 with no year before them (年初，…; 该市年初发布; 截至年底) at `at`: the
/// start or end of a year taken as a month's is (the reference date's, or the text's), not
/// the end of a word in 年 (多年, 百年, 新年, 青年, 周年, 每年) nor 大年初一, 初心, 初中, 底蕴.
#[inline(never)]
fn bare_year_edge(s: &str, at: usize) -> bool {
    let Some(c) = next_char(s, at + '年'.len_utf8()) else {
        return false;
    };
    matches!(c, '初' | '底' | '末')
        && !next_char(s, at + "年初".len()).is_some_and(begins_word_after_edge)
        && !prev_char(s, at).is_some_and(year_word_before)
}

/// 年内 alone at `at`: within this year (not 三年内, 半年内, 今年内: a count or a year word
/// before it; not 1990年内 either).
fn bare_year_within(s: &str, at: usize) -> bool {
    s[at..].starts_with_any(words!["年内", "年內"])
        && !prev_char(s, at).is_some_and(|p| {
            year_word_before(p)
                || p.is_ascii_alphanumeric()
                || numbers::chinese_digit(p).is_some()
                || "今本去明前个個该這".contains(p)
        })
}

/// Whether `p` before a bare 年 makes a word with it (多年, 新年, 每年, 当年): then 年初, 年底
/// and 年内 after it are no edge of this year.
fn year_word_before(p: char) -> bool {
    "多百千万萬新大少青成往近当當每同历歷逐常全周週半数數隔晚早童幼老中壮壯末元丰豐荒整跨翌次来來后後长長终終连連经經拜过過光学學财財年旧舊流那这這某哪头頭下该該之余餘几幾两兩廿盛暮残殘天延累积積比闰閏凶寿壽"
        .contains(p)
}

/// The first month of a season by its char (春 3, 夏 6, 秋 9, 冬 12: winter's months are
/// 12..=14, the last two in the next year).
fn season_first_month(c: Option<char>) -> Option<u32> {
    match c? {
        '春' => Some(3),
        '夏' => Some(6),
        '秋' => Some(9),
        '冬' => Some(12),
        _ => None,
    }
}

/// 今春, 去冬, 明夏, 来春 at `at`: the year's offset and the season's first month. Not a
/// word the pair starts (今春节, 明春季 is read whole elsewhere; 今秋天 is no word either way)
/// nor a name's (明春 after a surname char is a given name: 李明春).
fn season_short(s: &str, at: usize) -> Option<(i32, u32)> {
    let mut cs = s[at..].chars();
    let off = match cs.next()? {
        '今' => 0,
        '去' => -1,
        '明' | '来' | '來' => 1,
        _ => return None,
    };
    let m = season_first_month(cs.next())?;
    if cs.next().is_some_and(|c| {
        matches!(
            c,
            '节' | '節' | '季' | '天' | '风' | '風' | '装' | '裝' | '色' | '日' | '雨' | '雪' | '蚕' | '蠶' | '耕' | '播'
                | '联' | '聯' | '晚' | '运' | '運' | '菊' | '花' | '茶'
        )
    }) {
        return None;
    }
    // (a name's given chars after a common surname: 王明春, 张今秋; not after a word that
    // takes a date: 于今冬, 至今春)
    let named = prev_char(s, at).is_some_and(|p| {
        !matches!(p, '于' | '與' | '与' | '和' | '及' | '至' | '到' | '从' | '從' | '自' | '在' | '由' | '止')
            && crate::lexicon::get()
                .surnames
                .get(p.encode_utf8(&mut [0; 4]))
                .is_some_and(|&ln| ln > -7.0)
    });
    (!named).then_some((off, m))
}

/// Whether the char after 初/底/末 makes a word with it (初步, 初中, 初心, 初三, 底线, 底薪,
/// 末位): then 今年初步 is 今年 and 初步, not the start of the year.
#[inline(never)]
fn begins_word_after_edge(c: char) -> bool {
    numbers::chinese_digit(c).is_some() || "心中期级級次恋戀始创創步衷选選审審稿版蕴蘊线線层層部座薪牌子位".contains(c)
}

/// 一季度, 第一季度, 上半年, 下半年, 前三季度, 年初, 年底, 年末 at `at`.
fn year_part(s: &str, at: usize, after_year: bool, tw: bool) -> Option<(Part, usize)> {
    let rest = &s[at..];
    // (the words below by their first chars: most starts are none of them)
    let c0 = rest.chars().next();
    if matches!(c0, Some('上' | '下' | '年')) {
        for (w, p) in [
            ("上半年", Part::Months(1, 6)),
            ("下半年", Part::Months(7, 12)),
            ("年初", Part::Months(1, 2)),
            ("年底", Part::Months(12, 12)),
            ("年末", Part::Months(12, 12)),
        ] {
            if rest.starts_with(w) && (after_year || !w.starts_with('年') || bare_year_edge(s, at)) {
                return Some((p, at + w.len()));
            }
        }
    }
    // 今年春季, 去年冬天, 2027年夏季: a season of that year (winter runs into the next one).
    if after_year {
        if let Some(m) = season_first_month(c0) {
            if s[at + '春'.len_utf8()..].starts_with_any(words!["季", "天"]) {
                return Some((Part::Months(m, m + 2), at + "春季".len()));
            }
        }
    }
    // 2024年底, 上年末, 去年初: the 年 was read with the year.
    for (w, p) in [
        ("初", Part::Months(1, 2)),
        ("底", Part::Months(12, 12)),
        ("末", Part::Months(12, 12)),
    ] {
        if after_year
            && matches!(c0, Some('初' | '底' | '末'))
            && rest.starts_with(w)
            && !next_char(s, at + w.len()).is_some_and(begins_word_after_edge)
        {
            return Some((p, at + w.len()));
        }
    }
    // 前11个月，… at the start of a clause: the year's first months (离职前3个月 is before
    // something, 前12个月 a trailing year)
    let opens = !after_year
        && c0 == Some('前')
        && prev_char(s, at).is_none_or(|c| matches!(c, '，' | '。' | '；' | '：' | '\n' | ','));
    if !after_year && !opens {
        // (only a quarter is left to read: a 季 within the next six chars, looked for before
        // the numeral is parsed, as this runs at every candidate start)
        if !rest.chars().take(6).any(|c| c == '季') {
            return None;
        }
        // 连续三季度, 近两季度, 每季度: a count of quarters, not one of them; 《好声音》第2季
        // is a season of a show
        if prev_char(s, at).is_some_and(|c| "续连近每这那多几去》」".contains(c)) {
            return None;
        }
    }
    // 首季度; 首季 (Hong Kong's first quarter) after a year or in a Taiwanese or Hong Kong
    // text (a player's 首季 elsewhere is his first season)
    // (a league's 首季 near words of ball games is a player's first season there)
    if let Some(w) = ["首季度", "首季"].into_iter().find(|w| {
        rest.starts_with(w) && (after_year || w.len() > "首季".len() || (tw && !sports_near(s, at)))
    }) {
        return Some((Part::Months(1, 3), at + w.len()));
    }
    let mut j = at;
    let mut first = false;
    // (首五个月, 首5個月: Hong Kong's and Taiwan's 前五个月)
    if rest.starts_with('前') || (after_year && rest.starts_with('首')) {
        first = true;
        j += '前'.len_utf8();
    } else if rest.starts_with('第') {
        j += '第'.len_utf8();
    }
    let (q, e, _) = int_at(s, j)?;
    // 前五个月, 前5个月, 前4月, 首5個月: the first months of the year.
    if first && (after_year || opens) {
        if let Some(w) = s[e..].prefix_in(words!["个月", "個月", "月"]) {
            if (1..=12).contains(&q) && (after_year || (2..=11).contains(&q) && w.len() > 3) {
                return Some((Part::Months(1, q as u32), e + w.len()));
            }
        }
    }
    // (a quarter with no year before it only as 季度, 三季 alone is three seasons; but
    // Taiwan's and Hong Kong's news write 第2季 for 第二季度)
    // (前三个季度: the first three)
    let e = if first && s[e..].starts_with_any(words!["个季度", "個季度"]) {
        e + '个'.len_utf8()
    } else {
        e
    };
    let tail = ["季度", "季"]
        .into_iter()
        .find(|w| s[e..].starts_with(w) && (after_year || w.len() > 3 || (tw && j > at)))?;
    if !(1..=4).contains(&q) {
        return None;
    }
    let q = q as u32;
    let mut end = e + tail.len();
    let p = if first {
        Part::Months(1, q * 3)
    } else if s[end..].starts_with('初') {
        end += '初'.len_utf8();
        Part::Months(q * 3 - 2, q * 3 - 2)
    } else if s[end..].starts_with('末') || s[end..].starts_with('底') {
        end += '末'.len_utf8();
        Part::Months(q * 3, q * 3)
    } else {
        Part::Months(q * 3 - 2, q * 3)
    };
    Some((p, end))
}

/// A five-year plan named for its period: “十五五”期间 is 2026–2030 (十一五 … 十六五: the
/// n-th plan starts in 1966 + 5 (n − 3)); a plan's name alone (十五五规划) is no date.
#[inline(never)]
fn plan_years(s: &str, at: usize) -> Option<(Era, usize)> {
    let mut k = s[at..].char_indices().skip(1);
    let (Some((_, d)), Some((e, '五'))) = (k.next(), k.next()) else {
        return None;
    };
    let e = at + e + '五'.len_utf8();
    let rest = s[e..].trim_start_matches(['”', '"', '」', '’']);
    let n = numbers::chinese_digit(d).filter(|n| (1..=6).contains(n))?;
    (rest.starts_any(&['期', '时', '時', '以']) && rest[3..].starts_any(&['间', '間', '期', '来', '來']))
        .then(|| (Era { base: Some(2000), crel: 0, a: 1 + 5 * n, b: 5 + 5 * n }, e))
}

/// A century, a decade, or a decade of a century, and a part of either, at `at`.
fn era_at(s: &str, at: usize) -> Option<(Era, usize)> {
    const RELATIVE: &[(&str, i32)] = &[
        ("上世纪", -1),
        ("上世紀", -1),
        ("上个世纪", -1),
        ("上個世紀", -1),
        ("上一世纪", -1),
        ("上一世紀", -1),
        ("本世纪", 0),
        ("本世紀", 0),
        ("这个世纪", 0),
        ("這個世紀", 0),
    ];
    let c = next_char(s, at)?;
    if !(c.is_ascii_digit()
        || numbers::chinese_digit(c).is_some()
        || c == '十'
        || c == '上'
        || c == '本'
        || c == '这'
        || c == '這')
    {
        return None;
    }
    if c == '十' {
        if let Some(r) = plan_years(s, at) {
            return Some(r);
        }
    }
    // (this is tried at every number: a 世 or a 代 within the next few chars first, by
    // their UTF-8 bytes, before any numeral is parsed)
    let b = s.as_bytes();
    let window = &b[at..(at + 30).min(b.len())];
    if !window
        .windows(3)
        // (世 E4 B8 96, 代 E4 BB A3, 紀 E7 B4 80: byte patterns, no slice compares)
        .any(|w| {
            matches!(
                w,
                [0xE4, 0xB8, 0x96] | [0xE4, 0xBB, 0xA3] | [0xE7, 0xB4, 0x80]
            )
        })
    {
        return None;
    }
    let mut j = at;
    let mut era = Era {
        base: None,
        crel: 0,
        a: 0,
        b: 99,
    };
    let mut century = false;
    if let Some((w, off)) = RELATIVE.iter().find(|(w, _)| s[j..].starts_with(w)) {
        era.crel = *off;
        century = true;
        j += w.len();
    } else if let Some((n, e, _)) = int_at(s, j) {
        if let Some(w) = s[e..].prefix_in(words!["世纪", "世紀"]) {
            if !(1..=21).contains(&n) {
                return None;
            }
            era.base = Some((n as i32 - 1) * 100);
            century = true;
            j = e + w.len();
        }
    }
    // A decade: 80年代, 八十年代, 1980年代 (not 2020年代表, 年代理).
    let decade = int_at(s, j).filter(|&(n, e, _)| {
        n % 10 == 0
            && s[e..].starts_with("年代")
            && !s[e + "年代".len()..].starts_any(&['表', '理'])
    });
    if let Some((n, e, chars)) = decade {
        match (century, chars) {
            (true, _) | (false, 2) if n <= 90 => {
                if !century {
                    // 80年代 is the 1980s, 10年代 the 2010s: the pivot of two-digit years.
                    era.base = Some(full_year(n, true) - n as i32);
                }
                era.a = n as u32;
                era.b = n as u32 + 9;
            }
            (false, 4) => {
                era.base = Some(n as i32 / 100 * 100);
                era.a = (n % 100) as u32;
                era.b = era.a + 9;
            }
            _ => return None,
        }
        j = e + "年代".len();
    } else if !century {
        return None;
    }
    // Its beginning, middle or end: 二十世纪初, 九十年代末期, 60年代前期, 上世纪下半叶.
    let parts: &[(&str, u32, u32)] = if decade.is_some() {
        &[
            ("初期", 0, 2),
            ("初", 0, 2),
            ("前期", 0, 2),
            ("早期", 0, 2),
            ("中期", 3, 6),
            ("末期", 7, 9),
            ("末", 7, 9),
            ("后期", 7, 9),
            ("後期", 7, 9),
            ("晚期", 7, 9),
        ]
    } else {
        &[
            ("初期", 0, 19),
            ("初", 0, 19),
            ("前期", 0, 19),
            ("早期", 0, 19),
            ("中叶", 40, 59),
            ("中葉", 40, 59),
            ("中期", 40, 59),
            ("末期", 80, 99),
            ("末", 80, 99),
            ("后期", 80, 99),
            ("後期", 80, 99),
            ("晚期", 80, 99),
            ("上半叶", 0, 49),
            ("上半葉", 0, 49),
            ("前半叶", 0, 49),
            ("下半叶", 50, 99),
            ("下半葉", 50, 99),
            ("后半叶", 50, 99),
        ]
    };
    if let Some((w, a, b)) = parts.iter().find(|(w, _, _)| s[j..].starts_with(w)) {
        era.b = era.a + b;
        era.a += a;
        j += w.len();
    }
    Some((era, j))
}

/// 上季度, 上个季度, 本季度, 下一季度, 下下个季度: quarters from the document's, and the end.
fn quarter_word(s: &str, at: usize, tw: bool) -> Option<(i32, usize)> {
    if !matches!(next_char(s, at), Some('上' | '下' | '这' | '這' | '本')) {
        return None;
    }
    let (w, q) = [
        ("上上个", -2),
        ("上上個", -2),
        ("下下个", 2),
        ("下下個", 2),
        ("上一个", -1),
        ("上一個", -1),
        ("下一个", 1),
        ("下一個", 1),
        ("上个", -1),
        ("上個", -1),
        ("下个", 1),
        ("下個", 1),
        ("这个", 0),
        ("這個", 0),
        ("上一", -1),
        ("下一", 1),
        ("上", -1),
        ("下", 1),
        ("本", 0),
    ]
    .into_iter()
    .find(|(w, _)| s[at..].starts_with(w))?;
    let e = at + w.len();
    if s[e..].starts_with("季度") {
        return Some((q, e + "季度".len()));
    }
    // 上季 in Taiwan's and Hong Kong's news: last quarter (not 上季节, 季后赛, 季军)
    let season =
        next_char(s, e + '季'.len_utf8()).is_some_and(|c| matches!(c, '节' | '赛' | '后' | '军'));
    (tw && q == -1 && s[e..].starts_with('季') && !season && !sports_near(s, at))
        .then(|| (q, e + '季'.len_utf8()))
}

/// Words of ball games: near them, Hong Kong's 上季, 首季 (and 今季, 本季) are a season of
/// a league (曼聯上季在英超入球不多), not a quarter of a year. Simplified: the text is folded.
const SPORTS_WORDS: Words = words![
    "球季",
    "联赛",
    "英超",
    "西甲",
    "意甲",
    "德甲",
    "法甲",
    "欧冠",
    "中超",
    "港超",
    "进球",
    "入球",
    "射入",
    "攻入",
    "球队",
    "球员",
    "主帅",
    "赛季",
    "季后赛",
    "射手",
    "助攻",
];

/// Whether a word of [`SPORTS_WORDS`] stands within 60 chars of `at` (a clause or two:
/// a business article's 首季 rarely has a league that close). Only run on a 上季 or 首季
/// already matched.
fn sports_near(s: &str, at: usize) -> bool {
    const REACH: usize = 60;
    let from = s[..at]
        .char_indices()
        .rev()
        .nth(REACH - 1)
        .map_or(0, |(k, _)| k);
    let to = s[at..]
        .char_indices()
        .nth(REACH)
        .map_or(s.len(), |(k, _)| at + k);
    let window = &s[from..to];
    window.contains_any_of(SPORTS_WORDS)
}

/// The n-th week of a month, or the n-th weekday, after the month: 第三周, 的第一个星期一,
/// 第2个周二, 最后一个星期五, 最后一周.
fn month_week(s: &str, at: usize) -> Option<(Part, usize)> {
    let mut j = at;
    if s[j..].starts_with('的') {
        j += '的'.len_utf8();
    }
    let n = if let Some(w) = s[j..].prefix_in(words!["最后一个", "最後一個", "最后一", "最後一"])
    {
        j += w.len();
        0
    } else {
        j = s[j..].starts_with('第').then(|| j + '第'.len_utf8())?;
        let (n, e, _) = int_at(s, j)?;
        if !(1..=5).contains(&n) {
            return None;
        }
        j = e;
        if let Some(g) = s[j..].prefix_in(words!["个", "個"]) {
            j += g.len();
        }
        n as u32
    };
    let word = s[j..].prefix_in(words!["星期", "礼拜", "禮拜", "周", "週"])?;
    j += word.len();
    let wd = next_char(s, j)
        .and_then(|c| "一二三四五六日天".chars().position(|x| x == c))
        .map(|i| (i as u32 + 1).min(7));
    if let Some(c) = wd.and(next_char(s, j)) {
        j += c.len_utf8();
    }
    Some((Part::Week(n, wd), j))
}

/// 上旬, 中旬, 下旬, 初, 底, 末, 月底 after a month.
fn month_part(s: &str, at: usize) -> Option<(Part, usize)> {
    for (w, p) in [
        ("上中旬", Part::Days(1, 20)),
        ("中下旬", Part::Days(11, 31)),
        ("上旬", Part::Days(1, 10)),
        ("中旬", Part::Days(11, 20)),
        ("下旬", Part::Days(21, 31)),
        ("月初", Part::Days(1, 5)),
        ("月底", Part::Days(25, 31)),
        ("月末", Part::Days(25, 31)),
        ("初", Part::Days(1, 5)),
        ("底", Part::Days(25, 31)),
        ("末", Part::Days(25, 31)),
    ] {
        if s[at..].starts_with(w) {
            return Some((p, at + w.len()));
        }
    }
    None
}

/// A part of the day and a time: 下午3点半, 上午9时30分, 14:30, 晚上8点许.
/// `dated`: a date stands before, so a bare 3点 is a time.
fn time_part(s: &str, mut f: Fields, at: usize, dated: bool) -> (Fields, usize) {
    let mut j = at;
    let mut pm = f.pm;
    let mut said_part = f.pm;
    // (中午11点半 is before noon: 11 stays, 1 is 13)
    let mut noon = false;
    // (the first chars of the words of the list first: most places start none)
    let parts = if s[j..].chars().next().is_some_and(starts_day_part) {
        DAY_PARTS
    } else {
        &[]
    };
    if let Some((w, p)) = parts
        .iter()
        .filter(|(w, _)| s[j..].starts_with(w))
        .max_by_key(|(w, _)| w.len())
    {
        // A one-character 早/晚 only directly before a number, or 晚 after a day of the
        // month (3日晚进行的比赛; not 3日晚会, 晚宴, 晚于).
        let e = j + w.len();
        if w.chars().count() > 1
            // (早一点, 晚一點 are "a bit earlier, later")
            || (int_at(s, e).is_some() && !s[e..].starts_with_any(words!["一点", "一點", "一些"]))
            || (*w == "晚"
                && f.d.is_some()
                && !s[e..]
                    .starts_any(&['会', '宴', '餐', '饭', '报', '于', '些', '点', '年', '期']))
        {
            pm = *p;
            noon = w.is_one_of(words!["中午", "午间"]);
            said_part = true;
            f.day_part = true;
            f.pm = pm;
            j = e;
        }
    }
    let hour = |h: u32| adjust_hour(h, pm && !(noon && h >= 11));
    if let Some((h, mi, sec, e)) = clock(s, j) {
        f.h = Some(hour(h));
        f.mi = Some(mi);
        f.s = sec;
        // 11:00时: a redundant 时.
        let e = if s[e..].starts_with('时') || s[e..].starts_with('時') {
            e + '时'.len_utf8()
        } else {
            e
        };
        return (f, e);
    }
    // 9~11点, 七八点: an hour range in one time, after a date or a part of the day.
    if dated || said_part {
        if let Some((h1, h2, e)) = hour_range(s, j) {
            f.h = Some(hour(h1));
            f.h_to = Some(hour(h2));
            f.mi = None;
            return (f, skip_about(s, e));
        }
    }
    if let Some((h, e)) = hour_at(s, j) {
        let marker = next_char(s, e);
        if (0..=24).contains(&h) && matches!(marker, Some('时' | '時' | '点' | '點')) {
            let m = marker.unwrap_or('时');
            let after = e + m.len_utf8();
            // 十二时辰: the day's twelve two-hour periods (《长安十二时辰》), no hour
            if s[after..].starts_with('辰') {
                return (f, j);
            }
            let mut k = after;
            let mut minute = None;
            let mut clear = matches!(m, '时' | '時');
            // Minutes: 30分, 半, 一刻, 三刻, 整, or a bare number after 点 (9点20).
            if s[k..].starts_with('半') {
                minute = Some(30);
                k += '半'.len_utf8();
                clear = true;
            } else if let Some((q, qe, _)) =
                int_at(s, k).filter(|(_, qe, _)| s[*qe..].starts_with('刻'))
            {
                minute = Some((q * 15).min(59) as u32);
                k = qe + '刻'.len_utf8();
                clear = true;
            } else if let Some((mm, me, chars)) = int_at(s, k) {
                if mm < 60 {
                    if s[me..].starts_with('分') && !s[me..].starts_with("分之") {
                        minute = Some(mm as u32);
                        k = me + '分'.len_utf8();
                        clear = true;
                    } else if (dated || said_part) && (chars >= 2 || s[k..].starts_with('零')) {
                        minute = Some(mm as u32);
                        k = me;
                    }
                }
            } else if s[k..].starts_with('整') || s[k..].starts_with_any(words!["钟", "鐘"]) {
                k += '整'.len_utf8();
            }
            // 一时 alone is "for a while" (一时心存侥幸, 一时间), no one o'clock
            if &s[j..e] == "一"
                && minute.is_none()
                && !dated
                && !said_part
                && !s[after..].starts_any(&['许', '許', '整', '左', '起', '至', '到'])
            {
                clear = false;
            }
            // A bare 三点 is too often "three points"; 0点一 is a decimal.
            let decimal_after = minute.is_none()
                && next_char(s, after)
                    .is_some_and(|c| numbers::chinese_digit(c).is_some() || c.is_ascii_digit());
            if (clear || dated || said_part) && !decimal_after {
                f.h = Some(hour(h as u32));
                f.mi = minute;
                j = k;
                if let Some((sec, se, _)) =
                    int_at(s, j).filter(|(sec, se, _)| *sec < 60 && s[*se..].starts_with('秒'))
                {
                    f.s = Some(sec as u32);
                    j = se + '秒'.len_utf8();
                }
                return (f, skip_about(s, j));
            }
        }
    }
    // A part of the day alone after a date is part of the mention (9日上午).
    if said_part && f.has_date() && at != j {
        f.pm = pm;
        // 4日白天到夜间: a second part of the same day, with no time or date after it
        if let Some(c) = s[j..].prefix_in(words!["到", "至"]) {
            let k = j + c.len();
            if let Some((w, _)) = DAY_PARTS
                .iter()
                .filter(|(w, _)| w.chars().count() > 1 && s[k..].starts_with(w))
                .max_by_key(|(w, _)| w.len())
            {
                if !next_char(s, k + w.len()).is_some_and(numbers::starts_numeral) {
                    return (f, k + w.len());
                }
            }
        }
        return (f, j);
    }
    (f, at)
}

/// Past 许 / 左右 after a time (3时许, 8点左右).
fn skip_about(s: &str, j: usize) -> usize {
    j + words!["许", "許", "左右"].longest_prefix(&s[j..]).map_or(0, str::len)
}

/// Two hours before one 点/时: 9~11点, 9至11时 (the first without its marker), 七八点 (two
/// neighbouring digits). The hours and the end past the marker.
fn hour_range(s: &str, at: usize) -> Option<(u32, u32, usize)> {
    let mut cs = s[at..].chars();
    let (c1, c2) = (cs.next()?, cs.next()?);
    if !c1.is_ascii_digit() && numbers::chinese_digit(c1).is_none() {
        return None;
    }
    let (h1, h2, e) = match (numbers::chinese_digit(c1), numbers::chinese_digit(c2)) {
        (Some(a), Some(b)) if b == a + 1 && a >= 1 => {
            (a as i64, b as i64, at + c1.len_utf8() + c2.len_utf8())
        }
        _ => {
            let (h1, e1, _) = int_at(s, at)?;
            let conn = s[e1..].prefix_in(words!["~", "～", "-", "－", "至", "到"])?;
            let (h2, e2) = hour_at(s, e1 + conn.len())?;
            (h1, h2, e2)
        }
    };
    let marker = next_char(s, e).filter(|c| matches!(c, '时' | '時' | '点' | '點'))?;
    // 9~11点 not 9~11点半 (read as a range of times by the caller)
    let after = e + marker.len_utf8();
    if !(0..h2).contains(&h1)
        || h2 > 24
        || next_char(s, after).is_some_and(|c| {
            c == '半' || c == '分' || c.is_ascii_digit() || numbers::chinese_digit(c).is_some()
        })
    {
        return None;
    }
    Some((h1 as u32, h2 as u32, after))
}

/// A part of the day (晚上, not a lone 晚) or a clock time at `at`: what makes 8号 or 二十日
/// a day of the month without a month before it (8号晚上9点, 十五日上午).
fn time_of_day_at(s: &str, at: usize) -> bool {
    DAY_PARTS
        .iter()
        .any(|(w, _)| w.chars().count() > 1 && s[at..].starts_with(w))
        || clock(s, at).is_some()
}

/// An hour before 时/点: the numeral is read up to the marker, so 三点零五 is not 3.05.
#[inline(never)]
fn hour_at(s: &str, at: usize) -> Option<(i64, usize)> {
    let mut k = at;
    for (n, c) in s[at..].chars().enumerate() {
        if n > 3 {
            return None;
        }
        if matches!(c, '时' | '時' | '点' | '點') {
            break;
        }
        k += c.len_utf8();
    }
    if k == at || k >= s.len() {
        return None;
    }
    let (h, e, _) = int_at(&s[..k], at)?;
    (e == k).then_some((h, e))
}

fn adjust_hour(h: u32, pm: bool) -> u32 {
    if pm && h < 12 {
        h + 12
    } else {
        h
    }
}

/// The chars other than numerals a date word starts with.
const WORD_STARTS: [char; 33] = [
    '今', '去', '明', '前', '后', '後', '本', '上', '下', '大', '来', '來', '这', '這', '近', '日',
    '连', '周', '週', '星', '礼', '禮', '昨', '早', '晚', '中', '凌', '清', '傍', '夜', '半', '深',
    '午',
];

fn is_word_start(c: char) -> bool {
    matches!(
        c,
        '今' | '去'
            | '明'
            | '前'
            | '后'
            | '後'
            | '本'
            | '上'
            | '下'
            | '大'
            | '来'
            | '來'
            | '这'
            | '這'
            | '近'
            | '日'
            | '连'
            | '周'
            | '週'
            | '星'
            | '礼'
            | '禮'
            | '昨'
            | '早'
            | '晚'
            | '中'
            | '凌'
            | '清'
            | '傍'
            | '夜'
            | '半'
            | '深'
            | '午'
    )
}

/// The chars of [`WORD_STARTS`] and those a Chinese numeral starts with, by their low ten
/// bits: most chars of a text are ruled out by one test (a test checks the superset).
const START_BITS: numbers::CharBits =
    numbers::CharBits::of_lists(&[&WORD_STARTS, &numbers::NUMERAL_CHARS]);

/// Every raw mention in `s`, left to right, not overlapping.
/// After a date, a short aside in brackets that a connector follows (1月28日（农历除夕）至2月4日):
/// the connector's position; else `at`.
fn skip_aside(s: &str, at: usize) -> usize {
    let Some(open) = s[at..].chars().next().filter(|c| matches!(c, '（' | '(')) else {
        return at;
    };
    let close = if open == '（' { '）' } else { ')' };
    let inner = at + open.len_utf8();
    let Some((i, _)) = s[inner..]
        .char_indices()
        .take(12)
        .find(|&(_, c)| c == close)
    else {
        return at;
    };
    let after = skip_ws(s, inner + i + close.len_utf8());
    if CONNECTORS.longest_prefix(&s[after..]).is_some() {
        after
    } else {
        at
    }
}

/// N年前 at `at` (十年前, 33年前, 两年前; `int` is the numeral there): N and the end. Not a
/// year written before 前 (2035年前, Taiwan's 97年前), nor a vague count (数十年前,
/// 几十年前), nor 年前后 (around).
fn years_ago(
    s: &str,
    at: usize,
    int: Option<(i64, usize, usize)>,
    tw: bool,
    inherit: Option<&Fields>,
) -> Option<(i32, usize)> {
    let (n, e, chars) = int?;
    let end = e + "年前".len();
    (!tw && inherit.is_none()
        && (1..=100).contains(&n)
        && chars <= 3
        && s[e..].starts_with("年前")
        && !prev_char(s, at).is_some_and(|c| "数數几幾好多近上第".contains(c))
        && !next_char(s, end).is_some_and(|c| matches!(c, '后' | '後' | '夕')))
    .then_some((n as i32, end))
}

/// 同年 at `at` as "the same year" (1964年毕业，同年分配), not inside 不同年龄, 同年级,
/// 共同年度.
fn same_year_at(s: &str, at: usize) -> bool {
    s[at..].starts_with("同年")
        && !prev_char(s, at).is_some_and(|c| matches!(c, '不' | '相' | '共' | '等' | '如'))
        && !next_char(s, at + "同年".len()).is_some_and(|c| {
            matches!(
                c,
                '龄' | '齡' | '级' | '級' | '代' | '纪' | '紀' | '生' | '人' | '份' | '度'
            )
        })
}

/// A comparison with the period before (较上月增加, 比上年增长, 与上年同期相比, 与上月持平,
/// 上年同期为) around the relative word at `start..end`.
fn compared(s: &str, start: usize, end: usize) -> bool {
    // 上年同期为盈利6.1亿元: the same period a year before the one reported
    if s[start..].starts_with('上') && s[end..].starts_with("同期") {
        return true;
    }
    match prev_char(s, start) {
        Some('较' | '較' | '比') => true,
        Some('与' | '與' | '和' | '同' | '跟') => {
            let rest = &s[end..];
            let rest = rest.strip_prefix("同期").unwrap_or(rest);
            // 与上月相比, 与上月持平, 涨幅与上月相同
            rest.starts_with_any(words![
                "相比",
                "比较",
                "比較",
                "持平",
                "相同",
                "相当",
                "相當",
                "一致",
                "基本持平",
            ])
        }
        _ => false,
    }
}

/// The year, and the month if it names one, of a resolved value that names no day
/// ("2024-05", "2024"): the period a text reports.
fn period_of(value: &str) -> Option<(i32, Option<u32>)> {
    let (y, e) = ascii_digits(value, 0, 4, 4)?;
    let m = match value.len() - e {
        0 => None,
        3 => Some(ascii_digits(value, e + 1, 2, 2)?.0),
        _ => return None,
    };
    Some((y as i32, m))
}

/// The years and months a text has named, for the words that speak of them: 同年 (the
/// year last named), 较上月 and 比上年 (the period before the one the text reports: a May
/// report's 较上月 is April; 2023年…比上年 is 2022).
#[derive(Default)]
struct Reported {
    last_year: Option<i32>,
    /// The period (a year, a month of it) a paragraph last reported, and the first one of
    /// the headline and lead: 5月, 2023年, 去年上半年; no day.
    period: Option<(usize, i32, Option<u32>)>,
    lead: Option<(usize, i32, Option<u32>)>,
}

impl Reported {
    /// The anchor of `r` when it is one of those words, and whether it compares; None: a
    /// 同年 with no year named before it.
    #[inline(never)]
    fn anchor(&self, s: &str, r: &Raw, para: usize, now: Anchor) -> Option<(Option<Anchor>, bool)> {
        if r.a.yrel == Some(0) && s[r.start..].starts_with("同年") {
            return Some((Some(Anchor::Year(self.last_year?)), false));
        }
        let compares =
            r.b.is_none() && r.a.d.is_none() && r.a.part.is_none() && compared(s, r.start, r.end);
        if !compares {
            return Some((None, false));
        }
        // the period compared is not after now
        let not_after = |y: i32, m: u32| match now {
            Anchor::Date(a) => (y, m) <= (a.year, a.month),
            a => a.year().map_or(true, |ay| y <= ay),
        };
        // (a year of the lead may be history, 1941年出生: only its month is the story's)
        let reported = self
            .period
            .filter(|p| p.0 == para)
            .or(self.lead.filter(|_| r.a.mrel.is_some()));
        let over = match (r.a.yrel, r.a.mrel, reported) {
            // (比上年, 比十年前: before the year reported; 比前年 is two years before now,
            // whatever year the text reports: 去年…比前年)
            (Some(k), None, Some((_, y, _)))
                if k < 0 && not_after(y, 1) && !s[r.start..].starts_with_any(words!["前年", "大前年"]) =>
            {
                Some(Anchor::Year(y))
            }
            (None, Some(-1), Some((_, y, Some(m)))) if not_after(y, m) => {
                Date::new(y, m, 1).map(Anchor::Date)
            }
            _ => None,
        };
        Some((over, true))
    }

    /// Notes a resolved mention that compares nothing (比上年增长…较上年 stays on 2023年).
    #[inline(never)]
    fn note(&mut self, res: &Resolved, para: usize, in_lead: bool) {
        let last = res.end_value.as_deref().unwrap_or(&res.value);
        if let Some((y, _)) = ascii_digits(last, 0, 4, 4) {
            self.last_year = Some(y as i32);
        }
        // a period: a month, or a year (a part of it: 上半年), not a range of them; a
        // range of months of a year (1—5月) reports its last month, as a May release does
        let Some((y, m)) = period_of(&res.value) else {
            return;
        };
        let m = match res.end_value.as_deref().map(period_of) {
            None => m,
            Some(Some((ye, me))) if ye == y && m.is_some() => me,
            Some(_) => None,
        };
        if res
            .end_value
            .as_deref()
            .map_or(true, |e| e.len() == 7 && e.get(..4) == res.value.get(..4))
        {
            self.period = Some((para, y, m));
            if self.lead.is_none() && in_lead {
                self.lead = self.period;
            }
        }
    }
}

fn scan(s: &str, tw: bool) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let starts = c.is_ascii_digit()
            || (START_BITS.may_hold(c)
                && (numbers::starts_chinese_numeral(c)
                    // a match, not `"…".contains(c)`: that builds a substring searcher at every char
                    || is_word_start(c)))
            // 国庆节, 劳动节: only where a name is (most of these chars start no date).
            || (festivals::may_start(c) && festivals::at(s, i).is_some())
            // 当天, 次日, 第二天: only where the word is (第 and 同 start many other words)
            || (matches!(c, '当' | '當' | '同' | '次' | '翌' | '第' | '隔') && anaphor_at(s, i).is_some())
            // 同年 (1964年毕业，同年分配): the year last named
            || (c == '同' && same_year_at(s, i))
            // 第三季度 with no year before it
            || (matches!(c, '第' | '首') && year_part(s, i, false, tw).is_some())
            // 年初，…; 截至年底: a year's start or end with no year before it
            || (c == '年' && (bare_year_edge(s, i) || bare_year_within(s, i)));
        // (a word of time may follow a Latin name: Google上个月, CEO昨天)
        // (the char before only where a date may start: this runs at every char)
        if starts
            && !super::quantities::prev_significant(s, i)
                .is_some_and(|p| blocks_start(p) && !(p.is_ascii_alphabetic() && is_word_start(c)))
        {
            // 以2:10:35夺冠: a duration, for quantities; not 10:35 either
            if let Some(e) = race_time(s, i)
                .map(|r| r.1)
                .or_else(|| c.is_ascii_digit().then(|| score(s, i)).flatten())
            {
                i = e;
                continue;
            }
            if let Some(r) = listed_day(s, i, out.last(), tw) {
                i = r.end;
                out.push(r);
                continue;
            }
            if let Some(r) = mention_at(s, i, tw) {
                i = r.end;
                out.push(r);
                continue;
            }
            // Skip the rest of a number so no date starts inside it.
            if c.is_ascii_digit() {
                while let Some(d) = s[i..].chars().next().filter(|d| d.is_ascii_digit()) {
                    i += d.len_utf8();
                }
                continue;
            }
        }
        i += c.len_utf8();
    }
    out
}

/// A day of the month alone in a list after a date that named its month (9月10日、11日和
/// 12日, 9月10号，11号): read with that date's fields, so 11号 needs no month of its own.
fn listed_day(s: &str, i: usize, last: Option<&Raw>, tw: bool) -> Option<Raw> {
    let last = last?;
    let named = last.b.as_ref().unwrap_or(&last.a);
    if named.m.is_none() && named.mrel.is_none() {
        return None;
    }
    let gap = s.get(last.end..i)?.trim_any(&[' ', '\u{3000}']);
    if !gap.is_one_of(words!["、", "，", ",", "和", "及", "与", "以及", "、和"]) {
        return None;
    }
    let (f, e) = point(s, i, Some(named), tw)?;
    if f.d.is_none() || f.m.is_some() || f.y.is_some() || f.is_relative() {
        return None;
    }
    let a = Fields {
        y: named.y,
        y2: named.y2,
        yrel: named.yrel,
        m: named.m,
        mrel: named.mrel,
        ..f
    };
    Some(Raw {
        start: i,
        end: e,
        a,
        b: None,
        listed: true,
    })
}

/// A date, a range of dates, or 2024—2025年 / 1－9月 (a bare number, then a dated one).
fn mention_at(s: &str, i: usize, tw: bool) -> Option<Raw> {
    let mut int = None;
    if let Some((mut a, mut e)) = point_with(s, i, None, tw, &mut int) {
        // 周日，二月十号: a weekday, then the date it names.
        if let (Some(wd), None, None) = (a.weekday, a.week, a.h) {
            let k = skip_ws(s, e);
            let k = s[k..]
                .prefix_in(words!["，", ",", "、"])
                .map_or(k, |c| skip_ws(s, k + c.len()));
            if k > e {
                if let Some((mut d, e2)) = point(s, k, None, tw) {
                    if d.m.is_some() && d.d.is_some() && !d.is_relative() {
                        d.wd_check = Some(wd);
                        a = d;
                        e = e2;
                    }
                }
            }
        }
        // 晚上9~11点: one time holding both ends.
        if let Some(h2) = a.h_to.take() {
            let b = Fields { h: Some(h2), ..a };
            return Some(Raw {
                start: i,
                end: e,
                a,
                b: Some(b),
                listed: false,
            });
        }
        let mut raw = Raw {
            start: i,
            end: e,
            a,
            b: None,
            listed: false,
        };
        let k = skip_aside(s, skip_ws(s, e));
        if let Some(conn) = CONNECTORS.longest_prefix(&s[k..]) {
            let k2 = skip_ws(s, k + conn.len());
            if let Some((b, e2)) = point(s, k2, Some(&a), tw) {
                if plausible_range(&a, &b) {
                    raw.b = Some(b);
                    raw.end = e2;
                    // 18日至22日（星期五至星期二）: the weekdays of both ends
                    if let Some(e3) = weekday_pair(s, e2) {
                        raw.end = e3;
                    }
                }
            }
        }
        return Some(raw);
    }
    // 2024—2025年, 2018年1－9月份: a bare number, a connector, then a date of that unit.
    let (n, e, chars) = int.unwrap_or_else(|| int_at(s, i))?;
    if let Some(r) = season(s, i, n, e, chars) {
        return Some(r);
    }
    let k = skip_ws(s, e);
    let conn = CONNECTORS.longest_prefix(&s[k..])?;
    let k2 = skip_ws(s, k + conn.len());
    let (b, e2) = point(s, k2, None, tw)?;
    let mut a = Fields::default();
    // 113至115年 (Taiwan's text): the right end was read as a year of the Republic
    let roc = tw
        && chars == 3
        && ascii_digits(s, k2, 3, 3).is_some_and(|(m, _)| b.y == Some(1911 + m as i32));
    if b.y.is_some() && b.m.is_none() && chars == 4 && b.part.is_none() {
        a.y = Some(n as i32);
    } else if roc && b.m.is_none() && b.part.is_none() && (100..=130).contains(&n) {
        a.y = Some(1911 + n as i32);
    } else if b.m.is_some() && b.d.is_none() && b.y.is_none() && (1..=12).contains(&n) {
        a.m = Some(n as u32);
    } else if b.d.is_some() && b.h.is_none() && b.m.is_some() && (1..=31).contains(&n) && chars <= 2
    {
        // 22-25日 needs the month on the left; not read.
        return None;
    } else {
        return None;
    }
    if !plausible_range(&a, &b) {
        return None;
    }
    Some(Raw {
        start: i,
        end: e2,
        a,
        b: Some(b),
        listed: false,
    })
}

/// Words after a season or a fiscal or school year that spans two years, besides 年度; they
/// follow one year too (2024赛季).
const SEASON_WORDS: Words = words![
    "赛季",
    "财年",
    "学年",
    "財年",
    "賽季",
    "學年",
    "财政年度",
    "课税年度",
];
const SEASON_SEPARATORS: Words = words!["-", "－", "—", "–", "/", "／", "~", "至"];

/// 2024-25赛季, 2023/24学年, 2024—2025年度: a season across two years, the years as a range.
/// `n` (ending at `e`, `chars` digits) is the first year, read at `i`.
#[inline(never)]
fn season(s: &str, i: usize, n: i64, e: usize, chars: usize) -> Option<Raw> {
    if !s[i..e].bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // 2024赛季, 2024财年: one year; 113學年度 (Taiwan's school year): a year of the Republic
    if let Some(w) = SEASON_WORDS.longest_prefix(&s[e..]) {
        let y = match chars {
            4 if (1800..=2199).contains(&n) => n,
            3 if (100..=130).contains(&n)
                && w.ends_with('年')
                && s[e + w.len()..].starts_with('度') =>
            {
                1911 + n
            }
            _ => return None,
        };
        let end = e + w.len();
        return Some(Raw {
            start: i,
            end: end
                + if s[end..].starts_with('度') {
                    '度'.len_utf8()
                } else {
                    0
                },
            a: Fields {
                y: Some(y as i32),
                ..Fields::default()
            },
            b: None,
            listed: false,
        });
    }
    if chars != 4 || !(1800..=2199).contains(&n) {
        return None;
    }
    let k = e + SEASON_SEPARATORS.longest_prefix(&s[e..])?.len();
    let (m, k2) = ascii_digits(s, k, 2, 4)?;
    let end = match k2 - k {
        2 => (n / 100 * 100 + m as i64) + if (m as i64) < n % 100 { 100 } else { 0 },
        4 => m as i64,
        _ => return None,
    };
    if end != n + 1 {
        return None;
    }
    let w = match s[k2..].starts_with("年度") {
        true => "年度",
        false => SEASON_WORDS.longest_prefix(&s[k2..])?,
    };
    let a = Fields {
        y: Some(n as i32),
        ..Fields::default()
    };
    let b = Fields {
        y: Some(end as i32),
        ..Fields::default()
    };
    Some(Raw {
        start: i,
        end: k2 + w.len(),
        a,
        b: Some(b),
        listed: false,
    })
}

#[inline(never)]
fn skip_ws(s: &str, mut at: usize) -> usize {
    while let Some(c) = next_char(s, at).filter(|c| *c == ' ' || *c == '\u{3000}') {
        at += c.len_utf8();
    }
    at
}

/// Fills the second half of a range from the first (1月22日至25日) and checks the order.
fn complete_end(a: &Fields, b: &Fields) -> Fields {
    let mut b = *b;
    let b_has_date = b.y.is_some() || b.m.is_some() || b.d.is_some() || b.is_relative();
    if !b_has_date && b.has_time() {
        // 下午3点至8点: the same day.
        b.y = a.y;
        b.m = a.m;
        b.d = a.d;
        b.yrel = a.yrel;
        b.mrel = a.mrel;
        b.drel = a.drel;
        b.week = a.week;
        b.weekday = a.weekday;
        if a.pm && !b.day_part && b.h.is_some_and(|h| h < 12) {
            b.h = b.h.map(|h| h + 12);
        }
        return b;
    }
    if b.y.is_none() && b.yrel.is_none() && !b.is_relative() {
        b.y = a.y;
        b.y2 = a.y2;
        b.yrel = a.yrel;
        if b.m.is_none() && b.mrel.is_none() && b.d.is_some() {
            b.m = a.m;
            b.mrel = a.mrel;
        }
    }
    b
}

fn plausible_range(a: &Fields, b: &Fields) -> bool {
    let b = complete_end(a, b);
    // The same grain on both sides, roughly: a year range needs a year on the right.
    if a.y.is_some() && a.m.is_none() && b.m.is_some() && b.y.is_some() && a.y != b.y {
        return true;
    }
    match (a.y, b.y, a.m, b.m, a.d, b.d) {
        (Some(y1), Some(y2), ..) if y1 > y2 => false,
        (Some(y1), Some(y2), Some(m1), Some(m2), ..) if y1 == y2 && m1 > m2 => false,
        (_, _, Some(m1), Some(m2), Some(d1), Some(d2)) if a.y == b.y && m1 == m2 && d1 > d2 => {
            false
        }
        _ => b.has_date() || b.has_time(),
    }
}

// ---- Calendar arithmetic -------------------------------------------------------------

/// Days since 1970-01-01 of a civil date.
pub(super) fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y as i64 - 1 } else { y as i64 };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub(super) fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    Date {
        year: (if m <= 2 { y + 1 } else { y }) as i32,
        month: m,
        day: d,
    }
}

fn add_days(d: Date, n: i64) -> Date {
    civil_from_days(days_from_civil(d.year, d.month, d.day) + n)
}

/// Monday = 1 .. Sunday = 7.
fn weekday(d: Date) -> u32 {
    let z = days_from_civil(d.year, d.month, d.day);
    ((z + 3).rem_euclid(7) + 1) as u32
}

fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let t = y * 12 + (m as i32 - 1) + n;
    (t.div_euclid(12), (t.rem_euclid(12) + 1) as u32)
}

// ---- Resolution ------------------------------------------------------------------------

/// What the document says "now" is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Anchor {
    None,
    Year(i32),
    Date(Date),
    /// The month and day of a dateline and the year of the text if known: 昨天 and 今天
    /// are days of it ("--06-08" in an unknown year, where no 29 February could fall
    /// between); other dates are placed by the year alone, as with [`Anchor::Year`].
    MonthDay(Option<i32>, u32, u32),
}

impl Anchor {
    fn year(self) -> Option<i32> {
        match self {
            Anchor::None => None,
            Anchor::Year(y) | Anchor::MonthDay(Some(y), ..) => Some(y),
            Anchor::MonthDay(None, ..) => None,
            Anchor::Date(d) => Some(d.year),
        }
    }
}

/// A resolved point: as many fields as known.
#[derive(Debug, Clone, Copy, Default)]
struct Point {
    y: Option<i32>,
    m: Option<u32>,
    d: Option<u32>,
    h: Option<u32>,
    mi: Option<u32>,
    s: Option<u32>,
}

impl Point {
    fn iso(&self) -> String {
        // (a year before year 0 with its sign and four digits: -0220)
        let sign = if self.y.is_some_and(|y| y < 0) { "-" } else { "" };
        let mut out = match (self.y.map(i32::unsigned_abs), self.m, self.d) {
            (Some(y), Some(m), Some(d)) => format!("{sign}{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{sign}{y:04}-{m:02}"),
            (Some(y), None, _) => format!("{sign}{y:04}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (None, Some(m), None) => format!("--{m:02}"),
            (None, None, Some(d)) => format!("---{d:02}"),
            (None, None, None) => String::new(),
        };
        if let Some(h) = self.h {
            // ISO 8601 reduced precision: T20 is "at eight", T20:00 "at 20:00".
            out.push_str(&format!("T{h:02}"));
            if let Some(mi) = self.mi {
                out.push_str(&format!(":{mi:02}"));
                if let Some(s) = self.s {
                    out.push_str(&format!(":{s:02}"));
                }
            }
        }
        out
    }
}

struct Resolved {
    value: String,
    end_value: Option<String>,
    year_inferred: bool,
    relative: bool,
    /// The last day the mention names, for the anaphors after it (当天, 次日).
    day: Option<Point>,
    /// Its first day (7月4日至6日: the 4th), for the bare days after it.
    first: Option<u32>,
}

/// Resolves one side. `ctx_year` is a year written earlier in the paragraph.
fn resolve_fields(
    f: &Fields,
    anchor: Anchor,
    ctx_year: Option<i32>,
    prefer: Prefer,
) -> Option<(Point, Option<Point>, bool)> {
    if let Some(fe) = f.fest {
        // The day depends on the year: resolve with the year first guessed, then again
        // when the year chosen (a News year for 中秋 in a January article) differs.
        let written =
            f.y.or_else(|| f.yrel.and_then(|o| Some(anchor.year()? + o)));
        let day = |d: i64| {
            let d = civil_from_days(d);
            Point {
                y: Some(d.year),
                m: Some(d.month),
                d: Some(d.day),
                ..Default::default()
            }
        };
        // 腊月 alone in the news: the month nearest the anchor whose first day is in the
        // window of a bare 九月 (nine months before to three after); two lunar months of a
        // name may fall in it, 354 days apart
        if let (Fest::LunarMonth { .. }, None, None, Yearless::News, Anchor::Date(a)) =
            (fe, written, ctx_year, prefer.yearless, anchor)
        {
            let here = days_from_civil(a.year, a.month, a.day);
            if let Some((x, y)) = (a.year - 1..=a.year + 1)
                .filter_map(|ly| festivals::lunar_month_span(fe, ly))
                .filter(|(x, _)| (-275..=92).contains(&(x - here)))
                .min_by_key(|(x, _)| (x - here).abs())
            {
                return Some((day(x), Some(day(y)), true));
            }
        }
        let guess = written.or(ctx_year).or(anchor.year());
        let with_year = |y: Option<i32>| -> Option<Fields> {
            let (m, d) = match y {
                Some(y) => fe.date(y)?,
                None => match fe {
                    Fest::Solar(m, d) => (m, d),
                    _ => return None,
                },
            };
            Some(Fields {
                m: Some(m),
                d: Some(d),
                y: written,
                yrel: None,
                fest: None,
                ..*f
            })
        };
        let first = with_year(guess)?;
        let (mut p, mut end, inferred) = resolve_fields(&first, anchor, ctx_year, prefer)?;
        if p.y.is_some() && p.y != guess {
            let again = with_year(p.y)?;
            (p, end, _) = resolve_fields(&Fields { y: p.y, ..again }, anchor, ctx_year, prefer)?;
        }
        // 腊月, 农历八月: resolved by its 15th, told as its first to its last day
        if let Some((a, b)) = p.y.and_then(|y| festivals::month_span(fe, y)) {
            (p, end) = (day(a), Some(day(b)));
        }
        return Some((p, end, inferred));
    }
    let mut p = Point {
        h: f.h,
        mi: f.mi,
        s: f.s,
        ..Default::default()
    };
    let mut inferred = false;
    if f.vague {
        return None;
    }
    if let Some(off) = f.drel {
        if let Anchor::MonthDay(y, m, d) = anchor {
            // the same day in a common year and in a leap year, or no value
            let day = |y| Date::new(y, m, d).map(|a| add_days(a, off as i64));
            let (a, b) = match y {
                Some(y) => (day(y)?, day(y)?),
                None => (day(2001)?, day(2004)?),
            };
            if (a.month, a.day) != (b.month, b.day) || off.abs() > 31 {
                return None;
            }
            p.y = y.map(|_| a.year);
            p.m = Some(a.month);
            p.d = Some(a.day);
            return Some((p, None, false));
        }
        let Anchor::Date(a) = anchor else { return None };
        let d = add_days(a, off as i64);
        p.y = Some(d.year);
        p.m = Some(d.month);
        p.d = Some(d.day);
        return Some((p, None, false));
    }
    if let Some((off, day)) = f.week {
        let Anchor::Date(a) = anchor else { return None };
        let monday = add_days(a, -(weekday(a) as i64 - 1) + 7 * off as i64);
        return Some(match day {
            Some(wd) if wd <= 7 => {
                let d = add_days(monday, wd as i64 - 1);
                p.y = Some(d.year);
                p.m = Some(d.month);
                p.d = Some(d.day);
                (p, None, false)
            }
            _ => {
                let sunday = add_days(monday, 6);
                // (the weekend: from Saturday)
                let first = add_days(monday, if day.is_some() { 5 } else { 0 });
                let start = Point {
                    y: Some(first.year),
                    m: Some(first.month),
                    d: Some(first.day),
                    ..Default::default()
                };
                let end = Point {
                    y: Some(sunday.year),
                    m: Some(sunday.month),
                    d: Some(sunday.day),
                    ..Default::default()
                };
                (start, Some(end), false)
            }
        });
    }
    if let Some(wd) = f.weekday {
        let Anchor::Date(a) = anchor else { return None };
        let today = weekday(a) as i64;
        let delta = if prefer.weekday_future {
            let k = (wd as i64 - today).rem_euclid(7);
            if k == 0 {
                7
            } else {
                k
            }
        } else {
            wd as i64 - today
        };
        let d = add_days(a, delta);
        p.y = Some(d.year);
        p.m = Some(d.month);
        p.d = Some(d.day);
        return Some((p, None, false));
    }
    // Year.
    if let Some(off) = f.yrel {
        p.y = Some(anchor.year()? + off);
    } else if let Some(y) = f.y {
        p.y = Some(y);
    }
    // Month.
    if let Some(off) = f.mrel {
        let Anchor::Date(a) = anchor else { return None };
        let (y, m) = add_months(a.year, a.month, off);
        p.y = Some(y);
        p.m = Some(m);
    } else {
        p.m = f.m;
    }
    p.d = f.d;
    // A bare day (22日): the month of the anchor date, or of the paragraph.
    if p.m.is_none() && p.d.is_some() && p.y.is_none() {
        if let Anchor::Date(a) = anchor {
            let d = p.d.unwrap_or(1);
            let (y, m) = match prefer.yearless {
                Yearless::SameYear => (a.year, a.month),
                Yearless::Future if d < a.day => add_months(a.year, a.month, 1),
                Yearless::Future => (a.year, a.month),
                // News: a day well after the anchor's is last month's.
                Yearless::News | Yearless::NewsAhead | Yearless::NewsSince if d > a.day + 7 => {
                    add_months(a.year, a.month, -1)
                }
                Yearless::News | Yearless::NewsAhead | Yearless::NewsSince => (a.year, a.month),
            };
            p.y = Some(y);
            p.m = Some(m);
            inferred = true;
        }
    }
    // A month without a year.
    if p.y.is_none() && p.m.is_some() {
        if let Some(y) = ctx_year {
            p.y = Some(y);
            inferred = true;
        } else {
            match anchor {
                Anchor::None | Anchor::MonthDay(None, ..) => {}
                Anchor::Year(y) | Anchor::MonthDay(Some(y), ..) => {
                    p.y = Some(y);
                    inferred = true;
                }
                Anchor::Date(a) => {
                    let a = match prefer.read_on {
                        Some(r) if r > a && prefer.yearless != Yearless::SameYear => r,
                        _ => a,
                    };
                    let m = p.m.unwrap_or(1);
                    let d = p.d.unwrap_or(1).min(days_in_month(a.year, m).max(1));
                    let here = days_from_civil(a.year, a.month, a.day);
                    let at = |y: i32| days_from_civil(y, m, d.min(days_in_month(y, m)));
                    let y = match prefer.yearless {
                        Yearless::SameYear => a.year,
                        Yearless::Future => {
                            let end_of = |y: i32| {
                                if p.d.is_some() {
                                    at(y)
                                } else {
                                    days_from_civil(y, m, days_in_month(y, m))
                                }
                            };
                            if end_of(a.year) >= here {
                                a.year
                            } else {
                                a.year + 1
                            }
                        }
                        Yearless::NewsSince if at(a.year) > here => a.year - 1,
                        Yearless::NewsSince => a.year,
                        Yearless::News | Yearless::NewsAhead => {
                            let diff = at(a.year) - here;
                            let ahead = if prefer.yearless == Yearless::News {
                                92
                            } else {
                                275
                            };
                            if diff > ahead {
                                a.year - 1
                            } else if diff < -275 {
                                a.year + 1
                            } else {
                                a.year
                            }
                        }
                    };
                    p.y = Some(y);
                    inferred = true;
                }
            }
        }
    }
    // The weekday written with the date decides between neighbouring years.
    if let (true, Some(wd), Some(y), Some(m), Some(d)) = (inferred, f.wd_check, p.y, p.m, p.d) {
        if let Some(best) = [y, y - 1, y + 1, y - 2, y + 2, y - 3, y + 3]
            .into_iter()
            .find(|&c| Date::new(c, m, d).is_some_and(|dt| weekday(dt) == wd))
        {
            p.y = Some(best);
        }
    }
    if let (Some(y), Some(m), Some(d)) = (p.y, p.m, p.d) {
        if Date::new(y, m, d).is_none() {
            return None;
        }
    }
    // Parts of a period.
    if let Some(part) = f.part {
        match part {
            Part::Months(a, b) => {
                // 上半年 alone: the year of the paragraph, else the document's
                let mut y = p.y.or(ctx_year).or(anchor.year());
                let inferred = inferred || (p.y.is_none() && y.is_some());
                // 今冬 said in January: the winter that began last December
                let early = match anchor {
                    Anchor::Date(d) => d.month <= 2,
                    Anchor::MonthDay(_, m, _) => m <= 2,
                    _ => false,
                };
                if b > 12 && f.yrel == Some(0) && early {
                    y = y.map(|y| y - 1);
                }
                let start = Point {
                    y,
                    m: Some(a),
                    ..Default::default()
                };
                // (winter's end falls in the next year)
                let end = Point {
                    y: if b > 12 { y.map(|y| y + 1) } else { y },
                    m: Some(if b > 12 { b - 12 } else { b }),
                    ..Default::default()
                };

                return Some((start, Some(end), inferred));
            }
            Part::Days(a, b) => {
                let last = match (p.y, p.m) {
                    (Some(y), Some(m)) => days_in_month(y, m),
                    (None, Some(m)) => days_in_month(2001, m),
                    _ => 31,
                };
                let start = Point { d: Some(a), ..p };
                let end = Point {
                    d: Some(b.min(last)),
                    ..p
                };
                return Some((start, Some(end), inferred));
            }
            Part::Week(n, wd) => {
                let (Some(y), Some(m)) = (p.y, p.m) else {
                    return None;
                };
                let first = days_from_civil(y, m, 1);
                let next = days_from_civil(y + i32::from(m == 12), m % 12 + 1, 1);
                let day = |d: i64| {
                    let c = civil_from_days(d);
                    Point {
                        y: Some(c.year),
                        m: Some(c.month),
                        d: Some(c.day),
                        ..Default::default()
                    }
                };
                // 1970-01-01 was a Thursday: (days + 3) mod 7 is 0 on Mondays.
                let on_or_after = |d: i64, wd: u32| d + (wd as i64 - 1 - (d + 3)).rem_euclid(7);
                let start = match n {
                    0 => on_or_after(next - 7, wd.unwrap_or(1)),
                    n => on_or_after(first, wd.unwrap_or(1)) + 7 * (n as i64 - 1),
                };
                if wd.is_some() && start >= next {
                    return None;
                }
                return Some(match wd {
                    Some(_) => (day(start), None, inferred),
                    None => (day(start), Some(day(start + 6)), inferred),
                });
            }
            Part::OfQuarter(a, b) => {
                let first = (p.m? - 1) / 3 * 3 + 1;
                let month = |k: u32| Point {
                    y: p.y,
                    m: Some(first + k),
                    ..Default::default()
                };
                return Some((month(a), Some(month(b)), inferred));
            }
            Part::Era(e) => {
                let base = match e.base {
                    Some(b) => b,
                    None => (anchor.year()?.div_euclid(100) + e.crel) * 100,
                };
                let year = |y: u32| Point {
                    y: Some(base + y as i32),
                    ..Default::default()
                };
                return Some((year(e.a), Some(year(e.b)), false));
            }
        }
    }
    if p.y.is_none() && p.m.is_none() && p.d.is_none() && p.h.is_some() {
        if let Anchor::Date(a) = anchor {
            p.y = Some(a.year);
            p.m = Some(a.month);
            p.d = Some(a.day);
        }
    }
    Some((p, None, inferred))
}

/// `f` with the day its context gives: an anaphor (当天, 次日) counts from `prev`, the last
/// day the text named; a time without a date (下午3时 after 6月5日) is on `near`, the last
/// day named in its paragraph. None: an anaphor with nothing before it (nor a day of the
/// document). `prev` may lack
/// its year (5月3日 with no anchor) or its month (3日): the day is counted in what is known.
fn in_context(f: &Fields, prev: Option<Point>, near: Option<Point>) -> Option<Fields> {
    let with = |p: Point| Fields {
        y: p.y,
        m: p.m,
        d: p.d,
        y2: false,
        ..*f
    };
    if let Some(off) = f.anaphor {
        let p = prev?;
        let d = p.d?;
        let moved = match (p.y, p.m) {
            _ if off == 0 => p,
            (y, Some(m)) => {
                // a year without 2月29日 problems when none is known: 2000 was a leap year
                let t = add_days(Date::new(y.unwrap_or(2000), m, d)?, off as i64);
                Point {
                    y: y.map(|_| t.year),
                    m: Some(t.month),
                    d: Some(t.day),
                    ..Default::default()
                }
            }
            (_, None) => {
                let d = d as i32 + off;
                (1..=28).contains(&d).then_some(())?;
                Point {
                    d: Some(d as u32),
                    ..p
                }
            }
        };
        return Some(Fields {
            anaphor: None,
            ..with(moved)
        });
    }
    match near {
        Some(p) if f.has_time() && !f.has_date() => Some(with(p)),
        // 5月1日至2日多云，3日起有雨: a bare day after a written day is in its month
        // (`find_with` takes the month away when the day is the next month's)
        Some(Point {
            m: Some(m),
            d: Some(d0),
            y,
            ..
        }) if f
            .d
            .is_some_and(|d| d0 >= 1 && d >= 1 && d <= days_in_month(y.unwrap_or(2000), m))
            && f.m.is_none()
            && f.y.is_none()
            && !f.is_relative()
            && f.fest.is_none() =>
        {
            // (with its year: not one of the paragraph's, 1996年…8日)
            Some(Fields {
                m: Some(m),
                y,
                ..*f
            })
        }
        _ => Some(*f),
    }
}

/// 24时 is 0时 of the next day (6月1日0时至24时).
fn roll_24(p: Point) -> Point {
    match (p.y, p.m, p.d, p.h) {
        (Some(y), Some(m), Some(d), Some(24)) if p.mi.unwrap_or(0) == 0 => {
            let n = Date::new(y, m, d).map_or(
                Date {
                    year: y,
                    month: m,
                    day: d,
                },
                |t| add_days(t, 1),
            );
            Point {
                y: Some(n.year),
                m: Some(n.month),
                d: Some(n.day),
                h: Some(0),
                ..p
            }
        }
        _ => p,
    }
}

/// The day of `p` (a year or a month may be missing), if it names one.
fn day_of(p: &Point) -> Option<Point> {
    p.d.map(|d| Point {
        y: p.y,
        m: p.m,
        d: Some(d),
        ..Default::default()
    })
}

fn resolve(
    raw: &Raw,
    anchor: Anchor,
    ctx_year: Option<i32>,
    prefer: Prefer,
    prev: Option<Point>,
    near: Option<Point>,
) -> Resolved {
    let relative = raw.a.is_relative() || raw.b.is_some_and(|b| b.is_relative());
    let unresolved = Resolved {
        value: String::new(),
        end_value: None,
        year_inferred: false,
        relative: true,
        day: None,
        first: None,
    };
    // a day listed after a date is in that date's year (9月10日、11日: not a year apart
    // across the News window's edge)
    let list_year = near
        .filter(|p| raw.listed && raw.a.y.is_none() && raw.a.yrel.is_none() && p.m == raw.a.m)
        .and_then(|p| p.y);
    let a = Fields {
        y: list_year.or(raw.a.y),
        ..raw.a
    };
    let Some(mut a) = in_context(&a, prev, near) else {
        return unresolved;
    };
    // A range of months or days with no year on either side (1至10月, 12月28日至1月3日) is
    // placed as a whole: the placement that holds the reference date, else the nearest,
    // a day after it counting three days before it (the news window's nine months back,
    // three ahead). A release of January-to-October figures in late November is about
    // this year's, where its start alone would fall in the window's next January.
    let mut end_year = None;
    if let (Some(rb), None, Yearless::News, Anchor::Date(r)) =
        (&raw.b, ctx_year, prefer.yearless, anchor)
    {
        let b = complete_end(&a, rb);
        let yearless = |f: &Fields| {
            f.y.is_none()
                && f.yrel.is_none()
                && f.m.is_some()
                && !f.is_relative()
                && f.fest.is_none()
        };
        if let (true, true, Some(ma), Some(mb)) = (yearless(&a), yearless(&b), a.m, b.m) {
            let later = (ma, a.d.unwrap_or(1)) > (mb, b.d.unwrap_or(31));
            let today = days_from_civil(r.year, r.month, r.day);
            let cost = |yb: i32| {
                let ya = if later { yb - 1 } else { yb };
                let start = days_from_civil(ya, ma, a.d.unwrap_or(1));
                let end = days_from_civil(yb, mb, b.d.unwrap_or_else(|| days_in_month(yb, mb)));
                if today < start {
                    3 * (start - today)
                } else {
                    (today - end).max(0)
                }
            };
            let yb = (r.year - 1..=r.year + 1)
                .min_by_key(|&y| cost(y))
                .unwrap_or(r.year);
            a.y = Some(if later { yb - 1 } else { yb });
            end_year = Some(yb);
        }
    }
    let Some((p1, span_end, inf1)) = resolve_fields(&a, anchor, ctx_year, prefer) else {
        return unresolved;
    };
    let inf1 = inf1 || end_year.is_some();
    let p1 = roll_24(p1);
    let mut day = day_of(&p1);
    let mut end_value = span_end.map(|e| e.iso());
    let mut inferred = inf1;
    if let Some(rb) = &raw.b {
        // 3日晚8点至次日凌晨2点: the right side's 次日 counts from the left side.
        let b_prev = if rb.anaphor.is_some() {
            day.or(prev)
        } else {
            prev
        };
        let b = complete_end(&a, rb);
        let b = Fields {
            y: end_year.or(b.y),
            ..b
        };
        // The right side of a range takes its year from the left: 12月28日至1月3日.
        let ctx = p1.y.or(ctx_year);
        if let Some((mut p2, e2, inf2)) =
            in_context(&b, b_prev, near).and_then(|b| resolve_fields(&b, anchor, ctx, prefer))
        {
            if let (Some(y1), Some(m1), Some(m2)) = (p1.y, p1.m, p2.m) {
                if b.y.is_none()
                    && b.yrel.is_none()
                    && b.anaphor.is_none()
                    && m2 < m1
                    && p2.y == Some(y1)
                {
                    p2.y = Some(y1 + 1);
                }
            }
            let p2 = roll_24(e2.unwrap_or(p2));
            day = day_of(&p2).or(day);
            end_value = Some(p2.iso());
            inferred |= inf2 && raw.a.y.is_none();
        }
    } else if span_end.is_some() {
        // a period (上周, 下月初, 12月中下旬) names no one day: 当天 after it is the day before
        day = None;
    }
    let value = p1.iso();
    // (a period of one unit is that unit: 年底 is December, no range from it to itself)
    let end_value = end_value.filter(|e| *e != value);
    Resolved {
        value,
        end_value,
        year_inferred: inferred && !relative,
        relative,
        day,
        first: p1.d,
    }
}

/// The day of the article's dateline (新华社北京6月9日电, （中央社记者…台北6日电）) as a date
/// read on the reference date `r`: the day the article's 今天, 昨天, 下周 and bare days
/// speak from. A bare day (台北6日电) is on or up to 31 days before `r`; a month and day
/// is placed as any other in the news window (nine months before `r` to three after), so
/// an article filed 3月19日 and read in June says 19日 of March.
fn dateline_day(doc: &Doc, raws: &[Raw], r: Date) -> Option<Date> {
    let Some(raw) = dateline(doc, raws) else {
        return titled_day(doc, raws, r);
    };
    let (Some(m), Some(d)) = (raw.a.m, raw.a.d) else {
        return day_before(raw, r);
    };
    if let Some(y) = raw.a.y {
        return Date::new(y, m, d);
    }
    let here = days_from_civil(r.year, r.month, r.day);
    (r.year - 1..=r.year + 1)
        .filter_map(|y| Date::new(y, m, d))
        .find(|t| (-275..=92).contains(&(days_from_civil(t.year, t.month, t.day) - here)))
}

/// The day a headline opens on, the way a transcript is titled (2026年12月3日外交部发言人
/// 林剑主持例行记者会), when it is a full date of the month before `r`: the day the text
/// was written. Not a clause's time (2026年11月20日，…) nor a start or an end (2027年1月1日
/// 起施行), and not a day long past (a meeting's day in a headline read months later).
fn titled_day(doc: &Doc, raws: &[Raw], r: Date) -> Option<Date> {
    let s = doc.fold;
    let head = doc.paragraphs.first()?.range.clone();
    let raw = raws.first().filter(|raw| {
        let a = &raw.a;
        raw.start >= head.start
            && raw.end <= head.end
            && a.y.is_some()
            && a.m.is_some()
            && a.d.is_some()
            && !a.y2
            && raw.b.is_none()
            && a.drel.is_none()
            && s[head.start..raw.start].trim().is_empty()
            && s[raw.end..head.end].chars().next().is_some_and(|c| {
                crate::text::is_han(c) && !"起前后至到开以将，、的".contains(c)
            })
    })?;
    let date = Date::new(raw.a.y?, raw.a.m?, raw.a.d?)?;
    let back =
        days_from_civil(r.year, r.month, r.day) - days_from_civil(date.year, date.month, date.day);
    (0..=31).contains(&back).then_some(date)
}

/// The day a lead opens on (6月7日，A股三大指数…), in the first three paragraphs: the
/// story's day, which its 本周, 上周 and 上月 speak from (read on or shortly before `r`).
fn lead_day(doc: &Doc, raws: &[Raw], r: Date) -> Option<Date> {
    let s = doc.fold;
    let raw = raws.iter().take(8).find(|raw| {
        raw.a.m.is_some()
            && raw.a.d.is_some()
            && raw.b.is_none()
            && s[raw.end..].starts_any(&['，', ','])
            && doc.paragraphs.iter().take(3).any(|p| {
                p.range.contains(&raw.start) && s[p.range.start..raw.start].trim().is_empty()
            })
    })?;
    day_before(raw, r)
}

/// The day of `raw` (a month and a day, perhaps a year) on or up to 31 days before `r`.
fn day_before(raw: &Raw, r: Date) -> Option<Date> {
    let (m, d) = (raw.a.m.unwrap_or(r.month), raw.a.d?);
    let y = raw.a.y.unwrap_or(r.year);
    // the latest such date that is not after the reference date (a 28日 read on the 2nd is
    // last month's; 12月30日 read on 1月2日 last year's)
    let mut date = Date::new(y, m, d);
    if raw.a.y.is_none() && date.is_none_or(|x| x > r) {
        date = if raw.a.m.is_none() {
            let (py, pm) = if r.month == 1 {
                (r.year - 1, 12)
            } else {
                (r.year, r.month - 1)
            };
            Date::new(py, pm, d)
        } else {
            Date::new(y - 1, m, d)
        };
    }
    let date = date?;
    let back =
        days_from_civil(r.year, r.month, r.day) - days_from_civil(date.year, date.month, date.day);
    (0..=31).contains(&back).then_some(date)
}

/// The date of the article's dateline (新华社北京6月9日电), with or without a month, or
/// the day its 今日 is said to be (政府今日（六月七日）宣布, a press release's way), or
/// a publication line: a full date on a short line of its own in the first three
/// paragraphs, alone or after a label or a paper's name (发布时间：2024年03月05日,
/// 北京日报 2024年3月5日, 2024-03-05 10:30 来源：…).
fn dateline<'r>(doc: &Doc, raws: &'r [Raw]) -> Option<&'r Raw> {
    let s = doc.fold;
    raws.iter().take(8).find(|raw| {
        let Some(i) = doc
            .paragraphs
            .iter()
            .position(|p| p.range.contains(&raw.start))
        else {
            return false;
        };
        let p = &doc.paragraphs[i].range;
        let short = s[p.clone()].chars().count() <= 40;
        let a = &raw.a;
        let published = || {
            let (head, tail) = (&s[p.start..raw.start], &s[raw.end..p.end]);
            // (in the first three paragraphs, or after a headline and bylines of short lines:
            // 文/…记者 陈丽娟\n图/…\n2026-12-03 08:12)
            let early = i < 3
                || (i < 6 && doc.paragraphs[..i].iter().all(|q| s[q.range.clone()].chars().count() <= 40));
            early
                && short
                && a.y.is_some()
                && a.m.is_some()
                && !a.y2
                && (head.trim().is_empty() || head.ends_any(&['：', ':', ' ', '\u{3000}', '／', '/']))
                && (tail.trim().is_empty()
                    || tail.starts_any(&[' ', '\u{3000}', '（', '(', '|', '丨'])
                    || tail.starts_with("来源"))
        };
        a.d.is_some()
            && raw.b.is_none()
            && a.drel.is_none()
            && ((s[raw.end..].starts_any(&['电', '讯'])
                || s[..raw.start].ends_with_any(words!["今日（", "今天（"])
                    && s[raw.end..].starts_with('）'))
                // in the first paragraphs, or in a closing byline of its own
                && (i < 3 || short)
                || published())
    })
}

/// Finds the year the document is written in (see the module docs); with no reference
/// date, a dateline without a year (新华社北京6月9日电) is the day of an anchor year
/// found in the text, else a day of an unknown year ([`Anchor::MonthDay`]).
fn document_anchor(doc: &Doc, raws: &[Raw]) -> Anchor {
    let a = year_anchor(doc, raws);
    let Some((m, d)) = dateline(doc, raws).and_then(|r| Some((r.a.m?, r.a.d?))) else {
        return a;
    };
    match a {
        Anchor::Year(y) => Anchor::MonthDay(Some(y), m, d),
        Anchor::None => Anchor::MonthDay(None, m, d),
        _ => a,
    }
}

fn year_anchor(doc: &Doc, raws: &[Raw]) -> Anchor {
    if let Some(d) = doc.options.reference_date {
        return Anchor::Date(dateline_day(doc, raws, d).unwrap_or(d));
    }
    let s = doc.fold;
    // A dateline: a full written date in the first two paragraphs or a short paragraph.
    for r in raws {
        let f = &r.a;
        if let (Some(y), Some(m), Some(d)) = (f.y, f.m, f.d) {
            if f.y2 {
                continue;
            }
            let Some(p_idx) = doc
                .paragraphs
                .iter()
                .position(|p| p.range.start <= r.start && r.start < p.range.end)
            else {
                continue;
            };
            let p = &doc.paragraphs[p_idx];
            let short = s[p.range.clone()].chars().count() <= 40;
            if p_idx < 2 || short {
                if let Some(date) = Date::new(y, m, d) {
                    return Anchor::Date(date);
                }
            }
        }
    }
    // 今年 next to an explicit year: the current year is the latest past year plus one.
    let explicit: Vec<(usize, i32)> = raws
        .iter()
        .filter(|r| r.a.y.is_some() && !is_target(s, r))
        .filter_map(|r| r.a.y.map(|y| (r.start, y)))
        .collect();
    // how often each year is written: the years sorted (equal years are neighbours)
    let mut counts: Vec<(usize, usize, usize)> = explicit
        .iter()
        .map(|&(_, y)| (y as u32 as usize, 0, 0))
        .collect();
    crate::pipeline::sort_keys(&mut counts);
    let mut contrast = false;
    for sent in &doc.sentences {
        let t = &s[sent.clone()];
        // where each word first stands, in one pass over the sentence's 年 (not three
        // substring searches)
        let mut first: [Option<usize>; 3] = [None; 3];
        for (k, _) in t.match_indices('年') {
            let i = match t[..k].chars().next_back() {
                Some('今') => 0,
                Some('本') => 1,
                Some('去') => 2,
                _ => continue,
            };
            first[i] = first[i].or(Some(k - '今'.len_utf8()));
        }
        for (i, (w, off)) in [("今年", 0), ("本年", 0), ("去年", -1)]
            .into_iter()
            .enumerate()
        {
            let Some(k) = first[i] else { continue };
            let at = sent.start + k + w.len();
            // Apposition: 今年（2025年）, 去年(2024年).
            let rest = &s[at..];
            let rest = rest
                .strip_prefix('（')
                .or_else(|| rest.strip_prefix('('))
                .unwrap_or(rest);
            if let Some((y, e)) = ascii_digits(rest, 0, 4, 4) {
                if rest[e..].starts_with('年') {
                    return Anchor::Year(y as i32 - off);
                }
            }
            // The explicit year beside 今年 must be one the text looks back on: written
            // more than once, or with a word of recap (成绩, 完成, 回顾, 全年 ...).
            if off == 0 && !contrast {
                // `explicit` is in text order: the years inside this sentence.
                let lo = explicit.partition_point(|(p, _)| *p < sent.start);
                let hi = explicit.partition_point(|(p, _)| *p < sent.end);
                // the recap words are looked for only when a year is there to weigh
                let years = &explicit[lo..hi];
                if years.iter().any(|&(_, y)| {
                    crate::pipeline::key_range(&counts, y as u32 as usize, 0).len() >= 2
                }) || (!years.is_empty() && t.contains_any_of(RECAP))
                {
                    contrast = true;
                }
            }
        }
    }
    if contrast {
        if let Some(y) = explicit.iter().map(|(_, y)| *y).max() {
            return Anchor::Year(y + 1);
        }
    }
    Anchor::None
}

/// Words of a look back on a year: 2024年取得的成绩, 回顾2024年.
const RECAP: Words = words![
    "成绩", "成績", "完成", "回顾", "回顧", "总结", "總結", "全年", "取得", "实现", "實現", "累计",
    "累計",
];

/// 到2030年, 2035年前, 2030年目标: a year the text looks forward to.
fn is_target(s: &str, r: &Raw) -> bool {
    let before = &s[..r.start];
    let after = &s[r.end..];
    before.ends_with_any(words![
        "到", "至", "预计", "计划", "目标", "力争", "争取", "将于", "将在",
    ]) || after.starts_with_any(words!["前", "以前", "之前", "目标", "远景"])
}

/// A year after the anchor's that names the thing after it rather than a time (2027年河南省
/// 普通高校招生考试网上报名已于12月4日截止: the exam's year, not the one of 12月4日): a
/// year alone followed by a word, no adverbial char (2027年将, 2027年起, 2027年，).
fn future_label(s: &str, r: &Raw, y: i32, anchor: Anchor) -> bool {
    anchor.year().is_some_and(|a| y > a)
        && r.a.m.is_none()
        && r.a.part.is_none()
        && r.b.is_none()
        && s[r.end..]
            .chars()
            .next()
            .is_some_and(|c| crate::text::is_han(c) && !"将起前底初内后以至到中末度里间内".contains(c))
}

/// The start of 民国, 民國, 中华民国 or 中華民國 right before `at`, or `at`.
fn era_name_start(s: &str, at: usize) -> usize {
    let head = &s[..at];
    // (公元 and 公元前, the common era's and before it: 公元前221年)
    if let Some(h) = head.strip_suffix("公元前").or_else(|| head.strip_suffix("公元")) {
        return h.len();
    }
    let Some(h) = head
        .strip_suffix("民国")
        .or_else(|| head.strip_suffix("民國"))
    else {
        return at;
    };
    h.strip_suffix("中华")
        .or_else(|| h.strip_suffix("中華"))
        .unwrap_or(h)
        .len()
}

/// A period a text may name with its year and again without: a part of a year (第四季度,
/// 上半年), a month and day, a month.
#[derive(Clone, Copy, PartialEq)]
enum PeriodKey {
    Months(u32, u32),
    Day(u32, u32),
    Month(u32),
}

/// The period `r` names, when it is one alone (no range, no relative word, no festival).
fn period_key(r: &Raw) -> Option<PeriodKey> {
    let f = &r.a;
    if r.b.is_some() || f.fest.is_some() || f.is_relative() || r.listed {
        return None;
    }
    match (f.part, f.m, f.d) {
        (Some(Part::Months(a, b)), None, None) => Some(PeriodKey::Months(a, b)),
        (None, Some(m), Some(d)) => Some(PeriodKey::Day(m, d)),
        (None, Some(m), None) => Some(PeriodKey::Month(m)),
        _ => None,
    }
}

/// Finds every date mention in the document, resolved against its anchor.
pub fn find(doc: &Doc) -> Vec<DateMention> {
    find_with(doc, Prefer::NEWS)
}

/// [`find`] with another convention for dates without a year and bare weekdays.
pub fn find_with(doc: &Doc, prefer: Prefer) -> Vec<DateMention> {
    find_outside(doc, prefer, &[])
}

/// [`find_with`] without the dates inside the names in `names` (byte ranges, in order):
/// 周一 of the name 周一鸣 is no Monday, and names no day for 当日 after it.
pub fn find_outside(doc: &Doc, prefer: Prefer, names: &[std::ops::Range<usize>]) -> Vec<DateMention> {
    let s = doc.fold;
    // Taiwan and Hong Kong forms (113年度, 第2季, 首季) are read in traditional script, or
    // where the text names the Republic's era (民國113年) somewhere
    let tw = doc.script == crate::model::Script::Traditional || s.contains("民国");
    let mut raws = scan(s, tw);
    if !names.is_empty() {
        raws.retain(|r| {
            let i = names.partition_point(|n| n.end <= r.start);
            names.get(i).is_none_or(|n| !(n.start <= r.start && r.end < n.end))
        });
    }
    let anchor = document_anchor(doc, &raws);
    // 本周, 上月: the week or month of the story's day, when a lead opens on it
    let prefer = Prefer {
        read_on: doc.options.reference_date,
        ..prefer
    };
    let story = match (doc.options.reference_date, anchor) {
        (Some(r), Anchor::Date(a)) if a == r => lead_day(doc, &raws, r).map(Anchor::Date),
        _ => None,
    };
    let mut out = Vec::with_capacity(raws.len());
    let mut ctx: Option<(usize, i32)> = None; // paragraph start, written year
    let mut label_ctx = false; // whether that year labels a thing (see future_label)
                                              // the last day named, its paragraph, whether its month was written (not 今天's)
    let mut prev: Option<(usize, Point, bool, Option<u32>)> = None;
    let mut past: Option<Point> = None; // the last day named up to the document's
    let mut reported = Reported::default();
    let mut last_wd: Option<(usize, u32)> = None; // a weekday just pushed, its index
    let mut recurring_end = usize::MAX; // the end of the last recurring time
    let mut periods: Vec<(PeriodKey, i32)> = Vec::new(); // periods written with their year
    let mut merged_end = 0; // the end of a recurring time that took the next raw in
    let mut part_year: Option<i32> = None; // the year of the last part of a year written
    for (k, r) in raws.iter().enumerate() {
        if r.start < merged_end {
            continue;
        }
        // 每日上午9:00至11:30, 每周一, 逢周二, 工作日8时至18时: a time that recurs names no
        // day; it keeps what it writes (a clock time, a month and day) and binds to none
        if let Some(mut m) = recurring(s, r, recurring_end) {
            // 周一至周五上午8:30-12:00: the weekdays went, the hours are one range
            let mut end = r.end;
            if let Some(n) = raws.get(k + 1).filter(|n| {
                m.b.is_none()
                    && m.a.has_time()
                    && !m.a.has_date()
                    && n.b.is_none()
                    && n.a.has_time()
                    && !n.a.has_date()
                    && s[r.end..n.start].is_one_of(words!["-", "－", "~", "～", "至", "到", "—", "–"])
            }) {
                m.b = Some(n.a);
                end = n.end;
                merged_end = end;
            }
            recurring_end = end;
            if m.a.has_date() || m.a.has_time() {
                let free = Prefer {
                    read_on: None,
                    ..prefer
                };
                let res = resolve(&m, Anchor::None, None, free, None, None);
                // (每年清明节: a day of no known date)
                if res.value.is_empty() {
                    continue;
                }
                out.push(DateMention {
                    start: r.start,
                    end,
                    text: doc.text[r.start..end].to_string(),
                    value: res.value,
                    end_value: res.end_value,
                    year_inferred: res.year_inferred,
                    relative: res.relative,
                });
            }
            continue;
        }
        let para = doc.paragraph_at(r.start).map_or(0, |p| p.range.start);
        // (a later year that labels a thing lends it to what is to come, not to what is
        // done: 2027年…高考…已于12月4日截止 is this year's December)
        // (nor to a day with no cue of what is to come: 2027年度政府预算案…宪法规定的12月2日)
        let done = label_ctx && !future_cue(s, r.start, r.end);
        let mut ctx_year = ctx.filter(|(p, _)| *p == para && !done).map(|(_, y)| y);
        // 2023年第四季度 … (a later paragraph) 第四季度: the same period named again takes
        // the year it was written with, and lends it to the rest of its paragraph
        let key = period_key(r);
        if let (None, Some(k), None, None) = (ctx_year, key, r.a.y, r.a.yrel) {
            if let Some(&(_, y)) = periods.iter().rev().find(|(pk, _)| *pk == k) {
                ctx_year = Some(y);
                ctx = Some((para, y));
                label_ctx = false;
            }
        }
        // 2025财年第三季度 … (a later paragraph) 第四季度, 上半年: a bare part of a year
        // takes the year of the last part written with one (a report's year, not now's)
        let year_part = matches!(r.a.part, Some(Part::Months(..)))
            && r.b.is_none()
            && r.a.m.is_none()
            && r.a.fest.is_none();
        if year_part && ctx_year.is_none() && r.a.y.is_none() && r.a.yrel.is_none() {
            if let Some(y) = part_year {
                ctx_year = Some(y);
                ctx = Some((para, y));
                label_ctx = false;
            }
        }
        // (a bare day takes the month of a day written before it: 5月1日至2日…3日, not 今天…24日)
        let bare_day = r.a.d.is_some() && r.a.m.is_none() && !r.listed;
        // (10月18日 … 19日 in a later paragraph: the month goes on across paragraphs for a
        // bare day when it was written)
        let near_written = prev.is_some_and(|(_, _, w, _)| w);
        let near = prev
            .filter(|(p, _, w, _)| *p == para || (bare_day && *w))
            .map(|(_, d, written, first)| {
                if bare_day && !written {
                    Point { m: None, ..d }
                } else if bare_day {
                    // A bare day before the written one (7月15日…5日) is a recap of that
                    // month, the common case in news, unless 次月 says otherwise or the
                    // story has reached the next month: it is the anchor's month, and the
                    // day falls at most a week after the anchor (11月28日…3日, read on
                    // 12月4日: the 3rd of December).
                    let d0 = first.or(d.d);
                    let mut d = Point { d: d0, ..d };
                    if let (Some(day), Some(d0), Some(m)) = (r.a.d, d0, d.m) {
                        let y = d.y.unwrap_or(2000);
                        let (ny, nm) = add_months(y, m, 1);
                        let next = Point {
                            y: d.y.map(|_| ny),
                            m: Some(nm),
                            ..d
                        };
                        if s[..r.start].ends_with("次月") || s[..r.start].ends_with("翌月") {
                            d = next;
                        } else if day < d0 {
                            // (the next month only when its day lies nearer the written one
                            // that way: 11月28日…3日, not 11月6日…5日, the day before)
                            let forward = days_in_month(y, m).saturating_sub(d0) + day;
                            if let Anchor::Date(a) = anchor {
                                if nm == a.month
                                    && d.y.is_none_or(|_| ny == a.year)
                                    && day <= a.day + 7
                                    && forward < d0 - day
                                {
                                    d.m = None;
                                }
                            }
                        }
                    }
                    d
                } else {
                    d
                }
            });
        // 当天 before any day is named: the day of the document, when it is known
        let day_of_doc = match anchor {
            Anchor::Date(a) => Some(Point {
                y: Some(a.year),
                m: Some(a.month),
                d: Some(a.day),
                ..Default::default()
            }),
            _ => None,
        };
        // 当天 opening a later paragraph than a day to come (决定于12月15日下调… / 当天下午3时，
        // 国新办举行发布会): the story's day, the last one named up to the document's, unless
        // it too speaks of what is to come
        let anaphor_day = match (anchor, prev, past) {
            (Anchor::Date(a), Some((p, d, ..)), Some(back))
                if r.a.anaphor == Some(0)
                    && p != para
                    && d.y.zip(d.m).zip(d.d).is_some_and(|((y, m), dd)| (y, m, dd) > (a.year, a.month, a.day))
                    && !future_cue(s, r.start, r.end)
                    // (in the clause of 当天 and the next, not in a quote: 在当天举行的发布会上，
                    // 发言人表示，“将实践中…” is no future)
                    && !s[r.end..]
                        .split(['。', '\n', '“'])
                        .next()
                        .is_some_and(|t| {
                            t.split('，').take(2).any(|c| ["将", "计划", "预计", "拟"].iter().any(|w| c.contains(w)))
                        }) =>
            {
                Some(back)
            }
            _ => None,
        };
        // a lone month and day without a year, said to come: the window reaches ahead
        let ahead = prefer.yearless == Yearless::News
            && r.b.is_none()
            && r.a.m.is_some()
            && r.a.y.is_none()
            && !r.a.is_relative()
            && r.a.fest.is_none()
            && future_cue(s, r.start, r.end);
        // a lone month (and day) without a year, since which something holds: not to come
        let since = prefer.yearless == Yearless::News
            && r.b.is_none()
            && r.a.m.is_some()
            && r.a.y.is_none()
            && !r.a.is_relative()
            && r.a.fest.is_none()
            && s[r.end..].starts_with_any(words!["以来", "至今", "迄今", "到现在", "到目前"]);
        // 同年, 较上月, 比上年: see `Reported`
        let Some((over, compares)) = reported.anchor(s, r, para, anchor) else {
            continue;
        };
        let res = resolve(
            r,
            match story {
                _ if over.is_some() => over.unwrap_or(anchor),
                Some(a) if r.a.week.is_some() || (r.a.mrel.is_some() && r.a.d.is_none()) => a,
                _ => anchor,
            },
            ctx_year,
            if ahead {
                Prefer {
                    yearless: Yearless::NewsAhead,
                    ..prefer
                }
            } else if since {
                Prefer {
                    yearless: Yearless::NewsSince,
                    ..prefer
                }
            } else {
                prefer
            },
            anaphor_day.or(prev.map(|(_, d, ..)| d)).or(day_of_doc),
            near,
        );
        if let Some(d) = res.day {
            // (a bare day or a time that took its month from a written one keeps it written:
            // 6月14日…15日…16日)
            let written = (r.a.m.is_some() || r.b.is_some_and(|b| b.m.is_some()))
                && !r.a.is_relative()
                || (near_written
                    && r.a.m.is_none()
                    && r.a.y.is_none()
                    && !r.a.is_relative()
                    && r.a.fest.is_none()
                    && near.is_some_and(|n| n.m.is_some() && n.m == d.m));
            // (the first day only when in the month of the last)
            let month = d.iso();
            let first = res.first.filter(|_| {
                res.value
                    .get(..7)
                    .is_some_and(|v| Some(v) == month.get(..7))
            });
            prev = Some((para, d, written, first));
            if let (Anchor::Date(a), (Some(y), Some(m), Some(dd))) = (anchor, (d.y, d.m, d.d)) {
                if (y, m, dd) <= (a.year, a.month, a.day) {
                    past = Some(d);
                }
            }
        }
        if year_part {
            part_year = ctx_year
                .or(r.a.y)
                .filter(|_| r.a.yrel.is_none())
                .and_then(|_| ascii_digits(&res.value, 0, 4, 4))
                .map(|(y, _)| y as i32);
        } else if r.a.yrel.is_some() {
            // (今年三季度, 今年6月, 去年: a year counted from now ends the chain)
            part_year = None;
        }
        if !compares {
            let third = doc.paragraphs.get(2).map_or(usize::MAX, |p| p.range.end);
            reported.note(&res, para, r.start < third);
        }
        if let Some(y) =
            r.a.y
                .filter(|_| r.a.m.is_some() || r.a.part.is_some() || r.b.is_none())
        {
            if !is_target(s, r) {
                label_ctx = future_label(s, r, y, anchor);
                // (2024年12月至2025年2月 … 3月: the range's last year goes on)
                let last = r.b.as_ref().filter(|b| b.m.is_some()).and_then(|b| b.y);
                ctx = Some((para, last.unwrap_or(y)));
                if let Some(k) = key.filter(|_| !r.a.y2) {
                    periods.push((k, y));
                }
            }
        }
        // 2024年9月…以来，…今年以来截至11月底: this year named again ends the written
        // year's run; the months after it are this year's
        if r.a.yrel == Some(0) && r.a.y.is_none() && r.b.is_none() {
            ctx = None;
            label_ctx = false;
        }
        // 明年3月14日 … 4月, 5月: next year's month lends its year to the lone months after it
        // in its paragraph (a plan told in order)
        if r.a.yrel.is_some_and(|y| y > 0) && r.a.m.is_some() && r.b.is_none() {
            if let Some((y, _)) = ascii_digits(&res.value, 0, 4, 4) {
                ctx = Some((para, y as i32));
                label_ctx = false;
            }
        }
        // 近日, 日前: no day to give, and SCHEMA's value is ISO 8601, so no mention
        if r.a.vague {
            continue;
        }
        // 周一（6月10日）: the weekday is the day in brackets after it, when they agree
        if let Some((k, wd)) = last_wd.take() {
            let bracketed = out.get(k).is_some_and(|w: &DateMention| {
                s[w.end..r.start].is_one_of(words!["（", "("]) && s[r.end..].starts_any(&['）', ')'])
            });
            let day = Date::parse_iso(&res.value).filter(|d| weekday(*d) == wd);
            if let (true, Some(_)) = (bracketed, day) {
                out[k].value = res.value.clone();
            }
        }
        // 昨日（10月16日）, 昨天（25日）: the day in brackets after a relative day is that day
        // (the story was written on another day than the one it is read on)
        if let Some(prev) = out.last_mut().filter(|p: &&mut DateMention| {
            p.relative
                && s[p.start..p.end].is_one_of(words![
                    "昨天", "昨日", "今天", "今日", "明天", "明日", "前天", "前日", "后天",
                ])
                && p.end_value.is_none()
                && p.value.len() == 10
                && s[p.end..r.start].is_one_of(words!["（", "("])
                && s[r.end..].starts_any(&['）', ')'])
                && r.b.is_none()
        }) {
            if res.value.len() >= 10 && res.end_value.is_none() {
                prev.value = res.value[..10].to_string();
            }
        }
        if let Some(wd) =
            r.a.weekday
                .or(r.a.week.and_then(|w| w.1))
                .filter(|_| r.b.is_none())
        {
            last_wd = Some((out.len(), wd));
        }
        // 民国 (中华民国) before a year of the Republic belongs to the date
        let start = if r.a.y.is_some() {
            era_name_start(s, r.start)
        } else {
            r.start
        };
        out.push(DateMention {
            start,
            end: r.end,
            text: doc.text[start..r.end].to_string(),
            value: res.value,
            end_value: res.end_value,
            // a listed day's year is as written (or not) at the head of the list
            year_inferred: if r.listed {
                out.last()
                    .map_or(res.year_inferred, |m: &DateMention| m.year_inferred)
            } else {
                res.year_inferred || (bare_day && r.a.y.is_none() && !res.relative)
            },
            relative: res.relative,
        });
    }
    out
}

/// Words before a time that recurs (每日, 每天, 每周 before 一, 逢, 工作日).
const RECURRING: Words = words![
    "每",
    "每日",
    "每天",
    "每晚",
    "每早",
    "每逢",
    "逢",
    "工作日",
    "每周",
    "每週",
    "每星期",
    "每年",
    "每月",
    "每个月",
    "每個月",
];

/// Labels of opening or office hours: the times after them recur.
const HOURS_LABELS: Words = words![
    "工作时间",
    "工作時間",
    "办公时间",
    "辦公時間",
    "营业时间",
    "營業時間",
    "开放时间",
    "開放時間",
    "服务时间",
    "服務時間",
    "受理时间",
    "受理時間",
    "咨询时间",
    "諮詢時間",
    "接待时间",
    "接待時間",
    "开馆时间",
    "開館時間",
    "办理时间",
    "辦理時間",
];

/// `r` without the weekdays it names, when it recurs: after a word of [`RECURRING`], or
/// right after a recurring time that ends at `after` (每周一至周五 上午9时至下午5时).
fn recurring(s: &str, r: &Raw, after: usize) -> Option<Raw> {
    let before = s[..r.start].trim_end_any(&[' ', '\u{3000}']);
    // (or after a comma, a clock time alone or a bare weekday: 每日上午9:00至11:30，下午14:00
    // 至17:00; 周一至周五8:30-17:00，周六（仅上午）9:00-12:00；周日休息)
    let clock_only = r.a.m.is_none() && r.a.d.is_none() && r.a.has_time();
    let weekday = r.a.weekday.is_some() && r.a.m.is_none() && r.a.d.is_none();
    let gap = s.get(after..before.len()).unwrap_or("-no-");
    // (a short aside in brackets before the comma: 9:00-12:00（仅办理登记业务）；)
    let gap = match gap.strip_suffix_any(&['，', ',', '；', ';']) {
        Some(g) if g.starts_any(&['（', '(']) && g.ends_any(&['）', ')']) && g.len() <= 60 => {
            &gap[g.len()..]
        }
        _ => gap,
    };
    let chained = match gap {
        "" | "至" | "到" | "-" | "－" | "~" | "～" | "、" => true,
        "，" | "," | "；" | ";" => clock_only || weekday,
        _ => false,
    };
    // (a range of weekdays with the hours, 周一至周五上午8:30: office hours)
    let weekly = r.a.weekday.is_some() && r.b.is_some_and(|b| b.weekday.is_some() && b.has_time());
    // (hours under a label: 工作时间为周一至周五上午8:30, 营业时间：10:00-22:00; a day or
    // month written there is one period, 开放时间为5月1日至10月7日, and keeps its year)
    let label = r.a.m.is_none() && r.a.d.is_none() && {
        let b = before.trim_end_any(&['为', '為', '：', ':', '是']);
        let b = b
            .strip_suffix("调整")
            .or(b.strip_suffix("調整"))
            .unwrap_or(b);
        b.ends_with_any(HOURS_LABELS)
    };
    if !chained && !label && !weekly && !before.ends_with_any(RECURRING) {
        return None;
    }
    let bare = |f: Fields| Fields {
        weekday: None,
        week: None,
        wd_check: None,
        ..f
    };
    let (a, b) = (bare(r.a), r.b.map(bare));
    // 周一至周五上午9时: the weekdays go, the time stays
    let (a, b) = match b {
        Some(b) if !a.has_date() && !a.has_time() => (b, None),
        _ => (a, b),
    };
    Some(Raw { a, b, ..r.clone() })
}

/// Parses `text` as a document with `reference` as its reference date, with a convention
/// (for the evaluation of the public suites).
pub fn parse_with_base(text: &str, reference: Option<Date>, prefer: Prefer) -> Vec<DateMention> {
    let clean = crate::text::repair(text);
    let options = Options {
        reference_date: reference,
        ..Options::default()
    };
    let doc = Doc::new(&clean, &options);
    find_with(&doc, prefer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_part_of_the_day_passes_the_gate() {
        for (w, _) in DAY_PARTS {
            assert!(w.chars().next().is_some_and(starts_day_part), "{w}");
        }
        // (and week_at's first test: each form below starts with one of its chars)
        for w in [
            "上周",
            "下个星期",
            "这礼拜",
            "這週",
            "本周",
            "今周",
            "星期三",
            "禮拜三",
            "周一",
        ] {
            assert!(week_at(w, 0).is_some(), "{w}");
        }
    }

    #[test]
    fn every_relative_word_passes_the_gate() {
        let words = YEAR_WORDS.iter().map(|w| w.0);
        let words = words.chain(MONTH_WORDS.iter().map(|w| w.0));
        for w in words.chain(DAY_WORDS.iter().map(|w| w.0)) {
            assert!(starts_rel_word(w), "{w}");
        }
    }

    #[test]
    fn start_bits_hold_every_start() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            assert_eq!(is_word_start(c), WORD_STARTS.contains(&c), "{c}");
            if is_word_start(c) || numbers::starts_chinese_numeral(c) {
                assert!(START_BITS.may_hold(c), "{c}");
            }
        }
    }

    fn run(
        text: &str,
        reference: Option<&str>,
    ) -> Vec<(String, String, Option<String>, bool, bool)> {
        let r = reference.and_then(Date::parse_iso);
        parse_with_base(text, r, Prefer::NEWS)
            .into_iter()
            .map(|m| (m.text, m.value, m.end_value, m.year_inferred, m.relative))
            .collect()
    }

    fn values(text: &str, reference: Option<&str>) -> Vec<String> {
        run(text, reference).into_iter().map(|m| m.1).collect()
    }

    #[test]
    fn a_press_release_says_which_day_its_today_is() {
        let r = Some("2024-06-10");
        assert_eq!(
            values(
                "政府今日（六月七日）宣布，津貼由七月一日起調高。局長今日表示歡迎。",
                r
            ),
            ["2024-06-07", "2024-06-07", "2024-07-01", "2024-06-07"]
        );
        assert_eq!(
            values("教育部今天（6月7日）公布名单。", r),
            ["2024-06-07", "2024-06-07"]
        );
    }

    #[test]
    fn a_word_of_time_after_a_latin_name() {
        let r = Some("2024-06-10");
        assert_eq!(values("Google上個月在台灣推出新手機。", r), ["2024-05"]);
        assert_eq!(values("公司CEO昨天表示", r), ["2024-06-09"]);
        // (not a numeral glued to a model's name)
        assert!(values("搭载G3处理器，Pixel 8a三色可选", r).is_empty());
    }

    #[test]
    fn absolute() {
        assert_eq!(values("2025年1月22日召开", None), ["2025-01-22"]);
        assert_eq!(values("一九九八年四月二十七日", None), ["1998-04-27"]);
        assert_eq!(values("于2025-01-22发布", None), ["2025-01-22"]);
        assert_eq!(values("于2025/1/22发布", None), ["2025-01-22"]);
        assert_eq!(values("在1998年", None), ["1998"]);
        assert_eq!(values("2024年，公司", None), ["2024"]);
        assert_eq!(values("1月22日，公司", None), ["--01-22"]);
        assert_eq!(values("22日，公司", None), ["---22"]);
    }

    #[test]
    fn times() {
        assert_eq!(
            values("2025年1月22日上午9时30分", None),
            ["2025-01-22T09:30"]
        );
        assert_eq!(
            values("1月22日14:30开会", Some("2025-01-20")),
            ["2025-01-22T14:30"]
        );
        assert_eq!(values("晚上8点许", Some("2025-01-20")), ["2025-01-20T20"]);
        assert_eq!(
            values("明天下午三点半", Some("2025-01-20")),
            ["2025-01-21T15:30"]
        );
        // Not times: points of a speech, decimals.
        assert!(values("提出三点要求", None).is_empty());
        assert!(values("零点五", None).is_empty());
    }

    #[test]
    fn race_times_are_not_times_of_day() {
        for t in [
            "他以2:10:35的成绩夺冠。",
            "成績2:05:12，完賽。",
            "男子组冠军用时2:10:35。",
            "她跑出2:10:35，刷新赛会纪录。",
        ] {
            assert!(
                values(t, Some("2024-06-10")).is_empty(),
                "{t}: {:?}",
                run(t, None)
            );
        }
        assert_eq!(
            values("下午2:30开始，14:30:00开始", Some("2024-06-10")),
            ["2024-06-10T14:30", "2024-06-10T14:30:00"]
        );
        assert_eq!(
            values("以14:30:00为准", Some("2024-06-10")),
            ["2024-06-10T14:30:00"]
        );
    }

    #[test]
    fn a_lunar_month_alone_is_its_days() {
        // the month whose middle falls in the year, as 腊月十五 would
        let r = Some("2024-06-10");
        let got = run("正月里走亲戚，农历八月丰收，阴历三月，臘月時分。", r);
        let got: Vec<(&str, &str, Option<&str>)> = got
            .iter()
            .map(|m| (m.0.as_str(), m.1.as_str(), m.2.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("正月", "2024-02-10", Some("2024-03-09")),
                ("农历八月", "2024-09-03", Some("2024-10-02")),
                ("阴历三月", "2024-04-09", Some("2024-05-07")),
                ("臘月", "2024-01-11", Some("2024-02-09")),
            ]
        );
        // a day in it as before; a month of the Gregorian calendar stays one
        assert_eq!(values("农历八月十五", Some("2024-08-01")), ["2024-09-17"]);
        // with a year: the month whose 15th falls in it (2024年腊月十五 is 2024-01-25)
        assert_eq!(
            run("2024年腊月", None)[0].2.as_deref(),
            Some("2024-02-09"),
            "{:?}",
            run("2024年腊月", None)
        );
        assert_eq!(values("八月丰收", r), ["2024-08"]);
        // 冬月 alone is too often a winter month; 真正月 holds no 正月
        assert!(values("冬月寒冷，真正月薪", r).is_empty());
    }

    #[test]
    fn ranges() {
        let r = run("1月22日至25日", Some("2025-01-10"));
        assert_eq!(
            (r[0].1.as_str(), r[0].2.as_deref()),
            ("2025-01-22", Some("2025-01-25"))
        );
        let r = run("2024—2025年", None);
        assert_eq!((r[0].1.as_str(), r[0].2.as_deref()), ("2024", Some("2025")));
        let r = run("2018年1－9月份", None);
        assert_eq!(
            (r[0].1.as_str(), r[0].2.as_deref()),
            ("2018-01", Some("2018-09"))
        );
        let r = run("今年上半年", Some("2024-08-01"));
        assert_eq!(
            (r[0].1.as_str(), r[0].2.as_deref()),
            ("2024-01", Some("2024-06"))
        );
    }

    #[test]
    fn relative() {
        assert_eq!(
            values("今年 去年 明年", Some("2025-03-01")),
            ["2025", "2024", "2026"]
        );
        assert_eq!(values("昨天", Some("2025-03-01")), ["2025-02-28"]);
        // 2025-03-05 is a Wednesday; 上周三 is 2025-02-26.
        assert_eq!(values("上周三", Some("2025-03-05")), ["2025-02-26"]);
        assert_eq!(values("上个月15号", Some("2025-03-05")), ["2025-02-15"]);
        // Vague days have no ISO value: no mention (SCHEMA's value is ISO 8601).
        assert!(run("近日，日前", None).is_empty());
        assert!(values("金管会主委日前指出", Some("2024-06-10")).is_empty());
        assert!(values("近日，经湖南省委研究", Some("2024-06-10")).is_empty());
        // Without a reference, 昨天 keeps no value.
        assert_eq!(values("昨天", None), [""]);
    }

    #[test]
    fn future_cues_reach_ahead() {
        let r = Some("2024-06-10");
        assert_eq!(values("定于9月11日举行。", r), ["2024-09-11"]);
        assert_eq!(values("应于9月30日前完成。", r), ["2024-09-30"]);
        assert_eq!(values("12月份将投入运营。", r), ["2024-12"]);
        // no cue, or a past one: the news window (three months ahead)
        assert_eq!(values("9月11日举行。", r), ["2023-09-11"]);
        assert_eq!(values("计划9月11日已举行。", r), ["2023-09-11"]);
        assert_eq!(values("9月11日举行了会议", r), ["2023-09-11"]);
    }

    #[test]
    fn year_inference_from_the_document() {
        // A recap of 2023 that speaks of 今年 as another year: the document is in 2024.
        let t = "3月5日，公司召开总结会。\n会议回顾了2023年的成绩，部署了今年的任务。";
        let r = run(t, None);
        assert_eq!(r[0].1, "2024-03-05");
        assert!(r[0].3);
        // 今年 in apposition.
        assert_eq!(values("今年（2022年）5月1日起", None)[0], "2022");
        // A historical year beside 今年 says nothing about the current year.
        assert_eq!(values("预测今年的爆发不会比1966年那次更强。", None)[0], "");
        // A year earlier in the paragraph.
        assert_eq!(
            values("2019年3月5日开工，6月8日竣工。", None),
            ["2019-03-05", "2019-06-08"]
        );
        // A dateline.
        assert_eq!(
            values(
                "标题\n2021年6月14日 来源：新华网\n12月28日，会议召开。",
                None
            )[1],
            "2020-12-28"
        );
        // A reference date beats the text.
        assert_eq!(values("12月28日", Some("2025-01-10")), ["2024-12-28"]);
    }

    #[test]
    fn not_dates() {
        for t in [
            "身份证号140302197706220124。",
            "这个玩具一点都不好玩。",
            "一日之计在于晨",
            "有十分之一的概率",
            "升高10点五度",
            "3个月",
            "三五年",
        ] {
            assert!(values(t, None).is_empty(), "{t}: {:?}", run(t, None));
        }
    }

    #[test]
    fn calendar() {
        assert_eq!(
            weekday(Date {
                year: 2013,
                month: 2,
                day: 12
            }),
            2
        );
        assert_eq!(
            add_days(
                Date {
                    year: 2024,
                    month: 2,
                    day: 28
                },
                2
            ),
            Date {
                year: 2024,
                month: 3,
                day: 1
            }
        );
        assert_eq!(
            civil_from_days(days_from_civil(1998, 4, 27)),
            Date {
                year: 1998,
                month: 4,
                day: 27
            }
        );
    }

    #[test]
    fn compared_with_the_period_before_the_reported_one() {
        // a May report's 较上月 is April, though it is read in June
        let t = "5月成都新房成交上涨\n6月3日，记者获悉，今年5月成都成交9863套。\n高端项目共成交318套，较上月增加46套。";
        assert_eq!(
            values(t, Some("2024-06-10")),
            ["2024-05", "2024-06-03", "2024-05", "2024-04"]
        );
        // 比上年 after a year of the paragraph is the year before it, every time
        let t =
            "公报发布。\n2023年国内生产总值比上年增长5.2%，粮食较上年增加，与上年同期相比增长。";
        assert_eq!(
            values(t, Some("2024-06-10")),
            ["2023", "2022", "2022", "2022"]
        );
        // a year of another paragraph is not the one compared; nor is one to come
        let t = "他1941年出生。\n消费支出比上年增长15%。";
        assert_eq!(values(t, Some("2024-06-10")), ["1941", "2023"]);
        let t = "2026年将建成，产量比上年增长。";
        assert_eq!(values(t, Some("2024-06-10")), ["2026", "2023"]);
        // not compared: 上月 is the month before now
        assert_eq!(
            values("今年5月成交9863套，上月成交百套。", Some("2024-06-10")),
            ["2024-05", "2024-05"]
        );
    }

    #[test]
    fn same_year_is_the_year_last_named() {
        assert_eq!(
            values("他1964年毕业，同年分配到研究所。", Some("2024-06-10")),
            ["1964", "1964"]
        );
        assert_eq!(
            values("2019年3月入职，同年10月离职。", Some("2024-06-10")),
            ["2019-03", "2019-10"]
        );
        // nothing named before it; not the 同年 of 不同年龄, 同年级
        assert!(values("同年分配到研究所。", Some("2024-06-10")).is_empty());
        assert_eq!(
            values("2020年，不同年龄段和同年级的学生", Some("2024-06-10")),
            ["2020"]
        );
    }

    #[test]
    fn years_ago() {
        assert_eq!(
            values(
                "三十年前，他来到这里；33年前，两年前在印度。",
                Some("2024-06-10")
            ),
            ["1994", "1991", "2022"]
        );
        // compared with a year of the paragraph: before that year
        assert_eq!(
            values(
                "2023年全国玉米亩产比十年前提高了约12%。",
                Some("2024-06-10")
            ),
            ["2023", "2013"]
        );
        // a year before 前, a vague count, 前后: no years ago
        assert_eq!(
            values("2035年前建成，数十年前，10年前后", Some("2024-06-10")),
            ["2035"]
        );
        assert_eq!(values("大大后天", Some("2021-06-14")), ["2021-06-18"]);
    }
}
