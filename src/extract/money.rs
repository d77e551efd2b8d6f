//! Money: an amount with an ISO 4217 currency. 1830万元 → 18300000 CNY, 5亿美元 → USD,
//! ¥120, $3.5 million is out of scope (English).
//!
//! A mention is a numeral (extract/numbers.rs) followed by a currency word, or preceded by
//! a currency sign or 人民币. Matching runs on the simplified fold; spans are those of the
//! repaired text.

use super::numbers;
use crate::layout::Doc;
use crate::model::Money;

/// Currency words after an amount, longest first within each shared prefix.
const SUFFIXES: &[(&str, &str)] = &[
    ("元人民币", "CNY"),
    ("美元", "USD"),
    ("美金", "USD"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("欧元", "EUR"),
    ("日元", "JPY"),
    ("英镑", "GBP"),
    ("新台币", "TWD"),
    ("台币", "TWD"),
    ("韩元", "KRW"),
    ("卢布", "RUB"),
    ("澳元", "AUD"),
    ("加元", "CAD"),
    ("新加坡元", "SGD"),
    ("新元", "SGD"),
    ("瑞士法郎", "CHF"),
    ("法郎", "CHF"),
    ("泰铢", "THB"),
    ("卢比", "INR"),
    ("林吉特", "MYR"),
    ("澳门元", "MOP"),
    ("澳门币", "MOP"),
    ("新西兰元", "NZD"),
    ("越南盾", "VND"),
    ("人民币", "CNY"),
    ("元", "CNY"),
    ("块钱", "CNY"),
    ("块", "CNY"),
];

/// Signs and words before an amount.
const PREFIXES: &[(&str, &str)] = &[
    ("人民币", "CNY"),
    ("￥", "CNY"),
    ("¥", "CNY"),
    ("RMB", "CNY"),
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
];

fn match_table<'t>(s: &str, table: &'t [(&'t str, &'t str)]) -> Option<(usize, &'t str)> {
    table.iter().find(|(w, _)| s.starts_with(w)).map(|(w, c)| (w.len(), *c))
}

pub fn find(doc: &Doc) -> Vec<Money> {
    let s = doc.fold;
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let Some(c) = s[i..].chars().next() else { break };
        // A prefix sign or word, then a numeral.
        if let Some((plen, cur)) = match_table(&s[i..], PREFIXES) {
            let at = skip_spaces(s, i + plen);
            if let Some(n) = numbers::parse_at(s, at) {
                let mut end = n.range.end;
                // ¥1830万元: a trailing 元 belongs to the mention.
                if let Some((slen, _)) = match_table(&s[end..], SUFFIXES) {
                    end += slen;
                }
                out.push(money(doc, i, end, n.value, cur));
                i = end;
                continue;
            }
        }
        let numeral_start = c.is_ascii_digit() || numbers::starts_chinese_numeral(c);
        let after_digit = s[..i].chars().next_back().is_some_and(|p| p.is_ascii_digit() || p == '.');
        if numeral_start && !after_digit {
            if let Some(n) = numbers::parse_at(s, i) {
                let at = skip_spaces(s, n.range.end);
                if let Some((slen, cur)) = match_table(&s[at..], SUFFIXES) {
                    // Chinese numerals alone before 元 are too often parts of words (一元化).
                    if n.arabic || s[i..n.range.end].chars().count() > 1 {
                        let end = at + slen;
                        out.push(money(doc, i, end, n.value, cur));
                        i = end;
                        continue;
                    }
                }
                i = n.range.end;
                continue;
            }
        }
        i += c.len_utf8();
    }
    out
}

fn skip_spaces(s: &str, mut at: usize) -> usize {
    while s[at..].starts_with(' ') {
        at += 1;
    }
    at
}

fn money(doc: &Doc, start: usize, end: usize, amount: f64, currency: &str) -> Money {
    Money {
        start,
        end,
        text: doc.text[start..end].to_string(),
        amount,
        amount_max: None,
        currency: currency.to_string(),
        approximate: false,
    }
}
