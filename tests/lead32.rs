//! Session 32: organisations the People's Daily dev set names that no rule found
//! (国家广播电视总局, 四川有线电视台), places read twice, and what a second audit of 32
//! articles (appointments, foreign news, company news, hospitals and courts) got wrong.

mod common;
use common::{has, orgs, places};

/// A field's word before a bureau's head is part of its name, 电视 among them (it was
/// filed as a word that is no head, which also kept it out of names).
#[test]
fn broadcasting_bodies_are_named_whole() {
    let o = orgs("记者从国家广播电视总局获悉，新规将于明年实施。");
    assert!(has(&o, "国家广播电视总局"), "{o:?}");
    let o = orgs("成都有线电视台播出了这部纪录片。");
    assert!(has(&o, "成都有线电视台"), "{o:?}");
    // (电视 is still no head: 看电视 names nothing)
    let o = orgs("晚饭后，他们一家人在客厅看电视。");
    assert!(o.is_empty(), "{o:?}");
}

/// A place that ends a longer one is that place's tail, not a second place.
#[test]
fn a_place_is_not_read_again_from_its_tail() {
    let p = places("墨西哥军队和总检察院25日在恰帕斯州发现了一批武器。");
    assert!(has(&p, "恰帕斯州") && !has(&p, "帕斯州"), "{p:?}");
    let p = places("美国得克萨斯州与墨西哥的里奥格朗德州交界。");
    assert!(!has(&p, "德州"), "{p:?}");
}

/// A brokerage before its analyst's title, however its trade name was cut, and the field
/// the analyst covers, which is part of the title.
#[test]
fn an_analysts_brokerage_and_field() {
    let x = common::run("中信建投证券机械行业首席分析师吕家豪认为，并购案例增多。华泰证券汽车行业首席分析师宋哲铭对第一财经表示，降本已初见成效。东吴证券分析师黄立衡表示，价格战仍在继续。");
    assert_eq!(
        common::roles(&x, "吕家豪"),
        [(
            "机械行业首席分析师".to_string(),
            Some("中信建投证券".to_string())
        )]
    );
    assert_eq!(
        common::roles(&x, "宋哲铭"),
        [(
            "汽车行业首席分析师".to_string(),
            Some("华泰证券".to_string())
        )]
    );
    assert_eq!(
        common::roles(&x, "黄立衡"),
        [("分析师".to_string(), Some("东吴证券".to_string()))]
    );
    // (a country's industry before a field is no brokerage)
    let o = orgs("分析人士认为，中国证券行业分析师普遍看好明年行情。");
    assert!(!o.iter().any(|x| x.ends_with("证券")), "{o:?}");
}

/// Titles written right after a later mention of an organisation, its short name among
/// them, are that organisation's; 公司 before a title is the company the text is about.
#[test]
fn titles_after_a_short_name_take_its_organisation() {
    let x = common::run("浙江恒睿精密机械股份有限公司（以下简称“恒睿精密”）12月4日晚间披露重组预案。\n\n恒睿精密拟作价23.6亿元收购资产。恒睿精密总部位于浙江台州。\n\n“汽车零部件仍是基本盘。”恒睿精密董事长兼总经理沈国平说。");
    assert_eq!(
        common::roles(&x, "沈国平"),
        [
            (
                "董事长".to_string(),
                Some("浙江恒睿精密机械股份有限公司".to_string())
            ),
            (
                "总经理".to_string(),
                Some("浙江恒睿精密机械股份有限公司".to_string())
            )
        ]
    );
    let x = common::run("芯跃科技股份有限公司（下称“芯跃科技”）今日起招股，中金公司为独家保荐人。\n\n芯跃科技今年营收增长。芯跃科技客户超过40家。\n\n公司首席财务官郑颖欣指出，订单充足。");
    assert_eq!(
        common::roles(&x, "郑颖欣"),
        [(
            "首席财务官".to_string(),
            Some("芯跃科技股份有限公司".to_string())
        )]
    );
    // (with two companies named as often, 公司 is neither)
    let x = common::run("甲骨文公司与华为公司签约。\n\n公司首席财务官郑颖欣指出，订单充足。");
    assert_eq!(
        common::roles(&x, "郑颖欣"),
        [("首席财务官".to_string(), None)]
    );
}

/// A name right before a town's or a village's char, or read with it, is that place's.
#[test]
fn a_town_or_a_village_is_no_person() {
    let x = common::run("张场镇党委书记陈晓峰表示，镇里正以梅湾村为示范。\n\n张场镇梅湾村：一颗柑橘撑起村集体增收路");
    let people: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, ["陈晓峰"]);
    let p = places("张场镇党委书记陈晓峰表示，镇里正以梅湾村为示范。");
    assert!(has(&p, "张场镇"), "{p:?}");
    assert_eq!(
        x.quotes.first().and_then(|q| q.speaker.as_deref()),
        Some("陈晓峰")
    );
    // (a title after the village's name is the village's post: 梅湾村党委书记)
    let x = common::run("“今年行情好。”梅湾村党委书记、村委会主任刘德明说。");
    assert!(
        x.people.iter().all(|p| p.name != "梅湾村"),
        "{:?}",
        x.people
    );
    // (a person with a title before stays one: 村民 is a word of its own)
    let x = common::run("记者见到了村支书王海，村民李村说，今年收成不错。");
    assert!(x.people.iter().any(|p| p.name == "王海"), "{:?}", x.people);
}

/// No name and no clause's verb before a body's abbreviation is part of it.
#[test]
fn a_name_before_a_bodys_abbreviation_is_not_its() {
    let o = orgs("会议审议通过了关于撤销徐建华政协合肥市第十五届委员会委员资格的决定。");
    assert!(!o.iter().any(|x| x.contains("徐建华")), "{o:?}");
    let o = orgs("鄺志明畢業於澳門大學，歷任經濟局廳長、副局長。");
    assert!(
        !o.iter().any(|x| x.contains("歷任") || x.contains("历任")),
        "{o:?}"
    );
}

/// A career's posts after 历任, 曾任 or 先后任, in groups a comma apart; one title held in
/// two organisations is two roles.
#[test]
fn a_careers_posts() {
    let x = common::run("龚立新，男，汉族，1971年8月出生，湖南邵阳人。历任湖南省发展和改革委员会副主任，株洲市委副书记、市长，湖南省委副秘书长等职，2024年1月起任湘潭市委书记。\n\n赵海峰，1974年11月出生，2021年起先后任菏泽市委副书记，济宁市委副书记、市长。");
    let r = common::roles(&x, "龚立新");
    for want in [
        ("副主任", "湖南省发展和改革委员会"),
        ("副书记", "株洲市委"),
        ("市长", "株洲市"),
        ("副秘书长", "湖南省委"),
        ("书记", "湘潭市委"),
    ] {
        assert!(
            r.contains(&(want.0.to_string(), Some(want.1.to_string()))),
            "{want:?} in {r:?}"
        );
    }
    let r = common::roles(&x, "赵海峰");
    for want in [
        ("副书记", "菏泽市委"),
        ("副书记", "济宁市委"),
        ("市长", "济宁市"),
    ] {
        assert!(
            r.contains(&(want.0.to_string(), Some(want.1.to_string()))),
            "{want:?} in {r:?}"
        );
    }
}

/// A title alone after the same title (or its deputy's) of an organisation earlier in the
/// sentence is that organisation's; a committee's secretary-general too.
#[test]
fn a_bare_title_shares_the_organisation_of_the_same_title_before() {
    let x = common::run("省人大常委会副主任周建林主持闭幕会，副主任谢卫江、杨晓红，秘书长龙海波出席。市委书记曹普华讲话，市长李爱武主持。");
    for name in ["谢卫江", "杨晓红"] {
        assert_eq!(
            common::roles(&x, name),
            [("副主任".to_string(), Some("省人大常委会".to_string()))]
        );
    }
    assert_eq!(
        common::roles(&x, "龙海波"),
        [("秘书长".to_string(), Some("省人大常委会".to_string()))]
    );
    // (a mayor after a party secretary is not the party committee's)
    assert!(
        common::roles(&x, "李爱武")
            .iter()
            .all(|r| r.1.as_deref() != Some("市委")),
        "{:?}",
        common::roles(&x, "李爱武")
    );
}

/// The article's own earlier headline (原标题：《…》) cites no work.
#[test]
fn an_earlier_headline_is_no_work() {
    let x = common::run("无锡一养老公司实控人一审被判无期\n\n法院认为，被告人的行为构成集资诈骗罪。\n\n（原标题：《以“预订养老床位”为名骗取6.8亿元，无锡一养老公司实控人一审被判无期》）\n\n责任编辑：钟煜豪");
    assert!(x.works.is_empty(), "{:?}", x.works);
    let x = common::run("他在《人民日报》发表文章。");
    assert_eq!(x.works.len(), 1);
}

/// Foreign names: a first part of seven chars before the dot, 凡 a transliteration char,
/// more Japanese family names, and a Japanese given name ending in a verb's char.
#[test]
fn more_foreign_names() {
    let x = common::run("应哈萨克斯坦共和国总统卡瑟姆若马尔特·托卡耶夫邀请，主席将出席会议。联合国秘书长发言人斯特凡纳·迪雅里克表示欢迎。大和总研首席经济学家熊野英生分析认为，日本央行可能加息。丰田汽车社长佐藤恒治在发布会上说，关税影响巨大。");
    let names: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    for want in [
        "卡瑟姆若马尔特·托卡耶夫",
        "斯特凡纳·迪雅里克",
        "熊野英生",
        "佐藤恒治",
    ] {
        assert!(names.contains(&want), "{want} in {names:?}");
    }
    // (凡 of common words makes no name)
    let x = common::run("这是一场非凡的比赛，平凡的人创造了不平凡的业绩。");
    assert!(x.people.is_empty(), "{:?}", x.people);
}

/// Places of the news the gazetteer lacked: cities of the war in Ukraine, of Johor.
#[test]
fn more_world_places() {
    let p = places("俄军过去一周在顿涅茨克方向推进，无人机袭击了俄罗斯别尔哥罗德州。两国领导人在柔佛新山会晤。");
    for want in ["顿涅茨克", "别尔哥罗德州", "柔佛", "新山"] {
        assert!(has(&p, want), "{want} in {p:?}");
    }
}

/// No surname alone before a title in a list of countries (中日韩外长会) or in 应…邀请;
/// a German or an Indian state named with 邦 is a place.
#[test]
fn no_surname_in_a_list_of_countries_or_an_invitation() {
    let x = common::run("郭嘉昆宣布：应国家主席习近平邀请，总统将于12月8日访华。韩方期待明年上半年在首尔举办中日韩外长会。");
    let names: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["郭嘉昆", "习近平"]);
    let p = places("台积电位于德国东部萨克森邦德勒斯登的工厂已完工。");
    assert!(has(&p, "萨克森邦"), "{p:?}");
}

/// Events: a conference of the parties to a convention, a documentary festival, and a
/// summit named by its countries' one-char names.
#[test]
fn conferences_festivals_and_summits() {
    let x = common::run("第三十次缔约方大会在贝伦举行。2026中国（广州）国际纪录片节将于12月12日开幕。2026年中日韩峰会在东京举行。");
    let events: Vec<&str> = x.events.iter().map(|e| e.name.as_str()).collect();
    for want in [
        "第三十次缔约方大会",
        "2026中国（广州）国际纪录片节",
        "2026年中日韩峰会",
    ] {
        assert!(events.contains(&want), "{want} in {events:?}");
    }
}

/// A later year that labels a thing (2027年…考试) lends its year to what is to come in its
/// paragraph, not to what is already done.
#[test]
fn a_labelling_year_and_what_is_done() {
    let o = zhextract::Options {
        reference_date: zhextract::Date::new(2026, 12, 6),
        ..Default::default()
    };
    let x = zhextract::extract("昨日，记者获悉，2027年河南省普通高校招生考试网上报名已于12月4日17时截止。2027年高考将于6月7日至10日举行。", &o);
    let v: Vec<(&str, &str)> = x
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_str()))
        .collect();
    assert!(v.contains(&("12月4日17时", "2026-12-04T17")), "{v:?}");
    assert!(
        v.iter()
            .any(|(t, val)| t.starts_with("6月7日") && val.starts_with("2027-06-07")),
        "{v:?}"
    );
}

/// A photo an outlet distributed, its photographer in brackets after 发, closing a caption
/// anywhere in the article.
#[test]
fn a_distributed_photos_credit() {
    let x = common::run("新华社北京12月5日电（记者 陈宇轩）中央气象台5日发布寒潮橙色预警。\n\n韩宏伟介绍，此次寒潮影响范围广。\n\n交通运输部提醒，部分路段可能封闭。\n\n应急管理部表示，已派出工作组。\n\n图为12月4日，吉林省延吉市环卫工人在清理道路积雪。新华社发（张楠 摄）");
    assert!(
        x.credits
            .iter()
            .any(|c| c.role == zhextract::CreditRole::Photographer
                && c.names == ["张楠"]
                && c.organization.as_deref() == Some("新华社")),
        "{:?}",
        x.credits
    );
}

/// Words of present news the dictionary lacked (疾控, 防灾, 局地) and the title 州务卿.
#[test]
fn words_of_present_news() {
    let o = orgs("上海市疾控中心急性传染病防治所所长林志坚说，流感进入高发期。");
    assert!(has(&o, "上海市疾控中心急性传染病防治所"), "{o:?}");
    let o = orgs("东北地区局地有特大暴雪。");
    assert!(o.is_empty(), "{o:?}");
    let x = common::run("亚利桑那州州务卿阿德里安·丰特斯说，计票已经完成。");
    assert_eq!(
        x.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["阿德里安·丰特斯"]
    );
}

/// 護理師 is a title: no surname 師 alone before 護士.
#[test]
fn a_nurses_title_is_no_surname() {
    let x = common::run("中華民國護理師護士公會全國聯合會則發出聲明，呼籲改善護理人力。");
    assert!(x.people.is_empty(), "{:?}", x.people);
}

/// A year of four digits glued to an event's name opens it.
#[test]
fn a_year_glued_to_an_events_name() {
    let x = common::run("2026中国商业航天发展大会在酒泉开幕。");
    assert_eq!(
        x.events.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["2026中国商业航天发展大会"]
    );
}

/// A hospital's department between it and a title is the role's organisation also when the
/// hospital's name is cut in two (华山|医院|感染|科); 温升 is a word, no name.
#[test]
fn a_department_of_a_hospital_cut_in_two() {
    let x = common::run("华山医院感染科主任医师顾永明介绍，近期流感患者明显增多。各方承诺仍不足以将全球温升控制在1.5摄氏度以内。");
    assert_eq!(
        common::roles(&x, "顾永明"),
        [("主任医师".to_string(), Some("华山医院感染科".to_string()))]
    );
    assert_eq!(x.people.len(), 1, "{:?}", x.people);
}

/// A verb before a described speaker makes it the verb's object: 派出所接群众报警称 is the
/// station's report.
#[test]
fn a_described_speaker_after_a_verb_is_its_object() {
    let x =
        common::run("2026年12月2日22时许，叠彩分局北门派出所接群众报警称，某烧烤店内有人打架。");
    assert_eq!(
        x.quotes.first().and_then(|q| q.speaker.as_deref()),
        Some("叠彩分局北门派出所")
    );
}

/// Hong Kong's 委任 appoints as 任命 does, with a form of address before 為 and the body's
/// short form in brackets before the post; a name read with 为 is the name alone.
#[test]
fn an_appointment_in_a_hong_kong_notice() {
    let x = common::run("政府今日公布，行政長官已委任葉振南教授為交通諮詢委員會（交諮會）主席，任期兩年。國務院決定任命李明為香港特別行政區政府財政司司長。");
    assert!(
        common::roles(&x, "葉振南")
            .contains(&("主席".to_string(), Some("交通諮詢委員會".to_string()))),
        "{:?}",
        common::roles(&x, "葉振南")
    );
    assert!(x.people.iter().any(|p| p.name == "李明"), "{:?}", x.people);
}
