//! Session 33: bodies named with their term (政协合肥市第十五届委员会), a state
//! committee's office, and what a third audit of 32 articles (sports and culture, science,
//! markets and farming, public safety) got wrong.

mod common;
use common::{has, orgs};

/// A party's or a consultative conference's committee of one term, or a people's congress,
/// is one name with the place it serves and its standing committee.
#[test]
fn committees_and_congresses_of_a_term_are_named_whole() {
    let o = orgs("政协合肥市第十五届委员会第四次会议于1月10日开幕。");
    assert!(has(&o, "政协合肥市第十五届委员会"), "{o:?}");
    let o = orgs("中共合肥市第十二届委员会第九次全体会议召开。");
    assert!(has(&o, "中共合肥市第十二届委员会"), "{o:?}");
    let o = orgs("中国人民政治协商会议第十四届全国委员会常务委员会举行会议。");
    assert!(has(&o, "中国人民政治协商会议第十四届全国委员会常务委员会"), "{o:?}");
    let o = orgs("合肥市第十六届人民代表大会第五次会议于1月12日开幕。");
    assert!(has(&o, "合肥市第十六届人民代表大会"), "{o:?}");
    // (a bare committee of a term with no body before it names nothing new)
    let o = orgs("学校第三届委员会换届选举顺利完成。");
    assert!(!o.iter().any(|x| x.contains("第三届委员会")), "{o:?}");
}

/// 国家 opens a state committee's name when its office is what is named.
#[test]
fn a_state_committees_office() {
    let o = orgs("国家防灾减灾救灾委员会办公室、应急管理部12月5日召开会商会。");
    assert!(has(&o, "国家防灾减灾救灾委员会办公室"), "{o:?}");
}
