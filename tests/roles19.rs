//! Roles of session 19, on sentences of our own: ranks written before a title (副, 助理,
//! 常务, 第一), titles that name their own ministry in a 、 list, court and discipline
//! titles, Hong Kong's secretaries and bureau heads, and the span of a surname + title.

mod common;
use common::{person, roles, run};
use zhextract::Extraction;

fn has(x: &Extraction, name: &str, title: &str, org: Option<&str>) -> bool {
    roles(x, name)
        .iter()
        .any(|(t, o)| t == title && o.as_deref() == org)
}

#[test]
fn a_rank_before_a_title_is_part_of_it() {
    let x = run(
        "美国副国务卿坎贝尔当天抵达北京。球队助理教练郑立明表示，队员们状态不错。\
                 民盟中央常务副主席何振华出席会议。",
    );
    assert!(
        has(&x, "坎贝尔", "副国务卿", Some("美国")),
        "{:?}",
        roles(&x, "坎贝尔")
    );
    assert!(
        has(&x, "郑立明", "助理教练", None),
        "{:?}",
        roles(&x, "郑立明")
    );
    assert!(
        roles(&x, "何振华").iter().any(|(t, _)| t == "常务副主席"),
        "{:?}",
        roles(&x, "何振华")
    );
}

#[test]
fn a_minister_named_by_the_title_takes_no_body_of_the_list() {
    let x = run("中共中央政治局委员、外交部长王毅会见了来访客人。\
                 俄罗斯总统普京、外交部长拉夫罗夫出席了欢迎仪式。");
    assert!(
        has(&x, "王毅", "委员", Some("中共中央政治局")),
        "{:?}",
        roles(&x, "王毅")
    );
    assert!(
        !has(&x, "王毅", "外交部长", Some("中共中央政治局")),
        "{:?}",
        roles(&x, "王毅")
    );
    // a country before the list still heads it
    assert!(
        has(&x, "拉夫罗夫", "外交部长", Some("俄罗斯")),
        "{:?}",
        roles(&x, "拉夫罗夫")
    );
}

#[test]
fn a_title_after_a_name_before_the_list_is_that_ones() {
    let x = run("到码头迎接的有海军副司令员孙志强中将、海军副参谋长高建国少将等。");
    let gao = roles(&x, "高建国");
    assert!(!gao.iter().any(|(t, _)| t == "中将"), "{gao:?}");
    assert!(has(&x, "高建国", "副参谋长", Some("海军")), "{gao:?}");
}

#[test]
fn court_and_discipline_titles() {
    let x = run(
        "本案由审判长周海燕、审判员陈立和人民陪审员许桂兰组成合议庭，\
                 区人民检察院指派检察员罗斌出庭。市水务局原党组成员、副局长吴某某被立案审查。\
                 市公安局督察长黄振宇参加会议。",
    );
    assert!(
        has(&x, "许桂兰", "人民陪审员", None),
        "{:?}",
        roles(&x, "许桂兰")
    );
    // (the name before 和 and a title ends before 和)
    assert!(has(&x, "陈立", "审判员", None), "{:?}", roles(&x, "陈立"));
    assert!(has(&x, "罗斌", "检察员", None), "{:?}", roles(&x, "罗斌"));
    assert!(
        roles(&x, "吴某某").iter().any(|(t, _)| t.ends_with("党组成员")),
        "{:?}",
        roles(&x, "吴某某")
    );
    assert!(
        has(&x, "黄振宇", "督察长", Some("市公安局")),
        "{:?}",
        roles(&x, "黄振宇")
    );
}

#[test]
fn hong_kong_secretaries_head_their_bureau() {
    let x = run("政務司司長陳國基今日表示，政府會盡快處理。\
                 律政司司長林定國及保安局局長鄧炳強亦有出席。");
    assert!(
        has(&x, "陳國基", "司長", Some("政務司")),
        "{:?}",
        roles(&x, "陳國基")
    );
    assert!(
        has(&x, "林定國", "司長", Some("律政司")),
        "{:?}",
        roles(&x, "林定國")
    );
    assert!(
        has(&x, "鄧炳強", "局長", Some("保安局")),
        "{:?}",
        roles(&x, "鄧炳強")
    );
}

#[test]
fn a_surname_and_a_title_mentions_the_surname() {
    let t = "江南理工大学校长任明远出席毕业典礼。任校长在致辞中勉励毕业生勇于担当。";
    let x = run(t);
    let p = person(&x, "任明远");
    let later: Vec<&str> = p
        .mentions
        .iter()
        .filter(|m| m.start > t.find('。').unwrap())
        .map(|m| &t[m.start..m.end])
        .collect();
    assert_eq!(later, ["任"], "{:?}", p.mentions);
}

#[test]
fn an_appointed_name_is_no_part_of_the_body() {
    let x = run("会议决定任命罗佳为市人民检察院检察员、检察委员会委员。");
    assert!(
        has(&x, "罗佳", "检察员", Some("市人民检察院")),
        "{:?}",
        roles(&x, "罗佳")
    );
    assert!(
        !x.organizations.iter().any(|o| o.name.contains("任命")),
        "{:?}",
        x.organizations
    );
}
