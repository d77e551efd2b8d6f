//! Session 24's audit of modern news: a spokesman whose name starts with a county's
//! (林西|强), companies known by name and their industry (格力电器), the state's bureaus
//! by short name (国新办, 国家疾控局), launch centres, and ordinals of more measure words.

mod common;
use common::{has, orgs, places, quotes, roles, run};

/// A county's name and one more char between a title and a verb of saying is a person
/// (新闻发言人林西强介绍), not the county and a stray char.
#[test]
fn a_name_that_starts_with_a_county_after_a_title_is_a_person() {
    let s = "中国载人航天工程新闻发言人林西强介绍，乘组由三名航天员组成。";
    let x = run(s);
    assert_eq!(roles(&x, "林西强"), [("新闻发言人".to_string(), None)]);
    assert!(!x.locations.iter().any(|l| l.name == "林西"), "{:?}", x.locations);
    let q = quotes("市卫健委局长林西强说，全市已接种疫苗两万剂次。");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "林西强");
    // the county itself, after no title, stays a place
    assert!(has(&places("林西县今年粮食产量创新高，林西强化了水利建设。"), "林西县"));
}

/// A company known by name and its industry is named whole (格力电器, 比亚迪汽车).
#[test]
fn a_company_known_by_name_and_its_industry_is_named_whole() {
    let o = orgs("格力电器线上销售额同比增长超过25%，比亚迪汽车本月销量再创新高。");
    assert!(has(&o, "格力电器") && has(&o, "比亚迪汽车"), "{o:?}");
    assert!(!has(&o, "格力") && !has(&o, "比亚迪"), "{o:?}");
}

/// Short names of the state's bodies (国新办, 发改委, 最高法, 外汇局) and 国家 + a bureau.
#[test]
fn the_state_bodies_short_names_are_organisations() {
    let o = orgs(
        "国新办2日举行新闻发布会，发改委、最高法和最高检的负责人出席。\
         国家疾控局和国家外汇局也通报了有关情况。",
    );
    for want in ["国新办", "发改委", "最高法", "最高检", "国家疾控局", "国家外汇局"] {
        assert!(has(&o, want), "{want}: {o:?}");
    }
}

/// A launch centre is an organisation (酒泉卫星发射中心), its city a place.
#[test]
fn a_launch_centre_is_an_organisation() {
    let x = run("运载火箭在酒泉卫星发射中心点火发射，约10分钟后船箭分离。");
    let o: Vec<String> = x.organizations.iter().map(|e| e.name.clone()).collect();
    assert!(has(&o, "酒泉卫星发射中心"), "{o:?}");
}

/// 第 + numeral + a measure word of things (粒, 枚, 艘, 颗, 台) is an ordinal with its unit.
#[test]
fn ordinals_of_things_keep_their_measure_word() {
    let x = run("这是他本赛季第34粒联赛进球，中国队收获第3枚金牌，第一艘国产航母下水。");
    let ords: Vec<(&str, &str)> = x
        .quantities
        .iter()
        .filter(|q| q.text.starts_with('第'))
        .map(|q| (q.text.as_str(), q.unit.as_str()))
        .collect();
    assert_eq!(ords, [("第34粒", "粒"), ("第3枚", "枚"), ("第一艘", "艘")]);
}

/// A class by its year (2025届毕业生) is no count; what is counted stands before a verb of
/// going (志愿者2.1万余名赴中西部) and after a verb of listing (收录药品3159种 → 药品).
#[test]
fn counts_of_classes_and_subjects_around_verbs() {
    let x = run(
        "2025届全国普通高校毕业生规模预计达1222万人。今年共有大学生志愿者2.1万余名赴中西部\
         基层学校服务。新版目录共收录药品3159种。",
    );
    let qs: Vec<(&str, Option<&str>)> = x
        .quantities
        .iter()
        .map(|q| (q.text.as_str(), q.subject.as_deref()))
        .collect();
    assert!(!qs.iter().any(|q| q.0 == "2025届"), "{qs:?}");
    assert!(qs.contains(&("2.1万余名", Some("大学生志愿者"))), "{qs:?}");
    assert!(qs.contains(&("3159种", Some("药品"))), "{qs:?}");
}

/// WeChat's row of buttons under an article (分享 收藏 点赞 在看), one a line, is promo.
#[test]
fn wechat_buttons_one_a_line_are_promo() {
    let x = run("近日，国家医保局发布通知，新版目录共收录药品3159种。\n分享\n收藏\n点赞\n在看");
    let kinds: Vec<String> = x
        .paragraphs
        .iter()
        .map(|p| serde_json::to_value(p.kind).unwrap().as_str().unwrap().to_string())
        .collect();
    assert_eq!(kinds, ["lead", "promo", "promo", "promo", "promo"]);
}

/// A verb that takes the meeting as its object ends the meeting's name, even one the
/// dictionary files as a noun (负责同志列席会议 names no event).
#[test]
fn a_meeting_attended_is_no_event_named_by_who_attends() {
    let x = run(
        "市委书记刘建国主持召开市委常委会会议。市纪委监委、市政府办公室主要负责同志列席会议。",
    );
    let ev: Vec<&str> = x.events.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(ev, ["市委常委会会议"]);
}

/// A short form shared by a province or a city and a county names the higher level: 海南
/// is 海南省 (not 海南区), 长沙 长沙市 (not 长沙县), 河北 河北省 (not 河北区).
#[test]
fn a_short_form_names_the_higher_level() {
    let x = run("海南和河北两省的代表团抵达长沙，随后前往西安参加交流活动。");
    for (short, full) in [("海南", "海南省"), ("河北", "河北省"), ("长沙", "长沙市"), ("西安", "西安市")] {
        let l = x
            .locations
            .iter()
            .find(|l| l.name == short)
            .unwrap_or_else(|| panic!("{short}: {:?}", x.locations));
        assert_eq!(l.aliases, [full.to_string()], "{short}");
    }
}

/// Fairs named by what they promote (供应链促进博览会) and forums named by their town
/// (博鳌亚洲论坛, 乌镇峰会) are named whole.
#[test]
fn fairs_and_forums_named_by_purpose_or_town() {
    let x = run(
        "2024中国国际供应链促进博览会在北京举行。博鳌亚洲论坛年会在海南举行。\
         世界互联网大会乌镇峰会今天开幕，展会期间共达成合作意向210多项。",
    );
    let ev: Vec<&str> = x.events.iter().map(|e| e.name.as_str()).collect();
    // (the year glued to the name is part of it, as 2024年… is: session 32)
    for want in ["2024中国国际供应链促进博览会", "博鳌亚洲论坛", "世界互联网大会乌镇峰会"] {
        assert!(ev.contains(&want), "{want}: {ev:?}");
    }
    let q = x.quantities.iter().find(|q| q.text == "210多项").unwrap();
    assert_eq!(q.subject.as_deref(), Some("合作意向"));
}

/// An abbreviated body after its country (中国贸促会) is named whole, and its head's role
/// points at it.
#[test]
fn an_abbreviated_body_after_its_country_is_named_whole() {
    let x = run("中国贸促会会长任鸿斌在开幕式上致辞时说，中国将扩大高水平对外开放。");
    assert_eq!(
        roles(&x, "任鸿斌"),
        [("会长".to_string(), Some("中国贸促会".to_string()))]
    );
}

/// The term of a congress or a committee and its session, written without 第, are
/// ordinals (十四届全国人大三次会议, 十二届八次全会, 二十届三中全会); terms counted stay counts
/// (连续三届当选, 换了六届县委书记).
#[test]
fn a_congress_term_and_session_are_ordinals() {
    let x = run(
        "十四届全国人大三次会议在北京闭幕。省委十二届八次全会召开。学习党的二十届三中全会精神。\
         他连续三届当选人大代表。恭城先后换了六届县委书记。",
    );
    let qs: Vec<(&str, &str)> = x
        .quantities
        .iter()
        .map(|q| {
            let k = serde_json::to_value(q.kind).unwrap();
            (q.text.as_str(), if k == "ordinal" { "ordinal" } else { "count" })
        })
        .collect();
    assert_eq!(
        qs,
        [
            ("十四届", "ordinal"),
            ("三次", "ordinal"),
            ("十二届", "ordinal"),
            ("八次", "ordinal"),
            ("二十届", "ordinal"),
            ("三届", "count"),
            ("六届", "count"),
        ]
    );
}

/// The sessions of congresses and plenums are events named whole (十四届全国人大三次会议,
/// 全国政协十四届三次会议, 二十届三中全会, the dictionary's 十一届三中全会), and the body named
/// inside stays an organisation.
#[test]
fn congress_sessions_and_plenums_are_events() {
    let x = run(
        "十四届全国人大三次会议在北京闭幕。全国政协十四届三次会议开幕。党的二十届三中全会在北京举行。\
         会议号召纪念党的十一届三中全会召开20周年。全国人大代表王强在十四届全国人大三次会议上说，今年很好。",
    );
    let ev: Vec<&str> = x.events.iter().map(|e| e.name.as_str()).collect();
    for want in [
        "十四届全国人大三次会议",
        "全国政协十四届三次会议",
        "二十届三中全会",
        "十一届三中全会",
    ] {
        assert!(ev.contains(&want), "{want}: {ev:?}");
    }
    let o: Vec<&str> = x.organizations.iter().map(|e| e.name.as_str()).collect();
    assert!(o.contains(&"全国人大"), "{o:?}");
}
