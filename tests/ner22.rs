//! Session 22: organisations — a mission named with the country that sends it, a club by
//! its province and sponsor, a 、 list of companies closed by 等 and a word for them, a
//! body with a unit inside its name that starts with a field, no name running left over a
//! person after a title, clubs joined by 与 in a match report.

mod common;
use common::{has, orgs, places, run};

#[test]
fn a_mission_is_named_with_its_sending_country() {
    let o = orgs("中国驻日本大使馆昨天发布提醒，请在日中国公民注意出行安全。");
    assert!(has(&o, "中国驻日本大使馆"), "{o:?}");
    assert!(!has(&o, "日本大使馆"), "{o:?}");
    let o = orgs("中国驻大阪总领事馆当天举办了新春招待会。");
    assert!(has(&o, "中国驻大阪总领事馆"), "{o:?}");
}

#[test]
fn a_club_by_its_province_and_sponsor() {
    let x = run("山东泰山队主场迎战上海申花队，两队上半场互交白卷。");
    let o: Vec<String> = x.organizations.iter().map(|e| e.name.clone()).collect();
    let p: Vec<String> = x.locations.iter().map(|e| e.name.clone()).collect();
    assert!(has(&o, "山东泰山队"), "{o:?}");
    assert!(!has(&p, "泰山"), "{p:?}");
}

#[test]
fn companies_in_a_list_closed_by_a_word_for_them() {
    let s = "比亚迪、吉利、长安等车企近日纷纷下调部分车型售价。";
    let o = orgs(s);
    assert!(has(&o, "吉利") && has(&o, "长安"), "{o:?}");
    let p = places(s);
    assert!(!has(&p, "吉利") && !has(&p, "长安"), "{p:?}");
}

#[test]
fn a_body_with_a_unit_that_starts_with_a_field() {
    let o = orgs("衛生福利部疾病管制署今天公布最新流感疫情數據。");
    assert!(has(&o, "衛生福利部疾病管制署"), "{o:?}");
}

#[test]
fn no_organisation_runs_over_a_person_after_a_title() {
    let x = run("作家马伯庸做客上海图书馆东馆，与读者分享创作心得。");
    assert!(
        x.organizations.iter().all(|o| !o.name.contains("马伯庸")),
        "{:?}",
        x.organizations
    );
    assert!(x.people.iter().any(|p| p.name == "马伯庸"), "{:?}", x.people);
}

#[test]
fn clubs_joined_by_and_in_a_match_report() {
    let o = orgs("本轮联赛中，成都蓉城与浙江队交锋，双方在上半场各入一球。");
    assert!(has(&o, "成都蓉城"), "{o:?}");
}

#[test]
fn brokerages_futures_houses_and_fund_managers() {
    let o = orgs("据中信证券研报，国泰君安证券和华泰证券也上调了该股评级。");
    assert!(has(&o, "中信证券"), "{o:?}");
    assert!(has(&o, "国泰君安证券"), "{o:?}");
    assert!(has(&o, "华泰证券"), "{o:?}");
    let p = places("据中信证券研报，国泰君安证券和华泰证券也上调了该股评级。");
    assert!(!has(&p, "华") && !has(&p, "泰"), "{p:?}");
    let o = orgs("永安期货分析师认为，近期铜价波动明显加大。");
    assert!(has(&o, "永安期货"), "{o:?}");
    let o = orgs("易方达基金旗下多只产品净值近日创出新高。");
    assert!(has(&o, "易方达基金"), "{o:?}");
}

#[test]
fn a_district_prosecutors_office_and_a_club_by_its_mascot() {
    let o = orgs("台北地檢署今天依詐欺罪起訴三名涉案人員。");
    assert!(has(&o, "台北地檢署"), "{o:?}");
    let o = orgs("統一獅隊昨晚在主場以五比三擊敗對手。");
    assert!(has(&o, "統一獅隊"), "{o:?}");
}
