//! Session 26's organisation rules on present-day news: a group's holding company with
//! （集团） in its name, an institute written right after its academy (one body, as the
//! People's Daily annotation writes 中国科学院自然科学史研究所), a numbered unit after its
//! court, a secretariat after its body, a sponsor's name in a team, and no name that starts
//! on a lone function char.

mod common;
use common::{has, orgs, roles};

/// 中国太平洋保险（集团）股份有限公司: the bracketed 集团 is part of the registered name,
/// and the words before the industry word (保险) start it.
#[test]
fn a_group_holding_company_with_its_bracket_is_whole() {
    let o = orgs("中国人寿保险（集团）公司与中国太平洋保险（集团）股份有限公司当天同时发布公告。");
    assert!(has(&o, "中国太平洋保险（集团）股份有限公司"), "{o:?}");
    assert!(!has(&o, "太平洋保险"), "{o:?}");
}

/// An institute written joined to its academy is one organisation: the academy is its
/// parent, not a second body, and a person's role names the institute.
#[test]
fn an_institute_written_after_its_academy_is_one_body() {
    let o = orgs("中国科学院上海微系统与信息技术研究所和中国科学院空天信息创新研究院联合发布了新型传感器。");
    assert!(has(&o, "中国科学院上海微系统与信息技术研究所"), "{o:?}");
    assert!(has(&o, "中国科学院空天信息创新研究院"), "{o:?}");
    assert!(!has(&o, "信息创新研究院"), "{o:?}");
    assert!(!has(&o, "中国科学院"), "{o:?}");
    let x = common::run("中国科学院自然科学史研究所研究员周明远介绍了这项考古发现。");
    let r = roles(&x, "周明远");
    assert!(
        r.iter().any(|(_, o)| o.as_deref() == Some("中国科学院自然科学史研究所")),
        "{r:?}"
    );
}

/// A numbered unit of a court (第一巡回法庭, 第二法庭) is named with its court.
#[test]
fn a_numbered_unit_of_a_court_is_whole() {
    let o = orgs("最高人民法院第二巡回法庭日前在沈阳公开开庭审理了这起合同纠纷案。");
    assert!(has(&o, "最高人民法院第二巡回法庭"), "{o:?}");
    assert!(!has(&o, "最高人民法院"), "{o:?}");
}

/// 秘书处 is a body's unit: 东盟|秘书|处在 cut the secretariat apart before 在.
#[test]
fn a_secretariat_after_its_body() {
    let o = orgs("东盟秘书处在雅加达发表声明，呼吁有关各方保持克制。");
    assert!(has(&o, "东盟秘书处"), "{o:?}");
}

/// A basketball club by its province and its sponsor (本钢, the Benxi steel works).
#[test]
fn a_team_by_its_province_and_sponsor() {
    let o = orgs("辽宁本钢队主场以105比97击败对手，取得三连胜。");
    assert!(has(&o, "辽宁本钢队"), "{o:?}");
}

/// 结算|所|有限公司: a lone function char left of a cut word starts no name.
#[test]
fn no_name_starts_on_a_lone_function_char() {
    let o = orgs("香港交易及结算所有限公司昨日公布第三季度业绩。");
    assert!(!has(&o, "所有限公司"), "{o:?}");
}
