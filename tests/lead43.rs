//! Session 43: what a thirteenth audit of 32 articles (health, medicine and pharma; courts
//! and law; energy and industry; tourism, culture, religion and local life) got wrong.

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

/// A dotted name after a list's conjunction (韩冰及马修·柯林斯); a name word before a
/// province's suffix is the province (西哈努克省), and the name alone still the person.
#[test]
fn names_after_conjunctions_and_provinces_named_after_people() {
    let x = run("本案仲裁庭由首席仲裁员孙卫东、仲裁员韩冰及马修·柯林斯组成。");
    assert_eq!(people(&x), vec!["孙卫东", "韩冰", "马修·柯林斯"]);
    let x = run("该团伙在柬埔寨西哈努克省设立窝点。");
    assert!(people(&x).is_empty());
    assert_eq!(places(&x), vec!["柬埔寨", "西哈努克省"]);
    assert_eq!(people(&run("西哈努克亲王访问北京。")), vec!["西哈努克"]);
}

/// Places: a site, an old town, a conference centre and a grid's substation are
/// facilities; an avenue whose 大 went to the name before it (仲景大|道); a road after a
/// river's name (白河南路) with no body in 交会处; a town of a verb's and a noun's char
/// after its district (嘉定区安亭镇); 飞往 is a verb, not part of the airport.
#[test]
fn sites_avenues_towns_and_airports() {
    let x = run("在秦安县大地湾遗址出土的器物。");
    assert_eq!(places(&x), vec!["秦安县", "大地湾遗址"]);
    let x = run("会议在成都世纪城国际会议中心举行，海阳变电站已投运。");
    assert!(places(&x).contains(&"成都世纪城国际会议中心"), "{:?}", places(&x));
    assert!(places(&x).contains(&"海阳变电站"), "{:?}", places(&x));
    let x = run("白河院区位于宛城区仲景大道与白河南路交会处，南临白河。");
    assert!(people(&x).is_empty());
    assert!(orgs(&x).is_empty(), "{:?}", orgs(&x));
    assert!(places(&x).contains(&"仲景大道") && places(&x).contains(&"白河南路"), "{:?}", places(&x));
    assert_eq!(places(&run("在嘉定区安亭镇举行。")), vec!["嘉定区", "安亭镇"]);
    let x = run("由北京首都国际机场飞往三亚凤凰国际机场的经济舱机票。");
    assert!(places(&x).contains(&"三亚凤凰国际机场"), "{:?}", places(&x));
    // (a town's old town is the town)
    assert!(!places(&run("在三沙镇古镇村附近海域。")).iter().any(|p| p.ends_with("古镇")));
}

/// No body of a title and a head after a count (一家顾问公司), nor of 空壳公司; a run of
/// transliteration before an industry and a head is no person (贝伦斯|制药|集团).
#[test]
fn generic_companies_and_companies_named_after_people() {
    assert!(orgs(&run("目前在桃园经营一家顾问公司。")).is_empty());
    assert!(orgs(&run("款项经两间在英属维尔京群岛注册的空壳公司转往澳门。")).is_empty());
    let x = run("总部位于德国的贝伦斯制药集团中国区副总裁克劳斯·韦伯表示，价格合理。");
    assert_eq!(people(&x), vec!["克劳斯·韦伯"]);
    // (a person's name before a company head still makes the company: 福特汽车公司)
    assert!(orgs(&run("福特汽车公司宣布裁员。")).contains(&"福特汽车公司"));
}

/// A name cut one char short where that char made a word with the next (詹秋|实在) is the
/// longer name the text also gives (詹秋实出席), not the short one glued to a verb's char as
/// 武磊|接 is; words the name rules read as names (原辅料, 逐周|攀升).
#[test]
fn names_cut_short_and_words_read_as_names() {
    let x = run("北京朝阳医院党委副书记詹秋实出席。詹秋实在讲话中表示，医院将以远程医疗中心为纽带。");
    assert_eq!(people(&x), vec!["詹秋实"]);
    assert_eq!(speakers(&x), vec!["詹秋实"]);
    let x = run("武磊接队友传球破门。武磊在赛后说，很开心。");
    assert_eq!(people(&x), vec!["武磊"]);
    assert!(people(&run("提供2023年至2025年的原辅料采购发票。")).is_empty());
    assert!(people(&run("自10月中旬起阳性率逐周攀升，高峰可能出现在12月。")).is_empty());
}

/// 说明 reports a statement (Taiwan's courts and offices explain); 何 before a form of
/// address opening a clause is the surname (，何女士向记者表示).
#[test]
fn explanations_surnames_that_are_adverbs_and_trade_names() {
    let x = run("臺北地院發言人黃書萍下午說明，本案被告犯行時間長、金額大。");
    assert_eq!(speakers(&x), vec!["黃書萍"]);
    let x = run("庭外，何女士向记者表示，等了三年多终于有个交代。");
    assert_eq!(people(&x), vec!["何女士"]);
    assert_eq!(speakers(&x), vec!["何女士"]);
    // (这说明 is no one's statement)
    assert!(speakers(&run("这说明，经济在回暖。")).is_empty());
}

/// Courts' and arbitrators' titles (首席仲裁员, 高级检控官, 辅警, 矿长); 代表 after a name is
/// a verb unless a verb of saying or a comma follows (范敏代表第九届理事会作报告, but 王军代表
/// 说); a lawyers association, by its full name or its short one (成都市律师协会, 市律协).
#[test]
fn court_titles_representing_and_lawyers_associations() {
    let x = run("首席仲裁员孙卫东说，裁决已生效。");
    assert_eq!(roles(&x, "孙卫东"), vec![("首席仲裁员".to_string(), None)]);
    let x = run("控方由律政司高级检控官区咏诗代表。");
    assert_eq!(roles(&x, "区咏诗"), vec![("高级检控官".to_string(), Some("律政司".to_string()))]);
    let x = run("市律协会长范敏代表第九届理事会作年度工作报告。");
    assert_eq!(roles(&x, "范敏"), vec![("会长".to_string(), Some("市律协".to_string()))]);
    let x = run("王军代表说，要加快发展。");
    assert_eq!(roles(&x, "王军"), vec![("代表".to_string(), None)]);
    let x = run("成都市律师协会（以下简称“市律协”）今天开会。");
    assert_eq!(orgs(&x), vec!["成都市律师协会"]);
}

/// Events: an award's name before 奖 in a ceremony's name (金爵奖颁奖典礼), not a festival's
/// section (主竞赛单元); a campaign named in quotation marks, then its kind (“断卡”行动,
/// “守护洞庭湖”公益诉讼专项监督活动).
#[test]
fn award_ceremonies_and_quoted_campaigns() {
    let events = |t: &str| -> Vec<String> { run(t).events.iter().map(|e| e.name.clone()).collect() };
    assert_eq!(
        events("6月21日晚，第28届上海国际电影节金爵奖颁奖典礼在上海大剧院举行。"),
        vec!["第28届上海国际电影节", "金爵奖颁奖典礼"]
    );
    assert!(events("本届金爵奖主竞赛单元共有13部影片入围。").is_empty());
    assert_eq!(events("泉州市公安局在“断卡”行动中发现该团伙线索。"), vec!["“断卡”行动"]);
    assert_eq!(
        events("检察院开展“守护洞庭湖”公益诉讼专项监督活动。"),
        vec!["“守护洞庭湖”公益诉讼专项监督活动"]
    );
    assert!(events("我们要采取行动。他说“快跑”，大家立即行动。").is_empty());
}

/// Places the gazetteer lacked: Thai and Japanese provinces and cities, Macau's Cotai, a
/// river of Hunan, Henan's regions, Chengdu's new area.
#[test]
fn places_added_in_session_43() {
    let x = run("越来越多人愿意去清莱、难府这些小众目的地，芭堤雅的酒店也在涨价。");
    assert_eq!(places(&x), vec!["清莱", "难府", "芭堤雅"]);
    let x = run("公司总部位于大阪府东大阪市。");
    assert_eq!(places(&x), vec!["大阪府", "东大阪市"]);
    let x = run("国网河南电力在豫西、豫北山区加强巡视。");
    assert!(places(&x).contains(&"豫北"), "{:?}", places(&x));
}

/// Credits of a column's chief editor (栏目主编); forints, zlotys; a surname said as one
/// opens no name (邓姓小巴司机).
#[test]
fn column_editors_forints_and_surnames_said_as_one() {
    let x = run("正文第一段说了很多话。\n栏目主编：顾文韬 文字编辑：裘佳禾\n");
    let names: Vec<&str> = x.credits.iter().flat_map(|c| c.names.iter().map(|n| n.as_str())).collect();
    assert_eq!(names, vec!["顾文韬", "裘佳禾"]);
    let x = run("项目投资额达380亿福林，另有50亿兹罗提。");
    let cur: Vec<&str> = x.money.iter().map(|m| m.currency.as_str()).collect();
    assert_eq!(cur, vec!["HUF", "PLN"]);
    assert!(people(&run("另一名邓姓小巴司机则将物业加按所得交予被告。")).is_empty());
}

/// A group known by name before its province's company of an industry is that company's
/// name (国网河南电力); a country before an industry stays the industry.
#[test]
fn a_group_before_its_provincial_company() {
    let x = run("国网河南电力副总经理孟庆华说，负荷创新高。");
    assert_eq!(orgs(&x), vec!["国网河南电力"]);
    assert_eq!(roles(&x, "孟庆华"), vec![("副总经理".to_string(), Some("国网河南电力".to_string()))]);
}

/// After a quotation, a speaker may say it in a manner of more than two chars
/// (王刚事后心有余悸地说); portals' channels are outlets (新浪财经).
#[test]
fn manners_of_saying_and_portal_channels() {
    let x = run("“他们说我涉嫌洗钱。”王刚事后心有余悸地说。");
    assert_eq!(speakers(&x), vec!["王刚"]);
    assert_eq!(orgs(&run("据新浪财经报道，股市上涨。")), vec!["新浪财经"]);
}

/// A country's ministry of two fields joined by 与 is one body (匈牙利外交与对外经济部).
#[test]
fn ministries_of_two_fields() {
    let x = run("匈牙利外交与对外经济部国务秘书佐尔坦·瓦尔加出席。");
    assert_eq!(orgs(&x), vec!["匈牙利外交与对外经济部"]);
    assert_eq!(
        roles(&x, "佐尔坦·瓦尔加"),
        vec![("国务秘书".to_string(), Some("匈牙利外交与对外经济部".to_string()))]
    );
}

/// 公立 and 私立 are adjectives, so a private school keeps its city and its word
/// (北京市私立汇文中学).
#[test]
fn private_schools() {
    assert_eq!(orgs(&run("北京市私立汇文中学校长说，今年扩招。")), vec!["北京市私立汇文中学"]);
}

/// An outlet's name, a bar, then labelled bylines is a credit line (北京日报客户端｜记者 孙莹
/// 通讯员 谷雨).
#[test]
fn an_outlet_a_bar_and_bylines() {
    let x = run("航空公司被判赔偿\n北京日报客户端｜记者 孙莹 通讯员 谷雨\n正文第一段说了很多话。\n");
    let names: Vec<&str> = x.credits.iter().flat_map(|c| c.names.iter().map(|n| n.as_str())).collect();
    assert_eq!(names, vec!["孙莹", "谷雨"]);
}

/// A run of transliteration before a drug's form names the drug (普拉克索缓释片, 奥司他韦胶囊).
#[test]
fn drugs_are_no_people() {
    assert!(people(&run("治疗帕金森病的普拉克索缓释片，最低报价降至1.35元。")).is_empty());
    assert!(people(&run("奥司他韦胶囊供应充足。")).is_empty());
}
