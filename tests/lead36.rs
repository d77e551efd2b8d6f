//! Session 36: what a sixth audit of 32 articles (housing, travel, weather and relief,
//! cars, medicine and jobs; Taiwan, Hong Kong, Singapore and Malaysia papers, discipline
//! notices, the navy, obituaries; listings, results, deals, debt, insurance, markets and
//! fines; villages, good deeds, marathons, inspections, parks, roads, canteens, contests)
//! got wrong.

mod common;
use common::{date_ranges, money, orgs, run, with_reference};
use zhextract::extract;

/// The outlet a credit names is an organisation mentioned there (中证网讯, 北京商报记者,
/// 来源：成都日报锦观), each of two joined by ·, no shorter organisation inside it; a
/// section's heading (警情通报) and a reporter's line that names no one are not.
#[test]
fn a_credits_outlet_is_an_organisation() {
    let o = orgs("中证网讯（记者 何欣然）公司披露重大资产重组预案。\n北京商报记者 宋一鸣 周蔓");
    assert!(o.contains(&"中证网".to_string()), "{o:?}");
    assert!(o.contains(&"北京商报".to_string()), "{o:?}");
    let x = run("市民可在社区食堂就餐。\n来源：成都日报锦观");
    let o: Vec<&str> = x.organizations.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(o, vec!["成都日报锦观"]);
    // (a place inside the outlet's name is listed, as in any organisation's)
    assert!(x.locations.iter().any(|e| e.name == "成都"), "{:?}", x.locations);
    let o = orgs("A股收涨。\n来源：中国证券报·中证网");
    assert!(o.contains(&"中国证券报".to_string()) && o.contains(&"中证网".to_string()), "{o:?}");
    let o = orgs("警情通报\n12月4日，桂林市公安局发布通报。");
    assert!(!o.iter().any(|e| e.contains("通报")), "{o:?}");
}

/// 中午 keeps 11 and 12 before and at noon (12月3日中午11点半 is 11:30), and moves 1 to
/// 13; 早一点 and 晚一點 are "a bit earlier, later", no one o'clock.
#[test]
fn noon_hours_and_a_bit_earlier() {
    let x = extract(
        "12月3日中午11点半，食堂开饭。4日中午1点，活动结束。",
        &with_reference("2026-12-06"),
    );
    let got = date_ranges(&x);
    assert_eq!(
        got,
        vec![
            ("12月3日中午11点半", "2026-12-03T11:30", None),
            ("4日中午1点", "2026-12-04T13", None)
        ]
    );
    let x = extract("他希望房屋署可以早一點完成工程，晚一點也行。", &with_reference("2026-12-06"));
    assert!(x.dates.is_empty(), "{:?}", x.dates);
}

/// 今年 named again ends a written year's run: 2024年9月…以来，…今年以来截至11月底 is this
/// year's November.
#[test]
fn this_year_ends_a_written_years_run() {
    let x = extract(
        "2024年9月证监会发布意见以来，市场持续活跃。据统计，今年以来截至11月底，共披露210单。",
        &with_reference("2026-12-06"),
    );
    let got = date_ranges(&x);
    let end = got.iter().find(|d| d.0 == "11月底").expect("11月底");
    assert!(end.1.starts_with("2026-11"), "{got:?}");
}

/// A Singapore paper's headline 元 before the body's 新元 is the Singapore dollar too, when
/// the text names Singapore; a mainland text keeps its 元.
#[test]
fn a_singapore_headline_yuan() {
    let m = money("就业准证最低月薪明年起调高至6000元\n\n新加坡人力部宣布，最低月薪门槛将从5600新元调高至6000新元，金融业从6200元提高至6600元。");
    assert!(m.iter().all(|x| x.2 == "SGD"), "{m:?}");
    let m = money("公司营收10亿元。\n\n公司在狮城投资5亿新元。国务院批复同意。");
    assert_eq!(m[0].2, "CNY", "{m:?}");
}

/// A registered company's name runs from its place through a trade name of any words to
/// its head (浙江|恒|越|新|材料|股份有限公司, 杭州|易汇通|支付|科技|有限公司), and its trade
/// name is no one's name; not across a classifier or a verb that takes the company.
#[test]
fn a_company_from_its_place_to_its_head() {
    let x = run("浙江恒越新材料股份有限公司披露预案。控股股东仍为杭州恒越控股集团有限公司。杭州易汇通支付科技有限公司因违反规定被罚。");
    let o: Vec<&str> = x.organizations.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        o,
        vec!["浙江恒越新材料股份有限公司", "杭州恒越控股集团有限公司", "杭州易汇通支付科技有限公司"]
    );
    assert!(x.people.is_empty(), "{:?}", x.people);
    let o = orgs("浙江一家科技有限公司因违规被罚。他在杭州注册了星辰科技有限公司。");
    assert!(!o.iter().any(|e| e.starts_with("浙江") || e.starts_with("杭州")), "{o:?}");
}

/// A short name the text gives a company (以下简称“易汇通支付”) is the company wherever it
/// stands, no person read at its start (易汇通); a post held then (时任公司总经理) is the
/// company's the text is about.
#[test]
fn a_short_name_given_is_the_company_and_a_post_held_then() {
    let x = run("易汇通支付被罚没1187万元\n\n杭州易汇通支付科技有限公司（以下简称“易汇通支付”）因违反清算管理规定被罚。罚单显示，易汇通支付多名相关责任人同时被罚。其中，时任公司总经理俞永祥被罚款28万元。");
    let o: Vec<(&str, usize)> = x
        .organizations
        .iter()
        .map(|e| (e.name.as_str(), e.mentions.len()))
        .collect();
    assert_eq!(o, vec![("杭州易汇通支付科技有限公司", 4)]);
    let p: Vec<&str> = x.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(p, vec!["俞永祥"]);
    assert_eq!(
        common::roles(&x, "俞永祥"),
        vec![("总经理".to_string(), Some("杭州易汇通支付科技有限公司".to_string()))]
    );
}

/// A firm of lawyers is named by two to six chars of any kind before 律师事务所 (世|达,
/// 盛德 read as a name), after its city if any; a university's campus in brackets is its
/// name's (中国地质大学（北京）), also as a post's organisation.
#[test]
fn law_firms_and_a_universitys_campus() {
    for (s, want) in [
        ("公司法律顾问为世达律师事务所。", "世达律师事务所"),
        ("债权人小组由盛德律师事务所担任顾问。", "盛德律师事务所"),
        ("北京市金杜律师事务所合伙人张三表示。", "北京市金杜律师事务所"),
    ] {
        let x = run(s);
        let o: Vec<&str> = x.organizations.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(o, vec![want], "{s}");
        assert!(x.people.iter().all(|p| p.name != "盛德"), "{s}");
    }
    assert!(orgs("他是律师事务所的律师。").is_empty());
    let x = run("中国地质大学（北京）党委书记王建民表示，沈光远是学校的骄傲。");
    assert_eq!(
        common::roles(&x, "王建民"),
        vec![("党委书记".to_string(), Some("中国地质大学（北京）".to_string()))]
    );
}

/// 全国 opens a national association's name before its field (全国雇主联合会, 新加坡全国
/// 职工总会), also as a post's organisation; a nation's associations in general are none.
#[test]
fn a_national_association() {
    for (s, org) in [
        ("全国雇主联合会会长吴业坤表示，雇主理解政府的考量。", "全国雇主联合会"),
        ("全国职工总会助理秘书长林伟杰则表示欢迎。", "全国职工总会"),
        ("部长昨晚出席新加坡全国雇主联合会年度晚宴。", "新加坡全国雇主联合会"),
    ] {
        let o = orgs(s);
        assert_eq!(o, vec![org.to_string()], "{s}");
    }
    assert!(orgs("全国各地协会纷纷响应。").is_empty());
}

/// A bare head before a title (协会|秘书长) is the one body of that head the text named
/// before; with two (两家医院) or none, the role keeps no organisation.
#[test]
fn a_bare_head_is_the_body_named_before() {
    let x = run("深圳市房地产中介协会数据显示，挂牌量下降。协会秘书长刘莉表示，市场回暖。");
    assert_eq!(
        common::roles(&x, "刘莉"),
        vec![("秘书长".to_string(), Some("深圳市房地产中介协会".to_string()))]
    );
    let x = run("北京协和医院和上海瑞金医院联合开展研究。医院院长张三表示，效果很好。");
    assert_eq!(common::roles(&x, "张三"), vec![("院长".to_string(), None)]);
    let x = run("协会秘书长刘莉表示，市场回暖。");
    assert_eq!(common::roles(&x, "刘莉"), vec![("秘书长".to_string(), None)]);
}

/// A press conference or a ceremony the story reports is an event by its kind alone
/// (例行记者会, 新闻发布会, 出征仪式, 反馈会), 例行 part of its name; 会议 and 发布会 alone
/// are not; a math olympiad is an event.
#[test]
fn press_conferences_ceremonies_and_olympiads() {
    let names = |t: &str| -> Vec<String> { run(t).events.into_iter().map(|e| e.name).collect() };
    assert_eq!(names("外交部发言人毛宁主持例行记者会。"), ["例行记者会"]);
    assert_eq!(names("市政府昨天召开新闻发布会。"), ["新闻发布会"]);
    assert_eq!(names("督察组向自治区反馈督察意见，反馈会由书记主持。"), ["反馈会"]);
    assert!(names("会议强调，要抓好落实。").is_empty());
    assert!(names("他在发布会上介绍了情况。").is_empty());
    assert_eq!(names("第42届中国数学奥林匹克在长沙闭幕。"), ["第42届中国数学奥林匹克"]);
}

/// Singapore's and Malaysia's papers: a reporter's sign-off on its own line (洪艺菁 报道), a
/// byline after the outlet's dot (（星洲日报·报道：邱晓婷）), the outlet over its date with
/// bars (联合早报 | 2026年12月2日 | 新加坡); Malaysia's parties and towns; 首席部长 is a
/// state's chief minister, no 首席部.
#[test]
fn singapore_and_malaysia_papers() {
    let x = run("就业准证最低月薪调高\n\n联合早报 | 2026年12月2日 | 新加坡\n\n洪艺菁 报道\n\n人力部昨天发布文告宣布上述调整。");
    let c: Vec<(String, Vec<String>, Option<String>)> = x
        .credits
        .iter()
        .map(|c| (format!("{:?}", c.role), c.names.clone(), c.organization.clone()))
        .collect();
    assert!(c.contains(&("Source".to_string(), vec![], Some("联合早报".to_string()))), "{c:?}");
    assert!(c.iter().any(|(r, n, _)| r == "Reporter" && n == &vec!["洪艺菁".to_string()]), "{c:?}");
    let x = run("槟州议会今日通过预算案。\n\n（星洲日报·报道：邱晓婷）");
    assert_eq!(x.credits.len(), 1, "{:?}", x.credits);
    assert_eq!(x.credits[0].names, vec!["邱晓婷".to_string()]);
    assert_eq!(x.credits[0].organization.as_deref(), Some("星洲日报"));
    let x = run("槟州首席部长曹观友在总结辩论时指出，国盟议员的批评不成立，行动党将在大山脚和峇六拜推动计划。");
    assert_eq!(
        common::roles(&x, "曹观友"),
        vec![("首席部长".to_string(), Some("槟州".to_string()))]
    );
    let o: Vec<&str> = x.organizations.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(o, vec!["国盟", "行动党"]);
    let l: Vec<&str> = x.locations.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(l, vec!["槟州", "大山脚", "峇六拜"]);
}

/// A province's numbered standing committee by its short name, after the place (江西省第十四届
/// 人大常委会), also as the post's organisation.
#[test]
fn a_provinces_numbered_standing_committee() {
    let x = run("邹国明曾任江西省第十四届人大常委会党组成员、副主任。");
    assert_eq!(
        common::roles(&x, "邹国明"),
        vec![
            ("党组成员".to_string(), Some("江西省第十四届人大常委会".to_string())),
            ("副主任".to_string(), Some("江西省第十四届人大常委会".to_string()))
        ]
    );
}

/// A subdistrict named by a place of two chars after its district (武侯区玉林街道), and a
/// community named by a road after it (玉林北路社区, no 玉林北路 of its own).
#[test]
fn subdistricts_and_communities() {
    let x = run("武侯区玉林街道玉林北路社区的长者食堂开业了。");
    let l: Vec<&str> = x.locations.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(l, vec!["武侯区", "玉林街道", "玉林北路社区"]);
}

/// Autonomous prefectures by their short names (克州, 伊犁州, 巴州) with the full name as the
/// alias; a place's party secretary holds the post for the place (克州党委书记, 新疆维吾尔
/// 自治区党委书记), not for a company's place (华电江苏党委书记).
#[test]
fn prefectures_by_short_names_and_a_places_party_secretary() {
    let x = run("克州党委书记王建峰说，全州已组织救援。伊犁州和巴州也派出力量。");
    let l: Vec<(&str, Vec<String>)> = x
        .locations
        .iter()
        .map(|e| (e.name.as_str(), e.aliases.clone()))
        .collect();
    assert_eq!(
        l,
        vec![
            ("克州", vec!["克孜勒苏柯尔克孜自治州".to_string()]),
            ("伊犁州", vec!["伊犁哈萨克自治州".to_string()]),
            ("巴州", vec!["巴音郭楞蒙古自治州".to_string()])
        ]
    );
    assert_eq!(
        common::roles(&x, "王建峰"),
        vec![("党委书记".to_string(), Some("克州".to_string()))]
    );
    let x = run("新疆维吾尔自治区党委书记马兴瑞说，要全力救灾。");
    assert_eq!(
        common::roles(&x, "马兴瑞"),
        vec![("党委书记".to_string(), Some("新疆维吾尔自治区".to_string()))]
    );
    let x = run("华电江苏党委书记、总经理孙卫东表示，合作前景广阔。");
    assert!(common::roles(&x, "孙卫东").iter().all(|r| r.1.as_deref() != Some("江苏")));
}
