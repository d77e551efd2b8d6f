//! Session 26: places and events on modern news. A facility after a place whose name goes
//! on in one char (深圳|湾|体育中心) keeps the place; a meeting's word before a building
//! (会议|展览中心) is no event; two parties joined by a dash name a fair (中国—东盟博览会);
//! festivals and games of their own name (冰雪节, 亚冬会); landmarks of Shanghai and the
//! Gaza Strip as places.

mod common;
use common::{has, places, run};

fn events(s: &str) -> Vec<String> {
    run(s).events.into_iter().map(|e| e.name).collect()
}

#[test]
fn a_facility_keeps_a_place_that_goes_on_in_one_char() {
    let p = places("决赛将在深圳湾体育中心举行，门票已经售罄。");
    assert!(has(&p, "深圳湾体育中心") && !has(&p, "湾体育中心"), "{p:?}");
}

#[test]
fn a_meeting_word_before_a_building_is_no_event() {
    let x = run("本届展会在湾仔会议展览中心举行，为期三天。");
    let e: Vec<_> = x.events.iter().map(|e| e.name.as_str()).collect();
    assert!(!e.iter().any(|n| n.ends_with("会议")), "{e:?}");
    let x = run("第十屆美食博覽將在灣仔會議展覽中心舉行。");
    let e: Vec<_> = x.events.iter().map(|e| e.name.as_str()).collect();
    assert!(!e.iter().any(|n| n.ends_with("會議")), "{e:?}");
}

#[test]
fn two_parties_joined_by_a_dash_name_a_fair() {
    let e = events("第二十一届中国—东盟博览会在南宁国际会展中心开幕，多国客商到会。");
    assert!(has(&e, "第二十一届中国—东盟博览会"), "{e:?}");
}

#[test]
fn festivals_and_games_of_their_own_name_are_events() {
    let e = events("第二十六届中国哈尔滨国际冰雪节近日开幕，游客数量创下新高。");
    assert!(has(&e, "第二十六届中国哈尔滨国际冰雪节"), "{e:?}");
    let e = events("运动员们正在为哈尔滨亚冬会积极备战。");
    assert!(e.iter().any(|n| n.ends_with("亚冬会")), "{e:?}");
    let e = events("青岛国际啤酒节吸引了大批游客。");
    assert!(has(&e, "青岛国际啤酒节"), "{e:?}");
}

#[test]
fn landmarks_and_regions_are_places() {
    let p = places("市民从外滩步行到陆家嘴，再乘地铁前往徐家汇和豫园。");
    for n in ["外滩", "陆家嘴", "徐家汇", "豫园"] {
        assert!(has(&p, n), "{n} {p:?}");
    }
    let p = places("联合国官员表示，加沙地带的人道局势仍在恶化。");
    assert!(has(&p, "加沙地带"), "{p:?}");
}

#[test]
fn one_abbreviation_before_a_pair_is_a_place_too() {
    let p = places("粤港澳大湾区的科技企业数量继续增长。");
    for n in ["粤", "港", "澳"] {
        assert!(has(&p, n), "{n} {p:?}");
    }
    // (中 "in" after a noun stays no place)
    let p = places("比赛中港澳选手表现出色。");
    assert!(!has(&p, "中"), "{p:?}");
}
