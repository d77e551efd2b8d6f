//! Session 42: what a twelfth audit of 32 articles (weather, environment and climate;
//! aerospace, defence and the Hong Kong and Macau legislatures; retail, e-commerce and
//! farming; Africa, the Middle East, Latin America, education and sport) got wrong.

mod common;
use common::{roles, run};

fn people(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

fn places(x: &zhextract::Extraction) -> Vec<&str> {
    x.locations.iter().map(|p| p.name.as_str()).collect()
}

fn orgs(x: &zhextract::Extraction) -> Vec<&str> {
    x.organizations.iter().map(|p| p.name.as_str()).collect()
}

fn speakers(x: &zhextract::Extraction) -> Vec<&str> {
    x.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect()
}

/// After a quotation, the speaker's description may list two posts with 、; a verb that
/// addresses someone says the quotation with them named after it (叮嘱现场工作人员); a
/// speaker may do something else while speaking (一边…一边说); 承诺 and 直指 report
/// statements, and 提醒 one addressed to a government.
#[test]
fn more_ways_to_say_a_quotation() {
    let x = run("“这是首次系统调查。”项目首席科学家、中国科学院西北高原生物研究所研究员苏云帆说。");
    assert_eq!(speakers(&x), vec!["苏云帆"]);
    let x = run("“关键时刻必须做到开得了、关得住。”韦国栋叮嘱现场工作人员。");
    assert_eq!(speakers(&x), vec!["韦国栋"]);
    let x = run("“现在一架无人机一天能飞400多亩。”合作社负责人姜永胜一边盯着手中的遥控器一边说。");
    assert_eq!(speakers(&x), vec!["姜永胜"]);
    let x = run("羅志誠在總結發言時承諾，政府未來五年將投入約一百五十億澳門元。");
    assert_eq!(speakers(&x), vec!["羅志誠"]);
    let x = run("議員歐陽家朗在會上直指，工程每平方米造價明顯偏高。");
    assert_eq!(speakers(&x), vec!["歐陽家朗"]);
    let x = run("工務小組主席梁思聰在會議結束前提醒政府，財委會審批時議員仍會追問成本效益。");
    assert_eq!(speakers(&x), vec!["梁思聰"]);
    // (a thing one is told to look after is no one addressed: no quote without a comma)
    assert!(speakers(&run("“注意安全。”他叮嘱。")).len() <= 1);
}

/// A dotted name ends where its last token took the first char of the next word (罗西|第三次)
/// or where 连 of a run of points follows (霍洛威|连得7分); 略 is a char of transliteration
/// (卡瓦略), and a verb's char after a first part's char is the name's (马|修·卡伦).
#[test]
fn dotted_names_end_where_the_name_does() {
    let x = run("意大利阿格里泰克公司中国区总经理马泰奥·罗西第三次来潍坊参展。");
    assert_eq!(people(&x), vec!["马泰奥·罗西"]);
    let x = run("上海队依靠外援布莱恩特·霍洛威连得7分，最终取胜。");
    assert_eq!(people(&x), vec!["布莱恩特·霍洛威"]);
    let x = run("巴西外交部长若昂·卡瓦略则表示，巴西愿意合作。");
    assert_eq!(people(&x), vec!["若昂·卡瓦略"]);
    assert_eq!(speakers(&x), vec!["若昂·卡瓦略"]);
    let x = run("澳大利亚气候变化和能源部长马修·卡伦则坦言，各方分歧很大。");
    assert_eq!(people(&x), vec!["马修·卡伦"]);
    // (a name of transliteration chars that holds 连 stays whole)
    assert_eq!(people(&run("约翰·连恩表示，会继续努力。")), vec!["约翰·连恩"]);
}

/// Right after a title, a noun of a surname and a char (王家) and a name char the dictionary
/// files as a name (富) are a name (书记|王家|富); not a noun and a common char (督察|管理|制).
#[test]
fn a_name_that_opens_with_a_noun_after_a_title() {
    let x = run("青龙村党支部书记王家富，也有扎根大山的医生。");
    assert_eq!(people(&x), vec!["王家富"]);
    assert_eq!(people(&run("县长王家富说，今年要加快进度。")), vec!["王家富"]);
    assert!(people(&run("他们建立了资格审查制、督察管理制、目标管理制。")).is_empty());
}

/// A town the dictionary lacks is a place before one of its villages or its bodies, after
/// 的 too (增收的|毛浴|镇|青龙|村); a body cut after the town's name opens with the town, and
/// so does the role held there.
#[test]
fn a_town_before_its_village() {
    let x = run("带动群众增收的毛浴镇青龙村党支部书记王家富出席。");
    assert!(places(&x).contains(&"毛浴镇"), "{:?}", places(&x));
    assert_eq!(people(&x), vec!["王家富"]);
    assert!(orgs(&x).contains(&"毛浴镇青龙村党支部"), "{:?}", orgs(&x));
    assert_eq!(
        roles(&x, "王家富"),
        vec![("书记".to_string(), Some("毛浴镇青龙村党支部".to_string()))]
    );
}

/// A name of any chars opening a clause before a head and a title is the body's (淘|天|集团
/// 总裁, 八步|沙|林场|副场长); 联会, 林场, 投顾 and 办事处 are heads; a law firm's branch city
/// in brackets is its name's; 自治区 before a department is its level, as 省 is.
#[test]
fn bodies_by_names_the_dictionary_does_not_know() {
    let x = run("淘天集团总裁卫晨阳表示，今年平台把更多流量给了新品牌。");
    assert_eq!(roles(&x, "卫晨阳"), vec![("总裁".to_string(), Some("淘天集团".to_string()))]);
    let x = run("八步沙林场副场长陈树林说，今年林场承担了治沙任务。");
    assert_eq!(roles(&x, "陈树林"), vec![("副场长".to_string(), Some("八步沙林场".to_string()))]);
    let x = run("香港保險業聯會主席黃家敏說，初步估計索償金額不大。");
    assert_eq!(roles(&x, "黃家敏"), vec![("主席".to_string(), Some("香港保險業聯會".to_string()))]);
    let x = run("凱基投顧研究員蕭文彥表示，超商產業已進入成熟期。");
    assert_eq!(roles(&x, "蕭文彥"), vec![("研究員".to_string(), Some("凱基投顧".to_string()))]);
    let x = run("中国路桥肯尼亚办事处总经理韩振东介绍，施工期间培训了当地青年。");
    assert_eq!(
        roles(&x, "韩振东"),
        vec![("总经理".to_string(), Some("中国路桥肯尼亚办事处".to_string()))]
    );
    let x = run("北京中衡（成都）律师事务所律师严子豪指出，商家应当退款。");
    assert_eq!(
        roles(&x, "严子豪"),
        vec![("律师".to_string(), Some("北京中衡（成都）律师事务所".to_string()))]
    );
    let x = run("自治区教育厅副厅长阿依古丽·吐尔逊在发布会上说，新高考实行新模式。");
    assert_eq!(
        roles(&x, "阿依古丽·吐尔逊"),
        vec![("副厅长".to_string(), Some("自治区教育厅".to_string()))]
    );
    // (no body of a clause's opening words and a bare head without a title after it)
    assert!(orgs(&run("随后林场工人开始植树。")).is_empty());
}

/// Events a story reports by their kind alone (媒体沟通会, 新闻通报会, 联合记者会, 下水仪式,
/// 開學禮); a press conference numbered in its year (2026年第19场新闻发布会), but not a count
/// of them (三场新闻发布会).
#[test]
fn events_by_their_kind_and_their_number_in_the_year() {
    let ev = |t: &str| -> Vec<String> { run(t).events.iter().map(|e| e.name.clone()).collect() };
    assert_eq!(ev("淘天集团总裁在12日凌晨举行的媒体沟通会上表示，今年业绩增长。"), ["媒体沟通会"]);
    assert_eq!(ev("梁振华在新闻通报会上表示，今年赛事共设置补给站12个。"), ["新闻通报会"]);
    assert_eq!(ev("双方在会谈后举行联合记者会。"), ["联合记者会"]);
    assert_eq!(ev("该舰在长兴岛造船基地举行下水仪式。"), ["下水仪式"]);
    assert_eq!(ev("教育部召开2026年第19场新闻发布会。"), ["2026年第19场新闻发布会"]);
    assert_eq!(ev("他参加了三场新闻发布会。"), ["新闻发布会"]);
}

/// Seas, deserts and regions by their usual names (南太平洋, 腾格里沙漠, 南疆), landmarks
/// (珠江新城, 二沙岛, 广州塔) and Hong Kong's districts (柴灣, 杏花邨), no person among them.
#[test]
fn regions_deserts_and_landmarks() {
    let x = run("援助南太平洋岛国，治理腾格里沙漠南缘，南疆地区考生增加。");
    assert_eq!(places(&x), vec!["南太平洋", "腾格里沙漠", "南疆"]);
    let x = run("赛道途经珠江新城、二沙岛和广州塔。");
    assert_eq!(places(&x), vec!["珠江新城", "二沙岛", "广州塔"]);
    let x = run("記者上午在柴灣杏花邨海旁所見，商戶以沙包堵塞店門。");
    assert!(places(&x).contains(&"柴灣") && places(&x).contains(&"杏花邨"), "{:?}", places(&x));
    assert!(people(&x).is_empty(), "{:?}", people(&x));
}

/// A Tibetan name of two parts is a reporter's in a credit across a space, after another
/// name too (（记者 马骁 仁青卓玛）), and a person after 员 that the segmenter cut off its word
/// (管|护|员|才仁桑周); no name of a year's 〇 (將於二〇二七年) nor of words for plant
/// protection, forestry, a deer, a sand hollow, a currency or a coffee.
#[test]
fn tibetan_names_in_credits_and_words_that_are_no_names() {
    let x = run("新华社西宁12月3日电（记者 仁青卓玛 马骁）记者3日从管理局获悉。");
    assert_eq!(people(&x), vec!["仁青卓玛", "马骁"]);
    let credited: Vec<&str> = x.credits.iter().flat_map(|c| c.names.iter().map(String::as_str)).collect();
    assert!(credited.contains(&"仁青卓玛") && credited.contains(&"马骁"), "{credited:?}");
    let x = run("新华社西宁12月3日电（记者 马骁 仁青卓玛）记者3日获悉。");
    assert_eq!(people(&x), vec!["马骁", "仁青卓玛"]);
    assert_eq!(people(&run("在昂赛乡，生态管护员才仁桑周已经巡护了9年。")), vec!["才仁桑周"]);
    for t in [
        "共約八千個經屋單位將於二〇二七年起陸續落成。",
        "巴西雷亚尔兑美元汇率小幅走强。",
        "植保无人机依次升空。",
        "红外相机记录到藏狐、白唇鹿等兽类。",
        "一棵梭梭苗要在沙窝里活下来有多不容易。",
        "主播正用中文介绍阿拉比卡咖啡豆。",
    ] {
        assert!(people(&run(t)).is_empty(), "{t}: {:?}", people(&run(t)));
    }
}

/// A party named by words before 党, with a candidate or a title after it (劳工党候选人,
/// 巴西民主运动党候选人); 候选人 is a title held at the party; a head char right after a
/// title opens a name, no section (候选人|科|斯塔); no party of 入党 or 全党.
#[test]
fn parties_and_their_candidates() {
    let x = run("劳工党候选人若昂·卡洛斯·门德斯获胜。");
    assert_eq!(orgs(&x), vec!["劳工党"]);
    assert_eq!(
        roles(&x, "若昂·卡洛斯·门德斯"),
        vec![("候选人".to_string(), Some("劳工党".to_string()))]
    );
    assert_eq!(orgs(&run("巴西民主运动党候选人卡约说，选民作出了选择。")), vec!["巴西民主运动党"]);
    assert_eq!(orgs(&run("自由党候选人科斯塔落败。")), vec!["自由党"]);
    for t in ["他入党后担任书记。", "全党同志要团结。"] {
        assert!(orgs(&run(t)).is_empty(), "{t}");
    }
}

/// The committee that runs a named event, a noun for the dictionary (广州马拉松组委会,
/// 进博会组委会), speaks as a body; not one of a generic word (大会组委会, 大赛组委会).
#[test]
fn the_committee_of_a_named_event() {
    let x = run("据广州马拉松组委会介绍，今年共有3万人参赛。");
    assert_eq!(orgs(&x), vec!["广州马拉松组委会"]);
    assert_eq!(speakers(&x), vec!["广州马拉松组委会"]);
    assert_eq!(orgs(&run("进博会组委会表示，今年展商增加。")), vec!["进博会组委会"]);
    for t in ["大会组委会表示，今年展商增加。", "大赛组委会日前推出了新规则。"] {
        assert!(orgs(&run(t)).is_empty(), "{t}: {:?}", orgs(&run(t)));
    }
}

/// Cents written 仙 after a number with its currency before it (港币6.5仙), as Hong Kong and
/// Malaysian papers write dividends.
#[test]
fn cents_after_a_currency_written_before_the_number() {
    let m = common::money("董事会建议派发中期股息每股港币6.5仙。");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].0, "港币6.5仙");
    assert!((m[0].1 - 0.065).abs() < 1e-9 && m[0].2 == "HKD", "{m:?}");
    let m = common::money("每股派息港币6.5元。");
    assert_eq!(m[0].0, "港币6.5元");
}

/// A dotted name whose parts open one longer dotted name (a headline's 卢卡斯·费雷拉 of
/// 卢卡斯·费雷拉·达席尔瓦) is that person, and so then is the first part alone (卢卡斯).
#[test]
fn a_short_dotted_name_joins_the_long_one() {
    let x = run("蓉城签下卢卡斯·费雷拉\n\n成都蓉城足球俱乐部宣布签下巴西前锋卢卡斯·费雷拉·达席尔瓦。卢卡斯表示，很高兴来到成都。");
    assert_eq!(people(&x), vec!["卢卡斯·费雷拉·达席尔瓦"]);
    assert_eq!(speakers(&x), vec!["卢卡斯·费雷拉·达席尔瓦"]);
    assert_eq!(common::person(&x, "卢卡斯·费雷拉·达席尔瓦").mentions.len(), 3);
    // (two longer names it opens: none joined)
    let x = run("约翰·史密斯·琼斯和约翰·史密斯·布朗出席。约翰·史密斯表示欢迎。");
    assert_eq!(people(&x).len(), 3, "{:?}", people(&x));
}

/// Veterans affairs bodies keep their level before the verb 退役 (县退役军人事务局).
#[test]
fn veterans_affairs_bodies() {
    let x = run("县退役军人事务局党组书记、局长何文斌介绍，今年以来发放各类资金。");
    assert_eq!(
        roles(&x, "何文斌"),
        vec![
            ("党组书记".to_string(), Some("县退役军人事务局".to_string())),
            ("局长".to_string(), Some("县退役军人事务局".to_string()))
        ]
    );
    assert_eq!(orgs(&run("四川省退役军人事务厅发布通知。")), vec!["四川省退役军人事务厅"]);
}
