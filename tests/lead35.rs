//! Session 35: what a fifth audit of 32 articles (press conferences and interviews, the
//! world and overseas Chinese media, economic releases, culture and society) got wrong.

mod common;
use common::{money, roles, run};

fn people(s: &str) -> Vec<String> {
    run(s).people.iter().map(|p| p.name.clone()).collect()
}

/// A surname cut off before a given name the dictionary files as a name (刘|向东, 李|向阳)
/// is the person's, after a quote's close, at a sentence's start and after 是; a bank card
/// (银行卡, filed as a name) is no one.
#[test]
fn a_surname_before_a_given_name_word() {
    for (s, name) in [
        ("“今年工业经济稳中有进。”刘向东说。", "刘向东"),
        ("“今年很好。”王向东说。", "王向东"),
        ("据悉，刘向东指出，今年很好。", "刘向东"),
        ("“今年很好。”李向阳说。", "李向阳"),
    ] {
        let p = people(s);
        assert_eq!(p, vec![name.to_string()], "{s}");
        let q = common::quotes(s);
        assert!(q.iter().all(|x| x.0 == name), "{s}: {q:?}");
    }
    let p = people("警方提示：出租、出借、出售银行卡和电话卡是违法行为！");
    assert!(p.is_empty(), "{p:?}");
}

/// 日圆 after a month's day is the date and 圆满 (11月20日圆满完成); a currency named after
/// 元 is the amount's (1.25万亿元新台币).
#[test]
fn yen_and_a_currency_after_yuan() {
    assert!(money("海军和平方舟号医院船11月20日圆满完成任务。").is_empty());
    let m = money("民进党当局提出追加约1.25万亿元新台币预算，另有300元人民币和5万元港币。");
    let got: Vec<_> = m.iter().map(|(t, a, c)| (t.as_str(), *a, c.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("1.25万亿元新台币", 1.25e12, "TWD"),
            ("300元人民币", 300.0, "CNY"),
            ("5万元港币", 5e4, "HKD"),
        ]
    );
    let m = money("一瓶水卖150日圆。");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].2, "JPY");
}

/// A source line's outlet ends before the stamp after it (来源：中国军网　2026-11-26 17:20).
#[test]
fn a_source_before_its_stamp() {
    let x = run("国防部：将举行联合训练\n来源：中国军网　　2026-11-26 17:20\n\n　　11月26日下午，国防部举行例行记者会。\n");
    let src: Vec<_> = x
        .credits
        .iter()
        .filter(|c| c.role == zhextract::model::CreditRole::Source)
        .map(|c| c.organization.clone().unwrap_or_default())
        .collect();
    assert_eq!(src, vec!["中国军网".to_string()]);
}

/// A title cut across a body's word before a name (国|会议|长|禹元植: 国会 and 议长), Korea's
/// ministers (外交部长官 → 长官 of the ministry) and a party's leader (党首).
#[test]
fn titles_of_korea_and_japan() {
    let x = run("国会议长禹元植宣布预算案获得通过。");
    assert_eq!(roles(&x, "禹元植"), vec![("议长".to_string(), Some("国会".to_string()))]);
    assert!(x.events.is_empty(), "{:?}", x.events);
    let x = run("韩国外交部长官赵兑烈表示，将加强合作。");
    assert_eq!(roles(&x, "赵兑烈"), vec![("长官".to_string(), Some("韩国外交部".to_string()))]);
    let x = run("共同民主党党首郑清来表示，新预算把重点放在民生上。");
    assert_eq!(roles(&x, "郑清来"), vec![("党首".to_string(), Some("共同民主党".to_string()))]);
    // (a meeting's word stays one where no name follows: 全国会议)
    let x = run("全国会议长期以来在北京召开。");
    assert!(x.people.is_empty(), "{:?}", x.people);
}

/// A dotted name whose parts the dictionary cut into common chars (东|契|奇, 库|明|加,
/// 弗|莱|彻, 涅|边|贾, 拉|斐|尔) or that opens with initials (JJ·雷迪克) is whole; the word
/// after it is not (维托尔|是|教练组, 费尔德曼|上|周五, 伯尔切斯库|镇, 发行|人|汉斯).
#[test]
fn dotted_names_with_common_chars() {
    let s = "湖人：卢卡·东契奇、奥斯汀·里夫斯首发。波杰姆斯基和乔纳森·库明加轮番得分。湖人主帅JJ·雷迪克表示满意。WTA首席执行官波蒂亚·阿彻则透露了计划。副秘书长汤姆·弗莱彻通报称局势恶化。俄罗斯常驻联合国代表瓦西里·涅边贾则表示反对。国际原子能机构总干事拉斐尔·格罗西4日发表声明说，情况严重。";
    let p = people(s);
    for name in [
        "卢卡·东契奇",
        "奥斯汀·里夫斯",
        "乔纳森·库明加",
        "JJ·雷迪克",
        "波蒂亚·阿彻",
        "汤姆·弗莱彻",
        "瓦西里·涅边贾",
        "拉斐尔·格罗西",
    ] {
        assert!(p.iter().any(|x| x == name), "{name}: {p:?}");
    }
    assert_eq!(p.len(), 9, "{p:?}");
    let p = people("能解决问题的中锋，若昂·维托尔是教练组考察了整整一个月的人选。执行委员会委员马库斯·费尔德曼上周五在法兰克福出席活动。瓦西利克·哈努家住康斯坦察县的尼·伯尔切斯库镇。基金发行人汉斯·迪尚德说，市场平稳。");
    for name in ["若昂·维托尔", "马库斯·费尔德曼", "汉斯·迪尚德"] {
        assert!(p.iter().any(|x| x == name), "{name}: {p:?}");
    }
    assert!(p.iter().all(|x| !x.ends_with('镇')), "{p:?}");
}

fn events(s: &str) -> Vec<String> {
    run(s).events.iter().map(|e| e.name.clone()).collect()
}

/// A name in quotation marks before an event's word names the event, with the year before
/// it (“回声”巡演, 2027“春山”世界巡回演唱会, “考古中国”重大项目进展工作会), but not a verb
/// quoted; a fair the dictionary files as a body is an event (交易会); a kind of event before
/// its market is none (演唱会市场, 全国大型演唱会票房); a forum's summit at a place is one
/// event (中非合作论坛北京峰会).
#[test]
fn events_named_in_quotation_marks() {
    for (s, want) in [
        ("2023年的“回声”巡演共举办36场。", "“回声”巡演"),
        ("工作室宣布其2027“春山”世界巡回演唱会正式启动。", "2027“春山”世界巡回演唱会"),
        ("国家文物局2日在京召开“考古中国”重大项目进展工作会。", "“考古中国”重大项目进展工作会"),
        ("婺源绿茶亮相第二十届中国国际农产品交易会。", "第二十届中国国际农产品交易会"),
        ("这件作品在景德镇举办的2026江西省非遗购物节上获得金奖。", "2026江西省非遗购物节"),
        ("中非合作论坛北京峰会成果落实情况良好。", "中非合作论坛北京峰会"),
    ] {
        assert_eq!(events(s), vec![want.to_string()], "{s}");
    }
    let x = run("婺源绿茶亮相第二十届中国国际农产品交易会。");
    assert!(x.organizations.is_empty(), "{:?}", x.organizations);
    for s in [
        "业内人士指出，今年以来演唱会市场持续升温。",
        "2026年前三季度全国大型演唱会票房收入约245亿元。",
        "他不能“出席”亚特兰大奥运展览会。",
    ] {
        let e = events(s);
        assert!(e.iter().all(|x| !x.starts_with("以来") && !x.starts_with("季度") && !x.contains("出席")), "{s}: {e:?}");
        assert!(!s.contains("市场") || e.is_empty(), "{s}: {e:?}");
    }
}

/// A headline opened by its full day, as a transcript is titled, anchors the text's 昨天; a
/// headline's day that starts a clause or a term does not.
#[test]
fn a_transcripts_day_in_its_headline() {
    let s = "2026年12月3日外交部发言人林剑主持例行记者会\n\n法新社记者：欧盟委员会昨天宣布发起反补贴调查。中方对此有何回应？\n";
    let x = zhextract::extract(s, &common::with_reference("2026-12-06"));
    let d: Vec<_> = x.dates.iter().map(|d| (d.text.as_str(), d.value.as_str())).collect();
    assert!(d.contains(&("昨天", "2026-12-02")), "{d:?}");
    let s = "2027年1月1日起施行新规\n\n有关部门昨天宣布了细则。\n";
    let x = zhextract::extract(s, &common::with_reference("2026-12-06"));
    let d: Vec<_> = x.dates.iter().map(|d| (d.text.as_str(), d.value.as_str())).collect();
    assert!(d.contains(&("昨天", "2026-12-05")), "{d:?}");
}

/// A court's division after the court is part of its name (最高人民法院民一庭, 立案庭); a
/// hearing (开庭) is not.
#[test]
fn a_courts_division() {
    let x = run("最高人民法院民一庭庭长邹文涛在发布会上介绍情况。");
    assert_eq!(roles(&x, "邹文涛"), vec![("庭长".to_string(), Some("最高人民法院民一庭".to_string()))]);
    let o = common::orgs("长沙市芙蓉区人民法院开庭审理此案。");
    assert_eq!(o, vec!["长沙市芙蓉区人民法院".to_string()]);
}

/// Countries by their official names are places and the posts' organisations (老挝人民民主
/// 共和国副总理); channels, platforms and studios by name (东方卫视, 浙江卫视, 爱奇艺,
/// 腾讯影业); an American Chinese paper's bare 元 is the US dollar.
#[test]
fn official_names_platforms_and_american_dollars() {
    let x = run("应老挝人民民主共和国副总理兼外长沙伦赛·贡玛西邀请，王毅将访问老挝。");
    assert!(common::has(&x.locations.iter().map(|l| l.name.clone()).collect::<Vec<_>>(), "老挝人民民主共和国"));
    assert_eq!(
        roles(&x, "沙伦赛·贡玛西"),
        vec![
            ("副总理".to_string(), Some("老挝人民民主共和国".to_string())),
            ("外长".to_string(), Some("老挝人民民主共和国".to_string())),
        ]
    );
    let o = common::orgs("该剧昨晚在东方卫视、浙江卫视及爱奇艺迎来大结局，由上海电影集团、腾讯影业联合出品。");
    for name in ["东方卫视", "浙江卫视", "爱奇艺", "腾讯影业"] {
        assert!(common::has(&o, name), "{name}: {o:?}");
    }
    let m = money("紐約市議員黃文傑宣布，為法拉盛僑團爭取到180萬元撥款。皇后區區長表示支持，每位長者可獲9元餐費補助。");
    assert!(!m.is_empty() && m.iter().all(|x| x.2 == "USD"), "{m:?}");
    let m = money("北京市政府宣布拨款180萬元，用于社区养老。");
    assert!(m.iter().all(|x| x.2 == "CNY"), "{m:?}");
}

/// Words the generated lexicon lacks read no people or places into them (夕阳|西下 is no
/// 阳西, 以武|谋独 no 武谋独, 漆木器, 俞氏|宗祠, 《汪口晨曦》, 台资); a transliterated run
/// before a city's head is the city (欧贝维利耶|市长); Japan's parties and premier by name.
#[test]
fn words_the_lexicon_lacked() {
    let x = run("夕阳西下，汪口村的白墙黛瓦渐渐隐入暮色。民进党当局“倚美谋独”“以武谋独”。出土铜器、漆木器等文物2300余件。完成了一件大型木雕《汪口晨曦》。实际使用台资金额约760亿美元。");
    let p: Vec<_> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert!(p.is_empty(), "{p:?}");
    let l: Vec<_> = x.locations.iter().map(|p| p.name.as_str()).collect();
    assert!(!l.contains(&"阳西"), "{l:?}");
    assert!(x.organizations.is_empty(), "{:?}", x.organizations);
    let x = run("欧贝维利耶市长卡丽娜·弗朗克莱表示，将加强管理。");
    let p: Vec<_> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(p, ["卡丽娜·弗朗克莱"]);
    assert!(x.locations.iter().any(|l| l.name == "欧贝维利耶"));
    let x = run("高市早苗内阁会议通过了补充预算案。日本维新会共同代表吉村洋文表示支持，国民民主党代表玉木雄一郎表示反对。");
    let p: Vec<_> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(p, ["高市早苗", "吉村洋文", "玉木雄一郎"]);
    let o: Vec<_> = x.organizations.iter().map(|p| p.name.as_str()).collect();
    assert!(o.contains(&"日本维新会") && o.contains(&"国民民主党") && !o.contains(&"民主党"), "{o:?}");
    assert!(x.locations.iter().all(|l| l.name != "新会"), "{:?}", x.locations);
}

/// An interview whose questions its outlet labels (第一财经：…？) gives each turn as a quote:
/// the outlet's questions and the interviewee's answers after their name and a colon.
#[test]
fn an_interview_labelled_by_its_outlet() {
    let s = "专访｜灵犀智动沈亦舟：人形机器人明年要真正“进厂打工”\n\n　　“我们不做表演型机器人。”沈亦舟对第一财经记者说。\n\n　　第一财经：今年人形机器人赛道非常热。你怎么看？\n\n　　沈亦舟：热度高是好事，但资本不会一直等你。\n\n　　第一财经：交付情况如何？\n\n　　沈亦舟：截至11月底，我们今年累计交付了1100多台。\n";
    let q = common::quotes(s);
    let who: Vec<_> = q.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect();
    assert_eq!(who, [("沈亦舟", "说"), ("第一财经", "："), ("沈亦舟", "："), ("第一财经", "："), ("沈亦舟", "：")]);
    // (an outlet's name and a colon opening a paragraph that asks nothing is no question)
    let q = common::quotes("新华社：国务院今天发布通知。\n\n沈亦舟：我们会继续努力。\n");
    assert!(q.iter().all(|x| x.0 != "新华社"), "{q:?}");
}

/// Next year's month lends its year to the lone months after it in its paragraph (明年3月14日
/// … 4月 … 5月); a later year that labels a thing (2027年度预算案) lends none to a day no cue
/// puts ahead (宪法规定的12月2日).
#[test]
fn years_lent_and_not() {
    let o = common::with_reference("2026-12-06");
    let x = zhextract::extract("本报讯 12月4日，歌手林予安宣布巡演启动，首站将于明年3月14日在上海开唱。上海站之后，巡演将于4月转战成都，5月登陆广州。", &o);
    let d: Vec<_> = x.dates.iter().map(|d| (d.text.as_str(), d.value.as_str())).collect();
    assert!(d.contains(&("4月", "2027-04")) && d.contains(&("5月", "2027-05")), "{d:?}");
    let x = zhextract::extract("新华社首尔12月3日电 韩国国会2日晚表决通过了2027年度政府预算案。这是国会在宪法规定的12月2日法定期限内完成审议。", &o);
    let d: Vec<_> = x.dates.iter().map(|d| (d.text.as_str(), d.value.as_str())).collect();
    assert!(d.contains(&("12月2日", "2026-12-02")), "{d:?}");
}

/// A university's school named right after it is one body, 与 in its name (中国农业大学
/// 食品科学与营养工程学院); 智能网联 and 5G基站 are no bodies (网 and 站 as heads).
#[test]
fn a_universitys_school_and_words_of_technology() {
    let x = run("中国农业大学食品科学与营养工程学院副教授钱丽华表示，要注意安全。");
    assert_eq!(
        roles(&x, "钱丽华"),
        vec![("副教授".to_string(), Some("中国农业大学食品科学与营养工程学院".to_string()))]
    );
    let o = common::orgs("下一步将加快推动智能网联汽车等产业发展。截至10月末，我国5G基站总数达487.6万个。");
    assert!(o.is_empty(), "{o:?}");
}

/// A country's envoy to the UN and its ministers hold their posts for the country written
/// before them (俄罗斯常驻联合国代表, 日本财务大臣, 韩国国务总理); a party's co-leader is
/// the party's (共同代表).
#[test]
fn envoys_and_ministers_of_a_country() {
    let x = run("俄罗斯常驻联合国代表瓦西里·涅边贾则表示反对。中国常驻联合国副代表耿爽表示，各方应保持克制。");
    assert_eq!(roles(&x, "瓦西里·涅边贾"), vec![("常驻联合国代表".to_string(), Some("俄罗斯".to_string()))]);
    assert_eq!(roles(&x, "耿爽"), vec![("常驻联合国副代表".to_string(), Some("中国".to_string()))]);
    let x = run("韩国国务总理金民锡3日主持召开国务会议。日本财务大臣片山皋月称，将发行国债。日本维新会共同代表吉村洋文表示支持。");
    assert_eq!(roles(&x, "金民锡"), vec![("国务总理".to_string(), Some("韩国".to_string()))]);
    assert_eq!(roles(&x, "片山皋月"), vec![("财务大臣".to_string(), Some("日本".to_string()))]);
    assert_eq!(roles(&x, "吉村洋文"), vec![("共同代表".to_string(), Some("日本维新会".to_string()))]);
}

/// A spokesman after the clause of the body that holds the briefing is that body's (国务院
/// 台湾事务办公室2日上午举行例行新闻发布会，发言人陈斌华); with no such clause, no body.
#[test]
fn a_spokesman_of_the_body_holding_the_briefing() {
    let x = run("国务院台湾事务办公室2日上午举行例行新闻发布会，发言人陈斌华就两岸关系回答记者提问。");
    assert_eq!(roles(&x, "陈斌华"), vec![("发言人".to_string(), Some("国务院台湾事务办公室".to_string()))]);
    let x = run("外交部3日举行例行记者会，发言人毛宁表示，中方坚决反对。");
    assert_eq!(roles(&x, "毛宁"), vec![("发言人".to_string(), Some("外交部".to_string()))]);
    let x = run("他说，发言人毛宁表示反对。");
    assert_eq!(roles(&x, "毛宁"), vec![("发言人".to_string(), None)]);
}

/// Slogans and set phrases of the news name no places (金山银山 is no 金山, 真金白银 no
/// 白银, 新华时评 no 新华).
#[test]
fn slogans_name_no_places() {
    let l = common::places("冰天雪地也是金山银山，绿水青山就是金山银山。要拿出真金白银支持侨团。新华时评丨让“冷资源”持续释放“热效应”。");
    assert!(l.is_empty(), "{l:?}");
}

/// 站 before 上 or 稳 is the verb (碳价站上80元, 指数站稳), no station's head; 北京站 before
/// 上午 stays the station.
#[test]
fn zhan_shang_is_a_verb() {
    let o = common::orgs("全国碳市场碳价站上80元/吨，创年内新高。上证指数站稳3000点。");
    assert!(o.is_empty(), "{o:?}");
    let l = common::places("北京站上午发出列车。");
    assert!(common::has(&l, "北京站"), "{l:?}");
}

/// A transliterated name's first part alone, as sports news calls a player (卢卡今晚), is
/// the one full name it opens; a first part two full names share joins neither.
#[test]
fn a_first_name_joins_its_full_name() {
    let x = run("湖人首发：卢卡·东契奇、奥斯汀·里夫斯。主帅JJ·雷迪克表示，卢卡今晚掌控了比赛。");
    let p: Vec<_> = x.people.iter().map(|p| (p.name.as_str(), p.mentions.len())).collect();
    assert_eq!(p, [("卢卡·东契奇", 2), ("奥斯汀·里夫斯", 1), ("JJ·雷迪克", 1)]);
    let x = run("卢卡·东契奇和卢卡·唐契奇同场。卢卡今晚得了30分。");
    assert!(x.people.iter().all(|p| p.mentions.len() == 1), "{:?}", x.people);
}

/// A Korean surname the Chinese list leaves out (具) opens a name right after a title
/// (财政经济部长官具润哲), not elsewhere (具有, 具体).
#[test]
fn a_korean_surname_after_a_title() {
    let x = run("财政经济部长官具润哲在3日的记者会上说，将发行国债。");
    assert_eq!(roles(&x, "具润哲"), vec![("长官".to_string(), Some("财政经济部".to_string()))]);
    assert!(people("这些工具具有很多功能，部长具体介绍了情况。").is_empty());
}

/// A reporter or a photographer no outlet names is the outlet's the text credits as its one
/// source (来源：婺源县融媒体中心 … 记者：程悦); a contributor (通讯员), a text with two
/// outlets and the site a reprint notice names are left alone.
#[test]
fn a_reporter_of_the_one_source() {
    use zhextract::model::CreditRole;
    let org_of = |s: &str, role: CreditRole| -> Vec<Option<String>> {
        run(s).credits.iter().filter(|c| c.role == role).map(|c| c.organization.clone()).collect()
    };
    let s = "非遗里的婺源\n\n在婺源县江湾镇汪口村，72岁的俞金生正伏在工作台前。\n\n来源：婺源县融媒体中心\n记者：程悦\n通讯员：汪琪\n";
    assert_eq!(org_of(s, CreditRole::Reporter), [Some("婺源县融媒体中心".to_string())]);
    assert_eq!(org_of(s, CreditRole::Contributor), [None]);
    let s = "本报北京4月27日讯 记者王君超 通讯员李强报道：会议召开。\n正文内容很长，介绍了情况。\n声明：本文系转载，如有疑问请与铁甲网联系。";
    assert_eq!(org_of(s, CreditRole::Reporter), [None]);
}
