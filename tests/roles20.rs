//! Roles of session 20, on sentences of our own: a surname that is also a word after a
//! title (秘书长何平), appointments to 公司 or 集团 alone, a minister's country written in
//! one word with the ministry (中国外交部长), a Japanese family name before a verb, rare
//! surnames of Hong Kong news, honorary titles, no person read into a common noun.

mod common;
use common::{person, roles, run};
use zhextract::Extraction;

fn role(title: &str, org: Option<&str>) -> (String, Option<String>) {
    (title.to_string(), org.map(str::to_string))
}

fn names(x: &Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn he_after_a_title_is_a_surname() {
    let x = run("大会秘书长何平在开幕式上作工作报告。");
    assert_eq!(roles(&x, "何平"), vec![role("秘书长", None)]);
}

#[test]
fn an_appointment_to_the_company_is_a_role_of_that_company() {
    let x = run(
        "南方星辰股份有限公司6月3日晚间公告，董事会聘任周启明为公司总裁，\
                 选举孟庆华为公司董事长。",
    );
    let co = Some("南方星辰股份有限公司");
    assert_eq!(roles(&x, "周启明"), vec![role("总裁", co)]);
    // (华为公司 is no company here: 孟庆华|为公司)
    assert_eq!(roles(&x, "孟庆华"), vec![role("董事长", co)]);
    assert!(!names(&x).contains(&"孟庆"), "{:?}", names(&x));
    assert!(
        !x.organizations.iter().any(|o| o.name == "华为公司"),
        "{:?}",
        x.organizations
    );
}

#[test]
fn a_minister_written_with_the_country_in_one_word() {
    let x = run(
        "中国外交部长王毅当天会见了来访客人。美国商务部长雷蒙多随后表示，\
                 双方进行了坦诚的交流。",
    );
    assert_eq!(roles(&x, "王毅"), vec![role("外交部长", Some("中国"))]);
    assert_eq!(roles(&x, "雷蒙多"), vec![role("商务部长", Some("美国"))]);
}

#[test]
fn a_japanese_family_name_before_a_verb_keeps_the_verb_out() {
    let x = run("日本经济部长西村会见了来访的企业代表团。");
    assert!(!names(&x).contains(&"西村会见"), "{:?}", names(&x));
    assert_eq!(roles(&x, "西村"), vec![role("部长", Some("日本经济部"))]);
    // (a given name that is a word, before a verb of saying or 一行, is still one)
    let x = run("武村正义一行昨天抵达上海。");
    person(&x, "武村正义");
}

#[test]
fn a_name_after_a_title_takes_the_organisation_before_it() {
    let x = run("亚洲开发银行行长佐藤光夫表示，亚洲经济将继续增长。");
    assert_eq!(
        roles(&x, "佐藤光夫"),
        vec![role("行长", Some("亚洲开发银行"))]
    );
}

#[test]
fn rare_surnames_of_hong_kong_news() {
    let x = run(
        "商務及經濟發展局局長丘應樺今日會見商界代表。發展局局長甯漢豪表示，\
                 工程將如期展開。",
    );
    person(&x, "丘應樺");
    assert_eq!(roles(&x, "甯漢豪"), vec![role("局長", Some("發展局"))]);
}

#[test]
fn an_honorary_title_is_written_with_its_prefix() {
    let x = run("中国工程院院士、江南大学食品学院名誉院长陈卫东出席仪式。");
    assert_eq!(
        roles(&x, "陈卫东"),
        vec![
            role("院士", Some("中国工程院")),
            role("名誉院长", Some("江南大学食品学院"))
        ]
    );
}

#[test]
fn a_common_noun_before_a_title_is_no_person() {
    let x = run("毕业生代表、外语学院学生王思雨在典礼上发言。");
    assert_eq!(names(&x), vec!["王思雨"]);
}

#[test]
fn a_current_post_after_a_committee_post_is_the_places() {
    let x = run("周文静，女，1978年5月生，现任临江市委常委、常务副市长，拟任临江市委副书记。");
    assert_eq!(
        roles(&x, "周文静"),
        vec![
            role("常委", Some("临江市委")),
            role("常务副市长", Some("临江市"))
        ]
    );
}

#[test]
fn japanese_ministers_of_today() {
    // a one-char given name after a title, before a verb of saying (the full title since
    // session 26 lists it; a minister, 大臣, of the country before it since session 35, as
    // 外相 is)
    let x = run("日本经济产业大臣斋藤健表示，将加强供应链合作。");
    assert_eq!(roles(&x, "斋藤健"), vec![role("经济产业大臣", Some("日本"))]);
    // family names the list lacked, and 外相 as the head of its country
    let x = run("日本外相上川阳子表示，日方愿同中方保持沟通。日本首相岸田说，将认真研究。");
    assert_eq!(roles(&x, "上川阳子"), vec![role("外相", Some("日本"))]);
    assert_eq!(roles(&x, "岸田"), vec![role("首相", Some("日本"))]);
}
