//! Session 39: what a ninth audit of 32 articles (the world: wire datelines, a summit, the
//! IMF, an election, trade, aid and a ceasefire abroad; officialdom: appointment notices, a
//! discipline bulletin, an obituary, award lists; consumer news: launches, shopping
//! festivals, games, tours, ratings, live-streaming, a car show, holiday trips; rural and
//! local news in both scripts) got wrong.

mod common;
use common::{has, orgs, places, roles, run};

fn people(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

fn events(s: &str) -> Vec<String> {
    run(s).events.into_iter().map(|e| e.name).collect()
}

fn role(title: &str, org: Option<&str>) -> (String, Option<String>) {
    (title.to_string(), org.map(str::to_string))
}

/// A transliterated name of three parts is one person, its last part read by its chars
/// where the dictionary cut it into common ones and a numeral (门|多|萨).
#[test]
fn three_part_names_are_whole() {
    let x = run("菲律宾总统、东盟轮值主席拉蒙·萨尔瓦多·门多萨在开幕式上致辞说：“东盟将继续深化合作。”");
    assert_eq!(people(&x), vec!["拉蒙·萨尔瓦多·门多萨"]);
    assert!(roles(&x, "拉蒙·萨尔瓦多·门多萨").contains(&role("总统", Some("菲律宾"))));
    assert_eq!(x.quotes.len(), 1);
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("拉蒙·萨尔瓦多·门多萨"));
}

/// An envoy's title keeps where the envoy is posted, and the country or body before 驻
/// that sends them is the role's organisation.
#[test]
fn envoys_belong_to_who_sends_them() {
    let x = run("英国驻华大使奥利弗·彭宁顿、中国驻尼泊尔大使程海涛出席。");
    assert_eq!(roles(&x, "奥利弗·彭宁顿"), vec![role("驻华大使", Some("英国"))]);
    assert_eq!(roles(&x, "程海涛"), vec![role("驻尼泊尔大使", Some("中国"))]);
    // (the places stay places)
    let p: Vec<&str> = x.locations.iter().map(|l| l.name.as_str()).collect();
    assert!(p.contains(&"尼泊尔") && p.contains(&"华"), "{p:?}");
    let x = run("世界卫生组织驻尼泊尔代表阿努帕玛·拉奥表示，将提供援助。");
    assert_eq!(roles(&x, "阿努帕玛·拉奥"), vec![role("驻尼泊尔代表", Some("世界卫生组织"))]);
    // (a commercial counsellor, 公参, is a title)
    let x = run("中国驻日本大使馆经济商务处公参葛振华当天出席记者会时指出，今年前9个月增长。");
    assert_eq!(
        roles(&x, "葛振华"),
        vec![role("公参", Some("中国驻日本大使馆经济商务处"))]
    );
}

/// A county's name that opens with a surname, with one given char after it, before 同志
/// or a verb of saying, is a person (于洪|涛); the county alone stays a place.
#[test]
fn county_names_with_a_given_char_are_people() {
    for s in ["于洪涛同志不再担任校长职务。", "于洪涛在发言中表示，完全拥护中央决定。", "据于洪涛介绍，工程已完工。"] {
        let x = run(s);
        assert_eq!(people(&x), vec!["于洪涛"], "{s}");
        assert!(x.locations.is_empty(), "{s}: {:?}", x.locations);
    }
    assert!(has(&places("于洪区表示将加强管理。"), "于洪区"));
}

/// 和 or 则 at a name's end before an adverb or a verb of saying are the name's (李建和|则)
/// or the adverb's (尉迟晓|则|表示).
#[test]
fn names_end_before_adverbs() {
    let x = run("鄰近竹山鎮的里長李建和則帶著里民前來參觀。");
    assert_eq!(people(&x), vec!["李建和"]);
    assert_eq!(roles(&x, "李建和"), vec![role("里長", None)]);
    assert_eq!(people(&run("编剧尉迟晓则表示，创作中最难的是节奏。")), vec!["尉迟晓"]);
    assert_eq!(people(&run("王明和李强都来了。")), vec!["王明", "李强"]);
}

/// Hong Kong's departments named by generic words are organisations (路政署, 渠務署), and
/// a department of a noun that speaks is one (警務處表示); 处 after a place word (路口处)
/// and 处置 are not.
#[test]
fn hong_kong_departments() {
    let o = orgs("香港消防處表示，火警已於昨晚撲滅。路政署及渠務署亦派員到場。");
    for d in ["香港消防處", "路政署", "渠務署"] {
        assert!(has(&o, d), "{d} in {o:?}");
    }
    assert!(has(&orgs("香港警務處發言人稱，九巴車長已被捕。"), "香港警務處"));
    assert!(orgs("做好消防处置工作，警务处置得当，防止发展局面恶化。").is_empty());
    assert!(orgs("路口处说明了情况。").is_empty());
}

/// Posts in an official's career (历任, 曾任) open no place's name.
#[test]
fn careers_open_no_place() {
    let p = places("历任黔阳县农业局技术员、副局长。");
    assert!(has(&p, "黔阳县"), "{p:?}");
    assert!(!p.iter().any(|p| p.starts_with("历任")), "{p:?}");
}

/// Ceremonies of signing and of farewell are events; a farewell is named with whom it is
/// for, as a memorial is.
#[test]
fn signing_and_farewell_ceremonies() {
    assert_eq!(events("双方在签署仪式上握手。"), vec!["签署仪式"]);
    assert_eq!(events("双方在签字仪式上握手。"), vec!["签字仪式"]);
    assert_eq!(
        events("谭振华同志遗体送别仪式定于11月20日在长沙举行。"),
        vec!["谭振华同志遗体送别仪式"]
    );
    let e = events("首批紧急人道主义物资交接仪式在加德满都举行。");
    assert!(e.iter().any(|e| e.starts_with("人道主义")), "{e:?}");
}

/// A transliterated city after 首府 or 省会 is a place, no person.
#[test]
fn capitals_of_provinces_are_places() {
    let x = run("非盟将向北达尔富尔州首府法希尔派驻观察员。");
    assert!(people(&x).is_empty(), "{:?}", people(&x));
    assert!(x.locations.iter().any(|l| l.name == "法希尔"), "{:?}", x.locations);
}

/// A credit line naming a source and then a reporter, in a paragraph with no dateline, is
/// read without fault (the fuzz smoke found an overflow there).
#[test]
fn source_then_reporter_without_a_dateline() {
    let x = run("今天天气很好，大家都出门了。\n来源：新华社 记者：张三\n");
    assert!(x.credits.iter().any(|c| c.names.iter().any(|n| n == "张三")), "{:?}", x.credits);
}

/// A festival the dictionary files as a word of time is no famous name (国庆节|假期); nor
/// is 位 after 有 a surname (有|位阿伯), nor a town's villagers a Japanese name (高桥|镇村民),
/// nor a name before 社区 a person (武盛社区).
#[test]
fn festivals_classifiers_and_towns_are_no_people() {
    assert!(people(&run("国庆节假期全国出游8.93亿人次。")).is_empty());
    assert!(people(&run("前年有位阿伯中风，救护车卡在半山。")).is_empty());
    let x = run("原告李某与被告张某某均系沂水县高桥镇村民。");
    assert_eq!(people(&x), vec!["李某", "张某某"]);
    assert!(x.locations.iter().any(|l| l.name == "高桥镇"), "{:?}", x.locations);
    let x = run("武盛社区党委书记兼居委会主任华国平等8名书记参加。");
    assert_eq!(people(&x), vec!["华国平"]);
    // (a transfer is no part of 李某's name)
    assert_eq!(people(&run("张某某通过微信向李某转账共计4万元。")), vec!["张某某", "李某"]);
    // (nor is the weather: 阴转晴, 增温保温)
    assert!(people(&run("26日：阴转晴，偏北风5～6级。大棚做好增温保温。")).is_empty());
}

/// A Japanese given name may open with 正 (北村正树), as with 和 (植田和男).
#[test]
fn japanese_given_names_with_zheng() {
    let x = run("日本钢铁联盟会长北村正树在东京举行的例行记者会上称，出口减少。");
    assert_eq!(people(&x), vec!["北村正树"]);
    assert_eq!(roles(&x, "北村正树"), vec![role("会长", Some("日本钢铁联盟"))]);
    assert!(people(&run("西村正在开会。")).is_empty());
}

/// A body that works with another (联合, 会同) is no part of the other's name; a joint
/// body named so keeps the word (中国科学院联合实验室).
#[test]
fn bodies_working_together_stay_apart() {
    let o = orgs("卫生院联合射阳县人民医院、射阳县中医院组成12支医疗队。");
    assert!(has(&o, "射阳县人民医院") && has(&o, "射阳县中医院"), "{o:?}");
    assert!(!o.iter().any(|o| o.contains("联合")), "{o:?}");
    assert_eq!(orgs("清华大学联合北京协和医院开展研究。"), vec!["清华大学", "北京协和医院"]);
    assert_eq!(orgs("中国科学院联合实验室成立。"), vec!["中国科学院联合实验室"]);
}

/// A name that opens on a single char after one more at the start of a line or a sentence
/// takes both (盐|阜大众报, 星|澜影像实验室); a level before a bureau stays as it was.
#[test]
fn names_opening_a_line_keep_their_first_char() {
    let x = run("盐阜大众报讯（记者 周雨婷 通讯员 顾建华）昨日，义诊活动启动。");
    assert!(x.organizations.iter().any(|o| o.name == "盐阜大众报"), "{:?}", x.organizations);
    assert_eq!(roles(&x, "周雨婷"), vec![role("记者", Some("盐阜大众报"))]);
    let o = orgs("双方联合调校。星澜影像实验室负责人欧阳静怡称，两家团队合作顺利。");
    assert_eq!(o, vec!["星澜影像实验室"]);
    assert_eq!(orgs("市住建局表示将加强管理。"), vec!["市住建局"]);
    // (a think tank is a body: 华研智库; an excavator's unit is named with it)
    assert!(has(&orgs("第三方调研机构华研智库发布的报告显示，销量增长。"), "华研智库"));
    assert!(has(
        &orgs("广西柳工机械股份有限公司挖掘机事业部党委获表彰。"),
        "广西柳工机械股份有限公司挖掘机事业部党委"
    ));
}

/// A facility named after a transliterated name takes it whole (特里布万国际机场), and the
/// name is no place of its own inside it; an airport keeps its city (session 41).
#[test]
fn facilities_named_by_transliterations() {
    let p = places("交接仪式在加德满都特里布万国际机场举行。");
    assert_eq!(p, vec!["加德满都", "加德满都特里布万国际机场"]);
}

/// Roads numbered by their class letter (S324线, X026县道, G107国道) are places, and the
/// town after one starts after it (汲冢镇, not 线汲冢镇).
#[test]
fn numbered_roads() {
    let p = places("关于S324线汲冢镇王楼村路口道路交通事故的情况通报。");
    assert_eq!(p, vec!["S324线", "汲冢镇", "王楼村"]);
    let p = places("车辆沿X026县道行驶。G107国道拥堵。S213省道封闭。");
    assert_eq!(p, vec!["X026县道", "G107国道", "S213省道"]);
}

/// A year before a brand the dictionary cut apart opens the launch's name, as it does after
/// the verb that holds it (举行|2026|秋季新品发布会).
#[test]
fn launches_named_with_year_and_brand() {
    assert_eq!(
        events("在深圳湾体育中心举行2026星澜秋季全场景新品发布会，正式推出新机。"),
        vec!["2026星澜秋季全场景新品发布会"]
    );
    assert_eq!(events("公司举行2026秋季新品发布会。"), vec!["2026秋季新品发布会"]);
    assert_eq!(events("举办的2026江西省非遗购物节开幕。"), vec!["2026江西省非遗购物节"]);
}

/// 苏丹 before a common word is the country, whose bodies are named with it (苏丹主权委员会,
/// 苏丹武装部队); before a name it is still the sultan's title.
#[test]
fn sudan_is_a_country_before_its_bodies() {
    let x = run("苏丹主权委员会成员、苏丹武装部队代表团团长亚辛·阿卜杜拉·卡迈勒说，协议已签署。");
    let o: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert!(o.contains(&"苏丹主权委员会") && o.contains(&"苏丹武装部队代表团"), "{o:?}");
    assert_eq!(
        roles(&x, "亚辛·阿卜杜拉·卡迈勒"),
        vec![role("团长", Some("苏丹武装部队代表团"))]
    );
    let x = run("文莱苏丹哈桑纳尔会见了王毅。");
    assert_eq!(roles(&x, "哈桑纳尔"), vec![role("苏丹", Some("文莱"))]);
}

/// A text reporter's and a camera reporter's label (文字记者, 摄影记者) is a kind of
/// reporter, no outlet; the camera's is the photographer.
#[test]
fn text_and_camera_reporters() {
    let x = run("正文一段。\n文字记者：吉莫然 买买提江·艾力\n编辑：王芳\n来源：新华社\n");
    assert!(!x.organizations.iter().any(|o| o.name == "文字"), "{:?}", x.organizations);
    let c = x.credits.iter().find(|c| c.names.iter().any(|n| n == "吉莫然")).unwrap();
    assert_eq!(c.label, "文字记者");
    let x = run("摄影记者李强说，很好。");
    assert_eq!(roles(&x, "李强"), vec![role("摄影记者", None)]);
}

/// A trade name opening on a numeral's char takes it (三叶精机株式会社), and the rest of it
/// read again before a post is no person (三|叶精机|社长).
#[test]
fn trade_names_opening_on_a_numeral() {
    let x = run("日本汽车零部件制造商三叶精机株式会社9日在东京总部宣布追加投资。三叶精机社长田中宏一在记者会上表示，中国市场很重要。");
    let o: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert!(o.contains(&"三叶精机株式会社"), "{o:?}");
    assert!(!people(&x).contains(&"叶精机"), "{:?}", people(&x));
    assert!(people(&x).contains(&"田中宏一"), "{:?}", people(&x));
    // (a count stays a count: 第三|…)
    assert!(has(&orgs("他在成都市第三人民医院工作。"), "成都市第三人民医院"));
}

/// A span of time opens no place or body's name (今年以来|全镇, 活動期間|村辦公處), and
/// 参考消息网 is an outlet.
#[test]
fn spans_of_time_open_no_names() {
    assert!(places("回顾总结今年以来全镇党建和中心工作。").is_empty());
    let o = orgs("活動期間村辦公處也動員志工。");
    assert!(!o.iter().any(|o| o.contains("期間")), "{o:?}");
    assert_eq!(orgs("参考消息网11月5日报道，出口减少。"), vec!["参考消息网"]);
}

/// A place's government before its head's title, after 现任, gives the role at the
/// government (大观区人民政府副区长 → 副区长 of 大观区人民政府: since session 46 a division's
/// government written in full is a body), as it does right before a name; a proposed post
/// (拟任) stays none.
#[test]
fn current_posts_at_a_government() {
    let x = run("吴晓峰，男，汉族，1978年2月生，研究生学历，现任大观区人民政府副区长，拟任安庆市财政局局长。");
    assert_eq!(roles(&x, "吴晓峰"), vec![role("副区长", Some("大观区人民政府"))]);
}

/// A court the text named speaks where the bare word opens its finding (法院经审理认为,
/// 法院认为): the last court named before it.
#[test]
fn courts_speak_by_their_bare_word() {
    let x = run("沂水县人民法院近日审结一起民间借贷纠纷案。原告李某诉称借款未还。\n法院经审理认为，借款的利息不得预先在本金中扣除，被告应返还借款。");
    let q: Vec<(Option<&str>, &str)> = x.quotes.iter().map(|q| (q.speaker.as_deref(), q.text.as_str())).collect();
    assert!(
        q.iter().any(|(s, t)| *s == Some("沂水县人民法院") && t.starts_with("借款的利息")),
        "{q:?}"
    );
    // (no court named: no speaker made up)
    let x = run("法院认为，被告的行为构成违约。");
    assert!(x.quotes.iter().all(|q| q.speaker.as_deref() != Some("法院")), "{:?}", x.quotes);
}
