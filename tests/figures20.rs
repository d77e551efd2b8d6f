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

#[test]
fn a_bare_day_in_a_later_paragraph_keeps_the_written_month() {
    let t = "市气象台预计，8月12日至14日全市将有一次明显降雨过程。\n\n受降雨影响，部分景区自12日起暂停开放，15日视天气情况恢复。\n\n另据了解，16日晚该市还将举行防汛演练。";
    let x = extract(t, &with_reference("2024-09-20"));
    let got = date_ranges(&x);
    assert!(got.contains(&("12日", "2024-08-12", None)), "{got:?}");
    assert!(got.contains(&("15日", "2024-08-15", None)), "{got:?}");
    assert!(got.contains(&("16日晚", "2024-08-16", None)), "{got:?}");
    assert!(x.dates.iter().all(|d| d.year_inferred), "{:?}", x.dates);
}

#[test]
fn a_period_named_again_takes_the_year_it_was_written_with() {
    let t = "乐华电器发布公告称，公司2023年第四季度实现净利润1.8亿元，扭转了前三个季度的亏损局面。\n\n公司表示，第四季度毛利率回升至21.5%，较第三季度提高2.4个百分点。\n\n今年一季度，公司营收同比增长9.6%，上年同期为下降3.1%。";
    let x = extract(t, &with_reference("2024-05-06"));
    let got = date_ranges(&x);
    assert!(
        got.contains(&("第四季度", "2023-10", Some("2023-12"))),
        "{got:?}"
    );
    assert!(
        got.contains(&("第三季度", "2023-07", Some("2023-09"))),
        "{got:?}"
    );
    assert!(
        got.contains(&("今年一季度", "2024-01", Some("2024-03"))),
        "{got:?}"
    );
    let t = "省统计局数据显示，2023年全省粮食总产量达到3520万吨；其中夏粮产量1360万吨，上年同期为1298万吨。";
    let x = extract(t, &with_reference("2024-03-01"));
    assert!(
        date_ranges(&x).contains(&("上年", "2022", None)),
        "{:?}",
        date_ranges(&x)
    );
}

#[test]
fn office_hours_by_weekday_recur_as_one_range() {
    let t = "即日起，区档案馆查阅室对外开放。\n\n开放安排：周一至周四上午9:00-11:30，下午14:00-17:00；周五上午9:00-11:30（仅限预约查档）；周六、周日闭馆。\n\n夏季（7月1日至8月31日）下午开放时间调整为14:30-17:30。";
    let x = extract(t, &with_reference("2024-06-10"));
    let got = date_ranges(&x);
    assert!(
        got.contains(&("周一至周四上午9:00-11:30", "T09:00", Some("T11:30"))),
        "{got:?}"
    );
    assert!(
        got.contains(&("下午14:00-17:00", "T14:00", Some("T17:00"))),
        "{got:?}"
    );
    assert!(
        got.contains(&("周五上午9:00-11:30", "T09:00", Some("T11:30"))),
        "{got:?}"
    );
    assert!(
        got.contains(&("14:30-17:30", "T14:30", Some("T17:30"))),
        "{got:?}"
    );
    // no day of a week: the closing days are no mention, nor the clock times alone
    assert!(
        x.dates
            .iter()
            .all(|d| !d.text.contains("周六") && !d.text.contains("周日")),
        "{got:?}"
    );
    assert_eq!(
        x.dates.iter().filter(|d| d.value.starts_with('T')).count(),
        4,
        "{got:?}"
    );
}

#[test]
fn a_year_and_months_is_one_duration() {
    let t = "法院以非法吸收公众存款罪判处被告人有期徒刑一年六个月，缓刑二年；判处另一被告人有期徒刑一年零两个月。";
    let x = extract(t, &Options::default());
    let qs: Vec<(&str, f64)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.value))
        .collect();
    assert!(qs.contains(&("一年六个月", 1.5)), "{qs:?}");
    assert!(
        qs.iter()
            .any(|&(t, v)| t == "一年零两个月" && (v - 14.0 / 12.0).abs() < 1e-9),
        "{qs:?}"
    );
    assert!(
        !qs.iter().any(|&(t, _)| t == "六个月" || t == "两个月"),
        "{qs:?}"
    );
}

#[test]
fn hundreds_of_ten_thousands_written_by_units_alone() {
    let t = "犯罪团伙以高额返利为诱饵，骗取老年人百余万元，另有千余万元资金被冻结。";
    let x = extract(t, &Options::default());
    let money: Vec<(&str, f64, Option<f64>, bool)> = x
        .money
        .iter()
        .map(|m| (m.text.as_str(), m.amount, m.amount_max, m.approximate))
        .collect();
    assert_eq!(
        money,
        vec![
            ("百余万元", 1e6, Some(2e6), true),
            ("千余万元", 1e7, Some(2e7), true),
        ]
    );
}

#[test]
fn an_adverb_after_the_counted_noun_ends_it() {
    let t = "按照赛程，两个赛区的四场半决赛同时开球，三支球队同步进行赛前训练。";
    let x = extract(t, &Options::default());
    let subj: Vec<(&str, Option<&str>)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.subject.as_deref()))
        .collect();
    assert!(subj.contains(&("四场", Some("半决赛"))), "{subj:?}");
    assert!(subj.contains(&("三支", Some("球队"))), "{subj:?}");
}
