//! Quotes and mentions from the audit of realistic articles (session 13): where an unquoted
//! content ends, quotations inside an indirect quote, speakers after a quotation, generic
//! speakers, and generated short names matched inside other words.

use zhextract::{extract, Extraction, OffsetUnit, Options};

fn run(s: &str) -> Extraction {
    extract(
        s,
        &Options {
            offsets: OffsetUnit::Byte,
            ..Options::default()
        },
    )
}

/// The mentions of the organisation `name`, as the text they cover.
fn org_mentions<'a>(x: &Extraction, s: &'a str, name: &str) -> Vec<&'a str> {
    x.organizations
        .iter()
        .filter(|o| o.name == name)
        .flat_map(|o| o.mentions.iter().map(|m| &s[m.start..m.end]))
        .collect()
}

#[test]
fn a_generated_short_name_is_not_matched_inside_other_words() {
    // 国电 (国家电影局) inside 全国电影, 阿联 (阿拉伯国家联盟) inside 阿联酋, 国科 (国家自然科学基金)
    // inside 我国科学家
    for (s, name) in [
        (
            "国家电影局数据显示，全国电影总票房突破200亿元。",
            "国家电影局",
        ),
        (
            "阿联酋总统出席会议，阿拉伯国家联盟秘书长也出席了会议。",
            "阿拉伯国家联盟",
        ),
        (
            "我国科学家发现新机制。该研究得到国家自然科学基金资助。",
            "国家自然科学基金",
        ),
    ] {
        let x = run(s);
        let m = org_mentions(&x, s, name);
        assert!(m.iter().all(|m| *m == name), "{s}: {m:?}");
    }
    // a short name written as a word of its own is still linked (鞍钢 ↔ 鞍山钢铁)
    let s = "鞍山钢铁召开会议。会上，鞍钢表彰了先进集体。";
    let x = run(s);
    assert_eq!(org_mentions(&x, s, "鞍山钢铁"), ["鞍山钢铁", "鞍钢"]);
}
