//! Session 21's figure rules on sentences of our own: bare days before the day written
//! last, 次月, ranges that run from 自…起 to 至…, and what a count is of.

use zhextract::{extract, Options};
mod common;
use common::{date_ranges, with_reference};

#[test]
fn a_bare_day_before_the_written_one_is_a_recap_of_that_month() {
    let t = "7月15日，市防汛指挥部召开会议，部署下一阶段防汛工作。会议通报，5日下午，该市北部山区突发山洪，造成3人失踪。\n\n截至目前，救援仍在进行。20日，市里还将召开专题会议。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("5日下午", "2026-07-05", None)), "{got:?}");
    assert!(got.contains(&("20日", "2026-07-20", None)), "{got:?}");
    // the story has reached the month of the reading day: the 3rd is this month's
    let t = "11月28日，该市发生一起交通事故，造成2人受伤。3日，警方通报了事故调查结果。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.contains(&("3日", "2026-12-03", None)), "{got:?}");
}

#[test]
fn ci_yue_moves_a_bare_day_to_the_next_month() {
    let t = "该项目于3月28日正式开工。次月5日，首批设备运抵现场；10日，主体工程开始浇筑。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(got.iter().any(|&(_, v, _)| v == "2026-04-05"), "{got:?}");
    assert!(got.contains(&("10日", "2026-04-10", None)), "{got:?}");
}

#[test]
fn zi_qi_zhi_is_one_range() {
    let t = "市人民政府近日印发通知，决定自2027年1月1日起至2027年6月30日，对年应纳税所得额不超过300万元的小型微利企业减半征收。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert_eq!(
        got,
        vec![(
            "2027年1月1日起至2027年6月30日",
            "2027-01-01",
            Some("2027-06-30")
        )]
    );
}

#[test]
fn an_adjective_or_ceng_before_a_verb_ends_what_is_counted() {
    let subject = |t: &str, text: &str| {
        let x = extract(t, &Options::default());
        x.quantities
            .iter()
            .find(|q| q.text == text)
            .map(|q| q.subject.clone())
    };
    let t = "北向资金全天净买入56.7亿元，连续3个交易日净流入。";
    assert_eq!(subject(t, "3个"), Some(Some("交易日".to_string())));
    let t = "李某等人以高额回报为诱饵，向620余名群众非法吸收资金1.5亿余元。";
    assert_eq!(subject(t, "620余名"), Some(Some("群众".to_string())));
    let t = "此前的11月29日，两队曾在辽宁主场交手，当时辽宁队以101比99险胜。";
    assert_eq!(subject(t, "两队"), Some(None));
}

#[test]
fn san_fen_qiu_is_a_shot_not_three_points() {
    let t = "本土后卫贡献21分8次助攻，三分球11投6中；外援在三分线外连续得手，全场得到32分。";
    let x = extract(t, &Options::default());
    let qs: Vec<&str> = x.quantities.iter().map(|q| q.text.as_str()).collect();
    assert!(qs.contains(&"32分"), "{qs:?}");
    assert!(!qs.iter().any(|q| q.starts_with('三')), "{qs:?}");
}
