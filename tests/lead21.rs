//! Session 21's audit of whole articles (a trade fair, a typhoon warning, new-energy cars in
//! the countryside, an author's talk): one test per general rule.

mod common;
use common::run;


/// Words of present-day news (台风, 下乡, 车企, 预估) are words: cut apart, their pieces
/// made an organisation of 海上台 (台 as in 电视台), of 预估台风中心 (中心), and a township
/// of 汽车下乡 (乡).
#[test]
fn news_words_are_not_cut_into_entities() {
    for text in [
        "中央气象署今日上午发布轻度台风海上台风警报，预估台风中心明日清晨最接近台湾东南部海面。",
        "中央氣象署今日上午發布輕度颱風海上颱風警報，預估颱風中心明日清晨最接近台灣東南部海面。",
    ] {
        let x = run(text);
        let orgs: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
        assert!(orgs.iter().all(|o| o.contains("气象署") || o.contains("氣象署")), "{orgs:?}");
    }
    let x = run("全国已有26个省份出台新能源汽车下乡配套政策，多家车企联合经销商推出补贴。");
    let places: Vec<&str> = x.locations.iter().map(|l| l.name.as_str()).collect();
    assert!(places.is_empty(), "{places:?}");
}

/// 十二时辰 (the day's twelve two-hour periods, in the title 《长安十二时辰》) is no time of
/// day; 3日十二时 still is.
#[test]
fn twelve_double_hours_are_no_time() {
    let x = run("由其作品改编的电视剧《长安十二时辰》曾获提名，剧中一天十二时辰都有戏。");
    assert!(x.dates.is_empty(), "{:?}", x.dates.iter().map(|d| &d.text).collect::<Vec<_>>());
    let x = run("会议于3日十二时开始。");
    assert_eq!(x.dates.len(), 1);
}

/// Market words (净买入, 全天) are words: 全天净 is no person.
#[test]
fn market_words_are_no_names() {
    let x = run("北向资金全天净买入56.7亿元，主力资金净流出12亿元。");
    assert!(x.people.is_empty(), "{:?}", x.people.iter().map(|p| &p.name).collect::<Vec<_>>());
    assert_eq!(x.money.len(), 2);
}
