//! Session 28: transliterated names around figures, scores and ordinals, and the
//! Ukrainian -enko (年科).

mod common;
use common::run;

fn names(s: &str) -> Vec<String> {
    run(s).people.into_iter().map(|p| p.name).collect()
}

/// A run of transliteration chars right after a figure is its unit, a currency
/// (图格里克, 第纳尔), not a person; the same run elsewhere may still be a name.
#[test]
fn a_transliteration_after_a_figure_is_a_unit() {
    for s in [
        "直接经济损失达三亿图格里克。",
        "这批货物价值5000图格里克。",
        "罚款金额高达两万第纳尔。",
    ] {
        assert!(names(s).is_empty(), "{s}: {:?}", names(s));
    }
    assert_eq!(names("部长巴特图尔格表示欢迎。"), ["巴特图尔格"]);
}

/// 力克 and 攻克 after a score are verbs; the name after them starts after 克.
#[test]
fn a_name_after_a_score_and_likeke() {
    assert_eq!(names("他以３∶１力克德兹乌班斯基，为队伍扳回一分。"), ["德兹乌班斯基"]);
    assert_eq!(names("瑞典名将以2比0力克布拉兹塞克。"), ["布拉兹塞克"]);
}

/// Right after an ordinal (第三盘, 第二局) the char is the ordinal's measure, not a surname:
/// the name after it keeps its first chars.
#[test]
fn no_surname_right_after_an_ordinal() {
    assert_eq!(names("第三盘克莱塞斯基以２∶０拿下对手。"), ["克莱塞斯基"]);
    assert_eq!(names("第二局马林斯基发挥出色。"), ["马林斯基"]);
    // a name after an ordinal and its measure is still found
    assert_eq!(names("第二任局长王建国上任。"), ["王建国"]);
}

/// The Ukrainian ending -enko is written 年科: it stays on the name.
#[test]
fn the_ending_nianke_stays_on_the_name() {
    assert_eq!(names("交通部长阿克谢年科出席了会议。"), ["阿克谢年科"]);
    // 年 after a name, with no 科 of its own after it, stays out
    assert_eq!(names("前总理季莫申科年内将访华。"), ["季莫申科"]);
}
