//! Session 28: transliterated names around figures, scores and ordinals, and the
//! Ukrainian -enko (年科).

mod common;
use common::run;

fn names(s: &str) -> Vec<String> {
    run(s).people.into_iter().map(|p| p.name).collect()
}

/// A run of transliteration chars right after a figure is its unit, a currency
/// (图格里克, 第纳尔), not a person; the same run elsewhere may still be a name.
#[test]
fn a_transliteration_after_a_figure_is_a_unit() {
    for s in [
        "直接经济损失达三亿图格里克。",
        "这批货物价值5000图格里克。",
        "罚款金额高达两万第纳尔。",
    ] {
        assert!(names(s).is_empty(), "{s}: {:?}", names(s));
    }
    assert_eq!(names("部长巴特图尔格表示欢迎。"), ["巴特图尔格"]);
}

/// 力克 and 攻克 after a score are verbs; the name after them starts after 克.
#[test]
fn a_name_after_a_score_and_likeke() {
    assert_eq!(names("他以３∶１力克德兹乌班斯基，为队伍扳回一分。"), ["德兹乌班斯基"]);
    assert_eq!(names("瑞典名将以2比0力克布拉兹塞克。"), ["布拉兹塞克"]);
}

/// Right after an ordinal (第三盘, 第二局) the char is the ordinal's measure, not a surname:
/// the name after it keeps its first chars.
#[test]
fn no_surname_right_after_an_ordinal() {
    assert_eq!(names("第三盘克莱塞斯基以２∶０拿下对手。"), ["克莱塞斯基"]);
    assert_eq!(names("第二局马林斯基发挥出色。"), ["马林斯基"]);
    // a name after an ordinal and its measure is still found
    assert_eq!(names("第二任局长王建国上任。"), ["王建国"]);
}

/// The Ukrainian ending -enko is written 年科: it stays on the name.
#[test]
fn the_ending_nianke_stays_on_the_name() {
    assert_eq!(names("交通部长阿克谢年科出席了会议。"), ["阿克谢年科"]);
    // 年 after a name, with no 科 of its own after it, stays out
    assert_eq!(names("前总理季莫申科年内将访华。"), ["季莫申科"]);
}

fn people_roles(s: &str) -> Vec<(String, Vec<(String, Option<String>)>)> {
    run(s)
        .people
        .into_iter()
        .map(|p| {
            let r = p
                .roles
                .into_iter()
                .map(|r| (r.title, r.organization))
                .collect();
            (p.name, r)
        })
        .collect()
}

fn r(t: &str, o: Option<&str>) -> (String, Option<String>) {
    (t.to_string(), o.map(str::to_string))
}

/// A party committee's commissions (政法委, 纪委) in a chain of posts, and the level's
/// commission before its secretary (市|纪委书记: 市纪委's 书记).
#[test]
fn commissions_of_a_party_committee() {
    assert_eq!(
        people_roles("区委副书记、政法委书记刘海涛出席会议并讲话。"),
        [("刘海涛".to_string(), vec![r("副书记", Some("区委")), r("政法委书记", Some("区委"))])]
    );
    assert_eq!(
        people_roles("县纪委副书记孙立出席会议。"),
        [("孙立".to_string(), vec![r("副书记", Some("县纪委"))])]
    );
    let x = run("浏阳市政法委书记孙立出席会议。");
    assert!(x.organizations.iter().any(|o| o.name == "浏阳市政法委"), "{:?}", x.organizations);
    // a secretary with no level before the title keeps the whole title
    assert_eq!(
        people_roles("纪委书记孙立出席会议。"),
        [("孙立".to_string(), vec![r("纪委书记", None)])]
    );
}

/// Federations and associations of the arts, science and society known by their short
/// names (文联, 科协, 妇联, 作协), after a level or a place.
#[test]
fn federations_by_their_short_names() {
    let x = run("活动由市文联、市科协、市妇联和省美术家协会联合主办。");
    let orgs: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    for o in ["市文联", "市科协", "市妇联", "省美术家协会"] {
        assert!(orgs.contains(&o), "{o}: {orgs:?}");
    }
    assert_eq!(
        people_roles("省作协主席李明出席。"),
        [("李明".to_string(), vec![r("主席", Some("省作协"))])]
    );
}

/// Someone telling the reporter (告诉记者：“…”) is no interviewer's question, and a person
/// named by a surname and a form of address (张女士, 王师傅) speaks.
#[test]
fn telling_the_reporter_and_a_speaker_by_address() {
    let qs = common::quotes("参观展览的市民张女士告诉记者：“这些作品很有感染力。”据悉，展览免费开放。");
    assert_eq!(qs, [common::q("张女士", "告诉记者", "这些作品很有感染力。")]);
    // (where the tagger takes the surname for a person, the person is named with the form
    // of address, as written: 钱师傅)
    let qs = common::quotes("出租车司机钱师傅说，最近生意不错。");
    assert_eq!(qs, [common::q("钱师傅", "说", "最近生意不错。")]);
    let qs = common::quotes("出租车司机张师傅说，最近生意不错。");
    assert_eq!(qs, [common::q("张师傅", "说", "最近生意不错。")]);
    // a measure after a demonstrative is no surname
    assert!(common::quotes("这位女士说，价格太高了。")
        .iter()
        .all(|q| q.0 != "位女士"));
    // the interviewer's cue is still one
    let qs = common::quotes("记者：今年的订单怎么样？\n王军：比去年多了三成。");
    assert!(qs.iter().any(|q| q.0 == "王军"), "{qs:?}");
}

/// 网签 (signing a sale online) is a word: no website 住宅网 before it.
#[test]
fn online_signing_is_no_website() {
    let x = run("今年1至8月，一手住宅网签成交面积为412.6万平方米。");
    assert!(x.organizations.is_empty(), "{:?}", x.organizations);
}

/// A chief's or a senior's post (首席研究员, 首席经济师, 高级经济师, 资深分析师) is one title,
/// and the body before it is the person's; a body's senior officer (高级专员公署) stays a body.
#[test]
fn chief_and_senior_posts() {
    assert_eq!(
        people_roles("国家信息中心首席经济师周明认为，明年经济将稳中有进。"),
        [("周明".to_string(), vec![r("首席经济师", Some("国家信息中心"))])]
    );
    assert_eq!(
        people_roles("中国社科院首席研究员周明认为，好。"),
        [("周明".to_string(), vec![r("首席研究员", Some("中国社科院"))])]
    );
    assert_eq!(
        people_roles("华泰证券资深分析师周明表示，好。"),
        [("周明".to_string(), vec![r("资深分析师", Some("华泰证券"))])]
    );
    let x = run("联合国难民事务高级专员公署发表声明。");
    assert!(
        x.organizations.iter().any(|o| o.name == "联合国难民事务高级专员公署"),
        "{:?}",
        x.organizations
    );
}

/// A police chain of units (厅/局 → 总队 → 支队 → 大队) is one organisation, as written.
#[test]
fn a_chain_of_police_units_is_one_organisation() {
    for (s, o) in [
        (
            "据湖南省公安厅交警总队高速公路管理支队醴陵大队民警介绍，事发时有团雾。",
            "湖南省公安厅交警总队高速公路管理支队醴陵大队",
        ),
        ("市公安局交警支队高速公路大队民警介绍，事发时有团雾。", "市公安局交警支队高速公路大队"),
        ("湖南省公安厅交警总队发布出行提示。", "湖南省公安厅交警总队"),
    ] {
        let x = run(s);
        let orgs: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(orgs, [o], "{s}");
    }
}

/// Villages and towns below a county: a town whose name holds a verb's char (周至县马召镇:
/// 马召 was a person), and a village right after its town (马召镇群兴村).
#[test]
fn a_town_and_its_village_after_the_county() {
    let x = run("在陕西省周至县马召镇群兴村，果农们正忙着采摘。");
    let locs: Vec<&str> = x.locations.iter().map(|l| l.name.as_str()).collect();
    for l in ["周至县", "马召镇", "群兴村"] {
        assert!(locs.contains(&l), "{l}: {locs:?}");
    }
    assert!(x.people.is_empty(), "{:?}", x.people);
    // a verb of going after the county is no part of a name
    assert!(run("该县到村里调研。").locations.is_empty());
}

/// A transliterated city after its country, after a preposition of place (在匈牙利德布勒森),
/// is a place, not a person.
#[test]
fn a_city_after_its_country() {
    let x = run("公司拟在匈牙利德布勒森投资建设电池工厂。");
    assert!(x.people.is_empty(), "{:?}", x.people);
    assert!(x.locations.iter().any(|l| l.name == "德布勒森"), "{:?}", x.locations);
}

/// A name right after a word for a kind of person (村民, 果农, 菜农), before a function word
/// or a verb; 农 after a crop is the farmer, no surname (菜农李明 gave 农李明).
#[test]
fn a_name_after_a_kind_of_person() {
    assert_eq!(names("村民李建国一边分拣一边算账。"), ["李建国"]);
    assert_eq!(names("果农王海涛正在采摘。"), ["王海涛"]);
    assert_eq!(names("菜农李明说，今年菜价不错。"), ["李明"]);
    assert_eq!(names("越南国会主席农德孟出席。"), ["农德孟"]);
}

/// Words news uses that jieba's cut left out: no organisation or person read into them
/// (关系行稳致远 gave a bank 伙伴关系行, 冷库库容 a person, 全资子公司 a company).
#[test]
fn words_that_held_false_entities() {
    let x = run("推动中法全面战略伙伴关系行稳致远。县里建成冷库库容30万吨。公司通过全资子公司投资。");
    assert!(x.organizations.is_empty(), "{:?}", x.organizations);
    assert!(x.people.is_empty(), "{:?}", x.people);
}

/// A name in quotation marks that the clause goes on after (宣布“阿耳忒弥斯3号”任务推迟) is
/// no quotation: what is said is the whole clause. A quotation followed by 时 is still one.
#[test]
fn a_quoted_name_inside_what_is_said() {
    let qs = common::quotes("美国航天局宣布“阿耳忒弥斯3号”任务推迟至2028年。");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].2, "“阿耳忒弥斯3号”任务推迟至2028年。");
    let qs = common::quotes("他指出“我们不应该把放下武器的人看作是军人”时，全场安静了。");
    assert_eq!(qs[0].2, "我们不应该把放下武器的人看作是军人");
    // and the numbered craft is no person
    assert!(run("美国航天局宣布“阿耳忒弥斯3号”任务推迟至2028年。").people.is_empty());
}

/// A city's standing as a centre (国际金融中心地位, 国际航运中心建设) is no organisation.
#[test]
fn a_citys_standing_as_a_centre_is_no_organisation() {
    for s in [
        "政府会继续推动市场互联互通，鞏固香港國際金融中心地位。",
        "上海国际航运中心建设取得新进展。",
        "加快推进北京国际科技创新中心建设。",
    ] {
        assert!(run(s).organizations.is_empty(), "{s}: {:?}", run(s).organizations);
    }
}

/// A company's business named with it (腾讯云, 华为云) or its business group after its posts
/// (华为常务董事、终端BG董事长): the body of the next post, and the list of posts goes on.
#[test]
fn a_companys_business_in_a_list_of_posts() {
    assert_eq!(
        people_roles("腾讯公司副总裁、腾讯云总裁邱跃鹏表示，好。"),
        [(
            "邱跃鹏".to_string(),
            vec![r("副总裁", Some("腾讯公司")), r("总裁", Some("腾讯云"))]
        )]
    );
    assert_eq!(
        people_roles("华为常务董事、终端BG董事长余承东表示，好。"),
        [(
            "余承东".to_string(),
            vec![r("常务董事", Some("华为")), r("董事长", Some("终端BG"))]
        )]
    );
    // 云 alone after a company, before no post, stays out (腾讯|云南 …)
    let x = run("腾讯在云南投资。");
    assert!(x.organizations.iter().all(|o| o.name != "腾讯云"), "{:?}", x.organizations);
}

/// A famous name before a prize of its field names the prize (诺贝尔文学奖得主莫言): no
/// person 诺贝尔 there; the same name doing something is still a person.
#[test]
fn a_famous_name_before_a_prize() {
    assert_eq!(names("诺贝尔文学奖得主莫言出席了首发式。"), ["莫言"]);
    assert_eq!(names("诺贝尔发明了炸药。"), ["诺贝尔"]);
}

/// 答 before 记者问 is the answer, no char of the name (外交部发言人毛宁答记者问), and a former
/// post after 、 (院士、原水利部副部长) keeps the posts before it.
#[test]
fn answers_and_former_posts_in_a_list() {
    assert_eq!(
        people_roles("外交部发言人毛宁答记者问。"),
        [("毛宁".to_string(), vec![r("发言人", Some("外交部"))])]
    );
    let x = run("中国工程院院士、原水利部副部长张明远同志在北京逝世。");
    assert_eq!(
        common::roles(&x, "张明远"),
        [r("院士", Some("中国工程院")), r("副部长", Some("水利部"))]
    );
}

/// A subdistrict after its district (岳麓区洋湖街道) is a place; a city's streets
/// (梧州市街道85%被淹) are not.
#[test]
fn subdistricts_after_their_district() {
    let x = run("长沙市岳麓区洋湖街道新建社区食堂3个。");
    assert!(x.locations.iter().any(|l| l.name == "洋湖街道"), "{:?}", x.locations);
    let x = run("特大洪水致使梧州市街道85%被淹。");
    assert!(x.locations.iter().all(|l| l.name != "梧州市街道"), "{:?}", x.locations);
    // a generic service station is no organisation, and a new area keeps its first char
    assert!(run("新建养老服务站2个。").organizations.is_empty());
    let x = run("上海临港新片区管委会副主任吴晓华一行来访。");
    assert!(x.organizations.iter().any(|o| o.name.ends_with("临港新片区管委会")), "{:?}", x.organizations);
}

/// A speaker after a quotation named by surname and address, with a manner before the verb
/// (…”家住观沙岭社区的刘奶奶笑着说).
#[test]
fn a_speaker_by_address_after_the_quotation() {
    let qs = common::quotes("“现在出门走5分钟就到了。”家住附近社区的刘奶奶笑着说。");
    assert_eq!(qs, [common::q("刘奶奶", "说", "现在出门走5分钟就到了。")]);
}

/// Verbs of upgrading before what is counted (改造提升农贸市场1个) are no part of it.
#[test]
fn verbs_of_upgrading_before_what_is_counted() {
    for (s, want) in [("改造提升农贸市场1个。", "农贸市场"), ("升级改造老旧小区32个。", "老旧小区")] {
        let x = run(s);
        assert_eq!(x.quantities[0].subject.as_deref(), Some(want), "{s}");
    }
}

/// 会展 (exhibitions) is a word: 国家会展中心 and 深圳国际会展中心 are venues.
#[test]
fn exhibition_centres_are_venues() {
    for (s, v) in [
        ("第八届进博会在国家会展中心（上海）开幕。", "国家会展中心"),
        ("深圳国际会展中心举办展览。", "深圳国际会展中心"),
    ] {
        let x = run(s);
        assert!(x.locations.iter().any(|l| l.name == v), "{s}: {:?}", x.locations);
    }
}

/// A note under an opinion piece on who its author is (（作者系中国人民大学教授 周其仁）) is
/// the author's credit, with the name when it is there.
#[test]
fn an_authors_note_is_a_credit() {
    let x = run("正文第一段，市里召开会议。\n（作者系中国人民大学教授 周其仁）\n");
    assert_eq!(x.credits.len(), 1, "{:?}", x.credits);
    let c = &x.credits[0];
    assert_eq!(c.names, ["周其仁"]);
    assert_eq!(c.organization.as_deref(), Some("中国人民大学教授"));
    let x = run("正文第一段，市里召开会议。\n（作者系本报评论员）\n");
    assert_eq!(x.credits.len(), 1, "{:?}", x.credits);
    assert!(x.credits[0].names.is_empty());
}

/// 日 after a figure is the date's (2日联合发布: no place 日); the three big airlines by
/// their names; a Weibo post's stamp (来自 微博) is no headline.
#[test]
fn date_chars_airlines_and_a_weibo_stamp() {
    let x = run("中国科协、科技部等部门2日联合发布名单。");
    assert!(x.locations.is_empty(), "{:?}", x.locations);
    let x = run("分别交付东方航空、中国国航、南方航空等航空公司。");
    let orgs: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(orgs, ["东方航空", "中国国航", "南方航空"]);
    let x = run("人民日报\n2026-12-04 08:15 来自 微博 weibo.com\n【#国产大飞机C919累计交付超百架#】据中国商飞消息，C919累计交付量已达到102架。\n");
    assert!(
        x.paragraphs.iter().all(|p| p.kind != zhextract::ParagraphKind::Headline),
        "{:?}",
        x.paragraphs
    );
}

/// A list of people with a space between the posts and the name (中国科学院院士、清华大学教授
/// 薛其坤): the posts are the person's when they name their bodies; a credit's label before a
/// space stays the credits' (微信编辑 蔡铭泽).
#[test]
fn posts_before_a_space_and_the_name() {
    let x = run("他们是：\n中国科学院院士、清华大学教授 薛其坤\n华为技术有限公司首席科学家 王成录\n");
    assert_eq!(
        common::roles(&x, "薛其坤"),
        [r("院士", Some("中国科学院")), r("教授", Some("清华大学"))]
    );
    assert_eq!(common::roles(&x, "王成录"), [r("首席科学家", Some("华为技术有限公司"))]);
    let x = run("正文，市里召开会议。\n微信编辑 蔡铭泽\n");
    assert_eq!(common::roles(&x, "蔡铭泽"), [r("微信编辑", None)]);
}

/// Express carriers by name (中通快递, 圆通速递, 申通快递): no person 申通.
#[test]
fn express_carriers_by_name() {
    let x = run("中通快递、圆通速递、申通快递等企业负责人表示，将加强末端网点管理。");
    assert!(x.people.is_empty(), "{:?}", x.people);
    let orgs: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(orgs, ["中通快递", "圆通速递", "申通快递"]);
}
