//! Session 22's figure rules on sentences of our own: the first months or quarters of the
//! year without a year before them, the points a player scores, scores that look like
//! times, 白天 after a day, 二次 as "secondary", and what a count of vehicles is of.

use zhextract::{extract, Options};
mod common;
use common::{date_ranges, with_reference};

#[test]
fn the_first_months_or_quarters_of_the_year_are_a_range() {
    let t = "国家统计局发布数据显示，前11个月，全国规模以上工业增加值同比增长5.8%。今年前三个季度，全省外贸进出口总值增长4.9%。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(
        got.contains(&("前11个月", "2026-01", Some("2026-11"))),
        "{got:?}"
    );
    assert!(
        got.contains(&("今年前三个季度", "2026-01", Some("2026-09"))),
        "{got:?}"
    );
    // the months are the date's, not a count of their own
    assert!(!x.quantities.iter().any(|q| q.text == "11个月"));
    // before something, or a trailing year, they are no part of a year
    let t = "他在离职前3个月曾多次出入该公司。过去12个月，该指数累计上涨18%。";
    let x = extract(t, &with_reference("2026-12-04"));
    assert!(x.dates.is_empty(), "{:?}", date_ranges(&x));
}

#[test]
fn bai_tian_ends_a_range_of_days() {
    let t = "市气象台预计，4日夜间至5日白天，全市将出现中到大雨，局部暴雨。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "4日夜间至5日白天");
}

#[test]
fn a_player_scores_points() {
    let t = "外援全场贡献21分8次助攻，首节就砍下12分；另一名后卫拿下15分，替补中锋轰下10分。";
    let x = extract(t, &Options::default());
    let qs: Vec<(&str, &str)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.unit.as_str()))
        .collect();
    for p in ["21分", "12分", "15分", "10分"] {
        assert!(qs.contains(&(p, "分")), "{p}: {qs:?}");
    }
}

#[test]
fn a_score_is_no_time_of_day() {
    let t = "中国女排在第二局一度以12:10领先，随后以21:19拿下首局，比分为12:08时对手叫了暂停。比赛于19:35开始。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "19:35");
}

#[test]
fn er_ci_before_a_verb_is_secondary() {
    let t = "业内人士对这份文件进行了二次解读，并提醒消费者警惕二次伤害。该公司两次下调价格。";
    let x = extract(t, &Options::default());
    let qs: Vec<&str> = x.quantities.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(qs, ["两次"]);
}

#[test]
fn vehicles_standing_by_are_what_is_counted() {
    let subject = |t: &str, text: &str| {
        let x = extract(t, &Options::default());
        x.quantities
            .iter()
            .find(|q| q.text == text)
            .and_then(|q| q.subject.clone())
    };
    let t = "消防處調派消防車400輛待命，另派出救護車30輛候命。";
    assert_eq!(subject(t, "400輛").as_deref(), Some("消防車"));
    assert_eq!(subject(t, "30輛").as_deref(), Some("救護車"));
    let t = "应急管理部门连夜调集消防车80辆驰援灾区。";
    assert_eq!(subject(t, "80辆").as_deref(), Some("消防车"));
}

#[test]
fn weekdays_in_brackets_after_a_range_are_its_ends() {
    let t = "第十届国际美食博览将于2026年12月18日至22日（星期五至星期二）在会展中心举行，最后一日于下午6时结束。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert_eq!(
        got[0],
        (
            "2026年12月18日至22日（星期五至星期二）",
            "2026-12-18",
            Some("2026-12-22")
        ),
        "{got:?}"
    );
    assert!(!got.iter().any(|d| d.0.starts_with('星')), "{got:?}");
}

#[test]
fn the_evening_after_a_day_and_days_of_a_term() {
    let t = "在3日晚进行的比赛中，主队险胜。该案上诉期为10日，判决尚未生效。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert_eq!(got, vec![("3日晚", "2026-12-03", None)]);
    assert!(x
        .quantities
        .iter()
        .any(|q| q.text == "10日" && q.unit == "日"));
}

#[test]
fn counts_after_a_players_points() {
    let t = "外援贡献28分12个篮板，胡明轩砍下21分6次助攻。";
    let x = extract(t, &Options::default());
    let qs: Vec<&str> = x.quantities.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(qs, ["28分", "12个", "21分", "6次"]);
}

#[test]
fn a_budget_speech_names_fiscal_years_and_a_whole_hundred_per_cent() {
    let t = "財政司司長宣布，寬減2026/27課稅年度百分之百的薪俸稅，上限為3000元；2025/26財政年度的綜合赤字預計為872億元。";
    let x = extract(t, &with_reference("2026-12-04"));
    let got = date_ranges(&x);
    assert!(
        got.contains(&("2026/27課稅年度", "2026", Some("2027"))),
        "{got:?}"
    );
    assert!(
        got.contains(&("2025/26財政年度", "2025", Some("2026"))),
        "{got:?}"
    );
    let q = x.quantities.iter().find(|q| q.text == "百分之百");
    assert!(
        q.is_some_and(|q| q.value == 100.0 && q.unit == "%"),
        "{:?}",
        x.quantities
    );
}

#[test]
fn exhibitors_are_counted() {
    let t = "主办方预计，今年将有来自25个国家和地区的800家展商参展。";
    let x = extract(t, &Options::default());
    let q = x.quantities.iter().find(|q| q.text == "800家");
    assert_eq!(q.and_then(|q| q.subject.as_deref()), Some("展商"));
}
