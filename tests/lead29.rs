//! Session 29: an audit of police notices, listed companies' announcements, hospitals,
//! railways, disasters, box office and Hong Kong's legislature.

mod common;
use common::{has, orgs, quotes, roles, run, subjects};

fn names(s: &str) -> Vec<String> {
    run(s).people.into_iter().map(|p| p.name).collect()
}

/// A name withheld by 某 is named as written (周某某 and 刘某 are two people), its mentions
/// the surname alone; the char after 某 that starts the next words is no given-name char.
#[test]
fn a_withheld_name_is_named_as_written() {
    let x = run("民警将犯罪嫌疑人周某某当场抓获。周某某与被害人刘某因琐事发生口角。刘某经送医院抢救，已脱离危险。");
    let n: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(n, ["周某某", "刘某"]);
    assert!(x
        .people
        .iter()
        .all(|p| p.mentions.iter().all(|m| m.end - m.start == "周".len())));
    assert_eq!(x.people[0].mentions.len(), 2);
    assert_eq!(names("李某系本地人，张某持刀闯入。"), ["李某", "张某"]);
}

/// A company's shares (增持公司股份, 持有公司股份) are no company, and who holds the shares
/// (控股股东, 大股东) is named after the word.
#[test]
fn shares_and_shareholders_are_no_part_of_a_name() {
    let o = orgs("控股股东中国贵州茅台酒厂（集团）有限责任公司计划以集中竞价方式增持公司股份，茅台集团持有公司股份6亿股。");
    assert_eq!(o, ["中国贵州茅台酒厂（集团）有限责任公司", "茅台集团"]);
    let o = orgs("大股东华为技术有限公司表示，将继续持有公司股份。");
    assert_eq!(o, ["华为技术有限公司"]);
    // a trade name before 股份 is still a company
    assert!(has(&orgs("鞍钢股份发布公告。"), "鞍钢股份"));
}

/// A three-char name whose surname and first given char are a common noun (高铁) loses to
/// the noun before an abbreviation the dictionary lacks (武宜 for 武汉-宜昌).
#[test]
fn no_name_over_a_common_noun() {
    assert!(names("沪渝蓉高铁武宜段开通运营").is_empty());
    assert_eq!(names("总领事黄道生主持了仪式。"), ["黄道生"]);
}

/// Hospitals numbered after the university they belong to, a group's numbered institute
/// after the group's name, and bodies of disaster relief.
#[test]
fn numbered_hospitals_institutes_and_headquarters() {
    let o = orgs("郑州大学第一附属医院心血管内科成功实施手术，中山大学附属第一医院也参与了会诊。");
    assert!(has(&o, "郑州大学第一附属医院"), "{o:?}");
    assert!(has(&o, "中山大学附属第一医院"), "{o:?}");
    assert!(!has(&o, "郑州大学"), "{o:?}");
    let x = run("中铁第四勘察设计院集团有限公司总工程师王玉泽表示，难题已经攻克。");
    assert_eq!(
        roles(&x, "王玉泽"),
        [("总工程师".to_string(), Some("中铁第四勘察设计院集团有限公司".to_string()))]
    );
    let o = orgs("中国地震台网正式测定。海南省三防总指挥部数据显示。国家防总副总指挥在海南省防汛抗旱防风指挥部视频连线调度。");
    for n in ["中国地震台网", "海南省三防总指挥部", "国家防总", "海南省防汛抗旱防风指挥部"] {
        assert!(has(&o, n), "{n}: {o:?}");
    }
    let x = run("中国电影发行放映协会会长李国华表示，上座率有所提升。");
    assert_eq!(
        roles(&x, "李国华"),
        [("会长".to_string(), Some("中国电影发行放映协会".to_string()))]
    );
}

/// A hyphen inside a part of a transliterated name with a dot keeps it whole.
#[test]
fn a_hyphen_inside_a_dotted_name() {
    assert_eq!(
        names("国际泳联主席侯赛因·阿尔-穆萨拉姆为获奖选手颁奖。"),
        ["侯赛因·阿尔-穆萨拉姆"]
    );
}

/// N日 after a verb that grows or shrinks a number counts days: 由现时的14日增加至17日.
#[test]
fn days_that_a_number_grows_to_are_no_dates() {
    let x = run("立法会通过条例，将法定假日由现时的14日逐步增加至17日。");
    assert!(x.dates.is_empty(), "{:?}", x.dates);
    let q: Vec<&str> = x.quantities.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(q, ["14日", "17日"]);
    // a day of the month after another verb is still a date
    assert_eq!(run("会议推迟至17日举行。").dates.len(), 1);
}

/// A line of a post and a name alone (a report's speaker under its title) gives the post;
/// a credit's label there stays the credit's.
#[test]
fn a_line_of_a_post_and_a_name() {
    let x = run("2026年县政府工作报告\n\n县长 陈小平\n\n过去一年，全县经济稳中有进。");
    assert_eq!(roles(&x, "陈小平"), [("县长".to_string(), None)]);
    let x = run("正文很长很长。\n\n教授 李明 文\n");
    assert!(roles(&x, "李明").is_empty(), "{:?}", roles(&x, "李明"));
}

/// The 说 of 小说, 传说 or 据说 is no verb of saying.
#[test]
fn the_shuo_of_a_noun_says_nothing() {
    assert!(quotes("该片改编自马伯庸同名小说，讲述了小吏运送荔枝的故事。").is_empty());
    assert!(quotes("这只是一个古老的传说，当地人都知道。").is_empty());
    assert_eq!(quotes("马伯庸说，这部小说写了三年。").len(), 1);
}

/// What is counted after a sum with its currency and bound: 其中10亿元以上项目5个.
#[test]
fn a_subject_after_a_sum_and_its_bound() {
    let x = run("新引进亿元以上产业项目36个，其中10亿元以上项目5个。");
    let s = subjects(&x);
    assert!(s.contains(&("5个", "个", Some("项目"))), "{s:?}");
}

/// 实习生 is a contributor's label, and where the report was filed (成都报道) no name.
#[test]
fn an_intern_in_a_byline_and_the_place_it_was_filed() {
    let x = run("地震发生后，县里启动了应急响应。\n\n记者 王小川 实习生 李悦 成都报道\n");
    let c: Vec<(String, Vec<String>)> = x
        .credits
        .iter()
        .map(|c| (c.label.clone(), c.names.clone()))
        .collect();
    assert_eq!(
        c,
        [
            ("记者".to_string(), vec!["王小川".to_string()]),
            ("实习生".to_string(), vec!["李悦".to_string()])
        ]
    );
    let x = run("地震发生后，县里启动了应急响应。\n\n记者 王小川 通讯员 李悦 成都报道\n");
    assert!(x.credits.iter().all(|c| !c.names.iter().any(|n| n == "成都")));
}

/// A level's federation of trade unions (区总工会) over the title word 工会主席: its 主席
/// is the federation's, and 区总 no person.
#[test]
fn a_levels_federation_of_trade_unions() {
    let x = run("区委常委、区总工会主席谭晖在开幕式上致辞。他表示，全区累计培养高技能人才1.2万人。");
    assert_eq!(names_of(&x), ["谭晖"]);
    assert!(common::has(&roles_named(&x, "谭晖"), "主席@区总工会"), "{:?}", roles(&x, "谭晖"));
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("谭晖"));
}

fn names_of(x: &zhextract::Extraction) -> Vec<&str> {
    x.people.iter().map(|p| p.name.as_str()).collect()
}

fn roles_named(x: &zhextract::Extraction, name: &str) -> Vec<String> {
    roles(x, name)
        .into_iter()
        .map(|(t, o)| format!("{t}@{}", o.unwrap_or_default()))
        .collect()
}

/// 会 after a body's name is "will": 机管局会与业界合作 names 机管局, no 机管局会.
#[test]
fn hui_after_a_bodys_name_is_will() {
    let o = orgs("香港机场管理局发言人指，机管局会与业界紧密合作。");
    assert!(has(&o, "机管局"), "{o:?}");
    assert!(!o.iter().any(|n| n.ends_with("局会")), "{o:?}");
}

/// A stadium whose name the dictionary cut into single chars (奥|体) keeps them.
#[test]
fn a_stadium_named_in_single_chars() {
    let x = run("比赛在济南奥体中心体育场打响。");
    let l: Vec<&str> = x.locations.iter().map(|l| l.name.as_str()).collect();
    assert!(l.contains(&"奥体中心体育场"), "{l:?}");
    assert!(!l.contains(&"体中心体育场"), "{l:?}");
}

/// A centre named after a person keeps the dotted name; a dot inside a title joins no
/// common words into a name (《柳叶刀·公共卫生》).
#[test]
fn dotted_names_in_a_centre_and_in_a_title() {
    let x = run("该研究由悉尼大学查尔斯·珀金斯中心的团队主导，刊登在英国《柳叶刀·公共卫生》期刊上。");
    let o: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert!(o.contains(&"查尔斯·珀金斯中心"), "{o:?}");
    assert!(!names_of(&x).iter().any(|n| n.contains("柳叶")), "{:?}", names_of(&x));
}

/// The last of a 、 list after 和 shares the list's title: 航天员张陆、武飞和韩旭.
#[test]
fn the_last_of_a_list_after_he_shares_its_title() {
    let x = run("乘组由航天员张陆、武飞和韩旭组成。");
    for n in ["张陆", "武飞", "韩旭"] {
        assert_eq!(roles(&x, n), [("航天员".to_string(), None)], "{n}");
    }
    // no list before 和: the name after it has its own
    let x = run("外交部长王毅和李明会面。");
    assert!(roles(&x, "李明").is_empty());
}

/// What is counted before a figure with a bound after it: 培育千亿级民营企业10家以上。
#[test]
fn a_subject_before_a_figure_with_a_bound() {
    let x = run("培育千亿级民营企业10家以上。");
    assert_eq!(subjects(&x), [("10家", "家", Some("千亿级民营企业"))]);
}

/// A name of the byline in the quote's paragraph is no speaker of it.
#[test]
fn a_byline_name_is_no_speaker() {
    let x = run("南方日报讯（记者/陈慧 通讯员/罗法宣）自称能“消灾解难”，骗取多名老人钱财共计180余万元。");
    assert!(x.quotes.iter().all(|q| q.speaker.is_none()), "{:?}", x.quotes);
}

/// A news agency's dateline names where it reports from: 新华社联合国12月1日电 is 新华社
/// and 联合国, no one body.
#[test]
fn an_agency_and_the_body_of_its_dateline() {
    let o = orgs("新华社联合国12月1日电 联合国秘书长古特雷斯1日表示，发达国家应兑现承诺。");
    assert!(has(&o, "新华社") && has(&o, "联合国"), "{o:?}");
    assert!(!o.iter().any(|n| n.starts_with("新华社联合国")), "{o:?}");
}

/// A trade name of a word and single chars after the company's city: 杭州深度求索….
#[test]
fn a_trade_name_of_a_word_and_single_chars() {
    let o = orgs("杭州深度求索人工智能基础技术研究有限公司正式发布新一代开源大模型。");
    assert!(has(&o, "深度求索人工智能基础技术研究有限公司"), "{o:?}");
    assert!(names("团队希望通过开源推动人工智能技术普惠。").is_empty());
}

/// An intangible heritage's inheritor is a title (代表性传承人, 非遗传承人).
#[test]
fn an_inheritor_is_a_title() {
    let x = run("国家级非物质文化遗产代表性项目苗绣代表性传承人王秀兰每天都会绣上几个小时。");
    assert_eq!(roles(&x, "王秀兰"), [("代表性传承人".to_string(), None)]);
}

/// A surname that is also a measure word (张) before a personal form of address is a
/// person, named with it (张女士); 张女士 and 张先生 are two people; after a count the
/// char is the measure.
#[test]
fn a_surname_and_a_form_of_address_name_a_person() {
    let x = run("市民张女士告诉记者，她排了一个小时的队。赵女士说，价格有点贵。张先生也来了。");
    assert_eq!(names_of(&x), ["张女士", "赵女士", "张先生"]);
    assert!(x.people.iter().all(|p| p.mentions[0].end - p.mentions[0].start == "张".len()));
    let q: Vec<Option<&str>> = x.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(q, [Some("张女士"), Some("赵女士")]);
    assert!(names("墙上挂着三张老师的照片。").is_empty());
}

/// A bare day before the day written in the article is that month's when it lies nearer
/// that way (11月6日…5日 is the 5th of November, read on 6 December); late in a month the
/// story may have reached the next (11月28日…3日, read on 4 December, is the 3rd of December).
#[test]
fn a_bare_day_before_the_written_one() {
    let opts = common::with_reference("2026-12-06");
    let x = zhextract::extract("据应急管理厅11月6日通报，灾害造成12人死亡。\n\n国家防总已于5日将应急响应提升至三级。", &opts);
    assert_eq!(common::date_ranges(&x)[1], ("5日", "2026-11-05", None));
    let opts = common::with_reference("2026-12-04");
    let x = zhextract::extract("会议于11月28日召开。\n\n3日，代表团抵达。", &opts);
    assert_eq!(common::date_ranges(&x)[1], ("3日", "2026-12-03", None));
}

/// A part of a province by its abbreviation and a direction is one place (湘西北, 川东北,
/// 豫南), not the pieces in it (西北, 湘西); 陕西北部 stays 陕西, and 苏东剧变 no place.
#[test]
fn a_part_of_a_province_by_direction() {
    let l = common::places("苏北地区和皖南山区、川东北、湘西北、鄂西南、豫南等地将降雪。");
    assert_eq!(l, ["苏北", "皖南", "川东北", "湘西北", "鄂西南", "豫南"]);
    let l = common::places("陕西北部和江西南部有雨，湘西自治州降温。");
    assert_eq!(l, ["陕西", "江西", "湘西自治州"]);
    assert!(common::places("苏东剧变后，局势发生变化。").is_empty());
    // a longer place around it stays whole
    let l = common::places("贵州省黔东南苗族侗族自治州台江县和黔西南州。");
    assert_eq!(l, ["贵州省", "黔东南苗族侗族自治州", "台江县", "黔西南州"]);
}

/// A company of two trades joined by 及 after its city: 香港交易及结算所有限公司.
#[test]
fn a_company_of_two_trades() {
    let o = orgs("香港交易及结算所有限公司今日公布业绩。");
    assert_eq!(o, ["香港交易及结算所有限公司"]);
}

/// A post's title (【…】) and topic (#…#) that open the paragraph are sentences of their
/// own, the summary reads past them, and a post's topics after a quote are no part of it.
#[test]
fn a_posts_title_and_topics() {
    let t = "#杭州亚运会倒计时100天#【倒计时100天！杭州亚运会准备就绪】今天是杭州亚运会开幕倒计时100天。杭州亚组委副秘书长陈卫强介绍，56个竞赛场馆已全部竣工。#亚运会#";
    let x = run(t);
    let s: Vec<&str> = x.sentences.iter().map(|s| &t[s.start..s.end]).collect();
    assert_eq!(&s[..3], ["#杭州亚运会倒计时100天#", "【倒计时100天！杭州亚运会准备就绪】", "今天是杭州亚运会开幕倒计时100天。"]);
    assert_eq!(x.quotes.len(), 1);
    assert_eq!(x.quotes[0].text, "56个竞赛场馆已全部竣工。");
    assert!(x.summary.iter().all(|s| !s.contains('【') && !s.starts_with('#')), "{:?}", x.summary);
}

/// A stadium whose name starts with a numeral char after its city (海口五源河体育场), and
/// watt-hours as a unit (每公斤500瓦时).
#[test]
fn a_numeral_in_a_name_and_watt_hours() {
    let l = common::places("演唱会将在海口五源河体育场举行。");
    assert!(l.iter().any(|p| p == "五源河体育场"), "{l:?}");
    let x = run("新电池的能量密度达到每公斤500瓦时。");
    assert_eq!(x.quantities[0].unit, "瓦时");
}

/// The theatre commands by name, and 组织 after a body's unit is the verb (东部战区组织演习);
/// an analyst of an industry is a title with its institute.
#[test]
fn theatre_commands_and_analysts() {
    let o = orgs("日前，解放军东部战区组织“海峡雷霆”演习。");
    assert!(has(&o, "东部战区"), "{o:?}");
    assert!(!o.iter().any(|n| n.ends_with("组织")), "{o:?}");
    assert!(has(&orgs("欧佩克组织宣布减产。"), "欧佩克组织"));
    let x = run("携程研究院行业分析师方泽茜表示，入境游订单同比增长超过50%。");
    assert_eq!(
        roles(&x, "方泽茜"),
        [("行业分析师".to_string(), Some("携程研究院".to_string()))]
    );
}

/// 一时 alone is "for a while", no one o'clock; after a day or a part of the day, or with
/// 许, it is the hour.
#[test]
fn yishi_alone_is_no_hour() {
    let opts = common::with_reference("2026-12-06");
    let x = zhextract::extract("驾驶人称因急于赶往机场，才一时心存侥幸。一时间议论纷纷。", &opts);
    assert!(x.dates.is_empty(), "{:?}", common::date_ranges(&x));
    let x = zhextract::extract("12月5日凌晨一时许，事故发生。", &opts);
    assert_eq!(common::date_ranges(&x), [("12月5日凌晨一时许", "2026-12-05T01", None)]);
}

/// A list of names set apart by spaces: the items next to found names, spelled as names,
/// are names too (刘建国, 赵大海: a surname and a common word); no list, no such reading.
#[test]
fn a_list_of_names_set_apart_by_spaces() {
    let x = run("获奖者（按姓氏笔画排序）：王丽华 刘建国 孙晓梅 李春生 张红英 陈志强 赵大海 黄玉兰");
    assert_eq!(
        names_of(&x),
        ["王丽华", "刘建国", "孙晓梅", "李春生", "张红英", "陈志强", "赵大海", "黄玉兰"]
    );
    assert!(names("他们 看到 大海 很高兴").is_empty());
}

/// A full-width point between digits is a decimal point in the repaired text (１２．５％ →
/// 12.5％); between other chars it stays.
#[test]
fn a_full_width_decimal_point() {
    let x = run("净利润同比增长１２．５％，达到3．2亿元。第一．第二。");
    assert_eq!(x.text, "净利润同比增长12.5％，达到3.2亿元。第一．第二。");
    assert_eq!(x.money[0].text, "3.2亿元");
    assert_eq!(x.quantities[0].value, 12.5);
}
