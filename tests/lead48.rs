//! Session 48: what an eighteenth audit of 32 articles (emergencies and public safety;
//! finance; arts and entertainment; people in office) and the earlier audits' misses got
//! wrong.

mod common;
use common::{orgs_of, people_of as people, places_of as places, quotes, roles, run};

fn role(t: &str, o: Option<&str>) -> (String, Option<String>) {
    (t.to_string(), o.map(str::to_string))
}

/// A company's officers opening a clause, its party and union officers with them, are the
/// company's the text is about; a name listed after one whose titles took a body shares
/// them; 党委常委 and 党委委员 are titles, of a body (国资委) or of a place's committee.
#[test]
fn officers_of_the_company_the_text_is_about() {
    let x = run("11月2日，湖南建工投资集团有限公司召开年度工作会议。集团党委书记、董事长周建国主持会议，\
                 党委副书记、总经理孙志明作工作报告。党委常委、副总经理刘海、丁卫东，党委常委、纪委书记\
                 马红出席会议。湖南省国资委党委委员、副主任罗敏到会指导。");
    let co = Some("湖南建工投资集团有限公司");
    assert_eq!(roles(&x, "孙志明"), vec![role("党委副书记", co), role("总经理", co)]);
    assert_eq!(roles(&x, "刘海"), vec![role("党委常委", co), role("副总经理", co)]);
    assert_eq!(roles(&x, "丁卫东"), vec![role("党委常委", co), role("副总经理", co)]);
    assert_eq!(roles(&x, "马红"), vec![role("党委常委", co), role("纪委书记", co)]);
    assert_eq!(
        roles(&x, "罗敏"),
        vec![role("党委委员", Some("湖南省国资委")), role("副主任", Some("湖南省国资委"))]
    );
    // (a clause that is no company's: a party secretary in a village text keeps no body)
    let x = run("会上，党委书记王建华作了讲话。村民们纷纷表示支持。");
    assert_eq!(roles(&x, "王建华"), vec![role("党委书记", None)]);
}

/// 学校 or 校 before a title, and a school's own officers opening a clause, are of the
/// school the text is about.
#[test]
fn officers_of_the_school_the_text_is_about() {
    let x = run("9月1日，西北工业技术大学召开全校干部大会。学校党委书记赵立新主持会议。\
                 副校长钱明、吴晓雪，总会计师郑红出席会议。西北工业技术大学校长李文博讲话。");
    let school = Some("西北工业技术大学");
    assert_eq!(roles(&x, "赵立新"), vec![role("党委书记", school)]);
    assert_eq!(roles(&x, "钱明"), vec![role("副校长", school)]);
    assert_eq!(roles(&x, "吴晓雪"), vec![role("副校长", school)]);
    assert_eq!(roles(&x, "郑红"), vec![role("总会计师", school)]);
}

/// A name the dictionary knows as a word, then one name char and a verb, after a title
/// (省长|蓝天|锋|作出); not when the char is a word's (蓝天|白云).
#[test]
fn a_word_and_a_name_char_after_a_title() {
    let x = run("事故发生后，副省长蓝天峰作出批示，要求全力搜救。");
    assert_eq!(people(&x), vec!["蓝天峰"]);
    assert_eq!(roles(&x, "蓝天峰"), vec![role("副省长", None)]);
}

/// Dotted names with 瑞 and 修 in them, read whole (波克瑞尔, 马修).
#[test]
fn dotted_names_with_rui_and_xiu() {
    let x = run("新当选的总理普拉卡什·库马尔·波克瑞尔19日宣誓就职。来自里昂的马修·勒梅尔也出席了仪式。");
    assert_eq!(people(&x), vec!["普拉卡什·库马尔·波克瑞尔", "马修·勒梅尔"]);
}

/// National roads by their number (318国道), expressways named by the abbreviations 张, 福,
/// 银 and 瑞 (张石高速, 福银高速, 杭瑞高速), villages in a list after one found.
#[test]
fn roads_and_listed_villages() {
    let x = run("车辆可经318国道、福银高速绕行，途经张石高速的司机要减速。");
    let p = places(&x);
    for w in ["318国道", "福银高速", "张石高速"] {
        assert!(p.contains(&w), "{w} in {p:?}");
    }
    let x = run("剧组将在黄田县石桥镇竹溪村、柳湾村、杏花村和下坪村取景。");
    let p = places(&x);
    for w in ["竹溪村", "柳湾村", "杏花村", "下坪村"] {
        assert!(p.contains(&w), "{w} in {p:?}");
    }
    // (a count is no road: 318个国道项目 has no number before 国道)
    let x = run("今年共有318个国道项目开工。");
    assert!(places(&x).is_empty(), "{:?}", places(&x));
}

/// 指 right after a body's name and before a comma reports what the body says (运输署指，);
/// Hong Kong's departments named alone (机电工程署, 卫生署).
#[test]
fn bodies_that_say_with_zhi() {
    let q = quotes("机电工程署表示，今日共接获80宗升降机故障报告。卫生署指，市民应避免前往户外。");
    let speakers: Vec<&str> = q.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(speakers, vec!["机电工程署", "卫生署"]);
    // (a finger, 手指, is no verb)
    let q = quotes("他的手指，受了轻伤。");
    assert!(q.is_empty(), "{q:?}");
}

/// A law firm named after people whose first name the dictionary cut into single chars
/// (格莱斯·卢茨律师事务所); the audit firms named alone (毕马威, 普华永道).
#[test]
fn firms_of_a_deal() {
    let x = run("奥莱斯·韦伯律师事务所担任法律顾问，毕马威负责财务尽职调查，普华永道担任审计机构。");
    let o = orgs_of(&x);
    for w in ["奥莱斯·韦伯律师事务所", "毕马威", "普华永道"] {
        assert!(o.contains(&w), "{w} in {o:?}");
    }
    assert!(people(&x).is_empty(), "{:?}", people(&x));
}

/// An appointment names a person of four chars with a compound surname (任命司马光明为…);
/// a proposed post (拟任) stays none, as tests/lead39.rs has it.
#[test]
fn appointments_with_a_compound_surname() {
    let x = run("任命司马光明为江西省统计局副局长；任命张红为江西省统计局局长。");
    assert_eq!(roles(&x, "司马光明"), vec![role("副局长", Some("江西省统计局"))]);
    assert_eq!(roles(&x, "张红"), vec![role("局长", Some("江西省统计局"))]);
    let x = run("周立新，男，汉族，1971年5月生，现任赣州市委副书记，拟任江西省商务厅厅长。");
    assert_eq!(roles(&x, "周立新"), vec![role("副书记", Some("赣州市委"))]);
}

/// A premiere, a shoot's start, an oath of office and a retirement ceremony are the occasion
/// a story covers, alone or whole (宣誓就职典礼).
#[test]
fn ceremonies_of_film_and_office() {
    for (text, event) in [
        ("该片首映礼昨晚在上海举行。", "首映礼"),
        ("该剧开机仪式在古镇举行。", "开机仪式"),
        ("新任部长将于明天上午举行宣誓就职典礼。", "宣誓就职典礼"),
        ("学校举行教师荣休仪式。", "教师荣休仪式"),
    ] {
        let x = run(text);
        assert_eq!(common::events_of(&x), vec![event], "{text}");
    }
}

/// The rupee of Pakistan, Nepal and Sri Lanka and the peso of Argentina, Chile and Colombia,
/// named with the amount.
#[test]
fn rupees_and_pesos_by_country() {
    let m = common::money("预算为1.2万亿尼泊尔卢比，另有5000斯里兰卡卢比和30万阿根廷比索。");
    assert_eq!(
        m,
        vec![
            ("1.2万亿尼泊尔卢比".to_string(), 1.2e12, "NPR".to_string()),
            ("5000斯里兰卡卢比".to_string(), 5000.0, "LKR".to_string()),
            ("30万阿根廷比索".to_string(), 300000.0, "ARS".to_string()),
        ]
    );
}

/// A ministry of two fields joined by 和 or 与 is one body with its country (德国联邦经济和
/// 能源部); not an academy's division (信息与电子工程学部).
#[test]
fn ministries_of_two_fields() {
    let x = run("该交易还需通过奥地利联邦经济和劳动部的审查。");
    assert_eq!(orgs_of(&x), vec!["奥地利联邦经济和劳动部"]);
    let x = run("他当选中国工程院信息与电子工程学部院士。");
    assert!(!orgs_of(&x).contains(&"信息与电子工程学部"), "{:?}", orgs_of(&x));
}

/// No name ends in 品 or 期, and a language is none (危化品, 易发期, 吴语); a name with 期
/// inside still is one (李期文).
#[test]
fn products_periods_and_languages_are_no_names() {
    for text in ["警方提醒，危化品运输车辆要注意安全。", "冬季是事故的易发期，群众要注意。", "书中大量吴语对白很生动。"] {
        let x = run(text);
        assert!(people(&x).is_empty(), "{text}: {:?}", people(&x));
    }
    let x = run("记者李期文报道。");
    assert_eq!(people(&x), vec!["李期文"]);
}
