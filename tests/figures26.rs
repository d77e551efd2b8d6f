//! Session 26's figure rules on paragraphs of our own (statistics releases, budgets,
//! disasters, plans): a bare 年初/年底/年末 is the start or end of a year read as a month's
//! year is, a five-year plan's period (“十五五”期间) is its five years, 件次/户次/台次 are
//! units of counts, and a multiple (1.5倍) is a measure in 倍, not a count.

#![allow(unused)]
use zhextract::model::QuantityKind;
use zhextract::{extract, Extraction, Options};
mod common;
use common::{date_ranges, subjects, with_reference};

#[test]
fn a_bare_year_start_or_end_takes_the_year_a_month_would() {
    let t = "该市年初发布的计划显示，全年将新增就业岗位8万个。年底前，全市将建成保障性住房2.5万套；\
             截至年末，已开工1.8万套。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("年初", "2026-01", Some("2026-02"))), "{got:?}");
    assert!(got.contains(&("年底", "2026-12", None)), "{got:?}");
    assert!(got.contains(&("年末", "2026-12", None)), "{got:?}");
    assert!(x.dates.iter().filter(|d| d.text.starts_with('年')).all(|d| d.year_inferred));
    // a year written in the text comes first, as for a month
    let x = extract("2025年，该区财政收入增长3%。年底，区里又追加投资2亿元。", &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("年底", "2025-12", None)), "{got:?}");
    // no year at all: the month alone
    let x = extract("年初，省政府召开动员会。", &Options::default());
    let got = date_ranges(&x);
    assert!(got.contains(&("年初", "--01", Some("--02"))), "{got:?}");
}

#[test]
fn words_ending_in_nian_keep_their_chu_di_mo() {
    let t = "多年初心不改，百年底蕴深厚。青年初创企业获得扶持。大年初一，市民走亲访友。\
             周年末班车照常运行。少年初中毕业后外出务工。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(
        !got.iter().any(|d| matches!(d.0, "年初" | "年底" | "年末")),
        "{got:?}"
    );
}

#[test]
fn a_five_year_plan_period_is_its_five_years() {
    let t = "“十五五”期间，全省将新建改建农村公路1万公里以上。“十四五”时期，全省累计投资超过800亿元。\
             十三五以来，农民收入持续增长。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("十五五", "2026", Some("2030"))), "{got:?}");
    assert!(got.contains(&("十四五", "2021", Some("2025"))), "{got:?}");
    assert!(got.contains(&("十三五", "2016", Some("2020"))), "{got:?}");
    // a plan's name alone is a document, no date
    let x = extract("会议审议通过了十五五规划纲要。", &with_reference("2026-12-04"));
    assert!(x.dates.is_empty(), "{:?}", date_ranges(&x));
}

#[test]
fn counts_of_times_per_item_are_units() {
    let t = "该局全年受理群众来信来访近万件次，入户走访3200户次，检测设备1200台次，\
             救治伤员86例次。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = subjects(&x);
    let units: Vec<&str> = got.iter().map(|q| q.1).collect();
    for u in ["件次", "户次", "台次", "例次"] {
        assert!(units.contains(&u), "{got:?}");
    }
    // what the leading verb (受理) takes is no part of what is counted
    assert!(
        !got.iter().any(|q| q.2.is_some_and(|s| s.contains("受理"))),
        "{got:?}"
    );
}

#[test]
fn a_multiple_is_a_measure_in_bei() {
    let t = "今年新能源汽车销量预计达到去年的1.5倍，充电桩数量增长两倍，车桩比持续下降。";
    let x = extract(t, &with_reference("2026-12-04"));
    let bei: Vec<_> = x.quantities.iter().filter(|q| q.unit == "倍").collect();
    assert_eq!(bei.len(), 2, "{:?}", subjects(&x));
    assert!(bei.iter().all(|q| q.kind == QuantityKind::Measure && q.subject.is_none()));
    assert_eq!(bei[0].value, 1.5);
}

#[test]
fn chu_di_mo_that_begin_a_word_are_no_part_of_the_year() {
    let t = "今年初步建成覆盖全市的充电网络。去年初次参展的企业有120家。今年底薪标准上调。\
             今年初，公司在港上市；去年末，存款余额增长8%。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("今年", "2026", None)), "{got:?}");
    assert!(got.contains(&("去年", "2025", None)), "{got:?}");
    assert!(!got.iter().any(|d| d.0 == "今年底"), "{got:?}");
    assert_eq!(got.iter().filter(|d| d.0 == "今年初").count(), 1, "{got:?}");
    assert!(got.contains(&("去年末", "2025-12", None)), "{got:?}");
}

#[test]
fn a_half_after_cheng_is_five_hundredths() {
    let x = extract("新房均价较年初下降约一成半，成交量回升两成半以上。", &with_reference("2026-12-04"));
    let got: Vec<(&str, f64)> = x.quantities.iter().map(|q| (q.text.as_str(), q.value)).collect();
    assert!(got.contains(&("一成半", 15.0)), "{got:?}");
    assert!(got.contains(&("两成半", 25.0)), "{got:?}");
}
