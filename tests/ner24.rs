//! Session 24's organisation rules, from the nerpy dev set's errors grouped by cause
//! (issue 5): missions named with their sender and unit, short forms of art academies,
//! extension stations and small mills, a township cut from its level.

mod common;
use common::{has, orgs};

/// A mission (使团) to a body is named with the country that sends it and the unit after
/// it (中国驻欧盟使团经商处), as an embassy is; one named only by where it is (其驻…使团)
/// is a description.
#[test]
fn a_mission_keeps_its_sender_and_its_unit() {
    let o = orgs("日前，中国驻东盟使团经商处参赞王立新介绍了双边贸易的情况。");
    assert!(has(&o, "中国驻东盟使团经商处"), "{o:?}");
    assert!(!o.iter().any(|x| x.starts_with("团")), "{o:?}");
    let o = orgs("中国驻日本大使馆经商处参赞表示，双方合作潜力很大。");
    assert!(has(&o, "中国驻日本大使馆经商处"), "{o:?}");
    let o = orgs("该组织同意恢复其驻波黑使团的工作。");
    assert!(!o.iter().any(|x| x.ends_with("使团")), "{o:?}");
}

/// 美院 (美术学院) is a head that common nouns before it name, as 大学 and 学院 are
/// (中央工艺美院, 四川美院).
#[test]
fn an_art_academy_by_its_short_form() {
    let o = orgs("她十七岁考取了中央工艺美院，毕业后回到家乡任教。");
    assert!(has(&o, "中央工艺美院"), "{o:?}");
    assert!(!has(&o, "美院"), "{o:?}");
    let o = orgs("他说，美院的学生大多来自外地。");
    assert!(o.is_empty(), "{o:?}");
}

/// An extension station (农技推广站) is a body; the divisions before it belong to its name
/// (since session 46 all of them), also when the segmenter cut the township from its level
/// (辛集市|罗庄|乡).
#[test]
fn an_extension_station_after_its_township() {
    let o = orgs("河北省辛集市罗庄乡农技推广站的技术员李红梅常年在田间指导农民。");
    assert!(has(&o, "河北省辛集市罗庄乡农技推广站"), "{o:?}");
    let o = orgs("许多乡镇用这笔钱为农技推广站添置了设备。");
    assert!(o.is_empty(), "{o:?}");
}

/// A mill (米厂) by a trade name the segmenter cut into chars, after the kind of firm it
/// is (龙头企业): the name starts after the generic word.
#[test]
fn a_mill_after_the_kind_of_firm_it_is() {
    let o = orgs("全县以龙头企业金穗香米厂为核心，带动了一万多农户。");
    assert!(has(&o, "金穗香米厂"), "{o:?}");
    assert!(!o.iter().any(|x| x.contains("企业")), "{o:?}");
}
