//! Numerals, money, quantities and dates through the public API: what callers of
//! `extract` see, in the units they ask for, on text of our own making.

use std::time::Instant;
use zhextract::{extract, Extraction, OffsetUnit, Options, QuantityKind};
mod common;
use common::{date_ranges, with_reference};

/// The dates found: text and value.
fn date_values(x: &Extraction) -> Vec<(&str, &str)> {
    x.dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_str()))
        .collect()
}

#[test]
fn money_in_running_text() {
    let t = "该项目总投资约3.5亿元，其中企业出资1万-5万元不等，另有两到三万港元捐款、3000多欧元和¥120。";
    let x = extract(t, &Options::default());
    let got: Vec<(f64, Option<f64>, &str, bool)> = x
        .money
        .iter()
        .map(|m| (m.amount, m.amount_max, m.currency.as_str(), m.approximate))
        .collect();
    assert_eq!(
        got,
        vec![
            (3.5e8, None, "CNY", true),
            (1e4, Some(5e4), "CNY", true),
            (2e4, Some(3e4), "HKD", true),
            (3000.0, Some(4000.0), "EUR", true),
            (120.0, None, "CNY", false),
        ]
    );
}

#[test]
fn traditional_text_and_spoken_forms() {
    let x = extract("港幣兩千九百六十元，另付十块三毛。", &Options::default());
    assert_eq!(x.money.len(), 2);
    assert_eq!(
        (x.money[0].amount, x.money[0].currency.as_str()),
        (2960.0, "HKD")
    );
    assert!((x.money[1].amount - 10.3).abs() < 1e-9);
}

#[test]
fn money_is_not_a_count_and_years_are_not_quantities() {
    let x = extract(
        "2024年，公司投入1830万元，完成帮扶项目15个，增长30%。",
        &Options::default(),
    );
    assert_eq!(x.money.len(), 1);
    assert_eq!(x.dates.len(), 1);
    let q: Vec<(&str, QuantityKind)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.kind))
        .collect();
    assert_eq!(
        q,
        vec![
            ("15个", QuantityKind::Count),
            ("30%", QuantityKind::Percent)
        ]
    );
    assert_eq!(x.quantities[0].subject.as_deref(), Some("帮扶项目"));
}

#[test]
fn hedged_counts_and_measures_are_approximate_as_money_is() {
    let x = extract(
        "展会吸引约400家企业参展，成交额下跌近一成。最近3年，纽约15℃以上的日子增多，6个月共节约180万元。第三届大会有近800人参加。",
        &Options::default(),
    );
    let q: Vec<(&str, bool)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.approximate))
        .collect();
    assert_eq!(
        q,
        [
            ("400家", true),
            ("一成", true),
            ("3年", false),
            ("15℃", true),
            ("6个月", false),
            ("第三届", false),
            ("800人", true)
        ]
    );
    assert_eq!(x.money.len(), 1);
    assert!(!x.money[0].approximate, "节约 is no hedge: {:?}", x.money);
}

#[test]
fn office_hours_under_a_label_recur_and_name_no_day() {
    let x = extract(
        "咨询电话：0769-12366，工作时间为周一至周五上午8:30-12:00，下午14:00-17:30。展览开放时间为5月1日至10月7日。",
        &with_reference("2026-12-03"),
    );
    let v: Vec<(&str, Option<&str>)> = x
        .dates
        .iter()
        .map(|d| (d.value.as_str(), d.end_value.as_deref()))
        .collect();
    assert_eq!(
        v,
        [
            // (one range since session 20: 周一至周五上午8:30-12:00)
            ("T08:30", Some("T12:00")),
            ("T14:00", Some("T17:30")),
            ("2026-05-01", Some("2026-10-07"))
        ]
    );
}

#[test]
fn spans_point_into_the_input_in_every_unit() {
    // An astral character before the figures shifts UTF-16 and char offsets apart.
    let t = "𠀀据报道，1月22日投入1830万元。";
    for unit in [OffsetUnit::Utf16, OffsetUnit::Char, OffsetUnit::Byte] {
        let x = extract(
            t,
            &Options {
                offsets: unit,
                ..Options::default()
            },
        );
        let slice = |s: usize, e: usize| -> String {
            match unit {
                OffsetUnit::Byte => t[s..e].to_string(),
                OffsetUnit::Char => t.chars().skip(s).take(e - s).collect(),
                OffsetUnit::Utf16 => {
                    String::from_utf16(&t.encode_utf16().collect::<Vec<_>>()[s..e]).unwrap()
                }
            }
        };
        assert_eq!(slice(x.dates[0].start, x.dates[0].end), "1月22日");
        assert_eq!(slice(x.money[0].start, x.money[0].end), "1830万元");
    }
}

#[test]
fn relative_dates_resolve_against_the_reference() {
    let x = extract(
        "昨天，市政府召开会议。今年一季度，去年12月28日，上周三，近日。",
        &with_reference("2025-03-05"),
    );
    let got: Vec<(&str, &str, Option<&str>, bool)> = x
        .dates
        .iter()
        .map(|d| {
            (
                d.text.as_str(),
                d.value.as_str(),
                d.end_value.as_deref(),
                d.relative,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("昨天", "2025-03-04", None, true),
            ("今年一季度", "2025-01", Some("2025-03"), true),
            ("去年12月28日", "2024-12-28", None, true),
            ("上周三", "2025-02-26", None, true),
        ]
    );
}

#[test]
fn holidays_and_lunar_dates_resolve_in_their_year() {
    let t = "今年春节期间，全市接待游客120万人次。去年中秋节晚上8点，农历八月十五，2023年除夕，國慶節前夕，五一假期，8号晚上9点。";
    let x = extract(t, &with_reference("2024-03-01"));
    let got = date_values(&x);
    assert_eq!(
        got,
        vec![
            ("今年春节", "2024-02-10"),
            ("去年中秋节晚上8点", "2023-09-29T20"),
            // A year written earlier in the paragraph (去年) carries on.
            ("农历八月十五", "2023-09-29"),
            ("2023年除夕", "2023-01-21"),
            ("國慶節", "2023-10-01"),
            ("五一", "2023-05-01"),
            ("8号晚上9点", "2024-03-08T21"),
        ]
    );
    // Words that hold a festival's name are not festivals.
    for t in [
        "五一路上车多",
        "其中秋粮增产",
        "公司成立夏令营",
        "政治清明",
        "吃元宵",
        "二十一期间",
        "真正月薪",
    ] {
        assert!(
            extract(t, &with_reference("2024-03-01")).dates.is_empty(),
            "{t}"
        );
    }
    // (十一五期间 is the eleventh five-year plan's years, not 十一 the National Day)
    let x = extract("十一五期间", &with_reference("2024-03-01"));
    assert_eq!(date_ranges(&x), vec![("十一五", "2006", Some("2010"))]);
}

#[test]
fn a_yearless_range_is_placed_by_its_end() {
    // figures for January to October published late in November are this year's: the
    // start alone (1月) falls in the news window's next January
    let t = "1至10月，全市社会消费品零售总额同比增长4.1%。12月28日至1月3日，景区实行预约入园。";
    let x = extract(t, &with_reference("2024-11-28"));
    assert_eq!(
        date_ranges(&x),
        vec![
            ("1至10月", "2024-01", Some("2024-10")),
            ("12月28日至1月3日", "2024-12-28", Some("2025-01-03")),
        ]
    );
    assert!(x.dates.iter().all(|d| d.year_inferred));
    // the same in early January: the range across the new year stays put
    let x = extract(t, &with_reference("2025-01-02"));
    assert_eq!(
        date_ranges(&x)[1],
        ("12月28日至1月3日", "2024-12-28", Some("2025-01-03"))
    );
}

#[test]
fn quarters_without_a_year_are_this_years() {
    let t = "公司前三季度营收增长12%，其中第三季度增长8%；连续三季度盈利。四季度末完工。";
    let x = extract(t, &with_reference("2024-11-01"));
    assert_eq!(
        date_ranges(&x),
        vec![
            ("前三季度", "2024-01", Some("2024-09")),
            ("第三季度", "2024-07", Some("2024-09")),
            // 连续三季度 is a count of quarters
            ("四季度末", "2024-12", None),
        ]
    );
    // 三季 alone is three seasons, not a quarter
    assert!(extract("一年三季都有鲜花。", &with_reference("2024-11-01"))
        .dates
        .is_empty());
}

#[test]
fn centuries_decades_weeks_of_a_month_and_quarters_are_spans() {
    let t = "上世纪80年代末，厂里只有三台车床；九十年代初期扩建，21世纪初上市。\
             50年代末至60年代初的旧厂房。十月第一个星期一开会，\
             3月第三周复工，本月最后一个周五放假。上季度营收环比增长，本季度末完工。\n2030年代表团来访。";
    let x = extract(t, &with_reference("2024-06-10"));
    let got = date_ranges(&x);
    assert_eq!(
        got,
        vec![
            ("上世纪80年代末", "1987", Some("1989")),
            ("九十年代初期", "1990", Some("1992")),
            ("21世纪初", "2000", Some("2019")),
            ("50年代末至60年代初", "1957", Some("1962")),
            // A month more than three months after the reference is last year's (news).
            ("十月第一个星期一", "2023-10-02", None),
            // Weeks of a month count from its first Monday.
            ("3月第三周", "2024-03-18", Some("2024-03-24")),
            ("本月最后一个周五", "2024-06-28", None),
            ("上季度", "2024-01", Some("2024-03")),
            ("本季度末", "2024-06", None),
            // 年代表团: a delegation of that year, not the 2030s.
            ("2030年", "2030", None),
        ]
    );
    // 上世纪 needs the year of the document; a written century does not.
    let x = extract("上世纪80年代，18世纪", &Options::default());
    let got: Vec<(&str, Option<&str>, bool)> = x
        .dates
        .iter()
        .map(|d| (d.value.as_str(), d.end_value.as_deref(), d.relative))
        .collect();
    assert_eq!(got, vec![("", None, true), ("1700", Some("1799"), false)]);
}

#[test]
fn a_day_written_inside_today_or_yesterday() {
    // Taiwanese news style: 今（5）日 is the 5th, 昨(4)日 the 4th.
    let x = extract(
        "院長今（5）日出席院會，部長昨(4)日表示支持。",
        &with_reference("2024-11-05"),
    );
    let got = date_values(&x);
    assert_eq!(
        got,
        vec![("今（5）日", "2024-11-05"), ("昨(4)日", "2024-11-04")]
    );
}

#[test]
fn that_day_the_next_day_and_times_take_the_day_the_text_named() {
    let t = "5月3日20时，航班从北京起飞，次日05:40抵达。当天下午3时许，代表团出席欢迎仪式。\n\
             记者会定于3日晚8点至次日凌晨2点举行。6月1日0时至24时，新增病例3例。\n\
             这种做法相当天真，这次日本之行不可同日而语。当日本队进球时，同日元升值，当晚会开始。";
    let x = extract(t, &with_reference("2024-06-10"));
    let got = date_ranges(&x);
    assert_eq!(
        got,
        vec![
            ("5月3日20时", "2024-05-03T20", None),
            ("次日05:40", "2024-05-04T05:40", None),
            // 当天 is the last day named (the 4th), and 下午3时 with it
            ("当天下午3时许", "2024-05-04T15", None),
            (
                "3日晚8点至次日凌晨2点",
                "2024-06-03T20",
                Some("2024-06-04T02")
            ),
            // 24时 is the next day's 0时
            ("6月1日0时至24时", "2024-06-01T00", Some("2024-06-02T00")),
        ]
    );
    assert!(x
        .dates
        .iter()
        .filter(|d| d.text.contains("次日"))
        .all(|d| d.relative));
}

#[test]
fn a_time_alone_is_on_the_day_of_its_paragraph_and_hour_ranges_have_two_ends() {
    let t = "6月5日，市里召开会议。下午3时，会议结束。\n下午4时，记者离开。明天下午七八点有雨，大前天晚上9~11点停电。";
    let x = extract(t, &with_reference("2024-06-10"));
    let got = date_ranges(&x);
    assert_eq!(
        got,
        vec![
            ("6月5日", "2024-06-05", None),
            ("下午3时", "2024-06-05T15", None),
            // another paragraph: the reference day
            ("下午4时", "2024-06-10T16", None),
            ("明天下午七八点", "2024-06-11T19", Some("2024-06-11T20")),
            ("大前天晚上9~11点", "2024-06-07T21", Some("2024-06-07T23")),
        ]
    );
    // Without a reference, 当天 before any day has no value, and 次日 after 3日 is the 4th.
    let x = extract("活动当天，3日上午开幕，次日闭幕。", &Options::default());
    let got = date_values(&x);
    assert_eq!(
        got,
        vec![("当天", ""), ("3日上午", "---03"), ("次日", "---04")]
    );
}

#[test]
fn days_listed_after_a_date_take_its_month_and_year() {
    let x = extract(
        "9月10日、11日和12日，大会召开；5月28日、6月1日和3日，又举行三场。",
        &with_reference("2024-06-10"),
    );
    let got = date_values(&x);
    assert_eq!(
        got,
        vec![
            ("9月10日", "2024-09-10"),
            // 9月11日 is past the News window's edge alone, but listed with 9月10日
            ("11日", "2024-09-11"),
            ("12日", "2024-09-12"),
            ("5月28日", "2024-05-28"),
            ("6月1日", "2024-06-01"),
            ("3日", "2024-06-03"),
        ]
    );
    // 号 after a dated day needs no month of its own; without a reference the month stays
    let x = extract("9月10号，11号，12号都有演出。", &Options::default());
    let got: Vec<&str> = x.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(got, ["--09-10", "--09-11", "--09-12"]);
}

#[test]
fn seasons_and_fiscal_years_across_two_years_are_ranges() {
    let x = extract(
        "2024-25赛季中超联赛、2023/24学年和1999-00财年的报告；2024-26赛季不是。",
        &Options::default(),
    );
    assert_eq!(
        date_ranges(&x),
        vec![
            ("2024-25赛季", "2024", Some("2025")),
            ("2023/24学年", "2023", Some("2024")),
            ("1999-00财年", "1999", Some("2000")),
        ]
    );
}

#[test]
fn a_half_year_alone_takes_the_year_in_view() {
    let x = extract(
        "2023年营收增长，上半年尤其明显。\n今年6月中下旬，上半年收官。",
        &with_reference("2024-07-01"),
    );
    let got = date_ranges(&x);
    assert_eq!(
        got,
        vec![
            ("2023年", "2023", None),
            ("上半年", "2023-01", Some("2023-06")),
            ("今年6月中下旬", "2024-06-11", Some("2024-06-30")),
            ("上半年", "2024-01", Some("2024-06")),
        ]
    );
}

#[test]
fn a_bare_yuan_in_taiwan_and_hong_kong_text_is_the_local_dollar() {
    let cur = |t: &str| {
        extract(t, &Options::default())
            .money
            .iter()
            .map(|m| m.currency.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cur("政府將編列新台幣1,200億元預算，台積電營收達7596億元。"),
        vec!["TWD", "TWD"]
    );
    assert_eq!(
        cur("政府向市民發放5000港元消費券，總額約100億元。"),
        vec!["HKD", "HKD"]
    );
    // simplified text keeps 元 for CNY: mainland reports quote 港元 share prices
    assert_eq!(
        cur("腾讯控股收报380港元，营收1000亿元。"),
        vec!["HKD", "CNY"]
    );
}

#[test]
fn ordinals_of_minutes_games_and_sets() {
    let x = extract(
        "萨拉赫第78分钟破门，第三局比赛和第2盘都很激烈。",
        &Options::default(),
    );
    let got: Vec<(&str, &str)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.unit.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![("第78分钟", "分钟"), ("第三局", "局"), ("第2盘", "盘")]
    );
}

#[test]
fn without_a_reference_relative_dates_keep_no_value() {
    let x = extract("昨天，上周三，3月5日", &Options::default());
    let got: Vec<&str> = x.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(got, vec!["", "", "--03-05"]);
}

#[test]
fn year_inferred_from_a_recap_of_the_past_year() {
    // The same shape as the seed, on other years: a January meeting recapping 2022.
    let t = "1月18日，公司召开年度总结会。\n会上，代表们回顾了2022年取得的成绩，以及今年的工作打算。\n2022年，公司完成项目20个。";
    let x = extract(t, &Options::default());
    assert_eq!(
        (x.dates[0].value.as_str(), x.dates[0].year_inferred),
        ("2023-01-18", true)
    );
    // A reference date overrides the text.
    let x = extract(t, &with_reference("2030-01-20"));
    assert_eq!(x.dates[0].value, "2030-01-18");
}

#[test]
fn numbers_inside_words_are_left_alone() {
    let x = extract(
        "统一思想，一些问题，万一出事，一致同意，奋战在一线，十分重要，三农工作。",
        &Options::default(),
    );
    assert!(
        x.money.is_empty() && x.quantities.is_empty() && x.dates.is_empty(),
        "{:?} {:?} {:?}",
        x.money,
        x.quantities,
        x.dates
    );
}

#[test]
fn never_panics_and_stays_linear_on_hostile_input() {
    let pieces = [
        "1",
        "一",
        "亿",
        "万",
        "年",
        "月",
        "日",
        "元",
        "至",
        "-",
        "%",
        "第",
        "点",
        "·",
        "．",
        ",",
        "分之",
        "百分之",
        "零",
        "〇",
        "两",
        "多",
        "（",
        "）",
        "𠀀",
        "\u{0}",
        "\u{FFFD}",
        " ",
        "\n",
        "上周",
        "今年",
        "¥",
        "$",
    ];
    // Every pair, and long runs of each piece.
    let mut t = String::new();
    for a in pieces {
        for b in pieces {
            t.push_str(a);
            t.push_str(b);
        }
    }
    let _ = extract(&t, &Options::default());
    // Long runs go straight to the figures extractors (the repair stage is not theirs to
    // time): each must stay linear.
    let options = with_reference("2025-01-01");
    let figures = |text: &str| {
        let clean = zhextract::text::Cleaned {
            text: text.to_string(),
            fold: text.to_string(),
            ..Default::default()
        };
        let doc = zhextract::layout::Doc::new(&clean, &options);
        let _ = zhextract::extract::dates::find(&doc);
        let _ = zhextract::extract::money::find(&doc);
        let _ = zhextract::extract::quantities::find(&doc);
    };
    let start = Instant::now();
    for p in pieces {
        figures(&p.repeat(60_000 / p.len().max(1)));
    }
    figures(&("一亿".repeat(10_000) + &"1,".repeat(20_000) + &"今年2024年，".repeat(5_000)));
    assert!(
        start.elapsed().as_secs_f64() < 20.0,
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn years_of_the_republic_of_china() {
    let x = extract(
        "民國113年12月1日起，新制上路。中華民國112年度預算已通過。民国三十八年他去了台湾。",
        &with_reference("2024-12-02"),
    );
    assert_eq!(
        date_values(&x),
        vec![
            ("民國113年12月1日", "2024-12-01"),
            ("中華民國112年度", "2023"),
            ("民国三十八年", "1949"),
        ]
    );
    // no count of years among the quantities
    assert!(x.quantities.is_empty(), "{:?}", x.quantities);
    // a three-digit year before a month in Taiwan's news, without 民國
    let x = extract("113年1月1日起施行。", &with_reference("2024-12-02"));
    assert_eq!(date_values(&x), vec![("113年1月1日", "2024-01-01")]);
    // a two-digit year alone is still this century's or the last
    let x = extract("98年3月开始施工。", &with_reference("2024-12-02"));
    assert_eq!(date_values(&x), vec![("98年3月", "1998-03")]);
}

#[test]
fn a_range_whose_left_end_has_an_aside_in_brackets() {
    let x = extract(
        "春节自1月28日（农历除夕）至2月4日放假调休，共8天。会议于3月5日（周三）至3月11日举行。1月22日（星期三）开幕。",
        &with_reference("2024-12-20"),
    );
    assert_eq!(
        date_ranges(&x),
        vec![
            ("春节", "2025-01-29", None),
            (
                "1月28日（农历除夕）至2月4日",
                "2025-01-28",
                Some("2025-02-04")
            ),
            ("3月5日（周三）至3月11日", "2025-03-05", Some("2025-03-11")),
            ("1月22日（星期三）", "2025-01-22", None),
        ]
    );
}

#[test]
fn ranges_of_counts_and_measures_and_exact_decimals_times_units() {
    let x = extract(
        "参会者30-50人，观众3万至5万人，志愿者3-5万人，全长10~20公里，每年5到8次。比分3-1，共5人。",
        &Options::default(),
    );
    let q: Vec<(&str, f64, Option<f64>)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.value, q.value_max))
        .collect();
    assert_eq!(
        q,
        vec![
            ("30-50人", 30.0, Some(50.0)),
            ("3万至5万人", 30_000.0, Some(50_000.0)),
            // the left end takes the right's multiplier
            ("3-5万人", 30_000.0, Some(50_000.0)),
            ("10~20公里", 10.0, Some(20.0)),
            ("5到8次", 5.0, Some(8.0)),
            // a score has no unit after it
            ("5人", 5.0, None),
        ]
    );
    // 2.3 has no exact binary form: 2.3亿 is still 230,000,000
    let x = extract(
        "约合2.3亿美元，二点三亿元，156.3亿元，3.14159万元。",
        &Options::default(),
    );
    let m: Vec<f64> = x.money.iter().map(|m| m.amount).collect();
    assert_eq!(
        m,
        vec![230_000_000.0, 230_000_000.0, 15_630_000_000.0, 31_415.9]
    );
}

#[test]
fn relative_days_speak_from_the_datelines_day() {
    // read on the 10th, filed on the 6th: 今天 is the 6th, 明天 the 7th
    let r = with_reference("2024-06-10");
    let x = extract(
        "（中央社記者葉素萍台北6日電）行政院會今天通過總預算案，明天送立法院。",
        &r,
    );
    assert_eq!(
        date_values(&x),
        [
            ("6日", "2024-06-06"),
            ("今天", "2024-06-06"),
            ("明天", "2024-06-07")
        ]
    );
    let x = extract("新华社香港6月7日电 美联储下周议息。", &r);
    assert_eq!(
        date_ranges(&x)[1],
        ("下周", "2024-06-10", Some("2024-06-16"))
    );
    // a dateline of last month's 28th, read on the 2nd
    let x = extract(
        "新华社北京28日电 今天上午，会议召开。",
        &with_reference("2024-06-02"),
    );
    assert_eq!(date_values(&x)[1], ("今天上午", "2024-05-28"));
    // a month and day more than a month before the reference date: still the dateline's
    // day (a bare day only within a month); no dateline: the reference date
    let x = extract("新华社北京5月1日电 今天上午，会议召开。", &r);
    assert_eq!(date_values(&x)[1], ("今天上午", "2024-05-01"));
    let x = extract("会议5月6日召开。今天上午，代表们到达。", &r);
    assert_eq!(date_values(&x)[1], ("今天上午", "2024-06-10"));
}

#[test]
fn reached_is_an_exact_figure_and_hedges_stay_approximate() {
    let approx = |t: &str| {
        extract(t, &Options::default())
            .money
            .iter()
            .map(|m| (m.amount, m.approximate))
            .collect::<Vec<_>>()
    };
    // 达到, like 达 and 为, says what the figure reached, not how close it came
    assert_eq!(
        approx("中巴双边贸易额达到1815亿美元。"),
        vec![(1.815e11, false)]
    );
    assert_eq!(approx("贸易额达1815亿美元。"), vec![(1.815e11, false)]);
    assert_eq!(
        approx("去年营收约500亿元，利润近20亿元，投资超过30亿元，捐款逾100万元。"),
        vec![(5e10, true), (2e9, true), (3e9, true), (1e6, true)]
    );
    assert_eq!(
        approx("月薪5000元左右，奖金3000多元，补贴200余元，没有达到1000元。"),
        vec![
            (5000.0, true),
            (3000.0, true),
            (200.0, true),
            (1000.0, false)
        ]
    );
}

#[test]
fn zhao_is_a_trillion_in_money_and_mega_in_measures() {
    let money = |t: &str| {
        extract(t, &Options::default())
            .money
            .into_iter()
            .map(|m| (m.text, m.amount, m.currency, m.approximate))
            .collect::<Vec<_>>()
    };
    let m = |t: &str, v: f64, c: &str, approx: bool| (t.to_string(), v, c.to_string(), approx);
    assert_eq!(
        money("行政院會通過明年度總預算案，歲出規模新台幣2兆8818億元。"),
        vec![m("新台幣2兆8818億元", 2_881_800_000_000.0, "TWD", false)]
    );
    assert_eq!(
        money("台積電市值約23兆元，總預算2.88兆元，歲入1兆1119.4億元。"),
        // (no currency named: a bare 元 is CNY)
        vec![
            m("23兆元", 2.3e13, "CNY", true),
            m("2.88兆元", 2.88e12, "CNY", false),
            m("1兆1119.4億元", 1_111_940_000_000.0, "CNY", false),
        ]
    );
    assert_eq!(
        money("日本政府債務超過1000兆日圓，兩兆三千億元，一兆元的預算。"),
        vec![
            m("1000兆日圓", 1e15, "JPY", true),
            m("兩兆三千億元", 2.3e12, "CNY", false),
            m("一兆元", 1e12, "CNY", false),
        ]
    );
    // 兆 in other senses is no money: a sign, megawatts, a name
    let x = extract(
        "這是經濟好轉的徵兆。風電裝機1200兆瓦。張兆和捐了三百元。",
        &Options::default(),
    );
    assert_eq!(
        x.money.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(),
        vec!["三百元"]
    );
    let q: Vec<(&str, f64, &str)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.value, q.unit.as_str()))
        .collect();
    assert!(q.contains(&("1200兆瓦", 1200.0, "兆瓦")), "{q:?}");
}

#[test]
fn a_bare_yuan_before_the_local_dollar_is_named_is_the_local_dollar() {
    let cur = |t: &str| {
        extract(t, &Options::default())
            .money
            .into_iter()
            .map(|m| (m.text, m.currency))
            .collect::<Vec<_>>()
    };
    let m = |t: &str, c: &str| (t.to_string(), c.to_string());
    // the headline's 元 comes before the body names 新台幣
    assert_eq!(
        cur("總預算歲出2.88兆元創新高\n\n行政院會今天通過明年度總預算案，歲出規模新台幣2兆8818億元，歲入1兆1119.4億元。"),
        vec![
            m("2.88兆元", "TWD"),
            m("新台幣2兆8818億元", "TWD"),
            m("1兆1119.4億元", "TWD"),
        ]
    );
    assert_eq!(
        cur("政府派發100億元消費券。\n\n每名合資格市民可獲5000港元。"),
        vec![m("100億元", "HKD"), m("5000港元", "HKD")]
    );
    // a document that names the renminbi too keeps today's reading: a bare 元 takes the
    // local dollar only after it is named
    assert_eq!(
        cur("公司營收100億元。\n\n股價報30港元，派息人民幣2元，另派0.5元。"),
        vec![
            m("100億元", "CNY"),
            m("30港元", "HKD"),
            m("人民幣2元", "CNY"),
            m("0.5元", "CNY"),
        ]
    );
}

/// The quantities found: text, value, unit.
fn measures(x: &Extraction) -> Vec<(&str, f64, &str)> {
    x.quantities
        .iter()
        .map(|q| (q.text.as_str(), q.value, q.unit.as_str()))
        .collect()
}

#[test]
fn a_count_of_days_is_no_date() {
    let r = with_reference("2024-06-10");
    // after a word of duration, or before 内 / 期间, N日 says how long
    for (t, days) in [
        ("签约期限共30日。", "30日"),
        ("工程历时3日完成。", "3日"),
        ("股价连续5日上涨。", "5日"),
        ("停电长达10日。", "10日"),
        ("期满30日后自动续约。", "30日"),
        ("须在30日内完成整改。", "30日"),
        ("活动30日期间免费开放。", "30日"),
    ] {
        let x = extract(t, &r);
        assert!(x.dates.is_empty(), "{t}: {:?}", date_values(&x));
        let days: f64 = days.trim_end_matches('日').parse().unwrap();
        assert!(
            measures(&x).iter().any(|&(_, v, u)| v == days && u == "日"),
            "{t}: {:?}",
            measures(&x)
        );
    }
    assert!(extract("每30日检查一次。", &r).dates.is_empty());
    // real days of the month stay dates
    for (t, d) in [
        ("3月30日签约。", ("3月30日", "2024-03-30")),
        ("本月30日签约。", ("本月30日", "2024-06-30")),
        ("30日上午签约。", ("30日上午", "2024-05-30")),
        ("双方于30日签约。", ("30日", "2024-05-30")),
        ("展会30日至6月2日举行。", ("30日至6月2日", "2024-05-30")),
        ("自3月30日以来，", ("3月30日", "2024-03-30")),
        // 数 ends 指数 here, not "several" (数日)
        ("恒生指数7日收报18366点。", ("7日", "2024-06-07")),
    ] {
        let x = extract(t, &r);
        assert_eq!(date_values(&x).first(), Some(&d), "{t}");
        assert!(measures(&x).iter().all(|q| q.2 != "日"), "{t}");
    }
    // since or after a day of the month: a date (自28日以来 is since the 28th)
    let x = extract(
        "自28日以来，全市降雨量累计达300毫米。",
        &with_reference("2024-06-10"),
    );
    assert_eq!(date_values(&x), [("28日", "2024-05-28")]);
}

#[test]
fn hours_minutes_and_seconds_are_one_duration() {
    let q = |t: &str| {
        let x = extract(t, &Options::default());
        x.quantities
            .iter()
            .map(|q| (q.text.clone(), q.value, q.unit.clone(), q.kind))
            .collect::<Vec<_>>()
    };
    let m = |t: &str, v: f64, u: &str| (t.to_string(), v, u.to_string(), QuantityKind::Measure);
    // valued in the last unit written, as 48小时 is 48 hours
    assert_eq!(
        q("基普科奇以2小时10分35秒的成绩获得男子全程冠军。"),
        vec![m("2小时10分35秒", 7835.0, "秒")]
    );
    assert_eq!(q("她以1分58秒夺冠。"), vec![m("1分58秒", 118.0, "秒")]);
    assert_eq!(q("航程3小时20分。"), vec![m("3小时20分", 200.0, "分钟")]);
    assert_eq!(
        q("等了两小时十分钟。"),
        vec![m("两小时十分钟", 130.0, "分钟")]
    );
    // 十分 is "very", 3分 a score (a count of points, no duration)
    assert_eq!(q("坐了3小时十分辛苦。"), vec![m("3小时", 3.0, "小时")]);
    assert_eq!(
        q("他得了3分。"),
        vec![(
            "3分".to_string(),
            3.0,
            "分".to_string(),
            QuantityKind::Count
        )]
    );
}

#[test]
fn the_subject_of_a_count_is_the_noun_not_the_verb_around_it() {
    let subject = |t: &str| {
        let x = extract(t, &Options::default());
        let q = x.quantities.first().unwrap_or_else(|| panic!("{t}: none"));
        q.subject.clone()
    };
    for (t, want) in [
        // after the measure word: a dictionary word (补给, not 补 + 给), up to the verb
        ("本届赛事沿途共设置了23个补给站。", "补给站"),
        ("全市共有12条道路出现积水。", "道路"),
        // before the numeral: the verbs around it cut off, the chars the dictionary does
        // not join (住户, 场次, 产能) kept
        ("涉及住户共计312户。", "住户"),
        ("抓获犯罪嫌疑人86名。", "犯罪嫌疑人"),
        ("预计放映场次超过1500场。", "放映场次"),
        ("单卡算力达到每秒512万亿次。", "单卡算力"),
        ("月产能达到4万片。", "月产能"),
        ("参加捐款的日本企业有69家。", "日本企业"),
    ] {
        assert_eq!(subject(t).as_deref(), Some(want), "{t}");
    }
    // the unit of the figure before is no subject
    let x = extract("国务委员由21名减为16名。", &Options::default());
    assert_eq!(x.quantities[1].subject, None);
}

#[test]
fn index_points_and_hong_kong_units_are_measures() {
    let x = extract(
        "恒生指数7日收报18366.95点，上涨91.52点。",
        &with_reference("2024-06-10"),
    );
    assert_eq!(
        measures(&x),
        vec![("18366.95点", 18366.95, "点"), ("91.52点", 91.52, "点")]
    );
    let x = extract("實用面積292平方呎，推出288伙。", &Options::default());
    assert_eq!(
        measures(&x),
        vec![("292平方呎", 292.0, "平方呎"), ("288伙", 288.0, "伙")]
    );
    let x = extract("新建12英寸晶圆厂。", &Options::default());
    assert_eq!(measures(&x), vec![("12英寸", 12.0, "英寸")]);
    // a small whole number before 点 is an hour or a point of a speech
    let x = extract("下午3点开会，提出4点要求。", &Options::default());
    assert!(measures(&x).is_empty(), "{:?}", measures(&x));
}

#[test]
fn a_front_or_back_that_ends_a_word_starts_no_year() {
    let r = with_reference("2024-06-10");
    // 以前年度: previous years; 今后年均: yearly from now on; 此前年产量: the output before
    for t in [
        "移用以前年度歲計賸餘。",
        "今后年均增长5%。",
        "此前年产量不足万吨。",
    ] {
        let x = extract(t, &r);
        assert!(x.dates.is_empty(), "{t}: {:?}", date_values(&x));
    }
    // 从前年, 比前年 are the year before last
    for t in ["从前年开始", "比前年增长两成"] {
        assert_eq!(date_values(&extract(t, &r)), vec![("前年", "2022")], "{t}");
    }
}

#[test]
fn taiwan_and_hong_kong_quarters_and_years_of_the_republic() {
    let r = with_reference("2024-06-10");
    let x = extract("台積電第2季營收創新高，外匯基金首季虧損，上季則獲利。", &r);
    assert_eq!(
        date_ranges(&x),
        vec![
            ("第2季", "2024-04", Some("2024-06")),
            ("首季", "2024-01", Some("2024-03")),
            ("上季", "2024-01", Some("2024-03")),
        ]
    );
    // 113年度 is a fiscal year, 114年 before a verb a year ahead: 1911 + n
    let x = extract("歲出較113年度增加，預計114年量產，工程於113年底完工。", &r);
    assert_eq!(
        date_ranges(&x),
        vec![
            ("113年度", "2024", None),
            ("114年", "2025", None),
            ("113年底", "2024-12", None),
        ]
    );
    // spans stay spans, and a show's season is no quarter
    for t in [
        "這間老店已有100年歷史。",
        "台灣150年來的發展。",
        "《中國好聲音》第2季開播。",
    ] {
        assert!(extract(t, &r).dates.is_empty(), "{t}");
    }
    // in simplified text none of this is read
    let x = extract("台积电第2季营收，100年历史。", &r);
    assert!(x.dates.is_empty(), "{:?}", date_values(&x));
}

#[test]
fn ranges_of_years_of_the_republic() {
    let r = with_reference("2024-06-10");
    // read as 2024年至2026年 is, in Taiwan's text
    let x = extract(
        "行政院核定113年至115年計畫，113至115年間每年投入，110年-112年已完成。",
        &r,
    );
    assert_eq!(
        date_ranges(&x),
        vec![
            ("113年至115年", "2024", Some("2026")),
            ("113至115年", "2024", Some("2026")),
            ("110年-112年", "2021", Some("2023")),
        ]
    );
    assert!(x.quantities.is_empty(), "{:?}", x.quantities);
    let x = extract("計畫期程為民國113年至115年。", &r);
    assert_eq!(
        date_ranges(&x),
        vec![("民國113年至115年", "2024", Some("2026"))]
    );
    // spans stay spans; in simplified text none of this is read
    for t in ["這座廟已有100至120年歷史。", "计划113至115年间投入。"] {
        let x = extract(t, &r);
        assert!(x.dates.is_empty(), "{t}: {:?}", date_values(&x));
    }
}

#[test]
fn a_season_of_hong_kong_sports_is_no_quarter() {
    let r = with_reference("2024-06-10");
    // 上季 / 首季 / 今季 / 本季 among football words are seasons
    for t in [
        "曼聯上季在英超聯賽入球不多，今季表現回勇。",
        "新援首季為球隊射入15球，本季再接再厲。",
        "傑志上季奪得港超聯冠軍。",
        "他在上季的聯賽攻入10球。",
    ] {
        let x = extract(t, &r);
        assert!(x.dates.is_empty(), "{t}: {:?}", date_values(&x));
    }
    // business quarters stay quarters, in a sports article too
    let x = extract(
        "球會公布業績：上季度收入增長，今年首季轉虧，第一季度GDP放緩。外匯基金首季虧損，上季則獲利。",
        &r,
    );
    assert_eq!(
        date_ranges(&x),
        vec![
            ("上季度", "2024-01", Some("2024-03")),
            ("今年首季", "2024-01", Some("2024-03")),
            ("第一季度", "2024-01", Some("2024-03")),
            ("首季", "2024-01", Some("2024-03")),
            ("上季", "2024-01", Some("2024-03")),
        ]
    );
}

/// 陆 is the formal six only among formal numerals: not in a name or a word.
#[test]
fn lu_is_six_only_among_formal_numerals() {
    let x = extract("记者 陆成宽", &with_reference("2024-06-10"));
    assert!(x.quantities.is_empty(), "{:?}", x.quantities);
    let x = extract("登陆时风力12级。", &with_reference("2024-06-10"));
    assert!(x.dates.is_empty(), "{:?}", x.dates);
    let x = extract(
        "金额人民币叁拾陆万元整，另有陆佰元。",
        &with_reference("2024-06-10"),
    );
    let amounts: Vec<f64> = x.money.iter().map(|m| m.amount).collect();
    assert_eq!(amounts, [360000.0, 600.0]);
}

/// A vague day (日前, 近日) has no ISO value: it is not reported.
#[test]
fn vague_days_are_not_reported() {
    let x = extract(
        "金管會主委日前指出，近日，经湖南省委研究。",
        &with_reference("2024-06-10"),
    );
    assert!(x.dates.is_empty(), "{:?}", x.dates);
}

/// A yearless date said to come (定于, 前完成, 将) is up to nine months ahead; a past cue
/// keeps the news window.
#[test]
fn future_cues_pick_the_next_occurrence() {
    let r = with_reference("2024-06-10");
    for (t, v) in [
        ("定于9月11日举行。", "2024-09-11"),
        ("应于9月30日前完成。", "2024-09-30"),
        ("12月份将投入运营。", "2024-12"),
        ("9月11日已举行。", "2023-09-11"),
    ] {
        let x = extract(t, &r);
        assert_eq!(x.dates.len(), 1, "{t}");
        assert_eq!(x.dates[0].value, v, "{t}");
    }
}

/// The quantities found: text, value, unit, subject.
fn quantity_rows(x: &Extraction) -> Vec<(&str, f64, &str, Option<&str>)> {
    x.quantities
        .iter()
        .map(|q| {
            (
                q.text.as_str(),
                q.value,
                q.unit.as_str(),
                q.subject.as_deref(),
            )
        })
        .collect()
}

#[test]
fn first_months_of_a_year_are_spans_to_their_last_month() {
    // 前N月 without 个, 首N个月 (Hong Kong, Taiwan): months 1..N of the year named
    let t = "今年前4月，全省外贸进出口总值增长5.1%。2023年首7個月，本港零售業總銷貨價值上升。\
             去年前11个月，全市完成投资。";
    let x = extract(t, &with_reference("2024-06-10"));
    assert_eq!(
        date_ranges(&x),
        vec![
            ("今年前4月", "2024-01", Some("2024-04")),
            ("2023年首7個月", "2023-01", Some("2023-07")),
            ("去年前11个月", "2023-01", Some("2023-11")),
        ]
    );
    // the months of the span are not also a duration
    assert_eq!(x.quantities.len(), 1, "{:?}", x.quantities);
    // 首 with no year before it is no span (首5个月 of a new hire)
    let x = extract("他入职首5个月便完成任务。", &with_reference("2024-06-10"));
    assert!(x.dates.is_empty(), "{:?}", x.dates);
}

#[test]
fn weather_units_shares_and_counts_of_places_and_trips() {
    let t = "台风中心附近最大风力14级（42米/秒），中心最低气压950百帕。当天PM2.5平均浓度为\
             28微克/立方米。受访者中约7成表示满意，近三分之二认为票价合理，约占全市总量的\
             四分之一。江苏、浙江等5省市率先试点，10万市民参与投票。铁路部门加开临客80班次。";
    let x = extract(t, &with_reference("2024-06-10"));
    let got: Vec<(&str, f64, &str)> = quantity_rows(&x)
        .into_iter()
        .map(|(t, v, u, _)| (t, v, u))
        .collect();
    assert_eq!(
        got,
        vec![
            ("14级", 14.0, "级"),
            ("42米/秒", 42.0, "米/秒"),
            ("950百帕", 950.0, "百帕"),
            ("28微克/立方米", 28.0, "微克/立方米"),
            ("7成", 70.0, "%"),
            ("三分之二", 66.6667, "%"),
            ("四分之一", 25.0, "%"),
            ("5省市", 5.0, "省市"),
            ("10万", 100000.0, ""),
            ("80班次", 80.0, "班次"),
        ]
    );
    assert_eq!(x.quantities[4].kind, QuantityKind::Percent);
    assert_eq!(x.quantities[7].kind, QuantityKind::Count);
    assert_eq!(x.quantities[8].subject.as_deref(), Some("市民"));
    // a round of a contest, a mixed number and a time are no shares
    let x = extract(
        "她闯入四分之一决赛，以一又四分之一子胜出，千分之一秒内切断。",
        &Options::default(),
    );
    assert!(
        x.quantities.iter().all(|q| q.unit != "%"),
        "{:?}",
        x.quantities
    );
}

#[test]
fn a_verb_after_the_measure_word_leaves_the_noun_before_the_numeral() {
    let t = "消防救援人员320人、冲锋舟45艘连夜奔赴灾区，另有发电车18台赶赴现场。\
             2.6万艘渔船回港避风，约5万户居民停水。会上，6名省内乡村振兴干部分别发言。";
    let x = extract(t, &with_reference("2024-06-10"));
    let got: Vec<(&str, Option<&str>)> = quantity_rows(&x)
        .into_iter()
        .map(|(t, _, _, s)| (t, s))
        .collect();
    assert_eq!(
        got,
        vec![
            ("320人", None),
            ("45艘", Some("冲锋舟")),
            ("18台", Some("发电车")),
            ("2.6万艘", Some("渔船")),
            ("5万户", Some("居民")),
            ("6名", Some("省内乡村振兴干部")),
        ]
    );
}

#[test]
fn without_a_reference_a_dateline_is_the_day_relative_words_speak_from() {
    // no reference date and no year anywhere: 今年 has no value (never the machine's
    // clock); 昨天 and 今天 are days of the dateline's month in an unknown year
    let t = "本报上海5月20日电 今天上午，市政府召开发布会。昨天，全市降雨超过50毫米。\
             今年以来，全市共发生暴雨8次。";
    let x = extract(t, &Options::default());
    assert_eq!(
        date_values(&x),
        vec![
            ("5月20日", "--05-20"),
            ("今天上午", "--05-20"),
            ("昨天", "--05-19"),
            ("今年", ""),
        ]
    );
    assert!(x.dates.iter().skip(1).all(|d| d.relative));
    // a year the text gives (去年（2023年）) makes the dateline a full day
    let t = "新华社北京3月12日电 去年（2023年）全国粮食产量再创新高。前天，农业农村部召开会议。";
    let x = extract(t, &Options::default());
    assert!(
        date_values(&x).contains(&("前天", "2024-03-10")),
        "{:?}",
        date_values(&x)
    );
    // 3月1日电: 昨天 is 28 or 29 February, unknown without the year
    let x = extract("本报北京3月1日电 昨天，会议闭幕。", &Options::default());
    assert_eq!(date_values(&x), vec![("3月1日", "--03-01"), ("昨天", "")]);
}

#[test]
fn a_day_word_inside_a_newspaper_name_is_no_date() {
    let x = extract(
        "光明日报记者王明报道，会议明日开幕。",
        &with_reference("2024-06-10"),
    );
    assert_eq!(date_values(&x), [("明日", "2024-06-11")]);
}

#[test]
fn a_lead_that_opens_on_its_day_anchors_the_week() {
    // 2024-06-07 is a Friday: 本周 is its week, 上周 the one before.
    let t = "股市收跌\n\n6月7日，三大指数震荡走低。本周资金净流出，上周则净流入。";
    let x = extract(t, &with_reference("2024-06-10"));
    assert_eq!(
        date_ranges(&x)[1..],
        [
            ("本周", "2024-06-03", Some("2024-06-09")),
            ("上周", "2024-05-27", Some("2024-06-02")),
        ]
    );
}

#[test]
fn seasons_and_school_years_of_one_year() {
    let t = "2024赛季中超联赛开幕，公司2023财年营收增长。113學年度起，111學年度的學費不變。";
    let x = extract(t, &with_reference("2024-06-10"));
    assert_eq!(
        date_values(&x),
        [
            ("2024赛季", "2024"),
            ("2023财年", "2023"),
            ("113學年度", "2024"),
            ("111學年度", "2022"),
        ]
    );
}

#[test]
fn a_bare_yuan_in_hong_kong_text_is_the_hong_kong_dollar() {
    let hk = "香港特區政府今日宣布，九龍城受災住戶每戶可獲發5,000元。";
    let x = extract(hk, &Options::default());
    assert_eq!(x.money[0].currency, "HKD");
    // a mainland report that names Hong Kong keeps the renminbi, and so does Taiwan's text
    let cn = "香港特区政府今日宣布，九龙城受灾住户每户可获发5,000元。";
    assert_eq!(extract(cn, &Options::default()).money[0].currency, "CNY");
    let tw = "台北市政府與香港業者合作，九龍的展覽門票每張500元。";
    assert_eq!(extract(tw, &Options::default()).money[0].currency, "CNY");
}

#[test]
fn units_of_devices_lanes_rates_and_points() {
    let t = "新机采用3nm芯片，屏幕亮度3000尼特，电池5000毫安时，支持100W快充，主摄5000万像素。\
             道路由4车道拓宽为6车道，5部门联合发文，央行降息25个基点。室内照度不低于300勒克斯，\
             样品在40K以下超导。第2學期开始。主队积30分，领先对手4分；他高考得了650分，1分30秒跑完。";
    let x = extract(t, &with_reference("2024-06-10"));
    let got = measures(&x);
    assert_eq!(
        got,
        [
            ("3nm", 3.0, "nm"),
            ("3000尼特", 3000.0, "尼特"),
            ("5000毫安时", 5000.0, "毫安时"),
            ("100W", 100.0, "W"),
            ("5000万像素", 5e7, "像素"),
            ("4车道", 4.0, "车道"),
            ("6车道", 6.0, "车道"),
            ("5部门", 5.0, "部门"),
            ("25个基点", 25.0, "基点"),
            ("300勒克斯", 300.0, "勒克斯"),
            ("40K", 40.0, "K"),
            ("第2學期", 2.0, "學期"),
            ("30分", 30.0, "分"),
            ("4分", 4.0, "分"),
            ("650分", 650.0, "分"),
            ("1分30秒", 90.0, "秒"),
        ]
    );
}

#[test]
fn n_and_more_months_or_hours_have_an_upper_end() {
    let x = extract(
        "工程历时四个多月，会议开了两个多小时，又等了3个半小时。",
        &Options::default(),
    );
    let got: Vec<(&str, f64, Option<f64>)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.value, q.value_max))
        .collect();
    assert_eq!(
        got,
        [
            ("四个多月", 4.0, Some(5.0)),
            ("两个多小时", 2.0, Some(3.0)),
            ("3个半小时", 3.5, None),
        ]
    );
}

#[test]
fn an_older_dateline_anchors_its_bare_days_and_today() {
    // filed in March, read in June: its 19日 and 今天 are March's
    let t = "新华社昆明3月19日电（记者 周磊）记者19日从云南省应急管理厅获悉，截至19日18时，\
             山火过火面积约400公顷。今天上午，扑救工作仍在进行。预计9月完成植被恢复。";
    let x = extract(t, &with_reference("2024-06-10"));
    assert_eq!(
        date_values(&x),
        vec![
            ("3月19日", "2024-03-19"),
            ("19日", "2024-03-19"),
            ("19日18时", "2024-03-19T18"),
            ("今天上午", "2024-03-19"),
            // a month keeps the reading day's window: an April or March article's 9月 is
            // this September, not last year's
            ("9月", "2024-09"),
        ]
    );
}

#[test]
fn a_month_compared_as_the_same_as_last_month() {
    // 与上月持平 / 涨幅与上月相同 compare with April in a May report read in June, and a
    // cumulative 1—5月 reports May
    let t = "统计局发布数据。\n5月份，城镇调查失业率为5.1%，与上月持平。\
             1—5月平均，价格比上年同期上涨0.2%，降幅比上月收窄0.4个百分点；涨幅与上月相同。";
    let x = extract(t, &with_reference("2024-06-10"));
    let months: Vec<&str> = x
        .dates
        .iter()
        .filter(|d| d.text == "上月")
        .map(|d| d.value.as_str())
        .collect();
    assert_eq!(months, vec!["2024-04", "2024-04", "2024-04"]);
}

#[test]
fn ages_in_full_years_and_the_macau_pataca_before_its_amount() {
    let x = extract(
        "报名者须年满18周岁、不超过45周岁；奖金为澳门币50万元，另设澳門元8萬元獎勵。",
        &Options::default(),
    );
    let q: Vec<(&str, f64, &str, QuantityKind)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.value, q.unit.as_str(), q.kind))
        .collect();
    assert_eq!(
        q,
        vec![
            ("18周岁", 18.0, "周岁", QuantityKind::Measure),
            ("45周岁", 45.0, "周岁", QuantityKind::Measure),
        ]
    );
    let m: Vec<(&str, f64, &str)> = x
        .money
        .iter()
        .map(|m| (m.text.as_str(), m.amount, m.currency.as_str()))
        .collect();
    assert_eq!(
        m,
        vec![
            ("澳门币50万元", 500_000.0, "MOP"),
            ("澳門元8萬元", 80_000.0, "MOP")
        ]
    );
}

#[test]
fn a_date_spaced_from_its_numbers_as_pdfs_paste_it() {
    let t = "公司于 2024 年 4 月 26 日披露 2024 年第 1 季度报告，iPhone 15 月销量未计入。";
    let x = extract(t, &with_reference("2024-06-10"));
    assert_eq!(
        date_ranges(&x),
        vec![
            ("2024年4月26日", "2024-04-26", None),
            ("2024年第1季度", "2024-01", Some("2024-03")),
        ]
    );
    // the spans are the pasted text's, spaces included
    let d = &x.dates[0];
    let pasted: String = t.chars().skip(d.start).take(d.end - d.start).collect();
    assert_eq!(pasted, "2024 年 4 月 26 日");
}

#[test]
fn round_amounts_by_their_units_and_a_weekday_with_its_date() {
    let x = extract(
        "年销售额超过百亿元的企业有12家，设立千万元级基金。千万不要轻信。",
        &Options::default(),
    );
    let m: Vec<(&str, f64, bool)> = x
        .money
        .iter()
        .map(|m| (m.text.as_str(), m.amount, m.approximate))
        .collect();
    assert_eq!(m, vec![("百亿元", 1e10, true), ("千万元", 1e7, false)]);
    // read on Monday 6-10, filed on Friday 6-7: 周一 is the Monday in brackets, not the
    // dateline week's
    let x = extract(
        "新华社北京6月7日电 周五，沪指收涨。下周一（6月10日）为端午节，周二（6月12日）开市。",
        &with_reference("2024-06-10"),
    );
    let v = date_values(&x);
    assert!(v.contains(&("下周一", "2024-06-10")), "{v:?}");
    // a weekday that disagrees with its bracket keeps its own reading
    assert!(v.contains(&("周二", "2024-06-04")), "{v:?}");
    let x = extract(
        "新华社北京6月7日电 周五，沪指收涨。周一（6月10日）休市。",
        &with_reference("2024-06-10"),
    );
    assert_eq!(date_values(&x)[2], ("周一", "2024-06-10"));
}
