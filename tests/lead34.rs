//! Session 34: people whose given name is a common word (王建国, 李红旗, 陈建设) in the
//! places news names them, and what a fourth audit of 32 articles (messy pastes and
//! company news, law and personnel, local news, the world, health and schools) got wrong.

mod common;
use common::run;

fn people(s: &str) -> Vec<String> {
    run(s).people.iter().map(|p| p.name.clone()).collect()
}

/// A surname and a given name that is also a word (建国, 红旗, 建设, 学习) is a person
/// before 在 and the occasion a verb of saying follows, after 据 opening the phrase, and
/// after 的; the same words after a body (各方, 美方) or a pronoun give no person.
#[test]
fn a_given_name_that_is_a_word_in_a_speakers_place() {
    for name in ["王建国", "李红旗", "陈建设", "周胜利", "王学习"] {
        for s in [
            format!("{name}在接受记者采访时表示，今年产量将创新高。"),
            format!("村里的{name}说，今年收成不错。"),
            format!("据{name}透露，公司计划明年上市。"),
            format!("{name}在会上强调，要抓好落实。"),
        ] {
            let p = people(&s);
            assert!(p.iter().any(|x| x == name), "{s}: {p:?}");
        }
    }
    for s in [
        "各方在会谈时表示，将加强合作。",
        "美方在声明中强调，将继续施压。",
        "据新华社报道，会议于昨日召开。",
        "大家在座谈会上说，变化很大。",
        "同时在会上指出，要抓好落实。",
    ] {
        let p = people(s);
        assert!(p.is_empty(), "{s}: {p:?}");
    }
}

/// 指 reports a post or a statement as 称 does, however far its author stands before it
/// (發文指, 撰文指); alone it still says only right after its speaker.
#[test]
fn a_post_reported_with_zhi() {
    let q = common::quotes("林世雄昨日在社交平台發文指，政府會繼續推進相關工作。");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].0.as_str(), q[0].1.as_str()), ("林世雄", "指"));
    // (据 opens a described speaker: 据公司相关负责人透露)
    let q = common::quotes("据公司相关负责人透露，项目进展顺利。");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!((q[0].0.as_str(), q[0].1.as_str()), ("公司相关负责人", "透露"));
    let q = common::quotes("林世雄昨日在會上用手指着地圖，介紹了規劃。");
    assert!(q.iter().all(|x| x.1 != "指"), "{q:?}");
}

/// A list of appointments under its verb, one a line, as a congress's standing committee
/// publishes it: each name opens its line, before 为 and the posts (任命) or 的 and the posts
/// with 职务 (免去); 为 after the name is no given-name char before the body's place.
#[test]
fn a_list_of_appointments_one_a_line() {
    let s = "苏州市人民代表大会常务委员会任免名单\n\n决定任命：\n陆建明为苏州市发展和改革委员会主任；\n周晓岚为苏州市教育局局长。\n\n决定免去：\n钱宏伟的苏州市发展和改革委员会主任职务。\n\n任命：\n顾晨为苏州市人民代表大会常务委员会办公室副主任；\n许静为苏州市人民检察院检察委员会委员、检察员。\n";
    let x = run(s);
    for (name, title, org) in [
        ("陆建明", "主任", "苏州市发展和改革委员会"),
        ("周晓岚", "局长", "苏州市教育局"),
        ("钱宏伟", "主任", "苏州市发展和改革委员会"),
        ("顾晨", "副主任", "苏州市人民代表大会常务委员会办公室"),
    ] {
        let r = common::roles(&x, name);
        assert!(r.iter().any(|(t, o)| t == title && o.as_deref() == Some(org)), "{name}: {r:?}");
    }
    let o: Vec<_> = x.organizations.iter().map(|o| o.name.clone()).collect();
    assert!(!o.iter().any(|n| n.starts_with("顾晨") || n.starts_with("许静")), "{o:?}");
    // (a line that opens with a name but names no post is no appointment)
    let p = people("会议指出：\n王明为此付出了很多努力。\n");
    assert!(p.iter().all(|n| n != "王明为"), "{p:?}");
}

/// Malaysia's and Indonesia's states and cities and Vietnam's border provinces, as Chinese
/// papers of the region name them; a Malaysian honorific (拿督斯里) between a post and the
/// name is no post.
#[test]
fn southeast_asian_places_and_honorifics() {
    let p = common::places("登嘉楼州务大臣拿督斯里沙姆苏丁今午在瓜拉登嘉楼表示，彭亨、吉兰丹和登嘉楼灾情严重，关丹已有多人撤离。");
    for t in ["瓜拉登嘉楼", "彭亨", "吉兰丹", "关丹"] {
        assert!(common::has(&p, t), "{t}: {p:?}");
    }
    let x = run("登嘉楼州务大臣拿督斯里沙姆苏丁今午在瓜拉登嘉楼表示，将拨款救灾。");
    let r = common::roles(&x, "沙姆苏丁");
    assert!(r.iter().any(|(t, _)| t == "州务大臣"), "{r:?}");
    assert!(r.iter().all(|(t, _)| !t.starts_with("拿督")), "{r:?}");
    let p = common::places("来自印尼棉兰和泗水的侨商，以及越南芒街、岘港的客商参加了活动。");
    for t in ["棉兰", "泗水", "芒街", "岘港"] {
        assert!(common::has(&p, t), "{t}: {p:?}");
    }
}

/// Tibetan and Mongolian names of two parts (孟和巴特尔, 那顺巴雅尔, 多杰才旦), or one part
/// and 措 (卓玛措), after a word for a kind of person or before a verb of saying.
#[test]
fn tibetan_and_mongolian_names_of_two_parts() {
    for (s, name) in [
        ("牧民孟和巴特尔表示，今年冬季旅游很火。", "孟和巴特尔"),
        ("嘎查党支部书记那顺巴雅尔介绍，全村有牧户120户。", "那顺巴雅尔"),
        ("扎陵湖乡党委书记多杰才旦介绍，全乡有管护员300多名。", "多杰才旦"),
        ("在黄河乡，由牧民卓玛措牵头成立的合作社已有40户。", "卓玛措"),
        ("扎陵湖乡擦泽村牧民才让多杰裹紧羊皮袄，骑上摩托车出发。", "才让多杰"),
    ] {
        let p = people(s);
        assert!(p.iter().any(|x| x == name), "{s}: {p:?}");
    }
    // (a measure is no name: 措施)
    let p = people("牧民卓玛措施得当，草场恢复很快。");
    assert!(p.iter().all(|x| x != "卓玛措"), "{p:?}");
}

/// Towns, townships and subdistricts the dictionary does not know, named where the sentence
/// says a place: after a word of place or of listing (深入梅山镇、天堂寨镇, 从煤山镇, 至巴彦库仁镇,
/// 在太湖街道) or before a list of them (泗安镇、雉城街道); common nouns before the suffix name
/// none (特色小镇, 乡镇, 创业街道).
#[test]
fn towns_where_the_sentence_says_a_place() {
    let p = common::places("县委书记周建华深入梅山镇、天堂寨镇，调研项目建设。泗安镇、雉城街道也纷纷出台政策。在太湖街道，产业园加快建设。从煤山镇起步的铅蓄电池产业。开通了海拉尔区至巴彦库仁镇的旅游直通车。");
    for t in ["梅山镇", "天堂寨镇", "泗安镇", "雉城街道", "太湖街道", "煤山镇", "巴彦库仁镇"] {
        assert!(common::has(&p, t), "{t}: {p:?}");
    }
    let p = common::places("在特色小镇建设中，古镇旅游很火。干部深入乡镇、村组开展调研。在全镇范围内开展排查。企业在科技小镇、创业街道集聚。");
    assert!(p.is_empty(), "{p:?}");
}

/// A new district in a list (郑东新区: 新 is no given-name char before 区), a port of entry
/// after its city (东兴口岸), and 为 before the company that appoints (聘任邵静为公司…).
#[test]
fn new_districts_ports_of_entry_and_wei_before_a_company() {
    let p = common::places("金水区、郑东新区、航空港区等地还将举办专场招聘会。东兴口岸和北仑河二桥通关顺畅。");
    for t in ["郑东新区", "东兴口岸"] {
        assert!(common::has(&p, t), "{t}: {p:?}");
    }
    let p = people("金水区、郑东新区、航空港区等地还将举办专场招聘会。");
    assert!(p.is_empty(), "{p:?}");
    let p = people("经总裁提名，董事会同意聘任邵静为公司财务负责人。");
    assert_eq!(p, ["邵静"]);
}

/// A list of guests with commas: a title alone after the comma is of the body named before
/// (南京航空航天大学党委书记周建华，校长刘宏); the head of a place is not (董事长王军，副市长李强).
#[test]
fn a_title_alone_after_a_comma_of_guests() {
    let x = run("南京航空航天大学党委书记周建华，校长刘宏，上海飞机设计研究院院长钱振宇、党委书记顾晓峰出席仪式。");
    let r = common::roles(&x, "刘宏");
    assert_eq!(r, [("校长".to_string(), Some("南京航空航天大学".to_string()))]);
    let x = run("鞍钢集团董事长王军，副市长李强出席仪式。");
    let r = common::roles(&x, "李强");
    assert!(r.iter().all(|(_, o)| o.is_none()), "{r:?}");
}

/// Foreign names of three dotted parts whose last opens with a common char (穆斯塔法·哈桑·
/// 易卜拉欣), a hyphen inside the first part (让-皮埃尔·卢梭), and 和 ending a name before a
/// verb of saying (郑永和说).
#[test]
fn dotted_names_whole_and_he_before_saying() {
    for (s, name) in [
        ("苏丹武装部队代表穆斯塔法·哈桑·易卜拉欣说，愿意停火。", "穆斯塔法·哈桑·易卜拉欣"),
        ("法国经济和财政部长让-皮埃尔·卢梭2日在巴黎对媒体说。", "让-皮埃尔·卢梭"),
        ("学院副教授郑永和说，特区和捷运若能配合，效果更好。", "郑永和"),
    ] {
        let p = people(s);
        assert_eq!(p, [name], "{s}");
    }
    // (曾 before 说 is still an adverb: 郎平曾说)
    assert_eq!(people("主教练郎平曾说，比赛要一分一分地打。"), ["郎平"]);
}

/// The reporters of a dateline's byline are the outlet's that opens it, with a label or with
/// names alone in the brackets (中新网梅州12月5日电（蔡敏婕 梁嘉宁）), also under a headline of
/// two lines; and their role as people is the outlet's reporter.
#[test]
fn reporters_of_a_dateline_are_the_outlets() {
    let x = run("社会救助法表决通过\n\n新华社北京12月4日电（记者 韩佳诺 周蕊）十四届全国人大常委会第二十五次会议4日下午表决通过社会救助法。\n");
    let c: Vec<_> = x.credits.iter().filter(|c| c.role == zhextract::CreditRole::Reporter).collect();
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].organization.as_deref(), Some("新华社"));
    let r = common::roles(&x, "韩佳诺");
    assert!(r.iter().any(|(t, o)| t == "记者" && o.as_deref() == Some("新华社")), "{r:?}");
    let x = run("南洋乡亲回梅县\n\n中新网梅州12月5日电（蔡敏婕 梁嘉宁）昨日上午，广东梅州市梅县区南口镇锣鼓喧天。\n");
    let c: Vec<_> = x.credits.iter().filter(|c| c.role == zhextract::CreditRole::Reporter).collect();
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].names, ["蔡敏婕", "梁嘉宁"]);
    assert_eq!(c[0].organization.as_deref(), Some("中新网"));
    let x = run("操纵股价非法获利1.37亿元\n上海一私募实控人一审获刑七年\n\n中新网上海12月3日电（记者 陈静）上海市第一中级人民法院3日公开宣判。\n");
    let c: Vec<_> = x.credits.iter().filter(|c| c.role == zhextract::CreditRole::Reporter).collect();
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].organization.as_deref(), Some("中新网"));
}

/// Schools and hospitals named by two chars the dictionary reads apart (执|信|中学, 湘|雅|二|
/// 医院, numbered after the name), with their city or university before them; customs
/// after their port (东兴海关); a human-resources bureau whose name holds 和.
#[test]
fn schools_hospitals_customs_and_bureaus() {
    let o = common::orgs("他从中南大学湘雅二医院康复出院。广州市执信中学校长何伟明说。据东兴海关统计，今年进出口增长。由郑州市人力资源和社会保障局主办的招聘会开幕。");
    for t in ["中南大学湘雅二医院", "广州市执信中学", "东兴海关", "郑州市人力资源和社会保障局"] {
        assert!(common::has(&o, t), "{t}: {o:?}");
    }
    let o = common::orgs("今年10月转入湘雅二医院时，他的左心功能很差。执信中学天河校区明年招生。");
    for t in ["湘雅二医院", "执信中学"] {
        assert!(common::has(&o, t), "{t}: {o:?}");
    }
    // (a grade or a verb of going to school names no school: 他在读中学, 考上高中)
    let o = common::orgs("他在读中学时就喜欢画画，经海关查验后放行。");
    assert!(o.is_empty(), "{o:?}");
}

/// A publication stamp under a headline and bylines of short lines, or after 发布／, is
/// the day the article's 昨日 and 昨天 speak from; 当天 in a later paragraph than a day
/// to come is the story's day though a quote after it says 将.
#[test]
fn publication_stamps_and_the_storys_day() {
    let dates = |s: &str| {
        let x = zhextract::extract(s, &common::with_reference("2026-12-06"));
        x.dates.iter().map(|d| (d.text.clone(), d.value.clone())).collect::<Vec<_>>()
    };
    let d = dates("广州明年中考普高计划招生将超10万人\n新增公办普高学位1.2万个\n\n文/广州日报新花城记者 陈丽娟 通讯员 穗教宣\n图/广州日报新花城记者 骆昊\n2026-12-03 08:12\n\n广州市教育局昨日召开新闻发布会，公布明年中考方案。\n");
    assert!(d.contains(&("昨日".into(), "2026-12-02".into())), "{d:?}");
    let d = dates("新柔捷运系统本月底通车\n\n文／林慧珊\n发布／2026年12月5日 05:30 AM\n\n交通部长昨天在记者会上宣布票价。\n");
    assert!(d.contains(&("昨天".into(), "2026-12-04".into())), "{d:?}");
    let d = dates("社会救助法表决通过\n\n新华社北京12月4日电 社会救助法自2027年1月1日起施行。\n\n在当天举行的新闻发布会上，发言人表示，“将实践中行之有效的做法上升为法律制度”。\n");
    assert!(d.contains(&("当天".into(), "2026-12-04".into())), "{d:?}");
}

/// Regions the gazetteer lacked (三江源, 黄河源: not 江源 and 河源, two cities' names) and a
/// Uyghur woman's first name before the dot (阿依古丽·麦麦提).
#[test]
fn sanjiangyuan_and_a_uyghur_first_name() {
    let p = common::places("作为三江源国家公园黄河源园区的生态管护员，他每天巡护。");
    assert!(common::has(&p, "黄河源"), "{p:?}");
    assert!(p.iter().all(|x| x != "江源" && x != "河源"), "{p:?}");
    assert_eq!(people("48岁的阿依古丽·麦麦提在车间干了三年。"), ["阿依古丽·麦麦提"]);
}

/// Sports events and fairs by the words that end their names: 冠军赛, 世锦赛, 链博会.
#[test]
fn championships_cups_and_fairs() {
    let x = run("中国队在短池世锦赛上获得5枚金牌。第二届链博会开幕。");
    let e: Vec<_> = x.events.iter().map(|e| e.name.as_str()).collect();
    for t in ["短池世锦赛", "第二届链博会"] {
        assert!(e.contains(&t), "{t}: {e:?}");
    }
}

/// A count of contests without 第 is no part of the event's name (“四届世锦赛冠军”), a year
/// is (2025年世锦赛); a selection round is no named event (校内选拔赛).
#[test]
fn counted_contests_are_no_names() {
    let x = run("他以6:4逆转“四届世锦赛冠军”塞尔比，上一次夺冠还是在2025年世锦赛。学校举行校内选拔赛。");
    let e: Vec<_> = x.events.iter().map(|e| e.name.as_str()).collect();
    assert!(e.contains(&"2025年世锦赛"), "{e:?}");
    assert!(!e.iter().any(|x| x.contains("四届") || x.contains("选拔赛")), "{e:?}");
}

/// No speaker is a place someone is at (…中心有手机店店主表示) or the object of a clause of
/// time (视察…站后宣布).
#[test]
fn no_speaker_from_a_place_of_presence_or_a_clause_of_time() {
    let q = common::quotes("另外，旺角信和中心有手機店店主表示，水貨版售價較行貨便宜近800元。");
    assert!(q.iter().all(|x| !x.0.contains("信和中心")), "{q:?}");
    let q = common::quotes("新马两国交通部长昨天联合视察兀兰北站和新山武吉查卡站后宣布，单程票价为5新元。");
    assert!(q.iter().all(|x| !x.0.contains("站")), "{q:?}");
}

/// A town's party secretary: the town a place and the post's body (天堂寨镇党委书记储晓峰 →
/// 党委书记 @ 天堂寨镇); with no town's name, the post is the town's (镇党委书记王刚).
#[test]
fn a_towns_party_secretary() {
    let x = run("天堂寨镇党委书记储晓峰汇报了工作。镇党委书记王刚说，今年收成好。");
    assert_eq!(common::roles(&x, "储晓峰"), [("党委书记".to_string(), Some("天堂寨镇".to_string()))]);
    assert_eq!(common::roles(&x, "王刚"), [("镇党委书记".to_string(), None)]);
    let p = common::places("陈巴尔虎旗呼和诺尔镇党委书记那顺巴雅尔介绍，全镇有牧户300户。");
    assert!(common::has(&p, "呼和诺尔镇"), "{p:?}");
}

/// A degree is no school: 中央党校大学学历 names 中央党校, not 中央党校大学.
#[test]
fn a_degree_is_no_school() {
    let o = common::orgs("谭志刚，男，1970年生，中央党校大学学历。");
    assert!(common::has(&o, "中央党校"), "{o:?}");
    assert!(o.iter().all(|x| x != "中央党校大学"), "{o:?}");
}
