//! Session 43: what a thirteenth audit of 32 articles (health, medicine and pharma; courts
//! and law; energy and industry; tourism, culture, religion and local life) got wrong.

mod common;
use common::{roles, run};

fn people(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

#[allow(dead_code)]
fn places(x: &zhextract::Extraction) -> Vec<&str> {
    x.locations.iter().map(|p| p.name.as_str()).collect()
}

#[allow(dead_code)]
fn orgs(x: &zhextract::Extraction) -> Vec<&str> {
    x.organizations.iter().map(|p| p.name.as_str()).collect()
}

fn speakers(x: &zhextract::Extraction) -> Vec<&str> {
    x.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect()
}

/// A dotted name's first part may be cut into common chars right after a job title (编剧|卡|门
/// ·鲁伊斯), and its last part may hold a char the dictionary files as a numeral (贝内|代|蒂).
#[test]
fn dotted_names_after_a_title_and_with_a_numeral_char() {
    let x = run("最佳编剧奖由两位编剧卡门·鲁伊斯与林晓共同获得；日本摄影师山田浩二获得最佳摄影奖。");
    assert_eq!(people(&x), vec!["卡门·鲁伊斯", "林晓", "山田浩二"]);
    assert!(x.locations.iter().all(|l| !l.name.ends_with('山')), "{:?}", x.locations);
    let x = run("评委会主席、意大利导演马可·贝内代蒂在颁奖后接受采访时说，影片节奏很慢。");
    assert_eq!(people(&x), vec!["马可·贝内代蒂"]);
    let x = run("泰国驻成都总领事馆总领事查差·汶纳表示，中泰互免签证协定生效后游客大增。");
    assert_eq!(people(&x), vec!["查差·汶纳"]);
    assert_eq!(speakers(&x), vec!["查差·汶纳"]);
    // (a count before a name's part stays a count: 两位|编剧)
    assert!(people(&run("两位编剧与导演共同获得大奖。")).is_empty());
}

/// A monk's name is 释 and two chars, later written without 释 (明觉法师); an old woman is
/// named by her surname and 阿婆; a given name after a title may open with a noun and end
/// with an adjective's char (书记|王家|强).
#[test]
fn monks_grannies_and_names_read_across_a_noun() {
    let x = run("临海市佛教协会会长、圣寿禅寺住持释明觉法师主法。明觉法师说，今年香客很多。");
    assert_eq!(people(&x), vec!["释明觉"]);
    assert_eq!(speakers(&x), vec!["释明觉"]);
    let x = run("在古街开了30多年豆腐作坊的方阿婆笑着说，6日上午就卖出了400多斤豆腐。");
    assert_eq!(people(&x), vec!["方阿婆"]);
    assert_eq!(speakers(&x), vec!["方阿婆"]);
    let x = run("村党支部书记王家强说，今年收成好。");
    assert_eq!(people(&x), vec!["王家强"]);
    // (释 in a word is no monk: 解释, 释放)
    assert!(people(&run("他解释说，嫌疑人已被释放。")).is_empty());
}

/// Right after digits comes a unit, not a name (20吉瓦时); a list's number keeps its name
/// (2.梁景行). A credit label of parts gives its last as the title (文/记者 → 记者).
#[test]
fn units_after_digits_and_labels_of_parts() {
    let x = run("工厂规划年产能20吉瓦时，主要生产电芯。");
    assert!(people(&x).is_empty(), "{:?}", people(&x));
    let x = run("男子100米：1.吴子谦（福建）10秒08；2.梁景行（广东）10秒13。");
    assert_eq!(people(&x), vec!["吴子谦", "梁景行"]);
    let x = run("庙会吸引了大批游客。\n文/记者 卢一鸣 通讯员 尤宣");
    assert_eq!(roles(&x, "卢一鸣"), vec![("记者".to_string(), None)]);
}
