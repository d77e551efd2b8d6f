//! Session 22: places. A county's short form before 山區, wind directions in weather
//! reports, Hong Kong's 本港, a county's head after its short form, places in Taiwan's and
//! Hong Kong's news.

mod common;
use common::{places, roles, run};

#[test]
fn a_county_short_form_before_its_mountain_area() {
    let p = places("颱風外圍環流影響，台東山區今晚起有局部大雨，氣象局提醒民眾注意落石。");
    assert_eq!(p, ["台東"]);
}

#[test]
fn a_wind_direction_is_no_place() {
    let p = places("中央气象台预报，明天渤海海面将有西北西风7到8级，黄海北部东北东风6级。");
    assert_eq!(p, ["渤海", "黄海"]);
    let p = places("天文台預測，今晚吹東北東風，明天轉吹西南風，華南沿岸天氣轉涼。");
    assert_eq!(p, ["華南"]);
}

#[test]
fn this_port_is_no_port() {
    let p = places("天文台表示，本港今日天氣炎熱，市民應多補充水分。本港經濟復甦步伐加快。");
    assert!(!p.iter().any(|n| n == "港"), "{p:?}");
}

#[test]
fn the_head_of_a_county_after_its_short_form() {
    let x = run("台東縣長饒慶鈴今天視察颱風災區，並宣布停班停課。");
    assert_eq!(
        roles(&x, "饒慶鈴"),
        vec![("縣長".to_string(), Some("台東縣".to_string()))]
    );
    let x = run("兰州市长张伟明今天考察了新区建设。");
    assert_eq!(
        roles(&x, "张伟明"),
        vec![("市长".to_string(), Some("兰州市".to_string()))]
    );
}

#[test]
fn a_village_of_taiwan_after_its_district() {
    let p = places("台北市信義區三張里昨天舉行社區防災演練，里長率領志工示範滅火器使用方式。");
    assert_eq!(p, ["台北市", "信義區", "三張里"]);
    // (里 "inside" after a place is no village: 城里, 家里)
    let p = places("他在台北市區里住了三十年。");
    assert!(!p.iter().any(|n| n.ends_with('里')), "{p:?}");
}
