//! Session 20's figure rules on sentences of our own: signed figures, compound durations,
//! recurring office hours, bare days and periods named again in later paragraphs.

use zhextract::{extract, Options};
mod common;
use common::{date_ranges, with_reference};

#[test]
fn a_written_minus_sign_makes_money_and_measures_negative() {
    let t = "公司去年归母净利润为-4.37亿元，经营活动现金流量净额为负1.2亿元；公司仍背负3亿元债务，二季度亏损5000万元。";
    let x = extract(t, &Options::default());
    let money: Vec<(&str, f64)> = x
        .money
        .iter()
        .map(|m| (m.text.as_str(), m.amount))
        .collect();
    assert_eq!(
        money,
        vec![
            ("-4.37亿元", -437_000_000.0),
            ("负1.2亿元", -120_000_000.0),
            ("3亿元", 300_000_000.0),
            ("5000万元", 50_000_000.0),
        ]
    );
    let t =
        "受冷空气影响，明晨最低气温-6℃，山区-12~-5℃，居民消费价格同比增长-0.3%，票价3元-5元不等。";
    let x = extract(t, &Options::default());
    let qs: Vec<(&str, f64, Option<f64>)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.value, q.value_max))
        .collect();
    assert!(qs.contains(&("-6℃", -6.0, None)), "{qs:?}");
    assert!(qs.contains(&("-12~-5℃", -12.0, Some(-5.0))), "{qs:?}");
    assert!(qs.contains(&("-0.3%", -0.3, None)), "{qs:?}");
    assert!(x.money.iter().all(|m| m.amount > 0.0), "{:?}", x.money);
}

#[test]
fn yue_wei_is_a_hedge() {
    let t = "截至6月底，两市总市值约为86.5万亿元。";
    let x = extract(t, &Options::default());
    assert!(x.money[0].approximate, "{:?}", x.money);
}
