//! Session 31: an audit of 32 articles of kinds not covered before (a legislature's
//! session, a discipline notice, a court verdict, a recruitment notice, an IPO, car sales,
//! exchange rates, house prices, Singapore and Macau news, an earthquake, a launch, a
//! paper in a journal, a hospital, a marathon, a transfer, a concert, a book, a museum, a
//! county festival, a campus, Taiwan sport), and general rules for what they got wrong.

mod common;
use common::run;
use zhextract::{CreditRole, Extraction};

fn has_credit(x: &Extraction, role: CreditRole, name: &str, org: Option<&str>) -> bool {
    x.credits.iter().any(|c| {
        c.role == role
            && (c.names.iter().any(|n| n == name) || c.organization.as_deref() == Some(name))
            && (org.is_none() || c.organization.as_deref() == org)
    })
}

/// A photo's credit closing its caption, after the caption's full stop, with 摄 apart.
#[test]
fn a_photographers_credit_closes_a_caption() {
    let x = run("新华社北京12月4日电（记者 许可欣 刘洋）会议4日下午在北京闭幕。\n\n图为12月4日，十四届全国人大常委会第二十三次会议在北京人民大会堂闭幕。新华社记者 谢晗 摄\n\n图为12月4日，旅客在北京西站候车大厅排队检票进站。人民网记者 宋潇摄");
    assert!(
        has_credit(&x, CreditRole::Photographer, "谢晗", Some("新华社")),
        "{:?}",
        x.credits
    );
    assert!(
        has_credit(&x, CreditRole::Photographer, "宋潇", Some("人民网")),
        "{:?}",
        x.credits
    );
    assert!(
        has_credit(&x, CreditRole::Reporter, "刘洋", None),
        "{:?}",
        x.credits
    );
    // a sentence that ends on 摄 is no credit
    let x =
        run("他说，这张照片是他在黄山拍摄。\n\n记者调查发现，当地多家影楼的照片都由同一团队拍摄");
    assert!(x.credits.is_empty(), "{:?}", x.credits);
}

/// An outlet named with digits (21世纪经济报道记者), a reporter of a kind (全媒体记者), the
/// three reviews of a paper, a Central News Agency dateline with a full date, and an outlet
/// of any name before 讯 and a byline.
#[test]
fn bylines_of_more_shapes() {
    let x = run("外资并购再添一例\n\n21世纪经济报道记者 陆敏 实习生 丁一凡 上海报道\n\n12月2日晚间，科德瑞发布公告。\n\n本文来源：21世纪经济报道");
    assert!(
        has_credit(&x, CreditRole::Reporter, "陆敏", Some("21世纪经济报道")),
        "{:?}",
        x.credits
    );
    // (21世纪 of the outlet's name is no date)
    assert!(x.dates.iter().all(|d| d.text != "21世纪"), "{:?}", x.dates);
    let x = run("长沙晚报掌上长沙12月5日讯（全媒体记者 周媛 通讯员 刘思琪）今天上午，菜价小幅上涨。\n\n责任编辑：肖琳 | 二审：谭明 | 三审：罗建华");
    assert!(
        has_credit(&x, CreditRole::Reporter, "周媛", None),
        "{:?}",
        x.credits
    );
    assert!(
        has_credit(&x, CreditRole::Editor, "谭明", None),
        "{:?}",
        x.credits
    );
    assert!(
        has_credit(&x, CreditRole::ChiefEditor, "罗建华", None),
        "{:?}",
        x.credits
    );
    assert!(x.people.iter().all(|p| p.name != "二审"), "{:?}", x.people);
    let x =
        run("（中央社記者林宜臻台北2026年12月4日電）電子代工大廠宏勁科技今天公布11月合併營收。");
    assert!(
        has_credit(&x, CreditRole::Reporter, "林宜臻", Some("中央社")),
        "{:?}",
        x.credits
    );
    assert!(
        has_credit(&x, CreditRole::Source, "中央社", None),
        "{:?}",
        x.credits
    );
    let x = run("交汇点讯（记者 顾敏 通讯员 苏法宣）本月3日，江苏省高级人民法院作出二审判决。");
    assert!(
        has_credit(&x, CreditRole::Source, "交汇点", None),
        "{:?}",
        x.credits
    );
    assert!(
        has_credit(&x, CreditRole::Reporter, "顾敏", None),
        "{:?}",
        x.credits
    );
    // (a place before 讯 is no outlet)
    let x = run("南京讯（记者 顾敏）本月3日，江苏省高级人民法院作出二审判决。");
    assert!(
        x.credits
            .iter()
            .all(|c| c.organization.as_deref() != Some("南京")),
        "{:?}",
        x.credits
    );
}

/// A name in a credit line holds no date: 图片编辑：蒋立冬 (立冬, a solar term).
#[test]
fn a_credit_name_holds_no_date() {
    let x = run("成都蓉城官宣新外援。\n\n责任编辑：李丹　图片编辑：蒋立冬");
    assert!(x.dates.is_empty(), "{:?}", x.dates);
    assert!(
        has_credit(&x, CreditRole::Editor, "蒋立冬", None),
        "{:?}",
        x.credits
    );
}

/// A title after the last name of a 、 list is every one's (李鸿忠、王东明、肖捷副委员长).
#[test]
fn a_title_after_a_list_of_names_is_every_ones() {
    let x = run("李鸿忠、王东明、肖捷副委员长和秘书长刘奇出席会议。");
    for name in ["李鸿忠", "王东明", "肖捷"] {
        assert_eq!(
            common::roles(&x, name),
            [("副委员长".to_string(), None)],
            "{name}: {:?}",
            x.people
        );
    }
    assert_eq!(common::roles(&x, "刘奇"), [("秘书长".to_string(), None)]);
    // (one with a title of its own keeps the list's titles apart)
    let x = run("市长王军、副市长李明、张华局长出席。");
    assert_eq!(common::roles(&x, "王军"), [("市长".to_string(), None)]);
}

/// Words that are no names: a field of study before 博士, 的 in a phrase, 某 before 原,
/// a people (阿美族), trade words (文博, 乐龄).
#[test]
fn more_words_that_are_no_names() {
    for (s, not) in [
        ("郭振岳，男，研究生学历，管理学博士。", "管理学"),
        ("坚持以严的基调强化正风肃纪反腐。", "严的基"),
        ("來自關山鎮的阿美族捕手胡智翔則隨中華隊出賽。", "阿美族"),
        ("展览汇集了国内18家文博机构的236件展品。", "文博"),
        ("资助社区组织为有需要的乐龄人士提供接送服务。", "乐龄"),
        (
            "此次地震序列为主震—余震型，发生更大地震的可能性不大。",
            "余震型",
        ),
    ] {
        let x = run(s);
        assert!(
            x.people.iter().all(|p| p.name != not),
            "{s}: {:?}",
            x.people
        );
    }
    let x = run("法院审理查明，刘某原系恒辉公司技术部副经理，2021年3月离职。");
    assert!(
        x.people.iter().all(|p| p.name != "刘某原"),
        "{:?}",
        x.people
    );
    assert!(x.people.iter().any(|p| p.name == "刘某"), "{:?}", x.people);
    let x = run("阿美族歌手胡智翔说，这是他第一次来北京。");
    assert!(
        x.people.iter().any(|p| p.name == "胡智翔"),
        "{:?}",
        x.people
    );
}

/// A clause's verb is no part of an organisation's name.
#[test]
fn no_clause_verb_inside_an_organisation() {
    for (s, want, not) in [
        (
            "中国人民银行授权中国外汇交易中心公布。",
            "中国外汇交易中心",
            "中国人民银行授权中国外汇交易中心",
        ),
        ("市场关注日本央行是否会加息。", "日本央行", "日本央行是否会"),
        (
            "记者联系锐拓公司，对方工作人员称将尊重法院判决。",
            "锐拓公司",
            "联系锐拓公司",
        ),
        (
            "该器件经国家光伏产业计量测试中心第三方认证。",
            "国家光伏产业计量测试中心",
            "器件经国家光伏产业计量测试中心",
        ),
    ] {
        let o = common::orgs(s);
        assert!(common::has(&o, want) && !common::has(&o, not), "{s}: {o:?}");
    }
    for s in [
        "他在纽伦堡和开姆尼茨两地设有工厂。",
        "公司在德国慕尼黑设有研发中心。",
    ] {
        assert!(common::orgs(s).is_empty(), "{s}: {:?}", common::orgs(s));
    }
}

/// A meeting speaks in the report of it: 会议指出 after the meeting is named, and the
/// meeting itself before its verb.
#[test]
fn a_meeting_is_the_speaker_of_its_report() {
    let q = common::quotes("国务院总理李强11月27日主持召开国务院常务会议，听取能源保供工作汇报。\n会议指出，今年入冬以来，煤电油气运保障总体平稳有序。\n会议认为，就业是最基本的民生。\n会议决定，新增3000亿元额度。");
    let speakers: Vec<&str> = q
        .iter()
        .map(|(s, v, _)| (s.as_str(), v.as_str()))
        .map(|(s, _)| s)
        .collect();
    assert_eq!(speakers, ["国务院常务会议", "国务院常务会议"], "{q:?}");
    let q = common::quotes(
        "今年1月召开的二十届中央纪委五次全会曾强调，坚持以严的基调强化正风肃纪反腐。",
    );
    assert_eq!(q[0].0, "二十届中央纪委五次全会", "{q:?}");
    // (a 会议 of another story, far from the meeting and not right before the verb, is none)
    let q = common::quotes("十一届三中全会以后，全国工作重点转移。据报道，今年1月在加尔各答举行了一次国际研讨会，会议结果表明，现有证据都是间接的。");
    assert!(q.iter().all(|(s, _, _)| s != "十一届三中全会"), "{q:?}");
}

/// A town of two chars right after its city or county, whatever its first char.
#[test]
fn a_town_right_after_its_county() {
    for (s, town) in [
        ("11月30日以来，万宁市和乐镇累计降雨量达612毫米。", "和乐镇"),
        ("1日23时许，万宁市后安镇坡仔村20余名群众被困。", "后安镇"),
    ] {
        assert!(
            common::has(&common::places(s), town),
            "{s}: {:?}",
            common::places(s)
        );
    }
}

/// 元 in a Singapore paper's text is the Singapore dollar once 新元 is named; not in a
/// text that names the renminbi too.
#[test]
fn yuan_after_the_singapore_dollar() {
    let x = run("政府五年拨12亿新元 提升公共交通无障碍设施\n\n第一阶段涵盖淡滨尼、兀兰等12个地铁站，预计耗资3亿元。此外，政府也会拨出5000万元设立基金。");
    let cur: Vec<&str> = x.money.iter().map(|m| m.currency.as_str()).collect();
    assert_eq!(cur, ["SGD", "SGD", "SGD"], "{:?}", x.money);
    let x = run("该公司在新加坡募资2亿新元，约合人民币10.6亿元，国内营收50亿元。");
    assert_eq!(
        x.money.last().map(|m| m.currency.as_str()),
        Some("CNY"),
        "{:?}",
        x.money
    );
}

/// A biography's posts: after 任, 转任, 出任, 当选 and the like, with the subject of a clause
/// that names none in the sentence or the paragraph before (2008年4月任…, 他…出任…).
#[test]
fn a_biographys_posts_are_the_persons_roles() {
    let x = run("郭振岳长期在甘肃工作。1983年从西北农学院毕业后，他被分配至天水市农业局，1992年6月任天水市秦城区副区长。1997年1月，郭振岳转任甘谷县委副书记、县长。\n\n2005年11月，郭振岳任庆阳市副市长，2008年4月任庆阳市委常委、常务副市长。2011年9月，他回到省直部门，出任甘肃省农牧厅党组书记、厅长。2019年12月，他当选甘肃省政协副主席。");
    let r = common::roles(&x, "郭振岳");
    for (title, org) in [
        ("副区长", "天水市秦城区"),
        ("副书记", "甘谷县委"),
        ("副市长", "庆阳市"),
        ("常委", "庆阳市委"),
        ("常务副市长", "庆阳市"),
        ("党组书记", "甘肃省农牧厅"),
        ("厅长", "甘肃省农牧厅"),
        ("副主席", "甘肃省政协"),
    ] {
        assert!(
            r.contains(&(title.to_string(), Some(org.to_string()))),
            "{title} {org}: {r:?}"
        );
    }
    // (the 任 of 主任, 责任 and 任务 takes no post)
    let x = run("王军表示，落实主任责任制是当前的任务，市长要负总责。");
    assert!(common::roles(&x, "王军").is_empty(), "{:?}", x.people);
}

/// Festivals named with a word the dictionary files as a name's, a county in brackets, or
/// a school's own festival.
#[test]
fn festivals_with_more_shapes_of_names() {
    for (s, want) in [
        (
            "第八届长白山（抚松）冰雪温泉旅游节今天开幕。",
            "第八届长白山（抚松）冰雪温泉旅游节",
        ),
        (
            "武汉理工大学第二十届学生科技节昨日开幕。",
            "武汉理工大学第二十届学生科技节",
        ),
        (
            "大会期间，第四届国际苏铁生物学会议在昆明举行。",
            "第四届国际苏铁生物学会议",
        ),
    ] {
        let x = run(s);
        assert!(
            x.events.iter().any(|e| e.name == want),
            "{s}: {:?}",
            x.events
        );
    }
}

/// A registered company's name has no description before it; 会商 and 钙钛矿 are words.
#[test]
fn a_registered_company_without_its_description() {
    for (s, want) in [
        (
            "芯片企业锐思智能控股有限公司今起招股。",
            "锐思智能控股有限公司",
        ),
        (
            "阿里巴巴集团控股有限公司宣布回购股份。",
            "阿里巴巴集团控股有限公司",
        ),
        (
            "陈卫民介绍，中国环境监测总站会商结果显示，空气质量将好转。",
            "中国环境监测总站",
        ),
    ] {
        assert_eq!(common::orgs(s), [want], "{s}");
    }
    assert!(common::orgs("该器件采用钙钛矿材料。").is_empty());
}

/// A club named in transliteration however the segmenter cut it; a speaker who speaks
/// through a channel (通过官方微博宣布).
#[test]
fn a_foreign_club_and_a_speaker_through_a_channel() {
    for s in ["与葡超布拉加俱乐部达成一致。", "与布拉加俱乐部达成一致。"]
    {
        assert_eq!(common::orgs(s), ["布拉加俱乐部"], "{s}");
    }
    assert!(common::orgs("他们去了那个俱乐部。").is_empty());
    let q = common::quotes("中超成都蓉城俱乐部通过官方微博宣布，与葡超布拉加俱乐部达成一致。");
    assert_eq!(q[0].0, "成都蓉城俱乐部", "{q:?}");
}

/// Tibetan names (two parts, no surname) and a Uyghur name whose first part the segmenter
/// cut into verbs, in a list that shares its title; a road is no person.
#[test]
fn tibetan_and_uyghur_names_in_a_titled_list() {
    let x = run("李鸿忠、张庆伟、洛桑江村、雪克来提·扎克尔副委员长和秘书长刘奇出席会议。");
    for name in ["李鸿忠", "张庆伟", "洛桑江村", "雪克来提·扎克尔"] {
        assert_eq!(
            common::roles(&x, name),
            [("副委员长".to_string(), None)],
            "{name}: {:?}",
            x.people
        );
    }
    let x = run("甘孜州委常委、副州长泽仁多吉当天上午带队抵达禾尼乡。");
    assert!(
        x.people.iter().any(|p| p.name == "泽仁多吉"),
        "{:?}",
        x.people
    );
    let x = run("自治区主席嘎玛泽登表示，要做好冬季保供。");
    assert!(
        x.people.iter().any(|p| p.name == "嘎玛泽登"),
        "{:?}",
        x.people
    );
    // (a place of the same chars stays one: 洛桑 is Lausanne)
    assert!(common::has(&common::places("他在洛桑江边散步。"), "洛桑"));
    let x = run("比赛途经长江路、中山东路、明城墙等地标。");
    assert!(x.people.is_empty(), "{:?}", x.people);
}

/// An event named after a craft's number (神舟二十四号…新闻发布会) and a heating season.
#[test]
fn events_named_after_a_craft_and_a_season() {
    for (s, want) in [
        (
            "神舟二十四号载人飞行任务新闻发布会在酒泉举行。",
            "神舟二十四号载人飞行任务新闻发布会",
        ),
        (
            "太原市召开采暖季城市供热保障工作新闻发布会。",
            "采暖季城市供热保障工作新闻发布会",
        ),
    ] {
        let x = run(s);
        assert!(
            x.events.iter().any(|e| e.name == want),
            "{s}: {:?}",
            x.events
        );
    }
    assert!(run("会议在3号会议室召开。").events.is_empty());
}

/// Words the name model read as names: 权威 before a verb of saying, 田联 (World
/// Athletics), 嘉宾 after the verb 任.
#[test]
fn authority_athletics_and_guests_are_no_names() {
    for s in [
        "今冬供热怎么样？权威回应来了→",
        "今年3月南京马拉松首次获评世界田联金标赛事。",
        "被問及會否邀請好友任嘉賓，Kelly賣關子說。",
    ] {
        assert!(run(s).people.is_empty(), "{s}: {:?}", run(s).people);
    }
}

/// Singapore's and Malaysia's parties and ministers of state; 主管 a title.
#[test]
fn parties_ministers_of_state_and_heads_of_units() {
    let x = run("交通部高级政务部长萧丽娟说，工人党议员何佩珊的问题很重要。");
    assert_eq!(
        common::roles(&x, "萧丽娟"),
        [("高级政务部长".to_string(), Some("交通部".to_string()))]
    );
    assert_eq!(
        common::roles(&x, "何佩珊"),
        [("议员".to_string(), Some("工人党".to_string()))]
    );
    assert!(x.people.iter().all(|p| p.name != "党"), "{:?}", x.people);
    assert_eq!(common::orgs("交通部高级政务部长萧丽娟说。"), ["交通部"]);
    let x = run("渣打银行大中华区外汇策略主管刘嘉伦表示，人民币汇率将保持稳定。");
    assert!(
        common::roles(&x, "刘嘉伦").iter().any(|r| r.0 == "主管"),
        "{:?}",
        x.people
    );
    assert!(run("市场监管部门是主管部门。").people.is_empty());
}

/// A body of common words named with its short form in brackets is an organisation.
#[test]
fn a_body_named_with_its_short_form_in_brackets() {
    assert_eq!(
        common::orgs("根据计划，陆路交通管理局（陆交局）将从明年起分阶段推行升级工程。"),
        ["陆路交通管理局"]
    );
    assert!(common::orgs("他在公园（东门）等候。").is_empty());
}
