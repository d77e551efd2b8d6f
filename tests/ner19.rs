//! Session 19: organisation names that ran over a verb or a person, heads read inside
//! common words, ordinals and league letters taken into a name, names cut short.

use zhextract::{extract, Extraction, Options};

fn run(s: &str) -> Extraction {
    extract(s, &Options::default())
}

fn orgs(s: &str) -> Vec<String> {
    run(s).organizations.into_iter().map(|e| e.name).collect()
}

fn people(s: &str) -> Vec<String> {
    run(s).people.into_iter().map(|e| e.name).collect()
}

#[test]
fn a_name_stops_at_a_verb_of_place() {
    let s = "慕尼黑国际会展中心地处欧洲交通枢纽中心，每年举办上百场展会。";
    let o = orgs(s);
    assert!(o.iter().all(|n| !n.contains("地处")), "{o:?}");
}

#[test]
fn an_appointment_names_the_person_and_the_body_apart() {
    let s = "会议决定，任命周敏为市卫生健康委员会主任。";
    assert_eq!(orgs(s), ["市卫生健康委员会"]);
    assert_eq!(people(s), ["周敏"]);
}

#[test]
fn an_acting_minister_is_no_ministry() {
    let o = orgs("去年他被任命为财政部代理部长，今年正式获得任命。");
    assert!(o.iter().all(|n| n != "代理部"), "{o:?}");
    assert!(o.iter().any(|n| n == "财政部"), "{o:?}");
}

#[test]
fn a_league_letter_starts_no_club() {
    let o = orgs("本赛季共有两支甲Ｂ球队和三家甲Ｂ俱乐部提出申请。");
    assert!(o.is_empty(), "{o:?}");
}

#[test]
fn an_ordinal_before_a_cup_counts_the_cup() {
    let o = orgs("第五届足协杯决赛将于下月在成都举行。");
    assert_eq!(o, ["足协"]);
}

#[test]
fn common_nouns_are_no_organisations() {
    for s in [
        "他的新作受到读者和同行的好评。",
        "越南党政军各界代表出席了纪念活动。",
        "学校每学期召开一次家长会。",
        "来自高校院所的二十多位专家参加论证。",
        "三家企业组成联合体参与投标。",
        "这种蛋白会影响水稻的抗旱能力。",
        "她没有去特殊学校，而是在普通学校读完了初中。",
        "我国驻外商会代表参加了洽谈。",
        "青年干部要在实践中建功立业。",
    ] {
        let o = orgs(s);
        assert!(o.is_empty(), "{s}: {o:?}");
    }
}

#[test]
fn a_named_consortium_is_one() {
    let o = orgs("该卫星由中国航天保险联合体承保。");
    assert_eq!(o, ["中国航天保险联合体"]);
}

#[test]
fn a_school_of_two_fields_is_named_whole() {
    let o = orgs("计算机科学与技术学院院长李明介绍了新专业的情况。");
    assert_eq!(o, ["计算机科学与技术学院"]);
}

#[test]
fn a_trade_name_in_single_chars_before_a_group() {
    let o = orgs("去年，三毛集团的销售收入增长了两成。");
    assert_eq!(o, ["三毛集团"]);
    // a broken verb and its object is no trade name
    for s in [
        "警方打掉一个跨国贩毒集团。",
        "有的传销公司以高额回报为诱饵。",
    ] {
        let o = orgs(s);
        assert!(o.is_empty(), "{s}: {o:?}");
    }
}

#[test]
fn a_head_before_a_name_is_apart() {
    let o = orgs("全美第三大银行美洲银行宣布裁员。");
    assert!(o.iter().all(|n| !n.starts_with("银行")), "{o:?}");
    let o = orgs("这一方案须报国务院批准。");
    assert_eq!(o, ["国务院"]);
}
