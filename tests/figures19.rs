//! Session 19's figure rules on sentences of our own: a publication line as the day of a
//! press conference's 今天, 块 as a classifier after a noun, the subject of a comparison,
//! recurring times and a bare day after a written one.

use zhextract::{extract, Options};
mod common;
use common::{date_ranges, with_reference};

#[test]
fn a_publication_line_is_the_day_of_todays_press_conference() {
    let t = "区政府召开夏季防汛新闻发布会\n发布时间：2024年03月05日 09:30\n记者从今天召开的区政府新闻发布会上获悉，全区昨天已完成排涝泵站检修，明天起进入汛前值守。";
    let x = extract(t, &with_reference("2024-06-10"));
    let got = date_ranges(&x);
    assert!(got.contains(&("今天", "2024-03-05", None)), "{got:?}");
    assert!(got.contains(&("昨天", "2024-03-04", None)), "{got:?}");
    assert!(got.contains(&("明天", "2024-03-06", None)), "{got:?}");
    // a paper's name before the date, then the body
    let t = "江城晚报 2023年11月20日\n在今天召开的发布会上，市交通局宣布地铁5号线将于年底通车。";
    let x = extract(t, &with_reference("2024-06-10"));
    assert!(
        date_ranges(&x).contains(&("今天", "2023-11-20", None)),
        "{:?}",
        date_ranges(&x)
    );
    // a headline that opens on a date is no publication line
    let t = "2024年3月5日全区防汛工作会议召开\n会议决定，今天起各街道实行24小时值班。";
    let x = extract(t, &with_reference("2024-06-10"));
    assert!(
        date_ranges(&x).contains(&("今天", "2024-06-10", None)),
        "{:?}",
        date_ranges(&x)
    );
}

#[test]
fn kuai_after_a_noun_counts_pieces() {
    let t = "派出所近期破获系列盗窃案，追回被盗电瓶17块，另查获手表3块。";
    let x = extract(t, &Options::default());
    assert!(x.money.is_empty(), "{:?}", x.money);
    let counts: Vec<(&str, &str)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.unit.as_str()))
        .collect();
    assert_eq!(counts, [("17块", "块"), ("3块", "块")]);
    // with a price, or after spending, 块 is the yuan
    let t = "大妈说，她花了12块买了两斤韭菜，西红柿每斤4块，一碗面也要15块，最便宜的才5块。";
    let x = extract(t, &Options::default());
    let money: Vec<(&str, f64)> = x
        .money
        .iter()
        .map(|m| (m.text.as_str(), m.amount))
        .collect();
    assert_eq!(
        money,
        [("12块", 12.0), ("4块", 4.0), ("15块", 15.0), ("5块", 5.0)]
    );
}

#[test]
fn the_subject_of_a_comparison_is_what_is_counted() {
    let t = "全县新开工项目比上月增加9个。新登记企业较去年同期增加860户，比上月减少40户。二手房成交量环比增加230套。";
    let x = extract(t, &with_reference("2024-06-10"));
    let got: Vec<(&str, Option<&str>)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.subject.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("9个", Some("全县新开工项目")),
            ("860户", Some("新登记企业")),
            ("40户", None),
            ("230套", Some("二手房成交量")),
        ]
    );
}

#[test]
fn a_recurring_time_binds_to_no_date() {
    let t = "博物馆新馆于7月2日开馆。新馆每日上午9:00至下午5:00开放，每周一闭馆，逢周六晚上7点加开夜场；每周二至周五上午10时有免费讲解。7月6日下午3时举行首场讲座。";
    let x = extract(t, &with_reference("2024-06-10"));
    assert_eq!(
        date_ranges(&x),
        [
            ("7月2日", "2024-07-02", None),
            ("上午9:00至下午5:00", "T09:00", Some("T17:00")),
            ("周六晚上7点", "T19", None),
            ("周二至周五上午10时", "T10", None),
            ("7月6日下午3时", "2024-07-06T15", None),
        ]
    );
    // a yearly day keeps its month and day, with no year
    let x = extract(
        "每年9月1日开学，今年9月1日是周日。",
        &with_reference("2024-06-10"),
    );
    assert_eq!(date_ranges(&x)[0], ("9月1日", "--09-01", None));
}

#[test]
fn a_bare_day_after_a_written_day_is_in_its_month() {
    let t = "据市气象台预报，4月27日至28日本市多云；29日起有一次明显降雨过程。";
    let x = extract(t, &with_reference("2024-06-10"));
    assert!(
        date_ranges(&x).contains(&("29日", "2024-04-29", None)),
        "{:?}",
        date_ranges(&x)
    );
    // after 今天 (no month written), a bare day is read as before
    let t = "今天上午，专家组抵达现场。8日，首批物资已运抵灾区。";
    let x = extract(t, &with_reference("2024-06-10"));
    assert!(
        date_ranges(&x).contains(&("8日", "2024-06-08", None)),
        "{:?}",
        date_ranges(&x)
    );
}
