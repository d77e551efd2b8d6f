//! Session 23's figure rules on sentences of our own: a clock time after a currency word,
//! a second part of the same day (白天到夜间), the year a month range across years leaves
//! to its paragraph, counts of vehicle trips, penalties and letters in what is counted.

#![allow(unused)]
use zhextract::{extract, Extraction, Options};
mod common;
use common::{date_ranges, subjects, with_reference};

#[test]
fn a_clock_time_after_a_currency_is_no_amount() {
    let t = "在岸人民币对美元16:30收盘报7.2395，较上一交易日上涨85个基点。离岸人民币兑美元09:15报7.2410。";
    let x = extract(t, &with_reference("2026-12-04"));
    assert!(x.money.is_empty(), "{:?}", x.money.iter().map(|m| &m.text).collect::<Vec<_>>());
    let got = date_ranges(&x);
    assert!(got.iter().any(|d| d.0 == "16:30"), "{got:?}");
    // an amount after the currency word still is one
    let x = extract("该基金募集资金美元12亿，港币8000万元。", &Options::default());
    let m: Vec<(&str, &str)> = x.money.iter().map(|m| (m.text.as_str(), m.currency.as_str())).collect();
    assert!(m.contains(&("美元12亿", "USD")), "{m:?}");
}

#[test]
fn two_parts_of_one_day_are_one_mention() {
    let t = "受冷空气影响，预计6日白天到夜间，全省大部地区有小到中雨，7日上午至中午雨势减弱。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("6日白天到夜间", "2026-12-06", None)), "{got:?}");
    assert!(got.contains(&("7日上午至中午", "2026-12-07", None)), "{got:?}");
    // a day after the connector stays a range of days
    let x = extract("预计6日夜间至7日白天有大雾。", &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "6日夜间至7日白天");
}

#[test]
fn a_month_range_across_years_leaves_its_last_year() {
    let t = "2025年11月至2026年2月，全省降水量较常年同期偏少三成。进入3月以来，旱情有所缓解。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("3月", "2026-03", None)), "{got:?}");
}

#[test]
fn vehicle_trips_are_counted_as_written() {
    let t = "国庆假期，全省高速公路累计通行车辆1260万辆次，琼州海峡运送旅客车辆3.2万辆次，船舶共航行1800艘次。";
    let x = extract(t, &Options::default());
    let qs = subjects(&x);
    assert!(qs.iter().any(|q| q.0 == "1260万辆次" && q.1 == "辆次"), "{qs:?}");
    assert!(qs.iter().any(|q| q.0 == "3.2万辆次" && q.1 == "辆次"), "{qs:?}");
    assert!(qs.iter().any(|q| q.0 == "1800艘次" && q.1 == "艘次"), "{qs:?}");
}

#[test]
fn a_penalty_is_no_part_of_who_is_sentenced() {
    let t = "法院以诈骗罪分别判处5名被告人有期徒刑二年至六年不等，并处罚金。";
    let x = extract(t, &Options::default());
    let qs = subjects(&x);
    assert!(qs.contains(&("5名", "名", Some("被告人"))), "{qs:?}");
}

#[test]
fn letters_written_into_the_noun_before_the_count() {
    let t = "截至目前，全市共有A级景区42家，其中5A级景区3家、4A级景区17家。";
    let x = extract(t, &Options::default());
    let qs = subjects(&x);
    assert!(qs.contains(&("42家", "家", Some("A级景区"))), "{qs:?}");
    assert!(qs.contains(&("3家", "家", Some("5A级景区"))), "{qs:?}");
    assert!(qs.contains(&("17家", "家", Some("4A级景区"))), "{qs:?}");
}

#[test]
fn stations_and_new_cars_are_whole_nouns() {
    let t = "线路全长32.6公里，共设车站21座，其中换乘站8座。全市45个气象站中有39个出现降雪。本月共有4款新车上市。";
    let x = extract(t, &Options::default());
    let qs = subjects(&x);
    assert!(qs.contains(&("8座", "座", Some("换乘站"))), "{qs:?}");
    assert!(qs.contains(&("45个", "个", Some("气象站"))), "{qs:?}");
    assert!(qs.contains(&("4款", "款", Some("新车"))), "{qs:?}");
}
