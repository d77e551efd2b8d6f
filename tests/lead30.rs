//! Session 30: Big5 text read as GBK (a Hong Kong or Taiwan page opened as a mainland
//! one: 中華民國 → い地チ瓣) is decoded back; an audit of a state visit, a football final,
//! a company's results, Taipei's new year, a road accident, university admissions, an
//! obituary and the stock market.

mod common;
use common::{date_ranges, has, orgs, places, roles, run, with_reference};
use zhextract::text::repair;

const CLEAN: &str = include_str!("golden/big5/clean.txt");
/// CLEAN encoded as Big5 (code page 950) and decoded as GBK by Python's gb18030 codec,
/// which, as browsers and Windows do, keeps GBK's user-defined codes as private-use chars.
const READ_AS_GBK: &str = include_str!("golden/big5/read_as_gbk.txt");

#[test]
fn big5_read_as_gbk_is_decoded_back() {
    assert!(READ_AS_GBK.contains("ミ猭穦") && READ_AS_GBK.contains('\u{E4C7}'));
    let c = repair(READ_AS_GBK);
    assert_eq!(c.text, CLEAN);
    for r in &c.repairs {
        assert_eq!(&READ_AS_GBK[r.start..r.end], r.original);
    }
    // the extractors read the repaired text; mentions point at the pasted chars
    let x = run(READ_AS_GBK);
    let p = x
        .people
        .iter()
        .find(|p| p.name == "孫玉菡")
        .expect("孫玉菡");
    let m = p.mentions[0];
    assert_eq!(&READ_AS_GBK[m.start..m.end], "甝ド踨");
    assert!(
        x.money.iter().any(|m| m.text == "12億港元"),
        "{:?}",
        x.money
    );
    assert!(
        x.credits.iter().any(|c| c.names == ["周婷"]),
        "{:?}",
        x.credits
    );
}

/// The clean title of a page and a Big5 body read as GBK after it: the title stays (its
/// chars read as Big5 would be rare ones), the body is decoded.
#[test]
fn a_clean_line_before_big5_read_as_gbk_stays() {
    let title = "新华社香港12月5日电 以下为转载内容：\n";
    let c = repair(&format!("{title}{READ_AS_GBK}"));
    assert_eq!(c.text, format!("{title}{CLEAN}"));
}

/// Text with kana or private-use chars of its own is no Big5: Japanese (its kana read as
/// Big5 are common chars, but they make no words), icon-font chars in a page's menu.
#[test]
fn japanese_and_icon_chars_are_no_big5() {
    for s in [
        "東京電力は3日、福島第一原子力発電所の処理水の海洋放出を再開したと発表した。放出は今年度7回目で、約7800トンを17日間かけて放出する予定だという。",
        "岸田首相は「科学的根拠に基づいて対応していく」と述べた。",
        "\u{E600} 首页 \u{E601} 新闻\n记者从市政府获悉，今年前三季度全市地区生产总值同比增长5.2%。\u{E602} 分享 \u{E603} 收藏",
        "ぃ稱岿筁穝翧戈癟",
    ] {
        let c = repair(s);
        assert_eq!(c.text, s);
        assert!(c.repairs.is_empty(), "{:?}", c.repairs);
    }
}

/// Big5 read as GBK: the table a GBK decoder's chars are read back through.
#[test]
fn the_big5_table() {
    use zhextract::text::tables::{big5_of_gbk as big5, BIG5_IN_GBK};
    assert_eq!(BIG5_IN_GBK.len(), 13_503);
    // 中華民國 as Big5 (A4A4 B5D8 A5C1 B0EA) read as GBK
    let read: String = "い地チ瓣".chars().filter_map(big5).collect();
    assert_eq!(read, "中華民國");
    // ，(A141) and 的 (AABA): GBK's user-defined codes, private-use chars
    assert_eq!(big5('\u{E4C7}'), Some('，'));
    assert_eq!(big5('\u{E019}'), Some('的'));
    // 至 (A6DC) in both readings of GBK
    assert_eq!(big5('\u{E790}'), Some('至'));
    assert_eq!(big5('\u{FE13}'), Some('至'));
    // no ETEN kana (C6A1..C8FE) and no private use on the Big5 side
    assert!(BIG5_IN_GBK
        .iter()
        .all(|&(_, b)| !('\u{3040}'..='\u{30FF}').contains(&b)
            && !('\u{E000}'..='\u{F8FF}').contains(&b)));
}

/// A repair of characters decoded one by one maps a mention inside it to its own pasted
/// characters: GBK read as Latin-1 (a paragraph is one repair), and Big5 read as GBK.
#[test]
fn a_mention_inside_a_repaired_paragraph_points_at_its_own_chars() {
    use zhextract::text::tables::GBK;
    let clean = "记者从浙江省获悉，省地方金融管理局局长陈耿表示，今年将继续支持民营企业发展。";
    let latin = |s: &str| -> String {
        s.chars()
            .flat_map(|c| GBK.encode(c).expect("a GBK char"))
            .map(char::from)
            .collect()
    };
    let pasted = latin(clean);
    let x = run(&pasted);
    assert_eq!(x.text, clean);
    assert_eq!(x.repairs.len(), 1);
    let p = x.people.iter().find(|p| p.name == "陈耿").expect("陈耿");
    let m = p.mentions[0];
    assert_eq!(&pasted[m.start..m.end], latin("陈耿"));
    let o = x
        .organizations
        .iter()
        .find(|o| o.name == "省地方金融管理局")
        .expect("the bureau");
    let m = o.mentions[0];
    assert_eq!(&pasted[m.start..m.end], latin("省地方金融管理局"));
}

/// 至 (Big5 A6DC) read as GBK is U+E790 by code page 936 (Windows, Node, Python) and
/// U+FE13 by GB18030-2022 (Chromium): both are read back.
#[test]
fn both_readings_of_a_gbk_code() {
    for c in ['\u{E790}', '\u{FE13}'] {
        let s = format!("盢猭﹚安らパ瞷\u{E1A0}\u{E019}14ら硋˙糤\u{E661}{c}17ら\u{E4C9}");
        assert_eq!(repair(&s).text, "將法定假日由現時的14日逐步增加至17日。");
        // after clean text: 的 (GBK B5C4) would be Big5's 腔
        let s = format!("將法定假日由現時的14ら硋˙糤\u{E661}{c}17ら\u{E4C9}");
        assert_eq!(repair(&s).text, "將法定假日由現時的14日逐步增加至17日。");
    }
}

/// A hall is no organisation (人民大会堂金色大厅), a bureau is (省教育厅).
#[test]
fn a_hall_is_no_organisation() {
    let o =
        orgs("当晚，习近平和夫人彭丽媛在人民大会堂金色大厅为马克龙和夫人布丽吉特举行欢迎宴会。");
    assert!(o.iter().all(|o| !o.ends_with("大厅")), "{o:?}");
    let o = orgs("在市民服务中心营业厅办理业务。省教育厅发布通知。");
    assert_eq!(o, ["省教育厅"]);
}

/// 台 of 台北 is no measure word after a number.
#[test]
fn taipei_after_a_number_is_no_count() {
    let x = run("台北市長蔣萬安今天出席「2027台北最High新年城」記者會。");
    assert!(
        x.quantities.iter().all(|q| !q.text.contains('台')),
        "{:?}",
        x.quantities
    );
    let x = run("工厂新购进3台机器。");
    assert!(
        x.quantities.iter().any(|q| q.text == "3台"),
        "{:?}",
        x.quantities
    );
}

/// A one-char place inside a longer one is part of its name (京沪高铁, G4京港澳高速), but a
/// verb and the place it takes is the place alone (来京: 京).
#[test]
fn one_char_places_inside_a_route_are_its_own() {
    let p = places("G4京港澳高速湖南岳阳段发生一起交通事故。全长1463公里的京沪铁路运行平稳。");
    assert!(has(&p, "G4京港澳高速") && has(&p, "京沪铁路"), "{p:?}");
    for c in ["京", "港", "澳", "沪"] {
        assert!(!has(&p, c), "{c}: {p:?}");
    }
    let p = places("总会会长黄元福日前来京，在国家广播电视总局参加活动。");
    assert!(has(&p, "京") && !has(&p, "来京"), "{p:?}");
}

/// The next title of a 、 list takes a party committee only when it is a party post.
#[test]
fn a_mayor_is_no_post_of_the_party_committee() {
    let x = run("事故发生后，岳阳市委、市政府立即启动应急预案，市委书记曹普华、市长李爱武第一时间赶赴现场。");
    assert_eq!(
        roles(&x, "曹普华"),
        [("书记".to_string(), Some("市委".to_string()))]
    );
    assert_eq!(roles(&x, "李爱武"), [("市长".to_string(), None)]);
    let x = run("会上，省委书记王小明、副书记李大海出席。");
    assert_eq!(
        roles(&x, "李大海"),
        [("副书记".to_string(), Some("省委".to_string()))]
    );
}

/// A prize named after a person is no mention of them.
#[test]
fn a_prize_is_no_person() {
    let x = run(
        "1957年，他与杨振宁因共同提出宇称不守恒理论，获得诺贝尔物理学奖。图灵奖得主姚期智出席。",
    );
    assert!(
        x.people
            .iter()
            .all(|p| p.name != "诺贝尔" && p.name != "图灵"),
        "{:?}",
        x.people
    );
    assert!(x.people.iter().any(|p| p.name == "杨振宁"));
}

/// 观光 is a word: 台北市观光传播局 is one bureau.
#[test]
fn a_tourism_bureau_is_whole() {
    let x = run("台北市观光传播局局长林芳郁指出，晚会当天捷运将24小时营运。");
    assert_eq!(
        roles(&x, "林芳郁"),
        [("局长".to_string(), Some("台北市观光传播局".to_string()))]
    );
}

/// A department of a hospital or a school between it and a title is part of the role's
/// organisation; a development zone's committee is whole.
#[test]
fn a_department_between_a_hospital_and_a_title() {
    let x = run("北京协和医院感染内科主任医师曹玮提醒，出现高热应及时就医。北京大学化学系主任李四说。");
    assert_eq!(
        roles(&x, "曹玮"),
        [("主任医师".to_string(), Some("北京协和医院感染内科".to_string()))]
    );
    assert_eq!(
        roles(&x, "李四"),
        [("主任".to_string(), Some("北京大学化学系".to_string()))]
    );
    // (without the hospital, no organisation)
    let x = run("心血管内科主任李四说。");
    assert_eq!(roles(&x, "李四"), [("主任".to_string(), None)]);
    let x = run("合肥高新区管委会主任吴劲松表示，园区力争实现年产值500亿元。");
    assert_eq!(
        roles(&x, "吴劲松"),
        [("主任".to_string(), Some("合肥高新区管委会".to_string()))]
    );
}

/// Words of film and the internet that jieba's dictionary lacks (执导, 票房, 上映, 微博, 院线,
/// 出品方): cut apart, they gave names (贾|樟|柯执|导, 出品|方华策) and organisations (韩国院).
#[test]
fn film_words_are_words() {
    let x = run("由贾樟柯执导，赵涛、张译主演的电影《山河故人》上映17天，累计票房突破10亿元。出品方华策影视在官方微博发文称，影片将于12月20日登陆日本、韩国院线。");
    let names: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"赵涛") && names.contains(&"张译"), "{names:?}");
    assert!(names.iter().all(|n| !n.contains('执') && *n != "方华策"), "{names:?}");
    assert!(x.organizations.iter().all(|o| o.name != "韩国院"), "{:?}", x.organizations);
}

/// A post and a name set apart by a space on a line of their own: the name is found, though
/// it is spelled like a word (王|建国).
#[test]
fn a_post_and_a_name_on_a_line() {
    let x = run("某县2026年政府工作报告（摘要）\n——2026年1月15日在县第十八届人民代表大会第五次会议上\n县长 王建国\n\n过去一年，全县实现地区生产总值386.5亿元。");
    assert_eq!(roles(&x, "王建国"), [("县长".to_string(), None)]);
}

/// A company described by its country and trade right before its name is no organisation
/// of its own: the name is (美国人工智能公司OpenAI, 美国芯片公司英伟达).
#[test]
fn a_descriptor_before_a_company_is_no_company() {
    let o = orgs("当地时间12月4日，美国人工智能公司OpenAI在旧金山发布新一代大模型。美国芯片公司英伟达股价大涨。");
    assert!(has(&o, "OpenAI") && has(&o, "英伟达"), "{o:?}");
    assert!(o.iter().all(|o| !o.ends_with("公司")), "{o:?}");
    // (a company of a place and a trade alone stays: 北京科技公司)
    assert!(has(&orgs("北京科技公司负责人李四说。"), "北京科技公司"));
}

/// Universities known by their short names (港大, 哈工大): a title after one is theirs.
#[test]
fn universities_by_short_name() {
    let x = run("港大校長張翔表示，未來五年將引進100名頂尖學者。");
    assert_eq!(roles(&x, "張翔"), [("校長".to_string(), Some("港大".to_string()))]);
    assert!(has(&orgs("哈工大与北航签署合作协议。"), "哈工大"));
}

/// A relative day with the day in brackets after it (the Hong Kong and Taiwan press: 昨日
/// （10月16日）) is that day, whenever the text is read.
#[test]
fn a_relative_day_with_its_date_in_brackets() {
    let text = "行政長官李家超昨日（10月16日）在立法會發表施政報告。";
    let x = zhextract::extract(text, &with_reference("2026-12-06"));
    assert_eq!(
        date_ranges(&x),
        [("昨日", "2026-10-16", None), ("10月16日", "2026-10-16", None)]
    );
    let x = zhextract::extract("華為終端昨日（25日）在深圳舉行新品發布會。", &with_reference("2026-12-06"));
    assert_eq!(date_ranges(&x)[0], ("昨日", "2026-11-25", None));
    // (without brackets, the day before the reference)
    let x = zhextract::extract("华为昨日在深圳举行发布会。", &with_reference("2026-12-06"));
    assert_eq!(date_ranges(&x), [("昨日", "2026-12-05", None)]);
}

/// 陈老先生 is a person named by a form of address; 陈姓老翁 names no person 翁 (老 and a
/// surname is how 老王 names one).
#[test]
fn an_old_gentleman_and_an_old_man() {
    let x = run("家住台中市北屯区的75岁陈姓老翁，退休后自学程序设计。\n陈老先生说：“老伴每天要吃5种药。”");
    let names: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["陈老先生"]);
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("陈老先生"));
    let x = run("老王说，明天再来。");
    assert!(x.people.iter().any(|p| p.name == "王"), "{:?}", x.people);
}

/// A place word right after a title and before a verb of saying is the holder's name.
#[test]
fn a_person_named_like_a_river() {
    let x = run("省人大常委会法工委副主任黄河介绍，条例的出台将为全省城市更新工作提供法治保障。");
    assert_eq!(
        roles(&x, "黄河"),
        [("副主任".to_string(), Some("省人大常委会法工委".to_string()))]
    );
    assert!(x.locations.iter().all(|l| l.name != "黄河"));
    assert!(has(&places("黄河流域生态保护。黄河在此拐弯。"), "黄河"));
}

/// 选举王忠林为省人民政府省长: the government before its head's title is the role's.
#[test]
fn elected_head_of_a_government() {
    let x = run("1月20日上午，省十四届人大四次会议举行第三次全体会议，选举王忠林为省人民政府省长。");
    assert_eq!(
        roles(&x, "王忠林"),
        [("省长".to_string(), Some("省人民政府".to_string()))]
    );
}

/// No place inside the quoted name of a storm, nor in a compass direction of a wind or a
/// move; a region after 运往 stays.
#[test]
fn storms_and_compass_directions_are_no_places() {
    let p = places("天文台今日上午9時40分發出八號東北烈風或暴風信號，颱風「樺加沙」集結在香港之東南偏南約320公里，預料向西北偏西移動。");
    assert_eq!(p, ["香港"]);
    let p = places("焦煤都通过两干线畅通无阻地运往西北、华东、沿海地区。");
    assert!(has(&p, "西北") && has(&p, "华东"), "{p:?}");
}

/// 全港学校 is every school of Hong Kong, no organisation.
#[test]
fn every_school_is_no_organisation() {
    assert!(orgs("教育局宣布，全港學校今日停課。").iter().all(|o| !o.contains("學校")));
    assert!(has(&orgs("上海市第一中学今日停课。"), "上海市第一中学"));
}

/// A site's news (中国气象局网站消息) is the site's, not 中国气象局网's with a place 站.
#[test]
fn a_site_in_a_dateline() {
    let x = run("中央气象台发布寒潮蓝色预警\n\n中国气象局网站消息 中央气象台12月6日6时继续发布寒潮蓝色预警。");
    let c = x.credits.iter().find(|c| c.label == "消息").expect("the dateline");
    assert_eq!(c.organization.as_deref(), Some("中国气象局网站"));
}
