//! Session 23: organisations of the nerpy dev set's kinds (issue 5): a body's council named
//! by its members' office, nouns the dictionary files as adverbs before a head, clubs that
//! meet by city and sponsor.

use zhextract::{extract, Extraction, Options};

fn run(s: &str) -> Extraction {
    extract(s, &Options::default())
}

fn orgs(s: &str) -> Vec<String> {
    run(s).organizations.into_iter().map(|e| e.name).collect()
}

#[test]
fn a_council_named_by_its_members_office_is_the_body_s() {
    let o = orgs("下周一，欧盟财长理事会将在布鲁塞尔讨论预算草案。");
    assert!(o.iter().any(|n| n == "欧盟财长理事会"), "{o:?}");
    let o = orgs("她当选为国际奥委会运动员委员会委员，任期八年。");
    assert!(o.iter().any(|n| n == "国际奥委会运动员委员会"), "{o:?}");
}

#[test]
fn capital_and_nature_open_a_name() {
    let o = orgs("该书由首都师范大学出版社于今年三月出版。");
    assert!(o.iter().any(|n| n == "首都师范大学出版社"), "{o:?}");
    let o = orgs("这项研究由加州自然科学院和当地大学联合完成。");
    assert!(o.iter().any(|n| n == "加州自然科学院"), "{o:?}");
}

#[test]
fn clubs_that_meet_are_named_by_city_and_sponsor() {
    let o = orgs("本周末，升班马大连松日与老牌劲旅沈阳海狮相遇，胜负难料。");
    assert!(o.iter().any(|n| n == "沈阳海狮"), "{o:?}");
}

#[test]
fn a_numbered_school_before_a_one_char_verb() {
    let o = orgs("这几年，长沙市一中教研组把实验课搬进了社区。");
    assert!(o.iter().any(|n| n == "长沙市一中"), "{o:?}");
}
