//! Roles of session 21, on sentences of our own: a person before 分析认为, a press
//! secretary's country, a transliterated name after a minister's title, a pronoun before a
//! verb of thinking without a comma, posts one is nominated to (拟任), Japanese full names,
//! no person read into a run of common chars.

mod common;
use common::{person, quotes, roles, run};
use zhextract::Extraction;

fn role(title: &str, org: Option<&str>) -> (String, Option<String>) {
    (title.to_string(), org.map(str::to_string))
}

fn names(x: &Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn a_person_before_fenxi_renwei_speaks() {
    let s = "国家统计局今天发布了最新数据。\n中国民生银行研究院李东升分析认为，政策效应正在显现，消费有望继续回暖。";
    let x = run(s);
    person(&x, "李东升");
    let qs = quotes(s);
    assert!(qs.iter().any(|q| q.0 == "李东升"), "{qs:?}");
}

#[test]
fn a_press_secretary_has_the_country() {
    let x = run("克里姆林宫当天发表声明。\n俄罗斯总统新闻秘书佩斯科夫当天对记者说，克里姆林宫对此不予置评。");
    let r = roles(&x, "佩斯科夫");
    assert!(
        r.iter().any(|(_, o)| o.as_deref() == Some("俄罗斯")),
        "{r:?}"
    );
}

#[test]
fn a_transliterated_name_after_a_minister() {
    let x = run("五角大楼当天举行记者会。\n美国国防部长奥斯汀表示，美方将继续提供援助。");
    assert_eq!(roles(&x, "奥斯汀"), vec![role("国防部长", Some("美国"))]);
}

#[test]
fn a_pronoun_before_renwei_without_a_comma() {
    let s = "市长张建国今天出席了会议。他认为要加快推进城市更新工作。";
    let qs = quotes(s);
    assert!(qs.iter().any(|q| q.0 == "张建国" && q.2.starts_with("要加快")), "{qs:?}");
    let s = "會上，行政長官李家超發表講話。他認為應加強與內地的合作。";
    let qs = quotes(s);
    assert!(qs.iter().any(|q| q.0 == "李家超" && q.2.starts_with("應加強")), "{qs:?}");
}

#[test]
fn a_post_one_is_nominated_to() {
    let x = run("市委组织部今天发布任前公示。\n拟任江城市副市长的张三同志，现任市发展改革委主任。");
    let r = roles(&x, "张三");
    assert!(
        r.iter().any(|(t, o)| t == "副市长" && o.as_deref() == Some("江城市")),
        "{r:?}"
    );
}

#[test]
fn japanese_full_names_with_a_two_char_given_name() {
    let x = run("双方在东京举行了会谈。\n日本经济产业大臣西村康稔与日本银行行长植田和男会面。");
    person(&x, "西村康稔");
    person(&x, "植田和男");
    assert!(!names(&x).contains(&"植田"), "{:?}", names(&x));
}

#[test]
fn no_person_in_a_run_of_common_chars() {
    let x = run("老人谈兴未减，又讲起了当年的往事。\n一辆车顶红色的轿车停在路边。");
    assert!(names(&x).is_empty(), "{:?}", names(&x));
}
