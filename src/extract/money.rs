//! Money: an amount with an ISO 4217 currency. 1830万元 → 18300000 CNY, 5亿美元 → USD,
//! ¥120 → CNY, 港币两千九百六十元 → HKD.
//!
//! A mention is a numeral (extract/numbers.rs) followed by a currency word, or preceded by
//! a currency sign or word (人民币, ¥, $, €, £, 港币 ...). On top of that:
//! - the units 万元, 亿元, 万亿 and spaced units (新台币 177.1 亿元); 兆 is 10^12 before a
//!   currency word, as Taiwan and Japan count (新台幣2兆8818億元, 1000兆日圓), but 兆瓦 and
//!   兆赫 are measures (mega);
//! - spoken and written-out forms: 十块三毛, 123元1角1分, 五块六 (5.6), 三块零四 (3.04),
//!   壹仟玖佰圆整; 角/毛/分 alone are money only before 钱 (5毛钱) in running text, since
//!   五分 and 二十分 are far more often minutes or points;
//! - ranges: 1万-5万元, 两到三万港元, 十八至三十万日元 (the unit of the high end applies to a
//!   bare low end), 五块六到五块七毛八; `amount` is the low end, `amountMax` the high end;
//! - approximate amounts: a range, 多/余/几 (3000多欧元 → 3000..4000), 数十亿, or a hedge
//!   before or after the amount (约, 近, 逾, 超过, 至少, 不到, 左右, 上下, 以上 ...). The hedge
//!   sets `approximate` but stays out of the span.
//!
//! Words that merely contain 元 or 块 are not money: 一元化, 多元, 元旦, 两块牌子. Matching
//! runs on the simplified fold (with the traditional forms of the key characters in the
//! tables as well); spans are those of the repaired text.

use super::numbers::{self, NumeralKind};
use crate::layout::Doc;
use crate::model::Money;
use crate::text::any_char::{AnyChar, Words};

/// Currency words after an amount. The longest match wins.
const SUFFIXES: &[(&str, &str)] = &[
    ("元人民币", "CNY"),
    ("元人民幣", "CNY"),
    ("人民币元", "CNY"),
    ("人民币", "CNY"),
    ("人民幣", "CNY"),
    ("元", "CNY"),
    ("圆", "CNY"),
    ("圓", "CNY"),
    ("块钱", "CNY"),
    ("塊錢", "CNY"),
    ("块", "CNY"),
    ("塊", "CNY"),
    ("蚊", "HKD"),
    ("美元", "USD"),
    ("美圆", "USD"),
    ("美金", "USD"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("港幣", "HKD"),
    ("港纸", "HKD"),
    ("欧元", "EUR"),
    ("歐元", "EUR"),
    ("日元", "JPY"),
    ("日圆", "JPY"),
    ("日圓", "JPY"),
    ("英镑", "GBP"),
    ("英鎊", "GBP"),
    ("新台币", "TWD"),
    ("新臺幣", "TWD"),
    ("新台幣", "TWD"),
    ("台币", "TWD"),
    ("台幣", "TWD"),
    ("臺幣", "TWD"),
    ("韩元", "KRW"),
    ("韓元", "KRW"),
    ("韩币", "KRW"),
    ("乌干达先令", "UGX"),
    ("肯尼亚先令", "KES"),
    ("坦桑尼亚先令", "TZS"),
    ("尼日利亚奈拉", "NGN"),
    ("奈拉", "NGN"),
    ("埃及镑", "EGP"),
    ("卢布", "RUB"),
    ("盧布", "RUB"),
    ("澳元", "AUD"),
    ("澳币", "AUD"),
    ("澳幣", "AUD"),
    ("加元", "CAD"),
    ("加币", "CAD"),
    ("加幣", "CAD"),
    ("新加坡元", "SGD"),
    ("新元", "SGD"),
    ("瑞士法郎", "CHF"),
    ("瑞郎", "CHF"),
    ("泰铢", "THB"),
    ("泰銖", "THB"),
    ("印度卢比", "INR"),
    ("巴基斯坦卢比", "PKR"),
    ("尼泊尔卢比", "NPR"),
    ("斯里兰卡卢比", "LKR"),
    ("卢比", "INR"),
    ("盧比", "INR"),
    ("林吉特", "MYR"),
    ("令吉", "MYR"),
    ("澳门元", "MOP"),
    ("澳门币", "MOP"),
    ("澳門幣", "MOP"),
    ("澳門元", "MOP"),
    ("新西兰元", "NZD"),
    ("纽元", "NZD"),
    ("越南盾", "VND"),
    ("印尼盾", "IDR"),
    ("菲律宾比索", "PHP"),
    ("菲律賓比索", "PHP"),
    ("菲币", "PHP"),
    ("菲幣", "PHP"),
    // (比索, 卢比 and 盾 alone are the currency of the country the text names: see
    // `local_names`)
    ("比索", "PHP"),
    ("铢", "THB"),
    ("銖", "THB"),
    ("盾", "IDR"),
    ("墨西哥比索", "MXN"),
    ("阿根廷比索", "ARS"),
    ("智利比索", "CLP"),
    ("哥伦比亚比索", "COP"),
    ("巴西雷亚尔", "BRL"),
    ("雷亚尔", "BRL"),
    ("南非兰特", "ZAR"),
    ("兰特", "ZAR"),
    ("土耳其里拉", "TRY"),
    ("里拉", "TRY"),
    ("沙特里亚尔", "SAR"),
    ("迪拉姆", "AED"),
    ("瑞典克朗", "SEK"),
    ("挪威克朗", "NOK"),
    ("丹麦克朗", "DKK"),
    ("朝鲜元", "KPW"),
    ("德国马克", "DEM"),
    ("马克", "DEM"),
    ("馬克", "DEM"),
    ("图格里克", "MNT"),
    // (Hungary's, Poland's and the Czech Republic's: 380亿福林)
    ("福林", "HUF"),
    ("兹罗提", "PLN"),
    ("捷克克朗", "CZK"),
    ("欧元区", ""), // not money: 欧元区 is the euro area
];

/// Signs and words before an amount.
const PREFIXES: &[(&str, &str)] = &[
    ("人民币", "CNY"),
    ("人民幣", "CNY"),
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("￥", "CNY"),
    ("¥", "CNY"),
    ("US$", "USD"),
    ("USD", "USD"),
    ("RM", "MYR"),
    ("美元", "USD"),
    ("HK$", "HKD"),
    ("HKD", "HKD"),
    ("港币", "HKD"),
    ("港幣", "HKD"),
    ("港元", "HKD"),
    ("澳门元", "MOP"),
    ("澳门币", "MOP"),
    ("澳門幣", "MOP"),
    ("澳門元", "MOP"),
    ("MOP", "MOP"),
    ("菲币", "PHP"),
    ("菲幣", "PHP"),
    ("NT$", "TWD"),
    ("新台币", "TWD"),
    ("新臺幣", "TWD"),
    ("新台幣", "TWD"),
    ("S$", "SGD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("EUR", "EUR"),
    ("欧元", "EUR"),
    ("歐元", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("$", "USD"),
    ("＄", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("￡", "GBP"),
    ("₩", "KRW"),
    ("₹", "INR"),
    ("₽", "RUB"),
];

/// Hedges before an amount: the amount is not exact. Verbs that only say the figure was
/// reached (达, 达到, 为, 高达) are not hedges: 贸易额达到1815亿美元 is an exact figure.
const APPROX_BEFORE: Words = words![
    "大约",
    "约为",
    "約為",
    "约合",
    "大概",
    "将近",
    "接近",
    "超过",
    "至少",
    "最少",
    "起码",
    "起碼",
    "不到",
    "不足",
    "不少于",
    "不低于",
    "不超过",
    "小于",
    "大于",
    "低于",
    "高于",
    "多于",
    "少于",
    "逾",
    "约",
    "約",
    "近",
    "超",
    "上下",
];

/// Hedges after an amount.
const APPROX_AFTER: Words = words!["左右", "上下", "以上", "以下", "之多", "开外", "許", "许"];

/// Range connectors between two amounts.
const RANGE: Words = words!["——", "--", "-", "－", "—", "–", "~", "～", "〜", "至", "到"];

/// After 元 these make a word, not money: 元旦, 元月, 元年 ...
const YUAN_WORDS: &str = "旦月年素件首老宵代朝气氣器帅帥凶兇音宝寶配神";

/// Units that are worth one of the currency, with no currency of their own (元 块 蚊):
/// spoken tails (角 分, 毛, 零X) may follow them.
fn is_base_unit(word: &str) -> bool {
    word.is_one_of(words!["元", "圆", "圓", "块", "塊", "块钱", "塊錢", "蚊"])
}

/// The first two bytes of every prefix word, as a 1,024-bit set built at compile time:
/// [`scan`] looks for a prefix at every position of the text, and this rules out almost
/// every position in one probe (a one-byte word sets the bits of all its continuations).
struct FirstBytes([u64; 16]);

impl FirstBytes {
    const fn key(b0: u8, b1: u8) -> usize {
        (b0 as usize * 61 + b1 as usize) & 1023
    }

    const fn of(table: &[(&str, &str)]) -> FirstBytes {
        let mut bits = [0u64; 16];
        let mut i = 0;
        while i < table.len() {
            let w = table[i].0.as_bytes();
            if w.len() == 1 {
                let mut b1 = 0;
                while b1 < 256 {
                    let k = Self::key(w[0], b1 as u8);
                    bits[k / 64] |= 1 << (k % 64);
                    b1 += 1;
                }
            } else if w.len() > 1 {
                let k = Self::key(w[0], w[1]);
                bits[k / 64] |= 1 << (k % 64);
            }
            i += 1;
        }
        FirstBytes(bits)
    }

    #[inline]
    fn may_start(&self, s: &str) -> bool {
        match s.as_bytes() {
            [b0, b1, ..] => {
                let k = Self::key(*b0, *b1);
                self.0[k / 64] & (1 << (k % 64)) != 0
            }
            [b0] => {
                let k = Self::key(*b0, 0);
                self.0[k / 64] & (1 << (k % 64)) != 0
            }
            [] => false,
        }
    }
}

const PREFIX_FIRST: FirstBytes = FirstBytes::of(PREFIXES);

fn longest(
    s: &str,
    table: &'static [(&'static str, &'static str)],
    index: &numbers::FirstChar,
) -> Option<(&'static str, &'static str)> {
    // Only the words that start with the char at hand (the last of equal longest ones in
    // table order, as `max_by_key` gives).
    match index.get(&mut table.iter().map(|p| p.0).enumerate()).group(s) {
        Some(g) => g
            .iter()
            .map(|&i| table[i as usize])
            .filter(|(w, _)| s.starts_with(w))
            .max_by_key(|(w, _)| w.len()),
        None => table
            .iter()
            .copied()
            .filter(|(w, _)| s.starts_with(w))
            .max_by_key(|(w, _)| w.len()),
    }
}

static SUFFIX_INDEX: numbers::FirstChar = numbers::FirstChar::new();
static PREFIX_INDEX: numbers::FirstChar = numbers::FirstChar::new();

/// An amount read at one place: value (or range), span end, currency if it said one.
#[derive(Debug, Clone)]
struct Amount {
    value: f64,
    max: Option<f64>,
    approximate: bool,
    end: usize,
    currency: Option<&'static str>,
    /// Had a unit (万, 亿, 千 ...) or was a bare numeral: for 两到三万.
    bare_digit: bool,
    has_large_unit: bool,
}

fn skip_spaces(s: &str, mut at: usize) -> usize {
    while let Some(c) = s[at..].chars().next() {
        if c == ' ' || c == '\u{a0}' || c == '\u{3000}' {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

fn next_char(s: &str, at: usize) -> Option<char> {
    s.get(at..)?.chars().next()
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3FFFF}')
}

/// Reads an amount at `at`: a numeral, optional spaced multipliers and `w`, then a currency
/// word and a spoken tail. `loose` admits 角/毛/分 alone (whole-input parsing).
fn amount_at(s: &str, at: usize, loose: bool) -> Option<Amount> {
    let n = numbers::parse_at(s, at).or_else(|| numbers::units_alone_at(s, at))?;
    if n.kind != NumeralKind::Cardinal || n.value < 0.0 {
        return None;
    }
    let text = &s[n.range.clone()];
    let has_large_unit = text.contains_any(&['万', '萬', '亿', '億']);
    let bare_digit = text.chars().count() == 1
        && text
            .chars()
            .all(|c| numbers::chinese_digit(c).is_some() || c.is_ascii_digit());
    let mut a = Amount {
        value: n.value,
        max: n.max,
        approximate: n.approximate,
        end: n.range.end,
        currency: None,
        bare_digit,
        has_large_unit,
    };
    // 2兆8818億元, 2.88兆元, 新台幣 2.88 兆元.
    if !a.has_large_unit {
        if let Some(z) = zhao_at(s, skip_spaces(s, a.end)) {
            // 2.88 has no exact binary form: round to the yuan (no amount in 兆 has cents).
            let low = (a.value * ZHAO).round();
            a.max = a.max.map(|x| (x * ZHAO).round() + z.part);
            if a.max.is_none() {
                // 2兆多元: up to one more of the numeral's last digit, as 2亿多 (2..3 亿);
                // 2兆8818億多元: up to the tail's high end
                if z.more {
                    a.max = Some(((a.value + numbers::step_of(a.value)) * ZHAO).round());
                } else if let Some(m) = z.part_max {
                    a.max = Some(low + m);
                }
            }
            a.approximate |= z.more || z.part_max.is_some();
            a.value = low + z.part;
            a.end = z.end;
            a.has_large_unit = true;
        }
    }
    let mut at2 = skip_spaces(s, a.end);
    // 177.1 亿元; 30w.
    let mut mult = 1.0;
    for c in s[at2..].chars() {
        match numbers::large_unit(c) {
            Some(u) => {
                mult *= u;
                at2 += c.len_utf8();
            }
            None => break,
        }
    }
    if mult > 1.0 {
        a.has_large_unit = true;
    } else if n.arabic
        && matches!(next_char(s, a.end), Some('w' | 'W'))
        && !next_char(s, a.end + 1).is_some_and(|c| c.is_ascii_alphanumeric())
    {
        mult = 1e4;
        at2 = a.end + 1;
        a.has_large_unit = true;
    } else {
        at2 = skip_spaces(s, a.end);
    }
    let scale = |a: &mut Amount, m: f64| {
        a.value *= m;
        a.max = a.max.map(|x| x * m);
    };
    scale(&mut a, mult);
    if mult > 1.0 {
        a.end = at2;
        at2 = skip_spaces(s, a.end);
    }
    if let Some((word, cur)) = longest(&s[at2..], SUFFIXES, &SUFFIX_INDEX) {
        if cur.is_empty() {
            return Some(a);
        }
        // 盾 alone only after a large amount (25亿盾, 5000盾): 一面盾 is a shield
        if word == "盾" && a.value < 1000.0 {
            return Some(a);
        }
        let after = at2 + word.len();
        let base = is_base_unit(word);
        // 一元化 is a word, 一兆元 an amount: the units read count as part of the numeral.
        let single_han = !n.arabic && s[at..a.end].chars().count() == 1;
        if base && !base_unit_is_money(s, single_han, word, after, at) {
            return Some(a);
        }
        // 20日圆满 is a day's date and 圆满: no yen after a month's day
        if word.ends_any(&['圆', '圓'])
            && (s[after..].starts_any(&['满', '滿'])
                || (word.starts_with('日') && s[..at].ends_any(&['月', '号', '號'])))
        {
            return Some(a);
        }
        a.currency = Some(cur);
        a.end = after;
        // 1.25万亿元新台币: the currency named after 元
        if word.is_one_of(words!["元", "圆", "圓"]) {
            if let Some((w2, c2)) = longest(&s[after..], SUFFIXES, &SUFFIX_INDEX)
                .filter(|(w2, c2)| !c2.is_empty() && !is_base_unit(w2) && !w2.ends_with('元'))
            {
                a.currency = Some(c2);
                a.end = after + w2.len();
                return Some(a);
            }
        }
        if base || word.is_one_of(words!["令吉", "新元"]) {
            spoken_tail(s, &mut a, word);
        }
        return Some(a);
    }
    // 5毛钱, 3分钱, 2角; whole inputs also 五分, 二十分.
    if let Some((frac, len)) = small_unit_at(s, at2) {
        let money_follows = s[at2 + len..].starts_with('钱') || s[at2 + len..].starts_with('錢');
        if (loose || money_follows) && !a.approximate {
            scale(&mut a, frac);
            a.end = at2 + len;
            if frac == 0.1 {
                cents_tail(s, &mut a);
            }
            if money_follows {
                a.end += '钱'.len_utf8();
            }
            a.currency = Some(if s[at2..at2 + len].is_one_of(words!["毫", "仙"]) {
                "HKD"
            } else {
                "CNY"
            });
        }
    }
    Some(a)
}

/// 兆 in an amount of money: 10^12, as in Taiwan (新台幣2兆8818億元) and Japan (1000兆日圓).
/// numbers.rs leaves it out: in a measure it is mega (1200兆瓦 is 1,200 megawatts).
const ZHAO: f64 = 1e12;

/// What follows a numeral from 兆 on, in an amount of money.
struct Zhao {
    /// The smaller part after 兆: 8818億 → 881,800,000,000.
    part: f64,
    /// Its high end when it is approximate: 8818億多 → 881,900,000,000.
    part_max: Option<f64>,
    /// 多 or 余 right after 兆: 2兆多元 (more than 2 trillion).
    more: bool,
    end: usize,
}

/// 兆 right after a numeral, as a unit of money, with the smaller part that may follow it:
/// 2兆8818億元 (part 881,800,000,000, ends after 億), 1兆零500億元, 2.88兆元, 2兆多元.
/// `None` unless a currency word, a range (1兆至2兆元) or the end of the words follows
/// (新台幣3兆，): 兆瓦, 兆赫 and 兆字节 are units of measure.
fn zhao_at(s: &str, at: usize) -> Option<Zhao> {
    if !s.get(at..)?.starts_with('兆') {
        return None;
    }
    let mut z = Zhao {
        part: 0.0,
        part_max: None,
        more: false,
        end: at + '兆'.len_utf8(),
    };
    let tail_at = if s[z.end..].starts_with('零') {
        z.end + '零'.len_utf8()
    } else {
        z.end
    };
    if let Some(t) = numbers::parse_at(s, tail_at) {
        let text = &s[t.range.clone()];
        // 8818億, and the approximate 8818億多 (8818多億 ends with 億 as well)
        let closed = text.ends_any(&['亿', '億', '万', '萬'])
            || (t.max.is_some() && text.ends_any(&['多', '余', '餘']));
        let unit = text.contains_any(&['亿', '億', '万', '萬']);
        if closed && unit && t.kind == NumeralKind::Cardinal && t.max.unwrap_or(t.value) < ZHAO {
            // (an approximate tail without a high end, 上千億, is not a part)
            if !t.approximate || t.max.is_some() {
                z.part = t.value;
                z.part_max = t.max;
                z.end = t.range.end;
            }
        }
    } else if let Some(c) = next_char(s, z.end).filter(|c| matches!(c, '多' | '余' | '餘')) {
        z.more = true;
        z.end += c.len_utf8();
    }
    let after = skip_spaces(s, z.end);
    let currency =
        longest(&s[after..], SUFFIXES, &SUFFIX_INDEX).is_some_and(|(_, c)| !c.is_empty());
    let range = s[after..].starts_with_any(RANGE);
    (currency || range || !next_char(s, after).is_some_and(is_han)).then_some(z)
}

/// 元/块 after a numeral is money unless the numeral is part of a word (一元化, 多元,
/// 两块牌子). `at` is where the numeral starts.
fn base_unit_is_money(s: &str, single_han: bool, word: &str, after: usize, at: usize) -> bool {
    let next = next_char(s, after);
    if word.starts_any(&['元', '圆', '圓']) && next.is_some_and(|c| YUAN_WORDS.contains(c)) {
        return false;
    }
    if word.starts_any(&['块', '塊']) && word.chars().count() == 1 {
        // 块 is also a measure word (一块地): money only when nothing Han follows but a
        // spoken tail or a hedge, or after spending (花了17块买了两斤); a noun right before
        // the figure is what 块 counts (被盗电瓶17块), unless the clause names a price
        // (每斤3块, 一碗面15块, 门票20块)
        let spent = s[..at].ends_with_any(words!["花", "花了", "花费", "花掉", "付了"]);
        return match next {
            _ if spent => true,
            None => !counted_noun(s, at),
            Some(c) if !is_han(c) => !counted_noun(s, at),
            Some(c) => "钱錢毛角零以左上多余钱一二三四五六七八九两".contains(c),
        };
    }
    if single_han {
        // 一元化, 二元论: a lone Chinese digit before 元 needs a clear end.
        // 三块零四, 五蚊六毫: a spoken tail may follow.
        let tail = next.and_then(digit_value).is_some()
            && next_char(s, after + next.map_or(0, char::len_utf8))
                .is_some_and(|c| "角毛毫分仙".contains(c));
        return tail || next.is_none_or(|c| !is_han(c) || "钱錢整正角毛零".contains(c));
    }
    true
}

/// Whether a noun the dictionary knows ends right before the figure at `at`, in a clause
/// that names no price (价, 钱, 每, another figure ...) and is no price itself (门票, 房租).
fn counted_noun(s: &str, at: usize) -> bool {
    let head = &s[..at];
    let clause = head
        .rfind_any(&[
            '，', '。', '；', '：', '！', '？', '、', ',', ';', ':', '!', '?', '\n',
        ])
        .map_or(head, |k| &head[k..]);
    if clause.contains_any(&[
        '价', '價', '钱', '錢', '每', '花', '付', '费', '費', '赚', '挣', '卖', '賣', '售',
    ]) || clause
        .chars()
        .any(|c| c.is_ascii_digit() || numbers::chinese_digit(c).is_some())
    {
        return false;
    }
    // the longest word that ends at the figure (电瓶 unknown: 瓶): the last of the words
    // of one to four chars found
    let mut counted = false;
    for (k, _) in clause.char_indices().rev().take(4) {
        let w = &clause[k..];
        if let Some(x) = crate::lexicon::dict().word(w) {
            if w.chars().all(is_han) {
                counted = x.pos.is_nounish()
                    && !w.ends_any(&[
                        '票', '费', '費', '价', '價', '租', '资', '資', '薪', '款', '金',
                    ]);
            }
        }
    }
    counted
}

/// 角/毛/毫 (a tenth) or 分/仙 (a hundredth) at `at`.
fn small_unit_at(s: &str, at: usize) -> Option<(f64, usize)> {
    let c = next_char(s, at)?;
    match c {
        '角' | '毛' | '毫' => Some((0.1, c.len_utf8())),
        '分' | '仙' => {
            // 分之, 分钟, 分析 ... are not cents.
            let next = next_char(s, at + c.len_utf8());
            if next.is_some_and(|n| "之钟鐘析别別子享配布工红紅散开開数數局行秒".contains(n))
            {
                None
            } else {
                Some((0.01, c.len_utf8()))
            }
        }
        _ => None,
    }
}

/// After 元/块: 整, X角Y分, X毛Y, X分, 零X (cents), or a bare digit (十块三 = 10.3).
fn spoken_tail(s: &str, a: &mut Amount, word: &str) {
    if a.max.is_some() {
        return;
    }
    if let Some(c) = next_char(s, a.end) {
        if (c == '整' || c == '正') && !word.starts_with('块') {
            a.end += c.len_utf8();
            return;
        }
    }
    let at = a.end;
    // 6令吉80仙: ringgit and sen, as Malaysia and Singapore write a share's price
    let b = s.as_bytes();
    let n = b[at..].iter().take(2).take_while(|c| c.is_ascii_digit()).count();
    if n > 0 && s[at + n..].starts_with('仙') && word.starts_any(&['令', '新']) {
        // (by hand: a float parser is 14 KB of the module)
        let cents = b[at..at + n].iter().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
        a.value += f64::from(cents) * 0.01;
        a.end = at + n + '仙'.len_utf8();
        return;
    }
    // 零四 after 块: four cents.
    if s[at..].starts_with('零') {
        let d_at = at + '零'.len_utf8();
        if let Some(d) = next_char(s, d_at).and_then(digit_value) {
            let end = d_at + next_char(s, d_at).map_or(0, char::len_utf8);
            let (unit_end, _) = match small_unit_at(s, end) {
                Some((0.01, l)) => (end + l, true),
                _ => (end, false),
            };
            if !next_char(s, unit_end).is_some_and(|c| digit_value(c).is_some()) {
                a.value += d * 0.01;
                a.end = unit_end;
            }
        }
        return;
    }
    let Some(d) = next_char(s, at).and_then(digit_value) else {
        return;
    };
    let d_end = at + next_char(s, at).map_or(0, char::len_utf8);
    match small_unit_at(s, d_end) {
        Some((frac, l)) => {
            a.value += d * frac;
            a.end = d_end + l;
            if frac == 0.1 {
                cents_tail(s, a);
            }
        }
        None => {
            // 十块三, 五块六: a lone digit after 块 is tenths, unless something counts it.
            let next = next_char(s, d_end);
            if word.starts_any(&['块', '塊', '蚊'])
                && !next.is_some_and(|c| is_han(c) && !"到至".contains(c) || c.is_ascii_digit())
            {
                a.value += d * 0.1;
                a.end = d_end;
            }
        }
    }
}

/// After 角/毛: Y分, or a bare digit (七毛八).
fn cents_tail(s: &str, a: &mut Amount) {
    let at = a.end;
    let Some(d) = next_char(s, at).and_then(digit_value) else {
        return;
    };
    let d_end = at + next_char(s, at).map_or(0, char::len_utf8);
    match small_unit_at(s, d_end) {
        Some((f, l)) if f == 0.01 => {
            a.value += d * 0.01;
            a.end = d_end + l;
        }
        _ => {
            if !next_char(s, d_end)
                .is_some_and(|c| is_han(c) && !"到至".contains(c) || c.is_ascii_digit())
            {
                a.value += d * 0.01;
                a.end = d_end;
            }
        }
    }
}

fn digit_value(c: char) -> Option<f64> {
    if c.is_ascii_digit() {
        return Some((c as u8 - b'0') as f64);
    }
    numbers::chinese_digit(c)
        .filter(|_| !matches!(c, 'O' | '○'))
        .map(|d| d as f64)
}

/// Finds every money mention in the document.
pub fn find(doc: &Doc) -> Vec<Money> {
    let mut out: Vec<Money> = scan(doc.fold, false)
        .into_iter()
        .map(|m| Money {
            text: doc.text[m.start..m.end].to_string(),
            ..m
        })
        .collect();
    // In traditional-script text (Taiwan, Hong Kong, Macau) a bare 元 is the currency the
    // text last named, when that was the New Taiwan, Hong Kong or Macau dollar: 新台幣1,200億元
    // … 營收達7596億元 are both TWD. When the document names that dollar only, and never the
    // renminbi, it is so from the start: a headline's 歲出2.88兆元 before the body's 新台幣 too.
    // Simplified text keeps 元 for CNY (a mainland report quotes 港元 share prices and 元
    // results side by side).
    if doc.script == crate::model::Script::Traditional && out.iter().any(|m| m.currency == "CNY") {
        let mut local: Option<String> = document_dollar(doc.fold).map(str::to_string);
        // (the dollar only the document names, not yet this text: a paragraph on the
        // mainland's bodies before a Hong Kong one keeps 元 for the renminbi)
        let mut from_document = local.is_some();
        for m in &mut out {
            let f = &doc.fold[m.start..m.end];
            if m.currency.as_str().is_one_of(words!["TWD", "HKD", "MOP"]) {
                local = Some(m.currency.clone());
                from_document = false;
            } else if m.currency == "CNY" {
                if f.contains("人民币")
                    || f.contains_any(&['¥', '￥'])
                    || f.contains_any_of(words!["RMB", "CNY"])
                {
                    local = None;
                } else if let Some(c) = &local {
                    let paragraph =
                        &doc.fold[doc.fold[..m.start].rfind('\n').unwrap_or(0)..m.start];
                    if !(from_document && c != "TWD" && paragraph.contains_any_of(MAINLAND)) {
                        m.currency = c.clone();
                    }
                }
            }
        }
    }
    local_names(doc.fold, &mut out);
    // Hong Kong's papers write a bare $ for the Hong Kong dollar (門票$480至$1,680), US$
    // or 美元 for the American one: in traditional script, in a text that names Hong Kong
    if doc.script == crate::model::Script::Traditional
        && out.iter().any(|m| m.currency == "USD")
        && doc.fold.contains_any_of(words!["香港", "港元", "港币", "HK$"])
    {
        for m in &mut out {
            let f = &doc.fold[m.start..m.end];
            if m.currency == "USD"
                && f.starts_with(['$', '＄'])
                && !doc.fold[..m.start].ends_with(['S', '美', 'U'])
            {
                m.currency = "HKD".to_string();
            }
        }
    }
    // Singapore's papers write 元 for the Singapore dollar once 新元 is named (政府拨12亿新元
    // … 预计耗资3亿元), in a text that names no other currency and never the renminbi; from
    // the start (a headline's 最低月薪调高至6000元) when the text names Singapore too.
    if let Some(first) = out.iter().position(|m| m.currency == "SGD") {
        let others = out
            .iter()
            .any(|m| !m.currency.as_str().is_one_of(words!["SGD", "CNY"]));
        if !others && !doc.fold.contains_any_of(words!["人民币", "RMB", "CNY", "¥", "￥", "内地"]) {
            let from = if doc.fold.contains_any_of(words!["新加坡", "狮城", "联合早报"])
                && !doc.fold.contains_any_of(MAINLAND)
            {
                0
            } else {
                first
            };
            for m in &mut out[from..] {
                if m.currency == "CNY" {
                    m.currency = "SGD".to_string();
                }
            }
        }
    }
    out
}

/// 比索, 卢比 and 盾 with no country before them are the peso, rupee or dong of the country
/// the text names, the last one named before the amount, else the first after it: 300万比索
/// in a Manila report is PHP, in a Mexican one MXN; 2万卢比 in Pakistan is PKR; 25亿盾 in
/// Vietnam is VND. 盾 in a text that names neither Vietnam nor Indonesia is no money.
#[inline(never)]
fn local_names(fold: &str, out: &mut Vec<Money>) {
    const COUNTRIES: &[(&str, &[(&str, &str)])] = &[
        (
            "比索",
            &[
                ("菲律宾", "PHP"),
                ("墨西哥", "MXN"),
                ("阿根廷", "ARS"),
                ("智利", "CLP"),
                ("哥伦比亚", "COP"),
                ("古巴", "CUP"),
                ("乌拉圭", "UYU"),
            ],
        ),
        (
            "卢比",
            &[
                ("印度", "INR"),
                ("巴基斯坦", "PKR"),
                ("斯里兰卡", "LKR"),
                ("尼泊尔", "NPR"),
                ("毛里求斯", "MUR"),
                ("印尼", "IDR"),
            ],
        ),
        ("盾", &[("越南", "VND"), ("印尼", "IDR"), ("印度尼西亚", "IDR")]),
    ];
    // (印度 of 印度尼西亚 is no India)
    // (the last named before the amount, else the first after it: a rank, before the
    // amount the nearer the better, then after it the nearer; bytes compared in place, no
    // substring searcher: this runs for a few amounts of a few texts)
    let find = |n: &str, at: usize| {
        let (b, w) = (fold.as_bytes(), n.as_bytes());
        let mut best = None;
        for i in 0..(b.len() + 1).saturating_sub(w.len()) {
            if b[i..].starts_with(w) && !(n == "印度" && b[i + w.len()..].starts_with("尼西亚".as_bytes())) {
                if i >= at {
                    return best.or(Some(b.len() + i));
                }
                best = Some(at - i);
            }
        }
        best
    };
    let mut none = Vec::new();
    for (k, m) in out.iter_mut().enumerate() {
        let f = &fold[m.start..m.end];
        let Some((word, names)) = COUNTRIES.iter().find(|(w, _)| f.ends_with(w)) else {
            continue;
        };
        // (菲律宾比索, 印度卢比, 越南盾: named with the amount)
        let before = &f[..f.len() - word.len()];
        if before.chars().last().is_some_and(|c| {
            !c.is_ascii_digit() && numbers::large_unit(c).is_none() && numbers::chinese_digit(c).is_none()
        }) {
            continue;
        }
        let first = names
            .iter()
            .filter_map(|(n, c)| find(n, m.start).map(|i| (i, *c)))
            .min_by_key(|p| p.0);
        match first {
            Some((_, c)) => m.currency = c.to_string(),
            // (盾 where no country of the dong or the rupiah is named is no money)
            None if *word == "盾" => none.push(k),
            None => {}
        }
    }
    for k in none.into_iter().rev() {
        out.remove(k);
    }
}

/// The mainland's bodies: a paragraph naming one speaks of the renminbi, though the
/// document elsewhere names the Hong Kong dollar only.
const MAINLAND: Words = words![
    "人民银行",
    "内地",
    "国务院",
    "国家统计局",
    "财政部",
    "全国人大",
];

/// The one local dollar a document names, if it names no other and never the renminbi:
/// 新台幣 or NT$ → TWD, 港元/港幣 or HK$ → HKD, 澳門幣/澳門元 → MOP; when it names none,
/// the dollar of the place the text is plainly from ([`hong_kong`], [`taiwan`]). One pass
/// over the fold, which ends at the second currency named.
fn document_dollar(fold: &str) -> Option<&'static str> {
    const NAMES: &[(&str, &str)] = &[
        ("台币", "TWD"),
        ("NT$", "TWD"),
        ("港元", "HKD"),
        ("港币", "HKD"),
        ("HK$", "HKD"),
        ("澳门币", "MOP"),
        ("澳门元", "MOP"),
        ("人民币", "CNY"),
        ("RMB", "CNY"),
        ("CNY", "CNY"),
        ("¥", "CNY"),
        ("￥", "CNY"),
    ];
    let mut named = None;
    for (i, c) in fold.char_indices() {
        // (the first chars of NAMES first: this runs over the whole text)
        if !matches!(
            c,
            '台' | 'N' | '港' | 'H' | '澳' | '人' | 'R' | 'C' | '¥' | '￥'
        ) {
            continue;
        }
        let Some(&(_, cur)) = NAMES.iter().find(|(w, _)| fold[i..].starts_with(w)) else {
            continue;
        };
        match named {
            None => named = Some(cur),
            Some(n) if n != cur => return None,
            Some(_) => {}
        }
    }
    match named {
        Some(c) => (c != "CNY").then_some(c),
        None => hong_kong(fold)
            .then_some("HKD")
            .or_else(|| taiwan(fold).then_some("TWD"))
            .or_else(|| united_states(fold).then_some("USD")),
    }
}

/// Whether a text that names no currency is an American Chinese paper's local story (世界日報
/// on 法拉盛, 市議員 and 僑團): two of America's places or posts and none of Hong Kong's,
/// Taiwan's, Macau's or the mainland's, where a bare 元 is the US dollar.
fn united_states(fold: &str) -> bool {
    const US: Words = words![
        "纽约",
        "洛杉矶",
        "旧金山",
        "法拉盛",
        "皇后区",
        "曼哈顿",
        "布鲁克林",
        "华埠",
        "市议员",
        "州众议员",
        "州参议员",
        "联邦众议员",
        "世界日报",
        "美国",
    ];
    const OTHER: Words = words![
        "香港", "台湾", "台北", "澳门", "内地", "国务院", "人民币", "中国大陆", "北京",
    ];
    US.iter().filter(|w| fold.contains(*w)).count() >= 3 && !fold.contains_any_of(OTHER)
}

/// Whether a text that names no currency is Taiwan's: two of its places or bodies (台灣,
/// 行政院, 立法院, 立委…) and none of Hong Kong's, Macau's or the mainland's.
fn taiwan(fold: &str) -> bool {
    const TW: Words = words![
        "台湾",
        "台北",
        "新北",
        "高雄",
        "台中",
        "台南",
        "桃园",
        "行政院",
        "立法院",
        "立委",
        "民进党",
        "陆委会",
        "总统府",
        "中央社",
    ];
    const OTHER: Words = words!["香港", "澳门", "内地", "国务院", "国台办", "人民银行"];
    TW.iter().filter(|w| fold.contains(*w)).count() >= 2 && !fold.contains_any_of(OTHER)
}

/// Whether a text that names no currency is Hong Kong's: two of its places or bodies
/// (香港, 九龍, 立法會, 港府…) and none of Taiwan's or Macau's. (Only asked of text in
/// traditional script: a mainland report that names 香港 keeps 元 for the renminbi.)
fn hong_kong(fold: &str) -> bool {
    const HK: Words = words![
        "香港",
        "港府",
        "九龙",
        "新界",
        "港岛",
        "立法会",
        "特首",
        "特区政府",
        "区议会",
        "房屋署",
    ];
    const OTHER: Words = words!["台湾", "台北", "行政院", "立法院", "民国", "澳门", "内地"];
    HK.iter().filter(|w| fold.contains(*w)).count() >= 2 && !fold.contains_any_of(OTHER)
}

/// Reads the first amount of `s`, as a whole input rather than running text: 五分 and 二十分
/// count as money, and with `default_currency` an amount with no currency word takes it
/// (三百万 → CNY). For the evaluation of the public suites.
pub fn parse(s: &str, default_currency: Option<&str>) -> Option<Money> {
    if let Some(m) = scan(s, true).into_iter().next() {
        return Some(m);
    }
    let cur = default_currency?;
    // No currency word: read the amount alone.
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (i, c) in chars {
        if numbers::starts_numeral(c) {
            if let Some(a) = amount_at(s, i, true) {
                let mut m = to_money(s, i, &a, cur);
                hedges(s, &mut m);
                return Some(m);
            }
        }
    }
    None
}

fn to_money(s: &str, start: usize, a: &Amount, cur: &str) -> Money {
    Money {
        start,
        end: a.end,
        text: s[start..a.end].to_string(),
        amount: a.value,
        amount_max: a.max,
        currency: cur.to_string(),
        approximate: a.approximate || a.max.is_some(),
    }
}

/// Marks a mention approximate when a hedge stands right before or after it.
fn hedges(s: &str, m: &mut Money) {
    m.approximate |= hedged(s, m.start, m.end);
}

/// Whether a hedge stands right before `s[start..end]` (约, 近, 逾, 超过 …) or right after
/// it (左右, 以上 …): the figure is not exact. Shared by money and quantities.
pub(crate) fn hedged(s: &str, start: usize, end: usize) -> bool {
    let after = || {
        s.get(end..)
            .is_some_and(|after| after.starts_with_any(APPROX_AFTER))
    };
    let before = s.get(..start).unwrap_or_default();
    let before = before.trim_end_any(&['从', '從']);
    // (约 and 近 that end a word are no hedge: 纽约|15℃, 签约|100家, 最近|3年, 附近)
    let mut tail = before.chars().rev();
    if let (Some(last @ ('约' | '約' | '近')), Some(prev)) = (tail.next(), tail.next()) {
        let words = if last == '近' {
            "最附靠临臨邻鄰亲親贴貼"
        } else {
            "纽紐条條公合协協契预預节節制邀签簽履违違特相婚誓"
        };
        if words.contains(prev) {
            return after();
        }
    }
    before.ends_with_any(APPROX_BEFORE) || after()
}

/// The start of a minus sign written right before the figure at `at`: 上年同期为-2.1亿元,
/// 净利润为负2.5亿元, 气温-5℃, 增长−0.3%. Not a range's dash (3万元-5万元, 3%-5%: a
/// figure stands just before it), a code's (A-3, 歼-20: no unit follows them anyway), nor
/// 负 inside a word (背负3亿元债务, 3胜2负): 负 only after 为, 是 or punctuation. Shared by
/// money and quantities; 亏损 is a word, not a sign (亏损3亿元 stays 3亿元).
pub(crate) fn minus_before(s: &str, at: usize) -> Option<usize> {
    let head = s.get(..at)?;
    let c = head.chars().next_back()?;
    let start = at - c.len_utf8();
    let before = &head[..start];
    let p = before.chars().next_back();
    let ok = match c {
        '-' | '－' | '−' => {
            !p.is_some_and(|p| p.is_ascii_alphanumeric() || "-－−~～—–.．_/".contains(p))
                && !before
                    .chars()
                    .rev()
                    .take(3)
                    .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c) || c == '%')
        }
        '负' | '負' => p.is_none_or(|p| "为為是：:，,（(；;、 ".contains(p)),
        _ => false,
    };
    ok.then_some(start)
}

/// The scanner shared by [`find`] and [`parse`]; `text` of the results is taken from `s`.
fn scan(s: &str, loose: bool) -> Vec<Money> {
    let mut out: Vec<Money> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        // (the char before, only where a prefix or a numeral may start)
        let may_prefix = PREFIX_FIRST.may_start(&s[i..]);
        let numeral = numbers::starts_numeral(c);
        if !may_prefix && !numeral {
            i += c.len_utf8();
            continue;
        }
        let prev = super::quantities::prev_significant(s, i);
        let prev_blocks = prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == ',');
        // A prefix sign or word, then a numeral.
        if !prev_blocks || !c.is_ascii_alphabetic() {
            if let Some((pw, cur)) = may_prefix
                .then(|| longest(&s[i..], PREFIXES, &PREFIX_INDEX))
                .flatten()
            {
                let at = skip_spaces(s, i + pw.len());
                if let Some(mut a) = next_char(s, at)
                    .filter(|&c| numbers::starts_numeral(c))
                    .and_then(|_| amount_at(s, at, loose))
                    // (人民币对美元16:30收盘: a time of day after the currency, no amount)
                    .filter(|a| a.currency.is_some() || !clock_after(s, a.end))
                {
                    // 港币两千九百六十元: the prefix names the currency, 元 is its unit.
                    let currency = match a.currency {
                        Some(suffix) if suffix != "CNY" && suffix != cur => suffix,
                        _ => cur,
                    };
                    // (港币6.5仙: its cents, as Hong Kong and Malaysia write dividends)
                    if a.currency.is_none() && a.max.is_none() && s[a.end..].starts_with('仙') {
                        a.value *= 0.01;
                        a.end += '仙'.len_utf8();
                    }
                    range_tail(s, &mut a, loose);
                    let mut m = to_money(s, i, &a, currency);
                    hedges(s, &mut m);
                    i = m.end;
                    out.push(m);
                    continue;
                }
            }
        }
        if numeral && !prev_blocks && !prev.is_some_and(continues_numeral) {
            if let Some(mut a) = amount_at(s, i, loose) {
                let end_of_first = a.end;
                // (5仙: cents alone, in a text of ringgit or Singapore dollars)
                if a.currency.is_none() && a.max.is_none() && s[a.end..].starts_with('仙') {
                    let cur = ["令吉", "新元"].into_iter().find(|w| s.contains(w));
                    if let Some(w) = cur {
                        a.value *= 0.01;
                        a.end += '仙'.len_utf8();
                        a.currency = Some(if w == "令吉" { "MYR" } else { "SGD" });
                    }
                }
                range_tail(s, &mut a, loose);
                if let Some(cur) = a.currency {
                    let mut m = to_money(s, i, &a, cur);
                    // 上年同期为-2.1亿元: a loss, below zero
                    if let Some(k) = minus_before(s, i).filter(|_| a.max.is_none()) {
                        m.start = k;
                        m.text = s[k..m.end].to_string();
                        m.amount = -m.amount;
                    }
                    hedges(s, &mut m);
                    i = m.end;
                    out.push(m);
                    continue;
                }
                i = end_of_first.max(i + c.len_utf8());
                continue;
            }
        }
        i += c.len_utf8();
    }
    out
}

/// A colon and a digit at `at`: the hour of a clock time ended there (16:30).
fn clock_after(s: &str, at: usize) -> bool {
    let mut cs = s[at..].chars();
    matches!(cs.next(), Some(':' | '：')) && cs.next().is_some_and(|c| c.is_ascii_digit())
}

/// A character that, before a numeral start, means the numeral began earlier.
fn continues_numeral(c: char) -> bool {
    c.is_ascii_digit()
        || numbers::chinese_digit(c).is_some()
        || numbers::small_unit(c).is_some()
        || numbers::large_unit(c).is_some()
}

/// `a` followed by a range connector and a second amount: 1万-5万元, 两到三万港元.
fn range_tail(s: &str, a: &mut Amount, loose: bool) {
    if a.max.is_some() {
        return;
    }
    let at = skip_spaces(s, a.end);
    let Some(conn) = s[at..].prefix_in(RANGE) else {
        return;
    };
    let b_at = skip_spaces(s, at + conn.len());
    let Some(b) = amount_at(s, b_at, loose) else {
        return;
    };
    if b.max.is_some() || (a.currency.is_some() && b.currency.is_some() && a.currency != b.currency)
    {
        return;
    }
    if a.currency.is_none() && b.currency.is_none() {
        return;
    }
    // A date or a score is not a money range: 1-2月, 3到5个.
    let mut lo = a.value;
    if a.currency.is_none() {
        // 两到三万: a bare digit takes the high end's unit; 十八至三十万: a number without a
        // large unit takes the high end's large unit, when that keeps the range in order.
        if a.bare_digit && !a.has_large_unit {
            let scaled = lo * numbers::step_of(b.value);
            if scaled <= b.value {
                lo = scaled;
            }
        } else if !a.has_large_unit && b.has_large_unit {
            let m = large_multiplier(&s[b_at..b.end]);
            if lo * m <= b.value {
                lo *= m;
            }
        }
    }
    if lo > b.value {
        return;
    }
    a.value = lo;
    a.max = Some(b.value);
    a.approximate = true;
    a.end = b.end;
    if a.currency.is_none() {
        a.currency = b.currency;
    }
}

/// The product of the 万/亿/兆 units in an amount's text: 三十万元 → 1e4, 九百亿 → 1e8.
fn large_multiplier(t: &str) -> f64 {
    let mut m = 1.0;
    let mut seen = false;
    for c in t.chars() {
        // (兆 is in the text only where `zhao_at` read it as money)
        if let Some(u) = numbers::large_unit(c).or((c == '兆').then_some(ZHAO)) {
            m = if seen { m * u } else { u };
            seen = true;
        } else if seen && !matches!(c, ' ') {
            // A unit in the middle (一万二千) is part of the number, not a multiplier.
            if numbers::chinese_digit(c).is_some()
                || numbers::small_unit(c).is_some()
                || c.is_ascii_digit()
            {
                seen = false;
                m = 1.0;
            } else {
                break;
            }
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_filter_lets_every_prefix_through() {
        for (w, _) in PREFIXES {
            assert!(
                PREFIX_FIRST.may_start(w) && PREFIX_FIRST.may_start(&format!("{w}100")),
                "{w}"
            );
        }
        // and rules out ordinary text
        let text = "公司今年投入资金用于项目建设，增长明显。";
        let passed = text
            .char_indices()
            .filter(|&(i, _)| PREFIX_FIRST.may_start(&text[i..]))
            .count();
        assert!(passed <= 2, "{passed}");
    }

    fn one(s: &str) -> (f64, Option<f64>, String, bool, String) {
        let v = scan(s, false);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        let m = &v[0];
        (
            m.amount,
            m.amount_max,
            m.currency.clone(),
            m.approximate,
            m.text.clone(),
        )
    }

    #[test]
    fn amounts_and_currencies() {
        assert_eq!(one("投入1830万元。").0, 18_300_000.0);
        assert_eq!(one("投资5亿美元").2, "USD");
        assert_eq!(one("售价¥120起").0, 120.0);
        assert_eq!(one("港币两千九百六十元").2, "HKD");
        assert_eq!(one("新台币 177.1 亿元").0, 17_710_000_000.0);
        assert_eq!(one("年末结转10.56亿元。").4, "10.56亿元");
        assert_eq!(one("税额共计壹仟玖佰圆整，").4, "壹仟玖佰圆整");
        assert_eq!(one("达3千万亿日元").0, 3e15);
        assert_eq!(one("价值2000余元").1, Some(3000.0));
    }

    #[test]
    fn spoken_forms() {
        assert!((one("十块三毛").0 - 10.3).abs() < 1e-9);
        assert!((one("开销123元1角1分").0 - 123.11).abs() < 1e-9);
        assert!((one("六十四万零一百四十三元一角七分").0 - 640_143.17).abs() < 1e-6);
        assert!((one("至少三块零四").0 - 3.04).abs() < 1e-9);
        assert_eq!(one("买了5毛钱的糖").4, "5毛钱");
    }

    #[test]
    fn ranges() {
        assert_eq!(
            one("1万-5万元").0..one("1万-5万元").1.unwrap(),
            10_000.0..50_000.0
        );
        let r = one("两到三万港元");
        assert_eq!(
            (r.0, r.1, r.2.as_str(), r.3),
            (20_000.0, Some(30_000.0), "HKD", true)
        );
        assert_eq!(one("十八至三十万日元").0, 180_000.0);
        assert_eq!(one("从8500到3万港元").0, 8500.0);
        let r = one("3000多欧元");
        assert_eq!((r.0, r.1, r.3), (3000.0, Some(4000.0), true));
        assert_eq!(one("一千到两千万元人民币").0, 1e7);
    }

    #[test]
    fn more_than_trillions() {
        // 兆 (10^12, Taiwan) takes 多 and 余 as 亿 does: 2亿多元 is 2..3 亿
        for (text, low, high) in [
            ("外銷訂單達2兆多元", 2e12, 3e12),
            ("兩兆多元", 2e12, 3e12),
            ("2兆餘元", 2e12, 3e12),
            ("2兆余元", 2e12, 3e12),
            ("1.5兆多元", 1.5e12, 1.6e12),
            ("20多兆元", 2e13, 3e13),
            ("新台幣2兆8818億多元", 2.8818e12, 2.8819e12),
        ] {
            let r = one(text);
            assert_eq!((r.0, r.1, r.3), (low, Some(high), true), "{text}: {r:?}");
        }
        assert_eq!(one("約3兆多日圓").2, "JPY");
        // the end of the words, as 新台幣3兆，
        assert_eq!(one("新台幣2兆多，").1, Some(3e12));
        // 萬/億 in traditional script and the hedges, as before
        assert_eq!(one("3萬多元").1, Some(40_000.0));
        assert_eq!(one("5億餘元").1, Some(6e8));
        assert!(one("逾2兆元").3 && one("近1兆元").3);
        // 兆 stays mega in a measure
        assert!(scan("裝置容量達2兆多瓦", false).is_empty());
    }

    #[test]
    fn hedges_mark_approximate() {
        assert!(one("约4.287亿美元").3);
        assert!(one("投资逾100亿元").3);
        assert!(one("收入5000元左右").3);
        assert!(!one("收入5000元。").3);
    }

    #[test]
    fn not_money() {
        for s in [
            "一元化",
            "多元发展",
            "元旦假期",
            "两块牌子",
            "一块地",
            "十分重要",
            "五分钟",
            "欧元区经济",
            "第一元素",
        ] {
            assert!(scan(s, false).is_empty(), "{s}: {:?}", scan(s, false));
        }
    }

    #[test]
    fn loose_parse() {
        let m = parse("五分", None).unwrap();
        assert!((m.amount - 0.05).abs() < 1e-9);
        assert_eq!(parse("三百万", Some("CNY")).unwrap().amount, 3e6);
        assert!(parse("小于40万", Some("CNY")).unwrap().approximate);
    }
}
