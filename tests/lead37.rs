//! Session 37: what a seventh audit of 32 articles (diplomacy, the State Council, a
//! provincial congress, press conferences, a navy port call, safety fines, procuratorate
//! cases, statistics; Taiwan's legislature, results, typhoons and sports, Hong Kong's
//! Legislative Council, press releases and property, Macau's gaming; hospitals, drug
//! approvals, vaccines, exams, universities, academicians, medical insurance, school places;
//! a state firm's WeChat post, aid to Xinjiang, model workers, launches, villages, recalls,
//! phones and the box office) got wrong.

mod common;
use common::{has, orgs, places, quotes, roles, run};

fn people(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

fn events(s: &str) -> Vec<String> {
    run(s).events.into_iter().map(|e| e.name).collect()
}

/// A dotted name of three parts, a common char ending a middle part (若泽·卡瓦|略|·席尔瓦,
/// 鲁伊·平|托|·德索萨), and a Uyghur name whose last part has 则 inside (艾则孜) are one person.
#[test]
fn dotted_names_of_three_parts() {
    let x = run("葡萄牙外交部长若泽·卡瓦略·席尔瓦表示，愿同中方加强合作。葡萄牙驻华大使鲁伊·平托·德索萨陪同参观。");
    assert_eq!(people(&x), vec!["若泽·卡瓦略·席尔瓦", "鲁伊·平托·德索萨"]);
    let x = run("乌什县第二中学校长阿依古丽·艾则孜说，学校新建了实验楼。");
    assert_eq!(people(&x), vec!["阿依古丽·艾则孜"]);
}

/// An event's name starts at a word's start: a season cut from its 季 opens it with the year
/// (2026秋季新品发布会), a char that ends the verb before it does not (夺下|台北…公开赛), 暨
/// does not open one, a term's numbered session is part of it (第4会期), and a fair's 会
/// that opens 会见 is none (郑文博会见).
#[test]
fn events_start_at_a_words_start() {
    assert_eq!(events("锐界科技将于10月28日举行2026秋季新品发布会。"), vec!["2026秋季新品发布会"]);
    assert_eq!(
        events("立法院第11届第4会期第10次会议今天三读通过预算案。"),
        vec!["立法院第11届第4会期第10次会议"]
    );
    let e = events("洛阳市庆祝“五一”国际劳动节暨劳动模范表彰大会今天举行。");
    assert!(!e.iter().any(|e| e.starts_with('暨')), "{e:?}");
    let e = events("周冠廷、许柏翰夺下台北羽球公开赛男双冠军。");
    assert_eq!(e, vec!["台北羽球公开赛"]);
    assert!(events("外交部欧洲司司长郑文博会见了代表团。").is_empty());
    assert_eq!(events("政府将于下午三时举行简介会。"), vec!["简介会"]);
}

/// 会 after a bureau's head char cut off the word before it is "will" (政策|局|会|全力配合,
/// 环保|署|会|在): no association.
#[test]
fn will_after_a_bureau_is_no_association() {
    let o = orgs("政府各政策局会全力配合。环保署会在屯门大会堂举行简介会。");
    assert!(!o.iter().any(|o| o.ends_with('会')), "{o:?}");
    assert!(has(&o, "环保署"), "{o:?}");
}

/// A ministry's department (司) named before a title belongs to its name, and the title to
/// it: 外交部欧洲司司长, 国家统计局贸易外经统计司首席统计师; no surname 司 inside it.
#[test]
fn a_ministrys_department() {
    let x = run("财政部社会保障司司长骆晓光介绍情况。国家统计局贸易外经统计司首席统计师谢俊涛解读数据。");
    assert_eq!(roles(&x, "骆晓光"), vec![("司长".to_string(), Some("财政部社会保障司".to_string()))]);
    assert_eq!(
        roles(&x, "谢俊涛"),
        vec![("首席统计师".to_string(), Some("国家统计局贸易外经统计司".to_string()))]
    );
    assert_eq!(people(&x), vec!["骆晓光", "谢俊涛"]);
}

/// No people from 谢谢, a brokerage's trade name (华泰证券), Hong Kong's 安老 and 按揭, or a
/// chair professor's 讲席.
#[test]
fn words_that_are_no_names() {
    let x = run("何立群：谢谢主持人。华泰证券医药行业分析师孟繁星认为，估值合理。香港按揭证券有限公司推出安老按揭计划，按揭成数上限放宽。宁晚舟（西湖大学讲席教授）当选院士。");
    let p = people(&x);
    for bad in ["谢谢", "华泰", "安", "揭成数", "席"] {
        assert!(!p.contains(&bad), "{bad} in {p:?}");
    }
    assert!(p.contains(&"孟繁星"), "{p:?}");
}

/// Places: a port of a city abroad (卡拉奇港), a port after a verb of visiting (参观|洋山深水港,
/// no 参观洋山), no 地区 before 生产总值, subdistricts after their district or 位于 whose first
/// char is a verb's (观湖街道, 观澜街道).
#[test]
fn ports_gdp_and_subdistricts() {
    let l = places("此前已先后访问巴基斯坦卡拉奇港。他将前往上海，参观洋山深水港。合肥市地区生产总值迈上新台阶。");
    assert!(has(&l, "卡拉奇港") && has(&l, "洋山深水港") && has(&l, "合肥市"), "{l:?}");
    assert!(!l.iter().any(|p| p.starts_with("参观") || p.ends_with("地区")), "{l:?}");
    let l = places("其中，位于观湖街道的学校将于9月开学。龙华区观湖街道、观澜街道各新增学位。");
    assert!(has(&l, "观湖街道") && has(&l, "观澜街道"), "{l:?}");
}

/// Known bodies: 国家医疗保障局 after 会同, 香港联合交易所 whole.
#[test]
fn national_bodies_by_name() {
    let o = orgs("最高检将会同国家医疗保障局、公安部等部门开展整治。该公司已向香港联合交易所递交上市申请。");
    assert!(has(&o, "国家医疗保障局") && has(&o, "香港联合交易所"), "{o:?}");
    assert!(!has(&o, "交易所"), "{o:?}");
}

/// Credits: a reporter after a bracketed outlet's 讯 (【本报讯】记者陈卓贤报道：), an outlet's
/// short name before 记者 and a colon (每经记者：温雅), a photographer's name glued to 摄
/// (（图／记者侯韦丞摄）).
#[test]
fn reporters_after_brackets_and_short_outlets() {
    let x = run("澳门赌收上升\n\n【本报讯】记者陈卓贤报道：博彩监察协调局昨日公布，十月赌收上升。\n\n▲许柏翰夺冠。（图／记者侯韦丞摄）");
    let names: Vec<&str> = x.credits.iter().flat_map(|c| c.names.iter().map(String::as_str)).collect();
    assert!(names.contains(&"陈卓贤") && names.contains(&"侯韦丞"), "{:?}", x.credits);
    let x = run("锐界X7系列发布\n每日经济新闻 2026-10-28 23:10\n每经记者：温雅　每经编辑：杜宇\n10月28日晚，锐界发布新机。");
    let c = x.credits.iter().find(|c| c.names.contains(&"温雅".to_string())).expect("温雅");
    assert_eq!(c.organization.as_deref(), Some("每经"));
}

/// A press conference's transcript with each speaker's name alone on its line: the next
/// paragraph is their turn.
#[test]
fn transcript_turns_after_a_name_alone() {
    let q = quotes("国新办举行新闻发布会\n\n何立群：\n谢谢主持人。服务消费是居民消费的重要组成部分。\n\n人民日报记者：\n商务部在这方面有什么具体安排？\n\n柏文韬：\n谢谢你的提问。商务部将在北京等城市开展试点。");
    let who: Vec<&str> = q.iter().map(|t| t.0.as_str()).collect();
    assert_eq!(who, vec!["何立群", "人民日报记者", "柏文韬"], "{q:?}");
    assert!(q[0].2.starts_with("谢谢主持人"), "{q:?}");
}

/// A post in a list of people, in brackets after the name (胡明哲（浙江大学教授）) or after a
/// wide space to the line's end (冯雅琪　…重症医学科护士长): the title at the organisation.
#[test]
fn posts_in_lists_of_people() {
    let x = run("名单如下：\n数学物理学部：胡明哲（浙江大学教授）\n地学部：闻人笙（自然资源部第二海洋研究所研究员）\n\n获奖名单：\n司马晓峰　洛阳LYC轴承有限公司技术中心主任\n冯雅琪　河南科技大学第一附属医院重症医学科护士长\n");
    assert_eq!(roles(&x, "胡明哲"), vec![("教授".to_string(), Some("浙江大学".to_string()))]);
    assert_eq!(roles(&x, "闻人笙"), vec![("研究员".to_string(), Some("自然资源部第二海洋研究所".to_string()))]);
    assert_eq!(roles(&x, "司马晓峰"), vec![("主任".to_string(), Some("洛阳LYC轴承有限公司技术中心".to_string()))]);
    assert_eq!(roles(&x, "冯雅琪"), vec![("护士长".to_string(), Some("河南科技大学第一附属医院重症医学科".to_string()))]);
    // (a bracket or a line that holds more than the post gives none)
    let x = run("获奖名单：\n杜鹏程　洛阳市第一中学物理教师王刚推荐\n");
    assert!(!roles(&x, "杜鹏程").iter().any(|r| r.0 == "教师"), "{:?}", roles(&x, "杜鹏程"));
}

/// A district of two chars right after its city or county is a place though the gazetteer
/// lacks it (新北市乌来区); cities abroad news names (熊本, 蒙巴萨港).
#[test]
fn districts_after_their_city_and_cities_abroad() {
    let l = places("新北市乌来区612毫米次之，新北市瑞芳区也有大雨。今年在熊本举行的大师赛，以及肯尼亚蒙巴萨港。");
    for p in ["乌来区", "瑞芳区", "熊本", "蒙巴萨港"] {
        assert!(has(&l, p), "{p} in {l:?}");
    }
}

/// A unit named after its body before its own head's title (广州市疾控中心传染病防制部副部长,
/// 省应急管理厅执法总队总队长) and a body with its short name in brackets before a title
/// (中华民国羽球协会（羽协）理事长) hold the post.
#[test]
fn units_and_bracketed_short_names_before_titles() {
    let x = run("广州市疾控中心传染病防制部副部长何振宇提醒。省应急管理厅执法总队总队长蒋国平介绍。中华民国羽球协会（羽协）理事长许志豪则在颁奖典礼上致词。");
    assert_eq!(roles(&x, "何振宇"), vec![("副部长".to_string(), Some("广州市疾控中心传染病防制部".to_string()))]);
    assert_eq!(roles(&x, "蒋国平"), vec![("总队长".to_string(), Some("省应急管理厅执法总队".to_string()))]);
    assert_eq!(roles(&x, "许志豪"), vec![("理事长".to_string(), Some("中华民国羽球协会".to_string()))]);
}

/// A speaker named by the last part of a dotted name is the person named in full before.
#[test]
fn a_dotted_names_last_part_speaks_for_it() {
    let q = quotes("梁振国同葡萄牙外交部长若泽·卡瓦略·席尔瓦举行会谈。席尔瓦表示，葡方高度重视对华关系。");
    assert_eq!(q.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(), vec!["若泽·卡瓦略·席尔瓦"], "{q:?}");
}

/// A dotted name ends before a verb of one char and a place of one (访华, 抵京).
#[test]
fn a_dotted_name_ends_before_a_visit() {
    let x = run("俄罗斯总统弗拉基米尔·普京访华。美国国务卿安东尼·布林肯抵京。");
    assert_eq!(people(&x), vec!["弗拉基米尔·普京", "安东尼·布林肯"]);
}

/// Events: no 大会 inside 大会堂; 宣讲会 and 大师赛 end names (熊本大师赛).
#[test]
fn briefings_and_masters_but_no_hall() {
    let e = events("环保署会在屯门大会堂举行简介会。区教育局将举办2026年义务教育招生政策宣讲会。中华队将转战熊本大师赛。");
    assert_eq!(e, vec!["简介会", "2026年义务教育招生政策宣讲会", "熊本大师赛"]);
}

/// Organisations: a numbered school with its city (洛阳市第一高级中学), no bureau in a match's
/// games (苦战三局, but 中铁三局), no 报 "report to" inside a body's name, and the next field's
/// label ends a credit's value (编辑：蒋若溪　浏览次数：1436).
#[test]
fn schools_games_reports_and_fields() {
    let o = orgs("男单苦战三局，许柏翰胜出。中铁三局承建了该项目。各单位须于12月15日前将整改情况书面报集团党委。杜鹏程　洛阳市第一高级中学物理教师");
    assert!(has(&o, "中铁三局") && has(&o, "洛阳市第一高级中学"), "{o:?}");
    assert!(!o.iter().any(|o| o.contains("苦战") || o.contains("书面报")), "{o:?}");
    let x = run("学院新闻\n发布时间：2026-06-12　来源：材料科学与工程学院　文/闵思远　编辑：蒋若溪　浏览次数：1436\n近日，学院团队发表论文。");
    let c = x.credits.iter().find(|c| c.names.contains(&"蒋若溪".to_string())).expect("蒋若溪");
    assert_eq!(c.organization, None);
}

/// Words the lexicon lacked read as names: 应佩戴口罩 (应 "should" before 佩戴), 流感高发季,
/// 师生代表; a news hall is no body (国新办新闻发布厅).
#[test]
fn masks_seasons_students_and_halls() {
    let x = run("如出现发热、咳嗽等症状，应佩戴口罩及时就医。流感高发季来了！孔子学院师生代表300余人挥舞国旗。国务院新闻办公室在国新办新闻发布厅举行新闻发布会。");
    assert!(people(&x).is_empty(), "{:?}", people(&x));
    let o: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert!(!o.iter().any(|o| o.ends_with("发布厅")), "{o:?}");
}

/// 任 is a surname the dictionary files as a pronoun: after a title and before a verb of
/// saying it opens a name (新闻发言人任婧表示); 任何, 任职 and 任期 stay words.
#[test]
fn ren_after_a_title_is_a_surname() {
    let x = run("最高检新闻发言人任婧表示，最高检将会同有关部门开展整治。董事长任何时候都要负责。总经理任职期间表现突出。");
    assert_eq!(people(&x), vec!["任婧"]);
    assert_eq!(roles(&x, "任婧"), vec![("新闻发言人".to_string(), Some("最高检".to_string()))]);
}
