//! Session 27's audit: speakers with a word between them and the verb of saying, Japanese
//! given names that open with a verb, transliterations with 思, company groups named by a
//! common noun, and listed companies and media news writes by name alone.

mod common;
use common::{has, orgs, person, q, quotes, roles, run, subjects};

/// A three-char name whose given name is a word (宏伟, 建国) is a speaker when an adverb
/// or a manner stands between it and the verb: 也表示, 笑着说, 高兴地说.
#[test]
fn speaker_with_an_adverb_or_a_manner_before_the_verb() {
    assert_eq!(
        quotes("王宏伟也表示，明年的订单已经排满。"),
        [q("王宏伟", "表示", "明年的订单已经排满。")]
    );
    assert_eq!(
        quotes("王宏伟笑着说：“我们对明年很有信心。”"),
        [q("王宏伟", "说", "我们对明年很有信心。")]
    );
    assert_eq!(
        quotes("刘建国高兴地说，今年的收成比去年好。"),
        [q("刘建国", "说", "今年的收成比去年好。")]
    );
    for s in [
        "王宏伟则认为，风险可控。",
        "李建国还指出，风险可控。",
        "张建国接着说，风险可控。",
    ] {
        let x = run(s);
        assert_eq!(x.people.len(), 1, "{s}: {:?}", x.people);
    }
    // no person from words that are no name
    for s in [
        "大家也表示，风险可控。",
        "公司也表示，风险可控。",
        "他们高兴地说，好。",
    ] {
        assert!(run(s).people.is_empty(), "{s}");
    }
}

/// Japanese given names of three chars that open with a one-char verb (进次郎), and
/// transliterations with 思 (赫格塞思), keep every char.
#[test]
fn japanese_given_names_and_transliterations_keep_every_char() {
    let x = run("日本首相高市早苗和防卫大臣小泉进次郎于周五会见了美国国防部长赫格塞思。");
    person(&x, "小泉进次郎");
    assert_eq!(
        roles(&x, "赫格塞思"),
        [("国防部长".to_string(), Some("美国".to_string()))]
    );
    // a verb of one char after a family name, with no given name like a Japanese one, is
    // still a verb
    let x = run("小泉进入会场时，记者们都站了起来。");
    assert!(
        x.people.iter().all(|p| p.name != "小泉进入会"),
        "{:?}",
        x.people
    );
}

/// A company group named by a common noun (蚂蚁集团, 红豆集团) is an organisation; a kind
/// of group (犯罪集团, 利益集团, 报业集团) is not.
#[test]
fn company_groups_named_by_a_common_noun() {
    let x = run("蚂蚁集团副总裁张建国表示，将加大投入。");
    assert!(
        x.organizations.iter().any(|o| o.name == "蚂蚁集团"),
        "{:?}",
        x.organizations
    );
    assert_eq!(
        roles(&x, "张建国"),
        [("副总裁".to_string(), Some("蚂蚁集团".to_string()))]
    );
    assert!(has(&orgs("红豆集团董事长周海江说，好。"), "红豆集团"));
    for s in [
        "该犯罪集团被警方打掉。",
        "利益集团阻挠改革。",
        "当地的报业集团正在转型。",
    ] {
        assert!(orgs(s).is_empty(), "{s}: {:?}", orgs(s));
    }
}

/// Listed companies and media known by a stock or brand name alone; 现金红利 is a
/// dividend, no person 金红利.
#[test]
fn listed_companies_and_media_by_name() {
    let x = run("据第一财经报道，贵州茅台11月28日晚间公告，公司拟每股派发现金红利23.957元。工业富联当日股价上涨3.2%。");
    for name in ["第一财经", "贵州茅台", "工业富联"] {
        assert!(
            x.organizations.iter().any(|o| o.name == name),
            "{name}: {:?}",
            x.organizations
        );
    }
    assert!(x.people.is_empty(), "{:?}", x.people);
    assert!(has(
        &orgs("据人民日报报道，海康威视和隆基绿能的订单增长。"),
        "海康威视"
    ));
}

/// The state's headquarters for a hazard keep 国家 and their fields (防灭火, 防汛抗旱 are
/// words now), with or without their office; working meetings are events.
#[test]
fn state_headquarters_and_working_meetings() {
    let x = run("国家森林草原防灭火指挥部办公室副主任徐加明在会上强调，要严防死守。");
    assert_eq!(
        roles(&x, "徐加明"),
        [(
            "副主任".to_string(),
            Some("国家森林草原防灭火指挥部办公室".to_string())
        )]
    );
    assert!(has(
        &orgs("国家防汛抗旱总指挥部召开会商会。"),
        "国家防汛抗旱总指挥部"
    ));
    assert!(has(
        &orgs("国家森林草原防灭火指挥部召开会议。"),
        "国家森林草原防灭火指挥部"
    ));
    // (no agency from a list of generic bodies, no chamber of commerce in 会商会)
    assert!(orgs("国家有关部门和指挥部召开会议。").is_empty());
    assert!(!has(&orgs("国家防汛抗旱总指挥部召开会商会。"), "会商会"));
    let x = run("公司召开新品推介会和经销商交流会。");
    let events: Vec<&str> = x.events.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(events, ["新品推介会", "经销商交流会"]);
}

/// What a count of events counts comes after the verb that reports them (共发生森林火灾128起
/// → 森林火灾); a figure after 以 ("by") is followed by the predicate, no noun counted.
#[test]
fn counted_nouns_after_reporting_verbs_and_by_means_figures() {
    let x = run("今年以来，全国共发生森林火灾128起，比去年同期下降45%。");
    assert_eq!(subjects(&x)[0], ("128起", "起", Some("森林火灾")));
    let x = run("地震造成房屋倒塌12间。");
    assert_eq!(subjects(&x)[0], ("12间", "间", Some("房屋")));
    let x = run("海港队前锋武磊以19球领跑射手榜。");
    assert_eq!(subjects(&x)[0], ("19球", "球", None));
}

/// A laboratory with a name of its own is an organisation (之江实验室, 鹏城实验室); a bare
/// one is not.
#[test]
fn laboratories_with_a_name() {
    let x = run("其中，之江实验室与5家企业签署合作协议。");
    assert!(
        has(
            &orgs("其中，之江实验室与5家企业签署合作协议。"),
            "之江实验室"
        ),
        "{:?}",
        x.organizations
    );
    assert!(has(&orgs("鹏城实验室发布新模型。"), "鹏城实验室"));
    assert!(orgs("他在实验室里工作，学校的物理实验室很大。").is_empty());
}

/// Military ranks are titles, never organisations (a quoted “上校” was one: 上校 is an
/// abbreviation to the dictionary and ends in 校); a judge's compound titles are roles;
/// 被害人 is one word.
#[test]
fn ranks_and_judges_are_titles() {
    let x = run("李某某通过婚恋网站结识被害人钱某，自称是某部队“上校”。承办法官王晓燕介绍，此类案件中，被告人往往利用被害人对军人的信任。");
    assert!(x.organizations.is_empty(), "{:?}", x.organizations);
    assert_eq!(roles(&x, "王晓燕"), [("承办法官".to_string(), None)]);
    assert!(
        x.keywords.iter().all(|k| k.word != "害人"),
        "{:?}",
        x.keywords
    );
    assert_eq!(
        roles(
            &run("美军上校约翰·史密斯表示，演习将如期举行。"),
            "约翰·史密斯"
        )[0]
        .0,
        "上校"
    );
}

/// A body known by name whose last char starts the title (行政|院长) is one of the text's
/// organisations, as 外交部 of 外交部长 is; 報導 (Taiwan's 报道) is one word, so the news
/// agency before it stays whole.
#[test]
fn bodies_inside_titles_and_taiwan_reporting_verbs() {
    let x = run("行政院長卓榮泰今（4）日在立法院接受質詢時表示，政府將編列特別預算。據中央社報導，預算規模待定。");
    let names: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert!(
        names.contains(&"行政院") && names.contains(&"中央社"),
        "{names:?}"
    );
    assert_eq!(
        roles(&x, "卓榮泰"),
        [("院長".to_string(), Some("行政院".to_string()))]
    );
}

/// After a title, a name whose given name is a word (明清) ends before a verb of going and
/// where to (到长沙市调研, 赴京); a paper's name before 全媒体记者 is the reporter's outlet.
#[test]
fn names_before_a_verb_of_going_and_reporters_of_all_media() {
    let x = run("12月2日，省委常委、组织部部长李明清到长沙市调研基层党建工作。");
    assert_eq!(
        roles(&x, "李明清"),
        [
            ("常委".to_string(), Some("省委".to_string())),
            ("部长".to_string(), Some("组织部".to_string()))
        ]
    );
    assert!(run("部长说到做到，局长来了。").people.is_empty());
    let x =
        run("李明清强调，要坚持大抓基层的鲜明导向。\n（湖南日报全媒体记者 孙敏坚 通讯员 刘阳）");
    let c = x
        .credits
        .iter()
        .find(|c| c.names == ["孙敏坚"])
        .expect("reporter");
    assert_eq!(
        (c.label.as_str(), c.organization.as_deref()),
        ("全媒体记者", Some("湖南日报"))
    );
}

/// A country's one-char abbreviation inside a transliterated name is the name's (拉加德:
/// no 加 for Canada, no 德 for Germany; 斯卡尔法罗: no 法, no 罗).
#[test]
fn no_places_inside_a_name() {
    let x = run("欧洲央行行长拉加德在布鲁塞尔对欧洲议会说，通胀有望回落。");
    person(&x, "拉加德");
    let places: Vec<&str> = x.locations.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(places, ["布鲁塞尔"]);
}

/// 丨 (a stroke pages use between a label and a name) separates; it is no char of a name.
#[test]
fn a_stroke_separates_labels_and_names() {
    let x = run("刘文华今年58岁，扎根山区教学35年。\n编辑丨李娜  审核丨王强\n文丨张三");
    let names: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["刘文华", "李娜", "王强", "张三"]);
    assert!(
        x.credits.iter().any(|c| c.names == ["李娜"]),
        "{:?}",
        x.credits
    );
}

/// Every prefix of a paragraph runs: a sentence may end on any token, right after a word
/// that may stand before a verb of saying (也, 还, 高兴) with no verb after it.
#[test]
fn every_prefix_of_a_paragraph_runs() {
    let s = "王宏伟也表示，刘建国高兴地说，张建国接着说，李明清还指出，也还则又高兴地激动地";
    for (i, _) in s.char_indices().skip(1) {
        run(&s[..i]);
    }
    run(s);
}

/// The civilisation office (文明办; 文明 is a given name to the dictionary) of the centre,
/// a province or a city is an organisation.
#[test]
fn civilisation_offices() {
    assert!(has(
        &orgs("日前，中央文明办发布2026年第四季度“中国好人榜”。"),
        "中央文明办"
    ));
    assert!(has(&orgs("浙江省文明办发布通知。"), "浙江省文明办"));
    assert!(orgs("中央银行宣布降息。").is_empty());
}

/// A byline with two outlets joined by a dash and the reporter's closing words
/// (成都商报-红星新闻记者 王嘉 摄影报道) is a credit, not the headline; a queue (排起长队) is
/// no team.
#[test]
fn dashed_outlets_and_queues() {
    let x = run("成都商报-红星新闻记者 王嘉 摄影报道\n\n12月3日上午，位于成都市武侯区的四川大学华西医院门诊大楼前排起长队。据华西医院相关负责人介绍，近期流感病毒检测阳性率已升至38.6%。");
    let c = x
        .credits
        .iter()
        .find(|c| c.names == ["王嘉"])
        .expect("reporter");
    assert_eq!(c.organization.as_deref(), Some("成都商报-红星新闻"));
    assert!(
        x.paragraphs
            .iter()
            .all(|p| p.kind != zhextract::ParagraphKind::Headline),
        "{:?}",
        x.paragraphs
    );
    assert!(
        x.organizations.iter().all(|o| !o.name.ends_with("长队")),
        "{:?}",
        x.organizations
    );
    assert!(orgs("市民排起长队。").is_empty());
}

/// Japanese executives in China (本间哲朗), a name the dictionary files as a proper noun
/// right after a title (副市长华源), and the fair's bureau by its short name (进博局).
#[test]
fn executives_officials_and_the_fairs_bureau() {
    let x = run("据进博局副局长孙成海介绍，本届进博会意向成交金额达834.9亿美元。日本松下控股株式会社中国东北亚公司总裁本间哲朗对记者说：“我们已经连续八年参展。”上海市副市长华源在闭幕式上宣布，第九届进博会将于明年举办。");
    assert_eq!(
        roles(&x, "孙成海"),
        [("副局长".to_string(), Some("进博局".to_string()))]
    );
    assert_eq!(quotes_of(&x)[1].0, "本间哲朗");
    assert_eq!(
        roles(&x, "华源"),
        [("副市长".to_string(), Some("上海市".to_string()))]
    );
}

fn quotes_of(x: &zhextract::Extraction) -> Vec<(String, String)> {
    x.quotes
        .iter()
        .map(|q| (q.speaker.clone().unwrap_or_default(), q.verb.clone()))
        .collect()
}

/// 国家卫生健康委, the health commission's short name in its own documents, and a
/// ministry's department before its director (基层卫生健康司司长, 医政司司长, 亚洲司司长).
#[test]
fn the_health_commission_and_its_departments() {
    let x = run("记者从国家卫生健康委获悉，县域医共体已覆盖90%以上的县。国家卫生健康委基层卫生健康司司长傅卫在新闻发布会上说，将推动优质医疗资源下沉。");
    assert!(has(
        &x.organizations
            .iter()
            .map(|o| o.name.clone())
            .collect::<Vec<_>>(),
        "国家卫生健康委"
    ));
    assert_eq!(
        roles(&x, "傅卫"),
        [(
            "司长".to_string(),
            Some("国家卫生健康委基层卫生健康司".to_string())
        )]
    );
    assert_eq!(
        roles(
            &run("外交部亚洲司司长刘劲松说，双方进行了深入沟通。"),
            "刘劲松"
        ),
        [("司长".to_string(), Some("外交部亚洲司".to_string()))]
    );
    assert!(orgs("公司司长说，好。").is_empty());
}
