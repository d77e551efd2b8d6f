//! Property tests over the whole `extract` API (issue 7): for arbitrary text and options,
//! extract never panics, every span is in bounds and on character boundaries of its unit,
//! slicing the input at a mention gives its text up to the repairs inside it, mentions are
//! sorted, repairing is idempotent, and the script conversion never changes what is found.
//!
//! The generators lean towards what the pipeline meets in practice: CJK-heavy news text
//! with numerals, units and punctuation, mixed scripts, inline pinyin readings `會(huì)`,
//! mojibake-like debris, control and zero-width characters, astral characters.
//!
//! Cases per property: `PROPTEST_CASES` (default 256; `make test` uses the default).
#![cfg(not(target_arch = "wasm32"))]

// The span checks are shared with the fuzz target.
#[path = "../fuzz/check.rs"]
#[allow(dead_code)]
mod check;

use check::widened;
use proptest::prelude::*;
use proptest::test_runner::Config;
use zhextract::{
    extract, try_extract, Convert, Date, Extraction, OffsetUnit, Options, MAX_INPUT_BYTES,
};

// ---------------------------------------------------------------- generators

/// Words and marks of news text, so that generated text often forms real mentions.
const NEWS_TOKENS: &[&str] = &[
    "2024年",
    "2025年1月22日",
    "1月",
    "22日",
    "今年",
    "去年",
    "昨天",
    "上周三",
    "至",
    "到",
    "—",
    "~",
    "-",
    "万",
    "萬",
    "亿",
    "億",
    "千",
    "百",
    "元",
    "美元",
    "人民币",
    "港元",
    "欧元",
    "块",
    "约",
    "近",
    "超过",
    "逾",
    "多",
    "余",
    "%",
    "％",
    "百分之",
    "个",
    "人",
    "名",
    "项",
    "户",
    "公斤",
    "吨",
    "第",
    "一",
    "二",
    "两",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "零",
    "〇",
    "壹",
    "贰",
    "点",
    ".",
    ",",
    "1830",
    "0",
    "07",
    "1.5",
    "3,000",
    "１２３",
    "ＡＢＣ",
    "。",
    "，",
    "、",
    "：",
    "；",
    "！",
    "？",
    "…",
    "……",
    "“",
    "”",
    "「",
    "」",
    "『",
    "』",
    "《",
    "》",
    "（",
    "）",
    "(",
    ")",
    "【",
    "】",
    "·",
    "记者",
    "编辑",
    "责任编辑",
    "撰稿",
    "来源",
    "摄",
    "说",
    "表示",
    "指出",
    "称",
    "：“",
    "。”",
    "主席",
    "书记",
    "市长",
    "总经理",
    "公司",
    "集团",
    "有限公司",
    "大学",
    "委员会",
    "政府",
    "鞍山钢铁",
    "鞍钢",
    "北京",
    "上海",
    "香港",
    "新疆",
    "喀什",
    "省",
    "市",
    "县",
    "区",
    "王",
    "李",
    "张",
    "習近平",
    "會議",
    "座談會",
    "發展",
    "經濟",
    "對",
    "業",
    "決",
    "这",
    "這",
    "們",
    "点击",
    "关注",
    "阅读原文",
    "免责声明",
    "转载",
    "版权",
    "\n",
    "\n\n",
    "\r\n",
    "  ",
    "\t",
    "\u{3000}",
];

/// Mojibake-like debris: lost-byte marks, out-of-step GBK reads, UTF-8 read as Latin-1.
const MOJIBAKE: &[&str] = &[
    "锟斤拷",
    "烫烫烫",
    "屯屯屯",
    "\u{FFFD}",
    "??",
    "?",
    "??κ驳匚瘜?duì)",
    "?shù)匦袠I",
    "?shù)厝罕娬嬲鉀Q",
    "要?jiǎng)?chuàng)新",
    "ä¸\u{AD}æ–‡",
    "Ã¤Â¸Â\u{AD}",
    "ï¿½",
    "â€œ",
    "â€",
    "é‡‘é¢",
    "Ð¡Ð»Ð¾Ð²Ð¾",
    "æ??",
];

/// Characters that tend to break naive code.
const ODD: &[char] = &[
    '\0',
    '\u{1}',
    '\u{7}',
    '\u{8}',
    '\u{b}',
    '\u{c}',
    '\r',
    '\u{7f}',
    '\u{85}',
    '\u{a0}',
    '\u{ad}',
    '\u{200b}',
    '\u{200c}',
    '\u{200d}',
    '\u{200e}',
    '\u{200f}',
    '\u{202a}',
    '\u{202e}',
    '\u{2028}',
    '\u{2029}',
    '\u{2066}',
    '\u{feff}',
    '\u{fff9}',
    '\u{fffc}',
    '\u{fffd}',
    '\u{e000}',
    '\u{f8ff}',
    '\u{10ffff}',
    '𠮷',
    '😀',
    '👨',
    '🇨',
    '🇳',
    '\u{fe0f}',
    '\u{301}',
    '\u{0308}',
    'ǖ',
    'ü',
    'ß',
    'İ',
    'ﬁ',
    'ǅ',
    'א',
    'ب',
    'ـ',
    '\u{64b}',
    '\u{0e33}',
    '〇',
    '㈠',
    '①',
    '⑩',
    'Ⅻ',
    '½',
    '²',
    '٣',
    '߀',
    '𝟘',
    '１',
    '０',
    '＄',
    '￥',
    '¥',
    '€',
    '£',
    '＿',
];

const TONED: &[&str] = &[
    "ā", "á", "ǎ", "à", "ē", "é", "ě", "è", "ī", "í", "ǐ", "ì", "ō", "ó", "ǒ", "ò", "ū", "ú", "ǔ",
    "ù", "ǖ", "ǘ", "ǚ", "ǜ", "ń", "ň",
];

/// A Han character: mostly common ones, sometimes from the extensions.
fn han() -> impl Strategy<Value = char> {
    prop_oneof![
        8 => (0x4E00u32..=0x9FFF).prop_map(|c| char::from_u32(c).unwrap_or('中')),
        1 => (0x3400u32..=0x4DBF).prop_map(|c| char::from_u32(c).unwrap_or('中')),
        1 => (0x20000u32..=0x2A6DF).prop_map(|c| char::from_u32(c).unwrap_or('中')),
    ]
}

/// A pinyin-like reading after a Han character: 會(huì), 萬（wàn）, 长(zhang3), or a near miss.
fn pinyin_fragment() -> impl Strategy<Value = String> {
    let initials = prop::sample::select(vec![
        "", "b", "ch", "d", "h", "j", "l", "m", "n", "sh", "x", "zh", "w", "y",
    ]);
    let tone = prop::sample::select(TONED.to_vec());
    let finals = prop::sample::select(vec!["", "n", "ng", "i", "o", "u", "an", "r"]);
    let digit = prop::option::of(1u8..=6);
    let open = prop::sample::select(vec!["(", "（", "(("]);
    let close = prop::sample::select(vec![")", "）", "", "))"]);
    (han(), open, initials, tone, finals, digit, close).prop_map(|(h, o, i, t, f, d, c)| {
        let mut s = String::new();
        s.push(h);
        s.push_str(o);
        s.push_str(i);
        match d {
            Some(d) => {
                s.push('a');
                s.push_str(f);
                s.push(char::from(b'0' + d));
            }
            None => {
                s.push_str(t);
                s.push_str(f);
            }
        }
        s.push_str(c);
        s
    })
}

/// UTF-8 of some Han text read back as Latin-1, or its bytes glued out of step.
fn latin1_mojibake() -> impl Strategy<Value = String> {
    prop::collection::vec(han(), 1..4).prop_map(|cs| {
        let s: String = cs.into_iter().collect();
        s.bytes().map(char::from).collect()
    })
}

/// Decimal and Chinese numbers with separators.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<u64>().prop_map(|n| n.to_string()),
        (0u32..100_000, 0u32..1000).prop_map(|(a, b)| format!("{a}.{b}")),
        (1u32..1000, 0u32..1000, 0u32..1000).prop_map(|(a, b, c)| format!("{a},{b:03},{c:03}")),
        "[一二三四五六七八九十百千万亿零两〇]{1,12}",
        "[0-9]{1,40}",
        "[０-９]{1,8}",
    ]
}

/// One piece of generated text.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        10 => prop::sample::select(NEWS_TOKENS.to_vec()).prop_map(str::to_string),
        6 => prop::collection::vec(han(), 1..6).prop_map(|v| v.into_iter().collect()),
        4 => number(),
        3 => pinyin_fragment(),
        2 => prop::sample::select(MOJIBAKE.to_vec()).prop_map(str::to_string),
        1 => latin1_mojibake(),
        2 => prop::sample::select(ODD.to_vec()).prop_map(String::from),
        2 => "[ -~]{1,12}",
        1 => any::<char>().prop_map(String::from),
        1 => "[\u{0590}-\u{06FF}\u{0E00}-\u{0E7F}\u{3040}-\u{30FF}\u{AC00}-\u{D7A3}]{1,6}",
    ]
}

/// CJK-heavy, mixed-script text of up to `max` fragments.
fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..max).prop_map(|v| v.concat())
}

fn unit() -> impl Strategy<Value = OffsetUnit> {
    prop::sample::select(vec![OffsetUnit::Utf16, OffsetUnit::Char, OffsetUnit::Byte])
}

fn convert() -> impl Strategy<Value = Convert> {
    prop::sample::select(vec![
        Convert::None,
        Convert::Simplified,
        Convert::Traditional,
    ])
}

fn options() -> impl Strategy<Value = Options> {
    let date = prop::option::of(
        (1i32..=9999, 1u32..=12, 1u32..=31)
            .prop_filter_map("a valid date", |(y, m, d)| Date::new(y, m, d)),
    );
    (date, unit(), convert()).prop_map(|(reference_date, offsets, convert)| Options {
        reference_date,
        offsets,
        convert,
    })
}

// ---------------------------------------------------------------- invariants

/// Every (start, end) of the extraction, with what it belongs to, repairs included.
fn spans(x: &Extraction) -> Vec<(&'static str, usize, usize)> {
    let mut out = Vec::new();
    out.extend(x.repairs.iter().map(|r| ("repair", r.start, r.end)));
    let mut copy = x.clone();
    let mut all = Vec::new();
    copy.for_each_span_mut(|s, e| all.push((*s, *e)));
    out.extend(all.into_iter().map(|(s, e)| ("mention", s, e)));
    out
}

/// Byte offset in `input` of `at` counted in `unit`, or `None` when `at` is not on a
/// character boundary of that unit (or out of bounds).
fn to_byte(input: &str, unit: OffsetUnit, at: usize) -> Option<usize> {
    match unit {
        OffsetUnit::Byte => input.is_char_boundary(at).then_some(at),
        OffsetUnit::Char => {
            if at == input.chars().count() {
                return Some(input.len());
            }
            input.char_indices().nth(at).map(|(b, _)| b)
        }
        OffsetUnit::Utf16 => {
            let mut units = 0;
            for (b, c) in input.char_indices() {
                if units == at {
                    return Some(b);
                }
                if units > at {
                    return None; // inside a surrogate pair
                }
                units += c.len_utf16();
            }
            (units == at).then_some(input.len())
        }
    }
}

/// The input between two offsets of the extraction's unit, with the extraction's repairs
/// that lie inside applied: what the repaired text says there.
fn repaired_slice(input: &str, x: &Extraction, start: usize, end: usize) -> Result<String, String> {
    let (start, end) = check::widen(x, start, end);
    let s = to_byte(input, x.offsets, start)
        .ok_or(format!("start {start} is not on a char boundary"))?;
    let e = to_byte(input, x.offsets, end).ok_or(format!("end {end} is not on a char boundary"))?;
    let mut out = String::new();
    let mut at = s;
    // Outermost repairs first: a later round's repair may cover earlier ones.
    let mut inside: Vec<_> = x
        .repairs
        .iter()
        .filter(|r| r.start >= start && r.end <= end)
        .collect();
    inside.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    for r in inside {
        let (rs, re) = (
            to_byte(input, x.offsets, r.start).unwrap(),
            to_byte(input, x.offsets, r.end).unwrap(),
        );
        if rs < at {
            continue;
        }
        out.push_str(&input[at..rs]);
        out.push_str(&r.replacement);
        at = re;
    }
    out.push_str(&input[at..e.max(at)]);
    Ok(out)
}

fn check_bounds(input: &str, x: &Extraction) -> Result<(), String> {
    let len = match x.offsets {
        OffsetUnit::Byte => input.len(),
        OffsetUnit::Char => input.chars().count(),
        OffsetUnit::Utf16 => input.encode_utf16().count(),
    };
    for (what, s, e) in spans(x) {
        if s > e || e > len {
            return Err(format!(
                "{what} span {s}..{e} out of 0..{len} ({:?})",
                x.offsets
            ));
        }
        if to_byte(input, x.offsets, s).is_none() || to_byte(input, x.offsets, e).is_none() {
            return Err(format!(
                "{what} span {s}..{e} splits a character ({:?})",
                x.offsets
            ));
        }
    }
    Ok(())
}

fn check_texts(input: &str, x: &Extraction) -> Result<(), String> {
    // Repairs: the input at a repair is its `original`.
    for r in &x.repairs {
        let s = to_byte(input, x.offsets, r.start).unwrap();
        let e = to_byte(input, x.offsets, r.end).unwrap();
        if input[s..e] != r.original {
            return Err(format!(
                "repair {}..{} original {:?} but the input has {:?}",
                r.start,
                r.end,
                r.original,
                &input[s..e]
            ));
        }
    }
    let mut mentions: Vec<(&str, usize, usize, &str)> = Vec::new();
    mentions.extend(
        x.paragraphs
            .iter()
            .map(|m| ("paragraph", m.start, m.end, m.text.as_str())),
    );
    mentions.extend(
        x.dates
            .iter()
            .map(|m| ("date", m.start, m.end, m.text.as_str())),
    );
    mentions.extend(
        x.money
            .iter()
            .map(|m| ("money", m.start, m.end, m.text.as_str())),
    );
    mentions.extend(
        x.quantities
            .iter()
            .map(|m| ("quantity", m.start, m.end, m.text.as_str())),
    );
    for (kind, s, e, t) in mentions {
        let got = repaired_slice(input, x, s, e)?;
        if got != t && !widened(x, s, e, &got, t) {
            return Err(format!(
                "{kind} {s}..{e}: text {t:?} but the repaired input there is {got:?}"
            ));
        }
    }
    // Quotes: the quoted content lies inside the quote's span.
    for q in &x.quotes {
        let got = repaired_slice(input, x, q.start, q.end)?;
        if !got.contains(q.text.as_str()) {
            return Err(format!(
                "quote {}..{}: text {:?} not inside {got:?}",
                q.start, q.end, q.text
            ));
        }
    }
    // Sentences lie inside the repaired text; entity mentions are not empty.
    for s in &x.sentences {
        let got = repaired_slice(input, x, s.start, s.end)?;
        if got.is_empty() || !x.text.contains(got.as_str()) {
            return Err(format!(
                "sentence {}..{} reads {got:?}, not in the repaired text",
                s.start, s.end
            ));
        }
    }
    for (kind, list) in [
        ("person", people_as_entities(x)),
        ("organization", x.organizations.clone()),
        ("location", x.locations.clone()),
        ("work", x.works.clone()),
        ("event", x.events.clone()),
    ] {
        for ent in &list {
            for m in &ent.mentions {
                if m.start >= m.end {
                    return Err(format!(
                        "{kind} {:?} has an empty mention {}..{}",
                        ent.name, m.start, m.end
                    ));
                }
            }
        }
    }
    Ok(())
}

fn people_as_entities(x: &Extraction) -> Vec<zhextract::Entity> {
    x.people
        .iter()
        .map(|p| zhextract::Entity {
            name: p.name.clone(),
            mentions: p.mentions.clone(),
            aliases: Vec::new(),
        })
        .collect()
}

fn is_sorted<T: Ord + Copy>(v: impl IntoIterator<Item = T>) -> bool {
    let v: Vec<T> = v.into_iter().collect();
    v.windows(2).all(|w| w[0] <= w[1])
}

fn check_sorted(x: &Extraction) -> Result<(), String> {
    let checks: [(&str, bool); 9] = [
        (
            "repairs",
            is_sorted(x.repairs.iter().map(|m| (m.start, m.end))),
        ),
        (
            "paragraphs",
            is_sorted(x.paragraphs.iter().map(|m| (m.start, m.end))),
        ),
        (
            "sentences",
            is_sorted(x.sentences.iter().map(|m| (m.start, m.end))),
        ),
        ("dates", is_sorted(x.dates.iter().map(|m| (m.start, m.end)))),
        ("money", is_sorted(x.money.iter().map(|m| (m.start, m.end)))),
        (
            "quantities",
            is_sorted(x.quantities.iter().map(|m| (m.start, m.end))),
        ),
        (
            "quotes",
            is_sorted(x.quotes.iter().map(|m| (m.start, m.end))),
        ),
        (
            "credits",
            is_sorted(x.credits.iter().map(|m| (m.start, m.end))),
        ),
        (
            "people",
            is_sorted(x.people.iter().map(|p| p.mentions.first().copied())),
        ),
    ];
    if let Some((what, _)) = checks.iter().find(|c| !c.1) {
        return Err(format!("{what} are not in text order"));
    }
    for p in &x.people {
        if !is_sorted(p.mentions.iter().copied()) {
            return Err(format!("mentions of person {:?} are not sorted", p.name));
        }
    }
    for (kind, list) in [
        ("organizations", &x.organizations),
        ("locations", &x.locations),
        ("works", &x.works),
        ("events", &x.events),
    ] {
        if !is_sorted(list.iter().map(|e| e.mentions.first().copied())) {
            return Err(format!("{kind} are not in order of their first mention"));
        }
        for e in list {
            if !is_sorted(e.mentions.iter().copied()) {
                return Err(format!("mentions of {kind} {:?} are not sorted", e.name));
            }
        }
    }
    Ok(())
}

fn check_numbers(x: &Extraction) -> Result<(), String> {
    let nums = x
        .money
        .iter()
        .flat_map(|m| [Some(m.amount), m.amount_max])
        .chain(
            x.quantities
                .iter()
                .flat_map(|q| [Some(q.value), q.value_max]),
        );
    for n in nums.flatten() {
        if !n.is_finite() {
            return Err(format!("non-finite number {n}"));
        }
    }
    for r in &x.repairs {
        if let Some(c) = r.confidence {
            if !(0.0..=1.0).contains(&c) || (c * 100.0).round() / 100.0 != c {
                return Err(format!("repair {:?} has confidence {c}", r.original));
            }
        }
    }
    for k in &x.keywords {
        // Finite, and printed with at most three decimals (0.497, not 0.4970000088214874).
        if !k.score.is_finite() || (k.score * 1000.0).round() / 1000.0 != k.score {
            return Err(format!("keyword {:?} has score {}", k.word, k.score));
        }
    }
    serde_json::to_string(x).map_err(|e| format!("does not serialize: {e}"))?;
    Ok(())
}

/// What was found, whatever script the strings are in: spans, values and kinds.
fn skeleton(x: &Extraction) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = write!(
        s,
        "repairs {:?}\n",
        x.repairs
            .iter()
            .map(|r| (r.start, r.end, r.kind))
            .collect::<Vec<_>>()
    );
    let _ = write!(
        s,
        "paragraphs {:?}\n",
        x.paragraphs
            .iter()
            .map(|p| (p.start, p.end, p.kind))
            .collect::<Vec<_>>()
    );
    let _ = write!(s, "sentences {:?}\n", x.sentences);
    let _ = write!(
        s,
        "dates {:?}\n",
        x.dates
            .iter()
            .map(|d| (
                d.start,
                d.end,
                &d.value,
                &d.end_value,
                d.year_inferred,
                d.relative
            ))
            .collect::<Vec<_>>()
    );
    let _ = write!(
        s,
        "money {:?}\n",
        x.money
            .iter()
            .map(|m| (
                m.start,
                m.end,
                m.amount,
                m.amount_max,
                &m.currency,
                m.approximate
            ))
            .collect::<Vec<_>>()
    );
    let _ = write!(
        s,
        "quantities {:?}\n",
        x.quantities
            .iter()
            .map(|q| (q.start, q.end, q.value, q.value_max, q.kind))
            .collect::<Vec<_>>()
    );
    let _ = write!(
        s,
        "people {:?}\n",
        x.people
            .iter()
            .map(|p| (&p.mentions, p.roles.len()))
            .collect::<Vec<_>>()
    );
    for list in [&x.organizations, &x.locations, &x.works, &x.events] {
        let _ = write!(
            s,
            "entities {:?}\n",
            list.iter().map(|e| &e.mentions).collect::<Vec<_>>()
        );
    }
    let _ = write!(
        s,
        "quotes {:?}\n",
        x.quotes
            .iter()
            .map(|q| (q.start, q.end, q.speaker.is_some()))
            .collect::<Vec<_>>()
    );
    let _ = write!(
        s,
        "credits {:?}\n",
        x.credits
            .iter()
            .map(|c| (c.start, c.end, c.role, c.names.len()))
            .collect::<Vec<_>>()
    );
    let _ = write!(
        s,
        "keywords {} summary {}\n",
        x.keywords.len(),
        x.summary.len()
    );
    s
}

/// Every invariant that holds for one call.
fn check_one(input: &str, o: &Options) -> Result<Extraction, String> {
    let x = try_extract(input, o).map_err(|e| format!("refused: {e}"))?;
    if x.offsets != o.offsets {
        return Err(format!(
            "offsets {:?}, asked for {:?}",
            x.offsets, o.offsets
        ));
    }
    check_bounds(input, &x)?;
    check_sorted(&x)?;
    check_numbers(&x)?;
    if o.convert == Convert::None {
        check_texts(input, &x)?;
    }
    Ok(x)
}

fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------- properties

proptest! {
    #![proptest_config(config(256))]

    /// No panic, spans in bounds and sorted, texts match the input, in every unit.
    #[test]
    fn spans_are_valid_in_every_unit(input in text(60), o in options()) {
        let o = Options { convert: Convert::None, ..o };
        check_one(&input, &o).map_err(TestCaseError::fail)?;
    }

    /// The same, on arbitrary Unicode strings rather than news-like ones.
    #[test]
    fn arbitrary_strings_never_break_the_invariants(input in any::<String>(), o in options()) {
        let o = Options { convert: Convert::None, ..o };
        check_one(&input, &o).map_err(TestCaseError::fail)?;
    }

    /// Repairing is idempotent: the repaired text needs no further repairs.
    #[test]
    fn repairing_the_repaired_text_changes_nothing(input in text(60)) {
        let x = extract(&input, &Options::default());
        let again = extract(&x.text, &Options::default());
        prop_assert!(again.repairs.is_empty(), "repaired text {:?} was repaired again: {:?}", x.text, again.repairs);
        prop_assert_eq!(&again.text, &x.text);
    }

    /// The script of the output strings never changes what is found or where.
    #[test]
    fn convert_changes_no_mention(input in text(60), u in unit(), date in prop::option::of(Just(Date::new(2025, 1, 22).unwrap()))) {
        let base = Options { reference_date: date, offsets: u, convert: Convert::None };
        let none = check_one(&input, &base).map_err(TestCaseError::fail)?;
        for c in [Convert::Simplified, Convert::Traditional] {
            let o = Options { convert: c, ..base.clone() };
            let x = check_one(&input, &o).map_err(TestCaseError::fail)?;
            prop_assert_eq!(skeleton(&none), skeleton(&x), "convert {:?} changed the mentions", c);
            prop_assert_eq!(x.text.chars().count(), none.text.chars().count(), "convert {:?} changed the text's length", c);
        }
    }

    /// The three units describe the same spans.
    #[test]
    fn units_agree(input in text(40)) {
        let get = |u| extract(&input, &Options { offsets: u, ..Options::default() });
        let (b, c, w) = (get(OffsetUnit::Byte), get(OffsetUnit::Char), get(OffsetUnit::Utf16));
        let (sb, sc, sw) = (spans(&b), spans(&c), spans(&w));
        prop_assert_eq!(sb.len(), sc.len());
        prop_assert_eq!(sb.len(), sw.len());
        for ((bs, cs), ws) in sb.iter().zip(&sc).zip(&sw) {
            let from_char = (to_byte(&input, OffsetUnit::Char, cs.1), to_byte(&input, OffsetUnit::Char, cs.2));
            let from_utf16 = (to_byte(&input, OffsetUnit::Utf16, ws.1), to_byte(&input, OffsetUnit::Utf16, ws.2));
            prop_assert_eq!((Some(bs.1), Some(bs.2)), from_char);
            prop_assert_eq!((Some(bs.1), Some(bs.2)), from_utf16);
        }
    }

    /// Text in any script extracts alike once converted (no panic, invariants hold).
    #[test]
    fn long_fragments_of_one_kind(frag in fragment(), n in 1usize..300, o in options()) {
        let input = frag.repeat(n);
        let o = Options { convert: Convert::None, ..o };
        check_one(&input, &o).map_err(TestCaseError::fail)?;
    }
}

// ---------------------------------------------------------------- fixed cases

/// The generators' own helpers are right, or every property above means nothing.
#[test]
fn unit_helpers_are_exact() {
    let s = "a𠮷中";
    assert_eq!(to_byte(s, OffsetUnit::Utf16, 1), Some(1));
    assert_eq!(to_byte(s, OffsetUnit::Utf16, 2), None);
    assert_eq!(to_byte(s, OffsetUnit::Utf16, 3), Some(5));
    assert_eq!(to_byte(s, OffsetUnit::Utf16, 4), Some(8));
    assert_eq!(to_byte(s, OffsetUnit::Utf16, 5), None);
    assert_eq!(to_byte(s, OffsetUnit::Char, 3), Some(8));
    assert_eq!(to_byte(s, OffsetUnit::Byte, 2), None);
}

/// The checks catch a wrong span: a mention moved by one is reported.
#[test]
fn the_checks_catch_a_shifted_span() {
    let input = "投入1830萬(wàn)元。";
    let mut x = extract(input, &Options::default());
    assert!(check_texts(input, &x).is_ok());
    assert_eq!(x.money.len(), 1);
    x.money[0].start += 1;
    assert!(check_texts(input, &x).is_err());
    x.money[0].start = 999;
    assert!(check_bounds(input, &x).is_err());
}

/// A mention whose span holds a reading: the slice of the input repairs to its text.
#[test]
fn seed_spans_slice_the_input_in_every_unit() {
    let seed = include_str!("../../shared/seeds/000_59c3d2ef88811802.txt");
    for u in [OffsetUnit::Utf16, OffsetUnit::Char, OffsetUnit::Byte] {
        for c in [Convert::None, Convert::Simplified, Convert::Traditional] {
            let o = Options {
                offsets: u,
                convert: c,
                reference_date: Date::new(2025, 1, 22),
            };
            let x = check_one(seed, &o).unwrap_or_else(|e| panic!("{u:?} {c:?}: {e}"));
            assert!(!x.money.is_empty());
        }
    }
    let x = extract(seed, &Options::default());
    assert!(
        extract(&x.text, &Options::default()).repairs.is_empty(),
        "the seed's repaired text is repaired again"
    );
}

/// Adjacent repairs stay apart in the offset map: the paragraph after a lone CR does not
/// take the CR, a number after a full-width run maps to its own characters.
#[test]
fn adjacent_repairs_do_not_widen_each_other() {
    for input in [
        "\r１２３",
        "\u{200b}１２３万元",
        "\r\n１２３",
        "第1\u{3000}２",
    ] {
        for u in [OffsetUnit::Utf16, OffsetUnit::Char, OffsetUnit::Byte] {
            let o = Options {
                offsets: u,
                ..Options::default()
            };
            if let Err(e) = check_one(input, &o) {
                panic!("{input:?} {u:?}: {e}");
            }
        }
    }
    let x = extract("\r１２３", &Options::default());
    assert_eq!((x.paragraphs[0].start, x.paragraphs[0].end), (1, 4));
}

/// Input over the limit is refused with an error that names the limit.
#[test]
fn over_the_limit_is_an_error() {
    let big = "中".repeat(MAX_INPUT_BYTES / 3 + 1);
    let e = try_extract(&big, &Options::default())
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("too large") && e.contains(&MAX_INPUT_BYTES.to_string()),
        "{e}"
    );
    let x = extract(&big, &Options::default());
    assert!(x.money.is_empty() && x.warnings.iter().any(|w| w.contains("too large")));
}
