//! Session 25's figure rules on sentences of our own (modern news: earnings, statistics,
//! budgets, markets, sports): 前年 beside a compared year, a bare quarter after a fiscal
//! year named in an earlier paragraph, weekends, discounts, round approximations (近万户,
//! 万亿港元), what a count of terms counts, months since which something holds (2月以来).

#![allow(unused)]
use zhextract::{extract, Extraction, Options};
mod common;
use common::{date_ranges, subjects, with_reference};

#[test]
fn qian_nian_is_two_years_before_now_even_after_qu_nian() {
    let t = "该集团去年实现营业收入2860亿元，比前年增长约9%，净利润则比前年下降。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("去年", "2025", None)), "{got:?}");
    assert!(got.iter().filter(|d| d.0 == "前年").all(|d| d.1 == "2024"), "{got:?}");
    // 比上年 still compares with the year reported
    let x = extract("2023年全市粮食产量比上年增长2.1%。", &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("上年", "2022", None)), "{got:?}");
}

#[test]
fn a_bare_quarter_follows_the_fiscal_year_of_an_earlier_paragraph() {
    let t = "某电商集团周四公布2025财年第三季度业绩，季度收入为2476亿元，同比增长8%。\n\n\
             管理层在电话会上表示，预计第四季度收入增速将放缓至5%左右。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("第三季度", "2025-07", Some("2025-09"))), "{got:?}");
    assert!(got.contains(&("第四季度", "2025-10", Some("2025-12"))), "{got:?}");
    // a year counted from now ends it: 今年一季度 … (later) 上半年 is this year's
    let t = "2023年第三季度，公司首次扭亏。\n\n今年一季度，营收再创新高。\n\n上半年公司净利润增长12%。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("上半年", "2026-01", Some("2026-06"))), "{got:?}");
}

#[test]
fn a_year_counted_from_now_ends_the_year_of_a_written_quarter() {
    let t = "2024年第四季度，该行不良贷款率为1.6%。\n\n今年10月，该行不良率降至1.3%。\n\n上半年，全行净息差收窄。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("上半年", "2026-01", Some("2026-06"))), "{got:?}");
}

#[test]
fn a_weekend_of_a_named_week_is_its_saturday_and_sunday() {
    // 2026-12-04 is a Friday
    let t = "受冷空气影响，本周末全市气温将跌至冰点；上个周末的降雪已基本融化，下週末天氣轉好。周末休息的市民注意保暖。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("本周末", "2026-12-05", Some("2026-12-06"))), "{got:?}");
    assert!(got.contains(&("上个周末", "2026-11-28", Some("2026-11-29"))), "{got:?}");
    assert!(got.contains(&("下週末", "2026-12-12", Some("2026-12-13"))), "{got:?}");
    // a weekend of no week said is any weekend
    assert!(!got.iter().any(|d| d.0.starts_with("周末")), "{got:?}");
}

#[test]
fn a_discount_in_tenths_is_a_percentage() {
    let t = "双十二期间，部分家电打7.5折，商场服装五折起售，保障房租金约为市场价的八五折；\
             厂家还推出三折叠屏手机，旧设备按五年折旧，谈判一波三折。";
    let x = extract(t, &Options::default());
    let got: Vec<(&str, f64, &str)> =
        x.quantities.iter().map(|q| (q.text.as_str(), q.value, q.unit.as_str())).collect();
    assert!(got.contains(&("7.5折", 75.0, "%")), "{got:?}");
    assert!(got.contains(&("五折", 50.0, "%")), "{got:?}");
    assert!(got.contains(&("八五折", 85.0, "%")), "{got:?}");
    assert!(!got.iter().any(|q| q.0.starts_with("三折")), "{got:?}");
}

#[test]
fn a_unit_alone_after_a_hedge_is_about_one_of_it() {
    let t = "今年以来，该区累计为近万户小微企业办理退税，惠及从业人员逾百万人，全年减税降费近千亿元；\
             活动吸引约百名志愿者参与。万科与万达均未回应。";
    let x = extract(t, &Options::default());
    let qs: Vec<(&str, f64, bool)> =
        x.quantities.iter().map(|q| (q.text.as_str(), q.value, q.approximate)).collect();
    assert!(qs.contains(&("万户", 10000.0, true)), "{qs:?}");
    assert!(qs.contains(&("百万人", 1e6, true)), "{qs:?}");
    assert!(qs.contains(&("百名", 100.0, true)), "{qs:?}");
    let m: Vec<(&str, f64)> = x.money.iter().map(|m| (m.text.as_str(), m.amount)).collect();
    assert!(m.contains(&("千亿元", 1e11)), "{m:?}");
    assert_eq!(qs.len() + m.len(), 4, "{qs:?} {m:?}");
}

#[test]
fn a_verb_after_terms_or_after_zuiduo_is_not_what_is_counted() {
    let t = "这位村支书已连续三届当选省人大代表，曾参加过两届全运会。按照新规，每户每年最多补贴2台。";
    let x = extract(t, &Options::default());
    let qs = subjects(&x);
    assert!(qs.contains(&("三届", "届", None)), "{qs:?}");
    assert!(qs.contains(&("两届", "届", Some("全运会"))), "{qs:?}");
    assert!(qs.iter().any(|q| q.0 == "2台" && q.2.is_none()), "{qs:?}");
}

#[test]
fn wan_yi_alone_is_a_trillion() {
    let t = "受利好消息提振，该公司市值重回万亿港元关口，全省数字经济规模突破万亿元；万元户已成历史。";
    let x = extract(t, &Options::default());
    let m: Vec<(&str, f64, &str)> =
        x.money.iter().map(|m| (m.text.as_str(), m.amount, m.currency.as_str())).collect();
    assert_eq!(m, vec![("万亿港元", 1e12, "HKD"), ("万亿元", 1e12, "CNY")]);
}

#[test]
fn a_month_since_which_something_holds_is_past() {
    // read on 4 December: a bare 2月 would be the coming February, but 以来/至今 look back
    let t = "2月以来，全市生猪价格持续回落；自3月初至今，已有1200户养殖户获得补贴。1月，降雪将增多。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("2月", "2026-02", None)), "{got:?}");
    assert!(got.contains(&("3月初", "2026-03-01", Some("2026-03-05"))), "{got:?}");
    assert!(got.contains(&("1月", "2027-01", None)), "{got:?}");
}
