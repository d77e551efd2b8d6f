//! Session 41: what an eleventh audit of 32 articles (technology, mining and energy;
//! culture, religion, tourism and obituaries; labour, social security and local government;
//! Japan, Korea, Europe and Taiwan in Chinese-language papers) got wrong, and errors left
//! from session 40.

mod common;
use common::run;

fn people(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

fn places(x: &zhextract::Extraction) -> Vec<&str> {
    x.locations.iter().map(|p| p.name.as_str()).collect()
}

fn speakers(x: &zhextract::Extraction) -> Vec<&str> {
    x.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect()
}

/// An airport keeps its city, as its official name does (成都双流国际机场), though not a
/// country (美国|肯尼迪国际机场); a name the dictionary files as a person's (白云) or a
/// transliteration that opens with a unit's char (米|兰马尔彭萨) is still the airport's.
#[test]
fn airports_keep_their_cities() {
    let x = run("航班从成都双流国际机场起飞，经停广州白云国际机场，降落在米兰马尔彭萨国际机场。");
    let p = places(&x);
    for a in ["成都双流国际机场", "广州白云国际机场", "米兰马尔彭萨国际机场"] {
        assert!(p.contains(&a), "{a}: {p:?}");
    }
    // (no place cut inside another: 米兰马尔 beside 兰马尔彭萨国际机场)
    assert!(!p.iter().any(|n| n.starts_with("米兰马尔") && !n.ends_with("机场")), "{p:?}");
    assert!(people(&x).is_empty(), "{:?}", people(&x));
    let x = run("受暴雪影响，美国肯尼迪国际机场关闭。");
    let p = places(&x);
    assert!(p.contains(&"肯尼迪国际机场") && p.contains(&"美国"), "{p:?}");
}

/// A name of two given chars right before a verb of saying keeps its last char, though that
/// char is common as a verb (孙晓萌|表示); an adverb there is no name's (王军|今|表示).
#[test]
fn a_name_before_a_verb_of_saying_keeps_its_last_char() {
    let x = run("孙晓萌表示，团队会继续努力。");
    assert_eq!(people(&x), vec!["孙晓萌"]);
    assert_eq!(speakers(&x), vec!["孙晓萌"]);
    let x = run("孫曉萌表示，團隊會繼續努力。");
    assert_eq!(people(&x), vec!["孫曉萌"]);
    for t in ["王军称表示，会继续努力。", "王军等表示，会继续努力。", "王军萌生退意。"] {
        assert_eq!(people(&run(t)), vec!["王军"], "{t}");
    }
}

/// Japanese family names of present-day news (桐生, 杉浦, 三宅, 中西, 大森, 望月, 田岛,
/// 久保田 …); after a title, a given name of two single chars that the dictionary reads as a
/// verb and a noun is still the name's (大臣大森|修|平).
#[test]
fn japanese_names_of_present_day_news() {
    let x = run("自民党总裁桐生雅人当选首相，前防卫大臣大森修平出任内阁官房长官，公明党代表杉浦隆则指出，两党将继续合作。");
    assert_eq!(people(&x), vec!["桐生雅人", "大森修平", "杉浦隆"]);
    let x = run("日本众议院议员三宅俊介、日中经济协会专务理事田岛和彦出席。所长中西绫子表示，重建仍需时日。");
    assert_eq!(people(&x), vec!["三宅俊介", "田岛和彦", "中西绫子"]);
    // (暨 inside a run joins two events: no person 暨新春)
    let x = run("协会成立十周年庆典暨新春联欢会在东京举行。");
    assert!(people(&x).is_empty(), "{:?}", people(&x));
    // (no Japanese name from a region: 中西部地区)
    assert!(people(&run("中西部地区经济增长较快。")).is_empty());
}

/// A dotted name's last part may end on 宁 or 歇 (维尔塔宁, 布歇); a first part of its own
/// before a hyphen joins the name (皮埃尔-伊夫·洛朗); a word the dictionary files as a
/// name but holds no transliteration char is no part away from the dot (约翰·史密斯|宁可); and
/// a clause with a dotted name after 记者 is no credit.
#[test]
fn dotted_names_end_where_they_end() {
    let x = run("欧委会委员安娜·维尔塔宁则在另一场吹风会上表示，调查仍在进行。");
    assert_eq!(people(&x), vec!["安娜·维尔塔宁"]);
    assert_eq!(people(&run("法国内政部长托马·布歇当晚表示，共有183人被拘留。")), vec!["托马·布歇"]);
    assert_eq!(people(&run("里昂第二大学教授皮埃尔-伊夫·洛朗接受采访时指出，局势复杂。")), vec!["皮埃尔-伊夫·洛朗"]);
    let x = run("记者见到了约翰·史密斯宁可不说。");
    assert_eq!(people(&x), vec!["约翰·史密斯"]);
    assert!(x.credits.is_empty(), "{:?}", x.credits);
}

fn onames(x: &zhextract::Extraction) -> Vec<&str> {
    x.organizations.iter().map(|o| o.name.as_str()).collect()
}

/// Bodies the walk cut short: two fields joined by 和 with 广电 among them (文化广电和旅游局);
/// State Grid's companies by its short name (国网泉州供电公司) beside the outlet 中国网; a
/// state agency with a field the dictionary calls an adjective (国家矿山安全监察局) and its
/// bureau in a province; a bank's branch after a verb of listing (包括|中国建设银行湖北省分行).
#[test]
fn bodies_the_walk_cut_short() {
    assert_eq!(onames(&run("浚县文化广电和旅游局局长李明介绍，客流增长。")), vec!["浚县文化广电和旅游局"]);
    assert_eq!(onames(&run("国网泉州供电公司配电运检室主任张三说，线路已恢复。"))[0], "国网泉州供电公司");
    assert_eq!(onames(&run("国网南安市供电公司组织抢修。")), vec!["国网南安市供电公司"]);
    assert_eq!(onames(&run("中国网报道，活动吸引了大量游客。")), vec!["中国网"]);
    assert!(onames(&run("中国网民规模达10亿。")).is_empty());
    assert_eq!(onames(&run("国家矿山安全监察局贵州局公布了调查报告。")), vec!["国家矿山安全监察局贵州局"]);
    assert_eq!(onames(&run("国家安全生产监督管理总局公布了报告。")), vec!["国家安全生产监督管理总局"]);
    assert_eq!(
        onames(&run("合作银行包括中国建设银行湖北省分行、招商银行武汉分行等。")),
        vec!["中国建设银行湖北省分行", "招商银行武汉分行"]
    );
}

fn events(x: &zhextract::Extraction) -> Vec<&str> {
    x.events.iter().map(|e| e.name.as_str()).collect()
}

/// Events named with what the dictionary cuts apart or files elsewhere: an anniversary and
/// what it is of (建校100周年纪念大会), a quarter (四季度安全生产工作会议), safety, a congress's
/// delegates (第七次代表会议), a feast (正月古庙会, 新春联欢会), a season (夜游季, 采摘季) and
/// its opening, 非物质文化遗产, a film award (台北電影獎); two events joined by 暨 are one, and
/// a congress's numbered session is the congress's; a span of time opens none (国庆|期间|大会).
#[test]
fn events_named_whole() {
    let cases = [
        ("闽西大学建校100周年纪念大会在龙腾校区体育馆隆重举行。", "闽西大学建校100周年纪念大会"),
        ("国网泉州供电公司召开四季度安全生产工作会议。", "四季度安全生产工作会议"),
        ("江西省道教协会第七次代表会议在南昌召开。", "江西省道教协会第七次代表会议"),
        ("作品在第六届中国非物质文化遗产博览会上获奖。", "第六届中国非物质文化遗产博览会"),
        ("主办的第三届洛阳古都夜游季在定鼎门开幕。", "第三届洛阳古都夜游季"),
        ("在11月8日举行的寻乌脐橙采摘季启动仪式上，县长表示。", "寻乌脐橙采摘季启动仪式"),
        ("第28屆台北電影獎昨晚在台北市中山堂舉行。", "第28屆台北電影獎"),
        ("为期15天的浚县正月古庙会暨第十二届黄河古县元宵灯会在浚县古城落下帷幕。", "浚县正月古庙会暨第十二届黄河古县元宵灯会"),
        ("2026年全国跳水锦标赛暨第二十届亚运会选拔赛在武汉举行。", "2026年全国跳水锦标赛暨第二十届亚运会选拔赛"),
        ("协会成立十周年庆典暨新春联欢会在东京举行。", "协会成立十周年庆典暨新春联欢会"),
    ];
    for (t, e) in cases {
        assert_eq!(events(&run(t)), vec![e], "{t}");
    }
    assert!(events(&run("国庆期间大会召开。")).is_empty());
    assert!(events(&run("并同在沪葡资企业代表座谈。")).is_empty());
}

/// A county named with its level char heads a county whose committee repeats the char
/// (浚县|县委副书记、县长 → 县长 of 浚县, not 浚县县); Hong Kong's 昨午 is a date; a scenic
/// area is a place with its name (玉龙雪山景区, 老君山景区, 云台山景区), where the place word
/// before it stays in.
#[test]
fn counties_noons_and_scenic_areas() {
    let x = run("浚县县委副书记、县长任志刚表示，将推动古城保护。");
    assert_eq!(
        common::roles(&x, "任志刚"),
        vec![("副书记".to_string(), Some("浚县县委".to_string())), ("县长".to_string(), Some("浚县".to_string()))]
    );
    let x = run("宁都县委副书记、县长赖晓春作报告。");
    assert_eq!(common::roles(&x, "赖晓春")[1], ("县长".to_string(), Some("宁都县".to_string())));
    let x = run("勞工及福利局局長昨午會見傳媒。");
    assert_eq!(x.dates.iter().map(|d| d.text.as_str()).collect::<Vec<_>>(), vec!["昨午"]);
    for (t, p) in [
        ("。玉龙雪山景区假期共接待游客19.2万人次。", "玉龙雪山景区"),
        ("老君山景区接待游客38.4万人次。", "老君山景区"),
        ("云台山景区接待游客。", "云台山景区"),
    ] {
        assert!(places(&run(t)).contains(&p), "{t}: {:?}", places(&run(t)));
    }
    assert!(places(&run("多个景区推出优惠。")).is_empty());
}

/// Two countries by their one-char names name an association of both (中日友好协会, 日|中
/// 经济协会); a body's whole name before a verb is its subject, no part of the next body
/// (集团公司|授予|大同矿业分公司); 实业家, 开行, 班列, 国开行 as words (中欧班列开行 is no
/// bank); 专务理事 as a title.
#[test]
fn associations_of_two_countries_and_subjects_of_verbs() {
    assert_eq!(onames(&run("中日友好协会会长出席。")), vec!["中日友好协会"]);
    let x = run("日中经济协会专务理事田岛和彦出席。");
    assert_eq!(onames(&x), vec!["日中经济协会"]);
    assert_eq!(
        common::roles(&x, "田岛和彦"),
        vec![("专务理事".to_string(), Some("日中经济协会".to_string()))]
    );
    assert_eq!(onames(&run("日本华人实业家协会举行庆典。")), vec!["日本华人实业家协会"]);
    assert_eq!(onames(&run("集团公司授予大同矿业分公司等单位称号。")), vec!["大同矿业分公司"]);
    assert!(onames(&run("中欧班列开行数量增长。")).is_empty());
    assert_eq!(onames(&run("国开行贷款500亿元。")), vec!["国开行"]);
    assert_eq!(events(&run("中日韩外长会议在东京举行。")), vec!["中日韩外长会议"]);
}

/// Words the dictionary lacks or files as names (花岗岩, 展柜, 白兰地, 匡列, the outlet 荆楚网)
/// make no person; 呼吁 reports what is called for without a comma (王军呼吁政府…).
#[test]
fn common_words_and_calls() {
    assert_eq!(people(&run("殷兆麟长期从事花岗岩研究。")), vec!["殷兆麟"]);
    assert_eq!(people(&run("研究馆员郭长庚站在展柜前，对记者介绍。")), vec!["郭长庚"]);
    for t in ["中方对欧洲白兰地采取反制措施。", "预算匡列新台幣1650億元。", "从事花岗岩研究。"] {
        assert!(people(&run(t)).is_empty(), "{t}: {:?}", people(&run(t)));
    }
    let x = run("来源：荆楚网　作者：詹小雨");
    assert_eq!(people(&x), vec!["詹小雨"]);
    assert_eq!(onames(&x), vec!["荆楚网"]);
    assert_eq!(speakers(&run("王军也呼吁政府重启与工会的对话。")), vec!["王军"]);
}

/// A photo's credit closing its caption inside brackets is the photographer's (（图为…现场。
/// 泉州晚报记者 施雨航 摄）); an editor in the dateline's bracket is credited (财联社…讯（编辑
/// 卢思彤）), an editor's word in running text is not.
#[test]
fn captions_in_brackets_and_editors_in_datelines() {
    let roles_of = |t: &str| {
        run(t).credits.iter().map(|c| (format!("{:?}", c.role), c.names.clone())).collect::<Vec<_>>()
    };
    assert_eq!(
        roles_of("（图为招聘会现场。泉州晚报记者 施雨航 摄）"),
        vec![("Photographer".to_string(), vec!["施雨航".to_string()])]
    );
    let c = roles_of("财联社10月30日讯（编辑 卢思彤）受需求带动，股市上涨。");
    assert!(c.contains(&("Editor".to_string(), vec!["卢思彤".to_string()])), "{c:?}");
    assert!(roles_of("他是编辑部主任王军。").is_empty());
}

/// Two words of a field between a body and a title are the title's (中国驻阿根廷大使馆|经济|
/// 商务|参赞 → 经济商务参赞 of the embassy).
#[test]
fn two_field_words_before_a_title() {
    let x = run("中国驻阿根廷大使馆经济商务参赞郝建军出席签约仪式。");
    assert_eq!(
        common::roles(&x, "郝建军"),
        vec![("经济商务参赞".to_string(), Some("中国驻阿根廷大使馆".to_string()))]
    );
}
