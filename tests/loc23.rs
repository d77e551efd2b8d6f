//! Session 23: places on the nerpy dev set. County short forms that are ordinary words
//! (安宁, 磐石, 大关, 三江, 乐业), the urban area (城区), set phrases that hold a place's
//! name (长治久安, 东躲西藏, 生意兴隆), and a river's mouth (出海口).

mod common;
use common::places;

#[test]
fn a_county_short_form_that_is_an_ordinary_word_is_no_place() {
    let p = places("他说，村民们盼的是一份安宁，大家的决心坚如磐石。");
    assert!(p.is_empty(), "{p:?}");
    let p = places("今年全省粮食总产量首次突破500亿公斤大关，人民安居乐业。");
    assert!(p.is_empty(), "{p:?}");
    let p = places("柳江、融江、龙江三江汇合，老城区地势低洼，城区多处积水。");
    assert!(
        !p.iter().any(|n| n == "三江" || n.ends_with("城区")),
        "{p:?}"
    );
    // (the county and the city keep their full names)
    let p = places("记者从云南省安宁市和吉林省磐石市了解到，两地已完成春播。");
    assert_eq!(p, ["云南省", "安宁市", "吉林省", "磐石市"]);
}

#[test]
fn a_set_phrase_holds_no_place() {
    let p = places("抓好社会治安综合治理，是保证国家长治久安的大事。");
    assert!(p.is_empty(), "{p:?}");
    let p = places("逃犯东躲西藏三个月，最终落网。");
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn a_river_mouth_is_no_city() {
    let p = places("这座港口城市位于闽江出海口，是东南沿海的重要门户。");
    assert_eq!(p, ["闽江"]);
}


#[test]
fn a_big_county_of_a_trade_is_no_place() {
    let p = places("这个山区县去年香菇产量突破两万吨，成为远近闻名的香菇大县。");
    assert!(p.is_empty(), "{p:?}");
}
