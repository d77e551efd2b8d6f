//! Session 32: organisations the People's Daily dev set names that no rule found
//! (国家广播电视总局, 四川有线电视台), places read twice, and what a second audit of 32
//! articles (appointments, foreign news, company news, hospitals and courts) got wrong.

mod common;
use common::{has, orgs, places};

/// A field's word before a bureau's head is part of its name, 电视 among them (it was
/// filed as a word that is no head, which also kept it out of names).
#[test]
fn broadcasting_bodies_are_named_whole() {
    let o = orgs("记者从国家广播电视总局获悉，新规将于明年实施。");
    assert!(has(&o, "国家广播电视总局"), "{o:?}");
    let o = orgs("成都有线电视台播出了这部纪录片。");
    assert!(has(&o, "成都有线电视台"), "{o:?}");
    // (电视 is still no head: 看电视 names nothing)
    let o = orgs("晚饭后，他们一家人在客厅看电视。");
    assert!(o.is_empty(), "{o:?}");
}

/// A place that ends a longer one is that place's tail, not a second place.
#[test]
fn a_place_is_not_read_again_from_its_tail() {
    let p = places("墨西哥军队和总检察院25日在恰帕斯州发现了一批武器。");
    assert!(has(&p, "恰帕斯州") && !has(&p, "帕斯州"), "{p:?}");
    let p = places("美国得克萨斯州与墨西哥的里奥格朗德州交界。");
    assert!(!has(&p, "德州"), "{p:?}");
}

/// A brokerage before its analyst's title, however its trade name was cut, and the field
/// the analyst covers, which is part of the title.
#[test]
fn an_analysts_brokerage_and_field() {
    let x = common::run("中信建投证券机械行业首席分析师吕家豪认为，并购案例增多。华泰证券汽车行业首席分析师宋哲铭对第一财经表示，降本已初见成效。东吴证券分析师黄立衡表示，价格战仍在继续。");
    assert_eq!(
        common::roles(&x, "吕家豪"),
        [(
            "机械行业首席分析师".to_string(),
            Some("中信建投证券".to_string())
        )]
    );
    assert_eq!(
        common::roles(&x, "宋哲铭"),
        [(
            "汽车行业首席分析师".to_string(),
            Some("华泰证券".to_string())
        )]
    );
    assert_eq!(
        common::roles(&x, "黄立衡"),
        [("分析师".to_string(), Some("东吴证券".to_string()))]
    );
    // (a country's industry before a field is no brokerage)
    let o = orgs("分析人士认为，中国证券行业分析师普遍看好明年行情。");
    assert!(!o.iter().any(|x| x.ends_with("证券")), "{o:?}");
}
