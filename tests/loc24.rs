//! Session 24: places on the nerpy dev set. Names of landscape below the gazetteer's main
//! cut (六盘山, 约旦河, 青海湖), the West Bank as the river and its bank (约旦河|西岸), a
//! country's full name whole (越南社会主义共和国), a city's outskirts (淮北市郊 → 淮北), and
//! words with 乡 that are no township (绵绵乡情).

mod common;
use common::{has, places};

#[test]
fn names_of_landscape_below_the_main_cut_are_places() {
    let p = places("宁夏六盘山林区今年新栽云杉两万亩，青海湖畔的牧民也开始转场。");
    assert!(has(&p, "六盘山") && has(&p, "青海湖"), "{p:?}");
    let p = places("暴雨使巴拉那河水位猛涨，沿岸城市告急。");
    assert!(has(&p, "巴拉那河"), "{p:?}");
    // (idioms and common nouns of landscape stay no place)
    let p = places("他信口开河，说山谷里有一个堰塞湖。");
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn the_west_bank_is_the_river_and_its_bank() {
    let p = places("以色列同意从约旦河西岸再撤出部分军队。");
    assert_eq!(p, ["以色列", "约旦河"]);
}

#[test]
fn a_countrys_full_name_is_one_place() {
    let p = places("灵柩上覆盖着越南社会主义共和国国旗，苏里南共和国和柬埔寨王国也派人吊唁。");
    assert!(
        has(&p, "越南社会主义共和国") && has(&p, "苏里南共和国") && has(&p, "柬埔寨王国"),
        "{p:?}"
    );
    assert!(!has(&p, "越南") && !has(&p, "苏里南"), "{p:?}");
}

#[test]
fn a_citys_outskirts_name_the_city_by_its_short_form() {
    let p = places("记者在淮北市郊看到，麦田里的收割机来回穿梭。");
    assert_eq!(p, ["淮北"]);
    // (the district named 郊区 keeps the city whole)
    let p = places("铜陵市郊区今年新建了三座污水处理厂。");
    assert!(!has(&p, "铜陵"), "{p:?}");
}

#[test]
fn words_with_a_township_char_are_no_township() {
    let p = places("绵绵乡情让这位老人又一次回到故里，浓浓乡音依旧。");
    assert!(p.is_empty(), "{p:?}");
    let p = places("两国交恶多年，美古关系至今没有改善。");
    assert!(!has(&p, "古交"), "{p:?}");
}

#[test]
fn a_region_of_france_or_italy_is_named_whole() {
    let p = places("阿尔萨斯大区区长当天会见了中国代表团。");
    assert!(has(&p, "阿尔萨斯大区"), "{p:?}");
}
