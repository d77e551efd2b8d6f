//! Session 33: bodies named with their term (政协合肥市第十五届委员会), a state
//! committee's office, and what a third audit of 32 articles (sports and culture, science,
//! markets and farming, public safety) got wrong.

mod common;
use common::{has, orgs, places};

/// A party's or a consultative conference's committee of one term, or a people's congress,
/// is one name with the place it serves and its standing committee.
#[test]
fn committees_and_congresses_of_a_term_are_named_whole() {
    let o = orgs("政协合肥市第十五届委员会第四次会议于1月10日开幕。");
    assert!(has(&o, "政协合肥市第十五届委员会"), "{o:?}");
    let o = orgs("中共合肥市第十二届委员会第九次全体会议召开。");
    assert!(has(&o, "中共合肥市第十二届委员会"), "{o:?}");
    let o = orgs("中国人民政治协商会议第十四届全国委员会常务委员会举行会议。");
    assert!(has(&o, "中国人民政治协商会议第十四届全国委员会常务委员会"), "{o:?}");
    let o = orgs("合肥市第十六届人民代表大会第五次会议于1月12日开幕。");
    assert!(has(&o, "合肥市第十六届人民代表大会"), "{o:?}");
    // (a bare committee of a term with no body before it names nothing new)
    let o = orgs("学校第三届委员会换届选举顺利完成。");
    assert!(!o.iter().any(|x| x.contains("第三届委员会")), "{o:?}");
}

/// 国家 opens a state committee's name when its office is what is named.
#[test]
fn a_state_committees_office() {
    let o = orgs("国家防灾减灾救灾委员会办公室、应急管理部12月5日召开会商会。");
    assert!(has(&o, "国家防灾减灾救灾委员会办公室"), "{o:?}");
}

/// Towns and townships whose names the dictionary cuts apart: one ending in a county's
/// short form (长丰镇 holds 丰镇, 留固镇 holds 固镇), a word for a mountain town after a
/// county (会山镇), a pronoun's char opening two (本号镇), a count of li (八里营镇), and
/// ethnic townships (亚曼苏柯尔克孜族乡, 翠玉傈僳族普米族乡).
#[test]
fn towns_cut_apart_are_named_whole() {
    let p = places("最大为万宁市长丰镇412.6毫米，其次是琼海市会山镇368.2毫米、陵水黎族自治县本号镇321.5毫米。");
    for t in ["长丰镇", "会山镇", "本号镇"] {
        assert!(has(&p, t), "{t}: {p:?}");
    }
    assert!(!has(&p, "丰镇"), "{p:?}");
    let o = orgs("最大为万宁市长丰镇412.6毫米，其次是琼海市会山镇368.2毫米。");
    assert!(o.is_empty(), "{o:?}");
    let p = places("在留固镇万亩高产示范方，在八里营镇前李庄村，小麦亩产创新高。");
    assert!(has(&p, "留固镇") && has(&p, "八里营镇"), "{p:?}");
    let x = common::run("房屋出现墙体开裂，亚曼苏柯尔克孜族乡有12间无人居住的老旧房屋倒塌。");
    let p: Vec<String> = x.locations.iter().map(|l| l.name.clone()).collect();
    assert!(has(&p, "亚曼苏柯尔克孜族乡"), "{p:?}");
    assert!(x.people.is_empty(), "{:?}", x.people);
    let p = places("云南省宁蒗彝族自治县翠玉傈僳族普米族乡发生山火。");
    assert!(has(&p, "翠玉傈僳族普米族乡"), "{p:?}");
    // (the county itself, and the people's name in a common word, stay as they were)
    let p = places("他曾在固镇工作，大家都是回族乡亲。");
    assert!(has(&p, "固镇") && p.len() == 1, "{p:?}");
}

/// A weekday inside a person's name is no date, and names no day for 当日 after it.
#[test]
fn no_weekday_inside_a_name() {
    let x = zhextract::extract(
        "中新网上海11月29日电 当日上海晴间多云。\n\n据上海市体育局副局长周一鸣介绍，本届赛事报名人数达到26.1万人。当日下午2时举行颁奖仪式。",
        &common::with_reference("2026-12-06"),
    );
    let d = common::date_ranges(&x);
    assert!(!d.iter().any(|x| x.0 == "周一"), "{d:?}");
    assert!(d.contains(&("当日下午2时", "2026-11-29T14", None)), "{d:?}");
    assert!(x.people.iter().any(|p| p.name == "周一鸣"));
}

/// 当天 opening a later paragraph than a day to come is the story's day (the last one named
/// up to the dateline's), unless its sentence speaks of what is to come.
#[test]
fn the_same_day_after_a_day_to_come_is_the_storys() {
    let text = "新华社北京12月4日电 中国人民银行4日宣布，决定于2026年12月15日下调金融机构存款准备金率0.5个百分点。\n\n当天下午3时，国务院新闻办公室举行新闻发布会。";
    let x = zhextract::extract(text, &common::with_reference("2026-12-06"));
    let d = common::date_ranges(&x);
    assert!(d.contains(&("当天下午3时", "2026-12-04T15", None)), "{d:?}");
    let text = "新华社北京12月4日电 会议决定于12月15日召开。\n\n当天，将发布新规。";
    let x = zhextract::extract(text, &common::with_reference("2026-12-06"));
    let d = common::date_ranges(&x);
    assert!(d.contains(&("当天", "2026-12-15", None)), "{d:?}");
}

/// A bare $ in a Hong Kong paper's traditional text is the Hong Kong dollar; US$ stays
/// American, and so does a bare $ elsewhere.
#[test]
fn a_bare_dollar_in_hong_kong_text() {
    let x = common::run("【明報專訊】本地歌手林家慧昨日在香港宣布舉行演唱會，門票$480至$1,680，另有US$99的網上直播票。");
    let m: Vec<(&str, &str)> = x.money.iter().map(|m| (m.text.as_str(), m.currency.as_str())).collect();
    assert!(m.contains(&("$480", "HKD")), "{m:?}");
    assert!(m.iter().any(|(t, c)| t.contains("US$99") && *c == "USD"), "{m:?}");
    let x = common::run("这款耳机在美国售价$199，约合人民币1400元。");
    assert!(x.money.iter().any(|m| m.currency == "USD"), "{:?}", x.money);
}

/// Given-name chars of names given since the 1980s (芸, 萱, 睿, 彤, 骁, 苇), which the
/// generated list lacked: such names were cut short or missed.
#[test]
fn modern_given_names() {
    for (s, name) in [
        ("常设秘书处副秘书长丁晓芸表示，贸易增长。", "丁晓芸"),
        ("记者张梓萱报道，展会开幕。", "张梓萱"),
        ("公司总经理李睿表示，将加大投入。", "李睿"),
        ("马骁的《北方的界碑》获中篇小说奖。", "马骁"),
        ("林一苇的《鸽群》获奖。", "林一苇"),
    ] {
        let x = common::run(s);
        let p: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(p, [name], "{s}");
    }
}

/// No person in a reservoir's or a region's name, an investment firm's, a verb the
/// dictionary lacked (屈居|亚军) or a dish (牛百叶).
#[test]
fn names_of_things_are_no_people() {
    for s in [
        "牛路岭水库、万宁水库已开闸泄洪。",
        "带动秦巴山区旅游资源开发。",
        "以1比2不敌日本选手，屈居亚军。",
        "冷冻猪蹄、牛百叶等2.3吨。",
        "本轮融资由鼎峰资本领投。",
    ] {
        let x = common::run(s);
        assert!(x.people.is_empty(), "{s}: {:?}", x.people);
    }
}

/// Investment firms by trade name and 资本 or 创投, in a sentence about investing; Macau's
/// 司警; an analyst's field (策略分析师) and Hong Kong's 分析员, with the firm before them.
#[test]
fn firms_police_and_analysts() {
    let o = orgs("本轮融资由红杉资本领投，云杉创投跟投。");
    assert!(has(&o, "云杉创投"), "{o:?}");
    let o = orgs("所谓智慧资本，说白了就是给脑袋定价。");
    assert!(o.is_empty(), "{o:?}");
    let o = orgs("其後報案。司警呼籲市民提高警覺。");
    assert!(has(&o, "司警"), "{o:?}");
    let x = common::run("中金公司策略分析师邓书琪指出，市场回暖。輝立証券分析員梁志豪表示，大市短期或反覆。");
    assert_eq!(
        common::roles(&x, "邓书琪"),
        [("策略分析师".to_string(), Some("中金公司".to_string()))]
    );
    assert_eq!(
        common::roles(&x, "梁志豪"),
        [("分析員".to_string(), Some("輝立証券".to_string()))]
    );
}

/// Uyghur names with a dot, their second part a word the dictionary lacked (买买提).
#[test]
fn uyghur_names_with_a_dot() {
    let x = common::run("乌什县委副书记、县长艾尔肯·买买提在现场告诉记者，救援正在进行。村民吐尔逊·买买提说，房子没事。");
    let p: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(p, ["艾尔肯·买买提", "吐尔逊·买买提"]);
}

/// A speaker read as the tail of a later mention (唐纳 of 麦克唐纳表示) is the person that
/// mention names (since session 37 the whole name, as a later 王军 is 王军: it was the
/// mention as written, 麦克唐纳).
#[test]
fn a_speaker_is_the_mention_as_written() {
    let q = common::quotes("海港队主教练彼得·麦克唐纳在赛后新闻发布会上说，机会一定会来。\n\n麦克唐纳表示，卫冕并不意味着球队可以停下脚步。");
    let speakers: Vec<&str> = q.iter().map(|q| q.0.as_str()).collect();
    assert_eq!(speakers, ["彼得·麦克唐纳", "彼得·麦克唐纳"]);
}

/// A listed company named with its stock code in brackets, and no person read inside its
/// later mentions (华晟 of 华晟智能董事会秘书); a title's year in 《》 is no code.
#[test]
fn listed_companies_by_their_stock_codes() {
    let x = common::run("12月3日晚间，华晟智能（301396）发布公告称，公司拟回购股份。\n对于此次回购，华晟智能董事会秘书陈静怡表示，回购彰显信心。");
    let o: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(o, ["华晟智能"]);
    let p: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(p, ["陈静怡"]);
    assert!(x.quotes.iter().any(|q| q.speaker.as_deref() == Some("华晟智能")), "{:?}", x.quotes);
    for (s, name) in [
        ("贵州茅台(600519.SH)股价上涨。", "贵州茅台"),
        ("腾讯控股（00700.HK）收报420港元。", "腾讯控股"),
        ("台積電（2330）今天股價上漲。", "台積電"),
    ] {
        assert!(has(&orgs(s), name), "{s}");
    }
    let o = orgs("案例入选《助力乡村振兴蓝皮书(2023)》优秀案例。");
    assert!(o.is_empty(), "{o:?}");
}

fn role(t: &str, o: Option<&str>) -> (String, Option<String>) {
    (t.to_string(), o.map(str::to_string))
}

/// Roles whose organisation was lost: a bureau before 党委书记 (局党委书记 was one title
/// word), the secretariat's secretaries, a division named by words after its bureau, a
/// police station named by a town cut into chars, a firm cut into chars before a title,
/// Academia Sinica's short name, a doctoral student.
#[test]
fn roles_keep_their_organisations() {
    let x = common::run("其中，大丰区应急管理局党委书记、局长孙立新被免职。中国作家协会书记处书记赵海峰在颁奖典礼上致辞。");
    assert_eq!(
        common::roles(&x, "孙立新"),
        [role("党委书记", Some("大丰区应急管理局")), role("局长", Some("大丰区应急管理局"))]
    );
    assert_eq!(common::roles(&x, "赵海峰"), [role("书记处书记", Some("中国作家协会"))]);
    let x = common::run("广州市市场监督管理局执法稽查处处长黄志坚表示，将持续保持高压态势。");
    assert_eq!(
        common::roles(&x, "黄志坚"),
        [role("处长", Some("广州市市场监督管理局执法稽查处"))]
    );
    let x = common::run("据溪口派出所所长竺立军介绍，老人已经找到。鼎峰资本合伙人程思远对界面新闻表示，看好赛道。");
    assert_eq!(common::roles(&x, "竺立军"), [role("所长", Some("溪口派出所"))]);
    assert_eq!(common::roles(&x, "程思远"), [role("合伙人", Some("鼎峰资本"))]);
    let x = common::run("中研院副院長劉士維在記者會上表示，計畫順利。論文第一作者為浙江大学博士研究生孙梓涵。");
    assert_eq!(common::roles(&x, "劉士維"), [role("副院長", Some("中研院"))]);
    assert_eq!(common::roles(&x, "孙梓涵"), [role("博士研究生", Some("浙江大学"))]);
    let o = orgs("奉化区公安分局溪口派出所接到报警。");
    assert!(has(&o, "奉化区公安分局溪口派出所"), "{o:?}");
}

/// A spokesperson speaks for the ministry or the office, not for the department that
/// shares the title list (司长、新闻发言人).
#[test]
fn a_spokesperson_is_the_ministrys() {
    let x = common::run("生态环境部宣传教育司司长、新闻发言人曹立平表示，空气质量持续改善。外交部新闻司副司长、发言人毛宁表示，中方欢迎。");
    assert_eq!(
        common::roles(&x, "曹立平"),
        [role("司长", Some("生态环境部宣传教育司")), role("新闻发言人", Some("生态环境部"))]
    );
    assert_eq!(
        common::roles(&x, "毛宁"),
        [role("副司长", Some("外交部新闻司")), role("发言人", Some("外交部"))]
    );
    let x = common::run("北京市公安局新闻发言人王强表示，案件正在侦办。");
    assert_eq!(common::roles(&x, "王强"), [role("新闻发言人", Some("北京市公安局"))]);
}

/// Organisations cut short or read from common words: a company's trade name in chars
/// before its field (深算智能科技（上海）有限公司), 后 after a word (开场后蓉城队), a verb of
/// setting up (设置医疗站), 恢复通行 (jieba files 通行 as an abbreviation), Macau's
/// 統計暨普查局; 下山 is no place.
#[test]
fn organisations_whole_and_no_more() {
    let o = orgs("深算智能科技（上海）有限公司创始人周启航表示，芯片已量产。");
    assert!(has(&o, "深算智能科技（上海）有限公司"), "{o:?}");
    let o = orgs("开场后蓉城队攻势积极。");
    assert_eq!(o, ["蓉城队"]);
    for s in ["赛事沿线共设置医疗站40个。", "道路已恢复通行。", "车辆禁止通行，请绕行。"] {
        let o = orgs(s);
        assert!(o.is_empty(), "{s}: {o:?}");
    }
    let o = orgs("據統計暨普查局資料，十月份澳門貨物出口增長。");
    assert!(has(&o, "統計暨普查局"), "{o:?}");
    let p = places("志愿者轮流背着他走了近两个小时山路下山。");
    assert!(p.is_empty(), "{p:?}");
}

/// A city's name that is a footballer's position (中卫) before a player's name is the
/// player's title; the city stays a place elsewhere.
#[test]
fn a_position_before_a_player_is_no_city() {
    let x = common::run("海港队获得角球机会，中卫马蒂亚斯·奥利维拉头球攻门得手。");
    assert!(x.locations.is_empty(), "{:?}", x.locations);
    assert_eq!(common::roles(&x, "马蒂亚斯·奥利维拉"), [role("中卫", None)]);
    let p = places("宁夏中卫的枸杞远近闻名。");
    assert!(has(&p, "中卫"), "{p:?}");
}

/// Ceremonies named by a verb the dictionary now knows (完工, 落成) and its 典礼 or 仪式.
#[test]
fn ceremonies_after_a_verb() {
    for (s, e) in [
        ("项目主体工程完工典礼今天举行。", "项目主体工程完工典礼"),
        ("纪念馆落成典礼隆重举行。", "纪念馆落成典礼"),
    ] {
        let x = common::run(s);
        assert!(x.events.iter().any(|x| x.name == e), "{s}: {:?}", x.events);
    }
}

/// Leagues by their short names (中超, 亚冠) are events, a league's short name opens its
/// season's name (亚冠精英联赛), and no verb or generic word names a league (卫冕联赛,
/// 无缘顶级联赛, 征战亚冠).
#[test]
fn leagues_by_short_names() {
    let ev = |s: &str| -> Vec<String> { common::run(s).events.into_iter().map(|e| e.name).collect() };
    assert_eq!(ev("明年球队还将同时征战亚冠精英联赛和国内赛事。"), ["亚冠精英联赛"]);
    assert_eq!(ev("中超第30轮比赛29日进行。"), ["中超"]);
    assert!(ev("海港队成功卫冕联赛冠军。").is_empty());
    assert_eq!(ev("降级至中甲，下赛季无缘顶级联赛。"), ["中甲"]);
}

/// A railway station named by a city and a point of the compass is a facility, so a
/// place, as a city's station is (北京站).
#[test]
fn stations_by_compass_points_are_places() {
    for (s, st) in [("旅客在北京西站候车。", "北京西站"), ("乘客可在十堰东站换乘。", "十堰东站")] {
        let x = common::run(s);
        assert!(x.organizations.is_empty(), "{s}: {:?}", x.organizations);
        assert!(x.locations.iter().any(|l| l.name == st), "{s}: {:?}", x.locations);
    }
}

/// A development zone named by its place and the words before its kind is one place
/// (大丰港经济开发区, 苏州工业园区); a bare zone names none.
#[test]
fn development_zones() {
    let p = places("火灾发生在盐城市大丰港经济开发区一家企业。");
    assert!(has(&p, "大丰港经济开发区") && !has(&p, "港"), "{p:?}");
    let p = places("苏州工业园区发布新政。");
    assert!(has(&p, "苏州工业园区"), "{p:?}");
    assert!(places("企业入驻开发区。").is_empty());
}

/// Quotes said with a smile (笑言, 笑称) or as a reminder (提示), and a speaker after a day
/// and its comma after the closing mark (”12月3日晚，薛冰峰…说).
#[test]
fn more_ways_of_saying() {
    let q = common::quotes("林家慧笑言“全部都是惊喜”。王强笑称，这次比赛很轻松。");
    let v: Vec<(&str, &str)> = q.iter().map(|q| (q.0.as_str(), q.1.as_str())).collect();
    assert_eq!(v, [("林家慧", "笑言"), ("王强", "笑称")]);
    let q = common::quotes("“叠层电池的难点在于能不能稳住。”12月3日晚，薛冰峰在杭州接受记者采访时说。");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "薛冰峰");
    assert!(common::quotes("“今年要稳住。”昨天下午，大会闭幕。").is_empty());
    assert!(common::quotes("系统提示，密码错误。").is_empty());
}

/// Credit lines behind a page's button (【纠错】 【责任编辑：刘阳】), after an outlet's name
/// and a space (潮新闻客户端 记者 竺佳琪 通讯员 溪宣), and a caption closed by its
/// photographer's name alone (（楊子軒攝）).
#[test]
fn more_credit_lines() {
    let x = common::run("标题\n\n潮新闻客户端 记者 竺佳琪 通讯员 溪宣\n\n12月2日，奉化溪口一名老人走失。\n\n【纠错】 【责任编辑：刘阳】");
    let c: Vec<(&str, Vec<&str>)> = x
        .credits
        .iter()
        .map(|c| (c.label.as_str(), c.names.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(c, [("记者", vec!["竺佳琪"]), ("通讯员", vec!["溪宣"]), ("责任编辑", vec!["刘阳"])]);
    let x = common::run("標題\n\n林家慧昨日出席記者會，宣布明年3月開騷。（楊子軒攝）");
    assert_eq!(x.credits.len(), 1);
    assert_eq!(x.credits[0].names, ["楊子軒"]);
    assert_eq!(x.credits[0].role, zhextract::CreditRole::Photographer);
}
